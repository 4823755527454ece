"""Arrow schemas and Hugging Face features derived from the pydantic models, so the Parquet files, the card's
``dataset_info`` and ``schema/`` can never drift apart."""

from __future__ import annotations

import json
import types
import typing
from datetime import date, datetime
from functools import lru_cache

import datasets
import pyarrow as pa
from pydantic import BaseModel

from imcovid.models import RECORD_MODELS


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
def arrow_schema(config: str) -> pa.Schema:
    model = RECORD_MODELS[config]
    fields = [pa.field(name, _arrow_type(f.annotation)) for name, f in model.model_fields.items()]
    features = datasets.Features.from_arrow_schema(pa.schema(fields))
    # The "huggingface" key is where `datasets` looks for exact features when it opens a Parquet file.
    meta = {b"huggingface": json.dumps({"info": {"features": features.to_dict()}}, sort_keys=True).encode()}
    return pa.schema(fields, metadata=meta)


def hf_features(config: str) -> datasets.Features:
    return datasets.Features.from_arrow_schema(arrow_schema(config))
