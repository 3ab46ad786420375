"""Regional partnership rules for kk text."""


def extract_regional_partnerships(doc) -> list[dict]:
    return []
