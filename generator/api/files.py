"""Every machine-readable file of a site, from the model, the ITAS rows and the data files.

The API's index is written last: it lists every other file of /api/v1/ (documents and
schemas) with its size and SHA-256, so a reader (the hub) refetches only what changed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from prongsai import __version__
from prongsai.api import dcat
from prongsai.api.documents import (
    agency_document,
    dataset_downloads,
    year_document,
    year_last_changed,
)
from prongsai.api.gdc import gd_catalog_record
from prongsai.api.models import API_MODELS, ApiIndex, ApiModel, IndexEntry
from prongsai.oit.itas import ItasRow, itas_csv
from prongsai.shared import urls
from prongsai.site.model import Site
from prongsai.statistics.open_data import BYTE_ORDER_MARK, DataFile

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


@dataclass(frozen=True)
class ApiFile:
    path: str
    """Site-relative path."""
    text: str

    @property
    def data(self) -> bytes:
        return self.text.encode("utf-8")


def machine_csv(excel_csv: DataFile, year: int, slug: str) -> DataFile:
    """The same table without the byte order mark (CKAN's loaders keep it in a column name)."""
    return DataFile(
        urls.dataset_machine_csv(year, slug),
        excel_csv.text.removeprefix(BYTE_ORDER_MARK),
        excel_csv.title,
        "csv",
        "text/csv",
    )


def api_json(document: ApiModel) -> str:
    return document.model_dump_json(by_alias=True, indent=1) + "\n"


def api_schemas() -> dict[str, str]:
    """``{kind: schema text}`` for every kind of API file (generated from the models)."""
    schemas = {}
    for kind, model in API_MODELS.items():
        schema = {
            "$schema": SCHEMA_DIALECT,
            "$id": urls.api_schema(kind).removeprefix(urls.API_ROOT),
            **model.model_json_schema(by_alias=True, mode="serialization"),
        }
        schemas[kind] = json.dumps(schema, ensure_ascii=False, indent=1) + "\n"
    return schemas


def site_outputs(
    site: Site,
    site_root: str | None,
    itas: dict[int, list[ItasRow]],
    data_files: list[DataFile],
) -> list[ApiFile]:
    """/api/v1/ (documents, schemas, index), the DCAT catalogues and GD-Catalog records.

    ``itas``: each year's ITAS rows; ``data_files``: the statistics files (both CSVs, JSON).
    """
    by_path = {f.path: f for f in data_files}
    documents: list[tuple[str, str, str]] = [
        (urls.API_AGENCY, api_json(agency_document(site, site_root)), "agency")
    ]
    for year in site.years:
        document = year_document(year, itas.get(year.year), by_path)
        documents.append((urls.api_year(year.year), api_json(document), "year"))
    schemas = api_schemas()
    entries = [
        _entry(path, text, urls.api_schema(kind).removeprefix(urls.API_ROOT))
        for path, text, kind in documents
    ]
    entries += [_entry(urls.api_schema(kind), text, None) for kind, text in schemas.items()]
    index = ApiIndex(
        api_version=urls.API_VERSION,
        generator=f"prongsai {__version__}",
        site_url=site_root,
        files=entries,
    )
    outputs = [ApiFile(path, text) for path, text, _ in documents]
    outputs += [ApiFile(urls.api_schema(kind), text) for kind, text in schemas.items()]
    outputs.append(ApiFile(urls.API_INDEX, api_json(index)))

    datasets = _catalog_datasets(site, itas, by_path)
    outputs.append(ApiFile(urls.CATALOG_JSONLD, dcat.catalog_jsonld(site, datasets, site_root)))
    outputs.append(ApiFile(urls.DCAT_US, dcat.data_json(site, datasets, site_root)))
    for year in site.years:
        for dataset in year.statistics:
            files = dataset_downloads(year.year, dataset.slug, by_path)
            record = gd_catalog_record(
                site.agency,
                dataset,
                sorted({f.format.upper() for f in files}),
                (site_root or "/") + urls.statistics(year.year).url,
            )
            outputs.append(
                ApiFile(
                    urls.gd_catalog(year.year, dataset.slug),
                    json.dumps(record, ensure_ascii=False, indent=1) + "\n",
                )
            )
    return outputs


def _entry(path: str, text: str, schema: str | None) -> IndexEntry:
    data = text.encode("utf-8")
    return IndexEntry(
        path=path.removeprefix(urls.API_ROOT),
        bytes=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        schema=schema,
    )


def _catalog_file(path: str, text: str, title: str, media_type: str) -> dcat.CatalogFile:
    data = text.encode("utf-8")
    return dcat.CatalogFile(
        path,
        title,
        media_type,
        path.rsplit(".", 1)[-1].upper(),
        len(data),
        hashlib.sha256(data).hexdigest(),
    )


def _catalog_datasets(
    site: Site, itas: dict[int, list[ItasRow]], by_path: dict[str, DataFile]
) -> list[dcat.CatalogDataset]:
    agency = site.agency
    datasets = []
    for year in site.years:
        changed = year_last_changed(year)
        if year.oit is not None and year.year in itas:
            sheet = itas_csv(itas[year.year])
            datasets.append(
                dcat.CatalogDataset(
                    key=f"oit-{year.year}",
                    title=f"การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ {year.year} {agency.name}",
                    description=f"สถานะ ที่อยู่ และคำอธิบายของทุกข้อ OIT ปีงบประมาณ {year.year}"
                    " (แบบตอบ ITAS)",
                    fiscal_year=year.year,
                    landing_page=urls.oit_index(year.year).url,
                    keywords=("ITA", "OIT", "การเปิดเผยข้อมูลสาธารณะ"),
                    modified=changed.isoformat() if changed else None,
                    files=(
                        _catalog_file(
                            urls.itas_export(year.year),
                            sheet,
                            f"แบบตอบ ITAS ปี {year.year} (CSV)",
                            "text/csv",
                        ),
                    ),
                )
            )
        for dataset in year.statistics:
            files = dataset_downloads(year.year, dataset.slug, by_path)
            datasets.append(
                dcat.CatalogDataset(
                    key=f"statistics-{year.year}-{dataset.slug}",
                    title=f"{dataset.title} ปีงบประมาณ {year.year}",
                    description=dataset.description or f"{dataset.title} ของ{agency.name} รายเดือน",
                    fiscal_year=year.year,
                    landing_page=urls.statistics(year.year).url,
                    keywords=("สถิติการให้บริการ", "ITA"),
                    modified=None,
                    files=tuple(
                        dcat.CatalogFile(
                            f.path,
                            f.title,
                            f.media_type,
                            f.format.upper(),
                            f.size,
                            f.sha256,
                        )
                        for f in files
                    ),
                )
            )
    return datasets
