"""The texts `prongsai new year` / `new round` write where staff must type the real thing.

They are valid values, so the scaffolded report builds at once; the check then warns about
each one left in (an error with --strict), naming the field and what to write. The scaffold
(scaffold.py) writes them from here and the check (validate.py) looks for them here, so the
two cannot drift apart.
"""

from __future__ import annotations

import re

DOCUMENT_NUMBER = "ใส่เลขที่หนังสือ/{year}"
"""The memo's document number until staff type the real one, e.g. ``ใส่เลขที่หนังสือ/2568``."""
MEASURE = "ใส่ชื่อมาตรการ/แนวทางของหมวดนี้"
SIGNATORY = "ใส่ชื่อ-สกุลผู้รายงาน"
POSITION = "ใส่ตำแหน่ง"

_WHAT_TO_WRITE: dict[str, tuple[str, str]] = {
    "document_number": ("เลขที่หนังสือของบันทึกจริง เช่น ชพ 75001/123", "the memo's real number"),
    "measure": ("ชื่อมาตรการ/แนวทางจริงของหมวดนี้", "the real measure of this section"),
    "signatory": ("ชื่อ-สกุลจริงของผู้ลงนาม", "the signatory's real name"),
    "position": ("ตำแหน่งจริงของผู้ลงนาม", "the signatory's real position"),
}
_PATTERNS: dict[str, re.Pattern[str]] = {
    "document_number": re.compile(
        re.escape(DOCUMENT_NUMBER).replace(re.escape("{year}"), r"[0-9๐-๙]{4}")
    ),
    "measure": re.compile(re.escape(MEASURE)),
    "signatory": re.compile(re.escape(SIGNATORY)),
    "position": re.compile(re.escape(POSITION)),
}


def placeholder_kind(text: str) -> str | None:
    """Which placeholder ``text`` is (``document_number``, ``measure``…), or None."""
    stripped = text.strip()
    return next((kind for kind, p in _PATTERNS.items() if p.fullmatch(stripped)), None)


def what_to_write(kind: str) -> tuple[str, str]:
    """What replaces a placeholder of ``kind``, in Thai and English."""
    return _WHAT_TO_WRITE[kind]
