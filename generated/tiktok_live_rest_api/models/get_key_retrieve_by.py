from typing import Literal

GetKeyRetrieveBy = Literal["id", "value"]

GET_KEY_RETRIEVE_BY_VALUES: set[GetKeyRetrieveBy] = {
    "id",
    "value",
}


def check_get_key_retrieve_by(value: str) -> GetKeyRetrieveBy:
    if value in GET_KEY_RETRIEVE_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_KEY_RETRIEVE_BY_VALUES!r}"
    )
