import re
from pathlib import Path

import jinja2
import pytest

from prongsai.pipeline import run
from prongsai.shared import urls
from prongsai.site.render import RenderSettings, make_environment, markdown_inline, render_site
from tests.conftest import MINIMAL_REPORT
from tests.test_model import _add_round, _site


def test_templates_refuse_a_missing_value_instead_of_printing_nothing():
    env = make_environment(RenderSettings())
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ measure.missing_field }}").render(measure=object())


def test_markdown_syntax_in_text_is_neutralised():
    assert str(markdown_inline("a *b* [c](d) <i>")) == r"a \*b\* \[c\]\(d\) &lt;i&gt;"


def test_there_is_one_template_per_page_kind():
    templates = Path(__file__).resolve().parent.parent / "generator" / "templates"
    assert sorted(p.name for p in templates.glob("*.md.j2") if not p.name.startswith("_")) == [
        "about.md.j2",
        "accessibility.md.j2",
        "data.md.j2",
        "home.md.j2",
        "oit.md.j2",
        "oit_item.md.j2",
        "round.md.j2",
        "statistics.md.j2",
        "year.md.j2",
    ]


def test_editor_text_cannot_inject_html_into_tables(content):
    report = content / MINIMAL_REPORT
    text = report.read_text(encoding="utf-8")
    report.write_text(text.replace("อบรมเจ้าหน้าที่", "อบรม <script>x</script> | *ด่วน*"), "utf-8")
    page = run(content).rendered.page(urls.round_report(2566, 1))
    assert "<script>x</script>" not in page.markdown
    assert "อบรม &lt;script&gt;x&lt;/script&gt; | *ด่วน*" in page.markdown


def test_pages_link_to_each_other_with_relative_markdown_links(content):
    _add_round(content, 2565, 1)
    rendered = run(content).rendered
    known = {p.path.source_path for p in rendered.pages}
    for page in rendered.pages:
        base = Path(page.path.source_path).parent
        for target in re.findall(r"\]\(([^)]+\.md)\)", page.markdown):
            resolved = (base / target).as_posix()
            normalised = str(Path(resolved).resolve().relative_to(Path.cwd().resolve()))
            assert normalised in known, f"{page.path.source_path} links to missing {target}"


def test_a_round_page_links_to_the_other_round_and_to_last_year(content):
    _add_round(content, 2566, 2)
    _add_round(content, 2565, 1)
    page = run(content).rendered.page(urls.round_report(2566, 1))
    assert "(../round-2/index.md)" in page.markdown
    assert "(../../2565/round-1/index.md)" in page.markdown


def test_the_nav_holds_the_home_and_the_latest_year_only(content):
    _add_round(content, 2565, 1)
    _add_round(content, 2564, 1)
    nav = run(content).rendered.nav
    assert [entry.title for entry in nav] == [
        "หน้าแรก",
        "ปีงบประมาณ 2566",
        "ติดต่อหน่วยงาน",
        "การเข้าถึงเว็บไซต์",
        "นโยบายเว็บไซต์",
    ]
    assert [child.path for child in nav[1].children] == [
        urls.fiscal_year(2566),
        urls.round_report(2566, 1),
    ]


def test_thai_digits_are_a_setting(content):
    site = _site(content)
    page = render_site(site, RenderSettings(thai_digits=True)).page(urls.round_report(2566, 1))
    assert "๕ เมษายน ๒๕๖๖" in page.markdown
    assert "1 ตุลาคม 2565" not in page.markdown
    assert "๑ ตุลาคม ๒๕๖๕ – ๓๑ มีนาคม ๒๕๖๖" in page.markdown


def test_every_page_starts_with_its_title_as_front_matter(content):
    for page in run(content).rendered.pages:
        assert page.markdown.startswith(f'---\ntitle: "{page.title}"\n')


def test_two_files_for_one_page_are_reported_against_both(content):
    _add_round(content, 2566, 1)  # a second file for the same round, under another name
    (content / "reports" / "2566-round-1.yml").rename(content / "reports" / "z-copy.yml")
    _add_round(content, 2566, 1)
    result = run(content)
    collisions = [p for p in result.problems if p.code == "page_collision"]
    assert sorted(p.location.file for p in collisions) == [
        "content/reports/2566-round-1.yml",
        "content/reports/z-copy.yml",
    ]
    assert {p.context["url"] for p in collisions} == {"/2566/round-1/"}


