"""Stage 2, statistics part: service-statistics datasets from CSV (Excel) or YAML files.

A dataset lives at content/statistics/<fiscal year>/<name>.csv or <name>.yml; a YAML file
next to a CSV of the same name gives its title. Every count is checked cell by cell (file,
row, column), months are read in the forms staff type, and a total column must agree with
its months.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic_core import PydanticCustomError

from prongsai.content import records
from prongsai.content.layout import STATISTICS_FOLDER, display_path
from prongsai.content.load import Document, dotted
from prongsai.content.load_csv import Cell, CsvTable, load_csv
from prongsai.content.problems import Location, Problem
from prongsai.content.records import StatisticsFile
from prongsai.content.validate import Sourced, ValidContent
from prongsai.oit.documents import safe_segment
from prongsai.shared import thai

# Column headers staff may type (compared without case and surrounding spaces).
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "service": ("บริการ", "งานบริการ", "ชื่อบริการ", "service"),
    "unit": ("หน่วยนับ", "หน่วย", "unit"),
    "office": ("ผู้รับผิดชอบ", "หน่วยงานที่รับผิดชอบ", "office"),
    "total": ("รวม", "ยอดรวม", "total"),
    "satisfaction": (
        "ความพึงพอใจ",
        "ความพึงพอใจ (%)",
        "ความพึงพอใจ (ร้อยละ)",
        "ร้อยละความพึงพอใจ",
        "satisfaction",
        "satisfaction (%)",
    ),
}


def _header_key(text: str) -> str:
    """Headers compare without case and spaces: "ความพึงพอใจ(%)" is "ความพึงพอใจ (%)"."""
    return "".join(text.split()).casefold()


_COLUMN_LOOKUP = {_header_key(name): key for key, names in COLUMN_NAMES.items() for name in names}
NOT_REPORTED = {"", "-", "–", "—"}
"""Cells that mean "no figure for this month" (not zero)."""


@dataclass(frozen=True)
class ServiceData:
    name: str
    unit: str | None
    office: str | None
    counts: dict[int, int]
    """Calendar month (1–12) → count, for the months with a figure."""
    satisfaction: float | None
    location: Location


@dataclass(frozen=True)
class DatasetData:
    fiscal_year: int
    name: str
    """The file name without its extension, as the editor wrote it."""
    slug: str
    """The dataset's address part (Thai kept, spaces made safe)."""
    title: str
    description: str | None
    unit: str | None
    office: str | None
    services: tuple[ServiceData, ...]
    source: Location
    files: tuple[Path, ...]


def statistics_tables(content: ValidContent) -> list[Path]:
    """The CSV files under content/statistics/, from the one walk of content/ (walk.py)."""
    return content.files.under(STATISTICS_FOLDER, {".csv"})


def check(
    content: ValidContent, yaml_files: list[Sourced[StatisticsFile]]
) -> tuple[list[DatasetData], list[Problem]]:
    """Every dataset under content/statistics/, and the problems of its files."""
    problems: list[Problem] = []
    by_key: dict[tuple[Path, str], dict[str, Any]] = {}
    for sourced in yaml_files:
        path = sourced.document.path
        by_key.setdefault((path.parent, path.stem), {})["yaml"] = sourced
    for path in statistics_tables(content):
        by_key.setdefault((path.parent, path.stem), {})["csv"] = path
    datasets: list[DatasetData] = []
    slugs: dict[tuple[int, str], str] = {}
    for (folder, name), parts in sorted(by_key.items(), key=lambda kv: (str(kv[0][0]), kv[0][1])):
        where = _first_location(parts)
        year = _folder_year(content.content_dir, folder, where, problems)
        if year is None:
            continue
        dataset = _dataset(year, name, parts, problems)
        if dataset is None:
            continue
        key = (year, dataset.slug.casefold())
        if key in slugs:
            problems.append(
                Problem(
                    "statistics_same_address",
                    dataset.source,
                    context={"other": slugs[key], "slug": dataset.slug},
                )
            )
            continue
        slugs[key] = dataset.source.file
        datasets.append(dataset)
    return datasets, problems


def _first_location(parts: dict[str, Any]) -> Location:
    if "csv" in parts:
        return Location(display_path(parts["csv"]))
    return parts["yaml"].document.location(())


