"""The usual refusal formulas of western Europe's regional varieties, two contact varieties and
one constructed language (issue 11, twenty-ninth pass, part N).

The slices keep choosing regional, minority and constructed varieties of big languages, and a
language no reading knows is mostly missed. written-50 wrote thirty languages no slice, batch or
reading named; the shipped model filed 18 of its 90 refusals. Each language's usual ways of
saying the reader was not chosen, the post is filled or someone else was chosen are read here
(rejectwatch.model.languages_eastern_minor reads the batch's Slavic, Mongolic, Turkic and
Caucasian ones), written for the language and never one message's words; a form a reading of
the big language already reads ("no has estat seleccionat", "o posto xa está cuberto") is left
to it:

* Nynorsk: "du vart (dessverre) ikkje vald ut", "stillinga er no sett / fylt", "vi har tilsett
  ein annan søkjar";
* Upper Saxon, Palatinate German, Hessian, Viennese, Tyrolean: "du bist / bisch nich / net /
  ned / nit dabei", "mir ham dich nich genomm'", "mir nemme dich net", "die Stell / de Stö is
  schunn weg / vergewwe / vageben / vergebn", "mir ham uns fier nen andern endschieden", "mer
  hänn uns anners entschied", "mia ham an andan gnumma", "hot si fir an ondern entschiedn";
* Gronings: "doe bist nait oetkozen", "de stee … is al vergeven / nait meer vrij", "wie hebben n
  aander noamen";
* Aranese and Niçard (Occitan), Monégasque and Tabarchino (Ligurian), Triestine, Gallurese,
  Calabrian: "non siatz estat seleccionat / chausit", "eth lòc / lo pouòst … ja ei / jà es
  ocupat", "auem causit ua auta persona", "avèn chausit una autra persona"; "nun sei stau
  scernüu", "nu sei stetu scernüu", "u postu (u l')è già / zà ocüpau", "amu / emmu scernüu
  ün'autra persuna"; "no la xe stada sielta", "el posto xe za ocupà", "gavemo ciolto un'altra
  persona"; "no seti statu sciuddutu", "lu postu è già occupatu", "emu sciuddutu un'alta
  parsona"; "'un siti statu sceltu", "'u postu è già occupatu", "avimu sceltu n'atra persuna";
* Cantabrian, Eonavian, Andalusian Spanish, Balearic Catalan: "nun jue escogíu", "el puestu ya
  está cubiertu", "escogiemos a otra presona"; "nun fostes escolleito", "escolleimos outra
  persoa"; "no t'hemo cogío", "hemo cogío a otra muchacha"; "sa plaça ja està coberta", "hem
  triat una altra persona";
* Portuñol, Llanito, Kristang: "no fuiste selecionado", "la vaga ya foi preenchida",
  "escolhimos otra persona"; "el job ya está filled"; "nus nungka skoyeh bos", "isti trabalu ja
  teng pesuah", "nus ja skoyeh otru pesuah";
* Toki Pona: "mi pana ala e pali …", "pali ni li jo e jan", "mi kama jo e jan ante tawa pali".

Their twins stay unread: a receipt with the language's "if you are (not) chosen" (each form
here opens after its subject in main-clause order, so "dersom du ikkje vart vald", "wenn mir
dich nich genomm' ham", "as doe nait oetkozen bist" and "se la no xe stada sielta" stay unread,
and "se", "si" and "wann" just before are looked behind), an invitation, the reader chosen, and
a place, ticket or seat for a concert, a bus or a car taken (the sentence names none after the
post).

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.decisions_abroad (rejectwatch.model.language_modules), so
the same checks apply. Every match lies inside one sentence and opens with a literal word.
"""

from __future__ import annotations

from collections.abc import Callable

from rejectwatch.model import lazy_re as re
from rejectwatch.model.languages_eurasia import VENUES
from rejectwatch.model.languages_usual import _not_in_sentence
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

