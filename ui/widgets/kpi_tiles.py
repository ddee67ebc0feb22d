"""Key figures of a dashboard as tiles: a caption, a big number, a line of detail."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ui import theme


class KpiTile(QFrame):
    """One figure: what it is, its value, and an optional note under it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#kpiTile { background: #F7F9FB; border: 1px solid #D5DBE1; border-radius: 6px; }"
        )
        self.caption = QLabel(caption, self)
        self.caption.setStyleSheet(f"color: {theme.MUTED};")
        self.value_label = QLabel("—", self)
        self.value_label.setFont(theme.scaled_font(self.font(), 1.7, bold=True))
        self.note_label = QLabel("", self)
        self.note_label.setStyleSheet(f"color: {theme.MUTED};")
        self.note_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value_label)
        layout.addWidget(self.note_label)

    def set_value(self, text: str, note: str = "", *, colour: str | None = None) -> None:
        self.value_label.setText(text)
        self.value_label.setStyleSheet(f"color: {colour};" if colour else "")
        self.note_label.setText(note)

    def value(self) -> str:
        return self.value_label.text()


class KpiRow(QWidget):
    """Tiles side by side, by key (``row.tiles["members"].value()``)."""

    def __init__(
        self, captions: list[tuple[str, str]], parent: QWidget | None = None, *, columns: int = 6
    ) -> None:
        super().__init__(parent)
        self.tiles: dict[str, KpiTile] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for i, (key, caption) in enumerate(captions):
            tile = KpiTile(caption, self)
            self.tiles[key] = tile
            grid.addWidget(tile, i // columns, i % columns)
