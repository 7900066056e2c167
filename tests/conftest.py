"""Shared fixtures: the spaCy pipeline (loaded once) and the read-only ../shared data.

Tests that need ../shared fail loudly when it is missing; they are never skipped.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# the user's own local knowledge base ($NEWSDYAD_KB, ~/.local/share/newsdyad/kb.csv) never
# takes part in the tests: an empty value means "no default file" (newsdyad.actors.userkb)
os.environ["NEWSDYAD_KB"] = ""


def shared_path() -> Path:
    return Path(os.environ.get("NEWSDYAD_SHARED", REPO.parent / "shared")).resolve()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    path = shared_path()
    if not (path / "data").is_dir():
        pytest.fail(
            f"the shared evaluation data is missing: expected {path}/data "
            "(a checkout of ../shared beside the repository, or $NEWSDYAD_SHARED)"
        )
    return path


@pytest.fixture(scope="session")
def nlp():
    from newsdyad.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seed_article(shared_dir) -> str:
    return (shared_dir / "data" / "seed" / "article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold_path(shared_dir) -> Path:
    return shared_dir / "data" / "seed" / "gold.json"
