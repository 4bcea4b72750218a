"""Static, accessible SVG charts drawn at build time: no JavaScript, no charting library.

The geometry (scales, ticks, positions) is computed here by small pure functions into frozen
dataclasses; the markup is in ``templates/charts/*.svg.j2``, which only read them. The SVG
is inlined in a Markdown page (inside raw HTML), so the output is compact: no blank line and
no indented line.

Text is drawn in the page's font (Sarabun) through CSS inheritance: the templates give class
attributes only, never a font. Widths of text are never measured; where the layout must
avoid overlaps (wrapping long labels, fitting value labels, choosing how many ticks) they are
estimated from Sarabun's advance widths (``text_width``), rounded up.

Why the widths are a table typed here and not read from theme/fonts/sarabun/*.woff2 with
fontTools: fontTools is not in the lock (requirements/site.txt), and neither is brotli, which
fontTools needs to decode WOFF2; adding two dependencies for a table of 12 width groups is out
of proportion. If fontTools and brotli enter the lock, the table can be built from the
font's ``hmtx`` at import and compared with this one in a test.

Sizes are in SVG user units: the viewBox is ``VIEW_WIDTH`` (360) wide and text is
``FONT_SIZE`` (14) high. The page's CSS sets the width: in a figure 343 px wide (a 375 px
phone) text is 13.3 px; at the recommended ``max-width: 20rem`` (400 px with Material's
20 px rem) it is 15.6 px.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

import jinja2
from markupsafe import Markup

from prongsai.shared import thai
from prongsai.shared.jinja import template_environment

NO_DATA = "ไม่มีข้อมูล"

VIEW_WIDTH = 360
"""Width of every chart's viewBox (a column chart with many columns may be wider)."""
FONT_SIZE = 14
LINE_HEIGHT = 21
"""Distance between the baselines of two lines of one label (Thai needs about 1.5 em)."""
ASCENT = 11
"""Height of digits and Thai letters above the baseline (without upper vowels)."""
CENTRE = 5
"""Baseline below a vertical centre: puts digits and Thai letters in the middle."""
BOLD = 1.06
"""Sarabun bold is about 6 % wider than regular (value labels are bold)."""

# Bar chart (horizontal bars, the label on its own line above each bar).
BAR_HEIGHT = 16
BAR_LABEL_GAP = 7
"""From the baseline of a label's last line to the top of its bar (room for ุ ู)."""
ROW_GAP = 12
"""From the bottom of a bar (or its note) to the top of the next label."""
VALUE_GAP = 5
"""From the end of a bar to its value label."""
MIN_PLOT_SHARE = 0.4
"""Bars may always use at least this share of the width, however long the value labels."""
BOTTOM_TICKS_FROM = 13
"""Charts with this many bars or more repeat the tick labels below the last bar."""

# Column chart (vertical columns, short labels below them).
PLOT_HEIGHT = 200
ZERO_PLOT_HEIGHT = 80
"""The plot of a column chart whose values are all 0: only the words ไม่มีข้อมูล."""
COLUMN_SHARE = 0.6
"""A column's share of its slot; the rest is space between columns."""
MAX_COLUMN_WIDTH = 40
LABEL_GAP = 4
"""Smallest space between two labels side by side."""
TICK_GAP = 6
"""From a tick label to the plot."""
EMPTY_HEIGHT = 40
"""A chart without any datum: only the words ไม่มีข้อมูล."""

_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")


@dataclass(frozen=True)
class Datum:
    """One bar or column. Values are ≥ 0; for a missing value give 0 and a note."""

    label: str
    """Thai text, e.g. a service name or ``ต.ค. 2564``."""
    value: int | float
    note: str | None = None
    """Extra text for screen readers (and the tooltip), e.g. ``ไม่มีข้อมูล``."""


# --- Estimated text widths ------------------------------------------------------------------

_ZERO_WIDTH = frozenset(
    "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
    "\u200b\u200c\u200d"
)
# Sarabun 400 advance widths in em, measured in Chromium and rounded up to the group value.
_ADVANCE_GROUPS = (
    (0.26, " ,.:;!'"),
    (0.32, "เๅ()iljI"),
    (0.40, 'โใไ-frt"[]'),
    (0.50, "งราำcvxyzks/J"),
    (0.56, "0123456789ะฐธฯจวabdeghnpquEFLST"),
    (0.62, "กขฃคฅฉชซฎฏดตถฤภมยลฦศสอฮแๆ฿oABCKPRVXYZ"),
    (0.66, "ฆทนบปผฝห๏๐GDOQUw"),
    (0.70, "ษ๑๒๓๔๕๖๘๙NH"),
    (0.72, "ฑพฟฬ"),
    (0.75, "๗"),
    (0.84, "ฌญฒณmMW"),
    (0.91, "%"),
)
_ADVANCE = {char: width for width, chars in _ADVANCE_GROUPS for char in chars}
_UNKNOWN_ADVANCE = 0.7


