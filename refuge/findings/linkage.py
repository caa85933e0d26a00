"""Record linkage with Splink on DuckDB (in memory): which records are the same person.

A configuration (JSON) names the id column, how to compare each column, the blocking rules
that choose candidate pairs, and the match threshold. `configs/persons.json` fits Refuge's
person records — names across Cyrillic and Latin script and transliteration systems, fuzzy
dates, gazetteer places, ages; `configs/febrl.json` the FEBRL test files.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
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


def _latin(value: Any) -> str | None:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return None
    key = place_key(str(value))
    return key or None


def _prepare(frame: pd.DataFrame, config: dict[str, Any]) -> pd.DataFrame:
    """Add the derived columns the comparisons and blocking rules use."""
    frame = frame.copy()
    for comparison in config["comparisons"]:
        column, method = comparison["column"], comparison["method"]
        if column not in frame.columns:
            raise LinkageError(
                f"the records have no column {column!r} (the configuration compares it)"
            )
        values = frame[column].astype("string").str.strip().replace("", pd.NA)
        if method == "name":
            words = values.fillna("").str.split()
            frame[f"{column}_given"] = words.map(lambda w: _latin(w[0]) if w else None)
            frame[f"{column}_surname"] = words.map(lambda w: _latin(w[-1]) if len(w) > 1 else None)
        elif method == "fuzzy_date":
            frame[f"{column}_year"] = values.str.extract(r"^(\d{4})")[0]
            frame[f"{column}_month"] = values.str.extract(r"^(\d{4}-\d{2})")[0]
        elif method == "age":
            numbers = pd.to_numeric(values, errors="coerce")
            frame[f"{column}_band"] = (numbers // 5).astype("Int64").astype("string")
        elif comparison.get("transliterate"):
            frame[column] = values.map(_latin)
        else:
            frame[column] = values
    return frame


def _comparisons(config: dict[str, Any]) -> list[Any]:
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl

    built: list[Any] = []
    for comparison in config["comparisons"]:
        column, method = comparison["column"], comparison["method"]
        thresholds = comparison.get("thresholds", [])
        if method == "name":
            built += [
                cl.JaroWinklerAtThresholds(f"{column}_given", thresholds or [0.92, 0.8]),
                cl.JaroWinklerAtThresholds(f"{column}_surname", thresholds or [0.92, 0.8]),
            ]
        elif method == "jaro_winkler":
            built.append(cl.JaroWinklerAtThresholds(column, thresholds or [0.9]))
        elif method == "levenshtein":
            built.append(cl.LevenshteinAtThresholds(column, thresholds or [1, 2]))
        elif method == "exact":
            built.append(cl.ExactMatch(column))
        elif method == "fuzzy_date":
            built.append(
                cl.CustomComparison(
                    output_column_name=column,
                    comparison_levels=[
                        cll.NullLevel(f"{column}_year"),
                        cll.ExactMatchLevel(f"{column}_month"),
                        cll.ExactMatchLevel(f"{column}_year"),
                        cll.ElseLevel(),
                    ],
                )
            )
        else:
            built.append(cl.ExactMatch(f"{column}_band"))
    return built


def _nothing() -> None:
    """Nothing to clean up (DuckDB's in-memory database goes with the process)."""


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
    from splink.backends.duckdb import DuckDBAPI

    id_column = config["id"]
    if id_column not in records.columns:
        raise LinkageError(f"the records have no id column {id_column!r}")
    ids = records[id_column].astype("string")
    if ids.isna().any() or ids.duplicated().any():
        duplicate = ids[ids.duplicated()].iloc[0] if ids.duplicated().any() else "(empty)"
        raise LinkageError(f"record ids must be present and unique; {duplicate!r} is not")
    if len(records) < 2:
        raise LinkageError("linking needs at least two records")
    threshold = float(threshold if threshold is not None else config.get("threshold", 0.9))
    progress("preparing")
    frame = _prepare(records, config).rename(columns={id_column: "unique_id"})
    frame["unique_id"] = frame["unique_id"].astype("string")
    link_type = config.get("link_type", "dedupe_only")
    finish: Callable[[], None] = _nothing
    if backend == "spark":
        db_api, register, finish = _spark_api()
    elif backend == "duckdb":
        db_api = DuckDBAPI()  # an in-memory database: plaintext never reaches the disk
        register = db_api.register
    else:
        raise LinkageError(f"unknown backend {backend!r}: use duckdb or spark")
    if link_type == "dedupe_only":
        tables = [register(frame)]
    else:
        source = config.get("source_column")
        if not source or source not in frame.columns:
            raise LinkageError(
                "linking lists needs a source_column in the configuration and the records"
            )
        tables = [register(part) for _, part in frame.groupby(source, sort=True)]
    try:
        settings = SettingsCreator(
            link_type=link_type,
            blocking_rules_to_generate_predictions=[block_on(*rule) for rule in config["blocking"]],
            comparisons=_comparisons(config),
            retain_intermediate_calculation_columns=False,
        )
        linker = Linker(tables if len(tables) > 1 else tables[0], settings, log_level=40)
        warnings: list[str] = []
        progress("estimating how often values agree by chance")
        first_rule = config["blocking"][0]
        try:
            linker.training.estimate_probability_two_random_records_match(
                [block_on(*first_rule)], recall=float(config.get("prior_recall", 0.6))
            )
        except Exception:
            warnings.append("could not estimate how likely two records match; using the default")
        linker.training.estimate_u_using_random_sampling(max_pairs=5e5, seed=1)
        progress("learning what a match looks like")
        if labels is not None and len(labels):
            linker.training.estimate_m_from_pairwise_labels(db_api.register(labels))
        for rule in config.get("training_blocking", config["blocking"][:1]):
            try:
                linker.training.estimate_parameters_using_expectation_maximisation(block_on(*rule))
            except ValueError:
                # Too few candidate pairs to learn from (a small list): the comparisons' default
                # match weights are used for what could not be learnt.
                warnings.append(f"too few pairs to learn from when blocking on {', '.join(rule)}")
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


def _spark_api() -> tuple[Any, Callable[[pd.DataFrame], Any], Callable[[], None]]:
    """A local Spark session for large jobs, with Splink's similarity functions.

    Spark writes shuffle files and checkpoints to its local directories: they are put under
    REFUGE_RAM_TMPDIR (tmpfs), so decrypted names stay off the disk here too.
    """
    from django.conf import settings
    from pyspark.sql import SparkSession
    from splink.backends.spark import SparkAPI
    from splink.internals.spark.jar_location import similarity_jar_location

    scratch = Path(
        tempfile.mkdtemp(prefix=scratch_prefix() + "spark-", dir=settings.REFUGE_RAM_TMPDIR)
    )
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
