"""`prongsai init`: a new agency's site repository, its inputs, and what it must never hold."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from prongsai import __version__
from prongsai.authoring.init_site import ask, checked_inputs, current_fiscal_year
from prongsai.pipeline import run
from prongsai.site.site_settings import read_site_settings
from tests.test_workflows import _actionlint

FLAGS = [
    "--name", "เทศบาลตำบลบ้านใหม่",
    "--short-name", "ทต.บ้านใหม่",
    "--kind", "เทศบาลตำบล",
    "--github", "banmai-ita/transparency",
]  # fmt: skip
EXAMPLE_TEXT = ("เขาน้อย", "prongsai.github.io", "github.com/prongsai/prongsai/")
ENGINE_DOCS = "https://github.com/prongsai/prongsai/blob/v"


@pytest.fixture
def new_site(tmp_path, prongsai) -> Path:
    target = tmp_path / "banmai"
    code, out, err = prongsai("init", str(target), *FLAGS)
    assert (code, err) == (0, ""), err
    assert "https://banmai-ita.github.io/transparency/" in out
    return target


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def test_init_writes_a_site_repository_without_engine_code(new_site):
    year = current_fiscal_year(dt.date.today())
    assert _files(new_site) >= {
        "mkdocs.yml",
        "requirements.txt",
        "README.md",
        ".gitignore",
        ".vscode/settings.json",
        ".github/workflows/pr.yml",
        ".github/workflows/deploy.yml",
        ".github/workflows/links.yml",
        ".github/dependabot.yml",
        "content/agency.yml",
        f"content/reports/{year}-round-1.yml",
        f"content/oit/{year}.yml",
    }
    assert not any(name.endswith(".py") or name.startswith(("generator/", "tests/", "theme/"))
                   for name in _files(new_site))  # fmt: skip
    assert (new_site / "requirements.txt").read_text("utf-8").splitlines()[-1] == (
        f"prongsai=={__version__}"
    )


def test_the_settings_carry_the_agencys_own_addresses(new_site):
    settings = read_site_settings(new_site / "mkdocs.yml")
    assert settings.site_url == "https://banmai-ita.github.io/transparency/"
    assert settings.repo_url == "https://github.com/banmai-ita/transparency"
    config = yaml.safe_load((new_site / "mkdocs.yml").read_text("utf-8"))
    assert config["plugins"] == ["prongsai"]
    assert config["site_name"] == "รายงานคุณธรรมและความโปร่งใส ทต.บ้านใหม่"
    agency = yaml.safe_load((new_site / "content" / "agency.yml").read_text("utf-8"))
    assert agency == {"name": "เทศบาลตำบลบ้านใหม่", "short_name": "ทต.บ้านใหม่", "kind": "เทศบาลตำบล"}


def test_no_text_of_the_example_agency_is_written(new_site):
    for path in new_site.rglob("*"):
        if path.is_file():
            # The engine's own documentation is on the engine's repository (which also holds
            # the example site): links to it at the pinned version are not the example's.
            text = path.read_text(encoding="utf-8").replace(ENGINE_DOCS, "")
            for example in EXAMPLE_TEXT:
                assert example not in text, f"{path.relative_to(new_site)} names {example}"


def test_the_new_content_passes_the_check_with_only_blanks_to_fill(new_site):
    result = run(new_site / "content", site=read_site_settings(new_site / "mkdocs.yml"))
    assert result.errors() == []
    assert result.rendered is not None
    assert {p.code for p in result.warnings} <= {
        "status_missing",
        "oit_items_missing",
        "placeholder_left",  # the memo's number and signatory, for staff to type
    }


def test_a_custom_domain_is_written_as_cname_and_is_the_address(tmp_path, prongsai):
    target = tmp_path / "site"
    code, _, err = prongsai("init", str(target), *FLAGS, "--domain", "ITA.BanMai.go.th")
    assert code == 0, err
    assert (target / "CNAME").read_text("utf-8") == "ita.banmai.go.th\n"
    assert read_site_settings(target / "mkdocs.yml").site_url == "https://ita.banmai.go.th/"


def test_a_user_site_repository_is_published_at_the_root():
    site = checked_inputs(
        name="ก", short_name="ข", kind="อบต.", github="Banmai/banmai.github.io", domain=None
    )
    assert site.site_url == "https://banmai.github.io/"


@pytest.mark.parametrize(
    ("flag", "value", "thai", "english"),
    [
        ("--github", "banmai ita/site", "ไม่ใช่ชื่อคลังบน GitHub", "is not a GitHub repository"),
        ("--github", "banmai", "ชื่อบัญชี/ชื่อคลัง", "OWNER/REPOSITORY"),
        ("--kind", "อำเภอ", "ไม่มีในรายการ", "is not a kind of agency"),
        ("--domain", "https://ita.go.th/", "ไม่ใช่ชื่อโดเมน", "is not a domain name"),
        ("--name", " ", "ใส่ชื่อเต็มของหน่วยงาน", "the agency's full name"),
    ],
)
def test_a_wrong_input_is_named_and_nothing_is_written(
    tmp_path, prongsai, flag, value, thai, english
):
    flags = list(FLAGS)
    if flag in flags:
        flags[flags.index(flag) + 1] = value
    else:
        flags += [flag, value]
    code, out, err = prongsai("init", str(tmp_path / "site"), *flags)
    assert code == 1 and out == ""
    assert thai in err and english in err
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_is_not_empty_is_refused(tmp_path, prongsai):
    target = tmp_path / "site"
    target.mkdir()
    (target / "notes.txt").write_text("mine", encoding="utf-8")
    code, _, err = prongsai("init", str(target), *FLAGS)
    assert code == 1
    assert "มีไฟล์อยู่แล้ว" in err and "is not empty" in err
    assert _files(target) == {"notes.txt"}


def test_every_wrong_input_is_listed_at_once(tmp_path, prongsai):
    code, _, err = prongsai(
        "init", str(tmp_path / "s"), "--name", "ก", "--short-name", "ข", "--kind", "x",
        "--github", "a b",
    )  # fmt: skip
    assert code == 1
    assert "--kind" in err and "--github" in err


def test_the_fiscal_year_starts_in_october():
    assert current_fiscal_year(dt.date(2026, 9, 30)) == 2569
    assert current_fiscal_year(dt.date(2026, 10, 1)) == 2570


def test_a_year_without_a_shipped_item_list_starts_from_a_draft(tmp_path, prongsai):
    """2570 began on 1 October 2026 with no published item list: the latest shipped list is
    copied as the agency's own draft catalogue, marked unverified."""
    year = current_fiscal_year(dt.date.today())
    code, _, err = prongsai("init", str(tmp_path / "s"), *FLAGS)
    assert code == 0, err
    draft = tmp_path / "s" / "content" / "oit" / "catalogues" / f"{year}.yml"
    if year <= 2569:
        pytest.skip("the engine ships this year's list")
    data = yaml.safe_load(draft.read_text("utf-8"))
    assert (data["year"], data["status"]) == (year, "unverified")
    assert draft.read_text("utf-8").startswith(f"# ร่างรายการข้อ OIT ปี {year}")


