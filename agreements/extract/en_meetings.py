"""English meeting rules: visits, summits, talks, forums, sessions that took place.

A sentence reports a meeting when it has an event word (a visit, summit, talks, a meeting with/of, a forum,
a session, "met with", "a delegation visited") that is not generic ("regular meetings", "a number of meetings"),
not a plan ("is planned to be held", "are expected to visit") and not a back reference to an event the previous
sentence reported ("During the visit, ...", "The meeting was attended by ..."). The date is the date mention of
the sentence that belongs to the event (one given only as "December 19" with no certain year makes the sentence
unusable: the event cannot be placed); place, participants and countries come from the entities.
"""
from __future__ import annotations

import re

from kzrel.pipeline.common import resolve

from .en_common import (LANG, context_countries, entity_country, facts_in, org_parent, person_country, sentences_with,
                        two_sides)
from .en_lexicon import _DIGIT, low_pattern, lowered, match_starts, search_low

# (regex, kind) in priority order; the earliest match in a sentence is the event the sentence reports
TRIGGERS: list[tuple[re.Pattern, str]] = [(re.compile(p, re.I), k) for p, k in [
    (r"\b(official|working|state|friendly|one-day working|short one-day working)\s+visits?\b", "{0} visit"),
    (r"\bvisit(?:ed|s)?\b", "other"),
    (r"\bsummits?\b", "summit"),
    (r"\bmeetings?\s+of\s+(?:the\s+)?(?:heads?\s+of\s+(?:state|the\s+states|CIS|countries)|[A-Z]{2,6}\s+"
     r"(?:leaders|heads)|leaders\s+of|the\s+(?:council|heads)\s+of\s+(?:the\s+)?(?:heads|state))", "summit"),
    (r"\b(?:talks|negotiations)\b", "talks"),
    (r"\bmet\s+(?:with\s+)?", "talks"),
    (r"\b(?:discussed|held talks|had talks|held a meeting|had a meeting|conversation)\s+with\s+(?=(?:the\s+)?"
     r"(?:[A-Z]|\w+\s+of\s+the\s+[A-Z]))", "talks"),
    (r"\b(?:working\s+)?meetings?\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:Council|Commission|Committee|"
     r"Assembly|Parliament))", "session"),
    (r"\b(?:working\s+)?meetings?\b", "talks"),
    (r"\b(?:forums?|conferences?|congress(?:es)?)\b", "forum"),
    (r"(?-i:\bInternational\s+[\w ]{0,30}Exhibition)\b", "other"),
    (r"(?-i:\bDays\s+of\b)", "other"),
    (r"\b(?:sessions?|sittings?|general assembly|\d+(?:st|nd|rd|th)\s+assembly|debate|briefing)\b", "session"),
    (r"\bconsultations\b", "other"),
    (r"\bdelegation\b", "other"),
]]
PLURAL = re.compile(r"\b(?:visits|summits|meetings|forums|conferences|congresses|sessions|sittings)\b", re.I)
GENERIC = re.compile(r"\b(?:regular|periodic|annual|continuous|numerous|various|several|many|frequent|"
                     r"a number of|number of|such|these|those|all|other|future|further|republican|domestic|"
                     r"internal|national)\s+(?:[\w-]+\s+){0,2}$", re.I)
NEGATIVE = re.compile(
    r"\b(?:planned|plans?\s+to|will|would|shall|should|is to be|are to be|to be held|to hold|to visit|to meet|"
    r"expected|scheduled|upcoming|intends?|intention|invit(?:es|ed) to|proposed|propose|ready to|could|"
    r"must|need to|hope[sd]? to|agreed to hold|would like|to convene|to organi[sz]e|to create|to establish|"
    r"initiative to|lasted)\b", re.I)
