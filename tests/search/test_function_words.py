"""Function words: dropped from questions while a content word remains, per language."""

from __future__ import annotations

import pytest

from kbassist.search.function_words import is_function_word
from kbassist.search.groups import content_words
from kbassist.search.query import parse


@pytest.mark.parametrize(
    "word", ["how", "do", "I", "my", "hasn't", "hasnt", "kako", "što", "πώς", "μου", "kdaj"]
)
def test_question_words_of_each_language_are_function_words(word: str) -> None:
    for part in word.replace("'", " ").split():
        assert is_function_word(part), part


@pytest.mark.parametrize("word", ["refund", "not", "back", "PIN", "VAT", "vračilo", "退款"])
def test_content_words_negations_and_abbreviations_are_not(word: str) -> None:
    assert not is_function_word(word)


def _kept(query: str) -> list[str]:
    return [w.raw for w in content_words(parse(query))]


def test_questions_keep_their_content_words() -> None:
    assert _kept("how do I get my money back") == ["money", "back"]
    assert _kept("kako mogu vratiti proizvod") == ["vratiti", "proizvod"]
    assert _kept("my refund hasn't come") == ["refund"]


def test_digits_chinese_and_only_function_words_are_kept() -> None:
    assert _kept("what is 30") == ["30"]
    assert _kept("我 的 退款") == ["我", "的", "退款"]
    assert _kept("how do you") == ["how", "do", "you"]
