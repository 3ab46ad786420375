"""Trade figure rules for en text.

Every money amount in a sentence that names a flow (turnover, exports, imports, investment; credits, loans,
deals and rents as "other") is a candidate figure; it is kept unless it is a forecast or a hypothesis ("should
have reached", "a chance to reach"), an estimate range ("from $5 to $17 billion") or not a flow at all (GDP,
budget). The flow is the flow word nearest the amount in its clause, the period the date belonging to the amount
("$13 billion in 1994", "In 1994, ... amounted to"; "respectively" maps amounts to the previous sentence's
years), the foreign party the country, foreign region or organisation the clause ties to the amount ("to
Russia", "with the Kurgan region", "The Netherlands ($66 billion)"), else "the two countries" of the context,
else WORLD. Percentages next to an amount give its share ("or 54 percent of the total") or its change ("an
increase of 55.4 percent", "by a factor of 1.5"). Percentages without an amount are figures when the sentence
ties them to a country ("Russia's share in ... imports ... 70 percent; Turkmenistan's, 10 percent", "accounting
for 10%", "falls on Russia") or to the flow itself ("inflow of FDI ... grew by 40%").
"""
from __future__ import annotations

import re

from agreements.extract.en_common import LANG, context_countries, two_sides
from agreements.extract.en_lexicon import keywords, low_pattern, lowered, search_if
from kzrel.pipeline.common import resolve

from . import en_tables as T

# clauses: ";" and full stops the sentence splitter left inside ("... the year.[57] The gross inflow ...")
# (the look-behind comes after the dot: a pattern that starts with a literal is scanned for fast)
CLAUSE_SPLIT = re.compile(r";|\.(?<=[a-z\d)\]]\.)(?:\[\d+\])*\s+(?=[A-Z])")


# the flow patterns run case-sensitively on the lower-cased sentence (faster; see en_lexicon.lowered)
_FLOWS_LOW = [(f, low_pattern(rx)) for f, rx in T.FLOWS]
_FLOW_ANY_LOW = low_pattern(T.FLOW_ANY)
_NUMBER_OF_LOW = low_pattern(T.NUMBER_OF)
_LOW_MEMO: list = [None, None]


def _low(t: str) -> str | None:
    """``lowered(t)``, remembered for the sentence at hand."""
    if _LOW_MEMO[0] is not t:
        _LOW_MEMO[0], _LOW_MEMO[1] = t, lowered(t)
    return _LOW_MEMO[1]


def _flows(t: str) -> tuple[list, str]:
    """(flow patterns, the text to run them on)."""
    low = _low(t)
    return (_FLOWS_LOW, low) if low is not None else (T.FLOWS, t)


def _clauses(t: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in CLAUSE_SPLIT.finditer(t):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(t)))
    return out


def _clause_of(clauses, pos):
    for s, e in clauses:
        if s <= pos < e or pos == e:
            return s, e
    return 0, 0


_CUT_WORDS = ("but", "however", "while", "whereas", '"')
_HYPOTHETICAL_KEYS = keywords(T.HYPOTHETICAL)


def _hypothetical(t: str, lo: int, start: int) -> bool:
    """A forecast, target or plan governs the amount (the window stops at "but", "however", a quote)."""
    window = t[max(lo, start - 70):start]
    cut = max((m.end() for m in re.finditer(r"\bbut\b|\bhowever\b|\bwhile\b|\bwhereas\b|[\"]", window)), default=0) \
        if any(w in window for w in _CUT_WORDS) else 0
    window = re.sub(r"\bwould like to\b", "", window[cut:], flags=re.I)
    return bool(search_if(T.HYPOTHETICAL, _HYPOTHETICAL_KEYS, window))


def _flow_for(t: str, start: int, end: int, lo: int, hi: int) -> tuple[str | None, int]:
    """The flow word nearest an amount inside its clause [lo, hi); a flow word right after the amount ("$36.8
    billion investment", "$2.7 billion in foreign direct investment") wins."""
    after = t[end:min(hi, end + 45)]
    m = re.match(r"\s*(?:of\s+|in\s+)?(?:[\w-]+\s+){0,3}?(?:investments?|FDI|exports?|imports?|turnover|loan)\b",
                 after, re.I)
    if m:
        word = m.group(0).split()[-1].lower()
        for flow, rx in T.FLOWS:
            if rx.search(word):
                return flow, end
    best = None
    flows, subject = _flows(t)
    for flow, rx in flows:
        for fm in rx.finditer(subject, lo, start):
            d = start - fm.end()
            if best is None or d < best[1] or (d == best[1] and flow != "other"):
                best = (flow, d, fm.start())
    if best:
        return best[0], best[2]
    return None, -1


