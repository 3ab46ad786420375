"""English agreement rules: find document mentions (a head word such as "agreement", "treaty", "memorandum"
with its title), decide whether the text says the document was concluded (signed, adopted, in force, a framework
for something), and read its date, parties and field.

A mention is
* named: a capitalised head or prefix inside a sentence ("the Collective Security Treaty", "Agreement on ...
  of May 25, 1992"), or a quoted title (``Declaration "On Eternal Friendship ..."``);
* described: "an agreement on unified control of customs services", "a treaty ... on joint efforts ...";
* a list item: "treaties on A, on B", "agreements ... were signed, including those on A, on B",
  "conventions adopted by ..., including The Foundations of ..., On the Movement of ...";
* a group: "5 agreements were signed with Azerbaijan in 1993-1994".
Proposals, drafts, intentions and instructions to sign are not agreements.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import en_lexicon as L
from .en_common import (LANG, city_country, city_region, context_countries, country_name, entity_country, iso_of,
                        sentence_has, sentences_with, two_sides, words)

MAX_TITLE_WORDS = 32

_KIND_ALT = "|".join(sorted({*L.KIND_WORDS, *L.GROUP_ONLY_KINDS}, key=len, reverse=True))
STOP = re.compile(
    r"(?<![\w-])(?:was|were|is|are|be|been|being|has|have|had|will|would|shall|should|can|could|may|might|must|"
    r"which|that|who|whose|whom|signed|concluded|adopted|approved|ratified|initialed|initialled|reached|dated|"
    r"according|came|entered|including|while|when|where|whereby|since|until|respectively|because|although|"
    r"though|thus|then|also|after|before|during|following|provides|defines|envisages|establishes|opens|allows|"
    r"makes|stipulates|expires|expired|took|takes|issued|joined|said|says|became|becomes|remains|did|"
    r"does|as well as|as a result|it|they|he|she|we|its|their|his|her|our|providing|aimed|designed|"
    r"[a-z]+ed by)(?![\w-])")
BOUNDARY = re.compile(
    rf"[;:()\[\]\"]|\.(?=\s+[A-Z0-9\"]|\s*$)|,|\s-\s|\band\s+(?:of\s+)?(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,2}}"
    rf"(?=(?:{_KIND_ALT})\b)", re.I)
LIST_ITEM = r"[A-Za-z][\w'-]*(?: [A-Za-z][\w'-]*){0,2}"
LIST_CONT = re.compile(rf",\s+(?:{LIST_ITEM},\s+)*{LIST_ITEM},?\s+and\s+")
LIST_BAD = re.compile(rf"(?<![\w-])(?:a|an|the|on|of|in|at|to|for|with|by|from|as|which|that|including|"
                      rf"signed|was|were|is|are|{_KIND_ALT})(?![\w-])", re.I)
TRAIL = re.compile(r"(?:[\s,.'-]+|\s+(?:of|and|the|in|on|for|with|to|a|an|between|at|by|from|as|its|their|"
                   r"this|these|those))+$", re.I)
LEAD = re.compile(r"^(?:the|a|an|and|or|on the basis of)\s+", re.I)
AFTER_VERB = re.compile(
    r"^\s*(?:(?:was|were|has been|have been|had been)\s+)?(?:also\s+)?(?:signed|concluded|adopted|approved|"
    r"reached|initialed|initialled|revised|amended)\b\s*(?P<date>(?:on|in)\s+[^,;]{0,40}?\s+)?"
    r"(?=(?:on|between|with)\s)")
ATTACH_GLUE = re.compile(r"[\s.,]*(?:\(|of\s+|dated\s+|from\s+|signed\s+(?:on|in)\s+|signed\s+)?\s*")
NUMBER_BEFORE = re.compile(r"(?:(more than|over|about|some|nearly|almost|around|up to|at least)\s+)?"
                           r"(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+$", re.I)
NOT_DOC_OF = re.compile(r"^\s*of\s+(?:state\s+)?(?:sovereignty|independence|war|intent|the sovereignty|"
                        r"the independence|human rights)\b", re.I)
CONSENT = re.compile(r"\b(?:by\s+(?:mutual\s+)?|in\s+|without\s+(?:the\s+)?)$", re.I)
CONSENT_OF = re.compile(r"\b(?:with|without)\s+the\s+(?:mutual\s+)?$", re.I)
PLAN_OK = re.compile(r"^\s*(?:for|of|on)\s+(?:[\w-]+\s+){0,2}(?:cooperation|action|measures|events|interaction)",
                     re.I)
FUNCTION_LOWER = {"of", "the", "for", "on", "and", "in", "to", "through", "without", "a", "an", "at", "by", "with",
                  "from", "between", "into", "under", "among", "against", "within", "about", "over"}
SENTENCE_START_WORDS = {"The", "A", "An", "This", "These", "That", "Those", "In", "On", "At", "By", "Its", "Their",
                        "Our", "Another", "Other", "Such", "Each", "Every", "Both", "All", "And", "But", "Under",
                        "With", "After", "Before", "During", "Since", "From", "For", "As", "According", "Within"}
MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"}
CAPITAL_ITEM_SPLIT = re.compile(r",\s+(?:and\s+)?(?=[A-Z])")
SIGN_GOOD = re.compile(r"\b(?:signed|signing|signature|concluded|conclusion of|adopted|adoption of|approved|"
                       r"initial(?:l)?ed|issued|joined|acceded|accession to|revised|amended)\b", re.I)
SIGN_STEMS = ("sign", "conclu", "adopt", "approv", "initial", "issued", "joined", "acced", "accession", "revised",
              "amended")
# substrings of the cues (existing framework, in force, ratified, reached) that make a mention worth parsing
CUE_STEMS = ("framework", "accordance", "under the", "basis of", "according", "implement", "provisions",
             "anniversary", "regulated", "governed", "based on", "part of", "report", "among them", "these include",
             "these are", "they are", "they include", "in line with", "pursuant", "in development", "force",
             "effect", "applied", "fulfilled", "observed", "ratif", "reached", "came to an", "began to", "begun to",
             "started to", "joined", "signing")
# "the Agreement and the Program on ...": a second head sharing the complement
SHARED_KIND = re.compile(rf"\s+and\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}?({_KIND_ALT})\b", re.I)
SHARED_PLAN = re.compile(r"\s+and\s+(?:the|a|an)\s+(concept|plan|programme|program|roadmap|road map)\b", re.I)
DOC_NOUN = re.compile(rf"(?<![\w-])(?:{_KIND_ALT}|documents?|package|acts|papers)(?![\w-])", re.I)
REACHED = re.compile(r"\b(?:reached|came to an agreement|come to an agreement)\b", re.I)
SIGN_GOOD_LOW = L.low_pattern(SIGN_GOOD)
DOC_NOUN_LOW = L.low_pattern(DOC_NOUN)
_LOW_TWIN = {id(rx): L.low_pattern(rx) for rx in (SIGN_GOOD, L.LATE_VERBS, REACHED)}


@dataclass
class Mention:
    start: int  # sentence-local span of the whole title phrase
    end: int
    head_start: int
    kind: str
    title: str
    title_original: str
    named: bool = False
    specific: bool = False  # the title says which document it is
    plural: bool = False
    group: int | None = None
    date: object = None  # DateMention attached to the title ("of May 25, 1992", "(1995)")
    parties_span: tuple[int, int] | None = None
    items: list = field(default_factory=list)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _date_starts(sentence) -> dict[int, object]:
    return {m.start - sentence.start: m for m in sentence.dates}


def _soft_dates(sentence) -> list[tuple[int, int]]:
    """Date spans that end a title (a date after "for" is part of a title: "Plan ... for 2013-2015")."""
    t = sentence.text
    out = []
    for m in sentence.dates:
        s, e = m.start - sentence.start, m.end - sentence.start
        if re.search(r"\b(?:for|for the period|for the years?)\s+$", t[max(0, s - 20):s], re.I):
            continue
        out.append((s, e))
    for m in sentence.money:
        out.append((m.start - sentence.start, m.end - sentence.start))
    return sorted(out)


def _title_end(t: str, p: int, soft_dates, limit: int | None = None) -> int:
    """End of the noun phrase that completes a title, starting at ``p``."""
    n = len(t) if limit is None else min(limit, len(t))
    end = n
    for s, _e in soft_dates:
        if s >= p:
            end = min(end, s)
            break
    i = p
    while i < end:
        b = BOUNDARY.search(t, i, end)
        st = STOP.search(t, i, end)
        cand = min([x.start() for x in (b, st) if x] or [end])
        if b and b.start() == cand and t[cand] == '"' and cand > p:
            close = t.find('"', cand + 1, min(n, cand + 90))
            if close > 0:
                i = close + 1
                continue
        if b and b.start() == cand and t[cand] == ",":
            lc = LIST_CONT.match(t, cand)
            if lc and not LIST_BAD.search(lc.group(0)[1:].rsplit(" and ", 1)[0]):
                i = lc.end()
                continue
        end = cand
        break
    # cap length
    words = list(re.finditer(r"\S+", t[p:end]))
    if len(words) > MAX_TITLE_WORDS:
        end = p + words[MAX_TITLE_WORDS - 1].end()
    return end


_TRAIL_WORDS = frozenset("of and the in on for with to a an between at by from as its their this these those".split())


def _trim(t: str, s: int, e: int) -> tuple[int, int]:
    """Drop trailing punctuation and function words ("... of the", "... and,")."""
    while e > s:
        c = t[e - 1]
        if c in " \t\n,.'-":
            e -= 1
            continue
        j = e
        while j > s and (t[j - 1].isalpha()):
            j -= 1
        if j < e and (j == s or not t[j - 1].isalnum()) and t[j:e].lower() in _TRAIL_WORDS and j > s:
            e = j
            continue
        break
    return s, e


def _word_before(t: str, i: int) -> tuple[int, int] | None:
    r"""(start, end) of the word before ``i`` as ``re.search(r"([A-Za-z][\w'-]*)(\s*,?\s+)$", t[max(0, i - 60):i])``
    finds it (group 1), without the regex's tries at every position of the window."""
    lo = max(0, i - 60)
    j = i
    while j > lo and t[j - 1].isspace():
        j -= 1
    if j == i:
        return None  # no space before i
    q = j
    if j > lo and t[j - 1] == ",":
        q = j - 1
        while q > lo and t[q - 1].isspace():
            q -= 1
    r = q
    while r > lo and (t[r - 1].isalnum() or t[r - 1] in "_'-"):
        r -= 1
    for p in range(r, q):
        if t[p] in _ASCII_LETTERS:
            return p, q
    return None


