"""JSON Schemas of the content files, generated from the records in records.py.

Editors get validation and autocompletion from them: VS Code through .vscode/settings.json
(which points at the copies `prongsai schema` writes to .schemas/), anything else through
the copies published with the site at /schemas/.
"""

from __future__ import annotations

import json
from pathlib import Path

from prongsai.content.records import FILE_KINDS

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMAS_URL_FOLDER = "schemas"
"""Where the site publishes them: <site_url>/schemas/<kind>.schema.json."""


def schema_file_name(kind: str) -> str:
    return f"{kind}.schema.json"


def json_schemas() -> dict[str, dict]:
    """``{file name: schema}`` for every kind of content file."""
    schemas = {}
    for kind, record in FILE_KINDS.items():
        schema = {"$schema": SCHEMA_DIALECT, **record.model_json_schema()}
        schemas[schema_file_name(kind)] = schema
    return schemas


def schema_text(schema: dict) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def write_schemas(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in json_schemas().items():
        target = out_dir / name
        target.write_text(schema_text(schema), encoding="utf-8")
        written.append(target)
    return written


SCHEMA_FOLDER = ".schemas"
"""Where `prongsai schema` writes the schemas in a site repository, for the editor."""
CONTENT_GLOBS = {
    "agency": ["content/agency.yml"],
    "round-report": ["content/reports/*.yml"],
    "site": ["content/site.yml"],
    "oit-disclosures": ["content/oit/*.yml"],
    "oit-catalogue": ["content/oit/catalogues/*.yml"],
    "statistics": ["content/statistics/*/*.yml"],
}


def editor_settings() -> dict:
    """VS Code's settings for a site repository: each content file checked against its
    schema as it is typed, YAML indented with spaces, files saved as UTF-8."""
    return {
        "yaml.schemas": {
            f"./{SCHEMA_FOLDER}/{schema_file_name(kind)}": globs
            for kind, globs in CONTENT_GLOBS.items()
        },
        "yaml.validate": True,
        "yaml.completion": True,
        "yaml.hover": True,
        "files.encoding": "utf8",
        "[yaml]": {
            "editor.insertSpaces": True,
            "editor.tabSize": 2,
            "editor.autoIndent": "advanced",
        },
    }
