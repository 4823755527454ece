"""Push a built, verified dataset folder to a Hugging Face dataset repository and tag the release.

After ``push_to_hub(Path("dataset"), "org/imcovid", revision_tag="v1.0.0")`` users pin the release with
``load_dataset("org/imcovid", revision="v1.0.0")``. See docs/releasing.md for the whole recipe.
"""

from __future__ import annotations

import json
from pathlib import Path

from imcovid.publish.release import manifests, verify


class PushRefused(Exception):
    """The folder is not a verified release matching the requested tag; nothing was uploaded."""


def push_to_hub(dataset_dir: Path, repo_id: str, *, revision_tag: str, token: str | None = None, api=None):
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
    """
    dataset_dir = Path(dataset_dir)
    problems = verify(dataset_dir)
    if problems:
        raise PushRefused(f"{dataset_dir} does not verify; not pushed:\n  " + "\n  ".join(problems[:20]))
    newest = manifests(dataset_dir)[-1][1]
    version = json.loads(newest.read_text(encoding="utf-8"))["version"]
    if revision_tag != f"v{version}":
        raise PushRefused(f"{dataset_dir} holds release v{version}; refusing to tag it {revision_tag!r}")
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
    return {"commit": commit.oid, "tag": revision_tag, "url": getattr(commit, "commit_url", None)}
