"""A one-line progress bar on a terminal: done/total, rate and ETA, redrawn a few times a second.

Written here rather than taken from tqdm: a bar, a rate and an ETA are thirty lines, and the
command keeps its few dependencies.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

# Redraws per second at most: more costs time and flickers, fewer looks stuck.
REDRAW_SECONDS = 0.2
BAR_WIDTH = 24


class Progress:
    """Draws ``update(done, errors)`` calls on ``stream`` (a terminal); ``close()`` clears it."""

    def __init__(self, stream: TextIO, total: int | None, clock: Callable[[], float] = time.monotonic) -> None:
        self._stream = stream
        self._total = total
        self._clock = clock
        self._start = clock()
        self._last_draw = float("-inf")

    def update(self, done: int, errors: int, force: bool = False) -> None:
        now = self._clock()
        if not force and now - self._last_draw < REDRAW_SECONDS:
            return
        self._last_draw = now
        self._stream.write("\r" + render(done, errors, self._total, now - self._start) + "\x1b[K")
        self._stream.flush()

    def close(self) -> None:
        self._stream.write("\r\x1b[K")
        self._stream.flush()


def render(done: int, errors: int, total: int | None, elapsed: float) -> str:
    """The bar's text.

    >>> render(50, 1, 200, 10.0)
    '[######                  ]  50/200  25% 5.0 pages/s ETA 0:30, 1 errors'
    >>> render(50, 0, None, 10.0)
    '50 pages 5.0 pages/s, 0 errors'
    """
    rate = done / elapsed if elapsed > 0 else 0.0
    if total is None or total <= 0:
        return f"{done} pages {rate:.1f} pages/s, {errors} errors"
    share = min(done / total, 1.0)
    filled = int(share * BAR_WIDTH)
    eta = _clock_time((total - done) / rate) if rate > 0 else "?"
    width = len(str(total))
    return (
        f"[{'#' * filled}{' ' * (BAR_WIDTH - filled)}] {done:>{width}}/{total} {share:4.0%} "
        f"{rate:.1f} pages/s ETA {eta}, {errors} errors"
    )


def _clock_time(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"
