# ruff: noqa: E501, S311
"""Write data/blind/written-33.jsonl: training mail, twenty-first batch (breadth, second round).

Twenty-fourth pass, part N2. The model is weakest on unusual mail; this batch writes more of it,
with as many twins in the same trades, channels and languages:

* (a) English rejections from trades nobody writes HR templates for (small shops, farms, crews,
  studios, clubs' paid posts, festivals, ships, labs, churches, schools, home care, gig apps),
  sent by text, WhatsApp, voicemail, a social-media DM, a scanned letter, a calendar decline, a
  shared-document comment or a board card; short, informal, mostly without "unfortunately";
* (b) rejections in twenty-five widely spoken languages, formal and informal;
* (c) twins that are not rejections in the same trades, channels and languages: receipts that
  talk of a refusal still to come, invitations, trials booked, offers, rota messages, refusals
  that are not about a job (club places, flats, loans, tickets, course places) and the reader's
  own withdrawal confirmed.

Every template is one family of 2-3 copies (one per shell listed), each copy its own reader,
signer, outfit, post and date; every address and link is under ``.example``.

    python data/blind/make_written33.py           # writes the file (seed 330331)
    python data/blind/make_written33.py --langs   # make-up by kind, shell and language
    python data/blind/make_written33.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import re
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

SEED = 330331
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import MakerBase, finish, lengths, makeup, record, run, sealed  # noqa: E402

# written-31's kinds, months and address helpers (the batch beside this file)
from make_written31 import AR, IV, MONTHS, NJ, NS, OF, OJ, RJ, mailbox  # noqa: E402

OUT = HERE / "written-33.jsonl"
PROVENANCE = "written for rejectwatch issue 11 twenty-fourth pass as training mail, twenty-first batch, breadth: odd trades and channels, twenty-five languages, twins (make_written33.py)"
PREFIX = "blind-w33"  # the read-slice prefix: train-only in grouped CV, weight READ_SLICE_WEIGHT
SEALED = sealed(23)  # never opened, skipped by name (an earlier first, as when written)

# Templates: (name, kind, sector, shells, subject, core). The sector picks the outfit and posts
# (and, for a language, the names, cities and phone numbers). One copy per shell listed.
ENGLISH_NO = (
    ("deli-saturday-sms", RJ, "shop", ("sms", "wa", "dm"), "Saturday job",
     "Hiya {first}, {hm} from {org} here. Saturday job's been snapped up by a sixth-former who lives round the corner, so that's us covered till summer. Cheers for walking your CV in yourself x"),
    ("hardware-owner-letter", RJ, "shop", ("ocr", "pm", "ocr"), "Shop assistant vacancy",
     "Thank you for calling in with your letter about the counter job. The wife and I sat down over it last night and settled on keeping the shop just the two of us through the winter, so there is no opening after all. We wish you well in finding something local."),
    ("bookshop-dm-filled", RJ, "shop", ("dm", "dm", "sms"), "Bookseller post",
     "hey! thanks so much for the lovely message about the bookseller post. we've actually just given it to a regular who knows the stock backwards, sorry to be the bearer. hope you find a shop as nice as ours :)"),
    ("dairy-relief-milker-vm", RJ, "farm", ("vm", "vm", "wa"), "Relief milker",
     "Morning {first}, {hm} at {org}. About the relief milking, I've gone with a lad from the next farm over who knows our parlour already, so I'll not need you. Cheers for ringing back, all the best."),
    ("farm-harvest-driver-wa", RJ, "farm", ("wa", "sms", "pm"), "Harvest driving",
     "Alright {first}. Harvest tractor seat is spoken for now, took on a driver with a trailer ticket. Keep an eye out next summer mind"),
    ("lambing-no-room", RJ, "farm", ("pm", "wa", "ocr"), "Lambing help",
     "Thanks for offering to come and help with lambing. Our daughter is home from college this spring and is taking the nights, so we shan't be taking anyone on this year. Do try the Fell Farmers' noticeboard, plenty of flocks short-handed."),
    ("roofing-crew-text", RJ, "crew", ("sms", "wa", "vm"), "Labourer",
     "{first} it's {hm}. Cant use you on the crew mate, insurance wont cover anyone without the ladder ticket. Sorry bud"),
    ("events-rigger-doc", RJ, "crew", ("doc", "doc", "bd"), "Crew list",
     "{first} - removing you from the get-in list. We've filled the last rigger slot with someone holding IPAF, which the venue insists on. Thanks for putting your name down."),
    ("film-runner-dm", RJ, "crew", ("dm", "pm", "sms"), "Runner",
     "Hi {first}! Thanks for sliding into our DMs about running on the shoot. We're fully crewed for this one, the producer brought her own people in. Good luck with the reel!"),
    ("tattoo-apprentice-dm", RJ, "studio", ("dm", "dm", "pm"), "Apprenticeship",
     "Hey {first}, had a proper look through your portfolio with the rest of the artists. Your linework's got promise but the apprenticeship isn't going to you, we want someone further along with shading. Keep drawing every day and check back in a year."),
    ("recording-studio-assistant", RJ, "studio", ("pm", "ht", "sms"), "Assistant engineer",
     "Cheers for coming in to sit in on the session. We've asked {other} to be our assistant engineer; {other} has been interning with us since spring and knows the desk. Your ears are good, keep at it."),
    ("yoga-desk-whatsapp", RJ, "studio", ("wa", "sms", "dm"), "Front desk",
     "Hi lovely, {hm} from {org}. We've found our front desk person now, someone who can also cover a couple of classes, so the answer's a no for you, sadly. Namaste and good luck x"),
    ("golf-bar-steward", RJ, "club", ("pm", "ocr", "ht"), "Bar steward (paid post)",
     "The committee met on Tuesday to consider applications for the paid post of bar steward. After some discussion it was agreed to appoint a long-standing member to the role, and I am asked to tell you that the committee's choice did not fall on you this time."),
    ("cricket-greenkeeper-vm", RJ, "club", ("vm", "wa", "sms"), "Groundsman",
     "Hi {first}, {hm} here, chair at {org}. The groundsman job, we've had a chat and offered it to the fella who's been doing the square on a volunteer basis. Rather you heard it off me than waited on the phone. Cheers now."),
    ("tennis-coach-board", RJ, "club", ("bd", "doc", "bd"), "Coaching vacancy",
     "Column: Declined\n{hm}: no Level 2 yet and the junior programme needs it from day one. Told them to re-apply once qualified."),
    ("festival-site-crew-app", RJ, "fest", ("gp", "gp", "pm"), "Site crew {year}",
     "Your application for paid site crew at {org} {year} went through the production team's hands this week. Every build and break shift is allocated now, and there's no crew place with your name on it. You can still sign up as a steward volunteer from the same page."),
    ("festival-box-office-text", RJ, "fest", ("sms", "wa", "dm"), "Box office lead",
     "Hey {first}, {hm} from {org}. The box office lead job went to last year's deputy in the end, so no dice for you this time. Loved chatting Thursday x"),
    ("ferry-deckhand-letter", RJ, "ship", ("ocr", "pm", "ht"), "Deckhand (seasonal)",
     "You came through the sea survival check and the interview for the seasonal deckhand post on the island route, and we're grateful. The crewing manager has now selected the crew for the coming season and you're not in that crew. Your medical and STCW copies stay with the crewing office for a year should a berth open."),
    ("charter-galley-wa", RJ, "ship", ("wa", "sms", "vm"), "Galley hand",
     "Morning {first}! Skipper here from {org}. We've signed a galley hand with a couple of Atlantic crossings behind them so the berth's gone. Fair winds with the search."),
    ("tallship-watch-leader", RJ, "ship", ("pm", "gp", "ocr"), "Watch leader",
     "We have now finished selecting watch leaders for next year's voyages. With so many experienced sailors applying, there's no watch leader berth for you this season. You remain very welcome aboard as a voyage crew member."),
    ("lab-tech-slack", RJ, "lab", ("dm", "pm", "doc"), "Lab technician",
     "Hi {first}, quick note from {hm}. The technician post is going to a PhD student finishing up in the group who already runs the mass spec. So that's where yours ends, sorry. I'd still ring you first if sample-prep cover comes up."),
    ("research-assistant-doc", RJ, "lab", ("doc", "doc", "pm"), "RA shortlist",
     "Comment on '{first} {surname}': not appointing - strong on field sampling but the post needs R from the first week. {hm} to send the no-thanks note."),
    ("church-organist-letter", RJ, "church", ("ocr", "pm", "ocr"), "Organist and choir director",
     "We so enjoyed hearing you at the audition evening, and the choir sang the anthem well under you. The appointment panel has offered the post of organist to another candidate, whose availability for weddings and funerals suits the parish better. We were grateful for your time and your music."),
    ("church-youth-worker-pm", RJ, "church", ("pm", "ht", "wa"), "Youth worker",
     "Sunday evening with you and the young people went well, we thought. The trustees have prayed and talked it through and have appointed someone else as youth worker. Please know you're welcome at the church any time."),
    ("school-ta-phone-note", RJ, "school", ("vm", "pm", "sms"), "Teaching assistant",
     "Hello {first}, it's {hm} from the school office at {org}. Mrs Harding asked me to ring about the teaching assistant interview. She's appointed another applicant, but she said your session with the Year Two reading group went really well. Bye for now."),
    ("nursery-practitioner-ht", RJ, "school", ("ht", "pm", "ocr"), "Nursery practitioner",
     "Your stay-and-play session with the toddler room last week was a joy to watch. We have offered the practitioner post to someone with a Level 3 qualification already in hand, so your application ends here with us. The children loved your puppet!"),
    ("homecare-no-car-text", RJ, "care", ("sms", "wa", "vm"), "Care worker",
     "Hi {first}, {hm} from {org}. Sorry, no go on the rural round, the clients are spread out and we really do need drivers. Hope the bus routes bring you something closer."),
    ("live-in-carer-family", RJ, "care", ("pm", "wa", "dm"), "Live-in carer for Dad",
     "Thank you for meeting Dad and staying for tea. We've agreed as a family to go with a carer he already knows from his respite weeks, which we think will be easier on him. He took to you, and he enjoyed the crossword help."),
    ("dogwalk-app-not-approved", RJ, "gig", ("gp", "gp", "sms"), "Your walker profile",
     "We've reviewed your walker profile and the references you added. Your profile hasn't been approved to take bookings on {org}, as we couldn't verify the pet care experience listed. You can't reapply for 90 days."),
    ("tutoring-platform-decline", RJ, "gig", ("gp", "pm", "gp"), "Tutor application",
     "Thanks for recording your demo lesson. Our academic team has decided not to add you to the {org} tutor pool for GCSE maths right now; we currently have more maths tutors than students in your time zone."),
    ("cleaning-app-quiz", RJ, "gig", ("gp", "sms", "gp"), "Onboarding result",
     "Onboarding result: not passed. Your answers to the safety quiz didn't reach the level {org} needs for home cleaning, so your account stays inactive. We appreciate you giving the pro programme a go."),
    ("cal-decline-trial", RJ, "hosp", ("cal", "cal", "cal"), "Trial shift",
     "Sorry {first}, declining this one - we've already found our weekend waiter, so the trial's not needed. Thanks for being so quick to reply."),
)

ENGLISH_TWINS = (
    # receipts that talk of a refusal still to come
    ("deli-cv-received", AR, "shop", ("sms", "dm", "pm"), "Your CV",
     "Hi {first}, your CV made it to us, ta for dropping it in. We'll be ringing people for a chat next week. If you don't hear by Friday it means we've gone another way, but no decision's been made yet."),
    ("farm-form-received", AR, "farm", ("pm", "wa", "gp"), "Harvest crew form",
     "Your form for the harvest crew has landed with us. We pick the crew once the weather forecast firms up in July; anyone we can't fit in gets a text then, so don't worry about chasing."),
    ("festival-crew-received", AR, "fest", ("gp", "gp", "pm"), "Application received: site crew",
     "Your paid site crew form for {org} {year} is safely in. The production team reads every form by hand. If you're not placed on a team this year an email reaches you in May regardless, and unplaced applicants go first in line for the volunteer stewarding."),
    ("tutor-app-received", AR, "gig", ("gp", "gp", "sms"), "Thanks for applying to tutor",
     "Your tutor application is in. Next we'll review your subjects and qualifications, usually within five working days. Not everyone is accepted into the tutor pool, and a message follows, yes or no."),
    ("church-application-ack", AR, "church", ("pm", "ocr", "ht"), "Application: {role}",
     "Your letter applying to be our {role} arrived at the parish office this week. The appointment panel meets after the closing date. Anyone the panel does not call to the audition evening gets a letter, so you will hear from us whatever happens."),
    ("school-ta-received", AR, "school", ("pm", "ht", "ocr"), "{role} application",
     "A quick note: the school business manager now has your {role} form. Shortlisting takes place on {next}. Because so many forms come in, a fortnight of silence after that day is how the school says you weren't shortlisted; nothing is settled before then."),
    ("ship-crew-form-received", AR, "ship", ("gp", "pm", "ocr"), "Crew application",
     "Thanks for applying to sail with {org} as crew. Your sea time log and certificates are now with the crewing office. We can't promise everyone a berth, and we'll confirm either way once the season's rotas are drawn up in March."),
    ("lab-ra-received", AR, "lab", ("pm", "ht", "gp"), "Research assistant application",
     "Your {role} application is in the group lead's pile. Shortlisting starts after {next}, when the advert comes down; the lab phones shortlisted people only, and there's no individual feedback for anyone left off."),
    ("homecare-app-received", AR, "care", ("sms", "pm", "gp"), "Care application",
     "Hi {first}, your form for {org} came through. {hm} will phone you for a short chat in the next few days. If we can't offer a round that fits your hours we'll say so honestly, so please keep your phone on."),
    # invitations, trials booked, next steps
    ("cafe-trial-booked-sms", IV, "hosp", ("sms", "wa", "dm"), "Trial shift",
     "Hi {first}, {hm} from {org}. Fancy a trial {next}, 7 till 11 in the morning? Black top, grippy shoes. Sorry we couldn't fit you in this weekend, the rota's chocka."),
    ("farm-come-see-vm", IV, "farm", ("vm", "vm", "wa"), "Farm job",
     "Hi {first}, {hm} from {org} returning your call. Not filled yet, no. Pop up to the yard {next} around ten and we'll have a walk round the sheds and a chat. Ta-ra."),
    ("crew-cal-accept", IV, "crew", ("ci", "ci", "doc"), "Trial day - rigging",
     "Glad you can join the get-in for a trial day. Steel toecaps and gloves essential, we can't lend any unfortunately. Meet at the loading dock."),
    ("tattoo-portfolio-chat", IV, "studio", ("dm", "dm", "sms"), "Portfolio",
     "hey {first}! loved the sketchbook you sent over. can you come in {next} after 6 to talk about the apprenticeship? bring the physical book if you can. no promises yet but we're keen to meet you"),
    ("club-interview-letter", IV, "club", ("ocr", "pm", "ht"), "Paid post: interview",
     "The committee asks you to come and meet them about the paid post of {role} on {next} at 7pm in the clubhouse. Regrettably travel costs are not something the club can cover. Please confirm with the secretary."),
    ("church-audition-invite", IV, "church", ("pm", "ocr", "ci"), "Audition evening",
     "The panel would be very glad to hear you play at the audition evening on {next}. You will be asked to accompany a hymn and to take a short rehearsal with the choir. Do let the office know of any access needs."),
    ("lab-interview-slack", IV, "lab", ("dm", "pm", "ci"), "Interview",
     "Hi {first}, {hm} here. Any chance you're free {next} to come and interview for the technician post? It'll be a tour of the lab, a chat with the group and a short pipetting exercise. Not declined anyone yet, we're still seeing people."),
    ("gig-background-check", NS, "gig", ("gp", "gp", "sms"), "Next step: background check",
     "Good news - your profile passed review. To start taking jobs on {org}, complete the background check from the app. We can't activate accounts until it clears, which usually takes three to five days."),
    ("ferry-medical-next", NS, "ship", ("pm", "ocr", "ht"), "Next steps: seasonal deckhand",
     "Following your interview, we would like to progress your application for {role}. Please book an ENG1 medical and send us a copy of your certificates before {next}. We cannot confirm a berth until these are received."),
    ("board-card-interview", IV, "school", ("bd", "doc", "bd"), "Cover supervisor hiring",
     "Column: Interview\n{hm}: invite for {next}, lesson observation with Year 8 then panel. Send the safeguarding form with the invite."),
    # offers
    ("deli-offer-text", OF, "shop", ("sms", "wa", "dm"), "Saturday job",
     "{first}! The job's yours, should you want it - Saturdays 9 till 5, starting {next}. Text back and the paperwork's on me. Sorry for the wait."),
    ("festival-offer-app", OF, "fest", ("gp", "pm", "gp"), "You're on the crew",
     "You're on the {org} build crew! Paid shifts are yours from {next}. Accept your shifts in the crew portal within seven days or they'll go to the next applicant."),
    ("carer-offer-letter", OF, "care", ("ocr", "pm", "ht"), "Offer of employment",
     "After meeting you, {org} offers you the post of {role}, subject to a satisfactory DBS check and references. Your induction starts on {next}. Two copies of the contract are enclosed; keep one and post the other back signed."),
    ("lab-offer-email", OF, "lab", ("pm", "ht", "dm"), "Technician post",
     "The {role} post is yours, if you'll have it. The panel were impressed with how careful you were in the practical. Paperwork follows from HR within the week; start date to be agreed, ideally {next}."),
    # rota messages and status mail
    ("rota-not-needed-sms", OJ, "hosp", ("sms", "wa", "gp"), "Rota",
     "Hi {first}, you're not needed Sunday after all, the wedding's been cut to 60 guests. Still on for Friday and Saturday as per the rota."),
    ("rota-shift-swap-wa", OJ, "fest", ("wa", "dm", "sms"), "Shifts",
     "Morning crew! Shift swap request declined for {first}, sorry - we can't have two of the Tuesday team off at once. Rest of the rota unchanged, see you at the gate at 8."),
    ("gig-payout-declined", OJ, "gig", ("gp", "gp", "sms"), "Payout failed",
     "Your weekly payout couldn't be sent because your bank declined the transfer. Please check your account details under Earnings. Your jobs and ratings are not affected."),
    ("studio-still-deciding", OJ, "studio", ("dm", "wa", "sms"), "Apprenticeship",
     "Hey {first}, to save you guessing: we haven't picked anyone for the apprenticeship yet. Still looking at folios till the end of the month. No isn't the answer so far!"),
    ("withdraw-confirmed-app", OJ, "gig", ("gp", "pm", "gp"), "Application withdrawn",
     "Done: your driver application with {org} is withdrawn and your documents are deleted. Should you fancy it later, a fresh application is always open to you."),
    ("withdraw-thanks-farm", OJ, "farm", ("wa", "sms", "pm"), "Picking",
     "No worries at all {first}, cheers for the heads-up that you've taken the other job. I'll take you off the picking list. Good luck with it!"),
    ("withdraw-school-ack", OJ, "school", ("pm", "ocr", "ht"), "Withdrawal of application",
     "We note your wish to withdraw from the {role} appointment process. We have removed your name from the shortlist and will not contact your referees."),
    # refusals that are not about a job
    ("flat-let-elsewhere", NJ, "let", ("sms", "pm", "wa"), "Flat viewing",
     "Hi {first}, {hm} from {org}. The landlord's gone with another tenant for the two-bed on {street}, and it's now marked let. Sorry! I'll send you the new listings on Monday."),
    ("loan-declined-app", NJ, "loan", ("gp", "pm", "sms"), "Your loan application",
     "We've declined your request to borrow {amount}. We looked at your credit file and at what you told us about income and outgoings. You can ask us to explain the main reasons."),
    ("ticket-ballot-unlucky", NJ, "ticket", ("gp", "pm", "gp"), "Ballot result",
     "The ballot has been drawn. Your entry was not successful and no tickets have been allocated to you. No payment has been taken. Resale opens on {next}."),
    ("course-place-full", NJ, "course", ("pm", "ocr", "ht"), "Evening course",
     "We're sorry to say the furniture restoration evening class has filled up, with no room left for you this term. We've pencilled you in as a reserve for the January start."),
    ("club-membership-waitlist", NJ, "clubplace", ("pm", "ocr", "gp"), "Membership",
     "The membership committee has considered your application. Full membership can't be given to you this season, as the playing membership is capped. Your name is fourteenth on the reserve list."),
    ("allotment-no-plot-dm", NJ, "clubplace", ("dm", "pm", "sms"), "Plot",
     "Hi {first}, sorry, no plots free this year and the waiting list is closed. Try the Orchard Road site, they might have halves."),
    ("grant-not-funded", NJ, "course", ("pm", "ht", "ocr"), "Bursary decision",
     "Your bursary application for the adult learner fund has been read. No bursary has been awarded to you this year, as the fund was heavily oversubscribed. Your place on the course is unaffected."),
)

# (b) and (c) in other languages: the sector is the language code.
LANG_NO = (
    ("es-tienda-whatsapp", RJ, "es", ("wa", "sms"),
     "Dependiente",
     "Hola {first}, soy {hm} de {org}. Al final nos quedamos con una chica del barrio que ya conocía la caja, así que de momento no te necesitamos. ¡Gracias por venir y mucha suerte!"),
    ("es-finca-formal", RJ, "es", ("pm", "hl"), "Su solicitud - {role}",
     "Estimado/a {first}:\n\nLe agradecemos su interés en la campaña de vendimia. Lamentamos comunicarle que las cuadrillas ya están completas y no contaremos con usted en esta campaña.\n\nAtentamente,\n{hm}"),
    ("pt-barco-informal", RJ, "pt", ("wa", "dm"), "Vaga a bordo",
     "Oi {first}, tudo bem? Aqui é {hm} da {org}. A vaga de {role} já foi preenchida por um rapaz que tem mais tempo de mar. Valeu pelo interesse, boa sorte!"),
    ("pt-laboratorio-formal", RJ, "pt", ("pm", "hl"), "Processo seletivo - {role}",
     "Prezado(a) {first},\n\nObrigado pela participação na seleção de {role}. Depois de avaliar os candidatos, a equipe decidiu não seguir com o seu nome nesta vaga.\n\nCordialmente,\n{hm}"),
    ("fr-festival-sms", RJ, "fr", ("sms", "wa"), "Équipe festival",
     "Salut {first}, c'est {hm} du {org}. Les équipes de montage sont au complet, on n'a plus de place pour toi cette année. Merci et à bientôt peut-être !"),
    ("fr-eglise-courrier", RJ, "fr", ("ocr", "pm"), "Poste de {role}",
     "Madame, Monsieur,\n\nLe conseil paroissial s'est réuni au sujet du poste de {role}. Il a finalement nommé quelqu'un d'autre. Merci sincèrement pour votre candidature et pour votre venue.\n\n{hm}"),
    ("de-hof-kurz", RJ, "de", ("sms", "wa"), "Erntehelfer",
     "Hallo {first}, {hm} vom {org}. Wir haben für die Ernte schon genug Leute, daher wird das diesmal nix. Danke trotzdem fürs Melden!"),
    ("de-labor-formell", RJ, "de", ("pm", "hl"), "Ihre Bewerbung als {role}",
     "Sehr geehrte/r {first} {surname},\n\ndanke für Ihre Unterlagen zur Stelle als {role}. Die Stelle ging inzwischen an eine Bewerberin aus der Region und können Ihnen daher keine Zusage geben. Alles Gute bei der weiteren Suche!\n\nBeste Grüße\n{hm}"),
    ("it-bottega-informale", RJ, "it", ("wa", "sms"), "Lavoro in bottega",
     "Ciao {first}, sono {hm} di {org}. Alla fine abbiamo preso un ragazzo che aveva già lavorato da noi d'estate, quindi per ora non c'è posto. Grazie e in bocca al lupo!"),
    ("it-scuola-formale", RJ, "it", ("pm", "hl"), "Candidatura {role}",
     "Gentile {first},\n\nla ringraziamo per aver presentato la sua candidatura. Dopo attenta valutazione, la commissione ha deciso di non procedere con il suo profilo per questo incarico.\n\nCordiali saluti,\n{hm}"),
    ("nl-boerderij", RJ, "nl", ("wa", "pm"), "Seizoenswerk",
     "Hoi {first}, met {hm} van {org}. We hebben de ploeg voor de aardappeloogst rond, dus we kunnen je dit seizoen niet gebruiken. Bedankt voor je reactie en succes!"),
    ("pl-sklep", RJ, "pl", ("sms", "pm"), "Praca w sklepie",
     "Dzień dobry {first}, tu {hm} z {org}. Niestety na stanowisko {role} wybraliśmy już inną osobę. Dziękujemy za przyjście na rozmowę i życzymy powodzenia."),
    ("ru-brigada", RJ, "ru", ("wa", "sms"), "Работа в бригаде",
     "{first}, привет. Это {hm} из {org}. В бригаду взяли человека с допуском на высоту, так что с тобой в этот раз не сложилось. Спасибо за отклик."),
    ("ru-laboratoriya", RJ, "ru", ("pm", "hl"), "Вакансия: {role}",
     "Уважаемый(ая) {first},\n\nспасибо, что пришли на собеседование на должность «{role}». Мы выбрали другого соискателя и не сможем сделать вам предложение.\n\nС уважением,\n{hm}"),
    ("uk-kaviarnia", RJ, "uk", ("dm", "pm"), "Вакансія",
     "Привіт, {first}! Дякуємо за пробну зміну у нас. Ми вже знайшли бариста з досвідом, тож цього разу не зможемо запропонувати вам роботу. Успіхів!"),
    ("tr-atolye", RJ, "tr", ("wa", "pm"), "{role} başvurusu",
     "Merhaba {first}, ben {hm}, {org}. Başvurun için teşekkürler ama pozisyona başka birini aldık. Kusura bakma, ileride bir ihtiyaç olursa ararız."),
    ("ar-mazraa", RJ, "ar", ("pm", "wa"), "بخصوص طلب العمل",
     "مرحباً {first}،\n\nنشكرك على اهتمامك بالعمل لدى {org}. لقد وقع اختيارنا على شخص آخر لوظيفة {role}، لذلك لن نتمكن من ضمك إلينا هذه المرة. نتمنى لك التوفيق.\n\n{hm}"),
    ("fa-kargah", RJ, "fa", ("pm", "wa"), "درخواست همکاری",
     "سلام {first} عزیز،\n\nاز اینکه برای همکاری با {org} وقت گذاشتید ممنونیم. متأسفانه برای این سمت فرد دیگری را انتخاب کردیم. برایتان آرزوی موفقیت داریم.\n\n{hm}"),
    ("zh-dianpu", RJ, "zh", ("wa", "pm"), "关于{role}岗位",
     "{first}你好，我是{org}的{hm}。谢谢你来试工，不过这个岗位我们已经找到合适的人了，这次就不麻烦你了。祝你早日找到好工作！"),
    ("ja-noujou", RJ, "ja", ("pm", "hl"), "{role}の応募について",
     "{first}様\n\nこの度は{org}の{role}にご応募いただき、誠にありがとうございました。慎重に検討しました結果、今回は採用を見送らせていただくことになりました。\n\n{hm}"),
    ("ko-gongbang", RJ, "ko", ("dm", "sms"), "{role} 지원 건",
     "{first}님 안녕하세요, {org} {hm}입니다. 지원해 주셔서 감사하지만 이번에는 다른 분과 함께하기로 했어요. 좋은 곳 찾으시길 바랄게요!"),
    ("id-kebun", RJ, "id", ("wa", "sms"), "Lowongan {role}",
     "Halo {first}, saya {hm} dari {org}. Makasih sudah datang kemarin ya. Maaf, posisinya sudah diisi orang lain. Semoga cepat dapat kerjaan yang cocok!"),
    ("ms-kedai", RJ, "ms", ("wa", "pm"), "Jawatan {role}",
     "Salam {first}, ini {hm} dari {org}. Terima kasih sebab datang temuduga. Kami dah ambil calon lain untuk jawatan ni, jadi kali ni tak dapat ye. Semoga murah rezeki!"),
    ("vi-quan", RJ, "vi", ("dm", "sms"), "Vị trí {role}",
     "Chào {first}, mình là {hm} bên {org}. Cảm ơn bạn đã đến thử việc. Bên mình đã chọn được người khác cho vị trí này rồi, hẹn bạn dịp khác nhé!"),
    ("tl-karinderya", RJ, "tl", ("sms", "dm"), "{role}",
     "Hi {first}, si {hm} ito ng {org}. Salamat sa pag-apply pero may nakuha na kaming iba para sa pwesto. Pasensya na, good luck sa paghahanap!"),
    ("sw-shamba", RJ, "sw", ("sms", "wa"), "Kazi ya {role}",
     "Habari {first}, ni {hm} kutoka {org}. Asante kwa kuomba kazi. Tumeshampata mtu mwingine kwa nafasi hii, kwa hivyo hatutaweza kukuajiri sasa. Kila la heri!"),
    ("hi-hinglish-dukaan", RJ, "hi", ("wa", "sms"), "{role} job",
     "Hi {first}, {org} se {hm} here. Aapka interview accha tha but humne kisi aur ko select kar liya hai, isliye abhi aapko nahi le paayenge. All the best!"),
    ("ro-atelier", RJ, "ro", ("pm", "wa"), "Candidatura pentru {role}",
     "Bună ziua, {first},\n\nMulțumim pentru timpul acordat. Postul de {role} i-a revenit altei persoane, deci colaborarea noastră nu continuă de data aceasta. Mult succes!\n\n{hm}"),
    ("el-taverna", RJ, "el", ("sms", "pm"), "Θέση {role}",
     "Γεια σου {first}, εδώ {hm} ({org}). Ευχαριστούμε που ήρθες, αλλά τη θέση την πήρε άλλος. Καλή τύχη!"),
    ("cs-farma", RJ, "cs", ("pm", "sms"), "Pozice {role}",
     "Dobrý den {first},\n\nděkujeme za váš zájem. Na pozici {role} jsme vybrali jiného uchazeče, proto s vámi tentokrát nebudeme pokračovat.\n\n{hm}"),
    ("sv-skola", RJ, "sv", ("pm", "hl"), "Din ansökan: {role}",
     "Hej {first},\n\ntack för att du visade intresse för jobbet som {role}. Vi valde till slut en annan person, och därför blir det inget jobb för dig hos oss nu.\n\nHälsningar,\n{hm}"),
)

LANG_TWINS = (
    ("es-recibido-si-no", AR, "es", ("pm", "hl"), "Hemos recibido su candidatura",
     "Hola {first}:\n\nHemos recibido tu solicitud para {role}. Si no eres seleccionado/a te avisaremos igualmente por correo; aún no hay nada decidido.\n\n{hm}"),
    ("es-prueba", IV, "es", ("wa", "sms"), "Prueba",
     "Hola {first}, soy {hm} de {org}. ¿Puedes venir el {next} a las 9 para una jornada de prueba? Lamentablemente no pagamos el transporte, pero sí la comida."),
    ("pt-oferta", OF, "pt", ("wa", "pm"), "Proposta",
     "Oi {first}! A vaga de {role} é sua, se quiser. Começa dia {next}. Me confirma até sexta, beleza?"),
    ("pt-emprestimo-negado", NJ, "pt", ("pm", "sms"), "Pedido de crédito",
     "Olá {first}, infelizmente o seu pedido de empréstimo não foi aprovado nesta análise. Você pode tentar novamente em 90 dias."),
    ("fr-invitation-essai", IV, "fr", ("sms", "pm"), "Journée d'essai",
     "Bonjour {first}, c'est {hm} de {org}. Pouvez-vous venir {next} à 8h pour une journée d'essai ? Désolé, on n'a pas pu vous caser plus tôt."),
    ("fr-appartement-refuse", NJ, "fr", ("pm", "sms"), "Votre dossier de location",
     "Bonjour {first}, le propriétaire a préféré un autre locataire pour le T2. Je vous envoie les prochaines annonces dès qu'elles sortent."),
    ("de-eingang", AR, "de", ("pm", "hl"), "Eingangsbestätigung",
     "Hallo {first},\n\nwir haben Ihre Bewerbung als {role} erhalten. Auch wenn es am Ende nicht klappt, melden wir uns bei Ihnen; bisher ist nichts entschieden.\n\n{hm}"),
    ("de-dienstplan", OJ, "de", ("wa", "sms"), "Dienstplan",
     "Hi {first}, Samstag wirst du doch nicht gebraucht, die Feier ist abgesagt. Sonntag bleibt wie geplant. Gruß {hm}"),
    ("it-colloquio", IV, "it", ("pm", "wa"), "Colloquio",
     "Ciao {first}, ti aspettiamo {next} alle 10 in {org} per un colloquio e una prova pratica. Purtroppo il parcheggio è chiuso, vieni a piedi."),
    ("it-corso-pieno", NJ, "it", ("pm", "hl"), "Iscrizione al corso",
     "Gentile {first},\n\nil corso serale di ceramica è al completo e non possiamo accettare la sua iscrizione. L'abbiamo inserita in lista d'attesa.\n\n{hm}"),
    ("nl-aangenomen", OF, "nl", ("wa", "pm"), "Seizoenswerk",
     "Hoi {first}, goed nieuws: je kunt bij ons aan de slag vanaf {next}! Laat je even weten of dat lukt?"),
    ("pl-rozmowa", IV, "pl", ("sms", "pm"), "Zaproszenie na rozmowę",
     "Dzień dobry {first}, zapraszamy na rozmowę (stanowisko: {role}) w dniu {next} o 10:00. Prosimy potwierdzić SMS-em."),
    ("ru-otkaz-kredit", NJ, "ru", ("sms", "pm"), "Заявка на кредит",
     "{first}, по вашей заявке на кредит принято отрицательное решение. Повторно подать заявку можно через 60 дней."),
    ("ru-priglashenie-stazh", IV, "ru", ("wa", "pm"), "Стажировка",
     "{first}, добрый день! Приглашаем вас на пробный день {next} в 9:00. Возьмите паспорт и медкнижку."),
    ("uk-zaproshennia", IV, "uk", ("pm", "dm"), "Запрошення",
     "Доброго дня, {first}! Запрошуємо вас на співбесіду {next} о 14:00. Будь ласка, підтвердіть, чи зручно вам."),
    ("tr-teklif", OF, "tr", ("wa", "pm"), "İş teklifi",
     "Merhaba {first}, {role} pozisyonu için seni almak istiyoruz! {next} tarihinde başlayabilir misin? Dönüşünü bekliyorum."),
    ("ar-maqabala", IV, "ar", ("pm", "wa"), "دعوة لمقابلة",
     "مرحباً {first}،\n\nيسعدنا دعوتك لمقابلة لوظيفة {role} يوم {next} الساعة العاشرة صباحاً. يرجى تأكيد الحضور.\n\n{hm}"),
    ("fa-daryaft", AR, "fa", ("pm", "wa"), "دریافت درخواست",
     "سلام {first}،\n\nدرخواست شما برای سمت {role} دریافت شد. هنوز تصمیمی گرفته نشده و نتیجه را به شما اطلاع می‌دهیم.\n\n{hm}"),
    ("zh-mianshi", IV, "zh", ("wa", "pm"), "面试邀请",
     "{first}你好，我是{org}的{hm}。想请你{next}上午十点来店里面试，方便的话回复一下。"),
    ("ja-shinsei-uketsuke", AR, "ja", ("pm", "hl"), "ご応募ありがとうございます",
     "{first}様\n\n{role}へのご応募を受け付けました。選考結果は合否にかかわらず、二週間以内にご連絡いたします。\n\n{hm}"),
    ("ko-hapgyeok", OF, "ko", ("sms", "dm"), "합격 안내",
     "{first}님, {org} {hm}입니다. {role} 자리에 함께하게 되어 기뻐요! {next}부터 출근 가능하실까요?"),
    ("id-interview", IV, "id", ("wa", "sms"), "Interview",
     "Halo {first}, saya {hm} dari {org}. Bisa datang interview tanggal {next} jam 10 pagi? Maaf baru kabari sekarang."),
    ("ms-tiket-gagal", NJ, "ms", ("sms", "pm"), "Undian tiket",
     "Maaf {first}, permohonan tiket konsert anda tidak berjaya dalam undian kali ini. Tiada caj dikenakan."),
    ("vi-hen-phong-van", IV, "vi", ("dm", "sms"), "Lịch phỏng vấn",
     "Chào {first}, bên mình mời bạn qua phỏng vấn vào {next} lúc 9 giờ nhé. Bạn xác nhận giúp mình."),
    ("tl-offer", OF, "tl", ("sms", "dm"), "{role}",
     "Hi {first}! Tanggap ka na sa {org}, pwede ka na magsimula sa {next}. Reply ka lang para ma-confirm."),
    ("sw-mwaliko", IV, "sw", ("sms", "wa"), "Mwaliko wa mahojiano",
     "Habari {first}, unaalikwa kwa mahojiano ya kazi ya {role} tarehe {next} saa nne asubuhi. Tafadhali thibitisha."),
    ("hi-hinglish-interview", IV, "hi", ("wa", "sms"), "Interview call",
     "Hi {first}, {org} se {hm}. Kya aap {next} ko 11 baje interview ke liye aa sakte ho? Please confirm kar dena."),
    ("ro-retragere", OJ, "ro", ("pm", "wa"), "Retragerea candidaturii",
     "Bună {first},\n\nAm notat că vă retrageți candidatura pentru postul de {role}. Vă mulțumim că ne-ați anunțat și vă dorim succes.\n\n{hm}"),
    ("el-dokimi", IV, "el", ("sms", "pm"), "Δοκιμαστική μέρα",
     "Γεια σου {first}, μπορείς να έρθεις {next} στις 10 για δοκιμαστική μέρα; Πες μου αν σου κάνει."),
    ("cs-nabidka", OF, "cs", ("pm", "sms"), "Nabídka práce",
     "Dobrý den {first}, rádi bychom vám nabídli místo {role} od {next}. Ozvěte se nám prosím nejpozději v pátek."),
    ("sv-bostad-nej", NJ, "sv", ("pm", "sms"), "Lägenheten",
     "Hej {first}, hyresvärden har valt en annan sökande till lägenheten. Vi hör av oss om fler lediga objekt."),
)

# Sectors: outfits (name, domain) and posts. A language's sector also brings its own names,
# cities and phone numbers.
SECTORS = {
    "shop": ((("Pickle & Pine Deli", "pickleandpine.example"), ("Tollgate Hardware", "tollgatehw.example"), ("Moss Lane Books", "mosslanebooks.example")), ("Saturday Assistant", "Counter Assistant", "Bookseller")),
    "farm": ((("Ashcombe Dairy", "ashcombedairy.example"), ("Brackenridge Farm", "brackenridge.example"), ("Lowther Free-Range", "lowtherfr.example")), ("Relief Milker", "Harvest Driver", "Farm Hand")),
    "crew": ((("Gantry Events Crew", "gantrycrew.example"), ("Ironbridge Roofing", "ironbridgeroof.example"), ("Spindrift Productions", "spindrift.example")), ("Rigger", "Roofer's Labourer", "Runner")),
    "studio": ((("Inkwell Tattoo", "inkwelltattoo.example"), ("Tanglewood Recording", "tanglewoodrec.example"), ("Still Water Yoga", "stillwateryoga.example")), ("Apprentice", "Assistant Engineer", "Front Desk")),
    "club": ((("Holloway Golf Club", "hollowaygolf.example"), ("Kingsmead Cricket Club", "kingsmeadcc.example"), ("Ferncliffe Tennis Club", "ferncliffetc.example")), ("Bar Steward", "Groundsman", "Junior Coach")),
    "fest": ((("Moorfield Folk Festival", "moorfieldfolk.example"), ("Larkrise Fields", "larkrise.example"), ("Brightwater Beer Festival", "brightwaterbeer.example")), ("Site Crew", "Box Office Lead", "Stage Hand")),
    "ship": ((("Northern Isles Ferries", "nisleferries.example"), ("Sea Kestrel Charters", "seakestrel.example"), ("Tallship Endeavour Trust", "tallshiptrust.example")), ("Deckhand", "Galley Hand", "Watch Leader")),
    "lab": ((("Brackwater Research Lab", "brackwaterlab.example"), ("Helix Analytical", "helixanalytical.example"), ("Fenmoor Plant Science", "fenmoorps.example")), ("Lab Technician", "Research Assistant", "Sample Technician")),
    "church": ((("St Brannoc's Parish", "stbrannocs.example"), ("Grace Fellowship", "gracefellowship.example"), ("Holy Trinity Cathedral", "holytrinitycath.example")), ("Organist", "Youth Worker", "Parish Administrator")),
    "school": ((("Oakridge Primary", "oakridgeprimary.example"), ("Lindale High School", "lindalehigh.example"), ("Marlpit Nursery", "marlpitnursery.example")), ("Teaching Assistant", "Cover Supervisor", "Nursery Practitioner")),
    "care": ((("Hearthside Home Care", "hearthside.example"), ("Bluebell Companions", "bluebellcomp.example"), ("Kindred Care at Home", "kindredcare.example")), ("Home Carer", "Live-in Carer", "Care Companion")),
    "gig": ((("Wagwalk", "wagwalk.example"), ("Tutorly", "tutorly.example"), ("SparkClean", "sparkclean.example"), ("HopDrive", "hopdrive.example")), ("Dog Walker", "Online Tutor", "Home Cleaner", "Driver")),
    "hosp": ((("The Crooked Spoon", "crookedspoon.example"), ("Harbour Lights Café", "harbourlightscafe.example"), ("Old Mill Tearooms", "oldmilltea.example")), ("Waiter", "Kitchen Porter", "Barista")),
    "let": ((("Carrow & Finch Lettings", "carrowfinch.example"), ("Mapleway Homes", "maplewayhomes.example")), ("",)),
    "loan": ((("Kingfisher Credit Union", "kingfishercu.example"), ("Brook Lending", "brooklending.example")), ("",)),
    "ticket": ((("Arena Tix", "arenatix.example"), ("Coastal Music Weekender", "coastalweekender.example")), ("",)),
    "course": ((("Millbrook Adult College", "millbrookac.example"), ("Tern Valley Learning Centre", "ternvalley.example")), ("",)),
    "clubplace": ((("Riverbank Rowing Club", "riverbankrc.example"), ("Westmoor Allotments Association", "westmoorallot.example")), ("",)),
    "es": ((("Frutería Los Almendros", "losalmendros.example"), ("Bodegas Peñaflor", "penaflor.example")), ("dependiente", "vendimiador", "peón agrícola")),
    "pt": ((("Barco Estrela do Mar", "estreladomar.example"), ("Laboratório Vitalis", "vitalislab.example")), ("marinheiro", "técnico de laboratório", "cozinheiro de bordo")),
    "fr": ((("Festival des Grèves", "festivalgreves.example"), ("Paroisse Saint-Aubin", "saintaubin.example")), ("technicien de montage", "organiste", "agent d'accueil")),
    "de": ((("Obsthof Lindner", "obsthof-lindner.example"), ("Labor Weißenfels", "labor-weissenfels.example")), ("Erntehelfer", "Laborassistentin", "Hofhelfer")),
    "it": ((("Bottega Ferraresi", "bottegaferraresi.example"), ("Scuola Primaria Don Milani", "scuoladonmilani.example")), ("aiuto falegname", "collaboratore scolastico", "commesso")),
    "nl": ((("Akkerbouw Van Dijk", "akkerbouwvandijk.example"), ("Zeilschool De Wadden", "zeilschoolwadden.example")), ("seizoensmedewerker", "zeilinstructeur", "oogsthulp")),
    "pl": ((("Sklep Pod Lipami", "podlipami.example"), ("Stadnina Koni Zagórze", "stadninazagorze.example")), ("sprzedawca", "stajenny", "kasjer")),
    "ru": ((("Бригада «Кровля-Мастер»", "krovlya-master.example"), ("Лаборатория «Био-Тест»", "bio-test.example")), ("кровельщик", "лаборант", "подсобный рабочий")),
    "uk": ((("Кав'ярня «Липа»", "kavyarnia-lypa.example"), ("Ферма «Зелений Гай»", "zelenyi-hai.example")), ("бариста", "помічник фермера", "офіціант")),
    "tr": ((("Çini Atölyesi Mavi", "maviatolye.example"), ("Tekne Turları Ege", "egetekne.example")), ("çırak", "güverte personeli", "tezgahtar")),
    "ar": ((("مزرعة الواحة", "alwaha-farm.example"), ("ورشة النور للنجارة", "alnoor-workshop.example")), ("عامل مزرعة", "مساعد نجار", "سائق توصيل")),
    "fa": ((("کارگاه فرش مهر", "mehr-carpet.example"), ("نانوایی سنگک آفتاب", "aftab-bakery.example")), ("بافنده", "شاگرد نانوا", "فروشنده")),
    "zh": ((("青柠奶茶店", "qingning-tea.example"), ("山海民宿", "shanhai-bnb.example")), ("店员", "民宿管家", "收银员")),
    "ja": ((("みどり農園", "midori-farm.example"), ("ゆかり書店", "yukari-books.example")), ("収穫スタッフ", "書店スタッフ", "配送スタッフ")),
    "ko": ((("도예공방 흙과불", "heukgwabul.example"), ("꽃집 라일락", "lilac-flower.example")), ("공방 보조", "플로리스트", "매장 직원")),
    "id": ((("Kebun Teh Sari Murni", "sarimurni.example"), ("Bengkel Jaya Motor", "jayamotor.example")), ("pemetik teh", "montir", "admin toko")),
    "ms": ((("Kedai Kopi Pak Mat", "kopipakmat.example"), ("Bengkel Basikal Laju", "basikallaju.example")), ("pembantu kedai", "juruteknik basikal", "juruwang")),
    "vi": ((("Quán Phở Hương Quê", "phohuongque.example"), ("Tiệm May Bích Ngọc", "maybichngoc.example")), ("phục vụ", "thợ may", "thu ngân")),
    "tl": ((("Karinderya ni Aling Nena", "alingnena.example"), ("Bangkang Pangisda Mabuhay", "mabuhayfish.example")), ("tagaluto", "mangingisda", "kahera")),
    "sw": ((("Shamba la Chai Kericho Hills", "kerichohills.example"), ("Duka la Vitabu Msomaji", "msomaji.example")), ("mchuma chai", "muuzaji", "mlinzi")),
    "hi": ((("Sharma Sweets", "sharmasweets.example"), ("Ganga Tailors", "gangatailors.example")), ("counter staff", "tailor helper", "delivery boy")),
    "ro": ((("Atelierul de Olărit Horezu", "olarithorezu.example"), ("Pensiunea Bradul", "pensiuneabradul.example")), ("ucenic olar", "recepționer", "ajutor de bucătar")),
    "el": ((("Ταβέρνα Ο Γλάρος", "glaros-taverna.example"), ("Φούρνος Η Καλή Ώρα", "kaliora-bakery.example")), ("σερβιτόρος", "βοηθός φούρναρη", "λαντζέρης")),
    "cs": ((("Farma U Lípy", "farmaulipy.example"), ("Pivovar Skalka", "pivovarskalka.example")), ("pomocník na farmě", "sládek", "výčepní")),
    "sv": ((("Björkdalens skola", "bjorkdalen.example"), ("Fjällstugan Abisko", "fjallstugan.example")), ("elevassistent", "stugvärd", "fritidsledare")),
}
# An outfit's own posts (overriding its sector's), and the outfit a template is pinned to when its
# words name a kind of place (a dairy, a tattoo studio, a ferry, a nursery).
ORG_ROLES = {
    "Pickle & Pine Deli": ("Saturday Assistant", "Deli Counter Assistant"), "Tollgate Hardware": ("Counter Assistant", "Stockroom Assistant"),
    "Moss Lane Books": ("Bookseller", "Saturday Bookseller"), "Ashcombe Dairy": ("Relief Milker", "Dairy Hand"),
    "Brackenridge Farm": ("Harvest Driver", "Farm Hand", "Lambing Assistant"), "Lowther Free-Range": ("Farm Hand", "Egg Packer"),
    "Gantry Events Crew": ("Rigger", "Stage Crew"), "Ironbridge Roofing": ("Roofer's Labourer",), "Spindrift Productions": ("Runner", "Production Assistant"),
    "Inkwell Tattoo": ("Apprentice Tattooist",), "Tanglewood Recording": ("Assistant Engineer",), "Still Water Yoga": ("Front Desk Host",),
    "Holloway Golf Club": ("Bar Steward", "Greenkeeper"), "Kingsmead Cricket Club": ("Groundsman", "Bar Steward"), "Ferncliffe Tennis Club": ("Junior Coach",),
    "Northern Isles Ferries": ("Deckhand", "Steward"), "Sea Kestrel Charters": ("Galley Hand", "Deckhand"), "Tallship Endeavour Trust": ("Watch Leader", "Bosun's Mate"),
    "Oakridge Primary": ("Teaching Assistant", "Midday Supervisor"), "Lindale High School": ("Cover Supervisor", "Teaching Assistant"), "Marlpit Nursery": ("Nursery Practitioner",),
    "Wagwalk": ("Dog Walker",), "Tutorly": ("Online Tutor",), "SparkClean": ("Home Cleaner",), "HopDrive": ("Driver",),
    "Frutería Los Almendros": ("dependiente",), "Bodegas Peñaflor": ("vendimiador", "peón agrícola"), "Barco Estrela do Mar": ("marinheiro", "cozinheiro de bordo"),
    "Laboratório Vitalis": ("técnico de laboratório",), "Festival des Grèves": ("technicien de montage", "agent d'accueil"), "Paroisse Saint-Aubin": ("organiste",),
    "Obsthof Lindner": ("Erntehelfer", "Hofhelfer"), "Labor Weißenfels": ("Laborassistentin",), "Bottega Ferraresi": ("aiuto falegname", "commesso"),
    "Scuola Primaria Don Milani": ("collaboratore scolastico",), "Akkerbouw Van Dijk": ("seizoensmedewerker", "oogsthulp"), "Zeilschool De Wadden": ("zeilinstructeur",),
    "Sklep Pod Lipami": ("sprzedawca", "kasjer"), "Stadnina Koni Zagórze": ("stajenny",), "Бригада «Кровля-Мастер»": ("кровельщик", "подсобный рабочий"),
    "Лаборатория «Био-Тест»": ("лаборант",), "Кав'ярня «Липа»": ("бариста", "офіціант"), "Ферма «Зелений Гай»": ("помічник фермера",),
    "Çini Atölyesi Mavi": ("çırak", "tezgahtar"), "Tekne Turları Ege": ("güverte personeli",), "مزرعة الواحة": ("عامل مزرعة", "سائق توصيل"),
    "ورشة النور للنجارة": ("مساعد نجار",), "کارگاه فرش مهر": ("بافنده", "فروشنده"), "نانوایی سنگک آفتاب": ("شاگرد نانوا",),
    "青柠奶茶店": ("店员", "收银员"), "山海民宿": ("民宿管家",), "みどり農園": ("収穫スタッフ", "配送スタッフ"), "ゆかり書店": ("書店スタッフ",),
    "도예공방 흙과불": ("공방 보조",), "꽃집 라일락": ("플로리스트", "매장 직원"), "Kebun Teh Sari Murni": ("pemetik teh",), "Bengkel Jaya Motor": ("montir", "admin toko"),
    "Kedai Kopi Pak Mat": ("pembantu kedai", "juruwang"), "Bengkel Basikal Laju": ("juruteknik basikal",), "Quán Phở Hương Quê": ("phục vụ", "thu ngân"),
    "Tiệm May Bích Ngọc": ("thợ may",), "Karinderya ni Aling Nena": ("tagaluto", "kahera"), "Bangkang Pangisda Mabuhay": ("mangingisda",),
    "Shamba la Chai Kericho Hills": ("mchuma chai", "mlinzi"), "Duka la Vitabu Msomaji": ("muuzaji",), "Sharma Sweets": ("counter staff", "delivery boy"),
    "Ganga Tailors": ("tailor helper",), "Atelierul de Olărit Horezu": ("ucenic olar",), "Pensiunea Bradul": ("recepționer", "ajutor de bucătar"),
    "Ταβέρνα Ο Γλάρος": ("σερβιτόρος", "λαντζέρης"), "Φούρνος Η Καλή Ώρα": ("βοηθός φούρναρη",), "Farma U Lípy": ("pomocník na farmě",),
    "Pivovar Skalka": ("sládek", "výčepní"), "Björkdalens skola": ("elevassistent", "fritidsledare"), "Fjällstugan Abisko": ("stugvärd",),
}
PIN = {
    "deli-saturday-sms": "Pickle & Pine Deli", "deli-cv-received": "Pickle & Pine Deli", "deli-offer-text": "Pickle & Pine Deli",
    "hardware-owner-letter": "Tollgate Hardware", "bookshop-dm-filled": "Moss Lane Books", "dairy-relief-milker-vm": "Ashcombe Dairy",
    "farm-harvest-driver-wa": "Brackenridge Farm", "lambing-no-room": "Brackenridge Farm", "farm-form-received": "Brackenridge Farm",
    "roofing-crew-text": "Ironbridge Roofing", "events-rigger-doc": "Gantry Events Crew", "crew-cal-accept": "Gantry Events Crew", "film-runner-dm": "Spindrift Productions",
    "tattoo-apprentice-dm": "Inkwell Tattoo", "tattoo-portfolio-chat": "Inkwell Tattoo", "studio-still-deciding": "Inkwell Tattoo",
    "recording-studio-assistant": "Tanglewood Recording", "yoga-desk-whatsapp": "Still Water Yoga", "golf-bar-steward": "Holloway Golf Club",
    "cricket-greenkeeper-vm": "Kingsmead Cricket Club", "tennis-coach-board": "Ferncliffe Tennis Club", "ferry-deckhand-letter": "Northern Isles Ferries",
    "ferry-medical-next": "Northern Isles Ferries", "charter-galley-wa": "Sea Kestrel Charters", "tallship-watch-leader": "Tallship Endeavour Trust",
    "school-ta-phone-note": "Oakridge Primary", "nursery-practitioner-ht": "Marlpit Nursery", "board-card-interview": "Lindale High School",
    "dogwalk-app-not-approved": "Wagwalk", "tutoring-platform-decline": "Tutorly", "tutor-app-received": "Tutorly", "cleaning-app-quiz": "SparkClean",
    "withdraw-confirmed-app": "HopDrive",
    "es-tienda-whatsapp": "Frutería Los Almendros", "es-finca-formal": "Bodegas Peñaflor", "pt-barco-informal": "Barco Estrela do Mar",
    "pt-laboratorio-formal": "Laboratório Vitalis", "fr-festival-sms": "Festival des Grèves", "fr-eglise-courrier": "Paroisse Saint-Aubin",
    "de-hof-kurz": "Obsthof Lindner", "de-labor-formell": "Labor Weißenfels", "it-bottega-informale": "Bottega Ferraresi", "it-scuola-formale": "Scuola Primaria Don Milani",
    "nl-boerderij": "Akkerbouw Van Dijk", "pl-sklep": "Sklep Pod Lipami", "ru-brigada": "Бригада «Кровля-Мастер»", "ru-laboratoriya": "Лаборатория «Био-Тест»",
    "uk-kaviarnia": "Кав'ярня «Липа»", "tr-atolye": "Çini Atölyesi Mavi", "ar-mazraa": "مزرعة الواحة", "fa-kargah": "کارگاه فرش مهر", "zh-dianpu": "青柠奶茶店",
    "ja-noujou": "みどり農園", "ko-gongbang": "도예공방 흙과불", "id-kebun": "Kebun Teh Sari Murni", "ms-kedai": "Kedai Kopi Pak Mat", "vi-quan": "Quán Phở Hương Quê",
    "tl-karinderya": "Karinderya ni Aling Nena", "sw-shamba": "Shamba la Chai Kericho Hills", "hi-hinglish-dukaan": "Sharma Sweets",
    "ro-atelier": "Atelierul de Olărit Horezu", "el-taverna": "Ταβέρνα Ο Γλάρος", "cs-farma": "Farma U Lípy", "sv-skola": "Björkdalens skola",
}
EN_PEOPLE = (("Rowan", "Ellery"), ("Tamsin", "Pryce"), ("Kofi", "Asante"), ("Bethan", "Llewellyn"), ("Declan", "Furlong"), ("Priya", "Chauhan"),
             ("Fergus", "Mcallister"), ("Megan", "Thackeray"), ("Zeke", "Ashworth"), ("Aoife", "Brennan"), ("Lewis", "Gartside"), ("Yasmin", "Haddad"),
             ("Nathan", "Quirke"), ("Lottie", "Pemberton"), ("Ade", "Balogun"), ("Imogen", "Fairclough"), ("Cai", "Rhydderch"), ("Harriet", "Oakes"))
OTHERS = ("Mirela", "Tom", "Suki", "Jonty", "Efe", "Grace")
EN_CITIES = ("Penrith", "Oban", "Tralee", "Bridport", "Ludlow", "Stornoway", "Barnstaple", "Wanaka", "Ballarat", "Lunenburg")
LANG = {  # people, cities, phone
    "es": ((("Nerea", "Gil"), ("Adrián", "Vidal"), ("Rocío", "Molina"), ("Hugo", "Santos")), ("Logroño", "Jaén"), "+34 644 {0}"),
    "pt": ((("Larissa", "Duarte"), ("Caio", "Barros"), ("Joana", "Teixeira"), ("Diogo", "Lopes")), ("Aveiro", "Salvador"), "+55 71 9{0}"),
    "fr": ((("Manon", "Leclerc"), ("Théo", "Barbier"), ("Chloé", "Roux"), ("Enzo", "Perrin")), ("Quimper", "Colmar"), "+33 7 81 {0}"),
    "de": ((("Lea", "Winter"), ("Jonas", "Albrecht"), ("Mia", "Seidel"), ("Felix", "Busch")), ("Bamberg", "Lüneburg"), "+49 160 9{0}"),
    "it": ((("Giulia", "Rinaldi"), ("Matteo", "Fabbri"), ("Chiara", "Mancini"), ("Luca", "Ferri")), ("Modena", "Trento"), "+39 333 {0}"),
    "nl": ((("Sanne", "Bakker"), ("Daan", "Visser"), ("Fleur", "Smit"), ("Bram", "Mulder")), ("Zwolle", "Harlingen"), "+31 6 48{0}"),
    "pl": ((("Zuzanna", "Wójcik"), ("Kacper", "Mazur"), ("Oliwia", "Krawczyk"), ("Bartek", "Zając")), ("Rzeszów", "Olsztyn"), "+48 601 {0}"),
    "ru": ((("Алина", "Соколова"), ("Дмитрий", "Орлов"), ("Ксения", "Лебедева"), ("Игорь", "Зайцев")), ("Тверь", "Казань"), "+7 912 {0}"),
    "uk": ((("Оксана", "Мельник"), ("Тарас", "Бондар"), ("Ірина", "Ткачук"), ("Богдан", "Коваль")), ("Львів", "Полтава"), "+380 67 {0}"),
    "tr": ((("Elif", "Kaya"), ("Emre", "Şahin"), ("Zeynep", "Arslan"), ("Burak", "Doğan")), ("İzmir", "Bursa"), "+90 532 {0}"),
    "ar": ((("سلمى", "الحسن"), ("يوسف", "العمري"), ("نور", "الخطيب"), ("كريم", "منصور")), ("عمّان", "الإسكندرية"), "+962 79 {0}"),
    "fa": ((("سارا", "رضایی"), ("امیر", "محمدی"), ("نگار", "کریمی"), ("رضا", "احمدی")), ("اصفهان", "شیراز"), "+98 912 {0}"),
    "zh": ((("晓燕", "王"), ("志强", "李"), ("婷婷", "陈"), ("浩然", "刘")), ("杭州", "成都"), "+86 139 {0}"),
    "ja": ((("美咲", "佐藤"), ("翔太", "鈴木"), ("結衣", "高橋"), ("大輝", "田中")), ("松本", "金沢"), "+81 90 {0}"),
    "ko": ((("지은", "김"), ("민준", "이"), ("서연", "박"), ("도윤", "최")), ("전주", "강릉"), "+82 10 {0}"),
    "id": ((("Putri", "Lestari"), ("Bagus", "Santoso"), ("Dewi", "Anggraini"), ("Rizky", "Pratama")), ("Bandung", "Malang"), "+62 812 {0}"),
    "ms": ((("Nurul", "Aisyah"), ("Hafiz", "Rahman"), ("Siti", "Zulaikha"), ("Amir", "Hakim")), ("Ipoh", "Kuantan"), "+60 12 {0}"),
    "vi": ((("Linh", "Nguyễn"), ("Minh", "Trần"), ("Thảo", "Phạm"), ("Huy", "Lê")), ("Huế", "Đà Nẵng"), "+84 90 {0}"),
    "tl": ((("Maricel", "Santos"), ("Jomar", "Reyes"), ("Kristine", "Dela Cruz"), ("Paolo", "Bautista")), ("Iloilo", "Bacolod"), "+63 917 {0}"),
    "sw": ((("Amani", "Wanjiru"), ("Baraka", "Otieno"), ("Zawadi", "Mwangi"), ("Juma", "Hassan")), ("Nakuru", "Mombasa"), "+254 722 {0}"),
    "hi": ((("Pooja", "Verma"), ("Rohit", "Yadav"), ("Neha", "Gupta"), ("Aman", "Tiwari")), ("Lucknow", "Indore"), "+91 98 {0}"),
    "ro": ((("Ioana", "Popescu"), ("Andrei", "Stan"), ("Elena", "Dumitru"), ("Mihai", "Ionescu")), ("Sibiu", "Iași"), "+40 722 {0}"),
    "el": ((("Μαρία", "Παππά"), ("Γιώργος", "Νικολάου"), ("Ελένη", "Γεωργίου"), ("Νίκος", "Δημητρίου")), ("Χανιά", "Βόλος"), "+30 694 {0}"),
    "cs": ((("Tereza", "Nováková"), ("Jakub", "Dvořák"), ("Kateřina", "Svobodová"), ("Ondřej", "Černý")), ("Olomouc", "Tábor"), "+420 603 {0}"),
    "sv": ((("Ebba", "Lindqvist"), ("Oskar", "Berg"), ("Maja", "Nyström"), ("Viktor", "Holm")), ("Umeå", "Visby"), "+46 70 {0}"),
}
EN_PHONES = ("+44 7911 {0}", "+353 86 {0}", "+61 438 {0}", "+64 27 {0}", "+1 782 555 {0}")
STREETS = ("Cobden Terrace", "Wharf Lane", "Hillside Mews", "Church Row")
AMOUNTS = ("£3,500", "£6,000", "€4,800", "$9,000")
OPENERS = ("hi! is the job still going?", "hello, I dropped my CV in on Monday", "Hi there, just checking you got my message")
DM_APPS = ("Pixgram", "Chirp", "Facepage")
DOC_NAMES = ("Hiring tracker", "Crew list", "Applicants - shortlist", "Season staffing")


class Maker(MakerBase):
    def context(self, sector: str, name: str) -> dict:
        rng = self.rng
        orgs, roles = SECTORS[sector]
        org, domain = next(o for o in orgs if o[0] == PIN[name]) if name in PIN else rng.choice(orgs)
        roles = ORG_ROLES.get(org, roles)
        lang = sector if sector in LANG else None
        people, cities, phone = LANG[lang] if lang else (EN_PEOPLE, EN_CITIES, rng.choice(EN_PHONES))
        (hm, hm_sur), (first, surname) = rng.sample(people, 2)
        sent = datetime(2026, 10, 12, 7, 0) + timedelta(days=rng.randrange(100), minutes=rng.randrange(13 * 60), seconds=rng.randrange(60))
        later = sent + timedelta(days=rng.randrange(3, 18))
        east = lang in ("ja", "zh", "ko")
        if lang in ("ja", "zh"):
            nxt = f"{later.month}月{later.day}日"
        elif lang == "ko":
            nxt = f"{later.month}월 {later.day}일"
        elif lang:
            nxt = f"{later.day}.{later.month}."
        else:
            nxt = f"{later:%A} {later.day} {MONTHS[later.month - 1]}"
        return {
            "first": first, "surname": surname, "full": f"{surname}{first}" if east else f"{first} {surname}",
            "hm": hm, "hm_full": f"{hm_sur}{hm}" if east else f"{hm} {hm_sur}", "org": org, "domain": domain, "lang": lang,
            "role": rng.choice(roles), "city": rng.choice(cities), "other": rng.choice(OTHERS), "year": sent.year + 1,
            "ref": f"{rng.choice(('', 'N', 'JB-'))}{rng.randrange(100, 9999)}", "next": nxt, "sent": sent, "later": later,
            "stamp": f"{sent:%d/%m/%Y, %H:%M}", "phone": phone.format(rng.randrange(100000, 999999)),
            "street": f"{rng.randrange(2, 90)} {rng.choice(STREETS)}", "amount": rng.choice(AMOUNTS),
            "datehdr": f"{sent:%a, %d %b %Y %H:%M:%S} +0000",
        }

    def shell(self, code: str, subject: str, core: str, c: dict) -> tuple[str, str, str]:  # noqa: PLR0911, PLR0912 - one branch per shell
        """The subject, body and sender of one channel around ``core``."""
        rng = self.rng
        org, dom, first, full = c["org"], c["domain"], c["first"], c["full"]
        own = bool(re.match(r"(Hi|Hey|hey|Hello|Morning|Alright|Sorry|Column|Comment|\{first\}|" + re.escape(first) + ")", core)) or bool(c["lang"])
        person = f"{c['hm_full']} <{mailbox(c['hm_full'].replace(' ', '.'), 'staff')}@{dom}>"
        me = f"{full} <{mailbox(c['first'] + '.' + c['surname'], 'me')}@mailbox.example>"
        if code == "pm":  # a plain mail from a person
            if c["lang"]:
                return (subject, f"{core}\n\n{org} · {c['city']}", person)
            hello = "" if own else f"Dear {first},\n\n" if rng.random() < 0.4 else f"Hi {first},\n\n"
            return (subject, f"{hello}{core}\n\n{rng.choice(('Kind regards', 'Warmly', 'Cheers', 'Take care', 'Many thanks'))},\n{c['hm']}\n{org}", person)
        if code == "sms":  # a text, mirrored to mail by a phone backup app
            return (f"New SMS from {c['phone']}",
                    f"From: {c['phone']}\nReceived: {c['stamp']}\n\n{core}\n\n(Copied to your inbox by TextVault backup. Reply from your phone to answer.)", "TextVault <sms-copy@textvault.example>")
        if code == "wa":  # a WhatsApp chat exported in the Android layout
            t = c["sent"]
            lines = [] if c["lang"] else [f"{t - timedelta(hours=rng.randrange(18, 70)):%d/%m/%Y, %H:%M} - {full}: {rng.choice(OPENERS)}"]
            lines += [f"{t + timedelta(minutes=n):%d/%m/%Y, %H:%M} - {c['hm_full']}: {part}" for n, part in enumerate(p for p in core.split("\n") if p.strip() and p != c["hm"])]
            return (f"Chat export: {c['hm_full']}", "\n".join(lines) + "\n\n(chat.txt attached from WhatsApp export, media omitted)", me)
        if code == "dm":  # a social-media direct message notification
            app = rng.choice(DM_APPS)
            return (f"{org} sent you a message on {app}",
                    f"{org} (@{dom.split('.')[0]})\n\n{core}\n\nReply on {app}: https://{app.lower()}.example/inbox\nMessage emails are switched on for your account; change that under Settings, then Alerts.", f"{app} <notify@{app.lower()}.example>")
        if code == "vm":  # a voicemail transcript
            secs = rng.randrange(15, 58)
            return (f"New voicemail ({secs}s) from {c['phone']}",
                    f"Voicemail waiting\nCaller: {c['phone']}\nAt: {c['stamp']}\nDuration: {secs} seconds\n\nTranscription (beta):\n\"{core}\"\n\nListen in the Harbour Mobile app. Transcriptions can be inaccurate.", "Harbour Mobile Voicemail <vm@harbourmobile.example>")
        if code == "ocr":  # a scanned letter
            hello = "" if own else f"Dear {first} {c['surname']},\n\n"
            return (f"Scanned document {c['sent']:%Y-%m-%d}",
                    f"[PaperLens scan, page 1 of 1, text recognised automatically]\n\n{org}\n{c['city']}\n\n{c['later'].day} {MONTHS[c['later'].month - 1]} {c['later'].year}\n\n{hello}{textwrap.fill(core, 70)}\n\nWith best wishes,\n\n{c['hm_full']}",
                    "PaperLens <scans@paperlens.example>")
        if code in ("cal", "ci"):  # a calendar decline with a comment, or an invitation with a description
            start = c["later"].replace(hour=rng.choice((8, 10, 13, 16)), minute=0)
            when = f"{start:%a} {start.day} {MONTHS[start.month - 1]} {start:%H:%M}"
            if code == "cal":
                return (f"Declined: {subject} ({when})",
                        f"{c['hm_full']} has declined this event.\n\nComment: {core}\n\n{subject}\nWhen: {when}\nWhere: {org}, {c['city']}\nOrganiser: {full}", person)
            return (f"Invitation from {c['hm_full']}: {subject} ({when})",
                    f"{subject}\nWhen: {when}\nWhere: {org}, {c['city']}\n\n{core}\n\nAccept · Tentative · Decline", person)
        if code == "doc":  # a comment in a shared spreadsheet or document
            doc = rng.choice(DOC_NAMES)
            return (f"{c['hm_full']} mentioned you in \"{doc}\"",
                    f"{c['hm_full']} added a comment in {doc} ({org})\n\n{core}\n\nOpen: https://docs.{dom}/d/{c['ref']}\nYou were mentioned with @{first.lower()}. Reply in the document.", f"{c['hm_full']} (via Shared Docs) <comments@shareddocs.example>")
        if code == "bd":  # a task board card
            return (f"[{org} hiring] {full}",
                    f"Board: {org} hiring · Card: {full} - {c['role']}\n\n{core}\n\nUpdated {c['stamp']} by {c['hm']}. You're watching this card.", "Tasklane <boards@tasklane.example>")
        if code == "gp":  # an app platform's notice
            return (subject, f"{core}\n\n{org} · {c['city']}\nManage emails in the {org} app under Account.", f"{org} <noreply@{dom}>")
        if code == "ht":  # an HTML mail
            hello = "" if own else f"<p>Dear {first},</p>"
            paras = "".join(f'<p style="font:15px/1.5 Verdana,sans-serif;margin:0 0 12px">{line}</p>' for line in core.split("\n") if line.strip())
            return (subject, f'<html><body style="background:#f2f0eb"><div style="max-width:560px;margin:20px auto;background:#fff;padding:20px;border-left:4px solid #3c6e71"><h3 style="font-family:Verdana">{org}</h3>{hello}{paras}<p style="font:15px Verdana">{c["hm"]}</p><p style="font:10px Verdana;color:#999">{org}, {c["city"]} &middot; <a href="https://{dom}/privacy">privacy</a></p></div></body></html>',
                    f"{org} <hello@{dom}>")
        if code == "hl":  # an HTML mail in a language
            paras = "".join(f"<p>{line}</p>" for line in core.split("\n") if line.strip())
            return (subject, f'<html><body><div style="font-family:sans-serif;max-width:600px;border-top:3px solid #8a5a44;padding:14px">{paras}<hr><small>{org} · {c["city"]} · https://{dom}</small></div></body></html>', f"{org} <kontakt@{dom}>")
        raise ValueError(code)

    def add(self, name: str, kind: str, sector: str, code: str, subject: str, core: str) -> None:  # noqa: PLR0917 - a template's fields
        c = self.context(sector, name)
        subj, body, sender = self.shell(code, subject.format(**c), core.format(**c), c)
        self.shells[(kind, code)] += 1
        self.langs[(c["lang"] or "en", "rejection" if kind == RJ else "other")] += 1
        self.records.append(record(subj, body, sender, kind=kind, family=f"{PREFIX}-{name}", provenance=PROVENANCE, to=f"{c['full']} <{mailbox(c['first'] + '.' + c['surname'], 'me')}@mailbox.example>", date=c["datehdr"]))


def build(maker: Maker | None = None) -> list[dict]:
    maker = maker or Maker(random.Random(SEED))
    for name, kind, sector, shells, subject, core in ENGLISH_NO + ENGLISH_TWINS + LANG_NO + LANG_TWINS:
        for code in shells:
            maker.add(name, kind, sector, code, subject, core)
    return finish(maker.records, maker.rng, "w33")


def langs(maker: Maker, records: list[dict]) -> int:
    """Print the make-up by kind, kind/shell and language (no message text)."""
    return makeup(records, (("kind / shell", maker.shells), ("language / label", maker.langs)), lengths(records), width=24)


def main(argv: list[str]) -> int:
    maker = Maker(random.Random(SEED))
    records = build(maker)
    return run(argv, OUT, records, lambda: langs(maker, records), skip=SEALED, top=None)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
