from typing import Literal

AvailableWebcastRankName = Literal[
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

AVAILABLE_WEBCAST_RANK_NAME_VALUES: set[AvailableWebcastRankName] = {
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


def check_available_webcast_rank_name(value: str) -> AvailableWebcastRankName:
    if value in AVAILABLE_WEBCAST_RANK_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AVAILABLE_WEBCAST_RANK_NAME_VALUES!r}"
    )
