"""`prongsai links`: collecting external addresses from content/ and checking them.

Every check runs against a local http.server on 127.0.0.1 (and a port nobody listens on):
no test reaches the outside network.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from prongsai.content.problems import Location
from prongsai.oit.catalogue import builtin_catalogue_files
from prongsai.publish import links
from prongsai.publish.links import ExternalLink, check_links, external_links, markdown_urls
from tests.conftest import MINIMAL_REPORT, OIT_FILE

# ---- collecting --------------------------------------------------------------------------


def test_markdown_links_autolinks_references_and_html_are_found_in_order():
    text = (
        "ดู [แผน](https://a.example.go.th/plan_(2566) 'ชื่อ') และ <https://b.example.go.th/>\n"
        "![ตรา](http://c.example.go.th/logo.png)\n"
        '<a href="https://d.example.go.th/x?a=1&b=2">ลิงก์</a>\n'
        "[ref]: https://e.example.go.th/ref\n"
        "`[ไม่ใช่ลิงก์](https://code.example.go.th/)` https://bare.example.go.th/\n"
        "```\n[ในโค้ด](https://fenced.example.go.th/)\n```\n"
        "[หน้าในเว็บ](/2566/round-1/) [อีเมล](mailto:saraban@test.go.th)\n"
    )
    assert markdown_urls(text) == [
        "https://a.example.go.th/plan_(2566)",
        "https://b.example.go.th/",
        "http://c.example.go.th/logo.png",
        "https://d.example.go.th/x?a=1&b=2",
        "https://e.example.go.th/ref",
    ]


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def linked_content(oit_content: Path) -> Path:
    """The OIT fixture plus links in every Markdown field and an agency's own catalogue."""
    report = oit_content / MINIMAL_REPORT
    _replace(
        report,
        "    - สำนักปลัดได้สรุปผลการดำเนินการ **รายละเอียดตามเอกสารแนบ**\n",
        "    - สำนักปลัดได้สรุปผลการดำเนินการ **รายละเอียดตามเอกสารแนบ**\n"
        "    - ดู [ประกาศ](https://news.example.go.th/a) และ <https://auto.example.go.th/>\n",
    )
    _replace(
        report,
        "  title: รายงานผลการดำเนินการตามมาตรการ ปีงบประมาณ 2566\n",
        "  title: รายงานผลการดำเนินการตามมาตรการ ปีงบประมาณ 2566\n"
        "  introduction: |\n"
        "    ย่อหน้าแรก\n"
        "\n"
        '    ตาม[แผนพัฒนา](https://plan.example.go.th/p "แผน") และ'
        " [ประกาศ](https://news.example.go.th/a)\n",
    )
    _replace(
        oit_content / OIT_FILE,
        "    body: คู่มือการให้บริการประชาชน\n",
        "    body: >\n"
        "      คู่มือการให้บริการประชาชน\n"
        "      ดาวน์โหลดที่ [ศูนย์บริการ](https://service.example.go.th/manual)\n"
        "      `https://not-a-link.example.go.th/`\n",
    )
    dataset = oit_content / "statistics" / "2566" / "เรื่องร้องเรียน.yml"
    dataset.parent.mkdir(parents=True)
    dataset.write_text(
        "title: สถิติเรื่องร้องเรียน\n"
        "description: ที่มา [ศูนย์ดำรงธรรม](https://complaints.example.go.th/stat)\n"
        "unit: เรื่อง\n"
        "services:\n"
        "  - service: ถนนชำรุด\n"
        "    counts: {ต.ค.: 2}\n",
        encoding="utf-8",
    )
    catalogue = oit_content / "oit" / "catalogues" / "2566.yml"
    catalogue.parent.mkdir()
    shutil.copy(builtin_catalogue_files()[2566], catalogue)
    return oit_content


def _found(content: Path) -> list[tuple[str, str, str]]:
    return [(str(link.where), link.url, link.field_path) for link in external_links(content)]


