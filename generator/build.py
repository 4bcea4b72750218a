"""`prongsai build`: run MkDocs into a staging folder and swap it into place only on success.

A failed build (bad content, a MkDocs warning in strict mode) leaves the previous site/
untouched, byte for byte.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from prongsai.mkdocs_adapter import STRICT_ENV


class BuildFailed(Exception):
    """The build stopped; the message is for the editor, the old site is intact."""


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
def mkdocs_logging(page_sources: dict[str, str], level: int = logging.WARNING) -> Iterator[None]:
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


SITE_URL_ENV = "PRONGSAI_SITE_URL"
"""The published address, over mkdocs.yml's site_url: the deploy workflow sets it from
GitHub Pages, so a project page (user.github.io/repository/) gets the right links."""


def configured_site_url(config_file: Path) -> str | None:
    """The address the site is published at: PRONGSAI_SITE_URL, else mkdocs.yml's site_url."""
    override = os.environ.get(SITE_URL_ENV, "").strip()
    if override:
        return override.rstrip("/") + "/"
    return load_config(config_file=str(config_file)).site_url or None


def build(
    config_file: Path,
    content_dir: Path,
    site_dir: Path,
    *,
    strict: bool,
    page_sources: dict[str, str] | None = None,
) -> None:
    """Build the site into ``site_dir`` atomically (MkDocs always runs with --strict).

    ``page_sources`` maps each generated Markdown path to its content file, so that
    MkDocs' warnings can name the file an editor has to change.
    """
    site_dir = site_dir.resolve()
    staging = site_dir.with_name(f".site-staging-{os.getpid()}")
    previous = site_dir.with_name(f".site-previous-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    os.environ[STRICT_ENV] = "1" if strict else "0"
    with mkdocs_logging(page_sources or {}):
        try:
            overrides = {}
            if os.environ.get(SITE_URL_ENV, "").strip():
                overrides["site_url"] = configured_site_url(config_file)
            config = load_config(
                config_file=str(config_file),
                docs_dir=str(content_dir.resolve()),
                site_dir=str(staging),
                strict=True,
                **overrides,
            )
            config.plugins.on_startup(command="build", dirty=False)
            mkdocs_build(config)
        except MkDocsException as error:
            shutil.rmtree(staging, ignore_errors=True)
            raise BuildFailed(
                f"{str(error).strip()}\n"
                "MkDocs พบปัญหาในหน้าที่สร้างขึ้น (ข้อความ WARNING ข้างบน เช่น ลิงก์ไปยังหน้าที่ไม่มีอยู่)"
                " ให้แก้ในไฟล์ข้อมูลที่ระบุ แล้วสร้างใหม่\n"
                "MkDocs found problems in the generated pages (the WARNING lines above, e.g. a"
                " link to a page that does not exist): fix them in the content file named, then"
                " rebuild."
            ) from None
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    _swap(staging, site_dir, previous)


def _swap(staging: Path, site_dir: Path, previous: Path) -> None:
    if site_dir.exists():
        site_dir.rename(previous)
    try:
        staging.rename(site_dir)
    except OSError:
        if previous.exists():
            previous.rename(site_dir)
        raise
    shutil.rmtree(previous, ignore_errors=True)
