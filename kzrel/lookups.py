"""Gazetteer lookups by code or canonical name, cached for the length of an import run."""
from __future__ import annotations

from functools import lru_cache

from kzrel.models import Country, Organisation, Person


@lru_cache(maxsize=None)
def country_id(code: str | None) -> int | None:
    if not code:
        return None
    return Country.objects.filter(code=code.upper()).values_list("pk", flat=True).first()


@lru_cache(maxsize=None)
def region_id(code: str | None) -> int | None:
    from regions.models import Region

    if not code:
        return None
    return Region.objects.filter(code=code.upper()).values_list("pk", flat=True).first()


@lru_cache(maxsize=None)
def city_id(name: str | None) -> int | None:
    from regions.models import City

    if not name:
        return None
    return City.objects.filter(name_en=name).values_list("pk", flat=True).first()


@lru_cache(maxsize=None)
def person_id(name: str | None) -> int | None:
    if not name:
        return None
    return Person.objects.filter(name_en=name).values_list("pk", flat=True).first()


@lru_cache(maxsize=None)
def organisation_id(short_name: str | None) -> int | None:
    if not short_name:
        return None
    return Organisation.objects.filter(short_name=short_name).values_list("pk", flat=True).first()


def clear() -> None:
    for f in (country_id, region_id, city_id, person_id, organisation_id):
        f.cache_clear()


def party_ids(parties) -> dict[str, set[int]]:
    """Split fact parties (ISO 3166-1, ISO 3166-2 codes, organisation short names) by kind."""
    out = {"countries": set(), "regions": set(), "organisations": set()}
    for party in parties or []:
        if "-" in party and region_id(party):
            out["regions"].add(region_id(party))
        elif len(party) == 2 and country_id(party):
            out["countries"].add(country_id(party))
        elif organisation_id(party):
            out["organisations"].add(organisation_id(party))
    return out
