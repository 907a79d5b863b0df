#!/usr/bin/env python3
"""Regenerates the sample congresses in samples/ (Python 3 standard library only).

The samples are committed; run this only to change them, then check the new expected
results by hand. It writes, per sample: congress.json, readings.jsonl and votes.txt, an
independent count of the readings (this script's own, not the engine's), which the test
in tests/cli compares with the engine's expected-tally.json.
Names come from ../shared/data/vietnamese-names.tsv (MIT; see NAMES-LICENSE).
"""
import json
import random
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAMES = HERE.parent.parent / "shared" / "data" / "vietnamese-names.tsv"
ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]  # ngang huyền hỏi ngã sắc nặng


def letter_key(ch):
    d = unicodedata.normalize("NFD", ch.lower())
    tone = next((t for t in TONES[1:] if t in d), "")
    base = unicodedata.normalize("NFC", d.replace(tone, "") if tone else d)
    return (ALPHABET.index(base) if base in ALPHABET else 100 + ord(base[0]), TONES.index(tone))


def word_key(word):
    letters = [letter_key(c) for c in word]
    return ([l[0] for l in letters], [l[1] for l in letters])


def party_order(person):
    # A-B-C by given name, then family name, then middle name (election-rules §2).
    return (word_key(person["given"]), word_key(person["family"]), word_key(person["middle"]))


def load_names(rng, count):
    rows = [l.rstrip("\n").split("\t") for l in NAMES.open(encoding="utf-8")][1:]
    picked = rng.sample(rows, count)
    people = [{"full": r[0], "family": r[1], "middle": r[2], "given": r[3]} for r in picked]
    return sorted(people, key=party_order)


def strike_readings(election, ids, votes, valid, places, rng, sheet_no, extra):
    """Valid ballots with exactly `votes` per candidate (strikes dealt in columns), plus extras."""
    sequence = [cid for cid, v in zip(ids, votes) for _ in range(valid - v)]
    ballots = []
    for b in range(valid):
        struck = sequence[b::valid]
        assert len(struck) == len(set(struck)) and 1 <= len(ids) - len(struck) <= places, (election, b)
        ballots.append({"struck": sorted(struck, key=ids.index)})
    ballots += extra
    rng.shuffle(ballots)
    out = []
    for b in ballots:
        line = {"election": election, "round": b.pop("round", 1), "sheet": f"{sheet_no[0]:04d}"}
        sheet_no[0] += 1
        line.update(b)
        out.append(line)
    return out


def count(lines, ids, seats):
    """The independent count: votes per candidate and valid/invalid ballots."""
    votes = dict.fromkeys(ids, 0)
    valid = invalid = 0
    for l in lines:
        if "invalid" in l:
            invalid += 1
        elif "struck" in l:
            kept = [c for c in ids if c not in l["struck"]]
            if not kept or len(kept) > seats:
                invalid += 1
            else:
                valid += 1
                for c in kept:
                    votes[c] += 1
        else:
            decided = [c for c, m in l["marks"].items() if m in ("agree", "disagree")]
            if not decided:
                invalid += 1
            else:
                valid += 1
                for c, m in l["marks"].items():
                    votes[c] += m == "agree"
    return votes, valid, invalid


