"""The job-result shape rule (issue 13, items 1 and 2, facade side): every shape Zendesk sends in
a job status's `results` maps onto the chunk's inputs with the right state, id, status, action,
error and details; a failure is never reported as created. Cases: tests/bulk/job_results.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from zendesk_async.bulk import ItemState, JobStatus
from zendesk_async.bulk.job_results import job_item_results

CORPUS = json.loads((Path(__file__).parent / "job_results.json").read_text())["cases"]


@pytest.mark.parametrize("case", CORPUS, ids=[c["name"] for c in CORPUS])
def test_job_result_shapes(case: dict[str, Any]) -> None:
    job = JobStatus.from_body({"job_status": {"id": "j1", **case["job"]}})
    inputs = [f"input {i}" for i in range(len(case["keys"]))]
    items = job_item_results(job, case["keys"], inputs=inputs, offset=100)
    assert [item.index for item in items] == [100 + i for i in range(len(inputs))]
    assert [item.input for item in items] == inputs
    assert all(item.job_id == "j1" for item in items)
    for item, expect in zip(items, case["expect"], strict=True):
        assert item.state is ItemState(expect["state"])
        assert item.success is (item.state is ItemState.SUCCEEDED)
        for field in ("id", "status", "action", "error", "details", "raw"):
            if field in expect:
                assert getattr(item, field) == expect[field], field
        if item.state is ItemState.FAILED:
            assert item.error  # a failure always says why


def test_items_are_numbered_from_zero_by_default() -> None:
    job = JobStatus.from_body({"job_status": {"id": "j", "status": "completed", "results": None}})
    items = job_item_results(job, [7, 8])
    assert [(item.index, item.id, item.input) for item in items] == [(0, 7, None), (1, 8, None)]


def test_a_failure_is_never_reported_as_created() -> None:
    """Every corpus entry with an error or success=false maps to a FAILED item."""
    for case in CORPUS:
        job = JobStatus.from_body({"job_status": {"id": "j", **case["job"]}})
        items = job_item_results(job, case["keys"])
        for item in items:
            raw = item.raw or {}
            if raw.get("error") is not None or raw.get("success") is False:
                assert item.state is ItemState.FAILED, case["name"]


def test_the_rule_is_pure() -> None:
    results = [{"id": 1, "status": "Created"}]
    job = JobStatus.from_body(
        {"job_status": {"id": "j", "status": "completed", "results": results}}
    )
    first = job_item_results(job, [None])
    assert job_item_results(job, [None]) == first
    assert results == [{"id": 1, "status": "Created"}]
