"""Trade figure extractor: language rules in en.py, kk.py, ru.py; this module dispatches and compares."""
from kzrel.pipeline.registry import Extractor

from . import en, kk, ru

LANGUAGE_RULES = {"en": en, "kk": kk, "ru": ru}


def extract_trade_figures(doc) -> list[dict]:
    return [f for rules in LANGUAGE_RULES.values() for f in rules.extract_trade_figures(doc)]


def _close(a, b, tolerance=0.01) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= tolerance * max(abs(float(a)), abs(float(b)), 1e-9)


def same_trade_figure(a: dict, b: dict) -> bool:
    keys = ("reporter", "partner", "flow", "period", "currency")
    if any(a.get(k) != b.get(k) for k in keys):
        return False
    return _close(a.get("value"), b.get("value")) and _close(a.get("share_percent"), b.get("share_percent")) \
        and _close(a.get("change_percent"), b.get("change_percent"))


EXTRACTORS = [
    Extractor("trade_figures", extract_trade_figures, order=30,
              blocks=lambda f: [f"{f.get('flow')}|{f.get('period')}"], same=same_trade_figure),
]
