from typing import Literal

OAuthScope = Literal[
    "user:consents",
    "user:info",
    "webcast:ban",
    "webcast:bulk_live_check",
    "webcast:chat",
    "webcast:comments",
    "webcast:fetch",
    "webcast:live_analytics",
    "webcast:moderators",
    "webcast:mute",
    "webcast:rankings",
    "webcast:sensitive_words",
    "webcast:sign_url",
    "webcast:user_earnings",
]

O_AUTH_SCOPE_VALUES: set[OAuthScope] = {
    "user:consents",
    "user:info",
    "webcast:ban",
    "webcast:bulk_live_check",
    "webcast:chat",
    "webcast:comments",
    "webcast:fetch",
    "webcast:live_analytics",
    "webcast:moderators",
    "webcast:mute",
    "webcast:rankings",
    "webcast:sensitive_words",
    "webcast:sign_url",
    "webcast:user_earnings",
}


def check_o_auth_scope(value: str) -> OAuthScope:
    if value in O_AUTH_SCOPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {O_AUTH_SCOPE_VALUES!r}"
    )
