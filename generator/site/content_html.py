"""Markdown fields of the content → safe HTML, and the check that names what is refused.

Content is untrusted input (issue #13): whoever can edit content/ must not be able to run
script on the agency's site, send readers elsewhere, or make their browsers load anything
from another host. The policy for the Markdown fields (memo body, report introduction, OIT
item body, an agency catalogue's note, a dataset's description) is:

- **Markdown without raw HTML.** Paragraphs, **bold**, *italic*, lists, tables, definition
  lists, quotes, code, headings and links. A tag written by hand (``<b>``, ``<script>``,
  ``<iframe>`` …) is an error at its line.
- **Links** go to ``https://``, ``http://``, ``mailto:``, ``tel:`` or to a page or file of
  this site by its address (``/2565/round-1/``, ``/documents/2565/แผน.pdf``); the address
  must exist. ``javascript:``, ``data:``, ``vbscript:`` and every other scheme, addresses
  relative to a page (``../x``, ``page.md``) and ``//host`` are errors.
- **Images** come from this site only (``![ตรา](/documents/2565/ตรา.png)``): an image
  from another host would tell that host who reads the page.

``prongsai check`` reports each refused construct at its file:line (``markdown_problems``).
Independently of the check, every field is rendered here with Python-Markdown and cleaned
with nh3 (an allowlist of tags, attributes and URL schemes) before it is placed in a page
(``MarkdownRenderer``), so what the check might miss still cannot reach a reader.
The rendered HTML is placed in the generated page as a raw HTML block, which MkDocs passes
through untouched; links to the site's own pages are resolved here (MkDocs never sees them).
"""

from __future__ import annotations

import difflib
import html
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

import markdown
import nh3
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup

from prongsai.content.layout import display_path
from prongsai.content.load import Document, FieldPath, SourceTexts, dotted, load_file, text_offset
from prongsai.content.problems import Location, Problem
from prongsai.shared import urls

if TYPE_CHECKING:
    from prongsai.content.validate import ValidContent

# attr_list and md_in_html (in mkdocs.yml for the templates) are left out on purpose: they let
# a field add attributes (``{: onclick=…}``) or raw HTML. toc is left out so that a heading in
# a field never enters the page's table of contents or takes one of its ids.
MARKDOWN_EXTENSIONS = ("tables", "def_list")

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto", "tel"})

ALLOWED_TAGS = frozenset(
    {
        *("p", "br", "hr", "strong", "em", "b", "i", "code", "pre", "blockquote"),
        *("ul", "ol", "li", "dl", "dt", "dd", "a", "img"),
        *("table", "thead", "tbody", "tr", "th", "td"),
        *("h1", "h2", "h3", "h4", "h5", "h6"),
    }
)
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "ol": {"start"},
}
# Python-Markdown aligns table columns with style="text-align: …", which the
# Content-Security-Policy forbids (no inline styles): the renderer turns it into one of these.
ALIGN_CLASSES = {"left": "ps-align-left", "center": "ps-align-center", "right": "ps-align-right"}


class UrlKind(Enum):
    EXTERNAL = "external"
    """http, https, mailto, tel."""
    SITE = "site"
    """An address of this site from its root: /2565/round-1/."""
    ANCHOR = "anchor"
    """#part: a place on the same page."""
    RELATIVE = "relative"
    """Relative to the page (../x, page.md, ?q): its meaning depends on where it lands."""
    FORBIDDEN = "forbidden"
    """Any other scheme (javascript:, data:, vbscript:, file: …) or another host without a
    scheme (//host)."""


_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_IGNORED_BY_BROWSERS = re.compile(r"[\t\n\r]")
"""What a browser's URL parser removes anywhere in a URL (so "java\\tscript:" is javascript:)."""


def classify_url(url: str) -> UrlKind:
    """What a URL written in content is, read the way a browser reads it."""
    cleaned = _IGNORED_BY_BROWSERS.sub("", html.unescape(url)).strip(" \x00-\x1f")
    scheme = _SCHEME.match(cleaned)
    if scheme:
        return UrlKind.EXTERNAL if scheme.group(1).lower() in ALLOWED_SCHEMES else UrlKind.FORBIDDEN
    # Browsers read a backslash as a slash: "/\host" and "\\host" are other hosts too.
    if re.match(r"^[/\\]{2}", cleaned):
        return UrlKind.FORBIDDEN
    if cleaned.startswith("/"):
        return UrlKind.SITE
    if cleaned.startswith("#"):
        return UrlKind.ANCHOR
    return UrlKind.RELATIVE


