from typing import Literal

RouteImageSource = Literal["CDN", "CDN_CNAME", "ORIGIN"]

ROUTE_IMAGE_SOURCE_VALUES: set[RouteImageSource] = {
    "CDN",
    "CDN_CNAME",
    "ORIGIN",
}


def check_route_image_source(value: str) -> RouteImageSource:
    if value in ROUTE_IMAGE_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ROUTE_IMAGE_SOURCE_VALUES!r}"
    )
