"""Widgets shared by the desktop and POS applications."""
