"""The whole pipeline in one call: load and validate → model → render.

Everything is read and checked before anything is written (a failure writes nothing).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from prongsai.check import validate_content
from prongsai.content.history import read_change_dates
from prongsai.content.problems import ContentError, Problem, errors_in
from prongsai.content.schemas import SCHEMAS_URL_FOLDER, json_schemas
from prongsai.content.validate import ValidContent
from prongsai.shared.gc_pause import cyclic_gc_paused
from prongsai.site.content_html import SiteAddresses, markdown_problems
from prongsai.site.government_pages import with_government_pages
from prongsai.site.model import Site, build_site
from prongsai.site.render import RenderedSite, RenderSettings, render_site
from prongsai.site.site_settings import SiteSettings, site_problems


@dataclass(frozen=True)
class Result:
    site: Site | None
    rendered: RenderedSite | None
    problems: tuple[Problem, ...]
    settings: RenderSettings | None = None

    def errors(self, *, strict: bool = False) -> list[Problem]:
        return errors_in(self.problems, strict=strict)

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]


def run(
    content_dir: Path, *, site_url: str | None = None, site: SiteSettings | None = None
) -> Result:
    """Check all of ``content_dir`` (and the site's own settings, when given) and, when it
    is valid, render every page in memory.

    ``site_url`` (the published address) makes the feed's links absolute.
    """
    with cyclic_gc_paused():
        content, problems = validate_content(content_dir)
        problems = [*problems, *site_problems(site)]
        if errors_in(problems) or content.agency is None:
            # Raw HTML and refused addresses are reported with the other errors.
            return Result(None, None, (*problems, *markdown_problems(content)))
        site = build_site(content, read_change_dates(_dated_files(content)))
        settings = RenderSettings(thai_digits=content.settings.thai_digits, site_url=site_url)
        rendered = render_site(site, settings)
        # Issue #16: privacy, website, security and cookie pages (government_pages.py).
        rendered = with_government_pages(rendered, site, settings, content)
        # After rendering, links to the site's own pages can be checked too.
        markup = markdown_problems(content, _site_addresses(rendered))
        return Result(site, rendered, (*problems, *markup, *rendered.problems), settings)


def _site_addresses(rendered: RenderedSite) -> SiteAddresses:
    return SiteAddresses(
        (page.path.absolute_url for page in rendered.pages),
        [
            *(f.path for f in rendered.files),
            *(d.url_path for d in rendered.documents),
            *json_schema_paths(),
        ],
    )


def _dated_files(content: ValidContent) -> list[Path]:
    """The files whose git history dates the OIT items: disclosures, documents, reports,
    statistics."""
    if not content.disclosures:
        return []
    return [
        *(s.document.path for s in content.disclosures),
        *(d.source for d in content.documents.values()),
        *(s.document.path for s in content.reports),
        *(path for d in content.datasets for path in d.files),
    ]


def rendered_or_raise(
    content_dir: Path,
    *,
    strict: bool = False,
    site_url: str | None = None,
    site: SiteSettings | None = None,
) -> Result:
    """Like ``run``, but a build-stopping problem raises ContentError (with every problem)."""
    result = run(content_dir, site_url=site_url, site=site)
    if result.errors(strict=strict) or result.rendered is None:
        raise ContentError(result.problems)
    return result


def json_schema_paths() -> list[str]:
    """The published JSON Schemas (/schemas/…), which content may link to."""
    return [f"{SCHEMAS_URL_FOLDER}/{name}" for name in json_schemas()]
