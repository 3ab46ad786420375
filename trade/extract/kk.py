"""Trade figure rules for kk text.

A figure is a value (a money mention, or "4,1 млрд" right after a flow word when the text leaves the currency
out) or a percent with a direction verb ("26 %-ға өсті", "ширек пайызға төмендеуі") or a share word ("үлесі"),
in a clause with a flow word:

* turnover: тауар айналымы, сауда айналымы, сауда көлемі, өзара сауда, тауар алмасу
* export: экспорт, тауар шығару; import: импорт, тауар әкелу; investment: инвестиция, салым

A clause without a flow word continues the figure of the clause (or sentence) just before it ("1997 жылы өзара
тауар айналым 4,1 млрд" / "1998 жылдың бірінші жартысында 26 %-ға өсті"). Amounts listed per country
("Өзбекстан - 918 мың доллар, Қазақстан - 833 мың доллар") are each country's contribution: Kazakhstan's is kept,
with the organisation named in the sentence (or the one before) as the other party.

Period: the clause's own date that is not a base of comparison ("1998 жылмен салыстырғанда"); a clause whose
only year is written as a base keeps it; "бірінші жартысы" = months 01-06. Partner: a foreign country in the
clause (Ресейден, Өзбекстанмен), else the previous figure's, else the document's main partner.
"""
from __future__ import annotations

import re

from agreements.extract import kk_common as C
from kzrel.pipeline import money as money_mod

LANG = "kk"

_FLOWS = [
    ("turnover", re.compile(r"тауар\s+айналым\w*|сауда\s+айналым\w*|сауда\s+көлем\w*|өзара\s+сауда\w*|"
                            r"тауар\s+алмасу\w*|сауда-экономикалық\s+айналым\w*|сыртқы\s+сауда\w*|товар\s*айналым\w*")),
    ("export", re.compile(r"\bэкспорт\w*|\bтауар\s+шығару(?:ы|ын|да)?\b|шығарылған\s+тауар\w*")),
    ("import", re.compile(r"\bимпорт\w*|\bтауар\s+әкелу\w*|әкелінген\s+тауар\w*")),
    ("investment", re.compile(r"\bинвестиция\w*|\bинвестициялар\w*|\bсалым\w*")),
]
_UP = re.compile(r"^\W{0,4}(?:\w+\s+){0,2}?(?:өсті|өсіп|өсуі|өсу|өскен|ұлғайды|ұлғайып|ұлғаюы|ұлғайған|артты|артып|"
                 r"артуы|артқан|көбейді|көбейіп|көтерілді|артық|жоғары|көп)\b")
_DOWN = re.compile(r"^\W{0,4}(?:\w+\s+){0,2}?(?:төмендеді|төмендеп|төмендеуі|төмендеу|төмендеген|кеміді|кеміп|кемуі|"
                   r"азайды|азайып|азаюы|қысқарды|қысқарып|қысқаруы|құлдырады|кем|төмен|аз)\b")
_SHARE_NEAR = re.compile(r"үлес\w*")
# Words for a share of a percent or of the whole: "ширек пайыз" = a quarter of a per cent (0.25), "жарты пайыз"
# = 0.5; "ширегіне", "төрттен біріне" = by a quarter (25), "жартысына" = by half (50), "үштен біріне" (33.3).
_WORD_PERCENT = re.compile(r"\b(ширек|жарты)\s+(?:пайыз\w*|%)|\b(ширег\w*|жартысына|төрттен\s+бір\w*|"
                           r"үштен\s+бір\w*)")
_WORD_PERCENT_VALUE = {"ширек": 0.25, "жарты": 0.5, "ширег": 25.0, "жартысына": 50.0, "төрттен": 25.0,
                       "үштен": 100 / 3}
