"""Privacy-preserving linkage: `refuge pprl encode`, `refuge pprl match` and what they reveal."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from django.core.management import CommandError, call_command

from refuge.findings import pprl
from refuge.findings.linkage import link, load_config, pairwise_quality
from refuge.findings.pprl import dice
from refuge.findings.synthetic import chechen_lists
from refuge.record.gazetteer import place_key

# A fixed secret: the bits of each record are then the same on every run, so a test that looks
# for names in the encodings cannot pass or fail by the chance of random bits.
SECRET = "k3Jt9-vQw2xZ_a7LpR0mYc5HsN8bE4uG"


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret"
    path.write_text(SECRET + "\n")
    path.chmod(0o600)
    return path


def _write_lists(tmp_path: Path, records: pd.DataFrame) -> dict[str, Path]:
    paths = {}
    for source, part in records.groupby("source"):
        path = tmp_path / f"{source}.csv"
        part.drop(columns=["entity", "source"]).to_csv(path, index=False)
        paths[str(source)] = path
    return paths


def _encode_all(tmp_path: Path, records: pd.DataFrame, secret_file: Path) -> dict[str, Path]:
    encoded = {}
    for source, path in _write_lists(tmp_path, records).items():
        out = tmp_path / f"{source}.pprl"
        call_command(
            "pprl", "encode", str(path), "--secret-file", str(secret_file), "--out", str(out),
            "--list-name", source,
        )  # fmt: skip
        encoded[source] = out
    return encoded


def _truth_counts(records: pd.DataFrame) -> tuple[int, dict[tuple[str, str], int]]:
    lists = records.groupby("entity")["source"].agg(frozenset)
    pairs = {
        (a, b): int(sum(1 for seen in lists if a in seen and b in seen))
        for a, b in [("A", "B"), ("A", "C"), ("B", "C")]
    }
    return len(lists), pairs


def test_the_encodings_hold_no_name_date_place_or_record_id(tmp_path, secret_file, capsys):
    records = chechen_lists(300, seed=3, lists="ABC")
    encoded = _encode_all(tmp_path, records, secret_file)
    assert "keep it here, do not send it" in capsys.readouterr().out
    text = "\n".join(path.read_text(encoding="ascii") for path in encoded.values())
    header = json.loads(text.splitlines()[0])
    assert set(header) == {"format", "bits", "hardening", "check", "threshold", "list", "records"}
    words = set()
    for column in ("name", "patronymic", "place"):
        for value in records[column]:
            for word in str(value).replace("-", " ").split():
                words |= {word, place_key(word)}
    surnames = {name.split()[-1] for name in records["name"]}
    assert surnames <= words
    long_words = {w for w in words if len(w) >= 5}  # shorter strings turn up in any base64
    assert [w for w in long_words if w in text] == []
    dates = {d for d in records["date"] if "-" in d}  # base64 has no "-": none can hide there
    assert dates and [d for d in dates if d in text] == []
    assert [r for r in records["record_id"] if r in text] == []
    # Row ids are random and the rows shuffled: nothing to join with the organisation's ids.
    first_ids = [line.split(",")[0] for line in text.splitlines()[1:6]]
    assert all(len(row_id) == 16 and int(row_id, 16) >= 0 for row_id in first_ids)


def test_the_local_map_is_private_and_joins_back(tmp_path, secret_file):
    records = chechen_lists(40, seed=1, lists="AB")
    encoded = _encode_all(tmp_path, records, secret_file)
    mapping_path = Path(str(encoded["A"]) + ".map.csv")
    assert stat.S_IMODE(mapping_path.stat().st_mode) == 0o600
    mapping = pd.read_csv(mapping_path, dtype=str)
    assert set(mapping["record_id"]) == set(records[records.source == "A"]["record_id"])
    encodings = pprl.read_encodings(encoded["A"])
    assert sorted(encodings.row_ids) == sorted(mapping["row_id"])


def test_a_missing_short_or_repetitive_secret_is_refused(tmp_path):
    records = tmp_path / "r.csv"
    records.write_text("record_id,name\n1,Алви Каримов\n")
    out = str(tmp_path / "out.pprl")
    with pytest.raises(CommandError, match="a shared secret is needed"):
        call_command("pprl", "encode", str(records), "--out", out)
    with pytest.raises(CommandError, match="cannot read the secret file"):
        call_command("pprl", "encode", str(records), "--out", out, "--secret-file", "/nonexistent")
    short = tmp_path / "short"
    short.write_text("correct horse battery\n")
    with pytest.raises(CommandError, match="too short"):
        call_command("pprl", "encode", str(records), "--out", out, "--secret-file", str(short))
    repetitive = tmp_path / "repetitive"
    repetitive.write_text("ab" * 40)
    with pytest.raises(CommandError, match="too repetitive"):
        call_command("pprl", "encode", str(records), "--out", out, "--secret-file", str(repetitive))
    wrong = tmp_path / "list.csv"
    wrong.write_text("record_id,name\n" + "".join(f"{i},Алви Каримов\n" for i in range(9)))
    with pytest.raises(CommandError, match="does not look like a secret file"):
        call_command("pprl", "encode", str(records), "--out", out, "--secret-file", str(wrong))
    assert not Path(out).exists()


def test_a_secret_others_can_read_is_warned_about(tmp_path, secret_file, capsys):
    records = tmp_path / "r.csv"
    records.write_text("record_id,name\n1,Алви Каримов\n")
    secret_file.chmod(0o644)
    call_command(
        "pprl", "encode", str(records), "--secret-file", str(secret_file),
        "--out", str(tmp_path / "o.pprl"),
    )  # fmt: skip
    assert "other accounts on this machine can read" in capsys.readouterr().err
    secret_file.chmod(0o600)
    call_command(
        "pprl", "encode", str(records), "--secret-file", str(secret_file),
        "--out", str(tmp_path / "o.pprl"),
    )  # fmt: skip
    assert capsys.readouterr().err == ""


def test_lists_encoded_with_another_secret_are_refused(tmp_path, secret_file):
    paths = _write_lists(tmp_path, chechen_lists(40, seed=2, lists="AB"))
    other = tmp_path / "other-secret"
    call_command("pprl", "secret", "--out", str(other))
    assert stat.S_IMODE(other.stat().st_mode) == 0o600
    assert len(pprl.read_secret(other)) >= pprl.MIN_SECRET
    for source, secret in (("A", secret_file), ("B", other)):
        call_command(
            "pprl", "encode", str(paths[source]), "--secret-file", str(secret),
            "--out", str(tmp_path / f"{source}.pprl"),
        )  # fmt: skip
    with pytest.raises(CommandError, match="different secrets"):
        call_command(
            "pprl", "match", str(tmp_path / "A.pprl"), str(tmp_path / "B.pprl"),
            "--out", str(tmp_path / "t.csv"),
        )  # fmt: skip
    with pytest.raises(CommandError, match=r"already exists|cannot create"):
        call_command("pprl", "secret", "--out", str(other))


def test_the_overlap_table_is_read_by_refuge_estimate(tmp_path, secret_file, capsys):
    records = chechen_lists(400, seed=5, lists="ABC")
    encoded = _encode_all(tmp_path, records, secret_file)
    table_path = tmp_path / "overlap.csv"
    call_command(
        "pprl", "match", *[str(encoded[s]) for s in "ABC"], "--out", str(table_path),
        "--clusters", str(tmp_path / "clusters.csv"),
    )  # fmt: skip
    assert "people (Dice" in capsys.readouterr().out
    table = pd.read_csv(table_path)
    assert list(table.columns) == ["A", "B", "C", "count"]
    assert set(table[["A", "B", "C"]].to_numpy().ravel()) <= {0, 1}
    call_command("estimate", str(table_path), "--json")
    result = json.loads(capsys.readouterr().out)
    assert result["observed"] == int(table["count"].sum())
    assert result["estimate"] >= result["observed"]
    clusters = pd.read_csv(tmp_path / "clusters.csv", dtype=str)
    assert list(clusters.columns) == ["list", "row_id", "person"]
    assert clusters["person"].nunique() == int(table["count"].sum())


def test_the_example_lists_run_end_to_end(tmp_path, secret_file, capsys) -> None:
    example = tmp_path / "example"
    call_command("pprl", "example", "--out", str(example), "--population", "600", "--seed", "7")
    assert "invented people" in capsys.readouterr().out
    for source in "ABC":
        call_command(
            "pprl", "encode", str(example / f"{source}.csv"), "--secret-file", str(secret_file),
            "--out", str(tmp_path / f"{source}.pprl"), "--list-name", source,
        )  # fmt: skip
    table_path = tmp_path / "overlap.csv"
    call_command(
        "pprl", "match", *[str(tmp_path / f"{s}.pprl") for s in "ABC"], "--out", str(table_path)
    )
    found = pd.read_csv(table_path).set_index(["A", "B", "C"])["count"]
    truth = pd.read_csv(example / "truth.csv").set_index(["A", "B", "C"])["count"]
    assert abs(found.sum() - truth.sum()) <= 0.03 * truth.sum()
    with pytest.raises(CommandError, match="cannot create the directory"):
        call_command("pprl", "example", "--out", str(example))


def test_three_lists_give_the_true_overlaps() -> None:
    records = chechen_lists(2000, seed=1, lists="ABC")
    secret = SECRET.encode()
    lists = [
        pprl.encode_records(
            records[records.source == s].drop(columns=["entity", "source"]), secret, name=s
        )[0]
        for s in "ABC"
    ]
    result = pprl.match(lists, ["A", "B", "C"])
    true_people, true_pairs = _truth_counts(records)
    table = result.table
    people = int(table["count"].sum())
    assert abs(people - true_people) <= 0.03 * true_people, (people, true_people)
    for (a, b), truth in true_pairs.items():
        found = int(table[(table[a] == 1) & (table[b] == 1)]["count"].sum())
        assert abs(found - truth) <= 0.10 * truth, (a, b, found, truth)


def test_pprl_links_within_003_f1_of_plaintext_linkage() -> None:
    records = chechen_lists(600, seed=7, lists="ABC")
    truth = pd.Series(records["entity"].astype(str).values, index=records["record_id"])
    plain = pairwise_quality(
        link(records.drop(columns=["entity"]), load_config(None)).clusters, truth
    )
    secret = SECRET.encode()
    lists, maps = [], []
    for source in "ABC":
        part = records[records.source == source].drop(columns=["entity", "source"])
        encodings, mapping = pprl.encode_records(part, secret)
        lists.append(encodings)
        maps.append(mapping.assign(list=source))
    result = pprl.match(lists, ["A", "B", "C"])
    clusters = result.clusters.merge(pd.concat(maps), on=["list", "row_id"])
    private = pairwise_quality(
        clusters.rename(columns={"person": "cluster_id"})[["record_id", "cluster_id"]], truth
    )
    assert private["f1"] >= plain["f1"] - 0.03, (private, plain)


def test_the_compiled_dice_agrees_with_numpy() -> None:
    rng = np.random.default_rng(4)
    a = rng.integers(0, 2**63, size=(37, 16), dtype=np.uint64)
    b = rng.integers(0, 2**63, size=(5000, 16), dtype=np.uint64) & a[0]  # spans two tiles
    b[7] = 0  # no ones at all
    expected = dice.dice_numpy(a, b)
    i, j, score = dice.candidates(a, b, 0.0)
    assert len(i) == a.shape[0] * b.shape[0]  # every pair is scored
    assert np.allclose(score, expected[i, j]) and (score[j == 7] == 0).all()
    empty = np.zeros((2, 16), dtype=np.uint64)
    assert len(dice.candidates(empty, empty, 0.0)[0]) == 0  # two empty records are not alike
    i, j, score = dice.candidates(a, b, 0.5)
    above = np.nonzero(expected >= 0.5)
    assert set(zip(i, j, strict=True)) == set(zip(*above, strict=True))
    i, j, _ = dice.candidates(b[:300], None, 0.0)  # within one list: each pair once
    assert (i < j).all() and len(i) == 300 * 299 // 2


def test_one_to_one_takes_the_best_pairs_first() -> None:
    i, j, score = np.array([0, 0, 1, 1]), np.array([0, 1, 0, 1]), np.array([0.9, 0.95, 0.8, 0.7])
    assert pprl.one_to_one(i, j, score) == [(0, 1, 0.95), (1, 0, 0.8)]
    assert pprl.one_to_one(
        np.array([0, 1]), np.array([1, 2]), np.array([0.9, 0.8]), within=True
    ) == [(0, 1, 0.9)]


@pytest.mark.parametrize(("hardening", "bits"), [("balance", 2048), ("xor", 512)])
def test_hardened_encodings_round_trip(tmp_path, hardening, bits) -> None:
    records = chechen_lists(30, seed=6, lists="A").drop(columns=["entity", "source"])
    encodings, _ = pprl.encode_records(records, SECRET.encode(), hardening=hardening)
    pprl.write_encodings(encodings, tmp_path / "e.pprl")
    again = pprl.read_encodings(tmp_path / "e.pprl")
    assert again.bits.shape == (len(records), bits // 64)
    assert (again.bits == encodings.bits).all() and again.hardening == hardening
    if hardening == "balance":
        assert set(dice.popcounts(again.bits)) == {pprl.BITS}
    # The same list encoded twice (other row ids, another order): everyone is on both.
    twice, _ = pprl.encode_records(records, SECRET.encode(), hardening=hardening)
    table = pprl.match([again, twice], ["A", "B"]).table
    assert table[["A", "B"]].to_numpy().tolist() == [[1, 1]]


def test_unreadable_or_mixed_encodings_are_refused(tmp_path) -> None:
    bad = tmp_path / "bad.pprl"
    bad.write_text("record_id,name\n1,Alvi\n")
    with pytest.raises(pprl.PprlError, match=r"not a readable encodings file|not a refuge-pprl"):
        pprl.read_encodings(bad)
    records = chechen_lists(20, seed=6, lists="A").drop(columns=["entity", "source"])
    plain, _ = pprl.encode_records(records, SECRET.encode())
    folded, _ = pprl.encode_records(records, SECRET.encode(), hardening="xor")
    with pytest.raises(pprl.PprlError, match="different settings"):
        pprl.match([plain, folded], ["A", "B"])
    with pytest.raises(pprl.PprlError, match="at least two"):
        pprl.match([plain], ["A"])
    with pytest.raises(pprl.PprlError, match="distinct"):
        pprl.match([plain, plain], ["A", "A"])
    path = tmp_path / "ok.pprl"
    pprl.write_encodings(plain, path)
    lines = path.read_text().splitlines()
    path.write_text("\n".join([lines[0], lines[1][:-8] + "!!!!!!!!"]) + "\n")
    with pytest.raises(pprl.PprlError, match="line 2"):
        pprl.read_encodings(path)
    header = json.loads(lines[0])
    for field, value, message in [
        ("bits", "1024", "bit length"),
        ("threshold", 7, "threshold"),
        ("check", None, "must be text"),
        ("hardening", "rot13", "unknown hardening"),
    ]:
        path.write_text("\n".join([json.dumps({**header, field: value}), lines[1]]) + "\n")
        with pytest.raises(pprl.PprlError, match=message):
            pprl.read_encodings(path)
    with pytest.raises(pprl.PprlError, match="record_id and name"):
        pprl.encode_records(records.drop(columns=["name"]), SECRET.encode())


def test_the_features_fold_scripts_and_keep_partial_dates() -> None:
    cyrillic = pprl.features({"name": "Алви Каримов", "date": "2017-04", "place": "Аргун"})
    latin = pprl.features({"name": "Alvi Karimov", "date": "2017-04-03", "place": "Argun"})
    for field in ("given", "surname", "place", "year", "month"):
        assert cyrillic[field] == latin[field]
    assert cyrillic["day"] == [] and latin["day"] == ["2017-04-03"]
    assert pprl.features({"name": "Alvi", "age": "27"})["age"] == ["a5", "b5"]


def test_an_empty_list_is_a_column_of_zeros() -> None:
    records = chechen_lists(30, seed=8, lists="A").drop(columns=["entity", "source"])
    full, _ = pprl.encode_records(records, SECRET.encode())
    empty = pprl.Encodings(
        row_ids=[],
        bits=np.zeros((0, 16), dtype=np.uint64),
        hardening="none",
        check=full.check,
        threshold=full.threshold,
        name="",
    )
    table = pprl.match([full, empty], ["A", "B"]).table
    assert list(table.columns) == ["A", "B", "count"]
    assert (table["B"] == 0).all() and int(table["count"].sum()) <= len(records)
