"""Stage 4: the site model → Markdown pages and a nav, one Jinja2 template per page kind.

Templates decide what a page says; this module only chooses which template renders which
part of the model, and at which address (from urls.py).
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import html
import json
import posixpath
import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import jinja2
from markupsafe import Markup, escape

from prongsai.api import site_outputs  # issue #16: /api/v1/, DCAT, GD-Catalog
from prongsai.api.documents import dataset_downloads
from prongsai.api.files import machine_csv
from prongsai.api.jsonld import dataset_script
from prongsai.content.problems import Location, Problem
from prongsai.oit.documents import DocumentFile
from prongsai.oit.itas import ItasRow, itas_csv, itas_rows
from prongsai.shared import labels, thai, urls
from prongsai.shared.jinja import template_environment
from prongsai.shared.urls import PagePath
from prongsai.site.content_html import markdown_block
from prongsai.site.model import Dataset, FiscalYear, OitYear, PeriodView, Round, Site
from prongsai.statistics import charts
from prongsai.statistics.open_data import data_package, dataset_files


@dataclass(frozen=True)
class RenderSettings:
    thai_digits: bool = False
    """Write numbers and dates with Thai digits (๒๕๖๕) instead of Arabic ones."""
    site_url: str | None = None
    """The published address (from mkdocs.yml); the feed's links are absolute with it."""


@dataclass(frozen=True)
class OutputFile:
    """A generated file that is not a page (the Atom feed)."""

    path: str
    text: str


@dataclass(frozen=True)
class Page:
    path: PagePath
    title: str
    markdown: str
    source: Location
    """The content file (and line) this page comes from; "edit this page" opens it."""
    identity: tuple[str, str]
    """What the page is, in Thai and English, for messages about it."""


@dataclass(frozen=True)
class NavEntry:
    title: str
    path: PagePath | None = None
    children: tuple[NavEntry, ...] = ()


@dataclass(frozen=True)
class RenderedSite:
    pages: tuple[Page, ...]
    nav: tuple[NavEntry, ...]
    problems: tuple[Problem, ...] = field(default=())
    files: tuple[OutputFile, ...] = field(default=())
    documents: tuple[DocumentFile, ...] = field(default=())
    """Files from content/ published as they are, at ``url_path``."""

    def page(self, path: PagePath) -> Page:
        return next(p for p in self.pages if p.path == path)


_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+!|>~-])")


def markdown_inline(value: object) -> Markup:
    """Text placed in Markdown (headings, link text): HTML-escaped, Markdown syntax neutralised.

    Quotes stay as they are: in Markdown text they are text, and an entity (``&#34;``) would
    reach the table of contents escaped twice (toc re-escapes heading text).
    """
    text = html.escape(str(value), quote=False)
    return Markup(_MARKDOWN_SPECIALS.sub(r"\\\1", text))


def yaml_html(value: object) -> Markup:
    """A front-matter value that MkDocs and Material print as HTML (the page's title and
    description land raw in <title>, <meta content="…">, the header and the search index):
    HTML-escaped once here, as a YAML string."""
    return Markup(json.dumps(str(escape(value)), ensure_ascii=False))


def html_id(value: object) -> str:
    """Part of an id or attribute list ({#sub-9-1}) from a content value: letters, digits
    and "-" only, so a value can never add an attribute (``{#x onclick=…}``)."""
    text = re.sub(r"[^0-9A-Za-z]+", "-", thai.to_arabic_digits(str(value))).strip("-")
    return text or hashlib.sha1(str(value).encode("utf-8")).hexdigest()[:8]


