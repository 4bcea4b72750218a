"""Stage 1: read content files into plain data, remembering where every value came from.

YAML is parsed with PyYAML's composer so that each value keeps its line and column and its
source text (``010`` stays visible even though YAML 1.1 reads it as 8). Values are built
with the safe constructor; nothing here judges whether the data is right, except what
cannot even be read (encoding, syntax, duplicate keys).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from prongsai.content.problems import Location, Problem
from prongsai.content.walk import read_regular_bytes
from prongsai.shared import limits

FieldPath = tuple[str | int, ...]

# YAML 1.1 tags an editor does not see; named so messages can say what YAML made of a value.
_TAG_KINDS = {
    "tag:yaml.org,2002:bool": "bool",
    "tag:yaml.org,2002:int": "int",
    "tag:yaml.org,2002:float": "float",
    "tag:yaml.org,2002:timestamp": "date",
    "tag:yaml.org,2002:null": "null",
    "tag:yaml.org,2002:str": "str",
}


_STR_TAG = "tag:yaml.org,2002:str"
_INT_TAG = "tag:yaml.org,2002:int"
_MERGE_TAG = "tag:yaml.org,2002:merge"
_COLLECTION_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


@dataclass(frozen=True)
class Scalar:
    """Where a scalar value stands in its file and how it was written there."""

    line: int
    column: int
    source: str
    kind: str


@dataclass
class Document:
    """One content file: its data plus the position of every key and value."""

    path: Path
    relative: str
    data: Any
    value_marks: dict[FieldPath, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[FieldPath, tuple[int, int]] = field(default_factory=dict)
    scalars: dict[FieldPath, Scalar] = field(default_factory=dict)

    def location(self, path: FieldPath, *, key: bool = False) -> Location:
        """The closest known position of ``path`` (its key with ``key``, else its value)."""
        marks = (self.key_marks, self.value_marks) if key else (self.value_marks, self.key_marks)
        probe = tuple(path)
        while True:
            for table in marks:
                if probe in table:
                    line, column = table[probe]
                    return Location(self.relative, line, column)
            if not probe:
                return Location(self.relative, 1, 1)
            probe = probe[:-1]

    def line_of(self, path: FieldPath) -> int:
        return self.location(path).line or 1


def read_text(
    path: Path, relative: str, *, follow_links: bool = False
) -> tuple[str | None, list[Problem]]:
    """The file's text, or the problems that make it unreadable: empty, too large, not
    UTF-8, or holding control characters. ``follow_links`` only for Prongsai's own files."""
    try:
        raw = read_regular_bytes(path, limits.MAX_FILE_BYTES, follow_links=follow_links)
    except OSError:
        return None, [Problem("content_unreadable", Location(relative), context={"path": relative})]
    if raw is None:
        limit = f"{limits.MAX_FILE_BYTES // (1024 * 1024)} MB"
        return None, [Problem("file_too_large", Location(relative, 1, 1), context={"limit": limit})]
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]  # Notepad's UTF-8 byte order mark
    if not raw.strip():
        return None, [Problem("file_empty", Location(relative, 1, 1))]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        return None, [
            Problem("file_not_utf8", Location(relative, line, column), context=_guess_encoding(raw))
        ]
    found = limits.control_characters(text)
    if found:
        return None, [
            _control_character(Location(relative, line, column), character)
            for line, column, character in found
        ]
    return text, []


def _control_character(where: Location, character: str, field_path: str = "") -> Problem:
    return Problem(
        "control_character",
        where,
        field_path,
        context={"character": limits.character_name(character)},
    )


def _guess_encoding(raw: bytes) -> dict[str, str]:
    """Name Windows-874 / TIS-620 when the bytes read as Thai in it, as most such files do."""
    try:
        text = raw.decode("cp874")
    except UnicodeDecodeError:
        return {"encoding_th": "", "encoding_en": ""}
    thai_letters = sum("\u0e00" <= ch <= "\u0e7f" for ch in text)
    if thai_letters:
        return {
            "encoding_th": " (ดูเหมือนบันทึกเป็น Windows-874/TIS-620 แบบเก่า)",
            "encoding_en": " (it looks like the old Thai Windows-874/TIS-620 encoding)",
        }
    return {"encoding_th": "", "encoding_en": ""}


