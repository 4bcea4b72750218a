"""Thai UI words used by more than one template or by the nav, in one place."""

from __future__ import annotations

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


def site_title(agency_short_name: str) -> str:
    return f"รายงานคุณธรรมและความโปร่งใส {agency_short_name}"
