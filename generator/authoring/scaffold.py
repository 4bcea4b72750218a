"""`prongsai new round` and `prongsai new year`: the content files to start a round or a year.

A new round starts from the report before it: round 1 of the same year for round 2, the
latest round of an earlier year for round 1. Its memo and measures are copied; what belongs
to the old round (status, remarks, and actions unless round 2 continues round 1 of the same
year: the 12-month report is cumulative) is removed, the year, round words and the period's
dates are updated where written literally, the memo's number and date become placeholders,
and a comment at the top lists what staff must fill or review, paragraphs holding figures
of the old round included. Item codes
(``ita_items``) change every year, so codes copied from another year are checked against the
new year's catalogue: a code whose item has the same name (or builds the same evidence) in
the new year follows it, any other code that the new year does not have, or that now means
something else, is dropped, and every change is listed in the comment.

A new year also gets ``oit/<year>.yml``: every item of that year's catalogue as a comment to
uncomment and fill, with the measures items already answered from the reports.

What is written passes ``prongsai check`` with warnings only for what still needs filling
(a measure's status, the OIT items). Nothing is ever overwritten: when any file to write is
already there, nothing is written at all.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import Markup

from prongsai.authoring.content_writer import ContentExists, round_report_yaml, save
from prongsai.check import validate_content
from prongsai.content import placeholders
from prongsai.content.layout import OIT_FOLDER, REPORTS_FOLDER, display_path
from prongsai.content.load import parse_yaml
from prongsai.content.problems import errors_in
from prongsai.content.records import (
    AgencyKind,
    CatalogueFile,
    CatalogueItem,
    DisclosuresFile,
    GeneratedEvidence,
    RoundReportFile,
    SectionCode,
)
from prongsai.content.validate import Sourced, ValidContent, validate_document
from prongsai.oit.catalogue import Catalogue, builtin_catalogue_files
from prongsai.shared import labels, thai
from prongsai.site.render import RenderSettings, make_environment

# What staff must replace: valid values, plainly unfinished, and warned about by the check.
PLACEHOLDER_NUMBER = placeholders.DOCUMENT_NUMBER
PLACEHOLDER_MEASURE = placeholders.MEASURE
PLACEHOLDER_SIGNATORY = placeholders.SIGNATORY
PLACEHOLDER_POSITION = placeholders.POSITION

SKELETON_SECTIONS = (
    (SectionCode.IIT, "1.1", "การปรับปรุงการประเมินแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน"),
    (SectionCode.EIT, "1.2", "การปรับปรุงการประเมินแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก"),
    (SectionCode.OIT, "1.3", "การปรับปรุงการเปิดเผยข้อมูล"),
)
"""The sections of a report made from nothing, as the seed memo numbers and names them."""

GENERATED_BY_NAME = {
    "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน": GeneratedEvidence.MEASURES,
    "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน": (
        GeneratedEvidence.MEASURES_PROGRESS
    ),
}
"""Catalogue item names that the round reports answer, by exact name (spaces aside)."""
_GENERATED_KEYS = {"".join(name.split()): evidence for name, evidence in GENERATED_BY_NAME.items()}

_DIGITS = "0-9๐-๙"
_ROUND_WORDS = {
    1: re.compile(r"รอบ\s*(6|๖)\s*เดือน(?:แรก)?"),
    2: re.compile(r"รอบ\s*(12|๑๒)\s*เดือน"),
}


class ScaffoldError(Exception):
    """Why nothing was written, in Thai and in English; ``code`` names the reason."""

    def __init__(self, code: str, thai_text: str, english_text: str) -> None:
        self.code = code
        self.thai = thai_text
        self.english = english_text
        super().__init__(f"{thai_text}\n{english_text}")


@dataclass(frozen=True)
class CodeChange:
    """What became of one ``ita_items`` code copied from another year."""

    section: str
    """The section as printed: its code and number, e.g. ``OIT 1.3``."""
    measure: int
    old: str
    new: str | None
    """The code in the new year, or None when it was dropped."""
    thai_reason: str
    english_reason: str


@dataclass(frozen=True)
class RoundPlan:
    """A round report ready to write, and what the comment at its top says."""

    path: Path
    record: RoundReportFile
    header: tuple[str, ...]
    source: Path | None
    """The report it starts from (None: made from the agency profile alone)."""
    code_changes: tuple[CodeChange, ...] = ()
    replacements: int = 0
    """How many year or round words of the old report's text were updated."""


@dataclass(frozen=True)
class OitEntry:
    code: str
    name: Markup
    generated: str | None = None


@dataclass(frozen=True)
class OitGroup:
    heading: Markup
    entries: list[OitEntry] = field(default_factory=list)


@dataclass(frozen=True)
class OitYearView:
    """What oit-year.yml.j2 writes."""

    year: int
    agency: Markup
    catalogue_title: Markup
    catalogue_status: Markup
    catalogue_origin: Markup
    unknown_codes: str
    generated: str
    groups: list[OitGroup]
    body_example: str
    """The item the example with a body and links is written for: one this year has."""
    nothing_example: str
    """The item the nothing_to_report example is written for."""


