"""Accounts in memory: API keys, JWTs, alerts and alert targets, per account, for the fake's CRUD operations.

Each handler is keyed by operationId and returns the known fields of its answer; the service lays them over
an example of the operation's 200 schema (`conforming()`), so fields the fake has no opinion on still conform.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

import httpx

from ._data import DEFAULT_LIMITS, Creator, Plan
from ._problem import _Problem
from ._records import ApiKey
from ._spec import Operation

__all__ = ["Account", "AccountStore", "ParsedRequest"]

_PAGE_SIZE = 10


@dataclass(frozen=True)
class ParsedRequest:
    """One request, parsed: what a spec-driven handler needs."""

    operation: Operation
    request: httpx.Request
    query: dict[str, str]
    path: dict[str, str]
    body: Any
    """The parsed JSON body, or `None`."""
    caller: ApiKey
    account_id: int


@dataclass
class Account:
    """One customer account: its keys, JWTs, alerts and alert targets (by alert id)."""

    id: int
    name: str
    plan: Plan
    created_at: float
    keys: dict[int, dict[str, Any]] = field(default_factory=dict)
    jwts: dict[str, dict[str, Any]] = field(default_factory=dict)
    alerts: dict[int, dict[str, Any]] = field(default_factory=dict)
    targets: dict[int, dict[int, dict[str, Any]]] = field(default_factory=dict)


class _Host(Protocol):
    clock: Callable[[], float]

    def add_key(self, key: str, plan: Plan = ...) -> ApiKey: ...

    def revoke_key(self, key: str) -> None: ...

    def creator(self, unique_id: str) -> Creator: ...


def _iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class AccountStore:
    """The accounts the fake knows: one per API key seen (keys created through the API join their creator's)."""

    def __init__(self, host: _Host, lock: threading.RLock) -> None:
        self._host = host
        self._lock = lock
        self._accounts: dict[int, Account] = {}
        self._by_key: dict[str, int] = {}
        self._jwts: dict[str, tuple[str, float]] = {}
        self._next = 0

    # ----------------------------------------------------------------------------------------- identity

    def account_of(self, caller: ApiKey) -> Account:
        """The caller's account, opened on first sight with the calling key as its first key."""
        with self._lock:
            number = self._by_key.get(caller.key)
            if number is not None:
                return self._accounts[number]
            number = 1_000 + len(self._accounts) + 1
            now = self._host.clock()
            account = Account(number, f"Account {number}", caller.plan, now)
            self._accounts[number] = account
            self._by_key[caller.key] = number
            self._add_key_record(account, "default", caller.key, now)
            return account

    def jwt_owner(self, token: str) -> str | None:
        """The API key a JWT created by `CreateJWT` acts for, while it has not expired."""
        with self._lock:
            found = self._jwts.get(token)
        if found is None or found[1] <= self._host.clock():
            return None
        return found[0]

    def forget_key(self, key: str) -> None:
        with self._lock:
            self._by_key.pop(key, None)

    def _ids(self) -> int:
        self._next += 1
        return self._next

    def _add_key_record(self, account: Account, name: str, value: str, now: float) -> dict[str, Any]:
        number = self._ids()
        record = {
            "name": name,
            "value": value,
            "account_id": account.id,
            "updated_at": _iso(now),
            "created_at": _iso(now),
            "id": number,
        }
        account.keys[number] = record
        return record

    def _own(self, call: ParsedRequest) -> Account:
        account = self.account_of(call.caller)
        wanted = call.path.get("account_id")
        if wanted is not None and _number(wanted) != account.id:
            raise _Problem(404, f"There is no account {wanted} for your API key; yours is {account.id}.")
        return account

    # ----------------------------------------------------------------------------------------- handlers

    def handlers(self) -> Mapping[str, Callable[[ParsedRequest], dict[str, Any]]]:
        return {
            "RetrieveAccountSelf": self.retrieve_account_self,
            "CreateKey": self.create_key,
            "ListKeys": self.list_keys,
            "GetKey": self.get_key,
            "UpdateKey": self.update_key,
            "DeleteKey": self.delete_key,
            "CreateJWT": self.create_jwt,
            "CreateAlert": self.create_alert,
            "ListAlerts": self.list_alerts,
            "RetrieveAlert": self.retrieve_alert,
            "DeleteAlert": self.delete_alert,
            "CreateAlertTarget": self.create_alert_target,
            "ListAlertTargets": self.list_alert_targets,
            "DeleteAlertTarget": self.delete_alert_target,
            "TestAlertTarget": self.test_alert_target,
        }

    def retrieve_account_self(self, call: ParsedRequest) -> dict[str, Any]:
        account = self.account_of(call.caller)
        limits = DEFAULT_LIMITS[account.plan]
        return {
            "code": 200,
            "message": f"Your account ({account.plan} plan).",
            "account": {
                "id": account.id,
                "name": account.name,
                "minute": call.caller.minute if call.caller.minute is not None else limits.minute,
                "hour": call.caller.hour if call.caller.hour is not None else limits.hour,
                "day": call.caller.day if call.caller.day is not None else limits.day,
                "created_at": _iso(account.created_at),
                "updated_at": _iso(account.created_at),
                "expires_at": None,
            },
        }

    def create_key(self, call: ParsedRequest) -> dict[str, Any]:
        account = self._own(call)
        name = _text(call.body, "name")
        value = "euler_" + secrets.token_hex(20)
        with self._lock:
            record = self._add_key_record(account, name, value, self._host.clock())
            self._by_key[value] = account.id
        self._host.add_key(value, call.caller.plan)
        return {"code": 200, "message": f"Created the API key {name!r}.", "key": dict(record)}

    def list_keys(self, call: ParsedRequest) -> dict[str, Any]:
        account = self._own(call)
        with self._lock:
            keys = [dict(record) for record in account.keys.values()]
        return {"code": 200, "message": f"{len(keys)} API keys.", "keys": keys}

    def _find_key(self, account: Account, by: str | None, param: str | None) -> dict[str, Any]:
        field_name = "id" if (by or "value") == "id" else "value"
        with self._lock:
            for record in account.keys.values():
                if str(record[field_name]) == str(param) or (field_name == "id" and _same_number(record["id"], param)):
                    return record
        raise _Problem(404, f"There is no API key with that {field_name} in account {account.id}.")

    def get_key(self, call: ParsedRequest) -> dict[str, Any]:
        account = self._own(call)
        record = self._find_key(account, call.query.get("retrieve_by"), call.query.get("retrieve_param"))
        return {"code": 200, "message": f"The API key {record['name']!r}.", "key": dict(record)}

    def update_key(self, call: ParsedRequest) -> dict[str, Any]:
        account = self._own(call)
        record = self._find_key(account, call.query.get("update_by"), call.query.get("update_param"))
        with self._lock:
            record["name"] = _text(call.body, "name")
            record["updated_at"] = _iso(self._host.clock())
        return {"code": 200, "message": f"Renamed the API key to {record['name']!r}.", "config": dict(record)}

    def delete_key(self, call: ParsedRequest) -> dict[str, Any]:
        account = self._own(call)
        record = self._find_key(account, call.query.get("delete_by"), call.query.get("delete_param"))
        with self._lock:
            account.keys.pop(record["id"], None)
            self._by_key.pop(record["value"], None)
        self._host.revoke_key(record["value"])
        return {"code": 200, "message": f"Deleted the API key {record['name']!r}."}

    def create_jwt(self, call: ParsedRequest) -> dict[str, Any]:
        """Both bodies the route takes: the legacy one (`expireAfter` seconds, `limits`, `websockets` as the
        socket data, `name`) and the REST layout's newer configuration (`metadata.expireAfter`, `metadata.name`
        and `extra`, `api.limits`, `websockets.config`, `cdn`). The token stops working `expireAfter` seconds on."""
        account = self._own(call)
        body = call.body if isinstance(call.body, dict) else {}
        metadata = _mapping(body.get("metadata"))
        api = _mapping(body.get("api"))
        ttl = _number(body["expireAfter"] if "expireAfter" in body else metadata.get("expireAfter", 3600))
        if ttl <= 0:
            raise _Problem(400, "The expireAfter field must be a positive number of seconds.")
        now = self._host.clock()
        token = "eyJ" + secrets.token_urlsafe(48)
        with self._lock:
            number = self._ids()
            key_id = next((r["id"] for r in account.keys.values() if r["value"] == call.caller.key), 0)
            self._jwts[token] = (call.caller.key, now + ttl)
        caller = call.caller
        limits = _mapping(body.get("limits")) or _mapping(api.get("limits"))
        sockets = _mapping(body.get("websockets"))
        if "config" in sockets or "enabled" in sockets:  # the newer configuration: {enabled, config: {...}}
            sockets = _mapping(sockets.get("config"))
        config: dict[str, Any] = {
            "id": f"jwt_{number}",
            "expiresAt": int(now + ttl),
            "ttl": ttl,
            "accountId": account.id,
            "apiKeyId": key_id,
            "limits": limits or {"day": caller.day or 0, "hour": caller.hour or 0, "minute": caller.minute or 0},
            "webSocketData": {
                "allowedCreators": sockets.get("allowedCreators"),
                "maxWebSockets": sockets.get("maxWebSockets", 1),
            },
            "name": body.get("name", metadata.get("name")),
        }
        if "extra" in metadata:
            config["extra"] = _mapping(metadata.get("extra"))
        if "cdn" in body:
            config["cdn"] = _mapping(body.get("cdn"))
        with self._lock:
            account.jwts[f"jwt_{number}"] = config
        return {"code": 200, "message": f"The JWT expires in {ttl} seconds.", "token": token, "config": config}

    def create_alert(self, call: ParsedRequest) -> dict[str, Any]:
        account = self._own(call)
        try:
            creator = self._host.creator(_text(call.body, "unique_id"))
        except KeyError:
            raise _Problem(404, "The TikTok user to alert on does not exist.") from None
        with self._lock:
            number = self._ids()
            alert = {
                "account_id": account.id,
                "alert_creator_id": int(creator.numeric_uid),
                "read_only": False,
                "alert_creator_nickname": creator.nickname,
                "alert_creator_avatar_url": creator.avatar_url,
                "alert_creator_username": creator.unique_id,
                "created_at": _iso(self._host.clock()),
                "id": number,
            }
            account.alerts[number] = alert
            account.targets[number] = {}
        return {"code": 200, "message": f"Alerting on @{creator.unique_id}.", "alert": dict(alert)}

    def _alert(self, account: Account, call: ParsedRequest) -> dict[str, Any]:
        wanted = call.path.get("alert_id", "")
        with self._lock:
            for number, alert in account.alerts.items():
                if _same_number(number, wanted):
                    return alert
        raise _Problem(404, f"There is no alert {wanted} in account {account.id}.")

    def list_alerts(self, call: ParsedRequest) -> dict[str, Any]:
        account = self._own(call)
        page = max(int(_number(call.query.get("page", 0))), 0)
        with self._lock:
            alerts = [dict(alert) for alert in account.alerts.values()]
        chunk = alerts[page * _PAGE_SIZE : (page + 1) * _PAGE_SIZE]
        more = len(alerts) > (page + 1) * _PAGE_SIZE
        return {"code": 200, "message": f"{len(chunk)} alerts.", "alerts": chunk, "hasMore": more}

    def retrieve_alert(self, call: ParsedRequest) -> dict[str, Any]:
        alert = self._alert(self._own(call), call)
        try:
            creator: Creator | None = self._host.creator(alert["alert_creator_username"])
        except KeyError:
            creator = None
        live = creator is not None and creator.is_live
        return {
            "code": 200,
            "message": f"The alert on @{alert['alert_creator_username']}.",
            "alert": dict(alert),
            "creator": {
                "last_nickname": alert["alert_creator_nickname"],
                "last_avatar_url": alert["alert_creator_avatar_url"],
                "room_id": creator.room_id if creator is not None and live else None,
                "state_label": "LIVE" if live else "OFFLINE",
                "state": 1 if live else 0,
                "unique_id": alert["alert_creator_username"],
            },
        }

    def delete_alert(self, call: ParsedRequest) -> dict[str, Any]:
        account = self._own(call)
        alert = self._alert(account, call)
        with self._lock:
            account.alerts.pop(alert["id"], None)
            account.targets.pop(alert["id"], None)
        return {"code": 200, "message": f"Deleted the alert on @{alert['alert_creator_username']}."}

    def create_alert_target(self, call: ParsedRequest) -> dict[str, Any]:
        account = self._own(call)
        alert = self._alert(account, call)
        url = _text(call.body, "url")
        metadata = call.body.get("metadata") if isinstance(call.body, dict) else None
        now = _iso(self._host.clock())
        with self._lock:
            number = self._ids()
            target = {
                "url": url,
                "metadata": metadata if isinstance(metadata, dict) else {},
                "alert_id": alert["id"],
                "alert_creator_id": alert["alert_creator_id"],
                "last_status": 0,
                "format": 1,
                "account_id": account.id,
                "updated_at": now,
                "created_at": now,
                "id": number,
            }
            account.targets.setdefault(alert["id"], {})[number] = target
        return {"code": 200, "message": "Created the alert target.", "target": dict(target)}

    def _target(self, account: Account, call: ParsedRequest) -> dict[str, Any]:
        alert = self._alert(account, call)
        wanted = call.path.get("target_id", "")
        with self._lock:
            for number, target in account.targets.get(alert["id"], {}).items():
                if _same_number(number, wanted):
                    return target
        raise _Problem(404, f"There is no target {wanted} on alert {alert['id']}.")

    def list_alert_targets(self, call: ParsedRequest) -> dict[str, Any]:
        account = self._own(call)
        alert = self._alert(account, call)
        with self._lock:
            targets = [dict(target) for target in account.targets.get(alert["id"], {}).values()]
        return {"code": 200, "message": f"{len(targets)} alert targets.", "targets": targets}

    def delete_alert_target(self, call: ParsedRequest) -> dict[str, Any]:
        account = self._own(call)
        target = self._target(account, call)
        with self._lock:
            account.targets.get(target["alert_id"], {}).pop(target["id"], None)
        return {"code": 200, "message": "Deleted the alert target."}

    def test_alert_target(self, call: ParsedRequest) -> dict[str, Any]:
        target = self._target(self._own(call), call)
        digest = hashlib.sha256(target["url"].encode()).hexdigest()
        return {"code": 200, "message": f"Sent a test alert to the target (delivery {digest[:8]})."}


def _mapping(value: Any) -> dict[str, Any]:
    return dict(value) if isinstance(value, dict) else {}


def _number(value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise _Problem(400, f"Expected a number, not {str(value)[:32]!r}.") from None
    return int(number) if number.is_integer() else number


def _same_number(number: int, text: Any) -> bool:
    try:
        return float(text) == number
    except (TypeError, ValueError):
        return False


def _text(body: Any, name: str) -> str:
    value = body.get(name) if isinstance(body, dict) else None
    if not isinstance(value, str) or not value.strip():
        raise _Problem(400, f"The {name} field is required: a non-empty string.")
    return value.strip()
