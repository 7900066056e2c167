"""The addressee of a cue verb: "told reporters", "urged voters to stay home", "asked
Republican politicians: “...”", "spoke to the council" (``ADDRESSEE_STRATEGIES``, in order).

Not this: "She asked a question." ("question" is what was asked, not whom).
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


def requested_party(ctx, verb, cue):
    """"She urged voters to stay home", "He asked the mayor: “Why?”": the object of a request
    or asking verb that does not take an addressee object in the lexicon."""
    if cue.addressee:
        return None
    for c in verb.children:
        if c.dep_ == "dobj" and (addressee_then_infinitive(verb, c) or asked_party(verb, c)):
            return span_without(ctx, c, set())[0], c.i
    return None


def told_party(ctx, verb, cue):
    """"The governor told reporters that ...", "She told him the plan": the object of a verb
    whose lexicon row says its object is the addressee (not a quotation mark)."""
    if not cue.addressee:
        return None
    for c in verb.children:
        if c.dep_ in ("dobj", "dative") and not is_quote_token(c):
            return span_without(ctx, c, set())[0], c.i
    return None


def to_phrase(ctx, verb, cue):
    """"The mayor spoke to the council", "She explained to voters that ...": a "to" phrase."""
    for c in verb.children:
        if c.dep_ in ("prep", "dative") and c.lower_ == "to":
            p = object_of(c, ("pobj",))
            if p is not None:
                return span_without(ctx, p, set())[0], p.i
    return None


# who a cue verb addresses, in order: the first that finds one wins
ADDRESSEE_STRATEGIES = (requested_party, told_party, to_phrase)


def addressee_of(ctx, verb, cue):
    """(span, head token index) of the cue verb's addressee, or (None, None): the first of
    ``ADDRESSEE_STRATEGIES`` that finds one."""
    for strategy in ADDRESSEE_STRATEGIES:
        found = strategy(ctx, verb, cue)
        if found is not None:
            return found
    return None, None


# verbs of asking: "asked X to Y", "urged X to Y" (X the addressee, "to Y" the content)
REQUEST_VERBS = word_list("request_verbs")
ASK_VERBS = word_list("ask_verbs")
