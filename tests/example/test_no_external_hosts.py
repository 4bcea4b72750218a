"""The example site, as built, asks no other host for anything (see
tests/e2e/test_no_external_hosts.py, which checks the engine's pages on the demo)."""

from pathlib import Path

from tests.e2e.test_no_external_hosts import references_to_other_hosts


def test_built_site_references_no_other_host(built_site: Path) -> None:
    assert references_to_other_hosts(built_site) == []
