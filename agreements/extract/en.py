"""Agreement and meeting rules for en text."""


def extract_agreements(doc) -> list[dict]:
    return []


def extract_meetings(doc) -> list[dict]:
    return []
