"""Documents under content/: safe addresses for Thai names, and what a reader can verify."""

from __future__ import annotations

import hashlib

import pytest

from prongsai.oit.documents import describe, published_path, safe_segment
from tests.conftest import OIT_DOCUMENT


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570).pdf", "แผนพัฒนาท้องถิ่น-พ.ศ.-2566-2570.pdf"),
        ("สขร. เดือน ตุลาคม 2564.XLSX", "สขร.-เดือน-ตุลาคม-2564.xlsx"),
        ("report  final?&.PDF", "report-final.pdf"),
        ("ประกาศ\u00a0เจตจำนง.pdf", "ประกาศ-เจตจำนง.pdf"),
    ],
)
def test_names_keep_thai_and_lose_spaces_and_punctuation(name, safe):
    assert safe_segment(name) == safe


def test_the_same_thai_name_typed_on_two_systems_gets_one_address():
    composed = "คู่มือ.pdf"  # NFC, as typed on Windows
    import unicodedata

    decomposed = unicodedata.normalize("NFD", composed)
    assert safe_segment(decomposed) == safe_segment(composed)


def test_documents_are_published_under_documents():
    assert published_path("documents/2566/แผน ปี 2566.pdf") == "documents/2566/แผน-ปี-2566.pdf"
    assert published_path("แผน.pdf") == "documents/แผน.pdf"


def test_describe_gives_type_size_and_the_sha256_of_the_bytes(oit_content):
    source = oit_content / OIT_DOCUMENT
    document = describe(source, OIT_DOCUMENT)
    data = source.read_bytes()
    assert document.size == len(data)
    assert document.sha256 == hashlib.sha256(data).hexdigest()
    assert document.type.thai == "PDF"
    assert document.url_path == "documents/2566/โครงสร้าง-อบต.-2566.pdf"
    assert document.file_name == "โครงสร้าง-อบต.-2566.pdf"
