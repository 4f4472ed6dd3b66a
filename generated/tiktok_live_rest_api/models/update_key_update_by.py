from typing import Literal

UpdateKeyUpdateBy = Literal["id", "value"]

UPDATE_KEY_UPDATE_BY_VALUES: set[UpdateKeyUpdateBy] = {
    "id",
    "value",
}


def check_update_key_update_by(value: str) -> UpdateKeyUpdateBy:
    if value in UPDATE_KEY_UPDATE_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_KEY_UPDATE_BY_VALUES!r}"
    )
