"""The Thai staff guide (docs/guide/, issue #15 point 16) stays true to the engine.

(a) Every example the guide gives as a whole file is a valid file: a ```yaml block whose first
    line is ``# content/<path>``, or any block right after a ``<!-- content/<path> -->`` line,
    is written to that path of a temporary content folder (with the documents of
    tests/fixtures/guide-example/), and the whole folder goes through the engine's own check
    and render (pipeline.run), which must report no error.
(b) Every message code of messages.py has its anchor in the guide's page of messages.
(c) Every relative link between the guide's pages (and its anchor) resolves.
"""

from __future__ import annotations

import functools
import re
import shutil
import unicodedata
from pathlib import Path

import pytest
import yaml

from prongsai import pipeline
from prongsai.content.problems import errors_in
from prongsai.shared.messages import MESSAGES
from tests.conftest import FIXTURES, ROOT

GUIDE = ROOT / "docs" / "guide"
MESSAGES_PAGE = GUIDE / "messages.md"
EXAMPLE_DOCUMENTS = FIXTURES / "guide-example"

_FENCE = re.compile(r"^```(?P<info>[^\n`]*)\n(?P<body>.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
_YAML_MARKER = re.compile(r"\A# (content/\S+)[ \t]*\n")
_COMMENT_MARKER = re.compile(r"<!--\s*(content/\S+)\s*-->[ \t]*\n\Z")
_LINK = re.compile(r"(?<![!\\])\[[^\]\n]*\]\((?P<target>[^)\s]+)\)")
_ANCHOR_TAG = re.compile(r"<a\s+(?:id|name)=\"(?P<id>[^\"]+)\"")
_INLINE_CODE = re.compile(r"(?<!\\)`[^`\n]+`")
_HEADING = re.compile(r"^#{1,6}[ \t]+(?P<text>.+?)[ \t]*#*[ \t]*$", re.MULTILINE)


def guide_pages() -> list[Path]:
    return sorted(GUIDE.glob("*.md"))


def example_files() -> list[tuple[Path, int, str, str]]:
    """(guide page, line, path under content/, text) of every whole-file example."""
    found = []
    for page in guide_pages():
        text = page.read_text(encoding="utf-8")
        for match in _FENCE.finditer(text):
            body = match["body"]
            line = text.count("\n", 0, match.start()) + 1
            marker = _YAML_MARKER.match(body) if match["info"].strip() == "yaml" else None
            before = _COMMENT_MARKER.search(text, 0, match.start())
            if marker:
                found.append((page, line, marker[1], body))
            elif before and before.end() == match.start():
                found.append((page, line, before[1], body))
    return found


def github_slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to '-'."""
    text = re.sub(r"`|\*\*|__", "", heading).strip().lower()
    kept = "".join(
        ch
        for ch in text
        if ch in " -_" or unicodedata.category(ch)[0] in "LMN" or unicodedata.category(ch) == "Pc"
    )
    return kept.replace(" ", "-")


@functools.cache
def anchors(page: Path) -> frozenset[str]:
    text = _FENCE.sub("", page.read_text(encoding="utf-8"))
    found = {m["id"] for m in _ANCHOR_TAG.finditer(text)}
    seen: dict[str, int] = {}
    for match in _HEADING.finditer(text):
        slug = github_slug(match["text"])
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        found.add(slug if count == 0 else f"{slug}-{count}")
    return frozenset(found)


def _without_code(text: str) -> str:
    """The page without its code blocks and `inline code` (examples, not links or headings)."""
    return _INLINE_CODE.sub("", _FENCE.sub("", text))


def test_the_guide_has_whole_file_examples():
    paths = [path for _, _, path, _ in example_files()]
    assert "content/agency.yml" in paths
    assert any(p.startswith("content/reports/") for p in paths)
    assert any(p.startswith("content/oit/") for p in paths)
    assert any(p.startswith("content/statistics/") and p.endswith(".csv") for p in paths)
    assert len(paths) == len(set(paths)), "two examples claim the same file"


def test_every_whole_file_example_passes_the_check(tmp_path: Path):
    content = tmp_path / "content"
    shutil.copytree(EXAMPLE_DOCUMENTS, content)
    for page, line, path, body in example_files():
        target = tmp_path / path
        assert target.resolve().is_relative_to(content.resolve()), f"{page.name}:{line}"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(body, encoding="utf-8")
    result = pipeline.run(content)
    errors = errors_in(result.problems)
    shown = "\n".join(f"{p.location} {p.code} {p.context}" for p in errors)
    assert not errors, shown
    assert result.rendered is not None
    # The examples answer every OIT item they mean to: only the items left out on purpose
    # may be reported as missing, and nothing else may warn.
    warnings = [p.code for p in result.problems if not p.is_error]
    assert set(warnings) <= {"oit_items_missing"}, warnings


def test_every_message_has_its_anchor():
    """A message can link to docs/guide/messages.md#<code>: each code is a heading there."""
    missing = sorted(set(MESSAGES) - anchors(MESSAGES_PAGE))
    assert not missing, f"docs/guide/messages.md has no heading for {missing}"


def test_every_link_between_guide_pages_resolves():
    broken = []
    for page in guide_pages():
        text = _without_code(page.read_text(encoding="utf-8"))
        for match in _LINK.finditer(text):
            target = match["target"]
            if re.match(r"[a-z]+:", target) or target.startswith("/"):
                continue  # another website, or an address of the agency's site
            file_part, _, fragment = target.partition("#")
            linked = (page.parent / file_part).resolve() if file_part else page
            if not linked.exists():
                broken.append(f"{page.name}: {target} (no such file)")
            elif fragment and linked.parent == GUIDE and fragment not in anchors(linked):
                broken.append(f"{page.name}: {target} (no such anchor)")
    assert not broken, "\n".join(broken)


@pytest.mark.parametrize("year", [2568, 2569])
def test_every_shipped_item_is_in_the_guide_as_named(year: int):
    """docs/guide/oit-items.md names each item of the shipped lists exactly as they do."""
    catalogue = yaml.safe_load(
        (ROOT / "generator" / "oit" / "catalogues" / f"{year}.yml").read_text(encoding="utf-8")
    )
    text = (GUIDE / "oit-items.md").read_text(encoding="utf-8")
    page_anchors = anchors(GUIDE / "oit-items.md")
    for item in catalogue["items"]:
        code, name = item["code"], item["name"]
        assert f"### `{code}` {name}\n" in text, f"{year} {code}"
        assert f"{code.lower()}-{year}" in page_anchors, f"{year} {code}"
