"""What the main window needs from the views it holds, checked at run time."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from kbassist.content.folder import Content
from kbassist.facilities.finder import Finder
from kbassist.facilities.locate import PlaceSource


@runtime_checkable
class ContentConsumer(Protocol):
    """A view that shows content and must hear when it is reloaded."""

    def set_content(self, content: Content) -> None:
        """Use this content from now on."""


@runtime_checkable
class TemplateOpener(Protocol):
    """The reply composer, as the window sees it."""

    def open_template(self, template_id: str) -> None:
        """Start a reply from this template."""


@runtime_checkable
class CustomerLanguage(Protocol):
    """A composer that writes in the customer's language."""

    def set_customer_language(self, tag: str, *, switch_open: bool = True) -> None:
        """Fill in templates in tag's language from now on (switch_open: the open reply too)."""


@runtime_checkable
class FacilityReceiver(Protocol):
    """A composer that can put a facility into a reply."""

    def use_facility(self, facility_id: str) -> bool:
        """Fill the reply's facility field; False when it could not."""


@runtime_checkable
class ComposerLifecycle(Protocol):
    """A composer that must save its draft before the window goes."""

    def shutdown(self) -> None:
        """Save the draft and stop timers."""


@runtime_checkable
class FacilityShower(Protocol):
    """A facility card, as the window sees it."""

    def show_facility_id(self, facility_id: str) -> None:
        """Show this facility."""


@runtime_checkable
class FinderView(Protocol):
    """The facility finder, whose finder is built off the GUI thread with each content load."""

    # The imported postcode list, shared with the content load to place facilities.
    more_places: PlaceSource | None

    def prepared_finder(self, content: Content) -> Finder:
        """A finder over content's facilities, ready for its first query (any thread)."""

    def set_content(self, content: Content, finder: Finder | None = None) -> None:
        """Use this content, and finder when given, from now on."""
