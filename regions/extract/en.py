"""Regional partnership rules for en text."""


def extract_regional_partnerships(doc) -> list[dict]:
    return []
