"""The tone checker engine: spans, word boundaries, fixes, metrics, languages and kinds."""

from __future__ import annotations

import socket

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kbassist.common.luhn import luhn_valid as luhn
from kbassist.content.settings import ContentSettings
from kbassist.tone.checker import Finding, ToneChecker, apply_fix

GREETING = "Dear Anna,\n\n"
SIGN_OFF = "\n\nKind regards,\nSam"


@pytest.fixture(scope="module")
def checker() -> ToneChecker:
    return ToneChecker.load(None)


def rules(findings: list[Finding]) -> list[str]:
    return [f.rule for f in findings]


def only(findings: list[Finding], rule: str) -> Finding:
    found = [f for f in findings if f.rule == rule]
    assert len(found) == 1, [(f.rule, f.message) for f in findings]
    return found[0]


def test_a_finding_has_its_span_line_column_and_message(checker: ToneChecker) -> None:
    text = "Dear Anna,\n\nThanks for writing. Obviously the code is on the box."
    finding = only(checker.check(text).findings, "condescension")
    assert text[finding.start : finding.end] == "Obviously"
    assert (finding.line, finding.column) == (3, 21)
    assert finding.category == "condescension"
    assert finding.severity == "warning"
    assert "“Obviously”" in finding.message
    assert finding.replacement is None


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Just click the link in the email.", True),
        ("You can just send us a photo.", True),
        ("We will adjust the date for you.", False),
        ("Justice matters to us.", False),
        ("The parcel has just been sent.", False),
        ("I just wanted to say thank you.", False),
    ],
)
def test_just_is_flagged_only_as_a_whole_word_before_a_step(
    checker: ToneChecker, text: str, flagged: bool
) -> None:
    found = "condescension-just" in rules(checker.check(text).findings)
    assert found is flagged


def test_tokens_match_any_case_any_spacing_and_either_apostrophe(checker: ToneChecker) -> None:
    text = "We CAN'T do that. We can’t ship it. You\nfailed   to pay, and we cannot help."
    found = checker.check(text).findings
    assert [(f.rule, text[f.start : f.end]) for f in found if f.category != "negativity"] == [
        ("shouting", "CAN'T"),
        ("blame", "You\nfailed   to"),
    ]
    negatives = [f for f in found if f.rule == "negativity-stacked"]
    assert [text[f.start : f.end] for f in negatives] == ["cannot"]  # the third "no"


def test_substitution_offers_a_fix_in_the_right_case(checker: ToneChecker) -> None:
    text = "Kindly reply ASAP. We will reply, kindly and fast, as per the policy."
    fixes = {
        text[f.start : f.end]: f.replacement for f in checker.check(text).findings if f.replacement
    }
    assert fixes == {
        "Kindly": "Please",
        "ASAP": "as soon as possible",
        "kindly": "please",
        "as per": "in line with",
    }


def test_apply_fix_replaces_the_span_and_leaves_the_rest(checker: ToneChecker) -> None:
    text = "Dear Anna,\n\nIn order to help, T2 will call you."
    report = checker.check(text)
    for finding in sorted(report.findings, key=lambda f: -f.start):
        text = apply_fix(text, finding)
    assert text == "Dear Anna,\n\nTo help, our specialist team will call you."
    assert checker.check(text).findings == []


def test_apply_fix_without_a_replacement_changes_nothing(checker: ToneChecker) -> None:
    text = "Obviously it is on the box."
    finding = only(checker.check(text).findings, "condescension")
    assert apply_fix(text, finding) == text


def test_apply_fix_rejects_a_span_outside_the_text(checker: ToneChecker) -> None:
    finding = only(checker.check("Kindly wait.").findings, "plain-words")
    with pytest.raises(ValueError, match="outside the text"):
        apply_fix("Hi", finding)


def test_template_placeholders_are_neutral_words(checker: ToneChecker) -> None:
    text = (
        "Dear {{ customer_name }},\n\n"
        '{% if remedy == "a full refund obviously" %}Your {{ item_name | upper }} is on its way.'
        "{% endif %} Your {{ kb['x'].PASSWORD }} stays safe.{# SIMPLY a note #}"
    )
    report = checker.check(text)
    assert report.findings == []
    assert report.metrics.words == 12  # each {{ }} counts as one word, tags as none


def test_a_refund_tied_to_a_policy_fact_is_not_a_promise_beyond_it(checker: ToneChecker) -> None:
    with_policy = (
        "Once it is collected, we will issue a full refund. It reaches you in "
        '{{ kb["refunds/refund-policy"].refund_processing_days }}.'
    )
    without = "Once it is collected, we will issue a full refund and add £20 compensation."
    assert checker.check(with_policy).findings == []
    money = [f for f in checker.check(without).findings if f.rule == "commitment-compensation"]
    assert [without[f.start : f.end] for f in money] == ["full refund", "compensation"]