# "2 есе өсті" = +100 %, "1,5 есеге артты" = +50 %, "2 есе қысқарды" = -50 %.
_TIMES = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?|екі|үш|төрт|бес)\s+есе(?:ге|ден)?\b")
_TIMES_WORDS = {"екі": 2.0, "үш": 3.0, "төрт": 4.0, "бес": 5.0}
# A target, a plan, a forecast or a potential, not a figure: "10 млрд долларға жеткізу", "ұлғайту көзделуде".
_TARGET = re.compile(r"(?:^|\s)(?:жеткізу\w*|ұлғайту\w*|арттыру\w*|көбейту\w*|жеткізбек\w*|жоспар\w*|көзде\w*|"
                     r"мақсат\w*|межел\w*|болжа\w*|күтіл\w*|тиіс|қажет\w*|әлеует\w*|жетеді|жетпек\w*|жетуі|"
                     r"ұлғаяды|артады|өседі|мүмкін\w*|ықтимал\w*)(?=[\s.,;!?]|$)")
# A forecast anywhere in the clause ("Болжам бойынша, ... жетуі мүмкін")
_FORECAST = re.compile(r"\bболжам\w*|\bболжауынша|\bболжан\w*")
_BARE_SCALE = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s*(млрд|миллиард\w*|млн|миллион\w*)\.?(?=\s*(?:$|[.;,)\]]))")
_SCALE = {"млрд": 1e9, "миллиард": 1e9, "млн": 1e6, "миллион": 1e6}
# Indicators that are not trade: a growth figure about them does not continue the previous trade figure.
_OTHER_INDICATOR = re.compile(r"жіө|ішкі\s+өнім|инфляция|өндіріс|халық|бюджет|жалақы|зейнетақы|бағам|резерв|"
                              r"тұтыну|өнеркәсіп|ауыл\s+шаруашылығ|құрылыс|жұмыссыз")
_ANAPHORIC_INDICATOR = re.compile(r"\b(?:бұл|осы|аталған)\s+(?:көрсеткіш|көлем|сома)\w*")
_TOTAL = re.compile(r"сыртқы\s+сауда|\bжалпы\s+(?:экспорт|импорт|тауар|сауда)|\bбүкіл\s+әлем|әлем\s+елдерімен")
_CLAUSE_SPLIT = re.compile(r",\s+ал\s+|;\s+|,\s+ал\b")
_HALF = re.compile(r"^\s*(?:жылдың|жылы|ж\.)?\s*(бірінші|алғашқы|екінші)\s+жарты(?:с|жылдығ)", re.I)
# "2021 жылдың 9 айында", "алғашқы алты айында": the months from January
_MONTHS_OF_YEAR = re.compile(r"^\s*(?:жылдың|жылы|ж\.)?\s*(?:алғашқы\s+|бірінші\s+)?(\d{1,2}|үш|төрт|бес|алты|жеті|"
                             r"сегіз|тоғыз|он|он\s+бір)\s+ай(?:ында|ы|да)\b", re.I)
