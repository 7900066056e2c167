"""Multi-process coding: the same documents, in the same order, as one process."""

from __future__ import annotations

from .corpus_docs import sample_records
from newsdyad.model import SourceDocument
from newsdyad.parallel import code_parallel
from newsdyad.pipeline import Options


def _sources(n):
    return [SourceDocument(text=r["text"], doc_id=r["id"], date=r["date"]) for r in sample_records(n)]


def test_parallel_two_processes_match_one_in_order():
    sources = _sources(9)
    stats: dict[int, int] = {}
    one = [d.to_dict() for d in code_parallel(sources, Options(), 1)]
    two = [d.to_dict() for d in code_parallel(iter(sources), Options(), 2, chunk_size=2,
                                              worker_stats=stats)]
    assert [d["doc_id"] for d in two] == [s.doc_id for s in sources]
    assert two == one
    # each worker reports its peak memory (a fast worker may take every chunk of so small an input)
    assert 1 <= len(stats) <= 2 and all(kb > 50_000 for kb in stats.values())


def test_parallel_empty_input_yields_nothing():
    assert list(code_parallel(iter([]), Options(), 2)) == []