_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _prefix(t: str, head_start: int) -> tuple[int, bool, list[str]]:
    """Start of the title's prefix (capitalised words, title adjectives) before a head word."""
    i = head_start
    named = False
    taken: list[str] = []
    while True:
        span = _word_before(t, i)
        if span is None:
            break
        word = t[span[0]:span[1]]
        wstart = span[0]
        sep = t[span[1]:i]
        lw = word.lower()
        if "," in sep and not (lw in L.PREFIX_WORDS or "-" in word):
            break
        if word[0].isupper():
            if wstart == 0 and word in SENTENCE_START_WORDS:
                break
            if word in SENTENCE_START_WORDS or word in MONTHS or lw in L.KIND_WORDS:
                break
            if wstart == 0 and lw in L.PREFIX_WORDS:
                taken.append(word)
                i = wstart
                break
            named = named or lw not in L.WEAK_PREFIX
        elif lw in L.PREFIX_WORDS or ("-" in word and lw not in FUNCTION_LOWER and not lw.endswith("ly")):
            pass
        else:
            break
        taken.append(word)
        i = wstart
    return i, named, list(reversed(taken))


_NUMBER_ENDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")


def _number_before(window: str):
    """``NUMBER_BEFORE.search(window)``; the window must end with a digit or number word and spaces."""
    if not window[-1:].isspace():
        return None
    tail = window.rstrip()[-6:]
    low = L.lowered(tail)
    if low is not None and not (tail[-1:].isdecimal() or low.endswith(_NUMBER_ENDS)):
        return None
    return NUMBER_BEFORE.search(window)


