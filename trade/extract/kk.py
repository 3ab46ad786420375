"""Trade figure rules for kk text."""


def extract_trade_figures(doc) -> list[dict]:
    return []
