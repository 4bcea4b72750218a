"""The pages a Thai government website carries (DGA website standard, PDPA, NCSA): a
privacy notice, a website policy, a security policy and a cookie statement, at
``/policy/<name>/`` (issue #16).

Each is a Thai template (templates/policy/) filled from the agency profile, and says
truthfully what a Prongsai site is: static files, no forms, no cookies, no server code. An
agency replaces one by writing ``content/pages/<name>.md`` (Markdown, its own heading),
read and checked with the rest of the content (validate.py); its text is a Markdown field
like any other: rendered and cleaned by content_html.py, never published raw.
"""

from __future__ import annotations

from dataclasses import replace

from prongsai.content.problems import Location
from prongsai.content.validate import ValidContent
from prongsai.shared import urls
from prongsai.site.model import Site
from prongsai.site.render import (
    NavEntry,
    Page,
    RenderedSite,
    RenderSettings,
    _render,
    make_environment,
)

GOVERNMENT_PAGES: dict[str, tuple[str, str]] = {
    "privacy": ("ประกาศความเป็นส่วนตัว", "the privacy notice"),
    "website": ("นโยบายเว็บไซต์", "the website policy"),
    "security": ("นโยบายการรักษาความมั่นคงปลอดภัยเว็บไซต์", "the security policy"),
    "cookies": ("การใช้คุกกี้", "the cookie statement"),
}
NAV_TITLE = "นโยบายเว็บไซต์"


def government_pages(site: Site, settings: RenderSettings, content: ValidContent) -> list[Page]:
    env = make_environment(settings)
    pages = []
    for name, (title, english) in GOVERNMENT_PAGES.items():
        path = urls.government_page(name)
        identity = (f"หน้า{title}", english)
        override = content.pages.get(name)
        if override is not None:
            source = Location(override.relative)
            template, context = "policy/override.md.j2", {"text": override.data}
        else:
            source, template, context = site.agency.source, f"policy/{name}.md.j2", {}
        pages.append(_render(env, template, path, title, source, identity, site=site, **context))
    return pages


def with_government_pages(
    rendered: RenderedSite, site: Site, settings: RenderSettings, content: ValidContent
) -> RenderedSite:
    """The rendered site plus the four pages, listed under one nav entry at the end."""
    pages = government_pages(site, settings, content)
    entry = NavEntry(NAV_TITLE, children=tuple(NavEntry(p.title, p.path) for p in pages))
    return replace(rendered, pages=(*rendered.pages, *pages), nav=(*rendered.nav, entry))
