"""A client library for accessing Euler Stream API (REST layout)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