def test_year_and_round_pages_have_breadcrumbs_to_their_parents(content):
    rendered = run(content).rendered
    round_page = rendered.page(urls.round_report(2566, 1)).markdown
    assert '<nav class="ps-breadcrumbs" aria-label="เส้นทางนำทาง">' in round_page
    assert '<li><a href="../../">หน้าแรก</a></li>' in round_page
    assert '<li><a href="../">ปีงบประมาณ 2566</a></li>' in round_page
    assert '<li aria-current="page">รอบ 6 เดือนแรก</li>' in round_page
    year_page = rendered.page(urls.fiscal_year(2566)).markdown
    assert '<li><a href="../">หน้าแรก</a></li>' in year_page


def test_a_round_two_page_says_what_changed_since_round_one(content):
    _add_round(content, 2566, 2)
    report = content / "reports" / "2566-round-2.yml"
    text = report.read_text(encoding="utf-8").replace("status: not_done", "status: done")
    report.write_text(
        text.replace(
            "        - number: 1\n          title: เผยแพร่",
            "        - number: 7\n          title: เผยแพร่",
        ),
        "utf-8",
    )
    rendered = run(content).rendered
    page = rendered.page(urls.round_report(2566, 2)).markdown
    assert "เปลี่ยนจากไม่ทำในรอบ 6 เดือนแรก" in page
    assert "เท่ากับรอบ 6 เดือนแรก" in page
    assert "มีเฉพาะในรอบนี้" in page
    assert "แต่ไม่มีในรายงานรอบนี้" in page and "(1) เผยแพร่ข้อมูลสถิติ" in page
    assert "ps-change" not in rendered.page(urls.round_report(2566, 1)).markdown


def test_the_contact_page_links_phone_and_email(content):
    page = run(content).rendered.page(urls.about()).markdown
    assert '<a href="tel:074000000">0 7400 0000</a>' in page
    assert '<a href="mailto:saraban@test.go.th">saraban@test.go.th</a>' in page
    assert "<address>99 หมู่ 1 ตำบลทดสอบ" in page


def test_missing_contacts_are_said_not_invented(content):
    agency = content / "agency.yml"
    lines = agency.read_text(encoding="utf-8").splitlines(keepends=True)
    contacts = ("address:", "phone:", "email:", "website:")
    kept = [line for line in lines if not line.startswith(contacts)]
    assert len(kept) == len(lines) - 4  # the fixture gives all four: now none of them
    agency.write_text("".join(kept), encoding="utf-8")
    page = run(content).rendered.page(urls.about())
    assert page.markdown.count("หน่วยงานยังไม่ได้ระบุ") == 4
    assert "tel:" not in page.markdown and "mailto:" not in page.markdown


def test_thai_digits_come_from_site_yml(content):
    (content / "site.yml").write_text("thai_digits: true\n", encoding="utf-8")
    page = run(content).rendered.page(urls.round_report(2566, 1)).markdown
    assert "๕ เมษายน ๒๕๖๖" in page and "5 เมษายน 2566" not in page


def test_thai_digits_leave_no_arabic_digit_in_what_readers_see(content):
    """With the setting on, everything the site formats uses Thai digits; the editors, on
    such a site, type Thai digits too (numbers and dates accept them). Text typed by editors
    is published as written, so the fixture is first rewritten in Thai digits."""
    from bs4 import BeautifulSoup

    from prongsai.shared.thai import to_thai_digits

    _add_round(content, 2566, 2)
    for path in [content / "agency.yml", *sorted((content / "reports").glob("*.yml"))]:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        keep = ("ita_items", "website", "email")
        path.write_text(
            "".join(
                line if line.strip().startswith(keep) else to_thai_digits(line) for line in lines
            ),
            encoding="utf-8",
        )
    (content / "site.yml").write_text("thai_digits: true\n", encoding="utf-8")
    result = run(content)
    assert result.errors() == []
    for page in result.rendered.pages:
        body = page.markdown.split("\n---\n", 1)[1]  # the front matter is for the renderer
        text = BeautifulSoup(body, "html.parser").get_text(" ")
        text = re.sub(r"\{#[^}]*\}|\]\([^)]*\)", "", text)  # Markdown ids and link targets
        text = text.replace("WCAG 2.1", "")  # the name of a standard, not a number
        leftovers = re.findall(r"(?<![A-Za-z0-9])[0-9]+", text)  # O15 is a code
        assert leftovers == [], f"{page.path.source_path}: {leftovers} in {text[-300:]!r}"


