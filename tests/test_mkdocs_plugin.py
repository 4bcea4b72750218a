"""The MkDocs side: a site repository names the `prongsai` plugin and nothing of the engine's.

Each test makes a site repository of its own in a temporary folder (mkdocs.yml + content/),
as an agency has it, and builds it with plain `mkdocs build` or through the plugin's config.
"""

import datetime as dt
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

from prongsai.content.history import THAI_TIME
from prongsai.content.schemas import json_schemas
from prongsai.publish.mkdocs_plugin import PLUGIN_NAME, SEARCH_PLUGIN
from prongsai.shared.resources import theme_dir
from prongsai.shared.thai import format_date
from tests.conftest import FIXTURES, MINIMAL_REPORT

MKDOCS = str(Path(sys.executable).parent / "mkdocs")
SITE_SETTINGS = """\
site_name: ทดสอบ
site_url: https://agency.github.io/ita/
repo_url: https://github.com/agency/ita
edit_uri: edit/main/
docs_dir: content
theme:
  name: material
"""


def _site_repository(root: Path, *, fixture: str = "minimal", extra: str = "") -> Path:
    shutil.copytree(FIXTURES / fixture, root / "content")
    (root / "mkdocs.yml").write_text(
        SITE_SETTINGS + "plugins:\n  - prongsai\n" + extra, encoding="utf-8"
    )
    return root


def _mkdocs_build(root: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [MKDOCS, "build", "--strict", "--site-dir", str(root / "site"), *extra],
        cwd=root,
        capture_output=True,
        text=True,
        env={**os.environ, "GIT_CEILING_DIRECTORIES": str(root.parent)},
    )


def test_plain_mkdocs_build_works_and_edit_opens_the_source_yaml(tmp_path):
    root = _site_repository(tmp_path / "repo")
    completed = _mkdocs_build(root)
    assert completed.returncode == 0, completed.stderr
    html = (root / "site" / "2566" / "round-1" / "index.html").read_text(encoding="utf-8")
    edit = BeautifulSoup(html, "html.parser").select_one("a.md-content__button[rel='edit']")
    assert (
        edit["href"] == "https://github.com/agency/ita/edit/main/content/reports/2566-round-1.yml"
    )


def test_the_plugin_brings_the_theme_search_and_markdown_settings(tmp_path):
    """mkdocs.yml names only the plugin: fonts, styles, Thai strings and search come along."""
    root = _site_repository(tmp_path / "repo")
    assert _mkdocs_build(root).returncode == 0
    site = root / "site"
    for face in theme_dir().joinpath("fonts", "sarabun").glob("*.woff2"):
        assert (site / "fonts" / "sarabun" / face.name).read_bytes() == face.read_bytes()
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert home.select_one("link[href$='assets/prongsai/prongsai.css']") is not None
    assert home.select_one("html")["lang"] == "th"
    config = json.loads(home.select_one("#__config").string)
    assert "content.action.edit" in config["features"]
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["en"]
    assert index["config"]["pipeline"] == ["stopWordFilter"]


def test_a_site_that_names_search_itself_gets_the_same_search_options(tmp_path):
    root = _site_repository(tmp_path / "repo", extra="  - search:\n      lang: th\n")
    config = load_config(config_file=str(root / "mkdocs.yml"))
    config.plugins.on_config(config)
    search = config.plugins[SEARCH_PLUGIN]
    assert search.config.lang == ["en"]
    assert list(config.plugins).count(SEARCH_PLUGIN) == 1


