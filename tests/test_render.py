import re
from pathlib import Path

import jinja2
import pytest

from generator import urls
from generator.pipeline import run
from generator.render import RenderSettings, make_environment, markdown_inline, render_site
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
        "home.md.j2",
        "round.md.j2",
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
    assert [entry.title for entry in nav] == ["หน้าแรก", "ปีงบประมาณ 2566"]
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
