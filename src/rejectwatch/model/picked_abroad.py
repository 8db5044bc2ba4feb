"""The post gone to another, said with the person who got it, in languages read slices 171 and 172
refused in (issue 11, sixty-third pass, second round). Each is written for its shape, not its
sentence:

* **the place fell to, or was got by, a person named by who they are**: Serbian and Croatian
  "Mesto je pripalo čoveku iz Ivanjice", Slovenian "Mesto mesarja je dobil fant iz Škofje Loke",
  Estonian "Meistri koha sai Kuressaare mees", Icelandic "Starfið fékk kona frá Hvolsvelli",
  Finnish "Paikka meni kuitenkin … hitsarille" (to a welder, any person in the allative);
* **the duty handed to a person**: Urdu "یہ ذمہ داری اُس پرانے کاریگر کو سونپی گئی";
* **another chosen, so the application goes no further**: Bengali "আরেকজন কারিগরকে বেছে নিয়েছি"
  (we have chosen another craftsman), "আপনার আবেদন আর এগোবে না";
* **a person chosen from another works**: Thai "ผู้จัดการเลือกพี่จากโรงงาน…" (the manager chose
  an elder from the … works); never "you" (คุณ, ท่าน).

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_GOT_BY_ANOTHER = re.compile(
    # Serbian, Croatian: the place fell to [a person] (never to you)
    r"\b(?:mesto|mjesto|место)\b[^.!?\n]{0,30}? (?:je )?(?:pripalo|припало)(?: je)? "
    r"(?!(?:je |је )?(?:vama|vam|вама|вам|tebi|теби)\b)\w+"
    # Slovenian: the place was got by [a person] (never you)
    r"|\bmesto\b[^.!?\n]{0,30}? je (?:dobil|dobila|prejel|prejela)\b (?!vi\b|ti\b)\w+"
    # Estonian: [a person] got the place (never you)
    r"|\bkoha (?:sai|said|saab)\b (?!te\b|teie\b|sina\b|sa\b)\w+"
    # Icelandic: [a person] got the job, the post (never you)
    r"|\b(?:starfið|stöðuna|plássið) (?:fékk|hlaut|hreppti)\b (?!þú\b|þig\b)\w+"
    # Finnish: the place went to [someone] (allative; never you)
    r"|\bpaikka meni\b(?: kuitenkin| jo| lopulta)? (?!sinulle\b|teille\b)"
    r"(?:[^.!?\n\s]+ ){0,5}?[^.!?\n\s]+(?:lle|lleen)\b"
)
_HANDED = re.compile(
    # Urdu: this duty, this post was handed to [a person] (never to you, "آپ کو")
    r"(?:ذمہ داری|ذمہ داریاں|عہدہ|نوکری|جگہ|کام)[^.۔!؟\n]{0,60}?(?<!آپ )کو "
    r"(?:سونپی گئی|سونپا گیا|سونپ دی گئی|سونپ دیا گیا|دے دی گئی|دے دیا گیا)"
)
_CHOSE_ANOTHER = re.compile(
    # Bengali: we have chosen another [craftsman, worker, applicant]
    r"(?:আরেকজন|অন্য একজন|আরেক জন)[^।.!?\n]{0,30}?(?:কারিগরকে|কর্মীকে|প্রার্থীকে|জনকে|মানুষকে|"
    r"লোককে) (?:বেছে নিয়েছি|বেছে নিয়েছে|বেছে নিলাম|নিয়েছি|নিয়োগ দিয়েছি|নিলাম)"
    # Thai: [the manager, the works] chose an elder, a worker from another works (never you)
    r"|(?:เลือก|รับ)(?:พี่|ช่าง|คนงาน|ผู้สมัคร|หัวหน้า)(?!คุณ|ท่าน)[^\s]{0,30}?(?:จากโรงงาน|จากบริษัท|"
    r"จากร้าน|ซึ่งคุม|ซึ่งมี|ที่มีประสบการณ์)"
)
_NO_FURTHER = re.compile(
    # Bengali: your application will go no further
    r"আপনার (?:আবেদন|আবেদনটি|দরখাস্ত) (?:আর )?(?:এগোবে না|এগোচ্ছে না|সামনে যাবে না)"
)

READINGS = readings(
    ("chose_other", _GOT_BY_ANOTHER),
    ("chose_other", _HANDED),
    ("chose_other", _CHOSE_ANOTHER),
    ("reader_out", _NO_FURTHER),
)
