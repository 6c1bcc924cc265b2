"""Corpus scale: throughput with 1 and N workers, flat memory on a >= 1 GB JSONL, streaming.

    .venv/bin/python benchmarks/bench_scale.py                    # all three checks
    .venv/bin/python benchmarks/bench_scale.py --docs 200 --memory-gb 0.2   # quicker

1. Throughput: the same documents (the naive page texts of the dev set when present,
   else the seed pages) through :func:`cleanwire.clean_many` with 1 and with N workers;
   docs/s, MB/s, speed-up, and a check that both outputs are identical.
2. Memory: a generated JSON Lines file of at least ``--memory-gb`` GB (records with an
   article text and a large pass-through field, so the file is big but quick to clean)
   through the real ``cleanwire --jsonl`` command with N workers; the peak memory of the
   command's process tree is sampled from /proc (RSS of the reading process; PSS summed
   over it and its workers, which counts shared pages once) and must stay under 300 MB.
3. Streaming: records are written to the command's stdin one by one and the first
   output record must arrive while stdin is still open.

Exit code 1 if a check fails. Needs Linux (/proc) for the memory numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import cleanwire
from cleanwire.batch import available_cores

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "wcxb-dev"
BIN = Path(sys.executable).parent / "cleanwire"
MEMORY_LIMIT_MB = 300


def load_texts(data: Path, docs: int) -> list[str]:
    """``docs`` page texts from the data folder (``*.txt``), else from the seeds, cycled."""
    files = sorted(data.glob("*.txt")) if data.is_dir() else []
    if not files:
        files = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files[:docs]]
    return [texts[i % len(texts)] for i in range(docs)]


def throughput(texts: list[str], workers: int) -> bool:
    size_mb = sum(len(t.encode()) for t in texts) / 1e6
    results: dict[int, list[cleanwire.Document]] = {}
    seconds: dict[int, float] = {}
    for n in sorted({1, workers}):
        started = time.perf_counter()
        results[n] = list(cleanwire.clean_many(texts, workers=n))
        took = time.perf_counter() - started
        print(f"throughput  workers={n}: {len(texts) / took:8.1f} docs/s  "
              f"{size_mb / took:6.2f} MB/s  ({len(texts)} docs, {size_mb:.1f} MB, {took:.1f} s)",
              flush=True)
        seconds[n] = took
    same = results[1] == results[workers]
    speedup = seconds[1] / seconds[workers]
    print(f"throughput  speed-up with {workers} workers: {speedup:.2f}x; "
          f"outputs identical: {same}")
    return same


def write_big_jsonl(path: Path, gigabytes: float, texts: list[str]) -> int:
    """Write records until the file holds ``gigabytes``; returns the record count."""
    filler = "x" * 500_000  # passes through untouched: bulk for the reader and writer
    target = int(gigabytes * 1e9)
    count = written = 0
    with path.open("w", encoding="utf-8") as fh:
        while written < target:
            text = texts[count % len(texts)][:1500]
            line = json.dumps({"id": count, "text": text, "payload": filler}) + "\n"
            fh.write(line)
            written += len(line)
            count += 1
    return count


def _tree(pid: int) -> list[int]:
    pids, i = [pid], 0
    while i < len(pids):
        try:
            for task in os.listdir(f"/proc/{pids[i]}/task"):
                with open(f"/proc/{pids[i]}/task/{task}/children") as fh:
                    pids.extend(int(c) for c in fh.read().split())
        except OSError:
            pass
        i += 1
    return pids


def _kb(pid: int, path: str, key: str) -> int:
    try:
        with open(f"/proc/{pid}/{path}") as fh:
            for line in fh:
                if line.startswith(key):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def memory(path: Path, workers: int) -> bool:
    size_mb = path.stat().st_size / 1e6
    started = time.perf_counter()
    proc = subprocess.Popen([str(BIN), "--jsonl", "--workers", str(workers), "--no-progress",
                             str(path), "-o", os.devnull])
    peak_rss = peak_pss = 0
    while proc.poll() is None:
        pids = _tree(proc.pid)
        peak_rss = max(peak_rss, _kb(proc.pid, "status", "VmRSS:"))
        peak_pss = max(peak_pss, sum(_kb(p, "smaps_rollup", "Pss:") for p in pids))
        time.sleep(0.2)
    took = time.perf_counter() - started
    ok = proc.returncode == 0 and peak_pss / 1024 < MEMORY_LIMIT_MB
    print(f"memory      {size_mb:,.0f} MB JSONL, {workers} workers, {took:.0f} s "
          f"({size_mb / took:.1f} MB/s): peak RSS of the reader {peak_rss / 1024:.0f} MB, "
          f"peak PSS of reader + workers {peak_pss / 1024:.0f} MB "
          f"(limit {MEMORY_LIMIT_MB} MB), exit {proc.returncode}: {'ok' if ok else 'FAIL'}")
    return ok


def streaming(workers: int) -> bool:
    proc = subprocess.Popen([str(BIN), "--jsonl", "--workers", str(workers)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    assert proc.stdin is not None and proc.stdout is not None
    first_at = None
    sent = 0
    started = time.perf_counter()
    while first_at is None and time.perf_counter() - started < 120:
        line = json.dumps({"id": sent, "text": f"Record {sent} of an open-ended stream."})
        proc.stdin.write(line.encode() + b"\n")
        proc.stdin.flush()
        sent += 1
        if select.select([proc.stdout], [], [], 0.01)[0]:
            first_at = sent
    proc.stdin.close()
    out = proc.stdout.read().count(b"\n")
    proc.wait()
    ok = first_at is not None and out == sent
    print(f"streaming   first record out after {first_at} records in, stdin still open; "
          f"{out} of {sent} records out: {'ok' if ok else 'FAIL'}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of *.txt pages")
    parser.add_argument("--docs", type=int, default=600, help="documents for the throughput")
    parser.add_argument("--workers", type=int, default=available_cores())
    parser.add_argument("--memory-gb", type=float, default=1.0, help="size of the big JSONL")
    parser.add_argument("--skip", nargs="*", default=[],
                        choices=["throughput", "memory", "streaming"])
    args = parser.parse_args(argv)
    texts = load_texts(args.data, args.docs)
    ok = True
    if "throughput" not in args.skip:
        ok &= throughput(texts, args.workers)
    if "streaming" not in args.skip:
        ok &= streaming(args.workers)
    if "memory" not in args.skip:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "big.jsonl"
            count = write_big_jsonl(path, args.memory_gb, texts)
            print(f"memory      wrote {count:,} records, {path.stat().st_size / 1e9:.2f} GB")
            ok &= memory(path, args.workers)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
