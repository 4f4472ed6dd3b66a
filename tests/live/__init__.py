"""Live events (tiktok_live/_live/): the decoder, the session, the streams against the fake WebSocket."""
