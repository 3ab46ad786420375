"""Load the gazetteer data files (kzrel/gazetteers/*.json, built on pycountry) into the gazetteer tables.

Idempotent: rows are matched on their codes/canonical names and updated; nothing is deleted, so an editor's
additions stay. Called by the data migration (with the historical ``apps``) and by ``manage.py load_gazetteers``.
"""
from __future__ import annotations

from django.apps import apps as global_apps
from django.db import transaction

from kzrel import gazetteers as data


def _aliases(*groups, exclude=()) -> list[str]:
    """Flatten alias groups (lists of {text, lang, form} dicts, lists, or strings) into distinct strings."""
    out: list[str] = []

    def add(x):
        if isinstance(x, dict):
            add(x.get("text"))
        elif isinstance(x, (list, tuple)):
            for v in x:
                add(v)
        elif isinstance(x, str) and x and x not in out and x not in exclude:
            out.append(x)

    for g in groups:
        add(g)
    return out[:200]


def _upsert(model, key_fields: tuple[str, ...], rows: list[dict]) -> dict[tuple, object]:
    """Insert new rows and update changed ones in bulk; return every row's object by its key."""
    existing = {tuple(getattr(o, f) for f in key_fields): o for o in model.objects.all()}
    create, update, fields = [], [], set()
    for row in rows:
        key = tuple(row[f] for f in key_fields)
        obj = existing.get(key)
        if obj is None:
            obj = model(**row)
            create.append(obj)
            existing[key] = obj
            continue
        changed = [f for f, v in row.items() if getattr(obj, f) != v]
        if changed:
            for f in changed:
                setattr(obj, f, row[f])
            fields.update(changed)
            update.append(obj)
    model.objects.bulk_create(create, batch_size=500)
    if update:
        model.objects.bulk_update(update, sorted(fields), batch_size=500)
    return existing


@transaction.atomic
def sync_gazetteers(apps=global_apps) -> dict[str, int]:
    Country = apps.get_model("kzrel", "Country")
    Person = apps.get_model("kzrel", "Person")
    Office = apps.get_model("kzrel", "Office")
    Organisation = apps.get_model("kzrel", "Organisation")
    Region = apps.get_model("regions", "Region")
    City = apps.get_model("regions", "City")

    def names(r, en="name_en"):
        return (r[en], r.get("name_ru") or "", r.get("name_kk") or "")

    countries = _upsert(Country, ("code",), [
        {"code": c["code"], "alpha3": c.get("alpha3") or "", "name_en": c["name_en"],
         "name_ru": c.get("name_ru") or "", "name_kk": c.get("name_kk") or "", "historical": bool(c.get("historical")),
         "aliases": _aliases(c.get("aliases"), exclude=names(c))} for c in data.countries()])
    country_id = {code[0]: obj.pk for code, obj in countries.items()}

    regions = _upsert(Region, ("code",), [
        {"code": r["code"], "country_id": country_id[r["country"]], "type": r.get("type") or "",
         "name_en": r["name_en"], "name_ru": r.get("name_ru") or "", "name_kk": r.get("name_kk") or "",
         "centre": r.get("centre") or "", "aliases": _aliases(r.get("aliases"), exclude=names(r))}
        for r in data.regions()])
    region_id = {code[0]: obj.pk for code, obj in regions.items()}

    _upsert(City, ("name_en", "country_id"), [
        {"name_en": c["name"], "country_id": country_id[c["country"]], "name_ru": c.get("name_ru") or "",
         "name_kk": c.get("name_kk") or "", "region_id": region_id.get(c.get("region")),
         "aliases": _aliases(c.get("aliases"), exclude=names(c, "name"))} for c in data.cities()])

    _upsert(Organisation, ("short_name",), [
        {"short_name": o["code"], "name_en": o["name_en"], "name_ru": o.get("name_ru") or "",
         "name_kk": o.get("name_kk") or "", "aliases": _aliases(o.get("aliases"), exclude=(o["code"], o["name_en"]))}
        for o in data.organisations()])

    people = data.persons()
    persons = _upsert(Person, ("name_en",), [
        {"name_en": p["name"], "name_ru": p.get("name_ru") or "", "name_kk": p.get("name_kk") or "",
         "country_id": country_id.get(p.get("country")),
         "aliases": _aliases(p.get("aliases"), exclude=names(p, "name"))} for p in people])
    _upsert(Office, ("person_id", "title", "start_year"), [
        {"person_id": persons[(p["name"],)].pk, "title": o["title"], "start_year": o.get("start_year"),
         "end_year": o.get("end_year"), "country_id": country_id.get(o.get("country"))}
        for p in people for o in p.get("offices") or []])

    return {"countries": Country.objects.count(), "regions": Region.objects.count(), "cities": City.objects.count(),
            "organisations": Organisation.objects.count(), "persons": Person.objects.count()}
