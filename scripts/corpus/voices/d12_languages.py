"""The voice of the d12-lang-* families (helper d12, issue 11, twelfth pass): ten languages the
shipped model filed almost nothing in (Czech, Danish, Romanian, Turkish, Finnish, Polish,
Swedish, Hungarian, Greek in Greek script, Norwegian). Per language: senders, greetings and
sign-offs for four voices (an ATS auto-notice, a recruiter's personal note, a public-sector or
university letter, a short mobile reply), the candidate's earlier note quoted under a reply,
and, per kind, the sentences that decide it. The rejections (rejections/d12_languages.py) and
their twins (confirmations/, interviews/, next_steps/ d12_languages.py) share every part but
the deciding sentences. Every sentence was written for rejectwatch in this pass.
"""

from __future__ import annotations

from ..engine import R

# Keys per language:
#   ats_from / person_from / public_from: senders; hello_f / hello_p: greetings (formal,
#   personal); sign_f / sign_p: sign-offs; mobile: the phone's tag; quote: the reply header;
#   re: the reply prefix of the language's mail clients; thanks_f / thanks_p: opening lines;
#   note: the candidate's earlier note; pub_head: a public letter's reference block;
#   footer: an ATS footer line.
#   rej_subj_f / rej_subj_p, rej_f, rej_status, rej_pub, rej_p, close_p, close_f, rej_m:
#   rejections. rcv_subj, rcv, rcv_cond: confirmations (with a refusal said conditionally).
#   inv_subj, inv, inv_m: interview invitations and moves. nxt_subj, nxt: tasks with deadlines.
L: dict[str, dict[str, list[str]]] = {}

L["cs"] = {
    "ats_from": [
        "Kariéra {company} <kariera@{cdomain}>",
        "{company} – nábor <noreply@jobs.{cdomain}>",
    ],
    "person_from": ["{rfull} <{rmail}>"],
    "public_from": [
        "Personální oddělení <personalni@{cslug}.cz>",
        "Odbor personální – {company} <podatelna@{cslug}.gov.cz>",
        "Univerzita {company} – personální útvar <hr@{cslug}.cuni.cz>",
    ],
    "hello_f": ["Vážená paní, vážený pane,", "Dobrý den,", "Vážený uchazeči, vážená uchazečko,"],
    "hello_p": ["Dobrý den, {first},", "Ahoj {first},", "Zdravím, {first},", "Dobrý den,"],
    "sign_f": [
        "S pozdravem\nPersonální oddělení {company}",
        "S přátelským pozdravem\nTým náboru {company}",
        "Děkujeme a přejeme hezký den\nNáborový tým {company}",
    ],
    "sign_p": [
        "Hezký den\n{rfirst}",
        "Díky a mějte se hezky\n{rfirst}",
        "S pozdravem\n{rfull}\n{rtitle}",
    ],
    "mobile": ["Odesláno z iPhonu", "Odesláno z mobilu"],
    "quote": ["Dne {ndate}{year} v {ntime} {full} <{cmail}> napsal(a):"],
    "re": ["Re:", "RE:", "Odp.:"],
    "thanks_f": [
        "děkujeme za Váš zájem o pozici {role} [[a za čas, který jste výběrovému řízení věnoval(a)|a za zaslané podklady]].",
        "děkujeme, že jste se přihlásil(a) do výběrového řízení na pozici {role}.",
    ],
    "thanks_p": [
        "moc děkuji za [[úterní|čtvrteční|včerejší]] pohovor a za Vaši trpělivost.",
        "omlouvám se, že se ozývám až teď, chtěla jsem mít jasno od všech z týmu.",
        "díky za zprávu a za Váš čas.",
    ],
    "note": [
        "Dobrý den, {rfirst},\nchtěl(a) bych se zeptat, jestli už padlo rozhodnutí ohledně pozice {role}.\nDěkuji\n{first}",
        "Dobrý den,\nještě jednou děkuji za včerejší rozhovor, moc mě bavil.\n{full}",
    ],
    "pub_head": [
        "Č. j.: {ref}/{year}\nV {city} dne {ndate}{year}",
        "Naše značka: VŘ-{ref}\nVyřizuje: {rfull}",
    ],
    "footer": [
        "Tento e-mail byl vygenerován automaticky, neodpovídejte na něj.",
        "Zásady ochrany osobních údajů uchazečů najdete na {cdomain}/gdpr.",
    ],
    "rej_subj_f": [
        "Výsledek výběrového řízení – {role}",
        "Vaše přihláška do {company}",
        "Informace k Vaší žádosti",
    ],
    "rej_subj_p": ["Pohovor – {role}", "Pozice {role}", "naše setkání"],
    "rej_f": [
        "Po pečlivém zvážení všech přihlášek jsme se rozhodli pokračovat s jinými uchazeči, jejichž profil lépe odpovídá našim současným požadavkům.",
        "musíme Vám bohužel sdělit, že Vaše přihláška nepostoupila do dalšího kola výběrového řízení.",
        "Tentokrát jsme se rozhodli Vaši kandidaturu dále neposouvat.",
        "Pozice již byla obsazena [[interně|jiným uchazečem]], Vaší přihlášce se proto nebudeme dále věnovat.",
        "Vaši přihlášku jsme uzavřeli a výběrové řízení s Vámi již nebudeme dále vést.",
    ],
    "rej_status": ["Stav: Nevybrán(a)", "Stav přihlášky: Uzavřeno – nepostupuje"],
    "rej_pub": [
        "výběrová komise Vás nezařadila mezi uchazeče, kteří postupují k ústnímu pohovoru.",
        "Vaše žádost nesplnila předpoklady stanovené v oznámení o výběrovém řízení (požadované vzdělání), a proto byla z řízení vyřazena.",
        "oznamujeme Vám, že výběrové řízení na služební místo {role} bylo zrušeno bez výběru uchazeče.",
        "na základě výsledků výběrového řízení jste se umístil(a) na [[třetím|čtvrtém|pátém]] místě; místo bylo obsazeno uchazečem na prvním místě.",
    ],
    "rej_p": [
        "Nakonec jsme se rozhodli pro kolegyni, která má víc zkušeností s [[B2B prodejem|vedením týmu|SAPem]], takže Vám tentokrát nabídku dát nemůžu.",
        "Tým se po dlouhé debatě shodl na jiném kandidátovi – bylo to opravdu těsné.",
        "Místo jsme nakonec obsadili člověkem, který už u nás dělal na projektu jako externista.",
        "Hiring manager se rozhodl jít s někým, kdo má zkušenost přímo z [[bankovnictví|logistiky|e-commerce]].",
    ],
    "close_p": [
        "Pokud budete souhlasit, ráda si Vaše CV nechám pro další pozice.",
        "Držím palce v dalším hledání, a kdyby se otevřelo něco podobného, ozvu se.",
    ],
    "close_f": [
        "Přejeme Vám hodně úspěchů v profesním životě.",
        "Vaše osobní údaje budou po skončení výběrového řízení skartovány.",
    ],
    "rej_m": [
        "Bohužel jsme vybrali jiného kandidáta. Díky moc za Váš čas!",
        "Tak nakonec to nevyšlo – šli jsme s někým jiným. Díky a hodně štěstí.",
        "Díky za trpělivost. Místo už je obsazené, takže pro tentokrát nic.",
    ],
    "rcv_subj": [
        "Potvrzení přijetí přihlášky – {role}",
        "Vaše přihláška byla přijata",
        "Přijetí žádosti č. {ref}",
    ],
    "rcv": [
        "Vaši přihlášku na pozici {role} jsme v pořádku obdrželi a nyní ji posuzujeme.",
        "tímto potvrzujeme přijetí Vaší žádosti do výběrového řízení č. {ref}.",
    ],
    "rcv_cond": [
        "Pokud se Vám do [[tří|čtyř]] týdnů neozveme, znamená to, že jsme tentokrát vybrali jiné uchazeče.",
        "Kontaktovat budeme pouze uchazeče, kteří postoupí do dalšího kola; v případě, že nebudete vybrán(a), Vaše údaje po skončení řízení vymažeme.",
        "Ať už výběr dopadne jakkoli, dáme Vám vědět e-mailem.",
    ],
    "inv_subj": ["Pozvánka na pohovor – {role}", "Druhé kolo", "Přesun schůzky"],
    "inv": [
        "rád bych Vás pozval na osobní pohovor ve [[čtvrtek|středu]] {ndate} v {ntime} u nás v kanceláři ({city}).",
        "bohužel musím přesunout náš zítřejší call – hodil by se Vám pátek ve stejný čas?",
        "s radostí Vám oznamuji, že postupujete do druhého kola. Napište mi prosím, kdy se Vám to hodí.",
        "výběrová komise Vás zařadila mezi uchazeče, kteří postupují k ústnímu pohovoru dne {ndate}{year} v {ntime}.",
    ],
    "inv_m": [
        "Dobrý den, můžeme si zavolat zítra v {ntime}? Máme pro Vás dobrou zprávu.",
        "Pohovor se bohužel posouvá o hodinu, tj. {ntime}. Díky!",
    ],
    "nxt_subj": ["Online test – {role}", "Reference – prosíme o doplnění"],
    "nxt": [
        "posíláme Vám odkaz na online test; vyplňte ho prosím nejpozději do {ndate} do 23:59 – termín bohužel nelze prodloužit.",
        "prosíme Vás o kontakty na dvě reference, a to do pátku. Bez nich nemůžeme pokračovat k nabídce.",
    ],
}

