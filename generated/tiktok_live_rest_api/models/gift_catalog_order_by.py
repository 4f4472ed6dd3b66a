from typing import Literal

GiftCatalogOrderBy = Literal["name", "price"]

GIFT_CATALOG_ORDER_BY_VALUES: set[GiftCatalogOrderBy] = {
    "name",
    "price",
}


def check_gift_catalog_order_by(value: str) -> GiftCatalogOrderBy:
    if value in GIFT_CATALOG_ORDER_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GIFT_CATALOG_ORDER_BY_VALUES!r}"
    )
