"""One KB Assist per user: the running app listens for requests and shows what they ask for.

A second start, `kbassist open` and kbassist:// links reach the running window here (see
kbassist/desktop/instance.py for the other side): the window comes forward and searches,
opens an article or finds the nearest facilities. A link that `kbassist open` refused is
shown here too: started from a desktop or a softphone it has no terminal to say so on.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

from kbassist.desktop.instance import (
    ERROR_PREFIX,
    MAX_MESSAGE,
    OK,
    InstanceError,
    RequestRefusedError,
    acquire_claim,
    is_running,
    peer_is_this_user,
    prepare_socket_folder,
    send_to_running,
)
from kbassist.desktop.links import (
    ArticleRequest,
    FacilityRequest,
    LinkError,
    RefusedRequest,
    Request,
    SearchRequest,
    ShowRequest,
    parse_link,
    to_link,
)

if TYPE_CHECKING:  # annotations only: the main window may import what this module offers
    from filelock import BaseFileLock

    from kbassist.ui.main_window import MainWindow

log = logging.getLogger(__name__)
# A program that connects and says nothing is let go after this long.
READ_TIMEOUT_MS = 5000
# Long enough to read a refusal's sentence: nothing else on screen says what happened.
REFUSAL_MS = 20_000


class InstanceServer(QObject):
    """Listens on the user's socket; each valid request is emitted, each one answered.

    Requests that arrive before ready() (while the window is being built) wait for it.
    """

    # A request from another program, parsed and checked (a Request).
    requested = Signal(object)
    # A line the server refused, with the reason (what reached the socket was no request).
    refused = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}
        self._claim: BaseFileLock | None = None
        self._ready = False
        self._waiting: list[Request] = []

    def hold_claim(self, claim: BaseFileLock | None) -> None:
        """Keep the claim on being the app (see acquire_claim) until ready()."""
        self._claim = claim

    def ready(self) -> None:
        """Requests are run from now on: the waiting ones are emitted, the claim let go."""
        self._ready = True
        waiting, self._waiting = self._waiting, []
        for request in waiting:
            self.requested.emit(request)
        if self._claim is not None:
            self._claim.release()
            self._claim = None

    def listen(self) -> bool:
        """Start listening; False when another app already does (or the folder is unusable)."""
        try:
            path = str(prepare_socket_folder())
        except OSError as exc:
            log.warning("No single instance: the socket folder cannot be made (%s)", exc)
            return False
        if self._server.listen(path):
            return True
        in_use = QAbstractSocket.SocketError.AddressInUseError
        if self._server.serverError() == in_use and not is_running():
            # The file is left from an app that crashed: nobody answers on it.
            QLocalServer.removeServer(path)
            if self._server.listen(path):
                return True
        log.warning(
            "No single instance: cannot listen on %s (%s)", path, self._server.errorString()
        )
        return False

    def close(self) -> None:
        """Stop listening (the socket file is removed)."""
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            if not peer_is_this_user(int(connection.socketDescriptor())):
                log.warning("Refused a connection from a process of another user")
                connection.abort()
                connection.deleteLater()
                continue
            self._buffers[connection] = b""
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(lambda c=connection: self._forget(c))
            QTimer.singleShot(READ_TIMEOUT_MS, connection, lambda c=connection: self._drop(c))

    def _read(self, connection: QLocalSocket) -> None:
        if connection not in self._buffers:
            return
        data = self._buffers[connection] + bytes(connection.readAll().data())
        if b"\n" not in data and len(data) < MAX_MESSAGE:
            self._buffers[connection] = data
            return
        del self._buffers[connection]
        line = data.split(b"\n", 1)[0]
        try:
            request = parse_link(line.decode("utf-8"), refusals=True)
        except UnicodeDecodeError:
            self._refuse(connection, "the request is not UTF-8 text.")
            return
        except LinkError as exc:
            self._refuse(connection, exc.message)
            return
        log.info("Request from another program: %s", to_link(request))
        if self._ready:
            self.requested.emit(request)
        else:
            self._waiting.append(request)
        self._answer(connection, OK)

    def _refuse(self, connection: QLocalSocket, reason: str) -> None:
        log.warning("Refused a request from another program: %s", reason)
        self._answer(connection, ERROR_PREFIX + reason)
        if self._ready:
            self.refused.emit(reason)

    def _answer(self, connection: QLocalSocket, answer: str) -> None:
        connection.write(answer.encode("utf-8") + b"\n")
        connection.flush()
        connection.disconnectFromServer()

    def _drop(self, connection: QLocalSocket) -> None:
        if shiboken6.isValid(connection) and connection in self._buffers:
            self._forget(connection)
            connection.abort()

    def _forget(self, connection: QLocalSocket) -> None:
        self._buffers.pop(connection, None)
        if shiboken6.isValid(connection):
            connection.deleteLater()


def bring_forward(window: QWidget) -> None:
    """Show window in front, restored if it was minimised or hidden in the tray."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    # The offscreen platform (tests, screenshots) has no stacking order, and warns if asked.
    if QGuiApplication.platformName() != "offscreen":
        window.raise_()
    window.activateWindow()


