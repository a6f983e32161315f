"""End to end: `county-reports build` on data/examples, the contract of the marts, plain
`dbt build`, rebuilds (same inputs, a reader holding the file open, after kill -9)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import EXAMPLES, MEASURED, REPO, Build, cli_command, count, dbt_command, query, run_cli

pytestmark = pytest.mark.slow

# marts tables and their columns, as listed in shared/CONTRACT.md ("marts (the star schema)").
CONTRACT_COLUMNS: dict[str, list[str]] = {
    "dim_report": [
        "report_key", "file_name", "source_path", "content_sha256", "title", "department", "county_key",
        "period_key", "report_year", "report_text", "char_count", "loaded_at",
    ],
    "dim_county": [
        "county_key", "adcode", "county_name", "city_name", "province_name", "is_resolved", "longitude", "latitude",
    ],
    "dim_period": ["period_key", "year", "start_month", "end_month", "period_type", "label_zh"],
    "dim_indicator": ["indicator_key", "indicator_code", "name_zh", "name_en", "category", "unit_kind", "aliases"],
    "dim_industry": ["industry_key", "code", "name_zh", "name_en", "parent_code"],
    "fact_indicator": [
        "fact_id", "report_key", "county_key", "period_key", "indicator_key", "industry_key", "subject_type",
        "subject_name", "measure", "basis", "qualifier", "value", "unit", "value_std", "unit_std", "is_masked",
        "mask_text", "source_text", "char_start", "char_end",
    ],
    "fact_investment": [
        "investment_id", "report_key", "county_key", "period_key", "industry_key", "project_name", "company_name",
        "stage", "amount", "unit", "amount_cny", "is_masked", "event_date", "source_text", "char_start", "char_end",
    ],
}
RAW_FILES_COLUMNS = ["source_path", "file_name", "content_sha256", "status", "reason", "seen_at"]
MASKED_EXAMPLE = "xian_2022h1_gongxinju_masked.txt"


def _columns(db: Path, schema: str, table: str) -> list[str]:
    rows = query(db, "select column_name from information_schema.columns where table_schema = ? and table_name = ?",
                 [schema, table])
    return [r[0] for r in rows]


def test_build_exits_zero_and_reports(examples_build: Build) -> None:
    out = examples_build.proc.stdout
    assert "great-expectations: passed" in out
    assert "0 rejected" in out
    assert "warehouse:" in out


def test_every_input_file_is_recorded(examples_build: Build) -> None:
    reports = sorted(p.name for p in EXAMPLES.iterdir() if p.suffix in {".txt", ".docx", ".pdf", ".html"})
    rows = query(examples_build.db, "select file_name, status from raw.files order by file_name")
    assert rows == [(name, "loaded") for name in reports]


@pytest.mark.parametrize("table", sorted(CONTRACT_COLUMNS))
def test_mart_table_has_rows_and_contract_columns(examples_build: Build, table: str) -> None:
    assert count(examples_build.db, f"marts.{table}") > 0
    missing = set(CONTRACT_COLUMNS[table]) - set(_columns(examples_build.db, "marts", table))
    assert not missing, f"marts.{table} lacks contract columns {sorted(missing)}"


def test_raw_files_has_contract_columns(examples_build: Build) -> None:
    assert not set(RAW_FILES_COLUMNS) - set(_columns(examples_build.db, "raw", "files"))


def test_facts_cover_three_resolved_counties_and_two_periods(examples_build: Build) -> None:
    (counties,) = query(examples_build.db, """
        select count(distinct c.adcode) from marts.fact_indicator f join marts.dim_county c using (county_key)
        where c.is_resolved and c.adcode is not null""")[0]
    (periods,) = query(examples_build.db, """
        select count(distinct (p.year, p.start_month, p.end_month)) from marts.fact_indicator f
        join marts.dim_period p using (period_key) where p.start_month is not null""")[0]
    assert counties >= 3
    assert periods >= 2


def test_resolved_counties_are_the_right_ones(examples_build: Build) -> None:
    rows = dict(query(examples_build.db, """
        select r.file_name, c.adcode from marts.dim_report r join marts.dim_county c using (county_key)"""))
    assert rows["wangcang_2023h1_jingxinju_zongjie.txt"] == "510821"  # 旺苍县
    assert rows["jinping_2023h1_tongjiju_yunxing.docx"] == "522628"  # 锦屏县 (manifest)
    assert rows["songming_2023q1_tongjiju_yunxing.pdf"] == "530127"  # 嵩明县 (manifest)


def test_masked_county_gets_an_unresolved_row(examples_build: Build) -> None:
    rows = query(examples_build.db, """
        select c.is_resolved, c.adcode from marts.dim_report r join marts.dim_county c using (county_key)
        where r.file_name = ?""", [MASKED_EXAMPLE])
    assert rows == [(False, None)]
    # and that row is its own: no resolved county shares its key
    (shared,) = query(examples_build.db, """
        select count(*) from marts.dim_report r join marts.dim_county c using (county_key)
        where c.county_key = (select county_key from marts.dim_report where file_name = ?) and c.is_resolved""",
                      [MASKED_EXAMPLE])[0]
    assert shared == 0


def test_facts_point_into_report_text(examples_build: Build) -> None:
    bad = query(examples_build.db, """
        select f.fact_id, f.value, substr(r.report_text, f.char_start + 1, f.char_end - f.char_start)
        from marts.fact_indicator f join marts.dim_report r using (report_key)
        where f.char_start < 0 or f.char_end > r.char_count or f.char_end <= f.char_start
           or (f.is_masked and f.value is not null) or (f.is_masked and f.mask_text is null)""")
    assert bad == []


def test_plain_dbt_build_on_the_same_file(examples_build: Build) -> None:
    env = dict(os.environ, COUNTY_REPORTS_DB=str(examples_build.db))
    t0 = time.monotonic()
    proc = subprocess.run(dbt_command("build", "--profiles-dir", "."), cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=600)
    MEASURED["plain dbt build (s)"] = f"{time.monotonic() - t0:.1f}"
    assert proc.returncode == 0, proc.stdout[-5000:] + proc.stderr[-3000:]
    assert "ERROR=0" in proc.stdout
    assert count(examples_build.db, "marts.fact_indicator") == examples_build.facts


@pytest.mark.parametrize("args", [["--help"], ["build", "--help"], ["extract", "--help"]])
def test_help(args: list[str]) -> None:
    proc = run_cli(*args, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "usage: county-reports" in proc.stdout
    if args[0] != "--help":
        assert "--input" in proc.stdout and "--db" in proc.stdout


def test_unknown_command_fails() -> None:
    proc = run_cli("frobnicate", timeout=60)
    assert proc.returncode != 0


# ---- rebuilds -------------------------------------------------------------------------

READER = r"""
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
before = con.execute("select count(*) from marts.fact_indicator").fetchone()[0]
print("ready", before, flush=True)
sys.stdin.readline()  # sleeps, holding the file open, until the rebuild is done
after = con.execute("select count(*) from marts.fact_indicator").fetchone()[0]
texts = con.execute("select sum(length(report_text)) from marts.dim_report").fetchone()[0]
print("after", after, texts, flush=True)
"""


@pytest.fixture(scope="module")
def rebuild_with_reader(examples_build: Build, tmp_path_factory: pytest.TempPathFactory):
    """A copy of the examples warehouse rebuilt from the same inputs while another process
    holds it open read-only."""
    db = tmp_path_factory.mktemp("rebuild") / "warehouse.duckdb"
    shutil.copy2(examples_build.db, db)
    reader = subprocess.Popen([sys.executable, "-c", READER, str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = reader.stdout.readline().split()
        assert first[:1] == ["ready"], reader.stderr.read()
        proc = run_cli("build", "--input", EXAMPLES, "--db", db, "--quiet")
        out, err = reader.communicate("go\n", timeout=60)
    finally:
        if reader.poll() is None:
            reader.kill()
            reader.wait()
    return db, proc, int(first[1]), out, err, reader.returncode


def test_rebuild_while_a_reader_holds_the_file(rebuild_with_reader) -> None:
    db, proc, before, out, err, rc = rebuild_with_reader
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert rc == 0, err
    words = out.split()
    assert words[0] == "after" and int(words[1]) == before, out  # the reader's snapshot is unchanged
    assert int(words[2]) > 0


def test_rebuild_with_same_inputs_keeps_fact_count(rebuild_with_reader, examples_build: Build) -> None:
    db, proc, *_ = rebuild_with_reader
    assert proc.returncode == 0
    assert count(db, "marts.fact_indicator") == examples_build.facts
    assert count(db, "raw.documents") == count(examples_build.db, "raw.documents")
    assert count(db, "raw.indicator_mentions") == count(examples_build.db, "raw.indicator_mentions")
    assert count(db, "raw.files") == count(examples_build.db, "raw.files")
    assert not list(db.parent.glob(f".{db.name}.building-*")), "work copy left behind"


def _processes_using(path_prefix: str) -> list[int]:
    """pids of processes whose command line or COUNTY_REPORTS_DB mentions path_prefix."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            blob = (entry / "cmdline").read_bytes() + b"\0" + (entry / "environ").read_bytes()
        except OSError:
            continue
        if path_prefix.encode() in blob:
            pids.append(int(entry.name))
    return pids


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_kill_9_during_build_then_rebuild(examples_build: Build, tmp_path: Path) -> None:
    db = tmp_path / "warehouse.duckdb"
    shutil.copy2(examples_build.db, db)
    delay = random.uniform(1, 10)
    proc = subprocess.Popen(cli_command("build", "--input", EXAMPLES, "--db", db, "--quiet"), cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    MEASURED["kill -9 after (s)"] = f"{delay:.1f} (exit {proc.returncode})"
    # no dbt left running on the killed build's work copy
    deadline = time.monotonic() + 10
    while _processes_using(str(tmp_path)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _processes_using(str(tmp_path)) == [], "a child of the killed build is still running"
    # the published file is whole: the old warehouse (or the new one, had the build finished)
    assert count(db, "marts.fact_indicator") == examples_build.facts
    rerun = run_cli("build", "--input", EXAMPLES, "--db", db, "--quiet")
    assert rerun.returncode == 0, f"after kill at {delay:.1f} s: {rerun.stdout[-3000:]}{rerun.stderr[-3000:]}"
    assert count(db, "marts.fact_indicator") == examples_build.facts
    assert count(db, "raw.documents") == count(examples_build.db, "raw.documents")
    assert not list(tmp_path.glob(".warehouse.duckdb.building-*"))


def test_sigterm_removes_the_work_copy(examples_build: Build, tmp_path: Path) -> None:
    db = tmp_path / "warehouse.duckdb"
    shutil.copy2(examples_build.db, db)
    proc = subprocess.Popen(cli_command("build", "--input", EXAMPLES, "--db", db, "--quiet"), cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 20  # wait until the build works on its copy
    while not list(tmp_path.glob(".warehouse.duckdb.building-*")) and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(1.5)
    proc.terminate()
    _, err = proc.communicate(timeout=120)
    if proc.returncode == 128 + signal.SIGTERM:  # the handler ran: the work copy is gone
        assert not list(tmp_path.glob(".warehouse.duckdb.building-*"))
    else:  # a signal the interpreter could not hand to Python code: the next build clears the copy
        assert proc.returncode == -signal.SIGTERM, err[-2000:]
    assert count(db, "marts.fact_indicator") == examples_build.facts  # the published file is untouched


def test_a_db_file_named_like_a_schema_is_refused(tmp_path: Path) -> None:
    # DuckDB names the catalog after the file: raw.duckdb would clash with the raw schema
    proc = run_cli("extract", "--input", EXAMPLES, "--db", tmp_path / "raw.duckdb")
    assert proc.returncode == 2
    assert "clashes with a schema" in proc.stderr
    assert not (tmp_path / "raw.duckdb").exists()


def test_every_mart_column_is_described_in_chinese_and_english(examples_build: Build) -> None:
    import re

    import yaml

    described: dict[str, dict[str, str]] = {}
    for path in (REPO / "models" / "marts").glob("*.yml"):
        for model in yaml.safe_load(path.read_text(encoding="utf-8")).get("models", []):
            described[model["name"]] = {c["name"]: c.get("description", "") for c in model.get("columns", [])}
    rows = query(examples_build.db, "select table_name, column_name from information_schema.columns "
                                    "where table_schema = 'marts'")
    missing = [
        f"{t}.{c}" for t, c in rows
        if not (re.search(r"[\u4e00-\u9fa5]", described.get(t, {}).get(c, ""))
                and re.search(r"[A-Za-z]{3}", described.get(t, {}).get(c, "")))
    ]
    assert rows and missing == []
