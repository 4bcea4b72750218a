"""The Content-Security-Policy of every page, as a <meta> element (issue #13).

GitHub Pages sends no security headers, so the policy travels in the page itself, right
after ``<meta charset>`` (a policy covers only what the parser meets after it). It is the
second wall behind the content check and the HTML sanitiser (content_html.py): should
content ever smuggle markup into a page, the browser still refuses to run it or to load
anything from another host.

- Scripts: the site's own files (``'self'``) and the page's own inline scripts, each by
  its SHA-256 computed here, after MkDocs has rendered the page. Inline scripts inside the
  page's content (``<article>``) are never hashed: content has no business running script.
  No ``'unsafe-inline'``, no ``'unsafe-eval'``, so event-handler attributes
  (``onerror=…``) and ``javascript:`` URLs do not run either.
- Styles: the site's own stylesheets only (``'self'``): Prongsai and Material write no
  inline ``<style>`` or ``style=""`` (content tables are aligned by class).
- Images: the site's own and ``data:``, which Material's stylesheet uses for its icons
  (CSS ``mask-image: url("data:image/svg+xml,…")``); content cannot write a ``data:``
  image (the sanitiser allows http, https, mailto and tel only, and images from this site).
- Search: the index is fetched (``connect-src 'self'``) and searched in a web worker
  (``worker-src 'self'``, theme/assets/prongsai/search-worker.js).
- Nothing else: no frames, no plugins, ``<base>`` and form targets limited to the site.

``frame-ancestors`` is left out: browsers ignore it in a <meta> policy.
"""

from __future__ import annotations

import base64
import hashlib
import re

_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_ARTICLE = re.compile(r"<article\b.*?</article\s*>", re.IGNORECASE | re.DOTALL)
_TYPE = re.compile(r"""\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_SRC = re.compile(r"\bsrc\s*=", re.IGNORECASE)
_CHARSET = re.compile(r"<meta\s+charset\s*=\s*[\"']?[\w-]+[\"']?\s*/?>", re.IGNORECASE)
_HEAD = re.compile(r"<head\b[^>]*>", re.IGNORECASE)

_META_START = '<meta http-equiv="Content-Security-Policy"'

_JAVASCRIPT_TYPES = {
    "",
    "module",
    "text/javascript",
    "application/javascript",
    "application/ecmascript",
    "text/ecmascript",
}
"""Script types a browser runs; others (application/json …) are data, which CSP ignores."""

STATIC_DIRECTIVES = (
    ("default-src", "'self'"),
    ("style-src", "'self'"),
    ("img-src", "'self' data:"),
    ("font-src", "'self'"),
    ("connect-src", "'self'"),
    ("worker-src", "'self'"),
    ("frame-src", "'none'"),
    ("object-src", "'none'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),
)


def inline_script_hashes(html: str) -> list[str]:
    """``'sha256-…'`` of each inline script the browser would run, outside the content."""
    outside_content = _ARTICLE.sub("", html)
    hashes = []
    for match in _SCRIPT.finditer(outside_content):
        attributes, body = match.group(1), match.group(2)
        if _SRC.search(attributes):
            continue
        type_match = _TYPE.search(attributes)
        script_type = ""
        if type_match:
            script_type = next(g for g in type_match.groups() if g is not None)
        if script_type.strip().lower() not in _JAVASCRIPT_TYPES:
            continue
        digest = hashlib.sha256(body.encode("utf-8")).digest()
        token = f"'sha256-{base64.b64encode(digest).decode('ascii')}'"
        if token not in hashes:
            hashes.append(token)
    return hashes


def content_security_policy(html: str) -> str:
    """The policy for one rendered page: the static directives plus its scripts' hashes."""
    script_src = " ".join(["'self'", *inline_script_hashes(html)])
    directives = [STATIC_DIRECTIVES[0], ("script-src", script_src), *STATIC_DIRECTIVES[1:]]
    return "; ".join(f"{name} {value}" for name, value in directives)


def add_content_security_policy(html: str) -> str:
    """``html`` with its policy as the first element after ``<meta charset>`` (else right
    after ``<head>``); a page whose <head> already starts with one is returned unchanged."""
    head = html[: html.lower().find("</head")]
    if _META_START in head:
        return html
    meta = f'{_META_START} content="{content_security_policy(html)}">'
    anchor = _CHARSET.search(html) or _HEAD.search(html)
    if anchor is None:
        return meta + html
    return html[: anchor.end()] + meta + html[anchor.end() :]
