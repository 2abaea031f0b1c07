"""``ordered_map``: a function over chunks of items in worker processes, results in input order.

Built on ``concurrent.futures.ProcessPoolExecutor`` with a bounded window: at most
``jobs * CHUNKS_IN_FLIGHT_PER_WORKER`` chunks are out at any time, so memory does not depend on
the number of items. Results come back in the order of the inputs whatever the number of
workers, so the output is deterministic.

A worker that dies (``kill -9``, the out-of-memory killer, a crash in C code) breaks the pool;
the run does not wait for it. The pool is rebuilt and every chunk that had not finished is run
again, one item at a time and alone in the pool, so that the item that kills its worker again is
known: it gets the ``on_lost`` result for a ``WorkerDiedError``, and the other items their normal
results. Each item is thus run at most twice.

A time bound per item (``item_seconds``) is kept by the worker itself: before each item it sets
an alarm (``SIGALRM``, default action: the process ends), so even a page stuck in C code ends
its worker; the parent then sees a dead worker as above, and an item that outlives the bound
when run alone gets a ``PageTimeoutError``.

Stopping is cooperative: the caller's ``StopFlag`` (a ``threading.Event`` set by a signal
handler, say) is polled between results; then the workers are killed and nothing more is
yielded, so the caller has only ever received whole results.
"""

from __future__ import annotations

import signal
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Generic, Protocol, TypeVar

from ..errors import ArticleKitError, PageTimeoutError, WorkerDiedError

T = TypeVar("T")
R = TypeVar("R")

# Chunks queued per worker: enough that a worker never waits for the next one while the parent
# writes, few enough that memory does not depend on the batch's size.
CHUNKS_IN_FLIGHT_PER_WORKER = 4
# How often a wait for a result looks at the stop flag (seconds): the delay of a Ctrl-C.
POLL_SECONDS = 0.05
# How long a worker may lie dead before the pool is taken as broken though the executor has not
# said so (seconds): the executor's own notice comes within a poll or two when it comes at all.
DEAD_WORKER_GRACE_SECONDS = 2.0
# How long the executor's own thread is given to stop once its workers are killed (seconds).
MANAGER_JOIN_SECONDS = 2.0


class StopFlag(Protocol):
    """Anything that says whether to stop, e.g. a ``threading.Event``."""

    def is_set(self) -> bool: ...


class Stopped(Exception):
    """The stop flag was set while waiting for a result (internal: ends the generator)."""


def ordered_map(
    func: Callable[[list[T]], list[R]],
    items: Iterable[T],
    jobs: int,
    chunk_size: int,
    stop: StopFlag,
    *,
    on_lost: Callable[[T, ArticleKitError], R] | None = None,
    item_seconds: float | None = None,
    report: Callable[[str], None] | None = None,
) -> Generator[R, None, None]:
    """``func`` over ``items`` in chunks of ``chunk_size``, in ``jobs`` worker processes (in this
    process when ``jobs`` is 1), yielding the results one by one in input order until ``stop``
    is set. Close the generator (``contextlib.closing``) to end the workers early.

    ``func`` must give one result per item, in order. With workers, ``on_lost(item, error)``
    makes the result of an item whose worker died twice or that outlived ``item_seconds`` (no
    bound when None); without ``on_lost`` that error is raised. ``report(message)`` is told when
    a worker died and items are run again. In this process (``jobs`` 1) there is no time bound
    and nothing survives a crash of the process.
    """
    if jobs <= 1:
        for item in items:
            if stop.is_set():
                return
            yield from func([item])
        return
    run = _Run(func, jobs, stop, on_lost, item_seconds, report or (lambda message: None))
    yield from run.results(_chunks(items, chunk_size))


class _Task(Generic[T, R]):
    """One chunk sent to the pool, and its future."""

    def __init__(self, chunk: list[T], future: Future[list[R]]) -> None:
        self.chunk = chunk
        self.future = future

    def finished_ok(self) -> bool:
        return self.future.done() and not self.future.cancelled() and self.future.exception() is None