def test_every_external_address_is_found_at_its_line(linked_content):
    found = _found(linked_content)
    report, oit = "content/reports/2566-round-1.yml", "content/oit/2566.yml"
    expected = [
        ("content/agency.yml:8:10", "https://test.go.th", "website"),
        (f"{report}:13:19", "https://news.example.go.th/a", "memo.body[1]"),
        (f"{report}:13:54", "https://auto.example.go.th/", "memo.body[1]"),
        (f"{report}:23:19", "https://plan.example.go.th/p", "measures.introduction"),
        (f"{report}:23:68", "https://news.example.go.th/a", "measures.introduction"),
        (f"{oit}:12:14", "https://www.example.go.th/structure", "items.O1.links[2].url"),
        (f"{oit}:16:34", "https://service.example.go.th/manual", "items.O15.body"),
        (
            "content/statistics/2566/เรื่องร้องเรียน.yml:2:36",
            "https://complaints.example.go.th/stat",
            "description",
        ),
    ]
    for entry in expected:
        assert entry in found, f"{entry} not in {found}"
    urls = [url for _, url, _ in found]
    assert "https://not-a-link.example.go.th/" not in urls  # code, not a link
    assert "/2566/round-1/" not in urls and not any("documents/" in u for u in urls)


def test_the_lines_point_at_the_address_itself(linked_content):
    for link in external_links(linked_content):
        line = Path(link.where.file).read_text(encoding="utf-8").splitlines()[link.where.line - 1]
        column = link.where.column - 1
        assert line[column : column + len(link.url)] == link.url, link


def test_an_agencys_own_catalogue_contributes_its_sources(linked_content):
    own = [link for link in external_links(linked_content) if "catalogues" in link.where.file]
    assert own, "the catalogue copied into content/ has source addresses"
    assert all(link.field_path.startswith("sources[") for link in own)
    # The shipped catalogue is not the agency's content: none of its addresses without a copy.
    (linked_content / "oit" / "catalogues" / "2566.yml").unlink()
    assert not any("catalogues" in link.where.file for link in external_links(linked_content))


def test_content_without_external_links_gives_none(content):
    _replace(content / "agency.yml", "website: https://test.go.th\n", "")
    assert external_links(content) == []


