"""Shared fixtures: paths, an environment that keeps every output out of the repository,
the command line as a subprocess, and ONE warehouse built from data/examples per session.

Nothing here writes into the repository: warehouses go to pytest's tmp folders, dbt's
target/ and logs/ to a session tmp folder (DBT_TARGET_PATH, DBT_LOG_PATH), the Data Docs of
the great-expectations checkpoint to COUNTY_REPORTS_DOCS_DIR, and hypothesis keeps no
example database.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, settings
from hypothesis.configuration import set_hypothesis_home_dir

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "data" / "examples"
EXAMPLES_GOLD = REPO / "tests" / "fixtures" / "examples_gold"
SHARED = Path(os.environ.get("COUNTY_REPORTS_SHARED", REPO.parent / "shared"))  # override to test without it
SCORER = SHARED / "eval" / "score.py"
BIN = Path(sys.executable).parent  # the venv's bin: python, county-reports, dbt
PYTHON = sys.executable


def _tool(name: str) -> str:
    exe = BIN / name
    if exe.exists():
        return str(exe)
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found beside {sys.executable} nor on PATH: is the package installed?")
    return found


# Hypothesis caches constants from the source under its home folder (.hypothesis/ in the
# current directory by default): keep it in a temporary folder, removed at the end.
_HYPOTHESIS_HOME = tempfile.mkdtemp(prefix="county-reports-hypothesis-")
set_hypothesis_home_dir(_HYPOTHESIS_HOME)

settings.register_profile(
    "county_reports",
    database=None,  # no .hypothesis/ folder in the repository
    deadline=None,  # readers and the extractor have slow first calls (imports, lexicon)
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    max_examples=100,
)
settings.load_profile("county_reports")

# Figures worth reading in the summary (F1 values, timings), filled by the tests.
MEASURED: dict[str, str] = {}


def pytest_unconfigure(config):  # noqa: ANN001, ARG001
    shutil.rmtree(_HYPOTHESIS_HOME, ignore_errors=True)


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # noqa: ANN001, ARG001
    if MEASURED:
        terminalreporter.section("measured")
        for key, value in MEASURED.items():
            terminalreporter.write_line(f"{key}: {value}")


@pytest.fixture(scope="session")
def session_dirs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("session")
    dirs = {name: root / name for name in ("target", "logs", "docs")}
    for d in dirs.values():
        d.mkdir()
    # dbt's partial parse cache, when the repository has one, saves a full parse (~8 s).
    cached = REPO / "target" / "partial_parse.msgpack"
    if cached.is_file():
        shutil.copy2(cached, dirs["target"] / cached.name)
    return dirs


@pytest.fixture(scope="session", autouse=True)
def _outputs_outside_repo(session_dirs: dict[str, Path]):
    """For the test process and every subprocess it starts."""
    mp = pytest.MonkeyPatch()
    mp.setenv("COUNTY_REPORTS_DOCS_DIR", str(session_dirs["docs"]))
    mp.setenv("DBT_TARGET_PATH", str(session_dirs["target"]))
    mp.setenv("DBT_LOG_PATH", str(session_dirs["logs"]))
    mp.setenv("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
    mp.setenv("GX_ANALYTICS_ENABLED", "false")
    mp.setenv("PYTHONDONTWRITEBYTECODE", "1")
    mp.delenv("COUNTY_REPORTS_DB", raising=False)
    yield
    mp.undo()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (corpus, gold, scorer) beside the repository; the test is skipped without it."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"{SHARED}/corpus is not there (the shared corpus is only beside the CI checkout)")
    return SHARED


def run_cli(*args: str | Path, timeout: float = 600, env: dict[str, str] | None = None,
            ) -> subprocess.CompletedProcess[str]:
    """`county-reports ARGS` as a user runs it, from the repository root."""
    return subprocess.run(
        [_tool("county-reports"), *map(str, args)],
        cwd=REPO, env=env or dict(os.environ), capture_output=True, text=True, timeout=timeout,
    )


def cli_command(*args: str | Path) -> list[str]:
    return [_tool("county-reports"), *map(str, args)]


def dbt_command(*args: str) -> list[str]:
    return [_tool("dbt"), *args]


def count(db: Path, table: str) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(f"select count(*) from {table}").fetchone()[0]
    finally:
        con.close()


def query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def score(db: Path, *args: str | Path) -> tuple[dict[str, str], str]:
    """Run the shared scorer with the project's Python; (key: value lines, full output)."""
    proc = subprocess.run([PYTHON, str(SCORER), "--db", str(db), *map(str, args)],
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    values = dict(re.findall(r"^\s*([A-Za-z_][A-Za-z0-9_]*): (.*)$", proc.stdout, flags=re.M))
    return values, proc.stdout


@dataclass
class Build:
    db: Path
    proc: subprocess.CompletedProcess[str]
    seconds: float
    facts: int


@pytest.fixture(scope="session")
def examples_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """data/examples built once per session with the real command line (dbt build and the
    great-expectations checkpoint included). Tests that change a warehouse use a copy."""
    db = tmp_path_factory.mktemp("examples") / "warehouse.duckdb"
    t0 = time.monotonic()
    proc = run_cli("build", "--input", EXAMPLES, "--db", db)
    seconds = time.monotonic() - t0
    MEASURED["examples build (CLI, s)"] = f"{seconds:.1f}"
    assert proc.returncode == 0, f"build failed:\n{proc.stdout[-5000:]}\n{proc.stderr[-5000:]}"
    return Build(db, proc, seconds, count(db, "marts.fact_indicator"))
