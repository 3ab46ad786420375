"""Comparisons the fact types' ``same`` functions share: dates at their precision, title content words."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Words every agreement title has; they do not tell agreements apart.
GENERIC_TITLE_WORDS = frozenset("""
agreement agreements treaty treaties memorandum memoranda protocol protocols declaration statement joint
programme program plan convention accord contract understanding document documents on of in the and for with
between about concerning regarding into its their which that this other a an to by
republic kazakhstan kazakh russian russia federation government governments governmental intergovernmental
state states ministry parties two both countries signed new
договор договора соглашение соглашения меморандум протокол декларация заявление совместное программа план
конвенция о об между республикой республики казахстан казахстаном российской федерации и в на по
туралы жөніндегі арасындағы арасында және мен пен бен шарт шарты келісім келісімі келісім шарт хаттама
хаттамасы декларация декларациясы мәлімдеме мәлімдемесі бірлескен бағдарлама бағдарламасы жоспар жоспары
конвенциясы коммюнике республикасы республикасының федерациясы федерациясының қазақстан
""".split())


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s or "").lower()
    return re.sub(r"[^\w]+", " ", s).strip()


def stem(word: str) -> str:
    return word[:6] if len(word) > 6 else word


@lru_cache(maxsize=65536)
def content_words(title: str) -> frozenset[str]:
    return frozenset(stem(w) for w in norm(title).split() if len(w) > 2 and w not in GENERIC_TITLE_WORDS)


def title_similarity(a: str, b: str) -> float:
    """Shared content words over the shorter title's: 1.0 when one title's words all occur in the other."""
    ta, tb = content_words(a), content_words(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


def title_coverage(a: str, b: str) -> float:
    """Shared content words over the longer title's: low when a short title is only part of a longer one
    ("Agreement on the Customs Union" inside "... external borders of the Customs Union")."""
    ta, tb = content_words(a), content_words(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / max(len(ta), len(tb))


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Two ISO dates (YYYY, YYYY-MM, YYYY-MM-DD; ranges use their start) agree at the coarser precision."""
    if not a or not b:
        return False
    a, b = str(a).split("/")[0], str(b).split("/")[0]
    if "Q" in a or "Q" in b:
        return a[:4] == b[:4]
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def year_of(value: str | None) -> str:
    return str(value)[:4] if value else "undated"
