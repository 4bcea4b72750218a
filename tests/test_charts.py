"""Static SVG charts (generator/statistics/charts.py): valid, accessible, compact, proportional."""

from __future__ import annotations

import itertools
import math
import re
import xml.etree.ElementTree as ET

import pytest
from markupsafe import Markup

from prongsai.shared import thai
from prongsai.statistics import charts
from prongsai.statistics.charts import Datum, bar_chart_svg, column_chart_svg

SVG = "{http://www.w3.org/2000/svg}"
MONTHS = tuple(thai.MONTHS_SHORT[month - 1] for month in thai.FISCAL_MONTHS)
SERVICES = (
    Datum("ขออนุญาตก่อสร้างอาคาร", 35),
    Datum("ขอรับเบี้ยยังชีพผู้สูงอายุ", 128),
    Datum("ชำระภาษีที่ดินและสิ่งปลูกสร้าง", 1204),
    Datum("แจ้งเรื่องร้องเรียน/ร้องทุกข์", 0, note="ไม่มีข้อมูล"),
)
MONTHLY = tuple(
    Datum(f"{month} {2564 if i < 3 else 2565}", value)
    for i, (month, value) in enumerate(
        zip(MONTHS, (35, 42, 18, 27, 31, 50, 12, 40, 38, 45, 29, 33), strict=True)
    )
)
LONG_NAME = (
    "ขออนุญาตก่อสร้าง ดัดแปลง รื้อถอน หรือเคลื่อนย้ายอาคาร ตามมาตรา 21 แห่งพระราชบัญญัติควบคุมอาคาร พ.ศ. 2522"
)


def bar(data=SERVICES, **options) -> str:
    return bar_chart_svg(
        chart_id=options.pop("chart_id", "services"),
        title=options.pop("title", "จำนวนคำขอรับบริการ"),
        description=options.pop("description", "จำนวนคำขอแต่ละบริการ ปีงบประมาณ 2565"),
        data=data,
        unit=options.pop("unit", "รายการ"),
        **options,
    )


def column(data=MONTHLY, **options) -> str:
    return column_chart_svg(
        chart_id=options.pop("chart_id", "monthly"),
        title=options.pop("title", "คำขอรายเดือน"),
        description=options.pop("description", "จำนวนคำขอรับบริการแต่ละเดือน"),
        data=data,
        unit=options.pop("unit", "รายการ"),
        **options,
    )


DRAW = pytest.mark.parametrize("draw", [bar, column], ids=["bar", "column"])


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def texts(root: ET.Element, css_class: str | None = None) -> list[str]:
    """The text of every <text> (its <tspan>s joined), optionally of one class only."""
    return [
        "".join(element.itertext())
        for element in root.iter(f"{SVG}text")
        if css_class is None or element.get("class") == css_class
    ]


def bars(root: ET.Element) -> list[ET.Element]:
    return list(root.iter(f"{SVG}rect"))


def view_box(root: ET.Element) -> tuple[float, float, float, float]:
    x, y, width, height = (float(n) for n in root.get("viewBox", "").split())
    return x, y, width, height


# --- Valid, accessible SVG ------------------------------------------------------------------


