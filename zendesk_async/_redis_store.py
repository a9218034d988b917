"""`RedisStore`: the account budget shared by every process on one Redis (``[redis]`` extra).

The rules of `_pacing.py` run as two Lua scripts (`admit`, `settle`) plus `pause`, so each
read-modify-write is atomic on the server, and times come from Redis's own clock (``TIME``):
workers on hosts with skewed clocks still agree. Per account ``{prefix}:{account}``:

- ``:s`` a hash: remaining, limit, reset_at, paused_until, epoch, cap, jobs_* (the
  `AccountState` fields);
- ``:f`` / ``:j`` sorted sets of reservations (request id -> expiry): requests / job submissions
  in flight. A reservation expires after `RESERVATION_TTL` seconds, so a worker killed in the
  middle of a request holds its slot no longer than that;
- ``:b:{budget}`` a sorted set of the starts in each named budget's window.

On asyncio it uses redis-py's asyncio client. On trio (redis-py has no trio client) the sync
client runs in a worker thread through `anyio.to_thread` — one pooled connection per thread;
docs/governor.md gives the cost. Any Redis or socket failure becomes `RateLimitStoreError`; the
governor then paces in-process for a while (see `_ratelimit.py`).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Sequence
from typing import Any

import anyio
import anyio.to_thread

from ._constants import (
    DEFAULT_RETRY_AFTER,
    JOB_INFO_TTL,
    RESERVATION_TTL,
    RESET_SLACK,
    SLOW_START_INITIAL,
    SLOW_START_MAX,
    STORE_TIMEOUT,
    UNKNOWN_RESET,
)
from ._pacing import Ask, Observation
from ._store import Admission, Grant, Outcome, RateLimitStoreError
from .errors import ConfigurationError

__all__ = ["RedisStore"]

_NOW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
"""

# KEYS: state, in flight, jobs in flight, budget cells...  ARGV: id, job, ttl, (limit, window)...
_ADMIT = (
    _NOW
    + """
local st, fl, jb = KEYS[1], KEYS[2], KEYS[3]
local id, job, ttl = ARGV[1], ARGV[2] == '1', tonumber(ARGV[3])
local h = redis.call('HMGET', st, 'remaining', 'reset_at', 'paused_until', 'epoch', 'cap',
  'jobs_paused_until', 'jobs_remaining', 'jobs_known_until')
local remaining, reset_at = tonumber(h[1]) or -1, tonumber(h[2]) or 0
local paused_until, epoch = tonumber(h[3]) or 0, tonumber(h[4]) or 0
local cap = tonumber(h[5]) or INITIAL
if now < paused_until then return {0, tostring(paused_until - now), 'pause', epoch} end
if remaining >= 0 and now >= reset_at then
  remaining, epoch, cap = -1, epoch + 1, INITIAL
  redis.call('HSET', st, 'remaining', -1, 'epoch', epoch, 'cap', cap)
end
redis.call('ZREMRANGEBYSCORE', fl, '-inf', now)
local n = redis.call('ZCARD', fl)
if remaining >= 0 then
  if remaining - n <= 0 then
    if n > 0 then return {0, '-1', 'in-flight', epoch} end
    return {0, tostring(reset_at - now), 'reset', epoch}
  end
elseif n >= cap then
  return {0, '-1', 'slow-start', epoch}
end
if job then
  local jpu = tonumber(h[6]) or 0
  if now < jpu then return {0, tostring(jpu - now), 'jobs', epoch} end
  redis.call('ZREMRANGEBYSCORE', jb, '-inf', now)
  local jr, jku = tonumber(h[7]) or -1, tonumber(h[8]) or 0
  if jr >= 0 and now < jku and jr - redis.call('ZCARD', jb) <= 0 then
    return {0, tostring(jku - now), 'jobs', epoch}
  end
end
local wait = 0
for i = 4, #KEYS do
  local limit, window = math.max(1, tonumber(ARGV[2 * i - 4])), tonumber(ARGV[2 * i - 3])
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - window)
  local n = redis.call('ZCARD', KEYS[i])
  if n >= limit then
    local oldest = redis.call('ZRANGE', KEYS[i], n - limit, n - limit, 'WITHSCORES')
    wait = math.max(wait, tonumber(oldest[2]) + window - now)
  end
end
if wait > 0 then return {0, tostring(wait), 'budget', epoch} end
for i = 4, #KEYS do
  local window = tonumber(ARGV[2 * i - 3])
  redis.call('ZADD', KEYS[i], now, id)
  redis.call('PEXPIRE', KEYS[i], math.ceil(window * 1000) + 1000)
end
redis.call('ZADD', fl, now + ttl, id)
if job then redis.call('ZADD', jb, now + ttl, id) end
redis.call('EXPIRE', st, 86400)
redis.call('PEXPIRE', fl, math.ceil(ttl * 1000) + 1000)
if job then redis.call('PEXPIRE', jb, math.ceil(ttl * 1000) + 1000) end
return {1, '0', '', epoch}
"""
)

