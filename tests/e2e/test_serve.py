"""`prongsai serve` (MkDocs' live server) rebuilds when a file under content/ changes."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.conftest import FIXTURES, SITE_CONFIG

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURE = FIXTURES / "minimal"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for(url: str, text: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if text in response.read().decode("utf-8"):
                    return True
        except OSError:
            pass
        time.sleep(0.3)
    return False


def test_serve_reloads_when_content_changes(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    port = _free_port()
    prongsai = Path(sys.executable).parent / "prongsai"
    server = subprocess.Popen(
        [
            *(str(prongsai), "--content", str(content), "serve"),
            *("--config", str(SITE_CONFIG), "--dev-addr", f"127.0.0.1:{port}"),
        ],
        cwd=REPO_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}/"
        assert _wait_for(url, "องค์การบริหารส่วนตำบลทดสอบ", 60), "serve did not start"
        time.sleep(2)  # the file watcher starts just after the first page is served
        agency = content / "agency.yml"
        text = agency.read_text(encoding="utf-8")
        edited = text.replace("ตำบลทดสอบ", "ตำบลแก้ไขแล้ว", 1)
        # An edit made while the watcher is still starting can go unseen on a busy machine:
        # save again (as an editor would) up to three times before calling it a failure.
        for _attempt in range(3):
            agency.write_text(edited, encoding="utf-8")
            if _wait_for(url, "องค์การบริหารส่วนตำบลแก้ไขแล้ว", 20):
                break
        else:
            raise AssertionError("no rebuild after the edit")
    finally:
        server.terminate()
        server.wait(timeout=20)
