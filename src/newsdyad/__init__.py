"""newsdyad: source-attributed political event data from news text."""

from .model import SCHEMA, Actor, Attribution, Document, Event, SourceDocument
from .pipeline import Options, Pipeline, code_documents, code_text, load_pipeline

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
