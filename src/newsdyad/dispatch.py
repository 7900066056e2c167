"""Dispatch: code a stream of documents in this process or in worker processes.

Above both ways of coding: :class:`newsdyad.pipeline.Pipeline` (one process) and
:mod:`newsdyad.parallel` (worker processes, each running a Pipeline).  ``options.jobs``
chooses; either way the Documents come back in input order and memory stays flat::

    from newsdyad import Options, SourceDocument, code_documents
    docs = code_documents(sources, options=Options(jobs=4))  # four worker processes

It is its own module so that neither ``pipeline`` nor ``parallel`` imports the other's
caller: the import graph goes dispatch -> parallel -> pipeline, never back.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from .model import Document, SourceDocument
from .pipeline import Options, load_pipeline


def code_documents(sources: Iterable[SourceDocument], *, options: Options | None = None) -> Iterator[Document]:
    """Code a stream of documents, in input order (with options.jobs worker processes when > 1)."""
    options = options or Options()
    if options.jobs > 1:
        from .parallel import code_parallel  # multiprocessing is imported only when it is used

        return code_parallel(sources, options, options.jobs)
    return load_pipeline(options).code(sources)
