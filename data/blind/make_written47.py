# ruff: noqa: E501, S311
"""Write data/blind/written-47.jsonl: training mail, thirty-fifth batch (breadth of trades).

Twenty-eighth pass, part W. Every sealed slice's wide part has English rejections from trades
and channels no earlier slice used, and the shipped models read about two thirds of them. This
batch widens the base again with trades and channels that no slice and no written batch lists in
data/blind/README.md (checked word by word, hyphens and line breaks folded, before writing):

* (a) ~110 English ``rejection`` from about sixty trades and settings (seasonal farm work:
  daffodils, asparagus, a potato grading shed, Christmas turkeys, egg packing, pea vining, calf
  rearing, a tomato glasshouse, a banana packing station, a tea estate; leisure: a water park, a
  stately home, a bungee bridge, a skydive centre, a riding school, greyhound kennels, a quiz
  night, a boxing gym, a pilates studio, a hockey academy, an athletics club, a gymnastics club,
  a lido, deckchairs, beach donkeys, a film set, a wedding videographer, a ballet accompanist,
  stagehands, a tour's merch stand; trades and services: a glazier, skip hire, self-storage, a
  minicab office, pedicabs, bike couriers, an abattoir, a mussel farm, a trawler, banqueting,
  supermarket nightfill, a DIY store, student ambassadors, a blood service, gift wrapping, a pawn
  shop, furniture delivery, bike hire, punting, ...) in UK, Irish, US, Canadian, Australian, New
  Zealand, South African, Indian and Caribbean English, short, casual, kind, sometimes misspelt,
  signed with a name or nothing;
* (b) ~110 twins that are not rejections in the same trades and channels: trial shifts, offers,
  receipts that talk about a decision not yet made ("we'll text if anything comes up"),
  inductions with deadlines, rota and schedule changes, customers' bookings full or sold out,
  and staff news.

Channels (shells), none of them in an earlier slice or batch: a text sent to the reader's
landline and emailed by the phone company when nobody answered (``ll``), an e-card with the
sender's message (``ec``), a housemate's email passing on a call to the house phone (``hm``), a
"with compliments" pro-forma slip with tick boxes (``pf``), a coaching and tutoring platform's
message alert (``lp``), a reply from a watch above the reader's own quoted message (``aw``), and
a plain short email (``em``).

    python data/blind/make_written47.py           # writes the file (seed 470471)
    python data/blind/make_written47.py --langs   # make-up by kind, shell and region
    python data/blind/make_written47.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

SEED = 470471
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import MakerBase, ascii_slug, finish, lengths, makeup, record, run, sealed  # noqa: E402

# written-31's kinds, months and address helpers (the batch beside this file)
from make_written31 import AR, IV, MONTHS, NJ, NS, OF, OJ, RJ, mailbox  # noqa: E402

OUT = HERE / "written-47.jsonl"
PROVENANCE = "written for rejectwatch issue 11 twenty-eighth pass as training mail, thirty-fifth batch, breadth: trades and channels no slice or batch used, twins (make_written47.py)"
PREFIX = "blind-w47"  # the read-slice prefix: train-only in grouped CV, weight READ_SLICE_WEIGHT
HAM = "ham"
# the sealed slices, skipped by name and never opened: blind-slice-27 and every later one
SKIP = sealed(27)

# Templates: (name, kind, outfit word, region, shells, subject, core). Each is written once per
# shell listed, each copy its own reader, signer, outfit, place and date.
EN_REJECTIONS = (
    # seasonal farm work
    ("daffodil-pickers", RJ, "Bulb Farm", "uk", ("ll",), "Daffodil picking",
     "Hi {first}, it's {hm} from the bulb farm. We've got all the pickers we need for the flower season now, mostly last spring's crew. Sorry love, thanks for ringing."),
    ("asparagus-cutters", RJ, "Growers", "uk", ("hm",), "Asparagus cutting",
     "Morning {first}, asparagus cutting is all sorted, the same gang as last May are back with us. Nothing for you this year I'm afraid."),
    ("potato-grading", RJ, "Potatoes", "ie", ("hm", "pf"), "Grading line",
     "Hi {first}, there's no place on the grading line for you this winter, we're keeping it to the lads from the parish. Sorry about that."),
    ("turkey-plucking", RJ, "Turkeys", "ie", ("em", "ll"), "Christmas turkeys",
     "Hi {first}, we're grand for pluckers this Christmas, the same gang as always. Thanks for asking all the same."),
    ("egg-packing", RJ, "Egg Farm", "nz", ("pf",), "Packing floor",
     "Hi {first}, thanks for coming for a look at the grading floor. We've filled the packer role with someone local who can do the 5am starts, so it's not yours this time."),
    ("pea-vining", RJ, "Vining Group", "uk", ("em", "ll"), "Vining season",
     "Hi {first}, the viners are crewed up for the season, all with HGV licences. Can't use you this year, sorry mate."),
    ("calf-rearing", RJ, "Dairy Farm", "nz", ("ll",), "Calf rearer",
     "Hey {first}, cheers for the call. We've got a calf rearer lined up for spring already, the neighbour's daughter. Good luck with the search."),
    ("tomato-glasshouse", RJ, "Nurseries", "uk", ("pf", "em"), "Glasshouse worker",
     "Hi {first}, we're not taking on extra glasshouse staff this summer as the second block isn't being planted. Sorry, and thanks for your interest."),
    ("banana-packing", RJ, "Estates", "car", ("hm",), "Packing station",
     "Morning {first}, Mr {hm} say the packing station have enough hands for now, so no work for you this crop. Try again by the next one."),
    ("tea-estate", RJ, "Tea Estate", "in", ("em", "pf"), "Field supervisor",
     "Dear {first}, thank you for visiting the estate. Manager sir has given the field supervisor post to a candidate from the garden staff itself, so kindly do not wait on this. Regards"),
    # leisure and attractions
    ("water-park", RJ, "Water Park", "us", ("aw",), "Slide attendant",
     "Hey {first}! We're fully staffed on slide attendants for the summer. Sorry, no room on the crew this year, have a great summer!"),
    ("stately-home", RJ, "Hall", "uk", ("pf",), "Room steward",
     "Dear {first}, thank you for joining the steward open morning. On this occasion there won't be room for you on the room stewards' rota. We do hope you'll visit us as a guest."),
    ("bungee-bridge", RJ, "Bungy", "nz", ("aw",), "Jump crew",
     "Kia ora {first}, the jump crew is locked in for summer, we went with people who've done rope work before. Sorry bro, cheers for the trip out to the bridge."),
    ("skydive-packer", RJ, "Skydive", "au", ("em", "hm"), "Trainee packer",
     "G'day {first}, had a yarn with the chief instructor and we'll leave the trainee packer spot for now, we need someone who can stay the whole season. No hard feelings."),
    ("riding-school", RJ, "Riding School", "ie", ("ll",), "Yard help",
     "Hi {first}, we've a girl from the pony club doing the weekend yard work now so you won't be needed. Thanks a million for the help Saturday."),
    ("greyhound-kennels", RJ, "Kennels", "ie", ("hm", "em"), "Kennel hand",
     "Hi {first}, I'm going to stick with the two lads I have for walking the dogs. Sorry, and good luck."),
    ("quiz-host", RJ, "Arms", "uk", ("aw",), "Quiz host",
     "Hi {first}, thanks for doing the trial round Tuesday. We're going with {other} as the quiz host, the regulars loved the music round. Cheers for stepping up."),
    ("boxing-gym", RJ, "Boxing Club", "us", ("em", "lp"), "Front desk / coach",
     "Hey {first}, appreciate you coming by the gym. We're giving the coach job to an amateur fighter who's trained here six years. Keep training."),
    ("pilates-studio", RJ, "Pilates", "au", ("lp",), "Reformer instructor",
     "Hi {first}, thanks for teaching the audition class. There's no slot on the timetable for you this term, we need someone fully certified on the reformer. All the best x"),
    ("hockey-academy", RJ, "Hockey Academy", "in", ("lp", "em"), "Assistant coach",
     "Dear {first}, thank you for the demo session with the under-14 boys. The academy has selected a coach having state-level playing experience. Better luck next time."),
    ("athletics-club", RJ, "Harriers", "uk", ("lp",), "Sprints coach",
     "Hi {first}, the committee met and the paid sprints coach role is going to one of our volunteer coaches who's been with the club for years. Sorry {first}, I know you were keen on it."),
    ("gymnastics-club", RJ, "Gymsports", "nz", ("lp", "ec"), "Recreational coach",
     "Hi {first}, thanks so much for helping at the holiday programme. We've finished recruiting our rec coaches for term 1, and we haven't picked you this round. Hope to see you around the gym."),
    ("lido-poolside", RJ, "Lido", "uk", ("aw",), "Poolside assistant",
     "Hi {first}, afraid it's a no, the poolside jobs at the lido have all gone for this summer. Thanks for your patience."),
    ("deckchair-hire", RJ, "Beach Hire", "uk", ("hm",), "Deckchairs",
     "Alright {first}, I've got my grandson doing the deckchairs this summer so I don't need anyone. Ta for coming down the beach."),
    ("beach-donkeys", RJ, "Donkeys", "uk", ("ll", "em"), "Beach helper",
     "Hi {first}, sorry, the donkeys only need the one helper and I've kept on last year's girl. Thank you for asking."),
    ("film-set-pa", RJ, "Productions", "ca", ("aw",), "Set PA",
     "Hey {first}, thanks for sending your availability. The PA slots for the shoot got locked by the production office this morning and your name's not on the list, sorry. I'll think of you for the next show."),
    ("wedding-videographer", RJ, "Films", "za", ("em", "ec"), "Second camera",
     "Hi {first}, thanks for the sample reel. We've gone with a second camera op who has a drone licence, so this wedding season is booked without you. Sharp."),
    ("ballet-accompanist", RJ, "Ballet School", "uk", ("lp",), "Class accompanist",
     "Dear {first}, thank you for playing for Thursday's class. We've offered the accompanist position to another pianist who knows the RAD syllabus well. With thanks and best wishes."),
    ("stagehand-venue", RJ, "Theater", "us", ("em", "aw"), "Stagehand",
     "hey {first} we got enough hands for the fall tour dates, so I won't be calling you in. thanks for the hustle"),
    ("merch-stand", RJ, "Touring", "us", ("hm",), "Merch seller",
     "Hey {first}, we found a merch person for the tour, someone who's been out on the road with us before. Sorry man, thanks for reaching out."),
    # trades, transport and services
    ("glazier-mate", RJ, "Glazing", "uk", ("em", "ll"), "Glazier's mate",
     "Hi {first}, not going to take anyone on after all, work's gone quiet since the big job finished. Sorry for messing you about."),
    ("skip-hire", RJ, "Skip Hire", "uk", ("hm",), "Driver's mate",
     "{first}, the driver's mate job is gone to my brother in law. Sorry pal."),
    ("self-storage", RJ, "Self Storage", "au", ("aw",), "Facility assistant",
     "Hi {first}, after a chat we're going with an applicant who has a forklift licence. Thanks again for popping in."),
    ("minicab-controller", RJ, "Cars", "uk", ("ll",), "Night controller",
     "Hi {first}, the night controller's job went to one of our drivers who knows the patch. Sorry bruv, all the best."),
    ("pedicab-rider", RJ, "Pedicabs", "us", ("em", "aw"), "Pedicab rider",
     "hey {first}, we're gonna pass on you for the summer fleet, we need riders who can do the bridge climb with 2 adults on board. no hard feelings"),
    ("bike-courier", RJ, "Courier Co-op", "ca", ("aw",), "Bike courier",
     "Hey {first}, we're good on couriers for the winter, everyone from last season signed on again. Sorry about that, ride safe."),
    ("abattoir-chain", RJ, "Meats", "nz", ("pf", "em"), "Chain worker",
     "Hi {first}, the seasonal chain is full up for this year and you won't be on it. Thanks for applying."),
    ("mussel-farm", RJ, "Mussels", "nz", ("hm",), "Boat crew",
     "Hi {first}, the boat crew's full for the mussel season. Sorry, better luck next time."),
    ("trawler-deckie", RJ, "Seafoods", "au", ("em", "ll"), "Deckie",
     "G'day {first}, the skipper's found a deckie who's done prawn season before. Won't be needing you on this trip mate."),
    ("banqueting-team", RJ, "Hotel", "uk", ("pf",), "Banqueting staff",
     "Dear {first}, thank you for attending the silver service session. We shan't be putting you on our banqueting list at this time. Kind regards"),
    ("supermarket-nightfill", RJ, "Fresh Market", "au", ("em", "pf"), "Nightfill",
     "Hi {first}, sorry, nightfill's not going ahead for you, the store's hours have been cut back this quarter. Appreciate you applying."),
    ("diy-store", RJ, "DIY", "uk", ("aw",), "Weekend assistant",
     "Hi {first}, the weekend job's been offered to someone who worked in a timber yard before. Thanks for coming in."),
    ("student-ambassador", RJ, "University", "uk", ("lp",), "Student ambassador",
     "Hi {first}, lovely that you put yourself forward as a student ambassador. Loads of strong forms came in and sadly open days this year will go ahead without you. Have another go in semester two."),
    ("blood-service", RJ, "Blood Service", "nz", ("pf",), "Donor carer",
     "Kia ora {first}, thanks for giving the session a go. We'll not be taking you on as a donor carer this time. Ngā mihi"),
    ("gift-wrap", RJ, "Mall", "us", ("em", "aw"), "Holiday gift wrapper",
     "Hi {first}! All our holiday gift wrap shifts are filled. Thanks a bunch for applying, happy holidays!"),
    ("pawn-shop", RJ, "Pawn", "us", ("hm",), "Counter clerk",
     "{first}, owner says no on the counter job. He wants somebody with jewelry testing experience. Sorry."),
    ("furniture-delivery", RJ, "Furniture", "ca", ("em", "aw"), "Delivery helper",
     "Hi {first}, we went a different way for the delivery helper, the driver wanted his nephew. Thanks for your time eh."),
    ("bike-hire", RJ, "Bike Hire", "uk", ("ec",), "Bike hire assistant",
     "Hi {first}, thanks for your help over the Easter weekend. We've kept the summer bike hire job for our Duke of Edinburgh student. Thanks again."),
    ("punt-chauffeur", RJ, "Punting", "uk", ("em", "aw"), "Punt chauffeur",
     "Hi {first}, we've filled the chauffeur places for the summer, all from the college boat clubs. Sorry you missed out this time."),
    ("squash-club", RJ, "Squash Club", "za", ("lp",), "Junior coach",
     "Hi {first}, thanks for your session with the juniors. The committee has given the coaching post to a member. Sorry, hey, and good luck."),
    ("badminton-academy", RJ, "Badminton Academy", "in", ("lp", "em"), "Coach",
     "Dear {first}, thanks for writing in. The academy is not hiring additional coaches at present, so your profile will not be taken forward. Regards"),
    ("stud-farm", RJ, "Stud", "ie", ("ll",), "Foaling season",
     "Hi {first}, the foaling season jobs are filled now with lads from the racing academy. Sorry about that, best of luck."),
    ("hedgehog-rescue", RJ, "Wildlife Rescue", "uk", ("ec",), "Animal care assistant",
     "Hi {first}, thank you for your care with the hedgehogs on your trial day. The paid animal care post went to a long-serving volunteer of ours. Warm wishes"),
    ("marquee-crew", RJ, "Marquees", "uk", ("hm",), "Marquee crew",
     "Hi {first}, we're full for marquee crew this summer, the same lads as last year are back. Sorry mate."),
    ("agricultural-show", RJ, "Agricultural Society", "au", ("em", "pf"), "Show office",
     "Hi {first}, the show office temp spot went to a local who's helped the society for years. Thanks for offering."),
    ("av-technician", RJ, "Audio Visual", "in", ("aw",), "AV technician",
     "Hi {first}, thanks for doing the setup test. We will not be taking you for the conference season, we needed someone who can run the vision mixer alone. Best wishes for the search"),
    ("triathlon-crew", RJ, "Events", "au", ("em", "ec"), "Event crew",
     "hey {first}, event crew for the tri is all sorted, sorry you missed out this time. thanks heaps"),
    ("ramp-agent", RJ, "Ground Handling", "car", ("pf",), "Ramp agent",
     "Good day {first}, we have completed recruitment of ramp agents for the winter season. Regrettably you were unsuccessful on this round. Thank you."),
    ("tour-coach-driver", RJ, "Coaches", "ie", ("em", "ll"), "Tour driver",
     "Hi {first}, we'll leave it for this season, we need drivers with a tachograph record on the long tours. Thanks for the chat."),
    ("chalet-host", RJ, "Chalets", "ca", ("aw",), "Chalet host",
     "Hi {first}, thanks for the video chat! Both chalet host jobs are spoken for, you'll have to sit this winter out with us. Have a great winter."),
    # shops and food
    ("vintage-store", RJ, "Vintage", "us", ("em", "aw"), "Sales floor",
     "hey {first}! we hired one of the girls who does our buying trips with us, sorry :( thanks for the cute cover letter"),
    ("pound-shop", RJ, "Bargains", "uk", ("pf",), "Sales assistant",
     "Hi {first}, sorry, we're not taking your sales assistant application any further. Thanks for dropping it in to the store."),
    ("mattress-store", RJ, "Mattress", "us", ("hm",), "Sales associate",
     "Hi {first}, we're gonna hold off on adding a sales associate right now. Sorry, thanks for stopping in."),
    ("shoe-shop", RJ, "Shoes", "ie", ("aw",), "Saturday job",
     "Hi {first}, the Saturday job is after going to a girl who worked the sales in January. Sorry pet, and thanks for the CV."),
    ("deli-counter", RJ, "Deli", "za", ("em", "hm"), "Deli assistant",
     "Hi {first}, the deli counter job is taken, we got someone who worked at a butchery before. Sorry hey."),
    ("screen-printer", RJ, "Print Co", "us", ("aw",), "Press helper",
     "Hey {first}, we decided to keep the press helper gig in house and move one of our packers up. Thanks for coming in."),
    ("embroidery-unit", RJ, "Embroidery", "in", ("pf", "em"), "Embroidery supervisor",
     "Dear {first}, your application for the supervisor post was considered but the unit has selected a person with more multi-head machine experience. Thanks."),
    ("lash-tech", RJ, "Lash Lounge", "uk", ("ec",), "Lash tech",
     "Hi hun, thank you for your model set. We're giving the chair to a lash tech who's done volume sets for a while. Good luck xx"),
    ("resort-massage", RJ, "Resort & Spa", "car", ("em", "pf"), "Massage therapist",
     "Good morning {first}, the spa manager has decided to hire a therapist already licensed on island. so the post is going elsewhere. Blessings."),
    ("catamaran-crew", RJ, "Catamaran Cruises", "car", ("hm",), "Deckhand / bartender",
     "Yo {first}, captain take a girl who does bartend and dive both, so we full up for the season. Sorry, thanks."),
    ("jerk-grill", RJ, "Jerk Centre", "car", ("hm", "em"), "Grill helper",
     "Morning {first}, the boss say he not taking on anybody else on the grill now. Sorry, check we later in the year."),
    ("mehndi-artist", RJ, "Mehndi Studio", "in", ("aw",), "Bridal mehndi artist",
     "Hi {first}, thank you for sending your designs. We have finalised our artist team for this wedding season, so we cannot include you now. Wishing you well"),
    ("sweet-shop", RJ, "Sweets", "in", ("pf",), "Counter staff",
     "Dear {first}, for the Diwali counter staff we have taken the boys who worked with us last year, so there is no need to wait for our call. Thank you"),
    ("car-guard", RJ, "Centre Security", "za", ("hm",), "Car guard",
     "Hi {first}, the car guard spots at the centre are all allocated, the list is closed. Sorry my friend."),
    ("forecourt-attendant", RJ, "Fuel Stop", "za", ("em", "pf"), "Forecourt attendant",
     "Hi {first}, we've employed the attendants we needed for December. Sorry, we had more people than posts. Thanks for coming to the office."),
    ("smoothie-bar", RJ, "Smoothies", "au", ("aw",), "Team member",
     "hey {first}! thanks for the trial shift, we'll leave it there, we don't think the bar is the right match for you right now. good luck with it all"),
    ("bagel-shop", RJ, "Bagels", "us", ("em",), "Morning crew",
     "Hi {first}, we filled the 5am bagel shift with somebody who's already done bakery mornings. Thanks for trying out."),
    ("doughnut-counter", RJ, "Donuts", "ca", ("hm",), "Counter",
     "Hey {first}, sorry but we're not hiring for the counter anymore, the owner's wife is covering. Thanks eh."),
    ("pie-bakery", RJ, "Pies", "nz", ("ll",), "Bakery hand",
     "Hi {first}, we've got someone for the pie bakery. Cheers for coming in."),
    ("bmx-coach", RJ, "BMX Club", "uk", ("lp",), "Session coach",
     "Hi {first}, thanks for applying to coach with us. We've got enough session coaches for the summer track programme so won't be booking you. Keep riding!"),
)
EN_OTHERS = (
    # seasonal farm work
    ("daffodil-start", OF, "Bulb Farm", "uk", ("ll", "em"), "Daffodil picking",
     "Hi {first}, it's {hm} from the bulb farm. We can use you for the flower season, first day Monday, meet at the packing shed at 7. Wellies and waterproofs."),
    ("asparagus-receipt", AR, "Growers", "uk", ("hm",), "Asparagus cutting",
     "Morning {first}, got your name down for cutting. We only know numbers once the beds come up in April, so we'll text if anything comes up. Ta."),
    ("potato-shift-change", OJ, "Potatoes", "ie", ("hm", "pf"), "Grading line",
     "Hi {first}, the grading line is starting an hour later all next week, 9 instead of 8, because the lorries are late from the yard."),
    ("turkey-order-full", NJ, "Turkeys", "ie", ("em", "ll"), "Your Christmas order",
     "Hi {first}, sorry, we're sold out of the large birds for Christmas. We can do you a 12 pound one instead, or a crown."),
    ("egg-packing-trial", IV, "Egg Farm", "nz", ("pf",), "Packing floor",
     "Hi {first}, thanks for coming for a look. Keen to have you do a trial shift on the grading floor on {next}, 5am start, we'll find you a hairnet."),
    ("pea-vining-induction", NS, "Vining Group", "uk", ("em", "ll"), "Vining season",
     "Hi {first}, you're on a viner for the season. Induction and the tractor test are on {next}; bring your licence and send your bank details by {date}."),
    ("calf-rearing-roster", OJ, "Dairy Farm", "nz", ("ll",), "Calf shed",
     "Hey {first}, spring roster: you're on the calf shed mornings, Monday to Thursday. {other} has the weekends."),
    ("glasshouse-offer", OF, "Nurseries", "uk", ("pf",), "Glasshouse worker",
     "Hi {first}, we can start you in the glasshouse on the 1st, picking and de-leafing, 7 till 3:30. Please bring your P45."),
    ("banana-trial", IV, "Estates", "car", ("hm",), "Packing station",
     "Morning {first}, Mr {hm} say come by the packing station Tuesday morning and try a day on the line, and bring your ID card."),
    ("tea-estate-interview", IV, "Tea Estate", "in", ("em", "pf"), "Field supervisor",
     "Dear {first}, thank you for your application. Kindly come to the estate office on {next} at 10 am for an interview with Manager sir and bring your certificates. Regards"),
    # leisure and attractions
    ("water-park-hired", OF, "Water Park", "us", ("aw",), "Slide attendant",
     "Hey {first}! You're hired as a slide attendant for the summer. Orientation is Memorial Day weekend, we'll send the schedule."),
    ("stately-home-tickets", NJ, "Hall", "uk", ("em", "pf"), "Your tickets",
     "Dear {first}, alas the candlelit Christmas tours are booked out on every evening. We have put you on the returns list for the 18th."),
    ("bungee-waiver", NS, "Bungy", "nz", ("aw",), "Jump crew",
     "Kia ora {first}, stoked to have you on the jump crew. Before your first shift on {next} we need the height-work waiver signed and a copy of your first aid cert by {date}."),
    ("skydive-full", NJ, "Skydive", "au", ("em", "hm"), "Your tandem",
     "G'day {first}, sorry, Saturday's tandems are booked solid, no room for a group of four. Sunday morning still has space."),
    ("riding-lessons-full", NJ, "Riding School", "ie", ("ll",), "Lessons",
     "Hi {first}, the Saturday beginner lessons are full up till the summer. I've put your daughter's name down for the Wednesday evening group."),
    ("greyhound-rota", OJ, "Kennels", "ie", ("hm", "em"), "Walking rota",
     "Hi {first}, can you do the Sunday walking this week instead of Saturday? The vet is coming out Saturday morning."),
    ("quiz-host-trial", IV, "Arms", "uk", ("aw",), "Quiz host",
     "Hi {first}, glad you fancy hosting the quiz. Come and do a trial round Tuesday at 8, bring a music round and a picture round."),
    ("boxing-schedule", OJ, "Boxing Club", "us", ("lp",), "Class schedule",
     "Hey {first}, heads up, the 6am class moves to 6:30 starting next week. You're still on the front desk for it."),
    ("pilates-audition", IV, "Pilates", "au", ("lp",), "Reformer instructor",
     "Hi {first}, lovely to get your application! Could you teach an audition class on {next} at 7pm? Plan a 30 minute reformer flow x"),
    ("hockey-academy-offer", OF, "Hockey Academy", "in", ("lp", "em"), "Assistant coach",
     "Dear {first}, thank you for the demo session. The academy will take you on as assistant coach for the under-14 group. Kindly join from the 1st. Regards"),
    ("athletics-dbs", NS, "Harriers", "uk", ("lp",), "Sprints coach",
     "Hi {first}, great news, the committee would like you as paid sprints coach. We need your DBS and safeguarding certificate before your first session; please send them by {date}."),
    ("gymnastics-term-full", NJ, "Gymsports", "nz", ("lp", "ec"), "Term 1 classes",
     "Hi {first}, thanks for enrolling! Unfortunately the Saturday preschool class is full for term 1, so you're on the waitlist, and a spot may open up."),
    ("lido-receipt", AR, "Lido", "uk", ("em", "aw"), "Poolside assistant",
     "Hi {first}, thanks for your application for poolside work. We're seeing people in May once we know the opening dates, and we'll ring you either way."),
    ("deckchair-start", OF, "Beach Hire", "uk", ("hm",), "Deckchairs",
     "Alright {first}, you can have the deckchairs weekends from Whitsun. Come down Saturday 9 o'clock and I'll go through the float and the tickets with you."),
    ("donkey-rides-booked", NJ, "Donkeys", "uk", ("ll", "em"), "School trip",
     "Hi {first}, sorry, the donkeys are already booked for another school on the 14th. We could do the following Thursday if that suits."),
    ("film-set-call", OJ, "Productions", "ca", ("aw",), "Call time",
     "Hey {first}, call time tomorrow is 5:45 at the unit base, lot B. You're on lockups with {other}. Bring layers, it's an exterior."),
    ("videographer-booking", OF, "Films", "za", ("em", "ec"), "Second camera",
     "Hi {first}, loved the reel! We'd like you on second camera for the Stellenbosch wedding on the 21st. R2500 for the day, we'll send the run sheet."),
    ("accompanist-timetable", OJ, "Ballet School", "uk", ("lp",), "Class timetable",
     "Dear {first}, the new term's timetable is attached. You're playing for Grade 3 on Tuesdays and the adult class on Thursdays; {other} covers Saturdays."),
    ("stagehand-call", OF, "Theater", "us", ("aw",), "Stagehand",
     "hey {first} you're on the load-in crew for saturday, 7am at the dock door. $22 an hour, 8 hour minimum. black clothes"),
    ("merch-tour-receipt", AR, "Touring", "us", ("hm",), "Merch seller",
     "Hey {first}, got your message about merch. The band's manager is picking the tour crew next week; I'll message you when it's decided."),
    # trades, transport and services
    ("glazier-start", OF, "Glazing", "uk", ("em", "ll"), "Glazier's mate",
     "Hi {first}, can you start Monday as my mate? 8am at the yard, bring steel toecaps and gloves. Cash weekly to start."),
    ("skip-hire-order", NJ, "Skip Hire", "uk", ("hm",), "Your skip",
     "{first}, sorry, no 8 yard skips free till Thursday, they're all out. I can drop a 6 yarder tomorrow if that's any good."),
    ("storage-unit-full", NJ, "Self Storage", "au", ("em", "aw"), "Your enquiry",
     "Hi {first}, the 3x3 units are all taken at the moment. We've popped you on the waitlist and can offer a 3x4 at the same price till one frees up."),
    ("minicab-rota", OJ, "Cars", "uk", ("ll",), "Controller rota",
     "Hi {first}, rota change: you're on the radio Friday and Saturday nights this week, 10 till 6. {other} has Sunday."),
    ("pedicab-orientation", NS, "Pedicabs", "us", ("em", "aw"), "Pedicab rider",
     "hey {first}, you made the summer fleet! orientation ride is {next} at 9, and we need your city pedicab permit application in by {date}."),
    ("courier-zones", OJ, "Courier Co-op", "ca", ("aw",), "Zones this week",
     "Hey {first}, new zones this week: you're downtown core Monday to Wednesday, {other} takes the east end. Radio check at 8."),
    ("abattoir-induction", NS, "Meats", "nz", ("pf", "em"), "Chain worker",
     "Hi {first}, you've got a start on the seasonal chain. Induction and a pre-employment medical are on {next}; bring your IRD number and bank details."),
    ("mussel-farm-receipt", AR, "Mussels", "nz", ("hm",), "Boat crew",
     "Hi {first}, thanks for the CV. The skipper picks the crew once the season dates are set, and we'll text you then yes or no."),
    ("trawler-sailing", OJ, "Seafoods", "au", ("ll",), "Sailing time",
     "G'day {first}, we sail Thursday at 4am now, not Wednesday, weather's turned. Be at the wharf by 3:30 with your gear."),
    ("banqueting-shifts", OF, "Hotel", "uk", ("pf",), "Banqueting staff",
     "Dear {first}, thank you for attending the silver service session. We'd be pleased to add you to our banqueting team; your first function is the Rotary dinner on the 12th. Kind regards"),
    ("nightfill-roster", OJ, "Fresh Market", "au", ("em", "pf"), "Nightfill roster",
     "Hi {first}, nightfill roster for next week is up in the lunchroom. You're Sunday to Tuesday, 10pm to 4am, and {other} has swapped Wednesday with you."),
    ("diy-store-interview", IV, "DIY", "uk", ("aw",), "Weekend assistant",
     "Hi {first}, got your form for weekend work. Could you pop in on {next} at 11 for a quick chat with the manager? Ask at the trade counter."),
    ("ambassador-training", NS, "University", "uk", ("em", "lp"), "Student ambassador",
     "Hi {first}, congratulations, you've been selected as a student ambassador! Please book onto a training session before {date}; you can't work an open day until you've done one."),
    ("blood-service-appointment", NJ, "Blood Service", "nz", ("pf",), "Your donation",
     "Kia ora {first}, sorry, the Saturday donation session is fully booked. We've kept a slot for you on Monday at 5:15pm instead. Ngā mihi"),
    ("gift-wrap-schedule", OF, "Mall", "us", ("em", "aw"), "Holiday gift wrapper",
     "Hi {first}! You're on the gift wrap team for the holidays. First shift is Black Friday, 6am to noon, at the kiosk by Macy's."),
    ("pawn-shop-trial", IV, "Pawn", "us", ("hm",), "Counter clerk",
     "{first}, owner wants you to come in Thursday and work a couple hours on the counter, see how you do. Bring ID."),
    ("furniture-route", OJ, "Furniture", "ca", ("em", "aw"), "Tomorrow's route",
     "Hi {first}, tomorrow you're riding with {other}, 7 stops out to the lake. Truck leaves the yard at 7:15 sharp eh."),
    ("bike-hire-welcome", OF, "Bike Hire", "uk", ("ec",), "Bike hire assistant",
     "Hi {first}, thanks for your help over Easter. We'd love you back for the summer on the bike hire, weekends and the school holidays. Start date to follow."),
    ("punting-sold-out", NJ, "Punting", "uk", ("aw",), "Your tour",
     "Hi {first}, sorry, the chauffeured tours are sold out for Saturday afternoon. There's still space on the 10am, or you could self-hire a punt."),
    ("squash-club-sessions", OF, "Squash Club", "za", ("lp",), "Junior coach",
     "Hi {first}, the committee is happy to give you the junior coaching, Tuesdays and Thursdays after school. We'll sort the courts with you this week."),
    ("badminton-demo", IV, "Badminton Academy", "in", ("lp", "em"), "Coach",
     "Dear {first}, thank you for your interest. Kindly come for a demo session with our evening batch on {next} at 6 pm. Regards"),
    ("stud-farm-start", OF, "Stud", "ie", ("ll",), "Foaling season",
     "Hi {first}, we'd have you for the foaling season, nights from the 1st of February. Ring me and we'll sort the accommodation."),
    ("hedgehog-open-day", HAM, "Wildlife Rescue", "uk", ("em", "ec"), "Open day",
     "Hi all, thank you for all your help at the open day! We raised enough for a second intensive care unit. Next volunteer meeting is on the 9th."),
    ("marquee-job-sheet", OJ, "Marquees", "uk", ("hm",), "Saturday's job",
     "Hi {first}, Saturday we're putting up the 12 by 24 at the cricket club, 7am at the yard. Bring your gloves and a packed lunch."),
    ("show-office-roster", OJ, "Agricultural Society", "au", ("em", "pf"), "Show week",
     "Hi {first}, show week roster: you're in the office Thursday and Friday, {other} has the gate on Saturday. Lanyards at the secretary's desk."),
    ("av-tech-next", NS, "Audio Visual", "in", ("aw",), "AV technician",
     "Hi {first}, the setup test went well. Next round is a live event on {next}; kindly share your Aadhaar and bank details by {date} for the gate pass."),
    ("triathlon-briefing", OJ, "Events", "au", ("em", "ec"), "Crew briefing",
     "hey {first}, crew briefing for the tri is Friday 5pm at the transition tent. you're on the swim exit with {other}."),
    ("ramp-agent-medical", NS, "Ground Handling", "car", ("pf",), "Ramp agent",
     "Good day {first}, you have been selected to continue for the ramp agent post. Please complete the airport ID application and medical by {date}. Thank you."),
    ("coach-tour-list", OJ, "Coaches", "ie", ("ll",), "Tour list",
     "Hi {first}, you've the Ring of Kerry tour Tuesday and the Dingle one Thursday. Pick up the coach at the depot at 7."),
    ("chalet-host-offer", OF, "Chalets", "ca", ("aw",), "Chalet host",
     "Hi {first}, thanks for the video chat! We want you as one of our chalet hosts this season. Contract's coming by email, ski pass included."),
    # shops and food
    ("vintage-pickup", HAM, "Vintage", "us", ("em", "aw"), "Buying trip",
     "hey team! buying trip is saturday, we leave at 7 from the store. {other} is driving the van, bring snacks"),
    ("pound-shop-receipt", AR, "Bargains", "uk", ("pf",), "Sales assistant",
     "Hi {first}, your sales assistant form came through fine. Interviews are on the 20th; if you are chosen for one we'll ring you the week before."),
    ("mattress-delivery", NJ, "Mattress", "us", ("em", "hm"), "Your delivery",
     "Hi {first}, sorry, we can't deliver your mattress Friday, the trucks are fully booked. Monday morning is the earliest."),
    ("shoe-shop-rota", OJ, "Shoes", "ie", ("aw",), "Saturday",
     "Hi {first}, can you come in at 10 instead of 9 Saturday? The stocktake is moved to the Sunday."),
    ("deli-trial", IV, "Deli", "za", ("em", "hm"), "Deli assistant",
     "Hi {first}, come in for a trial on the deli counter Saturday morning from 8, wear closed shoes hey."),
    ("screen-printer-trial", IV, "Print Co", "us", ("aw",), "Press helper",
     "Hey {first}, can you come in Wednesday and help on the press for a few hours? Paid, and old clothes are best, the ink gets everywhere."),
    ("embroidery-joining", NS, "Embroidery", "in", ("pf", "em"), "Embroidery supervisor",
     "Dear {first}, you are selected for the supervisor post. Kindly submit your documents and the signed joining letter by {date}. Thanks."),
    ("lash-model-day", IV, "Lash Lounge", "uk", ("ec",), "Lash tech",
     "Hi hun, loved your application! Free on {next} at 10 to do a model set for us? We'll supply the model xx"),
    ("resort-massage-offer", OF, "Resort & Spa", "car", ("pf",), "Massage therapist",
     "Good morning {first}, the spa manager is pleased to offer you the therapist post from the 1st of next month. Blessings."),
    ("catamaran-full", NJ, "Catamaran Cruises", "car", ("hm",), "Your cruise",
     "Yo {first}, Sunday sunset cruise is full, sorry. Captain can take you Monday, same time."),
    ("jerk-grill-start", OF, "Jerk Centre", "car", ("hm", "em"), "Grill helper",
     "Morning {first}, the boss say you can start on the grill Friday night, six o'clock. Bring an apron."),
    ("mehndi-booked", NJ, "Mehndi Studio", "in", ("aw",), "Your booking",
     "Hi {first}, sorry, our artists are fully booked for the 14th. We can send one artist on the 13th evening if you like."),
    ("sweet-shop-receipt", AR, "Sweets", "in", ("em", "pf"), "Counter staff",
     "Dear {first}, we have noted your name for Diwali counter staff. Final list will be made after Dussehra and we will call all the applicants. Thank you"),
    ("car-guard-roster", OJ, "Centre Security", "za", ("hm",), "December roster",
     "Hi {first}, December roster: you've got the north parking Friday to Sunday, {other} has the bays by the food court."),
    ("forecourt-offer", OF, "Fuel Stop", "za", ("em", "pf"), "Forecourt attendant",
     "Hi {first}, we're happy to take you on as a forecourt attendant for December. Come on Monday at 6 to collect your overall."),
    ("smoothie-shifts", OF, "Smoothies", "au", ("aw",), "Team member",
     "hey {first}! thanks for the trial shift, you're in! first shift saturday 8am, wear black"),
    ("bagel-sold-out", NJ, "Bagels", "us", ("em",), "Your order",
     "Hi {first}, sorry, we're out of everything bagels for Sunday's catering order. Can we sub sesame?"),
    ("doughnut-hours", OJ, "Donuts", "ca", ("hm",), "New hours",
     "Hey {first}, new hours start Monday, we open at 6 now, so you're in at 5:30."),
    ("pie-bakery-receipt", AR, "Pies", "nz", ("ll",), "Bakery hand",
     "Hi {first}, got your CV for the pie bakery. Boss is away till Monday, we'll text if anything comes up."),
    ("bmx-sessions", OJ, "BMX Club", "uk", ("lp",), "Session plan",
     "Hi {first}, session plan for Saturday: beginners 9 to 10:30 on the pump track, then the gate starts. {other} brings the cones."),
)

REGIONS = {  # people, cities, phone format, landline format
    "uk": ((("Janice", "Tregear"), ("Wayne", "Polglase"), ("Shabana", "Akhtar"), ("Neil", "Bramhall"), ("Kayleigh", "Dunmore"), ("Imran", "Sadiq")),
           ("Penzance", "Boston", "Whitby", "Hexham", "Barnstaple", "Kettering"), "07700 9#####", "01### ######"),
    "ie": ((("Siobhán", "Dolan"), ("Declan", "Fahy"), ("Aoife", "Mulcahy"), ("Cathal", "Breen")), ("Tullamore", "Ennis", "Kilkenny", "Cavan"), "087 ### ####", "0## ### ####"),
    "us": ((("Tammy", "Kowalski"), ("Derrick", "Boone"), ("Alicia", "Navarro"), ("Travis", "Lindqvist")), ("Tulsa", "Boise", "Dayton", "Macon"), "(614) 555-####", "(614) 555-####"),
    "ca": ((("Chantal", "Gagnon"), ("Tyler", "MacLeod"), ("Simran", "Dhillon"), ("Wade", "Pelletier")), ("Sudbury", "Kamloops", "Fredericton", "Red Deer"), "(506) 555-####", "(506) 555-####"),
    "au": ((("Kylie", "Brennan"), ("Shane", "Vukovic"), ("Mel", "Costa"), ("Dylan", "Nguyen")), ("Mildura", "Mackay", "Geraldton", "Wagga Wagga"), "0412 ### ###", "(03) #### ####"),
    "nz": ((("Aroha", "Wiremu"), ("Blair", "Cunningham"), ("Sina", "Faleolo"), ("Struan", "Reid")), ("Ashburton", "Whanganui", "Timaru", "Blenheim"), "021 ### ####", "(06) ### ####"),
    "za": ((("Nomsa", "Khumalo"), ("Pieter", "Botha"), ("Ayanda", "Mokoena"), ("Riaan", "Naidoo")), ("Polokwane", "George", "Mahikeng", "Bloemfontein"), "082 ### ####", "011 ### ####"),
    "in": ((("Sunita", "Kulkarni"), ("Vikrant", "Nair"), ("Farhan", "Ansari"), ("Deepa", "Iyer")), ("Coimbatore", "Indore", "Siliguri", "Ludhiana"), "+91 98### #####", "0422 ### ####"),
    "car": ((("Marcia", "Joseph"), ("Winston", "Greaves"), ("Shanice", "Baptiste"), ("Andre", "Mohammed")), ("Castries", "Montego Bay", "San Fernando", "Bridgetown"), "+1 758 ### ####", "+1 758 ### ####"),
}
ZONES = {"uk": ("+0000", "+0100"), "ie": ("+0000", "+0100"), "us": ("-0500", "-0600", "-0700"), "ca": ("-0400", "-0600", "-0800"), "au": ("+1000", "+1030", "+0800"),
         "nz": ("+1200", "+1300"), "za": ("+0200",), "in": ("+0530",), "car": ("-0400", "-0500")}
OTHER_NAMES = ("Jodie", "Ravi", "Ffion", "Kojo", "Mikaela", "Duncan", "Niamh", "Sipho")
PREFIXES = ("Wheal", "Fenland", "Saltmarsh", "Copperbeech", "Riverbend", "Blackthorn", "Otterburn", "Wattle", "Totara", "Acacia", "Palmetto", "Banyan", "Mapleridge", "Highcliff")
MATES = ("Lou", "Kev", "Priya", "Bex", "Mo", "Tom", "Zara", "Fitz")
CARD_DESIGNS = {RJ: ("Thank You (sunflowers)", "Good Luck (four-leaf clover)", "With Thanks (watercolour boats)"),
                OF: ("Welcome to the Team (bunting)", "Congratulations (confetti)"),
                None: ("Hello (wildflowers)", "Just a Note (paper plane)", "Thank You (sunflowers)")}
SLIP_LINES = ("Please ring us to arrange a trial or a chat",
              "Details kept on file, we will contact you if something comes up",
              "Position now filled, thank you for applying",
              "See note below")
SLIP_TICK = {RJ: (2, 3), IV: (0,), AR: (1,), NS: (3,), OF: (3,), OJ: (3,), NJ: (3,), HAM: (3,)}
ASKS = ("Hi, I saw you're looking for {role}. I'm free most days and can start straight away. Thanks, {first}",
        "Hiya, checking in about the {role} job - still going? Cheers {first}",
        "Hi there, I'd love to help out with the {role} this season, here's my number if you need me. {first}")


class Maker(MakerBase):
    def context(self, word: str, region: str) -> dict:
        rng = self.rng
        people, cities, phone, landline = REGIONS[region]
        (hm, hm_sur), (first, surname) = rng.sample(people, 2)
        org = f"{rng.choice(PREFIXES)} {word}"
        sent = datetime(2019, 5, 6, 7, 0) + timedelta(days=rng.randrange(7 * 365), minutes=rng.randrange(14 * 60), seconds=rng.randrange(60))
        later = sent + timedelta(days=rng.randrange(3, 11))
        due = later + timedelta(days=rng.randrange(2, 6))
        before = sent - timedelta(days=rng.randrange(2, 8))

        def digits(fmt: str) -> str:
            return re.sub("#", lambda _: str(rng.randrange(10)), fmt)

        return {
            "first": first, "surname": surname, "full": f"{first} {surname}", "hm": hm, "hm_full": f"{hm} {hm_sur}",
            "org": org, "dom": f"{ascii_slug(org)}.example", "region": region, "city": rng.choice(cities),
            "other": rng.choice([o for o in OTHER_NAMES if o not in (first, hm)]),
            "next": f"{later:%A} {later.day} {MONTHS[later.month - 1]}", "date": f"{due.day} {MONTHS[due.month - 1]}",
            "day": f"{before:%A} {before.day} {MONTHS[before.month - 1]}", "sent": sent,
            "phone": digits(phone), "landline": digits(landline),
            "datehdr": f"{sent:%a, %d %b %Y %H:%M:%S} {rng.choice(ZONES[region])}",
        }

    def shell(self, code: str, kind: str, subject: str, core: str, c: dict) -> tuple[str, str, str]:  # noqa: PLR0911 - one branch a channel
        """The subject, body and sender of one channel around ``core``."""
        rng = self.rng
        org, dom, first, hm, full = c["org"], c["dom"], c["first"], c["hm"], c["full"]
        t = c["sent"]
        person = f"{c['hm_full']} <{mailbox(c['hm_full'].replace(' ', '.'), 'team')}@{dom}>"
        if code == "em":  # a plain short email from a person
            own = core[:1].islower() or core.startswith(("Hi", "Hey", "Dear", "G'day", "Kia ora", "Alright", "Morning", "Good", "Yo", "{first}", first))
            hello = "" if own else f"{rng.choice(('Hi', 'Hello', 'Hey'))} {first},\n\n"
            sign = "" if core.rstrip().endswith(("x", "xx", "Regards", "mihi", "Blessings", "wishes")) else rng.choice((hm, hm, c["hm_full"], f"{hm}\n{org}"))
            tail = rng.choice(("Sent from my iPhone", c["phone"], "", ""))
            return (subject, f"{hello}{core}\n\n{sign}\n{tail}".strip(), person)
        if code == "ll":  # a text to the reader's landline, emailed when nobody answered
            return (f"Text message to your home phone {c['landline']}",
                    f"You were sent a text message to your home phone number {c['landline']}. We rang to read it out but nobody answered, so here it is.\n\nFrom: {c['phone']}\nSent: {t:%d/%m/%Y %H:%M}\n\n{core}\n\nReplies to this address aren't read; to answer, text or ring the number above. Landline texts are read out by an automated voice and emailed when the call isn't picked up.",
                    "Homeline Texts <landlinetext@homeline.example>")
        if code == "ec":  # an e-card with the sender's message
            designs = CARD_DESIGNS[kind] if kind in (RJ, OF) else CARD_DESIGNS[None]
            return (f"{hm} sent you a card",
                    f"{c['hm_full']} ({org}) sent you an e-card: {rng.choice(designs)}\n\nOpen your card: https://cardwell.example/c/{rng.randrange(10**6, 10**7)}\n\nTheir message:\n{core}\n\nCards stay online for 60 days. Send one back from the same link.",
                    "Cardwell <cards@cardwell.example>")
        if code == "hm":  # a housemate passing on a call to the house phone
            mate = rng.choice([m for m in MATES if m != first])
            when = rng.choice(("this morning", "about an hour ago", "while you were out", "at lunchtime"))
            return (rng.choice((f"{org} rang", "phone message for you", f"msg from {hm} ({org})")),
                    f"hey {first}, {hm} from {org} rang the house phone for you {when}. wrote it down as best I could, said to tell you:\n\n\"{core}\"\n\nnumber's {c['phone']} if you want to call back.\n{mate}",
                    f"{mate} <{mailbox(mate, 'mate')}.{rng.randrange(10, 99)}@post.example>")
        if code == "pf":  # a "with compliments" slip with tick boxes
            ticked = rng.choice(SLIP_TICK[kind])
            boxes = "\n".join(f"[{'x' if n == ticked else ' '}] {line}" for n, line in enumerate(SLIP_LINES))
            return (f"{org}: {subject}",
                    f"WITH COMPLIMENTS\n{org}, {c['city']}\n\nTo: {full}\nRe: {subject}\n\n{boxes}\n\nNote:\n{core}\n\n{hm}",
                    person)
        if code == "lp":  # a coaching and tutoring platform's message alert
            return (f"New message from {hm} at {org}",
                    f"Hi {first},\n\n{hm} messaged you on Coachlink.\n\n{c['hm_full']} · {org}\n\"{core}\"\n\nReply on Coachlink: https://coachlink.example/inbox/{rng.randrange(10**5, 10**6)}\nAlerts: on (Profile > Notifications).",
                    "Coachlink <alerts@coachlink.example>")
        if code == "aw":  # a reply from a watch above the reader's own message
            ask = rng.choice(ASKS).format(role=subject.lower(), first=first)
            return (f"Re: {subject}",
                    f"{core}\n\nSent from my Watch\n\n> On {c['day']}, {full} wrote:\n> {ask}",
                    person)
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
    return finish(maker.records, maker.rng, "w47")


def langs(maker: Maker, records: list[dict]) -> int:
    """Print the make-up by kind, kind/shell and region (no message text)."""
    return makeup(records, (("kind / shell", maker.shells), ("region / label", maker.regions)), lengths(records))


def main(argv: list[str]) -> int:
    maker = Maker(random.Random(SEED))
    records = build(maker)
    return run(argv, OUT, records, lambda: langs(maker, records), skip=SKIP)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
