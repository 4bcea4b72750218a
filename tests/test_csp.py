"""The Content-Security-Policy of each page (generator/site/csp.py): where it goes, what it allows,
which inline scripts it trusts; and that a build puts it on every page, 404.html included.
The browser side (no violation, search works, injected script refused) is
tests/e2e/test_csp.py."""

from __future__ import annotations

import base64
import hashlib
import re

from bs4 import BeautifulSoup

from prongsai.site.csp import add_content_security_policy, content_security_policy
from tests.conftest import SITE_CONFIG

CONFIG = str(SITE_CONFIG)

PAGE = """<!doctype html>
<html lang="th">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width">
    <script>var theme = 1</script>
    <script src="assets/x.js"></script>
    <script id="__config" type="application/json">{"base": "."}</script>
  </head>
  <body>
    <article class="md-content__inner md-typeset"><p>text</p><script>alert(1)</script></article>
    <script type="module">import "./m.js"</script>
  </body>
</html>
"""


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def _policy(html: str) -> dict[str, list[str]]:
    meta = BeautifulSoup(html, "html.parser").find(
        "meta", attrs={"http-equiv": "Content-Security-Policy"}
    )
    assert meta is not None
    return {
        part.split()[0]: part.split()[1:] for part in meta["content"].split(";") if part.strip()
    }


def test_the_policy_comes_right_after_the_charset():
    html = add_content_security_policy(PAGE)
    head = BeautifulSoup(html, "html.parser").head
    first_two = head.find_all("meta")[:2]
    assert first_two[0].get("charset") == "utf-8"
    assert first_two[1].get("http-equiv") == "Content-Security-Policy"


def test_only_the_pages_own_inline_scripts_are_trusted_by_hash():
    policy = _policy(add_content_security_policy(PAGE))
    scripts = policy["script-src"]
    assert scripts[0] == "'self'"
    assert _sha256("var theme = 1") in scripts
    assert _sha256('import "./m.js"') in scripts
    # Data blocks are not run (CSP ignores them); a script inside the content is never trusted.
    assert _sha256('{"base": "."}') not in scripts
    assert _sha256("alert(1)") not in scripts
    assert len(scripts) == 3
    assert "'unsafe-inline'" not in " ".join(scripts)
    assert "'unsafe-eval'" not in " ".join(scripts)


def test_nothing_from_other_hosts_no_frames_no_objects():
    policy = _policy(add_content_security_policy(PAGE))
    assert policy["default-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["img-src"] == ["'self'", "data:"]
    assert policy["font-src"] == ["'self'"]
    assert policy["connect-src"] == ["'self'"]
    assert policy["worker-src"] == ["'self'"]
    assert policy["frame-src"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    everything = " ".join(value for values in policy.values() for value in values)
    assert "http" not in everything and "*" not in everything


def test_adding_twice_changes_nothing_and_a_page_without_charset_still_gets_it():
    once = add_content_security_policy(PAGE)
    assert add_content_security_policy(once) == once
    bare = add_content_security_policy("<html><head><title>x</title></head><body></body></html>")
    assert bare.startswith('<html><head><meta http-equiv="Content-Security-Policy"')


def test_text_that_mentions_a_policy_does_not_stop_it():
    page = PAGE.replace("<p>text</p>", "<p>http-equiv=Content-Security-Policy</p>")
    assert 'http-equiv="Content-Security-Policy"' in add_content_security_policy(page)


def test_the_policy_is_a_pure_function_of_the_page():
    assert content_security_policy(PAGE) == content_security_policy(PAGE)


def test_every_built_page_and_the_404_page_carry_the_policy(content, prongsai, tmp_path):
    site = tmp_path / "site"
    code, _, err = prongsai("build", "--config", CONFIG, "--site-dir", str(site))
    assert code == 0, err
    pages = sorted(site.rglob("*.html"))
    assert site / "404.html" in pages
    for path in pages:
        html = path.read_text(encoding="utf-8")
        policy = _policy(html)
        inline = [
            script.string or ""
            for script in BeautifulSoup(html, "html.parser").find_all("script")
            if not script.get("src") and script.get("type") in (None, "text/javascript")
        ]
        assert inline, path  # Material's own inline scripts are there …
        for text in inline:  # … and each one is allowed by its hash
            assert _sha256(text) in policy["script-src"], (path, text[:60])
        assert re.search(r'<meta charset="utf-8"><meta http-equiv="Content-Security-Policy"', html)


def test_the_plugin_adds_the_policy_except_in_the_local_preview():
    from prongsai.publish.mkdocs_plugin import ProngsaiPlugin

    plugin = ProngsaiPlugin()
    plugin.on_startup(command="build", dirty=False)
    built = plugin.on_post_page(PAGE, page=None, config=None)
    assert 'http-equiv="Content-Security-Policy"' in built
    not_found = plugin.on_post_template(PAGE, template_name="404.html", config=None)
    assert 'http-equiv="Content-Security-Policy"' in not_found
    sitemap = "<urlset></urlset>"
    assert plugin.on_post_template(sitemap, "sitemap.xml", config=None) == sitemap
    # `mkdocs serve` injects a live-reload script that changes on every request.
    plugin.on_startup(command="serve", dirty=False)
    assert plugin.on_post_page(PAGE, page=None, config=None) == PAGE


def test_two_builds_are_byte_identical(content, prongsai, tmp_path):
    """The hashes in the policy depend on the page only: rebuilding changes no byte."""
    digests = []
    for name in ("first", "second"):
        site = tmp_path / name
        code, _, err = prongsai("build", "--config", CONFIG, "--site-dir", str(site))
        assert code == 0, err
        digests.append(
            {
                path.relative_to(site).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
                for path in sorted(site.rglob("*"))
                if path.is_file()
            }
        )
    assert digests[0] == digests[1]
