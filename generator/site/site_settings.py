"""A site's own settings (its address, its repository) and what the engine adds to them.

A site repository's mkdocs.yml holds a handful of settings and names the ``prongsai`` plugin;
everything else MkDocs needs (theme overrides, Markdown extensions, search options) is the
engine's and lives here, so that an engine update reaches every site. This module reads the
site's settings without MkDocs (``prongsai check`` must say what is wrong with them without
running a build) and checks them against the repository the site is built in.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pymdownx.slugs import slugify

from prongsai.content.problems import Location, Problem, Severity

EXAMPLE_SITE_URL = "https://prongsai.github.io/prongsai/"
"""The example site's address (this repository's content/): never another agency's."""
EXAMPLE_REPO_URL = "https://github.com/prongsai/prongsai"
SITE_CONFIG = "mkdocs.yml"
CNAME_FILE = "CNAME"
"""A custom domain, one line (GitHub Pages' convention); `prongsai init --domain` writes it."""

THEME_OPTIONS: dict[str, Any] = {
    # Material's Thai strings with fixes: theme/partials/languages/custom.html
    "language": "custom",
    "font": False,  # Sarabun is self-hosted in theme/fonts (no request to a font service)
    "palette": {"scheme": "default", "primary": "custom", "accent": "custom"},
    "features": [
        "content.action.edit",
        "navigation.sections",
        "navigation.top",
        "toc.integrate",  # the table of contents inside the left navigation: tables need width
        "search.highlight",
    ],
}

TOC_SLUGIFY = {"module": "pymdownx.slugs", "function": "slugify", "kwargs": {"case": "lower"}}


def _toc_slugify() -> Any:
    return slugify(**TOC_SLUGIFY["kwargs"])


ENGINE_MARKDOWN_EXTENSIONS: dict[str, dict[str, Any]] = {
    "attr_list": {},
    "md_in_html": {},
    "def_list": {},
    "tables": {},
    "toc": {"permalink": False, "slugify": None},  # slugify filled in by markdown_extensions()
}

SEARCH_OPTIONS: dict[str, Any] = {
    # Thai is cut into words at build time (thai_search.py) and joined with U+200B, so the
    # index is searched as "en": no Thai stemmer or wordcut.js (677 KB).
    "lang": ["en"],
    "separator": r'[\s\u200b\-_,:;!?()\[\]"/|]+',
    # Without lunr's trimmer, which removes every non-ASCII letter from a word's ends, and
    # its stemmer: queries are matched as prefixes, which lunr does not stem.
    "pipeline": ["stopWordFilter"],
}


def markdown_extensions() -> dict[str, dict[str, Any]]:
    """The Markdown extensions with their options, ready for Python-Markdown."""
    extensions = {name: dict(options) for name, options in ENGINE_MARKDOWN_EXTENSIONS.items()}
    extensions["toc"]["slugify"] = _toc_slugify()
    return extensions


@dataclass(frozen=True)
class SiteSettings:
    """What a site says about itself in mkdocs.yml (and CNAME)."""

    config_file: Path
    site_url: str | None
    repo_url: str | None
    edit_uri: str | None
    custom_domain: str | None

    @property
    def location(self) -> Location:
        return Location(self.config_file.as_posix())


class _TolerantLoader(yaml.SafeLoader):
    """mkdocs.yml may carry MkDocs' own tags (!ENV, !relative, python/name): their values
    are not the settings checked here, so any tag reads as plain data."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def read_site_settings(config_file: Path) -> SiteSettings | None:
    """The site settings of ``config_file``, or None when there is no such file."""
    if not config_file.is_file():
        return None
    try:
        data = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_TolerantLoader)
    except (yaml.YAMLError, UnicodeDecodeError):
        data = None  # MkDocs reports a broken mkdocs.yml itself, with its line
    data = data if isinstance(data, dict) else {}
    cname = config_file.parent / CNAME_FILE
    domain = cname.read_text(encoding="utf-8").strip() if cname.is_file() else None
    return SiteSettings(
        config_file=config_file,
        site_url=_text(data.get("site_url")),
        repo_url=_text(data.get("repo_url")),
        edit_uri=_text(data.get("edit_uri")),
        custom_domain=domain or None,
    )


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def pages_address(repository: str, custom_domain: str | None = None) -> str:
    """The GitHub Pages address of ``owner/name``: https://owner.github.io/name/, the user
    site https://owner.github.io/ for a repository called owner.github.io, or the domain."""
    if custom_domain:
        return f"https://{custom_domain}/"
    owner, name = repository.split("/", 1)
    if name.lower() == f"{owner.lower()}.github.io":
        return f"https://{owner.lower()}.github.io/"
    return f"https://{owner.lower()}.github.io/{name}/"


def repository_address(repository: str) -> str:
    return f"https://github.com/{repository}"


def site_problems(
    settings: SiteSettings | None, environ: Mapping[str, str] | None = None
) -> list[Problem]:
    """Addresses that would send readers, assessors or editors to another site: the example's,
    or (inside GitHub Actions) not those of the repository being built."""
    if settings is None:
        return []
    environ = os.environ if environ is None else environ
    repository = environ.get("GITHUB_REPOSITORY", "")
    where = settings.location
    problems = []
    if environ.get("GITHUB_ACTIONS") == "true" and re.fullmatch(r"[\w.-]+/[\w.-]+", repository):
        # On a pull request or a deploy the repository is known: an address that is not its
        # own (the example's included) stops the check.
        expected = {
            "site_url": pages_address(repository, settings.custom_domain),
            "repo_url": repository_address(repository),
        }
        actual = {"site_url": settings.site_url, "repo_url": settings.repo_url}
        for key, wanted in expected.items():
            value = actual[key]
            if value and not _same_address(value, wanted):
                context = {"field": key, "value": value, "expected": wanted}
                context["repository"] = repository
                problems.append(Problem("site_address_mismatch", where, key, context=context))
    else:
        # On a clerk's machine only the example's addresses are surely wrong (--strict stops).
        for key, value, example in (
            ("site_url", settings.site_url, EXAMPLE_SITE_URL),
            ("repo_url", settings.repo_url, EXAMPLE_REPO_URL),
        ):
            if value and _same_address(value, example):
                context = {"field": key, "value": value}
                problems.append(
                    Problem("site_example_address", where, key, Severity.WARNING, context)
                )
    for key, value in (("site_url", settings.site_url), ("repo_url", settings.repo_url)):
        if not value:
            problems.append(
                Problem("site_address_missing", where, key, Severity.WARNING, {"field": key})
            )
    return problems


def _same_address(first: str, second: str) -> bool:
    return first.strip().rstrip("/").lower() == second.strip().rstrip("/").lower()
