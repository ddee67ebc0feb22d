"""Editing a member's profile: name, mobile, e-mail, gender, birthday, tags.

The mobile number and the e-mail stay masked: the field is empty and shows
the masked value as its hint; typing replaces it (an e-mail is removed with
its own tick box, since an empty field means "unchanged"). What can be checked here is
checked before anything is sent (mobile format, a birthday that is a real date
in the past, an e-mail address); what only the database knows (the number
belongs to another member) comes back from the core as a refusal, in plain
words, and nothing was written. Only changed fields go into the
``edit_profile`` command, which lands in the outbox with the change.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core import clock
from core.apply import Applied
from core.codes import mask_email, mask_phone, normalise_phone
from core.directory import MemberCard
from core.errors import DomainError
from core.services import DeviceServices
from ui import theme
from ui.i18n import error_text
from ui.ops import Op

OLDEST_AGE_YEARS = 120
EMAIL_MAX = 200


class ProfileForm(QWidget):
    """The editable profile of one ``MemberCard``; Save sends the changes."""

    # The profile was saved (the core's result: member id, new version, changed fields).
    sig_saved = Signal(object)

    def __init__(self, services: DeviceServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileForm")
        self.services = services
        self._card: MemberCard | None = None
        self._busy = False

        self.name_field = QLineEdit(self)
        self.name_field.setObjectName("profileName")
        self.name_field.setMaxLength(50)
        self.phone_field = QLineEdit(self)
        self.phone_field.setObjectName("profilePhone")
        self.phone_field.setMaxLength(20)
        self.email_field = QLineEdit(self)
        self.email_field.setObjectName("profileEmail")
        self.email_field.setMaxLength(EMAIL_MAX)
        self.remove_email_box = QCheckBox(self.tr("Remove the e-mail"), self)
        self.remove_email_box.setObjectName("profileRemoveEmail")
        self.remove_email_box.toggled.connect(self._remove_email_toggled)
        self.gender_box = QComboBox(self)
        self.gender_box.setObjectName("profileGender")
        self.gender_box.addItem(self.tr("Not given"), None)
        self.gender_box.addItem(self.tr("Female"), "F")
        self.gender_box.addItem(self.tr("Male"), "M")
        self.birthday_field = QLineEdit(self)
        self.birthday_field.setObjectName("profileBirthday")
        self.birthday_field.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.birthday_field.setMaxLength(10)
        self.tags_field = QLineEdit(self)
        self.tags_field.setObjectName("profileTags")
        self.tags_field.setPlaceholderText(self.tr("Separated by commas"))
        self.store_label = QLabel(self)
        self.store_label.setObjectName("profileStore")
        self.enrolled_label = QLabel(self)
        self.enrolled_label.setObjectName("profileEnrolled")

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_field)
        form.addRow(self.tr("Mobile"), self.phone_field)
        email_row = QHBoxLayout()
        email_row.addWidget(self.email_field, 1)
        email_row.addWidget(self.remove_email_box)
        form.addRow(self.tr("E-mail"), email_row)
        form.addRow(self.tr("Gender"), self.gender_box)
        form.addRow(self.tr("Birthday"), self.birthday_field)
        form.addRow(self.tr("Tags"), self.tags_field)
        form.addRow(self.tr("Home store"), self.store_label)
        form.addRow(self.tr("Member since"), self.enrolled_label)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("profileError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(
            f"color: {theme.DANGER}; background-color: {theme.DANGER_BACKGROUND};"
            " border-radius: 4px; padding: 6px; font-weight: bold;"
        )
        self.error_label.hide()
        self.done_label = QLabel(self)
        self.done_label.setObjectName("profileSaved")
        self.done_label.setWordWrap(True)
        self.done_label.setStyleSheet(f"color: {theme.SUCCESS}; font-weight: bold;")
        self.done_label.hide()

        self.save_button = QPushButton(self.tr("Save changes"), self)
        self.save_button.setObjectName("profileSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo changes"), self)
        self.revert_button.setObjectName("profileRevert")
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.done_label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        for field in (
            self.name_field,
            self.phone_field,
            self.email_field,
            self.birthday_field,
            self.tags_field,
        ):
            field.returnPressed.connect(self.save)
            field.textEdited.connect(self._edited)
        self.gender_box.activated.connect(self._edited)
        self.setEnabled(False)

    # --- public ---------------------------------------------------------------

    def card(self) -> MemberCard | None:
        return self._card

    def is_busy(self) -> bool:
        return self._busy

    def set_card(self, card: MemberCard | None) -> None:
        """Show ``card``'s profile as saved (what was typed and not saved is dropped)."""
        self._card = card
        self.error_label.hide()
        self.setEnabled(card is not None)
        self.revert()

    def revert(self) -> None:
        """Back to the saved profile."""
        card = self._card
        self.error_label.hide()
        self._mark(None)
        if card is None:
            for field in (
                self.name_field,
                self.phone_field,
                self.email_field,
                self.birthday_field,
                self.tags_field,
            ):
                field.clear()
            self.remove_email_box.setChecked(False)
            self.remove_email_box.hide()
            self.store_label.clear()
            self.enrolled_label.clear()
            return
        self.name_field.setText(card.name)
        self.phone_field.clear()
        self.phone_field.setPlaceholderText(
            self.tr("{phone} (type a new number to change it)").format(phone=mask_phone(card.phone))
        )
        self.email_field.clear()
        self.email_field.setPlaceholderText(
            self.tr("{email} (type a new address to change it)").format(
                email=mask_email(card.email)
            )
            if card.email
            else ""
        )
        self.remove_email_box.setChecked(False)
        self.remove_email_box.setVisible(bool(card.email))
        self.gender_box.setCurrentIndex(max(0, self.gender_box.findData(card.gender)))
        self.birthday_field.setText(card.birthday.isoformat() if card.birthday else "")
        self.tags_field.setText(", ".join(card.tags))
        self.store_label.setText(card.home_store or "")
        self.enrolled_label.setText(card.enrolled_on.isoformat())

    def changes(self) -> dict[str, Any]:
        """The fields that differ from the saved profile, checked; raises ``ProfileProblem``."""
        card = self._card
        if card is None:
            return {}
        changes: dict[str, Any] = {}
        name = " ".join(self.name_field.text().split())
        if name != card.name:
            if not name:
                raise ProfileProblem(self.name_field, self.tr("The name must not be empty."))
            changes["name"] = name
        phone_text = self.phone_field.text().strip()
        if phone_text:
            try:
                phone = normalise_phone(phone_text)
            except DomainError as err:
                raise ProfileProblem(self.phone_field, error_text(err)) from None
            if phone != card.phone:
                changes["phone"] = phone
        email = self.email_field.text().strip()
        if email and email != card.email:
            if "@" not in email or " " in email:
                raise ProfileProblem(
                    self.email_field,
                    self.tr("“{text}” is not an e-mail address.").format(text=email),
                )
            changes["email"] = email
        elif not email and card.email and self.remove_email_box.isChecked():
            changes["email"] = ""  # the core's edit_profile: an empty e-mail removes it
        gender = self.gender_box.currentData()
        if gender is not None and gender != card.gender:
            changes["gender"] = gender
        birthday = self._birthday()
        if birthday is not None and birthday != card.birthday:
            changes["birthday"] = birthday
        tags = sorted(
            {t.strip() for t in self.tags_field.text().replace("，", ",").split(",")} - {""}
        )
        if tags != sorted(card.tags):
            changes["tags"] = tags
        return changes

    def save(self) -> None:
        """Send the changed fields as one ``edit_profile`` command."""
        card = self._card
        if card is None or self._busy:
            return
        self.done_label.hide()
        try:
            changes = self.changes()
        except ProfileProblem as problem:
            self._problem(problem.field, problem.text)
            return
        if not changes:
            self._problem(None, self.tr("Nothing has changed."))
            return
        services, code, version = self.services, card.code, card.version

        def edit() -> tuple[Applied, MemberCard]:
            applied = services.edit_profile(code, version, **changes)
            return applied, services.card(card.id)

        self._busy = True
        self.save_button.setEnabled(False)
        (Op(self, edit).success(self._saved).failure(self._refused).finished(self._done).run())

    # --- internals ------------------------------------------------------------

    def _remove_email_toggled(self, checked: bool) -> None:
        # A new address and "remove" at once would be a contradiction: one or the other.
        if checked:
            self.email_field.clear()
        self.email_field.setEnabled(not checked)
        self._edited()

    def _birthday(self) -> date | None:
        text = self.birthday_field.text().strip()
        card = self._card
        if not text:
            if card is not None and card.birthday is not None:
                # The core keeps a birthday once given; say so rather than pretend.
                raise ProfileProblem(
                    self.birthday_field, self.tr("A birthday once given cannot be removed.")
                )
            return None
        try:
            born = date.fromisoformat(text)
        except ValueError:
            raise ProfileProblem(
                self.birthday_field,
                self.tr("“{text}” is not a date. Write it as 1990-05-31.").format(text=text),
            ) from None
        today = clock.now().date()
        if born > today:
            raise ProfileProblem(self.birthday_field, self.tr("The birthday is in the future."))
        if born.year < today.year - OLDEST_AGE_YEARS:
            raise ProfileProblem(
                self.birthday_field,
                self.tr("A birthday before {year} is surely a typing slip.").format(
                    year=today.year - OLDEST_AGE_YEARS
                ),
            )
        return born

    def _saved(self, result: tuple[Applied, MemberCard]) -> None:
        applied, card = result
        self._card = card
        self.revert()
        self.done_label.setText(self.tr("Saved. The change will be uploaded with the next sync."))
        self.done_label.show()
        self.sig_saved.emit(dict(applied.result))

    def _refused(self, err: DomainError) -> None:
        field: QWidget | None = None
        if err.code in ("duplicate_phone", "invalid_phone"):
            field = self.phone_field
        elif err.code == "invalid_input" and err.params.get("field") == "email":
            field = self.email_field
        elif err.code == "invalid_input" and err.params.get("field") == "name":
            field = self.name_field
        self._problem(field, error_text(err))

    def _problem(self, field: QWidget | None, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self._mark(field)
        if field is not None:
            field.setFocus()

    def _mark(self, field: QWidget | None) -> None:
        for w in (
            self.name_field,
            self.phone_field,
            self.email_field,
            self.birthday_field,
            self.tags_field,
        ):
            w.setStyleSheet(f"border: 2px solid {theme.DANGER};" if w is field else "")

    def _edited(self, *_args: object) -> None:
        self.done_label.hide()

    def _done(self) -> None:
        self._busy = False
        self.save_button.setEnabled(True)


class ProfileProblem(Exception):
    """Something typed that cannot be saved: the field and what to say."""

    def __init__(self, field: QWidget | None, text: str) -> None:
        super().__init__(text)
        self.field = field
        self.text = text
