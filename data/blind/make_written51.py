# ruff: noqa: E501, S311
"""Write data/blind/written-51.jsonl: training mail, thirty-ninth batch (hostile non-rejections).

Twenty-ninth pass, part C (precision). Each shipped model, measured on the slice sealed in its
tree (slices 13-27), filed 42 other mails in about 1,650 filings (pooled precision 0.976): receipts
that talk about a refusal that has not happened, talent-pool welcomes, "in review" statuses,
refusals that are not about a job, staff news naming who was appointed, the reader's own
withdrawal confirmed, and interview, next-step or offer mail with apologetic words. This batch
writes those kinds again, in wordings and channels written-48 did not use:

* (a) ~200 ``not_rejection`` mails of those kinds in US, UK, Irish, Indian, Australian,
  Canadian, Singaporean, South African and Nigerian English, ATS shapes and people, and some in
  German, French, Spanish, Portuguese, Dutch and Italian;
* (b) ~60 ``rejection`` twins from the same senders and shapes, so that the batch does not teach
  "these senders never refuse".

Shells (none of them written-48's but the person's email): an applicant-tracking portal's
notification (``at``), an agency consultant's email (``ag``), a chat-app business message
forwarded to email when unread (``wa``), a voicemail's automatic transcript (``vm``), and a
plain email from a person (``em``, written-48's).

    python data/blind/make_written51.py           # writes the file (seed 510511)
    python data/blind/make_written51.py --langs   # make-up by kind, shell and region
    python data/blind/make_written51.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

SEED = 510511
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import ascii_slug, finish, run, sealed  # noqa: E402

# written-31's kinds and address helper (the batch beside this file)
from make_written31 import AR, IV, NJ, NS, OF, OJ, RJ, mailbox  # noqa: E402

# written-48's maker (its regions, zones and phone shapes, its person's email shell and its
# ``add``) and its --langs printout
from make_written48 import Maker as Maker48  # noqa: E402
from make_written48 import langs  # noqa: E402

OUT = HERE / "written-51.jsonl"
PROVENANCE = "written for rejectwatch issue 11 twenty-ninth pass as training mail, thirty-ninth batch, precision: hostile non-rejections in new wordings and channels, refusal twins (make_written51.py)"
PREFIX = "blind-w51"  # the read-slice prefix: train-only in grouped CV, weight READ_SLICE_WEIGHT
HAM = "ham"
SKIP = sealed(28)  # slices 28 on are sealed: skipped by name, never opened

# Templates: (name, kind, region, shells, role, subject, core). One copy per shell listed.
EN = (
    # -- receipts that talk about a refusal that has not happened
    ("ack-us-should-you-not", AR, "us", ("at", "ag"), "Claims Adjuster", "Thanks for applying: {role}",
     "Hi {first}, glad you put yourself forward for {role}. Should the team not pick you for this opening, the CV stays on file and a recruiter gets back to you when a similar one appears. If your background matches what the team needs, a recruiter gets in touch."),
    ("ack-uk-either-way-details", AR, "uk", ("em", "at"), "Events Coordinator", "{role}: we have your application",
     "Hi {first}, the {role} form you sent is safely in. The shortlisting meeting is on {next}; either way, we hold your details on file for a year unless you'd like them wiped sooner."),
    ("ack-ie-only-if-match", AR, "ie", ("ag", "wa"), "Accounts Assistant", "Your CV - {role}",
     "Hi {first}, thanks for sending on your CV for the {role} role. We'll only be in contact where your CV lines up with what the client is after, and your CV never goes to an employer without your say-so."),
    ("ack-au-assume-fourteen", AR, "au", ("at", "wa"), "Store Manager", "Application received - {role}",
     "Hi {first}, your application for {role} has landed. If a fortnight goes by without a call, please assume it hasn't progressed this round; it still stays on file for other stores."),
    ("ack-in-talent-bank", AR, "in", ("at", "ag"), "Process Associate", "Acknowledgement of application - {role}",
     "Dear {first}, greetings from {short}! Your application for {role} has reached us. If you are not shortlisted, the resume stays in our talent bank for twelve months. Kindly avoid reapplying for the same requisition."),
    ("ack-ca-volume-no-reply", AR, "ca", ("at", "em"), "Payroll Administrator", "We received your application",
     "Hello {first}, thanks for applying to {role}. Given the volume we receive, applicants who are not moving forward won't get an individual reply; those selected for interview will get a call by {date}."),
    ("ack-sg-unable-respond-each", AR, "sg", ("at", "ag"), "Operations Executive", "Acknowledgement: {role}",
     "Dear {first}, {role} applications are now with our team. We regret that individual replies cannot go to everyone who applies; shortlisted candidates get a call inside four weeks."),
    ("ack-za-regard-unsuccessful", AR, "za", ("at", "em"), "Admin Clerk", "{role}: application captured",
     "Dear {first}, your application for {role} has been captured. Applicants who have heard nothing six weeks after the advert closes may take it that their application was unsuccessful. Correspondence will only be entered into with shortlisted candidates."),
    ("ack-ng-check-spam", AR, "ng", ("at", "wa"), "Graduate Analyst", "Successful submission - {role}",
     "Dear {first}, your application for {role} has been successfully submitted. Candidates not shortlisted will not be contacted, but your record is held for later openings. Kindly check your mail, including spam, for our invitation."),
    ("ack-us-we-dont-ghost", AR, "us", ("at", "em"), "Warehouse Associate", "You're all set, {first}",
     "Hi {first}, you're all set! Your {role} application is submitted. Whatever the hiring team decides, an email reaches you from us; we don't ghost candidates."),
    ("ack-uk-no-feedback-shortlisting", AR, "uk", ("at", "em"), "Library Assistant", "Application for {role}",
     "Dear {first}, thank you for applying for {role}. If you are unsuccessful at the shortlisting stage, we're afraid there won't be individual feedback, though other posts with us stay open to you."),
    ("ack-au-no-this-time", AR, "au", ("wa", "em"), "Barista", "Your application with {short}",
     "Hi {first}, thanks heaps for applying for {role}. A no this time doesn't mean a no forever; plenty of our crew got in on their second go. Expect word from us by {date}, whichever way it lands."),
    ("ack-in-eligibility-admit", AR, "in", ("at",), "Junior Engineer", "Application number generated - {role}",
     "Dear {first}, thanks for choosing to apply for {role}. Applications not meeting the eligibility criteria will be rejected without further communication. Eligible candidates will receive the admit card by email ten days before the test."),
    ("ack-ie-cant-reply-everyone", AR, "ie", ("em", "vm"), "Chef de Partie", "Re: {role}",
     "Hi {first}, cheers for the application for {role}. Apologies, personal answers for every applicant are beyond us; if you're shortlisted, {hm} will ring you the week of {next}."),
    ("ack-ca-other-openings", AR, "ca", ("ag", "at"), "Estimator", "Your application to {role}",
     "Hi {first}, we received your application to {role}. If this posting isn't the right fit, we may consider you for other openings with similar requirements, with your permission of course."),
    ("ack-sg-batches", AR, "sg", ("at", "wa"), "Finance Associate", "Application received - {role}",
     "Hi {first}, application received for {role}. Not hearing from us is not a sign you've been declined: our hiring managers review in batches, and the next batch closes on {date}."),
    ("ack-us-no-decision-auto", AR, "us", ("at",), "Pharmacy Technician", "Confirmation: {role}",
     "Hi {first}, this automatic note confirms {role} has your application on record. No decision has been made. You can follow its status from your candidate home page."),
    ("ack-za-learnership-intake", AR, "za", ("at", "wa"), "Learnership", "{role} application received",
     "Hi {first}, thank you for the {short} {role} application. We only take 30 learners a year, so if you aren't picked this year, you may try for the next intake too. Results go out by {date}."),
    ("ack-ng-portal-downtime", AR, "ng", ("at", "em"), "Customer Experience Officer", "Your application - {role}",
     "Dear {first}, we regret any inconvenience caused by the portal downtime yesterday. Your application for {role} was saved successfully, and no further action is required from you."),
    ("ack-uk-tell-you-if-not", AR, "uk", ("at", "ag"), "Site Administrator", "Thanks for your interest in {role}",
     "Hi {first}, thanks for your interest in {role}. If the panel's answer is no, we'll write and say so, so nobody is left waiting by the inbox. Shortlisting happens the week after we close."),
    # -- talent pools and registers
    ("pool-us-candidate-community", AR, "us", ("at", "em"), "Candidate Community", "Welcome to the {short} candidate community",
     "Hi {first}, welcome to the {short} candidate community! You haven't applied for anything yet, and that's fine. We'll share openings, events and behind-the-scenes stories every two weeks."),
    ("pool-uk-bank-register", AR, "uk", ("at", "wa"), "Bank Staff", "You're on the bank register",
     "Hi {first}, welcome to the {short} bank register. Being registered isn't a guarantee of shifts; we offer them as they come up, and you can turn down any you don't want."),
    ("pool-in-no-openings-alert", AR, "in", ("at", "ag"), "Resume Database", "Profile added",
     "Dear {first}, your resume has been added to our database. Currently there are no openings matching your profile; you'll get an alert as soon as something relevant is posted."),
    ("pool-au-eoi", AR, "au", ("em", "vm"), "Plumber", "Your expression of interest",
     "Hi {first}, thanks for your expression of interest. We don't have a {role} role open right now, so we'll hang onto your details and give you a bell when one comes up."),
    ("pool-ie-grad-register", AR, "ie", ("at", "em"), "Graduate Register", "You're on our graduate register",
     "Hi {first}, you're now on our graduate register. Registering doesn't put you in for a particular role; when programmes open, you'll get first notice before they're advertised."),
    ("pool-ca-general-application", AR, "ca", ("at", "em"), "Maintenance Technician", "General application received",
     "Hello {first}, your general application is with us. There are no {role} vacancies at the moment, but general applications are searched first whenever positions open."),
    ("pool-za-cv-database", AR, "za", ("ag", "wa"), "Bookkeeper", "Your CV is on our database",
     "Hi {first}, your CV is now on the {short} database. No suitable vacancy is open for you right now, but our consultants match new roles against the database every day."),
    ("pool-sg-job-alert", AR, "sg", ("at",), "Data Analyst", "Job alert created",
     "Hi {first}, you've subscribed to job alerts for {role}. There are no matching roles today, so your first alert arrives when one is posted."),
    # -- statuses
    ("status-us-few-more-weeks", AR, "us", ("at", "em"), "Clinical Coordinator", "Where things stand: {role}",
     "Hi {first}, {role}: still under review on our side. The hiring manager has a lot on this month, so expect a few more weeks. We haven't forgotten you."),
    ("status-uk-panel-leave", AR, "uk", ("em", "wa"), "Communications Officer", "{role} - still deciding",
     "Hi {first}, a quick word: {role} is still undecided. Annual leave has kept the panel from meeting; you'll have an answer by {date}."),
    ("status-in-requisition-hold", AR, "in", ("at", "ag"), "Java Developer", "Update on {role}",
     "Dear {first}, the {role} requisition has been temporarily put on hold by the business. Your profile remains active, and we will reach out as soon as hiring resumes."),
    ("status-au-shortlisting-not-done", AR, "au", ("wa", "em"), "Disability Support Worker", "{role} update",
     "Hi {first}, shortlisting for {role} isn't done yet, sorry for the silence. We'll have it wrapped up by {date} and you'll get word either way."),
    ("status-ca-manager-stage", AR, "ca", ("at",), "Accounting Clerk", "Your application has moved forward",
     "Hi {first}, good news: your application for {role} now sits with the hiring manager, which not every application reaches."),
    ("status-ng-regret-delay-review", AR, "ng", ("em", "at"), "Internal Auditor", "Re: {role}",
     "Dear {first}, we regret the delay in our recruitment process. Applications for {role} are still being reviewed, and shortlisted persons will hear from us soon."),
    ("status-za-under-consideration", AR, "za", ("at", "em"), "Logistics Coordinator", "Status change: Under consideration",
     "Hi {first}, your application for {role} has moved to 'Under consideration'. The team is interviewing other applicants first and will be in touch should they want to meet."),
    ("status-sg-paused-restructure", AR, "sg", ("em", "ag"), "Product Manager", "{role} - pause",
     "Hi {first}, sorry, interviews for {role} are paused while the team is restructured. Your application isn't closed, and it resumes from {next}."),
    ("status-ie-readvertised", AR, "ie", ("at", "em"), "Occupational Therapist", "{role}: readvertised",
     "Hi {first}, your application for {role} is still active. We've had to readvertise to widen the pool, which doesn't affect your application in any way."),
    ("status-us-not-ruled-out", AR, "us", ("em", "vm"), "Sales Development Rep", "Checking in",
     "Hi {first}, I know it's been a while. You haven't been ruled out for {role}: we're waiting on headcount sign-off, and I'll update you either way by {date}."),
    # -- refusals that are not about a job
    ("nj-us-unit-leased", NJ, "us", ("em", "wa"), "Apartment", "Re: the unit on {street}",
     "Hi {first}, the unit on {street} has been leased to another applicant, but you're now on the waitlist for the next two-bedroom. Your application fee carries over."),
    ("nj-uk-mortgage", NJ, "uk", ("at", "em"), "Mortgage", "Your mortgage application",
     "Dear {first}, we're sorry: after looking at your application, our lending team has said no to a mortgage this time. Nothing changes for the accounts you already hold with us."),
    ("nj-in-credit-limit", NJ, "in", ("at", "vm"), "Credit limit", "Credit limit enhancement request",
     "Dear {first}, your request for a credit limit enhancement has been declined for now. You may apply again after 90 days."),
    ("nj-au-community-grant", NJ, "au", ("at", "em"), "Community grant", "Community Grants round outcome",
     "Hi {first}, thanks for applying to the Community Grants round. Unfortunately your project wasn't funded this time; the round was four times oversubscribed."),
    ("nj-ca-tennis-full", NJ, "ca", ("em", "wa"), "Tennis club", "Summer membership",
     "Hi {first}, the tennis club has no room for new members this summer. You're third on the waitlist."),
    ("nj-ie-launch-capacity", NJ, "ie", ("em", "wa"), "Launch night", "Launch night",
     "Hi {first}, sorry, the launch night is at capacity and we couldn't add you to the guest list. We'll stream the talks online afterwards."),
    ("nj-sg-flat-ballot", NJ, "sg", ("at", "em"), "Flat ballot", "Outcome of flat application",
     "Dear {first}, we regret that your flat application in the recent sales exercise did not get a queue number in the ballot. You may apply in the next exercise."),
    ("nj-za-landlord-other-tenant", NJ, "za", ("wa", "em"), "Rental", "The townhouse",
     "Hi {first}, unfortunately the owner chose another tenant for the townhouse. Your documents will be deleted within 30 days."),
    ("nj-ng-loan-request", NJ, "ng", ("at", "wa"), "Loan", "Loan request update",
     "Dear {first}, your loan request has been reviewed, and we cannot grant it for now. Please ensure your BVN details are up to date before reapplying."),
    ("nj-uk-school-preference", NJ, "uk", ("at", "em"), "School place", "Secondary school offer",
     "Dear {first}, your child could not be given a place at the first school you listed. The second school on your form has a place for them instead."),
    ("nj-us-talk-proposal", NJ, "us", ("at", "em"), "Conference talk", "Your talk proposal",
     "Hi {first}, thanks for submitting a talk. Over 400 came in, and the program this year leaves yours out. Do come along anyway as an attendee."),
    ("nj-au-sports-scholarship", NJ, "au", ("em", "at"), "Scholarship", "Sports scholarship",
     "Hi {first}, thanks for applying for the sports scholarship. The committee didn't award you one this year, but the training squad is still open to you."),
    ("nj-in-hostel-room", NJ, "in", ("at", "em"), "Hostel", "Hostel allotment",
     "Dear {first}, we regret that hostel accommodation could not be allotted to you for this semester owing to limited rooms."),
    ("nj-ie-marathon-ballot", NJ, "ie", ("at", "em"), "Marathon", "Marathon ballot result",
     "Hi {first}, no luck in the marathon draw for you this year, sorry. Charity places are still open."),
    ("nj-us-claim-denied", NJ, "us", ("at", "vm"), "Insurance claim", "About your claim",
     "Hi {first}, we reviewed your claim and can't cover the repair, since the damage came from wear and tear. You can appeal within 60 days."),
    ("nj-ca-passport-photo", NJ, "ca", ("at", "em"), "Passport", "Passport application",
     "Dear {first}, your passport application cannot be processed because the photos do not meet the requirements. Please send new photos within 30 days."),
    # -- staff and community news naming who was appointed
    ("news-us-promoted-internal", HAM, "us", ("em",), "Director of Sales", "Congrats to {other}",
     "Team, I'm delighted to share that {other} has been promoted to {role}, effective {date}. Thanks to all the internal candidates who interviewed; it was a tough call."),
    ("news-uk-confirm-head", HAM, "uk", ("em",), "Head of Estates", "Our new {role}",
     "Dear colleagues, I'm pleased to confirm {other} as our new {role}. The panel interviewed a strong shortlist, and I'm grateful to all who applied."),
    ("news-in-branch-head", HAM, "in", ("em",), "Branch Head", "Office order",
     "All employees are hereby informed that {other} has been appointed as {role}, {city} branch, with immediate effect."),
    ("news-au-ceo", HAM, "au", ("em",), "Chief Executive", "A new {role}",
     "Hi everyone, the board has appointed {other} as our next {role}. {other} starts in the new year; more on the handover soon."),
    ("news-ca-club-president", HAM, "ca", ("em",), "Club President", "Election results",
     "Members, the results are in: {other} is our new club president. Thanks to both candidates for running."),
    ("news-ie-principal", HAM, "ie", ("em",), "Principal", "New principal",
     "Dear parents and guardians, our board is happy to announce that {other} has been appointed principal from September."),
    ("news-za-transfer", HAM, "za", ("em",), "Regional Manager", "Welcome {other}",
     "Hi team, {other} joins us from the Durban office as {role}. The role attracted a lot of interest, so thanks to those who applied."),
    ("news-sg-promotions", HAM, "sg", ("em",), "Senior Manager", "Promotions this year",
     "Dear all, congratulations to colleagues on this year's promotion list, including {other} as {role}."),
    ("news-ng-chairman", HAM, "ng", ("em",), "Chairman", "Board announcement",
     "The Board announces with pleasure that {other} is the new {role}, following the retirement of the former chairman."),
    # -- the reader's own withdrawal confirmed
    ("wd-us-reopen-thirty", OJ, "us", ("at", "em"), "Loan Officer", "Application withdrawn",
     "Hi {first}, your {role} application is now marked withdrawn. If that was a mistake, reply within 30 days and we can reopen it."),
    ("wd-uk-sorry-to-lose", OJ, "uk", ("em", "ag"), "Paralegal", "Re: {role}",
     "Hi {first}, noted that you're stepping back from {role}. A pity for us, but congratulations on the new post."),
    ("wd-in-not-interested", OJ, "in", ("ag", "em"), "Test Engineer", "Re: {role}",
     "Dear {first}, as per your mail, we have marked you as not interested for {role} and closed your profile for this requirement."),
    ("wd-au-taken-off", OJ, "au", ("ag", "wa"), "Site Supervisor", "Re: {role}",
     "Hi {first}, no dramas, I'll let the client know you've accepted another role and take you off the shortlist."),
    ("wd-ca-interview-cancelled", OJ, "ca", ("em", "at"), "Service Advisor", "Interview cancelled",
     "Hi {first}, got it, you've chosen to skip the {role} interview. It's cancelled on our side now."),
    ("wd-ie-offer-commute", OJ, "ie", ("em", "vm"), "Sous Chef", "Re: offer",
     "Hi {first}, shame you're turning down the {role} offer, but I completely understand about the commute. Best of luck."),
    ("wd-ng-list-removed", OJ, "ng", ("em", "at"), "Credit Analyst", "Acknowledgement of withdrawal",
     "Dear {first}, your letter withdrawing from the {role} recruitment exercise is acknowledged. We have struck your name off the shortlist accordingly."),
    ("wd-za-relocate", OJ, "za", ("em", "ag"), "Branch Administrator", "Re: {role}",
     "Hi {first}, understood that you can't relocate to {city}, so I've closed your application for {role} as you asked."),
    # -- interviews, next steps and offers with apologetic words
    ("iv-us-three-taken", IV, "us", ("em", "wa"), "Backend Engineer", "{role} interview time",
     "Hi {first}, unfortunately the 3 pm slot on {next} is taken. Could you do 4 instead? The interview for {role} is with {hm} and one engineer."),
    ("iv-uk-assessment-moved", IV, "uk", ("em", "at"), "Trainee Surveyor", "Your assessment day",
     "Hi {first}, sorry, we had to move your assessment for {role}. The new date is {next} at 9.30, same building, room 4."),
    ("iv-in-postponed", IV, "in", ("at", "em"), "Management Trainee", "Interview rescheduled - {role}",
     "Dear {first}, we regret to share that your interview for {role} scheduled for tomorrow stands postponed due to unavoidable circumstances. The revised schedule is {next} at 11 AM."),
    ("iv-au-panel-member", IV, "au", ("em", "vm"), "Case Manager", "Thursday",
     "Hi {first}, unfortunately one of the panel can't make Thursday. Are you free on {next} at 2 instead for the {role} interview?"),
    ("iv-ca-video-final", IV, "ca", ("em", "at"), "Project Engineer", "Final interview format",
     "Hi {first}, sorry, we can't host you on site this time, so your final interview for {role} will be by video on {next}."),
    ("iv-sg-slot-gone", IV, "sg", ("at", "wa"), "Client Service Associate", "Please pick another slot",
     "Dear {first}, the slot you picked has since been filled by someone else. Do pick another from the link for your {role} interview."),
    ("iv-za-venue-flooded", IV, "za", ("em", "wa"), "Credit Controller", "Interview venue",
     "Hi {first}, unfortunately our boardroom flooded overnight, so the {role} interview on {next} moves to the hotel across the road. Same time."),
    ("iv-ng-short-notice", IV, "ng", ("em", "at"), "Sales Executive", "Invitation for interview - {role}",
     "Dear {first}, we regret the short notice. You are invited for an interview for {role} on {next} at 9am at our {city} office."),
    ("iv-us-skip-screen", IV, "us", ("em", "ag"), "UX Researcher", "{role} next round",
     "Hi {first}, you won't need a first-round screen for {role}: the team liked your portfolio so much they want to go straight to the final interview on {next}."),
    ("iv-ie-double-booked", IV, "ie", ("em", "vm"), "Staff Accountant", "Interview on {next}",
     "Hi {first}, apologies, I double-booked the room for your {role} interview. Can we do 12 instead of 11? Nothing else changes."),
    ("ns-us-take-home-delay", NS, "us", ("em", "at"), "Frontend Engineer", "Next step: take-home",
     "Hi {first}, we regret this reached you late. The next step for {role} is a take-home exercise; please return it by {date}."),
    ("ns-uk-test-crashed", NS, "uk", ("at", "em"), "Data Officer", "Please retake your test",
     "Hi {first}, unfortunately the test platform crashed during your session, so your {role} result wasn't saved. Please retake it by {date}; sorry for the hassle."),
    ("ns-in-reupload", NS, "in", ("at", "em"), "Associate Consultant", "Documents unclear - {role}",
     "Dear {first}, the documents you uploaded for {role} are not legible. Kindly re-upload them by {date} so we can release your offer."),
    ("ns-au-more-forms", NS, "au", ("em", "at"), "Youth Worker", "Working with children check",
     "Hi {first}, sorry, one more form! For {role} we need the number on your working with children card before {date}."),
    ("ns-ie-second-interview", NS, "ie", ("em", "vm"), "Marketing Executive", "Second interview",
     "Hi {first}, sorry it took a while. Good news: round two for {role} includes you, on {next}."),
    ("ns-sg-case-pdf", NS, "sg", ("em", "at"), "Strategy Analyst", "Case study file",
     "Dear {first}, we were unable to open the file you submitted for the {role} case study. Could you resend it as a PDF by {date}?"),
    ("ns-ca-checks-delayed", NS, "ca", ("em", "ag"), "Payroll Specialist", "Background check",
     "Hi {first}, apologies, the background check for {role} is taking longer than usual. Nothing for you to do; we'll confirm your start once it's back."),
    ("of-us-regret-delay-here", OF, "us", ("em", "at"), "Financial Analyst", "Your offer for {role}",
     "Hi {first}, we regret the delay. Here is your offer for {role}; have a read, and questions are welcome any time."),
    ("of-uk-cant-reach", OF, "uk", ("em", "ag"), "Product Owner", "Offer - {role}",
     "Hi {first}, unfortunately we can't go to £65k, but we can offer £62k and an extra day's leave for {role}. Let me know by {date}."),
    ("of-za-contract-not-perm", OF, "za", ("em", "ag"), "Systems Administrator", "Offer for {role}",
     "Hi {first}, apologies, {role} can't be made permanent yet. What we can offer is a 12-month contract starting {next}; the letter is attached."),
    ("of-in-apologies-offer", OF, "in", ("em", "at"), "Software Engineer", "Offer letter - {role}",
     "Dear {first}, apologies for the delay in rolling out your offer. Attached is the offer letter for {role}; kindly confirm acceptance by {date}."),
    ("of-ie-after-wait", OF, "ie", ("em", "vm"), "Retail Manager", "Good news",
     "Hi {first}, sorry for keeping you waiting so long. We're offering you {role}, and the contract comes over this afternoon."),
    ("of-sg-unable-match", OF, "sg", ("em", "ag"), "Compliance Officer", "Offer - {role}",
     "Hi {first}, we weren't able to match your current bonus, but the offer for {role} includes a sign-on payment to make up the gap. Details attached."),
    ("of-ng-regret-salary", OF, "ng", ("em", "at"), "Brand Manager", "Offer of employment",
     "Dear {first}, we regret that we could not approve the salary you requested. Management nonetheless offers you appointment as {role} on the enclosed package."),
)

# -- refusal twins from the same senders and shapes
EN_RJ = (
    ("rj-us-keep-cv-not-selected", RJ, "us", ("at", "ag"), "Claims Adjuster", "Your application: {role}",
     "Hi {first}, glad you put yourself forward for {role}. The team didn't pick you for this opening. The CV stays on file and a recruiter gets back to you when a similar one appears."),
    ("rj-uk-after-shortlisting", RJ, "uk", ("em", "at"), "Events Coordinator", "{role}: shortlisting outcome",
     "Hi {first}, the shortlisting meeting for {role} has happened and, regrettably, the interview list it drew up leaves you out. We hold your details on file for a year unless you'd like them wiped sooner."),
    ("rj-ie-client-passed", RJ, "ie", ("ag", "wa"), "Accounts Assistant", "Re: {role}",
     "Hi {first}, quick one on the {role} role: the client has passed on your CV; they chose a person who'd run month-end on their own system. I'll be watching for the next one for you."),
    ("rj-au-not-progressed", RJ, "au", ("at", "wa"), "Store Manager", "Your application - {role}",
     "Hi {first}, thanks for applying for {role}. Your application hasn't progressed on this occasion; we'll still keep it on file for other stores."),
    ("rj-in-not-shortlisted", RJ, "in", ("at", "ag"), "Process Associate", "Application status - {role}",
     "Dear {first}, the review of profiles for {role} is complete, and yours was not taken into the shortlist for this requisition. It will be kept in our talent bank for twelve months."),
    ("rj-ca-not-moving-forward", RJ, "ca", ("at", "em"), "Payroll Administrator", "Update on your application",
     "Hello {first}, thanks for applying to {role}. After a careful look, your application won't continue past screening."),
    ("rj-sg-not-shortlisted", RJ, "sg", ("at", "ag"), "Operations Executive", "Your application: {role}",
     "Dear {first}, shortlisting for {role} has been done. We regret that your application did not get onto the shortlist."),
    ("rj-za-unsuccessful", RJ, "za", ("at", "em"), "Admin Clerk", "{role}: outcome",
     "Dear {first}, the {role} selection is complete. Please note that the panel did not select you. We wish you well."),
    ("rj-ng-not-shortlisted-test", RJ, "ng", ("at", "wa"), "Graduate Analyst", "Update - {role}",
     "Dear {first}, after a careful review of applications for {role}, your name is missing from the assessment list. Your record is held for later openings."),
    ("rj-us-decided-other", RJ, "us", ("at", "em"), "Warehouse Associate", "About your application, {first}",
     "Hi {first}, as promised, here's the outcome: the hiring team decided to go with other candidates for {role}. Thanks for applying."),
    ("rj-uk-unsuccessful-shortlisting", RJ, "uk", ("at", "em"), "Library Assistant", "Application for {role}",
     "Dear {first}, thank you for applying for {role}. I'm sorry, your application wasn't shortlisted; there won't be individual feedback, though other posts with us stay open to you."),
    ("rj-au-a-no-this-time", RJ, "au", ("wa", "em"), "Barista", "Your application with {short}",
     "Hi {first}, thanks heaps for applying for {role}. Sorry, no spot for you this round; the job went to someone free for early opens."),
    ("rj-ie-went-another-way", RJ, "ie", ("em", "vm"), "Chef de Partie", "Re: {role}",
     "Hi {first}, thanks for the Saturday trial in the kitchen. We've picked another chef for {role}, sorry. Mind yourself."),
    ("rj-sg-declined-batch", RJ, "sg", ("at", "wa"), "Finance Associate", "Application update - {role}",
     "Hi {first}, our hiring managers have reviewed this batch for {role}, and your application was declined. Thank you for applying."),
    ("rj-za-learnership-not-picked", RJ, "za", ("at", "wa"), "Learnership", "{role} results",
     "Hi {first}, results are out for the {short} {role}, and sadly you were not among this year's learners. You may try for the next intake too."),
    ("rj-uk-not-successful-time", RJ, "uk", ("at", "ag"), "Site Administrator", "Your application for {role}",
     "Hi {first}, as promised, we're writing to say {role} hasn't gone your way this time. We appreciated hearing from you."),
    ("rj-us-ruled-out", RJ, "us", ("em", "vm"), "Sales Development Rep", "Update",
     "Hi {first}, I know it's been a while. The headcount got signed off and we've filled {role} with another candidate. Wish I'd better news for you."),
    ("rj-in-requisition-closed", RJ, "in", ("at", "ag"), "Java Developer", "Update on {role}",
     "Dear {first}, the {role} requisition stands closed by the business and won't reopen. Hence your candidature ends here."),
    ("rj-ng-panel-others", RJ, "ng", ("em", "at"), "Internal Auditor", "Re: {role}",
     "Dear {first}, we regret the delay in our recruitment process. Following the interviews, the panel found other candidates more suitable for {role}."),
    ("rj-ca-after-interview-no", RJ, "ca", ("em", "at"), "Project Engineer", "{role}",
     "Hi {first}, thank you for the final interview. We've decided to offer {role} to another candidate whose experience is closer to our projects."),
    ("rj-za-offer-withdrawn", RJ, "za", ("em", "ag"), "Systems Administrator", "{role}",
     "Hi {first}, I'm sorry, the {role} post has been frozen and the offer we discussed has to be pulled. I know this is hard news."),
    ("rj-ie-not-second", RJ, "ie", ("em", "vm"), "Marketing Executive", "Your interview",
     "Hi {first}, sorry it took a while. The panel won't be bringing you to a second interview for {role}; they felt others were further along."),
    ("rj-ng-not-invited", RJ, "ng", ("em", "at"), "Sales Executive", "Interview stage - {role}",
     "Dear {first}, screening for {role} is concluded, and management has chosen others for the interview. Thank you for the effort on your application."),
    ("rj-us-after-take-home", RJ, "us", ("em", "at"), "Frontend Engineer", "{role}: take-home result",
     "Hi {first}, thanks for the take-home. The reviewers didn't feel it was strong enough to move you to the onsite, so {role} ends here for you."),
)

# -- other languages: (name, kind, lang, shells, role, subject, core)
LANG = (
    ("de-ack-sollten-sie-nicht", AR, "de", ("at", "em"), "Mitarbeiter Buchhaltung", "Eingangsbestätigung: {role}",
     "Guten Tag {first}, schön, dass Sie sich als {role} beworben haben. Sollten wir Sie für diese Stelle nicht berücksichtigen können, landet Ihr Profil auf Wunsch in unserem Talentpool. Wir sichten alle Unterlagen in den nächsten drei Wochen."),
    ("de-iv-leider-anderer-termin", IV, "de", ("em", "at"), "Vertriebsinnendienst", "Ihr Vorstellungsgespräch",
     "Hallo {first}, leider ist der Termin um 10 Uhr bereits vergeben. Könnten Sie am {next} um 13 Uhr zum Gespräch für die Stelle {role} kommen?"),
    ("de-nj-wohnung", NJ, "de", ("em",), "Wohnung", "Ihre Anfrage zur Wohnung",
     "Hallo {first}, die Wohnung in der Lindenstraße ist leider schon vergeben. Gern melden wir uns, wenn eine ähnliche frei wird."),
    ("de-rj-absage", RJ, "de", ("at", "em"), "Mitarbeiter Buchhaltung", "Ihre Bewerbung: {role}",
     "Guten Tag {first}, schön, dass Sie sich als {role} beworben haben. Nach dem Sichten der Unterlagen fiel die Wahl leider auf eine Kandidatin mit mehr Praxis. Für Ihre Stellensuche wünschen wir Glück."),
    ("fr-ack-si-pas-retenu", AR, "fr", ("at", "em"), "Technicienne de laboratoire", "Accusé de réception : {role}",
     "Bonjour {first}, votre candidature pour {role} nous est bien parvenue. Si votre profil n'est pas retenu pour ce poste, nous le conserverons pour d'autres opportunités pendant deux ans."),
    ("fr-ns-desole-test", NS, "fr", ("em", "at"), "Analyste financier", "Prochaine étape",
     "Bonjour {first}, désolés pour l'attente. La prochaine étape pour le poste de {role} est un test en ligne, à faire avant le {date}."),
    ("fr-wd-retrait", OJ, "fr", ("em",), "Chef de projet", "Votre retrait",
     "Bonjour {first}, nous avons bien noté que vous retirez votre candidature au poste de {role}. Merci de nous avoir prévenus, et bonne continuation."),
    ("fr-rj-autre-profil", RJ, "fr", ("at", "em"), "Technicienne de laboratoire", "Votre candidature : {role}",
     "Bonjour {first}, votre candidature pour {role} a été étudiée avec attention. Une autre candidate a finalement été préférée pour ce poste."),
    ("es-ack-si-no-eres", AR, "es", ("at", "em"), "Administrativo", "Hemos recibido tu candidatura",
     "Hola {first}, hemos recibido tu candidatura para {role}. Si no eres seleccionado para esta vacante, tu currículum sigue en nuestra base para próximos procesos. Solo contactaremos con las personas preseleccionadas."),
    ("es-of-perdon-retraso", OF, "es", ("em",), "Ingeniero de software", "Tu oferta",
     "Hola {first}, perdona el retraso en responderte. Nos encantaría que te unieras como {role}; te adjunto la oferta para que la revises."),
    ("es-nj-prestamo", NJ, "es", ("at", "em"), "Préstamo", "Tu solicitud de préstamo",
     "Hola {first}, lamentamos comunicarte que no podemos aprobar tu solicitud de préstamo por ahora. Dentro de seis meses puedes presentar una nueva solicitud."),
    ("es-rj-no-continuar", RJ, "es", ("at", "em"), "Administrativo", "Tu candidatura",
     "Hola {first}, te escribimos sobre el puesto de {role}: hemos decidido cerrar tu candidatura sin pasar a entrevista."),
    ("pt-ack-banco-talentos", AR, "pt", ("at", "em"), "Analista de RH", "Candidatura recebida",
     "Olá {first}, recebemos sua candidatura para {role}. Se não for selecionado nesta vaga, seu currículo fica no nosso banco de talentos por um ano."),
    ("pt-iv-desculpe-horario", IV, "pt", ("em", "wa"), "Vendedor", "Entrevista",
     "Oi {first}, desculpe, o horário das 15h já foi preenchido. Pode ser às 16h no dia {next}, para a vaga de {role}?"),
    ("pt-rj-outro-candidato", RJ, "pt", ("at", "em"), "Analista de RH", "Sua candidatura",
     "Olá {first}, o processo para {role} foi concluído e optamos por outro candidato."),
    ("nl-ack-geen-bericht", AR, "nl", ("at", "em"), "Klantenservicemedewerker", "Bevestiging sollicitatie",
     "Hoi {first}, je sollicitatie als {role} is binnen. Mocht je niet door zijn naar de gesprekken, dan laten we dat ook weten. Je hoort uiterlijk {date} van ons."),
    ("nl-news-benoemd", HAM, "nl", ("em",), "Teamleider", "Nieuwe teamleider",
     "Beste collega's, met plezier melden we dat {other} is benoemd tot {role}. Dank aan iedereen die heeft gesolliciteerd."),
    ("nl-rj-niet-uitnodigen", RJ, "nl", ("at", "em"), "Klantenservicemedewerker", "Je sollicitatie",
     "Hoi {first}, we hebben je sollicitatie als {role} bekeken. Je wordt helaas niet uitgenodigd voor een gesprek; we kiezen voor mensen met meer ervaring."),
    ("it-ack-qualora-non", AR, "it", ("at", "em"), "Magazziniere", "Conferma candidatura",
     "Gentile {first}, la sua candidatura per {role} è registrata. Qualora non venisse selezionato, conserveremo il suo curriculum per future posizioni."),
    ("it-ns-ci-scusiamo", NS, "it", ("em", "at"), "Contabile", "Prossimo passo",
     "Ciao {first}, ci scusiamo per il ritardo. Il prossimo passo per {role} è un colloquio tecnico il {next}; conferma la tua disponibilità."),
    ("it-rj-non-proseguire", RJ, "it", ("at", "em"), "Magazziniere", "Esito selezione",
     "Gentile {first}, la ringraziamo per la candidatura a {role}. A selezione conclusa, per {role} è stata preferita un'altra persona."),
)

PEOPLE = {  # written-48's regions get new readers and signers here
    "us": (("Delphine", "Hargrove"), ("Ezekiel", "Brandt"), ("Sunniva", "Okoro"), ("Thaddeus", "Quint")),
    "uk": (("Philippa", "Ormerod"), ("Kasim", "Rahmani"), ("Morwenna", "Trelawny"), ("Crispin", "Lowther")),
    "ie": (("Gráinne", "Costigan"), ("Tadhg", "Furlong"), ("Clodagh", "Hennessy"), ("Ruairí", "Tierney")),
    "in": (("Ishita", "Venkataraman"), ("Tejas", "Kulshreshtha"), ("Mrunal", "Pathak"), ("Harsha", "Gowda")),
    "au": (("Tegan", "Blackwood"), ("Jett", "Mulvaney"), ("Quynh", "Pham"), ("Coen", "Ferris")),
    "ca": (("Solange", "Pelletier"), ("Brody", "Kinnear"), ("Navneet", "Grewal"), ("Yaw", "Mensah")),
    "sg": (("Xin Yi", "Chua"), ("Hafiz", "Jamil"), ("Shalini", "Raj"), ("Zhi Hao", "Teo")),
    "za": (("Palesa", "Mahlangu"), ("Wikus", "Steyn"), ("Ayanda", "Zungu"), ("Ferdi", "du Toit")),
    "ng": (("Oluwaseun", "Adebayo"), ("Chiamaka", "Okoli"), ("Zainab", "Lawal"), ("Ikenna", "Okonkwo")),
    "de": (("Friederike", "Brandl"), ("Malte", "Jessen"), ("Dilara", "Aksoy"), ("Henrik", "Vogt")),
    "fr": (("Solène", "Marchand"), ("Yanis", "Cherif"), ("Apolline", "Perrin"), ("Gaspard", "Leclerc")),
    "es": (("Ainhoa", "Etxeberria"), ("Íñigo", "Salas"), ("Rocío", "Benítez"), ("Gonzalo", "Prieto")),
    "pt": (("Tainá", "Fonseca"), ("Caio", "Mendes"), ("Yasmin", "Rocha"), ("Heitor", "Pires")),
    "nl": (("Fenna", "Hoekstra"), ("Joris", "van Dam"), ("Isa", "Kramer"), ("Siebe", "Postma")),
    "it": (("Ginevra", "Bellini"), ("Tommaso", "Rinaldi"), ("Ilaria", "Sartori"), ("Jacopo", "Moretti")),
}
PREFIXES = ("Thornbury", "Kestrel", "Bluegum", "Halcyon", "Ironbark", "Meridian", "Silverline", "Ashcombe", "Pinecrest", "Larkspur", "Orchid", "Westmoor")
WORDS = ("Group", "Solutions", "Care", "Freight", "Digital", "Manufacturing", "Consulting", "Finance", "Hospitality", "Labs")
OTHER_NAMES = ("Naledi Sithole", "Declan Byrne", "Yetunde Ajayi", "Hannah Park", "Rohan Kapoor", "Mia Schneider", "Isabel Cortés", "Liam Fraser")
AGENCIES = ("Keystone Talent", "Brightpath Recruitment", "Harbour Search", "Northstar People")
PORTAL_TAIL = {
    "": "Track this application at https://careers.{dom}/me\nThis address can't take replies; write to the recruiters through the portal.",
    "de": "Ihre Bewerbung ansehen: https://karriere.{dom}/kandidat\nAuf diese Nachricht bitte nicht antworten.",
    "fr": "Voir votre candidature : https://carrieres.{dom}/candidat\nMerci de ne pas répondre à ce message.",
    "es": "Ver tu candidatura: https://empleo.{dom}/candidato\nEste buzón no recibe respuestas.",
    "pt": "Ver sua candidatura: https://carreiras.{dom}/candidato\nPor favor, não responda a esta mensagem.",
    "nl": "Bekijk je sollicitatie: https://werkenbij.{dom}/kandidaat\nDit bericht kun je niet beantwoorden.",
    "it": "Visualizza la candidatura: https://lavora.{dom}/candidato\nSi prega di non rispondere a questo messaggio.",
}


class Maker(Maker48):
    prefix = PREFIX
    provenance = PROVENANCE

    def context(self, region: str, role: str) -> dict:
        """written-48's context (dates, town, phone, zone) with this batch's people and outfits."""
        c = super().context(region, role)
        rng = self.rng
        (hm, hm_sur), (first, surname) = rng.sample(PEOPLE[region], 2)
        suffix = c["org"].removeprefix(c["short"]).strip()
        short = f"{rng.choice(PREFIXES)} {rng.choice(WORDS)}"
        c.update(first=first, surname=surname, full=f"{first} {surname}", hm=hm, hm_full=f"{hm} {hm_sur}",
                 org=f"{short} {suffix}", short=short, dom=f"{ascii_slug(short)}.example", other=rng.choice(OTHER_NAMES))
        return c

    def shell(self, code: str, region: str, subject: str, core: str, c: dict) -> tuple[str, str, str]:
        """The subject, body and sender of one channel around ``core`` (``em`` is written-48's)."""
        rng = self.rng
        short, dom, hm = c["short"], c["dom"], c["hm"]
        lang = region if region in PORTAL_TAIL else ""
        if code == "at":  # an applicant-tracking portal's notification
            return (subject, f"{core}\n\n{short}\n\n{PORTAL_TAIL[lang].format(dom=dom)}", f"{short} <no-reply@careers.{dom}>")
        if code == "ag":  # an agency consultant's email
            agency = rng.choice(AGENCIES)
            return (subject, f"{core}\n\nKind regards,\n{c['hm_full']}\nConsultant, {agency}\nM: {c['phone']}\n\n{agency} introduces you to this vacancy for a client and is paid by that client, never by you.",
                    f"{c['hm_full']} <{mailbox(c['hm_full'].replace(' ', '.'), 'consultant')}@{ascii_slug(agency)}.example>")
        if code == "wa":  # a chat-app business message forwarded to email while unread
            t = c["sent"]
            return (f"Unread message from {short}",
                    f"{short} ({hm}) sent you a message on Chatbridge:\n\n[{t:%H:%M}] {core}\n\nChatbridge forwards a business chat to email once it has sat unread for two hours. Open the app to answer.",
                    "Chatbridge <unread@chatbridge.example>")
        if code == "vm":  # a voicemail's automatic transcript
            secs = rng.randrange(24, 95)
            return (f"Voicemail from {c['phone']} ({secs}s)",
                    f"Voicemail from {c['phone']}, {c['sent']:%d %b %H:%M}, {secs} seconds.\n\nTranscript (machine-made, check the recording if in doubt):\n\"{core}\"\n\nPlay it in LineBox; transcripts expire after 30 days.",
                    "LineBox Voicemail <voicemail@linebox.example>")
        if code == "em" and c["first"] not in core[:40]:  # a notice to everyone: no "Hi {first}"
            return (subject, f"{core}\n\n{c['hm_full']}\n{c['org']}",
                    f"{c['hm_full']} <{mailbox(c['hm_full'].replace(' ', '.'), 'hr')}@{dom}>")
        return super().shell(code, region, subject, core, c)


def build(maker: Maker | None = None) -> list[dict]:
    maker = maker or Maker(random.Random(SEED))
    for table in (EN, EN_RJ, LANG):
        for name, kind, region, shells, role, subject, core in table:
            for code in shells:
                maker.add(name, kind, region, code, role, subject, core)
    return finish(maker.records, maker.rng, "w51")


def main(argv: list[str]) -> int:
    maker = Maker(random.Random(SEED))
    records = build(maker)
    return run(argv, OUT, records, lambda: langs(maker, records), skip=SKIP, labels=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
