import datetime as dt
import shutil
from pathlib import Path

from prongsai.check import validate_content
from prongsai.site.model import Status, build_site
from tests.conftest import FIXTURES, MINIMAL_REPORT


def _site(content: Path):
    valid, problems = validate_content(content)
    assert [p for p in problems if p.is_error] == []
    return build_site(valid)


def _add_round(content: Path, year: int, round_number: int) -> None:
    text = (FIXTURES / "minimal" / MINIMAL_REPORT).read_text(encoding="utf-8")
    text = text.replace("fiscal_year: 2566", f"fiscal_year: {year}")
    text = text.replace("round: 1", f"round: {round_number}")
    (content / "reports" / f"{year}-round-{round_number}.yml").write_text(text, encoding="utf-8")


def test_periods_are_derived_from_the_year_and_the_round(content):
    _add_round(content, 2566, 2)
    year = _site(content).year(2566)
    first, second = year.rounds
    assert (first.period_start, first.period_end) == (dt.date(2022, 10, 1), dt.date(2023, 3, 31))
    assert (second.period_start, second.period_end) == (dt.date(2022, 10, 1), dt.date(2023, 9, 30))
    assert (year.start, year.end) == (dt.date(2022, 10, 1), dt.date(2023, 9, 30))
    assert (first.months, second.months) == (6, 12)


def test_years_are_newest_first_and_rounds_in_order(content):
    _add_round(content, 2564, 2)
    _add_round(content, 2565, 1)
    _add_round(content, 2566, 2)
    site = _site(content)
    assert [y.year for y in site.years] == [2566, 2565, 2564]
    assert [r.number for r in site.year(2566).rounds] == [1, 2]
    assert (site.latest_round.fiscal_year, site.latest_round.number) == (2566, 2)


def test_counts_per_section_and_report(content):
    report = _site(content).latest_round.report
    iit, oit = report.sections
    assert (iit.counts.done, iit.counts.not_done, iit.counts.total) == (1, 1, 2)
    assert (oit.counts.done, oit.counts.total) == (1, 1)
    assert report.counts.total == 3


def test_a_measure_without_status_is_unknown_not_dropped(content):
    report_file = content / MINIMAL_REPORT
    text = report_file.read_text(encoding="utf-8").replace("          status: not_done\n", "")
    report_file.write_text(text, encoding="utf-8")
    iit = _site(content).latest_round.report.sections[0]
    assert [m.status for m in iit.measures] == [Status.DONE, Status.UNKNOWN]
    assert iit.counts.unknown == 1


def test_each_round_remembers_its_source_file_and_line(content):
    round_ = _site(content).latest_round
    assert str(round_.source) == "content/reports/2566-round-1.yml:2:1"


def test_model_objects_are_immutable(content):
    site = _site(content)
    try:
        site.years[0].rounds[0].memo.subject = "x"  # type: ignore[misc]
    except AttributeError:
        return
    raise AssertionError("the model must be frozen")


def test_copying_the_fixture_keeps_it_valid(tmp_path):
    shutil.copytree(FIXTURES / "minimal", tmp_path / "c")
    assert _site(tmp_path / "c").agency.name == "องค์การบริหารส่วนตำบลทดสอบ"


def _set_status(content: Path, report: str, title: str, status: str | None) -> None:
    path = content / "reports" / report
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.strip() == f"title: {title}")
    end = next(i for i in range(at + 1, len(lines)) if lines[i].strip().startswith("status:"))
    lines[end] = "" if status is None else lines[end].split("status:")[0] + f"status: {status}\n"
    path.write_text("".join(lines), encoding="utf-8")


def test_round_two_is_compared_with_round_one_by_section_and_number(content):
    from prongsai.site.model import Change

    _add_round(content, 2566, 2)
    report = content / "reports" / "2566-round-2.yml"
    text = report.read_text(encoding="utf-8")
    text = text.replace("status: not_done", "status: done")  # IIT (2) is now done
    text = text.replace(
        "        - number: 1\n          title: เผยแพร่ข้อมูลสถิติ",
        "        - number: 2\n          title: เผยแพร่ข้อมูลสถิติ",
    )  # OIT 1 → 2
    report.write_text(text, encoding="utf-8")
    year = _site(content).year(2566)
    comparison = year.comparison(year.round(2))
    assert comparison.of("IIT", 1).change == Change.SAME
    changed = comparison.of("IIT", 2)
    assert (changed.change, changed.before) == (Change.CHANGED, Status.NOT_DONE)
    assert comparison.of("OIT", 2).change == Change.ONLY_HERE
    assert [(code, m.number) for code, m in comparison.dropped] == [("OIT", 1)]
    assert year.comparison(year.round(1)) is None


