"""Another chosen, or the post gone to someone, in languages read slices 197-200 refused in
(issue 11, sixty-sixth pass, first round). Each is written for its shape, not its sentence:

* **the post gone, given or handed to someone else**: Tamil "… பணி வேறொருவருக்குச் சென்றது";
  Thai "ตำแหน่ง…ได้มอบให้คนอื่นแล้ว", "งาน…มีคนอื่นได้รับแล้ว"; Persian "به فرد دیگری
  واگذار شد"; Bengali "এই পদটি অন্য একজনের"; Italian "il posto … va a una panettiera di
  Chieti";
* **another got, took or will take the post**: Georgian "არჩეული იქნა სხვა კანდიდატი";
  Basque "Lanpostua beste langile batek hartuko du"; Swedish "fick en annan sökande jobbet",
  "Tjänsten gick till en annan kandidat"; Latvian "Šo darbu ieņēma cits pretendents"; Catalan
  "La plaça … l'ocuparà una altra candidata";
* **the post already has its holder**: Spanish "La plaza … ya tiene dueño".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_GONE_TO_ANOTHER = re.compile(
    # Tamil: (the job) to someone else, went or was given
    r"வேறொருவருக்கு"
    # Thai: (the post) given to another person; another has received it
    r"|มอบให้(?:กับ)?(?:คนอื่น|ผู้อื่น|ผู้สมัครท่านอื่น|ผู้สมัครคนอื่น|คนงานเก่า|พนักงานเก่า)"
    r"|(?:มี)?(?:คนอื่น|ผู้อื่น|ผู้สมัครท่านอื่น)ได้รับ(?:ไป)?แล้ว"
    # Persian: handed (entrusted, given) to another person
    r"|به (?:شخص|فرد|کس|نفر) (?:دیگری|دیگر) (?:سپرده|واگذار|داده) شد"
    # Bengali: this job (post) is someone else's
    r"|(?:কাজটি|পদটি|চাকরিটি|কাজটা|পদটা)[^।.!?\n]{0,20}?অন্য(?:জনের| একজনের| কারও| কারো)"
    # Italian: the post (shift, role) goes to a worker from a place or with years
    r"|\b(?:posto di|posto da|turno|ruolo|incarico|lavoro|posizione)\b[^.!?\n]{0,40}? "
    r"(?:va|andrà|è andato|è andata) a (?:un|una|un'|un altro|un'altra|qualcun altro)\b ?"
    r"(?!te\b|lei\b|voi\b)"
    r"[a-zà-ù']+ (?:di|da|con|che)\b"
)
_ANOTHER_TOOK_IT = re.compile(
    # Georgian: another (candidate) was chosen
    r"არჩეულ(?:ი|ია) (?:იქნა |იყო |)სხვა"
    # Basque: another person (worker, candidate) takes or will take the post
    r"|\bbeste (?:pertsona|hautagai|langile|norbait)\w* bat(?:ek)? (?:hartuko du|hartu du|"
    r"eskuratu du|lortu du|beteko du|bete du)\b"
    # Swedish: another applicant got the job; the job went to another
    r"|\bfick en (?:annan )?(?:sökande|kandidat|person)\b[^.!?\n]{0,60}?\b(?:tjänsten|jobbet|"
    r"platsen)\b"
    r"|\b(?:tjänsten|jobbet|platsen) (?:gick|har gått) till (?:en annan (?:sökande|kandidat|"
    r"person)\b|någon annan(?=[ \t]*(?:[.,;!\n]|$)))"
    # Latvian: another (person, applicant) took or will take the post
    r"|\b(?:vietu|darbu|amatu)\b[^.!?\n]{0,40}? (?:ieņems|ieņēma|saņēma|saņems|dabūja) "
    r"(?:cits|cita|kāds cits|kāda cita)\b"
    # Catalan: another candidate will occupy (has occupied) it
    r"|\bl['\u2019](?:ocuparà|ha ocupat|ha ocupada|ocupa) (?:un altre|una altra|algú altre)\b"
)
_HAS_ITS_HOLDER = re.compile(
    # Spanish: the post already has its owner (holder)
    r"\b(?:puesto|plaza|vacante|trabajo|empleo)\b[^.!?\n]{0,40}? ya tiene (?:dueño|dueña|"
    r"titular|ocupante|persona)\b"
)

READINGS = readings(
    ("chose_other", _GONE_TO_ANOTHER),
    ("chose_other", _ANOTHER_TOOK_IT),
    ("chose_other", _HAS_ITS_HOLDER),
)
