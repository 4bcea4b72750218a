"""Thai words in the search index (generator/search/thai_search.py)."""

from __future__ import annotations

import json

from prongsai.search.thai_search import (
    WORD_JOINER,
    BackgroundSegmenter,
    segment_search_index,
    segment_text,
)


def test_thai_runs_are_cut_into_words_and_nothing_else_changes():
    text = "<p>การใช้ทรัพย์สินของราชการ (O15) ปี 2565</p>"
    assert segment_text(text) == (
        "<p>การ\u200bใช้\u200bทรัพย์สิน\u200bของ\u200bราชการ (O15) ปี 2565</p>"
    )
    assert segment_text("Atom feed, O42") == "Atom feed, O42"
    assert segment_text("").strip() == ""


def test_the_words_put_back_together_are_the_original_text():
    text = "องค์การบริหารส่วนตำบลเขาน้อย งบประมาณรายจ่าย ผู้มีส่วนได้ส่วนเสียภายนอก"
    segmented = segment_text(text)
    assert segmented.replace(WORD_JOINER, "") == text
    assert segmented.count(WORD_JOINER) >= 6


def _index(tmp_path):
    index = {
        "config": {"lang": ["en"], "separator": "[\\s\\u200b]+", "pipeline": []},
        "docs": [
            {"location": "", "title": "หน้าแรก", "text": "<p>รายงานคุณธรรมและความโปร่งใส</p>"},
            {"location": "about/", "title": "ติดต่อหน่วยงาน", "text": "Atom"},
        ],
    }
    path = tmp_path / "search_index.json"
    path.write_text(json.dumps(index), encoding="utf-8")  # ASCII escapes, as Material writes
    return index, path


def test_the_index_is_rewritten_segmented_and_without_ascii_escapes(tmp_path):
    original, path = _index(tmp_path)
    segment_search_index(path)
    text = path.read_text(encoding="utf-8")
    assert "\\u0e" not in text  # Thai written as Thai: 3 bytes a letter, not 6
    index = json.loads(text)
    assert index["config"] == original["config"]
    assert index["docs"][0]["text"] == "<p>รายงาน\u200bคุณธรรม\u200bและ\u200bความ\u200bโปร่งใส</p>"
    assert index["docs"][1]["title"] == "ติดต่อ\u200bหน่วยงาน" and index["docs"][1]["text"] == "Atom"


def test_the_child_process_gives_the_same_index(tmp_path):
    _, path = _index(tmp_path)
    expected = tmp_path / "expected.json"
    expected.write_bytes(path.read_bytes())
    segment_search_index(expected)
    segmenter = BackgroundSegmenter()
    segmenter.segment(path)
    assert segmenter.process.returncode == 0
    assert path.read_text(encoding="utf-8") == expected.read_text(encoding="utf-8")


def test_a_cancelled_child_leaves_nothing_running(tmp_path):
    segmenter = BackgroundSegmenter()
    segmenter.cancel()
    assert segmenter.process.poll() is not None


def test_if_the_child_fails_the_build_process_does_the_work(tmp_path, monkeypatch, capsys):
    _, path = _index(tmp_path)
    segmenter = BackgroundSegmenter()
    segmenter.cancel()  # a dead child: communicate() gets no answer
    segmenter.segment(path)
    assert WORD_JOINER in path.read_text(encoding="utf-8")
    assert "segmenting in the build process" in capsys.readouterr().err