L["da"] = {
    "ats_from": [
        "{company} Rekruttering <noreply@job.{cdomain}>",
        "Job hos {company} <job@{cdomain}>",
    ],
    "person_from": ["{rfull} <{rmail}>"],
    "public_from": [
        "HR-afdelingen, {company} Kommune <hr@{cslug}.dk>",
        "{company} Universitet – HR <rekruttering@{cslug}.ku.dk>",
        "Styrelsen for {company} <jobs@{cslug}.dk>",
    ],
    "hello_f": ["Kære {first} {last}", "Kære ansøger", "Hej {first}"],
    "hello_p": ["Hej {first}", "Hej {first}!", "Kære {first}"],
    "sign_f": [
        "Med venlig hilsen\nHR, {company}",
        "Venlig hilsen\n{rfull}\n{rtitle}",
        "Bedste hilsner\nRekrutteringsteamet hos {company}",
    ],
    "sign_p": ["Mvh\n{rfirst}", "Bh {rfirst}", "Ha' en god dag\n{rfull}", "Hilsen {rfirst}"],
    "mobile": ["Sendt fra min iPhone"],
    "quote": ["Den {ndate}{year} kl. {ntime} skrev {full} <{cmail}>:"],
    "re": ["SV:", "Sv:", "RE:"],
    "thanks_f": [
        "Tak for din ansøgning til stillingen som {role} og for den interesse, du har vist os.",
        "Tusind tak for din interesse i {company} og for den tid, du har brugt på din ansøgning.",
    ],
    "thanks_p": [
        "Tak for en rigtig god snak i [[tirsdags|torsdags|går]].",
        "Undskyld den lange ventetid – jeg ville gerne have alle tilbagemeldinger på plads først.",
        "Tak for din mail og for din tålmodighed.",
    ],
    "note": [
        "Hej {rfirst}\nJeg ville bare høre, om der er nyt i forhold til stillingen som {role}?\nMvh {first}",
        "Hej {rfirst}\nTak for samtalen i går, det var rigtig spændende.\n{first}",
    ],
    "pub_head": ["Sagsnr.: {ref}-{year}\n{city}, den {ndate}{year}", "J.nr. {ref}"],
    "footer": [
        "Denne mail kan ikke besvares.",
        "Læs om, hvordan vi behandler dine personoplysninger, på {cdomain}/persondata.",
    ],
    "rej_subj_f": [
        "Vedr. din ansøgning – {role}",
        "Svar på din ansøgning",
        "Din ansøgning hos {company}",
    ],
    "rej_subj_p": ["Samtale – {role}", "Stillingen som {role}", "Opfølgning"],
    "rej_f": [
        "Vi har modtaget mange kvalificerede ansøgninger, og vi har valgt at indkalde andre kandidater, hvis profil matcher opgaverne endnu bedre.",
        "Vi må desværre meddele, at vi ikke kan tilbyde dig en samtale denne gang.",
        "Vi har valgt ikke at gå videre med din ansøgning.",
        "Stillingen er nu besat, og vi har derfor afsluttet din ansøgning i vores system.",
        "Du er ikke gået videre i rekrutteringsforløbet.",
    ],
    "rej_status": ["Status: Ikke udvalgt", "Status på ansøgning: Afsluttet"],
    "rej_pub": [
        "Ansættelsesudvalget har nu gennemgået ansøgningerne, og du er ikke blandt dem, der indkaldes til samtale.",
        "Bedømmelsesudvalget har vurderet, at du ikke opfylder de faglige kvalifikationskrav i opslaget, og din ansøgning indgår derfor ikke i den videre proces.",
        "Vi skal meddele, at opslaget er annulleret, og at stillingen ikke bliver besat.",
    ],
    "rej_p": [
        "Vi har efter en del frem og tilbage valgt en kandidat med lidt mere erfaring inden for [[offentlige udbud|regnskab|drift]].",
        "Teamet endte med at lande på en intern kandidat, som kender vores systemer i forvejen.",
        "Vi har tilbudt stillingen til en anden, og hun har sagt ja.",
        "Vores afdelingsleder har valgt at gå videre med en kandidat, hvis baggrund passede tættere på opgaverne.",
    ],
    "close_p": [
        "Jeg vil gerne beholde dit CV, hvis du er okay med det.",
        "Jeg håber, vi krydser veje igen – held og lykke med det hele.",
    ],
    "close_f": [
        "Vi ønsker dig held og lykke fremover.",
        "Dine oplysninger slettes seks måneder efter rekrutteringens afslutning.",
    ],
    "rej_m": [
        "Vi er gået videre med en anden kandidat. Tak for din tid!",
        "Det blev ikke dig denne gang – vi har valgt en anden. Held og lykke.",
        "Stillingen er besat nu. Tak fordi du søgte.",
    ],
    "rcv_subj": [
        "Vi har modtaget din ansøgning",
        "Kvittering for ansøgning – {role}",
        "Tak for din ansøgning",
    ],
    "rcv": [
        "Vi bekræfter hermed, at vi har modtaget din ansøgning til stillingen som {role}.",
        "Din ansøgning er registreret, og vi går i gang med at læse ansøgningerne efter ansøgningsfristen.",
    ],
    "rcv_cond": [
        "Hører du ikke fra os inden fire uger, har vi valgt andre kandidater til samtale.",
        "Uanset om du bliver indkaldt eller ej, får du besked fra os pr. mail.",
        "Kun kandidater, der går videre, kontaktes telefonisk.",
    ],
    "inv_subj": ["Invitation til samtale – {role}", "Anden samtale", "Flytning af samtale"],
    "inv": [
        "Vi vil rigtig gerne invitere dig til en samtale {ndate} kl. {ntime} på vores kontor i {city}.",
        "Jeg er desværre nødt til at flytte vores samtale i morgen – kan du torsdag på samme tid?",
        "Ansættelsesudvalget har besluttet at indkalde dig til samtale. Du bedes bekræfte tidspunktet.",
        "Du er gået videre til anden runde, og jeg vil gerne høre, hvornår du kan mødes med vores direktør.",
    ],
    "inv_m": [
        "Har du tid til et kort opkald i morgen kl. {ntime}? Gode nyheder!",
        "Samtalen rykkes desværre en halv time, til kl. {ntime}.",
    ],
    "nxt_subj": ["Personlighedstest – frist {ndate}", "Referencer"],
    "nxt": [
        "Som næste skridt beder vi dig udfylde en personlighedsprofil senest {ndate} – linket udløber desværre derefter.",
        "Vil du sende mig navn og nummer på to referencer inden fredag? Så kan vi komme videre.",
    ],
}

L["ro"] = {
    "ats_from": [
        "Cariere {company} <cariere@{cdomain}>",
        "{company} Recrutare <no-reply@jobs.{cdomain}>",
    ],
    "person_from": ["{rfull} <{rmail}>"],
    "public_from": [
        "Biroul Resurse Umane <resurse.umane@{cslug}.gov.ro>",
        "Universitatea {company} – Serviciul RU <ru@{cslug}.ro>",
        "Direcția Resurse Umane, Primăria {city} <concursuri@{cslug}.ro>",
    ],
    "hello_f": ["Stimate/Stimată {first} {last},", "Bună ziua,", "Stimată doamnă, stimate domn,"],
    "hello_p": ["Bună, {first},", "Bună ziua, {first},", "Salut {first}!"],
    "sign_f": [
        "Cu stimă,\nEchipa de Recrutare {company}",
        "Cu respect,\n{rfull}\n{rtitle}",
        "Toate cele bune,\nDepartamentul HR, {company}",
    ],
    "sign_p": ["O zi frumoasă,\n{rfirst}", "Mulțumesc,\n{rfull}", "Numai bine,\n{rfirst}"],
    "mobile": ["Trimis de pe iPhone", "Trimis de pe telefonul meu"],
    "quote": ["Pe {ndate}{year}, la {ntime}, {full} <{cmail}> a scris:"],
    "re": ["Re:", "RE:", "Răspuns:"],
    "thanks_f": [
        "Vă mulțumim pentru interesul arătat față de poziția de {role} și pentru timpul acordat procesului de selecție.",
        "Îți mulțumim că ai aplicat pentru rolul de {role} în cadrul {company}.",
    ],
    "thanks_p": [
        "Mulțumesc încă o dată pentru discuția de [[marți|joi|ieri]].",
        "Îmi cer scuze că revin abia acum, am vrut să am feedbackul tuturor colegilor.",
        "Mersi pentru mesaj și pentru răbdare.",
    ],
    "note": [
        "Bună ziua, {rfirst},\nAș dori să știu dacă există noutăți legate de poziția de {role}.\nMulțumesc,\n{first}",
        "Bună, {rfirst},\nMulțumesc pentru interviul de ieri, mi-a făcut mare plăcere.\n{first}",
    ],
    "pub_head": ["Nr. înregistrare: {ref}/{ndate}{year}", "Către: {full}\nRef.: concurs nr. {ref}"],
    "footer": [
        "Acest mesaj a fost generat automat. Vă rugăm să nu răspundeți.",
        "Datele tale sunt prelucrate conform politicii noastre GDPR: {cdomain}/confidentialitate.",
    ],
    "rej_subj_f": [
        "Răspuns la aplicația ta – {role}",
        "Rezultatul procesului de selecție",
        "Aplicația ta la {company}",
    ],
    "rej_subj_p": ["Interviu {role}", "Poziția de {role}", "feedback"],
    "rej_f": [
        "După o analiză atentă, am decis să continuăm procesul cu alți candidați, ale căror profiluri se potrivesc mai bine cerințelor actuale.",
        "Din păcate, candidatura dumneavoastră nu a fost selectată pentru etapa următoare.",
        "Am ales să nu mergem mai departe cu aplicația ta în acest moment.",
        "Poziția a fost ocupată, așa că am închis aplicația ta din sistemul nostru.",
        "Regretăm să vă anunțăm că nu veți continua în procesul de recrutare.",
    ],
    "rej_status": ["Status: Nu ați fost selectat(ă)", "Stare aplicație: Închisă"],
    "rej_pub": [
        "Comisia de concurs vă comunică faptul că dosarul dumneavoastră a fost declarat „respins” la etapa selecției dosarelor, întrucât nu îndeplinește condiția de vechime.",
        "La proba scrisă ați obținut {days}0 de puncte, sub punctajul minim de 50, motiv pentru care nu ați promovat în etapa interviului.",
        "Vă aducem la cunoștință că concursul pentru postul de {role} a fost anulat, iar postul nu va mai fi ocupat în această sesiune.",
    ],
    "rej_p": [
        "Până la urmă am mers pe o colegă care are mai multă experiență în [[vânzări B2B|coordonarea echipelor|retail]].",
        "Echipa s-a decis pentru un alt candidat – a fost o alegere foarte strânsă.",
        "Managerul a ales pe cineva din interior, care cunoaște deja proiectul.",
        "Am făcut oferta altei persoane, care a acceptat-o ieri.",
    ],
    "close_p": [
        "Dacă ești de acord, păstrez CV-ul tău pentru alte roluri.",
        "Îți țin pumnii și sper să ne mai auzim.",
    ],
    "close_f": [
        "Vă dorim mult succes în cariera dumneavoastră.",
        "Datele dumneavoastră vor fi șterse după încheierea procesului.",
    ],
    "rej_m": [
        "Am ales alt candidat, din păcate. Mersi mult pentru timpul tău!",
        "Nu a ieșit de data asta, am mers cu altcineva. Mult succes!",
        "Postul s-a ocupat între timp. Mulțumesc pentru răbdare.",
    ],
    "rcv_subj": [
        "Am primit aplicația ta",
        "Confirmare înregistrare dosar – {role}",
        "Mulțumim pentru aplicare",
    ],
    "rcv": [
        "Confirmăm primirea aplicației tale pentru poziția de {role}.",
        "Dosarul dumneavoastră a fost înregistrat cu numărul {ref} și va fi analizat de comisie.",
    ],
    "rcv_cond": [
        "Dacă nu primești un răspuns în următoarele trei săptămâni, înseamnă că am mers mai departe cu alți candidați.",
        "Vom contacta doar candidații selectați pentru interviu; în cazul în care nu veți fi selectat(ă), datele vor fi șterse după șase luni.",
        "Indiferent de rezultat, te vom anunța pe e-mail.",
    ],
    "inv_subj": ["Invitație la interviu – {role}", "Etapa a doua", "Reprogramare interviu"],
    "inv": [
        "Ne-ar face plăcere să te invităm la un interviu pe {ndate}, la ora {ntime}, la biroul nostru din {city}.",
        "Din păcate trebuie să mut discuția de mâine – ți-ar merge vineri, la aceeași oră?",
        "Ai trecut în etapa a doua! Spune-mi te rog când ești disponibil(ă) pentru o discuție cu managerul.",
        "Vă comunicăm că ați fost declarat(ă) „admis” la selecția dosarelor și sunteți invitat(ă) la proba scrisă din {ndate}{year}.",
    ],
    "inv_m": [
        "Poți vorbi mâine la {ntime}? Am vești bune.",
        "Interviul se mută cu o oră, la {ntime}. Mersi!",
    ],
    "nxt_subj": ["Test online – termen {ndate}", "Referințe"],
    "nxt": [
        "Următorul pas este un test online; te rugăm să-l completezi până pe {ndate}, ora 23:59 – din păcate, termenul nu poate fi prelungit.",
        "Îmi poți trimite până vineri datele de contact pentru două persoane de referință?",
    ],
}

