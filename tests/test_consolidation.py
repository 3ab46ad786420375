"""One fact, several places, documents and languages: one record with several pieces of evidence."""
import datetime as dt

import pytest

from agreements.extract import same_agreement, same_meeting
from agreements.models import Agreement
from kzrel.pipeline.store import import_paths

pytestmark = pytest.mark.django_db


def test_friendship_treaty_is_one_record_across_kazakh_and_english_seeds(seed_path):
    run, results = import_paths([seed_path("000"), seed_path("002"), seed_path("003")])
    assert [r.status for r in results] == ["imported"] * 3
    treaties = Agreement.objects.filter(date_signed=dt.date(1992, 5, 25), title__icontains="friendship")
    assert treaties.count() == 1
    treaty = treaties.get()
    assert treaty.title == "Treaty of Friendship, Cooperation and Mutual Assistance"
    assert treaty.kind == "treaty"
    documents = {e.document.name[:3] for e in treaty.evidence.all()}
    assert documents == {"000", "002", "003"}
    assert {e.language for e in treaty.evidence.all()} == {"kk", "en"}
    assert set(treaty.party_countries.values_list("code", flat=True)) >= {"KZ", "RU"}


def test_conflicting_dates_stay_visible_and_mark_the_record():
    a = {"title": "Agreement on the Customs Union", "kind": "agreement", "date": "1995-01-20", "parties": ["KZ", "RU"]}
    b = dict(a, date="1995-01")
    c = dict(a, date="1996-03-29")
    assert same_agreement(a, b)  # a coarser date of the same month is the same agreement
    assert not same_agreement(a, c)  # another year is another agreement


def test_treaty_and_agreement_wording_merge_only_on_the_same_day():
    treaty = {"title": "Treaty of Friendship, Cooperation and Mutual Assistance", "kind": "treaty",
              "date": "1992-05-25"}
    agreement = dict(treaty, title="Agreement on Friendship, Cooperation and Mutual Assistance", kind="agreement")
    assert same_agreement(treaty, agreement)
    assert not same_agreement(treaty, dict(agreement, date="1992-05"))


def test_meetings_need_a_shared_party_or_place():
    visit = {"kind": "official visit", "date_start": "2004-01-09", "countries": ["KZ", "RU"],
             "participants": ["Vladimir Putin"], "place": "Astana"}
    assert same_meeting(visit, dict(visit, participants=[], place=None))
    assert not same_meeting(visit, dict(visit, countries=["KZ", "CN"], participants=[], place=None))
    assert not same_meeting(visit, dict(visit, date_start="2004-02-09"))


def test_sources_that_disagree_mark_the_record_for_review(tmp_path):
    first = tmp_path / "first.txt"
    second = tmp_path / "second.txt"
    first.write_text("On May 25, 1992, Kazakhstan and Russia signed the Treaty of Friendship, Cooperation and "
                     "Mutual Assistance.\n", encoding="utf-8")
    second.write_text("On May 25, 1992, Kazakhstan and Russia signed the Agreement on Friendship, Cooperation and "
                      "Mutual Assistance.\n", encoding="utf-8")
    import_paths([first, second])
    record = Agreement.objects.get()
    assert record.kind == "treaty"  # the first source's reading stays
    assert record.needs_review
    assert "kind: treaty / agreement" in record.review_note
    assert record.evidence.count() == 2


def test_agreement_is_linked_to_the_meeting_where_it_was_signed(tmp_path):
    path = tmp_path / "visit.txt"
    path.write_text(
        "On January 9-10, 2004, the President of the Russian Federation Vladimir Putin paid an official visit to "
        "Astana. On January 9, 2004, in Astana, the presidents signed the Agreement on cooperation in the field "
        "of transport.\n", encoding="utf-8")
    run, _ = import_paths([path])
    agreement = Agreement.objects.get()
    assert agreement.date_signed == dt.date(2004, 1, 9)
    assert agreement.meeting is not None
    assert agreement.meeting.date_start == dt.date(2004, 1, 9) and agreement.meeting.date_end == dt.date(2004, 1, 10)
    assert run.counts["agreements"]["linked"] == 1
