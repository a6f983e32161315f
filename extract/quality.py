"""Data-quality checkpoint with great-expectations (1.x): suites kept as code, run over raw
and mart tables of a built warehouse, Data Docs written to a folder.

`county-reports build` runs it after `dbt build` and refuses to publish a warehouse whose
checkpoint fails; `python -m extract.quality DB` runs it alone.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import warnings
from collections.abc import Callable
from pathlib import Path

import duckdb

from .paths import PROJECT_DIR

MEASURES = ["value", "yoy_pct", "completion_pct", "share_pct", "rank", "gap_pp", "contribution_pp", "change_pp"]
UNIT_STD = ["CNY", "USD", "percent", "pp", "rank", "count", "person", "kWh", "tce", "tonne", "mu", "m2", "other"]
STAGES = ["signed", "started", "under_construction", "completed", "in_production", "planned"]
SUBJECTS = ["county", "enterprise", "park", "city", "province", "industry", "other"]


def _suites(gx) -> dict[str, tuple[str, list]]:  # noqa: ANN001
    """Suite name → (SQL giving the table to check, expectations)."""
    E = gx.expectations
    return {
        "raw_files": ("select * from raw.files", [
            E.ExpectColumnValuesToNotBeNull(column="source_path"),
            E.ExpectColumnValuesToNotBeNull(column="file_name"),
            E.ExpectColumnValuesToBeInSet(column="status", value_set=["loaded", "rejected", "duplicate"]),
            E.ExpectColumnValuesToMatchRegex(column="content_sha256", regex=r"^[0-9a-f]{64}$", mostly=1.0),
        ]),
        "raw_documents": ("select *, length(report_text) as text_length from raw.documents", [
            E.ExpectColumnValuesToBeUnique(column="content_sha256"),
            E.ExpectColumnValuesToNotBeNull(column="report_text"),
            E.ExpectColumnPairValuesToBeEqual(column_A="char_count", column_B="text_length"),
            E.ExpectColumnValuesToMatchRegex(column="county_adcode", regex=r"^\d{6}$"),
            E.ExpectColumnValuesToBeBetween(column="report_year", min_value=1990, max_value=2035),
        ]),
        "fact_indicator": (
            "select f.*, length(r.report_text) as text_length from marts.fact_indicator f "
            "join marts.dim_report r using (report_key)",
            [
                E.ExpectColumnValuesToBeUnique(column="fact_id"),
                E.ExpectColumnValuesToNotBeNull(column="report_key"),
                E.ExpectColumnValuesToNotBeNull(column="indicator_key"),
                E.ExpectColumnValuesToNotBeNull(column="source_text"),
                E.ExpectColumnValuesToBeInSet(column="measure", value_set=MEASURES),
                E.ExpectColumnValuesToBeInSet(column="basis", value_set=["actual", "estimate", "target"]),
                E.ExpectColumnValuesToBeInSet(column="qualifier", value_set=["=", ">=", "<=", "~"]),
                E.ExpectColumnValuesToBeInSet(column="unit_std", value_set=UNIT_STD),
                E.ExpectColumnValuesToBeInSet(column="subject_type", value_set=SUBJECTS),
                E.ExpectColumnValuesToBeBetween(column="char_start", min_value=0),
                E.ExpectColumnPairValuesAToBeGreaterThanB(column_A="char_end", column_B="char_start"),
                E.ExpectColumnPairValuesAToBeGreaterThanB(column_A="text_length", column_B="char_start"),
            ],
        ),
        "fact_indicator_percent": (
            "select * from marts.fact_indicator where measure in ('yoy_pct','completion_pct','share_pct') "
            "and value is not null",
            [
                E.ExpectColumnValuesToBeBetween(column="value", min_value=-100, max_value=10000),
                E.ExpectColumnValuesToBeInSet(column="unit_std", value_set=["percent"]),
            ],
        ),
        "fact_investment": ("select * from marts.fact_investment", [
            E.ExpectColumnValuesToBeUnique(column="investment_id"),
            E.ExpectColumnValuesToNotBeNull(column="project_name"),
            E.ExpectColumnValuesToBeInSet(column="stage", value_set=STAGES),
            E.ExpectColumnValuesToBeBetween(column="amount_cny", min_value=0),
        ]),
        "dim_county": ("select * from marts.dim_county", [
            E.ExpectColumnValuesToBeUnique(column="county_key"),
            E.ExpectColumnValuesToBeBetween(column="longitude", min_value=73, max_value=136),
            E.ExpectColumnValuesToBeBetween(column="latitude", min_value=3, max_value=54),
        ]),
    }


def run_checkpoint(db: Path, docs_dir: Path | None = None,
                   echo: Callable[[str], None] | None = None) -> tuple[bool, str]:
    """Validate the warehouse at db; write Data Docs to docs_dir. Returns (success, summary)."""
    docs_dir = Path(docs_dir or os.environ.get("COUNTY_REPORTS_DOCS_DIR", PROJECT_DIR / "quality_docs"))
    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("TQDM_DISABLE", "1")
    import great_expectations as gx

    for name in [n for n in logging.root.manager.loggerDict if n.startswith("great_expectations")]:
        logging.getLogger(name).setLevel(logging.ERROR)  # some of its modules set INFO on import

    context = gx.get_context(mode="ephemeral")
    with contextlib.suppress(Exception):  # no tqdm bars on stderr for every expectation
        from great_expectations.data_context.types.base import ProgressBarsConfig

        context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    context.add_data_docs_site(
        site_name="county_reports",
        site_config={
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir.absolute())},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        },
    )
    source = context.data_sources.add_pandas("warehouse")
    con = duckdb.connect(str(db), read_only=True)
    lines: list[str] = []
    ok = True
    definitions = []
    frames = {}
    try:
        for name, (sql, expectations) in _suites(gx).items():
            frames[name] = con.execute(sql).df()
            asset = source.add_dataframe_asset(name=name)
            batch = asset.add_batch_definition_whole_dataframe(f"{name}_all")
            suite = context.suites.add(gx.ExpectationSuite(name=name))
            for exp in expectations:
                suite.add_expectation(exp)
            definitions.append(context.validation_definitions.add(
                gx.ValidationDefinition(name=f"{name}_validation", data=batch, suite=suite)))
    finally:
        con.close()
    for vd in definitions:
        name = vd.suite.name
        result = vd.run(batch_parameters={"dataframe": frames[name]})
        failed = [r for r in result.results if not r.success]
        ok &= result.success
        lines.append(f"  {name}: {len(result.results) - len(failed)}/{len(result.results)} expectations met "
                     f"on {len(frames[name])} rows")
        for r in failed:
            cfg = r.expectation_config
            lines.append(f"    FAILED {cfg.type} {dict(cfg.kwargs)} -> {r.result.get('unexpected_count')} unexpected")
    context.build_data_docs(site_names=["county_reports"])
    summary = f"great-expectations: {'passed' if ok else 'FAILED'}; Data Docs in {docs_dir}\n" + "\n".join(lines)
    return ok, summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Run the great-expectations checkpoint on a built warehouse.")
    ap.add_argument("db", type=Path)
    ap.add_argument("--docs-dir", type=Path, default=None)
    args = ap.parse_args(argv)
    ok, summary = run_checkpoint(args.db, args.docs_dir)
    print(summary)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
