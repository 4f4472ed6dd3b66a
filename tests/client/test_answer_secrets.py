"""Credentials inside answers (the fields `_catalog.SECRET_FIELDS` names: API key values, JWTs, webhook secrets,
OAuth tokens...) read <redacted> in reprs, in the SDK's logs and in the CLI's output, unless --show-secrets;
attribute access returns them.

The properties run over every operation whose answer model can hold such a field, against the fake service."""

from __future__ import annotations

import importlib
import json
import logging
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
import yaml

from tests.client import test_facade
from tiktok_live import NotFoundError, TikTokLiveClient, cli
from tiktok_live._answer_secrets import secret_fields, without_secrets
from tiktok_live._catalog import SECRET_FIELDS, SECRET_REACH
from tiktok_live._logs import REDACTED
from tiktok_live._operations import Method, Operation, Param
from tiktok_live.testing import FakeEulerService

from .._helpers import method_of
from .test_facade import SERVED, _cli_words, required_arguments

ROOT = Path(__file__).resolve().parents[2]
KEY = "enterprise-key-of-this-test"
BASE_URL = "https://tiktok.eulerstream.com"


def _class(reference: str) -> type:
    module, _, name = reference.partition(":")
    cls: type = getattr(importlib.import_module(module), name)
    return cls


def _reachable(cls: type, seen: set[type] | None = None) -> set[type]:
    """`cls` and every model class its fields may hold, at any depth (read from the fields' annotations)."""
    seen = set() if seen is None else seen
    if cls in seen:
        return seen
    seen.add(cls)
    models = importlib.import_module(cls.__module__.rsplit(".", 1)[0])
    for field in attrs.fields(cls):
        for word in re.findall(r"[A-Za-z_]\w*", str(field.type)):
            inner = getattr(models, word, None)
            if isinstance(inner, type) and attrs.has(inner):
                _reachable(inner, seen)
    return seen


def _can_hold_secrets(operation: Operation[Any]) -> bool:
    return bool(operation.model) and any(secret_fields(cls) for cls in _reachable(_class(operation.model)))


WITH_SECRETS = [(method, operation) for method, operation in SERVED if _can_hold_secrets(operation)]


def _secrets_in(value: Any) -> list[tuple[Any, str, str]]:
    """(model, attribute, value) of every credential `value` holds, at any depth."""
    found: list[tuple[Any, str, str]] = []
    if isinstance(value, list | tuple):
        for item in value:
            found += _secrets_in(item)
    elif isinstance(value, dict):
        for item in value.values():
            found += _secrets_in(item)
    elif attrs.has(type(value)):
        names = secret_fields(type(value))
        for field in attrs.fields(type(value)):
            current = getattr(value, field.name)
            if field.name in names and isinstance(current, str):
                found.append((value, field.name, current))
            else:
                found += _secrets_in(current)
    return found


def test_the_rule_finds_the_credentials_of_both_specs() -> None:
    """The generated table is not empty, names real fields, and its operations are the ones tested below."""
    assert WITH_SECRETS
    for reference, names in SECRET_FIELDS.items():
        fields = {field.name for field in attrs.fields(_class(reference))}
        assert set(names) <= fields, reference


@pytest.fixture
def account_arguments(monkeypatch: pytest.MonkeyPatch) -> FakeEulerService:
    """A fake whose account-scoped routes answer: `account_id` samples name the caller's own account, and the
    API-key operations' `*_param` samples its key."""
    service = FakeEulerService()
    account = service.account(KEY).id
    original = test_facade.sample

    def sample(param: Param) -> Any:
        if param.name == "account_id":
            return account
        return KEY if param.name.endswith("_param") else original(param)

    monkeypatch.setattr(test_facade, "sample", sample)
    return service


def _call(service: FakeEulerService, method: Method[Any], operation: Operation[Any]) -> Any:
    http = httpx.Client(transport=service.transport())
    with TikTokLiveClient(api_key=KEY, base_url=BASE_URL, layout=operation.layout, http_client=http) as client:
        try:
            return method_of(client, method.name)(**required_arguments(method, operation))
        except NotFoundError:
            # Sample lookups (a key by value, an alert by id) may name nothing, as in test_facade.
            assert any(param.location == "path" for param in operation.params)
            pytest.skip("the sample arguments name nothing in the fake")


