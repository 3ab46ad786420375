"""Regional partnership rules for ru text.

A sentence that names a Kazakh region (oblast or city of republican status) and a foreign region (or a foreign
city, standing for its region) together with a partnership cue — an agreement or memorandum on cooperation that
was signed, twinning ("города-побратимы", "породнились"), "установили партнёрские/побратимские связи",
"соглашение о приграничном/межрегиональном сотрудничестве" — in the past and not as a plan.
"""
from __future__ import annotations

import re

from agreements.extract import ru_gaz
from agreements.extract.ru_common import (abbreviations, antecedent_kz_region, context, event_dates, has_any,
                                          modal_in, resolve_date, sentences)
from agreements.extract.ru_titles import KIND_RE, find_title, kind_of

LANG = "ru"

CUE_RE = re.compile(
    r"(?:соглашени|меморандум|договор|протокол|программ|план)\w*\s+[^.;]{0,60}?(?:о|об)\s+[^.;]{0,120}?"
    r"(?:сотрудничеств|партн[её]рств|побратим)\w*|побратим\w*|породнил\w+|(?:установил\w*|установлен\w*)\s+"
    r"(?:\w+\s+){0,2}(?:партн[её]рск|побратимск|дружеск|прям)\w*\s+(?:связ|отношени)\w*"
    r"|(?:приграничн|межрегиональн)\w+\s+сотрудничеств\w*"
    # any instrument the two regions signed: "подписали дорожную карту по развитию приграничной торговли"
    r"|(?:соглашени|меморандум|договор|протокол|дорожн\w+\s+карт)\w*", re.IGNORECASE)
PAST_RE = re.compile(r"подписал\w*|подписан\w*|подписани\w+|заключил\w*|заключен\w*|заключ[её]н\w*|установил\w*"
                     r"|установлен\w*|породнил\w+|(?:стали|стал[аио]?|являются|являлись)\s+(?:[\w]+-)?побратим|достигнут\w*|утвердил\w*"
                     r"|утвержд[её]н\w*", re.IGNORECASE)

FIELD_WORDS = [
    (r"торгов", "trade"), (r"экономич", "economic"), (r"научн|наук", "science"), (r"техническ|технолог", "science"),
    (r"гуманитарн", "humanitarian"), (r"культур", "culture"), (r"образован", "education"),
    (r"туризм|туристическ", "tourism"), (r"транспорт|логисти", "transport"), (r"энерг", "energy"),
    (r"сельск|аграрн|агропромышлен", "agriculture"), (r"инвестиц", "investment"), (r"здравоохранен|медицин", "health"),
    (r"спорт", "sport"), (r"молод[её]жн", "youth"), (r"промышлен", "industry"), (r"экологи|природоохран", "environment"),
]
_FIELD_RES = [(re.compile(p, re.IGNORECASE), f) for p, f in FIELD_WORDS]


def _fields(text: str) -> list[str]:
    out = []
    for rx, f in _FIELD_RES:
        if rx.search(text) and f not in out:
            out.append(f)
    return out


def _kz_units(s) -> list[tuple[int, str]]:
    """(offset, ISO 3166-2 code) of the Kazakh regions and cities (as their region) the sentence names."""
    out = []
    for e in s.entities:
        if e.kind == "region" and e.key.startswith("KZ-"):
            out.append((e.start, e.key))
        elif e.kind == "city" and ru_gaz.city_country(e.key) == "KZ" and not ru_gaz.is_capital(e.key):
            region = ru_gaz.city_region(e.key)
            if region:
                out.append((e.start, region))
    return out


def _foreign_units(s) -> list[tuple[int, str, str]]:
    """(offset, partner region code or name, country) of the foreign regions and cities the sentence names."""
    out = []
    for e in s.entities:
        if e.kind == "region" and not e.key.startswith("KZ-"):
            out.append((e.start, e.key, ru_gaz.region_country(e.key)))
        elif e.kind == "city":
            country = ru_gaz.city_country(e.key)
            if country and country != "KZ":
                out.append((e.start, ru_gaz.city_region(e.key) or e.key, country))
    return out


def extract_regional_partnerships(doc) -> list[dict]:
    out: list[dict] = []
    abbr = None
    for s in sentences(doc):
        low = s.text.lower()
        if not has_any(low, ("сотруднич", "побратим", "породнил", "партн", "связ", "отношени", "соглашени",
                             "меморандум", "договор", "протокол", "карт")) \
                or not has_any(low, ("подпис", "заключ", "установ", "породнил", "побратим", "достигнут", "утвер")):
            continue
        foreign = _foreign_units(s)
        if not foreign:
            continue
        kz = _kz_units(s)
        if not kz:
            # "В 2022 году область подписала соглашение ... с Курганской областью": the region named before
            code = antecedent_kz_region(doc, s)
            kz = [(s.start, code)] if code else []
        if not kz:
            continue
        if not CUE_RE.search(s.text) or not PAST_RE.search(s.text):
            continue
        if not kz or not foreign:
            continue
        if len(kz) * len(foreign) > 4:
            continue  # a list of regions is not one partnership
        if abbr is None:
            abbr = abbreviations(doc)
        ctx = context(s, abbr)
        if modal_in(ctx, 0, len(ctx.toks)):
            continue
        instrument = None
        for k, tok in enumerate(ctx.toks):
            if tok.is_word() and KIND_RE.fullmatch(tok.text) and kind_of(tok, ctx.toks[k - 1] if k else None):
                title = find_title(ctx, k)
                if title is not None and title.parts:
                    instrument = title.english
                    break
        cue = PAST_RE.search(s.text)
        date = None
        for d in event_dates(ctx, s, s.start + cue.start()):
            date = resolve_date(doc, s, d)
            if date:
                break
        seen = set()
        for _, kz_code in kz:
            for _, partner, country in foreign:
                if (kz_code, partner) in seen:
                    continue
                seen.add((kz_code, partner))
                out.append({
                    "kz_region": kz_code,
                    "partner_region": partner,
                    "partner_country": country,
                    "date": date,
                    "fields": _fields(s.text),
                    "instrument": instrument,
                    "confidence": 0.6,
                    "language": LANG,
                    "_span": (s.start, s.end),
                })
    return out
