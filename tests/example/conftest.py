"""The example site's own tests: the repository's content/ (อบต.เขาน้อย, the seed) with the
repository's mkdocs.yml. Every other test uses fixtures and passes whatever content/ holds;
`make test` runs them a second time with the demo copied over content/, without this folder.

The browser (tests/e2e/chromium.py, through tests/conftest.py) and the way the site is built
and served are the end-to-end tests' (tests/e2e/conftest.py); only the site differs.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import REPO_ROOT, _build, _serving

EXAMPLE_CONTENT = REPO_ROOT / "content"


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example site (the repository's mkdocs.yml and content/) built once by
    `prongsai build` into a temporary folder."""
    return _build(tmp_path_factory.mktemp("e2e-example") / "site", REPO_ROOT)


@pytest.fixture(scope="session")
def site_server(built_site: Path) -> Iterator[str]:
    """The example site served locally; yields the base URL ending in /."""
    with _serving(built_site) as url:
        yield url
