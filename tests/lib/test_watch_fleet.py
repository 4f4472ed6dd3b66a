"""`watch_creators(coordinator=...)`: a fleet of processes sharing one creator set through a real redis-server."""

from __future__ import annotations

import multiprocessing
import queue
import time
from typing import Any

import pytest
import redis

from tiktok_live._lib._watch_fleet import Fleet, Owned, Published
from tiktok_live.testing import FakeEulerService, LiveSchedule

from .._redis_server import RedisServer
from ._watch_workers import API_KEY, TIME_SCALE, watch_worker

WORKERS = 4
LEASE = 3.0


def _stream(redis_url: str, fleet: str) -> list[dict[str, str]]:
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    try:
        return [fields for _, fields in client.xrange(f"tiktok-live:watch:{fleet}:transitions")]
    finally:
        client.close()


def _owners(redis_url: str, fleet: str) -> dict[str, str]:
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    try:
        prefix = f"tiktok-live:watch:{fleet}:owner:"
        keys = list(client.scan_iter(match=f"{prefix}*"))
        values = client.mget(keys) if keys else []
        return {key[len(prefix) :]: value for key, value in zip(keys, values, strict=True) if value is not None}
    finally:
        client.close()


def test_four_processes_one_killed_every_transition_once_in_the_stream_and_its_creators_taken_over(
    redis_server: RedisServer,
) -> None:
    fleet = "sigkill"
    service = FakeEulerService(creators=[], time_scale=TIME_SCALE)
    service.add_key(API_KEY, "Enterprise")
    schedule = LiveSchedule(service)
    begin = time.time()
    end = begin + 40
    names = schedule.seeded(40, seed=11, start=begin + 5, end=end, live=(5, 9), offline=(5, 9), prefix="fleet_")
    context = multiprocessing.get_context("spawn")
    results: Any = context.Queue()
    with service.serve() as base_url:
        workers = [
            context.Process(
                target=watch_worker, args=(base_url, redis_server.url, names, fleet, LEASE, end + 2, results)
            )
            for _ in range(WORKERS)
        ]
        for worker in workers:
            worker.start()
        watchers = [results.get(timeout=60) for _ in workers]
        assert all(kind == "watcher" for kind, _ in watchers)
        # Every creator owned, shared out evenly, before the first transition.
        deadline = time.time() + 20
        while time.time() < deadline:
            owners = _owners(redis_server.url, fleet)
            if len(owners) == len(names) and len(set(owners.values())) == WORKERS:
                break
            time.sleep(0.05)
        counts = sorted(list(owners.values()).count(watcher) for _, watcher in watchers)
        assert counts == [10, 10, 10, 10], counts

        time.sleep(max(begin + 18 - time.time(), 0))
        owners = _owners(redis_server.url, fleet)
        victim = workers[0]
        dead_watcher = next(watcher for _, watcher in watchers if watcher.split(":")[1] == str(victim.pid))
        orphans = {creator for creator, owner in owners.items() if owner == dead_watcher}
        assert orphans
        victim.kill()  # SIGKILL: no goodbye, its leases end on their own
        killed_at = time.time()
        taken_at = None
        while time.time() < killed_at + 3 * LEASE:
            owners = _owners(redis_server.url, fleet)
            if all(owners.get(creator) not in (None, dead_watcher) for creator in orphans):
                taken_at = time.time()
                break
            time.sleep(0.02)
        assert taken_at is not None, ("the dead process's creators were not taken over", owners, orphans, dead_watcher)
        assert taken_at - killed_at <= LEASE, taken_at - killed_at

        for worker in workers[1:]:
            worker.join(30)
            assert worker.exitcode == 0
        reported: list[tuple[Any, ...]] = []
        while True:
            try:
                reported.append(results.get(timeout=1))
            except queue.Empty:
                break

    entries = _stream(redis_server.url, fleet)
    truth = [change for change in schedule.transitions if change.at <= end]
    assert len(truth) > 80
    delays = []
    for name in names:
        expected = [change for change in truth if change.unique_id == name]
        got = [entry for entry in entries if entry["creator"] == name]
        assert [entry["event"] == "went_live" for entry in got] == [change.is_live for change in expected], name
        for change, entry in zip(expected, got, strict=True):
            delays.append(float(entry["at"]) - change.at)
    # Seen after it happened; within a sweep, or for the dead process's creators within its lease and a sweep.
    assert min(delays) >= 0
    assert max(delays) <= LEASE + 1.0, max(delays)
    # What each process reported is what the stream holds, the killed one's reports included in the stream only.
    events = [item for item in reported if item[0] == "event"]
    assert len(events) <= len(entries)
    assert {(item[2], item[1] == "WentLive", item[3]) for item in events} <= {
        (entry["creator"], entry["event"] == "went_live", float(entry["at"])) for entry in entries
    }
    assert 429 not in [request.status for request in service.requests]
    assert victim.exitcode == -9


