"""`prongsai oit status` on the example site (the repository's mkdocs.yml and content/)."""

import subprocess
import sys

from tests.conftest import ROOT
from tests.test_oit_commands import _status_rows


def test_the_default_site_status_matches_the_seed():
    """O42/O43 from the 2565 measures report; the other 41 items missing."""
    completed = subprocess.run(
        [sys.executable, "-m", "prongsai", "oit", "status", "2565"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert completed.returncode == 0, completed.stderr
    rows = _status_rows(completed.stdout)
    assert len(rows) == 43
    assert [code for code, (state, _) in rows.items() if state == "published"] == ["O42", "O43"]