def _date_value(doc, sentence, m) -> str | None:
    v = resolve(doc, sentence, m)
    if not v:
        return None
    end = m.end_value if m.end_value and not m.end_value.startswith("-") else None
    if len(v) == 10:
        v = v[:7]
    if end:
        end = end[:7] if len(end) == 10 else end
        if end != v:
            return f"{v}/{end}"
    return v


def _usable_dates(sentence):
    t = sentence.text
    out = []
    for m in sentence.dates:
        s, e = m.start - sentence.start, m.end - sentence.start
        if m.qualifier in ("since", "until"):
            continue
        if re.search(r"\bthe\s+$", t[max(0, s - 5):s]) and T.COMPARISON_BASE.match(t[e:]):
            continue  # "the 1994 figures", "the 1992 level": a comparison base
        if re.search(r"\b(?:previous|same period|compared (?:to|with))\s+(?:\w+\s+){0,2}$", t[max(0, s - 30):s], re.I):
            continue
        if re.search(r"\bfor\s+$", t[max(0, s - 5):s]) and \
                re.search(r"(?:plan|program|strategy)", t[max(0, s - 60):s], re.I):
            continue
        out.append(m)
    return out


def _period_for(doc, sentence, start: int, end: int, lo: int, hi: int, dates) -> str | None:
    t = sentence.text
    # "$13 billion in 1994"
    for m in dates:
        s = m.start - sentence.start
        if end <= s <= end + 18 and re.match(r"^[\s,]*(?:in|for|by|during|as of)?\s*"
                                            r"(?:the\s+(?:end|beginning)\s+of\s+)?$",
                                            t[end:s], re.I):
            return _date_value(doc, sentence, m)
    inside = [m for m in dates if lo <= m.start - sentence.start < hi]
    before = [m for m in inside if m.start - sentence.start < start]
    after = [m for m in inside if m.start - sentence.start >= end and
             not T.HYPOTHETICAL.search(t[end:m.start - sentence.start])]
    pick = before[-1] if before else (after[0] if after else None)
    if pick is None:
        return None
    value = _date_value(doc, sentence, pick)
    if value and len(value) == 4 and T.SIX_MONTHS.search(t[lo:hi]):
        value = f"{value}-01/{value}-06"
    return value


def _party_candidates(sentence, lo: int, hi: int):
    """Foreign parties named in [lo, hi): countries, non-Kazakh regions, organisations (not groups such as "CIS
    countries")."""
    t = sentence.text
    out = []
    for e in sentence.entities:
        s, en = e.start - sentence.start, e.end - sentence.start
        if not (lo <= s < hi):
            continue
        if any(m.start <= e.start < m.end for m in sentence.money):
            continue  # "US dollars"
        if e.kind == "country" and e.key != "KZ":
            out.append((s, en, e.key, e))
        elif e.kind == "region" and not e.key.startswith("KZ-"):
            out.append((s, en, e.key, e))
        elif e.kind == "organisation":
            if T.GROUP_ORGS.match(t[en:]) or e.key in ("CIS", "EAEU", "EurAsEC", "SCO", "CSTO", "Customs Union"):
                continue
            out.append((s, en, e.key, e))
    return out


def _partner_for(sentence, start: int, end: int, lo: int, hi: int):
    t = sentence.text
    cands = _party_candidates(sentence, lo, hi)
    if not cands:
        return None
    best = None
    for s, e, key, ent in cands:
        score = 0
        gap_before = t[e:start] if e <= start else ""
        gap_after = t[end:s] if s >= end else ""
        if e <= start and re.fullmatch(r"\s*\(\s*", gap_before):
            score += 6  # "The Netherlands ($66 billion)"
        if re.search(r"\b(?:to|from|with|on|and|between|by)\s+(?:the\s+)?$", t[max(0, s - 12):s], re.I):
            score += 3
        if re.match(r"'s\b", t[e:e + 2]):
            score += 2
        if s >= end and len(gap_after) < 25 and re.match(r"^\s*(?:to|from)\s", gap_after):
            score += 4  # "$2.1 billion to Russia", "$120 million to China"
        if s >= end and not (len(gap_after) < 25 and re.match(r"^\s*(?:to|from|with)\s", gap_after)):
            continue
        dist = (start - e) if e <= start else (s - end)
        score -= dist / 60.0
        if best is None or score > best[0]:
            best = (score, key)
    return best[1] if best else None