def _head_mentions(doc, sentence) -> list[Mention]:
    t = sentence.text
    soft = _soft_dates(sentence)
    starts = _date_starts(sentence)
    out: list[Mention] = []
    consumed_to = -1
    low = L.lowered(t)
    for m in L.KIND_LOW.finditer(low) if low is not None else L.KIND_RE.finditer(t):
        hs, he = m.start(1), m.end(1)
        if hs < consumed_to:
            continue
        word = t[hs:he]
        lw = word.lower()
        after = t[he:he + 160]
        before = t[max(0, hs - 60):hs]
        if L.NOT_A_DOCUMENT_AFTER.match(after) or NOT_DOC_OF.match(after):
            continue
        if lw in ("agreement", "accord") and (CONSENT.search(before) or
                                              (CONSENT_OF.search(before) and re.match(r"\s+of\b", after))):
            # "by agreement", "in agreement with", "with the agreement of"
            continue
        pstart, named, prefix_words = _prefix(t, hs)
        plower = {w.lower() for w in prefix_words}
        num = _number_before(t[max(0, pstart - 30):pstart])
        group = None
        if num and not num.group(1):
            g = num.group(2).lower()
            group = int(g) if g.isdigit() else L.NUMBER_WORDS.get(g)
            if group is not None and group < 2:
                group = None
        if lw in L.GROUP_ONLY_KINDS and group is None:
            continue
        need = L.NEEDS_QUALIFIER.get(lw, "-")
        if need != "-" and need is not None and not (plower & need) and not (word[0].isupper() and hs > 0):
            if not (lw.startswith("plan") and PLAN_OK.match(after)):
                continue
        kind = L.KIND_WORDS.get(lw) or L.GROUP_ONLY_KINDS.get(lw)
        capital_head = word[0].isupper() and hs > 0 and not re.search(r"(?:^|[.:;!?]\s*)\"?$", t[max(0, hs - 4):hs]) \
            and hs > 2
        named = named or capital_head
        # quoted title around the head (the "Agreement on ...") or right after it (Declaration "On ...")
        title_end = None
        comp_start = he
        qb = t[:pstart].rstrip()
        if qb.endswith('"') and t.find('"', he) > 0:
            title_end = t.find('"', he)
            named = True
            pstart = len(qb) - 1
        else:
            qa = re.match(r'\s*"([^"]{3,300})"', after)
            if qa:
                comp_start = he + qa.start(1)
                title_end = he + qa.end(1)
                named = True
        comp_text = ""
        parties_span = None
        if title_end is None:
            rest = t[he:]
            mm = re.match(r"\s+of\s+(?:understanding|cooperation)\b", rest, re.I) if kind == "memorandum" else None
            if mm:
                comp_start = he + mm.end()
                rest = t[comp_start:]
            cs = L.COMPLEMENT_START.match(rest.lstrip()) if rest[:1].isspace() else None
            if cs is None and lw == "appeal" and rest.lstrip().startswith("to "):
                cs = True
            verb = AFTER_VERB.match(rest)
            if cs and not (rest.lstrip().startswith("on ") and (comp_start + len(rest) - len(rest.lstrip())) in starts):
                p = comp_start + (len(rest) - len(rest.lstrip()))
                title_end = _title_end(t, p, soft)
            elif mm:
                title_end = _title_end(t, comp_start, soft)
            elif verb:
                p = he + verb.end()
                end2 = _title_end(t, p, soft)
                comp_text = t[p:end2]
                title_end = he
            else:
                title_end = he
        # shared complement: "the Agreement and the Program on Economic Cooperation ..."
        shared_end = None
        shared = SHARED_KIND.match(t[he:]) or SHARED_PLAN.match(t[he:])
        if title_end == he and not comp_text and shared:
            k2_end = he + shared.end()
            rest2 = t[k2_end:]
            if L.COMPLEMENT_START.match(rest2.lstrip()):
                p = k2_end + (len(rest2) - len(rest2.lstrip()))
                shared_end = _title_end(t, p, soft)
                comp_text = t[p:shared_end]
        s_, e_ = _trim(t, pstart, title_end)
        phrase = t[s_:e_] if e_ > s_ else t[pstart:he]
        if comp_text:
            c0, c1 = _trim(comp_text, 0, len(comp_text))
            comp_text = comp_text[c0:c1]
            if comp_text.lower() in _TRAIL_WORDS:
                comp_text = ""
        if comp_text:
            phrase = f"{t[pstart:he]} {comp_text}"
        phrase = LEAD.sub("", phrase.strip())
        if title_end > he and t[title_end - 1:title_end] != '"':
            consumed_to = max(consumed_to, e_)
        elif t[title_end:title_end + 1] == '"':
            consumed_to = max(consumed_to, title_end + 1)
        else:
            consumed_to = max(consumed_to, he)
        # title as normalised: head capitalised, plural head singular unless a group
        title = _normalise(phrase, word, group, num)
        comp_words = phrase[len(" ".join(prefix_words)) + len(word):] if phrase else ""
        specific = bool(_content(comp_words)) or (named and bool(plower - L.WEAK_PREFIX) and
                                                  lw not in L.PLURAL_HEADS) or \
            bool(re.search(r'"', t[pstart - 1:pstart + 1]))
        mention = Mention(start=pstart, end=max(e_, he), head_start=hs, kind=kind, title=title,
                          title_original=phrase, named=named, specific=specific, plural=lw in L.PLURAL_HEADS,
                          group=group, parties_span=parties_span)
        mention.date = _attached_date(sentence, max(e_, he), pstart)
        if mention.date is None and comp_text and shared:
            mention.date = _attached_date(sentence, _trim(t, 0, shared_end)[1], pstart)
        out.append(mention)
        # list continuation for plural heads: "treaties on A, on B, and on C", "... signed on A, as well as on B"
        if mention.plural and not group:
            pos = max(e_, he) if not comp_text else t.find(comp_text, he) + len(comp_text)
            if comp_text:
                consumed_to = max(consumed_to, pos)
            while True:
                nxt = re.match(r",?\s+(?:and\s+|as well as\s+|and also\s+)?(?=(?:on|of)\s)", t[pos:])
                if not nxt:
                    nxt = re.match(r"\s*,\s*(?:and\s+|as well as\s+)?(?=on\s)", t[pos:])
                if not nxt:
                    break
                p = pos + nxt.end()
                if p in starts or (p + 3) in starts:
                    break
                end2 = _title_end(t, p + 3, soft)
                s2, e2 = _trim(t, p, end2)
                item = t[s2:e2]
                if not _content(item[3:]):
                    break
                sing = L.SINGULAR.get(lw, _cap(lw))
                out.append(Mention(start=s2, end=e2, head_start=hs, kind=kind, title=f"{sing} {item}",
                                   title_original=item, named=False, specific=True, plural=False,
                                   date=_attached_date(sentence, e2, s2)))
                consumed_to = max(consumed_to, e2)
                pos = e2
    return out


