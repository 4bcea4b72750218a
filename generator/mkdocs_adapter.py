"""The thin MkDocs side of Prongsai: a hooks file named in mkdocs.yml.

It runs the core pipeline on ``docs_dir`` (the content folder), hands the rendered pages
and nav to MkDocs, points each page's "edit" button at its source file, and lets
``mkdocs serve`` reload on content changes (docs_dir is watched by MkDocs itself).
Swapping the renderer means replacing this file, not the core.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from prongsai import thai
from prongsai.csp import add_content_security_policy
from prongsai.history import last_commit_date
from prongsai.labels import site_title
from prongsai.pipeline import Result, run, take_prepared
from prongsai.problems import format_report
from prongsai.schemas import SCHEMAS_URL_FOLDER, json_schemas, schema_text
from prongsai.thai_search import BackgroundSegmenter
from prongsai.write import nav_as_config

STRICT_ENV = "PRONGSAI_STRICT"
SEGMENTATION_ENV = "PRONGSAI_THAI_SEARCH"
"""Set to 0 to leave the search index as Material writes it (benchmarks/ compares the two)."""
log = logging.getLogger("mkdocs.plugins.prongsai")

_result: Result | None = None
_page_sources: dict[str, tuple[Path, str | None]] = {}
"""Generated page → (its content file, that file's path in the repository, if inside it)."""


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _result
    strict = os.environ.get(STRICT_ENV) == "1"
    content_dir = Path(config.docs_dir)
    site_url = config.site_url or None
    result = take_prepared(content_dir, site_url) or run(content_dir, site_url=site_url)
    if result.errors(strict=strict) or result.rendered is None:
        raise PluginError("\n" + format_report(result.problems))
    for warning in result.warnings:
        log.info(warning.format())
    config.nav = nav_as_config(result.rendered.nav)
    # The agency is in the content, not in mkdocs.yml: the header names the right one.
    config.site_name = site_title(result.site.agency.short_name)
    _result = result
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    assert _result is not None and _result.rendered is not None
    docs_dir = Path(config.docs_dir).resolve()
    repo_root = Path(config.config_file_path).resolve().parent
    # The content folder holds YAML, not pages: MkDocs must not copy it to the site.
    kept = [f for f in files if f.src_dir is None or Path(f.src_dir).resolve() != docs_dir]
    _page_sources.clear()
    for page in _result.rendered.pages:
        generated = File.generated(config, page.path.source_path, content=page.markdown)
        source = (Path.cwd() / page.source.file).resolve()
        # Content outside the repository (a test folder, say) has no page on GitHub to edit.
        generated.edit_uri = (
            source.relative_to(repo_root).as_posix() if source.is_relative_to(repo_root) else None
        )
        _page_sources[page.path.source_path] = (source, generated.edit_uri)
        kept.append(generated)
    for output in _result.rendered.files:
        kept.append(File.generated(config, output.path, content=output.text))
    for document in _result.rendered.documents:
        kept.append(File.generated(config, document.url_path, abs_src_path=str(document.source)))
    for name, schema in json_schemas().items():
        kept.append(
            File.generated(config, f"{SCHEMAS_URL_FOLDER}/{name}", content=schema_text(schema))
        )
    return Files(kept)


_segmenter: BackgroundSegmenter | None = None


def on_pre_build(config: MkDocsConfig) -> None:
    """Start loading the Thai dictionary for search beside the build (thai_search.py)."""
    global _segmenter
    _stop_segmenter()
    has_search = "search" in config.plugins or "material/search" in config.plugins
    if has_search and os.environ.get(SEGMENTATION_ENV) != "0":
        _segmenter = BackgroundSegmenter()


def on_post_build(config: MkDocsConfig) -> None:
    """Cut the Thai text of Material's search index into words (see thai_search.py)."""
    global _segmenter
    index_file = Path(config.site_dir) / "search" / "search_index.json"
    segmenter, _segmenter = _segmenter, None
    if segmenter is None:
        return
    if index_file.is_file():
        segmenter.segment(index_file)
    else:
        segmenter.cancel()


def on_build_error(error: Exception) -> None:
    _stop_segmenter()


def _stop_segmenter() -> None:
    global _segmenter
    if _segmenter is not None:
        _segmenter.cancel()
        _segmenter = None


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    """ปรับปรุงล่าสุด: the day of the last commit that changed the page's content file, and
    a link to that file's history on GitHub (theme/partials/source-file.html shows them)."""
    source, repository_path = _page_sources.get(page.file.src_uri, (None, None))
    if source is None:
        return context
    date = _commit_date(source)
    if date is not None:
        thai_digits = bool(_result and _result.settings and _result.settings.thai_digits)
        page.meta["revision_date"] = thai.format_date(date, thai_digits=thai_digits)
        page.meta["revision_date_iso"] = date.isoformat()
    history = _history_url(config, repository_path)
    if history:
        page.meta["history_url"] = history
    return context


@functools.lru_cache(maxsize=1024)
def _commit_date(source: Path) -> dt.date | None:
    return last_commit_date(source)


def _history_url(config: MkDocsConfig, repository_path: str | None) -> str | None:
    """``<repo_url>/commits/<branch>/<path>`` on GitHub; the branch comes from edit_uri."""
    repo_url = (config.repo_url or "").rstrip("/")
    if not repository_path or "github.com" not in repo_url:
        return None
    parts = (config.edit_uri or "edit/main/").strip("/").split("/")
    branch = parts[1] if len(parts) > 1 else "main"
    return f"{repo_url}/commits/{branch}/{repository_path}"


_previewing = False
"""`mkdocs serve` adds a live-reload script to every page it serves, different on every
request: no hash can allow it, so the local preview goes without the policy."""


def on_startup(command: str, dirty: bool) -> None:
    global _previewing
    _previewing = command == "serve"


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Every page carries its Content-Security-Policy (csp.py)."""
    return output if _previewing else add_content_security_policy(output)


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    """404.html is rendered as a static template, not a page: it gets the policy here."""
    if template_name.endswith(".html") and not _previewing:
        return add_content_security_policy(output_content)
    return output_content
