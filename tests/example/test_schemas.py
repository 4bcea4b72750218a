"""The example's content/ against the editors' JSON Schemas and the VS Code settings."""

import jsonschema
import yaml

from prongsai.content.layout import content_files, kind_of
from prongsai.content.schemas import json_schemas
from tests.conftest import ROOT
from tests.example.conftest import EXAMPLE_CONTENT
from tests.test_schemas import vscode_schema_of


def test_the_example_content_is_valid_for_the_editor_too():
    schemas = json_schemas()
    files = content_files(EXAMPLE_CONTENT)
    assert files
    for path in files:
        kind = kind_of(path, EXAMPLE_CONTENT)
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        jsonschema.validate(data, schemas[f"{kind}.schema.json"])


def test_vscode_maps_every_example_content_file_to_its_schema():
    for path in content_files(EXAMPLE_CONTENT):
        relative = path.relative_to(ROOT).as_posix()
        assert vscode_schema_of(relative) == [f"{kind_of(path, EXAMPLE_CONTENT)}.schema.json"]
