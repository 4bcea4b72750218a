"""The example's content/ passes the checks an agency's content must pass."""

from prongsai.check import validate_content
from tests.example.conftest import EXAMPLE_CONTENT


def test_the_default_content_is_valid_and_warns_only_of_missing_oit_items():
    """The seed gives evidence for O42 and O43 of 2565 only; the other 41 items are honestly
    missing, which is a warning (an error with --strict)."""
    _, problems = validate_content(EXAMPLE_CONTENT)
    assert [(p.code, p.severity.value, p.context.get("count")) for p in problems] == [
        ("oit_items_missing", "warning", 41)
    ]
