from typing import Literal

RetrieveWebcastGiftsWebcastLanguage = Literal["en"]

RETRIEVE_WEBCAST_GIFTS_WEBCAST_LANGUAGE_VALUES: set[
    RetrieveWebcastGiftsWebcastLanguage
] = {
    "en",
}


def check_retrieve_webcast_gifts_webcast_language(
    value: str,
) -> RetrieveWebcastGiftsWebcastLanguage:
    if value in RETRIEVE_WEBCAST_GIFTS_WEBCAST_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RETRIEVE_WEBCAST_GIFTS_WEBCAST_LANGUAGE_VALUES!r}"
    )
