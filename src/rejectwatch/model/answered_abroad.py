"""The post gone to another, or the reader's application closed, in languages read slices 153 and
154 refused in (issue 11, sixty-first pass, second round).

Each is written for its shape, not its sentence:

* **"we chose [a person]"** in Irish ("Roghnaíomar cniotálaí ón oileán"), Armenian ("Մենք
  ընտրեցինք … վարպետի"), Maltese ("Għażilna pittur …") and Amharic ("… ባለሙያ መርጠናል"), never
  the reader ("thú", "Ձեզ", "lilek", "እርስዎን");
* **another kept**: Portuguese "ficou com outra artesã" (never another day or time), Malay
  "sudah diisi oleh …" (already filled by); Russian "взяли другого мастера" (took another
  master) is left_behind_abroad's "took or chose another";
* **the reader's application or file closed, or stopping here**: Russian "ваш отклик закрыт",
  Portuguese "a sua candidatura encerra-se", Malay "permohonan anda ditutup", Thai
  "ใบสมัครของคุณจึงปิด", Telugu "మీ అర్జీ ఇక్కడితో ఆగుతుంది", Marathi "तुमची फाईल बंद केली",
  Gujarati "તમારી અરજી અહીં બંધ થાય છે", Punjabi "ਤੁਹਾਡੀ ਅਰਜ਼ੀ ਇੱਥੇ ਬੰਦ ਹੁੰਦੀ ਹੈ", Sinhala
  "ඔබේ ඉල්ලීම මෙතැනින් නවතී", Tamil "this time your name is not there" ("இம்முறை உங்கள் பெயர்
  இல்லை");
* **hiring closed**: Hindi "भर्ती अब बंद है".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_WE_CHOSE = re.compile(
    # Irish, Maltese
    r"\broghnaíomar (?!thú\b|tú\b|tusa\b|sibh\b)\w+"
    r"|\bgħażilna (?!lilek\b|lilkom\b|lil-)\w+"
    # Armenian: "we chose", never "you" (Ձեզ, քեզ)
    r"|ընտրեցինք (?!ձեզ|քեզ|Ձեզ)\S+"
    # Amharic: "[a person] we have chosen", never "you" (እርስዎን, አንተን, አንቺን)
    r"|(?<!እርስዎን )(?<!አንተን )(?<!አንቺን )(?:ባለሙያ|ሰው|ሠራተኛ|አመልካች|ሌላ \S+) መርጠናል"
)
_ANOTHER_TAKEN = re.compile(
    # (Russian "взяли другого мастера", took another master, is left_behind_abroad's "took or
    # chose another")
    # Portuguese: kept another, "ficou com outra artesã", "ficámos com outro trabalhador" (never
    # another day, date or time)
    r"\bfic(?:ou|ámos|amos) com (?:outra|outro) (?!dia\b|data\b|hora\b|horário\b|sala\b)\w+"
    # Malay: already filled by someone
    r"|\b(?:sudah|telah) diisi oleh (?!anda\b|saudara\b|awak\b)\w+"
)
_YOURS_CLOSED = re.compile(
    r"\bваш (?:отклик|резюме)\b[^.!?\n]{0,20}? (?:закрыт|отклонён|отклонен)\b"
    r"|\bваша (?:заявка|кандидатура)\b[^.!?\n]{0,20}? (?:закрыта|отклонена)\b"
    r"|\ba sua candidatura (?:encerra-se|fica encerrada|foi encerrada|termina aqui)\b"
    r"|\bpermohonan (?:anda|saudara|awak)\b[^.!?\n]{0,20}? (?:ditutup|tidak berjaya|ditolak)\b"
    r"|ใบสมัครของคุณ(?:จึง)?(?:ถูก)?ปิด"
    r"|మీ (?:అర్జీ|దరఖాస్తు)\S* ఇక్కడితో (?:ఆగుతుంది|ముగుస్తుంది|ఆగింది)"
    r"|(?:तुमची|तुमचा|आपला|आपली) (?:फाईल|फाइल|अर्ज)\S* (?:येथे |इथे )?बंद (?:केली|केला|झाली|झाला|"
    r"करत आहोत)"
    r"|(?:તમારી|આપની) (?:અરજી|ફાઇલ)\S* (?:અહીં |અહીંયા )?બંધ (?:થાય છે|થઈ|કરી|કરીએ છીએ)"
    r"|(?:ਤੁਹਾਡੀ|ਤੁਹਾਡਾ) (?:ਅਰਜ਼ੀ|ਅਰਜੀ|ਫ਼ਾਈਲ)\S* (?:ਇੱਥੇ |ਇਥੇ )?ਬੰਦ (?:ਹੁੰਦੀ|ਹੋ|ਕਰ)"
    r"|ඔබේ (?:ඉල්ලීම|අයදුම්පත)\S* (?:මෙතැනින්|මෙතනින්) (?:නවතී|අවසන්)"
    r"|(?:இம்முறை|இந்த முறை) உங்கள் பெயர் இல்லை"
)
_HIRING_CLOSED = re.compile(r"(?:भर्ती|नियुक्ति)\S* (?:अब )?बंद (?:है|हो गई|कर दी)")

READINGS = readings(
    ("chose_other", _WE_CHOSE),
    ("chose_other", _ANOTHER_TAKEN),
    ("reader_out", _YOURS_CLOSED),
    ("role_gone", _HIRING_CLOSED),
)
