from typing import Literal

DeleteKeyDeleteBy = Literal["id", "value"]

DELETE_KEY_DELETE_BY_VALUES: set[DeleteKeyDeleteBy] = {
    "id",
    "value",
}


def check_delete_key_delete_by(value: str) -> DeleteKeyDeleteBy:
    if value in DELETE_KEY_DELETE_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_KEY_DELETE_BY_VALUES!r}"
    )
