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


def field_of(*texts: str) -> str:
    for text in texts:
        if not text:
            continue
        for field, rx in FIELDS:
            if rx.search(text):
                return field
    return "other"


def fields_of(text: str) -> list[str]:
    """All fields named in a text, in table order (for partnerships: "trade, economic, scientific ...")."""
    return [field for field, rx in FIELDS if rx.search(text or "")]


# --------------------------------------------------------------------------------------------- numbers
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12}
NUMBER_NAMES = {v: k.capitalize() for k, v in NUMBER_WORDS.items()}
