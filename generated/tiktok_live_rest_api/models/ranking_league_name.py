from typing import Literal

RankingLeagueName = Literal[
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

RANKING_LEAGUE_NAME_VALUES: set[RankingLeagueName] = {
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


def check_ranking_league_name(value: str) -> RankingLeagueName:
    if value in RANKING_LEAGUE_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RANKING_LEAGUE_NAME_VALUES!r}"
    )