# ---- the two commands ----------------------------------------------------------------------


def new_round(content_dir: Path, year: int, round_number: int) -> list[Path]:
    """Write ``reports/<year>-round-<n>.yml``; return the files written."""
    _check_year(year)
    _check_round(round_number)
    target = report_path(content_dir, year, round_number)
    _refuse_existing([target])
    content = _load(content_dir)
    plan = plan_round(content, year, round_number)
    return _write([(plan.path, _round_text(plan))])


def new_year(content_dir: Path, year: int) -> list[Path]:
    """Write round 1 of ``year`` and ``oit/<year>.yml`` (and a draft item list when the engine
    ships none for ``year``); return the files written."""
    _check_year(year)
    targets = [report_path(content_dir, year, 1), oit_path(content_dir, year)]
    _refuse_existing(targets)
    content = _load(content_dir)
    _refuse_existing_year(content, year)
    catalogue_files, catalogue = _catalogue_for(content_dir, content, year)
    # The round's item codes follow their items into this year's list, a draft one too.
    content.catalogues[year] = catalogue
    plan = plan_round(content, year, 1)
    oit_text = oit_year_yaml(content, catalogue, year)
    return _write([*catalogue_files, (plan.path, _round_text(plan)), (targets[1], oit_text)])


def new_oit(content_dir: Path, year: int) -> list[Path]:
    """Write ``oit/<year>.yml`` alone, for a year whose report already exists (after
    ``prongsai import docx``, say); return the files written."""
    _check_year(year)
    target = oit_path(content_dir, year)
    _refuse_existing([target])
    content = _load(content_dir)
    _refuse_existing_year(content, year)
    catalogue_files, catalogue = _catalogue_for(content_dir, content, year)
    return _write([*catalogue_files, (target, oit_year_yaml(content, catalogue, year))])


def _catalogue_for(
    content_dir: Path, content: ValidContent, year: int
) -> tuple[list[tuple[Path, str]], Catalogue]:
    """The item list of ``year``, and the draft file to write when the engine ships none yet
    (the NACC publishes a year's list during that year): a copy of the latest shipped list as
    the agency's own catalogue, marked ``draft_from`` so the check and the OIT page say so."""
    catalogue = content.catalogues.get(year)
    if catalogue is not None:
        return [], catalogue
    shipped = builtin_catalogue_files()
    earlier = [y for y in shipped if y < year]
    if not earlier:
        raise ScaffoldError(
            "no_catalogue",
            f"ยังไม่มีรายการข้อ OIT ของปี {year} และไม่มีรายการของปีก่อนหน้าให้ตั้งต้น"
            " (ยังไม่ได้เขียนไฟล์ใด) ให้สร้างรายการข้อใน"
            f" {display_path(content_dir)}/{OIT_FOLDER}/catalogues/{year}.yml ก่อน แล้วสั่งใหม่"
            f" หรือสร้างเฉพาะรายงานด้วย prongsai new round {year} 1",
            f"There is no OIT item list for {year} and no earlier one to start from (nothing"
            f" was written). Write {display_path(content_dir)}/{OIT_FOLDER}/catalogues/{year}.yml"
            f" first and run again, or write only the report with prongsai new round {year} 1.",
        )
    source_year = max(earlier)
    path = content_dir / OIT_FOLDER / "catalogues" / f"{year}.yml"
    text = draft_catalogue_text(shipped[source_year].read_text(encoding="utf-8"), year, source_year)
    document, problems = parse_yaml(text, display_path(path), path)
    assert document is not None, problems
    record, problems = validate_document(document, CatalogueFile)
    assert record is not None, problems
    draft = Catalogue(record, origin=display_path(path), document=document)
    return [(path, text)], draft


def draft_catalogue_text(shipped_text: str, year: int, source_year: int) -> str:
    """The shipped list of ``source_year`` as the agency's draft list of ``year``."""
    text = re.sub(
        r"(?m)^year: \d{4}$", f"year: {year}\ndraft_from: {source_year}", shipped_text, count=1
    )
    text = re.sub(r"(?m)^status: \w+$", "status: unverified", text, count=1)
    text = re.sub(
        r"(?m)^title: .*$",
        f"title: รายการข้อ OIT ปี พ.ศ. {year} (ร่างจากปี {source_year})",
        text,
        count=1,
    )
    header = (
        f"# ร่างรายการข้อ OIT ปี {year}: คัดลอกจากรายการปี {source_year} ที่มากับโปรแกรม"
        f" เพราะยังไม่มีรายการของปี {year}\n"
        f"# เมื่อสำนักงาน ป.ป.ช. ประกาศคู่มือปี {year} ให้แก้ไฟล์นี้ให้ตรง"
        f" หรือลบไฟล์นี้เมื่อโปรแกรมรุ่นใหม่มีรายการของปี {year} (prongsai check จะแจ้ง)\n"
        f"# Draft OIT item list for {year}, copied from the shipped {source_year} list:\n"
        f"# correct it when the NACC publishes the {year} manual, or delete it once the engine\n"
        f"# ships {year} (prongsai check says when).\n"
    )
    return header + text


