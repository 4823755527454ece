"""Issue 16's figures as a user at a shell sees them: every build is a fresh ``imcovid build`` process, so the
program's start (imports, word lists, models, metadata) counts, as it does for anyone who runs the command. The
baseline runs as a fresh process too (trafilatura ``extract(fast=True)`` + pandas → Parquet, ``build.baseline``).
``benchmarks/build.py`` measures the same steps inside one process, after a warm-up build; this file measures what
that leaves out.

    python benchmarks/cli.py --n 2000             # start-up, jobs 1 / 2 (no cache, cold cache), marginal cost

Figures: the start (a one-post build), whole builds of ``--n`` and ``--n // 2`` replicated posts at ``--jobs 1`` and
``--jobs 2`` (``--no-cache``, and with a cold cache as the command's default first run), the marginal cost of a post (the difference of the two sizes, start-up cancelled) for
the build and the baseline. Wall seconds and CPU seconds (user + sys of the process and its workers) for each. The
one-post rebuilds, also run as fresh processes, are ``benchmarks/build.py --only incremental``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build as bench  # noqa: E402  (benchmarks/build.py: the posts, the baseline, the byte comparison)

IMCOVID = [sys.executable, "-m", "imcovid.cli"]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(argv: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one command (and its workers), which must succeed."""
    cpu, start = _children_cpu(), time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start, _children_cpu() - cpu


def build(seeds: Path, out: Path, jobs: int, cache: Path | None = None) -> tuple[float, float]:
    argv = [*IMCOVID, "build", "--seeds", str(seeds), "--out", str(out), "--jobs", str(jobs),
            "--schema-dir", str(out.parent / f"{out.name}-schema")]
    argv += ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    return run(argv)


def baseline(seeds: Path, out: Path) -> tuple[float, float]:
    code = ("import sys; sys.path.insert(0, sys.argv[3]); import build; "
            "from pathlib import Path; build.baseline(Path(sys.argv[1]), Path(sys.argv[2]))")
    return run([sys.executable, "-c", code, str(seeds), str(out), str(Path(__file__).resolve().parent)])


def _r(x: float) -> float:
    return round(x, 2)


def bench_speed(work: Path, n: int) -> dict:
    one, half, full = work / "one", work / "half", work / "full"
    bench.make_seeds(one, 1)
    bench.make_seeds(half, n // 2)
    bench.make_seeds(full, n)
    build(one, work / "warm", 1)  # OS file caches filled outside the timings
    start_s, start_cpu = build(one, work / "o-one", 1)
    base = {size: baseline(seeds, work / f"b-{size}.parquet") for size, seeds in (("half", half), ("full", full))}
    j1 = {size: build(seeds, work / f"j1-{size}", 1) for size, seeds in (("half", half), ("full", full))}
    j2 = {size: build(seeds, work / f"j2-{size}", 2) for size, seeds in (("half", half), ("full", full))}
    # The command's default: a cache, here cold (its first run), at both job counts.
    cold = {jobs: build(full, work / f"c{jobs}", jobs, work / f"cache{jobs}") for jobs in (1, 2)}
    added = n - n // 2
    identical = bench.same_tree(work / "j1-full", work / "j2-full")
    return {
        "posts": n, "start_one_post_s": _r(start_s), "start_one_post_cpu_s": _r(start_cpu),
        "baseline_s": _r(base["full"][0]), "jobs1_s": _r(j1["full"][0]), "jobs2_s": _r(j2["full"][0]),
        "jobs1_cpu_s": _r(j1["full"][1]), "jobs2_cpu_s": _r(j2["full"][1]),
        "jobs1_over_baseline": _r(base["full"][0] / j1["full"][0]),
        "jobs2_over_jobs1": _r(j1["full"][0] / j2["full"][0]),
        # What each added post costs, the start cancelled: the difference of the two sizes.
        "marginal_baseline_ms": _r(1000 * (base["full"][0] - base["half"][0]) / added),
        "marginal_jobs1_ms": _r(1000 * (j1["full"][0] - j1["half"][0]) / added),
        "marginal_jobs2_ms": _r(1000 * (j2["full"][0] - j2["half"][0]) / added),
        "marginal_jobs1_over_baseline": _r((base["full"][0] - base["half"][0]) / (j1["full"][0] - j1["half"][0])),
        "marginal_jobs2_over_jobs1": _r((j1["full"][0] - j1["half"][0]) / (j2["full"][0] - j2["half"][0])),
        "cold_cache_jobs1_s": _r(cold[1][0]), "cold_cache_jobs2_s": _r(cold[2][0]),
        "cold_cache_jobs1_cpu_s": _r(cold[1][1]), "cold_cache_jobs2_cpu_s": _r(cold[2][1]),
        "cold_cache_jobs2_over_jobs1": _r(cold[1][0] / cold[2][0]),
        "jobs1_equals_jobs2": identical,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=2000, help="posts of the speed runs (and half of them)")
    args = parser.parse_args()
    report: dict = {"machine": bench.machine(), "imcovid": IMCOVID}
    with tempfile.TemporaryDirectory(prefix="imcovid-cli-bench-") as tmp:
        report["speed"] = bench_speed(Path(tmp), args.n)
    report["load_avg_at_end"] = os.getloadavg()
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
