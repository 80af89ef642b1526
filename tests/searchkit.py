"""A small labelled content folder for search tests: each article is the answer to some query."""

from __future__ import annotations

from pathlib import Path

from tests.contentkit import article, write

REPLY = """
---
title: Apology for a late delivery
kind: apology
language: en
tags: [delivery, late, courier]
subject: "Your order {{ order_number }} is on its way"
fields:
  order_number: {label: Order number, type: text, required: true}
---
Dear customer,

I am sorry that order {{ order_number }} has not reached you yet. The courier was delayed.
"""

FACILITIES = """
- id: lj-center
  name: Larkspur Ljubljana
  services: [returns, repairs]
  address: [Slovenska cesta 1]
  city: Ljubljana
  postcode: "1000"
  country: SI
  lat: 46.05
  lon: 14.50
"""

FILLER = (
    "Agents read the answer aloud, then check the order number and the delivery date. "
    "Most customers call about the status of an order or a change of address. "
)


def labelled_content(root: Path) -> Path:
    """Write the labelled set; the comments name the query each article must win."""
    write(root, "synonyms.txt", "refund, money back, reimbursement\nparcel, package\n")
    write(root, "kbassist.toml", '[content]\ndefault_language = "en"\n')
    # "refund", "refu", "refnud", "money back"
    article(
        root,
        "refunds/refund-policy",
        "Refund policy",
        "Customers get their money within 30 days.\n\n" + FILLER,
        summary="A full refund within 30 days of delivery.",
        tags="[refund, returns]",
        category="refunds",
    )
    # A passing mention of refund in a long body must not beat the refund policy.
    article(
        root,
        "returns/how-to-return",
        "How to return an item",
        FILLER * 3 + "After the return arrives we send the refund. " + FILLER * 3,
        summary="Print the label and drop the box at any post office.",
        tags="[returns]",
        category="returns",
    )
    # "package" (synonym of parcel), "lost parcel"
    article(
        root,
        "delivery/lost-parcels",
        "Lost parcels",
        "When a parcel goes missing, open a courier investigation.\n\n" + FILLER,
        summary="Open an investigation with the courier after two days.",
        category="delivery",
        tags="[courier, missing]",
    )
    # "warrenty"
    article(
        root,
        "warranty/warranty-policy",
        "Warranty policy",
        "Every product has a two-year warranty.\n\n" + FILLER,
        summary="Two years of warranty on every product.",
        category="warranty",
    )
    # Heading weight: "chargeback" is a heading in one article, plain text in the other.
    article(
        root,
        "billing/card-disputes",
        "Card disputes",
        FILLER + "\n\n## Chargeback\n\nCall the billing team first.\n\n" + FILLER,
        summary="What to do when a customer disputes a card payment.",
        category="billing",
    )
    article(
        root,
        "billing/bank-letters",
        "Letters from the bank",
        FILLER + "\n\n## Letters\n\nA chargeback letter goes to the billing team.\n\n" + FILLER,
        summary="What to do when the bank writes to us.",
        category="billing",
    )
    # "original packaging" as a phrase wins over the two words apart.
    article(
        root,
        "returns/packaging",
        "Return conditions",
        "The item must be unused and in its original packaging.\n\n" + FILLER,
        summary="Unused items only.",
        category="returns",
    )
    article(
        root,
        "returns/gift-wrap",
        "Gift wrap",
        "The original receipt is needed. Gift packaging is free.\n\n" + FILLER,
        summary="Wrapping at the counter.",
        category="returns",
    )
    # Croatian with diacritics: "ispricati"; Slovenian word forms: "vračila".
    article(
        root,
        "complaints/apology.hr",
        "Kako se ispričati kupcu",
        "Važno je ispričati se kupcu zbog onoga što je pošlo po zlu.",
        summary="Isprika dolazi prva.",
        language="hr",
        category="complaints",
    )
    article(
        root,
        "refunds/refund-policy.sl",
        "Pravila o vračilu kupnine",
        "Stranke dobijo vračilo v 30 dneh. Po vračilu izdelka pošljemo denar.",
        summary="Vračilo kupnine v 30 dneh.",
        language="sl",
        category="refunds",
    )
    # Greek with tonos: "ανατροφοδοτηση".
    article(
        root,
        "complaints/feedback.el",
        "Σχόλια πελατών",
        "Καταγράψτε κάθε ανατροφοδότηση του πελάτη στο σύστημα.",
        summary="Πώς καταγράφουμε τα σχόλια.",
        language="el",
        category="complaints",
    )
    # Chinese: "退款"
    article(
        root,
        "refunds/refund-policy.zh",
        "退款政策",
        "大多数商品自送达之日起30天内可全额退款。",
        summary="三十天内全额退款。",
        language="zh",
        category="refunds",
    )
    # Language preference: the same words in English and Slovenian.
    article(
        root,
        "in-person/click-and-collect",
        "Click and collect",
        "Orders wait at the store for seven days. " + FILLER,
        summary="Collect orders at any store.",
        category="in-person",
    )
    article(
        root,
        "in-person/click-and-collect.sl",
        "Click and collect",
        "Naročila čakajo v trgovini sedem dni. " + FILLER,
        summary="Prevzem naročil v kateri koli trgovini (click and collect).",
        language="sl",
        category="in-person",
    )
    write(root, "replies/apology/late-delivery.md", REPLY)
    write(root, "facilities/stores.yaml", FACILITIES)
    return root
