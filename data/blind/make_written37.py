# ruff: noqa: E501, S311
"""Write data/blind/written-37.jsonl: training mail, twenty-fifth batch (the issue's shapes used least).

Twenty-sixth pass, part F. The rejections of the issue's real inboxes in the shapes the last
batches used least, from job seekers in the US, the UK, Ireland, Canada, Australia, India,
Singapore, South Africa and Nigeria, with as many twins from the same senders in the same shapes:

* (a) ``rejection``: thread replies after interviews with quoted layers ("RE: [EXT]", "FW:"), a
  colleague's note forwarded to the applicant, the decision far below a warm opening, hedges with
  no negation ("we went another route", "the team landed on a profile closer to ...", "moving
  ahead with others whose experience maps more directly"), graduate, internship, learnership and
  apprenticeship scheme outcomes, recruiter follow-ups giving the decision and another role, bare
  ATS status lines and public-sector notices;
* (b) twins that are not rejections: thread replies inviting to a next round, forwarded notes
  about someone else's hire sent to a colleague, scheme progress notices with deadlines, receipts
  with refusal talk ("either way", "only if there's a match", "if you don't hear from us"),
  offers, recruiter pitches, the reader's own withdrawal confirmed, status lines that are not a
  decision, and business mail about choosing a supplier or a candidate for someone else.

Every template is one family of one to three copies, one per shell listed, each copy its own
reader, signer, outfit, post and date; every address and link is under ``.example``.

    python data/blind/make_written37.py           # writes the file (seed 370371)
    python data/blind/make_written37.py --langs   # make-up by kind, shell and place
    python data/blind/make_written37.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

SEED = 370371
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import MakerBase, finish, lengths, makeup, record, run, sealed  # noqa: E402

# written-31's kinds, months and address helpers (the batch beside this file)
from make_written31 import AR, IV, MONTHS, NJ, NS, OF, OJ, RJ, mailbox  # noqa: E402

OUT = HERE / "written-37.jsonl"
PROVENANCE = "written for rejectwatch issue 11 twenty-sixth pass as training mail, twenty-fifth batch: the issue's shapes used least (threads, forwards, hedges, schemes, recruiters, bare statuses, public sector) in nine Englishes, twins (make_written37.py)"
PREFIX = "blind-w37"  # the read-slice prefix: train-only in grouped CV, weight READ_SLICE_WEIGHT
SEALED = sealed(25)  # never opened, skipped by name (an earlier first, as when written)
HAM = "ham"
RO = "recruiter_outreach"

# Templates: (name, kind, region, sector, shells, subject, core). region picks people, cities,
# greeting and sign-off; sector picks the outfit and posts. In a "fw" shell the core is
# "<the forwarder's cover note>||<the forwarded note>".
REJECTIONS = (
    # thread replies after interviews, quoted layers below; the decision late and often hedged
    ("us-th-landed-closer", RJ, "us", "tech", ("th", "th", "th"), "{role} - onsite",
     "Thanks for flying out to see us on {day}. The whiteboard problem you worked through has come up in two debriefs since, in a good way. Apologies as well for going silent last week: a reorg landed on us mid-process. Where things ended up is that the team landed on a profile closer to the payments side, someone who has carried a pager for a card network, and they've been made the offer. Let's not lose touch; I mean it."),
    ("uk-th-another-route", RJ, "uk", "fin", ("th", "th"), "Associate - second round",
     "Trust the drive home on Thursday wasn't too grim in that rain. I promised a personal reply once the panel was done, so here it is. We spent a long while on it and went another route for the associate seat, towards somebody with more time on a restructuring desk. Please don't vanish on us."),
    ("ie-th-agency-shifts", RJ, "ie", "health", ("th", "th"), "Staff nurse interview",
     "Good of you to come up to the ward on {day}, and to be so patient with the bleeps going off mid-interview. The CNM has made her choice now: she's moving ahead with a nurse who has been doing agency shifts on the unit since last April and already knows the patients by name."),
    ("ca-th-maps-directly", RJ, "ca", "npo", ("th", "th", "th"), "Program manager - next steps?",
     "Fair to ask, and sorry we went quiet across the holiday Monday. The committee met Tuesday night. We're moving ahead with the others, people whose backgrounds map more closely onto provincial grant reporting, which is most of the job in year one. Your thoughts on volunteer retention gave the board plenty to chew on."),
    ("au-th-portfolio-closer", RJ, "au", "acad", ("th", "th"), "Lecturer interview",
     "Cheers for the teaching demo, the students who sat in were chatty about it afterwards. The school has decided to go forward with an applicant whose teaching portfolio sits closer to first-year chemistry, and the paperwork went up to the Dean on Friday."),
    ("in-th-settlement-engine", RJ, "in", "tech", ("th", "th", "th"), "Interview feedback - {role}",
     "Thank you for staying patient across three technical rounds and the managerial discussion. After internal deliberation the team has gone ahead with a candidate having prior exposure to our settlement engine, and the position stands closed from our end. Wishing you well in the search ahead."),
    ("sg-th-based-here", RJ, "sg", "fin", ("th", "th"), "Treasury analyst - panel",
     "Appreciate you dialling in for the panel at short notice. We have since concluded the process for the treasury analyst position and are proceeding with another candidate already based in Singapore, as the desk needs someone on the ground from day one."),
    ("za-th-internal-appointment", RJ, "za", "retail", ("th", "th"), "Operations manager - DC visit",
     "Thanks for the time at the DC on {day}, and for walking us through your current floor plans; the pick-face idea was clever. Head office has since signed off an internal appointment for the operations manager post, so we will close off your candidacy on our side."),
    ("ng-th-management-approved", RJ, "ng", "fin", ("th", "th", "th"), "Interview - {role}",
     "Trust you are keeping well. Following your session with the panel at our Victoria Island office, management has approved the appointment of another candidate into the role. We truly value the preparation that went into your presentation and the case."),
    ("uk-th-travel-then-decision", RJ, "uk", "tech", ("th", "th"), "Final interview expenses",
     "First, the dull admin: your train fare claim went through this morning and should land in three to five days. Second, the harder bit. We gave the role to someone whose background lines up squarely with the data platform we're rebuilding, and they've said yes."),
    ("us-th-hospital-unit", RJ, "us", "health", ("th", "th"), "Shadow day follow-up",
     "Loved having you on the unit Tuesday; the charge nurse still talks about how you handled the family in room 12. Since you asked directly, here's the honest answer: the manager went with a nurse from our float pool for this posting."),
    ("ca-th-re-ext-short", RJ, "ca", "tech", ("th",), "Panel debrief",
     "Sorry for the slow reply. Long story short, we chose someone else for the team lead role; they'd run a team this size before."),
    # a colleague's note forwarded to the applicant
    ("uk-fw-hm-note-kindly", RJ, "uk", "npo", ("fw", "fw", "fw"), "Feedback - {role}",
     "Hi {first}, {hm2}'s note is below. I'd rather you read it in her words than mine, and I wish I had happier news to send.||{hm}, thanks for sending {first} through. A lovely candidate, strong with stakeholders, but for this one we're going with the internal person who has covered the post on an interim basis since Easter. Could you let {first} know kindly?"),
    ("us-fw-sql-final-stage", RJ, "us", "tech", ("fw", "fw"), "candidate notes - {role}",
     "{first} - passing along the hiring manager's comments as promised so you have something concrete to work with.||Notes on {first}: good energy, communicates clearly. Not strong enough yet on SQL for what this team needs on day one, so we'll stop with {first} short of the final stage."),
    ("in-fw-domain-mismatch", RJ, "in", "agency", ("fw", "fw", "fw"), "Profile status - {role}",
     "Dear {first}, please find below the feedback shared by the client team on your candidature.||Team, candidate {full} not shortlisted for next round. Domain mismatch (insurance vs retail banking), and notice period of 90 days too long for this requirement. Kindly inform candidate."),
    ("au-fw-panel-chair", RJ, "au", "gov", ("fw", "fw"), "Outcome - {role}",
     "Hi {first}, forwarding the panel chair's summary with her OK, so it's on paper for you.||Panel outcome for {role}: the panel recommends {other} for engagement. Of the remaining applicants, {first} was assessed as capable but less competitive on the written task, and is not being recommended."),
    ("za-fw-line-manager", RJ, "za", "retail", ("fw", "fw"), "Store manager role",
     "Morning {first}, sending on what the regional manager wrote back to me yesterday. Sorry, my friend.||{hm}, thanks for the referral. We've given the store manager job in {city} to Nomsa from our Rosebank branch; she has run a trading floor of that size already. Please thank your candidate for us."),
    ("ng-fw-hr-memo", RJ, "ng", "fin", ("fw", "fw"), "Shortlist outcome",
     "Good afternoon {first}, see the HR note below regarding the shortlist. Sorry about this one; I'll keep an eye out for you.||Dear {hm}, the committee reviewed the six shortlisted candidates and has approved {other} for the relationship manager slot. Your referral, {full}, did not make the final selection."),
    ("ie-fw-principal", RJ, "ie", "acad", ("fw",), "Teaching post",
     "{first}, the principal wanted this passed to you while she's off on the school tour.||Note for {hm}: the board has chosen for the maths and applied maths post and the contract has been signed with a teacher from our sub list. Could you let {first} know before the weekend?"),
    # the decision far below a warm opening
    ("us-pm-warm-long", RJ, "us", "retail", ("pm", "ph"), "Following up from {city}",
     "It was a treat to walk the floor with you on {day}; you were the only candidate who asked about the night crew, and the receiving team noticed. I've been chewing on this for a few days because it was close. The store is growing, we have three openings coming in spring, and I'm already sure you'd do well at one of them. For the assistant manager spot itself, the district went with someone who has already opened a new location for us."),
    ("uk-pm-warm-charity", RJ, "uk", "npo", ("pm", "ht"), "Our conversation on {day}",
     "Thank you for giving up your morning to meet the trustees, and for the tea, which I'm told was a first for a candidate. The panel enjoyed your idea about partnering with the libraries and we've noted it. We've had a tough decision to make and have appointed a fundraiser who ran a capital appeal of similar size."),
    ("sg-pm-warm-longnote", RJ, "sg", "tech", ("pm", "ht"), "{role} - update",
     "Hope you had a restful long weekend after the final round! We really enjoyed having you in the office, and the product team was impressed by your take on onboarding drop-off. We had several strong finalists this cycle, and the hiring committee has picked another candidate for the offer, one whose background is nearer our payments roadmap."),
    ("in-pm-warm-hr", RJ, "in", "fin", ("pm", "ht"), "Regarding your interview at {org}",
     "Greetings from {org}! We were glad to host you at our {city} office and thank you for travelling for the discussion. Your understanding of credit appraisal was appreciated by the panel. After careful evaluation, the panel has chosen to proceed with a candidate whose profile is more aligned to the present requirement of the branch."),
    ("au-pm-hedge-others", RJ, "au", "retail", ("pm", "ph", "ht"), "{role} application",
     "Thanks heaps for swinging by on {day}; the crew liked meeting you. We're going ahead with applicants whose background sits more squarely in fresh produce for this one."),
    ("ca-pm-hedge-route", RJ, "ca", "health", ("pm", "ph"), "Clinic coordinator",
     "Thanks for meeting with Dr. {hm2} and me last week. We went another direction for the coordinator role, with someone bilingual in French, which the clinic needs for the new catchment."),
    ("ie-pm-hedge-fit", RJ, "ie", "retail", ("pm", "ph"), "Supervisor role",
     "Thanks a million for coming in. The management team felt another candidate was the stronger fit for the supervisor role, and they've accepted our offer."),
    ("za-pm-hedge-preferred", RJ, "za", "tech", ("pm", "ht"), "Developer interview",
     "Thanks for the technical session on {day}. The preferred candidate for the role has accepted, so we have finalised the appointment. We enjoyed the conversation."),
    ("ng-pm-hedge-settled", RJ, "ng", "tech", ("pm", "ph"), "Your interview with {org}",
     "Thank you for making time to come in last Thursday. After reviewing all candidates, we have settled for a candidate whose experience matches the role more closely. Every success with the next opportunity."),
    # graduate, internship, learnership and apprenticeship schemes
    ("uk-sc-assessment-centre", RJ, "uk", "grad", ("sc", "sc", "ht"), "Your assessment centre result",
     "Thanks for spending {day} with us at the assessment centre. Adding up your marks from the group task, the written case and the partner conversation, your total landed under this intake's offer threshold, so the {year} programme has no offer for you."),
    ("us-sc-internship-final", RJ, "us", "grad", ("sc", "sc"), "{year} Summer Internship update",
     "Your application for the {year} Summer Internship has been reviewed following the video interview. You are not progressing to the final round of this year's process."),
    ("in-sc-campus-drive", RJ, "in", "grad", ("sc", "pm", "sc"), "Campus hiring results - {org}",
     "Dear {first}, the results of the {org} campus recruitment drive at your institute have been shared with the Training and Placement Cell. Your roll number is not in the list of students selected in this drive."),
    ("za-sc-learnership", RJ, "za", "grad", ("sc", "ht"), "Learnership intake {year}",
     "Thank you for attending the learnership assessment day in {city}. The intake for {year} is finalised and places were allocated to other candidates, which closes your application."),
    ("ng-sc-graduate-trainee", RJ, "ng", "grad", ("sc", "sc", "pm"), "{year} Graduate Trainee Programme",
     "Following the aptitude test and panel interview for the {year} Graduate Trainee Programme, we regret that you missed the list of those moving to the next phase of the programme."),
    ("sg-sc-internship-full", RJ, "sg", "grad", ("sc", "ht"), "Internship application - {role}",
     "The internship cohort for the coming term is now complete, with every remaining place filled by other students. Your application will be closed off this week."),
    ("ie-sc-apprenticeship-score", RJ, "ie", "grad", ("sc", "pm"), "Apprenticeship intake {year}",
     "Following the aptitude assessment, your score placed you outside the number of places available on the {year} apprenticeship intake, and you will not be called to interview."),
    ("ca-sc-coop-not-ranked", RJ, "ca", "grad", ("sc", "sc"), "Co-op match results",
     "Employer rankings for this co-op round are in: {org} did not rank you for {role}. You can still take part in the continuous matching round starting next week."),
    ("au-sc-grad-closing", RJ, "au", "grad", ("sc", "ht"), "{year} Graduate Program",
     "We've now completed the final round for the {year} Graduate Program. Every place in the program has been accepted, and we're closing your application."),
    ("us-sc-superday-class", RJ, "us", "grad", ("sc", "pm"), "Summer analyst - superday",
     "After the superday, the desk filled its summer analyst class and your candidacy has concluded. Thanks for bringing so much life to the stock pitch."),
    ("uk-sc-apprentice-not-final", RJ, "uk", "grad", ("sc", "sc"), "Degree apprenticeship - your application",
     "We have looked at your online test results and, on this occasion, they were not high enough for you to go on to the last round of our degree apprenticeship recruitment."),
    # recruiters: the decision and another role in one breath
    ("uk-rc-decision-other-role", RJ, "uk", "agency", ("rc", "ph", "rc"), "{org2} feedback + something else",
     "Good chatting this morning. As promised, the feedback from {org2}: they're going with the candidate from the second round who had already led a Dynamics migration. But I've got a {role2} role at a mutual in {city} which I reckon fits you better. Free for a call Thursday?"),
    ("in-rc-closed-another-opening", RJ, "in", "agency", ("rc", "ph", "rc"), "Update on {org2} position",
     "As spoken on call today, client closed this requirement with some other profile. Meanwhile I am sharing one more opening in {city} for {role2}; do send a fresh resume along with present CTC if keen."),
    ("za-rc-ca-sa", RJ, "za", "agency", ("rc", "ph"), "{org2} - feedback",
     "The client has come back to me: they've appointed someone with a CA(SA) for the role. Not the outcome we wanted. I do have a {role2} contract at a logistics group in Midrand starting next month, if you'd like your name in the hat."),
    ("au-rc-other-shortlisted", RJ, "au", "agency", ("rc", "ph", "li"), "{org2} outcome",
     "{org2} have gone with the other shortlisted candidate, sorry mate. Silver lining: a six-month {role2} contract going at a council in {city}; shall I send it through?"),
    ("sg-rc-regional-scope", RJ, "sg", "agency", ("rc", "li"), "{org2} - {role}",
     "My client is progressing with another candidate whose profile sits nearer their regional scope. You'll be front of mind for the {role2} search I open next week."),
    ("ng-rc-settled", RJ, "ng", "agency", ("rc", "ph"), "Client feedback",
     "Feedback from the client is in: they have settled for another candidate for the {role} role. There is a {role2} opening with a fintech in Yaba that may interest you; ring me once you're free."),
    ("us-rc-went-other-way", RJ, "us", "agency", ("rc", "ph", "li"), "{org2} update",
     "Heard back from {org2} late last night. They went the other way on this one and chose a candidate with more multi-state payroll behind them. I've got a {role2} search in {city} closing interviews next week; want in?"),
    ("ca-rc-decision-short", RJ, "ca", "agency", ("ph", "rc"), "{org2}",
     "Quick one: {org2} went with the other finalist; she's accepted. Monday we can go over the {role2} opening I mentioned."),
    # bare ATS status lines
    ("us-at-not-selected", RJ, "us", "tech", ("at", "at", "at"), "Application status update",
     "Status: Not selected - position filled"),
    ("uk-at-no-longer", RJ, "uk", "retail", ("at", "at"), "Your application to {org}",
     "Application status updated \u2192 not under consideration"),
    ("in-at-closed-hired", RJ, "in", "tech", ("at", "at", "at"), "Application update - {ref}",
     "Application closed. Another candidate hired."),
    ("au-at-unsuccessful", RJ, "au", "health", ("at", "at"), "{org} - application outcome",
     "Outcome: Unsuccessful"),
    ("ca-at-inactive", RJ, "ca", "retail", ("at", "at"), "Requisition {ref}",
     "This requisition has been filled. Your application is now inactive."),
    ("sg-at-rejected-stage", RJ, "sg", "fin", ("at", "at"), "Application status",
     "Current stage: Rejected after interview"),
    ("za-at-regret", RJ, "za", "retail", ("at", "at"), "Vacancy {ref}",
     "Status: Regret - candidate not appointed"),
    # public-sector notices
    ("us-gv-not-certificate", RJ, "us", "gov", ("gv", "gv", "gv"), "Notice of results - {ref}",
     "Other applicants rated higher in the category rating, so the list of eligibles handed to the hiring manager under this announcement leaves your name off."),
    ("us-gv-ineligible", RJ, "us", "gov", ("gv", "gv"), "Eligibility determination - {ref}",
     "You are ineligible for this announcement: your application did not show a full year of specialized work one grade down."),
    ("uk-gv-sift", RJ, "uk", "gov", ("gv", "gv", "pm"), "Sift result: {role}",
     "The sift panel has scored your behaviour statements. Your marks came in short of the pass threshold, which ends your application before the interview stage."),
    ("ca-gv-screened-out", RJ, "ca", "gov", ("gv", "gv"), "Appointment process {ref}",
     "This process has screened you out at the education stage; your degree does not meet the essential qualification."),
    ("au-gv-not-recommended", RJ, "au", "gov", ("gv", "gv"), "Selection outcome - {role}",
     "The selection process for the {role} role has been finalised. You are not recommended for a role by the panel, nor for the merit pool."),
    ("ie-gv-not-panel", RJ, "ie", "gov", ("gv", "gv"), "Competition {ref}",
     "Following shortlisting, your name does not appear among those called forward to interview in this competition."),
    ("in-gv-candidature", RJ, "in", "gov", ("gv", "gv"), "Candidature status - {role}",
     "The candidature you submitted for {role} stands rejected, as the experience certificate uploaded was not in the prescribed format."),
    ("za-gv-cancelled", RJ, "za", "gov", ("gv", "gv"), "Post {ref} - withdrawn",
     "The advertised post {ref} is withdrawn; it will not be filled. No further processing will take place on applications received for it."),
    ("sg-gv-not-proceeding", RJ, "sg", "gov", ("gv",), "Public Service application",
     "The agency has finished selecting for this position, and your application ends here."),
    ("ng-gv-not-successful", RJ, "ng", "gov", ("gv", "gv"), "Recruitment exercise {year}",
     "The Commission regrets that you did not pass the computer-based test stage of the {year} recruitment exercise."),
)

OTHERS = (
    # thread replies inviting to a next round (the same warm openings, no decision against)
    ("us-th-invite-vp", IV, "us", "tech", ("th", "th", "th"), "{role} - onsite",
     "Thanks for flying out to see us on {day}. The whiteboard problem you worked through keeps coming up in the debriefs, all of it good. Sorry for going silent, a reorg landed on us mid-process. Where it stands: the team would love one last conversation between you and Dana, our VP. Does {next} at 2pm work?"),
    ("uk-th-invite-md", IV, "uk", "fin", ("th", "th"), "Associate - second round",
     "Trust the drive home on Thursday wasn't too grim in that rain. My promised reply after the panel: next up is a final round with the MD. Lizzie in our office will send two slots for {next}."),
    ("ie-th-invite-shadow", NS, "ie", "health", ("th", "th"), "Staff nurse interview",
     "Good of you to come up to the ward on {day}, and to cope so well with the bleeps. The CNM is keen to have you back for a short shadow shift on {next}, 8 to 12; wear flat shoes."),
    ("ca-th-written-exercise", NS, "ca", "npo", ("th", "th"), "Program manager - next steps?",
     "Fair to ask, and sorry we went quiet across the holiday Monday. Next, the committee is asking for a short written exercise ahead of a second conversation. It's attached; return it by {next}."),
    ("in-th-managerial-round", IV, "in", "tech", ("th", "th", "th"), "Interview feedback - {role}",
     "Thank you for staying patient across three technical rounds. Happy to share that your managerial round is scheduled on {next} at 11 AM IST; the calendar invite will follow from our scheduling team."),
    ("sg-th-final-round", IV, "sg", "fin", ("th", "th"), "Treasury analyst - panel",
     "Appreciate you dialling in at short notice. The panel would like to proceed to a final round with our regional head, in person at Marina Bay on {next}."),
    ("za-th-final-panel", IV, "za", "retail", ("th", "th"), "Operations manager - DC visit",
     "Thanks for the time at the DC on {day}; the pick-face idea went down well. Head office wants you in {city} on {next} to sit the final panel. We'll cover your mileage."),
    ("ng-th-shortlisted-ed", IV, "ng", "fin", ("th", "th"), "Interview - {role}",
     "Trust you are keeping well. Following your session with the panel, your name has been shortlisted towards a final interview with the Executive Director on {next} at 10am."),
    ("au-th-teaching-demo", IV, "au", "acad", ("th", "th"), "Lecturer interview",
     "Cheers for the panel interview. Next step: a twenty-minute teaching demo with a first-year tutorial group on {next}; any topic from the unit outline is fine."),
    ("us-th-references", NS, "us", "health", ("th", "th"), "Shadow day follow-up",
     "Loved having you on the unit Tuesday. The manager wants to go to references next. Two names, please, one a charge nurse, by {next}?"),
    ("uk-th-still-deciding", OJ, "uk", "tech", ("th", "th"), "Final interview expenses",
     "First, the dull admin: your train fare claim went through this morning. On the decision, I've no news yet. The panel is split and we're meeting again on {next}; I'll phone you personally with the outcome, good or bad."),
    ("ca-th-offer-call", OF, "ca", "tech", ("th",), "Panel debrief",
     "Sorry for the slow reply. Long story short, we'd love you to lead the team. Free for a call tonight to go through the offer?"),
    # forwarded notes about someone else's hire, sent to a colleague
    ("us-fw-offer-accepted-it", HAM, "us", "tech", ("fw", "fw", "fw"), "offer accepted - {other}",
     "{first}, FYI below. Can you get a laptop and badge ready for {other} by the {date}?||Team, {other} accepted our offer for {role} and starts on the {date}. We went another route with the other two finalists and they've been told. Thanks all for the interview time."),
    ("uk-fw-close-req", HAM, "uk", "agency", ("fw", "fw"), "req {ref} - close down",
     "{first}, can you close this one down in the ATS please and archive the shortlist? Ta.||{hm}, we've gone with {other} for the backend role, so please close req {ref}. The other candidates have had calls from me already."),
    ("in-fw-regret-letters", HAM, "in", "fin", ("fw", "fw", "fw"), "Selection - {role}",
     "{first}, please action the below by Friday.||Dear {hm}, the panel has selected {other} for the {role} post. Kindly issue the offer letter and send regret mails to the remaining four candidates by Friday."),
    ("za-fw-tender-supplier", HAM, "za", "biz", ("fw", "fw"), "Freight tender outcome",
     "{first}, see below. Please let the two unsuccessful bidders know by end of day and copy procurement.||{hm}, the committee has gone with Kestrel Freight for the Durban lane contract. Their rates and insurance cover were the strongest."),
    ("ng-fw-vendor-chosen", HAM, "ng", "biz", ("fw", "fw"), "Vendor selection - generators",
     "{first}, for your records. Kindly update the vendor register.||Management has approved Sunrise Power as the preferred vendor for the branch generators. The other two quotations were not selected on price."),
    ("au-fw-panel-for-hr", HAM, "au", "gov", ("fw", "fw"), "Panel report - {role}",
     "{first}, panel report below for filing; the delegate signed this morning.||The panel recommends {other} for engagement in the {role} role. The remaining applicants are not recommended, and the chair will advise them by phone this week."),
    ("ie-fw-new-starter", HAM, "ie", "retail", ("fw",), "New supervisor",
     "{first}, heads up below; could you add her to the rota from the {date}?||Hi all, we've appointed {other} as weekend supervisor. Thanks to everyone who sat on interviews."),
    ("sg-fw-hire-other-team", HAM, "sg", "tech", ("fw", "fw"), "New hire - data team",
     "{first}, sharing as you'll be her onboarding buddy.||Hi all, glad to share {other} has accepted the offer for the data engineer role and joins on {date}. Thanks to the panel for their time."),
    ("uk-fw-candidate-for-friend", HAM, "uk", "npo", ("fw", "fw"), "Re: someone for your trustee board?",
     "{first}, for our nominations list: the Riverside board has its treasurer, so Janet is free for ours after all. Shall I sound her out?||{hm}, thanks for the suggestion of Janet for our treasurer vacancy, but the board has already co-opted someone from the finance committee. Do send me other names for the spring."),
    # scheme progress notices with deadlines
    ("uk-sc-to-assessment-centre", NS, "uk", "grad", ("sc", "sc", "ht"), "Next stage: assessment centre",
     "Good news: the next stage for you is our assessment centre ({year} graduate programme). Please book a slot in the candidate portal by {next}, 23:59; slots fill quickly and unbooked invitations lapse."),
    ("us-sc-video-interview", NS, "us", "grad", ("sc", "sc"), "{year} Summer Internship - video interview",
     "Online assessment: passed! Now comes a recorded video interview, due by {next}, 11:59 p.m. ET. Allow about thirty minutes in a quiet room."),
    ("in-sc-shortlisted-technical", IV, "in", "grad", ("sc", "pm", "sc"), "Campus hiring - shortlist",
     "Dear {first}, your roll number appears on the technical interview shortlist in the {org} campus drive. Please report to the placement cell at 9 AM on {next} with two printed resumes plus your college ID."),
    ("za-sc-assessment-day", NS, "za", "grad", ("sc", "ht"), "Learnership - assessment day",
     "You're invited to the learnership assessment day in {city} on {next}. Bring your ID, matric certificate and a pen. Confirm attendance by replying to the SMS by Wednesday."),
    ("ng-sc-aptitude-invite", NS, "ng", "grad", ("sc", "sc", "pm"), "{year} Graduate Trainee Programme - aptitude test",
     "Your application has made the shortlist for the aptitude test of the {year} Graduate Trainee Programme. Select a test centre and time on the portal before {next}; candidates who do not book will not be scheduled."),
    ("au-sc-final-stage", NS, "au", "grad", ("sc", "ht"), "{year} Graduate Program - final stage",
     "Made it! The last step of the {year} Graduate Program is a half-day virtual session on {next}. Pick your group in the portal by Friday."),
    ("sg-sc-placement-confirmed", OF, "sg", "grad", ("sc", "ht"), "Internship placement confirmed",
     "Your internship placement as {role} is confirmed from {next}. Please sign the letter of offer in the portal within five working days."),
    ("ca-sc-coop-matched", OF, "ca", "grad", ("sc", "sc"), "Co-op match results",
     "Employer rankings for this co-op round are in: you've been matched with {org} for {role}! Your employer will contact you about start dates; accept the match on the portal by {next}."),
    ("ie-sc-apprentice-interview", IV, "ie", "grad", ("sc", "pm"), "Apprenticeship intake {year}",
     "Following the aptitude assessment, we are inviting you along to a competency interview for the {year} apprenticeship intake on {next}. Reply with your preferred time."),
    ("uk-sc-not-yet-results", AR, "uk", "grad", ("sc", "sc"), "Degree apprenticeship - test received",
     "We have your online test results. Results for everyone in this window are released together on {next}; whichever way yours goes, you'll get an email that day."),
    # receipts and confirmations with refusal talk
    ("za-ack-30-days", AR, "za", "retail", ("ft", "pm", "at"), "Application received - {role}",
     "Thanks for putting in for {role}. Thirty days gone by after closing with no contact from us: count your application as unsuccessful. Shortlisting begins once the advert closes."),
    ("in-ack-only-shortlisted", AR, "in", "tech", ("ft", "at", "ht"), "Application submitted - {role}",
     "The application you made for {role} ({ref}) has reached us. Only shortlisted profiles will be contacted for the next round; the status is visible in your candidate login."),
    ("ng-ack-shortlisted-contacted", AR, "ng", "fin", ("ft", "pm"), "Acknowledgement - {role}",
     "This mail acknowledges the application you sent for {role}. Only candidates who are shortlisted will be contacted for the assessment stage."),
    ("sg-ack-notified", AR, "sg", "gov", ("gv", "ft"), "Application acknowledged",
     "We acknowledge your application for {role}. Only shortlisted applicants will be notified; those not notified within two months may assume the position is being filled otherwise."),
    ("us-ack-either-way", AR, "us", "health", ("ft", "at", "pm"), "Application logged",
     "Your application for {role} is with our recruiters. Either way, a note from us follows once the hiring manager has gone through the slate, usually within two weeks."),
    ("uk-ack-match-only", AR, "uk", "agency", ("rc", "ft"), "CV registered",
     "Thanks for registering your CV with {org}. Contact from us comes only where there's a match with a live vacancy; a quiet spell is normal."),
    ("ie-ack-dont-hear", AR, "ie", "health", ("ft", "pm"), "Application - {role}",
     "Thank you for applying. Three weeks of silence from us after closing means we've stopped there with your application this time; shortlisting is under way now."),
    ("ca-ack-keep-file", AR, "ca", "acad", ("ft", "ht"), "Application received - {role}",
     "Your application is in. Not picked for interview? Your file remains in our pool for a year, and similar roles could bring a call."),
    ("au-ack-portal", AR, "au", "gov", ("gv", "gv"), "Application received - {role}",
     "Your application for {role} has been received. Every applicant hears the outcome, good or bad, once the panel's report is approved."),
    ("us-gv-received-referred", AR, "us", "gov", ("gv", "gv"), "Application received - {ref}",
     "We received your application for this announcement. After the closing date a specialist will rate it, and you'll be notified whether your name goes on the referral list for the selecting official."),
    # public-sector notices that are not refusals
    ("us-gv-referred", NS, "us", "gov", ("gv", "gv"), "Notice of results - {ref}",
     "Your name is on the referral list sent to the selecting official. The hiring office may contact you directly to arrange an interview."),
    ("uk-gv-sift-pass", IV, "uk", "gov", ("gv", "gv"), "Sift result: {role}",
     "The sift panel has scored your behaviour statements and you've passed. Please book an interview slot between {next} and the following Friday in your account."),
    ("ca-gv-next-exam", NS, "ca", "gov", ("gv", "gv"), "Appointment process {ref}",
     "You have been screened in at the education stage. The written exam opens on {next} and closes 48 hours later."),
    ("au-gv-merit-pool", OJ, "au", "gov", ("gv",), "Selection outcome - {role}",
     "The selection process has been finalised. You have been found suitable and placed in the merit pool, which is valid for eighteen months; agencies may offer you a role from it."),
    ("ie-gv-panel-placed", OF, "ie", "gov", ("gv", "gv"), "Competition {ref}",
     "Following interview, your name goes onto this competition's panel at position 4. Assignments are made in order of merit as vacancies arise."),
    ("in-gv-admit-card", NS, "in", "gov", ("gv", "gv"), "Admit card - {role}",
     "Your admit card for the written examination for the post of {role} is now available. The examination will be held on {next}; carry a photo ID."),
    ("za-gv-readvertised", OJ, "za", "gov", ("gv",), "Post {ref} - re-advertised",
     "Post {ref} has been re-advertised with a closing date of {next}. Applicants from the first advert need not re-apply; your application will be considered."),
    ("ng-gv-cbt-passed", NS, "ng", "gov", ("gv", "gv"), "Recruitment exercise {year}",
     "The Commission confirms that you passed the computer-based test stage of the {year} recruitment exercise. Print your invitation for the oral interview."),
    # offers, some naming others or routes
    ("uk-of-grad-offer", OF, "uk", "grad", ("sc", "ht"), "Your offer - {year} graduate programme",
     "Congratulations! After the assessment centre, a {year} graduate programme place is yours. Contract and start pack are waiting in the portal; please accept by {next}."),
    ("us-of-hm-call", OF, "us", "retail", ("pm", "ph"), "Assistant manager",
     "Walking the floor with you was a treat. The district has approved you for the assistant manager spot. The other finalist was great too, but you're our pick. Offer letter to follow today."),
    ("in-of-loi", OF, "in", "fin", ("pm", "ht"), "Letter of intent - {role}",
     "Greetings from {org}! We are pleased to issue you a letter of intent for the position of {role} at our {city} branch. Kindly confirm acceptance and your date of joining by {next}."),
    ("za-of-learnership", OF, "za", "grad", ("sc", "pm"), "Learnership offer {year}",
     "Congratulations, your place in the {year} learnership intake in {city} is confirmed. Induction is on {next}; bring your bank details and certified ID."),
    ("ng-of-appointment", OF, "ng", "tech", ("pm", "ht"), "Offer of employment",
     "{org} offers you appointment as {role}. Kindly sign and return the duplicate copy of this letter on or before {next}."),
    ("au-of-recruiter-verbal", OF, "au", "agency", ("rc", "ph"), "{org2} - great news",
     "{org2} want you! They went with you over the other shortlisted candidate. Formal contract coming this arvo; start date {next}."),
    ("sg-of-after-panel", OF, "sg", "tech", ("pm", "ht"), "{role} - offer",
     "Hope you had a restful long weekend after the final round! The hiring committee wants you in the role, and the offer is yours. The letter's attached; a reply by {next} would be great."),
    # recruiter pitches and outreach
    ("uk-rc-pitch", RO, "uk", "agency", ("rc", "li"), "{role2} opportunity",
     "Your profile leapt out for a {role2} search I'm running for a client in {city}. Hybrid, two days in. Any chance of a fifteen-minute phone chat this week?"),
    ("in-rc-pitch", RO, "in", "agency", ("rc", "li", "ph"), "Opening for {role2} - {city}",
     "Greetings! We have an urgent requirement for {role2} with a leading MNC in {city}. If interested, kindly send your latest CV along with present and expected CTC plus your notice period."),
    ("ng-rc-pitch", RO, "ng", "agency", ("rc", "li"), "{role2} role",
     "Good day {first}. A client of ours is hiring a {role2} in Lekki. Your profile surfaced in our search. Could we talk?"),
    ("za-rc-pitch-after-other", RO, "za", "agency", ("rc", "ph"), "Another role",
     "Hope the new month's treating you well. Your name came up for a {role2} contract at a logistics group in Midrand, starting next month. Keen to be put up for it?"),
    # the reader's own withdrawal confirmed
    ("us-wd-confirmed", OJ, "us", "tech", ("pm", "at"), "Withdrawal confirmed - {role}",
     "Your application for {role} is now withdrawn, as requested. Congratulations on the new role, and thank you for the quick heads-up."),
    ("uk-wd-going-route", OJ, "uk", "agency", ("rc", "ph"), "Re: withdrawing",
     "Totally understand you're going another route, and congratulations on the offer. I've let {org2} know and closed your application with them. Speak soon."),
    ("in-wd-ats", OJ, "in", "tech", ("at", "at"), "Application withdrawn - {ref}",
     "Status: Withdrawn by candidate"),
    ("ng-wd-noted", OJ, "ng", "fin", ("pm", "ph"), "Re: Withdrawal of application",
     "We have noted your wish to withdraw, and the application file is now closed. Best wishes in the new appointment."),
    # status lines that are not a decision
    ("us-at-under-review", AR, "us", "tech", ("at", "at"), "Application status update",
     "Status: Under review - hiring team"),
    ("uk-at-interview", IV, "uk", "retail", ("at", "at"), "Your application to {org}",
     "Status moved to Interview: please choose a time"),
    ("au-at-offer", OF, "au", "health", ("at", "at"), "{org} - application outcome",
     "Outcome: Offer extended - check your portal"),
    ("ca-at-on-hold", OJ, "ca", "retail", ("at", "at"), "Requisition {ref}",
     "This requisition is on hold. Your application stays active and will be reviewed when hiring resumes."),
    ("sg-at-assessment", NS, "sg", "fin", ("at",), "Application status",
     "Current stage: Online assessment - due in 5 days"),
    ("za-at-shortlisted", NS, "za", "retail", ("at", "at"), "Vacancy {ref}",
     "Status: Shortlisted - competency test pending"),
    # business mail about choosing a supplier or a candidate for someone else
    ("us-biz-vendor-route", HAM, "us", "biz", ("bz", "bz", "bz"), "RE: print vendor",
     "We went another route on the print vendor. Harbor Press came in lower and can do the Q3 catalogs; I told the other two shops this morning. Can you update the purchase order?"),
    ("uk-biz-candidate-for-client", HAM, "uk", "agency", ("bz", "bz"), "RE: {org2} shortlist",
     "{org2} have gone with Priya for the controller role; I've told the other two we put forward. Can you raise the invoice for the placement fee at 18%?"),
    ("in-biz-caterer", HAM, "in", "biz", ("bz", "bz"), "RE: Annual day caterer",
     "The committee has finalised Spice Route Caterers for the annual day. The other two quotes have been declined; please release the advance of Rs 40,000 by Monday."),
    ("au-biz-software", HAM, "au", "biz", ("bz", "bz"), "RE: rostering software",
     "The team landed on Shiftwise for rostering, closer to what the wards need. Let the other vendor know kindly, and book the training for the {date}."),
    ("ca-biz-contractor", HAM, "ca", "biz", ("bz", "bz"), "RE: roof quotes",
     "Board decided to move ahead with Northshore Roofing, whose warranty maps more directly to what the condo needs. Could you email the other contractor a thank-you?"),
    ("sg-biz-candidate-intern", HAM, "sg", "biz", ("bz", "bz"), "RE: intern for your team",
     "We chose the NUS student for your team's intern slot; the other two weren't available for the full six months. She starts {date}, please set up her access."),
    ("ng-biz-rejected-invoice", HAM, "ng", "biz", ("bz", "bz"), "RE: Invoice 4471",
     "Finance rejected invoice 4471 because the PO number was missing. Please ask the supplier to resend it with the PO and the VAT breakdown."),
    ("ie-biz-venue", HAM, "ie", "biz", ("bz", "bz"), "RE: Christmas party venue",
     "We went with the hotel in the end, the other venue couldn't do a Friday. Can you send round the menu choices by the {date}?"),
    ("za-biz-hire-for-colleague", HAM, "za", "biz", ("bz",), "RE: PA for Thabo",
     "We've appointed a PA for Thabo, she starts on the {date}. Please don't schedule anything in his diary for her first morning; she'll shadow him."),
    # more twins in the same shapes: a hiring manager's notes on somebody else for a colleague,
    # pauses, reschedules, statuses and offers
    ("uk-fw-notes-for-recruiter", HAM, "uk", "agency", ("fw", "fw"), "notes on the ops shortlist",
     "{first}, the client's notes on your shortlist are below; could you ring the two who aren't going on before lunch? Tariq goes through.||{hm}, quick notes: Tariq is strong, book him for the final. The other two felt light on SQL for day one, so we'll leave them there. Thanks for a tidy shortlist."),
    ("ca-fw-hire-announce", HAM, "ca", "npo", ("fw", "fw"), "Welcome our new program manager",
     "{first}, forwarding in case you missed it on the all-staff list; she'll sit in your pod.||Hello everyone, I'm thrilled that {other} is joining as program manager on the {date}. A big thank-you to the hiring committee, who met many strong people."),
    ("sg-th-no-decision-yet", AR, "sg", "tech", ("th", "th"), "{role} - update",
     "Thanks for chasing, and sorry to keep you waiting. Nothing is decided yet: the committee sits again on {next} and we'll write to you either way that week."),
    ("za-pm-on-hold", OJ, "za", "retail", ("pm", "ph"), "Operations manager vacancy",
     "A quick update as promised. The vacancy is frozen while head office reworks the budget for next year; your application stays open and nobody has been appointed. I'll be back to you by {next}."),
    ("ie-pm-reschedule", OJ, "ie", "health", ("pm", "ph"), "Interview on {day}",
     "The consultant has been called into theatre on the day, and your interview moves to {next} at 2pm. Sorry for the reshuffle; is that time alright with you?"),
    ("us-at-interview-set", IV, "us", "retail", ("at", "at"), "Interview scheduled",
     "Interview scheduled - {next}, 10:30 AM, in store"),
    ("ng-at-test-pending", NS, "ng", "fin", ("at", "at"), "Application status",
     "Stage: Online test invited - complete within 72 hours"),
    ("in-at-offer-released", OF, "in", "tech", ("at",), "Application update - {ref}",
     "Status: Offer released - accept in portal"),
    ("au-rc-pitch-li", RO, "au", "agency", ("li", "rc"), "{role2} - {city}",
     "G'day {first}, I'm filling a {role2} role for a client in {city}, twelve months with a view to perm. Your background looks spot on. Worth a yarn?"),
    ("us-sc-internship-offer", OF, "us", "grad", ("sc", "ht"), "Your {year} Summer Internship offer",
     "After your final round, the team is excited to offer you a {year} Summer Internship. Your offer letter, pay and relocation details are in the portal; please decide by {next}."),
    ("ng-sc-assessment-centre", NS, "ng", "grad", ("sc", "pm"), "Assessment centre - {year} programme",
     "Your aptitude test result takes you to the assessment centre for the {year} programme, in {city} on {next}. Dress formally and arrive by 8am."),
    ("au-gv-interview-booked", IV, "au", "gov", ("gv", "gv"), "Interview - {role}",
     "The panel has shortlisted you to interview for the {role} role. Pick a slot between {next} and the following Wednesday through your account's booking page."),
    ("ca-nj-grant", NJ, "ca", "npo", ("pm", "ht"), "Community grant decision",
     "The foundation's board has reviewed this cycle's requests. Your reading-circle proposal misses out on funding this round, as requests were four times the budget. The spring cycle opens on {next}."),
    ("us-biz-picked-for-sales", HAM, "us", "biz", ("bz", "bz"), "RE: territory rep",
     "Sales leadership picked Brianna for the Midwest territory. The other two finalists have heard from HR already. Could you set up her CRM seat and add her to Monday's pipeline call?"),
    ("in-pm-interview-mode", IV, "in", "fin", ("pm", "ht"), "Interview call - {role}",
     "Greetings from {org}! Regarding the application you made with us, kindly attend a personal interview on {next} at 11 AM at our {city} regional office. Kindly carry original certificates and a passport-size photograph."),
)

NOT_JOB = (
    # refusals that are not about a job
    ("uk-nj-talk-proposal", NJ, "uk", "acad", ("pm", "ht"), "Your conference proposal",
     "Thank you for proposing a talk for our spring conference. The programme committee received three times as many proposals as slots, and yours was not accepted this year."),
    ("us-nj-claim-denied", NJ, "us", "health", ("ft", "pm"), "Claim update",
     "Your claim for the physiotherapy visit on {day} has been denied because the provider is out of network. You can appeal within 180 days."),
    ("in-nj-loan", NJ, "in", "fin", ("pm", "ht"), "Personal loan application",
     "Your personal loan request could not be approved at this time under our internal credit policy."),
    ("au-nj-rental", NJ, "au", "biz", ("pm", "ph"), "Rental application - Unit 4",
     "Thanks for applying for Unit 4. The owner went with another applicant for this one. New listings in {city} will come your way as they appear."),
    ("za-nj-membership", NJ, "za", "biz", ("pm",), "Club membership",
     "Your membership application was discussed at the last committee meeting. The waiting list has no room left this year; new members can be admitted from March."),
    ("ng-nj-visa-slot", NJ, "ng", "biz", ("pm", "ht"), "Appointment request",
     "Your request for an earlier appointment date was not approved. Your original appointment on {next} remains valid."),
)

# Outfits (name, domain) and posts by sector; "gov" and "grad" by place.
SECTORS = {
    "tech": ((("Quillwave Software", "quillwave.example"), ("Tessellate Labs", "tessellate.example"), ("Orbitrail Systems", "orbitrail.example"), ("Pinecrest Digital", "pinecrest-digital.example")), ("Backend Engineer, Payments", "Site Reliability Engineer", "Product Manager, Growth", "QA Automation Engineer", "Engineering Team Lead")),
    "fin": ((("Fenwick Ashby Bank", "fenwickashby.example"), ("Corallis Capital", "corallis.example"), ("Greymoor Finance", "greymoor.example"), ("Lakemere Savings", "lakemere.example")), ("Relationship Manager, SME", "Credit Analyst", "Treasury Analyst", "Compliance Officer, AML", "Associate, Restructuring")),
    "health": ((("Saint Columba Hospital", "stcolumba.example"), ("Brightvale Health", "brightvale.example"), ("Harbourside Clinic Group", "harbourside-clinics.example"), ("Westmead Community Care", "westmead-cc.example")), ("Staff Nurse, Surgical", "Clinic Coordinator", "Physiotherapist, Outpatients", "Medical Records Officer", "Pharmacy Technician")),
    "retail": ((("Bramble & Vine", "brambleandvine.example"), ("Fieldgate Foods", "fieldgate.example"), ("Kestrel Home", "kestrelhome.example"), ("Tidewater Stores", "tidewaterstores.example")), ("Assistant Store Manager", "Operations Manager, DC", "Weekend Supervisor", "Fresh Produce Lead", "Visual Merchandiser")),
    "npo": ((("Lantern Housing Trust", "lanternhousing.example"), ("Open Pages Literacy", "openpages.example"), ("Riverside Youth Network", "riversideyouth.example"), ("Amberfield Foundation", "amberfield.example")), ("Programme Manager", "Fundraising Manager", "Volunteer Coordinator", "Grants Officer", "Community Engagement Lead")),
    "acad": ((("University of Hallowmere", "hallowmere-uni.example"), ("Crestfield College", "crestfield.example"), ("Northbridge Institute", "northbridge-inst.example"), ("St Ita's Secondary School", "stitas.example")), ("Lecturer in Chemistry", "Teacher of Mathematics", "Research Assistant", "Learning Technologist", "Programme Administrator")),
    "agency": ((("Clearpath Talent", "clearpath-talent.example"), ("Summit & Sage Recruitment", "summitsage.example"), ("Brookline Staffing", "brooklinestaff.example"), ("Meridian Search", "meridiansearch.example")), ("Financial Controller", "Payroll Manager", "Business Analyst", "Project Coordinator", "Dynamics 365 Consultant")),
    "biz": ((("Ashgate Facilities", "ashgate.example"), ("Copperfield Logistics", "copperfield-log.example"), ("Hollis & Crane", "holliscrane.example"), ("Tamworth Group", "tamworthgroup.example")), ("Office Manager", "Procurement Officer", "Facilities Coordinator", "Finance Officer")),
}
GOV = {  # by place: outfits, posts, portal name
    "us": ((("Federal Water Resources Agency", "fwra-jobs.example"), ("Department of Rural Transit", "drt-careers.example")), ("Hydrologist, GS-1315-09", "Contract Specialist, GS-1102-11", "IT Specialist, GS-2210-12"), "FedJobs Portal"),
    "uk": ((("Department for Coastal Affairs", "dca-careers.example"), ("Office for Skills Funding", "osf-recruit.example")), ("Executive Officer, Operations", "Higher Executive Officer, Analysis", "Senior Executive Officer, Policy"), "Civil Service Recruitment"),
    "ie": ((("Public Appointments Office", "pao-jobs.example"), ("Local Authority Recruitment Unit", "laru.example")), ("Clerical Officer", "Executive Officer", "Administrative Officer"), "Appointments Portal"),
    "ca": ((("Department of Prairie Services", "dps-staffing.example"), ("Coastal Fisheries Agency", "cfa-staffing.example")), ("Program Officer (PM-02)", "Policy Analyst (EC-03)", "Biologist (EG-05)"), "Staffing Portal"),
    "au": ((("Department of Regional Transport", "drt-gov-careers.example"), ("National Heritage Office", "nho-careers.example")), ("APS 4 Service Officer", "APS 6 Policy Officer", "EL1 Project Manager"), "Careers Portal"),
    "in": ((("State Public Service Commission", "spsc-recruit.example"), ("Municipal Corporation of {city}", "mc-recruit.example")), ("Assistant Engineer (Civil)", "Junior Assistant", "Statistical Officer"), "Online Recruitment Application"),
    "sg": ((("Ministry of Urban Services", "mus-careers.example"), ("Land Records Board", "lrb-careers.example")), ("Executive, Corporate Services", "Assistant Manager, Planning", "Senior Officer, Enforcement"), "Public Service Careers"),
    "za": ((("Provincial Department of Roads", "pdr-vacancies.example"), ("Metro Water Services", "metrowater-jobs.example")), ("Admin Clerk (Level 5)", "Control Works Inspector", "Assistant Director: Finance"), "e-Recruitment"),
    "ng": ((("Federal Civil Service Commission", "fcsc-recruit.example"), ("National Inland Ports Authority", "nipa-careers.example")), ("Administrative Officer II", "Accountant II", "Procurement Officer II"), "Recruitment Portal"),
}
GRAD = {  # by place: scheme outfits, posts
    "us": (("Corallis Capital Early Careers", "corallis-campus.example"), ("Orbitrail University Programs", "orbitrail-students.example")),
    "uk": (("Fenwick Ashby Graduate Recruitment", "fenwick-grads.example"), ("Hollis & Crane Apprenticeships", "hc-apprentice.example")),
    "ie": (("Tidewater Apprenticeship Programme", "tidewater-apprentice.example"), ("Saint Columba Graduate Scheme", "stcolumba-grads.example")),
    "ca": (("Hallowmere Co-operative Education", "hallowmere-coop.example"), ("Crestfield Career Centre", "crestfield-careers.example")),
    "au": (("Tamworth Group Graduate Program", "tamworth-grads.example"), ("Kestrel Home Early Talent", "kestrel-early.example")),
    "in": (("Quillwave Campus Connect", "quillwave-campus.example"), ("Greymoor Campus Hiring", "greymoor-campus.example")),
    "sg": (("Pinecrest Digital Internships", "pinecrest-interns.example"), ("Lakemere Savings Talent Programmes", "lakemere-talent.example")),
    "za": (("Fieldgate Foods Learnerships", "fieldgate-learn.example"), ("Copperfield Logistics Youth Programme", "copperfield-youth.example")),
    "ng": (("Greymoor Finance Graduate Trainee Programme", "greymoor-gtp.example"), ("Tessellate Labs Young Talent", "tessellate-yt.example")),
}
GRAD_POSTS = ("Graduate Analyst", "Software Engineering Intern", "Operations Learner", "Summer Analyst", "Data Science Intern", "Degree Apprentice, Engineering")

# Places: people, other names, cities, phone pattern, greeting, sign-off, time zones.
REGIONS = {
    "us": ((("Kayla", "Brennan"), ("DeShawn", "Moore"), ("Alyssa", "Nguyen"), ("Garrett", "Sloan"), ("Maribel", "Cruz"), ("Evan", "Whitaker")), ("Trevor", "Janelle", "Luis", "Brianna"), ("Omaha", "Richmond", "Spokane", "Albuquerque", "Madison"), "(402) 555-{0}", "Hi {first},", "Best", ("-0500", "-0600", "-0700")),
    "uk": ((("Fiona", "Hartley"), ("Jamal", "Osei"), ("Poppy", "Ellison"), ("Gareth", "Pugh"), ("Yasmin", "Kaur"), ("Oliver", "Brand")), ("Hollie", "Marcus", "Tamsin", "Dev"), ("Sheffield", "Exeter", "Reading", "Swindon", "Derby"), "07700 9{0}", "Dear {first},", "Kind regards", ("+0000", "+0100")),
    "ie": ((("Orla", "Cassidy"), ("Cian", "Moloney"), ("Niamh", "Brophy"), ("Eoin", "Dempsey"), ("Róisín", "Kehoe"), ("Fionn", "Garvey")), ("Aoife", "Darragh", "Saoirse", "Colm"), ("Limerick", "Sligo", "Ennis", "Tralee", "Naas"), "087 {0}", "Hi {first},", "Thanks a million", ("+0000", "+0100")),
    "ca": ((("Geneviève", "Tremblay"), ("Marcus", "Bell"), ("Harpreet", "Gill"), ("Liam", "Chisholm"), ("Anika", "Sorensen"), ("Jean-Luc", "Poirier")), ("Brendan", "Simran", "Mathieu", "Courtney"), ("Regina", "Moncton", "Kelowna", "Sudbury", "Guelph"), "(306) 555-{0}", "Hi {first},", "Cheers", ("-0400", "-0500", "-0600")),
    "au": ((("Matilda", "Crane"), ("Lachie", "Doyle"), ("Mia", "Nakamura"), ("Bradley", "Sims"), ("Jess", "Papadakis"), ("Kane", "Whitby")), ("Tegan", "Cooper", "Ellie", "Josh"), ("Wollongong", "Toowoomba", "Launceston", "Cairns", "Bunbury"), "0423 {0}", "Hi {first},", "Cheers", ("+1000", "+1100", "+0800")),
    "in": ((("Ananya", "Iyer"), ("Rohit", "Kulkarni"), ("Sneha", "Reddy"), ("Arjun", "Mehta"), ("Kavya", "Nair"), ("Vikram", "Chauhan")), ("Pooja", "Karthik", "Divya", "Siddharth"), ("Pune", "Hyderabad", "Chennai", "Noida", "Kochi"), "+91 98{0} 1", "Dear {first},", "Warm regards", ("+0530",)),
    "sg": ((("Wei Ling", "Tan"), ("Marcus", "Lim"), ("Nurul", "Huda"), ("Rajesh", "Pillai"), ("Jolene", "Ong"), ("Darren", "Goh")), ("Hui Min", "Farid", "Priscilla", "Jun Jie"), ("Singapore", "Jurong East", "Tampines", "Woodlands"), "+65 9{0} 22", "Hi {first},", "Best regards", ("+0800",)),
    "za": ((("Thandiwe", "Nkosi"), ("Pieter", "van Wyk"), ("Lerato", "Mokoena"), ("Sipho", "Dlamini"), ("Chantelle", "Naidoo"), ("Ruan", "Botha")), ("Zanele", "Johan", "Ayanda", "Kagiso"), ("Johannesburg", "Pretoria", "Durban", "Gqeberha", "Bloemfontein"), "082 {0} 00", "Hi {first},", "Kind regards", ("+0200",)),
    "ng": ((("Chiamaka", "Okafor"), ("Tunde", "Adebayo"), ("Aisha", "Bello"), ("Emeka", "Nwosu"), ("Funmilayo", "Ogun"), ("Ibrahim", "Musa")), ("Kelechi", "Bisola", "Yusuf", "Ngozi"), ("Lagos", "Abuja", "Port Harcourt", "Ibadan", "Enugu"), "0803 {0} 11", "Dear {first},", "Best regards", ("+0100",)),
}

READER_NOTES = (
    "Hi {hm},\n\nGently chasing where the {role} process has got to - zero pressure. Glad to send over anything extra.\n\nBest,\n{first}",
    "Dear {hm},\n\nGrateful for our chat on {day}; I left more enthusiastic than ever about the team and its work.\n\nRegards,\n{full}",
    "Hello {hm}, attaching the reference contact details you asked for. Please let me know if a third name is useful.\n\n{first}",
    "Hi {hm} - a quick nudge on timing, as another process is moving on my side. Still very interested.\n\n{first}",
)
ARRANGE_NOTES = (
    "Hi {first},\n\nLocked in: {day}, ten o'clock, with {hm} plus two teammates. Reception will page me.\n\n{hm}",
    "Hi {first}, the calendar hold for {day} is in your inbox; the video link is inside. Reply if the time clashes.\n\nThanks",
    "{first} - booked you in for {day}. Parking is behind the building, level 2.",
)
ATS_TOOLS = ("Talentpond", "Hireloop", "Applywise", "Crewfolio", "Recruitly Cloud")
PHONE_SIGS = ("Sent from Outlook for iOS", "Sent from my Galaxy", "Get Outlook for Android", "Sent from my iPhone")
FW_PREFIX = ("FW: ", "Fwd: ", "FW: [EXT] ", "Fw: RE: ")
TH_PREFIX = ("RE: [EXT] Re: ", "RE: [EXT] ", "Re: [EXTERNAL] RE: ", "RE: RE: ", "Re: Re: [EXT] ")
CONFIDENTIAL = (
    "CAUTION: external sender. Think twice about links and attachments from addresses you have never dealt with.",
    "[EXT] Sender is outside {org}. Treat links with care.",
    "",
)


class Maker(MakerBase):
    def context(self, region: str, sector: str) -> dict:
        rng = self.rng
        people, others, cities, phone, hello, sign, zones = REGIONS[region]
        (hm, hm_sur), (first, surname), (hm2, _) = rng.sample(people, 3)
        city = rng.choice(cities)
        if sector == "gov":
            orgs, roles, portal = GOV[region]
        elif sector == "grad":
            orgs, roles, portal = GRAD[region], GRAD_POSTS, ""
        else:
            orgs, roles = SECTORS[sector]
            portal = ""
        (org, dom), (org2, _) = rng.sample(orgs, 2)
        if sector in ("agency", "biz", "grad", "gov"):
            org2 = rng.choice([o for o, _ in SECTORS["tech"][0] + SECTORS["fin"][0] + SECTORS["retail"][0]])
        role, role2 = rng.sample(roles, 2)
        if sector == "agency":
            role2 = rng.choice(SECTORS["fin"][1] + SECTORS["tech"][1] + SECTORS["npo"][1])
        sent = datetime(2018, 2, 5, 7, 0) + timedelta(days=rng.randrange(8 * 365 + 200), minutes=rng.randrange(11 * 60), seconds=rng.randrange(60))
        later = sent + timedelta(days=rng.randrange(3, 16))
        before = sent - timedelta(days=rng.randrange(2, 10))
        return {
            "first": first, "surname": surname, "full": f"{first} {surname}", "hm": hm, "hm_full": f"{hm} {hm_sur}", "hm2": hm2,
            "org": org.format(city=city), "org2": org2, "dom": dom, "tag": dom.split(".")[0].replace("-", ""), "region": region,
            "sector": sector, "role": role, "role2": role2, "city": city, "other": rng.choice(others), "portal": portal,
            "year": sent.year + 1, "ref": f"{rng.choice(('', 'R', 'JR-', 'VAC'))}{rng.randrange(1000, 99999)}",
            "next": f"{later:%A} {later.day} {MONTHS[later.month - 1]}", "date": f"{later.day} {MONTHS[later.month - 1]}",
            "day": f"{before:%A} {before.day} {MONTHS[before.month - 1]}", "sent": sent,
            "phone": phone.format(rng.randrange(1000, 9999)), "hello": hello, "sign": sign,
            "datehdr": f"{sent:%a, %d %b %Y %H:%M:%S} {rng.choice(zones)}",
        }

    def shell(self, code: str, subject: str, core: str, c: dict) -> tuple[str, str, str]:  # noqa: PLR0911, PLR0912, PLR0915 - one branch per shell
        """The subject, body and sender of one shape around ``core``."""
        rng = self.rng
        org, dom, first = c["org"], c["dom"], c["first"]
        own = core.startswith(("Hi ", "Dear ", "Good ", "Thanks", "Thank ", "Totally", "Hope", "Quick", "Greetings", "Congratulations", "Cheers", "Sorry", "First,", "Loved", "It was", "Appreciate", "Trust", "Heard", "{", "Good news", "Your", "We", "You", "Status", "Outcome", "Current", "This", "Application"))
        hello = "" if own else c["hello"].format(**c) + "\n\n"
        person = f"{c['hm_full']} <{mailbox(c['hm_full'].replace(' ', '.'), 'staff')}@{dom}>"
        me = f"{c['full']} <{mailbox(first + '.' + c['surname'], 'me')}@mailbox.example>"
        if code == "pm":  # a plain mail from a person
            title = rng.choice(("Talent Partner", "Hiring Manager", "HR Officer", "Head of People", "Recruitment Coordinator", "Store Manager"))
            return (subject, f"{hello}{core}\n\n{c['sign']},\n{c['hm_full']}\n{title} | {org}\n{c['phone']}", person)
        if code == "ph":  # a short reply from a phone
            sign = rng.choice(("", f"\n\n{c['hm']}", f"\n\n- {c['hm'][0]}"))
            return (rng.choice(("", "Re: ", "RE: ")) + subject, f"{core}{sign}\n\n{rng.choice(PHONE_SIGS)}", person)
        if code == "th":  # a reply in a thread with quoted layers below
            note_at = c["sent"] - timedelta(hours=rng.randrange(5, 70))
            first_at = note_at - timedelta(days=rng.randrange(3, 10))
            note = rng.choice(READER_NOTES).format(**c)
            arrange = rng.choice(ARRANGE_NOTES).format(**c)
            caution = rng.choice(CONFIDENTIAL).format(**c)
            if rng.random() < 0.5:
                quoted = ("________________________________\n" + f"From: {me}\nSent: {note_at:%A, %B %d, %Y %I:%M %p}\nTo: {person}\nSubject: RE: {subject}\n\n" + (f"{caution}\n\n" if caution else "") + note
                          + "\n\n________________________________\n" + f"From: {person}\nSent: {first_at:%A, %B %d, %Y %I:%M %p}\nTo: {me}\nSubject: {subject}\n\n" + arrange)
            else:
                quoted = (f"On {note_at:%d %b %Y, at %H:%M}, {c['full']} <{me.split('<')[1]} wrote:\n> " + note.replace("\n", "\n> ")
                          + f"\n>\n> On {first_at:%d %b %Y, at %H:%M}, {c['hm_full']} wrote:\n>> " + arrange.replace("\n", "\n>> "))
            sig = f"{c['hm']}\n--\n{c['hm_full']}\n{rng.choice(('Engineering Manager', 'Hiring Manager', 'Head of Department', 'Senior Recruiter', 'Regional Manager', 'HR Business Partner'))}, {org}"
            return (rng.choice(TH_PREFIX) + subject, f"{hello}{core}\n\n{sig}\n\n{quoted}", person)
        if code == "fw":  # a note forwarded by a colleague or recruiter
            cover, note = core.split("||")
            fwd_at = c["sent"] - timedelta(hours=rng.randrange(2, 40))
            origin = f"{c['hm2']} {rng.choice(('Adeyemi', 'Fairbairn', 'Lowry', 'Ramsaran', 'Quigley', 'Venter'))}"
            origin_addr = f"{mailbox(origin.replace(' ', '.'), 'colleague')}@{dom}"
            block = rng.choice((
                f"---------- Forwarded message ---------\nFrom: {origin} <{origin_addr}>\nDate: {fwd_at:%a, %d %b %Y at %H:%M}\nSubject: {subject}\nTo: {c['hm_full']}\n\n",
                f"-----Original Message-----\nFrom: {origin} <{origin_addr}>\nSent: {fwd_at:%d %B %Y %H:%M}\nTo: {c['hm_full']}\nSubject: RE: {subject}\n\n",
                f"From: {origin}\nSent: {fwd_at:%A, %d %B %Y %H:%M}\nTo: {c['hm_full']}\nCc: {c['other']}\nSubject: {subject}\n\n",
            ))
            return (rng.choice(FW_PREFIX) + subject, f"{cover}\n\n{c['hm']}\n\n{block}{note}\n\n{origin.split(maxsplit=1)[0]}", person)
        if code == "sc":  # a graduate, internship or apprenticeship scheme portal notice
            name = org.split(" Early")[0]
            return (f"{name}: {subject}",
                    f"{hello}{core}\n\nApplication ID: {c['ref']}\nProgramme: {c['role']}\n\nQuestions? Our FAQ is at https://{dom}/faq, or write to programmes@{dom}.\n\n{org}\nThis mailbox does not take replies.",
                    f"{org} <programmes@{dom}>")
        if code == "rc":  # a recruiter's mail with a signature block
            return (subject, f"{hello}{core}\n\n{c['sign']},\n{c['hm_full']}\n{rng.choice(('Principal Consultant', 'Recruitment Consultant', 'Talent Acquisition Partner', 'Director'))} | {org}\nM: {c['phone']} | https://www.{dom}", person)
        if code == "li":  # a professional-network message mailed on
            return (f"New message from {c['hm_full']}",
                    f"{c['hm_full']} · {rng.choice(('Recruiter', 'Talent Partner', 'Search Consultant'))} at {org}\n\n{hello}{core}\n\nView conversation: https://linkup.example/messages/{c['ref']}\n\nYou receive message alerts from LinkUp. Unsubscribe: https://linkup.example/settings",
                    "LinkUp Messages <messages@linkup.example>")
        if code == "at":  # a bare ATS status line
            tool = rng.choice(ATS_TOOLS)
            link = f"https://{c['tag']}.{tool.lower().replace(' ', '')}.example/me/{c['ref']}"
            shape = rng.randrange(4)
            if shape == 0:
                body = f"{org}\n{c['role']} ({c['ref']})\n\n{core}\n\n{link}"
            elif shape == 1:
                body = f"{core}\n\n--\n{tool} for {org} · {link}"
            elif shape == 2:
                body = f'<html><body><table style="font-family:Arial;font-size:14px"><tr><td><b>{org}</b></td></tr><tr><td>{c["role"]}</td></tr><tr><td>{core}</td></tr><tr><td><a href="{link}">View</a></td></tr></table></body></html>'
            else:
                body = f"Position: {c['role']}\nEmployer: {org}\nUpdate: {core}\nDate: {c['sent']:%Y-%m-%d}\n\nSign in to see details: {link}"
            return (subject, body, f"{org} via {tool} <noreply@{tool.lower().replace(' ', '')}.example>")
        if code == "gv":  # a public-sector notice
            portal = c["portal"] or "Recruitment Portal"
            body = (f"{org}\n{portal}\n\nName: {c['full']}\nPost: {c['role']}\nReference: {c['ref']}\n\n{core}\n\n"
                    f"Every notice we send also sits under My Applications ({portal}): https://{dom}/account.\n\n{c['hm_full']}\n{rng.choice(('Recruitment Officer', 'HR Specialist', 'Selection Advisor', 'Establishment Division'))}\n\nSystem-generated; please do not reply.")
            return (subject, body, f"{portal} <notices@{dom}>")
        if code == "ft":  # a careers team's mail with a plain footer
            return (subject, f"{hello}{core}\n\n{c['sign']},\nRecruitment, {org}\n\n--\nJobs at {org}: https://careers.{dom} · Privacy notice: https://careers.{dom}/privacy · {org}, {c['city']}", f"{org} Careers <jobs@{dom}>")
        if code == "ht":  # an HTML mail
            greet = "" if own else f"<p>{c['hello'].format(**c)}</p>"
            return (subject, f'<html><body style="font-family:Georgia,serif"><div style="max-width:600px;margin:auto;padding:20px"><p style="color:#555">{org}</p>{greet}<p>{core}</p><p>{c["sign"]},<br>{c["hm_full"]}</p><p style="font-size:11px;color:#888"><a href="https://{dom}">{dom}</a> · {c["city"]}</p></div></body></html>',
                    f"{c['hm_full']} <people@{dom}>")
        if code == "bz":  # internal business mail with the thread below
            asked = c["sent"] - timedelta(hours=rng.randrange(2, 30))
            ask = rng.choice(("Where did we end up on this?", "Any decision? I need it for Monday's meeting.", "Can you confirm before I reply to them?", "Need the outcome for the minutes."))
            body = f"{core}\n\n{c['hm']}\n\n>>> {first} ({asked:%d/%m %H:%M}) asked:\n>>> {ask}"
            return (subject, body, f"{c['hm_full']} <{mailbox(c['hm_full'].replace(' ', '.'), 'staff')}@{dom}>")
        raise ValueError(code)

    def add(self, name: str, kind: str, region: str, sector: str, code: str, subject: str, core: str) -> None:  # noqa: PLR0917 - a template's fields
        seen = {rec["body"] for rec in self.records}
        for _ in range(20):  # a short core in a bare shell can come out twice: draw the copy again
            c = self.context(region, sector)
            subj, body, sender = self.shell(code, subject.format(**c), core.format(**c), c)
            if body + "\n" not in seen:
                break
        self.shells[(kind, code)] += 1
        self.places[(region, "rejection" if kind == RJ else "other")] += 1
        self.records.append(record(subj, body, sender, kind=kind, family=f"{PREFIX}-{name}", provenance=PROVENANCE, to=f"{c['full']} <{mailbox(c['first'] + '.' + c['surname'], 'me')}@mailbox.example>", date=c["datehdr"]))


def build(maker: Maker | None = None) -> list[dict]:
    maker = maker or Maker(random.Random(SEED))
    for name, kind, region, sector, shells, subject, core in REJECTIONS + OTHERS + NOT_JOB:
        for code in shells:
            maker.add(name, kind, region, sector, code, subject, core)
    records = finish(maker.records, maker.rng, "w37")
    if len({name for name, *_ in REJECTIONS + OTHERS + NOT_JOB}) != len(REJECTIONS + OTHERS + NOT_JOB):
        raise SystemExit("two templates share a name")
    return records


def langs(maker: Maker, records: list[dict]) -> int:
    """Print the make-up by kind, kind/shell and place (no message text)."""
    return makeup(records, (("kind / shell", maker.shells), ("place / label", maker.places)), lengths(records))


def main(argv: list[str]) -> int:
    maker = Maker(random.Random(SEED))
    records = build(maker)
    return run(argv, OUT, records, lambda: langs(maker, records), skip=SEALED, top=None)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
