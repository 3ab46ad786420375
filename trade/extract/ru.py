"""Trade figure rules for ru text.

A money mention becomes a trade figure when a flow word governs it in the same sentence ("товарооборот ...
составил 6,3 млрд долларов", "прямые инвестиции Японии ... составили $8 млрд", "арендная плата - около
115 млн долларов", "подписано 47 соглашений на общую сумму $22 млрд"), Kazakhstan is a side (in the sentence, or
the sentence says "между нашими странами" / "в эту страну" and the paragraph names Kazakhstan) and the figure is
not a target or a forecast ("довести товарооборот до $5 млрд", "планируется", "к 2025 году").
Percent-only figures are read as a share ("доля ... составила 18%") or a change ("вырос на 12%").
"""
from __future__ import annotations

import re

from agreements.extract import ru_gaz
from agreements.extract.ru_common import (context, end_of, entity_countries, governing_status, kz_present,
                                          para_ids, resolve_date, sentences)

LANG = "ru"

FLOWS = [  # (regex, flow); the nearest one before a money mention governs it
    (r"товарооборот\w*|торгов\w+\s+оборот\w*|внешнеторгов\w+\s+оборот\w*|объ[её]м\w*\s+(?:взаимной\s+|двусторонней\s+"
     r"|внешней\s+)?торговл\w+|взаимн\w+\s+торговл\w+|двусторонн\w+\s+торговл\w+|торговл\w+\s+(?:между|с)\s"
     r"|внешн\w+\s+торговл\w+", "turnover"),
    (r"экспорт\w*|вывоз\w*|экспортир\w+", "export"),
    (r"импорт\w*|ввоз\w*|импортир\w+", "import"),
    (r"инвестиц\w+|инвестир\w+|капиталовложени\w+|вложени\w+|(?<![\w-])ПИИ(?![\w-])", "investment"),
    (r"аренд\w+|арендн\w+\s+плат\w+", "other"),
    (r"(?:соглашени|контракт|сделк|договор|меморандум)\w*(?:\s+[\w-]+){0,6}?\s+(?:на\s+(?:общую\s+)?(?:сумму\s+)?"
     r"|общей\s+(?:стоимостью|суммой)\s+(?:в\s+)?)(?:более\s+|свыше\s+|около\s+|порядка\s+)?$", "other"),
    (r"(?:приобретени|закупк|покупк)\w*(?:\s+[\w-]+){0,4}?\s+на\s+(?:общую\s+)?(?:сумму\s+)?"
     r"(?:более\s+|свыше\s+|около\s+)?$", "other"),
]
_FLOWS = [(re.compile(p, re.IGNORECASE), f) for p, f in FLOWS]
TARGET_RE = re.compile(r"(?<![\w-])(?:довест\w+|увеличит\w*|нарастит\w*|достич\w*|достигнут\w* уровн\w+|планир\w+"
                       r"|намерен\w*|задач\w+|цел[ьи]\w*|прогноз\w*|ожида\w+|может|могут|должн\w+|к\s+\d{4}\s+год\w*"
                       r"|до\s+конца|стремится|хотят|хотим|предлага\w+|возможн\w+)(?![\w-])", re.IGNORECASE)
ANAPHOR_RE = re.compile(r"наш\w+\s+стран\w+|двусторонн\w+|эт(?:у|ой|а|их)\s+стран\w*|республик\w+|(?<![\w-])стран\w*\s+"
                        r"(?:было|были|был|составил)|обеих\s+стран|двух\s+стран|этот\s+показатель|их\s+объ[её]м",
                        re.IGNORECASE)
WORLD_RE = re.compile(r"внешнеторгов\w+|внешн\w+\s+торговл\w+|общ\w+\s+объ[её]м\w*|всего\s+мира|мир\w*\s+рын",
                      re.IGNORECASE)
INHERIT_RE = re.compile(r"(?<![\w-])(?:их|его|ее|её)\s+объ[её]м\w*|этот\s+показатель|данный\s+показатель"
                        r"|объ[её]м\s+которых", re.IGNORECASE)
