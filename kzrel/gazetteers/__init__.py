"""Gazetteers: countries, regions, cities, persons and organisations with English, Russian and Kazakh names.

Plain Python (no Django); each loader reads its JSON file once (``functools.cache``) and returns a list of
dicts. The lists and dicts are shared: treat them as read-only (copy before changing).

Data files (this directory)
---------------------------
- ``countries.json``       generated from pycountry by ``_build_countries.py`` (ISO 3166-1 + SU, YU, DD from ISO 3166-3)
- ``country_aliases.json`` curated: short forms, adjectives, abbreviations, name corrections, blocker phrases
- ``regions.json``         ISO 3166-2 subdivisions (all 20 of Kazakhstan, border and partner regions)
- ``cities.json``          cities (canonical English name, region, country, ru/kk names, former names)
- ``persons.json``         heads of state/government, ministers, envoys, governors, with offices and years
- ``organisations.json``   international organisations (CIS, EAEU, SCO, ...)

Every record has ``name_en``, ``name_ru``, ``name_kk`` and ``aliases``: a list of
``{"text", "lang", "form", "source"}`` dicts (plus ``"note"`` on some), where ``lang`` is en/ru/kk, ``form`` is
``name`` | ``adjective`` | ``abbreviation`` | ``surname`` (persons' bare surnames) and ``source`` is
``"pycountry"`` (an ISO name as pycountry has it), ``"pycountry-derived"`` (reordered or shortened ISO name:
"Korea, Republic of" -> "Republic of Korea", "Korea") or ``"curated"``. Aliases include the record's own names.
Russian adjectives are listed in the masculine nominative and Kazakh forms bare: the matcher
(``kzrel.pipeline.entities``) inflects.

Stable keys per loader
----------------------
``countries()``: code (= alpha2; ISO 3166-1 alpha-2, "SU" for the USSR), alpha2, alpha3, numeric, name_en,
    iso_name_en, official_name_en, name_ru, official_name_ru, name_kk, official_name_kk, historical (bool),
    withdrawal_date (historical only, else None), note, source, aliases.
``regions()``: code (ISO 3166-2 as pycountry has it now, e.g. "KZ-59"), country, type (pycountry's subdivision type),
    name_en, name_ru, name_kk, centre (English city name or None), city (for regions that are cities -- KZ-71,
    RU-MOW, UZ-TK ... -- the cities.json name; their bare names are the city's aliases, not the region's),
    words (the generic-word set, see REGION_WORDS), stems ({lang: [...]}, current names without the generic word),
    historic_stems ({lang: [...]}), note, aliases.
``cities()``: name (canonical English name; the EntityMention key), name_en (= name), name_ru, name_kk, country,
    region (current ISO 3166-2 code or None), region_pre2022 (the region before Kazakhstan's 2022 reform where it
    differs, else None), capital (bool), note, aliases (former names carry note "former name").
``persons()`` (aliases: full names in each language, "Given Patronymic", "Surname Given" in ru/kk, explicit aliases,
    and the bare surnames with form "surname"): name (canonical English full name; the EntityMention key),
    name_en (= name), name_ru, name_kk,
    country, given / patronymic / surname ({lang: [...]}), initials (explicit initials, {lang: [...]}),
    surname_alone (bool), offices (list of {title, country, start_year, end_year}; end_year None = current),
    note, aliases.
``organisations()``: code (short name as facts use it, "CIS"; the EntityMention key), short_name (= code), name_en,
    name_ru, name_kk, founded, dissolved, parent, successor, note, aliases.
``blockers()``: list of {text, lang}: phrases that contain a country name but name no entity ("Latin America").

Lookups: ``country(code)``, ``country_name(code, lang="en")``, ``region(code)``, ``region_name(code, lang)``,
``city(name)`` (canonical name or any alias, case-insensitive), ``person(name)``, ``organisation(code)``.

Decisions (also in the data files' notes)
-----------------------------------------
- The USSR is ``SU`` (its ISO 3166-1 code until 1992, kept in ISO 3166-3); Kazakh SSR -> KZ, RSFSR -> RU.
- Former Kazakh regions map to the pre-2022 region that held their administrative centre, as the answer keys
  (pre-2022 alphabetic codes) would code them: Semipalatinsk -> KZ-63, Taldykorgan -> KZ-19, Zhezkazgan -> KZ-35,
  Kokshetau and Tselinograd -> KZ-11, Turgay -> KZ-39, Guryev -> KZ-23, Uralsk -> KZ-27;
  South Kazakhstan / Chimkent -> KZ-61 (as eval/score.py maps KZ-YUZ).
"""
from __future__ import annotations

