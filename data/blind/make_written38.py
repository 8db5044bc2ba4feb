# ruff: noqa: E501, S311
"""Write data/blind/written-38.jsonl: training mail, twenty-sixth batch (hostile non-rejections).

Twenty-sixth pass, part C. The shipped models file about one other mail in forty on their sealed
slices (36 in 1,476 filings); the kinds are always the same. This batch writes them in new
wordings and shapes, with the true refusals from the same senders in the same shapes as twins:

* (a) ~200 mails that are NOT rejections and talk like one: receipts with a refusal that has not
  happened (a conditional about not being selected and the CV kept, "whichever way it goes",
  "we only write if there is a match", "no word in three weeks means ..."), talent-pool
  welcomes, "in review" statuses and pauses, refusals that are not about a job (a flat, a loan,
  a grant, a club place, a guest list, a school place), staff news naming who was appointed, the
  reader's own withdrawal confirmed, notes to a hiring manager or referrer about someone else,
  and interviews, next steps and offers with apologetic words ("the 3 pm slot is gone, could
  you do 4:15?", "we regret the delay: here is your offer");
* (b) ~70 true rejections from the same kinds of sender (ATS, a recruiter, an agency, a public
  body, a thread reply, an HTML mail), so the batch does not teach that these senders never
  refuse.

US, UK, Irish, Indian, Australian, Canadian, Singaporean, South African and Nigerian English,
and German, French, Spanish, Portuguese, Dutch and Italian. Every template is one family of two
copies, one per shell listed, each copy its own reader, signer, outfit, city and date; every
address and link is under ``.example``.

    python data/blind/make_written38.py           # writes the file (seed 380381)
    python data/blind/make_written38.py --langs   # make-up by kind, shell and place
    python data/blind/make_written38.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

SEED = 380381
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import MakerBase, finish, lengths, makeup, record, run, sealed  # noqa: E402

# written-31's kinds, months and address helpers (the batch beside this file)
from make_written31 import AR, IV, MONTHS, NJ, NS, OF, OJ, RJ, mailbox  # noqa: E402

OUT = HERE / "written-38.jsonl"
PROVENANCE = "written for rejectwatch issue 11 twenty-sixth pass as training mail, twenty-sixth batch, hostile non-rejections and their refusal twins (make_written38.py)"
PREFIX = "blind-w38"  # the read-slice prefix: train-only in grouped CV, weight READ_SLICE_WEIGHT
SEALED = sealed(25)  # never opened, skipped by name (an earlier first, as when written)
HAM = "ham"

# Templates: (name, kind, place, sector, shells, subject, core). One copy per shell listed.
# place: us uk ie in au ca sg za ng (English) or de fr es pt nl it.
# sector: job (an employer), bank, home (a landlord or agent), club, fund, event, school.
OTHERS = (
    # --- receipts that talk about a refusal that has not happened
    ("cv-held-if-not-matched", AR, "us", "job", ("ats", "ht"), "We received your application: {role}",
     "Thanks for applying to {role} at {org}. A recruiter reads every submission, so allow us around three weeks. In the event your background doesn't line up with this opening, we'd still hang on to your résumé for a year and reach back out when something closer appears."),
    ("whichever-way-panel", AR, "uk", "job", ("ps", "ats"), "Application received - {role} (ref {ref})",
     "We've got what you sent for {role}. Shortlisting closes on {date}. Whichever way the panel goes, we hold applications for half a year and may look at you for similar posts, unless you ask us to remove yours."),
    ("revert-only-if-matching", AR, "in", "job", ("ats", "pm"), "Profile received for {role}",
     "Greetings from {org}! Your profile for the {role} opening has been received at our end. Kindly note our hiring team will revert only where the profile is matching the requirement; we request you not to send duplicate applications meanwhile."),
    ("fortnight-after-closing", AR, "au", "job", ("ats", "ht"), "Thanks for applying, {first}",
     "Good on you for going for {role}. We get a heap of applications, so if a fortnight passes after close with no call from us, you can take it that others have got the nod this round. Good luck!"),
    ("answer-everyone-ca", AR, "ca", "job", ("ats", "pm"), "Your application to {org}",
     "Your application for {role} (requisition {ref}) has landed with us. Whatever the outcome, a recruiter will write back: our recruiters answer every applicant, including those we don't move ahead, usually within fifteen business days."),
    ("write-only-to-next-round", AR, "sg", "job", ("ps", "ats"), "Acknowledgement: {role}",
     "We've received what you sent for {role}. Do note that we will write only to applicants selected for the next round. Your particulars will remain in our records for one year for other suitable vacancies."),
    ("thirty-days-regard", AR, "za", "job", ("ps", "ht"), "Application acknowledgement - {role}",
     "We've captured your {role} application under reference {ref}. If a month passes after closing and we haven't made contact, please regard it as not successful. {org} welcomes applications from people with disabilities."),
    ("minimum-requirement-note", AR, "ng", "job", ("ps", "pm"), "Acknowledgement of Application",
     "We have your {role} application. Please be informed that applicants falling short of the minimum requirements will not be contacted further, while shortlisted candidates will receive a test invitation by email."),
    ("consent-hold-ie", AR, "ie", "job", ("ats", "pm"), "Thanks for your application, {first}",
     "We've logged your application for {role}. If this one doesn't fit, we won't simply bin it: with your consent we'll hold it for twelve months under our privacy notice, and you can take that consent back whenever you like by replying to this email."),
    ("portal-will-tell-you", AR, "us", "job", ("ats", "ht"), "Application submitted: {role}",
     "Done! {role} - submitted {date}. We review on a rolling basis. If we pass on your application, your candidate page will show it and an email will follow, so no chasing needed.\n\nWe hire on merit: {org} welcomes applicants of every background, faith, gender, orientation, age and ability, and veterans too."),
    ("junk-folder-shortlist", AR, "uk", "job", ("ps", "ht"), "Submitted: {role}",
     "Application reference {ref} for {role} has been submitted. The shortlisting panel meets after {date}. Applicants who aren't shortlisted will get an email too, so check your spam folder around then too."),
    ("only-message-volume", AR, "ca", "job", ("ats", "ps"), "Thank you / Merci",
     "Your application for {role} arrived safely. With the number of applications we get, this could be the only message you get from us if your application is not retained for an interview. Merci de votre intérêt pour {org}."),
    ("merit-pool-note", AR, "au", "job", ("ps", "ats"), "Application received - {role}",
     "Your application is in and will be assessed once the vacancy closes. Applicants found suitable but not selected for this position may be placed in a merit pool for up to 18 months, and other agencies may offer them roles from it."),
    ("campus-evening-result", AR, "in", "job", ("ats", "ht"), "Registration confirmed: {org} campus drive",
     "Your seat at the {org} campus drive is confirmed. The online aptitude round opens on {date} at 10:00 AM IST. Students who do not clear it will be told on the portal that same evening; the rest will receive interview slots."),
    ("silence-not-a-no-uk", AR, "uk", "job", ("pm", "th"), "Re: {role} application",
     "Got it, thanks {first}. Quick heads-up on timing: we're not deciding anything until every application has been read, which won't be before {date}. If I go quiet for a bit, that's not a no - it just means we're still reading."),
    ("ng-no-fee-warning", AR, "ng", "job", ("ats", "ht"), "Your application is in",
     "The {role} application you sent is with us. Kindly note that {org} never collects a fee from candidates, whatever the stage. Unsuccessful applicants will be notified after the assessment phase; successful ones will be invited for a panel interview."),
    ("sg-not-shortlisted-later", AR, "sg", "job", ("ats", "pm"), "{role} - application status",
     "Your {role} application is in. Shortlisted candidates hear from us by {date}. If the shortlist doesn't include you, a brief note will still come your way, so nobody is left guessing."),
    ("za-popia-keep", AR, "za", "job", ("ats", "pm"), "Thank you for applying to {org}",
     "Your CV for {role} is on file. In line with POPIA we hold it for twelve months. If you're not taken forward for this post, we may still match you to another one in that time, and we'll ask you first before sharing it with a hiring manager."),
    # --- talent pools and communities
    ("talent-community-welcome", AR, "us", "job", ("ats", "ht"), "Welcome to the {org} Talent Community",
     "Welcome aboard! You're now part of the {org} Talent Community, a group of people who hear first about roles that fit the interests they shared. Joining isn't an application, so nothing is being decided about you; recruiters will message you when a role fits."),
    ("talent-pool-joined-uk", AR, "uk", "job", ("ats", "pm"), "You've joined our talent pool",
     "Thanks for signing up. You've joined our talent pool, which isn't an application for a particular job: recruiters browse it each time a vacancy opens, and you can change your preferences or leave whenever you wish."),
    ("talent-network-sg", AR, "sg", "job", ("ats", "ht"), "You're in the {org} talent network",
     "Thank you for joining the {org} talent network. A curated list of openings will reach you on the first Monday of each month. Opting out takes one click in your profile."),
    ("pool-from-event-ie", AR, "ie", "job", ("pm", "ats"), "Lovely to meet you at the careers fair",
     "Lovely chatting at the stand on {day}! As promised you're now in our graduate talent pool, so you'll get first sight of the autumn intake when it opens. No need to apply for anything yet."),
    ("pool-referral-za", AR, "za", "job", ("ats", "pm"), "Your profile is in our pool",
     "The {org} candidate pool now includes your profile through a referral from one of our staff. Nothing is expected from you right now; a talent partner will make contact when a role in your field opens in {city}."),
    # --- status: in review, a pause, no decision yet
    ("ats-in-review", AR, "us", "job", ("ats", "ht"), "{role}: your application moved",
     "Good to know: {role} now shows the status In Review. Hiring managers are reading it as we speak, and nothing is needed from your side. We'll write again once they've finished."),
    ("still-running-uk", OJ, "uk", "job", ("pm", "th"), "Quick update - {role}",
     "Just a quick update: you're firmly in contention for {role}. The panel hasn't made any decisions yet, and we expect to come back to everyone after {date}."),
    ("radio-silence-au", OJ, "au", "job", ("pm", "th"), "Apologies for going quiet",
     "Apologies for going quiet on {role}, {first}. Nothing's wrong on your side - the manager hiring for it has been on leave and is back on {next}, so you'll have an answer the week after."),
    ("req-on-hold", OJ, "ca", "job", ("ats", "pm"), "{role}: hiring paused",
     "The {role} requisition is paused pending sign-off of next year's budget. Applications, yours included, stay live and nobody has been chosen; we'll restart the moment we're cleared, with no need to apply a second time."),
    ("dashboard-screening", AR, "us", "job", ("ats", "ht"), "Status change on your candidate dashboard",
     "A status on your dashboard has changed.\n\n{role} ({ref})\nApplication complete -> Screening\n\nScreening means a recruiter is reviewing your application against the requirements. Most applications stay in this step for one to two weeks."),
    ("committee-reviewing-ng", OJ, "ng", "job", ("ps", "pm"), "Re: Status of Application - {role}",
     "Your application is presently before the recruitment committee for review. You will be duly contacted on the outcome; kindly exercise patience as the exercise involves a large number of applicants."),
    ("two-others-this-week", OJ, "us", "job", ("pm", "th"), "Re: {role} - timing",
     "No decision yet on {role} - the team is finishing conversations with two other candidates this week, and I'll ring you by Friday whatever happens. You're genuinely in the mix."),
    ("nobody-turned-down-ie", OJ, "ie", "job", ("pm", "th"), "Re: {role}",
     "Don't take the wait as a sign of anything. Not a single applicant has been told no yet; the interview panel just couldn't all meet until {next}. I'll ring you myself the day after."),
    ("closing-extended", OJ, "ca", "job", ("ats", "ps"), "Closing date extended: {role}",
     "We've pushed the {role} closing date back to {next}. Yours is still being considered and doesn't need resubmitting; the screening panel will review all applications together after the new date."),
    ("in-process-delay-in", OJ, "in", "job", ("pm", "ats"), "Status of your candidature - {role}",
     "The selection process for {role} is still going on due to internal approvals. Your candidature is very much active and we shall update you by {next}. Regret the delay in communication."),
    ("sg-panel-deliberating", OJ, "sg", "job", ("pm", "th"), "Re: Interview for {role}",
     "Good of you to check in. The panel is still deliberating and no offer has gone out to anyone yet. I'm sorry it's taking longer than I told you; I'll update you by {next} at the latest."),
    ("za-vetting-pending", NS, "za", "job", ("ps", "pm"), "Pending: security vetting",
     "Your application for {role} is pending security vetting, which usually takes up to six weeks. Please don't resign from your current position until you receive written confirmation; we regret that we cannot speed this part up."),
    # --- refusals that are not about a job
    ("flat-lease-other", NJ, "us", "home", ("nt", "pm"), "{street} unit - update",
     "Thanks for touring the unit at {street} on {day}. The owner has accepted another applicant for the lease, so the apartment has come off the market. A two-bedroom on the east side coming up in March if you'd like a showing."),
    ("flat-let-agreed-uk", NJ, "uk", "home", ("nt", "ht"), "Property update: {street}",
     "The landlord of the flat on {street} has picked other tenants, and it's now taken. The holding deposit was never taken, so there's nothing to refund. We'll send new listings that match your search."),
    ("loan-credit-policy-in", NJ, "in", "bank", ("nt", "ht"), "Personal loan: status of your request",
     "Your personal loan application number {ref} could not be sanctioned under our internal credit policy. Your existing accounts with {org} are unaffected. You may apply afresh once 90 days have passed."),
    ("credit-declined-za", NJ, "za", "bank", ("nt", "pm"), "Your credit application",
     "{org} has assessed the affordability figures on your credit facility request and cannot approve it at this stage. You may request a free copy of your credit report from the bureaus."),
    ("arts-grant-ie", NJ, "ie", "fund", ("nt", "ht"), "Outcome: Project Award round {year}",
     "The assessment panel has now considered all applications to the Project Award round. We regret that your application, {ref}, was not among the projects put forward for an award this time. Feedback notes will be available on request for 30 days."),
    ("community-grant-ca", NJ, "ca", "fund", ("nt", "pm"), "Community grant decision",
     "The {org} community grants program received requests totalling four times its budget this year, and your project was not selected for funding. Next spring's round opens in March."),
    ("tennis-junior-squad-uk", NJ, "uk", "club", ("pm", "nt"), "Junior squad places",
     "It was good to see Alfie at Sunday's trial. We're really sorry, but there are no places left in the junior performance squad this term. He's been kept on the waiting list and is very welcome in the Saturday club sessions."),
    ("school-place-au", NJ, "au", "school", ("nt", "ht"), "Enrolment outcome for {year}",
     "The Year 7 enrolment cap has been reached, so the school cannot offer your child a place for {year}. The waiting list holds your application in date order."),
    ("guest-list-capacity-us", NJ, "us", "event", ("nt", "ht"), "Your RSVP: {org} launch night",
     "Thanks for your RSVP to the launch night. We've reached venue capacity, so your name won't be on the door list this time. The talks will be streamed live, and a link will come to this address the morning of."),
    ("talk-not-selected-sg", NJ, "sg", "event", ("nt", "pm"), "Your proposal for {org} Summit",
     "The programme committee reviewed 410 talk proposals for 36 slots, and yours was left out of this year's programme. We would be glad to offer you a discounted speaker-applicant ticket."),
    ("scholarship-ng", NJ, "ng", "fund", ("nt", "ps"), "Scholarship Award {year}: Outcome",
     "After reviewing all applications, the committee did not select you for the {year} undergraduate scholarship award. The next cycle opens in January."),
    ("marathon-ballot-uk", NJ, "uk", "event", ("nt", "ht"), "Ballot result",
     "Your entry came up empty in this year's ballot for the {city} Marathon. Every entrant had the same chance. A charity place is still an option, or enter next year's ballot when it opens."),
    ("allotment-waitlist-uk", NJ, "uk", "club", ("pm", "nt"), "Allotment application",
     "Your allotment form reached the committee. Every plot at the {street} site is taken, so there's none to give you at present. Your name sits fourteenth on the waiting list; the usual wait is around two years."),
    ("credit-limit-ca", NJ, "ca", "bank", ("nt", "ht"), "Your credit limit increase request",
     "Your request for a higher limit on the card ending 4471 has been reviewed, and an increase isn't possible right now. You may try again in six months; your current limit and rate are unchanged."),
    ("pet-adoption-au", NJ, "au", "club", ("pm", "nt"), "Your application for Bella",
     "Bella has been matched with a home that has a fully fenced yard, which she needs, after we met several families. We'd happily help you find another dog."),
    ("mortgage-aip-ie", NJ, "ie", "bank", ("nt", "pm"), "Mortgage approval in principle",
     "Having gone through the documents you provided, we can't issue mortgage approval in principle at this time. Your mortgage adviser will call you to go through the reasons."),
    ("insurance-claim-us", NJ, "us", "bank", ("nt", "ht"), "Claim {ref}: decision",
     "We've completed our review of claim {ref}. Based on the policy terms, water damage from gradual seepage isn't covered, so we're unable to approve this claim. You have 60 days to request an appeal."),
    ("abstract-not-accepted-in", NJ, "in", "event", ("nt", "pm"), "Abstract decision - {org} conference",
     "Thank you for submitting your abstract. We regret that the committee could not place it in the oral or poster sessions at this year's conference owing to the large number of submissions. Registration as a delegate remains open."),
    ("housing-coop-za", NJ, "za", "home", ("pm", "nt"), "Your unit application",
     "Your form for a unit at the {street} complex came in on time, but the body corporate has approved another applicant, so the unit is no longer available. We'll keep your form for the next vacancy in the block."),
    ("restaurant-fully-booked-ng", NJ, "ng", "event", ("nt", "pm"), "Reservation request for Saturday",
     "We got your reservation request. Sadly we are fully booked for Saturday evening and cannot take another table of six. Sunday lunch still has space; reply YES and we will hold it for you."),
    # --- staff news naming who was appointed
    ("all-staff-new-cfo", HAM, "us", "job", ("nl", "pm"), "Welcoming our new CFO",
     "Team, please join me in welcoming {other} as {org}'s new Chief Financial Officer. {other} was selected after a six-month search and joins us from a regional hospital network. Many thanks to everyone who met the candidates."),
    ("council-appointment-press", HAM, "uk", "job", ("nl", "ht"), "Press release: new Chief Executive",
     "{org} has appointed {other} as its new Chief Executive following an open recruitment process. The appointment was confirmed at the full council meeting on {day}. {other} will take up the post in the spring."),
    ("promotion-circular-in", HAM, "in", "job", ("nl", "pm"), "Office Circular: Promotions",
     "Management is pleased to announce the promotion of {other} to the post of Deputy Manager, Accounts, with effect from {date}. All staff are requested to extend their cooperation."),
    ("new-faces-sg", HAM, "sg", "job", ("nl", "ht"), "New faces this month",
     "New faces this month! Please say hello to {other}, who joins Finance as our Assistant Manager, and to Wei Ling, our new HR executive. Both were chosen from a very strong field; they'll be at Friday's town hall."),
    ("principal-appointed-au", HAM, "au", "school", ("nl", "ht"), "Newsletter - Term 3",
     "The school board is delighted to announce the appointment of {other} as our next Principal, after a thorough selection process. {other} will start at the beginning of Term 1. Thank you to the parents on the interview panel."),
    ("board-appointment-ng", HAM, "ng", "job", ("nl", "ps"), "Board Announcement",
     "The Board of Directors of {org} has approved the appointment of {other} as Executive Director, Operations, subject to regulatory approval. {other} brings over twenty years of experience in the sector."),
    ("internal-vacancy-filled", HAM, "uk", "job", ("nl", "pm"), "Team Lead vacancy - filled",
     "A quick note for the whole team: the Team Lead vacancy advertised in {date} has been filled by {other}, who starts in the role on Monday. Thanks to everyone who covered in the meantime."),
    ("hod-welcome-za", HAM, "za", "school", ("nl", "pm"), "Welcome to our new HOD",
     "Good news for the department: {other} has been appointed Head of Mathematics. Learners will meet {other} at assembly on Monday. Our thanks to Mr Botha, who acted in the post this year."),
    ("board-chair-elected-ca", HAM, "ca", "club", ("nl", "ht"), "AGM results",
     "At last night's AGM members elected {other} as Board Chair. Two other candidates stood; we thank them for putting their names forward. Full minutes will be posted next week."),
    ("hire-announcement-ie", HAM, "ie", "job", ("nl", "pm"), "Welcome {other}",
     "Delighted to share that {other} said yes to our offer and joins the design team on {next}. {other} was the unanimous pick of the interview panel, so please make them welcome."),
    # --- the reader's own withdrawal confirmed, and mail about someone else
    ("withdrawn-ats", OJ, "us", "job", ("ats", "ht"), "Withdrawal confirmed",
     "As you requested, we've withdrawn your {role} application. Withdrew by accident? The job posting will accept a new application while it's open."),
    ("took-other-offer-uk", OJ, "uk", "job", ("pm", "th"), "Re: {role}",
     "Congratulations on the other offer, {first}, and thanks for the heads-up! I've withdrawn you from {role} and told the panel. Do stay in touch."),
    ("candidature-withdrawn-in", OJ, "in", "job", ("ps", "pm"), "Withdrawal of candidature",
     "As requested by you, your candidature for {role} stands withdrawn from the selection process. No further communication will be sent regarding this post."),
    ("no-dramas-pulled-au", OJ, "au", "job", ("ag", "pm"), "Re: {role} - pulling out",
     "No dramas at all {first}, I've pulled your application from the client's shortlist and let them know you've taken a role closer to home. Best of luck with the new gig."),
    ("acknowledged-withdraw-sg", OJ, "sg", "job", ("ats", "pm"), "Request to withdraw",
     "We've noted that you'd like to step out of the {role} recruitment. Your file is closed at your own request, and we're grateful you told us early."),
    ("profile-deleted", OJ, "ie", "job", ("ats", "ht"), "Your data deletion request",
     "As you asked, your candidate profile, along with each application linked to it, is now erased. Applying to {org} again later means setting up a fresh profile."),
    ("referral-not-progressed", OJ, "us", "job", ("ats", "pm"), "Update on your referral",
     "Thanks for putting {other} forward for {role}. the hiring team is passing on {other} for this position, so your referral bonus won't apply this time. Keep the referrals coming!"),
    ("hm-candidate-rejected-note", OJ, "ca", "job", ("ats", "ht"), "Candidate moved: {role}",
     "{other} was moved to Rejected on the {role} requisition by {hm}. You got this notice as the hiring manager listed on the requisition. No action is needed unless you disagree."),
    ("panel-member-outcome", OJ, "za", "job", ("pm", "th"), "Panel outcome: {role}",
     "Thanks for sitting on the interview panel on {day}, {first}. For your records: we'll be offering the post to candidate 3, and the other two will be informed they were unsuccessful. Please shred your scoring sheets."),
    ("reference-request", OJ, "uk", "job", ("pm", "ht"), "Reference request for {other}",
     "{other} named you as a referee for the {role} post. We'd be grateful for a short reference by {next}. For clarity, {other} is our preferred candidate and this is among the final steps."),
    # --- interviews, next steps and offers with apologetic words
    ("slot-gone-415", IV, "us", "job", ("pm", "ats"), "Re: Interview time",
     "Unfortunately the 3pm slot you picked got taken before the calendar synced - could you do 4:15 instead? Same video link, same panel, and it should run about forty minutes."),
    ("assessment-moved-uk", NS, "uk", "job", ("ps", "pm"), "Change of date: assessment centre",
     "Sorry, we've had to move your assessment centre from {date} to {next} because the venue had a burst pipe. Everything else stays the same: please arrive at 9:00 with photo ID."),
    ("regret-delay-offer-ca", OF, "ca", "job", ("pm", "ht"), "{role}: your offer",
     "We regret the delay, {first}: approvals took longer than planned. Please find attached your offer of employment for {role}, starting {next}. Sign and return it within five business days."),
    ("interviewer-unwell-au", IV, "au", "job", ("pm", "th"), "Thursday's interview",
     "Apologies {first}, {hm} is crook so Thursday's interview has to shift. Would {next} at 10 work? Sorry again for the short notice."),
    ("panel-unavailable-in", IV, "in", "job", ("ps", "pm"), "Rescheduling of Technical Interview",
     "Unfortunately two panel members are not available on the scheduled date, hence your technical interview for {role} stands rescheduled to {next}, 11:00 AM IST. Regret the inconvenience caused."),
    ("salary-sorry-offer-sg", OF, "sg", "job", ("pm", "ht"), "Revised offer - {role}",
     "Sorry we couldn't stretch to your full salary ask. The revised {role} offer attached sits at the band's ceiling, with a pay review at six months. Fingers crossed for a yes."),
    ("regret-venue-change-ng", NS, "ng", "job", ("ps", "ats"), "Change of venue: aptitude test",
     "We regret to announce a change of venue for the aptitude test. The test will now hold at the {org} training centre, {city}, on {next} by 9 am. Come with a valid ID and two pencils."),
    ("interviews-postponed-za", IV, "za", "job", ("ps", "pm"), "Postponement of interviews",
     "Unfortunately the interviews scheduled for {date} have had to be postponed owing to load shedding at the venue. Your new interview date for {role} is {next}, same time, same room."),
    ("video-upload-failed", NS, "ie", "job", ("ats", "ht"), "Action needed: video interview",
     "Unfortunately your video interview upload didn't go through - the file ended after 14 seconds. Please record your answers again using the link below before {next}. Sorry for the hassle."),
    ("skip-phone-screen", IV, "us", "job", ("pm", "th"), "Re: {role} next steps",
     "Good news - you won't need to do the first-round phone screen. The hiring manager read your portfolio and wants to go straight to a final-round onsite on {next}."),
    ("platform-outage-retest", NS, "us", "job", ("ats", "ht"), "New link for your assessment",
     "Unfortunately our assessment platform went down during your test window yesterday, so your attempt wasn't recorded. We're sorry - please use the new link below, valid until {next}."),
    ("not-tuesday-group", IV, "ca", "job", ("ats", "pm"), "Your group interview",
     "You weren't placed in Tuesday's group session after all, as it filled up, so we've booked you into the next one instead: {next}, 2:00 pm, same address. Reply if that doesn't work."),
    ("no-saturday-slots-sg", IV, "sg", "job", ("ats", "pm"), "Interview scheduling - {role}",
     "We're unable to accommodate interviews on Saturdays, sorry. The link below lists weekday slots for the {role} interview; please pick one."),
    ("sorry-wait-second", IV, "uk", "job", ("pm", "th"), "Second interview - {role}",
     "Sorry to keep you waiting, {first}. The panel has asked to meet you once more on {next}; it will be a forty-minute case discussion with the director."),
    ("apologies-delay-offer-ng", OF, "ng", "job", ("ps", "pm"), "Offer of Appointment",
     "Kindly pardon the long wait since your interview; it was due to board approvals. {org} hereby offers you the post of {role}, with resumption on {next}."),
    ("no-relocation-offer-za", OF, "za", "job", ("pm", "ht"), "Your offer - {role}",
     "We can't cover relocation costs for this role, I'm afraid, but we're delighted to confirm your offer for {role} at {org}. Your start date is {next}; the contract is attached."),
    ("referee-silent", NS, "us", "job", ("pm", "th"), "Re: references",
     "Unfortunately one of your referees hasn't responded yet - could you give us another contact? We're keen to get your offer out this week."),
    ("not-fully-remote-ie", IV, "ie", "job", ("pm", "th"), "Re: {role}",
     "Just to flag, the role can't be fully remote - two days a week in the Dublin office - but if that suits, let's book an interview for {next}."),
    ("missed-you-shortlist-au", NS, "au", "job", ("pm", "ag"), "Missed your call",
     "Sorry I missed you this arvo! I was ringing about next steps: the {role} shortlist includes you, and the client wants a reference check before a final chat on {next}."),
    ("police-check-offer-au", OF, "au", "job", ("pm", "ht"), "Start date confirmed",
     "Sorry for the hold-up, {first}. Your police check came back clear, so we can now confirm your start date of {next}. Your induction pack is attached."),
    ("ats-glitch-still-in", OJ, "us", "job", ("ats", "ht"), "Please disregard our earlier email",
     "A message reached some candidates this morning claiming that their {role} applications were not selected. It went out by mistake after a system glitch, and we apologise. Yours remains open and is being reviewed."),
    ("interview-cancelled-rebook-in", IV, "in", "job", ("ats", "pm"), "Interview slot cancelled - please rebook",
     "Your interview slot on {date} has been cancelled as the interviewer is travelling. This is not a reflection on your candidature. Please rebook a slot from the link below at the earliest."),
    ("offer-not-senior-title", OF, "sg", "job", ("pm", "th"), "Re: offer details",
     "We weren't able to get approval for the Senior title, but the salary we discussed stands, and the offer letter for {role} is attached. We'll revisit the title at your first review."),
    ("cannot-reimburse-travel-ca", IV, "ca", "job", ("pm", "ats"), "Onsite interview - {role}",
     "Travel costs aren't something we can refund at the first stage, unfortunately, but we'd be happy to hold this one by video instead. Would {next} at 1:30 pm Eastern suit?"),
)

REJECTIONS = (
    ("not-moving-forward-ats", RJ, "us", "job", ("ats", "ht"), "Your application for {role}",
     "Thanks for applying to {role} at {org}. After a careful review, the hiring team is passing on your application for now. Your résumé stays with us for twelve months, should a closer match appear."),
    ("not-shortlisted-panel", RJ, "uk", "job", ("ps", "ats"), "{role} (ref {ref}) - outcome",
     "Shortlisting for {role} is complete, and sadly the interview list leaves you out. As promised, your details are kept for half a year should a similar post appear."),
    ("profile-not-shortlisted-in", RJ, "in", "job", ("ats", "pm"), "Update on your application - {role}",
     "This is regarding the {role} opening at {org}. The hiring team assessed your profile but it could not be shortlisted at this point. It stays in our records for future requirements."),
    ("offered-another-au", RJ, "au", "job", ("pm", "th"), "Re: {role}",
     "Thanks heaps for your patience, {first}. Interviews for {role} are done and we've picked someone who has led a similar team before. It was tight, and I'm happy to walk you through feedback."),
    ("unsuccessful-sg", RJ, "sg", "job", ("ps", "ats"), "Outcome of application: {role}",
     "Regarding the {role} vacancy, your application was unsuccessful. {org} appreciates the interest you have shown and wishes you well in your career."),
    ("criteria-not-met-za", RJ, "za", "job", ("ps", "ht"), "Outcome: {role}",
     "The shortlisting committee has assessed your {role} application. Regrettably your application fell short of the requirements set for this post, so it ends at shortlisting."),
    ("cut-off-score-ng", RJ, "ng", "job", ("ps", "ats"), "Recruitment Test Result",
     "Following the recruitment test held on {date}, your score was under the mark set for the interview stage, so you will not go on to it. Best wishes in your future endeavours."),
    ("wont-be-offering-ie", RJ, "ie", "job", ("pm", "th"), "Re: {role} interview",
     "Thanks again for travelling in on {day}. I'm sorry, but the job isn't yours this time - the panel preferred someone with more direct payroll experience. You interviewed really well, and I'd happily keep in contact."),
    ("position-filled-status-ca", RJ, "ca", "job", ("ats", "ps"), "Application status: {role}",
     "New status for {role} ({ref}): Not selected - position filled.\nThanks for considering {org}."),
    ("filled-moved-to-pool", RJ, "uk", "job", ("ats", "pm"), "{role} - update",
     "Someone has now been appointed to {role}, which closes your application for it. With your permission, recruiters can still find your profile in our pool when new roles open."),
    ("no-longer-considered", RJ, "us", "job", ("ats", "ht"), "Status update: {role}",
     "Something changed on {role}: the team has stopped considering your application. Other open roles are listed on your candidate home."),
    ("not-referred-official", RJ, "us", "job", ("ps", "ht"), "Notice of results - {role} ({ref})",
     "Your application for {role} was reviewed. You met the qualification standard; however, the selecting official did not receive your name, since higher-ranked applicants filled the certificate. Nothing more is required of you."),
    ("panel-not-suitable-au", RJ, "au", "job", ("ps", "ats"), "Recruitment outcome - {role}",
     "Assessment for {role} is complete. Your application was considered carefully, but the panel found other applicants better suited to this vacancy and yours will go no further."),
    ("thread-went-with-payments", RJ, "us", "job", ("th", "pm"), "RE: [EXT] Re: {role} - follow up",
     "Huge thanks for last week, {first} - the team loved the conversation. The team is going with a finalist whose background is nearer to our payments work, and we'll be letting the other finalists know today."),
    ("agency-client-other", RJ, "uk", "job", ("ag", "pm"), "Re: {role} feedback",
     "The client got back to me this morning: they're running with the other finalist, who's done more hands-on SAP rollouts, so that door has shut for you. There's a logistics firm on my desk that could be a better fit - ring me tomorrow?"),
    ("internship-no-place", RJ, "uk", "job", ("ats", "ht"), "Summer Internship Programme {year}",
     "Competition for the {year} Summer Internship Programme was exceptionally strong, and we can't include you among this year's interns."),
    ("unable-to-proceed-ng", RJ, "ng", "job", ("pm", "ats"), "Re: Application for {role}",
     "Many thanks for sitting our selection exercise. Your candidacy for {role} will not be taken further at this time, though your details remain with us for future openings."),
    ("not-cleared-technical-in", RJ, "in", "job", ("ats", "pm"), "Interview result - {role}",
     "Your technical interview for {role} has been evaluated. We regret that you have not cleared this round, and your candidature will therefore not move ahead."),
    ("extended-offer-else", RJ, "us", "job", ("pm", "th"), "Re: onsite follow-up",
     "The team really enjoyed meeting you at the onsite. In the end, though, the offer went to another finalist, who has said yes. I wish I had happier news after the preparation you clearly did."),
    ("vacancy-withdrawn-uk", RJ, "uk", "job", ("ps", "pm"), "{role} - vacancy withdrawn",
     "We have withdrawn the {role} vacancy after restructuring the team, so nobody will be appointed. Your application closes with it; we're sorry for the time this has cost you."),
    ("assessment-failed-sg", RJ, "sg", "job", ("ats", "pm"), "Online assessment result",
     "Your online assessment score for {role} fell short of the pass mark, so the process ends for you here. A fresh application to {org} is possible after six months."),
    ("not-selected-za", RJ, "za", "job", ("pm", "ats"), "Feedback on your interview",
     "Your interview for {role} has been considered. The panel will not recommend you for appointment. We value your interest in {org}, and new vacancies appear on our website every month."),
    ("pursue-closer-ca", RJ, "ca", "job", ("ats", "pm"), "About your application",
     "About {role}: we've chosen to pursue people whose recent work sits nearer to this team's daily load. Our future openings are worth watching."),
    ("regret-delay-filled-ie", RJ, "ie", "job", ("ps", "pm"), "Your application - {role}",
     "We regret the delay in replying to you. {role} has since been filled, so we are closing your application. We appreciate how patient you've been."),
    ("filled-cancel-interview", RJ, "us", "job", ("pm", "ats"), "Thursday's interview - cancelled",
     "Unfortunately {role} has gone to someone already on staff, so we're calling off Thursday's interview. I'm sorry for the late change and for the prep you've already done."),
    ("we-withdrew-you", RJ, "au", "job", ("ats", "pm"), "{role} - application closed",
     "We've taken your {role} application out of consideration, as the manager hiring for it has picked someone else. Thanks for wanting to join {org}."),
    ("internal-appointed-other", RJ, "uk", "job", ("pm", "th"), "Team Lead - outcome",
     "Following the internal interviews for Team Lead, we've appointed {other}. I realise that's a disappointment; let's set aside time next week to talk about your development plan."),
    ("reviewed-will-not-progress", RJ, "ng", "job", ("ats", "ps"), "Your application status",
     "We assessed what you sent for {role}; it won't go to the next stage. {org} is grateful that you applied."),
    ("footer-heavy-au", RJ, "au", "job", ("ats", "ht"), "Your {org} application",
     "Every application for {role} has now been read, and yours won't go further on this occasion.\n\nLife at {org}: meet our people on LinkedIn and Instagram. Still searching? Save a search on our careers site and fresh roles in your field will land in your inbox. Our candidate privacy statement lives at https://{dom}/privacy. Marketing emails can be switched off in one click."),
    ("referral-twin-reader", RJ, "in", "job", ("pm", "ats"), "Your referral application - {role}",
     "You came to us through an employee referral for {role}. The hiring panel looked at your profile and will not take it forward for this opening. Your referrer has been informed as well."),
)

LANG_TEMPLATES = (
    ("de-pool-falls-nicht", AR, "de", "job", ("ats", "lh"), "Ihre Bewerbung als {role}",
     "Ihre Bewerbung als {role} ist bei uns eingegangen. Wir sehen uns alle Unterlagen genau an und geben Ihnen in etwa drei Wochen Bescheid. Kommt es für diese Stelle nicht zu einer Zusammenarbeit, würden wir Ihre Unterlagen gern in unseren Bewerberpool aufnehmen - dafür fragen wir Sie vorher um Erlaubnis."),
    ("de-termin-verschoben", IV, "de", "job", ("lp", "ats"), "Verschiebung Ihres Vorstellungsgesprächs",
     "leider müssen wir Ihr Gespräch am {date} verschieben, da unser Bereichsleiter kurzfristig verhindert ist. Passt Ihnen {next} um 14 Uhr? Entschuldigen Sie bitte die Umstände."),
    ("de-wohnung-vergeben", NJ, "de", "home", ("nt", "lp"), "Ihre Anfrage zur Wohnung",
     "danke für Ihre Anfrage zur Dreizimmerwohnung in der Lindenstraße. Leider ist die Wohnung bereits an andere Mietinteressenten vergeben. Gern informieren wir Sie über neue Angebote."),
    ("de-personalie", HAM, "de", "job", ("nl", "lh"), "Personalie: neue Leitung Vertrieb",
     "wir freuen uns, bekanntzugeben, dass {other} zum 1. des Monats die Leitung des Vertriebs übernimmt. Sie wurde aus einem großen Kreis von Bewerberinnen und Bewerbern ausgewählt. Bitte heißen Sie sie herzlich willkommen."),
    ("fr-sans-retour", AR, "fr", "job", ("ats", "lh"), "Candidature reçue - {role}",
     "nous avons reçu votre dossier pour {role}. Faute de message de notre part dans un mois, comprenez que l'équipe a fait un autre choix cette fois-ci. Merci de penser à {org}."),
    ("fr-creneau-pris", IV, "fr", "job", ("lp", "ats"), "Votre entretien",
     "malheureusement le créneau de 15h n'est plus disponible. Pourriez-vous venir à 16h30 le même jour ? La personne qui vous recevra reste la même. Toutes nos excuses pour ce changement."),
    ("fr-pret-refuse", NJ, "fr", "bank", ("nt", "lh"), "Votre demande de prêt",
     "votre demande de prêt personnel a été examinée et elle n'a malheureusement pas été acceptée par notre comité de crédit. Votre conseiller reste à votre disposition pour étudier d'autres solutions."),
    ("fr-desistement", OJ, "fr", "job", ("lp", "ats"), "Confirmation de votre désistement",
     "c'est noté : vous retirez votre candidature pour {role}. Le dossier est clos à votre demande. Bonne continuation dans vos nouvelles fonctions."),
    ("es-quince-dias", AR, "es", "job", ("ats", "lh"), "Hemos recibido tu candidatura",
     "tu inscripción en la vacante de {role} nos ha llegado bien. Si en quince días no recibes noticias nuestras, entiende que tu perfil no ha encajado esta vez; aun así guardaremos tu currículum para futuros procesos."),
    ("es-retraso-oferta", OF, "es", "job", ("lp", "lh"), "Tu oferta - {role}",
     "lamentamos el retraso en escribirte: aquí tienes, por fin, la propuesta para el puesto de {role}, con incorporación el {next}. Cualquier duda, llámame."),
    ("es-piso-alquilado", NJ, "es", "home", ("nt", "lp"), "Lo del piso en la calle Mayor",
     "te cuento que la dueña se ha decidido por otra pareja y el piso ya tiene inquilinos. Siento no traerte mejores noticias; te aviso en cuanto tenga algo parecido."),
    ("es-entrevista-movida", IV, "es", "job", ("ats", "lp"), "Tu entrevista cambia de día",
     "por desgracia tenemos que mover tu entrevista: en lugar del {date} será el {next} a las 11:00. Perdona las molestias, el resto se mantiene igual."),
    ("pt-banco-talentos", AR, "pt", "job", ("ats", "lh"), "Você entrou no nosso banco de talentos",
     "obrigado por se cadastrar no banco de talentos da {org}. Isso não é uma candidatura a uma vaga específica: nossos recrutadores consultam o banco sempre que abre uma posição compatível com o seu perfil."),
    ("pt-emprestimo-negado", NJ, "pt", "bank", ("nt", "lh"), "Resultado da sua solicitação de crédito",
     "após a análise, informamos que não foi possível aprovar o seu pedido de empréstimo neste momento. Você poderá fazer uma nova solicitação em 90 dias."),
    ("pt-remarcacao", IV, "pt", "job", ("lp", "ats"), "Remarcação da entrevista",
     "infelizmente precisamos remarcar a sua entrevista para a vaga de {role}. Nova data: {next}, às 10h. Pedimos desculpas pelo transtorno."),
    ("nl-cv-bewaren", AR, "nl", "job", ("ats", "lh"), "Ontvangen: je sollicitatie",
     "je sollicitatie als {role} is binnen. Binnen twee weken hoor je of we je uitnodigen voor een gesprek. Word je niet uitgenodigd, dan houden we je cv nog een jaar bij ons, als je dat goedvindt."),
    ("nl-benoeming", HAM, "nl", "job", ("nl", "lh"), "Benoeming nieuwe directeur",
     "met genoegen maken wij bekend dat {other} is benoemd tot directeur van {org}. De raad van toezicht koos haar unaniem uit drie kandidaten. Zij begint op 1 september."),
    ("nl-gesprek-verzet", IV, "nl", "job", ("lp", "ats"), "Je gesprek is verzet",
     "helaas moeten we je gesprek van {date} verzetten, omdat een van de commissieleden ziek is. Kun je op {next} om 15.00 uur? Excuses voor het gedoe."),
    ("it-candidatura-ricevuta", AR, "it", "job", ("ats", "lh"), "Candidatura ricevuta",
     "grazie per la candidatura per la posizione di {role}. Nel caso il tuo profilo non venga selezionato per questa ricerca, lo conserveremo per eventuali opportunità future, salvo tua diversa indicazione."),
    ("it-borsa-non-assegnata", NJ, "it", "fund", ("nt", "lh"), "Esito del bando borse di studio",
     "ti comunichiamo che, sulla base della graduatoria, la borsa di studio non ti è stata assegnata per quest'anno. La graduatoria completa è consultabile sul portale."),
    ("it-colloquio-spostato", IV, "it", "job", ("lp", "ats"), "Spostamento colloquio",
     "purtroppo dobbiamo spostare il colloquio di {date}: il responsabile è in trasferta. Ti andrebbe bene {next} alle 11? Scusa il disagio."),
    # refusals in the same shapes
    ("de-absage", RJ, "de", "job", ("ats", "lp"), "Ihre Bewerbung als {role}",
     "die Gespräche zur Position {role} sind abgeschlossen, und wir haben die Position einer Bewerberin zugesagt, die bereits in einer ähnlichen Position gearbeitet hat. Ihre Bewerbung verfolgen wir daher nicht weiter."),
    ("fr-refus", RJ, "fr", "job", ("ats", "lp"), "Votre candidature - {role}",
     "merci d'être venu(e) nous rencontrer à deux reprises. Le poste a finalement été confié à une autre personne, et nous ne retenons donc pas votre candidature."),
    ("es-descartado", RJ, "es", "job", ("lp", "ats"), "Sobre tu candidatura a {role}",
     "gracias por tu tiempo en el proceso. Después de las entrevistas, nos hemos decantado por otra candidata para {role} y tu proceso termina aquí. Ojalá encuentres pronto algo que te guste."),
    ("pt-nao-selecionado", RJ, "pt", "job", ("ats", "lh"), "Retorno sobre a vaga de {role}",
     "obrigado pelo tempo dedicado às nossas etapas. Depois das entrevistas, a vaga de {role} ficou com outra pessoa, e por isso encerramos a sua participação."),
    ("nl-afwijzing", RJ, "nl", "job", ("lp", "ats"), "Je sollicitatie als {role}",
     "na de gesprekken is onze keuze op iemand anders gevallen, dus je sollicitatie als {role} stopt hier. Bedankt voor je tijd en je enthousiasme."),
    ("it-esito-negativo", RJ, "it", "job", ("ats", "lp"), "Esito della selezione - {role}",
     "grazie per i due colloqui fatti con noi. Ti informiamo che abbiamo scelto un altro candidato per la posizione di {role} e che la tua candidatura non proseguirà."),
)

PLACES = {  # people, cities, employers, phone pattern, greeting
    "us": ((("Megan", "Fields"), ("Tyler", "Brooks"), ("Alicia", "Romero"), ("Jamal", "Carter"), ("Dana", "Kowalski"), ("Kevin", "Nguyen")),
           ("Denver", "Raleigh", "Columbus", "Sacramento"), (("Brightline Analytics", "brightline.example"), ("Cedar Health", "cedarhealth.example"), ("Northwind Retail", "northwindretail.example")), "(303) 555-{0}", "Hi {first},"),
    "uk": ((("Harriet", "Gould"), ("Owen", "Pritchard"), ("Niamh", "Cole"), ("Samir", "Haddad"), ("Lucy", "Barnard"), ("Tom", "Ashworth")),
           ("Leeds", "Bristol", "Norwich", "Cardiff"), (("Calder Housing", "calderhousing.example"), ("Marlow & Finch", "marlowfinch.example"), ("Westgate Borough Council", "westgate-council.example")), "0113 496 {0}", "Dear {first},"),
    "ie": ((("Aoife", "Brennan"), ("Cian", "Daly"), ("Siobhán", "Kavanagh"), ("Eoin", "Moran")),
           ("Cork", "Limerick", "Dublin", "Waterford"), (("Glenmore Software", "glenmore.example"), ("Liffey Credit Union", "liffeycu.example")), "087 {0}", "Hi {first},"),
    "in": ((("Ananya", "Iyer"), ("Rohit", "Sharma"), ("Sneha", "Kulkarni"), ("Arjun", "Menon"), ("Pooja", "Bhat")),
           ("Pune", "Hyderabad", "Chennai", "Noida"), (("Vistara Infotech", "vistarainfo.example"), ("Sahyadri Finance", "sahyadrifin.example")), "+91 98{0}", "Dear {first},"),
    "au": ((("Chloe", "Bennett"), ("Lachlan", "Ward"), ("Mia", "Costa"), ("Josh", "Fraser")),
           ("Brisbane", "Geelong", "Perth", "Newcastle"), (("Southern Cross Water", "scwater.example"), ("Wattle Health", "wattlehealth.example")), "0412 {0}", "Hi {first},"),
    "ca": ((("Émilie", "Tremblay"), ("Ryan", "MacLeod"), ("Priya", "Sandhu"), ("Marc", "Gagnon")),
           ("Ottawa", "Halifax", "Calgary", "Winnipeg"), (("Maple Ridge Logistics", "mapleridge.example"), ("Boreal Energy", "borealenergy.example")), "(613) 555-{0}", "Hi {first},"),
    "sg": ((("Wei Ling", "Tan"), ("Marcus", "Lim"), ("Nur", "Aisyah"), ("Daniel", "Goh")),
           ("Singapore",), (("Merlion Logistics", "merlionlog.example"), ("Straits Fintech", "straitsfin.example")), "+65 9{0}", "Dear {first},"),
    "za": ((("Thandi", "Nkosi"), ("Pieter", "van Wyk"), ("Lerato", "Mokoena"), ("Sipho", "Dlamini")),
           ("Durban", "Pretoria", "Gqeberha", "Cape Town"), (("Protea Mutual", "proteamutual.example"), ("Karoo Mining Services", "karoomining.example")), "082 {0}", "Dear {first},"),
    "ng": ((("Chiamaka", "Okafor"), ("Tunde", "Adebayo"), ("Ngozi", "Eze"), ("Ibrahim", "Musa")),
           ("Lagos", "Abuja", "Port Harcourt", "Ibadan"), (("Zenith Agro Allied", "zenithagro.example"), ("Harbour Point Bank", "harbourpoint.example")), "0803 {0}", "Dear {first},"),
    "de": ((("Lena", "Vogt"), ("Jan", "Seidel"), ("Sophie", "Ernst")), ("Köln", "Leipzig", "Bremen"), (("Auermann Logistik", "auermann.example"), ("Stadtwerke Lahntal", "sw-lahntal.example")), "0160 {0}", "Guten Tag {first} {surname},"),
    "fr": ((("Claire", "Benoît"), ("Julien", "Marchand"), ("Léa", "Perrin")), ("Rennes", "Toulouse", "Lille"), (("Atelier Vauclair", "vauclair.example"), ("Groupe Ardent", "ardent.example")), "06 {0}", "Bonjour {first},"),
    "es": ((("Marta", "Gil"), ("Sergio", "Vidal"), ("Paula", "Santos")), ("Zaragoza", "Málaga", "Bilbao"), (("Grupo Alcor", "alcor.example"), ("Logística Brisa", "brisa.example")), "+34 6{0}", "Hola, {first}:"),
    "pt": ((("Juliana", "Costa"), ("Bruno", "Almeida"), ("Larissa", "Rocha")), ("Belo Horizonte", "Campinas", "Braga"), (("Grupo Aurora", "grupoaurora.example"), ("Vale Verde Alimentos", "valeverde.example")), "+55 31 9{0}", "Olá, {first},"),
    "nl": ((("Eva", "Jansen"), ("Thijs", "Mulder"), ("Noor", "de Boer")), ("Eindhoven", "Zwolle", "Leiden"), (("Dijkstra Techniek", "dijkstra.example"), ("Stichting Polderzorg", "polderzorg.example")), "06 {0}", "Hoi {first},"),
    "it": ((("Sara", "Ricci"), ("Luca", "Bianchi"), ("Elena", "Fontana")), ("Torino", "Padova", "Firenze"), (("Gruppo Alpi", "gruppoalpi.example"), ("Officine Serra", "officineserra.example")), "+39 34{0}", "Ciao {first},"),
}
SECTOR_ORGS = {
    "bank": (("Keystone Bank", "keystonebank.example"), ("Harbourline Credit", "harbourline.example"), ("Union Mutual", "unionmutual.example")),
    "home": (("Parkside Lettings", "parksidelettings.example"), ("Oakview Property", "oakviewproperty.example")),
    "club": (("Riverside Sports Club", "riversidesc.example"), ("Greenway Community Association", "greenway-ca.example"), ("Paws Rescue", "pawsrescue.example")),
    "fund": (("the Lumen Foundation", "lumenfoundation.example"), ("Civic Arts Fund", "civicarts.example")),
    "event": (("Signal Conf", "signalconf.example"), ("Foundry Events", "foundryevents.example")),
    "school": (("Hillcrest College", "hillcrest.example"), ("St Columba's School", "stcolumbas.example")),
}
ROLES = {
    "en": ("Clinical Coder", "Payroll Officer", "Fleet Coordinator", "Water Quality Scientist", "Bid Writer", "Tenancy Officer", "Rostering Officer", "Estates Assistant", "Grants Officer", "Loyalty Programme Analyst"),
    "de": ("Sachbearbeiter/in Fuhrpark", "Werkstudent/in Marketing", "Disponent/in"),
    "fr": ("chargé(e) de clientèle", "assistant(e) RH", "technicien(ne) de maintenance"),
    "es": ("administrativo/a", "técnico/a de soporte", "comercial junior"),
    "pt": ("analista financeiro", "assistente administrativo", "desenvolvedor júnior"),
    "nl": ("klantenservicemedewerker", "planner", "junior accountmanager"),
    "it": ("impiegato amministrativo", "tecnico commerciale", "addetto alla logistica"),
}
OTHER_NAMES = {"en": ("Rebecca Osei", "Graham Lindqvist", "Farah Qureshi", "Maeve Doherty", "Victor Ansah", "Joanne Pillai"),
               "de": ("Katrin Lorenz",), "nl": ("Marloes Kuipers",), "fr": ("Hélène Morel",), "es": ("Nuria Pons",), "pt": ("Renata Dias",), "it": ("Chiara Gatti",)}
ATS = (("HirePath", "hirepath.example"), ("TalentLoop", "talentloop.example"), ("Recruitly", "recruitly.example"), ("Candidly ATS", "candidly-ats.example"))
AGENCIES = (("Bridgewater Recruitment", "bridgewater-rec.example"), ("Keel Talent", "keeltalent.example"))
TITLES = ("Talent Acquisition Partner", "Recruiter", "HR Business Partner", "Hiring Manager", "People Coordinator")
SECTOR_TITLES = {"bank": ("Customer Service Team", "Lending Operations"), "home": ("Lettings Negotiator", "Property Manager"), "club": ("Membership Secretary", "Volunteer Coordinator"),
                 "fund": ("Grants Team", "Programme Officer"), "event": ("Guest Relations", "Programme Committee"), "school": ("Office Manager", "Deputy Principal")}
SIGNOFFS = {"en": ("Best regards", "Kind regards", "Thanks", "Cheers", "Warm regards"),
            "de": ("Mit freundlichen Grüßen",), "fr": ("Cordialement",), "es": ("Un saludo",), "pt": ("Atenciosamente",), "nl": ("Met vriendelijke groet",), "it": ("Cordiali saluti",)}
FOOTS = {"en": "Sent from an unattended mailbox; use the contact named above.", "de": "Diese Nachricht wurde automatisch erstellt.", "fr": "Ce message est envoyé automatiquement.", "es": "Este mensaje se ha generado automáticamente.",
         "pt": "Esta é uma mensagem automática.", "nl": "Dit bericht is automatisch verstuurd.", "it": "Questo messaggio è generato automaticamente."}
LANG_CODES = ("de", "fr", "es", "pt", "nl", "it")


class Maker(MakerBase):
    def context(self, place: str, sector: str) -> dict:
        rng = self.rng
        people, cities, employers, phone, hello = PLACES[place]
        lang = place if place in LANG_CODES else "en"
        (hm, hm_sur), (first, surname) = rng.sample(people, 2)
        org, dom = rng.choice(SECTOR_ORGS.get(sector, employers))
        sent = datetime(2019, 2, 11, 7, 0) + timedelta(days=rng.randrange(7 * 365), minutes=rng.randrange(12 * 60), seconds=rng.randrange(60))
        later = sent + timedelta(days=rng.randrange(3, 15))
        before = sent - timedelta(days=rng.randrange(2, 10))
        ours = lang == "en"
        return {
            "first": first, "surname": surname, "full": f"{first} {surname}", "hm": hm, "hm_full": f"{hm} {hm_sur}",
            "org": org, "dom": dom, "lang": lang, "place": place, "city": rng.choice(cities),
            "role": rng.choice(ROLES[lang]), "other": rng.choice(OTHER_NAMES[lang]), "ref": f"{rng.choice('ARJV')}{rng.randrange(10000, 99999)}",
            "street": rng.choice(("Maple Avenue", "Granville Street", "Albert Road", "Kingsway", "Harbour View")),
            "year": sent.year + 1, "hello": hello.format(first=first, surname=surname),
            "next": f"{later:%A} {later.day} {MONTHS[later.month - 1]}" if ours else f"{later:%d.%m.}",
            "date": f"{later.day} {MONTHS[later.month - 1]}" if ours else f"{later:%d.%m.}",
            "day": f"{before:%A} {before.day} {MONTHS[before.month - 1]}" if ours else f"{before:%d.%m.}",
            "sent": sent, "phone": phone.format(rng.randrange(1000, 9999)), "title": rng.choice(TITLES if sector == "job" else SECTOR_TITLES[sector]),
            "datehdr": f"{sent:%a, %d %b %Y %H:%M:%S} {rng.choice(('+0000', '+0100', '-0500', '+1000', '+0530', '+0800', '+0200'))}",
        }

    def shell(self, code: str, subject: str, core: str, c: dict) -> tuple[str, str, str]:  # noqa: PLR0911 - one branch per shell
        """The subject, body and sender of one kind of mail around ``core``."""
        rng = self.rng
        org, dom, first, hm, lang = c["org"], c["dom"], c["first"], c["hm"], c["lang"]
        person = f"{c['hm_full']} <{mailbox(c['hm_full'].replace(' ', '.'), 'team')}@{dom}>"
        sign = rng.choice(SIGNOFFS[lang])
        starts = core.startswith(("Hi", "Thanks", "Thank", "Team", "Good", "Sorry", "Just", "Cheers", "Great", "Got", "No ", "Please", "Apologies", "Unfortunately", "We", "Your", "You", "A ", "Earlier", "As ", "Management", "Welcome", "Delighted", "At ", "New", "The", "This", "Greetings", "{"))
        hello = "" if starts and lang == "en" and rng.random() < 0.5 else c["hello"] + "\n\n"
        text = core[0].upper() + core[1:] if not hello else core
        if code == "ats":  # an applicant-tracking system's mail
            tool, tdom = rng.choice(ATS)
            slug = dom.split(".")[0]
            return (subject, f"{hello}{text}\n\n{org} {'Recruiting' if lang == 'en' else 'HR'}\n\n---\n{FOOTS[lang]} Sent by {tool} for {org}. https://{slug}.{tdom}/candidate/{c['ref'].lower()}",
                    f"{org} {'Careers' if lang == 'en' else 'HR'} <no-reply@{slug}.{tdom}>")
        if code == "pm":  # a recruiter or manager writes
            return (subject, f"{hello}{text}\n\n{sign},\n{c['hm_full']}\n{c['title']} | {org}\n{c['phone']}", person)
        if code == "lp":  # a person writes in a language
            return (subject, f"{hello}{text}\n\n{sign}\n{c['hm_full']}\n{org}, {c['city']}", person)
        if code == "ag":  # an agency recruiter
            agency, adom = rng.choice(AGENCIES)
            return (subject, f"{hello}{text}\n\n{sign},\n{hm}\nSenior Consultant, {agency}\n{c['phone']}", f"{c['hm_full']} <{hm.lower().replace(' ', '')}@{adom}>")
        if code == "ps":  # a public body's or large employer's recruitment office
            return (subject, f"Our reference: {c['ref']}\n\nDear {first} {c['surname']},\n\n{text}\n\nYours sincerely,\n\nRecruitment Services\n{org}, {c['city']}", f"Recruitment Services <recruitment@{dom}>")
        if code == "ht":  # an HTML mail
            return (subject, f'<html><body style="font-family:Arial,sans-serif;font-size:14px"><table width="600" align="center"><tr><td style="background:#1d3557;color:#fff;padding:14px"><b>{org}</b></td></tr><tr><td style="padding:18px"><p>{c["hello"]}</p>' + "".join(f"<p>{p}</p>" for p in core.split("\n") if p.strip()) + f'<p>{sign},<br>{org}</p></td></tr><tr><td style="font-size:11px;color:#888;padding:10px">{FOOTS[lang]} https://{dom}</td></tr></table></body></html>',
                    f"{org} <notifications@{dom}>")
        if code == "lh":  # an HTML mail in a language
            return (subject, '<html><body><div style="max-width:600px;margin:auto;font:14px Helvetica,sans-serif">' + f"<p>{c['hello']}</p>" + "".join(f"<p>{p}</p>" for p in core.split("\n") if p.strip()) + f"<p>{sign}<br>{c['hm_full']}<br>{org}</p><p style=\"font-size:11px;color:#999\">{FOOTS[lang]}</p></div></body></html>",
                    f"{org} <jobs@{dom}>")
        if code == "th":  # a reply at the top of a thread, the reader's earlier note quoted
            earlier = rng.choice(("Hi {hm}, thanks again for the chat on {day}. Any word on when you'll decide?", "Hello {hm}, wondering how things are going on your side. Glad to pass on anything more that would help.",
                                  "Hi {hm}, I've attached the work sample we talked about. Speak soon, I hope.")).format(**c)
            quoted = f"\n\nOn {c['sent'] - timedelta(days=rng.randrange(2, 8)):%d/%m/%Y %H:%M}, {c['full']} <{mailbox(first + '.' + c['surname'], 'reader')}@mailbox.example> wrote:\n> {earlier}\n> \n> {first}"
            subj = subject if subject.lower().startswith("re") else f"RE: [EXT] Re: {subject}"
            return (subj, f"{hello}{text}\n\n{hm}{quoted}", person)
        if code == "nt":  # a service's notification (a bank, an agent, a club, a fund)
            return (subject, f"{c['hello']}\n\n{core}\n\n{org}\n{FOOTS[lang]}", f"{org} <noreply@{dom}>")
        if code == "nl":  # an internal bulletin or announcement
            return (subject, f"{org} | {'Staff bulletin' if lang == 'en' else 'Intern'}\n\n{c['hello']}\n\n{core}\n\n{'Internal Communications' if lang == 'en' else 'Kommunikation'}\n{org}, {c['city']}", f"{org} Internal Comms <comms@{dom}>")
        raise ValueError(code)

    def add(self, name: str, kind: str, place: str, sector: str, code: str, subject: str, core: str) -> None:  # noqa: PLR0917 - a template's fields
        c = self.context(place, sector)
        subj, body, sender = self.shell(code, subject.format(**c), core.format(**c), c)
        self.shells[(kind, code)] += 1
        self.places[(place, "rejection" if kind == RJ else "other")] += 1
        self.records.append(record(subj, body, sender, kind=kind, family=f"{PREFIX}-{name}", provenance=PROVENANCE, to=f"{c['full']} <{mailbox(first_last(c), 'reader')}@mailbox.example>", date=c["datehdr"]))


def first_last(c: dict) -> str:
    return f"{c['first']}.{c['surname']}".replace(" ", ".")


def build(maker: Maker | None = None) -> list[dict]:
    maker = maker or Maker(random.Random(SEED))
    for name, kind, place, sector, shells, subject, core in OTHERS + REJECTIONS + LANG_TEMPLATES:
        for code in shells:
            maker.add(name, kind, place, sector, code, subject, core)
    return finish(maker.records, maker.rng, "w38")


def langs(maker: Maker, records: list[dict]) -> int:
    """Print the make-up by kind, kind/shell and place (no message text)."""
    return makeup(records, (("kind / shell", maker.shells), ("place / label", maker.places)), lengths(records))


def main(argv: list[str]) -> int:
    maker = Maker(random.Random(SEED))
    records = build(maker)
    return run(argv, OUT, records, lambda: langs(maker, records), skip=SEALED, top=None)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
