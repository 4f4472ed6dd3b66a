from typing import Literal

XDynosaurScriptVersion = Literal["5.3.0"]

X_DYNOSAUR_SCRIPT_VERSION_VALUES: set[XDynosaurScriptVersion] = {
    "5.3.0",
}


def check_x_dynosaur_script_version(value: str) -> XDynosaurScriptVersion:
    if value in X_DYNOSAUR_SCRIPT_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {X_DYNOSAUR_SCRIPT_VERSION_VALUES!r}"
    )
