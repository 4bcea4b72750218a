"""Every CSV the site publishes, written one way: safe to open in a spreadsheet.

Excel, LibreOffice and Google Sheets run a cell that starts with ``=``, ``+``, ``-`` or
``@`` as a formula (tab and carriage return can hide one), so a service name or an OIT
explanation typed as ``=HYPERLINK("https://evil/…","คลิก")`` would become a live link or a
command in the assessor's spreadsheet. OWASP's rule (CSV injection) is applied to every
text cell: such a cell gets a single quote in front, which spreadsheets show as plain text,
and the csv module quotes the cell whenever it holds a comma, a quote or a line break.
Real numbers (``-3``, ``92.5``) are left alone so that they stay numbers, and so is a lone
``-`` (the "no figure" mark of Thai tables), which no spreadsheet reads as a formula.

A CSV *document* under content/ is published byte for byte (its SHA-256 is shown), so it
cannot be rewritten: ``check_documents`` reports such cells at the check stage instead.

The files carry a byte order mark and CRLF line ends: Excel opens a CSV as UTF-8 only when
it starts with the mark (otherwise Thai is garbled).
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from prongsai.content.layout import display_path
from prongsai.content.problems import Location, Problem

if TYPE_CHECKING:
    from prongsai.content.validate import ValidContent

BYTE_ORDER_MARK = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet may read as the start of a formula (OWASP, CSV injection)."""
QUOTE_PREFIX = "'"
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
"""A number that a spreadsheet reads as that number and nothing else (``-3``, ``-1e+16``)."""


def could_run(text: str) -> bool:
    """Whether a spreadsheet could read this text cell as a formula."""
    return text.startswith(FORMULA_STARTS) and text != "-" and not _PLAIN_NUMBER.fullmatch(text)


def safe_cell(value: Any) -> Any:
    """``value`` as it may go into a CSV cell: text that could start a formula is quoted.

    Numbers (int, float, and text such as ``-3`` that is exactly a number) are unchanged;
    ``None`` becomes an empty cell.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
        return value
    text = str(value)
    return QUOTE_PREFIX + text if could_run(text) else text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A whole CSV file for Excel (byte order mark, CRLF), every cell through ``safe_cell``."""
    buffer = io.StringIO()
    # QUOTE_MINIMAL quotes a cell with a comma, a double quote or a line break in it, so a
    # quoted formula can never spill into the next cell.
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([safe_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return BYTE_ORDER_MARK + buffer.getvalue()


_INVISIBLE = {"\t": "Tab", "\r": "CR"}


def check_documents(content: ValidContent) -> list[Problem]:
    """A cell of a published CSV document that a spreadsheet would run as a formula."""
    problems: list[Problem] = []
    for document in content.documents.values():
        if document.source.suffix.lower() != ".csv":
            continue
        shown = display_path(document.source)
        try:
            text = document.source.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError):
            continue  # not UTF-8: Excel shows it garbled anyway, formulas included
        first_line = text.split("\n", 1)[0]
        delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            for values in reader:
                for column, value in enumerate(values, start=1):
                    if could_run(value):
                        where = Location(shown, reader.line_num, column, spreadsheet=True)
                        first = _INVISIBLE.get(value[0], value[0])
                        problems.append(
                            Problem("csv_document_formula", where, context={"first": first})
                        )
        except csv.Error:
            continue
    return problems
