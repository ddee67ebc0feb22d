"""Commands: envelopes, typed payloads and the handler registry."""
