# ruff: noqa: E501, S311
"""Write data/blind/written-41.jsonl: training mail, twenty-ninth batch (small senders, short shapes).

Twenty-seventh pass, part F. The rejection shapes the last batches used least, in the mail of
the issue's real inboxes (US, UK, Irish, Canadian, Australian, Indian, Singaporean, South African
and Nigerian English), with more twins than rejections from the same senders in the same shapes:

* (a) ~130 ``rejection``: two-line notes with no greeting, small-business HR platforms' messages,
  notes after a phone screen or an assessment (an MRI or lab screen, a clinical screen, a coding
  test, a trial shift), replies with an attached letter and the decision in the body too, thread
  replies from small offices (dental, vet, law, accounting) with quoted layers, housing
  associations, charities, councils and universities, recruiters' follow-ups giving the decision
  and another role in one paragraph, hedges with no negation;
* (b) ~200 twins that are not rejections in the same shapes and senders: two-line invitations to
  a call, screens passed, attached offers and contracts, second rounds booked in a thread,
  receipts with refusal talk ("either way", "only if there's a match", "if you don't hear from us
  within ..."), recruiter pitches, the reader's own withdrawal confirmed, and business mail about
  choosing a supplier or a candidate for someone else.

Shells: a two-line note (``tl``), a small-business HR platform's message (``hp``), a reply with an
attachment (``ax``), a thread reply with quoted layers (``th``), a recruiter's mail (``rc``), a
public body's or charity's portal notice (``pt``) and a plain email (``em``).

    python data/blind/make_written41.py           # writes the file (seed 410411)
    python data/blind/make_written41.py --langs   # make-up by kind, shell and region
    python data/blind/make_written41.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

SEED = 410411
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import MakerBase, ascii_slug, finish, lengths, makeup, record, run  # noqa: E402

# written-31's kinds, months and address helpers (the batch beside this file)
from make_written31 import AR, IV, MONTHS, NJ, NS, OF, OJ, RJ, mailbox  # noqa: E402

OUT = HERE / "written-41.jsonl"
PROVENANCE = "written for rejectwatch issue 11 twenty-seventh pass as training mail, twenty-ninth batch: short notes, small HR platforms, screens, attachments, small-office threads, public bodies, recruiters, twins (make_written41.py)"
PREFIX = "blind-w41"  # the read-slice prefix: train-only in grouped CV, weight READ_SLICE_WEIGHT
HAM = "ham"
RO = "recruiter_outreach"

# Templates: (name, kind, outfit word, region, shells, subject, core). One copy per shell listed.
REJECTIONS = (
    # two-line notes, no greeting
    ("tl-not-moving", RJ, "Studio", "us", ("tl", "tl", "em"), "Product designer",
     "{first} - we're calling it a day on your application. Ta for the effort."),
    ("tl-passing", RJ, "Labs", "us", ("tl", "hp"), "Backend engineer",
     "{first}, we're going to give this one a miss. Appreciate you chatting with us on {day}."),
    ("tl-gone-other", RJ, "Bakehouse", "uk", ("tl",), "Morning baker",
     "{first} — the early bakes went to someone else. Cheers for coming by."),
    ("tl-not-for-us", RJ, "Consulting", "au", ("tl", "tl"), "Junior analyst",
     "{first}, not quite the fit we need at this stage unfortunately. Go well with the hunt."),
    ("tl-no-offer", RJ, "Partners", "ca", ("tl", "em"), "Office coordinator",
     "{first} - after the call, we've decided not to make an offer. Wishing you well."),
    ("tl-closed-you-out", RJ, "Digital", "sg", ("tl",), "QA tester",
     "Hi {first}, your application for QA tester is closed from our side. Thank you."),
    ("tl-ng-not-proceed", RJ, "Ventures", "ng", ("tl", "em"), "Sales executive",
     "{first}, we will not be going on with you for the sales exec role. Thanks for making it down to the office."),
    ("tl-in-not-selected", RJ, "Infotech", "in", ("tl", "tl"), "Java developer",
     "{first}, profile not selected after technical round. Regards."),
    # small-business HR platforms
    ("hp-bamboo-regret", RJ, "Outfitters", "us", ("hp", "hp", "em"), "Store lead",
     "Thanks for talking with us about the store lead opening. The hiring team looked at where everything landed after the interviews and is continuing with other applicants. Future postings are always open to you."),
    ("hp-breezy-position-filled", RJ, "Roasters", "ca", ("hp", "hp"), "Café supervisor",
     "Quick update on the café supervisor position: it's filled, so we are closing out the remaining applications, yours among them. Thanks for your time with us."),
    ("hp-teamtailor-not-continue", RJ, "Group", "uk", ("hp", "hp"), "Account executive",
     "Thanks for the conversations with us. Having compared everyone we spoke to, we're not taking your account executive application any further. Good luck with it all."),
    ("hp-personio-decision", RJ, "Logistics", "ie", ("hp", "em"), "Warehouse team lead",
     "A decision's been made on the warehouse team lead role, and this time it hasn't gone your way. Cheers for wanting in."),
    ("hp-homerun-warm", RJ, "Collective", "uk", ("hp", "hp"), "Community manager",
     "This one's hard to write. We loved meeting you, but we've offered the community manager job to someone whose events background sat closer to the brief. The task you sent was genuinely thoughtful."),
    ("hp-pinpoint-after-screen", RJ, "Housing", "uk", ("hp",), "Income officer",
     "Thank you for completing the telephone screen for the income officer post. The panel interview stage won't include you. Your details will be removed from our system after six months."),
    ("hp-bamboo-other-route", RJ, "Health", "us", ("hp", "hp"), "Medical receptionist",
     "Many thanks for your medical receptionist application. The practice has gone in another direction for this one. Good luck out there."),
    ("hp-breezy-stage-moved", RJ, "Fitness", "au", ("hp",), "Club manager",
     "The hiring team has set your club manager application to Not Progressing. Thanks for applying, more roles turn up on the careers page."),
    ("hp-teamtailor-sg", RJ, "Commerce", "sg", ("hp", "hp"), "Operations executive",
     "Thank you for waiting on us. After going through the interview feedback, we won't be extending the operations executive position to you. Thanks for considering our company."),
    ("hp-personio-za", RJ, "Solutions", "za", ("hp", "em"), "Payroll administrator",
     "Thanks for coming through for the payroll administrator interview. Regrettably you were unsuccessful this time round. Sterkte with the search."),
    # screens and assessments
    ("sc-mri-safety", RJ, "Imaging", "uk", ("em", "hp"), "MRI radiographer",
     "Thanks for sitting the MRI competency screen on {day}. The panel felt the scanning protocols section wasn't at the level we need for solo evening lists, so we'll leave your application there this time."),
    ("sc-lab-practical", RJ, "Diagnostics", "us", ("em", "th"), "Lab technician",
     "Thank you for completing the bench practical. Your pipetting accuracy results fell outside the range the lab requires, so we'll stop short of a final interview with you."),
    ("sc-clinical-screen-nurse", RJ, "Care Group", "au", ("em", "pt"), "Registered nurse",
     "Thank you for completing the clinical screening questions for the registered nurse role. The medication calculation score was below our pass mark, so we'll close your application at the screening step."),
    ("sc-coding-test", RJ, "Software", "in", ("em", "hp", "tl"), "Software engineer",
     "Thank you for attempting the online coding assessment. Based on the evaluation of your submission, you have not cleared the cut-off for the next round. Best of luck for future opportunities."),
    ("sc-coding-test-us", RJ, "Cloud", "us", ("em", "hp"), "Frontend engineer",
     "Thanks for sending in the take-home. The team went through it on {day} and we're stopping before the onsite. Some of the state handling didn't hold up under the edge cases we test for."),
    ("sc-trial-shift-kitchen", RJ, "Kitchen", "uk", ("tl", "em"), "Commis chef",
     "{first}, ta for the trial on {day}. Chef's gone for a lad with a bit more pastry under the belt, so no commis job for you this time."),
    ("sc-trial-shift-bar", RJ, "Tavern", "ie", ("tl", "em"), "Bar staff",
     "{first}, thanks for doing the trial Saturday. We'll leave it there, the manager went with a lad who's done cocktails before."),
    ("sc-phone-screen-ng", RJ, "Bank", "ng", ("em", "hp"), "Relationship officer",
     "Thank you for the phone conversation on {day}. Following that screening, your application will not proceed to the assessment. Best wishes in your career."),
    ("sc-aptitude-sg", RJ, "Holdings", "sg", ("em",), "Management trainee",
     "Thank you for sitting the aptitude assessment. The scores came in below the benchmark set for this intake, so there will be no interview invitation."),
    ("sc-typing-test", RJ, "Legal", "ca", ("em", "th"), "Legal assistant",
     "Thanks for doing the typing and transcription test. The firm needs someone at 70 wpm for the litigation team, and your result was under that, so we'll leave it at that."),
    ("sc-driving-assessment", RJ, "Couriers", "za", ("em", "tl"), "Delivery driver",
     "Thanks for coming out for the driving assessment on {day}. The assessor failed the reversing section, so no driver job for now."),
    ("sc-vet-working-interview", RJ, "Vets", "au", ("th", "em"), "Vet nurse",
     "Thanks so much for the working interview day. The nursing role is going to another applicant with more anaesthetic monitoring under her belt."),
    # attachments with the decision in the body
    ("ax-uni-letter", RJ, "University", "uk", ("ax", "pt"), "Research assistant",
     "A letter about the research assistant post is attached. Sadly, the panel picked someone else for it. There's brief feedback from the panel in the letter."),
    ("ax-council-outcome", RJ, "Council", "ie", ("ax", "ax"), "Clerical officer",
     "The clerical officer competition outcome letter is attached. You do not appear on the panel that appointments will be drawn from. The letter sets out how to ask for a review."),
    ("ax-firm-letter-ng", RJ, "Chambers", "ng", ("ax", "em"), "Associate counsel",
     "Kindly see the attached letter regarding your interview for associate counsel. Management will not be offering you employment at this time. We thank you for considering the firm."),
    ("ax-charity-letter", RJ, "Trust", "uk", ("ax",), "Fundraising officer",
     "I attach a letter from our chief executive following your interview. Sadly, we have appointed someone else to the fundraising officer role. Thank you for caring about our work."),
    ("ax-school-letter-za", RJ, "High School", "za", ("ax", "ax"), "Maths teacher",
     "Please find attached the SGB's letter. The governing body has recommended another candidate for the maths post, so you were not successful. Thanks for making the trip for the interview."),
    ("ax-hospital-in", RJ, "Hospital", "in", ("ax",), "Staff nurse",
     "PFA the letter regarding the staff nurse interview held on {day}. Regret to inform you were not selected. Thanking you."),
    ("ax-accounting-ca", RJ, "CPA", "ca", ("ax", "th"), "Tax preparer",
     "I've attached our letter for your records. We've filled the seasonal tax preparer position with a candidate who has prior corporate return experience. Thanks again for coming in."),
    # small-office threads
    ("th-dental-receptionist", RJ, "Dental", "uk", ("th", "th"), "Dental receptionist",
     "Thanks for coming in to meet Dr {hm} and the girls. The front desk job is going to someone who's used our booking software before, so we'll say no this time round."),
    ("th-dental-nurse-us", RJ, "Family Dentistry", "us", ("th", "em"), "Dental assistant",
     "It was great meeting you on {day}. The doctor's hiring an assistant who already holds her radiography certificate, so we'll stop things here with you. Thanks for bearing with us."),
    ("th-vet-reception", RJ, "Veterinary", "ca", ("th",), "Client care rep",
     "Thanks for coming by the clinic. We ended up hiring one of our kennel staff into the front desk role, so there's no outside hire needed after all."),
    ("th-law-paralegal", RJ, "Law", "us", ("th", "th", "em"), "Paralegal",
     "Thanks again for meeting with the partners. The offer went to another candidate with deeper e-discovery experience, and she has accepted. We really enjoyed talking with you."),
    ("th-law-trainee-uk", RJ, "Solicitors", "uk", ("th", "em"), "Trainee solicitor",
     "Many thanks for joining the assessment morning. The partners have made their choices for the September training contracts and sadly you aren't among them this year."),
    ("th-accounts-junior", RJ, "Accountants", "ie", ("th", "th"), "Accounts junior",
     "Thanks for calling in for a chat with myself and {other}. We've mulled it over and are going with someone further along the ACCA exams. Best of luck, I'm sure something will come up soon."),
    ("th-optician", RJ, "Opticians", "au", ("th",), "Optical assistant",
     "Cheers for coming in last week. We've found someone with dispensing experience for the optical assistant role. Wishing you all the best."),
    ("th-physio-sg", RJ, "Physio", "sg", ("th", "em"), "Clinic assistant",
     "Thanks for attending the interview at our clinic. The clinic assistant role is going to someone able to start earlier. Wishing you all the best."),
    ("th-pharmacy-ng", RJ, "Pharmacy", "ng", ("th",), "Pharmacy technician",
     "Thanks for stopping by the pharmacy on {day}. Our superintendent pharmacist chose a different person for the role. We appreciate you."),
    # housing associations, charities, councils, universities
    ("pt-housing-assoc", RJ, "Housing Association", "uk", ("pt", "pt"), "Neighbourhood officer",
     "Thanks for sitting the neighbourhood officer assessment. The panel has reached its decision, and sadly the appointment goes elsewhere."),
    ("pt-council-shortlist", RJ, "District Council", "uk", ("pt", "pt"), "Planning technician",
     "Shortlisting for the planning technician post (reference {ref}) is complete, and you are not on the shortlist. Given the numbers who apply, individual feedback isn't available at this stage."),
    ("pt-uni-au", RJ, "University", "au", ("pt", "ax"), "Student advisor",
     "Thanks for applying for the student advisor role. The selection committee has finished assessing, and this round you were unsuccessful."),
    ("pt-charity-ca", RJ, "Foundation", "ca", ("pt",), "Program coordinator",
     "Thanks for interviewing for the program coordinator role. Another candidate received our offer and has accepted it. Grateful you care about this mission."),
    ("pt-council-za", RJ, "Municipality", "za", ("pt", "pt"), "Admin clerk",
     "Your application for admin clerk (ref {ref}) went before the shortlisting panel. Kindly note that you were not shortlisted for the post."),
    ("pt-uni-in", RJ, "Institute", "in", ("pt",), "Project associate",
     "With reference to the walk-in interview held on {day} for project associate, this is to intimate that you are not among the selected candidates. The selected candidates list is on the notice board."),
    ("pt-council-ie", RJ, "County Council", "ie", ("pt", "ax"), "Outdoor staff",
     "Following the recent interviews for general operative, I am directed to advise that you were unsuccessful and won't form part of the appointment panel."),
    ("pt-housing-ng", RJ, "Housing Corporation", "ng", ("pt",), "Estate surveyor",
     "With respect to your interview for estate surveyor, we regret you were unsuccessful. Every good wish."),
    # recruiters: decision and another role in one paragraph
    ("rc-ie-other-role", RJ, "Recruitment", "ie", ("rc", "rc"), "Payroll specialist",
     "Just back from the client on the payroll specialist job. The other candidate got it, more Core experience, so no joy there, but I've a similar role in a medtech company in Galway that would suit you even better, any chance of a chat this week?"),
    ("rc-sg-other-role", RJ, "Search", "sg", ("rc", "rc"), "Finance analyst",
     "Hiring manager came back on the finance analyst role: they are going ahead with another candidate who has the group reporting background. Meanwhile I have an FP&A opening at a logistics firm in Jurong, can I send your CV over?"),
    ("rc-uk-other-role", RJ, "Talent", "uk", ("rc", "em"), "Marketing executive",
     "Feedback from {org2} after your interview: they liked you but went for someone with more paid social, so that one's a no. Meanwhile, a brand executive role has come in in Leeds that's very close, shall we talk tomorrow?"),
    ("rc-us-other-role", RJ, "Staffing", "us", ("rc", "rc"), "Project coordinator",
     "Got the update from the client on the project coordinator role: they're moving forward with an internal candidate. I know that's a letdown, but I have a PMO coordinator contract with a hospital system downtown that suits your background nicely. Ten minutes on the phone?"),
    ("rc-in-other-role", RJ, "Consultants", "in", ("rc",), "Business analyst",
     "Your profile was not shortlisted by the client for the business analyst position after the L1 discussion. However, I have one more BA opening with a fintech in Bangalore, do send an updated resume if you are keen."),
    ("rc-za-other-role", RJ, "Placements", "za", ("rc", "em"), "Debtors clerk",
     "Quick one: the Sandton client chose another person for the debtors clerk post. There's a creditors role in Midrand that could suit you, want me to fire your CV over?"),
    # hedges, no negation
    ("hg-other-candidates-fit", RJ, "Agency", "us", ("em", "hp"), "Content strategist",
     "Interviews are wrapped, and thanks for your patience through them. The team is carrying on with applicants whose experience sits nearer to what the content strategist seat needs right now. Grateful you took the time."),
    ("hg-went-another-way", RJ, "Brewery", "uk", ("em", "tl"), "Taproom manager",
     "Heads up that we've gone a different way with the taproom manager job. Really appreciated you coming in and talking beer with us."),
    ("hg-chosen-other", RJ, "Architects", "ie", ("em", "th"), "Architectural technician",
     "Thanks for applying for the technician role. We've appointed a candidate whose Revit experience suits the current projects best. Best of luck going forward."),
    ("hg-selected-someone", RJ, "Media", "au", ("em",), "Video editor",
     "Thanks heaps for sending your reel through. We've selected an editor who's already worked on our sort of long-form content. All the best."),
    ("hg-offered-elsewhere-ng", RJ, "Energy", "ng", ("em", "hp"), "HSE officer",
     "Thanks for applying for the HSE officer role. A candidate whose site experience most closely matches our requirements has accepted the position. We wish you well."),
    ("hg-matched-in", RJ, "Tech", "in", ("em",), "Data analyst",
     "Thanks for the discussions with our team. We have finalised a candidate whose profile aligns more closely with the requirement. Wishing you the very best."),
    ("tl-za-not-this-time", RJ, "Interiors", "za", ("tl", "tl"), "Junior designer",
     "{first}, it's a no for junior designer from our side. Shot for coming through."),
    ("tl-ie-sorted", RJ, "Garage", "ie", ("tl",), "Apprentice mechanic",
     "{first}, apprentice job's sorted now, went with a young lad from Tullamore. Good luck."),
    ("hp-homerun-ca-wrapped", RJ, "Bikes", "ca", ("hp", "em"), "Bike mechanic",
     "Thanks again for the bench test. We've wrapped up hiring for the shop mechanic role and it went to someone with more suspension work behind them. You were close."),
    ("sc-dbs-clinical-sim", RJ, "Clinic", "ng", ("em", "ax"), "Nurse assistant",
     "We appreciate you sitting the clinical simulation on {day}. The assessors scored your handover below what the ward requires, so you will not be offered the nurse assistant role."),
    ("rc-uk-nhs-agency", RJ, "Locums", "uk", ("rc", "rc"), "Band 5 nurse",
     "The ward manager got back to me and has filled the band 5 post with a nurse off their own bank, so that one's gone, but there's a similar post on a surgical ward at the Royal I can send you now, say the word."),
    ("th-vet-locum-decline", RJ, "Animal Hospital", "us", ("th", "em"), "Veterinary technician",
     "Thanks for the working interview Tuesday. The team met about it and we're going to hire a tech who has more dental experience. We enjoyed having you."),
    ("pt-charity-za-regret", RJ, "Foundation", "za", ("pt", "ax"), "Fieldworker",
     "Thank you for the interview for fieldworker in the Eastern Cape programme. After careful deliberation, the panel appointed another applicant. We value your commitment to our work."),
)

OTHERS = (
    # two-line notes, not rejections
    ("tl-call-invite", IV, "Studio", "us", ("tl", "tl", "em"), "Product designer",
     "{first} - liked your portfolio, can we do a 20 min call {next}? Send me a time."),
    ("tl-call-invite-uk", IV, "Bakehouse", "uk", ("tl", "tl"), "Morning baker",
     "{first} — fancy popping in {next} about 10? Bring your apron. {hm}"),
    ("tl-moving-forward", NS, "Labs", "us", ("tl", "tl"), "Backend engineer",
     "{first}, keen to keep going — next is a system design chat with {other}. Calendar link incoming."),
    ("tl-fit-for-us", IV, "Consulting", "au", ("tl", "em"), "Junior analyst",
     "{first}, keen to have you in for a second chat. Does {next} at 2 work?"),
    ("tl-not-moving-house", HAM, "Partners", "ca", ("tl",), "Office move",
     "{first} - we won't be moving offices until spring after all. Carry on as normal."),
    ("tl-sg-shortlisted", NS, "Digital", "sg", ("tl", "tl"), "QA tester",
     "Hi {first}, you are shortlisted for the QA tester role. HR will whatsapp the test link today."),
    ("tl-ng-come-in", IV, "Ventures", "ng", ("tl", "em"), "Sales executive",
     "{first}, please come to the office {next} by 10am for the second interview. Bring your credentials."),
    ("tl-in-selected", NS, "Infotech", "in", ("tl", "tl"), "Java developer",
     "{first}, cleared technical round. HR round on {next}, details on mail shortly."),
    ("tl-no-decision-yet", AR, "Studio", "uk", ("tl", "tl"), "Illustrator",
     "{first}, no decision yet — two more to see this week. You'll hear yes or no from me by Friday."),
    ("tl-pass-the-file", HAM, "Labs", "us", ("tl",), "Shared drive",
     "{first}, can you pass on the Q3 deck to {other}? We're not moving forward with the old template."),
    ("tl-offer-quick", OF, "Tavern", "ie", ("tl", "tl"), "Bar staff",
     "{first}, you're in. Start Friday at 6, I'll sort your rota after. {hm}"),
    ("tl-withdrawal-ok", OJ, "Consulting", "au", ("tl", "em"), "Junior analyst",
     "{first}, got your note withdrawing — totally understand, congrats on the new job."),
    # HR platforms, not rejections
    ("hp-bamboo-received", AR, "Outfitters", "us", ("hp", "hp", "hp"), "Store lead",
     "Store lead application in! Our hiring team reads every application and will reach out where your experience matches the role. Three quiet weeks probably means the role moved on without you, though your resume is kept for later openings."),
    ("hp-bamboo-interview", IV, "Outfitters", "us", ("hp", "hp"), "Assistant manager",
     "Good news! Our hiring team would love to interview you for the assistant manager opening. Choose a time from the scheduler on {next} or the day after."),
    ("hp-breezy-phone-screen", IV, "Roasters", "ca", ("hp", "hp"), "Café supervisor",
     "Stoked you went for café supervisor. A 15-minute phone screen is the next bit. Pick any slot that works for you in the scheduler; they run until {date}."),
    ("hp-breezy-questionnaire", NS, "Roasters", "ca", ("hp",), "Barista",
     "You've moved up a stage. Please answer three short questions about your availability and latte art before {date} so the team can review."),
    ("hp-teamtailor-received", AR, "Group", "uk", ("hp", "hp", "hp"), "Account executive",
     "Account executive application: received! We read them as they arrive and answer everyone whatever the outcome. If this one doesn't work out, there's an invite to our talent community on the way."),
    ("hp-teamtailor-offer", OF, "Group", "uk", ("hp", "hp"), "Account executive",
     "Delighted to say the account executive role is yours! Your offer and contract sit in the portal ready to sign. Questions welcome any time before {date}."),
    ("hp-personio-interview", IV, "Logistics", "ie", ("hp", "hp"), "Warehouse team lead",
     "An interview slot for warehouse team lead is held for you at our Dublin 12 site on {next}. Please confirm through the link or reply with another time."),
    ("hp-personio-received", AR, "Logistics", "ie", ("hp", "hp"), "Forklift operator",
     "Forklift operator application received. We go through them as they arrive. The team rings those picked for interview, and if the phone stays quiet, don't be discouraged."),
    ("hp-homerun-next", NS, "Collective", "uk", ("hp", "hp"), "Community manager",
     "We really enjoyed your application. Next up is a small task: plan a month of events for a 300-member community. Send it back by {date} and we'll book a call about it."),
    ("hp-homerun-received", AR, "Collective", "uk", ("hp",), "Events producer",
     "Thanks for applying! With four of us doing everything it might take a couple of weeks. An answer's coming whichever way it falls — ghosting applicants isn't our style."),
    ("hp-pinpoint-screen-passed", NS, "Housing", "uk", ("hp", "hp"), "Income officer",
     "Thank you for completing the telephone screen for income officer. You're through to the panel interview stage. Choose a slot from the booking page; interviews run on {next}."),
    ("hp-pinpoint-received", AR, "Housing", "uk", ("hp", "hp"), "Repairs planner",
     "Repairs planner application received. Four weeks after closing, silence from our side means you weren't on this round's shortlist."),
    ("hp-sg-interview", IV, "Commerce", "sg", ("hp", "hp"), "Operations executive",
     "Thanks for applying. A virtual interview for the operations executive position is proposed for {next}; kindly revert with your availability."),
    ("hp-za-received", AR, "Solutions", "za", ("hp", "hp"), "Payroll administrator",
     "Payroll administrator application in, thank you. No feedback from us a month after closing means you should regard it as unsuccessful."),
    ("hp-za-offer", OF, "Solutions", "za", ("hp",), "Payroll administrator",
     "Congratulations! The payroll administrator position has been approved for you. Your offer letter is attached in the portal for signature by {date}."),
    ("hp-bamboo-onboarding", OF, "Health", "us", ("hp", "hp"), "Medical receptionist",
     "Welcome aboard! Please fill in your new-hire packet ahead of your first day, {next}: I-9, direct deposit and the handbook acknowledgement."),
    ("hp-au-status-next", NS, "Fitness", "au", ("hp", "hp"), "Club manager",
     "Your application for club manager has moved to Interview. Someone from the team will ring you this week to find a time."),
    # screens and assessments passed
    ("sc-mri-passed", NS, "Imaging", "uk", ("em", "hp"), "MRI radiographer",
     "Thanks for sitting the MRI competency screen on {day}. You did well on the safety and protocols sections, so the next step is meeting the modality lead on {next}."),
    ("sc-lab-passed", NS, "Diagnostics", "us", ("em", "th"), "Lab technician",
     "Thank you for completing the bench practical. Your results were right where we need them, so the final interview is yours on {next}."),
    ("sc-clinical-passed", NS, "Care Group", "au", ("em", "pt"), "Registered nurse",
     "Thank you for completing the clinical screening questions. You've passed the medication calculations; a panel interview follows on {next}."),
    ("sc-coding-cleared", NS, "Software", "in", ("em", "hp", "tl"), "Software engineer",
     "Congratulations, you have cleared the online coding assessment. The technical interview is scheduled for {next}; the meeting link will be shared one day before."),
    ("sc-coding-us-onsite", IV, "Cloud", "us", ("em", "hp"), "Frontend engineer",
     "Thanks for sending in the take-home — the team really liked how you handled state. Come do the onsite loop with us on {next}?"),
    ("sc-trial-shift-booked", IV, "Kitchen", "uk", ("tl", "em"), "Commis chef",
     "{first}, are you about for a trial {next}, 2 till 10? Whites provided, bring your knives."),
    ("sc-trial-shift-offer", OF, "Tavern", "ie", ("em", "tl"), "Bar staff",
     "{first}, thanks for the trial Saturday, you were flying. Weekend shifts are yours from {next}, if you're still keen."),
    ("sc-phone-screen-ng-next", NS, "Bank", "ng", ("em", "hp"), "Relationship officer",
     "Thank you for the telephone conversation on {day}. You go through to the assessment, which holds at our Victoria Island office on {next} by 9am."),
    ("sc-aptitude-sg-pass", NS, "Holdings", "sg", ("em", "em"), "Management trainee",
     "Thank you for sitting the aptitude assessment. We are happy to invite you to the interview for this intake on {next}."),
    ("sc-typing-passed", NS, "Legal", "ca", ("em",), "Legal assistant",
     "You passed the typing and transcription test comfortably. Up next: a short interview with the litigation clerk on {next}."),
    ("sc-driving-booked", NS, "Couriers", "za", ("em", "tl"), "Delivery driver",
     "Please come for the driving assessment {next} at 8am at the depot. Bring your licence and PrDP."),
    ("sc-vet-working-day", IV, "Vets", "au", ("th", "em"), "Vet nurse",
     "Keen for you to do a working interview day on {next}, 8 until 2. Wear scrubs and closed shoes."),
    ("sc-screen-not-yet-scored", AR, "Imaging", "uk", ("em",), "Sonographer",
     "Thanks for sitting the screening on {day}. The results go to the panel on Friday, and a yes or a no will come to you before the following Friday."),
    # attachments that are offers, contracts, invitations
    ("ax-uni-offer", OF, "University", "uk", ("ax", "pt"), "Research assistant",
     "Please find attached a letter confirming our offer of the research assistant post. I'm delighted the panel chose you. The letter sets out the salary point and the start date of {date}."),
    ("ax-council-panel", OF, "Council", "ie", ("ax", "ax"), "Clerical officer",
     "The clerical officer competition outcome letter is attached. You're on the panel at position 3, and an assignment will be offered as one arises."),
    ("ax-firm-offer-ng", OF, "Chambers", "ng", ("ax", "em"), "Associate counsel",
     "Kindly see the attached offer letter for the position of associate counsel. Please sign and return a copy by {date} to indicate acceptance."),
    ("ax-charity-contract", OF, "Trust", "uk", ("ax", "ax"), "Fundraising officer",
     "I attach your contract and the new starter form. We're all really pleased you're joining, and I'll see you on {next} at 9.30."),
    ("ax-school-invite-za", IV, "High School", "za", ("ax", "ax"), "Maths teacher",
     "Please find attached the invitation to interview for the maths post. The interview is on {next} at 14:00 in the staff room; certified copies of qualifications are required on the day."),
    ("ax-hospital-in-selected", OF, "Hospital", "in", ("ax", "ax"), "Staff nurse",
     "PFA your staff nurse appointment letter. Kindly report to the nursing superintendent on {next} with original documents."),
    ("ax-accounting-ca-contract", OF, "CPA", "ca", ("ax", "th"), "Tax preparer",
     "I've attached the seasonal contract for the tax preparer position. Sign where flagged and send it back when you can; a start on {next} would be ideal."),
    ("ax-policy-doc", HAM, "Accountants", "ie", ("ax",), "Updated holiday policy",
     "Please see the attached updated holiday policy. The only change is that requests for December now need to be in by the end of October."),
    ("ax-reference-form", NS, "Housing Association", "uk", ("ax", "ax"), "Neighbourhood officer",
     "Please find attached the reference request form and DBS instructions. The panel is proceeding with you, subject to references."),
    ("ax-timetable", IV, "University", "au", ("ax", "ax"), "Student advisor",
     "Attached is the schedule for your interview day on {next}: a presentation to the panel at 10 and a meeting with the team at 11."),
    # thread replies booking rounds
    ("th-dental-second", IV, "Dental", "uk", ("th", "th"), "Dental receptionist",
     "Thanks for coming in to meet Dr {hm} and the team. Any chance you'd pop back on {next} at 12.30 for a second natter and a peek at the booking system?"),
    ("th-dental-us-offer", OF, "Family Dentistry", "us", ("th", "em"), "Dental assistant",
     "It was great meeting you on {day}. The doctor is offering you the assistant position, starting {next}. I'll send over the paperwork today."),
    ("th-vet-second", IV, "Veterinary", "ca", ("th", "th"), "Client care rep",
     "Thanks for coming by the clinic. Could you come back {next} to shadow the front desk for a couple of hours? We'd like the practice manager to meet you."),
    ("th-law-second", IV, "Law", "us", ("th", "th", "em"), "Paralegal",
     "Thanks again for meeting with the partners. They'd like round two with you and the litigation team on {next} at 3pm. Does that suit?"),
    ("th-law-trainee-next", NS, "Solicitors", "uk", ("th", "em"), "Trainee solicitor",
     "Many thanks for joining the assessment morning. The partners are asking you back for the final interview with the training principal on {next}."),
    ("th-accounts-offer", OF, "Accountants", "ie", ("th", "th"), "Accounts junior",
     "Thanks for calling in for a chat with myself and {other}. Job's yours, if you'll have us. Contract will follow in the post, and a start on {next} would suit us."),
    ("th-optician-trial", IV, "Opticians", "au", ("th",), "Optical assistant",
     "Thanks for your time last week. Could {next} work for a half-day in store with the dispensing team?"),
    ("th-physio-sg-second", IV, "Physio", "sg", ("th", "th"), "Clinic assistant",
     "Thanks for attending the interview at our clinic. Our senior physio would like a second round with you on {next} at 11am."),
    ("th-pharmacy-ng-offer", OF, "Pharmacy", "ng", ("th", "th"), "Pharmacy technician",
     "Thanks for stopping by the pharmacy on {day}. Our superintendent pharmacist has approved your engagement as pharmacy technician. Kindly resume on {next}."),
    ("th-dental-reschedule", OJ, "Dental", "ie", ("th", "th"), "Dental nurse",
     "Dr {hm} is off sick on the day we'd set, so we need to shift your interview to {next} at 4. Sorry for the change."),
    ("th-law-withdrawal", OJ, "Law", "us", ("th", "th"), "Legal secretary",
     "Ah, congrats on accepting the other position! Completely understood, and we've closed your file on our side. Congratulations."),
    ("th-vet-withdrawal-uk", OJ, "Vets", "uk", ("th",), "Auxiliary",
     "All sorted, your application's withdrawn like you asked. All the luck in the new place and pop in if you're passing."),
    ("th-accounts-still-deciding", AR, "Accountants", "ca", ("th", "th"), "Bookkeeper",
     "Apologies, I've been snowed under. We're still meeting people this week, nothing decided yet. I'll have an answer for you by {next}, good or bad."),
    # housing associations, charities, councils and universities: receipts with refusal talk
    ("pt-housing-received", AR, "Housing Association", "uk", ("pt", "pt", "pt"), "Neighbourhood officer",
     "Your neighbourhood officer form is safely in. Shortlisting happens when the advert closes. Three weeks on, no word from us means no interview this time. We regret we are unable to answer each applicant personally."),
    ("pt-council-received", AR, "District Council", "uk", ("pt", "pt"), "Planning technician",
     "Your application for the planning technician post (reference {ref}) is logged. We will write to you either way once shortlisting is complete, which we expect to be by {date}."),
    ("pt-council-shortlisted", IV, "District Council", "uk", ("pt", "pt"), "Planning technician",
     "Shortlisting for the planning technician post (reference {ref}) is complete and you are on the shortlist. Interview: {next}. Please confirm you can attend."),
    ("pt-uni-au-received", AR, "University", "au", ("pt", "pt"), "Student advisor",
     "Cheers for your student advisor application. The selection committee sits after the closing date, and each applicant gets word of the outcome, successful or not."),
    ("pt-charity-ca-received", AR, "Foundation", "ca", ("pt", "pt"), "Program coordinator",
     "Your program coordinator application landed safely. Where there's a match to the role, expect contact from us. We're grateful for every application from people who care about our mission."),
    ("pt-charity-uk-volunteer", OF, "Trust", "uk", ("pt", "pt"), "Volunteer befriender",
     "Lovely that you signed up as a befriender. We're pleased to confirm your place on the training course starting {next}. Your DBS check has come back clear."),
    ("pt-council-za-shortlisted", IV, "Municipality", "za", ("pt", "pt"), "Admin clerk",
     "Your application for admin clerk (ref {ref}) went before the shortlisting panel. Kindly note you are shortlisted, with an interview set for {next} at 10:00."),
    ("pt-council-za-received", AR, "Municipality", "za", ("pt", "pt"), "Library assistant",
     "Your application for library assistant (ref {ref}) has been received. Any applicant without contact from us three months after the closing date must take it that the application failed."),
    ("pt-uni-in-walkin", IV, "Institute", "in", ("pt", "pt"), "Project associate",
     "With reference to your project associate application, you are requested to appear for walk-in interview on {next}, reporting time 10:30 hrs, carrying original certificates."),
    ("pt-council-ie-received", AR, "County Council", "ie", ("pt", "pt"), "General operative",
     "General operative application received, with thanks. Where large numbers apply, the council may shortlist. Candidates not shortlisted will be told so in writing, and everyone else will be invited to interview."),
    ("pt-housing-ng-invite", IV, "Housing Corporation", "ng", ("pt",), "Estate surveyor",
     "Further to your estate surveyor application, kindly attend an interview on {next} at our Abuja office."),
    ("pt-housing-allocation", NJ, "Housing Association", "uk", ("pt", "pt"), "Your housing application",
     "Thank you for bidding on the two-bedroom flat at {street}. The property went to a household in a higher priority band. You stay on the register and can keep bidding each week."),
    ("pt-housing-register", AR, "Housing Association", "ie", ("pt", "pt"), "Housing list",
     "Your housing list form has been logged. We'll be in contact only where a suitable property comes up that matches your needs; your place holds without reapplying."),
    ("pt-uni-course-full", NJ, "University", "uk", ("pt", "pt"), "Short course",
     "Thanks for enquiring about the evening Spanish course. Unfortunately every seat has gone, so we've popped you onto the waiting list for the spring term."),
    ("pt-charity-grant", NJ, "Foundation", "ca", ("pt",), "Community grant",
     "We read your neighbourhood grants program proposal with interest. There were many strong ones and yours could not be funded in this round. The fall round opens in September."),
    ("pt-council-permit", NJ, "County Council", "ie", ("pt", "pt"), "Market stall",
     "Your application for a Saturday market stall has been considered. We regret that all pitches for the season have been allocated. Reserve list: you're on it."),
    ("pt-uni-placement-confirmed", OF, "University", "sg", ("pt", "pt"), "Research internship",
     "We are pleased to confirm your placement in the summer research internship with the materials lab, from {next} for ten weeks."),
    ("pt-council-withdrawn", OJ, "Council", "au", ("pt", "pt"), "Customer service officer",
     "As requested, we've withdrawn you from the customer service officer process. Future roles remain open to you."),
    # recruiters: pitches, offers, shortlists
    ("rc-ie-pitch", RO, "Recruitment", "ie", ("rc", "rc"), "Payroll role",
     "Your profile jumped out for a payroll specialist role with a medtech company in Galway, hybrid, good package. Worth a chat this week?"),
    ("rc-ie-shortlist", NS, "Recruitment", "ie", ("rc", "rc"), "Payroll specialist",
     "Just back from the client on the payroll specialist job. They've asked to see you again on {next}, the finance director will be on it too. Can I confirm?"),
    ("rc-sg-pitch", RO, "Search", "sg", ("rc", "rc"), "FP&A role",
     "I have an FP&A opening at a logistics firm in Jurong that matches your background quite well. Are you exploring opportunities at the moment? Happy to share more details."),
    ("rc-sg-offer", OF, "Search", "sg", ("rc", "rc"), "Finance analyst",
     "Hiring manager came back on the finance analyst role: they want to extend you an offer. I will send the letter across once HR releases it, likely by {date}."),
    ("rc-uk-pitch", RO, "Talent", "uk", ("rc", "rc"), "Brand executive",
     "There's a brand executive role in Leeds that looks a cracking match for you. Ring tomorrow?"),
    ("rc-uk-interview", IV, "Talent", "uk", ("rc", "em"), "Marketing executive",
     "Feedback from {org2} after your CV went over: interview on {next}, 11am start, should that suit. It's at their Manchester office, I'll send the address."),
    ("rc-us-pitch", RO, "Staffing", "us", ("rc", "rc"), "PMO coordinator",
     "I have a PMO coordinator contract with a hospital system downtown that fits you like a glove. Could we talk this week?"),
    ("rc-us-offer", OF, "Staffing", "us", ("rc", "rc"), "Project coordinator",
     "Great news on the project coordinator role: the client wants to bring you on! Start date would be {next}, and I'll send the assignment paperwork this afternoon."),
    ("rc-in-shortlisted", NS, "Consultants", "in", ("rc", "rc"), "Business analyst",
     "Your profile has been shortlisted by the client for the business analyst position. The L2 discussion is on {next}, please confirm your availability."),
    ("rc-za-put-forward", NS, "Placements", "za", ("rc", "rc"), "Debtors clerk",
     "Just a quick one: the client in Sandton liked your CV for the debtors clerk post and wants to see you {next} at 9. Shout if that's a problem."),
    ("rc-withdrawal-confirmed", OJ, "Staffing", "us", ("rc", "rc"), "Project coordinator",
     "Got your message, and no worries at all, I've let the client know you're withdrawing since you've accepted elsewhere. Congrats, and keep me in mind down the road."),
    ("rc-ng-pitch", RO, "HR Consulting", "ng", ("rc", "rc"), "Credit analyst",
     "We are recruiting a credit analyst for a leading microfinance bank in Lagos. Your profile looks like a good fit. Kindly send your updated CV if interested."),
    ("rc-au-pitch", RO, "Recruitment", "au", ("rc",), "Site administrator",
     "Got a site administrator role on my desk with a civil contractor out near Parramatta, 12-month contract. Keen for a chat if you're looking?"),
    ("rc-client-no-other", HAM, "Staffing", "us", ("rc", "em"), "Candidate shortlist for you",
     "Here are the three candidates for your controller search. I've ranked them, but we'll pass on the fourth one we discussed, as her salary ask is well above your range. Let me know who you'd like to meet."),
    # business mail choosing a supplier or someone else's candidate
    ("bz-supplier-chosen", HAM, "Dental", "uk", ("em", "th"), "Cleaning contract",
     "FYI, we're switching to the other cleaning company from next month; their quote included the surgery deep clean. Could you let the current contractor know?"),
    ("bz-vet-supplier", HAM, "Veterinary", "ca", ("em", "th"), "Drug wholesaler",
     "We've chosen the second wholesaler for the clinic's pharmacy orders. Please set up the account and cancel the trial with the other supplier by {date}."),
    ("bz-law-hire-other", HAM, "Law", "us", ("th", "em"), "Paralegal hire",
     "Partners agreed on Lauren for the paralegal seat. Please send the regret emails to the other two finalists and start the onboarding paperwork."),
    ("bz-accounts-software", HAM, "Accountants", "ie", ("em", "th"), "Practice software",
     "We went with the cloud practice software in the end, the other one couldn't handle the payroll bureau. Can you book the training for the team?"),
    ("bz-charity-venue", HAM, "Trust", "uk", ("em",), "Gala venue",
     "The board has picked the hotel for the gala over the museum, as the museum couldn't take a seated dinner. I'll sign the contract on Monday."),
    ("bz-uni-panel-note", HAM, "University", "au", ("em", "th"), "Panel notes",
     "The committee has agreed to recommend candidate B for the lecturer post. Please prepare the recommendation form and the letters to the unsuccessful applicants."),
    ("bz-sg-vendor", HAM, "Holdings", "sg", ("em", "em"), "Vendor selection",
     "Management has approved the second vendor for the office renovation. Please inform the other two vendors that they were not selected and arrange the site handover."),
    ("bz-ng-contractor", HAM, "Energy", "ng", ("em",), "Contractor selection",
     "The tender committee has selected the Port Harcourt firm for the generator maintenance. Kindly notify the other bidders and prepare the award letter."),
    ("bz-in-candidate-client", HAM, "Consultants", "in", ("em", "em"), "Client feedback",
     "Client has selected Priya for the BA role and rejected the other two profiles. Please update the tracker and raise the invoice after joining."),
    ("bz-za-supplier", HAM, "Couriers", "za", ("em",), "Tyre supplier",
     "We are changing tyre suppliers from next month. The new one gave us a better fleet rate. Please update the maintenance schedule."),
    # hedge twins (same senders, not decisions)
    ("hg-still-meeting", AR, "Agency", "us", ("em", "hp"), "Content strategist",
     "Interviews are still running, so thanks for your patience with the wait. Conversations carry on this week and nothing is settled on the content strategist role; everyone hears once it is."),
    ("hg-brewery-trial", IV, "Brewery", "uk", ("em", "tl"), "Taproom manager",
     "Really enjoyed having you in to talk beer. Can you come and run the bar with us on {next} evening as a trial?"),
    ("hg-architects-appointed-you", OF, "Architects", "ie", ("em", "th"), "Architectural technician",
     "Thanks for applying for the technician role. We're appointing you, starting on {next}. Your Revit experience suits the current projects perfectly."),
    ("hg-media-shortlist", NS, "Media", "au", ("em", "em"), "Video editor",
     "Thanks heaps for sending your reel through. You're on our shortlist — next step is a paid test edit, footage will land in your inbox by {date}."),
    ("hg-energy-received", AR, "Energy", "ng", ("em", "hp"), "HSE officer",
     "HSE officer application logged, thank you. It sits under review now, and the next stage goes ahead with shortlisted applicants, who get a call from our HR desk."),
    ("hg-tech-finalised-date", OJ, "Tech", "in", ("em", "em"), "Data analyst",
     "We have finalised the date for your interview as {next}, 11 AM, at the Whitefield office. Please carry a government ID."),
    ("hg-tech-other-team", HAM, "Tech", "in", ("em",), "Team update",
     "We have finalised a candidate for the data lead role in the Chennai team; {other} will join on the 1st. Please welcome her."),
)

REGIONS = {  # people, cities, phone
    "us": ((("Tasha", "Delgado"), ("Brent", "Kowalski"), ("Marcy", "Lindqvist"), ("Jerome", "Watts"), ("Lena", "Ortiz")), ("Columbus", "Raleigh", "Spokane", "Tucson"), "(614) 555-{0}"),
    "uk": ((("Shelley", "Barraclough"), ("Gaz", "Pritchard"), ("Nadia", "Hussain"), ("Kev", "Lomax"), ("Imran", "Qureshi")), ("Preston", "Swindon", "Hull", "Dundee"), "07700 9{0}"),
    "ie": ((("Siobhán", "Mulcahy"), ("Declan", "Furlong"), ("Aoife", "Brennan"), ("Ciarán", "Tobin")), ("Limerick", "Sligo", "Naas", "Carlow"), "087 {0}"),
    "ca": ((("Chantal", "Leblanc"), ("Tyler", "MacNeil"), ("Priya", "Sandhu"), ("Owen", "Bergeron")), ("Moncton", "Regina", "Guelph", "Nanaimo"), "(506) 555-{0}"),
    "au": ((("Kylie", "Hartnett"), ("Shane", "Moloney"), ("Mel", "Costa"), ("Bodhi", "Nguyen")), ("Ballarat", "Cairns", "Wollongong", "Bunbury"), "0412 {0}"),
    "in": ((("Sunita", "Kulkarni"), ("Rohit", "Bhatia"), ("Farhan", "Shaikh"), ("Deepa", "Iyer")), ("Nagpur", "Mysuru", "Noida", "Coimbatore"), "+91 98{0}"),
    "sg": ((("Wei Ling", "Tan"), ("Darren", "Lim"), ("Nur Aisyah", "Rahman"), ("Karthik", "Subramaniam")), ("Tampines", "Bishan", "Jurong East", "Toa Payoh"), "+65 9{0}"),
    "za": ((("Thandi", "Mokoena"), ("Riaan", "du Plessis"), ("Naledi", "Khumalo"), ("Ashwin", "Govender")), ("Bloemfontein", "Durban", "Gqeberha", "Centurion"), "082 {0}"),
    "ng": ((("Chiamaka", "Okafor"), ("Tunde", "Adebayo"), ("Aisha", "Bello"), ("Emeka", "Nwosu")), ("Ibadan", "Enugu", "Kano", "Abeokuta"), "+234 803 {0}"),
}
ZONES = {"uk": ("+0000", "+0100"), "ie": ("+0000", "+0100"), "us": ("-0500", "-0600", "-0400"), "ca": ("-0400", "-0600", "-0800"), "au": ("+1000", "+0930", "+0800"),
         "in": ("+0530",), "sg": ("+0800",), "za": ("+0200",), "ng": ("+0100",)}
OTHER_NAMES = ("Ruth", "Marcus", "Ifeoma", "Conor", "Mei", "Sipho", "Anika", "Dale")
PREFIXES = ("Ashgrove", "Brightwater", "Cedarline", "Dunmore", "Elmfield", "Foxhollow", "Greystone", "Hazelmere", "Ironbark", "Juniper", "Kestrel", "Lindenwood", "Moorgate", "Northbank")
CLIENTS = ("Halden Foods", "Brightpath Insurance", "Corrib Medical", "Tessellate Media")
# Small-business HR platforms (invented), each with its own footer.
PLATFORMS = (
    ("Hirewell", "hirewell", "Powered by Hirewell HR · delivered on behalf of {org}, where you put in an application."),
    ("Breezeway", "breezeway-hr", "Sent with Breezeway · {org} careers · Manage your candidate profile"),
    ("Crewtailor", "crewtailor", "Crewtailor carried this note from {org}. See {org}'s candidate privacy notice for how your data is held."),
    ("Personable", "personable-hr", "{org} · Recruiting by Personable · Answers to this mailbox go nowhere; the candidate portal reaches the team."),
    ("Homestretch", "homestretch", "Homestretch · the hiring tool for small teams · Withdraw or update your application from your candidate page"),
    ("Pinmark", "pinmark", "Sent via Pinmark on behalf of {org}. Fewer job emails from {org}? Adjust your preferences."),
)
READER_NOTES = ("Cheers for having me in on the day, the whole crew were so welcoming.", "Hi, just circling back on last week's visit. Loved seeing the place.",
                "Really enjoyed today! Happy to send referee details whenever suits.", "Thank you, and apologies again that the bus made me a few minutes late.")
OFFICE_NOTES = ("Got your CV, thank you. Would {day} at 11 suit to pop over? We're on {street}, park round the back by the bins.",
                "Lovely to get your note. Could {day} work for a sit-down with myself and one of the partners?",
                "CV received with thanks. Can we grab half an hour with you on {day}?")
TH_PREFIX = ("RE: Re: ", "Re: Re: ", "RE: [External] Re: ", "Re: ")
AX_FILES = ("Outcome_letter", "Letter_{surname}", "{org_slug}_letter", "Scan_0{n}", "Application_{surname}")
RC_FOOTERS = ("{agency} is an employment agency and employment business. If you'd rather not hear from us, just reply STOP.",
              "{agency} | Licence no. {n}8{n}1 | Confidential: intended for the named recipient alone.",
              "Connect with {agency} on the usual networks. Our privacy policy sits on our website.",
              "{agency} — placing people since 2009")
PT_FOOTERS = ("Generated by the {org} recruitment system. The mailbox behind it is unstaffed.",
              "{org} | Equal opportunities employer | Registered charity no. {n}0{n}4{n}",
              "You can view your applications any time by logging in to the {org} jobs portal.",
              "Queries go to the HR team, quoting your reference; this mailbox is send-only.")


class Maker(MakerBase):
    def context(self, word: str, region: str) -> dict:
        rng = self.rng
        people, cities, phone = REGIONS[region]
        (hm, hm_sur), (first, surname) = rng.sample(people, 2)
        org = f"{rng.choice(PREFIXES)} {word}"
        sent = datetime(2018, 9, 3, 7, 0) + timedelta(days=rng.randrange(7 * 365), minutes=rng.randrange(13 * 60), seconds=rng.randrange(60))
        later = sent + timedelta(days=rng.randrange(3, 12))
        before = sent - timedelta(days=rng.randrange(2, 9))
        return {
            "first": first, "surname": surname, "full": f"{first} {surname}", "hm": hm, "hm_full": f"{hm} {hm_sur}",
            "org": org, "org2": rng.choice(CLIENTS), "dom": f"{ascii_slug(org)}.example", "region": region, "city": rng.choice(cities),
            "other": rng.choice([o for o in OTHER_NAMES if o not in (first, hm)]), "street": rng.choice(("Church Street", "Station Road", "Market Square", "Victoria Avenue")),
            "next": f"{later:%A} {later.day} {MONTHS[later.month - 1]}", "date": f"{later.day} {MONTHS[later.month - 1]}",
            "day": f"{before:%A} {before.day} {MONTHS[before.month - 1]}", "sent": sent, "phone": phone.format(rng.randrange(1000, 9999)),
            "ref": f"{rng.choice('HRPCT')}{rng.randrange(100, 999)}/{sent:%y}", "datehdr": f"{sent:%a, %d %b %Y %H:%M:%S} {rng.choice(ZONES[region])}",
        }

    def shell(self, code: str, subject: str, core: str, c: dict) -> tuple[str, str, str]:  # noqa: PLR0911 - one branch per shell
        """The subject, body and sender of one shape around ``core``."""
        rng = self.rng
        org, dom, first, hm = c["org"], c["dom"], c["first"], c["hm"]
        person = f"{c['hm_full']} <{mailbox(c['hm_full'].replace(' ', '.'), 'team')}@{dom}>"
        me = f"{c['full']} <{mailbox(first + '.' + c['surname'], 'reader')}@post.example>"
        own = core.startswith((first, "Hi ", "Hey", "Dear", "Thank", "Thanks", "Good news", "Congratulations", "Welcome", "We"))
        hello = "" if own else f"{rng.choice(('Hi', 'Hello', 'Dear', 'Morning'))} {first},\n\n"
        n = rng.randrange(1, 9)
        if code == "tl":  # a two-line note, no greeting, a first name
            return (rng.choice((subject, f"Re: {subject}", subject.lower())), f"{core}\n{rng.choice((hm, '- ' + hm, hm[0]))}", person)
        if code == "em":  # a plain email from a person
            sign = rng.choice((hm, c["hm_full"], f"{hm}\n{org}", f"Kind regards,\n{c['hm_full']}"))
            tail = rng.choice(("Sent from my iPhone", c["phone"], "", ""))
            return (subject, f"{hello}{core}\n\n{sign}\n{tail}".rstrip(), person)
        if code == "hp":  # a small-business HR platform's message
            name, pdom, foot = rng.choice(PLATFORMS)
            return (f"{subject} at {org}" if rng.random() < 0.5 else f"An update from {org}",
                    f"{hello}{core}\n\n{rng.choice(('Best', 'Thanks', 'Warmly', 'Cheers for now'))},\n{c['hm_full']}\n{org}\n\n{foot.format(org=org)}",
                    f"{org} via {name} <notifications@{pdom}.example>")
        if code == "ax":  # a reply carrying an attached letter
            fname = rng.choice(AX_FILES).format(surname=c["surname"], org_slug=ascii_slug(org)[:12], n=n)
            size = rng.randrange(48, 420)
            return (rng.choice((f"Re: {subject}", f"{subject} - letter", f"Your application: {subject}")),
                    f"{hello}{core}\n\n{rng.choice(('Kind regards', 'Regards', 'Best wishes', 'Many thanks'))},\n{c['hm_full']}\n{org}\n\n[Attachment: {fname}.pdf ({size} KB)]",
                    person)
        if code == "th":  # a thread reply from a small office, quoted layers below
            note_at = c["sent"] - timedelta(hours=rng.randrange(6, 80))
            first_at = note_at - timedelta(days=rng.randrange(3, 9))
            note = rng.choice(READER_NOTES)
            arrange = rng.choice(OFFICE_NOTES).format(**c)
            if rng.random() < 0.5:
                quoted = (f"--- earlier message ---\nFrom: {me}\nSent: {note_at:%a %d/%m/%Y %H:%M}\nTo: {person}\nSubject: Re: {subject}\n\n{note}"
                          f"\n\n--- earlier message ---\nFrom: {person}\nSent: {first_at:%a %d/%m/%Y %H:%M}\nTo: {me}\nSubject: {subject}\n\n{arrange}")
            else:
                quoted = f"On {note_at:%d/%m/%Y %H:%M}, {c['full']} wrote:\n> {note}\n>\n> On {first_at:%d/%m/%Y %H:%M}, {c['hm_full']} wrote:\n>> {arrange}"
            sig = f"{hm}\n{rng.choice(('Practice Manager', 'Office Manager', 'Partner', 'Clinic Coordinator', 'Receptionist'))} | {org}\n{c['street']}, {c['city']} | {c['phone']}"
            return (rng.choice(TH_PREFIX) + subject, f"{hello}{core}\n\n{sig}\n\n{quoted}", person)
        if code == "rc":  # a recruiter's mail
            agency = f"{rng.choice(PREFIXES)} {rng.choice(('Recruitment', 'Talent Partners', 'People', 'Search'))}"
            foot = rng.choice(RC_FOOTERS).format(agency=agency, n=n)
            rec = f"{c['hm_full']} <{mailbox(c['hm_full'].replace(' ', '.'), 'rec')}@{ascii_slug(agency)}.example>"
            return (rng.choice((subject, f"Re: {subject}", f"{subject} - update", f"Quick one re {subject.lower()}")),
                    f"Hi {first},\n\n{core}\n\n{rng.choice(('Cheers', 'Thanks', 'Best'))},\n{hm}\n{c['hm_full']} | {rng.choice(('Senior Consultant', 'Recruitment Consultant', 'Talent Partner', 'Associate Director'))}\n{agency} | {c['phone']}\n\n{foot}",
                    rec)
        if code == "pt":  # a public body's, charity's or university's portal notice
            foot = rng.choice(PT_FOOTERS).format(org=org, n=n)
            return (rng.choice((f"{subject} - {c['ref']}", f"Your application: {subject}", f"{org}: {subject}")),
                    f"Dear {first} {c['surname']},\n\n{rng.choice(('Reference', 'Vacancy ref', 'Application no.'))}: {c['ref']}\n\n{core}\n\n{rng.choice(('Yours sincerely', 'Kind regards', 'With best wishes'))},\n\n{rng.choice(('Recruitment Team', 'HR Services', 'People Team', c['hm_full']))}\n{org}\n\n{foot}",
                    f"{org} <{rng.choice(('jobs', 'recruitment', 'noreply', 'hr'))}@{dom}>")
        raise ValueError(code)

    def add(self, name: str, kind: str, word: str, region: str, code: str, subject: str, core: str) -> None:  # noqa: PLR0917 - a template's fields
        c = self.context(word, region)
        subj, body, sender = self.shell(code, subject.format(**c), core.format(**c), c)
        self.shells[(kind, code)] += 1
        self.regions[(region, "rejection" if kind == RJ else "other")] += 1
        self.records.append(record(subj, body, sender, kind=kind, family=f"{PREFIX}-{name}", provenance=PROVENANCE, to=f"{c['full']} <{mailbox(c['first'] + '.' + c['surname'], 'reader')}@post.example>", date=c["datehdr"]))


def build(maker: Maker | None = None) -> list[dict]:
    maker = maker or Maker(random.Random(SEED))
    for table in (REJECTIONS, OTHERS):
        for name, kind, word, region, shells, subject, core in table:
            for code in shells:
                maker.add(name, kind, word, region, code, subject, core)
    return finish(maker.records, maker.rng, "w41")


def langs(maker: Maker, records: list[dict]) -> int:
    """Print the make-up by kind, kind/shell and region (no message text)."""
    return makeup(records, (("kind / shell", maker.shells), ("region / label", maker.regions)), lengths(records))


def main(argv: list[str]) -> int:
    maker = Maker(random.Random(SEED))
    records = build(maker)
    return run(argv, OUT, records, lambda: langs(maker, records))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
