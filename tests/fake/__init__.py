"""The offline fake Euler service (tiktok_live/testing/): in process, over HTTP, its pytest plugin."""