L["tr"] = {
    "ats_from": [
        "{company} Kariyer <kariyer@{cdomain}>",
        "{company} İnsan Kaynakları <noreply@ik.{cdomain}>",
    ],
    "person_from": ["{rfull} <{rmail}>"],
    "public_from": [
        "{company} Üniversitesi Personel Daire Başkanlığı <personel@{cslug}.edu.tr>",
        "{company} Belediyesi İK Müdürlüğü <ik@{cslug}.bel.tr>",
        "{company} Bakanlığı Personel Genel Müdürlüğü <personel@{cslug}.gov.tr>",
    ],
    "hello_f": ["Sayın {first} {last},", "Değerli Aday,", "Merhaba,"],
    "hello_p": ["Merhaba {first},", "Merhaba {first} Hanım/Bey,", "Selam {first},"],
    "sign_f": [
        "Saygılarımızla,\n{company} İnsan Kaynakları",
        "İyi çalışmalar dileriz,\n{company} İşe Alım Ekibi",
        "Saygılarımla,\n{rfull}\n{rtitle}",
    ],
    "sign_p": ["İyi günler,\n{rfirst}", "Sevgiler,\n{rfirst}", "Teşekkürler,\n{rfull}"],
    "mobile": ["iPhone'umdan gönderildi", "Mobil cihazımdan gönderildi"],
    "quote": ["{ndate}{year} {ntime} tarihinde {full} <{cmail}> şunu yazdı:"],
    "re": ["YNT:", "Ynt:", "RE:"],
    "thanks_f": [
        "{company} bünyesindeki {role} pozisyonuna gösterdiğiniz ilgi için teşekkür ederiz.",
        "Başvurunuz ve süreç boyunca ayırdığınız zaman için teşekkür ederiz.",
    ],
    "thanks_p": [
        "[[Salı|Perşembe|Dün]] yaptığımız görüşme için tekrar teşekkürler.",
        "Geç dönüş için kusura bakmayın, ekipteki herkesin görüşünü almak istedim.",
        "Mesajın ve sabrın için çok teşekkür ederim.",
    ],
    "note": [
        "Merhaba {rfirst} Hanım/Bey,\n{role} pozisyonuyla ilgili bir gelişme olup olmadığını sormak istedim.\nTeşekkürler,\n{first}",
        "Merhaba {rfirst},\nDünkü görüşme için çok teşekkür ederim, çok keyifliydi.\n{first}",
    ],
    "pub_head": [
        "Sayı: {ref}\nKonu: {role} kadrosu başvurusu",
        "Tarih: {ndate}{year}\nİlan No: {ref}",
    ],
    "footer": [
        "Bu e-posta otomatik olarak gönderilmiştir, lütfen yanıtlamayınız.",
        "Kişisel verileriniz KVKK kapsamında işlenmektedir: {cdomain}/kvkk",
    ],
    "rej_subj_f": [
        "Başvurunuz hakkında – {role}",
        "{company} başvuru sonucu",
        "İşe alım süreci hk.",
    ],
    "rej_subj_p": ["Görüşme – {role}", "{role} pozisyonu", "geri bildirim"],
    "rej_f": [
        "Yaptığımız değerlendirme sonucunda, bu pozisyon için profili ihtiyaçlarımızla daha yakından örtüşen adaylarla devam etmeye karar verdik.",
        "Üzülerek belirtmek isteriz ki başvurunuz bir sonraki aşamaya geçememiştir.",
        "Bu aşamada başvurunuzla ilerlemememe kararı aldık.",
        "Pozisyon doldurulmuş olup başvurunuz sistemimizde kapatılmıştır.",
        "Değerlendirmelerimiz sonucunda sizinle bu süreçte ilerleyemeyeceğimizi bildirmek isteriz.",
    ],
    "rej_status": ["Durum: Uygun bulunmadı", "Başvuru durumu: Kapatıldı"],
    "rej_pub": [
        "Sınav kurulunun değerlendirmesi sonucunda, ilanda belirtilen şartları taşımadığınızdan başvurunuz kabul edilmemiştir.",
        "Yazılı sınavda aldığınız puan ({days}5) başarı sınırının altında kaldığından sözlü sınava çağrılmanız mümkün olmamıştır.",
        "İlgili kadro ilanı iptal edilmiş olup alım yapılmayacaktır.",
    ],
    "rej_p": [
        "Sonunda [[satış|proje yönetimi|veri analizi]] tarafında daha fazla deneyimi olan bir arkadaşla ilerlemeye karar verdik.",
        "Ekip uzun bir değerlendirmeden sonra başka bir adayda karar kıldı; gerçekten çok yakındı.",
        "Yöneticimiz, şirket içinden projeyi zaten bilen birini seçti.",
        "Teklifi başka bir adaya yaptık ve kendisi kabul etti.",
    ],
    "close_p": [
        "İzin verirsen özgeçmişini ileride açılacak pozisyonlar için saklamak isterim.",
        "Kariyer yolculuğunda bol şans dilerim, yollarımız yine kesişir umarım.",
    ],
    "close_f": [
        "Kariyerinizde başarılar dileriz.",
        "Özgeçmişiniz veri tabanımızda bir yıl süreyle saklanacaktır.",
    ],
    "rej_m": [
        "Maalesef başka bir adayla devam ediyoruz. Zaman ayırdığın için çok teşekkürler!",
        "Bu sefer olmadı, başka birini seçtik. Bol şans!",
        "Pozisyon doldu bu arada, bilgin olsun. Teşekkürler.",
    ],
    "rcv_subj": ["Başvurunuz alındı", "{role} başvurunuz hakkında bilgilendirme", "Başvuru onayı"],
    "rcv": [
        "{role} pozisyonu için yaptığınız başvuru tarafımıza ulaşmıştır.",
        "Başvurunuz {ref} numarasıyla kaydedilmiş olup değerlendirme süreci devam etmektedir.",
    ],
    "rcv_cond": [
        "Üç hafta içinde sizinle iletişime geçmezsek, bu pozisyon için başka adaylarla ilerlediğimizi varsayabilirsiniz.",
        "Yalnızca ön elemeyi geçen adaylarla iletişime geçilecektir; uygun görülmemeniz halinde bilgileriniz altı ay sonra silinir.",
        "Sonuç ne olursa olsun size e-posta ile bilgi vereceğiz.",
    ],
    "inv_subj": ["Mülakat daveti – {role}", "İkinci görüşme", "Görüşme saati değişikliği"],
    "inv": [
        "Sizi {ndate} tarihinde saat {ntime}'da {city} ofisimizde yüz yüze bir görüşmeye davet etmek isteriz.",
        "Maalesef yarınki görüşmemizi ertelemem gerekiyor – cuma aynı saatte uygun olur mu?",
        "İkinci aşamaya geçtiğinizi bildirmekten mutluluk duyarım! Yöneticimizle görüşmek için uygun olduğunuz saatleri paylaşır mısınız?",
        "Yazılı sınavı başarıyla geçtiniz; sözlü sınav {ndate}{year} tarihinde saat {ntime}'da yapılacaktır.",
    ],
    "inv_m": [
        "Yarın {ntime}'da kısa bir telefon görüşmesi yapabilir miyiz? Güzel haberlerim var.",
        "Görüşme bir saat kaydı, {ntime}'da görüşelim. Teşekkürler!",
    ],
    "nxt_subj": ["Online değerlendirme – son tarih {ndate}", "Referans bilgileri"],
    "nxt": [
        "Bir sonraki adım olarak online testi en geç {ndate} saat 23:59'a kadar tamamlamanızı rica ederiz; maalesef süre uzatılamamaktadır.",
        "Cuma gününe kadar iki referansınızın iletişim bilgilerini paylaşabilir misiniz?",
    ],
}