# ---- OIT pages ------------------------------------------------------------------------------


def _oit_pages(oit_content):
    result = run(oit_content, site_url="https://www.example.go.th/ita/")
    assert result.errors() == []
    return result, {page.path.url: page.markdown for page in result.rendered.pages}


def test_an_item_page_shows_its_documents_with_type_size_and_sha256(oit_content):
    import hashlib

    from tests.conftest import OIT_DOCUMENT

    _, pages = _oit_pages(oit_content)
    page = pages["2566/oit/o1/"]
    data = (oit_content / OIT_DOCUMENT).read_bytes()
    assert hashlib.sha256(data).hexdigest() in page
    assert f"PDF · {len(data)} ไบต์ · " in page
    assert 'href="../../../documents/2566/โครงสร้าง-อบต.-2566.pdf" download' in page
    assert '<a href="../../round-1/">รายงานรอบ 6 เดือนแรก</a>' in page
    assert 'href="https://www.example.go.th/structure" rel="external"' in page
    # The Markdown body, rendered and cleaned by the engine (content_html.py)
    assert "แผนผังโครงสร้างของ <strong>องค์การบริหารส่วนตำบลทดสอบ</strong>" in page


def test_item_pages_say_what_is_missing_and_why_nothing_is_reported(oit_content):
    _, pages = _oit_pages(oit_content)
    assert "หน่วยงานยังไม่ได้เผยแพร่ข้อมูลของข้อนี้" in pages["2566/oit/o2/"]
    assert "ไม่มีเรื่องร้องเรียนการทุจริตในปีงบประมาณ 2566" in pages["2566/oit/o29/"]
    assert "ไม่มีข้อมูลในช่วงนี้" in pages["2566/oit/o29/"]


def test_generated_items_come_from_the_measures_reports(oit_content):
    _, pages = _oit_pages(oit_content)
    measures = pages["2566/oit/o42/"]
    assert "[(1) จัดทำคู่มือการปฏิบัติงาน](../../round-1/index.md#iit-1)" in measures
    assert "[(1) เผยแพร่ข้อมูลสถิติ](../../round-1/index.md#oit-1)" in measures
    progress = pages["2566/oit/o43/"]
    assert "[รอบ 6 เดือนแรก](../../round-1/index.md)" in progress
    assert '<table class="ps-summary">' in progress


def test_measures_and_items_link_both_ways(oit_content):
    _, pages = _oit_pages(oit_content)
    assert '<a href="../oit/o15/">O15</a>' in pages["2566/round-1/"]
    assert '<a href="../../round-1/#oit-1">' in pages["2566/oit/o15/"]


def test_the_oit_page_lists_every_item_by_sub_indicator(oit_content):
    _, pages = _oit_pages(oit_content)
    page = pages["2566/oit/"]
    assert page.count('<tr id="o') == 43
    assert page.index("## 9.1 ข้อมูลพื้นฐาน") < page.index("## 10.2 ")
    assert '<a href="o16/">ข้อมูลเชิงสถิติการให้บริการ</a>' in page
    assert "เผยแพร่แล้ว</dt><dd>4 ข้อ" in page
    assert "## ที่มาของรายการข้อ" in page and "S27" in page


def test_the_year_page_and_the_nav_lead_to_the_oit_page(oit_content):
    result, pages = _oit_pages(oit_content)
    assert "## [การเปิดเผยข้อมูลสาธารณะ \\(OIT\\)](oit/index.md) {#oit}" in pages["2566/"]
    year_entry = result.rendered.nav[1]
    assert year_entry.children[-1].path == urls.oit_index(2566)


# ---- statistics pages --------------------------------------------------------------------


