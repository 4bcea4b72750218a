"""The Content-Security-Policy in a real browser (issue #13, generator/csp.py): clean pages
of the default and demo sites report no violation, search still works (index fetch and web
worker), and a script injected into a page's content does not run."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

PLACEHOLDER = "พิมพ์คำที่ต้องการค้นหา"
PAGES = ["", "2565/", "2565/round-1/", "2565/oit/", "2565/oit/o42/", "about/", "404.html"]
DEMO_PAGES = ["", "2567/round-2/", "2567/oit/", "2567/oit/o1/", "2567/statistics/", "data/"]

# Registered before any script of the page runs (Playwright's init scripts are not subject to
# the page's policy): every violation the browser reports is kept for the test to read.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
});
"""


class Watch:
    """What a tab reports: CSP violations (events and console), requests, dialogs."""

    def __init__(self, page) -> None:
        self.page = page
        self.console: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        page.add_init_script(RECORD_VIOLATIONS)
        page.on("console", self._console)
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("dialog", self._dialog)

    def _console(self, message) -> None:
        if "Content Security Policy" in message.text or message.type == "error":
            self.console.append(message.text)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def violations(self) -> list[str]:
        return self.page.evaluate("window.__violations || []")

    def csp_console(self) -> list[str]:
        return [text for text in self.console if "Content Security Policy" in text]

    def foreign_hosts(self) -> set[str]:
        hosts = {urlsplit(url).hostname for url in self.requests}
        return {host for host in hosts if host not in ("127.0.0.1", None)}


def _open_search(page) -> None:
    box = page.locator("input[data-md-component=search-query]")
    box.focus()
    page.wait_for_function(
        "(prompt) => document.querySelector('.md-search-result__meta').textContent.trim()"
        " === prompt",
        arg=PLACEHOLDER,
        timeout=30000,
    )
    box.fill("คุณธรรม")
    box.dispatch_event("keyup")
    page.wait_for_selector(".md-search-result__item", timeout=30000)


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


@pytest.mark.parametrize("path", DEMO_PAGES)
def test_demo_site_pages_report_no_violation_and_search_works(page, demo_server, path):
    watch = Watch(page)
    page.goto(demo_server + path, wait_until="networkidle")
    _open_search(page)  # the index is fetched and searched in the worker under the policy
    assert page.locator(".md-search-result__item").count() > 0
    assert watch.violations() == []
    assert watch.csp_console() == []
    assert watch.foreign_hosts() == set()


def test_search_works_under_the_policy_on_the_default_site(page, site_server):
    watch = Watch(page)
    page.goto(site_server + "2565/round-1/", wait_until="networkidle")
    _open_search(page)
    assert any(
        "/2565/" in href
        for href in page.locator(".md-search-result__link").evaluate_all(
            "links => links.map(a => a.href)"
        )
    )
    assert any("/assets/javascripts/workers/search." in url for url in watch.requests)
    assert watch.violations() == []


def test_a_script_injected_into_a_page_does_not_run(page, site_server):
    """The page's own policy (hashes computed at build time) refuses a script, an event
    handler and a javascript: URL that reach the content after the build."""
    target = site_server + "2565/round-1/"

    def inject(route) -> None:
        response = route.fetch()
        html = response.text().replace(
            '<article class="md-content__inner md-typeset">',
            '<article class="md-content__inner md-typeset">'
            "<script>window.__injected = 'script'</script>"
            '<img src="x" onerror="window.__injected = \'handler\'">'
            '<iframe src="https://evil.example/"></iframe>'
            '<a id="evil" href="javascript:window.__injected=\'link\'">x</a>',
            1,
        )
        assert "window.__injected = 'script'" in html
        route.fulfill(response=response, body=html)

    page.route(target, inject)
    watch = Watch(page)
    page.goto(target, wait_until="networkidle")
    page.locator("#evil").click()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__injected === undefined")
    directives = " ".join(watch.violations())
    assert "script-src" in directives
    assert "frame-src" in directives
    assert watch.foreign_hosts() == set()
    # The page's own scripts still ran: Material's search box works.
    _open_search(page)