L["fi"] = {
    "ats_from": [
        "{company} Rekrytointi <rekrytointi@{cdomain}>",
        "{company} Ura <no-reply@ura.{cdomain}>",
    ],
    "person_from": ["{rfull} <{rmail}>"],
    "public_from": [
        "Kaupungin henkilöstöpalvelut <rekry@{cslug}.fi>",
        "{company} yliopisto – HR <hr@{cslug}.fi>",
        "Valtion rekrytointi, {company} <kuntarekry@{cslug}.fi>",
    ],
    "hello_f": ["Hei {first},", "Hyvä hakija,", "Hyvä {first} {last},"],
    "hello_p": ["Moi {first}!", "Hei {first},", "Terve {first},"],
    "sign_f": [
        "Ystävällisin terveisin\nRekrytointitiimi, {company}",
        "Terveisin\n{rfull}\n{rtitle}",
        "Parhain terveisin\nHR, {company}",
    ],
    "sign_p": ["Terkuin\n{rfirst}", "Mukavaa päivää!\n{rfirst}", "t. {rfirst}"],
    "mobile": ["Lähetetty iPhonesta", "Lähetetty puhelimesta"],
    "quote": ["{full} <{cmail}> kirjoitti {ndate}{year} klo {ntime}:"],
    "re": ["VS:", "Vs:", "RE:"],
    "thanks_f": [
        "kiitos hakemuksestasi {role}-tehtävään ja kiinnostuksestasi yritystämme kohtaan.",
        "kiitämme osoittamastasi mielenkiinnosta ja ajasta, jonka käytit hakuprosessiin.",
    ],
    "thanks_p": [
        "kiitos vielä [[tiistain|torstain|eilisestä]] haastattelusta.",
        "pahoittelut, että vastaus venyi – halusin kuulla kaikkien haastattelijoiden näkemykset.",
        "kiitos viestistäsi ja kärsivällisyydestä.",
    ],
    "note": [
        "Hei {rfirst},\nhalusin kysyä, onko {role}-paikan suhteen jo tehty päätöstä?\nKiitos,\n{first}",
        "Moi {rfirst},\nkiitos eilisestä, oli tosi mukava keskustelu.\n{first}",
    ],
    "pub_head": ["Dnro {ref}/{year}\n{city}, {ndate}{year}", "Hakunumero: {ref}"],
    "footer": [
        "Tämä on automaattinen viesti, siihen ei voi vastata.",
        "Lue, miten käsittelemme henkilötietojasi: {cdomain}/tietosuoja",
    ],
    "rej_subj_f": [
        "Hakemuksesi {role}-tehtävään",
        "Tietoa rekrytoinnin etenemisestä",
        "{company}: hakemuksesi tilanne",
    ],
    "rej_subj_p": ["Haastattelu – {role}", "{role}", "palautetta"],
    "rej_f": [
        "Saimme paljon päteviä hakemuksia, ja olemme päättäneet jatkaa prosessia hakijoiden kanssa, joiden osaaminen vastaa tehtävän tarpeita vielä paremmin.",
        "Valitettavasti et tällä kertaa edennyt haastatteluvaiheeseen.",
        "Olemme päättäneet olla etenemättä hakemuksesi kanssa.",
        "Tehtävä on nyt täytetty, ja olemme sulkeneet hakemuksesi järjestelmässämme.",
        "Emme valitettavasti voi tarjota sinulle paikkaa tässä haussa.",
    ],
    "rej_status": ["Tila: Ei valittu", "Hakemuksen tila: Suljettu"],
    "rej_pub": [
        "Ilmoitamme, että tehtävään on valittu toinen hakija. Valintapäätös on nähtävillä rekrytointipalvelussa.",
        "Hakemuksesi ei täyttänyt ilmoituksessa mainittua kelpoisuusvaatimusta (ylempi korkeakoulututkinto), joten sitä ei voitu ottaa arvioitavaksi.",
        "Haku on keskeytetty, eikä tehtävää täytetä tällä kertaa.",
    ],
    "rej_p": [
        "Päädyimme lopulta henkilöön, jolla on enemmän kokemusta [[julkisista hankinnoista|tiiminvedosta|B2B-myynnistä]].",
        "Tiimi päätyi pitkän pohdinnan jälkeen toiseen hakijaan – ero oli todella pieni.",
        "Esihenkilö valitsi talon sisältä ihmisen, joka tuntee projektin jo valmiiksi.",
        "Teimme tarjouksen toiselle hakijalle, ja hän otti sen vastaan.",
    ],
    "close_p": [
        "Jos sopii, pidän CV:si tallessa tulevia paikkoja varten.",
        "Tsemppiä jatkoon, toivottavasti tiemme kohtaavat vielä.",
    ],
    "close_f": [
        "Toivotamme sinulle onnea työnhakuun.",
        "Hakemustietosi poistetaan kahden vuoden kuluttua.",
    ],
    "rej_m": [
        "Valitsimme valitettavasti toisen hakijan. Kiitos paljon ajastasi!",
        "Ei tällä kertaa osunut kohdalleen, mentiin toisella. Onnea!",
        "Paikka on nyt täytetty. Kiitos kärsivällisyydestä.",
    ],
    "rcv_subj": [
        "Kiitos hakemuksestasi",
        "Hakemus vastaanotettu – {role}",
        "Vahvistus hakemuksen vastaanottamisesta",
    ],
    "rcv": [
        "olemme vastaanottaneet hakemuksesi {role}-tehtävään.",
        "hakemuksesi on tallennettu numerolla {ref}, ja käsittelemme hakemukset haun päätyttyä.",
    ],
    "rcv_cond": [
        "Jos et ole kuullut meistä kolmen viikon kuluessa, olemme valinneet haastatteluun muita hakijoita.",
        "Otamme yhteyttä vain haastatteluun valittaviin; mikäli sinua ei valita, tietosi poistetaan puolen vuoden kuluttua.",
        "Kerromme sinulle valinnasta sähköpostitse, olipa lopputulos mikä tahansa.",
    ],
    "inv_subj": [
        "Kutsu haastatteluun – {role}",
        "Toinen haastattelukierros",
        "Haastattelun siirto",
    ],
    "inv": [
        "haluaisimme kutsua sinut haastatteluun {ndate} klo {ntime} toimistollemme ({city}).",
        "joudun valitettavasti siirtämään huomisen puhelumme – sopisiko perjantaina samaan aikaan?",
        "ilokseni voin kertoa, että pääsit toiselle kierrokselle! Kerrotko, milloin ehtisit tapaamaan esihenkilön?",
        "sinut on valittu haastatteluun, joka pidetään {ndate}{year} klo {ntime}. Vahvistathan osallistumisesi.",
    ],
    "inv_m": [
        "Ehditkö huomenna klo {ntime} lyhyeen puheluun? Hyviä uutisia.",
        "Haastattelu siirtyy tunnilla, klo {ntime}. Kiitos!",
    ],
    "nxt_subj": ["Soveltuvuusarviointi – vastaa viimeistään {ndate}", "Suosittelijat"],
    "nxt": [
        "seuraavaksi pyydämme sinua tekemään verkkotehtävän viimeistään {ndate} klo 23.59 – valitettavasti aikaa ei voi pidentää.",
        "voisitko lähettää kahden suosittelijan yhteystiedot perjantaihin mennessä?",
    ],
}

