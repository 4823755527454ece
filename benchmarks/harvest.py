"""Harvest scan speed: an archive folder of N posts in the ``source/_posts/<c1>/<c2>/<c3>/<title>.md`` layout, made by
replicating the real posts we hold (the 58 harvested posts and the 37 of the corpus sample: 14 of the 95 meet the
rule, far more than in the real archive, so the figure is conservative), scanned by ``imcovid harvest`` on one core.

    python benchmarks/harvest.py --n 100000

Prints posts/s of the whole harvest (walk, read, prefilter, full read of the candidates, copy) and how many posts
reached the full read.
"""

from __future__ import annotations

import argparse
import platform
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


def make_archive(target: Path, n: int) -> None:
    originals = [p.read_bytes() for folder in ("real/raw", "corpus/raw") for p in sorted((DATA / folder).iterdir())]
    for i in range(n):
        folder = target / "source" / "_posts" / "新媒体" / f"站{i % 7}" / f"栏目{(i // 7) % 50}"
        folder.mkdir(parents=True, exist_ok=True)
        # Distinct bytes per copy (a capture date that differs), as captures in the archive are.
        raw = originals[i % len(originals)].replace(b"\ndate: ", f"\n# copy {i}\ndate: ".encode(), 1)
        (folder / f"post-{i:06d}.md").write_bytes(raw)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=20000)
    args = parser.parse_args()
    from imcovid.harvest import harvest

    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "archive"
        started = time.perf_counter()
        make_archive(archive, args.n)
        print(f"made {args.n} posts in {time.perf_counter() - started:.1f} s")
        report = harvest(archive, Path(tmp) / "seeds", progress=False)
        print(report.summary())
        candidates = report.posts - sum(n for reason, n in report.reasons.items() if "prefilter" in reason)
        print(f"{report.posts / report.seconds:.0f} posts/s on one core ({platform.processor() or platform.machine()}, "
              f"Python {platform.python_version()}); {candidates} posts read in full after the prefilter")


if __name__ == "__main__":
    main()
