"""One fuzz case: a claim file's bytes through the command line, and what must hold of the answer.

The case runs through the same entry point as ``factcheck`` (the Typer app, via CliRunner) and
must end with exit 0, 1 or 2, with no traceback, within a time limit; exit 2 always comes with at
least one ``FILE:LINE:COL: error:`` line on stderr, each placed inside the file, and exits 0 and
1 with none. A JSON report must parse.
"""

from __future__ import annotations

import json
import re
import shutil
import signal
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app

ROOT = Path(__file__).resolve().parents[2]
GUILIN = ROOT / "claims" / "guilin.yaml"
FORMATS = ("plain", "json", "rich")
RUNNER = CliRunner()


class Hang(BaseException):
    """Raised into a case that runs past its time limit (not an Exception: nothing catches it)."""


@dataclass(frozen=True)
class Outcome:
    """How a case ended: its exit code, and ``failure`` ("" when everything held)."""

    exit_code: int | None
    failure: str
    seconds: float
    kind: str = "ok"  # ok | traceback | hang | unlocated | refused | bad-exit | bad-output


def workdir(base: Path) -> Path:
    """A folder to run cases in, holding the article that claims/guilin.yaml points at."""
    (base / "sources").mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "claims" / "sources" / "guilin.txt", base / "sources" / "guilin.txt")
    return base


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`Hang` into the block when it runs longer than ``seconds``."""

    def expire(signum: int, frame: object) -> None:
        raise Hang

    old = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def run_case(
    data: bytes,
    where: Path,
    command: str = "verify",
    fmt: str = "plain",
    timeout: float = 10.0,
    readable: bool = False,
) -> Outcome:
    """Write ``data`` as a claim file in ``where``, run ``factcheck COMMAND`` on it, judge it.

    ``readable`` says the file is a clean claim file: it must not exit 2.
    """
    path = where / "claims.yaml"
    path.write_bytes(data)
    page = where / "report.html"
    args = [command, str(path)] + (["--format", fmt] if command == "verify" else [])
    if command == "report":
        page.unlink(missing_ok=True)
        args += ["-o", str(page)]
    start = time.perf_counter()
    try:
        with deadline(timeout):
            result = RUNNER.invoke(app, args)
    except Hang:
        return Outcome(None, f"no answer within {timeout:g} s", timeout, "hang")
    seconds = time.perf_counter() - start
    code = result.exit_code
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        trace = "".join(traceback.format_exception(result.exception))
        return Outcome(code, trace, seconds, "traceback")
    out, err = result.stdout, result.stderr
    if "Traceback (most recent call last)" in out + err:
        return Outcome(code, err or out, seconds, "traceback")
    if command == "report":  # its one line of summary, then what verify writes to stderr
        err = "".join(line for line in err.splitlines(True) if not line.startswith(f"{page}: "))
        written = page.read_text(encoding="utf-8") if page.exists() else ""
        if code != 2 and not written.rstrip().endswith("</html>"):
            return Outcome(code, f"exit {code} without a whole page\n{err}", seconds, "bad-output")
    if code not in (0, 1, 2):
        return Outcome(code, f"exit {code}\n{err}", seconds, "bad-exit")
    located = _located(err, str(path), data)
    if isinstance(located, str):
        return Outcome(code, located, seconds, "unlocated")
    if code == 2 and readable:
        return Outcome(code, f"a clean claim file was refused\n{err}", seconds, "refused")
    if code == 2 and not located:
        return Outcome(code, f"exit 2 without a FILE:LINE:COL line\n{err}", seconds, "unlocated")
    if code != 2 and err:
        return Outcome(code, f"exit {code} with output on stderr\n{err}", seconds, "bad-output")
    if command == "verify" and fmt == "plain":
        lines = out.splitlines()
        for text in lines[:-1]:
            # a claim's line, its details, an unaccounted figure of the article, coverage
            placed = re.match(r"\S.*?(:\d+:\d+:|: \d+ more unaccounted) ", text) is not None
            if not (text.startswith((f"{path}:", "    ", "coverage of ")) or placed):
                return Outcome(
                    code, f"plain line without its place: {text[:200]!r}", seconds, "bad-output"
                )
    if command == "verify" and fmt == "json":
        try:
            json.loads(out)
        except ValueError as e:
            return Outcome(code, f"JSON report does not parse: {e}", seconds, "bad-output")
    return Outcome(code, "", seconds)


def _located(err: str, path: str, data: bytes) -> list[tuple[int, int]] | str:
    """The (line, column) of every error line; a string saying what is wrong when one is off.

    Every line on stderr is an error line or its hint; an error must lie inside the file: a line
    that exists (or the one just past the end) and a column no further than one past its end.
    """
    lines = _lines(data)
    head = re.compile(rf"^{re.escape(path)}:(\d+):(\d+): error: \S")
    found = []
    for text in err.splitlines():
        if text.startswith("  hint: "):
            continue
        m = head.match(text)
        if m is None:
            return f"stderr line is neither FILE:LINE:COL: error nor a hint: {text[:200]!r}"
        line, col = int(m[1]), int(m[2])
        width = len(lines[line - 1]) if 1 <= line <= len(lines) else 0
        if not (1 <= line <= len(lines) + 1 and 1 <= col <= width + 1):
            return f"error placed outside the file ({len(lines)} lines): {text[:200]!r}"
        found.append((line, col))
    return found


def _lines(data: bytes) -> list[str]:
    """The file's lines as YAML 1.1 counts them (CRLF, CR, LF, NEL, LS, PS), BOM dropped."""
    text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8", "replace")
    return re.split("\r\n|[\r\n\x85\u2028\u2029]", text)