def report_path(content_dir: Path, year: int, round_number: int) -> Path:
    return content_dir / REPORTS_FOLDER / f"{year}-round-{round_number}.yml"


def oit_path(content_dir: Path, year: int) -> Path:
    return content_dir / OIT_FOLDER / f"{year}.yml"


# ---- a round -------------------------------------------------------------------------------


def plan_round(content: ValidContent, year: int, round_number: int) -> RoundPlan:
    """The report of ``year``/``round_number``, from the report before it or from nothing."""
    for sourced in content.reports:
        if (sourced.record.fiscal_year, sourced.record.round) == (year, round_number):
            where = display_path(sourced.document.path)
            raise ScaffoldError(
                "round_exists",
                f"มีรายงานปีงบประมาณ {year} {labels.ROUND_NAMES[round_number]} อยู่แล้วในไฟล์"
                f" {where} โปรแกรมไม่สร้างซ้ำ (ยังไม่ได้เขียนไฟล์ใด)",
                f"The report of {year} {labels.ROUND_NAMES_EN[round_number]} is already in"
                f" {where}; nothing was written.",
            )
    path = report_path(content.content_dir, year, round_number)
    source = _starting_point(content, year, round_number)
    if source is None:
        return _skeleton(content, path, year, round_number)
    return _from_report(content, path, source, year, round_number)


def _starting_point(
    content: ValidContent, year: int, round_number: int
) -> Sourced[RoundReportFile] | None:
    """The latest report before this round: round 1 of the year for round 2, else the
    latest round of the latest earlier year."""
    earlier = [
        s for s in content.reports if (s.record.fiscal_year, s.record.round) < (year, round_number)
    ]
    return max(earlier, key=lambda s: (s.record.fiscal_year, s.record.round), default=None)


def _from_report(
    content: ValidContent,
    path: Path,
    source: Sourced[RoundReportFile],
    year: int,
    round_number: int,
) -> RoundPlan:
    old = source.record
    words = _WordUpdater(old.fiscal_year, year, old.round, round_number)
    memo = old.memo
    memo_data: dict[str, Any] = {
        "issuing_unit": memo.issuing_unit,
        "document_number": PLACEHOLDER_NUMBER.format(year=year),
        "date": _date_text(year, round_number),
        "subject": words(memo.subject),
        "to": memo.to,
        "via": memo.via,
        "body": [words(paragraph) for paragraph in memo.body],
        "signatories": [s.model_dump(exclude_none=True) for s in memo.signatories],
    }
    # The 12-month report of a year is cumulative: round 1's actions are its start.
    cumulative = old.fiscal_year == year and (old.round, round_number) == (1, 2)
    changes: list[CodeChange] = []
    sections = []
    for section in old.measures.sections:
        where = " ".join(p for p in (section.code.value, section.number) if p)
        measures = []
        for measure in section.measures:
            codes, measure_changes = _map_codes(
                measure.ita_items, where, measure.number, content, old.fiscal_year, year
            )
            changes.extend(measure_changes)
            data = _measure(
                measure.number, measure.title, measure.steps, measure.responsible, codes
            )
            if cumulative and measure.actions:
                data["actions"] = list(measure.actions)
            measures.append(data)
        sections.append(_section(section.code, section.number, section.title, measures))
    if not sections:
        sections = _skeleton_sections()
    measures_data = {
        "title": words(old.measures.title),
        "introduction": words(old.measures.introduction) if old.measures.introduction else None,
        "sections": sections,
    }
    record = _record(year, round_number, memo_data, measures_data)
    source_path = source.document.path
    relative = _relative(source_path, content.content_dir)
    header = [
        *_title_lines(year, round_number),
        f"สร้างโดย prongsai new round {year} {round_number} โดยตั้งต้นจาก {relative}"
        f" (ปีงบประมาณ {old.fiscal_year} {labels.ROUND_NAMES[old.round]})",
        f"Written by `prongsai new round {year} {round_number}` from {relative}:"
        " fill in and review what the list below names before publishing.",
        "สิ่งที่ต้องทำก่อนเผยแพร่:",
        *_memo_todo(year, round_number),
        "3. memo.subject, memo.body, measures.title และ measures.introduction: อ่านทบทวนทุกย่อหน้า",
        f"   {words.describe()} ข้อความอื่นยังเป็นของรายงานเดิม",
        *_other_years(memo_data, measures_data, year),
        *_figures_todo(memo_data["body"]),
        "4. memo.signatories: ตรวจชื่อและตำแหน่งของผู้ลงนามในรอบนี้",
        *(
            [
                "5. ทุกมาตรการ: ใส่ status ของรอบ 12 เดือน actions คัดลอกจากรอบ 6 เดือนแรก"
                " เพราะรายงานรอบ 12 เดือนเป็นผลสะสม ให้เพิ่มสิ่งที่ทำหลัง 31 มีนาคม"
                " (สถานะและหมายเหตุของรอบ 6 เดือนแรกถูกลบออกแล้ว)",
            ]
            if cumulative
            else [
                "5. ทุกมาตรการ: ใส่ status และ actions ของรอบนี้"
                " (สถานะ ผลการดำเนินการ และหมายเหตุของรายงานเดิมถูกลบออกแล้ว)",
            ]
        ),
        "   เพิ่ม แก้ หรือลบมาตรการได้ตามแผนของปีนี้",
        *_code_lines(changes, content, old.fiscal_year, year),
    ]
    return RoundPlan(
        path, record, tuple(header), source_path, tuple(changes), replacements=words.count
    )


