"""Regional partnership extractor: language rules in en.py, kk.py, ru.py; this module dispatches and compares."""
import re

from kzrel.pipeline.matching import norm
from kzrel.pipeline.registry import Extractor

from . import en, kk, ru

LANGUAGE_RULES = {"en": en, "kk": kk, "ru": ru}


def extract_regional_partnerships(doc) -> list[dict]:
    return [f for rules in LANGUAGE_RULES.values() for f in rules.extract_regional_partnerships(doc)]


ISO_3166_2 = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")


def same_partnership(a: dict, b: dict) -> bool:
    if a.get("kz_region") != b.get("kz_region"):
        return False
    pa, pb = a.get("partner_region"), b.get("partner_region")
    if pa and pb:
        if pa == pb:
            return True
        if ISO_3166_2.match(pa) or ISO_3166_2.match(pb):  # codes are exact; RU-AL is not RU-ALT
            return False
        wa, wb = set(norm(pa).split()), set(norm(pb).split())
        return bool(wa & wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.5
    return not pa and not pb and a.get("partner_country") == b.get("partner_country")


EXTRACTORS = [
    Extractor("regional_partnerships", extract_regional_partnerships, order=40,
              blocks=lambda f: [str(f.get("kz_region"))], same=same_partnership, conflict_fields=("date",)),
]
