"""The post gone to another, or the reader's application stopped, in languages read slices 161 and
162 refused in (issue 11, sixty-second pass, second round). Each is written for its shape, not
its sentence:

* **the post gone to another**: Bulgarian "Мястото получи майстор" (the place went to a master),
  Ukrainian "Місце отримала пані …" (the place went to Mrs …), Hindi "… को ओहदा सौंपा गया" (the
  post was handed to …), Armenian "տեղը արդեն զբաղեցրել է մեկ ուրիշ …" (another has already
  taken the place), Amharic "ቦታውን … ወስዳለች" (she took the place); never the reader ("вас",
  "вам", "आपको");
* **the post filled**: Tamil "அந்தப் பணியிடம் இப்போது நிரம்பிவிட்டது";
* **the reader's application stopped**: Thai "ขอปิดใบสมัครของท่าน" (we close your application;
  never "จะ", will), Amharic "ማመልከቻዎ እዚህ ያበቃል" (your application ends here), French "pour
  vous, l'aventure chez nous se termine là", Bulgarian "така че тук спираме" (so here we stop),
  Ukrainian "ваша кандидатура далі не йде", Hindi "आपकी अर्ज़ी हमने रोक दी है", Irish "nach
  bhfuil an post le tairiscint duit" (the post is not to be offered to you).

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_GONE_TO_ANOTHER = re.compile(
    # Bulgarian and Ukrainian: the place went to [a person] (never you)
    r"\bмястото (?:получи|взе|зае)\b (?!вас\b|вие\b)\w+"
    r"|\bмісце (?:отримала|отримав|отримали|зайняла|зайняв|зайняли)\b (?!вас\b|ви\b|вам\b)\w+"
    # Hindi: the post was handed to [a person] (never "आपको", to you)
    r"|(?<!आप)को (?:ओहदा|पद|नौकरी|काम|जगह) सौंप(?:ा|ी) (?:गया|गई|दिया)"
    # Armenian: another [master] has already taken the place
    r"|տեղը[^.։\n]{0,20}?զբաղեցր(?:ել է|եց) (?:մեկ )?ուրիշ"
    # Amharic: [a person] took the place
    r"|ቦታውን[^።\n]{0,60}?ወስ(?:ዳለች|ዷል|ደዋል)"
)
_FILLED = re.compile(
    # Tamil: that post is now filled
    r"(?:பணியிடம்|பணியிடமும்|வேலை|இடம்)[^.!?\n]{0,20}?நிரம்பி(?:விட்டது|யது)"
)
_STOPPED = re.compile(
    # Thai: we close your application (never "will")
    r"(?<!จะ)(?:ขอ)?ปิดใบสมัคร(?:ของ)?(?:ท่าน|คุณ)"
    # Amharic: your application ends here
    r"|ማመልከቻዎ እዚህ ያበቃል"
    # French: for you, the adventure with us ends there
    r"|\bpour vous,? l['\u2019]aventure (?:[a-zà-ÿ]+ ){0,3}?(?:se termine|s['\u2019]arrête|"
    r"s['\u2019]achève) (?:là|ici)\b"
    # Bulgarian: so here we stop
    r"|\b(?:така че|затова|ето защо) (?:тук|дотук) спираме\b"
    # Ukrainian: your candidacy goes no further
    r"|\bваша (?:кандидатура|заявка)\b[^.!?\n]{0,15}? далі не (?:йде|піде|розглядається|"
    r"рухається)"
    # Hindi: we have stopped your application
    r"|आपकी (?:अर्ज़ी|अर्जी|आवेदन|दरख़्वास्त)[^।.!?\n]{0,15}?रोक (?:दी|दिया) (?:है|गई|गया)"
    # Irish: that the post is not to be offered to you
    r"|\b(?:nach bhfuil|níl) an (?:post|jab|áit|ról) le tairiscint duit\b"
)

READINGS = readings(
    ("chose_other", _GONE_TO_ANOTHER),
    ("role_gone", _FILLED),
    ("reader_out", _STOPPED),
)
