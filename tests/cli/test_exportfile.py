"""exportfile: a kill at any point between pages resumes with no loss and no duplicates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zendesk_async.errors import InvalidArgumentError
from zendesk_async.exportfile import JsonlExportFile, checkpoint_path_for

PAGES = [[{"id": p * 10 + i, "s": "ü✓"} for i in range(3)] for p in range(5)]


def lines(path: Path) -> list[dict[str, int]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def run(
    path: Path, start_page: int, stop_after: int | None, resume: bool, torn_write: bool = False
) -> None:
    with JsonlExportFile(path, what="tickets", resume=resume, fsync=False) as out:
        first = out.checkpoint + 1 if out.checkpoint is not None else start_page
        for n in range(first, len(PAGES)):
            if stop_after is not None and n == stop_after:
                if torn_write:  # the process died halfway through writing a page
                    assert out._fh is not None
                    out._fh.write(b'{"id": 999, "partial')
                    out._fh.flush()
                return
            out.write_page(PAGES[n], n)


@pytest.mark.parametrize("kill_at", range(len(PAGES)))
@pytest.mark.parametrize("torn", [False, True])
def test_resume_after_kill_matches_uninterrupted(tmp_path: Path, kill_at: int, torn: bool) -> None:
    ref = tmp_path / "ref.jsonl"
    run(ref, 0, None, resume=False)
    out = tmp_path / "out.jsonl"
    run(out, 0, kill_at, resume=False, torn_write=torn)
    if kill_at == 0:
        with pytest.raises(InvalidArgumentError, match="no checkpoint"):
            run(out, 0, None, resume=True)
        run(out, 0, None, resume=False)
    else:
        run(out, 0, None, resume=True)
    assert out.read_bytes() == ref.read_bytes()
    assert len(lines(out)) == 15
    state = json.loads(checkpoint_path_for(out).read_text())
    assert state["records"] == 15 and state["checkpoint"] == 4


def test_resume_refuses_other_export_and_shortened_file(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    run(out, 0, 2, resume=False)
    with pytest.raises(InvalidArgumentError, match="belongs to an export of 'tickets'"):
        JsonlExportFile(out, what="skips", resume=True).open()
    out.write_bytes(b"")
    with pytest.raises(InvalidArgumentError, match="shorter than its checkpoint"):
        JsonlExportFile(out, what="tickets", resume=True).open()


def test_fresh_export_removes_stale_checkpoint(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    run(out, 0, 2, resume=False)
    with JsonlExportFile(out, what="tickets") as f:
        assert f.checkpoint is None
        assert not checkpoint_path_for(out).exists()
