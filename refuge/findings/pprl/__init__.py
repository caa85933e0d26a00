"""Privacy-preserving record linkage: count who is on whose list without sharing names.

Each organisation encodes its own records with a secret the organisations share
(``encode``); the encodings, which hold random row ids and bit vectors only, are matched by
anyone (``match``) into the overlap table ``refuge estimate`` reads. docs/partners.md says
what the encodings reveal and how the secret is agreed and retired.

Encoding, in the style of clkhash's cryptographic long-term keys (Schnell, Bachteler & Reiher
2011): one Bloom filter of ``BITS`` bits per record, into which each feature of the record sets
``k`` bits. The features are the bigrams of the given name, the surname and the patronymic
after the transliteration folding ``refuge link`` uses (Алви, Alvi → alvi), the letters of the
given name and surname with their rank (a swap of two letters keeps them), the date to the
year, the month and the day (each precision the record gives), the place (folded the same way)
and the age in two offset five-year bands. Each field has its own key, derived from the secret
with HMAC-SHA256, so the bigram "ma" of a name and of a place set different bits. A feature's
bits are read from HMAC-SHA256(field key, feature): sixteen 16-bit positions per digest, more
digests with a counter when ``k`` > 16 ("random hashing"; double hashing's linear structure
lets an attacker recover bigrams, Kroll & Steinmetzer 2015).

Hardening (``--harden``): ``balance`` appends the filter's complement and permutes the
2 × BITS bits by a keyed permutation, so every encoding has the same number of ones (Schnell &
Borgs 2016); ``xor`` folds the filter's halves onto each other (Schnell, Borgs & Encarnação
2016). Both blur the bit frequencies a frequency attack reads, at some cost in accuracy
(docs/benchmarks.md).

Matching: Dice similarity 2|a∧b| / (|a|+|b|) of every pair, counted by a compiled popcount
kernel; pairs at or above the threshold are candidates; within each pair of lists a greedy
one-to-one assignment (highest score first, each record used once) keeps the links; within a
list, pairs above a stricter threshold join duplicates, one-to-one as well; union-find over all
links gives the people, and the lists each person is on give the overlap table.
"""

from __future__ import annotations

import base64
import csv
import hmac
import json
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from refuge.findings.pprl.dice import candidates
from refuge.record.gazetteer import place_key

FORMAT = "refuge-pprl/1"
BITS = 1024
MIN_SECRET = 32  # characters of the shared secret file, after surrounding whitespace
MAX_SECRET = 256
MIN_DISTINCT = 12  # distinct characters in it: "aaaa…" or "01010…" is not a secret
HARDENINGS = ("none", "balance", "xor")
# Dice thresholds that fit each hardening on the generated lists (bench/pprl.py measures them).
THRESHOLDS = {"none": 0.80, "balance": 0.88, "xor": 0.75}
# A list writes its own duplicates alike (one script, one spelling), and people who share a
# common name and a year are many: within a list, a pair's Dice must be this much higher.
# Balanced filters have BITS ones each (of 2 x BITS), against some 500 ones between two plain
# filters: a differing bit moves their Dice about a quarter as much.
DEDUPE_MARGINS = {"none": 0.10, "balance": 0.025, "xor": 0.10}
# Bits each feature sets, per field: names carry most of the identity, then the date; the
# place and the age tell few people apart and a missing or coarser value costs less.
K = {
    "given": 10,
    "given_letters": 4,
    "surname": 12,
    "surname_letters": 4,
    "patronymic": 2,
    "year": 60,
    "month": 30,
    "day": 30,
    "place": 6,
    "age": 6,
}
COLUMNS = ("record_id", "name", "patronymic", "date", "place", "age")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class PprlError(Exception):
    """The records, the secret or the encodings cannot be used; the message says why."""


# --- The secret -------------------------------------------------------------------------------


