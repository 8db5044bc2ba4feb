"""What the reader still has to do (issue 11, nineteenth pass, part D).

A next-steps mail asks the reader for something by a date (documents, a consent form, an
assessment, references, a slot booked) and often says what happens if it does not come: "Send
us a copy of your diploma by Friday. Without these documents we cannot invite you to the
interview." Blind slice 17's Flemish letter of that shape ("Bezorg ons vóór vrijdag een kopie van
je diploma … Zonder deze documenten kunnen we je niet uitnodigen voor het gesprek") was filed at
0.985: the consequence read as the reader left out (``xreaderout``), and the guard held nothing,
since it knew no Dutch request of documents by a date. Two readings here:

* **the consequence of the reader's own non-action** (``unless_done``, read by
  rules_ahead.rule_sentence, so the cue readings and the outcome readings both see it): a
  sentence that says what follows if the thing asked does not come, "without these documents",
  "without them", "without the requested forms" (a demonstrative or "requested": the thing
  asked just before), "failing which", "failing that", "in default of which", in every language
  read ("zonder deze documenten", "ohne diese Unterlagen", "sans ces documents", "faute de
  quoi", "sin estos documentos", "de lo contrario", "senza questi documenti", "in caso
  contrario", "sem estes documentos", "caso contrário", "utan dessa handlingar", "annars",
  "uden disse dokumenter", "ellers", "bez tych dokumentów", "w przeciwnym razie", "bez těchto
  dokumentů", "v opačném případě", "fără aceste documente", "în caz contrar", "ilman näitä
  asiakirjoja", "muussa tapauksessa", "ezek nélkül", "ellenkező esetben", "aksi takdirde",
  "διαφορετικά", "в противном случае", …), or the reader's silence with a consequence still to
  come ("no reply from you by Friday and we will close your application"). Not a lack stated as
  final ("without a valid work permit we cannot progress your application": no demonstrative;
  "without a reply from you we have closed your application": done, not still to come);
* **a step asked by a date** (``asks_by_a_date``, read by steps_ahead.asks_a_step, so the guard
  holds it): a request to the reader ("please send", "bezorg ons", "senden Sie uns", "merci de
  nous transmettre", "envíenos", "inviaci", "envie-nos", "skicka", "prześlij", "pošlete", …) of
  a thing a next step needs (documents, a copy, a diploma, a certificate, an ID, references,
  consent, a form, a test, an assessment, a slot) and a date it is due by ("by Friday", "vóór
  vrijdag", "bis Freitag", "avant le 12", "antes del viernes", "entro venerdì", "até sexta",
  "senast fredag", "do piątku", "până vineri", "perjantaihin mennessä", "līdz piektdienai", …),
  said plainly (said_plainly: no negation, regret or conditional before the request). Not a
  survey, feedback or a CV (a rejection asks for those too: "bitte füllen Sie unsere Umfrage bis
  Freitag aus").
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import Prefiltered, branches
from rejectwatch.model.said_plainly import Branches, asked_not_to, said_plainly

__all__ = ["UNLESS_DONE_NEEDS", "asks_by_a_date", "unless_done"]

# ---------------------------------------------------------------------------------------------
# The consequence of the reader's own non-action
# ---------------------------------------------------------------------------------------------

# "without" and the thing asked, named by a demonstrative or as requested, in every language
# read ("without these documents", "without them", "zonder deze", "ohne diese Unterlagen", "sans
# ces pièces", "sin estos documentos", "senza questi", "sem estes", "utan dessa", "uden disse",
# "uten disse", "bez tych", "bez těchto", "fără aceste", "ilman näitä", "bu belgeler olmadan")
_WITHOUT_THESE = re.compile(
    r"\b(?:without (?:these|those|this|that|them|it|(?:the|your) (?:requested|above|listed|"
    r"missing|outstanding))\b"
    r"|zonder (?:deze|dit|die|ze|de gevraagde|de ontbrekende)\b"
    r"|ohne (?:diese|dieses|diesen|sie|die (?:angeforderten|genannten|fehlenden))\b"
    r"|sans (?:ces|cela|ceux-ci|celles-ci|ce document|"
    r"les (?:pièces|documents) (?:demandé|manquant))"
    r"|sin (?:estos|estas|este|esta|ellos|ellas|esos|esas|dichos|dichas|la documentación "
    r"solicitada|los documentos solicitados)\b"
    r"|senza (?:questi|queste|questo|questa|tali|essi|i documenti richiesti)\b"
    r"|sem (?:estes|estas|este|esta|esses|essas|eles|elas|tais|os documentos solicitados)\b"
    r"|utan (?:dessa|detta|dem|de begärda)\b|uden (?:disse|dette|dem|de ønskede)\b"
    r"|uten (?:disse|dette|dem|de etterspurte)\b|bez (?:tych|tego|nich|těchto|toho|této|"
    r"požadovaných|wymaganych)\b|fără (?:aceste|acestea|acestor|acest|documentele solicitate)\b"
    r"|ilman (?:näitä|niitä|tätä|sitä|pyydettyjä)\b|\b(?:ezek|ezen \w+|e \w+) nélkül\b"
    r"|\bbu (?:belgeler|evraklar|belge)\w* olmadan\b)"
)
# "failing which" and its twins: otherwise, in every language read (not the bare Dutch
# "anders", German "sonst", Czech "jinak", Romanian "altfel", Polish "inaczej": "iemand anders"
# is someone else, and the others are "differently" as often)
_FAILING = re.compile(
    r"\b(?:failing (?:which|that|this|them|these)|in default of (?:which|this|that)|or else|"
    r"à défaut|faute de quoi|sans quoi|andernfalls|anderenfalls|anders (?:kunnen|zullen|moeten)|"
    r"zo niet|bij gebreke (?:daarvan|hiervan)|de lo contrario|en caso contrario|de no ser así|"
    r"in caso contrario|altrimenti|in mancanza|caso contrário|do contrário|senão|annars|"
    r"i annat fall|ellers|i modsat fald|i motsatt fall|w przeciwnym (?:razie|wypadku)|"
    r"v opačném případě|v opačnom prípade|în caz contrar|muussa tapauksessa|ellenkező esetben|"
    r"különben|aksi (?:takdirde|halde|durumda)|διαφορετικά|ειδάλλως|в противном случае|"
    r"в іншому випадку|в противен случай|u suprotnom|v nasprotnem primeru|citādi|priešingu "
    r"atveju|vastasel juhul)\b"
)
# The reader's silence ("no reply from you by Friday", "without hearing from you within 7 days",
# "if we don't hear back from you": "if" is read already) ...
_READERS_SILENCE = re.compile(
    r"\b(?:no|without (?:an?|any)?) ?(?:reply|response|answer|word|confirmation|documents?|"
    r"forms?|consent) (?:back )?from you\b|\bwithout hearing (?:back )?from you\b"
)
# ... with a consequence still to come ("... and we will close your application", "your
# application will lapse"), not one done ("so we have closed your application")
_TO_COME = re.compile(
    r"\b(?:will|shall|would (?:have|need) to|will (?:have|need) to)\b|['\u2019]ll\b"
    r"|\b(?:cannot|can['\u2019]t|can not|unable to|not able to)\b"
)
_DONE = re.compile(
    r"\b(?:have|has|had|was|were|could not|couldn['\u2019]t)\b|['\u2019]ve\b"
    # (fifty-ninth pass: or the application's end told as its present consequence, "Without it
    # the post can't be offered, so the application halts here", slice 140)
    # (sixty-third pass: or the file, "your form came through without it, so the file closes
    # here", slice 174)
    r"|\bso (?:the|your|this) (?:[a-z\-]+ ){0,3}?(?:application|candidacy|candidature|form|file) "
    r"(?:halts|stops|ends|closes|finishes|goes no further)\b(?! (?:if|unless|until)\b)"
)


# (searched only where their strings stand: rule_sentence asks of every cue sentence, and the
# automaton's pass over the text is shared with the readings' other prefiltered patterns)
_WITHOUT_THESE_FAST = Prefiltered(_WITHOUT_THESE)
_FAILING_FAST = Prefiltered(_FAILING)
_READERS_SILENCE_FAST = Prefiltered(_READERS_SILENCE)
# unless_done is False wherever none of these can match (rules_ahead.rule_sentence asks it only
# where one of their strings stands in the text)
UNLESS_DONE_NEEDS = (_WITHOUT_THESE_FAST, _FAILING_FAST, _READERS_SILENCE_FAST)


def unless_done(lowered: str, left: int, right: int) -> bool:
    """Is the sentence lowered[left:right] the consequence of the reader's own non-action, still
    to come ("Without these documents we cannot invite you to the interview", "Zonder deze
    documenten kunnen we je niet uitnodigen", "Failing which, your application will lapse", "No
    reply from you by Friday and we will close your application")? Not a lack stated as final
    ("Without a valid work permit we cannot progress your application"), nor a closure done
    ("Without these documents we were unable to progress your application")."""
    if _WITHOUT_THESE_FAST.search(lowered, left, right) or _FAILING_FAST.search(
        lowered, left, right
    ):
        # (the English closure done: "without them we were unable to go further")
        return _DONE.search(lowered, left, right) is None
    return (
        _READERS_SILENCE_FAST.search(lowered, left, right) is not None
        and _TO_COME.search(lowered, left, right) is not None
        and _DONE.search(lowered, left, right) is None
    )


# ---------------------------------------------------------------------------------------------
# A step asked by a date
# ---------------------------------------------------------------------------------------------

# A request to the reader, in every language read
_REQUEST_WORDS = (
    r"please|kindly|could you|can you|we need you to|we ask you to|you(?:['\u2019]ll| will) "
    r"need to|make sure you|remember to|(?:send|e-?mail|forward|submit|return|upload|provide|"
    r"bring) us\b"
    # Dutch, German, French
    r"|bezorg|bezorgt|bezorgen|stuur|stuurt|sturen|lever\w*|upload|vul|vult|bevestig|"
    r"gelieve|graag|wil je|wilt u|we vragen je|wij vragen u|"
    r"bitte|senden sie|schicken sie|reichen sie|laden sie|übermitteln sie|füllen sie|buchen sie|"
    r"bestätigen sie|merci de|veuillez|pourriez-vous|pouvez-vous|envoyez|transmettez|"
    r"faites-nous parvenir|nous vous prions|"
    # Spanish, Italian, Portuguese, Catalan
    r"env[ií]enos|env[ií]anos|env[ií]e|envía|remita|remítenos|adjunte|por favor|le rogamos|"
    r"te pedimos|le pedimos|inviaci|invii|ci invii|invia|trasmetta|trasmettici|compila|"
    r"la preghiamo|"
    r"ti chiediamo|le chiediamo|envie|envie-nos|mande|preencha|anexe|pedimos que|solicitamos que|"
    r"envieu|envia'ns|"
    # the Nordic languages, Finnish
    r"skicka|fyll i|fyll ut|ladda upp|lämna in|vänligen|udfyld|indsend|send os|send oss|"
    r"last opp|vennligst|venligst|lähetä|lähettäkää|toimita|toimittakaa|täytä|ystävällisesti|"
    r"(?:beder|ber) (?:vi )?(?:dig|deg)|vil du|kan du|vill du|voisitko|voisitteko|pyydämme|"
    # Polish, Czech, Slovak, Hungarian, Romanian
    r"prześlij|prześlijcie|proszę o przesłanie|prosimy o (?:przesłanie|dostarczenie)|wyślij|"
    r"dostarcz|pošlete|zašlete|pošlite|zašlite|doložte|dodejte|vyplňte|prosíme|prosím|"
    r"czy mo(?:żesz|żecie|że pan|że pani)|prosimy o (?:jego |jej |ich )?(?:wypełnienie|"
    r"przesłanie|odesłanie|dostarczenie|uzupełnienie)|"
    r"küldje|küldd|küldjék|töltse ki|kérjük|kérünk|kérem|trimiteți|trimiteti|trimite|vă rugăm|"
    r"te rugăm|(?:îmi|ne) (?:poți|puteți) trimite|"
    # Turkish, Greek, Russian, Ukrainian, Bulgarian
    r"gönderin|gönderiniz|iletin|iletiniz|lütfen|rica ederiz|(?:paylaşabilir|gönderebilir|"
    r"iletebilir) misiniz|στείλτε|αποστείλετε|μπορείς να (?:μου |μας )?στείλεις|μπορείτε να "
    r"(?:μου |μας )?στείλετε|παρακαλούμε|пришлите|отправьте|предоставьте|просим|надішліть|"
    r"надайте|просимо|"
    r"изпратете|моля|"
    # Latvian, Lithuanian, Estonian, Croatian, Serbian, Slovenian
    r"nosūtiet|iesniedziet|lūdzam|atsiųskite|pateikite|prašome|saatke|esitage|palun|"
    r"pošaljite|dostavite|molimo|pošljite|prosimo|"
    # Indonesian, Malay, Afrikaans
    r"kirimkan|mohon|sila hantar|stuur asseblief|vui lòng|"
    # "you have until Monday to send it" ("tienes hasta el lunes para enviarla")
    r"tienes hasta|tiene hasta|hai tempo fino a|você tem até|tens até|vous avez jusqu['\u2019]|"
    r"sie haben bis|je hebt tot|you have until|"
    # Catalan, Icelandic, Albanian, Azerbaijani, Swahili, Filipino, Arabic, Hebrew, Persian, Urdu
    r"us demanem|vinsamlegast|sendu okkur|ju lutemi|dërgoni|xahiş edirik|göndərin|tafadhali|"
    r"pakipadala|mangyaring|يرجى|نرجو|الرجاء|נא לשלוח|אנא שלח\w*|נבקש|لطفاً|لطفا|"
    r"براہ کرم|بھیجیں"
)
# Korean, Japanese, Chinese (no \b: no spaces between their words)
_REQUEST_CJK = (
    r"주시기 바랍니다|해 주세요|주십시오|ください|お願いいたします|お願いします|"
    r"请于|請於|请在|請在|कृपया|กรุณา|"
    r"请提交|請提交|请发送|請發送"
)
# (each word a top-level branch, searched only where it stands: the alternation as one pattern,
# tried at every position of the text, cost 170 us a rejection)
_REQUEST = re.compile(
    "|".join(rf"\b(?:{part.pattern})\b" for part in branches(re.compile(_REQUEST_WORDS)))
    + "|"
    + _REQUEST_CJK
)
_REQUEST_PARTS = Branches(_REQUEST)
# A thing a next step needs (not a survey, feedback or a CV)
_THING = re.compile(
    r"\b(?:documents?|copy|copies|diploma|degree certificate|certificates?|transcripts?|"
    r"passport|id|identity|right[\- ]to[\- ]work|references?|referees?|consent|forms?|"
    r"assessment|test|slot|availability|contract|criminal record|dbs|"
    r"documenten|kopie|diploma|getuigschrift|uittreksel|strafregister|attest|referenties|"
    r"formulier|toestemming|tijdslot|beschikbaarheid|"
    r"unterlagen|dokumente|zeugnis\w*|nachweis\w*|kopie|führungszeugnis|referenzen|einwilligung|"
    r"formular|termin\w*|"
    r"documents?|pièces?|copie|diplôme|attestation|justificatifs?|casier judiciaire|"
    r"consentement|formulaire|créneau|disponibilités|"
    r"documentos?|documentación|copia|título|certificados?|antecedentes|referencias|"
    r"consentimiento|formulario|documenti|copia|diploma|certificat\w*|casellario|referenze|"
    r"consenso|modulo|documentação|cópia|certidão|certidões|referências|formulário|"
    r"dokument\w*|kopia|kopi|examensbevis|betyg|intyg|belastningsregister|referenser|"
    r"samtycke|blankett|eksamensbevis|straffeattest|politiattest|samtykke|skjema|"
    r"asiakirj\w*|kopio|tutkintotodistu\w*|todistu\w*|rikosrekisteriote|suosittelij\w*|"
    r"lomake|dokumentów|kopi\w*|dyplom\w*|zaświadcze\w*|świadectw\w*|referencj\w*|zgod\w*|"
    r"formularz\w*|dokladů|doklady|kopii|diplom\w*|osvědčení|výpis\w*|reference|souhlas|"
    r"formulář|dokumentumok\w*|másolat\w*|oklevél\w*|bizonyítvány\w*|erkölcsi|hozzájárulás\w*|"
    r"űrlap\w*|documente\w*|copie|diplom\w*|certificat\w*|cazier|acord\w*|formular\w*|"
    r"belge\w*|evrak\w*|diploma\w*|sertifika\w*|sicil kaydı|referans\w*|onay\w*|"
    r"έγγραφα|αντίγραφο|πτυχίο|πιστοποιητικ\w*|документ\w*|копи\w*|диплом\w*|справк\w*|"
    r"dokumentus|dokumentai|dokumendid|dokumente|dokumenti|dokumentov|diplomu|diplomą|diplomi|"
    r"izziņ\w*|pažym\w*|tõend\w*|potvrd\w*|dokumen|salinan|ijazah|sertifikat|"
    # a test, a task, references, in the languages whose words take endings ("testi", "teszt",
    # "τεστ", "zadanie", "rozwiązanie", "referinței", "συστάσεις", "prueba")
    r"test\w*|teszt\w*|τεστ|zadani\w*|rozwiązani\w*|referinț\w*|referanc\w*|συστάσ\w*|"
    r"prueba\w*|opdrag\w*|tehtäv\w*|uppgift\w*|opgave\w*|oppgave\w*|personlighedsprofil\w*|"
    r"referencer|personlighetstest\w*)\b"
    r"|\b(?:bài kiểm tra|hồ sơ|tài liệu|giấy tờ|documents|còpia|afrit|skjöl|prófskírteini\w*|"
    r"dokumentet|kopje|diplomën|sənəd\w*|surət\w*|nakala|vyeti|nyaraka|kopya|dokumento|"
    r"المستندات|الوثائق|نسخة|شهادة|מסמכים|העתק|תעודת|مدارک|کپی|دستاویزات|کاپی)\b"
    r"|दस्तावेज़|दस्तावेज|प्रमाणपत्र|เอกสาร|สำเนา"
    r"|테스트|서류|과제|추천인|응시|제출|書類|課題|テスト|推薦|受検|提出|材料|测试|測試|作业|作業|证明|證明"
)
# A date the thing is due by, in every language read
_BY_A_DATE = re.compile(
    r"\b(?:by|before|until|no later than)(?= (?:the |this |next |end |mid|close )?(?:\d|mon|tue|"
    r"wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|end|close|tomorrow|"
    r"noon|midday))"
    r"|\b(?:vóór|voor)(?= (?:\d|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|eind|"
    r"het einde|morgen|volgende))"
    r"|\bbis (?:zum|zu|spätestens|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"ende|morgen|\d)|\bspätestens\b"
    r"|\b(?:avant (?:le|la|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|\d)|"
    r"d['\u2019]ici|"
    r"au plus tard)\b"
    r"|\b(?:antes del?|a más tardar|hasta el|entro|prima di|até|antes de|no prazo de)\b"
    r"|\b(?:senast|före|innan|senest|inden|innen|før)\b"
    r"|\b(?:mennessä|viimeistään)\b"
    r"|\bdo (?:dnia|piątku|poniedziałku|wtorku|środy|czwartku|soboty|niedzieli|pátku|pondělí|"
    r"úterý|středy|čtvrtka|soboty|neděle|konce|\d)|\b(?:najpóźniej|nejpozději|najneskôr|"
    r"najkasnije|najkasneje)\b"
    r"|\b(?:hétfő|kedd|szerdá|csütörtök|péntek|szombat|vasárnap|holnap|\d)\S{0,4}ig\b"
    r"|\blegkésőbb\b"
    r"|\bpână (?:la|pe|vineri|luni|marți|miercuri|joi|\d)|\bcel târziu\b"
    r"|\b\w+(?:a|e)? kadar\b|\ben geç\b|\bέως\b|\bμέχρι\b|\bτο αργότερο\b"
    r"|\bдо (?:\d|понедельника|вторника|среды|четверга|пятницы|понеділка|вівторка|середи|"
    r"четверга|п['\u2019]ятниці|петък|понеделник|края|конца|кінця)|\bне (?:позднее|пізніше|"
    r"по-късно)\b"
    r"|\blīdz\b|\biki\b|\bhiljemalt\b|\bdo (?:petka|ponedjeljka|utorka|srijede|četvrtka|"
    r"srede|četrtka|\d)"
    r"|\b(?:paling lambat|selambat-lambatnya|sebelum)\b|\bteen\b|\bkadar\b|\bhasta el\b"
    r"|\bέως (?:τις|την|το)\b|\btrước (?:\d|thứ|ngày)|까지|までに|之前|以前"
    r"|\b(?:abans del?|fins al|eigi síðar en|fyrir (?:föstudag|mánudag|\d)|deri (?:më|të)|"
    r"qədər|kabla ya|ifikapo|bago (?:ang|mag|sa)|hanggang|قبل|في موعد أقصاه|עד|تا|تک)\b"
    r"|तक|ภายใน"
)


# Where a sentence ends for this reading: a date's stops ("en geç 6.4. saat 23:59'a kadar",
# "legkésőbb 02. 23. 23:59-ig", "do 13.1., godz. 23:59") end none
_STOPS = (".", "!", "?", "\n", "\u3002", "\uff01", "\uff1f")
_REACH = 300


def _a_stop(lowered: str, at: int) -> bool:
    """Does the stop character at ``at`` end a sentence (not a full stop after a digit)?"""
    return lowered[at] != "." or at == 0 or not lowered[at - 1].isdigit()


def _sentence(lowered: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around lowered[start:end], up to _REACH characters either side."""
    floor, left = max(0, start - _REACH), start
    while True:
        left = max(lowered.rfind(stop, floor, left) for stop in _STOPS)
        if left < 0 or _a_stop(lowered, left):
            break
    ceiling, right = min(len(lowered), end + _REACH), end
    while True:
        found = [at for at in (lowered.find(stop, right, ceiling) for stop in _STOPS) if at >= 0]
        right = min(found, default=ceiling)
        if right == ceiling or _a_stop(lowered, right):
            break
        right += 1
    return max(left + 1, floor), right


def asks_by_a_date(lowered: str) -> bool:
    """Does lower-cased ``lowered`` ask the reader for a thing a next step needs by a date, in
    any language read, said plainly ("Please send us a copy of your passport by Friday", "Bezorg
    ons vóór vrijdag een kopie van je diploma", "Bitte senden Sie uns Ihre Unterlagen bis zum 12.
    Mai", "Merci de nous transmettre ces pièces avant le 3 juin")?"""
    for match in _REQUEST_PARTS.finditer(lowered):
        left, right = _sentence(lowered, match.start(), match.end())
        if (
            _THING.search(lowered, left, right)
            and _BY_A_DATE.search(lowered, left, right)
            and said_plainly(lowered, match.start(), match.end(), regrets=True)
            and not asked_not_to(lowered, match.start(), match.end())
        ):
            return True
    return False
