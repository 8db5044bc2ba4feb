"""The post gone to another, and the reader's application stopping here, in languages read
slices 173 and 174 refused in (issue 11, sixty-third pass, third round). Each is written for its
shape, not its sentence:

* **the post gone to, or got by, another**: Thai "มีคนได้ไปแล้ว" (someone has got it), Hindi "…
  की कुर्सी … को मिली है" (the chair went to …) and "… पर अब कोई और बैठेगा" (someone else will
  now sit on it), Yoruba "… ti lọ sọ́dọ̀ …" (has gone to …), Georgian "ადგილი … ერგო" (the place
  fell to …), Armenian "տեղը ստացավ …" (… got the place), Albanian "Vendi … i shkoi …" (the
  place went to …), Tamil "ஒருவருக்கு சென்றுவிட்டது" (has gone to someone), Swedish "platsen …
  går till en …"; never to the reader;
* **the application or the file stopping here**: Hindi "आपकी फ़ाइल यहीं रुकती है", Yoruba "Ìwé yín
  dúró síbí" (or "parí síbí", finishing there), Georgian "თქვენი წერილი აქ ჩერდება",
  Armenian "Ձեր դիմումն այստեղ կանգ է առնում",
  Swedish "Din ansökan stannar här".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_GONE_TO_ANOTHER = re.compile(
    # Thai: someone has got it already
    r"มีคน(?:อื่น)?ได้ไปแล้ว"
    # Hindi: the chair, the post went to [a person] (never "आपको", to you); someone else will
    # now sit on it
    # (never the application received, "पद वाली अर्ज़ी केंद्र को मिली")
    r"|(?:कुर्सी|पद|जगह|नौकरी|ओहदा)(?:(?!अर्ज़ी|अर्जी|आवेदन|पत्र|फ़ॉर्म|फॉर्म|चिट्ठी)[^।.!?\n]){0,40}?"
    r"(?<!आप)को मिल(?:ी|ा|ी है|ा है|\u0940 \u0939\u0948)"
    r"|(?:कुर्सी|पद|जगह)[^।.!?\n]{0,30}? पर (?:अब )?कोई और (?:बैठेगा|बैठेगी|आएगा|आएगी|होगा|होगी)"
    # Yoruba: the post has gone to [a person]
    r"|\b(?:ipò|ipo|iṣẹ́|ise|àyè|aye)\b[^.!?\n]{0,60}?ti lọ (?:sọ́dọ̀|sodo)(?!\w)"
    # Georgian: the place fell to [a person]
    r"|ადგილი[^.!?\n]{0,40}? ერგო"
    # Armenian: [a person] got the place
    r"|տեղը ստացավ"
    # Albanian: the place went to [a person] (never to you)
    r"|\bvendi\b[^.!?\n]{0,40}? i shkoi (?!juve\b|ty\b)\w+"
    # Tamil: it has gone to one person
    r"|ஒருவருக்கு (?:சென்றுவிட்டது|போய்விட்டது|கிடைத்துவிட்டது|வழங்கப்பட்டது)"
    # Swedish: the place (any compound on "-platsen"), the post goes to a …
    # (never after "om", if, nor to an interview round or a meeting)
    r"|(?<!\bom )\b\w*(?:platsen|tjänsten|jobbet)\b[^.!?\n]{0,30}? (?:går|gick) till (?:en|ett|"
    r"någon) (?!(?:annan |annat )?\w*(?:intervju|omgång|runda|möte|träff|samtal|test|avdelning|"
    r"enhet|grupp|team|kontor|granskning)\w*\b)"
)
_STOPS_HERE = re.compile(
    # Hindi: your file stops right here
    r"आपकी (?:फ़ाइल|फाइल|अर्ज़ी|अर्जी|आवेदन|दरख़्वास्त) (?:यहीं|यहाँ|यहां) (?:रुकती|रुकता|ख़त्म होती|"
    r"खत्म होती|समाप्त होती|समाप्त होता) है"
    # Yoruba: your paper (application) stops here
    # (sixty-fourth pass: or finishes there, "ìbéèrè yín parí síbí", once
    # settled_abroad's)
    r"|\b(?:ìwé|iwe|ìbéèrè|ibeere) (?:yín|yin|rẹ|re) (?:dúró|duro|parí|pari) "
    r"(?:síbí|sibi|níbí|nibi)"
    r"(?!\w)"
    # Georgian: your letter, your application stops (ends) here
    r"|თქვენი (?:წერილი|განაცხადი) აქ (?:ჩერდება|სრულდება|მთავრდება)"
    # Armenian: your application stops (sixty-fourth pass: or ends) here
    r"|ձեր դիմում(?:ն|ը)? (?:այս անգամ )?այստեղ (?:կանգ է առնում|ավարտվում է)"
    # Swedish: your application stops here
    r"|\bdin ansökan (?:stannar|slutar|tar slut) här\b"
)

READINGS = readings(
    ("chose_other", _GONE_TO_ANOTHER),
    ("reader_out", _STOPS_HERE),
)
