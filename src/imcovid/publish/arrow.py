"""Arrow schemas and Hugging Face features derived from the pydantic models, so the Parquet files, the card's
``dataset_info`` and ``schema/`` can never drift apart.

``datasets`` (with pandas and huggingface_hub behind it: about 0.9 CPU-s to import, most of a one-post rebuild) is
only needed for three facts derived from each config's plain Arrow schema: the features' JSON kept in the Parquet
metadata, their YAML list for the card, and each feature's repr for the card's tables. A build with a cache keeps
them (:func:`derive` → :func:`install`, by :func:`imcovid.cache.load_hf_features`, keyed by the version of
``datasets`` and the schemas themselves) and does not import ``datasets`` at all; without an installed copy every
function here asks ``datasets`` as before, so the bytes are the same either way."""

from __future__ import annotations

import json
import types
import typing
from datetime import date, datetime
from functools import lru_cache

import pyarrow as pa
from pydantic import BaseModel

from imcovid.models import RECORD_MODELS

# What :func:`derive` found, once installed: {config: {"meta": bytes, "yaml": list, "types": {field: (repr, class
# name)}}, "info_fields": [...]}. None: ask ``datasets``.
_DERIVED: dict | None = None
DERIVED_FORMAT = "hf-features-1"


def _arrow_type(annotation) -> pa.DataType:
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return _arrow_type(inner[0])
    if origin is typing.Annotated:
        return _arrow_type(args[0])
    if origin is typing.Literal:
        return pa.string()
    if origin in (list, tuple):
        return pa.list_(_arrow_type(args[0]))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct([pa.field(name, _arrow_type(f.annotation)) for name, f in annotation.model_fields.items()])
    if annotation is str:
        return pa.string()
    if annotation is bool:
        return pa.bool_()
    if annotation is int:
        return pa.int64()
    if annotation is datetime:
        return pa.timestamp("us", tz="UTC")
    if annotation is date:
        return pa.date32()
    raise TypeError(f"no Arrow type for {annotation!r}")


@lru_cache(maxsize=None)
def plain_schema(config: str) -> pa.Schema:
    """The config's Arrow schema without the Hugging Face metadata."""
    model = RECORD_MODELS[config]
    return pa.schema([pa.field(name, _arrow_type(f.annotation)) for name, f in model.model_fields.items()])


def derived_key() -> str:
    """What the derived facts depend on: this format, the version of ``datasets`` and every config's schema."""
    from imcovid.version import library_version

    schemas = "\n".join(f"{config}: {plain_schema(config).to_string(show_schema_metadata=False)}"
                        for config in sorted(RECORD_MODELS))
    return f"{DERIVED_FORMAT}\0datasets=={library_version('datasets')}\0{schemas}"


def _meta_bytes(features) -> bytes:
    # The "huggingface" key is where `datasets` looks for exact features when it opens a Parquet file.
    return json.dumps({"info": {"features": features.to_dict()}}, sort_keys=True).encode()


def derive() -> dict:
    """Ask ``datasets`` for everything the build needs of it (imports it). ``info_fields``: the ``dataset_info``
    fields ``datasets`` writes to the card in its order, kept only when :func:`info_without_datasets` gives exactly
    ``datasets``' own dict for a probe (else None, and the card keeps asking ``datasets``)."""
    import datasets

    derived: dict = {}
    for config in RECORD_MODELS:
        meta = _meta_bytes(datasets.Features.from_arrow_schema(plain_schema(config)))
        # The card's features are read back from the schema with its metadata, as hf_features does.
        features = datasets.Features.from_arrow_schema(plain_schema(config).with_metadata({b"huggingface": meta}))
        derived[config] = {"meta": meta, "yaml": features._to_yaml_list(),
                           "types": {name: (repr(f), type(f).__name__) for name, f in features.items()}}
    from dataclasses import fields

    order = [f.name for f in fields(datasets.DatasetInfo) if f.name in datasets.DatasetInfo._INCLUDED_INFO_IN_YAML]
    derived["info_fields"] = order
    probe = ("articles", "train", 123456, 789, 4567)
    try:  # compared as JSON text: the same keys in the same order (the card's YAML keeps it)
        same = json.dumps(_info_with_datasets(*probe)) == json.dumps(_info_from(derived, *probe))
    except (KeyError, TypeError):  # a field this module does not know: keep asking datasets
        same = False
    if not same:
        derived["info_fields"] = None
    return derived


def install(derived) -> None:
    """Use ``derived`` (from :func:`derive`) instead of ``datasets`` until :func:`uninstall`; TypeError if it is not
    such a dict. The schemas already made stay cached: they are the same bytes either way."""
    global _DERIVED
    if not isinstance(derived, dict) or "info_fields" not in derived or any(
            not isinstance(derived.get(c), dict) or not isinstance(derived[c].get("meta"), bytes)
            or not isinstance(derived[c].get("yaml"), list) or not isinstance(derived[c].get("types"), dict)
            for c in RECORD_MODELS):
        raise TypeError("not derived Hugging Face features")
    _DERIVED = derived


def uninstall() -> None:
    global _DERIVED
    _DERIVED = None


def installed() -> bool:
    return _DERIVED is not None


@lru_cache(maxsize=None)
def arrow_schema(config: str) -> pa.Schema:
    schema = plain_schema(config)
    if _DERIVED is not None:
        meta = _DERIVED[config]["meta"]
    else:
        import datasets

        meta = _meta_bytes(datasets.Features.from_arrow_schema(schema))
    return schema.with_metadata({b"huggingface": meta})


def hf_features(config: str):
    """The config's ``datasets.Features`` (imports ``datasets``)."""
    import datasets

    return datasets.Features.from_arrow_schema(arrow_schema(config))


def feature_types(config: str) -> dict[str, tuple[str, str]]:
    """Each field's feature as (repr, class name), for the card's tables."""
    if _DERIVED is not None:
        return {name: tuple(pair) for name, pair in _DERIVED[config]["types"].items()}
    return {name: (repr(f), type(f).__name__) for name, f in hf_features(config).items()}


def _info_with_datasets(config: str, split: str, num_bytes: int, num_examples: int, download_size: int) -> dict:
    import datasets

    info = datasets.DatasetInfo(
        features=hf_features(config),
        config_name=config,
        splits=datasets.SplitDict({split: datasets.SplitInfo(split, num_bytes=num_bytes, num_examples=num_examples)}),
        download_size=download_size,
        dataset_size=num_bytes,
    )
    return info._to_yaml_dict()


def _info_from(derived: dict, config: str, split: str, num_bytes: int, num_examples: int,
               download_size: int) -> dict:
    values = {"features": derived[config]["yaml"], "config_name": config,
              "splits": [{"name": split, "num_bytes": num_bytes, "num_examples": num_examples}],
              "download_size": download_size, "dataset_size": num_bytes}
    return {name: values[name] for name in derived["info_fields"]}


def dataset_info(config: str, split: str, num_bytes: int, num_examples: int, download_size: int) -> dict | None:
    """The card's ``dataset_info`` entry of a config as ``datasets.DatasetInfo`` writes it, from the installed facts;
    None when none are installed or they could not be checked against ``datasets`` (then the card asks it)."""
    if _DERIVED is None or not _DERIVED.get("info_fields"):
        return None
    import copy

    return copy.deepcopy(_info_from(_DERIVED, config, split, num_bytes, num_examples, download_size))
