"""Regional partnership rules for en text.

A partnership is a Kazakh region (oblast or city of republican status) and a foreign region that a sentence ties
together by an agreement, a memorandum, a visit of a delegation, "Days of ...", a joint council, cooperation or
trade between them. The Kazakh side is a region named in the sentence (or a Kazakh city standing for its region,
coded as before the 2022 reform when the text is older); when the sentence names only the foreign side of an
event ("The meeting was attended by leaders of the Xinjiang Uyghur Autonomous Region, Mongolia, the Altai Krai
..."), the Kazakh region of the previous sentence of the paragraph is taken. A country listed among foreign
regions without a region of its own ("..., Mongolia, ...") is a partner at country level. Fields come from the
sentence's field words, the instrument from an agreement found in the same sentence, the date from the
sentence's date.
"""
from __future__ import annotations

import re

from agreements.extract.en_common import LANG, city_region, entity_country, facts_in, iso_of
from agreements.extract.en_lexicon import fields_of, low_pattern, lowered

RELATION = re.compile(
    r"\b(?:agreements?|memorand(?:um|a|ums)|treaty|protocol|cooperation|partnership|relations?|ties|visit(?:ed|s)?|"
    r"delegation|days of|meetings?|met|council|forum|exhibition|signed|attended|hosted|trade|turnover|plans?|"
    r"exchange|joint|between)\b", re.I)
CITY_FOLLOWERS = {"with", "and", "in", "on", "at", "hosted", "was", "were", "to", "from", "for", "of", "city",
                  "region", "district", "is", "has", "signed", "held", "received", "welcomed", "by"}
EVENT = re.compile(r"\b(?:attended|hosted|meeting|visit(?:ed)?|delegation|signed|council|forum|days of)\b", re.I)
# a foreign district/county the gazetteer does not know: "Durbyzhyn district of Xinjiang, China"
RELATION_LOW = low_pattern(RELATION)  # for the lower-cased sentence (faster; see en_lexicon.lowered)
EVENT_LOW = low_pattern(EVENT)
# ("\b" written as a look-behind after the capital, so that the pattern starts with a character set: fast scanning)
UNKNOWN_REGION = re.compile(r"([A-Z](?<!\w[A-Z])[\w'-]+\s+(?:[A-Z][\w'-]+\s+)?(?:district|county|prefecture|province|"
                            r"region))\b(?=[^.;]{0,40}?,\s*(?:the\s+)?[A-Z])")


def _kz_regions(sentence, old: bool) -> list[str]:
    out = []
    for e in sentence.entities:
        code = None
        if e.kind == "region" and e.key.startswith("KZ-"):
            code = e.key
        elif e.kind == "city" and entity_country(e) == "KZ":
            nxt = re.match(r"\s+([a-z]+)", sentence.text[e.end - sentence.start:])
            if nxt and nxt.group(1) not in CITY_FOLLOWERS:
                continue  # "Ekibastuz coal": the city names a product, not a party
            code = city_region(e.key, pre2022=old)
        if code and code not in out:
            out.append(code)
    return out


def _foreign(sentence) -> list[tuple[str | None, str, int]]:
    """(region code or name, country, position) of the foreign regions of a sentence, then countries named among
    them that have no region of their own."""
    t = sentence.text
    regions = []
    for e in sentence.entities:
        if e.kind == "region" and not e.key.startswith("KZ-"):
            if not any(r[0] == e.key for r in regions):
                regions.append((e.key, e.key.split("-")[0], e.start))
    kz_spans = [(e.start, e.end) for e in sentence.entities if e.kind in ("region", "city", "country")
                and (e.key == "KZ" or e.key.startswith("KZ-") or entity_country(e) == "KZ")]
    for m in UNKNOWN_REGION.finditer(t):
        s = sentence.start + m.start(1)
        if any(e.start <= s < e.end for e in sentence.entities):
            continue
        # the country it belongs to: the next country named after it
        country = next((e.key for e in sentence.entities if e.kind == "country" and e.start > s and e.key != "KZ"),
                       None)
        if not country or any(a <= s < b for a, b in kz_spans):
            continue
        tail = t[m.end(1):m.end(1) + 40]
        if re.match(r"\s+of\s+(?:the\s+)?(?:East|West|North|South|Republic of Kazakhstan)", tail):
            continue
        name = m.group(1)
        of = re.match(r"\s+of\s+([A-Z][\w'-]+(?:\s[a-z]{1,4})?)", tail)
        if of:
            name = f"{name}, {of.group(1).replace(' ', '')}"
        regions.append((name, country, s))
    if not regions:
        return []
    parents = {r[1] for r in regions}
    countries = []
    for e in sentence.entities:
        if e.kind == "country" and e.key != "KZ" and e.key not in parents and e.form == "name" and \
                e.key not in [c[1] for c in countries]:
            # listed among the regions ("..., Mongolia, the Altai Krai ...")
            if any(abs(e.start - r[2]) < 80 for r in regions):
                countries.append((None, e.key, e.start))
    return regions + countries


def _instrument(doc, sentence) -> str | None:
    for f in facts_in(doc, "agreements", sentence):
        return f.get("title")
    m = re.search(r'"([^"]{10,200})"', sentence.text)
    if m and re.search(r"\b(?:cooperation|agreement|council)\b", m.group(1), re.I):
        return m.group(1)
    return None


def extract_regional_partnerships(doc) -> list[dict]:
    out: list[dict] = []
    prev_kz: list[str] = []
    prev_paragraph = None
    prev_date = None
    for sentence in doc.sentences:
        if sentence.language != LANG:
            prev_kz, prev_paragraph = [], None
            continue
        t = sentence.text
        if sentence.paragraph != prev_paragraph:
            prev_kz, prev_date = [], None
        prev_paragraph = sentence.paragraph
        if not any(e.kind in ("region", "city") for e in sentence.entities):
            continue  # neither side named
        dates = [iso_of(doc, sentence, m) for m in sentence.dates if m.qualifier is None]
        dates = [d for d in dates if d]
        year = int(dates[0][:4]) if dates and dates[0][:4].isdigit() else None
        old = year is None or year < 2022
        kz = _kz_regions(sentence, old)
        low = lowered(t)
        related = RELATION_LOW.search(low) if low is not None else RELATION.search(t)
        foreign = _foreign(sentence) if related else []
        context = False
        if foreign and not kz and prev_kz and (EVENT_LOW.search(low) if low is not None else EVENT.search(t)):
            kz, context = prev_kz, True
        if foreign and kz:
            date = dates[0] if dates else (prev_date if context else None)
            fields = fields_of(t)
            instrument = _instrument(doc, sentence)
            for k in kz:
                for code, country, _pos in foreign:
                    out.append({
                        "kz_region": k,
                        "partner_region": code,
                        "partner_country": country,
                        "date": date,
                        "fields": fields,
                        "instrument": instrument,
                        "confidence": 0.6 if not context else 0.45,
                        "language": LANG,
                        "_span": (sentence.start, sentence.end),
                    })
        if kz and not context:
            prev_kz = kz
            prev_date = dates[0] if dates else None
    return out
