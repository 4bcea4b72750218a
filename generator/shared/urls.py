"""Every page's address, in one place. URLs are a public contract: assessors bookmark them.

Paths are built from stable identifiers (B.E. year, round number), never from Thai titles.
``source_path`` is the Markdown file a page is written to; ``url`` is where readers find it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class PagePath:
    source_path: str
    """The Markdown file, relative to the generated docs folder, e.g. ``2565/round-1/index.md``."""

    @property
    def url(self) -> str:
        """The site-relative URL with directory URLs, e.g. ``2565/round-1/`` (``""`` for home)."""
        folder = self.source_path.removesuffix("index.md")
        return folder

    @property
    def absolute_url(self) -> str:
        return "/" + self.url


def home() -> PagePath:
    return PagePath("index.md")


def fiscal_year(year: int) -> PagePath:
    return PagePath(f"{year}/index.md")


def round_report(year: int, number: int) -> PagePath:
    return PagePath(f"{year}/round-{number}/index.md")


def about() -> PagePath:
    return PagePath("about/index.md")


def accessibility() -> PagePath:
    return PagePath("accessibility/index.md")


def site_root(site_url: str | None) -> str | None:
    """The published address ending in "/" (None when it is not configured)."""
    return site_url.rstrip("/") + "/" if site_url else None


FEED = "feed.xml"
"""The Atom feed of published reports, at the site's root."""


def oit_index(year: int) -> PagePath:
    return PagePath(f"{year}/oit/index.md")


def oit_item(year: int, code: str) -> PagePath:
    """``/2565/oit/o15/``: lower-case code, one page per item, stable for assessors."""
    return PagePath(f"{year}/oit/{code.lower()}/index.md")


def itas_export(year: int) -> str:
    """The ITAS answer sheet of a year, offered for download on its OIT page."""
    return f"{year}/oit/itas-{year}.csv"


def from_address(address: str) -> PagePath:
    """The page an editor names by its address as readers see it (``/2565/round-1/``)."""
    folder = address.strip().split("#", 1)[0].strip("/")
    folder = folder.removesuffix("index.html").removesuffix("index.md").strip("/")
    return PagePath(f"{folder}/index.md" if folder else "index.md")


def statistics(year: int) -> PagePath:
    return PagePath(f"{year}/statistics/index.md")


def dataset_download(year: int, slug: str, extension: str) -> str:
    """``2565/statistics/<dataset>.csv`` (or ``.json``): stable open-data addresses."""
    return f"{year}/statistics/{slug}.{extension}"


def data() -> PagePath:
    """/data/: every download of the site with its size and SHA-256."""
    return PagePath("data/index.md")


DATA_PACKAGE = "datapackage.json"
"""The Frictionless Data Package of the statistics, at the site's root."""


# ---- machine-readable files (issue #16: prongsai.api) ---------------------------------------

API_VERSION = "1.0"
"""The version of /api/v1/: the major number is the folder; a minor step only adds fields."""
API_ROOT = "api/v1/"


def api_file(name: str) -> str:
    """``api/v1/agency.json``: every API file is under the version prefix."""
    return API_ROOT + name


API_INDEX = api_file("index.json")
API_AGENCY = api_file("agency.json")


def api_year(year: int) -> str:
    """``api/v1/years/2565.json``: the rounds, OIT items and datasets of one fiscal year."""
    return api_file(f"years/{year}.json")


def api_schema(kind: str) -> str:
    """``api/v1/schemas/year.schema.json``: the JSON Schema of one kind of API file."""
    return api_file(f"schemas/{kind}.schema.json")


def dataset_machine_csv(year: int, slug: str) -> str:
    """The statistics CSV without a byte order mark, for CKAN and other loaders."""
    return dataset_download(year, slug, "nobom.csv")


CATALOG_JSONLD = "catalog.jsonld"
"""The site's DCAT-AP catalogue (JSON-LD), at the root where harvesters look."""
CATALOG_TURTLE = "catalog.ttl"
DCAT_US = "data.json"
"""DCAT-US 1.1 (Project Open Data) catalogue, for simpler harvesters."""


def gd_catalog(year: int, slug: str) -> str:
    """The GD-Catalog (data.go.th CKAN) metadata of one dataset."""
    return f"gdc/{year}-{slug}.json"


def government_page(name: str) -> PagePath:
    """The pages a Thai government site carries: ``/policy/privacy/`` and the like."""
    return PagePath(f"policy/{name}/index.md")


# ---- the hub (issue #16: prongsai.hub): many agencies' sites side by side -------------------


def hub_province(key: str) -> str:
    """``p/<key>/``: a province's table; the key is derived from the name (hub.sites)."""
    return f"p/{key}/"


def hub_agency(key: str) -> str:
    """``a/<key>/``: one agency's years; the key is its official code, else from its URL."""
    return f"a/{key}/"


HUB_REPORT = "report/"
"""The page of every site the last run could not read, with the reason."""
HUB_TABLE_CSV = "hub.csv"
HUB_TABLE_JSON = "hub.json"
HUB_FAILURES_JSON = "failures.json"
