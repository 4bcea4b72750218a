"""The privacy notice, website policy, security policy and cookie statement (issue #16)."""

from __future__ import annotations

import shutil
from pathlib import Path

from prongsai.pipeline import run
from prongsai.shared import urls
from prongsai.site.government_pages import GOVERNMENT_PAGES, NAV_TITLE

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
    text = "# ประกาศความเป็นส่วนตัว\n\nหน่วยงาน**เขียนเอง** ติดต่อ [สารบรรณ](mailto:a@b.go.th)\n"
    (content / "pages" / "privacy.md").write_text(text, "utf-8")
    result = run(content)
    assert result.errors() == []
    pages = {p.path.url: p for p in result.rendered.pages}
    privacy = pages["policy/privacy/"].markdown
    assert "<h1>ประกาศความเป็นส่วนตัว</h1>" in privacy
    assert '<p>หน่วยงาน<strong>เขียนเอง</strong> ติดต่อ <a href="mailto:a@b.go.th"' in (privacy)
    assert "ไม่มีแบบฟอร์ม" not in privacy  # the template's text is replaced
    assert pages["policy/privacy/"].source.file.endswith("pages/privacy.md")
    assert "ประกาศความเป็นส่วนตัว" in pages["policy/website/"].markdown


def test_a_page_of_content_pages_is_checked_like_any_markdown_field(tmp_path):
    """Raw HTML, a javascript: link and a remote image are errors at their line; the page is
    never published raw."""
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "demo", content)
    (content / "pages").mkdir()
    (content / "pages" / "cookies.md").write_text(
        "# คุกกี้\n\n<script>alert(1)</script>\n\n[คลิก](javascript:alert(2))\n\n"
        "![x](https://evil.example/x.png)\n",
        "utf-8",
    )
    (content / "pages" / "about.md").write_text("# เกี่ยวกับ\n", "utf-8")
    result = run(content)
    found = {(p.code, p.location.line) for p in result.problems if p.is_error}
    assert found == {("markdown_html", 3), ("url_not_allowed", 5), ("image_remote", 7)}
    unknown = [p for p in result.problems if p.code == "page_override_unknown"]
    assert [p.location.file.rsplit("/", 2)[-2:] for p in unknown] == [["pages", "about.md"]]
    assert not unknown[0].is_error


def test_a_page_of_content_pages_that_is_a_link_is_refused(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "demo", content)
    (content / "pages").mkdir()
    secret = tmp_path / "secret.md"
    secret.write_text("# ความลับ\n", "utf-8")
    (content / "pages" / "privacy.md").symlink_to(secret)
    result = run(content)
    assert [p.code for p in result.problems if p.is_error] == ["content_link"]
    assert result.rendered is None
