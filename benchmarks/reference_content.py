"""Write a reference content folder for benchmarks: an agency and N fiscal years of content.

Each fiscal year (B.E., from 2570 downwards) gets two round reports of about fifty measures
spread over the IIT, EIT and OIT sections, in Thai phrased like content/reports/, and its
OIT disclosures (content/oit/<year>.yml) answering the item catalogue in force for the year,
with three small documents they link to. Years Prongsai ships no catalogue for get a
synthetic one (content/oit/catalogues/<year>.yml). The text is drawn from fixed phrase
pools with a random generator seeded per file, so the output is the same on every run and a
smaller folder is a subset of a bigger one (the 10-year content equals the newest ten years
of the 50-year content).

One function per content file kind (``write_agency``, ``write_round_report``,
``write_oit_catalogue``, ``write_documents``, ``write_oit_disclosures``); a new page kind
adds its own ``write_...`` function and one call in ``write_reference_content``.

Run as a script: ``python benchmarks/reference_content.py OUT_DIR --years 10``.
"""

from __future__ import annotations

import argparse
import functools
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from prongsai.oit.catalogue import builtin_catalogue_files
from prongsai.shared.labels import ROUND_NAMES
from prongsai.shared.thai import MONTHS_FULL

SEED = "prongsai-benchmark-v1"
NEWEST_YEAR = 2570
ROUNDS = (1, 2)

AGENCY_NAME = "องค์การบริหารส่วนตำบลเขาน้อย"
AGENCY_SHORT = "อบต.เขาน้อย"

ROUND_PHRASES = ROUND_NAMES

