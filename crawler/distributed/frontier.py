"""The shared frontier in Redis: key layout and atomic operations.

Keys, under a prefix (setting `NEWS_REDIS_PREFIX`, default `newsdesk`):

    {prefix}:{outlet}:queue              ZSET   pending requests; member = 8 random bytes +
                                                the request as JSON (`crawler.distributed.requests`),
                                                score = -priority
    {prefix}:{outlet}:seen               SET    request fingerprints of the current run
    {prefix}:{outlet}:fetches            STRING article fetches of the current run (`--max-articles`,
                                                counted by `crawler.distributed.revisit`)
    {prefix}:{outlet}:run                STRING the current run's token (`crawler.distributed.revisit`)
    {prefix}:{outlet}:processing:{id}    HASH   requests worker `id` claimed and has not
                                                finished yet (member -> score)
    {prefix}:workers                     HASH   worker id -> outlet, for every worker alive
                                                or dead but not reaped yet
    {prefix}:worker:{id}                 STRING the worker's heartbeat; expires unless renewed
    {prefix}:items                       STREAM articles and rejects for the writer

A request moves queue -> processing (claim) -> gone (acknowledged once its response went
through the spider and pipelines). A worker whose heartbeat expired is dead: any other worker
(or the writer) moves its claimed requests back into the queue (reaping). That is the
reliable-queue pattern; stock scrapy-redis pops without acknowledgement and loses a killed
worker's in-flight requests. Every multi-step change is one Lua script, atomic in Redis.

A run of an outlet ends when its queue is empty and no worker of it holds a claim; the last
worker to leave a finished run deletes its duplicate filter, fetch count and token, so the
next run starts afresh.
"""

from __future__ import annotations

import os
import secrets
import socket
from dataclasses import dataclass

import redis
from redis.backoff import ExponentialWithJitterBackoff, NoBackoff
from redis.retry import Retry

_ENQUEUE = """
if ARGV[1] ~= '' and redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""

_CLAIM = """
local popped = redis.call('ZPOPMIN', KEYS[1])
if #popped == 0 then return false end
redis.call('HSET', KEYS[2], popped[1], popped[2])
return popped[1]
"""

# KEYS: workers, heartbeat, processing, queue; ARGV: worker id
_REAP = """
if redis.call('EXISTS', KEYS[2]) == 1 then return -1 end
local claimed = redis.call('HGETALL', KEYS[3])
for i = 1, #claimed, 2 do redis.call('ZADD', KEYS[4], claimed[i + 1], claimed[i]) end
redis.call('DEL', KEYS[3])
redis.call('HDEL', KEYS[1], ARGV[1])
return #claimed / 2
"""

# KEYS: processing, queue; ARGV: the members the worker still handles
_REQUEUE_ORPHANS = """
local handled = {}
for i = 1, #ARGV do handled[ARGV[i]] = true end
local claimed = redis.call('HGETALL', KEYS[1])
local count = 0
for i = 1, #claimed, 2 do
  if not handled[claimed[i]] then
    redis.call('ZADD', KEYS[2], claimed[i + 1], claimed[i])
    redis.call('HDEL', KEYS[1], claimed[i])
    count = count + 1
  end
end
return count
"""

# KEYS: workers, queue; ARGV: outlet, processing key prefix of the outlet
_RUN_DRAINED = """
if redis.call('ZCARD', KEYS[2]) > 0 then return 0 end
local workers = redis.call('HGETALL', KEYS[1])
for i = 1, #workers, 2 do
  if workers[i + 1] == ARGV[1] and redis.call('HLEN', ARGV[2] .. workers[i]) > 0 then return 0 end