def _skeleton(content: ValidContent, path: Path, year: int, round_number: int) -> RoundPlan:
    """A report made from the agency profile alone: every text says what to put there."""
    assert content.agency is not None  # _load refuses content without a valid profile
    agency = content.agency.record
    round_name = labels.ROUND_NAMES[round_number]
    executive = "นายก" if agency.kind in (AgencyKind.SAO, AgencyKind.PAO) else "ผู้บริหาร"
    memo_data = {
        "issuing_unit": agency.name,
        "document_number": PLACEHOLDER_NUMBER.format(year=year),
        "date": _date_text(year, round_number),
        "subject": "รายงานผลการดำเนินการมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
        f" ประจำปีงบประมาณ {year} ({round_name})",
        "to": f"{executive}{agency.name}",
        "body": [
            f"{agency.name} ได้สรุปผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส"
            f" ประจำปีงบประมาณ {year} ({round_name}) รายละเอียดปรากฏตามเอกสารแนบท้ายบันทึกฉบับนี้"
        ],
        "signatories": [
            {"name": PLACEHOLDER_SIGNATORY, "position": PLACEHOLDER_POSITION, "role": "ผู้รายงาน"}
        ],
    }
    measures_data = {
        "title": "รายงานผลการดำเนินการ มาตรการส่งเสริมคุณธรรมและความโปร่งใส"
        f" {agency.name} ประจำปีงบประมาณ {year} ({round_name})",
        "sections": _skeleton_sections(),
    }
    record = _record(year, round_number, memo_data, measures_data)
    header = (
        *_title_lines(year, round_number),
        f"สร้างโดย prongsai new round {year} {round_number} จากข้อมูลหน่วยงาน (agency.yml)"
        " เพราะยังไม่มีรายงานก่อนหน้าให้ตั้งต้น",
        f"Written by `prongsai new round {year} {round_number}` from agency.yml alone (no"
        " earlier report): every text below is a starting point to replace.",
        "สิ่งที่ต้องทำก่อนเผยแพร่:",
        *_memo_todo(year, round_number),
        "3. memo: แก้ส่วนราชการ (issuing_unit) เรียน (to) เรื่อง (subject) และเนื้อความ (body)"
        " ให้ตรงกับบันทึกจริง เพิ่ม via (ผ่าน) ถ้ามี",
        f'4. memo.signatories: ใส่ชื่อและตำแหน่งจริงแทน "{PLACEHOLDER_SIGNATORY}"'
        f' และ "{PLACEHOLDER_POSITION}" เพิ่มผู้ลงนามได้ตามลำดับในบันทึก',
        f'5. measures: แต่ละหมวดมีมาตรการตัวอย่าง "{PLACEHOLDER_MEASURE}" หนึ่งข้อ'
        " ให้แทนด้วยมาตรการจริง ใส่ steps, responsible, status และ actions",
    )
    return RoundPlan(path, record, header, None)


def _other_years(memo: dict[str, Any], measures: dict[str, Any], year: int) -> list[str]:
    """A line naming the other years the copied texts still mention, for staff to check."""
    texts = {
        "memo.subject": [memo["subject"]],
        "memo.body": memo["body"],
        "measures.title": [measures["title"]],
        "measures.introduction": [measures["introduction"] or ""],
    }
    found: dict[int, list[str]] = {}
    for name, values in texts.items():
        for value in values:
            for number in re.findall(r"(?<![0-9])[0-9]{4}(?![0-9])", thai.to_arabic_digits(value)):
                other = int(number)
                if other != year and thai.is_be_year(other) and name not in found.get(other, []):
                    found.setdefault(other, []).append(name)
    if not found:
        return []
    listed = "; ".join(f"{y} ใน {', '.join(names)}" for y, names in sorted(found.items()))
    return [f"   ข้อความยังระบุปีอื่นอยู่ ให้ตรวจว่าต้องแก้หรือไม่: {listed}"]


def _title_lines(year: int, round_number: int) -> list[str]:
    return [
        f"รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส"
        f" ปีงบประมาณ {year} {labels.ROUND_NAMES[round_number]}",
    ]


def _memo_todo(year: int, round_number: int) -> list[str]:
    placeholder = PLACEHOLDER_NUMBER.format(year=year)
    return [
        f'1. memo.document_number: ใส่เลขที่หนังสือจริงแทน "{placeholder}"',
        f"2. memo.date: ใส่วันที่ของบันทึกจริง (ตอนนี้เป็นวันสิ้นสุดรอบ {_date_text(year, round_number)})",
    ]


