#!/usr/bin/python3
"""Writes the congress files of the independent suite (committed in congresses/; run only to change
them): a district congress with a 20-for-15 and a 45-for-36 executive committee list and a
yes/no vote of 5 for 5 (the standing committee). Names: ../shared/data/vietnamese-names.tsv
(MIT, as samples/NAMES-LICENSE; or the file given), picked with this script's own seed, in list order as read.
"""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAMES = HERE.parent.parent.parent / "shared" / "data" / "vietnamese-names.tsv"


def main():
    names = Path(sys.argv[1]) if len(sys.argv) > 1 else NAMES  # the shared folder beside the repository
    rows = [l.rstrip("\n").split("\t") for l in names.open(encoding="utf-8")][1:]
    rng = random.Random(2027)
    people = [r[0] for r in rng.sample(rows, 80)]

    def candidates(prefix, names):
        return [{"id": f"{prefix}{i + 1:02d}", "name": n} for i, n in enumerate(names)]

    congress = {
        "format": "kiemphieu.congress/1",
        "congress": {"name": "Đại hội đại biểu Đảng bộ huyện Tân Phú lần thứ XII, nhiệm kỳ 2025–2030",
                     "organization": "Đảng bộ huyện Tân Phú", "superior": "Đảng bộ tỉnh Đồng Nai",
                     "level": "huyen", "kind": "delegates", "convened": 200, "locality": "Tân Phú",
                     "date": "2025-07-20"},
        "elections": [
            {"id": "bch20", "title": "Bầu Ban Chấp hành Đảng bộ huyện khóa XII", "body": "executive_committee",
             "seats": 15, "candidates": candidates("a", people[:20])},
            {"id": "bch45", "title": "Bầu Ban Chấp hành Đảng bộ huyện khóa XII", "body": "executive_committee",
             "seats": 36, "candidates": candidates("b", people[20:65])},
            {"id": "btv", "title": "Bầu Ban Thường vụ Huyện ủy khóa XII", "body": "standing_committee",
             "seats": 5, "convened": 36, "candidates": candidates("c", people[65:70])},
        ],
    }
    out = HERE / "congresses" / "huyen.json"
    out.write_text(json.dumps(congress, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(out)


if __name__ == "__main__":
    main()
