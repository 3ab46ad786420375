"""English word tables for the agreement and meeting rules (en.py).

Everything language-specific that is a list rather than grammar lives here, so adding a form is adding a row.
Regions and trade import the field table from here as well.
"""
from __future__ import annotations

import re

# --------------------------------------------------------------------------------------------- agreement kinds
# head word (lower case, singular or plural) -> kind
KIND_WORDS: dict[str, str] = {
    "agreement": "agreement", "agreements": "agreement",
    "treaty": "treaty", "treaties": "treaty",
    "declaration": "declaration", "declarations": "declaration",
    "memorandum": "memorandum", "memoranda": "memorandum", "memorandums": "memorandum",
    "protocol": "protocol", "protocols": "protocol",
    "programme": "programme", "programmes": "programme", "program": "programme", "programs": "programme",
    "plan": "plan", "plans": "plan",
    "convention": "other", "conventions": "other",
    "accord": "agreement", "accords": "agreement",
    "charter": "other",
    "code": "other",
    "communique": "statement", "communiqué": "statement",
    "statement": "statement", "statements": "statement",
    "appeal": "statement",
}
# words that are kinds only in a fixed combination or with a number ("33 deals", "a joint statement")
GROUP_ONLY_KINDS = {"deals": "agreement", "deal": "agreement", "contracts": "agreement"}
# kinds that need a qualifying word before them to be a document ("joint statement", "action plan")
NEEDS_QUALIFIER = {
    "statement": {"joint"}, "statements": {"joint"}, "appeal": {"joint"},
    "plan": {"action", "work", "joint", "cooperation", "comprehensive", "plan"},
    "plans": {"action", "work", "joint", "cooperation"},
    "programme": None, "program": None, "programmes": None, "programs": None,
    "concept": None, "charter": None, "communique": None, "communiqué": None, "code": set(),
}
PLURAL_HEADS = {"agreements", "treaties", "declarations", "memoranda", "memorandums", "protocols", "programmes",
                "programs", "plans", "conventions", "accords", "statements", "deals", "contracts"}
SINGULAR = {"agreements": "Agreement", "treaties": "Treaty", "declarations": "Declaration", "memoranda": "Memorandum",
            "memorandums": "Memorandum", "protocols": "Protocol", "programmes": "Programme", "programs": "Program",
            "plans": "Plan", "conventions": "Convention", "accords": "Accord", "statements": "Statement",
            "deals": "Deal", "contracts": "Contract"}

_KIND_ALT = "|".join(sorted({*KIND_WORDS, *GROUP_ONLY_KINDS}, key=len, reverse=True))
KIND_STEMS = ("agreement", "treat", "declaration", "memorand", "protocol", "program", "plan", "convention", "accord ",
              "accords",
              "charter", "code", "communiq", "statement", "appeal", "deal", "contract")
KIND_RE = re.compile(rf"(?<![A-Za-z])({_KIND_ALT})(?![A-Za-z])", re.I)

# Case-insensitive patterns run about three times faster as case-sensitive ones on the lower-cased text. Both find
# the same spans unless the text has a character that an ASCII letter matches case-insensitively besides its
# two cases (İ ı ſ K): ``lowered`` gives None for such a text, and the callers use the original pattern.
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")


def lowered(text: str) -> str | None:
    """``text`` lower-cased for the ``*_LOW`` patterns (same length, same offsets), or None (see above)."""
    return text.lower() if text.isascii() or not _ODD_CASE.search(text) else None


def low_pattern(rx: re.Pattern) -> re.Pattern:
    """The case-sensitive twin of a case-insensitive pattern for the lower-cased text (see ``lowered``): the same
    pattern with its letters in lower case (escapes and group names as they are)."""
    src = rx.pattern
    assert rx.flags & re.I and "(?-i" not in src, src
    out = []
    i = 0
    while i < len(src):
        if src[i] == "\\":
            assert src[i + 1] not in "xuUN0123456789", src  # a letter written as a code or a back reference
            out.append(src[i:i + 2])
            i += 2
        elif src.startswith(("(?P<", "(?P="), i):
            j = src.index(">" if src[i + 3] == "<" else ")", i)
            out.append(src[i:j + 1])
            i = j + 1
        else:
            out.append(src[i].lower())
            i += 1
    return re.compile("".join(out), rx.flags & ~re.I)


KIND_LOW = low_pattern(KIND_RE)
# a kind word followed by one of these is part of an organisation's or a body's name, not a document
NOT_A_DOCUMENT_AFTER = re.compile(
    r"\s*(?:organi[sz]ation|council|commission|committee|secretariat|assembly|zone|area|bank|fund|group|"
    r"process|format|mechanism|system|party|parties|countries|states|members?|signatories|framework)\b",
    re.I)

