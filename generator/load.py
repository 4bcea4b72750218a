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

from prongsai.problems import Location, Problem

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


def read_text(path: Path, relative: str) -> tuple[str | None, list[Problem]]:
    """The file's text, or the problems that make it unreadable (empty, not UTF-8)."""
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]  # Notepad's UTF-8 byte order mark
    if not raw.strip():
        return None, [Problem("file_empty", Location(relative, 1, 1))]
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        return None, [
            Problem("file_not_utf8", Location(relative, line, column), context=_guess_encoding(raw))
        ]


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


def _compose(text: str) -> list[yaml.Node]:
    try:
        return list(yaml.compose_all(text, Loader=_FAST_LOADER))
    except yaml.MarkedYAMLError:
        return list(yaml.compose_all(text, Loader=yaml.SafeLoader))


def parse_yaml(text: str, relative: str, path: Path) -> tuple[Document | None, list[Problem]]:
    try:
        nodes = _compose(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        quote = _unclosed_quote(text, mark.line if mark else len(text.splitlines()))
        if quote is not None:
            return None, [Problem("yaml_unclosed_quote", Location(relative, *quote))]
        problem_text = error.problem or "syntax error"
        return None, [
            Problem(
                "yaml_syntax",
                Location(relative, mark.line + 1 if mark else 1, mark.column + 1 if mark else 1),
                context={
                    "problem": problem_text,
                    "problem_th": _SYNTAX_THAI.get(problem_text, problem_text),
                },
            )
        ]
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
        if isinstance(node, yaml.MappingNode):
            return dict(self._mapping_items(node, path))
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, index)) for index, item in enumerate(node.value)]
        kind = _TAG_KINDS.get(node.tag, "str")
        self.scalars[path] = Scalar(mark[0], mark[1], node.value, kind)
        return self._scalar(node)

    def _mapping_items(self, node: yaml.MappingNode, path: FieldPath) -> Iterator[tuple[str, Any]]:
        self.constructor.flatten_mapping(node)  # resolves '<<' merge keys
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            # Keys are always taken as written: `no:` is the key "no", not False.
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
            key_line = key_node.start_mark.line + 1
            if key in seen:
                self.problems.append(
                    Problem(
                        "yaml_duplicate_key",
                        Location(self.relative, key_line, key_node.start_mark.column + 1),
                        field_path=dotted((*path, key)),
                        context={"key": key, "first_line": seen[key]},
                    )
                )
                continue
            seen[key] = key_line
            self.key_marks[(*path, key)] = (key_line, key_node.start_mark.column + 1)
            yield key, self.build(value_node, (*path, key))

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        if node.tag == _STR_TAG:
            return node.value  # most values: no construction needed
        try:
            return self.constructor.construct_object(node, deep=True)
        except ValueError:
            # An impossible unquoted date such as 2565-02-31: keep the text so that the
            # date field can say exactly what is wrong with it.
            return node.value


def dotted(path: FieldPath) -> str:
    """``("memo", "signatories", 0, "name")`` → ``memo.signatories[0].name`` (as messages say)."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def load_file(path: Path, relative: str) -> tuple[Document | None, list[Problem]]:
    """Read one YAML file; ``relative`` is the path shown to the editor in messages."""
    text, problems = read_text(path, relative)
    if text is None:
        return None, problems
    return parse_yaml(text, relative, path)
