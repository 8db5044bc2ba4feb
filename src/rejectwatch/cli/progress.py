"""Progress bars for long work (a first scan, training), on a terminal only.

tqdm draws them: a small, well-kept library that shows the count, the rate and the time left,
and can step aside while a log line is written (`external_write_mode`). It is imported only
when a bar is really shown, so the commands that start instantly stay instant. On a pipe, in
a file or in the daemon nothing is drawn: the logs say it instead.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

DELAY = 0.5  # seconds before a bar appears: quick work never flickers one


class Shown:
    """What a caller updates; does nothing unless a bar is on screen."""

    def __init__(self, bar: Any = None) -> None:
        self._bar = bar

    def update(self, done: int, total: int | None = None) -> None:
        bar = self._bar
        if bar is None:
            return
        if total is not None and bar.total != total:
            bar.total = total
        bar.update(done - bar.n)  # draws at most every 0.1 s, and not before DELAY

    def stage(self, text: str) -> None:
        """Name the step under way (for work counted in steps, not messages)."""
        if self._bar is not None:
            self._bar.set_description_str(text)


_active: list[Any] = []  # the bar on screen, if any (one at a time)


@contextmanager
def bar(
    what: str, *, unit: str = "msg", total: int | None = None, stream: TextIO | None = None
) -> Iterator[Shown]:
    """A progress bar on `stream` (stderr) when it is a terminal; else a silent stand-in."""
    stream = stream or sys.stderr
    if not _is_terminal(stream):
        yield Shown()
        return
    from tqdm import tqdm  # noqa: PLC0415 - only when a bar is really drawn

    with tqdm(
        total=total,
        desc=what,
        unit=unit,
        file=stream,
        delay=DELAY,
        dynamic_ncols=True,
        leave=True,
    ) as drawn:
        _active.append(drawn)
        try:
            yield Shown(drawn)
        finally:
            _active.remove(drawn)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or not a real file
        return False


class Console:
    """A stream for log lines that steps around a bar on screen (stderr by default).

    Log lines written while a bar is drawn would land in the middle of it; through this,
    tqdm clears the bar, the line is written, and the bar is drawn again below it.
    """

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream

    @property
    def stream(self) -> TextIO:
        return self._stream or sys.stderr

    def write(self, text: str) -> int:
        if not _active:
            return self.stream.write(text)
        from tqdm import tqdm  # noqa: PLC0415 - already imported: a bar is on screen

        with tqdm.external_write_mode(file=self.stream):
            return self.stream.write(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return _is_terminal(self.stream)
