"""The customer's receipt: what was paid, points earned and spent, the new balance.

Printed with Qt's print support on the till's default printer; a till without
one (or a test) gets a PDF in the receipts folder instead. "Pending sync" is
printed while the sale has not reached the server.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QStandardPaths
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from core.directory import MemberCard
from core.money import format_fen
from pos import wording

# 80 mm till rolls; the height grows with the text (a PDF page is long enough).
ROLL_WIDTH_MM = 80.0
ROLL_LENGTH_MM = 200.0


def receipt_html(result: Mapping[str, Any], card: MemberCard, at: datetime) -> str:
    """The receipt of a recorded sale (``record_sale``'s result) as simple HTML."""
    rows: list[tuple[str, str]] = [
        (
            QCoreApplication.translate("Receipt", "Goods"),
            format_fen(int(result.get("gross_fen", 0))),
        ),
    ]
    if result.get("tier_discount_fen"):
        rows.append(
            (
                QCoreApplication.translate("Receipt", "Tier discount"),
                format_fen(-int(result["tier_discount_fen"])),
            )
        )
    if result.get("coupon_discount_fen"):
        rows.append(
            (
                QCoreApplication.translate("Receipt", "Coupon"),
                format_fen(-int(result["coupon_discount_fen"])),
            )
        )
    if result.get("points_spent"):
        rows.append(
            (
                QCoreApplication.translate("Receipt", "Paid with {points:,} points").format(
                    points=int(result["points_spent"])
                ),
                format_fen(-int(result.get("points_cash_fen", 0))),
            )
        )
    rows.append(
        (
            QCoreApplication.translate("Receipt", "Paid"),
            format_fen(int(result.get("amount_paid_fen", 0))),
        )
    )
    table = "".join(
        f"<tr><td>{html.escape(k)}</td><td align='right'>{html.escape(v)}</td></tr>"
        for k, v in rows
    )
    earned = int(result.get("points_earned", 0))
    title = QCoreApplication.translate("Receipt", "MemberDesk receipt")
    number = QCoreApplication.translate("Receipt", "Receipt no. {receipt}").format(
        receipt=result.get("receipt_no", "")
    )
    member = QCoreApplication.translate("Receipt", "Member {code}").format(code=card.code)
    lines = [
        f"<h3 align='center'>{html.escape(title)}</h3>",
        f"<p>{html.escape(number)}<br/>{at:%Y-%m-%d %H:%M}</p>",
        f"<table width='100%'>{table}</table>",
        "<hr/>",
        f"<p>{html.escape(member)}<br/>",
        html.escape(
            QCoreApplication.translate("Receipt", "Points earned: {points:,}").format(points=earned)
        ),
    ]
    breakdown = result.get("breakdown") or []
    if breakdown:
        lines.append(f" ({html.escape(wording.breakdown_text(breakdown))})")
    lines += [
        "<br/>",
        html.escape(
            QCoreApplication.translate("Receipt", "Points spent: {points:,}").format(
                points=int(result.get("points_spent", 0))
            )
        ),
        "<br/><b>",
        html.escape(
            QCoreApplication.translate("Receipt", "Points available: {points:,}").format(
                points=card.points.available
            )
        ),
        "</b>",
    ]
    if card.points.locked:
        lines.append(
            "<br/>"
            + html.escape(
                QCoreApplication.translate(
                    "Receipt", "Points usable after the return window: {points:,}"
                ).format(points=card.points.locked)
            )
        )
    if card.points.pending_upload:
        lines.append(
            "<br/><b>" + html.escape(QCoreApplication.translate("Receipt", "Pending sync")) + "</b>"
        )
    lines.append("</p>")
    return "".join(lines)


def receipts_dir() -> Path:
    """Where receipts go as PDF on a till without a printer."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs or Path.home()) / "MemberDesk receipts"


def print_receipt(document_html: str, receipt_no: str, folder: Path | None = None) -> str:
    """Print on the default printer, or write ``<folder>/<receipt_no>.pdf``; says where."""
    doc = QTextDocument()
    doc.setHtml(document_html)
    info = QPrinterInfo.defaultPrinter()
    if folder is None and not info.isNull():
        printer = QPrinter(info)
        doc.print_(printer)
        return info.printerName()
    target = (folder or receipts_dir()) / f"{receipt_no or 'receipt'}.pdf"
    target.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(target))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QSizeF(ROLL_WIDTH_MM, ROLL_LENGTH_MM), QPageSize.Unit.Millimeter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(4, 4, 4, 4),
            QPageLayout.Unit.Millimeter,
        )
    )
    doc.print_(writer)
    return str(target)