def read_secret(path: Path | None) -> bytes:
    """Return the shared secret in ``path``, refusing a missing, short or repetitive one."""
    if path is None:
        raise PprlError(
            "a shared secret is needed: --secret-file FILE (refuge pprl secret makes one)"
        )
    try:
        secret = path.read_bytes().strip()
    except OSError as exc:
        raise PprlError(f"cannot read the secret file {path}: {exc.strerror}") from None
    if len(secret) > MAX_SECRET or b"\n" in secret:
        # Most likely the wrong file (a list, a key): refuse it rather than use it as a secret.
        raise PprlError(
            f"{path} does not look like a secret file: one line of {MIN_SECRET} to "
            f"{MAX_SECRET} characters (refuge pprl secret makes one)"
        )
    if len(secret) < MIN_SECRET:
        raise PprlError(
            f"the secret in {path} is too short: at least {MIN_SECRET} characters "
            "(refuge pprl secret makes one)"
        )
    if len(set(secret)) < MIN_DISTINCT:
        raise PprlError(
            f"the secret in {path} is too repetitive to be a secret "
            "(refuge pprl secret makes a random one)"
        )
    return secret


def secret_exposed(path: Path) -> bool:
    """Return whether other accounts on this machine may read the secret file."""
    return bool(path.stat().st_mode & 0o077)


def new_secret() -> str:
    """Return a fresh random secret (256 bits, URL-safe text that survives a phone call)."""
    return secrets.token_urlsafe(32)


def _derive(secret: bytes, label: str) -> bytes:
    return hmac.digest(secret, f"{FORMAT} {label}".encode(), "sha256")


def secret_check(secret: bytes, *, hardening: str) -> str:
    """Return a public tag that two encodings made with the same secret and settings share.

    It lets ``match`` refuse files encoded with another secret (whose Dice scores would be
    noise). It is an HMAC of a constant: it tells nothing of the secret that a guess of the
    whole secret would not, and the secret is long and random (``read_secret``).
    """
    return _derive(secret, f"check bits={BITS} hardening={hardening} k={sorted(K.items())}")[
        :12
    ].hex()


# --- Features ---------------------------------------------------------------------------------


def _folded(value: str) -> str:
    return place_key(value) if value else ""


def _bigrams(word: str) -> list[str]:
    padded = f"_{word}_"
    return [padded[i : i + 2] for i in range(len(padded) - 1)]


def _letters(word: str) -> list[str]:
    """Return the word's letters with their rank ("a1", "a2"): a swap of two keeps them all."""
    counts: dict[str, int] = {}
    letters = []
    for letter in word:
        counts[letter] = counts.get(letter, 0) + 1
        letters.append(f"{letter}{counts[letter]}")
    return letters


def features(record: dict[str, str]) -> dict[str, list[str]]:
    """Return the features of one record, by field, after folding (in clear: never written)."""
    found: dict[str, list[str]] = {field: [] for field in K}
    words = (record.get("name") or "").split()
    given = _folded(words[0]) if words else ""
    surname = _folded(words[-1]) if len(words) > 1 else ""
    for field, word in (("given", given), ("surname", surname)):
        if word:
            found[field] = _bigrams(word)
            found[f"{field}_letters"] = _letters(word)
    patronymic = _folded(record.get("patronymic") or "")
    if patronymic:
        found["patronymic"] = _bigrams(patronymic)
    date = _DATE.match(record.get("date") or "")
    if date:
        year, month, day = date.groups()
        found["year"] = [year]
        if month:
            found["month"] = [f"{year}-{month}"]
            if day:
                found["day"] = [f"{year}-{month}-{day}"]
    place = _folded(record.get("place") or "")
    if place:
        found["place"] = _bigrams(place)
    age = (record.get("age") or "").strip()
    if age.isdigit():
        years = int(age)
        found["age"] = [f"a{years // 5}", f"b{(years + 2) // 5}"]
    return found


# --- Encoding ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Encodings:
    """Bit vectors of one list: ``bits`` is (records, words) of uint64, ``row_ids`` opaque."""

    row_ids: list[str]
    bits: np.ndarray
    hardening: str
    check: str
    threshold: float
    name: str