HALF_RE = re.compile(r"(перв|втор)\w*\s+(?:половин\w*|полугоди\w*)\s+(\d{4})", re.IGNORECASE)
GROWTH_RE = re.compile(r"(вырос\w*|увеличил\w*|увеличивш\w*|снизивш\w*|сокративш\w*|рост\w*|прирост\w*|повысил\w*|снизил\w*|сократил\w*|упал\w*|"
                       r"уменьшил\w*|падени\w*|сокращени\w*|снижени\w*)\s+(?:[\w-]+\s+){0,3}?на\s*$", re.IGNORECASE)
SHARE_RE = re.compile(r"дол[яиеюй]\w*", re.IGNORECASE)
COMPARE_RE = re.compile(r"\s*(больше|выше|меньше|ниже)(?![\w-])", re.IGNORECASE)
TRADE_BLOCS = frozenset("EU EAEU CIS SCO EurAsEC Customs Union Turkic Council ECO OIC".split()) | {"Customs Union",
                                                                                               "Turkic Council"}
# the flow word right after a share: "на её долю приходится 18% внешнеторгового оборота"
FLOW_AFTER_RE = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:товарооборот\w*|(?:внешнеторгов\w+\s+|торгов\w+\s+)?оборот\w*"
                           r"|торговл\w+|экспорт\w*|импорт\w*|инвестиц\w+)", re.IGNORECASE)


def _flows(text: str):
    """(end offset, flow) of every flow word in the sentence text."""
    out = []
    for rx, flow in _FLOWS:
        if flow == "other" and rx.pattern.endswith("$"):
            continue
        for mt in rx.finditer(text):
            out.append((mt.start(), mt.end(), flow))
    return sorted(out)


def _flow_for(text: str, local_start: int, flows) -> str | None:
    """The flow governing a money mention starting at ``local_start`` of the sentence text."""
    before = text[:local_start]
    for rx, flow in _FLOWS:
        if flow == "other" and rx.pattern.endswith("$") and rx.search(before[-120:]):
            return flow
    # nearest flow word before, within the sentence, not across a ";" or a sentence-internal quote boundary
    cands = [(local_start - e, flow) for s, e, flow in flows if e <= local_start and local_start - e <= 160
             and ";" not in text[e:local_start]]
    if cands:
        return min(cands)[1]
    return None


def _flow_after(text: str, local_end: int, flows) -> str | None:
    """"$2 млрд инвестиций": a flow word right after the amount."""
    for s, e, flow in flows:
        if 0 <= s - local_end <= 2:
            return flow
    return None


def _inherited_flow(doc, s) -> str | None:
    """"их объём вырос до $1,8 млрд": the flow of the previous sentence of the paragraph, when this one refers
    back to it."""
    if not INHERIT_RE.search(s.text):
        return None
    ids = para_ids(doc)
    for prev in reversed(doc.sentences[max(0, s.index - 2):s.index]):
        if ids[prev.index] != ids[s.index]:
            break
        flows = _flows(prev.text)
        if flows:
            return flows[-1][2]
    return None


def _period(doc, s, ctx, money) -> str | None:
    """The period of a figure: the nearest date before it in its clause ("в 2005 г. — 9,7 млрд"), else the
    nearest after it ("составил $2 млрд в 2016 году") unless that one opens the next figure."""
    text = s.text
    others = [m for m in list(s.money) + list(s.percents) if m is not money and m.start != money.start]
    cands = []
    for d in s.dates:
        if d.qualifier in ("until", "by"):
            continue
        value = resolve_date(doc, s, d)
        if not value:
            continue
        end = end_of(d)
        cands.append((d, value if not end else f"{value}/{end}"))
    if not cands:
        return None

    def between(a, b):
        return any(a <= m.start < b for m in others)
    before = [(money.start - d.end, d, v) for d, v in cands if d.end <= money.start and not between(d.end, money.start)
              and ";" not in text[d.end - s.start:money.start - s.start]]
    after = [(d.start - money.end, d, v) for d, v in cands if d.start >= money.end
             and not between(money.end, d.start)]
    pick = None
    if after:
        dist, d, v = min(after, key=lambda x: x[0])
        nxt = [m for m in others if m.start >= d.end]
        opens_next = bool(nxt) and not between(d.end, min(m.start for m in nxt)) and \
            min(m.start for m in nxt) - d.end < 40
        if not opens_next and (not before or dist < min(before, key=lambda x: x[0])[0]):
            pick = (d, v)
    if pick is None and before:
        _, d, v = min(before, key=lambda x: x[0])
        pick = (d, v)
    if pick is None:
        _, d, v = min(((min(abs(d.start - money.start), abs(d.end - money.end)), d, v) for d, v in cands),
                      key=lambda x: x[0])
        pick = (d, v)
    d, value = pick
    half = HALF_RE.search(text[max(0, d.start - s.start - 40):d.end - s.start + 1])
    if half and half.group(2) == value[:4]:
        y = value[:4]
        return f"{y}-01/{y}-06" if half.group(1).lower().startswith("перв") else f"{y}-07/{y}-12"
    return value