PAST = re.compile(
    r"\b(?:took place|was held|were held|held|hosted|paid|visited|met|attended|chaired|spoke|addressed|opened|"
    r"took part|participated|organi[sz]ed|led|discussed|signed|conducted|arrived|gathered|brought together|"
    r"was in|were in|during|at the|at a|following|was|were|received|accepted|welcomed|considered|reaffirmed|"
    r"expressed|said|stated|noted|announced|agreed|adopted|approved|began|gave)\b", re.I)
ANAPHORIC_START = re.compile(
    r"^\s*(?:(?:moreover|also|in addition|besides),?\s+)?(?:during|within the framework of|in the course of|as part of|"
    r"following|after|at|on the (?:sidelines|margins) of|participation in)\s+(?:the|this|that)\s+(?:visit|meeting|"
    r"event|forum|talks|exhibition|summit|session|trip|conference)s?\b(?!\s+(?:of|with|between)\s)|"
    r"^\s*(?:the|this|that)\s+(?:visit|meeting|event|forum|talks|exhibition|summit|"
    r"session|delegation|participants|sides|parties|conference|meetings)\b(?!\s+(?:of|with|between)\s)", re.I)
COMPLEMENT = re.compile(r"\s+(?:of|with|between|to|in|at|on)\s", re.I)
DOC_DATE = re.compile(r"(?:agreement|treaty|memorandum|declaration|protocol|resolution|decree|law|program|plan|"
                      r"signed|signed on|signed in|dated|of|since|until|by|from|for)\s+$", re.I)
GOOD_DATE = re.compile(r"(?:\bon|\bin|\bat|\bduring|^|,|(?:autumn|spring|summer|winter|end|beginning|middle|half|"
                       r"start)\s+of)\s*$", re.I)
COMPANY = re.compile(r"\b(?:LLP|JSC|OJSC|CJSC|LLC|enterprises?|compan(?:y|ies)|plant|factory)\b")
TITLE_WORDS = re.compile(r"\b(?:President|Prime Minister|Minister|King|Queen|Emir|Sultan|Chairman|Chairwoman|"
                         r"Secretary|Ambassador|Governor|Speaker|Foreign Minister|Vice|Deputy|Chancellor|Head)\b")
LIST_MEETINGS = re.compile(r"\bmeetings\s+were\s+(?:also\s+)?held\s+with\s+", re.I)
SIGNING_EVENT = re.compile(r"^\s*(?:On|In)\s+.{3,40}?,?\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?,?\s+.*\bsigned\b")
OUTCOME_MAX = 160
# twins for the lower-cased text (faster; see en_lexicon.lowered)
NEGATIVE_LOW, GENERIC_LOW, PAST_LOW, ANAPHORIC_START_LOW = map(low_pattern, (NEGATIVE, GENERIC, PAST, ANAPHORIC_START))


def _date_for(doc, sentence, trigger_pos: int):
    """(date_start, date_end, unresolved) of the event: the sentence's date mention nearest the event word, dates
    of documents ("agreement of May 25, 1992", "signed on", "for 2013-2015") left out."""
    t = sentence.text
    cands = []
    for m in sentence.dates:
        s = m.start - sentence.start
        before = t[max(0, s - 25):s]
        if m.qualifier in ("since", "until", "by"):
            continue
        if DOC_DATE.search(before) and not GOOD_DATE.search(before):
            continue
        # "the memorandum signed on April 9, 2011": the document's date, not the event's (if there is another)
        pref = 2 if re.search(r"\b(?:memorandum|agreement|treaty|declaration|protocol)\s+signed\s+(?:on|in)\s+$",
                              t[max(0, s - 40):s], re.I) else 0 if GOOD_DATE.search(before) else 1
        cands.append((pref, abs(s - trigger_pos), m))
    if not cands:
        return None, None, False
    cands.sort(key=lambda c: (c[0], c[1]))
    m = cands[0][2]
    start = resolve(doc, sentence, m)
    if not start:
        return None, None, True
    end = m.end_value if m.end_value and not m.end_value.startswith("-") else None
    if end and end.startswith("--"):
        end = None
    if end and len(end) < len(start) and len(start) == 10 and len(end) == 2:
        end = start[:8] + end
    return start, end, False


