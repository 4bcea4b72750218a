"""Stage 5: write rendered pages to a folder (for `prongsai generate` and other renderers).

Every path is joined through one guarded function: nothing is written outside the folder,
and no path is written twice.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from markupsafe import Markup

from prongsai.content.schemas import SCHEMAS_URL_FOLDER, json_schemas, schema_text
from prongsai.shared.jinja import template_environment
from prongsai.site.render import NavEntry, RenderedSite
from prongsai.site.site_settings import ENGINE_MARKDOWN_EXTENSIONS, THEME_OPTIONS

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


DOCS_FOLDER = "docs"
STOCK_CONFIG = "mkdocs.yml"


def write_site_tree(
    rendered: RenderedSite, out_dir: Path, *, site_name: str, site_url: str | None
) -> list[Path]:
    """A complete tree that stock MkDocs + Material builds without the plugin into the same
    pages and downloads: docs/ (pages, data files, documents, JSON Schemas), nav.json and a
    mkdocs.yml that names them (the renderer-neutral output; see README)."""
    docs = out_dir / DOCS_FOLDER
    written = write_pages(rendered, docs)
    nav_file = docs / NAV_FILE
    nav_target = safe_join(out_dir, NAV_FILE)
    nav_file.replace(nav_target)
    written = [nav_target if path == nav_file else path for path in written]
    for name, schema in json_schemas().items():
        target = safe_join(docs, f"{SCHEMAS_URL_FOLDER}/{name}")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(schema_text(schema), encoding="utf-8")
        written.append(target)
    config = template_environment()
    config.filters["yaml_text"] = lambda text: Markup(json.dumps(str(text), ensure_ascii=False))
    text = config.get_template("site/stock-mkdocs.yml.j2").render(
        site_name=site_name,
        site_url=site_url,
        features=THEME_OPTIONS["features"],
        extensions=list(ENGINE_MARKDOWN_EXTENSIONS),
        nav=json.dumps(nav_as_config(rendered.nav), ensure_ascii=False),
    )
    target = safe_join(out_dir, STOCK_CONFIG)
    target.write_text(text, encoding="utf-8")
    return [*written, target]


def nav_as_config(entries: tuple[NavEntry, ...]) -> list[dict]:
    """The nav in the shape of mkdocs.yml's ``nav:`` (also read by ProperDocs and Zensical)."""
    return [
        {entry.title: entry.path.source_path if entry.path else nav_as_config(entry.children)}
        for entry in entries
    ]
