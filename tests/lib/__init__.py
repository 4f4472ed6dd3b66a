"""The hand-written helpers (tiktok_live/_lib/): check_live and the creator watch."""
