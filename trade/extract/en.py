"""Trade figure rules for en text."""


def extract_trade_figures(doc) -> list[dict]:
    return []
