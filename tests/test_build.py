"""`prongsai build`: MkDocs into a staging folder, swapped into place only on success."""

import hashlib
from pathlib import Path

import pytest

from prongsai.content.problems import guide_url
from tests.conftest import MINIMAL_REPORT, SITE_CONFIG

CONFIG = str(SITE_CONFIG)


def _tree_digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def built(content, prongsai, tmp_path):
    site = tmp_path / "site"
    code, out, err = prongsai("build", "--config", CONFIG, "--site-dir", str(site))
    assert code == 0, err
    assert "Site built" in out
    return site


def test_build_writes_every_page(built):
    for page in ("index.html", "2566/index.html", "2566/round-1/index.html", "404.html"):
        assert (built / page).is_file(), page
    assert not any(p.suffix == ".yml" for p in built.rglob("*")), "content YAML must not ship"


def test_bad_content_leaves_the_previous_site_byte_identical(built, content, prongsai):
    before = _tree_digest(built)
    (content / MINIMAL_REPORT).write_text("fiscal_year: 2022\nround: 1\n", encoding="utf-8")
    code, _, err = prongsai("build", "--config", CONFIG, "--site-dir", str(built))
    assert code == 1
    assert "fiscal_year" in err and "Traceback" not in err
    assert "เว็บไซต์เดิมใน" in err and "is unchanged" in err
    assert _tree_digest(built) == before
    assert not list(built.parent.glob(".site-staging-*"))


def test_a_mkdocs_failure_also_leaves_the_site_intact(built, content, prongsai, monkeypatch):
    import dataclasses

    import prongsai.pipeline as pipeline

    before = _tree_digest(built)
    original = pipeline.render_site

    def with_a_broken_link(*args, **kwargs):
        # A broken Markdown link in a generated page: only MkDocs (strict) can see it (the
        # content check refuses such links in content, see test_content_html.py).
        rendered = original(*args, **kwargs)
        first = rendered.pages[0]
        broken = dataclasses.replace(first, markdown=first.markdown + "\n[แนบ](missing.md)\n")
        return dataclasses.replace(rendered, pages=(broken, *rendered.pages[1:]))

    monkeypatch.setattr(pipeline, "render_site", with_a_broken_link)
    code, _, err = prongsai("build", "--config", CONFIG, "--site-dir", str(built))
    assert code == 1
    assert "missing.md" in err
    assert "Traceback" not in err
    assert _tree_digest(built) == before
    assert not list(built.parent.glob(".site-staging-*"))


def test_a_good_build_replaces_the_old_site(built, content, prongsai):
    (built / "stale.html").write_text("old", encoding="utf-8")
    code, _, _ = prongsai("build", "--config", CONFIG, "--site-dir", str(built))
    assert code == 0
    assert not (built / "stale.html").exists()
    assert not list(built.parent.glob(".site-previous-*"))


def test_strict_build_refuses_warnings(content, prongsai, tmp_path):
    report = content / MINIMAL_REPORT
    report.write_text(report.read_text(encoding="utf-8").replace("status: done", "", 1), "utf-8")
    site = tmp_path / "site"
    code, _, err = prongsai("build", "--strict", "--config", CONFIG, "--site-dir", str(site))
    assert code == 1
    # The code appears only in the link to its section of the Thai guide.
    assert "status_missing" not in err.replace(guide_url("status_missing"), "")
    assert "ยังไม่ได้ระบุสถานะ" in err
    assert not site.exists()
    code, _, _ = prongsai("build", "--config", CONFIG, "--site-dir", str(site))
    assert code == 0


def test_one_build_reads_the_content_once(content, prongsai, tmp_path, monkeypatch):
    import prongsai.pipeline as pipeline

    reads = []
    original = pipeline.validate_content
    monkeypatch.setattr(pipeline, "validate_content", lambda d: reads.append(d) or original(d))
    code, _, err = prongsai("build", "--config", CONFIG, "--site-dir", str(tmp_path / "s"))
    assert code == 0, err
    assert len(reads) == 1


# ---- OIT: documents and strictness ----------------------------------------------------------


def _build(prongsai, site, *flags):
    return prongsai("build", "--config", CONFIG, "--site-dir", str(site), *flags)


def test_documents_and_the_itas_sheet_are_published(oit_content, prongsai, tmp_path):
    from tests.conftest import OIT_DOCUMENT

    site = tmp_path / "site"
    code, _, err = _build(prongsai, site)
    assert code == 0, err
    published = site / "documents" / "2566" / "โครงสร้าง-อบต.-2566.pdf"
    assert published.read_bytes() == (oit_content / OIT_DOCUMENT).read_bytes()
    assert (site / "2566" / "oit" / "itas-2566.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert (site / "2566" / "oit" / "o15" / "index.html").is_file()
    assert not (site / "documents" / "2566" / "โครงสร้าง อบต. 2566.pdf").exists()


def test_a_missing_document_fails_the_build_with_file_and_line(oit_content, prongsai, tmp_path):
    from tests.conftest import OIT_DOCUMENT

    site = tmp_path / "site"
    assert _build(prongsai, site)[0] == 0
    before = _tree_digest(site)
    (oit_content / OIT_DOCUMENT).unlink()
    code, _, err = _build(prongsai, site, "--strict")
    assert code == 1
    assert "content/oit/2566.yml:8:19" in err and "[items.O1.links[0].document]" in err
    assert "Traceback" not in err
    assert _tree_digest(site) == before


def test_strict_refuses_missing_items_of_the_latest_year(oit_content, prongsai, tmp_path):
    code, _, err = _build(prongsai, tmp_path / "site", "--strict")
    assert code == 1
    assert "content/oit/2566.yml:3:1" in err and "38 OIT item(s) of 2566" in err
    assert not (tmp_path / "site").exists()


def test_a_broken_link_in_an_item_body_names_the_oit_file(oit_content, prongsai, tmp_path):
    oit_file = oit_content / "oit" / "2566.yml"
    text = oit_file.read_text(encoding="utf-8")
    oit_file.write_text(text.replace("คู่มือการให้บริการประชาชน", '"ดู [คู่มือ](nowhere.md)"'), "utf-8")
    code, _, err = _build(prongsai, tmp_path / "site")  # MkDocs always runs strict
    assert code == 1
    assert "nowhere.md" in err and "content/oit/2566.yml" in err
