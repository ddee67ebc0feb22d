"""The back office's pages, one module each; the main window only puts them together."""