def text_width(text: str, font_size: float = FONT_SIZE, *, bold: bool = False) -> float:
    """The estimated width of ``text`` in Sarabun (never less than the real one, nearly)."""
    em = sum(0.0 if c in _ZERO_WIDTH else _ADVANCE.get(c, _UNKNOWN_ADVANCE) for c in text)
    return em * font_size * (BOLD if bold else 1.0)


_LEADING_VOWELS = frozenset("เแโใไ")
_FOLLOWING = frozenset("ะาำๅๆฯ") | _ZERO_WIDTH


def _break_allowed(word: str, index: int) -> bool:
    """A line may break before word[index] without splitting a Thai letter from its marks."""
    return word[index] not in _FOLLOWING and word[index - 1] not in _LEADING_VOWELS


def wrap_text(text: str, max_width: float, font_size: float = FONT_SIZE) -> tuple[str, ...]:
    """``text`` in lines no wider than ``max_width`` (estimated), broken at spaces.

    Thai writes no space between words; a run too long for one line is broken before a
    leading vowel (เ แ โ ใ ไ) when it can be, else between two letters, never between a
    letter and its vowel or tone marks. A line broken at a space keeps the space at its end,
    so the lines joined give the text back.
    """
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if text_width(candidate, font_size) <= max_width:
            line = candidate
            continue
        if line:
            lines.append(line + " ")
        line = word
        while text_width(line, font_size) > max_width:
            cut = _cut(line, max_width, font_size)
            if cut is None:
                break
            lines.append(line[:cut])
            line = line[cut:]
    lines.append(line)
    return tuple(lines)


def _cut(word: str, max_width: float, font_size: float) -> int | None:
    fitting = [
        i
        for i in range(1, len(word))
        if _break_allowed(word, i) and text_width(word[:i], font_size) <= max_width
    ]
    if not fitting:
        return None
    preferred = [i for i in fitting if word[i] in _LEADING_VOWELS]
    return (preferred or fitting)[-1]


# --- Numbers and scales ---------------------------------------------------------------------


def format_value(value: float, *, thai_digits: bool = False) -> str:
    """``1234`` → ``1,234``; a fraction keeps at most two decimals (``2.5``)."""
    if float(value).is_integer():
        return thai.format_number_grouped(int(value), thai_digits=thai_digits)
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return thai.to_thai_digits(text) if thai_digits else text


@dataclass(frozen=True)
class Scale:
    """A linear scale from 0 to ``top``, with "nice" ticks (1, 2 or 5 × 10ⁿ apart)."""

    top: float
    """The value drawn at full length; > 0, so dividing by it is always safe."""
    ticks: tuple[float, ...]
    """0 first; the last one is ``top`` and covers the largest value."""
    decimals: int
    """How many decimals the tick labels need."""

    def fraction(self, value: float) -> float:
        return value / self.top

    def tick_label(self, tick: float, *, thai_digits: bool = False) -> str:
        text = f"{tick:,.{self.decimals}f}"
        return thai.to_thai_digits(text) if thai_digits else text


def nice_step(raw: float) -> float:
    """The smallest of 1, 2, 5 × 10ⁿ that is not below ``raw`` (> 0)."""
    base = 10.0 ** math.floor(math.log10(raw))
    return next(m * base for m in (1, 2, 5, 10) if m * base >= raw * (1 - 1e-9))


def nice_scale(maximum: float, *, intervals: int = 5, integer: bool = True) -> Scale:
    """At most ``intervals`` nice steps from 0 to at least ``maximum``.

    Counts (``integer``) never get a fractional tick. With nothing above zero the scale is
    0 … 1 with the single tick 0.
    """
    if maximum <= 0:
        return Scale(top=1, ticks=(0,), decimals=0)
    step = nice_step(maximum / intervals)
    if integer:
        step = max(step, 1.0)
    decimals = max(0, -math.floor(math.log10(step) + 1e-9))
    count = max(1, math.ceil(maximum / step - 1e-9))
    ticks = tuple(round(i * step, decimals) for i in range(count + 1))
    return Scale(top=ticks[-1], ticks=ticks, decimals=decimals)


