"""Stage 1, reading: bytes, saved pages and dumps to a clean, normalized text (and what was cut from it)."""