def run_request(window: MainWindow, request: Request, *, at_start: bool = False) -> None:
    """Bring the window forward and do what request asks; waits for the content if need be.

    at_start: request is the one this app was started with.
    """
    bring_forward(window)
    if isinstance(request, ShowRequest):
        window.focus_search()  # as at start: the cursor in the search box, ready to type
        return
    if isinstance(request, RefusedRequest):
        show_refusal(window, request.reason, boxed=at_start)
        return
    needs_content = isinstance(request, ArticleRequest | FacilityRequest) or (
        isinstance(request, SearchRequest) and request.language
    )
    if window.content is None and needs_content:
        # Started by this very request: articles, facilities and the languages the content
        # is written in are known once it is read.
        def when_loaded() -> None:
            window.content_reloaded.disconnect(when_loaded)
            run_request(window, request)

        window.content_reloaded.connect(when_loaded)
        if isinstance(request, SearchRequest):
            _search(window, SearchRequest(request.query))  # the words show at once
        return
    if isinstance(request, SearchRequest):
        _search(window, request)
    elif isinstance(request, ArticleRequest):
        _open_article(window, request)
    elif isinstance(request, FacilityRequest):
        _find_facility(window, request)


def show_refusal(window: MainWindow, reason: str, *, boxed: bool) -> None:
    """Say in the window why a link was not opened: in the status bar, and in a message box
    when the app was started for it (the status bar then soon says the content is read)."""
    bring_forward(window)
    window.statusBar().showMessage(
        QCoreApplication.translate("single_instance", "A link was not opened: {0}").format(reason),
        REFUSAL_MS,
    )
    log.warning(
        "Showed why a link was not opened%s: %s", " (in a message box)" if boxed else "", reason
    )
    if not boxed:
        return
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("single_instance", "Link not opened"),
        reason,
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # the link in the reason is not markup
    box.setInformativeText(
        QCoreApplication.translate(
            "single_instance",
            "Another program asked KB Assist to open this link. Nothing was opened.",
        )
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # Not modal: the agent can search with the notice still open beside the window.
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()


def _open_article(window: MainWindow, request: ArticleRequest) -> None:
    window.tabs.setCurrentWidget(window.detail)
    content = window.content
    if content is None or request.article_id not in content.articles:
        # The card shown before is not what was asked for: it does not stay as if it were.
        window.show_nothing()
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "single_instance", "There is no article '{0}' in the content."
            ).format(request.article_id),
            REFUSAL_MS,
        )
        log.warning("Asked for the article %s, which is not in the content", request.article_id)
        return
    window.open_item("article", request.article_id)
    log.info("Opened the article %s", request.article_id)


def _search(window: MainWindow, request: SearchRequest) -> None:
    panel = window.search_panel
    window.tabs.setCurrentWidget(window.detail)  # where the results are read
    window.focus_search()
    filter_index = panel.language_filter.findData(request.language) if request.language else 0
    if filter_index < 0:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "single_instance", "No content in “{0}”: searching every language."
            ).format(request.language),
            8000,
        )
        filter_index = 0
    panel.language_filter.setCurrentIndex(filter_index)
    panel.search_box.setText(request.query)
    panel.search_box.selectAll()  # typing next replaces the query, as after Ctrl+K
    log.info("Searching for %r (language filter %r)", panel.search_box.text(), panel.language)


def _find_facility(window: MainWindow, request: FacilityRequest) -> None:
    finder = window.finder
    location_box = getattr(finder, "location_box", None)
    search_now = getattr(finder, "search_now", None)
    if finder is None or location_box is None or search_now is None:
        window.statusBar().showMessage(
            QCoreApplication.translate("single_instance", "This window has no facility finder."),
            8000,
        )
        return
    window.tabs.setCurrentWidget(finder)
    location_box.setText(request.near)
    search_now()
    location_box.setFocus()
    log.info("Finding facilities near %r", location_box.text())


def claim_instance(request: Request | None) -> InstanceServer | None:
    """Become the running app, listening for requests; None when another app runs and took
    request (or its call to come forward). A server that cannot listen is still returned:
    the app then runs on its own, as before single instance.

    The claim (an exclusive lock) is held from before looking for a running app until
    serve_window: a start at the same moment waits, then finds this app ready.
    """
    claim = acquire_claim()
    try:
        handed_over = send_to_running(request or ShowRequest())
        if handed_over:
            log.info("KB Assist is already running: the request went to it")
    except RequestRefusedError as exc:
        # It runs, and its window says why: a second app would not open the link either.
        log.warning("The running KB Assist refused the request: %s", exc)
        handed_over = True
    except InstanceError as exc:
        # It does not answer: this one runs instead, and takes over the socket.
        log.warning("The running KB Assist did not take the request: %s", exc)
        handed_over = False
    if handed_over:
        if claim is not None:
            claim.release()
        return None
    server = InstanceServer()
    if server.listen():
        server.hold_claim(claim)
    elif claim is not None:
        claim.release()
    return server


def serve_window(server: InstanceServer, window: MainWindow, request: Request | None) -> None:
    """Run each request that reaches server on window, and request (the start's own) now."""
    server.setParent(window)
    server.requested.connect(lambda asked: run_request(window, asked))
    server.refused.connect(lambda reason: show_refusal(window, reason, boxed=False))
    server.ready()
    log.info("Ready for requests from other programs")
    if request is not None:
        run_request(window, request, at_start=True)