# -- the Redis side, one step at a time -------------------------------------------------------------------------


def _fleet(redis_server: RedisServer, name: str, lease: float = 60.0) -> Fleet:
    return Fleet(redis_server.url, name=name, lease=lease)


def test_turns_share_the_creators_evenly_and_a_newcomer_gets_its_share_from_the_others(
    redis_server: RedisServer,
) -> None:
    first, second, third = (_fleet(redis_server, "share") for _ in range(3))
    first.join(f"c{number}" for number in range(9))
    assert {owned.member for owned in first.take_turn()} == {f"c{number}" for number in range(9)}
    assert first.total == 9
    assert len(second.take_turn()) == 0  # counted now: the first lets go of its excess at its next turn
    assert len(first.take_turn()) == 5
    assert len(second.take_turn()) == 4
    third.take_turn()
    for fleet in (first, second, third, first, second, third):
        fleet.take_turn()
    mine = [{owned.member for owned in fleet.take_turn()} for fleet in (first, second, third)]
    assert sorted(len(members) for members in mine) == [3, 3, 3]
    assert set().union(*mine) == {f"c{number}" for number in range(9)}
    third.close()  # its leases and membership go at once: the others take its creators at their next turn
    assert [len(fleet.take_turn()) for fleet in (first, second)] == [5, 4]
    first.leave(["c0", "c1"])
    assert first.total == 9
    assert sum(len(fleet.take_turn()) for fleet in (first, second)) == 7


def test_a_transition_is_appended_once_by_its_owner_only_and_a_takeover_knows_the_state(
    redis_server: RedisServer,
) -> None:
    owner, other = _fleet(redis_server, "publish"), _fleet(redis_server, "publish")
    owner.join(["alpha"])
    assert [owned.member for owned in owner.take_turn()] == ["alpha"]
    assert other.take_turn() == []
    live = Published("alpha", "alpha", True, "7301", 100.0)
    assert other.publish([live]) == ["refused"]  # not the owner: a late answer of a process that lost its lease
    assert owner.publish([live, live]) == ["appended", "known"]
    offline = Published("alpha", "alpha", False, None, 160.0)
    assert owner.publish([offline, live]) == ["appended", "appended"]
    entries = _stream(redis_server.url, "publish")
    assert [(entry["event"], entry["room_id"], entry["at"]) for entry in entries] == [
        ("went_live", "7301", "100.0"),
        ("went_offline", "", "160.0"),
        ("went_live", "7301", "100.0"),
    ]
    assert {entry["watcher"] for entry in entries} == {owner.watcher}
    owner.remember_id("alpha", "6800000000000000001")
    owner.close()
    taken = other.take_turn()
    assert taken == [Owned("alpha", True, "7301", "6800000000000000001")]
    assert other.publish([live]) == ["known"]


def test_a_fleet_names_what_is_wrong_with_its_options_without_echoing_the_url() -> None:
    with pytest.raises(ValueError, match="coordinator must be a redis://") as caught:
        Fleet("http://user:hunter2@host/")
    assert "hunter2" not in str(caught.value)
    with pytest.raises(TypeError, match="coordinator must be a Redis URL"):
        Fleet(42)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="lease"):
        Fleet("redis://localhost", lease=0)
    with pytest.raises(ValueError, match="fleet"):
        Fleet("redis://localhost", name="two words")
    assert "hunter2" not in repr(Fleet("redis://:hunter2@localhost:1/0"))
