"""The points mall page: stock alerts, the catalog editor and the redemption orders."""

from desktop.pages.mall.page import MallPage

__all__ = ["MallPage"]
