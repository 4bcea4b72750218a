"""Thai calendar and text formatting: B.E. years, Thai month names, Thai digits.

Every date in the model is a Gregorian ``datetime.date``; conversion to and from the
Buddhist Era (B.E. = C.E. + 543) happens only here.

Why not pythainlp.util (in the lock since Thai search uses it), measured with pythainlp 5.4.0
on this 2-core machine over 28,575 grouped numbers and 12,000 dates: the output is identical
(0 differences), but ``thai_digit_to_arabic_digit`` takes 1,381 ns a call against 501 ns here,
``thai_strftime(d, "%-d %B %Y")`` 6,184 ns against 2,910 ns, and ``convert_years`` 451 ns
against 53 ns and returns a string; only ``arabic_digit_to_thai_digit`` is as fast (421 ns
against 453 ns). pythainlp has no reader for ``7 เม.ย. 2565`` or ``2565-04-07``
(``thaiword_to_date`` returns None) and no B.E. year checks with the messages below, and
importing pythainlp.util costs 60–100 ms in commands (check, import docx) that otherwise
never load it. So the two translate tables and the formats stay here.
"""

from __future__ import annotations

import datetime as dt
import re

BE_OFFSET = 543

MONTHS_FULL = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
MONTHS_SHORT = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
MONTHS_ENGLISH = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_THAI = str.maketrans("0123456789", _THAI_DIGITS)
_TO_ARABIC = str.maketrans(_THAI_DIGITS, "0123456789")

# Plausible B.E. years for an agency report; a C.E. year typed by mistake falls far below.
BE_YEAR_MIN = 2400
BE_YEAR_MAX = 2700


def to_thai_digits(text: str) -> str:
    return text.translate(_TO_THAI)


def to_arabic_digits(text: str) -> str:
    return text.translate(_TO_ARABIC)


def be_year(gregorian_year: int) -> int:
    return gregorian_year + BE_OFFSET


def ce_year(buddhist_year: int) -> int:
    return buddhist_year - BE_OFFSET


def is_be_year(year: int) -> bool:
    return BE_YEAR_MIN <= year <= BE_YEAR_MAX


def looks_like_ce_year(year: int) -> bool:
    """A year an editor most likely typed in C.E. (e.g. 2022 instead of 2565)."""
    return ce_year(BE_YEAR_MIN) <= year <= ce_year(BE_YEAR_MAX)


def format_date(date: dt.date, *, short: bool = False, thai_digits: bool = False) -> str:
    """``7 เมษายน 2565`` (or ``7 เม.ย. 2565`` with ``short``)."""
    months = MONTHS_SHORT if short else MONTHS_FULL
    text = f"{date.day} {months[date.month - 1]} {be_year(date.year)}"
    return to_thai_digits(text) if thai_digits else text


def format_period(start: dt.date, end: dt.date, *, thai_digits: bool = False) -> str:
    """``1 ตุลาคม 2564 – 31 มีนาคม 2565``."""
    first = format_date(start, thai_digits=thai_digits)
    last = format_date(end, thai_digits=thai_digits)
    return f"{first} – {last}"


def format_number(value: int, *, thai_digits: bool = False) -> str:
    text = str(value)
    return to_thai_digits(text) if thai_digits else text


def format_number_grouped(value: int, *, thai_digits: bool = False) -> str:
    """``12345`` → ``12,345``: counts in tables and charts."""
    text = f"{value:,}"
    return to_thai_digits(text) if thai_digits else text


def format_decimal(value: float, *, places: int = 1, thai_digits: bool = False) -> str:
    """``92.5``, ``-8.3``: percentages, with a fixed number of decimals."""
    text = f"{value:,.{places}f}"
    return to_thai_digits(text) if thai_digits else text


_SIZE_UNITS = (("ไบต์", 1), ("กิโลไบต์", 1024), ("เมกะไบต์", 1024**2), ("กิกะไบต์", 1024**3))


def format_file_size(size: int, *, thai_digits: bool = False) -> str:
    """``1536`` → ``1.5 กิโลไบต์`` (binary units, one decimal from kilobytes up)."""
    name, factor = next((unit for unit in reversed(_SIZE_UNITS) if size >= unit[1]), _SIZE_UNITS[0])
    text = str(size) if factor == 1 else f"{size / factor:,.1f}"
    text = f"{text} {name}"
    return to_thai_digits(text) if thai_digits else text


