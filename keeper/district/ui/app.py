"""``keeper district`` with no further command: the district window."""
from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QTimer

from keeper.errors import KeeperError

log = logging.getLogger(__name__)


def run_district_window(folder, db_url: str | None = None, language: str | None = None, *,
                        quit_after_ms: int | None = None) -> int:
    """Open the district in ``folder`` in its window; return the process exit status."""
    from keeper.district.store import open_district
    from keeper.ui.app import create_application, prepare_application
    from keeper.ui.crash import install_excepthook

    app = create_application(sys.argv[:1])
    install_excepthook()
    prepare_application(app, language)
    try:
        store = open_district(folder, db_url)
    except (KeeperError, OSError) as exc:
        # As every command says a problem: one message on stderr, exit status 1 (a window
        # over nothing would only say the same; `keeper district init` comes first).
        text = exc.message(QCoreApplication.translate) if isinstance(exc, KeeperError) \
            else str(exc)
        log.error("cannot open the district: %s", text)
        print(text, file=sys.stderr)
        return 1
    from keeper.district.ui.window import DistrictWindow

    window = DistrictWindow(store)
    window.show()
    if quit_after_ms is not None:
        QTimer.singleShot(quit_after_ms, window.close)
    try:
        return app.exec()
    finally:
        store.close()
