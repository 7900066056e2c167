"""The attribution frame: what a construction finds before speakers are resolved.

A :class:`Frame` is immutable (a frozen dataclass whose span lists are tuples): the passes
after the constructions (continuations, transcript lines, dedupe, chains) return new frames
with :meth:`Frame.but` instead of changing them.  Frames are identified by their
position in the document's frame list, which those passes keep.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Span


def _tuple(obj, name: str) -> None:
    value = getattr(obj, name)
    if not isinstance(value, tuple):
        object.__setattr__(obj, name, tuple(value))


@dataclass(frozen=True)
class Reporter:
    """Y in "X, quoted by Y, said" / "Y quoted X as saying" / "X told Y" (Y a publication)."""

    source: Span
    head: int
    cue: tuple[Span, ...]
    rule: str

    def __post_init__(self) -> None:
        _tuple(self, "cue")


@dataclass(frozen=True)
class Frame:
    """One attribution found by a construction: its kind (direct, indirect, mixed,
    according_to, reported_by), the rule that fired, the cue and content character spans,
    the token the cue is anchored on, and the source, addressee and reporter when named."""

    kind: str
    rule: str
    cue: tuple[Span, ...]
    cue_token: int
    content: tuple[Span, ...] = ()
    source: Span | None = None
    source_head: int | None = None
    addressee: Span | None = None
    addressee_head: int | None = None
    reporter: Reporter | None = None
    parent: int | None = None  # index into the frame list (set by chains)

    def __post_init__(self) -> None:
        _tuple(self, "cue")
        _tuple(self, "content")

    def but(self, **changes) -> "Frame":
        """A copy with ``changes`` (like :func:`dataclasses.replace`, without re-running the
        checks on the fields it keeps: the passes copy thousands of frames per corpus)."""
        new = object.__new__(Frame)
        new.__dict__.update(self.__dict__)
        for name in ("cue", "content"):
            if name in changes and not isinstance(changes[name], tuple):
                changes[name] = tuple(changes[name])
        new.__dict__.update(changes)
        return new
