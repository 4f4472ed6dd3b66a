from typing import Literal

RankingLeagueLevel = Literal[
    0,
    100,
    200,
    300,
    400,
    500,
    600,
    700,
    800,
    900,
    1000,
    1100,
    1200,
    1300,
    1400,
    1500,
    1800,
    1900,
    2000,
]

RANKING_LEAGUE_LEVEL_VALUES: set[RankingLeagueLevel] = {
    0,
    100,
    200,
    300,
    400,
    500,
    600,
    700,
    800,
    900,
    1000,
    1100,
    1200,
    1300,
    1400,
    1500,
    1800,
    1900,
    2000,
}


def check_ranking_league_level(value: int) -> RankingLeagueLevel:
    if value in RANKING_LEAGUE_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RANKING_LEAGUE_LEVEL_VALUES!r}"
    )