def _place(sentence) -> str | None:
    t = sentence.text
    best = None
    for e in sentence.entities:
        if e.kind != "city":
            continue
        before = t[max(0, e.start - sentence.start - 12):e.start - sentence.start]
        after = t[e.end - sentence.start:e.end - sentence.start + 12]
        score = 0
        before = t[max(0, e.start - sentence.start - 40):e.start - sentence.start]
        if re.search(r"\b(?:in|at|to|visited)\s+(?:the\s+)?(?:(?:city|city-resort|resort|town)\s+(?:of\s+)?"
                     r"(?:[\w-]+\s+){0,3})?$", before, re.I):
            score += 2
        if re.match(r"\s+hosted\b", after):
            score += 2
        after = t[e.end - sentence.start:e.end - sentence.start + 30]
        if re.match(r"[\w ]{0,14}(?:Forum|Summit|Conference|Congress)", after):
            score += 1
        if score and (best is None or score > best[0]):
            best = (score, e.key)
    return best[1] if best else None


def _countries(doc, sentence, entities=None) -> list[str]:
    out = ["KZ"]
    for e in entities if entities is not None else sentence.entities:
        code = None
        if e.kind == "country":
            code = e.key
        elif e.kind == "organisation":
            code = e.key
            parent = org_parent(e.key)
            if parent and parent not in out:
                out.append(parent)
        elif e.kind in ("region", "city"):
            code = entity_country(e)
        elif e.kind == "person":
            code = person_country(e.key)
        if code and code not in out:
            out.append(code)
    if len(out) == 1 and two_sides(sentence.text):
        out += [c for c in context_countries(doc, sentence) if c not in out]
    return out


def _persons(entities) -> list[str]:
    out = []
    for e in entities:
        if e.kind == "person" and e.key not in out:
            out.append(e.key)
    return out


def _outcome(doc, sentence) -> str | None:
    signed = facts_in(doc, "agreements", sentence)
    if signed:
        text = "; ".join(f["title"] for f in signed)
        if len(text) > OUTCOME_MAX:
            text = text[:OUTCOME_MAX - 1].rsplit(" ", 1)[0] + "…"
        return f"{text} signed"
    m = re.search(r"\b(?:discussed|considered)\s+([^.;]{10,140})", sentence.text)
    if m:
        return f"Discussed {m.group(1).strip()}"
    return None


def _anaphoric(t: str, m) -> bool:
    """ "the forum," / "during the visit" / "this meeting": an event the text reported before."""
    before = t[max(0, m.start() - 25):m.start()]
    if not re.search(r"\b(?:the|this|that|these|its)\s+(?:[\w-]+\s+)?$", before, re.I):
        return False
    if m.group(0)[:1].isupper() and re.search(r"(?:[A-Z][\w-]*|\d+(?:st|nd|rd|th))\s+$", before):
        return False  # a name: "the UN General Assembly", "the SCO Summit", "the 17th Summit"
    if m.group(0).strip().lower().startswith(("met", "discussed", "held", "had")) or \
            re.search(r"\s(?:of|with|between)\s", m.group(0)):
        return False
    return not COMPLEMENT.match(t, m.end())


ANY_TRIGGER = re.compile(r"visit|summit|talks|negotiation|\bmet\b|meeting|forum|conference|congress|Exhibition|"
                         r"Days of|session|sitting|assembly|debate|briefing|consultations|delegation|discussed with|"
                         r"conversation", re.I)


TRIGGER_STEMS = ("visit", "summit", "talks", "negotiation", "met ", "met,", "meeting", "forum", "conference",
                 "congress", "exhibition", "days of", "session", "sitting", "assembly", "debate", "briefing",
                 "consultations", "delegation", "discussed with", "conversation")


