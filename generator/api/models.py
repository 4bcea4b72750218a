"""The files of /api/v1/ as typed models: the site writes them, the hub reads them, and their
JSON Schemas (published at /api/v1/schemas/) are generated from them.

One model set on both sides means a site cannot publish a file the hub would refuse, and
the hub checks every file it fetches against the same contract. Unknown fields are ignored
when reading, so a site on a newer 1.x engine (which may only add fields) still reads;
a field that changes meaning or disappears needs a new prefix, /api/v2/ (README, "API").
Dates are ISO 8601 in the Gregorian calendar (C.E.); fiscal years stay B.E. numbers.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Sha256 = Field(pattern=r"^[0-9a-f]{64}$")


class ApiModel(BaseModel):
    model_config = ConfigDict(frozen=True, use_attribute_docstrings=True, populate_by_name=True)


class IndexEntry(ApiModel):
    path: str
    """The file's address relative to /api/v1/, e.g. ``years/2565.json``."""
    bytes: int = Field(ge=0)
    """Its size in bytes."""
    sha256: str = Sha256
    """SHA-256 of its bytes (lower-case hex): a reader refetches only files whose hash changed."""
    schema_path: str | None = Field(default=None, alias="schema")
    """The JSON Schema it follows, relative to /api/v1/ (None for the schemas themselves)."""


class ApiIndex(ApiModel):
    """/api/v1/index.json: every file of the API with its size and SHA-256."""

    api_version: str = Field(pattern=r"^[0-9]+\.[0-9]+$")
    """``1.0``: the major number is the folder (v1); minor steps only add fields."""
    generator: str
    """The engine that wrote the files, e.g. ``prongsai 0.2.0``."""
    site_url: str | None
    """The site's published address, when the build knew it."""
    files: list[IndexEntry]


class PostalAddress(ApiModel):
    type: Literal["PostalAddress"] = Field(default="PostalAddress", alias="@type")
    streetAddress: str | None = None
    addressLocality: str | None = None
    """The district (อำเภอ)."""
    addressRegion: str | None = None
    """The province (จังหวัด)."""
    addressCountry: Literal["TH"] = "TH"


class YearRef(ApiModel):
    fiscal_year: int
    """B.E., e.g. 2565 (1 October 2564 to 30 September 2565)."""
    path: str
    """The year's file, relative to /api/v1/."""


class AgencyDoc(ApiModel):
    """/api/v1/agency.json: the agency as a schema.org GovernmentOrganization (JSON-LD)."""

    context: Literal["https://schema.org"] = Field(default="https://schema.org", alias="@context")
    type: Literal["GovernmentOrganization"] = Field(default="GovernmentOrganization", alias="@type")
    api_version: str
    name: str
    alternateName: str
    """The short name, e.g. อบต.บ้านใหม่."""
    identifier: str | None
    """The official code (e.g. the DLA code), a string so that leading zeros stay."""
    kind: str
    """ประเภทหน่วยงาน, e.g. อบต. or เทศบาลตำบล."""
    province: str | None
    district: str | None
    address: PostalAddress
    telephone: str | None
    email: str | None
    url: str | None
    """The agency's main website."""
    site_url: str | None
    """This transparency site's address, when known."""
    last_changed: dt.date | None
    """The newest change of any year's data (ISO date)."""
    years: list[YearRef]
    """Newest first."""


class StatusCounts(ApiModel):
    done: int
    not_done: int
    unknown: int


class ApiMeasure(ApiModel):
    number: int
    title: str
    status: Literal["done", "not_done", "unknown"]
    responsible: list[str]
    ita_items: list[str]
    """OIT item codes the measure names, e.g. O15."""


class ApiSection(ApiModel):
    code: str
    number: str | None
    title: str
    measures: list[ApiMeasure]


class ApiRound(ApiModel):
    number: Literal[1, 2]
    """1: the first 6 months, 2: the whole 12 months."""
    period_start: dt.date
    period_end: dt.date
    memo_date: dt.date
    memo_number: str
    page: str
    """The round page, relative to the site's address."""
    counts: StatusCounts
    sections: list[ApiSection]


class ApiOitItem(ApiModel):
    code: str
    name: str
    status: Literal["published", "nothing_to_report", "missing"]
    answer: str
    """The ITAS answer, มี or ไม่มี (the same row as the ITAS sheet)."""
    url: str
    """The item's page as answered in ITAS (absolute when the site's address is known)."""
    page: str
    """The item's page, relative to the site's address."""
    explanation: str
    updated: dt.date | None
    """The last change of the item's disclosure or documents (ISO date)."""


class ItemCounts(ApiModel):
    published: int
    nothing_to_report: int
    missing: int
    total: int


class ApiOit(ApiModel):
    catalogue: str
    """The title of the item list the year uses."""
    page: str
    itas_csv: str
    """The ITAS answer sheet (CSV for Excel), relative to the site's address."""
    counts: ItemCounts
    items: list[ApiOitItem]


class Download(ApiModel):
    path: str
    """Relative to the site's address."""
    media_type: str
    bytes: int
    sha256: str = Sha256


class ApiDataset(ApiModel):
    slug: str
    title: str
    description: str | None
    unit: str | None
    reported_months: int = Field(ge=0, le=12)
    """How far into the fiscal year the figures go (6: to March, 12: to September)."""
    total: int | None
    page: str
    downloads: list[Download]


class YearDoc(ApiModel):
    """/api/v1/years/<B.E. year>.json: one fiscal year."""

    api_version: str
    fiscal_year: int
    start: dt.date
    """1 October of the year before (ISO)."""
    end: dt.date
    """30 September (ISO)."""
    page: str
    last_changed: dt.date | None
    rounds: list[ApiRound]
    oit: ApiOit | None
    statistics: list[ApiDataset]


API_MODELS: dict[str, type[ApiModel]] = {
    "index": ApiIndex,
    "agency": AgencyDoc,
    "year": YearDoc,
}
"""The kinds of API file, each with its schema at /api/v1/schemas/<kind>.schema.json."""