# ---- checking (a local server only) -------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    requests: list[tuple[str, str, str]]  # (method, path, user agent), set per server

    def log_message(self, format: str, *args: object) -> None:  # keep pytest's output clean
        pass

    def do_HEAD(self) -> None:
        self._answer(body=False)

    def do_GET(self) -> None:
        self._answer(body=True)

    def _answer(self, body: bool) -> None:
        self.requests.append((self.command, self.path, self.headers.get("User-Agent", "")))
        if self.path == "/slow":
            time.sleep(1.5)
        if self.path == "/moved":
            self._send(301, location="/ok")
        elif self.path == "/moved-away":
            self._send(302, location="/missing")
        elif self.path == "/no-head" and self.command == "HEAD":
            self._send(405)
        elif self.path in ("/ok", "/no-head", "/slow"):
            self._send(200, content=b"<p>ok</p>" if body else b"")
        elif self.path == "/broken":
            self._send(500)
        else:
            self._send(404)

    def _send(self, status: int, location: str | None = None, content: bytes = b"") -> None:
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        if content:
            self.wfile.write(content)


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, list]]:
    """A local server (its base URL and the requests it saw); proxies from the environment
    are turned off so that 127.0.0.1 is asked directly."""
    for name in ("http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    seen: list[tuple[str, str, str]] = []
    handler = type("Handler", (_Handler,), {"requests": seen})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", seen
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (connections are refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _link(url: str, line: int = 1) -> ExternalLink:
    return ExternalLink(url, Location("content/oit/2566.yml", line, 14), "items.O1.links[0].url")


def test_working_missing_redirected_and_unreachable_addresses(server, closed_port):
    base, seen = server
    results = check_links(
        [
            _link(f"{base}/ok", 1),
            _link(f"{base}/missing", 2),
            _link(f"{base}/moved", 3),
            _link(f"{base}/moved-away", 4),
            _link(f"http://127.0.0.1:{closed_port}/", 5),
            _link(f"{base}/broken", 6),
        ],
        timeout=5,
    )
    by_path = {r.url.removeprefix(base): r for r in results}
    assert (by_path["/ok"].ok, by_path["/ok"].status) == (True, 200)
    assert (by_path["/missing"].ok, by_path["/missing"].status) == (False, 404)
    moved = by_path["/moved"]
    assert (moved.ok, moved.status, moved.final_url) == (True, 200, f"{base}/ok")
    assert (by_path["/moved-away"].ok, by_path["/moved-away"].status) == (False, 404)
    assert (by_path["/broken"].ok, by_path["/broken"].status) == (False, 500)
    refused = by_path[f"http://127.0.0.1:{closed_port}/"]
    assert refused.ok is False and refused.status is None
    assert "refused" in refused.error.lower()
    # Asked with HEAD (redirects too) and a User-Agent that names Prongsai.
    assert {method for method, _, _ in seen} == {"HEAD"}
    assert all("prongsai-links/" in agent for _, _, agent in seen)


def test_a_server_that_refuses_head_is_asked_with_get(server):
    base, seen = server
    (result,) = check_links([_link(f"{base}/no-head")])
    assert (result.ok, result.status) == (True, 200)
    assert [(method, path) for method, path, _ in seen] == [
        ("HEAD", "/no-head"),
        ("GET", "/no-head"),
    ]


def test_each_address_is_asked_once_and_reported_at_every_place(server):
    base, seen = server
    results = check_links([_link(f"{base}/missing", 1), _link(f"{base}/missing", 9)], workers=4)
    assert [r.where.line for r in results] == [1, 9]
    assert all(r.status == 404 for r in results)
    assert len(seen) == 1


def test_a_slow_server_times_out(server):
    base, _ = server
    (result,) = check_links([_link(f"{base}/slow")], timeout=0.3)
    assert (result.ok, result.status, result.error) == (False, None, "timed out")
    assert result.reason()[1] == "the website did not answer in time"


def test_nothing_to_check_asks_nothing():
    assert check_links([]) == []


# ---- the report ---------------------------------------------------------------------------


def test_the_report_names_each_broken_link_with_its_file_and_line(server, closed_port):
    base, _ = server
    results = check_links(
        [
            _link(f"{base}/ok", 3),
            _link(f"{base}/missing", 12),
            _link(f"http://127.0.0.1:{closed_port}/", 7),
        ]
    )
    report = links.format_link_report(results)
    lines = report.splitlines()
    # In file and line order; Thai first, then English; then the counts.
    assert lines[0] == (
        f"content/oit/2566.yml:7:14: ลิงก์เสีย (broken link) [items.O1.links[0].url]"
        f" http://127.0.0.1:{closed_port}/"
    )
    assert lines[1].startswith("  เชื่อมต่อเว็บไซต์ปลายทางไม่ได้")
    assert lines[2].startswith("  Could not connect")
    assert lines[3].endswith(f"{base}/missing")
    assert lines[3].startswith("content/oit/2566.yml:12:14: ลิงก์เสีย (broken link)")
    assert "ไม่พบหน้านี้ที่เว็บไซต์ปลายทาง (HTTP 404)" in lines[4]
    assert "HTTP 404" in lines[5] and "remove the link" in lines[5]
    assert lines[-1] == (
        "ตรวจลิงก์ภายนอก 3 ลิงก์ (3 ที่อยู่) ใช้ได้ 1 เสีย 2"
        " / Checked 3 external link(s) (3 address(es)): 1 working, 2 broken."
    )
    assert f"{base}/ok" not in report


def test_the_report_of_no_links_says_so():
    assert links.format_link_report([]) == (
        "ไม่มีลิงก์ไปยังเว็บไซต์ภายนอกในข้อมูล / The content links to no external website."
    )


def test_the_step_summary_lists_broken_links_in_a_table(server):
    base, _ = server
    results = check_links([_link(f"{base}/ok", 3), _link(f"{base}/missing|x", 12)])
    summary = links.link_summary(results)
    assert summary.startswith("## ❌ พบลิงก์เสีย 1 รายการ / 1 broken link(s)")
    row = next(line for line in summary.splitlines() if "2566.yml:12:14" in line)
    assert f"{base}/missing\\|x" in row and "HTTP 404" in row
    assert "### วิธีแก้ / How to fix" in summary
    clean = links.link_summary(check_links([_link(f"{base}/ok")]))
    assert clean.startswith("## ✅ ลิงก์ภายนอกใช้ได้ทั้งหมด / Every external link works")
    assert "|" not in clean
