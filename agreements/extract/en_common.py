"""Helpers the English rules of every fact type share: entities and dates around a sentence, context look-back,
title-word similarity, city -> region/country lookup."""
from __future__ import annotations

import re

from kzrel.pipeline.common import resolve

LANG = "en"
CONTEXT_BACK = 2  # sentences to look back for "the two countries", "there", a signing date

# words of a title that say nothing about which document it is (mirrors the matching rules' generic words)
_GENERIC = frozenset("""
agreement agreements treaty treaties memorandum memoranda protocol protocols declaration statement joint
programme program plan convention accord contract understanding document documents
the and for with between about concerning regarding into its their which that this other
republic kazakhstan kazakh russian russia federation government governments governmental intergovernmental
state states ministry parties two both countries signed new
""".split())


_WORD = re.compile(r"\w+")


def words(title: str) -> set[str]:
    return {w for w in _WORD.findall((title or "").lower()) if len(w) > 2 and w not in _GENERIC}


def similarity(a: str, b: str) -> float:
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / max(min(len(wa), len(wb)), min(2, max(len(wa), len(wb))))


def jaccard(a: str, b: str) -> float:
    wa, wb = words(a), words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


# --------------------------------------------------------------------------------------------- places
def _city(name: str) -> dict | None:
    try:
        from kzrel import gazetteers
        return gazetteers.city(name)
    except Exception:  # a name the gazetteer does not know
        return None


def city_country(name: str) -> str | None:
    c = _city(name)
    return c.get("country") if c else None


def city_region(name: str, pre2022: bool = False) -> str | None:
    c = _city(name)
    if not c:
        return None
    return (pre2022 and c.get("region_pre2022")) or c.get("region")


def person_country(name: str) -> str | None:
    try:
        from kzrel import gazetteers
        p = gazetteers.person(name)
    except Exception:
        return None
    return p.get("country") if p else None


def country_name(code: str) -> str | None:
    try:
        from kzrel import gazetteers
        return gazetteers.country_name(code, "en")
    except Exception:
        return None


def org_parent(code: str) -> str | None:
    """The organisation an organ belongs to (UNSC -> UN), where the gazetteer says so."""
    try:
        from kzrel import gazetteers
        o = gazetteers.organisation(code)
    except Exception:
        return None
    return o.get("parent") if o else None


def entity_country(e) -> str | None:
    """The state an entity belongs to: a country itself, a region's prefix, a city's country."""
    if e.kind == "country":
        return e.key
    if e.kind == "region":
        return e.key.split("-")[0]
    if e.kind == "city":
        return city_country(e.key)
    return None


# --------------------------------------------------------------------------------------------- dates
def iso_of(doc, sentence, m, group_range: bool = False) -> str | None:
    """ISO value of a date mention; a range inside one month gives the month (the day is not certain), a range
    of years gives "Y1/Y2" when ``group_range`` (a group of documents signed over several years)."""
    value = resolve(doc, sentence, m)
    if not value:
        return None
    end = m.end_value
    if end and not end.startswith("-"):
        if group_range and len(value) == 4 and len(end) == 4:
            return f"{value}/{end}"
        if len(value) == 10 and value[:7] == end[:7]:
            return value[:7]
        if len(value) >= 7 and value[:4] == end[:4] and value[:7] != end[:7]:
            return value[:7]
    return value


def countries_of(entities, with_orgs: bool = False) -> list[str]:
    out: list[str] = []
    for e in entities:
        code = e.key if e.kind == "country" else (e.key if with_orgs and e.kind == "organisation" else None)
        if code and code not in out:
            out.append(code)
    return out


TWO_SIDES = re.compile(r"\b(?:the two|both|our two|these two) (?:countries|states|sides|republics|nations|"
                       r"governments|presidents|leaders)\b|\bbilateral\b|\bbetween them\b|\bour (?:states|countries)\b",
                       re.I)


TWO_SIDES_STEMS = ("two ", "both ", "bilateral", "between them", "our states", "our countries")


def two_sides(text: str) -> bool:
    low = text.lower()
    return any(k in low for k in TWO_SIDES_STEMS) and bool(TWO_SIDES.search(text))


def context_countries(doc, sentence, back: int = 3) -> list[str]:
    """Foreign countries named in the nearest previous sentences (for "the two countries")."""
    for s in reversed(doc.sentences[max(0, sentence.index - back):sentence.index]):
        found = [c for c in countries_of(s.entities) if c != "KZ"]
        if found:
            return found
    return []


_FACT_INDEX: dict = {}


