"""Progress bars: drawn on a terminal, never on a pipe; log lines step around them."""

from __future__ import annotations

import io
import time

from rejectwatch.cli import progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_bar_on_a_terminal_shows_count_rate_and_time_left() -> None:
    screen = Terminal()
    with progress.bar("scan", unit="msg", stream=screen) as shown:
        time.sleep(progress.DELAY + 0.1)  # a bar appears only for work that takes a while
        shown.update(50, 200)
        shown.update(200, 200)
    text = screen.getvalue()
    assert "scan" in text
    assert "200/200" in text
    assert "msg/s" in text
    assert "<" in text  # tqdm's "elapsed<left"


def test_quick_work_draws_nothing() -> None:
    screen = Terminal()
    with progress.bar("scan", stream=screen) as shown:
        shown.update(1, 1)
    assert screen.getvalue() == ""


def test_nothing_on_a_pipe() -> None:
    pipe = io.StringIO()
    with progress.bar("scan", stream=pipe) as shown:
        time.sleep(progress.DELAY + 0.1)
        shown.update(5, 10)
        shown.stage("train: fitting")
    assert pipe.getvalue() == ""


def test_log_lines_step_around_a_bar() -> None:
    screen = Terminal()
    console = progress.Console(screen)
    assert console.isatty()
    console.write("before\n")
    with progress.bar("scan", stream=screen) as shown:
        time.sleep(progress.DELAY + 0.1)
        shown.update(1, 3)
        console.write("a log line\n")
        shown.update(3, 3)
    text = screen.getvalue()
    assert text.startswith("before\n")
    # The bar is blanked out, the line written whole at the start of the row, then the bar
    # drawn again below it.
    cleared, after = text.split("\ra log line\n")
    assert cleared.rstrip(" ").endswith("\r")
    assert "1/3" in cleared
    assert "3/3" in after