end
return 1
"""

# KEYS: workers, heartbeat, processing, queue, seen, fetches, run token; ARGV: worker id, outlet, finished (1/0)
_LEAVE = """
local claimed = redis.call('HGETALL', KEYS[3])
for i = 1, #claimed, 2 do redis.call('ZADD', KEYS[4], claimed[i + 1], claimed[i]) end
redis.call('DEL', KEYS[3], KEYS[2])
redis.call('HDEL', KEYS[1], ARGV[1])
if ARGV[3] ~= '1' or redis.call('ZCARD', KEYS[4]) > 0 then return 0 end
for _, outlet in ipairs(redis.call('HVALS', KEYS[1])) do
  if outlet == ARGV[2] then return 0 end
end
redis.call('DEL', KEYS[5], KEYS[6], KEYS[7])
return 1
"""

NONCE_BYTES = 8
"""Random bytes before each queued request, so two equal requests are two queue members."""


def new_worker_id() -> str:
    """A worker id unique across hosts: `host-pid-random`."""
    return f"{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(3)}"


class RedisUnavailable(Exception):
    """Redis cannot be reached at the URL given (or the URL is not one)."""


def patient_retry() -> Retry:
    """Every command is retried on a lost connection (or a Redis still loading its data) for about
    a minute, with backoff: a Redis restarted mid-run (with `appendonly yes`, so it comes back
    with its data) costs the workers and the writer a pause, nothing more."""
    return Retry(ExponentialWithJitterBackoff(base=0.05, cap=2.0), retries=40)


def connect(url: str) -> redis.Redis:
    """A Redis client for `redis://host:port/db` (bytes in, bytes out) that retries (`patient_retry`),
    checked with one PING that does not (an unreachable Redis is reported at once)."""
    try:
        with redis.Redis.from_url(url, socket_timeout=10, socket_connect_timeout=10, retry=Retry(NoBackoff(), 0)) as probe:
            probe.ping()
        client = redis.Redis.from_url(url, socket_timeout=30, socket_connect_timeout=10, health_check_interval=30,
                                      retry=patient_retry())
    except (ValueError, redis.RedisError) as error:
        raise RedisUnavailable(f"cannot use Redis at {url}: {error}") from None
    return client


@dataclass(frozen=True)
class Keys:
    """The key names of one outlet's frontier and of the shared registry."""

    prefix: str
    outlet: str

    @property
    def queue(self) -> str:
        return f"{self.prefix}:{self.outlet}:queue"

    @property
    def seen(self) -> str:
        return f"{self.prefix}:{self.outlet}:seen"

    @property
    def fetches(self) -> str:
        return f"{self.prefix}:{self.outlet}:fetches"

    @property
    def run(self) -> str:
        return f"{self.prefix}:{self.outlet}:run"

    @property
    def processing_prefix(self) -> str:
        return f"{self.prefix}:{self.outlet}:processing:"

    def processing(self, worker: str) -> str:
        return self.processing_prefix + worker

    @property
    def workers(self) -> str:
        return f"{self.prefix}:workers"

    def heartbeat(self, worker: str) -> str:
        return heartbeat_key(self.prefix, worker)

    @property
    def items(self) -> str:
        return items_stream(self.prefix)


def items_stream(prefix: str) -> str:
    """The stream workers push items to and the writer drains."""
    return f"{prefix}:items"


def heartbeat_key(prefix: str, worker: str) -> str:
    """The key a worker keeps alive while it runs."""
    return f"{prefix}:worker:{worker}"


def live_workers(client: redis.Redis, prefix: str) -> int:
    """Registered workers whose heartbeat has not expired."""
    workers = [worker.decode() for worker in client.hkeys(f"{prefix}:workers")]
    return client.exists(*(heartbeat_key(prefix, worker) for worker in workers)) if workers else 0


