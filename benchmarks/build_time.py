"""How long `prongsai generate` and `prongsai build` take, and how that grows with content.

Writes the reference content (benchmarks/reference_content.py) for a small and a large
number of fiscal years (10 and 50 by default, 5× apart), then, several times and with the
two sizes interleaved (so that a noisy neighbour slows both alike), runs as subprocesses
from the repository root:

* ``prongsai --content C generate --out G``  (the generator stage alone), and
* ``prongsai --content C build --site-dir S`` (check + the whole MkDocs build + swap),

plus one in-process probe per size and run that splits a build as the CLI runs it into the
generator stage (load → render, once: its result is handed to the MkDocs hooks), any second
read of the content (expected 0) and what MkDocs takes alone.

Prints a table of medians (min–max), the ratios against their targets (PASS/FAIL; the
exit code is 0 either way) and writes every figure to benchmarks/out/results.json.

    .venv/bin/python benchmarks/build_time.py [--runs 5] [--small 10] [--large 50]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
OUT_DIR = REPO / "benchmarks" / "out"
PRONGSAI = REPO / ".venv" / "bin" / "prongsai"
PYTHON = REPO / ".venv" / "bin" / "python"

GENERATE_SHARE_TARGET = 0.05
"""The generator stage should take under 5% of the whole build."""
SCALING_TARGET = 5.5
"""5× the content may cost at most 5.5× the build time (close to linear)."""

sys.path.insert(0, str(REPO / "benchmarks"))
from common import (  # noqa: E402
    Timing,
    add_output_arguments,
    environment,
    spread,
    timed,
    work_folder,
    write_results,
)
from reference_content import write_reference_content  # noqa: E402


@dataclass
class SizeResult:
    years: int
    content_dir: Path
    generate: list[Timing] = field(default_factory=list)
    build: list[Timing] = field(default_factory=list)
    phases: list[dict[str, float]] = field(default_factory=list)
    facts: dict[str, float] = field(default_factory=dict)


# ---- running and timing -----------------------------------------------------------------


def generate_command(size: SizeResult, work: Path) -> list[str | Path]:
    return [PRONGSAI, "--content", size.content_dir, "generate", "--out", work / f"md-{size.years}"]


def build_command(size: SizeResult, work: Path) -> list[str | Path]:
    return [PRONGSAI, "--content", size.content_dir, "build", "--site-dir", site_dir(size, work)]


def probe_command(size: SizeResult, work: Path) -> list[str | Path]:
    site = work / f"probe-site-{size.years}"
    return [PYTHON, Path(__file__).resolve(), "--probe", size.content_dir, site]


def site_dir(size: SizeResult, work: Path) -> Path:
    return work / f"site-{size.years}"


def run_probe(size: SizeResult, work: Path) -> dict[str, float] | None:
    """The build split into phases, or None when the probe no longer fits the code."""
    done = subprocess.run(
        [str(part) for part in probe_command(size, work)],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        print(f"  (phase probe failed, skipped: {done.stderr.strip().splitlines()[-1:]})")
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(sizes: list[SizeResult], work: Path, runs: int, warmup: int, probe: bool) -> None:
    """Warm up, then time every size in each run, alternating which size goes first."""
    for size in sizes:
        for _ in range(warmup):
            timed(generate_command(size, work))
            timed(build_command(size, work))
    for run in range(runs):
        order = sizes if run % 2 == 0 else list(reversed(sizes))
        for size in order:
            size.generate.append(timed(generate_command(size, work)))
            size.build.append(timed(build_command(size, work)))
            if probe and (phases := run_probe(size, work)) is not None:
                size.phases.append(phases)
        print(f"  run {run + 1}/{runs}: " + ", ".join(_run_line(s) for s in sizes), flush=True)


def _run_line(size: SizeResult) -> str:
    return f"{size.years}y generate {size.generate[-1].wall:.2f}s build {size.build[-1].wall:.2f}s"


# ---- the in-process phase probe ---------------------------------------------------------


def probe(content_dir: Path, site: Path) -> dict[str, float]:
    """Time one build in this process as the CLI runs it: the generator stage, then MkDocs.

    Like `prongsai build`, the generator's result is handed to the MkDocs hooks
    (pipeline.prepare), so the content is read once; a hook pass that reads it again would
    show up as a non-zero ``hook_pass``.
    """
    start = time.perf_counter()
    import prongsai.pipeline as pipeline
    from prongsai.publish.build import build, configured_site_url

    imported = time.perf_counter()
    original = pipeline.run
    hook_seconds: list[float] = []

    def timed_run(*args: Any, **kwargs: Any) -> Any:
        begin = time.perf_counter()
        result = original(*args, **kwargs)
        hook_seconds.append(time.perf_counter() - begin)
        return result

    site_url = configured_site_url(Path("mkdocs.yml"))
    check_result = original(content_dir, site_url=site_url)
    checked = time.perf_counter()
    if check_result.errors():
        raise SystemExit("the reference content has errors")
    pipeline.run = timed_run  # counts any second read of the content by the hooks
    pipeline.prepare(content_dir, site_url, check_result)
    build(Path("mkdocs.yml"), content_dir, site, strict=False)
    built = time.perf_counter()
    shutil.rmtree(site, ignore_errors=True)
    hook = sum(hook_seconds)
    return {
        "imports": imported - start,
        "check_pass": checked - imported,
        "hook_pass": hook,
        "mkdocs_alone": (built - checked) - hook,
        "build_call": built - checked,
    }


# ---- facts about the output -------------------------------------------------------------


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def output_facts(size: SizeResult, work: Path) -> dict[str, float]:
    markdown = work / f"md-{size.years}"
    site = site_dir(size, work)
    search_index = site / "search" / "search_index.json"
    return {
        "content_files": sum(1 for _ in size.content_dir.rglob("*.yml")),
        "content_mb": folder_bytes(size.content_dir) / 1e6,
        "pages": sum(1 for _ in markdown.rglob("*.md")),
        "html_files": sum(1 for _ in site.rglob("*.html")),
        "site_mb": folder_bytes(site) / 1e6,
        "search_index_mb": search_index.stat().st_size / 1e6 if search_index.exists() else 0.0,
    }


# ---- statistics and report --------------------------------------------------------------


def summarize(size: SizeResult) -> dict[str, Any]:
    summary: dict[str, Any] = {
        "years": size.years,
        "generate_wall": spread([t.wall for t in size.generate]),
        "build_wall": spread([t.wall for t in size.build]),
        "generate_cpu": spread([t.cpu for t in size.generate]),
        "build_cpu": spread([t.cpu for t in size.build]),
        "facts": size.facts,
        "raw": {
            "generate": [asdict(t) for t in size.generate],
            "build": [asdict(t) for t in size.build],
            "phases": size.phases,
        },
    }
    if size.phases:
        summary["phases"] = {
            name: spread([p[name] for p in size.phases]) for name in size.phases[0]
        }
    return summary


def ratios(small: dict[str, Any], large: dict[str, Any]) -> dict[str, float]:
    def share(s: dict[str, Any], kind: str) -> float:
        return s[f"generate_{kind}"]["median"] / s[f"build_{kind}"]["median"]

    def scale(kind: str) -> float:
        return large[f"build_{kind}"]["median"] / small[f"build_{kind}"]["median"]

    found = {
        "generate_share_small": share(small, "wall"),
        "generate_share_large": share(large, "wall"),
        "scaling": scale("wall"),
        "scaling_paired_median": statistics.median(
            b["wall"] / a["wall"]
            for a, b in zip(small["raw"]["build"], large["raw"]["build"], strict=True)
        ),
        "generate_share_small_cpu": share(small, "cpu"),
        "generate_share_large_cpu": share(large, "cpu"),
        "scaling_cpu": scale("cpu"),
    }
    if "phases" in small and "phases" in large:
        found["mkdocs_scaling"] = (
            large["phases"]["mkdocs_alone"]["median"] / small["phases"]["mkdocs_alone"]["median"]
        )
        for name, summary in (("small", small), ("large", large)):
            phases = summary["phases"]
            generator_stage = phases["check_pass"]["median"] + phases["hook_pass"]["median"]
            found[f"pipeline_pass_share_{name}"] = generator_stage / (
                phases["check_pass"]["median"] + phases["build_call"]["median"]
            )
    return found


def targets(small_years: int, large_years: int, found: dict[str, float]) -> list[dict[str, Any]]:
    share = GENERATE_SHARE_TARGET
    rows = [
        (f"generate/build, {small_years} years", found["generate_share_small"], "<", share),
        (f"generate/build, {large_years} years", found["generate_share_large"], "<", share),
        (f"build {large_years}y / build {small_years}y", found["scaling"], "<=", SCALING_TARGET),
    ]
    if "pipeline_pass_share_small" in found:
        rows[2:2] = [
            (f"stage in build, {small_years}y", found["pipeline_pass_share_small"], "<", share),
            (f"stage in build, {large_years}y", found["pipeline_pass_share_large"], "<", share),
        ]
    return [
        {
            "name": name,
            "value": value,
            "target": f"{op} {limit}",
            "pass": value < limit if op == "<" else value <= limit,
        }
        for name, value, op, limit in rows
    ]


def _cell(values: dict[str, float], unit: str = "s") -> str:
    return f"{values['median']:.2f}{unit} ({values['min']:.2f}–{values['max']:.2f})"


def print_table(small: dict[str, Any], large: dict[str, Any], found: dict[str, float]) -> None:
    rows: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
        ("generate, wall", lambda s: _cell(s["generate_wall"])),
        ("build, wall", lambda s: _cell(s["build_wall"])),
        ("generate, CPU", lambda s: _cell(s["generate_cpu"])),
        ("build, CPU", lambda s: _cell(s["build_cpu"])),
    ]
    if "phases" in small and "phases" in large:
        rows += [
            ("  build: generator stage", lambda s: _cell(s["phases"]["check_pass"])),
            ("  build: second read", lambda s: _cell(s["phases"]["hook_pass"])),
            ("  build: MkDocs alone", lambda s: _cell(s["phases"]["mkdocs_alone"])),
        ]
    rows += [
        ("content (YAML files, MB)", lambda s: _facts(s, "content_files", "content_mb")),
        ("pages (Markdown)", lambda s: f"{s['facts']['pages']}"),
        ("HTML files in site", lambda s: f"{s['facts']['html_files']}"),
        ("site size (MB)", lambda s: f"{s['facts']['site_mb']:.1f}"),
        ("search index (MB)", lambda s: f"{s['facts']['search_index_mb']:.1f}"),
    ]
    head = f"{small['years']} years"
    print(f"\n{'':28}{head:<28}{large['years']} years")
    for label, cell in rows:
        print(f"{label:28}{cell(small):<28}{cell(large)}")
    print("\nmedian (min–max); MB = 10^6 bytes")
    print(
        f"\nbuild {large['years']}y / {small['years']}y: {found['scaling']:.2f} (ratio of medians),"
        f" {found['scaling_paired_median']:.2f} (median of paired runs),"
        f" {found['scaling_cpu']:.2f} (CPU)"
        + (f", MkDocs alone {found['mkdocs_scaling']:.2f}" if "mkdocs_scaling" in found else "")
    )
    print(
        f"generate/build CPU: {found['generate_share_small_cpu']:.1%} ({small['years']}y),"
        f" {found['generate_share_large_cpu']:.1%} ({large['years']}y)"
    )
    if "pipeline_pass_share_small" in found:
        print(
            "generator stage / whole build, in one process (no start-up):"
            f" {found['pipeline_pass_share_small']:.1%} ({small['years']}y),"
            f" {found['pipeline_pass_share_large']:.1%} ({large['years']}y)"
        )


def _facts(summary: dict[str, Any], count: str, megabytes: str) -> str:
    return f"{summary['facts'][count]} ({summary['facts'][megabytes]:.1f} MB)"


def print_targets(rows: list[dict[str, Any]]) -> None:
    print("\nTargets")
    for row in rows:
        verdict = "PASS" if row["pass"] else "FAIL"
        print(f"  {verdict}  {row['name']:<28} {row['value']:.3f}  (target {row['target']})")


# ---- main -------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Time prongsai generate and build.")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per size (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed runs first (default 1)")
    parser.add_argument("--small", type=int, default=10, help="fiscal years, small (10)")
    parser.add_argument("--large", type=int, default=50, help="fiscal years, large (50)")
    parser.add_argument("--no-probe", action="store_true", help="skip the phase probe")
    add_output_arguments(parser, OUT_DIR / "results.json")
    parser.add_argument("--probe", nargs=2, type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.probe:
        print(json.dumps(probe(*args.probe)))
        return 0
    if args.runs < 1:
        sys.exit("--runs must be at least 1")
    with work_folder("prongsai-bench-", args.tmp_root, args.keep) as work:
        return benchmark(args, work)


def benchmark(args: argparse.Namespace, work: Path) -> int:
    meta = environment()
    sizes = [SizeResult(years, work / f"content-{years}") for years in (args.small, args.large)]
    for size in sizes:
        write_reference_content(size.content_dir, size.years)
    print(
        f"Prongsai build benchmark: {args.runs} runs (+{args.warmup} warm-up),"
        f" {args.small} and {args.large} fiscal years, commit {meta['commit'][:10]}"
    )
    measure(sizes, work, args.runs, args.warmup, probe=not args.no_probe)
    for size in sizes:
        size.facts = output_facts(size, work)
    small, large = (summarize(size) for size in sizes)
    found = ratios(small, large)
    checks = targets(args.small, args.large, found)
    print_table(small, large, found)
    print_targets(checks)
    meta["load_average_end"] = os.getloadavg()
    meta.update(runs=args.runs, warmup=args.warmup)
    data = {"environment": meta, "sizes": [small, large], "ratios": found, "targets": checks}
    write_results(args.results, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
