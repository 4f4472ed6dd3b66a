from typing import Literal

WebcastGiftGalleryDataAnchorRankingLeague = Literal[
    "toExponential", "toFixed", "toLocaleString", "toPrecision", "toString", "valueOf"
]

WEBCAST_GIFT_GALLERY_DATA_ANCHOR_RANKING_LEAGUE_VALUES: set[
    WebcastGiftGalleryDataAnchorRankingLeague
] = {
    "toExponential",
    "toFixed",
    "toLocaleString",
    "toPrecision",
    "toString",
    "valueOf",
}


def check_webcast_gift_gallery_data_anchor_ranking_league(
    value: str,
) -> WebcastGiftGalleryDataAnchorRankingLeague:
    if value in WEBCAST_GIFT_GALLERY_DATA_ANCHOR_RANKING_LEAGUE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBCAST_GIFT_GALLERY_DATA_ANCHOR_RANKING_LEAGUE_VALUES!r}"
    )