class Frontier:
    """One worker's view of an outlet's shared frontier."""

    def __init__(self, client: redis.Redis, keys: Keys, worker: str, heartbeat_ttl: float):
        self.client = client
        self.keys = keys
        self.worker = worker
        self.heartbeat_ttl_ms = max(1, int(heartbeat_ttl * 1000))
        self._enqueue = client.register_script(_ENQUEUE)
        self._claim = client.register_script(_CLAIM)
        self._drained = client.register_script(_RUN_DRAINED)
        self._leave = client.register_script(_LEAVE)
        self._reap = client.register_script(_REAP)
        self._requeue_orphans = client.register_script(_REQUEUE_ORPHANS)

    # -- membership ------------------------------------------------------------------------

    def join(self) -> None:
        """Register this worker and start its heartbeat."""
        self.beat()

    def beat(self) -> None:
        """Renew the heartbeat (and the registration, should a stall have got this worker reaped)."""
        pipe = self.client.pipeline(transaction=True)
        pipe.set(self.keys.heartbeat(self.worker), self.keys.outlet, px=self.heartbeat_ttl_ms)
        pipe.hset(self.keys.workers, self.worker, self.keys.outlet)
        pipe.execute()

    def keep_alive(self) -> None:
        """Renew the heartbeat only while it is there: never brings back a worker that left."""
        self.client.set(self.keys.heartbeat(self.worker), self.keys.outlet, px=self.heartbeat_ttl_ms, xx=True)

    def leave(self, finished: bool) -> bool:
        """Unregister; hand back anything still claimed. True when this closed a finished run
        (the last worker left and the queue is empty: the run's duplicate filter, fetch count and token are deleted)."""
        k = self.keys
        keys = [k.workers, k.heartbeat(self.worker), k.processing(self.worker), k.queue, k.seen, k.fetches, k.run]
        return bool(self._leave(keys=keys, args=[self.worker, k.outlet, "1" if finished else "0"]))

    def reap_dead(self) -> int:
        """Put the claims of every dead worker (heartbeat expired) back into their queues."""
        registered = [(worker.decode(), outlet.decode()) for worker, outlet in self.client.hgetall(self.keys.workers).items()]
        pipe = self.client.pipeline(transaction=False)
        for worker, _outlet in registered:
            pipe.exists(self.keys.heartbeat(worker))
        alive = pipe.execute()
        requeued = 0
        for (worker, outlet), beating in zip(registered, alive):
            if beating:
                continue
            other = Keys(self.keys.prefix, outlet)
            count = self._reap(
                keys=[other.workers, other.heartbeat(worker), other.processing(worker), other.queue], args=[worker]
            )
            requeued += max(0, count)
        return requeued

    # -- requests ----------------------------------------------------------------------------

    def push(self, payload: bytes, priority: int, fingerprint: str | None) -> bool:
        """Queue a serialized request unless its fingerprint was seen in this run (None: never filtered)."""
        member = secrets.token_bytes(NONCE_BYTES) + payload
        return bool(self._enqueue(keys=[self.keys.seen, self.keys.queue], args=[fingerprint or "", -priority, member]))

    def claim(self) -> bytes | None:
        """Move the highest-priority request into this worker's processing hash; its queue member."""
        return self._claim(keys=[self.keys.queue, self.keys.processing(self.worker)])

    def ack(self, members: list[bytes]) -> None:
        """These claimed requests are done."""
        if members:
            self.client.hdel(self.keys.processing(self.worker), *members)

    def requeue_orphans(self, handled: list[bytes]) -> int:
        """Put back into the queue this worker's claims it does not handle: a claim whose reply
        or acknowledgement was lost while Redis restarted (the client retried), which would
        otherwise keep the run open forever. How many were put back."""
        return self._requeue_orphans(keys=[self.keys.processing(self.worker), self.keys.queue], args=handled)

    def pending(self) -> int:
        """Requests waiting in the queue."""
        return self.client.zcard(self.keys.queue)

    def run_drained(self) -> bool:
        """Nothing queued and no worker of the outlet holds a claim: the run is over."""
        return bool(self._drained(keys=[self.keys.workers, self.keys.queue], args=[self.keys.outlet, self.keys.processing_prefix]))


def payload_of(member: bytes) -> bytes:
    """The serialized request inside a queue member."""
    return member[NONCE_BYTES:]
