"""Store extracted facts: one transaction per document, pupa-style upserts, locked fields, stale marking.

Rules (see README "Re-import never destroys curation"):
- a file whose sha256 is already stored is skipped without extraction;
- a changed file becomes a new Document version; the previous one stops being current;
- a candidate matching an existing fact (the extractor's ``blocks``/``same``) adds evidence to it; the importer
  updates only candidates, never verified or rejected facts, and never a field named in ``locked_fields``;
- facts whose evidence is only in superseded versions are marked stale, never deleted;
- each document is imported under a transaction-scoped advisory lock, so concurrent runs do not duplicate.
"""
from __future__ import annotations

import logging
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from django.db import connection, transaction
from django.utils import timezone

from kzrel import lookups
from kzrel.models import Document, Evidence, Fact, ImportRun, ReviewStatus

from . import registry
from .document import annotate
from .extract import extract_annotated
from .read import RawDocument, UnreadableFile, iter_paths, read_document

log = logging.getLogger("kzrel.import")
ADVISORY_LOCK_KEY = 0x6B7A72656C  # "kzrel"


class Writer:
    """Adapter between one fact type's candidate dicts and its model. Apps subclass it in their store.py."""

    model: type[Fact]
    # Fields whose disagreement between sources marks a record for review (two dates for one treaty).
    conflict_fields: tuple[str, ...] = ()

    def refine(self, instance, values: dict) -> dict:
        """Values from another source, reconciled with the stored ones before comparing (a month-precise date
        and a day-precise one of the same month agree; the day wins)."""
        return values

    def values(self, fact: dict) -> dict | None:
        """Concrete field values for the model; None when the candidate cannot be stored (an unknown region)."""
        raise NotImplementedError

    def m2m_values(self, fact: dict) -> dict[str, set[int]]:
        return {}

    def natural_key(self, fact: dict) -> str:
        raise NotImplementedError

    def existing_for(self, facts: list[dict]):
        """Stored facts that might be the same as one of ``facts`` (a cheap filter; ``same`` decides)."""
        raise NotImplementedError

    def as_fact(self, instance) -> dict:
        """The stored fact in candidate shape, for the extractor's ``same``."""
        raise NotImplementedError

    def link(self, document: Document) -> int:
        """Propose cross-references for the facts this document holds evidence for (an agreement to the meeting
        where it was signed, ...), never over a value an editor set. Returns how many links were made."""
        return 0

    def after_save(self, instance, fact: dict, locked: set[str]) -> bool:
        """Write what ``values``/``m2m_values`` cannot (through tables). Return True if anything changed."""
        return False


@dataclass
class DocumentResult:
    path: str
    status: str  # imported | unchanged | failed
    counts: dict[str, Counter] = field(default_factory=dict)
    error: str = ""


class _StoredIndex:
    """Stored facts of one type in candidate shape, grouped by the extractor's blocks: loaded once per document."""

    def __init__(self, writer: Writer, extractor, facts: list[dict]):
        self.writer, self.extractor = writer, extractor
        self.blocks: dict[str, list] = defaultdict(list)
        for instance in writer.existing_for(facts):
            self.add(instance)

    def add(self, instance, shape: dict | None = None) -> None:
        shape = shape if shape is not None else self.writer.as_fact(instance)
        for block in self.extractor.blocks(shape):
            self.blocks[block].append((instance, shape))

    def find(self, fact: dict):
        for block in self.extractor.blocks(fact):
            for instance, shape in self.blocks.get(block, ()):
                if self.extractor.same(shape, fact):
                    return instance
        return None


def _unique_key(model, key: str) -> str:
    key = key[:390]
    if not model.objects.filter(natural_key=key).exists():
        return key
    n = 2
    while model.objects.filter(natural_key=f"{key}#{n}").exists():
        n += 1
    return f"{key}#{n}"


def _write_fact(writer: Writer, index: _StoredIndex, fact: dict, document: Document, run: ImportRun,
                evidence_cache: dict) -> str:
    """Insert or update one consolidated candidate; returns inserted | updated | unchanged | skipped."""
    values = writer.values(fact)
    if values is None:
        return "skipped"
    m2m = writer.m2m_values(fact)
    instance = index.find(fact)
    outcome = "unchanged"
    if instance is None:
        instance = writer.model(**values, natural_key=_unique_key(writer.model, writer.natural_key(fact)),
                                confidence=fact.get("confidence", 0.5), created_by_run=run)
        if fact.get("conflicts"):
            instance.needs_review = True
            instance.review_note = _conflict_note(fact["conflicts"])
        instance.save()
        for name, ids in m2m.items():
            getattr(instance, name).set(ids)
        writer.after_save(instance, fact, set())
        index.add(instance, fact)
        outcome = "inserted"
    else:
        locked = set(instance.locked_fields)
        if instance.review_status == ReviewStatus.CANDIDATE:
            changed = []
            conflicts = {}
            other_sources = _from_other_documents(instance, document)
            for name, value in writer.refine(instance, values).items():
                current = getattr(instance, name)
                if name in locked or current == value:
                    continue
                if current in (None, "", []) or not other_sources:
                    # a gap filled, or the same source re-extracted: the new reading wins
                    setattr(instance, name, value)
                    changed.append(name)
                elif name in writer.conflict_fields:
                    conflicts[name] = [current, value]
                # otherwise the first source's wording stays; the new one is kept in the evidence
            if conflicts and not instance.needs_review:
                instance.needs_review = True
                instance.review_note = (instance.review_note + "\n" if instance.review_note else "") + \
                    _conflict_note(conflicts)
                changed += ["needs_review", "review_note"]
            if instance.is_stale:
                instance.is_stale = False
                changed.append("is_stale")
            if changed:
                instance.save(update_fields=changed + ["updated_at"])
            m2m_changed = False
            for name, ids in m2m.items():
                if name in locked:
                    continue
                current = set(getattr(instance, name).values_list("pk", flat=True))
                if not ids <= current:
                    getattr(instance, name).add(*(ids - current))
                    m2m_changed = True
            m2m_changed |= writer.after_save(instance, fact, locked)
            if changed or m2m_changed:
                outcome = "updated"
                index.add(instance, fact)
        elif instance.is_stale:
            instance.is_stale = False
            instance.save(update_fields=["is_stale", "updated_at"])
    new_evidence = []
    for ev in fact.get("evidence", []):
        key = (ev["start"], ev["end"])
        if key not in evidence_cache:  # the document is new in this transaction: no stored evidence to look up
            evidence_cache[key] = Evidence.objects.create(
                document=document, start=ev["start"], end=ev["end"], quote=ev["quote"],
                language=ev.get("language") or document.language,
                extracted={k: v for k, v in fact.items() if k not in ("evidence", "quote")})
        new_evidence.append(evidence_cache[key])
    instance.evidence.add(*new_evidence)
    return outcome