def _code_lines(
    changes: list[CodeChange], content: ValidContent, old_year: int, year: int
) -> list[str]:
    if old_year == year:
        return []
    if year not in content.catalogues:
        return [
            f"6. ita_items คัดลอกจากปี {old_year} แต่ยังไม่มีรายการข้อ OIT ของปี {year}"
            " จึงยังตรวจรหัสข้อไม่ได้ รหัสข้อเปลี่ยนทุกปี ให้ตรวจทุกข้อ",
            f"   สร้างรายการข้อด้วย prongsai oit catalogue แล้วบันทึกเป็น"
            f" {OIT_FOLDER}/catalogues/{year}.yml",
        ]
    lines = [
        f"6. ita_items: รหัสข้อ OIT คัดลอกจากปี {old_year} แต่รหัสข้อเปลี่ยนทุกปี"
        f" ให้ตรวจกับรายการข้อที่หน้า /{year}/oit/",
    ]
    if not changes:
        lines.append(f"   ทุกรหัสที่คัดลอกมามีชื่อข้อเดียวกันในปี {year}")
        return lines
    lines.append(f"   รหัสที่โปรแกรมเปลี่ยนหรือลบ (ที่เหลือมีชื่อข้อเดียวกันในปี {year}):")
    for change in changes:
        measure = f"{change.section} มาตรการ ({change.measure})"
        if change.new is None:
            lines.append(f"   - {measure}: ลบ {change.old} ออก เพราะ{change.thai_reason}")
        elif change.new == change.old:
            lines.append(f"   - {measure}: {change.old} คงไว้ แต่{change.thai_reason}")
        else:
            lines.append(f"   - {measure}: {change.old} → {change.new} ({change.thai_reason})")
    return lines


def _map_codes(
    codes: list[str],
    section: str,
    number: int,
    content: ValidContent,
    old_year: int,
    year: int,
) -> tuple[list[str], list[CodeChange]]:
    """The codes of one measure in ``year``'s catalogue, and what changed."""
    new_catalogue = content.catalogues.get(year)
    if new_catalogue is None:
        return list(codes), []  # nothing to check against; _code_lines says so
    old_catalogue = content.catalogues.get(old_year) if old_year != year else new_catalogue
    kept: list[str] = []
    changes: list[CodeChange] = []

    def change(old: str, new: str | None, thai_reason: str, english_reason: str) -> None:
        changes.append(CodeChange(section, number, old, new, thai_reason, english_reason))

    for code in codes:
        now = _item(new_catalogue, code)
        before = _item(old_catalogue, code) if old_catalogue else None
        if before is None:
            if now is None:
                change(
                    code,
                    None,
                    f"ปี {year} ไม่มีข้อนี้",
                    f"{year} has no such item",
                )
                continue
            kept.append(code)
            if old_year != year:
                change(
                    code,
                    code,
                    f"ไม่ทราบชื่อข้อนี้ในปี {old_year} ในปี {year} ข้อนี้คือ {_name(now)}",
                    f"its {old_year} name is not known; in {year} it is {now.name}",
                )
            continue
        match = _same_item(new_catalogue, before)
        if match is not None:
            kept.append(match.code)
            if match.code != code:
                change(
                    code,
                    match.code,
                    f"ปี {year} ใช้รหัส {match.code} สำหรับ {_name(match)}",
                    f"{year} numbers {match.name} {match.code}",
                )
            continue
        if now is not None:
            change(
                code,
                None,
                f"ปี {year} ข้อ {code} คือ {_name(now)} ไม่ใช่ {_name(before)} และไม่มีข้อชื่อนี้ในปี {year}",
                f"{code} of {year} is {now.name}, not {before.name}, which {year} does not have",
            )
        else:
            change(
                code,
                None,
                f"ปี {year} ไม่มีข้อ {code} ({_name(before)})",
                f"{year} has no item {code} ({before.name})",
            )
    return list(dict.fromkeys(kept)), changes


def _item(catalogue: Catalogue, code: str) -> CatalogueItem | None:
    return next((item for item in catalogue.record.items if item.code == code), None)


def _same_item(catalogue: Catalogue, before: CatalogueItem) -> CatalogueItem | None:
    """The item of ``catalogue`` that is ``before``: the same name, or the same evidence
    built by the site itself (the service statistics, whatever the year calls them)."""
    for item in catalogue.record.items:
        if _name_key(item.name) == _name_key(before.name):
            return item
    if before.generated_from is not None:
        for item in catalogue.record.items:
            if item.generated_from is before.generated_from:
                return item
    return None


def _name_key(name: str) -> str:
    """Names compared as printed: Thai spacing and Unicode forms aside."""
    return "".join(unicodedata.normalize("NFC", name).split())


def _name(item: CatalogueItem) -> str:
    return f'"{item.name}"'


