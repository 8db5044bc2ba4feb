"""The post given to, or gone to, someone else, in widely spoken languages (issue 11, 31st pass).

The readings abroad knew "we chose another person" in each language the wide slices use, but a
post said to go to someone ("el puesto se lo hemos dado a un chico del pueblo", "de baan gaat naar
iemand met meer ervaring", "jobbet går till någon som redan jobbar hos oss", "место отдали
сотруднику из другого отдела") carried no token and was left to the word weights. The shape: the
post, the place or the job as subject or object, a verb of giving or going, and a third person
(an article, "another", "someone") as its end, never the reader ("ti", "jou", "dig", "вам").

Each reading is (token name, pattern) over lower-cased text, appended to the outcome readings
by rejectwatch.model.plain_outcomes: none fires in a conditional, still-to-come, quoted or
undecided sentence, nor in mail about someone else's candidacy.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

# Spanish: "el puesto se lo hemos dado a un chico", "la plaza ha ido a otra persona", "el
# trabajo fue para alguien de la casa"
_ES = re.compile(
    r"\b(?:el (?:puesto|trabajo|empleo|cargo)|la (?:plaza|vacante|posición|posicion)) "
    r"(?:(?:ya )?se (?:lo|la|le) )?(?:hemos dado|dimos|damos|ha ido|fue|va|se ha dado|se dio|"
    r"se ha adjudicado|se adjudicó|se ha asignado|se asignó|ha sido para|se lo llevó|se la "
    r"llevó|se lo ha llevado|se la ha llevado) (?:a|para) (?:un|una|otro|otra|alguien|otras?|"
    r"otros?|uno|nuestr[oa])\b"
)
# Portuguese: "a vaga foi para uma colega", "o lugar ficou com outra pessoa", "demos o lugar a
# um rapaz"
_PT = re.compile(
    r"\b(?:a vaga|o lugar|o posto|o cargo|o trabalho|o emprego|a posição|a posicao) (?:já )?"
    r"(?:foi|vai|ficou|fica) (?:para|com) (?:um|uma|outr[oa]s?|alguém|alguem|nosso|nossa)\b"
    r"|\b(?:demos|entregámos|entregamos|atribuímos|atribuimos) (?:a vaga|o lugar|o posto|o "
    r"cargo|o trabalho) (?:a|para) (?:um|uma|outr[oa]|alguém|alguem)\b"
)
# Italian: "il posto è andato a un collega", "la posizione è stata assegnata a un'altra persona"
_IT = re.compile(
    r"\b(?:il posto|il lavoro|l['\u2019]incarico|la posizione|il ruolo) (?:è|e['\u2019]) "
    r"(?:andat[oa]|stat[oa] (?:dat[oa]|assegnat[oa]|affidat[oa])) (?:a|ad) (?:un|una|un['\u2019]|"
    r"altr[aoie]|qualcun|uno|nostr[oa])"
)
# Dutch: "de baan gaat naar iemand met meer ervaring", "de plek is naar een collega gegaan"
_NL = re.compile(
    r"\b(?:de (?:baan|plek|functie|vacature|plaats|positie)|het (?:werk|baantje)) "
    r"(?:gaat|ging|is) (?:al )?naar (?:iemand|een|onze|ons)\b"
)
# Swedish, Danish, Norwegian: "jobbet går till någon som redan jobbar hos oss", "stillingen er
# gået til en kollega", "plassen gikk til en annen"
# (not after a bare "om" or "hvis", "if": "om jobbet går till någon annan hör vi av oss")
_NORDIC = re.compile(
    r"(?<!\bom )(?<!\bhvis )(?<!\bnär )\b(?:jobbet|tjänsten|platsen|stillingen|pladsen|plassen|"
    r"tjenesten) (?:går|gick|har gått|"
    r"gik|gikk|er gået|er gått|har gået) (?:redan |allerede )?til{1,2} (?:någon|nogen|noen|en|"
    r"ett|et|vår|vores|annen|anden|annan)\b"
    # (not the work sent on to a department, "jobbet gick till någon annan avdelning för
    # granskning": "jobbet" is also the task)
    r"(?![^.!?\n]*\b(?:avdelning\w*|afdeling\w*|avdeling\w*|enhet\w*|kontor\w*|gransk\w*|"
    r"behandling\w*|godkänn\w*|godkend\w*|godkjenn\w*|tryckeri\w*|trykkeri\w*|verkstad\w*|"
    r"værksted\w*|verksted\w*))"
)
# Russian: "место отдали сотруднику", "должность досталась коллеге", "вакансию уже закрыли
# другим кандидатом"
_RU = re.compile(
    r"(?<!\w)(?:место|должность|вакансию|работу|ставку) (?:уже )?(?:отдали|передали|"
    r"предложили другому|предложили другой)(?!\w)"
    r"|(?<!\w)(?:место|должность|вакансия|работа|ставка) (?:уже )?(?:досталось|досталась|"
    r"отдано|отдана|ушло|ушла) (?!вам|тебе)"
)
# Polish: "stanowisko przypadło koledze", "miejsce trafiło do innej osoby"
_PL = re.compile(
    r"\b(?:stanowisko|miejsce|praca|posada|etat) (?:już )?(?:przypadło|przypadła|trafiło|"
    r"trafiła|dostał|dostała|otrzymał|otrzymała) (?!pan|pani|tobie|ci\b)"
)

# (the words that open each reading and the others a match holds: read off its pattern,
# rejectwatch.model.prefilter.openers)
READINGS = readings(
    ("chose_other", _ES),
    ("chose_other", _PT),
    ("chose_other", _IT),
    ("chose_other", _NL),
    ("chose_other", _NORDIC),
    ("chose_other", _RU),
    ("chose_other", _PL),
)