_MONTH_WORDS = {"үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10, "он бір": 11}
_LIST_ITEM = re.compile(r"[-–—:]\s*$")


class _Clause:
    __slots__ = ("start", "end", "text")

    def __init__(self, start, end, text):
        self.start, self.end, self.text = start, end, text


def _clauses(unit: C.Unit) -> list[_Clause]:
    out, pos = [], 0
    for m in _CLAUSE_SPLIT.finditer(unit.text):
        out.append(_Clause(unit.start + pos, unit.start + m.start(), unit.text[pos:m.start()]))
        pos = m.end()
    out.append(_Clause(unit.start + pos, unit.end, unit.text[pos:]))
    return out


def _flow_at(text: str, before: int | None = None) -> tuple[str, int] | None:
    """The flow word nearest before ``before`` (or anywhere) in ``text``."""
    best = None
    low = text.lower()
    for flow, rx in _FLOWS:
        for m in rx.finditer(low):
            if before is not None and m.start() > before:
                continue
            if best is None or (m.start() > best[1] if before is not None else m.start() < best[1]):
                best = (flow, m.start())
    return best


def _direction(after: str) -> int:
    if _UP.match(after):
        return 1
    if _DOWN.match(after):
        return -1
    return 0


def _period(doc, all_units, unit: C.Unit, clause: _Clause) -> tuple[str | None, bool]:
    """(period, from context?)."""
    inside = [m for m in unit.dates if clause.start <= m.start < clause.end]
    events = [m for m in inside if C.date_role(doc, m) == "event"]
    pick = events[0] if events else (inside[0] if len(inside) == 1 else None)
    if pick is None:
        bare = re.search(r"(?<![\d,.])(19[5-9]\d|20[0-4]\d)(?![\d,.%])(?!\s*(?:%|пайыз))", clause.text)
        if bare:
            return bare.group(1), False
        others = C.unit_dates(doc, all_units, unit)
        if others:
            return others[0].value[:4] if len(others[0].value) > 4 else others[0].value, False
        ctx = _context_year(doc, all_units, unit)
        return (str(ctx) if ctx else None), True
    return _mention_period(doc, all_units, unit, pick)


def _mention_period(doc, all_units, unit: C.Unit, pick) -> tuple[str | None, bool]:
    w = C.resolve_in(doc, all_units, unit, pick)
    if w is None:
        return None, True
    value = w.value
    half = _HALF.match(doc.clean[pick.end:pick.end + 40])
    if half and len(value) >= 4:
        y = value[:4]
        return (f"{y}-01/{y}-06" if half.group(1) in ("бірінші", "алғашқы") else f"{y}-07/{y}-12"), False
    months = _MONTHS_OF_YEAR.match(doc.clean[pick.end:pick.end + 40]) if len(value) == 4 else None
    if months:
        word = re.sub(r"\s+", " ", months.group(1).lower())
        n = int(word) if word.isdigit() else _MONTH_WORDS.get(word, 0)
        if 1 <= n <= 11:
            return f"{value}-01/{value}-{n:02d}", False
    if w.end_value:
        return f"{value}/{w.end_value}", False
    if len(value) == 10:
        value = value[:7]
    return value, w.resolved


def _context_year(doc, all_units, unit: C.Unit) -> int | None:
    for prev in reversed(all_units[max(0, unit.index - 2):unit.index]):
        years = {w.value[:4] for w in C.unit_dates(doc, all_units, prev)}
        if len(years) == 1:
            return int(years.pop())
        if years:
            return None
    return None


def _partner(doc, unit: C.Unit, clause: _Clause, exclude=()) -> str | None:
    """The first foreign country in the clause, else an organisation ("Еуропалық Одақтың ... үлесі", "ЕАЭО
    елдерімен сауда айналымы")."""
    for e in unit.entities:
        if clause.start <= e.start < clause.end and e.kind == "country" and e.key != "KZ" and e.key not in exclude:
            return e.key
    for e in unit.entities:
        if clause.start <= e.start < clause.end and e.kind == "organisation" and e.key not in exclude:
            return e.key
    return None


def _doc_currency(doc) -> str:
    cached = getattr(doc, "_kk_currency", None)
    if cached:
        return cached
    counts: dict[str, int] = {}
    for u in C.units(doc):
        for m in u.money:
            counts[m.currency] = counts.get(m.currency, 0) + 1
    currency = max(counts, key=counts.get) if counts else "USD"
    try:
        doc._kk_currency = currency
    except AttributeError:  # pragma: no cover
        pass
    return currency


def extract_trade_figures(doc) -> list[dict]:
    all_units = C.units(doc)
    out: list[dict] = []
    last: dict | None = None  # the last figure, for continuations
    last_unit = -10
    for unit in all_units:
        if not (unit.money or unit.percents or (("млн" in unit.lower or "млрд" in unit.lower or "миллиард" in unit.lower
                                                   or "миллион" in unit.lower) and _BARE_SCALE.search(unit.lower))
                or (("ширек" in unit.lower or "жарты" in unit.lower or "бір" in unit.lower)
                    and _WORD_PERCENT.search(unit.lower))
                or ("есе" in unit.lower and _TIMES.search(unit.lower))):
            continue
        listed = _per_country(doc, all_units, unit)
        if listed:
            out.extend(listed)
            continue
        prev_flow = last if last and last_unit >= unit.index - 1 else None
        for clause in _clauses(unit):
            facts = _clause_facts(doc, all_units, unit, clause, prev_flow)
            if facts:
                out.extend(facts)
                prev_flow = facts[-1]
                last, last_unit = facts[-1], unit.index
    return out


def _clause_facts(doc, all_units, unit: C.Unit, clause: _Clause, prev: dict | None) -> list[dict]:
    text = clause.text
    low = text.lower()
    offset = clause.start - unit.start
    values: list[tuple[int, int, float, str | None, bool]] = []  # (start, end, value, currency, written)
    for m in unit.money:
        if clause.start <= m.start < clause.end:
            values.append((m.start, m.end, m.value, m.currency, True))
    flow_any = _flow_at(text)
    if flow_any:
        for m in _BARE_SCALE.finditer(low):
            s, e = clause.start + m.start(), clause.start + m.end()
            if any(v[0] <= s < v[1] for v in values):
                continue
            try:
                number = money_mod.parse_number(m.group(1), LANG)
            except Exception:  # pragma: no cover
                continue
            scale = next(v for k, v in _SCALE.items() if m.group(2).startswith(k))
            values.append((s, e, round(number * scale, 2), None, False))
    changes: list[tuple[int, int, float]] = []
    shares: list[tuple[int, int, float]] = []
    percents = [(p.start, p.end, p.value) for p in unit.percents if clause.start <= p.start < clause.end]
    for m in _WORD_PERCENT.finditer(low):
        word = (m.group(1) or m.group(2) or "")
        value = next((v for k, v in _WORD_PERCENT_VALUE.items() if word.startswith(k)), None)
        if value is not None:
            percents.append((clause.start + m.start(), clause.start + m.end(), value))
    times = []
    for m in _TIMES.finditer(low):
        try:
            n = _TIMES_WORDS.get(m.group(1)) or money_mod.parse_number(m.group(1), LANG)
        except Exception:  # pragma: no cover
            continue
        if n and n > 1:
            times.append((clause.start + m.start(), clause.start + m.end(), n))
    for s, e, v in percents + times:
        after = doc.clean[e:min(clause.end + 40, e + 60)].lower()
        after = re.sub(r"^\s*-?\s*(?:ға|ке|қа|ге|ға дейін)\b", "", after)
        sign = _direction(after)
        if (s, e, v) in times:
            if sign:
                changes.append((s, e, round((v - 1) * 100 if sign > 0 else -(1 - 1 / v) * 100, 1)))
            continue
        if sign:
            changes.append((s, e, sign * v))
        elif _SHARE_NEAR.search(low[max(0, s - clause.start - 60):s - clause.start + 30]):
            shares.append((s, e, v))
    values = [v for v in values if not _targeted(doc, clause, v[0], v[1])]
    changes = [c for c in changes if not _targeted(doc, clause, c[0], c[1])]
    shares = [c for c in shares if not _targeted(doc, clause, c[0], c[1])]
    if not values and not changes and not shares:
        return []
    flow = flow_any[0] if flow_any else None
    inherited = False
    if flow is None:
        # a clause without a flow word continues the figure just before it: a growth or fall ("26 %-ға өсті"),
        # or an amount of "this indicator" ("бұл көрсеткіш 14,2 млрд долларға дейін қысқарды")
        if prev is None or _OTHER_INDICATOR.search(low) or not (changes or values):
            return []
        if values and not _ANAPHORIC_INDICATOR.search(low):
            return []
        flow, inherited = prev["flow"], True
        shares = []
    period, from_context = _period(doc, all_units, unit, clause)
    partner = _partner(doc, unit, clause)
    if partner is None and _TOTAL.search(low) and not inherited:
        partner = "WORLD"  # "Қазақстанның сыртқы сауда айналымы", "жалпы экспорты": with the whole world
    partner = partner or (prev.get("partner") if prev else None) or C.main_partner(doc)
    facts: list[dict] = []
    currency_default = _doc_currency(doc)
    used_changes = False
    events = [m for m in unit.dates if clause.start <= m.start < clause.end and C.date_role(doc, m) == "event"]
    for s, e, value, currency, written in sorted(values):
        f_flow = _flow_at(text, s - clause.start)
        own_period = period
        if len(events) > 1:
            # "1995 жылы 5,4 млрд доллар болса, 1996 жылы 6,1 млрд долларға жетті": each amount its own year
            before = [m for m in events if m.end <= s]
            if before:
                own_period = _mention_period(doc, all_units, unit, before[-1])[0] or period
        f = {
            "reporter": "KZ", "partner": partner, "flow": f_flow[0] if f_flow else flow,
            "value": value, "currency": currency or currency_default, "period": own_period,
            "share_percent": None, "change_percent": None,
        }
        if changes and not used_changes:
            f["change_percent"] = changes[0][2]
            used_changes = True
        confidence = 0.75 if written else 0.5
        facts.append(_finish(f, unit, (s, e), confidence - (0.1 if from_context or inherited else 0)))
    if not values:
        for s, e, v in changes[:1]:
            f = {"reporter": "KZ", "partner": partner, "flow": flow, "value": None, "currency": None,
                 "period": period, "share_percent": None, "change_percent": v}
            facts.append(_finish(f, unit, (s, e), 0.6 - (0.1 if from_context or inherited else 0)))
        for s, e, v in shares[:1]:
            f = {"reporter": "KZ", "partner": partner, "flow": flow, "value": None, "currency": None,
                 "period": period, "share_percent": v, "change_percent": None}
            facts.append(_finish(f, unit, (s, e), 0.55))
    return facts


def _targeted(doc, clause: _Clause, start: int, end: int) -> bool:
    """The amount at [start, end) is a target, plan or forecast: a marker in its comma-delimited part."""
    text = doc.clean[clause.start:clause.end].lower()
    a, b = start - clause.start, end - clause.start
    left = max(text.rfind(c, 0, a) for c in ",;:")
    rights = [k for k in (text.find(c, b) for c in ",;.") if k >= 0]
    right = min(rights) if rights else len(text)
    return bool(_TARGET.search(text[left + 1:right]) or _FORECAST.search(text))


def _finish(f: dict, unit: C.Unit, core: tuple[int, int], confidence: float) -> dict:
    f.update({"confidence": round(confidence, 2), "language": LANG, "_span": (unit.start, unit.end), "_core": core})
    return f


def _per_country(doc, all_units, unit: C.Unit) -> list[dict]:
    """"Өзбекстан - 918 мың доллар, Қазақстан - 833 мың доллар, ...": Kazakhstan's amount in such a list."""
    if len(unit.money) < 2:
        return []
    owners = []
    for m in unit.money:
        before = doc.clean[max(unit.start, m.start - 40):m.start]
        if not _LIST_ITEM.search(before):
            return []
        country = None
        for e in unit.entities:
            if e.kind == "country" and m.start - 40 <= e.start < m.start and \
                    not re.search(r"\d", doc.clean[e.end:m.start]):
                country = e.key
        if country is None:
            return []
        owners.append((country, m))
    if len({c for c, _ in owners}) < 2:
        return []
    low = unit.text.lower()
    flow_any = _flow_at(low)
    if flow_any and flow_any[0] != "investment" and not any(c == "KZ" for c, _ in owners):
        # "Қытаймен – 31,5 млрд доллар, Ресеймен – 26,4 млрд доллар": Kazakhstan's flow with each partner
        period, _ = _period(doc, all_units, unit, _Clause(unit.start, unit.end, unit.text))
        out = []
        for country, m in owners:
            f = {"reporter": "KZ", "partner": country, "flow": flow_any[0], "value": m.value, "currency": m.currency,
                 "period": period, "share_percent": None, "change_percent": None}
            out.append(_finish(f, unit, (m.start, m.end), 0.65))
        return out
    orgs = C.countries_in(unit.entities, kinds=("organisation",))
    if not orgs and unit.index > 0:
        orgs = C.countries_in(all_units[unit.index - 1].entities, kinds=("organisation",))
    if not orgs:
        return []
    flow = flow_any[0] if flow_any and flow_any[0] == "investment" else "other"
    period, _ = _period(doc, all_units, unit, _Clause(unit.start, unit.end, unit.text))
    out = []
    for country, m in owners:
        if country != "KZ":
            continue
        f = {"reporter": "KZ", "partner": orgs[0], "flow": flow, "value": m.value, "currency": m.currency,
             "period": period[:4] if period else None, "share_percent": None, "change_percent": None}
        out.append(_finish(f, unit, (m.start, m.end), 0.55))
    return out
