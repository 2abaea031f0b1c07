"""The Dask integration gives the records of ``articlekit convert``, on a local cluster of two
worker processes. Skipped without the ``dask`` extra; the corpus test follows
``tests/test_convert.py`` (skipped without ``../shared/corpus``, failing when ``CI=true``)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.bag", reason="the Dask integration needs the 'dask' extra (pip install -e '.[dask]')")
distributed = pytest.importorskip("distributed", reason="the Dask integration test needs 'distributed' (the 'dask' extra)")

from articlekit.integrations.dask import convert_bag, input_bag  # noqa: E402
from articlekit.integrations.partition import convert_partition  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "news-page.html"



def _cli_records(*args: str) -> list[dict[str, Any]]:
    result = subprocess.run(
        [sys.executable, "-m", "articlekit", "convert", *args, "-o", "-", "--jobs", "2", "-q"],
        capture_output=True, timeout=300,
    )
    assert result.returncode in (0, 1), result.stderr.decode()
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None, silence_logs=40
    ) as cluster, distributed.Client(cluster) as dask_client:
        yield dask_client


def test_corpus_on_two_workers_gives_the_cli_records(client: Any, fundus_pages: Path) -> None:
    records = convert_bag(input_bag([str(fundus_pages)], npartitions=8)).compute()
    assert len(records) == 258
    assert records == _cli_records(str(fundus_pages))
    assert len(client.scheduler_info()["workers"]) == 2


def test_warc_files_and_bad_inputs_as_the_cli(tmp_path: Path) -> None:
    pytest.importorskip("warcio", reason="WARC input needs the 'warc' extra (pip install -e '.[warc]')")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    warc = tmp_path / "crawl.warc.gz"
    with open(warc, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url in ("https://example.com/a", "https://example.com/b"):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            payload = io.BytesIO(EXAMPLE.read_bytes())
            writer.write_record(writer.create_warc_record(url, "response", payload=payload, http_headers=headers))
    (tmp_path / "empty.html").write_bytes(b"")
    inputs = [str(warc), str(tmp_path / "empty.html"), str(EXAMPLE)]
    records = convert_bag(input_bag(inputs, npartitions=2)).compute(scheduler="sync")
    assert records == _cli_records(*inputs)
    assert [("error" in r) for r in records] == [False, False, True, False]


def test_a_partition_is_usable_without_dask() -> None:
    (record,) = convert_partition([str(EXAMPLE)])
    assert record["input"] == str(EXAMPLE) and record["headline"]


def test_to_ndjson_files_put_end_to_end_are_the_cli_output(tmp_path: Path) -> None:
    # Bag.to_textfiles leaves the last line of each file without its newline, so `cat out/*`
    # joined two records on one line; to_ndjson writes the CLI's lines, an empty partition none.
    from articlekit.integrations.dask import to_ndjson

    (tmp_path / "empty.html").write_bytes(b"")
    inputs = [str(EXAMPLE), str(tmp_path / "empty.html"), str(EXAMPLE), str(EXAMPLE)]
    bag = input_bag(inputs, npartitions=3)
    records = convert_bag(bag)
    to_ndjson(records, str(tmp_path / "out" / "*.ndjson"), scheduler="sync")
    dropped = convert_bag(input_bag([str(EXAMPLE)], npartitions=1)).filter(lambda r: False)
    to_ndjson(dropped, str(tmp_path / "none" / "*.ndjson"), scheduler="sync")

    files = sorted((tmp_path / "out").glob("*.ndjson"))
    assert len(files) == bag.npartitions > 1
    assert all(f.read_bytes().endswith(b"\n") for f in files)
    cli = subprocess.run(
        [sys.executable, "-m", "articlekit", "convert", *inputs, "-o", "-", "-q"], capture_output=True, timeout=120,
    )
    assert b"".join(f.read_bytes() for f in files) == cli.stdout
    assert [f.read_bytes() for f in (tmp_path / "none").glob("*.ndjson")] == [b""]
