"""`prongsai new round` / `prongsai new year` (generator/authoring/scaffold.py): the files they
write start from the report before, pass `prongsai check` with warnings only for what is left
to fill, and never overwrite anything."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from prongsai.authoring import scaffold
from prongsai.authoring.scaffold import ScaffoldError, new_round, new_year
from prongsai.check import validate_content
from prongsai.content.records import DisclosuresFile, RoundReportFile
from prongsai.oit.validate_oit import builtin_catalogues
from prongsai.pipeline import run
from tests.conftest import MINIMAL_REPORT, ROOT

FILLING_WARNINGS = {"status_missing", "oit_items_missing", "placeholder_left"}


def read_report(path: Path) -> RoundReportFile:
    return RoundReportFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def measures_of(report: RoundReportFile) -> list:
    return [m for s in report.measures.sections for m in s.measures]


def header_of(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines[: lines.index(next(x for x in lines if x[:1] != "#"))])


def assert_passes_check(content: Path, prongsai=None) -> list:
    """No error, and only warnings about what staff still have to fill in."""
    result = run(content)
    assert not result.errors(), "\n".join(p.format() for p in result.errors())
    assert {p.code for p in result.warnings} <= FILLING_WARNINGS, [
        p.format() for p in result.warnings
    ]
    if prongsai is not None:
        code, out, _ = prongsai("--content", str(content), "check")
        assert code == 0
        assert "พร้อมเผยแพร่" in out
    return result.warnings


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


# ---- new round --------------------------------------------------------------------------------


def test_round_2_starts_from_round_1_with_statuses_reset(content: Path, prongsai) -> None:
    written = new_round(content, 2566, 2)

    assert written == [content / "reports" / "2566-round-2.yml"]
    old = read_report(content / MINIMAL_REPORT)
    new = read_report(written[0])
    assert (new.fiscal_year, new.round) == (2566, 2)
    # The measures are kept as they were planned …
    assert [(s.code, s.number, s.title) for s in new.measures.sections] == [
        (s.code, s.number, s.title) for s in old.measures.sections
    ]
    assert [(m.number, m.title, m.steps, m.responsible, m.ita_items) for m in measures_of(new)] == [
        (m.number, m.title, m.steps, m.responsible, m.ita_items) for m in measures_of(old)
    ]
    # … statuses and remarks belonged to round 1; its actions start the cumulative 12-month
    # report (#15, point 4).
    assert all(m.status is None and m.remarks is None for m in measures_of(new))
    assert [m.actions for m in measures_of(new)] == [m.actions for m in measures_of(old)]
    assert any(m.actions for m in measures_of(new))
    memo = new.memo
    assert memo.document_number == "ใส่เลขที่หนังสือ/2566"
    assert memo.date.isoformat() == "2023-09-30"  # 30 กันยายน 2566, the round's last day
    assert memo.subject.endswith("ประจำปีงบประมาณ 2566 (รอบ 12 เดือน)")
    assert (memo.issuing_unit, memo.to, memo.via, memo.body, memo.signatories) == (
        old.memo.issuing_unit,
        old.memo.to,
        old.memo.via,
        old.memo.body,
        old.memo.signatories,
    )

    warnings = assert_passes_check(content, prongsai)
    # Every status to give again, and the memo's number to type (the rest is round 1's).
    assert sorted(p.code for p in warnings) == ["placeholder_left"] + ["status_missing"] * len(
        measures_of(new)
    )
    (number,) = [p for p in warnings if p.code == "placeholder_left"]
    assert (number.field_path, number.context["text"]) == (
        "memo.document_number",
        "ใส่เลขที่หนังสือ/2566",
    )

    text = written[0].read_text(encoding="utf-8")
    assert "ตั้งต้นจาก reports/2566-round-1.yml" in text
    assert "# status: done  # ใส่ done (ทำ) หรือ not_done (ไม่ทำ)" in text
    assert 'ใส่เลขที่หนังสือจริงแทน "ใส่เลขที่หนังสือ/2566"' in text
    assert "อ่านทบทวนทุกย่อหน้า" in text  # the body must be reviewed


def test_round_1_of_next_year_starts_from_latest_round_of_previous_year(content: Path) -> None:
    new_round(content, 2566, 2)
    written = new_round(content, 2567, 1)

    report = read_report(written[0])
    assert "ตั้งต้นจาก reports/2566-round-2.yml" in header_of(written[0])
    assert report.memo.subject.endswith("ประจำปีงบประมาณ 2567 (รอบ 6 เดือนแรก)")
    assert report.measures.title == "รายงานผลการดำเนินการตามมาตรการ ปีงบประมาณ 2567"
    assert report.memo.date.isoformat() == "2024-03-31"
    # O15 means the same in 2566 and 2567 (คู่มือหรือมาตรฐานการให้บริการ): kept.
    assert [m.ita_items for m in measures_of(report)] == [[], [], ["O15"]]
    assert_passes_check(content)


def test_round_1_skips_a_missing_year(content: Path) -> None:
    """With nothing in 2567, round 1 of 2568 starts from the latest report before it."""
    written = new_round(content, 2568, 1)
    assert "ตั้งต้นจาก reports/2566-round-1.yml" in header_of(written[0])
    assert_passes_check(content)


def test_without_an_earlier_report_the_round_is_made_from_the_agency(content: Path) -> None:
    written = new_round(content, 2565, 1)  # the fixture's only report is of 2566

    report = read_report(written[0])
    assert report.memo.issuing_unit == "องค์การบริหารส่วนตำบลทดสอบ"
    assert report.memo.to == "นายกองค์การบริหารส่วนตำบลทดสอบ"
    assert [s.code for s in report.measures.sections] == ["IIT", "EIT", "OIT"]
    assert [m.title for m in measures_of(report)] == [scaffold.PLACEHOLDER_MEASURE] * 3
    assert "จากข้อมูลหน่วยงาน (agency.yml)" in header_of(written[0])
    warnings = assert_passes_check(content)
    assert sorted(p.code for p in warnings) == ["placeholder_left"] * 6 + ["status_missing"] * 3
    assert sorted(p.field_path for p in warnings if p.code == "placeholder_left") == [
        "measures.sections[0].measures[0].title",
        "measures.sections[1].measures[0].title",
        "measures.sections[2].measures[0].title",
        "memo.document_number",
        "memo.signatories[0].name",
        "memo.signatories[0].position",
    ]


# ---- item codes across years ------------------------------------------------------------------


def test_codes_the_new_year_does_not_have_are_dropped_and_listed(content: Path) -> None:
    report = content / MINIMAL_REPORT
    report.write_text(
        report.read_text(encoding="utf-8").replace("[O15]", "[O15, O16, O42]"), encoding="utf-8"
    )

    written = new_round(content, 2568, 1)

    new = read_report(written[0])
    # 2566 O16 (service statistics) is O11 in 2568; O15 means something else in 2568 and
    # 2566's O15 has no 2568 item; 2568 has no O42 at all.
    assert measures_of(new)[-1].ita_items == ["O11"]
    header = header_of(written[0])
    assert "รหัสข้อเปลี่ยนทุกปี ให้ตรวจกับรายการข้อที่หน้า /2568/oit/" in header
    assert "- OIT มาตรการ (1): ลบ O15 ออก" in header
    assert "O16 → O11" in header
    assert "- OIT มาตรการ (1): ลบ O42 ออก เพราะปี 2568 ไม่มีข้อ O42" in header
    assert_passes_check(content)

    valid, problems = validate_content(content)
    assert not [p for p in problems if p.is_error]
    plan = scaffold.plan_round(valid, 2568, 2)
    assert plan.code_changes == ()  # round 2 of the same year: same list, nothing to change


def test_codes_follow_their_item_to_its_new_number(content: Path) -> None:
    """ข้อมูลเชิงสถิติการให้บริการ is O15 in 2565 and O16 in 2566; O15 of 2566 is another item."""
    report_2566 = content / MINIMAL_REPORT
    text = report_2566.read_text(encoding="utf-8").replace("2566", "2565")
    assert "ita_items: [O15]" in text  # the OIT measure gives 2565's statistics item
    (content / "reports" / "2565-round-1.yml").write_text(text, encoding="utf-8")
    report_2566.unlink()

    new_year(content, 2566)

    report = read_report(content / "reports" / "2566-round-1.yml")
    assert measures_of(report)[-1].ita_items == ["O16"]
    assert "O15 → O16" in header_of(content / "reports" / "2566-round-1.yml")
    assert_passes_check(content)


# ---- new year ---------------------------------------------------------------------------------


def test_new_year_writes_the_round_and_the_oit_file(content: Path, prongsai) -> None:
    written = new_year(content, 2567)

    assert written == [content / "reports" / "2567-round-1.yml", content / "oit" / "2567.yml"]
    disclosures = DisclosuresFile.model_validate(
        yaml.safe_load(written[1].read_text(encoding="utf-8"))
    )
    assert disclosures.fiscal_year == 2567
    assert {code: d.generated.value for code, d in disclosures.items.items()} == {
        "O42": "measures",
        "O43": "measures_progress",
    }
    warnings = assert_passes_check(content, prongsai)
    assert "oit_items_missing" in {p.code for p in warnings}


@pytest.mark.parametrize("year", [2565, 2566, 2568, 2569])
def test_the_oit_file_lists_every_item_of_the_year(content: Path, year: int) -> None:
    shutil.rmtree(content / "reports")  # a first year, from the agency profile alone
    new_year(content, year)

    text = (content / "oit" / f"{year}.yml").read_text(encoding="utf-8")
    catalogue = builtin_catalogues()[year].record
    for item in catalogue.items:
        assert re.search(rf"^  (# )?{item.code}:  # {re.escape(item.name)}", text, re.M), item.code
    if catalogue.unknown_codes:
        assert f"ยังไม่ทราบชื่อข้อ {', '.join(catalogue.unknown_codes)}" in text
    assert_passes_check(content)

    # Staff uncomment an item and its body line and write the body, touching nothing else
    # (no `{}` to delete after items:): every item then reads.
    filled = re.sub(r"^  # (O\d+:)", r"  \1", text, flags=re.M)
    filled = re.sub(r"^  #   body:$", "    body: ข้อมูลของข้อนี้", filled, flags=re.M)
    record = DisclosuresFile.model_validate(yaml.safe_load(filled))
    assert list(record.items) == [item.code for item in catalogue.items]

    # The two examples at the top name items this year has (#15: O5 and O31 were written
    # for every year, and 2568 has neither).
    examples = re.findall(r"^#   (O\d+):$", text, re.M)
    assert len(examples) == 2 and set(examples) <= {i.code for i in catalogue.items}, examples
    first_body = next(i for i in catalogue.items if i.code == examples[0])
    assert "ติดต่อ" in first_body.name


def test_new_year_without_a_shipped_list_starts_from_a_draft(content: Path) -> None:
    """2570 began on 1 October 2026 and no list is published (#15, point 6): the latest
    shipped list becomes the agency's draft; the report's codes follow their items into it;
    the OIT page says it is a draft; the check passes."""
    written = new_year(content, 2570)
    draft_file = content / "oit" / "catalogues" / "2570.yml"
    assert written == [
        draft_file,
        content / "reports" / "2570-round-1.yml",
        content / "oit" / "2570.yml",
    ]
    draft = yaml.safe_load(draft_file.read_text(encoding="utf-8"))
    assert (draft["year"], draft["draft_from"], draft["status"]) == (2570, 2569, "unverified")
    shipped = builtin_catalogues()[2569].record
    assert [i["code"] for i in draft["items"]] == [i.code for i in shipped.items]
    codes = {c for m in measures_of(read_report(written[1])) for c in m.ita_items}
    assert codes <= {i.code for i in shipped.items}
    result = run(content)
    assert result.errors() == []
    oit_page = next(p for p in result.rendered.pages if p.path.url == "2570/oit/")
    assert "ร่างรายการข้อของปี 2570 ที่หน่วยงานคัดลอกจากรายการปี 2569" in oit_page.markdown


def test_a_draft_the_engine_now_ships_a_list_for_is_reported(content: Path) -> None:
    """When a release ships the year's list, the check says to delete the draft."""
    from prongsai.authoring.scaffold import draft_catalogue_text

    shipped = (ROOT / "generator" / "oit" / "catalogues" / "2568.yml").read_text(encoding="utf-8")
    own = content / "oit" / "catalogues" / "2569.yml"
    own.parent.mkdir(parents=True)
    own.write_text(draft_catalogue_text(shipped, 2569, 2568), encoding="utf-8")
    _, problems = validate_content(content)
    (superseded,) = [p for p in problems if p.code == "catalogue_draft_superseded"]
    assert not superseded.is_error
    assert superseded.location.file.endswith("oit/catalogues/2569.yml")
    assert "content/oit/catalogues/2569.yml" in superseded.format()


def test_new_oit_writes_the_oit_file_of_a_year_that_has_its_report(content: Path) -> None:
    """After `prongsai import docx` the round exists: `prongsai new oit` adds the OIT file."""
    new_round(content, 2568, 1)
    before = snapshot(content)
    written = scaffold.new_oit(content, 2568)
    assert written == [content / "oit" / "2568.yml"]
    assert set(snapshot(content)) - set(before) == {"oit/2568.yml"}
    assert_passes_check(content)
    with pytest.raises(ScaffoldError):
        scaffold.new_oit(content, 2568)


def test_new_oit_on_the_command_line(content: Path, prongsai) -> None:
    new_round(content, 2569, 1)
    code, out, _ = prongsai("--content", str(content), "new", "oit", "2569")
    assert code == 0 and "oit/2569.yml" in out
    code, _, err = prongsai("--content", str(content), "new", "oit", "2569")
    assert code == 1 and "ไม่เขียนทับ" in err


def test_new_year_with_no_list_at_all_says_what_to_do(content: Path) -> None:
    before = snapshot(content)
    with pytest.raises(ScaffoldError) as raised:
        new_year(content, 2562)  # before every shipped list
    assert raised.value.code == "no_catalogue"
    assert "catalogues/2562.yml" in raised.value.thai
    assert snapshot(content) == before


# ---- refusals ---------------------------------------------------------------------------------


def test_an_existing_file_is_never_overwritten(content: Path) -> None:
    target = content / "reports" / "2566-round-2.yml"
    target.write_bytes("# งานที่ทำไว้แล้ว\r\nfiscal_year: 2566\n".encode())
    before = snapshot(content)

    with pytest.raises(ScaffoldError) as raised:
        new_round(content, 2566, 2)
    assert raised.value.code == "exists"
    assert "ไม่เขียนทับ" in raised.value.thai
    assert "never overwritten" in raised.value.english
    assert snapshot(content) == before


def test_new_year_writes_nothing_when_one_of_its_files_exists(content: Path) -> None:
    (content / "oit").mkdir()
    (content / "oit" / "2567.yml").write_text("fiscal_year: 2567\n", encoding="utf-8")
    before = snapshot(content)

    with pytest.raises(ScaffoldError) as raised:
        new_year(content, 2567)
    assert raised.value.code == "exists"
    assert snapshot(content) == before  # round 1 was not written either


def test_a_round_already_in_another_file_is_not_made_again(content: Path) -> None:
    shutil.move(content / MINIMAL_REPORT, content / "reports" / "รอบแรก.yml")
    before = snapshot(content)

    with pytest.raises(ScaffoldError) as raised:
        new_round(content, 2566, 1)
    assert raised.value.code == "round_exists"
    assert "รอบแรก.yml" in raised.value.thai
    assert snapshot(content) == before


@pytest.mark.parametrize(
    ("call", "code", "thai_part", "english_part"),
    [
        (lambda c: new_round(c, 2023, 1), "year_ce", "ค.ศ. ให้ใช้ปีงบประมาณ พ.ศ. เช่น 2566", "C.E."),
        (lambda c: new_year(c, 2023), "year_ce", "2566", "e.g. 2566"),
        (lambda c: new_round(c, 66, 1), "year_range", "ไม่ใช่ปีงบประมาณ พ.ศ.", "not a B.E."),
        (lambda c: new_round(c, 2566, 3), "round_invalid", "รอบต้องเป็น 1", "must be 1"),
        (lambda c: new_round(c, 2566, 0), "round_invalid", "ไม่ใช่ 0", "not 0"),
    ],
)
def test_wrong_year_or_round_is_refused_in_thai_and_english(
    content: Path, call, code: str, thai_part: str, english_part: str
) -> None:
    before = snapshot(content)
    with pytest.raises(ScaffoldError) as raised:
        call(content)
    assert raised.value.code == code
    assert thai_part in raised.value.thai
    assert english_part in raised.value.english
    assert str(raised.value) == f"{raised.value.thai}\n{raised.value.english}"
    assert snapshot(content) == before


def test_content_with_errors_is_refused(content: Path) -> None:
    (content / "agency.yml").write_text("name: อบต.ทดสอบ\n", encoding="utf-8")
    with pytest.raises(ScaffoldError) as raised:
        new_round(content, 2566, 2)
    assert raised.value.code == "content_errors"
    assert "prongsai check" in raised.value.thai
    assert not (content / "reports" / "2566-round-2.yml").exists()


# ---- the year and round words ------------------------------------------------------------------


def test_only_the_old_year_and_round_named_literally_are_updated() -> None:
    words = scaffold._WordUpdater(2565, 2566, 1, 2)
    assert words("ประจำปีงบประมาณ 2565 (รอบ 6 เดือนแรก)") == "ประจำปีงบประมาณ 2566 (รอบ 12 เดือน)"
    assert words("ในปี งบประมาณ 2565") == "ในปี งบประมาณ 2566"
    assert words("ปีงบประมาณ พ.ศ. ๒๕๖๕ รอบ ๖ เดือน") == "ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๑๒ เดือน"
    unchanged = [
        "ผลการประเมินประจำปีงบประมาณ 2564",  # another year
        "แผนพัฒนาท้องถิ่น ปี 2565-2569",  # a range
        "บันทึกที่ 75/2565",  # a document number
        "ภายในปี 25650",  # not a year
        "รอบ 12 เดือน",  # not the old round
    ]
    assert [words(text) for text in unchanged] == unchanged
    assert words.count == 5


def test_the_command_line_scaffolds_and_never_overwrites(content, prongsai):
    code, out, _ = prongsai("new", "round", "2566", "2")
    assert code == 0 and "reports/2566-round-2.yml" in out
    before = (content / "reports" / "2566-round-2.yml").read_bytes()
    code, _, err = prongsai("new", "round", "2566", "2")
    assert code == 1 and "never overwritten" in err and "Traceback" not in err
    assert (content / "reports" / "2566-round-2.yml").read_bytes() == before
    code, _, err = prongsai("check")
    assert code == 0


def test_round_2_derives_its_period_and_flags_the_figures_to_rewrite(content: Path) -> None:
    """Round 1's period written as dates becomes round 2's; a paragraph holding a count of
    round 1 is named in the to-do list, since no program can know the new count."""
    report = content / MINIMAL_REPORT
    text = report.read_text(encoding="utf-8")
    text = text.replace(
        "  body:\n",
        "  body:\n"
        "    - ช่วงวันที่ 1 ตุลาคม 2565 – 31 มีนาคม 2566 ดำเนินการแล้ว 7 มาตรการ\n"
        "    - ช่วง ๑ ต.ค. ๒๕๖๕ ถึง ๓๑ มี.ค. ๒๕๖๖ ตามบันทึกที่ 75/2566\n",
        1,
    )
    report.write_text(text, encoding="utf-8")
    written = new_round(content, 2566, 2)
    new = read_report(written[0])
    assert new.memo.body[:2] == [
        "ช่วงวันที่ 1 ตุลาคม 2565 – 30 กันยายน 2566 ดำเนินการแล้ว 7 มาตรการ",
        "ช่วง ๑ ต.ค. ๒๕๖๕ ถึง ๓๐ ก.ย. ๒๕๖๖ ตามบันทึกที่ 75/2566",
    ]
    header = header_of(written[0])
    assert "memo.body ย่อหน้าที่ 1 มีตัวเลขที่อาจเป็นของรายงานเดิม" in header
    assert "วันเริ่มและวันสิ้นสุดของรอบ" in header
    assert "actions คัดลอกจากรอบ 6 เดือนแรก" in header
