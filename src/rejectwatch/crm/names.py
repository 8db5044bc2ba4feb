"""Pure: a person's name as mail headers and signatures write it -> as a greeting would.

* ``reading_order("Shah, Priya")`` -> "Priya Shah"; "van Dijk, Jan" -> "Jan van Dijk";
  "Priya Shah, PhD" and "Priya Shah, Talent Partner" -> "Priya Shah".
* ``proper_case("PRIYA SHAH")`` -> "Priya Shah"; "Jean DUPONT" -> "Jean Dupont";
  "O'BRIEN" -> "O'Brien"; mixed case ("McKay", "iPhone Jones") is left as written.
* ``parts("Dr. Jan van Dijk")`` -> ("Dr.", "Jan", "van Dijk"): honorific, given, family.
* ``without_asides("Priya Shah (she/her) <priya@acme.com>")`` -> "Priya Shah"; "" for an
  address.
* ``surnames_first("García López, María", "mgl@acme.com")`` -> "María García López": a
  name written surnames first, compound surnames too; "" when what follows the comma is a
  degree, a job title, a department, the company or the address's own domain ("Priya Shah,
  Acme"), or a free-mail address does not bear the given name out.
* ``fits_address("Priya Shah", "pshah@acme.com")`` -> True: the address is plausibly hers.
"""

from __future__ import annotations

import re
import unicodedata

from rejectwatch.crm import places, senders
from rejectwatch.crm.position import looks_like_title

__all__ = [
    "fits_address",
    "is_honorific",
    "is_particle",
    "is_suffix",
    "parts",
    "proper_case",
    "reading_order",
    "surnames_first",
    "without_asides",
]

# What may follow a comma in a name without being a first name: "Priya Shah, PhD".
_SUFFIXES = frozenset(
    {"phd", "md", "mba", "msc", "ma", "ba", "bsc", "jr", "sr", "ii", "iii", "iv", "cpa", "esq"}
    | {"shrm-cp", "shrm-scp", "sphr", "phr", "cipd", "mcipd", "chartered", "dipl.-ing", "mag"}
)
# Surnames that start with a particle: "van Dijk, Jan", "de la Cruz, María".
_PARTICLES = frozenset({"van", "von", "de", "del", "della", "der", "den", "la", "le", "da", "di"})
_PARTICLES |= {"du", "dos", "das", "ten", "ter", "zu", "al", "el", "bin", "ibn", "st.", "mac"}
# Words after a comma that say a job or a department rather than a given name.
_NOT_GIVEN = frozenset(
    {"recruiter", "recruiting", "recruitment", "talent", "acquisition", "hr", "people", "team"}
    | {"partner", "manager", "director", "head", "lead", "coordinator", "specialist", "careers"}
    | {"jobs", "hiring", "sourcer", "generalist", "assistant", "officer", "consultant", "ceo"}
    | {"cto", "cfo", "coo", "founder", "inc", "ltd", "llc", "gmbh", "corp", "group", "sa", "ag"}
    | {"sales", "marketing", "engineering", "operations", "finance", "legal", "support", "admin"}
)
_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "mx", "prof", "sir", "dame"})
_EDGES = " ,;:!-\"'«»“”‘’„‹›"
_ASIDE_RE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|<[^<>]*>")


def is_honorific(word: str) -> bool:
    """A title before a name: "Dr.", "Ms", "Prof"."""
    return word.lower().rstrip(".") in _HONORIFICS


def is_particle(word: str) -> bool:
    """A lower-case word inside a surname: "van", "de", "von"."""
    return word in _PARTICLES


def is_suffix(value: str) -> bool:
    """A degree or generational suffix written after a name: "PhD", "Jr.", "MBA"."""
    plain = value.lower().strip(" .,")
    return plain in _SUFFIXES or plain.replace(".", "") in _SUFFIXES  # "Ph.D."


def without_asides(name: str) -> str:
    """The name without bracketed asides ("(she/her)", "<priya@acme.com>", "[Acme]"); "" when
    an address is left outside brackets (then it is no name: "priya@acme.com", or a
    "Mallory Bcc: victim@evil.example" trying to look like headers)."""
    name = " ".join(_ASIDE_RE.sub(" ", name).split()).strip(_EDGES)
    return "" if "@" in name else name


def reading_order(name: str) -> str:
    """First name first, without a degree or job title after a comma."""
    if "," not in name:
        return name.strip(_EDGES)
    before, _, after = name.partition(",")
    after = after.partition(",")[0]  # "Shah, Priya, PhD"
    words = before.split()
    after_words = after.split()
    suffix = not after_words or is_suffix(after_words[0])
    surname = len(words) == 1 or (len(words) <= 4 and words[0] in _PARTICLES)
    if surname and not suffix and len(after_words) <= 3:
        return f"{after.strip(' ,;:')} {before.strip()}".strip(_EDGES)  # "Shah, Priya"
    return before.strip(_EDGES)  # "Priya Shah, PhD", "Priya Shah, Recruiter"


def _proper(word: str) -> str:
    return word.title().replace("’S", "’s").replace("'S", "'s")