def make_environment(settings: RenderSettings) -> jinja2.Environment:
    env = template_environment()
    digits = settings.thai_digits
    env.filters.update(
        md=markdown_inline,
        yaml_text=lambda text: Markup(json.dumps(str(text), ensure_ascii=False)),
        yaml_html=yaml_html,
        html_id=html_id,
        thai_date=lambda d: thai.format_date(d, thai_digits=digits),
        thai_date_short=lambda d: thai.format_date(d, short=True, thai_digits=digits),
        num=lambda n: thai.format_number(n, thai_digits=digits),
        digits=lambda text: thai.to_thai_digits(str(text)) if digits else str(text),
        phone_digits=lambda text: re.sub(r"[^0-9+]", "", thai.to_arabic_digits(str(text))),
        atom_date=_atom_date,
        file_size=lambda size: thai.format_file_size(size, thai_digits=digits),
        grouped=lambda n: thai.format_number_grouped(n, thai_digits=digits),
        decimal=lambda x: thai.format_decimal(x, thai_digits=digits),
    )

    env.globals.update(
        round_name=lambda number: _round_name(number, settings),
        year_title=lambda year: _year_title(year, settings),
        round_title=lambda year, number: _round_title(year, number, settings),
        oit_title=lambda year: labels.oit_title(thai.format_number(year, thai_digits=digits)),
        month_name=lambda month, year, short_year=False: _month_name(
            month, year, short_year, digits
        ),
        month_full=lambda month, year: _digits_if(thai.month_label(month, year, full=True), digits),
        percent=lambda change, base: (
            thai.format_decimal(change / base * 100, thai_digits=digits) + "%"
        ),
        dataset_anchor=dataset_anchor,
        service_bars=service_bars,
        month_columns=month_columns,
        bar_chart=_chart(charts.bar_chart_svg, digits),
        column_chart=_chart(charts.column_chart_svg, digits),
        labels=labels,
        period=lambda start, end: thai.format_period(start, end, thai_digits=digits),
        urls=urls,
    )
    return env


def _year_source(year: FiscalYear) -> Location:
    """The file a year page is edited in: its first report, else its OIT file or dataset."""
    if year.rounds:
        return year.rounds[0].source
    if year.oit is not None:
        return year.oit.source
    return year.statistics[0].source


def _digits_if(text: str, thai_digits: bool) -> str:
    return thai.to_thai_digits(text) if thai_digits else text


def _month_name(month: int, fiscal_year: int, short_year: bool, thai_digits: bool) -> str:
    """``ต.ค. 2564``, or ``ต.ค. 64`` in narrow table headers."""
    text = thai.month_label(month, fiscal_year)
    if short_year:
        name, year = text.rsplit(" ", 1)
        text = f"{name} {year[-2:]}"
    return _digits_if(text, thai_digits)


def dataset_anchor(dataset: Dataset) -> str:
    """A stable ASCII id for a dataset's heading (its name may be Thai)."""
    return "data-" + hashlib.sha1(dataset.slug.encode("utf-8")).hexdigest()[:8]


def service_bars(view: PeriodView) -> list[charts.Datum]:
    return [
        charts.Datum(row.service.name, row.total or 0, None if row.total is not None else NO_DATA)
        for row in view.rows
    ]


def month_columns(view: PeriodView, fiscal_year: int) -> list[charts.Datum]:
    return [
        charts.Datum(
            thai.MONTHS_SHORT[month - 1],
            total or 0,
            None if total is not None else NO_DATA,
        )
        for month, total in zip(view.months, view.column_totals, strict=True)
    ]


NO_DATA = "ไม่มีข้อมูล"


def _chart(draw: Callable[..., str], thai_digits: bool) -> Callable[..., Markup]:
    """A chart function for templates: (id, title, description, data, unit) → inline SVG."""

    def chart(chart_id: str, title: str, description: str, data: list, unit: str) -> Markup:
        return Markup(
            draw(
                chart_id=chart_id,
                title=title,
                description=description,
                data=data,
                unit=unit,
                thai_digits=thai_digits,
            )
        )

    return chart


def _atom_date(date: dt.date | None) -> str:
    """RFC 3339 at midnight Thai time; a site with no report yet uses the Unix epoch."""
    if date is None:
        return "1970-01-01T00:00:00Z"
    return f"{date.isoformat()}T00:00:00+07:00"


