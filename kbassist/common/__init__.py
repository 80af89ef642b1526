"""Shared building blocks: files, YAML with lines, field readers, language tags, folding, clock."""

from kbassist.common.atomicfile import backup_path, write_atomic, write_failure_reason
from kbassist.common.clock import Clock
from kbassist.common.fields import FieldReader, Scalar, scalar_facts
from kbassist.common.folding import fold
from kbassist.common.languages import normalise_tag, primary_language, same_language
from kbassist.common.textfile import read_text
from kbassist.common.yamlio import LineMap, parse_yaml

__all__ = [
    "Clock",
    "FieldReader",
    "LineMap",
    "Scalar",
    "backup_path",
    "fold",
    "normalise_tag",
    "parse_yaml",
    "primary_language",
    "read_text",
    "same_language",
    "scalar_facts",
    "write_atomic",
    "write_failure_reason",
]
