"""Record linkage with Splink on DuckDB (in memory): which records are the same person.

A configuration (JSON) names the id column, how to compare each column, the blocking rules
that choose candidate pairs, and the match threshold. `configs/persons.json` fits Refuge's
person records — names across Cyrillic and Latin script and transliteration systems, fuzzy
dates, gazetteer places, ages — with fixed prior m probabilities rather than learnt ones;
`configs/febrl.json` the FEBRL test files. DuckDB runs in memory and spills, if it must, only
under REFUGE_RAM_TMPDIR.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd

from refuge.core.sweep import scratch_prefix
from refuge.record.gazetteer import place_key

CONFIGS = Path(__file__).resolve().parent / "configs"
METHODS = {"name", "jaro_winkler", "levenshtein", "exact", "fuzzy_date", "age"}


class LinkageError(Exception):
    """The records or the configuration cannot be linked; the message says why."""


@dataclass(frozen=True)
class LinkResult:
    clusters: pd.DataFrame  # record_id, cluster_id
    review: pd.DataFrame  # record_id_l, record_id_r, match_probability — uncertain pairs
    warnings: list[str]


def load_config(path: Path | None) -> dict[str, Any]:
    config_path = path or CONFIGS / "persons.json"
    try:
        config: dict[str, Any] = json.loads(config_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise LinkageError(f"cannot read the configuration {config_path}: {exc}") from None
    for required in ("id", "comparisons", "blocking"):
        if required not in config:
            raise LinkageError(f"the configuration needs {required!r}")
    for comparison in config["comparisons"]:
        if comparison.get("method") not in METHODS:
            raise LinkageError(
                f"unknown comparison method {comparison.get('method')!r}: use {sorted(METHODS)}"
            )
    return config


def read_records(path: Path) -> pd.DataFrame:
    """Read a CSV of records as text, however the file was written.

    Accepts a byte-order mark (Excel writes one), spaces after the delimiters (the FEBRL files
    have them), and a semicolon or tab as the delimiter (Russian spreadsheets export with
    semicolons). Column names and values are stripped of surrounding spaces.
    """
    with open(path, encoding="utf-8-sig", newline="") as handle:
        header = handle.readline()
    try:
        delimiter = csv.Sniffer().sniff(header, delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","  # one column, or an empty file (pandas then says it is empty)
    frame = pd.read_csv(
        path,
        dtype=str,
        keep_default_na=False,
        sep=delimiter,
        skipinitialspace=True,
        encoding="utf-8-sig",
    )
    frame.columns = [str(column).strip() for column in frame.columns]
    return frame.apply(lambda column: column.str.strip())


def _columns_named(frame: pd.DataFrame) -> str:
    shown = ", ".join(repr(str(c)) for c in list(frame.columns)[:30])
    more = f" and {len(frame.columns) - 30} more" if len(frame.columns) > 30 else ""
    return f"the file's columns are {shown}{more}"


def _latin(value: Any) -> str | None:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return None
    key = place_key(str(value))
    return key or None


def _prepare(frame: pd.DataFrame, config: dict[str, Any]) -> tuple[pd.DataFrame, list[str]]:
    """Add the derived columns the comparisons and blocking rules use; return any warnings."""
    frame = frame.copy()
    warnings: list[str] = []
    for comparison in config["comparisons"]:
        column, method = comparison["column"], comparison["method"]
        if column not in frame.columns:
            if not comparison.get("optional"):
                raise LinkageError(
                    f"the records have no column {column!r} (the configuration compares it); "
                    + _columns_named(frame)
                )
            warnings.append(f"the records have no column {column!r}; it is treated as unknown")
            frame[column] = pd.NA
        values = frame[column].astype("string").str.strip().replace("", pd.NA)
        if method == "name":
            words = values.str.split()
            given = _each_distinct(words.str[0], _latin)
            surname = _each_distinct(words.str[-1].where(words.str.len() > 1), _latin)
            frame[f"{column}_given"] = given
            frame[f"{column}_surname"] = surname
            # The letters in order: a swap of two letters (the commonest typo) keeps this key,
            # so blocking on it still brings the mistyped record next to the others.
            frame[f"{column}_given_letters"] = _each_distinct(given, _letters)
            frame[f"{column}_surname_letters"] = _each_distinct(surname, _letters)
        elif method == "fuzzy_date":
            for part, pattern in _DATE_PARTS.items():
                frame[f"{column}_{part}"] = _each_distinct(values, partial(_match, pattern))
        elif method == "age":
            numbers = pd.to_numeric(values, errors="coerce")
            frame[f"{column}_band"] = (numbers // 5).astype("Int64").astype("string")
            frame[f"{column}_years"] = numbers.astype("Int64").astype("string")
        elif comparison.get("transliterate"):
            frame[column] = _each_distinct(values, _latin)
        else:
            frame[column] = values
    return frame, warnings


def _each_distinct(values: pd.Series, function: Callable[[Any], str | None]) -> pd.Series:
    """Apply ``function`` once per distinct value (names repeat: a million records, few names)."""
    keys = {value: function(value) for value in values.dropna().unique()}
    # Text even when every value is missing, or DuckDB would take the column for numbers.
    return values.astype("object").map(keys).astype("string")


_DATE_PARTS = {
    "year": re.compile(r"\d{4}"),
    "month": re.compile(r"\d{4}-\d{2}"),
    "day": re.compile(r"\d{4}-\d{2}-\d{2}"),
}


def _match(pattern: re.Pattern[str], value: str) -> str | None:
    found = pattern.match(value)
    return found.group(0) if found else None


def _letters(value: Any) -> str | None:
    return "".join(sorted(value)) if isinstance(value, str) and value else None


# Prior probabilities that the same person's two records fall in each comparison level (the
# m probabilities), from how lists of people are written: what a transliteration fold, a typo
# or a coarser date does to a record. They are fixed, not learnt, in configurations that say
# "m_probabilities": "priors" (see docs/findings.md for why); elsewhere they start the EM.
GIVEN_M = [0.80, 0.08, 0.07, 0.05]  # exact, Jaro-Winkler >= 0.92, >= 0.8, other
SURNAME_M = [0.80, 0.10, 0.04, 0.03, 0.03]  # exact, one edit or swap, JW >= 0.92, >= 0.8, other
AGE_M = [0.80, 0.12, 0.08]  # within a year, within five, other
PLACE_M = [0.85, 0.15]  # same, different
# Within the dates both records give to the day, to the month or to the year: how often the
# same person's dates agree at that precision, differ in the day only, differ in the month only.
DATE_AGREE = {"day": 0.88, "month": 0.92, "year": 0.95}
DATE_SLIP = 0.04


def _date_m(frame: pd.DataFrame, column: str) -> list[float]:
    """The m probabilities of the fuzzy date's levels, from how precise the file's dates are.

    Two records can only agree to the day when both give a day: the share of pairs at each
    precision comes from the data, the agreement within a precision from DATE_AGREE.
    """
    known = frame[f"{column}_year"].notna()
    n = max(int(known.sum()), 1)
    day = frame.loc[known, f"{column}_day"].notna().sum() / n
    month = frame.loc[known, f"{column}_month"].notna().sum() / n
    to_day, to_month = day**2, month**2 - day**2
    to_year = 1 - month**2
    levels = [
        to_day * DATE_AGREE["day"],  # the same day
        to_day * DATE_SLIP,  # the same month, another day
        to_month * DATE_AGREE["month"],  # the same month, one gives no day
        to_year * DATE_AGREE["year"],  # the same year, one gives no month
        (to_day + to_month) * DATE_SLIP,  # the same year, another month
    ]
    floor = 1e-3
    levels = [max(m, floor) for m in levels]
    return [*levels, max(1 - sum(levels), floor)]


def _with_m(levels: list[Any], m: list[float], *, fixed: bool) -> list[Any]:
    """Attach prior m probabilities to the non-null levels (``levels[0]`` is the null level)."""
    for level, probability in zip(levels[1:], m, strict=True):
        level.configure(m_probability=probability, fix_m_probability=fixed)
    return levels


def _comparisons(config: dict[str, Any], frame: pd.DataFrame) -> list[Any]:
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl

    fixed = config.get("m_probabilities") == "priors"
    built: list[Any] = []
    for comparison in config["comparisons"]:
        column, method = comparison["column"], comparison["method"]
        thresholds = comparison.get("thresholds", [])
        tf = bool(comparison.get("term_frequency", False))
        if method == "name":
            high, low = thresholds or [0.92, 0.8]
            given, surname = f"{column}_given", f"{column}_surname"
            given_levels = [
                cll.NullLevel(given),
                cll.ExactMatchLevel(given, term_frequency_adjustments=tf),
                cll.JaroWinklerLevel(given, high),
                cll.JaroWinklerLevel(given, low),
                cll.ElseLevel(),
            ]
            surname_levels = [
                cll.NullLevel(surname),
                cll.ExactMatchLevel(surname, term_frequency_adjustments=tf),
                cll.DamerauLevenshteinLevel(surname, 1),
                cll.JaroWinklerLevel(surname, high),
                cll.JaroWinklerLevel(surname, low),
                cll.ElseLevel(),
            ]
            built += [
                cl.CustomComparison(
                    comparison_levels=_with_m(given_levels, GIVEN_M, fixed=fixed),
                    output_column_name=given,
                ),
                cl.CustomComparison(
                    comparison_levels=_with_m(surname_levels, SURNAME_M, fixed=fixed),
                    output_column_name=surname,
                ),
            ]
        elif method == "jaro_winkler":
            levels = [
                cll.NullLevel(column),
                cll.ExactMatchLevel(column, term_frequency_adjustments=tf),
                *[cll.JaroWinklerLevel(column, t) for t in thresholds or [0.9]],
                cll.ElseLevel(),
            ]
            share = 0.15 / (len(levels) - 3)
            m = [0.8, *[share] * (len(levels) - 3), 0.05]
            built.append(
                cl.CustomComparison(
                    comparison_levels=_with_m(levels, m, fixed=fixed), output_column_name=column
                )
            )
        elif method == "levenshtein":
            built.append(cl.LevenshteinAtThresholds(column, thresholds or [1, 2]))
        elif method == "exact":
            levels = [
                cll.NullLevel(column),
                cll.ExactMatchLevel(column, term_frequency_adjustments=tf),
                cll.ElseLevel(),
            ]
            built.append(
                cl.CustomComparison(
                    comparison_levels=_with_m(levels, PLACE_M, fixed=fixed),
                    output_column_name=column,
                )
            )
        elif method == "fuzzy_date":
            year, month, day = f"{column}_year", f"{column}_month", f"{column}_day"
            levels = [
                cll.NullLevel(year),
                cll.CustomLevel(f"{day}_l = {day}_r", "the same day"),
                cll.CustomLevel(
                    f"{month}_l = {month}_r AND {day}_l IS NOT NULL AND {day}_r IS NOT NULL",
                    "the same month, another day",
                ),
                cll.CustomLevel(f"{month}_l = {month}_r", "the same month, one gives no day"),
                cll.CustomLevel(
                    f"{year}_l = {year}_r AND ({month}_l IS NULL OR {month}_r IS NULL)",
                    "the same year, one gives no month",
                ),
                cll.CustomLevel(f"{year}_l = {year}_r", "the same year, another month"),
                cll.ElseLevel(),
            ]
            built.append(
                cl.CustomComparison(
                    comparison_levels=_with_m(levels, _date_m(frame, column), fixed=fixed),
                    output_column_name=column,
                )
            )
        else:
            years = f"{column}_years"
            distance = f"abs(CAST({years}_l AS DOUBLE) - CAST({years}_r AS DOUBLE))"
            levels = [
                cll.NullLevel(years),
                cll.CustomLevel(f"{distance} <= 1", "within a year"),
                cll.CustomLevel(f"{distance} <= 5", "within five years"),
                cll.ElseLevel(),
            ]
            built.append(
                cl.CustomComparison(
                    comparison_levels=_with_m(levels, AGE_M, fixed=fixed),
                    output_column_name=column,
                )
            )
    return built


def link(
    records: pd.DataFrame,
    config: dict[str, Any],
    *,
    threshold: float | None = None,
    labels: pd.DataFrame | None = None,
    progress: Callable[[str], None] = lambda _stage: None,
    backend: str = "duckdb",
) -> LinkResult:
    """Cluster ``records`` (one row per record) into people; return clusters and pairs to review."""
    from splink import Linker, SettingsCreator, block_on

    id_column = config["id"]
    if id_column not in records.columns:
        raise LinkageError(
            f"the records have no id column {id_column!r}; " + _columns_named(records)
        )
    ids = records[id_column].astype("string")
    if ids.isna().any() or ids.duplicated().any():
        duplicate = ids[ids.duplicated()].iloc[0] if ids.duplicated().any() else "(empty)"
        raise LinkageError(f"record ids must be present and unique; {duplicate!r} is not")
    if len(records) < 2:
        raise LinkageError("linking needs at least two records")
    threshold = float(threshold if threshold is not None else config.get("threshold", 0.9))
    progress("preparing")
    frame, warnings = _prepare(records, config)
    frame = frame.rename(columns={id_column: "unique_id"})
    frame["unique_id"] = frame["unique_id"].astype("string")
    link_type = config.get("link_type", "dedupe_only")
    if backend == "spark":
        db_api, register, finish = _spark_api()
    elif backend == "duckdb":
        db_api, register, finish = _duckdb_api()
    else:
        raise LinkageError(f"unknown backend {backend!r}: use duckdb or spark")
    try:
        if link_type == "dedupe_only":
            tables = [register(frame)]
        else:
            source = config.get("source_column")
            if not source or source not in frame.columns:
                raise LinkageError(
                    "linking lists needs a source_column in the configuration and the records"
                )
            tables = [register(part) for _, part in frame.groupby(source, sort=True)]
        settings = SettingsCreator(
            link_type=link_type,
            blocking_rules_to_generate_predictions=[block_on(*rule) for rule in config["blocking"]],
            comparisons=_comparisons(config, frame),
            retain_intermediate_calculation_columns=False,
        )
        linker = Linker(tables if len(tables) > 1 else tables[0], settings, log_level=40)
        progress("estimating how often values agree by chance")
        prior_rules = config.get("prior_rules", config["blocking"][:1])
        try:
            linker.training.estimate_probability_two_random_records_match(
                [block_on(*rule) for rule in prior_rules],
                recall=float(config.get("prior_recall", 0.6)),
            )
        except Exception:
            warnings.append("could not estimate how likely two records match; using the default")
        linker.training.estimate_u_using_random_sampling(
            max_pairs=float(config.get("u_pairs", 5e5)), seed=1
        )
        progress("learning what a match looks like")
        if config.get("m_probabilities") != "priors":
            _learn_m(linker, db_api, config, labels, warnings)
        progress("scoring candidate pairs")
        review_floor = min(0.5, threshold)
        predictions = linker.inference.predict(threshold_match_probability=review_floor)
        progress("clustering")
        clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
            predictions, threshold
        )
        result = clusters.as_pandas_dataframe()[["unique_id", "cluster_id"]]
        pairs = predictions.as_pandas_dataframe()
        review = pairs[pairs["match_probability"] < threshold][
            ["unique_id_l", "unique_id_r", "match_probability"]
        ].rename(columns={"unique_id_l": "record_id_l", "unique_id_r": "record_id_r"})
        return LinkResult(
            clusters=result.rename(columns={"unique_id": "record_id"}),
            review=review.sort_values("match_probability", ascending=False).reset_index(drop=True),
            warnings=warnings,
        )
    finally:
        finish()


def _learn_m(
    linker: Any,
    db_api: Any,
    config: dict[str, Any],
    labels: pd.DataFrame | None,
    warnings: list[str],
) -> None:
    """Estimate the m probabilities from reviewed pairs and by expectation maximisation."""
    from splink import block_on

    if labels is not None and len(labels):
        linker.training.estimate_m_from_pairwise_labels(db_api.register(labels))
    for rule in config.get("training_blocking", config["blocking"][:1]):
        try:
            linker.training.estimate_parameters_using_expectation_maximisation(block_on(*rule))
        except ValueError:
            # Too few candidate pairs to learn from (a small list): the comparisons' default
            # match weights are used for what could not be learnt.
            warnings.append(f"too few pairs to learn from when blocking on {', '.join(rule)}")


def _duckdb_api() -> tuple[Any, Callable[[pd.DataFrame], Any], Callable[[], None]]:
    """An in-memory DuckDB whose spill files, if any, go to RAM (REFUGE_RAM_TMPDIR).

    DuckDB spills to ``./.tmp`` by default when a query outgrows memory: decrypted names would
    then reach the disk. Its temporary directory is set to a private scratch directory under
    REFUGE_RAM_TMPDIR (tmpfs), removed afterwards.
    """
    import duckdb
    from splink.backends.duckdb import DuckDBAPI

    scratch = ram_scratch("duckdb-")
    try:
        connection = duckdb.connect(":memory:", config={"temp_directory": str(scratch)})
    except Exception:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    api = DuckDBAPI(connection)

    def finish() -> None:
        connection.close()
        shutil.rmtree(scratch, ignore_errors=True)

    return api, api.register, finish


def ram_scratch(kind: str) -> Path:
    """Create a private scratch directory under REFUGE_RAM_TMPDIR (a tmpfs)."""
    from django.conf import settings

    return Path(tempfile.mkdtemp(prefix=scratch_prefix() + kind, dir=settings.REFUGE_RAM_TMPDIR))


def _spark_api() -> tuple[Any, Callable[[pd.DataFrame], Any], Callable[[], None]]:
    """A local Spark session for large jobs, with Splink's similarity functions.

    Spark writes shuffle files and checkpoints to its local directories: they are put under
    REFUGE_RAM_TMPDIR (tmpfs), so decrypted names stay off the disk here too.
    """
    from pyspark.sql import SparkSession
    from splink.backends.spark import SparkAPI
    from splink.internals.spark.jar_location import similarity_jar_location

    scratch = ram_scratch("spark-")
    spark = (
        SparkSession.builder.master("local[*]")
        .appName("refuge-link")
        .config("spark.jars", similarity_jar_location())
        .config("spark.local.dir", str(scratch))
        .config("spark.sql.shuffle.partitions", "8")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    spark.sparkContext.setCheckpointDir(str(scratch / "checkpoints"))
    spark.sparkContext.setLogLevel("ERROR")
    api = SparkAPI(spark_session=spark)

    def register(frame: pd.DataFrame) -> Any:
        from pyspark.sql.types import StringType, StructField, StructType

        schema = StructType([StructField(str(c), StringType(), True) for c in frame.columns])
        rows = [
            [None if pd.isna(v) or v == "" else str(v) for v in row]
            for row in frame.itertuples(index=False)
        ]
        return api.register(spark.createDataFrame(rows, schema=schema))

    def finish() -> None:
        spark.stop()
        shutil.rmtree(scratch, ignore_errors=True)

    return api, register, finish


def pairwise_quality(clusters: pd.DataFrame, truth: pd.Series) -> dict[str, float]:
    """Precision, recall and F1 over record pairs, against ``truth`` (record_id → true entity)."""
    from itertools import combinations

    def pairs(groups: Any) -> set[tuple[str, str]]:
        found: set[tuple[str, str]] = set()
        for members in groups:
            found |= set(combinations(sorted(members), 2))
        return found

    predicted = pairs(clusters.groupby("cluster_id")["record_id"].apply(list))
    true = pairs(truth.groupby(truth).apply(lambda s: list(s.index)))
    hits = len(predicted & true)
    precision = hits / len(predicted) if predicted else 0.0
    recall = hits / len(true) if true else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "true_pairs": len(true)}
