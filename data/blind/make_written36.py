# ruff: noqa: E501, S311
"""Write data/blind/written-36.jsonl: training mail, twenty-fourth batch (breadth).

Twenty-fifth pass, part W. Recall on unusual mail has sat near 0.65 for several passes; this
batch writes the unusual, with as many twins in the same trades, channels and languages:

* (a) ~100 English ``rejection`` from trades and channels HR templates never cover (kitchens,
  bars, building sites, workshops, studios, orchestras, theatres, sports clubs, care homes,
  families hiring a nanny, farms, boats, film crews, research groups, food banks' paid posts,
  franchises, family shops, gig platforms) in texts, WhatsApp exports, voicemail transcripts,
  social-media DMs, notes forwarded by a friend, scanned form letters, very short replies and
  replies at the bottom of a long thread, mostly with no "unfortunately": the decision is said
  sideways ("we've got our person", "the spot's taken", "we're crewed up");
* (b) 50 ``rejection`` in twenty-one widely spoken languages in everyday registers (Spanish,
  Portuguese, French, German, Italian, Dutch, Polish, Turkish, Russian, Indonesian,
  Vietnamese, Japanese, Korean, Chinese, Arabic in script and in Latin-script chat, Swahili,
  Romanian, Czech, Hungarian, Greek);
* (c) ~150 twins that are not rejections in the same trades, channels and languages: receipts
  with refusal talk, trial shifts booked, invitations, offers, rota changes, the reader's own
  withdrawal, refusals that are not about a job (tickets, tables, club places, flats, loans,
  papers, courses) and small-business mail about third parties ("we hired a new chef").

Every template is one family of one to three copies, one per shell listed, each copy its own
reader, signer, outfit, place and date; every address and link is under ``.example``.

    python data/blind/make_written36.py           # writes the file (seed 360361)
    python data/blind/make_written36.py --langs   # make-up by kind, shell and language
    python data/blind/make_written36.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

SEED = 360361
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import MakerBase, finish, lengths, makeup, record, run, sealed  # noqa: E402

# written-31's kinds, months and address helpers (the batch beside this file)
from make_written31 import AR, IV, MONTHS, NJ, NS, OF, OJ, RJ, mailbox  # noqa: E402

OUT = HERE / "written-36.jsonl"
PROVENANCE = "written for rejectwatch issue 11 twenty-fifth pass as training mail, twenty-fourth batch, breadth: odd trades and channels, twenty-one languages, twins (make_written36.py)"
PREFIX = "blind-w36"  # the read-slice prefix: train-only in grouped CV, weight READ_SLICE_WEIGHT
SEALED = sealed(24)  # never opened, skipped by name (an earlier first, as when written)
HAM = "ham"

# English templates: (name, kind, sector, shells, subject, core). One copy per shell listed.
EN_REJECTIONS = (
    ("kitchen-got-our-person", RJ, "kitchen", ("sms", "wa"), "Line cook",
     "Hey {first}, {hm} from {org}. We've got our person for the grill now, so no need to keep Friday free. You were quick on the tickets during the trial, for what it's worth."),
    ("kitchen-spot-taken-dm", RJ, "kitchen", ("dm", "sms"), "Pastry",
     "spot's taken sorry {first}!! the sous's cousin is starting on pastry tuesday. good luck out there"),
    ("bar-voicemail-shifts", RJ, "kitchen", ("vm", "vm"), "Bar staff",
     "Hi, this is {hm} calling from {org} about the bar job, um, just to say we've gone ahead and given the weekend shifts to someone who's done cocktail service before, so don't worry about popping in Friday. Take care, bye now."),
    ("hotel-housekeeping-trial", RJ, "kitchen", ("ht", "pm"), "Housekeeping trial at {org}",
     "Many thanks for the housekeeping trial morning at {org}. Our head housekeeper has made her picks for the summer team, and you won't be among the room attendants joining us this season."),
    ("wedding-venue-events", RJ, "kitchen", ("dm", "pm"), "Event staff",
     "We're all set for event staff through September, so we'll pass for this year. Your message was lovely though, and the table-plan drawing made us laugh."),
    ("kp-forwarded-by-friend", RJ, "kitchen", ("fw", "fw"), "Re: kitchen porter",
     "Hiya, thanks for sending your mate's details over. Honest answer: the kitchen porter job went to a lad from the catering college last week, the chef wanted someone he'd taught. Tell {first} cheers for the interest."),
    ("build-apprentice-year-one", RJ, "build", ("sms", "pm"), "Apprenticeship",
     "Alright {first}, it's {hm}. The apprenticeship's gone to a young lad who's already done his first year at college. Didn't want you sat waiting by the phone."),
    ("build-foreman-thread", RJ, "build", ("th", "th"), "Foreman position",
     "Cheers for the drive over to the job on {day}. The gaffer has handed the foreman's job to {other}, who's run our last two extensions start to finish. Keep your card in date and I'll shout when the next job needs an extra pair of hands."),
    ("garage-mechanic-vm", RJ, "build", ("vm", "pm"), "Mechanic",
     "Hi {first}, it's {hm} at {org}. Rang about the technician job. We've taken on a fella with his hybrid qualification, which is where the work's going for us, so that's where we've landed. Hope something turns up quick for you."),
    ("scaffold-crew-full", RJ, "build", ("wa", "sms"), "Scaffolding",
     "No room on the gang for now mate, boss took on two from the agency yesterday. If that changes you'll hear from me first."),
    ("family-plumbing-van", RJ, "family", ("pm", "wa"), "The improver job",
     "We talked it over at Sunday dinner and Dad wants to keep the van to just him and my brother this winter, so there's no improver's job after all. Sorry for messing you about, {first}."),
    ("family-bakery-niece", RJ, "family", ("wa", "pm"), "Saturday counter",
     "Nonna's decided to keep the counter in the family: my niece is back from university and is having the Saturday mornings. So the Saturday job's gone, sorry {first}. Come in for a cornetto on us."),
    ("family-hardware-son", RJ, "family", ("pm", "sms"), "Shop assistant",
     "Thank you for dropping your letter in. Since then my son has come home to help in the shop, so the assistant's place you asked about isn't there any more."),
    ("joinery-dovetails", RJ, "craft", ("pm", "fw"), "Workshop apprenticeship",
     "Thank you for bringing your dovetail samples to the workshop. I've decided to take on {other} as the apprentice this year; her work leans more towards the chairmaking we do. Yours showed real patience, and I hope another maker snaps you up."),
    ("pottery-studio-assistant", RJ, "craft", ("dm", "pm"), "Studio assistant",
     "the studio assistant role is sorted now, we went with someone who can also throw for the wholesale orders. really liked your glaze tests though!"),
    ("tattoo-apprentice-dm", RJ, "craft", ("dm", "dm"), "Apprenticeship",
     "hey, appreciate you sending the flash sheets. we've decided the apprenticeship goes to someone who's been sitting for us for a couple of years, so that rules you out this round. keep drawing"),
    ("salon-model-day", RJ, "craft", ("wa", "sms"), "Stylist chair",
     "Hiya {first}, thanks for the model day! {hm} has given the chair to the other stylist, she's bringing her own clients with her. Sorry lovely x"),
    ("florist-christmas", RJ, "craft", ("pm", "ht"), "Christmas help",
     "The Christmas extra hands are all booked in now: I asked two of last year's helpers back before I'd even put the notice up. Thank you for the wreath photos."),
    ("orchestra-viola", RJ, "arts", ("ocr", "pm"), "Section viola audition",
     "The panel heard forty-one players over two days for the section viola vacancy. You won't go through to the final round; the trial period is going to another player."),
    ("theatre-asm-tour", RJ, "arts", ("pm", "th"), "ASM - spring tour",
     "We've filled the ASM slot for the spring tour with someone who's toured with us before. Keep us in mind for autumn; show calls go out in July."),
    ("gallery-invigilator", RJ, "arts", ("ht", "pm"), "Invigilator hours",
     "Thanks for asking about invigilating at {org}. The rota for the exhibition run is already complete and no hours are being offered to new invigilators this season."),
    ("parish-music-director", RJ, "arts", ("pm", "fw"), "Director of Music",
     "The parish council met on {day} and has appointed {other} as Director of Music from Advent. We were grateful for your playing at the audition service."),
    ("band-dep-bass", RJ, "arts", ("wa", "sms"), "Dep bass",
     "Sorted for the bass dep now, Gaz's cousin is doing the cruise run. Ta for sending the clips, tight playing"),
    ("coach-under14s", RJ, "sport", ("pm", "wa"), "Under-14s head coach",
     "The committee met on Tuesday night about the under-14s head coach role. They've asked {other} to take it on as she already holds the Level 2 badge. Saturday mornings could always use an unpaid helper, if you fancy it."),
    ("gym-pt-member", RJ, "sport", ("sms", "dm"), "Personal trainer",
     "Hey {first}, {hm} here from {org}. The PT slot's gone to one of our members who's just qualified. Hope you land something good!"),
    ("swim-teacher-filled", RJ, "sport", ("pm", "vm"), "Swim teacher",
     "Hi {first}, it's {hm} from {org}. Just letting you know our swim teacher opening has been filled, so we'll close off your application here. Good luck finishing your teaching qualification."),
    ("ski-school-season", RJ, "sport", ("pm", "ht"), "Winter season",
     "Our instructor team for the winter season is complete. We recruited heavily from returning staff, and we can't find room for you on the mountain this year."),
    ("steward-vetting", RJ, "sport", ("gp", "gp"), "Steward application update",
     "Your matchday steward application for the {year} season hasn't been approved at the vetting stage."),
    ("care-home-shadow", RJ, "care", ("pm", "ocr"), "Night care assistant",
     "After your shadow shift on {day}, the home manager has decided to stop your application for the night care assistant post there. We'd encourage you to complete the Care Certificate before you apply to us again."),
    ("nanny-two-streets", RJ, "care", ("wa", "pm"), "Nanny",
     "We've found our nanny for Leo and Ruby now, a lady who lives two streets over, which makes the school runs far easier. Thanks so much for meeting them; they talked about your dinosaur game all week."),
    ("homecare-rural-runs", RJ, "care", ("sms", "pm"), "Care worker",
     "Hi {first}, {org} here. There's no space on the rota for you, as the runs we're short on are rural ones that need a driver. Your DBS fee will be refunded."),
    ("dogwalker-trial", RJ, "care", ("sms", "wa"), "Dog walking",
     "Thanks for the trial walk with Biscuit and Pip. We've decided to stay with the walker we had before she moved, she's back in the area now. Pip liked you though!"),
    ("picking-crew-full", RJ, "farm", ("sms", "wa"), "Picking",
     "Picking crew's full up now {first}, we've got our twelve. Sorry bud. Try the packhouse down the road, they were short last week."),
    ("dairy-relief-livein", RJ, "farm", ("pm", "vm"), "Relief milker",
     "Thanks for ringing about the relief milker job. We've taken on a young fella from the agricultural college who can live in, and that suits us better with the four o'clock starts."),
    ("vineyard-vintage", RJ, "farm", ("ht", "pm"), "Vintage crew",
     "Selection for the {org} vintage crew is done. We had far more hands than places this year, and you're not on the crew sheet."),
    ("stables-groom", RJ, "farm", ("pm", "dm"), "Groom",
     "I've given the groom's job to a girl who's hunted with us for years, so I won't need you to come and ride out. Thank you for the references."),
    ("deckhand-crewed-up", RJ, "sea", ("wa", "pm"), "Deckhand",
     "Skipper says we're crewed up for the season, {first}. He took a lad who already has his sea survival ticket. Maybe next spring, eh."),
    ("yacht-stewardess", RJ, "sea", ("pm", "fw"), "Stewardess - M/Y {boat}",
     "Thank you for your CV for the stewardess role aboard M/Y {boat}. The captain has finished choosing his crew for the Mediterranean season, and the interior team is now complete without you."),
    ("ferry-seasonal-rating", RJ, "sea", ("ocr", "ht"), "Seasonal ratings {year}",
     "Your application for a seasonal rating was assessed against the manning needs of the summer timetable. We are not able to include you in the {year} seasonal intake."),
    ("film-runner-locked", RJ, "film", ("sms", "dm"), "Runner",
     "Hey! we've locked the runner team for the shoot, not you this time sorry. keep sending the showreel round x"),
    ("film-2nd-ac", RJ, "film", ("pm", "th"), "2nd AC",
     "The DP has decided to bring his regular 2nd AC onto this one, so we're sorted on the camera team. I'll pass your details to our production manager for the next job."),
    ("film-crowd-call", RJ, "film", ("gp", "pm"), "Crowd call {next}",
     "You weren't picked for the crowd call on {next}. Casting were after people who could pass for 1940s dockers."),
    ("lab-postdoc-imaging", RJ, "lab", ("pm", "th"), "Postdoc position",
     "I've now spoken with the other two candidates and will be offering the postdoc to someone whose thesis was on exactly our imaging pipeline. It wasn't an easy choice, and I'm happy to put in a word with colleagues elsewhere."),
    ("lab-field-ra", RJ, "lab", ("pm", "fw"), "Field season RA",
     "The group has filled the RA post for the field season. I know you'd hoped for it; the grant only stretches to one person and we chose the one with boat handling."),
    ("lab-studentship-awarded", RJ, "lab", ("ht", "pm"), "Funded studentship",
     "The studentship panel has met, and the funded place on this project has gone to another applicant from the interview list. No funding remains for you on this one, I'm sorry to say."),
    ("foodbank-paid-coordinator", RJ, "charity", ("pm", "wa"), "Paid coordinator role",
     "The paid coordinator role went to a volunteer who's been with us since 2015, who knows the warehouse inside out. You'd still be more than welcome on the Thursday sorting shift."),
    ("charity-shop-manager", RJ, "charity", ("pm", "ocr"), "Shop manager",
     "The trustees interviewed four people for the manager's post at our {city} shop. They offered it to the deputy, who has run the shop during the vacancy, and she accepted."),
    ("franchise-barista-closed", RJ, "franchise", ("sms", "ht"), "Barista",
     "{org} {city}: thanks for your interest! Barista places at this store are all taken, so there's no onboarding slot for you."),
    ("franchise-owner-promote", RJ, "franchise", ("pm", "vm"), "Shift lead",
     "Hi {first}, {hm} here, I own the {org} on {street}. I've decided to promote one of my crew to shift lead instead of bringing someone in, so that's me sorted. Cheers for popping in."),
    ("franchise-app-closed", RJ, "franchise", ("gp", "gp"), "Your {org} application",
     "Your application to {org} ({city}) has been closed by the restaurant manager."),
    ("courier-docs", RJ, "gig", ("gp", "gp"), "About your courier application",
     "We couldn't approve your courier application. The vehicle documents you sent aren't enough for the {city} zone."),
    ("tasker-demand", RJ, "gig", ("gp", "pm"), "Your Tasker profile",
     "After looking over your profile, activating you as a Tasker in {city} isn't possible right now. Demand for handyman tasks there is already covered."),
    ("freelance-post-closed", RJ, "gig", ("dm", "pm"), "Your proposal",
     "Thanks for the proposal! We've already hired a freelancer for this one, closing the post now."),
    ("short-filled", RJ, "misc", ("sms", "pm"), "Re: the job",
     "Role's filled. Thanks anyway."),
    ("short-went-other", RJ, "misc", ("pm", "sms"), "Re: your CV",
     "Went with someone else. Cheers for applying."),
    ("warehouse-long-thread", RJ, "misc", ("th", "th"), "Warehouse supervisor",
     "Straight answer, since you came all that way twice: We'll be carrying on the search without you, which isn't what anyone wants to read after two visits, but the job needs a reach-truck driver from day one and there's no budget for training."),
    ("removals-crew", RJ, "misc", ("wa", "vm"), "Removals",
     "Alright {first}, {hm} from {org}. We got fixed up with a porter on Monday, big strong lad, already had his van licence. So that one's done, sorry pal."),
)

EN_OTHERS = (
    ("kitchen-trial-booked", NS, "kitchen", ("sms", "wa"), "Trial shift",
     "Hey {first}, {hm} from {org}. Can you do a trial on Saturday, four till nine? Bring your knives; staff meal after."),
    ("kitchen-new-chef-ham", HAM, "kitchen", ("pm", "wa"), "New chef",
     "Quick one: we hired a new head chef, {other}, and she starts Monday. Can you update the allergen sheet and clear a shelf in the walk-in for her before then?"),
    ("bar-voicemail-chat", IV, "kitchen", ("vm", "vm"), "Bar staff",
     "Hi, it's {hm} from {org}, your CV reached me. Fancy a chat on Thursday, about three? Just come to the side door. Cheers."),
    ("hotel-rota-change", OJ, "kitchen", ("pm", "sms"), "Rota change",
     "Rota change: you're on earlies Tuesday and Wednesday next week, not lates, as {other} has swapped to nights. Any problem, tell me before Sunday."),
    ("kitchen-cv-dropped-ack", AR, "kitchen", ("pm", "dm"), "Your CV",
     "Cheers for leaving your CV behind the bar. The manager does all hiring on a Monday; no word by the Wednesday after means the spot's been taken."),
    ("restaurant-table-full", NJ, "kitchen", ("pm", "ht"), "Your booking request",
     "Sorry, there's no room for a party of eight on Saturday the {date}; both sittings are booked out. We could do six at 9.15, or eight on the Sunday lunch."),
    ("build-apprentice-offer", OF, "build", ("sms", "pm"), "Apprenticeship",
     "Alright {first}, it's {hm}. You've got the apprenticeship! Start Monday, 7am at the yard. Steel toecaps and a packed lunch."),
    ("build-site-move", OJ, "build", ("wa", "sms"), "Tomorrow",
     "Change of plan, you're on the {street} job tomorrow not the school. Same start. Bring the long level."),
    ("build-meet-client-thread", IV, "build", ("th", "th"), "Foreman position",
     "Good of you to come and look at the job on {day}. The gaffer wants you back Thursday morning to walk the job with the client before he decides anything on the foreman's post."),
    ("garage-mot-fail", NJ, "build", ("pm", "sms"), "Your car",
     "Your car failed its MOT this morning: front brake discs and a number plate lamp. We can do both today for £148 if you reply yes."),
    ("family-plumbing-new-lad", HAM, "family", ("pm", "wa"), "New lad",
     "Just so you know, we've taken on a new lad, Kieran, starting on the {date}. He'll be with you on the boiler jobs for his first fortnight, so show him the ropes."),
    ("family-bakery-saturday-girl", HAM, "family", ("wa", "pm"), "Saturday help",
     "We've got a new Saturday girl, Maisie, from this week. Can you show her the till and the slicer? She's not allowed on the oven."),
    ("family-shop-offer", OF, "family", ("pm", "sms"), "Shop assistant",
     "Thank you for dropping your letter in. We can give you the Thursday to Saturday hours in the shop from the {date}, if that still suits you."),
    ("joinery-either-way", AR, "craft", ("pm", "fw"), "Workshop apprenticeship",
     "Got your samples, thanks. I'm seeing three others this week and I'll tell you by the {date} either way; nobody's been chosen yet."),
    ("pottery-come-throw", IV, "craft", ("dm", "pm"), "Studio assistant",
     "loved your glaze tests! could you come in {next} and throw a few pots with us? an hour or so, wear clothes you don't mind ruining"),
    ("tattoo-books-closed", NJ, "craft", ("dm", "dm"), "Booking",
     "books are closed till march sorry, can't fit your sleeve in before then. drop me a message in feb and we'll sort a date"),
    ("salon-appt-cancelled", NJ, "craft", ("sms", "wa"), "Your appointment",
     "Sorry {first}, we've had to cancel your colour on {next} as {hm} is off sick. Can we move you to the following week? Reply with a day that works."),
    ("orchestra-trial-week", IV, "arts", ("ocr", "pm"), "Section viola audition",
     "Following your audition, the panel asks you to play a trial week with the orchestra from {next}. Fees are paid at the extra rate and travel is reimbursed."),
    ("theatre-asm-offer", OF, "arts", ("pm", "th"), "ASM - spring tour",
     "Good news: the spring tour's ASM job is yours. Contract and digs list to follow; first call is {next} at the rehearsal room."),
    ("gallery-rota-out", OJ, "arts", ("ht", "pm"), "Invigilator rota",
     "The invigilation rota for the exhibition is now out. You're down for four Saturdays; swaps go through the front desk, not through me."),
    ("festival-ballot", NJ, "arts", ("ht", "gp"), "Ticket ballot result",
     "Your entry in the ticket ballot was not successful this time. Returned tickets go on resale in spring, and you'll get a code."),
    ("coach-badge-course-full", NJ, "sport", ("pm", "ht"), "Level 2 course",
     "The Level 2 coaching course on {next} is fully booked, so you're sixth in the queue for a place. Another runs in April."),
    ("club-under9s-full", NJ, "sport", ("pm", "wa"), "Under-9s",
     "No room left in the under-9s squad this season, so Alfie can't join just now. He's on the list for January."),
    ("gym-freeze-refused", NJ, "sport", ("gp", "pm"), "Membership freeze",
     "We can't freeze your membership beyond two months in a row, so your request for four has been turned down. Your plan carries on as usual."),
    ("swim-induction", NS, "sport", ("pm", "vm"), "Swim teacher",
     "Hi {first}, it's {hm} from {org}. Can you come to the pool on {next} for a poolside induction and a short observed lesson? Bring your certificates."),
    ("steward-approved", OF, "sport", ("gp", "gp"), "Steward accreditation",
     "Your matchday steward accreditation for the {year} season is approved. Your first briefing is before the home game on {next}."),
    ("care-shadow-booked", NS, "care", ("pm", "ocr"), "Night care assistant",
     "Thank you for coming in. Come and shadow the night team {next} from 8pm; wear flat shoes and bring photo ID for the DBS paperwork."),
    ("nanny-start-offer", OF, "care", ("wa", "pm"), "Nanny",
     "Leo and Ruby would love you as their nanny, and so would we! Could you start on the {date}? We'll sort a contract and payroll this week."),
    ("homecare-holiday-declined", OJ, "care", ("sms", "pm"), "Holiday request",
     "Your holiday request for the week of the {date} has been declined, sorry, as three of the team are already off. Any other week in that month is fine."),
    ("dogwalker-rebook", OJ, "care", ("sms", "wa"), "Walks",
     "Biscuit and Pip loved you! Can you do Mondays and Thursdays from next week? Same route."),
    ("picking-report-six", OF, "farm", ("sms", "wa"), "Picking",
     "You made the picking crew {first}. Report at the top barn 6am {next}, bring water and a hat."),
    ("dairy-milk-price", HAM, "farm", ("pm", "wa"), "Milk price",
     "The buyer turned us down on the price rise again, so I've told him we're talking to the other co-op. Can you get the bulk tank records for the last six months together?"),
    ("vineyard-harvest-party", NJ, "farm", ("ht", "pm"), "Harvest party",
     "The harvest party tickets have all gone, so there's no room left for your booking for four. Your name's on the returns list."),
    ("deckhand-trial-trip", IV, "sea", ("wa", "pm"), "Deckhand",
     "Skipper wants you on Tuesday's trip as a trial, {first}. Be on the quay at 5. Oilskins if you've got them."),
    ("yacht-crew-agency-ack", AR, "sea", ("pm", "fw"), "Your crew profile",
     "Thanks for registering with {org}. Your CV is on our books; we only contact crew when a captain shortlists them, so silence isn't a no."),
    ("ferry-medical", NS, "sea", ("ocr", "ht"), "Seasonal ratings {year}",
     "Your application for a seasonal rating has moved forward. Please attend a seafarer medical on {next}; bring your passport and discharge book."),
    ("film-callsheet", OJ, "film", ("sms", "dm"), "Callsheet",
     "Callsheet for tomorrow's in your inbox, call time 06:30 at unit base. Park in the church car park, not on the street."),
    ("film-location-refused", HAM, "film", ("pm", "th"), "Night shoot",
     "The location owner has said no to the night shoot, so we're moving scene 14 to the studio. Can you rejig the camera order and let the 2nd AC know?"),
    ("film-crowd-booked", OF, "film", ("gp", "pm"), "Crowd call {next}",
     "You've been booked for the crowd call on {next}. Costume fitting the day before at 2pm; don't cut your hair."),
    ("lab-postdoc-invite", IV, "lab", ("pm", "th"), "Postdoc position",
     "I've read your application and want to talk. Could you present your work to the group on {next}, twenty minutes or so, then have coffee with me and a couple of the PhD students?"),
    ("lab-paper-rejected", NJ, "lab", ("pm", "ht"), "Decision on manuscript",
     "The editor has rejected our manuscript after review; reviewer 2 wants the field data redone. Let's talk on Monday about sending it elsewhere."),
    ("lab-withdrawal-confirmed", OJ, "lab", ("pm", "fw"), "Field season RA",
     "Good news about Bergen! Noted that you're pulling out of our RA post; congratulations, and do keep in touch."),
    ("foodbank-shift-confirmed", OJ, "charity", ("pm", "wa"), "Thursday sorting",
     "You're confirmed for Thursday sorting from the {date}. Park round the back and ask for {hm}."),
    ("charity-grant-ham", HAM, "charity", ("pm", "ocr"), "Lottery bid",
     "Our bid to the lottery fund was not successful, so the van replacement is on hold. The trustees meet on {next} to talk about other funders."),
    ("franchise-onboarding", NS, "franchise", ("sms", "ht"), "Barista",
     "{org} {city}: you're booked for onboarding on {next} at 10am. Bring ID and your bank details for payroll."),
    ("franchise-application-received", AR, "franchise", ("gp", "gp"), "Your {org} application",
     "Your application to {org} ({city}) has been received. The restaurant manager reviews applications weekly; if you're not a fit for the current openings, your application will be closed."),
    ("franchise-dev-loan-declined", NJ, "franchise", ("pm", "ht"), "Finance application",
     "Your small business loan application has been turned down. Written reasons are available on request within 30 days."),
    ("courier-active", OF, "gig", ("gp", "gp"), "You're ready to ride",
     "Your courier account in {city} is active. Switch on the app to start accepting orders."),
    ("gig-payout-declined", NJ, "gig", ("gp", "gp"), "Payout failed",
     "Your payout of £86.40 was declined by your bank. Check your account details and we'll try again."),
    ("freelance-shortlisted", IV, "gig", ("dm", "pm"), "Your proposal",
     "Thanks for the proposal! You're on my shortlist of three. Could we hop on a call {next} at 4?"),
    ("flat-other-applicant", NJ, "misc", ("pm", "sms"), "Re: the flat",
     "The landlord picked different tenants for the place on {street}, sorry. Two one-bed flats come free in March; happy to show you round."),
    ("removals-job-booked", HAM, "misc", ("wa", "vm"), "Removal",
     "Alright {first}, {hm} from {org}. We've got you booked for the removal on the {date}, two men and the big van, from eight."),
    ("warehouse-withdraw-own", OJ, "misc", ("th", "th"), "Warehouse supervisor",
     "No problem at all, and thanks for telling me straight. I've crossed your name off Thursday's visit list. Good luck with the new place."),
)

# Other languages: (name, kind, lang, shells, subject, core).
LANG_TEMPLATES = (
    ("es-barra-cogimos", RJ, "es", ("wa", "sms"), "Lo del bar",
     "Hola {first}, soy {hm} de {org}. Al final cogimos a otra chica para la barra, lo siento mucho. ¡Mucha suerte!"),
    ("es-cocina-cubierta", RJ, "es", ("pm", "hl"), "Vacante de ayudante de cocina",
     "Buenas tardes, {first}. Le escribo para decirle que el puesto de ayudante de cocina ya lo cubrimos. Gracias por pasarse el sábado a probar."),
    ("pt-garcom-fechou", RJ, "pt", ("wa", "sms"), "Vaga de garçom",
     "Oi {first}, tudo bem? Passando pra avisar que a gente fechou a vaga de garçom com outra pessoa. Valeu demais por ter vindo!"),
    ("pt-padaria-avancar", RJ, "pt", ("pm", "hl"), "Ajudante de padeiro",
     "Caro {first}, obrigado pela sua disponibilidade. Optámos por ficar com outra pessoa para o lugar de ajudante de padeiro, que já começa na segunda."),
    ("fr-commis-maison", RJ, "fr", ("sms", "wa"), "Poste de commis",
     "Salut {first}, c'est {hm}. Pour le poste de commis, on a choisi un gars qui connaissait déjà la maison. Désolé, et merci d'être passé."),
    ("fr-vendanges-complet", RJ, "fr", ("pm", "hl"), "Vendanges {year}",
     "Bonjour {first}, l'équipe de vendangeurs est au complet pour cette année, il n'y a plus de place pour vous. Bonne continuation."),
    ("de-biergarten-vergeben", RJ, "de", ("wa", "sms"), "Aushilfe Biergarten",
     "Hallo {first}, kurze Info: Die Aushilfsstelle im Biergarten ist schon vergeben. Danke dir trotzdem fürs Probearbeiten!"),
    ("de-tischler-anderen", RJ, "de", ("pm", "hl"), "Ausbildung Tischler",
     "Guten Tag {first}, vielen Dank für Ihren Besuch in der Werkstatt. Wir haben die Ausbildungsstelle zum Tischler einem anderen Bewerber gegeben."),
    ("it-sala-altra", RJ, "it", ("wa", "pm"), "Posto in sala",
     "Ciao {first}, ti scrivo per dirti che per il posto in sala abbiamo preso un'altra persona. Grazie mille per la prova di sabato!"),
    ("nl-bezorger-ingevuld", RJ, "nl", ("sms", "pm"), "Vacature bezorger",
     "Hoi {first}, de plek als bezorger is inmiddels ingevuld, je sollicitatie stopt hier dus. Succes verder!"),
    ("pl-budowa-zajete", RJ, "pl", ("sms", "wa"), "Praca na budowie",
     "Cześć {first}, miejsce na budowie już zajęte, szef wziął chłopaka z uprawnieniami na wózek widłowy. Dzięki za telefon."),
    ("tr-garson-anlastik", RJ, "tr", ("wa", "pm"), "Garson pozisyonu",
     "Merhaba {first}, garson pozisyonu için başka bir arkadaşla anlaştık. İlginiz için teşekkür ederiz, kolay gelsin."),
    ("ru-povar-drugogo", RJ, "ru", ("pm", "sms"), "Вакансия повара",
     "Здравствуйте, {first}! Спасибо, что пришли на пробный день. На место повара мы в итоге взяли другого человека."),
    ("id-barista-terisi", RJ, "id", ("wa", "sms"), "Lowongan barista",
     "Halo Kak {first}, mohon maaf ya, posisi barista di {org} sudah terisi. Terima kasih sudah datang interview kemarin."),
    ("vi-phu-bep-nguoi", RJ, "vi", ("sms", "wa"), "Việc phụ bếp",
     "Chào {first}, quán tìm được người phụ bếp rồi em nhé. Cảm ơn em đã đến làm thử hôm thứ Bảy."),
    ("ja-baito-betsu", RJ, "ja", ("pm", "hl"), "アルバイトの件",
     "{first}様\n先日はお店までお越しいただきありがとうございました。ホールスタッフの件ですが、今回は別の方にお願いすることになりました。"),
    ("ko-jubang-magam", RJ, "ko", ("sms", "pm"), "주방 보조 지원 건",
     "{first}님, 지원해 주셔서 감사합니다. 주방 보조 자리는 다른 분으로 채용이 마감되었습니다."),
    ("zh-fuwuyuan-zhaodao", RJ, "zh", ("wa", "sms"), "服务员岗位",
     "{first}你好，面试那天辛苦了。服务员的岗位我们已经找到人了，这次就不麻烦你了。"),
    ("ar-kashir-shaghl", RJ, "ar", ("pm", "wa"), "وظيفة الكاشير",
     "مرحباً {first}، شكراً على حضورك للمقابلة. تم شغل وظيفة الكاشير بشخص آخر، ونتمنى لك التوفيق."),
    ("arl-shoghl-5alas", RJ, "arl", ("wa", "sms"), "el shoghl",
     "salam {first}, ana {hm} mn {org}. el shoghl 5alas et2afal, 5adna 7ad tany. rabena ywaf2ak"),
    ("sw-mhudumu-jazwa", RJ, "sw", ("sms", "wa"), "Nafasi ya mhudumu",
     "Habari {first}, nafasi ya mhudumu wa mgahawa imeshajazwa. Asante kwa kuja kwenye usaili."),
    ("ro-ospatar-ocupat", RJ, "ro", ("wa", "pm"), "Post de ospătar",
     "Bună {first}, postul de ospătar a fost ocupat între timp de altcineva. Mulțumim că ai venit la probă."),
    ("cs-kuchar-obsazeno", RJ, "cs", ("sms", "pm"), "Místo pomocného kuchaře",
     "Ahoj {first}, místo pomocného kuchaře už máme obsazené. Díky, že ses zastavil."),
    ("hu-pultos-betoltve", RJ, "hu", ("wa", "sms"), "Pultos állás",
     "Szia {first}! A pultos állást közben betöltöttük, mással megyünk tovább. Köszi, hogy eljöttél."),
    ("el-servitoros-allon", RJ, "el", ("sms", "wa"), "Θέση σερβιτόρου",
     "Γεια σου {first}, τη θέση του σερβιτόρου την καλύψαμε τελικά με άλλον. Ευχαριστούμε που ήρθες."),
    # twins
    ("es-prueba-sabado", NS, "es", ("wa", "sms"), "Lo del bar",
     "Hola {first}, soy {hm} de {org}. ¿Puedes venir el sábado a las siete para una prueba en la barra? Trae camisa negra."),
    ("es-piso-otro", NJ, "es", ("pm", "hl"), "El piso de la calle Mayor",
     "Buenas, {first}. El propietario ha elegido a otros inquilinos para el piso, lo siento. Si quiere, le aviso cuando salga otro."),
    ("pt-contratado", OF, "pt", ("wa", "sms"), "Vaga de garçom",
     "Oi {first}! A vaga de garçom é sua. Começa na sexta às 18h, traz a carteira de trabalho."),
    ("pt-novo-funcionario", HAM, "pt", ("pm", "hl"), "Novo colega",
     "Pessoal, contratámos um novo pasteleiro, o {other}, que começa na segunda. Mostrem-lhe a cozinha, por favor."),
    ("fr-entretien-jeudi", IV, "fr", ("sms", "wa"), "Poste de commis",
     "Salut {first}, c'est {hm}. Tu peux passer jeudi vers 15h pour qu'on discute du poste de commis ?"),
    ("fr-table-complet", NJ, "fr", ("pm", "hl"), "Votre réservation",
     "Bonjour, nous sommes complets samedi soir et ne pouvons pas prendre votre table de six. Dimanche midi, il nous reste de la place."),
    ("de-probearbeit", NS, "de", ("wa", "sms"), "Aushilfe Biergarten",
     "Hallo {first}, magst du am Samstag ab 12 Uhr zum Probearbeiten kommen? Bequeme Schuhe mitbringen!"),
    ("de-kredit-abgelehnt", NJ, "de", ("pm", "hl"), "Ihr Kreditantrag",
     "Guten Tag {first}, Ihr Antrag auf einen Ratenkredit wurde leider abgelehnt. Die Gründe schicken wir Ihnen gern schriftlich."),
    ("it-nuovo-cuoco", HAM, "it", ("wa", "pm"), "Nuovo cuoco",
     "Ragazzi, abbiamo assunto un nuovo cuoco, {other}, che inizia lunedì. Preparategli un armadietto."),
    ("it-prova-sabato", NS, "it", ("pm", "sms"), "Posto in sala",
     "Ciao {first}, ti va di venire sabato sera per una prova in sala? Alle 18:30, camicia bianca."),
    ("nl-sollicitatie-ontvangen", AR, "nl", ("pm", "hl"), "Sollicitatie bezorger",
     "Hoi {first}, we hebben je sollicitatie als bezorger ontvangen. Hoor je binnen twee weken niets, dan is de plek al vergeven."),
    ("pl-rozmowa", IV, "pl", ("sms", "wa"), "Praca na budowie",
     "Cześć {first}, szef pyta, czy możesz wpaść jutro o siódmej na budowę pogadać o robocie."),
    ("tr-bilet-tukendi", NJ, "tr", ("pm", "hl"), "Konser biletleri",
     "Merhaba {first}, maalesef konser biletleri tükendi, siparişiniz iptal edildi ve ücretiniz iade edilecek."),
    ("ru-vyhodi", OF, "ru", ("pm", "sms"), "Вакансия повара",
     "Здравствуйте, {first}! Мы готовы взять вас поваром. Выходите в понедельник к девяти утра."),
    ("id-diterima", OF, "id", ("wa", "sms"), "Lowongan barista",
     "Halo Kak {first}, selamat ya, Kakak diterima jadi barista di {org}. Mulai kerja hari Senin jam 7 pagi."),
    ("vi-lich-lam", OJ, "vi", ("sms", "wa"), "Lịch làm tuần sau",
     "Chào {first}, tuần sau em đổi sang ca tối thứ Ba và thứ Năm nhé, anh {hm} xin nghỉ."),
    ("ja-mensetsu", IV, "ja", ("pm", "hl"), "アルバイトの件",
     "{first}様\nご応募ありがとうございます。{next}の15時に店舗で面接をお願いできますでしょうか。"),
    ("ko-jeopsu", AR, "ko", ("sms", "pm"), "주방 보조 지원 건",
     "{first}님, 지원서 잘 받았습니다. 서류 검토 후 면접 대상자께만 개별 연락드립니다."),
    ("zh-daobao", NS, "zh", ("wa", "sms"), "服务员岗位",
     "{first}你好，恭喜通过面试！请{next}上午十点来店里试工，带上身份证。"),
    ("ar-muqabala", IV, "ar", ("pm", "wa"), "وظيفة الكاشير",
     "مرحباً {first}، نود دعوتك لمقابلة يوم الأحد الساعة العاشرة صباحاً في الفرع الرئيسي."),
    ("arl-2ablny", IV, "arl", ("wa", "sms"), "el shoghl",
     "salam {first}, ana {hm} mn {org}. ta3ala bokra el sa3a 11 n2ablak 3shan el shoghl"),
    ("sw-karibu-kazini", OF, "sw", ("sms", "wa"), "Nafasi ya mhudumu",
     "Habari {first}, hongera! Umepata nafasi ya mhudumu. Karibu kazini Jumatatu saa mbili asubuhi."),
    ("ro-chirie", NJ, "ro", ("wa", "pm"), "Apartamentul",
     "Bună {first}, proprietarul a ales alți chiriași pentru apartament. Îți scriu dacă apare altceva."),
    ("cs-zkusebni-den", NS, "cs", ("sms", "pm"), "Místo pomocného kuchaře",
     "Ahoj {first}, můžeš přijít v sobotu na zkušební den? Začínáme v deset."),
    ("hu-beosztas", OJ, "hu", ("wa", "sms"), "Beosztás",
     "Szia {first}! Jövő héten kedden és csütörtökön esti műszakban leszel, {hm} szabadságon van."),
    ("el-kratisi", NJ, "el", ("sms", "wa"), "Κράτηση",
     "Γεια σου {first}, δυστυχώς το Σάββατο είμαστε γεμάτοι και δεν μπορούμε να κρατήσουμε τραπέζι για οκτώ."),
)

EN_PEOPLE = (("Shannon", "Kealy"), ("Dean", "Brannigan"), ("Marisol", "Ortega"), ("Tariq", "Mahmood"), ("Gemma", "Whitlock"), ("Rory", "Dunphy"),
             ("Kezia", "Adeyemi"), ("Wayne", "Toller"), ("Bronwyn", "Pask"), ("Eli", "Santangelo"), ("Priya", "Ramesh"), ("Callum", "Reid"),
             ("Jodie", "Marsh"), ("Hemi", "Walker"), ("Lena", "Novak"), ("Darnell", "Price"))
EN_OTHERS_NAMES = ("Ros", "Danny", "Mags", "Tomasz", "Leanne", "Kofi", "Sunita", "Fergus")
EN_CITIES = ("Swansea", "Hull", "Galway", "Dunedin", "Fremantle", "Moncton", "Asheville", "Stirling", "Bendigo", "Eugene")
STREETS = ("Mill Lane", "Harbour Road", "Chapel Street", "Victoria Terrace", "Station Road", "Ferry Lane")
BOATS = ("Serenity Blue", "Kestrel IV", "Aurelia", "Sea Lark")
PHONES = ("07700 90{0}", "+61 412 {0}", "+64 21 {0}", "(828) 555-{0}")
SECTORS = {
    "kitchen": (("The Anchor & Oak", "anchoroak.example"), ("Saltbox Kitchen", "saltbox-kitchen.example"), ("Hotel Carrow", "hotelcarrow.example"), ("Brambles Barn", "bramblesbarn.example")),
    "build": (("Hollis Builders", "hollisbuild.example"), ("Kerrigan Scaffolding", "kerriganscaff.example"), ("Northgate Motors", "northgatemotors.example")),
    "family": (("Pellegrini's", "pellegrinis.example"), ("Doyle & Sons Plumbing", "doyleandsons.example"), ("Weller Hardware", "wellerhardware.example")),
    "craft": (("Oak & Ash Workshop", "oakash.example"), ("Mudlark Pottery", "mudlarkpottery.example"), ("Black Anvil Tattoo", "blackanvil.example"), ("Snip Studio", "snipstudio.example"), ("Thistle Flowers", "thistleflowers.example")),
    "arts": (("Riverside Sinfonia", "riversidesinfonia.example"), ("Lantern Theatre Company", "lanterntheatre.example"), ("The Quay Gallery", "quaygallery.example"), ("St Brigid's Parish", "stbrigids.example")),
    "sport": (("Harbour Rovers FC", "harbourrovers.example"), ("Ironworks Gym", "ironworksgym.example"), ("Splash Swim School", "splashswim.example"), ("Snowline Ski School", "snowline.example")),
    "care": (("Willowbank Care Home", "willowbank.example"), ("Homeward Care", "homewardcare.example"), ("the Marsden family", "marsdenfamily.example")),
    "farm": (("Top Field Farm", "topfield.example"), ("Greenacre Dairy", "greenacredairy.example"), ("Stonecrop Vineyard", "stonecrop.example"), ("Ashcombe Stables", "ashcombe.example")),
    "sea": (("FV Mary Ellen", "maryellen.example"), ("Bluewater Crew", "bluewatercrew.example"), ("Island Ferries", "islandferries.example")),
    "film": (("Tidemark Pictures", "tidemark.example"), ("Northern Light Films", "northernlight.example"), ("Crowdline Casting", "crowdline.example")),
    "lab": (("the Coastal Ecology Group", "coastal-eco.example"), ("the Imaging Lab", "imaginglab.example")),
    "charity": (("Eastside Food Bank", "eastsidefoodbank.example"), ("Second Chance Shops", "secondchance.example")),
    "franchise": (("Beanstop Coffee", "beanstop.example"), ("Burger Harbour", "burgerharbour.example"), ("Crumbs Bakery", "crumbsbakery.example")),
    "gig": (("Dashly", "dashly.example"), ("TaskHand", "taskhand.example"), ("Freelancy", "freelancy.example")),
    "misc": (("Carter Logistics", "carterlogistics.example"), ("Two Vans Removals", "twovans.example"), ("Keystone Lettings", "keystonelettings.example")),
}
LANGS = {  # people, cities, outfits, phone
    "es": ((("Lucía", "Moreno"), ("Javier", "Ruiz"), ("Carmen", "Delgado"), ("Andrés", "Ibáñez")), ("Valencia", "Sevilla", "Guadalajara"), (("Bar La Parra", "laparra.example"), ("Casa Remedios", "casaremedios.example")), "+34 6{0}"),
    "pt": ((("Ana", "Ferreira"), ("Rafael", "Souza"), ("Beatriz", "Lima"), ("Tiago", "Nunes")), ("Porto", "Recife", "Curitiba"), (("Padaria Estrela", "padariaestrela.example"), ("Boteco do Zé", "botecodoze.example")), "+55 81 9{0}"),
    "fr": ((("Camille", "Roux"), ("Mathis", "Girard"), ("Inès", "Lambert"), ("Hugo", "Faure")), ("Lyon", "Nantes", "Liège"), (("Le Petit Zinc", "petitzinc.example"), ("Domaine des Treilles", "treilles.example")), "06 {0}"),
    "de": ((("Lena", "Hofmann"), ("Jonas", "Krüger"), ("Mia", "Schäfer"), ("Felix", "Brandt")), ("Augsburg", "Graz", "Freiburg"), (("Biergarten am See", "biergarten-see.example"), ("Schreinerei Maurer", "schreinerei-maurer.example")), "0151 {0}"),
    "it": ((("Giulia", "Conti"), ("Matteo", "Ferri"), ("Chiara", "Galli"), ("Davide", "Marino")), ("Bologna", "Bari", "Verona"), (("Trattoria da Nino", "danino.example"), ("Osteria del Ponte", "osteriaponte.example")), "+39 33{0}"),
    "nl": ((("Sanne", "de Vries"), ("Daan", "Bakker"), ("Fleur", "Visser"), ("Bram", "Smit")), ("Utrecht", "Groningen", "Gent"), (("Snelbezorgd", "snelbezorgd.example"), ("Bakkerij Jansen", "bakkerijjansen.example")), "06 {0}"),
    "pl": ((("Kasia", "Nowak"), ("Paweł", "Wójcik"), ("Agnieszka", "Kamińska"), ("Marek", "Lewandowski")), ("Kraków", "Gdańsk", "Łódź"), (("Budmax", "budmax.example"), ("Pierogarnia u Basi", "ubasi.example")), "+48 60{0}"),
    "tr": ((("Elif", "Yılmaz"), ("Emre", "Kaya"), ("Zeynep", "Demir"), ("Burak", "Şahin")), ("İzmir", "Bursa", "Antalya"), (("Deniz Lokantası", "denizlokanta.example"), ("Kahve Durağı", "kahvedurak.example")), "+90 53{0}"),
    "ru": ((("Анна", "Смирнова"), ("Дмитрий", "Кузнецов"), ("Ольга", "Попова"), ("Илья", "Соколов")), ("Казань", "Самара", "Тверь"), (("Кафе «Берёзка»", "berezka.example"), ("Столовая №5", "stolovaya5.example")), "+7 9{0}"),
    "id": ((("Putri", "Lestari"), ("Rizky", "Pratama"), ("Dewi", "Anggraini"), ("Bayu", "Saputra")), ("Bandung", "Yogyakarta", "Surabaya"), (("Kopi Senja", "kopisenja.example"), ("Warung Bu Tini", "butini.example")), "+62 812 {0}"),
    "vi": ((("Lan", "Nguyễn"), ("Minh", "Trần"), ("Hương", "Lê"), ("Tuấn", "Phạm")), ("Đà Nẵng", "Huế", "Cần Thơ"), (("Quán Bà Ba", "quanbaba.example"), ("Phở Hồng", "phohong.example")), "+84 9{0}"),
    "ja": ((("美咲", "佐藤"), ("大輝", "鈴木"), ("陽菜", "高橋"), ("蓮", "伊藤")), ("札幌", "福岡", "仙台"), (("食堂みどり", "midori-shokudo.example"), ("カフェ小春", "koharu.example")), "090-{0}"),
    "ko": ((("지은", "김"), ("민준", "이"), ("서연", "박"), ("도윤", "최")), ("부산", "대구", "광주"), (("한솥식당", "hansot.example"), ("카페 온기", "ongi.example")), "010-{0}"),
    "zh": ((("晓雯", "王"), ("浩然", "李"), ("雨婷", "张"), ("子轩", "刘")), ("成都", "杭州", "西安"), (("老街面馆", "laojie.example"), ("小满茶餐厅", "xiaoman.example")), "138{0}"),
    "ar": ((("ليلى", "حداد"), ("عمر", "نصار"), ("ريم", "خوري"), ("يوسف", "سالم")), ("عمّان", "الإسكندرية", "الدار البيضاء"), (("سوبرماركت الندى", "alnada.example"), ("مخبز الياسمين", "yasmeen.example")), "+962 7{0}"),
    "arl": ((("Mariam", "Fathy"), ("Karim", "Adel"), ("Nour", "Hassan"), ("Ahmed", "Samir")), ("Cairo", "Giza", "Alex"), (("Koshary el Tahrir", "kosharytahrir.example"), ("Mahalat Sameh", "sameh.example")), "+20 10{0}"),
    "sw": ((("Amina", "Mwangi"), ("Baraka", "Otieno"), ("Neema", "Mushi"), ("Juma", "Hamisi")), ("Mombasa", "Arusha", "Nakuru"), (("Mgahawa wa Pwani", "pwani.example"), ("Hoteli Tamu", "tamu.example")), "+254 7{0}"),
    "ro": ((("Ioana", "Popescu"), ("Andrei", "Ionescu"), ("Elena", "Stan"), ("Mihai", "Dumitru")), ("Cluj", "Iași", "Timișoara"), (("Bistro Cireșica", "ciresica.example"), ("Hanul Vechi", "hanulvechi.example")), "07{0}"),
    "cs": ((("Tereza", "Novotná"), ("Jakub", "Dvořák"), ("Lucie", "Černá"), ("Ondřej", "Procházka")), ("Brno", "Olomouc", "Plzeň"), (("Hospoda U Lípy", "ulipy.example"), ("Bistro Kvítek", "kvitek.example")), "+420 60{0}"),
    "hu": ((("Réka", "Nagy"), ("Bence", "Kovács"), ("Dóra", "Tóth"), ("Máté", "Szabó")), ("Debrecen", "Szeged", "Pécs"), (("Kis Kakas Bisztró", "kiskakas.example"), ("Duna Presszó", "dunapresszo.example")), "+36 30 {0}"),
    "el": ((("Μαρία", "Παπαδοπούλου"), ("Γιώργος", "Νικολάου"), ("Ελένη", "Γεωργίου"), ("Νίκος", "Δημητρίου")), ("Θεσσαλονίκη", "Πάτρα", "Χανιά"), (("Ταβέρνα ο Μύλος", "mylos.example"), ("Καφέ Αύρα", "avra.example")), "+30 69{0}"),
}
EAST = ("ja", "ko", "zh")
FW_NOTES = ("Hi {first}, this came back from the pub I asked for you, see below. Sorry mate.", "Forwarding what my aunt's friend said, scroll down x",
            "Got a reply about you from my old boss, below. Chin up.", "Passing this on from {hm}, he replied to me not you")
THREAD_NOTES = ("Hi {hm}, thanks for showing me round on {day}, the set-up looked great. Shout if more photos would help.\n\n{first}",
                "Hi {hm}, any word yet? Totally fine if it's still being mulled over.\n\nThanks, {first}",
                "Hello {hm}, attached the photos of my last job as promised.\n\n{first}")
DM_APPS = ("Instagram", "Facebook Messenger")
VM_CARRIERS = ("Visual Voicemail <vm@harbourmobile.example>", "Voicemail to text <transcripts@clearline.example>")


class Maker(MakerBase):
    def context(self, sector: str) -> dict:
        rng = self.rng
        lang = sector if sector in LANGS else None
        if lang:
            people, cities, orgs, phone = LANGS[lang]
            others = [p[0] for p in people]
        else:
            people, cities, orgs, phone = EN_PEOPLE, EN_CITIES, SECTORS[sector], rng.choice(PHONES)
            others = list(EN_OTHERS_NAMES)
        (hm, hm_sur), (first, surname) = rng.sample(people, 2)
        org, dom = rng.choice(orgs)
        sent = datetime(2019, 3, 4, 7, 0) + timedelta(days=rng.randrange(7 * 365), minutes=rng.randrange(13 * 60), seconds=rng.randrange(60))
        later = sent + timedelta(days=rng.randrange(2, 12))
        before = sent - timedelta(days=rng.randrange(2, 9))
        east = lang in EAST
        return {
            "first": first, "surname": surname, "full": f"{surname}{first}" if east else f"{first} {surname}", "hm": hm,
            "hm_full": f"{hm_sur}{hm}" if east else f"{hm} {hm_sur}", "org": org, "dom": dom, "lang": lang or "en",
            "city": rng.choice(cities), "other": rng.choice([o for o in others if o not in (first, hm)]), "street": rng.choice(STREETS),
            "boat": rng.choice(BOATS), "year": sent.year + 1, "ref": f"{rng.randrange(1000, 99999)}",
            "next": f"{later.month}月{later.day}日" if lang in ("ja", "zh") else f"{later.month}월 {later.day}일" if lang == "ko" else f"{later.day}/{later.month}" if lang else f"{later:%A} {later.day} {MONTHS[later.month - 1]}",
            "date": f"{later.day} {MONTHS[later.month - 1]}", "day": f"{before:%A} {before.day} {MONTHS[before.month - 1]}",
            "sent": sent, "stamp": f"{sent:%d/%m/%Y, %H:%M}", "phone": phone.format(rng.randrange(100000, 999999)),
            "datehdr": f"{sent:%a, %d %b %Y %H:%M:%S} {rng.choice(('+0000', '+0100', '-0500', '+1000', '+0200', '+1200'))}",
        }

    def shell(self, code: str, subject: str, core: str, c: dict) -> tuple[str, str, str]:  # noqa: PLR0911 - one branch per shell
        """The subject, body and sender of one channel around ``core``."""
        rng = self.rng
        org, dom, first, hm, full = c["org"], c["dom"], c["first"], c["hm"], c["full"]
        person = f"{c['hm_full']} <{mailbox(c['hm_full'].replace(' ', '.'), 'team')}@{dom}>"
        me = f"{full} <{mailbox(first + '.' + c['surname'], 'reader')}@post.example>"
        own = c["lang"] != "en" or core.startswith(("Hi", "Hey", "Hiya", "Alright", "hey", "Dear", "Thank", "Thanks"))
        if code == "pm":  # a short email from a person at a small outfit
            if c["lang"] != "en":
                return (subject, f"{core}\n\n{hm}\n{org}, {c['city']}", person)
            hello = "" if own else rng.choice(("Hi {first},\n\n", "Hello {first},\n\n", "{first},\n\n")).format(**c)
            return (subject, f"{hello}{core}\n\n{rng.choice(('Cheers', 'Best', 'Thanks', 'All the best', 'Ta'))},\n{hm}\n{org} | {c['phone']}", person)
        if code == "sms":  # a text mirrored into the mailbox
            return (f"SMS from {c['phone']}",
                    f"{core}\n\n-- \nText message received {c['stamp']} from {c['phone']}, copied to email by TextKeeper. Replying here won't reach the sender.", "TextKeeper <copies@textkeeper.example>")
        if code == "wa":  # a WhatsApp chat exported to oneself
            t = c["sent"]
            lines = [f"{t - timedelta(hours=rng.randrange(5, 40)):%d/%m/%Y, %H:%M} - {full}: {rng.choice(('👍', 'Hi! any news?', 'Hello :)', '🙏'))}"]
            lines += [f"{t + timedelta(minutes=n):%d/%m/%Y, %H:%M} - {c['hm_full']}: {part}" for n, part in enumerate(p for p in core.split("\n") if p.strip())]
            return (f"WhatsApp chat with {c['hm_full']}", "\n".join(lines) + "\n\n<attached: chat export, media omitted>", me)
        if code == "vm":  # a voicemail transcript
            secs = rng.randrange(14, 58)
            return (f"New voicemail from {c['phone']} ({secs}s)",
                    f"From: {c['phone']}\nDuration: {secs} seconds\n{c['stamp']}\n\nTranscription (best effort):\n\"{core}\"\n\nListen in the app. Not right? Rate this transcription.",
                    rng.choice(VM_CARRIERS))
        if code == "dm":  # a social-media direct message notification
            app = rng.choice(DM_APPS)
            handle = c["dom"].split(".")[0]
            return (f"{handle} sent you a message" if app == "Instagram" else f"New message from {org}",
                    f"{handle if app == 'Instagram' else org}\n{core}\n\nReply in {app}\n\nYou're getting this because message notifications by email are on. Turn them off in Settings.",
                    f"{app} <notify@{app.split()[0].lower()}-mail.example>")
        if code == "fw":  # a friend forwards the reply they got
            note = rng.choice(FW_NOTES).format(**c)
            return (f"Fwd: {subject}",
                    f"{note}\n\n-------- Forwarded message --------\nFrom: {person}\nDate: {c['sent']:%d %b %Y}\nSubject: {subject}\n\n{core}\n\n{hm}",
                    f"Jamie {rng.choice(('Holt', 'Okonjo', 'Barr'))} <jamie.friend@homemail.example>")
        if code == "ocr":  # a scanned form letter
            hello = "" if own else f"Dear {first} {c['surname']},\n\n"
            return (f"Scanned letter {c['sent']:%Y-%m-%d}",
                    f"[PaperTrail scan · 1 page · OCR text]\n\n{org.upper()}\n{c['city']}\n\nOur ref: {c['ref']}\n\n{hello}{textwrap.fill(core, 70)}\n\nYours sincerely,\n\n{c['hm_full']}\nfor {org}",
                    "PaperTrail <scans@papertrail.example>")
        if code == "th":  # a reply at the bottom of a long thread: two earlier notes quoted
            notes = rng.sample(THREAD_NOTES, 2)
            quoted = "".join(f"\n\nOn {c['sent'] - timedelta(days=k + 1):%a %d %b %Y}, {full if k == 0 else c['hm_full']} wrote:\n> " + (note.format(**c) if k == 0 else f"Cheers {first}, noted. Should have word for you once the boss is back from his holidays.\n{hm}").replace("\n", "\n> ") for k, note in enumerate(notes))
            return (f"Re: Re: {subject}", f"Hi {first},\n\n{core}\n\n{hm}{quoted}", person)
        if code == "gp":  # an app platform's notification mail
            return (subject, f"Hi {first},\n\n{core}\n\nMore details in the {org} app.\n{org} · {c['city']} · Notification settings: Profile > Emails", f"{org} <no-reply@{dom}>")
        if code == "ht":  # an HTML mail from a small outfit's site
            hello = "" if own else f"<p>Hi {first},</p>"
            return (subject, f'<html><body style="font:15px Verdana,sans-serif;color:#333"><div style="max-width:560px;margin:auto"><h2 style="color:#4a6b3a">{org}</h2>{hello}<p>{core}</p><p>{hm}<br>{org}, {c["city"]}</p><p style="font-size:11px;color:#999">https://{dom}</p></div></body></html>',
                    f"{org} <hello@{dom}>")
        if code == "hl":  # an HTML mail in a language
            paras = "".join(f"<p>{line}</p>" for line in core.split("\n") if line.strip())
            return (subject, f'<html><body><div style="max-width:580px;margin:0 auto;font:15px sans-serif">{paras}<p>{c["hm_full"]}<br>{org} · {c["city"]}</p><p style="font-size:11px;color:#888">https://{dom}</p></div></body></html>',
                    f"{org} <info@{dom}>")
        raise ValueError(code)

    def add(self, name: str, kind: str, sector: str, code: str, subject: str, core: str) -> None:  # noqa: PLR0917 - a template's fields
        c = self.context(sector)
        subj, body, sender = self.shell(code, subject.format(**c), core.format(**c), c)
        self.shells[(kind, code)] += 1
        self.langs[(c["lang"], "rejection" if kind == RJ else "other")] += 1
        self.records.append(record(subj, body, sender, kind=kind, family=f"{PREFIX}-{name}", provenance=PROVENANCE, to=f"{c['full']} <{mailbox(c['first'] + '.' + c['surname'], 'reader')}@post.example>", date=c["datehdr"]))


def build(maker: Maker | None = None) -> list[dict]:
    maker = maker or Maker(random.Random(SEED))
    for name, kind, sector, shells, subject, core in EN_REJECTIONS + EN_OTHERS + LANG_TEMPLATES:
        for code in shells:
            maker.add(name, kind, sector, code, subject, core)
    return finish(maker.records, maker.rng, "w36")


def langs(maker: Maker, records: list[dict]) -> int:
    """Print the make-up by kind, kind/shell and language (no message text)."""
    return makeup(records, (("kind / shell", maker.shells), ("language / label", maker.langs)), lengths(records))


def main(argv: list[str]) -> int:
    maker = Maker(random.Random(SEED))
    records = build(maker)
    return run(argv, OUT, records, lambda: langs(maker, records), skip=SEALED, top=None)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