def _percent_role(t: str, p, sentence, money_start: int, money_end: int):
    """("share" | "change", value) of a percent mention next to an amount, or None."""
    s, e = p.start - sentence.start, p.end - sentence.start
    before = t[max(0, s - 90):s]
    after = t[e:e + 40]
    if T.SHARE_OF_OTHER.match(after):
        return None
    if T.CHANGE_BEFORE.search(before[-70:]) or T.CHANGE_AFTER.match(after):
        sign = -1 if T.NEGATIVE_CHANGE.search(before[-40:] + after[:15]) else 1
        return "change", sign * p.value
    if T.SHARE_AFTER.match(after) or T.SHARE_BEFORE.search(before[-40:]) or \
            (s < money_start and re.match(r"^[\s,]*or\s", t[e:money_start])):
        return "share", p.value
    return None


def _factor_change(t: str, lo: int, hi: int):
    m = T.FACTOR.search(t, lo, hi)
    if not m or T.APPROX_FACTOR.search(t, max(lo, m.start() - 20), m.end()):
        return None
    if m.group(4):
        return 100.0 if m.group(4).lower() == "doubled" else 200.0
    num = next(g for g in m.groups()[:3] if g)
    try:
        factor = float(num.replace(",", "."))
    except ValueError:
        return None
    return round((factor - 1) * 100, 2)


def _reporter(sentence, partner) -> str:
    for e in sentence.entities:
        if e.kind == "region" and e.key.startswith("KZ-"):
            return e.key
    return "KZ"


def _fact(sentence, reporter, partner, flow, value, currency, period, share, change, core, confidence) -> dict:
    return {
        "reporter": reporter,
        "partner": partner,
        "flow": flow,
        "value": value,
        "currency": currency,
        "period": period,
        "share_percent": share,
        "change_percent": change,
        "confidence": confidence,
        "language": LANG,
        "_span": (sentence.start, sentence.end),
        "_core": core,
    }


