"""Prongsai's one boundary to MkDocs: the ``prongsai`` plugin (entry point ``mkdocs.plugins``).

A site's mkdocs.yml names the plugin (``plugins: [prongsai]``) and holds only the site's own
settings (name, address, repository). The plugin brings everything else: Prongsai's Material
overrides (theme/), the Markdown extensions and search settings its pages need, and the pages
themselves, rendered by the core pipeline from ``docs_dir`` (the content folder). It also
points each page's "edit" button at its source file, dates pages by git, and cuts the search
index's Thai into words.

The command line talks to the plugin through the loaded config (``prepare``), never through
module globals or environment variables. This is the only module that imports MkDocs:
changing the renderer means another adapter beside this one, not a rewrite of the core.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.commands.serve import serve as mkdocs_serve
from mkdocs.config import config_options, load_config
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import MkDocsException, PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from prongsai.content.history import last_commit_date
from prongsai.content.problems import format_report
from prongsai.content.schemas import SCHEMAS_URL_FOLDER, json_schemas, schema_text
from prongsai.pipeline import Result, run
from prongsai.search.thai_search import BackgroundSegmenter
from prongsai.shared import thai
from prongsai.shared.labels import site_title
from prongsai.shared.resources import templates_dir, theme_dir
from prongsai.site.csp import add_content_security_policy
from prongsai.site.site_settings import (
    CNAME_FILE,
    SEARCH_OPTIONS,
    THEME_OPTIONS,
    markdown_extensions,
    read_site_settings,
)
from prongsai.site.write import nav_as_config

log = get_plugin_logger(__name__)

PLUGIN_NAME = "prongsai"
SEARCH_PLUGIN = "material/search"


class ProngsaiConfig(Config):
    strict = config_options.Type(bool, default=False)
    """Content warnings stop the build (``prongsai build --strict`` sets it)."""
    thai_search = config_options.Type(bool, default=True)
    """Cut the search index's Thai into words (benchmarks/ compares with and without)."""
    search_options = config_options.Type(bool, default=True)
    """Give Material's search the options the Thai index needs; false leaves the search
    plugin as the site configures it (benchmarks/search.py's stock variant)."""


