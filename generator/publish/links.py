"""`prongsai links`: find every external web address in content/ and check that it answers.

Addresses come from the validated records (so each one keeps its file, line and column):
the agency's ``website``, OIT ``links[].url``, the sources of an agency's own OIT catalogue,
and Markdown links, autolinks, reference definitions and HTML ``href``/``src`` inside the
Markdown fields (memo body, measures introduction, OIT body, catalogue note, dataset
description). Pages and documents of this site are not external and are checked by
`prongsai check` already.

Each address is asked once (HEAD, then GET when a server refuses HEAD with 403, 405 or 501),
redirects are followed, and any 2xx or 3xx answer counts as working. Only the standard
library is used (urllib and a thread pool); proxies set in the environment are honoured.

Why not the libraries in the lock, measured (Python 3.11, this 2-core machine):

- requests 2.34: its errors are not what the report should print. A refused connection reads
  ``HTTPConnectionPool(host='127.0.0.1', port=9): Max retries exceeded with url: / (Caused by
  NewConnectionError(...))`` where urllib gives ``[Errno 111] Connection refused``, an unknown
  host ``... Caused by NameResolutionError(...)`` against ``[Errno -2] Name or service not
  known``; keeping the messages would mean digging the cause out of urllib3's exceptions.
  It adds 155 ms of imports (urllib.request: 52 ms) and nothing this checker lacks: HEAD is
  kept across redirects here too, and proxies come from the environment in both.
- Python-Markdown 3.11 to find links (render, then read href/src): 8.2 ms a field against
  0.38 ms for the regexes below (21 times slower), and an unused reference definition
  (``[ref]: https://…``) is not rendered, so that address would no longer be checked
  (tests/test_links.py expects it). markdown-it-py is not in the lock.
"""

from __future__ import annotations

import http.client
import re
import socket
import ssl
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.request import HTTPRedirectHandler, Request, build_opener

from prongsai import __version__
from prongsai.check import validate_content
from prongsai.content.layout import YAML_SUFFIXES, display_path
from prongsai.content.load import Document, FieldPath, SourceTexts, dotted, load_file, text_offset
from prongsai.content.problems import Location
from prongsai.publish.github import table_cell

USER_AGENT = (
    f"Mozilla/5.0 (compatible; prongsai-links/{__version__}; +https://github.com/prongsai/prongsai)"
)
GET_FALLBACK = frozenset({403, 405, 501})
"""Answers to HEAD after which the address is asked again with GET (servers that refuse
HEAD but serve the page)."""


@dataclass(frozen=True)
class ExternalLink:
    """One external address as written in one place of the content."""

    url: str
    where: Location
    field_path: str = ""
    """The field it is written in, as messages name it (items.O5.links[0].url)."""


@dataclass(frozen=True)
class UrlStatus:
    """How one address answered."""

    ok: bool
    status: int | None = None
    """The final HTTP status (after redirects), None when no answer came."""
    error: str | None = None
    """Why no answer came (connection refused, timed out, certificate …)."""
    final_url: str | None = None
    """Where the redirects ended, when the address answered."""


@dataclass(frozen=True)
class LinkResult:
    link: ExternalLink
    ok: bool
    status: int | None = None
    error: str | None = None
    final_url: str | None = None

    @property
    def url(self) -> str:
        return self.link.url

    @property
    def where(self) -> Location:
        return self.link.where

    def reason(self) -> tuple[str, str]:
        """What went wrong, (Thai, English); empty strings for a working link."""
        if self.ok:
            return "", ""
        return describe(self.status, self.error)


# ---- collecting --------------------------------------------------------------------------

