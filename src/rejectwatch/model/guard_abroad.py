"""The guard in other languages: an offer of the job or an invitation to an interview, held
below filing (issue 11, sixteenth pass).

The guard (rejectwatch.model.classifier.held_back) read English and the Nordic "gå vidare med
dig" only: no offer, interview or next-steps mail of d12's ten languages or written-19's 26
was held, and the fifteenth pass's split of written-19 filed a Japanese offer and a Catalan
next step. An offer or an invitation must never be filed away, whatever else the letter says
("Leider konnten wir nicht alle Bewerber berücksichtigen, aber Sie laden wir gerne zum
Gespräch ein").

What is read is an invitation to an interview or a meeting about the job, or an offer, each
with the reader as its object and no negation near it: before it in its clause ("Leider können
wir Sie nicht zu einem Gespräch einladen", "nous ne pouvons pas vous inviter à un entretien"),
or, in the languages whose verbs end their clause, just after it ("面接にご案内することはできま
せん", "면접에 모시지 못하게"). A refusal that mentions the step it withholds stays a refusal.

Seventeenth pass (part D): each other language's invitation and offer is read here alone (the
branches steps_ahead read beside these were merged in), and whether a match is said plainly is
asked of rejectwatch.model.said_plainly, the one reader steps_ahead asks too.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.language_modules import joined
from rejectwatch.model.said_plainly import Branches, said_plainly

__all__ = ["held_abroad"]

# Nineteenth pass, part H: a trial day, a trial shift, a working interview (an invitation like
# an interview's: "Probetag", "Schnuppertag", "journée d'essai", "día de prueba", "giornata di
# prova", "dia de experiência", "proefdag", "dzień próbny", "zkušební den", "provdag"); not a
# probation period ("Probezeit", "période d'essai", "periodo di prova")
_TRIAL = (
    r"(?:probe(?:arbeits)?tag|probearbeit(?:en)?|probeschicht|schnupper(?:tag|lehre|woche)|"
    r"hospitationstag|hospitation|"
    r"(?:demi-)?journée d['\u2019](?:essai|immersion|intégration)|jour d['\u2019]essai|"
    r"(?:día|jornada|turno|mañana|tarde) de (?:prueba|prácticas?)|"
    r"(?:giornata|giorno|turno|mezza giornata) di prova|prova pratica|"
    r"dia (?:de experiência|de experiencia|experimental|de teste)|turno experimental|"
    r"proef(?:werk)?dag|meeloopdag|proefdienst|snuffeldag|"
    r"dzie[ńn] próbny|dniówk\w* próbn\w*|zkušební (?:den|směn\w*)|skúšobný deň|próbanap|"
    r"prov(?:dag|arbete|pass)|arbetsprov|prøve(?:dag|vagt|vakt)|koepäivä|työkokeilu\w*|"
    r"zi(?:ua|uă) de probă|deneme günü)"
)
_INVITED = re.compile(
    # seventeenth pass: an invitation said in other words ("Wir laden Sie herzlich zur letzten
    # Runde ein", "Sie zur zweiten Runde einzuladen", "je uit te nodigen voor de tweede ronde",
    # "wil met je verder", "votre candidature a été retenue pour un entretien", "nos gustaría
    # hacerte una entrevista", "vorremmo conoscerla di persona", "zostałeś wybrany do ostatniego
    # etapu", "vi har valgt deg ut til andre intervjurunde", "sunteți invitat(ă) la proba
    # scrisă", "σας προσκαλούμε σε", "면접은 ... 진행됩니다")
    r"\b(?:laden|lade) (?:wir |ich )?(?:sie|dich) (?:herzlich |gerne? )?(?:zur|zum|zu) "
    r"|\b(?:sie|dich) (?:\w+ ){0,4}?einzuladen\b"
    r"|\b(?:wählen|buchen|vereinbaren) sie\b[^.!?\n]{0,60}?\btermin\b"
    r"|\buit te nodigen voor (?:de|een|het)\b|\bwil(?:len)? (?:graag )?met (?:je|jou|u) verder\b"
    r"|\bis op (?:jou|u) gevallen\b"
    r"|\bvotre candidature a été retenue pour (?:un|une|le|la)\b|\ba retenu votre (?:candidature|"
    r"profil) pour\b|\bvous retient pour\b"
    r"|\bhacer(?:te|le) (?:una|la) entrevista\b"
    r"|\b(?:elegido|seleccionado) tu (?:perfil|candidatura) para\b"
    r"|\b(?:lieti|lieto|lieta) di incontrar(?:la|ti|vi)\b"
    r"|\b(?:vorremmo|vorrei) conoscer(?:la|ti|vi)\b"
    r"|\bescolheu o seu perfil para\b|\bpode fazer uma entrevista\b"
    r"|\bha scelto il (?:suo|tuo) profilo per\b"
    r"|\bzosta(?:łeś|łaś|ł|ła|ł\(a\)) (?:pan |pani )?wybran\w* do\b"
    r"|\bzakwalifikował\w*(?:\(a\))? się (?:pan/pani |pan |pani )?do\b"
    r"|\bvalgt (?:deg|dig) ut til\b|\bsunteți invitat\w*(?:\(ă\))? la\b"
    r"|\bσας προσκαλούμε σε\b|면접(?:은|이) [^.\n]{0,40}?(?:진행됩니다|예정입니다)|"
    # German, Dutch ("wir möchten Sie gern kennenlernen", "möchte dich gern ein zweites Mal sehen",
    # "zou je ... mee willen lopen")
    r"\b(?:laden|lade|möchten|möchte|würden) (?:wir |ich )?(?:sie|dich)\b[^.!?\n]{0,40}?"
    r"\b(?:vorstellungsgespräch|gespräch|interview|kennenlernen)\w*[^.!?\n]{0,20}?\bein(?:laden)?\b"
    r"|\beinladung zu(?:m|r)? (?:\w+ )?(?:vorstellungsgespräch|gespräch|interview)\b"
    r"|\b(?:sie|dich|euch) (?:gerne? )?(?:kennenlernen|(?:zu einem |zum )?(?:[a-zäöü]+)?gespräch "
    r"einladen|ein zweites mal sehen|persönlich treffen)\b"
    r"|\b(?:nodigen|nodig) (?:we |wij |ik )?(?:je|jou|u) (?:graag )?uit\b"
    r"|\buitnodig\w* voor (?:een |het )?(?:\w+ )?(?:\w+)?gesprek\b"
    r"|\b(?:uitnodigen|uit te nodigen) (?:voor|op) (?:een|het) (?:[a-z]+)?(?:gesprek|"
    r"kennismaking)\b"
    r"|\bmee (?:willen|komen) lopen\b"
    # French, Italian, Spanish, Portuguese, Catalan ("nous aimerions vous proposer un second
    # entretien", "seriez-vous disponible pour un entretien", "queremos marcar uma conversa")
    r"|\b(?:vous|te) (?:inviter|convier|convoquer) à (?:un|une|votre|notre) (?:entretien|échange|"
    r"rencontre)\b"
    r"|\bvous (?:inviter|proposer|rencontrer|recevoir)\b(?: (?:à|pour) (?:un|une|le) (?:[a-z]+ )?"
    r"(?:entretien|rencontre|échange))?|\bdisponible pour un (?:[a-z]+ )?entretien\b"
    r"|\binvitation à un entretien\b|\b(?:aimerions|souhaitons|voudrions) (?:vous|te) rencontrer\b"
    r"|\b(?:invitarla|invitarti) a (?:un|una|sostenere) (?:\w+ )?colloquio\b"
    r"|\b(?:invitarte|invitarle|invitarlo|invitarla|te invitamos|le invitamos) a (?:una|la) "
    r"(?:\w+ )?entrevista\b"
    r"|\b(?:convidá-lo|convidá-la|convidar você|convidamos você|te convidar|convidar) para "
    r"(?:uma )?(?:\w+ )?(?:entrevista|conversa|reunião)\b"
    r"|\b(?:invitarti|invitarla) per (?:un )?(?:\w+ )?colloquio\b|\bti va (?:un|una) colloquio\b"
    r"|\bincontrar(?:la|ti|vi) per un colloquio\b"
    r"|\b(?:convidar-te|convidar-vos|et convidem|us convidem) a (?:una )?(?:\w+ )?entrevista\b"
    r"|\b(?:conocerte|conocerle|conocerla|conocerlo) en persona\b"
    r"|\b(?:nos gustaría|queremos|quisiéramos) conocer(?:te|le|la|lo)\b"
    # Polish, Czech, Slovak, Hungarian, Romanian, Turkish, Greek ("mohl/a byste přijít na osobní
    # schůzku", "szeretnénk személyes interjúra", Greek "we would like to see you for an
    # interview")
    r"|\b(?:zaprosić|zapraszamy|zaprosimy) (?:[a-ząęóżźćńłś/]+ )?na (?:[a-ząęóżźćńłś]+ )?"
    r"(?:rozmowę|spotkanie|dzień próbny)\b"
    r"|\b(?:pozvat|pozvať) (?:vás|tě|ťa) (?:na|k) (?:\w+ )?pohovor\w*"
    r"|\b(?:přijít|zveme vás) na (?:osobní |další )?(?:schůzku|pohovor|zkušební den)\b"
    r"|\bpozval\w* (?:vás )?na (?:osobní )?pohovor\b"
    r"|\bmeghívjuk (?:önt |téged )?(?:egy )?(?:\w+ )?(?:interjúra|beszélgetésre|elbeszélgetésre)\b"
    r"|\bszeretnénk (?:önt |önnel )?személyes (?:interjú|beszélgetés|találkoz)\w*"
    r"|\b(?:să )?(?:vă|te) invităm la (?:un |o )?(?:\w+ )?(?:interviu|discuție|întâlnire)\b"
    r"|\bmülakat\w* davet\w*|\bgörüşmeye davet\w*"
    r"|\bνα σας (?:δούμε|προσκαλέσουμε|γνωρίσουμε)\b"
    # Swedish, Danish, Norwegian, Finnish ("skulle vilja ses på en intervju")
    r"|\b(?:bjuda in dig|bjuder in dig|invitere dig|inviterer dig|invitere deg|inviterer deg|"
    r"kalle deg inn|indkalde dig) till? (?:en |et |ei )?(?:\w+ )?(?:intervju|samtale|intervjuu)\w*"
    r"|\b(?:invitere|invitera|bjuda in) (?:dig|deg|er) (?:til|till|på) (?:en |et |ett )?"
    r"(?:[a-zåäæøö]+ )?(?:samtale|intervju|samtal|interview|møde|möte)\b"
    r"|\b(?:ses|treffes|mødes) på (?:en|et) (?:intervju|samtale|møde)\b"
    r"|\bträffa dig (?:för|på) en intervju\b"
    r"|\bkutsu(?:a|mme) (?:sinut )?(?:\w+ )?(?:haastatteluun|tapaamiseen)\b"
    # Russian, Ukrainian
    r"|\b(?:пригласить|приглашаем) вас на (?:\w+ )?(?:собеседование|интервью|встречу)\b"
    r"|\b(?:запросити|запрошуємо) вас на (?:\w+[ \-])?(?:співбесіду|інтерв['’]ю|зустріч)"
    # Arabic, Indonesian, Vietnamese
    r"|(?:دعوتك|ندعوك|دعوتكم|ندعوكم) (?:إلى|الى|لحضور|لإجراء) مقابلة"
    r"|\bmengundang (?:anda|kamu|saudara) (?:untuk )?(?:mengikuti |hadir (?:dalam |di )?)?"
    r"(?:sesi )?(?:wawancara|interview)\b"
    r"|\bmời (?:bạn|anh|chị|anh/chị|quý vị) (?:tham gia |tham dự |đến )?(?:buổi )?phỏng vấn\b"
    # (sixty-second pass: Indonesian and Malay, a task asked by a date, "Mohon kirim video
    # menyetel satu angklung sebelum 22/9/2026": a practical test filed by every model, slice 163)
    r"|\b(?:mohon|harap|sila|silakan|silahkan|tolong) (?:kirim|kirimkan|hantar|unggah|upload|rekam|"
    r"kerjakan|selesaikan|lengkapi)\b[^.!?\n]{0,80}?\b(?:sebelum|paling lambat|"
    r"selambat-lambatnya|hingga|sampai|pada)\b"
    # Japanese, Chinese, Korean
    r"|面接(?:のご案内|にお越しください|にお越しいただきたく|にお越しいただけますよう|にご招待|の日程|"
    r"日程のご調整|へのご案内)"
    r"|(?:邀请您|邀請您|诚邀您|誠邀您)[^。！？\n]{0,16}?(?:面试|面試)"
    r"|(?:面试|面試)邀请|(?:面试|面試)邀請"
    r"|면접(?:에|에서)? (?:초대|모시고자|안내해 드립니다|안내드립니다|일정을 안내)"
    # ... and a meeting or an interview to be scheduled with the reader ("agendar una
    # entrevista", "fissare un colloquio", "umówić rozmowę", "domluvit pohovor", "boka in en
    # intervju", "면접 일정", "lịch phỏng vấn", "concertar una entrevista")
    r"|\b(?:agendar|programar|concertar|coordinar|fijar|marcar) (?:una|uma|la|tu|su) (?:\w+ )?"
    r"(?:entrevista|conversa|reunião|reunión)\b"
    r"|\b(?:fissare|organizzare|programmare) (?:un|il) (?:\w+ )?colloquio\b"
    r"|\bumówić (?:się )?(?:na )?(?:\w+ )?(?:rozmowę|spotkanie)\b"
    r"|\b(?:domluvit|dohodnúť|naplánovat|naplánovať) (?:si )?(?:\w+ )?(?:pohovor|schůzku|"
    r"stretnutie)\w*"
    r"|\binterjú(?:ra|t)? (?:\w+ )?(?:egyeztet|időpont)\w*"
    r"|\b(?:boka|bokar) (?:in )?(?:en |ett )?(?:\w+ )?(?:intervju|samtal|möte)\b"
    r"|면접 일정"
    r"|\b(?:lịch|hẹn) phỏng vấn\b"
    # nineteenth pass, part H: a trial day, the reader invited to it ("laden Sie zu einem Probetag
    # ein", "möchten dich zu einem Schnuppertag am Freitag einladen", "ti invitiamo a una
    # giornata di prova", "convidá-la para um dia de experiência", "bjuda in dig till en
    # provdag"), or set for a day ("Ihr Probetag ist am Dienstag", "votre journée d'essai aura
    # lieu le 5 juin")
    # (a date's dots inside: "zu einem Probetag am 1.8. einladen"), asked with a day ("Hast du
    # Samstag um 9 Uhr Zeit für einen Probetag?", "Tu peux passer samedi à 9 h pour une journée
    # d'essai ?", "Kun je zaterdag een proefdag komen draaien?"), or proposed ("Le proponiamo
    # una giornata di prova", "Nous vous proposons une journée d'essai")
    r"|\b(?:sie|dich|euch)\b[^.!?\n]{0,30}?\b(?:zu|zum|zur|auf) (?:einem |einer |unserem |"
    r"unserer |ein |eine )?(?:\w+ )?" + _TRIAL + r"\b(?:[^.!?\n]|(?<=\d)\.){0,60}?\bein(?:laden|"
    r"zuladen)?\b"
    r"|\b(?:hast du|haben sie|hättest du|hätten sie)\b[^.!?\n]{0,40}?\bzeit für (?:einen |ein |"
    r"eine )?"
    + _TRIAL
    + r"|\b(?:passer|venir) [^.!?\n]{0,40}?\bpour (?:une|un|votre|ta|ton) "
    + _TRIAL
    + r"|\b(?:kun|kan|wil|kom) (?:je|jij|u)\b[^.!?\n]{0,40}?\bproef(?:dag|dienst|werkdag)"
    + r"|\b(?:le|ti|vi|te|os) (?:proponiamo|proponemos|offriamo|ofrecemos) (?:una|un|uno) "
    + _TRIAL
    + r"|\bpropomos(?:-lhe|-te)? (?:um|uma) "
    + _TRIAL
    + r"|\b(?:einladung|eingeladen) (?:zu|zum|zur) (?:einem |einer )?(?:\w+ )?"
    + _TRIAL
    + r"|\b(?:vous|te) (?:inviter|invitons|invite|convier|convions|convoquer|convoquons|proposer|"
    r"proposons|propose) (?:(?:à|pour) )?(?:une|un|votre|notre) "
    + _TRIAL
    + r"|\b(?:invitarte|invitarle|invitarlo|invitarla|te invitamos|le invitamos|os invitamos|"
    r"invitarti|invitarla|invitarvi|ti invitiamo|la invitiamo|vi invitiamo|proporti|proporle|"
    r"proponerte|proponerle|te proponemos|le proponemos) (?:a|per|para) (?:un|una|uno|la|il) "
    + _TRIAL
    + r"|\b(?:convidá-lo|convidá-la|convidar você|convidamos você|te convidar|convidar|"
    r"convidamo-lo|convidamo-la|convidamos-te) (?:para|a) (?:um|uma|o) "
    + _TRIAL
    + r"|\b(?:nodigen|nodig) (?:we |wij |ik )?(?:je|jou|u) (?:graag )?uit (?:voor|op) "
    r"(?:een|de|onze) "
    + _TRIAL
    + r"|\b(?:zaprosić|zapraszamy|zaprosimy) (?:[a-ząęóżźćńłś/]+ )?na "
    + _TRIAL
    + r"|\b(?:zveme|pozvat|pozveme|pozývame|pozvať) (?:vás |tě |ťa )?na "
    + _TRIAL
    + r"|\bmeghívjuk (?:önt |téged )?(?:egy )?"
    + _TRIAL
    + r"|\b(?:bjuda in dig|bjuder in dig|invitere dig|inviterer dig|invitere deg|inviterer deg|"
    r"kalle deg inn|indkalde dig|invitera dig) (?:till|til|på) (?:en |et |ett |ei )?"
    + _TRIAL
    + r"|\bkutsu(?:a|mme) (?:sinut )?"
    + _TRIAL
    + r"|\b(?:vă|te) invităm (?:la|pentru) (?:o )?"
    + _TRIAL
    + r"|\b(?:ihr|dein|ihre|deine|votre|ta|tu|su|il tuo|il suo|la tua|la sua|o seu|a sua|je|uw|"
    r"twój|pana|pani|din|ditt|sinun) " + _TRIAL + r" (?:ist (?:am|für)|findet (?:am|\w+ statt)|"
    r"aura lieu|est (?:prévue?|fixée?)|será el|sarà (?:il|lunedì|martedì|mercoledì|giovedì|"
    r"venerdì)|è fissat[oa]|is op|vindt (?:\w+ )?plaats|odbędzie się|(?:är|blir|er) på)\b"
    + joined("INVITED")
    # the further languages' modules (rejectwatch.model.language_modules)
)
_OFFERED = re.compile(
    # seventeenth pass: "¡el puesto es tuyo!", "proporle l'assunzione"
    r"\bel puesto es tuyo\b|\bproporle l['\u2019]assunzione\b|"
    # German ("Ihnen eine Zusage geben", "Ihnen die Stelle als ... anbieten")
    r"\b(?:freuen uns|freue mich),? (?:ihnen|dir) (?:die stelle|die position|einen vertrag|ein "
    r"angebot|eine zusage)\w*"
    r"|\b(?:ihnen|dir) (?:gerne |hiermit )?(?:eine zusage|ein (?:vertrags)?angebot|die stelle|"
    r"diese stelle|die position|diese position)\b[^.!?\n]{0,60}?\b(?:geben|erteilen|machen|"
    r"unterbreiten|anbieten|anzubieten)\b"
    r"|\b(?:dich|sie) (?:sehr )?gerne? im team (?:haben|begrüßen)\b"
    # French ("vous proposer le poste")
    r"|\bavons le plaisir de vous (?:proposer|offrir|annoncer que votre candidature a été retenue)"
    r"|\bvous (?:proposer|offrir) (?:le poste|ce poste|un contrat|une offre)\b"
    r"|\bvous faire une (?:offre|proposition)\b"
    r"|\bvous proposons (?:un cdi|un cdd|le poste|un poste|de rejoindre)\b"
    r"|\bpromesse d['\u2019]embauche\b"
    r"|\bvous a (?:choisie?|retenue?|sélectionnée?)(?:\(e\))? pour le poste\b"
    # Spanish, Portuguese, Italian, Catalan ("oferecer-lhe a vaga")
    r"|\b(?:nos complace|nos alegra|tenemos el placer de) (?:ofrecerte|ofrecerle|comunicarte que "
    r"has sido seleccionad[oa])\b"
    r"|\b(?:ofrecerle|ofrecerte) (?:el|la) (?:puesto|plaza|posición|vacante|trabajo)\b"
    r"|\btemos o prazer de (?:lhe |te )?(?:oferecer|comunicar que (?:você )?foi selecionad[oa])\b"
    r"|\boferecer(?:-lhe|-te)? (?:a você |a si )?(?:a vaga|o cargo|a posição|uma proposta)\b"
    r"|\benviamos (?:a )?sua proposta\b"
    r"|\bsiamo (?:lieti|felici) di (?:offrirle|offrirti|proporle|comunicarle che è stat[oa](?:/a)? "
    r"selezionat[oa](?:/a)?)\b"
    r"|\b(?:offrirle|offrirti) (?:la|il) (?:posizione|posto|ruolo)\b"
    r"|\boferir-(?:te|vos|li) (?:la plaça|el lloc|la posició|una oferta)\b"
    # Dutch ("je een contract aanbieden", "je de functie van ... aanbieden")
    r"|\b(?:bieden|bied) (?:je|jou|u) (?:graag )?(?:de|deze) (?:functie|baan|positie|rol) aan\b"
    r"|\b(?:je|u|jou) (?:graag )?(?:de|deze) (?:functie|baan)\b[^.!?\n]{0,60}?\b(?:aanbieden|aan "
    r"te bieden)\b"
    r"|\b(?:je|jou|u) (?:graag )?(?:een )?(?:aanbod|contract|arbeidsovereenkomst) "
    r"(?:doen|aanbieden|sturen)\b"
    # Swedish, Danish, Norwegian, Finnish ("vi vil gerne have dig som ...", "tarjota sinulle
    # paikkaa")
    r"|\b(?:erbjuda dig|tilby deg|tilbyde dig) (?:tjänsten|jobbet|stillingen|rollen|jobben|en "
    r"anställning)\b"
    r"|\bhave dig som\b|\bkontrakten kommer\b"
    r"|\btarjo(?:ta|amme) sinulle\b"
    # Polish, Czech, Hungarian, Romanian, Greek, Turkish ("zaproponować Pani stanowisko", "vám
    # nabídnout pozici", "ajánljuk fel Önnek", "să vă oferim postul", "size … teklif etmek")
    r"|\b(?:zaoferować|zaproponować|oferujemy|proponujemy)(?: \w+){0,2}? (?:stanowisko|ofertę|"
    r"pracę|umowę)\b"
    r"|\bofert\w* zatrudnienia\b"
    r"|\b(?:vám|ti) (?:\w+ )?(?:nabídnout|nabízíme|nabídli|ponúknuť|ponúkame|ponúkli)\b"
    r"|\bnabídnout vám\b|\bnabízíme (?:vám )?pozici\b"
    r"|\bjste (?:byl|byla|byl\(a\)) vybrán(?:a|\(a\))? na pozici\b"
    r"|\bajánlj(?:uk|ák) fel (?:önnek|neked)\b|\bállásajánlat\w*|\bfelajánl(?:ani|juk)\b"
    r"|\b(?:să )?(?:vă|îți) oferim (?:postul|poziția|o ofertă|un contract)\b"
    r"|\b(?:να )?σας προσφέρουμε\b"
    r"|\b(?:size|sana) (?:\w+ ){0,3}?teklif (?:etmek|ediyoruz|etmekten)\w*|\biş teklif\w*"
    r"|\bteklif etmek\b|\bkatılmaya davet\b"
    # Russian, Ukrainian, Arabic, Indonesian, Vietnamese, Japanese, Chinese, Korean
    r"|\bрады предложить вам\b|\bраді запропонувати вам\b"
    r"|يسعدنا (?:أن نقد\u0651?م لك|تقديم) عرض"
    r"|(?:نعرض عليك|نقدم لك) (?:الوظيفة|وظيفة|عرض)"
    r"|\bdengan senang hati (?:menawarkan|kami tawarkan)\b"
    r"|\bmenawarkan (?:anda |kepada anda )?(?:posisi|pekerjaan|jabatan|kontrak)\b"
    r"|\bsurat penawaran\b"
    r"|\bvui mừng (?:thông báo|được mời) (?:bạn|anh|chị) (?:đã )?trúng tuyển\b"
    r"|\bthư mời nhận việc\b|\bmời (?:bạn|anh|chị) (?:nhận|đảm nhận) (?:vị trí|công việc)\b"
    r"|内定(?:のご連絡|をお知らせ|が決定|を出させて)|採用(?:が決定|することに決定|内定)"
    r"|(?:录用通知|錄用通知|恭喜您(?:被|获得|獲得|通过|通過))"
    r"|최종 합격(?:을 축하|하셨|되셨)|합격을 축하" + joined("OFFERED")
)
# (seventeenth pass: searched branch by branch, as steps_ahead's readings are; one search of
# the whole alternation, run wherever one of its 150 branches' strings stood, doubled
# held_abroad's cost on a rejection once the invitations abroad were read here alone)
_INVITED_PARTS = Branches(_INVITED)
_OFFERED_PARTS = Branches(_OFFERED)


def held_abroad(text: str) -> bool:
    """Does ``text`` invite the reader to an interview or offer them the job, in one of the other
    languages read, said plainly (rejectwatch.model.said_plainly: no negation or regret in the
    clause before the match or inside it, "wir können Ihnen die Stelle leider nicht anbieten";
    none just after it where a verb ends the clause; no conditional before it in its
    sentence)? Each branch is searched only where its own words stand."""
    lowered = text.lower()
    return any(
        said_plainly(lowered, match.start(), match.end(), regrets=True, inside=True)
        for parts in (_INVITED_PARTS, _OFFERED_PARTS)
        for match in parts.finditer(lowered)
    )