# a concert, a ticket, a seat in a car or a bus, a parking space, a stall, an election, a side
SEATS = (
    VENUES + r"|\w*konzert\w*|\w*gonzerd\w*|kart\w*|kadde|kaarte|kardn|kaort\w*|\w*konsert\w*|"
    r"\w*concèrt\w*|\w*councert\w*|\w*cuncert\w*|\w*cunzert\w*|\w*conciert\w*|\w*consiert\w*|"
    r"\w*concert\w*|show|biglie\w*|biyet\w*|bilieti|billett\w*|entrad\w*|entrá|ingresso\w*|"
    r"tickets?|kalama|estacionamiento|garagem|pullman|corriera|machina|macchina|màchina|auto|"
    r"bus|autobus|sajm\w*|tavul\w*|mesa|sedia|cadira|wahl\w*|turnier\w*|mannschaft|team|"
    r"elecci\w*|eleiç\w*|kwartier|veur de wedstried|квитк\w*|izbor\w*|"
    # (part Q: a prize, a jury, a speech or a presentation, a mayor's or a council's vote)
    r"premiu\w*|prèmi\w*|prize|award|jur[iy]\w*|jurad\w*|xurad\w*|журі|жюри|presentaci\w*|"
    r"apresentaç\w*|discurs\w*|relator\w*|wójt\w*|sołtys\w*|burmistrz\w*|barca|barche|"
    r"traghet\w*|gita|gite|"
    # (a draw, a lottery; a board, a club's captain; a game, a match; a photo, a cover)
    r"rifa\w*|sorteo\w*|sorteio\w*|loter\w*|loddtrekning\w*|lodd|tombola|lotto|styre|styret|"
    r"styreleiar\w*|kapit\w*|fútbol\w*|futbol\w*|bolos|jogu|jogo|jogos|foto|fotos|portada|"
    r"calendari\w*|druży\w*|druzyn\w*|taneczn\w*|"
    # (a seat one is asked to leave for another: "sentite de là", "siediti lì", "sit over there")
    r"sentite|sentève|sentéve|siediti|sedetevi|siéntate|sentate|sit"
)
# (part Q: the post filled by the reader, a welcome: "ocupat per tu", "zà ocüpòu da ti",
# "preenchida por você", "filled by you", "zajęto przez ciebie")
BY_READER = (
    r"(?![^.!?\n]*\b(?:(?:da|dal|door|by|przez|aan|per|por|pola|pel|von|fer|fir|av) "
    r"(?:ti|te|você|vocês|you|ciebie|cię|cie|joe|jou|dich|vu|vus|bos|tebe|тебе|вас|deg|dykk)"
    r"|per tu)\b)"
)


def guarded(seats: str) -> tuple[Callable[..., re.Pattern[str]], Callable[[str], re.Pattern[str]]]:
    """The two ways a refusal is read in a sentence that names none of ``seats`` after it:
    ``taken(*(noun, rest))``, the post (a noun) said to be filled or taken (``rest``) a few
    words on, and ``chosen(pattern)``, any other refusal."""
    no_seat = _not_in_sentence(seats)
    span = no_seat + r"(?: \S+){0,4}? "

    def taken(*pairs: tuple[str, str]) -> re.Pattern[str]:
        return re.compile(
            "|".join(
                r"\b" + noun + span + rest + r"\b(?! (?:de|with|con|amb) )" + no_seat + BY_READER
                for noun, rest in pairs
            )
        )

    def chosen(pattern: str) -> re.Pattern[str]:
        return re.compile(r"(?:" + pattern + r")" + no_seat)

    return taken, chosen


_taken, _chosen = guarded(SEATS)


# ---------------------------------------------------------------------------------------------
# Nynorsk; Upper Saxon, Palatinate German, Hessian, Viennese, Tyrolean; Gronings
# ---------------------------------------------------------------------------------------------

