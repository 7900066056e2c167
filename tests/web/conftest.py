"""Fixtures for the web tests: a small corpus of hand-built documents (ours), and its app."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdyad import store
from newsdyad.model import Actor, Document

from ..corpus.corpus_docs import make_document

# Our own hostile text: every kind of markup a story could smuggle in.
HOSTILE_TEXT = ('The minister said <script>alert("x")</script> that "><img src=x onerror=alert(1)> '
                'and <a href="javascript:alert(2)">this link</a> were only words.')
HOSTILE_TITLE = '"><img src=x onerror=alert(3)><script>alert(4)</script>'


def hostile_document() -> Document:
    start = HOSTILE_TEXT.index("The minister")
    return Document(doc_id="hostile<b>", text=HOSTILE_TEXT, date="2014-02-03",
                    publisher="<i>pub</i>", title=HOSTILE_TITLE,
                    actors=[Actor(id="A1", name="<script>name()</script>", code="AFGGOV",
                                  mentions=[(start, start + 12)], kind="person")])


def build_corpus(path: Path) -> Path:
    """A small corpus of our hand-built documents (no pipeline needed)."""
    docs = [make_document("d1"),
            make_document("d2", date="2013-07-02", event_date="2013-07-01", code="036",
                          modality="asserted", publisher="wire"),
            make_document("d3", date="2014-01-05", event_date="2014-01-05", code="0311"),
            hostile_document()]
    with store.Writer(path) as w:
        w.add(docs)
    return path


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> Path:
    return build_corpus(tmp_path_factory.mktemp("web") / "corpus.duckdb")


@pytest.fixture(scope="session")
def app(corpus_db):
    from newsdyad.api import create_app

    return create_app(corpus_db)


@pytest.fixture()
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


REPO_SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "output-v1.schema.json"
