"""Build benchmark, every figure of issue 16 in one run on replicated real posts:

* the baseline a user would otherwise write — trafilatura ``extract(fast=True)`` + pandas → Parquet — on the same
  posts, in the same run;
* the whole build (``--no-cache``) at ``--jobs 1`` and ``--jobs 2``: posts/s, posts per CPU-second, the ratio;
* peak RSS of the build's main process and of its workers at two corpus sizes (each size in its own process, so
  that one peak does not hide the other);
* the incremental rebuild: one post added, one changed and one removed, each rebuilt by ``imcovid build`` with the
  cache in a fresh process (start-up included), against a clean build and a cold cached build of the same run, at
  ``--jobs 1`` and ``--jobs 2``, compared byte for byte with a clean build of the same seeds.

    python benchmarks/build.py                       # all of it: --n 5000, RSS at 2000 and 20000
    python benchmarks/build.py --only speed --n 2000
    python benchmarks/build.py --only texts --n 2000      # replicated text vs distinct text, --jobs 1
    python benchmarks/build.py --only rss --rss-sizes 2000 20000
    python benchmarks/build.py --only incremental --n 5000

Posts: tests/data/corpus/raw and tests/data/real/raw (95 real posts), copy i of post p gets a trailing HTML comment
so that every copy has distinct bytes (and id) and the same text; ``texts`` also measures copies that each open with
a sentence of their own (distinct text, which no memo serves). Needs the ``bench`` extra (trafilatura).
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "tests" / "data" / "corpus" / "raw", ROOT / "tests" / "data" / "real" / "raw"]


def originals() -> list[bytes]:
    return [p.read_bytes() for folder in SOURCES for p in sorted(folder.iterdir()) if p.is_file()]


def make_seeds(target: Path, n: int, distinct: bool = False) -> None:
    """``n`` copies of the real posts. Replicated (default): copy i differs from the others by a trailing HTML comment
    only, so its bytes differ and its text does not — what an archive's repeated captures look like, and what the
    build's memos (``imcovid.memo``) make cheap. ``distinct``: copy i opens its body with a sentence of its own, so
    every copy's cleaned text differs and no memo can serve it — the cost of new text."""
    posts = originals()
    target.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        raw = posts[i % len(posts)]
        if distinct:
            raw = _with_sentence(raw, f"<p>基准测试副本第{i}号的正文与其他副本不同。</p>\n")
        (target / f"{i:06d}.txt").write_bytes(raw + f"\n<!-- benchmark copy {i} -->\n".encode())


def _with_sentence(raw: bytes, html: str) -> bytes:
    """``raw`` with ``html`` first in its body (after the front matter's closing fence), in the file's encoding."""
    try:
        raw.decode("utf-8")
        encoded = html.encode("utf-8")
    except UnicodeDecodeError:
        encoded = html.encode("gb18030")
    opening = raw.find(b"---")
    closing = raw.find(b"\n---", opening + 3) if opening >= 0 and not raw[:opening].strip() else -1
    if closing < 0:  # plain text: after the first (title) line
        cut = raw.find(b"\n") + 1 or len(raw)
    else:
        cut = raw.find(b"\n", closing + 1) + 1 or len(raw)
    return raw[:cut] + encoded + raw[cut:]


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _own_cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def _timed(fn):
    start, cpu = time.perf_counter(), _cpu_seconds()
    result = fn()
    return result, time.perf_counter() - start, _cpu_seconds() - cpu


def baseline(seeds: Path, out: Path) -> None:
    """What a user would write without this package: bare main-text extraction to one Parquet file."""
    import pandas as pd
    import trafilatura

    rows = []
    for path in sorted(seeds.iterdir()):
        raw = path.read_text(encoding="utf-8", errors="replace")
        if raw.lstrip().startswith("---"):  # Hexo front matter is not HTML: give trafilatura the body only
            raw = raw.lstrip()[3:].split("\n---", 1)[-1]
        rows.append({"file": path.name, "text": trafilatura.extract(raw, fast=True) or ""})
    pd.DataFrame(rows).to_parquet(out, compression="zstd")


def _build(seeds: Path, out: Path, **options):
    from imcovid.pipeline import build

    return build(seeds, out, progress=False, **options)


def same_tree(a: Path, b: Path) -> bool:
    files_a = sorted(p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file())
    return files_a == files_b and all(filecmp.cmp(a / f, b / f, shallow=False) for f in files_a)


