"""Open data: every statistics dataset as CSV and JSON, and one Frictionless Data Package.

The files are tidy (one row per service and month with a figure), so any tool can read
them; the CSV carries a byte order mark because Thai staff open it in Excel. The Data
Package (datapackage.json at the site root) describes every file with its fields, types,
size and SHA-256.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

# BYTE_ORDER_MARK is re-exported: callers and tests import it from here.
from prongsai.content.spreadsheet import BYTE_ORDER_MARK as BYTE_ORDER_MARK
from prongsai.content.spreadsheet import csv_text
from prongsai.shared import thai, urls
from prongsai.site.model import Dataset, Site

FIELDS: tuple[dict[str, Any], ...] = (
    {
        "name": "fiscal_year",
        "type": "integer",
        "title": "ปีงบประมาณ (พ.ศ.)",
        "description": "Fiscal year, Buddhist Era (October to September)",
        "constraints": {"required": True},
    },
    {
        "name": "month",
        "type": "yearmonth",
        "title": "เดือน (ค.ศ.)",
        "description": "Calendar month, ISO 8601 (Gregorian year)",
        "constraints": {"required": True},
    },
    {
        "name": "month_th",
        "type": "string",
        "title": "เดือน",
        "description": "The month as written in Thai, Buddhist Era",
    },
    {
        "name": "service",
        "type": "string",
        "title": "บริการ",
        "constraints": {"required": True},
    },
    {"name": "unit", "type": "string", "title": "หน่วยนับ"},
    {"name": "office", "type": "string", "title": "ผู้รับผิดชอบ"},
    {
        "name": "count",
        "type": "integer",
        "title": "จำนวน",
        "constraints": {"required": True, "minimum": 0},
    },
    {
        "name": "satisfaction",
        "type": "number",
        "title": "ความพึงพอใจ (ร้อยละ)",
        "description": "Satisfaction of the service over the year, per cent (repeated per month)",
        "constraints": {"minimum": 0, "maximum": 100},
    },
)
FIELD_NAMES = tuple(field["name"] for field in FIELDS)


@dataclass(frozen=True)
class DataFile:
    path: str
    """Site-relative path."""
    text: str
    title: str
    format: str
    media_type: str

    @property
    def data(self) -> bytes:
        return self.text.encode("utf-8")

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def size(self) -> int:
        return len(self.data)


def rows(dataset: Dataset) -> list[dict[str, Any]]:
    """One record per service and month with a figure, in fiscal order."""
    records = []
    for service in dataset.services:
        for month, count in zip(thai.FISCAL_MONTHS, service.counts, strict=True):
            if count is None:
                continue
            calendar_year = thai.ce_year(dataset.fiscal_year) - (1 if month >= 10 else 0)
            records.append(
                {
                    "fiscal_year": dataset.fiscal_year,
                    "month": f"{calendar_year:04d}-{month:02d}",
                    "month_th": thai.month_label(month, dataset.fiscal_year),
                    "service": service.name,
                    "unit": service.unit,
                    "office": service.office,
                    "count": count,
                    "satisfaction": service.satisfaction,
                }
            )
    return records


def dataset_csv(dataset: Dataset) -> str:
    """The dataset for spreadsheets: text that could start a formula is neutralised
    (spreadsheet.safe_cell); the JSON file keeps every text exactly as written."""
    return csv_text(FIELD_NAMES, ([r[name] for name in FIELD_NAMES] for r in rows(dataset)))


def dataset_json(dataset: Dataset) -> str:
    return json.dumps(rows(dataset), ensure_ascii=False, indent=1) + "\n"


def dataset_files(dataset: Dataset) -> tuple[DataFile, DataFile]:
    csv_path = urls.dataset_download(dataset.fiscal_year, dataset.slug, "csv")
    json_path = urls.dataset_download(dataset.fiscal_year, dataset.slug, "json")
    return (
        DataFile(csv_path, dataset_csv(dataset), dataset.title, "csv", "text/csv"),
        DataFile(json_path, dataset_json(dataset), dataset.title, "json", "application/json"),
    )


def data_package(site: Site, files: list[DataFile]) -> str:
    """datapackage.json (Frictionless Data Package v1) for the dataset files."""
    resources = []
    for index, file in enumerate(files, start=1):
        resource: dict[str, Any] = {
            "name": f"statistics-{index:03d}-{file.format}",
            "title": file.title,
            "path": file.path,
            "format": file.format,
            "mediatype": file.media_type,
            # utf-8-sig: the Excel CSV's byte order mark; the .nobom.csv beside it has none.
            "encoding": "utf-8-sig" if file.text.startswith(BYTE_ORDER_MARK) else "utf-8",
            "profile": "tabular-data-resource",
            "schema": {"fields": list(FIELDS)},
        }
        if file.format == "csv":
            # Readers check these against the bytes; frictionless cannot count the bytes of
            # a JSON source, so the JSON files' size and SHA-256 are on /data/ only.
            resource |= {"bytes": file.size, "hash": f"sha256:{file.sha256}"}
        resources.append(resource)
    package = {
        "profile": "tabular-data-package",
        "name": "service-statistics",
        "title": f"ข้อมูลสถิติการให้บริการ {site.agency.name}",
        "description": "Service statistics published by a Thai public agency, per fiscal year"
        " (B.E.) and month, generated by Prongsai.",
        "resources": resources,
    }
    return json.dumps(package, ensure_ascii=False, indent=2) + "\n"
