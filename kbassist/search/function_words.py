"""Words that shape a caller's question but say nothing about its topic, per language.

"How do I get my money back?" is about "money back": question words, auxiliaries, pronouns
and fillers only decide which article wins when every article's title starts "How do I…".
The query side drops them while a content word remains; the index keeps them, so a quoted
phrase or a query made only of such words still finds its text.
"""

from __future__ import annotations

from kbassist.common.folding import fold

# Negations ("not", "ne", "δεν"), "back", "off", "out" and "up" stay: "not received",
# "money back" and "sign up" mean something else without them. The verbs of telling a
# story ("what happens if", "it came", "they said") go with the question words, and so
# do contractions, split at the apostrophe or typed without it ("hasn't", "hasnt").
_ENGLISH = """
what whats how why when where who whom whose which
do does did doing done don dont doesnt didnt can could would should will shall may might
must cant couldnt wouldnt shouldnt wont
i im ive id me my mine myself you your yours youre we our ours us they them their theirs he
she him his her hers it its is am are was were be been being have has had having
get gets got getting gotten want wants wanted wanting need needs needed like would
please hi hello hey thanks thank there here that this these those about if so just also
any some anything something someone anyone tell know let lets okay ok yes yeah well really
very much many still again already ever then than there theres one ones
happen happens happened happening come comes came coming go goes went gone going
say says said tell told ask asked try tried trying thing things stuff bit someone anyone
everything yet even ever
isnt arent wasnt werent hasnt havent hadnt wont wouldnt shouldnt couldnt cant dont doesnt
didnt aint isn aren wasn weren hasn haven hadn couldn wouldn shouldn doesn didn
t s ve ll re d m
the a an and or but of to in on at by for from with into onto as
"""

_SLOVENIAN = """
kako kaj kdaj kje kam zakaj kdo koga komu kateri katera katero katere kakšen kakšna kakšno
ali je so sem si smo ste sta bi bo bom boš bodo bil bila bilo bili da in pa ter ki ko če
se sebi me mi mene moj moja moje moji vaš vaša vaše vaši naš naša naše jaz ti on ona ono mi
vi oni lahko moram moramo morate želim hočem rad rada prosim hvala pozdravljeni živjo
to ta tisti tista tisto tukaj tam zdaj že še samo tudi
na v za z s od do po pri iz o k h čez med pred nad pod
"""

_CROATIAN = """
kako što sto kada kad gdje kamo zašto zasto tko koga kome koji koja koje kakav kakva kakvo
je su sam si smo ste bi bio bila bilo bili bit će ću ćeš da i a ali ili pa te koji ako
se sebi me mi mene moj moja moje moji vaš vaša vaše vaši naš naša naše ja ti on ona ono vi
oni mogu možete mozete moram moramo želim zelim hoću hocu molim hvala pozdrav bok
to ta taj tu tamo sada već još samo također
na u za s sa od do po pri iz o k ka kroz među prije nad pod li
"""

_GREEK = """
πώς τι τί πότε πού γιατί ποιος ποια ποιο ποιοι ποιες πόσο πόσα
είναι είμαι είσαι είμαστε είστε ήταν έχω έχει έχουμε έχετε θα να και ή αλλά αν ότι που
ο η το οι τα τον την της του των τους τις ένα ένας μια μία
εγώ εσύ αυτός αυτή αυτό μου σου του μας σας τους με σε
μπορώ μπορείτε μπορεί θέλω θέλουμε χρειάζομαι παρακαλώ ευχαριστώ γεια
για από προς στο στη στην στον στα στους στις μετά πριν εδώ εκεί τώρα ήδη ακόμα μόνο επίσης
"""

FUNCTION_WORDS: frozenset[str] = frozenset(
    fold(word) for block in (_ENGLISH, _SLOVENIAN, _CROATIAN, _GREEK) for word in block.split()
)


def is_function_word(raw: str) -> bool:
    """True for a word to drop from a question (never digits or all-caps abbreviations)."""
    if len(raw) > 1 and raw.isupper():
        return False  # "IT", "US", "PIN": an abbreviation, not a pronoun
    return fold(raw) in FUNCTION_WORDS
