import subprocess
import sys
from pathlib import Path

import pytest

from prongsai import cli
from prongsai.pipeline import run
from prongsai.site import render
from tests.conftest import MINIMAL_REPORT, SITE_CONFIG


def test_check_says_the_content_is_ready(content, prongsai):
    code, out, err = prongsai("check")
    assert (code, err) == (0, "")
    assert out == "ตรวจแล้ว ข้อมูลพร้อมเผยแพร่ (9 หน้า) / Content is ready to publish (9 pages).\n"


def test_the_module_runs_as_a_command_too(content):
    completed = subprocess.run(
        [sys.executable, "-m", "prongsai", "check"],
        cwd=content.parent,
        capture_output=True,
        text=True,
    )
    assert completed.returncode == 0, completed.stderr
    assert "Content is ready to publish" in completed.stdout


def test_the_console_script_is_installed():
    script = Path(sys.executable).parent / "prongsai"
    completed = subprocess.run([script, "--version"], capture_output=True, text=True)
    assert completed.stdout.strip().startswith("prongsai ")


def test_generate_writes_the_same_pages_the_site_uses(content, prongsai, tmp_path):
    code, out, _ = prongsai("generate", "--out", str(tmp_path / "pages"))
    assert code == 0
    # 5 pages, the feed, nav.json, 6 JSON Schemas, mkdocs.yml, and the machine files of
    # issue #16: /api/v1/ (agency, one year, 3 schemas, index), catalog.jsonld, data.json,
    # and the 4 policy pages
    assert "26 files" in out
    for page in run(content).rendered.pages:
        written = (tmp_path / "pages" / "docs" / page.path.source_path).read_text("utf-8")
        assert written == page.markdown


def test_generate_with_bad_content_writes_nothing(content, prongsai, tmp_path):
    (content / "agency.yml").write_text("name: [\n", encoding="utf-8")
    code, _, err = prongsai("generate", "--out", str(tmp_path / "pages"))
    assert code == 1
    assert "content/agency.yml:2:1" in err
    assert not (tmp_path / "pages").exists()


def test_a_mistyped_command_exits_2(prongsai):
    with pytest.raises(SystemExit) as caught:
        prongsai("chek")
    assert caught.value.code == 2


def test_an_internal_error_shows_no_traceback_unless_debug(content, prongsai, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(render, "render_site", broken)
    monkeypatch.setattr("prongsai.pipeline.render_site", broken)
    code, _, err = prongsai("check")
    assert code == cli.EXIT_INTERNAL
    assert "Traceback" not in err
    assert "Internal error" in err and "--debug" in err
    code, _, err = prongsai("--debug", "check")
    assert code == cli.EXIT_INTERNAL
    assert "Traceback" in err and "RuntimeError: boom" in err


def test_check_for_github_prints_annotations_and_writes_the_summary(
    content, prongsai, tmp_path, monkeypatch
):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    report = content / MINIMAL_REPORT
    report.write_text(report.read_text(encoding="utf-8").replace("round: 1", "round: 3"), "utf-8")
    code, out, err = prongsai("check", "--github")
    assert code == 1
    assert out.startswith("::error file=content/reports/2566-round-1.yml,line=3")
    assert "round" in err  # the usual report still goes to the log
    assert "❌" in summary.read_text(encoding="utf-8")


def test_the_published_address_can_be_given_to_build(oit_content, prongsai, tmp_path):
    """The deploy workflow passes the address GitHub Pages gives (--site-url) over mkdocs.yml."""
    (oit_content.parent / "mkdocs.yml").write_text(
        SITE_CONFIG.read_text(encoding="utf-8").replace("docs_dir: ../demo", "docs_dir: content"),
        encoding="utf-8",
    )
    site = tmp_path / "site"
    code, _, err = prongsai(
        "build", "--site-dir", str(site), "--site-url", "https://agency.github.io/khaonoi/"
    )
    assert code == 0, err
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://agency.github.io/khaonoi/2566/oit/o1/</loc>" in sitemap
    assert "test-agency.github.io" not in sitemap
