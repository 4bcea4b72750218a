"""`prongsai build`: run MkDocs into a staging folder and swap it into place only on success.

A failed build (bad content, a MkDocs warning in strict mode) leaves the previous site/
untouched, byte for byte.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from generator.mkdocs_adapter import STRICT_ENV


class BuildFailed(Exception):
    """The build stopped; the message is for the editor, the old site is intact."""


def _configure_logging() -> None:
    logger = logging.getLogger("mkdocs")
    if not any(getattr(h, "_prongsai", False) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        handler._prongsai = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    logger.propagate = False


def build(config_file: Path, content_dir: Path, site_dir: Path, *, strict: bool) -> None:
    """Build the site into ``site_dir`` atomically (MkDocs always runs with --strict)."""
    _configure_logging()
    site_dir = site_dir.resolve()
    staging = site_dir.with_name(f".site-staging-{os.getpid()}")
    previous = site_dir.with_name(f".site-previous-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    os.environ[STRICT_ENV] = "1" if strict else "0"
    try:
        config = load_config(
            config_file=str(config_file),
            docs_dir=str(content_dir.resolve()),
            site_dir=str(staging),
            strict=True,
        )
        config.plugins.on_startup(command="build", dirty=False)
        mkdocs_build(config)
    except MkDocsException as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise BuildFailed(str(error).strip()) from None
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
