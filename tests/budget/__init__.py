"""The rate-limit budget (tiktok_live/_budget/): in-process, through Redis, connection slots."""
