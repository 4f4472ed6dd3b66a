from typing import Literal

UserCatalogSearchMatch = Literal["nickname", "unique_id"]

USER_CATALOG_SEARCH_MATCH_VALUES: set[UserCatalogSearchMatch] = {
    "nickname",
    "unique_id",
}


def check_user_catalog_search_match(value: str) -> UserCatalogSearchMatch:
    if value in USER_CATALOG_SEARCH_MATCH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_CATALOG_SEARCH_MATCH_VALUES!r}"
    )