def render_site(site: Site, settings: RenderSettings | None = None) -> RenderedSite:
    """Every page of the site, the nav, and the problems no single file shows (collisions)."""
    settings = settings or RenderSettings()
    env = make_environment(settings)
    agency_source = site.agency.source
    pages: list[Page] = [
        _render(
            env,
            "home.md.j2",
            urls.home(),
            site.agency.name,
            agency_source,
            ("หน้าแรก", "the home page"),
            site=site,
        ),
        _render(
            env,
            "about.md.j2",
            urls.about(),
            labels.ABOUT,
            agency_source,
            ("หน้าติดต่อหน่วยงาน", "the contact page"),
            site=site,
        ),
        _render(
            env,
            "accessibility.md.j2",
            urls.accessibility(),
            labels.ACCESSIBILITY,
            agency_source,
            ("หน้าการเข้าถึง", "the accessibility statement"),
            site=site,
        ),
    ]
    files: list[OutputFile] = []
    # Open data first: the dataset pages carry their files' JSON-LD (prongsai.api).
    data_files = [f for year in site.years for d in year.statistics for f in dataset_files(d)]
    data_files += [
        machine_csv(f, d.fiscal_year, d.slug)
        for year in site.years
        for d in year.statistics
        for f in dataset_files(d)[:1]
    ]
    data_by_path = {f.path: f for f in data_files}
    itas_by_year: dict = {}
    for year in site.years:
        pages.append(
            _render(
                env,
                "year.md.j2",
                urls.fiscal_year(year.year),
                _year_title(year.year, settings),
                _year_source(year),
                (f"หน้าปีงบประมาณ {year.year}", f"the page of fiscal year {year.year}"),
                site=site,
                year=year,
            )
        )
        if year.oit is not None:
            # One list of rows feeds the OIT page, the ITAS sheet and /api/v1/.
            rows = itas_by_year[year.year] = itas_rows(year.oit, _site_root(settings))
            pages.extend(_oit_pages(env, site, year, year.oit, settings, rows))
            files.append(OutputFile(urls.itas_export(year.year), itas_csv(rows)))
        if year.statistics:
            pages.append(
                _render(
                    env,
                    "statistics.md.j2",
                    urls.statistics(year.year),
                    labels.statistics_title(_year_title(year.year, settings)),
                    year.statistics[0].source,
                    (
                        f"หน้าสถิติการให้บริการปี {year.year}",
                        f"the service statistics of {year.year}",
                    ),
                    site=site,
                    year=year,
                    json_ld={
                        d.slug: dataset_script(
                            site,
                            d,
                            dataset_downloads(year.year, d.slug, data_by_path),
                            _site_root(settings),
                            urls.statistics(year.year).url,
                        )
                        for d in year.statistics
                    },
                )
            )
        for round_ in year.rounds:
            pages.append(
                _render(
                    env,
                    "round.md.j2",
                    urls.round_report(year.year, round_.number),
                    _round_title(year.year, round_.number, settings),
                    round_.source,
                    (
                        f"รายงานปีงบประมาณ {year.year} {labels.ROUND_NAMES[round_.number]}",
                        f"the report of fiscal year {year.year}, "
                        f"{labels.ROUND_NAMES_EN[round_.number]}",
                    ),
                    site=site,
                    year=year,
                    round=round_,
                    other_round=_other_round(year, round_),
                    previous_year_round=_previous_year_round(site, round_),
                    comparison=year.comparison(round_),
                )
            )
    feed = OutputFile(
        urls.FEED,
        env.get_template("feed.xml.j2").render(
            site=site,
            site_url=_site_root(settings),
            feed_id=_feed_id(site, settings),
        ),
    )
    documents = {
        d.url_path: d
        for year in site.years
        if year.oit
        for item in year.oit.items
        for d in item.documents
    }
    document_titles = _document_titles(site)
    files.extend(OutputFile(f.path, f.text) for f in data_files)
    if data_files:
        files.append(OutputFile(urls.DATA_PACKAGE, data_package(site, data_files)))
    downloads = _downloads(files, documents.values(), document_titles)
    if downloads:
        pages.append(
            _render(
                env,
                "data.md.j2",
                urls.data(),
                labels.DATA,
                agency_source,
                ("หน้าข้อมูลเปิด", "the open data page"),
                site=site,
                downloads=downloads,
            )
        )
    api_files = site_outputs(site, _site_root(settings), itas_by_year, data_files)
    files.extend(OutputFile(f.path, f.text) for f in api_files)
    return RenderedSite(
        tuple(pages),
        build_nav(site, settings, has_downloads=bool(downloads)),
        (*find_collisions(pages), *find_unknown_pages(site, pages)),
        (feed, *files),
        tuple(documents.values()),
    )


@dataclass(frozen=True)
class Download:
    """A file of the site listed on /data/ with what a reader needs to check it."""

    path: str
    title: str
    kind: str
    size: int
    sha256: str
    year: int | None = None
    """A document's fiscal year (the first whose OIT item links to it); None for data files."""
    file_name: str | None = None
    """A document's own file name, shown beside the title staff gave it."""


