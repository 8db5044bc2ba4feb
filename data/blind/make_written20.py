# ruff: noqa: E501, S311
"""Write data/blind/written-20.jsonl: training mail, eighth batch (breadth of kinds).

Seventeenth pass, part E. Held out by source, the model's recall on hand-written mail from a new
writer was 0.86-0.90: it carries to new *kinds* of rejection less well than we need. This batch
writes kinds and voices the earlier batches list thinly or not at all: rejections from many
sectors (trades, care, hospitality, retail, logistics, academia, public bodies, charities,
creative work, tech, finance, law, schools, police and reserves, apprenticeships, graduate
schemes, gig platforms, franchises, energy, aviation, ferries, vets, museums, clubs, farms,
labs, newsrooms), through many channels (invented ATS templates with their own footers, agency
recruiters, hiring managers on a phone, HR inboxes, portals, `RE: [EXT] Re:` thread replies with
quoted history), and in many ways of saying it. Beside them, hard negatives in the same shapes:
confirmations that talk about a refusal not yet made, interview invitations and reschedules,
next steps, offers, other job mail and non-job mail with refusal words. About eighty messages
are in other languages (more than twenty, several in non-Latin scripts).

Label rule: ``rejection`` only when the message tells the reader their application or candidacy
for a job, placement or apprenticeship will not go on (a post withdrawn or cancelled for them
counts).

    python data/blind/make_written20.py           # writes the file (seed 200201)
    python data/blind/make_written20.py --langs   # make-up by label/kind and label/language
    python data/blind/make_written20.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

SEED = 200201
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import shingles  # noqa: E402

OUT = HERE / "written-20.jsonl"
PROVENANCE = "written for rejectwatch issue 11 seventeenth pass as training mail, eighth batch, breadth of kinds (make_written20.py)"
SEALED = {"blind-slice-16.jsonl"}  # never opened, not even as shingles
PREFIX = "blindw20"

# ---------------------------------------------------------------------------------------------
# People, organisations and roles (all invented; domains are example-style)
# ---------------------------------------------------------------------------------------------

READERS = (
    ("Priya", "Raman"), ("Tomasz", "Achterberg"), ("Chloe", "Nwosu"), ("Marcus", "Lindgren"),
    ("Aisha", "Bello"), ("Ryan", "O'Keefe"), ("Hannah", "Szabo"), ("Daniel", "Okafor"),
    ("Sofia", "Castellano"), ("Jamie", "Whitlock"), ("Leila", "Haddad"), ("Owen", "Pryce"),
    ("Mei", "Tanaka"), ("Callum", "Reid"), ("Nadia", "Petrović"), ("Ethan", "Moyo"),
    ("Grace", "Fairweather"), ("Luis", "Ortega"), ("Bethan", "Rees"), ("Kwame", "Asante"),
    ("Freya", "Lund"), ("Imran", "Qureshi"), ("Zoe", "Kaminski"), ("Arjun", "Mehta"),
    ("Niamh", "Gallagher"), ("Theo", "Marchetti"), ("Ruth", "Abernethy"), ("Samir", "Khoury"),
)
SIGNERS = (
    "Rachel Dunmore", "Gareth Bowen", "Simone Achebe", "Phil Hargreaves", "Anita Kowal",
    "Declan Murray", "Yasmin Farooq", "Neil Pemberton", "Inês Carvalho", "Stuart Lomax",
    "Kirsty McAllister", "Dev Chaudhary", "Olu Adeyemi", "Helen Tregarthen", "Matt Sandoval",
    "Jo Whitfield", "Caroline Ashby-Nkemelu", "Rob Threlfall", "Padma Iyer", "Lewis Gaunt",
)
OTHERS = ("Sam", "Alex", "Jordan", "Morgan", "Robin", "Charlie", "Kit", "Eden")

# sector -> (organisations with domains, roles, signer titles)
SECTORS: dict[str, tuple[tuple[tuple[str, str], ...], tuple[str, ...], tuple[str, ...]]] = {
    "trades": ((("Harrowgate Electrical Ltd", "harrowgate-elec.example"), ("Pellow & Daughters Roofing", "pellowroofing.example"), ("Brookfold Heating Services", "brookfold-heating.example"), ("Ridley Build & Joinery", "ridleybuild.example")),
               ("Approved Electrician", "Apprentice Plumber", "Site Joiner", "Roofing Labourer"), ("Director", "Office Manager", "Contracts Manager")),
    "health": ((("Northmoor Community Health Trust", "northmoor-health.example"), ("Calderbank Dental Group", "calderbank-dental.example"), ("St Brannoc's Hospice", "stbrannoc-hospice.example")),
               ("Band 5 Staff Nurse", "Healthcare Assistant (nights)", "Physiotherapy Assistant", "Dental Nurse", "Ward Clerk"), ("Ward Manager", "Practice Manager", "Recruitment Team", "Matron")),
    "hospitality": ((("The Gannet Hotel", "gannethotel.example"), ("Ostro Kitchen Group", "ostrokitchens.example"), ("Fell & Fiddle Inn", "fellfiddle.example")),
                    ("Sous Chef", "Night Porter", "Front of House Supervisor", "Commis Chef", "Housekeeping Team Leader"), ("Head Chef", "General Manager", "Operations Manager")),
    "retail": ((("Penhallow Home Stores", "penhallow-home.example"), ("Lark & Ledger Books", "larkledger.example"), ("Tidemark Outdoor", "tidemark-outdoor.example")),
               ("Weekend Sales Assistant", "Visual Merchandiser", "Assistant Store Manager", "Bookseller", "Stockroom Colleague"), ("Store Manager", "Area Manager", "People Partner")),
    "logistics": ((("Quayline Freight", "quayline.example"), ("Swiftbay Parcels", "swiftbay-parcels.example"), ("Redgate Cold Storage", "redgate-cold.example")),
                  ("Warehouse Operative", "Class 2 Driver", "Transport Planner", "Forklift Operator"), ("Depot Manager", "Shift Manager", "Resourcing Consultant")),
    "academia": ((("University of Eastmarch", "eastmarch.ac.example"), ("Thornbury Institute for Soil Science", "thornbury-inst.example")),
                 ("Lecturer in Marine Ecology", "Research Associate", "PhD Studentship (sediment dynamics)", "Lab Technician"), ("Head of School", "Principal Investigator", "HR Adviser")),
    "public": ((("Wyndham Borough Council", "wyndham.gov.example"), ("Department for Coastal Affairs", "dca.gov.example"), ("Office of Regional Services", "ors.gov.example")),
               ("Planning Officer", "Revenues Assistant", "Policy Adviser (HEO)", "Program Analyst, GS-9"), ("Resourcing Team", "Human Resources", "Recruitment Lead")),
    "ngo": ((("Wellspring Relief", "wellspring-relief.example"), ("Open Shelves Literacy Trust", "openshelves.example"), ("Hedgerow Wildlife Alliance", "hedgerow-alliance.example")),
            ("Programme Officer", "Fundraising Coordinator", "Volunteer Manager", "Field Ecologist"), ("Director of Programmes", "Chief Executive", "HR Manager")),
    "creative": ((("Brindle Street Studios", "brindlestreet.example"), ("Halfmoon Theatre", "halfmoon-theatre.example"), ("Copperplate Press", "copperplate-press.example")),
                 ("Junior Animator", "Production Runner", "Assistant Stage Manager", "Editorial Assistant"), ("Producer", "Studio Manager", "Company Manager")),
    "tech": ((("Corvid Labs", "corvidlabs.example"), ("Tessellate Analytics", "tessellate.example"), ("Parcelwise Software", "parcelwise.example")),
             ("Backend Engineer (Go)", "Site Reliability Engineer", "Data Engineer", "Product Designer"), ("Engineering Manager", "Talent Partner", "CTO")),
    "finance": ((("Marlowe Kerr Bank", "marlowekerr.example"), ("Ashgrove Wealth", "ashgrovewealth.example"), ("Pennant Insurance", "pennant-ins.example")),
                ("Graduate Analyst", "KYC Analyst", "Paraplanner", "Claims Handler"), ("Early Careers Team", "Head of Operations", "Talent Acquisition")),
    "law": ((("Fennimore Coates LLP", "fennimorecoates.example"), ("Crane Street Chambers", "cranestreet-chambers.example")),
            ("Trainee Solicitor (2028)", "Paralegal (Property)", "Pupillage", "Legal Secretary"), ("Graduate Recruitment", "Senior Clerk", "Partner")),
    "education": ((("St Aldric's Academy", "staldrics.sch.example"), ("Meadowgate Primary School", "meadowgate.sch.example")),
                  ("Teacher of Chemistry", "Teaching Assistant", "Exams Officer", "SENCO"), ("Headteacher", "Business Manager", "Clerk to Governors")),
    "uniformed": ((("Northvale Police", "northvale.police.example"), ("Army Reserve Medical Regiment", "reserve-careers.example"), ("Fernshire Fire & Rescue", "fernshire-fire.example")),
                  ("Police Constable", "PCSO", "Reservist Combat Medic", "On-call Firefighter"), ("Recruitment Team", "Candidate Support", "Resourcing Officer")),
    "apprentice": ((("Kestrel Aerostructures", "kestrel-aero.example"), ("Mossley Water", "mossley-water.example")),
                   ("Engineering Apprentice (Level 3)", "Digital Apprentice", "Electrical Maintenance Apprentice"), ("Early Careers", "Apprenticeship Coordinator")),
    "graduate": ((("Harbourline Consulting", "harbourline.example"), ("Greyfriars Energy", "greyfriars-energy.example")),
                 ("Graduate Consultant", "Graduate Engineer", "Summer Internship"), ("Graduate Recruitment", "Campus Team")),
    "gig": ((("Dashbound", "dashbound.example"), ("Taskwise", "taskwise.example"), ("Ridealong", "ridealong.example")),
            ("Delivery Partner", "Tasker", "Driver Partner"), ("Partner Support", "Onboarding Team")),
    "franchise": ((("Bramble Coffee (Market Street)", "bramblecoffee.example"), ("FitForge Gym Haverleigh", "fitforge.example"), ("Scoops & Co franchise", "scoopsco.example")),
                  ("Barista", "Shift Lead", "Personal Trainer", "Counter Assistant"), ("Franchise Owner", "Store Manager", "Gym Manager")),
    "other": ((("Solwind Renewables", "solwind.example"), ("Skylark Regional Airways", "skylark-air.example"), ("Northsound Ferries", "northsound-ferries.example"), ("Hollybush Veterinary Centre", "hollybush-vets.example"), ("Greystone Museum", "greystone-museum.example"), ("Ashford Rovers FC", "ashfordrovers.example"), ("Tamar Valley Growers", "tamarvalley.example"), ("Calvera Pharma", "calvera.example"), ("The Coastal Chronicle", "coastalchronicle.example"), ("Ivybridge Care Homes", "ivybridge-care.example")),
              ("Wind Turbine Technician", "Cabin Crew", "Deckhand", "Registered Veterinary Nurse", "Visitor Experience Assistant", "Academy Coach (U12)", "Seasonal Picker", "QC Analyst", "Trainee Reporter", "Care Assistant"), ("Hiring Manager", "HR Team", "Recruitment")),
}

# ---------------------------------------------------------------------------------------------
# English content. Frame codes: n note, t Outlook thread, g Gmail thread, a ATS template,
# r agency recruiter, p phone, l formal letter, s portal status, f long footer, o one-liner,
# b decision after process paragraphs, k feedback bullets, w warm paragraph first.
# In the "other" sector a sentence names its organisation by index with "@k".
# ---------------------------------------------------------------------------------------------

REJ: list[tuple[str, str, str]] = [
    # trades
    ("trades@2/1", "Dave's taking on the young lad who did his college placement with us, so the apprentice spot is gone I'm afraid.", "po"),
    ("trades@0/0", "We went with an electrician who already holds the EV charger ticket, as most of next year's work is charger installs.", "ntgwk"),
    ("trades@0/0", "After the practical on Saturday we won't be taking your application any further. The consumer unit task wasn't finished in the time allowed.", "nlk"),
    ("trades@1/3", "The roofing crew is full for the season now; the last place went to a lad from our old site team.", "pno"),
    ("trades@3/2", "Got someone sorted for the joinery now mate, cheers for popping out to site though.", "po"),
    # healthcare
    ("health@0/0", "The interview panel for the post on Ward 7 has appointed another candidate.", "alsf"),
    ("health@0/0", "Your application hasn't been shortlisted: the post asks for current NMC registration and we couldn't find a PIN on your form.", "als"),
    ("health@0/1", "Occupational health clearance didn't come back before the cohort start date, so we have had to withdraw the conditional offer for the nights post.", "lnt"),
    ("health@1/3", "Having seen everyone for second interviews, the practice has offered the dental nurse job to someone who can cover the Saturday clinic.", "ntgw"),
    ("health@0/2", "Your application for the physiotherapy assistant vacancy won't be progressing to interview.", "asf"),
    ("health@2/4", "The hospice board agreed on Monday that the ward clerk post will be covered by redeployment, so the external advert is closed and we won't be interviewing.", "lb"),
    # hospitality
    ("hospitality@1/0", "Chef liked your trial but he's gone with someone who's run a pass before, so the sous role's not yours this time.", "pntg"),
    ("hospitality@0/1", "The night porter vacancy has gone to one of our own reception team.", "nao"),
    ("hospitality@1/3", "Cheers for putting in the trial on Friday. We won't be offering you the commis position; the pace of a full Saturday service was a step too far for now.", "nkp"),
    ("hospitality@0/2", "The supervisor job has gone to someone we'd worked with at our sister hotel in Keswick.", "ntw"),
    ("hospitality@0/4", "Housekeeping is fully staffed after Easter, so we're letting the remaining applicants go with our thanks.", "ao"),
    # retail
    ("retail@0/0", "All our weekend hours for the Christmas period are now allocated, so we can't give you a contract this time round.", "anf"),
    ("retail@0/2", "The assistant store manager post was offered to one of our existing supervisors, who has accepted.", "ntga"),
    ("retail@1/3", "We're not taking your bookseller application any further.", "aso"),
    ("retail@0/1", "Following the group assessment, you've not been picked for the store interview.", "akf"),
    ("retail@2/4", "The area team has decided to hire for this store from the redeployment list first, which means external applications for the stockroom vacancy have been closed.", "lb"),
    # logistics
    ("logistics@0/1", "The client has picked another driver for the Class 2 contract; they wanted someone with ADR.", "rp"),
    ("logistics@2/3", "You didn't reach the pass mark on the forklift induction assessment, so we can't put you forward for warehouse shifts.", "rnk"),
    ("logistics@0/2", "Your application has been closed because the depot cancelled the transport planner requisition.", "as"),
    ("logistics@1/0", "We're going ahead with people who live twenty minutes or less from the hub, given the 4am starts.", "nr"),
    ("logistics@2/0", "The night shift at Redgate has been filled and the agency has stood down the other applicants, yourself included.", "rp"),
    # academia
    ("academia@0/0", "The search committee has finished its work and an appointment has been made to the lectureship.", "lfb"),
    ("academia@0/2", "I'm afraid the studentship went to an applicant whose MSc project was nearer to the sediment modelling we had in mind.", "ntg"),
    ("academia@1/1", "The council did not renew the funding behind the research associate post, and the post has therefore been withdrawn.", "lnb"),
    ("academia@0/0", "The committee has not included you among those asked to give a research talk on campus.", "ls"),
    ("academia@1/3", "We've offered the technician post to the person who covered the maternity leave last year; she knows the instruments already.", "ntw"),
    # public sector
    ("public", "The selection panel met on {pastday}; you have not been chosen for the post.", "ls"),
    ("public@1/2", "Your sift score for this role was below the minimum needed to progress to interview.", "sla"),
    ("public@2/3", "You were rated Qualified, but only the top-scoring candidates were referred to the selecting official, and your score was not among them.", "sl"),
    ("public@0/1", "After the budget review the council chose to leave the vacancy unfilled, and recruitment has now closed.", "lb"),
    ("public", "Our records show your application was incomplete at the closing date, so it could not be assessed against the criteria.", "las"),
    ("public@1/2", "You were found ineligible because the post needs security clearance, which calls for five years' residence that your form does not show.", "l"),
    ("public@2/3", "The hiring office has cancelled the vacancy announcement. Nobody will be selected from it, and your application goes no further.", "sl"),
    # NGOs
    ("ngo@0/0", "We decided to recruit the programme officer from within the country office, so we won't be taking international applications further.", "ntgl"),
    ("ngo@1/1", "The trustees confirmed the appointment of our new fundraising coordinator last night.", "twn"),
    ("ngo", "The grant that would have paid for this post fell through, so the role has been pulled and every application closed.", "nb"),
    ("ngo@2/3", "We have chosen a field ecologist who has worked on the upland survey before. You obviously took real care over your form, and we noticed.", "nw"),
    # creative
    ("creative@0/0", "The studio's brought in a junior animator from the summer placement scheme instead.", "tpg"),
    ("creative@0/0", "We loved the reel, but the director wanted someone whose style leans more towards 2D, so we've gone another way on this one.", "twn"),
    ("creative@0/1", "The production has been shelved, so the runner jobs are no longer happening and we're letting everyone know.", "np"),
    ("creative", "We had nearly four hundred applications for this post and have now made our choice; it isn't you this time.", "bn"),
    ("creative@2/3", "Our editorial board decided to offer the assistant post to a candidate with rights and permissions experience.", "ntf"),
    # tech
    ("tech@0/1", "The team is moving ahead with another candidate whose Kubernetes experience runs deeper.", "tga"),
    ("tech@0/0", "Your take-home was tidy, but our reviewers judged the error handling and test coverage short of what this level needs, so we're closing out your application.", "nkt"),
    ("tech@1/1", "We've made the hire for the SRE role.", "op"),
    ("tech@1/2", "After the system design round the panel recommended stopping here.", "tkr"),
    ("tech", "This role has been deprioritised for next quarter and we've closed the req.", "nat"),
    ("tech", "Your profile isn't a fit for this position at this time.", "asf"),
    ("tech@2/3", "Designers from two earlier rounds are still on our list and we'll be hiring from that group, so I'm closing your application with thanks.", "ng"),
    # finance
    ("finance@0/0", "Your online numerical test score was under our threshold, so your graduate application won't move on to the video interview.", "asf"),
    ("finance@0/1", "Our process for the KYC analyst role is over and someone else has been offered the position.", "an"),
    ("finance@1/2", "Ashgrove has decided to appoint from its existing administration team.", "tn"),
    ("finance", "Your application has been reviewed; it will not be taken forward from here.", "aso"),
    ("finance@2/3", "The claims handler intake has been cut from twelve to four and the four places have gone to people already on our temp bank.", "nb"),
    # law
    ("law@0/0", "I'm sorry to say the firm has decided against offering you a 2028 training contract.", "lf"),
    ("law@1/2", "Chambers has decided not to call you back for a second-round pupillage interview this year.", "l"),
    ("law@0/1", "The property team has appointed a paralegal with experience of our conveyancing system.", "ntg"),
    ("law@0/1", "After the written exercise, the partners asked me to tell you that your application won't be going to interview.", "nk"),
    # education
    ("education@0/0", "The governors appointed to the chemistry post after Tuesday's interviews.", "ntl"),
    ("education@0/0", "After your observed lesson the panel chose not to take you on to the formal interview.", "nk"),
    ("education@1/1", "The teaching assistant hours have been folded into an existing contract, so the advert is withdrawn.", "nb"),
    ("education@0/2", "We've appointed an exams officer who has done the job at another school; thank you for coming in.", "tw"),
    # uniformed
    ("uniformed@0/0", "Your fitness test result fell short of the standard, so your application has been taken out of this intake.", "lsa"),
    ("uniformed@0/1", "Following vetting checks your application cannot continue.", "ls"),
    ("uniformed@1/2", "The medical board assessed you as not fit for reserve service at present, so your application has closed.", "la"),
    ("uniformed@2/3", "The on-call station at Brackley needs crew who live within five minutes of it, and your address is outside that, so we can't take you further.", "nl"),
    # apprenticeships
    ("apprentice@0/0", "The apprenticeship places for the September cohort were all filled after the assessment centre.", "af"),
    ("apprentice@0/0", "Your aptitude test results were below the level needed for the engineering apprenticeship.", "asl"),
    ("apprentice@1/1", "Our partner college has capped the digital cohort at ten, and the ten places have been given; your application will be closed on our system.", "nb"),
    # graduate schemes
    ("graduate@0/0", "You've come to the end of the road with us for this year's intake: the case-study interview didn't go your way.", "nk"),
    ("graduate", "We're unable to progress your application to the final assessment centre.", "asf"),
    ("graduate@1/2", "Our summer internship class is full and we have closed all remaining applications, including yours.", "af"),
    # gig platforms
    ("gig@0/0", "Your courier application to Dashbound has been declined, as your background check came back with a result outside our criteria.", "as"),
    ("gig@1/1", "We can't activate a tasker account for your area just now, and your sign-up has been closed.", "a"),
    ("gig@2/2", "Thanks for wanting to drive with Ridealong. Your partner application is not going ahead at the moment.", "ao"),
    # franchise
    ("franchise@0/1", "The owner at Market Street has hired someone for the shift lead job.", "pon"),
    ("franchise@0/0", "We've filled our barista vacancies for now, so I'm closing the advert and your application with it.", "ap"),
    ("franchise@1/2", "FitForge has decided to offer the PT contract to a coach who already holds a Level 4 qualification.", "nt"),
    # other sectors (organisation index after @)
    ("other@0", "Regrettably you did not pass the working-at-height medical, which the technician role requires.", "lk"),
    ("other@1", "After the assessment day your cabin crew application stops here.", "af"),
    ("other@2", "We have chosen a deckhand whose STCW certificates are already in date.", "np"),
    ("other@3", "The practice has decided to go with an RVN who can start before Christmas.", "tw"),
    ("other@4", "Recruitment for visitor experience assistants at the museum is complete, and your application was unsuccessful.", "af"),
    ("other@5", "The academy job has gone to one of our former youth players, who holds his UEFA B licence.", "np"),
    ("other@6", "We've taken on all the pickers we need this season, so your application is closed.", "po"),
    ("other@7", "Your QC analyst application did not get past technical review.", "as"),
    ("other@8", "The editor has offered the traineeship to someone who's been freelancing for us for a year.", "tg"),
    ("other@9", "The care assistant position won't be offered to you on this occasion.", "an"),
    # thread replies: someone else chosen, no negation
    ("tech", "I'd prefer you hear this from me directly: {other} was offered the position and has said yes.", "tg"),
    ("ngo", "We're going with someone who has already run a team of this size.", "tg"),
    ("creative", "Honestly it came down to two of you, and we went the other way.", "tgp"),
    ("finance", "In the end {hm} chose to bring in someone who has worked with the team before.", "tg"),
    ("retail", "An internal transfer has taken the role.", "tgo"),
    # hedged
    ("ngo", "Other applicants matched what we need this year a bit more closely.", "nw"),
    ("tech", "We've reshaped the role since the advert went out, towards much more data work, and hired with that shape in mind.", "ntw"),
    ("ngo", "We're going to pursue candidates with more hands-on experience of major donors.", "na"),
    ("academia", "The committee felt other candidates' research agendas sat more squarely within the department's plans.", "lw"),
    # ATS statuses
    ("tech", "This position has been closed to your application; you are out of consideration for it.", "as"),
    ("finance", "Status: Not selected. This requisition is now closed for you.", "s"),
    ("retail", "The hiring team has looked at your application and chosen to stop there.", "as"),
    ("logistics", "Application closed - candidate not progressed.", "so"),
    # with another role offered
    ("retail", "An internal candidate got the store manager role, but I'd love to nominate you for the deputy manager opening at our Riverside branch if you're up for it.", "nrt"),
    ("academia", "We've appointed to the senior post, though the panel asked me whether you'd think about the research assistant post we're advertising next month.", "nl"),
    ("tech@0/1", "You're not going forward for the SRE role, but the platform team has a mid-level opening I think suits you better; shall I pass your CV across?", "rt"),
    # with feedback
    ("health", "We won't be taking your application further; below are the panel's notes, which we hope will help.", "k"),
    ("tech", "The hiring committee has said no. Their comments are summarised below so your time wasn't for nothing.", "k"),
    # one-liners
    ("tech", "Sorry {first}, we've gone with someone else.", "op"),
    ("hospitality", "No luck this time I'm afraid, we've filled it.", "op"),
    ("public", "Outcome for reference {ref}: unsuccessful.", "os"),
]

# Negatives: (kind, sector, text, frames)
NEG: list[tuple[str, str, str, str]] = [
    # confirmations that talk about a refusal not yet made
    ("application_received", "public", "Three weeks after the closing date, silence from us means we aren't taking things further, but every application gets read.", "alf"),
    ("application_received", "health", "Should your application be unsuccessful, we would hold on to your details for six months unless you tell us otherwise.", "alf"),
    ("application_received", "tech", "We'll contact you only if your background suits what the team has in mind.", "an"),
    ("application_received", "academia", "Unfortunately shortlisting has been delayed by a week because half the panel is at a conference; you'll hear from us by {day} either way.", "nla"),
    ("application_received", "ngo", "So many people applied that we regret individual feedback isn't possible at this point. Shortlisting wraps up on {day}.", "af"),
    ("application_received", "finance", "Would you like to join our talent pool? If this role isn't the one, we'd still like to be able to get in touch.", "af"),
    ("application_received", "creative", "Your application has reached us. Whatever happens, a real person will write to you, not a robot.", "an"),
    ("application_received", "education", "We can only write to the people we shortlist; if the month ends without news, please try us again another time.", "al"),
    ("application_received", "retail", "Not every application leads to a trial shift, but every one gets a reply from the store within ten days.", "ap"),
    ("application_received", "law@0/0", "Should we decide against progressing it, an email will tell you so, and you can then go straight for our vacation scheme.", "af"),
    ("application_received", "uniformed", "Unsuccessful candidates will be notified after the sift panel meets on {day}.", "als"),
    ("application_received", "gig", "Your sign-up is being checked. If anything in the background check stops us activating you, we'll explain why.", "as"),
    ("application_received", "logistics", "Your CV's with the client now. If they pass, I'll ring you rather than leave you hanging.", "rp"),
    ("application_received", "apprentice", "Thanks for applying. We read every form by hand; not everyone reaches the aptitude stage, and we'll tell you either way by {day}.", "af"),
    ("application_received", "hospitality@1/3", "Got your CV, thanks! Chef's away till Tuesday. If it's a no he usually says so himself, so don't worry if it's quiet for a few days.", "pn"),
    ("application_received", "graduate", "We look at applications as they arrive. Anyone not picked for the online tests gets an email saying so, and is then free to try a different programme.", "as"),
    ("application_received", "franchise@2/3", "Thanks for applying to Scoops & Co. The owner is reading applications this week; if we can't offer you anything, we'll message you rather than go silent.", "ap"),
    ("application_received", "other@1", "Your cabin crew application has been received. Unfortunately the assessment days for May are already full, so we'll look at invitations for June.", "af"),
    # interviews and reschedules
    ("interview", "tech", "Unfortunately {hm} has had to shift your interview. Would Thursday at 2pm work instead?", "tgn"),
    ("interview", "public", "Please come to a panel interview on {day}. The panel will ask you to talk for ten minutes on a topic we'll send the day before.", "las"),
    ("interview", "ngo", "You're one of four people we'd like to meet for the final round.", "btgw"),
    ("interview", "academia", "Sorry for the short notice: the room we booked isn't available after all, so we'll meet in the café on the ground floor instead.", "tgp"),
    ("interview", "hospitality@1/3", "The trial shift is this Saturday from 10 till 4. Black trousers and non-slip shoes please.", "pn"),
    ("interview", "health@0/1", "We couldn't reach you by phone, so I'm writing instead: can you come in for a chat about the nights post on {day}?", "np"),
    ("interview", "graduate", "Your assessment centre place is confirmed for {day}. Please bring photo ID and arrive by 8:45.", "asf"),
    ("interview", "creative", "Sadly the video link failed on our side this morning. I'm sorry about that. Could we try again tomorrow at the same time?", "tg"),
    ("interview", "trades@0/0", "Can you come to the site on Monday for a practical? Nothing fancy, just want to see you wire a board.", "p"),
    ("interview", "uniformed@0/0", "You have passed the online assessment and are invited to the fitness test on {day}.", "ls"),
    ("interview", "law@0/1", "We regret the change of date. Your interview with the partners will now take place on {day} at 11:00.", "lt"),
    ("interview", "retail", "We didn't get through everyone last week, so we'd like to see you at the next group assessment on {day}.", "an"),
    # next steps with deadlines
    ("next_steps", "finance@0/0", "The online numerical test must be completed by 23:59 on {day}. Applications without a finished test can't go forward.", "asf"),
    ("next_steps", "education", "We need two references before we can confirm anything, so please send your referees' details by Friday.", "nl"),
    ("next_steps", "logistics", "Your right-to-work documents need uploading within five working days of this email.", "as"),
    ("next_steps", "health", "Your DBS application link is below; it has to be completed before the start date we discussed.", "al"),
    ("next_steps", "tech@0/0", "The take-home brief is attached. We'll need it back by {day} at noon.", "tgn"),
    ("next_steps", "graduate", "Please record three short video answers by {day}; the link closes after that date and can't be reopened.", "asf"),
    ("next_steps", "gig@2/2", "Almost there: book your vehicle check within 14 days, or your sign-up will lapse and you'll need to start again.", "a"),
    ("next_steps", "academia@0/0", "Before the final interview we'd like a two-page teaching statement by {day}. Please don't let this slip; the panel reads them in advance.", "knl"),
    ("next_steps", "uniformed@0/0", "Your vetting forms must be returned by {day}. If they reach us late, the application will pause until the next intake.", "ls"),
    # offers
    ("offer", "ngo", "Delighted to say the post is yours, and the trustees are thrilled.", "nwt"),
    ("offer", "tech", "Unfortunately the salary you named is beyond our band, but we can go £1,500 above our first figure and add a day's leave. The offer stands and it's yours.", "tgn"),
    ("offer", "creative", "It was close, and the other finalist was superb, but the panel picked you.", "btgw"),
    ("offer", "apprentice@0/0", "Congratulations: you have a place on the September apprenticeship cohort.", "al"),
    ("offer", "franchise", "Job's yours mate. Can you start Monday?", "po"),
    ("offer", "health", "I'm pleased to offer you the post, once the standard pre-employment checks are done. Unfortunately the start date can't move, as the induction is fixed.", "ln"),
    ("offer", "other@6", "You're on the picking crew from June. Caravans are on the farm.", "pa"),
    # other job mail
    ("other_job", "public", "Your application is still under review. We expect to finish shortlisting next week.", "sa"),
    ("other_job", "retail", "Done: your application is withdrawn, as you requested. Congratulations on the new job.", "an"),
    ("other_job", "tech", "Hiring for this role is frozen until finance approve the budget. You stay in the process and don't have to do a thing.", "at"),
    ("other_job", "academia", "Still no decision, sorry. It's dragging, and thank you for hanging in there.", "tg"),
    ("other_job", "logistics", "Reminder: your application is still a draft and won't be submitted unless you finish it by {day}.", "as"),
    ("other_job", "law", "We've moved the closing date back to {day}. You don't need to resubmit; your application remains with us.", "al"),
    ("other_job", "education", "The interviews have been postponed after a staff illness. Your place on the shortlist is unaffected.", "bntl"),
    ("other_job", "finance", "We'd like your feedback on our application process. The survey goes to every candidate, whatever stage they're at.", "af"),
    ("interview", "logistics", "Good news: the client wants to meet you on {day} at the depot. I'll send the address tonight.", "rp"),
    ("offer", "tech", "The client has come back with an offer, and it's above the figure we talked about. Ring me when you're free?", "rp"),
    ("other_job", "finance", "The client has put the role on hold for a fortnight while they restructure; you're still the candidate they want to see first.", "rn"),
    ("other_job", "health", "This vacancy has been re-advertised to widen the field. Existing applicants, including you, remain in the process.", "ls"),
]

# Job alerts, outreach and non-job mail: whole messages (kind, frame, sender org, domain, subject, body)
WHOLE_NEG: list[tuple[str, str, str, str, str, str]] = [
    ("job_alert", "f", "Jobfinch", "jobfinch.example", "7 new jobs for \"nurse\" near Northmoor",
     "Hi {first},\n\nFresh this week, matching what you saved:\n\n- Staff Nurse, Surgical Admissions - Northmoor - closes in 5 days\n- Practice Nurse - Calderbank - new\n- Night Sister - St Brannoc's Hospice - 2 applicants so far\n\nNot the right roles? Unfortunately we can only match on the keywords you gave us, so try widening your search."),
    ("job_alert", "a", "Tidemark Outdoor", "tidemark-outdoor.example", "The job you saved has closed",
     "Hello {first},\n\nThe Stockroom Colleague job you saved has now closed to new applicants. Here are three similar openings nearby:\n\n- Weekend Sales Assistant (Truro)\n- Delivery Driver (Bodmin)\n- Cashier (Truro)\n\nYou haven't applied for the closed job, so there's nothing further to do."),
    ("job_alert", "f", "Quillboard Jobs", "quillboard.example", "Feeling knocked back? 12 fresh roles this week",
     "Hi {first},\n\nRejections sting. Don't let one no stop the search: employers in your area posted 12 new jobs this week.\n\nTop picks for you:\n- Transport Planner, Quayline Freight\n- Warehouse Team Leader, Redgate Cold Storage\n\nGood luck out there."),
    ("recruiter_outreach", "r", "Kilnworth Recruitment", "kilnworth.example", "Quick one - Finance Analyst, hybrid",
     "Hi {first},\n\nYour profile came up for a finance analyst role I'm working on with a housing association: hybrid, two days in, good pension. If the timing's off, no bother, tell me and I'll leave you be.\n\nThanks,\n{signer}"),
    ("recruiter_outreach", "p", "Fennick Talent", "fennick-talent.example", "Open to a chat?",
     "hey {first}, saw you'd been looking at SRE roles. not sure if you've already landed something but I've got two that aren't advertised. worth 10 mins?\n\n{signer}"),
    ("other_job", "a", "Corvid Labs", "corvidlabs.example", "Your account with Corvid Labs careers",
     "Hi {first},\n\nYour candidate account is set up. No applications on it yet; when you do, the status of each application shows on your dashboard.\n\nCorvid Labs Talent"),
    # non-job mail with refusal words
    ("non_job_rejection_words", "a", "Harbourside Lending", "harbourside-lending.example", "Your personal loan application",
     "Dear {first},\n\nYou asked to borrow £6,000 with us. We're sorry, we can't lend to you on this occasion. Part of what we looked at came from a credit reference agency; ask us and we'll tell you which.\n\nHarbourside Lending"),
    ("non_job_rejection_words", "n", "Cable Street Lettings", "cablestreet-lettings.example", "Flat 3, 41 Cable Street",
     "Hi {first},\n\nThanks for viewing on Saturday. The landlord has gone with another household for the flat, so we won't be taking your referencing forward. We've two more one-beds coming up next month; shall I send details?\n\n{signer}"),
    ("non_job_rejection_words", "l", "Fernshire Arts Council", "fernshire-arts.example", "Small Arts Fund: outcome",
     "Dear {first} {last},\n\nYour application to the Small Arts Fund (round 3) was not successful this time. We received 184 applications and could fund 22. The panel's comments are attached. You may apply again in the next round."),
    ("non_job_rejection_words", "n", "Journal of Coastal Geomorphology", "jcg-journal.example", "Decision on manuscript JCG-2026-0417",
     "Dear Dr {last},\n\nHaving seen the peer reviews, I regret that the journal will not publish your manuscript. The reviewers' reports are below; both found the sampling design too limited for the claims.\n\nHandling editor"),
    ("non_job_rejection_words", "p", "GitHub notifications", "notifications.example", "Re: [parcelwise/route-engine] Add retry backoff (#812)",
     "Closing this one. We're going a different route for the retry logic (see #790), but thanks for the effort and the tests.\n\n--\nReply to this email or view it on the web."),
    ("non_job_rejection_words", "n", "Eastmarch Chamber Choir", "eastmarch-choir.example", "Audition result",
     "Dear {first},\n\nThank you for auditioning last week. The choir has filled its tenor places for this season, so we can't offer you a place right now. Please come and sing for us again in September.\n\n{signer}, Music Director"),
    ("non_job_rejection_words", "a", "DevHarbour Conference", "devharbour.example", "Your talk proposal",
     "Hi {first},\n\nThanks for submitting \"Boring Go, happy on-call\". There were 410 proposals for 36 slots and, unfortunately, yours didn't make this year's line-up. Early-bird tickets are still open to speakers who applied."),
    ("non_job_rejection_words", "a", "Nettlebank Bank", "nettlebank.example", "Payment declined",
     "A £62.40 payment on your card ending 4417 was declined at GREENFIELD FUEL. If this was you, please check your available balance. If it wasn't, call us now."),
    ("non_job_rejection_words", "l", "Wyndham Borough Council", "wyndham.gov.example", "Planning application WB/26/0931 - decision",
     "Dear {first} {last},\n\nPermission for the rear dormer extension is refused. The grounds are in the decision notice attached. An appeal may be lodged within twelve weeks."),
    ("non_job_rejection_words", "n", "Haverleigh Half Marathon", "haverleigh-half.example", "Ballot result",
     "Hi {first},\n\nSorry, your name didn't come out of the ballot this year. We had 14,000 entries for 6,000 places. Your entry fee has not been taken. You can still run for a charity partner."),
    ("non_job_rejection_words", "l", "Meadowgate Primary School", "meadowgate.sch.example", "School place - Reception 2027",
     "Dear {first} {last},\n\nMeadowgate Primary is oversubscribed for September 2027 and we cannot give your child a place. Your child is sixth on the waiting list."),
    ("non_job_rejection_words", "n", "Riverside Allotment Society", "riverside-allotments.example", "Allotment waiting list",
     "Hi {first},\n\nNo plot free yet I'm afraid. You're now fourth on the list. We'll be in touch when someone gives theirs up.\n\n{signer}"),
    ("non_job_rejection_words", "a", "Brightway Insurance", "brightway-ins.example", "Your claim CLM-448201",
     "Dear {first},\n\nWe've looked at your travel insurance claim and, unfortunately, it isn't payable, as the cancellation reason isn't covered by your policy. Think we've got it wrong? Ask for a second look within 8 weeks."),
    ("non_job_rejection_words", "n", "Ashford Rovers FC", "ashfordrovers.example", "U14 trials",
     "Hi {first},\n\nThanks for bringing Leo to trials. We won't be offering him a place in the U14 squad this year, but he's welcome at our development sessions on Wednesdays.\n\n{signer}"),
    ("non_job_rejection_words", "n", "Thornfield Literary Agency", "thornfield-lit.example", "Re: Query - THE SALT ROADS",
     "Dear {first},\n\nThank you for sending your novel. I read the opening chapters with interest but I'm afraid I don't feel strongly enough about it to take it on. Another agent may well feel differently.\n\n{signer}"),
    ("non_job_rejection_words", "a", "Halcyon Rentals", "halcyon-rentals.example", "Tenancy referencing outcome",
     "Hello {first},\n\nThe referencing for 12 Orchard Mews came back as Declined because the income ratio is below the landlord's requirement. You could reapply with a guarantor."),
    ("non_job_rejection_words", "n", "Eastmarch Graduate School", "eastmarch.ac.example", "Scholarship decision",
     "Dear {first},\n\nI'm writing about the Coastal Futures scholarship. The committee has chosen other recipients this year. This doesn't touch your MSc offer, which stands.\n\n{signer}"),
    ("non_job_rejection_words", "p", "Evie (neighbour)", "mailbox.example", "Re: Saturday",
     "can't make it sorry! turned down the party invite too, just knackered. next week?"),
    ("non_job_rejection_words", "a", "Kiln Market Traders", "kilnmarket.example", "Stall application - Christmas market",
     "Hi {first},\n\nThanks for applying for a pitch. We had more craft stalls than spaces this year, so we can't offer you one. You're first on the reserve list if a trader drops out."),
    ("non_job_rejection_words", "a", "Sellwise", "sellwise.example", "Your listing was not approved",
     "Hi {first},\n\nYour listing \"Vintage Bosch drill, boxed\" couldn't be approved because the photos look like they were taken from another listing. Please upload your own photos and resubmit."),
]

# Shared pools (both labels draw from them)
OPENINGS = (  # any stage
    "Your {role} application came through to us safely.",
    "Hope your week has been a decent one so far.",
    "We were glad to see your name come through for {role} at {company}.",
    "Thanks for getting your form to us ahead of the closing date.",
)
LATER = (  # after a meeting or a wait: not for a fresh confirmation
    "Thanks for giving up part of your {pastday} to talk with us.",
    "Thanks for making the trip in to see us.",
    "Thank you for waiting while we got through the pile of applications.",
    "It was a pleasure to talk things through with you last week.",
)
WARMS = (
    "I wanted to write this myself rather than let the system send something. You came across as thoughtful and well prepared, and the panel talked about your answers for a good while after you left.",
    "Before anything else: thank you. Travelling in on a wet Tuesday for an hour with us is a real commitment, and it showed in how carefully you'd read up on what we do.",
    "Every conversation we've had since you first applied has been a pleasure, and I know {hm} felt the same after your session together.",
    "You were a pleasure to meet, and the questions you asked at the end were better than most of ours.",
)
PROCESS = (
    "We had {n} applications for this post, well over double what we expected. Every one was read by two of us against the published criteria, and we then met to compare our scores.",
    "Shortlisting took longer than planned because two members of the panel were away, and I'm sorry the wait has been so long.",
    "This year we changed the way we select: a short written task first, then a conversation with the team, then a meeting with {hm}.",
    "The panel met again on {pastday} to go through the notes from every stage, including the references we'd already taken up.",
)
AFTERS = {
    "rejection": ("Feedback is on offer for a fortnight after this note: answer it and I'll book ten minutes with you.", "Your CV now sits in our six-month pool; if a comparable opening crops up you'll be among the first we ring, and a one-line note from you takes it out.",
                  "Wishing you well with the next chapter.", "Our vacancies page gets new posts most years, so it's worth a look now and then.", ""),
    "application_received": ("Your CV now sits in our six-month pool; if a comparable opening crops up you'll be among the first we ring, and a one-line note from you takes it out.", "Our vacancies page gets new posts most years, so it's worth a look now and then.",
                             "Until then, questions can come straight back to this address.", ""),
    "interview": ("Questions? Hit reply and it comes to me.", "If anything about the format needs adapting for you, let us know.", ""),
    "next_steps": ("Questions? Hit reply and it comes to me.", "If anything about the process needs adapting for you, let us know.", ""),
    "offer": ("The whole team can't wait to have you with us.", "Questions? Hit reply and it comes to me.", ""),
    "other_job": ("Questions? Hit reply and it comes to me.", "Thanks for hanging on while we sorted this.", ""),
}
BULLETS = (
    "- Your answer on juggling competing deadlines was the strongest of the day.",
    "- We'd have liked more detail on budgets you've managed yourself.",
    "- Some examples ran long; shorter answers with a clear result would land better.",
    "- The presentation was clear, though the slides were dense for ten minutes.",
    "- You were honest about the gaps in your experience, which the panel respected.",
    "- The technical questions were fine; the situational ones felt rehearsed.",
)
CLOSES = ("Kind regards,", "Best wishes,", "All the best,", "Regards,", "Thanks,", "Warm regards,", "Cheers,")
CHASES = (
    "Hi {sfirst},\n\nMeeting the team on {weekday} was the high point of my week. Is there a rough idea yet of when a decision will be made?\n\nBest,\n{first}",
    "Hello {sfirst}, hope things are calm your end. You mentioned a fortnight or so, and it's been about that, so I thought I'd ask how the {role} search is going. Thanks, {first}",
    "Hi {sfirst},\n\nApologies for the nudge. Has the panel reached a view? Another firm has moved me to its last stage and I'd like to be straight with both of you.\n\nMany thanks,\n{first}",
    "Dear {sfirst},\n\nBoth referees' details are attached, as requested. Shout if the panel wants anything more from me.\n\nKind regards,\n{first} {last}",
)
INVITES = (
    "Hi {first},\n\nLovely to meet you this morning. Expect word from us about the next stage within roughly a week.\n\n{signer}",
    "Dear {first},\n\nThank you for today. {hm} and I are going to sit down with our notes and then come back to you.\n\nBest,\n{signer}",
)
PITCHES = (
    "Separately, a brief has just landed for a {other_role} with a client nearer you, permanent, hybrid. Would you like me to send it over?",
    "There's some better news too: two other roles on my desk suit your background more closely. Free for ten minutes on Thursday?",
    "Don't be put off by this one. A similar post came in from another client this week and I'd happily send your CV over if you agree.",
)
MOBILE = ("Sent from my iPhone", "Get Outlook for Android", "sent from my phone, excuse brevity", "Sent from my Galaxy", "-- typed on a phone, sorry for typos")
ATS = (
    ("Quillhire", "Sent through Quillhire on behalf of {company}. Mail sent back to this address goes unread.\nYour data: https://{slug}.quillhire.example/privacy | Unsubscribe from candidate emails"),
    ("Brightlane", "Brightlane Talent - candidate communications for {company}\nThe candidate hub lets you turn these emails down or wipe your profile.\nhttps://careers.{domain}/hub"),
    ("Tallyhire", "Workforce portal by Tallyhire | Ref {ref} | This inbox is not monitored.\nQuestions about how we use your data? See the recruitment privacy notice on our careers site."),
    ("Ardentry", "Recruitment software: Ardentry ATS. This message was generated from a template chosen by the hiring team at {company}.\nTo stop receiving updates, log in and switch off notifications."),
    ("Kestrel Recruit", "{company} uses Kestrel Recruit to manage applications. Please don't reply; the mailbox is unattended.\nAccessibility help: call the candidate line on weekdays, 9-5."),
)
STATUS = {
    "rejection": ("Not progressing", "Unsuccessful", "Closed", "Declined", "No longer in consideration", "Position cancelled"),
    "application_received": ("Received", "Submitted", "New"),
    "interview": ("Interview", "Interview scheduled", "Assessment"),
    "next_steps": ("Action required", "Checks", "Assessment"),
    "offer": ("Offer", "Offer made"),
    "other_job": ("In review", "On hold", "Under review"),
}
SUBJECTS = {
    "rejection": ("Your application for {role}", "{role}: update", "Application update", "Your candidacy at {company}", "Following up", "{company} - {role} (ref {ref})", "Thank you from {company}", "Re: {role}", "Outcome of your application", "News about your application"),
    "application_received": ("Your application for {role}", "We've got your application", "Application received - {role}", "Application update", "{company} - {role} (ref {ref})", "Thank you from {company}"),
    "interview": ("Interview - {role}", "Your interview with {company}", "Change to your interview time", "Application update", "Next stage: {role}"),
    "next_steps": ("Action needed: {role}", "Next steps for your application", "Application update", "{company} - {role} (ref {ref})", "Deadline: {role}"),
    "offer": ("Offer: {role}", "Good news from {company}", "Your application for {role}", "Following up"),
    "other_job": ("Your application for {role}", "Application update", "{role}: update", "Following up", "News about your application"),
}
THREAD_TOPICS = ("interview follow-up", "next steps", "Thursday", "catch up", "final round", "references")
LONG_FOOTER = (
    "----------------------------------------\nINSIDE {COMPANY}\nOn the blog this month: our apprentices' first twelve months, and a night shift in photos.\n\nStill searching? Fresh openings this week:\n  > {other_role} ({place})\n  > Team Coordinator ({place})\n  > Customer Adviser (remote)\nGet new roles by email: careers.{domain}/alerts\n\nWe post on LinkedIn, Instagram and YouTube too\n\n{company}, company number {regno}, Unit 4, Halyard Park, {place}.\nHow we handle applicants' data is set out in the candidate privacy statement on our careers site. Addressed to one person only. Got it by mistake? Tell whoever sent it, then delete it.\nStop recruitment news"
)
PLACES = ("Bristol", "Leeds", "Truro", "Norwich", "Swansea", "Dundee", "Carlisle", "Reading", "Halifax", "Exeter")
TZS = ("+0000", "+0100", "-0500", "-0800", "+0200", "+1000", "+0530", "+1300", "-0300", "+0900")
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
FULL_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def ascii_part(text: str) -> str:
    """Lower-case ASCII letters of a name, for a mail address; empty when none survive."""
    flat = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]+", ".", flat.lower()).strip(".")


class Maker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.records: list[dict] = []
        self.turn = 0
        self.frames: Counter[tuple[str, str]] = Counter()

    # -- context ---------------------------------------------------------------------------
    def when(self, zone: str | None = None) -> tuple[str, datetime]:
        """An RFC 5322 Date header (2025-03 to 2026-11, 06:00-21:59 local) and the moment."""
        r = self.rng
        sent = datetime(2025, 3, 1, r.randint(6, 21), r.randint(0, 59), r.randint(0, 59)) + timedelta(days=r.randint(0, 630))
        header = f"{DAYS[sent.weekday()]}, {sent.day} {MONTHS[sent.month - 1]} {sent.year} {sent:%H:%M:%S} {zone or r.choice(TZS)}"
        return header, sent

    def context(self, sector: str) -> dict:
        r = self.rng
        self.turn += 1
        key, _, idx = sector.partition("@")
        orgs, roles, titles = SECTORS[key]
        if idx:
            org_i, _, role_i = idx.partition("/")
            company, domain = orgs[int(org_i)]
            role = roles[int(role_i or org_i)]
        else:
            company, domain = r.choice(orgs)
            role = r.choice(roles)
        first, last = READERS[(self.turn * 5 + r.randint(0, 3)) % len(READERS)]
        signer = r.choice(SIGNERS)
        hm = r.choice([s for s in SIGNERS if s != signer]).split()[0]
        header, sent = self.when()
        day = sent + timedelta(days=r.randint(3, 12))
        local = ascii_part(f"{first} {last}")
        return {
            "first": first, "last": last, "full": f"{first} {last}", "company": company, "COMPANY": company.upper(),
            "domain": domain, "slug": domain.split(".")[0], "role": role, "signer": signer,
            "sfirst": signer.split()[0], "title": r.choice(titles), "hm": hm, "other": r.choice(OTHERS),
            "day": f"{FULL_DAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}", "pastday": FULL_DAYS[(sent - timedelta(days=r.randint(2, 6))).weekday()], "weekday": FULL_DAYS[(sent - timedelta(days=r.randint(4, 9))).weekday()],
            "ref": f"{r.choice('ABCDHJKRTW')}{r.randint(1000, 99999)}", "n": r.choice((87, 112, 156, 203, 264, 341)),
            "other_role": r.choice(("Senior Coordinator", "Project Officer", "Team Leader", "Business Analyst", "Client Manager")),
            "place": r.choice(PLACES), "regno": str(r.randint(1000000, 9999999)),
            "email": f"{local}@{r.choice(('post', 'mailbox', 'inbox', 'letters'))}.example",
            "saddr": f"{ascii_part(signer)}@{domain}", "date": header, "sent": sent,
        }

    def quoted(self, c: dict, gmail: bool) -> str:
        """The candidate's chase (and the interviewer's earlier note under it) as quoted history."""
        r = self.rng
        earlier = c["sent"] - timedelta(days=r.randint(1, 6), hours=r.randint(1, 7), minutes=r.randint(0, 59))
        chase = r.choice(CHASES).format(**c)
        if gmail:
            stamp = f"{DAYS[earlier.weekday()]}, {earlier.day} {MONTHS[earlier.month - 1]} {earlier.year} at {earlier:%H:%M}"
            lines = "\n".join(f"> {line}" if line else ">" for line in chase.split("\n"))
            return f"On {stamp}, {c['full']} <{c['email']}> wrote:\n{lines}"
        stamp = f"{FULL_DAYS[earlier.weekday()]}, {MONTHS[earlier.month - 1]} {earlier.day}, {earlier.year} {earlier:%I:%M %p}"
        older = earlier - timedelta(days=r.randint(2, 8))
        ostamp = f"{FULL_DAYS[older.weekday()]}, {MONTHS[older.month - 1]} {older.day}, {older.year} {older:%I:%M %p}"
        invite = r.choice(INVITES).format(**c)
        return (f"________________________________\nFrom: {c['full']} <{c['email']}>\nSent: {stamp}\nTo: {c['signer']} <{c['saddr']}>\n"
                f"Subject: Re: {c['role']} - {c['topic']}\n\n{chase}\n\n"
                f"________________________________\nFrom: {c['signer']} <{c['saddr']}>\nSent: {ostamp}\nTo: {c['full']} <{c['email']}>\n"
                f"Subject: {c['role']} - {c['topic']}\n\n{invite}")

    # -- frames ----------------------------------------------------------------------------
    def frame(self, code: str, kind: str, text: str, c: dict) -> tuple[str, str, str]:  # noqa: PLR0911, PLR0912, PLR0915 - one branch per frame
        """(subject, body, sender) for a sentence in one of the frames."""
        r = self.rng
        text = text.format(**c)
        subject = r.choice(SUBJECTS[kind]).format(**c)
        person = f"{c['signer']} <{c['saddr']}>"
        hi = r.choice(("Hi {first},", "Dear {first},", "Hello {first},", "{first},", "Hi {first}")).format(**c)
        opening = r.choice(OPENINGS + (() if kind == "application_received" else LATER)).format(**c)
        close = r.choice(CLOSES)
        sig = f"{c['signer']}\n{c['title']}, {c['company']}"
        after = r.choice(AFTERS[kind]).format(**c)
        if code == "n":
            parts = [hi, opening, text, after, f"{close}\n{sig}"]
            return subject, "\n\n".join(p for p in parts if p), person
        if code in "tg":
            c["topic"] = r.choice(THREAD_TOPICS)
            subject = r.choice(("RE: [EXT] Re: {role} - {topic}", "RE: [EXT] RE: [EXT] Re: {role} - {topic}", "Re: [EXT] Re: {role} - {topic}", "RE: [EXTERNAL] Re: {role} - {topic}")).format(**c)
            warm = r.choice(("Thanks for hanging on while we sorted this.", "Thanks for the nudge; I owe you an apology for the delay.", "Nice to see your name in my inbox.", ""))
            parts = [f"Hi {c['first']},", warm, text, r.choice(("I really appreciated the work you put into every stage.", "Fingers crossed for the rest of your search.", "")), f"{r.choice(('Best', 'Thanks', 'Cheers', 'Warmly'))},\n{c['sfirst']}"]
            return subject, "\n\n".join(p for p in parts if p) + "\n\n" + self.quoted(c, code == "g"), person
        if code == "a":
            _brand, footer = r.choice(ATS)
            sender = f"{c['company']} <{r.choice(('no-reply', 'careers', 'donotreply', 'jobs'))}@{c['domain']}>"
            parts = [f"Dear {c['first']},", opening, text, after, f"{r.choice(('Regards', 'Kind regards', 'Best wishes'))},\nThe {c['company']} Recruitment Team"]
            return subject, "\n\n".join(p for p in parts if p) + "\n\n--\n" + footer.format(**c), sender
        if code == "r":
            agency = r.choice(("Kilnworth Recruitment", "Fennick Talent", "Saltmarsh Staffing", "Harlow & Vance Search"))
            sender = f"{c['signer']} <{ascii_part(c['signer'])}@{ascii_part(agency).split('.')[0]}.example>"
            pitch = r.choice(PITCHES).format(**c) if kind == "rejection" else ""
            parts = [f"Hi {c['first']},", f"Thanks for the call earlier about the {c['role']} job at {c['company']}." if r.random() < 0.5 else "", text, pitch, f"{close}\n{c['signer']}\n{agency}"]
            return subject, "\n\n".join(p for p in parts if p), sender
        if code == "p":
            if c["first"] in text:
                body = f"{text}\n\n{c['sfirst']}\n\n{r.choice(MOBILE)}"
            elif r.random() < 0.5:
                body = f"{c['first']} - {text}\n\n{c['sfirst']}\n\n{r.choice(MOBILE)}"
            else:
                body = f"hi {c['first']}, {text[0].lower() + text[1:]}\n\n{c['sfirst'][0]}\n{r.choice(MOBILE)}"
            return subject, body, person
        if code == "l":
            addr = r.choice((f"Dear Mx {c['last']},", f"Dear {c['full']},", "Dear Applicant,", "Dear Candidate,"))
            parts = [f"Reference: {c['ref']}\nPost: {c['role']}", addr, f"This letter concerns your application for the {c['role']} vacancy." if r.random() < 0.5 else opening, text, after, f"Yours faithfully,\n\n{c['signer']}\n{c['title']}\n{c['company']}"]
            return subject, "\n\n".join(p for p in parts if p), f"{c['company']} {r.choice(('HR', 'Recruitment', 'People Services'))} <{r.choice(('recruitment', 'hr', 'jobs'))}@{c['domain']}>"
        if code == "s":
            stage = r.choice(STATUS.get(kind, STATUS["other_job"]))
            subject = r.choice(("There's news in your candidate account", "Application status: {role}", "Update in your {company} applicant portal", "Application update")).format(**c)
            body = (f"Hello {c['first']},\n\nOne of your applications has moved on in our system.\n\n"
                    f"Position: {c['role']}\nReference: {c['ref']}\nCurrent stage: {stage}\n\n{text}\n\n"
                    f"Sign in to the applicant portal for the full history of everything you've applied for.\n\n{c['company']} Recruitment (automated message)")
            return subject, body, f"{c['company']} Applicant Portal <portal@{c['domain']}>"
        if code == "f":
            parts = [f"Dear {c['first']},", opening, text, after, f"{close}\n{c['signer']}\n{c['company']} Talent Team"]
            return subject, "\n\n".join(p for p in parts if p) + "\n\n" + LONG_FOOTER.format(**c), f"{c['company']} Careers <careers@{c['domain']}>"
        if code == "o":
            body = r.choice((f"{text}\n\n{c['sfirst']}", f"{c['first']}, {text[0].lower() + text[1:]}\n- {c['sfirst']}" if c["first"] not in text else f"{text}\n- {c['sfirst']}", f"{text}\n\n{sig}"))
            return subject, body, person
        if code == "b":
            paras = r.sample(PROCESS, 2)
            parts = [f"Dear {c['first']},", opening, paras[0].format(**c), paras[1].format(**c), text, after, f"{close}\n{sig}"]
            return subject, "\n\n".join(p for p in parts if p), person
        if code == "k":
            bullets = "\n".join(r.sample(BULLETS, 3))
            head = r.choice(("Notes from the panel, in case they help:", "What came up in the panel's discussion:", "A few notes you may find useful:"))
            parts = [hi, opening, text, f"{head}\n{bullets}", f"{close}\n{sig}"]
            return subject, "\n\n".join(parts), person
        if code == "w":
            parts = [hi, r.choice(WARMS).format(**c), text, after, f"{close}\n{c['signer']}"]
            return subject, "\n\n".join(p for p in parts if p), person
        raise ValueError(code)

    def add(self, lang: str, *, family: str, kind: str, subject: str, body: str, sender: str, to: str, date: str) -> None:
        label = "rejection" if kind == "rejection" else "not_rejection"
        n = sum(1 for rec in self.records if rec["id"].startswith(f"written20:{lang}-")) + 1
        self.records.append({"id": f"written20:{lang}-{n:03d}", "subject": subject, "body": body.rstrip() + "\n", "sender": sender,
                             "label": label, "kind": kind, "family": family, "provenance": PROVENANCE, "to": to, "date": date})

    def english(self, kind: str, sector: str, text: str, frames: str, *, sid: str, copies: int) -> None:
        codes = list(frames)
        self.rng.shuffle(codes)
        lead = [code for code in "brkw" if code in codes]
        if lead:  # the rarer shapes (buried, recruiter, feedback, warm) first when a sentence allows them
            first = lead[0] if kind != "rejection" else lead[len(self.records) % len(lead)]
            codes.remove(first)
            codes.insert(0, first)
        for k in range(copies):
            c = self.context(sector)
            subject, body, sender = self.frame(codes[k % len(codes)], kind, text, c)
            self.frames["rejection" if kind == "rejection" else "not_rejection", FRAMES[codes[k % len(codes)]]] += 1
            template = sector.partition("@")[0]
            self.add("en", family=f"{PREFIX}-{template}-{sid}", kind=kind, subject=subject, body=body, sender=sender,
                     to=f"{c['full']} <{c['email']}>", date=c["date"])

    def whole(self, i: int, item: tuple[str, str, str, str, str, str]) -> None:
        kind, code, org, domain, subject, body = item
        c = self.context("other")
        text = body.format(**c)
        if code == "f":
            c.update(company=org, COMPANY=org.upper(), domain=domain)
            text += "\n\n" + LONG_FOOTER.format(**c)
            sender = f"{org} <alerts@{domain}>"
        elif code == "a":
            sender = f"{org} <{self.rng.choice(('no-reply', 'notifications', 'service'))}@{domain}>"
            if kind != "non_job_rejection_words" and self.rng.random() < 0.5:
                c.update(company=org, domain=domain, slug=domain.split(".")[0])
                text += "\n\n--\n" + self.rng.choice(ATS)[1].format(**c)
        elif code == "l":
            sender = f"{org} <{self.rng.choice(('decisions', 'office', 'enquiries'))}@{domain}>"
            text += f"\n\nYours faithfully,\n\n{c['signer']}\n{org}"
        else:
            sender = f"{c['signer']} <{ascii_part(c['signer'])}@{domain}>" if org != "Evie (neighbour)" else f"Evie <evie.h@{domain}>"
        self.add("en", family=f"{PREFIX}-{kind.split('_')[0]}-w{i:02d}", kind=kind, subject=subject, body=text, sender=sender,
                 to=f"{c['full']} <{c['email']}>", date=c["date"])


# ---------------------------------------------------------------------------------------------
# Other languages: whole messages. (lang, template, kind, reader, reader's mail local part or "",
# sender, subject, body). A template ending "-ats" gets an English ATS footer (mixed language).
# ---------------------------------------------------------------------------------------------
R, A, IV, X, OF, H, J = "rejection", "application_received", "interview", "next_steps", "offer", "other_job", "non_job_rejection_words"
FOREIGN: list[tuple[str, str, str, str, str, str, str, str]] = [
    ("de", "cafe", R, "Lena Brandt", "", "Marco <marco@hafenkante-roesterei.example>", "Dein Probearbeiten bei uns",
     "Hey Lena,\n\ndanke nochmal, dass du am Samstag zum Probearbeiten da warst. Wir nehmen jetzt jemanden, der seit Jahren am Siebträger steht und sofort die Frühschichten übernehmen kann. Das hat nichts mit dir persönlich zu tun, die Gäste mochten dich.\n\nAlles Gute und komm gern mal auf einen Kaffee vorbei!\nMarco\nKaffeerösterei Hafenkante"),
    ("de", "ausbildung", R, "Emre Yılmaz", "", "Petra Lohmeier <ausbildung@brenner-foerdertechnik.example>", "Ihre Bewerbung um einen Ausbildungsplatz als Mechatroniker",
     "Sehr geehrter Herr Yılmaz,\n\nfür Ihr Interesse an einer Ausbildung bei der Brenner Fördertechnik GmbH bedanken wir uns. Sämtliche Ausbildungsplätze für den Jahrgang 2026 sind inzwischen vergeben, sodass wir Ihnen keinen Platz anbieten können. Ihre Unterlagen werden nach sechs Monaten datenschutzgerecht gelöscht.\n\nMit freundlichen Grüßen\ni. A. Petra Lohmeier\nAusbildungsleitung"),
    ("de", "thread", R, "Carla Schuster", "", "Jan Oberdiek <jan.oberdiek@feldmark-software.example>", "AW: [EXTERN] Re: Gespräch am Dienstag - Product Owner",
     "Hallo Frau Schuster,\n\ndanke für Ihre Geduld. Nach den Zweitgesprächen haben wir die Stelle einer Kandidatin angeboten, die in unserer Branche schon ein Produktteam aufgebaut hat, und sie hat zugesagt. Ihre Fragen zur Roadmap haben uns sehr gefallen.\n\nBeste Grüße\nJan Oberdiek\n\nVon: Carla Schuster\nGesendet: Donnerstag, 14. Mai 2026 09:12\nAn: Jan Oberdiek\nBetreff: Re: Gespräch am Dienstag - Product Owner\n\nHallo Herr Oberdiek, darf ich kurz nach dem Stand fragen? Besten Dank, Carla Schuster"),
    ("de", "ack-ats", A, "Henrik Albers", "", "Keller Logistik AG <karriere@keller-logistik.example>", "Eingangsbestätigung - Sachbearbeiter Einkauf (m/w/d)",
     "Guten Tag Herr Albers,\n\nIhre Unterlagen liegen uns vor. Sollten wir uns nicht für Sie entscheiden, erhalten Sie selbstverständlich eine schriftliche Nachricht; Funkstille gibt es bei uns nicht. Die Sichtung dauert etwa drei Wochen.\n\nFreundliche Grüße\nIhr Recruiting-Team der Keller Logistik AG"),
    ("de", "termin", IV, "Nora Winkler", "", "Stefanie Roth <s.roth@auenwald-kliniken.example>", "Verschiebung Ihres Vorstellungsgesprächs",
     "Liebe Frau Winkler,\n\nleider müssen wir den Termin am Donnerstag verschieben, da die Pflegedienstleitung kurzfristig verhindert ist. Passt Ihnen Montag um 10 Uhr? Das Gespräch findet dann per Video statt.\n\nHerzliche Grüße\nStefanie Roth"),
    ("fr", "mairie", R, "Sophie Marchand", "", "Mairie de Saint-Aubin-des-Prés <rh@saint-aubin-des-pres.example>", "Résultat de votre candidature - Adjoint administratif",
     "Madame,\n\nLe jury s'est réuni le 12 mars et, à mon regret, votre candidature n'a pas été retenue au poste d'adjoint administratif à la direction des finances. Merci d'avoir pensé à notre commune pour la suite de votre parcours.\n\nVeuillez agréer, Madame, l'expression de mes salutations distinguées.\n\nPour le Maire et par délégation,\nLa Directrice des ressources humaines"),
    ("fr", "startup", R, "Inès Benali", "", "Thibault <thibault@pixelvigne.example>", "Suite à ton test technique",
     "Salut Inès,\n\nmerci encore pour le test technique, on a bien aimé ta façon d'expliquer tes choix. On a finalement recruté quelqu'un qui connaît déjà notre stack Elixir, donc on ne va pas continuer ensemble sur ce poste. Si ça te dit, je garde ton profil pour le poste front qui ouvre en septembre.\n\nBonne continuation !\nThibault"),
    ("fr", "cabinet", R, "Julien Garnier", "", "Audrey Lemaire <a.lemaire@altiva-conseil.example>", "Votre candidature - Conducteur de travaux",
     "Bonjour Monsieur Garnier,\n\nSuite à notre échange téléphonique, mon client a préféré avancer avec un profil ayant davantage d'expérience en gros œuvre. Je reste à votre écoute pour d'autres missions dans le BTP.\n\nCordialement,\nAudrey Lemaire\nCabinet Altiva Conseil"),
    ("fr", "ack", A, "Clément Roux", "", "Brasserie du Vieux Port <recrutement@brasserie-vieuxport.example>", "Candidature reçue - serveur en extra",
     "Bonjour Clément,\n\nVotre dossier pour les extras de l'été est arrivé chez nous. Si vous n'avez aucune nouvelle dans trois semaines, c'est que l'aventure s'arrête là pour cette saison ; d'ici là, chaque dossier est lu par le chef de salle.\n\nL'équipe de la Brasserie du Vieux Port"),
    ("fr", "offre", OF, "Manon Leclerc", "", "Cabinet Dussart <contact@dussart-expertise.example>", "Proposition d'embauche - assistante comptable",
     "Bonjour Manon,\n\nBonne nouvelle : le poste d'assistante comptable est pour vous si vous le voulez. Malheureusement, la date de début ne peut pas être avancée avant le 1er septembre. Le contrat vous parviendra cette semaine.\n\nBien à vous,\nPhilippe Dussart"),
    ("es", "laboratorio-ats", R, "Lucía Navarro", "", "Laboratorios Brisamar <personas@brisamar-lab.example>", "Proceso de selección - Técnico/a de Laboratorio",
     "Estimada Sra. Navarro:\n\nGracias por el tiempo que ha dedicado a nuestra convocatoria de Técnico/a de Laboratorio. Una vez revisados todos los perfiles, el equipo ha optado por otras personas con más experiencia en cromatografía.\n\nAtentamente,\nDepartamento de Personas\nLaboratorios Brisamar"),
    ("es", "taqueria", R, "Diego Hernández", "", "Lupita <lupita@elfarolito-tacos.example>", "Vacante ayudante de cocina",
     "Hola Diego, ¿qué tal? Te escribo por lo de la vacante de ayudante de cocina. Ya contratamos a otra persona que vive cerca del restaurante y puede cubrir los turnos de noche. Gracias por venir a la prueba, cuídate mucho.\n\nLupita - Taquería El Farolito"),
    ("es", "estudio", R, "Martina Sosa", "", "Nico <nico@matecocido-estudio.example>", "Búsqueda community manager",
     "Hola Martina,\n\nte quería avisar que el puesto de community manager ya lo cubrimos con alguien del equipo. Te agradezco un montón el tiempo que le dedicaste a la consigna. Si te parece, te escribo cuando abramos la búsqueda de diseño.\n\nAbrazo,\nNico\nEstudio Mate Cocido"),
    ("es", "entrevista", IV, "Andrés Molina", "", "Carmen Vidal <cvidal@olivar-seguros.example>", "Cambio de hora de tu entrevista",
     "Hola Andrés:\n\nLamentablemente tenemos que cambiar la hora de tu entrevista. ¿Podrías el jueves a las 12:30 en vez del miércoles? Sigue siendo en la oficina de la calle Colón.\n\nUn saludo,\nCarmen"),
    ("es", "piso", J, "Javier Ríos", "", "Inmobiliaria Almendro <alquileres@almendro-inmo.example>", "Piso calle Almendro, 7",
     "Estimado Sr. Ríos:\n\nEl propietario del piso de la calle Almendro, 7 se ha decidido por otra familia. Le avisaremos si surge otro similar en la zona.\n\nUn cordial saludo"),
    ("it", "colloquio", R, "Chiara Ferraris", "", "Officine Brenta S.p.A. <risorse.umane@officinebrenta.example>", "Esito selezione - Controller junior",
     "Gentile dott.ssa Ferraris,\n\ngrazie del tempo che ci ha dedicato al colloquio per il ruolo di Controller junior. Il responsabile amministrativo ha deciso di affidare la posizione a un candidato con più esperienza sul consolidato. Se lo desidera, teniamo il suo profilo per le prossime ricerche.\n\nCordiali saluti,\nUfficio Risorse Umane"),
    ("it", "agriturismo", R, "Matteo Colombo", "", "Giulia <giulia@poggiodeiventi.example>", "Stagione in sala",
     "Ciao Matteo,\n\ngrazie di essere passato in agriturismo sabato. Per la stagione abbiamo già completato la squadra di sala, quindi quest'anno non riusciamo a prenderti. Magari ci sentiamo per l'autunno!\n\nUn saluto,\nGiulia"),
    ("it", "test", X, "Alessandro Greco", "", "Talent Team Vela <talent@vela-assicura.example>", "Prossimo passo: test online",
     "Gentile Alessandro,\n\nper proseguire la selezione le chiediamo di completare il test online entro venerdì alle 18:00. Se il test non viene completato entro quella data, la candidatura non potrà andare avanti.\n\nBuona giornata,\nTalent Team"),
    ("pt-BR", "banco-talentos-ats", R, "Fernanda Lima", "", "Cajuí Tecnologia <gente@cajui.example>", "Processo seletivo - Analista de Dados Jr.",
     "Olá, Fernanda!\n\nObrigada por ter topado participar das etapas para Analista de Dados Jr. Desta vez a vaga ficou com outra pessoa, que já trabalhava com dbt no dia a dia. Vamos lembrar de você quando abrirmos novas posições.\n\nAbraços,\nEquipe de Gente & Gestão"),
    ("pt-BR", "trainee", R, "Rafael Souza", "", "Grupo Serra Azul <atracao@serraazul.example>", "Programa de Trainee 2027 - resultado da etapa",
     "Oi Rafael, tudo bem?\n\nPassando para contar que você não seguiu para a etapa de painel do Programa de Trainee 2027. Foram mais de 9 mil inscritos e a concorrência estava forte. Boa sorte nos próximos passos!\n\nTime de Atração - Grupo Serra Azul"),
    ("pt-PT", "metalurgica", R, "Tiago Marques", "", "Metalúrgica do Cávado <rh@metalcavado.example>", "Candidatura - Técnico de Manutenção",
     "Exmo. Senhor Tiago Marques,\n\nInformamos que a sua candidatura ao lugar de Técnico de Manutenção ficou fora da lista de entrevistas. Obrigado por ter pensado em nós.\n\nCumprimentos,\nDireção de Pessoas"),
    ("pt-BR", "oferta", OF, "Camila Rocha", "", "Bruna Teixeira <bruna@ipe-contabil.example>", "Boa notícia!",
     "Oi Camila!\n\nTemos uma ótima notícia: você foi aprovada para a vaga de Assistente Administrativa. Infelizmente o salário não pode ser alterado, mas conseguimos incluir vale-refeição. Consegue responder até sexta?\n\nBruna"),
    ("nl", "koeriers", R, "Sanne Visser", "", "Bram <bram@fietskoeriers-utrecht.example>", "Je sollicitatie als planner",
     "Hoi Sanne,\n\nDank je voor je tijd dinsdag, het was een prettig gesprek. We kiezen toch voor iemand die al jaren met onze planningssoftware werkt. Succes met solliciteren!\n\nGroet,\nBram"),
    ("nl", "gemeente", R, "Pieter de Wit", "", "Gemeente Zuidermeer <po@zuidermeer.example>", "Uw sollicitatie beleidsmedewerker",
     "Geachte heer De Wit,\n\nDe selectiecommissie heeft uw brief met belangstelling gelezen. Wij nodigen u niet uit voor een gesprek: de commissie gaf de voorkeur aan kandidaten met ervaring in omgevingsbeleid.\n\nHoogachtend,\nTeam Werving"),
    ("nl", "wachten", H, "Joris Bakker", "", "Femke <femke@duinzicht-zorg.example>", "Re: stand van zaken",
     "Hoi Joris,\n\nWe zijn nog niet klaar met de selectie; je hoort uiterlijk vrijdag van ons. Sorry voor het wachten!\n\nFemke"),
    ("pl", "kadry", R, "Anna Wiśniewska", "", "Bursztyn Logistyka <hr@bursztyn-logistyka.example>", "Rekrutacja - Specjalista ds. Kadr i Płac",
     "Szanowna Pani,\n\ndziękujemy za udział w rekrutacji na stanowisko Specjalisty ds. Kadr i Płac. Niestety, zespół zdecydował się zakończyć z Panią proces na tym etapie.\n\nZ poważaniem\nDział HR"),
    ("pl", "junior", R, "Jakub Zieliński", "", "Ola <ola@kodnia.example>", "Zadanie rekrutacyjne",
     "Cześć Kuba,\n\ndzięki za zadanie rekrutacyjne. Stanowisko juniora jest już obsadzone, wybraliśmy osobę, która była u nas na stażu. Trzymam kciuki za dalsze poszukiwania!\n\nOla"),
    ("pl", "rozmowa", IV, "Marta Kowalczyk", "", "Piotr Nowicki <p.nowicki@wisla-media.example>", "Zaproszenie na rozmowę",
     "Dzień dobry Pani Marto,\n\nzapraszamy na rozmowę rekrutacyjną w środę o 10:00 w naszym biurze przy ul. Długiej 12. Proszę zabrać dokument tożsamości.\n\nPozdrawiam\nPiotr Nowicki"),
    ("ru", "buhgalter", R, "Анна Кузнецова", "anna.kuznetsova", "ООО «Северный берег» <hr@severbereg.example>", "Ваш отклик на вакансию бухгалтера",
     "Здравствуйте, Анна Сергеевна!\n\nСпасибо, что откликнулись на нашу вакансию бухгалтера и приехали на встречу. По итогам всех встреч предложение о работе мы, к сожалению, сделали другому кандидату. Если не возражаете, будем иметь вас в виду на будущее.\n\nС уважением,\nОтдел персонала"),
    ("ru", "barista", R, "Дмитрий Орлов", "dmitry.orlov", "Катя <katya@zerno-coffee.example>", "Тестовый день",
     "Привет, Дима!\n\nСпасибо, что пришёл на тестовый день. Мы всё обсудили и взяли другого бариста, у него больше опыта с альтернативой. Удачи тебе, заходи на кофе!\n\nКатя"),
    ("ru", "dokumenty", X, "Игорь Смирнов", "igor.smirnov", "Отдел кадров <kadry@uralstal-servis.example>", "Документы для следующего этапа",
     "Добрый день, Игорь!\n\nПожалуйста, пришлите скан диплома и трудовой книжки до пятницы, 18:00. Без них мы не сможем перевести вас на следующий этап.\n\nОтдел кадров"),
    ("uk", "prodazhi", R, "Олена Ткаченко", "olena.tkachenko", "HR «Зерно Поділля» <hr@zerno-podillia.example>", "Ваша кандидатура на посаду менеджерки з продажів",
     "Доброго дня, Олено!\n\nДякуємо за розмову про посаду менеджерки з продажів. Ми вирішили продовжити з іншою кандидаткою, яка має досвід роботи з B2B-клієнтами. Бажаємо успіхів!\n\nЗ повагою,\nКоманда HR"),
    ("ja", "keiri", R, "山田 花子", "hanako.yamada", "株式会社あおば食品 採用担当 <saiyo@aoba-foods.example>", "選考結果のご連絡（経理スタッフ）",
     "山田 花子 様\n\nこの度は弊社の経理スタッフ職にご応募いただき、誠にありがとうございました。\n慎重に選考を重ねました結果、誠に残念ではございますが、今回は採用を見送らせていただくこととなりました。\n末筆ながら、山田様の今後のご活躍を心よりお祈り申し上げます。\n\n株式会社あおば食品 人事部 採用担当"),
    ("ja", "baito", R, "佐藤 美咲", "misaki.sato", "カフェこもれび 森 <mori@komorebi-cafe.example>", "面接ありがとうございました",
     "佐藤さん\n\n先日は面接に来てくれてありがとう。\n今回はシフトの都合で、平日の朝に入れる人を採用することになりました。ごめんね。\nまた募集するときは声をかけます！\n\nカフェこもれび 店長 森"),
    ("ja", "intern-ats", R, "中村 翔太", "shota.nakamura", "株式会社ひかりテック 新卒採用チーム <no-reply@hikari-tech.example>", "夏季インターンシップ選考結果のご連絡",
     "中村 翔太 様\n\n夏季インターンシップへのご応募、ありがとうございました。\n書類選考の結果、誠に恐縮ながら、次の選考へのご案内は見送らせていただきます。\n多数のご応募をいただいたため、個別の選考理由はお答えしかねますことをご了承ください。\n\n株式会社ひかりテック 新卒採用チーム"),
    ("ja", "uketsuke-ats", A, "高橋 健", "ken.takahashi", "株式会社みなみ設計 <recruit@minami-sekkei.example>", "ご応募受付のお知らせ",
     "高橋 健 様\n\nこの度は設計アシスタント職にご応募いただきありがとうございます。\n書類選考の結果は2週間以内にご連絡いたします。なお、ご期待に添えない場合もメールにてお知らせいたします。\n\n株式会社みなみ設計 人事課"),
    ("ja", "mensetsu", IV, "伊藤 彩", "aya.ito", "株式会社ひかりテック 採用担当 <saiyo@hikari-tech.example>", "二次面接のご案内",
     "伊藤 彩 様\n\n一次面接にお越しいただきありがとうございました。\nつきましては、下記の日程で二次面接を行いたく存じます。\n日時：来週水曜日 14時から\n場所：本社5階 会議室B\n\nご都合をお知らせください。"),
    ("ko", "gongchae-ats", R, "김민준", "minjun.kim", "(주)한빛물산 인사팀 <insa@hanbit-trading.example>", "[한빛물산] 서류 전형 결과 안내",
     "김민준 님께\n\n(주)한빛물산 신입사원 공개채용에 지원해 주셔서 감사합니다.\n서류 전형 결과, 안타깝게도 이번에는 다음 전형에 모시지 못하게 되었습니다.\n앞으로 좋은 일만 가득하시길 바랍니다.\n\n(주)한빛물산 인사팀 드림"),
    ("ko", "alba", R, "이지우", "jiwoo.lee", "카페 온새미 <onsaemi.cafe@mailbox.example>", "면접 결과 알려드려요",
     "지우 씨, 안녕하세요!\n지난주 면접 와 주셔서 고마워요. 이번엔 주말 오전 근무가 가능한 분으로 뽑게 됐어요. 다음에 또 자리 나면 연락 드릴게요~\n\n카페 온새미 사장 드림"),
    ("ko", "hapgyeok", OF, "박서연", "seoyeon.park", "(주)누리소프트 채용팀 <recruit@nurisoft.example>", "[누리소프트] 최종 합격을 축하드립니다",
     "박서연 님, 축하드립니다!\n최종 합격하셨습니다. 입사 서류는 다음 주 금요일까지 제출해 주세요.\n\n누리소프트 채용팀"),
    ("zh-Hans", "pm", R, "王磊", "lei.wang", "北辰智能科技 人力资源部 <hr@beichen-tech.example>", "关于您应聘产品经理一职的回复",
     "王磊 您好：\n\n感谢您应聘我司产品经理一职，并抽出时间参加了两轮面试。经过综合评估，我们决定录用另一位候选人。您的简历我们将保存在人才库中，如有合适岗位会再与您联系。\n\n祝工作顺利！\n北辰智能科技有限公司 人力资源部"),
    ("zh-Hans", "shigang", R, "陈晨", "chen.chen", "刘姐 <liujie.store@mailbox.example>", "试岗的事",
     "小陈你好，上次试岗辛苦了。店里这次已经招到人了，就不麻烦你再跑一趟了，祝你早日找到合适的工作！\n——刘姐"),
    ("zh-Hant", "xingzheng", R, "林怡君", "yijun.lin", "晴川國際 人資部 <hr@qingchuan-intl.example>", "應徵結果通知：行政助理",
     "林怡君 小姐 您好：\n\n感謝您應徵本公司行政助理職缺。經審慎評估後，很遺憾此次未能安排您進入下一階段面試。再次感謝您的參與，敬祝 順心如意。\n\n晴川國際股份有限公司 人資部 敬上"),
    ("zh-Hans", "shoudao-ats", A, "张悦", "yue.zhang", "云帆数据 招聘组 <zhaopin@yunfan-data.example>", "简历已收到：数据分析师",
     "张悦 您好：\n\n我们已收到您投递的“数据分析师”岗位简历。简历筛选约需两周，无论结果如何，我们都会通过邮件通知您。\n\n云帆数据 招聘组"),
    ("ar", "muhasib", R, "عمر الحسيني", "omar.husseini", "شركة الواحة للتجارة <hr@alwaha-trading.example>", "بخصوص طلبكم لوظيفة محاسب",
     "السيد عمر الحسيني المحترم،\n\nشكراً لحضوركم مقابلة وظيفة المحاسب الأسبوع الماضي. قررت اللجنة في النهاية تعيين مرشح لديه خبرة أطول في إعداد الإقرارات الضريبية، ونأسف لعدم تمكننا من تقديم عرض لكم هذه المرة.\n\nنتمنى لكم التوفيق في مسيرتكم المهنية.\n\nإدارة الموارد البشرية"),
    ("ar", "tadrib", R, "ليلى منصور", "layla.mansour", "فريق التوظيف <careers@nakheel-energy.example>", "برنامج التدريب الصيفي",
     "عزيزتي ليلى،\n\nشكراً لاهتمامك ببرنامج التدريب الصيفي. للأسف لم يتم قبول طلبك هذا العام بسبب العدد الكبير من المتقدمين. نشجعك على التقديم مرة أخرى في الدورة القادمة.\n\nمع أطيب التحيات،\nفريق التوظيف"),
    ("ar", "muqabala", IV, "سارة العلي", "sara.alali", "شركة الواحة للتجارة <hr@alwaha-trading.example>", "دعوة لمقابلة شخصية",
     "الأستاذة سارة،\n\nيسعدنا دعوتك لإجراء مقابلة شخصية يوم الأحد القادم الساعة العاشرة صباحاً في مقر الشركة. يرجى إحضار نسخة من الشهادات.\n\nإدارة الموارد البشرية"),
    ("he", "rakezet", R, "נועה לוי", "noa.levi", "משאבי אנוש גלבוע <hr@gilboa-systems.example>", "עדכון לגבי מועמדותך",
     "שלום נועה,\n\nתודה על התעניינותך במשרת רכזת גיוס בחברתנו. לאחר בחינת המועמדויות, הוחלט להתקדם עם מועמדת אחרת שהניסיון שלה תואם יותר את דרישות התפקיד. נשמור את קורות החיים שלך למשרות עתידיות.\n\nבברכה,\nמחלקת משאבי אנוש"),
    ("he", "mitbach", R, "אורי כהן", "uri.cohen", "שף עמית <amit@hagefen-kitchen.example>", "יום הניסיון",
     "היי אורי, תודה שבאת ליום הניסיון במטבח. החלטנו לקחת מישהו אחר עם יותר ניסיון בגריל. בהצלחה!\nשף עמית"),
    ("he", "mivchan", X, "דניאל פרץ", "daniel.peretz", "גיוס גלבוע <jobs@gilboa-systems.example>", "השלב הבא בתהליך",
     "שלום דניאל,\n\nכדי להמשיך בתהליך נבקש למלא את המבחן המקוון עד יום חמישי בשעה 23:59. לאחר מועד זה הקישור ייסגר.\n\nצוות הגיוס"),
    ("hi", "lekhakar", R, "राहुल शर्मा", "rahul.sharma", "गंगा वस्त्र उद्योग <hr@ganga-vastra.example>", "सहायक लेखाकार पद हेतु आवेदन",
     "प्रिय राहुल शर्मा जी,\n\nसहायक लेखाकार के पद के लिए आवेदन करने हेतु धन्यवाद। सभी आवेदनों की सावधानीपूर्वक समीक्षा के बाद, हमें खेद है कि इस बार हम आपके आवेदन को आगे नहीं बढ़ा पाएँगे।\n\nआपके उज्ज्वल भविष्य की शुभकामनाओं सहित,\nमानव संसाधन विभाग"),
    ("hi", "shikshak", R, "प्रिया वर्मा", "priya.verma", "अनीता <anita@saraswati-trust.example>", "साक्षात्कार के बारे में",
     "नमस्ते प्रिया,\n\nइंटरव्यू के लिए समय निकालने का शुक्रिया। टीम ने इस भूमिका के लिए किसी दूसरे उम्मीदवार को चुना है, जिनके पास स्कूल में पढ़ाने का ज़्यादा अनुभव है। आगे के लिए बहुत शुभकामनाएँ!\n\nसादर,\nअनीता\nसरस्वती शिक्षा ट्रस्ट"),
    ("hi", "prapt", A, "अमित पटेल", "amit.patel", "नर्मदा इंजीनियरिंग <careers@narmada-eng.example>", "आवेदन प्राप्त हुआ",
     "प्रिय अमित,\n\nआपका आवेदन हमें मिल गया है। यदि साक्षात्कार के लिए आपका चयन होता है, तो हम दो सप्ताह के भीतर आपसे संपर्क करेंगे।\n\nभर्ती टीम"),
    ("th", "sales", R, "สมชาย ใจดี", "somchai.j", "ฝ่ายทรัพยากรบุคคล <hr@thongphana.example>", "ผลการพิจารณาใบสมัครงาน",
     "เรียน คุณสมชาย ใจดี\n\nขอขอบคุณที่ท่านให้ความสนใจสมัครงานในตำแหน่งเจ้าหน้าที่ฝ่ายขายกับบริษัทของเรา หลังจากพิจารณาอย่างรอบคอบแล้ว บริษัทฯ ขอแจ้งให้ทราบว่าท่านไม่ผ่านการคัดเลือกในครั้งนี้\n\nขอให้ท่านประสบความสำเร็จในอนาคต\n\nฝ่ายทรัพยากรบุคคล\nบริษัท ทองพนา จำกัด"),
    ("th", "ran", R, "มายด์", "mind.k", "พี่แอน <ann.baanrim@mailbox.example>", "เรื่องทดลองงาน",
     "สวัสดีค่ะน้องมายด์ ขอบคุณที่มาทดลองงานที่ร้านนะคะ รอบนี้ร้านได้พนักงานครบแล้ว เลยยังไม่สามารถรับน้องเข้าทำงานได้ค่ะ ไว้มีตำแหน่งว่างจะติดต่อไปใหม่นะคะ\n\nพี่แอน"),
    ("th", "samphat", IV, "วิภา ศรีสุข", "wipa.s", "ฝ่ายบุคคล <hr@thongphana.example>", "เชิญสัมภาษณ์งาน",
     "เรียน คุณวิภา\n\nขอเชิญท่านเข้าสัมภาษณ์งานในวันพุธที่ 12 เวลา 14.00 น. ณ สำนักงานใหญ่ ชั้น 5 กรุณานำบัตรประชาชนมาด้วย\n\nฝ่ายบุคคล"),
    ("tr", "satinalma", R, "Elif Kaya", "", "Karadeniz Lojistik İK <ik@karadeniz-lojistik.example>", "Başvurunuz hakkında",
     "Sayın Elif Kaya,\n\nSatın Alma Uzmanı ilanımıza başvurduğunuz için teşekkürler. Görüşmelerin ardından pozisyonu, tedarik zinciri tecrübesi daha uzun olan bir adaya teklif ettik. Uygun bir ilan açıldığında sizi yeniden hatırlamak isteriz.\n\nSaygılarımızla,\nİnsan Kaynakları"),
    ("tr", "mutfak", R, "Burak Demir", "", "Serkan Usta <serkan@ocakbasi-kebap.example>", "Deneme günü",
     "Merhaba Burak, deneme günü için çok teşekkürler. Maalesef bu sefer olmadı, mutfağa daha deneyimli birini aldık. Kolay gelsin!\nSerkan Usta"),
    ("tr", "teklif", OF, "Zeynep Aydın", "", "Ege Yazılım <ik@ege-yazilim.example>", "İş teklifimiz",
     "Merhaba Zeynep Hanım,\n\nsizi ekibimizde görmekten mutluluk duyacağız! Teklif mektubunuz ektedir; lütfen cuma gününe kadar imzalayıp geri gönderin.\n\nSevgiler,\nEge Yazılım İK"),
    ("sv", "region", R, "Elin Berg", "", "Region Västkusten <rekrytering@region-vastkusten.example>", "Din ansökan: undersköterska avd 14",
     "Hej Elin,\n\nTack för att du sökte som undersköterska på avdelning 14. Efter intervjuerna har vi erbjudit tjänsten till en person med erfarenhet från geriatrik. Vi önskar dig lycka till framöver.\n\nVänliga hälsningar\nRekryteringsenheten"),
    ("sv", "sommarjobb", R, "Oskar Nyström", "", "Lotta <lotta.parkforvaltningen@kommun-sjoby.example>", "Sommarjobb i parkerna",
     "Hej Oskar!\n\nParkförvaltningens sommarjobb är fulla för i år, och du fick tyvärr inte någon av platserna. Sök gärna igen nästa vår!\n\n/Lotta"),
    ("sv", "paus", H, "Maja Ek", "", "Johan Sjöberg <johan@fjallsjo-bygg.example>", "Angående rekryteringen",
     "Hej Maja,\n\nrekryteringen är pausad några veckor eftersom budgeten inte är klar. Din ansökan ligger kvar och du behöver inte göra något.\n\nHälsningar\nJohan"),
    ("hr", "skladiste", R, "Ivan Horvat", "", "Jadran Distribucija <ljudski.resursi@jadran-distribucija.example>", "Vaša prijava na natječaj",
     "Poštovani gospodine Horvat,\n\nzahvaljujemo na prijavi na natječaj za radno mjesto skladištara. Nakon pregleda svih prijava odlučili smo nastaviti s drugim kandidatima. Želimo Vam puno uspjeha u daljnjem traženju posla.\n\nS poštovanjem,\nOdjel ljudskih resursa"),
    ("hr", "primljeno-ats", A, "Ana Babić", "", "Jadran Distribucija <ljudski.resursi@jadran-distribucija.example>", "Potvrda primitka prijave",
     "Poštovana gospođo Babić,\n\nprimili smo Vašu prijavu. Kandidate koji uđu u uži izbor kontaktirat ćemo do kraja mjeseca.\n\nOdjel ljudskih resursa"),
    ("sr", "programer", R, "Марко Јовановић", "marko.jovanovic", "Дунав Софт <hr@dunav-soft.example>", "Одговор на Вашу пријаву",
     "Поштовани Марко,\n\nхвала Вам на интересовању за позицију програмера. Након разговора одлучили смо да наставимо са другим кандидатом. Желимо Вам много успеха.\n\nТим за људске ресурсе"),
    ("bg", "schetovoditel", R, "Мария Петрова", "maria.petrova", "Родопа Трейд <hr@rodopa-trade.example>", "Относно кандидатурата Ви",
     "Здравейте, Мария,\n\nБлагодарим Ви за проявения интерес към позицията „Счетоводител“. След внимателен преглед на кандидатурите решихме да продължим с друг кандидат. Пожелаваме Ви успех.\n\nС уважение,\nОтдел „Човешки ресурси“"),
    ("bg", "kredit", J, "Елена Георгиева", "elena.georgieva", "Банка Витоша <izvestia@vitosha-bank.example>", "Вашето искане за кредит",
     "Уважаема г-жо Георгиева,\n\nс съжаление Ви уведомяваме, че искането Ви за потребителски кредит не е одобрено. Можете да подадете ново искане след три месеца.\n\nБанка Витоша"),
    ("et", "klienditeenindus", R, "Kadri Tamm", "", "Läänemere Kaubandus <personal@laanemere.example>", "Sinu kandideerimine",
     "Tere, Kadri!\n\nTäname Sind kandideerimast klienditeenindaja ametikohale. Otsustasime seekord jätkata teise kandidaadiga, kelle kogemus vastab meie vajadustele paremini. Soovime Sulle edu!\n\nParimate soovidega\nPersonaliosakond"),
    ("lt", "sandelis", R, "Tomas Kazlauskas", "", "Nemuno logistika <personalas@nemuno-logistika.example>", "Dėl Jūsų kandidatūros",
     "Laba diena, Tomai,\n\ndėkojame, kad domitės sandėlininko pareigomis. Deja, šį kartą nusprendėme tęsti atranką su kitais kandidatais. Linkime sėkmės ieškant darbo.\n\nPagarbiai\nPersonalo skyrius"),
    ("lt", "pokalbis", IV, "Rūta Petrauskienė", "", "Nemuno logistika <personalas@nemuno-logistika.example>", "Kvietimas į pokalbį",
     "Laba diena, Rūta,\n\nkviečiame Jus į pokalbį ketvirtadienį, 11 val., mūsų biure Vilniuje. Prašome patvirtinti, ar laikas tinka.\n\nPersonalo skyrius"),
    ("sl", "administracija", R, "Maja Novak", "", "Savinja d.o.o. <kadrovska@savinja.example>", "Vaša prijava",
     "Spoštovana ga. Novak,\n\nzahvaljujemo se vam za prijavo na delovno mesto administratorke. Po pregledu vseh prijav smo se odločili za drugo kandidatko. Želimo vam veliko uspeha pri iskanju zaposlitve.\n\nLep pozdrav,\nKadrovska služba"),
    ("tl", "csr-ats", R, "Joanna Reyes", "", "Bayanihan Contact Solutions <no-reply@bayanihan-cs.example>", "Update sa application mo",
     "Hi Joanna,\n\nSalamat sa pag-apply mo bilang Customer Service Representative. Pasensya na, pero hindi ka namin maipapasa sa susunod na stage ng hiring process ngayon. Sana mag-apply ka ulit sa susunod na opening namin.\n\nIngat,\nHR Team"),
    ("tl", "final", IV, "Mark Santos", "", "Bayanihan Contact Solutions <hr@bayanihan-cs.example>", "Final interview schedule",
     "Hi Mark, congrats! Pasok ka sa final interview sa Biyernes, 2 PM. Dalhin mo lang ang valid ID mo at dumating 15 minutes bago ang oras.\n\nHR Team"),
    ("ms", "juruteknik", R, "Hafiz Rahman", "", "Teratai Jaya Sdn. Bhd. <hr@teratai-jaya.example>", "Permohonan jawatan Juruteknik Penyelenggaraan",
     "Salam sejahtera Encik Hafiz,\n\nTerima kasih atas permohonan anda bagi jawatan Juruteknik Penyelenggaraan. Dukacita dimaklumkan bahawa permohonan anda tidak berjaya kali ini. Kami mendoakan kejayaan anda pada masa hadapan.\n\nYang benar,\nJabatan Sumber Manusia"),
    ("ms", "diterima-ats", A, "Nurul Aina", "", "Teratai Jaya Sdn. Bhd. <hr@teratai-jaya.example>", "Permohonan diterima",
     "Salam sejahtera Cik Nurul,\n\npermohonan anda telah diterima. Hanya calon yang disenarai pendek akan dihubungi dalam tempoh tiga minggu.\n\nJabatan Sumber Manusia"),
    ("af", "plaas", R, "Pieter van der Merwe", "", "Annelie <annelie@karoo-vrugte.example>", "Aansoek: plaasbestuurder",
     "Goeie dag Pieter,\n\nDankie vir jou aansoek vir die pos as plaasbestuurder. Ons het besluit om met 'n ander kandidaat voort te gaan wat reeds ervaring met wingerde het. Sterkte met jou soektog.\n\nVriendelike groete\nAnnelie"),
    ("af", "aanbod", OF, "Lize Botha", "", "Marelize <marelize@fynbos-gastehuis.example>", "Goeie nuus!",
     "Baie geluk, Lize! Ons wil jou graag die pos as ontvangsdame aanbied. Laat weet asseblief teen Vrydag of jy dit aanvaar.\n\nMarelize"),
    ("is", "bokari", R, "Guðrún Jónsdóttir", "", "Norðurljós ehf. <mannaudur@nordurljos.example>", "Umsókn um starf bókara",
     "Sæl Guðrún,\n\nTakk fyrir umsóknina um starf bókara. Við höfum ákveðið að ráða annan umsækjanda að þessu sinni. Við óskum þér góðs gengis í framtíðinni.\n\nKveðja,\nMannauðssvið"),
    ("vi", "kinhdoanh", R, "Nguyễn Văn Minh", "", "Phòng Nhân sự Sao Mai <nhansu@saomai.example>", "Kết quả phỏng vấn",
     "Chào bạn Minh,\n\nCảm ơn bạn đã dành thời gian đến phỏng vấn cho vị trí bán hàng. Lần này công ty đã chọn một bạn khác có kinh nghiệm với khách hàng doanh nghiệp. Chúc bạn sớm tìm được công việc ưng ý.\n\nTrân trọng,\nPhòng Nhân sự"),
    ("vi", "baikiemtra", X, "Trần Thị Lan", "", "Phòng Nhân sự Sao Mai <nhansu@saomai.example>", "Bài kiểm tra trực tuyến",
     "Chào chị Lan,\n\nvui lòng hoàn thành bài kiểm tra trực tuyến trước 17h thứ Sáu để tiếp tục quy trình tuyển dụng. Sau thời hạn này đường dẫn sẽ hết hiệu lực.\n\nPhòng Nhân sự"),
    ("id", "admin", R, "Dewi Lestari", "", "Tim HR Cahaya Nusantara <hr@cahaya-nusantara.example>", "Hasil seleksi Staf Administrasi",
     "Halo Dewi,\n\nTerima kasih sudah ikut tes dan wawancara untuk posisi Staf Administrasi. Posisi ini akhirnya kami berikan kepada kandidat yang sudah berpengalaman memakai sistem akuntansi kami. Semoga sukses selalu!\n\nSalam,\nTim HR"),
    ("id", "kartu", J, "Budi Santoso", "", "Bank Mentari <layanan@bank-mentari.example>", "Pengajuan kartu kredit",
     "Yth. Bapak Budi,\n\nmohon maaf, pengajuan kartu kredit Anda belum dapat kami setujui saat ini. Anda dapat mengajukan kembali setelah enam bulan.\n\nBank Mentari"),
    ("el", "ypodoxi", R, "Ελένη Παπαδοπούλου", "eleni.papadopoulou", "Ξενοδοχεία Αιγαίο <hr@aigaio-hotels.example>", "Σχετικά με την αίτησή σας",
     "Αγαπητή κυρία Παπαδοπούλου,\n\nευχαριστούμε που ήρθατε στη συνέντευξη για τη θέση στην υποδοχή. Τελικά η θέση δόθηκε σε συνάδελφο που μιλά και γερμανικά, κάτι που χρειαζόμαστε για τη σεζόν. Καλή συνέχεια!\n\nΦιλικά,\nΗ διεύθυνση του ξενοδοχείου"),
]
ZONES = {"de": "+0100", "fr": "+0100", "es": "+0100", "it": "+0100", "pt-BR": "-0300", "pt-PT": "+0000", "nl": "+0100", "pl": "+0100",
         "ru": "+0300", "uk": "+0200", "ja": "+0900", "ko": "+0900", "zh-Hans": "+0800", "zh-Hant": "+0800", "ar": "+0400", "he": "+0200",
         "hi": "+0530", "th": "+0700", "tr": "+0300", "sv": "+0100", "hr": "+0100", "sr": "+0100", "bg": "+0200", "et": "+0200",
         "lt": "+0200", "sl": "+0100", "tl": "+0800", "ms": "+0800", "af": "+0200", "is": "+0000", "vi": "+0700", "id": "+0700", "el": "+0200"}


def foreign(maker: Maker, item: tuple[str, str, str, str, str, str, str, str]) -> None:
    lang, template, kind, reader, local, sender, subject, body = item
    date, _ = maker.when(ZONES[lang])
    if template.endswith("-ats"):
        org = sender.split(" <")[0]
        domain = sender.split("@")[1].rstrip(">")
        brand_footer = maker.rng.choice(ATS)[1]
        body += "\n\n--\n" + brand_footer.format(company=org, domain=domain, slug=domain.split(".")[0], ref=f"J{maker.rng.randint(1000, 99999)}")
    address = f"{local or ascii_part(reader)}@{maker.rng.choice(('post', 'mailbox', 'inbox', 'letters'))}.example"
    maker.add(lang, family=f"{PREFIX}-{lang}-{template.removesuffix('-ats')}-{kind[:3]}", kind=kind, subject=subject, body=body,
              sender=sender, to=f"{reader} <{address}>", date=date)


FRAMES = {"n": "note", "t": "thread (Outlook)", "g": "thread (Gmail)", "a": "ATS template", "r": "agency recruiter", "p": "phone",
          "l": "formal letter", "s": "portal status", "f": "long footer", "o": "one-liner", "b": "after process paragraphs",
          "k": "feedback bullets", "w": "warm paragraph first"}


def build(frames: Counter[tuple[str, str]] | None = None) -> list[dict]:
    maker = Maker(random.Random(SEED))
    for i, (sector, text, codes) in enumerate(REJ):
        maker.english("rejection", sector, text, codes, sid=f"r{i:03d}", copies=2 if i % 3 == 0 and len(codes) > 1 else 1)
    for i, (kind, sector, text, codes) in enumerate(NEG):
        maker.english(kind, sector, text, codes, sid=f"n{i:03d}", copies=2)
    for i, item in enumerate(WHOLE_NEG):
        maker.whole(i, item)
    for item in FOREIGN:
        foreign(maker, item)
    records = maker.records
    maker.rng.shuffle(records)
    if frames is not None:
        frames.update(maker.frames)
    bodies = Counter(rec["body"] for rec in records)
    if max(bodies.values()) > 1:
        raise SystemExit("two records share a body")
    return records


def language(rec: dict) -> str:
    return rec["id"].split(":")[1].rsplit("-", 1)[0]


def langs(records: list[dict], frames: Counter[tuple[str, str]]) -> int:
    """Print the make-up by label/kind, label/language and English label/frame (no message text)."""
    print("English sentences by label / frame")
    for (label, frame), n in sorted(frames.items()):
        print(f"  {label:14s} {frame:26s} {n}")
    for key, name in ((lambda r: (r["label"], r["kind"]), "label / kind"), (lambda r: (r["label"], language(r)), "label / language")):
        print(name)
        for (label, part), n in sorted(Counter(map(key, records)).items()):
            print(f"  {label:14s} {part:26s} {n}")
    print(f"total {len(records)}; families {len({r['family'] for r in records})}; languages other than English {len({language(r) for r in records} - {'en'})}")
    return 0


def check(records: list[dict]) -> int:
    """How many of our 6-word shingles occur in the other data files; our side only, with
    how many of our bodies hold each. The sealed slice is never opened."""
    others: set[str] = set()
    files = [p for p in sorted(HERE.parent.glob("*.jsonl")) + sorted(HERE.glob("*.jsonl")) if p.name not in SEALED and p.resolve() != OUT]
    for path in files:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    rec = json.loads(line)
                    others |= shingles(f"{rec.get('subject', '')}\n{rec.get('body', '')}")
    holders: Counter[str] = Counter()
    ours: set[str] = set()
    sharing = Counter()
    for rec in records:
        mine = shingles(f"{rec['subject']}\n{rec['body']}")
        ours |= mine
        shared = mine & others
        holders.update(shared)
        if shared:
            sharing[rec["label"]] += 1
    print(f"files read: {len(files)}; our shingles: {len(ours)}; shared: {len(holders)}; bodies sharing one: {sum(sharing.values())} of {len(records)} ({dict(sorted(sharing.items()))})")
    for s, n in sorted(holders.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:3d}  {s}")
    return 0


def main(argv: list[str]) -> int:
    frames: Counter[tuple[str, str]] = Counter()
    records = build(frames)
    if "--check" in argv:
        return check(records)
    if "--langs" in argv:
        return langs(records, frames)
    with OUT.open("w", encoding="utf-8", newline="\n") as handle:
        for rec in records:
            handle.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} messages to {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