def _money_figures(doc, sentence, prev) -> tuple[list[dict], set]:
    t = sentence.text
    clauses = _clauses(t)
    dates = _usable_dates(sentence)
    out: list[dict] = []
    used_percents: set = set()
    money = list(sentence.money)
    resp = bool(T.RESPECTIVELY.search(t))
    resp_years = []
    if resp and not dates and prev and prev.get("years"):
        resp_years = prev["years"]
    skip = set()
    # ranges: "from $5 to $17 billion", "$0.6-0.8 billion" (estimates) unless mapped to two dates
    pairs = []
    for a, b in zip(money, money[1:]):
        gap = t[a.end - sentence.start:b.start - sentence.start]
        lead = t[max(0, a.start - sentence.start - 20):a.start - sentence.start]
        if (re.fullmatch(r"\s*(?:-|–|to|and)\s*", gap) and re.search(r"\b(?:from|range|between)\s+(?:\w+\s+)?$", lead)) \
                or re.fullmatch(r"\s*-\s*", gap):
            pairs.append((a, b))
    def two_years(b):
        after = [m for m in dates if m.start >= b.end]
        if len(after) >= 2:
            return [_date_value(doc, sentence, after[0]), _date_value(doc, sentence, after[1])]
        if after and after[0].end_value and len(after[0].end_value) == 4 and after[0].value:
            return [after[0].value, after[0].end_value]
        return []

    mapped = set()
    for a, b in pairs:
        if len(two_years(b)) == 2 and \
                re.search(r"\bfrom\s+$", t[max(0, a.start - sentence.start - 8):a.start - sentence.start]):
            mapped.update((a.start, b.start))
            continue  # mapped below in order
        skip.add(a.start)
        skip.add(b.start)
    ordered_dates = list(dates)
    k_resp = 0
    for i, m in enumerate(money):
        if m.start in skip or m.start in mapped:
            continue
        start, end = m.start - sentence.start, m.end - sentence.start
        lo, hi = _clause_of(clauses, start)
        if _hypothetical(t, lo, start):
            continue
        flow, fpos = _flow_for(t, start, end, lo, hi)
        if flow is None and prev and prev.get("flow") and re.search(
                r"\b(?:it|the figure|this figure|which)\b[^;]{0,40}\b(?:reached|amounted|was|exceeded|totall?ed)\b",
                t[lo:start], re.I):
            flow = prev["flow"]
        if flow is None:
            # "...; in 1995, the figure was $3.7 billion": the flow of the previous clause
            for f in reversed(out):
                if f["_clause"] != (lo, hi):
                    flow = f["flow"]
                    break
        if flow is None:
            continue
        if T.NOT_FLOW.search(t[max(lo, start - 50):start]) and flow == "other":
            continue
        # the party
        partner = _partner_for(sentence, start, end, lo, hi)
        if partner is None and (two_sides(t) or re.search(r"\bbetween the countries\b", t)):
            ctx = context_countries(doc, sentence, back=6)
            partner = ctx[0] if ctx else None
        if partner is None and flow == "other" and not T.RECEIVED.search(t[lo:start]):
            continue
        # period
        if resp and resp_years:
            period = resp_years[k_resp] if k_resp < len(resp_years) else None
            k_resp += 1
        elif any(m.start in (a.start, b.start) for a, b in pairs):
            period = None
        else:
            period = _period_for(doc, sentence, start, end, lo, hi, dates)
        # share / change
        share = change = None
        for p in sentence.percents:
            ps = p.start - sentence.start
            if not (lo <= ps < hi) or p.start in used_percents:
                continue
            if ps > end + 160 or ps < start - 60:
                continue
            nxt = next((x for x in money[i + 1:] if x.start - sentence.start < ps), None)
            if nxt is not None and ps > start:
                continue  # belongs to a later amount
            role = _percent_role(t, p, sentence, start, end)
            if role is None:
                continue
            if role[0] == "share" and share is None:
                share = role[1]
                used_percents.add(p.start)
            elif role[0] == "change" and change is None:
                change = role[1]
                used_percents.add(p.start)
        if change is None:
            nxt_start = next((x.start - sentence.start for x in money[i + 1:]), hi)
            change = _factor_change(t, end, min(hi, nxt_start))
        if partner is None and (share is not None or re.search(r"\b(?:it|its)\b", t[lo:start])) and prev and \
                prev.get("partner") and prev.get("paragraph") == sentence.paragraph and \
                not re.search(r"\b(?:total|overall|gross|all)\b", t[max(lo, fpos - 30):start] if fpos >= 0 else ""):
            partner = prev["partner"]
        if period is None and not dates and prev and prev.get("paragraph") == sentence.paragraph and \
                prev.get("period"):
            period = prev["period"]
        if flow == "investment" and partner is None and fpos != end and not re.search(
                r"\b(?:foreign|FDI|attract\w*|invest(?:ed|s)|investors?)\b|\b(?:purchased|acquired|bought)\s+[^;]{0,30}"
                r"\b(?:assets|shares|stake|plant|company|enterprise)", t[lo:hi], re.I):
            continue
        reporter = _reporter(sentence, partner)
        fact = _fact(sentence, reporter, partner or "WORLD", flow, m.value, m.currency, period, share, change,
                     (m.start, m.end), 0.7 if period else 0.55)
        fact["_clause"] = (lo, hi)
        out.append(fact)
    # "from $22,000 to $25 million between 2000 and 2005": amounts and years in order
    for a, b in pairs:
        if a.start in skip:
            continue
        for mm, year in zip((a, b), two_years(b)):
            start = mm.start - sentence.start
            lo, hi = _clause_of(clauses, start)
            flow, _ = _flow_for(t, start, mm.end - sentence.start, lo, hi)
            if flow is None:
                continue
            partner = _partner_for(sentence, start, mm.end - sentence.start, 0, len(t))
            f = _fact(sentence, _reporter(sentence, partner), partner or "WORLD", flow, mm.value, mm.currency,
                      year, None, None, (mm.start, mm.end), 0.6)
            f["_clause"] = (lo, hi)
            out.append(f)
    for f in out:
        f.pop("_clause", None)
    return out, used_percents