class _WordUpdater:
    """Replaces the old report's year and round where the text names them literally.

    Only a year written after ปี (ปี 2565, ปีงบประมาณ 2565, ปีงบประมาณ พ.ศ. 2565) that is
    not part of a range or a number (2565-2569, 75/2565) is the fiscal year; any other
    number is left alone. Round words are the ones the memos use (รอบ 6 เดือนแรก,
    รอบ 12 เดือน).
    """

    def __init__(self, old_year: int, year: int, old_round: int, round_number: int) -> None:
        self.count = 0
        self._old_year, self._old_round = old_year, old_round
        self._year = year
        self._round = round_number
        self._year_pattern = None
        if old_year != year:
            arabic = str(old_year)
            self._year_pattern = re.compile(
                rf"(ปี\s*(?:งบประมาณ\s*)?(?:พ\.ศ\.\s*)?)"
                rf"({arabic}|{thai.to_thai_digits(arabic)})"
                rf"(?![{_DIGITS}])(?!\s*[-–/]\s*[{_DIGITS}])"
            )
        self._round_pattern = _ROUND_WORDS[old_round] if old_round != round_number else None
        # The report's period written as dates ("1 ตุลาคม 2567 – 31 มีนาคม 2568"): the old
        # round's first and last day become the new round's, in the digits they were written.
        self._dates: dict[str, str] = {}
        for old_day, new_day in zip(
            _period(old_year, old_round), _period(year, round_number), strict=True
        ):
            if old_day == new_day:
                continue
            for short in (False, True):
                for thai_digits in (False, True):
                    written = thai.format_date(old_day, short=short, thai_digits=thai_digits)
                    self._dates[written] = thai.format_date(
                        new_day, short=short, thai_digits=thai_digits
                    )
        self._date_pattern = (
            re.compile("|".join(re.escape(d) for d in sorted(self._dates, key=len, reverse=True)))
            if self._dates
            else None
        )

    def describe(self) -> str:
        """What was updated, for the comment at the top of the file (in Thai)."""
        named = []
        if self._year_pattern is not None:
            named.append(f"ปี {self._old_year} เป็น {self._year}")
        if self._round_pattern is not None:
            old, new = labels.ROUND_NAMES[self._old_round], labels.ROUND_NAMES[self._round]
            named.append(f"{old} เป็น{new}")
        if self._date_pattern is not None:
            named.append("วันเริ่มและวันสิ้นสุดของรอบ")
        if not named:
            return "ปีและรอบเหมือนรายงานเดิม จึงไม่ได้แก้ข้อความ"
        return f"โปรแกรมแก้{' และ'.join(named)} เฉพาะที่เขียนไว้ตรงตัว ({self.count} แห่ง)"

    def __call__(self, text: str) -> str:
        if self._date_pattern is not None:
            text, count = self._date_pattern.subn(lambda m: self._dates[m[0]], text)
            self.count += count
        if self._year_pattern is not None:
            text, count = self._year_pattern.subn(self._new_year, text)
            self.count += count
        if self._round_pattern is not None:
            text, count = self._round_pattern.subn(self._new_round, text)
            self.count += count
        return text

    def _new_year(self, match: re.Match[str]) -> str:
        year = str(self._year)
        if match[2][0] in "๐๑๒๓๔๕๖๗๘๙":
            year = thai.to_thai_digits(year)
        return match[1] + year

    def _new_round(self, match: re.Match[str]) -> str:
        words = labels.ROUND_NAMES[self._round]
        return thai.to_thai_digits(words) if match[1][0] in "๐๑๒๓๔๕๖๗๘๙" else words


def _measure(
    number: int, title: str, steps: list[str], responsible: list[str], codes: list[str]
) -> dict[str, Any]:
    data: dict[str, Any] = {"number": number, "title": title}
    if steps:
        data["steps"] = list(steps)
    if responsible:
        data["responsible"] = list(responsible)
    if codes:
        data["ita_items"] = list(codes)
    return data


def _section(
    code: SectionCode, number: str | None, title: str, measures: list[dict[str, Any]]
) -> dict[str, Any]:
    # A section must keep one measure: the written file has no way to say "none yet".
    return {
        "code": code.value,
        "number": number,
        "title": title,
        "measures": measures or [_measure(1, PLACEHOLDER_MEASURE, [], [], [])],
    }


def _skeleton_sections() -> list[dict[str, Any]]:
    return [_section(code, number, title, []) for code, number, title in SKELETON_SECTIONS]


def _record(
    year: int, round_number: int, memo: dict[str, Any], measures: dict[str, Any]
) -> RoundReportFile:
    return RoundReportFile.model_validate(
        {"fiscal_year": year, "round": round_number, "memo": memo, "measures": measures}
    )


def _period(year: int, round_number: int) -> tuple[dt.date, dt.date]:
    """A round's first and last day: 1 October of the year before to 31 March (round 1) or
    30 September (round 2, twelve months)."""
    ce = thai.ce_year(year)
    return dt.date(ce - 1, 10, 1), (dt.date(ce, 3, 31) if round_number == 1 else dt.date(ce, 9, 30))


