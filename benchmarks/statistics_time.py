"""How long Prongsai takes to publish service statistics: 10 years × 50 services × 12 months.

Writes a content folder with the agency profile (benchmarks/reference_content.py) and, for
each of N fiscal years (B.E. 2570 downwards), one service-statistics dataset as Excel saves
it ("CSV UTF-8": byte order mark, CRLF) with its title in a YAML file next to it: S services
× the twelve months ต.ค.–ก.ย., a รวม column that agrees with the months, some months
without a figure ("-") and a satisfaction score for most services. No reports and no OIT
files, so the timing isolates the statistics work.

Then, after a warm-up and ``--runs`` times:

* ``prongsai --content C generate --out G`` as a subprocess from the repository root (the
  whole generator: start-up, load, validate, model, render with the SVG charts and the
  CSV/JSON/datapackage downloads, write): wall time and the child's CPU time;
* ``prongsai --version`` as a subprocess: Python's start-up and the CLI's imports, the fixed
  part of the figure above;
* an in-process probe, in a fresh interpreter each run: the pipeline's stages timed one by
  one as ``prongsai.pipeline.run`` calls them (validate → model → render, with the cyclic
  garbage collector paused as it does), then writing the files, then one more whole
  ``pipeline.run`` in the same (now warm) process.

Prints medians (min–max), PASS/FAIL against the target (the generate command under 1 s,
median wall time; the exit code is 0 either way), and writes every figure to
benchmarks/out/statistics.json.

    .venv/bin/python benchmarks/statistics_time.py [--runs 7] [--years 10] [--services 50]
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
OUT_DIR = REPO / "benchmarks" / "out"
PRONGSAI = REPO / ".venv" / "bin" / "prongsai"
PYTHON = REPO / ".venv" / "bin" / "python"

GENERATE_TARGET = 1.0
"""`prongsai generate` of the statistics content should take under 1 s (median wall)."""

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

# benchmarks/reference_content.py is imported where it is used, not here: it imports parts
# of the generator, which would then be preloaded in the in-process probe and missing from
# its import time.

# ---- the statistics content -------------------------------------------------------------

DATASET_NAME = "สถิติการให้บริการประชาชน"
"""The file name (without extension) of each year's dataset: the same every year, so each
year is compared with the same period of the year before."""


def header() -> tuple[str, ...]:
    """The CSV header staff write: the month columns in fiscal order (ต.ค. … ก.ย.)."""
    from prongsai.shared.thai import FISCAL_MONTHS, MONTHS_SHORT  # not at the top: see above

    months = tuple(MONTHS_SHORT[month - 1] for month in FISCAL_MONTHS)
    return ("บริการ", "หน่วยนับ", "ผู้รับผิดชอบ", *months, "รวม", "ความพึงพอใจ (%)")


SERVICES = (
    # (service, unit, office, typical count a month): the services of a tambon administration
    ("ขออนุญาตก่อสร้าง ดัดแปลง หรือรื้อถอนอาคาร", "ราย", "กองช่าง", 8),
    ("ชำระภาษีที่ดินและสิ่งปลูกสร้าง", "ราย", "กองคลัง", 400),
    ("ชำระภาษีป้าย", "ราย", "กองคลัง", 40),
    ("บริการการแพทย์ฉุกเฉิน (รถกู้ชีพ)", "ครั้ง", "สำนักปลัด", 20),
    ("ลงทะเบียนขอรับเบี้ยยังชีพผู้สูงอายุ", "ราย", "สำนักปลัด", 30),
    ("ลงทะเบียนขอรับเบี้ยความพิการ", "ราย", "สำนักปลัด", 5),
    ("ลงทะเบียนขอรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด", "ราย", "สำนักปลัด", 6),
    ("จ่ายเบี้ยยังชีพผู้สูงอายุ", "ราย", "กองคลัง", 900),
    ("จ่ายเบี้ยความพิการ", "ราย", "กองคลัง", 300),
    ("จดทะเบียนพาณิชย์", "ราย", "กองคลัง", 5),
    ("ขอใช้น้ำประปา", "ราย", "กองช่าง", 10),
    ("ชำระค่าน้ำประปา", "ราย", "กองคลัง", 700),
    ("ขอรับบริการเก็บขนขยะมูลฝอย", "ครัวเรือน", "กองสาธารณสุขและสิ่งแวดล้อม", 10),
    ("ชำระค่าธรรมเนียมเก็บขนขยะมูลฝอย", "ราย", "กองคลัง", 700),
    ("ขออนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ", "ราย", "กองสาธารณสุขและสิ่งแวดล้อม", 8),
    ("ขออนุญาตจัดตั้งสถานที่จำหน่ายอาหาร", "ราย", "กองสาธารณสุขและสิ่งแวดล้อม", 4),
    ("ขอรับความช่วยเหลือผู้ประสบสาธารณภัย", "ราย", "สำนักปลัด", 12),
    ("แจ้งซ่อมไฟฟ้าสาธารณะ", "เรื่อง", "กองช่าง", 12),
    ("แจ้งซ่อมถนนและท่อระบายน้ำ", "เรื่อง", "กองช่าง", 6),
    ("ขอข้อมูลข่าวสารของราชการ", "เรื่อง", "สำนักปลัด", 3),
    ("รับเรื่องร้องเรียนร้องทุกข์", "เรื่อง", "สำนักปลัด", 5),
    ("ขอความอนุเคราะห์รถบรรทุกน้ำ", "ครั้ง", "สำนักปลัด", 15),
    ("ขอความอนุเคราะห์ตัดแต่งกิ่งไม้", "ครั้ง", "กองช่าง", 6),
    ("ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า", "ตัว", "กองสาธารณสุขและสิ่งแวดล้อม", 150),
    ("ขึ้นทะเบียนสุนัขและแมว", "ตัว", "กองสาธารณสุขและสิ่งแวดล้อม", 40),
    ("ฉีดพ่นหมอกควันป้องกันไข้เลือดออก", "หลังคาเรือน", "กองสาธารณสุขและสิ่งแวดล้อม", 120),
    ("รับสมัครนักเรียนศูนย์พัฒนาเด็กเล็ก", "คน", "กองการศึกษา ศาสนาและวัฒนธรรม", 10),
    ("ยืมหนังสือห้องสมุดประชาชน", "เล่ม", "กองการศึกษา ศาสนาและวัฒนธรรม", 200),
    ("ใช้บริการอินเทอร์เน็ตตำบล", "ครั้ง", "กองการศึกษา ศาสนาและวัฒนธรรม", 250),
    ("ขอใช้สถานที่และอาคารของหน่วยงาน", "ครั้ง", "สำนักปลัด", 4),
    ("ขอยืมวัสดุอุปกรณ์ของหน่วยงาน", "ครั้ง", "สำนักปลัด", 8),
    ("ออกหนังสือรับรองการประกอบกิจการ", "ฉบับ", "กองคลัง", 6),
    ("รับชำระค่าเช่าทรัพย์สินของหน่วยงาน", "ราย", "กองคลัง", 25),
    ("ให้คำปรึกษาด้านกฎหมายแก่ประชาชน", "ราย", "สำนักปลัด", 5),
    ("รับแจ้งเหตุอัคคีภัย", "ครั้ง", "สำนักปลัด", 3),
    ("ตรวจสุขภาพผู้สูงอายุในชุมชน", "คน", "กองสาธารณสุขและสิ่งแวดล้อม", 180),
    ("เยี่ยมบ้านผู้ป่วยติดเตียง", "ครั้ง", "กองสาธารณสุขและสิ่งแวดล้อม", 30),
    ("รับสมัครสมาชิกอาสาสมัครป้องกันภัยฝ่ายพลเรือน", "คน", "สำนักปลัด", 2),
)
"""38 services; a folder asking for more repeats them at another service point (… จุดที่ 2)."""
SERVICE_POINT = "จุดที่ {n}"

NOT_REPORTED_SHARE = 0.03
"""Share of the month cells left "-" (no figure that month)."""
SATISFACTION_SHARE = 0.85
"""Share of the services with a satisfaction score."""
MAX_COUNT = 2_000
SEASON = (0.8, 0.7, 0.9, 1.2, 1.5, 1.6, 1.3, 1.0, 0.8, 0.8, 0.9, 1.0)
"""A year's shape, ต.ค. first: busier from January to April (land tax falls due in April)."""


