"""The reader's application ended, or the post gone to someone else, in languages read slices
141 and 142 refused in (issue 11, fifty-ninth pass, second round).

Each is written for its shape, not its sentence: the reader's application refused, not passed or
closed ("permohonan anda ditolak", "aplikimi juaj nuk kaloi", "jūsu pieteikums netiek
atbalstīts", "la vostra sol·licitud es tanca", "ni fyddwn yn symud ymlaen â'ch cais", "não
avançamos consigo", "per lei è un no", Nepali "your name did not fall", Bengali "your name
dropped", Tamil "cannot give you work" and "could not take you"); and the post chosen for or gone
to another ("escolhemos outra rendeira", "a vaga vai para um pintor", "zgjodhëm një argjendar",
"esam pieņēmuši meistaru", "abbiamo preferito un mosaicista", "la plaça l'ocupa una
treballadora", "penderfynu penodi rhywun", "jawatan ... diberikan kepada", Nepali "went to
another", Bengali "an old embroiderer got it", Tamil "we have taken on one" and "one has
joined"). Never the reader as the one chosen ("anda", "você", "ju", "jūs", "lei", "chi",
"আপনি", "உங்களை").

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_OUT = re.compile(
    # Malay and Indonesian
    r"\b(?:permohonan|lamaran) (?:anda|saudara|saudari|kamu|puan|encik|tuan)\b(?: \w+){0,3}? "
    r"(?:telah |sudah )?(?:ditolak|tidak berjaya|tidak berhasil|tidak dapat diteruskan)\b"
    # Portuguese
    r"|\bnão (?:avançamos|seguimos|prosseguimos|continuamos) (?:consigo|com você|contigo)\b"
    # Albanian
    r"|\baplikimi (?:juaj|yt)\b(?: \w+){0,2}? nuk (?:kaloi|kalon|u pranua|u përzgjodh|vazhdon)\b"
    # Latvian
    r"|\b(?:jūsu|tavs) pieteikums\b(?: \w+){0,2}? (?:netiek atbalstīts|netika atbalstīts|nav "
    r"atbalstīts|ir noraidīts|tika noraidīts)\b"
    # Italian ("per lei, stavolta, è un no")
    r"|\bper (?:lei|te|voi),? (?:\w+,? ){0,2}?è un no\b"
    # Catalan ("la vostra sol·licitud, doncs, es tanca")
    r"|\bla (?:vostra|teva|seva) (?:sol·licitud|candidatura)(?:,? \w+,?)? es (?:tanca|tanquen)\b"
    # Welsh
    r"|\bni fyddwn yn symud ymlaen (?:â|a|gyda)(?:" + _A + r"ch| eich) cais\b"
    # Nepali, Bengali, Tamil
    r"|तपाईंको नाम (?:परेन|छानिएन)|আপনার নাম বাদ (?:পড়ল|পড়েছে|পড়ল|পড়েছে)"
    r"|வேலை (?:தர|கொடுக்க) (?:இயலாது|இயலவில்லை|முடியாது|முடியவில்லை)"
    r"|(?:உங்களை|தங்களை) (?:இப்போது |இம்முறை )?(?:எடுக்க|தேர்ந்தெடுக்க|சேர்க்க) "
    r"(?:முடியவில்லை|இயலவில்லை|இயலாது|முடியாது)"
)  # fmt: skip
_OTHER = re.compile(
    # Portuguese: another chosen, or the post going to one ("a vaga vai para um pintor")
    r"\bescolhemos (?:outra|outro) (?!(?:data|dia|horário|hora|local|momento|formato|caminho)\b)"
    r"\w+|\ba vaga (?:vai|foi|ficou) (?:para|com) (?:um|uma|outro|outra|alguém)\b"
    # Albanian, Latvian, Italian
    r"|\bzgjodhëm (?:një|dikë|një tjetër)\b"
    r"|\b(?:esam|mēs) (?:pieņēmuši|izvēlējušies) (?!jūs\b|jūsu\b)\w+"
    r"|\babbiamo (?:preferito|scelto) (?:una? |un" + _A + r")(?!(?:altr[oa] )?(?:data|giorno|"
    r"orario|ora|momento|colloquio|luogo|formato)\b)\w+"
    # Catalan: the post taken by someone ("la plaça de cosidora l'ocupa una treballadora")
    r"|\bla plaça\b(?: de \w+)? l" + _A + r"ocupa (?:una|un|altra|altre|algú)\b"
    # Welsh: decided to appoint someone
    r"|\bpenderfynu penodi (?:rhywun|ymgeisydd arall|person arall)\b"
    # Malay: the post given to someone, never the reader
    r"|\bjawatan\b[^.!?\n]{0,60}? diberikan kepada (?!anda\b|saudara\b|saudari\b)\w+"
    # Nepali: gone to another; Bengali: got by someone; Tamil: one taken on, one joined
    r"|अर्को \S+ (?:लाई )?गयो|(?:এক|অন্য|আরেক) \S+ পেয়েছেন"
    r"|ஒருவரைச் சேர்த்திருக்கிறோம்|ஒருவரை (?:சேர்த்துள்ளோம்|எடுத்துள்ளோம்)"
    r"|ஒருவர் [^.!?\n]{0,40}?சேர்ந்துவிட்டார்"
)  # fmt: skip

READINGS = readings(("reader_out", _OUT), ("chose_other", _OTHER))
