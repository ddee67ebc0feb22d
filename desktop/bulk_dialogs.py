"""Bulk actions' dialogs: tag members, issue a coupon; to the selection or to a filter's result.

A dialog only collects the choice and shows the preview count it is given; the
members page counts (off the UI thread) and runs the action with progress.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.member_bulk import TAG_MAX


class _TargetDialog(QDialog):
    """The part both dialogs share: whom the action reaches, with how many members."""

    def __init__(self, selected: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selected_count = selected
        self.filter_count: int | None = None
        self.selected_radio = QRadioButton(self)
        self.selected_radio.setObjectName("targetSelected")
        self.filter_radio = QRadioButton(self)
        self.filter_radio.setObjectName("targetFilter")
        group = QButtonGroup(self)
        group.addButton(self.selected_radio)
        group.addButton(self.filter_radio)
        self.selected_radio.setEnabled(selected > 0)
        (self.selected_radio if selected > 0 else self.filter_radio).setChecked(True)
        self.preview = QLabel(self)
        self.preview.setObjectName("bulkPreview")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.selected_radio.toggled.connect(self._refresh)
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.selected_radio)
        layout.addWidget(self.filter_radio)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self._refresh()

    def to_selection(self) -> bool:
        """True: the selected members; False: everyone the filters let through."""
        return self.selected_radio.isChecked()

    def set_filter_count(self, count: int) -> None:
        self.filter_count = count
        self._refresh()

    def reach(self) -> int | None:
        """How many members the action would reach (None: still counting)."""
        return self.selected_count if self.to_selection() else self.filter_count

    def _refresh(self) -> None:
        self.selected_radio.setText(
            self.tr("The {count} selected members").format(count=f"{self.selected_count:,}")
        )
        if self.filter_count is None:
            self.filter_radio.setText(self.tr("All members matching the filters (counting…)"))
        else:
            self.filter_radio.setText(
                self.tr("All {count} members matching the filters").format(
                    count=f"{self.filter_count:,}"
                )
            )
        self._update_ok()

    def _ready(self) -> bool:
        return True

    def _update_ok(self) -> None:
        n = self.reach()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(n) and self._ready())
        if n is None:
            self.preview.setText(self.tr("Counting members…"))
        else:
            self.preview.setText(self._preview_text(n))

    def _preview_text(self, count: int) -> str:
        return self.tr("{count} members will be changed.").format(count=f"{count:,}")


class TagDialog(_TargetDialog):
    """Add a tag to members, or take it off."""

    def __init__(
        self, selected: int, tags: Sequence[str] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(selected, parent)
        self.setWindowTitle(self.tr("Tag members"))
        self.tag_box = QComboBox(self)
        self.tag_box.setObjectName("bulkTag")
        self.tag_box.setEditable(True)
        self.tag_box.addItems(list(tags))
        self.tag_box.setEditText("")
        line = self.tag_box.lineEdit()
        if line is not None:
            line.setMaxLength(TAG_MAX)
        self.mode_box = QComboBox(self)
        self.mode_box.setObjectName("bulkTagMode")
        self.mode_box.addItem(self.tr("Add the tag"), False)
        self.mode_box.addItem(self.tr("Remove the tag"), True)
        self.form.addRow(self.tr("Tag"), self.tag_box)
        self.form.addRow(self.tr("Action"), self.mode_box)
        self.tag_box.editTextChanged.connect(self._update_ok)
        self._update_ok()

    def tag(self) -> str:
        box = getattr(self, "tag_box", None)
        return box.currentText().strip() if box is not None else ""

    def remove(self) -> bool:
        return bool(self.mode_box.currentData())

    def _ready(self) -> bool:
        return bool(self.tag())

    def _preview_text(self, count: int) -> str:
        return self.tr("{count} members will be checked; those that need it are changed.").format(
            count=f"{count:,}"
        )


class CouponDialog(_TargetDialog):
    """Issue one coupon of a template to each member."""

    def __init__(
        self,
        selected: int,
        templates: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(selected, parent)
        self.setWindowTitle(self.tr("Issue a coupon"))
        self.template_box = QComboBox(self)
        self.template_box.setObjectName("bulkTemplate")
        for template_id, name in templates:
            self.template_box.addItem(f"{name} ({template_id})", template_id)
        self.form.addRow(self.tr("Coupon"), self.template_box)
        self._update_ok()

    def template_id(self) -> str | None:
        box = getattr(self, "template_box", None)
        data = box.currentData() if box is not None else None
        return str(data) if data is not None else None

    def _ready(self) -> bool:
        return self.template_id() is not None

    def _preview_text(self, count: int) -> str:
        return self.tr("{count} coupons will be issued, one to each member.").format(
            count=f"{count:,}"
        )