# ---- OIT --------------------------------------------------------------------------------


def test_oit_items_follow_the_catalogue_with_their_status(oit_content):
    from prongsai.pipeline import run
    from prongsai.site.model import ItemStatus

    oit = run(oit_content).site.year(2566).oit
    assert [i.code for i in oit.items] == [f"O{n}" for n in range(1, 44)]
    assert oit.item("O1").status is ItemStatus.PUBLISHED
    assert oit.item("O29").status is ItemStatus.NOTHING_TO_REPORT
    assert oit.item("O2").status is ItemStatus.MISSING
    assert (oit.counts.published, oit.counts.nothing_to_report, oit.counts.missing) == (4, 1, 38)
    assert [g.number for g in oit.groups] == ["9.1", "9.2", "9.3", "9.4", "9.5", "10.1", "10.2"]
    assert sum(len(g.items) for g in oit.groups) == 43


def test_an_item_knows_the_measures_that_name_it(oit_content):
    from prongsai.pipeline import run

    oit = run(oit_content).site.year(2566).oit
    (ref,) = oit.item("O15").measures
    assert (ref.round.number, ref.section, ref.measure.title) == (1, "OIT", "เผยแพร่ข้อมูลสถิติ")
    assert oit.item("O1").measures == ()


def test_links_keep_their_kind_and_documents_their_facts(oit_content):
    from prongsai.pipeline import run

    item = run(oit_content).site.year(2566).oit.item("O1")
    kinds = [(link.page, link.url, link.document is not None) for link in item.links]
    assert kinds == [
        (None, None, True),
        ("/2566/round-1/", None, False),
        (None, "https://www.example.go.th/structure", False),
    ]
    (document,) = item.documents
    assert document.url_path == "documents/2566/โครงสร้าง-อบต.-2566.pdf"
    assert item.links[1].source.line == 9  # the link's own line, for messages


# ---- service statistics ----------------------------------------------------------------------


def _statistics_year(content, year=2566):
    from prongsai.pipeline import run

    result = run(content)
    assert result.errors() == []
    return result.site.year(year)


def test_counts_are_kept_in_fiscal_order_with_gaps(statistics_content):
    year = _statistics_year(statistics_content)
    tax = year.statistics[0].services[1]
    assert tax.counts == (1204, 80, 12, 5, None, 0, None, None, None, None, None, None)
    assert tax.total(6) == 1301 and tax.total() == 1301
    assert year.statistics[0].reported_months == 7  # one service has April


def test_rounds_and_the_same_period_of_the_year_before(statistics_content):
    year = _statistics_year(statistics_content)
    dataset = year.statistics[0]
    previous = year.previous_dataset(dataset)
    assert previous is not None and previous.fiscal_year == 2565
    first, second = dataset.periods(previous)
    assert (first.round, len(first.months), second.round, len(second.months)) == (1, 6, 2, 12)
    rows = {row.service.name: row for row in first.rows}
    assert (rows["ขออนุญาตก่อสร้างอาคาร"].total, rows["ขออนุญาตก่อสร้างอาคาร"].previous) == (23, 12)
    assert rows["ขออนุญาตก่อสร้างอาคาร"].change == 11
    assert rows["ขอรับเบี้ยยังชีพผู้สูงอายุ"].previous is None  # new this year
    assert first.dropped == ("ขอใช้น้ำประปา",)
    assert first.column_totals[:2] == (1227, 93)
    assert first.total == 1354 and first.previous_total == 1133
    # Round 2 reaches April; the year before stops in March: no comparison is invented.
    assert second.previous_total is None and all(r.previous is None for r in second.rows)


def test_a_dataset_without_april_figures_has_round_one_only(statistics_content):
    year = _statistics_year(statistics_content)
    complaints = next(d for d in year.statistics if d.title == "สถิติเรื่องร้องเรียน")
    assert [v.round for v in complaints.periods(None)] == [1]


def test_the_statistics_item_of_oit_is_generated_when_data_exists(oit_content):
    """O16 is service statistics in the 2566 list: data makes it published by itself."""
    import shutil

    from tests.conftest import FIXTURES

    shutil.copytree(FIXTURES / "statistics" / "statistics", oit_content / "statistics")
    year = _statistics_year(oit_content)
    item = year.oit.item("O16")
    assert (item.status.value, item.generated) == ("published", "service_statistics")
    assert year.oit.item("O15").generated is None  # another code, another meaning