def _context_countries(doc, s, back: int = 3) -> tuple[set[str], bool]:
    """Foreign countries and whether Kazakhstan is named in the previous sentences of the paragraph."""
    foreign: set[str] = set()
    kz = False
    near = doc.sentences[max(0, s.index - back):s.index][::-1] + doc.sentences[s.index + 1:s.index + 1 + back]
    ids = para_ids(doc)
    for prev in near:
        if ids[prev.index] != ids[s.index]:
            continue
        codes = entity_countries(prev.entities, metonymy=False)
        kz = kz or "KZ" in codes or kz_present(prev.entities)
        foreign |= {c for c in codes if c != "KZ"}
        foreign |= {e.key for e in prev.entities if e.kind == "organisation" and e.key in TRADE_BLOCS}
    return foreign, kz


def extract_trade_figures(doc) -> list[dict]:
    out: list[dict] = []
    for s in sentences(doc):
        if not (s.money or s.percents):
            continue
        text = s.text
        flows = _flows(text)
        deal = any(rx.search(text) for rx, f in _FLOWS if f == "other" and rx.pattern.endswith("$")) or \
            re.search(r"на\s+(?:общую\s+)?сумму|общей\s+(?:стоимостью|суммой)", text)
        if not flows and not deal and not re.search(r"соглашени|контракт|сделк|приобретени|закупк", text, re.I) \
                and not INHERIT_RE.search(text):
            continue
        ctx = None
        for money in s.money:
            local = money.start - s.start
            flow = _flow_for(text, local, flows) or _flow_after(text, money.end - s.start, flows) \
                or _inherited_flow(doc, s)
            if flow is None:
                continue
            if ctx is None:
                ctx = context(s)
            q = next((i for i, t in enumerate(ctx.toks) if t.start >= money.start), len(ctx.toks) - 1)
            # a target or forecast is not a figure
            clause_start = max(text.rfind(";", 0, local), text.rfind(".", 0, local))
            seg = text[clause_start + 1:local]
            if TARGET_RE.search(seg[-150:]) and not re.search(r"составил|составлял|было|был|достиг(?:ла|ли)?\b|вырос",
                                                              seg[-60:]):
                continue
            status, verb = governing_status(ctx, q)
            if status == "futr":
                continue
            fig = _figure(doc, s, ctx, money, flow)
            if fig:
                out.append(fig)
        if not s.money and s.percents and (flows or SHARE_RE.search(text)):
            out.extend(_percent_figures(doc, s, flows))
    return out


def _parties(doc, s, ctx, anchor: int):
    """(reporter, partner) or None. The partner is the foreign country nearest to the amount."""
    # an entity inside a money mention names its currency ("млрд долл. США"), not a party
    ents = [e for e in s.entities if not any(m.start <= e.start and e.end <= m.end for m in s.money)]
    codes = entity_countries(ents, ctx=ctx)
    kz = "KZ" in codes or kz_present(ents)
    regions_kz = [e.key for e in ents if e.kind == "region" and e.key.startswith("KZ-")]
    regions_foreign = [e for e in ents if e.kind == "region" and not e.key.startswith("KZ-")]
    foreign_mentions = [e for e in ents if (e.kind == "country" and e.key != "KZ")]
    if not foreign_mentions:
        # a union as the partner: "товарооборот Казахстана и Евросоюза", "торговля со странами ЕАЭС"
        foreign_mentions = [e for e in ents if e.kind == "organisation" and e.key in TRADE_BLOCS]
    partner = None
    if regions_foreign and regions_kz:
        partner = min(regions_foreign, key=lambda e: abs(e.start - anchor)).key
    elif foreign_mentions:
        distinct = {e.key for e in foreign_mentions}
        partner = min(foreign_mentions, key=lambda e: abs(e.start - anchor)).key
        if len(distinct) > 1 and not kz:
            return None  # trade between two other countries
    else:
        other = [c for c in codes if c != "KZ"]
        if other:
            partner = other[0]
        else:  # "в ходе визита в Пекин ... на сумму $4 млрд": the foreign city's country
            cities = {ru_gaz.city_country(e.key) for e in ents if e.kind == "city"} - {None, "KZ"}
            if len(cities) == 1:
                partner = cities.pop()
    anaphor = bool(ANAPHOR_RE.search(s.text))
    if not kz or partner is None:
        foreign, kz_ctx = _context_countries(doc, s)
        if not kz:
            if not (kz_ctx and (anaphor or partner is not None or not codes)):
                return None
            kz = True
        if partner is None:
            if len(foreign) == 1 and (anaphor or not codes):
                partner = next(iter(foreign))
            elif WORLD_RE.search(s.text):
                partner = "WORLD"
            else:
                return None
    reporter = regions_kz[0] if regions_kz else "KZ"
    return reporter, partner


