import json

import pytest

from prongsai.pipeline import run
from prongsai.site.write import UnsafePathError, safe_join, write_pages


def test_paths_cannot_leave_the_output_folder(tmp_path):
    assert safe_join(tmp_path, "2565/index.md") == (tmp_path / "2565/index.md").resolve()
    with pytest.raises(UnsafePathError):
        safe_join(tmp_path, "../outside.md")
    with pytest.raises(UnsafePathError):
        safe_join(tmp_path, "/etc/passwd")


def test_every_page_and_the_nav_are_written(content, tmp_path):
    rendered = run(content).rendered
    out = tmp_path / "out"
    written = write_pages(rendered, out)
    assert sorted(p.relative_to(out).as_posix() for p in written) == [
        "2566/index.md",
        "2566/round-1/index.md",
        "about/index.md",
        "accessibility/index.md",
        "api/v1/agency.json",
        "api/v1/index.json",
        "api/v1/schemas/agency.schema.json",
        "api/v1/schemas/index.schema.json",
        "api/v1/schemas/year.schema.json",
        "api/v1/years/2566.json",
        "catalog.jsonld",
        "data.json",
        "feed.xml",
        "index.md",
        "nav.json",
        "policy/cookies/index.md",
        "policy/privacy/index.md",
        "policy/security/index.md",
        "policy/website/index.md",
    ]
    for page in rendered.pages:
        assert (out / page.path.source_path).read_text(encoding="utf-8") == page.markdown
    nav = json.loads((out / "nav.json").read_text(encoding="utf-8"))
    assert nav[0] == {"หน้าแรก": "index.md"}
    assert nav[1]["ปีงบประมาณ 2566"][1] == {"รอบ 6 เดือนแรก": "2566/round-1/index.md"}