def write_statistics_content(out_dir: Path, years: int, services: int) -> list[Path]:
    """The agency profile plus one dataset (CSV + its title in YAML) per fiscal year."""
    from reference_content import NEWEST_YEAR, write_agency

    if years < 1 or services < 1:
        raise ValueError("years and services must be at least 1")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = [write_agency(out_dir)]
    for year in range(NEWEST_YEAR, NEWEST_YEAR - years, -1):
        written.extend(write_statistics(out_dir, year, services))
    return written


def write_statistics(out_dir: Path, year: int, services: int) -> tuple[Path, Path]:
    """content/statistics/<year>/สถิติการให้บริการประชาชน.csv (as Excel saves "CSV UTF-8")
    and .yml (its title)."""
    from reference_content import SEED

    folder = out_dir / "statistics" / str(year)
    folder.mkdir(parents=True, exist_ok=True)
    table = folder / f"{DATASET_NAME}.csv"
    with table.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(header())
        writer.writerows(statistics_rows(year, services))
    meta = folder / f"{DATASET_NAME}.yml"
    meta.write_text(
        f"# Benchmark statistics content ({SEED}); generated, do not edit.\n"
        f"title: {DATASET_NAME} ปีงบประมาณ {year}\n",
        encoding="utf-8",
    )
    return table, meta


