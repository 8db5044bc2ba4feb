# ruff: noqa: E501, S311
"""Write data/blind/written-45.jsonl: training mail, thirty-third batch (long footers, campus and public ATS).

Twenty-eighth pass, part F. The rejection shapes the last batches used least, in the mail of the
issue's real inboxes (US, UK, Irish, Canadian, Australian, Indian, Singaporean, South African
and Nigerian English), with more twins than rejections from the same senders in the same shapes:

* (a) ~130 ``rejection``: clear refusals under long footers (careers-site blurbs, job-alert
  digests, newsletters, privacy / equal-opportunity / unsubscribe blocks longer than the
  refusal), college and university ATS letters (modelled on Taleo, PeopleAdmin, Interfolio and
  PageUp), public-sector notices (not referred, ineligible, not on the eligible list, vacancy
  cancelled), retail and pharmacy chains and clinics, notes after a phone screen or an
  assessment, replies with an attached letter and the decision in the body too, small offices'
  thread replies with quoted layers, housing associations, charities and councils, recruiters'
  follow-ups giving the decision and another role in one paragraph, and hedges with no negation
  ("we are restructuring the role", "the team has taken a different direction", "others matched
  more closely");
* (b) ~200 twins that are not rejections in the same shapes and senders: two-line invitations to
  a call, screens passed, attached offers and contracts, second rounds booked in a thread,
  receipts with refusal talk ("either way", "only if there's a match", "if you don't hear from
  us within ...", "we regret we cannot reply to every applicant"), job-alert digests alone,
  recruiter pitches, the reader's own withdrawal confirmed, and business mail about choosing a
  supplier or a candidate for someone else.

Shells: a message under a long footer (``lf``), a college or university ATS letter (``ua``), a
public-sector notice (``gv``), a retail or pharmacy chain's or clinic group's ATS message
(``rt``), a reply with an attachment (``ax``), a thread reply with quoted layers (``th``), a
recruiter's mail (``rc``), a housing association's, charity's or council's portal notice
(``pt``), a two-line note (``tl``) and a plain email (``em``).

    python data/blind/make_written45.py           # writes the file (seed 450451)
    python data/blind/make_written45.py --langs   # make-up by kind, shell and region
    python data/blind/make_written45.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

SEED = 450451
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import MakerBase, ascii_slug, finish, lengths, makeup, record, run, sealed  # noqa: E402

# written-31's kinds, months and address helpers (the batch beside this file)
from make_written31 import AR, IV, MONTHS, NJ, NS, OF, OJ, RJ, mailbox  # noqa: E402

OUT = HERE / "written-45.jsonl"
PROVENANCE = "written for rejectwatch issue 11 twenty-eighth pass as training mail, thirty-third batch: long footers, campus and public-sector ATS, chains, screens, attachments, threads, recruiters, hedges, twins (make_written45.py)"
PREFIX = "blind-w45"  # the read-slice prefix: train-only in grouped CV, weight READ_SLICE_WEIGHT
# Slice 27 on is sealed in the twenty-eighth pass: skipped by name, never opened (slice 26 is read).
SKIP = sealed(27)
HAM = "ham"
RO = "recruiter_outreach"
JA = "job_alert"

# Templates: (name, kind, outfit word, region, shells, subject, core). One copy per shell listed.
REJECTIONS = (
    # clear refusals under long footers
    ("lf-outdoor-seasonal", RJ, "Outdoor Co", "us", ("lf", "lf"), "Seasonal sales associate",
     "Thanks for wanting to be on the {city} store crew for the holiday season. Every seasonal slot there is taken, so your application will not move ahead."),
    ("lf-grocer-customer-asst", RJ, "Retail Group", "uk", ("lf", "lf"), "Customer assistant",
     "Recruitment for customer assistant at our {city} branch has now finished, and your application won't progress from here."),
    ("lf-health-patient-services", RJ, "Health", "au", ("lf",), "Patient services officer",
     "A quick note on the patient services officer role: another applicant took up our offer for it."),
    ("lf-insurer-claims", RJ, "Insurance", "ca", ("lf", "lf"), "Claims adjuster trainee",
     "Having looked through the claims adjuster trainee applications, the team will pursue other candidates for the spring cohort."),
    ("lf-bank-teller-hedge", RJ, "Bank", "us", ("lf", "lf"), "Teller",
     "The hiring team went through every teller application for the {city} branch and has picked applicants whose cash-handling history matched the schedule more closely. Grateful you thought of us."),
    ("lf-in-support-associate", RJ, "Technologies", "in", ("lf", "lf"), "Associate - Customer Support",
     "We value your application to the Associate - Customer Support opening. After a careful look, your candidature is not moving forward."),
    ("lf-sg-clinic-asst", RJ, "Medical Group", "sg", ("lf",), "Clinic assistant",
     "Thanks for your clinic assistant application for the Tampines branch. The vacancy is filled, so there's no interview to offer."),
    ("lf-ie-hotel-porter", RJ, "Hotels", "ie", ("lf", "lf"), "Night porter",
     "The night porter vacancy at our {city} hotel was filled from within, so the porter application is closed on our side."),
    ("lf-za-cashier", RJ, "Retailers", "za", ("lf", "lf"), "Cashier",
     "Cheers for your cashier application at our {city} store. Regrettably, the shortlist was settled without your name."),
    ("lf-ng-area-sales", RJ, "Foods", "ng", ("lf",), "Area sales manager",
     "The selection exercise for area sales manager is concluded, and we are sorry that you did not succeed in it."),
    ("lf-us-restructuring", RJ, "Media", "us", ("lf", "em"), "Social media coordinator",
     "We're restructuring the social media coordinator role into a broader content position, so the original search has wrapped up and its applications, yours among them, are now archived."),
    ("lf-uk-different-direction", RJ, "Studios", "uk", ("lf", "em"), "Junior producer",
     "The team has taken a different direction with the junior producer hire and brought in someone from the post-production side. Thanks for the energy you brought."),
    # college and university ATS letters
    ("ua-staff-admin-asst", RJ, "University", "us", ("ua", "ua"), "Administrative Assistant II",
     "Re Requisition {ref}, Administrative Assistant II in the Department of Chemistry: the department has appointed another candidate. Current openings across campus stay listed on the jobs site."),
    ("ua-faculty-biology", RJ, "State University", "us", ("ua", "ua"), "Assistant Professor of Biology",
     "The search committee for Assistant Professor of Biology (posting {ref}) has finished its review, and your application was not advanced to the campus interview stage. We received more than 180 applications for the post."),
    ("ua-postdoc-history", RJ, "University", "ca", ("ua",), "Postdoctoral fellow, environmental history",
     "The committee has finished its deliberations on the postdoctoral fellowship in environmental history and another applicant accepted it."),
    ("ua-au-research-officer", RJ, "University", "au", ("ua", "ua"), "Research officer",
     "Re the research officer position (Earth Sciences): following shortlisting, we advise that your application will not proceed further."),
    ("ua-uk-college-lsa", RJ, "College", "uk", ("ua", "ua"), "SEN learning support assistant",
     "The shortlisting panel has read your learning support assistant form. This time it did not put you through to interview."),
    ("ua-ie-technician", RJ, "Technological University", "ie", ("ua",), "Technician Grade 6",
     "Technician Grade 6: the board has completed shortlisting, and I regret you have not been called to interview."),
    ("ua-in-asst-prof", RJ, "University", "in", ("ua",), "Assistant Professor (Contract)",
     "As per the screening committee's evaluation, your application for Assistant Professor (Contract) in the Department of Commerce is not considered for the interview."),
    ("ua-sg-lab-exec", RJ, "University", "sg", ("ua", "ua"), "Lab executive",
     "We have completed the selection for the lab executive position in the School of Chemical Engineering, and are sorry you were not picked."),
    ("ua-za-faculty-officer", RJ, "University", "za", ("ua",), "Faculty officer",
     "The selection committee has finalised the appointment to the faculty officer post. Please take this as notice that you were unsuccessful."),
    ("ua-us-advisor-hedge", RJ, "College", "us", ("ua",), "Academic advisor",
     "The search committee for Academic Advisor has identified finalists whose advising experience fitted more closely with the needs of the First-Year Center. Thank you for thinking of the College."),
    ("ua-internship-letter", RJ, "University", "us", ("ua", "ua"), "Summer undergraduate research program",
     "The Summer Undergraduate Research Program drew far more applicants than it has places this year. After review, the selection committee could not find room for you in the summer cohort."),
    # public-sector notices
    ("gv-fed-not-referred", RJ, "Department", "us", ("gv", "gv"), "Program Analyst",
     "HR found you qualified for this position. Even so, the certificate for the selecting official does not include you: applicants rated in a higher quality category filled it."),
    ("gv-fed-ineligible", RJ, "Agency", "us", ("gv", "gv"), "Contract Specialist",
     "Your application was reviewed by Human Resources. You were rated ineligible: your uploaded documents fall short of a full year of specialized experience at GS-09 or higher."),
    ("gv-fed-cancelled", RJ, "Service", "us", ("gv",), "IT Specialist (INFOSEC)",
     "The hiring agency has cancelled this vacancy announcement. Nobody is going to be hired from it, and every applicant record under it is now closed."),
    ("gv-state-eligible-list", RJ, "State", "us", ("gv", "gv"), "Eligibility Worker I",
     "Exam results for Eligibility Worker I are now out. Your final score was below the cut point, so the eligible list does not include you."),
    ("gv-county-corrections", RJ, "County", "us", ("gv",), "Correctional Officer",
     "Hiring for Correctional Officer at the {city} facility is complete. You were not selected, and your name has been taken off the certification list for this recruitment."),
    ("gv-ca-screened-out", RJ, "Government", "ca", ("gv", "gv"), "Program officer (PM-02)",
     "Your application for selection process {ref} went through screening on the essential qualifications. Your answers do not show the required experience, so you are eliminated from this process at screening."),
    ("gv-au-aps", RJ, "Department", "au", ("gv",), "APS 4 Service Officer (Contact Centre)",
     "Selection for this APS 4 role is finalised; you did not succeed this time. Ring the contact officer within 30 days for feedback."),
    ("gv-uk-sift", RJ, "Agency", "uk", ("gv", "gv"), "Administrative Officer",
     "The sift panel scored your application below the threshold for an interview."),
    ("gv-in-commission", RJ, "Commission", "in", ("gv",), "Junior Engineer (Civil)",
     "The candidature for Junior Engineer (Civil) under the above registration ID stands rejected, since the essential qualification was not held on the closing date."),
    ("gv-za-dept", RJ, "Department", "za", ("gv",), "Administration clerk",
     "Please note your application for Administration Clerk (ref {ref}) fell short of the post's minimum requirements and was not considered."),
    ("gv-sg-agency", RJ, "Authority", "sg", ("gv",), "Executive (Corporate Services)",
     "Sorry, the Executive (Corporate Services) shortlist is drawn up, and it excludes your application."),
    # retail and pharmacy chains, clinics
    ("rt-za-pharm-asst", RJ, "Pharmacy", "za", ("rt", "rt"), "Pharmacist assistant (post-basic)",
     "Pharmacist Assistant, store {store}: the vacancy is now filled, and this application is closed."),
    ("rt-ca-pharm-tech", RJ, "Drug Mart", "ca", ("rt", "rt"), "Pharmacy technician",
     "About the pharmacy technician role at store #{store}: the pharmacy manager has moved ahead with another candidate."),
    ("rt-sg-clinic-asst", RJ, "Family Clinic", "sg", ("rt", "rt"), "Clinic assistant",
     "About the clinic assistant role at our Bedok branch: another applicant has accepted it."),
    ("rt-us-deli", RJ, "Market", "us", ("rt", "rt"), "Deli clerk",
     "Thanks for applying at store {store}. We're moving forward with other applicants for deli clerk at this location."),
    ("rt-uk-nights", RJ, "Stores", "uk", ("rt",), "Night shift colleague",
     "Night shift colleague, {city} store: thank you, but this application stops here this time."),
    ("rt-au-pharmacy-hedge", RJ, "Pharmacy", "au", ("rt", "rt"), "Retail assistant",
     "The store team at our {city} pharmacy has filled the retail assistant vacancy with someone holding a Cert III in Community Pharmacy."),
    ("rt-za-fashion-hedge", RJ, "Clothing", "za", ("rt",), "Sales consultant",
     "Our store management team has chosen candidates who match the sales consultant requirements more closely."),
    ("rt-in-store-exec", RJ, "Retail", "in", ("rt",), "Store executive",
     "Your application for store executive at our {city} outlet has been reviewed, and the outlet is not proceeding with your candidature."),
    # after a phone screen or an assessment
    ("sc-mri-phone", RJ, "Radiology", "us", ("em", "rt"), "MRI technologist",
     "Thanks for the phone screen for MRI technologist. The department needs someone already ARMRIT registered for weekend coverage, so an on-site interview isn't the next step for you."),
    ("sc-phleb-skills", RJ, "Labs", "ca", ("em",), "Phlebotomist",
     "Thanks for doing the skills check on {day}. The collection supervisor is stopping your application here; the venipuncture station needs someone who can work unsupervised from day one."),
    ("sc-ot-scenario", RJ, "Therapy", "au", ("em", "ax"), "Occupational therapist",
     "Thanks for completing the clinical scenario for the OT role. The panel felt other applicants showed stronger paediatric reasoning, and they are the ones progressing."),
    ("sc-grad-dev-test", RJ, "Fintech", "uk", ("em", "tl"), "Graduate developer",
     "Thanks for doing the online coding test. Your score was below the line for interviews this time."),
    ("sc-sg-backend-test", RJ, "Labs", "sg", ("em",), "Backend developer",
     "Thank you for taking the technical assessment. After our engineers reviewed it, there won't be an interview round for you."),
    ("sc-cafe-trial", RJ, "Café", "au", ("tl", "em"), "Barista",
     "{first}, thanks for the trial this morning. Someone who can do the weekend opens got it, so not you this time, sorry mate."),
    ("sc-za-kitchen-trial", RJ, "Restaurant", "za", ("em", "tl"), "Line cook",
     "{first}, thanks for coming in to trial on {day}. Chef has picked someone else for line cook. Appreciate the effort, hey."),
    ("sc-ie-phone-hedge", RJ, "Software", "ie", ("em",), "Customer success associate",
     "Thanks for the phone chat. Having spoken with a few people, we're continuing with others whose SaaS background sits closer to the role."),
    # attachments with the decision in the body
    ("ax-housing-letter", RJ, "Homes", "uk", ("ax", "ax"), "Tenancy sustainment officer post",
     "The letter is attached. Sadly for you, the interview panel has offered the tenancy sustainment post to another candidate."),
    ("ax-shire-labourer", RJ, "Shire Council", "au", ("ax",), "Parks labourer",
     "Attached is a letter about your application for parks labourer. Council has decided the parks labourer job goes to other applicants this time."),
    ("ax-in-audit", RJ, "Associates", "in", ("ax",), "Audit assistant",
     "PFA the communication regarding your candidature for audit assistant. We regret that you are not selected."),
    ("ax-ie-uni-ra", RJ, "University", "ie", ("ax", "ax"), "Research assistant",
     "The letter is attached. The board recommended another candidate for appointment, so unfortunately the post isn't yours this time."),
    ("ax-sg-social-worker", RJ, "Family Service Centre", "sg", ("ax",), "Social worker",
     "Attached is our reply regarding the social worker post. The centre has given it to another candidate."),
    ("ax-ng-trainee", RJ, "Plc", "ng", ("ax", "em"), "Management trainee",
     "Find attached our letter on the management trainee assessment. You were not successful in this exercise."),
    # small-office threads
    ("th-us-dental-desk", RJ, "Dental", "us", ("th", "th"), "Front desk coordinator",
     "Thanks for coming in Tuesday and meeting Dr {hm}. She's hiring someone who has used Dentrix, so your application ends here."),
    ("th-au-vet-reception", RJ, "Vet Clinic", "au", ("th",), "Vet receptionist",
     "Good chatting last week. The reception job went to one of our casuals, so there's no spot left over for you."),
    ("th-uk-legal-cashier", RJ, "LLP", "uk", ("th", "th"), "Legal cashier",
     "Thanks for meeting us. The partners have gone with an applicant who has already run SRA accounts audits, so this one isn't going your way."),
    ("th-sg-accounts-asst", RJ, "Accounting", "sg", ("th",), "Accounts assistant",
     "Thanks for coming down to our office. The partners decided on another candidate for the accounts assistant role."),
    ("th-ng-dental-dsa", RJ, "Dental Clinic", "ng", ("th",), "Dental surgery assistant",
     "Thanks for your visit on {day}. The doctor chose someone else for the DSA role."),
    ("th-ca-conveyancing", RJ, "Law", "ca", ("th", "th"), "Legal assistant",
     "Thanks again for meeting with us. We've settled on another candidate whose residential conveyancing background suits the file load."),
    ("th-uk-vet-vca", RJ, "Vets", "uk", ("th",), "Veterinary care assistant",
     "Lovely meeting you, and Biscuit adored you. We've offered the VCA post to Jess, who's been doing work experience with us all year, and she's accepted."),
    ("th-za-bookkeeper", RJ, "Accountants", "za", ("th", "th"), "Bookkeeper",
     "Thanks for coming through to the office. We're appointing someone with Pastel Partner experience. Sterkte with your search."),
    # housing associations, charities, councils
    ("pt-ie-tenant-liaison", RJ, "Housing Association", "ie", ("pt", "pt"), "Tenant liaison officer",
     "The panel has now met for the tenant liaison post. Sorry, your application didn't succeed on this occasion."),
    ("pt-uk-support-worker", RJ, "Charity", "uk", ("pt",), "Support worker",
     "Thank you for interviewing for support worker at our {city} project. Our offer has gone to another candidate."),
    ("pt-ca-rec-programmer", RJ, "City", "ca", ("pt", "pt"), "Recreation programmer",
     "Your application for Recreation Programmer (posting {ref}) has been reviewed. You were not selected for an interview."),
    ("pt-au-case-worker", RJ, "Mission", "au", ("pt",), "Case worker",
     "Thanks for applying for the case worker role. After shortlisting, your application is closed at this stage."),
    # recruiters: the decision and another role in one paragraph
    ("rc-ie-credit-control", RJ, "Recruitment", "ie", ("rc", "rc"), "Credit controller",
     "Bad news from the client on the credit controller job, they went for someone who knows Sage 200 inside out, but there's a credit analyst role in Swords that's made for you, are you free for a quick call tomorrow?"),
    ("rc-sg-hr-exec", RJ, "Consulting", "sg", ("rc", "rc"), "HR executive",
     "The client told me they will hire another candidate for the HR executive role, but I have a similar C&B executive opening at an MNC in Changi Business Park, shall I submit your profile?"),
    ("rc-uk-payroll", RJ, "Recruitment", "uk", ("rc",), "Payroll officer",
     "Heard back on the payroll officer role, it's gone to the other person, sorry. There's a payroll administrator job in Bolton on my desk that's a decent step up, can I ring you at lunch?"),
    ("rc-us-biller", RJ, "Staffing", "us", ("rc", "rc"), "Medical biller",
     "The clinic decided to fill the medical biller spot with a temp they already had on site, so that one's done for us. I do have a coding specialist opening at an orthopedic group worth a look, free at 4?"),
    ("rc-in-fico", RJ, "Consultancy", "in", ("rc",), "SAP FICO consultant",
     "Client has dropped your profile for the SAP FICO consultant role after the technical screening. There is one more FICO requirement with a manufacturing MNC in Pune, kindly tell me if your CV can go there."),
    ("rc-au-logistics-hedge", RJ, "Recruitment", "au", ("rc",), "Logistics coordinator",
     "Client's picked someone whose fleet experience lined up better for the logistics coordinator job. I've got a dispatch role out at Eagle Farm though that'd suit you, keen for a yarn this arvo?"),
    # hedges with no negation
    ("hg-uk-restructure", RJ, "Group", "uk", ("em", "lf"), "Operations analyst",
     "We're restructuring the operations analyst role into two part-time posts, and the search as advertised has now finished. Many thanks for your interest and patience."),
    ("hg-us-different-direction", RJ, "Agency", "us", ("em",), "Copywriter",
     "The team has taken a different direction on this hire, bringing in a senior writer instead. Your samples were a treat to read."),
    ("hg-ca-matched-closely", RJ, "Energy", "ca", ("em", "rt"), "Field technician",
     "Others matched more closely on the Class 1 licence and northern camp experience, and the offers have gone to them. Thanks for hanging in while we sorted it out."),
    ("hg-ng-final-stage", RJ, "Telecoms", "ng", ("em",), "Network engineer",
     "Candidates whose profiles best fit the network engineer requirements have been invited to the final stage. We appreciate your application."),
    ("hg-in-closed-with", RJ, "Software", "in", ("em",), "QA engineer",
     "Our team has closed the QA engineer position with a candidate whose automation skills match the project. Thanks for your time."),
    ("hg-za-filled-by", RJ, "Mining", "za", ("em",), "Safety officer",
     "The safety officer position has gone to an applicant whose mine-site experience suited it best. We wish you well."),
    ("hg-au-estimator", RJ, "Builders", "au", ("em", "tl"), "Estimator",
     "We've picked a bloke who's done more high-rise estimating. Appreciate your time, mate."),
    ("hg-sg-aligned", RJ, "Logistics", "sg", ("em", "lf"), "Customer service executive",
     "The hiring team has proceeded with applicants whose shift availability aligns better with the warehouse roster. Thank you for applying with us."),
    ("ua-za-vacation-work", RJ, "University", "za", ("ua",), "Vacation work programme",
     "The vacation work programme in the Department of Geology filled its twelve places from a very strong pool. The December intake was picked, and your application is outside it."),
    ("gv-state-freeze", RJ, "State", "us", ("gv",), "Office Technician",
     "The department has withdrawn Office Technician job control {ref} because of a hiring freeze. Applications received under it will not be reviewed."),
    ("lf-ca-grocer-hedge", RJ, "Grocers", "ca", ("lf",), "Produce clerk",
     "The {city} store has hired produce clerks whose availability covers the early-morning truck. Appreciate you thinking of us."),
    ("th-ie-audit-senior", RJ, "Accountants", "ie", ("th",), "Audit senior",
     "Really enjoyed our meeting on {day}. After much debate, the partners have asked Ciara, who trained with us, to step into the audit senior job."),
)

OTHERS = (
    # long footers, not rejections
    ("lf-outdoor-received", AR, "Outdoor Co", "us", ("lf", "lf"), "Seasonal sales associate",
     "Your seasonal sales associate application for the {city} store is in. A store leader goes through applications this week; if your availability lines up, expect a text to set up a quick chat."),
    ("lf-grocer-group-interview", IV, "Retail Group", "uk", ("lf", "lf"), "Customer assistant",
     "Come to a group interview for customer assistant at our {city} branch on {next} at 10am, and have your passport or share code handy."),
    ("lf-health-offer", OF, "Health", "au", ("lf",), "Patient services officer",
     "Congratulations, we're offering you the patient services officer role. Your contract is waiting in the portal to sign by {date}."),
    ("lf-insurer-sjt", NS, "Insurance", "ca", ("lf", "lf"), "Claims adjuster trainee",
     "You're through for claims adjuster trainee. Stage two is an online situational judgement exercise, due {date}."),
    ("lf-bank-received", AR, "Bank", "us", ("lf", "lf"), "Teller",
     "We've got your teller application for the {city} branch. Applicants not picked for an interview don't get a separate email from us, but your profile stays active for 12 months."),
    ("lf-in-shortlisted", NS, "Technologies", "in", ("lf", "lf"), "Associate - Customer Support",
     "Good news! Our recruiters shortlisted you for the Associate - Customer Support opening. The online assessment link will reach your registered email id within two working days."),
    ("lf-sg-clinic-interview", IV, "Medical Group", "sg", ("lf", "lf"), "Clinic assistant",
     "Your clinic assistant application looks good. Please come for an interview at our Tampines branch on {next} at 3pm and ask for the clinic manager."),
    ("lf-ie-hotel-received", AR, "Hotels", "ie", ("lf", "lf"), "Night porter",
     "Your night porter application reached us. Sorry, we can't answer each applicant; two weeks without a call means the post went elsewhere."),
    ("lf-za-received", AR, "Retailers", "za", ("lf", "lf"), "Cashier",
     "Your cashier application at our {city} store is in. If 30 days go by after the advert closes with no call from the store, you may take it the shortlist went without you."),
    ("lf-ng-final-interview", IV, "Foods", "ng", ("lf",), "Area sales manager",
     "You are invited to the final interview for area sales manager at our Ikeja head office on {next}, 10:00 am. Come along with your credentials."),
    ("lf-us-team-news", HAM, "Media", "us", ("lf",), "Team update",
     "We're restructuring the social team a little: {other} will lead the new content group from {next}. Nothing changes for your day-to-day work."),
    ("lf-uk-paid-test", NS, "Studios", "uk", ("lf", "em"), "Junior producer",
     "Next we'd ask for a short paid edit test for the junior producer role. The brief and rushes land on {next}; send it back by {date}."),
    ("lf-alert-digest", JA, "Careers", "uk", ("lf", "lf"), "Fresh vacancies: admin near you",
     "This week's fresh vacancies for your saved search \"admin, {city}\" are below. Apply early, some close fast."),
    ("lf-alert-digest-us", JA, "Jobs", "us", ("lf",), "Jobs picked for you",
     "New openings near {city} that match your profile landed this week."),
    # college and university ATS, not rejections
    ("ua-staff-received", AR, "University", "us", ("ua", "ua"), "Administrative Assistant II",
     "Your application for Requisition {ref}, Administrative Assistant II, has been received. The hiring department reviews applications and reaches out to candidates it picks for interviews; this system sends no further status emails."),
    ("ua-staff-interview", IV, "University", "us", ("ua",), "Administrative Assistant II",
     "The Department of Chemistry wants to interview you for Requisition {ref} on {next}. Book a slot through the scheduling link."),
    ("ua-faculty-campus-visit", IV, "State University", "us", ("ua", "ua"), "Assistant Professor of Biology",
     "The search committee for Assistant Professor of Biology (posting {ref}) asks you to visit campus on {next}, including a research seminar and a teaching demonstration."),
    ("ua-faculty-status", AR, "State University", "us", ("ua",), "Assistant Professor of Biology",
     "Status of your application: Under Review by Search Committee. Every applicant will be told when the search concludes, whatever the outcome."),
    ("ua-postdoc-letters", NS, "University", "ca", ("ua", "ua"), "Postdoctoral fellow, environmental history",
     "The committee would like to read your letters of reference. Your three referees have been emailed through the portal; please remind them to upload by {date}."),
    ("ua-au-interview", IV, "University", "au", ("ua", "ua"), "Research officer",
     "You're shortlisted for research officer (Earth Sciences). The panel interviews on {next} at the Parkville campus."),
    ("ua-au-received", AR, "University", "au", ("ua", "ua"), "Research officer",
     "Your application for research officer is in. If it isn't shortlisted, an email reaches you once recruitment closes; shortlisted applicants hear sooner."),
    ("ua-uk-college-invite", IV, "College", "uk", ("ua", "ua"), "SEN learning support assistant",
     "The shortlisting panel has read your learning support assistant form and has put you through to interview on {next}. A short classroom task is part of the day."),
    ("ua-ie-shortlisted", IV, "Technological University", "ie", ("ua", "ua"), "Technician Grade 6",
     "Technician Grade 6: you are shortlisted, and the interview board sits on {next}; a time slot will follow."),
    ("ua-in-interview", IV, "University", "in", ("ua",), "Assistant Professor (Contract)",
     "You are informed to appear for the interview for Assistant Professor (Contract) in the Department of Commerce on {next} at 10:00 AM with original certificates and a demo lecture."),
    ("ua-sg-offer", OF, "University", "sg", ("ua", "ua"), "Lab executive",
     "An offer for the lab executive position in the School of Chemical Engineering is ready. Kindly accept it online by {date}."),
    ("ua-za-received", AR, "University", "za", ("ua", "ua"), "Faculty officer",
     "Your application for faculty officer has been captured. The university corresponds with shortlisted applicants only; where three months pass without word, you may take it that you were not shortlisted."),
    ("ua-us-finalist", NS, "College", "us", ("ua",), "Academic advisor",
     "You have been selected as a finalist for Academic Advisor. The next step is a virtual meeting with the First-Year Center team on {next}."),
    ("ua-internship-accepted", OF, "University", "us", ("ua", "ua"), "Summer undergraduate research program",
     "Congratulations! You're in the Summer Undergraduate Research Program cohort. Please accept your place and choose housing by {date}."),
    # public sector, not rejections
    ("gv-fed-referred", NS, "Department", "us", ("gv", "gv"), "Program Analyst",
     "HR found you qualified for this position and put your name on the certificate for the selecting official, who may phone or email to set up an interview."),
    ("gv-fed-received", AR, "Agency", "us", ("gv", "gv"), "Contract Specialist",
     "Application received. After the closing date HR reviews eligibility and qualifications, and a notice then goes to every applicant, referred or otherwise."),
    ("gv-fed-tentative", OF, "Service", "us", ("gv",), "IT Specialist (INFOSEC)",
     "Congratulations, this is a tentative job offer for the position. This offer depends on a favorable background investigation; the forms sent separately are due by {date}."),
    ("gv-state-on-list", NS, "State", "us", ("gv", "gv"), "Eligibility Worker I",
     "Exam results for Eligibility Worker I are now out. Your score places you in Rank 2 on the eligible list, and hiring departments may contact you."),
    ("gv-county-interview", IV, "County", "us", ("gv",), "Correctional Officer",
     "You are scheduled for an oral board interview for Correctional Officer at the {city} facility on {next} at 1:30 PM."),
    ("gv-ca-screened-in", NS, "Government", "ca", ("gv", "gv"), "Program officer (PM-02)",
     "Your application for selection process {ref} meets the essential qualifications. A written exam follows on {next}, with details by email."),
    ("gv-au-merit-pool", NS, "Department", "au", ("gv",), "APS 4 Service Officer (Contact Centre)",
     "The panel rated you suitable for this APS 4 job, and your name now sits in an 18-month merit pool. Being in the pool is not an offer; agencies may draw on it when vacancies arise."),
    ("gv-uk-sift-passed", IV, "Agency", "uk", ("gv", "gv"), "Administrative Officer",
     "You passed the sift for Administrative Officer. Please book your interview slot for {next} through your account."),
    ("gv-in-admit-card", NS, "Commission", "in", ("gv", "gv"), "Junior Engineer (Civil)",
     "The admit card for the Junior Engineer (Civil) written examination is available for download. The examination takes place on {next} at the centre printed on the card."),
    ("gv-za-received", AR, "Department", "za", ("gv", "gv"), "Administration clerk",
     "Your application for Administration Clerk (ref {ref}) has been received. The department will correspond with shortlisted candidates only. If three months pass with no contact, please accept that you were not shortlisted."),
    ("gv-sg-interview", IV, "Authority", "sg", ("gv",), "Executive (Corporate Services)",
     "Please attend an interview for the Executive (Corporate Services) position on {next}, 2.30pm, at our Maxwell Road office."),
    ("gv-fed-extended", AR, "Service", "us", ("gv",), "IT Specialist (INFOSEC)",
     "The closing date for this announcement has been extended. You don't have to do anything; your application remains in the pool being considered."),
    # retail and pharmacy chains, not rejections
    ("rt-za-pharm-interview", IV, "Pharmacy", "za", ("rt", "rt"), "Pharmacist assistant (post-basic)",
     "Pharmacist Assistant, store {store}: the pharmacy manager has set up an interview with you on {next} at 10:00; bring your SAPC registration."),
    ("rt-za-pharm-received", AR, "Pharmacy", "za", ("rt", "rt"), "Pharmacist assistant (post-basic)",
     "Your application for Pharmacist Assistant at store {store} is in. We reply to shortlisted applicants only, so a long wait is normal."),
    ("rt-ca-pharm-interview", IV, "Drug Mart", "ca", ("rt", "rt"), "Pharmacy technician",
     "About the pharmacy technician role at store #{store}: the pharmacy manager wants an interview with you on {next}."),
    ("rt-ca-pharm-offer", OF, "Drug Mart", "ca", ("rt",), "Pharmacy technician",
     "Good news: the pharmacy manager at store #{store} is offering you the technician position. Your offer is ready for e-signature until {date}."),
    ("rt-sg-clinic-interview", IV, "Family Clinic", "sg", ("rt", "rt"), "Clinic assistant",
     "About the clinic assistant role at our Bedok branch: please come for an interview on {next} at 2pm."),
    ("rt-sg-clinic-received", AR, "Family Clinic", "sg", ("rt",), "Clinic assistant",
     "Clinic assistant application received. Our HR only contacts shortlisted applicants, and your details are kept for our other branches."),
    ("rt-us-deli-interview", IV, "Market", "us", ("rt", "rt"), "Deli clerk",
     "Thanks for applying at store {store}. The deli manager wants to meet you: pick an interview time on {next} from the link."),
    ("rt-us-onboarding", OF, "Market", "us", ("rt",), "Deli clerk",
     "Welcome to the team at store {store}! Please finish your onboarding tasks and have your ID documents with you at orientation on {next}."),
    ("rt-uk-assessment", NS, "Stores", "uk", ("rt", "rt"), "Night shift colleague",
     "Night shift colleague, {city} store: next comes a 20-minute online assessment, open until {date}."),
    ("rt-au-offer", OF, "Pharmacy", "au", ("rt", "rt"), "Retail assistant",
     "The store team at our {city} pharmacy would love you to join as retail assistant. Your offer is in the portal to accept by {date}."),
    ("rt-za-fashion-received", AR, "Clothing", "za", ("rt",), "Sales consultant",
     "Sales consultant application: received. Store management reads them weekly and phones where there's a fit."),
    ("rt-in-interview", IV, "Retail", "in", ("rt", "rt"), "Store executive",
     "Your application for store executive at our {city} outlet has been shortlisted. Kindly walk in for the interview on {next} between 11 am and 1 pm."),
    ("rt-ca-backorder", NJ, "Drug Mart", "ca", ("rt",), "Your order",
     "Sorry, the item in your online order is out of stock at store #{store}. We've placed it on backorder and will text you when it arrives."),
    # screens passed
    ("sc-mri-next", NS, "Radiology", "us", ("em", "rt"), "MRI technologist",
     "Thanks for the phone screen for MRI technologist. The lead tech would like you on site on {next} to see the 3T scanner and meet the team."),
    ("sc-phleb-passed", NS, "Labs", "ca", ("em",), "Phlebotomist",
     "Thanks for doing the skills check on {day}. You did well, and the collection supervisor would like a final interview on {next}."),
    ("sc-ot-passed", NS, "Therapy", "au", ("em", "ax"), "Occupational therapist",
     "Thanks for completing the clinical scenario for the OT role. The panel was impressed, and you're asked back to meet the paediatric team on {next}."),
    ("sc-grad-dev-invite", IV, "Fintech", "uk", ("em", "tl"), "Graduate developer",
     "Nice work on the coding test. Pairing interview on {next}, you in?"),
    ("sc-sg-backend-next", NS, "Labs", "sg", ("em",), "Backend developer",
     "Thank you for taking the technical assessment. Our engineers liked your solution, so the next round is a system design discussion on {next}."),
    ("sc-cafe-offer", OF, "Café", "au", ("tl", "em"), "Barista",
     "{first}, thanks for the trial this morning, you smashed it. Want the job? Start {next}?"),
    ("sc-za-trial-booked", IV, "Restaurant", "za", ("em", "tl"), "Line cook",
     "{first}, chef wants you to trial on {next} from 4pm. Bring your whites, hey."),
    ("sc-ie-phone-next", NS, "Software", "ie", ("em",), "Customer success associate",
     "Thanks for the phone chat. Next up is a video interview with the team lead on {next}; I'll send the invite shortly."),
    ("sc-results-pending", AR, "Radiology", "us", ("em",), "CT technologist",
     "Thanks for sitting the screening questions on {day}. The lead tech reviews them Friday, and you'll hear either way early next week."),
    # attachments that are offers, contracts, invitations
    ("ax-housing-offer", OF, "Homes", "uk", ("ax", "ax"), "Tenancy sustainment officer post",
     "Your offer for the tenancy sustainment post is in the PDF attached. The panel chose you, and a start on {next} would suit the team well."),
    ("ax-shire-contract", OF, "Shire Council", "au", ("ax",), "Parks labourer",
     "Your parks labourer contract is attached. Signed pages back to the depot office by {date}, please."),
    ("ax-in-offer", OF, "Associates", "in", ("ax", "ax"), "Audit assistant",
     "PFA the offer letter for the audit assistant position. Kindly confirm your acceptance and joining date by {date}."),
    ("ax-ie-uni-interview", IV, "University", "ie", ("ax", "ax"), "Research assistant",
     "Attached are the arrangements for your research assistant interview, which is on {next}. The board will ask you to present for ten minutes."),
    ("ax-sg-offer", OF, "Family Service Centre", "sg", ("ax",), "Social worker",
     "Our letter of offer for the social worker post is attached; the signed copy is due back on {date}."),
    ("ax-ng-invite", IV, "Plc", "ng", ("ax", "em"), "Management trainee",
     "Find attached the invitation to the management trainee assessment centre on {next}. Bring your NYSC discharge certificate and a passport photograph on the day."),
    ("ax-rota", HAM, "Homes", "uk", ("ax",), "Rota for next month",
     "Please find attached next month's rota. Let me know by {date} if you need any swaps."),
    # thread replies booking rounds
    ("th-us-dental-second", IV, "Dental", "us", ("th", "th"), "Front desk coordinator",
     "Thanks for coming in Tuesday and meeting Dr {hm}. Could you come back on {next} and sit with the front desk for an hour?"),
    ("th-au-vet-offer", OF, "Vet Clinic", "au", ("th", "th"), "Vet receptionist",
     "Good chatting last week. The reception job is yours from {next}, paperwork coming through."),
    ("th-uk-legal-cashier-second", IV, "LLP", "uk", ("th", "th"), "Legal cashier",
     "Thanks for meeting us. The partners are keen on a second conversation, {next} at 2pm. Does that work?"),
    ("th-sg-accounts-offer", OF, "Accounting", "sg", ("th",), "Accounts assistant",
     "Thanks for coming down to our office. The partners agreed to hire you as accounts assistant; the letter is on its way."),
    ("th-ng-dental-second", IV, "Dental Clinic", "ng", ("th",), "Dental surgery assistant",
     "Thanks for your visit on {day}. The doctor wants a second meeting with you on {next} at 10 am."),
    ("th-ca-conveyancing-second", IV, "Law", "ca", ("th", "th"), "Legal assistant",
     "Thanks again for meeting with us. Could you come back on {next} to meet our senior conveyancing clerk?"),
    ("th-uk-vet-offer", OF, "Vets", "uk", ("th",), "Veterinary care assistant",
     "Lovely meeting you, and Biscuit adored you. Will you take the VCA post? We're hoping so!"),
    ("th-za-bookkeeper-second", IV, "Accountants", "za", ("th", "th"), "Bookkeeper",
     "Thanks for coming through to the office. We'd like you back on {next} for a short Pastel exercise."),
    ("th-withdrawal-dental", OJ, "Dental", "us", ("th", "th"), "Front desk coordinator",
     "Congrats on the other job. We've pulled your application from our list, as requested. Best of luck."),
    ("th-law-reschedule", OJ, "LLP", "uk", ("th",), "Legal cashier",
     "One of the partners is in court on the day, so your interview shifts to {next} at 11. Apologies."),
    # housing associations, charities, councils: receipts with refusal talk, confirmations
    ("pt-ie-housing-received", AR, "Housing Association", "ie", ("pt", "pt"), "Tenant liaison officer",
     "Your tenant liaison officer form is with us. Shortlisting is after the closing date, and you'll get a letter either way."),
    ("pt-ie-housing-interview", IV, "Housing Association", "ie", ("pt",), "Tenant liaison officer",
     "You're invited to meet the panel for the tenant liaison post on {next} at 11am."),
    ("pt-uk-charity-received", AR, "Charity", "uk", ("pt", "pt"), "Support worker",
     "Thanks for applying for support worker. We regret there's no way for us to answer everybody; three silent weeks after closing mean you weren't shortlisted."),
    ("pt-uk-charity-offer", OF, "Charity", "uk", ("pt",), "Support worker",
     "Thanks for interviewing for support worker. The post is yours, once references and an enhanced DBS come back clear."),
    ("pt-ca-rec-interview", IV, "City", "ca", ("pt", "pt"), "Recreation programmer",
     "Following review of your Recreation Programmer application (posting {ref}), an interview is offered to you on {next}."),
    ("pt-ca-rec-received", AR, "City", "ca", ("pt", "pt"), "Recreation programmer",
     "Recreation Programmer (posting {ref}): your application is received. The City contacts interviewees only."),
    ("pt-au-case-received", AR, "Mission", "au", ("pt", "pt"), "Case worker",
     "Thanks for applying for the case worker role. You'll hear from the team only where your skills match what it needs."),
    ("pt-uk-bid-unsuccessful", NJ, "Housing Association", "uk", ("pt", "pt"), "Your bid",
     "Thanks for your bid on the one-bedroom flat at {street}. The property was let to an applicant with higher priority. Your bidding number stays active."),
    ("pt-ca-grant-declined", NJ, "City", "ca", ("pt",), "Community grant",
     "Thank you for your neighbourhood events grant application. The committee was not able to fund it this year. The next intake opens in March."),
    ("pt-uk-volunteer-place", OF, "Charity", "uk", ("pt", "pt"), "Volunteer",
     "Lovely to have you volunteering at the {city} food bank. Your induction place is booked for {next}."),
    ("pt-au-withdrawn", OJ, "Mission", "au", ("pt", "pt"), "Case worker",
     "Your case worker application is now withdrawn, per your request. Wishing you well in your new job."),
    # recruiters: pitches, interviews, offers, withdrawals
    ("rc-ie-pitch", RO, "Recruitment", "ie", ("rc", "rc"), "Credit analyst role",
     "There's a credit analyst role in Swords with a fintech that fits you to a tee. Any chance of a quick call tomorrow?"),
    ("rc-ie-interview", IV, "Recruitment", "ie", ("rc",), "Credit controller",
     "Good news from the client on the credit controller job, they want to meet you on {next} at 10. Can I confirm?"),
    ("rc-sg-pitch", RO, "Consulting", "sg", ("rc", "rc"), "C&B executive role",
     "I have a C&B executive opening at an MNC in Changi Business Park that matches your profile. Are you open to a chat this week?"),
    ("rc-sg-next", NS, "Consulting", "sg", ("rc",), "HR executive",
     "The client wants you in for round two of the HR executive role on {next}. Please confirm your availability."),
    ("rc-uk-pitch", RO, "Recruitment", "uk", ("rc",), "Payroll administrator",
     "There's a payroll administrator job in Bolton on my desk that'd be a decent step up for you. Can I ring you at lunch?"),
    ("rc-uk-offer", OF, "Recruitment", "uk", ("rc", "rc"), "Payroll officer",
     "Heard back on the payroll officer role, they've offered it to you! Start date {next}, contract to follow."),
    ("rc-us-pitch", RO, "Staffing", "us", ("rc", "rc"), "Coding specialist",
     "A coding specialist opening at an orthopedic group crossed my desk and it's right up your alley. Free at 4?"),
    ("rc-us-interview", IV, "Staffing", "us", ("rc",), "Medical biller",
     "The clinic wants to interview you for the medical biller spot on {next} at 9:30; address to follow."),
    ("rc-in-pitch", RO, "Consultancy", "in", ("rc", "rc"), "SAP FICO consultant",
     "Urgent opening: SAP FICO consultant, manufacturing MNC, Pune. If keen, please mail your latest CV and notice period."),
    ("rc-au-pitch", RO, "Recruitment", "au", ("rc",), "Dispatch role",
     "I've got a dispatch role out at Eagle Farm that'd suit you. Keen for a yarn this arvo?"),
    ("rc-withdrawal", OJ, "Staffing", "us", ("rc", "rc"), "Medical biller",
     "Totally fine, the clinic now knows you're pulling out since you took another offer. Congrats!"),
    # two-line notes inviting to a call
    ("tl-call-invite", IV, "Fintech", "uk", ("tl", "tl"), "Graduate developer",
     "{first}, got a minute for a quick call {next}? Want to talk about the grad scheme."),
    ("tl-call-invite-au", IV, "Builders", "au", ("tl", "tl"), "Estimator",
     "{first}, keen to chat about the estimator job. Call me {next} arvo?"),
    ("tl-call-invite-us", IV, "Agency", "us", ("tl",), "Copywriter",
     "{first} - loved your samples. 15-minute call {next}?"),
    # hedge twins: business mail with the same words
    ("hg-uk-restructure-news", HAM, "Group", "uk", ("em",), "Team changes",
     "We're restructuring the operations team into two squads from {next}. {other} will lead the second one, and your line manager stays the same."),
    ("hg-us-logo-direction", HAM, "Agency", "us", ("em", "em"), "Logo round two",
     "The client has taken a different direction with the logo after the workshop, so we'll start round two from the sketches on {next}."),
    ("hg-ca-quotes", HAM, "Energy", "ca", ("em",), "Camp catering quotes",
     "Of the three catering quotes, the Grande Prairie firm matched more closely on price and menu, so we're going with them. Please let the others know."),
    ("hg-in-vendor", HAM, "Software", "in", ("em",), "Vendor finalised",
     "We have finalised the test automation vendor for the project. Can you tell the other two vendors and raise the PO?"),
    ("hg-za-hire-for-client", HAM, "Mining", "za", ("em",), "Safety officer appointment",
     "The safety officer position has been filled by Sipho, who starts on the 1st. Please arrange his site induction."),
    ("hg-sg-roster", HAM, "Logistics", "sg", ("em",), "Roster change",
     "We've proceeded with the new shift roster for the warehouse from {next}. Please check your slots in the app."),
    ("bz-dental-supplier", HAM, "Dental", "us", ("em", "th"), "Supplies vendor",
     "We've chosen the other dental supply company for next quarter; their composite pricing came in lower. Can you cancel the standing order?"),
    ("bz-law-candidate", HAM, "Law", "ca", ("em",), "Legal assistant hire",
     "We're going with Priya for the legal assistant role. Please send the regret notes to the other two and prepare the offer."),
    ("bz-client-shortlist", HAM, "Recruitment", "ie", ("rc", "em"), "Shortlist for you",
     "Three candidates for your credit controller role are below. We dropped a fourth, whose notice period runs to three months. Tell me which ones you want to see."),
    ("bz-uni-panel", HAM, "University", "sg", ("em",), "Panel recommendation",
     "The panel recommends candidate A for the lab executive post. Please prepare the offer and the regret letters for the others."),
    ("bz-council-contractor", HAM, "Shire Council", "au", ("em",), "Mowing contract",
     "Council has awarded the mowing contract to the Bendigo firm. Please notify the unsuccessful tenderers and file the evaluation."),
    ("ua-za-vacation-place", OF, "University", "za", ("ua",), "Vacation work programme",
     "A place is yours on the vacation work programme in the Department of Geology for the December intake. Confirm it in the portal by {date}."),
    ("gv-state-freeze-lifted", AR, "State", "us", ("gv", "gv"), "Office Technician",
     "The hiring freeze on Office Technician job control {ref} is lifted. Your application goes into the review with everyone else's, and a note will follow either way when it is done."),
    ("lf-ca-grocer-interview", IV, "Grocers", "ca", ("lf", "lf"), "Produce clerk",
     "The {city} store manager wants to meet you about produce clerk on {next} at 7am, right after the morning truck is in."),
    ("th-ie-audit-second", IV, "Accountants", "ie", ("th", "th"), "Audit senior",
     "Really enjoyed our meeting on {day}. The partners are keen to see you again with the audit manager; would {next} at 4 suit?"),
    ("tl-call-invite-sg", IV, "Consulting", "sg", ("tl", "tl"), "HR executive",
     "{first}, can I call you at 3pm {next}? Client has a few questions on your notice period."),
    ("tl-call-invite-ng", IV, "Telecoms", "ng", ("tl",), "Network engineer",
     "{first}, abeg ring me once you see this. Want to fix a date for the technical session."),
    ("pt-ie-housing-list", AR, "Housing Association", "ie", ("pt", "pt"), "Housing list",
     "Your housing application is logged. We get in touch only where a home suiting your household frees up, and your place holds without a fresh form."),
    ("lf-za-withdrawn", OJ, "Retailers", "za", ("lf",), "Cashier",
     "Your request came through and the cashier application is withdrawn. The store team wishes you well."),
    ("rc-sg-withdrawn", OJ, "Consulting", "sg", ("rc",), "HR executive",
     "Noted that you have accepted the bank's offer. The client is informed and you are off the HR executive process. Congratulations and keep in touch."),
    ("ax-za-appointment", OF, "Accountants", "za", ("ax",), "Bookkeeper",
     "Attached is your letter of appointment as bookkeeper. Please initial each page and return it before {date}."),
    ("bz-pharmacy-wholesaler", HAM, "Pharmacy", "za", ("em",), "Wholesaler switch",
     "We're moving the store's orders to the second wholesaler from next month; their delivery times to Polokwane are better. Please close the old account."),
    ("bz-charity-trustee", HAM, "Charity", "uk", ("em",), "Trustee appointment",
     "The board has agreed to appoint Deborah as treasurer. Could you write to the two other nominees to thank them, and update the Charity Commission record?"),
)

REGIONS = {  # people, cities, phone
    "us": ((("Krista", "Mallory"), ("Dwayne", "Petrakis"), ("Alana", "Sorensen"), ("Trevor", "Okonkwo"), ("Marisol", "Vega")), ("Dayton", "Boise", "Lubbock", "Scranton"), "(937) 555-{0}"),
    "uk": ((("Bethan", "Rowlands"), ("Lee", "Atherton"), ("Farah", "Siddiqui"), ("Stuart", "Gillies"), ("Hannah", "Cropper")), ("Wigan", "Ipswich", "Derby", "Perth"), "07700 9{0}"),
    "ie": ((("Niamh", "Gallagher"), ("Colm", "Redmond"), ("Róisín", "Doherty"), ("Eoin", "Phelan")), ("Tralee", "Athlone", "Dundalk", "Ennis"), "085 {0}"),
    "ca": ((("Maude", "Gagnon"), ("Colton", "Fraser"), ("Navdeep", "Dhillon"), ("Jenna", "Whitford")), ("Kamloops", "Sherbrooke", "Red Deer", "Sudbury"), "(705) 555-{0}"),
    "au": ((("Shannon", "Pereira"), ("Dean", "Kovac"), ("Tegan", "Doyle"), ("Mitch", "Vuong")), ("Toowoomba", "Geelong", "Mackay", "Launceston"), "0438 {0}"),
    "in": ((("Meera", "Pillai"), ("Vikram", "Joshi"), ("Ayesha", "Siddiqui"), ("Naveen", "Reddy")), ("Indore", "Kochi", "Lucknow", "Vadodara"), "+91 99{0}"),
    "sg": ((("Hui Min", "Ong"), ("Marcus", "Teo"), ("Siti", "Hamzah"), ("Rajesh", "Nair")), ("Sengkang", "Clementi", "Yishun", "Pasir Ris"), "+65 8{0}"),
    "za": ((("Nomvula", "Sithole"), ("Pieter", "Botha"), ("Lindiwe", "Zulu"), ("Riyaad", "Ebrahim")), ("Polokwane", "Pietermaritzburg", "Stellenbosch", "Mahikeng"), "072 {0}"),
    "ng": ((("Ngozi", "Eze"), ("Femi", "Ogunleye"), ("Halima", "Musa"), ("Obinna", "Chukwu")), ("Owerri", "Ilorin", "Jos", "Benin City"), "+234 806 {0}"),
}
ZONES = {"uk": ("+0000", "+0100"), "ie": ("+0000", "+0100"), "us": ("-0500", "-0600", "-0700"), "ca": ("-0500", "-0700", "-0400"), "au": ("+1000", "+1100", "+0930"),
         "in": ("+0530",), "sg": ("+0800",), "za": ("+0200",), "ng": ("+0100",)}
OTHER_NAMES = ("Gwen", "Tomasz", "Adaeze", "Fergal", "Li Na", "Bongani", "Ishaan", "Corinne")
PREFIXES = ("Amberley", "Blackthorn", "Copperleaf", "Driftwood", "Eastbrook", "Fernhill", "Goldcrest", "Harrowgate", "Inglewood", "Kingfisher", "Lowmoor", "Meadowsweet", "Oakridge", "Riverbend")
# Long footers: each longer than the refusal above it.
JOBS = ("Stock associate ({city}) - part time", "Team leader ({city}) - full time", "Delivery driver - weekends", "Customer service adviser - hybrid",
        "Warehouse operative - nights", "Visual merchandiser ({city})", "Payroll clerk - 12-month contract", "Receptionist - mornings")
FOOTERS = (
    "----\nLife at {org}\nOurs is a family of {n}4 shops and two depots, and we like to grow our own leaders: most store managers here started out stacking shelves. Colleagues get a 20% staff discount, a paid birthday holiday, a wellbeing app and a slice of the yearly bonus pot. Read up on our graduate track, apprenticeships and charity days on the careers pages.\n\nWe post stories from the shop floor on Instagram, TikTok and LinkedIn, so come and say hello.\n\nAt {org} we want everybody to be able to bring their whole self to work. Need an adjustment while you apply? Tell the recruiting inbox and it gets arranged.\n\nYou applied on careers.{dom}, which is why this landed with you. Email settings | Privacy | Terms for candidates",
    "----\nMORE ROLES THAT MIGHT SUIT YOU\n{jobs}\n\nBrowse all {n}7 live vacancies around {city} on our jobs board.\n\nSwitch on vacancy alerts so new roles reach you the day they go live. Alerts can come daily or weekly, or be paused, from the settings page of your profile.\n\nSent from the {org} jobs board for the recruiting team. Nobody reads this inbox. {org}, {street}, {city}. Stop vacancy alerts | Alert settings | Candidate help",
    "----\nFROM THE {org} CAREERS DESK THIS MONTH\n- How the {city} team cycled 400 km for the children's ward\n- Our recruiters' three favourite interview questions\n- Family leave: what changed in April\n- Listen: an early shift with a regional manager\n\nGet the {org} Careers app: one-tap applying and live application tracking.\n\nHow we look after applicant information is set out in our recruitment privacy statement. Applications are kept for a year and then erased, or sooner if you ask. The statement and a form for data requests are in the privacy hub on our site.\n\nYour candidate login is the reason this reached you. Leave this list | Email settings | Get in touch",
    "----\nEqual opportunity: hiring at {org} is based on merit and business need, never on race, colour, religion or belief, sex, pregnancy, sexual orientation, gender identity or expression, national origin, age, disability, genetic information, veteran or military status, or any other status the law protects. Applicants wanting an accommodation, at whatever stage, may ask the recruiting team for one.\n\nData: we use what you sent only to weigh your application and to satisfy legal record-keeping, store it on encrypted systems, and destroy it when the retention period in our applicant notice runs out.\n\nRecruitment scams: {org} will never charge a fee or ask for bank details to process an application. Forward anything like that to our security desk.\n\nSent automatically; replies bounce. Manage or stop these messages from the settings page of your candidate profile.",
    "----\nWhat you get with us\n* Good pay, plus a pension that starts on your first day\n* Rotas built around school runs and lectures\n* Funded training and recognised qualifications\n* Quarterly colleague awards\n\nOur candidate pledge: a human reads each application, and people of every background are welcome here. {org} is accredited for paying the real Living Wage and for Disability Confident hiring.\n\nKeep in touch: our talent network hears first about open evenings, hiring events and new vacancies. Find {org} Careers on Facebook, X and YouTube.\n\n(c) {org}. Confidentiality: the contents (and any files) belong to the addressee only; if you got it by mistake, delete it and tell us. Subscriptions | Privacy | Accessibility statement",
)
# College and university applicant systems (invented), modelled on Taleo, PeopleAdmin, Interfolio and PageUp.
CAMPUS = (
    ("Talonet", "talonet", "Job Number: {ref} | Organization: {org} | Status: {status}",
     "Generated by the Talonet applicant system for {org} Human Resources. The sending address cannot take replies; your submissions are listed under My Jobpage in the career section."),
    ("PeopleAdmit", "peopleadmit", "Posting Number: {ref}\nPosition: {subject}\nDepartment: {dept}",
     "Office of Human Resources | {org}\n{org} does not discriminate in employment. This notification was sent through PeopleAdmit; replies are not read."),
    ("Interfile", "interfile", "Position: {subject} ({ref})\nUnit: {dept}",
     "Sent by Interfile on behalf of the {dept} search committee at {org}. Interfile does not make hiring decisions. Questions about this position go to the committee chair."),
    ("PageOn", "pageon", "Job no: {ref}\nWork type: Fixed term - full time\nFaculty: {dept}",
     "{org} | Recruitment Services\nPageOn sent this on the university's behalf, unattended. Your applicant portal shows where each application stands."),
)
DEPTS = ("Faculty of Science", "School of Humanities", "Student Services", "Facilities Management", "Research Office", "Library Services")
# Public-sector notice headers by region.
GOV = {
    "us": ("FedJobs Notification", "Announcement number: {ann}\nPosition: {subject}\nAgency: {org}\nApplication status: {status}",
           "FedJobs sent this notice automatically and cannot receive replies. Your application record is under Profile > Applications."),
    "us-state": ("State Careers Portal", "Job control: {ann}\nClassification: {subject}\nEmployer: {org}\nStatus: {status}",
                 "Notices from the State Careers Portal are sent automatically. Replies are discarded; your exam and list standing are under My Account."),
    "ca": ("Public Service Jobs", "Selection process number: {ref}\nPosition: {subject}\nOrganization: {org}",
           "Please check your account regularly for messages about this process. Ce message est aussi disponible en français."),
    "au": ("APS Careers", "Job reference: {ref}\nPosition: {subject}\nAgency: {org}",
           "APS Careers sent this for {org}; the address is outbound only."),
    "uk": ("Public Sector Jobs", "Job reference: {ref}\nRole: {subject}\nDepartment: {org}",
           "Every application you made is listed in your account. Nobody watches this mailbox."),
    "in": ("Online Recruitment Portal", "Advt. No.: {ref}\nPost: {subject}\nRegistration ID: {ann}",
           "System-generated mail from the {org} online recruitment portal. Further notices appear on the website only."),
    "za": ("Public Service Vacancies", "Reference: {ref}\nPost: {subject}\nDepartment: {org}",
           "Correspondence from this address is computer generated. Enquiries: Human Resource Management, {org}."),
    "sg": ("Public Service Careers", "Job ID: {ref}\nPosition: {subject}\nAgency: {org}",
           "Computer-generated; replies go nowhere. Application status is shown on the careers portal under My Applications."),
}
# Retail and pharmacy chains' applicant systems (invented).
CHAIN_FOOTERS = (
    "Track applications in the {org} Jobs app. Equal opportunity at every store. Text updates may carry carrier charges; text STOP to end them.",
    "{org} Careers | Store support centre, {city}\nWe value diversity in our stores. Your personal information is processed under our recruitment privacy notice.",
    "Sent by the {org} hiring system on behalf of store {store}. This inbox is not monitored; contact the store directly with questions.",
)
READER_NOTES = ("Thanks so much for seeing me, it was great to meet everyone.", "Hi, just following up on the interview, and thanks again for fitting me in.",
                "Really appreciated the tour today. Happy to send references whenever you need them.", "Cheers for giving up the morning, and for the coffee!")
OFFICE_NOTES = ("Thanks for your CV. Would {day} at 3 work to come in? We're on {street}, there's parking out the front.",
                "Great to hear from you. Any chance you're around {day} for a sit-down with two of the partners?",
                "Got your application, thanks. Can you pop by on {day} for half an hour?")
TH_PREFIX = ("RE: Re: ", "Re: Re: ", "RE: [EXT] Re: ", "Re: ", "RE: [External] RE: ")
AX_FILES = ("Letter_{surname}", "{org_slug}_outcome", "Scan_{n}0{n}", "Offer_{surname}", "Correspondence_{n}")
RC_FOOTERS = ("{agency}: agency for permanent hires, employment business for temps. UNSUBSCRIBE as a reply takes you off our lists.",
              "{agency} | Reg. no. {n}4{n}9 | Private: for the named person, nobody else.",
              "Follow {agency} for new jobs every day. See our privacy policy on our website.",
              "{agency} - we know people")
PT_FOOTERS = ("Sent by the {org} recruitment system from an unattended mailbox.",
              "{org} | An equal opportunities employer | Registered charity {n}1{n}0{n}",
              "Your applications are in the {org} jobs portal, under My Applications.",
              "For questions, email HR with your reference in the subject line; this address is outbound only.")


def when(t: datetime, region: str, *, weekday: bool = True) -> str:
    """A date as the region writes it: "Monday, May 23" in the US, "Monday 23rd May" elsewhere."""
    month = MONTHS[t.month - 1]
    if region == "us":
        return f"{t:%A}, {month} {t.day}" if weekday else f"{month} {t.day}"
    th = "th" if 10 < t.day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(t.day % 10, "th")
    return f"{t:%A} {t.day}{th} {month}" if weekday else f"{t.day}{th} {month}"


class Maker(MakerBase):
    def context(self, word: str, region: str) -> dict:
        rng = self.rng
        people, cities, phone = REGIONS[region]
        (hm, hm_sur), (first, surname) = rng.sample(people, 2)
        org = f"{rng.choice(PREFIXES)} {word}"
        sent = datetime(2018, 6, 4, 7, 0) + timedelta(days=rng.randrange(7 * 365), minutes=rng.randrange(13 * 60), seconds=rng.randrange(60))
        later = sent + timedelta(days=rng.randrange(3, 12))
        before = sent - timedelta(days=rng.randrange(2, 9))
        return {
            "first": first, "surname": surname, "full": f"{first} {surname}", "hm": hm, "hm_full": f"{hm} {hm_sur}",
            "org": org, "dom": f"{ascii_slug(org)}.example", "region": region, "city": rng.choice(cities),
            "other": rng.choice([o for o in OTHER_NAMES if o not in (first, hm)]), "street": rng.choice(("High Street", "Mill Road", "Queen Street", "Park Avenue")),
            "next": when(later, region), "date": when(later, region, weekday=False), "day": when(before, region), "sent": sent, "phone": phone.format(rng.randrange(1000, 9999)),
            "ref": f"{rng.choice('ARSJTV')}{rng.randrange(1000, 9999)}-{sent:%y}", "ann": f"{rng.choice(('DE', 'MP', 'ST', 'CS'))}-{sent:%y}-{rng.randrange(10000, 99999)}",
            "store": str(rng.randrange(100, 2999)), "datehdr": f"{sent:%a, %d %b %Y %H:%M:%S} {rng.choice(ZONES[region])}",
        }

    def shell(self, code: str, kind: str, subject: str, core: str, c: dict) -> tuple[str, str, str]:  # noqa: PLR0911 - one branch per shell
        """The subject, body and sender of one shape around ``core``."""
        rng = self.rng
        org, dom, first, hm = c["org"], c["dom"], c["first"], c["hm"]
        person = f"{c['hm_full']} <{mailbox(c['hm_full'].replace(' ', '.'), 'team')}@{dom}>"
        me = f"{c['full']} <{mailbox(first + '.' + c['surname'], 'reader')}@post.example>"
        own = core.startswith((first, "{first}"))
        hello = "" if own else f"{rng.choice(('Hi', 'Hello', 'Dear', 'Good morning'))} {first},\n\n"
        n = rng.randrange(1, 9)
        status = "Not selected" if kind == RJ and rng.random() < 0.5 else "Update"
        if code == "tl":  # a two-line note, a first name
            return (rng.choice((subject, f"Re: {subject}", subject.lower())), f"{core}\n{rng.choice((hm, '- ' + hm, hm[0]))}", person)
        if code == "em":  # a plain email from a person
            sign = rng.choice((hm, c["hm_full"], f"{hm}\n{org}", f"Kind regards,\n{c['hm_full']}"))
            tail = rng.choice(("Sent from my iPhone", c["phone"], "", ""))
            return (subject, f"{hello}{core}\n\n{sign}\n{tail}".rstrip(), person)
        if code == "lf":  # a message under a long footer
            jobs = "\n".join(f"- {j.format(city=c['city'])}" for j in rng.sample(JOBS, 4))
            foot = rng.choice(FOOTERS).format(org=org, dom=dom, city=c["city"], street=c["street"], jobs=jobs, n=n)
            sign = rng.choice(("The Talent Acquisition Team", "Recruitment Team", f"{c['hm_full']}\nTalent Acquisition", "People & Culture"))
            return (rng.choice((f"Your application: {subject}", f"{subject} - an update", f"Update from {org}", f"{org}: {subject}")),
                    f"{hello}{core}\n\n{rng.choice(('Kind regards', 'Best wishes', 'Thanks again', 'Warm regards'))},\n{sign}\n{org}\n\n{foot}",
                    f"{org} Careers <{rng.choice(('careers', 'noreply', 'talent', 'jobs'))}@{dom}>")
        if code == "ua":  # a college or university applicant system's letter
            name, pdom, head, foot = rng.choice(CAMPUS)
            dept = rng.choice(DEPTS)
            fields = {"ref": c["ref"], "org": org, "status": status, "subject": subject, "dept": dept}
            return (rng.choice((f"{subject} ({c['ref']})", f"{org}: your application for {subject}", f"Application status - {subject}")),
                    f"{head.format(**fields)}\n\nDear {first} {c['surname']},\n\n{core}\n\n{rng.choice(('Sincerely', 'Best regards', 'Regards'))},\n{rng.choice(('Office of Talent Acquisition', 'Human Resources', f'{dept} Search Committee', c['hm_full']))}\n{org}\n\n{foot.format(**fields)}",
                    f"{org} via {name} <{rng.choice(('hr-noreply', 'jobs', 'careers'))}@{pdom}.example>")
        if code == "gv":  # a public-sector notice
            title, head, foot = GOV["us-state" if c["org"].endswith(("State", "County")) else c["region"]]
            fields = {"ann": c["ann"], "ref": c["ref"], "org": org, "status": status if c["region"] == "us" else "", "subject": subject}
            return (rng.choice((f"{title}: {subject}", f"Application update - {subject}", f"Notice of results: {subject}")),
                    f"{head.format(**fields)}\n\nDear {first} {c['surname']},\n\n{core}\n\n{rng.choice(('Sincerely', 'Regards', 'Yours faithfully'))},\n{rng.choice(('Human Resources', 'Recruitment Unit', 'Staffing Services', 'Selection Board Secretary'))}\n{org}\n\n{foot.format(**fields)}",
                    f"{title} <{rng.choice(('no-reply', 'notices', 'recruitment'))}@{ascii_slug(title)}.example>")
        if code == "rt":  # a retail or pharmacy chain's or clinic group's applicant system
            foot = rng.choice(CHAIN_FOOTERS).format(org=org, city=c["city"], store=c["store"])
            return (rng.choice((f"{org} - {subject}", f"Your {org} application", f"Application update: {subject}")),
                    f"{hello}{core}\n\n{rng.choice(('Thanks', 'Best', 'Regards'))},\n{rng.choice(('Store Hiring Team', f'{hm}, Store Manager', 'Talent Team', f'{hm}, Clinic Manager'))}\n{org}\n\n{foot}",
                    f"{org} Hiring <{rng.choice(('hiring', 'noreply', 'jobs'))}@{dom}>")
        if code == "ax":  # a reply carrying an attached letter
            fname = rng.choice(AX_FILES).format(surname=c["surname"], org_slug=ascii_slug(org)[:12], n=n)
            size = rng.randrange(52, 480)
            return (rng.choice((f"Re: {subject}", f"{subject} - letter attached", f"Your application - {subject}")),
                    f"{hello}{core}\n\n{rng.choice(('Kind regards', 'Regards', 'Best wishes', 'Many thanks'))},\n{c['hm_full']}\n{org}\n\n[{rng.choice(('Attachment', 'Attached', '1 attachment'))}: {fname}.pdf ({size} KB)]",
                    person)
        if code == "th":  # a thread reply from a small office, quoted layers below
            note_at = c["sent"] - timedelta(hours=rng.randrange(6, 80))
            first_at = note_at - timedelta(days=rng.randrange(3, 9))
            note = rng.choice(READER_NOTES)
            arrange = rng.choice(OFFICE_NOTES).format(**c)
            if rng.random() < 0.5:
                quoted = (f"________________________________\nFrom: {me}\nSent: {note_at:%A, %B %d, %Y %I:%M %p}\nTo: {person}\nSubject: RE: {subject}\n\n{note}"
                          f"\n\n________________________________\nFrom: {person}\nSent: {first_at:%A, %B %d, %Y %I:%M %p}\nTo: {me}\nSubject: {subject}\n\n{arrange}")
            else:
                quoted = f"On {note_at:%a, %d %b %Y at %H:%M}, {c['full']} wrote:\n> {note}\n>\n> On {first_at:%a, %d %b %Y at %H:%M}, {c['hm_full']} wrote:\n>> {arrange}"
            sig = f"{hm}\n{rng.choice(('Practice Manager', 'Office Manager', 'Partner', 'Clinic Administrator', 'Front Desk'))} | {org}\n{c['street']}, {c['city']} | {c['phone']}"
            return (rng.choice(TH_PREFIX) + subject, f"{hello}{core}\n\n{sig}\n\n{quoted}", person)
        if code == "rc":  # a recruiter's mail
            agency = f"{rng.choice(PREFIXES)} {rng.choice(('Recruitment', 'Talent', 'People Solutions', 'Search'))}"
            foot = rng.choice(RC_FOOTERS).format(agency=agency, n=n)
            rec = f"{c['hm_full']} <{mailbox(c['hm_full'].replace(' ', '.'), 'rec')}@{ascii_slug(agency)}.example>"
            return (rng.choice((subject, f"Re: {subject}", f"{subject} - feedback", f"Quick update re {subject.lower()}")),
                    f"Hi {first},\n\n{core}\n\n{rng.choice(('Cheers', 'Thanks', 'Best'))},\n{hm}\n{c['hm_full']} | {rng.choice(('Senior Consultant', 'Recruitment Consultant', 'Talent Partner', 'Principal Consultant'))}\n{agency} | {c['phone']}\n\n{foot}",
                    rec)
        if code == "pt":  # a housing association's, charity's or council's portal notice
            foot = rng.choice(PT_FOOTERS).format(org=org, n=n)
            return (rng.choice((f"{subject} - {c['ref']}", f"Your application: {subject}", f"{org}: {subject}")),
                    f"Dear {first} {c['surname']},\n\n{rng.choice(('Reference', 'Vacancy ref', 'Application no.'))}: {c['ref']}\n\n{core}\n\n{rng.choice(('Yours sincerely', 'Kind regards', 'With best wishes'))},\n\n{rng.choice(('Recruitment Team', 'HR Services', 'People Team', c['hm_full']))}\n{org}\n\n{foot}",
                    f"{org} <{rng.choice(('jobs', 'recruitment', 'noreply', 'hr'))}@{dom}>")
        raise ValueError(code)

    def add(self, name: str, kind: str, word: str, region: str, code: str, subject: str, core: str) -> None:  # noqa: PLR0917 - a template's fields
        c = self.context(word, region)
        subj, body, sender = self.shell(code, kind, subject.format(**c), core.format(**c), c)
        self.shells[(kind, code)] += 1
        self.regions[(region, "rejection" if kind == RJ else "other")] += 1
        self.records.append(record(subj, body, sender, kind=kind, family=f"{PREFIX}-{name}", provenance=PROVENANCE, to=f"{c['full']} <{mailbox(c['first'] + '.' + c['surname'], 'reader')}@post.example>", date=c["datehdr"]))


def build(maker: Maker | None = None) -> list[dict]:
    maker = maker or Maker(random.Random(SEED))
    for table in (REJECTIONS, OTHERS):
        for name, kind, word, region, shells, subject, core in table:
            for code in shells:
                maker.add(name, kind, word, region, code, subject, core)
    return finish(maker.records, maker.rng, "w45")


def langs(maker: Maker, records: list[dict]) -> int:
    """Print the make-up by kind, kind/shell and region (no message text)."""
    return makeup(records, (("kind / shell", maker.shells), ("region / label", maker.regions)), lengths(records))


def main(argv: list[str]) -> int:
    maker = Maker(random.Random(SEED))
    records = build(maker)
    return run(argv, OUT, records, lambda: langs(maker, records), skip=SKIP, labels=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
