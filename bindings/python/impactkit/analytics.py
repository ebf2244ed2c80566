"""Documents as rows of the analytics tables, for a warehouse (issue 24; docs/sector-analytics.md).

    >>> from impactkit import analytics
    >>> tables = analytics.to_arrow(["groep-1.json", "groep-2.json"], pseudonym_salt=SECRET)   # doctest: +SKIP
    >>> analytics.write_dataset(folder, "out", format="parquet", pseudonym_salt=SECRET)        # doctest: +SKIP

The library writes each document's rows as NDJSON (`Document.analytics_rows`); here they are gathered a batch of
documents at a time and handed to pyarrow's JSON reader with the table's explicit schema, so no Python dict is
made per row and memory stays flat however many documents there are. Parquet is written by pyarrow, the
well-kept writer where it lives; pyarrow is needed only for `to_arrow`, `arrow_schema` and Parquet
(`pip install impactkit[analytics]`), NDJSON needs nothing. The same NDJSON goes into ClickHouse as it is
(`INSERT INTO … FORMAT JSONEachRow`), and the SQL models in analytics/ read either.

From the command line: python -m impactkit.analytics FOLDER --out DIR [--format parquet|ndjson]
"""

from __future__ import annotations

import argparse
import ctypes
import functools
import io
import json
import os
import sys
from pathlib import Path
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Iterable, Iterator, Optional, Union

from ._native import lib, take_string
from ._progress import Progress, ProgressArgument
from ._support import call, jobs_argument, json_files
from .document import Document, load
from .errors import ImpactKitError

TABLES = ("groups", "moments", "moment_domains", "placements", "changes", "sroi_outcomes")
DocumentLike = Union[str, os.PathLike, Document]


def schema() -> dict[str, Any]:
    """The tables and their columns ("schema": "impactkit/analytics/1"): name, ClickHouse type, description."""
    out = ctypes.c_void_p()
    call(lib.ik_analytics_schema, ctypes.byref(out))
    return json.loads(take_string(out))


def clickhouse_structure(table: str) -> str:
    """The table's columns as a ClickHouse structure ("`institution` Nullable(String), …"), for reading exported
    files with their declared types: file('out/moments.parquet', Parquet, clickhouse_structure("moments"))."""
    return ", ".join(f"`{c['name']}` {c['type']}" for c in schema()["tables"][table])


def _arrow_type(clickhouse: str):
    import pyarrow as pa

    if clickhouse.startswith("Nullable(") and clickhouse.endswith(")"):
        return _arrow_type(clickhouse[len("Nullable("):-1])
    if clickhouse.startswith("Array(") and clickhouse.endswith(")"):
        return pa.list_(_arrow_type(clickhouse[len("Array("):-1]))
    types = {"String": pa.string(), "Int64": pa.int64(), "Float64": pa.float64(), "Bool": pa.bool_()}
    if clickhouse not in types:
        raise ValueError(f"no Arrow type for the column type {clickhouse!r}")
    return types[clickhouse]


@functools.lru_cache(maxsize=None)
def arrow_schema(table: str):
    """The table's columns as a pyarrow schema (nullable where the column is Nullable(...); arrays are never null).
    Made once per table (a pyarrow schema is immutable); every batch of an export reads with it."""
    import pyarrow as pa

    contract = schema()
    columns = contract["tables"][table]
    fields = [pa.field(c["name"], _arrow_type(c["type"]), nullable=c["type"].startswith("Nullable(")) for c in columns]
    return pa.schema(fields, metadata={b"impactkit.schema": contract["schema"].encode()})


def _sources(sources: Union[DocumentLike, Iterable[DocumentLike]]) -> list[Union[str, Document]]:
    """Every document to export, in order: a folder gives its *.json files in name order."""
    if isinstance(sources, (str, os.PathLike, Document)):
        sources = [sources]
    found: list[Union[str, Document]] = []
    for source in sources:
        if isinstance(source, Document):
            found.append(source)
        elif Path(source).is_dir():
            found.extend(str(Path(source) / name) for name in json_files(source))
        else:
            found.append(str(source))
    return found


Rows = tuple[str, Optional[dict[str, bytes]], Optional[Exception]]


