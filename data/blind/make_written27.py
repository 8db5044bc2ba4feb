# ruff: noqa: E501, S311
"""Write data/blind/written-27.jsonl: training mail, fifteenth batch (breadth before the fact).

Twenty-first pass, part H. Every sealed slice brings rejections of kinds no file holds yet, and
the model misses about a third of them: its words come from the training corpus, and the readings
are written per kind after the fact. This batch writes breadth *before* the fact: rejections from
occupations, sectors, channels, formats and registers the earlier files do not hold, each with a
**twin** from the same sender in the same shape whose one deciding sentence goes the other way.

* occupations and sectors: trades and crafts (farrier, welder, stonemason, thatcher, luthier),
  seasonal and gig work (lambing, harvest, ski school, courier and tutor platforms, annotation
  tasks), arts and auditions (orchestra screens, ensemble calls, background casting, a public art
  commission, a model agency, a deputising choir), sport (trial nights, academy coaches, lifeguard
  pool tests), science and fieldwork (research cruise berths, a dig season, a studentship, an
  observatory), maritime and aviation (deckhands, sponsored cadets, cadet pilots, cabin crew),
  agriculture, care, religious bodies, clubs and co-ops, volunteer programmes, fellowships, public
  bodies of several countries (merit lists, commissions, embassies, special constables);
* channels and formats: SMS passed on to mail, voicemail transcripts, chat exports, calendar
  declines, forms and portals, board notifications, PDFs pasted as text, scanned letters read by
  OCR (with its errors), text translated automatically;
* registers: blunt, warm, legalistic, apologetic, rambling, terse;
* decisions told without the usual words: someone else chosen, a place not offered, a test not
  passed, a register or roster not joined, a file closed, a status changed;
* twins (not rejections): confirmations with conditionals and silence rules, invitations, next
  steps with deadlines, offers, paused hiring kept open, other job mail, and refusals of things
  that are not jobs from the same senders.

About a fifth is in languages the project reads (German, French, Spanish, Italian, Portuguese,
Dutch, Polish, Swedish, Danish, Norwegian, Indonesian).

Label rule: ``rejection`` only when the message tells the reader their application or candidacy
for a job, placement, internship, apprenticeship, fellowship, residency, audition, paid roster or
volunteer programme place will not go on.

    python data/blind/make_written27.py           # writes the file (seed 270271)
    python data/blind/make_written27.py --langs   # make-up by label/kind, label/frame, language
    python data/blind/make_written27.py --check   # 6-word-shingle overlap with the other data

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

SEED = 270271
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import run, sealed  # noqa: E402

OUT = HERE / "written-27.jsonl"
SEALED = sealed(20)  # never opened, skipped by name (an earlier first, as when written)
PROVENANCE = "written for rejectwatch issue 11 twenty-first pass as training mail, fifteenth batch, breadth before the fact (make_written27.py)"
PREFIX = "blindw27"
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
LONG_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")

# People, all invented, per language: readers, signers, others chosen; and the zones used.
PEOPLE = {
    "en": {
        "readers": (("Morwenna", "Trist"), ("Ikenna", "Adeyemi-Roe"), ("Fergal", "Nolan-Prior"), ("Sunita", "Bhardwaj"),
                    ("Callum", "Rennison"), ("Aroha", "Tipene"), ("Bartholomew", "Lusk"), ("Nadia", "Haddadin"),
                    ("Griff", "Penhallow"), ("Lucinda", "Marsh-Ebo"), ("Tobias", "Wrenfield"), ("Ama", "Owusu-Kane"),
                    ("Keir", "Drummond"), ("Priyanka", "Cheriyan"), ("Ansel", "Brockway"), ("Winifred", "Kaye"),
                    ("Dashiell", "Moran"), ("Folake", "Bamidele"), ("Isla", "McCorquodale"), ("Rowan", "Pettifer")),
        "signers": (("Hesketh", "Wyle"), ("Bernadette", "Cuffe"), ("Tarquin", "Oyelowo"), ("Maeve", "Skerritt"),
                    ("Godfrey", "Anning"), ("Loveday", "Rosewarne"), ("Eamon", "Gilsenan"), ("Perpetua", "Lamb"),
                    ("Ravi", "Lal-Stroud"), ("Jonty", "Ashdown"), ("Clodagh", "Breen"), ("Ngaio", "Whiting")),
        "others": ("Hephzibah", "Cormac", "Lavinia", "Oisin", "Temperance", "Barnaby", "Imogen", "Zebedee", "Rosalind", "Ptolemy"),
        "zones": ("+0000", "+0100", "-0500", "-0800", "+1000", "+1200", "+0530", "-0330"),
    },
    "de": {"readers": (("Wiebke", "Ostendorf"), ("Jannis", "Kreuzberger"), ("Friederike", "Hallmann"), ("Malte", "Gerdsen")),
           "signers": (("Hiltrud", "Sommerfeld"), ("Volkmar", "Entrup"), ("Gesine", "Lüdecke")), "others": ("Bjarne", "Thekla"), "zones": ("+0100", "+0200")},
    "fr": {"readers": (("Maëlle", "Courtaud"), ("Bastien", "Lefranc"), ("Solène", "Marchetti"), ("Gaspard", "Vidalenc")),
           "signers": (("Ghislaine", "Roumieux"), ("Thibaut", "Capdevielle"), ("Armelle", "Kervella")), "others": ("Aurélien", "Clémence"), "zones": ("+0100", "+0200")},
    "es": {"readers": (("Itziar", "Arrizabalaga"), ("Rodrigo", "Somoza"), ("Nerea", "Valdivieso"), ("Íñigo", "Castromil")),
           "signers": (("Remedios", "Aldana"), ("Fulgencio", "Marín"), ("Leocadia", "Pons")), "others": ("Baltasar", "Candela"), "zones": ("+0100", "+0200")},
    "it": {"readers": (("Ludovica", "Zanardi"), ("Tancredi", "Boscolo"), ("Ginevra", "Pittaluga"), ("Ettore", "Dallapiccola")),
           "signers": (("Annunziata", "Ferrucci"), ("Ottavio", "Brambilla"), ("Rosalba", "Cimino")), "others": ("Ilario", "Benedetta"), "zones": ("+0100", "+0200")},
    "pt": {"readers": (("Thaís", "Bittencourt"), ("Caio", "Albuquerque"), ("Jussara", "Figueiredo"), ("Renan", "Tavares")),
           "signers": (("Lucimar", "Bezerra"), ("Edvaldo", "Magalhães"), ("Rosângela", "Queiroz")), "others": ("Wellington", "Iara"), "zones": ("-0300",)},
    "nl": {"readers": (("Femke", "Veldhuizen"), ("Jelmer", "Hoekstra"), ("Roosmarijn", "Bakels"), ("Stijn", "Oudshoorn")),
           "signers": (("Gerrit", "Wijnbergen"), ("Marloes", "Teunissen"), ("Hidde", "Brouwers")), "others": ("Sietske", "Wessel"), "zones": ("+0100", "+0200")},
    "pl": {"readers": (("Zuzanna", "Wierzbicka"), ("Bartosz", "Kędzior"), ("Oliwia", "Sobczyk"), ("Mikołaj", "Grabarek")),
           "signers": (("Bożena", "Ratajczak"), ("Zdzisław", "Kurek"), ("Halina", "Młynarczyk")), "others": ("Radosław", "Jagoda"), "zones": ("+0100", "+0200")},
    "sv": {"readers": (("Tilde", "Bergqvist"), ("Vilgot", "Sandström"), ("Majken", "Ekholm"), ("Loke", "Åberg")),
           "signers": (("Gunnel", "Rydberg"), ("Torbjörn", "Wallin"), ("Ylva", "Hedlund")), "others": ("Sixten", "Alva"), "zones": ("+0100", "+0200")},
    "da": {"readers": (("Signe", "Vestergaard"), ("Asger", "Holmgaard"), ("Ditte", "Kjærsgaard"), ("Magnus", "Lauridsen")),
           "signers": (("Birthe", "Damgaard"), ("Poul", "Østergaard"), ("Lone", "Skovbo")), "others": ("Villads", "Esther"), "zones": ("+0100", "+0200")},
    "nb": {"readers": (("Ragnhild", "Myklebust"), ("Eirik", "Sæther"), ("Synnøve", "Kvalheim"), ("Ola", "Bjørnstad")),
           "signers": (("Torild", "Fjeldstad"), ("Arnfinn", "Rognes"), ("Solveig", "Haugland")), "others": ("Sindre", "Tuva"), "zones": ("+0100", "+0200")},
    "id": {"readers": (("Ayu", "Lestari"), ("Bima", "Saputra"), ("Ratna", "Wulandari"), ("Yoga", "Pratama")),
           "signers": (("Sri", "Handayani"), ("Agus", "Wicaksono"), ("Dewi", "Kartika")), "others": ("Fajar", "Nuri"), "zones": ("+0700",)},
}
CITIES = ("Bodmin", "Ballarat", "Thunder Bay", "Nelson", "Sligo", "Kimberley", "Oban", "Flagstaff", "Hobart", "Moncton", "Dumfries", "Whanganui")
ORGS = (
    ("Trevanion Estates", "trevanion.example"), ("Gullrock Marine", "gullrock-marine.example"),
    ("Hollins & Vane", "hollins-vane.example"), ("Saltire Field Services", "saltire-field.example"),
    ("Kittiwake Outdoor Centre", "kittiwake-oc.example"), ("Brindle Lane Bakery", "brindle-lane.example"),
    ("Ochre Hill Vineyard", "ochre-hill.example"), ("Stannary Works", "stannary-works.example"),
)
PHONES = {"en": "+44 7700 9{n:05d}", "de": "+49 151 {n:07d}", "fr": "+33 6 12 {n:05d}", "es": "+34 612 {n:06d}", "it": "+39 347 {n:07d}", "pt": "+55 11 9{n:08d}",
          "nl": "+31 6 {n:08d}", "pl": "+48 512 {n:06d}", "sv": "+46 70 {n:07d}", "da": "+45 21 {n:06d}", "nb": "+47 412 {n:05d}", "id": "+62 812 {n:08d}"}

# ---------------------------------------------------------------------------------------------
# The groups: one sender's shape each, a template name, two frames (copy 0 and copy 1; twins share
# them), two roles, optionally its own organisations, a language, and its messages (variant,
# kind, subject, core). A core may hold {first} {full} {org} {role} {hm} {hm_full} {other} {wd}
# {date} {dnum} {ref} {city} {score}; kind "rejection" is a rejection, any other is not.
# ---------------------------------------------------------------------------------------------

R = "rejection"
GROUPS: list[dict] = [
    # -- trades and crafts ---------------------------------------------------------------------
    {"t": "farrier", "frames": ("sms", "note"), "roles": ("farrier apprenticeship", "forge apprenticeship"), "orgs": (("Penwarden Forge", "penwarden-forge.example"), ("Hobnail & Rasp", "hobnail-rasp.example")), "msgs": (
        ("r1", R, "{role}", "{hm} here from {org}. Tried ringing twice. We've signed up the lad from the agricultural college for the {role}, so the forge is full until next autumn. Keep at the shoeing, you've decent hands."),
        ("n1", "interview", "{role}", "{hm} here from {org}. Tried ringing twice. Could you come to the forge {wd} at seven and shoe a cob while I watch, for the {role}? Bring your own apron; steel toecaps are a must."),
    )},
    {"t": "welder", "frames": ("note", "pdf"), "roles": ("pipeline welder", "structural welder"), "orgs": (("Stannary Works", "stannary-works.example"), ("Calloway Fabrication", "calloway-fab.example")), "msgs": (
        ("r1", R, "Weld test result", "Your test coupons were cut and bent this morning. The root bend opened along the fusion line, which makes it a fail on our procedure, and that ends the {role} application with us for this contract."),
        ("n1", "next_steps", "Weld test result", "Your test coupons were cut and bent this morning and both came through the bend clean. Site induction for the {role} crew is {wd} at 06:45; without your CSCS card on the day we can't let you on site."),
    )},
    {"t": "mason", "frames": ("gmail", "gmail"), "roles": ("banker mason", "fixer mason"), "orgs": (("Cathedral Works Department", "cathedral-works.example"), ("Lydgate Stone", "lydgate-stone.example")), "msgs": (
        ("r1", R, "the yard", "Master mason looked at the trial piece with me on Friday. He's taken on {other} for the {role} bench instead - she's cut gothic tracery before and we need that for the west window. Your moulding was tidy, for the record."),
        ("n1", "offer", "the yard", "Master mason looked at the trial piece with me on Friday and the {role} bench is yours for the taking. Rate as we said, start on the first of the month; tell me by {wd} so I can order your banker."),
    )},
    {"t": "thatcher", "frames": ("voicemail", "voicemail"), "roles": ("thatching labourer", "trainee thatcher"), "msgs": (
        ("r1", R, "Voicemail", "hiya {first} it's {hm} from {org} about the {role} work, er, I've taken my cousin's boy on for the season now so I'm sorted for help, thanks for ringing round though, good luck with it"),
        ("n1", "interview", "Voicemail", "hiya {first} it's {hm} from {org} about the {role} work, er, come and do a day with us on the cottage roof out past {city} {wd}, half seven start, wear old clothes and bring a flask"),
    )},
    {"t": "luthier", "frames": ("note", "note"), "roles": ("workshop assistant", "repair bench trainee"), "orgs": (("Fretwell Guitars", "fretwell-guitars.example"), ("Corbel Violin Workshop", "corbel-violins.example")), "msgs": (
        ("r1", R, "{role}", "Dear {first},\n\nI've sat with your application for longer than is fair to you. Plainly put, the {role} seat is going to someone who has already spent two years refretting, and with the orders we have I can't train from the start this year. Your carving sample is on my shelf and I'll be sorry to send it back."),
        ("n1", "next_steps", "{role}", "Dear {first},\n\nI've sat with your application and I'd like to see more. For the {role} seat, send me a short video of you sharpening a chisel and planing a spruce top by {date}. I decide only after seeing every video, so there is no hurry before then."),
    )},
    # -- seasonal and gig work -------------------------------------------------------------------
    {"t": "lambing", "frames": ("sms", "sms"), "roles": ("lambing help", "night lambing"), "orgs": (("Cragside Farm", "cragside-farm.example"), ("Tregothnan Hill Farm", "tregothnan-hill.example")), "msgs": (
        ("r1", R, "Text message", "{hm} @ {org}: got a local lass for {role} this year so I'm set. ta for getting in touch. maybe next spring"),
        ("n1", "offer", "Text message", "{hm} @ {org}: {role} starts round the 20th. can you do three weeks? bed in the bothy, meals in. tell me yes or no by {wd}"),
    )},
    {"t": "skischool", "frames": ("chat", "chat"), "roles": ("ski instructor", "snowboard instructor"), "orgs": (("Cairn Gorm Snowsports", "cairn-snow.example"), ("Mount Ruapehu Snow School", "ruapehu-snow.example")), "msgs": (
        ("r1", R, "Chat transcript", "hey {first}! sorry this took ages|winter staffing is done and the {role} list is locked|your name didn't make it - every slot went to level 2 folks|maybe try the spring camps?"),
        ("n1", "next_steps", "Chat transcript", "hey {first}! sorry this took ages|winter staffing is nearly done and you're pencilled in on the {role} list|just need your level 2 cert scanned by {wd} or the slot rolls over to the reserves|shout if you've questions"),
    )},
    {"t": "courier", "frames": ("sms", "html"), "roles": ("bike courier", "van courier"), "orgs": (("Zipline Parcels", "zipline-parcels.example"), ("Pedalpost", "pedalpost.example")), "msgs": (
        ("r1", R, "Your {org} account", "{org}: Hi {first}, we've finished checking your {role} sign-up. Your account won't be switched on: the screening partner's report didn't meet our rider standard. They've e-mailed you a copy."),
        ("n1", "next_steps", "Your {org} account", "{org}: Hi {first}, your {role} sign-up is approved! Pick up your thermal bag at the {city} hub any weekday 10-4 and you can go online the same day."),
    )},
    {"t": "tutorplatform", "frames": ("portal", "html"), "roles": ("maths tutor", "chemistry tutor"), "orgs": (("Brainbridge Tutors", "brainbridge.example"), ("Lessonloop", "lessonloop.example")), "msgs": (
        ("r1", R, "Profile review complete", "Profile status: Not activated\n\nOur review of your {role} profile is complete. {org} is taking on tutors only for A-level further maths in your region this term, so your profile will not go live. You can submit a new profile after 90 days."),
        ("n1", "next_steps", "Profile review in progress", "Profile status: Awaiting documents\n\nOur review of your {role} profile is underway. Before it can go live on {org}, record a two-minute intro video and upload proof of your degree by {date}; profiles still missing them after that date are archived."),
    )},
    {"t": "annotation", "frames": ("html", "portal"), "roles": ("Project Heron (image labelling)", "Project Lapwing (speech transcription)"), "orgs": (("Taskforge", "taskforge.example"), ("Labelhive", "labelhive.example")), "msgs": (
        ("r1", R, "Qualification result - {role}", "Qualification result: {score}%\nRequired: 80%\nYour access to {role} has been removed. Other projects on {org} stay open to you."),
        ("n1", "next_steps", "Qualification result - {role}", "Qualification result: 9{score2}%\nRequired: 80%\nYou've unlocked paid tasks in {role}. Do the 20 calibration tasks within a week or the access lapses."),
    )},
    {"t": "harvest", "frames": ("form", "sms"), "roles": ("fruit picker", "packhouse grader"), "orgs": (("Ochre Hill Vineyard", "ochre-hill.example"), ("Orchard Row Growers", "orchardrow.example")), "msgs": (
        ("r1", R, "Season crew", "Season: autumn\nPosition: {role}\nCrew status: Full\nNote from the grower: All beds in the caravans are taken and the crew list is closed. We don't hold a reserve list, so please look at other farms near {city}."),
        ("n1", "next_steps", "Season crew", "Season: autumn\nPosition: {role}\nCrew status: Provisional\nNote from the grower: A caravan bed is held for you until {date}. Reply with your bank details and passport copy by then, or the bed goes to the next person who writes."),
    )},
    # -- arts, auditions, casting ---------------------------------------------------------------
    {"t": "orchestra", "frames": ("letter", "portal"), "roles": ("Sub-principal Viola", "Tutti Second Violin"), "orgs": (("Northern Sinfonia Players", "nsp-music.example"), ("Harbourside Philharmonic", "harbourside-phil.example")), "msgs": (
        ("r1", R, "{role} auditions", "The panel heard you at the {role} auditions; thank you. The screened round ended with four players invited to the final, and your number was not one of the four. Audition fees are not refundable."),
        ("n1", "interview", "{role} auditions", "Your entry for the {role} auditions is in. The screened round takes place on {date}; your playing number is given at the door, and the four finalists are named the same afternoon. Please bring the excerpt booklet marked up."),
    )},
    {"t": "ensemble", "frames": ("note", "gmail"), "roles": ("ensemble (swing)", "ensemble (dance captain cover)"), "orgs": (("Lantern Street Theatre", "lanternstreet.example"), ("Pavilion Touring Company", "pavilion-touring.example")), "msgs": (
        ("r1", R, "callback", "The company list for the tour went out this morning and your name isn't on it - the {role} track went to {other}. That's a hard thing to read, and better from me than from the noticeboard. You lit up the dance call."),
        ("n1", "interview", "callback", "One more look, if you've the legs for it: the creatives want you back for the {role} track at the dance call on {wd} at 11. Learn the combination in the attached video; it's fast, so warm up properly."),
    )},
    {"t": "extras", "frames": ("board", "html"), "roles": ("background artist - market scenes", "background artist - wedding scenes"), "orgs": (("Crowdscene Casting", "crowdscene.example"), ("Backdrop Extras", "backdrop-extras.example")), "msgs": (
        ("r1", R, "Casting update: {role}", "Casting update for {role}\n\nThe production has locked its background cast and released the rest of the hold list, you included. Your profile stays on our books for future bookings."),
        ("n1", "next_steps", "Casting update: {role}", "Casting update for {role}\n\nThe production has confirmed you. Call time is 05:30 at the unit base in {city}, with a costume fitting the day before. If you can't do both days, tell us by {wd} noon and we'll release you."),
    )},
    {"t": "commission", "frames": ("pdf", "letter"), "roles": ("Riverside Gateway public art commission", "Market Square lighting commission"), "orgs": (("Harbour Arts Trust", "harbour-arts.example"), ("Civic Arts Partnership", "civic-arts.example")), "msgs": (
        ("r1", R, "{role}", "The jury has finished its selection for the {role}. The three artists taken through to the proposal stage are named on our website. Your submission has been kept in the archive of entries, with our thanks for the thought behind it."),
        ("n1", "interview", "{role}", "The jury has finished its first round for the {role}. You are one of the three artists taken through to the proposal stage; a concept fee of 500 is paid and the site visit is on {date}. Please confirm your attendance."),
    )},
    {"t": "modelling", "frames": ("mobile", "mobile"), "roles": ("new faces board", "commercial board"), "orgs": (("Meridian Models", "meridian-models.example"), ("Kestrel Faces", "kestrel-faces.example")), "msgs": (
        ("r1", R, "your digitals", "Hi {first}, we went through your digitals properly this week. You aren't the look our {role} is missing at present, so that's where we stop. All the best."),
        ("n1", "interview", "your digitals", "Hi {first}, we went through your digitals properly this week. Pop into the agency {wd} at 3 so we can meet you for the {role}; bring heels and wear something fitted."),
    )},
    {"t": "depchoir", "frames": ("gmail", "note"), "roles": ("tenor deputy", "alto deputy"), "orgs": (("St Brannock's Choir", "stbrannock-choir.example"), ("Collegium Vocale Aldbury", "collegium-aldbury.example")), "msgs": (
        ("r1", R, "deps", "I've gone through the deputies' list for the coming season with the director. There's no room for another {role}, so we won't add you this year; the list is the shortest it has been in a decade."),
        ("n1", "other_job", "deps", "I've gone through the deputies' list for the coming season with the director. Your name is on it as {role}; the first call is Evensong on {date}, rehearsal 4.15, fee as before."),
    )},
    # -- sport -----------------------------------------------------------------------------------
    {"t": "trialnight", "frames": ("chat", "sms"), "roles": ("first-team squad", "reserves squad"), "orgs": (("Ashburn Rovers FC", "ashburn-rovers.example"), ("Quarry Lane Athletic", "quarrylane-ath.example")), "msgs": (
        ("r1", R, "Message from {org}", "cheers for coming down to trial night {first}|gaffer's had a look and he's keeping the {role} as it is|so no need to come back thursday|all the best with it"),
        ("n1", "interview", "Message from {org}", "cheers for coming down to trial night {first}|gaffer liked what he saw|come back thursday 7pm for the full {role} session|bring shin pads and the signed reg form"),
    )},
    {"t": "academycoach", "frames": ("letter", "note"), "roles": ("Academy Coach (U12)", "Goalkeeping Coach (U16)"), "orgs": (("Severnside Rugby Academy", "severnside-rugby.example"), ("Harbour City Hockey Club", "harbourcity-hockey.example")), "msgs": (
        ("r1", R, "{role}", "We have now finished the coaching sessions observed for the {role} post and have appointed a coach who holds the level 3 award. Your session with the U12 group was lively and the players enjoyed it."),
        ("n1", "interview", "{role}", "We would like to observe you running a 40-minute session with our U12 group for the {role} post on {wd} evening. Please send your session plan two days before, and bring your safeguarding certificate."),
    )},
    {"t": "poolguard", "frames": ("note", "pdf"), "roles": ("Pool Lifeguard", "Beach Lifeguard"), "orgs": (("Tidewell Leisure", "tidewell-leisure.example"), ("Strandline Lifesaving", "strandline-ls.example")), "msgs": (
        ("r1", R, "Your swim test", "Cheers for the Saturday swim. The {role} test needs 200 m inside six minutes and a casualty tow the length of the pool; your swim came in at 6:40, so you won't join the summer roster. The test runs again in March."),
        ("n1", "next_steps", "Your swim test", "Thanks for signing up for the {role} test on Saturday. It needs 200 m inside six minutes and a casualty tow the length of the pool; those who pass join the summer roster that week. Bring goggles, a towel and photo ID."),
    )},
    # -- science and fieldwork -------------------------------------------------------------------
    {"t": "cruise", "frames": ("gmail", "gmail"), "roles": ("science berth (CTD watch)", "science berth (plankton nets)"), "orgs": (("Institute of Polar Oceanography", "polar-ocean.example"), ("Marine Survey Unit", "marine-survey.example")), "msgs": (
        ("r1", R, "southern cruise", "The berth list for the southern cruise went to the chief scientist last night and it's final: {other} has the last {role}, because she can also run the rosette. I'm really sorry it couldn't be both of you."),
        ("n1", "next_steps", "southern cruise", "The berth list for the southern cruise went to the chief scientist last night. You're on it, provisionally, for the {role} - she wants your sea survival certificate by {wd}; without it the berth drops to the reserve."),
    )},
    {"t": "digseason", "frames": ("portal", "form"), "roles": ("excavation volunteer (paid expenses)", "site finds assistant"), "orgs": (("Hillfort Research Project", "hillfort-project.example"), ("Tarn Valley Archaeology", "tarnvalley-arch.example")), "msgs": (
        ("r1", R, "Dig season", "Status: Season closed for this applicant\n\nThe team for the summer season at the hillfort is complete. Your form stays in our archive but won't be looked at again for this excavation."),
        ("n1", "next_steps", "Dig season", "Status: Season roster (provisional)\n\nYou hold a provisional place on the summer team at the hillfort. It becomes firm when we have your tetanus date and the site induction quiz; places not confirmed by {date} go to the next name."),
    )},
    {"t": "studentship", "frames": ("note", "outlook"), "roles": ("funded PhD studentship in soil ecology", "funded PhD studentship in glaciology"), "orgs": (("University of Strathallan", "strathallan.ac.example"), ("Penrose University", "penrose.ac.example")), "msgs": (
        ("r1", R, "studentship", "The panel met yesterday. The {role} has been offered to, and taken up by, an applicant from Utrecht. I enjoyed our conversation about microbes in peat, and do stay in touch if you apply elsewhere."),
        ("n1", "interview", "studentship", "Our panel sat yesterday, and the {role} interviews are on {wd}. You'll be asked to present a ten-minute plan; an offer goes out within the week to whoever the panel chooses."),
    )},
    {"t": "observatory", "frames": ("outlook", "note"), "roles": ("Night Assistant", "Telescope Operator"), "orgs": (("Roque Ridge Observatory", "roqueridge-obs.example"), ("Siding Hill Observatory", "sidinghill-obs.example")), "msgs": (
        ("r1", R, "{role}", "We've concluded the {role} search. The post went to an operator already trained on our dome control system, which in the end tipped it. I hope our paths cross at a meeting - your talk on seeing statistics was excellent."),
        ("n1", "other_job", "{role}", "We haven't concluded the {role} search: the dome control upgrade has pushed the start back by three months, and the panel will pick the process up again in spring. Everyone interviewed remains in the running."),
    )},
    {"t": "fellowship", "frames": ("html", "portal"), "roles": ("Rural Policy Fellowship", "Coastal Futures Fellowship"), "orgs": (("Hallam Foundation", "hallam-foundation.example"), ("Tidemark Institute", "tidemark-inst.example")), "msgs": (
        ("r1", R, "{role}: this year's fellows", "The selection committee has announced this year's {role} fellows. Some 600 people went for a dozen places, and the list of those selected does not include yours. You are welcome to apply in the next round."),
        ("n1", "interview", "{role}: shortlist", "The selection committee has drawn up this year's {role} shortlist. You are one of the 30 people invited to the interview weekend in {city} on {date}; travel is reimbursed and rooms are booked for you."),
    )},
    # -- maritime and aviation -------------------------------------------------------------------
    {"t": "deckhand", "frames": ("voicemail", "voicemail"), "roles": ("deckhand berth", "cook and deckhand berth"), "orgs": (("Gullrock Marine", "gullrock-marine.example"), ("Westerly Fishing Co", "westerly-fishing.example")), "msgs": (
        ("r1", R, "Voicemail", "hi {first} it's {hm} at {org} um about the {role} on the trawler, the skipper's put his nephew in it in the end so we're full up for the autumn trips, sorry mate, try us again in the spring"),
        ("n1", "interview", "Voicemail", "hi {first} it's {hm} at {org} um about the {role}, the skipper wants to meet you on the quay {wd} at six before she sails, bring your sea survival card and the medical, ring me back if that clashes with something"),
    )},
    {"t": "cadetship", "frames": ("letter", "pdf"), "roles": ("sponsored deck cadetship", "sponsored engineer cadetship"), "orgs": (("Blue Ensign Shipping", "blue-ensign.example"), ("Northsea Tankers", "northsea-tankers.example")), "msgs": (
        ("r1", R, "{role}", "The fleet personnel office has finished allocating {role} places for the September intake. All twelve places are taken; your name stayed on the reserve list until this week, when the list was closed."),
        ("n1", "offer", "{role}", "The fleet personnel office has allocated you a {role} place for the September intake, subject to an ENG1 seafarer medical. Book it before {date}; until the certificate reaches us the place is held rather than confirmed."),
    )},
    {"t": "cadetpilot", "frames": ("portal", "pdf"), "roles": ("Cadet Pilot Programme", "Cadet Pilot Programme (rotary)"), "orgs": (("Skyreach Flight Academy", "skyreach-fa.example"), ("Albatross Airways", "albatross-air.example")), "msgs": (
        ("r1", R, "Assessment centre result", "Assessment centre result\nCandidate: {full}\nAptitude battery: below the programme threshold (multitasking, spatial)\nOutcome: your {role} file is now closed. Re-applying is possible a year from today."),
        ("n1", "interview", "Assessment centre result", "Assessment centre result\nCandidate: {full}\nAptitude battery: above the programme threshold\nOutcome: invited to stage 3 of the {role} (group exercise and simulator) in {city} on {date}. Book your class 1 medical before the simulator day."),
    )},
    {"t": "cabincrew", "frames": ("html", "note"), "roles": ("Cabin Crew", "Cabin Crew (long haul)"), "orgs": (("Albatross Airways", "albatross-air.example"), ("Corvid Air", "corvid-air.example")), "msgs": (
        ("r1", R, "{role} open day", "Thank you for coming to our {role} open day in {city}. After the group task and the reach test, today is where your {role} application stops; our rules let you come to an open day again after six months."),
        ("n1", "interview", "{role} open day", "Thank you for coming to our {role} open day in {city}. You cleared the group task and the reach test, and your final interview is on {date}. Wear the same smart outfit; your passport must be valid for two more years."),
    )},
    # -- care, religious bodies, clubs and co-ops ------------------------------------------------
    {"t": "carehome", "frames": ("voicemail", "voicemail"), "roles": ("night care assistant", "activities coordinator"), "orgs": (("Fernlea House", "fernlea-house.example"), ("Larkrise Care", "larkrise-care.example")), "msgs": (
        ("r1", R, "Voicemail", "hello {first} this is {hm} calling from {org} about the {role} job. the rota's covered now and we're fully staffed on that side so yours stops here i'm afraid. lovely to meet you when you popped in. bye now"),
        ("n1", "interview", "Voicemail", "hello {first} this is {hm} calling from {org} about the {role} job. are you free to do a shadow shift on {wd} from ten? you'll want your DBS paperwork with you. ring me back on this number. bye now"),
    )},
    {"t": "parish", "frames": ("letter", "note"), "roles": ("Director of Music", "Youth and Families Worker"), "orgs": (("St Piran's Parish Church", "stpirans-parish.example"), ("Holy Trinity, Marshfield", "trinity-marshfield.example")), "msgs": (
        ("r1", R, "{role}", "The Parochial Church Council met on Tuesday and, after prayer and discussion, has called {other} to the role of {role}. You are in our prayers, and we thank you for leading worship with us on the trial Sunday."),
        ("n1", "interview", "{role}", "The Parochial Church Council met on Tuesday and would like you to lead worship with us on a trial Sunday as part of the {role} process, followed by lunch with the wardens. Would the {date} suit?"),
    )},
    {"t": "coop", "frames": ("note", "gmail"), "roles": ("bakery member-worker", "bike-shop member-worker"), "orgs": (("Rye & Rise Workers' Co-op", "ryerise.coop.example"), ("Spokes Collective", "spokes-collective.example")), "msgs": (
        ("r1", R, "membership vote", "At Thursday's general meeting the members talked through your request to become a {role}. The vote didn't reach the two-thirds we need, so we can't bring you in this round. Several people asked me to say your trial week was appreciated."),
        ("n1", "next_steps", "membership vote", "At Thursday's general meeting the members talked through your request to become a {role}. First comes a trial week, from {wd}, paid at the usual rate; the vote comes at the end of it."),
    )},
    {"t": "golfclub", "frames": ("letter", "letter"), "roles": ("Assistant Greenkeeper", "Bar Steward"), "orgs": (("Kettlewell Golf Club", "kettlewell-golf.example"), ("Links End Golf Club", "linksend-golf.example")), "msgs": (
        ("r1", R, "{role}", "The greens committee interviewed four people for the {role} post and has appointed the assistant from the neighbouring course, who joins us next month. Thanks for walking the course with the head greenkeeper."),
        ("n1", "non_job_rejection_words", "Membership application", "The membership committee looked at your request for full playing membership. The playing list is full this year, so it cannot be granted now; you are fourteenth in the queue for a vacancy."),
    )},
    {"t": "rowingclub", "frames": ("note", "note"), "roles": ("Head Coach", "Boatman"), "orgs": (("Isis Bank Rowing Club", "isisbank-rc.example"), ("Tamar Reach Boat Club", "tamarreach-bc.example")), "msgs": (
        ("r1", R, "{role}", "Sorry for the silence since your visit to the boathouse. The committee has asked our current assistant to step up into the {role} job, so the search is over. Come to the regatta as our guest, any time."),
        ("n1", "non_job_rejection_words", "Regatta entry", "Sorry for the silence since your entry came in. The regatta's double sculls event is over-subscribed and your crew was not drawn in the ballot; the entry fee will be refunded within ten days."),
    )},
    # -- volunteer programmes, public bodies -----------------------------------------------------
    {"t": "volunteerabroad", "frames": ("portal", "letter"), "roles": ("Education Volunteer", "Health Volunteer"), "orgs": (("Crossways Volunteers", "crossways-vol.example"), ("Bridgework Overseas", "bridgework.example")), "msgs": (
        ("r1", R, "Placement matching", "Placement matching for your {role} application is complete. We couldn't find a placement that fits your skills in the countries open this cycle, and your file is closed for now. Your assessment results remain valid for two years."),
        ("n1", "application_received", "Placement matching", "Placement matching for your {role} application is underway. Partners in two countries are reading your profile this month; if a match is made you'll get a placement description and ten days to say yes."),
    )},
    {"t": "meritlist", "frames": ("portal", "portal"), "roles": ("Senior Policy Officer", "Regional Compliance Officer"), "orgs": (("Department of Primary Industries", "dpi.gov.example"), ("Office of Fair Trading and Licensing", "oftl.gov.example")), "msgs": (
        ("r1", R, "Selection process concluded ({ref})", "The selection process for {role} (ref {ref}) has concluded. A ranked list of suitable candidates now stands for a year. The ranked list leaves your name off."),
        ("n1", "other_job", "Selection process concluded ({ref})", "The selection process for {role} (ref {ref}) has concluded. A ranked list of suitable candidates now stands for a year. Your name appears third on the ranked list and may be contacted if a similar vacancy arises."),
    )},
    {"t": "commissionresult", "frames": ("pdf", "pdf"), "roles": ("Assistant Section Officer", "Junior Engineer (Civil)"), "orgs": (("Staff Selection Board", "ssb.gov.example"), ("Public Service Commission", "psc.gov.example")), "msgs": (
        ("r1", R, "Final result - {role}", "The final result for the post of {role} has been declared. Roll number {ref} does not appear in the list of candidates recommended for appointment. Marks of all candidates will be displayed on the website after fifteen days."),
        ("n1", "interview", "Written examination result - {role}", "The written examination result for the post of {role} has been declared. Roll number {ref} appears in the list of candidates qualified for the personality test, to be held from {date}. Download the e-summons letter from the portal."),
    )},
    {"t": "embassy", "frames": ("ocr", "ocr"), "roles": ("Driver / Messenger", "Visa Assistant"), "orgs": (("Embassy of the Republic of Veldrania", "veldrania-embassy.example"), ("Consulate General of Ostrava Minor", "ostravaminor-cg.example")), "msgs": (
        ("r1", R, "Vacancy {ref}", "We have completed recruitment for the {role} post (vacancy {ref}). Only candidates selected for the next stage were contacted by telephone; as you are receiving this letter, your application will not be considered further."),
        ("n1", "interview", "Vacancy {ref}", "We have completed the first screening for the {role} post (vacancy {ref}). Please sit a written test at the Embassy on {date} at 09:00. Bring photo identification; late arrivals cannot be admitted."),
    )},
    {"t": "special", "frames": ("letter", "portal"), "roles": ("Special Constable", "Police Support Volunteer"), "orgs": (("Westmoor Police", "westmoor-police.example"), ("Harbour County Constabulary", "harbourcounty-police.example")), "msgs": (
        ("r1", R, "Vetting outcome", "Your vetting application has been assessed and clearance has not been granted. This brings your application to become a {role} to an end. The reasons for a vetting decision are not disclosed."),
        ("n1", "next_steps", "Vetting outcome", "Your vetting application has been assessed and clearance has been granted. The next step for your {role} application is the fitness test on {date}: the 15-metre shuttle run to level 5.4."),
    )},
    {"t": "reserves", "frames": ("portal", "letter"), "roles": ("Army Reserve Medic", "Naval Reserve Rating"), "orgs": (("Reserve Forces Recruiting", "reserve-recruiting.example"),), "msgs": (
        ("r1", R, "Medical assessment", "Following review of your GP records, the medical officer has graded you permanently unfit for service in the role of {role}. Your application has been closed. There is an appeal route, explained in the attached leaflet."),
        ("n1", "next_steps", "Medical assessment", "Following review of your GP records, the medical officer has graded you fit to continue in the role of {role}. Book your assessment day online before {date}; unbooked applications are paused after that date."),
    )},
    # -- registers -------------------------------------------------------------------------------
    {"t": "interpreter", "frames": ("letter", "letter"), "roles": ("Polish-English", "Portuguese-English"), "orgs": (("Register of Court Interpreters", "court-interpreters.example"),), "msgs": (
        ("r1", R, "Admission to the register ({role})", "The accreditation board has considered your file for the {role} pair. Your written translation scored 58 against a pass mark of 65, and the board has therefore declined to enter your name on the register. You may sit the examination again at the next sitting."),
        ("n1", "next_steps", "Admission to the register ({role})", "The accreditation board has considered your file for the {role} pair. Your written translation scored 71 against a pass mark of 65, and you are invited to the oral examination on {date}. Your name is entered on the register once both parts are passed."),
    )},
    {"t": "vendor", "frames": ("note", "portal"), "roles": ("German to English, legal", "French to English, medical"), "orgs": (("Lexicon Bridge Translations", "lexiconbridge.example"), ("Polyglot Partners", "polyglot-partners.example")), "msgs": (
        ("r1", R, "Test translation ({role})", "Two senior linguists reviewed your test translation. The quality score came in below what we need in the {role} domain, so that pair stays closed to you in our vendor database."),
        ("n1", "next_steps", "Test translation ({role})", "Two senior linguists reviewed your test translation and it passed. To finish joining our vendor database for {role}, sign the NDA and the rate sheet by {date}."),
    )},
    {"t": "legal", "frames": ("letter", "pdf"), "roles": ("HGV Class 1 Driver", "Plant Operator"), "orgs": (("Trevanion Estates", "trevanion.example"), ("Moorgate Haulage", "moorgate-haulage.example")), "msgs": (
        ("r1", R, "{role} - eligibility", "Pursuant to section 7.2 of our Recruitment Procedure, candidates who do not hold the mandatory licence for the post are excluded from subsequent stages. No valid licence was evidenced with your application; your candidature for {role} is accordingly excluded."),
        ("n1", "next_steps", "{role} - eligibility", "Pursuant to section 7.2 of our Recruitment Procedure, candidates must evidence the mandatory licence for the post before the practical assessment. Please upload it by {date}; candidatures without it at that date are excluded."),
    )},
    {"t": "blunt", "frames": ("sms", "sms"), "roles": ("yard job", "kitchen porter job"), "orgs": (("Moorgate Haulage", "moorgate-haulage.example"), ("The Ship Inn", "shipinn.example")), "msgs": (
        ("r1", R, "Text message", "{role} gone. ta"),
        ("n1", "interview", "Text message", "{role} still going. come mon 8am"),
    )},
    {"t": "apology", "frames": ("note", "mobile"), "roles": ("Assistant Manager", "Head Barista"), "orgs": (("The Copper Kettle", "copperkettle.example"), ("Driftwood Café", "driftwood-cafe.example")), "msgs": (
        ("r1", R, "Sorry - my mistake", "I'm so sorry, {first}, I've handled this badly. On Friday I told you the {role} job was as good as yours, and I shouldn't have: the owners have since moved the weekend supervisor up into it. I feel awful about getting your hopes up."),
        ("n1", "interview", "Sorry - my mistake", "I'm so sorry, {first}, I've handled the timings badly. I said Friday, but the owners can only do Monday. The {role} job is still very likely yours - could you manage Monday at four?"),
    )},
    {"t": "rambling", "frames": ("gmail", "note"), "roles": ("counter assistant", "bread shift"), "orgs": (("Brindle Lane Bakery", "brindle-lane.example"), ("Crumb & Co", "crumbandco.example")), "msgs": (
        ("r1", R, "bakery", "So I've meant to get this e-mail done all week and the ovens keep winning. Where I've landed is: my sister-in-law's back from Leeds and needs the hours, and family is family, so the {role} is hers from next week. Which is daft because you were the best of everyone who came in. Do pop in for a bun on us."),
        ("n1", "offer", "bakery", "So I've meant to get this e-mail done all week and the ovens keep winning. Where I've landed is: the {role} is yours should you still fancy it, four mornings a week starting next Tuesday. My sister-in-law was going to do it but she's staying in Leeds after all. Pop in and we'll do the paperwork over a bun."),
    )},
    {"t": "terse", "frames": ("note", "note"), "roles": ("Estate Gardener", "Gamekeeper's Assistant"), "orgs": (("Trevanion Estates", "trevanion.example"), ("Glenbrae Estate", "glenbrae-estate.example")), "msgs": (
        ("r1", R, "{role}", "{first} - filled. {hm}"),
        ("n1", "interview", "{role}", "{first} - {wd}, 8, estate office. {hm}"),
    )},
    # -- channels and formats ---------------------------------------------------------------------
    {"t": "calendar", "frames": ("decline", "decline"), "roles": ("Camp Counsellor orientation", "Trip Leader induction"), "orgs": (("Camp Birchwater", "camp-birchwater.example"), ("Wildways Adventures", "wildways.example")), "msgs": (
        ("r1", R, "Declined: {role}", "We've filled every cabin spot for this summer, so I'm taking you off the {role} invite. Grateful you waited on us so long."),
        ("n1", "next_steps", "Accepted: {role}", "See you there! Bring a sleeping bag and the health form signed by your doctor; without the form we can't let you stay overnight."),
    )},
    {"t": "board", "frames": ("board", "board"), "roles": ("Support Engineer hiring", "Data Analyst hiring"), "orgs": (("Quayside Software", "quayside-soft.example"), ("Fieldnote Labs", "fieldnote-labs.example")), "msgs": (
        ("r1", R, "{hm} moved a card on {role}", "{hm_full} moved {full} from \"Take-home review\" to \"Closed - parked\" on {role}.\n\nComment: take-home didn't cover the edge cases we asked for. Auto-email to candidate: on."),
        ("n1", "interview", "{hm} moved a card on {role}", "{hm_full} moved {full} from \"Take-home review\" to \"Onsite\" on {role}.\n\nComment: strong take-home, covers all edge cases. Book the {wd} slot. Auto-email to candidate: on."),
    )},
    {"t": "scanned", "frames": ("ocr", "ocr"), "roles": ("Records Clerk", "School Caretaker"), "orgs": (("Borough of Ashwick", "ashwick.gov.example"), ("Fenmarsh District Council", "fenmarsh.gov.example")), "msgs": (
        ("r1", R, "Scanned letter", "Following your interview for the post of {role}: the interviewing panel's choice has fallen on a candidate who took up the offer. The Borough is obliged to you for your time."),
        ("n1", "offer", "Scanned letter", "Following your interview for the post of {role}: The interviewing panel wishes to make you an appointment to the post, subject to two satisfactory references. Kindly sign the enclosed acceptance and send it back by {date}."),
    )},
    {"t": "translated-ja", "frames": ("translated", "translated"), "roles": ("Sales Engineer", "Bridge Designer"), "orgs": (("Kaminari Precision Co.", "kaminari-precision.example"), ("Sakuragawa Construction", "sakuragawa.example")), "lang_from": "Japanese", "msgs": (
        ("r1", R, "Regarding the result of selection", "We appreciate your application of this occasion. As the result of careful examination, we have decided to refrain from hiring you this time. We are praying your more success in the future days."),
        ("n1", "interview", "Regarding the result of selection", "We appreciate your application of this occasion. As the result of document screening, we would like you to proceed to the first interview. Please tell us your convenient dates by {date}."),
    )},
    {"t": "translated-ko", "frames": ("translated", "translated"), "roles": ("Quality Engineer", "Overseas Sales Manager"), "orgs": (("Hanbit Motors", "hanbit-motors.example"), ("Daesan Electronics", "daesan-elec.example")), "lang_from": "Korean", "msgs": (
        ("r1", R, "[{org}] Document screening result", "Hello, this is the {org} recruitment officer. We are sorry that we could not bring you good news in the document screening for {role}. Sincerely we express gratitude for supporting our company."),
        ("n1", "interview", "[{org}] Document screening result", "Hello, this is the {org} recruitment officer. We are glad to deliver the news that you passed the document screening for {role}. The aptitude test will be held online on {date}."),
    )},
    {"t": "translated-tr", "frames": ("translated", "translated"), "roles": ("Textile Technician", "Export Specialist"), "orgs": (("Anadolu Tekstil", "anadolu-tekstil.example"), ("Ege Liman Lojistik", "egeliman.example")), "lang_from": "Turkish", "msgs": (
        ("r1", R, "About your job application", "Valuable candidate, your application to the {role} position is evaluated. Your qualifications are not suitable for the position at this moment. Your information will be kept in our pool."),
        ("n1", "interview", "About your job application", "Valuable candidate, your application to the {role} position is evaluated. We want to do interview with you at our factory on {date} at 10.00. Please confirm your attendance."),
    )},
    {"t": "noticepdf", "frames": ("pdf", "pdf"), "roles": ("Assistant Teacher", "Head of Department (Science)"), "orgs": (("Teaching Service Commission", "tsc.gov.example"),), "msgs": (
        ("r1", R, "Notice of decision", "NOTICE OF DECISION\nThe Commission has considered the recommendation of the interview panel for the position of {role} at {city} Primary School. Ms {other} has been appointed to the position. Any appeal must be lodged within 14 days of this notice."),
        ("n1", "offer", "Notice of decision", "NOTICE OF DECISION\nThe Commission has considered the recommendation of the interview panel for the position of {role} at {city} Primary School. You are appointed to the position, effective from the start of next term. Report to the Head Teacher on the first day."),
    )},
    {"t": "supplyagency", "frames": ("html", "note"), "roles": ("Teaching Assistant (supply)", "Cover Supervisor (supply)"), "orgs": (("Chalkline Education", "chalkline-ed.example"), ("Classroom First", "classroomfirst.example")), "msgs": (
        ("r1", R, "Your registration", "We've closed your registration with {org}. We have no {role} work in your area and don't expect any this school year, so keeping your file open would only leave you waiting on us."),
        ("n1", "other_job", "Your registration", "We've kept your registration with {org} open over the summer. {role} bookings usually pick up in the second week of term; update your availability calendar so the schools can see you."),
    )},
    {"t": "bankstaff", "frames": ("portal", "portal"), "roles": ("Bank Healthcare Assistant", "Bank Ward Clerk"), "orgs": (("Tamarside NHS Staff Bank", "tamarside-bank.example"),), "msgs": (
        ("r1", R, "Registration status changed", "Your registration status has changed to: Inactive - not appointed.\nReason: two references not received within the required period.\nRole: {role}"),
        ("n1", "next_steps", "Registration status changed", "Your registration status has changed to: Pending - references.\nTwo references are needed for {role}. If they have not reached us by {date}, the registration lapses."),
    )},
    {"t": "stage", "frames": ("mobile", "sms"), "roles": ("commis chef", "chef de partie"), "orgs": (("Saltmarsh Kitchen", "saltmarsh-kitchen.example"), ("Wildgarlic", "wildgarlic.example")), "msgs": (
        ("r1", R, "stage", "Chef watched your stage on Saturday. He's decided the brigade is complete for the season and won't be adding a {role}. Thanks for working hard on the night, it was a busy one."),
        ("n1", "interview", "stage", "Chef would like you to do a stage as {role} on {wd}, 2pm until close. Whites provided, knives your own. Let me know if you're in."),
    )},
    {"t": "petsitting", "frames": ("html", "html"), "roles": ("dog walker", "pet sitter"), "orgs": (("Pawpath", "pawpath.example"), ("Whiskerwatch", "whiskerwatch.example")), "msgs": (
        ("r1", R, "Your {role} profile", "Your {role} profile did not clear our safety review, so it will stay hidden from owners on {org}. Which check it was stays confidential."),
        ("n1", "next_steps", "Your {role} profile", "Your {role} profile cleared our safety review. One step left: add three photos and your availability by {date}, and owners near {city} will start seeing you."),
    )},
    {"t": "conservation", "frames": ("form", "portal"), "roles": ("Trainee Ranger (volunteer)", "Seasonal Warden"), "orgs": (("Moorland Conservation Trust", "moorland-trust.example"), ("Saltings Nature Reserve", "saltings-reserve.example")), "msgs": (
        ("r1", R, "{role} intake", "Intake: spring\nRole: {role}\nYour place: not allocated\nThe intake is made up from the assessment day and all eight places have been given. We hold no waiting list for this intake."),
        ("n1", "application_received", "{role} intake", "Intake: spring\nRole: {role}\nYour place: to be decided after the assessment day\nAll eight places are given on the day itself. If you cannot come on {date}, tell us and we will look at the autumn intake with you."),
    )},
    {"t": "racingyard", "frames": ("voicemail", "sms"), "roles": ("stable hand", "work rider"), "orgs": (("Hallowdene Racing Stables", "hallowdene.example"), ("Marlpit Yard", "marlpit-yard.example")), "msgs": (
        ("r1", R, "Voicemail", "{first} it's {hm} from {org} about the {role} job, look I've watched you ride out and you're not tidy enough on the gallops for us yet, so I'll pass, get some more hours in and try us next year"),
        ("n1", "interview", "Voicemail", "{first} it's {hm} from {org} about the {role} job, come and ride out first lot {wd}, quarter to six, hat and back protector, we'll see how you go on the gallops"),
    )},
    {"t": "recruiterpool", "frames": ("outlook", "mobile"), "roles": ("Wind Turbine Technician", "Offshore Crane Operator"), "orgs": (("Saltire Field Services", "saltire-field.example"), ("Nor'east Energy Crew", "noreast-crew.example")), "msgs": (
        ("r1", R, "{role} rotation", "Your name went to the operator for the {role} rotation, and they've filled the crew from the people who worked the last campaign. I've no other {role} work on my desk, so I won't keep you hanging on for me."),
        ("n1", "recruiter_outreach", "{role} rotation", "I've a {role} rotation coming up with an operator, two weeks on and two off, and your GWO tickets look right for it. If you want your name sent over, send an up-to-date CV by {wd}."),
    )},
    {"t": "internalmove", "frames": ("outlook", "outlook"), "roles": ("Team Leader, Returns", "Planner, Goods In"), "orgs": (("Hollins & Vane", "hollins-vane.example"),), "msgs": (
        ("r1", R, "Internal vacancy - {role}", "Good of you to go for the {role} secondment. The area manager has given it to {other} from the night shift, for six months from the 1st. Your current role and pay carry on as they are."),
        ("n1", "other_job", "Shift pattern - {role}", "Thanks for covering for {other} on the night shift. The area manager has confirmed the new shift pattern for {role} from the 1st; your pay and hours carry on as they are, and the rota is on the board."),
    )},
    {"t": "citycouncil-nz", "frames": ("portal", "note"), "roles": ("Parks Ranger", "Library Assistant"), "orgs": (("Whanganui District Council", "whanganui-dc.example"), ("Nelson Tasman Council", "nelsontasman.example")), "msgs": (
        ("r1", R, "Kia ora {first}", "Kia ora {first},\n\nNgā mihi for putting your name forward as {role}. An appointment is settled, and your mahi with us ends at this stage. Keep an eye on our vacancies page."),
        ("n1", "interview", "Kia ora {first}", "Kia ora {first},\n\nNgā mihi for putting your name forward as {role}. The panel would like to kōrero with you on {wd}; it'll be around 45 minutes, kanohi ki te kanohi at the council offices."),
    )},
    {"t": "summerhotel", "frames": ("note", "html"), "roles": ("summer rooms staff", "summer kitchen staff"), "orgs": (("Kittiwake Outdoor Centre", "kittiwake-oc.example"), ("Loch Arkaig Lodge", "arkaig-lodge.example")), "msgs": (
        ("r1", R, "Summer season", "A note to everyone who asked after {role} work: the staff house is full and the season's team was picked last week from people who'd done a summer here before. Do try the hotels down in {city}, which take on later than we do."),
        ("n1", "application_received", "Summer season", "Your form for {role} reached us. We only write back to people we want to meet; if nothing has come from us by {date}, the season's team has been picked, so look elsewhere with our blessing."),
    )},
    {"t": "museumpause", "frames": ("outlook", "letter"), "roles": ("Learning Officer", "Collections Assistant"), "orgs": (("Tinworks Heritage Museum", "tinworks-museum.example"), ("Old Quay Museum", "oldquay-museum.example")), "msgs": (
        ("r1", R, "{role} recruitment", "The {role} recruitment closed on Friday with an appointment from our own volunteer team, who knows the handling collection inside out. The field was strong, and you were a real part of it."),
        ("n1", "other_job", "{role} recruitment", "The {role} recruitment is paused until the council agrees the budget for the coming year. No appointment exists; your application is held just as it stands and we'll pick it up the moment the budget is agreed."),
    )},
    {"t": "busdriver", "frames": ("portal", "note"), "roles": ("Trainee Bus Driver", "Trainee Tram Driver"), "orgs": (("Moorland Buses", "moorland-buses.example"), ("Harbour City Trams", "harbourcity-trams.example")), "msgs": (
        ("r1", R, "Driving assessment", "The assessor's report from your drive on the test route says you are not yet ready for training on our vehicles. Your place on the {role} scheme has been released; a new try is open to you half a year from now."),
        ("n1", "application_received", "Driving assessment", "Your place on the {role} scheme is booked, waiting on the drive on the test route. If the assessor finds you not yet ready, you'll be told on the day and the place is released; if you pass, training starts {wd} week."),
    )},
    {"t": "nonjob-flat", "frames": ("note", "html"), "roles": ("-", "-"), "orgs": (("Harrowell Lettings", "harrowell-lettings.example"), ("Keyring Homes", "keyring-homes.example")), "msgs": (
        ("n1", "non_job_rejection_words", "Flat at {city} Road", "The landlord went with a different tenant for the flat, so your holding deposit will come back to you within seven days. Sorry it didn't go your way."),
        ("n2", "non_job_rejection_words", "Your rental application", "The referencing company couldn't confirm your income from the documents sent, so the landlord won't go ahead with the tenancy. You're free to apply for other homes on our list."),
    )},
    {"t": "nonjob-grant", "frames": ("letter", "portal"), "roles": ("-", "-"), "orgs": (("Community Heritage Fund", "heritagefund.example"), ("Tidemark Institute", "tidemark-inst.example")), "msgs": (
        ("n1", "non_job_rejection_words", "Grant application {ref}", "The grants committee has considered your application {ref} for the chapel roof repair. The round's funds went to other projects; the committee's notes are attached, and you may apply again in April."),
        ("n2", "non_job_rejection_words", "Marathon charity place", "The charity's places for the city marathon were allocated by draw on {date}, and your name was not drawn. Your registration fee has not been taken."),
    )},
    {"t": "nonjob-platform", "frames": ("html", "html"), "roles": ("-", "-"), "orgs": (("Stallholder", "stallholder.example"), ("Craftloom", "craftloom.example")), "msgs": (
        ("n1", "non_job_rejection_words", "Your listing", "Hi {first},\nyour shop listing for hand-thrown mugs was not approved: photos must show the item itself, not a mock-up. Edit the listing and resubmit at any time."),
        ("n2", "non_job_rejection_words", "Refund request", "Hi {first},\nyour refund request for order {ref} was declined: the seller's courier photo shows the parcel handed over at your door. Write back inside two weeks to have it looked at once more."),
    )},
    # -- other languages ---------------------------------------------------------------------------
    {"t": "de-baecker", "lang": "de", "frames": ("plain", "plain"), "roles": ("Ausbildung zum Bäcker", "Ausbildung zur Konditorin"), "orgs": (("Backstube Hallmann", "backstube-hallmann.example"), ("Konditorei Sommerfeld", "konditorei-sommerfeld.example")), "msgs": (
        ("r1", R, "Ihre Bewerbung", "Hallo {first},\n\ndanke fürs Probearbeiten in der Backstube. Wir haben den Platz für die {role} inzwischen an jemanden aus dem Ort vergeben, der schon ein Praktikum bei uns gemacht hat. Für die Zukunft alles Gute!"),
        ("n1", "interview", "Ihre Bewerbung", "Hallo {first},\n\ndanke für die Bewerbung auf die {role}. Magst du am {dnum} um 4 Uhr früh zum Probearbeiten in die Backstube kommen? Bequeme Schuhe, Haare zusammen, den Rest stellen wir."),
    )},
    {"t": "de-fsj", "lang": "de", "frames": ("plain", "html"), "roles": ("FSJ in einer Kita", "FSJ in einer Klinik"), "orgs": (("Freiwilligendienste Nordheide", "fwd-nordheide.example"),), "msgs": (
        ("r1", R, "Platzvergabe {role}", "Guten Tag {first},\n\ndie Einsatzstellen für das {role} sind für den Jahrgang ab September alle besetzt. Ihre Bewerbung haben wir deshalb geschlossen; für den Februar-Start können Sie sich neu bewerben."),
        ("n1", "next_steps", "Platzvergabe {role}", "Guten Tag {first},\n\nfür das {role} haben wir eine Einsatzstelle für Sie reserviert. Bitte schicken Sie bis zum {dnum} das erweiterte Führungszeugnis; ohne das Zeugnis kann die Stelle nicht fest zugesagt werden."),
    )},
    {"t": "fr-vendanges", "lang": "fr", "frames": ("plain", "sms"), "roles": ("vendangeur", "porteur de hotte"), "orgs": (("Domaine de la Combe Rousse", "combe-rousse.example"), ("Château Lesparre-Vidal", "lesparre-vidal.example")), "msgs": (
        ("r1", R, "Vendanges", "Bonjour {first}, l'équipe de {role}s pour les vendanges est au complet depuis hier, on a pris les habitués du village. Merci d'avoir pensé au domaine, et bonne saison !"),
        ("n1", "offer", "Vendanges", "Bonjour {first}, c'est bon pour toi comme {role} pour les vendanges : on commence le {dnum} à 7h au chai. Prends des gants et un chapeau, le repas de midi est offert."),
    )},
    {"t": "fr-orchestre", "lang": "fr", "frames": ("plain", "plain"), "roles": ("cor solo", "second basson"), "orgs": (("Orchestre régional de Loire-Atlantique", "orl-atlantique.example"), ("Orchestre des Pays de Savoie", "ops-savoie.example")), "msgs": (
        ("r1", R, "Concours de {role}", "Madame, Monsieur,\n\nà l'issue du concours de {role}, le jury a décidé de ne retenir aucun candidat et le poste reste vacant. Nous vous remercions de votre participation."),
        ("n1", "interview", "Concours de {role}", "Madame, Monsieur,\n\nà l'issue du premier tour du concours de {role}, le jury vous convoque au second tour le {dnum} à 14h. Le programme imposé est joint à ce courriel."),
    )},
    {"t": "es-socorrista", "lang": "es", "frames": ("plain", "plain"), "roles": ("socorrista de playa", "socorrista de piscina"), "orgs": (("Servicio de Salvamento Costa Calma", "salvamento-costacalma.example"),), "msgs": (
        ("r1", R, "Prueba física", "Hola {first}:\n\nen la prueba física para {role} tu tiempo en los 200 metros fue de 4:05 y el máximo es 3:50, así que no entras en la plantilla de este verano. La próxima convocatoria es en abril."),
        ("n1", "next_steps", "Prueba física", "Hola {first}:\n\nla prueba física para {role} es el {dnum} a las 9:00: 200 metros en menos de 3:50 y un remolque de víctima. Quien la supere entra en la plantilla de verano esa misma semana."),
    )},
    {"t": "es-bolsa", "lang": "es", "frames": ("html", "plain"), "roles": ("Auxiliar Administrativo", "Conserje de Colegio"), "orgs": (("Ayuntamiento de Villaseca", "villaseca.gob.example"),), "msgs": (
        ("r1", R, "Bolsa de empleo - {role}", "Publicada la lista definitiva de la bolsa de empleo de {role}, su nombre no figura entre los admitidos por no acreditar la titulación exigida. La resolución puede recurrirse ante la alcaldía durante treinta días."),
        ("n1", "next_steps", "Bolsa de empleo - {role}", "Publicada la lista provisional de la bolsa de empleo de {role}, su nombre figura entre los excluidos por falta de documentación. Tiene diez días hábiles para corregirlo; si no lo hace, la exclusión será definitiva."),
    )},
    {"t": "it-rifugio", "lang": "it", "frames": ("plain", "sms"), "roles": ("aiuto cuoco in rifugio", "cameriera in rifugio"), "orgs": (("Rifugio Pian dei Larici", "rifugio-larici.example"), ("Rifugio Coston", "rifugio-coston.example")), "msgs": (
        ("r1", R, "Stagione estiva", "Ciao {first}, per la stagione estiva abbiamo già chiuso la squadra: il posto di {role} l'ha preso un ragazzo che era su con noi l'anno scorso. Grazie comunque e buone montagne!"),
        ("n1", "offer", "Stagione estiva", "Ciao {first}, per la stagione estiva il posto di {role} è tuo se lo vuoi: si sale il {dnum} con la teleferica delle 8. Vitto e alloggio compresi, scarponi tuoi."),
    )},
    {"t": "it-serviziocivile", "lang": "it", "frames": ("html", "plain"), "roles": ("Servizio Civile - biblioteca", "Servizio Civile - protezione civile"), "orgs": (("Comune di Valdobbia", "comune-valdobbia.example"),), "msgs": (
        ("r1", R, "Graduatoria {role}", "È stata pubblicata la graduatoria del progetto {role}. Lei risulta idoneo non selezionato: i pochi posti del progetto sono andati a chi aveva un punteggio più alto."),
        ("n1", "next_steps", "Graduatoria {role}", "È stata pubblicata la graduatoria del progetto {role}. Lei risulta idoneo selezionato: deve presentarsi per la firma del contratto entro il {dnum}, altrimenti il posto passa al primo idoneo non selezionato."),
    )},
    {"t": "pt-aplicativo", "lang": "pt", "frames": ("html", "sms"), "roles": ("motorista parceiro", "entregador parceiro"), "orgs": (("Rodabem", "rodabem.example"), ("Entregaja", "entregaja.example")), "msgs": (
        ("r1", R, "Seu cadastro", "Oi {first}, terminamos a análise do seu cadastro como {role}. Seu cadastro não foi aprovado porque a CNH enviada não tem a observação EAR. Você pode enviar um novo documento daqui a 30 dias."),
        ("n1", "next_steps", "Seu cadastro", "Oi {first}, terminamos a análise do seu cadastro como {role} e falta só um passo: envie a foto do documento do veículo até {dnum}. Sem ele o cadastro fica parado."),
    )},
    {"t": "nl-zeilschool", "lang": "nl", "frames": ("plain", "plain"), "roles": ("zeilinstructeur", "kampleider"), "orgs": (("Zeilschool De Waddenwind", "waddenwind.example"), ("Watersportcentrum Het Gors", "hetgors.example")), "msgs": (
        ("r1", R, "Zomerseizoen", "Hoi {first},\n\nhet team {role}s voor deze zomer is rond; we hebben gekozen voor mensen met een CWO-4 diploma. Bedankt voor je enthousiasme en misschien tot een volgend jaar."),
        ("n1", "interview", "Zomerseizoen", "Hoi {first},\n\nwil je op {dnum} komen proefdraaien als {role}? We varen 's ochtends met een groep twaalfjarigen; neem je zwemdiploma en droge kleren mee."),
    )},
    {"t": "pl-truskawki", "lang": "pl", "frames": ("sms", "plain"), "roles": ("zbiór truskawek", "sortowanie owoców"), "orgs": (("Gospodarstwo Sadowe Kurek", "sady-kurek.example"),), "msgs": (
        ("r1", R, "Praca sezonowa", "Dzień dobry, tu {hm} z gospodarstwa. Na {role} mamy już pełny skład, zgłosili się ci sami ludzie co w zeszłym roku. Dziękujemy i powodzenia."),
        ("n1", "offer", "Praca sezonowa", "Dzień dobry, tu {hm} z gospodarstwa. Na {role} jest miejsce od {dnum}, zakwaterowanie w domku przy sadzie. Proszę potwierdzić SMS-em do piątku."),
    )},
    {"t": "sv-park", "lang": "sv", "frames": ("html", "plain"), "roles": ("sommarjobb som parkarbetare", "sommarjobb på badplats"), "orgs": (("Ekbacka kommun", "ekbacka.kommun.example"),), "msgs": (
        ("r1", R, "Sommarjobb", "Hej {first}!\n\nAlla platser för {role} är nu tillsatta genom lottning bland de sökande. Du blev inte lottad till någon plats i år. Välkommen att söka igen nästa vår."),
        ("n1", "offer", "Sommarjobb", "Hej {first}!\n\nDu har blivit lottad till en plats för {role} vecka 26-28. Bekräfta platsen i portalen senast {dnum}, annars går den vidare till nästa person på listan."),
    )},
    {"t": "da-praktik", "lang": "da", "frames": ("plain", "plain"), "roles": ("praktikplads som tømrer", "praktikplads som smed"), "orgs": (("Holmgaard Byg", "holmgaard-byg.example"), ("Vestkystens Smedie", "vestkyst-smedie.example")), "msgs": (
        ("r1", R, "Praktikplads", "Hej {first}\n\nVi har nu besat vores {role} med en elev fra erhvervsskolen, som var hos os i skolepraktik. Tak for snakken på pladsen, og held og lykke med søgningen."),
        ("n1", "interview", "Praktikplads", "Hej {first}\n\nVil du komme ud på pladsen {dnum} kl. 7 og prøve en dag med sjakket? Så kan vi snakke om {role} bagefter. Husk sikkerhedssko."),
    )},
    {"t": "nb-fisk", "lang": "nb", "frames": ("sms", "plain"), "roles": ("sesongjobb i fiskemottaket", "sesongjobb på sløyelinja"), "orgs": (("Myklebust Fisk", "myklebust-fisk.example"),), "msgs": (
        ("r1", R, "Sesongjobb", "Hei {first}, {hm} her fra {org}. Vi har fått nok folk til {role} denne vinteren, så det blir ikke plass til deg nå. Lykke til videre."),
        ("n1", "offer", "Sesongjobb", "Hei {first}, {hm} her fra {org}. Du kan begynne i {role} fra {dnum}. Hybel på kaia er ordnet; si fra innen fredag om du tar det."),
    )},
    {"t": "de-weihnachtsmarkt", "lang": "de", "frames": ("sms", "plain"), "roles": ("Aushilfe am Glühweinstand", "Aushilfe am Crêpesstand"), "orgs": (("Marktbuden Entrup", "marktbuden-entrup.example"),), "msgs": (
        ("r1", R, "Weihnachtsmarkt", "Moin {first}, hier {hm} von den Marktbuden. Die Schichten als {role} sind alle verteilt, wir haben die Leute vom letzten Jahr wieder genommen. Trotzdem danke!"),
        ("n1", "offer", "Weihnachtsmarkt", "Moin {first}, hier {hm} von den Marktbuden. Als {role} kannst du ab {dnum} die Abendschichten haben, 17 bis 22 Uhr. Sag bis Sonntag Bescheid, dann trage ich dich ein."),
    )},
    {"t": "fr-servicecivique", "lang": "fr", "frames": ("html", "plain"), "roles": ("mission de service civique (médiathèque)", "mission de service civique (ressourcerie)"), "orgs": (("Ligue de l'enseignement du Finistère", "ligue29.example"),), "msgs": (
        ("r1", R, "Votre candidature", "Bonjour {first},\n\nla {role} a été pourvue par une personne rencontrée lors de la réunion d'information. Votre candidature est donc close, mais d'autres missions sont publiées chaque mois sur la plateforme."),
        ("n1", "interview", "Votre candidature", "Bonjour {first},\n\npour la {role}, un entretien vous attend le {dnum} à 10h dans nos locaux. Si la date ne vous convient pas, répondez à ce message et nous en trouverons une autre."),
    )},
    {"t": "pt-estagio", "lang": "pt", "frames": ("plain", "html"), "roles": ("estágio profissional em contabilidade", "estágio profissional em turismo"), "orgs": (("Câmara Municipal de Vila Serrana", "cm-vilaserrana.example"),), "msgs": (
        ("r1", R, "Estágio profissional", "Olá {first},\n\na vaga de {role} já foi ocupada por outra pessoa da lista de ordenação final, que aceitou o lugar. O seu processo fica assim encerrado. Obrigado pelo interesse na autarquia."),
        ("n1", "next_steps", "Estágio profissional", "Olá {first},\n\nficou em primeiro lugar na lista de ordenação final do {role}. Para aceitar o lugar, entregue o certificado de habilitações até {dnum}; sem ele, a vaga passa ao candidato seguinte."),
    )},
    {"t": "sv-vikariepool", "lang": "sv", "frames": ("plain", "plain"), "roles": ("vikariepoolen för förskolan", "vikariepoolen för fritids"), "orgs": (("Rydbergs förskolor", "rydberg-forskolor.example"),), "msgs": (
        ("r1", R, "Vikariepoolen", "Hej {first}!\n\nVi har gått igenom ansökningarna till {role} och poolen är fylld för hösten. Vi tar därför inte in dig den här gången, men du får gärna höra av dig igen i januari."),
        ("n1", "next_steps", "Vikariepoolen", "Hej {first}!\n\nVi har gått igenom ansökningarna till {role} och vill gärna ha med dig. Innan första passet behöver vi ett utdrag ur belastningsregistret; skicka det senast {dnum}."),
    )},
    {"t": "pl-staz", "lang": "pl", "frames": ("plain", "html"), "roles": ("staż w urzędzie gminy", "staż w bibliotece miejskiej"), "orgs": (("Urząd Gminy Zielonka Dolna", "ug-zielonkadolna.example"),), "msgs": (
        ("r1", R, "Nabór na staż", "Dzień dobry,\n\ninformujemy, że komisja zakończyła nabór na {role}. Na staż została skierowana inna osoba z listy rankingowej, a Pani/Pana zgłoszenie zostaje zamknięte."),
        ("n1", "next_steps", "Nabór na staż", "Dzień dobry,\n\ninformujemy, że komisja zakończyła pierwszy etap naboru na {role}. Prosimy o dostarczenie zaświadczenia z urzędu pracy do {dnum}; brak dokumentu oznacza wykreślenie z listy."),
    )},
    {"t": "id-magang", "lang": "id", "frames": ("html", "plain"), "roles": ("Magang Jurnalistik", "Magang Desain Grafis"), "orgs": (("Harian Nusantara Pagi", "nusantarapagi.example"), ("Studio Lintas Warna", "lintaswarna.example")), "msgs": (
        ("r1", R, "Hasil seleksi {role}", "Halo {first},\n\nterima kasih sudah mengikuti tes tulis {role}. Nilai kamu belum mencapai batas kelulusan, sehingga kamu tidak melanjutkan ke tahap wawancara. Semangat terus!"),
        ("n1", "interview", "Hasil seleksi {role}", "Halo {first},\n\nterima kasih sudah mengikuti tes tulis {role}. Kamu lolos ke tahap wawancara pada {dnum} pukul 10.00 di kantor kami. Bawa portofolio cetak, ya."),
    )},
]

SMS_TAILS = {"en": "Passed on as e-mail by TextBridge. Replying to this e-mail sends a text back.", "other": "TextBridge: SMS forwarded to e-mail."}
PLAIN_CLOSES = {"de": "Viele Grüße", "fr": "Bien cordialement", "es": "Un saludo", "it": "Un caro saluto", "pt": "Abraço", "nl": "Groet", "pl": "Pozdrawiam", "sv": "Vänliga hälsningar", "da": "Venlig hilsen", "nb": "Hilsen", "id": "Salam"}


def ocr(text: str, key: str) -> str:
    """A scanned letter read by OCR: a few letters swapped for their look-alikes, seeded per record."""
    r = random.Random(key)
    swaps = (("l", "1"), ("m", "rn"), ("e", "c"), ("o", "0"), ("i", "l"), ("h", "b"), ("t", "f"))
    words = text.split(" ")
    for k, word in enumerate(words):
        if len(word) > 3 and r.random() < 0.14:
            old, new = swaps[r.randrange(len(swaps))]
            if old in word:
                at = word.index(old)
                words[k] = word[:at] + new + word[at + len(old):]
    return " ".join(words)


class Maker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.records: list[dict] = []
        self.frames: Counter[tuple[str, str]] = Counter()
        self.langs: Counter[tuple[str, str]] = Counter()

    def context(self, group: dict, copy: int, seat: int) -> dict:
        """The people, organisation, role and dates of one copy; twins share them."""
        r = random.Random(f"{SEED}-{group['t']}-{copy}-{seat}")
        people = PEOPLE[group.get("lang", "en")]
        first, surname = people["readers"][r.randrange(len(people["readers"]))]
        hm, hm_surname = people["signers"][r.randrange(len(people["signers"]))]
        orgs = group.get("orgs", ORGS)
        org, domain = orgs[(copy + r.randrange(len(orgs))) % len(orgs)]
        day, month = r.randint(2, 27), r.randrange(12)
        sent = datetime(2025, 3, 1, r.randint(6, 21), r.randint(0, 59), r.randint(0, 59)) + timedelta(days=r.randint(0, 620))
        zone = r.choice(people["zones"])
        return {
            "first": first, "surname": surname, "full": f"{first} {surname}", "hm": hm, "hm_full": f"{hm} {hm_surname}",
            "org": org, "domain": domain, "role": group["roles"][copy % len(group["roles"])], "other": r.choice(people["others"]),
            "wd": r.choice(WEEKDAYS), "date": f"{day} {LONG_MONTHS[month]}", "dnum": f"{day}.{month + 1:02d}.",
            "ref": f"{r.choice(('V', 'RN', 'SR', 'A'))}{r.randint(10000, 999999)}", "city": r.choice(CITIES),
            "score": r.randint(52, 74), "score2": r.randint(0, 8), "phone": PHONES[group.get("lang", "en")].format(n=r.randint(1000, 99999)),
            "zone": zone, "sent": sent, "back": r.randint(1, 6), "mins": r.randint(12, 97),
            "datehdr": f"{DAYS[sent.weekday()]}, {sent.day} {MONTHS[sent.month - 1]} {sent.year} {sent:%H:%M:%S} {zone}",
        }

    def frame(self, code: str, subject: str, core: str, c: dict, group: dict) -> tuple[str, str, str]:  # noqa: PLR0911, PLR0912 - one branch per frame
        """(subject, body, sender) of one copy of a core in one frame."""
        lang = group.get("lang", "en")
        greeted = core.startswith(("Hi ", "Dear ", "Hello ", "Hey ", "Kia ora", "Hallo", "Guten", "Bonjour", "Madame", "Hola", "Ciao", "Oi ", "Hoi", "Dzień", "Hej", "Hei", "Halo", "So I", "I'm so"))
        if code == "note":
            body = core if greeted or c["first"] in core.split("\n", maxsplit=1)[0][:30] else f"Hi {c['first']},\n\n{core}"
            close = "" if core.endswith(c["hm"]) else f"\n\nAll best,\n{c['hm']}\n{c['org']}"
            return subject, f"{body}{close}", f"{c['hm_full']} <{c['hm'].lower()}@{c['domain']}>"
        if code == "plain":
            return subject, f"{core}\n\n{PLAIN_CLOSES[lang]}\n{c['hm_full']}\n{c['org']}", f"{c['hm_full']} <{c['hm'].lower()}@{c['domain']}>"
        if code == "mobile":
            return subject, f"{core}\n\n{c['hm']}\nSent from my phone", f"{c['hm']} <{c['hm'].lower()}.{c['surname'][0].lower()}{c['back']}@mailbox.example>"
        if code == "sms":
            tail = SMS_TAILS["en" if lang == "en" else "other"]
            body = f"SMS from {c['phone']}\nReceived: {c['datehdr']}\n\n{core}\n\n--\n{tail}"
            return subject, body, f"TextBridge <sms-{c['phone'][-5:]}@textbridge.example>"
        if code == "voicemail":
            body = f"New voicemail from {c['hm_full']} ({c['phone']}), 0:{c['mins'] % 60:02d}\n\nTranscript (automatic, may hold mistakes):\n\"{core}\"\n\nPlay the message: https://voice.phonedesk.example/vm/{c['ref']}"
            return "New voicemail from " + c["phone"], body, "PhoneDesk Voicemail <voicemail@phonedesk.example>"
        if code == "chat":
            start = c["sent"] - timedelta(minutes=c["mins"])
            lines = [f"[{(start + timedelta(minutes=k)):%d/%m/%Y %H:%M}] {c['hm_full']}: {part}" for k, part in enumerate(core.split("|"))]
            body = f"Chat export - conversation with {c['hm_full']} ({c['org']})\n\n" + "\n".join(lines) + "\n\nExported by Natter. Media omitted."
            return subject, body, "Natter Export <export@natter.example>"
        if code in ("outlook", "gmail"):
            back = c["sent"] - timedelta(days=c["back"])
            if code == "outlook":
                quoted = f"From: {c['full']} <{c['first'].lower()}.{c['surname'].lower()}@post.example>\nSent: {back:%d %B %Y %H:%M}\nTo: {c['hm_full']}\nSubject: {subject}\n\nHello {c['hm']}, any news at all? Thanks, {c['first']}"
                body = f"Hi {c['first']},\n\n{core}\n\nRegards,\n{c['hm_full']}\n{c['org']}\n\n________________________________\n{quoted}"
                return f"RE: {subject}", body, f"{c['hm_full']} <{c['hm'].lower()}@{c['domain']}>"
            body = f"Hi {c['first']},\n\n{core}\n\n{c['hm']}\n\n{back:%H:%M} {back:%d/%m/%y}, {c['full']} <{c['first'].lower()}{c['surname'][0].lower()}@post.example> wrote:\n> Hi {c['hm']}, just checking in on this. {c['first']}"
            return f"Re: {subject}", body, f"{c['hm']} <{c['hm'].lower()}@{c['domain']}>"
        if code == "letter":
            body = f"Ref: {c['ref']}\n{c['date']}\n\nDear {c['full']},\n\n{core}\n\nYours sincerely,\n\n{c['hm_full']}\n{c['org']}"
            return subject, body, f"{c['org']} <office@{c['domain']}>"
        if code == "portal":
            body = f"Something changed on your file at {c['org']}.\n\nFile: {c['ref']}\nFor: {c['role']}\n\n{core}\n\nThis address takes no replies. Your full history: https://my.{c['domain']}/file/{c['ref']}"
            return subject, body, f"{c['org']} (no reply) <noreply@{c['domain']}>"
        if code == "form":
            body = f"{c['org']} - form response update\n\nName: {c['full']}\n{core}\n\nSent by Formwell on behalf of {c['org']}."
            return subject, body, f"{c['org']} via Formwell <forms@formwell.example>"
        if code == "html":
            paras = "".join(f'<p style="margin:0 0 12px;font:14px Helvetica,Arial">{line}</p>' for line in core.split("\n") if line.strip())
            body = f'<html><body><div style="max-width:560px;margin:auto;padding:20px;background:#fff"><div style="font:bold 18px Helvetica,Arial">{c["org"]}</div>{paras}<p style="font-size:11px;color:#888">{c["org"]} &bull; <a href="https://{c["domain"]}/settings">E-mail settings</a></p></div></body></html>'
            return subject, body, f"{c['org']} <team@{c['domain']}>"
        if code == "pdf":
            wrapped = "\n".join(textwrap.fill(p, 66) for p in core.split("\n"))
            body = f"[attachment text: letter_{c['ref']}.pdf]\n\n{c['org'].upper()}\n{c['city']}\n\nRef: {c['ref']}                    Date: {c['dnum']}{c['sent'].year}\n\nTo: {c['full']}\n\n{wrapped}\n\n{c['hm_full']}\nfor {c['org']}\n\nPage 1 of 1"
            return subject, body, f"{c['org']} <documents@{c['domain']}>"
        if code == "ocr":
            text = ocr(f"{c['org']}\n\nDear {c['full']}\n\n{core}\n\nYours faithfully\n\n{c['hm_full']}\nAdministration", f"{SEED}-{c['ref']}")
            return subject, f"Scanned document ({c['mins'] % 3 + 1} page) - text recognised automatically:\n\n{text}\n\n[end of recognised text]", f"Scan to Mail <scanner@{c['domain']}>"
        if code == "translated":
            body = f"[Translated automatically from {group['lang_from']} - see original]\n\n{c['full']}\n\n{core}\n\n{c['org']} Human Resources\n{c['hm_full']}"
            return subject, body, f"{c['org']} HR <recruit@{c['domain']}>"
        if code == "decline":
            verb = "declined" if subject.startswith("Declined") else "accepted"
            body = f"{c['hm_full']} has {verb} this invitation.\n\n{core}\n\n{c['role']}\n{c['wd']} {c['date']}, 09:00-16:00\n{c['org']}, {c['city']}\n\nInvitation from the Calendar of {c['full']}"
            return subject, body, f"{c['hm_full']} <calendar-noreply@{c['domain']}>"
        if code == "board":
            body = f"{core}\n\nView the card: https://boards.pinwall.example/c/{c['ref']}\nSent because this board is on your watch list. Mute board notifications."
            return subject, body, "Pinwall <notifications@pinwall.example>"
        raise ValueError(code)

    def add(self, group: dict, msg: tuple[str, str, str, str], copy: int, seat: int) -> None:
        variant, kind, subject, core = msg
        c = self.context(group, copy, seat)
        code = group["frames"][copy]
        subj, body, sender = self.frame(code, subject.format(**c), core.format(**c), c, group)
        label = "rejection" if kind == "rejection" else "not_rejection"
        lang = group.get("lang", "en")
        self.frames[(label, code)] += 1
        self.langs[(label, lang)] += 1
        folded = unicodedata.normalize("NFKD", f"{c['first']}.{c['surname']}".lower().replace("ł", "l").replace("ø", "o").replace("æ", "ae"))
        local = re.sub(r"[^a-z.]", "", folded)
        self.records.append({
            "id": "", "subject": subj, "body": body + "\n", "sender": sender, "label": label, "kind": kind,
            "family": f"{PREFIX}-{group['t']}-{variant}", "provenance": PROVENANCE,
            "to": f"{c['full']} <{local}@post.example>", "date": c["datehdr"],
        })


def build(maker: Maker | None = None) -> list[dict]:
    maker = maker or Maker(random.Random(SEED))
    for group in GROUPS:
        for copy in (0, 1):
            seat = maker.rng.randrange(10_000)
            for msg in group["msgs"]:
                maker.add(group, msg, copy, seat)
    records = maker.records
    maker.rng.shuffle(records)
    for n, rec in enumerate(records, 1):
        rec["id"] = f"w27:{n:03d}"
    bodies = Counter(rec["body"] for rec in records)
    if max(bodies.values()) > 1:
        raise SystemExit("two records share a body")
    return records


def langs(maker: Maker, records: list[dict]) -> int:
    """Print the make-up by label/kind, label/frame and label/language (no message text)."""
    for title, counts in (("label / kind", Counter((r["label"], r["kind"]) for r in records)), ("label / frame", maker.frames), ("label / language", maker.langs)):
        print(title)
        for (label, key), n in sorted(counts.items()):
            print(f"  {label:14s} {key:26s} {n}")
    lengths = sorted(len(r["body"]) for r in records)
    print(f"total {len(records)}; families {len({r['family'] for r in records})}; groups {len(GROUPS)}; bodies {lengths[0]}-{lengths[-1]} characters (median {lengths[len(lengths) // 2]})")
    return 0


def main(argv: list[str]) -> int:
    maker = Maker(random.Random(SEED))
    records = build(maker)
    return run(argv, OUT, records, lambda: langs(maker, records), skip=SEALED, top=None, labels=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
