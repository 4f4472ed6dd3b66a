from typing import Literal

RegionOverviewRankingsItem = Literal[
    "DAILY_GAME_RANK",
    "DAILY_RANK",
    "FANS_TEAM_RANK",
    "RANKING_LEAGUE",
    "SALE_RANK",
    "WEEKLY_GAME_HIGHLIGHT_1",
    "WEEKLY_GAME_HIGHLIGHT_2",
    "WEEKLY_GAME_HIGHLIGHT_3",
    "WEEKLY_GAME_RANK",
]

REGION_OVERVIEW_RANKINGS_ITEM_VALUES: set[RegionOverviewRankingsItem] = {
    "DAILY_GAME_RANK",
    "DAILY_RANK",
    "FANS_TEAM_RANK",
    "RANKING_LEAGUE",
    "SALE_RANK",
    "WEEKLY_GAME_HIGHLIGHT_1",
    "WEEKLY_GAME_HIGHLIGHT_2",
    "WEEKLY_GAME_HIGHLIGHT_3",
    "WEEKLY_GAME_RANK",
}


def check_region_overview_rankings_item(value: str) -> RegionOverviewRankingsItem:
    if value in REGION_OVERVIEW_RANKINGS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REGION_OVERVIEW_RANKINGS_ITEM_VALUES!r}"
    )
