"""Multi-process coding: the same documents, in the same order, as one process."""

from __future__ import annotations

import pytest

from .corpus_docs import sample_records
from newsdyad.model import SourceDocument
from newsdyad.parallel import chunks, code_parallel, release_memory, resident_kb
from newsdyad.pipeline import Options, load_pipeline


def _sources(n):
    return [SourceDocument(text=r["text"], doc_id=r["id"], date=r["date"]) for r in sample_records(n)]


def test_parallel_two_processes_match_one_in_order():
    sources = _sources(9)
    stats: dict[int, int] = {}
    cpu: dict[int, float] = {}
    # one process, one spaCy batch for all: the reference
    one = [d.to_dict() for d in load_pipeline(Options()).code(sources)]
    chunked = [d.to_dict() for d in code_parallel(sources, Options(), 1, chunk_size=4, max_chars=300)]
    two = [d.to_dict() for d in code_parallel(iter(sources), Options(), 2, chunk_size=2,
                                              worker_stats=stats, worker_cpu=cpu)]
    assert [d["doc_id"] for d in two] == [s.doc_id for s in sources]
    assert chunked == one
    assert two == one
    # each worker reports its peak memory (a fast worker may take every chunk of so small an input)
    assert 1 <= len(stats) <= 2 and all(kb > 50_000 for kb in stats.values())
    assert cpu.keys() == stats.keys() and all(secs > 0 for secs in cpu.values())


def test_parallel_empty_input_yields_nothing():
    assert list(code_parallel(iter([]), Options(), 2)) == []
    assert list(code_parallel(iter([]), Options(), 1)) == []


@pytest.mark.parametrize("lengths, size, max_chars, expected", [
    ([10, 10, 10, 10, 10], 2, 100, [[0, 1], [2, 3], [4]]),          # by count
    ([10, 10, 10, 10, 10], 8, 25, [[0, 1], [2, 3], [4]]),           # by characters
    ([10, 30, 10, 10], 8, 25, [[0], [1], [2, 3]]),                  # a long text goes alone
    ([30], 8, 25, [[0]]),
    ([10, 15, 1], 8, 25, [[0, 1], [2]]),                            # exactly at the limit
    ([], 8, 25, []),                                                 # nothing in, nothing out
])
def test_parallel_chunks_bound_documents_and_characters(lengths, size, max_chars, expected):
    items = [(i, "x" * n) for i, n in enumerate(lengths)]
    got = list(chunks(iter(items), size, max_chars, text=lambda item: item[1]))
    assert [[i for i, _ in chunk] for chunk in got] == expected


def test_parallel_release_memory_keeps_process_usable():
    before = resident_kb()
    assert before > 10_000  # Linux: /proc/self/statm is read
    junk = [bytearray(1024) for _ in range(20_000)]
    del junk
    release_memory(above_kb=0)  # forced: must not fail, must not grow the process
    assert resident_kb() <= before + 30_000