def _from_other_documents(instance, document: Document) -> bool:
    return instance.evidence.exclude(document__name=document.name).exists()


def _conflict_note(conflicts: dict) -> str:
    return "Sources disagree: " + "; ".join(f"{k}: {' / '.join(map(str, v))}" for k, v in conflicts.items())


def _mark_stale(previous: Document, counts: dict[str, Counter]) -> None:
    for extractor in registry.extractors():
        model = registry.writer(extractor.fact_type).model
        stale = (model.objects.filter(evidence__document=previous, is_stale=False)
                 .exclude(evidence__document__is_current=True).distinct())
        n = model.objects.filter(pk__in=stale.values("pk")).update(is_stale=True, updated_at=timezone.now())
        counts.setdefault(extractor.fact_type, Counter())["stale"] += n


def import_document(raw: RawDocument, run: ImportRun, title: str = "") -> DocumentResult:
    result = DocumentResult(path=str(raw.path), status="imported")
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [ADVISORY_LOCK_KEY])
        if Document.objects.filter(sha256=raw.sha256).exists():
            result.status = "unchanged"
            return result
        annotated = annotate(raw.text, raw.name)
        extracted = extract_annotated(annotated)
        previous = Document.objects.filter(name=raw.name, is_current=True).first()
        if previous:
            previous.is_current = False
            previous.save(update_fields=["is_current"])
        document = Document.objects.create(
            name=raw.name, source_path=str(raw.path), title=title or _title_of(raw.text), language=annotated.language,
            sha256=raw.sha256, encoding=raw.encoding, media_type=raw.media_type, text=raw.text,
            supersedes=previous, import_run=run,
        )
        evidence_cache: dict[tuple[int, int], Evidence] = {}
        for extractor in registry.extractors():
            writer = registry.writer(extractor.fact_type)
            counts = result.counts.setdefault(extractor.fact_type, Counter())
            facts = extracted.get(extractor.fact_type, [])
            index = _StoredIndex(writer, extractor, facts)
            for fact in facts:
                counts[_write_fact(writer, index, fact, document, run, evidence_cache)] += 1
        for extractor in registry.extractors():
            linked = registry.writer(extractor.fact_type).link(document)
            if linked:
                result.counts[extractor.fact_type]["linked"] += linked
        if previous:
            _mark_stale(previous, result.counts)
    return result


def _title_of(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if len(line) >= 8:
            return line[:300]
    return ""


def import_paths(paths: list[str | Path], user=None, titles: dict[str, str] | None = None,
                 progress=None) -> tuple[ImportRun, list[DocumentResult]]:
    """Import files and folders. Returns the run (always saved, even on failure) and one result per file."""
    lookups.clear()
    run = ImportRun.objects.create(paths=[str(p) for p in paths], user=user)
    results: list[DocumentResult] = []
    finished = False
    try:
        files, errors = [], []
        for p in paths:
            try:
                files += iter_paths([p])
            except UnreadableFile as exc:
                errors.append(DocumentResult(path=str(p), status="failed", error=str(exc)))
        results += errors
        for path in (progress(files) if progress else files):
            try:
                raw = read_document(path)
                results.append(import_document(raw, run, (titles or {}).get(raw.name, "")))
            except UnreadableFile as exc:
                results.append(DocumentResult(path=str(path), status="failed", error=str(exc)))
            except Exception as exc:  # one bad document must not stop the others; its transaction rolled back
                log.exception("import of %s failed", path)
                results.append(DocumentResult(path=str(path), status="failed", error=f"{path}: {exc!r}"))
        finished = True
    finally:
        totals: dict[str, Counter] = {}
        for r in results:
            for t, c in r.counts.items():
                totals.setdefault(t, Counter()).update(c)
        run.counts = {t: dict(c) for t, c in totals.items()}
        run.counts["documents"] = dict(Counter(r.status for r in results))
        run.errors = [{"file": r.path, "reason": r.error} for r in results if r.status == "failed"]
        if not finished:
            run.errors.append({"file": "", "reason": "the run was interrupted"})
        if not finished or (run.errors and all(r.status == "failed" for r in results)):
            run.status = ImportRun.Status.FAILED
        elif run.errors:
            run.status = ImportRun.Status.PARTIAL
        else:
            run.status = ImportRun.Status.SUCCEEDED
        run.finished_at = timezone.now()
        run.save()
    return run, results

