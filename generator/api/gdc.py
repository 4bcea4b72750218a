"""GD-Catalog metadata (data.go.th's CKAN dataset schema) of each statistics dataset.

Agencies upload datasets to their own CKAN ("GD-Catalog"), which data.go.th harvests; this
file carries every field the form asks for, so a clerk copies values instead of inventing
them. The agency sets them in agency.yml under ``open_data:``; each has a default here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from prongsai.shared import thai
from prongsai.site.model import Agency, Dataset

DEFAULT_OBJECTIVE = "พันธกิจหน่วยงาน"
DEFAULT_UPDATE_FREQUENCY = "ปี"
DEFAULT_DATA_CATEGORY = "ข้อมูลสาธารณะ"
DEFAULT_LICENSE = "Open Data Common"
LOCAL_GEO_COVERAGE = "เทศบาล/อบต."
"""GD-Catalog's value for a local administration's area (municipality or SAO)."""
NATIONAL_GEO_COVERAGE = "ประเทศ"
LOCAL_KINDS = frozenset(
    {"อบต.", "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร", "อบจ.", "กรุงเทพมหานคร", "เมืองพัทยา"}
)


@dataclass(frozen=True)
class OpenDataValues:
    """The agency's open-data settings with every default filled in."""

    objective: str
    update_frequency: str
    geo_coverage: str
    data_category: str
    license: str
    allow_harvest: bool
    contact_email: str | None


def values(agency: Agency) -> OpenDataValues:
    given = agency.open_data
    local = agency.kind in LOCAL_KINDS
    return OpenDataValues(
        objective=(given and given.objective) or DEFAULT_OBJECTIVE,
        update_frequency=(given and given.update_frequency) or DEFAULT_UPDATE_FREQUENCY,
        geo_coverage=(given and given.geo_coverage)
        or (LOCAL_GEO_COVERAGE if local else NATIONAL_GEO_COVERAGE),
        data_category=(given and given.data_category) or DEFAULT_DATA_CATEGORY,
        license=(given and given.license) or DEFAULT_LICENSE,
        allow_harvest=True if given is None or given.allow_harvest is None else given.allow_harvest,
        contact_email=(given and given.contact_email) or agency.email,
    )


def gd_catalog_record(
    agency: Agency, dataset: Dataset, formats: list[str], landing_page: str
) -> dict[str, Any]:
    """The dataset as GD-Catalog fields (names as in ckanext-thaigdc's ckan_dataset.json)."""
    settings = values(agency)
    year_ce = thai.ce_year(dataset.fiscal_year)
    return {
        "data_type": "ข้อมูลสถิติ",
        "title": dataset.title,
        "name": f"{dataset.fiscal_year}-{dataset.slug}",
        "owner_org": agency.name,
        "maintainer": dataset.office or agency.name,
        "maintainer_email": settings.contact_email,
        "tag_string": ["สถิติการให้บริการ", "ITA", agency.short_name],
        "notes": dataset.description or dataset.title,
        "objective": [settings.objective],
        "update_frequency_unit": settings.update_frequency,
        "update_frequency_interval": 1,
        "geo_coverage": settings.geo_coverage,
        "data_source": agency.name,
        "data_format": formats,
        "data_category": settings.data_category,
        "disclosure": "public",
        "allow_harvest": "True" if settings.allow_harvest else "False",
        "license_id": settings.license,
        "url": landing_page,
        "data_language": ["ไทย"],
        "first_year_of_data": str(dataset.fiscal_year),
        "last_year_of_data": str(dataset.fiscal_year),
        "disaggregate": ["บริการ", "เดือน"],
        "unit_of_measure": dataset.unit or "ครั้ง",
        "temporal_coverage_start": f"{year_ce - 1}-10-01",
        "temporal_coverage_end": f"{year_ce}-09-30",
    }
