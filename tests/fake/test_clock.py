"""`zendesk_async.testing.VirtualClock`: time moves only by sleeping on it."""

from __future__ import annotations

import pytest

from zendesk_async.testing import VirtualClock

pytestmark = pytest.mark.anyio


async def test_sleeping_advances_the_clock_and_counts_the_wait() -> None:
    vc = VirtualClock(100.0)
    assert vc() == vc.now() == 100.0 and vc.slept == 0.0
    await vc.sleep(2.5)
    await vc.sleep(-1.0)  # a negative wait is no wait
    assert vc() == vc.now() == 102.5 and vc.slept == 2.5