_URL = r"https?://(?:[^\s()<>\"'`\[\]]|\([^\s()<>]*\))+"
_MARKDOWN_PATTERNS = (
    re.compile(r"\]\(\s*<?(" + _URL + r")>?"),  # [text](url) and ![alt](url)
    re.compile(r"<(https?://[^\s<>]+)>"),  # <https://…> autolinks
    re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*<?(https?://[^\s<>]+)>?", re.MULTILINE),  # [id]: url
    re.compile(r"""\b(?:href|src)\s*=\s*["'](https?://[^"'\s]+)["']""", re.IGNORECASE),
)
_CODE = re.compile(r"```.*?```|~~~.*?~~~|`[^`\n]*`", re.DOTALL)


def markdown_urls(text: str) -> list[str]:
    """The external addresses a Markdown text links to, in the order they appear.

    Code spans and fenced code are skipped (an address shown as code is not a link), and so
    are bare addresses: the site's Markdown does not turn them into links.
    """
    visible = _CODE.sub(lambda match: " " * len(match.group()), text)
    found = [
        (match.start(1), match.group(1))
        for pattern in _MARKDOWN_PATTERNS
        for match in pattern.finditer(visible)
    ]
    return [url for _, url in sorted(found)]


def external_links(content_dir: Path) -> list[ExternalLink]:
    """Every external http(s) address in ``content_dir``, each with where it is written.

    Only what validates is read: a file with errors contributes the records that are valid,
    and `prongsai check` reports the rest.
    """
    content, _ = validate_content(content_dir)
    finder = _Finder()
    if content.agency is not None and content.agency.record.website:
        finder.plain(content.agency.document, ("website",), content.agency.record.website)
    for report in content.reports:
        memo, measures = report.record.memo, report.record.measures
        for index, paragraph in enumerate(memo.body):
            finder.markdown(report.document, ("memo", "body", index), paragraph)
        if measures.introduction:
            finder.markdown(report.document, ("measures", "introduction"), measures.introduction)
    for disclosures in content.disclosures:
        for code, item in disclosures.record.items.items():
            path: FieldPath = ("items", _raw_key(disclosures.document, ("items",), code))
            if item.body:
                finder.markdown(disclosures.document, (*path, "body"), item.body)
            for index, link in enumerate(item.links):
                if link.url:
                    finder.plain(disclosures.document, (*path, "links", index, "url"), link.url)
    for _, catalogue in sorted(content.catalogues.items()):
        if catalogue.is_builtin:
            continue
        if catalogue.record.note:
            finder.markdown(catalogue.document, ("note",), catalogue.record.note)
        for index, source in enumerate(catalogue.record.sources):
            if source.url:
                finder.plain(catalogue.document, ("sources", index, "url"), source.url)
    for dataset in content.datasets:
        if not dataset.description:
            continue
        meta = next((p for p in dataset.files if p.suffix.lower() in YAML_SUFFIXES), None)
        document = load_file(meta, display_path(meta))[0] if meta else None
        if document is not None:
            finder.markdown(document, ("description",), dataset.description)
    return finder.links


def _raw_key(document: Document, parent: FieldPath, key: str) -> str:
    """The key as written in the file (records strip and normalise it)."""
    data = document.data
    for part in parent:
        data = data[part]
    if key in data:
        return key
    return next((k for k in data if str(k).strip() == key), key)


class _Finder:
    """Collects links and finds the exact line of each address in its file."""

    def __init__(self) -> None:
        self.links: list[ExternalLink] = []
        self._texts = SourceTexts()

    def plain(self, document: Document, path: FieldPath, url: str) -> None:
        self._add(document, path, [url])

    def markdown(self, document: Document, path: FieldPath, text: str) -> None:
        self._add(document, path, markdown_urls(text))

    def _add(self, document: Document, path: FieldPath, urls: list[str]) -> None:
        start = document.location(path)
        text = self._texts.get(document.path)
        offset = text_offset(text, start.line or 1, start.column or 1) if text is not None else 0
        for url in urls:
            where = start
            if text is not None:
                found = text.find(url, offset)
                if found >= 0:
                    where = Location(start.file, *_line_and_column(text, found))
                    offset = found + len(url)
            self.links.append(ExternalLink(url, where, dotted(path)))


def _line_and_column(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column


# ---- checking ----------------------------------------------------------------------------


def check_links(
    links: Iterable[ExternalLink], timeout: float = 10, workers: int = 8
) -> list[LinkResult]:
    """Ask every address (each one once, ``workers`` at a time); one result per link."""
    links = list(links)
    unique = list(dict.fromkeys(link.url for link in links))
    if not unique:
        return []
    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(unique)))) as pool:
        statuses = dict(
            zip(unique, pool.map(partial(check_url, timeout=timeout), unique), strict=True)
        )
    return [
        LinkResult(
            link,
            statuses[link.url].ok,
            statuses[link.url].status,
            statuses[link.url].error,
            statuses[link.url].final_url,
        )
        for link in links
    ]


def check_url(url: str, timeout: float = 10) -> UrlStatus:
    """HEAD ``url`` (GET when HEAD is refused), following redirects."""
    try:
        try:
            status, final_url = _ask(url, "HEAD", timeout)
        except HTTPError as error:
            if error.code not in GET_FALLBACK:
                raise
            status, final_url = _ask(url, "GET", timeout)
    except HTTPError as error:
        return UrlStatus(_is_ok(error.code), error.code, None, error.geturl() or url)
    except URLError as error:
        return UrlStatus(False, error=_error_text(error.reason))
    except (OSError, http.client.HTTPException, ValueError) as error:
        return UrlStatus(False, error=_error_text(error))
    return UrlStatus(_is_ok(status), status, None, final_url)


