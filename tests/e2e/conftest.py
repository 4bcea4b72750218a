"""Fixtures for the end-to-end tests: the demo site built once, served locally, and a browser.

The site is built with the real CLI (as an agency would), served by a plain http.server on
127.0.0.1, and opened in Debian's Chromium (never a Playwright-downloaded browser). The engine's
tests use the fictional demo agency with the fictional site settings (tests/fixtures/demo and
tests/fixtures/site-config), never the repository's content/ or mkdocs.yml: the example site's
own tests (tests/example/) build those.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

import pytest

if TYPE_CHECKING:
    from prongsai.pipeline import Result
    from prongsai.site.model import Site

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURES = REPO_ROOT / "tests" / "fixtures"
DEMO = FIXTURES / "demo"
SITE_CONFIG = FIXTURES / "site-config" / "mkdocs.yml"


def _build(site_dir: Path, repository: Path) -> Path:
    """Run `prongsai build` in ``repository`` (its mkdocs.yml and content/) as an agency would
    and return the site folder."""
    prongsai = Path(sys.executable).parent / "prongsai"
    completed = subprocess.run(
        [str(prongsai), "build", "--site-dir", str(site_dir)],
        cwd=repository,
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        pytest.fail(
            f"prongsai build failed with exit code {completed.returncode}:\n"
            f"{completed.stdout}\n{completed.stderr}",
            pytrace=False,
        )
    assert (site_dir / "index.html").is_file(), "the build wrote no index.html"
    return site_dir


@pytest.fixture(scope="session")
def demo_repository(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site repository of the fictional agency: the fixture's settings as mkdocs.yml next
    to a copy of the demo as content/ (so pages get edit links on its repo_url,
    https://github.com/test-agency/ita-site, as in a real agency's repository). Outside git:
    the site and its model (demo_result) have the same dates, whatever the history."""
    folder = tmp_path_factory.mktemp("demo-repository")
    shutil.copyfile(SITE_CONFIG, folder / "mkdocs.yml")
    shutil.copytree(DEMO, folder / "content")
    return folder


@pytest.fixture(scope="session")
def built_demo(tmp_path_factory: pytest.TempPathFactory, demo_repository: Path) -> Path:
    """The fictional demo agency (tests/fixtures/demo: two years, both rounds) with the
    fictional site settings (tests/fixtures/site-config/mkdocs.yml), built once."""
    return _build(tmp_path_factory.mktemp("e2e-demo") / "site", demo_repository)


class _QuietHandler(SimpleHTTPRequestHandler):
    extensions_map: ClassVar = {**SimpleHTTPRequestHandler.extensions_map, ".woff2": "font/woff2"}

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def _serving(folder: Path) -> Iterator[str]:
    """``folder`` over http on 127.0.0.1 (a free port); yields the base URL ending in /."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def demo_server(built_demo: Path) -> Iterator[str]:
    """The demo site served locally; yields the base URL ending in /."""
    with _serving(built_demo) as url:
        yield url


@pytest.fixture(scope="session")
def demo_result(demo_repository: Path) -> Result:
    """The pipeline's result for the demo content that built_demo builds."""
    from prongsai.pipeline import run

    result = run(demo_repository / "content")
    assert result.site is not None and result.rendered is not None, result.problems
    return result


@pytest.fixture(scope="session")
def demo_site(demo_result: Result) -> Site:
    """The model of the demo content (what the demo pages must show)."""
    return demo_result.site
