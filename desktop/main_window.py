"""The back office's main window: assembles the pages, nothing else."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from core.services import DeviceServices
from desktop.pages.members import MembersPage


class MainWindow(QMainWindow):
    """One tab per page."""

    def __init__(self, services: DeviceServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("MemberDesk — Back office"))
        self.resize(1280, 800)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.members_page = MembersPage(services, self.tabs)
        self.tabs.addTab(self.members_page, self.tr("Members"))
        self.setCentralWidget(self.tabs)

    def start(self) -> None:
        """Load what the first page shows."""
        self.members_page.start()
