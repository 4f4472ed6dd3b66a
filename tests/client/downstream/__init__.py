"""A small downstream library written only against tiktok-live's public API, as a library that builds on it
would be: it passes its own `httpx.AsyncClient` (a proxy, event hooks, its own User-Agent)."""
