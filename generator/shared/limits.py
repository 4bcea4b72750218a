"""How much one content file may ask of Prongsai (#13: content is untrusted input).

Each limit is far above what a real report needs and far below what hurts a build: a 1 KB
YAML "billion laughs" (aliases of aliases) used to run for most of a minute and end in
MemoryError; 10,000 nested brackets, or an anchor used inside itself, ended in
RecursionError. Crossing a limit is an error at the file, line and column where it happens,
in the editor's words (messages.py), never a traceback.
"""

from __future__ import annotations

import re
import unicodedata

MAX_FILE_BYTES = 2 * 1024 * 1024
"""A YAML or CSV file: 2 MiB. The seed's 40-measure report is 19 KB, 50 services × 12 months
of statistics about 10 KB; a file a hundred times larger is not typed by hand."""

MAX_DEPTH = 50
"""Lists and sets nested in one another. A round report nests 6 deep (measures → sections →
measures → steps); Python's own stack ends near 1,000, and each level costs several frames."""

MAX_ALIASES = 200
"""Uses of ``*anchor`` in one file. Content rarely needs any; 200 is generous, and it also
bounds a chain of merges (``<<: *previous``), which PyYAML follows by recursion."""

MAX_VALUES = 100_000
"""Values in one file once every ``*anchor`` is replaced by what it names (keys, values and
list items each count one). The seed report has about 700; a billion laughs has 10⁹."""

MAX_DIGITS = 15
"""Digits of a whole number: the most that Excel keeps exactly, far more than any count of
services, and small enough that sums stay exact in charts and JSON."""

MAX_CSV_COLUMNS = 200
"""Cells in one CSV row: a dataset has a service, a unit, an office, 12 months, a total and a
satisfaction; 200 leaves room for notes and still stops a megabyte of commas."""

MAX_CSV_ROWS = 10_000
"""Rows of one CSV file: a year's services of the largest municipality fit many times."""

MAX_CSV_CELL = 131_072
"""Characters in one CSV cell (the csv module's default limit, kept whatever else changed it)."""

MAX_REPORTED_PER_FILE = 10
"""Lines with a control character reported per file: a binary file saved as .yml would
otherwise print one message per line; the first ten show what to fix."""


# Control characters other than tab and line feed (and the carriage return of a Windows
# CRLF), lone UTF-16 surrogates and the two non-characters U+FFFE / U+FFFF: invisible in an
# editor, and not allowed in the XML of the feed and the sitemap.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]|\r(?!\n)")


def control_characters(text: str) -> list[tuple[int, int, str]]:
    """(line, column, character) of the first forbidden character of each line, in order."""
    found: list[tuple[int, int, str]] = []
    position, line = 0, 1
    while len(found) < MAX_REPORTED_PER_FILE:
        match = _FORBIDDEN.search(text, position)
        if match is None:
            break
        start = match.start()
        line += text.count("\n", position, start)
        found.append((line, start - (text.rfind("\n", 0, start) + 1) + 1, match.group()))
        # One report per line: go on from the end of this line (counting is linear).
        position = text.find("\n", start)
        if position < 0:
            break
    return found


def first_control_character(text: str) -> str | None:
    match = _FORBIDDEN.search(text)
    return match.group() if match else None


def character_name(character: str) -> str:
    """``U+0001``, with the Unicode name when it has one: what the editor can search for."""
    code = f"U+{ord(character):04X}"
    name = unicodedata.name(character, "")
    return f"{code} {name}" if name else code


def printable(text: str, *, one_line: bool = False) -> str:
    """``text`` with control characters written as ``\\x1b``; tab and line ends (CR, LF) are
    kept unless ``one_line`` (a file name).

    Messages quote what the editor wrote (a key, a value, a file name): printed raw, an
    escape sequence in content could move the cursor or recolour the terminal or the CI log
    that shows the message.
    """
    pattern = _ANY_CONTROL if one_line else _UNPRINTABLE
    if not pattern.search(text):
        return text
    return pattern.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_ANY_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
