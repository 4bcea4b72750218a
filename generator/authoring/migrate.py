"""`prongsai migrate`: bring a site written for an older engine up to this one.

Two things can age. The content format: content/site.yml may say ``format_version``
(absent means 1); when a release must change how content is written, it raises
CONTENT_FORMAT and adds a step to CONTENT_MIGRATIONS that rewrites the files. And the site
settings: sites made before the engine was a plugin (0.1) named its hooks file and theme
folder by path in mkdocs.yml; those lines are replaced by ``plugins: [prongsai]``.

Every step says what it changed, and nothing is written when nothing needs to change.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from prongsai.content.layout import CONTENT_FORMAT

FORMAT_KEY = "format_version"


@dataclass(frozen=True)
class Change:
    file: Path
    thai: str
    english: str

    def format(self) -> str:
        return f"{self.file}: {self.thai} / {self.english}"


ContentMigration = Callable[[Path], list[Change]]
"""Rewrites a content folder from one format to the next; returns what it changed."""

CONTENT_MIGRATIONS: dict[int, ContentMigration] = {}
"""format N → the step that rewrites format N into N + 1 (none yet: format 1 is the first)."""


class MigrateError(Exception):
    def __init__(self, thai_text: str, english_text: str) -> None:
        super().__init__(f"{thai_text}\n{english_text}")
        self.thai = thai_text
        self.english = english_text


def content_format(content_dir: Path) -> int:
    """The format the content says it is written in (content/site.yml, default 1)."""
    site_file = content_dir / "site.yml"
    if not site_file.is_file():
        return 1
    match = re.search(
        rf"(?m)^{FORMAT_KEY}:\s*(\d+)\s*(?:#.*)?$", site_file.read_text(encoding="utf-8")
    )
    return int(match.group(1)) if match else 1


def migrate_content(
    content_dir: Path,
    *,
    migrations: dict[int, ContentMigration] | None = None,
    target: int = CONTENT_FORMAT,
) -> list[Change]:
    """Run every step from the content's format up to ``target`` and record the new format."""
    steps = CONTENT_MIGRATIONS if migrations is None else migrations
    current = content_format(content_dir)
    if current > target:
        raise MigrateError(
            f"ข้อมูลเขียนไว้สำหรับโปรแกรมรุ่นใหม่กว่านี้ (รูปแบบ {current} แต่โปรแกรมนี้อ่านได้ถึงรูปแบบ"
            f" {target}) ให้ปรับรุ่นโปรแกรมใน requirements.txt",
            f"The content is written for a newer engine (format {current}; this engine reads up"
            f" to {target}): raise the version in requirements.txt.",
        )
    changes: list[Change] = []
    while current < target:
        changes += steps[current](content_dir)
        current += 1
        changes.append(_record_format(content_dir, current))
    return changes


def _record_format(content_dir: Path, version: int) -> Change:
    site_file = content_dir / "site.yml"
    text = site_file.read_text(encoding="utf-8") if site_file.is_file() else ""
    line = f"{FORMAT_KEY}: {version}"
    pattern = re.compile(rf"(?m)^{FORMAT_KEY}:.*$")
    text = pattern.sub(line, text) if pattern.search(text) else f"{line}\n{text}"
    site_file.write_text(text, encoding="utf-8")
    return Change(
        site_file,
        f"บันทึกรูปแบบข้อมูลเป็น {version}",
        f"recorded content format {version}",
    )


# ---- mkdocs.yml: from the 0.1 hooks file to the plugin ---------------------------------------

_ENGINE_KEYS = {
    "hooks",
    "watch",
    "extra_css",
    "markdown_extensions",
    "validation",
    "use_directory_urls",
    "strict",
    "extra",
}
"""Top-level keys of a 0.1 mkdocs.yml that only carried the engine's own settings."""


def migrate_site_config(config_file: Path) -> list[Change]:
    """Rewrite a 0.1 mkdocs.yml (``hooks: [generator/mkdocs_adapter.py]``) to name the plugin,
    keeping the site's own settings (name, description, addresses, repository, docs_dir)."""
    if not config_file.is_file():
        return []
    text = config_file.read_text(encoding="utf-8")
    if not re.search(r"(?m)^hooks:\s*$", text) or "mkdocs_adapter" not in text:
        return []
    kept: list[str] = []
    skipping = False
    for line in text.splitlines():
        key = re.match(r"([A-Za-z_]+):", line)
        if key:
            skipping = key.group(1) in _ENGINE_KEYS | {"theme", "plugins"}
        elif line and not line.startswith((" ", "#", "-")):
            skipping = False
        if not skipping:
            kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    kept += ["", "theme:", "  name: material", "", "plugins:", "  - prongsai", ""]
    config_file.write_text("\n".join(kept), encoding="utf-8")
    return [
        Change(
            config_file,
            "เปลี่ยนจากการเรียกไฟล์ของโปรแกรมตามที่อยู่ (hooks, theme/custom_dir, การตั้งค่า Markdown"
            " และการค้นหา) เป็น plugins: [prongsai] ซึ่งนำการตั้งค่าเหล่านั้นมาเอง",
            "replaced the engine's files named by path (hooks, theme custom_dir, Markdown and"
            " search settings) with plugins: [prongsai], which brings them itself",
        )
    ]