def statistics_rows(year: int, services: int) -> list[list[str]]:
    """One row per service: name, unit, office, 12 months, total, satisfaction (as text)."""
    rows = []
    for index in range(services):
        name, unit, office, typical = SERVICES[index % len(SERVICES)]
        if index >= len(SERVICES):
            name = f"{name} {SERVICE_POINT.format(n=index // len(SERVICES) + 1)}"
        rng = _rng("statistics", year, index)
        level = typical * rng.uniform(0.7, 1.3)
        cells: list[str] = []
        total = 0
        for season in SEASON:
            if rng.random() < NOT_REPORTED_SHARE:
                cells.append("-")
                continue
            count = min(MAX_COUNT, max(0, round(rng.gauss(level * season, level * 0.25 + 1))))
            total += count
            cells.append(str(count))
        satisfaction = f"{rng.uniform(75.0, 99.0):.1f}" if rng.random() < SATISFACTION_SHARE else ""
        rows.append([name, unit, office, *cells, f"{total:,}", satisfaction])
    return rows


def _rng(*key: object) -> random.Random:
    """A generator seeded by ``key`` alone: each year's file is the same whatever is written."""
    from reference_content import SEED

    return random.Random(":".join(map(str, (SEED, *key))))


# ---- running and timing -----------------------------------------------------------------


@dataclass
class Runs:
    generate: list[Timing] = field(default_factory=list)
    startup: list[Timing] = field(default_factory=list)
    stages: list[dict[str, float]] = field(default_factory=list)


def run_generate(content: Path, out: Path) -> Timing:
    """One timed `prongsai generate` into an empty folder (removed untimed first)."""
    shutil.rmtree(out, ignore_errors=True)
    return timed([PRONGSAI, "--content", content, "generate", "--out", out])


