"""Packaging: every kbassist package found on disk, plus the starter content as kbassist.starter."""

from setuptools import find_packages, setup

# pyproject.toml holds the metadata; package discovery cannot reach content/ (it ships as
# kbassist.starter through package-dir), so it is added to what discovery finds.
setup(packages=[*find_packages(include=["kbassist*"]), "kbassist.starter"])
