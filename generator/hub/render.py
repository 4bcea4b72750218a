"""The hub's pages (Jinja2 templates in templates/, the theme's CSS) and its open data.

The hub does not go through MkDocs: 8,000 agency pages through MkDocs and Material take
minutes and a search index of every page, while these pages are a handful of tables. They
use Material's stylesheet and prongsai.css (copied from the installed theme), so they look
like an agency's site, and load nothing from another host.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import posixpath
import shutil
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import jinja2
import material

from prongsai import __version__
from prongsai.hub.summary import AgencyData, Row
from prongsai.shared import labels, thai, urls
from prongsai.shared.resources import theme_dir

TEMPLATES = Path(__file__).resolve().parent / "templates"
ASSETS = Path(__file__).resolve().parent / "assets"
BYTE_ORDER_MARK = "\ufeff"

TABLE_FIELDS: tuple[dict[str, Any], ...] = (
    {"name": "code", "type": "string", "title": "รหัสหน่วยงาน"},
    {"name": "name", "type": "string", "title": "หน่วยงาน", "constraints": {"required": True}},
    {"name": "kind", "type": "string", "title": "ประเภท"},
    {"name": "province", "type": "string", "title": "จังหวัด"},
    {"name": "district", "type": "string", "title": "อำเภอ"},
    {"name": "site_url", "type": "string", "format": "uri", "title": "เว็บไซต์"},
    {"name": "latest_year", "type": "integer", "title": "ปีงบประมาณล่าสุด (พ.ศ.)"},
    {"name": "oit_published", "type": "integer", "title": "OIT เผยแพร่แล้ว"},
    {"name": "oit_nothing_to_report", "type": "integer", "title": "OIT ไม่มีข้อมูลในช่วงนี้"},
    {"name": "oit_missing", "type": "integer", "title": "OIT ยังไม่ได้เผยแพร่"},
    {"name": "round1_done", "type": "integer", "title": "รอบ 6 เดือน: ทำ"},
    {"name": "round1_not_done", "type": "integer", "title": "รอบ 6 เดือน: ไม่ทำ"},
    {"name": "round2_done", "type": "integer", "title": "รอบ 12 เดือน: ทำ"},
    {"name": "round2_not_done", "type": "integer", "title": "รอบ 12 เดือน: ไม่ทำ"},
    {"name": "last_changed", "type": "date", "title": "ข้อมูลเปลี่ยนล่าสุด (ค.ศ.)"},
    {"name": "fetched", "type": "datetime", "title": "อ่านข้อมูลได้ล่าสุด (UTC)"},
    {"name": "failure", "type": "string", "title": "ปัญหาในการอ่านข้อมูลครั้งล่าสุด"},
)
"""``code`` is a string: leading zeros of official codes survive every loader."""


def table_record(row: Row) -> dict[str, Any]:
    first, second = row.round(1), row.round(2)
    return {
        "code": row.code,
        "name": row.name,
        "kind": row.kind,
        "province": row.province,
        "district": row.district,
        "site_url": row.site_url,
        "latest_year": row.latest_year,
        "oit_published": row.oit_published,
        "oit_nothing_to_report": row.oit_nothing_to_report,
        "oit_missing": row.oit_missing,
        "round1_done": first.done if first else None,
        "round1_not_done": first.not_done if first else None,
        "round2_done": second.done if second else None,
        "round2_not_done": second.not_done if second else None,
        "last_changed": row.last_changed.isoformat() if row.last_changed else None,
        "fetched": row.fetched.replace(microsecond=0).isoformat().replace("+00:00", "Z")
        if row.fetched
        else None,
        "failure": row.failure.kind if row.failure else None,
    }


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(
        thai_date=lambda d: thai.format_date(d) if d else "–",
        num=lambda n: "–" if n is None else thai.format_number_grouped(n),
    )
    env.globals.update(
        labels=labels, urls=urls, version=__version__, stylesheets=list(stylesheet_names())
    )
    return env


class HubWriter:
    """Writes the hub into ``folder`` (a fresh staging folder)."""

    def __init__(self, folder: Path, title: str, site_url: str | None) -> None:
        self.folder = folder
        self.title = title
        self.site_url = site_url
        self.env = _environment()
        self._agency = self.env.get_template("agency.html.j2")

    def _write(self, address: str, template: str | jinja2.Template, **context: Any) -> None:
        """``address``: a folder address like ``p/1a2b3c4d/`` (``""`` for the home page)."""
        root = posixpath.relpath(".", address or ".")
        root = "" if root == "." else root + "/"
        if isinstance(template, str):
            template = self.env.get_template(template)
        html = template.render(root=root, hub_title=self.title, **context)
        target = self.folder / address / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")

    def agency_page(self, row: Row, data: AgencyData | None) -> None:
        self._write(urls.hub_agency(row.key), self._agency, row=row, data=data)

    def finish(self, rows: list[Row]) -> None:
        rows = sorted(rows, key=lambda r: (r.province, r.district, r.name, r.key))
        provinces: dict[str, list[Row]] = defaultdict(list)
        for row in rows:
            provinces[row.province_key].append(row)
        for members in provinces.values():
            self._write(
                urls.hub_province(members[0].province_key), "province.html.j2", rows=members
            )
        failed = [r for r in rows if r.failure is not None]
        self._write(
            "",
            "home.html.j2",
            provinces=sorted(provinces.values(), key=lambda m: m[0].province),
            total=len(rows),
            failed=len(failed),
        )
        self._write(urls.HUB_REPORT, "report.html.j2", rows=failed)
        self._open_data(rows, failed)
        self._assets()

    def _open_data(self, rows: list[Row], failed: list[Row]) -> None:
        records = [table_record(r) for r in rows]
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, [f["name"] for f in TABLE_FIELDS], lineterminator="\r\n")
        writer.writeheader()
        for record in records:
            writer.writerow({k: "" if v is None else v for k, v in record.items()})
        table_csv = BYTE_ORDER_MARK + buffer.getvalue()
        table_json = json.dumps(records, ensure_ascii=False, indent=1) + "\n"
        failures = [
            {
                "key": r.key,
                "name": r.name,
                "site_url": r.site_url,
                "kind": r.failure.kind,
                "at": r.failure.at.isoformat(),
                "message_th": r.failure.thai,
                "message_en": r.failure.english,
                "last_good": r.fetched.isoformat() if r.fetched else None,
            }
            for r in failed
            if r.failure is not None
        ]
        files = {
            urls.HUB_TABLE_CSV: table_csv,
            urls.HUB_TABLE_JSON: table_json,
            urls.HUB_FAILURES_JSON: json.dumps(failures, ensure_ascii=False, indent=1) + "\n",
        }
        files[urls.DATA_PACKAGE] = self._data_package(files[urls.HUB_TABLE_CSV])
        files[urls.CATALOG_JSONLD] = self._catalog(rows, files)
        for path, text in files.items():
            (self.folder / path).write_text(text, encoding="utf-8", newline="")

    def _data_package(self, table_csv: str) -> str:
        data = table_csv.encode("utf-8")
        package = {
            "profile": "tabular-data-package",
            "name": "prongsai-hub",
            "title": self.title,
            "resources": [
                {
                    "name": "agencies",
                    "title": "หน่วยงานและสถานะ ITA ล่าสุด",
                    "path": urls.HUB_TABLE_CSV,
                    "format": "csv",
                    "mediatype": "text/csv",
                    "encoding": "utf-8-sig",
                    "profile": "tabular-data-resource",
                    "bytes": len(data),
                    "hash": f"sha256:{hashlib.sha256(data).hexdigest()}",
                    "schema": {"fields": list(TABLE_FIELDS)},
                }
            ],
        }
        return json.dumps(package, ensure_ascii=False, indent=2) + "\n"

    def _catalog(self, rows: list[Row], files: dict[str, str]) -> str:
        """The hub's DCAT catalogue: its own table, and each agency's catalogue as a part."""
        root = self.site_url or ""
        distributions = []
        for path, media in (
            (urls.HUB_TABLE_CSV, "text/csv"),
            (urls.HUB_TABLE_JSON, "application/json"),
        ):
            data = files[path].encode("utf-8")
            distributions.append(
                {
                    "@id": root + path + "#distribution",
                    "@type": "dcat:Distribution",
                    "dcat:downloadURL": {"@id": root + path},
                    "dcat:accessURL": {"@id": root + path},
                    "dcat:mediaType": {
                        "@id": "https://www.iana.org/assignments/media-types/" + media
                    },
                    "dcat:byteSize": {"@value": str(len(data)), "@type": "xsd:nonNegativeInteger"},
                    "spdx:checksum": {
                        "@type": "spdx:Checksum",
                        "spdx:algorithm": {"@id": "spdx:checksumAlgorithm_sha256"},
                        "spdx:checksumValue": {
                            "@value": hashlib.sha256(data).hexdigest(),
                            "@type": "xsd:hexBinary",
                        },
                    },
                }
            )
        document = {
            "@context": {
                "dcat": "http://www.w3.org/ns/dcat#",
                "dct": "http://purl.org/dc/terms/",
                "foaf": "http://xmlns.com/foaf/0.1/",
                "spdx": "http://spdx.org/rdf/terms#",
                "xsd": "http://www.w3.org/2001/XMLSchema#",
            },
            "@graph": [
                {
                    "@id": root + urls.CATALOG_JSONLD,
                    "@type": "dcat:Catalog",
                    "dct:title": {"@value": self.title, "@language": "th"},
                    "dct:description": {
                        "@value": "สถานะการเปิดเผยข้อมูล ITA ของหน่วยงานทั้งหมดในศูนย์รวม",
                        "@language": "th",
                    },
                    "dct:publisher": {"@type": "foaf:Agent", "foaf:name": self.title},
                    "dcat:dataset": [{"@id": root + "#agencies"}],
                    "dcat:catalog": [{"@id": r.site_url + urls.CATALOG_JSONLD} for r in rows],
                },
                {
                    "@id": root + "#agencies",
                    "@type": "dcat:Dataset",
                    "dct:title": {"@value": "หน่วยงานและสถานะ ITA ล่าสุด", "@language": "th"},
                    "dct:description": {
                        "@value": "ปีงบประมาณล่าสุดของแต่ละหน่วยงาน: ข้อ OIT และมาตรการแต่ละรอบ",
                        "@language": "th",
                    },
                    "dcat:distribution": [{"@id": d["@id"]} for d in distributions],
                },
                *distributions,
                *(
                    {
                        "@id": r.site_url + urls.CATALOG_JSONLD,
                        "@type": "dcat:Catalog",
                        "dct:title": {"@value": r.name, "@language": "th"},
                    }
                    for r in rows
                ),
            ],
        }
        return json.dumps(document, ensure_ascii=False, indent=1) + "\n"

    def _assets(self) -> None:
        """Material's stylesheets, prongsai.css, Sarabun and the table filter: all local."""
        stylesheets = Path(material.__file__).resolve().parent / "templates/assets/stylesheets"
        target = self.folder / "assets/stylesheets"
        target.mkdir(parents=True, exist_ok=True)
        for name in stylesheet_names():
            shutil.copy2(stylesheets / name, target / name)
        theme = theme_dir()
        shutil.copytree(theme / "fonts", self.folder / "fonts", dirs_exist_ok=True)
        (self.folder / "assets/prongsai").mkdir(parents=True, exist_ok=True)
        shutil.copy2(theme / "assets/prongsai/prongsai.css", self.folder / "assets/prongsai")
        shutil.copytree(ASSETS, self.folder / "assets/hub", dirs_exist_ok=True)


def stylesheet_names() -> Iterable[str]:
    folder = Path(material.__file__).resolve().parent / "templates/assets/stylesheets"
    return sorted(
        p.name for p in folder.glob("*.min.css") if p.name.startswith(("main.", "palette."))
    )