def _content(text: str) -> set[str]:
    from .en_common import words
    return words(text)


_SPACES = re.compile(r"\s+")


def _normalise(phrase: str, head: str, group, num) -> str:
    phrase = phrase.strip().strip('"').strip()
    phrase = _SPACES.sub(" ", phrase.replace('"', ""))
    if group:
        name = L.NUMBER_NAMES.get(group, str(group))
        return f"{name} {phrase}" if not phrase[:1].isdigit() else phrase
    lw = head.lower()
    if lw in L.PLURAL_HEADS:
        phrase = re.sub(rf"(?<![\w-]){re.escape(head)}(?![\w-])", L.SINGULAR.get(lw, head), phrase, count=1)
    return _cap(phrase)


def _attached_date(sentence, end: int, start: int):
    """A date written right after the title ("of May 25, 1992", "(1995)", "dated ...", "signed on ...") or right
    before it ("the 1992 treaty")."""
    t = sentence.text
    g = ATTACH_GLUE.match(t, end)
    pos = g.end() if g else end
    for m in sentence.dates:
        s = m.start - sentence.start
        if s == pos or (s > end and s <= pos):
            return m
        e = m.end - sentence.start
        if e <= start and not t[e:start].strip(" '"):
            return m
    return None


def _capital_items(sentence, after: int) -> list[Mention]:
    """ "..., including The Foundations of Customs Legislation, A Unified Methodology ..., On the Movement of ..." """
    t = sentence.text
    out = []
    pos = after
    n = len(t)
    while pos < n:
        m = re.match(r"\s*(?:and\s+)?([A-Z])", t[pos:])
        if not m:
            break
        s = pos + m.start(1)
        # walk words: capitalised words and function words; stop at a lowercase content word
        i = s
        end = s
        for w in re.finditer(r"[\w'-]+|,|\S", t[s:]):
            tok = w.group(0)
            ws = s + w.start()
            if tok == ",":
                lc = LIST_CONT.match(t, ws)
                if lc and not LIST_BAD.search(lc.group(0)[1:].rsplit(" and ", 1)[0]):
                    continue
                break
            if tok[0].isupper() or tok.lower() in FUNCTION_LOWER or tok[0].isdigit() or tok in ("'s",):
                end = s + w.end()
                continue
            break
        i = end
        s2, e2 = _trim(t, s, end)
        item = LEAD.sub("", t[s2:e2])
        if len(_content(item)) >= 2 and not L.KIND_RE.match(item):
            out.append((s2, e2, item))
        nxt = re.match(r"\s*,\s*", t[i:])
        if not nxt:
            break
        pos = i + nxt.end()
    return out


_VERB_CACHE: dict = {}


def _verbs(t: str, rx) -> list:
    """All matches of a verb pattern in a sentence (computed once per sentence and pattern; matched on the
    lower-cased sentence where that finds the same spans, so ``group()`` may be lower case)."""
    key = (id(rx), t)
    hit = _VERB_CACHE.get(key)
    if hit is None:
        if len(_VERB_CACHE) > 256:
            _VERB_CACHE.clear()
        twin = _LOW_TWIN.get(id(rx))
        low = L.lowered(t) if twin is not None else None
        hit = _VERB_CACHE[key] = list(twin.finditer(low) if low is not None else rx.finditer(t))
    return hit


def _governing_verb(t: str, m: Mention, rx=SIGN_GOOD):
    """The signing verb that reports this mention: one before it, or one after it with no other document noun
    in between ("the agreement on X, ..., as well as documents ... signed by" does not sign X)."""
    best = None
    verbs = _verbs(t, rx)
    if not verbs:
        return None
    low = L.lowered(t)
    doc_noun, subject = (DOC_NOUN_LOW, low) if low is not None else (DOC_NOUN, t)
    for v in verbs:
        if v.start() >= m.end:
            if doc_noun.search(subject, m.end, v.start()):
                continue
        elif v.end() > m.start:
            continue
        elif rx is REACHED and (doc_noun.search(subject, v.end(), m.start) or m.start - v.end() > 12):
            continue
        if rx is REACHED and v.start() >= m.end and not re.fullmatch(r"\s*(?:was|were|has been|have been|had been)?"
                                                                     r"\s*(?:also\s+)?", t[m.end:v.start()]):
            continue
        d = min(abs(v.start() - m.start), abs(v.start() - m.end))
        if best is None or d < best[0]:
            best = (d, v)
    return best[1] if best else None