def _statistics_pages(statistics_content):
    result = run(statistics_content)
    assert result.errors() == []
    return result, {page.path.url: page.markdown for page in result.rendered.pages}


def test_the_statistics_page_has_tables_changes_and_charts(statistics_content):
    import xml.etree.ElementTree as ET

    _, pages = _statistics_pages(statistics_content)
    page = pages["2566/statistics/"]
    assert page.count('<table class="ps-stats">') == 3  # dataset 1: two rounds; dataset 2: one
    assert "<td>1,204</td>" in page  # thousands grouped
    assert '<abbr title="ตุลาคม 2565">ต.ค. 65</abbr>' in page
    assert "+11 (+91.7%)" in page  # 23 against 12
    assert "ไม่มีในปีก่อน" in page
    assert "บริการที่มีในปีก่อนแต่ไม่มีในปีนี้: ขอใช้น้ำประปา" in page
    svgs = re.findall(r"<svg .*?</svg>", page, flags=re.S)
    assert len(svgs) == 6  # two charts per table
    for svg in svgs:
        root = ET.fromstring(svg)
        assert root.get("role") == "img"
    assert not re.search(r"\n\s*\n", "".join(svgs))  # Markdown would end the HTML block


def test_downloads_and_the_data_page(statistics_content):
    import hashlib

    result, pages = _statistics_pages(statistics_content)
    files = {f.path: f.text for f in result.rendered.files}
    assert {
        "2566/statistics/สถิติการให้บริการ.csv",
        "2566/statistics/เรื่องร้องเรียน.json",
        "2565/statistics/สถิติการให้บริการ.csv",
        "datapackage.json",
    } <= set(files)
    data_page = pages["data/"]
    machine = ("api/", "gdc/", "catalog.jsonld", "data.json")  # listed in /api/v1/index.json
    for path, text in files.items():
        if path != "feed.xml" and not path.startswith(machine):
            assert f"/{path}</span>" in data_page
            assert hashlib.sha256(text.encode("utf-8")).hexdigest() in data_page
    nav = [entry.title for entry in result.rendered.nav]
    assert "ข้อมูลเปิด" in nav
    assert result.rendered.nav[1].children[-1].path == urls.statistics(2566)


def test_a_site_without_downloads_has_no_data_page(content):
    result = run(content)
    assert all(page.path != urls.data() for page in result.rendered.pages)
    assert "ข้อมูลเปิด" not in [entry.title for entry in result.rendered.nav]


DEMO = Path(__file__).resolve().parent / "fixtures" / "demo"


def test_the_data_page_lists_documents_by_year_as_staff_named_them():
    """#15: not by web slug with the years mixed, but by the links' titles, latest year first."""
    result = run(DEMO)
    data = next(p for p in result.rendered.pages if p.path.url == "data/").markdown
    years = re.findall(r"^## เอกสารปีงบประมาณ (\d{4})$", data, re.M)
    assert years == sorted(years, reverse=True) and len(years) >= 2
    section_2566 = data.split("## เอกสารปีงบประมาณ 2566", 1)[1].split("## ", 1)[0]
    assert ">แผนผังโครงสร้างองค์การบริหารส่วนตำบลตัวอย่าง ปี 2566</a>" in section_2566
    assert "แผนผังโครงสร้าง-อบต-2566.png</span>" in section_2566  # the file's own name beside
    assert data.index("## ข้อมูลเปิดและแบบ ITAS") < data.index("## เอกสารปีงบประมาณ")


def test_an_image_document_is_shown_on_its_item_page():
    result = run(DEMO)
    o1 = next(p for p in result.rendered.pages if p.path.url == "2566/oit/o1/").markdown
    assert re.search(
        r'<img class="ps-document__image" src="[./]*documents/2566/แผนผังโครงสร้าง-อบต-2566\.png"'
        r' alt="แผนผังโครงสร้างองค์การบริหารส่วนตำบลตัวอย่าง ปี 2566" loading="lazy">',
        o1,
    )
    pdf_item = next(p for p in result.rendered.pages if '.pdf" download>' in p.markdown)
    assert "ps-document__image" not in pdf_item.markdown  # only images are shown
