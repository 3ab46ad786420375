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


@transaction.atomic
def sync_gazetteers(apps=global_apps) -> dict[str, int]:
    Country = apps.get_model("kzrel", "Country")
    Person = apps.get_model("kzrel", "Person")
    Office = apps.get_model("kzrel", "Office")
    Organisation = apps.get_model("kzrel", "Organisation")
    Region = apps.get_model("regions", "Region")
    City = apps.get_model("regions", "City")

    countries = {}
    for c in data.countries():
        names = (c["name_en"], c.get("name_ru") or "", c.get("name_kk") or "")
        obj, _ = Country.objects.update_or_create(code=c["code"], defaults={
            "alpha3": c.get("alpha3") or "", "name_en": names[0], "name_ru": names[1], "name_kk": names[2],
            "historical": bool(c.get("historical")),
            "aliases": _aliases(c.get("aliases"), exclude=names),
        })
        countries[c["code"]] = obj

    regions = {}
    for r in data.regions():
        names = (r["name_en"], r.get("name_ru") or "", r.get("name_kk") or "")
        obj, _ = Region.objects.update_or_create(code=r["code"], defaults={
            "country": countries[r["country"]], "type": r.get("type") or "", "name_en": names[0],
            "name_ru": names[1], "name_kk": names[2], "centre": r.get("centre") or "",
            "aliases": _aliases(r.get("aliases"), exclude=names),
        })
        regions[r["code"]] = obj

    for c in data.cities():
        names = (c["name"], c.get("name_ru") or "", c.get("name_kk") or "")
        City.objects.update_or_create(name_en=c["name"], country=countries[c["country"]], defaults={
            "name_ru": names[1], "name_kk": names[2], "region": regions.get(c.get("region")),
            "aliases": _aliases(c.get("aliases"), exclude=names),
        })

    for o in data.organisations():
        Organisation.objects.update_or_create(short_name=o["code"], defaults={
            "name_en": o["name_en"], "name_ru": o.get("name_ru") or "", "name_kk": o.get("name_kk") or "",
            "aliases": _aliases(o.get("aliases"), exclude=(o["code"], o["name_en"])),
        })

    for p in data.persons():
        person, _ = Person.objects.update_or_create(name_en=p["name"], defaults={
            "name_ru": p.get("name_ru") or "", "name_kk": p.get("name_kk") or "",
            "country": countries.get(p.get("country")),
            "aliases": _aliases(p.get("aliases"), exclude=(p["name"], p.get("name_ru"), p.get("name_kk"))),
        })
        for office in p.get("offices") or []:
            Office.objects.update_or_create(
                person=person, title=office["title"], start_year=office.get("start_year"),
                defaults={"end_year": office.get("end_year"), "country": countries.get(office.get("country"))})

    return {"countries": Country.objects.count(), "regions": Region.objects.count(), "cities": City.objects.count(),
            "organisations": Organisation.objects.count(), "persons": Person.objects.count()}
