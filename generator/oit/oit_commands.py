"""`prongsai oit status`, `prongsai oit catalogue` and `prongsai export itas`.

The status table and the ITAS sheet print the same rows (itas.itas_rows), so what the
editor reads in the terminal is what the assessor gets.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from prongsai.content.problems import format_report
from prongsai.oit.catalogue import builtin_catalogue_files
from prongsai.oit.itas import ItasRow, itas_csv, itas_rows
from prongsai.pipeline import run
from prongsai.shared import labels, urls
from prongsai.site.model import OitYear
from prongsai.site.site_settings import read_site_settings

EXIT_OK, EXIT_PROBLEMS = 0, 1


def print_status(content_dir: Path, config_file: Path, year: int) -> int:
    oit, site_root = _oit_year(content_dir, config_file, year)
    if oit is None:
        return EXIT_PROBLEMS
    rows = itas_rows(oit, site_root)
    header = ("ข้อ/code", "ชื่อข้อ/name", "สถานะ/status", "URL")
    table = [header] + [(r.code, r.name, _status_text(r), r.url or "-") for r in rows]
    widths = [max(_width(row[i]) for row in table) for i in range(len(header) - 1)]
    catalogue = oit.catalogue
    print(f"{labels.oit_title(str(year))}")
    print(f"{catalogue.title} ({labels.CATALOGUE_STATUS_NAMES[catalogue.status]})")
    print()
    for row in table:
        cells = [_pad(cell, width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]))
    counts = oit.counts
    names, english = labels.ITEM_STATUS_NAMES, labels.ITEM_STATUS_NAMES_EN
    print()
    print(
        f"{names['published']} {counts.published} · {names['nothing_to_report']}"
        f" {counts.nothing_to_report} · {names['missing']} {counts.missing}"
        f" · รวม {counts.total} ข้อ"
        f" / {english['published']} {counts.published}, {english['nothing_to_report']}"
        f" {counts.nothing_to_report}, {english['missing']} {counts.missing},"
        f" total {counts.total}"
    )
    return EXIT_OK


def export_itas(content_dir: Path, config_file: Path, year: int, out: Path) -> int:
    oit, site_root = _oit_year(content_dir, config_file, year)
    if oit is None:
        return EXIT_PROBLEMS
    if site_root is None:
        print(
            f"ยังไม่ได้ตั้งค่า site_url ใน {config_file} ระบบ ITAS ต้องการที่อยู่เว็บเต็ม"
            " (https://...) ให้ใส่ที่อยู่เว็บไซต์ที่เผยแพร่จริงใน site_url แล้วสั่งใหม่\n"
            f"site_url is not set in {config_file}; ITAS needs full addresses (https://...)."
            " Set site_url to the published address and run again.",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    rows = itas_rows(oit, site_root)
    out.write_text(itas_csv(rows), encoding="utf-8", newline="")
    print(f"เขียนแบบตอบ ITAS {len(rows)} ข้อใน {out} / Wrote {len(rows)} ITAS rows to {out}.")
    return EXIT_OK


def print_catalogue(year: int) -> int:
    files = builtin_catalogue_files()
    if year not in files:
        years = ", ".join(str(y) for y in files)
        print(
            f"โปรแกรมไม่มีรายการข้อของปี {year} (มีปี {years})\n"
            f"Prongsai ships no item list for {year} (it has {years}).",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    sys.stdout.write(files[year].read_text(encoding="utf-8"))
    return EXIT_OK


def _oit_year(content_dir: Path, config_file: Path, year: int) -> tuple[OitYear | None, str | None]:
    settings = read_site_settings(config_file)
    site_url = settings.site_url if settings else None
    result = run(content_dir, site_url=site_url)
    if result.errors() or result.site is None:
        print(format_report(result.errors()), file=sys.stderr)
        return None, None
    fiscal_year = result.site.year(year)
    if fiscal_year is None or fiscal_year.oit is None:
        known = [str(y.year) for y in result.site.years if y.oit]
        print(
            f"ปี {year} ไม่มีหน้า OIT (ปีที่มี: {', '.join(known) or '-'})"
            " ให้เพิ่มไฟล์ content/oit/<ปี>.yml หรือรายงานของปีนั้น\n"
            f"{year} has no OIT page (years with one: {', '.join(known) or '-'}).",
            file=sys.stderr,
        )
        return None, None
    return fiscal_year.oit, urls.site_root(site_url)


def _status_text(row: ItasRow) -> str:
    return f"{labels.ITEM_STATUS_NAMES[row.status]}/{labels.ITEM_STATUS_NAMES_EN[row.status]}"


def _width(text: str) -> int:
    """Columns the text takes in a terminal: Thai vowel and tone marks take none."""
    return sum(
        0 if unicodedata.combining(ch) or unicodedata.category(ch) == "Mn" else 1 for ch in text
    )


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