def _figure(doc, s, ctx, money, flow):
    parties = _parties(doc, s, ctx, money.start)
    if parties is None:
        return None
    reporter, partner = parties
    change = None
    best = None
    for p in s.percents:
        if ";" in s.text[min(p.end, money.end) - s.start:max(p.start, money.start) - s.start]:
            continue
        g = GROWTH_RE.search(s.text[max(0, p.start - s.start - 60):p.start - s.start])
        sign = None
        if g:
            verb = g.group(1).lower()
            sign = -1 if verb.startswith(("сниз", "сокр", "упал", "умен", "паден", "сниж")) else 1
        else:
            cmp_ = COMPARE_RE.match(s.text[p.end - s.start:])  # "что на 4,2% больше, чем годом ранее"
            if cmp_ and re.search(r"(?<![\w-])на\s*$", s.text[max(0, p.start - s.start - 6):p.start - s.start]):
                sign = -1 if cmp_.group(1).lower().startswith(("мен", "ниж")) else 1
        if sign is not None and (best is None or abs(p.start - money.start) < best[0]):
            best = (abs(p.start - money.start), sign * p.value)
    if best:
        change = best[1]
    return {
        "reporter": reporter,
        "partner": partner,
        "flow": flow,
        "value": money.value,
        "currency": money.currency,
        "period": _period(doc, s, ctx, money),
        "share_percent": None,
        "change_percent": change,
        "confidence": 0.7,
        "language": LANG,
        "_span": (s.start, s.end),
        "_core": (money.start, money.end),
    }


def _percent_figures(doc, s, flows):
    out = []
    ctx = context(s)
    for p in s.percents:
        local = p.start - s.start
        before = s.text[max(0, local - 80):local]
        if re.search(r"(?<![\w-])с\s*$", before) and re.match(r"\s*до\s+\d", s.text[p.end - s.start:]):
            continue  # "выросла с 3% до 12%": the figure is the one it reached
        flow = None
        after = FLOW_AFTER_RE.match(s.text[p.end - s.start:])
        if after and SHARE_RE.search(before):  # "на её долю приходится 18% внешнеторгового оборота"
            flow = _flows(after.group(0))[0][2] if _flows(after.group(0)) else "turnover"
        if flow is None:
            flow = _flow_for(s.text, local, flows)
        if flow is None:
            continue
        share = change = None
        g = GROWTH_RE.search(before)
        if g:
            verb = g.group(1).lower()
            change = (-1 if verb.startswith(("сниз", "сокр", "упал", "умен", "паден", "сниж")) else 1) * p.value
        elif SHARE_RE.search(before):
            share = p.value
        else:
            continue
        if TARGET_RE.search(before):
            continue
        parties = _parties(doc, s, ctx, p.start)
        if parties is None:
            continue
        reporter, partner = parties
        out.append({
            "reporter": reporter, "partner": partner, "flow": flow, "value": None, "currency": None,
            "period": _period(doc, s, ctx, p), "share_percent": share, "change_percent": change,
            "confidence": 0.5, "language": LANG, "_span": (s.start, s.end), "_core": (p.start, p.end),
        })
    return out