import functools
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ("en", "ru", "kk")

# Generic words appended to a region's stems (en: "Omsk" + "region"; ru: "Омская" + "область"; kk: "Омбы" + "облысы").
# English also gets "<word> of <stem>" ("voivodeship of Dolnosilez"). Keys are the regions.json "words" values.
REGION_WORDS: dict[str, dict[str, list[str]]] = {
    "oblast": {"en": ["region", "oblast", "province", "regional"], "ru": ["область", "обл", "областной"],
               "kk": ["облысы", "облыстық"]},
    "krai": {"en": ["krai", "kray", "territory", "region", "regional"], "ru": ["край", "краевой"], "kk": ["өлкесі"]},
    "kraj": {"en": ["region", "kraj"], "ru": ["край"], "kk": ["өлкесі", "облысы"]},
    "voivodeship": {"en": ["voivodeship", "voivodship", "province", "region"], "ru": ["воеводство"],
                    "kk": ["воеводствосы"]},
    "province": {"en": ["province", "region"], "ru": ["провинция"], "kk": ["провинциясы", "уәлаяты"]},
    "aimag": {"en": ["province", "aimag", "aimak", "region"], "ru": ["аймак"], "kk": ["аймағы"]},
    "velayat": {"en": ["region", "province", "velayat", "welayat"], "ru": ["велаят"], "kk": ["уәлаяты", "облысы"]},
    "land": {"en": ["state", "land"], "ru": ["земля"], "kk": ["жері"]},
    "state": {"en": ["state"], "ru": ["штат"], "kk": ["штаты"]},
    "canton": {"en": ["canton"], "ru": ["кантон"], "kk": ["кантоны"]},
    "none": {},
}
# English generic words that also form "<word> of <stem>".
_EN_OF_WORDS = {"region", "province", "voivodeship"}


def _load(name: str):
    with (HERE / name).open(encoding="utf-8") as f:
        return json.load(f)


def _alias(out: list, seen: dict, text, lang: str, form: str = "name", source: str = "curated", note: str | None = None):
    if not text:
        return
    text = re.sub(r"\s+", " ", str(text).replace("\u0301", "")).strip()  # no stress marks
    if "(" in text or "," in text:
        return  # "Georgia (U.S. state)", "Korea, Republic of": display names, not forms a text uses
    if lang == "en" and text[:4] in ("the ", "The "):
        text = text[4:]  # "the Russian Federation", "The Hague": the article is not part of the name
    if not text:
        return
    old = seen.get((text, lang, form))
    if old is not None:
        if source == "curated":
            old["source"] = "curated"  # a curated form that the ISO names happen to give too
        return
    a = {"text": text, "lang": lang, "form": form, "source": source}
    seen[(text, lang, form)] = a
    if note:
        a["note"] = note
    out.append(a)


def _iso_variants(name: str | None) -> list[tuple[str, int]]:
    """Usable alias forms of an ISO name: 'Korea, Republic of' -> 'Republic of Korea';
    'Holy See (Vatican City State)' -> 'Holy See'. The int marks derived forms (1) against the name itself (0)."""
    if not name:
        return []
    out = []
    base = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if "," in base:
        head, _, tail = base.partition(",")
        head, tail = head.strip(), tail.strip()
        if re.search(r"\bof( the)?$", tail, re.I):
            out.append((f"{tail} {head}", 1))
        elif tail and tail[0].isupper() and "." not in tail:
            out.append((f"{tail} {head}", 1))
        out.append((head, 1))
    elif base:
        out.append((base, 0 if base == name else 1))
    return out


# ------------------------------------------------------------------------------------------------ countries
@functools.cache
def countries() -> list[dict]:
    rows = _load("countries.json")
    curated = _load("country_aliases.json")["countries"]
    out = []
    for r in rows:
        rec = dict(r)
        rec.setdefault("withdrawal_date", None)
        cur = curated.get(rec["code"], {})
        rec.update(cur.get("override", {}))
        rec["alpha2"] = rec["code"]
        rec["note"] = cur.get("note")
        aliases: list[dict] = []
        seen: dict = {}
        for lang, fields in (("en", ("name_en", "iso_name_en", "official_name_en")),
                             ("ru", ("name_ru", "official_name_ru")), ("kk", ("name_kk", "official_name_kk"))):
            for field in fields:
                if field in cur.get("override", {}):
                    continue  # a corrected field: the catalogue's value is not used
                for text, derived in _iso_variants(r.get(field)):
                    if lang != "en" and not re.search(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]", text):
                        continue  # untranslated English left in a catalogue
                    _alias(aliases, seen, text, lang, "name", "pycountry-derived" if derived else "pycountry")
            for field in (f"name_{lang}",):
                if rec.get(field) and rec[field] != r.get(field):
                    _alias(aliases, seen, rec[field], lang, "name", "curated")
        for form, key in (("name", "names"), ("adjective", "adjectives"), ("abbreviation", "abbreviations")):
            for lang in LANGS:
                for text in cur.get(key, {}).get(lang, []):
                    _alias(aliases, seen, text, lang, form, "curated")
        rec["aliases"] = aliases
        out.append(rec)
    return out