def _figures_todo(paragraphs: list[str]) -> list[str]:
    numbers = _numbers_to_review(paragraphs)
    if not numbers:
        return []
    listed = ", ".join(str(n) for n in numbers)
    return [
        f"   memo.body ย่อหน้าที่ {listed} มีตัวเลขที่อาจเป็นของรายงานเดิม (เช่น จำนวนมาตรการ)"
        " ให้ตรวจและแก้เป็นตัวเลขของรอบนี้"
    ]


def _numbers_to_review(paragraphs: list[str]) -> list[int]:
    """The paragraphs (from 1) that hold a figure other than a year or a day of a month:
    counts of the old round ("ดำเนินการแล้ว 10 มาตรการ") that no program can update."""
    round_words = re.compile("|".join(re.escape(w) for w in labels.ROUND_NAMES.values()))
    return [
        number
        for number, paragraph in enumerate(paragraphs, start=1)
        if _FIGURE.search(round_words.sub("", paragraph))
    ]


_MONTHS = "|".join(re.escape(m) for m in (*thai.MONTHS_FULL, *thai.MONTHS_SHORT))
_FIGURE = re.compile(
    # a run of digits, not part of a number like 75/2565 or 1.5, not a B.E. year (25xx),
    # and not the day of a date (31 มีนาคม)
    rf"(?<![{_DIGITS}/.])(?!(?:25|๒๕)[{_DIGITS}]{{2}}(?![{_DIGITS}]))"
    rf"[{_DIGITS}]+(?![{_DIGITS}/.])(?!\s*(?:{_MONTHS}))"
)


def _date_text(year: int, round_number: int) -> str:
    """The round's last day (31 March or 30 September), as staff write a memo's date."""
    ce = thai.ce_year(year)
    last_day = dt.date(ce, 3, 31) if round_number == 1 else dt.date(ce, 9, 30)
    return thai.format_date(last_day)


def _round_text(plan: RoundPlan) -> str:
    return round_report_yaml(plan.record, guide=True, header=_comment_lines(plan.header))


# ---- the OIT file of a year ------------------------------------------------------------------


def oit_year_yaml(content: ValidContent, catalogue: Catalogue, year: int) -> str:
    """``oit/<year>.yml``: every catalogue item as a comment, the measures items answered."""
    assert content.agency is not None
    record = catalogue.record
    sub_names = {s.number: s.name for i in record.indicators for s in i.sub_indicators}
    groups: list[OitGroup] = []
    generated: dict[str, GeneratedEvidence] = {}
    for item in record.items:
        heading = (
            f"{item.sub_indicator} {sub_names.get(item.sub_indicator, '')}".strip()
            if item.sub_indicator
            else "ยังไม่ทราบตัวชี้วัดย่อย"
        )
        if not groups or groups[-1].heading != _comment(heading):
            groups.append(OitGroup(_comment(heading)))
        evidence = _GENERATED_KEYS.get(_name_key(item.name))
        name = item.name
        if item.generated_from is GeneratedEvidence.SERVICE_STATISTICS:
            name += f" — สร้างให้เองเมื่อมีชุดข้อมูลใน content/statistics/{year}/"
        if evidence is not None:
            generated[item.code] = evidence
        groups[-1].entries.append(
            OitEntry(item.code, _comment(name), evidence.value if evidence else None)
        )
    origin = (
        f"รายการที่มากับ Prongsai (generator/oit/catalogues/{year}.yml)"
        if catalogue.is_builtin
        else f"รายการของหน่วยงาน ({catalogue.origin})"
    )
    body_example, nothing_example = _example_codes(record, generated)
    view = OitYearView(
        year=year,
        agency=_comment(content.agency.record.short_name),
        catalogue_title=_comment(record.title),
        catalogue_status=_comment(labels.CATALOGUE_STATUS_NAMES[record.status.value]),
        catalogue_origin=_comment(origin),
        unknown_codes=", ".join(record.unknown_codes),
        generated=" และ ".join(generated),
        groups=groups,
        body_example=body_example,
        nothing_example=nothing_example,
    )
    env = make_environment(RenderSettings())
    text = env.get_template("content/oit-year.yml.j2").render(oit=view)
    _check_oit_text(text, year, generated)
    return text


def _example_codes(
    record: CatalogueFile, generated: dict[str, GeneratedEvidence]
) -> tuple[str, str]:
    """Codes of this year's list for the file's two examples (contact details, and complaints
    as an item with nothing to report), so an example copied as it is names a real item."""
    open_items = [item for item in record.items if item.code not in generated]
    if not open_items:
        open_items = list(record.items)

    def first(*words: str) -> str | None:
        return next((i.code for i in open_items if all(w in i.name for w in words)), None)

    body = first("ติดต่อ") or open_items[0].code
    others = [i.code for i in open_items if i.code != body] or [body]
    nothing = first("สถิติ", "ร้องเรียน") or first("ร้องเรียน") or others[-1]
    return body, nothing


