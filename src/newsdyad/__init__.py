"""newsdyad: source-attributed political event data from news text."""

from .model import SCHEMA, Actor, Attribution, Document, Event, SourceDocument
from .dispatch import code_documents
from .pipeline import Options, Pipeline, code_text, load_pipeline


def open(path, *, writable: bool = False):  # noqa: A001 (newsdyad.open, like sqlite3.connect)
    """Open a corpus database: ``newsdyad.open("corpus.duckdb").events(source="AFG")``."""
    from .corpus import Corpus

    return Corpus(path, writable=writable)


__version__ = "0.1.0"

__all__ = [
    "SCHEMA",
    "Actor",
    "Attribution",
    "Document",
    "Event",
    "Options",
    "Pipeline",
    "SourceDocument",
    "code_documents",
    "code_text",
    "load_pipeline",
]