TEMPLATE_CATALOGUE_YEAR = 2566
"""The shipped catalogue whose indicators and 43 items the synthetic catalogues copy."""
GENERATED_ITEMS = {
    # code: (its name in the catalogues that have it, the evidence the site builds for it)
    "O42": ("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "measures"),
    "O43": (
        "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "measures_progress",
    ),
}
PUBLISHED_SHARE = 0.7
"""Share of the other items published; the next 10 % have nothing to report, the rest are
missing (published instead in the newest year, so that its list is complete)."""
NOTHING_SHARE = 0.1

DOCUMENTS = (
    # file name (Thai, with a space), the first bytes of such a file, and its last bytes
    ("แผนพัฒนาท้องถิ่น {year}.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", b"\n%%EOF\n"),
    ("สรุปผลการจัดซื้อจัดจ้าง {year}.xlsx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00", b""),
    ("แผนผังโครงสร้าง {year}.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"IEND\xaeB`\x82"),
)
DOCUMENT_SIZES = (2_000, 6_000)
"""Bytes of pseudo-random body per document (they are only hashed and copied)."""

# ---- phrase pools (in the style of the 2565 round-1 memo) ------------------------------

SECTIONS: dict[str, tuple[str, str, tuple[int, int]]] = {
    # code: (heading number, title, range of the number of measures)
    "IIT": ("1.1", "การปรับปรุงการประเมินแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน", (17, 21)),
    "EIT": ("1.2", "การปรับปรุงการประเมินแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก", (13, 17)),
    "OIT": ("1.3", "การปรับปรุงการเปิดเผยข้อมูล", (13, 17)),
}

IIT_TITLES = (
    "การใช้งบประมาณ",
    "มีแนวทางปฏิบัติเกี่ยวกับการใช้ทรัพย์สินของราชการที่ถูกต้อง",
    "ขั้นตอนการให้บริการ",
    "การเปิดโอกาสให้มีส่วนร่วมในการตรวจสอบการใช้จ่ายงบประมาณ ดังนี้ การสอบถาม การทักท้วง การร้องเรียน",
    "การมอบหมายงานจากผู้บังคับบัญชาอย่างเป็นธรรม",
    "การประเมินผลการปฏิบัติงานตามระดับคุณภาพของผลงาน",
    "การป้องกันผลประโยชน์ทับซ้อนในการปฏิบัติหน้าที่",
    "การปฏิเสธการรับของขวัญและประโยชน์อื่นใดจากการปฏิบัติหน้าที่",
    "การจัดซื้อจัดจ้างอย่างโปร่งใสและตรวจสอบได้",
    "การเบิกจ่ายค่าตอบแทนและค่าใช้สอยตามระเบียบ",
    "การป้องกันการนำทรัพย์สินของราชการไปใช้ประโยชน์ส่วนตน",
    "การแก้ไขปัญหาการทุจริตภายในหน่วยงาน",
    "การเฝ้าระวังและตรวจสอบการทุจริตในการปฏิบัติงาน",
    "การคัดเลือกบุคลากรเพื่อเข้ารับการฝึกอบรมอย่างเป็นธรรม",
    "การพิจารณาความดีความชอบอย่างโปร่งใส",
    "การสร้างจิตสำนึกและค่านิยมในการต่อต้านการทุจริต",
    "การใช้รถยนต์ส่วนกลางให้เป็นไปตามระเบียบ",
    "การแจ้งเบาะแสการทุจริตโดยได้รับการคุ้มครองผู้แจ้ง",
    "การบริหารงานบุคคลโดยยึดหลักคุณธรรม",
    "การลดขั้นตอนและระยะเวลาการปฏิบัติงาน",
    "การเผยแพร่ประมวลจริยธรรมของพนักงานส่วนท้องถิ่น",
    "การตรวจสอบภายในและการควบคุมภายในของหน่วยงาน",
    "การใช้อำนาจของผู้บังคับบัญชาอย่างเป็นธรรม",
    "การจัดทำรายงานการใช้จ่ายงบประมาณเป็นประจำ",
    "การประชุมประจำเดือนเพื่อติดตามผลการปฏิบัติงาน",
    "การพัฒนาทักษะและความรู้ของบุคลากรอย่างต่อเนื่อง",
)

EIT_TITLES = (
    "มีการชี้แจงและตอบคำถามเมื่อมีข้อกังวลสงสัยเกี่ยวกับการดำเนินงาน",
    "การปรับปรุงระบบการทำงาน",
    "การให้บริการอย่างเท่าเทียมกันโดยไม่เลือกปฏิบัติ",
    "การปรับปรุงคุณภาพการให้บริการให้ดีขึ้น",
    "การเปิดโอกาสให้ผู้รับบริการมีส่วนร่วมในการปรับปรุงการดำเนินงาน",
    "การประชาสัมพันธ์ข้อมูลข่าวสารให้ประชาชนเข้าถึงได้ง่าย",
    "การพัฒนาช่องทางการให้บริการผ่านระบบออนไลน์",
    "การอำนวยความสะดวกแก่ผู้สูงอายุและผู้พิการ",
    "การรับฟังความคิดเห็นและข้อเสนอแนะของประชาชน",
    "การจัดการเรื่องร้องเรียนร้องทุกข์อย่างรวดเร็ว",
    "การแจ้งผลการดำเนินงานให้ผู้ร้องเรียนทราบ",
    "การลดการใช้ดุลยพินิจของเจ้าหน้าที่ในการให้บริการ",
    "การเปิดเผยผลการจัดซื้อจัดจ้างให้สาธารณชนทราบ",
    "การจัดเวทีประชาคมเพื่อรับฟังปัญหาความต้องการของประชาชน",
    "การแต่งตั้งตัวแทนประชาคมร่วมเป็นกรรมการตรวจรับงานจ้าง",
    "การสำรวจความพึงพอใจของผู้รับบริการ",
    "การให้บริการนอกเวลาราชการ",
    "การจัดทำคู่มือสำหรับประชาชน",
    "การเผยแพร่ช่องทางการติดต่อหน่วยงานที่หลากหลาย",
    "การประเมินความเสี่ยงการทุจริตในการให้บริการ",
    "การปฏิบัติงานตามมาตรฐานระยะเวลาที่ประกาศไว้",
    "การเสริมสร้างความเชื่อมั่นต่อการดำเนินงานของหน่วยงาน",
)

STEPS = (
    "เปิดโอกาสให้ซักถามข้อสงสัยในประเด็นต่าง ๆ ภายในหน่วยงาน/ประชุมก่อนดำเนินโครงการหรือกิจกรรม"
    " เพื่อให้ผู้ที่เกี่ยวข้องทราบถึงวัตถุประสงค์และดำเนินการเพื่อให้บรรลุตามวัตถุประสงค์",
    "จัดทำแนวทางปฏิบัติและแจ้งเวียนให้บุคลากรทุกคนทราบ",
    "ประชาสัมพันธ์คู่มือการให้บริการ และอธิบายถึงขั้นตอนการให้บริการว่า หน่วยงานจะทำอะไรให้ ทำอย่างไร ใช้เวลานานแค่ไหน",
    "ประชาสัมพันธ์ช่องทางในการเข้าถึงหน่วยงานให้มากขึ้น ทั้งเว็บไซต์ เพจเฟซบุ๊ก และเสียงตามสายของหมู่บ้าน",
    "จัดทำคำสั่งแบ่งงาน หากเป็นงานที่ไม่มีผู้รับผิดชอบโดยตรง อาจให้ผู้รับผิดชอบมีหลายคน เพื่อร่วมคิด ร่วมทำ ร่วมช่วยกัน",
    "กำหนดหลักเกณฑ์การประเมินอย่างชัดเจน เป็นรูปธรรม และสอดคล้องกับผลงานของแต่ละบุคคล",
    "จัดทำแผนผังการให้บริการ / คำแนะนำ / ตัวอย่างการกรอกคำร้อง ให้ประชาชนได้ทราบเบื้องต้น",
    "พนักงานอธิบายด้วยถ้อยคำชัดเจนใช้น้ำเสียงที่นุ่มนวล ไม่ใช้เสียงดังจนเกินไป",
    "เปิดโอกาสให้ผู้รับบริการ หรือผู้มีส่วนได้ส่วนเสีย เข้ามามีส่วนร่วมในการปรับปรุงการดำเนินงานการบริการให้เกิดความโปร่งใส",
    "จัดทำสถิติผู้มารับบริการของแต่ละงาน และสรุปรายงานผู้บริหาร",
    "จัดประชุมประจำเดือนเพื่อชี้แจงระเบียบและแนวทางปฏิบัติที่เกี่ยวข้อง",
    "ตรวจสอบเอกสารการเบิกจ่ายให้ถูกต้องตามระเบียบก่อนเสนอผู้บริหาร",
    "จัดกิจกรรมเสริมสร้างคุณธรรมจริยธรรมให้แก่บุคลากร",
    "เผยแพร่ประกาศเจตนารมณ์ต่อต้านการทุจริตของผู้บริหารทางเว็บไซต์ของหน่วยงาน",
    "จัดทำทะเบียนคุมการใช้ทรัพย์สินของราชการ",
    "กำหนดระยะเวลาการให้บริการแต่ละงานและประกาศให้ประชาชนทราบ",
    "จัดทำกล่องรับความคิดเห็นและช่องทางร้องเรียนออนไลน์",
    "ติดตามและประเมินผลการดำเนินงานตามแผนทุกไตรมาส",
)

ACTIONS = (
    "แจ้งขั้นตอนในการปฏิบัติงานให้ถูกต้อง เข้าใจขั้นตอนตรงกัน หากกรณีเร่งด่วนให้สั่งการด้วยวาจา และจัดทำเอกสารโดยไม่ชักช้า",
    "จัดทำประกาศและแจ้งเวียนให้ทราบ",
    "จัดเตรียมแบบฟอร์มที่เกี่ยวข้องให้พร้อมใช้งาน เช่น การใช้รถยนต์ส่วนกลางเพื่อปฏิบัติราชการ การเบิกน้ำมันเติมรถยนต์ เป็นต้น",
    "เจ้าหน้าที่ที่ให้บริการชี้แจงขั้นตอนการให้บริการแก่ประชาชนอีกครั้งหนึ่ง เพื่อให้ประชาชนทราบว่า"
    " จะได้รับการบริการอย่างไร ระยะเวลานานแค่ไหน",
    "ประชาสัมพันธ์ช่องทางการมีส่วนร่วม การร้องเรียน / ร้องทุกข์ / การสอบถาม ผ่านช่องทางต่าง ๆ อย่างสม่ำเสมอ",
    "ประกาศหลักเกณฑ์การประเมินการปฏิบัติราชการลงเว็บไซต์ และแจ้งให้พนักงานทุกคนทราบ",
    "มีคู่มือการให้บริการ ประชาสัมพันธ์บนเว็บไซต์",
    "สำรวจความพึงพอใจของผู้ใช้บริการ และนำมาปรับปรุง",
    "จัดทำสถิติผู้มารับบริการ และรายงานผู้บริหาร พร้อมประชาสัมพันธ์ลงเว็บไซต์ของหน่วยงาน",
    "จัดประชุมชี้แจงบุคลากร จำนวน {n} ครั้ง",
    "เผยแพร่ข้อมูลทางเว็บไซต์และเพจเฟซบุ๊กของหน่วยงาน จำนวน {n} เรื่อง",
    "รายงานผลการดำเนินงานต่อผู้บริหารเพื่อทราบ",
    "แต่งตั้งคณะกรรมการตรวจสอบและติดตามผลการดำเนินงาน",
    "จัดอบรมให้ความรู้แก่บุคลากร มีผู้เข้าร่วม {n} คน",
    "ไม่พบเรื่องร้องเรียนในช่วงเวลาที่รายงาน",
    "ปรับปรุงขั้นตอนการให้บริการตามข้อเสนอแนะของผู้รับบริการ",
    "การแต่งตั้งตัวแทนประชาคมร่วมเป็นกรรมการตรวจงานจ้างต่าง ๆ เพื่อให้ตัวแทนประชาชนได้ตรวจสอบตรวจทานการปฏิบัติงาน",
)

PENDING_ACTIONS = (
    "อยู่ระหว่างจัดเตรียมเอกสารและรวบรวมข้อมูล",
    "เสนอขออนุมัติดำเนินการต่อผู้บริหารแล้ว",
)

NOT_DONE_REMARKS = (
    "อยู่ระหว่างดำเนินการ คาดว่าจะแล้วเสร็จภายในรอบ 12 เดือน",
    "งดการรวมกลุ่มเป็นการชั่วคราวเนื่องจากสถานการณ์โรคระบาด",
    "ไม่ได้รับการจัดสรรงบประมาณในปีนี้",
    "เลื่อนการดำเนินการไปในปีงบประมาณถัดไป",
    "รอการอนุมัติจากผู้บริหาร",
)

DONE_REMARKS = (
    "ดำเนินการต่อเนื่องจากปีงบประมาณที่ผ่านมา",
    "เผยแพร่ทางเว็บไซต์ของหน่วยงานแล้ว",
    "ดำเนินการร่วมกับสำนักงานส่งเสริมการปกครองท้องถิ่นอำเภอ",
)

RESPONSIBLE = (
    "ทุกสำนัก/กอง",
    "สำนักปลัด",
    "กองคลัง",
    "กองช่าง",
    "กองการศึกษา ศาสนาและวัฒนธรรม",
    "กองสาธารณสุขและสิ่งแวดล้อม",
    "งานการเจ้าหน้าที่",
    "งานนโยบายและแผน",
    "เจ้าหน้าที่พัสดุ",
    "คณะกรรมการประเมินผลการปฏิบัติราชการ",
)

OIT_RESPONSIBLE = ("สำนักปลัด", "กองคลัง", "งานนโยบายและแผน", "งานการเจ้าหน้าที่")

# OIT disclosures: {agency}, {name} (the item's), {information} ("ข้อมูล" + the name, said
# once), {year}, {unit}, {day} and {month} are filled in.
OIT_OPENINGS = (
    "{agency}เผยแพร่{information} ประจำปีงบประมาณ {year}"
    " ตามแนวทางการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
    "{information}ของ{agency} ปีงบประมาณ {year} จัดทำโดย{unit} และผ่านความเห็นชอบของผู้บริหารแล้ว",
    "หน้านี้รวบรวม{name} ประจำปีงบประมาณ {year} ของ{agency}ไว้ในที่เดียว",
)
OIT_PARAGRAPHS = (
    "ประชาชนดาวน์โหลดเอกสารฉบับเต็มได้จากลิงก์ด้านล่าง หรือขอดูเอกสารได้ที่สำนักงาน **ในวันและเวลาราชการ**",
    "ข้อมูลเป็นปัจจุบัน ณ วันที่ {day} {month} {year} หากพบข้อมูลไม่ถูกต้อง โปรดแจ้ง{unit} โทร 0 7512 3456",
    "หน่วยงานทบทวนข้อมูลนี้ทุกรอบ 6 เดือน และปรับปรุงตามข้อเสนอแนะของผู้มีส่วนได้ส่วนเสีย",
    "รายละเอียดการดำเนินงานดูได้จากรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของปีนี้",
    "เอกสารที่เผยแพร่ลงนามโดยผู้มีอำนาจแล้ว ต้นฉบับจัดเก็บไว้ที่{unit}",
)
NOTHING_TO_REPORT = (
    "ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบในปีงบประมาณ {year}",
    "หน่วยงานไม่ได้ดำเนินการเรื่องนี้ในปีงบประมาณ {year} จึงไม่มีข้อมูลในช่วงเวลาที่รายงาน",
    "ยังไม่ถึงกำหนดจัดทำรายงานของปีงบประมาณ {year}",
    "หน่วยงานไม่มีภารกิจด้านนี้ตามอำนาจหน้าที่",
)

# Fictional people: names are combined from these pools, one team per four-year term.
FIRST_NAMES = {
    "นาย": ("สมชาย", "ประเสริฐ", "วิชัย", "อนุชา", "ธนากร", "สุรเชษฐ์", "กิตติพงษ์", "ณัฐวุฒิ"),
    "นาง": ("สมศรี", "วิไลวรรณ", "บุษบา", "จันทร์เพ็ญ", "อรุณี", "พรทิพย์"),
    "นางสาว": ("กาญจนา", "สุภาพร", "ปิยะนุช", "ศิริพร", "ธิดารัตน์", "นภัสสร"),
}
SURNAMES = (
    "ใจดี",
    "ศรีสุข",
    "ทองคำ",
    "แก้วมณี",
    "บุญมา",
    "รักษ์ไทย",
    "สุขเจริญ",
    "พงษ์พันธ์",
    "มั่นคง",
    "เพชรรัตน์",
    "ชัยมงคล",
    "วงศ์สวัสดิ์",
)


# ---- content files --------------------------------------------------------------------


def write_reference_content(out_dir: Path, years: int) -> None:
    """Write the agency and ``years`` fiscal years × 2 rounds of reports into ``out_dir``."""
    if years < 1:
        raise ValueError("years must be at least 1")
    out_dir.mkdir(parents=True, exist_ok=True)
    write_agency(out_dir)
    for year in fiscal_years(years):
        for round_number in ROUNDS:
            write_round_report(out_dir, year, round_number)
        write_oit_catalogue(out_dir, year)
        write_documents(out_dir, year)
        write_oit_disclosures(out_dir, year)


def fiscal_years(count: int) -> list[int]:
    """The ``count`` newest B.E. fiscal years, newest first."""
    return [NEWEST_YEAR - offset for offset in range(count)]


def write_agency(out_dir: Path) -> Path:
    """content/agency.yml: a full profile (the placeholders use reserved example domains)."""
    return write_yaml(out_dir / "agency.yml", agency_record())


def write_round_report(out_dir: Path, year: int, round_number: int) -> Path:
    """content/reports/<year>-round-<n>.yml."""
    path = out_dir / "reports" / f"{year}-round-{round_number}.yml"
    return write_yaml(path, round_report_record(year, round_number))


def write_oit_catalogue(out_dir: Path, year: int) -> Path | None:
    """content/oit/catalogues/<year>.yml, for a year Prongsai ships no catalogue for."""
    if year in builtin_catalogue_files():
        return None  # the shipped catalogue is in force
    path = out_dir / "oit" / "catalogues" / f"{year}.yml"
    return write_yaml(path, oit_catalogue_record(year))


def write_documents(out_dir: Path, year: int) -> list[Path]:
    """content/documents/<year>/: three small files that the year's disclosures link to."""
    written = []
    for relative, data in document_files(year):
        path = out_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)
    return written


def write_oit_disclosures(out_dir: Path, year: int) -> Path:
    """content/oit/<year>.yml: an answer (or none) for each item of the year's catalogue."""
    return write_yaml(out_dir / "oit" / f"{year}.yml", oit_disclosures_record(year))


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def write_yaml(path: Path, data: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    path.write_text(f"# Benchmark reference content ({SEED}); generated, do not edit.\n{text}")
    return path


# ---- records --------------------------------------------------------------------------


def agency_record() -> dict[str, Any]:
    return {
        "name": AGENCY_NAME,
        "short_name": AGENCY_SHORT,
        "kind": "อบต.",
        "address": "หมู่ที่ 3 ตำบลเขาน้อย อำเภอเมือง จังหวัดตัวอย่าง 90000",
        "phone": "0 7512 3456",
        "email": "saraban@example.org",
        "website": "https://www.example.org",
    }


def round_report_record(year: int, round_number: int) -> dict[str, Any]:
    """One round's report; the measures are the year's plan, the statuses the round's own."""
    rng = _rng("round", year, round_number)
    return {
        "fiscal_year": year,
        "round": round_number,
        "memo": memo_record(rng, year, round_number),
        "measures": {
            "title": f"รายงานผลการดำเนินการ มาตรการส่งเสริมคุณธรรมและความโปร่งใส {AGENCY_NAME}"
            f" ประจำปีงบประมาณ {year} ({ROUND_PHRASES[round_number]})",
            "introduction": _introduction(year),
            "sections": [
                section_record(code, year, round_number, rng) for code in ("IIT", "EIT", "OIT")
            ],
        },
    }


def memo_record(rng: random.Random, year: int, round_number: int) -> dict[str, Any]:
    period = ROUND_PHRASES[round_number]
    return {
        "issuing_unit": f"สำนักปลัด{AGENCY_NAME}",
        "document_number": f"{rng.randint(20, 250)}/{year if round_number == 1 else year + 1}",
        "date": _memo_date(rng, year, round_number),
        "subject": "รายงานผลการดำเนินการมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
        f" ประจำปีงบประมาณ {year} ({period})",
        "to": f"นายก{AGENCY_NAME}",
        "via": "หัวหน้าสำนักปลัด",
        "body": [
            f"ตามที่{AGENCY_NAME} ได้จัดทำรายงานผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใส"
            f"ในการดำเนินงาน ประจำปีงบประมาณ {year - 1}"
            " และเผยแพร่ประชาสัมพันธ์ผลการประเมินฯ ดังกล่าวทางเว็บไซต์ของหน่วยงานแล้วนั้น",
            "เพื่อให้การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานภาครัฐ ประจำปีงบประมาณ"
            f" {year} มีประสิทธิภาพมากยิ่งขึ้น สำนักปลัด"
            f" ได้สรุปผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ({period})"
            " **รายละเอียดปรากฏตามเอกสารแนบท้ายบันทึกฉบับนี้**",
        ],
        "signatories": signatories(year),
    }


def signatories(year: int) -> list[dict[str, str]]:
    """The reporter, the head of office (acting for the permanent secretary) and the mayor."""
    rng = _rng("team", year // 4)
    return [
        {
            "name": _person(rng),
            "position": "นักวิเคราะห์นโยบายและแผนชำนาญการ",
            "role": "ผู้รายงาน",
        },
        {
            "name": _person(rng),
            "position": "หัวหน้าสำนักปลัด",
            "acting": f"รักษาราชการแทน ปลัด{AGENCY_NAME}",
        },
        {"name": _person(rng), "position": f"นายก{AGENCY_NAME}"},
    ]


def section_record(code: str, year: int, round_number: int, rng: random.Random) -> dict[str, Any]:
    number, title, _ = SECTIONS[code]
    plans = measure_plans(code, year)
    return {
        "code": code,
        "number": number,
        "title": title,
        "measures": [
            measure_record(plan, index + 1, round_number, rng) for index, plan in enumerate(plans)
        ],
    }


def measure_plans(code: str, year: int) -> list[dict[str, Any]]:
    """The year's measures of one section (the same in both rounds): title, steps, units.

    OIT measures cite items of the catalogue in force for the year, by its codes and names.
    """
    rng = _rng("plan", code, year)
    low, high = SECTIONS[code][2]
    count = rng.randint(low, high)
    names = oit_item_names(year)
    if code == "OIT":
        items = sorted(rng.sample(sorted(names), count), key=lambda c: int(c[1:]))
        heads = [[item] for item in items]
        for head in heads:
            if rng.random() < 0.15:  # a measure that answers two items
                head.append(rng.choice([c for c in names if c not in items]))
        titles = [f"{names[head[0]]} (ตัวชี้วัดข้อ {head[0]})" for head in heads]
    else:
        heads = [[] for _ in range(count)]
        titles = rng.sample(IIT_TITLES if code == "IIT" else EIT_TITLES, count)
    units = OIT_RESPONSIBLE if code == "OIT" else RESPONSIBLE
    return [
        {
            "title": title,
            "steps": (
                _oit_steps(names[head[0]], rng) if head else rng.sample(STEPS, rng.randint(1, 3))
            ),
            "responsible": rng.sample(units, rng.choice((1, 1, 1, 2))),
            "done": _done_by_round(rng),
            "ita_items": head,
        }
        for title, head in zip(titles, heads, strict=True)
    ]


def _done_by_round(rng: random.Random) -> dict[int, bool]:
    """Most measures are done by round 1; most of the rest by round 2; a few slip back."""
    first = rng.random() < rng.choice((0.55, 0.7, 0.8, 0.9))
    second = rng.random() < 0.6 if not first else rng.random() > 0.03
    return {1: first, 2: second}


def measure_record(
    plan: dict[str, Any], number: int, round_number: int, rng: random.Random
) -> dict[str, Any]:
    """One table row; the plan says whether it is done in this round."""
    done = plan["done"][round_number]
    record: dict[str, Any] = {
        "number": number,
        "title": plan["title"],
        "steps": plan["steps"],
        "responsible": plan["responsible"],
        "status": "done" if done else "not_done",
        "actions": _actions(rng, done, round_number),
    }
    if not done:
        record["remarks"] = rng.choice(NOT_DONE_REMARKS)
    elif rng.random() < 0.1:
        record["remarks"] = rng.choice(DONE_REMARKS)
    if plan["ita_items"]:
        record["ita_items"] = plan["ita_items"]
    if not record["actions"]:
        del record["actions"]
    return record


@functools.cache
def catalogue_in_force(year: int) -> dict[str, Any]:
    """The year's catalogue as a plain mapping: the shipped file, else the synthetic one."""
    shipped = builtin_catalogue_files().get(year)
    if shipped is not None:
        return yaml.load(shipped.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    return oit_catalogue_record(year)


def oit_item_names(year: int) -> dict[str, str]:
    """Code → name of every item of the catalogue in force for ``year``, in code order."""
    return {item["code"]: item["name"] for item in catalogue_in_force(year)["items"]}


def oit_catalogue_record(year: int) -> dict[str, Any]:
    """A synthetic 43-item catalogue: the shipped template year's indicators and item names."""
    template = catalogue_in_force(TEMPLATE_CATALOGUE_YEAR)
    source = "B1"
    return {
        "year": year,
        "title": f"รายการข้อมูลการเปิดเผยข้อมูลสาธารณะ (OIT) ITA ปี พ.ศ. {year} (ข้อมูลสังเคราะห์)",
        "status": "unverified",
        "expected_items": len(template["items"]),
        "note": "ข้อมูลสังเคราะห์สำหรับวัดเวลาการสร้างเว็บไซต์ (benchmark) ของ Prongsai"
        " ไม่ใช่รายการข้อของสำนักงาน ป.ป.ช. ชื่อข้อและตัวชี้วัดย่อยคัดลอกจากรายการของปี"
        f" {TEMPLATE_CATALOGUE_YEAR} — synthetic benchmark data, not an NACC list.",
        "sources": [
            {
                "id": source,
                "title": f"รายการข้อ OIT ปี {TEMPLATE_CATALOGUE_YEAR} ที่มากับ Prongsai"
                f" (generator/oit/catalogues/{TEMPLATE_CATALOGUE_YEAR}.yml)",
                "about": "ชื่อข้อ ตัวชี้วัด และตัวชี้วัดย่อยที่ใช้เป็นแม่แบบ",
            }
        ],
        "indicators": template["indicators"],
        "items": [
            {
                "code": item["code"],
                "name": item["name"],
                "sub_indicator": item.get("sub_indicator"),
                "confidence": "assumed",
                "sources": [source],
            }
            for item in template["items"]
        ],
    }


def document_files(year: int) -> list[tuple[str, bytes]]:
    """The year's documents: path under content/ and bytes (a file-type header, then noise)."""
    files = []
    for index, (name, head, tail) in enumerate(DOCUMENTS):
        rng = _rng("document", year, index)
        body = rng.randbytes(rng.randint(*DOCUMENT_SIZES))
        files.append((f"documents/{year}/{name.format(year=year)}", head + body + tail))
    return files


def oit_disclosures_record(year: int) -> dict[str, Any]:
    """Every item of the year's catalogue: published, nothing to report, generated or missing.

    Each of the year's documents is linked from at least one published item.
    """
    rng = _rng("oit", year)
    documents = [path for path, _ in document_files(year)]
    items: dict[str, dict[str, Any]] = {}
    for code, name in oit_item_names(year).items():
        generated = GENERATED_ITEMS.get(code)
        if generated is not None and generated[0] == name:
            items[code] = {"generated": generated[1]}
            continue
        draw = rng.random()
        if draw < PUBLISHED_SHARE or (
            draw >= PUBLISHED_SHARE + NOTHING_SHARE and year == NEWEST_YEAR
        ):
            items[code] = _published(rng, year, code, name, documents)
        elif draw < PUBLISHED_SHARE + NOTHING_SHARE:
            items[code] = {"nothing_to_report": rng.choice(NOTHING_TO_REPORT).format(year=year)}
    published = [entry for entry in items.values() if "links" in entry]
    linked = {link.get("document") for entry in published for link in entry["links"]}
    for document in documents:
        if document not in linked:
            rng.choice(published)["links"].append(_document_link(document))
    return {"fiscal_year": year, "items": items}


def _published(
    rng: random.Random, year: int, code: str, name: str, documents: list[str]
) -> dict[str, Any]:
    """1–3 short paragraphs and 1–3 links (a report page, the agency's website, a document)."""
    fill = {
        "agency": AGENCY_NAME,
        "name": name,
        "information": _information(name),
        "year": year,
        "unit": rng.choice(OIT_RESPONSIBLE),
        "day": rng.randint(1, 28),
        "month": MONTHS_FULL[rng.randrange(9)],
    }
    paragraphs = [rng.choice(OIT_OPENINGS), *rng.sample(OIT_PARAGRAPHS, rng.randint(0, 2))]
    links = []
    for kind in rng.sample(("page", "url", "document"), rng.randint(1, 3)):
        if kind == "page":
            round_number = rng.choice(ROUNDS)
            links.append(
                {
                    "title": "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส"
                    f" ประจำปีงบประมาณ {year} ({ROUND_PHRASES[round_number]})",
                    "page": f"/{year}/round-{round_number}/",
                }
            )
        elif kind == "url":
            links.append(
                {
                    "title": f"{name} บนเว็บไซต์หลักของหน่วยงาน",
                    "url": f"https://www.example.go.th/ita/{year}/{code.lower()}/",
                }
            )
        else:
            links.append(_document_link(rng.choice(documents)))
    return {"body": "\n\n".join(p.format(**fill) for p in paragraphs), "links": links}


def _document_link(document: str) -> dict[str, str]:
    return {"title": Path(document).stem, "document": document}


# ---- helpers --------------------------------------------------------------------------


def _rng(*key: object) -> random.Random:
    """A generator seeded by ``key`` alone, so each file is the same whatever else is written."""
    return random.Random(":".join(map(str, (SEED, *key))))


def _person(rng: random.Random) -> str:
    title = rng.choice(sorted(FIRST_NAMES))
    return f"{title}{rng.choice(FIRST_NAMES[title])} {rng.choice(SURNAMES)}"


def _memo_date(rng: random.Random, year: int, round_number: int) -> str:
    """Round 1 is reported in April of the fiscal year, round 2 in October after it ends."""
    if round_number == 1:
        return f"{rng.randint(1, 28)} {MONTHS_FULL[3]} {year}"
    return f"{rng.randint(1, 28)} {MONTHS_FULL[9]} {year + 1}"


def _introduction(year: int) -> str:
    return (
        "ตามที่ได้ดำเนินการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานภาครัฐ"
        f" ประจำปี {year - 1} (ITA) ของ{AGENCY_NAME}"
        " และได้กำหนดมาตรการ/แนวทางในการส่งเสริมคุณธรรมและความโปร่งใส"
        f" ในปีงบประมาณ {year} โดยได้มีการดำเนินการขับเคลื่อนมาตรการส่งเสริมคุณธรรม"
        " และความโปร่งใส ดังต่อไปนี้"
    )


def _oit_steps(name: str, rng: random.Random) -> list[str]:
    steps = [f"จัดทำ{_information(name)} และเผยแพร่ทางเว็บไซต์ของหน่วยงาน"]
    if rng.random() < 0.5:
        steps.append("ตรวจสอบความครบถ้วนของข้อมูลตามเกณฑ์การประเมินก่อนเผยแพร่")
    return steps


def _information(name: str) -> str:
    """The item as information: ข้อมูล + its name, said once (ข้อมูลการติดต่อ, not ข้อมูลข้อมูล...)."""
    return name if name.startswith("ข้อมูล") else f"ข้อมูล{name}"


def _actions(rng: random.Random, done: bool, round_number: int) -> list[str]:
    if not done:
        return rng.sample(PENDING_ACTIONS, rng.randint(0, 1))
    count = rng.randint(1, 2) + (1 if round_number == 2 and rng.random() < 0.5 else 0)
    return [text.format(n=rng.randint(2, 60)) for text in rng.sample(ACTIONS, count)]


# ---- script ---------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="content folder to write (must be empty)")
    parser.add_argument("--years", type=int, default=10, help="fiscal years (default 10)")
    args = parser.parse_args(argv)
    if args.out_dir.exists() and any(args.out_dir.iterdir()):
        print(f"{args.out_dir} is not empty; choose a new folder", file=sys.stderr)
        return 2
    write_reference_content(args.out_dir, args.years)
    files = sum(1 for _ in args.out_dir.rglob("*.yml"))
    documents = sum(1 for p in (args.out_dir / "documents").rglob("*") if p.is_file())
    print(
        f"Wrote {files} YAML files and {documents} documents ({args.years} fiscal years)"
        f" into {args.out_dir}/"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