class _SameMethodRedirects(HTTPRedirectHandler):
    """Follow redirects with HEAD when HEAD was asked (urllib would switch to GET)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and req.get_method() == "HEAD":
            new.method = "HEAD"
        return new


def _ask(url: str, method: str, timeout: float) -> tuple[int, str]:
    request = Request(
        url,
        method=method,
        headers={"User-Agent": USER_AGENT, "Accept": "*/*", "Accept-Language": "th, en"},
    )
    with build_opener(_SameMethodRedirects).open(request, timeout=timeout) as response:
        return response.status, response.geturl()


def _is_ok(status: int) -> bool:
    return 200 <= status < 400


def _error_text(error: object) -> str:
    if isinstance(error, TimeoutError | socket.timeout):
        return "timed out"
    if isinstance(error, ssl.SSLCertVerificationError):
        return f"certificate: {error.verify_message or error}"
    text = str(error).strip()
    return text or type(error).__name__


def describe(status: int | None, error: str | None) -> tuple[str, str]:
    """Why an address does not work, in Thai and English."""
    if status is not None:
        if status in (404, 410):
            return (
                f"ไม่พบหน้านี้ที่เว็บไซต์ปลายทาง (HTTP {status})",
                f"the page is not there any more (HTTP {status})",
            )
        if status in (401, 403):
            return (
                f"เว็บไซต์ปลายทางไม่อนุญาตให้เปิดหน้านี้ (HTTP {status})",
                f"the website refuses access (HTTP {status})",
            )
        if status >= 500:
            return (
                f"เว็บไซต์ปลายทางขัดข้อง (HTTP {status})",
                f"the website has a server error (HTTP {status})",
            )
        return (
            f"เว็บไซต์ปลายทางตอบกลับว่าผิดพลาด (HTTP {status})",
            f"the website answered with an error (HTTP {status})",
        )
    text = error or "unknown error"
    if text == "timed out":
        return "เว็บไซต์ปลายทางไม่ตอบภายในเวลาที่กำหนด", "the website did not answer in time"
    if text.startswith("certificate"):
        return (
            f"ใบรับรองความปลอดภัย (HTTPS) ของเว็บไซต์ปลายทางใช้ไม่ได้ ({text})",
            f"the website's HTTPS certificate is not valid ({text})",
        )
    return f"เชื่อมต่อเว็บไซต์ปลายทางไม่ได้ ({text})", f"could not connect ({text})"


# ---- reporting ---------------------------------------------------------------------------

_FIX_THAI = "ให้แก้ที่อยู่ให้ถูกต้อง เปลี่ยนเป็นหน้าใหม่ของเว็บไซต์นั้น หรือลบลิงก์ออก"
_FIX_ENGLISH = "Correct the address, point it to the page's new address, or remove the link."


def broken(results: Iterable[LinkResult]) -> list[LinkResult]:
    """The links that do not work, in file and line order."""
    return sorted((r for r in results if not r.ok), key=lambda r: (r.link.where, r.url))


def format_link_report(results: Iterable[LinkResult]) -> str:
    """Each broken link with its file:line (Thai, then English), then the counts."""
    results = list(results)
    lines = []
    for result in broken(results):
        thai, english = result.reason()
        where = f" [{result.link.field_path}]" if result.link.field_path else ""
        lines += [
            f"{result.where}: ลิงก์เสีย (broken link){where} {result.url}",
            f"  {thai} {_FIX_THAI}",
            f"  {english[:1].upper()}{english[1:]}. {_FIX_ENGLISH}",
        ]
    lines.append(_counts(results))
    return "\n".join(lines)


def _counts(results: list[LinkResult]) -> str:
    if not results:
        return "ไม่มีลิงก์ไปยังเว็บไซต์ภายนอกในข้อมูล / The content links to no external website."
    addresses = len({r.url for r in results})
    bad = sum(not r.ok for r in results)
    return (
        f"ตรวจลิงก์ภายนอก {len(results)} ลิงก์ ({addresses} ที่อยู่) ใช้ได้ {len(results) - bad}"
        f" เสีย {bad} / Checked {len(results)} external link(s) ({addresses} address(es)):"
        f" {len(results) - bad} working, {bad} broken."
    )


def link_summary(results: Iterable[LinkResult]) -> str:
    """The same report in Markdown for $GITHUB_STEP_SUMMARY (see github.write_summary)."""
    results = list(results)
    bad = broken(results)
    if bad:
        head = f"## ❌ พบลิงก์เสีย {len(bad)} รายการ / {len(bad)} broken link(s)"
    else:
        head = "## ✅ ลิงก์ภายนอกใช้ได้ทั้งหมด / Every external link works"
    lines = [head, "", _counts(results)]
    if bad:
        lines += [
            "",
            "| ไฟล์:บรรทัด<br>File:line | ลิงก์<br>Link | ปัญหา | Problem |",
            "|---|---|---|---|",
        ]
        for result in bad:
            thai, english = result.reason()
            lines.append(
                f"| {table_cell(str(result.where))} | {table_cell(result.url)}"
                f" | {table_cell(thai)} | {table_cell(english)} |"
            )
        lines += [
            "",
            "### วิธีแก้ / How to fix",
            "",
            f"เปิดไฟล์ที่บรรทัดนั้น {_FIX_THAI} แล้วส่งเป็น pull request"
            " (บางเว็บไซต์อาจปิดชั่วคราว ถ้าเปิดในเบราว์เซอร์ได้ตามปกติ ไม่ต้องแก้)",
            "",
            f"Open the file at that line. {_FIX_ENGLISH} Send it as a pull request. (A website"
            " may be down for a while: if the link opens in a browser, leave it.)",
        ]
    return "\n".join(lines) + "\n"
