"""HTTP routes of the central API, one module per area."""
