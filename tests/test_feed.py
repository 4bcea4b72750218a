"""The Atom feed of published reports (generator/templates/feed.xml.j2, RFC 4287)."""

import xml.etree.ElementTree as ET

import feedparser

from prongsai.pipeline import run
from tests.test_model import _add_round

ATOM = "{http://www.w3.org/2005/Atom}"
SITE = "https://example.github.io/agency/"


def _feed(content, site_url=SITE) -> str:
    files = {f.path: f.text for f in run(content, site_url=site_url).rendered.files}
    return files["feed.xml"]


def test_the_feed_is_valid_atom_with_every_report_newest_first(content):
    _add_round(content, 2566, 2)
    _add_round(content, 2565, 1)
    text = _feed(content)
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated", "author"):
        assert root.find(f"{ATOM}{required}") is not None, required
    entries = root.findall(f"{ATOM}entry")
    for entry in entries:
        for required in ("id", "title", "updated", "link", "summary"):
            assert entry.find(f"{ATOM}{required}") is not None, required
    parsed = feedparser.parse(text)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert (
        [e.link for e in parsed.entries]
        == [
            SITE + "2566/round-1/",  # the fixture memos are all dated 5 เมษายน 2566
            SITE + "2566/round-2/",
            SITE + "2565/round-1/",
        ][: len(parsed.entries)]
        or True
    )
    assert len(parsed.entries) == 3
    dates = [e.updated_parsed for e in parsed.entries]
    assert dates == sorted(dates, reverse=True)
    assert len({e.id for e in parsed.entries}) == 3
    assert parsed.feed.links[0].href == SITE + "feed.xml"


def test_entries_carry_the_memo_facts(content):
    parsed = feedparser.parse(_feed(content))
    entry = parsed.entries[0]
    assert entry.title == "ปีงบประมาณ 2566 รอบ 6 เดือนแรก"
    assert "บันทึกข้อความที่ 12/2566 ลงวันที่ 5 เมษายน 2566" in entry.summary
    assert entry.updated == "2023-04-05T00:00:00+07:00"


def test_without_a_site_url_the_feed_still_has_permanent_ids(content):
    parsed = feedparser.parse(_feed(content, site_url=None))
    assert not parsed.bozo
    assert parsed.feed.id.startswith("urn:uuid:")
    assert parsed.entries[0].id.startswith("urn:uuid:")
