"""Write a reference content folder for benchmarks: an agency and N fiscal years of reports.

Each fiscal year (B.E., from 2570 downwards) gets two round reports of about fifty measures
spread over the IIT, EIT and OIT sections, in Thai phrased like content/reports/. The text
is drawn from fixed phrase pools with a random generator seeded per file, so the output is
the same on every run and a smaller folder is a subset of a bigger one (the 10-year
content equals the newest ten years of the 50-year content).

One function per content file kind (``write_agency``, ``write_round_report``); a new page
kind adds its own ``write_...`` function and one call in ``write_reference_content``.

Run as a script: ``python benchmarks/reference_content.py OUT_DIR --years 10``.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from generator.labels import ROUND_NAMES
from generator.thai import MONTHS_FULL

SEED = "prongsai-benchmark-v1"
NEWEST_YEAR = 2570
ROUNDS = (1, 2)

AGENCY_NAME = "องค์การบริหารส่วนตำบลเขาน้อย"
AGENCY_SHORT = "อบต.เขาน้อย"

ROUND_PHRASES = ROUND_NAMES

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

# The OIT items of the ITA assessment (code → what the agency must publish).
OIT_ITEMS = {
    "O1": "โครงสร้าง",
    "O2": "ข้อมูลผู้บริหาร",
    "O3": "อำนาจหน้าที่",
    "O4": "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน",
    "O5": "ข้อมูลการติดต่อ",
    "O6": "กฎหมายที่เกี่ยวข้อง",
    "O7": "ข่าวประชาสัมพันธ์",
    "O8": "Q&A",
    "O9": "Social Network",
    "O10": "แผนดำเนินงานประจำปี",
    "O11": "รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน",
    "O12": "รายงานผลการดำเนินงานประจำปี",
    "O13": "คู่มือหรือมาตรฐานการปฏิบัติงาน",
    "O14": "คู่มือหรือมาตรฐานการให้บริการ",
    "O15": "ข้อมูลเชิงสถิติการให้บริการ",
    "O16": "รายงานผลการสำรวจความพึงพอใจการให้บริการ",
    "O17": "E-Service",
    "O18": "แผนการใช้จ่ายงบประมาณประจำปี",
    "O19": "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ ประจำปี รอบ 6 เดือน",
    "O20": "รายงานผลการใช้จ่ายงบประมาณประจำปี",
    "O21": "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ",
    "O22": "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ",
    "O23": "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน",
    "O24": "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี",
    "O25": "นโยบายการบริหารทรัพยากรบุคคล",
    "O26": "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล",
    "O27": "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
    "O28": "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี",
    "O29": "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    "O30": "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    "O31": "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี",
    "O32": "ช่องทางการรับฟังความคิดเห็น",
    "O33": "การเปิดโอกาสให้เกิดการมีส่วนร่วม",
    "O34": "เจตจำนงสุจริตของผู้บริหาร",
    "O35": "การมีส่วนร่วมของผู้บริหาร",
    "O36": "การประเมินความเสี่ยงการทุจริตประจำปี",
    "O37": "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต",
    "O38": "การเสริมสร้างวัฒนธรรมองค์กร",
    "O39": "แผนปฏิบัติการป้องกันการทุจริต",
    "O40": "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน",
    "O41": "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี",
    "O42": "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    "O43": "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
}

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
    """The year's measures of one section (the same in both rounds): title, steps, units."""
    rng = _rng("plan", code, year)
    low, high = SECTIONS[code][2]
    count = rng.randint(low, high)
    if code == "OIT":
        items = sorted(rng.sample(sorted(OIT_ITEMS), count), key=lambda c: int(c[1:]))
        heads = [[item] for item in items]
        for head in heads:
            if rng.random() < 0.15:  # a measure that answers two items
                head.append(rng.choice([c for c in OIT_ITEMS if c not in items]))
        titles = [f"{OIT_ITEMS[head[0]]} (ตัวชี้วัดข้อ {head[0]})" for head in heads]
    else:
        heads = [[] for _ in range(count)]
        titles = rng.sample(IIT_TITLES if code == "IIT" else EIT_TITLES, count)
    units = OIT_RESPONSIBLE if code == "OIT" else RESPONSIBLE
    return [
        {
            "title": title,
            "steps": _oit_steps(head[0], rng) if head else rng.sample(STEPS, rng.randint(1, 3)),
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


def _oit_steps(code: str, rng: random.Random) -> list[str]:
    steps = [f"จัดทำข้อมูล{OIT_ITEMS[code]} และเผยแพร่ทางเว็บไซต์ของหน่วยงาน"]
    if rng.random() < 0.5:
        steps.append("ตรวจสอบความครบถ้วนของข้อมูลตามเกณฑ์การประเมินก่อนเผยแพร่")
    return steps


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
    print(f"Wrote {files} files ({args.years} fiscal years) into {args.out_dir}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