def run_stages(content: Path, out: Path) -> dict[str, float]:
    """The in-process probe, in a fresh interpreter (no template or import cached)."""
    shutil.rmtree(out, ignore_errors=True)
    done = subprocess.run(
        [str(PYTHON), str(Path(__file__).resolve()), "--probe", str(content), str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        sys.exit(f"the in-process probe failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(content: Path, work: Path, runs: int, warmup: int) -> Runs:
    found = Runs()
    generated = work / "generated"
    probed = work / "probe"
    for _ in range(warmup):
        run_generate(content, generated)
        timed([PRONGSAI, "--version"])
        run_stages(content, probed)
    for run in range(runs):
        found.generate.append(run_generate(content, generated))
        found.startup.append(timed([PRONGSAI, "--version"]))
        found.stages.append(run_stages(content, probed))
        stages = found.stages[-1]
        print(
            f"  run {run + 1}/{runs}: generate {found.generate[-1].wall:.3f}s"
            f" (CPU {found.generate[-1].cpu:.3f}s), start-up {found.startup[-1].wall:.3f}s,"
            f" validate {stages['validate']:.3f}s model {stages['model']:.3f}s"
            f" render {stages['render']:.3f}s write {stages['write']:.3f}s",
            flush=True,
        )
    return found


# ---- the in-process probe ---------------------------------------------------------------


def probe(content_dir: Path, out: Path) -> dict[str, float]:
    """The stages of ``prongsai.pipeline.run`` timed one by one, then the write.

    Mirrors pipeline.run: validate_content → read_change_dates (git dates; none here, as
    there are no OIT disclosures) → build_site → render_site, with the cyclic garbage
    collector paused. Then write_pages as `prongsai generate` does, and one more whole
    pipeline.run in this now warm process (templates compiled, modules imported).
    """
    start = time.perf_counter()
    from prongsai import pipeline
    from prongsai.check import validate_content
    from prongsai.content.history import read_change_dates
    from prongsai.content.problems import errors_in
    from prongsai.site.model import build_site
    from prongsai.site.render import RenderSettings, render_site
    from prongsai.site.write import write_pages

    imported = time.perf_counter()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        t0 = time.perf_counter()
        content, problems = validate_content(content_dir)
        t1 = time.perf_counter()
        if errors_in(problems) or content.agency is None:
            raise SystemExit("the statistics content has errors")
        changes = read_change_dates(pipeline._dated_files(content))
        t2 = time.perf_counter()
        site = build_site(content, changes)
        t3 = time.perf_counter()
        settings = RenderSettings(thai_digits=content.settings.thai_digits, site_url=None)
        rendered = render_site(site, settings)
        t4 = time.perf_counter()
    finally:
        if was_enabled:
            gc.enable()
    if errors_in(rendered.problems):
        raise SystemExit("rendering the statistics content reported errors")
    write_pages(rendered, out)
    t5 = time.perf_counter()
    again = pipeline.run(content_dir)
    t6 = time.perf_counter()
    if again.rendered is None or len(again.rendered.pages) != len(rendered.pages):
        raise SystemExit("pipeline.run no longer matches the stages timed here")
    return {
        "imports": imported - start,
        "validate": t1 - t0,
        "change_dates": t2 - t1,
        "model": t3 - t2,
        "render": t4 - t3,
        "write": t5 - t4,
        "pipeline": t4 - t0,
        "pipeline_warm": t6 - t5,
    }


# ---- facts about the output -------------------------------------------------------------


def output_facts(content: Path, generated: Path) -> dict[str, Any]:
    """Pages, charts and the downloads written by the last `prongsai generate`."""
    data_files = sorted(
        p for p in generated.glob("*/statistics/*") if p.is_file() and p.suffix != ".md"
    )
    package = generated / "datapackage.json"
    downloads = [*data_files, *([package] if package.exists() else [])]
    by_kind: dict[str, dict[str, int]] = {}
    for path in downloads:
        kind = "datapackage" if path == package else path.suffix.lstrip(".")
        entry = by_kind.setdefault(kind, {"files": 0, "bytes": 0})
        entry["files"] += 1
        entry["bytes"] += path.stat().st_size
    pages = sorted(generated.rglob("*.md"))
    statistics_pages = [p for p in pages if p.parent.name == "statistics"]
    return {
        "content_csv_files": sum(1 for _ in content.rglob("*.csv")),
        "content_yaml_files": sum(1 for _ in content.rglob("*.yml")),
        "content_bytes": sum(p.stat().st_size for p in content.rglob("*") if p.is_file()),
        "pages": len(pages),
        "statistics_pages": len(statistics_pages),
        "statistics_pages_bytes": sum(p.stat().st_size for p in statistics_pages),
        "svg_charts": sum(p.read_text(encoding="utf-8").count("<svg") for p in pages),
        "files_written": sum(1 for p in generated.rglob("*") if p.is_file()),
        "output_bytes": sum(p.stat().st_size for p in generated.rglob("*") if p.is_file()),
        "downloads": by_kind,
        "download_files": len(downloads),
        "download_bytes": sum(p.stat().st_size for p in downloads),
    }


# ---- statistics and report --------------------------------------------------------------


def summarize(found: Runs) -> dict[str, Any]:
    return {
        "generate_wall": spread([t.wall for t in found.generate]),
        "generate_cpu": spread([t.cpu for t in found.generate]),
        "startup_wall": spread([t.wall for t in found.startup]),
        "startup_cpu": spread([t.cpu for t in found.startup]),
        "stages": {name: spread([s[name] for s in found.stages]) for name in found.stages[0]},
    }


def _cell(values: dict[str, float]) -> str:
    return f"{values['median']:.3f} s ({values['min']:.3f}–{values['max']:.3f})"


def print_report(summary: dict[str, Any], facts: dict[str, Any], args: argparse.Namespace) -> None:
    stages = summary["stages"]
    rows = [
        ("prongsai generate, wall", summary["generate_wall"]),
        ("prongsai generate, CPU", summary["generate_cpu"]),
        ("prongsai --version, wall", summary["startup_wall"]),
        ("in process: imports", stages["imports"]),
        ("  validate (load + check)", stages["validate"]),
        ("  change dates (git)", stages["change_dates"]),
        ("  model (build_site)", stages["model"]),
        ("  render (render_site)", stages["render"]),
        ("  = pipeline.run, cold", stages["pipeline"]),
        ("  write (write_pages)", stages["write"]),
        ("pipeline.run again, warm", stages["pipeline_warm"]),
    ]
    print(f"\n{args.years} years × {args.services} services × 12 months, median (min–max)")
    for label, values in rows:
        print(f"  {label:30}{_cell(values)}")
    pipeline = stages["pipeline"]["median"]
    print(
        "\n  share of pipeline.run (medians): "
        + ", ".join(
            f"{name} {stages[name]['median'] / pipeline:.0%}"
            for name in ("validate", "change_dates", "model", "render")
        )
    )
    kinds = ", ".join(
        f"{kind} {entry['files']} files {entry['bytes'] / 1e6:.2f} MB"
        for kind, entry in facts["downloads"].items()
    )
    print(
        f"\n  content: {facts['content_csv_files']} CSV + {facts['content_yaml_files']} YAML"
        f" files, {facts['content_bytes'] / 1e6:.2f} MB"
        f"\n  pages (Markdown): {facts['pages']} ({facts['statistics_pages']} statistics pages,"
        f" {facts['statistics_pages_bytes'] / 1e6:.2f} MB, {facts['svg_charts']} SVG charts)"
        f"\n  downloads: {facts['download_files']} files, {facts['download_bytes'] / 1e6:.2f} MB"
        f" ({kinds})"
        f"\n  everything written: {facts['files_written']} files,"
        f" {facts['output_bytes'] / 1e6:.2f} MB (MB = 10^6 bytes)"
    )


def target_row(summary: dict[str, Any]) -> dict[str, Any]:
    value = summary["generate_wall"]["median"]
    return {
        "name": "prongsai generate, median wall",
        "value": value,
        "target": f"< {GENERATE_TARGET}",
        "pass": value < GENERATE_TARGET,
    }


def print_target(row: dict[str, Any]) -> None:
    verdict = "PASS" if row["pass"] else "FAIL"
    print(f"\nTarget\n  {verdict}  {row['name']}: {row['value']:.3f} s (target {row['target']} s)")


# ---- main -------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Time prongsai generate on service statistics.")
    parser.add_argument("--runs", type=int, default=7, help="timed runs (default 7)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed runs first (default 1)")
    parser.add_argument("--years", type=int, default=10, help="fiscal years (default 10)")
    parser.add_argument(
        "--services", type=int, default=50, help="services per dataset (default 50)"
    )
    add_output_arguments(parser, OUT_DIR / "statistics.json")
    parser.add_argument("--probe", nargs=2, type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.probe:
        print(json.dumps(probe(*args.probe)))
        return 0
    if args.runs < 1:
        sys.exit("--runs must be at least 1")
    with work_folder("prongsai-stats-bench-", args.tmp_root, args.keep) as work:
        return benchmark(args, work)


def benchmark(args: argparse.Namespace, work: Path) -> int:
    meta = environment()
    content = work / "content"
    write_statistics_content(content, args.years, args.services)
    print(
        f"Prongsai statistics benchmark: {args.runs} runs (+{args.warmup} warm-up),"
        f" {args.years} years × {args.services} services × 12 months,"
        f" commit {meta['commit'][:10]}, load average {meta['load_average'][0]:.2f}"
    )
    found = measure(content, work, args.runs, args.warmup)
    facts = output_facts(content, work / "generated")
    summary = summarize(found)
    row = target_row(summary)
    print_report(summary, facts, args)
    print_target(row)
    meta["load_average_end"] = os.getloadavg()
    print(
        f"\nload average: {meta['load_average'][0]:.2f} at the start,"
        f" {meta['load_average_end'][0]:.2f} at the end ({meta['cpus']} CPUs)"
    )
    meta.update(runs=args.runs, warmup=args.warmup, years=args.years, services=args.services)
    data = {
        "environment": meta,
        "summary": summary,
        "facts": facts,
        "target": row,
        "raw": {
            "generate": [asdict(t) for t in found.generate],
            "startup": [asdict(t) for t in found.startup],
            "stages": found.stages,
        },
    }
    write_results(args.results, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
