"""The layers of ARCHITECTURE.md, checked on the source (#14): no import cycles, no import of
the engine inside a function (a way to hide a cycle), each layer imports only layers below it,
and only the MkDocs plugin imports MkDocs.

Written with the ast module rather than import-linter, so that it needs no new dependency;
imports under ``if TYPE_CHECKING:`` are left out (they are never run).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

GENERATOR = Path(__file__).resolve().parent.parent / "generator"

# Lowest first. A module belongs to the first entry that is it or a package holding it; a
# module may import its own layer and the layers below, never a layer above.
LAYERS: list[tuple[str, ...]] = [
    ("prongsai.shared",),
    ("prongsai.content",),
    # The rules of each feature, on what content/ holds.
    (
        "prongsai.oit.catalogue",
        "prongsai.oit.documents",
        "prongsai.oit.validate_oit",
        "prongsai.statistics.validate_statistics",
        "prongsai.search",
    ),
    ("prongsai.check",),
    # The site model and every page and file made from it (features' pages included).
    (
        "prongsai.site",
        "prongsai.api",
        "prongsai.oit.itas",
        "prongsai.statistics.charts",
        "prongsai.statistics.open_data",
    ),
    ("prongsai.pipeline",),
    ("prongsai.authoring", "prongsai.oit.oit_commands", "prongsai.hub"),
    ("prongsai.publish",),
    ("prongsai.cli", "prongsai.__main__"),
]

LAZY_IMPORTS_ALLOWED = {"prongsai.cli"}
"""The command line imports a command's modules when that command runs (start-up time)."""

MKDOCS_ALLOWED = {"prongsai.publish.mkdocs_plugin"}
MATERIAL_ALLOWED = {"prongsai.publish.mkdocs_plugin", "prongsai.hub.render"}
"""hub.render copies Material's stylesheet (a file of the theme); it uses nothing of MkDocs."""


def _module_name(path: Path) -> str:
    parts = ["prongsai", *path.relative_to(GENERATOR).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(GENERATOR.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    return "TYPE_CHECKING" in ast.unparse(node.test)


def _imports(tree: ast.Module) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(module-level imports, imports inside a function or class), as (name, line)."""
    top: list[tuple[str, int]] = []
    inner: list[tuple[str, int]] = []

    def names(node: ast.Import | ast.ImportFrom) -> list[str]:
        if isinstance(node, ast.Import):
            return [alias.name for alias in node.names]
        base = node.module or ""
        found = [f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in MODULES]
        return found or [base]

    def visit(body: list[ast.stmt], nested: bool) -> None:
        for node in body:
            if isinstance(node, ast.If) and _is_type_checking(node):
                visit(node.orelse, nested)
                continue
            if isinstance(node, ast.Import | ast.ImportFrom):
                (inner if nested else top).extend((n, node.lineno) for n in names(node))
            for field in ("body", "orelse", "finalbody", "handlers"):
                children = getattr(node, field, None)
                if isinstance(children, list) and children and isinstance(children[0], ast.AST):
                    inside = nested or isinstance(
                        node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef
                    )
                    visit(children, inside)  # type: ignore[arg-type]

    visit(tree.body, False)
    return top, inner


IMPORTS = {name: _imports(ast.parse(path.read_text("utf-8"))) for name, path in MODULES.items()}


def _engine(name: str) -> str | None:
    """The engine module an import names (a package's __init__ for a package)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name if name.startswith("prongsai.") else None


def _layer(module: str) -> int:
    for index, layer in enumerate(LAYERS):
        if any(module == entry or module.startswith(entry + ".") for entry in layer):
            return index
    raise AssertionError(f"{module} is in no layer of tests/test_architecture.py")


LAYERED = sorted(
    m for m, path in MODULES.items() if path.name != "__init__.py" or IMPORTS[m] != ([], [])
)
"""Every module but the packages' own __init__ that import nothing (a docstring only)."""


def test_every_module_is_in_a_layer():
    for module in LAYERED:
        _layer(module)


@pytest.mark.parametrize("module", LAYERED)
def test_a_module_imports_only_its_layer_and_the_layers_below(module):
    upward = [
        f"line {line}: {name}"
        for name, line in IMPORTS[module][0]
        if (target := _engine(name)) and _layer(target) > _layer(module)
    ]
    assert upward == [], f"{module} imports a higher layer"


def test_no_import_inside_a_function():
    found = [
        f"{module} line {line}: {name}"
        for module, (_, inner) in IMPORTS.items()
        if module not in LAZY_IMPORTS_ALLOWED
        for name, line in inner
        if _engine(name)
    ]
    assert found == []


def test_no_import_cycle():
    graph = {
        module: {t for name, _ in top if (t := _engine(name)) and t != module}
        for module, (top, _) in IMPORTS.items()
    }
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                cycles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target)
        path.pop()
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module)
    assert cycles == []


def test_only_the_plugin_imports_mkdocs():
    for module, (top, inner) in IMPORTS.items():
        for name, line in top + inner:
            root = name.split(".")[0]
            if root == "mkdocs":
                assert module in MKDOCS_ALLOWED, f"{module} line {line} imports {name}"
            if root == "material":
                assert module in MATERIAL_ALLOWED, f"{module} line {line} imports {name}"