def test_the_sites_own_theme_overrides_come_before_the_engines(tmp_path):
    root = _site_repository(tmp_path / "repo")
    (root / "overrides").mkdir()
    text = (root / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(
        text.replace("  name: material\n", "  name: material\n  custom_dir: overrides\n"),
        encoding="utf-8",
    )
    config = load_config(config_file=str(root / "mkdocs.yml"))
    config.plugins.on_config(config)
    assert config.theme.dirs[:2] == [str(root / "overrides"), str(theme_dir())]


def test_another_theme_is_refused_with_a_message(tmp_path):
    root = _site_repository(tmp_path / "repo")
    text = (root / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(text.replace("name: material", "name: mkdocs"), "utf-8")
    config = load_config(config_file=str(root / "mkdocs.yml"))
    with pytest.raises(PluginError, match="Material"):
        config.plugins.on_config(config)


def test_the_site_publishes_the_json_schemas(tmp_path):
    root = _site_repository(tmp_path / "repo")
    assert _mkdocs_build(root).returncode == 0
    for name, schema in json_schemas().items():
        published = root / "site" / "schemas" / name
        assert json.loads(published.read_text(encoding="utf-8")) == schema


def test_bad_content_stops_mkdocs_with_the_editor_message(tmp_path):
    root = _site_repository(tmp_path / "repo")
    (root / "content" / "agency.yml").write_text("name: x\n", encoding="utf-8")
    completed = _mkdocs_build(root)
    assert completed.returncode != 0
    assert "content/agency.yml:1:1: ข้อผิดพลาด (error) [short_name]" in completed.stderr
    assert "The required key" in completed.stderr
    assert "Traceback" not in completed.stderr


def test_content_warnings_are_errors_only_when_the_plugin_is_strict(tmp_path, monkeypatch):
    root = _site_repository(tmp_path / "repo")
    report = root / "content" / MINIMAL_REPORT
    report.write_text(report.read_text(encoding="utf-8").replace("status: done", "", 1), "utf-8")
    monkeypatch.chdir(root)
    config = load_config(config_file=str(root / "mkdocs.yml"))
    assert config.plugins.on_config(config).nav[0] == {"หน้าแรก": "index.md"}
    strict = load_config(config_file=str(root / "mkdocs.yml"))
    strict.plugins[PLUGIN_NAME].config.strict = True
    with pytest.raises(PluginError):
        strict.plugins.on_config(strict)


def _git(root: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "GIT_AUTHOR_DATE": "2024-03-05T10:00:00+07:00",
        "GIT_COMMITTER_DATE": "2024-03-05T10:00:00+07:00",
    }
    return subprocess.run(
        ["git", *args], cwd=root, env=env, check=True, capture_output=True, text=True
    ).stdout


def test_last_updated_is_the_commit_of_the_source_with_its_history(tmp_path):
    """ปรับปรุงล่าสุด: the B.E. day of the last commit of the page's content file, linked to
    that file's history on GitHub."""
    root = _site_repository(tmp_path / "repo")
    _git(root, "init", "-q", "-b", "main")
    _git(root, "add", "content", "mkdocs.yml")
    _git(root, "commit", "-q", "-m", "content")
    assert _mkdocs_build(root).returncode == 0
    day = dt.datetime.fromtimestamp(int(_git(root, "log", "-1", "--format=%ct")), THAI_TIME)
    html = (root / "site" / "2566" / "round-1" / "index.html").read_text(encoding="utf-8")
    aside = BeautifulSoup(html, "html.parser").select_one("aside.md-source-file")
    assert f"ปรับปรุงล่าสุด {format_date(day.date())}" in " ".join(aside.get_text(" ").split())
    assert aside.select_one("time")["datetime"] == "2024-03-05"
    assert aside.select_one("a")["href"] == (
        "https://github.com/agency/ita/commits/main/content/reports/2566-round-1.yml"
    )


def test_outside_git_no_date_is_shown(tmp_path):
    root = _site_repository(tmp_path / "repo")
    assert _mkdocs_build(root).returncode == 0
    html = (root / "site" / "2566" / "round-1" / "index.html").read_text(encoding="utf-8")
    assert "md-source-file" not in html  # no build date passed off as an edit date


def test_a_site_config_without_the_plugin_is_refused_by_the_command(tmp_path, prongsai):
    root = _site_repository(tmp_path / "repo")
    (root / "mkdocs.yml").write_text(SITE_SETTINGS, encoding="utf-8")
    code, _, err = prongsai(
        "--content",
        str(root / "content"),
        "build",
        "--config",
        str(root / "mkdocs.yml"),
        "--site-dir",
        str(root / "site"),
    )
    assert code == 1
    assert "plugins: [prongsai]" in err and "prongsai migrate" in err
    assert not (root / "site").exists()