def _check_oit_text(text: str, year: int, generated: dict[str, GeneratedEvidence]) -> None:
    """The text must read back as the file meant: a template slip must not reach a file."""
    document, problems = parse_yaml(text, "<generated>", Path("<generated>"))
    assert document is not None and not problems, problems
    record, problems = validate_document(document, DisclosuresFile)
    assert record is not None, problems
    assert record.fiscal_year == year
    assert {code: d.generated for code, d in record.items.items()} == generated


# ---- checks, loading, writing --------------------------------------------------------------


def _check_year(year: int) -> None:
    if isinstance(year, bool) or not isinstance(year, int):
        raise TypeError(f"year must be an int, not {year!r}")
    if thai.looks_like_ce_year(year):
        suggestion = thai.be_year(year)
        raise ScaffoldError(
            "year_ce",
            f"ปี {year} เป็นปี ค.ศ. ให้ใช้ปีงบประมาณ พ.ศ. เช่น {suggestion}",
            f"{year} is a C.E. year; give the B.E. fiscal year, e.g. {suggestion}.",
        )
    if not thai.is_be_year(year):
        raise ScaffoldError(
            "year_range",
            f"ปี {year} ไม่ใช่ปีงบประมาณ พ.ศ. (ต้องอยู่ระหว่าง {thai.BE_YEAR_MIN}"
            f"–{thai.BE_YEAR_MAX} เช่น 2566)",
            f"{year} is not a B.E. fiscal year (it must be between {thai.BE_YEAR_MIN} and"
            f" {thai.BE_YEAR_MAX}, e.g. 2566).",
        )


def _check_round(round_number: int) -> None:
    if isinstance(round_number, bool) or round_number not in (1, 2):
        raise ScaffoldError(
            "round_invalid",
            f"รอบต้องเป็น 1 ({labels.ROUND_NAMES[1]}) หรือ 2 ({labels.ROUND_NAMES[2]})"
            f" ไม่ใช่ {round_number}",
            f"The round must be 1 ({labels.ROUND_NAMES_EN[1]}) or 2"
            f" ({labels.ROUND_NAMES_EN[2]}), not {round_number}.",
        )


def _refuse_existing(paths: list[Path]) -> None:
    for path in paths:
        if path.exists():
            shown = display_path(path)
            raise ScaffoldError(
                "exists",
                f"มีไฟล์ {shown} อยู่แล้ว โปรแกรมไม่เขียนทับ (ยังไม่ได้เขียนไฟล์ใด)"
                " ถ้าต้องการเริ่มใหม่ ให้ย้ายหรือลบไฟล์นั้นก่อน",
                f"{shown} already exists and is never overwritten (nothing was written)."
                " Move or delete it first to start again.",
            )


def _refuse_existing_year(content: ValidContent, year: int) -> None:
    for sourced in content.disclosures:
        if sourced.record.fiscal_year == year:
            where = display_path(sourced.document.path)
            raise ScaffoldError(
                "oit_exists",
                f"มีการเปิดเผยข้อมูล OIT ปี {year} อยู่แล้วในไฟล์ {where} โปรแกรมไม่สร้างซ้ำ (ยังไม่ได้เขียนไฟล์ใด)",
                f"The OIT disclosures of {year} are already in {where}; nothing was written.",
            )


def _load(content_dir: Path) -> ValidContent:
    if not content_dir.is_dir():
        shown = display_path(content_dir)
        raise ScaffoldError(
            "no_content",
            f"ไม่พบโฟลเดอร์ข้อมูล {shown}",
            f"There is no content folder {shown}.",
        )
    content, problems = validate_content(content_dir)
    errors = errors_in(problems)
    if errors or content.agency is None:
        shown = display_path(content_dir)
        raise ScaffoldError(
            "content_errors",
            f"ข้อมูลใน {shown} ยังมีข้อผิดพลาด {len(errors)} รายการ"
            " ให้แก้ตามผลของ prongsai check ก่อน แล้วสั่งใหม่ (ยังไม่ได้เขียนไฟล์ใด)",
            f"{shown} has {len(errors)} error(s); fix what `prongsai check` reports and run"
            " again (nothing was written).",
        )
    return content


def _write(files: list[tuple[Path, str]]) -> list[Path]:
    """Every file or none: one that appeared meanwhile undoes the ones already written."""
    written: list[Path] = []
    try:
        for path, text in files:
            save(path, text)
            written.append(path)
    except ContentExists as error:
        for path in written:
            path.unlink()
        _refuse_existing([Path(error.args[0])])
        raise
    return written


def _relative(path: Path, content_dir: Path) -> str:
    try:
        return path.resolve().relative_to(content_dir.resolve()).as_posix()
    except ValueError:
        return display_path(path)


def _comment(text: str) -> Markup:
    """Text for a YAML comment: on one line, and not HTML-escaped by the template."""
    return Markup(" ".join(str(text).split()))


def _comment_lines(lines: tuple[str, ...]) -> tuple[str, ...]:
    # Leading spaces are kept: they indent the list under each numbered line.
    return tuple(
        Markup(line[: len(line) - len(line.lstrip())] + " ".join(line.split())) for line in lines
    )