class _TwoJobAccounts:
    """CPU-seconds of each worker of a two-job build and of its main process while the workers run, recorded by
    wrapping the block-parallel build's worker and its main loop (imcovid.blockwise) for the benchmark's run: on a
    machine shared with other jobs, wall-clock ratios are noise, and these are what the critical path is made of."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.main_loop = 0.0

    def __enter__(self):
        from imcovid import blockwise

        self.module, self.worker, self.loop = blockwise, blockwise._worker, blockwise.write_blockwise
        folder, accounts = self.folder, self

        def worker(number, *args):  # runs in the forked worker: its own CPU from the fork to its exit
            start = resource.getrusage(resource.RUSAGE_SELF)
            try:
                self.worker(number, *args)
            finally:
                end = resource.getrusage(resource.RUSAGE_SELF)
                # Its page faults and system CPU since the fork: copy-on-write and fresh pages, what two workers
                # spend beyond one job's CPU (--jobs 1 in one process faults a fraction of that).
                (folder / f"worker-{number}").write_text(json.dumps(
                    [time.process_time(), end.ru_minflt - start.ru_minflt, end.ru_stime - start.ru_stime]))

        def loop(*args, **kwargs):
            start = time.process_time()
            try:
                return self.loop(*args, **kwargs)
            finally:
                accounts.main_loop = time.process_time() - start

        blockwise._worker, blockwise.write_blockwise = worker, loop
        return self

    def __exit__(self, *exc) -> None:
        self.module._worker, self.module.write_blockwise = self.worker, self.loop

    def workers(self) -> list[list[float]]:
        """Each worker's [CPU-s, minor page faults, system CPU-s]."""
        return [json.loads(path.read_text()) for path in sorted(self.folder.glob("worker-*"))]


def bench_speed(work: Path, n: int) -> dict:
    seeds = work / "speed-seeds"
    make_seeds(seeds, n)
    _build(seeds, work / "warm", jobs=1)  # load models and fill OS caches once, outside the timings
    shutil.rmtree(work / "warm")
    load_before = list(os.getloadavg())
    _, base_s, base_cpu = _timed(lambda: baseline(seeds, work / "baseline.parquet"))
    _, one_s, one_cpu = _timed(lambda: _build(seeds, work / "j1", jobs=1))
    own = _own_cpu_seconds()
    with _TwoJobAccounts(work / "accounts") as accounts:
        _, two_s, two_cpu = _timed(lambda: _build(seeds, work / "j2", jobs=2))
    two_main_cpu = _own_cpu_seconds() - own  # the writing process: what the workers cannot share
    each = accounts.workers()
    workers = [cpu for cpu, _, _ in each]
    # Amdahl on two idle cores: the main process's serial CPU (listing, metadata, the final check), the busier
    # worker's CPU, and the main loop's CPU shared with the workers' two cores (a third busy process).
    serial = two_main_cpu - accounts.main_loop
    predicted = serial + max(workers, default=0.0) + accounts.main_loop / 2
    identical = same_tree(work / "j1", work / "j2")
    for name in ("j1", "j2"):
        shutil.rmtree(work / name)
    cold = _cold_cache_pair(seeds, work)
    return {**cold, 
        "posts": n, "text": "replicated (same text, distinct bytes; see texts for distinct text)",
        "baseline_s": round(base_s, 2), "baseline_posts_per_s": round(n / base_s, 1),
        "jobs1_s": round(one_s, 2), "jobs1_posts_per_s": round(n / one_s, 1),
        "jobs1_posts_per_cpu_s": round(n / one_cpu, 1),
        "jobs2_s": round(two_s, 2), "jobs2_posts_per_s": round(n / two_s, 1),
        "jobs2_posts_per_s_per_core": round(n / two_s / 2, 1),
        "jobs2_over_jobs1": round(one_s / two_s, 2),
        "jobs2_cpu_s": round(two_cpu, 2), "jobs2_main_process_cpu_s": round(two_main_cpu, 2),
        "jobs2_workers_cpu_s": round(two_cpu - two_main_cpu, 2),
        # On a shared machine the wall ratio moves with the other jobs' load; the CPU split does much less. What two
        # idle cores would give if the CPU seconds of --jobs 2 were spread evenly over them (an upper bound: the
        # serial start and tail are not counted apart).
        "jobs2_cpu_over_jobs1_cpu": round(two_cpu / one_cpu, 2),
        "jobs2_cpu_bound_ratio": round(one_cpu / max(two_cpu / 2, two_main_cpu), 2),
        "jobs2_main_serial_cpu_s": round(serial, 2), "jobs2_main_loop_cpu_s": round(accounts.main_loop, 2),
        "jobs2_each_worker_cpu_s": [round(cpu, 2) for cpu in workers],
        "jobs2_each_worker_minor_faults": [int(faults) for _, faults, _ in each],
        "jobs2_each_worker_sys_s": [round(system, 2) for _, _, system in each],
        # jobs-1 CPU over the two-job build's critical path in CPU-seconds (serial + busier worker + main loop / 2):
        # the ratio two idle cores would give, but for the workers' idle waits.
        "jobs2_predicted_ratio": round(one_cpu / predicted, 2) if predicted else None,
        "load_avg_before_after": [load_before, list(os.getloadavg())],
        "jobs1_cpu_s": round(one_cpu, 2),
        "jobs1_over_baseline": round(base_s / one_s, 2),
        "jobs1_cpu_over_baseline_cpu": round(base_cpu / one_cpu, 2),
        "jobs1_equals_jobs2": identical,
    }