def proper_case(name: str) -> str:
    """Capitals turned to a name's case: every word when the whole name is in capitals, else
    the words of four letters or more written in capitals ("Jean DUPONT")."""
    words = name.split()
    if any(ch.isalpha() for ch in name) and not any(ch.islower() for ch in name):
        return " ".join(_proper(w) if len(w.rstrip(".")) > 1 else w for w in words)
    return " ".join(
        _proper(w) if len(w) >= 4 and w.isupper() and not is_suffix(w) else w for w in words
    )


def parts(name: str) -> tuple[str, str, str]:
    """(honorific, given names, family name) of a name in any order "Shah, Priya" or "Priya
    Shah" is written: the family name starts at a particle ("Jan van Dijk") or is the last
    word; one word is a given name."""
    words = reading_order(name).split()
    prefix = ""
    if len(words) > 1 and is_honorific(words[0]):
        prefix, words = words[0], words[1:]
    if len(words) < 2:
        return prefix, " ".join(words), ""
    start = next((i for i in range(1, len(words) - 1) if is_particle(words[i])), len(words) - 1)
    return prefix, " ".join(words[:start]), " ".join(words[start:])


def _ascii(value: str) -> str:
    """Lower case without accents or anything but letters and digits: "Chloé" -> "chloe"."""
    decomposed = unicodedata.normalize("NFKD", value)
    return re.sub(
        r"[^a-z0-9]", "", "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    )


def fits_address(name: str, address: str) -> bool:
    """Whether *address* is plausibly *name*'s own: its local part holds a word of the name
    of three letters or more ("priya.shah@", "shah.p@", "pshah@", "priya@"), a piece of it
    is a word of the name ("li.na@" for Li Na), or it starts with the name's initials
    ("ps@", "ps2@", "mgl@" for María García López)."""
    local = address.rpartition("@")[0] if "@" in address else address
    local = local.split("+", 1)[0]
    pieces = {_ascii(p) for p in re.split(r"[._-]+", local)} - {""}
    squashed = _ascii(local)
    words = [_ascii(w) for w in reading_order(name).split() if not is_honorific(w)]
    words = [w for w in words if w]
    if not words or not squashed:
        return False
    if any(len(w) >= 3 and w in squashed for w in words) or pieces & set(words):
        return True
    initials = "".join(w[0] for w in words)
    return len(initials) >= 2 and squashed.startswith(initials)


def surnames_first(name: str, address: str = "", company: str = "") -> str:
    """The name in reading order when it is written "Surnames, Given names" with more than
    one surname ("García López, María" -> "María García López"); "" when it is not, or when
    what follows the comma reads as something else: a degree ("Priya Shah, PhD"), a job or a
    department ("Priya Shah, Talent Partner"), *company* or a label of *address*'s domain
    ("Priya Shah, Acme" <priya@acme.com>). One surname before the comma is
    :func:`reading_order`'s.

    Directories (a company's mail server, a hiring tool) write names surnames first; a
    free-mail display name is written by its owner, in reading order, so there the address
    must bear the given name out (maria.garcia@, mgarcia@, mgl@): "Priya Shah, Globex"
    <priya.shah@gmail.com> is a name and a company. So must it for a place ("Priya Shah,
    London"; but "Pérez García, Santiago" <santiago.perez@...>)."""
    before, comma, after = name.partition(",")
    surnames, given = before.split(), after.split()
    if not comma or "," in after or not 2 <= len(surnames) <= 4 or not 1 <= len(given) <= 2:
        return ""
    if not _is_given(after, address, company) or (after.isupper() and not before.isupper()):
        return ""  # ... and "Priya Shah, EMEA": given names in capitals only if all are
    if not all(re.fullmatch(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", w) for w in surnames):
        return ""
    # free mail, or a place ("Priya Shah, London"): only if the address bears the name out
    doubtful = ("@" in address and senders.is_free_mail(address)) or places.is_place(after)
    if doubtful and not _gives(given, surnames, address):
        return ""
    return f"{' '.join(given)} {' '.join(surnames)}"


def _is_given(after: str, address: str, company: str) -> bool:
    """What follows the comma may be given names: capitalised words, not a degree, a job,
    a department, *company* or a label of *address*'s domain."""
    given = after.split()
    if is_suffix(after) or looks_like_title(after) or len(given[0]) < 2:
        return False
    if not all(w[:1].isupper() and w.isalpha() for w in given):
        return False
    labels = {_ascii(label) for label in address.rpartition("@")[2].split(".")}
    labels |= {_ascii(company), _ascii(company.split(maxsplit=1)[0]) if company else ""}
    labels.discard("")  # a given name in another script folds to ""
    return not any(_ascii(w) in _NOT_GIVEN or _ascii(w) in labels for w in given)


def _gives(given: list[str], surnames: list[str], address: str) -> bool:
    """*address*'s local part holds the given name ("maria.garcia@", "joao@"), its initial
    before a surname ("mgarcia@") or the initials of the whole name ("mgl@")."""
    local = _ascii(address.rpartition("@")[0].split("+", 1)[0])
    first = _ascii(given[0])
    if not local or not first:
        return False
    if local.startswith(first) or (len(first) >= 3 and first in local):
        return True
    if local[0] == first[0] and any(len(s) >= 3 and _ascii(s) in local for s in surnames):
        return True
    initials = "".join(_ascii(w)[:1] for w in given + surnames)
    return local.startswith(initials)
