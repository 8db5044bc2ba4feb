"""The post given to another, or the reader's application ending here, in languages read slices
157 and 158 refused in (issue 11, sixty-first pass, fourth round).

Each is written for its shape, not its sentence:

* **the post given to another**: Hmong "Txoj haujlwm no muab rau ib tug …", Sundanese
  "Padamelan éta tos dipasihkeun ka …", Javanese "… sampun dipun paringaken dhateng …", Samoan
  "O le avanoa ua tu'uina atu i se …", Māori "Kua riro te tūranga i tētahi …", Oromo "Bakki sun
  … kennameera", Tigrinya "እቲ ቦታ … ተዋሂቡ", Twi "Yɛapaw obi foforɔ" (we chose someone else),
  Welsh "Rydym wedi dewis rhywun arall", Kurmanji "Me kesekî din hilbijart", Pashto "موږ دا دنده
  یو بل کاریګر ته ورکړه" (we gave this job to another worker),
  Russian "Мастерская взяла художницу" (the workshop took a painter; never "we took your number");
* **the reader's application ending here**: Hmong "koj daim ntawv xaus rau ntawm no", Sundanese
  "lamaran anjeun ngan dugi ka dieu", Javanese "lamaran panjenengan mandheg wonten mriki",
  Samoan "ua uma ai iinei lau talosaga", Māori "ka mutu tō tono ki konei", Oromo "iyyannoon
  keessan asumatti dhaabbata", Tigrinya "መመልከቲኹም ኣብዚ ይውዳእ", Twi "yɛrenkɔ so ne wo
  abisadeɛ no" (we won't go on with your application), Russian "вашу заявку мы закрываем".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_GIVEN_TO_ANOTHER = re.compile(
    # Hmong: this job given to a [person] (never "koj", you)
    r"\b(?:txoj haujlwm|txoj dej num|qhov chaw)\b[^.!?\n]{0,20}? muab rau (?!koj\b)(?:ib tug|ib "
    r"leeg|lwm tus|lwm tug)\b"
    # Sundanese and Javanese: has been given to [a person] (never "anjeun", "panjenengan")
    r"|\b(?:tos|parantos|geus) dipasihkeun ka (?!anjeun\b)\w+"
    r"|\b(?:sampun|wis) (?:dipun )?(?:paringaken|diparingake|diwenehake) (?:dhateng|marang|"
    r"menyang) (?!panjenengan\b|sampeyan\b)\w+"
    # Samoan: the opening has been given to a [person]
    r"|\bua tu['\u2019]uina atu i (?:se|le|isi) (?!oe\b)\w+"
    # Māori: the position has gone to a [person]
    r"|\bkua riro te (?:tūranga|turanga|mahi|tūru) i (?:tētahi|tetahi|te) (?!koe\b)\w+"
    # Oromo: that place has been given to [a person]
    r"|\bbakki (?:sun|kun|hojii)\b[^.!?\n]{0,60}? kennameera\b"
    # Tigrinya: that place has been given
    r"|እቲ (?:ቦታ|ስራሕ)[^.!?\n።]{0,60}? ተዋሂቡ"
    # Twi: we have chosen someone else
    r"|\byɛapaw obi (?:foforɔ|foforo|bi)\b"
    # Welsh and Kurmanji: we have chosen someone else
    r"|\b(?:rydym|rydyn ni|rŷn ni|dyn ni) wedi dewis rhywun arall\b"
    r"|\bme kesek(?:î|i) din hilbijart\b"
    # Pashto: we gave this job to another [worker]
    r"|یو بل \S+ ته (?:ورکړه|ورکړې|ورکړل شوه)"
    # Russian: the workshop, the firm or we took a [person] (never a day, a date or a time)
    r"|\b(?:мастерская|компания|фирма|студия|артель|бригада) (?:взяла|взял|взяли) (?!(?:другую |"
    r"другой |новую "
    r"|новый |иную |иной )?(?:день|дату|время|паузу|выходной|отпуск)\b)\w+"
)
_ENDS_HERE = re.compile(
    r"\bkoj daim ntawv\b[^.!?\n]{0,20}? xaus rau ntawm no\b"
    r"|\blamaran anjeun\b[^.!?\n]{0,20}? dugi ka dieu\b"
    r"|\blamaran (?:panjenengan|sampeyan)\b[^.!?\n]{0,20}? (?:mandheg|mandeg|rampung) (?:wonten|"
    r"ing|neng) (?:mriki|kene)\b"
    r"|\bua uma (?:ai )?(?:iinei|i inei) (?:lau|lou) talosaga\b"
    r"|\bka mutu (?:tō|to|tāu|tau) tono (?:ki konei|i konei)\b"
    r"|\biyyannoon keessan\b[^.!?\n]{0,20}? (?:asumatti|asitti) dhaabbata\b"
    r"|መመልከቲኹም ኣብዚ ይውዳእ"
    r"|\byɛrenkɔ so ne wo (?:abisadeɛ|abisadee|adwuma abisadeɛ)\b"
    r"|\bвашу (?:заявку|кандидатуру) (?:мы )?(?:закрываем|закрыли)\b"
)

READINGS = readings(
    ("chose_other", _GIVEN_TO_ANOTHER),
    ("reader_out", _ENDS_HERE),
)
