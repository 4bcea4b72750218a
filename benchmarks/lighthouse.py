"""Lighthouse scores of the built site: the round page, as a phone on a slow network sees it.

Builds the default site with ``prongsai build`` into a temporary folder (or takes an existing
one with ``--site DIR``), serves it on 127.0.0.1 from a thread (``http.server``, with gzip
and keep-alive as GitHub Pages has them; ``--plain-server`` for neither), and runs
``node_modules/.bin/lighthouse`` (from package-lock.json: ``npm ci``) ``--runs`` times on
``/2565/round-1/`` with Debian's Chromium (CHROME_PATH=/usr/bin/chromium, so Lighthouse
never downloads a browser). The default is Lighthouse's mobile preset (a Moto G Power-sized
screen, simulated slow 4G and a 4× slower CPU); ``--preset desktop`` for the other.

Prints the median (min–max) of the four category scores (0–100), the lab metrics, the audits
that cost points, and PASS/FAIL per target; writes every figure, each run's scores and the
failing audits to benchmarks/out/lighthouse.json (each run's full Lighthouse report goes to
benchmarks/out/lighthouse/). The exit code is 0 whether the targets are met or not; it is
non-zero only when the build, the server or Lighthouse itself fails.

    .venv/bin/python benchmarks/lighthouse.py [--runs 3] [--site site] [--preset desktop]
"""

from __future__ import annotations

import argparse
import functools
import gzip
import io
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
OUT_DIR = REPO / "benchmarks" / "out"
PRONGSAI = REPO / ".venv" / "bin" / "prongsai"
LIGHTHOUSE = REPO / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = Path("/usr/bin/chromium")
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking"
    " --disable-component-update --disable-sync --no-first-run"
)
PAGE = "2565/round-1/"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
"""The lowest acceptable median score (0–100) per category."""
METRICS = (  # (audit id, label, unit)
    ("first-contentful-paint", "First Contentful Paint", "ms"),
    ("largest-contentful-paint", "Largest Contentful Paint", "ms"),
    ("speed-index", "Speed Index", "ms"),
    ("total-blocking-time", "Total Blocking Time", "ms"),
    ("cumulative-layout-shift", "Cumulative Layout Shift", ""),
)
COMPRESSED_TYPES = {
    "text/html",
    "text/css",
    "text/javascript",
    "application/javascript",
    "application/json",
    "application/xml",
    "text/xml",
    "application/atom+xml",
    "image/svg+xml",
}

sys.path.insert(0, str(REPO / "benchmarks"))
from common import QuietHandler, serve, shown, spread, write_json  # noqa: E402

# ---- serving the site -------------------------------------------------------------------


@functools.lru_cache(maxsize=512)
def _gzipped(path: Path, mtime_ns: int) -> bytes:
    return gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)


class _Handler(QuietHandler):
    """Static files over HTTP/1.1 keep-alive, text gzipped when the browser accepts it."""

    extensions_map: ClassVar = {**QuietHandler.extensions_map, ".xml": "application/xml"}
    compress = True

    def send_head(self):  # type: ignore[override]
        if not self.compress or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not urlsplit(self.path).path.endswith("/"):
                return super().send_head()  # the redirect to the URL with a slash
            path = path / "index.html"
        content_type = self.guess_type(str(path))
        if not path.is_file() or content_type.split(";")[0] not in COMPRESSED_TYPES:
            return super().send_head()
        stat = path.stat()
        body = _gzipped(path, stat.st_mtime_ns)
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Last-Modified", self.date_time_string(stat.st_mtime))
        self.end_headers()
        return io.BytesIO(body)


class _PlainHandler(_Handler):
    """http.server as it comes: HTTP/1.0, a new connection per request, nothing compressed."""

    protocol_version = "HTTP/1.0"
    compress = False


# ---- building and running Lighthouse ----------------------------------------------------


