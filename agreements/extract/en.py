"""Agreement and meeting rules for en text (the grammar lives in en_agreements.py and en_meetings.py, the word
tables in en_lexicon.py)."""
from . import en_agreements, en_meetings


def extract_agreements(doc) -> list[dict]:
    return en_agreements.extract(doc)


def extract_meetings(doc) -> list[dict]:
    return en_meetings.extract(doc)
