"""The construction registry: every registered construction is documented and tested."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsdyad.attribution.constructions import CONSTRUCTIONS, REGISTRY

DOCS = Path(__file__).resolve().parents[3] / "docs" / "attribution.md"


def _doc_rules() -> list[str]:
    """The backticked rule names in the first column of docs/attribution.md's table."""
    rows = [line for line in DOCS.read_text(encoding="utf-8").splitlines() if line.startswith("| `")]
    return [name for row in rows for name in re.findall(r"`([^`]+)`", row.split("|")[1])]


def _name(module) -> str:
    return module.__name__.rsplit(".", 1)[-1]


@pytest.mark.parametrize("module", CONSTRUCTIONS, ids=_name)
def test_constructions_registry_every_rule_has_a_docs_row(module):
    documented = _doc_rules()
    assert module.RULES
    for rule in module.RULES:
        assert any(name == rule or name.startswith(rule + ":") for name in documented), rule


@pytest.mark.parametrize("module", CONSTRUCTIONS, ids=_name)
def test_constructions_registry_every_construction_has_a_test_table(module):
    table = Path(__file__).parent / f"test_{_name(module)}.py"
    assert table.is_file(), table
    text = table.read_text(encoding="utf-8")
    assert "FINDS = [" in text and "NOTHING = [" in text


@pytest.mark.parametrize("module", CONSTRUCTIONS, ids=_name)
def test_constructions_registry_every_construction_has_find_and_examples(module):
    assert callable(module.find)
    assert "Not this" in module.__doc__


def test_constructions_registry_runs_every_construction_module_once():
    package = Path(CONSTRUCTIONS[0].__file__).parent
    modules = {p.stem for p in package.glob("*.py") if p.stem != "__init__"}
    assert sorted(_name(m) for m in CONSTRUCTIONS) == sorted(modules)
    passes = [step.__name__ for step in REGISTRY if step not in CONSTRUCTIONS]
    assert passes == ["dedupe", "drop_unfit", "trailing_cues", "continuations", "transcript_lines"]
