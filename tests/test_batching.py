"""Batching: chunks bounded in items and characters, batches with long items alone."""

from __future__ import annotations

import pytest

from newsdyad.batching import batches, chunks


@pytest.mark.parametrize("items, size, max_chars, expected", [
    (["ab", "cd", "ef"], 2, 100, [["ab", "cd"], ["ef"]]),  # at most `size` items
    (["abc", "def", "g"], 10, 6, [["abc", "def"], ["g"]]),  # at most `max_chars` characters
    (["a", "long text", "b"], 10, 4, [["a"], ["long text"], ["b"]]),  # a longer item alone
    (["abcd"], 1, 4, [["abcd"]]),
    ([], 8, 100, []),  # nothing in, nothing out
])
def test_batching_chunks_bounded(items, size, max_chars, expected):
    assert list(chunks(items, size, max_chars, text=str)) == expected


@pytest.mark.parametrize("items, size, expected", [
    ([1, 2, 3], 2, [(False, [1, 2]), (False, [3])]),
    ([1, 50, 2], 5, [(False, [1]), (True, [50]), (False, [2])]),  # a long item alone, in order
    ([50, 60], 5, [(True, [50]), (True, [60])]),
    ([1, 2], 2, [(False, [1, 2])]),
    ([], 5, []),  # nothing in, nothing out
])
def test_batching_batches_long_items_alone(items, size, expected):
    assert list(batches(items, size, is_long=lambda n: n > 9)) == expected


def test_batching_batches_read_no_further_than_a_full_batch():
    read = []

    def source():
        for n in range(10):
            read.append(n)
            yield n

    first = next(batches(source(), 3, is_long=lambda n: False))
    assert first == (False, [0, 1, 2]) and read == [0, 1, 2]