def test_no_answer_of_any_operation_shows_a_key_the_service_holds(account_arguments: FakeEulerService) -> None:
    """Independent of the table: no answer's repr, nor the CLI's form of it, holds a key value of the caller's
    account (each operation on a fresh fake: deleting the caller's key must not fail the ones after it)."""
    for method, operation in SERVED:
        service = FakeEulerService()
        account = service.account(KEY)
        assert account.id == account_arguments.account(KEY).id  # the samples name this account
        try:
            result = _call(service, method, operation)
        except pytest.skip.Exception:
            continue
        known = {KEY, *(record["value"] for record in account.keys.values())}
        shown = without_secrets(result)
        texts = [repr(result), repr(shown), json.dumps(shown.to_dict()) if hasattr(shown, "to_dict") else ""]
        for value in known:
            assert not any(value in text for text in texts), f"{operation.operation_id} shows a key"


@pytest.mark.parametrize("served", WITH_SECRETS, ids=test_facade._served_id)
def test_reprs_and_logs_hide_the_credentials_attribute_access_returns_them(
    served: tuple[Method[Any], Operation[Any]],
    account_arguments: FakeEulerService,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    result = _call(account_arguments, *served)
    found = _secrets_in(result)
    assert found, "the fake fills every field: the answer must hold a credential"
    logging.getLogger("tiktok_live").debug("answer: %r", result)  # as a user's own log line would
    shown = without_secrets(result)
    for model, name, value in found:
        assert getattr(model, name) == value
        assert REDACTED in repr(model)
        for text in (repr(result), str(result), f"{result}", caplog.text, repr(shown), json.dumps(shown.to_dict())):
            assert value not in text
    assert _secrets_in(result) == found  # hiding them changed nothing of the answer itself


@pytest.mark.parametrize("served", WITH_SECRETS, ids=test_facade._served_id)
def test_the_cli_prints_credentials_only_with_show_secrets(
    served: tuple[Method[Any], Operation[Any]],
    account_arguments: FakeEulerService,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    method, operation = served
    service = account_arguments
    monkeypatch.setattr(cli, "_fake_transport", service.transport)
    monkeypatch.setenv("EULER_API_KEY", KEY)
    words = ["--mock", "--json", "--layout", operation.layout, *_cli_words(method, operation, tmp_path)]
    outputs = []
    for extra in ([], ["--show-secrets"]):
        code = cli.main([*words, *extra])
        out, err = capsys.readouterr()
        if code == cli.exit_code_for(NotFoundError("x", response=httpx.Response(404), body=None)):
            pytest.skip("the sample arguments name nothing in the fake")
        assert code == 0, err
        outputs.append(json.loads(out))
    hidden, shown = outputs
    pairs = _redacted_pairs(hidden, shown)
    assert pairs, "the answer holds a credential: the default output must show <redacted> for it"
    for value in pairs:
        assert value != REDACTED
        assert value not in json.dumps(hidden)
    assert KEY not in json.dumps(hidden)


def _redacted_pairs(hidden: Any, shown: Any) -> list[str]:
    """The values of `shown` where `hidden` (the same document without --show-secrets) reads <redacted>."""
    if isinstance(hidden, dict) and isinstance(shown, dict):
        return [value for key in hidden for value in _redacted_pairs(hidden[key], shown.get(key))]
    if isinstance(hidden, list) and isinstance(shown, list):
        return [value for pair in zip(hidden, shown, strict=False) for value in _redacted_pairs(*pair)]
    return [shown] if hidden == REDACTED else []


# -- which models a call protects --------------------------------------------------------------------------------


def _reference(cls: type) -> str:
    return f"{cls.__module__}:{cls.__qualname__}"


def _bodies(operation: Operation[Any]) -> list[str]:
    return [ref for ref in (operation.body_model, *(m for m, _, _ in operation.body_alternatives)) if ref]


@pytest.mark.parametrize("served", SERVED, ids=test_facade._served_id)
def test_the_reach_table_names_every_secret_model_an_answer_or_body_can_hold(
    served: tuple[Method[Any], Operation[Any]],
) -> None:
    """Read from the models' own annotations, independent of the generator: a model missing from the table would
    keep its repr."""
    operation = served[1]
    for reference in [operation.model, *_bodies(operation)] if operation.model else _bodies(operation):
        held = {_reference(cls) for cls in _reachable(_class(reference)) if secret_fields(cls)}
        assert set(SECRET_REACH.get(reference, ())) == held, reference


def test_a_first_call_protects_the_models_its_answer_or_body_can_hold() -> None:
    """In a fresh interpreter (here, other tests have protected the models already): building each operation's
    call wraps the repr of every model with secrets its answer or body can hold, and of no other."""
    script = textwrap.dedent(
        """
        import importlib, sys
        from tiktok_live._catalog import SECRET_FIELDS, SECRET_REACH, operations
        from tiktok_live._calls import _fixed

        def wrapped(target):
            module, _, name = target.partition(":")
            return hasattr(getattr(importlib.import_module(module), name).__repr__, "__wrapped__")

        for operation in operations():
            bodies = (operation.body_model, *(model for model, _, _ in operation.body_alternatives))
            expected = {t for ref in (operation.model, *bodies) if ref for t in SECRET_REACH.get(ref, ())}
            before = {t for t in SECRET_FIELDS if t.partition(":")[0] in sys.modules and wrapped(t)}
            _fixed(operation)
            after = {t for t in SECRET_FIELDS if t.partition(":")[0] in sys.modules and wrapped(t)}
            if after - before - expected or not expected <= after:
                print(operation.layout, operation.operation_id, sorted(after - before ^ expected))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout == ""


def test_a_model_loaded_from_types_is_protected() -> None:
    script = """from tiktok_live.types import ApiKey
print(hasattr(ApiKey.__repr__, '__wrapped__'))"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "True"


# -- the generator's rule and overrides ------------------------------------------------------------------------


def _generator() -> Any:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        return importlib.import_module("generate_facade")
    finally:
        sys.path.remove(str(ROOT / "scripts"))


def test_the_catalog_table_is_what_the_rule_and_the_overrides_give() -> None:
    assert _generator().read_secret_fields() == SECRET_FIELDS


def _overrides_with(tmp_path: Path, fields: dict[str, Any]) -> Path:
    overrides = yaml.safe_load((ROOT / "spec" / "overrides.yaml").read_text())
    overrides["fields"] = {**overrides.get("fields", {}), **fields}
    path = tmp_path / "overrides.yaml"
    path.write_text(yaml.safe_dump(overrides))
    return path


def test_overrides_take_a_field_out_or_add_one_and_a_stale_one_is_named(tmp_path: Path) -> None:
    generator = _generator()
    reference, names = next(iter(SECRET_FIELDS.items()))
    class_name = reference.rpartition(":")[2]
    taken = generator.read_secret_fields(
        overrides_path=_overrides_with(tmp_path, {f"{class_name}.{names[0]}": {"secret": False}})
    )
    assert names[0] not in taken.get(reference, ())
    plain = next(field.name for field in attrs.fields(_class(reference)) if field.name not in names)
    added = generator.read_secret_fields(
        overrides_path=_overrides_with(tmp_path, {f"{class_name}.{plain}": {"secret": True}})
    )
    assert plain in added[reference]
    # A stale entry (its model renamed upstream) is named and fails closed: the field is secret wherever it is.
    generator.NOTES.clear()
    stale = generator.read_secret_fields(
        overrides_path=_overrides_with(tmp_path, {"NoSuch.nickname": {"secret": True}})
    )
    assert {reference for reference, fields in stale.items() if "nickname" in fields}
    assert all(set(fields) <= set(stale[reference]) for reference, fields in SECRET_FIELDS.items())
    assert any("fields.NoSuch.nickname: no model has" in note for note in generator.NOTES)
