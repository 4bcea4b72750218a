"""The schema of every kind of content file, as typed records (pydantic).

One record class per file kind; unknown keys are errors; each field's docstring (Thai, then
English) becomes its description in the published JSON Schema, which editors see as hints.
Values are checked here one by one; rules that span records live in validate.py.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from prongsai.shared import limits, thai


class Record(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        use_attribute_docstrings=True,
        str_strip_whitespace=True,
    )


def _text_only(value: Any) -> Any:
    """Refuse what YAML 1.1 turned into something else (``no`` → false, ``010`` → 8)."""
    if isinstance(value, str):
        return value
    raise PydanticCustomError("text_expected", "text expected")


Text = Annotated[str, BeforeValidator(_text_only), StringConstraints(min_length=1)]
"""One line or paragraph of plain text, never empty."""

Markdown = Annotated[
    str,
    BeforeValidator(_text_only),
    StringConstraints(min_length=1),
    WithJsonSchema({"type": "string", "minLength": 1, "contentMediaType": "text/markdown"}),
]
"""Text that may use Markdown: **bold**, lists, links."""


_DIGITS = re.compile("[0-9]+")
"""ASCII digits only (Thai digits are converted first): str.isdigit() also accepts "²" and
other digits that int() refuses, which used to stop the program (#13)."""


def _whole_number(value: Any) -> Any:
    if isinstance(value, bool | float) or not isinstance(value, int | str):
        raise PydanticCustomError("number_expected", "whole number expected")
    if isinstance(value, str):
        digits = thai.to_arabic_digits(value.strip())
        if not _DIGITS.fullmatch(digits):
            raise PydanticCustomError("number_expected", "whole number expected")
        _check_length(digits.lstrip("0"), value.strip())
        return int(digits)
    _check_length(str(abs(value)), str(value))
    return value


def _check_length(digits: str, source: str) -> None:
    """At most MAX_DIGITS digits: no count or year is longer, and a 401-digit count used to
    overflow the charts' arithmetic."""
    if len(digits) > limits.MAX_DIGITS:
        shown = source if len(source) <= 24 else f"{source[:20]}…"
        raise PydanticCustomError(
            "number_too_long",
            "too many digits",
            {"source": shown, "limit": limits.MAX_DIGITS},
        )


def _fiscal_year(value: Any) -> int:
    year = _whole_number(value)
    if thai.is_be_year(year):
        return year
    if thai.looks_like_ce_year(year):
        raise PydanticCustomError(
            "year_ce", "C.E. year", {"year": year, "suggestion": thai.be_year(year)}
        )
    raise PydanticCustomError("year_range", "not a B.E. year", {"year": year})


FiscalYear = Annotated[
    int,
    BeforeValidator(_fiscal_year),
    WithJsonSchema(
        {"type": "integer", "minimum": thai.BE_YEAR_MIN, "maximum": thai.BE_YEAR_MAX},
    ),
]


def _round(value: Any) -> int:
    number = _whole_number(value)
    if number not in (1, 2):
        raise PydanticCustomError("round_invalid", "round must be 1 or 2")
    return number


RoundNumber = Annotated[int, BeforeValidator(_round), WithJsonSchema({"enum": [1, 2]})]


def _positive(value: Any) -> int:
    number = _whole_number(value)
    if number < 1:
        raise PydanticCustomError("number_positive", "number from 1 up")
    return number


PositiveNumber = Annotated[
    int, BeforeValidator(_positive), WithJsonSchema({"type": "integer", "minimum": 1})
]


def _be_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        # An unquoted 2565-04-07: YAML already made it a date with the B.E. year.
        value = f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    if not isinstance(value, str):
        raise PydanticCustomError("date_format", "B.E. date expected")
    try:
        return thai.parse_be_date(value)
    except thai.ThaiDateError as error:
        raise PydanticCustomError(error.reason, "invalid date", dict(error.context)) from None


BEDate = Annotated[
    dt.date,
    BeforeValidator(_be_date),
    WithJsonSchema(
        {
            "type": "string",
            "description": 'วันที่ปี พ.ศ. เช่น "7 เมษายน 2565" หรือ "2565-04-07"'
            ' — a B.E. date such as "7 เมษายน 2565" or "2565-04-07"',
            "examples": ["7 เมษายน 2565", "2565-04-07"],
        }
    ),
]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _email(value: Any) -> str:
    text = _text_only(value).strip()
    if not _EMAIL.match(text):
        raise PydanticCustomError("email_invalid", "invalid e-mail")
    return text


Email = Annotated[
    str, BeforeValidator(_email), WithJsonSchema({"type": "string", "format": "email"})
]


def _url(value: Any) -> str:
    text = _text_only(value).strip()
    if not re.match(r"^https?://[^\s/]+\.[^\s]+$", text):
        raise PydanticCustomError("url_invalid", "invalid URL")
    return text


WebAddress = Annotated[
    str, BeforeValidator(_url), WithJsonSchema({"type": "string", "format": "uri"})
]


def _item_code(value: Any) -> str:
    text = _text_only(value).strip()
    if not re.fullmatch(r"O[0-9]{1,3}", text):
        raise PydanticCustomError("item_code_invalid", "invalid item code")
    return text


ItemCode = Annotated[
    str, BeforeValidator(_item_code), WithJsonSchema({"type": "string", "pattern": "^O[0-9]{1,3}$"})
]


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise PydanticCustomError("flag_expected", "true or false expected")


Flag = Annotated[bool, BeforeValidator(_flag), WithJsonSchema({"type": "boolean"})]


class AgencyKind(StrEnum):
    """ประเภทหน่วยงาน — kind of agency."""

    SAO = "อบต."
    SUBDISTRICT_MUNICIPALITY = "เทศบาลตำบล"
    TOWN_MUNICIPALITY = "เทศบาลเมือง"
    CITY_MUNICIPALITY = "เทศบาลนคร"
    PAO = "อบจ."
    BANGKOK = "กรุงเทพมหานคร"
    PATTAYA = "เมืองพัทยา"
    GOVERNMENT_AGENCY = "ส่วนราชการ"
    STATE_ENTERPRISE = "รัฐวิสาหกิจ"
    PUBLIC_ORGANIZATION = "องค์การมหาชน"
    OTHER = "หน่วยงานอื่น"


class Status(StrEnum):
    """สถานะการดำเนินการ — whether a measure was carried out."""

    DONE = "done"
    NOT_DONE = "not_done"


class SectionCode(StrEnum):
    """หมวดของมาตรการตามเครื่องมือการประเมิน ITA — the ITA tool a section answers."""

    IIT = "IIT"
    EIT = "EIT"
    OIT = "OIT"


# ---- agency.yml -------------------------------------------------------------------


class PublishedOnPurpose(Record):
    """เลขที่ตั้งใจเผยแพร่ — a citizen ID or mobile number that is published on purpose."""

    number: Text
    """เลขประจำตัวประชาชนหรือโทรศัพท์มือถือ เช่น "081-234-5678" — the number, in quotes."""
    reason: Text
    """เหตุผลที่ต้องเผยแพร่ เช่น สายด่วนร้องเรียนของหน่วยงาน — why it is published."""


class OpenDataSettings(Record):
    """ค่าของชุดข้อมูลเปิดตามแบบ GD-Catalog ของ data.go.th (ไม่ใส่ก็ได้ ใช้ค่าเริ่มต้น) — the
    GD-Catalog metadata of the agency's datasets (every field optional, with defaults)."""

    objective: Text | None = None
    """วัตถุประสงค์ของชุดข้อมูล (ค่าเริ่มต้น: พันธกิจหน่วยงาน) — objective."""
    update_frequency: Text | None = None
    """ความถี่ในการปรับปรุงข้อมูล (ค่าเริ่มต้น: ปี) — update frequency unit, e.g. ปี, เดือน."""
    geo_coverage: Text | None = None
    """ขอบเขตเชิงพื้นที่ (ค่าเริ่มต้น: เทศบาล/อบต.) — geographic coverage."""
    data_category: Text | None = None
    """หมวดหมู่ข้อมูลตามธรรมาภิบาลข้อมูลภาครัฐ (ค่าเริ่มต้น: ข้อมูลสาธารณะ) — data category."""
    license: Text | None = None
    """สัญญาอนุญาต (ค่าเริ่มต้น: Open Data Common) — licence."""
    allow_harvest: bool | None = None
    """อนุญาตให้ data.go.th ดึงข้อมูลไปแสดง (ค่าเริ่มต้น: ใช่) — allow data.go.th to harvest."""
    contact_email: Email | None = None
    """อีเมลผู้ติดต่อของชุดข้อมูล (ค่าเริ่มต้น: อีเมลของหน่วยงาน) — contact for the datasets."""


class AgencyFile(Record):
    """ข้อมูลหน่วยงาน (content/agency.yml) — the agency profile."""

    name: Text
    """ชื่อเต็มของหน่วยงาน เช่น องค์การบริหารส่วนตำบลบ้านใหม่ — full name."""
    short_name: Text
    """ชื่อย่อ เช่น อบต.บ้านใหม่ — short name."""
    kind: AgencyKind
    """ประเภทหน่วยงาน เช่น อบต. หรือ เทศบาลตำบล — kind of agency."""
    address: Text | None = None
    """ที่อยู่สำหรับติดต่อ — postal address."""
    phone: Text | None = None
    """หมายเลขโทรศัพท์ (ใส่เครื่องหมายคำพูด เช่น "0 7512 3456") — phone number, in quotes."""
    email: Email | None = None
    """อีเมลสำหรับติดต่อ — contact e-mail."""
    website: WebAddress | None = None
    """เว็บไซต์หลักของหน่วยงาน (https://...) — the agency's main website."""
    logo: Text | None = None
    """ไฟล์ตราสัญลักษณ์ในโฟลเดอร์ content/ เช่น logo.png — logo file under content/."""
    published_on_purpose: list[PublishedOnPurpose] = Field(default_factory=list)
    """เลขประจำตัวประชาชนหรือโทรศัพท์มือถือที่ตั้งใจเผยแพร่ พร้อมเหตุผล — citizen IDs or
    mobile numbers published on purpose, each with its reason (elsewhere they are errors)."""
    # ---- open data and the hub (issue #16): optional, published in /api/v1/agency.json ----
    code: Text | None = None
    """รหัสหน่วยงาน เช่น รหัส อปท. ใส่ในเครื่องหมายคำพูด เช่น "06500101" — official code."""
    province: Text | None = None
    """จังหวัด เช่น ชุมพร — province."""
    district: Text | None = None
    """อำเภอ เช่น เมืองชุมพร — district (amphoe)."""
    open_data: OpenDataSettings | None = None
    """ค่าของชุดข้อมูลเปิด (GD-Catalog) ไม่ใส่ก็ได้ — open data metadata, optional."""


# ---- reports/<year>-round-<n>.yml ------------------------------------------------------


class Signatory(Record):
    """ผู้ลงนามในบันทึกข้อความ ตามลำดับ — one signatory of the memo, in order."""

    name: Text
    """ชื่อ-สกุล เช่น นางสาวรภัศรา อานันท์ธนา — full name with title."""
    position: Text
    """ตำแหน่ง — position."""
    role: Text | None = None
    """บทบาทในบันทึก เช่น ผู้รายงาน — role in this memo, e.g. ผู้รายงาน (reporter)."""
    acting: Text | None = None
    """การรักษาราชการแทน เช่น รักษาราชการแทนปลัด... — acting-for line."""


class Memo(Record):
    """บันทึกข้อความ — the official memo that sends the report."""

    issuing_unit: Text
    """ส่วนราชการ — issuing unit."""
    document_number: Text
    """ที่ (เลขที่หนังสือ) เช่น "75/2565" — document number."""
    date: BEDate
    """วันที่ (ปี พ.ศ.) — date of the memo, B.E."""
    subject: Text
    """เรื่อง — subject."""
    to: Text
    """เรียน — addressee."""
    via: Text | None = None
    """ผ่าน — via (optional)."""
    body: Annotated[list[Markdown], Field(min_length=1)]
    """เนื้อความ ทีละย่อหน้า (Markdown) — body paragraphs, one list item each."""
    signatories: Annotated[list[Signatory], Field(min_length=1)]
    """ผู้ลงนาม เรียงตามลำดับในบันทึก — signatories, in the memo's order."""


class Measure(Record):
    """มาตรการ/แนวทาง หนึ่งแถวของตาราง — one measure (one row of the table)."""

    number: PositiveNumber
    """ลำดับ เช่น 1 สำหรับ (1) — number within its section."""
    title: Text
    """มาตรการ/แนวทาง — the measure."""
    steps: list[Text] = []
    """ขั้นตอนหรือวิธีการ (รายการ) — steps or method, as a list."""
    responsible: list[Text] = []
    """ผู้รับผิดชอบ (รายการ) — responsible units, as a list."""
    status: Status | None = None
    """done = ทำ, not_done = ไม่ทำ — status."""
    actions: list[Text] = []
    """ผลการดำเนินการ (รายการ) — actions taken, as a list."""
    remarks: Text | None = None
    """หมายเหตุ — remarks."""
    ita_items: list[ItemCode] = []
    """รหัสข้อ OIT ที่มาตรการนี้เกี่ยวข้อง เช่น [O15] — ITA item codes this measure refers to."""


class Section(Record):
    """หมวดของมาตรการ (IIT, EIT, OIT) — one section of the measures report."""

    code: SectionCode
    """IIT, EIT หรือ OIT — the ITA tool this section answers."""
    number: Text | None = None
    """เลขหัวข้อ เช่น "1.1" — heading number as printed."""
    title: Text
    """ชื่อหัวข้อ — section title."""
    measures: list[Measure] = []
    """มาตรการในหมวดนี้ — the measures of this section."""


class MeasuresReport(Record):
    """รายงานผลการดำเนินการตามมาตรการ — the measures report."""

    title: Text
    """ชื่อรายงาน — report title."""
    introduction: Markdown | None = None
    """ข้อความนำ (Markdown) — introduction."""
    sections: list[Section] = []
    """หมวด IIT, EIT, OIT — sections."""


class RoundReportFile(Record):
    """รายงานหนึ่งรอบ (content/reports/*.yml) — one round's report: memo and measures."""

    fiscal_year: FiscalYear
    """ปีงบประมาณ พ.ศ. เช่น 2565 — fiscal year, B.E."""
    round: RoundNumber
    """1 = รอบ 6 เดือนแรก, 2 = รอบ 12 เดือน — round."""
    memo: Memo
    """บันทึกข้อความ — the memo."""
    measures: MeasuresReport
    """รายงานผลตามมาตรการ — the measures report."""


# ---- site.yml ---------------------------------------------------------------------


class SiteFile(Record):
    """การตั้งค่าการแสดงผลของเว็บไซต์ (content/site.yml, ไม่บังคับ) — display settings (optional)."""

    thai_digits: Flag = False
    """แสดงตัวเลขเป็นเลขไทย (๒๕๖๕) ทั้งเว็บไซต์: true หรือ false — Thai digits everywhere."""
    format_version: PositiveNumber = 1
    """รูปแบบข้อมูล (prongsai migrate เขียนให้เอง ไม่ต้องแก้) — the content format version."""


# ---- OIT item catalogue (generator/oit/catalogues/<year>.yml, or content/oit/catalogues/) -------


class Confidence(StrEnum):
    """ความน่าเชื่อถือของข้อมูลข้อนี้ — how sure the catalogue is of this item."""

    CONFIRMED = "confirmed"
    """Code and name seen in a source explicitly about this assessment year."""
    PROBABLE = "probable"
    """Seen in an undated or adjacent-year source whose structure matches."""
    ASSUMED = "assumed"
    """Not seen for this year; carried over from another year."""


class CatalogueStatus(StrEnum):
    """ความน่าเชื่อถือของรายการทั้งปี — how far the whole list can be relied on."""

    OFFICIAL = "official"
    """Checked against the NACC's own assessment manual of that year."""
    REFERENCE = "reference"
    """The full list seen in public sources that copy the manual; not checked against it."""
    UNVERIFIED = "unverified"
    """Partly known: some items or their grouping are inferred or missing."""


class CatalogueSource(Record):
    """แหล่งอ้างอิงของรายการข้อ — one source the catalogue is built from."""

    id: Text
    """รหัสอ้างอิง เช่น S27 — short id that items cite."""
    title: Text
    """ชื่อหรือคำอธิบายของแหล่งอ้างอิง — title or description of the source."""
    url: WebAddress | None = None
    """ที่อยู่เว็บของแหล่งอ้างอิง (ถ้ามี) — its address, when it has one."""
    about: Text | None = None
    """แหล่งนี้ยืนยันอะไร — what this source confirms."""


class CatalogueRule(Record):
    """ข้อกำหนดที่ใช้กับทุกข้อของปีนั้น — a rule that applies to every item of the year."""

    text: Text
    """ข้อกำหนด — the rule, in Thai."""
    sources: Annotated[list[Text], Field(min_length=1)]
    """รหัสแหล่งอ้างอิง เช่น [S17] — ids of the sources that state it."""


class SubIndicatorEntry(Record):
    """ตัวชี้วัดย่อย เช่น 9.1 ข้อมูลพื้นฐาน — one sub-indicator."""

    number: Text
    """เลขตัวชี้วัดย่อย เช่น "9.1" — its number, in quotes."""
    name: Text
    """ชื่อตัวชี้วัดย่อย — its name."""


class IndicatorEntry(Record):
    """ตัวชี้วัด เช่น 9 การเปิดเผยข้อมูล — one indicator and its sub-indicators."""

    number: Text
    """เลขตัวชี้วัด เช่น "9" — its number, in quotes."""
    name: Text
    """ชื่อตัวชี้วัด — its name."""
    sub_indicators: Annotated[list[SubIndicatorEntry], Field(min_length=1)]
    """ตัวชี้วัดย่อย — its sub-indicators, in order."""


class CatalogueItem(Record):
    """ข้อของแบบ OIT หนึ่งข้อ — one OIT item of the year."""

    code: ItemCode
    """รหัสข้อ เช่น O15 — the item code."""
    name: Text
    """ชื่อข้อ ตามคู่มือการประเมิน — the item's name as in the manual."""
    sub_indicator: Text | None = None
    """เลขตัวชี้วัดย่อยที่ข้อนี้อยู่ เช่น "9.2" (เว้นได้เมื่อยังไม่ทราบ) — its sub-indicator."""
    requires: Text | None = None
    """สิ่งที่ข้อนี้กำหนดให้เผยแพร่ (เฉพาะที่มีแหล่งอ้างอิง) — what it requires, when sourced."""
    confidence: Confidence
    """confirmed, probable หรือ assumed — how sure the catalogue is of this item."""
    sources: list[Text] = []
    """รหัสแหล่งอ้างอิงของข้อนี้ เช่น [S7] — ids of the sources for this item."""
    generated_from: GeneratedEvidence | None = None
    """service_statistics: ข้อนี้สร้างจากข้อมูลสถิติการให้บริการเมื่อมีข้อมูล — the data that
    answers this item by itself when it exists."""


class CatalogueFile(Record):
    """รายการข้อ OIT ของปีการประเมินหนึ่งปี — the OIT item catalogue of one assessment year."""

    year: FiscalYear
    """ปีการประเมิน พ.ศ. เช่น 2565 — assessment year, B.E."""
    draft_from: FiscalYear | None = None
    """ร่างที่คัดลอกจากรายการข้อของปีนี้ที่มากับโปรแกรม (prongsai new year เขียนให้ เมื่อยังไม่มี
    รายการของปี) — a draft copied from the shipped list of this year, until the year's own is
    known: the check and the OIT page say so."""
    title: Text
    """ชื่อรายการ — title of the catalogue."""
    status: CatalogueStatus
    """official, reference หรือ unverified — how far the whole list can be relied on."""
    expected_items: PositiveNumber | None = None
    """จำนวนข้อทั้งหมดของปีนั้น (ถ้าทราบ) — how many items the year has, when known."""
    note: Markdown | None = None
    """หมายเหตุเรื่องความน่าเชื่อถือของรายการ — a note on how reliable the list is."""
    sources: Annotated[list[CatalogueSource], Field(min_length=1)]
    """แหล่งอ้างอิงของรายการ — the sources of the list."""
    general_rules: list[CatalogueRule] = []
    """ข้อกำหนดที่ใช้กับทุกข้อ — rules for every item of the year."""
    indicators: list[IndicatorEntry] = []
    """ตัวชี้วัดและตัวชี้วัดย่อย — indicators and sub-indicators."""
    items: Annotated[list[CatalogueItem], Field(min_length=1)]
    """ข้อทั้งหมดที่ทราบ เรียงตามรหัส — every known item, in code order."""
    unknown_codes: list[ItemCode] = []
    """รหัสข้อที่มีอยู่แต่ยังไม่ทราบชื่อ — codes the year has whose names are not known."""


# ---- oit/<year>.yml: the agency's disclosures -----------------------------------------


class GeneratedEvidence(StrEnum):
    """ข้อมูลที่เว็บไซต์สร้างให้เองจากข้อมูลที่มีอยู่ — evidence the site builds from its own data."""

    MEASURES = "measures"
    """มาตรการส่งเสริมคุณธรรมและความโปร่งใส: the measures of the year's reports."""
    MEASURES_PROGRESS = "measures_progress"
    """การดำเนินการตามมาตรการ: each round's progress report, with its counts."""
    SERVICE_STATISTICS = "service_statistics"
    """ข้อมูลเชิงสถิติการให้บริการ: the year's statistics page and its downloads."""


class DisclosureLink(Record):
    """ลิงก์หนึ่งรายการ: หน้าในเว็บไซต์นี้ เอกสาร หรือเว็บไซต์ภายนอก (อย่างใดอย่างหนึ่ง) — one
    link: a page of this site, a document, or an external address (exactly one)."""

    title: Text
    """ข้อความของลิงก์ เช่น แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) — the link's text."""
    page: Text | None = None
    """หน้าในเว็บไซต์นี้ เช่น /2565/round-1/ — a page of this site, by its address."""
    document: Text | None = None
    """ไฟล์ในโฟลเดอร์ content/ เช่น documents/2565/แผนพัฒนา.pdf — a file under content/."""
    url: WebAddress | None = None
    """เว็บไซต์ภายนอก (https://...) — an external address."""


class Disclosure(Record):
    """ข้อมูลที่เผยแพร่สำหรับข้อ OIT หนึ่งข้อ — what the agency publishes for one item."""

    body: Markdown | None = None
    """เนื้อหา (Markdown) — the text of the disclosure."""
    links: list[DisclosureLink] = []
    """ลิงก์ไปยังหน้า เอกสาร หรือเว็บไซต์ — links to pages, documents or websites."""
    generated: GeneratedEvidence | None = None
    """measures หรือ measures_progress: ให้เว็บไซต์สร้างจากรายงานผลตามมาตรการ — build it
    from the measures reports."""
    nothing_to_report: Text | None = None
    """เหตุผลที่ไม่มีข้อมูลในช่วงนี้ เช่น ไม่มีเรื่องร้องเรียนในปีงบประมาณ 2565 — why there is
    nothing to report in this period."""
    explanation: Text | None = None
    """คำอธิบายสำหรับระบบ ITAS (ถ้าไม่ใส่ โปรแกรมเขียนให้) — the ITAS explanation (written for
    you when left out)."""
    updated: BEDate | None = None
    """วันที่ปรับปรุงข้อมูลล่าสุด (ถ้าไม่ใส่ ใช้วันที่จากประวัติ git) — last changed (from git
    history when left out)."""


class DisclosuresFile(Record):
    """การเปิดเผยข้อมูลสาธารณะ (OIT) ของปีงบประมาณหนึ่งปี (content/oit/<ปี>.yml) — one fiscal
    year's OIT disclosures."""

    fiscal_year: FiscalYear
    """ปีงบประมาณ พ.ศ. เช่น 2565 — fiscal year, B.E."""
    items: Annotated[
        dict[ItemCode, Disclosure],
        # `items:` with nothing under it yet (a new year's file) is no item, not a mistake: the
        # scaffold writes it so, and staff never have to delete a `{}` before the first item.
        BeforeValidator(
            lambda value: {} if value is None else value,
            json_schema_input_type=dict[ItemCode, Disclosure] | None,
        ),
    ] = {}
    """ข้อมูลแต่ละข้อ โดยใช้รหัสข้อเป็นชื่อช่อง เช่น O15: — one entry per item code."""


# ---- statistics/<year>/<name>.yml: service statistics ---------------------------------------


def parse_count(value: Any) -> int:
    """A count as staff type it: 12, "1,234", "๑๒"; never negative, never a fraction."""
    if isinstance(value, str):
        value = thai.to_arabic_digits(value.strip()).replace(",", "")
        if value.startswith("-") and _DIGITS.fullmatch(value[1:]):
            raise PydanticCustomError("count_negative", "count below zero")
        if re.fullmatch(r"-?[0-9]+\.[0-9]+", value):
            raise PydanticCustomError("count_not_whole", "count with a fraction")
    if isinstance(value, int) and not isinstance(value, bool) and value < 0:
        raise PydanticCustomError("count_negative", "count below zero")
    if isinstance(value, float):
        raise PydanticCustomError("count_not_whole", "count with a fraction")
    return _whole_number(value)


Count = Annotated[
    int, BeforeValidator(parse_count), WithJsonSchema({"type": "integer", "minimum": 0})
]


def parse_percent(value: Any) -> float:
    if isinstance(value, str):
        value = thai.to_arabic_digits(value.strip()).removeprefix("ร้อยละ").rstrip("%").strip()
        try:
            value = float(value)
        except ValueError:
            raise PydanticCustomError("percent_invalid", "percentage expected") from None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
        raise PydanticCustomError("percent_invalid", "percentage expected")
    return float(value)


Percent = Annotated[
    float,
    BeforeValidator(parse_percent),
    WithJsonSchema({"type": "number", "minimum": 0, "maximum": 100}),
]


class ServiceEntry(Record):
    """บริการหนึ่งรายการและจำนวนครั้งต่อเดือน — one service and its count per month."""

    service: Text
    """ชื่องานบริการ เช่น ขออนุญาตก่อสร้างอาคาร — the service."""
    unit: Text | None = None
    """หน่วยนับ เช่น ราย หรือ เรื่อง (ถ้าไม่ใส่ ใช้ของชุดข้อมูล) — unit of the counts."""
    office: Text | None = None
    """ผู้รับผิดชอบ เช่น กองช่าง — the responsible office."""
    counts: dict[str, Count]
    """จำนวนต่อเดือน เช่น ต.ค.: 12 (เดือนที่ไม่ใส่ คือยังไม่มีข้อมูล) — count per month."""
    total: Count | None = None
    """รวม (ถ้าใส่ ต้องเท่ากับผลรวมของทุกเดือน) — total, checked against the months."""
    satisfaction: Percent | None = None
    """ผลความพึงพอใจ ร้อยละ 0–100 — satisfaction, per cent."""


class StatisticsFile(Record):
    """ชุดข้อมูลสถิติการให้บริการ (content/statistics/<ปี>/<ชื่อ>.yml) — a statistics dataset,
    or the title of the CSV file of the same name."""

    title: Text
    """ชื่อชุดข้อมูล เช่น สถิติการให้บริการ กองช่าง — the dataset's title."""
    description: Markdown | None = None
    """คำอธิบาย (Markdown) — a description."""
    unit: Text | None = None
    """หน่วยนับของทุกบริการ เช่น ราย — the unit of every service, unless it says its own."""
    office: Text | None = None
    """ผู้รับผิดชอบชุดข้อมูล — the office responsible for the dataset."""
    services: list[ServiceEntry] | None = None
    """บริการทั้งหมด (ไม่ต้องใส่เมื่อข้อมูลอยู่ในไฟล์ CSV ชื่อเดียวกัน) — the services, unless
    they are in the CSV file of the same name."""


FILE_KINDS: dict[str, type[Record]] = {
    "agency": AgencyFile,
    "round-report": RoundReportFile,
    "site": SiteFile,
    "oit-catalogue": CatalogueFile,
    "oit-disclosures": DisclosuresFile,
    "statistics": StatisticsFile,
}
