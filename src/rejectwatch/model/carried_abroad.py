"""The post gone to another, or no place left for the reader, in languages read slices 147 and
148 refused in (issue 11, sixtieth pass, second round).

Each is written for its shape, not its sentence: Hungarian "the place was got by an applicant
skilled in …" ("a műhely helyét egy … jártas jelentkező kapta") and "no place for you" ("nincs
hely Önnek"); Polish "the post went to a person who …" ("stanowisko … otrzymała osoba …") and
"no place for you" ("miejsca dla Pani brak"); French "another [trade], more experienced, was
chosen" ("un autre émouleur, plus expérimenté, a été choisi"), never another day, room or
supplier chosen (languages.FR_NOT_A_THING). Never the reader as the one who got it ("Ön", "Pani",
"vous").

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.languages import FR_NOT_A_THING
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_NO_PLACE = re.compile(
    # Hungarian
    r"\bnincs (?:már |most |több )?(?:hely|helyünk|állás|állásunk|lehetőség) (?:önnek|"
    r"számára|neked|számodra)\b"
    # (never a seat, a table or a parking space, "nincs hely Önnek a parkolóban")
    r"(?![^.!?\n]*\b(?:parkoló|busz|autó|asztal|szoba|terem|jegy)\w*)"
    # Polish
    r"|\bmiejsca dla (?:pani/pana|pana/pani|pani|pana|ciebie) (?:brak|nie ma|zabrakło)\b"
    r"|\b(?:brak|nie ma|zabrakło) (?:już )?(?:dla (?:pani/pana|pana/pani|pani|pana|ciebie) "
    r"miejsca|miejsca dla (?:pani/pana|pana/pani|pani|pana|ciebie))\b"
)
_GOT_BY_ANOTHER = re.compile(
    # Hungarian: the place, post or job got by an applicant or a colleague described
    r"\b(?:helyét|helyet|állást|állását|pozíciót|munkát|munkakört)\b[^.!?\n]{0,60}?\b(?:egy|"
    r"másik)\b[^.!?\n]{0,60}?\b(?:jelentkező|pályázó|kolléga|kollégánk|szakember|mester|"
    r"segéd)\w*(?: \w+)? (?:kapta|nyerte el|kapja)\b"
    # Polish: the post got by a person, a candidate or a colleague described
    r"|\bstanowisk\w*\b[^.!?\n]{0,60}? otrzymał(?:a|o|)?(?: jednak| już| ostatecznie)? (?:osoba|"
    r"kandydat|kandydatka|inna osoba|ktoś inny|kolega|koleżanka|pan|pani)\b(?! pani/pan)"
    # French: another of a trade, told apart by commas, chosen
    r"|\b(?:un autre|une autre)" + FR_NOT_A_THING + r"(?! (?:rendez-vous|moment|entretien|"
    r"sujet|exercice|test|document)\b) [a-zéèêàçîôû\-]+(?:, [^,.!?\n]{1,40},)? (?:a été|ont "
    r"été) (?:retenu|choisi|sélectionné|engagé|embauché|recruté)e?s?\b"
)

# Third round (read slices 149 and 150's misses): the reader's application ending here, in
# Greek ("η αίτησή σας κλείνει εδώ"), Welsh ("daw eich cais i ben yma"), Hindi ("आपकी अर्ज़ी
# यहीं थमी"), Danish with its verb first ("og dermed stopper din ansøgning her"); Nepali "we set
# your letter down here" ("हजुरको चिठी यहीँ बिसायौं"); Norwegian "no longer open for you" ("den
# er ikke lenger ledig for deg") and a tradesman hired into the post ("vi har ansatt en strikker i
# stillingen")
_ENDS_HERE = re.compile(
    r"\b(?:η )?αίτησ(?:ή|η) σας (?:κλείνει|τελειώνει|σταματά|σταματάει|ολοκληρώνεται) "
    r"(?:εδώ|σε αυτό το σημείο)"
    r"|\bdaw eich cais i ben(?: yma| nawr| fan hyn)?\b|\bmae eich cais yn dod i ben\b"
    r"|(?:आपकी|आपका|तुम्हारी) (?:अर्ज़ी|अर्जी|आवेदन)\S* (?:यहीं|यहाँ|यहीँ) (?:थमी|थमा|थम गई|थम गया|"
    r"रुकी|रुका|रुक गई|रुक गया|समाप्त होती है|समाप्त हुई|समाप्त हुआ|ख़त्म|खत्म)"
    r"|(?:चिठी|अर्जी|निवेदन)\S* (?:यसपालि )?(?:यहीँ|यहीं|यहाँ) (?:बिसायौं|बिसाइयो|रोकियो|रोक्यौं)"
    r"|\b(?:stopper|slutter|lukker|ender) (?:din|jeres|deres) (?:ansøgning|ansøkning|søknad)"
    r"(?: dermed| derfor)? her\b"
)
_NO_LONGER_OPEN = re.compile(
    r"\b(?:er|blir) (?:dessverre |desværre )?(?:ikke lenger|ikke længere) (?:ledig|åpen|åben) "
    r"(?:for deg|for dig|for dere|for jer)\b"
)
_HIRED_INTO_POST = re.compile(
    r"\b(?:vi|vi har|vi hat) (?:nå |nu |nettopp |allerede )?(?:ansatt|ansat|tilsatt|engasjert) "
    r"(?:en|ei|et) (?!(?:ny )?(?:kandidat|søker|ansøger)\b)[a-zæøå\-]+ (?:i|på|til) (?:stillingen|"
    r"jobben|plassen|pladsen)\b"
)

READINGS = readings(
    ("reader_out", _NO_PLACE),
    ("chose_other", _GOT_BY_ANOTHER),
    ("reader_out", _ENDS_HERE),
    ("reader_out", _NO_LONGER_OPEN),
    ("chose_other", _HIRED_INTO_POST),
)
