"""A client library for accessing Euler Stream TikTok LIVE API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
