"""`prongsai generate --out DIR` is a complete tree: stock MkDocs + Material, without the
prongsai plugin, builds it into the same pages and downloads as the plugin build."""

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import FIXTURES

MKDOCS = str(Path(sys.executable).parent / "mkdocs")
THEME_OUTPUT = ("assets/", "fonts/", "search/")
"""What differs by design: the theme's own files (the plugin adds Prongsai's overrides)."""


def _published(site: Path) -> set[str]:
    return {
        path.relative_to(site).as_posix()
        for path in site.rglob("*")
        if path.is_file() and not path.relative_to(site).as_posix().startswith(THEME_OUTPUT)
    }


def test_stock_mkdocs_builds_the_same_pages_and_downloads(tmp_path, prongsai, built_demo):
    tree = tmp_path / "tree"
    code, _, err = prongsai("--content", str(FIXTURES / "demo"), "generate", "--out", str(tree))
    assert code == 0, err
    assert "prongsai" not in (tree / "mkdocs.yml").read_text(encoding="utf-8").split("plugins:")[1]
    completed = subprocess.run(
        [MKDOCS, "build", "--strict", "--site-dir", str(tmp_path / "stock")],
        cwd=tree,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert completed.returncode == 0, completed.stderr
    stock = _published(tmp_path / "stock")
    plugin = _published(built_demo)
    assert stock == plugin
    assert {"2567/oit/o1/index.html", "data/index.html", "feed.xml"} <= stock
    assert any(name.endswith(".csv") for name in stock)
    assert any(name.startswith("documents/") for name in stock)
