"""Command line: `county-reports build|extract --input DIR_OR_FILE [...] --db PATH`.

Both commands work on a private copy of the warehouse and publish it with one atomic
rename, so BI tools holding the file open read-only never block a build and never see a
half-built warehouse, and a build killed at any moment leaves the published file as it was.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import glob
import logging
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb

from . import __version__
from .loader import LoadStats, load_inputs, request_stop
from .paths import DEFAULT_DB, PROJECT_DIR


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="county-reports",
        description="Build a DuckDB warehouse of figures from Chinese county economic reports.",
    )
    ap.add_argument("--version", action="version", version=f"county-reports {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--input",
            "-i",
            nargs="+",
            action="extend",
            required=True,
            type=Path,
            metavar="DIR_OR_FILE",
            help="report files or folders (searched recursively)",
        )
        p.add_argument(
            "--db",
            type=Path,
            default=Path(DEFAULT_DB),
            help=f"DuckDB file to build (default: $COUNTY_REPORTS_DB or {DEFAULT_DB})",
        )
        p.add_argument("--quiet", "-q", action="store_true", help="print only the summary")

    b = sub.add_parser(
        "build",
        help="extract the reports, then run `dbt build` (models and tests)",
        description="Extract every report under the inputs into the DuckDB file, then run "
        "`dbt build` on it and publish it atomically.",
    )
    common(b)
    b.add_argument(
        "--skip-tests", action="store_true", help="run `dbt run` and `dbt seed` only, without the data-quality tests"
    )
    b.add_argument("--skip-quality", action="store_true", help="skip the great-expectations checkpoint after dbt")
    e = sub.add_parser(
        "extract",
        help="load the reports into the raw tables only (no dbt)",
        description="Extract every report under the inputs into the raw schema of the DuckDB file.",
    )
    common(e)
    return ap


@contextlib.contextmanager
def build_lock(db: Path) -> Iterator[None]:
    """One build at a time per warehouse file."""
    lock_path = db.with_name(db.name + ".lock")
    with open(lock_path, "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"waiting for another build of {db} to finish …", file=sys.stderr)
            fcntl.flock(fh, fcntl.LOCK_EX)
        yield


def _work_copy(db: Path) -> Path:
    """A private copy of the warehouse to build in: same file name (DuckDB views name their
    catalog after it), in a hidden folder beside it (same filesystem, so the rename is atomic)."""
    for stale in db.parent.glob(f".{glob.escape(db.name)}.building-*"):
        shutil.rmtree(stale, ignore_errors=True)
    work_dir = db.parent / f".{db.name}.building-{os.getpid()}"
    work_dir.mkdir()
    work = work_dir / db.name
    if db.exists():
        shutil.copy2(db, work)
        wal = db.with_name(db.name + ".wal")
        if wal.exists():
            shutil.copy2(wal, work.with_name(work.name + ".wal"))
    return work


def _publish(work: Path, db: Path) -> None:
    con = duckdb.connect(str(work))
    con.execute("checkpoint")
    con.close()
    work.with_name(work.name + ".wal").unlink(missing_ok=True)
    # A WAL beside the published file belongs to the old file (the work copy took its changes
    # in); left there, DuckDB would replay it onto the new file.
    db.with_name(db.name + ".wal").unlink(missing_ok=True)
    os.replace(work, db)
    shutil.rmtree(work.parent, ignore_errors=True)


def _discard(work: Path) -> None:
    shutil.rmtree(work.parent, ignore_errors=True)


def run_dbt(db: Path, args: list[str], quiet: bool) -> int:
    dbt = Path(sys.executable).with_name("dbt")
    cmd = [
        str(dbt) if dbt.exists() else "dbt",
        *args,
        "--project-dir",
        str(PROJECT_DIR),
        "--profiles-dir",
        str(PROJECT_DIR),
    ]
    env = dict(os.environ, COUNTY_REPORTS_DB=str(db.absolute()), DBT_SEND_ANONYMOUS_USAGE_STATS="false")
    env.setdefault("DBT_TARGET_PATH", str(PROJECT_DIR / "target"))
    env.setdefault("DBT_LOG_PATH", str(PROJECT_DIR / "logs"))
    proc = subprocess.run(
        cmd,
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
    )
    if proc.returncode != 0 or not quiet:
        sys.stdout.write(proc.stdout[-20000:] if proc.returncode else _dbt_tail(proc.stdout))
        sys.stderr.write(proc.stderr[-5000:])
    return proc.returncode


def _die_with_parent() -> None:
    """In the dbt child (Linux): get SIGKILL when the build process dies, so that a build
    killed with kill -9 leaves no dbt behind writing into a work copy or the target folder."""
    import ctypes

    pr_set_pdeathsig = 1
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


def _dbt_tail(out: str) -> str:
    lines = [ln for ln in out.splitlines() if "Done." in ln or "Completed" in ln or "WARN" in ln]
    return "\n".join(lines[-20:]) + "\n"


def _summary(db: Path, stats: LoadStats, built: bool, shown_as: Path | None = None) -> str:
    """What was loaded and the row counts of db (the work copy, read before it is published,
    so that a client holding the published file cannot make a finished build fail)."""
    lines = [
        f"inputs: {stats.loaded} loaded, {stats.reloaded} reloaded, {stats.duplicate} duplicate, "
        f"{stats.rejected} rejected; {stats.facts} figures and {stats.investments} investment events extracted",
    ]
    lines += [f"  {m}" for m in stats.messages[:50]]
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = ["raw.files", "raw.documents", "raw.indicator_mentions", "raw.investment_mentions"]
        if built:
            tables += [
                f"marts.{t}"
                for t in (
                    "dim_report",
                    "dim_county",
                    "dim_period",
                    "dim_indicator",
                    "dim_industry",
                    "dim_enterprise",
                    "dim_project",
                    "fact_indicator",
                    "fact_investment",
                )
            ]
        counts = []
        for t in tables:
            try:
                counts.append(f"{t}={con.execute(f'select count(*) from {t}').fetchone()[0]}")
            except duckdb.Error:
                counts.append(f"{t}=missing")
        lines.append("rows: " + ", ".join(counts))
    finally:
        con.close()
    lines.append(f"warehouse: {(shown_as or db).absolute()}")
    return "\n".join(lines)


RESERVED_STEMS = {"raw", "staging", "intermediate", "marts", "seeds", "main", "memory", "system", "temp"}


def cmd_build(args: argparse.Namespace, run_dbt_after: bool) -> int:
    db: Path = args.db
    if db.stem.lower() in RESERVED_STEMS:
        # DuckDB names the catalog after the file, which would clash with the schema of that name
        print(
            f"error: --db {db}: the file name '{db.stem}' clashes with a schema of the warehouse "
            f"({', '.join(sorted(RESERVED_STEMS))} are taken); choose another name, e.g. warehouse.duckdb",
            file=sys.stderr,
        )
        return 2
    db.parent.mkdir(parents=True, exist_ok=True)
    missing = [p for p in args.input if not p.exists()]
    for p in missing:
        print(f"warning: input {p} does not exist", file=sys.stderr)
    t0 = time.monotonic()
    with build_lock(db):
        work = _work_copy(db)
        try:
            stats = load_inputs(list(args.input), work)
            t1 = time.monotonic()
            if run_dbt_after:
                dbt_args = ["build"] if not args.skip_tests else ["run"]
                if args.skip_tests:
                    rc = run_dbt(work, ["seed"], args.quiet)
                    if rc == 0:
                        rc = run_dbt(work, dbt_args, args.quiet)
                else:
                    rc = run_dbt(work, dbt_args, args.quiet)
                if rc != 0:
                    print(f"dbt failed (exit {rc}); {db} was left as it was", file=sys.stderr)
                    _discard(work)
                    return rc
                if not args.skip_quality:
                    from .quality import run_checkpoint

                    ok, report = run_checkpoint(work)
                    print(report)
                    if not ok:
                        print(f"data-quality checkpoint failed; {db} was left as it was", file=sys.stderr)
                        _discard(work)
                        return 3
            summary = _summary(work, stats, run_dbt_after, shown_as=db)
            _publish(work, db)
        except BaseException:
            _discard(work)
            raise
    t2 = time.monotonic()
    print(summary)
    print(f"time: extract {t1 - t0:.1f} s, total {t2 - t0:.1f} s")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    terminated: list[int] = []

    def on_signal(signum: int, frame: object) -> None:
        terminated.append(signum)
        request_stop(signum)
        if signum == signal.SIGINT:
            raise KeyboardInterrupt
        sys.exit(128 + signum)

    if threading.current_thread() is threading.main_thread():
        # SIGTERM (kill, a CI timeout) unwinds like Ctrl-C, so the work copy is removed
        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)
    logging.basicConfig(level=logging.ERROR if args.quiet else logging.WARNING, format="%(levelname)s %(message)s")
    if args.command not in ("build", "extract"):
        return 2
    try:
        return cmd_build(args, run_dbt_after=args.command == "build")
    except Exception:
        # DuckDB turns a signal that arrives during a query into an exception of its own
        if terminated:
            print(f"interrupted; {args.db} was left as it was", file=sys.stderr)
            return 128 + terminated[0]
        raise
    except KeyboardInterrupt:
        print(f"interrupted; {args.db} was left as it was", file=sys.stderr)
        return 128 + signal.SIGINT


if __name__ == "__main__":
    sys.exit(main())
