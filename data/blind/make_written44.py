# ruff: noqa: E501, S311
"""Write data/blind/written-44.jsonl: training mail, thirty-second batch (breadth of trades).

Twenty-seventh pass, part W. Every sealed slice's wide part has English rejections from trades
and channels no earlier slice used, and the shipped models read about two thirds of them. This
batch widens the base again with trades and channels that no slice and no written batch lists in
data/blind/README.md (checked word by word before writing):

* (a) ~110 English ``rejection`` from about sixty trades and settings (a school-portrait
  photographer, a mobile DJ, a ski-hire bench, a canopy zipline, a campsite, a glamping site, a
  wedding venue, airport valet parking, an antiques centre, a seaside arcade, a cat café, axe
  throwing, crazy golf, a farm park, a record shop, a toy shop at Christmas, costume hire, a panto,
  a lighting-hire truck, a lunchtime supervisor, hospital porters, a salmon farm, a shoot's
  beaters, a milk round, a hop yard, a bindery, brickies, solar installers, pool techs, a bike
  workshop, a driving school, a pet shop, a court usher, a window dresser, a commercial laundry, a
  driving range, a fireworks crew, a scare maze, a wedding string quartet, a crêpe stand, a fudge
  shop, an off-licence, ...) in UK, Irish, US, Canadian, Australian, New Zealand, South African,
  Indian and Caribbean English, short, casual, kind, sometimes misspelt, signed with a name or
  nothing;
* (b) ~110 twins that are not rejections in the same trades and channels: trial shifts, offers,
  receipts that talk about a decision not yet made, inductions and courses with deadlines, rota
  and schedule changes, customers' bookings full or sold out, and news about a third party.

Channels (shells), none of them in an earlier slice or batch: a video-call notetaker's summary
(``mt``), a payment app's transfer with the payer's note (``py``), a phone-message slip typed by
the front desk where the reader lives or studies (``sl``), an employment-service work coach
passing on the employer's answer (``wc``), a small firm's answering service emailing the message
it took (``as``), and a plain short email (``em``).

    python data/blind/make_written44.py           # writes the file (seed 440441)
    python data/blind/make_written44.py --langs   # make-up by kind, shell and region
    python data/blind/make_written44.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

SEED = 440441
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import MakerBase, ascii_slug, finish, lengths, makeup, record, run  # noqa: E402

# written-31's kinds, months and address helpers (the batch beside this file)
from make_written31 import AR, IV, MONTHS, NJ, NS, OF, OJ, RJ, mailbox  # noqa: E402

OUT = HERE / "written-44.jsonl"
PROVENANCE = "written for rejectwatch issue 11 twenty-seventh pass as training mail, thirty-second batch, breadth: trades and channels no slice or batch used, twins (make_written44.py)"
PREFIX = "blind-w44"  # the read-slice prefix: train-only in grouped CV, weight READ_SLICE_WEIGHT
HAM = "ham"

# Templates: (name, kind, outfit word, region, shells, subject, core). Each is written once per
# shell listed, each copy its own reader, signer, outfit, place and date.
EN_REJECTIONS = (
    # leisure and attractions
    ("portrait-studio-assistant", RJ, "Photography", "uk", ("em", "py"), "School shoot assistant",
     "Hi {first}, thanks for helping on the school photo day. I'm keeping the assistant work with Megan for the autumn term, so I won't be booking you in. All the best"),
    ("mobile-dj-roadie", RJ, "Mobile Disco", "us", ("as", "em"), "Roadie / DJ assistant",
     "yo {first} we went with a guy who has his own speakers and a truck, makes life easier for the wedding gigs. thanks for hauling gear saturday"),
    ("skihire-bench", RJ, "Ski & Board Rentals", "ca", ("em", "wc"), "Rental tech",
     "Hey {first}, the tech bench is full for the winter, we brought back both boot fitters from last year. Sorry eh, come see us when you need a tune."),
    ("zipline-canopy-guide", RJ, "Canopy Tours", "nz", ("em", "mt"), "Canopy guide",
     "Kia ora {first}, the canopy guide spots for summer have gone to folks who already hold a rope access ticket. Thanks heaps for the try-out up on the platforms."),
    ("campsite-warden", RJ, "Caravan & Camping Site", "uk", ("sl", "em"), "Site warden",
     "Hi {first}, the owners have asked a retired couple to do the warden season living on site. Sorry it's not you this year, and thanks for coming to look round."),
    ("glamping-changeovers", RJ, "Glamping", "ie", ("em", "as"), "Changeover cleaner",
     "Hi {first}, I'm after giving the bell tent changeovers to my cousin for the summer. Sorry now, there was nothing in it between ye."),
    ("weddingvenue-events", RJ, "Manor", "uk", ("em", "py"), "Events assistant",
     "Hi {first}, thanks for working Saturday's wedding as your trial. The venue manager has offered the events assistant post to someone who already holds a personal licence for the bar, so it's not one we can give you."),
    ("valet-airport-lot", RJ, "Park & Fly", "us", ("as", "wc"), "Valet attendant",
     "Hi {first}, we finished hiring valets for the airport lot. We need 3 years clean driving history and we couldn't verify yours, so it's a pass for now. Thanks for coming by."),
    ("antiques-centre-minding", RJ, "Antiques Centre", "uk", ("em",), "Saturday minding",
     "Dear {first}, how kind of you to write. The stallholders met on {day} and agreed to share the Saturday minding between ourselves, so there will be no paid post after all. With apologies for the wait."),
    ("arcade-change-counter", RJ, "Amusements", "uk", ("sl", "em"), "Change counter",
     "Hiya {first}, change counter's taken I'm afraid, a girl who did it last summer is back. Cheers for calling in with the CV."),
    ("catcafe-host", RJ, "Cat Café", "au", ("em", "mt"), "Café host",
     "hey {first}, thanks for the trial with the cats! we've picked someone with a vet nursing background this round. the kitties say bye 🐱"),
    ("axethrowing-coach", RJ, "Axe Lounge", "ca", ("em", "as"), "Lane coach",
     "Hey {first}, we won't be bringing you on as a lane coach. We need someone with the throwing safety cert who can start right away. Thanks for throwing with us though."),
    ("crazygolf-summer", RJ, "Adventure Golf", "uk", ("em", "wc"), "Course attendant",
     "Hi {first}, we're staffed up at the crazy golf for the summer holidays now. Ta for the CV and good luck."),
    ("farmpark-animal-handler", RJ, "Farm Park", "nz", ("em", "sl"), "Animal handling",
     "Hi {first}, we've taken on a local vet student for the weekend animal handling, sorry. Cheers for coming out to help with the lambs."),
    ("record-shop-clerk", RJ, "Records", "us", ("em", "mt"), "Shop clerk",
     "hey {first}, we ended up hiring a regular who knows the jazz bins cold. thanks for the mixtape, it's on the deck right now"),
    ("toyshop-christmas", RJ, "Toys", "ie", ("em", "as"), "Christmas staff",
     "Hi {first}, cheers for leaving in the CV. We've all our Christmas staff got now, so there's nothing going I'm afraid."),
    ("costume-hire-fitting", RJ, "Costume Hire", "uk", ("em", "sl"), "Fitting room assistant",
     "Hi {first}, the fitting room job went to a woman with years of wardrobe for the amateur operatic society behind her. Thanks ever so for calling in {day}."),
    ("panto-ensemble", RJ, "Theatre Royal", "uk", ("em", "mt"), "Panto ensemble",
     "Darling {first}, thank you for a lovely audition. This year's panto ensemble is cast now and sadly there's no space in it for you. Do come back and see us next year. {hm} x"),
    ("lighting-hire-crew", RJ, "Lighting Hire", "za", ("em", "wc"), "Truck crew",
     "Hi {first}, the crew spot on the lighting truck has gone to a guy who can drive the 8-ton. Thanks for the chat, hey."),
    ("scare-maze-actor", RJ, "Haunted Maze", "us", ("em", "py"), "Scare actor",
     "Hey {first}! Thanks for coming out to scare auditions. The maze is cast for October and you didn't make it this year. Stay spooky 👻"),
    ("string-quartet-violin", RJ, "String Quartet", "uk", ("em", "mt"), "Second violin",
     "Hi {first}, thanks for sight-reading with us. We've asked Holly to take the second violin chair for the wedding season. Hope we get to play together some other time."),
    ("fireworks-crew", RJ, "Pyrotechnics", "uk", ("as", "em"), "Display crew",
     "Hi {first}, we're full on crew for bonfire night, everyone's done the pyro course already. Give us a shout next year once you've got it."),
    ("drivingrange-picker", RJ, "Golf Centre", "au", ("sl",), "Ball picker",
     "Hi {first}, the range ball picker job went to a junior member. Thanks for asking mate."),
    # schools, health and public counters
    ("lunchtime-supervisor", RJ, "Primary School", "uk", ("em", "wc"), "Lunchtime supervisor",
     "Dear {first}, thank you for meeting Mrs {hm} about the lunchtime supervisor post. The headteacher has appointed a parent who already helps in the playground, so your application has not gone further. Kind regards, School Office"),
    ("hospital-porter-bank", RJ, "Hospital", "uk", ("em", "sl"), "Porter bank",
     "Hi {first}, thanks for coming to the porters' selection day. You're not on the porter bank this round, as the manual handling part didn't go your way. Regards, Portering Services"),
    ("court-usher", RJ, "County Court", "uk", ("em",), "Usher",
     "Dear {first}, following your interview for the usher post, the panel has selected another applicant. Your details will be kept with the campaign for six months."),
    ("postoffice-counter", RJ, "Post Office", "uk", ("sl", "em"), "Counter clerk",
     "Hi {first}, the postmaster's decided to bring his daughter in on the counter instead. Sorry."),
    ("sorting-office-christmas", RJ, "Delivery Office", "uk", ("em", "wc"), "Christmas casual",
     "Hi {first}, all the Christmas casual jobs at the delivery office are filled for this year. You won't be getting a start date from us this year. Thanks."),
    ("school-bus-escort", RJ, "Minibus Services", "uk", ("em", "wc"), "Passenger assistant",
     "Hi {first}, the escort job on the SEN run has gone to a lady already DBS checked with the council. Sorry to mess you about."),
    # land and sea
    ("salmonfarm-cages", RJ, "Seafarms", "uk", ("em", "as"), "Farm hand",
     "Hi {first}, two lads from Uist are starting on the feed barge, which leaves no place on the cages for you just now. All the best."),
    ("shoot-beaters", RJ, "Estate", "uk", ("sl", "em"), "Beating team",
     "Morning {first}, the keeper has his beating team settled for the season, all old hands. Sorry. Thanks for ringing."),
    ("milk-round", RJ, "Dairies", "uk", ("as", "em"), "Round helper",
     "Hi {first}, I've given the early round to my nephew, 4am doesn't bother him. Cheers anyway."),
    ("hop-yard", RJ, "Hop Farm", "uk", ("em", "wc"), "Hop picking crew",
     "Hi {first}, the hop yard crew is complete for September, so the pickers for this year are all chosen without you. Thanks for applying."),
    ("fencing-gang", RJ, "Fencing", "nz", ("as", "em"), "Fencing hand",
     "Gidday {first}, got a young fella for the fencing gang now. Cheers."),
    ("boat-trips-deckhand", RJ, "Boat Trips", "uk", ("em", "sl"), "Deckhand",
     "Hi {first}, the deckhand job on the seal trips is taken now, sorry, we went with a lad with his powerboat level 2."),
    # trades
    ("bindery-assistant", RJ, "Bindery", "us", ("em", "mt"), "Bindery assistant",
     "Dear {first}, thanks for the sewn sample. I've offered the bindery assistant position to another applicant who has more leather work. I enjoyed meeting you."),
    ("brickies-labourer", RJ, "Brickwork", "uk", ("as", "em"), "Labourer",
     "{first} got a labourer for the brickies now mate, sorry. Ta"),
    ("solar-installer", RJ, "Solar", "au", ("em", "wc"), "Installer apprentice",
     "G'day {first}, the installer apprentice spot went to a young bloke holding his working-at-heights ticket already. Cheers for coming up on the roof with us."),
    ("pool-tech-route", RJ, "Pool Service", "us", ("em", "as"), "Pool tech",
     "Hi {first}, we're all set on pool techs for the summer route. Thanks for applying though!"),
    ("bike-workshop", RJ, "Cycles", "nz", ("em", "py"), "Workshop mechanic",
     "Hey {first}, appreciate the workshop trial. We picked someone who's built wheels before, so not this time."),
    ("windscreen-fitter", RJ, "Auto Glass", "za", ("em",), "Fitter",
     "Hi {first}, we've appointed a fitter with calibration experience. Thanks for your time."),
    ("tow-dispatch", RJ, "Towing", "us", ("as", "em"), "Night dispatcher",
     "Hey {first}, the night dispatcher spot is filled. We hired somebody who's done towing dispatch before. Thanks."),
    ("kitchen-fitter-mate", RJ, "Kitchens", "uk", ("em", "sl"), "Fitter's mate",
     "Hi {first}, I'm going to keep going on my own for now, not enough work coming through for a second pair of hands. Sorry mate."),
    ("carpet-clean-tech", RJ, "Carpet Care", "ca", ("wc", "em"), "Cleaning tech",
     "Hi {first}, the carpet cleaning tech job is filled. Thanks for applying."),
    ("scrapyard-banksman", RJ, "Metals", "uk", ("as",), "Yard banksman",
     "{first}, yard's got a banksman now. ta."),
    ("laundry-operator", RJ, "Linen Services", "za", ("em", "wc"), "Laundry operator",
     "Hi {first}, the laundry has enough operators for the new hotel contract. We won't need you now, sorry."),
    ("recycling-depot", RJ, "Recycling Depot", "ca", ("em", "wc"), "Summer student",
     "Hi {first}, the summer student spot at the recycling depot went to someone else. Thanks for applying."),
    # shops and food
    ("pet-shop-saturday", RJ, "Pet Supplies", "uk", ("em", "sl"), "Saturday assistant",
     "Hi {first}, thanks for popping in. We've offered the Saturday job to someone who keeps reptiles themselves, so the Saturdays aren't coming your way. Sorry!"),
    ("window-dresser", RJ, "Department Store", "us", ("em", "mt"), "Visual merchandiser",
     "Hi {first}, thank you for putting together the mock window. We've offered the visual merchandiser role to someone else. Best of luck!"),
    ("crepe-stand", RJ, "Crêperie", "ca", ("em", "py"), "Market season",
     "Hey {first}, the crêpe stand is staffed for the market season. Sorry, and thanks for all the messages!"),
    ("fudge-kitchen", RJ, "Fudge Kitchen", "uk", ("em",), "Fudge maker",
     "Hi {first}, our fudge-making assistant role has been filled by someone we know from the village. Thank you."),
    ("offlicence-evenings", RJ, "Wines", "uk", ("sl", "em"), "Evening counter",
     "Alright {first}, I've found someone for the evenings who's got their personal licence already. Cheers."),
    ("vape-counter", RJ, "Vapes", "au", ("em",), "Counter",
     "hey {first} we've hired someone for the counter. ty for applying"),
    ("pizza-driver", RJ, "Pizza", "us", ("em", "as"), "Delivery driver",
     "Hi {first}, thanks for wanting to drive for us. We can't hire you right now because your insurance doesn't cover delivery. Thanks again."),
    ("hotdog-cart", RJ, "Dogs", "us", ("em",), "Cart crew",
     "hey {first}, gonna pass on adding you to the cart crew for the ballpark season. we got enough guys. good luck"),
    ("tanning-salon", RJ, "Tanning Studio", "ie", ("em", "sl"), "Front desk",
     "Hi {first}, thanks a mil for coming in. A girl with salon experience got the job in the end. Mind yourself."),
    ("dressmaker-assistant", RJ, "Alterations", "nz", ("em",), "Sewing assistant",
     "Hi {first}, thanks for the sample hems. I've decided to keep the bridal alterations to myself this season, and an assistant won't be needed."),
    ("yarn-shop", RJ, "Yarns", "nz", ("em", "py"), "Shop hours",
     "Hi {first}, we've given the shop hours to one of our knitting group regulars. Thank you for coming by x"),
    ("comic-shop", RJ, "Comics & Games", "us", ("em", "mt"), "Store clerk",
     "Hey {first}, we picked someone who's been running our Friday card game nights. Good luck out there."),
    ("guitar-shop", RJ, "Guitars", "uk", ("em",), "Shop floor",
     "Hi {first}, we've offered the Saturday shop floor job to someone with setup experience. Cheers for your interest."),
    ("singing-teacher", RJ, "Music School", "au", ("mt", "em"), "Vocal teacher",
     "Hi {first}, thanks for teaching Tuesday's trial lesson. The contemporary vocals classes are going to another teacher."),
    ("wedding-planner-assistant", RJ, "Weddings", "in", ("em", "mt"), "Planning associate",
     "Dear {first}, thank you for meeting us. Our partners have chosen a planner who has handled destination weddings before. We wish you all success."),
    ("cake-decorator", RJ, "Cakes", "car", ("em", "sl"), "Cake decorator",
     "Morning {first}, thanks for the cake you bring. Miss {hm} decide to take somebody with more sugar flower work. Keep trying, yuh hear."),
    ("driving-school", RJ, "Motor Driving School", "in", ("em", "wc"), "Instructor",
     "Dear {first}, thank you for attending. Our instructor batch is finalised and we are not considering your profile now as your licence is less than 3 years old. Regards"),
    ("skatepark-coach", RJ, "Skatepark", "au", ("em", "py"), "Holiday coach",
     "hey {first}, we've got our coaches sorted for the holiday program. thanks heaps for coming down"),
    ("betting-shop", RJ, "Bookmakers", "uk", ("wc",), "Cashier",
     "Hi {first}, thanks for the interview. The cashier job's gone elsewhere this time."),
)
EN_OTHERS = (
    ("portrait-studio-paid", OF, "Photography", "uk", ("py", "em"), "School shoot assistant",
     "Hi {first}, here's your pay for the school photo day. Loved having you, are you free for the autumn shoots? I'll send the dates."),
    ("mobile-dj-gig", OF, "Mobile Disco", "us", ("as", "em"), "Roadie / DJ assistant",
     "yo {first} you're on for the saturday wedding, load-in 3pm at the barn. $120 cash and dinner. wear black"),
    ("skihire-sold-out", NJ, "Ski & Board Rentals", "ca", ("em", "as"), "Your rental",
     "Hey {first}, sorry, we're out of 160 snowboards for the long weekend, every one is reserved. We can hold a 156 or you can try us Tuesday."),
    ("zipline-rope-course", NS, "Canopy Tours", "nz", ("em", "mt"), "Canopy guide",
     "Kia ora {first}, great try-out. You'll need the rope access course ahead of any platform work; book the one on {next} and email the certificate over by {date}."),
    ("campsite-full", NJ, "Caravan & Camping Site", "uk", ("em", "sl"), "Bank holiday pitch",
     "Hi {first}, sorry, the bank holiday weekend is fully booked and your tent won't fit in anywhere. There's space from the Tuesday if that helps."),
    ("glamping-receipt", AR, "Glamping", "ie", ("em", "as"), "Changeover cleaner",
     "Hi {first}, got your message grand. I'm seeing two more for the changeovers Thursday, so I'll ring you Friday whichever way it goes."),
    ("weddingvenue-trial", IV, "Manor", "uk", ("em", "as"), "Events assistant",
     "Hi {first}, got your form for the events assistant post. Could you work Saturday's wedding as a paid trial? Black and white, 2pm till the last dance."),
    ("valet-start", NS, "Park & Fly", "us", ("as", "wc"), "Valet attendant",
     "Hi {first}, good news, you're hired as a valet for the airport lot pending the driving record check. Sign the release form we emailed by {date} so we can run it."),
    ("antiques-rota", OJ, "Antiques Centre", "uk", ("em",), "Minding rota",
     "Dear {first}, the minding rota for next month is pinned up by the till. You have the first and third Saturdays; {other} has swapped with you for the fourth."),
    ("arcade-season-start", OF, "Amusements", "uk", ("sl", "em"), "Change counter",
     "Hiya {first}, change counter's yours, Easter to September, weekends and school holidays. Pop in Saturday to sort your uniform."),
    ("catcafe-booked", NJ, "Cat Café", "au", ("em", "as"), "Your booking",
     "hey {first}, sorry! saturday's cat sessions are all booked out. we've got spots sunday at 11 if you'd like to move 🐱"),
    ("axethrowing-cert", NS, "Axe Lounge", "ca", ("em", "as"), "Lane coach",
     "Hey {first}, we'd like you as a lane coach. You'll need the throwing safety cert first: the course runs {next}, and we need it done before your first shift."),
    ("crazygolf-rota", OJ, "Adventure Golf", "uk", ("em", "sl"), "Holiday rota",
     "Hi {first}, rota for the holidays: you're on the hut Monday, Wednesday and Friday, 10 till 6. {other} is covering your Saturday as asked."),
    ("farmpark-trial", IV, "Farm Park", "nz", ("em", "sl"), "Animal handling",
     "Hi {first}, keen to have you out for a trial morning with the animals on {next}. Gumboots on, and we start at 8 with feeding."),
    ("record-shop-hired", OF, "Records", "us", ("em", "mt"), "Shop clerk",
     "hey {first}, the clerk job is yours! weekends to start, the owner will walk you through the used bins on saturday"),
    ("toyshop-receipt", AR, "Toys", "ie", ("em", "as"), "Christmas staff",
     "Hi {first}, thanks for the CV. We pick the Christmas staff the first week of November; everyone gets a yes or a no from us then."),
    ("costume-new-starter", HAM, "Costume Hire", "uk", ("em",), "New face",
     "Hi all, please say hello to {other}, who's started in the fitting room this week. She's done wardrobe for the operatic society for years, so ask her anything about corsets."),
    ("panto-callback", IV, "Theatre Royal", "uk", ("em", "mt"), "Panto recall",
     "Darling {first}, lovely audition! Come back for the dance recall on {next} at 2pm. Bring tap shoes. {hm} x"),
    ("lighting-call-sheet", OJ, "Lighting Hire", "za", ("em", "as"), "Call sheet",
     "Hi {first}, call sheet for the festival: load-in Friday 6am at gate C, you're on the follow spots with {other}. Bring gloves, hey."),
    ("scare-maze-sold-out", NJ, "Haunted Maze", "us", ("em", "py"), "Your tickets",
     "Hey {first}! Friday night tickets for the maze are sold out, sorry. Sunday still has a few slots if your group can move 👻"),
    ("string-quartet-booking", OF, "String Quartet", "uk", ("em", "mt"), "Second violin",
     "Hi {first}, the second violin chair for the wedding season is yours, we all agreed. First booking is the 14th, I'll send the set list tonight."),
    ("fireworks-course", NS, "Pyrotechnics", "uk", ("as", "em"), "Display crew",
     "Hi {first}, happy to have you on crew for bonfire night. You need to have done the pyro safety course by {date}; the next one is {next}, book it with the link I sent."),
    ("lunchtime-interview", IV, "Primary School", "uk", ("em", "wc"), "Lunchtime supervisor",
     "Dear {first}, many thanks for your form about the lunchtime supervisor post. Mrs {hm} hopes to see you on {next} at 1.15pm in the school office. Kind regards, School Office"),
    ("hospital-porter-day", NS, "Hospital", "uk", ("em", "sl"), "Porter bank",
     "Hi {first}, you're invited to the porters' selection day on {next}. It includes a manual handling assessment, so wear flat shoes. Please confirm by return. Regards, Portering Services"),
    ("court-usher-pass", NS, "County Court", "uk", ("em",), "Usher",
     "Dear {first}, the usher post is offered to you, subject to security vetting. Please return the vetting forms by {date}."),
    ("postoffice-hours", OJ, "Post Office", "uk", ("sl", "em"), "Counter hours",
     "Hi {first}, the postmaster asks can you do Saturday morning on the counter this week instead of Thursday. Reply yes or no."),
    ("sorting-office-receipt", AR, "Delivery Office", "uk", ("em", "wc"), "Christmas casual",
     "Hi {first}, thanks for putting in for Christmas casual work at the delivery office. Start dates get picked at the end of October, and by then you'll know from us whether we need you or not."),
    ("school-bus-dbs", NS, "Minibus Services", "uk", ("em", "wc"), "Passenger assistant",
     "Hi {first}, you've got the escort job on the SEN run, subject to your DBS. Bring two forms of ID to the depot by {date} so we can start it."),
    ("salmonfarm-start", OF, "Seafarms", "uk", ("em", "as"), "Farm hand",
     "Hi {first}, you're on the feed barge crew from the 1st. Ferry over on the Sunday, accommodation is sorted. All the best."),
    ("shoot-day-cancelled", OJ, "Estate", "uk", ("sl", "em"), "Saturday",
     "Morning {first}, Saturday's shoot is off because of the wind, so no beating this week. Same time next Saturday instead."),
    ("milk-round-start", OF, "Dairies", "uk", ("as", "em"), "Round helper",
     "Hi {first}, the early round is yours, 4am at the depot Monday if you're still up for it. I'll show you the run."),
    ("hop-yard-induction", NS, "Hop Farm", "uk", ("em", "wc"), "Hop picking crew",
     "Hi {first}, you've a place on the hop yard crew for September. Induction is {next} at 8am, bring your national insurance number and something showing you can work here."),
    ("fencing-job-change", OJ, "Fencing", "nz", ("as", "em"), "Tomorrow",
     "Gidday {first}, we're on the Parkes block tomorrow not the river flats, 6:30 at the yard. Cheers."),
    ("boat-trips-full", NJ, "Boat Trips", "uk", ("em", "sl"), "Seal trip",
     "Hi {first}, sorry, Sunday's seal trip is full and we can't squeeze in four more. Monday at 11 still has seats."),
    ("bindery-interview", IV, "Bindery", "us", ("em", "mt"), "Bindery assistant",
     "Dear {first}, thank you for the sewn sample. Could you come to the bindery on {next} at 10 to talk about the assistant position and do a short case-binding exercise?"),
    ("brickies-start", OF, "Brickwork", "uk", ("as", "em"), "Labourer",
     "{first} start Monday mate, 7:30 at the site on {street}. Bring boots and a hat. Ta"),
    ("solar-heights", NS, "Solar", "au", ("em", "wc"), "Installer apprentice",
     "G'day {first}, we'd like to sign you up as an installer apprentice. Get your working-at-heights ticket done before {date}, there's a course {next}."),
    ("pool-tech-schedule", OJ, "Pool Service", "us", ("em", "as"), "Route change",
     "Hi {first}, your Tuesday route changed: start at the Oak Hills pools, then the condo complex. {other} has Wednesday."),
    ("bike-workshop-trial", IV, "Cycles", "nz", ("em", "sl"), "Workshop mechanic",
     "Hey {first}, thanks for applying. Come in for a workshop trial on {next}, we'll get you truing a couple of wheels."),
    ("windscreen-booking", NJ, "Auto Glass", "za", ("em",), "Your booking",
     "Hi {first}, we can't fit your windscreen on Friday, the mobile unit is fully booked. Monday morning is open."),
    ("tow-dispatch-receipt", AR, "Towing", "us", ("as", "em"), "Night dispatcher",
     "Hey {first}, got your application for nights dispatch. The owner is seeing a few more this week; either way we call you by Monday."),
    ("kitchen-fitter-next-week", OJ, "Kitchens", "uk", ("em", "sl"), "Next week",
     "Hi {first}, next week it's the kitchen on {street}, the customer wants us in from 8 not 7.30. Bring the long level."),
    ("carpet-clean-cancelled", NJ, "Carpet Care", "ca", ("as", "em"), "Your appointment",
     "Hi {first}, sorry, we have no openings for a deep clean before the holidays. The first slot we can give you is January 6."),
    ("laundry-shift-change", OJ, "Linen Services", "za", ("em", "sl"), "Shift change",
     "Hi {first}, from Monday you move to the early shift on the ironer, 6 till 2, because of the new hotel contract."),
    ("recycling-offer", OF, "Recycling Depot", "ca", ("em", "wc"), "Summer student",
     "Hi {first}, good news: the summer student spot at the recycling depot is yours, May to August. Paperwork to follow."),
    ("pet-shop-trial", IV, "Pet Supplies", "uk", ("em", "sl"), "Saturday assistant",
     "Hi {first}, thanks for popping in. Can you do a trial Saturday on {next}, 9 till 1? Wear something you don't mind getting hay on."),
    ("window-dresser-brief", NS, "Department Store", "us", ("em", "mt"), "Visual merchandiser",
     "Hi {first}, thanks for the great chat! Next step: put together a mock window for our spring theme and send photos by {date}."),
    ("crepe-stand-offer", OF, "Crêperie", "ca", ("em", "py"), "Market season",
     "Hey {first}, you're on the crêpe stand for the market season! Saturdays 8 to 2, first one is this weekend."),
    ("fudge-sold-out", NJ, "Fudge Kitchen", "uk", ("em",), "Your order",
     "Hi {first}, sorry, the salted caramel is sold out until Thursday. We can post the rest of your order now or wait and send it together."),
    ("offlicence-trial", IV, "Wines", "uk", ("sl", "em"), "Evening counter",
     "Alright {first}, come in Wednesday evening for a trial on the till, about 6. Bring ID."),
    ("pizza-driver-docs", NS, "Pizza", "us", ("em", "as"), "Delivery driver",
     "Hi {first}, thanks for applying to drive. Before we can schedule you we need proof of insurance that covers delivery; send it by {date}."),
    ("tanning-new-starter", HAM, "Tanning Studio", "ie", ("em", "sl"), "New girl",
     "Hi ladies, {other} is starting on the front desk Saturday, she's worked in a salon before. Show her the booking system."),
    ("yarn-class-full", NJ, "Yarns", "nz", ("em", "py"), "Sock class",
     "Hi {first}, sorry, the Tuesday sock knitting class is full. I've added you for the March one instead x"),
    ("comic-shop-hours", OJ, "Comics & Games", "us", ("em", "mt"), "Schedule",
     "Hey {first}, new schedule's up: you've got Fridays now for card game night, and {other} takes your Sunday."),
    ("singing-trial-lesson", IV, "Music School", "au", ("mt", "em"), "Vocal teacher",
     "Hi {first}, lovely to get your application. Can you teach a trial lesson on {next} at 4:30 with one of our teen students."),
    ("wedding-planner-offer", OF, "Weddings", "in", ("em", "mt"), "Planning associate",
     "Dear {first}, we are happy to offer you the planning associate role. Kindly confirm your joining date by {date}. Regards"),
    ("cake-decorator-trial", IV, "Cakes", "car", ("em", "sl"), "Cake decorator",
     "Morning {first}, Miss {hm} say come in Thursday and do a trial cake with she. Bring your piping bags."),
    ("driving-school-receipt", AR, "Motor Driving School", "in", ("em", "wc"), "Instructor",
     "Dear {first}, your application is received. Interviews for the instructor batch will be held after Diwali and we will inform all applicants of the result. Regards"),
    ("skatepark-roster", OJ, "Skatepark", "au", ("em", "py"), "Holiday program",
     "hey {first}, holiday program roster is up, you've got the morning beginners sessions week 2. {other} has week 1."),
)

REGIONS = {  # people, cities, phone format, employment service
    "uk": ((("Lorraine", "Haslam"), ("Dean", "Whitworth"), ("Sana", "Mirza"), ("Craig", "Fenwick"), ("Gemma", "Ollerton"), ("Tariq", "Bashir")),
           ("Rotherham", "Scarborough", "Kendal", "Falkirk", "Newport", "Lowestoft"), "07700 9#####", "Jobcentre"),
    "ie": ((("Gráinne", "Kinsella"), ("Padraig", "Hegarty"), ("Orla", "Cusack"), ("Tadhg", "Lenihan")), ("Mullingar", "Castlebar", "Carlow", "Nenagh"), "086 ### ####", "Intreo Centre"),
    "us": ((("Darlene", "Ruiz"), ("Cody", "Mazur"), ("Renee", "Halvorsen"), ("Marcus", "Greer")), ("Fargo", "Amarillo", "Spokane", "Erie"), "(512) 555-####", "American Job Center"),
    "ca": ((("Genevieve", "Roy"), ("Brody", "McIsaac"), ("Harpreet", "Gill"), ("Logan", "Tremblay")), ("Thunder Bay", "Lethbridge", "Moncton", "Nanaimo"), "(902) 555-####", "Employment Centre"),
    "au": ((("Tahnee", "Walsh"), ("Brett", "Kowalczyk"), ("Leah", "Papadopoulos"), ("Jarrah", "Smith")), ("Bendigo", "Bundaberg", "Albany", "Devonport"), "0423 ### ###", "Workforce Centre"),
    "nz": ((("Mere", "Ngata"), ("Callum", "Fraser"), ("Losa", "Tuilagi"), ("Greer", "Hollis")), ("Gisborne", "Invercargill", "Masterton", "Rotorua"), "027 ### ####", "Work and Income"),
    "za": ((("Lerato", "Dlamini"), ("Johan", "van Wyk"), ("Zanele", "Ndlovu"), ("Kreesan", "Pillay")), ("Kimberley", "East London", "Rustenburg", "Upington"), "083 ### ####", "Labour Centre"),
    "in": ((("Kavita", "Deshpande"), ("Arjun", "Menon"), ("Salim", "Qureshi"), ("Pooja", "Saxena")), ("Nagpur", "Mysuru", "Surat", "Vizag"), "+91 97### #####", "Employment Exchange"),
    "car": ((("Tricia", "Charles"), ("Kwame", "Alleyne"), ("Natasha", "Ramsaran"), ("Devon", "Francis")), ("Chaguanas", "Speightstown", "Soufrière", "Grenville"), "+1 246 ### ####", "Employment Exchange"),
}
ZONES = {"uk": ("+0000", "+0100"), "ie": ("+0000", "+0100"), "us": ("-0500", "-0600", "-0800"), "ca": ("-0500", "-0400", "-0700"), "au": ("+1000", "+0930", "+1100"),
         "nz": ("+1200", "+1300"), "za": ("+0200",), "in": ("+0530",), "car": ("-0400",)}
OTHER_NAMES = ("Holly", "Rhys", "Tamsin", "Yusuf", "Ngaio", "Brandon", "Aisling", "Thabo")
PREFIXES = ("Heron", "Foxglove", "Millstone", "Tidewater", "Juniper", "Ashgrove", "Kestrel", "Greystone", "Bramble", "Ironbark", "Kowhai", "Marula", "Sandpiper", "Larchfield")
HOMES = ("Cathedral View Student Residence", "Parkside Hostel", "St Brigid's Hall", "Harbour Lodge Residence", "Westgate Foyer")
TAKERS = ("Bev", "Sanjay", "Marta", "Ollie", "Dot")
NOTE_TAILS = ("Summaries are written by Notewise and can contain mistakes. Check the recording if something looks wrong.",
              "Notewise joined this call to take notes. Only people in the call get this summary.")


class Maker(MakerBase):
    def context(self, word: str, region: str) -> dict:
        rng = self.rng
        people, cities, phone, service = REGIONS[region]
        (hm, hm_sur), (first, surname) = rng.sample(people, 2)
        org = f"{rng.choice(PREFIXES)} {word}"
        sent = datetime(2019, 3, 4, 7, 0) + timedelta(days=rng.randrange(7 * 365), minutes=rng.randrange(14 * 60), seconds=rng.randrange(60))
        later = sent + timedelta(days=rng.randrange(3, 11))
        due = later + timedelta(days=rng.randrange(2, 6))
        before = sent - timedelta(days=rng.randrange(2, 8))
        city = rng.choice(cities)
        apt = later + timedelta(days=max(0, later.weekday() - 4) and 7 - later.weekday())
        return {
            "first": first, "surname": surname, "full": f"{first} {surname}", "hm": hm, "hm_full": f"{hm} {hm_sur}",
            "org": org, "dom": f"{ascii_slug(org)}.example", "region": region, "city": city, "service": f"{city} {service}",
            "other": rng.choice([o for o in OTHER_NAMES if o not in (first, hm)]), "street": rng.choice(("Station Road", "Chapel Lane", "Victoria Street", "Harbour Road")),
            "next": f"{later:%A} {later.day} {MONTHS[later.month - 1]}", "date": f"{due.day} {MONTHS[due.month - 1]}",
            "day": f"{before:%A} {before.day} {MONTHS[before.month - 1]}", "sent": sent, "apt": f"{apt:%A} {apt.day} {MONTHS[apt.month - 1]}", "coach": rng.choice([p[0] for p in people if p[0] not in (hm, first)]), "phone": re.sub("#", lambda _: str(rng.randrange(10)), phone),
            "datehdr": f"{sent:%a, %d %b %Y %H:%M:%S} {rng.choice(ZONES[region])}",
        }

    def shell(self, code: str, kind: str, subject: str, core: str, c: dict) -> tuple[str, str, str]:
        """The subject, body and sender of one channel around ``core``."""
        rng = self.rng
        org, dom, first, hm, full = c["org"], c["dom"], c["first"], c["hm"], c["full"]
        t = c["sent"]
        if code == "em":  # a plain short email from a person
            own = core[:1].islower() or core.startswith(("Hi", "Hey", "Hiya", "Dear", "G'day", "Gidday", "Kia ora", "Alright", "Morning", "Darling", "yo", "{first}", first))
            hello = "" if own else f"{rng.choice(('Hi', 'Hello', 'Hey'))} {first},\n\n"
            sign = "" if core.rstrip().endswith(("x", hm, "Office", "Services", "Regards")) else rng.choice((hm, hm, c["hm_full"], f"{hm}\n{org}"))
            tail = rng.choice(("Sent from my phone", c["phone"], "", ""))
            person = f"{c['hm_full']} <{mailbox(c['hm_full'].replace(' ', '.'), 'team')}@{dom}>"
            return (subject, f"{hello}{core}\n\n{sign}\n{tail}".strip(), person)
        if code == "mt":  # a video-call notetaker's summary
            mins = rng.randrange(9, 31)
            return (f"Notes: {org} / {full} ({t.day} {MONTHS[t.month - 1][:3]})",
                    f"Call notes · {org} and {full} · {mins} min\n\nTopic\n{subject}\n\nWhat was said at the end\n{hm}: \"{core}\"\n\nFollow-ups\nNone captured automatically.\n\n{rng.choice(NOTE_TAILS)}",
                    "Notewise <summaries@notewise.example>")
        if code == "py":  # a payment app's transfer with the payer's note
            money = {"uk": "£", "ie": "€", "za": "R", "in": "₹"}.get(c["region"], "$")
            sums = {"R": (450, 600, 750), "₹": (800, 1200, 1500)}.get(money, (35, 40, 50, 60, 85))
            amount = f"{money}{rng.choice(sums)}.00"
            verb = "refunded" if kind == NJ else "paid"
            return (f"{c['hm_full']} {verb} you {amount}",
                    f"{c['hm_full']} ({org}) {verb} you {amount}\n\nTheir note:\n{core}\n\nThe money is in your Payly balance now. Ref PL{rng.randrange(10**7, 10**8)}. Payly will never ask for your login by text.",
                    "Payly <receipts@payly.example>")
        if code == "sl":  # a phone-message slip typed by the front desk where the reader lives
            home = rng.choice(HOMES)
            taker = rng.choice(TAKERS)
            return (f"Phone message for {full}",
                    f"PHONE MESSAGE\nFor: {full}, room {rng.randrange(101, 460)}\nCaller: {hm}, {org}\nTheir number: {c['phone']}\nTaken by: {taker} at the desk, {t:%H:%M}\n\nMessage, as near word for word as I could:\n{core}\n\nRing back? {rng.choice(('Not needed', 'If you like', 'No'))}\n\n{home} front desk. Slips are emailed to residents and a copy stays in your pigeonhole for a week.",
                    f"{home} Desk <desk@{ascii_slug(home)}.example>")
        if code == "wc":  # a work coach passing on the employer's answer
            coach = c["coach"]
            return (f"{org} got back to me",
                    f"Hi {first},\n\n{org} replied to me about the {subject.lower()} vacancy you went for through us. Here is what they wrote, word for word:\n\n\"{core}\"\n\nWe can talk it through at your appointment on {c['apt']}.\n\n{coach}\nWork coach, {c['service']}",
                    f"{coach} ({c['service']}) <{coach.lower()}.coach@{ascii_slug(c['service'])}.example>")
        if code == "as":  # the small firm's answering service passing a message on
            return (f"A message from {org}",
                    f"Hello {first},\n\nCallPoint answers the phones for {org}. {hm} asked us to pass this on after your call on {c['day']}:\n\n{core}\n\nIf you want to reply, ring {c['phone']} and we'll take a message for {hm}.\n\nCallPoint message desk",
                    f"CallPoint for {org} <messages@callpoint.example>")
        raise ValueError(code)

    def add(self, name: str, kind: str, word: str, region: str, code: str, subject: str, core: str) -> None:  # noqa: PLR0917 - a template's fields
        c = self.context(word, region)
        subj, body, sender = self.shell(code, kind, subject.format(**c), core.format(**c), c)
        self.shells[(kind, code)] += 1
        self.regions[(region, "rejection" if kind == RJ else "other")] += 1
        self.records.append(record(subj, body, sender, kind=kind, family=f"{PREFIX}-{name}", provenance=PROVENANCE, to=f"{c['full']} <{mailbox(c['first'] + '.' + c['surname'], 'reader')}@post.example>", date=c["datehdr"]))


def build(maker: Maker | None = None) -> list[dict]:
    maker = maker or Maker(random.Random(SEED))
    for table in (EN_REJECTIONS, EN_OTHERS):
        for name, kind, word, region, shells, subject, core in table:
            for code in shells:
                maker.add(name, kind, word, region, code, subject, core)
    return finish(maker.records, maker.rng, "w44")


def langs(maker: Maker, records: list[dict]) -> int:
    """Print the make-up by kind, kind/shell and region (no message text)."""
    return makeup(records, (("kind / shell", maker.shells), ("region / label", maker.regions)), lengths(records))


def main(argv: list[str]) -> int:
    maker = Maker(random.Random(SEED))
    records = build(maker)
    return run(argv, OUT, records, lambda: langs(maker, records))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