@functools.cache
def _countries_by_code() -> dict[str, dict]:
    return {c["code"]: c for c in countries()}


def country(code: str) -> dict | None:
    return _countries_by_code().get((code or "").upper())


def country_name(code: str, lang: str = "en") -> str | None:
    c = country(code)
    if not c:
        return None
    return c.get(f"name_{lang}") or c["name_en"]


@functools.cache
def blockers() -> list[dict]:
    data = _load("country_aliases.json").get("blockers", {})
    return [{"text": t, "lang": lang} for lang in LANGS for t in data.get(lang, [])]


# ------------------------------------------------------------------------------------------------ regions
@functools.cache
def regions() -> list[dict]:
    data = _load("regions.json")["regions"]
    out = []
    for r in data:
        rec = {
            "code": r["code"], "country": r["country"], "type": r.get("type"),
            "name_en": r["name_en"], "name_ru": r.get("name_ru", ""), "name_kk": r.get("name_kk", ""),
            "centre": r.get("centre"), "city": r.get("city"), "words": r.get("words", "none"),
            "stems": {lang: list(r.get("stems", {}).get(lang, [])) for lang in LANGS},
            "historic_stems": {lang: list(r.get("historic_stems", {}).get(lang, [])) for lang in LANGS},
            "note": r.get("note"),
        }
        aliases: list[dict] = []
        seen: dict = {}
        if not rec["city"]:
            for lang in LANGS:
                _alias(aliases, seen, rec[f"name_{lang}"], lang)
        words = REGION_WORDS[rec["words"]]
        for stems, note in ((rec["stems"], None), (rec["historic_stems"], "historical")):
            for lang in LANGS:
                for stem in stems[lang]:
                    for w in words.get(lang, []):
                        _alias(aliases, seen, f"{stem} {w}", lang, note=note)
                        if lang == "en" and w in _EN_OF_WORDS:
                            _alias(aliases, seen, f"{w} of {stem}", lang, note=note)
        for lang in LANGS:
            for text in r.get("aliases", {}).get(lang, []):
                _alias(aliases, seen, text, lang)
            for text in r.get("abbreviations", {}).get(lang, []):
                _alias(aliases, seen, text, lang, "abbreviation")
        rec["aliases"] = aliases
        out.append(rec)
    return out


@functools.cache
def _regions_by_code() -> dict[str, dict]:
    return {r["code"]: r for r in regions()}


def region(code: str) -> dict | None:
    return _regions_by_code().get((code or "").upper())


def region_name(code: str, lang: str = "en") -> str | None:
    r = region(code)
    return (r.get(f"name_{lang}") or r["name_en"]) if r else None


# ------------------------------------------------------------------------------------------------ cities
@functools.cache
def cities() -> list[dict]:
    out = []
    for c in _load("cities.json")["cities"]:
        rec = {
            "name": c["name"], "name_en": c["name"], "name_ru": c.get("name_ru", ""), "name_kk": c.get("name_kk", ""),
            "country": c["country"], "region": c.get("region"), "region_pre2022": c.get("region_pre2022"),
            "capital": bool(c.get("capital")), "note": c.get("note"),
        }
        aliases: list[dict] = []
        seen: dict = {}
        for lang in LANGS:
            _alias(aliases, seen, rec[f"name_{lang}"], lang)
        for lang in LANGS:
            for text in c.get("aliases", {}).get(lang, []):
                _alias(aliases, seen, text, lang)
            for text in c.get("former", {}).get(lang, []):
                _alias(aliases, seen, text, lang, note="former name")
        rec["aliases"] = aliases
        out.append(rec)
    return out


@functools.cache
def _cities_by_name() -> dict[str, dict]:
    out: dict[str, dict] = {}
    for c in cities():
        out.setdefault(c["name"].casefold(), c)
    for c in cities():
        for a in c["aliases"]:
            out.setdefault(a["text"].casefold(), c)
    return out


