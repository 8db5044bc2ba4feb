"""Plain refusals in an order or a form the readings missed (issue 11, 31st pass, part C).

Read slice 29 left plain refusals without a token because their words stood in another order or
form than the readings knew: the Russian infinitive before its "we cannot" ("принять вас на
эту должность мы не сможем", "взять вас в команду не получится"), the Spanish infinitive after a
regret ("lamentamos no poder ofrecerle la plaza"), the Indonesian polite "not yet able to take
you" ("kami belum bisa menerima Anda untuk posisi kasir"), the Portuguese "we won't be able to
count on you" ("não vamos poder contar consigo"), and a request for a placement or an
attachment that "has not been accepted". Each is a shape of the language, not one letter's
phrase: any of the verbs of taking the reader on, with the reader as their object.

Each reading is (token name, pattern) over lower-cased text, appended to the outcome readings
by rejectwatch.model.plain_outcomes: none fires in a conditional, still-to-come, quoted or
undecided sentence, nor in mail about someone else's candidacy.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

# Russian: the infinitive of taking on with "вас" or "тебя", then "(мы) не сможем / не можем",
# or "не получится" (up to 50 characters between)
# (not a meeting moved: "принять вас в понедельник не сможем, перенесём на вторник")
_RU = re.compile(
    r"(?<!\w)(?![^.!?\n]*(?:перен[её]с|понедельник|вторник|в среду|четверг|пятниц|суббот|"
    r"воскресень|завтра|сегодня|время|часов|утром|вечером))"
    r"(?:принять|взять|нанять|пригласить|зачислить|оформить|трудоустроить) (?:вас|тебя)"
    r"[^.!?\n]{0,50}?(?:(?:мы )?не (?:сможем|можем|в состоянии)|не получится|"
    r"не выйдет|невозможно)(?!\w)"
)
# Spanish: a regret, then "no poder" and an offer or a taking on of the reader ("lamentamos no
# poder ofrecerle la plaza", "sentimos no poder contar contigo")
# (not a slot or a day: "lamentamos no poder ofrecerle el puesto de hoy en el calendario; su
# entrevista pasa al martes")
_ES = re.compile(
    r"\b(?![^.!?\n]*\b(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|hoy|mañana|"
    r"calendario|horario|agenda|a las \d))(?:lamentamos|lamento|sentimos|siento|"
    r"lamentablemente,?) no (?:poder|podemos|podré|"
    r"podremos) (?:(?:ofrecerle|ofrecerte|ofrecerles) (?:el |la |un |una |ningún |ninguna )?"
    r"(?:[a-záéíóúñ\-]+ )?(?:puesto|plaza|trabajo|empleo|contrato|vacante|posición|cargo)|"
    r"contratarle|contratarte|contratarla|contratarlo|incorporarle|incorporarte|contar (?:con "
    r"usted|contigo))\b"
)
# Indonesian / Malay: "belum bisa / dapat / boleh" (not yet able: the polite refusal) with the
# reader taken on ("kami belum bisa menerima anda", "belum dapat merekrut anda")
# (not a meeting moved: "belum bisa menerima anda hari ini, mohon datang besok")
_ID = re.compile(
    r"\b(?![^.!?\n]*\b(?:besok|hari ini|pukul|jam \d|senin|selasa|rabu|kamis|jumat|sabtu|"
    r"minggu depan|jadwal|sebelum|sampai|hingga|kecuali|jika|kalau|apabila|selama)\b)"
    r"belum (?:bisa|dapat|boleh) (?:menerima|merekrut|mengambil|memilih|"
    r"meluluskan|"
    r"melanjutkan proses) (?:anda|kamu|saudara|saudari|awak)\b"
)
# Portuguese: "we won't be able to count on you" ("não vamos poder contar consigo", "não
# poderemos contar com você")
# (not a meeting or an event missed, nor a turn after it: "não vamos poder contar consigo na
# reunião de equipa, mas a entrevista mantém-se")
_PT_NOT_EVENT = (
    r"(?![^.!?\n]*\b(?:mas|porém|contudo|reunião|jantar|almoço|evento|festa|encontro|"
    r"entrevista|formação)\b)"
)
_PT = re.compile(
    r"\b" + _PT_NOT_EVENT + r"não (?:vamos|iremos) poder (?:contar (?:consigo|contigo|com você|"
    r"com o senhor|com a senhora)|contratá-lo|contratá-la|contratar você)\b"
    r"|\b" + _PT_NOT_EVENT + r"não poderemos (?:contar (?:consigo|contigo|com você)|contratá-lo|"
    r"contratá-la)\b"
)
# English: a request for a placement, an attachment, an internship or a national-service posting
# not accepted ("your request for placement in the Research unit has not been accepted")
_REQUEST = re.compile(
    r"\byour (?:request|application|nomination) for (?:an? )?(?:placement|attachment|"
    r"industrial attachment|internship|work experience|national service|service posting|"
    r"posting)\b(?! leave| allowance| grant| funding| fee)[^.!?\n]{0,80}? (?:(?:has|have) not "
    r"been|(?:was|were) not) (?:accepted|approved|granted|successful)\b"
)

# (the words that open each reading and the others a match holds: read off its pattern,
# rejectwatch.model.prefilter.openers)
READINGS = readings(
    ("reader_out", _RU),
    ("reader_out", _ES),
    ("reader_out", _ID),
    ("reader_out", _PT),
    ("reader_out", _REQUEST),
)
