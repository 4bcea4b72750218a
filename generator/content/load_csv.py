"""Stage 1 for spreadsheets: read a CSV saved from Excel, remembering each cell's row and column.

Excel writes UTF-8 with a byte order mark when asked for "CSV UTF-8"; older "CSV" saves use
the Thai Windows-874 code page, which gets a message saying how to save again. Rows that are
entirely empty (Excel leaves some at the end) are skipped.

Why load.read_text names Windows-874 by its own test (the bytes read as Thai letters in cp874)
rather than charset-normalizer (3.5, in the lock through requests), measured on Thai text
saved as cp874: charset-normalizer guesses cp932 for a two-line Thai CSV and for a Thai YAML
line, big5 for one Thai word, and cp874 only for a long memo (five lines), at 0.9–3.9 ms a
file against 0.01–0.5 ms. An agency's files are short Thai, where its guess would name the
wrong encoding in the message; the messages stay as they are.
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from prongsai.content.load import read_text
from prongsai.content.problems import Location, Problem
from prongsai.shared import limits


@dataclass(frozen=True)
class Cell:
    text: str
    """The cell as typed, without surrounding spaces."""
    row: int
    """The line of the file (1 = the header)."""
    column: int
    """The column, from 1 (A in Excel)."""


@dataclass(frozen=True)
class CsvTable:
    path: Path
    relative: str
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]

    def location(self, cell: Cell) -> Location:
        return Location(self.relative, cell.row, cell.column, spreadsheet=True)


def load_csv(path: Path, relative: str) -> tuple[CsvTable | None, list[Problem]]:
    text, problems = read_text(path, relative)
    if text is None:
        # The CSV came from Excel: say how to save it from Excel, not from Notepad.
        return None, [
            Problem("csv_not_utf8", p.location, context=p.context)
            if p.code == "file_not_utf8"
            else p
            for p in problems
        ]
    table, problem = _rows(text, relative)
    if problem is not None:
        return None, [problem]
    if not table:
        return None, [Problem("file_empty", Location(relative, 1, 1))]
    return CsvTable(path, relative, table[0], tuple(table[1:])), []


@contextlib.contextmanager
def _cell_limit(limit: int) -> Iterator[None]:
    """The csv module's cell limit is one global that other libraries raise (frictionless
    sets it to sys.maxsize): the limit of content cells must not depend on what ran before."""
    previous = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def _rows(text: str, relative: str) -> tuple[list[tuple[Cell, ...]], Problem | None]:
    """The non-empty rows, or the first row that cannot be read or crosses a limit."""
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    table: list[tuple[Cell, ...]] = []
    while True:
        try:
            with _cell_limit(limits.MAX_CSV_CELL):
                values = next(reader, None)
        except csv.Error as error:
            # A cell longer than the csv module accepts (128 KB), say: never a traceback.
            where = Location(relative, reader.line_num or 1)
            return table, Problem("csv_unreadable", where, context={"problem": str(error)})
        if values is None:
            return table, None
        if not any(value.strip() for value in values):
            continue
        line = reader.line_num
        if len(values) > limits.MAX_CSV_COLUMNS:
            where = Location(relative, line)
            return table, Problem(
                "csv_too_many_columns", where, context=_limit(limits.MAX_CSV_COLUMNS)
            )
        if len(table) > limits.MAX_CSV_ROWS:
            where = Location(relative, line)
            return table, Problem("csv_too_many_rows", where, context=_limit(limits.MAX_CSV_ROWS))
        table.append(tuple(Cell(v.strip(), line, i) for i, v in enumerate(values, start=1)))


def _limit(value: int) -> dict[str, str]:
    return {"limit": f"{value:,}"}
