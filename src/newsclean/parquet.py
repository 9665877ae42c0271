"""Parquet: clean one string column of a file, row group by row group, keep the rest.

Needs the ``parquet`` extra (pyarrow). The file is read in batches of rows (never
whole), each batch's text column is cleaned (in worker processes with ``jobs``), and
the batch is written to the new file with the same schema, schema metadata and
compression; every other column is passed through as Arrow data, so it round-trips
unchanged. Null values stay null. A field that is missing or not a string column is
an error before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .batch import map_ordered
from .engine import run
from .files import InputError
from .model import Config, Diagnostic, Result

__all__ = ["BATCH_ROWS", "ParquetRow", "cleaned_batches", "open_parquet", "parquet_writer", "text_column"]

BATCH_ROWS = 512  # rows decoded at once: bounds memory whatever the row groups' size


@dataclass(frozen=True, slots=True)
class ParquetRow:
    """One row whose text was cleaned: its index in the file (from 0), and what changed."""

    row: int
    before: str
    after: str
    diagnostics: tuple[Diagnostic, ...]


def open_parquet(path: str) -> pq.ParquetFile:
    """The Parquet file at ``path``, or InputError if it is not one."""
    try:
        return pq.ParquetFile(path, pre_buffer=False, buffer_size=1 << 20)
    except (OSError, pa.ArrowException) as error:
        raise InputError(f"{path}: not a readable Parquet file ({error})") from None


def text_column(parquet: pq.ParquetFile, path: str, field: str) -> int:
    """The index of the string column ``field``; InputError if it is missing or not text."""
    schema = parquet.schema_arrow
    index: int = schema.get_field_index(field)
    if index < 0:
        raise InputError(f"{path}: no column {field!r} (columns: {', '.join(schema.names)})")
    kind = schema.field(index).type
    if not (pa.types.is_string(kind) or pa.types.is_large_string(kind)):
        raise InputError(f"{path}: column {field!r} is {kind}, not a string column")
    return index


def parquet_writer(parquet: pq.ParquetFile, sink: Any) -> pq.ParquetWriter:
    """A writer for a file like ``parquet``: same schema (with its metadata) and compression."""
    metadata = parquet.metadata
    compression = "snappy"
    if metadata.num_row_groups and metadata.num_columns:
        compression = metadata.row_group(0).column(0).compression.lower()
    if compression == "uncompressed":
        compression = "none"
    return pq.ParquetWriter(sink, parquet.schema_arrow, compression=compression)


def _run(config: Config, text: str | None) -> Result | None:
    return None if text is None else run(text, config)


def cleaned_batches(
    parquet: pq.ParquetFile, index: int, config: Config, *, jobs: int = 1
) -> Iterator[tuple[pa.RecordBatch, list[ParquetRow]]]:
    """Each batch of the file with column ``index`` cleaned, and the rows that changed
    or have diagnostics."""
    first_row = 0
    kind = parquet.schema_arrow.field(index).type
    for batch in parquet.iter_batches(batch_size=BATCH_ROWS, use_threads=False):
        texts = batch.column(index).to_pylist()
        results = list(map_ordered(partial(_run, config), texts, jobs=jobs, chunk_size=64))
        rows = [
            ParquetRow(
                first_row + offset, text, result.text,
                tuple(sorted(result.diagnostics, key=lambda d: (d.line, d.column))),
            )
            for offset, (text, result) in enumerate(zip(texts, results, strict=True))
            if result is not None and (result.diagnostics or result.text != text)
        ]
        if any(row.before != row.after for row in rows):
            cleaned = pa.array([None if r is None else r.text for r in results], type=kind)
            columns = [cleaned if i == index else batch.column(i) for i in range(batch.num_columns)]
            batch = pa.RecordBatch.from_arrays(columns, schema=batch.schema)
        yield batch, rows
        first_row += len(texts)