def test_money_promised_in_a_sentence_is_flagged(checker: ToneChecker) -> None:
    text = "I will credit your account with £25 today. We charged you £149.99 in May."
    finding = only(checker.check(text).findings, "commitment-compensation")
    assert text[finding.start : finding.end] == "I will credit your account with £25"


def test_occurrence_flags_only_the_ones_past_the_maximum(checker: ToneChecker) -> None:
    text = "I'm sorry. We apologise. Sorry again. Our apologies."
    excess = [f for f in checker.check(text).findings if f.rule == "apology-excess"]
    assert [text[f.start : f.end] for f in excess] == ["Sorry", "apologies"]
    assert "4 times" in excess[0].message


def test_shouting_flags_runs_of_capitals_but_not_acronyms_or_codes(
    checker: ToneChecker,
) -> None:
    text = "PLEASE DO NOT send it. Your PDF and VAT receipt for LK-123456 and ABC123 are OK."
    shouting = [f for f in checker.check(text).findings if f.category == "shouting"]
    assert [(text[f.start : f.end], f.replacement) for f in shouting] == [
        ("PLEASE DO NOT", "Please do not")
    ]


def test_stacked_exclamation_marks_and_a_second_one(checker: ToneChecker) -> None:
    text = "Thank you!! We loved it! Really!"
    found = [(f.rule, text[f.start : f.end]) for f in checker.check(text).findings]
    assert found == [("shouting-punctuation", "!!"), ("exclamation", "!")]


@pytest.mark.parametrize(
    ("number", "valid"),
    [("4539148803436467", True), ("4539148803436468", False), ("79927398713", True)],
)
def test_luhn(number: str, valid: bool) -> None:
    assert luhn(number) is valid


def test_card_numbers_must_pass_luhn_and_have_13_to_19_digits(checker: ToneChecker) -> None:
    text = (
        "Card 4539-1488-0343-6467 was charged. Order 4539148803436468 and phone "
        "+44 20 7946 0321 are fine, and so is reference 1234567890."
    )
    finding = only(checker.check(text).findings, "card-number")
    assert text[finding.start : finding.end] == "4539-1488-0343-6467"
    assert finding.severity == "error"
    assert finding.replacement == "•••• 6467"


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Your new password is Summer2024 until you change it.", True),
        ("password: hunter22", True),
        ("Your password is now reset, so choose a new one.", False),
        ("We will never ask for your password.", False),
        ("Your PIN has been reset to 4821 for today.", True),
        ('Your temporary password is "tulip".', True),
        ("Your password is successfully updated.", False),
        ("Your password is encrypted, and your PIN is printed on the letter.", False),
        ("Your password has been reset to the default, so choose a new one.", False),
        ("Your password is 8 characters long.", False),
    ],
)
def test_passwords_in_a_reply_are_errors(checker: ToneChecker, text: str, flagged: bool) -> None:
    found = checker.check(text).findings
    assert ("password" in rules(found)) is flagged


def test_length_uses_the_template_target_then_the_content_default() -> None:
    checker = ToneChecker.load(None, ContentSettings(max_words=12))
    text = "We have sent your parcel today and you will receive a tracking link by email soon."
    default = checker.check(text)
    assert default.metrics.max_words == 12
    finding = only(default.findings, "length")
    assert text[finding.start : finding.end] == "link by email soon"
    assert "16 words; the target is 12" in finding.message
    assert checker.check(text, max_words=20).findings == []


def test_long_sentences_are_flagged_with_their_word_count(checker: ToneChecker) -> None:
    long = " ".join(["word"] * 40) + "."
    text = f"Short one. {long} Another short one."
    finding = only(checker.check(text).findings, "sentence-length")
    assert text[finding.start : finding.end] == long
    assert "40 words" in finding.message


def test_metrics_count_words_sentences_and_english_readability(checker: ToneChecker) -> None:
    text = "Dear Anna,\n\nYour parcel is on its way. It will arrive on Friday.\n\n- Item one\n- Two"
    metrics = checker.check(text, max_words=50).metrics
    assert (metrics.words, metrics.sentences) == (16, 5)
    assert metrics.avg_sentence_length == 3.2
    assert metrics.reading_measure == "Coleman-Liau grade"
    assert metrics.reading_score is not None
    assert metrics.max_words == 50
    assert metrics.language == "en"


def test_hard_text_gets_a_readability_finding_on_its_longest_sentence(
    checker: ToneChecker,
) -> None:
    hard = (
        "Notwithstanding contractual stipulations, remuneration eligibility necessitates "
        "comprehensive documentary substantiation. "
    ) * 6 + "Consequently, reimbursement authorisation remains conditional upon verification."
    finding = only(checker.check(hard).findings, "readability")
    assert "Coleman-Liau grade" in finding.message


def test_readability_never_fetches_data(
    checker: ToneChecker, monkeypatch: pytest.MonkeyPatch
) -> None:
    # English syllable counts would need a pronouncing dictionary fetched over the network;
    # the formulas here count letters (English) or use pyphen's bundled dictionaries.
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a network connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    for language in ("en", "de", "es", "fr", "it", "nl", "ru"):
        metrics = checker.check("Ein kurzer Satz. Noch einer hier.", language=language).metrics
        assert metrics.reading_score is not None, language


