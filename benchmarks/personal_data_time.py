"""What the personal-data scan (generator/content/personal_data.py) adds to `prongsai check`.

Writes the reference content (benchmarks/reference_content.py, 10 fiscal years by default)
and, unless ``--fake-documents``, replaces its documents, which are only noise after a file
header, with real ones the scan can read: per year a 20-page PDF with a text layer, an
Excel workbook of 300 rows × 6 columns, and a Word file of 100 paragraphs and a 50-row table
(about what a small agency uploads per year; the 10-year folder then holds 30 readable
documents). Then, after a warm-up and ``--runs`` times, with the two variants interleaved
in every run (the order alternating) so that a busy machine slows both alike:

* **in process**: ``validate_content`` (the whole check stage) with the scan and with the
  scan replaced by a no-op, plus the scan alone on the validated content, and once more in
  the same process with the documents unchanged (what ``prongsai serve`` pays per edit);
* **whole process**: ``prongsai --content C check`` in a fresh interpreter, with and
  without the scan (the same no-op, patched in before the CLI runs): wall and CPU time.

Prints medians (min–max) and the ratio with / without of the medians, and writes every
figure to benchmarks/out/personal_data.json.

    .venv/bin/python benchmarks/personal_data_time.py [--runs 7] [--years 10] [--fake-documents]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from common import (
    OUT_DIR,
    REPO,
    add_output_arguments,
    environment,
    spread,
    timed,
    work_folder,
    write_results,
)
from reference_content import write_reference_content

sys.path.insert(0, str(REPO))  # the test helpers write the PDF, Word and Excel files
from tests.documents import pdf_bytes, write_docx, write_xlsx

PYTHON = Path(sys.executable)
WITHOUT_SCAN = (
    "import sys, prongsai.content.personal_data as p; p.check = lambda content: [];"
    " from prongsai.cli import main; sys.exit(main(sys.argv[1:]))"
)
WITH_SCAN = "import sys; from prongsai.cli import main; sys.exit(main(sys.argv[1:]))"


def real_documents(content: Path, seed: int = 1) -> int:
    """Replace the reference content's noise documents with readable ones; return how many
    documents the scan will read."""
    rng = random.Random(seed)
    count = 0
    for folder in sorted((content / "documents").iterdir()):
        for path in sorted(folder.iterdir()):
            if path.suffix == ".pdf":
                pages = [[_sentence(rng) for _ in range(30)] for _ in range(20)]
                path.write_bytes(pdf_bytes(pages))
                count += 1
            elif path.suffix == ".xlsx":
                rows: list[list[Any]] = [["ลำดับ", "งาน", "ผู้ชนะ", "เลขที่โครงการ", "วันที่", "ราคา"]]
                rows += [
                    [
                        n,
                        f"จัดซื้อวัสดุสำนักงาน รายการที่ {n}",
                        f"ร้านค้าทดสอบ {rng.randint(1, 40)}",
                        f"{rng.randint(10**10, 10**11 - 1)}",
                        f"2566-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                        rng.randint(1_000, 500_000) + 0.5,
                    ]
                    for n in range(1, 301)
                ]
                write_xlsx(path, {"สรุปผล": rows})
                count += 1
        write_docx(
            folder / "คู่มือการให้บริการ.docx",
            [_sentence(rng) for _ in range(100)],
            table=[
                [f"{r}", _sentence(rng), f"0 7400 {rng.randint(1000, 9999)}"] for r in range(50)
            ],
        )
        count += 1
    return count


def _sentence(rng: random.Random) -> str:
    """A line with the numbers a report holds (dates, money, document numbers, office lines)."""
    return (
        f"Document 0023.4/{rng.randint(1, 9999)} of {rng.randint(1, 28)}/0{rng.randint(1, 9)}/2566:"
        f" budget {rng.randint(1, 9_999_999):,}.00 baht, project {rng.randint(10**10, 10**11 - 1)},"
        f" office 0 7400 {rng.randint(1000, 9999)}"
    )


def _in_process(content: Path, runs: int) -> dict[str, list[float]]:
    from prongsai.check import validate_content
    from prongsai.content import personal_data

    real_check = personal_data.check
    times: dict[str, list[float]] = {"with": [], "without": [], "scan": [], "scan_again": []}

    def with_scan() -> None:
        personal_data.document_finds.cache_clear()  # as a fresh `prongsai check` reads
        validate_content(content)

    def without_scan() -> None:
        personal_data.check = lambda content: []  # type: ignore[assignment]
        try:
            validate_content(content)
        finally:
            personal_data.check = real_check

    validated, _ = validate_content(content)  # warm-up; also the input of the scan alone
    without_scan()
    for run in range(runs):
        order: list[tuple[str, Callable[[], Any]]] = [
            ("with", with_scan),
            ("without", without_scan),
        ]
        for name, step in order if run % 2 == 0 else reversed(order):
            start = time.perf_counter()
            step()
            times[name].append(time.perf_counter() - start)
        personal_data.document_finds.cache_clear()
        start = time.perf_counter()
        problems = real_check(validated)
        times["scan"].append(time.perf_counter() - start)
        assert not any(p.is_error for p in problems), problems  # nothing personal in it
        start = time.perf_counter()  # again in the same process, as `prongsai serve` does
        real_check(validated)
        times["scan_again"].append(time.perf_counter() - start)
    return times


def _whole_process(content: Path, runs: int) -> dict[str, dict[str, list[float]]]:
    commands = {
        "with": [PYTHON, "-c", WITH_SCAN, "--content", content, "check"],
        "without": [PYTHON, "-c", WITHOUT_SCAN, "--content", content, "check"],
    }
    times: dict[str, dict[str, list[float]]] = {name: {"wall": [], "cpu": []} for name in commands}
    for name in commands:  # warm-up (file cache, .pyc)
        timed(commands[name])
    for run in range(runs):
        names = list(commands) if run % 2 == 0 else list(reversed(commands))
        for name in names:
            timing = timed(commands[name])
            times[name]["wall"].append(timing.wall)
            times[name]["cpu"].append(timing.cpu)
    return times


def _show(label: str, values: list[float]) -> str:
    figures = spread(values)
    assert figures is not None
    return f"{label:<44} {figures['median']:7.3f} s ({figures['min']:.3f}–{figures['max']:.3f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument(
        "--fake-documents",
        action="store_true",
        help="keep the reference content's unreadable documents (times the YAML part only)",
    )
    add_output_arguments(parser, OUT_DIR / "personal_data.json")
    args = parser.parse_args(argv)
    with work_folder("prongsai-personal-", args.tmp_root, args.keep) as work:
        content = work / "content"
        write_reference_content(content, args.years)
        documents = 0 if args.fake_documents else real_documents(content)
        size = sum(p.stat().st_size for p in content.rglob("*") if p.is_file())
        print(
            f"{args.years} fiscal years, {documents} readable documents,"
            f" {size / 1e6:.1f} MB under content/; {args.runs} runs, medians (min–max)\n"
        )
        inside = _in_process(content, args.runs)
        whole = _whole_process(content, args.runs)
    median = {name: spread(values)["median"] for name, values in inside.items()}  # type: ignore[index]
    whole_median = {
        name: {kind: spread(v)["median"] for kind, v in figures.items()}  # type: ignore[index]
        for name, figures in whole.items()
    }
    print(_show("check stage in process, with the scan", inside["with"]))
    print(_show("check stage in process, without the scan", inside["without"]))
    print(_show("the scan alone", inside["scan"]))
    print(_show("the scan again, documents unchanged (serve)", inside["scan_again"]))
    print(f"{'ratio with / without (in process)':<44} {median['with'] / median['without']:7.2f}")
    print(_show("`prongsai check` whole process, with", whole["with"]["wall"]))
    print(_show("`prongsai check` whole process, without", whole["without"]["wall"]))
    ratio_wall = whole_median["with"]["wall"] / whole_median["without"]["wall"]
    ratio_cpu = whole_median["with"]["cpu"] / whole_median["without"]["cpu"]
    print(f"{'ratio with / without (whole process, wall)':<44} {ratio_wall:7.2f}")
    print(f"{'ratio with / without (whole process, CPU)':<44} {ratio_cpu:7.2f}")
    write_results(
        args.results,
        {
            "environment": environment(),
            "years": args.years,
            "readable_documents": documents,
            "content_bytes": size,
            "runs": args.runs,
            "in_process": {name: spread(v) for name, v in inside.items()},
            "whole_process": {
                name: {kind: spread(v) for kind, v in figures.items()}
                for name, figures in whole.items()
            },
            "raw": {"in_process": inside, "whole_process": whole},
        },
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
