"""The ``imcovid`` command: build, validate, verify, evaluate, schema, docs, push."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def _build(args: argparse.Namespace) -> int:
    from imcovid.cache import default_cache_dir
    from imcovid.pipeline import BuildFailed, build

    if args.jobs is not None and args.jobs < 1:
        print(f"imcovid build: --jobs must be a positive number of worker processes, not {args.jobs}", file=sys.stderr)
        return 2
    if args.tasks is not None and args.tasks < 1:
        print(f"imcovid build: --tasks must be a positive number of tasks, not {args.tasks}", file=sys.stderr)
        return 2
    cache_dir = None if args.no_cache else Path(args.cache_dir) if args.cache_dir else default_cache_dir()
    try:
        report = build(Path(args.seeds), Path(args.out), jobs=args.jobs, strict=args.strict,
                       schema_dir=Path(args.schema_dir), cache_dir=cache_dir, executor=args.executor,
                       tasks=args.tasks)
    except BuildFailed as failure:
        print(f"build failed, {args.out} left as it was:\n{failure}", file=sys.stderr)
        return 1
    except Exception as failure:  # a publishing conflict (e.g. a release that needs a version bump)
        print(f"build failed, {args.out} left as it was:\n{type(failure).__name__}: {failure}", file=sys.stderr)
        return 1
    print(report.summary())
    print(f"published {report.accepted} articles to {args.out}")
    return 0


def _validate(args: argparse.Namespace) -> int:
    from imcovid.validate import validate_dataset

    problems = validate_dataset(Path(args.dir), schema_dir=Path(args.schema_dir) if args.schema_dir else None)
    return _report(args.dir, problems)


def _verify(args: argparse.Namespace) -> int:
    from imcovid.publish.release import verify
    from imcovid.validate import validate_dataset

    problems = verify(Path(args.dir))
    problems += validate_dataset(Path(args.dir))
    return _report(args.dir, problems)


def _report(where: str, problems: list[str]) -> int:
    if problems:
        print(f"{where}: {len(problems)} problem(s)", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    print(f"{where}: valid")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from imcovid.evaluate import evaluate_dirs, evaluate_gold_texts, format_table

    if args.texts:
        print(format_table(evaluate_gold_texts(Path(args.gold))))
    else:
        print(format_table(evaluate_dirs(Path(args.gold), Path(args.dataset))))
    return 0


def _schema(args: argparse.Namespace) -> int:
    from imcovid.schema_export import export_schemas

    for path in export_schemas(Path(args.out)):
        print(path)
    return 0


def _docs(args: argparse.Namespace) -> int:
    from imcovid.docs_site import build_site

    return build_site(Path(args.dataset), Path(args.site), strict=not args.no_strict)


def _push(args: argparse.Namespace) -> int:
    from imcovid.publish.hub import push_to_hub
    from imcovid.version import package_version

    push_to_hub(Path(args.dir), args.repo_id, revision_tag=f"v{package_version()}", token=os.environ.get("HF_TOKEN"))
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="imcovid", description="Build and check the IMCOVID dataset.")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build dataset/ from seeds/")
    b.add_argument("--seeds", default="seeds", help="folder of raw sources (default: seeds)")
    b.add_argument("--out", default="dataset", help="dataset folder to publish (default: dataset)")
    b.add_argument("--jobs", type=int, default=None, help="worker processes (default: the number of cores available)")
    b.add_argument("--cache-dir", default=None,
                   help="cache of per-source results, reused by any later build (default: $XDG_CACHE_HOME/imcovid)")
    b.add_argument("--no-cache", action="store_true", help="process every source again (a clean build); the cache "
                   "is neither read nor written")
    b.add_argument("--executor", choices=("local", "datatrove"), default="local",
                   help="run the per-source step in local worker processes or as datatrove tasks (default: local)")
    b.add_argument("--tasks", type=int, default=None,
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

    e = sub.add_parser("evaluate", help="precision, recall and F1 of published mentions against gold files")
    e.add_argument("--gold", required=True, help="folder of gold JSON files")
    e.add_argument("--dataset", default="dataset")
    e.add_argument("--texts", action="store_true",
                   help="annotate the gold files' own texts instead of reading a dataset (gold for articles not in it)")
    e.set_defaults(func=_evaluate)

    s = sub.add_parser("schema", help="export the JSON Schemas of the models")
    s.add_argument("--out", default="schema")
    s.set_defaults(func=_schema)

    d = sub.add_parser("docs", help="build the documentation site from a built dataset")
    d.add_argument("--dataset", default="dataset")
    d.add_argument("--site", default="site")
    d.add_argument("--no-strict", action="store_true")
    d.set_defaults(func=_docs)

    h = sub.add_parser("push", help="upload a built release to the Hugging Face Hub and tag it (needs HF_TOKEN)")
    h.add_argument("repo_id")
    h.add_argument("--dir", default="dataset")
    h.set_defaults(func=_push)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
