from typing import Literal

JWTConfigurationMetadataVersion = Literal["v1", "v2"]

JWT_CONFIGURATION_METADATA_VERSION_VALUES: set[JWTConfigurationMetadataVersion] = {
    "v1",
    "v2",
}


def check_jwt_configuration_metadata_version(
    value: str,
) -> JWTConfigurationMetadataVersion:
    if value in JWT_CONFIGURATION_METADATA_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JWT_CONFIGURATION_METADATA_VERSION_VALUES!r}"
    )
