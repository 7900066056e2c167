"""The import graph: layers import downward only, and no module imports itself back.

The contracts are import-linter's, declared in pyproject.toml ([tool.importlinter]): one
layers contract (cli <- api <- runner/store ... <- pipeline <- stages <- helpers <- model) and
one forbidden contract (the store and the readers import no coder), with no exceptions.  A
cycle is a strongly connected component of grimp's graph of the package (function-level
imports count too), reported with the imports that close it.
"""

from __future__ import annotations

import copy
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import grimp
import pytest
from importlinter import api
from importlinter.contracts.forbidden import ForbiddenContract
from importlinter.contracts.layers import LayersContract

import newsdyad

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = ROOT / "pyproject.toml"
CONTRACT_TYPES = {"layers": LayersContract, "forbidden": ForbiddenContract}


@lru_cache(maxsize=1)
def package_graph() -> grimp.ImportGraph:
    return grimp.build_graph("newsdyad", include_external_packages=False, cache_dir=None)


def configuration() -> dict:
    return api.read_configuration(str(PYPROJECT))


def broken_contracts(graph: grimp.ImportGraph) -> list[str]:
    """The ids of the pyproject contracts that `graph` breaks."""
    config = configuration()
    broken = []
    for options in config["contracts_options"]:
        contract = CONTRACT_TYPES[options["type"]](name=options["name"], session_options=config["session_options"],
                                                   contract_options=options)
        if not contract.check(copy.deepcopy(graph), verbose=False).kept:
            broken.append(options["id"])
    return broken


def import_cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm, iterative).

    >>> g = grimp.ImportGraph()
    >>> for a, b in [("p.a", "p.b"), ("p.b", "p.a"), ("p.b", "p.c")]:
    ...     g.add_import(importer=a, imported=b)
    >>> import_cycles(g)
    [['p.a', 'p.b']]
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    for start in sorted(graph.modules):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.find_modules_directly_imported_by(start))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    components.append(sorted(component))
    return sorted(components)


def describe_cycle(graph: grimp.ImportGraph, component: list[str]) -> str:
    """The imports inside one cycle, with their lines: what to change to break it."""
    members = set(component)
    lines = []
    for importer in component:
        for imported in sorted(graph.find_modules_directly_imported_by(importer) & members):
            for detail in graph.get_import_details(importer=importer, imported=imported):
                lines.append(f"    {importer}:{detail['line_number']} -> {imported}: {detail['line_contents']}")
    return "cycle " + " <-> ".join(component) + "\n" + "\n".join(lines)


def _children() -> list[str]:
    import pkgutil

    return sorted(m.name for m in pkgutil.iter_modules(newsdyad.__path__))


def _graph_of(imports: list[tuple[str, str]]) -> grimp.ImportGraph:
    graph = grimp.ImportGraph()
    for importer, imported in imports:
        graph.add_import(importer=importer, imported=imported)
    return graph


# --------------------------------------------------------------------------- the contracts


def test_layers_contracts_kept_by_lint_imports():
    """`lint-imports` (what `make lint-imports` runs) keeps every contract."""
    lint = Path(sys.executable).with_name("lint-imports")
    assert lint.exists(), f"{lint} is missing: install the test extra (make install-test)"
    run = subprocess.run([str(lint), "--no-cache", "--no-logo", str(PYPROJECT)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout


def test_layers_contracts_list_no_exceptions():
    config = configuration()
    ids = [c["id"] for c in config["contracts_options"]]
    assert ids == ["layers", "store-codes-nothing"]
    for options in config["contracts_options"]:
        assert "ignore_imports" not in options, f"contract {options['id']} lists exceptions"
    layers = config["contracts_options"][0]
    assert layers["exhaustive"] == "True"  # a new module must be given its layer


@pytest.mark.parametrize("importer, imported, broken", [
    # upward imports
    ("newsdyad.model", "newsdyad.pipeline", ["layers", "store-codes-nothing"]),
    ("newsdyad.pipeline", "newsdyad.parallel", ["layers"]),
    ("newsdyad.parallel", "newsdyad.dispatch", ["layers"]),
    ("newsdyad.pipeline", "newsdyad.runner", ["layers"]),
    ("newsdyad.actors", "newsdyad.attribution", ["layers"]),
    ("newsdyad.nlp", "newsdyad.actors", ["layers"]),
    ("newsdyad.store", "newsdyad.corpus", ["layers"]),
    ("newsdyad.api.v1", "newsdyad.cli", ["layers"]),
    ("newsdyad.events", "newsdyad", ["layers"]),  # the root package re-exports the pipeline
    # siblings of one layer are independent
    ("newsdyad.events", "newsdyad.attribution", ["layers"]),
    ("newsdyad.runner", "newsdyad.scale", ["layers"]),
    ("newsdyad.dates", "newsdyad.wordlists", ["layers"]),
    # downward, yet the store must not code
    ("newsdyad.store", "newsdyad.parallel", ["store-codes-nothing"]),
    ("newsdyad.corpus", "newsdyad.dispatch", ["store-codes-nothing"]),
    ("newsdyad.render", "newsdyad.nlp", ["store-codes-nothing"]),
    # downward imports: nothing breaks
    ("newsdyad.cli", "newsdyad.model", []),
    ("newsdyad.runner", "newsdyad.parallel", []),
    ("newsdyad.events", "newsdyad.actors", []),
    ("newsdyad.scale", "newsdyad.store", []),
])
def test_layers_contract_breaks_on(importer, imported, broken):
    graph = copy.deepcopy(package_graph())
    graph.add_import(importer=importer, imported=imported)
    assert broken_contracts(graph) == broken


# --------------------------------------------------------------------------- cycles


@pytest.mark.parametrize("imports, cycles", [
    ([("p.a", "p.b"), ("p.b", "p.a")], [["p.a", "p.b"]]),
    ([("p.a", "p.b"), ("p.b", "p.c"), ("p.c", "p.a"), ("p.c", "p.d")], [["p.a", "p.b", "p.c"]]),
    ([("p", "p.a"), ("p.a", "p")], [["p", "p.a"]]),  # a package and the module it registers
    ([("p.a", "p.b"), ("p.b", "p.a"), ("p.c", "p.d"), ("p.d", "p.c")], [["p.a", "p.b"], ["p.c", "p.d"]]),
    ([("p.a", "p.b"), ("p.b", "p.c"), ("p.a", "p.c")], []),  # a diamond is no cycle
    ([("p.a", "p.b")], []),
])
def test_layers_import_cycles_found(imports, cycles):
    assert import_cycles(_graph_of(imports)) == cycles


@pytest.mark.parametrize("child", _children())
def test_layers_no_import_cycle(child):
    """No module of newsdyad.<child> is on an import cycle (one test per top-level module or package)."""
    graph = package_graph()
    mine = [c for c in import_cycles(graph)
            if any(m == f"newsdyad.{child}" or m.startswith(f"newsdyad.{child}.") for m in c)]
    assert not mine, "\n".join(describe_cycle(graph, c) for c in mine)


def test_layers_root_package_imports_no_cycle():
    """`import newsdyad` re-exports the API (model, pipeline, dispatch); nothing imports the root back
    except the faces above every layer (cli, api)."""
    graph = package_graph()
    importers = {m.split(".")[1] for m in graph.find_modules_that_directly_import("newsdyad")}
    assert importers <= {"cli", "api"}, importers
    assert not [c for c in import_cycles(graph) if "newsdyad" in c]