# all triggers in one pattern (one scan per sentence); at one position the earlier trigger wins
_ALL = re.compile("|".join(f"(?P<t{i}>{rx.pattern})" for i, (rx, _k) in enumerate(TRIGGERS)), re.I)


_ALL_STARTS = match_starts(_ALL)
_DIGIT_START = _ALL_STARTS is not None and _DIGIT in _ALL_STARTS
_WORD = re.compile(r"\w+")


def _all_triggers(t: str):
    """The matches of ``_ALL.finditer(t)``, found faster: every trigger starts a word with one of a few prefixes,
    so the pattern is tried only at those word starts."""
    low = lowered(t) if _ALL_STARTS is not None else None
    if low is None:
        yield from _ALL.finditer(t)
        return
    end = 0
    for w in _WORD.finditer(t):
        p = w.start()
        if p < end:
            continue
        if low.startswith(_ALL_STARTS, p) or (_DIGIT_START and t[p].isdecimal()):
            m = _ALL.match(t, p)
            if m is not None:
                yield m
                end = m.end()


def _trigger(t: str):
    best = None
    for m in _all_triggers(t):
        i = int(m.lastgroup[1:])
        if not _anaphoric(t, m):
            rx, kind = TRIGGERS[i]
            best = (rx.match(t, m.start()), kind)
            break
    if best is None:
        return None, None
    m, kind = best
    if "{0}" in kind:
        adj = m.group(1).lower().split()[-1]
        kind = "working visit" if adj == "working" else f"{adj} visit" if adj in ("official", "state") else "other"
    return m, kind


def _one(doc, sentence, prev_event: bool) -> list[dict]:
    t = sentence.text
    m, kind = _trigger(t)
    if m is None:
        return []
    word = m.group(0).strip()
    pos = m.start()
    before = t[:pos]
    clause = t[max(0, pos - 70):m.end() + 60]
    # plans, invitations, expectations
    if search_low(NEGATIVE, NEGATIVE_LOW, clause):
        return []
    date_start, date_end, unresolved = _date_for(doc, sentence, pos)
    if unresolved:
        return []
    # generic mentions ("regular meetings", "a number of meetings")
    if search_low(GENERIC, GENERIC_LOW, before[-60:]):
        return []
    list_items = _list_meetings(doc, sentence)
    if PLURAL.fullmatch(word.split()[-1]) and not list_items:
        # "spoke at two high level meetings on May 6, 2016": a counted plural on one day is one event
        if not (date_start and len(date_start) == 10 and search_low(PAST, PAST_LOW, t) and
                re.search(r"\b(?:two|three|four|\d)\s+(?:[\w-]+\s+){0,3}$", before[-50:])):
            return []
    # back references to an event the previous sentences reported ("During the visit, ...", "As part of the
    # event, meetings were organized with representatives ...") unless new counterparts are named; those take
    # the date of the event referred to
    if not date_start and search_low(ANAPHORIC_START, ANAPHORIC_START_LOW, t):
        if not list_items and not (word.lower().startswith(("met", "discussed")) and (
                TITLE_WORDS.search(t, m.end()) or any(e.kind == "person" for e in sentence.entities))):
            return []
        if sentence.index > 0:
            ps = doc.sentences[sentence.index - 1]
            if ps.paragraph == sentence.paragraph and ps.dates:
                date_start, date_end, unresolved = _date_for(doc, ps, len(ps.text))
                if unresolved or not date_start:
                    return []
    if not search_low(PAST, PAST_LOW, t):
        return []
    # "At the talks between ...": a detail of the dated event the previous sentence reported
    if not date_start and prev_event:
        return []
    if kind == "other" and word.lower() == "delegation" and not re.search(
            r"\b(?:visited|paid|arrived|met|led|headed|accepted|received|welcomed)\b", t):
        return []
    if not date_start and COMPANY.search(t):
        return []
    countries = _countries(doc, sentence)
    persons = _persons(sentence.entities)
    place = _place(sentence)
    foreign = [c for c in countries if c != "KZ"] or [p for p in persons if p] and False
    named_event = bool(re.search(r"(?-i:[A-Z])", word[:1])) or bool(re.search(
        r"\b(?:International|World|Eurasian|Global|Economic Forum|Astana|Interregional)\b",
        t[max(0, pos - 60):m.end() + 80]))
    if not foreign and not (named_event and date_start and kind in ("forum", "summit", "session", "other")):
        return []
    if list_items:
        return [dict(_fact(doc, sentence, kind if kind != "other" else "talks", date_start, date_end, place,
                           _persons(ents), _countries(doc, sentence, ents), pos), _core=core)
                for ents, core in list_items]
    return [_fact(doc, sentence, kind, date_start, date_end, place, persons, countries, pos)]


