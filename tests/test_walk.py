"""Only regular files inside content/ are ever read or published (#13, walk.py).

Each attack starts from tests/fixtures/attack-files (a report, OIT disclosures linking a
document, statistics and a logo) copied to a temporary folder; the symbolic links are made
here, at run time, never stored in git. Every case goes through the command line, and its
exact message is a golden file under tests/golden/check/.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from prongsai.check import validate_content
from prongsai.content.walk import read_regular_bytes, walk_content
from tests.conftest import FIXTURES, SITE_CONFIG

CONFIG = str(SITE_CONFIG)
DOCUMENT = "documents/2566/โครงสร้าง อบต. 2566.pdf"
STATISTICS = "statistics/2566/สถิติการให้บริการ.csv"
REPORT = "reports/2566-round-1.yml"
SECRET = "ข้อมูลลับนอก content/ ห้ามเผยแพร่ / secret outside content\n"


@pytest.fixture
def attack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tests/fixtures/attack-files as ./content, and a secret file beside it (outside)."""
    target = tmp_path / "content"
    shutil.copytree(FIXTURES / "attack-files", target)
    (tmp_path / "private-f7e2").mkdir()
    (tmp_path / "private-f7e2" / "secret.txt").write_text(SECRET, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return target


def _secret(content: Path) -> Path:
    return content.parent / "private-f7e2" / "secret.txt"


def _replace_with_link(content: Path, relative: str, target: Path) -> None:
    path = content / relative
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()
    path.symlink_to(target)


def _outside_copy_of(content: Path, relative: str) -> Path:
    """The file moved out of content/ (a link to it then holds valid content)."""
    moved = content.parent / "private-f7e2" / Path(relative).name
    shutil.move(content / relative, moved)
    return moved


# (case, path under content/ that becomes a link, what it points at)
LINKS: list[tuple[str, str, Callable[[Path], Path]]] = [
    ("link-document", DOCUMENT, _secret),
    ("link-statistics", STATISTICS, _secret),
    ("link-report", REPORT, lambda c: _outside_copy_of(c, REPORT)),
    ("link-agency", "agency.yml", lambda c: _outside_copy_of(c, "agency.yml")),
    ("link-logo", "logo.png", _secret),
    ("link-catalogue", "oit/catalogues/2566.yml", _secret),
    ("link-folder", "documents/2566", lambda c: _outside_copy_of(c, "documents/2566")),
    ("link-hidden", "documents/.cache", lambda c: c.parent / "private-f7e2"),
    ("link-dangling", "statistics/2565", lambda c: c.parent / "does-not-exist"),
]


@pytest.mark.parametrize(("case", "relative", "target"), LINKS, ids=[c[0] for c in LINKS])
def test_a_link_anywhere_is_an_error_at_its_own_path(
    attack, prongsai, golden, case, relative, target
):
    (attack / relative).parent.mkdir(parents=True, exist_ok=True)
    pointed_at = target(attack)
    _replace_with_link(attack, relative, pointed_at)
    code, out, err = prongsai("check")
    assert code == 1
    assert out == ""
    assert "Traceback" not in err
    assert f"content/{relative}: ข้อผิดพลาด (error)" in err
    # Never the target: it may be the very secret the link was made to reveal.
    assert "private-f7e2" not in err and str(pointed_at) not in err and SECRET.strip() not in err
    golden(f"check/{case}.txt", err)


def test_a_linked_document_never_reaches_the_site(attack, prongsai, tmp_path):
    _replace_with_link(attack, DOCUMENT, Path("/etc/passwd"))
    site = tmp_path / "site"
    code, _, err = prongsai("build", "--config", CONFIG, "--site-dir", str(site))
    assert code == 1
    assert "/etc/passwd" not in err
    assert not site.exists()


def test_only_the_checked_files_of_content_reach_the_site(attack, prongsai, tmp_path):
    """A clean build publishes the document, and no hidden file, whatever names it."""
    hidden = attack / "documents" / "2566" / ".ร่าง.pdf"
    hidden.write_bytes(b"%PDF-1.4 draft, not for publication\n")
    (attack / ".git").mkdir()
    (attack / ".git" / "config").write_text("[core]\n", encoding="utf-8")
    site = tmp_path / "site"
    code, _, err = prongsai("build", "--config", CONFIG, "--site-dir", str(site))
    assert code == 0, err
    published = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    assert "documents/2566/โครงสร้าง-อบต.-2566.pdf" in published
    assert not any(part.startswith(".") for name in published for part in name.split("/"))
    document = (attack / DOCUMENT).read_bytes()
    digests = {hashlib.sha256(p.read_bytes()).hexdigest() for p in site.rglob("*") if p.is_file()}
    assert hashlib.sha256(document).hexdigest() in digests
    for outside in (hidden.read_bytes(), SECRET.encode()):
        assert hashlib.sha256(outside).hexdigest() not in digests


def test_a_hidden_document_is_not_published(attack, prongsai, golden):
    hidden = attack / "documents" / "2566" / ".ร่าง.pdf"
    hidden.write_bytes(b"%PDF-1.4 draft\n")
    disclosures = attack / "oit" / "2566.yml"
    text = disclosures.read_text(encoding="utf-8")
    disclosures.write_text(text.replace("โครงสร้าง อบต. 2566.pdf", ".ร่าง.pdf"), encoding="utf-8")
    code, _, err = prongsai("check")
    assert code == 1
    golden("check/document-hidden.txt", err)


def test_a_logo_outside_content_is_an_error(attack, prongsai, golden):
    agency = attack / "agency.yml"
    agency.write_text(
        agency.read_text(encoding="utf-8").replace("logo: logo.png", "logo: ../outside/secret.txt"),
        encoding="utf-8",
    )
    code, _, err = prongsai("check")
    assert code == 1
    golden("check/logo-outside.txt", err)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_being_opened(attack, prongsai, golden):
    # Opening a pipe would wait for a writer forever: the walk must refuse it unopened.
    os.mkfifo(attack / "reports" / "2566-round-2.yml")
    code, _, err = prongsai("check")
    assert code == 1
    golden("check/not-regular.txt", err)


def test_a_control_character_in_a_file_name_is_shown_escaped(attack, prongsai, golden):
    (attack / "documents" / "2566" / "แผน\x1b[31m.pdf").write_bytes(b"%PDF-1.4\n")
    code, _, err = prongsai("check")
    assert code == 1
    assert "\x1b" not in err
    golden("check/name-control-character.txt", err)


# ---- the walk itself ---------------------------------------------------------------------


def test_the_walk_lists_regular_files_and_skips_hidden_ones(tmp_path):
    (tmp_path / "a" / ".hidden").mkdir(parents=True)
    (tmp_path / "a" / ".hidden" / "x.yml").write_text("x: 1\n", encoding="utf-8")
    (tmp_path / "a" / "b.yml").write_text("b: 1\n", encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\0")
    tree = walk_content(tmp_path, "content")
    assert list(tree.files) == ["a/b.yml"]
    assert tree.problems == ()


def test_a_missing_content_folder_is_an_empty_tree(tmp_path):
    tree = walk_content(tmp_path / "none", "content")
    assert tree.files == {} and tree.problems == ()


def test_names_typed_on_a_mac_find_the_same_file(tmp_path):
    (tmp_path / "แผนที่.pdf").write_bytes(b"%PDF")  # NFC on disk
    tree = walk_content(tmp_path, "content")
    import unicodedata

    assert tree.find(unicodedata.normalize("NFD", "แผนที่.pdf")) == tmp_path / "แผนที่.pdf"


def test_everything_under_a_refused_folder_is_refused(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "documents").symlink_to(tmp_path / "real")
    tree = walk_content(tmp_path, "content")
    assert tree.is_refused("documents/2566/x.pdf")
    assert not tree.is_refused("real/x.pdf")
    assert [str(p.location) for p in tree.problems] == ["content/documents"]


def test_validation_reads_no_file_through_a_link(attack, monkeypatch):
    """The check happens before any content file is opened: a linked report is never read."""
    _replace_with_link(attack, REPORT, _outside_copy_of(attack, REPORT))
    opened: list[str] = []
    real_open = os.open

    def spy(path, *args, **kwargs):
        opened.append(os.fspath(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy)
    _, problems = validate_content(Path("content"))
    assert [p.code for p in problems if p.is_error] == ["content_link"]
    assert not any(name.endswith("2566-round-1.yml") for name in opened)
    assert any(name.endswith("agency.yml") for name in opened)


def test_reading_refuses_a_link_even_if_one_appears_after_the_walk(tmp_path):
    (tmp_path / "real.yml").write_text("a: 1\n", encoding="utf-8")
    (tmp_path / "link.yml").symlink_to(tmp_path / "real.yml")
    with pytest.raises(OSError):
        read_regular_bytes(tmp_path / "link.yml", 100)
    assert read_regular_bytes(tmp_path / "link.yml", 100, follow_links=True) == b"a: 1\n"
    assert read_regular_bytes(tmp_path / "real.yml", 2) is None  # over the limit


def test_the_content_folder_itself_may_be_reached_through_a_link(attack, prongsai, tmp_path):
    """Where content/ lives is the operator's choice (a deploy may link it); only what is
    below it is content."""
    (tmp_path / "linked-content").symlink_to(attack)
    code, _, err = prongsai("--content", "linked-content", "check")
    assert code == 0, err
