"""schema.org Dataset JSON-LD for each dataset page (dataset search engines read it)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from markupsafe import Markup

from prongsai.api.gdc import values
from prongsai.shared import thai
from prongsai.site.model import Dataset, Site
from prongsai.statistics.open_data import DataFile

_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}


def script_json(data: Any) -> str:
    """JSON that is safe inside ``<script>``: no ``</script>``, ``<!--`` or ``&`` survives
    as such (each becomes a JSON ``\\u`` escape, which a JSON parser reads back)."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    for character, escaped in _SCRIPT_UNSAFE.items():
        text = text.replace(character, escaped)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def dataset_json_ld(
    site: Site, dataset: Dataset, files: list[DataFile], root: str | None, page: str
) -> dict[str, Any]:
    agency = site.agency
    year_ce = thai.ce_year(dataset.fiscal_year)
    creator: dict[str, Any] = {"@type": "GovernmentOrganization", "name": agency.name}
    if agency.website:
        creator["url"] = agency.website
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": f"{dataset.title} ปีงบประมาณ {dataset.fiscal_year}",
        "description": dataset.description
        or f"{dataset.title} ของ{agency.name} ปีงบประมาณ {dataset.fiscal_year} รายเดือน",
        "inLanguage": "th",
        "temporalCoverage": f"{year_ce - 1}-10-01/{year_ce}-09-30",
        "creator": creator,
        "publisher": creator,
        "license": values(agency).license,
        "isAccessibleForFree": True,
        "keywords": ["สถิติการให้บริการ", "ITA", agency.short_name],
        "distribution": [
            {
                "@type": "DataDownload",
                "encodingFormat": f.media_type,
                "contentUrl": (root or "") + quote(f.path),
                "contentSize": f"{f.size} B",
            }
            for f in files
        ],
    }
    if root:
        data["url"] = root + page
        data["includedInDataCatalog"] = {"@type": "DataCatalog", "url": root + "catalog.jsonld"}
    if agency.province:
        data["spatialCoverage"] = {"@type": "Place", "name": agency.province}
    return data


def dataset_script(*args: Any) -> Markup:
    """The ``<script type="application/ld+json">`` element of one dataset."""
    return Markup(
        '<script type="application/ld+json">\n'
        + script_json(dataset_json_ld(*args))
        + "\n</script>"
    )
