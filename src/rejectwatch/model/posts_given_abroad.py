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

# (lead's re-read: each end is a person, never anything an article can open: "el puesto va a un
# proceso de selección", "de vacature gaat naar een selectiecommissie", "tjänsten går till en
# intervjuomgång", "stanowisko trafiło do nowego działu" were all filed at 0.99)

# Spanish: "el puesto se lo hemos dado a un chico", "la plaza ha ido a otra persona", "el
# trabajo fue para alguien de la casa"
_ES_PERSON = (
    r"(?:alguien|otra persona|otr[oa]s? (?:candidat[oa]s?|persona|personas|aspirantes?)|"
    r"un[oa]? (?:compañer[oa]|chic[oa]|persona|candidat[oa]|colega|trabajador[a]?|profesional|"
    r"vecin[oa]|joven|muchach[oa]|señor[a]?|empleado|empleada)|un[oa] de (?:nuestr[oa]s|l[oa]s))"
)
_ES = re.compile(
    r"\b(?:el (?:puesto|trabajo|empleo|cargo)|la (?:plaza|vacante|posición|posicion)) "
    r"(?:(?:ya )?se (?:lo|la|le) )?(?:hemos dado|dimos|damos|ha ido|fue|va|se ha dado|se dio|"
    r"se ha adjudicado|se adjudicó|se ha asignado|se asignó|ha sido para|se lo llevó|se la "
    r"llevó|se lo ha llevado|se la ha llevado) (?:a|para) " + _ES_PERSON + r"\b"
)
# Portuguese: "a vaga foi para uma colega", "o lugar ficou com outra pessoa", "demos o lugar a
# um rapaz"
_PT_PERSON = (
    r"(?:alguém|alguem|outra pessoa|outr[oa]s? (?:candidat[oa]s?|pessoas?)|um[a]? (?:colega|"
    r"rapaz|rapariga|moç[oa]|pessoa|candidat[oa]|profissional|funcionári[oa]|jovem|senhor[a]?|"
    # (thirty-seventh pass: a relative, "uma sobrinha nossa")
    r"sobrinh[oa]|prim[oa]|filh[oa])|"
    r"um (?:dos nossos|dos candidatos)|uma (?:das nossas|das candidatas))"
)
_PT = re.compile(
    r"\b(?:a vaga|o lugar|o posto|o cargo|o trabalho|o emprego|a posição|a posicao)"
    # (thirty-seventh pass: the post named, "a vaga de ajudante ficou com …")
    r"(?: de [^.!?\n,;]{1,30}?)? (?:já )?"
    r"(?:foi|vai|ficou|fica) (?:para|com) " + _PT_PERSON + r"\b"
    r"|\b(?:demos|entregámos|entregamos|atribuímos|atribuimos) (?:a vaga|o lugar|o posto|o "
    r"cargo|o trabalho) (?:a|para) " + _PT_PERSON + r"\b"
)
# Italian: "il posto è andato a un collega", "la posizione è stata assegnata a un'altra persona"
_IT = re.compile(
    r"\b(?:il posto|il lavoro|l['\u2019]incarico|la posizione|il ruolo) (?:è|e['\u2019]) "
    r"(?:andat[oa]|stat[oa] (?:dat[oa]|assegnat[oa]|affidat[oa])) (?:a|ad) (?:qualcun\w*|"
    r"un['\u2019]altra persona|un altro (?:candidato|collega)|un['\u2019]altra (?:candidata|"
    r"collega)|una? (?:collega|ragazz[oa]|persona|candidat[oa]|dipendente)|uno dei nostri|una "
    r"delle nostre|altri candidati)\b"
)
# Dutch: "de baan gaat naar iemand met meer ervaring", "de plek is naar een collega gegaan"
_NL = re.compile(
    r"\b(?:de (?:baan|plek|functie|vacature|plaats|positie)|het (?:werk|baantje)) "
    r"(?:gaat|ging|is) (?:al )?naar (?:iemand|een (?:collega|andere? (?:kandidaat|sollicitant|"
    r"persoon)|kandidaat|sollicitant|jongen|meisje|student|oud-collega)|een van onze)\b"
)
# Swedish, Danish, Norwegian: "jobbet går till någon som redan jobbar hos oss", "stillingen er
# gået til en kollega", "plassen gikk til en annen"
# (not after a bare "om" or "hvis", "if": "om jobbet går till någon annan hör vi av oss")
_NORDIC = re.compile(
    r"(?<!\bom )(?<!\bhvis )(?<!\bnär )\b(?:\w*jobbet|\w*tjänsten|\w*platsen|\w*stillingen|"
    r"\w*pladsen|\w*plassen|tjenesten)"
    # (fifty-sixth pass: or with its place between, "Lærlingplassen i rosemalingsverkstedet gikk til
    # ei jente fra Bø som ...", slice 121)
    # (fifty-eighth pass: or "som" and the trade, "stillingen som ravsliber er gået til en anden",
    # slice 138)
    r"(?: (?:i|på|hos|ved|vid|som) \w+)? (?:går|gick|har gått|"
    r"gik|gikk|er gået|er gått|har gået) (?:redan |allerede )?till? (?:någon|nogen|noen|en "
    r"(?:kollega|annan|anden|annen|sökande|ansøger|søker|kandidat|person|gutt|mann|kar|jente|"
    r"dame|pige|dreng|tjej|kille)|ei (?:jente|kvinne|dame)|ett annat|et andet"
    # (fifty-fifth pass: or to someone named, who is described, "Lærlingepladsen går til Kasper,
    # som har drejet briar hos os", slice 115)
    r"|(?!dig\b|deg\b|jer\b|er\b)[^\W\d_]+,? (?:som|der)\b)\b"
    # (not the work sent on to a department, "jobbet gick till någon annan avdelning för
    # granskning": "jobbet" is also the task)
    r"(?![^.!?\n]*\b(?:avdelning\w*|afdeling\w*|avdeling\w*|enhet\w*|kontor\w*|gransk\w*|"
    r"behandling\w*|godkänn\w*|godkend\w*|godkjenn\w*|tryckeri\w*|trykkeri\w*|verkstad\w*|"
    r"værksted\w*|verksted\w*))"
)
# Russian: "место отдали сотруднику", "должность досталась коллеге": the one it went to named
# next, a person in the dative
_RU_PERSON = (
    r"(?:сотрудни\w*|коллег\w*|кандидат\w*|друг(?:ому|ой) (?:кандидат\w*|человеку|"
    r"соискател\w*|сотрудни\w*)|человеку|девушке|парню|соискател\w*|специалист\w*|работни\w*|"
    r"внутренн\w* кандидат\w*|одному из|одной из)"
)
_RU = re.compile(
    r"(?<!\w)(?:место|должность|вакансию|работу|ставку) (?:уже )?(?:отдали|передали) "
    + _RU_PERSON
    + r"|(?<!\w)(?:место|должность|вакансия|работа|ставка) (?:уже )?(?:досталось|досталась|"
    r"отдано|отдана|ушло|ушла) " + _RU_PERSON
)
# Polish: "stanowisko przypadło koledze", "miejsce trafiło do innej osoby"
# (fifty-fifth pass: or with the place between and "however", "Miejsce przy szlifierce przypadło
# jednak osobie, która ...", and the post taken by someone told after it, "miejsce malarza w
# manufakturze zajęła osoba znająca ...", slice 114)
_PL_BETWEEN = r"(?: [^\s.,;:!?]+){0,4}?"
_PL_ADVERB = r"(?:już |jednak |ostatecznie |niestety )?"
_PL = re.compile(
    r"\b(?:stanowisko|miejsce|praca|posada|etat)"
    + _PL_BETWEEN
    + r" "
    + _PL_ADVERB
    + r"(?:przypadło|przypadła|trafiło|"
    r"trafiła|dostał|dostała|otrzymał|otrzymała) (?:jednak |już |ostatecznie )?(?:koledze|"
    r"koleżance|innej osobie|innemu kandydatowi|innej kandydatce|kandydatowi|kandydatce|komuś|"
    r"osobie|pracownikowi|pracownicy|"
    r"do (?:innej osoby|innego kandydata|innej kandydatki|kolegi|koleżanki|kogoś))\b"
    r"|\b(?:stanowisko|miejsce|posadę|pracę|etat)"
    + _PL_BETWEEN
    + r" "
    + _PL_ADVERB
    + r"(?:zajęła|zajął|zajęło|objęła|objął|dostała|dostał) (?:inna |już |jednak )?"
    r"(?:osoba|kandydat|kandydatka|ktoś|pracownik|pracownica|kolega|koleżanka|pani|pan)\b"
)
# Turkish (fifty-fifth pass): the place given to someone named by an honorific, "çıraklık  # noqa: RUF003
# yerini, on yıldır yanında boya hazırlayan Zehra Hanım'a verdi", or to another candidate  # noqa: RUF003
_TR = re.compile(
    r"\b(?:yerini|yeri|kadroyu|pozisyonu|işi|görevi|çıraklığı)\b,?[^.!?\n]{0,80}?"
    r"(?:hanım|bey|usta|abla|ağabey|kalfa|(?:başka|diğer) (?:bir )?(?:aday|kişi))"
    r"['\u2019]?(?:a|e|ya|ye) verdi(?:k|ler|m)?\b"
)
# Hungarian (fifty-fifth pass): "A festőasztal melletti helyet végül olyasvalaki kapta, aki ...",
# "az állást egy másik jelölt kapta meg" (never the reader, "ön kapta")
_HU = re.compile(
    r"\b(?:helyet|állást|pozíciót|munkát|munkakört|posztot|álláshelyet)(?: \S+){0,2}? "
    r"(?:olyasvalaki|valaki más|valaki|egy másik (?:jelölt|pályázó|jelentkező)|másik "
    r"(?:jelölt|pályázó|jelentkező)|egy kolléga|egy kollégánk|kollégánk) kapta(?: meg)?\b"
    # (fifty-sixth pass: or someone described taken on, "végül egy debreceni díszítőt vett fel, aki
    # évtizedek óta dolgozik cukormázzal", slice 123; never the reader, "önt vette fel")
    r"|\begy (?:\w+ ){0,2}?\w+t (?:vett|vettünk|vettek|választott|választottunk) (?:fel|ki),? "
    r"(?:aki|akinek)\b"
    # (fifty-ninth pass: or described after a comma, and so the reader's application closes, "Végül
    # egy, a kalocsai mintákban évek óta jártas hímzőt vettünk fel, így az Ön jelentkezése most
    # lezárul", slice 140)
    r"|\begy, (?:[\w\-]+,? ){1,8}?\w+t (?:vett|vettünk|vettek|választott|választottunk) "
    r"(?:fel|ki),? (?:aki|akinek|így|ezért)\b"
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
    ("chose_other", _HU),
    ("chose_other", _TR),
)
