"""Run every registered extractor over one text and return the candidate facts (the ``extract --json`` shape)."""
from __future__ import annotations

from .consolidate import consolidate
from .document import AnnotatedDocument, annotate
from .registry import extractors

FACT_TYPES = ("agreements", "meetings", "trade_figures", "regional_partnerships")


def _finish(doc: AnnotatedDocument, fact: dict) -> dict:
    """Replace the extractor's clean-text span by original offsets and the verbatim quote."""
    start, end = fact.pop("_span")
    core = fact.pop("_core", None)
    ostart, oend, quote = doc.quote_span(start, end, core)
    out = {k: v for k, v in fact.items() if not k.startswith("_")}
    out.setdefault("confidence", 0.5)
    out["quote"], out["start"], out["end"] = quote, ostart, oend
    out["evidence"] = [{"start": ostart, "end": oend, "quote": quote, "language": out.get("language", doc.language)}]
    return out


def extract_annotated(doc: AnnotatedDocument) -> dict:
    result = {"document": doc.name, "language": doc.language}
    for fact_type in FACT_TYPES:
        result[fact_type] = []
    for extractor in extractors():
        raw = extractor.extract(doc)
        doc.facts[extractor.fact_type] = raw
        finished = [_finish(doc, dict(f)) for f in raw]
        result[extractor.fact_type] = consolidate(finished, extractor)
    return result


def extract_text(original: str, name: str = "") -> dict:
    return extract_annotated(annotate(original, name))
