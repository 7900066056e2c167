"""The packaged PETRARCH verb files are exactly what scripts/build_petrarch_verbs.py builds.

A change to the mapping (events/petrarch_map.py) or to our own lexicon's wrapper and light frames
changes what the script writes; this test fails until the data files are rebuilt, so the package
never carries rows no script in the repository produces.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "src" / "newsdyad" / "data" / "events"


def _script():
    spec = importlib.util.spec_from_file_location("build_petrarch_verbs", REPO / "scripts" / "build_petrarch_verbs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_events_petrarch_build_package_files_are_what_the_script_builds(shared_dir, tmp_path):
    build = _script()
    shared = shared_dir / "data" / "petrarch2"
    rows, _stats, summaries = build.build(shared)
    patterns = [r for r in rows if not r[1].actor_args]
    defaults = [r for r in rows if r[1].actor_args]
    assert patterns and defaults
    build.write(patterns, summaries, shared, tmp_path / "verbs.tsv")
    build.write(defaults, summaries, shared, tmp_path / "defaults.tsv",
                "verbs' default codes (rule 2b: only between coded actors)")
    assert (tmp_path / "verbs.tsv").read_text(encoding="utf-8") == (DATA / "petrarch_verbs.tsv").read_text(encoding="utf-8")
    assert (tmp_path / "defaults.tsv").read_text(encoding="utf-8") == (DATA / "petrarch_verb_defaults.tsv").read_text(encoding="utf-8")
