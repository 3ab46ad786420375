"""The import pipeline end to end on real seed text, and the re-import rules that protect curation."""
import shutil
import threading

import pytest
from django.db import connection

from agreements.models import Agreement, Meeting
from kzrel.models import Document, Evidence, ImportRun, ReviewStatus
from kzrel.pipeline import store
from kzrel.pipeline.store import import_paths
from trade.models import TradeFigure

pytestmark = pytest.mark.django_db

EXCERPT_003 = "003_excerpt.txt"


@pytest.fixture
def english_file(tmp_path, seed_text):
    """The first ~25 000 characters of seed 003, cut at a paragraph end: fast, and rich in facts."""
    text = seed_text("003")
    cut = text.index("\n\n", 25_000)
    path = tmp_path / EXCERPT_003
    path.write_text(text[:cut], encoding="utf-8")
    return path


def counts(run, fact_type):
    return run.counts.get(fact_type, {})


def test_import_stores_facts_with_verbatim_evidence(english_file):
    run, results = import_paths([english_file])
    assert run.status == ImportRun.Status.SUCCEEDED
    assert [r.status for r in results] == ["imported"]
    doc = Document.objects.get(name=EXCERPT_003)
    assert Agreement.objects.count() >= 5
    assert Meeting.objects.exists()
    for fact in list(Agreement.objects.all()) + list(Meeting.objects.all()):
        evidence = list(fact.evidence.all())
        assert evidence, f"{fact} has no evidence"
        for e in evidence:
            assert doc.text[e.start:e.end] == e.quote
    assert counts(run, "agreements")["inserted"] == Agreement.objects.count()


def test_reimport_of_unchanged_file_is_a_noop(english_file):
    import_paths([english_file])
    before = {m: list(m.objects.values_list("pk", "updated_at")) for m in (Agreement, Meeting, TradeFigure)}
    evidence = Evidence.objects.count()
    run, results = import_paths([english_file])
    assert [r.status for r in results] == ["unchanged"]
    assert run.counts["documents"] == {"unchanged": 1}
    assert Evidence.objects.count() == evidence
    assert {m: list(m.objects.values_list("pk", "updated_at")) for m in before} == before


def test_verified_rejected_and_locked_survive_a_changed_file(english_file):
    import_paths([english_file])
    agreements = list(Agreement.objects.order_by("pk")[:3])
    verified, rejected, edited = agreements
    verified.review_status = ReviewStatus.VERIFIED
    verified.title = "Title an editor verified"
    verified.save()
    rejected.review_status = ReviewStatus.REJECTED
    rejected.save()
    edited.title = "Title an editor wrote"
    edited.locked_fields = ["title"]
    edited.save()

    # The file changes (a paragraph added at the top): a new document version, re-extracted.
    english_file.write_text("Editor's preface added to the file.\n\n" + english_file.read_text(encoding="utf-8"),
                            encoding="utf-8")
    run, results = import_paths([english_file])
    assert [r.status for r in results] == ["imported"]
    assert Document.objects.filter(name=EXCERPT_003).count() == 2
    assert Document.objects.filter(name=EXCERPT_003, is_current=True).count() == 1

    verified.refresh_from_db()
    rejected.refresh_from_db()
    edited.refresh_from_db()
    assert verified.review_status == ReviewStatus.VERIFIED and verified.title == "Title an editor verified"
    assert rejected.review_status == ReviewStatus.REJECTED  # not revived
    assert edited.title == "Title an editor wrote"
    # No duplicates: the re-extracted facts matched the stored ones.
    assert counts(run, "agreements").get("inserted", 0) == 0
    # The facts gained evidence in the new version.
    current = Document.objects.get(name=EXCERPT_003, is_current=True)
    assert verified.evidence.filter(document=current).exists()


def test_facts_no_longer_found_become_stale_not_deleted(english_file, tmp_path):
    import_paths([english_file])
    total = Agreement.objects.count()
    english_file.write_text("Kazakhstan and Russia are neighbours.\n", encoding="utf-8")
    run, _ = import_paths([english_file])
    assert Agreement.objects.count() == total
    assert Agreement.objects.filter(is_stale=True).count() == total
    assert counts(run, "agreements")["stale"] == total


def test_failure_mid_document_leaves_nothing(english_file, monkeypatch):
    original = store._write_fact
    calls = {"n": 0}

    def failing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk full")
        return original(*args, **kwargs)

    monkeypatch.setattr(store, "_write_fact", failing)
    run, results = import_paths([english_file])
    assert results[0].status == "failed" and "disk full" in results[0].error
    assert run.status == ImportRun.Status.FAILED
    assert not Document.objects.exists()
    assert not Agreement.objects.exists() and not Evidence.objects.exists()
    assert ImportRun.objects.filter(pk=run.pk, status="failed").exists()  # the run record is written


def test_bad_inputs_are_reported_and_the_rest_imports(english_file, tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    run, results = import_paths([tmp_path])
    by_name = {r.path.rsplit("/", 1)[-1]: r for r in results}
    assert by_name[EXCERPT_003].status == "imported"
    assert by_name["empty.txt"].status == "failed" and "empty.txt" in by_name["empty.txt"].error
    assert by_name["binary.txt"].status == "failed" and "binary" in by_name["binary.txt"].error.lower()
    assert run.status == ImportRun.Status.PARTIAL
    assert {e["file"].rsplit("/", 1)[-1] for e in run.errors} == {"empty.txt", "binary.txt"}


def test_cross_document_evidence_consolidates(english_file, tmp_path):
    import_paths([english_file])
    n = Agreement.objects.count()
    copy = tmp_path / "copy_of_003.txt"
    shutil.copy(english_file, copy)
    with copy.open("a", encoding="utf-8") as f:
        f.write("\n\nA different ending makes a different file.\n")
    run, _ = import_paths([copy])
    assert Agreement.objects.count() == n
    assert counts(run, "agreements").get("inserted", 0) == 0
    multi = Agreement.objects.filter(evidence__document__name="copy_of_003.txt").filter(
        evidence__document__name=EXCERPT_003)
    assert multi.exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_imports_do_not_duplicate(english_file):
    errors = []

    def run():
        try:
            import_paths([english_file])
        except Exception as exc:  # pragma: no cover - surfaced below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert Document.objects.filter(name=EXCERPT_003).count() == 1
    keys = list(Agreement.objects.values_list("natural_key", flat=True))
    assert len(keys) == len(set(keys)) and keys