def _verb_date(doc, sentence, mentions, mention) -> str | None:
    """The date of the signing the sentence reports: the date mention nearest a signing verb."""
    t = sentence.text
    taken = set()
    for other in mentions:
        if other.date is not None:
            taken.add(other.date.start)
    candidates = [m for m in sentence.dates if m.start not in taken and m.qualifier not in ("since", "until", "by")
                  and not any(o.start <= m.start - sentence.start < o.end for o in mentions)]
    if not candidates:
        return None
    v = _governing_verb(t, mention) or _governing_verb(t, mention, REACHED)
    if v is None:
        return None
    best = min(candidates, key=lambda m: abs((m.start - sentence.start) - v.start()))
    return iso_of(doc, sentence, best, group_range=bool(mention.group))


EVENT_CUE = re.compile(r"\b(?:visit|visited|summit|talks|meeting|met|negotiations|forum|session|signed|signing|"
                       r"conference|held|took place|was held|exhibition|congress|occurred|changes)\b", re.I)


def _context_date(doc, sentence, back: int = 3) -> str | None:
    """Date of the event the previous sentences report (a visit, a summit, a signing), if exactly one. The look-back
    stays in the paragraph, except that the first sentence of a paragraph may look into the previous one."""
    paragraph = sentence.paragraph
    for s in reversed(doc.sentences[max(0, sentence.index - back):sentence.index]):
        if s.language != LANG:
            break
        if s.paragraph != paragraph:
            if paragraph != sentence.paragraph or doc.sentences[sentence.index - 1] is not s:
                break
            paragraph = s.paragraph
        ds = [m for m in s.dates if m.qualifier is None and not _for_date(s.text, s, m)]
        if not ds:
            continue
        if not EVENT_CUE.search(s.text):
            return None
        values = {iso_of(doc, s, m) for m in ds}
        if None in values or len(values) != 1:
            return None
        return values.pop()
    return None


def _local_negative(t: str, mention: Mention) -> bool:
    window = t[max(0, mention.start - 90):mention.start]
    if re.search(r",\s*(?:and\s+)?(?:the\s+|an?\s+)?$", window):
        return False  # an item of a list of documents
    # only the current clause
    cut = max(window.rfind(";"), window.rfind(". "), window.rfind("("))
    if cut >= 0:
        window = window[cut + 1:]
    if L.search_if(L.NEGATIVE_RE, L.NEGATIVE_KEYS, window) and not re.search(r"\b(?:implement(?:ation|ing|ed)?|provisions)\s+(?:of\s+)?"
                                                     r"(?:the\s+)?$", window, re.I):
        return True
    after = t[mention.end:mention.end + 40]
    if re.match(r"\s*(?:is|are|was|were)?\s*(?:to be|being|still|not)\b(?! (?:implemented|carried out|applied|"
                r"fulfilled|observed|used))", after) or \
            re.match(r"\s*(?:should|must|will|would|shall|could|may|might)\b", after):
        return True
    return False


IN_FORCE_AFTER = re.compile(r"\s*,?\s*(?:(?:is|are|was|were|has been|have been)\s+)?(?:being\s+)?(?:successfully\s+)?"
                            r"(?:implemented|in force|in effect|applied|fulfilled|observed)\b", re.I)


def _existing(t: str, mention: Mention) -> bool:
    window = t[max(0, mention.start - 45):mention.start]
    if L.search_low(L.EXISTING_TAIL, L.EXISTING_TAIL_LOW, window):
        return True
    return bool(IN_FORCE_AFTER.match(t, mention.end))


def _parties(doc, sentence, mention: Mention) -> list[str]:
    """States (ISO alpha-2), regions (ISO 3166-2) when the agreement is between regions, organisations named in
    the title; else those of the sentence; "the two countries" from the context; Kazakhstan unless a Kazakh
    region stands for it."""
    s0 = sentence.start
    inside = [e for e in sentence.entities if mention.start <= e.start - s0 < mention.end + 2]
    source = inside if any(e.kind in ("country", "organisation", "region") for e in inside) else sentence.entities
    regions = [e.key for e in source if e.kind == "region"]
    kz_region = any(r.startswith("KZ-") for r in regions)
    foreign_region = any(not r.startswith("KZ-") for r in regions)
    parties: list[str] = []
    for e in source:
        key = None
        if e.kind == "region":
            key = e.key
        elif e.kind == "country" and not (kz_region and foreign_region):
            key = e.key
        elif e.kind == "organisation" and source is inside:
            key = e.key
        if key and key not in parties:
            parties.append(key)
    # a country and its own region: keep the region
    parties = [p for p in parties if not (len(p) == 2 and any(r.startswith(p + "-") for r in regions)
                                          and p != "KZ")]
    if two_sides(sentence.text) and not [p for p in parties if p != "KZ" and not p.startswith("KZ-")]:
        parties += [c for c in context_countries(doc, sentence) if c not in parties]
    if not any(p == "KZ" or p.startswith("KZ-") for p in parties):
        parties.insert(0, "KZ")
    return parties


COMPANY = re.compile(r"\b(?:LLP|JSC|OJSC|CJSC|Ltd|LLC|GmbH|Inc|hotel|plant|factory|health complex|travel agenc|"
                     r"(?<!state )(?<!national )compan(?:y|ies)|firms?|entrepreneurs?|businessm[ae]n)\b")
GENERIC_QUANT = re.compile(r"\b(?:all|various|these|those|such|many|several|numerous|some|other|any|most|"
                           r"more than \d+|over \d+|a number of|dozens of|hundreds of)\s+(?:[\w-]+\s+){0,3}$", re.I)
NEG_CONTEXT = re.compile(r"\b(?:history of|process of|procedure for|review(?:ed|ing)?|analy[sz](?:e|is|ed|ing) of|"
                         r"study of|the role of)\s+(?:the\s+)?(?:signing|conclusion|adoption)\b", re.I)
