"""Shared Qt pieces of the desktop and POS applications."""
