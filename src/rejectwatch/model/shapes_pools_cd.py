"""Refusals in their commonest shapes, swept language by language (issue 11, sixty-sixth pass):
Slovak, Lithuanian, Latvian, Greek, Hebrew, Persian, Bengali, Vietnamese, Indonesian, Filipino,
Catalan, Galician, Afrikaans, Icelandic, Norwegian, Danish, Finnish, Estonian, Slovenian and
Serbian. Each is written for its shape, not its sentence, and tied to a job word or a person
word so that the same verbs about a parcel, a table or a flat stay unread:

* **another got, takes or will take the post**: Slovak "miesto ... získala iná uchádzačka",
  "pozíciu prevezme iný kandidát"; Lithuanian "poziciją gavo kitas kandidatas" (another
  candidate got the post); Greek "τη θέση θα αναλάβει άλλη συνάδελφος" (another colleague will
  take the post); Hebrew "את התפקיד יקבל מועמד אחר" (another candidate will get the role);
  Persian "متقاضی دیگری گرفت" (another applicant took it); Bengali "অন্য একজন যোগ দেবেন"
  (another will join); Vietnamese "vị trí ... được giao cho một ứng viên khác" (the post was
  given to another applicant); Indonesian "posisi ... akan diisi oleh orang lain" (will be filled
  by someone else); Filipino "ibang aplikante ang nakakuha" (another applicant got it);
  Catalan "la plaça l'ha obtinguda una altra candidata"; Galician "o posto ocuparao outra
  persoa"; Afrikaans "die pos is aan 'n ander kandidaat toegeken" (awarded to another);
  Icelandic "annar umsækjandi fékk starfið" (another applicant got the job); Finnish "paikan
  saa toinen hakija" (another applicant gets the place); Estonian "ametikoha sai teine
  kandidaat"; Serbian "radno mesto je dobio drugi kandidat", "poziciju će preuzeti druga osoba"
  (in both scripts);
* **we chose, preferred or decided for someone described**: Slovak "rozhodli sme sa pre kolegu
  z ...", "uprednostnili sme uchádzača s ..."; Lithuanian "nusprendėme pasirinkti kolegę",
  "pirmenybę teikėme kandidatui"; Latvian "izvēlējāmies kolēģi", "priekšroka tika dota
  kandidātam" (preference was given to a candidate); Greek "αποφασίσαμε ... προχωρήσουμε με
  έναν υποψήφιο" (we decided to go ahead with a candidate), "προτιμήσαμε υποψήφιο" (we
  preferred a candidate); Hebrew "בחרנו במועמדת" (we chose a candidate), "העדפנו מועמד" (we
  preferred a candidate); Persian "فردی ... را ترجیح دادیم" (we preferred a person); Bengali
  "একজন প্রার্থীকে বেছে নিয়েছি" (we picked a candidate), "একজনকে অগ্রাধিকার দিয়েছি" (we gave
  priority to one); Vietnamese "đã chọn một đồng nghiệp" (we chose a colleague), "đã ưu tiên
  một ứng viên" (we gave priority to an applicant); Indonesian "kami memutuskan memilih
  pelamar" (we decided to choose an applicant); Filipino "pumili kami ng aplikante", "mas
  pinili namin ang aplikante"; Catalan "hem triat un company", "hem preferit una persona";
  Galician "escollemos un compañeiro", "preferimos unha persoa"; Afrikaans "ons het 'n
  kandidaat ... gekies (verkies)"; Icelandic "við völdum umsækjanda", "umsækjandi ... varð
  fyrir valinu" (an applicant was chosen); Norwegian and Danish "vi har valgt en kollega",
  "vi har foretrukket en søker (ansøger)"; Finnish "päädyimme valitsemaan kollegan"; Estonian
  "valisime kolleegi", "eelistasime kogenumat kandidaati" (we preferred a more experienced
  candidate); Slovenian "odločili smo se za sodelavca", "prednost smo dali kandidatu"; Serbian
  "odlučili smo se za koleginicu", "prednost smo dali kandidatu";
* **we go on with other applicants**: Latvian "turpinām atlasi ar citiem kandidātiem"; Hebrew
  "ממשיכים עם מועמדים אחרים"; Bengali "অন্য প্রার্থীদের নিয়ে এগোচ্ছি"; Indonesian "melanjutkan
  proses dengan kandidat lain"; Filipino "magpapatuloy kami sa ibang mga aplikante"; Catalan
  "continuem el procés amb altres candidats"; Galician "seguimos con outras candidaturas";
  Afrikaans "ons gaan voort met ander kandidate"; Icelandic "við höldum áfram með öðrum
  umsækjendum"; Finnish "jatkamme muiden hakijoiden kanssa"; Slovenian "nadaljujemo z
  drugimi kandidati";
* **the reader not successful, not chosen, going no further, not offered the post**: Slovak
  "prihláška ďalej nepokračuje" (the application goes no further); Lithuanian "jūsų
  dalyvavimas atrankoje ... baigiasi" (your part in the selection ends); Latvian "pieteikums
  nebija veiksmīgs", "jūsu dalība atlasē ... beidzas"; Greek "η αίτησή σας δεν ήταν
  επιτυχής", "δεν επιλεγήκατε" (you were not chosen), "η υποψηφιότητά σας δεν θα προχωρήσει";
  Hebrew "איננו יכולים להציע לך את התפקיד" (we cannot offer you the role); Persian "روند
  درخواست شما ... به پایان می‌رسد" (your application process ends); Bengali "আপনার আবেদন সফল
  হয়নি" (your application did not succeed), "আপনাকে পদটি দিতে পারছি না" (we cannot give you
  the post); Vietnamese "hồ sơ của bạn sẽ không được xét tiếp" (your file will not be
  considered further); Filipino "hindi naging matagumpay ang iyong aplikasyon", "hindi na
  uusad ang iyong aplikasyon", "hindi namin maiaalok sa iyo ang trabaho"; Catalan "el vostre
  procés acaba aquí"; Galician "o teu proceso remata aquí", "non che podemos ofrecer o
  posto"; Afrikaans "jou aansoek gaan nie verder nie", "ons kan nie vir jou die pos aanbied
  nie"; Icelandic "varstu ekki valinn", "umsókn þín bar ekki árangur (fer ekki lengra)";
  Norwegian "søknaden din nådde ikke opp", "du ble ikke valgt"; Danish "din ansøgning var
  ikke succesfuld"; Finnish "hakemuksesi ei edennyt", "hakuprosessisi päättyy tähän";
  Estonian "teid ei valitud", "teie protsess lõpeb siin"; Slovenian "ne moremo vam ponuditi
  delovnega mesta"; Serbian "vaša prijava nije bila uspešna", "vaš postupak se ovde
  završava" (in both scripts);
* **the post cancelled or withdrawn**: Greek "η θέση ακυρώθηκε"; Bengali "পদটি বাতিল করা
  হয়েছে"; Indonesian "lowongan ini dibatalkan"; Filipino "kinansela na ang posisyon"; Catalan
  "la plaça s'ha anul·lat"; Icelandic "starfið hefur verið fellt niður"; Norwegian
  "stillingen er trukket tilbake"; Danish "stillingen er blevet annulleret"; Finnish
  "tehtävä on peruttu"; Estonian "ametikoht tühistati"; Slovenian "delovno mesto je bilo
  ukinjeno".

A second sweep (issue 11) adds three shapes in the same languages:

* **your file closes or ends here** (read as the reader out): Slovak "váš spis sa týmto
  uzatvára" (your file is hereby closed); Lithuanian "jūsų byla čia uždaroma"; Latvian "jūsu
  lieta šeit tiek slēgta"; Greek "φάκελός σας κλείνει εδώ"; Hebrew "התיק שלך נסגר כאן";
  Persian "پرونده شما در اینجا بسته شد"; Bengali "আপনার ফাইল এখানেই বন্ধ করা হলো"; Vietnamese "hồ
  sơ của bạn dừng lại ở đây" (your file stops here); Indonesian "berkas anda kami tutup sampai
  di sini"; Filipino "dito na nagtatapos ang iyong aplikasyon"; Catalan "el vostre expedient es
  tanca aquí"; Galician "o seu expediente pecha aquí"; Afrikaans "jou lêer word hiermee
  gesluit"; Icelandic "umsókn þinni lýkur hér"; Norwegian "saken din avsluttes her"; Danish
  "din sag stopper her"; Finnish "hakemuksesi käsittely päättyy tähän"; Estonian "teie
  toimik suletakse siinkohal"; Slovenian "vaša mapa se tukaj zapira"; Serbian "vaš dosije se
  ovde zatvara" (in both scripts). Each needs "here" ("with this", "hereby"), so a file closed
  for the holidays stays unread;
* **the post went to, was given to or was got by someone described by any noun** (read as
  another chosen): Slovak "pracovné miesto ... dostal starší robotník"; Lithuanian
  "operatoriaus vietą gavo ...", "darbas atiteko ..." (the job fell to); Latvian "darbs tika
  atdots ..."; Greek "η θέση του χειριστή πήγε σε ..."; Hebrew "משרת המפעיל הלכה ל..."; Persian
  "شغل ... به ... رسید"; Bengali "পদটি ... কাছে গেছে"; Vietnamese "vị trí ... đã thuộc về ..."
  (the post now belongs to); Indonesian "posisi ... diberikan kepada ..."; Filipino "ibinigay
  ang trabaho sa ..."; Catalan "la plaça ... ha anat a ..."; Galician "o posto ... foi para
  ..."; Afrikaans "die pos het na ... gegaan"; Icelandic "starfið fór til ...", "... fékk
  starfið"; Norwegian "... fikk jobben"; Danish "... fik jobbet"; Finnish "työ annettiin
  ..."; Estonian "ametikoha sai ...", "töö anti ..."; Slovenian "službo smo dali ..."; Serbian
  "radno mesto ... dobio je ...", "posao ... dali smo ..." (in both scripts). Each is tied to
  a job word and never reads "you" as the person, so a parcel, a prize or a seat stays unread;
* **the choice fell on someone** (read as another chosen): Slovenian "izbira je padla na";
  Serbian "izbor je pao na"; Lithuanian "pasirinkimas krito ant"; Latvian "izvēle krita uz";
  Hebrew "הבחירה נפלה על"; Persian "گزینه نهایی ما شخص دیگری بود" (our final pick was another
  person); Bengali "নির্বাচন ... উপর পড়েছে"; Vietnamese "sự lựa chọn rơi vào"; Indonesian "pilihan
  jatuh pada"; Catalan "l'elecció ha recaigut en"; Galician "a elección recaeu noutra";
  Afrikaans "die keuse het op ... geval"; Icelandic "valið féll á"; Estonian "valik langes".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_ANOTHER_TAKES_IT = re.compile(
    # Slovak: the post (place, job) got, taken over or occupied by another
    r"\b(?:miesto|pozíciu|prácu|post)\b[^.!?\n]{0,40}? (?:získal[ai]?|prevezme|prevzal[ai]?|"
    r"obsadí) (?:iná|iný|druhá|druhý) (?:uchádzačka|uchádzač|kandidátka|kandidát|kolegyňa|"
    r"kolega)\b"
    r"|\b(?:iná|iný) (?:uchádzačka|uchádzač|kandidátka|kandidát|kolegyňa|kolega)\b"
    r"[^.!?\n]{0,30}? (?:získal[ai]?|prevezme|prevzal[ai]?) (?:miesto|pozíciu|prácu)\b"
    # Lithuanian: another (candidate, person) got, took or will take the post (place, job)
    r"|\b(?:poziciją|pareigas|darbo vietą|vietą|darbą)\b[^.!?\n]{0,30}? (?:gavo|gaus|užims|"
    r"užėmė|perims|perėmė) (?:kitas|kita) (?:kandidatas|kandidatė|pretendentas|pretendentė|"
    r"darbuotojas|darbuotoja|kolega|kolegė)\b"
    r"|\b(?:kitas|kita) (?:kandidatas|kandidatė|pretendentas|pretendentė)\b[^.!?\n]{0,20}? "
    r"(?:gavo|gaus|"
    r"užims|užėmė|perims|perėmė) (?:šią |tą )?(?:poziciją|pareigas|darbo vietą|vietą|darbą)\b"
    # Greek: another (colleague) took or will take the post
    r"|\bθέση\b[^.!?\n]{0,30}? (?:θα αναλάβει|ανέλαβε|θα πάρει) (?:άλλος|άλλη|κάποιος άλλος|"
    r"κάποια άλλη) (?:υποψήφιος|υποψήφια|συνάδελφος|εργαζόμενος|εργαζόμενη)\b"
    r"|\b(?:άλλος|άλλη) (?:υποψήφιος|υποψήφια|συνάδελφος)\b[^.!?\n]{0,20}? (?:θα αναλάβει|"
    r"ανέλαβε) (?:τη|την) θέση\b"
    # Hebrew: another candidate (someone else) will get (fill) the role
    r"|(?:יקבל|תקבל|יאייש|תאייש|ימלא|תמלא) (?:מועמד אחר|מועמדת אחרת|מישהו אחר|מישהי אחרת)"
    # Persian: another applicant (person) took it
    r"|(?:متقاضی|نامزد|کاندیدای) دیگری (?:آن را )?گرفت"
    # Persian: will be handed (entrusted) to another person
    r"|به (?:شخص|فرد|کس|نفر|متقاضی) (?:دیگری|دیگر) (?:سپرده|واگذار|داده) خواهد شد"
    # Bengali: another (one) will join (is joining) the post
    r"|অন্য (?:একজন|কেউ|প্রার্থী)[^।.!?\n]{0,10}?যোগ (?:দেবেন|দিচ্ছেন|দেবে)"
    # Vietnamese: the post given to another applicant; another applicant takes on the post
    r"|\b(?:vị trí|công việc|chỗ làm|việc làm)\b[^.!?\n]{0,20}? được giao cho (?:một )?"
    r"(?:ứng viên|ứng cử viên|người) khác\b"
    r"|\b(?:ứng viên|ứng cử viên|người) khác (?:sẽ |đã )?(?:đảm nhận|đảm nhiệm|nhận) "
    r"(?:vị trí|công việc)\b"
    # Indonesian: the post (vacancy) is (will be) filled by someone else (another candidate)
    r"|\b(?:posisi|lowongan|pekerjaan|jabatan)\b[^.!?\n]{0,25}? (?:akan |sudah |telah )?"
    r"diisi oleh (?:orang|kandidat|pelamar|calon) lain\b"
    # Filipino: another applicant got (holds, will hold) the post
    r"|\bibang (?:aplikante|kandidato) ang (?:nakakuha|nakuha|kumuha|napili|tinanggap|"
    r"hahawak)\b"
    r"|\biba na ang (?:hahawak|hawak|humahawak|kukuha) ng (?:posisyon|trabaho|puwesto)\b"
    # Catalan: the post obtained (got) by another; another has obtained it
    r"|\b(?:plaça|lloc|feina|posició)\b[^.!?\n]{0,30}? l['\u2019]ha (?:obtinguda|obtingut|"
    r"aconseguida|aconseguit) (?:un altre|una altra|algú altre)\b"
    r"|\b(?:un altre|una altra) (?:candidat|candidata|persona)\b ha (?:obtingut|aconseguit|"
    r"ocupat) (?:la plaça|el lloc|la feina)\b"
    # Galician: the post (place) will be occupied (taken) by another person
    r"|\b(?:praza|posto|traballo)\b[^.!?\n]{0,25}? (?:ocupar[aá]|ocuparao|ocuparaa|ocupouno|"
    r"ocupouna|ocupou|levará|levarao|levaraa|levouno|levouna|levou) (?:outra persoa|"
    r"outr[oa] (?:candidat[oa]|compañeir[oa]))\b"
    # Afrikaans: the post awarded (given) to another candidate; someone else fills it
    r"|\b(?:pos|betrekking|vakature)\b[^.!?\n]{0,20}? aan (?:['\u2019]n )?(?:ander|"
    r"iemand anders)\b[^.!?\n]{0,15}? (?:toegeken|gegee|aangebied)\b"
    r"|\biemand anders (?:sal die (?:pos|betrekking) (?:vul|kry|beklee|neem)|het die "
    r"(?:pos|betrekking) (?:gekry|gevul|beklee|geneem))\b"
    # Icelandic: another applicant got (will take over) the job
    r"|\b(?:annar|önnur) (?:umsækjandi|aðili|einstaklingur|manneskja)\b[^.!?\n]{0,20}? "
    r"(?:fékk|hlaut|hreppti|mun fá|mun taka við|tók við) (?:starfið|starfinu|stöðuna|"
    r"stöðunni)\b"
    # Finnish: another applicant gets (got) the place (post)
    r"|\b(?:paikan|tehtävän|työpaikan|viran)\b[^.!?\n]{0,15}? (?:saa|sai) toinen "
    r"(?:hakija|ehdokas)\b"
    r"|\btoinen (?:hakija|ehdokas) (?:sai|saa) (?:paikan|tehtävän|työpaikan|viran)\b"
    # Estonian: another (candidate, person) got (takes over) the post
    r"|\b(?:ametikoha|töökoha|positsiooni)\b[^.!?\n]{0,15}? (?:sai|saab|võtab üle|"
    r"võttis üle) (?:teine|keegi teine)\b"
    # Serbian (Cyrillic): the post got (taken over) by another
    r"|(?:радно место|позицију|посао)[^.!?\n]{0,20}? (?:добио|добила|преузео|преузела|"
    r"ће преузети|преузима) (?:други|друга|неко други)(?![а-яђјљњћџ])"
    # Serbian (Latin): the post got (taken over) by another
    r"|\b(?:radno mesto|poziciju|posao)\b[^.!?\n]{0,20}? (?:dobio|dobila|preuzeo|"
    r"preuzela|će preuzeti|preuzima) (?:drugi|druga|neko drugi)\b"
)
_CHOSE_SOMEONE = re.compile(
    # Slovak: we decided for (preferred) a colleague, an applicant
    r"\b(?:rozhodli sme sa pre|uprednostnili sme) (?:iného |inú )?(?:kolegu|kolegyňu|"
    r"uchádzač(?:a|ku)|kandidát(?:a|ku)|niekoho)\b"
    # Lithuanian: we decided to pick a colleague; we gave preference to a candidate
    r"|\b(?:nusprendėme|nutarėme) (?:pasirinkti|priimti) (?:kitą |kitą )?(?:kolegę|kolegą|"
    r"kandidat\w*|asmenį)"
    r"|\bpirmenybę (?:teikėme|suteikėme|atidavėme) (?:kitam |kitai )?(?:kandidat\w*|"
    r"kolegai|asmeniui)"
    # Latvian: we chose a colleague (candidate); preference was given to a candidate;
    # we go on with other candidates
    r"|\bizvēlējāmies (?:citu |citu? )?(?:kolēģ\w*|kandidāt\w*|pretendent\w*|darbinie\w*)"
    r"|\bpriekšroka (?:tika |tiek |ir )?dota (?:citam |citai )?(?:kandidāt\w*|pretendent\w*|"
    r"kolēģ\w*)"
    r"|\bturpinām (?:atlasi |darbu |procesu )?ar citiem (?:kandidātiem|pretendentiem)\b"
    # Greek: we decided to go ahead with a candidate; we preferred a candidate
    r"|\bαποφασίσαμε να (?:προχωρήσουμε|συνεχίσουμε) με (?:έναν |μια |μία |άλλον |άλλη )?"
    r"(?:υποψήφι\w+|συνάδελφο|άτομο)"
    r"|\bπροτιμήσαμε (?:έναν |μια |μία |άλλον |άλλη )?(?:υποψήφι\w+|συνάδελφο|άτομο|κάποιον)"
    # Hebrew: we chose (preferred) a candidate; we go on with other candidates
    r"|(?:בחרנו ב|העדפנו (?:את )?)(?:מועמד|מועמדת|מישהו|מישהי|עובד|עובדת)\b"
    r"|ממשיכים (?:עם|בתהליך עם) (?:מועמדים אחרים|מועמדות אחרות)"
    # Persian: we preferred a person (applicant) with ...
    r"|(?:فردی|کسی|شخصی|نامزدی|متقاضی)[^.!?\n]{0,30}?ترجیح (?:دادیم|داده\u200c?ایم)"
    # Bengali: we picked (appointed) a candidate; we go on with other candidates; we gave
    # priority to one
    r"|প্রার্থীকে (?:বেছে নিয়েছি|নির্বাচন করেছি|নিয়োগ দিয়েছি)"
    r"|অন্য প্রার্থীদের (?:নিয়ে|সাথে|সঙ্গে) (?:এগোচ্ছি|এগিয়ে যাচ্ছি)"
    r"|(?:একজনকে|প্রার্থীকে|কাউকে) অগ্রাধিকার (?:দিয়েছি|দেওয়া হয়েছে)"
    # Vietnamese: we have chosen (given priority to) an applicant (a colleague)
    r"|\bđã (?:chọn|ưu tiên|tuyển) (?:một |các )?(?:ứng viên|ứng cử viên|đồng nghiệp)\b"
    # Indonesian: we decided to choose (put first) an applicant from elsewhere (another); we
    # go on with others (never the candidates chosen for the next round, "yang lolos")
    r"|\bkami (?:memutuskan (?:untuk )?|telah |sudah )memilih (?:pelamar|kandidat|calon|rekan) "
    r"(?:lain|dari|asal)\b"
    r"|\bkami (?:memutuskan (?:untuk )?|telah |sudah )(?:lebih )?mengutamakan (?:pelamar|"
    r"kandidat|calon|rekan) (?:lain|yang lebih)\b"
    r"|\bmelanjutkan (?:proses )?(?:rekrutmen |seleksi )?dengan (?:kandidat|pelamar|calon) "
    r"lain\b"
    # Filipino: we chose (preferred) an applicant; we go on with other applicants
    r"|(?<!\bkung )\b(?:pumili|pinili) kami ng (?:ibang |isang )?(?:aplikante|kandidato)\w*"
    r"|\bmas pinili namin ang (?:ibang |isang )?(?:aplikante|kandidato)\w*"
    r"|\bmagpapatuloy kami (?:sa|kasama ang) (?:ibang|iba pang) (?:mga )?(?:aplikante|kandidato)"
    # Catalan: we chose (preferred) a colleague (person); we go on with other candidates
    r"|\bhem (?:triat|escollit|preferit) (?:un |una |a )?(?:altre |altra )?(?:company|companya|"
    r"candidat|candidata|persona|perfil|algú)\b"
    r"|\bcontinuem (?:el procés )?amb (?:altres|d['\u2019]altres) (?:candidats|candidatures|"
    r"persones|perfils)\b"
    # Galician: we chose (preferred) a colleague (person); we go on with other applications
    r"|(?<!\bse )\b(?:escollemos|eliximos|preferimos) (?:un |unha |a )?(?:outr[oa] )?"
    r"(?:compañeir[oa]|candidat[oa]|persoa|perfil)\b"
    r"|\bseguimos (?:co proceso |o proceso )?con (?:outras candidaturas|outros candidatos|"
    r"outras persoas)\b"
    # Afrikaans: we chose (preferred) a candidate; we go on with other candidates
    r"|\bons het (?:['\u2019]n )?(?:ander )?(?:kandidaat|applikant|aansoeker|kollega|"
    r"persoon)\b[^.!?\n]{0,40}? (?:gekies|verkies|aangestel)\b"
    r"|\bons gaan voort met (?:die )?ander (?:kandidate|applikante|aansoekers)\b"
    # Icelandic: we chose (hired) an applicant; an applicant was chosen; we go on with others
    r"|\bvið (?:völdum|réðum|höfum valið|höfum ráðið) (?:annan |aðra )?(?:umsækjanda|aðila|"
    r"einstakling|manneskju|starfsmann)\b"
    r"|\b(?:umsækjandi|aðili|einstaklingur)\b[^.!?\n]{0,40}? varð fyrir valinu\b"
    r"|\bvið höldum áfram með (?:öðrum|aðra) (?:umsækjendum|umsækjendur|aðilum)\b"
    # Norwegian: we have chosen (preferred) a colleague (applicant)
    r"|\bvi har (?:valgt|ansatt|foretrukket|gått for) (?:en |ei |et )?(?:annen |anna )?"
    r"(?:kollega|søker|kandidat|person|medarbeider)\b"
    # Danish: we have chosen (preferred) a colleague (applicant)
    r"|\bvi har (?:valgt|ansat|foretrukket|udvalgt) (?:en |et )?(?:anden |andet )?"
    r"(?:kollega|ansøger|kandidat|person|medarbejder)\b"
    # Finnish: we ended up choosing a colleague; we go on with other applicants
    r"|\b(?:päädyimme|päätimme) valitsemaan (?:toisen |erään )?(?:hakijan|kollegan|henkilön|"
    r"ehdokkaan|työntekijän)\b"
    r"|\bjatkamme (?:prosessia |rekrytointia |hakua )?(?:muiden|toisten) (?:hakijoiden|"
    r"ehdokkaiden) kanssa\b"
    # Estonian: we chose (preferred) a colleague (a more experienced candidate)
    r"|(?<!\bkui )\b(?:valisime|eelistasime) (?:teise |ühe )?(?:kolleegi|kandidaadi|"
    r"kandidaati|inimese|isiku|kogenuma\w*|kogenum\w*)"
    # Slovenian: we decided for (gave precedence to) a colleague; we go on with others
    r"|\b(?:odločili smo se za|prednost smo dali) (?:drug\w* )?(?:sodelav\w+|kandidat\w*|"
    r"osebo|osebi)\b"
    r"|\bnadaljujemo z drugimi (?:kandidati|kandidatkami|prijavitelji)\b"
    # Serbian (Cyrillic): we decided for (gave precedence to) a colleague (candidate)
    r"|(?:одлучили смо се за|предност смо дали) (?:друг[а-я]* )?(?:колег|кандидат|особ)"
    # Serbian (Latin): we decided for (gave precedence to) a colleague (candidate)
    r"|\b(?:odlučili smo se za|prednost smo dali) (?:drug\w* )?(?:koleg|kandidat|osob)"
)
_READER_NOT_ON = re.compile(
    # Slovak: the application goes no further
    r"\b(?:prihláška|žiadosť|kandidatúra) (?:ďalej |už )?nepokračuje\b"
    # Lithuanian: your part in the selection ends
    r"|\bjūsų (?:dalyvavimas (?:atrankoje |konkurse )?|kandidatavimas )(?:šiuo etapu |čia |"
    r"tuo )?baigiasi\b"
    # Latvian: your application was not successful; your part in the selection ends
    r"|\b(?:pieteikums|kandidatūra) (?:diemžēl )?(?:nebija|nav bijis|nav bijusi) "
    r"(?:veiksmīg|sekmīg)\w*"
    r"|\bjūsu dalība (?:atlasē |konkursā )?(?:ar šo |šeit )?(?:beidzas|ir beigusies)\b"
    # Greek: your application was not successful; you were not chosen; it will go no further
    r"|\bη (?:αίτησ[ηή]|υποψηφιότητ[αά]) σας δεν (?:ήταν|υπήρξε) επιτυχής"
    r"|\bδεν (?:επιλεγήκατε|επιλεχθήκατε|προκριθήκατε)\b"
    r"|\b(?:αίτησ[ηή]|υποψηφιότητ[αά]) σας δεν θα (?:προχωρήσει|συνεχίσει) (?:περαιτέρω|"
    r"παρακάτω)"
    # Hebrew: we cannot offer you the role (post)
    r"|(?:איננו|אנו לא|אנחנו לא) (?:יכולים|נוכל) להציע לך את (?:התפקיד|המשרה)"
    # Persian: your application process ends (ended) here
    r"|روند (?:درخواست|استخدام) شما[^.!?\n]{0,20}?(?:به پایان (?:می\u200c?رسد|رسید)|"
    r"پایان یافت|خاتمه یافت)"
    # Bengali: your application did not succeed; we cannot give you the post
    r"|আপনার আবেদন (?:সফল হয়নি|সফল হয় নি|গৃহীত হয়নি)"
    r"|আপনাকে (?:পদটি|পদটা|চাকরিটি|চাকরিটা) (?:দিতে|অফার করতে) পারছি না"
    # Vietnamese: your file will not be considered further
    r"|\bhồ sơ (?:của )?(?:bạn|anh|chị) (?:sẽ )?không được (?:xét|xem xét|xét duyệt) tiếp\b"
    # Filipino: your application was not successful, goes no further; we cannot offer the job
    r"|\bhindi naging matagumpay ang (?:iyong|inyong) (?:aplikasyon|application)\b"
    r"|\bhindi na (?:uusad|magpapatuloy|itutuloy) ang (?:iyong|inyong) (?:aplikasyon|"
    r"application)\b"
    r"|\bhindi (?:namin )?(?:maiaalok|maibibigay) sa (?:iyo|inyo) ang (?:trabaho|posisyon)\b"
    # Catalan: your process ends here
    r"|\b(?:el vostre|el teu) procés (?:acaba|s['\u2019]acaba|finalitza|conclou) aquí\b"
    # Galician: your process ends here; we cannot offer you the post
    r"|\b(?:o teu|o seu|o voso) proceso (?:remata|termina|finaliza|acaba) aquí\b"
    r"|\bnon (?:che|lle|vos|te) (?:podemos|poderemos) ofrecer (?:o posto|a praza|o traballo)\b"
    # Afrikaans: your application goes no further; we cannot offer you the post
    r"|\bjou aansoek (?:gaan|sal) nie verder (?:gaan )?nie\b"
    r"|\bons kan (?:jou )?nie (?:vir jou |aan jou )?(?:die )?(?:pos|betrekking|werk) aanbied nie\b"
    # Icelandic: you were not chosen; your application had no success (goes no further)
    r"|\b(?:varstu|varst þú|þú varst) ekki (?:valinn|valin)\b"
    r"|\bumsókn þín (?:bar ekki árangur|fer ekki lengra|heldur ekki áfram|komst ekki áfram)\b"
    # Norwegian: your application did not reach the mark; you were not chosen
    r"|\b(?:du|søknaden din|søknaden) nådde (?:dessverre )?ikke (?:helt )?opp\b"
    r"|\bdu (?:ble|har) (?:dessverre )?ikke (?:blitt )?(?:valgt|plukket ut)\b"
    # Danish: your application was not successful
    r"|\bdin ansøgning var (?:desværre )?ikke (?:succesfuld|succesrig|vellykket)\b"
    # Finnish: your application did not go forward; your application process ends here
    r"|\bhakemuksesi ei (?:tällä kertaa )?(?:edennyt|etene)\b"
    r"|\b(?:hakuprosessisi|prosessisi|hakusi) (?:päättyy|päättyi) (?:tähän|tältä erää)\b"
    # Estonian: you were not chosen; your process ends here
    r"|\bteid ei (?:valitud|osutunud valituks)\b"
    r"|\bteie (?:protsess|kandideerimine|värbamisprotsess) (?:lõpeb|lõppes|on lõppenud)\b"
    # Slovenian: we cannot offer you the post
    r"|\bne (?:moremo|bomo mogli) vam ponuditi (?:delovnega mesta|zaposlitve|službe)\b"
    # Serbian (Cyrillic): your application was not successful; your process ends here
    r"|(?:ваша|твоја) (?:пријава|кандидатура) није (?:била )?успешна"
    r"|(?:ваш|твој) (?:поступак|процес) (?:се )?(?:овде |ту )?(?:завршава|је завршен)"
    # Serbian (Latin): your application was not successful; your process ends here
    r"|\b(?:vaša|tvoja) (?:prijava|kandidatura) nije (?:bila )?uspešna\b"
    r"|\b(?:vaš|tvoj) (?:postupak|proces) (?:se )?(?:ovde |ovdje |tu )?(?:završava|je završen)\b"
)
_POST_CANCELLED = re.compile(
    # Greek: the post was cancelled (withdrawn)
    r"\bη θέση (?:ακυρώθηκε|καταργήθηκε|αποσύρθηκε|έχει (?:ακυρωθεί|καταργηθεί|αποσυρθεί))"
    # Bengali: the post has been cancelled
    r"|(?:পদটি|পদটা|চাকরিটি|শূন্যপদটি) বাতিল (?:করা হয়েছে|হয়েছে|হয়ে গেছে|করা হলো)"
    # Indonesian: the vacancy (post) was cancelled
    r"|\b(?:lowongan|posisi)(?: ini| tersebut)? (?:telah |sudah )?dibatalkan\b"
    # Filipino: the post was cancelled
    r"|\b(?:kinansela|ikinansela|kanselado)(?: na)? ang (?:posisyon|bakante|trabaho)\b"
    # Catalan: the post was annulled (cancelled)
    r"|\b(?:la plaça|el lloc|la posició) (?:s['\u2019]ha anul·lat|ha estat anul·lada|"
    r"s['\u2019]ha cancel·lat|ha estat cancel·lada)"
    # Icelandic: the job was dropped; the hiring was called off
    r"|\b(?:starfið|staðan) (?:hefur verið|var) (?:fellt|felld) niður\b"
    r"|\bhætt (?:hefur verið |var )?við (?:ráðninguna|ráðningu)\b"
    # Norwegian: the post was withdrawn (cancelled)
    r"|\bstillingen (?:er|har blitt|ble) (?:trukket tilbake|kansellert|inndratt)\b"
    # Danish: the post was annulled (withdrawn)
    r"|\bstillingen (?:er|er blevet|blev) (?:annulleret|trukket tilbage|nedlagt)\b"
    # Finnish: the post (hiring) was cancelled
    r"|\b(?:tehtävä|paikka|työpaikka|virka|rekrytointi) (?:on|oli) (?:peruttu|peruutettu|"
    r"lakkautettu)\b"
    # Estonian: the post was cancelled
    r"|\b(?:ametikoht|töökoht|konkurss) (?:tühistati|on tühistatud)\b"
    # Slovenian: the post was abolished (the call withdrawn)
    r"|\b(?:delovno mesto|razpis) je (?:bilo |bil )?(?:ukinjeno|preklican|preklicano|ukinjen)\b"
)

_FILE_CLOSED_HERE = re.compile(
    # Slovak: your file (candidacy) is closed (ends) hereby, here with us
    r"\b(?:váš|vaša|vaše) (?:spis|zložka|kandidatúra|prihláška|dokumenty)\b (?:sa )?"
    r"(?:týmto|tu|u nás)(?: tu)? (?:uzatvára|uzatvárajú|končí|končia|uzavrel[ai]?)\b"
    # Catalan: your file (dossier, application) closes (stops) here
    r"|\b(?:el vostre|el teu|la vostra|la teva) (?:expedient|dossier|sol·licitud)\b "
    r"(?:es tanca|queda tancad[ao]|s['\u2019]acaba|acaba|s['\u2019]atura|finalitza) aquí\b"
    # Galician: your file (folder, application) closes (ends) here
    r"|\b(?:o seu|o teu|o voso|a súa|a túa|a vosa) (?:expediente|cartafol|solicitude)\b "
    r"(?:pecha|péchase|queda pechad[oa]|remata|termina|acaba|detense) aquí\b"
    # Indonesian: we close your file up to here
    r"|\b(?:berkas|map|dokumen|lamaran) anda (?:kami tutup|ditutup|berakhir|berhenti|selesai) "
    r"(?:sampai )?di sini\b"
    # Afrikaans: your file is hereby closed; your application ends here
    r"|\bjou (?:lêer|aansoek|kandidatuur|dossier) (?:word|is) (?:hiermee|hier) gesluit\b"
    r"|\bjou (?:lêer|aansoek|kandidatuur|dossier) (?:eindig|stop) hier\b"
    # Norwegian: your case (folder) ends here, is thereby closed
    r"|\b(?:saken|mappen|søknaden) din (?:avsluttes|stopper|slutter|lukkes) her\b"
    r"|\b(?:saken|mappen|søknaden) din (?:er|ble) (?:dermed|derfor) (?:avsluttet|lukket)\b"
    # Danish: your case (application) stops here
    r"|\bdin (?:sag|ansøgning|mappe) (?:stopper|slutter|lukkes) her\b"
    # Finnish: the handling of your application ends here; your folder is closed on this
    r"|\b(?:hakemuksesi|kansiosi|asiasi|paperisi)(?: käsittely)? (?:päättyy|päättyi|"
    r"suljetaan) (?:tähän|tältä osin)\b"
    # Slovenian: your folder (application) closes (ends) here, with this
    r"|\b(?:vaša|tvoja|vaš|tvoj) (?:mapa|prijava|dosje|spis)\b se (?:tukaj|tu|s tem|pri nas)"
    r"(?: s tem| tukaj)? (?:zapira|zaključuje|končuje|konča)\b"
    # Serbian (Latin): your file (application) closes (ends) here, with this
    r"|\b(?:vaš|vaša|tvoj|tvoja) (?:dosije|predmet|prijava|fascikla)\b se (?:ovde|ovdje|tu|time|"
    r"kod nas)(?: time| ovde)? (?:zatvara|završava|okončava)\b"
    # Serbian (Cyrillic): your file (application) closes (ends) here, with this
    r"|(?:ваш|ваша|твој|твоја) (?:досије|предмет|пријава|фасцикла) се (?:овде|ту|тиме|"
    r"код нас)(?: тиме| овде)? (?:затвара|завршава|окончава)(?![а-яђјљњћџ])"
    # Estonian: your file (application) is closed (ends) here
    r"|\bteie (?:toimik|kaust|avaldus|kandidatuur)\b (?:suletakse|lõpeb|lõppes|peatub) "
    r"(?:siin|siinkohal)\b"
    # Icelandic: your application ends here; your matter is hereby closed
    r"|\b(?:umsókn þinni|máli þínu|möppu þinni) (?:lýkur hér|er hér með (?:lokað|lokið))"
    # Filipino: your application (file) ends here; we close your file here
    r"|\bdito na (?:nagtatapos|natatapos|nagsasara) ang (?:iyong|inyong) (?:aplikasyon|"
    r"application|file|papeles)\b"
    r"|\b(?:isinasara|isinara) na (?:namin )?ang (?:iyong|inyong) (?:file|aplikasyon|papeles) "
    r"dito\b"
    # Vietnamese: your file is closed (stops) here
    r"|\bhồ sơ (?:của )?(?:bạn|anh|chị) (?:xin được |xin |đã )?(?:khép lại|đóng lại|dừng lại) "
    r"(?:tại|ở) đây\b"
    # Greek: your file closes here
    r"|\bο φάκελ(?:ός|ος) σας (?:κλείνει|έκλεισε|σταματά) (?:εδώ|σε αυτό το σημείο)"
    # Lithuanian: your file (application) is closed (ends) here, with this
    r"|\bjūsų (?:byla|paraiška|aplankas|kandidatūra)\b (?:čia|tuo ir|tuo) (?:uždaroma|"
    r"baigiasi|sustoja)\b"
    # Latvian: your case (application) is closed (ends) here, with this
    r"|\bjūsu (?:lieta|mape|pieteikums|kandidatūra)\b (?:šeit|ar to|ar šo) (?:tiek slēgta|"
    r"tiek slēgts|noslēdzas|beidzas|apstājas)\b"
    # Hebrew: your file (the handling of your candidacy) closes (ends) here
    r"|(?:התיק|התיקייה|הבקשה|המועמדות|הטיפול במועמדות) שלך (?:נסגר|נסגרת|מסתיים|מסתיימת|"
    r"נעצר|נעצרת)(?: אצלנו)? (?:כאן|בזאת)"
    # Persian: your file (application) is closed (ends) right here
    r"|(?:پرونده|درخواست|مدارک) شما (?:همین\u200c?جا|در اینجا|اینجا) (?:بسته می\u200c?شود|"
    r"بسته شد|به پایان می\u200c?رسد|متوقف می\u200c?شود)"
    # Bengali: your file (application process) is closed (ends) right here
    r"|আপনার (?:ফাইল|আবেদন|আবেদনের প্রক্রিয়া|কাগজপত্র) এখানেই (?:বন্ধ করা হলো|বন্ধ হলো|"
    r"শেষ হলো|শেষ হচ্ছে)"
)

_POST_WENT_TO = re.compile(
    # Slovak: the post (job) was got (taken) by someone, or we gave it to someone
    r"\b(?:pracovné miesto|pozíciu|prácu)\b[^.!?\n]{0,30}? (?:dostal[ai]?|získal[ai]?|"
    r"obsadil[ai]?|sme dali|sme pridelili) (?!vám\b|vás\b|vy\b|ste\b|tebe\b)\w"
    # Catalan: the post (job) went (was given) to someone
    r"|\b(?:la plaça|el lloc|la feina|la posició)\b[^.!?\n]{0,30}? (?:ha anat|va anar|"
    r"s['\u2019]ha donat|es va donar|s['\u2019]ha adjudicat|es va adjudicar) a (?!vós\b|tu\b|"
    r"vosaltres\b|vostè\b)\w"
    # Galician: the post (job) went (was given) to someone
    r"|\b(?:o posto|a praza|o traballo)\b[^.!?\n]{0,30}? (?:foi para|déuselle a|deuse a|"
    r"adxudicóuselle a) (?!vostede\b|ti\b|vós\b)\w"
    # Indonesian: the post (job) was given to, fell into the hands of someone
    r"|\b(?:posisi|lowongan|pekerjaan|jabatan)\b[^.!?\n]{0,30}? (?:telah |sudah )?"
    r"(?:diberikan kepada|jatuh ke tangan|jatuh kepada) (?!anda\b)\w"
    # Afrikaans: the post (job) went (was given) to someone
    r"|\b(?:pos|betrekking|werk)\b (?:het na|is aan) (?!jou\b|u\b)[^.!?\n]{1,60}? "
    r"(?:gegaan|gegee|toegeken)\b"
    # Norwegian: someone got the job (post)
    r"|(?<!\bdu )(?<!\bdere )(?<!\bvi )(?<!\bhvis )\bfikk (?:stillingen|jobben)\b"
    # Danish: someone got the job (post)
    r"|(?<!\bdu )(?<!\bi )(?<!\bvi )(?<!\bhvis )\bfik (?:stillingen|jobbet)\b"
    # Finnish: the job was given to someone
    r"|\b(?:työ|tehtävä|työpaikka|virka)\b (?:annettiin|myönnettiin) (?!sinulle\b)\w"
    # Slovenian: the job went to (was given to) someone
    r"|\b(?:delovno mesto|službo|zaposlitev)\b[^.!?\n]{0,30}? (?:smo dali|smo podelili|je šlo|"
    r"je šla) (?!vam\b|vas\b|tebi\b)\w"
    # Serbian (Latin): the post (job) got by someone, or we gave it to someone
    r"|\b(?:radno mesto|posao|poziciju)\b[^.!?\n]{0,30}? (?:dobio je|dobila je|je dobio|"
    r"je dobila|dali smo|smo dali|je pripao|je pripala|je pripalo) (?!vama\b|vam\b|tebi\b)\w"
    # Serbian (Cyrillic): the post (job) got by someone, or we gave it to someone
    r"|(?:радно место|посао|позицију)[^.!?\n]{0,30}? (?:добио је|добила је|је добио|"
    r"је добила|дали смо|смо дали|је припао|је припала|је припало) (?!вама|вам |теби)[а-яђјљњћџ]"
    # Estonian: the post was got by (the job was given to) someone
    r"|\b(?:ametikoha|töökoha)\b (?:sai|said) (?!teie\b|te\b)\w"
    r"|\b(?:töö|ametikoht|töökoht)\b (?:anti|läks) (?!teile\b)\w"
    # Icelandic: the job went to someone; someone got the job
    r"|\b(?:starfið|staðan)\b (?:fór til|var veitt|var veitt til) (?!þín\b|þér\b)\w"
    r"|(?<!\bþú )(?<!\bef )\b(?:fékk|hreppti|hlaut) (?:starfið|stöðuna)\b"
    # Filipino: the job was given to someone
    r"|\b(?:ibinigay|naibigay|ipinagkaloob) (?:na )?(?:namin )?ang (?:posisyon|trabaho|puwesto)\b"
    r"[^.!?\n]{0,20}? sa (?!iyo\b|inyo\b)\w"
    # Vietnamese: the post (job) went to (was handed to) someone
    r"|\b(?:vị trí|công việc|chỗ làm)\b[^.!?\n]{0,30}? (?:đã )?(?:thuộc về|được trao cho|"
    r"được giao cho|về tay) (?!bạn\b)\w"
    # Greek: the operator's post went to someone
    r"|\bη θέση (?:του|της|εργασίας)\b[^.!?\n]{0,25}? (?:πήγε|δόθηκε|κατέληξε) σε "
    r"(?!εσάς|σας|εσένα)\w"
    # Lithuanian: the operator's post was got by someone; the job went to someone
    r"|\b(?:darbo vietą|poziciją|pareigas|\w+(?:iaus|ojo|ės) vietą)\b (?:gavo|užėmė|perėmė) "
    r"(?!jūs\b)\w"
    r"|\b(?:darbas|pozicija|darbo vieta)\b (?:atiteko|buvo atiduota|buvo atiduotas|"
    r"buvo suteikta) (?!jums\b)\w"
    # Latvian: the operator's post was got by someone; the job was given to someone
    r"|\b(?:amatu|darba vietu|\w+(?:ora|āja|ēja|nieka) vietu)\b (?:ieguva|saņēma|ieņēma) "
    r"(?!jūs\b)\w"
    r"|\b(?:amats|darbs|darba vieta)\b (?:tika )?(?:atdots|atdota|piešķirts|piešķirta) "
    r"(?!jums\b)\w"
    # Hebrew: the post (job) went (was given) to someone
    r"|(?:המשרה|התפקיד|העבודה|משרת ה\S+)[^.!?\n]{0,20}? (?:הלכה|הלך|ניתנה|ניתן|נמסרה|נמסר) "
    r"ל(?!ך|כם|כן)\S"
    # Persian: the post (this job) went (was given) to someone
    r"|(?:شغل|سمت|موقعیت شغلی|این کار)[^.!?\n]{0,25}? به (?!شما)[^.!?\n]{1,50}?(?:رسید|"
    r"داده شد|سپرده شد|واگذار شد)"
    # Bengali: the post (job) went (was given) to someone
    r"|(?:পদটি|পদটা|চাকরিটি|চাকরিটা|কাজটি) (?!আপনাকে|আপনার)[^।.!?\n]{0,50}?(?:কাছে গেছে|"
    r"দেওয়া হয়েছে)"
)

_CHOICE_FELL = re.compile(
    # Catalan: the choice this time fell on someone
    r"\b(?:l['\u2019]elecció|la tria|la selecció)\b[^.!?\n]{0,25}? (?:ha recaigut|va recaure) "
    r"(?:en|sobre) (?!vós\b|tu\b|vostè\b)\w"
    # Galician: the choice this time fell on someone (another)
    r"|\b(?:a elección|a escolla|a selección)\b[^.!?\n]{0,25}? recaeu (?:en |sobre |n)"
    r"(?!vostede\b|ti\b)\w"
    # Indonesian: the choice this time fell on someone
    r"|\bpilihan (?:kami )?(?:kali ini |akhirnya )?jatuh (?:pada|kepada) (?!anda\b)\w"
    # Afrikaans: the choice this time fell on someone
    r"|\bdie keuse het (?:[^.!?\n]{0,20}? )?op (?!jou\b|u\b)[^.!?\n]{1,40}? geval\b"
    # Slovenian: the choice this time fell on someone
    r"|\bizbira (?:je )?(?:[^.!?\n]{0,20}? )?padla na (?!vas\b|tebe\b)\w"
    # Serbian (Latin, Cyrillic): the choice this time fell on someone
    r"|\bizbor (?:je )?(?:[^.!?\n]{0,20}? )?pao na (?!vas\b|tebe\b)\w"
    r"|(?<![а-яђјљњћџ])избор (?:је )?(?:[^.!?\n]{0,20}? )?пао на (?!вас|тебе)[а-яђјљњћџ]"
    # Estonian: the choice this time fell on someone
    r"|\bvalik (?:[^.!?\n]{0,20}? )?langes (?!teile\b|teie\b)\w"
    # Icelandic: the choice this time fell on someone
    r"|\bvalið (?:[^.!?\n]{0,20}? )?féll (?:[^.!?\n]{0,20}? )?á (?!þig\b)\w"
    # Vietnamese: the choice fell on someone
    r"|\bsự lựa chọn (?:[^.!?\n]{0,20}? )?rơi vào (?!bạn\b)\w"
    # Lithuanian: the choice this time fell on someone
    r"|\bpasirinkimas (?:[^.!?\n]{0,20}? )?krito ant (?!jūsų\b)\w"
    # Latvian: the choice this time fell on someone
    r"|\bizvēle (?:[^.!?\n]{0,20}? )?krita uz (?!jums\b|jūsu\b|jums\b)\w"
    # Hebrew: the choice this time fell on someone
    r"|הבחירה (?:[^.!?\n]{0,20}? )?נפלה על(?!יך|יכם)"
    # Persian: our final pick this time was another person
    r"|(?:انتخاب|گزینه)[^.!?\n]{0,25}? (?:شخص|فرد|متقاضی|نامزد) دیگری بود"
    # Bengali: the choice this time fell on someone
    r"|নির্বাচন (?!আপনার)[^।.!?\n]{0,30}?(?:উপর|ওপর) পড়েছে"
)


READINGS = readings(
    ("chose_other", _ANOTHER_TAKES_IT),
    ("chose_other", _CHOSE_SOMEONE),
    ("reader_out", _READER_NOT_ON),
    ("role_gone", _POST_CANCELLED),
    ("reader_out", _FILE_CLOSED_HERE),
    ("chose_other", _POST_WENT_TO),
    ("chose_other", _CHOICE_FELL),
)
