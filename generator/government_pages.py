"""The pages a Thai government website carries (DGA website standard, PDPA, NCSA): a
privacy notice, a website policy, a security policy and a cookie statement, at
``/policy/<name>/`` (issue #16).

Each is a Thai template (templates/policy/) filled from the agency profile, and says
truthfully what a Prongsai site is: static files, no forms, no cookies, no server code. An
agency replaces one by writing ``content/pages/<name>.md`` (Markdown, its own heading);
that text is published instead of the template, as written.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from prongsai import urls
from prongsai.model import Site
from prongsai.problems import Location
from prongsai.render import NavEntry, Page, RenderedSite, RenderSettings, _render, make_environment

PAGES_FOLDER = "pages"
"""content/pages/<name>.md replaces the page of that name."""
GOVERNMENT_PAGES: dict[str, tuple[str, str]] = {
    "privacy": ("ประกาศความเป็นส่วนตัว", "the privacy notice"),
    "website": ("นโยบายเว็บไซต์", "the website policy"),
    "security": ("นโยบายการรักษาความมั่นคงปลอดภัยเว็บไซต์", "the security policy"),
    "cookies": ("การใช้คุกกี้", "the cookie statement"),
}
NAV_TITLE = "นโยบายเว็บไซต์"


def government_pages(site: Site, settings: RenderSettings, content_dir: Path) -> list[Page]:
    env = make_environment(settings)
    pages = []
    for name, (title, english) in GOVERNMENT_PAGES.items():
        override = content_dir / PAGES_FOLDER / f"{name}.md"
        path = urls.government_page(name)
        if override.is_file():
            pages.append(
                Page(
                    path,
                    title,
                    override.read_text(encoding="utf-8"),
                    Location(str(override)),
                    (f"หน้า{title}", english),
                )
            )
            continue
        pages.append(
            _render(
                env,
                f"policy/{name}.md.j2",
                path,
                title,
                site.agency.source,
                (f"หน้า{title}", english),
                site=site,
            )
        )
    return pages


def with_government_pages(
    rendered: RenderedSite, site: Site, settings: RenderSettings, content_dir: Path
) -> RenderedSite:
    """The rendered site plus the four pages, listed under one nav entry at the end."""
    pages = government_pages(site, settings, content_dir)
    entry = NavEntry(NAV_TITLE, children=tuple(NavEntry(p.title, p.path) for p in pages))
    return replace(rendered, pages=(*rendered.pages, *pages), nav=(*rendered.nav, entry))
