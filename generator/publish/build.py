"""`prongsai build`: render into a staging folder and swap it into place only on success.

A failed build (bad content, a MkDocs warning in strict mode) leaves the previous site/
untouched, byte for byte.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from prongsai.pipeline import Result
from prongsai.publish.mkdocs_plugin import (
    MkDocsFailed,
    build_site,
    load_site_config,
    mkdocs_messages,
)


class BuildFailed(Exception):
    """The build stopped; the message is for the editor, the old site is intact."""


def build(
    config_file: Path,
    content_dir: Path,
    site_dir: Path,
    result: Result,
    *,
    strict: bool,
    site_url: str | None = None,
) -> None:
    """Build the checked ``result`` into ``site_dir`` atomically (MkDocs runs --strict).

    MkDocs' warnings name the content file behind each generated page, so that an editor
    knows which file to change.
    """
    site_dir = site_dir.resolve()
    staging = site_dir.with_name(f".site-staging-{os.getpid()}")
    previous = site_dir.with_name(f".site-previous-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    assert result.rendered is not None
    page_sources = {p.path.source_path: str(p.source) for p in result.rendered.pages}
    with mkdocs_messages(page_sources):
        try:
            config = load_site_config(
                config_file, content_dir=content_dir, site_dir=staging, site_url=site_url
            )
            build_site(config, result, strict=strict)
        except MkDocsFailed as error:
            shutil.rmtree(staging, ignore_errors=True)
            raise BuildFailed(
                f"{error}\n"
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
