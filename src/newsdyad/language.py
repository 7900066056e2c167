"""Which language a text is in (py3langid: an offline identifier that ships its model).

newsdyad's rules and dictionaries are English: a French or Russian article coded as
English gives garbage actors.  ``non_english(text)`` names the language of a text that is
confidently something else; short or mixed texts, where the identifier is unsure, are
given the benefit of the doubt and coded.

>>> non_english("Le président a dit que la France ne céderait pas aux pressions.")
'fr'
>>> non_english("The army accused the rebels of shelling the city.") is None
True
>>> non_english("Sudan refused.") is None  # too short to be sure: coded
True
"""

from __future__ import annotations

from functools import lru_cache

SAMPLE_CHARS = 4_000  # the identifier reads the start of a text: enough, and cheap
MIN_CONFIDENCE = 0.8  # normalised probability of the top language needed to skip a text
NOT_A_LANGUAGE = {"zxx"}  # "no linguistic content": left to the coder


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str, float]:
    """(ISO 639 code, probability) of the most likely language of the start of `text`."""
    lang, prob = _identifier().classify(text[:SAMPLE_CHARS])
    return lang, float(prob)


def non_english(text: str) -> str | None:
    """The language code of a text that is confidently not English, else None."""
    lang, prob = detect(text)
    if lang == "en" or lang in NOT_A_LANGUAGE or prob < MIN_CONFIDENCE:
        return None
    return lang


def language_name(code: str) -> str:
    try:
        import pycountry

        found = pycountry.languages.get(alpha_2=code) or pycountry.languages.get(alpha_3=code)
        return f"{found.name} ({code})" if found else code
    except Exception:  # pragma: no cover - pycountry missing or odd code
        return code
