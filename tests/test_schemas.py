"""The JSON Schemas editors get must agree with the validator and be wired for VS Code."""

import fnmatch
import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from prongsai.content.layout import content_files, kind_of
from prongsai.content.records import FILE_KINDS
from prongsai.content.schemas import json_schemas, write_schemas
from tests.conftest import FIXTURES, ROOT


def test_every_kind_of_content_file_has_a_valid_schema():
    schemas = json_schemas()
    assert sorted(schemas) == sorted(f"{kind}.schema.json" for kind in FILE_KINDS)
    for schema in schemas.values():
        jsonschema.Draft202012Validator.check_schema(schema)


def test_every_field_has_a_description_in_thai_and_english():
    def walk(node):
        if isinstance(node, dict):
            for name, prop in node.get("properties", {}).items():
                description = prop.get("description", "")
                assert " — " in description, f"{name}: {description!r}"
            for value in node.values():
                walk(value)

    for schema in json_schemas().values():
        walk(schema)


CONTENT_FIXTURES = ["minimal", "oit", "statistics", "demo"]


@pytest.mark.parametrize("fixture", ["minimal", "demo"])
def test_valid_content_is_valid_for_the_editor_too(fixture):
    """Not the oit and statistics fixtures: they hold values the validator accepts on purpose
    and an editor would not (an unquoted date, which PyYAML here reads as a date; a count
    written "1,000")."""
    content_dir = FIXTURES / fixture
    schemas = json_schemas()
    for path in content_files(content_dir):
        kind = kind_of(path, content_dir)
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        jsonschema.validate(data, schemas[f"{kind}.schema.json"])


def test_the_editor_schema_rejects_a_typo_in_a_key():
    data = yaml.safe_load((FIXTURES / "minimal" / "agency.yml").read_text(encoding="utf-8"))
    data["nmae"] = data.pop("name")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json_schemas()["agency.schema.json"])


def vscode_schema_of(relative: str) -> list[str]:
    """The schemas .vscode/settings.json gives a file at ``relative`` (from the repository)."""
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    mapping = settings["yaml.schemas"]
    assert {Path(schema).name for schema in mapping} == set(json_schemas())
    return [
        Path(s).name
        for s, globs in mapping.items()
        if any(fnmatch.fnmatch(relative, g) for g in globs)
    ]


@pytest.mark.parametrize("fixture", CONTENT_FIXTURES)
def test_vscode_maps_every_content_file_to_its_schema(fixture):
    """Each file of a content folder, as it would sit under content/ in a site repository."""
    content_dir = FIXTURES / fixture
    for path in content_files(content_dir):
        relative = f"content/{path.relative_to(content_dir).as_posix()}"
        assert vscode_schema_of(relative) == [f"{kind_of(path, content_dir)}.schema.json"]


def test_schemas_are_written_where_vscode_looks(tmp_path):
    written = write_schemas(tmp_path / ".schemas")
    assert sorted(p.name for p in written) == sorted(json_schemas())