def test_a_language_without_a_valid_formula_gets_no_reading_score(checker: ToneChecker) -> None:
    for language, text in (
        ("sl", "To je kratek stavek. In še eden tukaj."),
        ("hr", "Ovo je kratka rečenica. I još jedna ovdje."),
        ("el", "Αυτή είναι μια σύντομη πρόταση. Και μία ακόμη εδώ."),
        ("zh", "这是一个短句。这里还有一个。"),
    ):
        metrics = checker.check(text, language=language).metrics
        assert metrics.reading_score is None, language
        assert metrics.reading_measure == "words per sentence"
        assert metrics.sentences == 2


@pytest.mark.parametrize(
    ("tag", "pack"),
    [
        ("sl-SI", "sl"),
        ("zh_Hans_CN", "zh"),
        ("EN", "en"),
        ("", "*"),
        ("el-GR", "el"),
        ("hr", "hr"),
        ("fi", "*"),
    ],
)
def test_the_pack_is_chosen_by_the_primary_language(
    checker: ToneChecker, tag: str, pack: str
) -> None:
    assert checker.pack(tag).language == pack


def test_the_pack_follows_the_reply_language(checker: ToneChecker) -> None:
    text = "Preprosto kliknite povezavo. Obviously."
    slovene = checker.check(text, language="sl-SI")
    assert rules(slovene.findings) == ["condescension"]
    assert slovene.findings[0].start == 0
    assert slovene.metrics.language == "sl"
    assert slovene.metrics.reading_score is None
    english = checker.check(text, language="en-GB")
    assert [text[f.start : f.end] for f in english.findings] == ["Obviously"]


def test_an_unknown_language_gets_the_generic_rules_and_a_note(checker: ToneChecker) -> None:
    text = "OBVIOUSLY just click. Card 4539 1488 0343 6467."
    report = checker.check(text, language="fi", max_words=3)
    assert sorted(rules(report.findings)) == ["card-number", "length", "shouting"]
    assert len(report.notes) == 1
    assert "tone/fi.yaml" in report.notes[0]
    assert checker.check(text, language="en").notes == ()


def test_chinese_counts_characters_and_splits_at_full_stops(checker: ToneChecker) -> None:
    text = "您好：感谢您的来信。我们会尽快处理！请放心。Order LK-123456 shipped."
    metrics = checker.check(text, language="zh-CN").metrics
    assert metrics.sentences == 4
    assert metrics.words == 18 + 3  # Chinese characters, then three Latin words


def test_context_rules_follow_the_template_kind(checker: ToneChecker) -> None:
    body = (
        "Dear Anna,\n\nYour order was delayed at our warehouse. It has now been sent and will "
        "arrive soon, and a tracking link will follow by email this evening.\n\nKind regards,\nSam"
    )
    assert rules(checker.check(body, kind="apology").findings) == ["apology-missing"]
    assert rules(checker.check(body, kind="Information").findings) == []
    assert rules(checker.check(body, kind="escalation").findings) == ["escalation-next-step"]
    assert rules(checker.check(body).findings) == []


def test_greeting_and_sign_off_are_required_once_a_draft_has_some_length(
    checker: ToneChecker,
) -> None:
    short = "Your refund was issued today."
    assert checker.check(short).findings == []
    body = " ".join(["Your refund was issued today and reaches you in a week."] * 3)
    found = checker.check(body).findings
    assert rules(found) == ["greeting", "sign-off"] or rules(found) == ["sign-off", "greeting"]
    assert checker.check(GREETING + body + SIGN_OFF).findings == []


def test_hedging_ignores_kind_of_as_a_question(checker: ToneChecker) -> None:
    assert checker.check("What kind of sofa do you have?").findings == []
    assert rules(checker.check("It is kind of late.").findings) == ["hedging"]


def test_disabled_rules_from_the_settings_are_off() -> None:
    checker = ToneChecker.load(None, ContentSettings(disabled_rules=("condescension", "hedging")))
    assert checker.check("Obviously, I think so.").findings == []


def test_empty_and_blank_drafts_have_no_findings(checker: ToneChecker) -> None:
    for text in ("", "   \n\n  ", "{{ x }}"):
        report = checker.check(text)
        assert report.findings == []
        assert report.metrics.sentences <= 1


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_any_text_gives_findings_inside_it(text: str) -> None:
    checker = ToneChecker.load(None)
    for language in ("en", "sl", "zh", "xx"):
        report = checker.check(text, language=language)
        for finding in report.findings:
            assert 0 <= finding.start < finding.end <= len(text)
            line_start = text.rfind("\n", 0, finding.start) + 1
            assert finding.line == text.count("\n", 0, finding.start) + 1
            assert finding.column == finding.start - line_start + 1
            if finding.replacement is not None:
                fixed = apply_fix(text, finding)
                assert fixed.endswith(text[finding.end :])
