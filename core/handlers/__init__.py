"""Command handlers. Importing this package registers every handler."""

from core.handlers import mall, members, merge, points, sales, tiering

__all__ = ["mall", "members", "merge", "points", "sales", "tiering"]