_COMPANY_KEYS = L.keywords(COMPANY)
ENTITY_KINDS = ("country", "region", "organisation", "city")
_ACRONYM_HINT = re.compile(r"\([A-Z][A-Za-z]{1,6}\)")  # what every ACRONYM match ends with
ACRONYM = re.compile(r"((?:[A-Z][\w-]*\s+(?:(?:of|and|the|for|on)\s+)*){1,7})\(([A-Z][A-Za-z]{1,6})\)")


def acronyms(doc) -> dict[str, str]:
    """ "Common Economic Space (CES)" -> {"CES": "Common Economic Space"} (initials must spell the acronym)."""
    out: dict[str, str] = {}
    for sentence in doc.sentences:
        if sentence.language != LANG or "(" not in sentence.text or not _ACRONYM_HINT.search(sentence.text):
            continue
        for m in ACRONYM.finditer(sentence.text):
            abbr = m.group(2)
            caps = [w for w in m.group(1).split() if w[0].isupper()]
            letters = [c for c in abbr if c.isupper()]
            if len(caps) >= len(letters) and [w[0] for w in caps[-len(letters):]] == letters:
                # the expansion: from the first capitalised word of the initials
                words = m.group(1).split()
                first = len(words) - 1 - [w for w in reversed(words)].index(caps[-len(letters)])
                out.setdefault(abbr, " ".join(words[first:]))
    return out


def _expand(title: str, acr: dict[str, str]) -> str:
    for abbr, full in acr.items():
        if abbr in title and full.lower() not in title.lower():
            title = re.sub(rf"(?<![\w-]){re.escape(abbr)}(?![\w-])", full, title)
    return title


def _has_party(doc, sentence, m) -> bool:
    """Somebody concludes the agreement: an entity in this or the previous sentence, or "the two countries"."""
    if any(e.kind in ENTITY_KINDS for e in sentence.entities) or two_sides(sentence.text):
        return True
    if sentence.index > 0:
        prev = doc.sentences[sentence.index - 1]
        if prev.paragraph == sentence.paragraph or sentence.text[:1].islower():
            return any(e.kind in ENTITY_KINDS for e in prev.entities) or bool(two_sides(prev.text))
    return False


def _is_company_deal(t: str, m: Mention, verb) -> bool:
    """Contracts between companies are not foreign-relations agreements."""
    lo = max(0, min(m.start, verb.start() if verb else m.start) - 160)
    window = t[lo:m.end + 60]
    return bool(L.search_if(COMPANY, _COMPANY_KEYS, window))


def extract(doc) -> list[dict]:
    facts: list[dict] = []
    acr = acronyms(doc)
    kind_sents = sentences_with(doc, L.KIND_STEMS)
    sign_sents = sentences_with(doc, SIGN_STEMS)
    prev_positive = False
    prev_date = None
    carry = None
    for sentence in doc.sentences:
        if sentence.language != LANG:
            prev_positive, carry = False, None
            continue
        t = sentence.text
        continuation = bool(t[:1].islower())  # a long sentence the splitter cut goes on here
        # cheap substring tests first: most sentences name no document and no signing
        in_kind, in_sign = sentence.index in kind_sents, sentence.index in sign_sents
        low = L.lowered(t) if in_kind or in_sign else None
        has_kind = in_kind and (L.KIND_LOW.search(low) if low is not None else L.KIND_RE.search(t))
        has_sign = in_sign and (SIGN_GOOD_LOW.search(low) if low is not None else SIGN_GOOD.search(t))
        list_start = bool(L.LIST_START.match(t)) or (continuation and prev_positive)
        if not has_kind and not (carry and t.startswith("on ")):
            prev_positive = bool(has_sign) or (continuation and prev_positive)
            if has_sign:
                ds = {iso_of(doc, sentence, d) for d in sentence.dates
                      if d.qualifier is None and not _for_date(t, sentence, d)}
                ds.discard(None)
                prev_date = ds.pop() if len(ds) == 1 else None
            elif not continuation:
                prev_date = None
            if not continuation:
                carry = None
            continue
        if has_kind and not (has_sign or sentence.dates or list_start or continuation or carry or
                             sentence_has(doc, sentence.index, CUE_STEMS)):
            has_kind = None  # a document named with nothing that says it was concluded or is in force
        mentions = _head_mentions(doc, sentence) if has_kind else []
        if carry and t.startswith("on "):
            mentions += _on_items(doc, sentence, 0, *carry)
        elif not continuation:
            carry = None
        # "... agreements and conventions adopted by ..., including The Foundations of ..., On the Movement ..."
        extra: list[Mention] = []
        for m in [m for m in mentions if m.plural and not m.specific]:
            inc = L.INCLUDING.search(t, m.end)
            if not inc:
                continue
            rest = t[inc.end():]
            if re.match(r"\s*those\s+on\s", rest):
                p = inc.end() + rest.index("on")
                sing = L.SINGULAR.get(t[m.head_start:].split()[0].lower().strip(",."), "Agreement")
                extra += _on_items(doc, sentence, p, m.kind, sing)
                carry = (m.kind, sing)
                break
            if re.match(r"\s*(?:on|an?|the)\s", rest):
                continue
            for s2, e2, item in _capital_items(sentence, inc.end()):
                title = item if not item.lower().startswith("on ") else \
                    f"{L.SINGULAR.get(t[m.head_start:].split()[0].lower().strip(',.'), 'Agreement')} " \
                    f"{item[0].lower()}{item[1:]}"
                extra.append(Mention(start=s2, end=e2, head_start=m.head_start, kind=m.kind, title=_cap(title),
                                     title_original=item, named=True, specific=True))
            break
        mentions += extra
        inherited = list_start and prev_positive
        for m in mentions:
            fact = _decide(doc, sentence, m, mentions, acr, has_sign, inherited, prev_date)
            if fact:
                facts += _per_partner(doc, sentence, m, fact) if m.plural and not m.group else [fact]
        prev_positive = bool(has_sign) or inherited
        if has_sign:
            ds = {iso_of(doc, sentence, d) for d in sentence.dates
                  if d.qualifier is None and not _for_date(t, sentence, d)}
            ds.discard(None)
            prev_date = ds.pop() if len(ds) == 1 else None
        elif not inherited:
            prev_date = None
    return link(facts)


