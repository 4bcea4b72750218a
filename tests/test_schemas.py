"""The JSON Schemas editors get must agree with the validator and be wired for VS Code."""

import fnmatch
import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from prongsai.records import FILE_KINDS
from prongsai.schemas import json_schemas, write_schemas
from prongsai.validate import content_files, kind_of
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


@pytest.mark.parametrize("content_dir", [ROOT / "content", FIXTURES / "minimal"])
def test_valid_content_is_valid_for_the_editor_too(content_dir):
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


def test_vscode_maps_every_content_file_to_its_schema():
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    mapping = settings["yaml.schemas"]
    names = set(json_schemas())
    assert {Path(schema).name for schema in mapping} == names
    for path in content_files(ROOT / "content"):
        relative = path.relative_to(ROOT).as_posix()
        matches = [
            s for s, globs in mapping.items() if any(fnmatch.fnmatch(relative, g) for g in globs)
        ]
        assert [Path(m).name for m in matches] == [f"{kind_of(path, ROOT / 'content')}.schema.json"]


def test_schemas_are_written_where_vscode_looks(tmp_path):
    written = write_schemas(tmp_path / ".schemas")
    assert sorted(p.name for p in written) == sorted(json_schemas())
