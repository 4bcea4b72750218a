"""DCAT catalogues of a site: DCAT-AP 3 as JSON-LD (/catalog.jsonld) and DCAT-US 1.1
(/data.json). One dcat:Dataset per statistics dataset and per fiscal year's OIT
disclosures; publisher = the agency; temporal coverage = the fiscal year (ISO dates).

Identifiers are the published addresses when the build knows the site's address, else
addresses relative to the catalogue, which a harvester resolves against the file's own URL.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from prongsai.api.gdc import values
from prongsai.shared import thai, urls
from prongsai.site.model import Site

CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "spdx": "http://spdx.org/rdf/terms#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
}
IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/"
EU_FILE_TYPES = "http://publications.europa.eu/resource/authority/file-type/"


@dataclass(frozen=True)
class CatalogFile:
    """A distribution: a file of the site with its media type, size and SHA-256."""

    path: str
    title: str
    media_type: str
    format: str
    """Upper-case, e.g. CSV, JSON."""
    size: int
    sha256: str


@dataclass(frozen=True)
class CatalogDataset:
    key: str
    """Stable within the site, e.g. ``oit-2565`` or ``statistics-2565-<slug>``."""
    title: str
    description: str
    fiscal_year: int
    landing_page: str
    keywords: tuple[str, ...]
    modified: str | None
    """ISO date of the last change, when known."""
    files: tuple[CatalogFile, ...]


def _address(root: str | None, path: str) -> str:
    """The file's address, percent-encoded (dataset names may be Thai)."""
    return (root or "") + quote(path, safe="/#")


def _literal(value: str, kind: str) -> dict[str, str]:
    return {"@value": value, "@type": f"xsd:{kind}"}


def _thai(value: str) -> dict[str, str]:
    return {"@value": value, "@language": "th"}


def catalog_jsonld(site: Site, datasets: list[CatalogDataset], root: str | None) -> str:
    agency = site.agency
    publisher_id = _address(root, urls.API_AGENCY)
    publisher: dict[str, Any] = {
        "@id": publisher_id,
        "@type": "foaf:Agent",
        "foaf:name": _thai(agency.name),
        "dct:type": _thai(agency.kind),
    }
    if agency.website:
        publisher["foaf:homepage"] = {"@id": agency.website}
    settings = values(agency)
    graph: list[dict[str, Any]] = [
        {
            "@id": _address(root, urls.CATALOG_JSONLD),
            "@type": "dcat:Catalog",
            "dct:title": _thai(f"ข้อมูลเปิดด้านคุณธรรมและความโปร่งใส {agency.name}"),
            "dct:description": _thai(
                f"รายงานผล ITA การเปิดเผยข้อมูลสาธารณะ (OIT) และสถิติการให้บริการของ{agency.name}"
            ),
            "dct:publisher": {"@id": publisher_id},
            "foaf:homepage": {"@id": root or "./"},
            "dct:language": {
                "@id": "http://publications.europa.eu/resource/authority/language/THA"
            },
            "dcat:dataset": [{"@id": _dataset_id(root, d)} for d in datasets],
        },
        publisher,
    ]
    for dataset in datasets:
        year_ce = thai.ce_year(dataset.fiscal_year)
        node: dict[str, Any] = {
            "@id": _dataset_id(root, dataset),
            "@type": "dcat:Dataset",
            "dct:identifier": dataset.key,
            "dct:title": _thai(dataset.title),
            "dct:description": _thai(dataset.description),
            "dct:publisher": {"@id": publisher_id},
            "dcat:keyword": [_thai(k) for k in dataset.keywords],
            "dcat:landingPage": {"@id": _address(root, dataset.landing_page)},
            "dct:temporal": {
                "@type": "dct:PeriodOfTime",
                "dcat:startDate": _literal(f"{year_ce - 1}-10-01", "date"),
                "dcat:endDate": _literal(f"{year_ce}-09-30", "date"),
            },
            "dct:accessRights": {
                "@id": "http://publications.europa.eu/resource/authority/access-right/PUBLIC"
            },
            "dct:license": {"@type": "dct:LicenseDocument", "rdfs:label": settings.license},
            "dcat:distribution": [{"@id": _distribution_id(root, f)} for f in dataset.files],
        }
        if dataset.modified:
            node["dct:modified"] = _literal(dataset.modified, "date")
        if settings.contact_email:
            node["dcat:contactPoint"] = {
                "@type": "vcard:Organization",
                "vcard:fn": agency.name,
                "vcard:hasEmail": {"@id": f"mailto:{settings.contact_email}"},
            }
        if agency.province:
            node["dct:spatial"] = {"@type": "dct:Location", "rdfs:label": _thai(agency.province)}
        graph.append(node)
        for file in dataset.files:
            address = _address(root, file.path)
            graph.append(
                {
                    "@id": _distribution_id(root, file),
                    "@type": "dcat:Distribution",
                    "dct:title": _thai(file.title),
                    "dcat:accessURL": {"@id": address},
                    "dcat:downloadURL": {"@id": address},
                    "dcat:mediaType": {"@id": IANA_MEDIA_TYPES + file.media_type},
                    "dct:format": {"@id": EU_FILE_TYPES + file.format},
                    "dcat:byteSize": _literal(str(file.size), "nonNegativeInteger"),
                    "spdx:checksum": {
                        "@type": "spdx:Checksum",
                        "spdx:algorithm": {"@id": "spdx:checksumAlgorithm_sha256"},
                        "spdx:checksumValue": _literal(file.sha256, "hexBinary"),
                    },
                }
            )
    document = {"@context": CONTEXT, "@graph": graph}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def _dataset_id(root: str | None, dataset: CatalogDataset) -> str:
    return _address(root, f"{urls.CATALOG_JSONLD}#{dataset.key}")