# --- Shapes the templates draw --------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    """The baseline."""
    text: str
    anchor: str = "start"
    """SVG text-anchor: start, middle or end."""
    rotate: bool = False
    """Turned a quarter anticlockwise around (x, y), reading upwards."""


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True)
class Bar:
    """One datum of a bar chart: its label above, the bar, its value after it."""

    x: float
    y: float
    width: float
    height: float
    label: tuple[Text, ...]
    """The lines of the label (one <text>, a <tspan> per line)."""
    value: Text
    note: tuple[Text, ...]
    """The lines of the note, below the bar; empty without a note."""
    tooltip: str


@dataclass(frozen=True)
class Column:
    x: float
    y: float
    width: float
    height: float
    value: Text
    tooltip: str


@dataclass(frozen=True)
class _Frame:
    """What every chart has: its names for screen readers, its size, its axis and grid."""

    chart_id: str
    title: str
    description: str
    width: float
    height: float
    axis: Line | None
    grid: tuple[Line, ...]
    ticks: tuple[Text, ...]
    message: Text | None


@dataclass(frozen=True)
class BarChart(_Frame):
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class ColumnChart(_Frame):
    columns: tuple[Column, ...]
    labels: tuple[Text, ...]
    unit: Text | None


# --- Shared preparation ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Prepared:
    """The texts of a chart, whitespace collapsed and digits converted."""

    title: str
    description: str
    labels: tuple[str, ...]
    notes: tuple[str | None, ...]
    values: tuple[float, ...]
    numbers: tuple[str, ...]
    """Each value formatted, without the unit."""
    with_unit: tuple[str, ...]
    tooltips: tuple[str, ...]
    unit: str
    scale: Scale | None
    """None when there is no datum."""
    integer: bool
    thai_digits: bool


def _clean(text: str, thai_digits: bool) -> str:
    text = " ".join(str(text).split())
    return thai.to_thai_digits(text) if thai_digits else text


def _check_value(datum: Datum) -> float:
    value = datum.value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"chart value of {datum.label!r} must be a number, not {value!r}")
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"chart value of {datum.label!r} must be finite and ≥ 0, not {value}")
    return value


def _prepare(
    chart_id: str, title: str, description: str, data: Sequence[Datum], unit: str, digits: bool
) -> _Prepared:
    if not _ID.match(chart_id):
        raise ValueError(f"chart_id must be a letter then letters, digits, - or _: {chart_id!r}")
    values = tuple(_check_value(d) for d in data)
    labels = tuple(_clean(d.label, digits) for d in data)
    notes = tuple(_clean(d.note, digits) if d.note else None for d in data)
    unit = _clean(unit, digits)
    numbers = tuple(format_value(v, thai_digits=digits) for v in values)
    with_unit = tuple(f"{n} {unit}" if unit else n for n in numbers)
    tooltips = tuple(
        f"{label}: {value}" + (f" ({note})" if note else "")
        for label, value, note in zip(labels, with_unit, notes, strict=True)
    )
    description = _clean(description, digits)
    listing = "; ".join(tooltips) if tooltips else NO_DATA
    integer = all(float(v).is_integer() for v in values)
    return _Prepared(
        title=_clean(title, digits),
        description=f"{description} {listing}".strip(),
        labels=labels,
        notes=notes,
        values=values,
        numbers=numbers,
        with_unit=with_unit,
        tooltips=tooltips,
        unit=unit,
        scale=nice_scale(max(values), integer=integer) if values else None,
        integer=integer,
        thai_digits=digits,
    )


def _lines(texts: Sequence[str], x: float, first_baseline: float) -> tuple[Text, ...]:
    return tuple(Text(x, first_baseline + i * LINE_HEIGHT, t) for i, t in enumerate(texts))


_Chart = TypeVar("_Chart", "BarChart", "ColumnChart")


def _empty_chart(
    kind: type[_Chart], chart_id: str, p: _Prepared, **parts: tuple[()] | None
) -> _Chart:
    """A chart without any datum, of either layout: only the words ไม่มีข้อมูล."""
    return kind(
        chart_id=chart_id,
        title=p.title,
        description=p.description,
        width=VIEW_WIDTH,
        height=EMPTY_HEIGHT,
        axis=None,
        grid=(),
        ticks=(),
        message=Text(VIEW_WIDTH / 2, 28, NO_DATA, "middle"),
        **parts,  # the layout's own parts, all empty
    )