SHARE_WORD = re.compile(r"\b(?:share|specific gravity|proportion|accounting for|accounted for|accounts for|falls? on|"
                        r"fell on|went to)\b", re.I)
CHANGE_VERB = re.compile(r"\b(?:increase[sd]?|grew|grow|rose|decreased|declined|fell|dropped)\b(?:\s+\w+){0,2}\s+by\s*$"
                         r"|(?:increased|grew|rose|decreased|declined|fell)\s*$", re.I)


def _percent_figures(doc, sentence, used: set) -> list[dict]:
    """Percentages with no amount: a partner's share ("Russia's share ... 70 percent") or the change of a flow."""
    t = sentence.text
    low = _low(t)
    if low is not None:
        if not _FLOW_ANY_LOW.search(low) or _NUMBER_OF_LOW.search(low):
            return []
    elif not T.FLOW_ANY.search(t) or T.NUMBER_OF.search(t):
        return []
    clauses = _clauses(t)
    dates = _usable_dates(sentence)
    out = []
    last_change = None
    for p in sentence.percents:
        if p.start in used:
            continue
        s, e = p.start - sentence.start, p.end - sentence.start
        lo, hi = _clause_of(clauses, s)
        if _hypothetical(t, lo, s) or T.SHARE_OF_OTHER.match(t[e:e + 40]):
            continue
        if t[max(0, s - 2):s].rstrip().endswith("(") and t[e:e + 2].lstrip().startswith(")"):
            continue  # "(35.2 percent)": a composition
        flow, fpos = _flow_for(t, s, e, 0, s if s > 0 else len(t))
        if flow in (None, "other"):
            flow2, fpos2 = _flow_for(t, len(t), len(t), 0, len(t))
            flow, fpos = (flow2, fpos2) if flow2 not in (None, "other") else (flow, fpos)
        if flow in (None, "other"):
            continue
        period = _period_for(doc, sentence, s, e, lo, hi, dates) or _period_for(doc, sentence, s, e, 0, len(t), dates)
        before = t[max(0, s - 80):s]
        # change of the flow itself: "FDI in 2016 grew by 40%", "increase its indicators by 33%",
        # "... increased by 80%, food industry - 30%"
        if CHANGE_VERB.search(before) or (last_change is not None and re.search(r"[-–]\s*$", before)
                                          and lo <= last_change):
            sign = -1 if T.NEGATIVE_CHANGE.search(before[-40:]) else 1
            partner = _partner_for(sentence, s, e, 0, len(t))
            out.append(_fact(sentence, _reporter(sentence, partner), partner or "WORLD", flow, None, None,
                             period, None, sign * p.value, (p.start, p.end), 0.5))
            last_change = s
            continue
        # a partner's share
        holder = _share_holder(sentence, s, e, lo, hi)
        if holder is None:
            continue
        key, other = holder
        if key == "KZ":
            if not other:
                continue
            reporter, partner = other, "KZ"
        else:
            reporter, partner = "KZ", key
        out.append(_fact(sentence, reporter, partner, flow, None, None, period, p.value, None, (p.start, p.end), 0.5))
    if last_change is not None:
        # "... increased by 80%, food industry - 30%, in engineering - by 7 times"
        lo, hi = _clause_of(clauses, last_change)
        fm = re.search(r"[-–]\s*by\s+(\d+(?:[.,]\d+)?)\s+times\b", t[last_change:hi])
        if fm:
            factor = float(fm.group(1).replace(",", "."))
            flow, _ = _flow_for(t, last_change, last_change, 0, last_change)
            prev_fact = out[-1] if out else None
            if flow and prev_fact:
                out.append(_fact(sentence, prev_fact["reporter"], prev_fact["partner"], prev_fact["flow"], None,
                                 None, prev_fact["period"], None, round((factor - 1) * 100, 2),
                                 (sentence.start + last_change + fm.start(), sentence.start + last_change + fm.end()),
                                 0.5))
    return out


