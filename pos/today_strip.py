"""What the member gets today, under the member panel: tier discount, campaigns, coupons,
what points are worth. Read from the sale's context; empty until a member is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.money import format_fen
from core.quote import SaleContext
from pos import wording
from ui import theme


class TodayStrip(QWidget):
    """A few lines in large type; each one only when it says something."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayStrip")
        font = theme.scaled_font(self.font(), 1.5)
        self.title = QLabel(self.tr("Today for this member"), self)
        self.title.setFont(theme.scaled_font(font, 1.0, bold=True))
        self.discount_label = QLabel(self)
        self.discount_label.setObjectName("todayDiscount")
        self.campaign_label = QLabel(self)
        self.campaign_label.setObjectName("todayCampaigns")
        self.campaign_label.setStyleSheet(f"color: {theme.SUCCESS}; font-weight: bold;")
        self.coupon_label = QLabel(self)
        self.coupon_label.setObjectName("todayCoupons")
        self.points_label = QLabel(self)
        self.points_label.setObjectName("todayPointsValue")
        self.points_label.setStyleSheet(f"color: {theme.MUTED};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 0, 16, 0)
        layout.setSpacing(6)
        for label in (
            self.title,
            self.discount_label,
            self.campaign_label,
            self.coupon_label,
            self.points_label,
        ):
            label.setFont(font if label is not self.title else label.font())
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            layout.addWidget(label)
        self.set_context(None)

    def set_context(self, ctx: SaleContext | None) -> None:
        self.setVisible(ctx is not None)
        if ctx is None:
            return
        bp = ctx.tier_discount_bp
        self.discount_label.setText(
            self.tr("Tier discount: {value}").format(
                value=wording.coupon_value_text("percent_off", bp)
            )
        )
        self.discount_label.setVisible(bp > 0)
        self.campaign_label.setText(
            "\n".join(
                self.tr("{name}: +{pct}% points").format(name=name, pct=pct)
                for name, pct in ctx.campaigns
            )
        )
        self.campaign_label.setVisible(bool(ctx.campaigns))
        self.coupon_label.setText(
            self.tr("Coupons: {count}").format(count=len(ctx.coupons))
            + ("  " + "  ".join(c.name for c in ctx.coupons[:3]) if ctx.coupons else "")
        )
        self.points_label.setText(
            self.tr("{rate:,} points pay {yuan}; up to {pct}% of a bill").format(
                rate=ctx.points_cash_rate, yuan=format_fen(100), pct=ctx.points_cash_max_pct
            )
        )
