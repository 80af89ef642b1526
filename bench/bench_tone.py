"""Tone checker figures: pack loading and p50/p95 check time for 100, 500 and 2,000-word drafts."""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time

from kbassist.tone.checker import ToneChecker

SENTENCES = {
    "en": [
        "Thank you for getting in touch about your order.",
        "I'm sorry that the parcel did not arrive on the date we gave you.",
        "The courier has booked a new delivery for Friday, and you will get a tracking link.",
        "If it has not arrived by then, reply to this email and I will chase it for you.",
        "Unfortunately we can't change the slot, and I think it may be late.",
        "Obviously the code is on the label, so kindly check it as per the guide.",
        "Your refund of £49.99 was issued on 3 March to the card you paid with.",
    ],
    "sl": [
        "Hvala, ker ste se nam oglasili glede naročila.",
        "Opravičujemo se, ker paket ni prispel na dan, ki smo vam ga sporočili.",
        "Dostavna služba bo paket dostavila v petek, povezavo za sledenje pa prejmete po e-pošti.",
        "Če do takrat ne prispe, odgovorite na to sporočilo in poizvedbo bomo sprožili takoj.",
        "Žal termina ne moremo spremeniti in mislim, da bo zamuda daljša.",
        "Preprosto kliknite povezavo, v kolikor želite spremeniti naslov.",
    ],
    "zh": [
        "感谢您就订单与我们联系。",
        "很抱歉，您的包裹没有在我们告知的日期送达。",
        "快递公司已安排在星期五重新派送，您会收到物流跟踪链接。",
        "如果届时仍未送达，请回复此邮件，我们会为您跟进。",
        "很遗憾我们无法更改时间，也许会再晚一点。",
    ],
}


def draft(language: str, words: int, rng: random.Random) -> str:
    """A reply of about words words (characters for Chinese), in paragraphs of four sentences."""
    units = 0
    sentences: list[str] = []
    pool = SENTENCES[language]
    while units < words:
        sentence = rng.choice(pool)
        sentences.append(sentence)
        units += len(sentence) if language == "zh" else len(sentence.split())
    paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
    return "Dear Anna,\n\n" + "\n\n".join(paragraphs) + "\n\nKind regards,\nSam"


def bench_load(runs: int) -> None:
    """Time to build a checker (the built-in packs are parsed once per process)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        ToneChecker.load(None)
        times.append((time.perf_counter() - start) * 1000)
    print(
        json.dumps(
            {
                "bench": "tone_load",
                "runs": runs,
                "first_ms": round(times[0], 2),
                "p50_ms": round(statistics.median(times), 2),
            }
        )
    )


def bench_check(checker: ToneChecker, language: str, words: int, runs: int) -> None:
    """p50/p95 of checking a draft; each run edits the draft, as typing does."""
    rng = random.Random(words)
    text = draft(language, words, rng)
    report = checker.check(text, language=language, kind="apology")
    times = []
    for run in range(runs):
        edited = f"{text} {run}"
        start = time.perf_counter()
        checker.check(edited, language=language, kind="apology", max_words=150)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(
        json.dumps(
            {
                "bench": "tone_check",
                "language": language,
                "words": report.metrics.words,
                "findings": len(report.findings),
                "runs": runs,
                "p50_ms": round(statistics.median(times), 2),
                "p95_ms": round(times[int(len(times) * 0.95) - 1], 2),
            }
        )
    )


def main() -> None:
    """Run every tone benchmark and print one JSON line per figure."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=100)
    args = parser.parse_args()
    bench_load(10)
    checker = ToneChecker.load(None)
    checker.check("Warm-up, so the readability library is imported before timing.")
    for language in ("en", "sl", "zh"):
        for words in (100, 500, 2000):
            bench_check(checker, language, words, args.runs)


if __name__ == "__main__":
    main()
