"""Helpers that write small content folders for tests, and content several tests share."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from kbassist.content.folder import Content, load_content

ORG_SETTINGS = '[org]\nname = "Larkspur Home"\nemail = "help@larkspur.example"\n'

# Two London stores with opposite hours: Camden on weekdays only, Islington on Saturdays only.
LONDON_STORES = """
- id: camden
  name: Larkspur Camden
  services: [returns, repairs]
  address: [12 Parkway]
  city: London
  postcode: NW1 7AA
  country: GB
  lat: 51.5390
  lon: -0.1426
  phone: "+44 20 7946 0101"
  email: camden@larkspur.example
  timezone: Europe/London
  hours:
    mon: 09:00-17:30
    tue: 09:00-17:30
    wed: 09:00-17:30
    thu: 09:00-17:30
    fri: 09:00-17:30
- id: islington
  name: Larkspur Islington
  services: [repairs]
  address: [301 Upper Street]
  city: London
  postcode: N1 2TU
  country: GB
  lat: 51.5419
  lon: -0.1027
  timezone: Europe/London
  hours:
    sat: 10:00-16:00
"""

# A gazetteer with every kind of place: a postcode, a district, towns, accented names.
LONDON_PLACES = """place,lat,lon,kind,country
NW1 7AA,51.5390,-0.1426,postcode,GB
NW1,51.5330,-0.1440,district,GB
London,51.5072,-0.1276,city,GB
Manchester,53.4808,-2.2426,city,GB
Šentvid,46.0960,14.4660,city,SI
Ljubljana,46.0569,14.5058,city,SI
"""


def write(root: Path, relative: str, text: str | bytes) -> Path:
    """Write a file under root (creating folders); str is dedented and UTF-8 encoded."""
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(textwrap.dedent(text).lstrip("\n"), "utf-8")
    return path


def article(root: Path, ident: str, title: str, body: str = "Body text.", **meta: str) -> Path:
    """Write a simple article with front matter."""
    lines = [f"title: {title}", *(f"{k}: {v}" for k, v in meta.items())]
    front = "\n".join(lines)
    return write(root, f"articles/{ident}.md", f"---\n{front}\n---\n# {title}\n\n{body}\n")


def load_clean(root: Path, today: dt.date | None = None) -> Content:
    """The content of root, which must load without a single problem (they are named if not)."""
    content = load_content(root, today)
    assert [f"{p.location(root)}: {p.message}" for p in content.problems] == []
    return content


# Tone warnings (condescension, no apology) on line 12, as `kbassist check` reports them.
LATE_TEMPLATE = """---
title: Late parcel
kind: apology
language: en
max_words: 40
fields:
  customer_name: {label: Name, required: true}
  order_number: {label: Order, required: true}
---
Dear {{ customer_name }},

Your parcel {{ order_number }} is late. Obviously the courier will bring it tomorrow, and you
will receive a tracking link by email this evening.

Kind regards,
{{ agent.name }}
"""
