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
                    fh = out._fh or out._start_fresh()
                    fh.write(b'{"id": 999, "partial')
                    fh.flush()
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
        f.write_page([{"id": 7}], "new")
        assert json.loads(checkpoint_path_for(out).read_text())["checkpoint"] == "new"
    assert lines(out) == [{"id": 7}]


def test_no_file_until_the_first_page_and_an_old_file_survives_a_failed_start(
    tmp_path: Path,
) -> None:
    out = tmp_path / "sub" / "o.jsonl"
    with JsonlExportFile(out, what="tickets"):
        pass  # the export failed before its first page
    assert not out.exists()
    run(out, 0, 2, resume=False)
    before = out.read_bytes(), checkpoint_path_for(out).read_bytes()
    with JsonlExportFile(out, what="tickets"):
        pass  # --force, then the start failed: the old export is still there, resumable
    assert (out.read_bytes(), checkpoint_path_for(out).read_bytes()) == before
    with JsonlExportFile(out, what="tickets") as f:
        f.write_page([], None)  # an empty export is an empty file (and a checkpoint)
    assert out.read_bytes() == b""
    assert json.loads(checkpoint_path_for(out).read_text())["records"] == 0


def test_options_are_kept_in_the_checkpoint(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    with JsonlExportFile(out, what="tickets", options={"since": 5}) as f:
        f.write_page([{"id": 1}], "c1")
    with JsonlExportFile(out, what="tickets", resume=True) as f:
        assert f.options == {"since": 5}
        f.write_page([{"id": 2}], "c2")
    assert json.loads(checkpoint_path_for(out).read_text())["options"] == {"since": 5}


def test_without_checkpoints_no_checkpoint_file(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    with JsonlExportFile(out, what="skips", checkpoints=False) as f:
        f.write_page([{"id": 1}], None)
    assert lines(out) == [{"id": 1}]
    assert not checkpoint_path_for(out).exists()


def test_a_directory_or_unwritable_place_fails_at_open(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        JsonlExportFile(tmp_path, what="tickets").open()
