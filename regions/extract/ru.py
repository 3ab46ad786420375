"""Regional partnership rules for ru text."""


def extract_regional_partnerships(doc) -> list[dict]:
    return []
