# ruff: noqa: E501, S311
"""Write data/blind/written-31.jsonl: training mail, nineteenth batch (breadth).

Twenty-third pass, part G. Fresh mail is weakest where it is unusual, in precision and recall
alike; this batch writes the unusual, with twins in the same channels:

* (a) ~80 ``rejection`` in trades, sectors and channels far from office ATS mail (hospitality,
  trade apprenticeships, healthcare support, seasonal and outdoor work, the arts, sport,
  volunteering roles with a selection, gig platforms; text messages, WhatsApp exports, Teams and
  Slack notifications, voicemail transcripts, scanned letters, calendar cancellations with a
  note, hiring-board card moves, forwarded mail), most without "unfortunately" or "regret";
* (b) 50 ``rejection`` in fifteen widely spoken languages (fr, de, es, pt, it, nl, pl, sv, tr,
  ru, ja, zh, id, ar, ko) and 40 confirmations and invitations in the same languages;
* (c) ~100 not-rejections that carry refusal words: refusals that are not about a job (a flat
  let to someone else, a loan or card declined, a grant not funded, a school, club or course
  place not offered, a permit or visa refused, an allotment list, a prize not won, a talk,
  abstract or essay not accepted, an insurance claim or a return refused) and job receipts and
  status mail in the same trades that talk of a refusal still to come;
* (d) ~50 invitations, next steps and offers in the same trades and channels (some with an
  "unfortunately" that moves a date, or a "not" in another sense).

    python data/blind/make_written31.py           # writes the file (seed 310311)
    python data/blind/make_written31.py --langs   # make-up by kind and shell
    python data/blind/make_written31.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import re
import sys
import textwrap
import unicodedata
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

SEED = 310311
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import finish, lengths, makeup, record, run, sealed  # noqa: E402

OUT = HERE / "written-31.jsonl"
PROVENANCE = "written for rejectwatch issue 11 twenty-third pass as training mail, nineteenth batch, breadth: trades, channels, languages, non-job refusals (make_written31.py)"
PREFIX = "blind-w31"  # the read-slice prefix: train-only in grouped CV, weight READ_SLICE_WEIGHT
SEALED = sealed(22)  # never opened, skipped by name (an earlier first, as when written)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")

RJ = "rejection"
AR = "application_received"
IV = "interview_invitation"
NS = "next_steps"
OF = "offer"
OJ = "other_job"
NJ = "non_job_rejection_words"

# Templates: (name, kind, sector, shells, subject, core). A sector picks the company, the roles
# and, for a language, the names and cities. One copy per shell listed (a shell listed twice
# gives two copies of one family). Braced fields are filled per copy.
TRADES = (
    # (a) rejections in trades and channels
    ("trial-shift-no", RJ, "hosp", ("wa", "sms", "pm"), "Saturday trial",
     "Hey {first}, thanks for grafting through Saturday's trial with us. We've taken on someone with more grill time under their belt, so there's no job here for you just now. Go well with the job hunt!"),
    ("hotel-assessment-letter", RJ, "hosp", ("ocr", "fw", "ht"), "{role} - assessment afternoon",
     "You gave up an afternoon for the {role} assessment at {org}, and we noticed. Once we had weighed up everyone who took part, the positions went to other candidates, which means this intake closes without a place for you."),
    ("chef-voicemail", RJ, "hosp", ("vm", "vm", "wa"), "{role}",
     "Hi {first}, it's {hm} from {org}, about the {role} job. Ringing to say it's been filled, erm, we went with a chef who's run a pass for a few seasons already. Didn't want you hanging on for us. Cheers, bye."),
    ("cancel-trial-cal", RJ, "hosp", ("cal", "tm", "sl"), "{role} trial",
     "Hi {first}, I've pulled Thursday's trial out of the diary. The {role} job has been given to another applicant in the meantime, so there's nothing left to trial for. Apologies for the short notice."),
    ("bar-board-card", RJ, "hosp", ("bd", "bd", "gp"), "Bar team hiring",
     "Moved to: Not hired\nNote from {hm}: no evening availability Fri/Sat, which is the whole job. Closing the card."),
    ("apprentice-intake-letter", RJ, "trade", ("ocr", "fw", "pm"), "Apprenticeship intake {year}",
     "Our electrical apprenticeship intake drew a lot of interest this year, yours included. Over ninety young people applied for six places, and yours was not picked for the practical day. A pre-apprenticeship course at the local college would strengthen a future application, and the next intake opens in April."),
    ("plumber-text-mate", RJ, "trade", ("sms", "wa", "pm"), "Apprentice spot",
     "Hi {first}, {hm} from {org}. Sorry pal, the apprentice spot's gone to a lad who's been labouring with us all summer. Keep plugging away at it."),
    ("site-card-cscs", RJ, "trade", ("bd", "gp", "bd"), "Site operatives",
     "Moved to: Not taken forward\nNote from {hm}: CSCS card lapsed and we need boots on site Monday. Passing on this applicant."),
    ("sparky-mate-voicemail", RJ, "trade", ("vm", "vm", "wa"), "Electrician's mate",
     "Hiya {first}, {hm} here from {org}, ringing about the mate's job. We've given it to a fella who's got his own van and tools, so it's not gonna be you this time, sorry bud. Ta-ra."),
    ("joinery-forwarded", RJ, "trade", ("fw", "fw", "ht"), "Your application: {role}",
     "We've now met everyone on the {role} shortlist and appointed a joiner with site-carpentry experience. That closes your application; the sample drawings you sent were lovely work and we appreciated them."),
    ("ward-panel-teams", RJ, "care", ("tm", "fw", "ht"), "{role} interview outcome",
     "Hi {first}, following your interview for the {role} post on {day}, the panel decided not to appoint you this time. Feedback's yours for the asking this week."),
    ("homecare-driver-vm", RJ, "care", ("vm", "sms", "wa"), "Carer role",
     "Hello {first}, this is {hm} at {org} returning your call. About the carer job, there isn't a position we can give you at the minute, because the rural rounds need a driver and you said you don't drive. If that changes, do ring us back."),
    ("nhs-style-shortlist", RJ, "care", ("ht", "fw", "ocr"), "Outcome: {role} ({ref})",
     "Application ref {ref}, {role}\nOutcome: Not shortlisted\nShortlisters compared what you wrote with each essential requirement listed for the post; two of those weren't evidenced, so the application has stopped at this stage."),
    ("ward-internal-slack", RJ, "care", ("tm", "sl", "fw"), "Ward 7 post",
     "Quick heads-up before the formal email lands: the bank-to-permanent post on Ward 7 has gone to another colleague. Your interview was solid and I'd back you for the next one that comes up."),
    ("picking-crew-full", RJ, "outdoor", ("pm", "wa", "sms"), "Picking season",
     "We've got our full picking crew sorted for the season now, so there won't be a spot for you this year. Thanks for getting in touch so early on."),
    ("winter-season-html", RJ, "outdoor", ("ht", "fw", "gp"), "Your winter season application",
     "Thanks for wanting a winter season with {org}. Every {role} place for this season has been handed out, which ends your application. Summer hiring starts in March."),
    ("instructor-second-chat", RJ, "outdoor", ("cal", "cal", "tm"), "{role} - second chat",
     "Sorry {first} - cancelling our second chat. We're taking on an instructor who already holds the paddlesport coach award, so your application stops here. All the best for the season."),
    ("audition-casting", RJ, "arts", ("ht", "fw", "pm"), "Spring production: casting",
     "Thank you for auditioning for {org}'s spring production. The casting team has finished recalls, and there is no part for you in this show. We saw a great many strong auditions and hope you'll try the next open call too."),
    ("orchestra-trial-letter", RJ, "arts", ("ocr", "fw", "pm"), "Trial period: {role}",
     "Following the trial period, the section and the music director have decided against offering you the position of {role}. This reflects what the section needs next season and is not a verdict on your playing alone."),
    ("gallery-slack-lower", RJ, "arts", ("sl", "tm", "pm"), "{role}",
     "hey {first} - update on the {role} thing. we're giving it to someone who's curated a show before, so that's a no for you this round. loved your portfolio though"),
    ("festival-crew-full", RJ, "arts", ("gp", "wa", "pm"), "Festival site crew",
     "The {org} site crew is now full. Your application to join it wasn't picked, mostly because we needed people free for the whole build week."),
    ("coach-badge-card", RJ, "sport", ("bd", "gp", "pm"), "{role}",
     "Moved to: Unsuccessful\nNote from {hm}: the other applicants hold the Level 2 badge we need for the under-14s. Application closed."),
    ("lifeguard-swim-test", RJ, "sport", ("sms", "wa", "gp"), "Pool test",
     "{org}: Hi {first}, after Tuesday's pool test we're not taking you on as a lifeguard: your timed 50m came in over the limit. You're welcome to retest in 8 weeks."),
    ("pro-contract-trial", RJ, "sport", ("pm", "fw", "ht"), "Trial outcome",
     "The coaching staff watched the whole fortnight's trial closely. They've chosen not to put a professional contract in front of you at this stage, and your registration with the club lapses on the 30th."),
    ("lifeboat-crew-panel", RJ, "vol", ("pm", "ocr", "fw"), "Crew selection",
     "Thanks for coming to the crew taster evenings. The station's selection panel sat on {day} and is not taking you onto the crew this year; right now it needs crew living within six minutes of the boathouse. Shore crew is always glad of extra hands, should you want to stay involved."),
    ("shelter-induction-no", RJ, "vol", ("ht", "gp", "sms"), "Volunteer application",
     "You applied to volunteer as a {role} at {org}. After your induction interview we won't be placing you in that role. Our volunteer coordinator can suggest other ways to help."),
    ("driver-not-approved", RJ, "gig", ("gp", "gp", "sms"), "Your driver application",
     "Your application to drive with {org} has not been approved. Having reviewed your background check, we can't activate your account in {city}."),
    ("courier-vehicle-no", RJ, "gig", ("ht", "gp", "fw"), "Courier application update",
     "We've finished reviewing your courier application. Your vehicle falls outside our requirements for {city}, so we can't approve you to deliver right now."),
)

LANGS = (
    # (b) rejections in fifteen languages
    ("fr-hotel-retenu", RJ, "fr", ("pm", "wa"), "Votre candidature - {role}",
     "Bonjour {first},\n\nMerci d'être venu(e) mardi à l'hôtel. Au terme des entretiens, nous avons confié la place de {role} à une candidate déjà formée ; votre dossier s'arrête donc là pour cette saison. Bonne route pour la suite.\n\n{hm}"),
    ("fr-apprenti-sms", RJ, "fr", ("sms", "fw"), "Apprentissage",
     "Bonjour {first}, c'est {hm} de {org}. Pour l'apprentissage, on a pris quelqu'un d'autre cette année, désolé. Bon courage pour la suite !"),
    ("de-pflege-absage", RJ, "de", ("pm", "hl"), "Ihre Bewerbung als {role}",
     "Hallo {first},\n\ndanke, dass Sie zum Gespräch und zum Probetag auf unsere Station gekommen sind. Die Wahl ist mittlerweile auf eine andere Bewerberin gefallen; die Stelle als {role} können wir Ihnen deshalb nicht geben. Beruflich weiterhin viel Erfolg!\n\n{hm}"),
    ("de-handwerk-wa", RJ, "de", ("wa", "sms"), "Ausbildungsplatz",
     "Hi {first}, hier {hm} von {org}. Den Ausbildungsplatz haben wir leider schon vergeben, an jemanden aus dem Praktikum. Viel Glück weiterhin!"),
    ("es-temporada", RJ, "es", ("pm", "wa"), "Temporada de verano - {role}",
     "Hola {first}:\n\nGracias por presentarte a la temporada de verano con nosotros. Ya hemos cubierto todas las plazas de {role}, así que esta vez no podemos contar contigo. Guardamos tus datos para la próxima temporada.\n\n{hm}"),
    ("es-cocina-sms", RJ, "es", ("sms", "fw"), "Puesto en cocina",
     "Hola {first}, soy {hm} de {org}. Al final el puesto de cocina se lo hemos dado a otro candidato con más experiencia. Mucha suerte."),
    ("pt-obra", RJ, "pt", ("pm", "hl"), "Candidatura - {role}",
     "Olá {first},\n\nObrigado pelo interesse em trabalhar na {org}. Depois de vermos todos os perfis, a vaga de {role} ficou para outra pessoa. Boa sorte nas próximas oportunidades.\n\n{hm}"),
    ("pt-br-entregador", RJ, "pt", ("wa", "sms"), "Cadastro de entregador",
     "Oi {first}! Aqui é a equipe da {org}. Seu cadastro como entregador não foi aprovado desta vez porque a documentação da moto está vencida. Qualquer dúvida é só chamar."),
    ("it-stagione", RJ, "it", ("pm", "fw"), "Candidatura {role}",
     "{first}, buongiorno!\n\nTi scrivo dopo il colloquio di settimana scorsa. Per il posto di {role} abbiamo preso un ragazzo che lavorava già da noi l'anno passato, quindi quest'estate non lavoreremo insieme. In bocca al lupo!\n\n{hm}"),
    ("it-orchestra", RJ, "it", ("hl", "pm"), "Esito audizione",
     "Gentile {first},\n\nla commissione ha chiuso le audizioni per il posto di {role}. Il suo nome non figura tra quelli ammessi alla prova successiva. Grazie di aver partecipato.\n\n{hm}"),
    ("nl-horeca", RJ, "nl", ("pm", "wa"), "Je sollicitatie als {role}",
     "Hoi {first},\n\nBedankt voor je proefdraaien afgelopen zaterdag. We hebben gekozen voor iemand met meer ervaring achter de bar, dus we gaan niet met je verder. Succes met zoeken!\n\n{hm}"),
    ("nl-zorg", RJ, "nl", ("hl", "fw"), "Uitslag selectie {role}",
     "Beste {first},\n\nNa de gesprekken koos de selectiecommissie voor andere kandidaten voor de functie {role}; zij pasten beter bij wat het team nu nodig heeft. Voor jou stopt de procedure hier. Dank voor je tijd en interesse.\n\n{hm}"),
    ("pl-magazyn", RJ, "pl", ("pm", "sms"), "Rekrutacja - {role}",
     "Dzień dobry {first},\n\ndzięki za zgłoszenie na stanowisko {role}. Po rozmowach wybraliśmy kandydata z uprawnieniami UDT, więc tym razem nie złożymy Pani/Panu oferty. Powodzenia!\n\n{hm}"),
    ("pl-sezon-wa", RJ, "pl", ("wa", "fw"), "Praca sezonowa",
     "Cześć {first}, tu {hm} z {org}. Niestety wszystkie miejsca na sezon są już zajęte i tym razem nie możemy Cię przyjąć. Odezwij się w przyszłym roku!"),
    ("sv-restaurang", RJ, "sv", ("pm", "hl"), "Din ansökan - {role}",
     "Hej {first},\n\nStort tack för din ansökan till jobbet som {role}. Platsen gick till någon annan, så vi fortsätter inte med dig nu. Ha det fint framöver!\n\n{hm}"),
    ("sv-sommarjobb", RJ, "sv", ("sms", "wa"), "Sommarjobb",
     "Hej {first}! {org} här. Nu har vi fyllt alla sommarplatser, så det blev tyvärr ingen plats för dig i år. Sök gärna igen nästa vår."),
    ("tr-otel", RJ, "tr", ("pm", "fw"), "{role} başvurunuz hakkında",
     "Merhaba {first},\n\nOtelimize gösterdiğiniz ilgi için teşekkür ederiz. {role} pozisyonu için yaptığımız değerlendirme sonucunda başka bir adayla devam etme kararı aldık. Size kariyerinizde başarılar dileriz.\n\n{hm}"),
    ("tr-kurye-sms", RJ, "tr", ("sms", "wa"), "Kurye başvurusu",
     "{org}: Merhaba {first}, kurye başvurunuz şu an için onaylanmadı. Ehliyet belgeniz eksik görünüyor."),
    ("ru-sklad", RJ, "ru", ("pm", "hl"), "Ваш отклик на вакансию {role}",
     "Здравствуйте, {first}!\n\nСпасибо за интерес к вакансии {role} в {org}. На следующий этап мы вас не зовём: сейчас нужен человек с опытом работы на погрузчике и удостоверением.\n\nС уважением,\n{hm}"),
    ("ru-povar-wa", RJ, "ru", ("wa", "sms"), "Повар",
     "{first}, добрый день! Это {hm} из {org}. Мы взяли на место повара другого человека, так что в этот раз не получилось. Удачи вам!"),
    ("ja-baito", RJ, "ja", ("pm", "hl"), "【{org}】選考結果のご連絡",
     "{full}様\n\nこの度は{org}の{role}にご応募いただき、誠にありがとうございました。慎重に選考を行いました結果、誠に残念ながら今回は採用を見送らせていただくこととなりました。{full}様の今後のご活躍をお祈り申し上げます。\n\n{hm}"),
    ("zh-canting", RJ, "zh", ("pm", "wa"), "关于您应聘{role}的结果",
     "{first}您好：\n\n感谢您参加我们餐厅的面试。经过综合考虑，我们决定录用其他候选人，这次就不能与您合作了。祝您早日找到合适的工作。\n\n{hm}"),
    ("id-ojol", RJ, "id", ("wa", "sms"), "Pendaftaran mitra",
     "Halo {first}, pendaftaran kamu sebagai mitra pengemudi {org} belum bisa kami setujui karena foto SIM tidak terbaca. Kamu bisa daftar ulang setelah 30 hari."),
    ("ar-funduq", RJ, "ar", ("pm", "fw"), "بخصوص طلبك لوظيفة {role}",
     "عزيزي {first}،\n\nشكرًا لاهتمامك بالانضمام إلى فريق {org} ولوقتك في المقابلة. وقع اختيارنا على مرشح آخر لهذا المنصب، ولن نتمكن من متابعة طلبك. مع أطيب الأمنيات.\n\n{hm}"),
    ("ko-cafe", RJ, "ko", ("pm", "sms"), "[{org}] 지원 결과 안내",
     "{first}님, 안녕하세요.\n\n{org} {role} 자리에 지원해 주셔서 감사합니다. 아쉽게도 이번에는 다른 지원자와 함께하기로 결정했습니다. 앞으로 좋은 일 가득하시길 바랍니다.\n\n{hm}"),
    # twins in the same languages: receipts and invitations
    ("fr-recu-si", AR, "fr", ("pm", "hl"), "Candidature reçue - {role}",
     "Bonjour {first},\n\nVotre dossier pour la place de {role} est bien arrivé chez nous. Le chef le lira cette semaine. S'il n'est pas retenu, un mail vous le dira : ici, personne ne reste sans réponse.\n\n{hm}"),
    ("fr-essai-invite", IV, "fr", ("sms", "wa"), "Journée d'essai",
     "Bonjour {first}, c'est {hm} de {org}. Votre profil nous plaît : pouvez-vous venir faire un essai {next} à 10h ? Prévoyez des chaussures de sécurité."),
    ("de-eingang", AR, "de", ("hl", "pm"), "Eingangsbestätigung: {role}",
     "Hallo {first},\n\nIhre Bewerbung als {role} ist bei uns angekommen. Die Auswahl treffen wir nach Ende der Bewerbungsfrist. Eine Absage bekommen Sie nicht ungefragt erst nach Monaten: Sie hören in jedem Fall innerhalb von drei Wochen von uns.\n\n{hm}"),
    ("de-probetag", IV, "de", ("wa", "sms"), "Probetag",
     "Hi {first}, {hm} von {org}. Hast du {next} Zeit für einen Probetag in der Werkstatt? Start 7 Uhr, Arbeitskleidung stellen wir."),
    ("es-recibida", AR, "es", ("pm", "hl"), "Hemos recibido tu solicitud",
     "Hola {first}:\n\nTu solicitud para {role} ha llegado bien. Si al final tu perfil no cuadra con esta temporada, te lo diremos igualmente; si cuadra, te llamamos para una entrevista.\n\n{hm}"),
    ("es-entrevista", IV, "es", ("wa", "sms"), "Entrevista",
     "Hola {first}, soy {hm} de {org}. ¿Te vendría bien pasarte {next} a las 17:00 para una entrevista corta? Trae el DNI."),
    ("pt-recebida", AR, "pt", ("hl", "pm"), "Recebemos a sua candidatura",
     "Olá {first},\n\nA sua candidatura para {role} chegou até nós. Se não for chamado para entrevista, mandamos uma mensagem até ao fim do mês.\n\n{hm}"),
    ("it-colloquio", IV, "it", ("sms", "wa"), "Colloquio",
     "Ciao {first}, sono {hm} di {org}. Il tuo curriculum ci ha colpito: riesci a passare {next} alle 11 per un colloquio in sala?"),
    ("nl-ontvangen", AR, "nl", ("pm", "hl"), "Ontvangstbevestiging",
     "Hoi {first},\n\nJe sollicitatie voor {role} is goed binnengekomen. Word je niet uitgenodigd, dan hoor je dat binnen twee weken van ons; geen bericht betekent dus nog niets.\n\n{hm}"),
    ("pl-zaproszenie", IV, "pl", ("sms", "wa"), "Zaproszenie na rozmowę",
     "Dzień dobry {first}, z tej strony {hm} z {org}. Zapraszamy na rozmowę {next} o 9:00 w magazynie przy bramie nr 2. Proszę potwierdzić SMS-em."),
    ("sv-intervju", IV, "sv", ("pm", "wa"), "Intervju - {role}",
     "Hej {first},\n\nVi vill bjuda in dig att prata om tjänsten som {role}. Funkar {next} kl. 14 i köket?\n\n{hm}"),
    ("tr-davet", IV, "tr", ("pm", "sms"), "Görüşme daveti",
     "Merhaba {first},\n\n{role} başvurunuz için sizinle tanışmak istiyoruz. {next} saat 10:00'da otelimizde görüşmeye gelebilir misiniz?\n\n{hm}"),
    ("ru-priglashenie", IV, "ru", ("wa", "pm"), "Приглашение на собеседование",
     "{first}, здравствуйте! Приглашаем вас на собеседование на должность {role} {next} в 11:00. Адрес склада пришлю отдельным сообщением."),
    ("ja-mensetsu", IV, "ja", ("hl", "pm"), "【{org}】面接日程のご案内",
     "{full}様\n\nこの度はご応募いただきありがとうございます。書類選考の結果、ぜひ面接にお越しいただきたく、ご連絡いたしました。{next} 14時はご都合いかがでしょうか。\n\n{hm}"),
    ("zh-shoudao", AR, "zh", ("pm", "sms"), "已收到您的申请",
     "{first}您好，我们已收到您应聘{role}的简历。如果未能进入面试，我们也会在两周内告知您结果，请耐心等待。\n\n{hm}"),
    ("id-terima", AR, "id", ("hl", "pm"), "Lamaran diterima",
     "Halo {first},\n\nTerima kasih, lamaran kamu untuk posisi {role} sudah kami terima. Kalau belum cocok, kami tetap akan mengabari lewat email ini.\n\n{hm}"),
    ("id-wawancara", IV, "id", ("wa", "sms"), "Undangan wawancara",
     "Halo {first}, ini {hm} dari {org}. Kamu diundang wawancara {next} jam 13.00 di kantor kami. Mohon bawa KTP dan CV cetak ya."),
    ("ar-muqabala", IV, "ar", ("pm", "wa"), "دعوة لمقابلة",
     "مرحبًا {first}،\n\nيسعدنا دعوتك لمقابلة شخصية لوظيفة {role} يوم {next} الساعة العاشرة صباحًا في مقر {org}. نرجو تأكيد الحضور.\n\n{hm}"),
    ("ko-jeopsu", AR, "ko", ("hl", "pm"), "[{org}] 지원서 접수 완료",
     "{first}님, {role} 지원서 잘 받았습니다. 검토가 끝나면 합격이든 불합격이든 모든 분께 결과를 따로 연락드립니다.\n\n{hm}"),
    ("ko-myeonjeop", IV, "ko", ("sms", "wa"), "면접 안내",
     "{first}님 안녕하세요, {org} {hm}입니다. {next} 오후 3시에 매장에서 면접 가능하실까요? 편하게 오시면 됩니다."),
)

OTHERS = (
    # (c) refusals that are not about a job
    ("flat-let-else", NJ, "let", ("pm", "sms", "fw"), "Flat on {street}",
     "Hi {first}, cheers for coming round to see the flat on {day}. Somebody else's offer won the landlord over, so it's gone. A one-bed on Carver Street comes up next month if that's any use."),
    ("room-gone-wa", NJ, "let", ("wa", "vm", "gp"), "Room",
     "hiya, sorry, the room's gone - we let it to someone who could move in on the 1st. good luck with the search x"),
    ("rental-app-no", NJ, "let", ("gp", "ht", "fw"), "Rental application: {street}",
     "Your rental application for {street} was not successful. The property manager picked a different applicant; the holding deposit comes back to your card in five working days."),
    ("viewing-cancelled-cal", NJ, "let", ("cal", "cal", "tm"), "Viewing",
     "Cancelling this viewing: the landlord agreed terms with an earlier applicant last night, and the place is taken. Sorry {first}."),
    ("loan-declined", NJ, "loan", ("ht", "ocr", "gp"), "Your loan application",
     "Your request to borrow {amount} over three years has been assessed, and we cannot approve it. Part of the decision rests on data held about you by a credit bureau, which we can name on request."),
    ("card-limit-sms", NJ, "loan", ("sms", "gp", "fw"), "Credit limit request",
     "{org}: we've declined the increase to your card limit that you asked for. The reason is in the app under Account > Limits."),
    ("mortgage-decline-letter", NJ, "loan", ("ocr", "pm", "fw"), "Mortgage application {ref}",
     "Our underwriters have now reviewed your mortgage application. As the valuation came in below the agreed purchase price, lending on this property is not something we can do at present."),
    ("grant-not-funded", NJ, "grant", ("ht", "ocr", "pm"), "Small Grants round",
     "On {day} the panel went through everything sent in to the Small Grants round. 142 came in and 19 could be funded. Your application, '{project}', was not among those funded; written feedback follows next month."),
    ("school-place-waitlist", NJ, "school", ("ocr", "fw", "ht"), "School place offer",
     "We cannot offer {child} a Reception place at {org} for September. Every place went to children ranked higher under the admissions criteria. {child} has been put seventh in the queue for any place that comes free."),
    ("swim-squad-full", NJ, "club", ("pm", "wa", "ht"), "Squad assessment",
     "Thanks for bringing {child} along to the assessment session. The squad is full this term, which means no place for {child} in the Performance group. The January assessments are another chance."),
    ("course-oversubscribed", NJ, "school", ("gp", "ht", "sms"), "Evening course",
     "Your place on the evening Upholstery course wasn't confirmed - the course is oversubscribed. Your name has gone onto the spring-term list instead."),
    ("planning-refused", NJ, "permit", ("ocr", "fw", "ht"), "Planning application {ref}",
     "Planning application {ref}: Decision - Refused.\nThe proposed two-storey rear extension would cause an unacceptable loss of light to the neighbouring house, contrary to policy H4."),
    ("visa-refused", NJ, "permit", ("ocr", "fw", "gp"), "Decision on your visa application",
     "Visitor visa: refused. From the evidence supplied, I am not satisfied you intend to depart when the proposed visit ends. A fresh application with more documents may be made."),
    ("allotment-list", NJ, "allot", ("pm", "sms", "wa"), "Allotment plot",
     "No plots free on the Hillcrest site this year, I'm afraid - everyone's renewed. You're number 23 on the waiting list."),
    ("photo-prize-not-won", NJ, "comp", ("ht", "gp", "pm"), "This year's prize",
     "The judges have picked the winners and the shortlist, and neither includes your entry. More than 3,000 photographs came in this year."),
    ("abstract-not-accepted", NJ, "pub", ("ht", "pm", "fw"), "Abstract #{ref}",
     "Your abstract #{ref} has not been accepted for presentation at the conference. The programme committee received 412 submissions for 60 slots."),
    ("talk-not-picked", NJ, "pub", ("sl", "tm", "pm"), "CFP",
     "Thanks for the CFP submission! We didn't pick your talk this year - the programme was massively oversubscribed. Still hoping you'll come along as an attendee!"),
    ("essay-pass", NJ, "pub", ("pm", "fw", "ht"), "Your essay",
     "Many thanks for letting us read your essay. We went through it closely and it's not one for the magazine, so we'll pass."),
    ("claim-declined", NJ, "ins", ("ocr", "ht", "gp"), "Claim {ref}",
     "Our assessor has completed the review of your water damage claim. Your cover leaves out damage from a slow leak that built up over time, which is what the assessor found, and so this claim will not be paid."),
    ("return-refused", NJ, "ret", ("gp", "ht", "sms"), "Return request #{ref}",
     "Your return request for order #{ref} was declined: the item came back after the 30-day window."),
    # (c) job receipts and status mail in the same trades that talk of a refusal to come
    ("hosp-received-text", AR, "hosp", ("sms", "wa", "gp"), "{role} application",
     "{org}: Thanks {first}, got your application for {role}. If we haven't rung by Friday, we've filled the shifts this time."),
    ("apprentice-receipt-letter", AR, "trade", ("ocr", "fw", "ht"), "Apprenticeship scheme {year}",
     "Your application for our apprenticeship scheme has arrived safely. Shortlisting happens in March; anyone not shortlisted gets a letter saying so, and every application stays on file for a year."),
    ("care-status-received", AR, "care", ("ht", "gp", "bd"), "Application status: {role}",
     "Status: Application received. Not yet reviewed.\nYou'll get an email once shortlisting is done, shortlisted or not."),
    ("picking-form-wa", AR, "outdoor", ("wa", "sms", "pm"), "Picking crew",
     "got your form, thanks! we sort the crew out in the last week of the month - if there's no space we'll tell you straight."),
    ("audition-request-received", AR, "arts", ("ht", "pm", "fw"), "Audition request",
     "Your request for an audition slot has reached us. We can't see everyone who applies; anyone without a slot will get an email by {date}."),
    ("trial-request-received", AR, "sport", ("gp", "sms", "pm"), "Trial registration",
     "Registration received for the open trial. Numbers are capped at 60, and if the cap is reached before your form is processed we'll refund the fee and tell you."),
    ("volunteer-form-received", AR, "vol", ("ht", "gp", "fw"), "Volunteer application",
     "Thanks for applying to volunteer. Not every applicant becomes a volunteer with us: we match people to roles after a short induction chat, which we'll book with you soon."),
    ("gig-docs-pending", OJ, "gig", ("gp", "gp", "sms"), "Documents under review",
     "Your documents are being checked, which usually takes 3-5 days. If something doesn't meet our requirements we'll tell you what's missing rather than closing your application."),
    ("card-reviewing-not-no", OJ, "trade", ("bd", "bd", "gp"), "Site operatives",
     "Moved to: Reviewing\nNote from {hm}: not a no - waiting on references before we decide."),
    ("no-decision-vm", OJ, "hosp", ("vm", "vm", "wa"), "{role}",
     "Hi {first}, {hm} at {org}. Nothing decided on the {role} job so far, still meeting people this week. Yes or no, I'll phone by Friday."),
    ("ward-panel-not-met", OJ, "care", ("tm", "sl", "pm"), "Ward 7 post",
     "No news on the Ward 7 post yet - the panel hasn't sat. Don't read anything into the silence; nobody has been turned down."),
    ("hotel-received-html", AR, "hosp", ("ht", "fw", "ht"), "We have your application",
     "Your application for {role} at {org} is with our housekeeping manager. If you aren't chosen for an interview, an email will tell you within fourteen days; if you are, we'll phone."),
    ("season-received-gp", AR, "outdoor", ("gp", "ht", "fw"), "Season application received",
     "Your {role} application for the coming season is in. We won't know numbers until the bookings settle in February, so no decisions get made before then."),
    ("festival-not-yet", OJ, "arts", ("wa", "sl", "pm"), "Crew",
     "not forgotten you! crew list isn't done yet and nobody's been turned away so far. should know by the 20th"),
    # (d) invitations, next steps and offers in the same trades and channels
    ("trial-invite-wa", IV, "hosp", ("wa", "sms", "pm"), "Trial shift",
     "Hi {first}, loved your CV. Can you do a trial shift {next} from 5 till 9? Wear black, we'll feed you."),
    ("chef-reschedule", IV, "hosp", ("pm", "tm", "sms"), "{role} interview",
     "Unfortunately our head chef is off sick on {day}, so your interview will have to shift to {next} at 3pm. Sorry for the faff - can you still make it?"),
    ("practical-day-letter", NS, "trade", ("ocr", "fw", "ht"), "Practical assessment day",
     "Please come to our apprenticeship practical day on {next} at 8.30am. Bring steel-toe boots; you will not need any tools of your own."),
    ("start-monday-vm", OF, "trade", ("vm", "vm", "wa"), "Job",
     "Alright {first}, {hm} here. Good news, we want you for the job. Monday, half seven at the yard, if that suits. Give us a bell back."),
    ("hca-interview-invite", IV, "care", ("ht", "fw", "tm"), "Interview: {role}",
     "Your application for {role} has made the shortlist. Interviews are on {next} at our {city} site; bring a passport or driving licence and something showing you're allowed to work here."),
    ("care-conditional-offer", NS, "care", ("gp", "ht", "fw"), "Conditional offer - next steps",
     "Good news: the {role} post is yours, subject to checks. Next, please complete your DBS check and health questionnaire through the portal by {date}."),
    ("picking-offer", OF, "outdoor", ("pm", "wa", "sms"), "Picking season",
     "There's a spot on the picking crew for you from {next} if you want it. A caravan pitch comes with it, and there's no need to bring bedding."),
    ("recall-arts", IV, "arts", ("ht", "sl", "fw"), "Recall",
     "You've been recalled for {role}! Recalls are on {next}. Please don't prepare a new monologue; bring the same piece, and a song if you have one."),
    ("recall-cal", IV, "arts", ("ci", "ci", "ci"), "Recall audition",
     "Recall for {role}. Studio 2, stage door entrance. Wear clothes you can move in."),
    ("sport-trial-invite", IV, "sport", ("gp", "pm", "sms"), "Trial invitation",
     "The academy squad wants a look at you over a two-day trial on {next}. Kit is provided; bring boots and a water bottle."),
    ("volunteer-induction", NS, "vol", ("ht", "fw", "gp"), "Volunteer induction",
     "Good news: you've been selected to attend our volunteer induction on {next}. It runs 6-8pm and there's no cost to you."),
    ("gig-approved", NS, "gig", ("gp", "gp", "sms"), "You're approved",
     "You're approved! Finish onboarding in the app to start taking jobs in {city}. It only takes ten minutes."),
    ("card-to-interview", IV, "hosp", ("bd", "bd", "sl"), "Bar team hiring",
     "Moved to: Interview\nNote from {hm}: booked in for {next}, 10:30, not the Tuesday slot."),
    ("teams-internal-interview", IV, "care", ("tm", "sl", "ci"), "Ward 7 interview",
     "Hi {first}, good news - the Ward 7 post panel wants to interview you. {next} at 2pm in the seminar room - nothing to prepare beyond a think about a shift that went badly and what you did."),
    ("come-for-chat-vm", IV, "outdoor", ("vm", "vm", "wa"), "Chat",
     "Hi {first}, {hm} from {org}, calling to see if you could pop in to talk about the {role} job, maybe {next}? No need to bring anything. Call me back when you get this."),
    ("offer-letter-ocr", OF, "sport", ("ocr", "fw", "pm"), "Offer of employment",
     "It gives us pleasure to appoint you as {role}, starting {date}. This appointment is not conditional on any further interview; kindly sign the duplicate enclosed and post it back."),
    ("reschedule-cal", IV, "trade", ("ci", "ci", "tm"), "Interview moved",
     "Unfortunately the workshop is shut that morning, so your interview now sits on {next}. Same place, same people."),
)

# Sectors: companies (name, domain) and roles. A language's sector also brings its own names and
# cities; the English sectors draw from one mixed pool.
SECTORS = {
    "hosp": ((("The Gannet Inn", "gannetinn.example"), ("Larchfield Hotel & Spa", "larchfield.example"), ("Bramble Street Kitchen", "bramblestreet.example"), ("Portside Oyster Bar", "portsideoyster.example")),
             ("Commis Chef", "Breakfast Cook", "Room Attendant", "Bar Back", "Night Porter", "Sous Chef")),
    "trade": ((("Harrowgate Electrical", "harrowgate-elec.example"), ("Penrose Plumbing & Heating", "penroseph.example"), ("Kestrel Joinery", "kestreljoinery.example"), ("Tarn Valley Builders", "tarnvalley.example")),
              ("Apprentice Electrician", "Trainee Plumber", "Bench Joiner", "Groundworker", "Scaffolder's Labourer", "Apprentice Bricklayer")),
    "care": ((("Meadowbank Care Home", "meadowbankcare.example"), ("St Aldric's Hospital Trust", "staldrics.example"), ("Willowmere Home Care", "willowmere.example"), ("Northgate Pathology", "northgatepath.example")),
             ("Healthcare Assistant", "Phlebotomist", "Domiciliary Carer", "Ward Housekeeper", "Theatre Porter", "Activities Coordinator")),
    "outdoor": ((("Highfold Estate", "highfold.example"), ("Fernhill Orchards", "fernhill.example"), ("Cairnside Outdoor Centre", "cairnside.example"), ("Blue Mooring Boatyard", "bluemooring.example")),
                ("Fruit Picker", "Paddlesport Instructor", "Chalet Host", "Ski Technician", "Estate Ranger", "Boatyard Hand")),
    "arts": ((("Limekiln Theatre Company", "limekiln.example"), ("Old Granary Arts Centre", "oldgranary.example"), ("Quayside Youth Orchestra", "quaysideyo.example"), ("Saltmarsh Gallery", "saltmarsh.example")),
             ("Assistant Stage Manager", "Second Violin (rank and file)", "Gallery Invigilator", "Ensemble Actor", "Lighting Technician", "Assistant Curator")),
    "sport": ((("Ravensworth Rovers FC", "ravensworthrovers.example"), ("Ashgrove Leisure Centre", "ashgroveleisure.example"), ("Tidewater Rowing Club", "tidewaterrc.example"), ("Summit Climbing Walls", "summitwalls.example")),
              ("Pool Lifeguard", "Under-14s Coach", "Wall Supervisor", "Academy Goalkeeper", "Groundsperson", "Boat Club Coach")),
    "vol": ((("Harbourlight Lifeboat Station", "harbourlight.example"), ("Greenway Conservation Volunteers", "greenwaycv.example"), ("City Night Shelter", "citynightshelter.example"), ("Fellside Mountain Rescue", "fellsidemr.example")),
            ("Night Shelter Volunteer", "Crew Member", "Befriender", "Trail Warden", "Helpline Listener", "Kitchen Volunteer")),
    "gig": ((("ShiftPal", "shiftpal.example"), ("Dropcart", "dropcart.example"), ("Taskmint", "taskmint.example"), ("CourierCloud", "couriercloud.example")),
            ("Delivery Rider", "Event Steward (shift)", "Warehouse Picker (shift)", "Driver", "Cleaner (shift)", "Van Courier")),
    "let": ((("Birchall Lettings", "birchall.example"), ("Keystone Residential", "keystoneres.example"), ("Hopwood & Lane Estates", "hopwoodlane.example")), ("",)),
    "loan": ((("Pennyfield Credit Union", "pennyfieldcu.example"), ("Arbor Bank", "arborbank.example"), ("FlexiCard", "flexicard.example")), ("",)),
    "grant": ((("Coldharbour Community Fund", "coldharbourfund.example"), ("Northern Arts Trust", "northernarts.example")), ("",)),
    "school": ((("Thornbury Primary School", "thornbury.example"), ("Westfield Adult Learning", "westfieldal.example"), ("Hollins Lane Academy", "hollinslane.example")), ("",)),
    "club": ((("Riverside Swim Club", "riversideswim.example"), ("Cobbleton Youth Choir", "cobbletonchoir.example")), ("",)),
    "permit": ((("Eastbrook District Council", "eastbrook.example"), ("Visa and Immigration Office", "visa-office.example")), ("",)),
    "allot": ((("Hillcrest Allotment Society", "hillcrestallot.example"),), ("",)),
    "comp": ((("Coastline Photo Prize", "coastlineprize.example"), ("Open Lens Awards", "openlens.example")), ("",)),
    "pub": ((("Soil Ecology Congress", "soilecolcongress.example"), ("PyNorth Conference", "pynorth.example"), ("The Wren Review", "wrenreview.example")), ("",)),
    "ins": ((("Harbour Mutual Insurance", "harbourmutual.example"), ("Brightline Home Cover", "brightline.example")), ("",)),
    "ret": ((("Brightwell Home Store", "brightwell.example"), ("Nookshop", "nookshop.example")), ("",)),
    "fr": ((("Hôtel des Remparts", "hotelremparts.example"), ("Boulangerie Lacroix", "lacroix.example")), ("réceptionniste de nuit", "commis de cuisine", "boulanger apprenti")),
    "de": ((("Pflegeheim Am Lindenhof", "lindenhof-pflege.example"), ("Tischlerei Brandl", "tischlerei-brandl.example")), ("Pflegehelferin", "Tischler-Azubi", "Küchenhilfe")),
    "es": ((("Chiringuito La Caleta", "lacaleta.example"), ("Hotel Mirador del Sur", "miradorsur.example")), ("camarero de sala", "socorrista", "ayudante de cocina")),
    "pt": ((("Construtora Ribeiro & Filhos", "ribeirofilhos.example"), ("Entrega Já", "entregaja.example")), ("servente de obra", "pintor", "entregador")),
    "it": ((("Rifugio Val d'Ossola", "rifugiovaldossola.example"), ("Orchestra Sinfonica di Lecco", "oslecco.example")), ("cameriere di sala", "violoncello di fila", "aiuto cuoco")),
    "nl": ((("Café De Zwaan", "dezwaan.example"), ("Zorggroep Het Anker", "hetanker.example")), ("barmedewerker", "verzorgende IG", "afwasser")),
    "pl": ((("Magazyn Wisła Logistyka", "wislalog.example"), ("Gospodarstwo Sadownicze Kowal", "sadkowal.example")), ("magazynier", "operator wózka widłowego", "pracownik sezonowy")),
    "sv": ((("Restaurang Norrsken", "norrsken.example"), ("Skärgårdens Kajak", "skargardkajak.example")), ("kock", "diskare", "kajakguide")),
    "tr": ((("Otel Akdeniz Mavisi", "akdenizmavisi.example"), ("Hızlı Paket Kurye", "hizlipaket.example")), ("ön büro görevlisi", "kat görevlisi", "kurye")),
    "ru": ((("Склад «Северный»", "sklad-severny.example"), ("Кафе «Самовар»", "kafe-samovar.example")), ("кладовщик", "повар", "комплектовщик")),
    "ja": ((("カフェ小町", "cafe-komachi.example"), ("ホテル潮騒", "hotel-shiosai.example")), ("ホールスタッフ", "調理補助", "フロント係")),
    "zh": ((("海棠餐厅", "haitang.example"), ("云杉酒店", "yunshan-hotel.example")), ("服务员", "厨房帮工", "前台接待")),
    "id": ((("GasKeun", "gaskeun.example"), ("Warung Kopi Senja", "kopisenja.example")), ("barista", "kasir", "mitra pengemudi")),
    "ar": ((("فندق النخيل", "alnakheel-hotel.example"), ("مطعم الياسمين", "alyasmeen.example")), ("موظف استقبال", "مساعد طاهٍ", "عامل خدمة غرف")),
    "ko": ((("카페 한결", "cafe-hangyeol.example"), ("바다호텔", "badahotel.example")), ("바리스타", "홀 서빙", "프런트 직원")),
}
# Templates whose words name a kind of place or post: the company (by name) and the posts they
# are sent from and about, so a lifeboat's letter comes from the lifeboat station.
PIN = {
    "chef-voicemail": (None, ("Sous Chef", "Commis Chef")), "bar-board-card": ("Portside Oyster Bar", ("Bar Back",)),
    "card-to-interview": ("Portside Oyster Bar", ("Bar Back",)), "chef-reschedule": (None, ("Commis Chef", "Breakfast Cook")),
    "hotel-received-html": ("Larchfield Hotel & Spa", ("Room Attendant",)), "hotel-assessment-letter": ("Larchfield Hotel & Spa", None),
    "apprentice-intake-letter": ("Harrowgate Electrical", None), "sparky-mate-voicemail": ("Harrowgate Electrical", None),
    "plumber-text-mate": ("Penrose Plumbing & Heating", None), "joinery-forwarded": ("Kestrel Joinery", ("Bench Joiner",)),
    "site-card-cscs": ("Tarn Valley Builders", ("Groundworker", "Scaffolder's Labourer")), "card-reviewing-not-no": ("Tarn Valley Builders", ("Groundworker", "Scaffolder's Labourer")),
    "homecare-driver-vm": ("Willowmere Home Care", None), "ward-internal-slack": ("St Aldric's Hospital Trust", None),
    "ward-panel-not-met": ("St Aldric's Hospital Trust", None), "teams-internal-interview": ("St Aldric's Hospital Trust", None),
    "ward-panel-teams": ("St Aldric's Hospital Trust", ("Healthcare Assistant", "Ward Housekeeper", "Theatre Porter")),
    "picking-crew-full": ("Fernhill Orchards", ("Fruit Picker",)), "picking-offer": ("Fernhill Orchards", ("Fruit Picker",)), "picking-form-wa": ("Fernhill Orchards", ("Fruit Picker",)),
    "winter-season-html": ("Cairnside Outdoor Centre", ("Chalet Host", "Ski Technician")), "instructor-second-chat": ("Cairnside Outdoor Centre", ("Paddlesport Instructor",)),
    "come-for-chat-vm": (None, ("Estate Ranger", "Boatyard Hand", "Paddlesport Instructor")), "season-received-gp": (None, ("Chalet Host", "Ski Technician", "Estate Ranger")),
    "audition-casting": ("Limekiln Theatre Company", None), "recall-arts": ("Limekiln Theatre Company", ("Ensemble Actor",)),
    "recall-cal": ("Limekiln Theatre Company", ("Ensemble Actor",)), "audition-request-received": ("Limekiln Theatre Company", None),
    "orchestra-trial-letter": ("Quayside Youth Orchestra", ("Second Violin (rank and file)",)), "gallery-slack-lower": ("Saltmarsh Gallery", ("Assistant Curator",)),
    "festival-crew-full": ("Old Granary Arts Centre", None), "festival-not-yet": ("Old Granary Arts Centre", None),
    "coach-badge-card": ("Ravensworth Rovers FC", ("Under-14s Coach",)), "lifeguard-swim-test": ("Ashgrove Leisure Centre", ("Pool Lifeguard",)),
    "pro-contract-trial": ("Ravensworth Rovers FC", None), "sport-trial-invite": ("Ravensworth Rovers FC", None), "trial-request-received": ("Ravensworth Rovers FC", None),
    "offer-letter-ocr": (None, ("Groundsperson", "Wall Supervisor", "Boat Club Coach")),
    "lifeboat-crew-panel": ("Harbourlight Lifeboat Station", ("Crew Member",)), "shelter-induction-no": ("City Night Shelter", ("Night Shelter Volunteer", "Kitchen Volunteer")),
    "card-limit-sms": ("FlexiCard", None), "mortgage-decline-letter": ("Arbor Bank", None), "loan-declined": ("Pennyfield Credit Union", None),
    "school-place-waitlist": ("Thornbury Primary School", None), "course-oversubscribed": ("Westfield Adult Learning", None),
    "planning-refused": ("Eastbrook District Council", None), "visa-refused": ("Visa and Immigration Office", None),
    "abstract-not-accepted": ("Soil Ecology Congress", None), "talk-not-picked": ("PyNorth Conference", None), "essay-pass": ("The Wren Review", None),
    "swim-squad-full": ("Riverside Swim Club", None),
    "fr-hotel-retenu": ("Hôtel des Remparts", ("réceptionniste de nuit", "commis de cuisine")), "fr-apprenti-sms": ("Boulangerie Lacroix", None),
    "fr-recu-si": (None, ("commis de cuisine",)), "de-pflege-absage": ("Pflegeheim Am Lindenhof", ("Pflegehelferin",)),
    "de-handwerk-wa": ("Tischlerei Brandl", None), "de-probetag": ("Tischlerei Brandl", None),
    "pt-obra": ("Construtora Ribeiro & Filhos", ("servente de obra", "pintor")), "pt-br-entregador": ("Entrega Já", None),
    "it-stagione": ("Rifugio Val d'Ossola", ("cameriere di sala", "aiuto cuoco")), "it-orchestra": ("Orchestra Sinfonica di Lecco", ("violoncello di fila",)),
    "it-colloquio": ("Rifugio Val d'Ossola", None), "nl-horeca": ("Café De Zwaan", ("barmedewerker", "afwasser")), "nl-zorg": ("Zorggroep Het Anker", ("verzorgende IG",)),
    "pl-magazyn": ("Magazyn Wisła Logistyka", ("operator wózka widłowego",)), "pl-sezon-wa": ("Gospodarstwo Sadownicze Kowal", None), "pl-zaproszenie": ("Magazyn Wisła Logistyka", None),
    "sv-restaurang": ("Restaurang Norrsken", ("kock", "diskare")), "sv-intervju": ("Restaurang Norrsken", ("kock", "diskare")),
    "tr-otel": ("Otel Akdeniz Mavisi", ("ön büro görevlisi", "kat görevlisi")), "tr-kurye-sms": ("Hızlı Paket Kurye", None), "tr-davet": ("Otel Akdeniz Mavisi", ("ön büro görevlisi", "kat görevlisi")),
    "ru-sklad": ("Склад «Северный»", ("кладовщик", "комплектовщик")), "ru-povar-wa": ("Кафе «Самовар»", None), "ru-priglashenie": ("Склад «Северный»", ("кладовщик", "комплектовщик")),
    "zh-canting": ("海棠餐厅", ("服务员", "厨房帮工")), "id-ojol": ("GasKeun", None), "id-terima": ("Warung Kopi Senja", ("barista", "kasir")),
    "id-wawancara": ("Warung Kopi Senja", ("barista", "kasir")), "ar-funduq": ("فندق النخيل", None), "ko-cafe": ("카페 한결", ("바리스타", "홀 서빙")),
}
EN_PEOPLE = (("Callum", "Rigby"), ("Shannon", "Doherty"), ("Tariq", "Mahmood"), ("Niamh", "Costello"), ("Jordan", "Pike"), ("Leanne", "Bostock"),
             ("Ravi", "Mistry"), ("Kayla", "Forsythe"), ("Dylan", "Mchugh"), ("Ellie", "Braithwaite"), ("Marcus", "Oyelaran"), ("Sinead", "Kearney"),
             ("Brody", "Tamaki"), ("Hollie", "Wainwright"), ("Jesse", "Okonkwo"), ("Gracie", "Lund"), ("Owen", "Prys"), ("Amara", "Delacroix"))
EN_CITIES = ("Whitby", "Kendal", "Dundee", "Galway", "Swansea", "Hobart", "Halifax", "Dunedin", "Preston", "Truro")
LANG_PEOPLE = {
    "fr": (("Camille", "Bertrand"), ("Yanis", "Morel"), ("Léa", "Fontaine"), ("Mathis", "Girard")),
    "de": (("Jana", "Vogt"), ("Lukas", "Hartmann"), ("Selin", "Aydın"), ("Tobias", "Kraus")),
    "es": (("Lucía", "Navarro"), ("Álvaro", "Ortega"), ("Marta", "Iglesias"), ("Iker", "Castro")),
    "pt": (("Beatriz", "Matos"), ("Thiago", "Moreira"), ("Inês", "Correia"), ("Rafael", "Pinto")),
    "it": (("Chiara", "Ferri"), ("Matteo", "Colombo"), ("Sara", "Galli"), ("Davide", "Longo")),
    "nl": (("Sanne", "Bakker"), ("Daan", "Visser"), ("Fleur", "Mulder"), ("Bram", "Smit")),
    "pl": (("Zuzanna", "Wójcik"), ("Kacper", "Lewandowski"), ("Natalia", "Kamińska"), ("Bartek", "Nowicki")),
    "sv": (("Elsa", "Lindgren"), ("Oskar", "Berg"), ("Maja", "Holm"), ("Viktor", "Sandberg")),
    "tr": (("Elif", "Demir"), ("Emre", "Kaya"), ("Zeynep", "Şahin"), ("Burak", "Yıldız")),
    "ru": (("Анна", "Соколова"), ("Дмитрий", "Волков"), ("Мария", "Лебедева"), ("Игорь", "Морозов")),
    "ja": (("美咲", "佐藤"), ("大輝", "高橋"), ("葵", "伊藤"), ("健太", "渡辺")),
    "zh": (("晓雯", "李"), ("俊杰", "王"), ("思琪", "张"), ("浩然", "陈")),
    "id": (("Putri", "Lestari"), ("Bayu", "Saputra"), ("Dewi", "Anggraini"), ("Rizky", "Pratama")),
    "ar": (("ليلى", "حداد"), ("يوسف", "العلي"), ("نور", "منصور"), ("عمر", "الخطيب")),
    "ko": (("지은", "김"), ("민준", "이"), ("서연", "박"), ("도윤", "최")),
}
LANG_CITIES = {"fr": ("Nantes", "Annecy"), "de": ("Passau", "Kassel"), "es": ("Cádiz", "Santander"), "pt": ("Braga", "Recife"), "it": ("Lecco", "Bolzano"),
               "nl": ("Zwolle", "Leiden"), "pl": ("Toruń", "Rzeszów"), "sv": ("Umeå", "Visby"), "tr": ("Antalya", "Bursa"), "ru": ("Тверь", "Казань"),
               "ja": ("金沢", "松本"), "zh": ("杭州", "成都"), "id": ("Bandung", "Malang"), "ar": ("عمّان", "الدوحة"), "ko": ("부산", "전주")}
PHONES = ("+44 7700 9{0}", "+353 87 {0}", "+61 412 {0}", "+1 902 555 {0}", "+64 21 {0}")
LANG_PHONES = {"fr": "+33 6 12 {0}", "de": "+49 151 2{0}", "es": "+34 612 {0}", "pt": "+351 912 {0}", "it": "+39 347 {0}", "nl": "+31 6 21{0}",
               "pl": "+48 601 {0}", "sv": "+46 70 1{0}", "tr": "+90 532 {0}", "ru": "+7 916 {0}", "ja": "+81 90 1{0}", "zh": "+86 138 1{0}",
               "id": "+62 812 {0}", "ar": "+962 79 {0}", "ko": "+82 10 2{0}"}
CHILDREN = ("Isla", "Freddie", "Maisie", "Alfie", "Ruby", "Theo")
STREETS = ("Flat 2, 41 Linnet Road", "14B Tanners Court", "7 Alder Rise", "Top floor, 88 Gorse Street")
PROJECTS = ("Pop-up repair café", "Riverside mural walk", "Seniors' tablet club", "Bee meadow on Marsh Lane")
AMOUNTS = ("£4,000", "£7,500", "€6,000", "$5,200")
WORKSPACES = ("crewroom", "ward7-team", "granary-staff", "site-ops")
BOARDS = ("Cardwall", "PinStack Hiring")
# What the reader sent first in a WhatsApp chat (English sectors only), neutral for every kind.
OPENERS = ("Hi, is now an ok time to message about the {role} job?", "Morning! Just checking my number came through ok", "Hello, {first} here - I sent my details over last week")
# Notes on a forwarded mail: whoever forwards it adds a line that says nothing of the outcome.
FW_NOTES = ("Mum - this came to the house for you, opened it by mistake, sorry!", "Forwarding from the old inbox.", "Passing this on - it went to the shared family account.",
            "{first}, this landed in my work email for some reason.", "fyi, see below")


def mailbox(name: str, stem: str) -> str:
    """An address's local part: the name in ASCII, or (a name in another script) a stem and a
    number drawn from its letters, the same on every run."""
    local = re.sub(r"[^a-z.]", "", unicodedata.normalize("NFKD", name.lower())).strip(".")
    return local if re.search(r"[a-z]{2}", local) else f"{stem}{sum(map(ord, name)) % 9000 + 1000}"


class Maker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.records: list[dict] = []
        self.shells: Counter[tuple[str, str]] = Counter()

    def context(self, sector: str, name: str) -> dict:
        rng = self.rng
        orgs, roles = SECTORS[sector]
        pin_org, pin_roles = PIN.get(name, (None, None))
        org, domain = next(o for o in orgs if o[0] == pin_org) if pin_org else rng.choice(orgs)
        roles = pin_roles or roles
        lang = sector if sector in LANG_PEOPLE else None
        people = LANG_PEOPLE[lang] if lang else EN_PEOPLE
        (hm, hm_sur), (first, surname) = rng.sample(people, 2)
        sent = datetime(2026, 9, 21, 7, 0) + timedelta(days=rng.randrange(90), minutes=rng.randrange(12 * 60), seconds=rng.randrange(60))
        later = sent + timedelta(days=rng.randrange(3, 20))
        before = sent - timedelta(days=rng.randrange(2, 8))
        east = lang in ("ja", "zh", "ko")
        return {
            "first": first, "surname": surname, "full": f"{surname}{first}" if east else f"{first} {surname}",
            "hm": hm, "hm_full": f"{hm_sur}{hm}" if east else f"{hm} {hm_sur}", "org": org, "domain": domain, "lang": lang,
            "role": rng.choice(roles), "city": rng.choice(LANG_CITIES[lang] if lang else EN_CITIES),
            "ref": f"{rng.choice(('', 'A', 'PL/', 'R-'))}{rng.randrange(1000, 99999)}", "year": sent.year + 1,
            "date": f"{later.day} {MONTHS[later.month - 1]}", "day": f"{before:%A} {before.day} {MONTHS[before.month - 1]}",
            "next": f"{later.month}月{later.day}日" if lang in ("ja", "zh") else f"{later.month}월 {later.day}일" if lang == "ko" else f"{later.day}/{later.month}" if lang else f"{later:%A} {later.day} {MONTHS[later.month - 1]}",
            "stamp": f"{sent:%d/%m/%Y, %H:%M}", "sent": sent, "later": later,
            "phone": (LANG_PHONES[lang] if lang else rng.choice(PHONES)).format(rng.randrange(100000, 999999)), "child": rng.choice(CHILDREN),
            "street": rng.choice(STREETS), "project": rng.choice(PROJECTS), "amount": rng.choice(AMOUNTS),
            "datehdr": f"{sent:%a, %d %b %Y %H:%M:%S} +0000",
        }

    def shell(self, code: str, subject: str, core: str, c: dict) -> tuple[str, str, str]:  # noqa: PLR0911, PLR0912 - one branch per shell
        """The subject, body and sender of one channel (a text, a chat, a letter, an app) around ``core``."""
        rng = self.rng
        org, dom, first, hm, full = c["org"], c["domain"], c["first"], c["hm"], c["full"]
        own = bool(re.match(r"(Dear |Hey |Hi |Hiya |Hello |hey |Alright |Sorry |Cancelling )", core)) or bool(c["lang"])
        hm_addr = mailbox(c["hm_full"].replace(" ", "."), "team")
        person = f"{c['hm_full']} <{hm_addr}@{dom}>"
        reader = mailbox(f"{first}.{c['surname']}", "reader")
        me = f"{full} <{reader}@post.example>"
        if code == "pm":  # a short email from a person at a small outfit
            if c["lang"]:
                return (subject, f"{core}\n\n{org}\n{c['city']}", person)
            hello = "" if own else f"Hi {first},\n\n"
            sign = rng.choice(("Cheers", "Best", "Thanks again", "All the best", "Speak soon"))
            return (subject, f"{hello}{core}\n\n{sign},\n{hm}\n{org} | {c['phone']}", person)
        if code == "sms":  # a text message mirrored into the mailbox by a forwarding app
            return (f"Text from {hm if rng.random() < 0.5 else c['phone']}",
                    f"{core}\n\n--\nSMS received {c['stamp']} from {c['phone']}. Mirrored to email by PocketRelay; replies here are not sent as texts.", "PocketRelay <mirror@pocketrelay.example>")
        if code == "wa":  # a WhatsApp chat the reader exported to themselves
            t = c["sent"]
            lines = []
            if not c["lang"]:
                lines.append(f"[{t - timedelta(hours=rng.randrange(20, 60)):%d/%m/%Y, %H:%M:%S}] {full}: {rng.choice(OPENERS).format(**c)}")
            for n, part in enumerate(p for p in core.split("\n") if p.strip() and p != hm):  # no signature line in a chat
                lines.append(f"[{t + timedelta(minutes=n):%d/%m/%Y, %H:%M:%S}] {c['hm_full']}: {part}")
            return (f"WhatsApp Chat with {c['hm_full']}", "Exported chat, media left out.\n\n" + "\n".join(lines), me)
        if code == "fw":  # someone forwards the original mail
            note = rng.choice(FW_NOTES).format(**c)
            return (f"Fwd: {subject}",
                    f"{note}\n\n---------- Forwarded message ---------\nFrom: {org} <hello@{dom}>\nSent: {c['sent'].day} {MONTHS[c['sent'].month - 1]} {c['sent'].year} at {c['sent']:%H:%M}\nSubject: {subject}\n\n{core}\n\n{hm}, {org}",
                    f"Pat {c['surname']} <pat.family@homemail.example>")
        if code == "vm":  # a voicemail transcript from the phone company
            secs = rng.randrange(18, 59)
            return (f"Voicemail from {c['phone']} (0:{secs:02d})",
                    f"Caller: {c['phone']}\nLength: 0:{secs:02d}\nReceived: {c['stamp']}\n\nTranscript (automatic, may contain mistakes):\n{core}\n\nPlay it in the Calls tab. Transcripts are deleted after 30 days.",
                    "Visual Voicemail <voicemail@tidalmobile.example>")
        if code == "tm":  # a Teams missed-message notification
            return (f"{c['hm_full']} sent you a message",
                    f"{c['hm_full']} ({org}) sent you a chat message\n\n{core}\n\nAnswer in Teams\n\nWe emailed because this message went unread for a while. Notification settings are under Activity.",
                    "Microsoft Teams <no-reply@teams-notify.example>")
        if code == "sl":  # a Slack direct-message digest
            ws = rng.choice(WORKSPACES)
            return (f"[Slack] New direct message from {hm} in {ws}",
                    f"{c['hm_full']}  {c['sent']:%H:%M}\n{core}\n\nOpen Slack: https://{ws}.slack.example/messages\n\nSent because a DM waited unread in {ws}. Adjust email alerts in your Slack preferences.",
                    "Slack <feedback@slack-digest.example>")
        if code == "ocr":  # a scanned paper letter, OCR text, line breaks as on the page
            body = textwrap.fill(core, 66)
            hello = "" if own else f"Dear {first} {c['surname']},\n\n"
            return (f"Scan {c['sent']:%Y%m%d}-{rng.randrange(100, 999)}.pdf (text)",
                    f"[ScanMate OCR - text recognised from page 1]\n\n{org.upper()}\n{c['city']}\n\nRef: {c['ref']}\n{c['date']}\n\n{hello}{body}\n\nYours sincerely\n\n\n{c['hm_full']}\n\n- 1 -",
                    "ScanMate <pages@scanmate.example>")
        if code in ("cal", "ci"):  # a calendar cancellation with a note, or an invitation with a description
            start = c["later"].replace(hour=rng.choice((9, 10, 11, 14, 15)), minute=0)
            event = f"{subject} - {org}"
            when = f"{start:%A} {start.day} {MONTHS[start.month - 1]}, {start:%H:%M}-{start + timedelta(hours=1):%H:%M}"
            if code == "cal":
                return (f"Cancelled event with note: {event} @ {when}",
                        f"Cancelled by {c['hm']}, who added a note:\n\n\"{core}\"\n\n{event}\n{when}\nOrganiser: {c['hm_full']}\nGuests: {full}\n\nSent by Calendar to each guest of this event.", person)
            return (f"Invitation: {event} @ {when}",
                    f"{c['hm_full']} invited you\n\n{event}\n{when}\n{c['city']}\n\n{core}\n\nGoing?  Yes - Maybe - No - more options\n\nInvitation from Calendar. Forwarding it lets others reply on your behalf.", person)
        if code == "bd":  # a hiring board's card moves and notes
            board = rng.choice(BOARDS)
            return (f"{org}: card updated - {full}",
                    f"{board} · {org} / {subject}\n\nCard: {full} ({c['role']})\n{core}\n\n{c['stamp']} · {hm}\nYou follow this card as its subject. Unfollow to mute updates.",
                    f"{board} <cards@{board.split()[0].lower()}.example>")
        if code == "gp":  # an app platform's own notification mail
            return (subject, f"{core}\n\nMore in the {org} app.\nEmail settings: Profile > Notifications · {org}, {c['city']}", f"{org} <app-updates@{dom}>")
        if code == "ht":  # an HTML mail from the outfit's website
            hello = "" if own else f"<p>Hi {first},</p>"
            paras = "".join(f'<p style="margin:0 0 14px;font:16px Georgia,serif;color:#2b2b2b">{line}</p>' for line in core.split("\n") if line.strip())
            return (subject, f'<html><body style="margin:0;background:#fafaf7"><table width="100%"><tr><td align="center"><table width="580"><tr><td style="padding:18px 0;border-bottom:3px solid #b5562c;font:bold 18px Georgia,serif">{org}</td></tr>'
                    f'<tr><td style="padding:22px 0">{hello}{paras}<p style="font:16px Georgia,serif">{hm}<br>{org}</p></td></tr><tr><td style="font:11px Arial;color:#999">{org} &middot; {c["city"]} &middot; <a href="https://{dom}/data">How we hold your data</a></td></tr></table></td></tr></table></body></html>',
                    f"{org} <office@{dom}>")
        if code == "hl":  # an HTML mail in a language, no English in it
            paras = "".join(f'<p style="font:15px/1.5 sans-serif">{line}</p>' for line in core.split("\n") if line.strip())
            return (subject, f'<html><body><div style="max-width:600px;margin:0 auto;border-top:4px solid #2d6a4f;padding:16px">{paras}<p style="font:11px sans-serif;color:#888">{org} &middot; {c["city"]} &middot; https://{dom}</p></div></body></html>',
                    f"{org} <info@{dom}>")
        raise ValueError(code)

    def add(self, name: str, kind: str, sector: str, code: str, subject: str, core: str) -> None:  # noqa: PLR0917 - a template's fields
        c = self.context(sector, name)
        subj, body, sender = self.shell(code, subject.format(**c), core.format(**c), c)
        self.shells[(kind, code)] += 1
        local = mailbox(f"{c['first']}.{c['surname']}", "reader")
        self.records.append(record(subj, body, sender, kind=kind, family=f"{PREFIX}-{name}-{code}", provenance=PROVENANCE, to=f"{c['full']} <{local}@post.example>", date=c["datehdr"]))


def build(maker: Maker | None = None) -> list[dict]:
    maker = maker or Maker(random.Random(SEED))
    for name, kind, sector, shells, subject, core in TRADES + LANGS + OTHERS:
        for code in shells:
            maker.add(name, kind, sector, code, subject, core)
    return finish(maker.records, maker.rng, "w31")


def langs(maker: Maker, records: list[dict]) -> int:
    """Print the make-up by kind and kind/shell (no message text)."""
    return makeup(records, (("kind / shell", maker.shells),), lengths(records), width=24)


def main(argv: list[str]) -> int:
    maker = Maker(random.Random(SEED))
    records = build(maker)
    return run(argv, OUT, records, lambda: langs(maker, records), skip=SEALED, top=None, labels=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
