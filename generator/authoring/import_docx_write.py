"""`prongsai import docx`, step 3 of 3: one round's report from the agency's Word memo
(.docx) written to content/reports/<year>-round-<n>.yml.

``import_docx`` checks the arguments and the content folder (no file for the round yet,
unless ``force``), reads the document (``import_docx_read``), maps it to a round report
(``import_docx_map``) and writes it through content_writer (read back and checked). Every failure
is a DocxImportError with a Thai and an English message from the catalogue (messages.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from prongsai.authoring import content_writer
from prongsai.authoring.import_docx_map import Notice, map_report
from prongsai.authoring.import_docx_read import DocxImportError, Unmapped, read_docx
from prongsai.content.load import load_file
from prongsai.content.records import CatalogueFile, RoundReportFile, Status
from prongsai.content.validate import validate_document
from prongsai.content.walk import walk_content
from prongsai.oit.validate_oit import builtin_catalogues
from prongsai.shared import labels, thai

REPORTS_FOLDER = "reports"
YAML_SUFFIXES = (".yml", ".yaml")


class ReportExists(DocxImportError):
    """The content file is already there (or another file holds the same year and round)."""


@dataclass(frozen=True)
class ImportResult:
    path: Path
    """The content file written (content/reports/<year>-round-<n>.yml)."""
    record: RoundReportFile
    """The report as written (it reads back from ``text`` as this record)."""
    text: str
    """The YAML text written."""
    replaced: bool
    """True when an existing file was overwritten (only with ``force``)."""
    unmapped: tuple[Unmapped, ...]
    """Every paragraph or cell the import did not place, in document order, then the text of
    text boxes, nested tables and page headers and footers."""
    warnings: tuple[Notice, ...]
    """Everything else to check: a measure with both ทำ and ไม่ทำ, a renumbered measure …"""

    def format(self) -> str:
        """What the command prints: the summary, every unmapped piece, every warning."""
        measures = [m for s in self.record.measures.sections for m in s.measures]
        done = sum(m.status is Status.DONE for m in measures)
        not_done = sum(m.status is Status.NOT_DONE for m in measures)
        unknown = len(measures) - done - not_done
        word = labels.STATUS_NAMES
        sections = len(self.record.measures.sections)
        verb_th, verb_en = ("เขียนทับ", "Replaced") if self.replaced else ("เขียน", "Wrote")
        lines = [
            f"{verb_th} {self.path}: {sections} หมวด {len(measures)} มาตรการ"
            f" ({word['done']} {done} · {word['not_done']} {not_done}"
            f" · {word['unknown']} {unknown})",
            f"{verb_en} {self.path}: {sections} section(s), {len(measures)} measure(s)"
            f" (done {done}, not done {not_done}, no status {unknown}).",
        ]
        if self.unmapped:
            count = len(self.unmapped)
            lines.append(
                f"ข้อความที่ไม่ได้นำเข้า {count} รายการ ให้ตรวจว่าไม่มีสิ่งใดตกหล่น"
                f" / {count} piece(s) of the document were not imported; check nothing is lost:"
            )
            for piece in self.unmapped:
                lines.append(f"  - {piece.where_thai} / {piece.where_english}: {piece.text!r}")
        if self.warnings:
            lines.append(f"คำเตือน {len(self.warnings)} รายการ / {len(self.warnings)} warning(s):")
            for notice in self.warnings:
                lines.append(f"  - {notice.thai}")
                lines.append(f"    {notice.english}")
        lines.append(
            "ตรวจทานไฟล์กับต้นฉบับ แล้วสั่ง prongsai check"
            " / Check the file against the original, then run prongsai check."
        )
        return "\n".join(lines)


# ---- the command ----------------------------------------------------------------------


def import_docx(
    path: Path, content_dir: Path, year: int, round_number: int, *, force: bool
) -> ImportResult:
    """Read ``path`` and write content/reports/<year>-round-<round_number>.yml."""
    _check_arguments(year, round_number)
    target = content_dir / REPORTS_FOLDER / f"{year}-round-{round_number}.yml"
    if target.exists() and not force:
        raise _exists(target)
    _check_no_other_file(content_dir, target, year, round_number)
    mapped = map_report(read_docx(path), year, round_number, _item_codes(content_dir, year))
    record = mapped.record
    header = (
        f"นำเข้าจากไฟล์ Word {path.name} (prongsai import docx): ตรวจทานกับต้นฉบับก่อนเผยแพร่",
        f"Imported from the Word file {path.name}: check it against the original before"
        " publishing.",
    )
    text = content_writer.round_report_yaml(record, header=header)
    replaced = target.exists()
    try:
        content_writer.save(target, text, force=force)
    except content_writer.ContentExists:
        raise _exists(target) from None
    return ImportResult(
        path=target,
        record=record,
        text=text,
        replaced=replaced,
        unmapped=mapped.unmapped,
        warnings=mapped.warnings,
    )


def _check_arguments(year: int, round_number: int) -> None:
    if not thai.is_be_year(year):
        hint_th = hint_en = ""
        if thai.looks_like_ce_year(year):
            hint_th = f" (ปี ค.ศ. {year} คือ พ.ศ. {thai.be_year(year)})"
            hint_en = f" (C.E. {year} is B.E. {thai.be_year(year)})"
        raise DocxImportError.of("docx_year_not_be", year=year, hint_th=hint_th, hint_en=hint_en)
    if round_number not in (1, 2):
        raise DocxImportError.of("docx_round_invalid", round=round_number)


def _exists(target: Path) -> ReportExists:
    return ReportExists.of("docx_report_exists", path=target)


def _check_no_other_file(content_dir: Path, target: Path, year: int, round_number: int) -> None:
    """Two files for one year and round are an error of `prongsai check`: refuse to make one."""
    # Read as `prongsai check` reads (walk.py, load.py): no link followed, every limit kept.
    for other in walk_content(content_dir, str(content_dir)).under(REPORTS_FOLDER, YAML_SUFFIXES):
        if other.resolve() == target.resolve():
            continue
        document, _ = load_file(other, str(other))
        data = document.data if document is not None else None
        if not isinstance(data, dict):
            continue
        if _as_int(data.get("fiscal_year")) == year and _as_int(data.get("round")) == round_number:
            raise ReportExists.of("docx_round_has_file", other=other, year=year, round=round_number)


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and thai.to_arabic_digits(value.strip()).isdigit():
        return int(thai.to_arabic_digits(value.strip()))
    return None


def _item_codes(content_dir: Path, year: int) -> set[str] | None:
    """The OIT item codes of the year's catalogue in force, or None when there is none."""
    tree = walk_content(content_dir, str(content_dir))
    for path in tree.under("oit/catalogues", YAML_SUFFIXES):
        if path.parent.name == "catalogues":
            document, problems = load_file(path, str(path))
            if document is None or problems:
                continue
            record, problems = validate_document(document, CatalogueFile)
            if record is not None and record.year == year:
                return {item.code for item in record.items}
    catalogue = builtin_catalogues().get(year)
    return None if catalogue is None else set(catalogue.codes)