# words allowed before a head word as part of its title (besides Capitalised words and hyphenated compounds)
PREFIX_WORDS = {
    "intergovernmental", "interstate", "inter-state", "interdepartmental", "interparliamentary", "general",
    "joint", "framework", "international", "comprehensive", "action", "work", "cooperation", "trade", "economic",
    "free", "partnership", "strategic", "military", "technical", "scientific", "cultural", "humanitarian",
    "customs", "border", "transit", "long-term", "bilateral", "trilateral", "multilateral", "basic", "main",
}
# prefix words that alone do not make a title specific
WEAK_PREFIX = {"intergovernmental", "interstate", "inter-state", "interdepartmental", "general", "joint",
               "international", "bilateral", "trilateral", "multilateral", "framework", "basic", "main",
               "comprehensive", "long-term", "cooperation", "action", "work"}

# words that start the complement of a head ("agreement ON ...", "treaty OF friendship", "memorandum BETWEEN ...")
COMPLEMENT_START = re.compile(
    r"(?:of understanding\s+|of cooperation\s+)?"
    r"(?:on|of|concerning|regarding|about|for|between|with|in the (?:field|area|sphere)s? of)\s", re.I)

# --------------------------------------------------------------------------------------------- verbs and cues
# the agreement came into being
SIGN_RE = re.compile(
    r"\b(?:signed|signing|signature|concluded|conclusion of|adopted|adoption of|approved|initial(?:l)?ed|"
    r"issued|joined|acceded|accession to|ratified|ratification of|entered into force|came into force|"
    r"came into effect|entered into effect|in force|reached|endorsed|put into effect)\b", re.I)
# verbs whose date is not the signing date (the agreement existed before)
LATE_VERBS = re.compile(r"\b(?:ratified|ratification|entered into force|came into force|came into effect|"
                        r"entered into effect|in force|put into effect|(?:has\s+)?(?:just\s+)?(?:begun|began|started) "
                        r"to (?:work|operate|function))\b", re.I)
# the agreement already exists (mentioned as a framework, a basis, being implemented)
EXISTING_RE = re.compile(
    r"\b(?:within the framework of|in the framework of|in accordance with|in line with|under the|"
    r"on the basis of|according to|pursuant to|implementation of|implementing|implement|implemented|"
    r"provisions of|anniversary of|regulated by|governed by|based on|as part of|in development of|"
    r"reports? on|among them|these include|these are|they are|they include)\b", re.I)
# the agreement did not (yet) come into being
NEGATIVE_RE = re.compile(
    r"\b(?:draft(?:s|ed|ing)?|propos(?:e|ed|es|al|als|ing)|should|shall|must|would|will|to be signed|"
    r"to sign|to conclude|to be concluded|to adopt|intends?|intention|plans? to|planned|planning|"
    r"prepar(?:e|ing|ation of)|working out|work(?:ed)? out|expected|"
    r"being (?:reached|prepared|negotiated|drafted|discussed|considered|developed|worked out)|"
    r"negotiat(?:e|ing|ions on)|under discussion|at a standstill|no response|need(?:s|ed)? (?:for|to)|"
    r"necessity|necessary|advisable|invited to|could|might|(?-i:may)|if|hope[sd]?|aim(?:s|ed)? (?:at|to)|"
    r"ready to|readiness|call(?:s|ed)? for|urged?|suggest(?:s|ed)?|idea of|initiative to|"
    r"instructed [\w ]{0,40}to sign|neither|nor|no (?:similar )?agreement|not (?:been )?signed)\b", re.I)

# list cues: a sentence that lists documents announced before ("These are ...", "Among them: ...")
LIST_START = re.compile(r"^\s*(?:these (?:are|include|included)|among them|they are|they include|this package "
                        r"included|it included|including)\b", re.I)
INCLUDING = re.compile(r"\b(?:including|such as|namely|among them|in particular|as follows|the following|"
                       r"they are|these are)\b:?\s*", re.I)

# --------------------------------------------------------------------------------------------- fields
# (field, regex) in priority order: the first that matches the title (else the sentence) wins
FIELDS: list[tuple[str, re.Pattern]] = [(f, re.compile(p, re.I)) for f, p in [
    ("border", r"\b(?:borders?|boundar(?:y|ies)|delimitation|demarcation|frontier)\b"),
    ("military", r"\b(?:military|defen[cs]e|armed forces|troops|weapons?|arms|army|ranges|missile)"),
    ("security", r"\b(?:security|terroris|extremis|crime|drugs?|trafficking|narcotic|illegal migration)"),
    ("science", r"\b(?:space|baikonur|cosmodrome|satellite|rocket|scientific|science|research|"
                r"technolog)"),
    ("energy", r"\b(?:energy|oil|gas|pipeline|electric|power|uranium|nuclear energy|shelf|petroleum|coal)"),
    ("transport", r"\b(?:transport|transit|railway|railroad|roads?|aviation|air traffic|navigation|glonass|"
                  r"shipping|logistics|cargo)"),
    ("legal", r"\b(?:legal|citizenship|status of citizens|law enforcement|judicial|extradition|"
              r"intellectual property|intellectual activity)"),
    ("education", r"\b(?:education|educational|universit|students?|schools?|training)"),
    ("culture", r"\b(?:cultur|arts?\b|museum|heritage|archiv)"),
    ("humanitarian", r"\b(?:humanitarian|visas?|minorities|health|hospital|medical|refugees|repatriates|"
                     r"migration|movement of citizens|human rights)"),
    ("trade", r"\b(?:trade|customs|tariff|exports?|imports?|commodit|commerce|commercial)"),
    ("economic", r"\b(?:econom|investment|financ|integration|industr|banking|tax)"),
    ("political", r"\b(?:friendship|alliance|partnership|political|diplomatic|good[- ]neighbo|relations|"
                  r"cooperation|consultations)"),
]]




