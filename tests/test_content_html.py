"""Content is untrusted input (issue #13): the Markdown policy, the check that names what it
refuses, and escaping by context, proved on tests/fixtures/attack-html built end to end.

Pages are parsed as a browser parses them (BeautifulSoup with Python's HTML parser and with
lxml; the browser itself is tests/e2e/test_attack_html.py); the feed and the sitemap with an
XML parser and feedparser; the ITAS sheet with the csv module.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import feedparser
import pytest
import yaml
from bs4 import BeautifulSoup

from prongsai import cli
from prongsai.oit.catalogue import builtin_catalogue_files
from prongsai.site.content_html import (
    MarkdownChecker,
    MarkdownRenderer,
    UrlKind,
    classify_url,
    sanitize_html,
)
from tests.conftest import FIXTURES, MINIMAL_REPORT, SITE_CONFIG, SITE_URL

CONFIG = str(SITE_CONFIG)
ATTACK = FIXTURES / "attack-html"
ATOM = "{http://www.w3.org/2005/Atom}"

# ---- URLs, read as a browser reads them -------------------------------------------------


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://www.example.go.th/a?b#c", UrlKind.EXTERNAL),
        ("HTTP://EXAMPLE.GO.TH", UrlKind.EXTERNAL),
        ("mailto:saraban@example.go.th", UrlKind.EXTERNAL),
        ("tel:+6674000000", UrlKind.EXTERNAL),
        ("/2565/round-1/", UrlKind.SITE),
        ("/documents/2565/แผน.pdf", UrlKind.SITE),
        ("#o15", UrlKind.ANCHOR),
        ("../round-1/index.md", UrlKind.RELATIVE),
        ("missing.md", UrlKind.RELATIVE),
        ("javascript:alert(1)", UrlKind.FORBIDDEN),
        ("JaVaScRiPt:alert(1)", UrlKind.FORBIDDEN),
        (" \tjavascript:alert(1)", UrlKind.FORBIDDEN),
        ("java\tscr\nipt:alert(1)", UrlKind.FORBIDDEN),  # browsers drop tabs and newlines
        ("&#106;avascript:alert(1)", UrlKind.FORBIDDEN),  # as an attribute, decoded
        ("jav&#x61;script:alert(1)", UrlKind.FORBIDDEN),
        ("data:text/html,<script>alert(1)</script>", UrlKind.FORBIDDEN),
        ("vbscript:msgbox(1)", UrlKind.FORBIDDEN),
        ("file:///etc/passwd", UrlKind.FORBIDDEN),
        ("//evil.example/x.png", UrlKind.FORBIDDEN),  # another host without a scheme
        ("/\\evil.example/", UrlKind.FORBIDDEN),  # browsers read "\" as "/"
        ("\\\\evil.example/", UrlKind.FORBIDDEN),
    ],
)
def test_urls_are_classified_as_a_browser_reads_them(url, kind):
    assert classify_url(url) is kind


# ---- rendering: what reaches a page -----------------------------------------------------

PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
    '<img src="x" onerror="alert(1)">',
    '<iframe src="https://evil.example/"></iframe>',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<base href="https://evil.example/">',
    '<form action="https://evil.example/"><button>ส่ง</button></form>',
    "<style>body{display:none}</style>",
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    '<svg onload="alert(1)"></svg>',
    '<object data="https://evil.example/x.swf"></object>',
    '<embed src="https://evil.example/x.swf">',
    '<a href="https://evil.example/" onclick="alert(1)">x</a>',
    '<p style="position:fixed">x</p>',
    "<!-- <script>alert(1)</script> -->",
    "[a](javascript:alert(1))",
    "[a](JAVASCRIPT:alert(1))",
    "[a](jav&#x61;script:alert(1))",
    "[a](data:text/html;base64,PHNjcmlwdD4=)",
    "[a](vbscript:msgbox(1))",
    "[a][r]\n\n[r]: javascript:alert(1)",
    "<javascript:alert(1)>",
    "![x](https://evil.example/pixel.png)",
    "![x](//evil.example/pixel.png)",
    "![x](data:image/png;base64,iVBORw0KGgo=)",
    '**x**{: onclick="alert(1)" }',
    "[a](https://x.example/ 'title\" onmouseover=\"alert(1)')",
]


def dangers(html: str, *, content_only: bool = False) -> list[str]:
    """Everything in ``html`` that could run script, leave the page or load another host,
    once parsed as a browser would (two parsers, so that a quirk of one is not trusted).

    With ``content_only``, the theme's own elements (its stylesheets and scripts from the
    site, its search form without a target) are not counted."""
    found = []
    for parser in ("html.parser", "lxml"):
        soup = BeautifulSoup(html, parser)
        for element in soup.find_all(True):
            name = element.name
            if name in ("iframe", "frame", "object", "embed", "base", "style", "applet"):
                found.append(name)
            if name == "meta" and element.get("http-equiv", "").lower() not in (
                "",
                "content-security-policy",
            ):
                found.append(f"meta http-equiv={element.get('http-equiv')}")
            if name == "form" and (element.get("action") or not content_only):
                found.append(f"form action={element.get('action')}")
            if name == "script" and (not content_only or _foreign_script(element)):
                found.append(f"script {element.get('src') or (element.string or '')[:40]}")
            fetched = {"stylesheet", "preload", "icon", "import"} & set(element.get("rel", []))
            leaves = classify_url(element.get("href", "")) in (UrlKind.EXTERNAL, UrlKind.FORBIDDEN)
            if name == "link" and fetched and leaves:
                found.append(f"link {element.get('href')}")
            for attribute, value in element.attrs.items():
                value = " ".join(value) if isinstance(value, list) else str(value)
                if attribute.lower().startswith("on"):
                    found.append(f"{name} {attribute}")
                if attribute.lower() == "style":
                    found.append(f"{name} style")
                kind = classify_url(value)
                url_attribute = ("href", "src", "action", "formaction", "data", "poster")
                if attribute.lower() in url_attribute and kind is UrlKind.FORBIDDEN:
                    found.append(f"{name} {attribute}={value[:40]}")
                image = name == "img" and attribute.lower() in ("src", "srcset")
                if image and kind is UrlKind.EXTERNAL:
                    found.append(f"img {value}")
    return found


DATA_BLOCKS = ("application/json", "application/ld+json")
"""Script types a browser never runs (the search settings, a dataset's schema.org JSON-LD):
content may be in them as data, as long as it cannot end the element."""


def _is_closed_data_block(element) -> bool:
    """JSON that parses, with no '<' that could start '</script>' or '<!--'."""
    text = element.string or ""
    try:
        json.loads(text)
    except ValueError:
        return False
    return "<" not in text


def _foreign_script(element) -> bool:
    """A script the theme did not write: inline with a payload, or from another host."""
    src = element.get("src")
    if src:
        return classify_url(src) not in (UrlKind.RELATIVE, UrlKind.SITE)
    if element.get("type") in DATA_BLOCKS:
        return not _is_closed_data_block(element)
    return bool(re.search(r"alert|evil|msgbox", element.string or ""))


def _renderer() -> MarkdownRenderer:
    return MarkdownRenderer(lambda address: "../../" + address.lstrip("/"))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_no_payload_survives_rendering(payload):
    html = _renderer().html(f"ก่อน {payload} หลัง")
    assert dangers(html) == [], html
    assert not re.search(r"<(script|iframe|style|object|embed|base|meta|form|svg)\b", html)


def test_markdown_still_renders_and_site_links_are_resolved():
    html = _renderer().html(
        "ตาม **ประกาศ** *ฉบับที่ 1* ดู [รายงาน](/2565/round-1/#iit) และ"
        " [แผน](/documents/2565/แผน.pdf) ที่ [เว็บไซต์](https://www.example.go.th/)"
        " โทร [074](tel:+6674000000) ![ตรา](/documents/2565/ตรา.png)\n\n"
        "- หนึ่ง\n- สอง\n\n| บริการ | ราย |\n|:--|--:|\n| ก | 1 |\n\n`<code>` {{ 7*7 }}"
    )
    soup = BeautifulSoup(html, "html.parser")
    assert soup.strong.string == "ประกาศ" and soup.em.string == "ฉบับที่ 1"
    hrefs = [a["href"] for a in soup.find_all("a")]
    assert hrefs == [
        "../../2565/round-1/#iit",
        "../../documents/2565/แผน.pdf",
        "https://www.example.go.th/",
        "tel:+6674000000",
    ]
    assert soup.img["src"] == "../../documents/2565/ตรา.png"
    assert [li.string for li in soup.find_all("li")] == ["หนึ่ง", "สอง"]
    # Column alignment by class: the policy allows no inline style.
    assert [th.get("class") for th in soup.find_all("th")] == [
        ["ps-align-left"],
        ["ps-align-right"],
    ]
    assert soup.code.string == "<code>"
    assert "{{ 7*7 }}" in soup.get_text()  # Jinja syntax in content is never evaluated


def test_the_allowlist_alone_refuses_what_markdown_would_not_write():
    assert (
        sanitize_html('<a href="javascript:alert(1)">x</a>') == '<a rel="noopener noreferrer">x</a>'
    )
    assert sanitize_html('<img src="https://evil.example/x.png">') == "<img>"
    assert sanitize_html('<img src="//evil.example/x.png">') == "<img>"
    assert sanitize_html("<p onclick=alert(1)>x</p>") == "<p>x</p>"
    assert sanitize_html("<script>alert(1)</script>x") == "x"


# ---- the check ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("**ตัวหนา** [ลิงก์](https://www.example.go.th/) <https://a.example.go.th/>", []),
        ("อีเมล <saraban@example.go.th> [โทร](tel:074000000) &nbsp; 1 < 2", []),
        ("`<script>` ในโค้ดเป็นข้อความ", []),
        ("ก <b>ข</b>", ["markdown_html"]),
        ("<div>\nก\n</div>", ["markdown_html"]),
        ("<!-- หมายเหตุ -->", ["markdown_html"]),
        ("[ก](javascript:alert(1))", ["url_not_allowed"]),
        ("[ก](//evil.example/)", ["url_not_allowed"]),
        ("[ก](missing.md)", ["url_relative"]),
        ("![ก](https://evil.example/x.png)", ["image_remote"]),
        ("![ก](/documents/x.png)", []),
    ],
)
def test_the_check_names_what_the_policy_refuses(text, codes):
    assert [f.code for f in MarkdownChecker().findings(text)] == codes


def test_the_shipped_catalogue_notes_follow_the_policy():
    checker = MarkdownChecker()
    for path in builtin_catalogue_files().values():
        note = yaml.safe_load(path.read_text(encoding="utf-8")).get("note")
        if note:
            assert checker.findings(note) == [], path


BREAKAGES = [
    ("markdown-html", '<b onclick="alert(1)">รายละเอียดตามเอกสารแนบ</b>'),
    ("markdown-url-scheme", "[รายละเอียดตามเอกสารแนบ](javascript:alert(1))"),
    ("markdown-url-relative", "[รายละเอียดตามเอกสารแนบ](../report.md)"),
    ("markdown-image-remote", "![ตรา](https://evil.example/logo.png)"),
    ("markdown-page-unknown", "[รายงาน](/2566/round-3/)"),
]


@pytest.mark.parametrize(("case", "new"), BREAKAGES, ids=[b[0] for b in BREAKAGES])
def test_each_refused_construct_has_its_message_and_place(content, prongsai, golden, case, new):
    report = content / MINIMAL_REPORT
    text = report.read_text(encoding="utf-8")
    old = "**รายละเอียดตามเอกสารแนบ**"
    assert old in text
    report.write_text(text.replace(old, new, 1), encoding="utf-8")
    code, out, err = prongsai("check")
    assert code == 1
    assert out == ""
    assert "Traceback" not in err
    golden(f"check/{case}.txt", err)


def test_a_link_to_a_page_of_the_site_builds(content, prongsai, tmp_path):
    report = content / MINIMAL_REPORT
    text = report.read_text(encoding="utf-8")
    new = "[ติดต่อ](/about/) [การเข้าถึง](/accessibility/#top) [ฟีด](/feed.xml)"
    report.write_text(text.replace("**รายละเอียดตามเอกสารแนบ**", new, 1), encoding="utf-8")
    site = tmp_path / "site"
    code, _, err = prongsai("build", "--config", CONFIG, "--site-dir", str(site))
    assert code == 0, err
    soup = BeautifulSoup((site / "2566/round-1/index.html").read_text("utf-8"), "html.parser")
    links = soup.select(".ps-memo .ps-md a")
    assert [a["href"] for a in links] == [
        "../../about/",
        "../../accessibility/#top",
        "../../feed.xml",
    ]


def test_the_attack_fixture_is_refused_at_each_line(tmp_path, monkeypatch, prongsai, golden):
    shutil.copytree(ATTACK, tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    code, _, err = prongsai("check")
    assert code == 1
    assert "Traceback" not in err
    golden("check/attack-html.txt", err)


# ---- the attack fixture built end to end, with the check switched off ------------------


@pytest.fixture(scope="module")
def attack_site(tmp_path_factory) -> Iterator[Path]:
    """tests/fixtures/attack-html built with `prongsai build`, the Markdown check switched
    off: what the check might miss must still not reach a reader (the renderer, the
    allowlist and the escaping alone)."""
    import prongsai.pipeline as pipeline

    folder = tmp_path_factory.mktemp("attack")
    shutil.copytree(ATTACK, folder / "content")
    site = folder / "site"
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        patch.setattr(pipeline, "markdown_problems", lambda content, known=None: [])
        code = cli.main(["build", "--config", CONFIG, "--site-dir", str(site)])
    assert code == 0
    yield site


def _pages(site: Path) -> list[Path]:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 10
    return pages


def test_no_page_of_the_attack_site_carries_anything_dangerous(attack_site):
    for path in _pages(attack_site):
        html = path.read_text(encoding="utf-8")
        assert dangers(html, content_only=True) == [], path.relative_to(attack_site)


def _soup(site: Path, page: str) -> BeautifulSoup:
    return BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")


AGENCY = yaml.safe_load((ATTACK / "agency.yml").read_text(encoding="utf-8"))
REPORT = yaml.safe_load((ATTACK / "reports" / "2566-round-1.yml").read_text(encoding="utf-8"))
SITE_NAME = f"รายงานคุณธรรมและความโปร่งใส {AGENCY['short_name']}"


def test_text_context_shows_the_value_as_written(attack_site):
    home = _soup(attack_site, "index.html")
    assert home.find("article").h1.get_text() == AGENCY["name"]
    assert home.title.get_text() == f"{AGENCY['name']} - {SITE_NAME}"
    assert home.select_one(".md-header__topic .md-ellipsis").get_text(strip=True) == SITE_NAME
    about = _soup(attack_site, "about/index.html")
    address = about.find("address")
    assert address.get_text() == AGENCY["address"]
    assert address.find(True) is None  # no element inside: the <b> and the link are text


def test_attribute_context_keeps_the_value_in_its_attribute(attack_site):
    round_page = _soup(attack_site, "2566/round-1/index.html")
    description = round_page.find_all("meta", attrs={"name": "description"})
    assert [m["content"] for m in description] == [REPORT["memo"]["subject"]]
    assert round_page.find("meta", attrs={"http-equiv": "refresh"}) is None
    logo = round_page.select_one("a.md-logo")
    assert logo["aria-label"] == SITE_NAME and logo["title"] == SITE_NAME
    assert not any(name.startswith("on") for name in logo.attrs)


def test_url_context_keeps_each_address_whole(attack_site):
    about = _soup(attack_site, "about/index.html")
    hrefs = [a["href"] for a in about.select(".ps-contact__list a")]
    assert hrefs == ["tel:0740000004", "mailto:saraban@test.go.th", AGENCY["website"]]
    oit = _soup(attack_site, "2566/oit/index.html")
    source = oit.select_one(".ps-catalogue a[rel=external]")
    assert source["href"] == 'https://www.example.test/source"onclick="alert(10)'
    assert set(source.attrs) == {"href", "rel"}


def test_plain_text_in_markdown_never_becomes_a_link(attack_site):
    for path in _pages(attack_site):
        for a in BeautifulSoup(path.read_text("utf-8"), "html.parser").find_all("a"):
            assert classify_url(a.get("href", "")) is not UrlKind.FORBIDDEN, path
    statistics = _soup(attack_site, "2566/oit/index.html").get_text()
    assert '[S1](javascript:alert("source-id"))' in statistics  # shown, not linked


def test_json_in_scripts_parses_and_holds_no_content(attack_site):
    for path in _pages(attack_site):
        soup = BeautifulSoup(path.read_text("utf-8"), "html.parser")
        for script in soup.find_all("script"):
            text = script.string or ""
            if script.get("type") in DATA_BLOCKS:
                assert _is_closed_data_block(script), path
                continue
            assert "alert" not in text and "evil.example" not in text, path
    index = json.loads((attack_site / "search" / "search_index.json").read_text("utf-8"))
    for entry in index["docs"]:  # titles and text are HTML that Material shows as HTML
        assert dangers(entry["title"] + entry["text"]) == [], entry["location"]


def test_xml_context_feed_and_sitemap(attack_site):
    feed_text = (attack_site / "feed.xml").read_text("utf-8")
    root = ElementTree.fromstring(feed_text)
    assert root.find(f"{ATOM}title").text == f"รายงานคุณธรรมและความโปร่งใส {AGENCY['name']}"
    summary = root.find(f"{ATOM}entry/{ATOM}summary").text
    assert summary.startswith(REPORT["memo"]["subject"] + " — บันทึกข้อความที่ ")
    parsed = feedparser.parse(feed_text)
    assert not parsed.bozo
    assert parsed.feed.author_detail.name == AGENCY["name"]
    sitemap = ElementTree.fromstring((attack_site / "sitemap.xml").read_text("utf-8"))
    locations = [e.text for e in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert locations and all(loc.startswith(SITE_URL) for loc in locations)


def test_csv_context_itas_sheet_keeps_each_cell_whole(attack_site):
    text = (attack_site / "2566/oit/itas-2566.csv").read_text("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert all(len(row) == 5 for row in rows)
    o1 = next(row for row in rows if row[0] == "O1")
    catalogue = yaml.safe_load((ATTACK / "oit/catalogues/2566.yml").read_text("utf-8"))
    assert o1[1] == catalogue["items"][0]["name"]


def test_theme_partials_escape_addresses_built_from_content_file_names():
    """The edit and history links hold the content file's path; a file name is content, and
    MkDocs' theme environment does not autoescape (theme/partials/actions.html,
    source-file.html)."""
    from types import SimpleNamespace

    from mkdocs.config import load_config

    from prongsai.publish.mkdocs_plugin import apply_engine_settings

    config = load_config(CONFIG)
    apply_engine_settings(config)  # the theme overrides and features the plugin brings
    template = config.theme.get_env().from_string(
        '{% import "partials/language.html" as lang with context %}'
        "{% set features = config.theme.features %}"
        '{% include "partials/actions.html" %}{% include "partials/source-file.html" %}'
    )
    name = 'a" onmouseover="alert(1).yml'
    page = SimpleNamespace(
        edit_url=f"https://github.com/p/p/edit/main/content/reports/{name}",
        meta={
            "revision_date": "5 เมษายน 2566",
            "revision_date_iso": "2023-04-05",
            "history_url": f"https://github.com/p/p/commits/main/content/reports/{name}",
        },
    )
    soup = BeautifulSoup(template.render(config=config, page=page), "html.parser")
    links = soup.find_all("a")
    assert [a["href"] for a in links] == [page.edit_url, page.meta["history_url"]]
    assert all(not name.startswith("on") for a in links for name in a.attrs)


def test_a_rendered_field_is_one_raw_block_that_markdown_leaves_alone():
    """No blank line inside the block: MkDocs must not read a code block's lines (here a
    link to javascript:) as Markdown a second time."""
    import markdown

    block = _renderer().block(["ก\n\n    บรรทัด 1\n\n    [x](javascript:alert(1))\n\nข", "สอง"])
    assert not re.search(r"\n[ \t]*\n", str(block))
    page = markdown.Markdown(extensions=["attr_list", "md_in_html", "def_list", "tables"])
    html = page.convert(f'<div class="ps-memo">\n\n{block}\n\n</div>\n')
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("a") is None
    assert soup.pre.get_text() == "บรรทัด 1\n\n[x](javascript:alert(1))\n"
