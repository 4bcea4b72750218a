import tempfile
import time
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from prongsai.content.load import load_file, parse_yaml, read_text
from prongsai.shared import limits
from prongsai.shared.messages import MESSAGES


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


# ---- limits (#13): each one a problem at its place, never an exception --------------------


def _codes(text: str) -> list[tuple[str, str]]:
    _, problems = _parse(text)
    return [(p.code, str(p.location)) for p in problems]


def test_a_billion_laughs_stops_at_the_alias_that_crosses_the_limit():
    levels = ['a0: &a0 ["ฮา", "ฮา", "ฮา", "ฮา", "ฮา", "ฮา", "ฮา", "ฮา", "ฮา"]']
    for n in range(1, 9):
        levels.append(f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]")
    started = time.monotonic()
    codes = _codes("\n".join(levels) + "\n")
    assert time.monotonic() - started < 5
    # a5 stands for 9⁶ values: its second *a4 is the first to cross 100,000.
    assert codes == [("yaml_alias_expansion", "x.yml:6:10")]


def test_aliases_below_the_limits_still_work():
    document, problems = _parse("a: &a [1, 2]\nb: [*a, *a]\n")
    assert problems == []
    assert document.data == {"a": [1, 2], "b": [[1, 2], [1, 2]]}


def test_an_anchor_inside_itself_is_refused_at_the_alias():
    assert _codes("a: &a [x, *a]\n") == [("yaml_alias_recursive", "x.yml:1:11")]


def test_an_anchor_defined_twice_is_a_syntax_problem_not_recursion():
    assert _codes("a: &a [&a x, *a]\n") == [("yaml_syntax", "x.yml:1:8")]


def test_nesting_deeper_than_the_limit_is_refused_where_it_crosses():
    depth = limits.MAX_DEPTH
    assert _codes("[" * depth + "]" * depth + "\n") == []
    assert _codes("[" * (depth + 1) + "]" * (depth + 1) + "\n") == [
        ("yaml_too_deep", f"x.yml:1:{depth + 1}")
    ]


def test_deep_block_nesting_is_refused_too():
    assert _codes("- " * 10_000 + "x\n")[0][0] == "yaml_too_deep"


def test_a_merge_key_naming_a_number_is_a_problem_at_the_merge_key():
    document, problems = _parse("n: &n 1\nm:\n  <<: *n\n  y: 2\n")
    assert [(p.code, str(p.location)) for p in problems] == [("yaml_merge_invalid", "x.yml:3:3")]
    assert document.data["m"] == {"y": 2}


def test_a_key_that_is_not_text_is_read_as_a_question_mark():
    # Found by fuzzing: a complex key (a set of keys used as a key) has no quoting style.
    document, problems = _parse("? ?\n")
    assert problems == []
    assert document.data == {"?": None}


def test_tags_are_never_constructed():
    assert _codes("a: !!python/name:os.system x\nb: !!binary aGk=\nc: !x {}\n") == [
        ("yaml_tag", "x.yml:1:4"),
        ("yaml_tag", "x.yml:2:4"),
        ("yaml_tag", "x.yml:3:4"),
    ]
    assert _codes('a: !!str 010\nb: !!int "7"\n') == []


def test_numbers_longer_than_the_limit_are_refused():
    longest = "9" * limits.MAX_DIGITS
    assert _codes(f"a: {longest}\n") == []
    assert _codes(f"a: 1{longest}\nb: 0x{'f' * 20}\n") == [
        ("number_too_long", "x.yml:1:4"),
        ("number_too_long", "x.yml:2:4"),
    ]


def test_escaped_control_characters_are_refused_in_values_and_keys():
    assert _codes('a: "x\\x07"\n"b\\u0000": 1\nc: "ok\\ttab\\nline"\n') == [
        ("control_character", "x.yml:1:4"),
        ("control_character", "x.yml:2:1"),
    ]


def test_raw_control_characters_are_refused_with_the_text(tmp_path):
    path = tmp_path / "c.yml"
    path.write_bytes("a: ก\x08\nb: ok\r\nc: \x85\n".encode())
    document, problems = load_file(path, "c.yml")
    assert document is None
    assert [(p.code, str(p.location), p.context["character"]) for p in problems] == [
        ("control_character", "c.yml:1:5", "U+0008"),
        ("control_character", "c.yml:3:4", "U+0085"),
    ]


def test_a_file_over_the_size_limit_is_not_read(tmp_path):
    path = tmp_path / "big.yml"
    path.write_bytes(b"a: 1\n" + b"#" * limits.MAX_FILE_BYTES)
    document, problems = load_file(path, "big.yml")
    assert document is None
    assert [p.code for p in problems] == ["file_too_large"]


# ---- fuzz: no input ends in an exception; every problem names its file -------------------

FUZZ = settings(max_examples=150, deadline=None, derandomize=True)

_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(["no", "010", "2565-02-31", "<<", "*a", "&a", "!!binary", "0x1F", "1:20"]),
)
_keys = st.one_of(st.text(max_size=10), st.sampled_from(["<<", "fiscal_year", "round", "memo"]))
_trees = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_keys, inner, max_size=4),
    max_leaves=25,
)


def _assert_well_reported(problems, file: str) -> None:
    for problem in problems:
        assert problem.location.file == file
        assert problem.code in MESSAGES
        problem.format()  # every placeholder filled: a KeyError here would be exit 3


def _dump(tree, style: str | None) -> str:
    return yaml.safe_dump(tree, allow_unicode=True, default_style=style, width=60)


@FUZZ
@given(tree=_trees, style=st.sampled_from([None, '"', "'"]))
def test_fuzz_random_yaml_trees_load_or_report(tree, style):
    text = _dump(tree, style)
    document, problems = parse_yaml(text, "fuzz.yml", Path("fuzz.yml"))
    _assert_well_reported(problems, "fuzz.yml")
    assert document is not None or problems


@FUZZ
@given(
    text=st.text(alphabet=st.sampled_from(list("ab:-[]{}&*!|>'\"#<,?% \t\n\r\x01²9ก")), max_size=80)
)
def test_fuzz_yaml_like_text_loads_or_reports(text):
    _, problems = parse_yaml(text, "fuzz.yml", Path("fuzz.yml"))
    _assert_well_reported(problems, "fuzz.yml")


@FUZZ
@given(raw=st.binary(max_size=200))
def test_fuzz_random_bytes_load_or_report(raw):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bytes.yml"
        path.write_bytes(raw)
        _, problems = load_file(path, "bytes.yml")
    _assert_well_reported(problems, "bytes.yml")
