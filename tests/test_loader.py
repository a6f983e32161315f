"""The loader (extract/loader.py): idempotent loads, duplicates, the per-file time limit and
a 50 MB file among the inputs (peak memory, time, a clear reason)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from conftest import EXAMPLES, MEASURED, REPO, count, query

from extract import loader
from extract.loader import load_inputs

REPORT = EXAMPLES / "wangcang_2023h1_jingxinju_zongjie.txt"  # UTF-8
OTHER_REPORT = EXAMPLES / "wangcang_2022_tongjiju_zhibiao.txt"  # UTF-8
RAW_TABLES = ["raw.files", "raw.documents", "raw.indicator_mentions", "raw.investment_mentions"]


def _counts(db: Path) -> dict[str, int]:
    return {t: count(db, t) for t in RAW_TABLES}


def test_loading_the_same_inputs_twice_adds_nothing(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    first = load_inputs([EXAMPLES], db)
    counts = _counts(db)
    ids = set(query(db, "select mention_id from raw.indicator_mentions"))
    second = load_inputs([EXAMPLES], db)
    assert _counts(db) == counts
    assert set(query(db, "select mention_id from raw.indicator_mentions")) == ids
    assert first.loaded == counts["raw.documents"] > 0
    assert (second.loaded, second.reloaded, second.rejected) == (0, first.loaded, 0)
    assert second.facts == first.facts == counts["raw.indicator_mentions"]


def test_loading_a_file_and_then_its_folder_adds_nothing(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    load_inputs([REPORT], db)
    load_inputs([EXAMPLES], db)
    counts = _counts(db)
    load_inputs([EXAMPLES, REPORT], db)  # the same file named twice in one call, too
    assert _counts(db) == counts
    assert query(db, "select count(*) from raw.files where file_name = ?", [REPORT.name]) == [(1,)]


def test_byte_identical_copy_is_a_duplicate(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy2(REPORT, inputs / "a_original.txt")
    shutil.copy2(REPORT, inputs / "b copy of the report.txt")
    db = tmp_path / "w.duckdb"
    stats = load_inputs([inputs], db)
    assert (stats.loaded, stats.duplicate) == (1, 1)
    rows = query(db, "select file_name, status, reason from raw.files order by file_name")
    assert rows[0] == ("a_original.txt", "loaded", None)
    assert rows[1][:2] == ("b copy of the report.txt", "duplicate")
    assert "a_original.txt" in rows[1][2]
    assert count(db, "raw.documents") == 1
    # and again: no new row, still one report
    load_inputs([inputs], db)
    assert query(db, "select file_name, status from raw.files order by file_name") == [r[:2] for r in rows]
    assert count(db, "raw.documents") == 1


def test_copy_loaded_in_a_later_run_is_a_duplicate_of_the_first(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    load_inputs([REPORT], db)
    later = tmp_path / "later"
    later.mkdir()
    shutil.copy2(REPORT, later / "renamed.txt")
    stats = load_inputs([later], db)
    assert stats.duplicate == 1
    (reason,) = query(db, "select reason from raw.files where file_name = 'renamed.txt'")[0]
    assert REPORT.name in reason
    assert count(db, "raw.documents") == 1


@pytest.mark.parametrize("stage", ["read_bytes", "process_text"])
def test_time_limit_per_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stage: str) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy2(OTHER_REPORT, inputs / "fine.txt")
    (inputs / "slow.txt").write_text("SLOW\n" + REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    real = getattr(loader, stage)

    def slow(first, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        marker = b"SLOW" if isinstance(first, bytes) else "SLOW"
        if marker in first:
            time.sleep(30)
        return real(first, *args, **kwargs)

    monkeypatch.setattr(loader, stage, slow)
    monkeypatch.setattr(loader, "MAX_SECONDS_PER_FILE", 0.5)
    db = tmp_path / "w.duckdb"
    t0 = time.monotonic()
    stats = load_inputs([inputs], db)
    assert time.monotonic() - t0 < 15
    assert (stats.loaded, stats.rejected) == (1, 1)
    rows = dict(query(db, "select file_name, status || ': ' || coalesce(reason, '') from raw.files"))
    assert rows["fine.txt"] == "loaded: "
    assert rows["slow.txt"].startswith("rejected: ")
    assert "took longer than 0.5 s" in rows["slow.txt"]
    assert count(db, "raw.documents") == 1


def test_time_limit_leaves_no_alarm_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    import signal

    with loader.time_limit(0.2):
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    with pytest.raises(loader.FileTimeout), loader.time_limit(0.2):
        time.sleep(5)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_time_limit_off_the_main_thread_does_not_break_loading(tmp_path: Path) -> None:
    import threading

    result = {}
    t = threading.Thread(target=lambda: result.setdefault("stats", load_inputs([REPORT], tmp_path / "w.duckdb")))
    t.start()
    t.join(120)
    assert result["stats"].loaded == 1


BIG_LOADER = textwrap.dedent("""
    import json, resource, sys, time
    from pathlib import Path
    from extract.loader import load_inputs
    t0 = time.monotonic()
    stats = load_inputs([Path(sys.argv[1])], Path(sys.argv[2]))
    print(json.dumps({"seconds": time.monotonic() - t0,
                      "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                      "loaded": stats.loaded, "rejected": stats.rejected, "messages": stats.messages}))
""")


@pytest.mark.slow
def test_50mb_text_file_among_the_inputs(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy2(REPORT, inputs / "a_small.txt")
    shutil.copy2(OTHER_REPORT, inputs / "z_small.txt")
    chunk = (REPORT.read_text(encoding="utf-8") + "\n").encode("utf-8")
    with open(inputs / "m_big.txt", "wb") as fh:
        written = 0
        while written < 50 * 1024 * 1024:
            fh.write(chunk)
            written += len(chunk)
    db = tmp_path / "w.duckdb"
    t0 = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", BIG_LOADER, str(inputs), str(db)], cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    wall = time.monotonic() - t0
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    peak_mib = result["maxrss_kib"] / 1024
    MEASURED["50 MB file: loader wall time (s), peak RSS (MiB)"] = f"{wall:.1f}, {peak_mib:.0f}"
    assert peak_mib <= 2048
    assert wall < 60
    rows = dict(query(db, "select file_name, status from raw.files"))
    assert rows["a_small.txt"] == rows["z_small.txt"] == "loaded"
    if rows["m_big.txt"] == "rejected":
        (reason,) = query(db, "select reason from raw.files where file_name = 'm_big.txt'")[0]
        assert reason and ("limit" in reason or "longer than" in reason), reason
    else:
        assert rows["m_big.txt"] == "loaded"


def test_file_name_not_in_utf8(tmp_path: Path) -> None:
    """A GBK file name (unpacked from a Windows zip) reaches Python with surrogate escapes."""
    import os

    inputs = tmp_path / "in"
    inputs.mkdir()
    good = os.path.join(os.fsencode(inputs), "锦屏县报告.txt".encode("gbk"))
    bad = os.path.join(os.fsencode(inputs), "空白.txt".encode("gbk"))
    with open(good, "wb") as fh:
        fh.write(REPORT.read_bytes())
    with open(bad, "wb"):
        pass
    db = tmp_path / "w.duckdb"
    stats = load_inputs([inputs], db)
    assert (stats.loaded, stats.rejected) == (1, 1)
    assert sorted(query(db, "select file_name, status from raw.files")) == [
        ("空白.txt", "rejected"), ("锦屏县报告.txt", "loaded")]
    assert query(db, "select file_name from raw.documents") == [("锦屏县报告.txt",)]
    for message in stats.messages:
        message.encode("utf-8")  # printable by the command line


def test_hidden_files_and_folders_are_skipped(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    (inputs / ".git" / "objects").mkdir(parents=True)
    (inputs / ".git" / "objects" / "notes.txt").write_text("不是报告", encoding="utf-8")
    (inputs / ".w.duckdb.building-123").mkdir()
    (inputs / ".w.duckdb.building-123" / "copy.txt").write_text("工作副本", encoding="utf-8")
    (inputs / ".hidden.txt").write_text("隐藏", encoding="utf-8")
    shutil.copy2(REPORT, inputs / "report.txt")
    db = tmp_path / "w.duckdb"
    stats = load_inputs([inputs], db)
    assert (stats.loaded, stats.rejected) == (1, 0)
    assert query(db, "select file_name from raw.files") == [("report.txt",)]


@pytest.mark.parametrize("stop_requested", [False, True])
def test_interrupt_inside_duckdb_stops_the_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 stop_requested: bool) -> None:
    """Ctrl-C or SIGTERM during a DuckDB call surfaces as duckdb.InterruptException or, from
    executemany, RuntimeError('Query interrupted'): the load stops instead of recording the
    file as rejected and going on."""
    import duckdb

    error = RuntimeError("Query interrupted") if stop_requested else duckdb.InterruptException("Interrupted!")

    def interrupted(*args, **kwargs):  # noqa: ANN002, ANN003
        raise error

    monkeypatch.setattr(loader, "_write_report", interrupted)
    monkeypatch.setattr(loader, "STOP_REQUESTED", [15] if stop_requested else [])
    with pytest.raises(type(error)):
        load_inputs([REPORT, OTHER_REPORT], tmp_path / "w.duckdb")


def test_other_errors_do_not_stop_the_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = loader._write_report

    def failing(con, path, *args):  # noqa: ANN001, ANN002
        if path.name == REPORT.name:
            raise RuntimeError("disk says no")
        return real(con, path, *args)

    monkeypatch.setattr(loader, "_write_report", failing)
    db = tmp_path / "w.duckdb"
    stats = load_inputs([REPORT, OTHER_REPORT], db)
    assert (stats.loaded, stats.rejected) == (1, 1)
    rows = dict(query(db, "select file_name, status || ': ' || coalesce(reason, '') from raw.files"))
    assert rows[REPORT.name] == "rejected: extraction failed: RuntimeError: disk says no"
    assert rows[OTHER_REPORT.name] == "loaded: "
    assert count(db, "raw.indicator_mentions") == query(
        db, "select count(*) from raw.indicator_mentions m join raw.documents d using (content_sha256)")[0][0]


def test_a_revised_report_replaces_its_earlier_version(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    report = folder / "r.txt"
    report.write_text("2023年1-6月,全县规模以上工业总产值完成31.6亿元,同比增长20.6%。", encoding="utf-8")
    db = tmp_path / "w.duckdb"
    load_inputs([folder], db)
    report.write_text("2023年1-6月,全县规模以上工业总产值完成31.8亿元,同比增长20.9%。", encoding="utf-8")
    stats = load_inputs([folder], db)
    assert count(db, "raw.documents") == 1
    assert sorted(v for (v,) in query(db, "select value from raw.indicator_mentions")) == [20.9, 31.8]
    assert query(db, "select status from raw.files") == [("loaded",)]
    assert any("replaced the earlier version" in m for m in stats.messages)


def test_stored_sentence_offsets_match_the_stripped_text() -> None:
    from extract.loader import _stripped
    from extract.segment import split_sentences

    text = "全县GDP增长5%。 三次产业结构为8.5:37.0:54.5。"
    second = split_sentences(text)[1]
    stored, start, end = _stripped(second)
    assert stored == text[start:end] == "三次产业结构为8.5:37.0:54.5。"