def _cold_cache_pair(seeds: Path, work: Path) -> dict:
    """The default build (a cache folder, empty) at ``--jobs 1`` and ``--jobs 2``, in this process after the warm-up
    as the clean pair above: the ratio, and the two-job build's CPU accounts (release 19 and before: 1.00×, the main
    process wrote everything; since session 15 the first build with a cache is block-parallel too)."""
    _, one_s, one_cpu = _timed(lambda: _build(seeds, work / "c1", jobs=1, cache_dir=work / "cache1"))
    own = _own_cpu_seconds()
    with _TwoJobAccounts(work / "accounts-cold") as accounts:
        _, two_s, two_cpu = _timed(lambda: _build(seeds, work / "c2", jobs=2, cache_dir=work / "cache2"))
    two_main_cpu = _own_cpu_seconds() - own
    workers = [cpu for cpu, _, _ in accounts.workers()]
    serial = two_main_cpu - accounts.main_loop
    # As above; with no worker accounts (the one-writer path: the pool's workers are not wrapped) the main process's
    # whole CPU is the bound.
    predicted = serial + max(workers, default=0.0) + accounts.main_loop / 2 if workers else two_main_cpu
    identical = same_tree(work / "c1", work / "c2")
    for name in ("c1", "c2", "cache1", "cache2"):
        shutil.rmtree(work / name)
    return {"cold_cache_jobs1_s": round(one_s, 2), "cold_cache_jobs1_cpu_s": round(one_cpu, 2),
            "cold_cache_jobs2_s": round(two_s, 2), "cold_cache_jobs2_cpu_s": round(two_cpu, 2),
            "cold_cache_jobs2_over_jobs1": round(one_s / two_s, 2),
            "cold_cache_jobs2_main_serial_cpu_s": round(serial, 2),
            "cold_cache_jobs2_main_loop_cpu_s": round(accounts.main_loop, 2),
            "cold_cache_jobs2_each_worker_cpu_s": [round(cpu, 2) for cpu in workers],
            "cold_cache_jobs2_predicted_ratio": round(one_cpu / predicted, 2) if predicted else None,
            "cold_cache_jobs1_equals_jobs2": identical}


