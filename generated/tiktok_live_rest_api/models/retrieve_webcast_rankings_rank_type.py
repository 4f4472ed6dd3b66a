from typing import Literal

RetrieveWebcastRankingsRankType = Literal["DAILY_RANK", "FANS_TEAM_RANK"]

RETRIEVE_WEBCAST_RANKINGS_RANK_TYPE_VALUES: set[RetrieveWebcastRankingsRankType] = {
    "DAILY_RANK",
    "FANS_TEAM_RANK",
}


def check_retrieve_webcast_rankings_rank_type(
    value: str,
) -> RetrieveWebcastRankingsRankType:
    if value in RETRIEVE_WEBCAST_RANKINGS_RANK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RETRIEVE_WEBCAST_RANKINGS_RANK_TYPE_VALUES!r}"
    )