class Encoder:
    """Encode records into keyed Bloom filters with one secret and one hardening."""

    def __init__(self, secret: bytes, *, hardening: str = "none") -> None:
        if hardening not in HARDENINGS:
            raise PprlError(f"unknown hardening {hardening!r}: use {', '.join(HARDENINGS)}")
        self.hardening = hardening
        self.check = secret_check(secret, hardening=hardening)
        self._keys = {field: _derive(secret, f"field {field}") for field in K}
        self._positions: dict[tuple[str, str], list[int]] = {}
        if hardening == "balance":
            key = _derive(secret, "balance permutation")
            order = [hmac.digest(key, i.to_bytes(4, "big"), "sha256") for i in range(2 * BITS)]
            self._permutation = np.array(sorted(range(2 * BITS), key=order.__getitem__))

    def positions(self, field: str, feature: str) -> list[int]:
        """Return the bits ``feature`` of ``field`` sets (memoised: features repeat a lot)."""
        cached = self._positions.get((field, feature))
        if cached is None:
            key, want = self._keys[field], K[field]
            cached = []
            counter = 0
            while len(cached) < want:
                message = feature.encode() + b"\x00" + counter.to_bytes(2, "big")
                digest = hmac.digest(key, message, "sha256")
                values = np.frombuffer(digest, dtype=">u2")
                cached += [int(v) % BITS for v in values[: want - len(cached)]]
                counter += 1
            self._positions[(field, feature)] = cached
        return cached

    def encode(self, records: Iterable[dict[str, str]]) -> np.ndarray:
        """Return one packed bit vector per record: (records, words) uint64."""
        rows: list[int] = []
        columns: list[int] = []
        count = 0
        for index, record in enumerate(records):
            count += 1
            for field, values in features(record).items():
                for feature in values:
                    positions = self.positions(field, feature)
                    rows += [index] * len(positions)
                    columns += positions
        filters = np.zeros((count, BITS), dtype=bool)
        filters[rows, columns] = True
        if self.hardening == "balance":
            filters = np.concatenate([filters, ~filters], axis=1)[:, self._permutation]
        elif self.hardening == "xor":
            filters = filters[:, : BITS // 2] ^ filters[:, BITS // 2 :]
        return pack(filters)


def pack(filters: np.ndarray) -> np.ndarray:
    """Pack a (records, bits) boolean array into (records, bits/64) uint64 words."""
    packed = np.packbits(filters, axis=1, bitorder="little")
    return np.ascontiguousarray(packed).view("<u8").astype(np.uint64, copy=False)


def encode_records(
    frame: pd.DataFrame, secret: bytes, *, hardening: str = "none", name: str = ""
) -> tuple[Encodings, pd.DataFrame]:
    """Encode a list's records; return the encodings and the local map record_id → row_id.

    The encodings carry random row ids in a random order, so neither the organisation's record
    ids nor the order of its list reach a partner; the map stays with the organisation.
    """
    if "record_id" not in frame.columns or "name" not in frame.columns:
        shown = ", ".join(repr(str(c)) for c in list(frame.columns)[:30])
        raise PprlError(
            f"the records need the columns record_id and name ({', '.join(COLUMNS)}); "
            f"the file's columns are {shown}"
        )
    ids = frame["record_id"].astype("string")
    if ids.isna().any() or (ids == "").any() or ids.duplicated().any():
        raise PprlError("record ids must be present and unique")
    if not len(frame):
        raise PprlError("the file holds no records")
    columns = [c for c in COLUMNS if c in frame.columns]
    records = frame[columns].fillna("").astype(str).to_dict("records")
    order = list(range(len(records)))
    secrets.SystemRandom().shuffle(order)
    row_ids: list[str] = []
    seen: set[str] = set()
    while len(row_ids) < len(order):
        candidate = secrets.token_hex(8)
        if candidate not in seen:
            seen.add(candidate)
            row_ids.append(candidate)
    encoder = Encoder(secret, hardening=hardening)
    bits = encoder.encode(records[i] for i in order)
    mapping = pd.DataFrame(
        {"record_id": [records[i]["record_id"] for i in order], "row_id": row_ids}
    )
    encodings = Encodings(
        row_ids=row_ids,
        bits=bits,
        hardening=hardening,
        check=encoder.check,
        threshold=THRESHOLDS[hardening],
        name=name,
    )
    return encodings, mapping


def write_encodings(encodings: Encodings, path: Path) -> None:
    """Write the encodings file: a JSON header line, then ``row_id,base64 bits`` lines."""
    header = {
        "format": FORMAT,
        "bits": int(encodings.bits.shape[1] * 64),
        "hardening": encodings.hardening,
        "check": encodings.check,
        "threshold": encodings.threshold,
        "list": encodings.name,
        "records": len(encodings.row_ids),
    }
    with open(path, "w", encoding="ascii", newline="\n") as handle:
        handle.write(json.dumps(header, sort_keys=True) + "\n")
        for row_id, vector in zip(encodings.row_ids, encodings.bits, strict=True):
            handle.write(f"{row_id},{base64.b64encode(vector.astype('<u8').tobytes()).decode()}\n")


def read_encodings(path: Path) -> Encodings:
    """Read an encodings file written by ``write_encodings``; refuse anything else."""
    try:
        with open(path, encoding="ascii") as handle:
            header = json.loads(handle.readline())
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise PprlError(f"{path} is not a readable encodings file ({exc})") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise PprlError(f"{path} is not a {FORMAT} encodings file")
    if header.get("hardening") not in HARDENINGS:
        raise PprlError(f"{path}: unknown hardening {header.get('hardening')!r}")
    bits, threshold = header.get("bits"), header.get("threshold")
    if not isinstance(bits, int) or bits <= 0 or bits % 64:
        raise PprlError(f"{path}: the bit length must be a positive multiple of 64")
    if not isinstance(threshold, int | float) or not 0 < threshold <= 1:
        raise PprlError(f"{path}: the threshold must be a number above 0 and at most 1")
    if not isinstance(header.get("check"), str) or not isinstance(header.get("list", ""), str):
        raise PprlError(f"{path}: the header's check and list must be text")
    row_ids, vectors = [], []
    for number, line in enumerate(lines, start=2):
        row_id, _, encoded = line.partition(",")
        try:
            raw = base64.b64decode(encoded, validate=True)
        except ValueError:
            raise PprlError(f"{path}, line {number}: not base64") from None
        if len(raw) * 8 != bits or not row_id:
            raise PprlError(f"{path}, line {number}: expected a row id and {bits} bits")
        row_ids.append(row_id)
        vectors.append(raw)
    if len(set(row_ids)) != len(row_ids):
        raise PprlError(f"{path}: row ids repeat")
    array = np.frombuffer(b"".join(vectors), dtype="<u8").astype(np.uint64)
    return Encodings(
        row_ids=row_ids,
        bits=array.reshape(len(row_ids), bits // 64),
        hardening=str(header["hardening"]),
        check=str(header["check"]),
        threshold=float(threshold),
        name=str(header.get("list") or ""),
    )


# --- Matching ---------------------------------------------------------------------------------


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def one_to_one(
    i: np.ndarray, j: np.ndarray, score: np.ndarray, *, within: bool = False
) -> list[tuple[int, int, float]]:
    """Keep, greedily by score (ties by position), pairs whose records are both still free.

    ``within``: both sides are the same list (its duplicates), so a record used on either side
    is used.
    """
    order = np.lexsort((j, i, -score))
    used_i: set[int] = set()
    used_j: set[int] = used_i if within else set()
    kept = []
    for k in order:
        a, b = int(i[k]), int(j[k])
        if a not in used_i and b not in used_j:
            used_i.add(a)
            used_j.add(b)
            kept.append((a, b, float(score[k])))
    return kept


@dataclass(frozen=True)
class MatchResult:
    names: list[str]
    table: pd.DataFrame  # one 0/1 column per list, then count
    clusters: pd.DataFrame  # list, row_id, person
    threshold: float


def check_compatible(lists: list[Encodings]) -> None:
    """Refuse encodings made with different secrets, hardenings or lengths."""
    first = lists[0]
    for other in lists[1:]:
        if other.bits.shape[1] != first.bits.shape[1] or other.hardening != first.hardening:
            raise PprlError(
                "the encodings were made with different settings "
                f"({first.hardening}, {first.bits.shape[1] * 64} bits against "
                f"{other.hardening}, {other.bits.shape[1] * 64} bits)"
            )
        if other.check != first.check:
            raise PprlError(
                "the encodings were made with different secrets (or different versions of "
                "refuge pprl): encode every list again with the one secret you agreed"
            )


def match(
    lists: list[Encodings],
    names: list[str],
    *,
    threshold: float | None = None,
    dedupe: bool = True,
    dedupe_margin: float | None = None,
) -> MatchResult:
    """Link the lists' encodings into people and count them by the lists they are on."""
    if len(lists) < 2:
        raise PprlError("matching needs at least two encodings files")
    if len(set(names)) != len(names) or any(not n or ":" in n or n == "count" for n in names):
        raise PprlError("list names must be distinct, non-empty, without ':' and not 'count'")
    check_compatible(lists)
    if threshold is None:
        threshold = lists[0].threshold
    if not 0 < threshold <= 1:
        raise PprlError("the threshold is a Dice similarity, above 0 and at most 1")
    if dedupe_margin is None:
        dedupe_margin = DEDUPE_MARGINS[lists[0].hardening]
    offsets = np.cumsum([0] + [len(e.row_ids) for e in lists])
    people = _UnionFind(int(offsets[-1]))
    for x, left in enumerate(lists):
        if dedupe:
            i, j, score = candidates(left.bits, None, min(1.0, threshold + dedupe_margin))
            for a, b, _s in one_to_one(i, j, score, within=True):
                people.union(int(offsets[x]) + a, int(offsets[x]) + b)
        for y in range(x + 1, len(lists)):
            i, j, score = candidates(left.bits, lists[y].bits, threshold)
            for a, b, _s in one_to_one(i, j, score):
                people.union(int(offsets[x]) + a, int(offsets[y]) + b)
    rows = []
    for x, encodings in enumerate(lists):
        for k, row_id in enumerate(encodings.row_ids):
            rows.append((names[x], row_id, people.find(int(offsets[x]) + k)))
    clusters = pd.DataFrame(rows, columns=["list", "row_id", "person"])
    table = overlap_table(clusters["person"], clusters["list"], names)
    return MatchResult(names=names, table=table, clusters=clusters, threshold=threshold)


def overlap_table(people: pd.Series, lists: pd.Series, names: list[str]) -> pd.DataFrame:
    """Count people by the lists they are on (row k: person ``people[k]`` is on ``lists[k]``),
    one column per list in ``names`` order and a ``count``, as ``refuge estimate`` reads it."""
    seen = pd.crosstab(people, lists).clip(upper=1)
    seen = seen.reindex(columns=names, fill_value=0)  # a list may be empty
    return (
        seen.value_counts()
        .rename("count")
        .reset_index()
        .sort_values(names, ascending=False)
        .reset_index(drop=True)
    )


def write_table(table: pd.DataFrame, path: Path) -> None:
    """Write the overlap table as ``refuge estimate`` reads it."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(list(table.columns))
        writer.writerows(table.astype(int).itertuples(index=False))


def list_name(encodings: Encodings, path: Path) -> str:
    """Name a list by its header (``--list-name`` at encoding), else by its file name."""
    return encodings.name or path.name.split(".")[0]
