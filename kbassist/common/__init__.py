"""Shared building blocks: text files, YAML with line marks, typed field readers, atomic writes."""

from kbassist.common.atomicfile import backup_path, write_atomic, write_failure_reason
from kbassist.common.fields import FieldReader, Scalar, scalar_facts
from kbassist.common.textfile import read_text
from kbassist.common.yamlio import LineMap, parse_yaml

__all__ = [
    "FieldReader",
    "LineMap",
    "Scalar",
    "backup_path",
    "parse_yaml",
    "read_text",
    "scalar_facts",
    "write_atomic",
    "write_failure_reason",
]
