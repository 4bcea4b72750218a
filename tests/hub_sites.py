"""Real Prongsai sites (built from tests/fixtures) and broken ones, served on 127.0.0.1 for
the hub's tests (tests/test_hub.py, tests/e2e/test_hub_pages.py).

Each site lives under /<name>/; what a broken one does is decided by its name:
``html`` answers an HTML page, ``slow`` sleeps past the hub's timeout, ``error`` answers
503, ``flaky`` answers 503 once then works, ``schema`` publishes a year file that breaks
its schema (with a matching SHA-256), ``newer`` says api_version 2.0, ``checksum`` serves a
file that differs from its SHA-256 in index.json, ``missing`` has no /api/v1/. The server
answers If-Modified-Since with 304 (http.server does) and counts every request.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from prongsai.pipeline import run

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REAL_SITES = {"demo": "demo", "oit": "oit", "statistics": "statistics", "minimal": "minimal"}
"""Site name → fixture folder: four real sites."""
SLOW_SECONDS = 3.0


def write_site(fixture: str, folder: Path) -> None:
    """What a Prongsai build publishes besides the HTML pages: the same bytes."""
    result = run(FIXTURES / fixture)
    assert result.rendered is not None, result.problems
    for file in result.rendered.files:
        target = folder / file.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(file.text.encode("utf-8"))
    (folder / "index.html").write_text("<!doctype html><title>site</title>", "utf-8")


def republish(folder: Path, path: str, text: str) -> None:
    """Replace an API file and update its size and SHA-256 in index.json, as a build does."""
    data = text.encode("utf-8")
    (folder / "api/v1" / path).write_bytes(data)
    index_path = folder / "api/v1/index.json"
    index = json.loads(index_path.read_text("utf-8"))
    for entry in index["files"]:
        if entry["path"] == path:
            entry["bytes"] = len(data)
            entry["sha256"] = hashlib.sha256(data).hexdigest()
    index_path.write_text(json.dumps(index, ensure_ascii=False), "utf-8")


def build_sites(root: Path) -> None:
    for name, fixture in REAL_SITES.items():
        write_site(fixture, root / name)
    for name in ("html", "slow", "error", "flaky"):
        write_site("minimal", root / name)
    write_site("demo", root / "schema")
    year = json.loads((root / "schema/api/v1/years/2567.json").read_text("utf-8"))
    year["oit"]["items"][0]["status"] = "done-ish"
    republish(root / "schema", "years/2567.json", json.dumps(year, ensure_ascii=False))
    write_site("minimal", root / "newer")
    index = json.loads((root / "newer/api/v1/index.json").read_text("utf-8"))
    index["api_version"] = "2.0"
    (root / "newer/api/v1/index.json").write_text(json.dumps(index), "utf-8")
    write_site("minimal", root / "checksum")
    agency = root / "checksum/api/v1/agency.json"
    agency.write_text(agency.read_text("utf-8").replace("ทดสอบ", "แก้ไข"), "utf-8")
    (root / "missing").mkdir()
    (root / "missing/index.html").write_text("<!doctype html><title>x</title>", "utf-8")


@dataclass
class Server:
    url: str
    root: Path
    requests: Counter = field(default_factory=Counter)
    """Path → how many times it was asked for."""
    statuses: Counter = field(default_factory=Counter)
    flaky_done: set = field(default_factory=set)

    def site(self, name: str) -> str:
        return f"{self.url}{name}/"


class _Handler(SimpleHTTPRequestHandler):
    server_state: Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_response(self, code: int, message: str | None = None) -> None:
        self.server_state.statuses[(self.path, code)] += 1
        super().send_response(code, message)

    def do_GET(self) -> None:
        state = self.server_state
        state.requests[self.path] += 1
        name = self.path.strip("/").split("/", 1)[0]
        if name == "html":
            body = "<!doctype html><html><body><p>หน้าเว็บ</p></body></html>".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if name == "error" or (name == "flaky" and self.path not in state.flaky_done):
            state.flaky_done.add(self.path)
            self.send_error(503)
            return
        if name == "slow" and self.path.endswith("index.json"):
            time.sleep(SLOW_SECONDS)
        super().do_GET()


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the hub gave up on a slow answer and closed the connection: expected


@contextmanager
def serving(root: Path) -> Iterator[Server]:
    state = Server("", root)
    handler = type("Handler", (_Handler,), {"server_state": state})
    server = _QuietServer(("127.0.0.1", 0), partial(handler, directory=str(root)))
    server.daemon_threads = True
    state.url = f"http://127.0.0.1:{server.server_address[1]}/"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def sites_yml(server: Server, names: list[str], down_url: str | None = None) -> str:
    lines = ["agencies:"]
    for number, name in enumerate(names):
        lines += [
            f"  - name: หน่วยงาน {name}",
            f"    kind: {'เทศบาลตำบล' if number % 2 else 'อบต.'}",
            f"    province: {'ชุมพร' if number % 3 else 'ระนอง'}",
            f"    district: บ้าน{name}",  # the amphoe's name: pages write "อำเภอ" before it
            f"    url: {server.site(name)}",
            f'    code: "0{number:07d}"',
        ]
    if down_url:
        lines += [
            "  - name: หน่วยงาน down",
            "    kind: อบต.",
            "    province: ชุมพร",
            "    district: บ้านdown",
            f"    url: {down_url}",
        ]
    return "\n".join(lines) + "\n"


def copy_site(root: Path, source: str, target: str) -> None:
    shutil.copytree(root / source, root / target)
