"""Chains: who reported whom.

* ``reported_by`` attributions for "X, quoted by Y, said ...", "Y quoted X as saying ..."
  and "X told Y ..." where Y is a publication: source Y, cue "quoted by" / "quoted" /
  "told", content = the child's content; the child's parent is the new attribution.
* ``parent`` by containment: an attribution whose cue lies inside another's content is
  a child of the one with the smallest such content.
"""

from __future__ import annotations


from .frame import Frame


def _inside(span, spans) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


def add_reported_by(frames: list[Frame], is_media) -> list[Frame]:
    """The frames with reported_by frames appended (each child's ``parent`` set to its new
    reporter); ``is_media(index, frame)`` says if a told-addressee is a publication."""
    out = list(frames)
    for i, f in enumerate(frames):
        rep = f.reporter
        if rep is not None:
            out.append(Frame(kind="reported_by", rule=rep.rule, cue=rep.cue, cue_token=f.cue_token,
                             content=f.content, source=rep.source, source_head=rep.head))
            out[i] = f.but(parent=len(out) - 1)
        elif f.addressee is not None and f.rule.startswith(("cue_verb:tell", "quote_")) and is_media(i, f):
            out.append(Frame(kind="reported_by", rule="told_publication", cue=f.cue,
                             cue_token=f.cue_token, content=f.content, source=f.addressee,
                             source_head=f.addressee_head))
            out[i] = f.but(parent=len(out) - 1)
    return out


def set_parents(frames: list[Frame]) -> list[Frame]:
    """The frames with containment parents set (a child's cue inside the parent's content)."""
    sizes = [sum(e - s for s, e in f.content) for f in frames]
    bounds = [(f.content[0][0], f.content[-1][1]) if f.content else (0, 0) for f in frames]
    parents: dict[int, int] = {}
    for i, f in enumerate(frames):
        if f.kind == "reported_by" or not f.cue:
            continue
        best = None
        cue_start = f.cue[0][0]
        for j, g in enumerate(frames):
            if not (bounds[j][0] <= cue_start < bounds[j][1]) or j == i or g.kind == "reported_by":
                continue
            if _inside(f.cue[0], g.content) and not (g.cue and _inside(g.cue[0], f.content)):
                if best is None or sizes[j] < sizes[best]:
                    best = j
        if best is None:
            continue
        if f.parent is not None and frames[f.parent].kind == "reported_by":
            parents[f.parent] = best  # the reporter chain sits inside the outer content
        else:
            parents[i] = best
    return [f.but(parent=parents[i]) if i in parents else f for i, f in enumerate(frames)]