def _tick_positions(scale: Scale, origin: float, length: float) -> list[float]:
    """Where each tick of ``scale`` is on the value axis: from ``origin``, ``length`` long
    (negative for the column chart, whose axis runs upwards)."""
    return [origin + length * scale.fraction(t) for t in scale.ticks]


def _grid(
    positions: Sequence[float], start: float, end: float, *, vertical: bool
) -> tuple[Line, ...]:
    """A grid line across the plot (from ``start`` to ``end``) at every tick but 0, which
    is the axis."""
    if vertical:
        return tuple(Line(x, start, x, end) for x in positions[1:])
    return tuple(Line(start, y, end, y) for y in positions[1:])


def _tick_texts(scale: Scale, p: _Prepared) -> list[str]:
    """The tick labels of ``scale`` in the chart's digits (the same in both layouts)."""
    return [scale.tick_label(t, thai_digits=p.thai_digits) for t in scale.ticks]


def _clamp_centre(x: float, text_w: float, left: float, right: float) -> float:
    """The centre of a centred text moved, if needed, so that it stays within left … right."""
    return min(max(x, left + text_w / 2), right - text_w / 2)


# --- Bar chart ------------------------------------------------------------------------------


def bar_chart_layout(
    *,
    chart_id: str,
    title: str,
    description: str,
    data: Sequence[Datum],
    unit: str,
    thai_digits: bool = False,
) -> BarChart:
    """Horizontal bars in the given order; each label on its own line(s) above its bar."""
    p = _prepare(chart_id, title, description, data, unit, thai_digits)
    if p.scale is None:
        return _empty_chart(BarChart, chart_id, p, bars=())
    x0 = 1.0
    text_room = VIEW_WIDTH - x0 - 1
    value_widths = [text_width(v, bold=True) for v in p.with_unit]
    scale, plot = _bar_scale(p, x0, value_widths)

    tick_baseline = 15
    grid_top = 22.0
    y = grid_top + 6
    # All values 0: ไม่มีข้อมูล instead of the tick labels, the bars all of length 0.
    message = Text(VIEW_WIDTH / 2, tick_baseline, NO_DATA, "middle") if max(p.values) == 0 else None
    bars = []
    for label, note, value, value_text, tooltip in zip(
        p.labels, p.notes, p.values, p.with_unit, p.tooltips, strict=True
    ):
        label_lines = _lines(wrap_text(label, text_room), x0, y + 15)
        bar_y = label_lines[-1].y + BAR_LABEL_GAP
        bottom = bar_y + BAR_HEIGHT
        note_lines: tuple[Text, ...] = ()
        if note:
            note_lines = _lines(wrap_text(f"({note})", text_room), x0, bottom + 15)
            bottom = note_lines[-1].y + 5
        width = plot * scale.fraction(value)
        value_label = Text(x0 + width + VALUE_GAP, bar_y + BAR_HEIGHT / 2 + CENTRE, value_text)
        bars.append(
            Bar(x0, bar_y, width, BAR_HEIGHT, label_lines, value_label, note_lines, tooltip)
        )
        y = bottom + ROW_GAP
    grid_bottom = y - ROW_GAP + 6

    positions = _tick_positions(scale, x0, plot)
    tick_texts = _tick_texts(scale, p)
    rows = [] if message else [tick_baseline]
    height = grid_bottom + 2
    if len(bars) >= BOTTOM_TICKS_FROM and not message:
        rows.append(grid_bottom + 15)
        height = grid_bottom + 21
    ticks = tuple(
        Text(_clamp_centre(x, text_width(t), 0, VIEW_WIDTH), row, t, "middle")
        for row in rows
        for x, t in zip(positions, tick_texts, strict=True)
    )
    return BarChart(
        chart_id=chart_id,
        title=p.title,
        description=p.description,
        width=VIEW_WIDTH,
        height=height,
        bars=tuple(bars),
        axis=Line(x0, grid_top, x0, grid_bottom),
        grid=_grid(positions, grid_top, grid_bottom, vertical=True),
        ticks=ticks,
        message=message,
    )


