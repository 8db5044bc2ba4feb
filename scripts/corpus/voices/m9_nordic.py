"""The voice of the m9-nordic-* families (helper m9, issue 11, ninth pass; written for
rejectwatch): recruiting mail in Swedish, Danish and Norwegian, the three languages blind slice
7 showed the model had never seen (its Swedish and Danish refusals scored 0.01). Greetings,
thanks, sign-offs and subjects are shared by every kind; the sentences that carry a refusal,
an acknowledgement or an invitation are in m9_nordic.py in rejections/, confirmations/ and
interviews/, so a model has to read the decision, not the language.
"""

from __future__ import annotations

from ..engine import R

LANGS = ("sv", "da", "no")

HELLO = {
    "sv": ["Hej {first}!", "Hej {first},", "Hej,", "Hej {first} {last},"],
    "da": ["Kære {first}", "Hej {first}", "Kære {first} {last},", "Hej,"],
    "no": ["Hei {first},", "Hei {first}!", "Hei,", "Kjære {first},"],
}
THANKS = {
    "sv": [
        "Tack för din ansökan till tjänsten som {role} hos {company}.",
        "Tack för ditt intresse för {company} och för tjänsten som {role}.",
        "Stort tack för att du sökte jobbet som {role} hos oss.",
    ],
    "da": [
        "Tak for din ansøgning til stillingen som {role} hos {company}.",
        "Tak for din interesse for {company} og for stillingen som {role}.",
        "Mange tak fordi du søgte jobbet som {role} hos os.",
    ],
    "no": [
        "Takk for søknaden din på stillingen som {role} i {company}.",
        "Takk for at du viste interesse for {company} og stillingen som {role}.",
        "Tusen takk for at du søkte på jobben som {role} hos oss.",
    ],
}
MET = {
    "sv": ["Tack för att du tog dig tid att träffa oss [[i tisdags|förra veckan|i fredags]]."],
    "da": ["Tak for en god samtale [[i tirsdags|i sidste uge|i fredags]]."],
    "no": ["Takk for en hyggelig samtale [[på tirsdag|forrige uke|på fredag]]."],
}
SIGN = {
    "sv": [
        "Med vänliga hälsningar\n{rfull}\n{company}",
        "Vänliga hälsningar\n{rfirst}",
        "Mvh {rfirst}",
    ],
    "da": ["Med venlig hilsen\n{rfull}\n{company}", "Venlig hilsen\n{rfirst}", "Mvh {rfirst}"],
    "no": ["Med vennlig hilsen\n{rfull}\n{company}", "Vennlig hilsen\n{rfirst}", "Mvh {rfirst}"],
}
SUBJECT = {
    "sv": [
        "Din ansökan - {role}",
        "Angående din ansökan",
        "{role} hos {company}",
        "Tjänsten som {role}",
    ],
    "da": [
        "Din ansøgning - {role}",
        "Vedrørende din ansøgning",
        "{role} hos {company}",
        "Stillingen som {role}",
    ],
    "no": [
        "Søknaden din - {role}",
        "Angående søknaden din",
        "{role} i {company}",
        "Stillingen som {role}",
    ],
}


def letter(
    lang: str, middle: dict[str, list[str]], closing: dict[str, list[str]], met: float = 0.0
):
    """A family builder: greeting, thanks (or thanks for meeting), the kind's own sentence,
    a closing line of the kind, a signature; the subject from the shared table."""

    def build(rng, c):
        r = R(rng, c)
        opening = r(MET[lang]) if r.chance(met) else r(THANKS[lang])
        body = r.body(r(HELLO[lang]), opening, r(middle[lang]), r(closing[lang]), r(SIGN[lang]))
        return r(SUBJECT[lang]), body, r(["{rfull} <{rmail}>", "{company} <jobb@{cdomain}>"])

    return build
