"""Regenerate ``countries.json`` from pycountry (ISO 3166-1, plus the few ISO 3166-3 historic states kzrel needs).

Run: ``.venv/bin/python -m kzrel.gazetteers._build_countries``. The output is committed, so the gazetteer does not
change when pycountry is upgraded until someone regenerates it on purpose. Russian and Kazakh names come from
pycountry's own gettext catalogues (``iso3166-1`` / ``iso3166-3``, languages ``ru`` and ``kk``); curated
aliases, adjectives and corrections live in ``country_aliases.json`` and are merged by the loader.
"""
from __future__ import annotations

import gettext
import json
from pathlib import Path

import pycountry

HERE = Path(__file__).resolve().parent
# ISO 3166-3 (formerly used) states that texts about Kazakhstan's relations mention; SU is the USSR.
HISTORIC = ["SU", "YU", "DD"]  # not CS: ISO reused it (Czechoslovakia, then Serbia and Montenegro)
HISTORIC_NAMES = {  # short English names for the ISO 3166-3 records (their `name` is "USSR, Union of ...")
    "SU": "Soviet Union", "YU": "Yugoslavia", "DD": "German Democratic Republic",
}


def _tr(domain: str, lang: str):
    t = gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang], fallback=True)
    return lambda s: (t.gettext(s) if s else None)


def build() -> list[dict]:
    ru, kk = _tr("iso3166-1", "ru"), _tr("iso3166-1", "kk")
    out = []
    for c in pycountry.countries:
        official = getattr(c, "official_name", None)
        common = getattr(c, "common_name", None)
        out.append({
            "code": c.alpha_2,
            "alpha3": c.alpha_3,
            "numeric": c.numeric,
            "name_en": common or c.name,
            "iso_name_en": c.name,
            "official_name_en": official,
            "name_ru": ru(c.name),
            "official_name_ru": ru(official) if official else None,
            "name_kk": kk(c.name),
            "official_name_kk": kk(official) if official else None,
            "historical": False,
            "source": f"pycountry {pycountry.__version__} iso3166-1; ru/kk from its gettext catalogues",
        })
    ru3, kk3 = _tr("iso3166-3", "ru"), _tr("iso3166-3", "kk")
    for code in HISTORIC:
        h = pycountry.historic_countries.get(alpha_2=code)
        out.append({
            "code": code,
            "alpha3": h.alpha_3,
            "numeric": getattr(h, "numeric", None),
            "name_en": HISTORIC_NAMES[code],
            "iso_name_en": h.name,
            "official_name_en": None,
            "name_ru": ru3(h.name),
            "official_name_ru": None,
            "name_kk": kk3(h.name),
            "official_name_kk": None,
            "historical": True,
            "withdrawal_date": getattr(h, "withdrawal_date", None),
            "source": f"pycountry {pycountry.__version__} iso3166-3 (formerly used alpha-2 {code})",
        })
    out.sort(key=lambda r: r["code"])
    return out


def main() -> None:
    rows = build()
    path = HERE / "countries.json"
    with path.open("w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
        f.write("\n]\n")
    print(f"wrote {len(rows)} countries to {path}")


if __name__ == "__main__":
    main()