def _distribution_id(root: str | None, file: CatalogFile) -> str:
    return _address(root, file.path) + "#distribution"


def data_json(site: Site, datasets: list[CatalogDataset], root: str | None) -> str:
    """DCAT-US 1.1 (Project Open Data): the same datasets as flat JSON."""
    agency = site.agency
    settings = values(agency)
    entries = []
    for dataset in datasets:
        year_ce = thai.ce_year(dataset.fiscal_year)
        entry: dict[str, Any] = {
            "@type": "dcat:Dataset",
            "identifier": _dataset_id(root, dataset),
            "title": dataset.title,
            "description": dataset.description,
            "keyword": list(dataset.keywords),
            "modified": dataset.modified or f"{year_ce}-09-30",
            "publisher": {"@type": "org:Organization", "name": agency.name},
            "contactPoint": {
                "@type": "vcard:Contact",
                "fn": agency.name,
                **(
                    {"hasEmail": f"mailto:{settings.contact_email}"}
                    if settings.contact_email
                    else {}
                ),
            },
            "accessLevel": "public",
            "license": settings.license,
            "landingPage": _address(root, dataset.landing_page),
            "temporal": f"{year_ce - 1}-10-01/{year_ce}-09-30",
            "language": ["th"],
            "distribution": [
                {
                    "@type": "dcat:Distribution",
                    "title": file.title,
                    "downloadURL": _address(root, file.path),
                    "mediaType": file.media_type,
                    "format": file.format,
                }
                for file in dataset.files
            ],
        }
        if agency.province:
            entry["spatial"] = agency.province
        entries.append(entry)
    catalog = {
        "@context": "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",
        "@type": "dcat:Catalog",
        "conformsTo": "https://project-open-data.cio.gov/v1.1/schema",
        "describedBy": "https://project-open-data.cio.gov/v1.1/schema/catalog.json",
        "dataset": entries,
    }
    return json.dumps(catalog, ensure_ascii=False, indent=1) + "\n"