VERBLESS = re.compile(r"\b(?:is|are|was|were|has|have|had|signed|concluded|will|would|can|be|been|became|"
                      r"made|took|holds?|held)\b")


def _per_partner(doc, sentence, m: Mention, fact: dict) -> list[dict]:
    """ "agreements on trade cooperation were signed with Moscow, Astrakhan and Omsk regions": one agreement per
    partner. The list may stand in the next sentence when the splitter cut the sentence at an abbreviation."""
    t = sentence.text
    w = re.compile(r"\b(?:(?:was|were|have been|has been)\s+)?signed\s+with\b").search(t, m.end)
    if not w or w.start() - m.end > 40:
        # "on the basis of agreements with the Governments of China and Mongolia"
        w = re.compile(r"\s*with\s+(?:the\s+)?(?:governments?\s+of\s+(?:the\s+)?)?", re.I).match(
            t, m.head_start + len(t[m.head_start:].split()[0])) or \
            re.compile(r"\s+with\s+(?:the\s+)?(?:governments?\s+of\s+(?:the\s+)?)?", re.I).match(t, m.end)
        if not w:
            return [fact]
    ents = [e for e in sentence.entities if e.start - sentence.start >= w.end()
            and e.kind in ("region", "city", "country") and e.key != "KZ" and not e.key.startswith("KZ-")]
    # only the list right after "with" ("with the Governments of China and Mongolia, facilitates ...")
    stop = re.compile(r"[;.]|,\s+(?!and\b)[a-z]").search(t, w.end())
    if stop:
        ents = [e for e in ents if e.start - sentence.start < stop.start()] or ents
    src = sentence
    if not ents and sentence.index + 1 < len(doc.sentences):
        nxt = doc.sentences[sentence.index + 1]
        if nxt.language == LANG and not VERBLESS.search(nxt.text) and len(nxt.entities) >= 2:
            ents = [e for e in nxt.entities if e.kind in ("region", "city", "country") and e.key != "KZ"
                    and not e.key.startswith("KZ-")]
            src = nxt
    partners = []
    for e in ents:
        code = e.key if e.kind in ("region", "country") else (city_region(e.key) or city_country(e.key))
        if code and code not in [p[0] for p in partners]:
            partners.append((code, src.text[e.start - src.start:e.end - src.start]))
    if len(partners) < 2:
        return [fact]
    out = []
    base = fact["title"]
    if src is sentence and ents:
        listed = t[w.start():max(e.end for e in ents) - sentence.start]
        if listed.strip() and listed.strip() in base:
            base = re.sub(r"\s+,", ",", re.sub(r"\s+", " ", base.replace(listed.strip(), ""))).strip()
    for code, name in partners:
        f = dict(fact)
        f["title"] = f["title_original"] = f"{base} with {name}"
        f["parties"] = ["KZ", code]
        if src is not sentence:
            f["_span"] = (sentence.start, src.end)
        out.append(f)
    return out


def _for_date(t: str, sentence, d) -> bool:
    s = d.start - sentence.start
    return bool(re.search(r"\bfor\s+(?:the\s+(?:period|years?)\s+)?$", t[max(0, s - 20):s], re.I))


def _decide(doc, sentence, m: Mention, mentions, acr, has_sign, inherited, prev_date) -> dict | None:
    t = sentence.text
    if not (m.specific or m.group or m.date is not None or m.kind == "statement" or
            any(d.precision == "day" for d in sentence.dates)):
        return None
    if m.plural and not m.group and GENERIC_QUANT.search(t[max(0, m.start - 60):m.start]):
        return None
    title_l = m.title.lower()
    if m.kind == "programme" or (m.kind == "plan" and not m.named):
        foreign = any(e.kind in ENTITY_KINDS and entity_country(e) not in (None, "KZ")
                      for e in sentence.entities if m.start <= e.start - sentence.start < m.end)
        if not (foreign or re.search(r"cooperation|interaction|joint|action|bilateral|border|\bwork plan", title_l)):
            return None
    if re.search(r"\bcode\b", title_l) and not any(
            e.kind == "organisation" or (e.kind == "country" and e.key != "KZ")
            for e in sentence.entities if m.start <= e.start - sentence.start < m.end):
        return None  # a national code is not an international document
    if ("signing" in t or "conclusion" in t or "adoption" in t) and NEG_CONTEXT.search(t):
        return None
    negative = _local_negative(t, m)
    existing = _existing(t, m)
    sign_verb = _governing_verb(t, m)
    late_verb = _governing_verb(t, m, L.LATE_VERBS)
    reached = _governing_verb(t, m, REACHED) if not sign_verb else None
    positive = False
    if existing and m.plural and not any(e.kind in ENTITY_KINDS and m.start <= e.start - sentence.start < m.end
                                         for e in sentence.entities):
        positive = False
    elif existing:
        positive = True
    elif negative:
        positive = False
    elif m.date is not None and (m.named or m.specific):
        positive = True
    elif inherited:
        positive = True
    elif sign_verb or late_verb:
        positive = True
    elif reached:
        positive = True
    if not positive:
        return None
    if not _has_party(doc, sentence, m):
        return None
    if _is_company_deal(t, m, sign_verb) and not m.group:
        return None
    # date
    date = None
    if m.date is not None:
        date = iso_of(doc, sentence, m.date, group_range=bool(m.group))
    elif sign_verb or reached:
        date = _verb_date(doc, sentence, mentions, m)
        if date is None and not [d for d in sentence.dates if not _for_date(t, sentence, d)]:
            date = _context_date(doc, sentence)
    elif inherited:
        date = prev_date
    if reached and not (date and len(date) == 10 and "between" in t):
        return None
    title = _expand(m.title, acr)
    if sign_verb and re.match(r"(?:joined|acceded|accession)", sign_verb.group(0), re.I) and m.named:
        title = f"{title} (accession)"  # joining a document others concluded
    if not m.specific and not m.group and m.kind == "statement" and date:
        # "a joint statement was signed" after talks of the presidents: the presidents' joint statement
        who = re.search(r"\b(presidents?|heads? of (?:state|government)|prime ministers?|foreign ministers?|"
                        r"ministers? of foreign affairs)\b", t, re.I)
        if who:
            role = who.group(1).lower()
            role = {"president": "presidents", "prime minister": "prime ministers",
                    "foreign minister": "foreign ministers"}.get(role, role)
            names = [country_name(p) or p for p in _parties(doc, sentence, m)]
            title = f"{_cap(title)} of the {role}" + (f" of {' and '.join(names)}" if names else "")
            m.title_original = title
            m.specific = True
    if not m.specific and not m.group:
        # a bare head ("a memorandum") only with a day-precise date: it can be told apart by the date
        if not (date and len(date) == 10):
            return None
        bt = re.search(r"\bbetween\s+([^,;]{5,120}?)(?=,|;|$| was| were| on the| on [A-Z])", t[m.end:])
        title = _cap(title) + (f" between {bt.group(1)}" if bt else "")
    if m.group:
        if not date or not sentence.dates:
            return None
        partners = [e for e in sentence.entities if e.kind == "country" and e.key != "KZ"]
        if not partners and two_sides(t):
            partners = context_countries(doc, sentence)
            if partners:
                name = country_name(partners[0])
                if name and name.lower() not in title.lower():
                    title = f"{title} with {name}"
        if not partners:
            return None
        if not isinstance(partners[0], str):
            name = sentence.text[partners[0].start - sentence.start:partners[0].end - sentence.start]
            if name.lower() not in title.lower():
                title = f"{title} with {name}"
        m.title_original = title
    parties = _parties(doc, sentence, m)
    core = (sentence.start + m.start, sentence.start + m.end)
    return {
        "title": title,
        "title_original": m.title_original,
        "kind": m.kind,
        "date": date,
        "parties": parties,
        "field": L.field_of(m.title, t),
        "confidence": 0.8 if (m.named and date) else 0.6 if date or m.named else 0.5,
        "language": LANG,
        "_span": (sentence.start, sentence.end),
        "_core": core,
    }