L["pl"] = {
    "ats_from": [
        "Kariera w {company} <kariera@{cdomain}>",
        "{company} Rekrutacja <no-reply@praca.{cdomain}>",
    ],
    "person_from": ["{rfull} <{rmail}>"],
    "public_from": [
        "Biuro Kadr, Urząd Miasta {city} <kadry@{cslug}.gov.pl>",
        "Uniwersytet {company} – Dział Spraw Osobowych <dso@{cslug}.edu.pl>",
        "Departament Kadr, {company} <nabory@{cslug}.gov.pl>",
    ],
    "hello_f": ["Szanowna Pani / Szanowny Panie,", "Dzień dobry,", "Szanowni Państwo,"],
    "hello_p": ["Cześć {first},", "Dzień dobry {first},", "Hej {first}!"],
    "sign_f": [
        "Z poważaniem\nZespół Rekrutacji {company}",
        "Pozdrawiamy serdecznie\nDział HR {company}",
        "Z wyrazami szacunku\n{rfull}\n{rtitle}",
    ],
    "sign_p": ["Pozdrawiam,\n{rfirst}", "Miłego dnia!\n{rfirst}", "Dzięki,\n{rfull}"],
    "mobile": ["Wysłane z iPhone'a", "Wysłane z telefonu"],
    "quote": ["W dniu {ndate}{year} o {ntime} {full} <{cmail}> napisał(a):"],
    "re": ["Odp:", "RE:", "Re:"],
    "thanks_f": [
        "dziękujemy za zainteresowanie stanowiskiem {role} oraz czas poświęcony na udział w procesie rekrutacji.",
        "bardzo dziękujemy za przesłanie aplikacji do {company}.",
    ],
    "thanks_p": [
        "jeszcze raz dzięki za [[wtorkową|czwartkową|wczorajszą]] rozmowę.",
        "przepraszam, że odzywam się dopiero teraz – chciałam zebrać opinie całego zespołu.",
        "dziękuję za wiadomość i cierpliwość.",
    ],
    "note": [
        "Dzień dobry,\nczy wiadomo już coś w sprawie stanowiska {role}?\nPozdrawiam,\n{first}",
        "Cześć {rfirst},\ndzięki za wczorajszą rozmowę, było super.\n{first}",
    ],
    "pub_head": ["Znak sprawy: KD.{ref}.{year}\n{city}, dnia {ndate}{year}", "Nr naboru: {ref}"],
    "footer": [
        "Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.",
        "Informacje o przetwarzaniu danych osobowych: {cdomain}/rodo",
    ],
    "rej_subj_f": [
        "Informacja o wyniku rekrutacji – {role}",
        "Twoja aplikacja w {company}",
        "Dotyczy: rekrutacja {ref}",
    ],
    "rej_subj_p": ["Rozmowa – {role}", "stanowisko {role}", "feedback"],
    "rej_f": [
        "Po analizie wszystkich zgłoszeń zdecydowaliśmy się kontynuować proces z kandydatami, których doświadczenie jest bliższe naszym obecnym potrzebom.",
        "Z przykrością informujemy, że Pani/Pana kandydatura nie została zakwalifikowana do kolejnego etapu.",
        "Postanowiliśmy nie kontynuować procesu z Twoją aplikacją.",
        "Stanowisko zostało już obsadzone, dlatego zamknęliśmy Twoją aplikację w naszym systemie.",
        "Tym razem nie możemy przedstawić Ci oferty współpracy.",
    ],
    "rej_status": ["Status: Nie wybrano", "Status aplikacji: Zamknięta"],
    "rej_pub": [
        "Uprzejmie informuję, że w wyniku naboru na stanowisko {role} została wybrana inna osoba. Protokół z naboru jest dostępny w BIP.",
        "Pani/Pana oferta nie spełniła wymagań formalnych określonych w ogłoszeniu (brak wymaganego stażu pracy) i nie została dopuszczona do dalszego etapu.",
        "Informujemy, że nabór został zakończony bez wyłonienia kandydata.",
    ],
    "rej_p": [
        "Ostatecznie postawiliśmy na osobę z większym doświadczeniem w [[sprzedaży B2B|zarządzaniu zespołem|SAP FI]].",
        "Zespół po długiej dyskusji wybrał innego kandydata – naprawdę niewiele zabrakło.",
        "Kierownik wybrał kogoś z wewnątrz firmy, kto zna już projekt.",
        "Złożyliśmy ofertę innej osobie i została przyjęta.",
    ],
    "close_p": [
        "Jeśli się zgodzisz, zachowam Twoje CV na przyszłe rekrutacje.",
        "Trzymam kciuki i mam nadzieję, że jeszcze się spotkamy.",
    ],
    "close_f": [
        "Życzymy powodzenia w dalszych poszukiwaniach.",
        "Dokumenty aplikacyjne zostaną zniszczone po zakończeniu naboru.",
    ],
    "rej_m": [
        "Niestety wybraliśmy innego kandydata. Wielkie dzięki za poświęcony czas!",
        "Tym razem się nie udało, poszliśmy z kimś innym. Powodzenia!",
        "Stanowisko jest już obsadzone. Dzięki za cierpliwość.",
    ],
    "rcv_subj": [
        "Potwierdzenie otrzymania aplikacji",
        "Dziękujemy za aplikację – {role}",
        "Twoja aplikacja dotarła",
    ],
    "rcv": [
        "potwierdzamy otrzymanie Twojej aplikacji na stanowisko {role}.",
        "Pani/Pana zgłoszenie zostało zarejestrowane pod numerem {ref}.",
    ],
    "rcv_cond": [
        "Jeśli nie odezwiemy się w ciągu trzech tygodni, oznacza to, że zdecydowaliśmy się na innych kandydatów.",
        "Skontaktujemy się wyłącznie z wybranymi osobami; w przypadku niezakwalifikowania dane zostaną usunięte po zakończeniu procesu.",
        "Niezależnie od wyniku poinformujemy Cię mailowo.",
    ],
    "inv_subj": [
        "Zaproszenie na rozmowę – {role}",
        "Drugi etap rekrutacji",
        "Zmiana terminu rozmowy",
    ],
    "inv": [
        "chcielibyśmy zaprosić Cię na rozmowę {ndate} o {ntime} w naszym biurze ({city}).",
        "niestety muszę przełożyć naszą jutrzejszą rozmowę – czy piątek o tej samej porze Ci pasuje?",
        "mam przyjemność poinformować, że przechodzisz do drugiego etapu! Daj znać, kiedy możesz spotkać się z kierownikiem.",
        "uprzejmie informujemy, że zakwalifikował(a) się Pan/Pani do rozmowy kwalifikacyjnej, która odbędzie się {ndate}{year} o godz. {ntime}.",
    ],
    "inv_m": [
        "Masz jutro chwilę o {ntime} na krótki telefon? Mam dobre wieści.",
        "Rozmowa przesuwa się o godzinę, na {ntime}. Dzięki!",
    ],
    "nxt_subj": ["Test online – termin {ndate}", "Referencje"],
    "nxt": [
        "kolejnym krokiem jest test online – prosimy o jego wypełnienie do {ndate}, godz. 23:59; niestety nie możemy przedłużyć terminu.",
        "czy możesz do piątku przesłać kontakty do dwóch osób, które mogą udzielić referencji?",
    ],
}

L["sv"] = {
    "ats_from": [
        "{company} Rekrytering <noreply@jobb.{cdomain}>",
        "Karriär {company} <karriar@{cdomain}>",
    ],
    "person_from": ["{rfull} <{rmail}>"],
    "public_from": [
        "HR-avdelningen, {company} kommun <rekrytering@{cslug}.se>",
        "{company} universitet – Personalavdelningen <hr@{cslug}.se>",
        "Myndigheten för {company} <jobb@{cslug}.se>",
    ],
    "hello_f": ["Hej {first},", "Hej!", "Bästa sökande,"],
    "hello_p": ["Hej {first}!", "Hej {first},", "Tjena {first},"],
    "sign_f": [
        "Vänliga hälsningar\nRekryteringsteamet på {company}",
        "Med vänlig hälsning\n{rfull}\n{rtitle}",
        "Hälsningar\nHR, {company}",
    ],
    "sign_p": ["Ha det fint!\n{rfirst}", "Mvh {rfirst}", "Allt gott,\n{rfull}"],
    "mobile": ["Skickat från min iPhone"],
    "quote": ["Den {ndate}{year} kl. {ntime} skrev {full} <{cmail}>:"],
    "re": ["SV:", "Sv:", "RE:"],
    "thanks_f": [
        "Tack för din ansökan till tjänsten som {role} och för ditt intresse för {company}.",
        "Tack för att du tog dig tid att söka hos oss.",
    ],
    "thanks_p": [
        "Tack igen för ett trevligt samtal i [[tisdags|torsdags|går]].",
        "Förlåt att det dröjt – jag ville ha alla intervjuares synpunkter först.",
        "Tack för ditt mejl och ditt tålamod.",
    ],
    "note": [
        "Hej {rfirst},\nJag undrar om det finns något nytt kring tjänsten som {role}?\nMvh {first}",
        "Hej {rfirst}!\nTack för intervjun igår, det var riktigt roligt.\n{first}",
    ],
    "pub_head": ["Dnr {ref}-{year}\n{city} {ndate}{year}", "Referensnummer: {ref}"],
    "footer": [
        "Det här mejlet går inte att svara på.",
        "Så hanterar vi dina personuppgifter: {cdomain}/gdpr",
    ],
    "rej_subj_f": [
        "Angående din ansökan – {role}",
        "Besked om din ansökan",
        "Din ansökan hos {company}",
    ],
    "rej_subj_p": ["Intervju – {role}", "Tjänsten som {role}", "uppföljning"],
    "rej_f": [
        "Vi har fått många starka ansökningar och har valt att kalla andra kandidater vars erfarenhet ligger närmare det vi söker just nu.",
        "Vi har tyvärr beslutat att inte gå vidare med din ansökan den här gången.",
        "Du kommer inte att gå vidare i processen.",
        "Tjänsten är nu tillsatt och vi har därför avslutat din ansökan i vårt system.",
        "Vi kan tyvärr inte erbjuda dig en intervju.",
    ],
    "rej_status": ["Status: Ej aktuell", "Ansökans status: Avslutad"],
    "rej_pub": [
        "Rekryteringsgruppen har nu gått igenom ansökningarna och du är inte bland dem som kallas till intervju.",
        "Tjänsten har tillsatts med en annan sökande. Anställningsbeslutet kan överklagas enligt anvisningarna nedan.",
        "Rekryteringen har avbrutits och tjänsten kommer inte att tillsättas.",
    ],
    "rej_p": [
        "Vi landade till slut i en kandidat med lite mer erfarenhet av [[offentlig upphandling|ekonomistyrning|drift]].",
        "Teamet valde efter mycket diskussion en annan kandidat – det var verkligen jämnt.",
        "Chefen valde någon internt som redan känner till projektet.",
        "Vi har erbjudit tjänsten till en annan person och hon har tackat ja.",
    ],
    "close_p": [
        "Om det är okej sparar jag gärna ditt CV till framtida tjänster.",
        "Lycka till framöver, jag hoppas att våra vägar korsas igen.",
    ],
    "close_f": [
        "Vi önskar dig lycka till i ditt fortsatta jobbsökande.",
        "Dina uppgifter raderas sex månader efter avslutad rekrytering.",
    ],
    "rej_m": [
        "Vi har gått vidare med en annan kandidat. Tack för din tid!",
        "Det blev inte du den här gången – vi valde någon annan. Lycka till!",
        "Tjänsten är tillsatt nu. Tack för att du sökte.",
    ],
    "rcv_subj": ["Vi har tagit emot din ansökan", "Bekräftelse – {role}", "Tack för din ansökan"],
    "rcv": [
        "Vi bekräftar att vi har tagit emot din ansökan till tjänsten som {role}.",
        "Din ansökan är registrerad med nummer {ref} och vi börjar läsa ansökningarna efter sista ansökningsdag.",
    ],
    "rcv_cond": [
        "Om du inte har hört av oss inom fyra veckor har vi valt att gå vidare med andra kandidater.",
        "Vi kontaktar endast de som går vidare; blir du inte aktuell raderas dina uppgifter efter sex månader.",
        "Oavsett utfall får du besked av oss via mejl.",
    ],
    "inv_subj": ["Inbjudan till intervju – {role}", "Andra intervjun", "Ny tid för intervju"],
    "inv": [
        "Vi vill gärna bjuda in dig till en intervju {ndate} kl. {ntime} på vårt kontor i {city}.",
        "Jag måste tyvärr flytta vårt samtal imorgon – funkar fredag samma tid?",
        "Roligt att kunna berätta att du går vidare till andra rundan! Vilka tider passar för ett möte med chefen?",
        "Rekryteringsgruppen har beslutat att kalla dig till intervju. Bekräfta gärna tiden.",
    ],
    "inv_m": [
        "Har du tid för ett kort samtal imorgon kl. {ntime}? Goda nyheter!",
        "Intervjun flyttas en timme, till kl. {ntime}. Tack!",
    ],
    "nxt_subj": ["Arbetspsykologiskt test – senast {ndate}", "Referenser"],
    "nxt": [
        "Nästa steg är ett webbtest som du behöver göra senast {ndate} kl. 23.59 – tyvärr kan vi inte förlänga tiden.",
        "Kan du skicka namn och nummer till två referenser innan fredag?",
    ],
}

