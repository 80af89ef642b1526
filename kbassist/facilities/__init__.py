"""Facilities customers can visit: loading, opening hours, locating, finding, importing."""

from kbassist.facilities.finder import Finder, FinderResult
from kbassist.facilities.locate import Gazetteer, Location, UnknownPlaceError
from kbassist.facilities.model import Facility, Place, load_facility_file, load_gazetteer

__all__ = [
    "Facility",
    "Finder",
    "FinderResult",
    "Gazetteer",
    "Location",
    "Place",
    "UnknownPlaceError",
    "load_facility_file",
    "load_gazetteer",
]
