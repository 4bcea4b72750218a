"""The ITAS answer sheet: one row per item, มี/ไม่มี, absolute URLs, a CSV Excel opens."""

from __future__ import annotations

import csv
import io

from prongsai.oit.itas import BYTE_ORDER_MARK, itas_csv, itas_rows
from prongsai.pipeline import run

SITE = "https://www.example.go.th/ita/"


def _rows(content):
    return itas_rows(run(content).site.year(2566).oit, SITE)


def test_every_item_of_the_catalogue_gets_a_row_in_order(oit_content):
    rows = _rows(oit_content)
    assert [r.code for r in rows] == [f"O{n}" for n in range(1, 44)]


def test_answers_urls_and_explanations(oit_content):
    rows = {r.code: r for r in _rows(oit_content)}
    published = rows["O1"]
    assert (published.answer, published.url) == ("มี", f"{SITE}2566/oit/o1/")
    assert published.explanation == (
        "หน้าแรก > ปีงบประมาณ 2566 > การเปิดเผยข้อมูลสาธารณะ (OIT) > O1 โครงสร้าง"
    )
    assert rows["O15"].explanation == "หน้าแรก เลือก ปีงบประมาณ 2566 แล้วเลือกข้อ O15"
    nothing = rows["O29"]
    assert nothing.answer == "มี" and nothing.url == f"{SITE}2566/oit/o29/"
    assert nothing.explanation.endswith("(ไม่มีข้อมูลในช่วงนี้: ไม่มีเรื่องร้องเรียนการทุจริตในปีงบประมาณ 2566)")
    missing = rows["O2"]
    assert (missing.answer, missing.url, missing.explanation) == ("ไม่มี", "", "ยังไม่ได้เผยแพร่")


def test_without_a_site_address_the_urls_start_from_the_root(oit_content):
    rows = itas_rows(run(oit_content).site.year(2566).oit, None)
    assert rows[0].url == "/2566/oit/o1/"


def test_the_csv_starts_with_a_byte_order_mark_and_reads_back(oit_content):
    rows = _rows(oit_content)
    text = itas_csv(rows)
    assert text.startswith(BYTE_ORDER_MARK)
    assert "\r\n" in text
    table = list(csv.reader(io.StringIO(text.removeprefix(BYTE_ORDER_MARK))))
    assert table[0] == ["ข้อ", "ชื่อข้อ", "มี/ไม่มี", "URL", "คำอธิบาย"]
    assert table[1:] == [[r.code, r.name, r.answer, r.url, r.explanation] for r in rows]


def test_the_site_offers_the_sheet_on_the_oit_page(oit_content):
    result = run(oit_content, site_url=SITE)
    sheet = next(f for f in result.rendered.files if f.path == "2566/oit/itas-2566.csv")
    assert sheet.text == itas_csv(itas_rows(result.site.year(2566).oit, SITE))
    page = next(p for p in result.rendered.pages if p.path.url == "2566/oit/")
    assert "](itas-2566.csv)" in page.markdown
