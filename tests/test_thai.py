import datetime as dt

import pytest

from prongsai.shared import thai


@pytest.mark.parametrize(
    ("date", "full", "short"),
    [
        (dt.date(2022, 4, 7), "7 เมษายน 2565", "7 เม.ย. 2565"),
        (dt.date(2021, 10, 1), "1 ตุลาคม 2564", "1 ต.ค. 2564"),
        (dt.date(2024, 2, 29), "29 กุมภาพันธ์ 2567", "29 ก.พ. 2567"),
        (dt.date(2022, 12, 31), "31 ธันวาคม 2565", "31 ธ.ค. 2565"),
    ],
)
def test_dates_are_shown_in_buddhist_era_with_thai_months(date, full, short):
    assert thai.format_date(date) == full
    assert thai.format_date(date, short=True) == short


def test_thai_digits_are_applied_to_every_digit():
    assert thai.format_date(dt.date(2022, 4, 7), thai_digits=True) == "๗ เมษายน ๒๕๖๕"
    assert thai.to_arabic_digits("๑๒/๒๕๖๕") == "12/2565"


def test_a_period_joins_two_dates_with_an_en_dash():
    period = thai.format_period(dt.date(2021, 10, 1), dt.date(2022, 3, 31))
    assert period == "1 ตุลาคม 2564 – 31 มีนาคม 2565"


@pytest.mark.parametrize(
    "text",
    [
        "7 เมษายน 2565",
        "7 เม.ย. 2565",
        "7 เมย 2565",
        "๗ เมษายน ๒๕๖๕",
        "2565-04-07",
        "7 เมษายน พ.ศ. 2565",
        "  7   เมษายน  2565 ",
    ],
)
def test_the_ways_editors_write_a_date_are_read(text):
    assert thai.parse_be_date(text) == dt.date(2022, 4, 7)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("31 กุมภาพันธ์ 2565", "date_impossible"),
        ("2565-02-29", "date_impossible"),
        ("7 April 2565", "date_unknown_month"),
        ("2565-13-01", "date_unknown_month"),
        ("7 เมษายน 2022", "date_ce_year"),
        ("2022-04-07", "date_ce_year"),
        ("7 เมษายน 1000", "date_year_range"),
        ("เมษายน 2565", "date_format"),
    ],
)
def test_unreadable_dates_say_why(text, reason):
    with pytest.raises(thai.ThaiDateError) as caught:
        thai.parse_be_date(text)
    assert caught.value.reason == reason


def test_a_leap_day_exists_in_a_leap_year():
    assert thai.parse_be_date("29 กุมภาพันธ์ 2567") == dt.date(2024, 2, 29)


def test_the_impossible_date_names_the_last_day_of_the_month():
    with pytest.raises(thai.ThaiDateError) as caught:
        thai.parse_be_date("31 เมษายน 2565")
    assert caught.value.context["last_day"] == 30


@pytest.mark.parametrize(
    ("year", "is_be", "looks_ce"),
    [(2565, True, False), (2022, False, True), (1999, False, True), (999, False, False)],
)
def test_be_and_ce_years_are_told_apart(year, is_be, looks_ce):
    assert thai.is_be_year(year) is is_be
    assert thai.looks_like_ce_year(year) is looks_ce


# ---- months in statistics headers -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ต.ค.", (10, None)),
        ("ต.ค", (10, None)),
        ("ตค", (10, None)),
        ("ตุลาคม", (10, None)),
        ("ต.ค. 64", (10, 2564)),
        ("ต.ค.2564", (10, 2564)),
        ("ตุลาคม 2564", (10, 2564)),
        ("Oct", (10, None)),
        ("october", (10, None)),
        ("10", (10, None)),
        ("๑๐", (10, None)),
        ("10/2564", (10, 2564)),
        ("2564-10", (10, 2564)),
        ("มี.ค.", (3, None)),
        (" ก.ย.  2566 ", (9, 2566)),
    ],
)
def test_months_in_the_forms_staff_type(text, expected):
    assert thai.parse_month(text) == expected


@pytest.mark.parametrize("text", ["ตุลา", "13", "0", "เดือนแรก", "", "2564"])
def test_what_is_not_a_month(text):
    with pytest.raises(thai.ThaiDateError) as error:
        thai.parse_month(text)
    assert error.value.reason == "month_unknown"


def test_october_to_december_belong_to_the_next_fiscal_year():
    assert thai.fiscal_year_of_month(10, 2564) == 2565
    assert thai.fiscal_year_of_month(9, 2565) == 2565
    assert thai.month_label(10, 2565) == "ต.ค. 2564"
    assert thai.month_label(1, 2565, full=True) == "มกราคม 2565"
    assert thai.format_number_grouped(1234567, thai_digits=True) == "๑,๒๓๔,๕๖๗"
    assert thai.format_decimal(-8.333) == "-8.3"
