"""A case, a time still ahead or a span not over, in other languages (issue 11, sixty-seventh pass,
sweep group b): the words that make a sentence conditional or still to come, so that an
application confirmation's "until the post is filled", "if we choose someone else" or "while we
review" gives no decision token. Exported as CONDITIONAL and NOT_YET (add both names to
__all__), which rejectwatch.model.language_modules joins into the checks of every reading.

Added here, each tied to the words after it where it is also a common word elsewhere:

* CONDITIONAL: Welsh "pe bai" (were it), "rhag ofn" (in case); Irish "sa chás go", "i gcás
  go" (in case); Yoruba "bí ... bá" opening a sentence (if, the particle "bá" within three
  words); Tamil verbs in "-ன்றால்", "-ந்தால்" (if it goes, if it comes) in a sentence's first
  clause, never after "ஆனால்" (but); not the instrumental "-த்தால்";
  Vietnamese "lỡ như", "nhỡ như", "ngộ nhỡ", "phòng khi" (should it happen) and "trường hợp"
  opening a sentence (in case); Galician "se" before a choice of ours ("se escollemos");
  Norwegian and Danish "i tilfelle", "i tilfælde" (in case); Finnish "siinä tapauksessa".
* NOT_YET: Swedish, Norwegian and Danish "så snart" (as soon as; not "så snart som möjligt", as
  soon as possible); Welsh "pan" before a verb of its own ("pan fydd", when it is; bare it is
  the Polish "Mr"); Slovak "kým" before a negated verb ("kým nebude", until it is); Lithuanian
  "kai" before a time ahead ("kai bus", when it will be); Persian "وقتی" (when) before a verb
  still to come; Bengali "গেলে" (once it has gone; not "গেলেন", went); Indonesian "setelah
  keputusan diambil" (once the decision is taken); Icelandic "þar til", "þangað til" (until; not
  "þar til nú"); Norwegian and Danish "til" before the post filled or a subject with its verb
  ("til stillingen er besatt", "til vi har"); Finnish "kunnes" (until), "sillä aikaa kun"
  (while).
"""

from __future__ import annotations

from rejectwatch.model.prefilter import Reading

__all__ = ["CONDITIONAL", "NOT_YET", "READINGS"]

READINGS: tuple[Reading, ...] = ()

CONDITIONAL = (
    # Welsh: were it, in case
    r"|\b(?:pe bai|pe baem|pe baech|pe byddai|rhag ofn)\b"
    # Irish: in case (that), in case (that) not
    r"|\b(?:sa chás|i gcás) (?:go|nach)\b"
    # Yoruba: "bí" (if) opening its sentence, with its particle "bá" within three words, "bí ó
    # bá ṣẹlẹ̀ pé"; not "ṣùgbọ́n bí ... bá" after a decision, "but if a new post opens"
    r"|(?:(?<=^)|(?<=[.!?:;\n] )|(?<=\n))bí (?:[^\s.,!?;:]+ ){0,3}?bá\b"
    # Tamil: the conditional past stem, "சென்றால்" (if it goes), "வந்தால்" (if it comes), in a
    # sentence's first clause, never after "ஆனால்" (but): "..., ஆனால் புதிய பணியிடம் திறந்தால்"
    r"|(?:(?<=^)|(?<=[.!?:;\n] )|(?<=\n))(?:(?!ஆனால்|ஆனாலும்|எனினும்|ஆயினும்)[^.!?;:\n,])*?"
    r"(?:ன்றால்|ந்தால்)"
    # Vietnamese: should it happen, in case
    r"|\b(?:lỡ như|nhỡ như|ngộ nhỡ|phòng khi)\b"
    r"|(?:(?<=^)|(?<=[.!?:;\n] )|(?<=\n))trường hợp\b"
    # Galician: if we choose, if we decide
    r"|\bse (?:escollemos|eliximos|seleccionamos|optamos|decidimos|preferimos)\b"
    # Norwegian, Danish: in case; Finnish: in that case
    r"|\b(?:i tilfelle|i tilfælde|siinä tapauksessa)\b"
)
NOT_YET = (
    # Swedish, Norwegian, Danish: as soon as (not "as soon as possible")
    r"|\bså snart\b(?! som (?:möjligt|mulig|muligt)\b)"
    # Welsh: when, before a verb of its own
    r"|\bpan (?:fydd|fyddwn|fyddwch|fyddant|gawn|gewch|ddaw|wnawn|benderfynwn)\b"
    # Slovak: until, before a negated verb ("kým nebude", "kým neukončíme")
    r"|\bkým ne\w+"
    # Lithuanian: when, before a time ahead
    r"|\bkai (?:bus|tik|priimsime|baigsime|baigsis|gausime|nuspręsime|išrinksime)\b"
    # Persian: when, before a verb still to come ("وقتی تصمیم گرفته شود"; never the past, "وقتی
    # بررسی کردیم", when we reviewed)
    r"|\bوقتی\b[^.!?\n،]{0,60}?\b(?:شود|بشود|کنیم|بگیریم|باشد|برسد|بگیرد|گرفته شود)\b"
    # Bengali: once it has gone ("হয়ে গেলে"); never the honorific past "গেলেন" (went), nor
    # "গেলেও" (even though it went)
    r"|গেলে(?!ন|ও)"
    # Indonesian: once the decision is taken (never "setelah meninjau ..., kami akan melanjutkan
    # dengan kandidat lain", after reviewing, we will go on with another: a decision given)
    r"|\bsetelah keputusan (?:akhir |final )?(?:diambil|dibuat|ditetapkan)\b"
    # Icelandic: until (not "until now")
    r"|\b(?:þar til|þangað til)\b(?! (?:nú|núna|dagsins)\b)"
    # Norwegian, Danish: until the post is filled, until we have
    r"|\btil (?:stillingen|stillinga|jobben) er (?:besat|besatt|tilsatt|fyldt|fylt)\b"
    r"|\btil (?:vi|du|dere) (?:har|er|hører|får|finner|træffer|tar|tager)\b"
    # Finnish: until, while
    r"|\b(?:kunnes|sillä aikaa kun)\b"
)
