"""Loader: walk the inputs, read and extract each report, write the raw tables in DuckDB.

Every file seen gets a raw.files row ('loaded', 'rejected' with the reason, or 'duplicate'
naming the file it repeats). Each report is written in one transaction, so a failure leaves
nothing half-loaded; loading the same inputs again replaces a report's mentions instead of
adding them twice.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import logging
import os
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from . import __version__
from .indicators import Fact
from .investments import Investment
from .paths import SCHEMA_SQL
from .periods import Period
from .pipeline import ProcessedReport, process_text
from .readers import MAX_FILE_BYTES, RejectedFile, file_type_of, read_bytes
from .segment import Span

log = logging.getLogger("county_reports")

MAX_SECONDS_PER_FILE = 120
# Extraction runs at about 100 000 characters a second; a county report is 1 000 - 50 000.
# A text longer than this is not one report (a concatenation, a data dump) and would run
# past the time limit anyway, so it is refused before extraction starts.
MAX_TEXT_CHARS = 2_000_000
MANIFEST_NAMES = {"manifest.csv"}


@dataclass
class LoadStats:
    loaded: int = 0
    reloaded: int = 0
    rejected: int = 0
    duplicate: int = 0
    facts: int = 0
    investments: int = 0
    messages: list[str] = field(default_factory=list)


# Signals received by the command line (request_stop): a load in progress stops at once
# instead of recording the file it was on as rejected and going on.
STOP_REQUESTED: list[int] = []


def request_stop(signum: int) -> None:
    STOP_REQUESTED.append(signum)


class FileTimeout(BaseException):
    """Raised inside the reader or extractor when a file runs over its time limit.

    A BaseException, like KeyboardInterrupt, so that the broad `except Exception` fallbacks
    inside pypdf, python-docx or bs4 cannot swallow it and carry on."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise FileTimeout when the block runs longer than seconds (POSIX; main thread only,
    elsewhere the block runs without a limit)."""
    if seconds <= 0 or not hasattr(signal, "SIGALRM") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def _raise(signum, frame):  # noqa: ANN001
        raise FileTimeout(f"took longer than {seconds} s")

    old = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def iter_inputs(inputs: list[Path]) -> Iterator[Path]:
    """Files under the inputs, recursively, in a stable order; folders are never files.

    Hidden files and everything inside hidden folders (.git, a build's work copy
    .warehouse.duckdb.building-*) are left out; an input named explicitly is always taken."""
    seen: set[Path] = set()
    for inp in inputs:
        if inp.is_dir():
            paths = sorted(
                p
                for p in inp.rglob("*")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(inp).parts)
            )
        else:
            paths = [inp]
        for p in paths:
            rp = p.resolve() if p.exists() else p.absolute()
            if rp in seen:
                continue
            seen.add(rp)
            yield p


def read_manifests(inputs: list[Path]) -> dict[str, dict[str, str]]:
    """manifest.csv files beside the reports: file name → {county, adcode, department, year}."""
    out: dict[str, dict[str, str]] = {}
    for inp in inputs:
        cands = [inp] if inp.is_file() and inp.name in MANIFEST_NAMES else []
        if inp.is_dir():
            cands = sorted(p for p in inp.rglob("*") if p.name in MANIFEST_NAMES and p.is_file())
        elif inp.is_file():
            sib = inp.parent / "manifest.csv"
            if sib.is_file():
                cands.append(sib)
        for path in cands:
            try:
                with open(path, encoding="utf-8-sig", newline="") as fh:
                    for row in csv.DictReader(fh):
                        name = (row.get("file") or "").strip()
                        if name:
                            out[name] = {k: (v or "").strip() for k, v in row.items() if k}
            except (OSError, UnicodeDecodeError, csv.Error) as exc:
                log.warning("manifest %s ignored: %s", path, exc)
    return out


def path_text(path: Path | str) -> str:
    """A path as text DuckDB can store. A file name that is not UTF-8 (a GBK name unpacked from
    a Windows zip) reaches Python with surrogate escapes, which DuckDB refuses; it is decoded
    as GB18030 when that works, else its undecodable bytes are written as \\xNN."""
    text = str(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        raw = os.fsencode(text)
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="backslashreplace")


def _source(path: Path) -> str:
    return path_text(path.absolute())


def connect(db_path: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(db_path))
    con.execute(SCHEMA_SQL.read_text(encoding="utf-8"))
    return con


def _record_file(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    sha: str | None,
    size: int | None,
    ftype: str | None,
    encoding: str | None,
    status: str,
    reason: str | None,
) -> None:
    now = dt.datetime.now()
    src = _source(path)
    existing = con.execute(
        "select count(*) from raw.files where source_path = ? and content_sha256 is not distinct from ? and status = ?",
        [src, sha, status],
    ).fetchone()[0]
    if existing:
        con.execute(
            "update raw.files set seen_at = ?, reason = ? where source_path = ? "
            "and content_sha256 is not distinct from ? and status = ?",
            [now, reason, src, sha, status],
        )
        return
    con.execute(
        "insert into raw.files values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [src, path_text(path.name), sha, size, ftype, encoding, status, reason, now],
    )


def _period_columns(p: Period | None) -> tuple[int | None, int | None, int | None, str | None, str | None]:
    """year, start_month, end_month, period_type, label of a period (all null without one)."""
    return (p.year, p.start_month, p.end_month, p.period_type, p.label) if p else (None, None, None, None, None)


def _fact_rows(sha: str, facts: list[Fact]) -> list[tuple]:
    rows = []
    for seq, f in enumerate(facts):
        p = f.period
        rows.append(
            (
                f"{sha[:16]}-{seq}",
                sha,
                seq,
                f.indicator_code,
                f.indicator_surface,
                f.industry_code,
                f.subject_type,
                f.subject_name,
                f.measure,
                f.basis,
                f.qualifier,
                f.value,
                f.unit,
                f.value_std,
                f.unit_std,
                f.is_masked,
                f.mask_text,
                *_period_columns(p),
                f.period_source,
                *_stripped(f.sentence),
                f.char_start,
                f.char_end,
                __version__,
            )
        )
    return rows


def _stripped(sentence: Span) -> tuple[str, int, int]:
    """The sentence without surrounding blanks, with its offsets moved to match."""
    text = sentence.text
    lead = len(text) - len(text.lstrip())
    trail = len(text) - len(text.rstrip())
    return text.strip(), sentence.start + lead, sentence.end - trail


def _investment_rows(sha: str, invs: list[Investment], report: ProcessedReport) -> list[tuple]:
    rows = []
    p = report.info.period
    for seq, v in enumerate(invs):
        rows.append(
            (
                f"{sha[:16]}-i{seq}",
                sha,
                seq,
                v.project_name,
                v.company_name,
                v.stage,
                v.amount,
                v.unit,
                v.amount_cny,
                v.is_masked,
                v.mask_text,
                v.event_date,
                v.event_date_text,
                v.location,
                v.industry_code,
                *_period_columns(p),
                *_stripped(v.sentence),
                v.char_start,
                v.char_end,
                __version__,
            )
        )
    return rows


def _write_report(
    con: duckdb.DuckDBPyConnection, path: Path, sha: str, ftype: str, encoding: str | None, report: ProcessedReport
) -> None:
    info = report.info
    p = info.period
    con.execute("delete from raw.indicator_mentions where content_sha256 = ?", [sha])
    con.execute("delete from raw.investment_mentions where content_sha256 = ?", [sha])
    con.execute("delete from raw.documents where content_sha256 = ?", [sha])
    con.execute(
        "insert into raw.documents values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            sha,
            path_text(path.name),
            _source(path),
            info.title,
            info.department,
            info.county_text,
            info.county_adcode,
            info.county_is_masked,
            info.report_year,
            *_period_columns(p),
            report.text,
            len(report.text),
            encoding,
            dt.datetime.now(),
            __version__,
        ],
    )
    fact_rows = _fact_rows(sha, report.facts)
    if fact_rows:
        con.executemany(f"insert into raw.indicator_mentions values ({', '.join(['?'] * 29)})", fact_rows)
    inv_rows = _investment_rows(sha, report.investments, report)
    if inv_rows:
        con.executemany(f"insert into raw.investment_mentions values ({', '.join(['?'] * 26)})", inv_rows)


def _drop_older_versions(con: duckdb.DuckDBPyConnection, source: str, sha: str, stats: LoadStats) -> None:
    """A file loaded before with other content is a revised report: its old version goes, so a
    corrected figure replaces the wrong one instead of standing beside it."""
    old = [
        r[0]
        for r in con.execute(
            "select content_sha256 from raw.documents where source_path = ? and content_sha256 <> ?", [source, sha]
        ).fetchall()
    ]
    for old_sha in old:
        for table in ("raw.indicator_mentions", "raw.investment_mentions", "raw.documents"):
            con.execute(f"delete from {table} where content_sha256 = ?", [old_sha])
        con.execute("delete from raw.files where source_path = ? and content_sha256 = ?", [source, old_sha])
        stats.messages.append(f"replaced the earlier version of {source}")


def load_file(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    manifests: dict[str, dict[str, str]],
    batch_shas: dict[str, str],
    stats: LoadStats,
) -> None:
    ftype = file_type_of(path)

    def reject(reason: str, sha: str | None = None, size: int | None = None, enc: str | None = None) -> None:
        stats.rejected += 1
        stats.messages.append(f"rejected {path_text(path)}: {reason}")
        log.warning("rejected %s: %s", path, reason)
        _record_file(con, path, sha, size, ftype or path.suffix.lower().lstrip(".") or None, enc, "rejected", reason)

    try:
        size = path.stat().st_size
    except OSError as exc:
        reject(f"cannot read: {exc.strerror or exc}")
        return
    if ftype is None:
        reject(f"unsupported file type '{path.suffix or '(none)'}' (supported: .txt .docx .pdf .html .htm)", size=size)
        return
    if size > MAX_FILE_BYTES:
        reject(f"file is {size} bytes, over the {MAX_FILE_BYTES} byte limit", size=size)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        reject(f"cannot read: {exc.strerror or exc}", size=size)
        return
    sha = hashlib.sha256(data).hexdigest()
    first = batch_shas.get(sha)
    if first is None:
        row = con.execute(
            "select file_name from raw.documents where content_sha256 = ? and source_path <> ?",
            [sha, _source(path)],
        ).fetchone()
        first = row[0] if row else None
    if first is not None and first != _source(path):
        stats.duplicate += 1
        _record_file(con, path, sha, size, ftype, None, "duplicate", f"same content as {Path(first).name}")
        return
    try:
        with time_limit(MAX_SECONDS_PER_FILE):
            result = read_bytes(data, ftype)
            if len(result.text) > MAX_TEXT_CHARS:
                raise RejectedFile(
                    f"{len(result.text)} characters of text, over the {MAX_TEXT_CHARS} character limit for one "
                    f"report (about {MAX_TEXT_CHARS // 100_000} s of extraction); split it into reports"
                )
            report = process_text(result.text, manifests.get(path_text(path.name)))
    except RejectedFile as exc:
        reject(str(exc), sha, size)
        return
    except FileTimeout as exc:
        reject(f"reading and extraction {exc}, the time limit per file; the file is left out", sha, size)
        return
    except RecursionError as exc:
        reject(f"could not be parsed: {exc}", sha, size)
        return
    if not report.text.strip():
        reject("no text after normalisation (empty report)", sha, size)
        return
    known = con.execute("select count(*) from raw.documents where content_sha256 = ?", [sha]).fetchone()[0]
    con.execute("begin transaction")
    try:
        _drop_older_versions(con, _source(path), sha, stats)
        _write_report(con, path, sha, ftype, result.encoding, report)
        _record_file(con, path, sha, size, ftype, result.encoding, "loaded", None)
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    batch_shas[sha] = _source(path)
    if known:
        stats.reloaded += 1
    else:
        stats.loaded += 1
    stats.facts += len(report.facts)
    stats.investments += len(report.investments)


def load_inputs(inputs: list[Path], db_path: Path) -> LoadStats:
    """Load every report under inputs into db_path (created when missing)."""
    stats = LoadStats()
    manifests = read_manifests(inputs)
    con = connect(db_path)
    batch_shas: dict[str, str] = {}
    try:
        for path in iter_inputs(inputs):
            if path.name in MANIFEST_NAMES:
                continue
            if not path.exists():
                stats.rejected += 1
                msg = "input does not exist"
                stats.messages.append(f"rejected {path_text(path)}: {msg}")
                _record_file(con, path, None, None, None, None, "rejected", msg)
                continue
            try:
                load_file(con, path, manifests, batch_shas, stats)
            except Exception as exc:  # one bad file never stops the batch …
                if STOP_REQUESTED or isinstance(exc, duckdb.InterruptException):
                    # … but Ctrl-C or SIGTERM does. Arriving inside a DuckDB call, it surfaces
                    # as duckdb.InterruptException or RuntimeError("Query interrupted").
                    raise
                log.exception("failed on %s", path)
                stats.rejected += 1
                reason = f"extraction failed: {type(exc).__name__}: {exc}"
                stats.messages.append(f"rejected {path_text(path)}: {reason}")
                try:
                    _record_file(con, path, None, None, file_type_of(path), None, "rejected", reason)
                except Exception:  # not even the rejection can be written: say so, go on
                    log.exception("could not record %s in raw.files", path)
        con.execute("checkpoint")
    finally:
        con.close()
    return stats
