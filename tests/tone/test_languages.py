"""Rule packs per language: inflected forms, accents, final sigma, Chinese without spaces."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kbassist.problems import ProblemList
from kbassist.tone.checker import Finding, ToneChecker, apply_fix
from kbassist.tone.text import without_accents

# Categories the English pack covers; every built-in pack must cover them too.
CATEGORIES = {
    "blame",
    "shouting",
    "condescension",
    "negativity",
    "legal",
    "apology",
    "hedging",
    "jargon",
    "plain-language",
    "personal-data",
    "length",
    "courtesy",
    "next-step",
}
PACKS = ("sl", "hr", "el", "zh")


@pytest.fixture(scope="module")
def checker() -> ToneChecker:
    return ToneChecker.load(None)


def found(findings: list[Finding], text: str, rule: str | None = None) -> list[str]:
    return [text[f.start : f.end] for f in findings if rule is None or f.rule == rule]


def test_english_covers_the_categories(checker: ToneChecker) -> None:
    assert {r.rule.category for r in checker.pack("en").rules} >= CATEGORIES


@pytest.mark.parametrize("language", PACKS)
def test_each_pack_covers_every_category_in_its_own_words(
    checker: ToneChecker, language: str
) -> None:
    pack = checker.pack(language)
    assert pack.language == language
    assert {r.rule.category for r in pack.rules} >= CATEGORIES
    english = {r.rule.id: r.rule.message for r in checker.pack("en").rules}
    # A language without a pack of its own gets the generic rules.
    generic = {r.rule.id: r.rule.message for r in checker.pack("fi").rules}
    for compiled in pack.rules:
        rule = compiled.rule
        # No message is left in English: each is the pack's own.
        assert rule.message not in (english.get(rule.id), generic.get(rule.id)), rule.id
        assert not rule.message.isascii(), rule.id


@pytest.mark.parametrize(
    "text",
    [
        "To je bilo δικό σας λάθος.",
        "To je bilo δικο σας λαθος.",
        "ΗΤΑΝ ΔΙΚΟ ΣΑΣ ΛΑΘΟΣ.",
        "Ήταν δικό σας λάθοσ.",
    ],
)
def test_greek_matches_with_or_without_accents_and_final_sigma(
    checker: ToneChecker, text: str
) -> None:
    report = checker.check(text, language="el")
    assert [f.rule for f in report.findings if f.category == "blame"] == ["blame"]
    # The span points at the writer's own letters, accents and all.
    blamed = found(report.findings, text, "blame")[0]
    assert without_accents(blamed.lower()) == "δικο σασ λαθοσ"
    assert blamed in text


def test_without_accents_keeps_length_and_case() -> None:
    text = "Ήταν ΛΆΘΟΣ σας; Žao nam je, Đuro. ﬁ…²"
    bare = without_accents(text)
    assert len(bare) == len(text)
    assert bare == "Ηταν ΛΑΘΟΣ σασ; Zao nam je, Duro. ﬁ…²"


@given(st.text())
def test_without_accents_never_moves_an_offset(text: str) -> None:
    bare = without_accents(text)
    assert len(bare) == len(text)
    assert [c.isspace() for c in bare] == [c.isspace() for c in text]


def test_greek_inflected_blame_and_its_conditional_are_told_apart(checker: ToneChecker) -> None:
    text = (
        "Ξεχάσατε να επισυνάψετε την απόδειξη. Αν ξεχάσατε να την κρατήσετε, γράψτε μας. "
        "Όπως σας ανέφερα ήδη, θα έπρεπε να είχατε ελέγξει τη διεύθυνση. "
        "Θα έπρεπε να έχετε λάβει email."
    )
    assert found(checker.check(text, language="el").findings, text, "blame") == [
        "Ξεχάσατε να",
        "Όπως σας ανέφερα ήδη",
        "θα έπρεπε να είχατε ελέγξει",
    ]


def test_the_greek_question_mark_ends_a_sentence(checker: ToneChecker) -> None:
    assert checker.check("Πώς μπορώ να βοηθήσω; Γράψτε μας.", language="el").metrics.sentences == 2


def test_a_greek_fix_agrees_with_its_article_and_enclitic(checker: ToneChecker) -> None:
    text = "Το ticket σας προωθήθηκε στο T2."
    report = checker.check(text, language="el")
    fixes = [f for f in report.findings if f.rule == "jargon"]
    assert [(text[f.start : f.end], f.replacement) for f in fixes] == [
        ("ticket σας", "αίτημά σας"),
        ("στο T2", "στην εξειδικευμένη ομάδα"),
    ]
    fixed = apply_fix(apply_fix(text, fixes[1]), fixes[0])
    assert fixed == "Το αίτημά σας προωθήθηκε στην εξειδικευμένη ομάδα."


def test_a_security_assurance_is_no_absolute_promise(checker: ToneChecker) -> None:
    for language, text in (
        ("el", "Ποτέ δεν θα σας ζητήσουμε τον κωδικό σας. Αυτό δεν θα ξανασυμβεί ποτέ."),
        ("hr", "Nikada Vas nećemo tražiti lozinku. To se nikada više neće ponoviti."),
        ("zh", "我们绝不会向您索要密码。这种情况以后不会再发生。"),
    ):
        report = checker.check(text, language=language)
        absolute = found(report.findings, text, "commitment-absolute")
        assert len(absolute) == 1, (language, absolute)
        assert text.index(absolute[0]) > text.index("。" if language == "zh" else ".")


@pytest.mark.parametrize(
    ("text", "blamed"),
    [
        ("Zaboravili ste priložiti račun.", "Zaboravili ste priložiti"),
        ("Vi ste zaboravili poslati obrazac.", "ste zaboravili poslati"),
        ("Niste pažljivo pročitali upute.", "Niste pažljivo pročitali"),
        ("Trebali ste provjeriti adresu.", "Trebali ste provjeriti"),
        ("Kao što sam Vam već napisao, jamstvo traje dvije godine.", "Kao što sam Vam već napisao"),
        (
            "Kao što smo Vam rekli nekoliko puta, račun je obavezan.",
            "Kao što smo Vam rekli nekoliko puta",
        ),
        ("To nije bila naša greška.", "nije bila naša greška"),
        ("Vasom greskom paket je vracen.", "Vasom greskom"),
    ],
)
def test_croatian_blame_in_its_forms(checker: ToneChecker, text: str, blamed: str) -> None:
    report = checker.check(text, language="hr-HR")
    assert found(report.findings, text, "blame") == [blamed]
    assert not [f for f in report.findings if f.category == "legal"]


@pytest.mark.parametrize(
    "text",
    [
        "Ako ste zaboravili lozinku, kliknite „Zaboravljena lozinka”.",
        "Ako ste zaboravili priložiti račun, pošaljite ga odgovorom na ovu poruku.",
        "Ako još niste ispunili obrazac, poslat ćemo Vam ga ponovno.",
        "Trebali ste primiti e-poruku s poveznicom.",
    ],
)
def test_croatian_conditionals_are_no_blame(checker: ToneChecker, text: str) -> None:
    assert found(checker.check(text, language="hr").findings, text, "blame") == []


def test_a_croatian_fix_takes_the_case_of_the_word_it_replaces(checker: ToneChecker) -> None:
    text = "U Vašem tiketu piše da je predmet na drugoj razini podrške. Broj tiketa je 12."
    fixes = [
        (text[f.start : f.end], f.replacement)
        for f in checker.check(text, language="hr").findings
        if f.rule == "jargon"
    ]
    assert fixes == [
        ("tiketu", "predmetu"),
        ("drugoj razini podrške", "specijaliziranom timu"),
        ("Broj tiketa", "Broj predmeta"),
    ]


def test_croatian_typed_without_diacritics_gets_fixes_with_them(checker: ToneChecker) -> None:
    text = "Ispricavamo se zbog nastalih neugodnosti. Ukoliko zelite, nazovite nas."
    report = checker.check(text, language="hr")
    assert [(f.rule, f.replacement) for f in report.findings] == [
        ("stock-apology", "Žao nam je zbog problema koji ste imali"),
        ("plain-words", "Ako"),
    ]


def test_a_date_with_an_ordinal_does_not_end_the_sentence(checker: ToneChecker) -> None:
    text = "Novac smo vratili 2. ožujka na Vašu karticu. Javite nam se do 16. ožujka."
    assert checker.check(text, language="hr").metrics.sentences == 2


@pytest.mark.parametrize(
    ("text", "blamed"),
    [
        ("您忘了附上收据。", ["您忘了"]),
        ("如果您忘了密码，请点击“忘记密码”。", []),
        ("是您操作不当造成的。", ["您操作不当"]),
        ("由于您没有按照说明安装，桌子会晃。", ["由于您没有按照"]),
        ("若您没有收到邮件，请回复我们。", []),
        ("这是您自己的问题。", ["是您自己的问题"]),
    ],
)
def test_chinese_blame_without_word_spaces(
    checker: ToneChecker, text: str, blamed: list[str]
) -> None:
    assert found(checker.check(text, language="zh-CN").findings, text, "blame") == blamed


def test_a_latin_term_inside_chinese_is_a_whole_word(checker: ToneChecker) -> None:
    text = "您的案件已转给T2团队。"
    report = checker.check(text, language="zh")
    assert [(found([f], text)[0], f.replacement) for f in report.findings] == [("T2", "专家团队")]


def test_chinese_length_counts_characters(checker: ToneChecker) -> None:
    text = "您好：" + "我们已经收到您的退货。" * 10
    report = checker.check(text, language="zh", max_words=50)
    assert report.metrics.words == len(text) - text.count("：") - text.count("。")
    assert [f.rule for f in report.findings if f.category == "length"] == ["length"]
    assert "个字" in next(f.message for f in report.findings if f.rule == "length")
    assert report.metrics.as_dict()["counts"] == "characters"
    assert checker.check(text, language="el").metrics.as_dict()["counts"] == "words"


@pytest.mark.parametrize("language", ("en", "sl", "hr", "el", "zh"))
def test_a_sign_off_from_the_settings_is_a_sign_off(checker: ToneChecker, language: str) -> None:
    body = "Lorem ipsum dolor sit amet consectetur. " * 8
    signed = f"{body}\n\n{{{{ org.sign_off }}}}\n{{{{ agent.name }}}}\n"
    unsigned = f"{body}\n\n{{{{ agent.name }}}}\n"
    assert "sign-off" not in [f.rule for f in checker.check(signed, language=language).findings]
    assert "sign-off" in [f.rule for f in checker.check(unsigned, language=language).findings]


def test_a_team_pack_can_ignore_accents(tmp_path: Path) -> None:
    folder = tmp_path / "tone"
    folder.mkdir()
    (folder / "pt.yaml").write_text(
        "language: pt\n"
        "ignore_accents: true\n"
        "rules:\n"
        "  - id: negativity-no\n"
        "    kind: existence\n"
        "    category: negativity\n"
        "    tokens: [não é possível]\n"
        "    message: Diga o que pode fazer.\n",
        "utf-8",
    )
    problems = ProblemList()
    checker = ToneChecker.load(tmp_path, problems=problems)
    assert list(problems) == []
    text = "Nao e possivel hoje; não é possível amanhã."
    assert found(checker.check(text, language="pt").findings, text) == [
        "Nao e possivel",
        "não é possível",
    ]


@pytest.mark.parametrize(
    ("language", "text", "flagged"),
    [
        ("hr", "Vaša nova lozinka je Ljeto2024, promijenite je nakon prijave.", True),
        ("hr", "Privremena lozinka glasi: sunce", True),
        ("hr", "Vasa lozinka je Kx9!pLm2.", True),
        ("hr", "Vaša lozinka je uspješno promijenjena.", False),
        ("hr", "Vaša lozinka je ponovno postavljena 3. ožujka.", False),
        ("hr", "Lozinka je osobna i nikome je ne dajte.", False),
        ("el", "Ο νέος κωδικός πρόσβασης είναι Kalokairi2024.", True),
        ("el", "Ο νέος κωδικός σας είναι 4821.", True),
        ("el", "Το PIN ορίστηκε σε 1234.", True),
        ("el", "Ο κωδικός πρόσβασης είναι απόρρητος.", False),
        ("el", "Ο κωδικός πρόσβασής σας άλλαξε με επιτυχία.", False),
        ("sl", "Vaše novo geslo je Poletje2024.", True),
        ("sl", "Začasno geslo se glasi: sonce", True),
        ("sl", "Vaše geslo je uspešno spremenjeno.", False),
        ("sl", "Geslo je bilo ponastavljeno, izberite novega.", False),
        ("zh", "您的新密码是 Abc12345，请登录后修改。", True),
        ("zh", "为了保证您的账户安全，我们已为您重置密码。", False),
    ],
)
def test_a_password_is_an_error_and_a_password_notice_is_not(
    checker: ToneChecker, language: str, text: str, flagged: bool
) -> None:
    findings = checker.check(text, language=language).findings
    assert ("password" in [f.rule for f in findings]) is flagged, found(findings, text)


@pytest.mark.parametrize(
    ("language", "text", "blamed"),
    [
        ("hr", "Trebali ste nas kontaktirati odmah.", ["Trebali ste nas kontaktirati"]),
        ("hr", "Krivo ste ispunili obrazac.", ["Krivo ste ispunili"]),
        ("hr", "Ako ste pogrešno unijeli adresu, javite nam.", []),
        ("hr", "Žao nam je što ste morali čekati. Trebali ste biti obaviješteni.", []),
        ("el", "Έπρεπε να μας ενημερώσετε αμέσως.", ["Έπρεπε να μας ενημερώσετε"]),
        ("el", "Μας δώσατε λάθος διεύθυνση.", ["δώσατε λάθος"]),
        ("el", "Θα έπρεπε να ελέγξουμε τη διεύθυνση. Λάβατε λάθος προϊόν.", []),
        ("el", "Θα έπρεπε να ενημερωθείτε νωρίτερα.", []),
        ("zh", "您本应先联系我们。", ["您本应"]),
        ("zh", "您本应在周一收到包裹。您应该早就收到了退款。", []),
        ("zh", "我们会发送提醒，以免您忘记付款。", []),
        ("zh", "由于您未收到验证邮件，我们已重新发送。", []),
    ],
)
def test_blame_in_the_second_person_only(
    checker: ToneChecker, language: str, text: str, blamed: list[str]
) -> None:
    assert found(checker.check(text, language=language).findings, text, "blame") == blamed


@pytest.mark.parametrize(
    ("language", "text", "rule", "flagged"),
    [
        # Denying fault is blame, never an admission of liability as well.
        ("zh", "这不是我们的责任，请联系快递公司。", "commitment-liability", []),
        ("zh", "这是我们的错，很抱歉。", "commitment-liability", ["是我们的错"]),
        ("zh", "我们的系统100%安全。", "commitment-promise", ["100%"]),
        ("zh", "您能不能提供订单号？", "negativity-stacked", []),
        ("el", "Απλώς θέλαμε να σας ενημερώσουμε ότι το δέμα έφυγε.", "condescension", []),
        ("el", "Απλώς πατήστε «Αποστολή».", "condescension-just", ["Απλώς πατήστε"]),
        ("el", "Ελπίζω ότι η απάντηση σας βοηθά.", "hedging", []),
        ("el", "Ελπίζω ότι το δέμα θα φτάσει αύριο.", "hedging", ["Ελπίζω ότι το δέμα θα"]),
        ("hr", "Možda će Vam koristiti i naš vodič za montažu.", "hedging", []),
        ("hr", "Paket će možda stići sutra.", "hedging", ["možda"]),
        ("hr", "Imate zakonom zajamčeno pravo na povrat.", "commitment-promise", []),
        ("hr", "Zajamčena dostava sutra.", "commitment-promise", ["Zajamčena"]),
    ],
)
def test_polite_phrases_are_told_apart_from_risky_ones(
    checker: ToneChecker, language: str, text: str, rule: str, flagged: list[str]
) -> None:
    assert found(checker.check(text, language=language).findings, text, rule) == flagged
