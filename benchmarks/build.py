"""Build benchmark: N posts made by replicating the corpus sample (distinct bytes per copy), built with --jobs
workers; prints posts/s and peak RSS of the main process and of the workers.

    python benchmarks/build.py --n 10000 --jobs 1
    python benchmarks/build.py --n 10000 --jobs 2 --no-annotate   # the cost of annotation, by difference

The corpus comes from ../shared/corpus/raw when present, else from the copy in tests/data/corpus/raw.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus_dir() -> Path:
    shared = ROOT.parent / "shared" / "corpus" / "raw"
    return shared if shared.is_dir() else ROOT / "tests" / "data" / "corpus" / "raw"


def make_seeds(target: Path, n: int) -> None:
    originals = [p.read_bytes() for p in sorted(corpus_dir().iterdir())]
    for i in range(n):
        raw = originals[i % len(originals)]
        # A trailing comment makes every copy's bytes (and so its id) distinct without changing its text.
        (target / f"{i:06d}.txt").write_bytes(raw + f"\n<!-- benchmark copy {i} -->\n".encode())


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--no-annotate", action="store_true", help="skip the annotation stage (to measure its cost)")
    args = parser.parse_args()

    import imcovid.process
    from imcovid.pipeline import build

    if args.no_annotate:
        imcovid.process.annotate = lambda text, published: []

    with tempfile.TemporaryDirectory(prefix="imcovid-bench-") as tmp:
        seeds, out = Path(tmp) / "seeds", Path(tmp) / "dataset"
        seeds.mkdir()
        make_seeds(seeds, args.n)
        start, cpu_start = time.perf_counter(), _cpu_seconds()
        report = build(seeds, out, jobs=args.jobs, progress=False)
        elapsed, cpu = time.perf_counter() - start, _cpu_seconds() - cpu_start
        size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
        shutil.rmtree(out)
    main_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"posts={args.n} jobs={args.jobs} annotate={not args.no_annotate}")
    print(f"accepted={report.accepted} rejected={len(report.rejected)} mentions={report.mentions}")
    print(f"elapsed={elapsed:.1f}s throughput={args.n / elapsed:.0f} posts/s ({args.n / elapsed / args.jobs:.0f} per job)")
    # CPU seconds of the main process and its workers: steadier than wall time on a shared machine, and the figure
    # "posts per second per core" means when the build is CPU-bound.
    print(f"cpu={cpu:.1f}s cpu_per_post={cpu / args.n * 1000:.2f} ms posts_per_cpu_second={args.n / cpu:.0f}")
    print(f"peak_rss_main={main_rss:.0f} MiB peak_rss_worker={worker_rss:.0f} MiB output={size / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
