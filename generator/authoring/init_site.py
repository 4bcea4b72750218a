"""`prongsai init DIR`: a new agency's site repository, ready to push.

The repository holds the agency's content and a few settings, never engine code or engine
tests: the engine is installed at the exact version pinned in requirements.txt, which
Dependabot proposes to raise. Every input is checked before anything is written, and the
files are written into a staging folder that becomes DIR only when all of them are there and
the new content passes the same check as `prongsai check`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from prongsai import __version__
from prongsai.authoring.scaffold import new_year
from prongsai.content.problems import format_report
from prongsai.content.records import AgencyKind
from prongsai.content.schemas import editor_settings
from prongsai.pipeline import run
from prongsai.shared import thai
from prongsai.site.render import RenderSettings, make_environment
from prongsai.site.site_settings import (
    CNAME_FILE,
    pages_address,
    read_site_settings,
    repository_address,
)

REPOSITORY_PATTERN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}")
DOMAIN_PATTERN = re.compile(
    r"(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}", re.IGNORECASE
)
ENGINE_REPOSITORY = "prongsai/prongsai"
"""Where the engine's composite action lives (``uses: prongsai/prongsai@v<major>``)."""

SITE_FILES = {
    "mkdocs.yml": "site/mkdocs.yml.j2",
    "requirements.txt": "site/requirements.txt.j2",
    "README.md": "site/README.md.j2",
    ".gitignore": "site/gitignore.j2",
    ".github/workflows/pr.yml": "site/workflows/pr.yml.j2",
    ".github/workflows/deploy.yml": "site/workflows/deploy.yml.j2",
    ".github/workflows/links.yml": "site/workflows/links.yml.j2",
    ".github/dependabot.yml": "site/dependabot.yml.j2",
    "content/agency.yml": "site/agency.yml.j2",
}


class InitError(Exception):
    """A wrong input: nothing was written."""

    def __init__(self, thai_text: str, english_text: str) -> None:
        super().__init__(f"{thai_text}\n{english_text}")
        self.thai = thai_text
        self.english = english_text


@dataclass(frozen=True)
class NewSite:
    name: str
    short_name: str
    kind: AgencyKind
    github: str
    domain: str | None = None

    @property
    def site_url(self) -> str:
        return pages_address(self.github, self.domain)

    @property
    def repo_url(self) -> str:
        return repository_address(self.github)


def current_fiscal_year(today: dt.date) -> int:
    """The B.E. fiscal year of ``today``: October starts the next one."""
    return thai.be_year(today.year + (1 if today.month >= 10 else 0))


def checked_inputs(
    *,
    name: str | None,
    short_name: str | None,
    kind: str | None,
    github: str | None,
    domain: str | None,
) -> NewSite:
    """The inputs as a NewSite, or InitError naming every wrong one."""
    wrong: list[tuple[str, str]] = []
    name, short_name = (name or "").strip(), (short_name or "").strip()
    if not name or _has_control_characters(name):
        wrong.append(
            (
                "--name: ใส่ชื่อเต็มของหน่วยงาน เช่น องค์การบริหารส่วนตำบลบ้านใหม่",
                "--name: the agency's full name, e.g. องค์การบริหารส่วนตำบลบ้านใหม่",
            )
        )
    if not short_name or _has_control_characters(short_name):
        wrong.append(
            ("--short-name: ใส่ชื่อย่อ เช่น อบต.บ้านใหม่", "--short-name: the short name, e.g. อบต.บ้านใหม่")
        )
    kinds = [k.value for k in AgencyKind]
    if (kind or "").strip() not in kinds:
        wrong.append(
            (
                f"--kind: ประเภทหน่วยงาน '{kind or ''}' ไม่มีในรายการ ให้เลือกหนึ่งใน: {', '.join(kinds)}",
                f"--kind: '{kind or ''}' is not a kind of agency;"
                f" choose one of: {', '.join(kinds)}",
            )
        )
    github = (github or "").strip()
    if not REPOSITORY_PATTERN.fullmatch(github):
        wrong.append(
            (
                f"--github: '{github}' ไม่ใช่ชื่อคลังบน GitHub ให้เขียนเป็น ชื่อบัญชี/ชื่อคลัง"
                " ไม่มีช่องว่าง เช่น ban-mai-sao/ita",
                f"--github: '{github}' is not a GitHub repository: write OWNER/REPOSITORY"
                " without spaces, e.g. ban-mai-sao/ita",
            )
        )
    domain = (domain or "").strip().lower() or None
    if domain and not DOMAIN_PATTERN.fullmatch(domain):
        wrong.append(
            (
                f"--domain: '{domain}' ไม่ใช่ชื่อโดเมน ให้เขียนเฉพาะชื่อ เช่น ita.banmai.go.th"
                " (ไม่มี https:// และไม่มี / ท้าย)",
                f"--domain: '{domain}' is not a domain name: write the name alone, e.g."
                " ita.banmai.go.th (no https://, no trailing /)",
            )
        )
    if wrong:
        raise InitError("\n".join(t for t, _ in wrong), "\n".join(e for _, e in wrong))
    return NewSite(name, short_name, AgencyKind(kind.strip()), github, domain)