L["hu"] = {
    "ats_from": [
        "{company} Karrier <karrier@{cdomain}>",
        "{company} Toborzás <noreply@allas.{cdomain}>",
    ],
    "person_from": ["{rfull} <{rmail}>"],
    "public_from": [
        "{company} Egyetem – Humánpolitikai Osztály <hr@{cslug}.hu>",
        "{city} Polgármesteri Hivatal, Személyügy <szemelyugy@{cslug}.hu>",
        "{company} Minisztérium – Humánerőforrás Főosztály <palyazat@{cslug}.gov.hu>",
    ],
    "hello_f": ["Tisztelt {last} {first}!", "Kedves Pályázó!", "Tisztelt Jelentkező!"],
    "hello_p": ["Kedves {first}!", "Szia {first}!", "Kedves {first},"],
    "sign_f": [
        "Üdvözlettel:\n{company} Toborzási Csapat",
        "Tisztelettel:\n{rfull}\n{rtitle}",
        "Üdvözlettel,\nHR osztály, {company}",
    ],
    "sign_p": ["Üdv,\n{rfirst}", "Szép napot!\n{rfirst}", "Köszönöm,\n{rfull}"],
    "mobile": ["iPhone-ról küldve", "Elküldve a telefonomról"],
    "quote": ["{full} <{cmail}> ezt írta ({year}. {hdate} {ntime}):"],
    "re": ["Válasz:", "Re:", "RE:"],
    "thanks_f": [
        "Köszönjük, hogy érdeklődik a(z) {role} pozíció iránt, és időt szánt a kiválasztási folyamatra.",
        "Köszönjük a(z) {company} részére benyújtott pályázatát.",
    ],
    "thanks_p": [
        "Még egyszer köszönöm a [[keddi|csütörtöki|tegnapi]] beszélgetést.",
        "Elnézést, hogy csak most jelentkezem, szerettem volna minden kolléga véleményét megvárni.",
        "Köszönöm az üzenetet és a türelmet.",
    ],
    "note": [
        "Kedves {rfirst}!\nSzeretném megkérdezni, van-e már döntés a(z) {role} pozícióval kapcsolatban.\nKöszönöm,\n{first}",
        "Szia {rfirst},\nköszönöm a tegnapi interjút, nagyon jó volt.\n{first}",
    ],
    "pub_head": [
        "Iktatószám: {ref}/{year}\n{city}, {year}. {hdate}",
        "Tárgy: álláspályázat – {role}",
    ],
    "footer": [
        "Ez egy automatikus üzenet, kérjük, ne válaszoljon rá.",
        "Adatkezelési tájékoztatónk: {cdomain}/adatvedelem",
    ],
    "rej_subj_f": [
        "Tájékoztatás pályázata eredményéről – {role}",
        "Jelentkezése a(z) {company} cégnél",
        "Visszajelzés jelentkezéséről",
    ],
    "rej_subj_p": ["Interjú – {role}", "{role} pozíció", "visszajelzés"],
    "rej_f": [
        "Alapos mérlegelés után úgy döntöttünk, hogy olyan jelöltekkel folytatjuk a folyamatot, akiknek a tapasztalata jobban illeszkedik jelenlegi igényeinkhez.",
        "Sajnálattal értesítjük, hogy pályázata nem jutott tovább a következő fordulóba.",
        "Úgy döntöttünk, hogy jelentkezésével nem haladunk tovább.",
        "A pozíciót időközben betöltöttük, ezért jelentkezését lezártuk rendszerünkben.",
        "Ezúttal nem tudunk Önnek ajánlatot tenni.",
    ],
    "rej_status": ["Állapot: Nem került kiválasztásra", "Jelentkezés állapota: Lezárva"],
    "rej_pub": [
        "Tájékoztatjuk, hogy a(z) {role} munkakörre kiírt pályázaton nem Önt választották ki.",
        "Pályázata nem felelt meg a kiírásban szereplő formai követelményeknek (hiányzó erkölcsi bizonyítvány), ezért azt érdemben nem bíráltuk el.",
        "A pályázati eljárást eredménytelennek nyilvánítottuk, a munkakör nem kerül betöltésre.",
    ],
    "rej_p": [
        "Végül egy olyan kolléga mellett döntöttünk, akinek több tapasztalata van [[B2B értékesítésben|csapatvezetésben|SAP-ban]].",
        "A csapat hosszú egyeztetés után egy másik jelöltet választott – nagyon szoros volt.",
        "A vezető egy belső jelöltet választott, aki már ismeri a projektet.",
        "Az ajánlatot egy másik jelöltnek tettük meg, aki el is fogadta.",
    ],
    "close_p": [
        "Ha hozzájárulsz, megtartanám az önéletrajzodat a későbbi pozíciókhoz.",
        "Sok sikert a továbbiakhoz, remélem, még találkozunk.",
    ],
    "close_f": [
        "További sikeres álláskeresést kívánunk.",
        "Pályázati anyagát a döntést követően megsemmisítjük.",
    ],
    "rej_m": [
        "Sajnos másik jelöltet választottunk. Nagyon köszönöm az idődet!",
        "Most nem jött össze, mással megyünk tovább. Sok sikert!",
        "A pozíció közben betelt. Köszönöm a türelmet.",
    ],
    "rcv_subj": ["Jelentkezését megkaptuk", "Visszaigazolás – {role}", "Köszönjük jelentkezését"],
    "rcv": [
        "Visszaigazoljuk, hogy megkaptuk jelentkezését a(z) {role} pozícióra.",
        "Pályázatát {ref} számon iktattuk, a bírálat a beadási határidő után kezdődik.",
    ],
    "rcv_cond": [
        "Amennyiben három héten belül nem keressük, úgy más jelöltekkel folytatjuk a folyamatot.",
        "Csak a továbbjutó jelöltekkel vesszük fel a kapcsolatot; ha nem kerül kiválasztásra, adatait hat hónap után töröljük.",
        "Az eredménytől függetlenül e-mailben értesítjük.",
    ],
    "inv_subj": [
        "Meghívó állásinterjúra – {role}",
        "Második forduló",
        "Interjú időpontjának módosítása",
    ],
    "inv": [
        "Szeretnénk meghívni egy személyes beszélgetésre {hdate} {ntime} órára az irodánkba ({city}).",
        "Sajnos át kell tennem a holnapi hívásunkat – péntek ugyanebben az időben megfelelne?",
        "Örömmel jelzem, hogy továbbjutottál a második fordulóba! Mikor érnél rá egy beszélgetésre a vezetővel?",
        "Tájékoztatjuk, hogy pályázata alapján a bizottság személyes meghallgatásra hívja {year}. {hdate} {ntime} órára.",
    ],
    "inv_m": [
        "Tudunk holnap {ntime}-kor röviden beszélni? Jó híreim vannak.",
        "Az interjú egy órával később lesz, {ntime}-kor. Köszi!",
    ],
    "nxt_subj": ["Online teszt – határidő: {hdate}", "Referenciák"],
    "nxt": [
        "A következő lépés egy online teszt, amelyet legkésőbb {hdate} 23:59-ig kérünk kitölteni – a határidőt sajnos nem tudjuk meghosszabbítani.",
        "Elküldenéd péntekig két referenciaszemély elérhetőségét?",
    ],
}

