"""Regional partnership rules for kk text.

A partnership is stated by

* an instrument (found by the kk agreement rules) whose title names a Kazakh region or city and a foreign one
  ("Астана әкімшілігі мен Ташкент хокимияты арасындағы ... ынтымақтастық туралы келісім"), or
* a sentence that makes a Kazakh and a foreign region or city twins/partners ("бауырлас қала", "әріптес облыс",
  "бауырластық қатынастар орнатты").

Regions come from the entity gazetteer: a region's ISO 3166-2 code, or a city's region.
"""
from __future__ import annotations

import re

from agreements.extract import kk_common as C
from agreements.extract.kk import between_before
from agreements.extract.kk_morph import translit

LANG = "kk"

_TWIN = re.compile(r"бауырлас\w*|егіз\s+қала\w*|әріптес\s+(?:қала|облыс|өңір|аймақ)\w*|побратим\w*")
_TWIN_VERB = re.compile(r"орнат\w*|болды|болып|жариялан\w*|қол\s+қой\w*|жасалды|бекітілді")
_FIELD_WORDS = [
    ("trade", r"сауда"), ("economic", r"экономика"), ("science", r"ғылым|ғылыми"), ("culture", r"мәдени"),
    ("humanitarian", r"гуманитар"), ("education", r"білім"), ("transport", r"көлік"), ("energy", r"энергет|мұнай"),
    ("tourism", r"туризм|туристік"), ("border", r"шекара"), ("agriculture", r"ауыл шаруашылығ|агро"),
    ("health", r"денсаулық|медицин"), ("sport", r"спорт"), ("investment", r"инвестиц"), ("youth", r"жастар"),
    ("industry", r"өнеркәсіп|индустр"), ("environment", r"экология|қоршаған орта"), ("other", r"басқа"),
]
_FIELD_RES = [(name, re.compile(rx)) for name, rx in _FIELD_WORDS]


def _fields(text: str) -> list[str]:
    low = text.lower()
    found = []
    for name, rx in _FIELD_RES:
        m = rx.search(low)
        if m:
            found.append((m.start(), name))
    return [name for _, name in sorted(found)]


class _Named:
    """A foreign city or province the gazetteer does not know ("Түркияның Бурса қаласы"): its name, its country."""
    kind = "named"

    def __init__(self, start, end, key, country):
        self.start, self.end, self.key, self.country = start, end, key, country


_PLACE_NAME = re.compile(r"(?<![\w-])((?:[А-ЯӘІҢҒҮҰҚӨҺЁ][а-яәіңғүұқөһё]+-?){1,2}(?:\s+[А-ЯӘІҢҒҮҰҚӨҺЁ][а-яәіңғүұқөһё-]+)?)"
                         r"\s+(?:қаласы|провинциясы|штаты|уәлаяты|вилояты|облысы|өлкесі|округі|аймағы)")


def _unknown_place(doc, unit, lo: int, hi: int):
    """A capitalised name followed by "қаласы", "провинциясы", ... between clean offsets lo and hi that no entity
    covers, in a sentence that names one foreign country (the place's country)."""
    foreign = [e for e in unit.entities if e.kind == "country" and e.key != "KZ"]
    if len({e.key for e in foreign}) != 1:
        return None
    for m in _PLACE_NAME.finditer(doc.clean, lo, hi):
        words = [(w.start() + m.start(1), w.end() + m.start(1)) for w in re.finditer(r"\S+", m.group(1))]
        while words and any(e.start < words[0][1] and e.end > words[0][0] for e in unit.entities):
            words.pop(0)  # "Түркияның Бурса қаласы": the country before the name
        if not words or any(e.start < words[-1][1] and e.end > words[-1][0] for e in unit.entities):
            continue
        a, b = words[0][0], words[-1][1]
        return _Named(a, b, translit(doc.clean[a:b]), foreign[0].key)
    return None


def _region_of(e) -> str | None:
    if e.kind == "named":
        return e.key
    if e.kind == "region":
        return e.key
    if e.kind == "city":
        return C.city_region(e.key)
    return None


def _country_of(e) -> str | None:
    if e.kind == "named":
        return e.country
    if e.kind == "region":
        return C.region_country(e.key)
    if e.kind == "city":
        return C.city_country(e.key)
    return None


def _sides(entities, doc=None, unit=None, lo: int = 0, hi: int = 0) -> tuple[object, object] | None:
    kz = [e for e in entities if e.kind in ("region", "city") and _country_of(e) == "KZ"]
    foreign = [e for e in entities if e.kind in ("region", "city") and _country_of(e) not in (None, "KZ")]
    if kz and foreign:
        return kz[0], foreign[0]
    if kz and doc is not None:
        named = _unknown_place(doc, unit, lo, hi)
        if named is not None:
            return kz[0], named
    return None


def extract_regional_partnerships(doc) -> list[dict]:
    all_units = C.units(doc)
    out: list[dict] = []
    seen_units: set[int] = set()
    for f in doc.facts.get("agreements", []) or []:
        if f.get("language") != LANG or "_kk_title_span" not in f:
            continue
        unit = all_units[f["_kk_unit"]]
        a, b = f["_kk_title_span"]
        between = between_before(doc, unit, a)
        lo = min([e.start for e in between] + [a])
        sides = _sides([e for e in unit.entities if a <= e.start and e.end <= b] + between, doc, unit, lo, b)
        if not sides:
            continue
        kz, foreign = sides
        kz_region = _region_of(kz)
        if not kz_region:
            continue
        partner_region = _region_of(foreign) or foreign.key
        out.append({
            "kz_region": kz_region,
            "partner_region": partner_region,
            "partner_country": _country_of(foreign),
            "date": f.get("date"),
            "fields": _fields(f.get("title_original") or ""),
            "instrument": f.get("title"),
            "confidence": round(min(0.8, f.get("confidence", 0.6)), 2),
            "language": LANG,
            "_span": f["_span"],
            "_core": f["_kk_title_span"],
        })
        seen_units.add(unit.index)
    for unit in all_units:
        if unit.index in seen_units:
            continue
        low = unit.text.lower()
        if not _TWIN.search(low) or not _TWIN_VERB.search(low):
            continue
        sides = _sides(unit.entities, doc, unit, unit.start, unit.end)
        if not sides:
            continue
        kz, foreign = sides
        kz_region = _region_of(kz)
        if not kz_region:
            continue
        dates = C.unit_dates(doc, all_units, unit, roles=("event", "since"))  # "1997 жылдан бері бауырлас"
        out.append({
            "kz_region": kz_region,
            "partner_region": _region_of(foreign) or foreign.key,
            "partner_country": _country_of(foreign),
            "date": C.coarse(dates[0]) if dates else None,
            "fields": _fields(unit.text),
            "instrument": None,
            "confidence": 0.5,
            "language": LANG,
            "_span": (unit.start, unit.end),
        })
    return out
