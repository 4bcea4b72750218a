"""The shipped OIT item catalogues, and an agency's own catalogue replacing one."""

from __future__ import annotations

import re

import pytest

from prongsai.content.records import CatalogueStatus, Confidence
from prongsai.oit.catalogue import BUILTIN_ORIGIN, builtin_catalogue_files, load_builtin_catalogues
from prongsai.pipeline import run

CATALOGUES = load_builtin_catalogues()


def test_prongsai_ships_the_catalogues_of_2563_to_2569():
    assert list(builtin_catalogue_files()) == [2563, 2564, 2565, 2566, 2567, 2568, 2569]
    assert all(c.origin == BUILTIN_ORIGIN for c in CATALOGUES.values())


@pytest.mark.parametrize("year", [2563, 2564, 2565, 2566])
def test_the_43_item_years_are_complete(year):
    catalogue = CATALOGUES[year].record
    codes = [item.code for item in catalogue.items]
    assert codes == [f"O{n}" for n in range(1, 44)]
    assert catalogue.expected_items == 43 and catalogue.unknown_codes == []
    assert catalogue.status is CatalogueStatus.REFERENCE
    sub_indicators = [s.number for i in catalogue.indicators for s in i.sub_indicators]
    assert sub_indicators == ["9.1", "9.2", "9.3", "9.4", "9.5", "10.1", "10.2"]
    assert all(item.sub_indicator in sub_indicators for item in catalogue.items)
    assert all(item.name.strip() for item in catalogue.items)


@pytest.mark.parametrize("year", [2567, 2568, 2569])
def test_the_later_years_are_marked_unverified(year):
    catalogue = CATALOGUES[year].record
    assert catalogue.status is CatalogueStatus.UNVERIFIED
    assert catalogue.note  # says what is inferred


@pytest.mark.parametrize("year", [2568, 2569])
def test_unknown_items_are_declared_not_invented(year):
    catalogue = CATALOGUES[year].record
    known = [item.code for item in catalogue.items]
    assert catalogue.unknown_codes == ["O2", "O5", "O6", "O7"]
    assert sorted(known + catalogue.unknown_codes, key=lambda c: int(c[1:])) == [
        f"O{n}" for n in range(1, catalogue.expected_items + 1)
    ]


@pytest.mark.parametrize("year", sorted(CATALOGUES))
def test_every_item_and_rule_cites_listed_sources(year):
    catalogue = CATALOGUES[year].record
    ids = {source.id for source in catalogue.sources}
    assert len(ids) == len(catalogue.sources)
    for item in catalogue.items:
        assert set(item.sources) <= ids, item.code
        if item.confidence is not Confidence.ASSUMED:
            assert item.sources, f"{year} {item.code} has no source"
    for rule in catalogue.general_rules:
        assert set(rule.sources) <= ids
    for source in catalogue.sources:
        assert source.url is None or re.match(r"^https?://", source.url)


def test_a_code_means_different_things_in_different_years():
    """Why nothing may hard-code a code: service statistics moves from O15 to O16 to O11."""

    def name(year: int, code: str) -> str:
        return next(i.name for i in CATALOGUES[year].record.items if i.code == code)

    assert name(2565, "O15") == "ข้อมูลเชิงสถิติการให้บริการ"
    assert name(2566, "O16") == "ข้อมูลเชิงสถิติการให้บริการ"
    assert name(2568, "O11") == "ข้อมูลสถิติการให้บริการ"
    assert name(2566, "O15") != name(2565, "O15")


def test_an_agency_catalogue_replaces_the_shipped_one_and_the_site_says_so(oit_content):
    own = oit_content / "oit" / "catalogues" / "2566.yml"
    own.parent.mkdir()
    own.write_text(
        "year: 2566\n"
        "title: รายการข้อของหน่วยงานเอง\n"
        "status: official\n"
        "sources:\n  - id: NACC\n    title: คู่มือการประเมิน ITA 2566\n"
        "indicators:\n  - number: '9'\n    name: การเปิดเผยข้อมูล\n"
        "    sub_indicators:\n      - number: '9.1'\n        name: ข้อมูลพื้นฐาน\n"
        "items:\n"
        "  - {code: O1, name: โครงสร้าง, sub_indicator: '9.1', confidence: confirmed,"
        " sources: [NACC]}\n"
        "  - {code: O15, name: คู่มือการให้บริการ, sub_indicator: '9.1', confidence: confirmed,"
        " sources: [NACC]}\n"
        "  - {code: O29, name: สถิติเรื่องร้องเรียน, sub_indicator: '9.1', confidence: confirmed,"
        " sources: [NACC]}\n"
        "  - {code: O42, name: มาตรการ, confidence: confirmed, sources: [NACC]}\n"
        "  - {code: O43, name: การดำเนินการตามมาตรการ, confidence: confirmed, sources: [NACC]}\n",
        encoding="utf-8",
    )
    result = run(oit_content)
    assert result.errors() == []
    oit = result.site.year(2566).oit
    assert [item.code for item in oit.items] == ["O1", "O15", "O29", "O42", "O43"]
    assert oit.catalogue.origin == "content/oit/catalogues/2566.yml"
    assert not oit.catalogue.is_builtin
    page = next(p for p in result.rendered.pages if p.path.url == "2566/oit/")
    assert (
        "รายการข้อของหน่วยงานเอง ในไฟล์ <code>content/oit/catalogues/2566.yml</code>" in page.markdown
    )
    assert "ข้อที่ยังไม่ทราบตัวชี้วัดย่อย" in page.markdown  # O42, O43 have no sub-indicator


def test_a_broken_agency_catalogue_names_its_lines(oit_content, prongsai, golden):
    own = oit_content / "oit" / "catalogues" / "2566.yml"
    own.parent.mkdir()
    own.write_text(
        "year: 2566\ntitle: รายการทดสอบ\nstatus: reference\n"
        "sources:\n  - id: S1\n    title: แหล่งหนึ่ง\n"
        "indicators:\n  - number: '9'\n    name: การเปิดเผยข้อมูล\n"
        "    sub_indicators:\n      - number: '9.1'\n        name: ข้อมูลพื้นฐาน\n"
        "items:\n"
        "  - {code: O1, name: โครงสร้าง, sub_indicator: '9.1', confidence: confirmed,"
        " sources: [S1]}\n"
        "  - {code: O1, name: ซ้ำ, sub_indicator: '9.9', confidence: probable, sources: [S2]}\n",
        encoding="utf-8",
    )
    code, _, err = prongsai("check")
    assert code == 1
    golden("check/oit-catalogue-broken.txt", err)