@DRAW
def test_the_svg_is_an_image_named_by_its_title_and_description(draw):
    svg = draw()
    root = parse(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("class") == "ps-chart__svg"
    assert root.get("focusable") == "false"
    title, desc = list(root)[:2]
    assert (title.tag, desc.tag) == (f"{SVG}title", f"{SVG}desc")
    chart_id = root.get("aria-labelledby").split()[0].removesuffix("-title")
    assert root.get("aria-labelledby") == f"{chart_id}-title {chart_id}-desc"
    assert title.get("id") == f"{chart_id}-title"
    assert desc.get("id") == f"{chart_id}-desc"
    assert title.text in ("จำนวนคำขอรับบริการ", "คำขอรายเดือน")
    assert desc.text.startswith(("จำนวนคำขอแต่ละบริการ ปีงบประมาณ 2565 ", "จำนวนคำขอรับบริการแต่ละเดือน "))
    ids = [e.get("id") for e in root.iter() if e.get("id")]
    assert sorted(ids) == sorted([f"{chart_id}-title", f"{chart_id}-desc"])


@DRAW
def test_the_width_comes_from_css_and_the_height_from_the_view_box(draw):
    root = parse(draw())
    assert root.get("width") is None
    assert root.get("height") is None
    x, y, width, height = view_box(root)
    assert (x, y) == (0, 0)
    assert width >= charts.VIEW_WIDTH
    assert height > 0


def test_a_screen_reader_hears_every_datum_and_its_note():
    """role="img" hides the drawing's text: the description lists the data."""
    desc = parse(bar()).find(f"{SVG}desc").text
    assert "ขออนุญาตก่อสร้างอาคาร: 35 รายการ" in desc
    assert "ชำระภาษีที่ดินและสิ่งปลูกสร้าง: 1,204 รายการ" in desc
    assert "แจ้งเรื่องร้องเรียน/ร้องทุกข์: 0 รายการ (ไม่มีข้อมูล)" in desc


@DRAW
def test_there_is_one_rect_per_datum_with_a_tooltip(draw):
    data = SERVICES if draw is bar else MONTHLY
    rects = bars(parse(draw(data)))
    assert len(rects) == len(data)
    assert {r.get("class") for r in rects} == {"ps-chart__bar"}
    tooltips = [r.find(f"{SVG}title").text for r in rects]
    assert tooltips[0] == f"{data[0].label}: {data[0].value} รายการ"
    if draw is bar:
        assert tooltips[2] == "ชำระภาษีที่ดินและสิ่งปลูกสร้าง: 1,204 รายการ"
        assert tooltips[3] == "แจ้งเรื่องร้องเรียน/ร้องทุกข์: 0 รายการ (ไม่มีข้อมูล)"


def test_a_bar_chart_writes_every_label_and_value_with_its_unit():
    root = parse(bar())
    assert texts(root, "ps-chart__label") == [d.label for d in SERVICES]
    assert texts(root, "ps-chart__value") == [
        "35 รายการ",
        "128 รายการ",
        "1,204 รายการ",
        "0 รายการ",
    ]
    assert texts(root, "ps-chart__note") == ["(ไม่มีข้อมูล)"]


def test_a_column_chart_writes_the_months_the_values_and_the_unit_once():
    root = parse(column())
    labels = texts(root, "ps-chart__label")
    assert [t for t in labels if t in MONTHS] == list(MONTHS)
    # The year is written under the first month of each year only.
    assert [t for t in labels if t not in MONTHS] == ["2564", "2565"]
    assert texts(root, "ps-chart__value") == [f"{d.value:,}" for d in MONTHLY]
    assert texts(root, "ps-chart__unit") == ["รายการ"]


def test_values_are_written_with_thousands_separators():
    assert charts.format_value(1234567) == "1,234,567"
    assert charts.format_value(1204.0) == "1,204"
    assert charts.format_value(2.5) == "2.5"
    assert charts.format_value(2.456) == "2.46"
    assert charts.format_value(1234, thai_digits=True) == "๑,๒๓๔"


@DRAW
def test_thai_digits_leave_no_arabic_digit_in_any_text(draw):
    data = (*SERVICES, Datum("ต.ค. 2564", 12_345, note="ข้อมูล 3 เดือน"))
    root = parse(draw(data, title="คำขอปี 2565", thai_digits=True))
    words = [e.text or "" for e in root.iter() if e.tag != f"{SVG}text"] + texts(root)
    assert not any(re.search("[0-9]", w) for w in words), words
    assert "๑๒,๓๔๕" in " ".join(texts(root))
    assert root.find(f"{SVG}title").text == "คำขอปี ๒๕๖๕"


@DRAW
def test_markup_characters_in_labels_are_escaped(draw):
    label = 'บริการ <b>"ด่วน"</b> & อื่น ๆ'
    svg = draw((Datum(label, 3, note="<i>&</i>"),), title='a < b & "c"', description="x > y")
    assert "<b>" not in svg
    assert "<i>" not in svg
    root = parse(svg)
    assert root.find(f"{SVG}title").text == 'a < b & "c"'
    assert label in " ".join(texts(root)) + root.find(f"{SVG}desc").text
    assert bars(root)[0].find(f"{SVG}title").text == f"{label}: 3 รายการ (<i>&</i>)"


@DRAW
def test_the_result_is_markup_that_a_template_does_not_escape_again(draw):
    assert isinstance(draw(), Markup)


# --- Safe inside a Markdown page ------------------------------------------------------------


@DRAW
def test_no_blank_line_and_no_indented_line(draw):
    messy = (
        Datum("ขออนุญาต\n\n    ก่อสร้าง\tอาคาร", 5, note="\n\n    หมายเหตุ\n"),
        Datum("  ต.ค.  ", 7),
    )
    for svg in (draw(), draw(messy, description="บรรทัดแรก\n\n    บรรทัดสอง"), draw(())):
        lines = svg.split("\n")
        assert all(line.strip() for line in lines)
        assert not any(line.startswith((" ", "\t")) for line in lines)
    root = parse(draw(messy))
    assert "ขออนุญาต ก่อสร้าง อาคาร: 5 รายการ (หมายเหตุ)" in root.find(f"{SVG}desc").text


@DRAW
def test_nothing_runs_or_loads_and_nothing_is_styled_inline(draw):
    svg = draw()
    for forbidden in ("<script", "<style", "foreignObject", "style=", "href", "url(", "@import"):
        assert forbidden not in svg
    assert "font-family" not in svg
    assert re.findall(r"https?://[^\"]+", svg) == ["http://www.w3.org/2000/svg"]
    tags = {e.tag.removeprefix(SVG) for e in parse(svg).iter()}
    assert tags <= {"svg", "title", "desc", "g", "line", "rect", "text", "tspan"}


@DRAW
def test_text_has_classes_for_the_page_css(draw):
    root = parse(draw())
    assert all(e.get("class", "").startswith("ps-chart__") for e in root.iter(f"{SVG}text"))


# --- Empty and zero -------------------------------------------------------------------------


@DRAW
def test_a_chart_without_data_says_so(draw):
    root = parse(draw(()))
    assert texts(root) == [charts.NO_DATA]
    assert bars(root) == []
    assert root.find(f"{SVG}desc").text.endswith(charts.NO_DATA)
    assert view_box(root)[3] > 0


@DRAW
def test_a_chart_of_zeros_draws_empty_bars_and_says_there_is_no_data(draw):
    data = tuple(Datum(month, 0) for month in MONTHS[:4])
    root = parse(draw(data))
    assert charts.NO_DATA in texts(root, "ps-chart__empty")
    size = "width" if draw is bar else "height"
    assert [float(r.get(size)) for r in bars(root)] == [0, 0, 0, 0]
    assert texts(root, "ps-chart__tick") == ([] if draw is bar else ["0"])
    assert texts(root, "ps-chart__value") == ["0 รายการ"] * 4 if draw is bar else ["0"] * 4


@pytest.mark.parametrize("value", [-1, math.nan, math.inf])
def test_a_negative_or_impossible_value_is_refused(value):
    with pytest.raises(ValueError, match="≥ 0"):
        bar((Datum("x", value),))


@pytest.mark.parametrize("value", [None, True, "5"])
def test_a_value_that_is_not_a_number_is_refused(value):
    with pytest.raises(TypeError, match="must be a number"):
        column((Datum("x", value),))


@pytest.mark.parametrize("chart_id", ["", "1st", "two words", 'a"b'])
def test_a_chart_id_must_be_usable_in_aria_labelledby(chart_id):
    with pytest.raises(ValueError, match="chart_id"):
        bar(chart_id=chart_id)


# --- Scales ---------------------------------------------------------------------------------


def _is_nice(step: float) -> bool:
    mantissa = step / 10 ** math.floor(math.log10(step) + 1e-9)
    return any(math.isclose(mantissa, m) for m in (1, 2, 5))


@pytest.mark.parametrize(
    "maximum", [1, 3, 7, 10, 35, 99, 100, 101, 128, 999, 1204, 3000, 12_345, 987_654, 2**31]
)
@pytest.mark.parametrize("intervals", [1, 2, 3, 4, 5])
def test_ticks_are_nice_start_at_zero_and_cover_the_maximum(maximum, intervals):
    scale = charts.nice_scale(maximum, intervals=intervals)
    ticks = scale.ticks
    assert ticks[0] == 0
    assert ticks[-1] == scale.top >= maximum
    assert len(ticks) - 1 <= intervals
    step = ticks[1] - ticks[0]
    assert _is_nice(step)
    assert all(math.isclose(b - a, step) for a, b in itertools.pairwise(ticks))
    assert ticks[-1] - step < maximum  # no empty step above the largest value
    assert all(float(t).is_integer() for t in ticks)


@pytest.mark.parametrize(
    ("maximum", "ticks", "labels"),
    [
        (0.3, (0, 0.1, 0.2, 0.3), ["0.0", "0.1", "0.2", "0.3"]),
        (2.5, (0, 0.5, 1, 1.5, 2, 2.5), ["0.0", "0.5", "1.0", "1.5", "2.0", "2.5"]),
        (0.07, (0, 0.02, 0.04, 0.06, 0.08), ["0.00", "0.02", "0.04", "0.06", "0.08"]),
    ],
)
def test_fractions_get_fractional_ticks(maximum, ticks, labels):
    scale = charts.nice_scale(maximum, integer=False)
    assert scale.ticks == ticks
    assert [scale.tick_label(t) for t in scale.ticks] == labels


def test_counts_never_get_fractional_ticks():
    assert charts.nice_scale(1).ticks == (0, 1)
    assert charts.nice_scale(3).ticks == (0, 1, 2, 3)


def test_nothing_above_zero_still_gives_a_scale_to_divide_by():
    scale = charts.nice_scale(0)
    assert scale.ticks == (0,)
    assert scale.fraction(0) == 0


@DRAW
def test_the_tick_labels_in_the_chart_are_nice_and_cover_the_largest_value(draw):
    data = SERVICES if draw is bar else MONTHLY
    root = parse(draw(data))
    ticks = [int(t.replace(",", "")) for t in texts(root, "ps-chart__tick")]
    assert ticks[0] == 0
    assert len(ticks) >= 3
    assert ticks[-1] >= max(d.value for d in data)
    assert _is_nice(ticks[1])


def test_thousands_in_tick_labels_are_separated():
    root = parse(bar((Datum("ก", 12_000), Datum("ข", 3_400))))
    assert "10,000" in texts(root, "ps-chart__tick")
    assert "๑๐,๐๐๐" in texts(parse(bar((Datum("ก", 12_000),), thai_digits=True)))


# --- Geometry -------------------------------------------------------------------------------


def test_bar_lengths_are_proportional_to_the_values():
    data = (Datum("ก", 10), Datum("ข", 25), Datum("ค", 40), Datum("ง", 1), Datum("จ", 0))
    widths = [float(r.get("width")) for r in bars(parse(bar(data)))]
    unit = widths[0] / 10
    for datum, width in zip(data, widths, strict=True):
        assert width == pytest.approx(datum.value * unit, abs=0.02)
    xs = {r.get("x") for r in bars(parse(bar(data)))}
    assert len(xs) == 1  # every bar starts at the zero line


def test_column_heights_are_proportional_and_stand_on_one_baseline():
    root = parse(column())
    rects = bars(root)
    heights = [float(r.get("height")) for r in rects]
    unit = heights[0] / MONTHLY[0].value
    for datum, height in zip(MONTHLY, heights, strict=True):
        assert height == pytest.approx(datum.value * unit, abs=0.02)
    bottoms = {round(float(r.get("y")) + float(r.get("height")), 1) for r in rects}
    assert len(bottoms) == 1


def test_bars_are_drawn_in_the_given_order_one_below_the_other():
    rects = bars(parse(bar()))
    ys = [float(r.get("y")) for r in rects]
    assert ys == sorted(ys)
    assert len(set(ys)) == len(ys)


@pytest.mark.parametrize("thai_digits", [False, True])
def test_value_labels_fit_after_their_bars(thai_digits):
    data = (*SERVICES, Datum(LONG_NAME, 987_654, note="ไม่รวมคำขอที่ยกเลิก"))
    layout = charts.bar_chart_layout(
        chart_id="b",
        title="t",
        description="d",
        data=data,
        unit="รายการ",
        thai_digits=thai_digits,
    )
    for item in layout.bars:
        assert item.value.x >= item.x + item.width
        right = item.value.x + charts.text_width(item.value.text, bold=True)
        assert right <= layout.width
        for line in (*item.label, *item.note):
            assert charts.text_width(line.text.rstrip()) <= layout.width - line.x
    tick_right = max(t.x + charts.text_width(t.text) / 2 for t in layout.ticks)
    assert tick_right <= layout.width


def test_a_long_thai_label_is_wrapped_above_its_bar():
    root = parse(bar((Datum(LONG_NAME, 35), Datum("สั้น", 3))))
    first = next(e for e in root.iter(f"{SVG}text") if e.get("class") == "ps-chart__label")
    lines = first.findall(f"{SVG}tspan")
    assert len(lines) >= 2
    assert "".join(t.text for t in lines) == LONG_NAME
    rect_y = float(bars(root)[0].get("y"))
    assert all(float(t.get("y")) < rect_y for t in lines)


@pytest.mark.parametrize(
    "text",
    [
        LONG_NAME,
        "การขออนุญาตประกอบกิจการรับทำการเก็บและขนสิ่งปฏิกูลหรือมูลฝอยโดยทำเป็นธุรกิจ",
        "ขออนุญาตก่อสร้างอาคารขออนุญาตก่อสร้างอาคารขออนุญาตก่อสร้างอาคารขออนุญาต",
    ],
)
def test_wrapping_keeps_every_character_and_never_splits_a_letter_from_its_marks(text):
    width = 150
    lines = charts.wrap_text(text, width)
    assert "".join(lines) == text
    assert len(lines) > 1
    for line in lines:
        assert charts.text_width(line.rstrip()) <= width
        assert line[0] not in "ะาำัิีึืุู่้๊๋์็"
    assert charts.wrap_text("ต.ค.", width) == ("ต.ค.",)


def test_text_widths_are_estimated_from_sarabun():
    # Measured in Chromium with Sarabun 14px: 141.9, 24.0, 34.3.
    assert 141.9 <= charts.text_width("ขออนุญาตก่อสร้างอาคาร") <= 141.9 * 1.08
    assert 24.0 <= charts.text_width("ต.ค.") <= 24.0 * 1.08
    assert 34.3 <= charts.text_width("1,234") <= 34.3 * 1.08
    assert charts.text_width("่้ิ") == 0  # tone marks and upper vowels take no width


def test_sixty_bars_make_a_taller_chart_with_ticks_again_at_the_bottom():
    data = tuple(
        Datum(f"บริการที่ {i + 1} {LONG_NAME if i % 7 == 0 else ''}", i * 37) for i in range(60)
    )
    root = parse(bar(data))
    rects = bars(root)
    assert len(rects) == 60
    height = view_box(root)[3]
    assert height > 60 * (charts.BAR_HEIGHT + charts.LINE_HEIGHT)
    assert all(float(r.get("y")) + float(r.get("height")) <= height for r in rects)
    tick_rows = {t.get("y") for t in root.iter(f"{SVG}text") if t.get("class") == "ps-chart__tick"}
    assert len(tick_rows) == 2
    assert len(texts(root, "ps-chart__value")) == 60


def test_month_labels_on_the_same_row_do_not_touch():
    layout = charts.column_chart_layout(
        chart_id="m", title="t", description="d", data=MONTHLY, unit="รายการ"
    )
    rows: dict[float, list[tuple[float, float]]] = {}
    for label in layout.labels:
        half = charts.text_width(label.text) / 2
        rows.setdefault(label.y, []).append((label.x - half, label.x + half))
    for spans in rows.values():
        spans.sort()
        assert all(a[1] < b[0] for a, b in itertools.pairwise(spans))
        assert spans[0][0] >= 0
        assert spans[-1][1] <= layout.width
    assert layout.width == charts.VIEW_WIDTH  # twelve months fit the phone width


def test_large_values_are_written_upwards_above_narrow_columns():
    data = tuple(Datum(m, 100_000 + i * 7_777) for i, m in enumerate(MONTHS))
    root = parse(column(data))
    values = [t for t in root.iter(f"{SVG}text") if t.get("class") == "ps-chart__value"]
    assert all(t.get("transform", "").startswith("rotate(-90") for t in values)
    layout = charts.column_chart_layout(
        chart_id="m", title="t", description="d", data=data, unit="รายการ"
    )
    for item in layout.columns:  # the upward text stays inside the chart, above its column
        assert item.value.y <= item.y
        assert item.value.y - charts.text_width(item.value.text, bold=True) >= 0


def test_short_values_are_written_across_above_their_columns():
    root = parse(column())
    values = [t for t in root.iter(f"{SVG}text") if t.get("class") == "ps-chart__value"]
    assert not any(t.get("transform") for t in values)
    assert {t.get("text-anchor") for t in values} == {"middle"}
