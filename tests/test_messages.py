"""The message catalogue is complete both ways (#14): every code in messages.MESSAGES is used by
the engine, and every code the engine uses is in the catalogue.

A use is a string literal equal to the code anywhere in generator/ (outside messages.py), or an
f-string that builds it from literals (``f"hub_{self.kind}"`` with ``"timeout"`` written
somewhere; the personal-data codes are ``f"{kind}_in_document"``). Uses checked for existence are
``Problem("<code>", …)`` and ``MESSAGES["<code>"]``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from prongsai.shared.messages import MESSAGES

GENERATOR = Path(__file__).resolve().parent.parent / "generator"
CATALOGUE = GENERATOR / "shared" / "messages.py"


def _trees() -> list[tuple[Path, ast.Module]]:
    return [
        (path, ast.parse(path.read_text("utf-8")))
        for path in sorted(GENERATOR.rglob("*.py"))
        if path != CATALOGUE
    ]


def _pattern(node: ast.JoinedStr) -> re.Pattern[str] | None:
    parts = [
        re.escape(v.value) if isinstance(v, ast.Constant) else "([a-z_]+)" for v in node.values
    ]
    literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    return re.compile("".join(parts)) if len(re.sub("[^a-z]", "", literal)) >= 3 else None


def _uses() -> tuple[set[str], list[re.Pattern[str]], list[tuple[str, int, str]]]:
    literals: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    named: list[tuple[str, int, str]] = []
    for path, tree in _trees():
        where = path.relative_to(GENERATOR).as_posix()
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
            elif isinstance(node, ast.JoinedStr) and (pattern := _pattern(node)):
                patterns.append(pattern)
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", None)) == "Problem"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                named.append((where, node.lineno, node.args[0].value))
            if (
                isinstance(node, ast.Subscript)
                and ast.unparse(node.value).endswith("MESSAGES")
                and isinstance(node.slice, ast.Constant)
            ):
                named.append((where, node.lineno, node.slice.value))
    return literals, patterns, named


LITERALS, PATTERNS, NAMED = _uses()


def _built(code: str) -> bool:
    """An f-string makes ``code`` from literal parts and values that are literals themselves
    (``f"hub_{self.kind}"`` with ``kind="timeout"`` somewhere in the engine)."""
    for pattern in PATTERNS:
        match = pattern.fullmatch(code)
        if match and all(group in LITERALS for group in match.groups()):
            return True
    return False


def test_every_message_code_is_used_by_the_engine():
    unused = [code for code in MESSAGES if code not in LITERALS and not _built(code)]
    assert unused == []


def test_every_code_the_engine_names_is_in_the_catalogue():
    assert len(NAMED) > 50  # the scan finds the engine's problems
    assert [n for n in NAMED if n[2] not in MESSAGES] == []


def test_the_check_can_fail():
    assert not _built("hub_no_such_failure")
    assert "no_such_code_anywhere" not in LITERALS