def facts_in(doc, fact_type: str, sentence) -> list[dict]:
    """Facts an earlier extractor found whose passage starts in this sentence (indexed once per fact list)."""
    facts = doc.facts.get(fact_type) or []
    key = (id(doc), fact_type)
    cached = _FACT_INDEX.get(key)
    if cached is None or cached[0] is not facts:
        index: dict[int, list[dict]] = {}
        for f in facts:
            span = f.get("_span")
            if span:
                s = doc.sentence_at(span[0])
                if s is not None:
                    index.setdefault(s.index, []).append(f)
        _FACT_INDEX.clear()
        cached = _FACT_INDEX[key] = (facts, index)
    return cached[1].get(sentence.index, [])


_STEM_CACHE: dict = {}
_RUNS_CACHE: dict = {}
_RUN_TAIL = 64  # characters lowered past a run's end, so a stem starting inside the run can be found whole
_ENCODED: dict = {}


def _english_runs(doc) -> tuple[list[int], list[tuple[int, list[int], int, bytes]]]:
    """(first sentence indices, runs): every run of consecutive English sentences as (first sentence index,
    sentence starts, end, lower-cased text), offsets from the run's first sentence; the text covers the gap up to
    the next sentence (plus ``_RUN_TAIL`` characters). Built once per document. The text is ASCII bytes, every
    other character a "?" (the stems are ASCII): bytes search faster than text with a few Cyrillic letters."""
    hit = _RUNS_CACHE.get(id(doc))
    if hit is not None and hit[0] is doc:
        return hit[1]
    sentences = doc.sentences
    clean = doc.clean
    n = len(sentences)
    runs = []
    i = 0
    while i < n:
        if sentences[i].language != LANG:
            i += 1
            continue
        j = i
        while j + 1 < n and sentences[j + 1].language == LANG:
            j += 1
        lo = sentences[i].start
        hi = sentences[j + 1].start if j + 1 < n else len(clean)
        raw = clean[lo:hi + _RUN_TAIL]
        low = raw.lower()
        if len(low) != len(raw):  # "İ" lowers to two characters: keep offsets aligned
            low = raw.replace("\u0130", "I").lower()
        runs.append((i, [s.start - lo for s in sentences[i:j + 1]], hi - lo, low.encode("ascii", "replace")))
        i = j + 1
    value = ([r[0] for r in runs], runs)
    if len(_RUNS_CACHE) > 16:
        _RUNS_CACHE.clear()
    _RUNS_CACHE[id(doc)] = (doc, value)
    return value


def _encoded(stems: tuple[str, ...]) -> list[bytes]:
    enc = _ENCODED.get(stems)
    if enc is None:
        enc = _ENCODED[stems] = [s.encode("ascii") for s in stems]  # (see _english_runs)
    return enc


def sentences_with(doc, stems: tuple[str, ...]) -> set[int]:
    """Indices of the English sentences whose lower-cased text contains one of ``stems`` (a stem counts for the
    sentence it starts in, or the one before the gap it starts in); one scan per stem at C speed over the
    document's English runs, instead of a test per sentence."""
    import bisect
    key = (id(doc), stems)
    hit = _STEM_CACHE.get(key)
    if hit is not None and hit[0] is doc:
        return hit[1]
    out: set[int] = set()
    bisect_right = bisect.bisect_right
    encoded = _encoded(stems)
    for first, starts, limit, data in _english_runs(doc)[1]:
        n = len(starts)
        for stem in encoded:
            stop = limit + len(stem) - 1  # a match must start inside the run
            pos = data.find(stem, 0, stop)
            while pos >= 0:
                i = bisect_right(starts, pos)
                out.add(first + i - 1)
                if i >= n:
                    break
                pos = data.find(stem, starts[i], stop)
    if len(_STEM_CACHE) > 16:
        _STEM_CACHE.clear()
    _STEM_CACHE[key] = (doc, out)
    return out


def sentence_has(doc, index: int, stems: tuple[str, ...]) -> bool:
    """Whether English sentence ``index`` is one of ``sentences_with(doc, stems)`` (for a test needed in a few
    sentences only)."""
    import bisect
    firsts, runs = _english_runs(doc)
    r = bisect.bisect_right(firsts, index) - 1
    if r < 0:
        return False
    first, starts, limit, data = runs[r]
    k = index - first
    if k >= len(starts):
        return False
    s = starts[k]
    e = starts[k + 1] if k + 1 < len(starts) else limit
    for stem in _encoded(stems):
        if data.find(stem, s, e + len(stem) - 1) >= 0:
            return True
    return False
