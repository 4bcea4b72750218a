"""The page addresses are a public contract (assessors bookmark them): test the list."""

from pathlib import Path

from prongsai.pipeline import run
from prongsai.shared import urls
from tests.conftest import FIXTURES
from tests.test_model import _add_round


def _urls(content: Path) -> list[str]:
    result = run(content)
    assert result.rendered is not None
    return sorted(page.path.absolute_url for page in result.rendered.pages)


def test_the_demo_site_has_exactly_these_pages(golden):
    """Two years with both rounds, OIT items and statistics: every kind of page there is.
    Assessors bookmark these addresses: any change to the list must be deliberate."""
    golden("urls/demo-site.txt", "\n".join(_urls(FIXTURES / "demo")) + "\n")


def test_every_year_and_round_gets_its_stable_address(content):
    _add_round(content, 2566, 2)
    _add_round(content, 2565, 1)
    assert _urls(content) == [
        "/",
        "/2565/",
        "/2565/round-1/",
        "/2566/",
        "/2566/round-1/",
        "/2566/round-2/",
        "/about/",
        "/accessibility/",
        "/policy/cookies/",
        "/policy/privacy/",
        "/policy/security/",
        "/policy/website/",
    ]


def test_source_paths_and_urls_agree():
    assert urls.home().source_path == "index.md" and urls.home().url == ""
    assert urls.fiscal_year(2565).source_path == "2565/index.md"
    assert urls.round_report(2565, 2).url == "2565/round-2/"
    assert urls.round_report(2565, 2).absolute_url == "/2565/round-2/"
