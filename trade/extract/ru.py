"""Trade figure rules for ru text."""


def extract_trade_figures(doc) -> list[dict]:
    return []
