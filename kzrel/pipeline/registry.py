"""Fact-type extractors register here from their app's ``AppConfig.ready()``, as models register with the admin.

An extractor turns an annotated document into candidate fact dicts (the ``extract --json`` shape) for one fact
type; the core pipeline knows no fact type by name.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Extractor:
    fact_type: str  # key in the extract --json output: agreements, meetings, trade_figures, regional_partnerships
    extract: Callable  # (AnnotatedDocument) -> list[dict]
    order: int = 100  # extractors run in this order; later ones may read earlier results (doc.facts)
    # Consolidation: `blocks(fact)` gives cheap language-independent keys; facts sharing a block are compared
    # with `same(a, b)`. `conflict_fields` are values that must agree; disagreement marks a record for review.
    blocks: Callable = lambda fact: [""]
    same: Callable | None = None
    conflict_fields: tuple[str, ...] = ()


_extractors: dict[str, Extractor] = {}


def register(*extractors: Extractor) -> None:
    for extractor in extractors:
        _extractors[extractor.fact_type] = extractor


def extractors() -> list[Extractor]:
    return sorted(_extractors.values(), key=lambda e: (e.order, e.fact_type))


_writers: dict[str, object] = {}


def register_writer(fact_type: str, writer) -> None:
    """The app's adapter between candidate dicts and its model (see kzrel/pipeline/store.py: Writer)."""
    _writers[fact_type] = writer


def writer(fact_type: str):
    return _writers[fact_type]


def register_app(extract_module, store_module) -> None:
    """What an app's ``ready()`` calls: its extractors (``EXTRACTORS``) and writers (``WRITERS``)."""
    register(*extract_module.EXTRACTORS)
    for fact_type, w in store_module.WRITERS.items():
        register_writer(fact_type, w)