def _folder_year(
    content_dir: Path, folder: Path, where: Location, problems: list[Problem]
) -> int | None:
    relative = folder.relative_to(content_dir / STATISTICS_FOLDER).parts
    text = relative[0] if len(relative) == 1 else "/".join(relative) or "-"
    digits = thai.to_arabic_digits(text)
    # [0-9] only: str.isdigit() also accepts "²", which int() then refuses.
    if len(relative) == 1 and re.fullmatch("[0-9]{4}", digits) and thai.is_be_year(int(digits)):
        return int(digits)
    problems.append(
        Problem(
            "statistics_folder",
            where,
            context={"folder": f"{STATISTICS_FOLDER}/{text}", "example": "statistics/2565/"},
        )
    )
    return None


def _dataset(
    year: int, name: str, parts: dict[str, Any], problems: list[Problem]
) -> DatasetData | None:
    sourced: Sourced[StatisticsFile] | None = parts.get("yaml")
    csv_path: Path | None = parts.get("csv")
    meta = sourced.record if sourced else None
    services: list[ServiceData] | None = None
    if meta is not None and meta.services is not None:
        if csv_path is not None:
            problems.append(
                Problem(
                    "statistics_two_sources",
                    sourced.document.location(("services",), key=True),
                    "services",
                    context={"csv": display_path(csv_path)},
                )
            )
            return None
        services = _yaml_services(year, sourced.document, meta, problems)
        source = sourced.document.location(("title",), key=True)
    elif csv_path is not None:
        table, load_problems = load_csv(csv_path, display_path(csv_path))
        problems.extend(load_problems)
        if table is None:
            return None
        services = _csv_services(year, table, problems)
        source = Location(table.relative, 1, 1)
    else:
        assert sourced is not None
        problems.append(
            Problem(
                "statistics_no_data",
                sourced.document.location(("title",), key=True),
                context={"csv": f"{name}.csv"},
            )
        )
        return None
    if services is None:
        return None
    if not services:
        problems.append(Problem("statistics_empty", source))
        return None
    files = tuple(p for p in (csv_path, sourced.document.path if sourced else None) if p)
    return DatasetData(
        fiscal_year=year,
        name=name,
        slug=safe_segment(name),
        title=meta.title if meta else name,
        description=meta.description if meta else None,
        unit=meta.unit if meta else None,
        office=meta.office if meta else None,
        services=tuple(services),
        source=source,
        files=files,
    )


# ---- CSV ------------------------------------------------------------------------------------


def _csv_services(year: int, table: CsvTable, problems: list[Problem]) -> list[ServiceData] | None:
    columns: dict[str, int] = {}
    months: dict[int, int] = {}  # column index → calendar month
    ok = True
    for index, cell in enumerate(table.header):
        if not cell.text:
            continue
        key = _COLUMN_LOOKUP.get(_header_key(cell.text))
        if key is not None:
            columns.setdefault(key, index)
            continue
        month = _header_month(year, cell, table, months, problems)
        if month is None:
            ok = False
        else:
            months[index] = month
    where = table.location(table.header[0])
    if "service" not in columns:
        problems.append(Problem("statistics_no_service_column", where, context=_allowed()))
        ok = False
    if not months and ok:
        problems.append(Problem("statistics_no_month_column", where))
        ok = False
    if not ok:
        return None
    services: list[ServiceData] = []
    first_row: dict[str, int] = {}
    for row in table.rows:
        cells = {index: cell for index, cell in enumerate(row)}
        for index, cell in cells.items():
            if index >= len(table.header) and cell.text:
                problems.append(Problem("statistics_extra_cell", table.location(cell)))
        name_cell = cells.get(columns["service"])
        if name_cell is None or not name_cell.text:
            where = Location(table.relative, row[0].row, columns["service"] + 1, spreadsheet=True)
            problems.append(Problem("statistics_service_empty", where))
            continue
        counts: dict[int, int] = {}
        unreadable = False
        for index, month in months.items():
            cell = cells.get(index)
            if cell is None or cell.text in NOT_REPORTED:
                continue
            value = _checked(records.parse_count, cell.text, table.location(cell), problems)
            if value is None:
                unreadable = True  # its own message; the total cannot be checked
            else:
                counts[month] = value
        total_cell = cells.get(columns["total"]) if "total" in columns else None
        if total_cell is not None and total_cell.text not in NOT_REPORTED:
            total = _checked(
                records.parse_count, total_cell.text, table.location(total_cell), problems
            )
            if not unreadable:
                _check_total(total, counts, table.location(total_cell), problems)
        satisfaction = None
        if "satisfaction" in columns:
            cell = cells.get(columns["satisfaction"])
            if cell is not None and cell.text not in NOT_REPORTED:
                satisfaction = _checked(
                    records.parse_percent, cell.text, table.location(cell), problems
                )
        name = " ".join(name_cell.text.split())
        where = table.location(name_cell)
        if _duplicate(name, where, first_row, problems):
            continue
        services.append(
            ServiceData(
                name=name,
                unit=_text(cells.get(columns["unit"])) if "unit" in columns else None,
                office=_text(cells.get(columns["office"])) if "office" in columns else None,
                counts=counts,
                satisfaction=satisfaction,
                location=where,
            )
        )
    return services


