"""Tone checker figures: start-up cost, pack loading, p50/p95 check time per language and size."""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
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
    "hr": [
        "Hvala što ste nam se javili u vezi s narudžbom.",
        "Ispričavamo se što paket nije stigao na dan koji smo Vam javili.",
        "Dostavna služba dostavit će paket u petak, a poveznicu za praćenje dobit ćete e-poštom.",
        "Ako do tada ne stigne, odgovorite na ovu poruku i odmah ćemo to provjeriti.",
        "Nažalost termin ne možemo promijeniti i mislim da će kašnjenje biti duže.",
        "Jednostavno kliknite poveznicu ukoliko želite promijeniti adresu.",
    ],
    "el": [
        "Σας ευχαριστούμε που επικοινωνήσατε μαζί μας για την παραγγελία σας.",
        "Λυπάμαι που το δέμα δεν έφτασε την ημέρα που σας είχαμε πει.",
        "Η κούριερ θα το παραδώσει την Παρασκευή και θα λάβετε τον σύνδεσμο με email.",
        "Αν δεν έφτασε ως τότε, απαντήστε σε αυτό το μήνυμα και θα το ελέγξουμε αμέσως.",
        "Δυστυχώς δεν μπορούμε να αλλάξουμε την ώρα και νομίζω ότι θα αργήσει.",
        "Προφανώς ο κωδικός είναι στην ετικέτα, προκειμένου να τον βρείτε εύκολα.",
    ],
    "zh": [
        "感谢您就订单与我们联系。",
        "很抱歉，您的包裹没有在我们告知的日期送达。",
        "快递公司已安排在星期五重新派送，您会收到物流跟踪链接。",
        "如果届时仍未送达，请回复此邮件，我们会为您跟进。",
        "很遗憾我们无法更改时间，也许会再晚一点。",
    ],
}


# Greeting and sign-off in the draft's own language, so the courtesy rules find what a real
# reply has and the figures time the same work in every language.
FRAME = {
    "en": ("Dear Anna,", "Kind regards,\nSam"),
    "sl": ("Spoštovana ga. Novak,", "Lep pozdrav,\nMaja"),
    "hr": ("Poštovana gospođo Kovač,", "Lijep pozdrav,\nIvana"),
    "el": ("Αγαπητή κυρία Γεωργίου,", "Με εκτίμηση,\nΜαρία"),
    "zh": ("王女士，您好：", "祝好，\n李明"),
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
    greeting, sign_off = FRAME[language]
    return f"{greeting}\n\n" + "\n\n".join(paragraphs) + f"\n\n{sign_off}"


# Runs in a fresh interpreter: imports, builds a checker and checks one English draft, which
# is where a readability library would be imported.
_STARTUP = """
import json, time
start = time.perf_counter()
from kbassist.tone.checker import ToneChecker
checker = ToneChecker.load(None)
loaded = time.perf_counter()
checker.check("Dear Anna, thank you for your order. It ships on Friday. Kind regards, Sam")
checked = time.perf_counter()
status = open("/proc/self/status").read()
rss = int(status.split("VmRSS:")[1].split()[0]) / 1024
print(json.dumps({"import_and_load_ms": round((loaded - start) * 1000, 1),
                  "first_english_check_ms": round((checked - loaded) * 1000, 1),
                  "rss_mib": round(rss, 1)}))
"""


def bench_startup(runs: int) -> None:
    """What the tone checker costs a fresh process: time to first check and memory after it."""
    results = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", _STARTUP], capture_output=True, text=True, check=True
        ).stdout
        results.append(json.loads(out))
    summary = {key: round(statistics.median(r[key] for r in results), 1) for key in results[0]}
    print(json.dumps({"bench": "tone_startup", "runs": runs, **summary}))


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
    parser.add_argument("--startup-runs", type=int, default=5)
    args = parser.parse_args()
    bench_startup(args.startup_runs)
    bench_load(10)
    checker = ToneChecker.load(None)
    checker.check("Warm-up, so every formula's first use is outside the timing.", language="de")
    for language in SENTENCES:
        for words in (100, 500, 2000):
            bench_check(checker, language, words, args.runs)


if __name__ == "__main__":
    main()