def _share_holder(sentence, s: int, e: int, lo: int, hi: int):
    """The country whose share a percentage is: "Russia's share ...", "Turkmenistan's, 10 percent", "the share of
    the Republic of Kazakhstan is 15%", "Specific gravity RF ... - 24.7%", "Ukraine ... accounting for 10%",
    "90% of ... falls on Russia". Returns (holder, other country of the sentence)."""
    t = sentence.text
    if not SHARE_WORD.search(t):
        return None
    ents = [x for x in sentence.entities if x.kind == "country"]
    if not ents:
        return None

    def other_of(key):
        for x in ents:
            if x.key != key and x.key != "KZ":
                return x.key
        return None

    # "Russia's share in Kazakhstan's imports ... 70 percent"
    for x in reversed(ents):
        xe = x.end - sentence.start
        if lo <= xe <= s and re.match(r"'s\s+(?:\w+\s+)?share\b", t[xe:xe + 30]) and \
                not re.search(r"[;]", t[xe:s]):
            return x.key, other_of(x.key)
    # possessive right before ("Turkmenistan's, 10 percent")
    for x in reversed(ents):
        xe = x.end - sentence.start
        if xe <= s and re.fullmatch(r"'s\b[^;%]{0,90}", t[xe:s]) and (lo <= xe or s - xe < 90):
            return x.key, other_of(x.key)
    # "share of (the) X", "specific gravity X"
    for x in ents:
        xs = x.start - sentence.start
        if xs < s and re.search(r"\b(?:share|specific gravity|proportion)\s+(?:of\s+)?(?:the\s+)?$",
                                t[max(0, xs - 25):xs], re.I):
            return x.key, other_of(x.key)
    # "... falls on Russia", "... went to the Russian Federation"
    for x in ents:
        xs = x.start - sentence.start
        if xs > e and re.search(r"\b(?:falls?|fell|went)\s+(?:on|to)\s+(?:the\s+)?$", t[max(0, xs - 20):xs], re.I):
            return x.key, other_of(x.key)
    # "Ukraine became ..., accounting for 10%"
    if re.search(r"\baccount(?:ing|ed|s)?\s+for\s*$", t[max(0, s - 20):s], re.I):
        for x in ents:
            xs = x.start - sentence.start
            if xs < s and x.key != "KZ" and x.form == "name":
                return x.key, other_of(x.key)
    return None


def _merge(figures: list[dict]) -> list[dict]:
    """One figure stated twice in a document (once with its share, once without) becomes one."""
    out: list[dict] = []
    for f in figures:
        for g in out:
            if all(g[k] == f[k] for k in ("partner", "flow", "period", "currency")) and g["value"] is not None and \
                    f["value"] is not None and abs(g["value"] - f["value"]) <= 0.01 * max(g["value"], f["value"]):
                for k in ("share_percent", "change_percent"):
                    if g[k] is None:
                        g[k] = f[k]
                g["confidence"] = max(g["confidence"], f["confidence"])
                break
        else:
            out.append(f)
    return out


def extract_trade_figures(doc) -> list[dict]:
    figures: list[dict] = []
    prev = None
    for sentence in doc.sentences:
        if sentence.language != LANG:
            prev = None
            continue
        if not sentence.money and not sentence.percents:
            nxt = doc.sentences[sentence.index + 1] if sentence.index + 1 < len(doc.sentences) else None
            if nxt is None or not (nxt.money or nxt.percents) or nxt.paragraph != sentence.paragraph:
                prev = None  # only a sentence right before a figure is context for it
                continue
            years = []
            for m in _usable_dates(sentence):
                v = resolve(doc, sentence, m)
                if v and v[:4] not in years:
                    years.append(v[:4])
            patterns, subject = _flows(sentence.text)
            flows = [(fm.start(), f) for f, rx in patterns if f != "other" for fm in rx.finditer(subject)]
            prev = {"paragraph": sentence.paragraph, "years": years,
                    "flow": max(flows)[1] if flows else None,
                    "period": years[0] if len(years) == 1 else None}
            continue
        found, used = _money_figures(doc, sentence, prev)
        found += _percent_figures(doc, sentence, used)
        figures += found
        years = []
        for m in sentence.dates:
            v = resolve(doc, sentence, m)
            if v and v[:4] not in years:
                years.append(v[:4])
        if found:
            last = found[-1]
            periods = {f["period"] for f in found if f["period"]}
            prev = {"partner": last["partner"] if last["partner"] != "WORLD" else None, "flow": last["flow"],
                    "period": periods.pop() if len(periods) == 1 else None, "paragraph": sentence.paragraph,
                    "years": years}
        else:
            prev = {"paragraph": sentence.paragraph, "years": years}
    return _merge(figures)
