"""Push a built, verified dataset folder to a Hugging Face dataset repository and tag the release.

After ``push_to_hub(Path("dataset"), "org/imcovid", revision_tag="v1.0.0")`` users pin the release with
``load_dataset("org/imcovid", revision="v1.0.0")``. See docs/releasing.md for the whole recipe.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from imcovid.publish.release import manifests, verify


class PushRefused(Exception):
    """The folder is not a verified release matching the requested tag; nothing was uploaded."""


def push_to_hub(dataset_dir: Path, repo_id: str, *, revision_tag: str, token: str | None = None, api=None,
                git_tag: bool = False):
    """Upload ``dataset_dir`` as the new state of the dataset repo ``repo_id`` and tag that commit ``revision_tag``.

    * The folder must pass :func:`imcovid.publish.release.verify`, and ``revision_tag`` must be ``v<version>`` of
      its newest manifest, so a tag always names the release whose files it holds.
    * ``upload_folder`` mirrors the folder: remote files that are no longer in it are deleted in the same commit
      (``delete_patterns="*"``; the Hub never deletes ``.gitattributes``).
    * ``create_tag`` is called with ``exist_ok=False``: a published tag is never moved; pushing the same tag twice
      fails on the Hub's side.

    ``api`` is anything with the ``HfApi`` methods ``create_repo``, ``upload_folder`` and ``create_tag`` (default:
    ``huggingface_hub.HfApi(token=token)``); tests pass a fake that records the calls. ``token`` defaults to the
    one stored by ``hf auth login`` or ``HF_TOKEN``. Returns ``{"commit": <oid>, "tag": revision_tag, "url": …}``.

    With ``git_tag=True`` (what ``imcovid push`` does) and ``dataset_dir`` inside a git checkout, the release must
    be committed (no uncommitted change under ``dataset_dir``) and the checkout's ``HEAD`` is tagged
    ``revision_tag`` (annotated) after the upload, so that the tag the docs name exists in both places; an existing
    git tag must already point at ``HEAD``. Both are checked before anything is uploaded.
    """
    dataset_dir = Path(dataset_dir)
    problems = verify(dataset_dir)
    if problems:
        raise PushRefused(f"{dataset_dir} does not verify; not pushed: " + "; ".join(problems[:5]))
    newest = manifests(dataset_dir)[-1][1]
    version = json.loads(newest.read_text(encoding="utf-8"))["version"]
    if revision_tag != f"v{version}":
        raise PushRefused(f"{dataset_dir} holds release v{version}; refusing to tag it {revision_tag!r}")
    tag_git = git_tag and _git(dataset_dir, "rev-parse", "--is-inside-work-tree") == "true"
    if tag_git:
        _check_git_tag(dataset_dir, revision_tag)
    if api is None:
        from huggingface_hub import HfApi

        api = HfApi(token=token)
    api.create_repo(repo_id, repo_type="dataset", exist_ok=True)
    commit = api.upload_folder(
        repo_id=repo_id,
        repo_type="dataset",
        folder_path=str(dataset_dir),
        commit_message=f"IMCOVID release v{version}",
        delete_patterns="*",
    )
    api.create_tag(repo_id, repo_type="dataset", tag=revision_tag, revision=commit.oid,
                   tag_message=f"IMCOVID release v{version}", exist_ok=False)
    result = {"commit": commit.oid, "tag": revision_tag, "url": getattr(commit, "commit_url", None)}
    if tag_git:
        if _git(dataset_dir, "rev-parse", "-q", "--verify", f"refs/tags/{revision_tag}") is None:
            _git(dataset_dir, "tag", "-a", revision_tag, "-m", f"IMCOVID release {revision_tag}", check=True)
        result["git_tag"] = revision_tag
    return result


def _git(folder: Path, *args: str, check: bool = False) -> str | None:
    """Output of ``git -C folder …`` (stripped), or None when git fails or is missing."""
    try:
        done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True, check=check)
    except (OSError, subprocess.CalledProcessError) as error:
        if check:
            raise PushRefused(f"git {' '.join(args)} failed: {error}") from error
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def _check_git_tag(dataset_dir: Path, tag: str) -> None:
    if _git(dataset_dir, "status", "--porcelain", "--", ".") != "":
        raise PushRefused(f"{dataset_dir} has uncommitted changes: commit the release before pushing, so that the "
                          f"git tag {tag} names the commit that holds it")
    tagged = _git(dataset_dir, "rev-parse", "-q", "--verify", f"refs/tags/{tag}^{{commit}}")
    if tagged is not None and tagged != _git(dataset_dir, "rev-parse", "HEAD"):
        raise PushRefused(f"git tag {tag} exists and points at another commit than HEAD; a published tag is never "
                          "moved")
