"""Refusals in their commonest shapes, swept language by language (issue 11, sixty-sixth pass).
Each reading is written for its shape, not for one sentence, and is tied to a job word or to a
person word so that a parcel, a table or a flat given to someone else stays unread:

* **another got, will get or was preferred for the post** (chose_other): Croatian "radno mjesto
  preuzet će netko drugi" (someone else will take the post), "prednost smo dali kandidatu"
  (we gave preference to a candidate); Romanian "altcineva a primit postul" (someone else got the
  post), "postul va fi preluat de altcineva", "am preferat un candidat"; Bulgarian "друг
  кандидат получи позицията" (another candidate got the position), "мястото ще бъде заето от
  някой друг", "предпочетохме кандидат"; Ukrainian "посаду займе хтось інший", "ми обрали
  колегу" (we chose a colleague), "продовжуємо з іншими кандидатами" (we go on with other
  candidates), "віддали перевагу кандидату"; Hungarian "az állást más fogja betölteni" (another
  will fill the post), "jelöltet részesítettünk előnyben" (we preferred a candidate); Polish
  "zdecydowaliśmy się na koleżankę" (we decided on a colleague); Czech "pozici obsadí někdo
  jiný", "dali jsme přednost uchazeči"; Malay "telah memilih seorang rakan sekerja" (have chosen
  a colleague), "meneruskan proses dengan calon lain"; Amharic "ሌላ አመልካች አግኝቷል" (another
  applicant got it), "ለሌላ ሰው ይሰጣል" (will be given to another person), "ባልደረባ መርጠናል"
  (we chose a colleague), "ከሌሎች አመልካቾች ጋር እንቀጥላለን"; Swedish "vi har valt en kollega";
  Welsh "mae ymgeisydd arall wedi cael y swydd", "bydd y swydd yn mynd i rywun arall", "rydym
  wedi dewis ymgeisydd", "symud ymlaen gydag ymgeiswyr eraill"; Irish "rachaidh an post chuig
  duine eile", "ag leanúint ar aghaidh le hiarrthóirí eile"; Basque "lanpostua beste
  norbaitentzat izango da", "lankide bat aukeratu dugu", "beste hautagai batzuekin jarraitzen
  dugu", "hautagai bat hobetsi dugu"; Albanian "vendi i punës do t'i shkojë dikujt tjetër",
  "vazhdojmë me kandidatë të tjerë", "preferuam një kandidat"; Macedonian "позицијата ...
  преземе некој друг", "избравме колега", "продолжуваме ... други кандидати", "предност дадовме
  на кандидат"; Georgian "სხვა კანდიდატმა მიიღო" (another candidate got it), "სხვას
  გადაეცემა" (passes to another), "ავირჩიეთ კოლეგა", "ვაგრძელებთ სხვა კანდიდატებთან",
  "უპირატესობა მივანიჭეთ ... კანდიდატს"; Armenian "պաշտոնը ստացավ մեկ այլ թեկնածու",
  "կզբաղեցնի ուրիշ մեկը", "շարունակում ենք այլ թեկնածուների հետ", "նախապատվությունը տվեցինք
  ... թեկնածուի"; Tamil "வேறொரு விண்ணப்பதாரர் பெற்றுவிட்டார்" (another applicant has got it),
  "ஊழியரைத் தேர்ந்தெடுத்தோம்" (we chose a colleague), "மற்ற விண்ணப்பதாரர்களுடன்
  தொடர்கிறோம்"; Yoruba "olùbẹ̀wẹ̀ míràn ti gba iṣẹ́ náà" (another applicant has taken the job),
  "a ti yan alábàáṣiṣẹ́ kan" (we have chosen a colleague), "a ń tẹ̀síwájú pẹ̀lú àwọn olùbẹ̀wẹ̀
  míràn";
* **the reader's application unsuccessful, ended here, or the post not offered** (reader_out):
  Croatian "vaš postupak ovdje završava"; Romanian "procesul ... se încheie aici"; Bulgarian
  "процесът за вас приключва тук"; Ukrainian "для вас процес відбору ... завершується";
  Hungarian "jelentkezése nem volt sikeres", "az ön számára a ... folyamat itt véget ér", "nem
  tudjuk felajánlani önnek az állást"; Dutch "was je sollicitatie niet succesvol", "kunnen we je
  de functie niet aanbieden"; Polish "w pana przypadku kończy się na tym etapie"; Czech
  "výběrové řízení pro vás tímto končí", "nemůžeme nabídnout tuto pozici"; Malay "permohonan
  anda berakhir di sini"; Amharic "ማመልከቻዎ አልተሳካም" (your application did not succeed),
  "የእርስዎ ሂደት እዚህ ያበቃል" (your process ends here), "ሥራውን ልንሰጥዎ አንችልም" (we cannot give
  you the job); Swedish "din ansökan avslutas här"; Welsh "nid oedd eich cais yn
  llwyddiannus", "ni allwn gynnig y swydd"; Basque "zure eskaerak ez du arrakastarik izan",
  "zure prozesua hemen amaitzen da"; Albanian "aplikimi juaj nuk ishte i suksesshëm", "procesi
  për ju përfundon këtu"; Macedonian "вашата апликација не беше успешна", "процесот за вас
  завршува тука", "не можеме да ви ... понудиме работата"; Georgian "თქვენთვის პროცესი აქ
  სრულდება" (for you the process ends here); Armenian "ձեր դիմումը հաջող չէր", "ձեզ համար
  գործընթացն ավարտվում է", "չենք կարող ձեզ առաջարկել այդ պաշտոնը"; Tamil "உங்கள் விண்ணப்பம்
  வெற்றிபெறவில்லை", "உங்களுக்கான செயல்முறை இத்துடன் முடிவடைகிறது", "பணியை உங்களுக்கு
  வழங்க இயலாது"; Yoruba "ìlànà ìgbaniṣiṣẹ́ rẹ parí síbí" (your hiring process ends here), "a
  kò lè fún ọ ní iṣẹ́ náà" (we cannot give you the job);
* **the post filled or cancelled** (role_gone): Hungarian "az állás már betöltésre került",
  "az állást visszavonták"; Czech "výběrové řízení bylo zrušeno"; Welsh "mae'r swydd wedi'i
  chanslo"; Basque "lanpostua dagoeneko beteta dago"; Albanian "pozicioni u anulua"; Yoruba "a
  ti fagilé ipò náà".

A second sweep (issue 11) adds three shapes:

* **(k) the reader's file (application, candidacy) closed or ended here** (reader_out), tied to
  "your" and to "here", "herewith" or "with this", so a file closed for the holidays or an office
  closing here stays unread: Croatian "vaš dosje se ovdje zatvara" (your file closes here);
  Romanian "dosarul dumneavoastră se închide aici"; Bulgarian "вашето досие ... закрива тук", "...
  вашата кандидатура приключва"; Ukrainian "ваша справа на цьому закривається"; Hungarian
  "az ön aktáját ezzel lezártuk" (we herewith closed your file); Dutch "uw dossier wordt hierbij
  gesloten"; Polish "pani aplikacja zostaje zamknięta na tym etapie"; Czech "vaše složka se
  tímto uzavírá", "vaše přihláška zde končí"; Swedish "ditt ärende avslutas härmed"; Malay
  "fail anda ditutup di sini"; Albanian "dosja juaj mbyllet këtu"; Macedonian "вашето досие
  тука ... затвора"; Welsh "mae eich ffeil yn cau yma"; Basque "zure espedientea hemen ixten
  da"; Irish "dúntar do chomhad anseo"; Amharic "ማህደርዎ እዚህ ተዘግቷል"; Georgian "თქვენი საქმე
  აქ იხურება"; Armenian "ձեր գործն այստեղ փակվում է"; Tamil "உங்கள் கோப்பு இங்கே
  மூடப்படுகிறது";
* **(l) the post went to, was given to or was taken by one described by any noun**
  (chose_other), tied to the job word and the verb, never to "you": Croatian "posao je dobila
  prijateljica" (a friend got the job); Romanian "postul ... a fost dat unui ...", "... a obținut
  postul"; Bulgarian "работата беше дадена на ..."; Ukrainian "роботу віддали ..."; Hungarian
  "a pékállást egy pék nyerte el" (a baker won the baker's post); Dutch "de baan ... is naar
  ... gegaan", "... heeft de functie gekregen"; Czech "práci dostal ..."; Swedish "... fick
  jobbet"; Malay "... telah mendapat jawatan itu"; Albanian "vendin e punës ... e mori ...";
  Macedonian "работното место ... доби ..."; Welsh "aeth swydd y ... i ...", "cafodd y swydd
  ei rhoi i ..."; Basque "lanpostua ... bati eman diogu"; Amharic "ሥራው ... ለ... ተሰጥቷል",
  "ሥራውን ... ወስዶታል"; Georgian "პოზიცია ... მუშამ მიიღო", "სამუშაო ადგილი ... მეგობარს
  გადაეცა"; Armenian "պաշտոնը ստացավ ...", "աշխատանքը տրվեց ..."; Tamil "பணி ...க்கு
  வழங்கப்பட்டது";
* **(m) the choice fell on another** (chose_other): Croatian "izbor je pao na drugog
  kandidata"; Bulgarian "изборът падна на друг кандидат"; Hungarian "a választás egy másik
  jelöltre esett"; Malay "pilihan jatuh kepada calon lain"; Albanian "zgjedhja ra mbi një
  kandidat tjetër"; Macedonian "изборот падна на друг кандидат"; Welsh "syrthiodd y dewis ar
  ymgeisydd arall"; Basque "aukeraketa beste hautagai batengan erori da"; Irish "thit an rogha
  ar iarrthóir eile"; Amharic "ምርጫው በሌላ አመልካች ላይ ወድቋል"; Armenian "ընտրությունը կանգ առավ
  այլ թեկնածուի վրա"; Tamil "தேர்வு வேறொரு விண்ணப்பதாரர் மீது விழுந்தது".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_CHOSE_OTHER = re.compile(
    # Croatian: the post (job) someone else takes / will take; we gave preference to a candidate
    r"\b(?:radno mjesto|posao|poziciju|pozicija|mjesto)\b[^.!?\n]{0,30}?\b(?:preuzeti|preuzet "
    r"će|preuzima|preuzeo|preuzela|dobit će|dobiti) (?:je |će )?(?:netko drugi|drug[ia] "
    r"(?:kandidat|kandidatkinja|kolega|kolegica))\b"
    r"|\b(?:prednost smo dali|dali smo prednost) (?:drug(?:om|oj) )?(?:kandidat(?:u|kinji)|"
    r"kolegi|kolegici|osobi|nekome)\b"
    # Romanian: someone else got the post; the post taken by someone else; we preferred one
    r"|\baltcineva a (?:primit|obținut|ocupat|preluat|luat) (?:postul|locul|poziția|jobul)\b"
    r"|\b(?:postul|locul|poziția|jobul)\b[^.!?\n]{0,30}? (?:preluat|ocupat|primit|luat|obținut) "
    r"de (?:altcineva|alt candidat|o altă persoană|un alt candidat|o altă candidată)\b"
    r"|\bam preferat (?:un alt |o altă |un |o )?(?:candidat|candidată|coleg|colegă|persoană)\b"
    # Bulgarian: another candidate got (took) the post; taken by someone else; we preferred one
    r"|\b(?:друг|друга) (?:кандидат|кандидатка)\b[^.!?\n]{0,20}?\b(?:получи|получил|"
    r"получила|зае|заел|заела|спечели|спечелил|спечелила)\b"
    r"|\b(?:мястото|позицията|длъжността|работата)\b[^.!?\n]{0,20}?\b(?:получи|зае|спечели)"
    r"(?:л[ао]?)? (?:друг|друга) (?:кандидат|кандидатка|колега)\b"
    r"|\b(?:мястото|позицията|длъжността|работата)\b[^.!?\n]{0,25}?\b(?:заето|заета|поета|"
    r"поето|дадена|дадено) (?:от|на) (?:някой друг|друг кандидат|друга кандидатка)\b"
    r"|\bпредпочетохме (?:друг |друга |един |една )?(?:кандидат|кандидатка|колега|човек)"
    # Ukrainian: the post someone else takes; we chose a colleague; go on with others; preferred
    r"|\b(?:посаду|вакансію|місце|роботу|позицію)\b[^.!?\n]{0,30}?(?:займе|займуть|зайняв|"
    r"зайняла|обійме|обійняв|обійняла|отримає) (?:хтось інший|інш(?:ий|а) (?:кандидат|"
    r"кандидатка|колега))"
    r"|\b(?:ми )?(?:обрали|вибрали) (?:колегу|фахівця|фахівчиню) (?:з|із|зі)\b"
    r"|\bпродовжуємо (?:процес |відбір )?з іншими (?:кандидатами|кандидатками|претендентами)\b"
    r"|\bвіддали перевагу (?:іншому |іншій )?(?:кандидату|кандидатці|колезі|фахівцю|претенденту)"
    # Hungarian: another (someone else) fills (got) the post; we preferred a candidate
    r"|\b(?:állást|pozíciót|munkakört)\b[^.!?\n]{0,20}? (?:más|egy másik (?:jelölt|pályázó)|"
    r"valaki más) (?:fogja betölteni|tölti be|töltötte be|kapta meg|nyerte el)\b"
    r"|\b(?:jelöltet|pályázót|kollégát|kolléganőt)\b[^.!?\n]{0,10}? részesítettünk előnyben"
    # Polish: we decided on a colleague (a candidate)
    r"|\bzdecydowaliśmy się na (?:inn(?:ą|ego) )?(?:koleżankę|kolegę|kandydata|kandydatkę|"
    r"osobę|pracownika|pracownicę)\b"
    # Czech: someone else fills (gets) the post; we gave preference to an applicant
    r"|\b(?:pozici|místo|práci)\b[^.!?\n]{0,30}?(?:obsadí|obsadil|obsadila|získá|dostane) "
    r"(?:někdo jiný|jiný uchazeč|jiná uchazečka|jiný kandidát|jiná kandidátka)\b"
    r"|\b(?:dali jsme|jsme dali) přednost (?:jinému |jiné )?(?:uchazeči|uchazečce|kandidátovi|"
    r"kandidátce|kolegovi|kolegyni)\b"
    # Malay: we have chosen a colleague (applicant); we go on with other candidates
    r"|\btelah memilih (?:seorang )?(?:(?:calon|pemohon|individu) lain\b|(?:calon|pemohon|"
    r"rakan sekerja|individu) (?:dari|yang lebih)\b)"
    r"|\bmeneruskan (?:proses |pengambilan )?(?:dengan|bersama) (?:calon|pemohon)"
    r"(?:-calon|-pemohon)? lain\b"
    # Amharic: another applicant got (took) the post; the job given to another; we chose a
    # colleague; we go on with other applicants
    r"|ሌላ (?:አመልካች|ተወዳዳሪ) (?:[^\s።]+ ){0,2}?(?:አግኝቷል|አግኝታለች|ወስዷል|ወስዳለች|ተቀጥሯል)"
    r"|(?:ሥራው|የሥራ ቦታው|የሥራ መደቡ)[^።]{0,10}?ለሌላ (?:ሰው|አመልካች|ተወዳዳሪ) (?:ይሰጣል|ተሰጥቷል|ተሰጠ)"
    r"|(?:ባልደረባ|ሠራተኛ|ተወዳዳሪ) መርጠናል"
    r"|ከሌሎች (?:አመልካቾች|ተወዳዳሪዎች) ጋር (?:እንቀጥላለን|ቀጥለናል)"
    # Swedish: we have chosen (chose) a colleague (applicant)
    r"|\bvi (?:har )?(?:valt|valde) (?:en annan (?:kollega|sökande|kandidat)|en (?:kollega|"
    r"sökande|kandidat) (?:från|med|som redan))\b"
    # Welsh: another applicant got the post; the post goes to someone else; we have chosen an
    # applicant; moving on with other applicants
    r"|\b(?:ymgeisydd arall|rhywun arall)\b (?:wedi |a )?(?:cael|gael|ennill|cymryd|gymryd) "
    r"(?:y|'r) swydd\b"
    r"|(?:\by|'r) swydd\b[^.!?\n]{0,20}?(?:mynd|aeth|wedi'i rhoi|rhoddwyd) i (?:rywun arall|"
    r"ymgeisydd arall|berson arall)\b"
    r"|\b(?:rhoddwyd|rhoesom|rhoeson ni) (?:y|'r) swydd i (?:rywun|ymgeisydd|berson) arall\b"
    r"|\b(?:rydym|rydyn ni|dw i|rwyf) wedi dewis (?:ymgeisydd|cydweithiwr|cydweithwraig) "
    r"(?:arall|o|â|gyda|sydd)\b"
    r"|\bsymud ymlaen (?:gydag?|gyda'r) ymgeiswyr eraill\b"
    # Irish: the post will go (went) to another; going on with other applicants
    r"|\b(?:rachaidh|chuaigh) an (?:post|jab|ról) (?:chuig|go dtí|do) (?:dhuine|duine|"
    r"iarrthóir) eile\b"
    r"|\bag (?:leanúint|dul) ar aghaidh le (?:h-?)?iarrthóirí eile\b"
    # Basque: the post is for someone else; we chose (preferred) a colleague; we go on with
    # other candidates
    r"|\b(?:lanpostua|postua)\b[^.!?\n]{0,20}? beste (?:norbaitentzat|hautagai batentzat|"
    r"pertsona batentzat)\b"
    r"|\b(?:lankide|hautagai|langile)(?: bat)? (?:aukeratu|hobetsi) (?:dugu|genuen)\b"
    r"|\bbeste (?:hautagai|izangai) (?:batzuekin|batekin) (?:jarraitzen|jarraituko) dugu\b"
    # Albanian: the post will go to someone else; we go on with other candidates; we preferred
    r"|\b(?:vendi i punës|pozicioni|posti)\b[^.!?\n]{0,20}?(?:shkojë|shkoi|shkon|iu dha|jepet) "
    r"(?:dikujt tjetër|një kandidati tjetër|një kandidateje tjetër)\b"
    r"|\bvazhdojmë (?:procesin )?me (?:kandidatë|kandidate|aplikantë) (?:të tjerë|të tjera)\b"
    r"|\b(?:preferuam|kemi preferuar) (?:një )?(?:kandidat|kandidate|koleg|kolege)\b"
    # Macedonian: someone else takes the post; we chose a colleague; we go on with other
    # candidates; we gave preference to a candidate
    r"|\b(?:позицијата|работата|работното место)\b[^.!?\n]{0,20}?(?:преземе|презеде|доби|"
    r"добие|зазеде) (?:некој друг|друг кандидат|друга кандидатка)\b"
    r"|\bизбравме (?:(?:друг|друга) (?:колега|колешка|кандидат|кандидатка)|(?:еден |една )?"
    r"(?:колега|колешка|кандидат|кандидатка) (?:од|со))\b"
    r"|\bпродолжуваме (?:постапката |процесот )?со други (?:кандидати|апликанти)\b"
    r"|\b(?:предност дадовме|дадовме предност) на (?:друг |друга )?(?:кандидат|кандидатка|"
    r"колега|колешка)\b"
    # Georgian: another candidate got (took) it; the post passes to another; we chose a
    # colleague; we go on with other candidates; we gave preference to a candidate
    r"|\bსხვა (?:კანდიდატმა|აპლიკანტმა) (?:მიიღო|დაიკავა)"
    r"|(?:პოზიცია|თანამდებობა|ვაკანსია)[^.!?\n]{0,20}?სხვა კოლეგამ (?:მიიღო|დაიკავა)"
    r"|(?:პოზიცია|თანამდებობა|ვაკანსია|სამუშაო ადგილი)[^.!?\n]{0,20}?სხვას (?:გადაეცემა|"
    r"გადაეცა|მიეცა|მიეცემა)"
    r"|\bავირჩიეთ (?:სხვა (?:კოლეგა|კანდიდატი)\b|(?:კოლეგა|კანდიდატი) \w+დან\b)"
    r"|\bვაგრძელებთ (?:პროცესს )?სხვა (?:კანდიდატებთან|აპლიკანტებთან)"
    r"|\bუპირატესობა მივანიჭეთ\b[^.!?\n]{0,25}?(?:კანდიდატს|კოლეგას)"
    # Armenian: the post got (will take) another; we go on with other candidates; we gave
    # preference to a candidate
    r"|(?:պաշտոն|աշխատանք)[^։.!?\n]{0,15}? (?:ստացավ|ստացել է|զբաղեցրեց|զբաղեցրել է|"
    r"կզբաղեցնի|կստանա) (?:մեկ )?(?:այլ|ուրիշ) (?:թեկնածու|մեկը|դիմորդ)"
    r"|\bշարունակում ենք (?:այլ|մյուս) (?:թեկնածուների|դիմորդների) հետ"
    r"|\bնախապատվություն(?:ը)? (?:տվեցինք|ենք տվել)[^։.!?\n]{0,25}?(?:թեկնածուի|դիմորդի|"
    r"գործընկերոջ)"
    # Tamil: another applicant has got the job; we chose a colleague (someone); we go on with
    # other applicants
    r"|வேறொரு விண்ணப்பதாரர் (?:[^\s.]+ ){0,2}?(?:பெற்று|பெற்றார்|பெற்றுள்ளார்)"
    r"|(?:ஊழியரைத்|ஊழியரை|ஒருவரைத்|ஒருவரை|விண்ணப்பதாரரைத்|விண்ணப்பதாரரை) (?:தேர்ந்தெடுத்தோம்|"
    r"தேர்வு செய்தோம்)"
    r"|(?:மற்ற|வேறு) விண்ணப்பதாரர்களுடன் (?:தொடர்கிறோம்|முன்னேறுகிறோம்)"
    # Yoruba: another applicant has taken the job; we have chosen a colleague (applicant); we
    # go on with other applicants
    r"|(?:(?:olùbẹ̀wẹ̀|olubewe) (?:míràn|mìíràn|miran|miiran)|ẹlòmíràn|elomiran) (?:ni )?"
    r"(?:yóò |yoo |ti )?gba (?:iṣẹ́|ise|ipò|ipo)(?!\w)"
    r"|\ba (?:ti )?yan (?:alábàáṣiṣẹ́|alabaasise|ẹlòmíràn|elomiran|(?:olùbẹ̀wẹ̀|olubewe) "
    r"(?:míràn|miran|tí|ti|kan láti|kan lati))"
    r"|(?:tẹ̀síwájú|tesiwaju) (?:pẹ̀lú|pelu) (?:àwọn |awon )?(?:olùbẹ̀wẹ̀|olubewe) "
    r"(?:míràn|mìíràn|miran|miiran)"
    # Second sweep (l, m), Croatian: the job someone got (took); the choice fell on another
    r"|\b(?:posao|radno mjesto|poziciju|mjesto \w+a)\b (?:je )?(?:dobio|dobila|preuzeo|preuzela)"
    r"\b(?: je)? (?!vas\b|vi\b|ti\b)\w"
    r"|\bizbor\b[^.!?\n]{0,20}?\bpao na (?:drug\w+|nekog drugog|kandidat\w*|kolegu|kolegicu)\b"
    # Second sweep (l), Romanian: the post was given to (went to) one; one got the post
    r"|\b(?:postul|jobul|poziția)\b[^.!?\n]{0,25}? (?:a fost dat|a fost dată|a revenit|a mers|"
    r"a fost acordat|a fost acordată) (?:unui|unei|lui|la)\b"
    r"|(?<!ați )\ba (?:obținut|primit|ocupat|câștigat) (?:postul|jobul|poziția)\b"
    # Second sweep (l, m), Bulgarian: the post went (was given) to one; the choice fell on another
    r"|\b(?:позицията|длъжността|работата|работното място|мястото на \w+)\b[^.!?\n]{0,25}?"
    r"(?:отиде при|отиде на|беше дадена на|беше дадено на|бе дадена на|бе дадено на) "
    r"(?!вас\b|теб\b)\w"
    r"|\bизборът\b[^.!?\n]{0,20}?\bпадна (?:върху|на) (?:друг|друга|някой друг|кандидат|колега)"
    # Second sweep (l), Ukrainian: the job was given to one
    r"|\b(?:роботу|посаду|вакансію)\b[^.!?\n]{0,20}?(?:віддали|віддано|надали|надано) "
    r"(?!вам\b|тобі\b)\w"
    # Second sweep (l, m), Hungarian: one won (got) the post; the choice fell on another
    r"|(?:\w*állást|pozíciót|munkakört)\b(?:(?!\bön\b|\bte\b)[^.!?\n]){0,40}? (?:kapta meg|"
    r"nyerte el|töltötte be)\b"
    r"|\bválasztás(?:unk)?\b[^.!?\n]{0,25}?(?:(?:egy )?másik (?:jelöltre|pályázóra|kollégára|"
    r"személyre)|valaki másra) esett\b"
    # Second sweep (l), Dutch: the job went (was given) to one; one got the job
    r"|\b(?:baan|functie|vacature|positie|betrekking)\b[^.!?\n]{0,30}?\b(?:is|werd) naar "
    r"(?!u\b|jou\b|je\b)[^.!?\n]{1,60}? gegaan\b"
    r"|\b(?:baan|functie|vacature|positie|betrekking)\b[^.!?\n]{0,30}?\bging naar "
    r"(?!u\b|jou\b|je\b)\w"
    r"|(?<!\bu )\bheeft (?:de|deze|die) (?:baan|functie|vacature|positie|betrekking) "
    r"(?:gekregen|gewonnen)\b"
    # Second sweep (l), Czech: one got (won) the job
    r"|\b(?:práci|pozici|pracovní místo|místo \w+(?:a|e|y))\b (?:nakonec )?(?:dostal|dostala|"
    r"získal|získala|obsadil|obsadila)\b(?! jste\b)"
    # Second sweep (l), Swedish: one got the job
    r"|(?<!\bdu )\bfick (?:jobbet|tjänsten|anställningen)\b"
    # Second sweep (l, m), Malay: one has got the post; the choice fell on another
    r"|(?<!anda )(?<!awak )\b(?:telah|sudah) (?:mendapat|memperoleh|mengisi) (?:jawatan|kerja|"
    r"pekerjaan) (?:itu|ini|tersebut)\b"
    r"|\bpilihan\b[^.!?\n]{0,25}?\bjatuh (?:kepada|pada|ke atas) (?:(?:calon|pemohon|individu|"
    r"orang) lain|seorang (?!pun\b)\w)"
    # Second sweep (l, m), Albanian: one took the post; the choice fell on another
    r"|\b(?:vendin e punës|pozicionin|postin)\b[^.!?\n]{0,30}?\be (?:mori|fitoi|zuri) (?!ju\b)\w"
    r"|\bzgjedhja\b[^.!?\n]{0,20}?\bra (?:mbi|te|tek|në) (?:një |dikë )?(?:kandidat|kandidate|"
    r"koleg|kolege|tjetër)\b"
    # Second sweep (l, m), Macedonian: one got the post (it was given to one); the choice fell
    # on another
    r"|\b(?:работното место|позицијата|работата|местото на \w+)\b[^.!?\n]{0,25}?(?:го доби|ја "
    r"доби|го освои|ја освои|му беше дадена|ѝ беше дадена|беше дадена на|беше дадено на)\b "
    r"(?!вас\b|тебе\b)\w"
    r"|\bизборот\b[^.!?\n]{0,20}?\bпадна на (?:друг|друга|некој друг|кандидат|колега|колешка)\b"
    # Second sweep (l, m), Welsh: the post went (was given) to one; the choice fell on another
    r"|\b(?:aeth|rhoddwyd) (?:y swydd|swydd y \w+|swydd \w+) i (?!chi\b|ti\b)\w"
    r"|\bcafodd (?:y swydd|swydd y \w+) ei (?:rhoi|chynnig) i (?!chi\b|ti\b)\w"
    r"|\b(?:syrthiodd|disgynnodd) y dewis\b[^.!?\n]{0,20}? ar (?:ymgeisydd|rywun|berson|"
    r"gydweithiwr|gydweithwraig)\b"
    # Second sweep (l, m), Basque: we gave the post to one; the choice fell on another
    r"|\b(?:lanpostua|postua)\b[^.!?\n]{0,40}? bati eman (?:diogu|zaio|genion)\b"
    r"|\baukeraketa\b[^.!?\n]{0,20}? (?:beste )?(?:hautagai|lankide|pertsona) (?:batengan|"
    r"baten gain) (?:erori|jausi) da\b"
    # Second sweep (m), Irish: the choice fell on another
    r"|\bthit an rogha\b[^.!?\n]{0,20}? ar (?:iarrthóir|dhuine|duine|chomhghleacaí) eile\b"
    # Second sweep (l, m), Amharic: the job was given to one, one has taken the job; the choice
    # fell on another applicant
    r"|(?<!\S)(?:ሥራው|ሥራ|የሥራ ቦታው|የሥራ መደቡ) (?:(?!እርስዎ|አንተ|አንቺ)[^።]){0,30}?"
    r"ለ(?!እርስዎ|አንተ|አንቺ)[^\s።]+ "
    r"(?:[^\s።]+ ){0,3}?ተሰጥቷል"
    r"|(?:ሥራውን|የሥራ ቦታውን|የሥራ መደቡን) (?:[^\s።]+ ){1,5}?(?:ወስዶታል|ወስዳዋለች|አግኝቶታል|"
    r"አግኝታዋለች)"
    r"|ምርጫው[^።]{0,20}?በሌላ (?:አመልካች|ተወዳዳሪ|ሰው) ላይ (?:ወድቋል|ወደቀ)"
    # Second sweep (l), Georgian: one got the post; the post was passed to one
    r"|(?:პოზიცია|თანამდებობა|ვაკანსია|სამუშაო ადგილი)\b(?:(?!თქვენ)[^.!?\n]){0,40}?\S+მა? "
    r"(?:მიიღო|დაიკავა)\b"
    r"|(?:პოზიცია|თანამდებობა|ვაკანსია|სამუშაო ადგილი)\b(?:(?!თქვენ)[^.!?\n]){0,40}?\S+ს "
    r"(?:გადაეცა|მიეცა)\b"
    # Second sweep (l, m), Armenian: one got (was given) the post; the choice stopped on another
    r"|(?:պաշտոնը|աշխատանքը|հաստիքը) (?:ստացավ|զբաղեցրեց|տրվեց) (?!ձեզ|քեզ)\S"
    r"|\bընտրությունն?[^։.!?\n]{0,20}?կանգ առավ (?:մեկ )?(?:այլ|ուրիշ) (?:թեկնածուի|դիմորդի|"
    r"աշխատակցի)"
    # Second sweep (l, m), Tamil: the job was given to one; the choice fell on another
    r"|(?:^|\s)(?:பணி|வேலை|பதவி)\s(?:(?!உங்களுக்கு)[^.!?\n]){1,60}?க்கு வழங்கப்பட்டது"
    r"|தேர்வு[^.!?\n]{0,20}?(?:வேறொரு|வேறு|மற்றொரு) (?:விண்ணப்பதாரர்|நபர்|ஊழியர்) மீது விழுந்தது"
)
_READER_OUT = re.compile(
    # Croatian: your process (selection) ends here
    r"\b(?:vaš (?:postupak|proces)|(?:postupak|proces|odabir) za vas) (?:ovdje |ovime |time )?"
    r"(?:završava|je završen|se završava)\b"
    # Romanian: the (recruitment) process ends here
    r"|\b(?:procesul|procedura)(?: de (?:recrutare|selecție))? se (?:încheie|oprește|termină) "
    r"aici\b"
    # Bulgarian: the process for you ends here
    r"|\b(?:процесът|процедурата) за вас (?:приключва|завършва|спира)\b"
    r"|\b(?:процесът|процедурата)(?: за вас)? (?:приключва|завършва|спира) (?:тук|дотук)\b"
    # Ukrainian: for you the selection ends (here)
    r"|\bдля вас (?:процес|відбір)[^.!?\n]{0,25}?(?:завершується|закінчується|завершено)"
    r"|\b(?:процес|відбір)[^.!?\n]{0,20}? (?:на цьому|тут) (?:завершується|закінчується)"
    # Hungarian: your application was not successful; for you the process ends here; we cannot
    # offer you the post
    r"|\b(?:jelentkezése|jelentkezésed|pályázata|pályázatod)\b[^.!?\n]{0,15}? nem (?:volt|lett) "
    r"sikeres\b"
    r"|\bön számára\b[^.!?\n]{0,30}?(?:folyamat|kiválasztás)[^.!?\n]{0,10}? (?:itt |ezzel )?"
    r"(?:véget ér|lezárul|befejeződik)"
    r"|\bnem tudjuk (?:felajánlani|megajánlani) (?:önnek |neked )?(?:az |ezt az )?(?:állást|"
    r"pozíciót|munkát|munkakört)"
    # Dutch: your application was not successful; we cannot offer you the post
    r"|\b(?:(?:je|jouw|uw) sollicitatie (?:was|is)|(?:was|is) (?:je|jouw|uw) sollicitatie) "
    r"(?:helaas )?niet (?:succesvol|geslaagd)\b"
    r"|\b(?:kunnen (?:we|wij)|(?:we|wij) kunnen) (?:je|jou|u) (?:helaas )?(?:de|deze|die) "
    r"(?:functie|baan|positie|plek) (?:helaas )?niet (?:aanbieden|geven)\b"
    # Polish: the process in your case ends at this stage
    r"|\bw (?:pana|pani|pańskim|twoim) przypadku\b[^.!?\n]{0,30}?(?:kończy się|zakończył się|"
    r"zakończyła się)"
    # Czech: the selection ends for you here; we cannot offer you the post
    r"|\b(?:výběrové řízení|výběr|proces) (?:pro vás (?:tímto |zde )?|tímto (?:pro vás )?)končí\b"
    r"|\bnemůžeme (?:vám |ti )?(?:bohužel )?nabídnout (?:tuto |tu )?(?:pozici|místo|práci)\b"
    # Malay: your application (process) ends here
    r"|\bpermohonan anda (?:berakhir|tamat) (?:di sini|setakat ini)\b"
    # Amharic: your application did not succeed; your process ends here; we cannot give you
    # the job
    r"|ማመልከቻ(?:ዎ|ህ|ሽ) (?:[^\s።]+ ){0,3}?አልተሳካም"
    r"|(?:የእርስዎ|የአንተ|የአንቺ) (?:ሂደት|ማመልከቻ) (?:እዚህ|በዚህ) (?:ያበቃል|አብቅቷል|ተጠናቋል)"
    r"|(?:ሥራውን|የሥራ ቦታውን|የሥራ መደቡን) (?:ልንሰጥዎ|ልንሰጥህ|ልንሰጥሽ|ልናቀርብልዎ) አንችልም"
    # Swedish: your application is closed here
    r"|\bdin ansökan (?:avslutas|stängs|är avslutad) (?:här|härmed|nu)\b"
    # Welsh: your application was not successful; we cannot offer the post
    r"|\b(?:nid oedd|nad oedd|doedd) eich cais (?:chi )?(?:yn )?llwyddiannus\b"
    r"|\beich cais (?:chi )?(?:yn |wedi bod yn )aflwyddiannus\b"
    r"|\b(?:ni allwn|na allwn) (?:gynnig|cynnig) (?:y|'r) swydd\b"
    # Basque: your application did not succeed; your process ends here
    r"|\bzure (?:eskaerak|hautagaitzak|eskabideak) ez du arrakastarik izan\b"
    r"|\bzure (?:prozesua|hautaketa-prozesua|hautagaitza|eskaera) hemen (?:amaitzen|bukatzen) da\b"
    # Albanian: your application was not successful; the process for you ends here
    r"|\baplikimi (?:juaj|yt) nuk (?:ishte|qe) i suksesshëm\b"
    r"|\bprocesi(?: i përzgjedhjes)?(?: për ju| për ty)? (?:përfundon|mbaron) (?:këtu|me kaq)\b"
    # Macedonian: your application was not successful; the process ends here for you; we
    # cannot offer you the job
    r"|\bвашата (?:апликација|пријава|кандидатура) не (?:беше|е) (?:успешна|прифатена|избрана)\b"
    r"|\b(?:процесот|постапката) (?:за вас )?(?:завршува|заврши|запира) (?:тука|овде|со ова)\b"
    r"|\bне можеме да (?:ви|ти) (?:ја )?(?:понудиме|дадеме) (?:работата|позицијата|"
    r"работното место)\b"
    # Georgian: for you the process ends here
    r"|\bთქვენთვის (?:შერჩევის )?(?:პროცესი|შერჩევა) (?:აქ |ამით )?(?:სრულდება|დასრულდა|"
    r"მთავრდება)"
    r"|\b(?:პროცესი|შერჩევა) (?:თქვენთვის )?(?:აქ|ამით) (?:სრულდება|მთავრდება|დასრულდა)"
    # Armenian: your application was not successful; for you the process ends; we cannot
    # offer you the post
    r"|\b(?:ձեր|քո) (?:դիմումը|հայտը|թեկնածությունը) (?:հաջող|հաջողված) չէր"
    r"|\bձեզ համար (?:գործընթացն?|ընտրությունն?)[^։.!?\n]{0,10}?ավարտվ(?:ում|եց)"
    r"|\bչենք կարող (?:ձեզ|քեզ) առաջարկել (?:այդ |այս )?(?:պաշտոնը|աշխատանքը|հաստիքը)"
    # Tamil: your application did not succeed; the process for you ends here; we cannot give
    # you the job
    r"|உங்கள் விண்ணப்பம் (?:வெற்றிபெறவில்லை|வெற்றி பெறவில்லை)"
    r"|உங்களுக்கான (?:செயல்முறை|தேர்வு செயல்முறை|தேர்வு) (?:இத்துடன்|இங்கே) (?:முடிவடைகிறது|"
    r"முடிகிறது|நிறைவடைகிறது)"
    r"|(?:பணியை|பதவியை|வேலையை) உங்களுக்கு வழங்க (?:இயலாது|முடியாது|இயலவில்லை)"
    # Yoruba: your (hiring) process ends here; we cannot give you the job
    r"|(?:ìlànà|ilana)[^.!?\n]{0,20}? (?:rẹ|re|yín|yin) (?:parí|pari|dópin|dopin) (?:síbí|sibi|"
    r"níbí|nibi)\b"
    r"|\ba (?:kò|ko) (?:lè|le) fún (?:ọ|o|yín|yin|ẹ) (?:ní |ni )?(?:iṣẹ́|ise|ipò|ipo)"
    # Second sweep (k), Croatian: your file (application) closes (is closed) here
    r"|\bvaš[ae]? (?:dosje|prijava|kandidatura|predmet)\b[^.!?\n]{0,15}? (?:ovdje|ovime|time) "
    r"(?:se )?(?:zatvara|zatvoren[ao]?|završava|završen[ao]?)\b"
    # Second sweep (k), Romanian: your file (candidacy) closes here
    r"|\b(?:dosarul|candidatura|aplicația) (?:dumneavoastră|ta|tău)\b[^.!?\n]{0,15}? (?:se "
    r"(?:închide|încheie|oprește)|(?:este|a fost) (?:închis|închisă|clasat|clasată)) (?:aici|"
    r"cu aceasta)\b"
    # Second sweep (k), Bulgarian: your file (candidacy) closes (ends) here
    r"|\b(?:вашето|вашата) (?:досие|кандидатура|заявление|кандидатстване)\b (?:се закрива|се "
    r"затваря|приключва|е закрито|е закрита|е приключено|е приключена) (?:тук|дотук|с това)"
    r"|\bс това (?:вашето|вашата) (?:досие|кандидатура|заявление|кандидатстване) (?:приключва|"
    r"се закрива|е закрито|е закрита)"
    # Second sweep (k), Ukrainian: your file (candidacy) is closed at this
    r"|\b(?:ваша|вашу|ваше) (?:справа|справу|кандидатура|кандидатуру|заявка|заявку|досьє)\b"
    r"[^.!?\n]{0,15}? (?:на цьому|тут|цим) (?:закривається|закрито|закрита|завершується|"
    r"завершено|завершена)"
    # Second sweep (k), Hungarian: your file (application) we herewith closed
    r"|\b(?:aktáját|aktája|pályázatát|pályázata|jelentkezését|ügyét|ügye)\b[^.!?\n]{0,10}? "
    r"(?:ezzel|ezennel|itt) (?:lezártuk|lezárjuk|lezárult|lezárul|véget ért)"
    # Second sweep (k), Dutch: your file (application) is hereby closed, ends here
    r"|\b(?:uw|je|jouw) (?:dossier|sollicitatie|kandidatuur) (?:wordt|is) (?:hierbij|hiermee|"
    r"bij deze) (?:gesloten|afgesloten|beëindigd)\b"
    r"|\b(?:uw|je|jouw) (?:dossier|kandidatuur) (?:sluit|stopt|eindigt) (?:hier|hiermee)\b"
    # Second sweep (k), Polish: your application (file) is closed at this stage
    r"|\b(?:pana|pani|twoja|twoje) (?:aplikacja|teczka|kandydatura|dokumenty|zgłoszenie)\b"
    r"[^.!?\n]{0,30}?(?:(?:na tym etapie|w tym miejscu|tutaj|na tym) [^.!?\n]{0,12}?"
    r"(?:zamknięt[aey]|zakończon[aey]|się kończy|kończy się)|(?:zamknięt[aey]|zakończon[aey]) "
    r"(?:na tym etapie|w tym miejscu|tutaj))"
    # Second sweep (k), Czech: your file (application) herewith closes, ends here
    r"|\bvaše (?:složka|přihláška|kandidatura|žádost)\b[^.!?\n]{0,15}? (?:se |je )?(?:tímto|zde|"
    r"tady) (?:uzavírá|končí|uzavřena|ukončena)\b"
    # Second sweep (k), Swedish: your matter (application) is hereby closed
    r"|\b(?:ditt|din) (?:ärende|ansökan|kandidatur) (?:avslutas|stängs) (?:härmed|här|därmed)\b"
    r"|\b(?:ditt|din) (?:ärende|ansökan|kandidatur) är (?:härmed|därmed) (?:avslutad|avslutat|"
    r"stängd|stängt)\b"
    # Second sweep (k), Malay: your file is closed here
    r"|\b(?:fail|dokumen) anda (?:telah )?(?:ditutup|berakhir|tamat) (?:di sini|setakat ini|"
    r"dengan ini)\b"
    # Second sweep (k), Albanian: your file closes here
    r"|\b(?:dosja|kandidatura|aplikimi) (?:juaj|jote|yt) (?:mbyllet|u mbyll|është mbyllur) "
    r"(?:këtu|me kaq|me këtë)\b"
    # Second sweep (k), Macedonian: your file (candidacy) closes here, is closed with this
    r"|\b(?:вашето|вашата) (?:досие|кандидатура|апликација|пријава)\b[^.!?\n]{0,15}?(?:тука|"
    r"овде|со ова) (?:се )?(?:затвора|затворена|затворено|завршува|заврши)"
    r"|\bсо ова (?:вашето|вашата) (?:досие|кандидатура|апликација|пријава) (?:е |се )?"
    r"(?:затворена|затворено|затвора|завршува|заврши)"
    # Second sweep (k), Welsh: your file (application) closes (ends) here
    r"|\beich (?:ffeil|cais|ymgeisyddiaeth) (?:chi )?yn (?:cau|dod i ben|gorffen) (?:yma|fan "
    r"hyn)\b"
    # Second sweep (k), Basque: your file (candidacy) closes (ended) here
    r"|\bzure (?:espedientea|hautagaitza|eskaera|eskabidea|dosierra) (?:hemen|honekin|"
    r"honenbestez) (?:(?:ixten|amaitzen|bukatzen) da|(?:itxi|amaitu|bukatu) da)\b"
    # Second sweep (k), Irish: your file is closed here, your application ends here
    r"|\b(?:dúntar|dúnadh) (?:do|bhur) (?:chomhad|iarratas|iarrthóireacht) anseo\b"
    r"|\btagann deireadh le (?:d'iarratas|do chomhad|d'iarrthóireacht) anseo\b"
    # Second sweep (k), Amharic: your file is closed (ends) here
    r"|(?:ማህደርዎ|ፋይልዎ|የእርስዎ ማህደር|የእርስዎ ፋይል) (?:እዚህ|በዚህ) (?:ተዘግቷል|ይዘጋል|አብቅቷል|ያበቃል)"
    # Second sweep (k), Georgian: your file (application) closes here, is closed with this
    r"|\bთქვენი (?:საქმე|განაცხადი|კანდიდატურა|დოსიე) (?:აქ|ამით) (?:იხურება|დაიხურა|"
    r"დახურულია|სრულდება|დასრულდა)"
    # Second sweep (k), Armenian: your file (application) is closed here
    r"|\b(?:ձեր|քո) (?:գործն?|դիմումն?|թեկնածությունն?) (?:այստեղ|այսքանով|սրանով) "
    r"(?:փակվում է|փակված է|ավարտվում է|ավարտված է)"
    # Second sweep (k), Tamil: your file (application) is closed here
    r"|உங்கள் (?:கோப்பு|விண்ணப்பம்) (?:இங்கே|இத்துடன்) (?:மூடப்படுகிறது|மூடப்பட்டது|முடிகிறது)"
)
_ROLE_GONE = re.compile(
    # Hungarian: the post has been filled; the post was withdrawn
    r"\b(?:az )?(?:állás|állást|pozíció|pozíciót|munkakör)\b[^.!?\n]{0,15}?(?:betöltésre került|"
    r"be van töltve|betöltődött|betöltöttük)"
    r"|\b(?:az )?(?:állást|álláshirdetést|pozíciót)\b[^.!?\n]{0,10}?(?:visszavonták|visszavontuk)"
    # Czech: the selection (post) was cancelled
    r"|\b(?:výběrové řízení|pozice|pracovní místo) (?:bylo|byla) (?:bohužel )?zrušen[oa]\b"
    # Welsh: the post has been cancelled
    r"|'r swydd (?:wedi'i|wedi ei|wedi cael ei) (?:chanslo|thynnu'n ôl)"
    # Basque: the post is already filled
    r"|\b(?:lanpostua|postua)\b (?:dagoeneko |jada )?(?:beteta dago|bete da|bete dugu)\b"
    # Albanian: the post (position) was cancelled
    r"|\b(?:pozicioni|vendi i punës)\b (?:u anulua|u anullua|është anuluar)"
    # Yoruba: we have cancelled the post
    r"|\b(?:a ti )?(?:fagilé|fagile) (?:ipò|ipo|iṣẹ́|ise)"
)

READINGS = readings(
    ("chose_other", _CHOSE_OTHER),
    ("reader_out", _READER_OUT),
    ("role_gone", _ROLE_GONE),
)
