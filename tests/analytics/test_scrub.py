"""Personal data never reaches the usage log: real-looking queries in every supported language."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbassist.analytics.scrub import (
    UNSCRUBBED,
    Scrubber,
    iban_valid,
    normalise,
)
from kbassist.content.settings import load_settings
from kbassist.problems import ProblemList

ORDERS = [r"\bLK-\d{6}\b", r"\b\d{3}-\d{7}-\d{7}\b"]


@pytest.fixture
def scrubber() -> Scrubber:
    return Scrubber(ORDERS)


@pytest.mark.parametrize(
    ("query", "stored"),
    [
        # English
        ("refund to ana.novak@gmail.com please", "refund to <email> please"),
        ("call back on +44 20 7946 0321", "call back on <phone>"),
        ("callback 020 7946 0958 evening", "callback <phone> evening"),
        ("card 4111 1111 1111 1111 declined", "card <card> declined"),
        ("amex 3782 822463 10005 charged twice", "amex <card> charged twice"),
        ("IBAN GB82 WEST 1234 5698 7654 32 refund", "IBAN <iban> refund"),
        ("deliver to SW1A 1AA tomorrow", "deliver to <postcode> tomorrow"),
        ("where is order LK-123456", "where is order <order>"),
        ("order 112-4567890-1234567 late", "order <order> late"),
        # Slovenian
        ("vračilo na SI56 1910 0000 0123 438", "vračilo na <iban>"),
        ("dostava 1000 Ljubljana, tel. 041 123 456", "dostava <postcode> Ljubljana, tel. <phone>"),
        ("pokličite +386 1 234 56 78", "pokličite <phone>"),
        ("račun za maja.kovac@siol.net", "račun za <email>"),
        # Croatian
        ("povrat novca HR12 1001 0051 8630 0016 0", "povrat novca <iban>"),
        ("dostava 10000 Zagreb, mob. 091 234 5678", "dostava <postcode> Zagreb, mob. <phone>"),
        ("narudžba LK-654321 kasni", "narudžba <order> kasni"),
        # Greek
        ("επιστροφή GR16 0110 1250 0000 0001 2300 695", "επιστροφή <iban>"),
        ("Αθήνα 105 57 τηλ. +30 210 123 4567", "Αθήνα <postcode> τηλ. <phone>"),
        ("κάρτα 5500 0000 0000 0004 χρέωση", "κάρτα <card> χρέωση"),
        ("email γιώργος.παπαδόπουλος@example.gr", "email <email>"),
        # Chinese
        ("快递 北京 100000 手机 138 1234 5678", "快递 北京 <postcode> 手机 <phone>"),
        ("退款 zhang.wei@163.com", "退款 <email>"),
        ("信用卡 6011111111111117 重复扣款", "信用卡 <card> 重复扣款"),
        ("订单 LK-777777 没到", "订单 <order> 没到"),
        # Chinese is written without spaces: numbers sit right against the words.
        ("我的电话是13812345678", "我的电话是<phone>"),
        ("账号DE89370400440532013000怎么办", "账号<iban>怎么办"),
        ("卡号4111111111111111被扣两次", "卡号<card>被扣两次"),
        ("北京市邮编100080的快递", "北京市邮编<postcode>的快递"),
        ("寄到SW1A 1AA了吗", "寄到<postcode>了吗"),
        # Written against a word in any script.
        ("tel0412345678", "tel<phone>"),
    ],
)
def test_personal_data_is_replaced(scrubber: Scrubber, query: str, stored: str) -> None:
    assert scrubber.scrub(query) == stored


@pytest.mark.parametrize(
    "query",
    [
        "30 day return policy",
        "iPhone 15 charger",
        "vračilo v 14 dneh",
        "jamstvo 2 godine",
        "επιστροφή χρημάτων",
        "退货 政策",
    ],
)
def test_ordinary_queries_are_kept(scrubber: Scrubber, query: str) -> None:
    assert scrubber.scrub(query) == query


def test_a_long_query_is_cut_after_scrubbing_never_through_an_address(
    scrubber: Scrubber,
) -> None:
    for pad in range(180, 200):
        for tail in ("ana.novak@gmail.com", "4111 1111 1111 1111", "GB82 WEST 1234 5698 7654 32"):
            stored = scrubber.scrub("x" * pad + " " + tail + " more words")
            assert len(stored) <= 200
            assert "ana.novak" not in stored and "4111" not in stored and "WEST" not in stored


def test_only_luhn_valid_numbers_are_cards(scrubber: Scrubber) -> None:
    # One digit off: not a card, but still a long number that is not kept.
    assert "<card>" not in scrubber.scrub("card 4111 1111 1111 1112")
    assert "4111" not in scrubber.scrub("card 4111 1111 1111 1112")


def test_only_ibans_with_right_check_digits_are_ibans() -> None:
    assert iban_valid("GB82 WEST 1234 5698 7654 32")
    assert not iban_valid("GB82 WEST 1234 5698 7654 33")
    assert not iban_valid("HELLO")


def test_a_bad_declared_pattern_is_left_out_not_fatal() -> None:
    scrubber = Scrubber(["(unclosed", r"\bLK-\d{6}\b"])
    assert scrubber.scrub("order LK-123456") == "order <order>"


def test_a_pattern_that_runs_too_long_withholds_the_query() -> None:
    scrubber = Scrubber([r"(a|aa)+$"])
    assert scrubber.scrub("a" * 60 + "!") == UNSCRUBBED


def test_queries_are_grouped_by_case_accents_and_spaces() -> None:
    assert normalise("  Vračilo   DENARJA ") == normalise("vracilo denarja")
    assert Scrubber().query("Vračilo DENARJA").text == "Vračilo DENARJA"


def test_order_numbers_are_declared_in_the_content_settings(tmp_path: Path) -> None:
    (tmp_path / "kbassist.toml").write_text(
        "[org]\nname = 'Larkspur'\n\n[privacy]\norder_numbers = ['\\bLK-\\d{6}\\b', '(open']\n",
        "utf-8",
    )
    problems = ProblemList()
    settings = load_settings(tmp_path, problems)
    assert settings.order_numbers == (r"\bLK-\d{6}\b",)
    [problem] = list(problems)
    assert problem.line == 5 and "'(open' is not a regular expression" in problem.message
    assert Scrubber(settings.order_numbers).scrub("LK-123456 late") == "<order> late"