def city(name: str) -> dict | None:
    """A city by canonical name or any alias (case-insensitive; canonical names win)."""
    return _cities_by_name().get((name or "").strip().casefold())


# ------------------------------------------------------------------------------------------------ persons
@functools.cache
def persons() -> list[dict]:
    out = []
    for p in _load("persons.json")["persons"]:
        given = {lang: list(p.get("given", {}).get(lang, [])) for lang in LANGS}
        patr = {lang: list(p.get("patronymic", {}).get(lang, [])) for lang in LANGS}
        sur = {lang: list(p.get("surname", {}).get(lang, [])) for lang in LANGS}
        full = {lang: list(p.get("full", {}).get(lang, [])) for lang in LANGS}

        def _full(lang):
            if full[lang]:
                return full[lang][0]
            if given[lang] and sur[lang]:
                return f"{given[lang][0]} {sur[lang][0]}"
            return ""

        rec = {
            "name": p["name"], "name_en": p["name"], "name_ru": _full("ru"), "name_kk": _full("kk"),
            "country": p.get("country"), "given": given, "patronymic": patr, "surname": sur,
            "initials": {lang: list(p.get("initials", {}).get(lang, [])) for lang in LANGS},
            "surname_alone": p.get("surname_alone", True),
            "offices": [{"title": o["title"], "country": o.get("country"), "start_year": o.get("start_year"),
                         "end_year": o.get("end_year")} for o in p.get("offices", [])],
            "note": p.get("note"),
        }
        aliases: list[dict] = []
        seen: dict = {}
        _alias(aliases, seen, p["name"], "en")
        for lang in LANGS:
            for text in full[lang]:
                _alias(aliases, seen, text, lang)
            for g in given[lang]:
                for pt in patr[lang]:
                    _alias(aliases, seen, f"{g} {pt}", lang)  # "Nursultan Abishevich", "Владимир Владимирович"
                for s in sur[lang]:
                    _alias(aliases, seen, f"{g} {s}", lang)
                    for pt in patr[lang]:
                        _alias(aliases, seen, f"{g} {pt} {s}", lang)
                    if lang in ("ru", "kk"):
                        _alias(aliases, seen, f"{s} {g}", lang)
            for text in p.get("aliases", {}).get(lang, []):
                _alias(aliases, seen, text, lang)
        for lang in LANGS:
            for s in sur[lang]:
                _alias(aliases, seen, s, lang, "surname")
        rec["aliases"] = aliases
        out.append(rec)
    return out


@functools.cache
def _persons_by_name() -> dict[str, dict]:
    return {p["name"].casefold(): p for p in persons()}


def person(name: str) -> dict | None:
    return _persons_by_name().get((name or "").strip().casefold())


# ------------------------------------------------------------------------------------------------ organisations
@functools.cache
def organisations() -> list[dict]:
    out = []
    for o in _load("organisations.json")["organisations"]:
        rec = {
            "code": o["code"], "short_name": o["code"], "name_en": o["name_en"], "name_ru": o.get("name_ru", ""),
            "name_kk": o.get("name_kk", ""), "founded": o.get("founded"), "dissolved": o.get("dissolved"),
            "parent": o.get("parent"), "successor": o.get("successor"), "note": o.get("note"),
        }
        aliases: list[dict] = []
        seen: dict = {}
        for lang in LANGS:
            name = rec[f"name_{lang}"]
            # a full name that is itself an acronym ("ЮНЕСКО", "БРИКС") is an abbreviation
            form = "abbreviation" if name and name.upper() == name and " " not in name else "name"
            _alias(aliases, seen, name, lang, form)
        for lang in LANGS:
            for text in o.get("aliases", {}).get(lang, []):
                _alias(aliases, seen, text, lang)
            for text in o.get("abbreviations", {}).get(lang, []):
                _alias(aliases, seen, text, lang, "abbreviation")
        rec["aliases"] = aliases
        out.append(rec)
    return out


@functools.cache
def _organisations_by_code() -> dict[str, dict]:
    return {o["code"].casefold(): o for o in organisations()}


def organisation(code: str) -> dict | None:
    return _organisations_by_code().get((code or "").strip().casefold())


__all__ = [
    "LANGS", "REGION_WORDS", "blockers", "cities", "city", "countries", "country", "country_name", "organisation",
    "organisations", "person", "persons", "region", "region_name", "regions",
]
