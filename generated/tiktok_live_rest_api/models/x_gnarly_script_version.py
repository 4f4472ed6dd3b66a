from typing import Literal

XGnarlyScriptVersion = Literal["5.3.2"]

X_GNARLY_SCRIPT_VERSION_VALUES: set[XGnarlyScriptVersion] = {
    "5.3.2",
}


def check_x_gnarly_script_version(value: str) -> XGnarlyScriptVersion:
    if value in X_GNARLY_SCRIPT_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {X_GNARLY_SCRIPT_VERSION_VALUES!r}"
    )
