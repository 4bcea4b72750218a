"""Thai UI words used by more than one template or by the nav, in one place."""

from __future__ import annotations

from markupsafe import Markup

ROUND_NAMES = {1: "รอบ 6 เดือนแรก", 2: "รอบ 12 เดือน"}
ROUND_NAMES_EN = {1: "round 1 (first 6 months)", 2: "round 2 (12 months)"}

STATUS_NAMES = {"done": "ทำ", "not_done": "ไม่ทำ", "unknown": "ยังไม่ระบุ"}

HOME = "หน้าแรก"
FISCAL_YEAR = "ปีงบประมาณ"
YEAR_OVERVIEW = "ภาพรวมปีงบประมาณ"
ABOUT = "ติดต่อหน่วยงาน"
ACCESSIBILITY = "การเข้าถึงเว็บไซต์"


def year_title(year: str) -> str:
    return f"{FISCAL_YEAR} {year}"


def site_title(agency_short_name: str) -> Markup:
    """The site's name, as HTML: it becomes MkDocs' ``site_name``, which Material prints
    unescaped in <title>, the header and aria-label/title attributes (MkDocs' theme
    environment does not autoescape). Escaped once here; as Markup it is not escaped again
    where Material adds ``| e``."""
    return Markup("รายงานคุณธรรมและความโปร่งใส {}").format(agency_short_name)


OIT = "การเปิดเผยข้อมูลสาธารณะ (OIT)"
OIT_SHORT = "OIT"

ITEM_STATUS_NAMES = {
    "published": "เผยแพร่แล้ว",
    "nothing_to_report": "ไม่มีข้อมูลในช่วงนี้",
    "missing": "ยังไม่ได้เผยแพร่",
}
ITEM_STATUS_NAMES_EN = {
    "published": "published",
    "nothing_to_report": "nothing to report",
    "missing": "missing",
}

CONFIDENCE_NAMES = {
    "confirmed": "ยืนยันจากแหล่งอ้างอิงของปีนี้",
    "probable": "น่าจะถูกต้อง (จากแหล่งอ้างอิงที่ไม่ระบุปีหรือของปีใกล้เคียง)",
    "assumed": "ยังไม่ได้ยืนยัน (ใช้ชื่อข้อของปีอื่น)",
}

CATALOGUE_STATUS_NAMES = {
    "official": "ตรวจกับคู่มือการประเมินของสำนักงาน ป.ป.ช. แล้ว",
    "reference": "รายการอ้างอิงจากแหล่งข้อมูลสาธารณะ ยังไม่ได้เทียบกับคู่มือการประเมินฉบับเต็ม",
    "unverified": "ยังไม่ได้ยืนยัน ทราบเพียงบางส่วน",
}

GENERATED_NAMES = {
    "measures": "มาตรการส่งเสริมคุณธรรมและความโปร่งใส จากรายงานผลการดำเนินการตามมาตรการ",
    "measures_progress": "ผลการดำเนินการตามมาตรการ จากรายงานแต่ละรอบ",
    "service_statistics": "ข้อมูลสถิติการให้บริการ จากชุดข้อมูลของปีนี้ (ตารางรายเดือน แผนภูมิ และไฟล์ข้อมูลเปิด)",
}

ITAS_ANSWERS = {"published": "มี", "nothing_to_report": "มี", "missing": "ไม่มี"}
ITAS_HEADER = ("ข้อ", "ชื่อข้อ", "มี/ไม่มี", "URL", "คำอธิบาย")


def oit_title(year: str) -> str:
    return f"{OIT} {year_title(year)}"


def itas_explanation(year: str, code: str, name: str) -> str:
    """Where an assessor finds the item on the site (the ITAS explanation column)."""
    return f"หน้าแรก > {year_title(year)} > {OIT} > {code} {name}"


STATISTICS = "สถิติการให้บริการ"
DATA = "ข้อมูลเปิด"


def statistics_title(year_text: str) -> str:
    return f"ข้อมูลเชิงสถิติการให้บริการ {year_text}"


def download_title(path: str) -> str:
    """What a generated download is, from its address (for the /data/ page)."""
    name = path.rsplit("/", 1)[-1]
    if name == "datapackage.json":
        return "คำอธิบายชุดข้อมูลทั้งหมด (Frictionless Data Package)"
    if name.endswith(".nobom.csv"):  # issue #16: the CSV for machines
        return f"ข้อมูลสถิติ {name.removesuffix('.nobom.csv')} ปี {path.split('/', 1)[0]} (CSV ไม่มี BOM)"
    if name.startswith("itas-"):
        return f"แบบตอบ ITAS ปี {name[5:9]}"
    return f"ข้อมูลสถิติ {name.rsplit('.', 1)[0]} ปี {path.split('/', 1)[0]}"
