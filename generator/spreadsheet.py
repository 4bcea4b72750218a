"""Every CSV the site publishes, written one way: safe to open in a spreadsheet.

Excel, LibreOffice and Google Sheets run a cell that starts with ``=``, ``+``, ``-`` or
``@`` as a formula (tab and carriage return can hide one), so a service name or an OIT
explanation typed as ``=HYPERLINK("https://evil/…","คลิก")`` would become a live link or a
command in the assessor's spreadsheet. OWASP's rule (CSV injection) is applied to every
text cell: such a cell gets a single quote in front, which spreadsheets show as plain text,
and the csv module quotes the cell whenever it holds a comma, a quote or a line break.
Real numbers (``-3``, ``92.5``) are left alone so that they stay numbers.

The files carry a byte order mark and CRLF line ends: Excel opens a CSV as UTF-8 only when
it starts with the mark (otherwise Thai is garbled).
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable, Sequence
from typing import Any

BYTE_ORDER_MARK = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet may read as the start of a formula (OWASP, CSV injection)."""
QUOTE_PREFIX = "'"
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
"""A number that a spreadsheet reads as that number and nothing else (``-3``, ``-1e+16``)."""


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
    if text.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text):
        return QUOTE_PREFIX + text
    return text


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
