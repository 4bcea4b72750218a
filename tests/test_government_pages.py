"""The privacy notice, website policy, security policy and cookie statement (issue #16)."""

from __future__ import annotations

import shutil
from pathlib import Path

from prongsai import urls
from prongsai.government_pages import GOVERNMENT_PAGES, NAV_TITLE
from prongsai.pipeline import run

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_the_four_pages_say_what_a_static_site_is():
    result = run(FIXTURES / "demo")
    pages = {p.path.url: p for p in result.rendered.pages}
    for name in GOVERNMENT_PAGES:
        assert urls.government_page(name).url in pages
    privacy = pages["policy/privacy/"].markdown
    assert "ไม่มีแบบฟอร์ม" in privacy and "ไม่ใช้คุกกี้" in privacy
    assert "องค์การบริหารส่วนตำบลตัวอย่าง" in privacy and "saraban@example.go.th" in privacy
    assert "ไม่ใช้คุกกี้" in pages["policy/cookies/"].markdown
    assert "HTTPS" in pages["policy/security/"].markdown
    nav = result.rendered.nav[-1]
    assert nav.title == NAV_TITLE
    assert [c.path.url for c in nav.children] == [f"policy/{n}/" for n in GOVERNMENT_PAGES]


def test_a_markdown_file_in_content_pages_replaces_a_page(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "demo", content)
    (content / "pages").mkdir()
    text = "# ประกาศความเป็นส่วนตัว\n\nหน่วยงานเขียนเอง\n"
    (content / "pages" / "privacy.md").write_text(text, "utf-8")
    result = run(content)
    assert result.errors() == []
    pages = {p.path.url: p for p in result.rendered.pages}
    assert pages["policy/privacy/"].markdown == text
    assert pages["policy/privacy/"].source.file.endswith("pages/privacy.md")
    assert "ประกาศความเป็นส่วนตัว" in pages["policy/website/"].markdown
