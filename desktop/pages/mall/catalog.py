"""The catalog half of the mall page: the rewards table with a search box, the form that
creates or edits a reward, and a store's stock allocation.

The catalog is the central server's: the table shows the local copy (the last
pull); saves go through ``sync.mall_admin`` with the signed-in staff member's
token, then the sync service is nudged and the pull brings the change back.
Every field is checked first (``core.reward_form``); a wrong one is tinted and
named, and nothing is sent. A picture chosen for the reward (``picture_field.py``) is
scaled and encoded here (``picture.py``), checked like the server checks it, previewed,
and sent with the save (``PUT``/``DELETE /v1/rewards/{sku}/image``); the table shows
each reward's thumbnail.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.mall_orders import MallCatalog, RewardRow, matches
from core.money import format_fen
from core.reward_form import (
    KINDS,
    MAX_AMOUNT,
    STOCK_MODES,
    parse_reward,
    whole_number,
)
from desktop.pages.mall.models import KIND_WORDS, STOCK_WORDS, RewardsModel, words
from desktop.pages.mall.picture_field import PictureField
from desktop.record_tables import RecordsView
from desktop.rulebook_editing import error_label, save_error_text, say
from desktop.signin_dialog import ensure_signed_in
from sync import mall_admin
from sync.errors import Refused, SyncError
from ui import theme
from ui.admin_session import AdminSession
from ui.async_slots import async_slot
from ui.i18n import QT_TRANSLATE_NOOP
from ui.reward_pictures import Decoded, PictureCache

# What each problem code of core.reward_form means, for the error line under the form.
_PROBLEMS = {
    "required": QT_TRANSLATE_NOOP("MallPage", "required"),
    "too_long": QT_TRANSLATE_NOOP("MallPage", "too long"),
    "not_text": QT_TRANSLATE_NOOP("MallPage", "contains control characters"),
    "bad_sku": QT_TRANSLATE_NOOP(
        "MallPage", "letters, digits, '.', '_' or '-' (up to 32, starting with a letter or digit)"
    ),
    "not_whole_number": QT_TRANSLATE_NOOP("MallPage", "not a whole number"),
    "too_small": QT_TRANSLATE_NOOP("MallPage", "too small"),
    "too_large": QT_TRANSLATE_NOOP("MallPage", "too large"),
    "not_amount": QT_TRANSLATE_NOOP("MallPage", "not an amount in yuan (for example 12.50)"),
    "not_date": QT_TRANSLATE_NOOP("MallPage", "not a date (YYYY-MM-DD)"),
    "before_from": QT_TRANSLATE_NOOP("MallPage", "ends before it starts"),
    "not_central": QT_TRANSLATE_NOOP(
        "MallPage", "only a reward with central stock holds central stock"
    ),
    "only_coupon": QT_TRANSLATE_NOOP("MallPage", "only for a coupon reward"),
    # The picture's (core.reward_form.check_image, desktop.pages.mall.picture).
    "not_image": QT_TRANSLATE_NOOP("MallPage", "not a picture (PNG, JPEG, BMP, GIF or WebP)"),
    "image_file_too_large": QT_TRANSLATE_NOOP("MallPage", "the file is larger than 32 MB"),
    "image_empty": QT_TRANSLATE_NOOP("MallPage", "the file is empty"),
    "image_too_large": QT_TRANSLATE_NOOP(
        "MallPage", "larger than 64 KB even when scaled to 256×256"
    ),
    "image_too_big": QT_TRANSLATE_NOOP("MallPage", "larger than 256×256 pixels"),
}
THUMBNAIL_SIDE = 28


class CatalogPanel(QWidget):
    """Rewards table and search on the left; the reward form and stock on the right."""

    # The central server took a change (the local copy follows with the next pull).
    sig_saved = Signal()

    def __init__(self, session: AdminSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.catalog: MallCatalog | None = None
        self._editing: str | None = None  # the SKU in the form; None: a new reward
        self._filled: tuple[object, ...] = ()  # the form as ``fill`` left it
        self._saving = False
        self.pictures = PictureCache(THUMBNAIL_SIDE)  # the table's thumbnails

        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("mallSearch")
        self.search_field.setPlaceholderText(self.tr("Search SKU, name or category"))
        self.search_field.setClearButtonEnabled(True)
        self.model = RewardsModel(self, picture=self.pictures.thumbnail)
        self.view = RecordsView(self.model, self)
        self.view.setObjectName("mallRewards")
        self.view.setIconSize(QSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE))
        self.view.verticalHeader().setMinimumSectionSize(THUMBNAIL_SIDE + 4)
        self.count_label = QLabel(self)

        # --- the form ---------------------------------------------------------------
        self.fields: dict[str, QLineEdit] = {}
        self.labels: dict[str, str] = {}
        form_box = QGroupBox(self.tr("Reward"), self)
        self.form_box = form_box
        form = QFormLayout(form_box)

        def line(name: str, label: str, hint: str = "") -> QLineEdit:
            field = QLineEdit(form_box)
            field.setObjectName(f"mall_{name}")
            field.setPlaceholderText(hint)
            self.fields[name] = field
            self.labels[name] = label
            form.addRow(label, field)
            return field

        line("sku", self.tr("SKU"), "RW0100")
        line("name", self.tr("Name"))
        self.kind_box = QComboBox(form_box)
        self.kind_box.setObjectName("mall_kind")
        for kind in KINDS:
            self.kind_box.addItem(words(KIND_WORDS, kind), kind)
        form.addRow(self.tr("Kind"), self.kind_box)
        line("category", self.tr("Category"))
        line("points_price", self.tr("Points price"), "2,000")
        line("cash_yuan", self.tr("Cash (¥)"), self.tr("0 or e.g. 12.50"))
        self.stock_box = QComboBox(form_box)
        self.stock_box.setObjectName("mall_stock_mode")
        for mode in STOCK_MODES:
            self.stock_box.addItem(words(STOCK_WORDS, mode), mode)
        form.addRow(self.tr("Stock"), self.stock_box)
        line("central_stock", self.tr("Central stock"), "0")
        line("per_member_limit", self.tr("Limit per member"), self.tr("empty: no limit"))
        line("valid_from", self.tr("Valid from"), self.tr("YYYY-MM-DD, empty: open"))
        line("valid_until", self.tr("Valid until"), self.tr("YYYY-MM-DD, empty: open"))
        self.tier_box = QComboBox(form_box)
        self.tier_box.setObjectName("mall_tier")
        form.addRow(self.tr("Tier restriction"), self.tier_box)
        self.template_box = QComboBox(form_box)
        self.template_box.setObjectName("mall_coupon_template")
        form.addRow(self.tr("Coupon template"), self.template_box)
        self.active_box = QCheckBox(self.tr("On the shelf"), form_box)
        self.active_box.setObjectName("mall_active")
        self.active_box.setChecked(True)
        form.addRow("", self.active_box)
        self.picture = PictureField(form_box)
        form.addRow(self.tr("Image"), self.picture)
        self.labels.update(
            kind=self.tr("Kind"),
            stock_mode=self.tr("Stock"),
            coupon_template_id=self.tr("Coupon template"),
        )
        self.form_error = error_label(form_box, "mallFormError")
        form.addRow(self.form_error)
        self.new_button = QPushButton(self.tr("New reward"), form_box)
        self.new_button.setObjectName("mallNew")
        self.save_button = QPushButton(self.tr("Save to the central server"), form_box)
        self.save_button.setObjectName("mallSave")
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        self.save_status = QLabel(form_box)
        self.save_status.setObjectName("mallSaveStatus")
        self.save_status.setWordWrap(True)
        form.addRow(self.save_status)

        # --- store stock ------------------------------------------------------------
        stock_box = QGroupBox(self.tr("Store stock"), self)
        self.stock_group = stock_box
        stock_form = QFormLayout(stock_box)
        self.allocation_label = QLabel(stock_box)
        self.allocation_label.setObjectName("mallAllocations")
        self.allocation_label.setWordWrap(True)
        stock_form.addRow(self.allocation_label)
        self.store_box = QComboBox(stock_box)
        self.store_box.setObjectName("mallStore")
        self.quantity_field = QLineEdit(stock_box)
        self.quantity_field.setObjectName("mallQuantity")
        self.quantity_field.setPlaceholderText(self.tr("items the store holds"))
        self.allocate_button = QPushButton(self.tr("Allocate"), stock_box)
        self.allocate_button.setObjectName("mallAllocate")
        row = QHBoxLayout()
        row.addWidget(self.store_box, 1)
        row.addWidget(self.quantity_field, 1)
        row.addWidget(self.allocate_button)
        stock_form.addRow(self.tr("Store"), row)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_field)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.count_label)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(form_box)
        right_layout.addWidget(stock_box)
        right_layout.addStretch(1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.search_field.textChanged.connect(self._show_rewards)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.new_reward)
        self.save_button.clicked.connect(self.save)
        self.allocate_button.clicked.connect(self.allocate)
        self.stock_box.currentIndexChanged.connect(self._stock_mode_changed)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.picture.sig_refused.connect(self._picture_refused)
        self.new_reward()

    # --- public ---------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._saving

    def set_catalog(self, catalog: MallCatalog, pictures: Decoded | None = None) -> None:
        """Show the catalog as the local copy holds it (the form keeps what is typed);
        ``pictures``: those not in ``held_pictures``, read and decoded."""
        self.catalog = catalog
        if pictures is not None:
            self.pictures.update(pictures)
            self.picture.update_pictures(pictures)
        self.model.set_tiers(catalog.tiers)
        current_tier = self.tier_box.currentData()
        self.tier_box.clear()
        self.tier_box.addItem(self.tr("any tier"), 0)
        for tier in catalog.tiers:
            if tier.rank > 0:
                self.tier_box.addItem(self.tr("{tier} and above").format(tier=tier.name), tier.rank)
        self.tier_box.setCurrentIndex(max(0, self.tier_box.findData(current_tier)))
        current_template = self.template_box.currentData()
        self.template_box.clear()
        self.template_box.addItem(self.tr("none"), "")
        for tid, name in catalog.coupon_templates:
            self.template_box.addItem(f"{name} ({tid})", tid)
        self.template_box.setCurrentIndex(max(0, self.template_box.findData(current_template)))
        current_store = self.store_box.currentData()
        self.store_box.clear()
        for code, name in catalog.stores:
            self.store_box.addItem(f"{code} {name}", code)
        self.store_box.setCurrentIndex(max(0, self.store_box.findData(current_store)))
        self._show_rewards()
        row = catalog.reward(self._editing) if self._editing else None
        if row is not None and self._form_state() == self._filled:
            self.fill(row)  # nothing typed since: show what the pull brought
        self._show_allocations()

    def held_pictures(self) -> dict[str, str]:
        """SKU → hash of the pictures decoded already (the loader skips those)."""
        held = self.pictures.held()
        return {k: v for k, v in self.picture.held().items() if held.get(k) == v}

    def selected(self) -> RewardRow | None:
        index = self.view.currentIndex()
        rows = self.model.rows()
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def select(self, sku: str) -> bool:
        """Select a reward in the table (and load it into the form); False if not shown."""
        for i, row in enumerate(self.model.rows()):
            if row.sku == sku:
                self.view.selectRow(i)
                return True
        return False

    def new_reward(self) -> None:
        """Empty the form for a new reward."""
        self._editing = None
        self.view.clearSelection()
        for field in self.fields.values():
            field.clear()
        self.fields["cash_yuan"].setText("0")
        self.fields["central_stock"].setText("0")
        self.kind_box.setCurrentIndex(0)
        self.stock_box.setCurrentIndex(self.stock_box.findData("central"))
        self.tier_box.setCurrentIndex(0)
        self.template_box.setCurrentIndex(0)
        self.active_box.setChecked(True)
        self.picture.show_reward(None)
        self._fixed_fields(editable=True)
        self.form_box.setTitle(self.tr("New reward"))
        self._clear_marks()
        self._show_allocations()

    def fill(self, row: RewardRow) -> None:
        """Load a reward into the form for editing."""
        self._editing = row.sku
        values = {
            "sku": row.sku,
            "name": row.name,
            "category": row.category,
            "points_price": f"{row.points_price:,}",
            "cash_yuan": format_fen(row.cash_price_fen, symbol=""),
            "central_stock": str(row.central_stock),
            "per_member_limit": "" if row.per_member_limit is None else str(row.per_member_limit),
            "valid_from": row.valid_from.isoformat() if row.valid_from else "",
            "valid_until": row.valid_until.isoformat() if row.valid_until else "",
        }
        for name, text in values.items():
            self.fields[name].setText(text)
        self.kind_box.setCurrentIndex(self.kind_box.findData(row.kind))
        self.stock_box.setCurrentIndex(self.stock_box.findData(row.stock_mode))
        self.tier_box.setCurrentIndex(max(0, self.tier_box.findData(row.min_tier_rank)))
        self.template_box.setCurrentIndex(
            max(0, self.template_box.findData(row.coupon_template_id or ""))
        )
        self.active_box.setChecked(row.active)
        self.picture.show_reward(row.sku)
        self._fixed_fields(editable=False)
        self.form_box.setTitle(self.tr("Reward {sku}").format(sku=row.sku))
        self._clear_marks()
        self._show_allocations()
        self._filled = self._form_state()

    @async_slot()
    async def save(self) -> None:
        """Check every field, then create or edit the reward on the central server."""
        if self._saving:
            return
        texts = {name: field.text() for name, field in self.fields.items()}
        texts.update(
            kind=self.kind_box.currentData() or "",
            stock_mode=self.stock_box.currentData() or "",
            coupon_template_id=self.template_box.currentData() or "",
        )
        draft, problems = parse_reward(
            texts,
            active=self.active_box.isChecked(),
            min_tier_rank=int(self.tier_box.currentData() or 0),
        )
        self._clear_marks()
        if draft is None:
            self._show_problems(problems)
            say(self.save_status, self.tr("Nothing was sent: correct the fields marked in red."))
            return
        editing = self._editing
        before = self.catalog.reward(editing) if self.catalog and editing else None
        changes: dict[str, Any] = {}
        if editing is not None:
            if before is None:
                say(self.save_status, self.tr("This reward is no longer in the catalog."))
                return
            changes = draft.changes_from(vars(before))
            if not changes and not self.picture.changed():
                say(self.save_status, self.tr("There are no changes to save."))
                return
        elif self.catalog is not None and self.catalog.reward(draft.sku) is not None:
            self._show_problems({"sku": "exists"})
            say(self.save_status, self.tr("Nothing was sent: correct the fields marked in red."))
            return
        if self.session.server_url is None:
            say(self.save_status, _standalone())
            return
        self._set_saving(True)
        try:
            if not await ensure_signed_in(self.session, self):
                say(self.save_status, self.tr("Not signed in: nothing was saved."))
                return
            say(self.save_status, self.tr("Saving…"))
            new_picture, remove_picture = self.picture.new_picture, self.picture.removing
            try:
                async with self.session.client() as client:
                    if editing is None:
                        await mall_admin.create_reward(client, draft)
                        self._created(draft.sku)
                    elif changes:
                        await mall_admin.edit_reward(client, editing, changes)
                    if new_picture is not None:
                        await mall_admin.set_image(client, draft.sku, new_picture)
                    elif remove_picture:
                        await mall_admin.remove_image(client, draft.sku)
            except SyncError as err:
                self._refused(err)
                return
            self.picture.sent(draft.sku)
            say(
                self.save_status,
                self.tr(
                    "Reward {sku} saved on the central server. The catalog shows it after "
                    "the next sync."
                ).format(sku=draft.sku),
            )
            self._editing = draft.sku
            self._fixed_fields(editable=False)
            self.form_box.setTitle(self.tr("Reward {sku}").format(sku=draft.sku))
            self._filled = self._form_state()
            self.sig_saved.emit()
        finally:
            self._set_saving(False)

    @async_slot()
    async def allocate(self) -> None:
        """Set what the chosen store holds of the selected store-stock reward."""
        if self._saving:
            return
        reward = self.catalog.reward(self._editing) if self.catalog and self._editing else None
        if reward is None or reward.stock_mode != "store":
            say(self.save_status, self.tr("Choose a reward with stock per store first."))
            return
        store = self.store_box.currentData()
        try:
            quantity = whole_number(self.quantity_field.text(), low=0, high=MAX_AMOUNT)
        except ValueError as err:
            _mark(self.quantity_field, True)
            say(
                self.save_status,
                self.tr("Quantity: {problem}. Nothing was sent.").format(
                    problem=_problem(str(err))
                ),
            )
            return
        _mark(self.quantity_field, False)
        if self.session.server_url is None:
            say(self.save_status, _standalone())
            return
        self._set_saving(True)
        try:
            if not await ensure_signed_in(self.session, self):
                say(self.save_status, self.tr("Not signed in: nothing was saved."))
                return
            try:
                async with self.session.client() as client:
                    done = await mall_admin.allocate_stock(client, reward.sku, store, quantity)
            except SyncError as err:
                self._refused(err)
                return
            say(
                self.save_status,
                self.tr(
                    "{store} now holds {quantity} of {sku} (was {previous}). The table shows "
                    "it after the next sync."
                ).format(
                    store=store, quantity=quantity, sku=reward.sku, previous=done.get("previous")
                ),
            )
            self.sig_saved.emit()
        finally:
            self._set_saving(False)

    # --- internals ------------------------------------------------------------------

    def _created(self, sku: str) -> None:
        # The reward exists on the server now: a picture refused after it is an edit.
        self._editing = sku
        self._fixed_fields(editable=False)
        self.form_box.setTitle(self.tr("Reward {sku}").format(sku=sku))

    def _picture_refused(self, code: str) -> None:
        say(
            self.save_status,
            self.tr("Image: {problem}. The image was not changed.").format(problem=_problem(code)),
        )

    def _show_rewards(self, *_args: object) -> None:
        if self.catalog is None:
            return
        text = self.search_field.text()
        shown = [r for r in self.catalog.rewards if matches(r, text)]
        self.model.set_rows(shown)
        self.view.resizeColumnsToContents()
        self.count_label.setText(
            self.tr("{shown} of {total} rewards").format(
                shown=len(shown), total=len(self.catalog.rewards)
            )
        )
        if self._editing is not None:
            for i, row in enumerate(shown):
                if row.sku == self._editing:
                    blocked = self.view.selectionModel().blockSignals(True)
                    self.view.selectRow(i)
                    self.view.selectionModel().blockSignals(blocked)

    def _refused(self, err: SyncError) -> None:
        if err.code == "sign_in_needed":
            self.session.forget()
        if isinstance(err, Refused) and err.params.get("status") == 403:
            text = self.tr("{user} may not make this change to the points mall.")
            say(self.save_status, text.format(user=self.session.username or ""))
            return
        say(self.save_status, save_error_text(err, self.session))

    def _form_state(self) -> tuple[object, ...]:
        return (
            self.picture.new_picture,
            self.picture.removing,
            *(field.text() for field in self.fields.values()),
            self.kind_box.currentData(),
            self.stock_box.currentData(),
            self.tier_box.currentData(),
            self.template_box.currentData(),
            self.active_box.isChecked(),
        )

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        row = self.selected()
        if row is not None and not self._saving:
            self.fill(row)

    def _fixed_fields(self, *, editable: bool) -> None:
        """What the central API fixes at creation (SKU, kind, category, stock, coupon)."""
        for widget in (
            self.fields["sku"],
            self.fields["category"],
            self.kind_box,
            self.stock_box,
            self.template_box,
        ):
            widget.setEnabled(editable)
        self._stock_mode_changed()
        self._kind_changed()

    def _stock_mode_changed(self, *_args: object) -> None:
        self.fields["central_stock"].setEnabled(self.stock_box.currentData() == "central")

    def _kind_changed(self, *_args: object) -> None:
        self.template_box.setEnabled(
            self._editing is None and self.kind_box.currentData() == "coupon"
        )

    def _show_allocations(self) -> None:
        reward = self.catalog.reward(self._editing) if self.catalog and self._editing else None
        usable = reward is not None and reward.stock_mode == "store"
        for widget in (self.store_box, self.quantity_field, self.allocate_button):
            widget.setEnabled(usable)
        if reward is None:
            text = self.tr("Select a reward with stock per store to allocate its stock.")
        elif not usable:
            text = self.tr("{sku} does not use stock per store.").format(sku=reward.sku)
        elif not reward.store_stock:
            text = self.tr("{sku}: no store holds any yet.").format(sku=reward.sku)
        else:
            text = ", ".join(f"{store}: {qty:,}" for store, qty in reward.store_stock.items())
        self.allocation_label.setText(text)

    def _show_problems(self, problems: dict[str, str]) -> None:
        lines = []
        for name, code in problems.items():
            widget = self.fields.get(name)
            if widget is not None:
                _mark(widget, True)
            label = self.labels.get(name, name)
            if code == "exists":
                lines.append(self.tr("{field}: a reward with this SKU exists").format(field=label))
            else:
                lines.append(f"{label}: {_problem(code)}")
        say(self.form_error, "\n".join(lines))

    def _clear_marks(self) -> None:
        for field in (*self.fields.values(), self.quantity_field):
            _mark(field, False)
        say(self.form_error, "")

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.new_button.setEnabled(not saving)
        self.picture.set_busy(saving)
        if saving:
            self.allocate_button.setEnabled(False)
        else:
            self._show_allocations()


def _problem(code: str) -> str:
    source = _PROBLEMS.get(code)
    return QCoreApplication.translate("MallPage", source) if source else code


def _standalone() -> str:
    return QCoreApplication.translate(
        "MallPage",
        "Saving needs a connection to the central server; this database is standalone. "
        "Nothing was saved.",
    )


def _mark(field: QLineEdit, bad: bool) -> None:
    field.setStyleSheet(f"background-color: {theme.DANGER_BACKGROUND};" if bad else "")
