"""Thai words in the search index: Material's search splits text only at its separator, and
Thai writes words without spaces, so the index's Thai text is cut into words (pythainlp's
dictionary-based newmm) joined by U+200B ZERO WIDTH SPACE, which mkdocs.yml adds to the
search separator. Only the index changes; the pages readers see and copy do not.

In the browser, theme/assets/prongsai/search-worker.js cuts the query the same way, using
the words of this index as its dictionary.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

from prongsai.shared.gc_pause import cyclic_gc_paused

WORD_JOINER = "\u200b"
"""Joins the words of a Thai run in the index; part of the search separator."""

_THAI_RUN = re.compile(r"[\u0e00-\u0e7f]+")


@lru_cache(maxsize=1)
def _tokenize():
    # Imported when first needed: loading the dictionary takes ~0.5 s, and only a build
    # with a search index needs it.
    from pythainlp.tokenize import word_tokenize

    return word_tokenize


@lru_cache(maxsize=65536)
def segment_run(run: str) -> str:
    """One run of Thai letters cut into words: ``การใช้ทรัพย์สิน`` → ``การ·ใช้·ทรัพย์สิน``."""
    words = _tokenize()(run, engine="newmm", keep_whitespace=False)
    return WORD_JOINER.join(words)


def segment_text(text: str) -> str:
    """Every Thai run of ``text`` cut into words; everything else is left as it is (tags
    included: Thai never appears inside the markup Material keeps in the index)."""
    return _THAI_RUN.sub(lambda match: segment_run(match.group(0)), text)


def segment_search_index(index_file: Path) -> None:
    """Rewrite Material's search_index.json with segmented Thai titles and texts.

    The file is written without ASCII escapes: Thai then takes 3 bytes a letter instead of
    6, which makes the index ~40 % smaller before compression.
    """
    with cyclic_gc_paused():
        index = json.loads(index_file.read_text(encoding="utf-8"))
        for document in index.get("docs", []):
            for field in ("title", "text"):
                if isinstance(document.get(field), str):
                    document[field] = segment_text(document[field])
    index_file.write_text(
        json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )


class BackgroundSegmenter:
    """A child process that loads the Thai dictionary while MkDocs renders the pages, then
    cuts the index when it exists (``segment``).

    The dictionary is ~4 million small Python objects: loading it takes ~0.5 s, and a
    process that has loaded it takes seconds to exit once MkDocs' own objects are there
    too. In a child started early, both costs leave the build's critical path.
    """

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "prongsai.search.thai_search"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )

    def segment(self, index_file: Path) -> None:
        """Cut ``index_file`` in the child; if the child failed, cut it here instead."""
        try:
            _, errors = self.process.communicate(f"{index_file}\n", timeout=600)
        except (OSError, subprocess.SubprocessError):
            self.cancel()
            errors = "the child process did not answer"
        if self.process.returncode != 0:
            print(
                f"Thai search: segmenting in the build process ({errors.strip()})", file=sys.stderr
            )
            segment_search_index(index_file)

    def cancel(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def _child() -> None:
    """``python -m prongsai.search.thai_search``: load the dictionary, then cut the index whose
    path arrives on standard input."""
    _tokenize()("ก")
    path = sys.stdin.readline().strip()
    if path:
        segment_search_index(Path(path))
    sys.stdout.flush()
    # The file is written and closed; freeing the dictionary object by object would only
    # make the build wait.
    os._exit(0)


if __name__ == "__main__":
    _child()