# (part Q: a person after "für en andern", never a place, a date or a caterer)
_PERSON = (
    r"(?:bewerber\w*|bewerwer\w*|kandidat\w*|persoon|person|leit|leut|mo|mann|frau|fraa|"
    r"weibsbild|madl|mädel|bua|bub|kerl|kolleg\w*|sennerin|senner|aushilf\w*|kraft)"
)
_NORTH_OUT = _chosen(
    r"\bdu (?:vart|blei) (?:(?:dessverre|diverre|denne gongen) )*ikkje (?:vald|valt|plukka|"
    r"teken|tilsett)\b"
    r"|\bdu har (?:(?:dessverre|diverre) )*ikkje vorte (?:vald|valt|plukka|teken|tilsett)\b"
    # (inverted after a first word, never a sentence's opening "vart du ikkje vald, …": if)
    r"|(?<=[a-zæøå] )vart du (?:(?:dessverre|diverre) )*ikkje (?:vald|valt|plukka|teken|"
    r"tilsett)\b"
    # (the dialects' "not" only: standard German's "du bist nicht dabei" is any game's)
    r"|\bdu (?:bist|bisch|bischt|bis) (?:(?:leider|leida|halt|dismol|diesmol|diesmal|heuer|"
    r"dissmol|heit) )*(?:nich|net|ned|nit|nid) dabei\b"
    # (part Q: never "net dabei gewesen", not at a past meeting)
    r"(?! (?:gewesen|gwesen|gwesn|gwen|gsi|gsin|gwä|gewäse|gewese)\b)"
    r"|\b(?:mir|mer|mia) (?:ham|hawwe|hänn|hobm|hobn|han) (?:dich|di) (?:(?:diesmal|dismol|"
    r"diesmol|leider|leida|heuer|halt) )*(?:nich|net|ned|nit) (?:genomm\w*|genumme|gnumma|"
    r"gnommen|genumma|gnumme)"
    r"|\b(?:mir|mer|mia) (?:nemme|nemmen|nehman|nemma) (?:dich|di) (?:(?:diesmal|dismol|"
    r"diesmol|leider|leida|heuer|halt) )*(?:net|ned|nit)\b(?! (?:mit|mid|zum|ins|uff|af|auf)\b)"
    r"|\bdoe bist (?:(?:dizze keer|dit moal|spietig genog|jammer genog) )?nait (?:oetkozen|"
    r"aannomen|kozen)\b"
)
_NORTH_GONE = _taken(
    (
        r"stillinga(?: som \S+)?",
        r"(?:er|vart) (?:(?:no|alt|allereie|dessverre) )*(?:sett|fylt|besett)(?! (?:opp|ut|på|"
        r"i gang|inn|av|med)\b)",
    ),
    (
        r"(?:die|de|di|d') (?:stell|stelle|stö|stöll)",
        r"(?:is|isch|es) (?:(?:schon|schun|schunn|scho|ewwe|nu|jetzt|etz|leider|leida|halt) )*"
        r"(?:weg|wech|fort|vergewwe|vergebn|vageben|vagebn|besetzt|bsetzt)"
        r"(?! (?:vom|von|vum|aus|ausm|aus'm|aus dem|uff|auf|af)\b)",
    ),
    (r"de stee", r"is (?:al (?:vergeven|bezet|weg)|nait meer vrij)"),
)
_NORTH_OTHER = _chosen(
    r"\b(?:vi|kommunen|skulen|styret|bedrifta|firmaet|laget|sjukehuset) har (?:no )?(?:tilsett|"
    r"valt|vald|teke inn|teke) (?:ein annan|ei anna) (?:kandidat\w*|søkjar\w*|person|"
    r"medarbeidar)\b(?![^.!?\n]*\b(?:deg|dykk|dokker)\b)"
    r"|\b(?:mir|mer|mia) (?:ham|hawwe|hänn|hobm|hobn|han) (?:uns|ins) (?:fier|fer|für|fir|for) "
    r"(?:nen|ne|en|e|an|a|ä) (?:andern|annern|annere|andre|andere|andan|ondern|ondere|onderen)\b"
    r"(?: " + _PERSON + r")? (?:endschieden|entschiede|entschied|entschiedn|entschieden)\b"
    r"|\bhot si(?:ch)? (?:fir|für|fer) (?:an|a|en) (?:ondern|andern|andan|ondere|andre)\b"
    r"(?: " + _PERSON + r")? entschied\w*"
    r"|\b(?:mir|mer) (?:hänn|hawwe|ham) uns anner(?:s|sch) entschied\w*"
    r"|\b(?:mia|mir|mer) (?:ham|hawwe|hänn|hobm) (?:an|a|en|e) (?:andan|andre|andern|annern|"
    r"ondern) (?:gnumma|genomm\w*|genumme|gnommen)"
    r"|\b(?:mer|mir) (?:hänn|hawwe|ham) jemand (?:anneres|annern|anders|andern) (?:genumme|"
    r"genomm\w*|gnumma)"
    r"|\bwie hebben (?:n|ain|aine|'n) (?:aander|aandere|aandern)\b(?: \S+)? (?:noamen|kozen|"
    r"oetkozen|aannomen)\b"
)

