# ruff: noqa: E501, S311
"""Write data/blind/written-35.jsonl: training mail, twenty-third batch (the issue's own kinds).

Twenty-fifth pass, part N. The kinds the issue names, in the mail of its two real sets (job
seekers in the US, the UK, Canada, Ireland and Australia, 2018-2026; tech, finance, health, the
public sector, retail, nonprofits and academia), in wordings and shapes the earlier batches did
not use, and as many twins from the same senders in the same shapes:

* (a) rejections: person-to-person thread replies after interviews with the quoted history below
  and the decision given as someone else's hire; clear refusals under long careers-site,
  newsletter, job-alert, social and privacy footers; hedged refusals; recruiters giving the
  decision and another role after a call; public-sector notices (not referred, ineligible, not
  among the best qualified, vacancy cancelled, certificate expired, sift, merit list); ATS status
  updates in six new tool shapes; internship, co-op and new-grad decisions; template refusals;
* (b) twins that are not rejections: receipts that talk about a refusal still to come,
  invitations inside RE: threads, assessments and next steps with deadlines, offers (some naming
  other hires), "under review" statuses, the reader's own withdrawal confirmed, recruiter
  pitches, job alerts, and internal business mail of an energy trader and its neighbours that
  speaks of vendors, deals and hires that are not the reader's refusal.

Every template is one family of three copies, one per shell listed, each copy its own reader,
signer, outfit, post and date; every address and link is under ``.example``.

    python data/blind/make_written35.py           # writes the file (seed 350351)
    python data/blind/make_written35.py --langs   # make-up by kind, shell and place
    python data/blind/make_written35.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

SEED = 350351
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import MakerBase, finish, lengths, makeup, record, run, sealed  # noqa: E402

# written-31's kinds, months and address helpers (the batch beside this file)
from make_written31 import AR, IV, MONTHS, NJ, NS, OF, OJ, RJ, mailbox  # noqa: E402

OUT = HERE / "written-35.jsonl"
PROVENANCE = "written for rejectwatch issue 11 twenty-fifth pass as training mail, twenty-third batch: the issue's own kinds in US, UK, Canadian, Irish and Australian mail 2018-2026, new wordings and shapes, twins (make_written35.py)"
PREFIX = "blind-w35"  # the read-slice prefix: train-only in grouped CV, weight READ_SLICE_WEIGHT
SEALED = sealed(24)  # never opened, skipped by name (an earlier first, as when written)
HAM = "ham"
JA = "job_alert"
RO = "recruiter_outreach"

# Templates: (name, kind, region, sector, shells, subject, core). region picks the people,
# cities, greeting and sign-off ("mix": one drawn per copy); sector picks the outfit and posts.
REJECTIONS = (
    # person-to-person thread replies after interviews: someone else's hire, no negation
    ("us-tech-thread-whose", RJ, "us", "tech", ("th", "th", "th"), "Onsite loop - {role}",
     "Thanks for hanging in through four rounds with us, {first}. The team has settled on another finalist whose years running card-issuing systems track more closely with next year's roadmap. Everyone who met you came away impressed, and I'd love it if we kept talking."),
    ("uk-fin-thread-accepted", RJ, "uk", "fin", ("th", "th", "th"), "Second interview",
     "Lovely to see you on {day}, and thanks for the case write-up, which was sharp. The partners offered the role to {other}, who has accepted; I'm writing myself so the news doesn't reach you second-hand. You'll be on my list when the next analyst seat opens."),
    ("ca-health-thread-casual", RJ, "ca", "health", ("th", "th", "th"), "Unit visit, the follow-up",
     "Thanks once more for meeting with the unit on {day}. The manager's choice for the position was {other}, who has picked up casual shifts on the floor for two years and already knows our charting system. The unit enjoyed the afternoon with you."),
    ("ie-npo-thread-tipped", RJ, "ie", "npo", ("th", "th", "th"), "Interview on {day}",
     "Sorry for how long this reply has taken. The board picked {other} in the end; her fundraising record at a similar charity swung it. It was tight at the top, and the whole panel wished there were two posts."),
    ("au-acad-thread-dean", RJ, "au", "acad", ("th", "th", "th"), "Teaching presentation",
     "Thanks so much for the presentation to the school last week. The committee has recommended {other} for appointment, and the Dean signed it off yesterday. Your seminar drew some lovely comments from the students who sat in."),
    ("us-retail-thread-district", RJ, "us", "retail", ("th", "th", "th"), "Store walk-through",
     "Hey {first}, thanks for coming by for the walk-through. The district manager went with {other} for the assistant manager spot since he already runs inventory at two of our locations. Appreciate you giving up a Saturday morning for it."),
    ("uk-tech-thread-migration", RJ, "uk", "tech", ("th", "th", "th"), "Final stage - {role}",
     "Cheers for the time you gave the panel, and for the whiteboard session especially. The panel backed someone who led a platform migration of roughly our size last year, and that decided it. Our next hiring round kicks off around March, worth a look."),
    ("us-fin-thread-buyside", RJ, "us", "fin", ("th", "th", "th"), "Superday",
     "Really enjoyed the conversations on {day}. The desk chose to pursue candidates with deeper buy-side modelling for this seat, and the offer has gone out. You handled the technical round well; if a word from our side would ever help, just ask."),
    # clear refusals under long footers
    ("us-retail-footer-filled", RJ, "us", "retail", ("ft", "ft", "ft"), "About your {role} application",
     "We read your application for {role} at our {city} location. This time we are not offering you the position; the store has filled it."),
    ("uk-fin-footer-not-progress", RJ, "uk", "fin", ("ft", "ft", "ft"), "{org} careers: {role}",
     "Your {role} application (ref {ref}) has been scored against the role's criteria, and it falls short of the mark needed to go on to interviews."),
    ("ca-health-footer-not-offered", RJ, "ca", "health", ("ft", "ft", "ft"), "Posting {ref}: {role}",
     "Posting {ref}, {role}, has been awarded, to somebody other than yourself. Postings that suit your skills go up every week."),
    ("au-acad-footer-unsuccessful", RJ, "au", "acad", ("ft", "ft", "ft"), "{role} - position {ref}",
     "The selection committee for position {ref} has completed its work. Regrettably, your application did not succeed on this occasion."),
    ("ie-tech-footer-declined", RJ, "ie", "tech", ("ft", "ft", "ft"), "Your {org} application",
     "Our engineering leads looked through your {role} application and will not progress it further. Not the answer you were after, we know, given how much you clearly put in."),
    ("us-npo-footer-regret", RJ, "us", "npo", ("ft", "ft", "ft"), "{role} search update",
     "The search committee for {role} has concluded its review. Your application won't be among those going to interview; the pool was deep and the choices were hard."),
    # hedged refusals
    ("us-tech-hedge-other-direction", RJ, "us", "tech", ("pm", "ht", "ph"), "Update from {org}",
     "Circling back about the {role} search: the company has gone another direction with the hire, and telling you straight beats leaving you hanging."),
    ("uk-retail-hedge-better-suited", RJ, "uk", "retail", ("pm", "ph", "ft"), "{role} at {org}",
     "The {role} vacancy drew a big response. For the festive rush a few other applicants suited the store's needs better, so they're the ones joining us."),
    ("ca-fin-hedge-pursue-others", RJ, "ca", "fin", ("ht", "pm", "pm"), "Your candidacy - {role}",
     "Our hiring group met this week to go over the remaining candidates for {role}. The group decided to pursue other candidates; {role} will be filled from among them. Thanks for giving {org} a look."),
    ("au-health-hedge-right-match", RJ, "au", "health", ("ph", "pm", "ht"), "{role} application",
     "Thanks for the yarn about the {role} job. Honestly, it's not the right match right now - the team's after someone able to cover on-call weekends from day one - so this is where it ends for this one."),
    ("ie-acad-hedge-aligned", RJ, "ie", "acad", ("pm", "ht", "pm"), "{role}: outcome",
     "The panel felt that other candidates' research plans aligned more closely with the school's priorities, and the post has been offered elsewhere. Your proposal was clearly written with great care."),
    ("us-npo-hedge-smaller-group", RJ, "us", "npo", ("pm", "ph", "ht"), "Next round for {role}",
     "We're continuing with a smaller group for the next round of {role} interviews, and you aren't in that group. The call was tight; do apply again when we next post."),
    ("uk-gov-hedge-another-route", RJ, "uk", "acad", ("pm", "pm", "ht"), "{role} post",
     "After the interviews, the department opted for an applicant whose teaching portfolio sat nearer to the module list for next term. I appreciate this will be a disappointment."),
    ("ca-tech-hedge-profile", RJ, "ca", "tech", ("ph", "pm", "pm"), "Quick note on {role}",
     "Short version: the hiring manager landed on a profile with more Kubernetes time in production, so we'll part ways on this one. Happy to give you feedback on a quick call if useful."),
    # recruiters after a call: the decision and another role
    ("us-recruiter-call-other-role", RJ, "us", "agency", ("rc", "rc", "ph"), "Following up from our call",
     "Good speaking just now. Recap of the call: {org2} picked another candidate for the {role} req, so it's off the table for you. Flip side, there's a {role2} contract-to-hire in {city} that fits your background - can I send your resume over today?"),
    ("uk-recruiter-call-shortlist", RJ, "uk", "agency", ("rc", "ph", "rc"), "As discussed - {role}",
     "As discussed just now, the client has replied and is passing on you for {role}; their pick already works in the sector. Keep Thursday free though - I'm putting you on the shortlist for a {role2} post with a housing association."),
    ("ca-recruiter-call-hold", RJ, "ca", "agency", ("ph", "rc", "rc"), "Re: {role} update",
     "Per our chat this morning, {org2} selected a different person for the {role} role. Tough news, I know. I do have a {role2} posting opening next week with a credit union in {city}; shall I send your name in?"),
    ("au-recruiter-call-decision", RJ, "au", "agency", ("rc", "rc", "ph"), "Chat this arvo",
     "Ta for the chat this arvo. Like I mentioned, the client has offered the {role} job to someone else - they had the local government background. I've got a {role2} temp role starting in a fortnight that would suit; are you open to it?"),
    ("ie-recruiter-call-inhouse", RJ, "ie", "agency", ("rc", "ph", "rc"), "{role} - feedback",
     "Putting our call in writing: the client filled the {role} role in-house, so your application with them has ended. Separately, there's a {role2} role at a medtech in {city} I'd love to talk you through."),
    # public-sector notices
    ("us-fed-not-referred", RJ, "us", "gov-us", ("gv", "gv", "gv"), "Notice of Results - Announcement {ref}",
     "Your application for {role}, announcement {ref}, has been reviewed. It was rated qualified, but it was left off the referral list sent on to the selecting official: applicants sitting in a higher quality band were sent forward first."),
    ("us-fed-ineligible", RJ, "us", "gov-us", ("gv", "gv", "gv"), "Application status - {role}",
     "Your application for announcement {ref} was reviewed by an HR specialist. You have been rated ineligible: your documents did not show twelve months of specialized experience matching the grade beneath."),
    ("us-fed-not-best-qualified", RJ, "us", "gov-us", ("gv", "gv", "gv"), "{role}, announcement {ref}",
     "Status: Not referred. The subject matter expert panel placed other applicants in the best qualified group; your score sat under that group's cut-off."),
    ("us-fed-cancelled", RJ, "us", "gov-us", ("gv", "gv", "gv"), "Announcement {ref} cancelled",
     "The hiring agency has withdrawn announcement {ref} ({role}) in its entirety; there'll be no selection from it, and applications made under it are closed."),
    ("us-fed-cert-expired", RJ, "us", "gov-us", ("gv", "gv", "gv"), "Certificate update - {ref}",
     "The certificate of eligibles on which your name appeared for {role} (announcement {ref}) has expired without a selection of you. Your application for this announcement is now closed."),
    ("uk-cs-sift", RJ, "uk", "gov-uk", ("gv", "gv", "gv"), "Application outcome: {role} ({ref})",
     "The sift panel for vacancy {ref} has marked your application. Your behaviour statements scored below this vacancy's pass mark, which ends your application at the sift stage. Scores and panel feedback are available in your account."),
    ("ca-ps-not-qualified", RJ, "ca", "gov-ca", ("gv", "gv", "gv"), "Selection process {ref}",
     "Following the written exam for selection process {ref}, {role}, you did not obtain the pass mark for the essential qualification 'analytical thinking'. You are therefore eliminated from further consideration in this process."),
    ("au-aps-merit-pool", RJ, "au", "gov-au", ("gv", "gv", "gv"), "Selection outcome - {role}",
     "The selection process for {role} ({ref}) has now finished. The panel did not find you suitable at the classification, and your name won't go into the merit pool."),
    ("ie-pas-not-shortlisted", RJ, "ie", "gov-ie", ("gv", "gv", "gv"), "Competition {ref}: shortlisting",
     "A shortlisting exercise was carried out for competition {ref}. Going by what your application form set out, the board has not included you in the group called to interview for {role}."),
    ("us-state-list-expired", RJ, "us", "gov-us", ("gv", "pm", "gv"), "Eligible list {ref}",
     "The eligible list {ref} for {role} expired on {date}. Candidates on it who were not hired, including you, have been removed; a new examination will be announced later."),
    # ATS status updates
    ("ats-no-longer-considered", RJ, "mix", "tech", ("at", "at", "at"), "A change on your {org} application",
     "Your application for {role} is no longer under consideration."),
    ("ats-not-selected-req", RJ, "mix", "fin", ("at", "at", "at"), "Application update: {role}",
     "Status: Not selected"),
    ("ats-position-filled", RJ, "mix", "retail", ("at", "at", "at"), "{role} ({ref}) - status change",
     "Filled: this position now has its new starter, and your application has closed with it."),
    ("ats-disposition", RJ, "mix", "health", ("at", "at", "at"), "Your application has been updated",
     "Disposition for {role}: not moving forward."),
    ("ats-req-closed-other", RJ, "mix", "npo", ("at", "at", "at"), "Application status",
     "{role}: the organization has selected another applicant."),
    ("ats-candidate-declined", RJ, "mix", "acad", ("at", "at", "at"), "Change to application {ref}",
     "Outcome for {role}: unsuccessful at review stage."),
    # internship, co-op and new-grad decisions
    ("us-intern-decision", RJ, "us", "campus", ("pc", "pc", "ht"), "{year} Summer Analyst decision",
     "We received more than eleven thousand applications for the {year} Summer Analyst program. We will not be extending you an offer for a summer position. Recruiting for the following cycle opens in August."),
    ("ca-coop-not-matched", RJ, "ca", "campus", ("pc", "pc", "at"), "Co-op ranking results",
     "Ranking results for the January work term are posted. You were not matched to the {org2} {role} position you interviewed for; the employer ranked other students first. Continuous round postings open Monday."),
    ("uk-grad-assessment-centre", RJ, "uk", "campus", ("pc", "ht", "pc"), "{year} Graduate Scheme - assessment centre outcome",
     "Thanks for spending the day at our assessment centre. Your overall scores came in under the offer line for our {year} Graduate Scheme."),
    ("au-vacation-program", RJ, "au", "campus", ("pc", "pc", "ht"), "Summer Vacation Program {year}",
     "Places in our {year} Summer Vacation Program have been filled, and yours isn't among them. Plenty of great students missed out this year, so please don't take it to heart."),
    ("ie-intern-filled", RJ, "ie", "campus", ("pc", "pm", "pc"), "Internship {year}: {role}",
     "The {role} internship places for {year} have all been allocated. Yours wasn't among those selected - four people applied for each place."),
    ("us-newgrad-hiring-freeze", RJ, "us", "campus", ("pc", "ht", "pc"), "New Grad {year} - {role}",
     "Following a review of headcount, {org2} has closed its {year} new graduate {role} cohort. Nobody else will receive an offer, and your application is closed."),
    # ordinary template refusals in varied wording
    ("us-template-chosen-elsewhere", RJ, "us", "health", ("ht", "pm", "ft"), "Regarding the {role} opening",
     "Thanks for the time your {role} application took. Another candidate, further through the process than you, has taken our offer, which closes your application."),
    ("uk-template-not-shortlisted", RJ, "uk", "npo", ("pm", "ht", "pm"), "Your application to {org}",
     "Our call for a {role} at {org} brought in 212 applications, and yours missed the shortlist."),
    ("ca-template-unable", RJ, "ca", "retail", ("ht", "ft", "pm"), "{org} - {role}",
     "Merci for applying! Our {city} store can't offer you the {role} role this round."),
    ("au-template-other-applicants", RJ, "au", "fin", ("pm", "ht", "pm"), "Application for {role}",
     "Your application for {role} has been carefully considered. We have progressed applicants whose experience more closely fits the role, so your application stops here."),
    ("ie-template-panel-concluded", RJ, "ie", "health", ("pm", "pm", "ht"), "{role} - interview result",
     "The interview board for {role} has concluded. Sadly your name hasn't been placed on the appointment panel; your interview marks and feedback are available on request."),
    ("us-template-revisit", RJ, "us", "acad", ("ht", "pm", "pm"), "{role} search",
     "The {role} search is complete. Your materials were strong, but the position was offered to another applicant, who took it."),
)

OTHERS = (
    # receipts that talk about a refusal that has not happened
    ("us-ack-conditional-keep", AR, "us", "tech", ("ft", "ht", "at"), "We've got your application - {role}",
     "Your application for {role} is in. Should we not select you for this opening, your resume stays in our files for a year, and a similar role would bring a note from us. For now, the team is reviewing."),
    ("uk-ack-either-way", AR, "uk", "fin", ("ft", "pm", "ht"), "Application acknowledgement: {role}",
     "We have safely received your application for {role} (ref {ref}). Whatever happens, either way your record remains with our recruiters, who can flag related openings; the hiring manager will begin reviewing next week."),
    ("ca-ack-only-if-match", AR, "ca", "health", ("ft", "at", "pm"), "Thank you for applying - posting {ref}",
     "This confirms receipt of your application to posting {ref}, {role}. Because of volume, we'll only reach out where your qualifications match the posting closely."),
    ("ie-ack-n-weeks", AR, "ie", "retail", ("ht", "ft", "pm"), "Application received",
     "Thanks for applying for {role} in our {city} shop. Three silent weeks from us past the closing date mean we've gone ahead with other people on this occasion. We're looking at all forms at the moment."),
    ("au-ack-talent-pool", AR, "au", "npo", ("at", "ht", "ft"), "You're in the {org} talent community",
     "You've joined the {org} talent community as part of applying for {role}. Whatever the outcome of this recruitment, you'll hear about future roles suited to you. The hiring panel has your application now."),
    ("us-ack-fed-received", AR, "us", "gov-us", ("gv", "gv", "gv"), "Application received - announcement {ref}",
     "We received your application for {role}, announcement {ref}. After closing, an HR specialist reviews it and will tell you whether your name goes forward to the selecting official."),
    ("uk-ack-cs-sift-date", AR, "uk", "gov-uk", ("gv", "gv", "gv"), "Application submitted: {role} ({ref})",
     "Your application for vacancy {ref} has been submitted. Sift is expected the week of {date}. If the sift panel does not take you forward, feedback will appear in your account."),
    ("ca-ack-coop-applied", AR, "ca", "campus", ("pc", "pc", "at"), "Co-op application submitted",
     "Your application package for the {org2} {role} co-op posting has been sent to the employer. Interview selections appear on the portal; students who are not selected will see 'not selected' there, and no email is sent."),
    ("us-ack-intern-timeline", AR, "us", "campus", ("pc", "ht", "pc"), "{year} Summer Analyst application received",
     "Your {year} Summer Analyst application has landed with us. Decisions go out on a rolling basis through November, selected or not, everyone hears from us, so no need to chase."),
    ("ie-ack-no-shortlist", AR, "ie", "gov-ie", ("gv", "gv", "pm"), "Competition {ref}: application received",
     "Your application for competition {ref}, {role}, has been received. A shortlisting process may be used; anyone not shortlisted will see a notice in their account. Nothing has been decided so far."),
    ("au-ack-aps-merit", AR, "au", "gov-au", ("gv", "gv", "gv"), "Application lodged - {role}",
     "Your application for {role} ({ref}) has been lodged. A merit pool may be created from this process and used to fill similar roles for up to 18 months; every applicant hears the result once the process concludes."),
    ("uk-ack-acad-assume", AR, "uk", "acad", ("ft", "pm", "ht"), "Application received: {role}",
     "Your application for {role} has reached the School. Should you not have heard by the end of {date}, please take it the shortlist was drawn up without you on this round. Thanks for all the work on your form."),
    # interview invitations inside RE: threads
    ("us-tech-thread-onsite", IV, "us", "tech", ("th", "th", "th"), "Onsite loop - {role}",
     "Thanks for the quick turnaround, {first}. The team wants you in for the onsite on {next}: four conversations, lunch with a couple of engineers, then a wrap-up chat. Nobody's been picked yet, so this is genuinely the next step."),
    ("uk-fin-thread-second", IV, "uk", "fin", ("th", "th", "th"), "Second interview",
     "Lovely to see you on {day}. The partners want a second conversation with you on {next}, 2pm, in our {city} office; could you bring a short case write-up along?"),
    ("ca-health-thread-shadow", IV, "ca", "health", ("th", "th", "th"), "Unit visit, the follow-up",
     "Thanks once more for spending time on the unit. Our manager is keen for you to return for a two-hour shadow shift on {next}, so you can see the floor before any decision is made."),
    ("au-acad-thread-presentation", IV, "au", "acad", ("th", "th", "th"), "Teaching presentation",
     "The committee invites you to give a twenty-minute teaching presentation to the school on {next}, followed by the formal interview. Other shortlisted candidates present the same week."),
    ("ie-npo-thread-panel", IV, "ie", "npo", ("th", "th", "th"), "Interview on {day}",
     "Thanks for getting back so quickly. The board would like to see you for the final panel on {next} at 11; it'll be three of us and should run about forty-five minutes."),
    ("us-retail-thread-walk", IV, "us", "retail", ("th", "th", "th"), "Store walk-through",
     "Hey {first}, thanks for the note. The district manager wants to do a store walk-through with you on {next} before she decides on the assistant manager spot. Does 10am work?"),
    ("uk-tech-thread-pairing", IV, "uk", "tech", ("th", "th", "th"), "Final stage - {role}",
     "Cheers for the time you gave the panel. Final stage is a pairing session with two of our engineers on {next}; bring your own laptop if you prefer your editor."),
    # assessments and next steps with deadlines
    ("us-next-hackerrank", NS, "us", "tech", ("pm", "at", "ht"), "Next steps: {role}",
     "Next steps: complete the HackerRank challenge by Friday 11:59pm PT. It's three problems and should take about ninety minutes; once you submit, the hiring manager will schedule a call."),
    ("uk-next-case-study", NS, "uk", "fin", ("pm", "ht", "at"), "{role}: case study",
     "Attached: the written case study that forms stage two. Please return your answers by {next}; late submissions can't be marked, so let me know today if that date is a problem."),
    ("ca-next-references", NS, "ca", "health", ("pm", "ph", "pm"), "References - {role}",
     "Good news: you're our preferred candidate for {role}. Before we can finalize anything, please send two professional references by {next}, including your most recent supervisor."),
    ("au-next-video", NS, "au", "fin", ("at", "ht", "at"), "Your video interview - {role}",
     "Next up for {role}: a recorded video interview. The link stays live until {next}, then lapses."),
    ("us-next-fed-referred", NS, "us", "gov-us", ("gv", "gv", "gv"), "Notice of Results - Announcement {ref}",
     "Your application for {role}, announcement {ref}, has been reviewed. You were found qualified, and your name went forward on the certificate to the selecting official; an interview request, if any, will come from that office."),
    ("ie-next-garda-vetting", NS, "ie", "gov-ie", ("gv", "pm", "gv"), "Competition {ref}: next steps",
     "Your name now sits on the panel from competition {ref}. To move to appointment, please complete the vetting invitation form sent separately and return it by {next}."),
    ("uk-next-codility", NS, "uk", "tech", ("at", "pm", "ht"), "{role} - online test",
     "Thanks for applying. The next stage is a timed coding test on Codility; the invitation will expire on {next}, and you'll need about seventy minutes without interruptions."),
    # offers, some naming other hires
    ("us-offer-cohort", OF, "us", "fin", ("pm", "ht", "th"), "Offer - {role}",
     "Thrilled to say the {role} position is yours. You'll start on {next} alongside {other}, who we hired for the other seat on the desk last week. The written offer is in your portal; please sign by Friday."),
    ("uk-offer-nhs-conditional", OF, "uk", "health", ("pm", "gv", "ht"), "Conditional offer of employment - {role}",
     "Following your interview, I'm very pleased to say {role} is yours, conditionally. It depends on satisfactory references, occupational health clearance and a DBS check, which our recruitment team will start today."),
    ("ca-offer-verbal", OF, "ca", "tech", ("ph", "th", "pm"), "Great news",
     "Great news - the team wants you! The {role} role is yours for the taking; the other finalist has been told. I'll send the formal letter tonight, and we'd love an answer by {next}."),
    ("au-offer-acad", OF, "au", "acad", ("pm", "ht", "pm"), "Offer of appointment - {role}",
     "On the committee's recommendation, the University offers you appointment as {role}, commencing {next}. Your contract and relocation details are attached."),
    ("ie-offer-npo", OF, "ie", "npo", ("pm", "th", "ph"), "Job offer",
     "Great to speak today. As promised, the board is offering you the {role} role, and I'm putting the offer in writing here; you'll be working beside {other}, who joined in the spring."),
    # "under review" statuses
    ("ats-under-review", OJ, "mix", "tech", ("at", "at", "at"), "A change on your {org} application",
     "Your application for {role} is under review."),
    ("ats-with-hiring-manager", OJ, "mix", "fin", ("at", "at", "at"), "Application update: {role}",
     "Status: With hiring manager"),
    ("ats-still-open", OJ, "mix", "retail", ("at", "at", "at"), "{role} ({ref}) - status change",
     "This position is still open. Your application is active."),
    ("us-fed-eligible-pending", OJ, "us", "gov-us", ("gv", "gv", "gv"), "Application status - {role}",
     "Your application for announcement {ref} has been reviewed. You have been rated eligible; referral lists have not yet been issued."),
    ("ats-in-progress-npo", OJ, "mix", "npo", ("at", "at", "at"), "Application status",
     "{role}: your application is in progress with the search committee."),
    # the reader's own withdrawal confirmed
    ("ats-withdrawal-done", OJ, "mix", "health", ("at", "at", "at"), "Your application has been updated",
     "You withdrew from consideration for {role}. Nothing else is required from you."),
    ("uk-withdrawal-noted", OJ, "uk", "acad", ("th", "pm", "pm"), "Withdrawing my application",
     "Good of you to tell us you've taken another post and want to withdraw from the {role} process. I've told the panel and removed you from Thursday's interview list. Congratulations, and go well."),
    ("us-withdrawal-recruiter", OJ, "us", "agency", ("rc", "ph", "rc"), "Re: pulling out of {role}",
     "Totally understand, and congrats on the other offer. {org2} has been told you're stepping out of the {role} process. Let's keep in touch for down the road."),
    # recruiter pitches
    ("us-pitch-li", RO, "us", "agency", ("li", "li", "rc"), "Opportunity: {role2}",
     "I came across your profile hunting for a {role2} for a Series B client in {city}. Hybrid, three days in office, strong equity. Any chance of fifteen minutes on the phone before Friday?"),
    ("uk-pitch-rc", RO, "uk", "agency", ("rc", "li", "li"), "{role2} - could this be of interest?",
     "I'm working exclusively on a {role2} vacancy for a regulated lender in {city}. Pay is good, team of six. Bad timing? No bother - I'd still like to connect."),
    ("ca-pitch-ph", RO, "ca", "agency", ("ph", "li", "rc"), "Quick question",
     "Hi {first}, are you open to hearing about a {role2} opportunity? A client of mine is growing their team in {city} and your experience caught my eye."),
    # job alerts
    ("us-alert-digest", JA, "us", "tech", ("al", "al", "al"), "'{role}' - fresh listings around {city}",
     "Five fresh listings fit the search you saved."),
    ("uk-alert-digest", JA, "uk", "npo", ("al", "al", "al"), "Your daily job alert: {role}",
     "Here are today's roles matching your alert."),
    ("au-alert-digest", JA, "au", "gov-au", ("al", "al", "al"), "Job alert - {role}",
     "New vacancies were posted that match your profile."),
    # internal business mail: vendors, deals and hires, not the reader's refusal
    ("ham-vendor-another", HAM, "us", "energy", ("in", "in", "in"), "RE: Scheduling software RFP",
     "We decided to go with another vendor for the scheduling system - their pricing came in about 18% lower and they already integrate with the risk book. Can you let the other two bidders know by Friday? I'll set up a kickoff for {next}."),
    ("ham-trading-desk-hire", HAM, "us", "energy", ("in", "in", "in"), "Desk coverage next week",
     "FYI, the candidate we hired for the trading desk starts Monday, so {other} will be shadowing on the West power book. Please make sure his badge and system access are ready. Staff meeting moves to 3:30 on {next}."),
    ("ham-deal-passed", HAM, "us", "energy", ("in", "in", "in"), "RE: Peaker acquisition",
     "We passed on the Bayou peaker deal; the counterparty wouldn't move on the tolling terms and legal flagged the credit language. Keep the model handy in case they come back. Lunch meeting on the storage deal is still on for {next}."),
    ("ham-meeting-moved", HAM, "uk", "energy", ("in", "in", "in"), "Gas curve review",
     "The curve review is moving to {next} at 10:00 in 4C. I've asked the structuring team to bring the revised storage spreads. If the slot's no good for you, send me your comments on the draft beforehand."),
    ("ham-not-approved-budget", HAM, "ca", "energy", ("in", "in", "in"), "RE: Q3 travel budget",
     "The conference trip wasn't approved this quarter - finance froze discretionary travel until the audit closes. We'll revisit in October. In the meantime, can you send me the draft agenda for the offsite?"),
    ("ham-interview-panel", HAM, "us", "energy", ("in", "in", "in"), "Interview panel for analyst role",
     "Can you sit on the interview panel for the two analyst finalists on {next}? We're deciding between them by end of week. HR will send the scorecards; please return yours by Friday noon."),
    ("ham-rfq-declined-supplier", HAM, "au", "energy", ("in", "in", "in"), "RE: Transformer supply",
     "The supplier declined to quote on the transformer order, they're at capacity until March. I've gone back to the other two shortlisted firms. Site meeting still stands on {next}."),
    ("ham-offsite", HAM, "ie", "energy", ("in", "in", "in"), "Team offsite",
     "Reminder that the team offsite is on {next}. Bus leaves the office at 8:15. We'll cover the hedging strategy in the morning and the new hire onboarding plan after lunch."),
    # refusals that are not about a job
    ("us-nj-grant", NJ, "us", "npo", ("pm", "ht", "ft"), "Community grant application",
     "Thanks for submitting a proposal to the community fund. The review panel has not funded your project this cycle; applications reopen in April."),
    ("uk-nj-allotment", NJ, "uk", "retail", ("pm", "ph", "ht"), "Your membership request",
     "The members' evening is fully booked and we can't add you to the list this time. We'll email you first when the next date is released."),
)

# Outfits (name, domain) and posts by sector.
SECTORS = {
    "tech": ((("Lanternfish Labs", "lanternfish.example"), ("Copperline Systems", "copperline.example"), ("Northwind Analytics", "northwind-analytics.example"), ("Brightwater Cloud", "brightwatercloud.example")), ("Ledger Platform Engineer", "Reliability Engineer, Edge Network", "Product Designer (Onboarding)", "Data Engineer, Streaming", "Technical Program Manager, Billing")),
    "fin": ((("Harlow & Penrose", "harlowpenrose.example"), ("Stonebridge Capital", "stonebridgecap.example"), ("Ashgrove Mutual", "ashgrovemutual.example"), ("Calder Credit Union", "caldercu.example")), ("Private Credit Analyst", "Counterparty Risk Associate", "Fund Accountant (Alternatives)", "Liquidity Analyst", "Financial Crime Officer")),
    "health": ((("Mercy Valley Health", "mercyvalley.example"), ("St Brendan's University Hospital", "stbrendans.example"), ("Riverbend Health Network", "riverbendhealth.example"), ("Eastgate Community Health", "eastgatehealth.example")), ("RN, Med-Surg Nights", "Clinical Pharmacist, Oncology", "Patient Access Rep (Bilingual)", "Hand Therapist", "Theatre Scheduler")),
    "retail": ((("Marlowe & Finch", "marlowefinch.example"), ("Pantry Lane Grocers", "pantrylane.example"), ("Outfield Sports", "outfieldsports.example"), ("Hearth & Home Stores", "hearthhome.example")), ("Assistant Manager, Homewares", "Weekend Fitting Room Associate", "Window Display Lead", "Backroom Team Lead", "Click & Collect Supervisor")),
    "npo": ((("Open Harbour Foundation", "openharbour.example"), ("Clearwater Literacy Trust", "clearwaterliteracy.example"), ("Kindred Housing Alliance", "kindredhousing.example"), ("Riverlight Food Bank", "riverlightfood.example")), ("Major Gifts Manager", "Tenant Outreach Coordinator", "Volunteer Rota Lead", "Trusts & Foundations Officer", "Campaigns Storyteller")),
    "acad": ((("University of Eastmoor", "eastmoor-uni.example"), ("Caldervale University", "caldervale.example"), ("Westbourne College", "westbourne-college.example"), ("Tamsin Institute of Technology", "tamsin-tech.example")), ("Lecturer in Urban Sociology", "Postdoctoral Fellow, Soil Microbiology", "Assistant Professor of Inorganic Chemistry", "Grants Administrator, Research Office", "Senior Lecturer in Midwifery")),
    "agency": ((("Bridgepoint Talent", "bridgepointtalent.example"), ("Kestrel Search Partners", "kestrelsearch.example"), ("Fairway Recruitment", "fairwayrec.example"), ("Alder Staffing", "alderstaffing.example")), ("Payroll Lead (Multi-State)", "Business Analyst, Lending", "PMO Coordinator", "Finance Manager, Housing", "Service Desk Analyst II")),
    "campus": ((("Career Center, Eastmoor University", "eastmoor-careers.example"), ("Co-operative Education Office, Caldervale University", "caldervale-coop.example"), ("Graduate Recruitment, Harlow & Penrose", "harlowpenrose-grads.example"), ("Early Careers, Stonebridge Capital", "stonebridge-early.example")), ("Software Engineering Intern", "Summer Analyst", "Co-op Student, Data", "Graduate Trainee", "Research Intern")),
    "gov-us": ((("Bureau of Inland Waterways", "fedhire-biw.example"), ("Department of Rural Health Services", "fedhire-drhs.example"), ("State Department of Revenue", "staterevenue-jobs.example")), ("Hydrologic Technician, GS-1316-07", "Grants Management Specialist, GS-1109-11", "Logistics Management Specialist, GS-0346-12", "Cartographer, GS-1370-09", "Revenue Auditor III")),
    "gov-uk": ((("Department for Rural Affairs and Water", "drawcareers.example"), ("Office for Border Logistics", "obl-recruitment.example"), ("Ministry of Regional Infrastructure", "mri-jobs.example")), ("Higher Executive Officer, Policy", "Senior Executive Officer, Analysis", "Executive Officer, Casework", "Grade 7 Economist")),
    "gov-ca": ((("Public Service Staffing Office", "psso-jobs.example"), ("Department of Northern Resources", "dnr-staffing.example"), ("Agency for Coastal Services", "acs-staffing.example")), ("Policy Analyst (EC-04)", "Program Officer (PM-03)", "Financial Officer (FI-02)", "Data Scientist (EC-05)")),
    "gov-au": ((("Department of Coastal Infrastructure", "dci-careers.example"), ("National Skills Authority", "nsa-careers.example"), ("Office of Regional Development", "ord-jobs.example")), ("APS 5 Policy Officer", "APS 6 Program Manager", "EL1 Data Analyst", "APS 4 Client Service Officer")),
    "gov-ie": ((("National Recruitment Office", "nro-jobs.example"), ("Office of Local Government Appointments", "olga-appointments.example")), ("Executive Officer", "Administrative Officer", "Assistant Principal Officer", "Clerical Officer")),
    "energy": ((("Gulfbend Energy", "gulfbend.example"), ("Meridian Gas & Power", "meridiangp.example"), ("Prairie Crest Trading", "prairiecrest.example")), ("Analyst", "Associate", "Scheduler", "Trader")),
}

# Places: people, other names, cities, a phone pattern, a greeting and a sign-off.
REGIONS = {
    "us": ((("Madison", "Kowalski"), ("Tyrell", "Jackson"), ("Hannah", "Lindqvist"), ("Marco", "Delgado"), ("Priya", "Raman"), ("Caleb", "Whitfield")), ("Jordan", "Alexis", "Dante", "Kristen"), ("Columbus", "Sacramento", "Raleigh", "Tucson", "Minneapolis"), "(614) 555-{0}", "Hi {first},", "Best"),
    "uk": ((("Harriet", "Ashworth"), ("Tom", "Okafor"), ("Bethany", "Greenhalgh"), ("Rhys", "Pritchard"), ("Sophie", "Lambourne"), ("Imran", "Hussain")), ("Joel", "Freya", "Kieran", "Niamh"), ("Leeds", "Bristol", "Nottingham", "Cardiff", "Norwich"), "07700 9{0}", "Dear {first},", "Kind regards"),
    "ca": ((("Chloé", "Bergeron"), ("Nathan", "Fraser"), ("Jasleen", "Sandhu"), ("Owen", "MacKinnon"), ("Mei", "Chen"), ("Lucas", "Thibodeau")), ("Evan", "Raveena", "Dominic", "Stacey"), ("Halifax", "Saskatoon", "London, ON", "Victoria", "Kingston"), "(902) 555-{0}", "Hi {first},", "Thanks"),
    "ie": ((("Clodagh", "Fitzgerald"), ("Ronan", "O'Sullivan"), ("Sinéad", "Walsh"), ("Donal", "McGrath"), ("Aisling", "Hennessy"), ("Conor", "Lynch")), ("Shane", "Gráinne", "Tadhg", "Maeve"), ("Waterford", "Kilkenny", "Athlone", "Dundalk", "Letterkenny"), "086 {0}", "Hi {first},", "Many thanks"),
    "au": ((("Brooke", "Harrington"), ("Jayden", "Kovac"), ("Olivia", "Tran"), ("Angus", "McLeish"), ("Zara", "Haddad"), ("Riley", "Sutherland")), ("Lachlan", "Sienna", "Hamish", "Tahlia"), ("Geelong", "Townsville", "Ballarat", "Newcastle", "Hobart"), "0412 {0}", "Hi {first},", "Thanks heaps"),
}

# Long footers by sender: careers site, newsletter, job alerts, socials, privacy; each part one of two.
FOOTERS = {
    "retail": (
        ("Shop the new season online at https://www.{dom} - free returns in any store within 60 days.", "This week only: 20% off outdoor living with code PATIO20 at https://www.{dom}/offers."),
        ("Want first dibs on sales? Subscribe to The Weekly Basket, our newsletter: https://www.{dom}/newsletter.", "Our newsletter brings recipes, store events and member-only prices every Thursday. Sign up at https://www.{dom}/news."),
        ("Careers at {org}: part-time, seasonal and management roles near you at https://jobs.{dom}. Save a search there and fresh listings get emailed to you as they open up.", "Never miss an opening: build an alert at https://jobs.{dom}/alerts and pick daily or weekly emails."),
        ("Follow us: Instagram @{org_tag} · TikTok @{org_tag} · Facebook /{org_tag} · YouTube /{org_tag}", "Join the conversation on Instagram and TikTok, where our store teams share behind-the-scenes clips."),
        ("Hiring at {org} is blind to race, colour, faith, sex, orientation, gender identity, birthplace, disability and service history; every qualified person gets the same look.", "We welcome applicants of every background and make reasonable accommodations in hiring; ask the store team for support."),
        ("Nobody watches this inbox, so answers sent here vanish. How applicant details get used: https://jobs.{dom}/privacy. Unsubscribe from career emails: https://jobs.{dom}/unsubscribe. {org}, {city}.", "Mail sent back here lands nowhere. Applicant privacy: https://jobs.{dom}/privacy-notice. Manage email preferences: https://jobs.{dom}/preferences. Copyright {cyear} {org}."),
    ),
    "fin": (
        ("Our latest market outlook and podcast episodes are at https://insights.{dom}.", "Read this quarter's economic commentary from our research team at https://insights.{dom}/outlook."),
        ("Sign up for The Ledger, our monthly careers newsletter with application tips and event dates: https://careers.{dom}/ledger.", "Get invitations to our insight evenings and open days by joining the careers mailing list at https://careers.{dom}/events."),
        ("Explore open roles across markets, operations and technology at https://careers.{dom}, and set up alerts by team and location.", "Job alerts: tick the teams you care about at https://careers.{dom}/alerts and a note arrives when something fitting goes up."),
        ("LinkedIn · X · Glassdoor - follow {org} for news from our people.", "Find us on LinkedIn and Glassdoor, where our staff post candidly about life on the inside."),
        ("{org} holds a licence from the financial conduct watchdog. Registered office: 1 Exchange Square, {city}. Registered number {ref}.", "{org} is a member of the national deposit insurance scheme within its limits. Registered in {city}, company number {ref}."),
        ("Sent from a mailbox nobody staffs. Candidate records are kept as the Recruitment Privacy Statement sets out, https://careers.{dom}/privacy; you can ask for your data to be deleted at any time.", "Private: for the addressee named above and nobody else. Recruitment privacy statement: https://careers.{dom}/privacy. Manage your communication preferences in your candidate profile."),
    ),
    "health": (
        ("Find a doctor, book a visit or check ER wait times at https://www.{dom}.", "MyChart-style patient portal: message your care team and see results at https://portal.{dom}."),
        ("Health Matters, our monthly newsletter, brings wellness tips and community class dates to your inbox: https://www.{dom}/newsletter.", "Join our community newsletter for free health talks, screening days and volunteer news: https://www.{dom}/community."),
        ("Careers: nursing, allied health and support roles at https://careers.{dom}. Create a job alert for your specialty, and ask about our sign-on bonus for night shift.", "Set up job alerts by department at https://careers.{dom}/alerts. New grad nurse residency applications open each spring."),
        ("Connect with us on Facebook, Instagram and LinkedIn @{org_tag}.", "Follow @{org_tag} on Instagram and LinkedIn for stories from our units."),
        ("Our hiring follows equal-opportunity law to the letter, and adjustments during recruiting are there for the asking.", "We value diversity and provide accommodation during recruitment; tell us what you need."),
        ("Sent from an address that takes no mail. Medical questions cannot be answered by email; in an emergency call 911. Privacy: https://www.{dom}/privacy. Unsubscribe from recruitment messages: https://careers.{dom}/unsubscribe.", "Automated sender; answers are discarded. Your application information is handled under our privacy policy at https://www.{dom}/privacy. To stop career emails, update your preferences in your candidate profile."),
    ),
    "acad": (
        ("Research news, events and public lectures: https://www.{dom}/news.", "Public lecture series this term - free and open to all. Details at https://www.{dom}/lectures."),
        ("Subscribe to the staff vacancies bulletin, sent every Friday: https://jobs.{dom}/bulletin.", "Our weekly jobs bulletin lists new academic and professional posts; subscribe at https://jobs.{dom}/subscribe."),
        ("Working here: generous superannuation, flexible work, on-campus childcare and study support. Browse all current vacancies and set job alerts at https://jobs.{dom}.", "Why join us: relocation support, research leave and a staff wellbeing programme. Current vacancies: https://jobs.{dom}."),
        ("Find the University on LinkedIn, Instagram and Bluesky @{org_tag}.", "Stay connected: LinkedIn · Instagram · YouTube @{org_tag}."),
        ("We acknowledge the Traditional Owners of the lands on which our campuses stand.", "The University is committed to equality, diversity and inclusion and holds an Athena Swan award."),
        ("Sent automatically by the University's hiring system, which reads no answers. The applicant privacy notice at https://jobs.{dom}/privacy explains how your details are held. CRICOS Provider {ref}.", "Machine-sent; answers go unread. Applicant privacy notice: https://jobs.{dom}/privacy. The University is a registered charity, number {ref}."),
    ),
    "tech": (
        ("Read about what we're building on the engineering blog: https://{dom}/blog.", "Catch our latest product updates and changelog at https://{dom}/changelog."),
        ("Get the monthly {org} newsletter - product news, talks and meetups: https://{dom}/newsletter.", "Join our community newsletter for release notes and meetup invites at https://{dom}/community."),
        ("We're hiring across engineering, design and go-to-market: https://{dom}/careers. Turn on job alerts to hear about new teams first.", "See every open role at https://{dom}/careers and subscribe to alerts for the teams you like."),
        ("GitHub · LinkedIn · X · Discord - come say hi @{org_tag}.", "Find us on GitHub and LinkedIn @{org_tag}."),
        ("Equal-opportunity hiring is a promise here: nobody is weighed on race, faith, origin, gender, orientation, age, family status, military past or disability.", "Products get better when the people building them differ; applicants from every walk of life are wanted."),
        ("This came to you as an applicant to {org}. Candidate privacy policy: https://{dom}/legal/candidate-privacy. Unsubscribe: https://{dom}/u/{ref}. {org}, {city}.", "This mailbox is unattended. Learn how we handle applicant data at https://{dom}/privacy/candidates. Email settings: https://{dom}/settings/email."),
    ),
    "npo": (
        ("Every $25 feeds a family for a week. Donate at https://{dom}/give.", "Become a monthly supporter and help us plan ahead: https://{dom}/donate."),
        ("Sign up for our e-newsletter for stories from the field and volunteer opportunities: https://{dom}/news.", "Our quarterly impact report is out now - read it at https://{dom}/impact."),
        ("Current openings and volunteer roles: https://{dom}/jobs. Sign up for job alerts to hear first.", "Looking for other ways to get involved? See volunteer and staff openings at https://{dom}/get-involved."),
        ("Facebook · Instagram · LinkedIn @{org_tag}", "Follow our work on Instagram and LinkedIn @{org_tag}."),
        ("Charity registration {ref} belongs to {org}; people with lived experience of the issues we tackle are warmly urged to apply.", "Charity number {ref}. We welcome applicants from communities we serve."),
        ("Our hiring platform sent this; nobody reads answers to it. Privacy notice: https://{dom}/privacy. Unsubscribe: https://{dom}/unsubscribe.", "Answers to this email go unread. How we use your information: https://{dom}/privacy. Opt out of emails at any time."),
    ),
}

# Notes in the quoted history under a thread reply: none speaks of the outcome.
READER_NOTES = (
    "Hi {hm},\n\nThanks again for setting everything up on {day}; meeting the team in person was a treat. Anything more you'd like from my side, shout.\n\nBest,\n{first}",
    "Hello {hm},\n\nWondering roughly when the {role} decision might land - I'm juggling one other process, so a ballpark would help. Referees are primed.\n\nThanks,\n{full}",
    "Hi {hm}, following up with the writing sample we talked about. It's attached as a PDF.\n\nCheers,\n{first}",
    "Dear {hm},\n\nA belated thanks for the conversation on {day}; the bit about how the team plans its quarter stuck with me.\n\nWarm regards,\n{full}",
)
SCHEDULER_NOTES = (
    "Hi {first},\n\nConfirming your interview on {day}. You'll meet {hm} and two members of the team. Parking is in the visitor lot.\n\n{hm}",
    "Hi {first}, calendar invite sent for {day}. Video link is in the invite; shout if that slot clashes with anything.\n\nThanks!",
)
ATS_TOOLS = ("Hirebird", "Openseat", "Candidex", "Jobquay", "Talentgrove", "Rosterline")
PHONE_SIGS = ("Typed on my phone, excuse the brevity", "Sent from my iPad", "Sent on the go", "Mobile - please excuse typos")
ZONES = {"us": ("-0500", "-0600", "-0800", "-0400"), "uk": ("+0000", "+0100"), "ca": ("-0400", "-0500", "-0600", "-0700"), "ie": ("+0000", "+0100"), "au": ("+1000", "+1100", "+0930")}
ALERT_SITES = ("JobWharf", "Careerlane", "Workhaven")
INTERNAL_NAMES = (("Darla", "Voss"), ("Wendell", "Pruitt"), ("Colette", "Ambrose"), ("Travis", "Holloway"), ("Lorna", "Kesterson"), ("Russ", "Tallmadge"), ("Jolene", "Marchetti"), ("Buddy", "Orcutt"))


class Maker(MakerBase):
    def context(self, region: str, sector: str) -> dict:
        rng = self.rng
        reg = rng.choice(sorted(REGIONS)) if region == "mix" else region
        people, others, cities, phone, hello, sign = REGIONS[reg]
        orgs, roles = SECTORS[sector]
        (hm, hm_sur), (first, surname) = rng.sample(people, 2)
        if sector == "energy":
            (hm, hm_sur), (first, surname) = rng.sample(INTERNAL_NAMES, 2)
        (org, dom), (org2, _) = rng.sample(orgs, 2)
        role, role2 = rng.sample(roles, 2)
        if sector in ("agency", "campus"):
            org2 = rng.choice([o for o, _ in SECTORS["tech"][0] + SECTORS["fin"][0] + SECTORS["health"][0]])
        if sector == "agency":
            role2 = rng.choice(SECTORS["fin"][1] + SECTORS["tech"][1] + SECTORS["npo"][1])
        sent = datetime(2018, 1, 8, 7, 0) + timedelta(days=rng.randrange(9 * 365 - 40), minutes=rng.randrange(11 * 60), seconds=rng.randrange(60))
        later = sent + timedelta(days=rng.randrange(3, 16))
        before = sent - timedelta(days=rng.randrange(2, 10))
        c = {
            "first": first, "surname": surname, "full": f"{first} {surname}", "hm": hm, "hm_full": f"{hm} {hm_sur}",
            "org": org, "org2": org2, "dom": dom, "org_tag": dom.split(".")[0].replace("-", ""), "region": reg, "sector": sector,
            "role": role, "role2": role2, "city": rng.choice(cities), "other": rng.choice(others),
            "year": sent.year + 1, "cyear": sent.year, "ref": f"{rng.choice(('', 'R-', 'REQ', 'JR'))}{rng.randrange(10000, 999999)}",
            "next": f"{later:%A} {later.day} {MONTHS[later.month - 1]}", "date": f"{later.day} {MONTHS[later.month - 1]}",
            "day": f"{before:%A} the {before.day}{'th' if 10 < before.day < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(before.day % 10, 'th')}",
            "sent": sent, "later": later, "stamp": f"{sent:%b %d, %Y %I:%M %p}", "phone": phone.format(rng.randrange(1000, 9999)),
            "hello": hello, "sign": sign, "datehdr": f"{sent:%a, %d %b %Y %H:%M:%S} {rng.choice(ZONES[reg])}",
        }
        if sector.startswith("gov-") and reg == "us":
            c["ref"] = f"{rng.choice(('DRHS', 'BIW', 'REV'))}-{sent.year % 100}-{rng.randrange(100000, 999999)}-{rng.choice(('DE', 'MP', 'ST'))}"
        return c

    def shell(self, code: str, subject: str, core: str, c: dict) -> tuple[str, str, str]:  # noqa: PLR0911, PLR0912, PLR0915 - one branch per shell
        """The subject, body and sender of one shape around ``core``."""
        rng = self.rng
        org, dom, first = c["org"], c["dom"], c["first"]
        own = core.startswith(("Hi ", "Hey", "Dear ", "Hello", "Good ", "Great news", "Short version", "Thanks", "Totally", "Cheers", "Lovely", "Really", "Apologies", "Per our", "As discussed", "As I", "Just"))
        hello = "" if own else c["hello"].format(**c) + "\n\n"
        person = f"{c['hm_full']} <{mailbox(c['hm_full'].replace(' ', '.'), 'staff')}@{dom}>"
        me = f"{c['full']} <{mailbox(first + '.' + c['surname'], 'me')}@inbox.example>"
        if code == "pm":  # a plain mail from a person
            title = rng.choice(("Talent Acquisition", "Hiring Manager", "People & Culture", "HR Business Partner", "Recruitment Lead"))
            return (subject, f"{hello}{core}\n\n{c['sign']},\n{c['hm_full']}\n{title}, {org}", person)
        if code == "ph":  # sent from a phone
            sign = rng.choice(("", f"\n{c['hm']}", f"\n-{c['hm'][0]}"))
            return (subject if rng.random() < 0.5 else f"Re: {subject}", f"{core}{sign}\n\n{rng.choice(PHONE_SIGS)}", person)
        if code == "ft":  # the careers team's mail under a long footer
            parts = FOOTERS.get(c["sector"], FOOTERS["tech"])
            foot = "\n\n".join(rng.choice(pair).format(**c) for pair in parts)
            team = rng.choice(("Talent Acquisition Team", "Recruitment Team", "Careers Team", "People Team"))
            rule = rng.choice(("_" * 40, "~" * 30, "- - - - - - - - - -"))
            return (subject, f"{hello}{core}\n\n{c['sign']},\n{org} {team}\n\n{rule}\n\n{foot}", f"{org} Careers <careers@{dom}>")
        if code == "at":  # an ATS status update, in one of six shapes
            tool = rng.choice(ATS_TOOLS)
            link = f"https://{c['org_tag']}.{tool.lower()}.example/portal/applications/{c['ref']}"
            shape = rng.randrange(6)
            if shape == 0:
                body = f"| Job | {c['role']} |\n| Requisition | {c['ref']} |\n| Status | {core} |\n\nOpen the candidate portal: {link}\n\nThis notification was generated by {tool} on behalf of {org}."
            elif shape == 1:
                body = f"Applied ✓   Reviewed ✓   Decision ●\n\n{core}\n\n{c['role']} · {org} · {c['city']}\n\n[ Go to my applications ] {link}"
            elif shape == 2:
                body = f'<!DOCTYPE html><html><body style="margin:0;background:#f4f6f8"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="560" style="background:#ffffff;font-family:Arial,sans-serif"><tr><td style="padding:20px;font-size:13px;color:#666">{org} Careers</td></tr><tr><td style="padding:0 20px 16px;font-size:16px">{core}</td></tr><tr><td style="padding:0 20px 24px"><a href="{link}" style="background:#0b5cab;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Check status</a></td></tr><tr><td style="padding:12px 20px;font-size:11px;color:#999">Powered by {tool} · <a href="https://{tool.lower()}.example/privacy">Privacy</a></td></tr></table></td></tr></table></body></html>'
            elif shape == 3:
                body = f"Dear {c['full']},\n\nJob ID: {c['ref']}\nJob title: {c['role']}\nLocation: {c['city']}\n\n{core}\n\nEvery application you've made with us, and where each stands, is listed at {link}.\n\n{org} Recruiting"
            elif shape == 4:
                body = f"Hi {first} 👋\n\nQuick update from {org}:\n\n{core}\n\n{link}\n\n—\n{tool} sends these to people who applied through it. Notification settings: https://{tool.lower()}.example/settings"
            else:
                body = f"{org.upper()} | CAREERS\n{'=' * 24}\nApplication: {c['role']}\nSubmitted: {c['stamp']}\n\nUPDATE\n{core}\n\nSign in: {link}\n(automated message - do not reply)"
            return (subject, body, f"{org} Recruiting <notifications@{tool.lower()}.example>")
        if code == "th":  # a reply after an interview, with the quoted history below
            note_sent = c["sent"] - timedelta(hours=rng.randrange(4, 60))
            first_sent = note_sent - timedelta(days=rng.randrange(3, 9))
            note = rng.choice(READER_NOTES).format(**c)
            sched = rng.choice(SCHEDULER_NOTES).format(**c)
            prefix = rng.choice(("RE: [EXT] Re: ", "RE: [EXT] RE: ", "Re: [EXTERNAL] Re: ", "RE: Re: "))
            if rng.random() < 0.5:
                quoted = (f"On {note_sent:%a, %b %d, %Y at %I:%M %p} {c['full']} <{me.split('<')[1]} wrote:\n> " + note.replace("\n", "\n> ")
                          + f"\n>\n>> On {first_sent:%a, %b %d, %Y} {c['hm_full']} wrote:\n>> " + sched.replace("\n", "\n>> "))
            else:
                quoted = (f"-----Original Message-----\nFrom: {me}\nSent: {note_sent:%a %d-%b-%Y %H:%M}\nTo: {person}\nSubject: Re: {subject}\n\n{note}\n\n"
                          f"-----Original Message-----\nFrom: {person}\nSent: {first_sent:%a %d-%b-%Y %H:%M}\nTo: {me}\nSubject: {subject}\n\n{sched}")
            sig = f"{c['hm']}\n\n{c['hm_full']} | {rng.choice(('Engineering Manager', 'Hiring Manager', 'Director', 'Nurse Manager', 'Head of Department', 'Senior Recruiter'))}\n{org}"
            return (prefix + subject, f"{hello}{core}\n\n{sig}\n\n{quoted}", person)
        if code == "rc":  # a recruiter's mail with a signature block
            return (subject, f"{hello}{core}\n\n{c['sign']},\n{c['hm_full']}\n{rng.choice(('Senior Consultant', 'Recruitment Manager', 'Talent Partner', 'Associate Director'))}\n{org}\nT: {c['phone']} | https://www.{dom}", person)
        if code == "gv":  # a public-sector hiring portal notice
            portal = {"gov-us": "FedHire", "gov-uk": "Government Recruitment Service", "gov-ca": "Staffing Portal", "gov-au": "Careers Portal", "gov-ie": "Appointments Portal"}.get(c["sector"], "Recruitment Portal")
            body = (f"{org}\n{portal} - applicant notification\n\nApplicant: {c['full']}\nPosition: {c['role']}\nReference: {c['ref']}\n\n{core}\n\n"
                    f"Your full record, notices included, sits in your {portal} account at https://{dom}/account.\n\n"
                    f"{c['hm_full']}\n{rng.choice(('Human Resources Specialist', 'Staffing Advisor', 'Recruitment Officer', 'Resourcing Team'))}\n\nIssued by the portal automatically; answers to this address are not collected.")
            return (subject, body, f"{portal} <no-reply@{dom}>")
        if code == "pc":  # an internship, co-op or graduate programme office
            return (f"[{org.split(',')[0]}] {subject}",
                    f"{hello}{core}\n\nQuestions about the programme? Email earlycareers@{dom} or visit https://{dom}/students.\n\n{org}\n\nSent to everyone with an application in this cycle's intake.",
                    f"{org.split(',')[0]} <earlycareers@{dom}>")
        if code == "ht":  # an HTML mail
            greet = "" if own else f"<p>{c['hello'].format(**c)}</p>"
            paras = "".join(f'<p style="font:15px/1.5 Helvetica,Arial">{line}</p>' for line in core.split("\n") if line.strip())
            return (subject, f'<html><head><meta charset="utf-8"></head><body><div style="max-width:600px;margin:0 auto;padding:24px;border:1px solid #e3e3e3"><img src="https://{dom}/img/logo.png" alt="{org}" height="32">{greet}{paras}<p>{c["sign"]},<br>{c["hm_full"]}<br>{org}</p><hr><p style="font-size:11px;color:#777">{org} · {c["city"]} · <a href="https://{dom}/careers">Careers</a> · <a href="https://{dom}/privacy">Privacy</a></p></div></body></html>',
                    f"{c['hm_full']} at {org} <talent@{dom}>")
        if code == "li":  # a professional-network message forwarded to mail
            return (f"{c['hm_full']} sent you a message",
                    f"{c['hm_full']}\n{rng.choice(('Technical Recruiter', 'Executive Search Consultant', 'Talent Partner'))} at {org}\n\n{hello}{core}\n\nReply: https://pronet.example/messaging/{c['ref']}\n\nInMail alerts are switched on for you. Switch them off: https://pronet.example/settings",
                    f"{c['hm_full']} via ProNet <messages-noreply@pronet.example>")
        if code == "al":  # a job-board alert digest
            site = rng.choice(ALERT_SITES)
            pool = [(o, r) for o, _ in SECTORS[c["sector"]][0] for r in SECTORS[c["sector"]][1]]
            picks = rng.sample(pool, 4)
            rows = "\n\n".join(f"{r}\n{o} - {rng.choice(REGIONS[c['region']][2])}\n{rng.choice(('Posted today', 'Posted 2 days ago', 'Easy apply', 'New'))}\nhttps://{site.lower()}.example/job/{rng.randrange(10**6, 10**7)}" for o, r in picks)
            return (subject, f"{core}\n\n{rows}\n\nSee all results: https://{site.lower()}.example/search?q={c['role'].split()[0]}\n\nThis digest follows a search you saved on {site}. Change frequency or unsubscribe: https://{site.lower()}.example/alerts", f"{site} Alerts <alerts@{site.lower()}.example>")
        if code == "in":  # internal business mail with the thread below
            sent = c["sent"] - timedelta(hours=rng.randrange(2, 30))
            ask = rng.choice(("Any update on this?", "Where did we land?", "Can you give me the short version before the 2pm?", "Following up - need this for the weekly report."))
            body = (f"{core}\n\n{c['hm']}\n\n -----Original Message-----\nFrom: \t{first} {c['surname']}  \nSent:\t{sent:%m/%d/%Y %I:%M:%S %p}\nTo:\t{c['hm_full']}\nCc:\t{c['other']} {rng.choice(('Garrity', 'Pelham', 'Stroud', 'Yancey'))}\nSubject:\t{subject}\n\n{ask}\n\n{first}")
            return (subject if subject.startswith("RE:") else rng.choice(("", "RE: ")) + subject, body, f"{c['hm_full']} <{mailbox(c['hm_full'].replace(' ', '.'), 'staff')}@{dom}>")
        raise ValueError(code)

    def add(self, name: str, kind: str, region: str, sector: str, code: str, subject: str, core: str) -> None:  # noqa: PLR0917 - a template's fields
        seen = {rec["body"] for rec in self.records}
        for _ in range(20):  # a short core in a bare shell can come out twice: draw the copy again
            c = self.context(region, sector)
            subj, body, sender = self.shell(code, subject.format(**c), core.format(**c), c)
            if body + "\n" not in seen:
                break
        self.shells[(kind, code)] += 1
        self.places[(c["region"], "rejection" if kind == RJ else "other")] += 1
        self.records.append(record(subj, body, sender, kind=kind, family=f"{PREFIX}-{name}", provenance=PROVENANCE, to=f"{c['full']} <{mailbox(c['first'] + '.' + c['surname'], 'me')}@{'inbox.example' if c['sector'] != 'energy' else dom_of(sender)}>", date=c["datehdr"]))


def dom_of(sender: str) -> str:
    return sender.rsplit("@", 1)[1].rstrip(">")


def build(maker: Maker | None = None) -> list[dict]:
    maker = maker or Maker(random.Random(SEED))
    for name, kind, region, sector, shells, subject, core in REJECTIONS + OTHERS:
        for code in shells:
            maker.add(name, kind, region, sector, code, subject, core)
    return finish(maker.records, maker.rng, "w35")


def langs(maker: Maker, records: list[dict]) -> int:
    """Print the make-up by kind, kind/shell and place (no message text)."""
    return makeup(records, (("kind / shell", maker.shells), ("place / label", maker.places)), lengths(records))


def main(argv: list[str]) -> int:
    maker = Maker(random.Random(SEED))
    records = build(maker)
    return run(argv, OUT, records, lambda: langs(maker, records), skip=SEALED, top=None)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
