"""One candidate per real-world fact: merge candidates an extractor judges the same, keep every piece of evidence.

Each extractor supplies ``block`` (a cheap, language-independent key; only candidates in the same block are
compared) and ``same`` (the real decision). Values that disagree are kept in ``conflicts`` so the record can be
marked for review; nothing is dropped silently.
"""
from __future__ import annotations

from collections import defaultdict

from .registry import Extractor

EMPTY = (None, "", [], {})


def merge_into(kept: dict, new: dict, conflict_fields: tuple[str, ...]) -> None:
    kept.setdefault("evidence", []).extend(new.get("evidence", []))
    for key, value in new.items():
        if key in ("evidence", "quote", "start", "end", "conflicts", "confidence", "language"):
            continue
        if kept.get(key) in EMPTY and value not in EMPTY:
            kept[key] = value
        elif key in conflict_fields and value not in EMPTY and kept.get(key) != value:
            seen = kept.setdefault("conflicts", {}).setdefault(key, [kept.get(key)])
            if value not in seen:
                seen.append(value)
    kept["confidence"] = max(kept.get("confidence", 0), new.get("confidence", 0))


def consolidate(facts: list[dict], extractor: Extractor) -> list[dict]:
    if extractor.same is None:
        return facts
    kept: list[dict] = []
    blocks: dict[str, list[dict]] = defaultdict(list)
    for fact in facts:
        candidates = [blocks[b] for b in extractor.blocks(fact)]
        match = next((k for group in candidates for k in group if extractor.same(k, fact)), None)
        if match is None:
            kept.append(fact)
            for b in extractor.blocks(fact):
                blocks[b].append(fact)
        else:
            merge_into(match, fact, extractor.conflict_fields)
    return kept
