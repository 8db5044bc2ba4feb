# ruff: noqa: E501, S311
"""Write data/blind/written-40.jsonl: training mail, twenty-eighth batch (breadth of trades).

Twenty-sixth pass, part W. Every sealed slice's wide part has English rejections from trades and
channels no earlier slice used, and the shipped models read about two thirds of them. This batch
widens the base with trades and channels that no slice and no written batch lists in
data/blind/README.md:

* (a) ~115 English ``rejection`` from about seventy-five trades and settings (a bowling alley, a
  cinema, a trampoline park, a bingo club, a mosque's madrasa, a gurdwara's langar, a scout
  activity centre, a GAA club, a dojo, a golf club's greens, a marina, a launderette, a chippy, a
  curry house, a bubble-tea shop, a bridal boutique, a roofer, a window-cleaning round, a
  Christmas-tree farm, a kiwifruit packhouse, a tree-planting camp, a sugar shack, a cattle
  station, a game lodge, a mas camp, a rum shop, a tiffin service, a wedding decorator, a summer
  camp, a food truck, a house-sitting platform, ...) in UK, Irish, US, Canadian, Australian, New
  Zealand, South African, Indian and Caribbean English, short, casual, kind, sometimes misspelt,
  signed with a name or nothing;
* (b) ~110 twins that are not rejections in the same trades and channels: trial shifts, offers,
  receipts that talk about a decision not yet made, inductions and courses with deadlines, rota
  and schedule changes, customers' bookings full or sold out, and news about a third party.

Channels (shells), none of them in an earlier slice or batch: a website live-chat transcript
(``lc``), a workspace-chat notification (``gc``), a Viber message notification (``vb``), a chat
app's voice note transcribed (``vn``), a group chat's unread digest (``gm``), an event platform's
organiser message (``ev``), a comment on a scheduling poll (``dp``), a volunteer sign-up sheet's
notice (``su``), a website form's auto-acknowledgement with the owner's reply typed above it
(``fa``), a phone scan of a handwritten note (``ph``), a community forum site's direct message
(``rd``), a dictated letter (``dc``), and a plain short email (``em``).

    python data/blind/make_written40.py           # writes the file (seed 400401)
    python data/blind/make_written40.py --langs   # make-up by kind, shell and region
    python data/blind/make_written40.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

SEED = 400401
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import MakerBase, ascii_slug, finish, lengths, makeup, record, run, sealed  # noqa: E402

# written-31's kinds, months and address helpers (the batch beside this file)
from make_written31 import AR, IV, MONTHS, NJ, NS, OF, OJ, RJ, mailbox  # noqa: E402

OUT = HERE / "written-40.jsonl"
PROVENANCE = "written for rejectwatch issue 11 twenty-sixth pass as training mail, twenty-eighth batch, breadth: trades and channels no slice or batch used, twins (make_written40.py)"
PREFIX = "blind-w40"  # the read-slice prefix: train-only in grouped CV, weight READ_SLICE_WEIGHT
SEALED = sealed(25)  # never opened, skipped by name (an earlier first, as when written)
HAM = "ham"

# Templates: (name, kind, outfit word, region, shells, subject, core). Every even-numbered
# template of a table is written once per shell listed, every odd-numbered one for its first
# shell only.
EN_REJECTIONS = (
    # leisure
    ("bowling-lanes-covered", RJ, "Bowl", "uk", ("gc", "vb"), "Lane crew",
     "hiya {first}, {hm} from the bowl. we've got the weekend lanes covered now, took on two lads from the college. ta for coming in to fix pins with us tho"),
    ("cinema-floor-returners", RJ, "Picturehouse", "uk", ("lc", "em"), "Floor staff",
     "We've had all of last summer's floor team come back, so there's nothing for new starters on the rota this time round, {first}. Sorry to be the bearer."),
    ("trampoline-marshal-older", RJ, "Trampoline Park", "au", ("vb", "gm"), "Jump marshal",
     "Hey {first}, sorry mate, we need our marshals 18 and over for insurance so we cant put you on. Hit us up after your birthday!"),
    ("softplay-party-host", RJ, "Soft Play", "uk", ("fa", "ph"), "Party host",
     "Thanks for your form {first}. I've given the party host hours to Jade who's been helping on the café side, so I don't have anything for you at the minute x"),
    ("lasertag-marshal-team", RJ, "Laser Arena", "us", ("dp", "gc"), "Weekend marshal",
     "hey {first} - we ended up keeping the marshal crew as-is for spring, owner doesn't want to add anyone right now. appreciate you filling the poll out"),
    ("karting-marshal-flag", RJ, "Kart Circuit", "uk", ("vn", "em"), "Track marshal",
     "Alright {first}, it's {hm} at the track. We went with someone with a bit of flag experience from the club racing, so not this time pal. All the best."),
    ("snooker-hall-nights", RJ, "Snooker Club", "ie", ("vb", "ph"), "Evening attendant",
     "{first} - the evenings are sorted, my nephew is doing them till Christmas. Thanks for calling in. {hm}"),
    ("bingo-caller-audition", RJ, "Bingo Club", "uk", ("em", "dc"), "Caller vacancy",
     "Thank you for calling a few games for us on {day}. The caller vacancy is going to {other}, as she's been on the floor with us for three years. You had a lovely clear voice, and I'd keep at it."),
    ("karaoke-host-nights", RJ, "Karaoke Lounge", "us", ("gm", "vb"), "KJ nights",
     "yo {first}, boss picked Dani for the thursday KJ spot. your set was fun tho, come sing sometime 🎤"),
    ("paintball-marshal-season", RJ, "Paintball", "za", ("vn", "rd"), "Marshal",
     "Howzit {first}, it's {hm}. Look, we're full up with marshals for the season already, the guys from last year all came back. Shot for getting in touch, hey."),
    ("themepark-ride-op", RJ, "Adventure Park", "us", ("lc", "ev"), "Ride operator",
     "Thanks for coming to the hiring day, {first}. Our ride operator spots for the summer are filled and your application stops here."),
    ("holidaypark-ents", RJ, "Holiday Park", "uk", ("em", "gm"), "Entertainment team",
     "Hiya {first}, thanks for the showreel! The ents team for next season is all cast now, we went with a couple who can both do kids' club and the evening cabaret. Break a leg with the auditions x"),
    ("hostel-work-exchange", RJ, "Backpackers", "nz", ("rd", "vb"), "Reception for a bed",
     "Kia ora {first}, sorry, the work-for-a-bed spots at the front desk are taken through to March. We've had heaps of messages. Good luck with the trip!"),
    ("bnb-housekeeping", RJ, "Guest House", "ie", ("ph", "em"), "Housekeeping",
     "Thanks a million for calling round {first}. Maura is coming back to do the rooms for me this summer so I won't need anyone after all. Best of luck."),
    # faith and community
    ("mosque-madrasa-teacher", RJ, "Masjid", "uk", ("em", "dc"), "Evening madrasa teacher",
     "Assalamu alaikum {first}, jazakallah khair for teaching the sample class on {day}. The committee has asked Ustadha {other} to take the girls' evening class, as she can also cover Saturdays. May Allah make it easy for you."),
    ("synagogue-office", RJ, "Synagogue", "us", ("em", "lc"), "Office administrator",
     "Dear {first}, thank you for meeting with the search group. Another person has now accepted the office administrator role. With every good wish, and do come to Shabbat services anytime."),
    ("gurdwara-langar-cook", RJ, "Gurdwara", "uk", ("vn", "vb"), "Langar cook",
     "Sat Sri Akal {first} ji, it's {hm}. The committee has given the paid cook position to a bhaji from Leicester who did it for ten years there. Please keep coming to do seva with us."),
    ("mandir-kitchen", RJ, "Mandir", "in", ("vb", "em"), "Temple kitchen",
     "Namaste {first} ji, the trustees have filled the kitchen helper post with a person from the local area itself. Kindly do not come on Monday for joining. Regards, {hm}"),
    ("scouts-centre-instructor", RJ, "Scout Activity Centre", "uk", ("su", "em"), "Seasonal instructor",
     "Hi {first}, thanks for applying to instruct at the centre this summer. Interest was huge, and all the climbing and archery slots have gone to people who already hold the permits. Yours in Scouting, {hm}"),
    ("brownies-helper", RJ, "Brownies", "uk", ("su", "gm"), "Unit helper",
     "Hi {first}, sorry, we've enough adult helpers for the Wednesday unit now so your name's off the helpers list now. Thanks so much for offering x"),
    ("youthclub-worker", RJ, "Youth Club", "ie", ("em", "ph"), "Sessional youth worker",
     "Hi {first}, the interview panel met and the sessional post has been given to a worker who's already Garda vetted with us. Thanks for coming in on the night."),
    ("playgroup-assistant", RJ, "Playgroup", "nz", ("gc", "em"), "Playgroup assistant",
     "Hi {first}, the morning assistant role is going to a parent who's been volunteering with us. Thanks heaps for spending the session with the tamariki."),
    ("creche-gym", RJ, "Leisure Club", "uk", ("lc", "em"), "Creche assistant",
     "Hi {first}, I've spoken to the duty manager and the creche hours have gone to a member of staff from reception who's done her Level 3. Thanks for coming in."),
    # sport
    ("netball-coach", RJ, "Netball Club", "nz", ("gm", "em"), "Junior coach",
     "Hey {first}, committee's picked Aroha for the year 7 team this season. Ta for offering, there's always umpiring if you're keen!"),
    ("gaa-underage-coach", RJ, "GAA Club", "ie", ("gm", "vb"), "U12 hurling coach",
     "{first} the board went with {other} for the u12 hurlers, he's been with that group since nursery. Sound of you to offer. {hm}"),
    ("dojo-assistant", RJ, "Karate Dojo", "ca", ("em", "rd"), "Assistant instructor",
     "Osu {first}. Sensei has chosen a brown belt from our own club as the kids' class assistant. Thank you for training with us on {day}, your kata was sharp."),
    ("danceschool-teacher", RJ, "School of Dance", "au", ("em", "fa"), "Tap teacher",
     "Hi {first}, thanks for teaching the trial tap class. We've chosen a teacher who can take ballet exams as well, so the classes won't be coming your way. Best of luck x"),
    ("greenkeeper-seasonal", RJ, "Golf Club", "uk", ("dc", "em"), "Seasonal greenkeeper",
     "Following your interview on {day} for the post of seasonal greenkeeper, I regret that the course manager has appointed another applicant who holds his spraying certificate."),
    ("kayakhire-summer", RJ, "Kayak Hire", "ca", ("vb", "lc"), "Summer guide",
     "Hey {first}! We're all staffed up at the dock for this summer, sorry, we went with folks who have their Paddle Canada cert. Hope you get out on the water lots."),
    ("marina-dockhand", RJ, "Marina", "us", ("em", "vn"), "Dockhand",
     "Hi {first}, it's {hm} down at the marina. The dockhand job went to a kid who grew up on the docks here, knows every slip. Sorry buddy, good luck."),
    ("boatyard-apprentice", RJ, "Boatyard", "uk", ("ph", "em"), "Yard apprentice",
     "{first} - thanks for the two days on the antifouling. Frank's son is starting with us in the yard so the apprenticeship's gone. Keep your chin up. {hm}"),
    # shops and services
    ("launderette-attendant", RJ, "Launderette", "uk", ("ph", "vb"), "Attendant",
     "Hi {first}, sorry hun, I found someone for the mornings, a lady from round the corner. Thank you for popping in"),
    ("drycleaner-presser", RJ, "Dry Cleaners", "us", ("vb", "vn"), "Presser",
     "Hi {first} this is {hm} from the cleaners. We hired somebody with pressing experience already. Sorry. Thank you"),
    ("keycutting-kiosk", RJ, "Key & Heel", "uk", ("em", "gc"), "Kiosk assistant",
     "Thanks {first}. Area manager's put a trainee from another branch in the kiosk, so the kiosk job is now filled."),
    ("phonerepair-tech", RJ, "Phone Fix", "in", ("vb", "em"), "Repair technician",
     "Hello {first}, as discussed, we need a technician who can do board-level micro soldering so we are not taking your profile forward. Thank you for visiting the shop."),
    ("carwash-valeter", RJ, "Hand Car Wash", "uk", ("vn", "vb"), "Valeter",
     "Alright {first}, it's {hm}. No job for now boss, we got enough boys on weekends. I call you if someone leave."),
    ("tyrefitter-trainee", RJ, "Tyres", "au", ("em", "lc"), "Trainee tyre fitter",
     "G'day {first}, thanks for coming in. We've put on a bloke who's already done his cert III so that's us sorted for now. Cheers."),
    ("forecourt-nights", RJ, "Service Station", "ca", ("gc", "em"), "Night cashier",
     "Hi {first}, the night shift is covered, we moved someone over from days. Thanks for dropping off your resume."),
    ("fishmonger-counter", RJ, "Fishmongers", "uk", ("em", "ph"), "Counter assistant",
     "Hi {first}, we've offered the counter job to a young woman who's done the filleting course. Thank you for giving it a go on Saturday, you did well for a first time on the knife."),
    ("greengrocer-saturday", RJ, "Greengrocer", "ie", ("vb", "gm"), "Saturday help",
     "hi {first} its {hm} from the shop, sorry pet the saturday job is gone, my sisters young one is doing it"),
    ("chippy-fryer", RJ, "Fish Bar", "uk", ("vn", "em"), "Fryer",
     "Hiya {first}, {hm} from the chippy. Sorry love, I've took on a lad who's fried before, Friday teatime's too busy to teach someone. Take care."),
    ("curryhouse-waiter", RJ, "Tandoori", "uk", ("em", "vb"), "Waiter",
     "Dear {first}, thanks for doing the trial friday. The manager has taken another waiter who has more experiance of busy weekends. Thank you and good luck."),
    ("bubbletea-crew", RJ, "Bubble Tea", "ca", ("gc", "dp"), "Tea crew",
     "hi {first}! we already picked our new crew members for the opening, ty for coming along to our tasting day 🧋"),
    ("tearoom-waitress", RJ, "Tea Rooms", "uk", ("em", "fa"), "Waiting staff",
     "Dear {first}, many thanks for your letter about waitressing with us. Sadly the summer team is complete and I am not taking on anybody new."),
    ("gelato-parlour", RJ, "Gelateria", "au", ("vb", "em"), "Scooper",
     "hey {first}, thanks heaps for the trial, we've picked someone who can also do the morning prep so not this time sorry"),
    ("bridal-consultant", RJ, "Bridal Boutique", "us", ("em", "lc"), "Bridal consultant",
     "Hi {first}, thank you for shadowing our Saturday appointments! We've decided to bring on a consultant with a sewing background, so we're moving forward with her. Wishing you the best!"),
    ("jeweller-bench", RJ, "Jewellers", "uk", ("dc", "em"), "Bench trainee",
     "Thank you for bringing in your ring-making pieces on {day}. Having seen the applicants, Mr {hm} has chosen a graduate from the jewellery course in Birmingham for the bench trainee place."),
    ("framer-assistant", RJ, "Framing Workshop", "nz", ("em", "rd"), "Workshop assistant",
     "Hi {first}, cheers for the afternoon in the workshop. The role's gone to someone with a bit of mat-cutting under their belt. All the best."),
    ("printshop-finisher", RJ, "Print Shop", "za", ("gc", "em"), "Finisher",
     "Hi {first}, the finishing job went to someone who knows the guillotine already. Thanks for coming through on {day}. Regards, {hm}"),
    ("nailbar-tech", RJ, "Nails", "uk", ("vb", "vn"), "Nail tech",
     "hi babe sorry we took the other girl she do acrylic and gel both. thank you for coming"),
    # trades
    ("roofer-labourer", RJ, "Roofing", "ie", ("vn", "vb"), "Labourer",
     "{first} it's {hm}. I'm sorted for a labourer, got a young lad off the FÁS course. Best of luck."),
    ("plasterer-labourer", RJ, "Plastering", "uk", ("vb", "em"), "Plasterer's mate",
     "Cheers for the call mate. I've got me mate's son mixing for me now so I'm fine for a labourer. Ta ra"),
    ("tiler-improver", RJ, "Tiling", "au", ("em", "gc"), "Improver",
     "Hi {first}, appreciate you coming out to the job in {city}. I've given the improver spot to a bloke with a bit more wet area work. Good luck mate."),
    ("windowcleaner-round", RJ, "Window Cleaning", "uk", ("vb", "ph"), "Round help",
     "Hi {first}, I've took on a lad I know for the round, sorry. Ta for getting back to me."),
    ("landscaper-crew", RJ, "Landscapes", "us", ("gc", "vb"), "Crew member",
     "Hey {first}, we're good on crew for the season. Went with guys who can run the skid steer. Thanks for reaching out."),
    ("carpetfitter-mate", RJ, "Flooring", "uk", ("em", "vn"), "Fitter's mate",
     "Morning {first}, it's {hm}. The fitter's mate job's been filled by a lad from the warehouse. Cheers for your time."),
    # seasonal and regional
    ("xmastree-farm", RJ, "Christmas Tree Farm", "us", ("su", "ev"), "Holiday season help",
     "Hi {first}! We've got all our tree wranglers for the season, so we weren't able to add you to the schedule this year. Thanks so much for signing up."),
    ("pumpkin-patch", RJ, "Pumpkin Patch", "ca", ("su", "em"), "Weekend crew",
     "Hi {first}, all the weekend hayride and parking slots are taken now, so we're set for this fall without you. Thanks for your interest!"),
    ("kiwifruit-packhouse", RJ, "Packhouse", "nz", ("em", "gc"), "Grader",
     "Kia ora {first}, we've got our full grading crew for the kiwifruit season, so there's no spot on it for you this year. Ka kite."),
    ("treeplanting-camp", RJ, "Reforestation", "ca", ("em", "rd"), "Rookie planter",
     "Hey {first}, our rookie spots for the spring contract are all spoken for. We took returning planters first. Appreciate you applying, good luck out there."),
    ("sugarshack", RJ, "Sugar Shack", "ca", ("vb", "em"), "Sugaring season",
     "Hi {first}, thanks for the visit to the bush. We ended up keeping it family for the sugaring this spring, so no extra hand needed."),
    ("cattle-station", RJ, "Station", "au", ("em", "vn"), "Station hand",
     "G'day {first}, we've put on a jillaroo who can ride and do a bit of welding, so we're right for the muster without you. Best of luck."),
    ("gamelodge-trainee", RJ, "Game Lodge", "za", ("em", "lc"), "Trainee field guide",
     "Dear {first}, thanks for the selection week at the lodge. This year's trainee field guide intake goes ahead without you, regrettably. All the best with your FGASA studies."),
    ("mascamp-carnival", RJ, "Mas Camp", "car", ("vb", "vn"), "Mas camp helper",
     "Morning {first}, is {hm}. We full up in the camp for this Carnival, all the wire benders and sewers done book. Next year self, eh."),
    ("rumshop-bar", RJ, "Rum Shop", "car", ("vb", "gm"), "Bar help",
     "{first} the boss say he go stick with Marcia behind the bar. Thanks for passing by yesterday, blessings"),
    ("tiffin-delivery", RJ, "Tiffin Service", "in", ("vb", "vn"), "Delivery boy",
     "Hello {first} bhai, we have taken one boy from our area only for the Andheri route. Sorry, no vacancy now. Thank you."),
    ("wedding-decorator", RJ, "Decorators", "in", ("vn", "em"), "Decoration team",
     "Hi {first}, thanks for coming for the mandap setup. For this wedding season our team is complete, so we cannot add you. All the best."),
    ("summercamp-counselor", RJ, "Camp", "us", ("em", "ev"), "Cabin counselor",
     "Hi {first}! Thank you so much for interviewing for a cabin counselor position. Our staff is now full for this summer and there isn't a spot for you."),
    ("foodtruck-cook", RJ, "Food Truck", "us", ("vb", "gc"), "Line cook",
     "hey {first}, {hm} here. gonna stick with the crew we got for the festival run, sorry man. thanks for the tacos lol"),
    ("bouncycastle-hire", RJ, "Bouncy Castle Hire", "uk", ("vb", "em"), "Weekend driver",
     "Hi {first}, sorry, my brother-in-law's doing the weekend deliveries now. Thanks for getting in touch."),
    ("facepainter-parties", RJ, "Party Co", "za", ("rd", "em"), "Face painter",
     "Hi {first}, thanks for the portfolio. We're keeping our painters list as is for now, so no bookings for you at the moment."),
    ("schoolkitchen-assistant", RJ, "Primary School", "uk", ("dc", "em"), "Kitchen assistant",
     "Many thanks for attending interview for the kitchen assistant post last week. I regret that the governors' panel has chosen another candidate, and I am returning your certificates with this letter."),
    ("doorsupervisor-venue", RJ, "Security", "uk", ("gc", "vn"), "Door supervisor",
     "{first}, the venue wants a female door sup for Saturdays so that one's not for you. Sorry bud."),
    ("concierge-hotel", RJ, "Hotel", "ie", ("em", "lc"), "Night concierge",
     "Dear {first}, thank you for meeting the front office team. We have appointed a colleague from within the hotel to the night concierge position."),
    ("mysteryshopper-panel", RJ, "Shopper Panel", "uk", ("em", "gc"), "Mystery shopper",
     "Hi {first}, thanks for completing the test visit. We're not adding you to our mystery shopping panel at this time."),
    ("childminder-assistant", RJ, "Childminding", "uk", ("em", "vb"), "Childminder's assistant",
     "Hi {first}, after thinking it over I've decided to manage the after-school pickups myself this year, so I don't need an assistant after all. Sorry to let you down x"),
    ("housesitter-platform", RJ, "House Sitters", "au", ("gc", "em"), "Sit in {city}",
     "Hi {first}, the owners in {city} have confirmed a different sitter for their dates. This sit is closed to new applications."),
)
EN_OTHERS = (
    ("bowling-trial-shift", IV, "Bowl", "uk", ("gc", "vb"), "Lane crew",
     "hiya {first}, {hm} from the bowl. fancy a trial shift {next}, 5pm to about 9? black trousers, polo's on us. ta"),
    ("cinema-rota-change", OJ, "Picturehouse", "uk", ("lc", "em"), "Rota",
     "Hi {first}, heads up that the rota for next week has changed: you're on the late screens Thursday and Friday now instead of the matinees, as {other} is off."),
    ("trampoline-party-full", NJ, "Trampoline Park", "au", ("vb", "lc"), "Party booking",
     "Hey {first}, sorry, Saturday's party rooms are fully booked so we can't fit your group in. We've got a 2pm Sunday if that helps?"),
    ("softplay-receipt", AR, "Soft Play", "uk", ("fa", "ph"), "Party host",
     "Thanks for your form {first}! I'm seeing people for the party host hours next week. If I don't get back to you by the Friday it means I've found someone, but I'll try to reply to everyone x"),
    ("lasertag-poll-times", NS, "Laser Arena", "us", ("dp", "gc"), "Marshal training",
     "hey {first} - pick a training slot on the poll before Sunday night, you need the safety briefing before your first shift. slots fill up fast"),
    ("karting-offer", OF, "Kart Circuit", "uk", ("vn", "em"), "Track marshal",
     "Alright {first}, it's {hm} at the track. You're in, mate. Start with the Saturday arrive-and-drive sessions, I'll text you the times."),
    ("snooker-closed-tables", NJ, "Snooker Club", "ie", ("vb", "ph"), "Tables Friday",
     "{first} - no tables left for Friday night, the league has them all booked. Try Monday. {hm}"),
    ("bingo-new-caller", HAM, "Bingo Club", "uk", ("em", "gm"), "New caller",
     "Hi all, please welcome {other}, our new caller, who starts on the Tuesday afternoon session. Make her feel at home."),
    ("karaoke-kj-offer", OF, "Karaoke Lounge", "us", ("gm", "vb"), "KJ nights",
     "yo {first}, boss wants you for the thursday KJ spot starting next week. 8 to close, $20/hr plus tips 🎤"),
    ("paintball-receipt", AR, "Paintball", "za", ("vn", "rd"), "Marshal",
     "Howzit {first}, it's {hm}. Got your message hey. We only pick marshals once the month's out, so sit tight, you'll hear from me yes or no."),
    ("themepark-hiring-day", IV, "Adventure Park", "us", ("lc", "ev"), "Hiring day",
     "Thanks for applying, {first}! Come to our hiring day on {next} at 10am at the Guest Services gate. Bring photo ID; interviews take about 20 minutes."),
    ("holidaypark-audition", IV, "Holiday Park", "uk", ("em", "gm"), "Entertainment team",
     "Hiya {first}, loved the showreel! Can you come to the audition day on {next}? Bring a song and something to do with the kids' club. x"),
    ("hostel-sold-out", NJ, "Backpackers", "nz", ("rd", "vb"), "Dorm beds",
     "Kia ora {first}, sorry, we're fully booked for New Year's and can't take your booking. Heaps of availability from the 3rd though."),
    ("bnb-start", OF, "Guest House", "ie", ("ph", "em"), "Housekeeping",
     "Thanks a million for calling round {first}. The rooms are yours for the summer if you want them, mornings 9 till 1. Come in Monday and I'll show you the ropes."),
    ("mosque-class-timetable", OJ, "Masjid", "uk", ("em", "gm"), "Madrasa timetable",
     "Assalamu alaikum {first}, from next week your evening class moves to room 2 and starts at 5:30 after Asr. Jazakallah khair."),
    ("synagogue-interview", IV, "Synagogue", "us", ("em", "lc"), "Office administrator",
     "Dear {first}, we have your application. The search group hopes to meet you on {next} at 11am in the library. Please let me know if that suits."),
    ("gurdwara-seva-rota", OJ, "Gurdwara", "uk", ("vn", "vb"), "Seva rota",
     "Sat Sri Akal {first} ji, it's {hm}. Your langar seva this month is the Sunday morning, 7 o'clock. Please bring a head covering."),
    ("mandir-receipt", AR, "Mandir", "in", ("vb", "em"), "Temple kitchen",
     "Namaste {first} ji, your details are received. The trustees will meet on Sunday and only then decide on the kitchen post. We will call you after that whether yes or no."),
    ("scouts-permit-course", NS, "Scout Activity Centre", "uk", ("su", "em"), "Instructor induction",
     "Hi {first}, great news, we'd like you on the summer team. Please book onto the archery permit course on {next} via the sign-up sheet, it's needed before you instruct."),
    ("brownies-full", NJ, "Brownies", "uk", ("su", "gm"), "Waiting list",
     "Hi {first}, sorry, the Wednesday unit is full so your daughter's name is down on the waiting list. you'll get a message the moment a place frees up x"),
    ("youthclub-vetting", NS, "Youth Club", "ie", ("em", "ph"), "Vetting",
     "Hi {first}, the sessional post is yours, delighted to say, subject to Garda vetting. Please fill in the form attached by {date}."),
    ("playgroup-session", IV, "Playgroup", "nz", ("gc", "em"), "Playgroup assistant",
     "Hi {first}, would you like to come and spend a morning session with us on {next}? Nine till twelve, and you can meet the tamariki."),
    ("netball-umpire-roster", OJ, "Netball Club", "nz", ("gm", "em"), "Umpire roster",
     "Hey {first}, umpire roster is out: you've got the 10am court 3 game on Saturday. Swap in the group if you're away."),
    ("gaa-coach-thanks", HAM, "GAA Club", "ie", ("gm", "vb"), "U12 coach",
     "Lads, {other} is taking the u12 hurlers this year. Training Tuesdays at 7, pitch 2. Give him a hand with the cones."),
    ("dojo-grading", NJ, "Karate Dojo", "ca", ("em", "rd"), "Grading",
     "Osu {first}. Sensei says your son isn't ready for the orange belt grading this round, he'll try again in spring. Keep practising the kata."),
    ("danceschool-trial", IV, "School of Dance", "au", ("em", "fa"), "Tap teacher",
     "Hi {first}, thanks for your application! Could you teach a trial tap class on {next} at 4pm? It's our juniors, about ten kids."),
    ("greenkeeper-interview", IV, "Golf Club", "uk", ("dc", "em"), "Seasonal greenkeeper",
     "Further to your letter about the seasonal greenkeeper post, I should be pleased if you would attend for interview at the greenkeepers' compound on {next} at 8.00am."),
    ("kayakhire-cert", NS, "Kayak Hire", "ca", ("vb", "lc"), "Summer guide",
     "Hey {first}! You're on the dock team this summer. Just need your Paddle Canada cert before your first tour, the next course is {next}."),
    ("marina-slip-full", NJ, "Marina", "us", ("em", "vn"), "Slip rental",
     "Hi {first}, it's {hm} at the marina. We don't have a slip for your boat this season, we're full up. happy to add you to the wait list."),
    ("boatyard-week", OJ, "Boatyard", "uk", ("ph", "em"), "This week",
     "{first} - we're on the Westerly on Tuesday not the catamaran. Bring your overalls and the long scraper. {hm}"),
    ("launderette-hours", OF, "Launderette", "uk", ("ph", "vb"), "Attendant",
     "Hi {first}, the mornings are yours hun if you still want them, 7 till 11 Monday to Friday. Pop in tomorrow"),
    ("drycleaner-order", NJ, "Dry Cleaners", "us", ("vb", "vn"), "Your order",
     "Hi {first} this is {hm} from the cleaners. We can't take the leather jacket, we don't do leather. The suit is ready Thursday."),
    ("phonerepair-receipt", AR, "Phone Fix", "in", ("vb", "em"), "Repair technician",
     "Hello {first}, your CV is received. Owner is travelling till Saturday and will see all profiles after that. If selected we will call you for a practical test."),
    ("carwash-start", OF, "Hand Car Wash", "uk", ("vn", "vb"), "Valeter",
     "Alright {first}, it's {hm}. You start Saturday boss, 8 o'clock. Bring old clothes."),
    ("tyrefitter-induction", NS, "Tyres", "au", ("em", "lc"), "Trainee tyre fitter",
     "G'day {first}, good news, you've got the job. Come in {next} at 7:30 for your induction and bring your steel caps and licence."),
    ("forecourt-shift-swap", OJ, "Service Station", "ca", ("gc", "em"), "Shift swap",
     "Hi {first}, your Thursday night is swapped with {other}'s Saturday, approved. Check the schedule in the back office."),
    ("fishmonger-trial", IV, "Fishmongers", "uk", ("em", "ph"), "Counter assistant",
     "Hi {first}, thanks for your note. Are you free Saturday from 7am for a trial? Good chance to try your hand at filleting."),
    ("greengrocer-shut", HAM, "Greengrocer", "ie", ("vb", "gm"), "Closed Monday",
     "hi all its {hm}, shop is shut monday for the bank holiday, back tuesday with the new potatoes"),
    ("chippy-receipt", AR, "Fish Bar", "uk", ("vn", "em"), "Fryer",
     "Hiya {first}, {hm} from the chippy. Got your message love. I'm seeing a few people this week for the fryer job, you'll get a ring off me by Sunday whichever way it goes."),
    ("curryhouse-trial", IV, "Tandoori", "uk", ("em", "vb"), "Waiter",
     "Dear {first}, we got your CV. Please come for trial on friday 5pm. Wear black trousers and white shirt."),
    ("bubbletea-soldout", NJ, "Bubble Tea", "ca", ("gc", "dp"), "Sold out",
     "hi everyone! brown sugar boba is sold out for today, sorry 🧋 back tomorrow morning"),
    ("tearoom-rota", OJ, "Tea Rooms", "uk", ("em", "fa"), "Summer rota",
     "Dear {first}, please find your hours for August below. I have put you on Saturdays and the Wednesday afternoons as you asked."),
    ("gelato-offer", OF, "Gelateria", "au", ("vb", "em"), "Scooper",
     "hey {first}, thanks heaps for the trial, you're hired! weekends to start, from 12. welcome to the team 🍨"),
    ("bridal-shadow", IV, "Bridal Boutique", "us", ("em", "lc"), "Bridal consultant",
     "Hi {first}, thank you for applying! Would you be able to shadow our Saturday appointments on {next}, 10 to 3? Wear something comfortable and black."),
    ("jeweller-new-trainee", HAM, "Jewellers", "uk", ("dc", "em"), "Bench trainee",
     "Dear customers, we are pleased to say that {other} has joined our workshop as bench trainee and will be working on repairs from this month."),
    ("framer-receipt", AR, "Framing Workshop", "nz", ("em", "rd"), "Workshop assistant",
     "Hi {first}, cheers for your message. We're still seeing people this week for the assistant job, nothing decided yet. Whatever happens you'll get a message off me."),
    ("printshop-job-full", NJ, "Print Shop", "za", ("gc", "em"), "Your print order",
     "Hi {first}, we can't do your flyers by Friday, the presses are fully booked. Monday at the earliest. Regards, {hm}"),
    ("nailbar-appt", NJ, "Nails", "uk", ("vb", "vn"), "Appointment",
     "hi babe sorry we fully booked saturday, no space for infills. can do sunday 2pm?"),
    ("roofer-start", OF, "Roofing", "ie", ("vn", "vb"), "Labourer",
     "{first} it's {hm}. You can start Monday, be at the yard for half seven. Bring your safe pass."),
    ("plasterer-wrong-site", OJ, "Plastering", "uk", ("vb", "em"), "Tomorrow",
     "Cheers mate. Tomorrow we're at the job on {street} not the flats, 7am. Bring your buckets. Ta ra"),
    ("tiler-site-visit", IV, "Tiling", "au", ("em", "gc"), "Improver",
     "Hi {first}, thanks for the message. Come out to the job in {city} on {next} and we can talk improver spot over smoko."),
    ("windowcleaner-round-change", OJ, "Window Cleaning", "uk", ("vb", "ph"), "Round",
     "Hi {first}, we're doing the {street} side Wednesday this week not Thursday cos of the rain. Ta."),
    ("landscaper-offer", OF, "Landscapes", "us", ("gc", "vb"), "Crew member",
     "Hey {first}, you're on the crew. Start Monday 6:30 at the shop, bring boots and water."),
    ("carpetfitter-receipt", AR, "Flooring", "uk", ("em", "vn"), "Fitter's mate",
     "Morning {first}, it's {hm}. Got your CV, cheers. Not decided on the fitter's mate job yet, seeing a couple of lads Thursday. Will bell you either way."),
    ("xmastree-signup", OF, "Christmas Tree Farm", "us", ("su", "ev"), "Holiday season help",
     "Hi {first}! You're on the schedule for the tree season: weekends from the day after Thanksgiving, 9 to 5. Wear layers!"),
    ("pumpkin-soldout", NJ, "Pumpkin Patch", "ca", ("su", "ev"), "Tickets",
     "Hi {first}, Saturday hayride tickets are sold out. Sunday morning still has space if you'd like to switch."),
    ("kiwifruit-induction", NS, "Packhouse", "nz", ("em", "gc"), "Grader",
     "Kia ora {first}, you're on the grading crew for the season. Induction is {next} at 6:45, bring photo ID and bank account details."),
    ("treeplanting-medical", NS, "Reforestation", "ca", ("em", "rd"), "Rookie planter",
     "Hey {first}, you've got a rookie spot on the spring contract! Send us your first aid cert and signed waiver by {date} so we can book your bus seat."),
    ("sugarshack-visit", IV, "Sugar Shack", "ca", ("vb", "em"), "Sugaring season",
     "Hi {first}, come by the bush on {next} morning and we'll show you the evaporator. See if it's for you."),
    ("cattle-station-receipt", AR, "Station", "au", ("em", "vn"), "Station hand",
     "G'day {first}, got your application. The boss is out at the muster till the 20th, so we won't be sorting anything till then. Nothing's been decided."),
    ("gamelodge-selection", NS, "Game Lodge", "za", ("em", "lc"), "Trainee field guide",
     "Dear {first}, congratulations, we'd like you at the lodge for selection week from {next}. Please bring your first aid certificate and sturdy boots."),
    ("mascamp-schedule", OJ, "Mas Camp", "car", ("vb", "vn"), "Camp schedule",
     "Morning {first}, is {hm}. Camp opening late tonight, come for eight instead of six. Bring the glue gun."),
    ("rumshop-band", HAM, "Rum Shop", "car", ("vb", "gm"), "Friday",
     "Big lime Friday night, {other} playing with the band. Come early, blessings"),
    ("tiffin-start", OF, "Tiffin Service", "in", ("vb", "vn"), "Delivery boy",
     "Hello {first} bhai, you are selected for the Andheri route. Come Monday 10 am to the kitchen, bring Aadhaar copy and cycle."),
    ("wedding-decorator-dates", NS, "Decorators", "in", ("vn", "em"), "Decoration team",
     "Hi {first}, welcome to the team. Please send your available dates for November by {date}, we have four weddings that month."),
    ("summercamp-interview", IV, "Camp", "us", ("em", "ev"), "Cabin counselor",
     "Hi {first}! Thanks for your cabin counselor application. Please pick a video interview time this week using the link in your portal."),
    ("foodtruck-receipt", AR, "Food Truck", "us", ("vb", "gc"), "Line cook",
     "hey {first}, {hm} here. got your msg. gonna decide on the festival crew after this weekend, nobody picked yet"),
    ("bouncycastle-booked", NJ, "Bouncy Castle Hire", "uk", ("vb", "em"), "Booking",
     "Hi {first}, sorry, the pirate castle is already booked that Saturday. We've got the princess one free if that's any good?"),
    ("schoolkitchen-interview", IV, "Primary School", "uk", ("dc", "em"), "Kitchen assistant",
     "Your application for the kitchen assistant post has reached us. Please come to the school office on {next} at 2.00pm to meet the cook and the business manager."),
    ("doorsupervisor-rota", OJ, "Security", "uk", ("gc", "vn"), "This weekend",
     "{first}, you're on the late bar Friday and the wedding Saturday. Sign in on the app when you get there."),
    ("concierge-offer", OF, "Hotel", "ie", ("em", "lc"), "Night concierge",
     "Dear {first}, thank you for meeting the front office team. The night concierge position is yours should you want it, starting on {date}. Contract to follow."),
    ("mysteryshopper-first", NS, "Shopper Panel", "uk", ("em", "gc"), "Mystery shopper",
     "Hi {first}, welcome to the panel! Your first visit is ready to accept in the app; please complete it by {date}."),
    ("childminder-receipt", AR, "Childminding", "uk", ("em", "vb"), "Childminder's assistant",
     "Hi {first}, lovely to hear from you. Still making my mind up whether I need an assistant this year, you'll have an answer from me by half term whatever I decide x"),
    ("housesitter-confirmed", OF, "House Sitters", "au", ("gc", "em"), "Sit in {city}",
     "Hi {first}, great news, the owners in {city} have confirmed you as their sitter. Message them to sort the key handover."),
)

REGIONS = {  # people, cities, phone, hello, sign-offs
    "uk": ((("Shelley", "Barraclough"), ("Gaz", "Pritchard"), ("Nadia", "Hussain"), ("Kev", "Lomax"), ("Becky", "Trenholm"), ("Imran", "Qureshi")),
           ("Wigan", "Margate", "Stoke", "Barnsley", "Paisley", "Llanelli"), "07700 9{0}"),
    "ie": ((("Siobhán", "Mulcahy"), ("Declan", "Furlong"), ("Aoife", "Brennan"), ("Ciarán", "Tobin")), ("Athlone", "Tralee", "Dundalk", "Ennis"), "087 {0}"),
    "us": ((("Tasha", "Delgado"), ("Brent", "Kowalski"), ("Marcy", "Lindqvist"), ("Jerome", "Watts")), ("Duluth", "Tulsa", "Boise", "Scranton"), "(405) 555-{0}"),
    "ca": ((("Chantal", "Leblanc"), ("Tyler", "MacNeil"), ("Priya", "Sandhu"), ("Owen", "Bergeron")), ("Sudbury", "Kamloops", "Truro", "Sherbrooke"), "(705) 555-{0}"),
    "au": ((("Kylie", "Hartnett"), ("Shane", "Moloney"), ("Mel", "Costa"), ("Bodhi", "Nguyen")), ("Toowoomba", "Mildura", "Geraldton", "Launceston"), "0412 {0}"),
    "nz": ((("Aroha", "Tane"), ("Hamish", "McKenzie"), ("Sina", "Faleolo"), ("Jess", "Whitcombe")), ("Tauranga", "Nelson", "Whanganui", "Timaru"), "021 {0}"),
    "za": ((("Thandi", "Mokoena"), ("Riaan", "du Plessis"), ("Naledi", "Khumalo"), ("Ashwin", "Govender")), ("Polokwane", "George", "Pietermaritzburg", "Nelspruit"), "082 {0}"),
    "in": ((("Sunita", "Kulkarni"), ("Rohit", "Bhatia"), ("Farhan", "Shaikh"), ("Deepa", "Iyer")), ("Pune", "Thane", "Indore", "Kochi"), "+91 98{0}"),
    "car": ((("Keisha", "Baptiste"), ("Marlon", "Ramdial"), ("Shanice", "Phillip"), ("Andre", "Joseph")), ("San Fernando", "Arima", "Bridgetown", "Castries"), "+1 868 {0}"),
}
ZONES = {"uk": ("+0000", "+0100"), "ie": ("+0000", "+0100"), "us": ("-0500", "-0600", "-0400"), "ca": ("-0500", "-0400", "-0700"), "au": ("+1000", "+0800", "+1100"),
         "nz": ("+1200", "+1300"), "za": ("+0200",), "in": ("+0530",), "car": ("-0400",)}
OTHER_NAMES = ("Jade", "Ros", "Kieran", "Fatima", "Lachlan", "Tiana", "Mick", "Anjali")
PREFIXES = ("Kingfisher", "Bluebell", "Redwood", "Saltmarsh", "Penrose", "Larkhill", "Copperbeech", "Harbourside", "Sunnyvale", "Wattle", "Pohutukawa", "Baobab", "Frangipani", "Riverbend")
GROUPS = ("Weekend crew", "Summer staff", "Team chat", "Volunteers", "Front of house", "Season crew")
FA_ACKS = ("Thanks for getting in touch through our website. This is an automatic reply to say we've got your message; we usually answer within two working days.",
           "Your form has been sent to the team. Please don't reply to the automatic part of this email, but replies typed above it reach us.")


class Maker(MakerBase):
    def context(self, word: str, region: str) -> dict:
        rng = self.rng
        people, cities, phone = REGIONS[region]
        (hm, hm_sur), (first, surname) = rng.sample(people, 2)
        org = f"{rng.choice(PREFIXES)} {word}"
        sent = datetime(2019, 2, 11, 7, 0) + timedelta(days=rng.randrange(7 * 365), minutes=rng.randrange(14 * 60), seconds=rng.randrange(60))
        later = sent + timedelta(days=rng.randrange(3, 11))
        before = sent - timedelta(days=rng.randrange(2, 8))
        return {
            "first": first, "surname": surname, "full": f"{first} {surname}", "hm": hm, "hm_full": f"{hm} {hm_sur}",
            "org": org, "dom": f"{ascii_slug(org)}.example", "region": region, "city": rng.choice(cities),
            "other": rng.choice([o for o in OTHER_NAMES if o not in (first, hm)]), "street": rng.choice(("Mill Road", "Quarry Lane", "Albert Street", "Beach Road")),
            "next": f"{later:%A} {later.day} {MONTHS[later.month - 1]}", "date": f"{later.day} {MONTHS[later.month - 1]}",
            "day": f"{before:%A} {before.day} {MONTHS[before.month - 1]}", "sent": sent, "phone": phone.format(rng.randrange(100000, 999999)),
            "datehdr": f"{sent:%a, %d %b %Y %H:%M:%S} {rng.choice(ZONES[region])}",
        }

    def shell(self, code: str, subject: str, core: str, c: dict) -> tuple[str, str, str]:  # noqa: PLR0911, PLR0912 - one branch per shell
        """The subject, body and sender of one channel around ``core``."""
        rng = self.rng
        org, dom, first, hm, full = c["org"], c["dom"], c["first"], c["hm"], c["full"]
        person = f"{c['hm_full']} <{mailbox(c['hm_full'].replace(' ', '.'), 'team')}@{dom}>"
        t = c["sent"]
        if code == "em":  # a plain short email from a person
            own = core[:1].islower() or core.startswith(("Hi", "Hey", "Hiya", "Dear", "G'day", "Kia ora", "Alright", "Morning", "Howzit", "Osu", "Sat Sri", "Namaste", "Assalamu", "Thank", "Cheers", "Following", "Further"))
            hello = "" if own else f"{rng.choice(('Hi', 'Hello', 'Hey'))} {first},\n\n"
            sign = rng.choice((hm, hm, c["hm_full"], f"{hm}\n{org}"))
            tail = rng.choice(("Sent from my phone", c["phone"], ""))
            return (subject, f"{hello}{core}\n\n{sign}\n{tail}".rstrip(), person)
        if code == "lc":  # a website live-chat transcript emailed afterwards
            return (f"Your chat with {org}",
                    f"Chat transcript · {org} · {t:%d %b %Y}\n\n[{t - timedelta(minutes=3):%H:%M}] {first}: hi, just checking on my application for {subject.lower()}\n[{t - timedelta(minutes=2):%H:%M}] ChatBot: Thanks! Connecting you with a member of the team...\n[{t:%H:%M}] {hm} ({org}): {core}\n[{t + timedelta(minutes=1):%H:%M}] {hm} ({org}) has left the chat.\n\nThis transcript was sent because you asked for a copy at the end of the chat.",
                    f"{org} Chat <chat-transcripts@{dom}>")
        if code == "gc":  # a workspace-chat notification
            return (f"{c['hm_full']} sent you a message",
                    f"{c['hm_full']} ({org})\n\n{core}\n\nOpen in ChatSpace · Sent since you were away from ChatSpace for a quarter of an hour. Change notification settings.",
                    "ChatSpace <chat-noreply@chatspace.example>")
        if code == "vb":  # a Viber message notification
            return (f"New message from {hm}", f"{hm}: {core}\n\n{t:%H:%M}\n\nOpen Viber to reply. Email notifications for missed messages can be turned off in Settings > Notifications.",
                    "Viber <missed@viber-notify.example>")
        if code == "vn":  # a voice note transcribed by a chat app
            secs = rng.randrange(12, 49)
            return (f"Voice message from {c['hm_full']}", f"Voice message · 0:{secs:02d} · from {c['hm_full']} ({c['phone']})\n\nTranscript (automatic, may contain errors):\n{core.replace('. ', ', ', 1)}\n\nPlay the voice message in the app.",
                    "VoxNote <voicenotes@voxnote.example>")
        if code == "gm":  # a group chat's unread digest
            group = f"{org.split()[-1]} {rng.choice(GROUPS)}"
            lines = [f"{c['other']}: {rng.choice(('morning all', 'anyone got a spare charger', 'who is on sat?', 'thanks for today all'))}", f"{hm} (to you): {core}"]
            return (f"3 unread messages in \"{group}\"", f"You have unread messages in {group}:\n\n" + "\n".join(lines) + "\n\nOpen the group to reply. Mute this group to stop these emails.",
                    "GroupHub <digest@grouphub.example>")
        if code == "ev":  # an event platform's message from the organiser
            return (f"Message from the organiser of {org}", f"{org} wrote to you about your sign-up:\n\n\"{core}\"\n\n{hm} · Organiser\n\nYou can reply to the organiser from your Ticketwell account. Ticketwell · Help centre",
                    "Ticketwell <organiser-messages@ticketwell.example>")
        if code == "dp":  # a comment on a scheduling poll
            return (f"{hm} commented on \"{subject}\"", f"{c['hm_full']} left a comment on the poll \"{subject} - {org}\":\n\n{core}\n\nView poll · You get these emails because you answered this poll. Pollday",
                    "Pollday <comments@pollday.example>")
        if code == "su":  # a volunteer sign-up sheet's notice
            return (f"Update about your sign-up: {subject}", f"Hi {first},\n\nThe organiser of \"{org} - {subject}\" has sent you a note:\n\n{core}\n\n{hm}\n\nManage your sign-ups at SlotSheet. This mailbox isn't read.",
                    "SlotSheet <notices@slotsheet.example>")
        if code == "fa":  # the owner's reply typed above the site form's auto-acknowledgement
            return (f"Re: Website enquiry - {subject}",
                    f"{core}\n\n{hm}\n\n---- Automatic reply ----\n{rng.choice(FA_ACKS)}\n\nYour message:\nName: {full}\nEnquiry type: Jobs\nMessage: Hi, I'd like to apply for the {subject.lower()} role. My CV is attached.",
                    f"{org} <enquiries@{dom}>")
        if code == "ph":  # a handwritten note photographed and read by a phone app
            return (f"Scan {t:%Y%m%d-%H%M}", f"[PocketScan · photo of a handwritten note · text recognised]\n\n{core}\n\n{hm}\n\n(Recognition confidence: {rng.randrange(71, 96)}%. Check the image for words it may have missed.)",
                    f"{full} <{mailbox(first + '.' + c['surname'], 'reader')}@post.example>")
        if code == "rd":  # a community forum site's direct message
            handle = f"{hm.lower()}_{ascii_slug(org.split()[-1])}"
            return (f"u/{handle} sent you a chat message", f"u/{handle}:\n{core}\n\nReply on Threadit. Chat emails are on for your account.",
                    "Threadit <noreply@threadit.example>")
        if code == "dc":  # a dictated letter sent on by email
            return (subject, f"{org.upper()}\n{c['city']}\n\n{t.day} {MONTHS[t.month - 1]} {t.year}\n\nDear {first} {c['surname']}\n\n{core}\n\nYours sincerely\n\n{c['hm_full']}\n\nDictated by {c['hm_full']} and sent in their absence to avoid delay.",
                    f"{org} Office <office@{dom}>")
        raise ValueError(code)

    def add(self, name: str, kind: str, word: str, region: str, code: str, subject: str, core: str) -> None:  # noqa: PLR0917 - a template's fields
        c = self.context(word, region)
        subj, body, sender = self.shell(code, subject.format(**c), core.format(**c), c)
        self.shells[(kind, code)] += 1
        self.regions[(region, "rejection" if kind == RJ else "other")] += 1
        self.records.append(record(subj, body, sender, kind=kind, family=f"{PREFIX}-{name}", provenance=PROVENANCE, to=f"{c['full']} <{mailbox(c['first'] + '.' + c['surname'], 'reader')}@post.example>", date=c["datehdr"]))


def build(maker: Maker | None = None) -> list[dict]:
    maker = maker or Maker(random.Random(SEED))
    for table in (EN_REJECTIONS, EN_OTHERS):
        for n, (name, kind, word, region, shells, subject, core) in enumerate(table):
            for code in shells if n % 2 == 0 else shells[:1]:
                maker.add(name, kind, word, region, code, subject, core)
    return finish(maker.records, maker.rng, "w40")


def langs(maker: Maker, records: list[dict]) -> int:
    """Print the make-up by kind, kind/shell and region (no message text)."""
    return makeup(records, (("kind / shell", maker.shells), ("region / label", maker.regions)), lengths(records))


def main(argv: list[str]) -> int:
    maker = Maker(random.Random(SEED))
    records = build(maker)
    return run(argv, OUT, records, lambda: langs(maker, records), skip=SEALED, top=60)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
