"""Reading CSV content files row by row, each bad row a problem with its line."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kbassist.common import i18n
from kbassist.problems import ProblemList

# After this many broken rows the file is plainly not CSV; stop rather than list them all.
MAX_ROW_PROBLEMS = 20


@dataclass(frozen=True)
class Row:
    """One data row: its first line in the file and its values by (trimmed) column name."""

    line: int
    values: dict[str, str]


def read_rows(
    text: str, path: Path, problems: ProblemList, lower_header: bool = False
) -> tuple[list[str], list[Row]]:
    """The header and the usable rows of a CSV text.

    A row with more values than the header has columns is reported and skipped (its values
    would land in the wrong columns); one with fewer is reported and read with blanks. A quote
    that is never closed is reported at the line where it opened.
    """
    records = list(_records(text, path, problems))
    if not records:
        return [], []
    _, _, header_cells = records[0]
    header = [h.strip().lower() if lower_header else h.strip() for h in header_cells]
    rows: list[Row] = []
    reported = 0
    last_line = text.count("\n") + (0 if text.endswith("\n") else 1)
    for start, end, cells in records[1:]:
        if not any(c.strip() for c in cells):
            continue  # a blank line
        problem = _shape_problem(cells, header, start, end, last_line)
        if problem is not None:
            reported += 1
            line, code, message, skip = problem
            if reported <= MAX_ROW_PROBLEMS:
                (problems.error if skip else problems.warning)(path, line, code, message)
            if skip:
                continue
        values = {
            name: (cells[i].strip() if i < len(cells) else "") for i, name in enumerate(header)
        }
        rows.append(Row(start, values))
    return header, rows


def _records(text: str, path: Path, problems: ProblemList) -> Iterator[tuple[int, int, list[str]]]:
    """(first line, last line, cells) of each record; a record csv refuses is reported."""
    reader = csv.reader(io.StringIO(text))
    previous = 0
    errors = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            errors += 1
            if errors <= MAX_ROW_PROBLEMS:
                problems.error(
                    path,
                    previous + 1,
                    "bad-csv-row",
                    i18n._(
                        "Row at line {value} cannot be read as CSV ({exc}). A value this long "
                        'usually means a quote (") was opened and never closed; close it.'
                    ).format(value=previous + 1, exc=exc),
                )
            previous = reader.line_num
            continue
        yield previous + 1, reader.line_num, cells
        previous = reader.line_num


def _shape_problem(
    cells: list[str], header: list[str], start: int, end: int, last_line: int
) -> tuple[int, str, str, bool] | None:
    if end > start and (len(cells) != len(header) or end >= last_line):
        opened = start
        for cell in cells:
            if "\n" in cell:
                break
            opened += cell.count("\n")
        if len(cells) != len(header) or not _closes(cells):
            return (
                opened,
                "unbalanced-quote",
                f'A quote (") opened at line {opened} is not closed before line {end}, so '
                "the lines between were read as one value. Close the quote, or double it "
                '("") to write a quote inside a value.',
                True,
            )
    if len(cells) > len(header):
        return (
            start,
            "csv-columns",
            f"Row at line {start} has {len(cells)} values but the header has {len(header)} "
            "columns, so it is skipped. Remove the extra values, or quote a value that "
            "contains a comma.",
            True,
        )
    if len(cells) < len(header):
        return (
            start,
            "csv-columns",
            f"Row at line {start} has {len(cells)} values but the header has {len(header)} "
            f"columns; the missing ones ({', '.join(header[len(cells) :])}) are read as blank. "
            "Add the missing commas.",
            False,
        )
    return None


def _closes(cells: list[str]) -> bool:
    # A value spanning to the end of the file that ends without a newline was closed properly.
    return not any(cell.endswith("\n") for cell in cells)