# ---------------------------------------------------------------------------------------------
# Aranese, Niçard, Monégasque, Tabarchino, Triestine, Gallurese, Calabrian
# ---------------------------------------------------------------------------------------------

_SOUTH_OUT = _chosen(
    r"(?<!\bse )(?<!\bsi )\bnon (?:siatz|siás|siètz|sigues|sigatz|sètz|sias) (?:estat|estada|"
    r"estats|estadas) (?:seleccionat|seleccionada|causit|causida|chausit|chausida|retengut|"
    r"retenguda)\b"
    r"|(?<!\bse )\bnun? (?:sei|sëi|è|ei|ti sei) (?:stau|stetu|stà|stæto|stæta|steta|stada) "
    r"scern[üu](?:u|a|i|e|üa)?\b"
    r"|\bno (?:la|el|te|ti|'l) xe (?:stad[oa]|sta|stà) (?:sielt[oa]|ciolt[oa]|selezionad[oa])\b"
    r"|(?<!\bsi )\bno (?:seti|sei|sè) (?:statu|stata|stati) (?:sciuddut[uai]|sceltu|scelta)\b"
    r"|(?<!\bsi ')(?<!\bsi ’)(?:\bn|['’])un (?:siti|si|sì) (?:statu|stata|stati) scelt[uai]\b"
)
_SOUTH_GONE = _taken(
    (
        r"(?:eth|lo|er|le) (?:lòc|pòst|pouòst|pouost|pòste)",
        r"(?:(?:ja|jà|deja|dejà) (?:ei|es|és|èst)|(?:ei|es|és|èst) (?:ja|jà|deja|dejà)) "
        r"(?:ocupat|ocupada|pourvegut|provesit|pres)",
    ),
    (r"u postu", r"(?:u l['’]è|l['’]è|è) (?:già|zà|ja) (?:ocüpau|ocüpòu|ocupau|pigliau|piggiòu)"),
    (r"el posto", r"xe (?:za|già|zà) (?:ocupà|ocupado|ciapà|dado via)"),
    (r"(?:lu|['’]u) postu", r"è già (?:occupatu|presu|datu|pigliatu)"),
)
_SOUTH_OTHER = _chosen(
    r"\b(?:auem|avèn|avem|avèm) (?:causit|chausit|chausi|pres) (?:ua|una|un|uno) (?:auta|autra|"
    r"aute|autre|autro) (?:persona|persouno|candidat|candidata)\b"
    # (part Q: never Niçard's prize, "lou pres de pouesìo")
    r"(?![^.!?\n]*\b(?:lou|lo|le|eth) (?:pres|prèmi)\b)"
    r"|\b(?:amu|emmu|ammu) scern[üu](?:u|ü) (?:ün|un)['’ ]?(?:autr|atr)[aou] (?:persuna|"
    r"persun-a|candidat[ua])\b"
    r"|\bgavemo (?:ciolto|sielto|scelto|ciapà) (?:un|n)['’ ]?(?:altr|antr)[ao] (?:persona|"
    r"candidat[oa]|putel[ae]|mula|mulo)\b"
    r"|\bemu (?:sciuddutu|sceltu|pigliatu) (?:un|una)['’ ]?alt[au] (?:parsona|candidat[ua]|"
    r"pissona)\b"
    r"|\bavimu (?:sceltu|pigghiatu|pigliatu) (?:n['’]|na |nu )(?:atr|autr)[au] (?:persuna|"
    r"candidat[ua]|carusu|carusa)\b"
)

