"""The addressee of a cue verb: "told reporters", "urged voters to stay home", "asked
Republican politicians: “...”", "spoke to the council".
"""

from __future__ import annotations

from ...wordlists import word_list
from ..spans import is_quote_token
from ..syntax import object_of, span_without


def addressee_then_infinitive(verb, obj) -> bool:
    """"asked the network to donate", "urged voters to stay home": the object is whom the
    request is addressed to, the infinitive after it what is asked."""
    return verb.lemma_ in REQUEST_VERBS and any(
        x.dep_ in ("xcomp", "ccomp") and x.i > obj.i and x.pos_ in ("VERB", "AUX")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children) for x in verb.children)


def asked_party(verb, obj) -> bool:
    """"asked Republican politicians: “...”", "urged them “...”": the object of a request
    verb is whom it is addressed to (but "asked a question" is what was asked)."""
    return verb.lemma_ in ASK_VERBS and obj.lemma_ not in ("question", "favor", "favour")


def addressee_of(ctx, verb, cue):
    for c in verb.children:
        if c.dep_ == "dobj" and not cue.addressee and (addressee_then_infinitive(verb, c) or asked_party(verb, c)):
            span, _ = span_without(ctx, c, set())
            return span, c.i
    if cue.addressee:
        for c in verb.children:
            if c.dep_ in ("dobj", "dative") and not is_quote_token(c):
                span, _ = span_without(ctx, c, set())
                return span, c.i
    for c in verb.children:
        if c.dep_ in ("prep", "dative") and c.lower_ == "to":
            p = object_of(c, ("pobj",))
            if p is not None:
                span, _ = span_without(ctx, p, set())
                return span, p.i
    return None, None


# verbs of asking: "asked X to Y", "urged X to Y" (X the addressee, "to Y" the content)
REQUEST_VERBS = word_list("request_verbs")


ASK_VERBS = word_list("ask_verbs")
