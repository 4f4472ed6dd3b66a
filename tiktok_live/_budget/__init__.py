"""The rate-limit budget: requests and live-events connections counted before they are sent, per API key.

It owns the in-process budget and the types a custom limiter needs (`_local.py`: `LocalBudget`, `BudgetLimiter`,
`Ticket`, `Refusal`, `Observation`, `Hint`, `WindowBudget`), the budget shared through Redis (`_redis.py`:
`RedisBudget`; `_redis_link.py`: its connections, fleet and fallback), the live-events connection slots (`_slots.py`:
`ConnectionSlots`, `LocalSlots`, `RedisSlots`), a process's share of a key while Redis is away (`_shares.py`),
what the budget says to people (`_messages.py`), and its part of a call (`_flow.py`: `CallBudget`, the `Take` and
`Learn` steps the client's driver runs). It may import the client's lower modules (`_calls`, `_catalog`,
`_drive`, `_exceptions`, `_operations`, `_pool`, `_response`, `_retry`); never the clients (`_base`, `_client`),
live events (`_live`), the helpers (`_lib`), the CLI or the fake (`testing`): those import it. `redis` is
imported only by a limiter that uses it.
"""