def _text(cell: Cell | None) -> str | None:
    return cell.text if cell is not None and cell.text else None


def _allowed() -> dict[str, str]:
    return {"allowed": ", ".join(names[0] for names in COLUMN_NAMES.values())}


def _header_month(
    year: int, cell: Cell, table: CsvTable, months: dict[int, int], problems: list[Problem]
) -> int | None:
    where = table.location(cell)
    return _month(year, cell.text, where, "", set(months.values()), problems)


def _month(
    year: int,
    text: str,
    where: Location,
    field_path: str,
    seen: set[int],
    problems: list[Problem],
) -> int | None:
    try:
        month, written_year = thai.parse_month(text)
    except thai.ThaiDateError:
        close = difflib.get_close_matches(text, [*thai.MONTHS_SHORT, *thai.MONTHS_FULL], n=1)
        problems.append(
            Problem(
                "statistics_unknown_month" if field_path else "statistics_unknown_column",
                where,
                field_path,
                context={
                    "source": text,
                    **_allowed(),
                    "suggestion_th": f" หมายถึง {close[0]} หรือไม่?" if close else "",
                    "suggestion_en": f" (did you mean {close[0]}?)" if close else "",
                },
            )
        )
        return None
    if written_year is not None and thai.fiscal_year_of_month(month, written_year) != year:
        problems.append(
            Problem(
                "statistics_month_outside_year",
                where,
                field_path,
                context={
                    "source": text,
                    "year": year,
                    "first": thai.month_label(10, year),
                    "last": thai.month_label(9, year),
                    "belongs": thai.fiscal_year_of_month(month, written_year),
                },
            )
        )
        return None
    if month in seen:
        problems.append(
            Problem(
                "statistics_duplicate_month",
                where,
                field_path,
                context={"source": text, "month": thai.MONTHS_FULL[month - 1]},
            )
        )
        return None
    return month


def _checked(
    parse: Callable[[Any], Any], text: str, where: Location, problems: list[Problem]
) -> Any:
    """A cell read with the same rules as the YAML fields (records.py)."""
    try:
        return parse(text)
    except PydanticCustomError as error:
        code = "statistics_count_invalid" if error.type == "number_expected" else error.type
        problems.append(Problem(code, where, context={"source": text, **(error.context or {})}))
        return None


def _check_total(
    total: int | None, counts: dict[int, int], where: Location, problems: list[Problem]
) -> None:
    if total is not None and total != sum(counts.values()):
        problems.append(
            Problem(
                "statistics_total_mismatch",
                where,
                context={"total": total, "sum": sum(counts.values()), "months": len(counts)},
            )
        )


def _duplicate(name: str, where: Location, first: dict[str, int], problems: list[Problem]) -> bool:
    key = name.casefold()
    if key in first:
        problems.append(
            Problem(
                "statistics_duplicate_service",
                where,
                context={"service": name, "first_line": first[key]},
            )
        )
        return True
    first[key] = where.line or 0
    return False


# ---- YAML -----------------------------------------------------------------------------------


def _yaml_services(
    year: int, document: Document, meta: StatisticsFile, problems: list[Problem]
) -> list[ServiceData]:
    services: list[ServiceData] = []
    first: dict[str, int] = {}
    for index, entry in enumerate(meta.services or ()):
        path = ("services", index)
        counts: dict[int, int] = {}
        unreadable = False
        for key, value in entry.counts.items():
            key_path = (*path, "counts", key)
            month = _month(
                year,
                key,
                document.location(key_path, key=True),
                dotted(key_path),
                set(counts),
                problems,
            )
            if month is None:
                unreadable = True  # its own message; the total cannot be checked
            else:
                counts[month] = value
        if entry.total is not None and not unreadable:
            _check_total(entry.total, counts, document.location((*path, "total")), problems)
        where = document.location((*path, "service"))
        if _duplicate(entry.service, where, first, problems):
            continue
        services.append(
            ServiceData(
                name=entry.service,
                unit=entry.unit,
                office=entry.office,
                counts=counts,
                satisfaction=entry.satisfaction,
                location=where,
            )
        )
    return services