def _has_control_characters(text: str) -> bool:
    return any(ord(ch) < 32 or ord(ch) == 127 for ch in text)


def create_site(target: Path, site: NewSite, *, today: dt.date) -> list[Path]:
    """Write the new repository into ``target`` (absent or empty); return the files written."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise InitError(
            f"โฟลเดอร์ {target} มีไฟล์อยู่แล้ว ให้ระบุโฟลเดอร์ใหม่หรือโฟลเดอร์ว่าง (ยังไม่ได้เขียนไฟล์ใด)",
            f"{target} is not empty: give a new or empty folder (nothing was written).",
        )
    year = current_fiscal_year(today)
    staging = target.with_name(f".{target.name}.prongsai-init")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        _write_files(staging, site, year)
        _check_new_site(staging)
        if target.exists():
            target.rmdir()
        staging.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return sorted(p for p in target.rglob("*") if p.is_file())


def _write_files(root: Path, site: NewSite, year: int) -> None:
    env = make_environment(RenderSettings())
    values = {
        "site": site,
        "year": year,
        "version": __version__,
        "major": __version__.split(".")[0],
        "engine_repository": ENGINE_REPOSITORY,
    }
    for relative, template in SITE_FILES.items():
        _write(root / relative, env.get_template(template).render(**values))
    _write(
        root / ".vscode" / "settings.json",
        json.dumps(editor_settings(), ensure_ascii=False, indent=2) + "\n",
    )
    if site.domain:
        _write(root / CNAME_FILE, site.domain + "\n")
    # A year the engine ships no item list for gets a draft one from new_year (scaffold.py).
    new_year(root / "content", year)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _check_new_site(root: Path) -> None:
    """What was written must pass the check (warnings are the blanks staff fill in)."""
    result = run(root / "content", site=read_site_settings(root / "mkdocs.yml"))
    if result.errors():
        raise AssertionError(
            "prongsai init wrote content that does not pass the check:\n"
            + format_report(result.problems)
        )


PROMPTS: list[tuple[str, str, str]] = [
    ("name", "ชื่อเต็มของหน่วยงาน (เช่น องค์การบริหารส่วนตำบลบ้านใหม่)", "Full name"),
    ("short_name", "ชื่อย่อ (เช่น อบต.บ้านใหม่)", "Short name"),
    ("kind", "ประเภทหน่วยงาน ({kinds})", "Kind"),
    ("github", "คลังบน GitHub ชื่อบัญชี/ชื่อคลัง (เช่น ban-mai-sao/ita)", "GitHub OWNER/REPOSITORY"),
    ("domain", "โดเมนของหน่วยงานเอง ถ้ามี (เว้นว่างได้)", "Custom domain, optional"),
]


def ask(
    answers: dict[str, str | None], prompt: Callable[[str], str] = input
) -> dict[str, str | None]:
    """Ask in Thai for every input not given on the command line."""
    kinds = ", ".join(k.value for k in AgencyKind)
    filled = dict(answers)
    for key, thai_text, english in PROMPTS:
        if filled.get(key):
            continue
        filled[key] = prompt(f"{thai_text.format(kinds=kinds)} / {english}: ").strip() or None
    return filled
