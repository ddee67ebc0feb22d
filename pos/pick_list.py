"""Choosing among members found by a partial key: last four digits, a name, pinyin initials.

Shown under the scan field when what the clerk typed matches more than one
member (or is a name). Up/Down move, Enter or a click picks, Esc closes; the
list never shows a full phone number or name (masked, as on the panel).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from core.codes import mask_name
from core.directory import MemberRow
from core.services import DeviceServices
from ui import theme
from ui.i18n import status_text
from ui.ops import Op


class MemberPickList(QListWidget):
    """A short list of members; ``sig_picked`` carries the chosen member's code."""

    sig_picked = Signal(str)
    # Esc in the list: the clerk gave up choosing.
    sig_dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tier_names: dict[str, str] | None = None
        self._generation = 0
        self._searching = False
        self.setObjectName("memberPickList")
        self.setFont(theme.scaled_font(self.font(), 1.4))
        self.setUniformItemSizes(True)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        self.hide()

    def search(self, services: DeviceServices, text: str, *, nothing: Callable[[], None]) -> None:
        """Search members for ``text`` off the UI thread; shown and focused if any match,
        else ``nothing()``."""
        self._generation += 1
        generation, need_tiers = self._generation, self._tier_names is None
        self._searching = True

        def find() -> tuple[list[MemberRow], dict[str, str] | None]:
            tiers = {t.code: t.name for t in services.tiers()} if need_tiers else None
            return services.search(text, 20), tiers

        def found(answer: tuple[list[MemberRow], dict[str, str] | None]) -> None:
            rows, tiers = answer
            if tiers is not None:
                self._tier_names = tiers
            if generation != self._generation:
                return
            if not rows:
                nothing()
                return
            self.set_rows(rows, self._tier_names or {})
            self.show()
            self.setFocus(Qt.FocusReason.OtherFocusReason)

        def done() -> None:
            if generation == self._generation:
                self._searching = False

        Op(self, find).success(found).finished(done).run()

    def cancel(self) -> None:
        """Forget a search still running and hide the list."""
        self._generation += 1
        self._searching = False
        self.hide()

    def is_searching(self) -> bool:
        return self._searching

    def set_rows(self, rows: Sequence[MemberRow], tier_names: dict[str, str]) -> None:
        self.clear()
        for r in rows:
            text = self.tr("{code}   {name}   {phone}   {tier}").format(
                code=r.code,
                name=mask_name(r.name),
                phone=r.masked_phone,
                tier=tier_names.get(r.tier_code, r.tier_code),
            )
            if r.status != "active":
                text += "   " + status_text(r.status)
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, r.code)
        if rows:
            self.setCurrentRow(0)
        rows_shown = min(len(rows), 8)
        self.setFixedHeight(self.sizeHintForRow(0) * rows_shown + 2 * self.frameWidth() + 4)

    def codes(self) -> list[str]:
        return [str(self.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.count())]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.sig_dismissed.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._activated(self.currentItem())
            return
        super().keyPressEvent(event)

    def _activated(self, item: QListWidgetItem) -> None:
        self.sig_picked.emit(str(item.data(Qt.ItemDataRole.UserRole)))