def scheme_of(url: str) -> str:
    cleaned = _IGNORED_BY_BROWSERS.sub("", html.unescape(url)).strip(" \x00-\x1f")
    scheme = _SCHEME.match(cleaned)
    return scheme.group(1).lower() + ":" if scheme else "//"


# ---- rendering -------------------------------------------------------------------------

SiteHref = Callable[[str], str]
"""An address of this site (/2565/round-1/#o15) → the URL that reaches it from the page."""


class _LinkPolicy(Treeprocessor):
    """Resolves links to the site's pages, drops what the policy refuses, aligns tables by
    class. Runs after the inline patterns, on the element tree."""

    site_href: SiteHref | None = None

    def run(self, root: ElementTree.Element) -> None:
        for parent in list(root.iter()):
            for index, element in enumerate(list(parent)):
                if element.tag == "a":
                    self._link(element)
                elif element.tag == "img" and not self._image(element):
                    # The image is not shown; its description stays as text.
                    span = ElementTree.Element("span")
                    span.text = element.get("alt", "")
                    span.tail = element.tail
                    parent.remove(element)
                    parent.insert(index, span)
                elif element.tag in ("th", "td"):
                    align = re.search(r"text-align:\s*(\w+)", element.attrib.pop("style", ""))
                    if align and align.group(1) in ALIGN_CLASSES:
                        element.set("class", ALIGN_CLASSES[align.group(1)])

    def _url(self, value: str) -> str:
        # Inline patterns keep "&" as a placeholder until serialisation (automatic mailto).
        return value.replace(markdown.util.AMP_SUBSTITUTE, "&")

    def _link(self, element: ElementTree.Element) -> None:
        href = self._url(element.get("href", ""))
        kind = classify_url(href)
        if kind is UrlKind.SITE and self.site_href is not None:
            element.set("href", self.site_href(html.unescape(href)))
        elif kind not in (UrlKind.EXTERNAL, UrlKind.ANCHOR):
            element.attrib.pop("href", None)

    def _image(self, element: ElementTree.Element) -> bool:
        src = self._url(element.get("src", ""))
        if classify_url(src) is not UrlKind.SITE or self.site_href is None:
            return False
        element.set("src", self.site_href(html.unescape(src)))
        return True


class _PolicyExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.treeprocessors.register(_LinkPolicy(md), "prongsai_link_policy", 1)


def _attribute_filter(tag: str, attribute: str, value: str) -> str | None:
    """nh3's last word on every kept URL: no other host for images, no //host links."""
    if tag == "img" and attribute == "src":
        return value if classify_url(value) in (UrlKind.SITE, UrlKind.RELATIVE) else None
    if tag == "a" and attribute == "href":
        return None if classify_url(value) is UrlKind.FORBIDDEN else value
    return value


_CLEANER = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    clean_content_tags={"script", "style"},
    attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
    allowed_classes={"th": set(ALIGN_CLASSES.values()), "td": set(ALIGN_CLASSES.values())},
    url_schemes=set(ALLOWED_SCHEMES),
    link_rel="noopener noreferrer",
    strip_comments=True,
    attribute_filter=_attribute_filter,
)


def sanitize_html(fragment: str) -> str:
    """The allowlist applied to rendered HTML: what is not on it is removed."""
    return _CLEANER.clean(fragment)


class MarkdownRenderer:
    """Renders Markdown fields for one page; ``site_href`` resolves the site's addresses."""

    def __init__(self, site_href: SiteHref | None = None) -> None:
        self._md = markdown.Markdown(extensions=[*MARKDOWN_EXTENSIONS, _PolicyExtension()])
        self._policy: _LinkPolicy = self._md.treeprocessors["prongsai_link_policy"]
        self._policy.site_href = site_href

    def html(self, text: str) -> str:
        """One field → clean HTML (no wrapper)."""
        self._md.reset()
        return sanitize_html(self._md.convert(text))

    def block(self, texts: str | Iterable[str]) -> Markup:
        """One field, or paragraphs rendered one by one, as a raw HTML block for a page.

        The block is one ``<div>`` with no blank line inside: Python-Markdown (in MkDocs)
        keeps a raw HTML block as it is, so nothing in it is read as Markdown a second time.
        """
        parts = [texts] if isinstance(texts, str) else list(texts)
        inner = "\n".join(self.html(part) for part in parts)
        # A blank line could end the raw block for some Markdown parsers, and what follows
        # (the lines of a code block) would be read as Markdown again: each blank line
        # becomes a newline character reference, the same text for the browser.
        while _BLANK_LINE.search(inner):
            inner = _BLANK_LINE.sub("\n&#10;", inner)
        return Markup(f'<div class="ps-md">\n{inner}\n</div>')