class ThaiDateError(ValueError):
    """A date text that cannot be read; ``reason`` is one of the message codes in messages.py."""

    def __init__(self, reason: str, **context: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.context = context


_MONTH_LOOKUP: dict[str, int] = {}
for _index, (_full, _short) in enumerate(zip(MONTHS_FULL, MONTHS_SHORT, strict=True), start=1):
    _MONTH_LOOKUP[_full] = _index
    _MONTH_LOOKUP[_short] = _index
    _MONTH_LOOKUP[_short.replace(".", "")] = _index

FISCAL_MONTHS = (10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9)
"""Calendar months in fiscal-year order: ต.ค. … ก.ย."""

_ENGLISH_MONTHS = {
    name.lower(): index for index, full in enumerate(MONTHS_ENGLISH, 1) for name in (full, full[:3])
}
_MONTH_YEAR = re.compile(r"^(?P<name>[^\d\s/-]+?)\.?\s*(?P<year>\d{2}|\d{4})?$")
_MONTH_NUMBER = re.compile(r"^(?:(?P<year>\d{4})-)?(?P<month>\d{1,2})(?:/(?P<year2>\d{2}|\d{4}))?$")


def parse_month(text: str) -> tuple[int, int | None]:
    """A month as staff write it in a column header: ``ต.ค.``, ``ต.ค``, ``ตุลาคม``, ``ต.ค. 64``,
    ``ต.ค.2564``, ``Oct``, ``10``, ``10/2564`` or ``2564-10``; Thai digits accepted.

    Returns (calendar month 1–12, B.E. year or None when not written); a two-digit year is
    read as 25xx. Raises ThaiDateError("month_unknown") otherwise.
    """
    cleaned = to_arabic_digits(" ".join(text.split()))
    month: int | None = None
    year_text: str | None = None
    match = _MONTH_NUMBER.match(cleaned)
    if match:
        month = int(match["month"])
        year_text = match["year"] or match["year2"]
    else:
        match = _MONTH_YEAR.match(cleaned)
        if match:
            name = match["name"].rstrip(".")
            month = _MONTH_LOOKUP.get(name) or _MONTH_LOOKUP.get(name + ".")
            month = month or _ENGLISH_MONTHS.get(name.lower())
            year_text = match["year"]
    if month is None or not 1 <= month <= 12:
        raise ThaiDateError("month_unknown", month=text)
    if year_text is None:
        return month, None
    year = int(year_text) + 2500 if len(year_text) == 2 else int(year_text)
    return month, year


def fiscal_year_of_month(month: int, be_year: int) -> int:
    """October to December belong to the next fiscal year: ต.ค. 2564 is in fiscal year 2565."""
    return be_year + 1 if month >= 10 else be_year


def month_label(
    month: int, fiscal_year: int, *, full: bool = False, thai_digits: bool = False
) -> str:
    """``ต.ค. 2564`` (or ``ตุลาคม 2564``) for October of fiscal year 2565: the month with
    its calendar year, B.E."""
    year = fiscal_year - 1 if month >= 10 else fiscal_year
    names = MONTHS_FULL if full else MONTHS_SHORT
    text = f"{names[month - 1]} {year}"
    return to_thai_digits(text) if thai_digits else text


_THAI_DATE = re.compile(r"^(\d{1,2})\s+(\S+?)\s+(?:พ\.ศ\.\s*)?(\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse_be_date(text: str) -> dt.date:
    """Read a B.E. date written as ``7 เมษายน 2565``, ``7 เม.ย. 2565`` or ``2565-04-07``.

    Thai digits are accepted. Raises ThaiDateError with a reason code on failure.
    """
    cleaned = to_arabic_digits(" ".join(text.split()))
    match = _THAI_DATE.match(cleaned)
    if match:
        day, month_name, year = int(match[1]), match[2], int(match[3])
        month = _MONTH_LOOKUP.get(month_name)
        if month is None:
            raise ThaiDateError("date_unknown_month", month=month_name)
    else:
        match = _ISO_DATE.match(cleaned)
        if not match:
            raise ThaiDateError("date_format")
        year, month, day = int(match[1]), int(match[2]), int(match[3])
        if not 1 <= month <= 12:
            raise ThaiDateError("date_unknown_month", month=match[2])
    return be_date(year, month, day)


def be_date(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of day/month/B.E. year, checking the year is B.E. and the day exists."""
    if not is_be_year(year):
        if looks_like_ce_year(year):
            raise ThaiDateError("date_ce_year", year=year, suggestion=be_year(year))
        raise ThaiDateError("date_year_range", year=year)
    try:
        return dt.date(ce_year(year), month, day)
    except ValueError:
        last_day = _days_in_month(ce_year(year), month)
        raise ThaiDateError(
            "date_impossible",
            day=day,
            month=MONTHS_FULL[month - 1],
            month_en=MONTHS_ENGLISH[month - 1],
            year=year,
            last_day=last_day,
        ) from None


def _days_in_month(year: int, month: int) -> int:
    next_month = dt.date(year + month // 12, month % 12 + 1, 1)
    return (next_month - dt.timedelta(days=1)).day
