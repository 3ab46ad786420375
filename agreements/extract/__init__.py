"""Agreement and meeting extractors: language rules live in en.py, kk.py, ru.py; this module dispatches and
decides when two candidates are the same fact (for consolidation across places, documents and languages)."""
from kzrel.pipeline.matching import content_words, dates_compatible, title_coverage, title_similarity, year_of
from kzrel.pipeline.registry import Extractor

from . import en, kk, ru

LANGUAGE_RULES = {"en": en, "kk": kk, "ru": ru}


def extract_agreements(doc) -> list[dict]:
    return [f for rules in LANGUAGE_RULES.values() for f in rules.extract_agreements(doc)]


def extract_meetings(doc) -> list[dict]:
    return [f for rules in LANGUAGE_RULES.values() for f in rules.extract_meetings(doc)]


INTERCHANGEABLE_KINDS = {"agreement", "treaty"}  # sources call one instrument "Agreement" or "Treaty"


def _titles(a: dict, b: dict, measure) -> float:
    return max(measure(a.get("title", ""), b.get("title", "")),
               measure(a.get("title_original") or "", b.get("title_original") or ""))


def same_agreement(a: dict, b: dict) -> bool:
    da, db = a.get("date"), b.get("date")
    if da and db and not dates_compatible(da, db):
        return False
    similarity = _titles(a, b, title_similarity)
    coverage = _titles(a, b, title_coverage)
    ka, kb = a.get("kind"), b.get("kind")
    if ka != kb and "other" not in (ka, kb):
        # The same day, the same subject, and kinds that sources use for one instrument; the kinds then stay
        # visible as a conflict.
        return bool({ka, kb} <= INTERCHANGEABLE_KINDS and da and db and len(da) == len(db) == 10 and da == db
                     and similarity >= 0.9 and coverage > 0.5)
    if similarity >= 0.6 and coverage > 0.5:
        return bool(da and db) or similarity >= 0.9
    # Same kind signed on the same day by the same parties, and one of the titles says nothing specific.
    weak = not content_words(a.get("title", "")) or not content_words(b.get("title", ""))
    return bool(da and db and len(da) == 10 and da == db and weak
                and set(a.get("parties") or []) == set(b.get("parties") or []))


def same_meeting(a: dict, b: dict) -> bool:
    if not dates_compatible(a.get("date_start"), b.get("date_start")):
        return False
    if a.get("kind") != b.get("kind") and "other" not in (a.get("kind"), b.get("kind")):
        return False
    foreign_a = set(a.get("countries") or []) - {"KZ"}
    foreign_b = set(b.get("countries") or []) - {"KZ"}
    if foreign_a and foreign_b and not foreign_a & foreign_b:
        return False
    people = set(a.get("participants") or []) & set(b.get("participants") or [])
    place = a.get("place") and a.get("place") == b.get("place")
    return bool(foreign_a & foreign_b or people or place)


EXTRACTORS = [
    Extractor("agreements", extract_agreements, order=10, blocks=lambda f: [year_of(f.get("date"))],
              same=same_agreement, conflict_fields=("date", "kind")),
    Extractor("meetings", extract_meetings, order=20, blocks=lambda f: [year_of(f.get("date_start"))],
              same=same_meeting, conflict_fields=("date_start", "date_end", "place")),
]