def build_site(site: Path) -> None:
    done = subprocess.run(
        [str(PRONGSAI), "build", "--site-dir", str(site)],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        sys.exit(f"prongsai build failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")


def lighthouse_command(url: str, preset: str, report: Path) -> list[str]:
    command = [str(LIGHTHOUSE), url]
    if preset != "mobile":  # mobile is Lighthouse's default: no --preset flag
        command.append(f"--preset={preset}")
    return [
        *command,
        f"--chrome-flags={CHROME_FLAGS}",
        "--output=json",
        f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--quiet",
    ]


def run_lighthouse(url: str, preset: str, report: Path, chrome: Path) -> dict[str, Any]:
    """One Lighthouse run; returns the parsed report (the run stops the script if it fails)."""
    env = {**os.environ, "CHROME_PATH": str(chrome)}
    done = subprocess.run(
        lighthouse_command(url, preset, report),
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0 or not report.is_file():
        sys.exit(f"lighthouse failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    data = json.loads(report.read_text(encoding="utf-8"))
    if data.get("runtimeError"):
        sys.exit(f"lighthouse could not load {url}: {data['runtimeError']}")
    return data


def scores_of(report: dict[str, Any]) -> dict[str, int | None]:
    """Category scores 0–100 (None when Lighthouse could not score a category)."""
    scores: dict[str, int | None] = {}
    for category in CATEGORIES:
        score = report["categories"][category]["score"]
        scores[category] = None if score is None else round(score * 100)
    return scores


def metrics_of(report: dict[str, Any]) -> dict[str, float]:
    return {audit: report["audits"][audit]["numericValue"] for audit, _, _ in METRICS}


def losing_audits(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The weighted audits that are not at full score, per category."""
    found = []
    for category in CATEGORIES:
        for ref in report["categories"][category]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref.get("weight", 0) > 0 and audit["score"] is not None and audit["score"] < 1:
                found.append(
                    {
                        "category": category,
                        "id": ref["id"],
                        "title": audit["title"],
                        "score": audit["score"],
                        "display": audit.get("displayValue", ""),
                    }
                )
    return found


# ---- summary ----------------------------------------------------------------------------


def summarize(runs: list[dict[str, Any]]) -> dict[str, Any]:
    scores = {}
    for category in CATEGORIES:
        values = [run["scores"][category] for run in runs]
        if any(value is None for value in values):
            scores[category] = None
        else:
            scores[category] = spread(values)
    metrics = {audit: spread([run["metrics"][audit] for run in runs]) for audit, _, _ in METRICS}
    audits: dict[tuple[str, str], dict[str, Any]] = {}
    for run in runs:
        for audit in run["losing_audits"]:
            entry = audits.setdefault(
                (audit["category"], audit["id"]), {**audit, "runs": 0, "scores": []}
            )
            entry["runs"] += 1
            entry["scores"].append(audit["score"])
            entry["display"] = audit["display"]
    for entry in audits.values():
        del entry["score"]
    return {"scores": scores, "metrics": metrics, "losing_audits": list(audits.values())}


def judge(scores: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for category, target in TARGETS.items():
        found = scores[category]
        median = None if found is None else found["median"]
        rows.append(
            {
                "category": category,
                "target": f"≥ {target}" if target < 100 else "100",
                "median": median,
                "pass": median is not None and median >= target,
            }
        )
    return rows


def _number(value: float) -> str:
    return f"{value:g}"


def print_summary(summary: dict[str, Any], rows: list[dict[str, Any]], runs: int) -> None:
    print(f"\nScores (0–100), median (min–max) of {runs} run(s):")
    for category in CATEGORIES:
        found = summary["scores"][category]
        if found is None:
            print(f"  {category:<15} not scored")
            continue
        low, high = _number(found["min"]), _number(found["max"])
        print(f"  {category:<15} {_number(found['median']):>5}  ({low}–{high})")
    print("\nLab metrics, median (min–max):")
    for audit, label, unit in METRICS:
        found = summary["metrics"][audit]
        if unit == "ms":
            cells = [f"{found[key] / 1000:.2f} s" for key in ("median", "min", "max")]
        else:
            cells = [f"{found[key]:.3f}" for key in ("median", "min", "max")]
        print(f"  {label:<25} {cells[0]:>8}  ({cells[1]}–{cells[2]})")
    if summary["losing_audits"]:
        print("\nAudits that cost points (in how many runs):")
        for audit in summary["losing_audits"]:
            display = f" — {audit['display']}" if audit["display"] else ""
            print(
                f"  {audit['category']}: {audit['id']} ({audit['runs']}/{runs}){display}"
                f"  {audit['title']}"
            )
    print("\nTargets:")
    for row in rows:
        verdict = "PASS" if row["pass"] else "FAIL"
        median = "—" if row["median"] is None else _number(row["median"])
        print(f"  {verdict}  {row['category']:<15} {median:>5}  (target {row['target']})")


def environment(report: dict[str, Any], chrome: Path) -> dict[str, Any]:
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
    ).stdout.strip()
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    return {
        "commit": commit,
        "lighthouse": report.get("lighthouseVersion"),
        "browser": report.get("environment", {}).get("hostUserAgent"),
        "chrome_path": str(chrome),
        "node": node,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "load_average": list(os.getloadavg()),
        "benchmark_index": report.get("environment", {}).get("benchmarkIndex"),
    }


# ---- main -------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Lighthouse scores of the built round page.")
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs (default 3)")
    parser.add_argument(
        "--site", type=Path, help="an already built site folder (default: build content/ now)"
    )
    parser.add_argument(
        "--preset",
        choices=("mobile", "desktop"),
        default="mobile",
        help="Lighthouse's form factor and throttling (default mobile)",
    )
    parser.add_argument("--page", default=PAGE, help=f"site-relative URL (default {PAGE})")
    parser.add_argument(
        "--plain-server",
        action="store_true",
        help="serve as plain http.server does (HTTP/1.0, no gzip) instead of as GitHub Pages",
    )
    parser.add_argument("--chrome", type=Path, default=CHROMIUM, help=f"default {CHROMIUM}")
    parser.add_argument("--results", type=Path, default=OUT_DIR / "lighthouse.json")
    parser.add_argument(
        "--reports", type=Path, default=OUT_DIR / "lighthouse", help="each run's full report"
    )
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if not LIGHTHOUSE.exists():
        sys.exit(f"{LIGHTHOUSE.relative_to(REPO)} is missing: run `npm ci` (or `make lighthouse`)")
    if not args.chrome.exists():
        sys.exit(f"{args.chrome} is missing: `sudo apt-get install chromium fonts-thai-tlwg`")
    if args.site is not None:
        if not (args.site / "index.html").is_file():
            sys.exit(f"{args.site} has no index.html: build it first (make site)")
        return measure(args, args.site.resolve())
    with tempfile.TemporaryDirectory(prefix="prongsai-lighthouse-") as work:
        site = Path(work) / "site"
        print("Building the default site …", flush=True)
        build_site(site)
        return measure(args, site)


def measure(args: argparse.Namespace, site: Path) -> int:
    args.reports.mkdir(parents=True, exist_ok=True)
    server = "plain http.server (HTTP/1.0, no gzip)" if args.plain_server else "gzip, keep-alive"
    runs: list[dict[str, Any]] = []
    last_report: dict[str, Any] = {}
    with serve(site, _PlainHandler if args.plain_server else _Handler) as base:
        url = base + args.page
        print(f"Lighthouse {args.preset} on /{args.page} ({server}), {args.runs} run(s)")
        for number in range(1, args.runs + 1):
            report_path = args.reports / f"run-{number}.report.json"
            start = time.perf_counter()
            last_report = run_lighthouse(url, args.preset, report_path, args.chrome)
            run = {
                "scores": scores_of(last_report),
                "metrics": metrics_of(last_report),
                "losing_audits": losing_audits(last_report),
                "seconds": round(time.perf_counter() - start, 1),
                "report": str(report_path.relative_to(REPO))
                if report_path.is_relative_to(REPO)
                else str(report_path),
            }
            runs.append(run)
            line = ", ".join(f"{c} {s}" for c, s in run["scores"].items())
            print(f"  run {number}/{args.runs}: {line} ({run['seconds']} s)", flush=True)
    summary = summarize(runs)
    rows = judge(summary["scores"])
    print_summary(summary, rows, len(runs))
    results = {
        "page": "/" + args.page,
        "preset": args.preset,
        "server": server,
        "site": str(site) if args.site is not None else "built from content/ (temporary)",
        "runs": runs,
        **summary,
        "targets": rows,
        "environment": environment(last_report, args.chrome),
    }
    write_json(args.results, results)
    print(f"\nWritten: {shown(args.results)} (full reports in {shown(args.reports)}/)")
    return 0


if __name__ == "__main__":
    if shutil.which("node") is None:
        sys.exit("node is missing: `sudo apt-get install nodejs npm`, then `npm ci`")
    sys.exit(main())