def _bar_scale(p: _Prepared, x0: float, value_widths: Sequence[float]) -> tuple[Scale, float]:
    """The scale and the length of a bar at its top, so that every value label fits after
    its bar and the tick labels do not touch. Fewer ticks when they would."""
    maximum = max(p.values)
    right = VIEW_WIDTH - 1
    for intervals in (5, 4, 3, 2, 1):
        scale = nice_scale(maximum, intervals=intervals, integer=p.integer)
        tick_widths = [text_width(t) for t in _tick_texts(scale, p)]
        limits = [right - x0 - tick_widths[-1] / 2]
        for value, value_w in zip(p.values, value_widths, strict=True):
            if value > 0:
                limits.append((right - x0 - VALUE_GAP - value_w) / scale.fraction(value))
        plot = max(min(limits), MIN_PLOT_SHARE * VIEW_WIDTH)
        steps = len(scale.ticks) - 1
        if steps <= 1 or plot / steps >= max(tick_widths) + 2 * LABEL_GAP:
            return scale, plot
    raise AssertionError("one interval always fits")  # pragma: no cover


# --- Column chart ---------------------------------------------------------------------------


def column_chart_layout(
    *,
    chart_id: str,
    title: str,
    description: str,
    data: Sequence[Datum],
    unit: str,
    thai_digits: bool = False,
) -> ColumnChart:
    """Vertical columns in the given order, short labels below them, values above them.

    A label is written one word a line (``ต.ค. 2564`` → ``ต.ค.`` over ``2564``) and a line
    that repeats the same line of the previous column is left out, so a year is written
    under its first month only. Labels that would still touch are written on two staggered
    rows; if even those would touch, the chart is made wider (and its text smaller).
    Values that do not fit across a column are written upwards.
    """
    p = _prepare(chart_id, title, description, data, unit, thai_digits)
    scale = p.scale
    if scale is None:
        return _empty_chart(ColumnChart, chart_id, p, columns=(), labels=(), unit=None)
    n = len(p.values)
    tick_texts = _tick_texts(scale, p)
    x0 = max(text_width(t) for t in tick_texts) + TICK_GAP
    right_pad = 2.0
    available = VIEW_WIDTH - x0 - right_pad

    shown = _shown_label_lines([label.split(" ") for label in p.labels])
    slot, label_rows = _label_rows(shown, available / n)
    plot_w = slot * n
    width = x0 + plot_w + right_pad

    plot_h = PLOT_HEIGHT if max(p.values) > 0 else ZERO_PLOT_HEIGHT
    column_w = min(slot * COLUMN_SHARE, MAX_COLUMN_WIDTH)
    value_widths = [text_width(v, bold=True) for v in p.numbers]
    upright = max(value_widths) + LABEL_GAP <= slot
    unit_text = Text(0, 15, p.unit) if p.unit else None
    ceiling = 23.0 if unit_text else 4.0
    # The plot starts low enough for the top tick label and every value above its column.
    needs = [ceiling + ASCENT / 2 + 2]
    for value, value_w in zip(p.values, value_widths, strict=True):
        extent = ASCENT if upright else value_w
        needs.append(ceiling + VALUE_GAP + extent - plot_h * (1 - scale.fraction(value)))
    plot_top = max(needs)
    plot_bottom = plot_top + plot_h

    columns = []
    for i, (value, number, tooltip) in enumerate(zip(p.values, p.numbers, p.tooltips, strict=True)):
        centre = x0 + (i + 0.5) * slot
        height = plot_h * scale.fraction(value)
        top = plot_bottom - height
        if upright:
            value_text = Text(centre, top - VALUE_GAP, number, "middle")
        else:
            value_text = Text(centre + CENTRE, top - VALUE_GAP, number, "start", rotate=True)
        columns.append(Column(centre - column_w / 2, top, column_w, height, value_text, tooltip))

    labels = _column_labels(shown, label_rows, x0, slot, width, plot_bottom)
    height = plot_bottom + 18 + (label_rows[-1][1] if label_rows else 0) * LINE_HEIGHT + 8

    # The value axis runs upwards: from the plot's bottom, a negative length.
    ys = _tick_positions(scale, plot_bottom, -plot_h)
    ticks = tuple(
        Text(x0 - TICK_GAP, y + CENTRE, t, "end") for y, t in zip(ys, tick_texts, strict=True)
    )
    message = None
    if max(p.values) == 0:
        message = Text(x0 + plot_w / 2, plot_top + plot_h / 2 + CENTRE, NO_DATA, "middle")
    return ColumnChart(
        chart_id=chart_id,
        title=p.title,
        description=p.description,
        width=width,
        height=height,
        columns=tuple(columns),
        labels=tuple(labels),
        unit=unit_text,
        axis=Line(x0, plot_bottom, x0 + plot_w, plot_bottom),
        grid=_grid(ys, x0, x0 + plot_w, vertical=False),
        ticks=ticks,
        message=message,
    )


