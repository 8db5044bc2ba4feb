# ruff: noqa: E501, S311, C408, PLR0911, PLR0917
"""Write data/blind/written-18.jsonl: the sixth batch of hand-written training mail (fifteenth pass).

Aimed at recall on the long tail: rejection kinds and channels earlier batches did not list
(trial shifts, stages, vetting, medicals, auditions, gig platforms, calendar cancellations,
voicemail transcripts, chatbots, adverse-action notices, rescinded verbal offers, a church call,
clerkships, referrals, delayed apologies, machine-translated English, twenty other languages),
each decision in its own sentence, beside hard-negative twins in the same sender and voice that
decide nothing (invitations, next steps, offers, holds, confirmations).

Stdlib only, seed 180118, byte-identical on two runs. ``--check`` prints how many of our bodies
share a 6-word shingle with data/*.jsonl and data/blind/*.jsonl (sealed slices 13 and 14 and this
file excluded; the others are read only as shingle sets, only our side is printed).
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

SEED = 180118
HERE = Path(__file__).resolve().parent
OUT = HERE / "written-18.jsonl"
PROVENANCE = "written for rejectwatch issue 11 fifteenth pass as training mail, sixth batch: long-tail rejections (make_written18.py)"

FIRST = ["Aisha", "Bartek", "Chloé", "Dmitri", "Efua", "Farid", "Greta", "Hamza", "Ines", "Joaquín", "Kalani", "Leontine", "Mateus", "Nkechi", "Oskar", "Parisa", "Quentin", "Rangi", "Saoirse", "Tomasz", "Uma", "Viktor", "Wanjiru", "Xiadani", "Yusuf", "Zofia", "Arjun", "Bronagh", "Cormac", "Delphine", "Emeka", "Fenna", "Gideon", "Halima", "Ivo", "Jolene", "Kwame", "Lorna", "Mihail", "Noor"]
LAST = ["Abernethy", "Baptiste", "Castellanos", "Dufresne", "Eze", "Fairweather", "Gallagher", "Haddad", "Iwasaki", "Jankowski", "Kowalczyk", "Lindqvist", "Mbeki", "Nakamura", "Okonkwo", "Pellegrini", "Quarshie", "Rasmussen", "Sandoval", "Thorsen", "Uddin", "Varga", "Whitlock", "Yilmaz", "Zielinski", "Achterberg", "Brannigan", "Cavanagh", "Delacroix", "Esposito"]
OTHER = ["Marguerite Oyelaran", "Tobias Feld", "Priyanka Desai", "Colm Ruane", "Hedda Strand", "Rafael Quispe", "Ingrid Salo", "Desmond Achebe"]
CITIES = ["Leeds", "Rotterdam", "Cork", "Bristol", "Dundee", "Halifax", "Ballarat", "Aarhus", "Swansea", "Tacoma", "Gdańsk", "Lyon"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

# Each English scenario: a sender, a voice, a list D of decision sentences (one rejection each)
# and a list T of (kind, sentence) twins in the same voice that decide nothing.
# greet None: the sentences carry their own greeting. frames: the frames this voice can take.
PERSONAL = ("plain", "plain", "mobile", "forward", "thread")
ALL = (*PERSONAL, "portal", "board", "html")
ATS = ("plain", "plain", "forward", "portal", "board", "html")
FIXED = ("plain", "forward")

E = [
    dict(t="hoteltrial", org=["The Harbourside Hotel", "Lindenhof Lodge", "Castlegate Inn"], dom="harbourside-hotel.example", frm="person", role=["night receptionist", "front-of-house supervisor", "concierge"],
         subj=["Your trial shift", "After Saturday", "{Role} – following up"], greet="Hi {name},",
         pre=["Thanks for giving up your Saturday to shadow the desk with us.", "It was good to have you behind the desk for the trial evening.", ""],
         D=["Having talked it through with the duty managers, we won't be taking you on for the {role} post.",
            "We've decided to offer the {role} job to the person who did the trial shift on Sunday.",
            "The team felt you'd need more time on the property system than we can give you in peak season, so it's a no from us this time.",
            "We're not going to continue with your application, though your manner with guests was lovely.",
            "I'm afraid the trial hasn't led to an offer."],
         post=["If you're ever back in the area over winter, do get in touch.", "All the best with the hunt.", ""],
         T=[("interview", "We'd like you back for a second trial shift on {date}, this time the late one from 3pm until 11pm."),
            ("offer", "We'd like to offer you the {role} post, starting on {date}, on 30 hours a week."),
            ("next_steps", "Before we decide, the general manager wants a quick call with you on {date}; there's nothing to prepare.")],
         sign=["Best", "Thanks again"], who=["Front Office Manager", "Deputy GM"], frames=PERSONAL),
    dict(t="kitchenstage", org=["Ember & Salt", "Brasserie Colline", "The Pickled Pear"], dom="emberandsalt.example", frm="person", role=["commis chef", "chef de partie", "junior sous chef"],
         subj=["stage", "Re: stage Thursday", "kitchen"], greet=None, pre=[""],
         D=["Hi {name}, cheers for coming in for the stage. We're going with a commis who's already done a season on fish, so I can't offer you the spot.",
            "{name} – good effort on the stage but it's not a yes for this one, chef.",
            "Hi {name}, we've filled the {role} position from inside the brigade, so I'm closing it off with everyone who staged.",
            "Hi {name}, honestly you were close, but we went the other way on the {role} job.",
            "{name}, it's not going to work out on the section this time round. You'll get there."],
         post=["Keep cooking.", "", "Thanks for your time."],
         T=[("interview", "Hi {name}, come in Thursday for a stage, 2pm, bring your knives and whites."),
            ("other_job", "Hi {name}, still sorting rotas for next month, so I should know about the {role} job by the weekend. Sit tight, you're still in it.")],
         sign=["Chef", "Cheers"], who=["Head Chef", "Exec Chef"], frames=("plain", "mobile", "mobile", "thread")),
    dict(t="nursebank", org=["Riverside Community NHS Trust", "St Aldhelm's Hospital Staff Bank", "Northvale Health Board"], dom="riverside-health.example", frm="noreply", role=["Bank Staff Nurse", "Healthcare Support Worker (bank)", "Band 5 Staff Nurse"],
         subj=["Your application: {Role} ({ref})", "Update regarding vacancy {ref}", "Pre-employment checks – {ref}"], greet="Dear {name},", pre=["Vacancy reference: {ref}", "Thank you for your application for the post of {Role}."],
         D=["As your pre-employment checks were not completed within the 60 days allowed, your application for the {Role} role has been closed.",
            "Occupational health have been unable to clear you for this post, and the conditional offer therefore cannot go ahead.",
            "Following a review of your registration status, we are not able to proceed with your appointment to the bank.",
            "We have decided not to progress your application at this stage, because the ward requires at least twelve months' post-registration experience.",
            "Your application has been withdrawn by the recruitment team, as we did not receive the two references we asked for.",
            "The recruiting manager has shortlisted other applicants, and you have not been invited to interview on this occasion."],
         post=["You are welcome to apply for future vacancies on our jobs site.", "", "If you have any questions, please contact the recruitment team quoting the reference above."],
         T=[("next_steps", "Your pre-employment checks are under way; occupational health will contact you to book a screening appointment."),
            ("application_received", "Your application for the {Role} role has been received and will be shortlisted by the ward manager after the closing date."),
            ("next_steps", "We are still waiting for one of your two references. Your conditional offer stands; please ask your referee to reply by {date}.")],
         sign=["Yours sincerely", "Kind regards"], who=["Recruitment Services", "Bank Office"], frames=("plain", "plain", "portal", "html", "forward")),
    dict(t="retailseason", org=["Halloway's", "Northgate Outfitters", "Pennyworth Home"], dom="halloways-careers.example", frm="noreply", role=["Christmas Sales Assistant", "Seasonal Stockroom Colleague", "Seasonal Till Operator"],
         subj=["Your seasonal application", "About your application to {org}", "{Role} – {city}"], greet="Hi {name},", pre=["", "Thanks for wanting to join us for the festive season."],
         D=["All of our seasonal team places for the store have now been filled, so we won't be able to offer you one this year.",
            "We've looked at the availability you gave us and, as it doesn't cover weekends, we can't take your application further.",
            "Thanks for coming to the group session. On this occasion we won't be offering you a seasonal contract.",
            "We had far more applicants than shifts this winter, and yours hasn't been selected.",
            "Your application for the Christmas team at our {city} store has been unsuccessful."],
         post=["Keep an eye on our careers site for spring roles.", "Happy shopping, and thanks again.", ""],
         T=[("interview", "We'd love you to come to a group session at the {city} store on {date} at 9am."),
            ("other_job", "Our seasonal recruitment for {city} is paused for a week while we finalise hours. Your application stays live and we'll be in touch.")],
         sign=["Best wishes", "Thanks"], who=["The {org} Recruitment Team"], frames=ATS),
    dict(t="apprentice", org=["Brightwire Electrical Training", "Kestrel Building Services", "Midland Trades Academy"], dom="brightwire-training.example", frm="noreply", role=["Electrical Apprentice", "Plumbing and Heating Apprentice", "Joinery Apprentice"],
         subj=["Your apprenticeship application", "{Role} – intake update", "Aptitude assessment result"], tsubj=["Your apprenticeship application", "{Role} – intake update", "Aptitude assessment"], greet="Dear {name},", pre=["Thank you for applying for the {Role} programme.", "We have now reviewed your application and assessment."],
         D=["Your score in the aptitude assessment was below the level required to move to interview, so your application for this intake ends here.",
            "We will not be offering you an apprenticeship place in the autumn intake.",
            "The employer you were matched with has now filled its vacancy and the match has been closed; there is no other employer with a place near you this year.",
            "Following your practical day, the panel has decided not to offer you a place on the scheme.",
            "I'm sorry to tell you that you haven't got through to the next stage."],
         post=["You can apply again for next year's intake from {month}.", ""],
         T=[("next_steps", "You passed the aptitude assessment. The next step is a practical day at our training centre on {date}."),
            ("application_received", "Your application is complete. The aptitude assessment link will arrive within five working days.")],
         sign=["Regards", "Best wishes"], who=["Apprenticeship Admissions"], frames=ATS),
    dict(t="plumberowner", org=["D. Kavanagh Plumbing", "Ostrowski & Son", "Tidewater Heating"], dom="kavanaghplumbing.example", frm="owner", role=["plumber's mate", "trainee heating engineer", "improver"],
         subj=["the job", "Re: plumbers mate", "job"], greet=None, pre=[""],
         D=["Hi {name}, thanks for coming round the yard. I've had a think and I'm going to take on the lad who's already got his gas ticket. Sorry mate.",
            "Hi {name}, the job's gone I'm afraid, took someone on Friday.",
            "Hi {name}, I won't be taking you on. The van work needs a full licence and we can't wait for yours.",
            "{name}, not this time. I need someone with more bathroom fits behind them.",
            "Hi {name}, decided to keep it in the family for now, my nephew starts Monday. Good luck."],
         post=[""],
         T=[("interview", "Hi {name}, can you come to the yard Tuesday 8am for a chat and a look at the vans?"),
            ("offer", "Hi {name}, happy to take you on. Start Monday 7.30, I'll sort the van.")],
         sign=["Cheers", "Ta"], who=["Dermot", "Pawel", "Gareth"], frames=("plain", "mobile", "mobile")),
    dict(t="postdocpi", org=["Institute for Structural Biology", "Department of Earth Sciences", "Centre for Computational Ecology"], dom="uni-research.example", frm="named", role=["postdoctoral research associate", "research fellow", "postdoc"],
         subj=["Postdoc position", "Re: postdoc in the lab", "Following our conversation"], greet="Dear {name},", pre=["Thank you again for the visit and for the talk, which the group enjoyed.", "I promised you an answer by the end of the month.", ""],
         D=["I'm sorry to say that I've offered the postdoc to another applicant, whose background in cryo-EM fits the grant more directly.",
            "In the end the funder asked us to prioritise someone already in the consortium, so I won't be able to bring you into the lab.",
            "After a lot of back and forth I've decided your profile isn't the right match for this project, although I'd be glad to hear about your work in future.",
            "The position has now been filled, and I wanted you to hear it from me rather than from the HR system.",
            "Unfortunately the grant was cut by a third in the final award, and the postdoc line we interviewed you for no longer exists."],
         post=["I'm happy to write to colleagues who might be hiring.", "Do stay in touch.", ""],
         T=[("interview", "Could you give a 20-minute talk to the group on {date}, followed by a chat with me and two of the students?"),
            ("other_job", "I'm still waiting on the funder's final award letter, so I can't say anything definite yet; you remain very much in the running.")],
         sign=["Best wishes", "Warmly"], who=["Prof. Helen Marchetti", "Dr. Ruaridh Bell", "Prof. Ana Lukić"], frames=PERSONAL),
    dict(t="facsearch", org=["Department of History, Larchmont University", "School of Music, Verrin College", "Department of Chemistry, Oakhurst University"], dom="larchmont.example", frm="person", role=["Assistant Professor", "Lecturer in Early Modern History", "tenure-track position"],
         subj=["{Role} search", "Your application – faculty search", "Search update"], greet="Dear Dr. {last},", pre=["Thank you for your interest in the {role} position and for the care you put into your materials.", ""],
         D=["The Department has completed its search for the {role} position; the post has been offered to, and accepted by, another candidate.",
            "After careful review of a very large pool, the committee did not select your file for a first-round interview.",
            "I write on behalf of the search committee to let you know that you were not among the candidates invited for a campus visit.",
            "The search has been closed without an appointment and will not be readvertised this academic year.",
            "Following the campus visits, the faculty voted to make an offer to another finalist."],
         post=["We wish you every success in your career.", "With best wishes for your research,", ""],
         T=[("interview", "The committee would like to invite you to a 30-minute video interview during the week of {date}."),
            ("application_received", "Your dossier for the {role} position is complete; the committee will begin reviewing files on {date}."),
            ("next_steps", "The committee has asked for one further letter of recommendation and a teaching statement before it draws up its long list.")],
         sign=["Sincerely", "Yours"], who=["Chair, Search Committee"], frames=("plain", "plain", "forward", "thread", "html")),
    dict(t="teacherobs", org=["Millbrook Academy", "St Columba's High School", "Ravensworth School"], dom="millbrook-academy.example", frm="person", role=["Teacher of Mathematics", "Teacher of English", "Head of Science"],
         subj=["Post of {Role}", "Interview outcome", "Your application – {Role}"], tsubj=["Post of {Role}", "Interviews for {Role}", "Your application – {Role}"], greet="Dear {name},", pre=["Thank you for coming to Millbrook yesterday.", "Thank you for your interest in the post of {Role}.", ""],
         D=["After the lesson observations and interviews, the governors have appointed another candidate to the post.",
            "Thank you for your lesson with Year 9. The panel has decided not to offer you the post; the successful candidate had experience of teaching A level.",
            "We will not be taking your application forward to the interview stage.",
            "I'm afraid you have not been shortlisted for the post of {Role}.",
            "We have offered the post to an internal candidate, who has accepted."],
         post=["I wish you well in your career.", "", "We were grateful for the time you gave us."],
         T=[("interview", "We are pleased to invite you to interview for the post of {Role} on {date}; you will teach a 30-minute lesson to Year 8."),
            ("next_steps", "We are now taking up references for the shortlisted candidates, including you, before interviews on {date}.")],
         sign=["Yours sincerely", "Kind regards"], who=["Headteacher", "HR Officer"], frames=("plain", "plain", "forward", "html", "mobile")),
    dict(t="supplyagency", org=["Chalkline Education", "Merit Supply Teachers", "Brightpath Education Recruitment"], dom="chalkline-edu.example", frm="person", role=["maths cover teacher", "SEN teaching assistant", "maternity cover (Year 4)"],
         subj=["Re: {role}", "{Role} – update from the school", "Quick update"], greet="Hi {name},", pre=["", "Just a quick one."],
         D=["The school has decided to cover the long-term post with a teacher already on their supply list, so they won't be meeting you.",
            "Unfortunately the school has passed on your profile for the {role}.",
            "I've just heard back: they've given the {role} to someone who can start this Monday, so that one is closed for you.",
            "The head has chosen not to move forward with you for the {role}.",
            "The school has cancelled that booking because they've restructured the department, so the role you interviewed for is off."],
         post=["I'll keep sending your profile out for day-to-day work.", "Speak soon.", ""],
         T=[("interview", "Great news, the school would like to meet you on {date} at 3.30pm for an informal chat and a walk round."),
            ("other_job", "The school hasn't got back to me yet about the {role}. I'll chase them Thursday and let you know; you're still on their shortlist.")],
         sign=["Thanks", "Best"], who=["Education Consultant"], frames=ALL),
    dict(t="lawtc", org=["Harcourt Vane LLP", "Sterling Maitland", "Penhallow & Drake"], dom="harcourtvane.example", frm="noreply", role=["Training Contract 2029", "Summer Vacation Scheme", "Solicitor Apprenticeship"],
         subj=["Your application to {org}", "{Role}: your application", "Graduate Recruitment – {org}"], greet="Dear {name},", pre=["Thank you for the time and effort you put into your application and the assessment centre.", "Thank you for applying for our {Role}."],
         D=["We regret that we are unable to offer you a training contract on this occasion.",
            "Following the assessment centre, the Graduate Recruitment Committee has decided not to progress your application to the partner interview.",
            "You did not reach the required standard in the written case study exercise, and we will therefore not be progressing your application.",
            "Our training contract places for 2029 are now full, and your application will not be taken further.",
            "After careful consideration, the firm is not in a position to offer you a place on the vacation scheme this summer."],
         post=["Good luck as you build your career in law.", ""],
         T=[("next_steps", "We are delighted to invite you to our assessment centre on {date}, which includes a written exercise and a partner interview."),
            ("offer", "We are delighted to offer you a training contract commencing in September 2029, subject to the conditions set out in the attached letter.")],
         sign=["Yours sincerely", "Kind regards"], who=["Graduate Recruitment Team"], frames=("plain", "portal", "html", "forward")),
    dict(t="paralegal", org=["Fenwick & Hale Solicitors", "Ogundipe Law", "Marsh Lane Legal"], dom="fenwickhale.example", frm="person", role=["paralegal", "legal secretary", "conveyancing assistant"],
         subj=["{Role} position", "Re: interview on Tuesday", "Our vacancy"], greet="Dear {name},", pre=["Thanks for coming in to see us.", ""],
         D=["We've decided to go with someone who already has conveyancing experience.",
            "I'm afraid we won't be offering you the {role} role.",
            "The partners have decided to hold off hiring until the new year and are closing the vacancy for now, so your application won't go any further.",
            "Having met everyone, we've chosen a candidate who can start immediately."],
         post=["Best of luck.", "Thanks again for your interest in the firm.", ""],
         T=[("interview", "Would you be free to come in for a second meeting with one of the partners on {date}?"),
            ("other_job", "We're still seeing two more people this week and will let everyone know by {date}.")],
         sign=["Regards", "Kind regards"], who=["Practice Manager"], frames=PERSONAL),
    dict(t="banktests", org=["Corvane Bank", "Ashbridge Capital", "Meridian Mutual"], dom="corvane-careers.example", frm="noreply", role=["Graduate Programme – Risk", "Technology Graduate Programme", "Spring Insight Week"],
         subj=["Your {org} application", "Update: {Role}", "{Role} – assessment outcome"], greet="Dear {name},", pre=["Thank you for your interest in the {Role}.", "Reference: {ref}"],
         D=["Your results in the numerical reasoning test did not meet the benchmark for this programme, so your application has been closed.",
            "Based on your responses in the situational judgement test, we will not be progressing your application.",
            "As the online assessments were not completed before the deadline, your application has been withdrawn from this year's process.",
            "Having reviewed your video interview, we will not be moving your application to the assessment centre.",
            "We have now filled all places on the {Role} and are closing the remaining applications, including yours."],
         post=["We encourage you to apply again next year.", ""],
         T=[("next_steps", "Your next step is the numerical reasoning test; please complete it by {date}."),
            ("interview", "Congratulations, you have been invited to our virtual assessment centre on {date}.")],
         sign=["Kind regards"], who=["Early Careers Team"], frames=("plain", "portal", "html", "html", "forward")),
    dict(t="references", org=["Lowther Asset Management", "Quayside Logistics", "Brenton Insurance"], dom="lowther-am.example", frm="person", role=["Fund Accountant", "Operations Manager", "Claims Team Leader"],
         subj=["Your offer – {Role}", "References", "{Role}"], greet="Dear {name},", pre=["Thank you for your patience while we completed our checks.", ""],
         D=["Having received your references, we have decided not to proceed with the offer we discussed.",
            "Following the reference checks, we are withdrawing our conditional offer for the {Role} position.",
            "We were unable to verify the employment history on your application with your previous employer, and so we cannot continue with your appointment.",
            "After taking up references, the panel has concluded that it will not be appointing you to the role."],
         post=["", "I appreciate this will be disappointing."],
         T=[("next_steps", "We are now contacting the referees you gave us; once we have both references we will confirm your start date."),
            ("offer", "Both references are back and we're pleased to confirm our offer for the {Role} position.")],
         sign=["Regards", "Yours sincerely"], who=["HR Business Partner", "Head of Talent"], frames=("plain", "plain", "thread", "forward", "html")),
    dict(t="vetting", org=["Department for Regional Infrastructure", "Office of the Revenue Commissioners", "Ministry of Defence Civilian Recruitment"], dom="civilservice-jobs.example", frm="noreply", role=["Executive Officer", "Higher Executive Officer – Policy", "Administrative Officer"],
         subj=["Campaign {ref}: {Role}", "Your application – {ref}", "Vetting outcome"], tsubj=["Campaign {ref}: {Role}", "Your application – {ref}", "Vetting and the reserve list"], greet="Dear {name},", pre=["Campaign reference: {ref}", ""],
         D=["Your security clearance application has not been approved, and we are therefore unable to continue with your appointment to the {Role} post.",
            "As the vetting outcome did not meet the requirements for this post, your provisional offer has been withdrawn.",
            "The reserve list for this campaign closed on {date}. No further offers will be made from it, and your candidacy has now ended.",
            "You have not met the nationality requirements for this post, so we cannot consider your application any further.",
            "Your application was sifted on the behaviours in your statement and did not reach the score needed to go to interview."],
         post=["This email was sent from an unmonitored address.", ""],
         T=[("next_steps", "Your security clearance application has been submitted; vetting usually takes 8 to 12 weeks, and we will contact you when it is complete."),
            ("other_job", "You passed the interview and have been placed on the reserve list for this campaign; if a post becomes available within 12 months we will contact you with an offer.")],
         sign=["Regards"], who=["Government Recruitment Service"], frames=("plain", "portal", "html", "forward")),
    dict(t="military", org=["Army Recruiting", "Royal Navy Recruiting", "Air Force Careers"], dom="armed-forces-careers.example", frm="noreply", role=["Combat Medical Technician", "Aircraft Technician", "Logistics Specialist"],
         subj=["Your application", "Application update – {Role}", "Medical assessment outcome"], tsubj=["Your application", "Application update – {Role}", "Your next appointment"], greet="Dear {name},", pre=["", "Thank you for applying to join as a {Role}."],
         D=["Following your medical assessment, you have been graded as not meeting the medical standards for entry, and your application has been closed.",
            "We regret that your application to join as a {Role} will not proceed, as you did not pass the fitness assessment at the second attempt.",
            "Your application has been unsuccessful at the selection board stage.",
            "There are no remaining places for this role in the current year, and we are closing your application."],
         post=["Your Recruiter can talk you through other options.", ""],
         T=[("next_steps", "Your medical has been booked for {date}; please bring photo ID and your glasses if you wear them."),
            ("interview", "You have been selected to attend the selection board on {date}.")],
         sign=["Regards"], who=["Candidate Support"], frames=("plain", "portal", "html")),
    dict(t="orchestra", org=["Northern Philharmonic", "Kestrel Chamber Orchestra", "City Opera Orchestra"], dom="northernphil.example", frm="person", role=["Section Viola", "Sub-principal Horn", "Tutti Second Violin"],
         subj=["{Role} auditions", "Audition result", "Auditions on {date}"], greet="Dear {name},", pre=["Thank you for travelling to play for us.", "Thank you for taking part in the auditions for {Role}."],
         D=["The panel has decided not to invite you to the trial period for the section position.",
            "After the final round, the orchestra has offered the trial to another player.",
            "We're sorry to tell you that you did not advance past the screened first round.",
            "The position has been left vacant after the auditions and will be readvertised next season; we won't be taking any of this round's candidates forward."],
         post=["We wish you well with your playing.", ""],
         T=[("interview", "You are invited to the preliminary round on {date}; the excerpt list is attached."),
            ("next_steps", "Following the final round, the panel would like to invite you to a trial period of up to twelve weeks.")],
         sign=["With best wishes"], who=["Orchestra Manager"], frames=("plain", "forward", "thread")),
    dict(t="castingpaid", org=["Gilt Casting", "Harrow & Finch Casting", "Lamplight Productions"], dom="giltcasting.example", frm="person", role=["the role of Nell", "Featured: Bus Driver", "the lead in the regional tour"],
         subj=["Re: recall", "{Role}", "update"], greet="Hi {name},", pre=["", "Thanks for the recall on Tuesday."],
         D=["The director has decided to go another way with {role}.",
            "They've cast it and it wasn't you this time, sadly.",
            "The producers have released you from the pencil for this job.",
            "The production has been pulled, so {role} that you recalled for no longer exists."],
         post=["Onwards!", "Lots more coming.", ""],
         T=[("interview", "They'd like to see you for a recall on {date}; sides attached."),
            ("next_steps", "You're pencilled for the shoot on {date}. Please keep the date free while they confirm.")],
         sign=["x", "Best"], who=["Casting Assistant", "Agent"], frames=("plain", "mobile", "forward")),
    dict(t="couriergig", org=["Zipline Eats", "Parcelrun", "Dashcart"], dom="zipline-eats.example", frm="noreply", role=["courier", "delivery partner", "rider"],
         subj=["About your {org} application", "Your rider application", "Account update"], greet="Hi {name},", pre=["", "Thanks for signing up to ride with {org}."],
         D=["We're unable to activate your courier account in {city} at the moment, as we have enough riders in your area.",
            "Your application to deliver with us has not been approved, because your background check result did not meet our requirements.",
            "We couldn't verify the documents you uploaded, and your application to ride with us has been closed.",
            "Your application to deliver with {org} has been declined. You can apply again in 90 days."],
         post=["", "The {org} team"],
         T=[("next_steps", "Your documents are verified! Book your onboarding session to collect your kit."),
            ("other_job", "We're not onboarding new riders in {city} right now. Your application is on our waitlist and we'll message you as soon as a slot opens.")],
         sign=["Ride safe"], who=["{org} Partner Support"], frames=("plain", "html", "html")),
    dict(t="freelancemkt", org=["GigHarbor", "TaskLoom", "Freelanza"], dom="gigharbor.example", frm="noreply", role=["Shopify theme fixes", "Translate 40 product pages EN>DE", "Podcast editing, 6 episodes"],
         subj=["Update on your proposal", "Your proposal: {role}", "Job update"], greet="Hi {name},", pre=[""],
         D=["The client has hired another freelancer for \"{role}\". Your proposal has been declined.",
            "Your proposal for \"{role}\" was declined by the client. Reason given: not a fit for this project.",
            "This job was closed by the client, so your proposal will no longer be considered."],
         post=["Browse similar jobs on {org}.", ""],
         T=[("interview", "The client would like to interview you for \"{role}\". Reply within 24 hours to keep your place."),
            ("offer", "You've received an offer for \"{role}\". Review the terms and accept to start.")],
         sign=["Thanks"], who=["The {org} team"], frames=("plain", "html")),
    dict(t="startupfounder", org=["Lumenfold", "Birchbyte", "Quillstack"], dom="lumenfold.example", frm="person", role=["founding engineer", "first product manager", "senior backend engineer"],
         subj=["Re: take-home", "{org} – {role}", "quick note"], greet="Hey {name},", pre=["Thanks so much for the time you've put in over the last few weeks.", ""],
         D=["We loved the energy you brought to the take-home, but we've decided to hire someone with more backend depth for this first engineering seat.",
            "I'll be straight with you: we're not moving ahead. The team wasn't convinced on the system design round.",
            "We just closed our round at a smaller number than planned and have frozen all hiring, this role included, so we can't continue with you.",
            "We're going to pass for now; the product role is going to a former colleague of mine.",
            "It's a no from us for this one."],
         post=["Happy to give more detail on a call if useful.", "", "Rooting for you."],
         T=[("next_steps", "Loved the take-home. Next up is a half-day onsite with the team on {date}; we'll cover travel."),
            ("offer", "We'd love to have you as our {role}. Offer letter and option grant attached.")],
         sign=["Cheers", "Best"], who=["Co-founder & CEO", "CTO"], frames=PERSONAL),
    dict(t="bigtechhc", org=["Northwind Cloud", "Vantix", "Orbital Systems"], dom="northwind-careers.example", frm="person", role=["Software Engineer", "Site Reliability Engineer", "Data Scientist"],
         subj=["Your {org} candidacy", "Update on {Role}", "Following up after your onsite"], greet="Hi {name},", pre=["Thanks again for the time you spent interviewing with us.", ""],
         D=["The hiring committee has reviewed your interview feedback, and we won't be extending an offer for the {Role} role.",
            "We weren't able to find a team match for you before your candidacy window closed, so we're ending the process for now.",
            "After the onsite loop, the team has decided not to move forward with your candidacy.",
            "Your candidacy for {Role} (L5) has been closed following the debrief.",
            "At this time we won't be proceeding with your application; you're welcome to reapply after twelve months."],
         post=["I'm happy to share high-level feedback on a call.", ""],
         T=[("next_steps", "Congratulations, the hiring committee approved you! We're now in team matching and I'll set up calls with two managers next week."),
            ("interview", "Your onsite loop is confirmed for {date}: four interviews of 45 minutes each.")],
         sign=["Best", "Thanks"], who=["Technical Recruiter"], frames=ALL),
    dict(t="ngofield", org=["Wellspring Relief", "Common Harvest International", "Bridges Without Borders"], dom="wellspring-relief.example", frm="noreply", role=["WASH Programme Officer", "Field Logistics Coordinator", "MEAL Officer"],
         subj=["Vacancy {ref} – {Role}", "Your application – {city}", "{Role}"], greet="Dear {name},", pre=["Thank you for your interest in the {Role} post in {city}.", ""],
         D=["The post has been filled by a national staff member, in line with our localisation commitments.",
            "We regret that your application was not shortlisted.",
            "Due to a cut in donor funding, the {Role} position in {city} has been cancelled and all applications closed.",
            "Following the written test, you were not retained for the interview stage."],
         post=["We encourage you to keep following our vacancies.", ""],
         T=[("next_steps", "You have been shortlisted for a written test for the {Role} post, to be taken online on {date}."),
            ("application_received", "We confirm receipt of your application. Only shortlisted candidates will be contacted.")],
         sign=["Best regards"], who=["HR Unit"], frames=("plain", "portal", "html", "forward")),
    dict(t="execsearch", org=["Ardent Partners Executive Search", "Calloway Odell", "Strand Leadership"], dom="ardent-search.example", frm="person", role=["Chief Financial Officer", "Managing Director, Europe", "Chief Executive"],
         subj=["{Role} appointment", "Confidential – {Role}", "Following the final panel"], greet="Dear {name},", pre=["Thank you for the generosity of your time throughout this process.", ""],
         D=["The board met on Thursday and has chosen to proceed with the other finalist for the {Role} appointment.",
            "After much deliberation, the nominations committee has decided to appoint a candidate with listed-company experience; I'm sorry it isn't better news.",
            "The client has decided to promote from within, and the external search has been stood down.",
            "The chair has asked me to thank you and to let you know that you will not be going forward to the final panel."],
         post=["I hope we can speak again when the right mandate comes along.", ""],
         T=[("interview", "The chair would like to meet you over breakfast on {date}, before the final panel."),
            ("other_job", "The board meets on {date}; I expect to have feedback on both finalists by the end of that week.")],
         sign=["With kind regards", "Warm regards"], who=["Partner"], frames=("plain", "thread", "forward")),
    dict(t="summerintern", org=["Pellucid Labs", "Greyfriars Media", "Atlas Engineering"], dom="pellucid-careers.example", frm="noreply", role=["Software Engineering Intern", "Marketing Intern", "Structural Engineering Summer Intern"],
         subj=["Your internship application", "{Role} – update", "Summer 2027 internships"], greet="Hi {name},", pre=["Thanks for applying to be a {Role} with us.", ""],
         D=["All of our summer internship positions are now committed, so we can't offer you a place this year.",
            "We've reviewed your application for the {Role} role and won't be moving it forward.",
            "Your application for the 10-week summer programme was not selected.",
            "We're not able to offer you an internship, as we can only take students in their penultimate year.",
            "The team has chosen to host one intern instead of two this summer, and the place has gone to another student."],
         post=["Good luck with the rest of your studies!", ""],
         T=[("interview", "We're excited to invite you to a 30-minute first-round interview for the {Role} role."),
            ("offer", "We're thrilled to offer you a place on our summer internship programme.")],
         sign=["Best", "Cheers"], who=["University Recruiting"], frames=ATS),
    dict(t="rescinded", org=["Halcyon Biotech", "Marlowe Retail Group", "Tessellate Studio"], dom="halcyonbio.example", frm="person", role=["Lab Operations Manager", "Regional Buyer", "Senior Designer"],
         subj=["Re: offer", "The {Role} role", "Difficult news"], tsubj=["Re: offer", "The {Role} role", "Re: our call on Tuesday"], greet="Hi {name},", pre=["", "I wanted to call, but couldn't reach you, so I'm writing instead."],
         D=["I'm really sorry to be writing this, but we have to withdraw the verbal offer we discussed on Tuesday.",
            "Since we spoke about the package, the role has been frozen by finance and we are not able to make the formal offer.",
            "We've had to rethink the team structure, and the position we discussed is not going ahead, so there won't be an offer.",
            "I'm afraid the offer we talked through last week has been rescinded following a change in our funding."],
         post=["I know the timing is awful, and I'm sorry.", ""],
         T=[("offer", "As discussed on Tuesday, here is your formal offer; please sign and return it by {date}."),
            ("next_steps", "Finance are still signing off the package we discussed. It's a formality, and I hope to have the written offer to you on {date}.")],
         sign=["Best", "Regards"], who=["Hiring Manager", "Head of People"], frames=PERSONAL),
    dict(t="reorg", org=["Fairhaven Energy", "Kilnworth Publishing", "Solace Healthcare Group"], dom="fairhaven-energy.example", frm="noreply", role=["Business Analyst", "Production Editor", "Clinical Coder"],
         subj=["Req {ref} – {Role}", "About the {Role} vacancy", "Your application"], greet="Dear {name},", pre=["Thank you for applying for {Role} (requisition {ref}).", ""],
         D=["The position has been eliminated as part of a reorganisation, and we are closing all applications for it.",
            "Due to a company-wide hiring freeze, we've closed the {Role} requisition and won't be progressing any candidates.",
            "The vacancy you applied for has been withdrawn. We will not be filling it.",
            "We've decided to cover this work with our existing team, so the role has been cancelled and your application closed."],
         post=["We appreciate your interest in {org}.", ""],
         T=[("other_job", "The {Role} role has been put on hold while we finalise next year's budget. Your application remains in process and we'll update you by {date}."),
            ("other_job", "The vacancy has been re-posted with an updated title; your existing application remains active and you don't need to re-apply.")],
         sign=["Regards"], who=["Talent Acquisition"], frames=("plain", "portal", "html", "forward")),
    dict(t="atsbare", org=["Corriedale Foods", "Glasswing Insurance", "Pembury Hospitals"], dom="myjobs.corriedale.example", frm="noreply", role=["Warehouse Operative", "Underwriting Assistant", "Patient Services Clerk"],
         subj=["Application update", "{org} Careers: status change", "Your application {ref}"], greet=None, pre=["{Role} ({ref})"],
         D=["Status: No longer under consideration",
            "Your application status: Not selected",
            "Disposition: Does not meet minimum qualifications",
            "Update: Position filled",
            "Status changed to: Rejected",
            "Status changed: Declined by hiring team",
            "Candidate status: Inactive – another candidate selected"],
         post=[""],
         T=[("application_received", "Status: Under review"),
            ("other_job", "Status: On hold – you remain in process"),
            ("interview", "Status: Interview scheduled")],
         sign=["Sign in to view details"], who=["{org} Careers"], frames=("plain", "html", "html")),
    dict(t="otherhired", org=["Seabright Housing Association", "Tamworth Arts Centre", "Hollin Credit Union"], dom="seabright-ha.example", frm="person", role=["Head of Operations", "Programme Director", "Member Services Lead"],
         subj=["Our new {Role}", "{Role} – thank you", "An update from {org}"], greet="Dear {name},", pre=["Thank you for applying to {org}.", ""],
         D=["We're delighted to share that {other} will be joining us as our new {Role} next month. Thank you for the time you put into your application.",
            "I'm pleased to tell you that we've appointed {other} as {Role}. We were fortunate to see so many strong applications, yours among them.",
            "Good news from our side: our new {Role}, {other}, starts on {date}. Thank you for taking part in the process.",
            "Congratulations are in order for {other}, who has accepted our offer to become {Role}; we're grateful to every applicant, including you."],
         post=["", "With thanks,"],
         T=[("offer", "We're delighted to share that the panel would like you to join us as our new {Role}."),
            ("next_steps", "We're pleased to say you're one of two finalists for {Role}; the final conversation with our director is on {date}.")],
         sign=["Best wishes"], who=["Chief Executive", "Chair of the Board"], frames=("plain", "html", "forward", "thread")),
    dict(t="luckstatus", org=["Vireo Logistics", "Brackenridge Hotels", "Cinderford Council"], dom="vireo-jobs.example", frm="noreply", role=["Transport Planner", "Revenue Analyst", "Parks Officer"],
         subj=["Your application for {Role}", "Application update", "{org}: {Role}"], greet="Hi {name},", pre=["Thanks for applying for {Role}.", ""],
         D=["Application status: Closed. We wish you the very best in your job search.",
            "Your application for {Role} has been archived. Good luck with your search!",
            "This position is no longer open to your application. We wish you luck in finding the right role.",
            "{Role} – outcome: Unsuccessful. Best of luck for the future."],
         post=[""],
         T=[("application_received", "Application status: Received. Good luck! We'll be in touch after the closing date."),
            ("job_alert", "Still looking? 12 new jobs like {Role} near {city}. Good luck with your search!")],
         sign=["Regards"], who=["{org} Recruitment"], frames=("plain", "html", "board")),
    dict(t="nonnative", org=["Kovalenko Software", "Duarte Industrial", "Ngo Minh Trading"], dom="kovalenko-soft.example", frm="person", role=["QA Engineer", "Sales Coordinator", "Export Assistant"],
         subj=["Regarding your candidature", "Answer about {Role}", "{Role} position"], greet="Dear Mr./Ms. {last},", pre=["Many thanks for your time given to us in the interview of last week.", ""],
         D=["We regret to inform that your candidature is not retained for the next step of the selection.",
            "We have to inform you that we decided for another candidate whose profile is more near to our needs.",
            "After evaluation of all profiles, yours was not choosen for continuing the process.",
            "Sorry to say, the position is given to other person already, so we cannot continue with you.",
            "Your application will not be further considered, we are grateful for the time you spent with us."],
         post=["We wish you success in your future.", ""],
         T=[("interview", "We are pleased to inform that you are selected for the next step, a technical interview on {date}."),
            ("application_received", "We confirm we received your candidature and it is now in evaluation by the team.")],
         sign=["Best regards"], who=["HR Department"], frames=("plain", "plain", "forward", "thread")),
    dict(t="machinetr", org=["Grupo Alcántara", "Sociedade Ribeiro", "Fabbrica Zanetti"], dom="alcantara-grupo.example", frm="noreply", role=["Administrative of Purchases", "Technician of Maintenance", "Responsible of Warehouse"],
         subj=["Communication about your candidacy", "Process of selection {ref}", "Your application"], greet="Esteemed {name}:", pre=["We thank you for the interest shown in our organisation.", ""],
         D=["Unfortunately we must communicate you that your application was not chosen in this occasion.",
            "With regret we inform that we cannot take into account your candidacy for the position of {Role}.",
            "We have decided to continue the selection with other candidates, whose profiles correspond more to the requirements of the post.",
            "Your application has been valued negatively for this offer of work."],
         post=["We will keep your data for future processes.", ""],
         T=[("next_steps", "We communicate you that your application has passed to the following phase of selection."),
            ("application_received", "We inform you that your application has been registered correctly and will be valued by our team of selection.")],
         sign=["A cordial greeting"], who=["Department of Human Resources"], frames=("plain", "html", "forward")),
    dict(t="agencyfwd", org=["Keystone Talent", "Harlow Reed Recruitment", "Bluefin Search"], dom="keystone-talent.example", frm="person", role=["Finance Business Partner", "Payroll Manager", "Marketing Executive"],
         subj=["Re: {Role} – client feedback", "Feedback", "{Role}"], greet="Hi {name},", pre=["", "Hope your week's going OK."],
         D=["Just had feedback from the client: they're going to pass on you for the {Role} role.",
            "The hiring manager has come back and they've decided not to proceed with your profile; they felt the sector experience wasn't close enough.",
            "Bad news I'm afraid: the client made an offer to their other finalist this morning and she's accepted.",
            "They've paused the search and closed it with every agency, so your application there ends here.",
            "The client's decided to go with a candidate from another agency."],
         post=["Let's have a chat about what else is out there.", "", "Their note is below if you want the detail."],
         T=[("interview", "The client loved your CV and wants to meet you on {date}; details below."),
            ("other_job", "No news yet from the client; the hiring manager is away until {date} and nothing will move before then.")],
         sign=["Speak soon", "Cheers"], who=["Senior Consultant"], frames=PERSONAL),
    dict(t="boardrelay", org=["Ferncliff Dental", "Orchard Lane Nursery", "Hartwell Motors"], dom="jobnest.example", frm="board", role=["Dental Nurse", "Early Years Practitioner", "Service Advisor"],
         subj=["Update on your application to {org}", "{org} responded to your application", "Your application: {Role}"], greet="Hi {name},", pre=[""],
         D=["The employer has reviewed your application for {Role} and marked it as not a fit.",
            "{org} has declined your application for {Role}.",
            "An update on your application: {org} has decided not to move forward.",
            "The employer has filled this position. Your application is no longer being considered."],
         post=["Here are some similar jobs you might like.", ""],
         T=[("application_received", "{org} has viewed your application for {Role}."),
            ("interview", "{org} would like to schedule an interview with you for {Role}.")],
         sign=["The JobNest team"], who=[""], frames=("plain", "html")),
    dict(t="voicemail", org=["Greenacre Garden Centre", "Tollgate Veterinary Group", "Marsden Print"], dom="voicemail.phoneco.example", frm="vm", role=["weekend sales assistant", "veterinary receptionist", "print finisher"],
         subj=["Voicemail from {phone} (0:{sec})", "New voicemail: {org}", "You have a new voicemail"], greet=None, pre=["Transcription (may contain errors):"],
         D=["\"Hi {name}, it's {person} from {org}, just calling to let you know we've gone with another applicant for the {role} job. Thanks so much for coming in, take care.\"",
            "\"hey {name} its {person} at {org} uh about the {role} position we decided not to move forward with you this time but thank you bye\"",
            "\"Hello, this message is for {name}. This is {person} calling from {org} about your application. Unfortunately the position has now been filled. Thank you.\""],
         post=[""],
         T=[("interview", "\"Hi {name}, it's {person} from {org}, we'd love to get you in for an interview for the {role} job, call me back on this number when you can.\""),
            ("other_job", "\"hi {name} its {person} at {org}, sorry we haven't decided on the {role} job yet, the manager's off this week, I'll ring you Monday.\"")],
         sign=["Listen to the full message in the app"], who=[""], frames=("plain",)),
    dict(t="calcancel", org=["Brightmere Analytics", "Coldharbour Games", "Pinecrest Realty"], dom="brightmere.example", frm="person", role=["Analytics Engineer", "Level Designer", "Property Manager"],
         subj=["Cancelled: Final interview – {Role}", "Cancelled event: {Role} panel @ {date}", "Canceled: {Role} – onsite"], greet=None, pre=["This event has been cancelled and removed from your calendar."],
         D=["Note from organiser: Hi {name}, apologies for the late notice. The role has been filled, so we won't need to meet.",
            "Note from organiser: We've decided to close the process for this position and won't be going ahead with your interview.",
            "Note from organiser: The hiring team has decided not to continue with your candidacy, so this interview is no longer needed."],
         post=[""],
         T=[("interview", "Note from organiser: the hiring manager has a clash, so I'm moving this to the same time on {date}."),
            ("interview", "Note from organiser: replacing this with a new invite that adds the rest of the panel; you'll get it in a minute.")],
         sign=["Invitation from Calendar"], who=[""], frames=("plain",)),
    dict(t="chatbot", org=["FreshFare Supermarkets", "Trident Distribution", "QuickServe Burgers"], dom="hire-assistant.example", frm="noreply", role=["Store Assistant", "Forklift Driver", "Crew Member"],
         subj=["Your chat with Ava from {org}", "{org} hiring assistant", "Your application at {org}"], greet="Hi {name}!", pre=["Thanks for chatting with me about the {Role} job in {city}."],
         D=["Based on your answers, you don't meet the requirements for this role, so I can't schedule an interview.",
            "Your answer to the question about weekend availability means we can't move your application forward for this store.",
            "You answered that you don't hold a current forklift licence. That's required for this role, so your application has been closed."],
         post=["— Ava, {org}'s virtual recruiting assistant", ""],
         T=[("interview", "Great news: you're eligible! Pick an interview time that suits you from the link below."),
            ("application_received", "I've passed your answers on to the hiring manager at the {city} store, who will review them this week.")],
         sign=["Reply STOP to opt out"], who=[""], frames=("plain", "html")),
    dict(t="church", org=["Grace Fellowship Church", "St. Mark's Lutheran Church", "Riverside Community Chapel"], dom="gracefellowship.example", frm="person", role=["Senior Pastor", "Associate Pastor for Youth", "Director of Music Ministries"],
         subj=["{Role} search", "From the search committee", "Thank you"], greet="Dear {name},", pre=["Thank you for the openness with which you shared your story and your sense of calling with us.", ""],
         D=["After much prayer and discernment, the search committee has extended a call to another candidate, who has accepted.",
            "The committee has decided not to move forward with your candidacy for {Role}, and we will hold you in our prayers as you continue to discern your call.",
            "We have concluded that the Lord is leading us in a different direction for this position."],
         post=["Grace and peace to you.", ""],
         T=[("interview", "The committee would like to invite you to preach on {date} and to meet the congregation over lunch afterwards.")],
         sign=["In Christ", "Blessings"], who=["Chair, Pastoral Search Committee"], frames=("plain", "forward")),
    dict(t="clerkship", org=["Chambers of Judge Evelyn Strickland", "Ridgeview Medical Center Residency Program", "Cardiology Fellowship, Hollis University Hospital"], dom="courts-hollis.example", frm="person", role=["Law Clerk", "PGY-1 Position", "Clinical Fellow"],
         subj=["{Role} application", "Application status", "Thank you for interviewing"], greet="Dear {name},", pre=["Thank you for your application.", ""],
         D=["The Judge has completed hiring for the 2027–2028 term and is no longer considering applications.",
            "We are unable to offer you a position in our fellowship program for the upcoming cycle.",
            "We will not be ranking you in this year's match."],
         post=["We wish you the best in your training.", ""],
         T=[("interview", "The Judge would like to interview you in chambers on {date}.")],
         sign=["Sincerely"], who=["Program Coordinator", "Judicial Assistant"], frames=("plain", "forward", "html")),
    dict(t="internal", org=["Corvid Telecom", "Ashdown Borough Council", "Lumen Retail plc"], dom="intranet.corvid.example", frm="noreply", role=["Team Leader, Billing", "Senior Planning Officer", "Store Manager"],
         subj=["Internal vacancy {ref}", "Your internal application", "{Role} (internal)"], greet="Hi {name},", pre=["Thank you for applying internally for {Role}.", ""],
         D=["Your internal application has not been successful on this occasion; your line manager has been told, so they can talk it through with you.",
            "The hiring manager has appointed another colleague to the position.",
            "We won't be moving your internal application forward, but we'd encourage you to look at the leadership development programme."],
         post=["", "People Team"],
         T=[("interview", "Your internal application has been shortlisted; the panel interview is on {date}.")],
         sign=["Thanks"], who=["People Services"], frames=("plain", "html")),
    dict(t="delayed", org=["Quarry Hill Studios", "Nettlefold Consulting", "Blue Heron Outdoor"], dom="quarryhill.example", frm="person", role=["Producer", "Junior Consultant", "Trip Leader"],
         subj=["Apologies – {Role}", "Closing the loop", "Re: any update?"], greet="Hi {name},", pre=["", "Sorry this has taken so long."],
         D=["I owe you an apology: we should have told you weeks ago that the {Role} position was filled in March.",
            "We're cleaning up our hiring pipeline and realised we never closed the loop with you. The role went to another candidate earlier this year.",
            "Sorry for the long silence. We've decided not to hire for this role after all."],
         post=["Thanks for your patience, and good luck.", ""],
         T=[("other_job", "Sorry for the long silence. The role is still open and you're still on our list; we expect to restart interviews in {month}.")],
         sign=["Best"], who=["Operations Lead", "Founder"], frames=PERSONAL),
    dict(t="adverse", org=["Summit Staffing Solutions", "Pacific Freight Lines", "Evergreen Home Health"], dom="summitstaffing.example", frm="noreply", role=["Warehouse Associate", "CDL Driver", "Home Health Aide"],
         subj=["Notice regarding your application", "Final notice – {Role}", "Background screening"], greet="Dear {name},", pre=["This notice concerns your application for {Role}.", ""],
         D=["Final notice of adverse action: based in whole or in part on information in your consumer report, we have decided not to proceed with your employment.",
            "After reviewing your background screening results and the response you sent, we have made a final decision to withdraw our contingent offer of employment.",
            "Your pre-employment drug screen result does not meet our policy, and your contingent offer has been withdrawn."],
         post=["A copy of your rights under the Fair Credit Reporting Act is enclosed.", ""],
         T=[("next_steps", "Pre-adverse action notice: before we make any final decision, you may dispute the information in your consumer report with the screening company within five business days."),
            ("next_steps", "Your background check has been started. Please complete the authorisation form from our screening partner.")],
         sign=["Sincerely"], who=["Human Resources"], frames=("plain", "html", "forward")),
    dict(t="assessauto", org=["Telford Contact Centres", "Lingua Bridge Translations", "Quantix Software"], dom="assess.telford-cc.example", frm="noreply", role=["Customer Service Advisor", "Freelance Translator (EN>FR)", "Junior Developer"],
         subj=["Assessment result", "Your {Role} assessment", "Next steps for {Role}"], tsubj=["Your assessment link", "Your {Role} assessment", "Next steps for {Role}"], greet="Hi {name},", pre=["Thank you for completing your assessment.", ""],
         D=["Your one-way video interview has been reviewed, and we will not be progressing your application.",
            "Your score on the coding assessment did not meet the threshold for the {Role} role.",
            "We have reviewed your test translation; it did not pass our quality review, so we cannot add you to our linguist pool.",
            "You didn't pass the typing test this time, so we can't take your application for the call-centre role any further."],
         post=["", "You may retake it in six months."],
         T=[("next_steps", "Please record your one-way video interview by {date}; it takes about 20 minutes."),
            ("next_steps", "Your coding assessment link is below. You'll have 90 minutes once you start.")],
         sign=["Regards"], who=["Assessment Team"], frames=("plain", "html", "portal")),
    dict(t="nanny", org=["the Okafor-Lindberg family", "the Brennan family", "the Moreau family"], dom="familymail.example", frm="parent", role=["nanny", "au pair", "after-school nanny"],
         subj=["Nanny position", "Re: trial afternoon", "Thank you!"], greet=None, pre=[""],
         D=["Hi {name}, thank you for spending the afternoon with the kids. We've decided to go with another nanny who can also do the Friday school runs.",
            "Hi {name}, we really enjoyed meeting you, but we've found someone for the au pair position and won't be continuing with other applicants.",
            "Hi {name}, sorry to say we've decided to keep our current childminder after all, so we won't be needing a nanny in September."],
         post=[""],
         T=[("interview", "Hi {name}, would you be able to come for a paid trial afternoon on {date}?"),
            ("offer", "Hi {name}, the kids loved you! We'd like to offer you the nanny job from September.")],
         sign=["Thanks so much", "All the best"], who=["Ingrid", "Siobhan", "Camille"], frames=("plain", "mobile", "mobile")),
    dict(t="seasonal", org=["Alpenglow Ski School", "SY Marisol (charter yacht)", "Fjordline Expeditions"], dom="alpenglow-ski.example", frm="person", role=["ski instructor", "deckhand", "expedition guide"],
         subj=["Winter season", "Crew application", "Your application for the season"], greet="Hi {name},", pre=["Thanks for applying for the season with us.", ""],
         D=["Your application for a winter season with us hasn't been successful; every instructor place at {city} is filled.",
            "The captain has chosen another {role} for the summer charter season.",
            "Thanks for interviewing with us. Unfortunately we won't be offering you a contract this season."],
         post=["Enjoy the snow wherever you end up.", ""],
         T=[("interview", "The captain would like a video call on {date} to talk about the season."),
            ("other_job", "Staff accommodation for the winter is still being confirmed; your application is on hold until we know numbers, and you remain under consideration.")],
         sign=["Cheers"], who=["Staffing Coordinator"], frames=PERSONAL),
    dict(t="policefire", org=["County Fire and Rescue Service", "Metro Police Recruitment", "Coastal Constabulary"], dom="fireandrescue-jobs.example", frm="noreply", role=["Wholetime Firefighter", "Police Constable", "Police Community Support Officer"],
         subj=["Your application – {Role}", "Recruitment update", "Stage result"], greet="Dear {name},", pre=["Thank you for attending.", ""],
         D=["You did not meet the standard in the fitness test, so your application to become a {Role} ends at this stage. You may reapply after six months.",
            "You were unsuccessful at the assessment centre, and your application for {Role} has been closed.",
            "Your application has been declined at the eligibility stage because of the residency requirement."],
         post=["", "We thank you for your interest in serving your community."],
         T=[("next_steps", "You have passed the fitness test. Your next stage is the assessment centre on {date}.")],
         sign=["Yours sincerely"], who=["Recruitment Team"], frames=("plain", "portal", "html")),
    dict(t="pub", org=["The Fox and Anchor", "The Old Forge", "Kelly's Bar"], dom="foxandanchor.example", frm="owner", role=["bar staff", "glass collector", "bartender"],
         subj=["bar job", "Re: CV", "Re: trial"], greet=None, pre=[""],
         D=["Thanks for dropping your CV in. We've got enough staff for now, so we won't be taking you on, but I'll keep your number.",
            "Hiya {name}, sorry, we've filled the bar job.",
            "Hi {name}, after the trial we're gonna leave it, not the right fit for the team at the mo."],
         post=[""],
         T=[("interview", "Hi {name}, pop in Friday around 5 for a trial, wear black.")],
         sign=["Cheers", "Ta"], who=["Mick", "Shona"], frames=("plain", "mobile")),
    dict(t="eligibility", org=["Arden Robotics", "Castellan Partners", "Weyford Water"], dom="arden-robotics.example", frm="noreply", role=["Controls Engineer", "Audit Associate", "Network Technician"],
         subj=["Your application for {Role}", "Application {ref}", "{Role} at {org}"], greet="Dear {name},", pre=["Thank you for your application.", ""],
         D=["As this role does not offer visa sponsorship and you told us you would need it, we are unable to take your application further.",
            "We can only consider applicants who can work on site in {city} five days a week, so we won't be progressing your application.",
            "You have applied for this position within the last six months, so we are unable to consider this application.",
            "We didn't receive your degree transcript by the deadline, and your application has therefore not been considered.",
            "Your salary expectations are well above the band for this role, so we've decided not to continue.",
            "We feel you are considerably more experienced than this role calls for, and we've decided not to progress your application."],
         post=["", "Thank you for your interest in {org}."],
         T=[("next_steps", "Please upload your degree transcript by {date} so your application can go to the panel."),
            ("application_received", "We can sponsor visas for this role; your application is now with the hiring team.")],
         sign=["Kind regards"], who=["Recruitment Team"], frames=ATS),
    dict(t="referral", org=["Tessera", "Foxglove Health", "Plinth"], dom="gmail.example", frm="friend", role=["Product Designer", "Data Analyst", "Customer Success Manager"],
         subj=["re: your referral", "about Tessera", "bad news :("], greet=None, pre=[""],
         D=["hey, checked with the hiring manager about your referral. They've gone with someone internal for the {Role} job, sorry!",
            "So I asked around: the team closed the {Role} role last week and picked someone else. Really sorry, I thought you had a great shot.",
            "Just heard from the recruiter that they're not taking your application further. Happy to refer you for the next one."],
         post=[""],
         T=[("other_job", "Hey, I put your referral in for the {Role} job! The recruiter should reach out within a week or so.")],
         sign=["x", "talk soon"], who=["Jess", "Tariq", "Mo"], frames=("plain", "mobile")),
    dict(t="science", org=["Corbel Therapeutics", "Wexford Institute", "Alder Genomics"], dom="corbel-tx.example", frm="person", role=["Senior Scientist", "Research Assistant", "Bioinformatician"],
         subj=["{Role} – outcome", "Following your seminar", "Your application"], greet="Dear {name},", pre=["Thank you for your seminar and the time you spent with the team.", ""],
         D=["We have decided to offer the {Role} position to another candidate.",
            "The panel has decided not to proceed with your application for the {role} post.",
            "Following your presentation, we have concluded that your experience is not a close enough match for this role."],
         post=["", "We wish you well."],
         T=[("interview", "We'd like you to present a 20-minute seminar on your recent work on {date}.")],
         sign=["Best regards"], who=["Director of Biology"], frames=("plain", "thread", "forward")),
    dict(t="carehome", org=["Willowbrook Care Home", "Heatherlea House", "Sunrise Lodge Care"], dom="willowbrookcare.example", frm="person", role=["night care assistant", "senior carer", "activities coordinator"],
         subj=["Your application", "{Role}", "Re: interview"], greet="Dear {name},", pre=["", "Thank you for coming to see us."],
         D=["We've had to put recruitment for night carers on hold indefinitely, and we are closing all current applications, including yours.",
            "Following your interview, we're sorry to say we won't be offering you a post as a {role}.",
            "We can't progress your application because we weren't able to obtain an enhanced check in the time we need someone to start."],
         post=["", "Thank you for your interest in caring for our residents."],
         T=[("next_steps", "We're delighted to offer you a shadow shift on {date}, subject to your enhanced check coming back clear.")],
         sign=["Kind regards"], who=["Home Manager"], frames=PERSONAL),
    dict(t="newsroom", org=["The Northern Courier", "Westcountry Gazette", "Capital Wire"], dom="northerncourier.example", frm="person", role=["trainee reporter", "junior sub-editor", "graduate journalist"],
         subj=["Trainee scheme", "Your test pieces", "{Role} scheme"], greet="Dear {name},", pre=["Thank you for the test pieces.", ""],
         D=["The editors have read the test pieces and decided not to take you forward to the newsroom day.",
            "We won't be offering you a place on this year's trainee scheme."],
         post=["Keep writing.", ""],
         T=[("next_steps", "The editors would like to see you at the newsroom day on {date}.")],
         sign=["Best"], who=["Managing Editor"], frames=PERSONAL),
    dict(t="harvest", org=["Blackthorn Fruit Farm", "Hillside Vineyards", "Lowmoor Growers"], dom="blackthornfarm.example", frm="person", role=["fruit picker", "harvest hand", "packhouse worker"],
         subj=["Picking season", "Harvest work", "Your application"], greet="Hello {name},", pre=[""],
         D=["All our picking places for the season are filled, so we can't offer you work this year.",
            "Sorry, we won't need you for harvest; the team is full."],
         post=["Try us again next spring.", ""],
         T=[("offer", "We can offer you a place on the picking team from {date}, with a caravan bed included.")],
         sign=["Regards"], who=["Farm Office"], frames=("plain", "mobile")),
    dict(t="clinicpractice", org=["Meadowbank Veterinary Practice", "Parkside Pharmacy", "Linden Dental Care"], dom="meadowbank-vets.example", frm="person", role=["Veterinary Surgeon", "Locum Pharmacist", "Associate Dentist"],
         subj=["{Role}", "Re: {Role} shifts", "Your application"], greet="Dear {name},", pre=["Thank you for your interest in joining us.", ""],
         D=["The practice has decided to appoint a vet with more small-animal surgery experience.",
            "We've covered the locum shifts, so we won't be booking you for them."],
         post=["", "Best wishes for the future."],
         T=[("offer", "We'd like to book you for the locum shifts on {date} and the following Saturday.")],
         sign=["Kind regards"], who=["Practice Manager"], frames=PERSONAL),
    dict(t="sportsclub", org=["Ashgrove Rovers FC", "Harbour City Swimming", "Northfield Rugby Club"], dom="ashgroverovers.example", frm="person", role=["Academy U16 Lead Coach", "Head of Performance", "Strength and Conditioning Coach"],
         subj=["{Role} vacancy", "Application outcome", "Re: {Role}"], greet="Dear {name},", pre=["Thank you for your application and presentation.", ""],
         D=["The club has appointed another coach to lead the academy under-16s.",
            "The board has decided not to progress your application for {Role}."],
         post=["", "We wish you well in your coaching career."],
         T=[("interview", "The board would like you to present your plan for the season on {date}.")],
         sign=["Regards"], who=["Club Secretary"], frames=PERSONAL),
    dict(t="terse", org=["Norrland Tech", "Brockway Ltd", "Kite & Co"], dom="norrland-tech.example", frm="bare", role=["Ops Analyst", "Junior Buyer", "Office Coordinator"],
         subj=["Re: {Role} – not this time", "{Role}: unsuccessful", "Your application"], tsubj=["Re: {Role}", "{Role}", "Your application"], greet=None, pre=[""],
         D=["Sorry {name}, the {role} job is not coming your way this time.\n\n{person}",
            "{Role}, ref {ref}: unsuccessful. No reply needed.",
            "{Role} – application closed, not selected.\n\nThis mailbox is not monitored."],
         post=[""],
         T=[("application_received", "{Role}, ref {ref}: received. No reply needed."),
            ("next_steps", "Well done {name}, shortlisted. Details to follow.\n\n{person}")],
         sign=[""], who=[""], frames=("plain", "mobile")),
]

# Long warm letters: the decision is one clause in a paragraph of thanks. Each is a full body.
LONG = [
    ("Thank you for your time", "Dear {name},\n\nIt was a real pleasure to spend the morning with you, and the team has talked about your presentation several times since; the way you framed the supporter journey was something none of us had thought about.\n\nWe took a long time over this decision, and in the end we have, with genuine regret, offered the {role} role to a colleague whose experience of grant reporting is closer to what the board needs this year, although I hope very much that our paths cross again, perhaps at the sector conference in the spring.\n\nIf it would help, I'd be glad to talk through the panel's notes; your case study was one of the most thoughtful we saw.\n\nWith warmest wishes,\n{person}\nDirector of Fundraising, {org}\n",
     "Dear {name},\n\nIt was a real pleasure to spend the morning with you, and the team has talked about your presentation several times since; the way you framed the supporter journey was something none of us had thought about.\n\nWe took a long time over the shortlist, and in the end we would like to invite you back for a second conversation with our chair on {date}, which I hope very much you can make; it would be informal, over coffee, and last about an hour.\n\nIf it would help, I'd be glad to talk through the panel's notes beforehand; your case study was one of the most thoughtful we saw.\n\nWith warmest wishes,\n{person}\nDirector of Fundraising, {org}\n", "interview"),
    ("Our conversation last week", "Hi {name},\n\nI hope the move has settled down and the boxes are mostly unpacked. I wanted to thank you properly for coming in last week; it's rare that a candidate asks us questions we have to go away and think about, and you did that twice.\n\nI've spoken to the other partners and, while we won't be taking your application further for this particular opening, mostly because we need someone who can run the Lisbon office from day one, I'd genuinely like to keep talking, and I'll pass your name to two people I trust in the industry.\n\nLet me know if a coffee in the new year suits you.\n\nAll best,\n{person}\n{org}\n",
     "Hi {name},\n\nI hope the move has settled down and the boxes are mostly unpacked. I wanted to thank you properly for coming in last week; it's rare that a candidate asks us questions we have to go away and think about, and you did that twice.\n\nI've spoken to the other partners and, while we haven't made a decision yet for this particular opening, mostly because we are still working out whether the role runs the Lisbon office from day one, I'd genuinely like you to meet two of them before we do.\n\nLet me know which afternoons suit you next week.\n\nAll best,\n{person}\n{org}\n", "next_steps"),
    ("With thanks from the selection panel", "Dear {name},\n\nOn behalf of the whole selection panel, thank you for the care you took over your application and for the honesty of your answers at interview. We were moved by your account of the outreach work in {city}, and several of us have mentioned it since.\n\nThe field was exceptionally strong this year. After long discussion the panel agreed to appoint another candidate, and so I am sorry to say we cannot offer you the post; please know that this reflects the particular needs of the team rather than any doubt about your abilities, and that your name came up more than once.\n\nWe will keep your details, with your permission, for the next round of recruitment in the summer, and I would encourage you to apply.\n\nWith every good wish,\n{person}\nChair of the Selection Panel, {org}\n",
     "Dear {name},\n\nOn behalf of the whole selection panel, thank you for the care you took over your application and for the honesty of your answers at interview. We were moved by your account of the outreach work in {city}, and several of us have mentioned it since.\n\nThe field was exceptionally strong this year. After long discussion the panel agreed that it would like to offer you the post, subject to references and a health declaration; please know that your name came up more than once, and that we are delighted.\n\nOur HR team will send the formal letter within the week, and I would encourage you to call me with any questions.\n\nWith every good wish,\n{person}\nChair of the Selection Panel, {org}\n", "offer"),
    ("A note from the studio", "Hi {name},\n\nFirst, thank you for the portfolio review. We all loved the packaging series, especially the early sketches you brought along; it's rare to see someone show their workings so openly. It also made for the liveliest lunch discussion we've had in months.\n\nWe've been going back and forth and I'll be honest with you, because you deserve that: we've chosen someone else for the junior designer seat, someone with a bit more motion work, which is where most of next year's briefs are heading.\n\nPlease do keep sending us new work. We'd love to see where it goes, and the studio door is open if you're ever passing.\n\nx\n{person}\n{org}\n",
     "Hi {name},\n\nFirst, thank you for the portfolio review. We all loved the packaging series, especially the early sketches you brought along; it's rare to see someone show their workings so openly. It also made for the liveliest lunch discussion we've had in months.\n\nWe've been going back and forth and I'll be honest with you, because you deserve that: we haven't made our mind up on the junior designer seat yet, and we'd love you to do a small paid brief, a day's motion work, which is where most of next year's briefs are heading.\n\nI'll send the brief on Monday; take the week.\n\nx\n{person}\n{org}\n", "next_steps"),
    ("Thank you, and an apology", "Dear {name},\n\nI'm writing first to apologise that this has taken so long; the board's schedule slipped twice over the summer and you have been more patient than we had any right to expect.\n\nYou were one of the last three for the directorship, and it was a genuinely hard choice. The trustees have decided to appoint {other}, whose experience running a merged organisation fits the next two years, and so your candidacy ends here, though I hope not our acquaintance.\n\nThank you for everything you brought to the process.\n\nYours,\n{person}\nChair of Trustees, {org}\n",
     "Dear {name},\n\nI'm writing first to apologise that this has taken so long; the board's schedule slipped twice over the summer and you have been more patient than we had any right to expect.\n\nYou are one of the last three for the directorship, and it is a genuinely hard choice. The trustees have asked to meet each of you once more, on {date}, before they decide; I'll send the details separately, and your candidacy is very much alive.\n\nThank you for everything you have brought to the process so far.\n\nYours,\n{person}\nChair of Trustees, {org}\n", "interview"),
]
LONG_ORGS = ["Harbourlight Trust", "Meridian Youth Foundation", "Wren & Rowe Design", "Castleford Community Partnership", "Ironbridge Heritage"]
LONG_ROLES = ["Head of Individual Giving", "Programme Manager", "Junior Designer", "Executive Director", "Partnerships Lead"]

# Other languages: (language, org, domain, greeting, [rejection bodies], (twin kind, twin body), [subjects], sign-off, roles)
L = [
    ("de", "Bergmann Logistik GmbH", "bergmann-logistik.example", "Hallo {name},",
     ["vielen Dank für den Probetag im Lager. Wir haben uns im Team beraten und werden Ihnen die Stelle als {role} leider nicht anbieten.",
      "die Stelle als {role} ist inzwischen intern besetzt worden, deshalb können wir Ihre Bewerbung nicht weiter berücksichtigen.",
      "nach Auswertung des Online-Tests müssen wir Ihnen mitteilen, dass Sie die erforderliche Punktzahl nicht erreicht haben und Ihre Bewerbung damit abgeschlossen ist."],
     ("interview", "vielen Dank für Ihre Bewerbung. Wir möchten Sie gern zu einem Probetag am {date} einladen; bitte bringen Sie Sicherheitsschuhe mit."),
     ["Ihre Bewerbung als {role}", "Rückmeldung zum Probetag", "Bewerbung {ref}"], "Viele Grüße", ["Lagerhelfer", "Disponent", "Staplerfahrer"]),
    ("fr", "Hôtel Belvédère", "hotel-belvedere.example", "Bonjour {name},",
     ["merci pour votre journée d'essai en cuisine. Après réflexion, nous ne donnerons pas suite à votre candidature pour le poste de {role}.",
      "le poste de {role} a finalement été supprimé suite à la réorganisation du service ; votre candidature ne peut donc pas aboutir.",
      "nous avons retenu une personne disponible dès lundi, et ne poursuivrons pas le processus avec vous."],
     ("interview", "merci pour votre candidature. Nous vous proposons une journée d'essai le {date} à 9 h ; prévoyez une tenue noire."),
     ["Votre candidature – {role}", "Suite à votre journée d'essai", "Poste de {role}"], "Cordialement", ["commis de cuisine", "réceptionniste de nuit", "serveur"]),
    ("es", "Clínica Santa Lucía", "clinicasantalucia.example", "Hola {name}:",
     ["gracias por presentarte al puesto de {role}. Tras revisar las referencias, hemos decidido no continuar con tu contratación.",
      "lamentamos comunicarte que el puesto de {role} ha quedado cubierto y tu candidatura no sigue adelante.",
      "la vacante de {role} se ha cancelado por falta de presupuesto, de modo que cerramos el proceso con todas las personas candidatas."],
     ("next_steps", "gracias por presentarte al puesto de {role}. Ya hemos recibido una de tus referencias y esperamos la segunda antes del {date}; seguimos contando contigo."),
     ["Tu candidatura: {role}", "Proceso de selección {ref}", "Sobre el puesto de {role}"], "Un saludo", ["auxiliar de enfermería", "recepcionista", "técnico de laboratorio"]),
    ("nl", "Van Leeuwen Installatietechniek", "vanleeuwen-install.example", "Beste {name},",
     ["bedankt voor het meelopen op de bus vorige week. We hebben besloten je niet aan te nemen als {role}.",
      "helaas hebben we de vacature voor {role} inmiddels ingevuld met iemand die al een VCA-diploma heeft.",
      "de functie van {role} komt door een reorganisatie te vervallen; je sollicitatie wordt daarom niet verder in behandeling genomen."],
     ("interview", "bedankt voor je sollicitatie. Zou je op {date} een dagje mee willen lopen op de bus?"),
     ["Je sollicitatie als {role}", "Terugkoppeling meeloopdag", "Vacature {ref}"], "Met vriendelijke groet", ["leerling-monteur", "servicemonteur", "werkvoorbereider"]),
    ("it", "Cantina Rossetti", "cantinarossetti.example", "Gentile {name},",
     ["la ringraziamo per la giornata di prova in cantina. Abbiamo deciso di non proseguire con la sua candidatura per il ruolo di {role}.",
      "le comunichiamo che per la posizione di {role} abbiamo scelto un altro candidato, con più esperienza in vendemmia.",
      "purtroppo la posizione di {role} è stata sospesa a tempo indeterminato e la selezione si chiude qui."],
     ("interview", "la ringraziamo per la candidatura. Le proponiamo una giornata di prova in cantina il {date}."),
     ["Candidatura {role}", "Esito della selezione", "Posizione {ref}"], "Cordiali saluti", ["addetto alla cantina", "sommelier", "addetto all'accoglienza"]),
    ("pt", "Padaria Estrela do Norte", "estreladonorte.example", "Olá {name},",
     ["obrigado por ter vindo fazer o dia experimental. Decidimos não avançar com a sua candidatura para {role}.",
      "informamos que a vaga de {role} já foi preenchida e, por isso, a sua candidatura não seguirá para a próxima fase.",
      "depois de analisarmos os testes, concluímos que o seu perfil não corresponde ao que procuramos neste momento para {role}."],
     ("offer", "obrigado por ter vindo fazer o dia experimental. Gostaríamos de lhe oferecer o lugar de {role}, com início a {date}."),
     ["Candidatura a {role}", "Dia experimental", "Processo {ref}"], "Cumprimentos", ["pasteleiro", "ajudante de padaria", "empregado de balcão"]),
    ("pl", "Zakład Stolarski Nowak", "stolarka-nowak.example", "Dzień dobry {name},",
     ["dziękujemy za przyjście na dzień próbny. Zdecydowaliśmy się zatrudnić inną osobę na stanowisko {role}.",
      "niestety Pana/Pani kandydatura na stanowisko {role} nie przeszła do kolejnego etapu rekrutacji.",
      "rekrutacja na stanowisko {role} została wstrzymana i zamknięta, dlatego nie będziemy kontynuować procesu."],
     ("interview", "dziękujemy za zgłoszenie. Zapraszamy na rozmowę i dzień próbny w warsztacie w dniu {date}."),
     ["Rekrutacja: {role}", "Odpowiedź na zgłoszenie", "Stanowisko {role}"], "Pozdrawiamy", ["stolarz", "pomocnik stolarza", "lakiernik"]),
    ("sv", "Region Norrbotten Vårdjobb", "vardjobb-norrbotten.example", "Hej {name},",
     ["tack för din ansökan till tjänsten som {role}. Vi har valt att gå vidare med andra sökande och du är därför inte längre aktuell.",
      "tjänsten som {role} har dragits tillbaka på grund av ett anställningsstopp, och rekryteringen avslutas utan tillsättning.",
      "efter referenstagningen har vi beslutat att inte erbjuda dig tjänsten."],
     ("next_steps", "tack för intervjun. Vi tar nu referenser på dig och en annan kandidat och återkommer senast {date}."),
     ["Din ansökan: {role}", "Besked om tjänsten {ref}", "Rekrytering {role}"], "Vänliga hälsningar", ["undersköterska", "sjuksköterska", "medicinsk sekreterare"]),
    ("da", "Børnehuset Solsikken", "solsikken-bornehus.example", "Kære {name},",
     ["tak for din ansøgning og for samtalen. Vi har valgt en anden kandidat til stillingen som {role}.",
      "stillingen som {role} er desværre blevet nedlagt, så vi kan ikke gå videre med din ansøgning.",
      "du er desværre ikke blevet udvalgt til samtale denne gang."],
     ("interview", "tak for din ansøgning. Vi vil gerne invitere dig til samtale {date} kl. 14."),
     ["Stillingen som {role}", "Svar på din ansøgning", "Ansøgning {ref}"], "Venlig hilsen", ["pædagog", "pædagogmedhjælper", "køkkenassistent"]),
    ("no", "Fjellvik Fiskeindustri", "fjellvik-fisk.example", "Hei {name},",
     ["takk for at du søkte på stillingen som {role}. Vi har dessverre valgt en annen søker.",
      "stillingen som {role} er trukket tilbake, og vi avslutter derfor rekrutteringen uten å ansette.",
      "du gikk dessverre ikke videre etter arbeidsprøven."],
     ("next_steps", "takk for intervjuet. Neste steg er en arbeidsprøve på fabrikken {date}."),
     ["Søknad: {role}", "Svar på søknaden din", "Stillingen {ref}"], "Med vennlig hilsen", ["produksjonsmedarbeider", "truckfører", "kvalitetskontrollør"]),
    ("fi", "Kuntayhtymä Pohjola", "pohjola-rekry.example", "Hei {name},",
     ["kiitos hakemuksestasi tehtävään {role}. Valitettavasti et tullut valituksi tähän tehtävään.",
      "tehtävä {role} on täytetty sisäisellä haulla, joten hakuprosessisi päättyy tähän.",
      "haku tehtävään {role} on keskeytetty, eikä tehtävää täytetä."],
     ("interview", "kiitos hakemuksestasi. Kutsumme sinut haastatteluun {date}."),
     ["Hakemuksesi: {role}", "Tieto valinnasta", "Rekrytointi {ref}"], "Ystävällisin terveisin", ["lähihoitaja", "sairaanhoitaja", "toimistosihteeri"]),
    ("cs", "Pekárna U Mlýna", "pekarna-mlyn.example", "Dobrý den, {name},",
     ["děkujeme za zkušební den. Rozhodli jsme se na pozici {role} přijmout jiného uchazeče.",
      "bohužel jsme se rozhodli s vaší přihláškou na pozici {role} dále nepokračovat."],
     ("interview", "děkujeme za zájem. Zveme vás na zkušební den {date} od 6 hodin."),
     ["Pozice {role}", "Výsledek výběrového řízení", "Vaše přihláška"], "S pozdravem", ["pekař", "prodavač", "řidič"]),
    ("tr", "Ege Tekstil A.Ş.", "egetekstil.example", "Sayın {name},",
     ["{role} pozisyonu için gösterdiğiniz ilgiye teşekkür ederiz. Değerlendirme sonucunda başvurunuzla ilerlememe kararı aldık.",
      "{role} pozisyonu başka bir adayla doldurulmuştur; başvurunuz bu nedenle olumsuz sonuçlanmıştır."],
     ("interview", "{role} pozisyonu için sizi {date} tarihinde yüz yüze görüşmeye davet etmek isteriz."),
     ["{role} başvurunuz hk.", "Başvuru sonucu", "İşe alım süreci"], "Saygılarımızla", ["kalite kontrol uzmanı", "satın alma uzmanı", "vardiya amiri"]),
    ("ja", "株式会社みなと物流", "minato-butsuryu.example", "{name}様",
     ["先日は{role}の面接にお越しいただき、ありがとうございました。慎重に検討いたしました結果、誠に残念ながら今回は採用を見送らせていただくことになりました。",
      "{role}の募集につきましては、社内事情により採用自体を中止することとなりました。大変申し訳ございませんが、選考はここで終了とさせていただきます。"],
     ("interview", "先日は{role}にご応募いただき、ありがとうございました。書類選考の結果、ぜひ面接にお越しいただきたく、ご連絡いたしました。"),
     ["選考結果のご連絡", "{role}ご応募の件", "面接結果について"], "人事部 採用担当", ["倉庫スタッフ", "配送ドライバー", "事務スタッフ"]),
    ("ko", "한빛소프트", "hanbitsoft.example", "{name}님, 안녕하세요.",
     ["{role} 직무에 지원해 주셔서 감사합니다. 아쉽게도 이번 채용에서는 함께하지 못하게 되었습니다.",
      "최종 면접 결과, {role} 포지션에는 다른 지원자를 채용하기로 결정하였습니다."],
     ("interview", "{role} 직무 서류 전형에 합격하셨습니다. 1차 면접 일정은 {date}입니다."),
     ["{role} 채용 결과 안내", "지원 결과 안내", "채용 전형 결과"], "한빛소프트 인사팀 드림", ["백엔드 개발자", "QA 엔지니어", "서비스 기획자"]),
    ("zh", "恒远科技有限公司", "hengyuan-tech.example", "{name}您好：",
     ["感谢您应聘{role}一职。经过综合评估，很遗憾您未能进入下一轮面试。",
      "感谢您参加{role}的终面。公司已决定录用其他候选人，本次招聘流程到此结束。"],
     ("interview", "感谢您应聘{role}一职。您已通过简历筛选，诚邀您于{date}参加第一轮面试。"),
     ["{role}招聘结果通知", "应聘结果", "面试结果通知"], "恒远科技人力资源部", ["前端工程师", "产品经理", "测试工程师"]),
    ("el", "Ξενοδοχείο Αιγαίο", "hotel-aigaio.example", "Αγαπητέ/ή {name},",
     ["σας ευχαριστούμε για τη συνέντευξη για τη θέση {role}. Δυστυχώς αποφασίσαμε να προχωρήσουμε με άλλον υποψήφιο.",
      "η θέση {role} για τη φετινή σεζόν έχει ήδη καλυφθεί, οπότε δεν μπορούμε να συνεχίσουμε με την αίτησή σας."],
     ("interview", "σας ευχαριστούμε για την αίτηση. Θα θέλαμε να σας δούμε για συνέντευξη στις {date}."),
     ["Θέση {role}", "Η αίτησή σας", "Αποτέλεσμα συνέντευξης"], "Με εκτίμηση", ["ρεσεψιονίστ", "σερβιτόρος", "καμαριέρα"]),
    ("hu", "Duna Nyomda Kft.", "dunanyomda.example", "Kedves {name}!",
     ["Köszönjük a jelentkezését a(z) {role} pozícióra. Sajnos ezúttal nem Önt választottuk.",
      "A(z) {role} pozíció betöltését a cég átszervezése miatt leállítottuk, ezért a jelentkezését nem tudjuk tovább vinni."],
     ("interview", "Köszönjük a jelentkezését. Szeretnénk személyes interjúra hívni {date} napján."),
     ["{role} pozíció", "Visszajelzés a jelentkezésére", "Kiválasztás eredménye"], "Üdvözlettel", ["nyomdai gépkezelő", "grafikus", "raktáros"]),
    ("ro", "Carpatica Retail SRL", "carpatica-retail.example", "Bună ziua, {name},",
     ["vă mulțumim pentru interesul acordat postului de {role}. Din păcate, candidatura dumneavoastră nu a fost reținută pentru etapa următoare.",
      "postul de {role} a fost ocupat de un alt candidat, așa că procesul se încheie aici pentru dumneavoastră."],
     ("interview", "vă mulțumim pentru candidatură. Vă invităm la un interviu în data de {date}."),
     ["Candidatura pentru {role}", "Rezultatul selecției", "Post {ref}"], "Cu stimă", ["casier", "manager de magazin", "lucrător comercial"]),
    ("id", "PT Nusantara Kargo", "nusantarakargo.example", "Yth. {name},",
     ["terima kasih atas lamaran Anda untuk posisi {role}. Dengan berat hati kami sampaikan bahwa Anda belum lolos ke tahap berikutnya.",
      "posisi {role} telah diisi oleh kandidat lain, sehingga proses rekrutmen Anda kami akhiri."],
     ("interview", "terima kasih atas lamaran Anda. Kami mengundang Anda untuk wawancara pada {date}."),
     ["Hasil seleksi {role}", "Lamaran Anda", "Informasi rekrutmen"], "Hormat kami", ["staf gudang", "admin operasional", "kurir"]),
]

LOCAL_NAMES = {
    "de": ["Jonas Weber", "Leonie Brandt", "Mehmet Arslan"], "fr": ["Camille Roux", "Yanis Benali", "Léa Marchand"],
    "es": ["Lucía Herrera", "Diego Navarro", "Ainhoa Etxeberria"], "nl": ["Sanne de Vries", "Bram Jansen", "Noor el Amrani"],
    "it": ["Giulia Ferri", "Matteo Conti", "Chiara Lombardi"], "pt": ["Inês Carvalho", "Tiago Sousa", "Mariana Pires"],
    "pl": ["Katarzyna Wróbel", "Michał Dąbrowski", "Ola Pawlak"], "sv": ["Elin Berg", "Johan Lund", "Amira Hassan"],
    "da": ["Freja Holm", "Mads Kjær", "Ida Mortensen"], "no": ["Ingrid Solheim", "Eirik Haugen", "Sara Nilsen"],
    "fi": ["Aino Virtanen", "Mikko Laine", "Helmi Koskinen"], "cs": ["Tereza Novotná", "Jakub Svoboda", "Petra Dvořáková"],
    "tr": ["Elif Demir", "Burak Şahin", "Zeynep Kaya"], "ja": ["佐藤 美咲", "高橋 健太", "中村 結衣"],
    "ko": ["김민지", "이준호", "박서연"], "zh": ["王晓雯", "李明", "陈思远"], "el": ["Ελένη Παπαδοπούλου", "Γιώργος Νικολάου", "Μαρία Κωνσταντίνου"],
    "hu": ["Nagy Eszter", "Kovács Bence", "Tóth Réka"], "ro": ["Andreea Popescu", "Mihai Ionescu", "Ioana Dumitru"],
    "id": ["Siti Rahmawati", "Budi Santoso", "Dewi Lestari"],
}
LOCAL_PEOPLE = ["Anja Krüger", "Sophie Laurent", "Marta Gil", "Pieter Bakker", "Paola Greco", "Rui Matos", "Agnieszka Lis", "Karin Ek", "Lone Friis", "Trond Berge", "Sanna Heikkinen", "Lucie Horáková", "Ayşe Öztürk", "人事部", "인사팀", "人力资源部", "Νίκος Αλεξίου", "Szabó Anna", "Elena Marin", "Rina Wijaya"]
NOCOMMA = {"Sign in to view details", "The JobNest team", "Listen to the full message in the app", "Invitation from Calendar", "Reply STOP to opt out", "", "x", "talk soon", "Chef", "The {org} team", "Ride safe"}
MOBILE = ["Sent from my iPhone", "Sent from Outlook for Android", "Get Outlook for iOS", "Sent from my Galaxy"]
FWD_NOTES = ["", "Came to my old uni address, sending it on so it's all in one place.", "fwd to personal", "This landed in the shared family inbox, passing it on. x", "for the job spreadsheet", "Forwarding from my work account."]
CHASES = [
    "Hope all's good your end. Any word yet on the {role} role?",
    "Sorry to nudge, but I've another process moving and wondered where things stand with the {role} job.",
    "Thanks again for last week; I'd love to know roughly when a decision on the {role} post might land.",
]
ASCII = str.maketrans({"ł": "l", "ø": "o", "ß": "ss", "đ": "d", "ı": "i"})


def ascii_name(text: str) -> str:
    flat = unicodedata.normalize("NFKD", text.lower().translate(ASCII))
    return re.sub(r"[^a-z.]", "", flat.replace(" ", "."))


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class Maker:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.base = datetime(2026, 2, 2, 8, 0, tzinfo=UTC)
        self.records: list[dict[str, str]] = []

    def when(self) -> tuple[str, str, str]:
        moment = self.base + timedelta(days=self.rng.randrange(290), minutes=self.rng.randrange(600))
        later = moment + timedelta(days=self.rng.randrange(3, 20))
        header = moment.strftime("%a, %d %b %Y %H:%M:%S +0000")
        return header, f"{DAYS[later.weekday() % 5]} {later.day} {MONTHS[later.month - 1]}", MONTHS[(later.month + 1) % 12]

    def reader(self) -> tuple[str, str, str]:
        first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
        domain = self.rng.choice(["mailbox.example", "post.example", "inbox.example"])
        return first, last, f"{ascii_name(first)}.{ascii_name(last)}@{domain}"

    def add(self, label: str, kind: str, family: str, subject: str, body: str, sender: str, to: str, date: str) -> None:
        self.records.append({"subject": subject, "body": body, "sender": sender, "label": label, "kind": kind, "family": family, "to": to, "date": date})

    # -- frames: the same message in the channels it can arrive through --
    def frame(self, frame: str, ctx: dict[str, str], subject: str, body: str, sender: str) -> tuple[str, str, str]:
        rng = self.rng
        if frame == "mobile":
            return subject, body.rstrip("\n") + "\n\n" + rng.choice(MOBILE) + "\n", sender
        if frame == "forward":
            note = rng.choice(FWD_NOTES)
            head = f"---------- Forwarded message ---------\nFrom: {sender}\nDate: {ctx['hdr']}\nSubject: {subject}\nTo: {ctx['to']}\n\n"
            fsender = f"{ctx['name']} {ctx['last']}".strip() + f" <{ctx['alt']}>"
            return rng.choice(["Fwd: ", "FW: ", "Fw: "]) + subject, (note + "\n\n" if note else "") + head + body, fsender
        if frame == "portal":
            top = f"There's an unread note waiting for you in the {ctx['org']} applicant centre.\n\nVacancy: {ctx['Role']}\n\n"
            tail = "\n--\nAnswer it from the applicant centre; this address drops replies unread.\n"
            return rng.choice(["New message: ", "Candidate portal: ", ""]) + subject, top + body + tail, f"{ctx['org']} Careers <notifications@candidates.{ctx['dom']}>"
        if frame == "board":
            top = f"New from {ctx['org']} ({ctx['Role']}):\n\n"
            quoted = "\n".join(("    " + line) if line else "" for line in body.rstrip("\n").split("\n"))
            tail = "\n\nOpen the thread on JobNest · Change how often we email you\nJobNest passed this on because you applied with your JobNest profile.\n"
            return subject, top + quoted + tail, "JobNest <messages@jobnest.example>"
        if frame == "thread":
            chase = rng.choice(CHASES).format(**ctx)
            quote = f"\n\nOn {ctx['hdr'][:16]}, {ctx['name']} {ctx['last']} <{ctx['to']}> wrote:\n> Hi,\n>\n> {chase}\n>\n> Many thanks,\n> {ctx['name']}\n"
            return "Re: " + subject, body.rstrip("\n") + quote, sender
        if frame == "html":
            paras = [p for p in body.strip("\n").split("\n\n") if p]
            html = "".join("<div class=\"w18-par\">" + p.replace("\n", "<br/>") + "</div>" for p in paras)
            skin = rng.choice(["teal", "slate", "plum"])
            page = (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{subject}</title></head><body class=\"skin-{skin}\">"
                    f"<div class=\"w18-banner\">{ctx['org']}</div><div class=\"w18-main\">{html}</div>"
                    f"<div class=\"w18-legal\">{ctx['org']} &bull; <a href=\"https://{ctx['dom']}/legal/privacy-notice\">How we handle candidate data</a></div>"
                    f"<img alt=\"\" src=\"https://px.{ctx['dom']}/open/{rng.randrange(10**6, 10**7)}.png\"></body></html>\n")
            return subject, page, sender
        return subject, body, sender

    def english(self, sc: dict, text: str, label: str, kind: str, family: str, forced_frame: str | None = None) -> None:
        rng = self.rng
        hdr, date_text, month = self.when()
        first, last, to = self.reader()
        pick = rng.randrange(len(sc["org"]))
        org, role = sc["org"][pick], sc["role"][pick % len(sc["role"])]
        if sc["frm"] in ("person", "bare", "noreply", "named", "owner"):
            slug = re.sub(r"[^a-z]", "", ascii_name(org.replace("&", "and")).replace("the.", "", 1))[:22]
            sc = {**sc, "dom": ("careers." if sc["frm"] == "noreply" else "") + slug + ".example"}
        pfirst, plast = rng.choice(FIRST), rng.choice(LAST)
        person = f"{pfirst} {plast}"
        ctx = {"name": first, "last": last, "to": to, "alt": f"{ascii_name(first)}{rng.randrange(10, 99)}@work-{rng.choice(['acme', 'fieldco', 'ridgeway'])}.example",
               "org": org, "role": role, "Role": cap(role), "ref": f"{rng.choice('ABCHJKRT')}{rng.randrange(10000, 99999)}", "date": date_text, "month": month,
               "city": rng.choice(CITIES), "person": person, "other": rng.choice(OTHER), "dom": sc["dom"], "hdr": hdr,
               "phone": f"+44 7{rng.randrange(100, 999)} {rng.randrange(100000, 999999)}", "sec": f"{rng.randrange(12, 48)}"}
        who = sc["who"][pick % len(sc["who"])].format(**ctx) if sc["frm"] in ("owner", "parent", "friend", "named") else rng.choice(sc["who"]).format(**ctx)
        sign = rng.choice(sc["sign"])
        frm = sc["frm"]
        if frm in ("person", "bare"):
            block = "" if frm == "bare" else "\n".join(x for x in (person, who, org) if x)
            sender, signer = f"{person} <{ascii_name(pfirst)}.{ascii_name(plast)}@{sc['dom']}>", block
        elif frm == "named":
            sender, signer = f"{who} <{ascii_name(who.split()[-1])}@{sc['dom']}>", f"{who}\n{org}"
        elif frm in ("owner", "parent", "friend"):
            tag = {"owner": "", "parent": ".home", "friend": str(rng.randrange(1, 99))}[frm]
            sender, signer = f"{who} <{ascii_name(who)}{tag}@{sc['dom']}>", who
        elif frm == "board":
            sender, signer = "JobNest <messages@jobnest.example>", ""
        elif frm == "vm":
            sender, signer = "Voicemail <voicemail@phoneco.example>", ""
        else:
            sender, signer = f"{org} <no-reply@{sc['dom']}>", who
        parts = []
        if sc["greet"]:
            parts.append(sc["greet"].format(**ctx))
        pre = rng.choice(sc["pre"]).format(**ctx)
        if pre:
            parts.append(pre)
        middle = text.format(**ctx)
        post = rng.choice(sc["post"]).format(**ctx) if label == "rejection" else ""
        parts.append(middle + (" " + post if post else ""))
        close = sign.format(**ctx)
        if close or signer:
            comma = "" if sign in NOCOMMA or not close else ","
            parts.append("\n".join(x for x in (close + comma, signer) if x))
        body = "\n\n".join(parts) + "\n"
        subject = rng.choice(sc["subj"] if label == "rejection" else sc.get("tsubj", sc["subj"])).format(**ctx)
        frame = forced_frame or rng.choice(sc["frames"])
        subject, body, sender = self.frame(frame, ctx, subject, body, sender)
        self.add(label, kind, family, subject, body, sender, to, hdr)

    def long_letter(self, idx: int, copy: int) -> None:
        subject, rej, twin, twin_kind = LONG[idx]
        for label, kind, body, tag in (("rejection", "rejection", rej, "d"), ("not_rejection", twin_kind, twin, "t")):
            hdr, date_text, _ = self.when()
            first, last, to = self.reader()
            org = LONG_ORGS[(idx + copy) % len(LONG_ORGS)]
            person = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
            ctx = {"name": first, "last": last, "to": to, "org": org, "role": LONG_ROLES[(idx + copy) % len(LONG_ROLES)], "person": person,
                   "date": date_text, "city": self.rng.choice(CITIES), "other": self.rng.choice(OTHER)}
            sender = f"{person} <{ascii_name(person)}@{ascii_name(org).replace('.', '')}.example>"
            self.add(label, kind, f"blindw18-longwarm{idx}-{tag}", subject, body.format(**ctx), sender, to, hdr)

    def other_language(self, entry: tuple, text: str, label: str, kind: str, family: str) -> None:
        lang, org, dom, greet, _rej, _twin, subjects, sign, roles = entry
        rng = self.rng
        hdr, _, _ = self.when()
        moment = self.base + timedelta(days=rng.randrange(300))
        local_date = f"{moment.month}月{moment.day}日" if lang in ("ja", "zh") else f"{moment.month}월 {moment.day}일" if lang == "ko" else f"{moment.day}.{moment.month}."
        full = rng.choice(LOCAL_NAMES[lang])
        given = full.split()[-1] if lang in ("hu",) else full.split()[0] if lang not in ("ja", "ko", "zh") else full
        to = f"{ascii_name(full.split()[0]) or 'kandidat'}{rng.randrange(1, 999)}@mailbox.example"
        ctx = {"name": given, "role": rng.choice(roles), "date": local_date, "ref": f"{rng.randrange(1000, 9999)}/{moment.year}"}
        person = LOCAL_PEOPLE[[x[0] for x in L].index(lang)]
        text = text.format(**ctx).replace("..", ".")
        if lang not in ("de",):
            text = cap(text)
        cjk = lang in ("ja", "ko", "zh")
        closing = f"{sign}\n{person}" if not cjk else sign
        body = f"{greet.format(**ctx)}\n\n{text}\n\n{closing}{'' if cjk else ','}\n{org}\n".replace(f"{sign}\n{person},", f"{sign},\n{person}")
        subject = rng.choice(subjects).format(**ctx)
        sender = f"{org} <{rng.choice(['rekrutacja', 'jobs', 'hr', 'recruiting'])}@{dom}>"
        frame = rng.choice(("plain", "plain", "html", "forward"))
        fctx = {"org": org, "dom": dom, "hdr": hdr, "to": to, "name": given, "last": "", "alt": f"{ascii_name(given) or 'me'}@work.example", "Role": ctx["role"]}
        subject, body, sender = self.frame(frame, fctx, subject, body, sender)
        self.add(label, kind, family, subject, body, sender, to, hdr)

    def build(self) -> list[dict[str, str]]:
        rng = self.rng
        # one rejection per decision sentence, one twin per twin sentence
        for sc in E:
            for i, text in enumerate(sc["D"]):
                self.english(sc, text, "rejection", "rejection", f"blindw18-{sc['t']}-d{i}")
            for i, (kind, text) in enumerate(sc["T"]):
                self.english(sc, text, "not_rejection", kind, f"blindw18-{sc['t']}-t{i}")
        # second copies of the first decisions (new names, frame drawn again), round-robin over the scenarios
        rej_pool = [(sc, i) for i in range(7) for sc in E if i < len(sc["D"])]
        for sc, i in rej_pool[:EXTRA_REJ]:
            self.english(sc, sc["D"][i], "rejection", "rejection", f"blindw18-{sc['t']}-d{i}")
        for copy in range(2):
            for idx in range(len(LONG)):
                self.long_letter(idx, copy)
        for entry in L:
            lang = entry[0]
            for i, text in enumerate(entry[4]):
                self.other_language(entry, text, "rejection", "rejection", f"blindw18-{lang}-d{i}")
            kind, text = entry[5]
            self.other_language(entry, text, "not_rejection", kind, f"blindw18-{lang}-t0")
        rng.shuffle(self.records)
        out, counts = [], {"rejection": 0, "not_rejection": 0}
        for rec in self.records:
            counts[rec["label"]] += 1
            tag = "rej" if rec["label"] == "rejection" else "not"
            out.append({"id": f"written18:{tag}-{counts[rec['label']]:03d}", "subject": rec["subject"], "body": rec["body"], "sender": rec["sender"],
                        "label": rec["label"], "kind": rec["kind"], "family": rec["family"], "provenance": PROVENANCE, "to": rec["to"], "date": rec["date"]})
        return out


EXTRA_REJ = 36
SEALED = {"blind-slice-13.jsonl", "blind-slice-14.jsonl", OUT.name}


def shingles(text: str) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def check(records: list[dict[str, str]]) -> None:
    data = HERE.parent
    theirs: set[str] = set()
    files = sorted(data.glob("*.jsonl")) + sorted(p for p in HERE.glob("*.jsonl") if p.name not in SEALED)
    for path in files:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    theirs |= shingles(json.loads(line).get("body", ""))
    shared: dict[str, int] = {}
    hit = {"rejection": 0, "not_rejection": 0}
    for rec in records:
        common = shingles(rec["body"]) & theirs
        if common:
            hit[rec["label"]] += 1
            for s in common:
                shared[s] = shared.get(s, 0) + 1
    print(f"{sum(hit.values())} of {len(records)} bodies share a 6-word shingle with {len(files)} files ({hit['rejection']} rejections, {hit['not_rejection']} others); {len(shared)} distinct shared shingles")
    for s, n in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:40]:
        print(f"  {n:3d}  {s}")


def main() -> None:
    records = Maker().build()
    if "--check" in sys.argv:
        check(records)
        return
    with OUT.open("w", encoding="utf-8") as handle:
        for rec in records:
            handle.write(json.dumps(rec, ensure_ascii=False) + "\n")
    by: dict[str, int] = {}
    for rec in records:
        by[rec["label"] + "/" + rec["kind"]] = by.get(rec["label"] + "/" + rec["kind"], 0) + 1
    print(f"wrote {len(records)} records to {OUT.name}: {by}")


if __name__ == "__main__":
    main()
