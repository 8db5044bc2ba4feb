# ruff: noqa: E501, S311
"""Write data/blind/written-49.jsonl: training mail, thirty-seventh batch (long footers, campus, public, texts, hedges).

Twenty-ninth pass, part F. The rejection shapes the last batches used least, in the mail of the
issue's real inboxes (US, UK, Irish, Canadian, Australian, New Zealand, Indian, Singaporean,
South African, Nigerian and Kenyan English, and English written by Spanish-, Portuguese- and
Chinese-speaking hiring staff), with more twins than rejections from the same senders in the same
shapes:

* (a) ~130 ``rejection``: clear refusals under long footers (careers-site blurbs, job-alert
  digests, newsletters, privacy / equal-opportunity / unsubscribe blocks longer than the
  refusal), retail and hospitality chains, college and university applicant systems, US federal
  and state notices (not referred, ineligible, vacancy cancelled) and public-sector notices from
  South Africa, Kenya, Australia, Canada and the UK (ineligible, not shortlisted, post
  withdrawn), internship and graduate-programme decisions, non-native English hedges, text
  messages and WhatsApp notes from small employers, thread replies after interviews (paralegal,
  lab, NGO, dental, vet, law, accounting), notes after a screen or an assessment, replies with an
  attached letter and the decision in the body too, housing associations, charities and councils,
  recruiters giving the decision and another role in one paragraph, and hedges with no negation;
* (b) ~200 twins that are not rejections in the same shapes and senders: two-line invitations to
  a call, screens passed, attached offers and contracts, second rounds booked in a thread,
  receipts with refusal talk ("either way", "only if there's a match", "if you don't hear from us
  within ...", "we regret we cannot reply to every applicant"), digests and newsletters alone,
  recruiter pitches, the reader's own withdrawal confirmed, and business mail about choosing a
  supplier or a candidate for someone else.

Shells: a message under a long footer (``lf``), a college or university applicant system's letter
(``ua``), a public-sector notice (``gv``), a text message or WhatsApp note (``tx``), a thread reply
with quoted layers (``th``), a reply carrying an attachment (``ax``), a recruiter's mail (``rc``),
a housing association's, charity's or council's portal notice (``pt``), a two-line note (``tl``)
and a plain email (``em``).

    python data/blind/make_written49.py           # writes the file (seed 490491)
    python data/blind/make_written49.py --langs   # make-up by kind, shell and region
    python data/blind/make_written49.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

SEED = 490491
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import MakerBase, ascii_slug, by_shell_and_region, finish, per_shell, record, run  # noqa: E402

# written-31's kind names, months and address helper (the batch beside this file)
from make_written31 import AR, IV, MONTHS, NJ, NS, OF, OJ, RJ, mailbox  # noqa: E402

OUT = HERE / "written-49.jsonl"
PROVENANCE = "written for rejectwatch issue 11 twenty-ninth pass as training mail, thirty-seventh batch: long footers, chains, campus and public-sector notices, texts, threads, screens, attachments, recruiters, hedges, twins (make_written49.py)"
PREFIX = "blind-w49"  # the read-slice prefix: train-only in grouped CV, weight READ_SLICE_WEIGHT
HAM = "ham"
RO = "recruiter_outreach"
JA = "job_alert"

# Templates: (name, kind, outfit word, region, shells, subject, core). One copy per shell listed.
REJECTIONS = (
    # -- clear refusals under long footers: chains, hotels, banks, graduate schemes
    ("lf-us-fulfilment-picker", RJ, "Logistics", "us", ("lf", "lf"), "Fulfillment associate (nights)",
     "Thanks for applying to pick and pack nights at our {city} fulfillment center. This wave of openings is full, and your application won't go on."),
    ("lf-uk-coffee-team", RJ, "Coffee House", "uk", ("lf", "lf"), "Team member",
     "Someone has filled the team member vacancy at our {city} coffee house, so your application closes today."),
    ("lf-ie-deli-assistant", RJ, "Supervalue Stores", "ie", ("lf",), "Deli counter assistant",
     "Unfortunately your application for deli counter assistant in {city} goes no further."),
    ("lf-ca-guest-agent", RJ, "Hotels", "ca", ("lf", "lf"), "Guest service agent",
     "Your application for guest service agent at our {city} property got a close read, and other applicants are going ahead instead."),
    ("lf-au-crew", RJ, "Burgers", "au", ("lf",), "Crew member",
     "Sorry {first}, there's no crew spot at the {city} restaurant for you right now."),
    ("lf-in-voice-process", RJ, "Global Services", "in", ("lf", "lf"), "Process Associate (Voice)",
     "We regret to say that your profile was not shortlisted for the Process Associate (Voice) drive held on {day}."),
    ("lf-sg-retail-hedge", RJ, "Living", "sg", ("lf",), "Retail associate",
     "Our outlet team went ahead with applicants whose weekend availability suited the roster better. Appreciate your interest in {org}."),
    ("lf-za-client-consultant", RJ, "Bank", "za", ("lf", "lf"), "Client service consultant",
     "After reviewing your application for Client Service Consultant in {city}, we regret that you were unsuccessful."),
    ("lf-ng-graduate-trainee", RJ, "Beverages", "ng", ("lf",), "Graduate trainee programme",
     "Thank you for sitting the graduate trainee assessment. Your application will not proceed any further in the programme."),
    ("lf-us-restructure-hedge", RJ, "Brands", "us", ("lf",), "Marketing associate",
     "We are restructuring the marketing associate role into a six-month contract and have closed the search as it was posted, along with the applications under it, yours included."),
    ("lf-uk-hotel-direction", RJ, "Inns", "uk", ("lf", "em"), "Housekeeping supervisor",
     "Our team took a different direction for the housekeeping supervisor post and promoted one of our room attendants at the {city} inn."),
    ("lf-ca-stockroom-hedge", RJ, "Outfitters", "ca", ("lf",), "Holiday stockroom associate",
     "Others matched more closely with what the {city} store needs for the holiday stockroom, and they've accepted offers. Thanks for giving us a look."),
    ("lf-uk-grad-scheme", RJ, "Energy", "uk", ("lf", "lf"), "2026 Graduate Scheme",
     "Your 2026 Graduate Scheme video interview is in, thanks. Sorry to say the assessment centre invitations did not include you."),
    ("lf-in-summer-intern", RJ, "Capital", "in", ("lf", "ua"), "Summer Internship Programme",
     "Summer Internship Programme: the final interview round has been drawn up, and regretfully your application is not in it."),
    ("lf-au-hospitality-chain", RJ, "Hospitality Group", "au", ("lf",), "Bar attendant",
     "Thanks for your interest in bar work at our {city} venue. The roster is now full, so your application ends with this note."),
    # -- college and university applicant systems
    ("ua-us-library-tech", RJ, "University", "us", ("ua", "ua"), "Library Technician III",
     "The Library Technician III search (posting {ref}) has closed with the appointment of another applicant. Your materials are retained per the records schedule."),
    ("ua-us-writing-lecturer", RJ, "College", "us", ("ua",), "Lecturer in Writing",
     "The Department of English has finished reading applications for Lecturer in Writing. Your dossier was not among those picked for first-round interviews."),
    ("ua-uk-faculty-admin", RJ, "University", "uk", ("ua", "ua"), "Faculty administrator",
     "Shortlisting for Faculty Administrator is complete. I'm sorry, but you are not among the people called to interview."),
    ("ua-au-casual-tutor", RJ, "University", "au", ("ua",), "Casual tutor, semester 2",
     "Thanks for your expression of interest in casual tutoring for semester 2. Tutorial allocations for the unit are all made, and none has been allocated to you."),
    ("ua-ca-ece-instructor", RJ, "College", "ca", ("ua", "ua"), "Part-time instructor, Early Childhood Education",
     "The hiring committee for Part-time Instructor, Early Childhood Education has completed interviews, and the appointment did not go to you."),
    ("ua-in-jrf", RJ, "Institute of Technology", "in", ("ua",), "Junior Research Fellow",
     "Your application for Junior Research Fellow under the sponsored project was scrutinised. You are not shortlisted for the interview as per the eligibility criteria."),
    ("ua-ie-grade-iv-hedge", RJ, "University", "ie", ("ua",), "Grade IV Administrator",
     "The board has recommended candidates whose experience of student records systems sat closer to the brief for the Grade IV Administrator panel."),
    ("ua-za-senior-tutor", RJ, "University", "za", ("ua", "ua"), "Senior tutor: Accounting",
     "The appointment process for Senior Tutor: Accounting has been finalised. Kindly treat this as notice that your application failed."),
    ("ua-us-policy-intern", RJ, "University", "us", ("ua", "ua"), "Summer policy internship",
     "Over 400 students applied to the Summer Policy Internship for twelve places, and none of those places can go to you this year."),
    ("ua-sg-ra-hedge", RJ, "University", "sg", ("ua",), "Research assistant",
     "The PI has gone with a candidate whose MATLAB background lines up with the project timeline. Grateful you thought of the lab."),
    # -- public sector: US federal and state, South Africa, Kenya, Australia, Canada, UK
    ("gv-us-not-referred", RJ, "Department", "us", ("gv", "gv"), "Management Analyst",
     "You met the minimum qualifications. Candidates in a higher category were referred first, so the hiring manager did not receive your application."),
    ("gv-us-state-ineligible", RJ, "State", "us", ("gv", "gv"), "Program Technician II",
     "Based on what you submitted, you fall short of the minimum qualifications for Program Technician II and are ineligible for this recruitment."),
    ("gv-us-vacancy-cancelled", RJ, "Administration", "us", ("gv",), "Human Resources Assistant",
     "The hiring office has cancelled this vacancy. Nobody is to be selected from it."),
    ("gv-za-not-shortlisted", RJ, "Department", "za", ("gv", "gv"), "Senior administrative officer: Supply chain",
     "Kindly be informed that the shortlist for Senior Administrative Officer: Supply Chain (ref {ref}) does not include you."),
    ("gv-ke-county-board", RJ, "County Public Service Board", "ke", ("gv", "gv"), "Ward administrator",
     "The Board regrets that the Ward Administrator shortlist leaves you out. It appreciates your wish to serve the County."),
    ("gv-au-clerk-grade", RJ, "Department", "au", ("gv",), "Project officer (Clerk Grade 7/8)",
     "Assessed against the role's capabilities, your application stops before the next stage."),
    ("gv-ca-process-cancelled", RJ, "Government", "ca", ("gv", "gv"), "Policy analyst (EC-04)",
     "Selection process {ref} has been cancelled and the position will not be staffed. Your application under it is closed."),
    ("gv-za-post-withdrawn", RJ, "Municipality", "za", ("gv",), "Admin clerk",
     "The post of Admin Clerk (ref {ref}) has been withdrawn owing to budget constraints, and applications received will not be processed further."),
    ("gv-ke-ineligible", RJ, "Commission", "ke", ("gv",), "Assistant accountant",
     "Your application lacked the clearances required by the advert (Certificate of Good Conduct, tax compliance), so it was declared ineligible and not considered."),
    ("gv-uk-health-board", RJ, "Health Board", "uk", ("gv", "pt"), "Medical secretary",
     "We have now shortlisted for Medical Secretary, and this time the interview list leaves you off."),
    ("gv-au-post-withdrawn", RJ, "Shire", "au", ("gv",), "Customer service officer",
     "Council has withdrawn the customer service officer vacancy following a service review, so there will be no appointment from this round."),
    # -- non-native English hedges
    ("xs-madrid-ops", RJ, "Logística", "xs", ("em", "em"), "Operations analyst",
     "Many thanks for giving time to the interviews. We inform you that finally the decision was to follow the process with other profile that adjusts more to the position. Much success for you in the career."),
    ("xp-sao-paulo-data", RJ, "Tecnologia", "xp", ("em", "ax"), "Data analyst",
     "We thank your participation in the selection process for Data Analyst. After evaluation we opted for other candidate, his profile is more aderent to the moment of the team. Success in your journey!"),
    ("xc-shenzhen-sales", RJ, "Electronics", "xc", ("em",), "Overseas sales executive",
     "Thanks for interest to our company. After discuss inside team, we feel other candidate is more match for this position. Hope we have chance to cooperate in future."),
    ("xs-monterrey-covered", RJ, "Industrial", "xs", ("em",), "Export coordinator",
     "We appreciate a lot your application. The position was covered already by a person from the Monterrey plant, so we close the process."),
    ("xc-taipei-engineer", RJ, "Semiconductor", "xc", ("em", "tl"), "Field application engineer",
     "We finished the interviews for Field Application Engineer. Manager decide to hire the candidate who has more experience in Southeast Asia market. Thank you for your kindly support."),
    ("xp-lisbon-support", RJ, "Software", "xp", ("em",), "Support specialist",
     "We have concluded the recruitment for Support Specialist and we chose to follow with one candidate who has more practice in the tool. We keep your contact for new opportunities."),
    # -- text messages and WhatsApp notes from small employers
    ("tx-nz-cafe-trial", RJ, "Café", "nz", ("tx", "tx"), "Trial",
     "Hey {first}, it's {hm} from {org}. Ta for the trial Sat. Ended up giving it to another girl this time sorry. Go well"),
    ("tx-au-farm-hand", RJ, "Orchards", "au", ("tx",), "Farm hand",
     "Hi {first} {hm} here from {org}. Job's been filled sorry mate, cheers for ringing"),
    ("tx-ie-bar-shifts", RJ, "Bar", "ie", ("tx", "tx"), "Bar shifts",
     "Hi {first}, {hm} from {org}. We got someone for the weekend bar shifts so you're not needed after all, apologies. Best of luck"),
    ("tx-nz-labourer", RJ, "Builders", "nz", ("tx",), "Labourer",
     "Gidday {first}, thanks for the CV. Found a labourer already so not taking anyone else on for now. Cheers {hm}"),
    ("tx-au-salon-hedge", RJ, "Hair", "au", ("tx",), "Apprentice",
     "Hi lovely, thanks heaps for the trial today! We've decided to go a different way for the apprentice spot. Good luck xx"),
    ("tx-ie-creche", RJ, "Childcare", "ie", ("tx",), "Room leader",
     "Hi {first}, thanks for coming in Thurs. Management went with someone who has the Level 6 for room leader. Wishing you well, {hm}"),
    # -- thread replies after interviews: paralegal, lab, NGO
    ("th-us-paralegal", RJ, "Law Group", "us", ("th", "th"), "Paralegal",
     "Thank you for meeting with {other} and me last week. The paralegal offer went out to another candidate, and she has accepted."),
    ("th-uk-lab-tech", RJ, "Analytical", "uk", ("th",), "Laboratory technician",
     "Good to talk on {day}. We've offered the lab technician post to an applicant with more LC-MS hours behind her, and she's said yes."),
    ("th-ke-ngo-wash", RJ, "Water Trust", "ke", ("th", "th"), "Programme officer, WASH",
     "Thanks for interviewing for Programme Officer, WASH. The panel has recommended a different candidate to the director."),
    ("th-ca-lab-internal", RJ, "Research Lab", "ca", ("th",), "Research technician",
     "Thanks for the chat and the tour of the lab. The PI has decided to hire the internal candidate who's been running the assays this term."),
    ("th-in-ngo-field", RJ, "Foundation", "in", ("th",), "Field coordinator",
     "Thanks for giving us time on the call. After discussions, the Field Coordinator role is being offered to someone else."),
    # -- thread replies from small offices: dental, vet, law, accounting
    ("th-ie-dental-nurse", RJ, "Dental", "ie", ("th", "th"), "Dental nurse",
     "Lovely to meet you on {day}. The dental nurse job was taken by someone already on the register, so your application ends here."),
    ("th-nz-vet-nurse", RJ, "Vets", "nz", ("th",), "Vet nurse",
     "Thanks for popping in. The vet nurse job has gone to a local applicant who can do the after-hours roster."),
    ("th-us-tax-preparer", RJ, "CPA", "us", ("th", "th"), "Seasonal tax preparer",
     "Thanks again for coming by. We filled our two seasonal preparer spots with folks who've done returns with us before, so there's no desk for you this season."),
    ("th-za-candidate-attorney", RJ, "Attorneys", "za", ("th",), "Candidate attorney",
     "Thank you for your interview with the directors. Unfortunately the articles have been offered to another candidate."),
    ("th-au-dental-front-hedge", RJ, "Dental", "au", ("th",), "Dental receptionist",
     "Nice of you to come in. We've given the front desk job to someone who's used Dental4Windows before."),
    # -- notes after a screen or an assessment
    ("sc-us-mri-screen", RJ, "Imaging", "us", ("em", "tl"), "MR technologist",
     "Thanks for taking the screening call today. Because you don't hold the MR credential yet, we can't move you ahead for the MR technologist opening."),
    ("sc-uk-clinical-lab", RJ, "Pathology", "uk", ("em",), "Associate practitioner",
     "Thanks for sitting the clinical laboratory assessment. Your score landed below the interview mark."),
    ("sc-in-coding-round", RJ, "Labs", "in", ("em", "lf"), "SDE-1",
     "Thanks for taking the online coding round for SDE-1. On the basis of your score, your candidature stops at this round."),
    ("sc-ie-trial-shift", RJ, "Kitchen", "ie", ("em", "tx"), "Commis chef",
     "Thanks for the trial shift Saturday. Head chef felt you're not quite ready for the pace on the pass, so the job's not yours this time."),
    ("sc-sg-psychometric", RJ, "Insurance", "sg", ("em",), "Financial services consultant",
     "The online psychometric assessment is done, thanks. Sorry, your results fell under the benchmark this role sets."),
    ("sc-ca-screen-hedge", RJ, "Services", "ca", ("em",), "Client care representative",
     "Thanks for the phone screen. We're prioritising candidates with bilingual French for the client-facing piece and will be proceeding with them."),
    # -- replies carrying an attached letter, the decision in the body too
    ("ax-uk-council-letter", RJ, "Borough Council", "uk", ("ax", "ax"), "Waste services officer",
     "A letter about your Waste Services Officer application is attached. Sadly, the post has not gone your way this time."),
    ("ax-za-municipality", RJ, "Municipality", "za", ("ax",), "Traffic officer",
     "Attached please find the outcome letter for Traffic Officer. The municipality has appointed other candidates to the posts."),
    ("ax-us-school-district", RJ, "School District", "us", ("ax", "ax"), "Paraprofessional",
     "Please see the attached letter. Someone else has been chosen for the paraprofessional position at {city} Elementary."),
    ("ax-ng-bank-letter", RJ, "Bank", "ng", ("ax",), "Relationship officer",
     "Please find attached a letter in respect of your application. Regrettably, the final interview did not end in your favour."),
    ("ax-au-hospital", RJ, "Health Service", "au", ("ax",), "Ward clerk",
     "The letter attached sets out the outcome for Ward Clerk. On this occasion your application wasn't successful."),
    # -- housing associations, charities, councils
    ("pt-uk-income-officer", RJ, "Housing", "uk", ("pt", "pt"), "Income officer",
     "Income Officer: thanks for the interview. The panel's offer has gone to a different applicant."),
    ("pt-ie-charity-coordinator", RJ, "Charity", "ie", ("pt",), "Volunteer coordinator",
     "Interviews for Volunteer Coordinator are done, and I'm sorry: another applicant was picked."),
    ("pt-au-council-shortlist", RJ, "City Council", "au", ("pt", "pt"), "Library officer",
     "Library Officer shortlisting has finished; your application did not go through to interview."),
    ("pt-ca-charity-hedge", RJ, "Food Bank", "ca", ("pt",), "Warehouse lead",
     "Appreciate you waiting. The warehouse lead job went to somebody who's run our Saturday distribution on a volunteer basis since 2021."),
    ("pt-uk-post-withdrawn", RJ, "District Council", "uk", ("pt",), "Parks apprentice",
     "We have withdrawn the Parks Apprentice vacancy after a review of the service budget. Applications will not be taken further."),
    # -- recruiters: the decision and another role in one paragraph
    ("rc-ie-ap-payroll", RJ, "Recruitment", "ie", ("rc", "rc"), "Accounts payable role",
     "Quick one, the client in Sandyford picked the other lad for the accounts payable job, but I've a payroll role in Naas that's a cracking fit, got ten minutes later on?"),
    ("rc-sg-admin", RJ, "Staffing", "sg", ("rc",), "Admin assistant",
     "Client feedback came back, the admin assistant role is going to the other candidate. Separately I have a front desk executive job in Jurong East, can I send your CV?"),
    ("rc-uk-marketing", RJ, "Talent", "uk", ("rc", "rc"), "Marketing executive",
     "They've offered the marketing exec job to the other shortlisted person, gutted for you. There's a CRM executive role in Leeds that's got your name on it though, shall I send you over?"),
    ("rc-us-ops", RJ, "Staffing", "us", ("rc",), "Operations coordinator",
     "Heard from the hiring manager: they're going with an internal transfer for operations coordinator. I've got a dispatch supervisor opening in {city} that pays better, shall I put your name in?"),
    ("rc-in-hr", RJ, "Consultants", "in", ("rc",), "HR generalist",
     "Client has closed HR generalist with another candidate. One more HRBP opening in Gurugram is there, kindly share your expected CTC so I can forward your profile."),
    # -- hedges with no negation
    ("hg-us-restructure", RJ, "Health", "us", ("em",), "Care coordinator",
     "We are restructuring the care coordinator role and will revisit hiring next year. The requisition is closed, and we thank you for your time."),
    ("hg-au-direction", RJ, "Agency", "au", ("em", "tl"), "Account manager",
     "The team has gone in a different direction, appointing from within for the account manager role. Cheers for your time and energy, truly."),
    ("hg-uk-others-closer", RJ, "Consulting", "uk", ("em",), "Research analyst",
     "Others matched more closely to the brief, and we've made our appointment. Many thanks for the care the task clearly got."),
    ("hg-in-align", RJ, "Solutions", "in", ("em",), "Business analyst",
     "We have decided to move ahead with profiles that closely align with the current requirement. Grateful for your time and interest."),
    ("hg-ng-preferred", RJ, "Holdings", "ng", ("em",), "Executive assistant",
     "Management has settled on a candidate whose experience better suits the office of the MD. Our thanks for your time."),
    ("hg-ca-filled-internally", RJ, "Credit Union", "ca", ("em", "lf"), "Member service representative",
     "The member service representative role at our {city} branch was filled by an internal applicant. Thanks for considering the credit union."),
    # -- more: a bare status update, internships, a federal category, a chain
    ("lf-us-status-update", RJ, "Pharmacy", "us", ("lf", "lf"), "Pharmacy technician trainee",
     "Status update for requisition {ref}: your application for Pharmacy Technician Trainee is no longer being considered."),
    ("ua-uk-summer-placement", RJ, "University", "uk", ("ua",), "Summer research placement",
     "The summer research placement scheme has now allocated its projects, and this time round no project was matched to your application."),
    ("gv-us-best-qualified", RJ, "Bureau", "us", ("gv",), "Budget Technician",
     "HR rated you qualified, but the best-qualified group forwarded for selection did not include your application."),
    ("em-ke-ngo-hedge", RJ, "Relief", "ke", ("em", "ax"), "Monitoring and evaluation assistant",
     "The recruitment panel has identified a candidate whose field experience in Turkana corresponds more closely to the terms of reference. We value the interest you showed in our programmes."),
)

OTHERS = (
    # -- long footers, not rejections
    ("lf-us-picker-received", AR, "Logistics", "us", ("lf", "lf"), "Fulfillment associate (nights)",
     "Your application to pick and pack nights at our {city} fulfillment center is in. Either way, we'll text you within five days about next steps."),
    ("lf-us-picker-orientation", OF, "Logistics", "us", ("lf",), "Fulfillment associate (nights)",
     "You're hired! Your new-hire orientation at the {city} fulfillment center is on {next} at 6 PM. Bring two forms of ID."),
    ("lf-uk-coffee-trial", IV, "Coffee House", "uk", ("lf", "lf"), "Team member",
     "Up for a paid trial at our {city} coffee house on {next}? Reply to pick a time."),
    ("lf-ie-deli-received", AR, "Supervalue Stores", "ie", ("lf", "lf"), "Deli counter assistant",
     "Your application for deli counter assistant in {city} has reached the store manager. Only where your hours suit the rota will you get a call."),
    ("lf-ca-guest-interview", IV, "Hotels", "ca", ("lf", "lf"), "Guest service agent",
     "The front office manager at our {city} property wants you in for a guest service agent interview on {next}."),
    ("lf-au-crew-received", AR, "Burgers", "au", ("lf",), "Crew member",
     "Thanks {first}, your crew application for the {city} restaurant is in. Two weeks without a word means the roster's full for now."),
    ("lf-in-voice-shortlist", NS, "Global Services", "in", ("lf", "lf"), "Process Associate (Voice)",
     "Congratulations, you cleared the versant test and are shortlisted for the operations round of the Process Associate (Voice) drive on {next}."),
    ("lf-sg-retail-interview", IV, "Living", "sg", ("lf",), "Retail associate",
     "Our outlet manager wants to see you on {next} at 11am at the {city} showroom. Reply yes to confirm."),
    ("lf-za-consultant-assess", NS, "Bank", "za", ("lf", "lf"), "Client service consultant",
     "You've progressed to the online assessment for Client Service Consultant. The link stays open until {date}."),
    ("lf-ng-trainee-invite", NS, "Beverages", "ng", ("lf",), "Graduate trainee programme",
     "You have qualified for the assessment centre of the graduate trainee programme, holding on {next} in Lagos."),
    ("lf-us-brand-newsletter", JA, "Brands", "us", ("lf",), "This month at {org}",
     "Meet the people behind our new product line and browse openings in marketing and design."),
    ("lf-uk-inn-reopen", HAM, "Inns", "uk", ("lf",), "Staff update",
     "Head chef took a different direction on the Christmas menu this year, so the staff tasting moves to {next}."),
    ("lf-ca-stockroom-offer", OF, "Outfitters", "ca", ("lf", "lf"), "Holiday stockroom associate",
     "Great news, there's a holiday stockroom position at the {city} store for you, starting {next}."),
    ("lf-uk-grad-centre", NS, "Energy", "uk", ("lf", "lf"), "2026 Graduate Scheme",
     "Your 2026 Graduate Scheme video interview is in, thank you. You're through to the assessment centre; choose your date in the portal."),
    ("lf-in-intern-offer", OF, "Capital", "in", ("lf", "ua"), "Summer Internship Programme",
     "A place in the Summer Internship Programme is yours. The offer letter is in your candidate dashboard."),
    ("lf-au-bar-received", AR, "Hospitality Group", "au", ("lf", "lf"), "Bar attendant",
     "Thanks for your interest in bar work at our {city} venue. We regret there's no replying to every applicant, but the venue manager reads each one."),
    ("lf-uk-alert-digest", JA, "Jobs", "uk", ("lf", "lf"), "New jobs near {city}",
     "Your alert \"warehouse, {city}\" turned up these roles this week."),
    ("lf-ie-careers-newsletter", JA, "Supervalue Stores", "ie", ("lf",), "Careers news",
     "Our spring hiring for store teams opens next month; get your CV ready and set an alert so you don't miss it."),
    # -- college and university applicant systems, not rejections
    ("ua-us-library-received", AR, "University", "us", ("ua", "ua"), "Library Technician III",
     "Your application for Library Technician III (posting {ref}) is complete. The hiring committee contacts applicants it wants to interview; the portal shows the posting's status."),
    ("ua-us-library-interview", IV, "University", "us", ("ua",), "Library Technician III",
     "The Library Technician III committee would like to interview you on {next}. Choose a slot with the scheduling link."),
    ("ua-us-writing-zoom", IV, "College", "us", ("ua", "ua"), "Lecturer in Writing",
     "The Department of English invites you to a first-round Zoom interview for Lecturer in Writing on {next}."),
    ("ua-uk-admin-invite", IV, "University", "uk", ("ua", "ua"), "Faculty administrator",
     "You've been shortlisted for Faculty Administrator. Interviews are on {next} and include a short in-tray exercise."),
    ("ua-au-tutor-allocated", OF, "University", "au", ("ua",), "Casual tutor, semester 2",
     "You have been allocated two tutorials for semester 2. Your casual contract will come through the staff portal before {date}."),
    ("ua-ca-ece-references", NS, "College", "ca", ("ua", "ua"), "Part-time instructor, Early Childhood Education",
     "The hiring committee would like to contact your references for Part-time Instructor, Early Childhood Education. Please confirm consent by {date}."),
    ("ua-in-jrf-interview", IV, "Institute of Technology", "in", ("ua", "ua"), "Junior Research Fellow",
     "You are shortlisted for the Junior Research Fellow interview on {next}, 10:30 AM, in the department seminar hall. Carry original mark sheets."),
    ("ua-ie-grade-iv-received", AR, "University", "ie", ("ua",), "Grade IV Administrator",
     "Your Grade IV Administrator application is received. Shortlisting may apply; candidates will be told of the outcome whichever way it falls."),
    ("ua-za-tutor-received", AR, "University", "za", ("ua", "ua"), "Senior tutor: Accounting",
     "Your application for Senior Tutor: Accounting is captured. Absent any contact six weeks after the closing date, kindly take your application as unsuccessful."),
    ("ua-us-intern-offer", OF, "University", "us", ("ua", "ua"), "Summer policy internship",
     "Congratulations! A Summer Policy Internship place is yours. Confirm your place and your housing choice by {date}."),
    ("ua-sg-ra-interview", IV, "University", "sg", ("ua",), "Research assistant",
     "The PI wants to meet you about the research assistant post, {next} at 2pm in the lab."),
    ("ua-us-writing-status", AR, "College", "us", ("ua",), "Lecturer in Writing",
     "Application status: In Review. You will hear once the search closes, whether or not you are chosen."),
    # -- public sector, not rejections
    ("gv-us-referred", NS, "Department", "us", ("gv", "gv"), "Management Analyst",
     "You met the minimum qualifications and the hiring manager now has your application; the office may reach out to set an interview."),
    ("gv-us-state-eligible", NS, "State", "us", ("gv", "gv"), "Program Technician II",
     "You meet the minimum qualifications for Program Technician II, and you are placed on the recruitment's eligible list."),
    ("gv-us-received", AR, "Administration", "us", ("gv",), "Human Resources Assistant",
     "Your application was received. Once the announcement closes, every applicant gets a notice: referred, not referred or ineligible."),
    ("gv-za-received", AR, "Department", "za", ("gv", "gv"), "Senior administrative officer: Supply chain",
     "Your application for Senior Administrative Officer: Supply Chain (ref {ref}) is received. The department writes only to those it shortlists."),
    ("gv-ke-shortlisted", IV, "County Public Service Board", "ke", ("gv", "gv"), "Ward administrator",
     "The Board is glad to tell you that you made the shortlist for Ward Administrator. Interviews are on {next} at the County headquarters; bring your original documents."),
    ("gv-au-progressed", NS, "Department", "au", ("gv",), "Project officer (Clerk Grade 7/8)",
     "You have progressed to the next stage: a capability-based interview on {next}."),
    ("gv-ca-exam", NS, "Government", "ca", ("gv", "gv"), "Policy analyst (EC-04)",
     "You are invited to write the exam for selection process {ref} on {next}. The position will be staffed from this process."),
    ("gv-za-interview", IV, "Municipality", "za", ("gv",), "Admin clerk",
     "Please attend an interview for Admin Clerk (ref {ref}) on {next} at 09:00 in the council chamber."),
    ("gv-ke-received", AR, "Commission", "ke", ("gv", "gv"), "Assistant accountant",
     "Your application for Assistant Accountant is received. Contact follows for the shortlist alone; please keep your clearances valid."),
    ("gv-uk-health-interview", IV, "Health Board", "uk", ("gv", "pt"), "Medical secretary",
     "You've been shortlisted for Medical Secretary. Your interview is on {next}; a typing test comes first."),
    ("gv-au-council-offer", OF, "Shire", "au", ("gv",), "Customer service officer",
     "Council offers you the customer service officer position. Please sign and return the letter of offer by {date}."),
    # -- non-native English, not rejections
    ("xs-madrid-second", IV, "Logística", "xs", ("em", "em"), "Operations analyst",
     "Much gratitude for the hours in the interviews. We want to continue the process with you, can you do a second meeting with the director on {next}?"),
    ("xp-sao-paulo-case", NS, "Tecnologia", "xp", ("em",), "Data analyst",
     "We thank your participation in the first stage. You are approved to pass to the technical case, we send it on {next}."),
    ("xc-shenzhen-call", IV, "Electronics", "xc", ("em", "tl"), "Overseas sales executive",
     "Thanks for interest to our company. Our sales director want to have a video call with you on {next}, is it ok for you?"),
    ("xs-monterrey-supplier", HAM, "Industrial", "xs", ("em",), "Quotation",
     "We appreciate a lot your quotation. The order was given already to another supplier from Saltillo, but we keep your catalogue for next year."),
    ("xc-taipei-offer", OF, "Semiconductor", "xc", ("em", "ax"), "Field application engineer",
     "Congratulation! Manager decide to hire you for Field Application Engineer. Please see attached offer and reply before {date}."),
    # -- text messages and WhatsApp notes, not rejections
    ("tx-nz-cafe-start", OF, "Café", "nz", ("tx", "tx"), "Trial",
     "Hey {first}, it's {hm} from {org}. Loved having you on the trial Sat, want to start Tues 7am? Let me know"),
    ("tx-au-farm-come", IV, "Orchards", "au", ("tx",), "Farm hand",
     "Hi {first} {hm} here from {org}. Come out Monday 8ish for a look around and a chat about the picking job"),
    ("tx-ie-bar-trial", IV, "Bar", "ie", ("tx", "tx"), "Bar shifts",
     "Hi {first}, {hm} from {org}. Would a trial behind the bar Friday from 7 suit you? Let me know"),
    ("tx-nz-labourer-start", OF, "Builders", "nz", ("tx",), "Labourer",
     "Gidday {first}, got your CV. Can you start Monday on the Rolleston site? 7am, steel caps. Cheers {hm}"),
    ("tx-au-salon-booking", HAM, "Hair", "au", ("tx",), "Appointment",
     "Hi lovely, we've had to go a different way with the colour bookings this week, can we move yours to Thurs 10? xx"),
    ("tx-ie-creche-call", IV, "Childcare", "ie", ("tx", "tx"), "Room leader",
     "Hi {first}, thanks for your CV for room leader. Could you ring me tomorrow after 2 for a quick chat? {hm}"),
    ("tx-nz-withdraw-ok", OJ, "Café", "nz", ("tx",), "Trial",
     "No worries {first}, good of you to tell me you took the other job. Pop in for a coffee sometime! {hm}"),
    # -- thread replies, second rounds booked
    ("th-us-paralegal-second", IV, "Law Group", "us", ("th", "th"), "Paralegal",
     "Thank you for meeting with {other} and me last week. Our managing partner hopes to sit down with you for round two on {next}."),
    ("th-uk-lab-second", IV, "Analytical", "uk", ("th", "th"), "Laboratory technician",
     "Good to talk on {day}. Are you around for a practical on {next}? We'll run a short sample prep together."),
    ("th-ke-ngo-second", NS, "Water Trust", "ke", ("th",), "Programme officer, WASH",
     "Thanks for interviewing for Programme Officer, WASH. The panel asks for one more thing, a written task, sent on {next}."),
    ("th-ca-lab-refs", NS, "Research Lab", "ca", ("th", "th"), "Research technician",
     "Thanks for the chat and the tour of the lab. The PI would like to speak with two of your references this week."),
    ("th-in-ngo-offer", OF, "Foundation", "in", ("th",), "Field coordinator",
     "Thanks for giving us time on the call. We're offering you the Field Coordinator role; the letter follows tomorrow."),
    ("th-ie-dental-second", IV, "Dental", "ie", ("th", "th"), "Dental nurse",
     "Lovely meeting you {day}. Would you come back and do a morning chairside with us, {next}?"),
    ("th-nz-vet-second", IV, "Vets", "nz", ("th",), "Vet nurse",
     "Thanks for popping in. Come back {next} to meet our head nurse and do a couple of hours on the floor?"),
    ("th-us-tax-start", OF, "CPA", "us", ("th", "th"), "Seasonal tax preparer",
     "Thanks again for coming by. You've got a seasonal preparer spot if you want it; can you start training {next}?"),
    ("th-za-ca-second", IV, "Attorneys", "za", ("th",), "Candidate attorney",
     "Thank you for your interview with the directors. They ask that you return on {next} at 10h00 for a second round."),
    ("th-au-dental-trial", IV, "Dental", "au", ("th", "th"), "Dental receptionist",
     "Nice of you to come in. Could you do a paid half-day on the front desk {next} so we can see how you go?"),
    ("th-uk-solicitor-supplier", HAM, "Solicitors", "uk", ("th",), "Case management software",
     "Thanks for the demo on {day}. The partners have chosen another supplier for case management, though the document-scanning contract may suit your firm later."),
    # -- screens and assessments passed
    ("sc-us-mri-next", NS, "Imaging", "us", ("em", "tl"), "MR technologist",
     "Thanks for taking the screening call today. You're cleared for an on-site interview with our MR lead on {next}."),
    ("sc-uk-lab-pass", IV, "Pathology", "uk", ("em", "em"), "Associate practitioner",
     "Thanks for sitting the clinical laboratory assessment. Your score clears the mark, so we're booking you to interview on {next}."),
    ("sc-in-coding-pass", NS, "Labs", "in", ("em", "lf"), "SDE-1",
     "You cleared the online coding round for SDE-1. Your technical interview is fixed for {next}, 11 AM IST."),
    ("sc-ie-trial-good", OF, "Kitchen", "ie", ("em", "tx"), "Commis chef",
     "Thanks for the trial shift Saturday, head chef was impressed. The commis job is yours from {next} if you want it."),
    ("sc-sg-psych-pass", NS, "Insurance", "sg", ("em",), "Financial services consultant",
     "The online psychometric assessment is done, thanks. You cleared the benchmark, so you'll meet our agency leader next."),
    ("sc-ca-screen-next", IV, "Services", "ca", ("em", "em"), "Client care representative",
     "Thanks for the phone screen. Next up is a panel interview on {next}; a calendar invite follows."),
    # -- attachments that are offers or contracts
    ("ax-uk-council-offer", OF, "Borough Council", "uk", ("ax", "ax"), "Waste services officer",
     "A letter is attached. It offers you the Waste Services Officer post, subject to references."),
    ("ax-za-municipality-contract", OF, "Municipality", "za", ("ax",), "Traffic officer",
     "Attached please find your contract of employment for Traffic Officer. Kindly sign and return it by {date}."),
    ("ax-us-district-offer", OF, "School District", "us", ("ax", "ax"), "Paraprofessional",
     "Please see the attached letter: the district is offering you the paraprofessional position at {city} Elementary."),
    ("ax-ng-bank-invite", IV, "Bank", "ng", ("ax",), "Relationship officer",
     "Please find attached your invitation to the final interview for Relationship Officer on {next}."),
    ("ax-au-hospital-contract", OF, "Health Service", "au", ("ax", "ax"), "Ward clerk",
     "The attached contract is for the Ward Clerk position. Please return it signed before {date}."),
    ("ax-ie-tender-result", HAM, "County Council", "ie", ("ax",), "Tender outcome",
     "Attached is the tender evaluation report. The contract for grass cutting has been awarded to another bidder; your firm's score is on page 3."),
    # -- housing associations, charities and councils: confirmations with refusal talk
    ("pt-uk-income-received", AR, "Housing", "uk", ("pt", "pt"), "Income officer",
     "Income Officer: your form is with us. Silence for three weeks after closing means the shortlist went to others this round."),
    ("pt-ie-charity-invite", IV, "Charity", "ie", ("pt", "pt"), "Volunteer coordinator",
     "Can you join the panel for a Volunteer Coordinator interview on {next}?"),
    ("pt-au-council-received", AR, "City Council", "au", ("pt", "pt"), "Library officer",
     "Library Officer application received. Whatever the result, a message follows when shortlisting ends."),
    ("pt-ca-charity-orientation", OF, "Food Bank", "ca", ("pt",), "Warehouse lead",
     "We're happy to welcome you as warehouse lead. Orientation is {next} at 9."),
    ("pt-uk-apprentice-received", AR, "District Council", "uk", ("pt", "pt"), "Parks apprentice",
     "Parks Apprentice: application logged. Sorry, we can't answer every applicant personally; the shortlist is told by {date}."),
    ("pt-uk-housing-bid", NJ, "Housing", "uk", ("pt",), "Your property bid",
     "The two-bed at {street} went to a household ranked in a higher band. Your bid position stays the same for future adverts."),
    # -- recruiters: pitches, second rounds, withdrawal confirmed
    ("rc-ie-pitch", RO, "Recruitment", "ie", ("rc", "rc"), "Payroll role in Naas",
     "I've a payroll role in Naas that's a cracking fit for you. Ten minutes for a call later?"),
    ("rc-ie-second", IV, "Recruitment", "ie", ("rc",), "Accounts payable role",
     "Quick one, the client in Sandyford want another round with you on {next}. Can I confirm 11?"),
    ("rc-sg-pitch", RO, "Staffing", "sg", ("rc", "rc"), "Front desk executive",
     "I have a front desk executive job in Jurong East matching your profile. Can I send your CV?"),
    ("rc-uk-second", IV, "Talent", "uk", ("rc", "rc"), "Marketing executive",
     "They loved you! Second stage for the marketing exec job is {next}, a presentation to the head of brand."),
    ("rc-us-withdrawn", OJ, "Staffing", "us", ("rc", "rc"), "Operations coordinator",
     "All good, the hiring manager now knows you're withdrawing from operations coordinator. Congrats on the new job!"),
    ("rc-in-pitch", RO, "Consultants", "in", ("rc",), "HRBP opening",
     "One HRBP opening in Gurugram matches your profile. Kindly share your expected CTC and notice period."),
    ("rc-uk-client-shortlist", HAM, "Talent", "uk", ("rc",), "Shortlist for your finance manager role",
     "Attached are the three finance manager CVs. I've dropped a fourth who matched less closely; tell me which two you want to meet."),
    # -- two-line notes inviting to a call
    ("tl-us-call", IV, "Imaging", "us", ("tl", "tl"), "MR technologist",
     "{first}, got ten minutes {next} for a call about the MR job?"),
    ("tl-au-call", IV, "Agency", "au", ("tl", "tl"), "Account manager",
     "{first} - keen to chat about the account manager job. Call {next} arvo?"),
    ("tl-uk-call", IV, "Consulting", "uk", ("tl",), "Research analyst",
     "{first}, could we talk {next} at 4 about the analyst role?"),
    # -- hedge twins: business mail with the same words, a candidate chosen for someone else
    ("hg-us-restructure-news", HAM, "Health", "us", ("em", "em"), "Team changes",
     "We are restructuring the care coordination team from {next}. {other} will lead intake, and your caseload stays as it is."),
    ("hg-au-supplier", HAM, "Agency", "au", ("em",), "Print quotes",
     "Our team took a different direction on the brochure and is going with a digital-only supplier. Thanks for the quick quote."),
    ("hg-uk-client-candidate", HAM, "Consulting", "uk", ("em", "em"), "Your analyst hire",
     "Of the four we sent, others matched more closely than Daniel, so I'd suggest you meet Priya and Tom first. Happy to set it up."),
    ("hg-in-vendor", HAM, "Solutions", "in", ("em",), "Vendor selection",
     "We are moving ahead with the vendor whose proposal closely aligns with the current requirement. Kindly share the PO draft."),
    ("hg-ng-board", HAM, "Holdings", "ng", ("em",), "Board appointment",
     "Management has settled on a candidate for the MD's office, {other}. Kindly prepare the onboarding pack for {next}."),
    ("hg-ca-withdrawal", OJ, "Credit Union", "ca", ("em", "em"), "Member service representative",
     "Noted that you're withdrawing your application for member service representative. All the best with the new role."),
    # -- more twins: statuses, receipts with refusal talk, digests, business mail, withdrawals
    ("lf-us-status-interview", IV, "Pharmacy", "us", ("lf", "lf"), "Pharmacy technician trainee",
     "Status update for requisition {ref}: you've been selected to interview for Pharmacy Technician Trainee. Pick a time on the scheduling page."),
    ("lf-us-status-review", AR, "Pharmacy", "us", ("lf",), "Pharmacy technician trainee",
     "Status update for requisition {ref}: your application is under review by the pharmacy manager. If it isn't picked up, an email says so; nothing more for you to do now."),
    ("ua-uk-placement-matched", OF, "University", "uk", ("ua", "ua"), "Summer research placement",
     "Your summer research placement application has been matched to a project in the School of Chemistry. Please accept the placement by {date}."),
    ("gv-us-best-qualified-ref", NS, "Bureau", "us", ("gv", "gv"), "Budget Technician",
     "HR rated you qualified and sent your application on with the best-qualified group to the selecting official. Interviews are arranged by the office directly."),
    ("em-ke-ngo-invite", IV, "Relief", "ke", ("em", "ax"), "Monitoring and evaluation assistant",
     "The recruitment panel asks you to join a Teams interview for the M&E assistant post on {next}. Please confirm by return."),
    ("em-ke-ngo-received", AR, "Relief", "ke", ("em",), "Monitoring and evaluation assistant",
     "Your M&E assistant application reached us. Owing to the volume, only candidates who fit the terms of reference will hear from us."),
    ("lf-za-bank-received", AR, "Bank", "za", ("lf", "lf"), "Client service consultant",
     "Your application for Client Service Consultant in {city} is with us. Hearing nothing 21 days after closing means this role is closed for you; your CV stays on file for similar roles."),
    ("lf-sg-retail-received", AR, "Living", "sg", ("lf", "lf"), "Retail associate",
     "Your {org} application is in. Our outlet team gets in touch only where an opening near you fits."),
    ("lf-ng-trainee-received", AR, "Beverages", "ng", ("lf", "lf"), "Graduate trainee programme",
     "We have your application to the graduate trainee programme. Kindly note the aptitude test is by invitation, for the shortlist only."),
    ("lf-au-jobs-digest", JA, "Hospitality Group", "au", ("lf", "lf"), "Jobs you might like",
     "Fresh roles across our venues this week, picked from your saved search."),
    ("lf-ca-hotel-received", AR, "Hotels", "ca", ("lf", "lf"), "Guest service agent",
     "Thanks for applying for guest service agent at our {city} property. Apologies that we can't answer everyone personally; shortlisted applicants hear within ten days."),
    ("ua-ca-ece-received", AR, "College", "ca", ("ua", "ua"), "Part-time instructor, Early Childhood Education",
     "Your application for Part-time Instructor, Early Childhood Education has been submitted. The committee reaches out to interviewees alone."),
    ("gv-au-received", AR, "Department", "au", ("gv", "gv"), "Project officer (Clerk Grade 7/8)",
     "Your application is lodged. Each one is weighed against the role's capabilities, and a note on the result reaches everyone, good or bad."),
    ("gv-uk-health-received", AR, "Health Board", "uk", ("gv", "gv"), "Medical secretary",
     "Medical Secretary: your application is in. No word four weeks after we close means the shortlist didn't include you."),
    ("tx-au-farm-received", AR, "Orchards", "au", ("tx", "tx"), "Farm hand",
     "Hi {first} {hm} here from {org}, got your message about the picking job. Only need a couple more so I'll ring if it's a go, if not no hard feelings"),
    ("th-ke-ngo-supplier", HAM, "Water Trust", "ke", ("th", "th"), "Borehole survey quotation",
     "Thank you for the quotation for the borehole survey. The procurement committee has selected another firm for this lot, but please bid for the Kitui tender next month."),
    ("th-us-paralegal-hire-for-client", HAM, "Law Group", "us", ("th",), "Candidates for the receptionist position",
     "Thanks for sending three résumés. We've chosen Denise for the receptionist job and will let the other two know; please invoice us per the agreement."),
    ("pt-ie-charity-received", AR, "Charity", "ie", ("pt", "pt"), "Volunteer coordinator",
     "Volunteer Coordinator: your application is in. We regret there's no reply going to each person; shortlisted people hear from us by {date}."),
    ("pt-au-council-withdrawn", OJ, "City Council", "au", ("pt", "pt"), "Library officer",
     "As you requested, your application for Library Officer has been withdrawn from the recruitment. Thanks for letting us know."),
    ("pt-ca-food-bank-grant", NJ, "Food Bank", "ca", ("pt",), "Your grant request",
     "The community fund could not support your school breakfast proposal this cycle. The next round opens in autumn."),
    ("rc-sg-second", IV, "Staffing", "sg", ("rc", "rc"), "Admin assistant",
     "Client feedback came back positive, they want round two for the admin assistant role on {next}, 3pm. Can?"),
    ("rc-us-pitch", RO, "Staffing", "us", ("rc", "rc"), "Dispatch supervisor",
     "I've got a dispatch supervisor opening in {city} that pays well and looks like a fit. Happy for me to send your résumé?"),
    ("ax-ng-bank-offer", OF, "Bank", "ng", ("ax", "ax"), "Relationship officer",
     "Attached is the Relationship Officer offer of employment for you. Kindly sign and return the acceptance page by {date}."),
    ("xp-lisbon-next", NS, "Software", "xp", ("em", "em"), "Support specialist",
     "We have concluded the first interviews for Support Specialist and we want to follow with you to the technical step. We send the exercise on {next}."),
    ("xs-madrid-withdraw", OJ, "Logística", "xs", ("em",), "Operations analyst",
     "We understand your decision to leave the process, thank you for telling us. Much luck in the new company!"),
)

REGIONS = {  # people, cities, phone format
    "us": ((("Shelby", "Marchetti"), ("Darnell", "Whitaker"), ("Yesenia", "Ortiz"), ("Garrett", "Lindqvist"), ("Tamika", "Holloway")), ("Tulsa", "Fresno", "Akron", "Spokane"), "(918) 555-{0}"),
    "uk": ((("Ffion", "Pritchard"), ("Gareth", "Ormerod"), ("Nadia", "Chowdhury"), ("Callum", "Baird"), ("Lucy", "Fairbrother")), ("Stockport", "Exeter", "Lincoln", "Dunfermline"), "07700 8{0}"),
    "ie": ((("Aoife", "Brennan"), ("Ciarán", "Moloney"), ("Sinéad", "Kiely"), ("Donal", "Furlong")), ("Carlow", "Letterkenny", "Mullingar", "Kilkenny"), "087 {0}"),
    "ca": ((("Chantal", "Bouchard"), ("Mason", "Yeung"), ("Harpreet", "Gill"), ("Owen", "MacLeod")), ("Kelowna", "Moncton", "Barrie", "Regina"), "(306) 555-{0}"),
    "au": ((("Kirra", "Dawson"), ("Brodie", "Nguyen"), ("Tegan", "Costa"), ("Lachlan", "Hurst")), ("Toowoomba", "Ballarat", "Bunbury", "Wollongong"), "0412 {0}"),
    "nz": ((("Aroha", "Tipene"), ("Jono", "Whitcombe"), ("Mereana", "Kingi"), ("Sam", "Trevithick")), ("Timaru", "Whanganui", "Nelson", "Rotorua"), "021 {0}"),
    "in": ((("Ananya", "Kulkarni"), ("Rohit", "Bhatt"), ("Sneha", "Iyer"), ("Vikram", "Sethi")), ("Indore", "Kochi", "Nagpur", "Vadodara"), "+91 98{0}"),
    "sg": ((("Wei Ling", "Tan"), ("Hafiz", "Rahman"), ("Priya", "Nair"), ("Jun Hao", "Lim")), ("Tampines", "Jurong", "Woodlands", "Bishan"), "+65 9{0}"),
    "za": ((("Thandeka", "Mkhize"), ("Pieter", "Swanepoel"), ("Ayesha", "Jacobs"), ("Sipho", "Dlamini")), ("Polokwane", "Gqeberha", "Pietermaritzburg", "Bloemfontein"), "+27 82 {0}"),
    "ng": ((("Chiamaka", "Obi"), ("Tunde", "Adeyemi"), ("Hauwa", "Bello"), ("Emeka", "Okafor")), ("Ibadan", "Enugu", "Kano", "Abeokuta"), "+234 803 {0}"),
    "ke": ((("Wanjiru", "Kamau"), ("Otieno", "Ochieng"), ("Achieng", "Owino"), ("Kiprop", "Rotich")), ("Nakuru", "Kisumu", "Eldoret", "Nyeri"), "+254 722 {0}"),
    "xs": ((("Lucía", "Fernández"), ("Javier", "Morales"), ("Carmen", "Ruiz"), ("Diego", "Navarro")), ("Madrid", "Monterrey", "Valencia", "Bogotá"), "+34 6{0}"),
    "xp": ((("Mariana", "Souza"), ("Rafael", "Almeida"), ("Beatriz", "Costa"), ("Thiago", "Ribeiro")), ("São Paulo", "Lisboa", "Curitiba", "Porto"), "+55 11 9{0}"),
    "xc": ((("Xiaoyan", "Chen"), ("Wei", "Zhang"), ("Mei", "Lin"), ("Jianguo", "Huang")), ("Shenzhen", "Taipei", "Suzhou", "Dongguan"), "+86 138 {0}"),
}
ZONES = {"us": ("-0600", "-0800", "-0500"), "uk": ("+0000", "+0100"), "ie": ("+0000", "+0100"), "ca": ("-0600", "-0400", "-0800"), "au": ("+1000", "+0800", "+1100"),
         "nz": ("+1200", "+1300"), "in": ("+0530",), "sg": ("+0800",), "za": ("+0200",), "ng": ("+0100",), "ke": ("+0300",), "xs": ("+0100", "-0600"), "xp": ("-0300", "+0000"), "xc": ("+0800",)}
READERS = ("Peregrine", "Ottilie", "Lysander", "Marigold", "Thaddeus", "Clementine", "Fitzroy", "Seraphina", "Augustin", "Rosalind", "Barnaby", "Henrietta")
OTHER_NAMES = ("Ngozi", "Brendan", "Felicity", "Anil", "Marguerite", "Tomás")
PREFIXES = ("Ashgrove", "Bellbird", "Cedarvale", "Dunmore", "Elmstead", "Foxglove", "Greystone", "Hollybank", "Ironbark", "Juniper", "Larkspur", "Marlow", "Northgate", "Pebblebrook", "Quarry Lane", "Rosedene")

# Long footers (each longer than the message above it), written for this batch.
JOB_LINES = ("Shift lead, {city} (full time)", "Stock replenishment, weekends", "Delivery driver, own vehicle", "Payroll clerk, hybrid",
             "Kitchen porter, split shifts", "Store supervisor, {city} south", "Reception cover, mornings", "Forklift operator, nights")
FOOTERS = (
    "---\nWHY PEOPLE STAY AT {ORG}\nBlurbs aside, our colleagues tell us it is the rota you can plan a life around, the staff discount that starts on the first day, and managers who came up through the shop floor themselves. Over half of our {city} supervisors began on the tills. Find every current vacancy, our benefits guide and our story at careers.{dom}.\n\nThis lands in your inbox since a {org} applicant login exists under this address. Shut that login from Profile > Delete whenever you wish, and your details are wiped inside a month.",
    "---\nStill looking? Fresh openings near {city} this week:\n{jobs}\nTap a title at careers.{dom} to read the full listing. These arrive because job alerts are switched on in your candidate profile; to pause them, open Settings > Alerts and untick \"weekly digest\".\n\n{org} careers mail goes out from an address nobody reads. Questions go to the help page instead.",
    "---\nTHE {ORG} PEOPLE BULLETIN | no. {n}\nIn this edition: a day on the road with our {city} delivery crew, what our apprentices built in their first year, and the volunteering days every colleague gets. Read the stories at news.{dom}.\n\nPrefer fewer emails? Manage what we send under Preferences, or unsubscribe from the bulletin with one click at {dom}/unsub. Your application history is unaffected either way.",
    "---\nYour information and us: {org} holds applicant files for two years, solely to hire, as the applicant notice at {dom}/privacy sets out. Copies, fixes or deletion of your file can be requested whenever you like from dataprotection@{dom}.\n\nHiring at {org} is open to all, whatever someone's heritage, years, beliefs, disability, gender or whom they love, and every step can be adapted for you; adjustments@{dom} is the place to say how.\n\nFraud alert: genuine {org} recruiters will never request payment, banking numbers or vouchers from applicants.",
    "---\n{org} | Head office, {street}, {city}\nCompany registered no. {n}0{n}7{n}1\n\nWhat is written here belongs to its named recipient alone and might be legally privileged. Received it by mistake? Erase it, alert whoever sent it, and keep it to yourself. Outbound mail from {org} goes through a malware scanner, yet no guarantee against infection is given.\n\nHeard enough about careers from us? Answer STOP, or change preferences at {dom}/preferences.",
)
# Campus applicant systems (invented, after Taleo, PeopleAdmin, Interfolio and PageUp).
CAMPUS = (
    ("HireLink", "hirelink", "Requisition no.: {ref}\nPosition title: {subject}\nUnit: {dept}",
     "HireLink runs applications for {org}; answers sent to this notice go unread. Sign in there to look over or pull back what you have applied for.\nAs an Affirmative Action / EO institution, {org} actively seeks applicants from groups long underrepresented on its staff."),
    ("CampusPeople", "campuspeople", "Posting number {ref} | {subject} | {dept}",
     "This notice was generated by CampusPeople on behalf of {org} Human Resources. Applicant records are kept under the state's public records retention schedule.\nVeterans and individuals with disabilities are encouraged to apply."),
    ("DossierBox", "dossierbox", "Search: {subject}\nPosition ID: {ref}\nCommittee: {dept}",
     "Sent through DossierBox for {org}. Your letters of reference remain confidential in your DossierBox account, and you control which searches receive them."),
    ("TalentGate", "talentgate", "Job no. {ref}\n{subject}\n{dept}, {org}",
     "Automated mailbox, so replies vanish. TalentGate's candidate centre keeps your full history.\n{org} pays respect to the First Nations custodians of the country its campuses occupy."),
)
DEPTS = ("College of Arts and Letters", "School of Public Policy", "University Libraries", "Faculty of Commerce", "Department of Physics", "Student Life")
# Public-sector notice headers by region.
GOV = {
    "us": ("USAhire Notices", "Vacancy ID: {ann}\nTitle: {subject}\nHiring organization: {org}\nYour status: {status}",
           "USAhire sends these notices automatically; replies are not read. Sign in to USAhire and open Saved Applications to see the record."),
    "us-state": ("State Jobs Online", "Bulletin no. {ann}\nClass title: {subject}\nHiring unit: {org}\nStatus: {status}",
                 "State Jobs Online is a computer-generated service. Your list placement and exam history sit under My Profile."),
    "ca": ("Government Jobs Canada", "Process number: {ref}\nTitle: {subject}\nDepartment: {org}",
           "Messages about this process appear in your applicant account too. This notice is also available in French."),
    "au": ("Jobs Hub", "Reference: {ref}\nRole: {subject}\nEmployer: {org}",
           "Jobs Hub sends on behalf of {org}. This is a send-only address; contact the person named in the advert instead."),
    "uk": ("Health Jobs", "Vacancy ref: {ref}\nPost: {subject}\nEmployer: {org}",
           "Log in to Health Jobs to see the status of every application. Please don't answer this email; the inbox is unmonitored."),
    "za": ("Provincial Recruitment", "Post reference: {ref}\nPost: {subject}\nEmployer: {org}",
           "This correspondence was produced by the e-recruitment system of {org}. Kindly quote the post reference in all enquiries."),
    "ke": ("County e-Recruitment", "Advert ref: {ref}\nPosition: {subject}\nBoard: {org}",
           "System message from the online hiring portal of the {org}. No payment is ever asked of applicants by the Board, at any point."),
}
TH_PREFIX = ("RE: Re: ", "Re: Re: ", "RE: [EXT] Re: ", "Re: ", "RE: [External] RE: ")
READER_NOTES = ("Grateful for the time today, I enjoyed hearing about the team.", "Hello again, a note after Tuesday. Thanks again for meeting me.",
                "Much appreciated, the interview and the walk round both.", "Following up to say thanks, it was a really good conversation.")
OFFICE_NOTES = ("Cheers for the CV. Free {day} at 11 to call in? We're on {street}.",
                "Hi {first}, keen to say hello in person. Would {day} suit, around 2?", "Application's landed, ta. Is {day} any good for a chat at the office?")
AX_FILES = ("Outcome_{surname}", "{slug}_letter", "Doc{n}{n}1", "Offer_{surname}", "Contract_{surname}", "scan_{n}0{n}")
RC_FOOTERS = ("{agency} operates as an agency for permanent placements. Send REMOVE back to drop off our lists.",
              "{agency} | Licence {n}{n}-{n}R | This email may be confidential; if you're not the intended reader, delete it.",
              "New jobs daily on the {agency} app.", "{agency} - people first")
PT_FOOTERS = ("{org} is a registered social landlord. Sent from an unmonitored address.",
              "{org} | Registered charity {n}2{n}0{n}1 | We value a diverse workforce",
              "Your applications are listed in the {org} recruitment portal under My Jobs.",
              "Queries: put your reference in an email to HR, since mail sent here bounces.")


def when(t: datetime, region: str, *, weekday: bool = True) -> str:
    """A date as the region writes it: "Tuesday, March 4" in the US, "Tuesday 4 March" elsewhere."""
    month = MONTHS[t.month - 1]
    if region == "us":
        return f"{t:%A}, {month} {t.day}" if weekday else f"{month} {t.day}"
    return f"{t:%A} {t.day} {month}" if weekday else f"{t.day} {month}"


class Maker(MakerBase):
    def context(self, word: str, region: str) -> dict:
        rng = self.rng
        people, cities, phone = REGIONS[region]
        hm, hm_sur = rng.choice(people)
        first = rng.choice(READERS)
        surname = rng.choice([p[1] for p in people if p[1] != hm_sur])
        org = f"{rng.choice(PREFIXES)} {word}"
        sent = datetime(2019, 2, 11, 7, 0) + timedelta(days=rng.randrange(6 * 365), minutes=rng.randrange(12 * 60), seconds=rng.randrange(60))
        return {
            "first": first, "surname": surname, "full": f"{first} {surname}", "hm": hm, "hm_full": f"{hm} {hm_sur}",
            "org": org, "dom": f"{ascii_slug(org)}.example", "region": region, "city": rng.choice(cities),
            "other": rng.choice([o for o in OTHER_NAMES if o not in (first, hm)]), "street": rng.choice(("Church Lane", "Station Road", "King Street", "Elm Avenue")),
            "next": when(sent + timedelta(days=rng.randrange(3, 12)), region), "date": when(sent + timedelta(days=rng.randrange(8, 20)), region, weekday=False),
            "day": when(sent - timedelta(days=rng.randrange(2, 9)), region), "sent": sent, "phone": phone.format(rng.randrange(1000, 9999)),
            "ref": f"{rng.choice('BKMPW')}{rng.randrange(100, 999)}/{sent:%y}", "ann": f"{rng.choice(('HR', 'AG', 'SB', 'OP'))}{sent:%y}-{rng.randrange(1000, 9999)}",
            "datehdr": f"{sent:%a, %d %b %Y %H:%M:%S} {rng.choice(ZONES[region])}",
        }

    def shell(self, code: str, kind: str, subject: str, core: str, c: dict) -> tuple[str, str, str]:  # noqa: PLR0911 - one branch per shell
        """The subject, body and sender of one shape around ``core``."""
        rng = self.rng
        org, dom, first, hm = c["org"], c["dom"], c["first"], c["hm"]
        person = f"{c['hm_full']} <{mailbox(c['hm_full'].replace(' ', '.'), 'staff')}@{dom}>"
        me = f"{c['full']} <{mailbox(first + '.' + c['surname'], 'reader')}@inbox.example>"
        hello = "" if core.startswith(("Hi", "Hey", "Gidday", first)) else f"{rng.choice(('Hi', 'Hello', 'Dear', 'Morning'))} {first},\n\n"
        n = rng.randrange(2, 9)
        if code == "tl":  # a two-line note signed with a first name
            return rng.choice((subject, f"Re: {subject}")), f"{core}\n{rng.choice((hm, '-' + hm, hm[0] + '.'))}", person
        if code == "tx":  # a text or WhatsApp message relayed to mail
            via = rng.choice(("SMS", "WhatsApp"))
            stamp = f"{c['sent']:%d/%m/%Y, %H:%M}"
            head = f"[{via} from {c['phone']}, {stamp}]" if via == "SMS" else f"WhatsApp chat export\n{stamp} - {hm}:"
            return f"{via} message from {c['phone']}", f"{head}\n{core}", f"{via} Relay <relay@messages.example>"
        if code == "em":  # a plain email from a person
            sign = rng.choice((hm, c["hm_full"], f"{c['hm_full']}\n{org}", f"Best regards,\n{hm}"))
            return subject, f"{hello}{core}\n\n{sign}\n{rng.choice(('', '', 'Sent from my phone', c['phone']))}".rstrip(), person
        if code == "lf":  # a message under a long footer
            jobs = "\n".join(f"* {j.format(city=c['city'])}" for j in rng.sample(JOB_LINES, 4))
            foot = rng.choice(FOOTERS).format(org=org, ORG=org.upper(), dom=dom, city=c["city"], street=c["street"], jobs=jobs, n=n)
            return (rng.choice((f"{org}: {subject}", f"About your {subject} application", f"News on your application - {subject}")),
                    f"{hello}{core}\n\n{rng.choice(('All the best', 'Kind regards', 'With thanks'))},\n{rng.choice(('Talent Team', 'Recruiting', f'{hm}, Hiring Manager'))}\n{org}\n\n{foot}",
                    f"{org} Careers <{rng.choice(('careers', 'no-reply', 'hiring'))}@{dom}>")
        if code == "ua":  # a college or university applicant system's letter
            name, slug, head, foot = rng.choice(CAMPUS)
            fields = {"ref": c["ref"], "org": org, "subject": subject, "dept": rng.choice(DEPTS)}
            return (rng.choice((f"{subject} - {c['ref']}", f"{org} application: {subject}", f"Regarding your application ({subject})")),
                    f"{head.format(**fields)}\n\nDear {c['full']},\n\n{core}\n\n{rng.choice(('Sincerely', 'Regards', 'Best wishes'))},\n{rng.choice(('Talent Acquisition', 'Human Resources Office', 'Search Committee Chair', c['hm_full']))}\n{org}\n\n{foot.format(**fields)}",
                    f"{org} via {name} <notify@{slug}.example>")
        if code == "gv":  # a public-sector notice
            key = "us-state" if org.endswith("State") else c["region"]
            title, head, foot = GOV[key]
            status = rng.choice(("Not referred", "Closed", "Ineligible")) if kind == RJ else rng.choice(("Referred", "Eligible", "Received"))
            fields = {"ann": c["ann"], "ref": c["ref"], "org": org, "status": status, "subject": subject}
            return (rng.choice((f"{title}: {subject}", f"Your application - {subject}", f"Notification: {subject} ({c['ref']})")),
                    f"{head.format(**fields)}\n\nDear {c['full']},\n\n{core}\n\n{rng.choice(('Regards', 'Yours sincerely', 'Respectfully'))},\n{rng.choice(('Human Resources Section', 'Recruitment Office', 'The Secretary', 'Talent Services'))}\n{org}\n\n{foot.format(**fields)}",
                    f"{title} <{rng.choice(('donotreply', 'notices'))}@{ascii_slug(title)}.example>")
        if code == "th":  # a thread reply with quoted layers
            note_at = c["sent"] - timedelta(hours=rng.randrange(5, 70))
            first_at = note_at - timedelta(days=rng.randrange(2, 8))
            note, arrange = rng.choice(READER_NOTES), rng.choice(OFFICE_NOTES).format(**c)
            if rng.random() < 0.5:
                quoted = (f"-----Original Message-----\nFrom: {me}\nSent: {note_at:%d %B %Y %H:%M}\nTo: {person}\nSubject: Re: {subject}\n\n{note}"
                          f"\n\n-----Original Message-----\nFrom: {person}\nSent: {first_at:%d %B %Y %H:%M}\nTo: {me}\nSubject: {subject}\n\n{arrange}")
            else:
                quoted = f"On {note_at:%d/%m/%Y %H:%M}, {c['full']} wrote:\n> {note}\n>\n>> On {first_at:%d/%m/%Y %H:%M}, {c['hm_full']} wrote:\n>> {arrange}"
            sig = f"{c['hm_full']}\n{rng.choice(('Practice Manager', 'Office Administrator', 'Director', 'Programme Manager', 'Lab Manager'))}, {org}\n{c['phone']}"
            return rng.choice(TH_PREFIX) + subject, f"{hello}{core}\n\n{sig}\n\n{quoted}", person
        if code == "ax":  # a reply carrying an attached letter
            fname = rng.choice(AX_FILES).format(surname=c["surname"], slug=ascii_slug(org)[:10], n=n)
            return (rng.choice((f"RE: {subject}", f"{subject} - letter", f"Application: {subject}")),
                    f"{hello}{core}\n\n{rng.choice(('Regards', 'Kind regards', 'Thanks'))},\n{c['hm_full']}\n{org}\n\n{rng.choice(('Attachments:', '1 attachment:', 'Attached file:'))} {fname}.pdf ({rng.randrange(40, 600)} KB)",
                    person)
        if code == "rc":  # a recruiter's mail
            agency = f"{rng.choice(PREFIXES)} {rng.choice(('Recruitment', 'Search', 'Personnel', 'Talent Partners'))}"
            foot = rng.choice(RC_FOOTERS).format(agency=agency, n=n)
            sender = f"{c['hm_full']} <{mailbox(c['hm_full'].replace(' ', '.'), 'rec')}@{ascii_slug(agency)}.example>"
            return (rng.choice((subject, f"Re: {subject}", f"Update - {subject}")),
                    f"Hi {first},\n\n{core}\n\n{rng.choice(('Talk soon', 'Thanks', 'Cheers'))},\n{c['hm_full']}\n{rng.choice(('Consultant', 'Senior Recruiter', 'Associate Director'))}, {agency} | {c['phone']}\n\n{foot}",
                    sender)
        if code == "pt":  # a housing association's, charity's or council's portal notice
            foot = rng.choice(PT_FOOTERS).format(org=org, n=n)
            return (rng.choice((f"{subject} ({c['ref']})", f"{org} - {subject}", f"Application ref {c['ref']}")),
                    f"Dear {c['full']},\n\n{rng.choice(('Ref', 'Our ref', 'Job ref'))}: {c['ref']}\n\n{core}\n\n{rng.choice(('Yours sincerely', 'Best wishes', 'Kind regards'))},\n{rng.choice(('People Services', 'HR Team', c['hm_full']))}\n{org}\n\n{foot}",
                    f"{org} <{rng.choice(('recruitment', 'hr', 'noreply'))}@{dom}>")
        raise ValueError(code)

    def add(self, name: str, kind: str, word: str, region: str, code: str, subject: str, core: str) -> None:  # noqa: PLR0917 - a template's fields
        c = self.context(word, region)
        subj, body, sender = self.shell(code, kind, subject.format(**c), core.format(**c), c)
        self.shells[(kind, code)] += 1
        self.regions[(region, "rejection" if kind == RJ else "other")] += 1
        self.records.append(record(subj, body, sender, kind=kind, family=f"{PREFIX}-{name}", provenance=PROVENANCE, to=f"{c['full']} <{mailbox(c['first'] + '.' + c['surname'], 'reader')}@inbox.example>", date=c["datehdr"]))


def build(maker: Maker | None = None) -> list[dict]:
    maker = maker or Maker(random.Random(SEED))
    for fields in per_shell(REJECTIONS, OTHERS):
        maker.add(*fields)
    return finish(maker.records, maker.rng, "w49")


def main(argv: list[str]) -> int:
    maker = Maker(random.Random(SEED))
    records = build(maker)
    return run(argv, OUT, records, lambda: by_shell_and_region(records, maker), labels=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
