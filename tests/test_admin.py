"""The admin: every model's list, search and change pages render; an editor's change locks the field."""
import pytest
from django.apps import apps
from django.contrib import admin
from django.urls import reverse

from agreements.models import Agreement
from kzrel.models import ReviewStatus
from kzrel.pipeline.store import import_paths

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def imported(seed_path):
    import_paths([seed_path("003")])


def test_every_model_is_registered():
    ours = [m for m in apps.get_models() if m._meta.app_label in ("kzrel", "agreements", "trade", "regions")]
    missing = [m.__name__ for m in ours if m not in admin.site._registry]
    assert missing == []


def test_changelists_search_and_change_pages_render(editor, imported):
    for model in admin.site._registry:
        if model._meta.app_label not in ("kzrel", "agreements", "trade", "regions"):
            continue
        url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        response = editor.get(url)
        assert response.status_code == 200, url
        assert editor.get(url, {"q": "Kazakhstan"}).status_code == 200, url
        obj = model.objects.first()
        if obj is not None:
            change = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[obj.pk])
            assert editor.get(change).status_code == 200, change


def test_gazetteer_lists_show_kazakh_regions(editor):
    response = editor.get(reverse("admin:regions_region_changelist"), {"q": "KZ-59"})
    assert "Солтүстік Қазақстан облысы" in response.content.decode()


def test_editing_a_fact_locks_the_changed_fields(editor, imported):
    agreement = Agreement.objects.filter(review_status=ReviewStatus.CANDIDATE).first()
    url = reverse("admin:agreements_agreement_change", args=[agreement.pk])
    form = editor.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and not isinstance(v, list)}
    data.update({
        "title": "Corrected by an editor", "kind": agreement.kind, "status": agreement.status,
        "review_status": "verified", "confidence": agreement.confidence,
        "party_countries": [c.pk for c in agreement.party_countries.all()],
        "evidence": [e.pk for e in agreement.evidence.all()],
        "fields": ",".join(agreement.fields),
        "date_signed": agreement.date_signed.isoformat() if agreement.date_signed else "",
    })
    response = editor.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    agreement.refresh_from_db()
    assert agreement.title == "Corrected by an editor"
    assert "title" in agreement.locked_fields
    assert "review_status" not in agreement.locked_fields
    assert agreement.review_status == ReviewStatus.VERIFIED


def test_export_csv(editor, imported):
    url = reverse("admin:agreements_agreement_export")
    response = editor.post(url, {"format": "0", "resource": "0", **{f"agreementresource_{f}": "on" for f in
                                                                     ("title", "kind", "date_signed", "parties")}})
    assert response.status_code == 200
    rows = response.content.decode().splitlines()
    assert "title" in rows[0] and "parties" in rows[0]
    assert len(rows) == Agreement.objects.count() + 1
    assert any("Friendship" in row and "KZ" in row for row in rows[1:])
