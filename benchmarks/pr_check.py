"""How long an agency's pull-request check takes: the steps of the engine's action, locally.

The action (action.yml) installs the engine at the site's pinned version with pip's cache,
runs ``prongsai check --github`` and ``prongsai build`` (MkDocs strict: internal links
checked). This script does the same in a site repository made by ``prongsai init`` whose
content is committed to git, as every real site's is (git dates are part of the build):

* the example content (this repository's content/), and
* the 10-year reference content (benchmarks/reference_content.py);

then times, after a warm-up and ``--runs`` times each, the check and the build as
subprocesses, and once the install into a fresh virtual environment from the pinned lock
with a warm pip cache (``--skip-install`` leaves it out). Medians (min–max) go to
benchmarks/out/pr_check.json. The target is a GitHub runner's: the whole check under
2 minutes; the local figures show where the time goes on this machine.

    .venv/bin/python benchmarks/pr_check.py [--runs 3] [--years 10] [--skip-install]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYTHON = REPO / ".venv" / "bin" / "python"
PRONGSAI = REPO / ".venv" / "bin" / "prongsai"
TARGET_SECONDS = 120.0
"""A site's pull-request check on a GitHub runner (issue #12)."""

sys.path.insert(0, str(REPO / "benchmarks"))
from common import (  # noqa: E402
    OUT_DIR,
    add_output_arguments,
    environment,
    spread,
    timed,
    work_folder,
    write_results,
)
from reference_content import write_reference_content  # noqa: E402

INIT_FLAGS = [
    "--name", "เทศบาลตำบลทดสอบเวลา", "--short-name", "ทต.ทดสอบเวลา", "--kind", "เทศบาลตำบล",
    "--github", "bench-agency/ita",
]  # fmt: skip


def site_repository(work: Path, name: str, content: Path | None, years: int) -> Path:
    """``prongsai init`` with its content replaced, everything committed to git."""
    root = work / name
    subprocess.run([PRONGSAI, "init", root, *INIT_FLAGS], check=True, capture_output=True)
    shutil.rmtree(root / "content")
    if content is None:
        write_reference_content(root / "content", years)
    else:
        shutil.copytree(content, root / "content")
    env = {**os.environ, "GIT_AUTHOR_NAME": "b", "GIT_AUTHOR_EMAIL": "b@example.org"}
    env |= {"GIT_COMMITTER_NAME": "b", "GIT_COMMITTER_EMAIL": "b@example.org"}
    for command in (["init", "-q", "-b", "main"], ["add", "."], ["commit", "-q", "-m", "site"]):
        subprocess.run(["git", *command], cwd=root, env=env, check=True)
    return root


def time_install(work: Path) -> float:
    """A fresh venv, the pinned dependencies (pip's cache is warm after `make site`), the
    engine itself: what the action's install step does on a runner with a cache hit."""
    venv = work / "venv"
    wheel_dir = work / "dist"
    subprocess.run(
        [PYTHON, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet",
         "-w", wheel_dir, REPO], check=True,
    )  # fmt: skip
    wheel = next(wheel_dir.glob("prongsai-*.whl"))
    base = getattr(sys, "_base_executable", sys.executable)
    pip = [venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--no-deps"]
    steps = [
        [base, "-m", "venv", venv],
        [*pip, "--require-hashes", "-r", REPO / "requirements" / "site.txt"],
        [*pip, wheel],
    ]
    return sum(timed(step).wall for step in steps)


def time_site(root: Path, runs: int) -> dict:
    env = {**os.environ, "GITHUB_STEP_SUMMARY": str(root.parent / f"{root.name}-summary.md")}
    check = [PRONGSAI, "check", "--github"]
    build = [PRONGSAI, "build", "--site-dir", "site"]
    timed(check, env, root)  # warm-up: the file cache, compiled bytecode
    timed(build, env, root)
    checks, builds = [], []
    for run in range(runs):
        checks.append(timed(check, env, root).wall)
        builds.append(timed(build, env, root).wall)
        print(f"  {root.name} {run + 1}/{runs}: check {checks[-1]:.2f} s, build {builds[-1]:.2f} s")
    pages = sum(1 for _ in (root / "site").rglob("index.html"))
    totals = [c + b for c, b in zip(checks, builds, strict=True)]
    return {
        "pages": pages,
        "check": spread(checks),
        "build": spread(builds),
        "total": spread(totals),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--skip-install", action="store_true")
    add_output_arguments(parser, OUT_DIR / "pr_check.json")
    args = parser.parse_args(argv)
    results: dict = {"environment": environment(), "runs": args.runs, "sites": {}}
    with work_folder("prongsai-pr-check-", args.tmp_root, args.keep) as work:
        install = None if args.skip_install else time_install(work)
        results["install_seconds"] = install
        sites = {
            "example": site_repository(work, "example", REPO / "content", 0),
            f"reference-{args.years}y": site_repository(work, "reference", None, args.years),
        }
        for name, root in sites.items():
            results["sites"][name] = time_site(root, args.runs)
    print(f"\n{'site':<16}{'pages':>7}{'check':>9}{'build':>9}{'check+build':>13}")
    for name, site in results["sites"].items():
        print(
            f"{name:<16}{site['pages']:>7}{site['check']['median']:>8.2f}s"
            f"{site['build']['median']:>8.2f}s{site['total']['median']:>12.2f}s"
        )
    if install is not None:
        print(f"install (fresh venv, warm pip cache): {install:.1f} s")
        worst = max(site["total"]["median"] for site in results["sites"].values())
        verdict = "PASS" if install + worst < TARGET_SECONDS else "FAIL"
        print(
            f"slowest check with install: {install + worst:.1f} s"
            f" (< {TARGET_SECONDS:.0f} s locally: {verdict})"
        )
    write_results(args.results, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