# ---------------------------------------------------------------------------------------------
# Cantabrian, Eonavian, Andalusian Spanish, Balearic Catalan; Portuñol, Llanito, Kristang
# ---------------------------------------------------------------------------------------------

_IBERIA_OUT = _chosen(
    r"(?<!\bsi )\bnun (?:jue|juisti|jui|fuisti|fue) (?:escogíu|escogía|escogidu|escogida|"
    r"seleccionáu|seleccionada)\b"
    r"|(?<!\bse )\bnun (?:fostes|fuche|foi|fuste) (?:escolleit[oa]s?|seleccionad[oa])\b"
    # (never the phone not picked up: "no te hemos cogido el teléfono")
    r"|(?<!\bsi )\bno (?:te |t['’] ?)(?:hemo|emo|hemos) (?:cogío|cogido|escogío|elegío)\b"
    r"(?! (?:el|la|tu) (?:teléfono|telefono|móvil|movil|llamada|llamá|whatsapp|recado)\b)"
    r"|(?<!\bsi )\bno (?:fuiste|fuistes|foi) (?:selecionad[oa]|escolhid[oa])\b"
    r"|\bnus (?:nungka|nang|nadi) (?:skoyeh|skoyi|toma) bos\b"
)
_IBERIA_GONE = _taken(
    (r"el puestu", r"ya está (?:cubiertu|ocupáu|cogíu)"),
    (r"sa plaça", r"ja està (?:coberta|ocupada|donada)"),
    (r"la vaga", r"ya (?:foi|fue) (?:preenchida|ocupada|cubierta)"),
    (r"el job", r"ya está (?:filled|taken|cogido|cubierto)"),
    (r"isti trabalu", r"ja teng (?:pesua|pesuah|genti)"),
)
_IBERIA_OTHER = _chosen(
    r"\bescogiemos a (?:otra|otru|otro) (?:presona|persona|candidatu|candidata|mozu|moza)\b"
    r"|\bescolleimos (?:a )?(?:outra|outro) (?:persoa|candidat[oa])\b"
    r"|\bhemo (?:cogío|cogido|escogío|escogido) a (?:otra|otro) (?:muchacha|muchacho|chaval|"
    r"chavala|chiquilla|chiquillo|persona|candidat[oa]|niña|niño)\b"
    r"|\bhem triat (?:una altra|un altre) (?:persona|candidat|candidata|al·lota|al·lot)\b"
    r"|\bescolhimos (?:otra|outra|otro|outro) (?:persona|pessoa|candidat[oa])\b"
    r"|\bnus ja (?:skoyeh|skoyi|toma) (?:otru|otro) (?:pesua|pesuah|genti)\b"
)

# ---------------------------------------------------------------------------------------------
# Toki Pona
# ---------------------------------------------------------------------------------------------

_TOKI = _chosen(
    r"\bmi (?:mute )?pana ala e pali\b(?![^.!?\n]* la\b)"
    r"|\bsina (?:li )?kama ala (?:e )?jan pali\b(?![^.!?\n]* la\b)"
)
_TOKI_GONE = _chosen(
    r"\bpali ni li jo e jan\b(?! la\b)(?! ala\b)(?! (?:pona|mute|sona|wawa|suli|lili)\b)"
)
_TOKI_OTHER = _chosen(r"\bmi (?:mute )?(?:kama jo|jo|lawa) e jan ante tawa pali\b")


READINGS = readings(
    ("reader_out", _NORTH_OUT),
    ("role_gone", _NORTH_GONE),
    ("chose_other", _NORTH_OTHER),
    ("reader_out", _SOUTH_OUT),
    ("role_gone", _SOUTH_GONE),
    ("chose_other", _SOUTH_OTHER),
    ("reader_out", _IBERIA_OUT),
    ("role_gone", _IBERIA_GONE),
    ("chose_other", _IBERIA_OTHER),
    ("reader_out", _TOKI),
    ("role_gone", _TOKI_GONE),
    ("chose_other", _TOKI_OTHER),
)