def write(name, congress, readings, checks):
    folder = HERE / name
    folder.mkdir(exist_ok=True)
    (folder / "congress.json").write_text(json.dumps(congress, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    with (folder / "readings.jsonl").open("w", encoding="utf-8") as f:
        for l in readings:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with (folder / "votes.txt").open("w", encoding="utf-8") as f:
        f.write("# Independent count by make_samples.py: election round valid invalid, then id=votes\n")
        for election, rnd, ids, seats in checks:
            lines = [l for l in readings if l["election"] == election and l["round"] == rnd]
            votes, valid, invalid = count(lines, ids, seats)
            f.write(f"{election} {rnd} {valid} {invalid} " + " ".join(f"{c}={v}" for c, v in votes.items()) + "\n")


def candidates(people, prefix):
    return [{"id": f"{prefix}{i + 1:02d}", "name": p["full"]} for i, p in enumerate(people)]


def shuffled(rng, votes):
    # Votes are not in ballot order at a real congress.
    votes = list(votes)
    rng.shuffle(votes)
    return votes


def tinh(rng):
    sheet = [1]
    bch = candidates(load_names(rng, 18), "bch")
    dbct = candidates(load_names(rng, 12), "dc")
    dbdk = candidates(load_names(rng, 4), "dk")
    ids = lambda cs: [c["id"] for c in cs]
    everyone = lambda cs: {"struck": ids(cs)}
    readings = strike_readings("bch", ids(bch), shuffled(rng, [331, 326, 318, 309, 301, 296, 290, 284, 271, 262, 251, 240, 229,
                                                 203, 177, 175, 170, 118]), 341, 15, rng, sheet,
                               [{"struck": []}] * 2 + [everyone(bch)] + [{"struck": ids(bch)[:2],
                                                                          "invalid": "identifying_mark"}])
    readings += strike_readings("dbct", ids(dbct), shuffled(rng, [320, 317, 305, 298, 280, 266, 240, 221, 199, 180, 176, 90]),
                                340, 10, rng, sheet, [{"struck": []}] * 3 + [{"struck": ids(dbct)[:1],
                                                                              "invalid": "write_in"}])
    readings += strike_readings("dbdk", ids(dbdk), shuffled(rng, [300, 250, 181, 170]), 339, 3, rng, sheet,
                                [everyone(dbdk)] * 2 + [{"invalid": "not_issued"}])
    congress = {
        "format": "kiemphieu.congress/1",
        "congress": {"name": "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2025–2030",
                     "organization": "Đảng bộ tỉnh Hòa Bình Mẫu", "level": "tinh", "kind": "delegates",
                     "convened": 350,
                     "deductions": [{"count": 1, "reason": "ốm, vắng mặt suốt đại hội, không có đại biểu dự khuyết thay"},
                                    {"count": 1, "reason": "đang bị tạm giam"}],
                     # For the minutes (docs/formats.md): fixed names, so the rng's sequence is unchanged.
                     "locality": "Hòa Bình", "place": "Hội trường Trung tâm Hội nghị tỉnh", "date": "2025-10-15",
                     "counting_committee": [{"name": "Bùi Thị Thanh Huyền", "role": "truong_ban"},
                                            {"name": "Đinh Công Sơn", "role": "thanh_vien"},
                                            {"name": "Quách Văn Lợi", "role": "thanh_vien"},
                                            {"name": "Hà Thị Ngọc Ánh", "role": "thanh_vien"},
                                            {"name": "Xa Văn Tuấn", "role": "thanh_vien"}]},
        "elections": [
            {"id": "bch", "title": "Bầu Ban Chấp hành Đảng bộ tỉnh khóa XVI", "body": "executive_committee",
             "seats": 15, "issued": 348, "present": 348, "candidates": bch},
            {"id": "dbct", "title": "Bầu đại biểu chính thức đi dự Đại hội đại biểu toàn quốc lần thứ XIV",
             "body": "delegates_official", "seats": 10, "issued": 348, "candidates": dbct},
            {"id": "dbdk", "title": "Bầu đại biểu dự khuyết đi dự Đại hội đại biểu toàn quốc lần thứ XIV",
             "body": "delegates_alternate", "seats": 3, "issued": 348, "candidates": dbdk},
        ],
    }
    write("tinh", congress, readings, [("bch", 1, ids(bch), 15), ("dbct", 1, ids(dbct), 10),
                                       ("dbdk", 1, ids(dbdk), 3)])


def co_so(rng):
    sheet = [1]
    cu = candidates(load_names(rng, 6), "cu")
    dh = candidates(load_names(rng, 4), "dh")
    bt = [cu[2]]
    ids = lambda cs: [c["id"] for c in cs]
    readings = strike_readings("cu", ids(cu), [34, 33, 31, 29, 27, 12], 37, 5, rng, sheet,
                               [{"struck": []}])
    yes_no = [{"marks": {bt[0]["id"]: m}} for m in ["agree"] * 31 + ["disagree"] * 4 + ["both", "none"]]
    rng.shuffle(yes_no)
    for b in yes_no:
        readings.append({"election": "bt", "round": 1, "sheet": f"{sheet[0]:04d}", **b})
        sheet[0] += 1
    # Delegates: dh01 and dh02 pass clearly; dh03 and dh04 tie for the third seat (22 each, base 38).
    readings += strike_readings("dh", ids(dh), [34, 33, 22, 22], 37, 3, rng, sheet, [])
    # Round 2, the runoff between the tied two for one seat (the congress issued 38 ballots again).
    runoff = strike_readings("dh", ids(dh)[2:], [23, 13], 36, 1, rng, sheet, [{"struck": []}])
    for l in runoff:
        l["round"] = 2
    readings += runoff
    congress = {
        "format": "kiemphieu.congress/1",
        "congress": {"name": "Đại hội Chi bộ Khu phố 3 lần thứ V, nhiệm kỳ 2025–2030",
                     "organization": "Chi bộ Khu phố 3", "level": "co_so", "kind": "members", "convened": 42,
                     "deductions": [{"count": 2, "reason": "sinh hoạt tạm thời ở đảng bộ khác"},
                                    {"count": 1, "reason": "được miễn công tác và sinh hoạt đảng, vắng mặt"},
                                    {"count": 1, "reason": "vắng mặt suốt đại hội có lý do được chấp thuận"}],
                     "superior": "Đảng bộ phường Bến Thành", "locality": "Bến Thành",
                     "place": "Hội trường Khu phố 3", "date": "2025-06-14",
                     "counting_committee": [{"name": "Nguyễn Thị Hằng", "role": "truong_ban"},
                                            {"name": "Lê Văn Tám", "role": "thanh_vien"},
                                            {"name": "Phạm Thu Hà", "role": "thanh_vien"}]},
        "elections": [
            {"id": "cu", "title": "Bầu Chi ủy khóa V", "body": "executive_committee", "seats": 5, "issued": 38,
             "present": 38, "candidates": cu},
            {"id": "bt", "title": "Bầu Bí thư Chi bộ", "body": "secretary", "seats": 1, "issued": 38,
             "candidates": bt},
            {"id": "dh", "title": "Bầu đại biểu đi dự Đại hội Đảng bộ phường", "body": "delegates_official",
             "seats": 3, "issued": 38, "candidates": dh, "rounds": [{"round": 2, "issued": 38}]},
        ],
    }
    write("co-so", congress, readings, [("cu", 1, ids(cu), 5), ("bt", 1, ids(bt), 1), ("dh", 1, ids(dh), 3),
                                        ("dh", 2, ids(dh)[2:], 1)])


if __name__ == "__main__":
    tinh(random.Random(2025))
    co_so(random.Random(42))
    sys.exit(0)