class _Batches:
    """NDJSON of every table, gathered a batch of documents at a time. Within a batch the documents are loaded and
    turned into rows on `jobs` threads (the library releases the GIL), and gathered in order."""

    def __init__(self, sources, settings: dict[str, Any], batch_documents: int, jobs: Optional[int] = None,
                 progress: ProgressArgument = None):
        if batch_documents < 1:
            raise ValueError("batch_documents must be at least 1")
        self.sources, self.settings, self.size = sources, settings, batch_documents
        self.jobs = jobs_argument(jobs) or os.cpu_count() or 1
        self.progress = progress
        self.skipped: list[tuple[str, Exception]] = []
        # What each source holds (its rows' ids), to say which sources count twice (as `impact export` does).
        self.holdings = _Holdings()

    def _rows(self, source: Union[str, Document]) -> Rows:
        if isinstance(source, Document):
            name, document = "<document>", source
        else:
            name = source
            try:
                document = load(source)
            except (ImpactKitError, OSError) as error:
                return (name, None, error)
        return (name, {table: document.analytics_rows(table, **self.settings) for table in TABLES}, None)

    def __iter__(self) -> Iterator[dict[str, bytes]]:
        sources = _sources(self.sources)
        report = Progress(self.progress, unit="documents")
        pool = ThreadPoolExecutor(self.jobs) if self.jobs > 1 else None
        try:
            done = 0
            for start in range(0, len(sources), self.size):
                chunk = sources[start:start + self.size]
                buffers = {table: bytearray() for table in TABLES}
                count = 0
                for name, rows, error in (pool.map(self._rows, chunk) if pool else map(self._rows, chunk)):
                    done += 1
                    report(done, len(sources))
                    if rows is None:
                        self.skipped.append((name, error))
                        continue
                    self.holdings.note(name, done, rows)
                    for table in TABLES:
                        buffers[table] += rows[table]
                    count += 1
                if count:
                    yield {table: bytes(data) for table, data in buffers.items()}
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
            report.close()


class _Holdings:
    """Which sources hold a canvas or document an earlier source of the same export holds (a journey beside its
    moments' own files, a copy of a file): their rows count twice in the tables. The keys are the rows' own
    (pseudonymous) ids: a group's document, each moment's canvas, a change log's document."""

    def __init__(self) -> None:
        self._first: dict[str, tuple[str, int]] = {}
        self.counted_twice: list[tuple[str, list[str]]] = []

    def note(self, name: str, serial: int, rows: dict[str, bytes]) -> None:
        earlier: list[str] = []
        for key in self._keys(rows):
            holder = self._first.setdefault(key, (name, serial))
            if holder[1] != serial and holder[0] not in earlier:
                earlier.append(holder[0])
        if earlier:
            self.counted_twice.append((name, earlier))

    @staticmethod
    def _keys(rows: dict[str, bytes]) -> list[str]:
        keys = [json.loads(rows[table].split(b"\n", 1)[0])["document"]
                for table in ("groups", "changes", "sroi_outcomes") if rows[table]]
        return keys + [json.loads(line)["canvas"] for line in rows["moments"].splitlines() if line]


def _read(ndjson: bytes, table: str):
    import pyarrow as pa
    import pyarrow.json as pj

    target = arrow_schema(table)
    if not ndjson:
        return target.empty_table()
    parse = pj.ParseOptions(explicit_schema=target, unexpected_field_behavior="error")
    read = pj.read_json(io.BytesIO(ndjson), parse_options=parse, read_options=pj.ReadOptions(block_size=1 << 22))
    return read.select(target.names).cast(target)


def to_arrow(sources: Union[DocumentLike, Iterable[DocumentLike]], *, batch_documents: int = 1000,
             jobs: Optional[int] = None, progress: ProgressArgument = None, **settings: Any) -> dict[str, Any]:
    """Every table of the documents (paths, folders or Documents) as pyarrow Tables. Settings as for
    `Document.analytics_rows`. Documents that cannot be read are left out (write_dataset reports them). `jobs` and
    `progress` as for write_dataset."""
    import pyarrow as pa

    parts: dict[str, list] = {table: [] for table in TABLES}
    for batch in _Batches(sources, settings, batch_documents, jobs, progress):
        for table in TABLES:
            parts[table].append(_read(batch[table], table))
    return {table: pa.concat_tables(parts[table]) if parts[table] else arrow_schema(table).empty_table()
            for table in TABLES}