def _column_labels(
    shown: Sequence[Sequence[str]],
    label_rows: Sequence[tuple[int, int]],
    x0: float,
    slot: float,
    width: float,
    plot_bottom: float,
) -> list[Text]:
    """The label lines under the columns, centred on their column (kept inside the chart),
    on the rows ``_label_rows`` chose."""
    labels = []
    for i, lines in enumerate(shown):
        centre = x0 + (i + 0.5) * slot
        for row, text in enumerate(lines):
            if text:
                x = _clamp_centre(centre, text_width(text), 0, width)
                y = plot_bottom + 18 + label_rows[row][i % 2] * LINE_HEIGHT
                labels.append(Text(x, y, text, "middle"))
    return labels


def _shown_label_lines(split: Sequence[Sequence[str]]) -> list[list[str]]:
    """Each label's lines, with "" for a line (not the first) equal to the previous label's."""
    shown = []
    previous: Sequence[str] = ()
    for lines in split:
        shown.append(
            [
                text if row == 0 or row >= len(previous) or previous[row] != text else ""
                for row, text in enumerate(lines)
            ]
        )
        previous = lines
    return shown


def _label_rows(
    shown: Sequence[Sequence[str]], available: float
) -> tuple[float, list[tuple[int, int]]]:
    """The slot width and, for each line of the labels, the rows of its even and odd columns.

    A line whose texts would touch side by side is staggered on two rows (even columns
    above, odd ones below); if even that is too tight the slot is made wider than
    ``available``.
    """
    lines = max(len(label) for label in shown)
    texts = [
        [(i, label[line]) for i, label in enumerate(shown) if line < len(label) and label[line]]
        for line in range(lines)
    ]
    slot = max([available] + [_slot_needed(items, step=2) for items in texts])
    rows: list[tuple[int, int]] = []
    row = 0
    for items in texts:
        if _slot_needed(items, step=1) <= slot:
            rows.append((row, row))
            row += 1
        else:
            rows.append((row, row + 1))
            row += 2
    return slot, rows


def _slot_needed(items: Sequence[tuple[int, str]], *, step: int) -> float:
    """The narrowest slot in which no two texts of (column, text) ``items`` touch, when every
    ``step``-th column shares a row."""
    needed = 0.0
    for parity in range(step):
        row = [(i, text_width(text)) for i, text in items if i % step == parity]
        for (i, w), (j, v) in itertools.pairwise(row):
            needed = max(needed, ((w + v) / 2 + LABEL_GAP) / (j - i))
    return needed


# --- Rendering ------------------------------------------------------------------------------


def _unit_number(value: float) -> str:
    """A coordinate for an attribute: at most two decimals, no trailing zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


@functools.cache
def _environment() -> jinja2.Environment:
    env = template_environment()
    env.filters["u"] = _unit_number
    return env


def _compact(svg: str) -> Markup:
    """One element a line, none indented, no blank line: safe inside a Markdown HTML block."""
    return Markup("\n".join(line.strip() for line in svg.splitlines() if line.strip()))


def _render(template: str, chart: BarChart | ColumnChart) -> Markup:
    return _compact(_environment().get_template(template).render(chart=chart, font_size=FONT_SIZE))


def bar_chart_svg(
    *,
    chart_id: str,
    title: str,
    description: str,
    data: Sequence[Datum],
    unit: str,
    thai_digits: bool = False,
) -> Markup:
    """An inline SVG of horizontal bars, one per datum, in the given order.

    Each label is on its own line(s) above its bar, the value and unit after the bar, a note
    below it. ``title`` names the chart; the accessible description is ``description``
    followed by every datum (``label: value unit (note)``), since a screen reader reads an
    SVG with role="img" as its title and description only.
    """
    return _render(
        "charts/bar.svg.j2",
        bar_chart_layout(
            chart_id=chart_id,
            title=title,
            description=description,
            data=data,
            unit=unit,
            thai_digits=thai_digits,
        ),
    )


def column_chart_svg(
    *,
    chart_id: str,
    title: str,
    description: str,
    data: Sequence[Datum],
    unit: str,
    thai_digits: bool = False,
) -> Markup:
    """An inline SVG of vertical columns (months), short labels below, values above.

    The unit is written once, above the value axis. Notes are in the tooltips and the
    description only (there is no room for them under a column).
    """
    return _render(
        "charts/column.svg.j2",
        column_chart_layout(
            chart_id=chart_id,
            title=title,
            description=description,
            data=data,
            unit=unit,
            thai_digits=thai_digits,
        ),
    )
