"""Durable JSON Lines export files with a checkpoint that makes a killed export resumable.

The protocol, per page:

1. append the page's records to ``out.jsonl``, flush, ``fsync``;
2. write ``out.jsonl.checkpoint`` atomically (temp file, ``fsync``, ``rename``, ``fsync`` folder)
   holding the export's checkpoint, the number of records and the byte length of ``out.jsonl``.

The output file is created (or truncated, with its old checkpoint removed) only when the first
page arrives, so an export that fails before any data (401, no connection) leaves no empty file
and an existing file untouched. `options` (what the export was asked for: `since`, the account)
are kept in the checkpoint so a resume can refuse contradicting ones.

On resume the output is cut back to the recorded length (dropping a page that was written but not
checkpointed) and the export continues from the recorded checkpoint. A kill at any instant therefore
loses nothing and duplicates nothing.
"""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

import attrs

from ._json import dumps_line
from .errors import InvalidArgumentError

__all__ = ["CheckpointState", "JsonlExportFile", "checkpoint_path_for"]

_STATE_VERSION = 1


def checkpoint_path_for(out: Path) -> Path:
    """Where the checkpoint of an export into `out` lives."""
    return out.with_name(out.name + ".checkpoint")


@attrs.frozen
class CheckpointState:
    """What the checkpoint file holds."""

    what: str
    checkpoint: Any
    records: int
    bytes: int
    pages: int
    options: Mapping[str, Any] = attrs.field(factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": _STATE_VERSION,
            "what": self.what,
            "checkpoint": self.checkpoint,
            "records": self.records,
            "bytes": self.bytes,
            "pages": self.pages,
            "options": dict(self.options),
        }

    @classmethod
    def load(cls, path: Path) -> CheckpointState:
        try:
            data = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            raise InvalidArgumentError(
                f"cannot resume: no checkpoint file at {path} (start without --resume)"
            ) from None
        except ValueError as exc:
            raise InvalidArgumentError(f"checkpoint file {path} is not valid JSON: {exc}") from None
        if not isinstance(data, Mapping) or data.get("version") != _STATE_VERSION:
            raise InvalidArgumentError(f"checkpoint file {path} has an unknown format")
        try:
            return cls(
                what=str(data["what"]),
                checkpoint=data["checkpoint"],
                records=int(data["records"]),
                bytes=int(data["bytes"]),
                pages=int(data.get("pages", 0)),
                options=dict(data.get("options") or {}),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidArgumentError(f"checkpoint file {path} is incomplete: {exc}") from None


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


class JsonlExportFile:
    """Append-only JSONL output with a durable per-page checkpoint.

    ```python
    with JsonlExportFile(Path("tickets.jsonl"), what="tickets", resume=True) as out:
        async for page in zd.incremental.tickets(checkpoint=out.checkpoint, ...).pages():
            out.write_page(page.items, page.checkpoint)
    ```
    `fsync=False` trades crash-safety for speed (a process kill is still safe; a power cut is not).
    `checkpoints=False` writes no checkpoint file (a stream that cannot be resumed).
    """

    def __init__(
        self,
        path: Path,
        *,
        what: str,
        resume: bool = False,
        fsync: bool = True,
        checkpoints: bool = True,
        options: Mapping[str, Any] | None = None,
    ) -> None:
        self.path = Path(path)
        self.checkpoint_path = checkpoint_path_for(self.path)
        self.what = what
        self.fsync = fsync
        self.records = 0
        self.pages = 0
        self.checkpoint: Any = None
        self.resumed = False
        self._bytes = 0
        self._fh: BinaryIO | None = None
        self._resume = resume
        self._checkpoints = checkpoints
        self.options: dict[str, Any] = dict(options or {})
        self._opened = False

    def __enter__(self) -> JsonlExportFile:
        self.open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def open(self) -> None:
        """Open for writing: fresh (the file is created at the first page) or, with resume, cut
        back to the checkpoint."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._opened = True
        if self._resume:
            state = CheckpointState.load(self.checkpoint_path)
            if state.what != self.what:
                raise InvalidArgumentError(
                    f"checkpoint {self.checkpoint_path} belongs to an export of {state.what!r}, "
                    f"not {self.what!r}"
                )
            if not self.path.exists() or self.path.stat().st_size < state.bytes:
                raise InvalidArgumentError(
                    f"cannot resume: {self.path} is shorter than its checkpoint says "
                    f"({state.bytes} bytes); it was changed or replaced"
                )
            fh = self.path.open("r+b")
            fh.truncate(state.bytes)
            fh.seek(state.bytes)
            self._fh = fh
            self._bytes = state.bytes
            self.records = state.records
            self.pages = state.pages
            self.checkpoint = state.checkpoint
            self.options = dict(state.options)
            self.resumed = True
        elif self.path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(self.path))
        elif not os.access(self.path if self.path.exists() else self.path.parent, os.W_OK):
            raise PermissionError(errno.EACCES, "not writable", str(self.path))

    def _start_fresh(self) -> BinaryIO:
        self.checkpoint_path.unlink(missing_ok=True)  # first: a stale one must not outlive the data
        self._fh = fh = self.path.open("wb")
        return fh

    def write_page(self, records: Iterable[Any], checkpoint: Any) -> int:
        """Append one page durably, then record `checkpoint` as the place to resume from."""
        if not self._opened:
            raise InvalidArgumentError("export file is not open")
        fh = self._fh if self._fh is not None else self._start_fresh()
        chunk = b"".join(map(dumps_line, records))
        count = chunk.count(b"\n")
        fh.write(chunk)
        fh.flush()
        if self.fsync:
            os.fsync(fh.fileno())
        self._bytes += len(chunk)
        self.records += count
        self.pages += 1
        self.checkpoint = checkpoint
        if self._checkpoints:
            self._write_state()
        return count

    def _write_state(self) -> None:
        state = CheckpointState(
            what=self.what,
            checkpoint=self.checkpoint,
            records=self.records,
            bytes=self._bytes,
            pages=self.pages,
            options=self.options,
        )
        tmp = self.checkpoint_path.with_name(self.checkpoint_path.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump(state.to_json(), fh)
            fh.flush()
            if self.fsync:
                os.fsync(fh.fileno())
        os.replace(tmp, self.checkpoint_path)
        if self.fsync:
            _fsync_dir(self.checkpoint_path.parent)

    def close(self) -> None:
        self._opened = False
        if self._fh is not None:
            self._fh.close()
            self._fh = None
