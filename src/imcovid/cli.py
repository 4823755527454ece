"""The ``imcovid`` command: build, validate, verify, evaluate, schema, docs, harvest, push.

A user error (a missing folder, an unwritable target, no token, no network, a damaged file) is one line on stderr
and a non-zero exit, never a traceback: commands raise :class:`UserError` and :func:`main` turns it, and the
operating-system errors a user can cause, into that line. An unexpected exception is a bug: it is also one line,
with a hint to rerun with ``--debug`` (or ``IMCOVID_DEBUG=1``), which shows the traceback.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from contextlib import suppress
from pathlib import Path


class UserError(Exception):
    """Something the user can fix; its message is the one line shown."""


EXIT_USER = 1
EXIT_USAGE = 2
EXIT_BUG = 3


def _unwritable(folder: Path) -> str | None:
    """Why a cache folder cannot take entries, or None: the cache treats a failed write as a miss (a full disk only
    costs the speed-up), so without this check an unwritable folder would silently turn every build into a full one."""
    import tempfile

    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".probe-"):
            pass
    except OSError as error:
        return error.strerror or type(error).__name__
    return None


# The variables OpenBLAS reads for its thread count, in its order of precedence.
_BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS")


def _one_blas_thread() -> None:
    """Have numpy's OpenBLAS start no threads of its own in this process (unless the user set a count): numpy, which
    pyarrow imports, starts one BLAS thread per core when it is loaded, and each spins waiting for work that never
    comes — the build does no linear algebra (its numpy work is element-wise, LAC runs in onnxruntime with its own
    single thread): about 0.05 CPU-s of every ``imcovid build`` process, 4 % of a one-post rebuild. Set before numpy
    is imported (the count is read then; a process that has numpy already, a caller's, is left as it is); a count
    changes no result of element-wise numpy."""
    if "numpy" not in sys.modules and not any(os.environ.get(name) for name in _BLAS_THREAD_VARIABLES):
        os.environ["OPENBLAS_NUM_THREADS"] = "1"


def _build(args: argparse.Namespace) -> int:
    _one_blas_thread()
    # Only what a nothing-changed rebuild needs is imported before it is known to be one (imcovid.publish.stamp):
    # the pipeline's imports (pydantic, pyarrow, numpy) are a third of such a rebuild's CPU time.
    from imcovid.publish.stamp import Check, default_cache_dir

    if args.jobs is not None and args.jobs < 1:
        print(f"imcovid build: --jobs must be a positive number of worker processes, not {args.jobs}", file=sys.stderr)
        return 2
    if args.tasks is not None and args.tasks < 1:
        print(f"imcovid build: --tasks must be a positive number of tasks, not {args.tasks}", file=sys.stderr)
        return 2
    schema_dir = Path(args.schema_dir)
    blocking = next((p for p in (schema_dir, *schema_dir.parents) if p.exists() and not p.is_dir()), None)
    if blocking is not None:  # found before the build, not after it has replaced --out (review)
        raise UserError(f"the schema folder {schema_dir} cannot be made: {blocking} is a file; pass a folder with "
                        "--schema-dir")
    cache_dir = None if args.no_cache else Path(args.cache_dir) if args.cache_dir else default_cache_dir()
    problem = _unwritable(cache_dir) if cache_dir is not None else None
    if problem and args.cache_dir:  # asked for by name: a typo or a read-only mount is the user's to fix
        raise UserError(f"the cache folder {cache_dir} cannot be written ({problem}); pass a writable --cache-dir "
                        "or --no-cache")
    if problem:  # the default place (e.g. a read-only home): the build still runs, only without reuse; say so once
        print(f"imcovid build: warning: the cache folder {cache_dir} cannot be written ({problem}); building without "
              "reuse (set --cache-dir to a writable folder)", file=sys.stderr)
        cache_dir = None
    check = None
    if cache_dir is not None:  # the folder is already this build's result: say what the build said, write nothing
        check = Check(Path(args.seeds), Path(args.out), Path(args.schema_dir), cache_dir, args.strict)
        served = check.served()
        if served is not None:
            print("\n".join(served[:-1]))
            print(f"published {served[-1]} articles to {args.out}")
            return 0
    from imcovid.citation import identity
    from imcovid.config import ConfigError
    from imcovid.pipeline import BuildFailed, build

    try:
        report = build(Path(args.seeds), Path(args.out), jobs=args.jobs, strict=args.strict,
                       schema_dir=Path(args.schema_dir), cache_dir=cache_dir, executor=args.executor,
                       tasks=args.tasks)
    except BuildFailed as failure:
        return _build_failed(args.out, str(failure))
    except OSError as error:
        raise _out_error(error, Path(args.out)) from error  # main() says it in one line
    except (KeyboardInterrupt, ConfigError):
        raise  # main() says it in one line
    except Exception as failure:  # a publishing conflict (e.g. a release that needs a version bump)
        return _build_failed(args.out, f"{type(failure).__name__}: {failure}")
    lines = [report.summary()]
    undeclared = identity()["undeclared"]
    if undeclared:
        lines.append("  not declared in CITATION.cff yet, left out of the card, Croissant and citations: "
                     + "; ".join(undeclared))
    print("\n".join(lines))
    print(f"published {report.accepted} articles to {args.out}")
    if check is not None:
        from imcovid.schema_export import SCHEMA_FILES

        check.record_build([*lines, str(report.accepted)], SCHEMA_FILES.values())
    return 0


def _out_error(error: OSError, out: Path) -> Exception:
    """The build writes into a temporary folder beside ``--out`` (``<out>.tmp-<pid>``) and swaps it in: an error on
    that folder or below it is said of the folder the user named, not of a temporary name they never asked for."""
    name = str(error.filename or "")
    if name.startswith(f"{out}.tmp-") or name.startswith(f"{out}.old-"):
        reason = error.strerror or type(error).__name__
        return UserError(f"the output folder {out} cannot be written ({reason}): check that {out.parent} exists and "
                         "is writable, or pass another --out")
    return error


def _build_failed(out: str, message: str) -> int:
    """The reason on the first line; the details (the build report, the ids a conflict concerns) below it."""
    first, _, rest = message.strip().partition("\n")
    print(f"imcovid build: {first} ({out} left as it was)", file=sys.stderr)
    if rest:
        print(rest, file=sys.stderr)
    return EXIT_USER


def _validate(args: argparse.Namespace) -> int:
    from imcovid.validate import validate_dataset

    problems = validate_dataset(Path(args.dir), schema_dir=Path(args.schema_dir) if args.schema_dir else None)
    return _report(args.dir, problems)


def _verify(args: argparse.Namespace) -> int:
    from imcovid.publish.release import verify
    from imcovid.validate import validate_dataset

    if not Path(args.dir).is_dir():
        raise UserError(f"{args.dir} is not a folder")
    problems = verify(Path(args.dir))
    if not problems:  # files that are not the released ones are reported as such, not validated row by row
        problems = validate_dataset(Path(args.dir))
    return _report(args.dir, problems, "verified")


def _report(where: str, problems: list[str], ok: str = "valid") -> int:
    """One line per problem (the first one first), on stderr; exit 1 if there is any."""
    if problems:
        print(f"{where}: {len(problems)} problem(s); first: {problems[0]}", file=sys.stderr)
        for problem in problems[1:]:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    print(f"{where}: {ok}")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from imcovid.evaluate import (GoldError, evaluate_dirs, evaluate_gold_texts, evaluate_raw, format_errors,
                                  format_table, load_split)

    if args.errors and args.measures and args.measures_split == "heldout":
        # The held-out posts' errors are never read (only their aggregate score, once): refused before any scoring.
        print("imcovid evaluate: --errors is refused with --measures-split heldout", file=sys.stderr)
        return 2
    try:
        only = None
        if args.split or args.part:
            if not (args.split and args.part):
                raise GoldError("--split and --part go together (e.g. --split tests/data/real/split.json --part development)")
            split = load_split(Path(args.split))
            if args.part not in split:
                raise GoldError(f"{args.split} has no part {args.part!r} (it has: {', '.join(sorted(split))})")
            only = set(split[args.part])
        if args.raw:
            report = evaluate_raw(Path(args.gold), Path(args.raw), only)
        elif args.errors and not args.texts:
            raise GoldError("--errors needs --raw or --texts")
        elif args.texts:
            report = evaluate_gold_texts(Path(args.gold), only)
        else:
            if only is not None:
                raise GoldError("--split/--part need --raw or --texts")
            report = evaluate_dirs(Path(args.gold), Path(args.dataset))
    except GoldError as error:
        print(f"imcovid evaluate: {error}", file=sys.stderr)
        return 2
    print(format_table(report))
    text_table = _text_table(args, only)
    if text_table:
        print("\n" + text_table)
    if args.errors:
        print("\n" + format_errors(report["errors"]))
    if args.measures:
        return _evaluate_measures(args)
    return 0


def _evaluate_measures(args: argparse.Namespace) -> int:
    from imcovid import evaluate_measures as em

    try:
        if args.texts:
            only, exclude = em.split_selection(Path(args.measures_split_file), args.measures_split)
            report = em.evaluate_gold_texts(Path(args.measures), [Path(args.gold), *em.DEFAULT_TEXT_DIRS],
                                            only=only, exclude=exclude)
        else:
            report = em.evaluate_dirs(Path(args.measures), Path(args.dataset))
    except em.GoldMissing as missing:
        print(f"imcovid evaluate: {missing}", file=sys.stderr)
        return 2
    print()
    print(em.format_table(report))
    if args.errors:
        print("\n" + em.format_per_code(report))
        print("\n" + em.format_errors(report))
    return 0


def _text_table(args: argparse.Namespace, only: set[str] | None) -> str | None:
    """With --raw, the cleaned text's score (char-F1 per article, mean and worst, and the moved metadata) from the
    cleaning half of issue 14 (``imcovid.evaluate_text``), so that one command gives every figure of the quality
    table; the mentions' table does not depend on it."""
    if not args.raw:
        return None
    from imcovid.evaluate_text import evaluate_cleaning, format_report

    return format_report(evaluate_cleaning(Path(args.raw), Path(args.gold), only=only))


def _trace(args: argparse.Namespace) -> int:
    from imcovid.trace import trace

    # A user's slip (a pasted id with spaces or capitals, a wrong folder) is said as such, not as an unknown id; a raw
    # file that is not the one the record was built from is printed and exits 1, so that a script can tell.
    mention_id, dataset, seeds = args.mention_id.strip().lower(), Path(args.dataset), Path(args.seeds)
    if not mention_id:
        raise UserError("give a mention id (ids look like 8ea7a5e8e9af78c6-520a97a1: the mentions config's mention_id)")
    if not (dataset / "mentions").is_dir():
        raise UserError(f"{dataset} is not a built dataset folder (no mentions/ in it): pass the folder `imcovid build` "
                        "wrote with --dataset")
    try:
        found = trace(mention_id, dataset, seeds)
    except LookupError as error:
        raise UserError(f"{error.args[0]} (ids look like 8ea7a5e8e9af78c6-520a97a1: the mentions config's mention_id)")
    except FileNotFoundError as error:
        raise UserError(f"the raw file {error.filename} is not there: pass the seeds folder the dataset was built "
                        "from with --seeds")
    print("\n".join(found.lines()))
    if not found.sha256_ok:
        print(f"imcovid trace: {found.source} is not the file the record was built from (sha256 differs)",
              file=sys.stderr)
        return 1
    return 0


def _schema(args: argparse.Namespace) -> int:
    from imcovid.schema_export import export_schemas

    for path in export_schemas(Path(args.out)):
        print(path)
    return 0


def _zenodo(args: argparse.Namespace) -> int:
    from imcovid.citation import dump_zenodo, validate_cff, zenodo_metadata

    problems = validate_cff()
    if problems:
        raise UserError(f"CITATION.cff is not valid CFF 1.2.0: {problems[0]}")
    out = Path(args.out)
    if not out.parent.is_dir():
        raise UserError(f"the folder {out.parent} does not exist: create it, or pass another --out")
    try:
        out.write_text(dump_zenodo(zenodo_metadata()), encoding="utf-8")
    except OSError as error:  # /proc/x.json, a read-only file: say what failed and what to do, not the bare errno
        raise UserError(f"cannot write {out} ({error.strerror or error}): pass a writable --out") from error
    print(args.out)
    return 0


def _docs(args: argparse.Namespace) -> int:
    from imcovid.docs_site import build_site

    if not (Path(args.dataset) / "articles" / "train.parquet").is_file():
        raise UserError(f"{args.dataset} is not a built dataset (no articles/train.parquet): run `imcovid build` "
                        "first, or pass --dataset")
    return build_site(Path(args.dataset), Path(args.site), strict=not args.no_strict)


def _harvest(args: argparse.Namespace) -> int:
    from imcovid.harvest import ArchiveError, harvest

    try:
        report = harvest(Path(args.archive), Path(args.into), all_captures=args.all_captures, repo=args.repo)
    except ArchiveError as error:  # one line with the command's prefix and exit code, like every other user error
        raise UserError(str(error)) from error
    print(report.summary())
    return 0


def _push(args: argparse.Namespace) -> int:
    from imcovid.publish.hub import PushRefused, push_to_hub
    from imcovid.version import package_version

    if not Path(args.dir).is_dir():
        raise UserError(f"{args.dir} is not a folder")
    token = os.environ.get("HF_TOKEN")
    if not token:
        from huggingface_hub import get_token

        token = get_token()
    if not token:
        raise UserError("no Hugging Face token: set HF_TOKEN or run `hf auth login` (nothing was uploaded)")
    try:
        result = push_to_hub(Path(args.dir), args.repo_id, revision_tag=f"v{package_version()}", token=token,
                             git_tag=not args.no_git_tag)
    except PushRefused as refused:
        raise UserError(str(refused).replace("\n", " ")) from refused
    except Exception as error:  # noqa: BLE001 — network and Hub errors come from several libraries
        if _is_network_or_hub_error(error):
            first = (str(error).strip().splitlines() or [""])[0]
            raise UserError(f"push to {args.repo_id} failed ({type(error).__name__}: {first}); "
                            "check the network, the token's write access and the repository id") from error
        raise
    print(f"pushed v{package_version()} to {args.repo_id}: commit {result['commit']}, tag {result['tag']}"
          + (f", git tag {result['git_tag']}" if result.get("git_tag") else ""))
    return 0


def _is_network_or_hub_error(error: BaseException) -> bool:
    from huggingface_hub.errors import HfHubHTTPError, HFValidationError

    if isinstance(error, (HfHubHTTPError, HFValidationError, OSError, TimeoutError)):
        return True
    # httpx / requests connection errors, whichever the installed huggingface_hub uses.
    return any(cls.__module__.split(".")[0] in {"httpx", "httpx2", "requests", "urllib3", "httpcore"}
               for cls in type(error).__mro__)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error as one line (and the --help hint in it) instead of usage text plus a line."""

    def error(self, message: str):
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def parser() -> argparse.ArgumentParser:
    from imcovid.version import package_version

    p = _Parser(prog="imcovid", description="Build and check the IMCOVID dataset.")
    p.add_argument("--version", action="version", version=f"imcovid {package_version()}")
    p.add_argument("--debug", action="store_true", help="show the traceback of an unexpected error "
                   "(also: IMCOVID_DEBUG=1)")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    b = sub.add_parser("build", help="build dataset/ from seeds/")
    b.add_argument("--seeds", default="seeds", help="folder of raw sources (default: seeds)")
    b.add_argument("--out", default="dataset", help="dataset folder to publish (default: dataset)")
    b.add_argument("--jobs", type=_positive_int, default=None,
                   help="worker processes, at least 1 (default: the number of cores available)")
    b.add_argument("--cache-dir", default=None,
                   help="cache of per-source results, reused by any later build (default: $XDG_CACHE_HOME/imcovid)")
    b.add_argument("--no-cache", action="store_true", help="process every source again (a clean build); the cache "
                   "is neither read nor written")
    b.add_argument("--executor", choices=("local", "datatrove"), default="local",
                   help="run the per-source step in local worker processes or as datatrove tasks (default: local)")
    b.add_argument("--tasks", type=_positive_int, default=None,
                   help="with --executor datatrove: number of datatrove tasks (default: --jobs)")
    b.add_argument("--strict", action="store_true", help="fail (exit 1, nothing published) if any source is rejected")
    b.add_argument("--schema-dir", default="schema", help="where to export the JSON Schemas (default: schema)")
    b.set_defaults(func=_build)

    v = sub.add_parser("validate", help="check a built dataset folder against schema/ and the models")
    v.add_argument("dir", nargs="?", default="dataset")
    v.add_argument("--schema-dir", default=None, help="JSON Schema folder (default: the project's schema/)")
    v.set_defaults(func=_validate)

    r = sub.add_parser("verify", help="re-hash every file against the release manifest and validate every row")
    r.add_argument("dir", nargs="?", default="dataset")
    r.set_defaults(func=_verify)

    e = sub.add_parser("evaluate", help="precision, recall and F1 of mentions against gold files")
    e.add_argument("--gold", required=True, help="folder of gold JSON files")
    e.add_argument("--dataset", default="dataset",
                   help="built dataset whose mentions are scored, without --texts or --raw (default: dataset)")
    e.add_argument("--texts", action="store_true",
                   help="annotate the gold files' own texts instead of reading a dataset (gold for articles not in it)")
    e.add_argument("--raw", default=None,
                   help="folder of the gold files' raw posts: read, clean and annotate each as the build does")
    e.add_argument("--split", default=None, help="split file (JSON: part → gold file names), with --part")
    e.add_argument("--part", default=None, help="the part of --split to score (development, heldout)")
    e.add_argument("--errors", action="store_true",
                   help="with --raw or --texts: list false positives and misses per type, with the rule that made each mention")
    e.add_argument("--measures", metavar="DIR", default=None,
                   help="also score MEASURE and CASE_COUNT against the measure gold in DIR (e.g. tests/data/real/gold-measures)")
    e.add_argument("--measures-split", choices=("all", "development", "heldout"), default="all",
                   help="with --texts: which measure gold files to score (default: all)")
    e.add_argument("--measures-split-file", default="tests/data/real/split.json",
                   help="the fixed development/held-out split (default: tests/data/real/split.json)")
    e.set_defaults(func=_evaluate)

    t = sub.add_parser("trace", help="show a mention in its article's text and the raw file's line and columns it "
                                     "came from")
    t.add_argument("mention_id", help="a mention_id of the mentions config, e.g. 8ea7a5e8e9af78c6-520a97a1")
    t.add_argument("--dataset", default="dataset", help="built dataset holding the mention (default: dataset)")
    t.add_argument("--seeds", default="seeds", help="folder of the raw sources it was built from (default: seeds)")
    t.set_defaults(func=_trace)

    s = sub.add_parser("schema", help="export the JSON Schemas of the models")
    s.add_argument("--out", default="schema")
    s.set_defaults(func=_schema)

    z = sub.add_parser("zenodo", help="write .zenodo.json (Zenodo's metadata) from CITATION.cff")
    z.add_argument("--out", default=str(Path(__file__).resolve().parents[2] / ".zenodo.json"))
    z.set_defaults(func=_zenodo)

    d = sub.add_parser("docs", help="build the documentation site from a built dataset")
    d.add_argument("--dataset", default="dataset", help="built dataset the pages are made from (default: dataset)")
    d.add_argument("--site", default="site", help="folder the site is written to (default: site)")
    d.add_argument("--no-strict", action="store_true",
                   help="let mkdocs warnings pass (default: strict, a warning fails the build)")
    d.set_defaults(func=_docs)

    hv = sub.add_parser("harvest", help="copy the posts of an archive clone that meet the selection rule into seeds/")
    hv.add_argument("archive", help="clone or folder of the Hexo archive (source/_posts/...), or a folder with manifest.jsonl")
    hv.add_argument("--into", default="seeds", help="seeds folder to copy into (default: seeds)")
    hv.add_argument("--all-captures", action="store_true",
                    help="every git version of a selected post becomes its own source (default: the checked-out one)")
    hv.add_argument("--repo", default=None, help="owner/name to record as the archive (default: the clone's GitHub remote)")
    hv.set_defaults(func=_harvest)

    h = sub.add_parser("push", help="upload a built release to the Hugging Face Hub and tag it (needs HF_TOKEN)")
    h.add_argument("repo_id")
    h.add_argument("--dir", default="dataset")
    h.add_argument("--no-git-tag", action="store_true",
                   help="do not tag the checkout's HEAD v<version> (default: tag it, as the Hub commit is tagged)")
    h.set_defaults(func=_push)
    p.commands = sub.choices  # each command's parser, for the usage errors of main (by the command's name)
    return p


def parse(argv: list[str] | None) -> argparse.Namespace:
    """The arguments; an option the command does not know is reported by the command (`imcovid build: error: …`),
    not by the top-level parser, which argparse lets see leftovers (`imcovid: error: …`, as the review found)."""
    p = parser()
    args, extra = p.parse_known_args(argv)
    if extra:
        p.commands[args.command].error(f"unrecognized arguments: {' '.join(extra)}")
    return args


def _is_damaged_data(error: Exception) -> bool:
    import pyarrow as pa

    return isinstance(error, pa.ArrowException)


def _interrupt(signum, frame):
    """SIGTERM (a scheduler's or a user's ``kill``) stops a build as Ctrl-C does: the build's cleanup runs (workers
    stopped, temporary folders removed, ``--out`` left as it was) instead of the process vanishing and leaving its
    workers blocked (review)."""
    raise KeyboardInterrupt


def _terminate_as_interrupt():
    """Install ``_interrupt`` for SIGTERM; returns the handler it replaced (``main`` puts it back)."""
    return signal.signal(signal.SIGTERM, _interrupt)


def _default_sigterm_in_child() -> None:
    # A forked worker gets the default disposition back, so that a pool's own SIGTERM stops it at once, as before.
    if signal.getsignal(signal.SIGTERM) is _interrupt:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


os.register_at_fork(after_in_child=_default_sigterm_in_child)


def _hold_closed_std_fds() -> None:
    """Put /dev/null on a standard descriptor the program was started without (`2>&-`): else the first file the
    build opens takes its number, and whatever a library writes to fd 2 (or 1) would land in that file — a Parquet
    part or a cache entry. Python itself then leaves sys.stderr (or sys.stdout) None, which the build allows."""
    for fd, mode in ((0, os.O_RDONLY), (1, os.O_WRONLY), (2, os.O_WRONLY)):
        try:
            os.fstat(fd)
        except OSError:
            held = os.open(os.devnull, mode)
            if held != fd:
                os.dup2(held, fd)
                os.close(held)


def main(argv: list[str] | None = None) -> int:
    if argv is None:  # the program itself; a caller's process keeps its descriptors as they are
        _hold_closed_std_fds()
    args = parse(argv)
    previous = _terminate_as_interrupt()
    try:
        code = _run(args)
    finally:
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)
    if argv is None and args.command == "build":  # the program itself (`imcovid build`), not a caller's function
        _leave(code)
    return code


def _leave(code: int) -> None:
    """End the ``imcovid build`` process without the interpreter's teardown: after a build, freeing every object one
    by one (the models, word lists, lexicon, memos, pyarrow and pandas) took 0.25–0.5 s of wall-clock on one core,
    after the work was done — a tenth of a two-job build of 2,000 posts, serial. Everything a normal exit does
    that matters still runs: the exit handlers (:mod:`atexit`: multiprocessing's, logging's, temporary folders'),
    then the standard streams are flushed (output lost there is reported as the interpreter's exit does). Every file the build wrote is closed before this (the dataset checked, the
    swap done, the schema texts written), so nothing is lost with the objects. A live non-daemon thread (none in a build) gets
    the ordinary exit, which waits for it."""
    import atexit
    import threading

    if any(not thread.daemon for thread in threading.enumerate() if thread is not threading.main_thread()):
        return
    atexit._run_exitfuncs()
    failed = None
    for stream in (sys.stdout, sys.stderr):
        if stream is None:  # started with that stream closed (`>&-`): nothing was written to it
            continue
        try:
            stream.flush()
        except ValueError:  # closed by the program itself: nothing is waiting in it
            pass
        except OSError as error:  # a full disk, a reader gone: output was lost
            failed = failed or error
    if failed is not None:
        # What the interpreter's own exit does when the final flush fails: say so and exit 120, so that a caller
        # never takes a truncated output for a whole one (a failed build keeps its own code). One line, no
        # traceback; if stderr is the stream that failed, only the exit code tells.
        with suppress(OSError, ValueError, AttributeError):
            sys.stderr.write(f"imcovid build: the output could not be written ({failed.strerror or failed})\n")
            sys.stderr.flush()
        code = code or 120
    os._exit(code)


def _run(args) -> int:
    debug = args.debug or os.environ.get("IMCOVID_DEBUG") not in (None, "", "0")
    where = f"imcovid {args.command}"
    try:
        return args.func(args)
    except UserError as error:
        print(f"{where}: {error}", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        print(f"{where}: interrupted", file=sys.stderr)
        return 130
    except OSError as error:  # a folder that is missing, unwritable or a file where a folder should be
        if debug:
            raise
        target = f": {error.filename}" if error.filename else ""
        print(f"{where}: {error.strerror or error}{target}", file=sys.stderr)
        return EXIT_USER
    except Exception as error:  # noqa: BLE001 — a bug: one line, the traceback on request
        from imcovid.config import ConfigError

        if isinstance(error, ConfigError):  # a value of [tool.imcovid] the user set: theirs to fix
            print(f"{where}: {error}", file=sys.stderr)
            return EXIT_USER
        if debug:
            raise
        if _is_damaged_data(error):  # a truncated or altered Parquet file: the user's copy, not our code
            first = (str(error).strip().splitlines() or [""])[0]
            print(f"{where}: a dataset file is damaged or unreadable ({type(error).__name__}: {first}); "
                  "run `imcovid verify DIR` to find which, and rebuild or fetch it again", file=sys.stderr)
            return EXIT_USER
        first = (str(error).strip().splitlines() or [""])[0]
        print(f"{where}: unexpected error {type(error).__name__}: {first} (a bug; rerun with --debug or "
              "IMCOVID_DEBUG=1 for the traceback)", file=sys.stderr)
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