# KEYS: state, in flight, jobs in flight.  ARGV: id, epoch, status, remaining, limit, reset,
# retry_after, too_many_jobs, jobs_remaining, jobs_reset (-1: absent)
_SETTLE = (
    _NOW
    + """
local st, fl, jb = KEYS[1], KEYS[2], KEYS[3]
redis.call('ZREM', fl, ARGV[1])
redis.call('ZREM', jb, ARGV[1])
local g_epoch, status = tonumber(ARGV[2]), tonumber(ARGV[3])
if status < 0 then
  local h0 = redis.call('HMGET', st, 'remaining', 'epoch')
  if (tonumber(h0[1]) or -1) < 0 and (tonumber(h0[2]) or 0) == g_epoch then
    redis.call('HSET', st, 'cap', SLOW_START_MAX)
  end
  return {'0', '0'}
end
local o_rem, o_lim, o_reset = tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
local ra, tmj = tonumber(ARGV[7]), ARGV[8] == '1'
local j_rem, j_reset = tonumber(ARGV[9]), tonumber(ARGV[10])
if ra < 0 then ra = DEFAULT_RETRY_AFTER end
local h = redis.call('HMGET', st, 'remaining', 'reset_at', 'paused_until', 'epoch', 'cap',
  'jobs_paused_until', 'limit')
local remaining, reset_at = tonumber(h[1]) or -1, tonumber(h[2]) or 0
local paused_until, epoch = tonumber(h[3]) or 0, tonumber(h[4]) or 0
local cap, limit = tonumber(h[5]) or INITIAL, tonumber(h[7]) or 0
if tmj then
  if now + ra <= (tonumber(h[6]) or 0) then return {'0', '0'} end
  redis.call('HSET', st, 'jobs_paused_until', string.format('%.6f', now + ra))
  return {'0', tostring(ra)}
end
if status == 429 then
  if now + ra <= paused_until then return {'0', '0'} end
  redis.call('HSET', st, 'paused_until', string.format('%.6f', now + ra), 'remaining', -1,
    'epoch', epoch + 1, 'cap', INITIAL)
  return {tostring(ra), '0'}
end
if j_rem >= 0 then
  if j_reset < 0 or j_reset > JOB_INFO_TTL then j_reset = JOB_INFO_TTL end
  redis.call('HSET', st, 'jobs_remaining', j_rem, 'jobs_known_until',
    string.format('%.6f', now + j_reset))
end
if o_rem >= 0 then
  if g_epoch ~= epoch then return {'0', '0', remaining, limit} end
  if o_reset < 0 then o_reset = UNKNOWN_RESET end
  local ra_at = now + o_reset
  local tol = RESET_SLACK + 0.001
  if o_reset == math.floor(o_reset) then tol = RESET_SLACK + 1 end
  if tonumber(ARGV[6]) < 0 then tol = UNKNOWN_RESET end
  if remaining < 0 or ra_at > reset_at + tol then
    remaining, limit = o_rem, o_lim
  elseif ra_at < reset_at - tol then
    return {'0', '0', remaining, limit}
  else
    remaining, reset_at = math.min(remaining, o_rem), math.min(reset_at, ra_at)
    if o_lim > 0 then limit = o_lim end
    ra_at = reset_at
  end
  redis.call('HSET', st, 'remaining', remaining, 'limit', limit, 'reset_at',
    string.format('%.6f', ra_at))
elseif remaining < 0 and status < 400 and g_epoch == epoch then
  redis.call('HSET', st, 'cap', math.min(cap * 2, SLOW_START_MAX))
end
return {'0', '0', remaining, limit}
"""
)

_PAUSE = (
    _NOW
    + """
local st, seconds = KEYS[1], tonumber(ARGV[1])
local h = redis.call('HMGET', st, 'paused_until', 'epoch')
if now + seconds <= (tonumber(h[1]) or 0) then return '0' end
redis.call('HSET', st, 'paused_until', string.format('%.6f', now + seconds), 'remaining', -1,
  'epoch', (tonumber(h[2]) or 0) + 1, 'cap', INITIAL)
redis.call('EXPIRE', st, 86400)
return tostring(seconds)
"""
)


def _constants(script: str) -> str:
    for name, value in (
        ("DEFAULT_RETRY_AFTER", DEFAULT_RETRY_AFTER),
        ("JOB_INFO_TTL", JOB_INFO_TTL),
        ("SLOW_START_MAX", SLOW_START_MAX),
        ("UNKNOWN_RESET", UNKNOWN_RESET),
        ("RESET_SLACK", RESET_SLACK),
        ("INITIAL", SLOW_START_INITIAL),
    ):
        script = script.replace(name, repr(value))
    return script


def _n(value: float | None) -> str:
    return "-1" if value is None else repr(value)


