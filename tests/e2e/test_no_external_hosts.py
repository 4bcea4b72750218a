"""The built site loads nothing from another host (no Google Fonts, no CDN), read as files.

Only what a browser would fetch counts: scripts, styles, images, fonts, frames, media and
CSS url()/@import. Links a reader follows (<a href>, such as "edit this page" on GitHub)
may go anywhere. URLs inside JavaScript strings are not checked here; the browser test
records what the scripts actually request.
"""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup

# Attributes whose URL the browser fetches by itself, per element.
FETCHED_ATTRIBUTES = {
    "script": ("src",),
    "link": ("href",),
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "iframe": ("src",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "embed": ("src",),
    "object": ("data",),
}
# <link rel> values that only name a page (nothing is fetched).
NAVIGATION_RELS = {"canonical", "alternate", "prev", "next", "author", "license", "me"}

_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)""", re.IGNORECASE)
_CSS_IMPORT = re.compile(r"""@import\s+(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_EXTERNAL = re.compile(r"^\s*(?:https?:)?//", re.IGNORECASE)


def is_external(url: str) -> bool:
    """http://…, https://… or protocol-relative //… (the site itself only uses relative URLs)."""
    return bool(_EXTERNAL.match(url))


def _srcset_urls(value: str) -> list[str]:
    return [candidate.split()[0] for candidate in value.split(",") if candidate.strip()]


def external_urls_in_css(css: str) -> list[str]:
    css = _CSS_COMMENT.sub("", css)
    found = [
        next(group for group in match.groups() if group is not None)
        for pattern in (_CSS_URL, _CSS_IMPORT)
        for match in pattern.finditer(css)
    ]
    return [url for url in found if is_external(url)]


def external_urls_in_html(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    found: list[str] = []
    for tag in soup.find_all(FETCHED_ATTRIBUTES):
        rels = set(tag.get("rel") or ())
        if tag.name == "link" and rels and rels <= NAVIGATION_RELS:
            continue
        for attribute in FETCHED_ATTRIBUTES[tag.name]:
            value = tag.get(attribute)
            if not value:
                continue
            urls = _srcset_urls(value) if attribute == "srcset" else [value]
            found.extend(url for url in urls if is_external(url))
    for tag in soup.find_all(style=True):
        found.extend(external_urls_in_css(tag["style"]))
    for tag in soup.find_all("style"):
        found.extend(external_urls_in_css(tag.get_text()))
    return found


def test_detection_finds_an_external_font() -> None:
    """The check can fail: a Google Fonts stylesheet or font is caught, a plain link is not."""
    html = """<!doctype html><html lang="th"><head>
        <link rel="preconnect" href="https://fonts.gstatic.com">
        <link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Sarabun">
        <link rel="stylesheet" href="../assets/site.css">
        <link rel="canonical" href="https://example.go.th/2565/">
        <style>@font-face { src: url(//fonts.gstatic.com/s/sarabun.woff2) }</style>
        </head><body style="background: url('https://cdn.example.com/bg.png')">
        <img src="logo.png" srcset="logo.png 1x, https://cdn.example.com/logo@2x.png 2x">
        <a href="https://github.com/prongsai/prongsai/edit/main/content/agency.yml">edit</a>
        </body></html>"""
    assert external_urls_in_html(html) == [
        "https://fonts.gstatic.com",
        "https://fonts.googleapis.com/css2?family=Sarabun",
        "https://cdn.example.com/logo@2x.png",
        "https://cdn.example.com/bg.png",
        "//fonts.gstatic.com/s/sarabun.woff2",
    ]
    css = """/* url(https://in.a.comment/x.woff2) */
        @import "https://fonts.googleapis.com/css2?family=Sarabun";
        @import url(https://example.com/more.css);
        @font-face { src: url("../fonts/sarabun-regular.woff2") format("woff2") }
        .icon { mask: url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'/>") }"""
    assert external_urls_in_css(css) == [
        "https://example.com/more.css",
        "https://fonts.googleapis.com/css2?family=Sarabun",
    ]


def test_built_site_references_no_other_host(built_demo: Path) -> None:
    assert references_to_other_hosts(built_demo) == []


def references_to_other_hosts(site: Path) -> list[str]:
    """Every resource a page or stylesheet of ``site`` would load from another host."""
    html_files = sorted(site.rglob("*.html"))
    css_files = sorted(site.rglob("*.css"))
    assert len(html_files) >= 3 and css_files, "the built site looks empty"
    return [
        f"{file.relative_to(site)}: {url}"
        for files, find in ((html_files, external_urls_in_html), (css_files, external_urls_in_css))
        for file in files
        for url in find(file.read_text(encoding="utf-8"))
    ]