_BLANK_LINE = re.compile(r"\n[ \t]*\n")

_shared: MarkdownRenderer | None = None


def markdown_block(texts: str | Iterable[str], site_href: SiteHref) -> Markup:
    """``MarkdownRenderer.block`` with one renderer for the whole build (building a Markdown
    instance per page would cost more than rendering the fields)."""
    global _shared
    if _shared is None:
        _shared = MarkdownRenderer()
    _shared._policy.site_href = site_href
    return _shared.block(texts)


# ---- checking --------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """One refused construct in one field: the problem code, what to search for in the
    file to find its line, and the message's values."""

    code: str
    snippet: str
    context: dict[str, str]


class _Collector(Treeprocessor):
    """Records every link and image of a field (after the inline patterns)."""

    def run(self, root: ElementTree.Element) -> None:
        self.found: list[tuple[str, str]] = []
        for element in root.iter():
            if element.tag == "a" and "href" in element.attrib:
                self.found.append(("a", element.get("href", "")))
            elif element.tag == "img":
                self.found.append(("img", element.get("src", "")))


class _CollectorExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.treeprocessors.register(_Collector(md), "prongsai_collector", 1)


class _FirstTag(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tag: str | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tag = self.tag or tag

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.tag = self.tag or tag

    def handle_endtag(self, tag: str) -> None:
        self.tag = self.tag or tag


class MarkdownChecker:
    """Finds what the policy refuses in one Markdown field."""

    def __init__(self) -> None:
        self._md = markdown.Markdown(extensions=[*MARKDOWN_EXTENSIONS, _CollectorExtension()])
        self._collector: _Collector = self._md.treeprocessors["prongsai_collector"]

    def findings(self, text: str, known: Callable[[str], bool] | None = None) -> list[Finding]:
        """Raw HTML, refused URLs and images from other hosts; with ``known``, also
        addresses of this site that lead nowhere."""
        self._md.reset()
        self._md.convert(text)
        found = [*self._raw_html(), *self._urls(known)]
        return found

    def _raw_html(self) -> Iterator[Finding]:
        named: set[str] = set()
        for raw in self._md.htmlStash.rawHtmlBlocks:
            raw = str(raw).strip()
            if not raw.startswith("<"):
                continue  # an entity such as &nbsp; is text, not a tag
            parser = _FirstTag()
            parser.feed(raw)
            parser.close()
            name = parser.tag or raw[1:].split(None, 1)[0].strip("<>/!")
            if raw.startswith("</") and name in named:
                continue  # the closing tag of one already named
            named.add(name)
            snippet = re.match(r"<[^\s>]*", raw)
            first_tag = re.match(r"<[^>]*>?", raw)
            yield Finding(
                "markdown_html",
                snippet.group() if snippet else raw[:20],
                {"tag": _shorten(first_tag.group() if first_tag else raw), "name": name},
            )

    def _urls(self, known: Callable[[str], bool] | None) -> Iterator[Finding]:
        for tag, raw_url in self._collector.found:
            url = html.unescape(raw_url.replace(markdown.util.AMP_SUBSTITUTE, "&"))
            kind = classify_url(url)
            shown = _shorten(url)
            snippet = raw_url if markdown.util.AMP_SUBSTITUTE not in raw_url else url
            other_host = kind is UrlKind.FORBIDDEN and scheme_of(url) == "//"
            if tag == "img" and (kind is UrlKind.EXTERNAL or other_host):
                # The example link in the message must itself be acceptable: https://host/…
                link = _shorten("https://" + url.lstrip("\\/") if other_host else url)
                yield Finding("image_remote", snippet, {"url": shown, "link": link})
            elif kind is UrlKind.FORBIDDEN:
                yield Finding("url_not_allowed", snippet, {"url": shown, "scheme": scheme_of(url)})
            elif kind is UrlKind.RELATIVE or (tag == "img" and kind is UrlKind.ANCHOR):
                yield Finding("url_relative", snippet, {"url": shown})
            elif kind is UrlKind.SITE and known is not None and not known(url):
                yield Finding("page_unknown", snippet, {"source": shown})


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class MarkdownField:
    """A Markdown field of the content: its text and where it is written."""

    document: Document
    path: FieldPath
    text: str


def markdown_fields(content: ValidContent) -> list[MarkdownField]:
    """Every Markdown field an agency writes (the shipped catalogues are the project's own)."""
    fields: list[MarkdownField] = []
    for report in content.reports:
        record = report.record
        for index, paragraph in enumerate(record.memo.body):
            fields.append(MarkdownField(report.document, ("memo", "body", index), paragraph))
        if record.measures.introduction:
            fields.append(
                MarkdownField(
                    report.document, ("measures", "introduction"), record.measures.introduction
                )
            )
    for disclosures in content.disclosures:
        items = disclosures.document.data.get("items") or {}
        for code, item in disclosures.record.items.items():
            if item.body:
                key = next((k for k in items if str(k).strip() == code), code)
                path = ("items", key, "body")
                fields.append(MarkdownField(disclosures.document, path, item.body))
    for _, catalogue in sorted(content.catalogues.items()):
        if not catalogue.is_builtin and catalogue.record.note:
            fields.append(MarkdownField(catalogue.document, ("note",), catalogue.record.note))
    for page in content.pages.values():
        fields.append(MarkdownField(page, (), page.data))
    for dataset in content.datasets:
        if not dataset.description:
            continue
        meta = next((p for p in dataset.files if p.suffix.lower() in (".yml", ".yaml")), None)
        document = load_file(meta, _display(meta))[0] if meta else None
        if document is not None:
            fields.append(MarkdownField(document, ("description",), dataset.description))
    return fields


def _display(path: Path) -> str:
    return display_path(path)


def markdown_problems(
    content: ValidContent,
    known: Callable[[str], bool] | None = None,
) -> list[Problem]:
    """Every refused construct of every Markdown field, at its file:line.

    ``known`` says whether an address of this site exists (after rendering); without it,
    links to the site's own pages are not checked yet.
    """
    checker = MarkdownChecker()
    locator = _Locator()
    problems = []
    for field in markdown_fields(content):
        for finding in checker.findings(field.text, known):
            problems.append(
                Problem(
                    finding.code,
                    locator.find(field, finding.snippet),
                    dotted(field.path),
                    context=_with_suggestion(finding, known),
                )
            )
    return problems


def _with_suggestion(finding: Finding, known: Callable[[str], bool] | None) -> dict[str, str]:
    if finding.code != "page_unknown":
        return finding.context
    # page_unknown is shared with the OIT links (render.find_unknown_pages): say which page
    # was probably meant.
    close = known.closest(finding.context["source"]) if isinstance(known, SiteAddresses) else None
    return {
        **finding.context,
        "suggestion_th": f" หมายถึง {close} หรือไม่?" if close else "",
        "suggestion_en": f" (did you mean {close}?)" if close else "",
    }


class SiteAddresses:
    """``known`` for ``markdown_problems``: the page addresses (/2565/round-1/) and the
    published files (2565/oit/itas-2565.csv, documents/…) of the rendered site."""

    def __init__(self, pages: Iterable[str], files: Iterable[str]) -> None:
        self._pages = set(pages)
        self._files = {"/" + f.lstrip("/") for f in files}

    def __call__(self, address: str) -> bool:
        path = unquote(address.split("#", 1)[0].split("?", 1)[0])
        return path in self._files or urls.from_address(path).absolute_url in self._pages

    def closest(self, address: str) -> str | None:
        path = unquote(address.split("#", 1)[0])
        close = difflib.get_close_matches(path, sorted(self._pages | self._files), n=1)
        return close[0] if close else None


class _Locator:
    """Finds the line of a snippet inside a field, in the file as the editor sees it."""

    def __init__(self) -> None:
        self._texts = SourceTexts()

    def find(self, field: MarkdownField, snippet: str) -> Location:
        start = field.document.location(field.path)
        text = self._texts.get(field.document.path)
        if text is None or not snippet:
            return start
        offset = text_offset(text, start.line or 1, start.column or 1)
        found = text.find(snippet, offset)
        if found < 0:
            found = text.lower().find(snippet.lower(), offset)
        if found < 0:
            return start
        line = text.count("\n", 0, found) + 1
        column = found - (text.rfind("\n", 0, found) + 1) + 1
        return Location(start.file, line, column)
