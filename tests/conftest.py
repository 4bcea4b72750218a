"""Shared fixtures: small content folders copied into a temporary place, and golden files."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from prongsai import cli
from tests.e2e.chromium import axe_source, browser, page

__all__ = ["axe_source", "browser", "page"]
"""Debian's Chromium (tests/e2e/chromium.py), one a session for tests/e2e/ and tests/example/."""

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLDEN = Path(__file__).resolve().parent / "golden"
SITE_CONFIG = FIXTURES / "site-config" / "mkdocs.yml"
"""A fictional agency's site settings: the engine's tests never use the example's mkdocs.yml."""
SITE_URL = "https://test-agency.github.io/ita-site/"
"""The site_url written in SITE_CONFIG."""
MINIMAL_REPORT = "reports/2566-round-1.yml"
OIT_FILE = "oit/2566.yml"
OIT_DOCUMENT = "documents/2566/โครงสร้าง อบต. 2566.pdf"
STATISTICS_CSV = "statistics/2566/สถิติการให้บริการ.csv"
STATISTICS_YAML = "statistics/2566/เรื่องร้องเรียน.yml"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/ from the current output (then review the diff by eye)",
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that opens the browser carries the `browser` marker (`-m "not browser"`)."""
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of tests/fixtures/minimal as ./content in a fresh working folder."""
    target = tmp_path / "content"
    shutil.copytree(FIXTURES / "minimal", target)
    monkeypatch.chdir(tmp_path)
    return target


@pytest.fixture
def oit_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of tests/fixtures/oit (the minimal folder plus OIT disclosures of 2566 and one
    document) as ./content in a fresh working folder."""
    target = tmp_path / "content"
    shutil.copytree(FIXTURES / "oit", target)
    monkeypatch.chdir(tmp_path)
    return target


@pytest.fixture
def statistics_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of tests/fixtures/statistics (the minimal folder plus service statistics of
    2565 and 2566) as ./content in a fresh working folder."""
    target = tmp_path / "content"
    shutil.copytree(FIXTURES / "statistics", target)
    monkeypatch.chdir(tmp_path)
    return target


@pytest.fixture
def prongsai(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """Run the CLI in-process: returns (exit code, stdout, stderr)."""

    def invoke(*args: str) -> tuple[int, str, str]:
        code = cli.main(list(args))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare text with tests/golden/<name>; --update-golden rewrites the file instead."""

    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if request.config.getoption("--update-golden"):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
            return
        assert path.exists(), f"no golden file {path}: run pytest --update-golden and review it"
        assert actual == path.read_text(encoding="utf-8")

    return check
