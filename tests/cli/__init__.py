"""The `tiktok-live` command (tiktok_live/cli.py, tiktok_live/_cli/)."""
