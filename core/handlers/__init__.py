"""Command handlers. Importing this package registers every handler."""

from core.handlers import mall, members, points, sales, tiering

__all__ = ["mall", "members", "points", "sales", "tiering"]
