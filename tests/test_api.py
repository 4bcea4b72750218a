"""/api/v1/, the DCAT catalogues, GD-Catalog records and JSON-LD (issue #16).

Every API file is validated against the JSON Schema published beside it (jsonschema, not the
models that wrote it); the catalogue is parsed by rdflib and each required DCAT property is
looked up in the graph; frictionless validates the Data Package with both CSVs.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import shutil
from pathlib import Path

import frictionless
import jsonschema
import pytest
import rdflib
from rdflib.namespace import DCAT, DCTERMS, RDF

from prongsai.api.jsonld import script_json
from prongsai.oit.itas import itas_csv, itas_rows
from prongsai.pipeline import run
from prongsai.shared import urls
from prongsai.statistics.open_data import BYTE_ORDER_MARK

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SITE = "https://agency.example/ita/"
SPDX = rdflib.Namespace("http://spdx.org/rdf/terms#")


def _files(content: Path, site_url: str | None = SITE) -> dict[str, str]:
    result = run(content, site_url=site_url)
    assert result.errors() == [], result.problems
    return {f.path: f.text for f in result.rendered.files}


@pytest.fixture(scope="module")
def demo() -> dict[str, str]:
    return _files(FIXTURES / "demo")


@pytest.fixture(scope="module")
def demo_result():
    return run(FIXTURES / "demo", site_url=SITE)


def _validator(files: dict[str, str], kind: str) -> jsonschema.Draft202012Validator:
    schema = json.loads(files[urls.api_schema(kind)])
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def test_every_api_file_is_valid_against_the_schema_beside_it(demo):
    index = json.loads(demo[urls.API_INDEX])
    _validator(demo, "index").validate(index)
    checked = 0
    for entry in index["files"]:
        if entry["schema"] is None:
            continue
        kind = entry["schema"].removeprefix("schemas/").removesuffix(".schema.json")
        _validator(demo, kind).validate(json.loads(demo[urls.api_file(entry["path"])]))
        checked += 1
    assert checked == 1 + 2  # agency.json and the demo's two fiscal years


def test_the_schemas_refuse_a_wrong_file(demo):
    year = json.loads(demo[urls.api_year(2567)])
    year["oit"]["items"][0]["status"] = "done-ish"
    with pytest.raises(jsonschema.ValidationError):
        _validator(demo, "year").validate(year)
    year = json.loads(demo[urls.api_year(2567)])
    year["rounds"][0]["period_start"] = "9 เม.ย. 2567"
    with pytest.raises(jsonschema.ValidationError):
        _validator(demo, "year").validate(year)


def test_the_index_lists_every_api_file_with_size_and_sha256(demo):
    index = json.loads(demo[urls.API_INDEX])
    listed = {urls.api_file(e["path"]): e for e in index["files"]}
    published = {p for p in demo if p.startswith(urls.API_ROOT)} - {urls.API_INDEX}
    assert set(listed) == published
    for path, entry in listed.items():
        data = demo[path].encode("utf-8")
        assert entry["bytes"] == len(data)
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
    assert index["api_version"] == "1.0"
    assert index["site_url"] == SITE


def test_dates_are_iso_gregorian_and_years_buddhist(demo):
    year = json.loads(demo[urls.api_year(2567)])
    assert (year["fiscal_year"], year["start"], year["end"]) == (2567, "2023-10-01", "2024-09-30")
    assert year["rounds"][0]["memo_date"] == "2024-04-09"
    dates = re.findall(r'"(\d{4})-\d\d-\d\d"', demo[urls.api_year(2567)])
    assert dates and all(2000 <= int(y) <= 2100 for y in dates)


def test_the_api_oit_items_are_the_itas_rows_and_the_oit_page(demo, demo_result):
    site = demo_result.site
    oit = site.year(2567).oit
    rows = itas_rows(oit, SITE)
    items = json.loads(demo[urls.api_year(2567)])["oit"]["items"]
    assert [(i["code"], i["status"], i["url"], i["explanation"], i["answer"]) for i in items] == [
        (r.code, r.status.value, r.url, r.explanation, r.answer) for r in rows
    ]
    assert demo[urls.itas_export(2567)] == itas_csv(rows)
    page = demo_result.rendered.page(urls.oit_index(2567)).markdown
    for item in items:
        row = re.search(rf'<tr id="{item["code"].lower()}">.*?</tr>', page, re.S).group(0)
        assert f"ps-status--{item['status'].replace('_', '-')}" in row or item["status"] in row
    assert any(i["updated"] for i in items)


def test_round_measures_and_statuses_are_all_there(demo, demo_result):
    for year in demo_result.site.years:
        document = json.loads(demo[urls.api_year(year.year)])
        for round_, api_round in zip(year.rounds, document["rounds"], strict=True):
            assert api_round["number"] == round_.number
            api_measures = [
                (s["code"], m["number"], m["status"])
                for s in api_round["sections"]
                for m in s["measures"]
            ]
            model = [
                (s.code, m.number, m.status.value)
                for s in round_.report.sections
                for m in s.measures
            ]
            assert api_measures == model


def test_agency_code_province_and_district(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "statistics", content)
    agency = content / "agency.yml"
    agency.write_text(
        agency.read_text("utf-8")
        + 'code: "06500101"\nprovince: ชุมพร\ndistrict: เมืองชุมพร\n'
        + "open_data:\n  license: CC-BY\n  allow_harvest: false\n",
        "utf-8",
    )
    files = _files(content)
    document = json.loads(files[urls.API_AGENCY])
    _validator(files, "agency").validate(document)
    assert document["@type"] == "GovernmentOrganization"
    assert document["identifier"] == "06500101"
    assert document["address"]["addressRegion"] == "ชุมพร"
    assert document["address"]["addressLocality"] == "เมืองชุมพร"
    gdc = [json.loads(t) for p, t in files.items() if p.startswith("gdc/")]
    assert gdc and all(g["license_id"] == "CC-BY" for g in gdc)
    assert all(g["allow_harvest"] == "False" for g in gdc)


def test_gd_catalog_defaults(demo):
    records = [json.loads(t) for p, t in demo.items() if p.startswith("gdc/")]
    assert len(records) == 4  # the demo's datasets over its two years
    for record in records:
        assert record["data_type"] == "ข้อมูลสถิติ"
        assert record["geo_coverage"] == "เทศบาล/อบต."
        assert record["data_category"] == "ข้อมูลสาธารณะ"
        assert record["license_id"] == "Open Data Common"
        assert record["allow_harvest"] == "True"
        assert record["data_format"] == ["CSV", "JSON"]
        assert record["first_year_of_data"] == record["last_year_of_data"]


def _graph(files: dict[str, str]) -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(data=files[urls.CATALOG_JSONLD], format="json-ld", publicID=SITE)
    return graph


def test_rdflib_reads_the_dcat_catalogue_with_every_required_property(demo):
    graph = _graph(demo)
    catalogs = list(graph.subjects(RDF.type, DCAT.Catalog))
    assert len(catalogs) == 1
    catalog = catalogs[0]
    for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.publisher):
        assert graph.value(catalog, prop) is not None, prop
    datasets = list(graph.objects(catalog, DCAT.dataset))
    assert set(datasets) == set(graph.subjects(RDF.type, DCAT.Dataset))
    assert len(datasets) == 2 + 4  # OIT of two years, four statistics datasets
    published = {SITE + p: hashlib.sha256(t.encode("utf-8")).hexdigest() for p, t in demo.items()}
    published = {rdflib.URIRef(k.replace(" ", "%20")): v for k, v in published.items()}
    for dataset in datasets:
        for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.publisher, DCTERMS.identifier):
            assert graph.value(dataset, prop) is not None, (dataset, prop)
        temporal = graph.value(dataset, DCTERMS.temporal)
        start = graph.value(temporal, DCAT.startDate).toPython()
        end = graph.value(temporal, DCAT.endDate).toPython()
        assert (start.month, start.day, end.month, end.day) == (10, 1, 9, 30)
        assert end.year == start.year + 1
        distributions = list(graph.objects(dataset, DCAT.distribution))
        assert distributions
        for distribution in distributions:
            url = graph.value(distribution, DCAT.downloadURL)
            assert graph.value(distribution, DCAT.mediaType) is not None
            checksum = graph.value(distribution, SPDX.checksum)
            value = str(graph.value(checksum, SPDX.checksumValue))
            size = int(graph.value(distribution, DCAT.byteSize).toPython())
            from urllib.parse import unquote

            path = unquote(str(url)).removeprefix(SITE)
            data = demo[path].encode("utf-8")
            assert (size, value) == (len(data), hashlib.sha256(data).hexdigest())


def test_the_catalogue_without_a_site_address_uses_relative_addresses(tmp_path):
    files = _files(FIXTURES / "demo", site_url=None)
    graph = rdflib.Graph()
    graph.parse(data=files[urls.CATALOG_JSONLD], format="json-ld", publicID=SITE)
    assert len(list(graph.subjects(RDF.type, DCAT.Dataset))) == 6
    assert all(str(s).startswith(SITE) for s in graph.subjects(RDF.type, DCAT.Distribution))


def test_dcat_us_lists_the_same_datasets(demo):
    catalog = json.loads(demo[urls.DCAT_US])
    assert catalog["conformsTo"] == "https://project-open-data.cio.gov/v1.1/schema"
    assert len(catalog["dataset"]) == 6
    required = {"title", "description", "keyword", "modified", "publisher", "contactPoint"}
    for dataset in catalog["dataset"]:
        assert required <= set(dataset)
        assert dataset["accessLevel"] == "public"
        assert re.fullmatch(r"\d{4}-10-01/\d{4}-09-30", dataset["temporal"])
        assert all(d["downloadURL"].startswith(SITE) for d in dataset["distribution"])


def test_the_machine_csv_has_no_byte_order_mark_and_the_same_rows(demo):
    excel = {p: t for p, t in demo.items() if p.endswith(".csv") and "/statistics/" in p}
    machine = {p for p in excel if p.endswith(".nobom.csv")}
    assert len(machine) == 4
    for path in machine:
        text = demo[path]
        assert not text.startswith(BYTE_ORDER_MARK)
        assert next(csv.reader(io.StringIO(text)))[0] == "fiscal_year"
        assert BYTE_ORDER_MARK + text == demo[path.replace(".nobom.csv", ".csv")]


def test_frictionless_validates_the_package_with_both_csvs(demo, tmp_path):
    for path, text in demo.items():
        if path.startswith("25") or path == urls.DATA_PACKAGE:
            target = tmp_path / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(text.encode("utf-8"))
    package = json.loads(demo[urls.DATA_PACKAGE])
    encodings = {r["path"]: r["encoding"] for r in package["resources"]}
    machine = [p for p in encodings if p.endswith(".nobom.csv")]
    assert len(machine) == 4 and all(encodings[p] == "utf-8" for p in machine)
    assert all(encodings[p.replace(".nobom", "")] == "utf-8-sig" for p in machine)
    report = frictionless.validate(str(tmp_path / urls.DATA_PACKAGE))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    for path in machine:
        rows = frictionless.Resource(str(tmp_path / path)).read_rows()
        assert "fiscal_year" in rows[0]


def test_every_dataset_page_has_its_schema_org_json_ld(demo_result):
    site = demo_result.site
    for year in site.years:
        if not year.statistics:
            continue
        page = demo_result.rendered.page(urls.statistics(year.year)).markdown
        blocks = re.findall(r'<script type="application/ld\+json">\n(.*?)\n</script>', page, re.S)
        assert len(blocks) == len(year.statistics)
        for block, dataset in zip(blocks, year.statistics, strict=True):
            data = json.loads(block)
            assert data["@type"] == "Dataset"
            assert data["name"].startswith(dataset.title)
            assert data["temporalCoverage"].endswith("-09-30")
            assert {d["encodingFormat"] for d in data["distribution"]} == {
                "text/csv",
                "application/json",
            }


def test_json_in_a_script_cannot_close_it():
    text = script_json({"title": "a</script><script>alert(1)</script> & <!-- x"})
    assert "</" not in text and "<!--" not in text and "&" not in text
    assert json.loads(text) == {"title": "a</script><script>alert(1)</script> & <!-- x"}