def _document_titles(site: Site) -> dict[str, tuple[int, str]]:
    """Each linked document → the fiscal year and the title of the first link to it, so the
    data page lists documents as staff named them, year by year (latest first)."""
    titles: dict[str, tuple[int, str]] = {}
    for year in sorted(site.years, key=lambda y: y.year):
        if year.oit is None:
            continue
        for item in year.oit.items:
            for link in item.links:
                if link.document is not None:
                    titles.setdefault(link.document.url_path, (year.year, link.title))
    return titles


def _downloads(
    files: list[OutputFile],
    documents: Iterable[DocumentFile],
    titles: dict[str, tuple[int, str]],
) -> list[Download]:
    """Open data, the ITAS sheets and the documents (not the feed: it is not a download)."""
    listed = []
    for output in files:
        if output.path == urls.FEED:
            continue
        data = output.text.encode("utf-8")
        listed.append(
            Download(
                output.path,
                labels.download_title(output.path),
                output.path.rsplit(".", 1)[-1].upper(),
                len(data),
                hashlib.sha256(data).hexdigest(),
            )
        )
    by_year = []
    for document in documents:
        year, title = titles.get(document.url_path, (None, document.file_name))
        by_year.append(
            Download(
                document.url_path,
                title,
                document.type.thai,
                document.size,
                document.sha256,
                year,
                document.file_name,
            )
        )
    by_year.sort(key=lambda d: (-(d.year or 0), d.title, d.path))
    return listed + by_year


def _oit_pages(
    env: jinja2.Environment,
    site: Site,
    year: FiscalYear,
    oit: OitYear,
    settings: RenderSettings,
    rows: list[ItasRow],
) -> list[Page]:
    title = labels.oit_title(thai.format_number(year.year, thai_digits=settings.thai_digits))
    pages = [
        _render(
            env,
            "oit.md.j2",
            urls.oit_index(year.year),
            title,
            oit.source,
            (f"หน้า OIT ปี {year.year}", f"the OIT page of {year.year}"),
            site=site,
            year=year,
            oit=oit,
            rows={row.code: row for row in rows},
        )
    ]
    for item in oit.items:
        pages.append(
            _render(
                env,
                "oit_item.md.j2",
                urls.oit_item(year.year, item.code),
                f"{item.code} {_digits(item.name, settings)}",
                item.source or oit.source,
                (
                    f"หน้าข้อ {item.code} ปี {year.year}",
                    f"the page of item {item.code}, {year.year}",
                ),
                site=site,
                year=year,
                oit=oit,
                item=item,
            )
        )
    return pages


# Titles are shared by page headings, the nav and templates; digits follow the setting.
def _round_name(number: int, settings: RenderSettings) -> str:
    name = labels.ROUND_NAMES[number]
    return thai.to_thai_digits(name) if settings.thai_digits else name


def _year_title(year: int, settings: RenderSettings) -> str:
    return labels.year_title(thai.format_number(year, thai_digits=settings.thai_digits))


def _round_title(year: int, number: int, settings: RenderSettings) -> str:
    return f"{_year_title(year, settings)} {_round_name(number, settings)}"


def _digits(text: str, settings: RenderSettings) -> str:
    return thai.to_thai_digits(text) if settings.thai_digits else text


def _site_root(settings: RenderSettings) -> str | None:
    return urls.site_root(settings.site_url)


def _feed_id(site: Site, settings: RenderSettings) -> str:
    """A permanent id: the feed's own address, or a name-based UUID when none is configured."""
    root = _site_root(settings)
    if root:
        return root + urls.FEED
    return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"prongsai:{site.agency.name}"))


