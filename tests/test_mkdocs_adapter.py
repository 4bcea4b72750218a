"""The MkDocs side: plain `mkdocs build` works from the repository root with the hooks."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

from prongsai import mkdocs_adapter
from prongsai.schemas import json_schemas
from tests.conftest import FIXTURES, MINIMAL_REPORT, ROOT

MKDOCS = str(Path(sys.executable).parent / "mkdocs")


def _mkdocs_build(site: Path, *extra: str, env: dict | None = None):
    return subprocess.run(
        [MKDOCS, "build", "--strict", "--site-dir", str(site), *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )


def test_plain_mkdocs_build_works_and_edit_opens_the_source_yaml(tmp_path):
    completed = _mkdocs_build(tmp_path / "site")
    assert completed.returncode == 0, completed.stderr
    html = (tmp_path / "site" / "2565" / "round-1" / "index.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    edit = soup.select_one("a.md-content__button[href*='/edit/']")
    assert edit is not None
    assert edit["href"].endswith("/edit/main/content/reports/2565-round-1.yml")
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    home_edit = BeautifulSoup(home, "html.parser").select_one(
        "a.md-content__button[href*='/edit/']"
    )
    assert home_edit["href"].endswith("/edit/main/content/agency.yml")


def test_the_site_publishes_the_json_schemas(tmp_path):
    assert _mkdocs_build(tmp_path / "site").returncode == 0
    for name, schema in json_schemas().items():
        published = tmp_path / "site" / "schemas" / name
        assert json.loads(published.read_text(encoding="utf-8")) == schema


def test_bad_content_stops_mkdocs_with_the_editor_message(tmp_path, monkeypatch):
    content = tmp_path / "content"
    content.mkdir()
    (content / "agency.yml").write_text("name: x\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    config = load_config(config_file=str(ROOT / "mkdocs.yml"), docs_dir=str(content))
    with pytest.raises(PluginError) as caught:
        mkdocs_adapter.on_config(config)
    message = str(caught.value)
    assert "content/agency.yml:1:1: ข้อผิดพลาด (error) [short_name]" in message
    assert "The required key" in message


def test_content_warnings_are_errors_only_in_strict_mode(tmp_path, monkeypatch):
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "minimal", content)
    report = content / MINIMAL_REPORT
    report.write_text(report.read_text(encoding="utf-8").replace("status: done", "", 1), "utf-8")
    monkeypatch.chdir(tmp_path)
    config = load_config(config_file=str(ROOT / "mkdocs.yml"), docs_dir=str(content))
    monkeypatch.setenv(mkdocs_adapter.STRICT_ENV, "0")
    assert mkdocs_adapter.on_config(config).nav[0] == {"หน้าแรก": "index.md"}
    monkeypatch.setenv(mkdocs_adapter.STRICT_ENV, "1")
    with pytest.raises(PluginError):
        mkdocs_adapter.on_config(config)


def test_last_updated_is_the_commit_of_the_source_with_its_history(tmp_path):
    """ปรับปรุงล่าสุด: the B.E. day of the last commit of the page's content file, linked to
    that file's history on GitHub; the default content is in this repository's git."""
    import subprocess as sp

    completed = _mkdocs_build(tmp_path / "site")
    assert completed.returncode == 0, completed.stderr
    source = "content/reports/2565-round-1.yml"
    stamp = sp.run(
        ["git", "log", "-1", "--format=%ct", "--", source], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    if not stamp:
        pytest.skip("the repository has no git history here (a source archive)")
    import datetime as dt

    from prongsai.history import THAI_TIME
    from prongsai.thai import format_date

    day = dt.datetime.fromtimestamp(int(stamp), THAI_TIME).date()
    html = (tmp_path / "site" / "2565" / "round-1" / "index.html").read_text(encoding="utf-8")
    aside = BeautifulSoup(html, "html.parser").select_one("aside.md-source-file")
    assert aside is not None
    assert f"ปรับปรุงล่าสุด {format_date(day)}" in " ".join(aside.get_text(" ").split())
    assert aside.select_one("time")["datetime"] == day.isoformat()
    link = aside.select_one("a")
    assert link["href"] == f"https://github.com/prongsai/prongsai/commits/main/{source}"


def test_outside_git_no_date_is_shown(content, prongsai, tmp_path):
    code, _, err = prongsai(
        "build", "--config", str(ROOT / "mkdocs.yml"), "--site-dir", str(tmp_path / "site")
    )
    assert code == 0, err
    html = (tmp_path / "site" / "2566" / "round-1" / "index.html").read_text(encoding="utf-8")
    assert "md-source-file" not in html  # no build date passed off as an edit date
