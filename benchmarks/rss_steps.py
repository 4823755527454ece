"""Where the build's main process peaks: resident memory per step of ``imcovid.pipeline.build``.

    python benchmarks/rss_steps.py 20000 [--jobs 2]

Builds ``n`` replicated posts (as ``benchmarks/build.py`` does) with the steps wrapped from outside (no hook in the
package): before each step the kernel's high-water mark is reset (``/proc/self/clear_refs``), after it the step's
peak (VmHWM), the resident size left (VmRSS) and Arrow's allocated bytes are printed to stderr, then a JSON line.
Steps: the stream up to the mentions writer's close; each config writer's close; the stories grouping; the writing
between closes (story fill-in, panel); PROV, card, Croissant, release manifest, changelog, checksums; the final check.
Linux only (``/proc``)."""

from __future__ import annotations

import argparse
import functools
import json
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build as bench  # noqa: E402  (make_seeds)

LOG: list[dict] = []


def _status() -> dict[str, float]:
    found = {}
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith(("VmRSS", "VmHWM")):
                key, value = line.split(":")
                found[key] = int(value.split()[0]) / 1024
    return found


def _reset_peak() -> None:
    with open("/proc/self/clear_refs", "w") as handle:
        handle.write("5")


def _mark(name: str, started: float | None) -> None:
    now = _status()
    row = {"step": name, "peak_mib": round(now["VmHWM"], 1), "rss_after_mib": round(now["VmRSS"], 1),
           "arrow_mib": round(pa.total_allocated_bytes() / 2**20, 1),
           "seconds": None if started is None else round(time.time() - started, 2)}
    LOG.append(row)
    print(json.dumps(row), file=sys.stderr, flush=True)


def _timed_step(name: str, fn):
    @functools.wraps(fn)
    def step(*args, **kwargs):
        _reset_peak()
        started = time.time()
        result = fn(*args, **kwargs)
        _mark(name, started)
        _reset_peak()
        return result
    return step


def instrument() -> None:
    import imcovid.pipeline as pipeline
    import imcovid.validate as validate
    from imcovid.publish import card, croissant, prov, release
    from imcovid.publish.parquet import ConfigWriter

    close = ConfigWriter.close

    def closing(self):
        _mark(f"writing until close of {self.config}", None)  # peak since the last step ended
        _timed_step(f"close {self.config}", close)(self)
    ConfigWriter.close = closing
    grouping = pipeline.global_grouping

    def wrapped_grouping():
        group = grouping()
        return None if group is None else _timed_step("stories grouping", group)
    pipeline.global_grouping = wrapped_grouping
    for module, name in [(prov, "write_prov"), (card, "write_card"), (croissant, "write_croissant"),
                         (release, "write_release"), (release, "write_changelog"), (release, "write_checksums"),
                         (validate, "validate_dataset")]:
        setattr(module, name, _timed_step(name, getattr(module, name)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    instrument()
    from imcovid.pipeline import build

    with tempfile.TemporaryDirectory(prefix="imcovid-rss-steps-") as tmp:
        seeds = Path(tmp) / "seeds"
        bench.make_seeds(seeds, args.n)
        _reset_peak()
        build(seeds, Path(tmp) / "out", jobs=args.jobs, progress=False)
    # The highest step peak (getrusage's maximum is not comparable here: each reset of the high-water mark lowers it).
    print(json.dumps({"posts": args.n, "jobs": args.jobs, "steps": LOG,
                      "peak_rss_main_mib": max(row["peak_mib"] for row in LOG)}))


if __name__ == "__main__":
    main()
