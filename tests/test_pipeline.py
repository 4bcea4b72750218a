import subprocess
import sys

import pytest

from prongsai.content.problems import ContentError
from prongsai.pipeline import rendered_or_raise, run
from tests.conftest import MINIMAL_REPORT, ROOT

CORE_MODULES = [
    "prongsai.content.load",
    "prongsai.content.validate",
    "prongsai.content.records",
    "prongsai.site.model",
    "prongsai.site.render",
    "prongsai.site.write",
    "prongsai.pipeline",
    "prongsai.content.schemas",
    "prongsai.shared.thai",
    "prongsai.shared.urls",
]


def test_the_core_never_imports_mkdocs():
    code = (
        f"import {', '.join(CORE_MODULES)}, sys;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('mkdocs', 'material')))"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert output.strip() == "[]"


def test_invalid_content_renders_nothing(content):
    (content / MINIMAL_REPORT).write_text("fiscal_year: 2022\n", encoding="utf-8")
    result = run(content)
    assert result.rendered is None
    assert result.errors()


def test_strict_turns_warnings_into_build_stoppers(content):
    report = content / MINIMAL_REPORT
    report.write_text(report.read_text(encoding="utf-8").replace("status: done", "", 1), "utf-8")
    assert rendered_or_raise(content).rendered is not None
    with pytest.raises(ContentError) as caught:
        rendered_or_raise(content, strict=True)
    assert [p.code for p in caught.value.problems] == ["status_missing"]