class RedisStore:
    """A `RateLimitStore` on Redis: ``RedisStore("redis://127.0.0.1:6379/0")``."""

    shared = True

    def __init__(
        self,
        url: str,
        *,
        prefix: str = "zendesk-async",
        reservation_ttl: float = RESERVATION_TTL,
        timeout: float = STORE_TIMEOUT,
    ) -> None:
        try:
            import redis  # noqa: F401
        except ImportError:
            raise ConfigurationError(
                "rate_limit_store='redis://...' needs redis-py: pip install 'zendesk-async[redis]'"
            ) from None
        self.url = url
        self.prefix = prefix
        self.reservation_ttl = reservation_ttl
        self.timeout = timeout
        self._aio: Any = None  # redis.asyncio.Redis, bound to the loop that made it
        self._aio_loop: object = None
        self._sync: Any = None  # redis.Redis for trio (thread-safe connection pool)
        self._scripts: dict[str, str] = {
            "admit": _constants(_ADMIT),
            "settle": _constants(_SETTLE),
            "pause": _constants(_PAUSE),
        }
        self._sha: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"<RedisStore {self.url}>"

    def _keys(self, account: str) -> list[str]:
        base = f"{self.prefix}:{account}"
        return [f"{base}:s", f"{base}:f", f"{base}:j"]

    async def admit(self, account: str, ask: Ask, request_id: str) -> Admission:
        keys = self._keys(account)
        args: list[str] = [request_id, "1" if ask.job else "0", repr(self.reservation_ttl)]
        for key, limit, window in ask.budgets:
            keys.append(f"{self.prefix}:{account}:b:{key}")
            args += [str(limit), repr(window)]
        ok, wait, reason, epoch = await self._run("admit", keys, args)
        if int(ok):
            return Admission(Grant(request_id, int(epoch), ask.job))
        seconds = float(wait)
        return Admission(None, None if seconds < 0 else seconds, _str(reason))

    async def settle(self, account: str, grant: Grant, obs: Observation | None) -> Outcome:
        if obs is None:
            args = [grant.id, str(grant.epoch), "-1"] + ["-1"] * 7
        else:
            args = [
                grant.id,
                str(grant.epoch),
                str(obs.status),
                _n(obs.remaining),
                str(obs.limit or 0),
                _n(obs.reset),
                _n(obs.retry_after),
                "1" if obs.too_many_jobs else "0",
                _n(obs.jobs_remaining),
                _n(obs.jobs_reset),
            ]
        out = await self._run("settle", self._keys(account), args)
        remaining, limit = (int(out[2]), int(out[3])) if len(out) > 2 else (-1, 0)
        return Outcome(float(out[0]), float(out[1]), remaining, limit)

    async def pause(self, account: str, seconds: float) -> float:
        out = await self._run("pause", self._keys(account)[:1], [repr(seconds)])
        return float(out)

    async def aclose(self) -> None:
        client, self._aio = self._aio, None
        if client is not None:
            with contextlib.suppress(Exception):  # closing a dead connection: nothing to do
                await client.aclose()
        sync, self._sync = self._sync, None
        if sync is not None:
            sync.close()

    async def _run(self, name: str, keys: Sequence[str], args: Sequence[str]) -> Any:
        import redis

        try:
            if _on_asyncio():
                return await self._run_asyncio(name, keys, args)
            return await anyio.to_thread.run_sync(self._run_sync, name, keys, args)
        except (redis.RedisError, OSError) as exc:
            raise RateLimitStoreError(f"{self.url}: {type(exc).__name__}: {exc}") from exc

    async def _run_asyncio(self, name: str, keys: Sequence[str], args: Sequence[str]) -> Any:
        import redis.asyncio
        import redis.exceptions

        loop = asyncio.get_running_loop()
        if self._aio is None or self._aio_loop is not loop:
            self._aio = redis.asyncio.Redis.from_url(
                self.url, socket_timeout=self.timeout, socket_connect_timeout=self.timeout
            )
            self._aio_loop = loop
        client = self._aio
        sha = self._sha.get(name)
        if sha is not None:
            try:
                return await client.evalsha(sha, len(keys), *keys, *args)
            except redis.exceptions.NoScriptError:
                pass
        self._sha[name] = await client.script_load(self._scripts[name])
        return await client.evalsha(self._sha[name], len(keys), *keys, *args)

    def _run_sync(self, name: str, keys: Sequence[str], args: Sequence[str]) -> Any:
        import redis
        import redis.exceptions

        if self._sync is None:
            self._sync = redis.Redis.from_url(
                self.url, socket_timeout=self.timeout, socket_connect_timeout=self.timeout
            )
        client = self._sync
        sha = self._sha.get(name)
        if sha is not None:
            try:
                return client.evalsha(sha, len(keys), *keys, *args)
            except redis.exceptions.NoScriptError:
                pass
        self._sha[name] = client.script_load(self._scripts[name])
        return client.evalsha(self._sha[name], len(keys), *keys, *args)


def _str(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _on_asyncio() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True
