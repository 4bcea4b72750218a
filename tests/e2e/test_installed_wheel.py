"""The engine as an agency gets it: a wheel built from this repository, installed into a fresh
virtual environment in a folder that cannot see the source tree; `prongsai init`, check and
build there; the site served and opened in Chromium.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import FIXTURES, SITE_CONFIG
from tests.e2e.conftest import REPO_ROOT, _serving
from tests.e2e.test_search import _search

INIT_FLAGS = [
    "--name", "เทศบาลตำบลบ้านใหม่", "--short-name", "ทต.บ้านใหม่", "--kind", "เทศบาลตำบล",
    "--github", "banmai-ita/transparency",
]  # fmt: skip


def _run(command: list[str], cwd: Path, env: dict[str, str]) -> str:
    completed = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    assert completed.returncode == 0, f"{command}\n{completed.stdout}\n{completed.stderr}"
    return completed.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A venv outside the repository with the wheel and the pinned dependencies only."""
    root = tmp_path_factory.mktemp("wheel")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet",
         "-w", str(root / "dist"), str(REPO_ROOT)],
        root, env,
    )  # fmt: skip
    wheel = next((root / "dist").glob("prongsai-*.whl"))
    base_python = getattr(sys, "_base_executable", None) or shutil.which("python3.11")
    _run([base_python, "-m", "venv", str(root / "venv")], root, env)
    pip = [str(root / "venv" / "bin" / "python"), "-m", "pip", "--disable-pip-version-check"]
    requirements = REPO_ROOT / "requirements" / "site.txt"
    _run([*pip, "install", "--quiet", "--require-hashes", "--no-deps", "-r", str(requirements)],
         root, env)  # fmt: skip
    _run([*pip, "install", "--quiet", "--no-deps", str(wheel)], root, env)
    env["PATH"] = f"{root / 'venv' / 'bin'}{os.pathsep}{env['PATH']}"
    return root, env


def test_the_installed_package_is_the_wheel_not_the_source_tree(installed):
    root, env = installed
    location = _run(
        [str(root / "venv" / "bin" / "python"), "-c",
         "import prongsai, prongsai.shared.resources as r;"
         " print(prongsai.__file__); print(r.theme_dir())"],
        root, env,
    ).split()  # fmt: skip
    for path in location:
        assert Path(path).is_relative_to(root / "venv"), path
    assert (Path(location[1]) / "fonts" / "sarabun").is_dir()
    # The wheel installs one top-level package, named after the project.
    assert list((root / "venv" / "lib").glob("python3*/site-packages/generator")) == []


def test_init_check_build_and_browse_with_the_installed_engine(installed, browser):
    root, env = installed
    prongsai = str(root / "venv" / "bin" / "prongsai")
    _run([prongsai, "init", "banmai", *INIT_FLAGS], root, env)
    site_repo = root / "banmai"
    assert "ข้อมูลพร้อมเผยแพร่" in _run([prongsai, "check"], site_repo, env)
    _run([prongsai, "build"], site_repo, env)
    site = site_repo / "site"
    requests: list[str] = []
    page = browser.new_page(viewport={"width": 375, "height": 800})
    page.on("request", lambda request: requests.append(request.url))
    with _serving(site) as base:
        page.goto(base, wait_until="networkidle")
        assert "ทต.บ้านใหม่" in page.title()
        year = next(p.name for p in site.iterdir() if p.name.isdigit())
        page.goto(f"{base}{year}/round-1/", wait_until="networkidle")
        assert page.locator("h1").first.inner_text().strip()
        family = page.evaluate("getComputedStyle(document.body).fontFamily")
        assert "Sarabun" in family
        assert f"/{year}/" in _search(page, base, year)
        schema = page.evaluate(
            "async (url) => (await (await fetch(url)).json()).title",
            f"{base}schemas/agency.schema.json",
        )
        assert schema
    page.close()
    assert requests
    assert {urlsplit(url).hostname for url in requests} == {"127.0.0.1"}


def _tree(site: Path) -> dict[str, str]:
    return {
        p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


def test_the_demo_builds_byte_for_byte_as_in_editable_mode(installed, tmp_path):
    root, env = installed
    repo = tmp_path / "repo"
    shutil.copytree(FIXTURES / "demo", repo / "content")
    (repo / "mkdocs.yml").write_text(
        SITE_CONFIG.read_text("utf-8").replace("docs_dir: ../demo", "docs_dir: content"), "utf-8"
    )
    _run([str(root / "venv" / "bin" / "prongsai"), "build", "--site-dir", "wheel"], repo, env)
    editable = Path(sys.executable).parent / "prongsai"
    _run([str(editable), "build", "--site-dir", "editable"], repo, {**os.environ})
    assert _tree(repo / "wheel") == _tree(repo / "editable")
