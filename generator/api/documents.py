"""The site model → the documents of /api/v1/ (agency, one per fiscal year)."""

from __future__ import annotations

import datetime as dt

from prongsai.api.models import (
    AgencyDoc,
    ApiDataset,
    ApiMeasure,
    ApiOit,
    ApiOitItem,
    ApiRound,
    ApiSection,
    Download,
    ItemCounts,
    PostalAddress,
    StatusCounts,
    YearDoc,
    YearRef,
)
from prongsai.oit.itas import ItasRow
from prongsai.shared import urls
from prongsai.site.model import FiscalYear, Round, Site
from prongsai.statistics.open_data import DataFile


def year_last_changed(year: FiscalYear) -> dt.date | None:
    """The newest date in the year's data: an OIT item's change or a report's memo date."""
    dates = [r.memo.date for r in year.rounds]
    if year.oit is not None:
        dates += [i.updated for i in year.oit.items if i.updated is not None]
    return max(dates) if dates else None


def agency_document(site: Site, site_root: str | None) -> AgencyDoc:
    agency = site.agency
    changed = [d for d in map(year_last_changed, site.years) if d is not None]
    return AgencyDoc(
        api_version=urls.API_VERSION,
        name=agency.name,
        alternateName=agency.short_name,
        identifier=agency.code,
        kind=agency.kind,
        province=agency.province,
        district=agency.district,
        address=PostalAddress(
            streetAddress=agency.address,
            addressLocality=agency.district,
            addressRegion=agency.province,
        ),
        telephone=agency.phone,
        email=agency.email,
        url=agency.website,
        site_url=site_root,
        last_changed=max(changed) if changed else None,
        years=[
            YearRef(fiscal_year=y.year, path=urls.api_year(y.year).removeprefix(urls.API_ROOT))
            for y in site.years
        ],
    )


def year_document(
    year: FiscalYear, rows: list[ItasRow] | None, data_files: dict[str, DataFile]
) -> YearDoc:
    """``rows``: the year's ITAS rows (None without OIT); ``data_files`` by site path."""
    oit = None
    if year.oit is not None and rows is not None:
        counts = year.oit.counts
        oit = ApiOit(
            catalogue=year.oit.catalogue.title,
            page=urls.oit_index(year.year).url,
            itas_csv=urls.itas_export(year.year),
            counts=ItemCounts(
                published=counts.published,
                nothing_to_report=counts.nothing_to_report,
                missing=counts.missing,
                total=counts.total,
            ),
            items=[
                ApiOitItem(
                    code=row.code,
                    name=row.name,
                    status=row.status.value,
                    answer=row.answer,
                    url=row.url,
                    page=urls.oit_item(year.year, row.code).url,
                    explanation=row.explanation,
                    updated=row.updated,
                )
                for row in rows
            ],
        )
    return YearDoc(
        api_version=urls.API_VERSION,
        fiscal_year=year.year,
        start=year.start,
        end=year.end,
        page=urls.fiscal_year(year.year).url,
        last_changed=year_last_changed(year),
        rounds=[_round(r) for r in year.rounds],
        oit=oit,
        statistics=[
            ApiDataset(
                slug=d.slug,
                title=d.title,
                description=d.description,
                unit=d.unit,
                reported_months=d.reported_months,
                total=_sum(s.total() for s in d.services),
                page=urls.statistics(year.year).url,
                downloads=[
                    Download(path=f.path, media_type=f.media_type, bytes=f.size, sha256=f.sha256)
                    for f in dataset_downloads(year.year, d.slug, data_files)
                ],
            )
            for d in year.statistics
        ],
    )


def dataset_downloads(year: int, slug: str, data_files: dict[str, DataFile]) -> list[DataFile]:
    """The dataset's files: the Excel CSV, the CSV without byte order mark, the JSON."""
    paths = (
        urls.dataset_download(year, slug, "csv"),
        urls.dataset_machine_csv(year, slug),
        urls.dataset_download(year, slug, "json"),
    )
    return [data_files[p] for p in paths if p in data_files]


def _sum(values) -> int | None:
    figures = [v for v in values if v is not None]
    return sum(figures) if figures else None


def _round(round_: Round) -> ApiRound:
    counts = round_.report.counts
    return ApiRound(
        number=round_.number,
        period_start=round_.period_start,
        period_end=round_.period_end,
        memo_date=round_.memo.date,
        memo_number=round_.memo.document_number,
        page=urls.round_report(round_.fiscal_year, round_.number).url,
        counts=StatusCounts(done=counts.done, not_done=counts.not_done, unknown=counts.unknown),
        sections=[
            ApiSection(
                code=s.code,
                number=s.number,
                title=s.title,
                measures=[
                    ApiMeasure(
                        number=m.number,
                        title=m.title,
                        status=m.status.value,
                        responsible=list(m.responsible),
                        ita_items=list(m.ita_items),
                    )
                    for m in s.measures
                ],
            )
            for s in round_.report.sections
        ],
    )