def test_interactive_questions_are_in_thai_and_fill_what_is_missing():
    asked: list[str] = []
    replies = iter(["เทศบาลตำบลบ้านใหม่", "ทต.บ้านใหม่", "banmai/ita", ""])

    def prompt(question: str) -> str:
        asked.append(question)
        return next(replies)

    answers = ask({"name": None, "short_name": None, "kind": "อบต.", "github": None}, prompt)
    assert answers["github"] == "banmai/ita" and answers["kind"] == "อบต."
    assert answers["domain"] is None
    assert asked[0].startswith("ชื่อเต็มของหน่วยงาน")
    assert len(asked) == 4  # the kind was given


# ---- workflows and Dependabot ----------------------------------------------------------------


def _workflow(new_site: Path, name: str) -> dict:
    return yaml.safe_load((new_site / ".github" / "workflows" / name).read_text("utf-8"))


def test_the_workflows_pass_actionlint(new_site):
    _, problems = _actionlint(*sorted((new_site / ".github" / "workflows").glob("*.yml")))
    assert problems == []


def test_every_workflow_runs_the_engines_action_with_least_permissions(new_site):
    major = __version__.split(".")[0]
    for name in ("pr.yml", "deploy.yml", "links.yml"):
        workflow = _workflow(new_site, name)
        assert workflow["permissions"] == {"contents": "read"}, name
        steps = [s for job in workflow["jobs"].values() for s in job.get("steps", [])]
        checkouts = [s for s in steps if s.get("uses", "").startswith("actions/checkout@")]
        assert checkouts and all(s["with"]["persist-credentials"] is False for s in checkouts)
        assert any(s.get("uses") == f"prongsai/prongsai@v{major}" for s in steps), name
        assert "make test" not in (new_site / ".github" / "workflows" / name).read_text("utf-8")


def test_the_pull_request_check_keeps_a_preview_and_writes_nothing(new_site):
    workflow = _workflow(new_site, "pr.yml")
    assert list(workflow[True]) == ["pull_request"]  # YAML 1.1 reads `on` as True
    steps = workflow["jobs"]["check"]["steps"]
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["with"]["path"] == "site/"


def test_deploy_publishes_with_the_pages_address_and_only_deploy_may_write(new_site):
    workflow = _workflow(new_site, "deploy.yml")
    build = workflow["jobs"]["build"]
    action = next(s for s in build["steps"] if s.get("uses", "").startswith("prongsai/"))
    assert action["with"]["site-url"] == "${{ steps.pages.outputs.base_url }}/"
    assert "permissions" not in build
    assert workflow["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}


def test_dependabot_proposes_engine_updates(new_site):
    config = yaml.safe_load((new_site / ".github" / "dependabot.yml").read_text("utf-8"))
    pip = next(u for u in config["updates"] if u["package-ecosystem"] == "pip")
    assert pip["allow"] == [{"dependency-name": "prongsai"}]
    assert re.search(
        r"^prongsai==\d+\.\d+\.\d+$", (new_site / "requirements.txt").read_text("utf-8"), re.M
    )