def write_dataset(sources: Union[DocumentLike, Iterable[DocumentLike]], out_dir: Union[str, os.PathLike], *,
                  format: str = "parquet", batch_documents: int = 1000, jobs: Optional[int] = None,
                  progress: ProgressArgument = None, **settings: Any) -> dict[str, Any]:
    """Writes one file per table into `out_dir` (TABLE.parquet or TABLE.ndjson) and manifest.json (the schema id,
    rows per table, the documents skipped and why, the sources that hold canvases or documents an earlier source
    holds: `counted_twice`), a batch of documents at a time. Returns the manifest.

    The documents are loaded and turned into rows on `jobs` threads (None: one per processor; 1: this thread only),
    gathered in order, so the files are the same for any number. `progress(done, total)` is called after each
    document on this thread; True draws a bar (tqdm's when tqdm is installed)."""
    if format not in ("parquet", "ndjson"):
        raise ValueError(f"unknown format {format!r}: parquet or ndjson")
    if format == "parquet":
        import pyarrow.parquet  # noqa: F401 - before the folder is made: without pyarrow it stayed behind, empty
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rows = {table: 0 for table in TABLES}
    batches = _Batches(sources, settings, batch_documents, jobs, progress)
    writers: dict[str, Any] = {}
    files = {table: out / f"{table}.{format}.part" for table in TABLES}
    try:
        if format == "ndjson":
            handles = {table: open(files[table], "wb") for table in TABLES}
            try:
                for batch in batches:
                    for table in TABLES:
                        handles[table].write(batch[table])
                        rows[table] += batch[table].count(b"\n")
            finally:
                for handle in handles.values():
                    handle.close()
        else:
            import pyarrow.parquet as pq

            for table in TABLES:
                writers[table] = pq.ParquetWriter(files[table], arrow_schema(table), compression="zstd")
            for batch in batches:
                for table in TABLES:
                    read = _read(batch[table], table)
                    if read.num_rows:
                        writers[table].write_table(read)
                        rows[table] += read.num_rows
            for writer in writers.values():
                writer.close()
        for table in TABLES:
            os.replace(files[table], out / f"{table}.{format}")
    finally:
        for part in files.values():
            if part.exists():
                part.unlink()
    manifest = {"schema": schema()["schema"], "format": format, "rows": rows,
                "skipped": [{"source": source, "code": getattr(error, "symbol", type(error).__name__), "message": getattr(error, "message", str(error))}
                            for source, error in batches.skipped],
                "counted_twice": [{"source": source, "same_as": earlier} for source, earlier in batches.holdings.counted_twice]}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest


def _salt_file(path: str) -> str:
    """A salt file's text as `impact --pseudonym-salt-file` reads it: a last \\n, then a last \\r dropped (an editor's
    line end), nothing else, so both give the same pseudonyms (.strip() also took spaces)."""
    text = Path(path).read_bytes().decode("utf-8")   # bytes: text mode would turn \r\n inside it into \n
    text = text[:-1] if text.endswith("\n") else text
    return text[:-1] if text.endswith("\r") else text


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m impactkit.analytics",
                                     description="Export documents (files or folders of *.json) as analytics tables.")
    parser.add_argument("sources", nargs="+", help="documents or folders of documents")
    parser.add_argument("--out", required=True, help="the folder to write TABLE.parquet / TABLE.ndjson and manifest.json into")
    parser.add_argument("--format", choices=("parquet", "ndjson"), default="parquet")
    parser.add_argument("--institution")
    parser.add_argument("--programme")
    parser.add_argument("--pseudonym-salt-file", help="a file holding the salt (default: $IMPACTKIT_PSEUDONYM_SALT)")
    parser.add_argument("--real-names", action="store_true", help="write names, not pseudonyms (an explicit choice)")
    parser.add_argument("--batch-documents", type=int, default=1000)
    parser.add_argument("--jobs", type=int, help="threads that load documents (default: one per processor)")
    parser.add_argument("--progress", action="store_true", help="draw a progress bar on stderr (tqdm's if installed)")
    arguments = parser.parse_args(argv)
    settings: dict[str, Any] = {}
    if arguments.real_names:
        settings["names"] = "real"
    salt = (_salt_file(arguments.pseudonym_salt_file) if arguments.pseudonym_salt_file
            else os.environ.get("IMPACTKIT_PSEUDONYM_SALT"))
    if salt:
        settings["pseudonym_salt"] = salt
    for key in ("institution", "programme"):
        if getattr(arguments, key):
            settings[key] = getattr(arguments, key)
    try:
        manifest = write_dataset(arguments.sources, arguments.out, format=arguments.format,
                                 batch_documents=arguments.batch_documents, jobs=arguments.jobs,
                                 progress=arguments.progress, **settings)
    except ImpactKitError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except ModuleNotFoundError as missing:
        if missing.name is None or not missing.name.startswith("pyarrow"):
            raise
        print('error: Parquet is written with pyarrow: pip install "impactkit[analytics]", or --format ndjson',
              file=sys.stderr)
        return 2
    for table, count in manifest["rows"].items():
        print(f"{table}: {count} rows")
    for skipped in manifest["skipped"]:
        print(f"skipped {skipped['source']}: {skipped['code']}: {skipped['message']}", file=sys.stderr)
    for twice in manifest["counted_twice"]:
        print(f"{twice['source']} holds canvases or documents also in {', '.join(twice['same_as'])}: their rows count "
              "twice in the tables; export one copy", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