L["el"] = {
    "ats_from": [
        "{company} Καριέρα <careers@{cdomain}>",
        "Τμήμα Προσλήψεων {company} <no-reply@jobs.{cdomain}>",
    ],
    "person_from": ["{rfull} <{rmail}>"],
    "public_from": [
        "Διεύθυνση Διοικητικού, {company} <prosopiko@{cslug}.gov.gr>",
        "Πανεπιστήμιο {company} – Τμήμα Προσωπικού <hr@{cslug}.gr>",
        "Δήμος {city} – Τμήμα Ανθρώπινου Δυναμικού <hr@{cslug}.gr>",
    ],
    "hello_f": ["Αγαπητέ/ή {first} {last},", "Αγαπητέ/ή υποψήφιε/α,", "Καλησπέρα σας,"],
    "hello_p": ["Γεια σου {first},", "Καλημέρα {first},", "Γεια σας {first},"],
    "sign_f": [
        "Με εκτίμηση,\nΗ ομάδα προσλήψεων της {company}",
        "Με φιλικούς χαιρετισμούς,\n{rfull}\n{rtitle}",
        "Με τιμή,\nΤμήμα Ανθρώπινου Δυναμικού",
    ],
    "sign_p": ["Φιλικά,\n{rfirst}", "Καλή συνέχεια,\n{rfirst}", "Ευχαριστώ,\n{rfull}"],
    "mobile": ["Εστάλη από το iPhone μου"],
    "quote": ["Στις {ndate}{year}, {ntime}, ο/η {full} <{cmail}> έγραψε:"],
    "re": ["ΑΠ:", "RE:", "Re:"],
    "thanks_f": [
        "σας ευχαριστούμε για το ενδιαφέρον σας για τη θέση {role} και για τον χρόνο που αφιερώσατε στη διαδικασία επιλογής.",
        "σας ευχαριστούμε για την αίτησή σας στην {company}.",
    ],
    "thanks_p": [
        "σε ευχαριστώ ξανά για τη [[χθεσινή|χτεσινή|προχθεσινή]] συζήτηση.",
        "συγγνώμη για την καθυστέρηση, ήθελα να έχω τη γνώμη όλης της ομάδας.",
        "ευχαριστώ για το μήνυμα και την υπομονή σου.",
    ],
    "note": [
        "Καλησπέρα {rfirst},\nήθελα να ρωτήσω αν υπάρχει κάποια εξέλιξη για τη θέση {role}.\nΕυχαριστώ,\n{first}",
        "Γεια σου {rfirst},\nευχαριστώ πολύ για τη χθεσινή συνέντευξη.\n{first}",
    ],
    "pub_head": [
        "Αρ. Πρωτ.: {ref}\n{city}, {ndate}{year}",
        "ΘΕΜΑ: Πρόσκληση εκδήλωσης ενδιαφέροντος για τη θέση {role}",
    ],
    "footer": [
        "Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντήσετε.",
        "Πολιτική προστασίας προσωπικών δεδομένων: {cdomain}/privacy",
    ],
    "rej_subj_f": [
        "Σχετικά με την αίτησή σας – {role}",
        "Ενημέρωση για τη διαδικασία επιλογής",
        "Η αίτησή σας στην {company}",
    ],
    "rej_subj_p": ["Συνέντευξη – {role}", "Θέση {role}", "ενημέρωση"],
    "rej_f": [
        "Μετά από προσεκτική αξιολόγηση, αποφασίσαμε να συνεχίσουμε με υποψηφίους των οποίων το προφίλ ταιριάζει περισσότερο στις τρέχουσες ανάγκες μας.",
        "Λυπούμαστε που σας ενημερώνουμε ότι η υποψηφιότητά σας δεν προκρίθηκε στο επόμενο στάδιο.",
        "Αποφασίσαμε να μην προχωρήσουμε με την αίτησή σας αυτή τη φορά.",
        "Η θέση έχει ήδη καλυφθεί και γι' αυτό κλείσαμε την αίτησή σας στο σύστημά μας.",
        "Δυστυχώς δεν μπορούμε να σας κάνουμε πρόταση συνεργασίας.",
    ],
    "rej_status": ["Κατάσταση: Δεν επιλέχθηκε", "Κατάσταση αίτησης: Έκλεισε"],
    "rej_pub": [
        "Σας γνωστοποιούμε ότι, σύμφωνα με τον τελικό πίνακα κατάταξης, δεν συγκαταλέγεστε στους επιλεγέντες για τη θέση.",
        "Η αίτησή σας απορρίφθηκε διότι δεν πληροί το απαιτούμενο τυπικό προσόν (πτυχίο συναφούς ειδικότητας).",
        "Σας ενημερώνουμε ότι η πρόσκληση ανακλήθηκε και η θέση δεν θα καλυφθεί.",
    ],
    "rej_p": [
        "Τελικά επιλέξαμε μια συνάδελφο με περισσότερη εμπειρία σε [[πωλήσεις B2B|διοίκηση ομάδας|SAP]].",
        "Η ομάδα, μετά από αρκετή συζήτηση, κατέληξε σε άλλον υποψήφιο – ήταν πραγματικά πολύ κοντά.",
        "Ο διευθυντής επέλεξε κάποιον εσωτερικά, που ήδη γνωρίζει το έργο.",
        "Κάναμε την πρόταση σε άλλο άτομο και τη δέχτηκε.",
    ],
    "close_p": [
        "Αν συμφωνείς, θα κρατήσω το βιογραφικό σου για μελλοντικές θέσεις.",
        "Καλή επιτυχία σε ό,τι κάνεις, ελπίζω να τα ξαναπούμε.",
    ],
    "close_f": [
        "Σας ευχόμαστε καλή επιτυχία στην επαγγελματική σας πορεία.",
        "Τα στοιχεία σας θα διαγραφούν μετά το πέρας της διαδικασίας.",
    ],
    "rej_m": [
        "Δυστυχώς προχωρήσαμε με άλλον υποψήφιο. Ευχαριστώ πολύ για τον χρόνο σου!",
        "Δεν βγήκε αυτή τη φορά, πήγαμε με κάποιον άλλο. Καλή επιτυχία!",
        "Η θέση καλύφθηκε στο μεταξύ. Ευχαριστώ για την υπομονή.",
    ],
    "rcv_subj": [
        "Λάβαμε την αίτησή σας",
        "Επιβεβαίωση αίτησης – {role}",
        "Ευχαριστούμε για την αίτηση",
    ],
    "rcv": [
        "επιβεβαιώνουμε ότι λάβαμε την αίτησή σας για τη θέση {role}.",
        "η αίτησή σας καταχωρίστηκε με αριθμό πρωτοκόλλου {ref}.",
    ],
    "rcv_cond": [
        "Αν δεν επικοινωνήσουμε μαζί σας μέσα σε τρεις εβδομάδες, σημαίνει ότι προχωρήσαμε με άλλους υποψηφίους.",
        "Θα επικοινωνήσουμε μόνο με όσους περάσουν στο επόμενο στάδιο· σε περίπτωση που δεν επιλεγείτε, τα στοιχεία σας θα διαγραφούν σε έξι μήνες.",
        "Όποιο κι αν είναι το αποτέλεσμα, θα σας ενημερώσουμε με email.",
    ],
    "inv_subj": ["Πρόσκληση σε συνέντευξη – {role}", "Δεύτερος γύρος", "Αλλαγή ώρας συνέντευξης"],
    "inv": [
        "θα θέλαμε να σας προσκαλέσουμε σε συνέντευξη στις {ndate} και ώρα {ntime} στο γραφείο μας ({city}).",
        "δυστυχώς πρέπει να μεταθέσω την αυριανή μας κλήση – σε βολεύει Παρασκευή την ίδια ώρα;",
        "χαίρομαι που σου λέω ότι περνάς στον δεύτερο γύρο! Πότε θα μπορούσες να μιλήσεις με τον διευθυντή;",
        "σας ενημερώνουμε ότι κληθήκατε σε προφορική συνέντευξη στις {ndate}{year}, ώρα {ntime}.",
    ],
    "inv_m": [
        "Μπορούμε να μιλήσουμε αύριο στις {ntime}; Έχω καλά νέα.",
        "Η συνέντευξη πάει μία ώρα αργότερα, στις {ntime}. Ευχαριστώ!",
    ],
    "nxt_subj": ["Online τεστ – προθεσμία {ndate}", "Συστάσεις"],
    "nxt": [
        "το επόμενο βήμα είναι ένα online τεστ, το οποίο παρακαλούμε να ολοκληρώσετε έως τις {ndate}, 23:59 – δυστυχώς η προθεσμία δεν παρατείνεται.",
        "μπορείς να μου στείλεις έως την Παρασκευή τα στοιχεία δύο ατόμων για συστάσεις;",
    ],
}

