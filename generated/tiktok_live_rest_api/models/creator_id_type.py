from typing import Literal

CreatorIdType = Literal["numeric_id", "unique_id"]

CREATOR_ID_TYPE_VALUES: set[CreatorIdType] = {
    "numeric_id",
    "unique_id",
}


def check_creator_id_type(value: str) -> CreatorIdType:
    if value in CREATOR_ID_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATOR_ID_TYPE_VALUES!r}"
    )
