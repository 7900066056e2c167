"""Long documents are cut at the best break under the limit, and the parts cover the text."""

import pytest

from newsdyad.longdoc import split_points


@pytest.mark.parametrize("text, limit, expected", [
    ("aaa\n\nbbb\n\nccc", 7, [0, 5, 10, 13]),  # at blank lines
    ("aaa bbb\nccc ddd", 10, [0, 8, 15]),  # at a line break when there is no blank line
    ("Aa bb. Cc dd ee ff", 12, [0, 7, 18]),  # after a sentence's last mark
    ("aa bb cc dd ee", 6, [0, 6, 12, 14]),  # at a space
    ("abcdefghij", 4, [0, 4, 8, 10]),  # inside a word only as a last resort
    ("short", 100, [0, 5]),  # nothing to cut
    ("", 100, [0, 0]),
])
def test_longdoc_split_points(text, limit, expected):
    points = split_points(text, limit)
    assert points == expected
    assert all(b - a <= limit for a, b in zip(points, points[1:]))
    assert "".join(text[a:b] for a, b in zip(points, points[1:])) == text