def bench_texts(work: Path, n: int) -> dict:
    """Replicated text and distinct text, ``--jobs 1``, each against the baseline on the same posts, in one run.
    The two figures answer different questions: replicated copies (same text, different bytes) are served by the
    per-worker memos after their first copy; distinct copies are what new text costs (see docs/scale.md).

    The marginal figures compare ``n`` posts with ``n // 2``: what each added post costs, without the build's fixed
    costs (metadata, card, final check) that a small corpus spreads over few posts."""
    report: dict = {"posts": n}
    half = n // 2
    for kind, distinct in (("replicated_text", False), ("distinct_text", True)):
        seeds, small = work / f"{kind}-seeds", work / f"{kind}-seeds-half"
        make_seeds(seeds, n, distinct=distinct)
        make_seeds(small, half, distinct=distinct)
        _build(seeds, work / "warm", jobs=1)  # models loaded, OS caches filled, outside the timings
        shutil.rmtree(work / "warm")
        _, base_s, base_cpu = _timed(lambda: baseline(seeds, work / f"{kind}-baseline.parquet"))
        _, base_half_s, base_half_cpu = _timed(lambda: baseline(small, work / f"{kind}-baseline-half.parquet"))
        _, one_s, one_cpu = _timed(lambda: _build(seeds, work / f"{kind}-j1", jobs=1))
        _, half_s, half_cpu = _timed(lambda: _build(small, work / f"{kind}-j1-half", jobs=1))
        for out in (f"{kind}-j1", f"{kind}-j1-half"):
            shutil.rmtree(work / out)
        added = n - half
        report[kind] = {
            "baseline_s": round(base_s, 2), "baseline_posts_per_s": round(n / base_s, 1),
            "jobs1_s": round(one_s, 2), "jobs1_posts_per_s": round(n / one_s, 1),
            "jobs1_cpu_ms_per_post": round(1000 * one_cpu / n, 2),
            "baseline_cpu_ms_per_post": round(1000 * base_cpu / n, 2),
            "jobs1_over_baseline": round(base_s / one_s, 2),
            "marginal_baseline_cpu_ms_per_post": round(1000 * (base_cpu - base_half_cpu) / added, 2),
            "marginal_jobs1_cpu_ms_per_post": round(1000 * (one_cpu - half_cpu) / added, 2),
            "marginal_jobs1_over_baseline": round((base_s - base_half_s) / max(one_s - half_s, 1e-9), 2),
            "marginal_jobs1_cpu_over_baseline_cpu": round((base_cpu - base_half_cpu) / max(one_cpu - half_cpu, 1e-9), 2),
        }
    return report


