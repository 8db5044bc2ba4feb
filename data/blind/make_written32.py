# ruff: noqa: E501, S311
"""Write data/blind/written-32.jsonl: training mail, twentieth batch (regional English, twins).

Twenty-fourth pass, part F. The kinds the issue says real mail has and the model still misses or
misfiles, in Indian, Nigerian, South African, Australian and Singaporean English, and an equal
number of twins in the same voices and shells:

* (a) rejections: recruiter and agency follow-ups that give a decision (often with another role
  in the same breath); thread replies after interviews that name the other hire informally;
  vacancies cancelled, withdrawn or re-advertised, told to the applicants; campus, graduate and
  internship drive results; two-liners sent from a phone; bare ATS status changes; refusals under
  a long careers / newsletter / job-alert footer;
* (b) not-rejections: confirmations that talk about a refusal that has not happened, interview
  and assessment invitations, offers, "in review" status mail, the applicant's own withdrawal
  confirmed, and refusals that are not about a job (club places, courses, flats, loans,
  tickets).

Every template is one family of 2-3 copies, each copy its own reader, signer, company, role and
date; every address and link is under ``.example``.

    python data/blind/make_written32.py           # writes the file (seed 320321)
    python data/blind/make_written32.py --langs   # make-up by kind and shell
    python data/blind/make_written32.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

SEED = 320321
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import finish, lengths, makeup, record, run, sealed  # noqa: E402

OUT = HERE / "written-32.jsonl"
PROVENANCE = "written for rejectwatch issue 11 twenty-fourth pass as training mail, twentieth batch: Indian, Nigerian, South African, Australian and Singaporean English, refusals and their twins (make_written32.py)"
PREFIX = "blind-w32"  # the read-slice prefix: train-only in grouped CV, weight READ_SLICE_WEIGHT
SEALED = sealed(23)  # never opened, skipped by name (an earlier first, as when written)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")

RJ = "rejection"
AR = "application_received"
IV = "interview_invitation"
NS = "next_steps"
OF = "offer"
OJ = "other_job"
NJ = "non_job_rejection_words"

# Templates: (name, kind, region, sender, shells, subject, core). region is in, ng, za, au, sg or
# mix (a region drawn per copy); sender is who writes: the employer ("emp"), an agency ("agy"), a
# university placement or careers office ("uni"), or, for a refusal that is not about a job, a
# club, a course, a letting agent, a lender or a ticket seller. One copy per shell listed.
REJECTIONS = (
    # recruiter and agency follow-ups with a decision
    ("in-agency-other-mandate", RJ, "in", "agy", ("rc", "rc", "ph"), "Update on {org} - {role}",
     "As spoken over call a while back, putting the {org} update on mail also. Their hiring manager has closed this requirement with an internal resource, so your profile is not moving ahead for the {role} opening. Meanwhile I am handling one {role2} mandate for a product firm in {city}; if interested kindly revert with updated CV, current CTC and notice period."),
    ("in-agency-l2-feedback", RJ, "in", "agy", ("rc", "ft", "ph"), "Feedback - {role} L2 round",
     "Hope you are keeping well. Client feedback for your L2 technical discussion has come. Panel felt your hands-on depth in Kubernetes and Helm is lesser than what the project demands, hence they are dropping your candidature here. Please don't feel low, I will keep you posted on matching openings."),
    ("ng-agency-after-call", RJ, "ng", "agy", ("rc", "rc", "pm"), "{role} - {org}",
     "Trust you are doing great. Following up on our phone conversation of {day}: {org} has concluded the exercise for the {role} position and handed it to another candidate. I know you were really hoping on this one. There is a {role2} opening with a fintech client on the Island which I think suits your background; can we speak tomorrow latest 10am?"),
    ("ng-agency-final-stage", RJ, "ng", "agy", ("rc", "ft", "ht"), "Outcome of final interview: {role}",
     "Please be informed that the hiring team at {org} has gone through everyone who sat the final panel, and your candidacy did not scale through at that stage. We thank you for how you carried yourself at the assessment day in {city}; we shall reach out when a fitting brief lands on our desk."),
    ("za-agency-ca-sa", RJ, "za", "agy", ("rc", "ph", "pm"), "{org} - quick update",
     "Just tried to phone you. Quick one from {org}'s side: they've settled on an applicant who already holds her CA(SA), so the {role} post won't be going further for you. I've got a similar position opening at a Durban logistics house next week, shall I put your name forward?"),
    ("za-agency-finalised", RJ, "za", "agy", ("ft", "rc", "ht"), "Vacancy finalised: {role}",
     "Kindly take note that our client has finalised the appointment for the {role} vacancy at {org}. Your CV was weighed carefully alongside the others on the shortlist, but you were not the candidate appointed."),
    ("au-agency-fifo", RJ, "au", "agy", ("ph", "rc", "pm"), "{role} - {org}",
     "Ta for jumping on the blower earlier. Like I said, {org} have gone with a bloke who's done FIFO shutdowns before, so it's a no on the {role} gig. Chin up though - I've got a Townsville site role that'd be a cracking fit, flick me a text when you're free."),
    ("au-agency-local", RJ, "au", "agy", ("rc", "ft", "ht"), "Closing the loop - {org}",
     "Just closing the loop on {org}. They've made their call on the {role} job and it hasn't landed your way this time round; the hiring manager picked someone already living in {city} who can kick off straight away."),
    ("sg-agency-mas", RJ, "sg", "agy", ("rc", "ph", "pm"), "{role} @ {org}",
     "Thanks for picking up just now. Just to put it down in writing: {org} has decided to stop here with you for the {role} headcount, as they prefer someone with MAS regulatory exposure. Another bank client got a similar opening, ok if I send your CV over to them?"),
    ("sg-agency-scope", RJ, "sg", "agy", ("rc", "ft", "ht"), "Hiring manager feedback: {role}",
     "The hiring manager at {org} has given feedback on the {role} position: no offer for you, as the team picked a candidate whose regional experience sits closer to the scope of the job."),
    ("mix-agency-two-roles", RJ, "mix", "agy", ("rc", "ph", "rc"), "Your chat with {org}",
     "Good speaking just now. So {org} have passed on you for the {role} post - they're after somebody who's run a team of a dozen-plus. Flip side: I've a {role2} brief that pays better and has less travel. Keen? Reply yes and I'll fire the spec across."),
    ("in-agency-notice-period", RJ, "in", "agy", ("rc", "ph", "ft"), "{org} - {role} status",
     "Spoke to the {org} TA team this morning. They have gone ahead with a candidate who is serving notice and can onboard by month end, so your 60 days buyout did not work out for them. Other two JDs I mentioned on call, shall I share your profile there?"),
    # thread replies after interviews, the other hire named informally
    ("th-warehouse-rollout", RJ, "mix", "emp", ("th", "th", "pm"), "{role} interview",
     "Thanks heaps for coming in on {day}, everybody enjoyed talking through the warehouse rollout with you. We've asked {other} to take on the role, mostly on the strength of a migration much like ours that {other} led last year. Your name stays on my list for the next analyst opening."),
    ("th-contractor-knows-stack", RJ, "mix", "emp", ("th", "th", "ph"), "Next steps - {role}",
     "Loved chatting with you last week. In the end it's {other}, who has been contracting for us for a few months and already knows the stack inside out. Really appreciate the hours you poured into the take-home."),
    ("th-in-join-immediately", RJ, "in", "emp", ("th", "th", "pm"), "{role} - final discussion",
     "Sorry for the delay in updating. Management has finalised {other} for the role, who can join immediately, whereas your notice period is ninety days. It was a pleasure interacting with you, all success ahead."),
    ("th-ng-md-settled", RJ, "ng", "emp", ("th", "th", "ph"), "Interview for {role}",
     "Thanks for your follow-up mail. The MD finally settled for {other}, whose upstream audit exposure ran deeper. Meeting you was a pleasure and I'm sure something good will come your way."),
    ("th-za-starts-first", RJ, "za", "emp", ("th", "th", "pm"), "Panel interview - {role}",
     "Sorry for only coming back now. We've appointed {other} into the position, starting on the 1st. Thanks again for driving all the way out to {city} for the panel."),
    ("th-au-boss-picked", RJ, "au", "emp", ("th", "ph", "th"), "{role}",
     "Cheers for the note. The boss picked {other} for it in the end - two years on that same ward already. Was great meeting you though, best of luck out there."),
    ("th-sg-decided-on", RJ, "sg", "emp", ("th", "th", "pm"), "{role} - {day}",
     "Thanks for checking in ya. The team has decided on {other} for this headcount, can start next month one. Appreciate you coming down to see us, take care."),
    ("th-close-one", RJ, "mix", "emp", ("th", "th", "ph"), "{role} conversation",
     "Sorry for going quiet. {other} is joining us as {role} from {date}; it was a close one between the two of you. Happy to walk you through proper feedback over a call if that's useful."),
    ("th-accepted-yesterday", RJ, "mix", "emp", ("th", "pm", "th"), "Following up: {role}",
     "Appreciate you bearing with us while we tied things off. We put the offer to {other} and got a yes yesterday afternoon. You gave us plenty to think about and hopefully our roads meet again."),
    ("th-grad-programme-alum", RJ, "mix", "emp", ("th", "th", "ph"), "Re: {role}",
     "Quick one - we're moving forward with {other}, who came up through our own graduate scheme. Thank you for everything you gave us across both rounds."),
    ("th-internal-transfer", RJ, "mix", "emp", ("th", "th", "pm"), "{role} - where we landed",
     "Wanted you to get this from me before the portal updates: {other} from our {city} branch has transferred across into the {role} seat. Your interview made it a harder call than I expected."),
    # vacancies cancelled, withdrawn or re-advertised
    ("vac-restructure-cancelled", RJ, "mix", "emp", ("pm", "ht", "at"), "{role} (ref {ref})",
     "The {role} vacancy (ref {ref}) is cancelled following a restructure of the department, and nobody will be appointed from this round. Every application to it is now closed, yours among them. We appreciate the time your application took."),
    ("vac-readvertised-criteria", RJ, "mix", "emp", ("ht", "pm", "ft"), "Re-advertisement of {role}",
     "This goes to each person who applied for {role}. The post is being re-advertised with revised requirements, and first-round applications will not be carried over or taken forward. You are free to apply to the new advert if you meet the updated criteria."),
    ("vac-in-on-hold", RJ, "in", "emp", ("pm", "at", "ft"), "Recruitment for {role} - closure",
     "Owing to a change in business plans, the position of {role} is put on hold indefinitely and its recruitment process stands closed. So your application goes no further with us."),
    ("vac-au-no-appointment", RJ, "au", "emp", ("ht", "pm", "at"), "Selection process: {role}",
     "The selection process for {role} ({ref}) has been finalised with no appointment made, and the vacancy will be readvertised early next year. Your application in this process has ended."),
    ("vac-za-post-withdrawn", RJ, "za", "emp", ("pm", "ft", "ht"), "Post {ref}: {role}",
     "Please be advised that the post of {role}, reference {ref}, has been withdrawn by the department. Applications received for this post will no longer be considered."),
    ("vac-sg-budget", RJ, "sg", "emp", ("ph", "pm", "at"), "{role} hiring",
     "The hiring for {role} is cancelled because of budget reprioritisation this quarter. Sorry to close your application like this, we know you were waiting on us."),
    # campus, graduate and internship drive results
    ("campus-in-final-list", RJ, "in", "uni", ("pc", "pc", "pm"), "Result: {org} campus drive",
     "Results of the {org} campus drive held on {day} are out: fourteen students of the {year} batch are selected. Your name is not figuring in the final list. Students not selected stay eligible for upcoming drives as per the placement policy."),
    ("campus-in-get-trainee", RJ, "in", "emp", ("ht", "at", "pm"), "{org} Campus Hiring Programme",
     "Thanks for appearing in the {org} Campus Hiring Programme. After the aptitude test and technical interview, you have not made it to the Graduate Engineer Trainee offer list. Best wishes for the rest of the placement season."),
    ("grad-ng-cohort", RJ, "ng", "emp", ("ht", "pm", "ft"), "{org} Graduate Trainee Programme {year}",
     "The assessment for the {org} Graduate Trainee Programme {year} is now complete. You did not make the final cohort of trainees, and this closes your file for this intake."),
    ("learnership-za", RJ, "za", "emp", ("pm", "ht", "ph"), "Learnership intake {year}",
     "Your application for the {year} learnership intake was reviewed, but no place in the programme has been allocated to you. There were far more applicants than the twenty funded places."),
    ("grad-au-virtual", RJ, "au", "emp", ("at", "ht", "ft"), "{org} {year} Graduate Program",
     "Appreciate your interest in the {org} {year} Graduate Program. Following the virtual assessment centre, your application won't progress to the final round."),
    ("intern-sg-cycle", RJ, "sg", "emp", ("ht", "at", "pm"), "{org} Summer Internship",
     "The business unit has gone through your application for the {org} Summer Internship. There won't be an internship placement for you in this cycle."),
    ("intern-careers-office", RJ, "mix", "uni", ("pc", "pc", "ht"), "Internship programme decisions",
     "{org} has sent the careers office its decisions for this year's internship programme, and they did not take yours. Drop in to see an adviser before the spring round - they can help shape the next one."),
    ("intern-decision-letter", RJ, "mix", "emp", ("ht", "pm", "ft"), "Internship programme: decision",
     "We've finished choosing interns for the {org} internship programme, and there is no place on it for you. The programme takes twelve interns a year and this year's field was unusually deep."),
    ("campus-ng-siwes", RJ, "ng", "emp", ("pm", "ht", "ph"), "SIWES placement request",
     "We received your SIWES placement letter from the department. All our industrial training slots for this session are already taken, so we cannot accommodate you. Kindly try other firms in {city} early."),
    # two-liners sent from a phone
    ("ph-gone-someone", RJ, "mix", "emp", ("ph", "ph", "ph"), "{role}",
     "Sorry {first}, we've offered the role elsewhere. Appreciate you making the trip in."),
    ("ph-no-nod", RJ, "mix", "agy", ("ph", "ph", "ph"), "{org}",
     "Hey {first} - didn't get the nod from the client, sorry. Will call tmrw to talk next steps."),
    ("ph-not-you", RJ, "mix", "emp", ("ph", "ph", "ph"), "Decision",
     "Hi {first}, decision's made and it's not you this round I'm afraid. Do keep in touch."),
    ("ph-in-after-l2", RJ, "in", "agy", ("ph", "ph", "ph"), "Profile update",
     "Hi {first}, client has rejected the profile post L2. Will share other openings shortly."),
    ("ph-ng-picked", RJ, "ng", "emp", ("ph", "ph", "ph"), "{role}",
     "Good evening {first}. They picked another candidate in the end. Sorry about this one o."),
    ("ph-au-another-way", RJ, "au", "agy", ("ph", "ph", "ph"), "Site super",
     "{first} mate, they went another way on the site super role. Gutted for you. Chat soon"),
    ("ph-sg-cannot", RJ, "sg", "agy", ("ph", "ph", "ph"), "{org}",
     "Hi {first}, {org} side say cannot, they take the other guy. Sorry ah, I find another one, ok?"),
    # bare ATS status changes
    ("ats-no-longer", RJ, "mix", "emp", ("at", "at", "at"), "Application status update",
     "Status: No longer under consideration"),
    ("ats-sentence", RJ, "mix", "emp", ("at", "at", "ft"), "{role} - candidacy status",
     "Requisition {ref}, {role}: this application of yours is no longer being considered."),
    ("ats-closed-not-selected", RJ, "mix", "emp", ("at", "at", "at"), "Status change on your application",
     "Application status changed to: Closed - Not Selected"),
    ("ats-position-filled", RJ, "mix", "emp", ("at", "at", "at"), "{role}: status update",
     "Status: Position filled\nThis requisition now has a successful candidate and will not move further for you."),
    ("ats-not-progressing", RJ, "mix", "emp", ("at", "at", "ph"), "Requisition {ref}",
     "The status of your candidacy for requisition {ref} ({role}) has changed to: Not progressing."),
    ("ats-disposition", RJ, "mix", "emp", ("at", "at", "at"), "Candidate update",
     "Stage: Declined\nReason: Other applicant appointed"),
    # refusals under a long footer
    ("ft-closer-match", RJ, "mix", "emp", ("ft", "ft", "ht"), "About your application to {org}",
     "Much appreciated that you went for {role}. This time we're pressing ahead with applicants whose experience maps more tightly onto what the team needs, so yours stops here."),
    ("ft-reviewed-stop", RJ, "mix", "emp", ("ft", "ft", "ft"), "{role} - application",
     "Your {role} application got a careful read from the panel; it stops short of the interview stage."),
    ("ft-went-another-direction", RJ, "mix", "emp", ("ft", "ht", "ft"), "A note from {org}",
     "After the second interviews the team went in another direction for the {role} job. We were glad to meet you and grateful for your patience through a long process."),
)

TWINS = (
    # confirmations that talk about a refusal that has not happened
    ("in-rec-three-weeks", AR, "in", "emp", ("ft", "pm", "ht"), "Your {role} application: acknowledgement",
     "This mail acknowledges your application for {role}. Only shortlisted profiles get a call; in case no one reaches you in three weeks, kindly take it that your profile is not shortlisted this time. Either way your CV remains in our database for future requirements."),
    ("za-rec-thirty-days", AR, "za", "emp", ("ht", "ft", "pm"), "Application: {role} ({ref})",
     "Your application for {role} (ref {ref}) has reached us. If there is no word from us within thirty days after the closing date, please consider your application unsuccessful. Closing date: {date}."),
    ("ng-rec-either-way", AR, "ng", "emp", ("pm", "ht", "ft"), "Acknowledgement: {role}",
     "Your application for the {role} role is with us. Whether or not you progress, we will write to you once screening closes on {date}. Kindly avoid applying twice for the same role."),
    ("au-rec-shortlisted-only", AR, "au", "emp", ("at", "ht", "ft"), "Application in: {role}",
     "Your application for {role} at {org} has landed. We'll only reach out if you make the shortlist, and shortlisting wraps up around {date}. No need to reply to this email."),
    ("sg-rec-pdpa", AR, "sg", "emp", ("at", "ft", "pm"), "{role} application",
     "Your application for {role} is in our system. Please note only those shortlisted will hear from us. Either way, your personal data is kept for twelve months in line with the PDPA, unless you ask for its deletion."),
    ("grad-rec-no-decisions", AR, "mix", "emp", ("ht", "at", "ft"), "{org} {year} Graduate Programme: application received",
     "Your application to the {org} {year} Graduate Programme is in. No calls have been made yet: if the online test is where your application ends, an email will say so, and if it isn't, an invitation to the video interview follows."),
    ("agy-rec-only-match", AR, "mix", "agy", ("rc", "ft", "ph"), "Registration with {agency}",
     "Welcome to {agency}. We'll contact you only when a brief crops up that matches your profile, so silence doesn't mean a no. Your details stay on file till you tell us to remove them."),
    ("th-agy-nothing-decided", OJ, "mix", "agy", ("th", "ph", "th"), "{role} - {org}",
     "Nothing's been decided yet - they're seeing two more people on Friday. I'll ring you whichever way it goes, the moment I hear."),
    ("campus-reg-informed", AR, "in", "uni", ("pc", "pc", "pm"), "Registration confirmed: {org} drive",
     "Your registration for the {org} campus drive is confirmed. Students who do not clear the online test will be informed through the placement cell, and those who clear it will get interview slots by {date}."),
    ("public-rec-ineligible", AR, "za", "emp", ("pm", "ht", "at"), "Post {ref}: application captured",
     "Your application for post {ref}, {role}, has been captured. If you are found ineligible we will tell you in writing. The application now sits with the HR screening committee."),
    ("grad-rec-not-reject-yet", AR, "au", "emp", ("at", "ft", "ht"), "{org} {year} Graduate Program",
     "Your {org} {year} Graduate Program application is locked in. Some applicants get knocked back after the online tests and some move on to the assessment centre - you'll know which by {date}. Until then there's nothing more to do."),
    # interview and assessment invitations
    ("th-second-round", IV, "mix", "emp", ("th", "th", "pm"), "{role} interview",
     "Great having you over {day} - the team really took to you. Can we get you in again for round two with the head of department on {next}? Does 11am suit?"),
    ("in-agency-f2f", IV, "in", "agy", ("rc", "ph", "rc"), "Interview scheduled - {org}",
     "Good news, {org} has shortlisted your profile for the {role} position. Face-to-face round is fixed for {next}, reporting 10:30 AM, at their {city} office. Kindly carry a hard copy of resume and one government ID proof."),
    ("ng-assessment-centre", NS, "ng", "emp", ("ht", "pm", "at"), "Invitation to assessment centre",
     "Your name is on the {org} assessment centre shortlist for {next} in {city}. Kindly come with your original certificates and NYSC discharge certificate. Unfortunately transport costs cannot be refunded."),
    ("za-panel-invite", IV, "za", "emp", ("pm", "ht", "ph"), "Interview invitation: {role}",
     "You made the shortlist for an interview for the {role} post. The panel sits on {next} at our {city} offices. Please confirm attendance by replying here and bring certified copies of your qualifications."),
    ("au-phone-screen", IV, "au", "agy", ("ph", "rc", "pm"), "{org} phone screen",
     "Good news - {org} want a 20-minute phone screen with you on {next}. Nothing to prep really, just have a think about your last shutdown and the crew size you ran."),
    ("sg-hackerrank", NS, "sg", "emp", ("at", "ht", "pm"), "{org} online assessment",
     "As the next step for the {role} application, please complete the online coding assessment by {next}. It takes around 90 minutes and you'll need a stable connection."),
    ("campus-shortlisted-tech", IV, "in", "uni", ("pc", "pc", "ht"), "{org} drive: shortlisted students",
     "Students whose roll numbers appear in the attached list have cleared the {org} aptitude round and will face the technical interview on {next}. You are on the list. Report to the seminar hall by 9 AM in formals."),
    ("ph-come-thursday", IV, "mix", "emp", ("ph", "ph", "ph"), "Interview",
     "Hi {first}, can you come in {next} at 3? Just a chat with me and the ops lead."),
    ("ats-interview-scheduled", IV, "mix", "emp", ("at", "at", "at"), "Application status update",
     "Status: Interview scheduled\nYour interview for {role} is booked for {next}. Details are in your candidate portal."),
    ("th-reschedule-unfortunately", IV, "mix", "emp", ("th", "th", "ph"), "Catch-up from {day}",
     "Unfortunately our regional manager has been pulled into a site visit, so your slot needs moving. Could you manage {next} at 2pm instead? Sorry for the reshuffle."),
    ("ft-video-interview", IV, "mix", "emp", ("ft", "ht", "ft"), "Your video interview for {role}",
     "Your application for {role} has moved to the next stage: a recorded video interview with five questions. Deadline to record: {next}."),
    ("ph-ng-come-tomorrow", IV, "ng", "emp", ("ph", "ph", "pm"), "{role}",
     "Good afternoon {first}, the GM wants to see you {next} by 11am at the head office in {city}. Come with your CV. Thanks."),
    # offers
    ("th-offer-love-to", OF, "mix", "emp", ("th", "th", "pm"), "{role}",
     "Both rounds took a fair chunk of your time, so thank you. I'm chuffed to say the panel picked you for {role}. Paperwork goes out tomorrow; have a read and give me a ring with any questions."),
    ("in-agency-offer-released", OF, "in", "agy", ("rc", "ph", "rc"), "Offer released - {org}",
     "Congratulations! {org} has released the offer for the {role} position. Kindly check the offer letter in your inbox and share your acceptance by {next}. Please initiate resignation only after you receive the signed copy."),
    ("campus-final-selected", OF, "in", "uni", ("pc", "pc", "ht"), "Final selects: {org} drive",
     "Congratulations! Your name is in the final list of students selected by {org} in the campus drive held on {day}. Offer letters will be shared by the company through the placement cell."),
    ("grad-ng-offer", OF, "ng", "emp", ("ht", "pm", "ft"), "Offer: {org} Graduate Trainee Programme",
     "It is our pleasure to admit you into the {org} Graduate Trainee Programme {year}, with resumption on {date} in {city}. Your offer letter and onboarding checklist are attached."),
    ("ph-you-got-it", OF, "mix", "emp", ("ph", "ph", "ph"), "{role}",
     "You got it! Formal offer coming through tonight. Congrats {first}"),
    ("intern-sg-offer", OF, "sg", "emp", ("ht", "at", "pm"), "{org} Internship offer",
     "Happy to share that {org} is offering you a ten-week internship from {date}, in the {role2} team. Please accept the offer in the portal by {next}."),
    # in-review status
    ("ats-under-review", OJ, "mix", "emp", ("at", "at", "at"), "Application status update",
     "Status: Under review\nThe hiring team is still looking at applications for {role}."),
    ("in-agency-awaiting", OJ, "in", "agy", ("rc", "ph", "rc"), "Status of your profile - {org}",
     "Just an update: your profile is still with the {org} hiring manager for review. No feedback yet, I have followed up today and will revert once I hear."),
    ("vac-readvert-still-valid", OJ, "mix", "emp", ("pm", "ht", "ft"), "{role}: re-advertisement",
     "We are re-advertising the {role} post to widen the pool. Your application remains under consideration and you need not reapply; interviews are now expected in the week of {date}."),
    ("vac-paused-not-cancelled", OJ, "au", "emp", ("pm", "at", "ht"), "Update on {role}",
     "The {role} recruitment is on ice for a few weeks until finance signs off the budget. It hasn't been cancelled and no one has been appointed. Your application stays active."),
    ("th-sg-still-deciding", OJ, "sg", "emp", ("th", "th", "ph"), "Panel on {day}",
     "Thanks for following up. We're still finishing the last two interviews, so no decision yet. Should be able to update you by {next}."),
    ("ng-agency-client-reviewing", OJ, "ng", "agy", ("rc", "ph", "pm"), "{org} update",
     "Good morning. The client is still reviewing the final panel scores and has not communicated any decision yet. I will reach out the moment I have feedback."),
    # the applicant's own withdrawal confirmed
    ("withdraw-ats", OJ, "mix", "emp", ("at", "at", "at"), "Application withdrawn",
     "Status: Withdrawn by candidate\nYou withdrew your application for {role} on {day}. You can apply for other openings at any time."),
    ("withdraw-sorry-to-see", OJ, "mix", "emp", ("pm", "ht", "th"), "Your application for {role}",
     "As you requested, your {role} application has been pulled from our process. Shame to lose you, and good luck in the new job."),
    ("withdraw-agency-noted", OJ, "mix", "agy", ("ph", "rc", "th"), "{org}",
     "Noted that you've accepted the other offer - congrats! I'll let {org} know you're stepping out of their process."),
    ("withdraw-campus-optout", OJ, "in", "uni", ("pc", "pc", "pm"), "Opt-out recorded: {org} drive",
     "Your opt-out from the {org} campus drive has been recorded as per your request. As you already hold an offer, you will not be registered for further drives this season."),
    ("withdraw-za-letter", OJ, "za", "emp", ("pm", "ht", "ft"), "Withdrawal of application: {ref}",
     "Your letter withdrawing from post {ref} reached us. Your application has been removed from the selection process at your request."),
    ("withdraw-au-grad", OJ, "au", "emp", ("ht", "at", "pm"), "{org} {year} Graduate Program",
     "We've pulled your {org} {year} Graduate Program application, per your email. Ta for telling us - it frees the place up for somebody else."),
    # refusals not about a job
    ("nj-club-waitlist", NJ, "mix", "club", ("pm", "ht", "ph"), "Membership application",
     "Your {org} membership form came through. Every senior membership for this season is spoken for, so no place for you right now; you're number 14 in the queue for one."),
    ("nj-club-squad", NJ, "mix", "club", ("pm", "ph", "ft"), "Squad trials",
     "Thanks for bringing {child} to the junior squad trials on {day}. We weren't able to offer a squad place this time, but the development group has space on Saturdays."),
    ("nj-course-full", NJ, "mix", "course", ("ht", "ft", "pm"), "Your course application",
     "The short course in digital marketing starting {date} has filled up, and there's no seat left on it for you. Your name has gone on the list for the following intake."),
    ("nj-course-admission", NJ, "mix", "course", ("ht", "pm", "at"), "Admission decision",
     "Having reviewed your application to the postgraduate diploma, the admissions board cannot admit you for the {year} intake. A fresh application next year is welcome."),
    ("nj-flat-taken", NJ, "mix", "flat", ("pm", "ph", "ht"), "{street}",
     "Thanks for viewing {street}. The owner preferred another tenant's offer, so your rental application was unsuccessful."),
    ("nj-flat-ref", NJ, "mix", "flat", ("ft", "pm", "ph"), "Rental application",
     "Your rental application for {street} was declined by the owner after the reference check. Your holding deposit is on its way back; allow five working days."),
    ("nj-loan-declined", NJ, "mix", "loan", ("ht", "ft", "pm"), "Your personal loan application",
     "We've assessed your personal loan application and can't approve it at present. You can ask us in writing for the main reasons behind this decision."),
    ("nj-card-declined", NJ, "mix", "loan", ("ph", "ht", "ft"), "Credit card application",
     "{first}, your credit card application has been declined. Your current accounts with us are not affected."),
    ("nj-tix-ballot", NJ, "mix", "tix", ("ht", "ft", "pm"), "Ballot result",
     "Thanks for entering the ticket ballot. Unfortunately you were not successful this time and no money has left your card."),
    ("nj-marathon-ballot", NJ, "mix", "tix", ("ht", "ft", "ph"), "Your ballot entry",
     "Sorry, your entry in the {year} marathon ballot wasn't drawn. Charity places are still open should you want to run for a cause."),
    ("nj-tix-refund", NJ, "mix", "tix", ("ph", "pm", "ht"), "Your refund request",
     "Your request for a refund on the {date} show has been refused, as tickets are non-refundable once issued. You can resell them through the fan exchange."),
    ("nj-club-court-booking", NJ, "mix", "club", ("ph", "pm", "ht"), "League entry",
     "Sorry {first}, the winter league is full and your team's entry was not accepted. We'll hold your entry fee until you tell us what to do with it."),
)

REGIONS = {
    "in": {
        "people": (("Aarav", "Sharma"), ("Priya", "Nair"), ("Karthik", "Iyer"), ("Sneha", "Kulkarni"), ("Rohan", "Mehta"), ("Divya", "Reddy"), ("Arjun", "Pillai"), ("Ananya", "Ghosh")),
        "others": ("Vikram", "Meera", "Sandeep", "Pooja", "Harish"),
        "cities": ("Pune", "Bengaluru", "Hyderabad", "Chennai", "Gurugram", "Kochi"),
        "phone": "+91 98{0}", "hello": "Dear {first},", "sign": "Thanks & Regards",
        "emp": (("Kaveri Fintech", "kaverifintech.example"), ("Nilgiri Software Labs", "nilgirilabs.example"), ("Tarang Logistics", "taranglogistics.example")),
        "agy": (("TalentBridge Consultants", "talentbridge-hr.example"), ("Sarvam HR Solutions", "sarvamhr.example")),
        "uni": (("Training & Placement Cell, Deccan Institute of Technology", "dit-placements.example"), ("Placement Office, Malabar College of Engineering", "mce-placement.example")),
    },
    "ng": {
        "people": (("Chidinma", "Okafor"), ("Tunde", "Adebayo"), ("Ngozi", "Eze"), ("Emeka", "Nwosu"), ("Funke", "Adeyemi"), ("Ibrahim", "Musa"), ("Bisola", "Ogunleye"), ("Uche", "Obi")),
        "others": ("Tobi", "Amaka", "Segun", "Halima", "Chuka"),
        "cities": ("Lagos", "Abuja", "Port Harcourt", "Ibadan", "Enugu"),
        "phone": "+234 803 {0}", "hello": "Dear {first},", "sign": "Warm regards",
        "emp": (("Zuma Payments", "zumapay.example"), ("Okoro Agro-Allied", "okoroagro.example"), ("Ikoyi Energy Services", "ikoyienergy.example")),
        "agy": (("Lekki Talent Partners", "lekkitalent.example"), ("Harmattan Recruitment", "harmattanrec.example")),
        "uni": (("Career Services, University of the Savannah", "savannah-careers.example"),),
    },
    "za": {
        "people": (("Thabo", "Nkosi"), ("Lerato", "Mokoena"), ("Pieter", "van der Merwe"), ("Zanele", "Dlamini"), ("Sipho", "Khumalo"), ("Anika", "Botha"), ("Kagiso", "Molefe"), ("Naledi", "Sithole")),
        "others": ("Bongani", "Karabo", "Riaan", "Nomsa", "Lwazi"),
        "cities": ("Johannesburg", "Cape Town", "Durban", "Pretoria", "Gqeberha"),
        "phone": "+27 82 {0}", "hello": "Hi {first}", "sign": "Kind regards",
        "emp": (("Karoo Mutual", "karoomutual.example"), ("Umhlanga Logistics", "umhlangalog.example"), ("Protea Retail Group", "protearetail.example")),
        "agy": (("Highveld Staffing", "highveldstaff.example"), ("Fynbos Talent", "fynbostalent.example")),
        "uni": (("Career Centre, Witbank University of Technology", "wut-careers.example"),),
    },
    "au": {
        "people": (("Lachlan", "Murphy"), ("Chloe", "Nguyen"), ("Jack", "O'Brien"), ("Matilda", "Harris"), ("Bailey", "Cooper"), ("Mia", "Kowalski"), ("Hamish", "Reid"), ("Sienna", "Rossi")),
        "others": ("Bec", "Josh", "Tahlia", "Brody", "Kirsty"),
        "cities": ("Brisbane", "Perth", "Adelaide", "Geelong", "Newcastle", "Townsville"),
        "phone": "+61 4{0}", "hello": "Hi {first},", "sign": "Cheers",
        "emp": (("Wattle Creek Mining", "wattlecreek.example"), ("Coral Coast Health", "coralcoasthealth.example"), ("Banksia Insurance", "banksiains.example")),
        "agy": (("Southern Cross Recruitment", "southerncrossrec.example"), ("Bluegum Talent", "bluegumtalent.example")),
        "uni": (("Careers & Employability, Murray River University", "mru-careers.example"),),
    },
    "sg": {
        "people": (("Wei Ling", "Tan"), ("Hafiz", "Rahman"), ("Priyanka", "Raj"), ("Jun Jie", "Lim"), ("Nurul", "Aisyah"), ("Darren", "Goh"), ("Mei Xin", "Ong"), ("Kumar", "Selvam")),
        "others": ("Jia Hui", "Farhan", "Shu Min", "Ravi", "Cheryl"),
        "cities": ("Singapore", "Jurong East", "one-north", "Tampines"),
        "phone": "+65 9{0}", "hello": "Hi {first},", "sign": "Best regards",
        "emp": (("Straits Digital Pte Ltd", "straitsdigital.example"), ("Kallang Medtech", "kallangmed.example"), ("Orchid Freight Pte Ltd", "orchidfreight.example")),
        "agy": (("Merlion Search", "merlionsearch.example"), ("Lion City Talent", "lioncitytalent.example")),
        "uni": (("Career Office, Bukit Timah Polytechnic", "btp-careers.example"),),
    },
}
NON_JOB = {
    "club": (("Riverbend Tennis Club", "riverbendtennis.example"), ("Harbourside Swimming Club", "harbourswim.example"), ("Eastfield Rugby Club", "eastfieldrugby.example")),
    "course": (("Lakeshore School of Business", "lakeshore-sb.example"), ("Northbank Community College", "northbankcc.example")),
    "flat": (("Parkline Property Management", "parkline.example"), ("Cedar & Vale Rentals", "cedarvale.example")),
    "loan": (("Capstone Bank", "capstonebank.example"), ("Beacon Credit", "beaconcredit.example")),
    "tix": (("GateWave Tickets", "gatewave.example"), ("City Marathon Events", "citymarathon.example"), ("Stagepass", "stagepass.example")),
}
ROLES = ("Reconciliations Analyst", "Solar Site Supervisor", "Tendering Coordinator", "Fleet Scheduler", "Claims Adjudicator", "Plant Reliability Engineer",
         "Treasury Operations Associate", "Vendor Onboarding Specialist", "Mobile QA Engineer", "Cold Chain Planner", "Credit Underwriting Analyst",
         "Clinical Coding Officer", "Store Operations Trainee", "Geotechnical Technician")
CHILDREN = ("Zara", "Kian", "Ayo", "Leah", "Ethan", "Tumi")
STREETS = ("Unit 4, 18 Jacaranda Street", "Flat 9B, Marina Heights", "12 Acacia Close", "Apt 305, Lotus Residency")
PHONE_SIGS = ("Sent from my iPhone", "Sent from my Galaxy", "Get Outlook for Android", "Sent from my Huawei phone")
# Notes the reader sent before, quoted under a thread reply: none says anything of the outcome.
READER_NOTES = (
    "Hi {hm},\n\nMany thanks once more for {day}. Meeting the people I'd be working beside and hearing where {role} sits in the bigger plan was really useful. Hope to hear soon.\n\nRegards,\n{first}",
    "Dear {hm},\n\nCircling back on the {role} process - anything you're able to share yet? I can send over more documents if that helps.\n\nBest,\n{first}",
    "Hello {hm},\n\nThanks for the conversation earlier this week. My two referees' contact details are attached as promised.\n\nKind regards,\n{full}",
    "Hi {hm}, thanks for the walk round the floor after the interview. Happy to send more if the panel asks.\n\n{first}",
)
# Long footers under a careers mail: careers site, job alerts, a newsletter, social links, the law.
FOOTER_PARTS = (
    ("Still looking? Every live vacancy of ours sits at https://careers.{dom}/jobs, sortable by city, team or contract type.",
     "Our openings across all offices are listed on https://jobs.{dom} and refreshed daily."),
    ("Job alerts: a weekly digest of roles like {role} comes to this address. Change its frequency or stop it at https://careers.{dom}/alerts.",
     "Turn on role alerts in your candidate profile and fresh vacancies in your field will arrive by email."),
    ("Inside {org}, the monthly staff newsletter, carries team stories, graduate diaries and a guide to life in {city}. This month's edition: https://{dom}/inside.",
     "The People of {org} blog posts fortnightly about learning, careers and the faces behind the work: https://{dom}/people."),
    ("Socials: LinkedIn / Insta / YouTube / TikTok",
     "Hiring events near you are announced first on our LinkedIn and Instagram pages."),
    ("Merit decides every hire at {org}; we want our staff to mirror the neighbourhoods around us.",
     "Need an adjustment at any hiring step because of a disability? Tell us privately and it is arranged."),
    ("Not the person named above? Then this mail reached you by mistake: erase it and let the sender know. Registered office: 1 Harbour Road, {city}.",
     "Privacy statement: https://{dom}/privacy · Email preferences · Opt out of marketing · (c) {year} {org}"),
)
# The same for a sender that is not hiring: its own offers, app, social links and small print.
NJ_FOOTER_PARTS = (
    ("Get the {org} app for bookings, receipts and reminders in one place.", "Your account, your documents and every receipt: https://my.{dom}"),
    ("Members' news: spring open day, a new committee and this season's fixtures - https://{dom}/news.", "Subscribers hear about new dates first. Tweak what we send at https://{dom}/preferences."),
    ("Socials: Facebook / Instagram / WhatsApp channel", "Say hello on Instagram and Facebook, we answer most messages within a day."),
    ("Not the person named above? Then this mail reached you by mistake: erase it and let the sender know. {org}, 1 Harbour Road, {city}.",
     "Privacy statement: https://{dom}/privacy · Email preferences · Opt out of marketing · (c) {year} {org}"),
)


class Maker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.records: list[dict] = []
        self.shells: Counter[tuple[str, str]] = Counter()

    def context(self, region: str, sender: str) -> dict:
        rng = self.rng
        reg = rng.choice(sorted(REGIONS)) if region == "mix" else region
        r = REGIONS[reg]
        (hm, hm_sur), (first, surname) = rng.sample(r["people"], 2)
        org, dom = rng.choice(r["emp"])
        agency, adom = rng.choice(r["agy"])
        uni, udom = rng.choice(r["uni"])
        frm, fdom = {"emp": (org, dom), "agy": (agency, adom), "uni": (uni, udom)}.get(sender) or rng.choice(NON_JOB[sender])
        if sender in NON_JOB:
            org, dom = frm, fdom
        role, role2 = rng.sample(ROLES, 2)
        sent = datetime(2026, 10, 5, 7, 0) + timedelta(days=rng.randrange(80), minutes=rng.randrange(12 * 60), seconds=rng.randrange(60))
        later = sent + timedelta(days=rng.randrange(3, 20))
        before = sent - timedelta(days=rng.randrange(2, 9))
        return {
            "region": reg, "sender": sender, "first": first, "surname": surname, "full": f"{first} {surname}", "hm": hm, "hm_full": f"{hm} {hm_sur}",
            "org": org, "dom": dom, "agency": agency, "adom": adom, "frm": frm, "fdom": fdom, "role": role, "role2": role2,
            "city": rng.choice(r["cities"]), "other": rng.choice(r["others"]), "ref": f"{rng.choice(('', 'REQ-', 'HR/', 'V'))}{rng.randrange(1000, 99999)}",
            "year": sent.year + 1, "date": f"{later.day} {MONTHS[later.month - 1]}", "day": f"{before:%A} {before.day} {MONTHS[before.month - 1]}",
            "next": f"{later:%A} {later.day} {MONTHS[later.month - 1]}", "phone": r["phone"].format(rng.randrange(1000000, 9999999)),
            "child": rng.choice(CHILDREN), "street": rng.choice(STREETS), "sent": sent,
            "datehdr": f"{sent:%a, %d %b %Y %H:%M:%S} +0000",
        }

    def shell(self, code: str, subject: str, core: str, c: dict) -> tuple[str, str, str]:  # noqa: PLR0911 - one branch per shell
        """The subject, body and sender of one channel around ``core``."""
        rng = self.rng
        r = REGIONS[c["region"]]
        own = bool(re.match(r"(Hi |Hey|Sorry |Good |Mate|Dear )", core))
        hello = "" if own else r["hello"].format(**c) + "\n\n"
        local = re.sub(r"[^a-z.]", "", c["hm_full"].lower().replace(" ", "."))
        person = f"{c['hm_full']} <{local}@{c['fdom']}>"
        if code == "rc":  # an agency recruiter's mail with a regional signature
            return (subject, f"{hello}{core}\n\n{r['sign']},\n{c['hm_full']}\n{rng.choice(('Senior Consultant', 'Talent Partner', 'Recruitment Lead', 'Associate Consultant'))} | {c['frm']}\nM: {c['phone']}\nhttps://www.{c['fdom']}", person)
        if code == "pm":  # a plain mail from a person at the sender
            return (subject, f"{hello}{core}\n\n{r['sign']},\n{c['hm']}\n{c['frm']}", person)
        if code == "ph":  # sent from a phone: no greeting added, a phone signature
            sign = rng.choice(("", f"\n{c['hm']}", f"\n- {c['hm'][0]}"))
            return (subject if rng.random() < 0.5 else f"Re: {subject}", f"{core}{sign}\n\n{rng.choice(PHONE_SIGS)}", person)
        if code == "th":  # a reply in a thread, quoting the reader's own note
            sent = c["sent"] - timedelta(hours=rng.randrange(3, 40))
            note = rng.choice(READER_NOTES).format(**c)
            reader = re.sub(r"[^a-z.]", "", c["full"].lower().replace(" ", "."))
            quoted = f"From: {c['full']} <{reader}@inbox.example>\nSent: {sent:%A %d %B} at {sent:%H:%M}\nTo: {c['hm_full']} <{local}@{c['fdom']}>\nSubject: Re: {subject}\n\n{note}"
            return (rng.choice(("RE: [EXT] Re: ", "Re: [External] RE: ", "RE: [EXTERNAL] ")) + subject,
                    f"{hello}{core}\n\n{c['hm']}\n\n-----Original Message-----\n{quoted}", person)
        if code == "at":  # an ATS / careers-portal notification
            return (subject, f"{c['frm']} Careers\n\n{hello}{core}\n\nJob ID {c['ref']} · {c['role']}\nTrack every application you've made: https://careers.{c['fdom']}/candidate\n\nMessages sent back to this sender are discarded.", f"{c['frm']} Careers <no-reply@careers.{c['fdom']}>")
        if code == "ft" and c["sender"] in NON_JOB:  # a club, course, landlord, lender or box office under its own long footer
            foot = "\n\n".join(rng.choice(pair).format(**c) for pair in NJ_FOOTER_PARTS)
            return (subject, f"{hello}{core}\n\n{r['sign']},\nMember & Customer Services\n{c['frm']}\n\n" + "-" * 40 + f"\n\n{foot}", f"{c['frm']} <hello@{c['fdom']}>")
        if code == "ft":  # a mail from the careers team under a long footer
            foot = "\n\n".join(rng.choice(pair).format(**c) for pair in FOOTER_PARTS)
            return (subject, f"{hello}{core}\n\n{r['sign']},\nRecruitment Desk\n{c['frm']}\n\n" + "_" * 40 + f"\n\n{foot}", f"{c['frm']} Talent <talent@{c['fdom']}>")
        if code == "ht":  # an HTML mail
            greet = "" if own else f"<p>{r['hello'].format(**c)}</p>"
            paras = "".join(f'<p style="margin:0 0 12px;font:15px Arial,sans-serif">{line}</p>' for line in core.split("\n") if line.strip())
            return (subject, f'<html><body><table width="100%" style="background:#f4f6f8"><tr><td align="center"><table width="600" style="background:#fff"><tr><td style="padding:16px;font:bold 18px Arial">{c["frm"]}</td></tr>'
                    f'<tr><td style="padding:16px">{greet}{paras}<p>{r["sign"]},<br>{c["hm"]}</p></td></tr><tr><td style="font:11px Arial;color:#888;padding:16px">{c["frm"]} &middot; {c["city"]} &middot; <a href="https://{c["fdom"]}/privacy">Privacy</a></td></tr></table></td></tr></table></body></html>',
                    f"{c['frm']} <notifications@{c['fdom']}>")
        if code == "pc":  # a university placement or careers office notice
            return (f"[{c['frm'].split(',')[0]}] {subject}",
                    f"{hello}{core}\n\nQueries: see the placement coordinator during office hours.\n\n{c['frm']}\n\nCirculated to registered students of the current batch only; please keep it within the institute.", f"{c['frm'].split(',')[0]} <notices@{c['fdom']}>")
        raise ValueError(code)

    def add(self, name: str, kind: str, region: str, sender: str, code: str, subject: str, core: str) -> None:  # noqa: PLR0917 - a template's fields
        seen = {rec["body"] for rec in self.records}
        for _ in range(20):  # a short core in a bare shell can come out twice: draw the copy again
            c = self.context(region, sender)
            subj, body, frm = self.shell(code, subject.format(**c), core.format(**c), c)
            if body + "\n" not in seen:
                break
        self.shells[(kind, code)] += 1
        reader = re.sub(r"[^a-z.]", "", c["full"].lower().replace(" ", "."))
        self.records.append(record(subj, body, frm, kind=kind, family=f"{PREFIX}-{name}", provenance=PROVENANCE, to=f"{c['full']} <{reader}@inbox.example>", date=c["datehdr"]))


def build(maker: Maker | None = None) -> list[dict]:
    maker = maker or Maker(random.Random(SEED))
    for name, kind, region, sender, shells, subject, core in REJECTIONS + TWINS:
        for code in shells:
            maker.add(name, kind, region, sender, code, subject, core)
    return finish(maker.records, maker.rng, "w32")


def langs(maker: Maker, records: list[dict]) -> int:
    """Print the make-up by kind and kind/shell (no message text)."""
    return makeup(records, (("kind / shell", maker.shells),), lengths(records), width=24)


def main(argv: list[str]) -> int:
    maker = Maker(random.Random(SEED))
    records = build(maker)
    return run(argv, OUT, records, lambda: langs(maker, records), skip=SEALED, top=None, labels=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
