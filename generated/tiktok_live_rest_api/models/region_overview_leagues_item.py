from typing import Literal

RegionOverviewLeaguesItem = Literal[
    "A1",
    "A2",
    "A3",
    "B1",
    "B2",
    "B3",
    "B4",
    "B5",
    "C1",
    "C2",
    "C3",
    "C4",
    "C5",
    "D1",
    "D2",
    "D3",
    "D4",
    "D5",
    "NONE",
]

REGION_OVERVIEW_LEAGUES_ITEM_VALUES: set[RegionOverviewLeaguesItem] = {
    "A1",
    "A2",
    "A3",
    "B1",
    "B2",
    "B3",
    "B4",
    "B5",
    "C1",
    "C2",
    "C3",
    "C4",
    "C5",
    "D1",
    "D2",
    "D3",
    "D4",
    "D5",
    "NONE",
}


def check_region_overview_leagues_item(value: str) -> RegionOverviewLeaguesItem:
    if value in REGION_OVERVIEW_LEAGUES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REGION_OVERVIEW_LEAGUES_ITEM_VALUES!r}"
    )
