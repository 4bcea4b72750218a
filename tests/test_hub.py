"""The hub end to end: four real Prongsai sites built from the fixtures and every kind of
broken site, served on 127.0.0.1; cold and warm runs, the cache, the pages and the open data.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import socket
from pathlib import Path

import frictionless
import pytest
import rdflib
from rdflib.namespace import DCAT, RDF

from prongsai.hub.build import build_hub
from prongsai.hub.fetch import FetchSettings
from prongsai.hub.sites import HubError, agency_key, province_key, read_sites
from prongsai.shared import urls
from tests.hub_sites import REAL_SITES, build_sites, republish, serving, sites_yml

BROKEN = {
    "html": "not_json",
    "slow": "timeout",
    "error": "server_error",
    "schema": "schema",
    "newer": "newer_version",
    "checksum": "checksum",
    "missing": "not_found",
}
FAST = FetchSettings(concurrency=8, timeout=1.0, retries=1, backoff=0.01)
NOW = dt.datetime(2026, 12, 5, 1, 0, tzinfo=dt.UTC)


def _closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/gone/"


@pytest.fixture(scope="module")
def sites_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("sites")
    build_sites(root)
    return root


def _build(tmp_path: Path, server, names, *, down: bool = True, now=NOW, cache=None):
    sites = tmp_path / "SITES.yml"
    sites.write_text(sites_yml(server, names, _closed_port_url() if down else None), "utf-8")
    report = build_hub(
        sites, tmp_path / "hub", cache_dir=cache or tmp_path / "cache", settings=FAST, now=now
    )
    table = json.loads((tmp_path / "hub" / urls.HUB_TABLE_JSON).read_text("utf-8"))
    return report, {row["name"].removeprefix("หน่วยงาน "): row for row in table}


def test_real_sites_and_every_failure_kind(sites_root, tmp_path):
    with serving(sites_root) as server:
        names = [*REAL_SITES, "flaky", *BROKEN]
        report, table = _build(tmp_path, server, names)
    assert report.agencies == len(names) + 1
    failures = {row.name.removeprefix("หน่วยงาน "): row.failure.kind for row in report.failed}
    assert failures == {**BROKEN, "down": "down"}
    assert report.changed == len(REAL_SITES) + 1  # flaky: a 503, then the retry worked
    demo = table["demo"]
    assert (demo["latest_year"], demo["oit_published"], demo["oit_missing"]) == (2567, 40, 0)
    assert (demo["round1_done"], demo["round1_not_done"]) == (12, 4)
    assert demo["code"] == "00000000"  # leading zeros kept
    assert demo["failure"] is None and demo["fetched"] == "2026-12-05T01:00:00Z"
    assert table["html"]["failure"] == "not_json" and table["html"]["latest_year"] is None
    # Each real site's numbers are those of its own API.
    for name in REAL_SITES:
        index = json.loads((sites_root / name / urls.API_AGENCY).read_text("utf-8"))
        assert table[name]["last_changed"] == index["last_changed"]


def test_a_site_that_breaks_keeps_its_last_good_data(sites_root, tmp_path):
    root = tmp_path / "served"
    root.mkdir()
    import shutil

    shutil.copytree(sites_root / "demo", root / "demo")
    shutil.copytree(sites_root / "minimal", root / "minimal")
    with serving(root) as server:
        _build(tmp_path, server, ["demo", "minimal"], down=False)
        (root / "demo/api/v1/index.json").write_text("<!doctype html><p>ปิดปรับปรุง</p>", "utf-8")
        later = NOW + dt.timedelta(days=1)
        report, table = _build(tmp_path, server, ["demo", "minimal"], down=False, now=later)
    assert [r.failure.kind for r in report.failed] == ["not_json"]
    demo = table["demo"]
    assert demo["failure"] == "not_json"
    assert demo["latest_year"] == 2567 and demo["fetched"] == "2026-12-05T01:00:00Z"
    page = (tmp_path / "hub" / urls.hub_agency("00000000") / "index.html").read_text("utf-8")
    assert "อ่านข้อมูลครั้งล่าสุดไม่ได้ (6 ธันวาคม 2569)" in page
    assert "ข้อมูลด้านล่างอ่านได้เมื่อ 5 ธันวาคม 2569" in page
    assert "ปีงบประมาณ 2567" in page and "ปีงบประมาณ 2566" in page
    report_page = (tmp_path / "hub" / urls.HUB_REPORT / "index.html").read_text("utf-8")
    assert "หน่วยงาน demo" in report_page and "ไม่ใช่ไฟล์ JSON" in report_page
    failures = json.loads((tmp_path / "hub" / urls.HUB_FAILURES_JSON).read_text("utf-8"))
    assert [(f["kind"], f["last_good"]) for f in failures] == [
        ("not_json", "2026-12-05T01:00:00+00:00")
    ]


def test_a_warm_run_asks_only_whether_the_index_changed(sites_root, tmp_path):
    import shutil

    root = tmp_path / "served"
    shutil.copytree(sites_root / "demo", root / "demo")
    shutil.copytree(sites_root / "statistics", root / "statistics")
    with serving(root) as server:
        _build(tmp_path, server, ["demo", "statistics"], down=False)
        server.requests.clear()
        report, _ = _build(tmp_path, server, ["demo", "statistics"], down=False)
        assert (report.changed, report.unchanged, report.files_fetched) == (0, 2, 0)
        assert set(server.requests) == {"/demo/api/v1/index.json", "/statistics/api/v1/index.json"}
        assert sum(v for (p, c), v in server.statuses.items() if c == 304) == 2
        # One year of the demo changes: only that file is fetched again.
        year = json.loads((root / "demo/api/v1/years/2566.json").read_text("utf-8"))
        year["oit"]["items"][0]["explanation"] = "คำอธิบายใหม่"
        republish(root / "demo", "years/2566.json", json.dumps(year, ensure_ascii=False))
        server.requests.clear()
        report, _ = _build(tmp_path, server, ["demo", "statistics"], down=False)
        assert (report.changed, report.unchanged) == (1, 1)
        assert set(server.requests) == {
            "/demo/api/v1/index.json",
            "/statistics/api/v1/index.json",
            "/demo/api/v1/years/2566.json",
        }
    page = (tmp_path / "hub" / urls.hub_agency("00000000") / "index.html").read_text("utf-8")
    assert "ปีงบประมาณ 2566" in page


def test_hub_pages_open_data_and_catalogue(sites_root, tmp_path):
    with serving(sites_root) as server:
        names = [*REAL_SITES, "html"]
        _build(tmp_path, server, names, down=False)
    hub = tmp_path / "hub"
    home = (hub / "index.html").read_text("utf-8")
    for province in ("ชุมพร", "ระนอง"):
        assert f">{province}</a>" in home
        page = (hub / urls.hub_province(province_key(province)) / "index.html").read_text("utf-8")
        assert f"<h1>จังหวัด{province}</h1>" in page
    chumphon = (hub / urls.hub_province(province_key("ชุมพร")) / "index.html").read_text("utf-8")
    assert "หน่วยงาน oit" in chumphon and "หน่วยงาน demo" not in chumphon
    # Nothing is loaded from another host: every src and stylesheet is relative.
    for page in hub.rglob("*.html"):
        html = page.read_text("utf-8")
        assert not re.search(r'(?:src|href)="(?:https?:)?//[^"]*"[^>]*rel="stylesheet"', html)
        assert not re.findall(r'src="(?:https?:)?//', html)
        for href in re.findall(r'<link rel="stylesheet" href="([^"]+)"', html):
            assert (page.parent / href).resolve().is_file(), href
    # The table as CSV (for Excel) and its Data Package: frictionless reads the codes as text.
    text = (hub / urls.HUB_TABLE_CSV).read_text("utf-8")
    assert text.startswith("\ufeff")
    assert next(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))[0] == "code"
    report = frictionless.validate(str(hub / urls.DATA_PACKAGE))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    package = frictionless.Package(str(hub / urls.DATA_PACKAGE))
    codes = [row["code"] for row in package.get_resource("agencies").read_rows()]
    assert "00000000" in codes
    graph = rdflib.Graph()
    graph.parse(hub / urls.CATALOG_JSONLD, format="json-ld", publicID="https://hub.example/")
    catalogs = set(graph.subjects(RDF.type, DCAT.Catalog))
    hub_catalog = rdflib.URIRef("https://hub.example/catalog.jsonld")
    assert hub_catalog in catalogs
    parts = set(graph.objects(hub_catalog, DCAT.catalog))
    assert parts == {rdflib.URIRef(server.site(n) + urls.CATALOG_JSONLD) for n in names}
    dataset = graph.value(hub_catalog, DCAT.dataset)
    assert len(list(graph.objects(dataset, DCAT.distribution))) == 2


def test_the_previous_hub_stays_when_sites_yml_is_wrong(tmp_path):
    (tmp_path / "hub").mkdir()
    (tmp_path / "hub/index.html").write_text("old", "utf-8")
    sites = tmp_path / "SITES.yml"
    sites.write_text("agencies:\n  - name: อบต.ก\n    kind: อบต.\n", "utf-8")
    with pytest.raises(HubError) as error:
        build_hub(sites, tmp_path / "hub", cache_dir=tmp_path / "cache", settings=FAST)
    assert error.value.thai.startswith(f"ไฟล์ {sites} ต้องมีรายการหน่วยงานใต้ agencies:")
    assert "agencies.0.province: Field required" in error.value.english
    assert (tmp_path / "hub/index.html").read_text("utf-8") == "old"


def test_sites_yml_rules(tmp_path):
    sites = tmp_path / "SITES.yml"
    entry = "  - name: อบต.ก\n    kind: อบต.\n    province: ชุมพร\n    district: เมือง\n"
    sites.write_text(f"agencies:\n{entry}    url: https://a.example/x\n    code: 650101\n", "utf-8")
    with pytest.raises(HubError) as error:
        read_sites(sites)
    assert 'write the code in quotes, e.g. "06500101"' in error.value.english
    sites.write_text(
        f"agencies:\n{entry}    url: https://a.example/x\n{entry}    url: https://a.example/x/\n",
        "utf-8",
    )
    with pytest.raises(HubError) as error:
        read_sites(sites)
    assert "อบต.ก repeats อบต.ก (same code or address)" in error.value.english
    sites.write_text(f"agencies:\n{entry}    url: https://a.example/x\n", "utf-8")
    (agency,) = read_sites(sites)
    assert agency.entry.url == "https://a.example/x/"
    assert agency.key == agency_key(agency.entry) and re.fullmatch(r"u[0-9a-f]{12}", agency.key)


def test_the_command(sites_root, tmp_path, prongsai):
    with serving(sites_root) as server:
        (tmp_path / "SITES.yml").write_text(sites_yml(server, ["demo", "html"]), "utf-8")
        code, out, err = prongsai(
            "hub",
            "build",
            str(tmp_path / "SITES.yml"),
            "--out",
            str(tmp_path / "hub"),
            "--cache",
            str(tmp_path / "cache"),
            "--retries",
            "0",
        )
    assert code == 0, err
    assert "Hub: 2 agencies, 1 changed, 0 unchanged, 1 failed" in out
    assert "- หน่วยงาน html <" in out and "[not_json]" in out
    assert (tmp_path / "hub/index.html").is_file()
