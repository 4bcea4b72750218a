"""Stage 5: write rendered pages to a folder (for `prongsai generate` and other renderers).

Every path is joined through one guarded function: nothing is written outside the folder,
and no path is written twice.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from prongsai.render import NavEntry, RenderedSite

NAV_FILE = "nav.json"


class UnsafePathError(ValueError):
    """A page path that would leave the output folder or overwrite another page."""


def safe_join(root: Path, relative: str) -> Path:
    target = (root / relative).resolve()
    if not target.is_relative_to(root.resolve()):
        raise UnsafePathError(f"{relative!r} leaves {root}")
    return target


def write_pages(rendered: RenderedSite, out_dir: Path) -> list[Path]:
    """Write every page, the other files (feed, ITAS sheets), the documents and the nav
    (nav.json) under ``out_dir``."""
    written: dict[Path, str] = {}
    for page in rendered.pages:
        target = safe_join(out_dir, page.path.source_path)
        if target in written:
            raise UnsafePathError(f"{page.path.source_path} would be written twice")
        written[target] = page.markdown
    for output in rendered.files:
        target = safe_join(out_dir, output.path)
        if target in written:
            raise UnsafePathError(f"{output.path} would be written twice")
        written[target] = output.text
    copies: dict[Path, Path] = {}
    for document in rendered.documents:
        target = safe_join(out_dir, document.url_path)
        if target in written or target in copies:
            raise UnsafePathError(f"{document.url_path} would be written twice")
        copies[target] = document.source
    nav_target = safe_join(out_dir, NAV_FILE)
    written[nav_target] = json.dumps(nav_as_config(rendered.nav), ensure_ascii=False, indent=2)
    for target, text in written.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    for target, source in copies.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    return [*written, *copies]


def nav_as_config(entries: tuple[NavEntry, ...]) -> list[dict]:
    """The nav in the shape of mkdocs.yml's ``nav:`` (also read by ProperDocs and Zensical)."""
    return [
        {entry.title: entry.path.source_path if entry.path else nav_as_config(entry.children)}
        for entry in entries
    ]
