"""Where things are in content/: the names of its files and folders, which kind of file a path
holds, and how a path is shown to the editor. Every stage that needs a folder name asks here."""

from __future__ import annotations

import os
from pathlib import Path

from prongsai.content.walk import ContentTree, walk_content

CONTENT_FORMAT = 1
"""The content format this engine reads (``format_version`` in content/site.yml); raising it
means adding a step to ``authoring.migrate.CONTENT_MIGRATIONS``."""

AGENCY_FILE = "agency.yml"
SITE_FILE = "site.yml"
REPORTS_FOLDER = "reports"
OIT_FOLDER = "oit"
CATALOGUES_FOLDER = "catalogues"
STATISTICS_FOLDER = "statistics"
YAML_SUFFIXES = {".yml", ".yaml"}


def display_path(path: Path) -> str:
    """A path as the editor knows it: relative to the current folder when inside it.

    Never resolved: a symbolic link is named by its own path, not by where it points (the
    target may be the very file a link was made to reveal, #13).
    """
    absolute = Path(os.path.abspath(path))
    cwd = Path.cwd()
    if absolute.is_relative_to(cwd):
        return absolute.relative_to(cwd).as_posix()
    return absolute.as_posix()


def kind_of(path: Path, content_dir: Path) -> str | None:
    relative = path.relative_to(content_dir)
    if relative.parts == (AGENCY_FILE,) or relative.as_posix() == "agency.yaml":
        return "agency"
    if relative.parts == (SITE_FILE,) or relative.as_posix() == "site.yaml":
        return "site"
    if len(relative.parts) == 2 and relative.parts[0] == REPORTS_FOLDER:
        return "round-report"
    if len(relative.parts) == 2 and relative.parts[0] == OIT_FOLDER:
        return "oit-disclosures"
    if relative.parts[:2] == (OIT_FOLDER, CATALOGUES_FOLDER) and len(relative.parts) == 3:
        return "oit-catalogue"
    if len(relative.parts) == 3 and relative.parts[0] == STATISTICS_FOLDER:
        return "statistics"
    return None


ALLOWED_FILES = (
    f"{AGENCY_FILE}, {SITE_FILE}, {REPORTS_FOLDER}/*.yml, {OIT_FOLDER}/*.yml,"
    f" {OIT_FOLDER}/{CATALOGUES_FOLDER}/*.yml, {STATISTICS_FOLDER}/<ปี>/*.yml"
)


def content_files(content_dir: Path, tree: ContentTree | None = None) -> list[Path]:
    """The YAML files of content/, from its one walk (``tree``, walked here when not given)."""
    if tree is None:
        tree = walk_content(content_dir, display_path(content_dir))
    return tree.under("", YAML_SUFFIXES)
