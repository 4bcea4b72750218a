"""One agency reduced to what the hub's tables show (its row) and its years (its page)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from prongsai.api.models import AgencyDoc, ApiModel, YearDoc
from prongsai.hub.fetch import Failure, FetchResult


@dataclass(frozen=True)
class RoundCounts:
    number: int
    done: int
    not_done: int
    unknown: int


@dataclass(frozen=True)
class Row:
    """An agency in the province table, hub.csv and hub.json."""

    key: str
    name: str
    kind: str
    province: str
    province_key: str
    district: str
    code: str | None
    site_url: str
    latest_year: int | None
    oit_published: int | None
    oit_nothing_to_report: int | None
    oit_missing: int | None
    oit_total: int | None
    rounds: tuple[RoundCounts, ...]
    last_changed: dt.date | None
    fetched: dt.datetime | None
    """When its data was last read successfully (None: never)."""
    failure: Failure | None

    def round(self, number: int) -> RoundCounts | None:
        return next((r for r in self.rounds if r.number == number), None)

    @property
    def ok(self) -> bool:
        return self.failure is None and self.fetched is not None


@dataclass(frozen=True)
class AgencyData:
    agency: AgencyDoc
    years: list[YearDoc]
    """Newest first."""


def agency_data(documents: dict[str, ApiModel]) -> AgencyData | None:
    """The validated documents of one agency (``FetchResult.documents``), years newest first."""
    agency = documents.get("agency.json")
    if not isinstance(agency, AgencyDoc):
        return None
    years = [y for ref in agency.years if isinstance(y := documents.get(ref.path), YearDoc)]
    years.sort(key=lambda y: -y.fiscal_year)
    return AgencyData(agency, years)


def summarise(result: FetchResult, data: AgencyData | None) -> Row:
    entry = result.agency.entry
    latest = data.years[0] if data and data.years else None
    oit = latest.oit if latest else None
    fetched = dt.datetime.fromisoformat(result.entry.fetched) if result.entry else None
    return Row(
        key=result.agency.key,
        name=entry.name,
        kind=entry.kind,
        province=entry.province,
        province_key=result.agency.province_key,
        district=entry.district,
        code=entry.code,
        site_url=entry.url,
        latest_year=latest.fiscal_year if latest else None,
        oit_published=oit.counts.published if oit else None,
        oit_nothing_to_report=oit.counts.nothing_to_report if oit else None,
        oit_missing=oit.counts.missing if oit else None,
        oit_total=oit.counts.total if oit else None,
        rounds=tuple(
            RoundCounts(r.number, r.counts.done, r.counts.not_done, r.counts.unknown)
            for r in (latest.rounds if latest else [])
        ),
        last_changed=data.agency.last_changed if data else None,
        fetched=fetched,
        failure=result.failure,
    )
