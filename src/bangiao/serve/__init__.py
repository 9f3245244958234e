"""Stage 4, serve: what people see — the HTTP API, the web UI, highlighting and exports."""
