#!/usr/bin/env python3
"""Benchmark the build: extraction, dbt build and the data-quality checkpoint, timed apart.

    python scripts/benchmark.py [--corpus DIR] [--no-synthetic] [--max-text]

For data/examples, for ../shared/corpus when it is there, and for a synthetic 50 MB text
file it prints files/s, facts/s, seconds of each phase and the peak resident memory of each
phase's process. Each phase runs in a fresh process (so peak RSS is that phase's own), on a
warehouse in a temporary folder; nothing is written into the repository. It never asserts:
it reports.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"

# Runs a command and prints its wall time, exit code and peak RSS (its children's maximum).
MEASURE = textwrap.dedent("""
    import json, resource, subprocess, sys, time
    t0 = time.monotonic()
    proc = subprocess.run(sys.argv[1:], capture_output=True, text=True)
    print(json.dumps({"seconds": time.monotonic() - t0, "rc": proc.returncode,
                      "maxrss_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                      "stdout": proc.stdout[-4000:], "stderr": proc.stderr[-2000:]}))
""")

EXTRACT = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from extract.loader import load_inputs
    stats = load_inputs([Path(p) for p in sys.argv[2:]], Path(sys.argv[1]))
    print(json.dumps({"loaded": stats.loaded, "reloaded": stats.reloaded, "rejected": stats.rejected,
                      "duplicate": stats.duplicate, "facts": stats.facts, "investments": stats.investments,
                      "messages": stats.messages[:5]}))
""")


def measure(cmd: list[str], env: dict[str, str]) -> dict:
    proc = subprocess.run([sys.executable, "-c", MEASURE, *cmd], cwd=ROOT, env=env, capture_output=True, text=True)
    try:
        return json.loads(proc.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return {"seconds": float("nan"), "rc": -1, "maxrss_mib": float("nan"), "stdout": proc.stdout,
                "stderr": proc.stderr}


def tool(name: str) -> str:
    exe = BIN / name
    return str(exe) if exe.exists() else (shutil.which(name) or name)


def count_files(inputs: list[Path]) -> int:
    n = 0
    for p in inputs:
        if p.is_file():
            n += 1
        elif p.is_dir():
            n += sum(1 for q in p.rglob("*") if q.is_file() and not q.name.startswith(".") and q.name != "manifest.csv")
    return n


def bench(name: str, inputs: list[Path], work: Path, env: dict[str, str], with_dbt: bool = True) -> None:
    db = work / f"{name}.duckdb"
    n_files = count_files(inputs)
    size_mib = sum(q.stat().st_size for p in inputs for q in ([p] if p.is_file() else p.rglob("*")) if q.is_file())
    size_mib /= 1024 * 1024
    print(f"\n== {name}: {n_files} files, {size_mib:.1f} MiB")
    ex = measure([sys.executable, "-c", EXTRACT, str(db), *map(str, inputs)], env)
    if ex["rc"] != 0:
        print(f"   extract FAILED (exit {ex['rc']}): {ex['stderr'][-1000:]}")
        return
    stats = json.loads(ex["stdout"].strip().splitlines()[-1])
    secs = ex["seconds"]
    print(f"   extract      {secs:7.2f} s   {n_files / secs:8.1f} files/s   {stats['facts'] / secs:9.1f} facts/s   "
          f"peak RSS {ex['maxrss_mib']:7.0f} MiB")
    print(f"                loaded {stats['loaded']}, rejected {stats['rejected']}, duplicate {stats['duplicate']}; "
          f"{stats['facts']} facts, {stats['investments']} investment events")
    for m in stats["messages"]:
        print(f"                {m[:160]}")
    if not with_dbt:
        return
    dbt_env = dict(env, COUNTY_REPORTS_DB=str(db))
    dbt = measure([tool("dbt"), "build", "--profiles-dir", str(ROOT), "--project-dir", str(ROOT)], dbt_env)
    status = "ok" if dbt["rc"] == 0 else f"FAILED (exit {dbt['rc']})"
    done = [ln.split("  ", 1)[-1].strip() for ln in dbt["stdout"].splitlines() if "Done." in ln]
    print(f"   dbt build    {dbt['seconds']:7.2f} s   {status}   peak RSS {dbt['maxrss_mib']:7.0f} MiB   "
          f"{done[-1] if done else ''}")
    gx = measure([sys.executable, "-m", "extract.quality", str(db), "--docs-dir", str(work / f"{name}_docs")], env)
    status = "passed" if gx["rc"] == 0 else f"FAILED (exit {gx['rc']})"
    print(f"   quality (GX) {gx['seconds']:7.2f} s   {status}   peak RSS {gx['maxrss_mib']:7.0f} MiB")
    total = secs + dbt["seconds"] + gx["seconds"]
    print(f"   total        {total:7.2f} s   {n_files / total:8.2f} files/s   {stats['facts'] / total:9.1f} facts/s")


def synthetic(work: Path, mib: int, name: str) -> Path:
    """A text file of about mib MiB made of a shipped report repeated, beside two small reports."""
    folder = work / name
    folder.mkdir()
    report = ROOT / "data" / "examples" / "wangcang_2023h1_jingxinju_zongjie.txt"
    shutil.copy2(report, folder / "a_small.txt")
    shutil.copy2(ROOT / "data" / "examples" / "wangcang_2022_tongjiju_zhibiao.txt", folder / "z_small.txt")
    chunk = report.read_bytes() + b"\n"
    with open(folder / "big.txt", "wb") as fh:
        written = 0
        while written < mib * 1024 * 1024:
            fh.write(chunk)
            written += len(chunk)
    return folder


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=SHARED_CORPUS, help="real reports (default ../shared/corpus)")
    ap.add_argument("--no-synthetic", action="store_true", help="skip the synthetic 50 MB file")
    ap.add_argument("--max-text", action="store_true",
                    help="also extract the largest text a file may hold (loader.MAX_TEXT_CHARS): slow")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="county-reports-bench-") as tmp:
        work = Path(tmp)
        for d in ("target", "logs"):
            (work / d).mkdir()
        cached = ROOT / "target" / "partial_parse.msgpack"
        if cached.is_file():
            shutil.copy2(cached, work / "target" / cached.name)
        env = dict(os.environ, DBT_TARGET_PATH=str(work / "target"), DBT_LOG_PATH=str(work / "logs"),
                   COUNTY_REPORTS_DOCS_DIR=str(work / "docs"), DBT_SEND_ANONYMOUS_USAGE_STATS="false",
                   PYTHONDONTWRITEBYTECODE="1")
        print(f"county-reports benchmark on {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
        bench("examples", [ROOT / "data" / "examples"], work, env)
        if args.corpus.is_dir():
            bench("corpus", [args.corpus], work, env)
        else:
            print(f"\n== corpus: {args.corpus} not found, skipped")
        if not args.no_synthetic:
            t0 = time.monotonic()
            folder = synthetic(work, 50, "synthetic_50mb")
            print(f"\n(wrote the synthetic 50 MB file in {time.monotonic() - t0:.1f} s)")
            bench("synthetic 50 MB + 2 reports", [folder], work, env, with_dbt=False)
        if args.max_text:
            sys.path.insert(0, str(ROOT))
            from extract.loader import MAX_TEXT_CHARS

            report = (ROOT / "data" / "examples" / "wangcang_2023h1_jingxinju_zongjie.txt").read_text(encoding="utf-8")
            folder = work / "max_text"
            folder.mkdir()
            text = (report + "\n") * (MAX_TEXT_CHARS // (len(report) + 1))
            (folder / "max.txt").write_text(text, encoding="utf-8")
            bench(f"one text of {len(text)} characters", [folder], work, env, with_dbt=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
