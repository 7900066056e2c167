"""The stage packages (actors, attribution, events, with their sub-packages) stay readable: no
function over 80 lines, a docstring on every public one (issue #17)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import newsdyad

SRC = Path(newsdyad.__file__).parent
MODULES = sorted(p for stage in ("actors", "attribution", "events") for p in (SRC / stage).rglob("*.py"))
MAX_LINES = 80


def _defs(path: Path, public_only: bool = False):
    """(qualified name, node) of every function and class in a module, nested ones included."""
    out = []

    def walk(node, prefix: str, nested: bool):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = f"{prefix}{child.name}"
                if not public_only or (not child.name.startswith("_") and not nested):
                    out.append((name, child))
                walk(child, name + ".", nested or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)))
            else:
                walk(child, prefix, nested)

    walk(ast.parse(path.read_text(encoding="utf-8")), f"{path.stem}.", False)
    return out


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_structure_function_length(path):
    long = [(name, node.end_lineno - node.lineno + 1) for name, node in _defs(path)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno + 1 > MAX_LINES]
    assert long == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_structure_public_docstrings(path):
    missing = [name for name, node in _defs(path, public_only=True) if ast.get_docstring(node) is None]
    assert missing == []


def test_structure_covers_the_sub_packages():
    names = {str(p.relative_to(SRC)) for p in MODULES}
    assert {"attribution/constructions/cue_verb.py", "attribution/slots/source.py", "actors/resolve.py",
            "events/extract.py"} <= names


def test_structure_finds_a_long_function(tmp_path):
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_LINES + 1))
    f = tmp_path / "m.py"
    f.write_text(f"def f():\n{body}\n\n\ndef g():\n    return 1\n")
    names = [(n, node.end_lineno - node.lineno + 1) for n, node in _defs(f)]
    assert names == [("m.f", MAX_LINES + 2), ("m.g", 2)]
    assert [n for n, node in _defs(f, public_only=True) if ast.get_docstring(node) is None] == ["m.f", "m.g"]


def test_structure_events_layout_documented():
    """Every module of the events stage has a row in the code layout table of docs/events.md."""
    docs = (SRC.parents[1] / "docs" / "events.md").read_text(encoding="utf-8")
    table = docs[docs.index("## Code layout"):]
    modules = sorted(p.name for p in (SRC / "events").glob("*.py") if p.name != "_build_tables.py")
    assert [m for m in modules if f"`{m}`" not in table] == []