def _fact(doc, sentence, kind, date_start, date_end, place, persons, countries, pos) -> dict:
    return {
        "kind": kind,
        "date_start": date_start,
        "date_end": date_end if date_end != date_start else None,
        "place": place,
        "participants": persons,
        "countries": countries,
        "outcome": _outcome(doc, sentence),
        "confidence": 0.75 if date_start else 0.5,
        "language": LANG,
        "_span": (sentence.start, sentence.end),
    }


def _list_meetings(doc, sentence):
    """ "meetings were held with the President of Armenia A, the Minister ... of Latvia B, and ... of Jordan C":
    one meeting per listed counterpart (each item names a country and a person or an office)."""
    t = sentence.text
    m = LIST_MEETINGS.search(t)
    if not m:
        return []
    items = []
    pos = m.end()
    parts = re.split(r",\s+(?:and\s+)?|\s+and\s+(?=the\s)", t[pos:])
    offset = pos
    for part in parts:
        start = t.find(part, offset)
        end = start + len(part)
        offset = end
        ents = [e for e in sentence.entities if start <= e.start - sentence.start < end]
        if any(e.kind in ("country", "organisation") for e in ents) and (
                TITLE_WORDS.search(part) or any(e.kind == "person" for e in ents)):
            items.append((ents, (sentence.start + start, sentence.start + end)))
    return items if len(items) >= 2 else []


def _signing_event(doc, sentence) -> list[dict]:
    """ "On April 1, 2003 in Astana, the Speaker ... and the Chairman ... signed a protocol": a meeting of the
    signatories at that place and date."""
    t = sentence.text
    if "signed" not in t or not SIGNING_EVENT.match(t):
        return []
    date_start, date_end, unresolved = _date_for(doc, sentence, 0)
    if not date_start or unresolved or len(date_start) < 10:
        return []
    place = _place(sentence)
    countries = _countries(doc, sentence)
    if not place or len(countries) < 2:
        return []
    return [_fact(doc, sentence, "talks", date_start, date_end, place, _persons(sentence.entities), countries, 0)]


def extract(doc) -> list[dict]:
    out: list[dict] = []
    prev_event = False
    seen = set()
    candidates = sentences_with(doc, TRIGGER_STEMS)
    for sentence in doc.sentences:
        if sentence.language != LANG:
            prev_event = False
            continue
        facts = _one(doc, sentence, prev_event) if sentence.index in candidates else []
        if not facts:
            facts = _signing_event(doc, sentence)
        for f in facts:
            # the same passage repeated in a document reports the same meeting
            key = (f["kind"], f["date_start"], f["place"], tuple(sorted(f["countries"])),
                   re.sub(r"\W+", " ", sentence.text).strip().lower())
            if key in seen:
                continue
            seen.add(key)
            out.append(f)
        prev_event = bool(facts and facts[0]["date_start"]) or (
            prev_event and sentence.index > 0 and sentence.paragraph == doc.sentences[sentence.index - 1].paragraph
            and not sentence.dates)
        nxt = doc.sentences[sentence.index + 1] if sentence.index + 1 < len(doc.sentences) else None
        if nxt is not None and nxt.paragraph != sentence.paragraph:
            prev_event = False
    return out