L["no"] = {
    "ats_from": [
        "{company} Rekruttering <noreply@jobb.{cdomain}>",
        "Karriere i {company} <karriere@{cdomain}>",
    ],
    "person_from": ["{rfull} <{rmail}>"],
    "public_from": [
        "HR-avdelingen, {company} kommune <postmottak@{cslug}.kommune.no>",
        "Universitetet i {city} – HR <rekruttering@{cslug}.no>",
        "{company}direktoratet <jobb@{cslug}.no>",
    ],
    "hello_f": ["Hei {first},", "Til søkeren", "Kjære {first} {last},"],
    "hello_p": ["Hei {first}!", "Hei {first},", "Hallo {first},"],
    "sign_f": [
        "Med vennlig hilsen\nRekrutteringsteamet i {company}",
        "Vennlig hilsen\n{rfull}\n{rtitle}",
        "Beste hilsen\nHR, {company}",
    ],
    "sign_p": ["Mvh\n{rfirst}", "Ha en fin dag!\n{rfirst}", "Hilsen {rfull}"],
    "mobile": ["Sendt fra min iPhone"],
    "quote": ["{ndate}{year} kl. {ntime} skrev {full} <{cmail}>:"],
    "re": ["SV:", "Sv:", "RE:"],
    "thanks_f": [
        "Takk for søknaden din på stillingen som {role} og for interessen for {company}.",
        "Takk for at du tok deg tid til å søke hos oss.",
    ],
    "thanks_p": [
        "Takk igjen for en god prat på [[tirsdag|torsdag|mandag]].",
        "Beklager at det har tatt tid – jeg ville ha tilbakemelding fra alle i panelet først.",
        "Takk for e-posten og for tålmodigheten.",
    ],
    "note": [
        "Hei {rfirst},\nJeg lurte på om det er noe nytt angående stillingen som {role}?\nMvh {first}",
        "Hei {rfirst}!\nTakk for intervjuet i går, det var veldig hyggelig.\n{first}",
    ],
    "pub_head": ["Vår ref.: {year}/{ref}\n{city}, {ndate}{year}", "Saksnummer: {ref}"],
    "footer": [
        "Denne e-posten kan ikke besvares.",
        "Les om hvordan vi behandler personopplysninger: {cdomain}/personvern",
    ],
    "rej_subj_f": ["Angående søknaden din – {role}", "Svar på søknad", "Din søknad hos {company}"],
    "rej_subj_p": ["Intervju – {role}", "Stillingen som {role}", "oppfølging"],
    "rej_f": [
        "Vi har mottatt mange gode søknader og har valgt å gå videre med kandidater som samsvarer enda bedre med behovene våre.",
        "Vi må dessverre meddele at du ikke går videre i prosessen.",
        "Vi har besluttet å ikke gå videre med søknaden din denne gangen.",
        "Stillingen er nå besatt, og vi har derfor avsluttet søknaden din i systemet vårt.",
        "Vi kan dessverre ikke tilby deg intervju.",
    ],
    "rej_status": ["Status: Ikke aktuell", "Søknadsstatus: Avsluttet"],
    "rej_pub": [
        "Innstillingsrådet har behandlet saken, og du er ikke blant de innstilte til stillingen.",
        "Du oppfyller ikke de formelle kvalifikasjonskravene i utlysningen (relevant mastergrad), og søknaden din er derfor ikke vurdert videre.",
        "Utlysningen er trukket tilbake, og stillingen blir ikke besatt nå.",
    ],
    "rej_p": [
        "Vi endte opp med en kandidat som har litt mer erfaring med [[offentlige anskaffelser|økonomistyring|drift]].",
        "Teamet landet etter mye diskusjon på en annen kandidat – det var veldig jevnt.",
        "Lederen valgte en intern kandidat som allerede kjenner prosjektet.",
        "Vi har tilbudt stillingen til en annen, og han har takket ja.",
    ],
    "close_p": [
        "Hvis det er greit, tar jeg vare på CV-en din til senere stillinger.",
        "Lykke til videre – håper vi møtes igjen.",
    ],
    "close_f": [
        "Vi ønsker deg lykke til videre.",
        "Opplysningene dine slettes seks måneder etter at rekrutteringen er avsluttet.",
    ],
    "rej_m": [
        "Vi har gått videre med en annen kandidat. Takk for tiden din!",
        "Det ble ikke deg denne gangen – vi valgte en annen. Lykke til!",
        "Stillingen er besatt nå. Takk for at du søkte.",
    ],
    "rcv_subj": ["Vi har mottatt søknaden din", "Bekreftelse – {role}", "Takk for søknaden"],
    "rcv": [
        "Vi bekrefter at vi har mottatt søknaden din på stillingen som {role}.",
        "Søknaden din er registrert med nummer {ref}, og vi leser søknadene etter søknadsfristen.",
    ],
    "rcv_cond": [
        "Hører du ikke fra oss innen fire uker, har vi valgt å gå videre med andre kandidater.",
        "Vi kontakter bare dem som går videre; blir du ikke aktuell, slettes opplysningene dine etter seks måneder.",
        "Uansett utfall får du beskjed fra oss på e-post.",
    ],
    "inv_subj": [
        "Invitasjon til intervju – {role}",
        "Andre intervju",
        "Nytt tidspunkt for intervju",
    ],
    "inv": [
        "Vi vil gjerne invitere deg til intervju {ndate} kl. {ntime} på kontoret vårt i {city}.",
        "Jeg må dessverre flytte samtalen vår i morgen – passer fredag samme tid?",
        "Hyggelig å kunne fortelle at du går videre til andre runde! Når passer det å møte lederen?",
        "Du er innkalt til intervju {ndate}{year} kl. {ntime}. Vennligst bekreft at tidspunktet passer.",
    ],
    "inv_m": [
        "Har du tid til en kort prat i morgen kl. {ntime}? Gode nyheter!",
        "Intervjuet flyttes en time, til kl. {ntime}. Takk!",
    ],
    "nxt_subj": ["Test – frist {ndate}", "Referanser"],
    "nxt": [
        "Neste steg er en nettbasert test som må være gjennomført innen {ndate} kl. 23.59 – fristen kan dessverre ikke forlenges.",
        "Kan du sende navn og nummer til to referanser innen fredag?",
    ],
}

LANGS = list(L)


def _ctx(r: R) -> None:
    r.c["ndate"] = f"{r.rng.randint(1, 28)}.{r.rng.randint(1, 12)}."
    day, month = r.rng.randint(1, 28), r.rng.randint(1, 12)
    r.c["hdate"] = f"{month:02d}. {day:02d}."  # Hungarian order: month, day
    r.c["ntime"] = r.choice(["9:00", "10:30", "11:00", "13:00", "14:15", "15:30", "16:00"])


def _quote(r: R, v: dict[str, list[str]]) -> str:
    text = r(v["note"])
    return r(v["quote"]) + "\n" + "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _opening(r: R, v: dict[str, list[str]], hello: str, key: str) -> str:
    """The greeting and the opening line; a line after a comma-ended greeting starts lower
    case as the languages write it, after anything else upper case."""
    line = r(v[key])
    return hello + "\n" + (line if hello.endswith(",") else _cap(line))


def _letter_skeleton(r: R, v, core: str, status: str | None, footer_p: float, *, close=None) -> str:
    """An ATS / portal letter: optional header, greeting, thanks, the core, optional status
    record, close, team sign-off, optional footer."""
    head = r.maybe(0.3, ["{company}", "[logo] {company}", "{company} | " + r(v["rcv_subj"][:1])])
    hello = r(v["hello_f"])
    parts = [head, _opening(r, v, hello, "thanks_f") if r.chance(0.8) else hello, _cap(core)]
    if status:
        parts.append(r(["{role} ({req})\n", "{role} – {city}\n", "#{ref} {role}\n"]) + status)
    parts.append(r.maybe(0.6, close or v["close_f"]))
    parts.append(r(v["sign_f"]))
    parts.append(r.maybe(footer_p, v["footer"]))
    return r.body(*parts)


def _public_skeleton(r: R, v, core: str, close=None) -> str:
    parts = [
        r(v["pub_head"]),
        r(v["hello_f"]),
        _cap(core),
        r.maybe(0.5, close or v["close_f"]),
        r(v["sign_f"]),
    ]
    return r.body(*parts)


def _person_skeleton(r: R, v, core: str, close: str, quote_p: float) -> str:
    hello = r(v["hello_p"])
    parts = [
        _opening(r, v, hello, "thanks_p") if r.chance(0.75) else hello,
        _cap(core),
        close,
        r(v["sign_p"]),
    ]
    if r.chance(0.2):
        parts.append(r(v["mobile"]))
    if r.chance(quote_p):
        parts.append(_quote(r, v))
    return r.body(*parts)


def _mobile_skeleton(r: R, v, core: str) -> str:
    hello = r.maybe(0.5, v["hello_p"])
    line = _cap(core)
    sig = r(["{rfirst}", "– {rfirst}", "{rfirst} ({company})", ""])
    body = (hello + " " + line).strip() if r.chance(0.5) else r.body(hello, line)
    return r.body(body, sig, r.maybe(0.5, v["mobile"]))


def _re_subject(r: R, v, subjects: list[str]) -> str:
    s = r(subjects)
    pre = r(v["re"])
    return r(
        [
            pre + " " + s,
            pre + " " + pre + " " + s,
            pre + " [EXT] " + pre + " " + s,
            s,
        ]
    )


def rejection_letter(lang: str):
    """ATS notices and public-sector / university letters that refuse."""
    v = L[lang]

    def fn(rng, c):
        r = R(rng, c)
        _ctx(r)
        mode = r.choice(["ats", "ats", "status", "public"])
        if mode == "public":
            return r(v["rej_subj_f"]), _public_skeleton(r, v, r(v["rej_pub"])), r(v["public_from"])
        if mode == "status":
            body = _letter_skeleton(r, v, r(v["rej_f"][-2:]), r(v["rej_status"]), 0.7)
            return r(v["rej_subj_f"]), body, r(v["ats_from"])
        return (
            r(v["rej_subj_f"]),
            _letter_skeleton(r, v, r(v["rej_f"]), None, 0.4),
            r(v["ats_from"]),
        )

    fn.unpadded = True
    return fn


def rejection_note(lang: str):
    """A recruiter's personal note after an interview, or a short mobile reply, that refuses."""
    v = L[lang]

    def fn(rng, c):
        r = R(rng, c)
        _ctx(r)
        if r.chance(0.3):
            return (
                _re_subject(r, v, v["rej_subj_p"]),
                _mobile_skeleton(r, v, r(v["rej_m"])),
                r(v["person_from"]),
            )
        body = _person_skeleton(r, v, r(v["rej_p"]), r.maybe(0.7, v["close_p"]), 0.5)
        return _re_subject(r, v, v["rej_subj_p"]), body, r(v["person_from"])

    fn.unpadded = True
    return fn


def confirmation(lang: str):
    """Confirmations in the ATS and public voices whose silence clause says the refusal
    conditionally."""
    v = L[lang]

    def fn(rng, c):
        r = R(rng, c)
        _ctx(r)
        core = r(v["rcv"]) + " " + r(v["rcv_cond"])
        if r.chance(0.25):
            return (
                r(v["rcv_subj"]),
                _public_skeleton(r, v, core, v["close_f"][-1:]),
                r(v["public_from"]),
            )
        status = r.maybe(0.3, ["#{ref}", "{role} – #{ref}"])
        return (
            r(v["rcv_subj"]),
            _letter_skeleton(r, v, core, status or None, 0.5, close=v["close_f"][-1:]),
            r(v["ats_from"]),
        )

    fn.unpadded = True
    return fn


def invitation(lang: str):
    """Interview invitations and moves in the personal, mobile and public voices."""
    v = L[lang]

    def fn(rng, c):
        r = R(rng, c)
        _ctx(r)
        if r.chance(0.25):
            return (
                _re_subject(r, v, v["inv_subj"]),
                _mobile_skeleton(r, v, r(v["inv_m"])),
                r(v["person_from"]),
            )
        if r.chance(0.2):
            return (
                r(v["inv_subj"][:1]),
                _public_skeleton(r, v, r(v["inv"][-1:]), [""]),
                r(v["public_from"]),
            )
        body = _person_skeleton(r, v, r(v["inv"][:3]), "", 0.4)
        return _re_subject(r, v, v["inv_subj"]), body, r(v["person_from"])

    fn.unpadded = True
    return fn


def task(lang: str):
    """Assessments and reference requests with deadlines, in the ATS and personal voices."""
    v = L[lang]

    def fn(rng, c):
        r = R(rng, c)
        _ctx(r)
        if r.chance(0.5):
            return (
                r(v["nxt_subj"][:1]),
                _letter_skeleton(r, v, r(v["nxt"][:1]), None, 0.5, close=v["close_f"][-1:]),
                r(v["ats_from"]),
            )
        body = _person_skeleton(r, v, r(v["nxt"]), "", 0.3)
        return _re_subject(r, v, v["nxt_subj"]), body, r(v["person_from"])

    fn.unpadded = True
    return fn