_DIGIT = "\x00"  # in a match start: a digit


def _starts(seq) -> set[tuple[str, bool]]:
    """(prefix, open) pairs for a parsed regex sequence: every match starts with one of the prefixes (literal
    characters, or ``_DIGIT`` for a decimal digit); ``open``: the prefix may go on with what follows."""
    from re import _constants as c

    items = {("", True)}
    for op, av in seq:
        live = [p for p, more in items if more]
        if not live:
            break
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width
        if op is c.LITERAL:
            subs = {(chr(av), True)}
        elif op is c.BRANCH:
            subs = set().union(*(_starts(alt) for alt in av[1]))
        elif op is c.SUBPATTERN:
            subs = _starts(av[3])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            lo, hi, sub = av
            subs = _starts(sub) if hi == 1 else {(x, False) for x, _more in _starts(sub)}
            if lo == 0:
                subs = subs | {("", True)}
        elif op is c.IN and av == [(c.CATEGORY, c.CATEGORY_DIGIT)]:
            subs = {(_DIGIT, False)}
        else:
            subs = {("", False)}
        items = {(p, False) for p, more in items if not more} | {
            (p + x, more and _DIGIT not in x) if not (p and x.startswith(_DIGIT)) else (p, False)
            for p in live for x, more in subs}
    return items


def match_starts(rx: re.Pattern) -> tuple[str, ...] | None:
    """Lower-case strings one of which starts every match of ``rx`` (a leading ``_DIGIT``: a decimal digit), or
    None when a match may start otherwise."""
    from re import _parser

    starts = {p.lower() for p, _more in _starts(_parser.parse(rx.pattern, rx.flags))}
    if "" in starts:
        return None
    return tuple(sorted(starts))


def keywords(rx: re.Pattern) -> re.Pattern | None:
    """A pattern for the lower-cased text (see ``lowered``) that finds one of the strings every match of ``rx``
    contains, or None."""
    starts = match_starts(rx)
    if starts is None or any(_DIGIT in k for k in starts):
        return None
    # a text with "drafted" has "draft": the shorter one is enough
    return re.compile("|".join(re.escape(k) for k in starts if not any(o != k and o in k for o in starts)))


def search_low(rx: re.Pattern, twin: re.Pattern, text: str):
    """``rx.search(text)``, run as ``twin.search`` (``twin = low_pattern(rx)``) on the lower-cased text where that
    finds the same span (the match's text is then in lower case)."""
    low = lowered(text)
    return twin.search(low) if low is not None else rx.search(text)


def search_if(rx: re.Pattern, keys: re.Pattern | None, text: str):
    """``rx.search(text)``, or None at once when ``keys = keywords(rx)`` finds nothing in the lower-cased text."""
    if keys is not None:
        low = lowered(text)
        if low is not None and not keys.search(low):
            return None
    return rx.search(text)


_FIELD_KEYWORDS = [(field, rx, keywords(rx)) for field, rx in FIELDS]
NEGATIVE_KEYS = keywords(NEGATIVE_RE)
EXISTING_TAIL = re.compile(EXISTING_RE.pattern + r"[\w\s-]{0,25}$", re.I)  # an existing-document cue ending a window
EXISTING_TAIL_LOW = low_pattern(EXISTING_TAIL)
def _field_hits(text: str, first: bool) -> list[str]:
    """Fields whose pattern matches ``text`` (the first only, if ``first``); a pattern runs only when one of its
    keywords occurs in the lower-cased text."""
    low = lowered(text)
    out = []
    for field, rx, keys in _FIELD_KEYWORDS:
        if low is not None and keys is not None and not keys.search(low):
            continue
        if rx.search(text):
            out.append(field)
            if first:
                break
    return out


def field_of(*texts: str) -> str:
    for text in texts:
        if not text:
            continue
        hits = _field_hits(text, True)
        if hits:
            return hits[0]
    return "other"


def fields_of(text: str) -> list[str]:
    """All fields named in a text, in table order (for partnerships: "trade, economic, scientific ...")."""
    return _field_hits(text or "", False)


# --------------------------------------------------------------------------------------------- numbers
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12}
NUMBER_NAMES = {v: k.capitalize() for k, v in NUMBER_WORDS.items()}
