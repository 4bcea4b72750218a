"""The Content-Security-Policy in a real browser (issue #13, generator/site/csp.py): clean pages
of the demo site report no violation, search still works (index fetch and web worker), and a
script injected into a page's content does not run. The example site's pages:
tests/example/test_csp.py."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.e2e.chromium import focus_search

pytestmark = pytest.mark.browser

DEMO_PAGES = [
    "",
    "2567/round-2/",
    "2567/oit/",
    "2567/oit/o1/",
    "2567/statistics/",
    "data/",
    "policy/privacy/",
]

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


def open_search(page) -> None:
    box = focus_search(page)
    box.fill("คุณธรรม")
    box.dispatch_event("keyup")
    page.wait_for_selector(".md-search-result__item", timeout=30000)


@pytest.mark.parametrize("path", DEMO_PAGES)
def test_demo_site_pages_report_no_violation_and_search_works(page, demo_server, path):
    watch = Watch(page)
    page.goto(demo_server + path, wait_until="networkidle")
    open_search(page)  # the index is fetched and searched in the worker under the policy
    assert page.locator(".md-search-result__item").count() > 0
    assert watch.violations() == []
    assert watch.csp_console() == []
    assert watch.foreign_hosts() == set()


def test_the_404_page_carries_the_policy_too(page, demo_server):
    """404.html is rendered as a template, not a page (the plugin's on_post_template)."""
    watch = Watch(page)
    page.goto(demo_server + "404.html", wait_until="networkidle")
    assert page.locator('meta[http-equiv="Content-Security-Policy"]').count() == 1
    assert watch.violations() == []
    assert watch.csp_console() == []
    assert watch.foreign_hosts() == set()


def test_a_script_injected_into_a_page_does_not_run(page, demo_server):
    """The page's own policy (hashes computed at build time) refuses a script, an event
    handler and a javascript: URL that reach the content after the build."""
    target = demo_server + "2567/round-2/"

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
    open_search(page)