_SYNTAX_THAI = {
    "found character '\\t' that cannot start any token": "มีแท็บ (Tab) ซึ่งใช้ย่อหน้าไม่ได้",
    "mapping values are not allowed here": "มีเครื่องหมาย : ในที่ที่ไม่ควรมี",
    "could not find expected ':'": "ไม่พบเครื่องหมาย : หลังชื่อช่อง",
    "found unexpected end of stream": "ไฟล์จบก่อนปิดเครื่องหมายคำพูด",
    "expected <block end>, but found '<block mapping start>'": "การย่อหน้าไม่ตรงกัน",
    "expected <block end>, but found '-'": "การย่อหน้าของรายการ (-) ไม่ตรงกัน",
    "expected <block end>, but found '<scalar>'": "การย่อหน้าไม่ตรงกัน",
}


# libyaml's parser is about ten times faster than PyYAML's pure-Python one and gives the
# same nodes and marks; its error wording differs, so errors are re-read in pure Python,
# whose wording the Thai messages above translate.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _compose(text: str, relative: str) -> tuple[list[yaml.Node], Problem | None]:
    """The file's nodes, or the limit it crosses (limits.py); raises YAML syntax errors."""
    try:
        problem = _limit_crossed(yaml.parse(text, Loader=_FAST_LOADER), relative)
        if problem is not None:
            return [], problem
        return list(yaml.compose_all(text, Loader=_FAST_LOADER)), None
    except yaml.MarkedYAMLError:
        # Read again in pure Python for its wording; its parser also keeps to the limits
        # (it is not recursive, but its composer is).
        problem = _limit_crossed(yaml.parse(text, Loader=yaml.SafeLoader), relative)
        if problem is not None:
            return [], problem
        return list(yaml.compose_all(text, Loader=yaml.SafeLoader)), None


def _limit_crossed(events: Iterator[yaml.Event], relative: str) -> Problem | None:
    """The first limit the file crosses, read from its parser events before any node is built.

    Events come one at a time and nothing is expanded, so a billion laughs or ten thousand
    nested brackets stop at the event that crosses the limit, with its line and column.
    ``sizes`` holds how many values each anchor stands for once its aliases are expanded.
    """
    open_collections: list[list[Any]] = []  # [values so far, anchor] of each open list/set
    sizes: dict[str, int] = {}
    open_anchors: set[str] = set()
    aliases = values = 0
    for event in events:
        kind = type(event)
        if kind is yaml.ScalarEvent:
            count = 1
            if event.anchor is not None:
                sizes[event.anchor] = 1
                open_anchors.discard(event.anchor)
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            if len(open_collections) >= limits.MAX_DEPTH:
                return _crossed("yaml_too_deep", event, relative, limit=limits.MAX_DEPTH)
            open_collections.append([1, event.anchor])
            if event.anchor is not None:
                open_anchors.add(event.anchor)
            values += 1
            continue
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            size, anchor = open_collections.pop()
            if anchor is not None:
                sizes[anchor] = size
                open_anchors.discard(anchor)
            if open_collections:
                open_collections[-1][0] += size
            continue
        elif kind is yaml.AliasEvent:
            aliases += 1
            if aliases > limits.MAX_ALIASES:
                return _crossed("yaml_too_many_aliases", event, relative, limit=limits.MAX_ALIASES)
            if event.anchor in open_anchors:
                return _crossed("yaml_alias_recursive", event, relative, anchor=event.anchor)
            count = sizes.get(event.anchor, 1)  # an unknown anchor: the composer says so
            if values + count > limits.MAX_VALUES:
                limit = f"{limits.MAX_VALUES:,}"
                return _crossed("yaml_alias_expansion", event, relative, limit=limit)
        else:
            continue  # stream and document events
        values += count
        if open_collections:
            open_collections[-1][0] += count
    return None


def _crossed(code: str, event: yaml.Event, relative: str, **context: Any) -> Problem:
    where = Location(relative, event.start_mark.line + 1, event.start_mark.column + 1)
    return Problem(code, where, context=context)


