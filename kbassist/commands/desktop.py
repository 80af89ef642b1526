"""`kbassist open` and `kbassist install-desktop`: KB Assist as a part of the user's desktop."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from kbassist.commands import Subparsers, examples
from kbassist.common.i18n import _
from kbassist.desktop.entry import install_desktop_entry, remove_desktop_entry
from kbassist.desktop.instance import InstanceError, acquire_claim, send_to_running
from kbassist.desktop.links import (
    LinkError,
    Request,
    ShowRequest,
    refusal,
    request_from_argument,
)

log = logging.getLogger(__name__)


def register(
    subparsers: Subparsers[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add the open and install-desktop commands."""
    opener = subparsers.add_parser(
        "open",
        parents=[common],
        help=_("search, or open a kbassist:// link, in the running app (started if need be)"),
        description=_(
            "Bring the running KB Assist forward and search for WORDS or open a kbassist:// "
            "link in it; start the app first when none runs. This is what the desktop entry "
            "and a global keyboard shortcut run."
        ),
        **examples(
            (_("Search for words:"), 'kbassist open "late delivery"'),
            (_("Search in one language:"), 'kbassist open "izgubljen paket" --lang sl'),
            (_("Open an article:"), "kbassist open kbassist://article/returns/how-to-return"),
            (_("Nearest facilities:"), "kbassist open 'kbassist://facility?near=NW1 7AA'"),
        ),
    )
    opener.add_argument(
        "target",
        nargs="?",
        metavar="WORDS_OR_LINK",
        help=_("words to search for, or a kbassist:// link; none just brings the window forward"),
    )
    opener.add_argument("--lang", default="", metavar="TAG", help=_("search in this language"))
    # No run: the command line hands the request over, or starts the app with it.
    opener.set_defaults(open_request=True)

    installer = subparsers.add_parser(
        "install-desktop",
        parents=[common],
        help=_("add KB Assist to the application menu and let it open kbassist:// links"),
        description=_(
            "Install a desktop entry and an icon for the current user ($XDG_DATA_HOME), and "
            "make KB Assist the handler of kbassist:// links ($XDG_CONFIG_HOME/mimeapps.list). "
            "With --content, the entry starts KB Assist on that folder."
        ),
        **examples(
            (_("Add KB Assist to the menu:"), "kbassist install-desktop"),
            (_("The menu entry on a team's content:"), "kbassist install-desktop --content ~/kb"),
            (_("Take it out of the menu again:"), "kbassist install-desktop --remove"),
        ),
    )
    installer.add_argument(
        "--remove",
        action="store_true",
        help=_("remove the entry, the icon and the kbassist:// association it installed"),
    )
    installer.set_defaults(run=run_install)


def hand_over(args: argparse.Namespace) -> tuple[int | None, Request | None]:
    """For `kbassist` and `kbassist open`: give the request to the app that runs.

    Returns (exit status, None) when that is done or impossible, else (None, the request the
    app about to start must run; None for a plain start).
    """
    request: Request | None = None
    if getattr(args, "open_request", False) and (args.target or args.lang):
        try:
            request = request_from_argument(args.target or "", args.lang)
        except LinkError as exc:
            return _refuse(args.target or "", exc.message)
    # Held while looking: an app that is starting right now is waited for, not missed.
    claim = acquire_claim()
    try:
        if send_to_running(request or ShowRequest()):
            if request is None:
                print(_("KB Assist is already running: its window came forward."))
            return 0, None
    except InstanceError as exc:
        print(f"kbassist: {exc}", file=sys.stderr)
        return 1, None
    finally:
        if claim is not None:
            claim.release()
    return None, request


def _refuse(target: str, reason: str) -> tuple[int | None, Request | None]:
    """A request that is not run: said on stderr, in the log, and in the window.

    The desktop and softphones start `kbassist open LINK` with no terminal, so stderr alone
    would say it to nobody: a running app shows the reason, else the app starts to show it.
    From a terminal, where the sentence is read, no app is started for a mistyped link.
    """
    log.warning("kbassist open refused %r: %s", target[:300], reason)
    print(f"kbassist open: {reason}", file=sys.stderr)
    refused = refusal(reason)
    claim = acquire_claim()
    try:
        if send_to_running(refused):
            return 2, None
    except InstanceError as exc:
        log.warning("The running KB Assist did not show the refusal: %s", exc)
        return 2, None
    finally:
        if claim is not None:
            claim.release()
    if sys.stderr.isatty():
        return 2, None
    return None, refused


def run_install(args: argparse.Namespace) -> int:
    """Install (or, with --remove, take away) the desktop entry and say where it went."""
    option = getattr(args, "content", None)
    if args.remove:
        if option is not None:
            print(_("kbassist: --remove takes no --content."), file=sys.stderr)
            return 2
        return _run_remove()
    content = None
    if option is not None:
        content = Path(option).expanduser().resolve()
        if not content.is_dir():
            print(
                _(
                    "kbassist: the content folder {folder} does not exist (or is not a folder). "
                    "Give the folder that holds articles/ and replies/; nothing was installed."
                ).format(folder=content),
                file=sys.stderr,
            )
            return 2
    try:
        installed = install_desktop_entry(content=content)
    except OSError as exc:
        _cannot(_("kbassist: cannot install the desktop entry:{where} {reason}"), exc)
        return 1
    print(_("Installed {path}").format(path=installed.desktop_file))
    print(_("Installed {path}").format(path=installed.icon))
    print(_("kbassist:// links open KB Assist ({path})").format(path=installed.mime_defaults))
    if content is not None:
        print(_("The menu entry starts KB Assist on {folder}").format(folder=content))
    if not installed.database_updated:
        print(
            _(
                "update-desktop-database was not run (it is in desktop-file-utils); the menu "
                "may show KB Assist only after the next login."
            )
        )
    return 0


def _run_remove() -> int:
    try:
        removed = remove_desktop_entry()
    except OSError as exc:
        _cannot(_("kbassist: cannot remove the desktop entry:{where} {reason}"), exc)
        return 1
    for path in removed.removed:
        print(_("Removed {path}").format(path=path))
    if removed.mime_defaults is not None:
        print(
            _("kbassist:// links no longer open KB Assist ({path})").format(
                path=removed.mime_defaults
            )
        )
    if not removed.removed and removed.mime_defaults is None:
        print(_("The desktop entry was not installed: nothing to remove."))
    return 0


def _cannot(message: str, exc: OSError) -> None:
    """message (with {where} and {reason}) on stderr, naming the file that failed."""
    where = f" {exc.filename}" if exc.filename else ""
    print(message.format(where=where, reason=exc.strerror or exc), file=sys.stderr)