class _Run(Generic[T, R]):
    """The state of one ``ordered_map`` over worker processes: the pool (rebuilt when a worker
    dies) and what to do with lost items."""

    def __init__(
        self,
        func: Callable[[list[T]], list[R]],
        jobs: int,
        stop: StopFlag,
        on_lost: Callable[[T, ArticleKitError], R] | None,
        item_seconds: float | None,
        report: Callable[[str], None],
    ) -> None:
        self._func = func
        self._jobs = jobs
        self._stop = stop
        self._on_lost = on_lost
        self._seconds = item_seconds if item_seconds and item_seconds > 0 else None
        self._report = report
        self._pool = self._new_pool()

    def results(self, chunks: Iterator[list[T]]) -> Generator[R, None, None]:
        pending: deque[_Task[T, R]] = deque()
        window = self._jobs * CHUNKS_IN_FLIGHT_PER_WORKER
        try:
            while True:
                while len(pending) < window and (chunk := next(chunks, None)) is not None:
                    pending.append(_Task(chunk, self._submit(chunk)))
                if not pending:
                    break
                head = pending.popleft()
                try:
                    self._wait(head.future)
                    results = head.future.result()
                except BrokenProcessPool:
                    tasks = [head, *pending]
                    pending.clear()
                    yield from self._recover(tasks)
                    continue
                yield from results
            self._pool.shutdown(wait=True)
        except Stopped:
            return
        finally:
            # After a normal end this only reaps the idle workers; on a stop, an error or the
            # generator's close it kills the busy ones.
            _kill(self._pool)

    def _recover(self, tasks: list[_Task[T, R]]) -> Generator[R, None, None]:
        """The results of ``tasks`` after the pool broke, in order: those that finished before the
        break as they are, the others' items run again one at a time in a new pool."""
        again = [task for task in tasks if not task.finished_ok()]
        count = sum(len(task.chunk) for task in again)
        self._report(f"a worker process died (killed, or out of memory); running the {count} inputs in flight again, one at a time")
        self._rebuild()
        for task in tasks:
            if task.finished_ok():
                yield from task.future.result()
                continue
            for item in task.chunk:
                yield from self._alone(item)

    def _alone(self, item: T) -> list[R]:
        """``func([item])`` alone in the pool: a death now is this item's."""
        started = time.monotonic()
        future = self._submit([item])
        try:
            self._wait(future)
            return future.result()
        except BrokenProcessPool:
            pass
        elapsed = time.monotonic() - started
        self._rebuild()
        error: ArticleKitError
        if self._seconds is not None and elapsed >= self._seconds:
            error = PageTimeoutError(
                f"converting this page took over {self._seconds:g} s, twice; its worker was stopped "
                "(raise the bound with --page-timeout, or report the page)"
            )
        else:
            error = WorkerDiedError(
                "the worker process died while converting this page, twice (killed by a signal, "
                "e.g. the out-of-memory killer, or a crash); check the page and the memory available"
            )
        if self._on_lost is None:
            raise error
        return [self._on_lost(item, error)]

    def _submit(self, chunk: list[T]) -> Future[list[R]]:
        try:
            return self._pool.submit(_call, self._func, chunk, self._seconds)
        except BrokenProcessPool as exc:
            # The pool broke since the last wait: a future that failed the same way, recovered
            # with the others when it is its turn.
            failed: Future[list[R]] = Future()
            failed.set_exception(exc)
            return failed

    def _wait(self, future: Future[list[R]]) -> None:
        """Wait for ``future``; raise ``BrokenProcessPool`` when a worker has been dead for
        ``DEAD_WORKER_GRACE_SECONDS`` and the future is still not done. The executor notices a
        dead worker by itself, but not always: a worker killed while it held the result queue's
        lock leaves the others blocked on that lock and the executor waiting on them, forever."""
        dead_since: float | None = None
        while not future.done():
            if self._stop.is_set():
                raise Stopped
            wait([future], timeout=POLL_SECONDS)
            if future.done():
                break
            if dead_since is None:
                dead_since = time.monotonic() if _has_dead_worker(self._pool) else None
            elif time.monotonic() - dead_since > DEAD_WORKER_GRACE_SECONDS:
                raise BrokenProcessPool("a worker process died and the pool did not recover by itself")
        if self._stop.is_set():
            raise Stopped

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self._jobs, initializer=_init_worker)

    def _rebuild(self) -> None:
        _kill(self._pool)
        self._pool = self._new_pool()


def _has_dead_worker(pool: ProcessPoolExecutor) -> bool:
    """Whether a worker of ``pool`` has ended (its ``_processes``, declared in typeshed)."""
    return any(process.exitcode is not None for process in list((pool._processes or {}).values()))


def _kill(pool: ProcessPoolExecutor) -> None:
    """End ``pool`` now, killing the workers that are busy.

    The executor has no public way to stop a busy worker before Python 3.14
    (``kill_workers``); before that its ``_processes`` (declared in typeshed) are killed.
    """
    kill_workers = getattr(pool, "kill_workers", None)
    if kill_workers is not None:
        kill_workers()
    else:
        for process in list((pool._processes or {}).values()):
            process.kill()
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    if manager is None:
        return
    manager.join(MANAGER_JOIN_SECONDS)
    if manager.is_alive():
        # A worker killed in the middle of writing its result leaves a torn message in the
        # result pipe, and the executor's thread waits for the rest of it for ever (and so would
        # the interpreter's exit, which joins it). Once every end that could write is closed
        # (the workers' went with them, this process's is closed here) it reads the pipe's end
        # instead, takes the pool as broken and stops.
        writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
        if writer is not None:
            writer.close()
        manager.join(MANAGER_JOIN_SECONDS)


def _call(func: Callable[[list[T]], list[R]], chunk: list[T], seconds: float | None) -> list[R]:
    """In a worker: ``func`` over ``chunk``, each item under an alarm of ``seconds`` when given
    (the alarm's default action ends the process, even in C code)."""
    if seconds is None:
        return func(chunk)
    results: list[R] = []
    for item in chunk:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            results.extend(func([item]))
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    return results


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _init_worker() -> None:
    # Workers leave Ctrl-C to the parent, which stops them: no traceback from every worker.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The alarm of _call ends the worker (a handler inherited from the parent would not).
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
