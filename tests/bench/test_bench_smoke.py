"""Every bench scenario at a tiny size, so the scripts never rot. No timing asserts: only that
each scenario produces its table and that the contenders that ran got the right answers."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from bench import run as bench_run
from bench._common import visible_tickets
from bench._report import ScenarioResult

SMOKE = bench_run.SMOKE
HAVE_ZENPY = importlib.util.find_spec("zenpy") is not None
HAVE_PYZD = importlib.util.find_spec("zendesk") is not None


def _run(key: str) -> ScenarioResult:
    return bench_run.scenarios(SMOKE)[key]()


def _ran(res: ScenarioResult, contender: str) -> bool:
    """The row has numbers (third-party contenders may be missing when `[bench]` is not
    installed: then their row must say n/a)."""
    row = res.row(contender)
    if row.value is None:
        assert contender.startswith(("zenpy", "python-zendesk")), row.note
        assert row.note.startswith("n/a"), row.note
        return False
    return True


def test_p1_every_contender_streams_every_listed_ticket_once() -> None:
    res = _run("P1")
    want = visible_tickets(SMOKE.p1_tickets)
    assert [r.contender for r in res.rows][:4] == [
        "raw httpx + json.loads (floor)",
        "raw httpx + orjson (floor)",
        "zendesk-async typed",
        "zendesk-async raw=True",
    ]
    ran = [r for r in res.rows if _ran(res, r.contender)]
    assert len(ran) == len(res.rows) - (not HAVE_ZENPY) - (not HAVE_PYZD)
    for row in ran:
        assert row.count == want, row  # unique ids
        assert row.ratio is not None and row.ratio > 0
        assert row.alt_ratio is not None and row.alt_ratio > 0
    assert res.row("zendesk-async typed").passed is not None


def test_p2_get_many_finds_every_existing_id() -> None:
    res = _run("P2")
    want = visible_tickets(SMOKE.p2_ids)
    for row in res.rows:
        if _ran(res, row.contender):
            assert row.count == want, row
    assert res.row("zendesk-async get_many").target == "<= 1.1x floor"


def test_p3_exports_every_ticket_at_both_sizes_in_fresh_processes() -> None:
    res = _run("P3")
    for n in SMOKE.p3_sizes:
        for name in ("raw httpx + json.loads (floor)", "zendesk-async raw=True"):
            row = res.row(f"{name} @ {n:,}")
            assert row.count == n, row
            assert row.value is not None and 10 < row.value < 1000  # MB, a real RSS
        assert res.row(f"zendesk-async typed @ {n:,}").count == n
        if HAVE_PYZD:  # python-zendesk rejects the `deleted` status real exports contain
            assert "ResponseValidationError" in res.row(f"python-zendesk 0.3.1 @ {n:,}").note


def test_p4_zendesk_async_waits_out_429s_and_raw_httpx_sees_them() -> None:
    res = _run("P4")
    za = res.row("zendesk-async (concurrency 50)")
    assert za.count is not None and 0 < za.count <= SMOKE.p4_budget * SMOKE.p4_windows
    assert "0 failed calls" in za.note
    raw = res.row("raw httpx, no 429 handling (50 tasks)")
    assert raw.count is not None and not raw.note.startswith("0 ok")
    assert " 0 failed" not in raw.note  # 50 tasks over a 20-request budget: 429s reach it
    shared = res.row("zendesk-async, 2 clients on one store (25 tasks each)")
    assert shared.count is not None and 0 < shared.count <= SMOKE.p4_budget * SMOKE.p4_windows
    assert "0 failed calls" in shared.note


def test_p6_workers_on_one_redis_store_fail_nothing() -> None:
    res = _run("P6")
    for w in SMOKE.p6_workers:
        shared = res.row(f"W={w}, Redis store")
        assert shared.count is not None, shared.note  # redis-server is installed in CI
        assert 0 < shared.count <= SMOKE.p6_budget * SMOKE.p6_windows
        assert " 0 failed calls" in f" {shared.note}", shared.note
        assert res.row(f"W={w}, no store").count is not None


def test_p5_every_contender_gets_each_ticket_it_asked_for() -> None:
    res = _run("P5")
    for row in res.rows:
        if _ran(res, row.contender):
            assert row.count == SMOKE.p5_calls, row


def test_cli_prints_the_table_and_writes_json_and_markdown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_json, out_md = tmp_path / "r.json", tmp_path / "r.md"
    code = bench_run.main(
        ["--smoke", "--only", "p1", "--json", str(out_json), "--markdown", str(out_md)]
    )
    assert code == 0
    printed = capsys.readouterr().out
    assert "P1 stream tickets" in printed and "floor" in printed and "ratio" in printed
    data = json.loads(out_json.read_text())
    assert [d["key"] for d in data] == ["P1"]
    assert "| contender |" in out_md.read_text()


def test_cli_rejects_an_unknown_scenario() -> None:
    with pytest.raises(SystemExit):
        bench_run.main(["--smoke", "--only", "P9"])