def bench_rss_one(n: int, jobs: int) -> dict:
    """Run in a child process: the peak of this process (the build's main process) and of its workers."""
    with tempfile.TemporaryDirectory(prefix="imcovid-bench-") as tmp:
        seeds = Path(tmp) / "seeds"
        make_seeds(seeds, n)
        _, elapsed, _ = _timed(lambda: _build(seeds, Path(tmp) / "out", jobs=jobs))
    return {"posts": n, "jobs": jobs, "elapsed_s": round(elapsed, 1),
            "peak_rss_main_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "peak_rss_worker_mib": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)}


def bench_rss(sizes: list[int], jobs: int) -> dict:
    results = []
    for n in sizes:
        out = subprocess.run([sys.executable, __file__, "--rss-child", str(n), "--jobs", str(jobs)],
                             check=True, capture_output=True, text=True).stdout
        results.append(json.loads(out.strip().splitlines()[-1]))
    growth = results[-1]["peak_rss_main_mib"] - results[0]["peak_rss_main_mib"]
    return {"runs": results, "main_growth_mib": round(growth, 1),
            "worker_growth_mib": round(results[-1]["peak_rss_worker_mib"] - results[0]["peak_rss_worker_mib"], 1)}


def _cli_build(seeds: Path, out: Path, work: Path, jobs: int, cache: Path | None) -> tuple[float, float]:
    """``imcovid build`` in a fresh process, as a user runs it (start-up and imports included): (wall, CPU) seconds,
    the CPU of the process and its workers (waited for, so counted in this process's children)."""
    command = [sys.executable, "-m", "imcovid.cli", "build", "--seeds", str(seeds), "--out", str(out), "--jobs",
               str(jobs), "--schema-dir", str(work / "schema")]
    command += ["--cache-dir", str(cache)] if cache is not None else ["--no-cache"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def bench_incremental(work: Path, n: int, jobs: int) -> dict:
    """One post added, changed and removed in an ``n``-post corpus, each rebuilt by ``imcovid build`` with the cache
    in a fresh process, against two denominators measured in the same run: a clean build (``--no-cache``) and a cold
    cached build (the CLI's default, an empty cache); every rebuild compared byte for byte with a clean build of the
    same seeds."""
    base = work / f"inc-j{jobs}"
    seeds, cache = base / "seeds", base / "cache"
    make_seeds(seeds, n)
    _cli_build(seeds, base / "warm-up", base, jobs, None)  # OS caches filled, outside the timings
    shutil.rmtree(base / "warm-up")
    cold_s, cold_cpu = _cli_build(seeds, base / "out", base, jobs, cache)
    clean_s, clean_cpu = _cli_build(seeds, base / "clean", base, jobs, None)
    shutil.rmtree(base / "out")
    warm_s, warm_cpu = _cli_build(seeds, base / "out", base, jobs, cache)
    result = {"posts": n, "jobs": jobs, "full_cold_cache_s": round(cold_s, 2), "full_cold_cache_cpu_s":
              round(cold_cpu, 2), "full_no_cache_s": round(clean_s, 2), "full_no_cache_cpu_s": round(clean_cpu, 2),
              "load_avg_at_start": list(os.getloadavg())}
    timings = {"nothing_changed": (warm_s, warm_cpu)}
    # Nothing changed, into the folder the last build wrote: the first such rebuild is built in full and records
    # that it left its folder as it found it (a fixed point); the next one proves the folder is that result and
    # stops (imcovid.publish.stamp). Seeds older than the racy window first, as a user's are.
    time.sleep(max(0.0, 3.2 - (time.time() - max(p.stat().st_ctime for p in seeds.iterdir()))))
    _cli_build(seeds, base / "out", base, jobs, cache)
    timings["nothing_changed_same_folder"] = _cli_build(seeds, base / "out", base, jobs, cache)
    result["nothing_changed_same_folder_identical_to_clean"] = same_tree(base / "out", base / "clean")
    posts = originals()
    changes = {
        "add": lambda: (seeds / "zz-added.txt").write_bytes(posts[1] + b"\n<!-- added -->\n"),
        "change": lambda: (seeds / "000007.txt").write_bytes(posts[7] + b"\n<!-- changed -->\n"),
        "remove": lambda: (seeds / "000011.txt").unlink(),
    }
    for name, change in changes.items():
        change()
        # A fresh output folder each time: the seeds changed under the same version, which the release rules
        # refuse to publish over the previous folder (the cache serves any output folder).
        shutil.rmtree(base / "out")
        timings[name] = _cli_build(seeds, base / "out", base, jobs, cache)
        shutil.rmtree(base / "clean")
        _cli_build(seeds, base / "clean", base, jobs, None)
        result[f"{name}_identical_to_clean"] = same_tree(base / "out", base / "clean")
    # CPU seconds (the process and its workers) beside wall-clock: on a machine shared with other jobs the wall
    # ratio moves with their load, the CPU ratio much less.
    for name, (wall, cpu) in timings.items():
        result[f"{name}_s"], result[f"{name}_cpu_s"] = round(wall, 2), round(cpu, 2)
        result[f"{name}_ratio"] = round(wall / clean_s, 3)
        result[f"{name}_cpu_ratio"] = round(cpu / clean_cpu, 3)
        result[f"{name}_ratio_to_cold_cache"] = round(wall / cold_s, 3)
        result[f"{name}_cpu_ratio_to_cold_cache"] = round(cpu / cold_cpu, 3)
    shutil.rmtree(base)
    return result


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"cpu": cpu, "cores": len(os.sched_getaffinity(0)), "memory_gib": round(mem, 1),
            "python": platform.python_version(), "load_avg_at_start": os.getloadavg()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=5000, help="posts for the speed and incremental runs")
    parser.add_argument("--rss-sizes", type=int, nargs=2, default=[2000, 20000])
    parser.add_argument("--jobs", type=int, default=2, help="jobs of the RSS run")
    parser.add_argument("--inc-jobs", type=int, nargs="+", default=[1, 2], help="jobs of the incremental runs")
    parser.add_argument("--only", choices=("speed", "texts", "rss", "incremental"), action="append")
    parser.add_argument("--rss-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rss_child:
        print(json.dumps(bench_rss_one(args.rss_child, args.jobs)))
        return
    parts = args.only or ["speed", "texts", "rss", "incremental"]
    report = {"machine": machine()}
    with tempfile.TemporaryDirectory(prefix="imcovid-bench-") as tmp:
        work = Path(tmp)
        if "speed" in parts:
            report["speed"] = bench_speed(work, args.n)
            print(json.dumps({"speed": report["speed"]}), flush=True)
        if "texts" in parts:
            report["texts"] = bench_texts(work, args.n)
            print(json.dumps({"texts": report["texts"]}), flush=True)
        if "rss" in parts:
            report["rss"] = bench_rss(args.rss_sizes, args.jobs)
            print(json.dumps({"rss": report["rss"]}), flush=True)
        if "incremental" in parts:
            report["incremental"] = {f"jobs{jobs}": bench_incremental(work, args.n, jobs)
                                     for jobs in args.inc_jobs}
            print(json.dumps({"incremental": report["incremental"]}), flush=True)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
