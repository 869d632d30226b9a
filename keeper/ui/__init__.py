"""The window: QApplication setup, the main window, one module per screen."""
