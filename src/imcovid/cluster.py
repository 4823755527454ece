"""Step 1 of the build (per-source work) on datatrove's executors, so the same functions run on one machine
(``LocalPipelineExecutor``) or on a cluster (``SlurmPipelineExecutor``, ``RayPipelineExecutor``).

Each datatrove task takes every ``world_size``-th source starting at its rank, runs :func:`imcovid.pipeline.stage_source`
on it (the result goes to the shared content-addressed cache) and writes its summaries to
``<scratch>/summaries/<rank>.pickle``. The build then merges the summaries back into source order and runs the
cross-source steps and the writing in one process, as the local build does: the dataset is byte-identical.

On a cluster, ``cache_dir`` and ``scratch`` must be on a file system every node sees; see docs/scale.md for a Slurm
recipe (:func:`stage_pipeline` gives the pipeline to hand to any executor).
"""

from __future__ import annotations

import pickle
from pathlib import Path

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.base import PipelineStep

from imcovid.config import BuildConfig
from imcovid.process import Task


class StageSources(PipelineStep):
    """A datatrove step that runs the per-source stage on this rank's share of the sources."""

    name = "imcovid per-source stage"
    type = "imcovid"

    def __init__(self, sources: list[Task], config: BuildConfig, cache_dir: Path, key: str, scratch: Path):
        super().__init__()
        self.sources, self.config, self.cache_dir, self.key = sources, config, Path(cache_dir), key
        self.out = Path(scratch) / "summaries"

    def run(self, data=None, rank: int = 0, world_size: int = 1):
        from imcovid.pipeline import stage_source

        mine = list(range(rank, len(self.sources), world_size))
        summaries = []
        for index in mine:
            with self.track_time():
                summaries.append((index, stage_source(self.sources[index], self.config, self.cache_dir, self.key)))
            self.stat_update("sources")
        self.out.mkdir(parents=True, exist_ok=True)
        part = self.out / f"{rank:05d}.pickle.part"
        with open(part, "wb") as handle:
            pickle.dump(summaries, handle, protocol=pickle.HIGHEST_PROTOCOL)
        part.rename(self.out / f"{rank:05d}.pickle")
        yield from ()


def stage_pipeline(sources: list[Task], config: BuildConfig, cache_dir: Path, key: str, scratch: Path) -> list:
    return [StageSources(sources, config, cache_dir, key, scratch)]


def collect_summaries(scratch: Path, n_sources: int, tasks: int) -> list:
    """The summaries of every rank, back in source order; a missing or short rank is an error."""
    summaries = [None] * n_sources
    for rank in range(tasks):
        path = Path(scratch) / "summaries" / f"{rank:05d}.pickle"
        if not path.is_file():
            raise RuntimeError(f"datatrove task {rank} left no results ({path.name}); see its log")
        with open(path, "rb") as handle:
            for index, summary in pickle.load(handle):
                summaries[index] = summary
    missing = [i for i, s in enumerate(summaries) if s is None]
    if missing:
        raise RuntimeError(f"{len(missing)} sources have no result after the datatrove stage")
    return summaries


def run_stage_datatrove(sources: list[Task], config: BuildConfig, cache_dir: Path, key: str, scratch: Path, *,
                        tasks: int, workers: int) -> list:
    """Step 1 with ``LocalPipelineExecutor``: ``tasks`` tasks, at most ``workers`` at a time."""
    tasks = max(1, min(tasks, len(sources) or 1))
    executor = LocalPipelineExecutor(
        pipeline=stage_pipeline(sources, config, cache_dir, key, scratch),
        tasks=tasks,
        workers=min(workers, tasks),
        logging_dir=str(Path(scratch) / "datatrove-logs"),
        skip_completed=False,
        start_method="fork",
    )
    executor.run()
    return collect_summaries(scratch, len(sources), tasks)
