"""The example site's page addresses are a public contract (assessors bookmark them)."""

from tests.example.conftest import EXAMPLE_CONTENT
from tests.test_urls import _urls


def test_the_default_site_has_exactly_these_pages(golden):
    """Assessors bookmark these addresses: any change to the list must be deliberate."""
    golden("urls/default-site.txt", "\n".join(_urls(EXAMPLE_CONTENT)) + "\n")
