"""The Content-Security-Policy on the example site's pages, in Chromium (issue #13)."""

from __future__ import annotations

import pytest

from tests.e2e.test_csp import Watch, open_search

pytestmark = pytest.mark.browser

PAGES = ["", "2565/", "2565/round-1/", "2565/oit/", "2565/oit/o42/", "about/", "404.html"]


@pytest.mark.parametrize("path", PAGES)
def test_default_site_pages_report_no_violation(page, site_server, path):
    watch = Watch(page)
    page.goto(site_server + path, wait_until="networkidle")
    assert page.locator('meta[http-equiv="Content-Security-Policy"]').count() == 1
    page.mouse.wheel(0, 2000)
    page.wait_for_timeout(300)
    assert watch.violations() == []
    assert watch.csp_console() == []
    assert watch.foreign_hosts() == set()


def test_search_works_under_the_policy_on_the_default_site(page, site_server):
    watch = Watch(page)
    page.goto(site_server + "2565/round-1/", wait_until="networkidle")
    open_search(page)
    assert any(
        "/2565/" in href
        for href in page.locator(".md-search-result__link").evaluate_all(
            "links => links.map(a => a.href)"
        )
    )
    assert any("/assets/javascripts/workers/search." in url for url in watch.requests)
    assert watch.violations() == []