def _on_items(doc, sentence, p: int, kind: str, singular: str) -> list[Mention]:
    t = sentence.text
    soft = _soft_dates(sentence)
    out = []
    pos = p
    while True:
        if not t.startswith("on ", pos):
            break
        end = _title_end(t, pos + 3, soft)
        s2, e2 = _trim(t, pos, end)
        item = t[s2:e2]
        if _content(item[3:]):
            out.append(Mention(start=s2, end=e2, head_start=p, kind=kind, title=f"{singular} {item}",
                               title_original=item, specific=True, date=_attached_date(sentence, e2, s2)))
        nxt = re.match(r"\s*,?\s*(?:and\s+|as well as\s+)?(?=on\s)", t[e2:])
        if not nxt:
            break
        pos = e2 + nxt.end()
    return out


def _sim(wa: set, wb: set) -> float:
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / max(min(len(wa), len(wb)), min(2, max(len(wa), len(wb))))


def _foreign(parties) -> set:
    return {p for p in parties or [] if p != "KZ" and not p.startswith("KZ-")}


def _compatible(a: dict, b: dict) -> bool:
    if not (a["kind"] == b["kind"] or {a["kind"], b["kind"]} <= {"agreement", "treaty"}
            or "other" in (a["kind"], b["kind"])):
        return False
    fa, fb = _foreign(a.get("parties")), _foreign(b.get("parties"))
    if fa and fb and not fa & fb:
        return False
    ra, rb = {p for p in fa if "-" in p}, {p for p in fb if "-" in p}
    return not (ra and rb and not ra & rb)


def link(facts: list[dict]) -> list[dict]:
    """Coreference inside one document: an undated mention of an agreement that a dated mention names the same
    way takes that date and kind (so consolidation merges them); within a group of mentions of one agreement the
    most informative goes first (consolidation keeps the first one's values). Word sets are computed once and
    candidates found through an index of title words, so the pass stays near-linear."""
    ws = [words(f["title"]) for f in facts]
    index: dict[str, list[int]] = {}
    for i, f in enumerate(facts):
        if f.get("date"):
            for w in ws[i]:
                index.setdefault(w, []).append(i)
    for i, f in enumerate(facts):
        if f.get("date") or not ws[i]:
            continue
        shared: dict[int, int] = {}
        for w in ws[i]:
            for j in index.get(w, ()):
                shared[j] = shared.get(j, 0) + 1
        best, score = None, 0.0
        li = len(ws[i])
        for j, n in shared.items():
            lj = len(ws[j])
            if n / max(min(li, lj), min(2, max(li, lj))) < 0.8 or li - n > max(1, li // 4):
                continue  # not similar, or the undated title says much more (another agreement)
            d = facts[j]
            if not _compatible(f, d):
                continue
            sc = len(ws[i] & ws[j]) / len(ws[i] | ws[j])
            if sc > score:
                best, score = d, sc
        if best is not None:
            f["date"] = best["date"]
            f["kind"] = best["kind"]
    # order: in each group of mentions of one agreement, the most informative first
    groups: list[list[int]] = []
    blocks: dict[tuple, list[int]] = {}
    for i, f in enumerate(facts):
        key = (f["kind"], (f["date"] or "")[:4])
        for gi in blocks.get(key, ()):
            w0 = ws[groups[gi][0]]
            if _sim(w0, ws[i]) >= 0.9 and len(ws[i] ^ w0) <= 1:
                groups[gi].append(i)
                break
        else:
            blocks.setdefault(key, []).append(len(groups))
            groups.append([i])
    out = []
    for g in groups:
        g.sort(key=lambda i: (-(len(facts[i]["date"] or "")), -len(ws[i]), -facts[i]["confidence"]))
        out += [facts[i] for i in g]
    return out