def parse_yaml(text: str, relative: str, path: Path) -> tuple[Document | None, list[Problem]]:
    try:
        nodes, crossed = _compose(text, relative)
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_problem(error, text, relative)]
    except yaml.YAMLError as error:
        # Not expected once read_text has refused control characters; never a traceback.
        context = {"problem": str(error), "problem_th": str(error)}
        return None, [Problem("yaml_syntax", Location(relative, 1, 1), context=context)]
    if crossed is not None:
        return None, [crossed]
    if not nodes or nodes[0] is None:
        return None, [Problem("file_empty", Location(relative, 1, 1))]
    if len(nodes) > 1:
        mark = nodes[1].start_mark
        return None, [
            Problem("yaml_multiple_documents", Location(relative, mark.line + 1, mark.column + 1))
        ]
    builder = _Builder(relative, path)
    data = builder.build(nodes[0], ())
    return builder.document(data), builder.problems


def _syntax_problem(error: yaml.MarkedYAMLError, text: str, relative: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    quote = _unclosed_quote(text, mark.line if mark else len(text.splitlines()))
    if quote is not None:
        return Problem("yaml_unclosed_quote", Location(relative, *quote))
    problem_text = error.problem or "syntax error"
    return Problem(
        "yaml_syntax",
        Location(relative, mark.line + 1 if mark else 1, mark.column + 1 if mark else 1),
        context={
            "problem": problem_text,
            "problem_th": _SYNTAX_THAI.get(problem_text, problem_text),
        },
    )


def _unclosed_quote(text: str, last_line: int) -> tuple[int, int] | None:
    """Line and column of a double quote opened and never closed on its line, if any.

    PyYAML reports such a slip where it finally gives up, often many lines later; the
    editor needs the line where the quote was opened.
    """
    for number, line in enumerate(text.splitlines()[: last_line + 1], start=1):
        code = line.split(" #", 1)[0]
        quotes = [i for i, ch in enumerate(code) if ch == '"' and (i == 0 or code[i - 1] != "\\")]
        if len(quotes) % 2 == 1 and "'" not in code[: quotes[0]]:
            return number, quotes[-1] + 1
    return None


class _Builder:
    """Turns a composed node tree into Python data and a position map."""

    def __init__(self, relative: str, path: Path) -> None:
        self.relative = relative
        self.path = path
        self.constructor = yaml.SafeLoader("")
        self.value_marks: dict[FieldPath, tuple[int, int]] = {}
        self.key_marks: dict[FieldPath, tuple[int, int]] = {}
        self.scalars: dict[FieldPath, Scalar] = {}
        self.problems: list[Problem] = []

    def document(self, data: Any) -> Document:
        return Document(
            self.path, self.relative, data, self.value_marks, self.key_marks, self.scalars
        )

    def build(self, node: yaml.Node, path: FieldPath) -> Any:
        mark = (node.start_mark.line + 1, node.start_mark.column + 1)
        self.value_marks[path] = mark
        if isinstance(node, yaml.MappingNode | yaml.SequenceNode):
            if node.tag not in _COLLECTION_TAGS:
                self._problem("yaml_tag", mark, path, tag=node.tag)
            if isinstance(node, yaml.SequenceNode):
                return [self.build(item, (*path, index)) for index, item in enumerate(node.value)]
            return dict(self._mapping_items(node, path))
        kind = _TAG_KINDS.get(node.tag, "str")
        self.scalars[path] = Scalar(mark[0], mark[1], node.value, kind)
        if node.tag not in _TAG_KINDS:
            # !!binary, !!python/…, !custom: nothing content needs; never constructed.
            self._problem("yaml_tag", mark, path, tag=node.tag)
            return node.value
        value = self._scalar(node)
        if _too_long(node, value):
            source = short_source(node.value)
            self._problem("number_too_long", mark, path, source=source, limit=limits.MAX_DIGITS)
            return node.value
        if node.style == '"' and isinstance(value, str):
            self._check_characters(value, mark, path)
        return value

    def _mapping_items(self, node: yaml.MappingNode, path: FieldPath) -> Iterator[tuple[str, Any]]:
        try:
            self.constructor.flatten_mapping(node)  # resolves '<<' merge keys
        except yaml.MarkedYAMLError:
            # A merge key naming a number or text: say so at the '<<' (its value is dropped).
            merge = next((k for k, _ in node.value if k.tag == _MERGE_TAG), node)
            mark = merge.start_mark
            self._problem("yaml_merge_invalid", (mark.line + 1, mark.column + 1), path)
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE_TAG:
                continue  # left only by a merge that failed, and reported above
            # Keys are always taken as written: `no:` is the key "no", not False.
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
            key_mark = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if isinstance(key_node, yaml.ScalarNode) and key_node.style == '"':
                self._check_characters(key, key_mark, (*path, key))
            if key in seen:
                self.problems.append(
                    Problem(
                        "yaml_duplicate_key",
                        Location(self.relative, *key_mark),
                        field_path=dotted((*path, key)),
                        context={"key": key, "first_line": seen[key]},
                    )
                )
                continue
            seen[key] = key_mark[0]
            self.key_marks[(*path, key)] = key_mark
            yield key, self.build(value_node, (*path, key))

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        if node.tag == _STR_TAG:
            return node.value  # most values: no construction needed
        if node.tag == _INT_TAG and len(node.value) > _LONGEST_INT_SOURCE:
            return None  # not even built: base 60 (1:2:3…) grows without bound; see _too_long
        try:
            return self.constructor.construct_object(node, deep=True)
        except ValueError:
            # An impossible unquoted date such as 2565-02-31: keep the text so that the
            # date field can say exactly what is wrong with it.
            return node.value

    def _check_characters(self, text: str, mark: tuple[int, int], path: FieldPath) -> None:
        # Raw control characters were refused with the text (read_text); only a double-quoted
        # scalar can still hold one, written as an escape ("\x07", "\u0000").
        character = limits.first_control_character(text)
        if character is not None:
            where = Location(self.relative, *mark)
            self.problems.append(_control_character(where, character, dotted(path)))

    def _problem(self, code: str, mark: tuple[int, int], path: FieldPath, **context: Any) -> None:
        where = Location(self.relative, *mark)
        self.problems.append(Problem(code, where, dotted(path), context=context))


# Longer than any int of MAX_DIGITS digits could be written (signs, underscores, 0x…).
_LONGEST_INT_SOURCE = 3 * limits.MAX_DIGITS


def _too_long(node: yaml.ScalarNode, value: Any) -> bool:
    if node.tag != _INT_TAG:
        return False
    if len(node.value) > _LONGEST_INT_SOURCE:
        return True
    return isinstance(value, int) and abs(value) >= 10**limits.MAX_DIGITS


def short_source(text: str) -> str:
    """A long value cut for a message: the editor recognises it by its start."""
    return text if len(text) <= 24 else f"{text[:20]}…"


def dotted(path: FieldPath) -> str:
    """``("memo", "signatories", 0, "name")`` → ``memo.signatories[0].name`` (as messages say)."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def load_file(
    path: Path, relative: str, *, follow_links: bool = False
) -> tuple[Document | None, list[Problem]]:
    """Read one YAML file; ``relative`` is the path shown to the editor in messages.

    ``path`` comes from the walk of content/ (walk.py); ``follow_links`` is only for
    Prongsai's own files (the shipped catalogues), which some installers link."""
    text, problems = read_text(path, relative, follow_links=follow_links)
    if text is None:
        return None, problems
    return parse_yaml(text, relative, path)


class SourceTexts:
    """Content files as the editor sees them (universal newlines, no byte order mark), each
    read once: a finding inside a multi-line value is placed at its own line."""

    def __init__(self) -> None:
        self._texts: dict[Path, str | None] = {}

    def get(self, path: Path) -> str | None:
        if path not in self._texts:
            try:
                raw = read_regular_bytes(path, limits.MAX_FILE_BYTES)
                text = None if raw is None else raw.decode("utf-8-sig")
            except (OSError, UnicodeDecodeError):
                text = None
            # Universal newlines: CRLF files count lines as YAML does.
            self._texts[path] = (
                None if text is None else text.replace("\r\n", "\n").replace("\r", "\n")
            )
        return self._texts[path]


def text_offset(text: str, line: int, column: int) -> int:
    """Index in ``text`` of a 1-based line and column."""
    index = 0
    for _ in range(line - 1):
        newline = text.find("\n", index)
        if newline < 0:
            return len(text)
        index = newline + 1
    return index + column - 1
