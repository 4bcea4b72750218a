"""Open data: CSV and JSON downloads give back the numbers of the source files, and the
Data Package is valid (frictionless checks the descriptor and every file against it)."""

from __future__ import annotations

import csv
import hashlib
import io
import json

import frictionless
import pytest

from prongsai.check import validate_content
from prongsai.pipeline import run
from prongsai.shared import thai
from prongsai.statistics.open_data import BYTE_ORDER_MARK, FIELD_NAMES, dataset_csv, dataset_json


@pytest.fixture
def site(statistics_content):
    result = run(statistics_content)
    assert result.errors() == []
    return result.site


def _source_counts(statistics_content) -> dict[tuple[int, str, str, int], int]:
    """(year, dataset title, service, calendar month) → count, as validation read the files."""
    content, _ = validate_content(statistics_content)
    return {
        (d.fiscal_year, d.title, s.name, month): count
        for d in content.datasets
        for s in d.services
        for month, count in s.counts.items()
    }


def _as_counts(year: int, title: str, records: list[dict]) -> dict:
    return {
        (year, title, r["service"], int(str(r["month"])[5:7])): int(r["count"]) for r in records
    }


def test_csv_and_json_round_trip_to_the_source_numbers(site, statistics_content):
    source = _source_counts(statistics_content)
    from_csv, from_json = {}, {}
    for year in site.years:
        for dataset in year.statistics:
            text = dataset_csv(dataset)
            assert text.startswith(BYTE_ORDER_MARK)
            records = list(csv.DictReader(io.StringIO(text.removeprefix(BYTE_ORDER_MARK))))
            assert tuple(records[0]) == FIELD_NAMES
            from_csv |= _as_counts(year.year, dataset.title, records)
            from_json |= _as_counts(year.year, dataset.title, json.loads(dataset_json(dataset)))
    assert from_csv == source
    assert from_json == source
    assert len(source) > 30


def test_months_are_iso_calendar_months_and_thai_labels(site):
    dataset = site.year(2566).statistics[0]
    records = json.loads(dataset_json(dataset))
    october = next(r for r in records if r["month_th"] == "ต.ค. 2565")
    assert october["month"] == "2022-10" and october["fiscal_year"] == 2566
    assert all(r["month"][:4] in ("2022", "2023") for r in records)
    assert thai.ce_year(2566) == 2023


def test_the_data_package_is_valid_with_its_files(statistics_content, prongsai, tmp_path):
    code, _, err = prongsai("generate", "--out", str(tmp_path / "tree"))
    assert code == 0, err
    out = tmp_path / "tree" / "docs"
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert len(package["resources"]) == 9  # three datasets × CSV, JSON and CSV without BOM
    report = frictionless.validate(str(out / "datapackage.json"))
    assert report.valid, report.to_summary()
    for resource in package["resources"]:
        if resource["format"] != "csv":
            continue
        data = (out / resource["path"]).read_bytes()
        assert resource["bytes"] == len(data)
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()


def test_a_broken_file_makes_the_package_invalid(statistics_content, prongsai, tmp_path):
    """The validation above can fail: a count that is not a number is caught."""
    prongsai("generate", "--out", str(tmp_path / "tree"))
    out = tmp_path / "tree" / "docs"
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    first = out / package["resources"][0]["path"]
    first.write_text(first.read_text(encoding="utf-8").replace(",3,", ",สาม,", 1), "utf-8")
    assert not frictionless.validate(str(out / "datapackage.json")).valid
