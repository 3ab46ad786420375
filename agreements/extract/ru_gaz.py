"""Read-only look-ups in kzrel/gazetteers for the ru extractors: a city's country, capitals, English names."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .ru_lexicon import COUNTRY_NAMES, DEMONYMS, country_name

_DIR = Path(__file__).resolve().parents[2] / "kzrel" / "gazetteers"


def _load(name: str):
    try:
        with open(_DIR / name, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return {}


@lru_cache(maxsize=1)
def _cities() -> dict[str, dict]:
    data = _load("cities.json")
    rows = data.get("cities", []) if isinstance(data, dict) else data
    return {r["name"]: r for r in rows if isinstance(r, dict) and r.get("name")}


@lru_cache(maxsize=1)
def _regions() -> dict[str, dict]:
    data = _load("regions.json")
    rows = data.get("regions", []) if isinstance(data, dict) else data
    return {r["code"]: r for r in rows if isinstance(r, dict) and r.get("code")}


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    data = _load("countries.json")
    rows = data if isinstance(data, list) else data.get("countries", [])
    return {r["code"]: r for r in rows if isinstance(r, dict) and r.get("code")}


def city_country(city: str) -> str | None:
    row = _cities().get(city)
    return row.get("country") if row else None


def city_region(city: str) -> str | None:
    row = _cities().get(city)
    if not row:
        return None
    return row.get("region_pre2022") or row.get("region")


def is_capital(city: str) -> bool:
    row = _cities().get(city)
    return bool(row and row.get("capital"))


def region_country(code: str) -> str | None:
    return code.split("-", 1)[0] if code and "-" in code else None


def region_name(code: str) -> str:
    row = _regions().get(code)
    if row and row.get("name_en"):
        return row["name_en"]
    try:
        import pycountry
        sub = pycountry.subdivisions.get(code=code)
        if sub is not None:
            return sub.name
    except Exception:  # pragma: no cover
        pass
    return code


def english_country(code: str) -> str:
    if code in COUNTRY_NAMES:
        return COUNTRY_NAMES[code]
    row = _countries().get(code)
    if row and row.get("name_en"):
        return row["name_en"]
    return country_name(code)


def demonym(code: str) -> str | None:
    return DEMONYMS.get(code)


@lru_cache(maxsize=1)
def _persons() -> dict[str, dict]:
    data = _load("persons.json")
    rows = data.get("persons", []) if isinstance(data, dict) else data
    return {r["name"]: r for r in rows if isinstance(r, dict) and r.get("name")}


def person_country(name: str) -> str | None:
    row = _persons().get(name)
    if not row:
        return None
    country = row.get("country")
    return None if country in ("SU", None) else country


@lru_cache(maxsize=1)
def _orgs() -> dict[str, dict]:
    data = _load("organisations.json")
    rows = data.get("organisations", []) if isinstance(data, dict) else data
    return {r["code"]: r for r in rows if isinstance(r, dict) and r.get("code")}


def org_name(code: str) -> str:
    row = _orgs().get(code)
    return (row or {}).get("name_en") or code