def _render(
    env: jinja2.Environment,
    template: str,
    path: PagePath,
    title: str,
    source: Location,
    identity: tuple[str, str],
    **context: object,
) -> Page:
    def link(target: PagePath) -> str:
        """A Markdown link target (MkDocs checks it and turns it into a URL)."""
        return posixpath.relpath(target.source_path, posixpath.dirname(path.source_path) or ".")

    def href(target: PagePath) -> str:
        """A URL for raw HTML, relative to this page's directory URL."""
        relative = posixpath.relpath(target.url or ".", path.url or ".")
        return "./" if relative == "." else relative + "/"

    def file_link(site_path: str) -> str:
        """A Markdown link target to a file published at ``site_path`` (a document, the CSV)."""
        return posixpath.relpath(site_path, posixpath.dirname(path.source_path) or ".")

    def site_href(address: str) -> str:
        """An address of this site written in content (/2565/round-1/#o15, /documents/…)
        → a URL relative to this page, as ``href`` writes them."""
        target, hash_mark, fragment = address.partition("#")
        target = target.split("?", 1)[0]
        last = target.rstrip("/").rsplit("/", 1)[-1]
        if "." in last and not target.endswith("/"):
            url = href(urls.home()) + target.lstrip("/")
        else:
            url = href(urls.from_address(target))
        return url + hash_mark + fragment

    def markdown_html(texts: str | Iterable[str]) -> Markup:
        """A Markdown field (or paragraphs) as clean HTML: see content_html.py."""
        return markdown_block(texts, site_href)

    markdown = env.get_template(template).render(
        page_path=path,
        title=title,
        link=link,
        href=href,
        file_link=file_link,
        markdown=markdown_html,
        **context,
    )
    return Page(path, title, markdown, source, identity)


def _other_round(year: FiscalYear, round_: Round) -> Round | None:
    return year.round(2 if round_.number == 1 else 1)


def _previous_year_round(site: Site, round_: Round) -> Round | None:
    previous = site.year(round_.fiscal_year - 1)
    return previous.round(round_.number) if previous else None


def build_nav(
    site: Site, settings: RenderSettings, *, has_downloads: bool = False
) -> tuple[NavEntry, ...]:
    """Home and the latest fiscal year only.

    MkDocs renders the whole nav into every page, so a nav listing every year makes the
    build grow with the square of the content. Older years are linked from the home page.
    """
    entries = [NavEntry(labels.HOME, urls.home())]
    tail = [
        *([NavEntry(labels.DATA, urls.data())] if has_downloads else []),
        NavEntry(labels.ABOUT, urls.about()),
        NavEntry(labels.ACCESSIBILITY, urls.accessibility()),
    ]
    if site.years:
        latest = site.years[0]
        oit = (NavEntry(labels.OIT, urls.oit_index(latest.year)),) if latest.oit else ()
        if latest.statistics:
            oit = (*oit, NavEntry(labels.STATISTICS, urls.statistics(latest.year)))
        entries.append(
            NavEntry(
                _year_title(latest.year, settings),
                children=(
                    NavEntry(labels.YEAR_OVERVIEW, urls.fiscal_year(latest.year)),
                    *(
                        NavEntry(
                            _round_name(r.number, settings),
                            urls.round_report(latest.year, r.number),
                        )
                        for r in latest.rounds
                    ),
                    *oit,
                ),
            )
        )
    return (*entries, *tail)


def find_collisions(pages: Iterable[Page]) -> list[Problem]:
    """Two sources that would write the same page: each one after the first is an error."""
    by_path: dict[PagePath, list[Page]] = defaultdict(list)
    for page in pages:
        by_path[page.path].append(page)
    problems = []
    for path, same in by_path.items():
        first = same[0]
        for other in same[1:]:
            for page, counterpart in ((other, first), (first, other)):
                problems.append(
                    Problem(
                        "page_collision",
                        page.source,
                        context={
                            "other": counterpart.source.file,
                            "url": path.absolute_url,
                            "what_th": page.identity[0],
                            "what_en": page.identity[1],
                        },
                    )
                )
    return problems


def find_unknown_pages(site: Site, pages: Iterable[Page]) -> list[Problem]:
    """OIT links that name a page of this site which does not exist (file:line of the link)."""
    addresses = {page.path for page in pages}
    known = sorted(page.path.absolute_url for page in pages)
    problems = []
    for year in site.years:
        for item in year.oit.items if year.oit else ():
            for link in item.links:
                if link.page is None or urls.from_address(link.page) in addresses:
                    continue
                close = difflib.get_close_matches("/" + link.page.strip("/") + "/", known, n=1)
                problems.append(
                    Problem(
                        "page_unknown",
                        link.source,
                        context={
                            "source": link.page,
                            "suggestion_th": f" หมายถึง {close[0]} หรือไม่?" if close else "",
                            "suggestion_en": f" (did you mean {close[0]}?)" if close else "",
                        },
                    )
                )
    return problems