class ProngsaiPlugin(BasePlugin[ProngsaiConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self._prepared: Result | None = None
        self._result: Result | None = None
        self._page_sources: dict[str, tuple[Path, str | None]] = {}
        self._segmenter: BackgroundSegmenter | None = None
        self._previewing = False
        """`mkdocs serve` adds a live-reload script to every page it serves, different on
        every request: no hash can allow it, so the local preview goes without the policy."""

    def prepare(self, result: Result, *, strict: bool) -> None:
        """Hand over the content the command line has just checked, so a build reads it once."""
        self._prepared = result
        self.config.strict = strict

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self._previewing = command == "serve"

    # ---- configuration ------------------------------------------------------------------

    @event_priority(100)  # before Material's search plugin reads its options
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        apply_engine_settings(config, search_options=self.config.search_options)
        result, self._prepared = self._prepared, None
        if result is None:
            result = run(
                Path(config.docs_dir),
                site_url=config.site_url or None,
                site=read_site_settings(Path(config.config_file_path)),
            )
        if result.errors(strict=self.config.strict) or result.rendered is None:
            raise PluginError("\n" + format_report(result.problems))
        for warning in result.warnings:
            log.info(warning.format())
        config.nav = nav_as_config(result.rendered.nav)
        # The agency is in the content, not in mkdocs.yml: the header names the right one.
        assert result.site is not None
        config.site_name = site_title(result.site.agency.short_name)
        self._result = result
        return config

    # ---- pages and files ----------------------------------------------------------------

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        assert self._result is not None and self._result.rendered is not None
        docs_dir = Path(config.docs_dir).resolve()
        repo_root = Path(config.config_file_path).resolve().parent
        # The content folder holds YAML, not pages: MkDocs must not copy it to the site.
        kept = [f for f in files if f.src_dir is None or Path(f.src_dir).resolve() != docs_dir]
        self._page_sources.clear()
        for page in self._result.rendered.pages:
            generated = File.generated(config, page.path.source_path, content=page.markdown)
            source = (Path.cwd() / page.source.file).resolve()
            # Content outside the repository (a test folder, say) has no page on GitHub to edit.
            generated.edit_uri = (
                source.relative_to(repo_root).as_posix()
                if source.is_relative_to(repo_root)
                else None
            )
            self._page_sources[page.path.source_path] = (source, generated.edit_uri)
            kept.append(generated)
        for output in self._result.rendered.files:
            kept.append(File.generated(config, output.path, content=output.text))
        for document in self._result.rendered.documents:
            kept.append(
                File.generated(config, document.url_path, abs_src_path=str(document.source))
            )
        cname = repo_root / CNAME_FILE
        if cname.is_file():  # the agency's own domain, for GitHub Pages
            kept.append(File.generated(config, CNAME_FILE, content=cname.read_text("utf-8")))
        for name, schema in json_schemas().items():
            kept.append(
                File.generated(config, f"{SCHEMAS_URL_FOLDER}/{name}", content=schema_text(schema))
            )
        return Files(kept)

    def on_page_context(
        self, context: dict, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> dict:
        """ปรับปรุงล่าสุด: the day of the last commit that changed the page's content file, and
        a link to that file's history on GitHub (theme/partials/source-file.html shows them)."""
        source, repository_path = self._page_sources.get(page.file.src_uri, (None, None))
        if source is None:
            return context
        date = _commit_date(source)
        if date is not None:
            settings = self._result.settings if self._result else None
            page.meta["revision_date"] = thai.format_date(
                date, thai_digits=bool(settings and settings.thai_digits)
            )
            page.meta["revision_date_iso"] = date.isoformat()
        history = _history_url(config, repository_path)
        if history:
            page.meta["history_url"] = history
        return context

    # ---- Content-Security-Policy (csp.py) -------------------------------------------------

    @event_priority(-100)  # after every other plugin has changed the page
    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        return output if self._previewing else add_content_security_policy(output)

    def on_post_template(
        self, output_content: str, template_name: str, config: MkDocsConfig
    ) -> str:
        """404.html is rendered as a static template, not a page: it gets the policy here."""
        if template_name.endswith(".html") and not self._previewing:
            return add_content_security_policy(output_content)
        return output_content

    # ---- Thai search ----------------------------------------------------------------------

    def on_pre_build(self, config: MkDocsConfig) -> None:
        """Start loading the Thai dictionary for search beside the build (thai_search.py)."""
        self._stop_segmenter()
        if SEARCH_PLUGIN in config.plugins and self.config.thai_search:
            self._segmenter = BackgroundSegmenter()

    @event_priority(-100)  # after Material's search plugin has written its index
    def on_post_build(self, config: MkDocsConfig) -> None:
        """Cut the Thai text of Material's search index into words (see thai_search.py)."""
        index_file = Path(config.site_dir) / "search" / "search_index.json"
        segmenter, self._segmenter = self._segmenter, None
        if segmenter is None:
            return
        if index_file.is_file():
            segmenter.segment(index_file)
        else:
            segmenter.cancel()

    def on_build_error(self, error: Exception) -> None:
        self._stop_segmenter()

    def _stop_segmenter(self) -> None:
        if self._segmenter is not None:
            self._segmenter.cancel()
            self._segmenter = None

    # ---- preview ----------------------------------------------------------------------------

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        """Reload the preview when the engine's own templates or theme change (engine work)."""
        for folder in (templates_dir(), theme_dir()):
            server.watch(str(folder))
        return server


def apply_engine_settings(config: MkDocsConfig, *, search_options: bool = True) -> None:
    """Everything a Prongsai site needs from MkDocs beyond its own few settings."""
    if config.theme.name != "material":
        raise PluginError(
            "Prongsai ใช้ธีม Material เท่านั้น ให้ตั้ง theme: name: material ใน mkdocs.yml\n"
            "Prongsai needs the Material theme: set `theme: name: material` in mkdocs.yml."
        )
    # The site's own custom_dir (if any) stays first, so an agency can still override a
    # partial; Prongsai's overrides come next, then Material's templates.
    position = 1 if config.theme.custom_dir else 0
    engine_theme = str(theme_dir())
    if engine_theme not in config.theme.dirs:
        config.theme.dirs.insert(position, engine_theme)
    for key, value in THEME_OPTIONS.items():
        config.theme[key] = value
    features = list(config.theme.get("features") or [])
    for feature in THEME_OPTIONS["features"]:
        if feature not in features:
            features.append(feature)
    config.theme["features"] = features
    config.extra_css = ["assets/prongsai/prongsai.css", *config.extra_css]
    config.extra["generator"] = False
    for name, options in markdown_extensions().items():
        if name not in config.markdown_extensions:
            config.markdown_extensions.append(name)
        if options:
            config.mdx_configs[name] = {**config.mdx_configs.get(name, {}), **options}
    config.use_directory_urls = True
    _require_search(config, search_options=search_options)


def _require_search(config: MkDocsConfig, *, search_options: bool) -> None:
    """Material's search with the options Prongsai's Thai index needs. Added when the site's
    mkdocs.yml does not name it: MkDocs then still runs its ``on_config`` in this same round,
    because the event list is walked in order and this plugin runs first (priority 100)."""
    search = config.plugins.get(SEARCH_PLUGIN)
    if search is None:
        from material.plugins.search.plugin import SearchPlugin

        search = SearchPlugin()
        errors, _ = search.load_config({}, config.config_file_path)
        if errors:
            raise PluginError(f"Material's search plugin: {errors}")
        config.plugins[SEARCH_PLUGIN] = search
    if search_options:
        for key, value in SEARCH_OPTIONS.items():
            search.config[key] = value


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


# ---- the command line's way into MkDocs ---------------------------------------------------


class MkDocsFailed(Exception):
    """MkDocs stopped (a warning in strict mode, a broken link); the message is for editors."""


def load_site_config(
    config_file: Path,
    *,
    content_dir: Path | None = None,
    site_dir: Path | None = None,
    site_url: str | None = None,
    dev_addr: str | None = None,
) -> MkDocsConfig:
    """mkdocs.yml with the command line's choices over it; the plugin must be named in it."""
    overrides: dict[str, Any] = {}
    if content_dir is not None:
        overrides["docs_dir"] = str(content_dir.resolve())
    if site_dir is not None:
        overrides["site_dir"] = str(site_dir)
    if site_url:
        overrides["site_url"] = site_url
    if dev_addr:
        overrides["dev_addr"] = dev_addr
    try:
        config = load_config(config_file=str(config_file), **overrides)
    except MkDocsException as error:
        raise MkDocsFailed(f"{config_file}: {error}") from None
    if PLUGIN_NAME not in config.plugins:
        raise MkDocsFailed(
            f"{config_file} ไม่ได้เรียกใช้ Prongsai ให้เพิ่ม `plugins: [prongsai]`"
            " (หรือสั่ง prongsai migrate)\n"
            f"{config_file} does not use Prongsai: add `plugins: [prongsai]` (or run"
            " `prongsai migrate`)."
        )
    return config


def build_site(config: MkDocsConfig, result: Result, *, strict: bool) -> None:
    """Run MkDocs (always --strict) on content the command line has checked."""
    plugin = config.plugins[PLUGIN_NAME]
    assert isinstance(plugin, ProngsaiPlugin)
    plugin.prepare(result, strict=strict)
    config.strict = True
    try:
        config.plugins.on_startup(command="build", dirty=False)
        mkdocs_build(config)
    except MkDocsException as error:
        raise MkDocsFailed(str(error).strip()) from None
    finally:
        config.plugins.on_shutdown()


def serve_site(config_file: Path, content_dir: Path, dev_addr: str) -> None:
    """MkDocs' live preview; not strict: the live server logs redirects as warnings, which
    strict mode would count against a rebuild running at that moment."""
    with mkdocs_messages({}, level=logging.INFO):
        mkdocs_serve(
            config_file=str(config_file),
            dev_addr=dev_addr,
            docs_dir=str(content_dir.resolve()),
            livereload=True,
            strict=False,
        )


class _EditorLogHandler(logging.Handler):
    """Prints MkDocs' warnings, naming the content file behind each generated page."""

    def __init__(self, page_sources: dict[str, str], level: int) -> None:
        super().__init__(level)
        self.page_sources = page_sources

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        for page, source in self.page_sources.items():
            if f"'{page}'" in message:
                message += f" [ที่มา / source: {source}]"
                break
        print(f"{record.levelname} - {message}", file=sys.stderr)


@contextmanager
def mkdocs_messages(page_sources: dict[str, str], level: int = logging.WARNING) -> Iterator[None]:
    """Show MkDocs' messages from ``level`` up, naming content files (see _EditorLogHandler)."""
    logger = logging.getLogger("mkdocs")
    handler = _EditorLogHandler(page_sources, level)
    saved = (logger.level, logger.propagate)
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved[0])
        logger.propagate = saved[1]
