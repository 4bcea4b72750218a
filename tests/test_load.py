from pathlib import Path

from prongsai.load import load_file, parse_yaml, read_text


def _parse(text: str):
    return parse_yaml(text, "x.yml", Path("x.yml"))


def test_every_value_and_key_keeps_its_line_and_column():
    document, problems = _parse("a: 1\nlist:\n  - name: หนึ่ง\n  - name: สอง\n")
    assert problems == []
    assert document.data == {"a": 1, "list": [{"name": "หนึ่ง"}, {"name": "สอง"}]}
    assert document.value_marks[("list", 1, "name")] == (4, 11)
    assert document.key_marks[("list", 1, "name")] == (4, 5)
    assert str(document.location(("list", 0, "name"))) == "x.yml:3:11"


def test_an_unknown_path_falls_back_to_its_closest_parent():
    document, _ = _parse("memo:\n  to: x\n")
    assert str(document.location(("memo", "missing"))) == "x.yml:2:3"


def test_scalars_keep_the_text_the_editor_typed():
    document, _ = _parse("number: 010\nanswer: no\nwhen: 2565-04-07\n")
    assert document.data["number"] == 8
    assert document.scalars[("number",)].source == "010"
    assert document.scalars[("number",)].kind == "int"
    assert document.scalars[("answer",)].kind == "bool"
    assert document.scalars[("when",)].kind == "date"


def test_keys_are_never_converted():
    document, _ = _parse("no: 1\n010: 2\n")
    assert document.data == {"no": 1, "010": 2}


def test_an_impossible_unquoted_date_is_kept_as_text():
    document, problems = _parse("date: 2565-02-31\n")
    assert problems == []
    assert document.data == {"date": "2565-02-31"}


def test_a_duplicate_key_is_a_problem_and_the_first_value_is_kept():
    document, problems = _parse("a: 1\nb: 2\na: 3\n")
    assert document.data == {"a": 1, "b": 2}
    assert [(p.code, str(p.location)) for p in problems] == [("yaml_duplicate_key", "x.yml:3:1")]
    assert problems[0].context["first_line"] == 1


def test_merge_keys_are_resolved():
    document, _ = _parse("base: &b {x: 1}\nother:\n  <<: *b\n  y: 2\n")
    assert document.data["other"] == {"x": 1, "y": 2}


def test_two_documents_in_one_file_are_a_problem():
    _, problems = _parse("a: 1\n---\nb: 2\n")
    assert [(p.code, str(p.location)) for p in problems] == [
        ("yaml_multiple_documents", "x.yml:3:1")
    ]


def test_a_utf8_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "bom.yml"
    path.write_bytes(b"\xef\xbb\xbfname: \xe0\xb8\x81\n")
    document, problems = load_file(path, "bom.yml")
    assert problems == []
    assert document.data == {"name": "ก"}


def test_a_file_that_is_only_comments_is_empty(tmp_path):
    path = tmp_path / "c.yml"
    path.write_text("# nothing here\n", encoding="utf-8")
    document, problems = load_file(path, "c.yml")
    assert document is None
    assert [p.code for p in problems] == ["file_empty"]


def test_windows_874_is_recognised_and_located(tmp_path):
    path = tmp_path / "old.yml"
    path.write_bytes("name: ok\nto: นายก\n".encode("cp874"))
    text, problems = read_text(path, "old.yml")
    assert text is None
    assert [(p.code, str(p.location)) for p in problems] == [("file_not_utf8", "old.yml:2:5")]
    assert "Windows-874" in problems[0].english


def test_other_binary_is_not_called_windows_874(tmp_path):
    path = tmp_path / "bin.yml"
    path.write_bytes(b"a: \xff\xfe\x00\x81\n")
    _, problems = read_text(path, "bin.yml")
    assert "Windows-874" not in problems[0].english
