"""Writing a command's output to a file: atomically, and never over one of its inputs.

Shared by every command with ``-o``: the text goes to a temporary file in the same directory,
then ``os.replace`` puts it in place, so a reader never sees half a file and a failed run
leaves the old file as it was.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from factcheck.report import Report


class OutputError(Exception):
    """The output file cannot or must not be written."""

    def __init__(self, path: Path, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.path = path
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        hint = f"\n  hint: {self.hint}" if self.hint else ""
        return f"{self.path}: error: {self.message}{hint}"


def inputs(report: Report) -> list[tuple[Path, str]]:
    """Every file a report was read from: its claim files and their source texts."""
    out: list[tuple[Path, str]] = []
    for f in report.files:
        out.append((Path(f.path), "an input claim file"))
        if f.source.text_path:
            out.append((Path(f.path).parent / f.source.text_path, "a source text"))
    return out


# No command writes its output over an existing YAML file: it may be a claim file that was not
# among the inputs (`verify a.yaml -o b.yaml`), and a claim file holds work that is not
# regenerated. (`extract --draft` writes YAML, but only to a new file.)
_NEVER_OVER = (".yaml", ".yml")


def guard(path: Path, protected: Iterable[tuple[Path, str]]) -> None:
    """Refuse an output path that names one of the inputs, a directory, or an existing YAML
    file."""
    target = _identity(path)
    for p, what in protected:
        if _identity(p) == target:
            raise OutputError(path, f"refusing to overwrite {what}", "name another output file")
    if path.is_dir():
        raise OutputError(path, "is a directory", "name a file to write")
    if path.suffix.lower() in _NEVER_OVER and path.exists():
        raise OutputError(
            path,
            "refusing to overwrite a YAML file (it may be a claim file)",
            "name the output for its format: .txt, .json, .sarif, .xml, .csv or .html",
        )


def _identity(path: Path) -> Path | tuple[int, int]:
    """What a path points at: the same inode for hard links and symlinks, else the resolved
    path (for a file that does not exist yet)."""
    try:
        st = path.stat()
    except (OSError, ValueError):  # ValueError: a NUL in the name, which no file has
        try:
            return path.resolve()
        except (OSError, ValueError, RuntimeError):  # RuntimeError: a loop of links
            return path.absolute()
    return (st.st_dev, st.st_ino)


def write_atomic(path: Path, text: str) -> None:
    """Write UTF-8 text to ``path`` through a temporary file and ``os.replace``."""
    import tempfile  # here: a command that writes to standard output never needs it

    directory = path.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as e:
        raise OutputError(
            path, f"cannot write: {e.strerror}", "check the directory exists and is writable"
        ) from e
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        if path.exists():
            # Keep the permissions of the file being replaced.
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(path, f"cannot write: {e.strerror}", "check the path") from e
    except BaseException:  # Ctrl-C included: never leave a partial file behind
        Path(tmp).unlink(missing_ok=True)
        raise


def write_output(path: Path, text: str, report: Report | None = None) -> None:
    """Guard against overwriting the inputs of ``report``, then write atomically."""
    guard(path, inputs(report) if report is not None else ())
    write_atomic(path, text)
