"""``ordered_map``: a function over chunks of items in worker processes, results in input order.

Built on ``multiprocessing.Pool`` but with a bounded window: ``Pool.imap`` would read the whole
input iterator ahead into its task queue (all the paths, or all the WARC payloads, in memory),
while here at most ``jobs * CHUNKS_IN_FLIGHT_PER_WORKER`` chunks are out at any time. Results come
back in the order of the inputs whatever the number of workers, so the output is deterministic.

Stopping is cooperative: the caller's ``StopFlag`` (a ``threading.Event`` set by a signal
handler, say) is polled between results; then the workers are terminated and nothing more is
yielded, so the caller has only ever received whole results.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from itertools import islice
from multiprocessing.pool import AsyncResult
from typing import Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Chunks queued per worker: enough that a worker never waits for the next one while the parent
# writes, few enough that memory does not depend on the batch's size.
CHUNKS_IN_FLIGHT_PER_WORKER = 4
# How often a wait for a result looks at the stop flag (seconds): the delay of a Ctrl-C.
POLL_SECONDS = 0.05


class StopFlag(Protocol):
    """Anything that says whether to stop, e.g. a ``threading.Event``."""

    def is_set(self) -> bool: ...


def ordered_map(
    func: Callable[[list[T]], list[R]],
    items: Iterable[T],
    jobs: int,
    chunk_size: int,
    stop: StopFlag,
) -> Generator[R, None, None]:
    """``func`` over ``items`` in chunks of ``chunk_size``, in ``jobs`` worker processes (in this
    process when ``jobs`` is 1), yielding the results one by one in input order until ``stop``
    is set. Close the generator (``contextlib.closing``) to end the workers early."""
    if jobs <= 1:
        for item in items:
            if stop.is_set():
                return
            yield from func([item])
        return
    yield from _in_workers(func, _chunks(items, chunk_size), jobs, stop)


def _in_workers(func: Callable[[list[T]], list[R]], chunks: Iterator[list[T]], jobs: int, stop: StopFlag) -> Generator[R, None, None]:
    pool = multiprocessing.get_context().Pool(jobs, initializer=_ignore_sigint)
    pending: deque[AsyncResult[list[R]]] = deque()
    window = jobs * CHUNKS_IN_FLIGHT_PER_WORKER
    try:
        while True:
            while len(pending) < window and (chunk := next(chunks, None)) is not None:
                pending.append(pool.apply_async(func, (chunk,)))
            if not pending:
                break
            head = pending.popleft()
            while not head.ready():
                if stop.is_set():
                    return
                head.wait(POLL_SECONDS)
            if stop.is_set():
                return
            yield from head.get()
        pool.close()
    finally:
        # After close() this only reaps the idle workers; on a stop or an error it kills the busy ones.
        pool.terminate()
        pool.join()


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _ignore_sigint() -> None:
    # Workers leave Ctrl-C to the parent, which stops them: no traceback from every worker.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
