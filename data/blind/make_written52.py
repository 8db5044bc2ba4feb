# ruff: noqa: E501, S311
"""Write data/blind/written-52.jsonl: training mail, fortieth batch (recall: the misses' kinds).

Fifty-first pass (recall). The rejections missed in the last four held-out slices fall into ten
kinds, written here again in new wordings:

1. the place gone to someone else, told warmly, with no negation word (a helper, a relative, an
   apprentice, a local, a volunteer, a former employee), in English of many regions and in 26
   other languages;
2. a score against a cut-off; 3. a bare ATS status; 4. a vacancy withdrawn, frozen or filled
   internally; 5. a short refusal above a long footer (plain and HTML); 6. a person's reply in a
   thread after an interview giving only someone else's appointment; 7. competition counts;
   8. the process simply ending; 9. auditions, casting, crews and seasonal work; 10. non-native
   English, internships and graduate schemes, a recruiter's decision-plus-another-role, and
   public-sector "not referred", "ineligible", "minimum qualifications".

About 190 ``rejection`` mails, and about 110 ``not_rejection`` twins from the same senders and
shapes (the place gone to the reader, a score above the cut-off, a status moved to Interview,
receipts that talk about a refusal that has not happened under the same footers, a vacancy
reopened, "you're one of the M", the reader's own withdrawal, refusals not about a job).

Shells: a person's email (``em``), a reply in a thread with the applicant's note quoted Outlook-
or Gmail-style (``th``), an applicant-tracking platform's notice (``at``), a public body's letter
(``pb``), and a short mail above a long careers / newsletter / unsubscribe / registered-office
footer, plain or HTML (``ft``); the other-language mails are a person's email in that language
(``lg``). No links; every address under ``.example``.

    python data/blind/make_written52.py           # writes the file (seed 520521)
    python data/blind/make_written52.py --langs   # make-up by kind and language
    python data/blind/make_written52.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

SEED = 520521
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import MakerBase, ascii_slug, finish, lengths, makeup, record, run  # noqa: E402

# written-31's address helper (an ASCII local part, or a stem and number for another script)
from make_written31 import mailbox  # noqa: E402

OUT = HERE / "written-52.jsonl"
PROVENANCE = "written for rejectwatch issue 11 fifty-first pass as training mail, fortieth batch, recall: the ten kinds of the held-out misses, warm hand-offs in 26 languages, and not-rejection twins (make_written52.py)"
PREFIX = "blind-w52"  # the read-slice prefix: train-only in grouped CV
RJ, AR, IV, NS, OF, OJ, NJ = "rejection", "application_received", "interview_invitation", "next_steps", "offer", "other_job", "non_job_rejection_words"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")

# Templates: (name, kind, copies, role, subject, core); copies are "region:shell", one message
# each, with its own reader, signer, invented outfit, town, date and time zone from the region.
EN_RJ = (
    # -- 1. the place gone to someone else, warmly, no negation word
    ("gone-saturday-helper", RJ, ("uk:em", "nz:em"), "Shop Assistant", "The Saturday job",
     "So lovely meeting you on Thursday, and cheers for waiting while we chewed it over. The job has gone to {ofirst}, who has helped out behind the counter every Saturday for three years and knows half the village by name. For a little shop like ours that was the obvious pick. Wishing you the very best out there."),
    ("gone-nephew-apprentice", RJ, ("au:em", "ie:em"), "Apprentice Joiner", "Apprenticeship at the yard",
     "Thanks for dropping your CV down to the yard and for the good chat over the bench. We're taking on my nephew Callum as the apprentice; he's been pottering round the workshop since he could walk and he's mad keen to learn the trade. Best of luck, and I hope something turns up close to home for you."),
    ("gone-regular-mechanic", RJ, ("us:em", "ca:em"), "Diesel Mechanic", "Mechanic opening",
     "Appreciate you stopping by the shop about the bay opening. Our new mechanic will be one of our regulars, {ofirst}, who has run a fleet of trucks through here for years and finally wanted a change of scenery. Thanks again for the time, and all the best in the search."),
    ("gone-islander", RJ, ("uk:th", "nz:th"), "Ferry Deckhand", "Deckhand post",
     "Thanks for crossing over for the interview; we all enjoyed meeting you. The post goes to a woman who lives here on the island, since the first sailing leaves at six and the crossing makes early starts hard for anyone on the mainland. Warmest wishes for what comes next."),
    ("gone-volunteer-trustees", RJ, ("uk:em", "za:em"), "Community Centre Coordinator", "Coordinator appointment",
     "We were touched by the care in your application to be our {role}. The trustees have appointed {other}, who has volunteered with us every week since the centre opened its doors and already runs the Tuesday lunch club. Your wish to be part of it touched us. Go gently."),
    ("gone-former-staff-returns", RJ, ("au:th", "sg:em"), "Operations Lead", "{role} - an update",
     "A quick update on {role}: {ofirst}, who spent six years with us before heading overseas, is coming home and rejoining the team from {date}. It's a happy ending for us, and this news ought to come from me personally. You were very patient through the rounds; good luck."),
    ("gone-daughter-farmstand", RJ, ("us:em", "ca:em"), "Farm Stand Helper", "Farm stand this summer",
     "Thanks for your note about lending a hand at the stand this summer. My daughter is back from her first year at college and will run the stand with me, so we've got all the hands we need. Hope you land something great, and come by for peaches in August."),
    ("gone-placement-student", RJ, ("ie:th", "in:th"), "Research Assistant", "Research assistant post",
     "We're grateful for the afternoon you spent at the interviews. The post is going to {ofirst}, who finished a placement in the lab last month and knows our instruments inside out. Your application will stay with us in good memory, and I wish you every good thing in your research."),
    ("gone-apprentice-qualified", RJ, ("nz:em", "za:em"), "Qualified Electrician", "Sparky role",
     "Cheers for swinging by the site on Monday. Our apprentice {ofirst} has just finished the apprenticeship and signed off, so we've given the {role} job to {ofirst}; four years with the crew earns that. Ta for your interest, and I hope the job hunt treats you well."),
    ("gone-congregation-member", RJ, ("ng:em", "ke:em"), "Parish Administrator", "The parish administrator post",
     "Your application for {role}, and the morning you spent with the committee, were much appreciated. The committee has asked {other}, a long-standing member of our congregation who kept the parish books for many years, to take up the post from {date}. May God bless the road ahead of you."),
    ("gone-temp-made-permanent", RJ, ("us:th", "uk:th"), "Office Manager", "{role}",
     "Just closing the loop with you: {ofirst}, the temp who's been covering {role} since the spring, accepted the permanent contract this week. The whole team is thrilled. Thank you for being so patient with us while we worked it out."),
    ("gone-cousin-cafe", RJ, ("au:em",), "Cafe All-Rounder", "Cafe job",
     "Thanks for the call yesterday about the counter job. My cousin's lad begins on Monday, so the counter's covered for the season. Ta for the call."),
    ("gone-neighbour-garden", RJ, ("uk:em",), "Gardener", "Gardening work",
     "Thank you for your kind letter about the garden work. Our neighbour's son, who knows these beds well, has taken it on for the year, and he starts in the greenhouse next week. I hope you find a lovely garden to look after."),
    ("gone-old-colleague-sg", RJ, ("sg:th", "ph:th"), "Finance Manager", "Finance Manager position",
     "The directors enjoyed sitting down with you last week. They have decided to bring back {other}, who was our finance controller until 2022, to take the {role} seat from {date}. We enjoyed getting to know you and truly wish you success."),
    ("gone-local-teacher-ke", RJ, ("ke:em", "za:em"), "Maths Teacher", "Maths teacher vacancy",
     "Greetings, and thanks for the long journey to the school. Our board has settled on a teacher from our own village who did her teaching practice here, and she reports on {date}. Go well, and thank you again."),

    # -- 2. a score against a cut-off
    ("score-council-shortlisting", RJ, ("uk:pb", "ie:pb"), "Planning Officer", "Shortlisting outcome: {role} ({ref})",
     "At shortlisting your application received a total of {low} out of 100. For this post the panel is inviting to interview applicants with a total of {cut} or more, which means there is no interview invitation for you from this campaign."),
    ("score-charity-qualifying", RJ, ("za:pb", "ke:pb"), "Programme Officer", "Written exercise results - {role}",
     "The written exercise for {role} has been marked. Your mark of {low}% sits below the qualifying mark of {cut}% agreed by the panel, which closes your application here."),
    ("score-museum-top-ranked", RJ, ("uk:ft", "au:pb"), "Collections Assistant", "{role}: shortlisting",
     "We received {n} applications for {role} and ranked each against the person specification. Only the top {top} ranked applicants are being asked to interview, and your application was ranked outside that group."),
    ("score-college-aptitude", RJ, ("in:at", "sg:at"), "Lab Demonstrator", "Aptitude test result - {role}",
     "Result of the online aptitude test for {role}\nYour score: {low}/100\nMinimum to progress: {cut}/100\nOutcome: Did not progress to the panel round"),
    ("score-merit-list", RJ, ("au:pb", "nz:pb"), "Policy Adviser", "Selection outcome: {role}",
     "Your application for {role} was assessed against the key selection criteria and given an overall rating of {low}. Candidates rated {cut} and above have been placed on the interview list; for your application, the round is over."),
    ("score-fitness-points", RJ, ("ca:pb", "ie:pb"), "Firefighter Recruit", "{role} intake: assessment day",
     "We appreciated you attending the assessment day. Your combined total across the physical and aptitude exercises was {low} points; the pass line for this intake was set at {cut} points, so your application for the {role} intake stops here."),
    ("score-library-band", RJ, ("nz:pb",), "Library Assistant", "{role} - shortlisting result",
     "Each application for {role} was banded A to D by two readers. Interviews go to band A and B applicants only; yours was placed in band C, so it stops short of interview."),

    # -- 3. a bare ATS status
    ("ats-now-shows-unsuccessful", RJ, ("uk:at", "au:at"), "Customer Adviser", "Application status changed",
     "Application {ref} ({role}) - current status: Unsuccessful.\nNo action needed on your side."),
    ("ats-marked-not-progressed", RJ, ("ie:at", "nz:at"), "Payroll Officer", "Update to your application",
     "Your application for {role} has been marked Not progressed by the hiring team. That's everything; no reply needed."),
    ("ats-status-change-block", RJ, ("us:at", "ca:at"), "Inventory Analyst", "Status change: {role}",
     "Status change for {role}\nPrevious status: In review\nNew status: Not selected\nNo reply is expected."),
    ("ats-closed-filled", RJ, ("sg:at", "in:at"), "Procurement Executive", "{role} ({ref})",
     "Application {ref} for {role} has moved to Closed - position filled. This change was made by the {short} recruiting team."),
    ("ats-archived-other", RJ, ("us:at", "za:at"), "Dispatch Coordinator", "Your candidacy: {role}",
     "Your candidacy for {role} is now Archived - other candidate selected. No action required on your part."),
    ("ats-dashboard-not-progressing", RJ, ("uk:at", "ke:at"), "Estates Officer", "Your candidate dashboard has changed",
     "Your dashboard has been refreshed. {role}: Not progressing. Any other applications in your account keep their current status."),

    # -- 4. vacancy withdrawn, cancelled, frozen or filled internally
    ("vac-budget-taken-down", RJ, ("uk:em",), "Marketing Manager", "{role} vacancy",
     "Following this month's budget review we've taken the {role} vacancy down, and it will stay empty this financial year. That means none of the applications, yours included, will be going any further."),
    ("vac-cancelled-public", RJ, ("us:pb", "nz:pb"), "Park Ranger", "Recruitment cancelled: {role} ({ref})",
     "The service has called off recruitment for {role} under reference {ref}. Every application, yours among them, is now closed, and there will be no selection under it."),
    ("vac-frozen-released", RJ, ("in:at", "sg:em"), "Business Analyst", "{role} requisition",
     "With the hiring freeze announced across the group this week, the {role} requisition has been frozen indefinitely and every candidate in the pipeline has been released, yourself included."),
    ("vac-filled-internally", RJ, ("uk:ft", "au:th"), "Account Director", "{role}",
     "A colleague from our northern office takes over the {role} role, so the external search is being wound up, your application included."),
    ("vac-post-deleted", RJ, ("za:pb", "ke:pb"), "Records Clerk", "Vacancy {ref}: {role}",
     "Following the restructuring of the directorate, the {role} post has been removed from the establishment. As the post has ceased to exist, your application lapses with it."),

    # -- 5. a short refusal above a long footer
    ("ft-other-candidates", RJ, ("us:ft", "ca:ft"), "Product Designer", "About your {role} application",
     "Having gone through your {role} application, the team are taking other people to the next step."),
    ("ft-not-shortlisted", RJ, ("uk:ft", "ie:ft"), "Finance Assistant", "{role} application",
     "Many thanks for your {role} application. It hasn't made the interview shortlist."),
    ("ft-wont-progress", RJ, ("au:ft", "nz:ft"), "Retail Supervisor", "Your application at {short}",
     "Your papers for {role} have been read, and that's where it stops."),
    ("ft-not-chosen-stage", RJ, ("ph:ft", "sg:ft"), "Customer Care Specialist", "Application result - {role}",
     "Your application for {role} was not picked to continue to the next round."),
    ("ft-decided-against", RJ, ("za:ft", "ng:ft"), "Brand Ambassador", "{role}",
     "Following review, the team has decided against your application for {role}."),

    # -- 6. a thread reply after interview, the decision only as someone else's appointment
    ("th-starts-on-date", RJ, ("uk:th", "ie:th"), "Communications Officer", "{role} interview",
     "Lovely to get your follow-up, and thank you for giving up a whole day to the panel. {ofirst} starts with us as {role} on {date}. It came down to the wire, and meeting you was a real highlight."),
    ("th-offer-signed", RJ, ("us:th", "ca:th"), "Data Engineer", "{role}: following up",
     "Thanks for the nudge! From our end: an offer for {role} went out last week, and the candidate signed it Friday. I really enjoyed our three rounds together."),
    ("th-board-confirmed", RJ, ("za:th", "ke:th"), "Head of Programmes", "{role} final interview",
     "Thanks for checking in. The board confirmed {other} as our new {role} at Tuesday's sitting, with the handover on {date}. I valued our conversations a great deal."),
    ("th-internal-moves", RJ, ("sg:th", "au:th"), "Team Lead", "Follow-up: {role}",
     "Apologies for the slow reply. An internal candidate now holds the {role} seat; she moves across on {date}. We appreciate you travelling in twice."),
    ("th-finalist-accepted", RJ, ("in:th", "ph:th"), "QA Engineer", "{role} - final round",
     "Your note after Wednesday was much appreciated. The hiring manager made the offer to another finalist, who has accepted it, so we're wrapping up the search for {role}."),
    ("th-joined-monday", RJ, ("nz:th", "ng:th"), "Site Engineer", "{role}",
     "Great to hear from you. {ofirst} joined the team on Monday as our {role}, so the spot's now taken. Good on you for coming out to the yard; I enjoyed our yarn."),

    # -- 7. competition counts
    ("count-trial-shift", RJ, ("uk:em",), "Line Cook", "Trial shifts",
     "We had {n} applications for {role}. {m} were asked in for a trial shift; you weren't one of those {m}."),
    ("count-second-round", RJ, ("us:at", "ca:at"), "Account Manager", "{role}: round two",
     "{n} candidates applied for {role}; {m} have been asked to the second round. Your application is outside those {m}."),
    ("count-field-shortlist", RJ, ("ng:em", "ke:pb"), "Monitoring Officer", "Shortlist for {role}",
     "From a field of {n} applicants, the panel shortlisted {m} for interview. Your name is outside the shortlist."),
    ("count-places-intake", RJ, ("in:at", "za:at"), "Trainee Technician", "{role} intake",
     "There were {n} applicants for {m} places on the {role} intake, and every place has now been given to another applicant."),

    # -- 8. the process simply ending
    ("end-ends-here", RJ, ("uk:em", "za:at"), "Claims Handler", "{role}",
     "You've waited patiently these past weeks, thank you. Your application for {role} ends here."),
    ("end-stopping-here", RJ, ("ie:em",), "Quantity Surveyor", "Your {role} application",
     "We've gone over your application for {role} again after the assessment, and we're calling a halt to it here."),
    ("end-where-it-finishes", RJ, ("nz:em",), "Content Writer", "{role} update",
     "Just letting you know that, for your application, this is where {role} finishes."),
    ("end-post-gone-no-hire", RJ, ("in:pb", "sg:pb"), "Planning Engineer", "{role} ({ref})",
     "After the merger of the two units the {role} post no longer exists, so there will be no hire and your application is closed."),
    ("end-nothing-doing", RJ, ("uk:em",), "Bookkeeper", "Re: {role}",
     "Nothing doing this time on {role}, I'm afraid. The client picked a contractor they already knew."),
    ("end-journey-complete", RJ, ("ph:at", "ng:at"), "Technical Support Associate", "Your journey with {short}",
     "Your application journey with {short} for the {role} opening is complete as of today."),
    ("end-file-closed", RJ, ("ca:em", "ke:em"), "Grants Officer", "{role} file",
     "We have now closed your file for {role}. This closes our correspondence about this opening."),

    # -- 9. auditions, casting, crews, seasonal work
    ("perf-bill-full", RJ, ("uk:em",), "Variety Act", "Summer variety nights",
     "Thanks for sending the showreel for the summer variety nights. The bill is full now, and your act didn't make it onto it."),
    ("perf-crew-complete", RJ, ("nz:em", "au:em"), "Deckhand", "Winter season crew",
     "Our crew for the winter run is now complete: all twelve deckhand berths for the winter run went to people who sailed with us last year."),
    ("perf-part-cast", RJ, ("us:em",), "Actor", "Self-tape: the role of Marnie",
     "The role of Marnie has now been cast. Thank you for your self-tape, which the director enjoyed."),
    ("perf-orchestra-trial", RJ, ("za:em",), "Section Viola", "Viola audition",
     "After the second round of auditions the panel gave the trial to a different violist. We appreciate the journey you made to the hall."),
    ("perf-pickers-returning", RJ, ("au:em",), "Fruit Picker", "Harvest picking",
     "All the picking spots for the coming harvest are taken; our team has been filled from returning pickers."),
    ("perf-ski-instructors", RJ, ("ca:at", "nz:at"), "Ski Instructor", "Winter season: {role}",
     "Every {role} spot for the coming winter is taken; your application for this season stops here."),
    ("perf-choir-seats", RJ, ("ph:em",), "Choral Scholar", "Choral scholarship auditions",
     "The choir's places for next year are all taken after the auditions, and you're outside the twelve chosen."),

    # -- 10. non-native English, internships, recruiters, public sector
    ("nn-dont-go-further", RJ, ("xx:em", "xx:th"), "Sales Engineer", "Your interview",
     "Thank you for the interview. With the team we decided we don't go further with you, we took one other candidate. We wish you luck in your future."),
    ("nn-sorry-result", RJ, ("xx:em", "xx:em"), "SAP Consultant", "Result of selection",
     "We are sorry about this outcome, but the place goes to other candidate who has more years with SAP modules."),
    ("nn-decided-not-continue", RJ, ("xx:th", "xx:em"), "Embedded Developer", "Feedback after talks",
     "After the talks with the team we decided to not continue with your candidature. We say thank you for your hours with us."),
    ("intern-halts", RJ, ("uk:at", "in:at"), "Summer Intern", "{short} Summer Internship Programme",
     "Your application to the {short} Summer Internship Programme halts for this year. Applicants outnumbered places many times over."),
    ("grad-fully-allocated", RJ, ("ie:ft", "sg:at"), "Graduate Scheme", "{short} Graduate Scheme 2026",
     "We appreciated having you at the {short} Graduate Scheme 2026 selection day. The 2026 intake is now full, and it's been filled by other graduates."),
    ("rec-decision-plus-role", RJ, ("uk:em", "au:em"), "Operations Manager", "Following our call",
     "Cheers for picking up earlier; here it is in black and white: {role} has gone to another of the client's shortlist. On the bright side, a freight firm in {town} wants a six-month contractor with your exact background. Fancy a look at the brief?"),
    ("pub-not-referred", RJ, ("us:pb", "us:at"), "Program Analyst", "Notice of results: {role} ({ref})",
     "HR has reviewed your application for {role}, and the hiring official did not receive it among the referred applications."),
    ("pub-found-ineligible", RJ, ("us:pb",), "Contract Specialist", "Eligibility decision: {role}",
     "Going by the answers you gave in the questionnaire, you are ineligible for {role}: your record lacks the required time in grade."),
    ("pub-min-quals", RJ, ("ca:pb", "us:pb"), "Environmental Technician", "{role} ({ref})",
     "On review, the minimum qualifications listed in the job posting for {role} are not met by your application."),
    ("pub-psb-did-not-qualify", RJ, ("ph:pb",), "Administrative Officer II", "Result of evaluation: {role}",
     "Please be informed that after evaluation by our Personnel Selection Board, you did not qualify for {role}."),
    ("hedged-others-fit", RJ, ("ca:em", "sg:em"), "UX Researcher", "{role} application",
     "We had some very strong applications for {role}, and other applicants matched what the team is after a little more closely."),
)

EN_OK = (
    # -- the place going TO the reader
    ("of-gone-to-you", OF, ("uk:em",), "Shop Assistant", "The Saturday job",
     "So lovely meeting you on Thursday. After plenty of mulling, the job has gone to you! Could you start on {date}? Pop in any afternoon this week and we'll do the forms over a cuppa."),
    ("of-take-you-on", OF, ("au:em", "ie:em"), "Apprentice Joiner", "Apprenticeship at the yard",
     "Thanks for dropping your CV down to the yard. We're taking you on as the apprentice once the new month starts. Bring your boots and a packed lunch; the foreman will take you under his wing."),
    ("of-new-mechanic-you", OF, ("us:em", "ca:em"), "Diesel Mechanic", "Mechanic opening",
     "Appreciate you stopping by. Our new mechanic will be you, if you'll have us! Can you come in {next} to go over pay and the tool allowance?"),
    ("of-thread-panel", OF, ("uk:th", "us:th"), "Communications Officer", "{role} interview",
     "Lovely to get your follow-up. Happy news: you're the panel's choice for {role}, starting {date}. The written contract will follow by Friday."),
    ("of-trustees-appointed-you", OF, ("uk:em", "za:em"), "Community Centre Coordinator", "Coordinator appointment",
     "The trustees met last night and have appointed you as our {role}. We're delighted. Could you call me tomorrow to talk about a start date?"),
    ("of-bill-your-act", OF, ("uk:em", "ie:em"), "Variety Act", "Summer variety nights",
     "Thanks for the showreel. You're on the bill for the second Friday of the summer variety nights. Sound check is at five."),
    ("of-crew-berth", OF, ("nz:em", "au:em"), "Deckhand", "Winter season crew",
     "There's a deckhand berth for you on the winter run. Sign-on is {date} at the marina office."),
    ("of-part-yours", OF, ("us:em",), "Actor", "The role of Marnie",
     "The director loved your self-tape and the role of Marnie is yours. Your agent will get the deal memo this afternoon."),
    ("of-grad-place", OF, ("ie:at", "sg:at"), "Graduate Scheme", "{short} Graduate Scheme 2026",
     "We appreciated having you at the selection day, and you've won a place on the {short} Graduate Scheme 2026. The offer pack sits in your candidate account."),
    ("of-nn-we-take-you", OF, ("xx:em",), "Sales Engineer", "Your interview",
     "Thank you for the interview last week. We are happy to say we take you for this position. Please tell us when you can start."),

    # -- a score above the cut-off, a count you are inside
    ("iv-score-above", IV, ("uk:pb", "ie:pb"), "Planning Officer", "Shortlisting outcome: {role} ({ref})",
     "At shortlisting your application received a total of {high} out of 100. The panel is seeing applicants with {cut} or more, so there's an interview slot for you on {next}."),
    ("iv-mark-clears", IV, ("za:pb", "ke:pb"), "Programme Officer", "Written exercise results - {role}",
     "The written exercise for {role} has been marked. Your mark of {high}% clears the qualifying mark of {cut}%, and you go through to the panel interview on {next}."),
    ("iv-top-ranked", IV, ("au:pb",), "Collections Assistant", "{role}: shortlisting",
     "We received {n} applications for {role}. Yours is among the top {top} ranked, so please come to interview on {next}."),
    ("iv-one-of-m", IV, ("uk:em", "au:em"), "Line Cook", "Trial shifts",
     "We had {n} applications for {role} and you're one of {m} we'd like on a trial shift. Does {next} suit?"),
    ("iv-second-round", IV, ("us:at", "ca:at"), "Account Manager", "{role}: round two",
     "{n} candidates applied for {role}, and you're one of the {m} invited to the second round. Choose an interview time from your candidate account before {date}."),
    ("iv-thread-second", IV, ("us:th", "in:th"), "Data Engineer", "{role}: following up",
     "Thanks for the nudge! The team came away from Tuesday impressed, and our CTO wants to meet you in a final round. Would {next} at 2pm work?"),
    ("iv-nn-we-go-further", IV, ("xx:em",), "Embedded Developer", "Feedback after talks",
     "After the talks with the team we decided to go further with you. Please come for a second talk on {next} in our office."),
    ("iv-perf-callback", IV, ("ca:em",), "Actor", "Callback",
     "The director wants you at callbacks for the role of Marnie on {next}. Sides attached."),
    ("iv-recruiter-second", IV, ("uk:em", "au:em"), "Operations Manager", "Following our call",
     "Cheers for picking up earlier; here it is in black and white: the client has asked for a second meeting with you about {role}. Separately, a freight firm in {town} wants a six-month contractor with your exact background. Fancy a look at that brief as well?"),
    ("iv-reopened", IV, ("uk:pb",), "Estates Officer", "{role} ({ref})",
     "We've readvertised the {role} post, now closing {date}. Your earlier application carries over, and there's an interview slot for you on {next}."),

    # -- a status moved forward, a referral, eligibility
    ("ns-status-interview", NS, ("uk:at", "ca:at"), "Customer Adviser", "Application status changed",
     "Application {ref} ({role}) - current status: Interview.\nNo action needed on your side until the recruiter offers you a time."),
    ("ns-moved-assessment", NS, ("in:at", "sg:at"), "Procurement Executive", "{role} ({ref})",
     "Application {ref} for {role} has moved to Assessment. Finish the online assessment before {date}."),
    ("ns-marked-progressed", NS, ("ie:at",), "Payroll Officer", "Update to your application",
     "Your application for {role} has been marked Progressed to shortlist. For now, sit tight."),
    ("ns-status-block", NS, ("us:at", "ph:at"), "Inventory Analyst", "Status change: {role}",
     "Status change for {role}\nPrevious status: In review\nNew status: Hiring manager review\nNothing to do yet."),
    ("ns-referred", NS, ("us:pb", "us:at"), "Program Analyst", "Notice of results: {role} ({ref})",
     "HR has reviewed your application for {role}, and it has gone forward as a referred application to the hiring official; expect contact if they want an interview."),
    ("ns-found-eligible", NS, ("us:pb",), "Contract Specialist", "Eligibility decision: {role}",
     "Going by your questionnaire answers, you are eligible for {role}; the selecting office has your name on its certificate."),
    ("ns-psb-qualified", NS, ("ph:pb",), "Administrative Officer II", "Result of evaluation: {role}",
     "Please be informed that after evaluation by our Personnel Selection Board, you qualified in the initial screening for {role}. Kindly report for the written examination on {next} at 8:00 AM."),
    ("ns-vacancy-extended", NS, ("ca:pb", "za:pb"), "Records Clerk", "Vacancy {ref}: {role}",
     "The closing date for {role} has been extended to {date}. Your application remains live and will be shortlisted with the others after that date."),
    ("ns-intern-progressed", NS, ("uk:at", "in:at"), "Summer Intern", "{short} Summer Internship Programme",
     "Your application to the {short} Summer Internship Programme has moved on to the video interview stage. Record your answers by {date}."),

    # -- receipts that talk about a refusal that has not happened, many under the long footers
    ("ar-ft-only-contact", AR, ("us:ft", "uk:ft"), "Product Designer", "About your {role} application",
     "Your {role} application has arrived. A shortlisting call comes only to those picked; the outcome aside, we keep your details half a year."),
    ("ar-ft-unsuccessful-not-contacted", AR, ("au:ft", "ng:ft"), "Retail Supervisor", "Your application at {short}",
     "Your application for {role} is with us. Because of the numbers, applicants who miss out won't each hear from us, though every application gets read."),
    ("ar-ft-if-not-shortlisted", AR, ("ie:ft", "za:ft"), "Finance Assistant", "{role} application",
     "Many thanks for your {role} application. Should it miss the shortlist, an email from us will still follow when shortlisting wraps up."),
    ("ar-ft-whichever-way", AR, ("ph:ft", "sg:ft"), "Customer Care Specialist", "Application received - {role}",
     "Thank you for applying as {role}. Whichever way our decision goes, we will write to you within three weeks."),
    ("ar-pb-scores-explained", AR, ("ie:pb", "nz:pb"), "Library Assistant", "{role} - application received",
     "Your {role} application has reached us. Each form is scored by two readers; where an application scores below the cut-off, the applicant is told by email after shortlisting."),
    ("ar-at-status-received", AR, ("uk:at", "ke:at"), "Estates Officer", "Application submitted",
     "Your application for {role} now shows: Received. If it isn't taken forward, the status flips and we write to say so."),
    ("ar-count-so-far", AR, ("us:at", "in:at"), "Trainee Technician", "{role} intake",
     "We've had {n} applications so far for {m} places on the {role} intake. Yours is in, and reviews begin after the closing date."),

    # -- the reader's own withdrawal confirmed
    ("oj-withdrawn-portal", OJ, ("uk:at",), "Claims Handler", "Application withdrawn",
     "Your application for {role} is now withdrawn, at your request. Anything else you fancy can be applied for with that same login."),
    ("oj-thread-accepted-elsewhere", OJ, ("ie:th", "ca:th"), "Quantity Surveyor", "Your {role} application",
     "Congratulations on the new offer, and cheers for being upfront about it. You're off the {role} list on our side; go and enjoy the new post."),
    ("oj-recruiter-step-back", OJ, ("au:em", "sg:em"), "Bookkeeper", "Re: {role}",
     "No worries at all about stepping back from {role}. The client knows, and if a part-time role turns up I'll flag it."),

    # -- refusals not about a job
    ("nj-flat-other-applicant", NJ, ("uk:em", "ie:em"), "Flat", "The flat on Arden Road",
     "Appreciate you coming to the Arden Road viewing. The landlord accepted an applicant able to take the keys next week. Should a similar flat come up, you'll hear from us."),
    ("nj-kitten-other-family", NJ, ("nz:em", "au:em"), "Kitten", "Your adoption enquiry",
     "Thank you for your lovely application for Biscuit. She has gone to a family who fostered her mum, so she'll stay near her siblings. There are plenty more kittens looking for homes."),
    ("nj-loan-declined", NJ, ("za:at", "in:at"), "Personal Loan", "Your loan application",
     "We have reviewed your personal loan application and it has been declined. You're welcome to reapply once 90 days have passed."),
    ("nj-grant-not-funded", NJ, ("ie:pb", "ca:pb"), "Arts Grant", "Community arts grant",
     "The panel has not recommended your project for funding in the current community arts grant round. The scheme reopens in the autumn."),
    ("nj-ballot-unsuccessful", NJ, ("uk:at", "us:at"), "Marathon Ballot", "Marathon ballot result",
     "Your entry in this year's marathon ballot was unsuccessful. You can still get a place by fundraising for a partner charity."),
    ("nj-allotment-waiting", NJ, ("uk:pb",), "Allotment", "Allotment application",
     "All plots on the Meadow Lane site have been let to those higher up the waiting list. You now sit at number 14."),
    ("nj-cottage-booked", NJ, ("nz:em",), "Holiday Cottage", "Cottage booking request",
     "The cottage has gone to an earlier booking for those dates, sorry. The week after is still free if that helps."),
    ("nj-conference-talk", NJ, ("us:em",), "Conference Talk", "Your talk proposal",
     "The programme committee had over 400 proposals, and your talk didn't make the final programme. Tickets for attendees are still on sale."),
)

# -- other languages: (name, kind, lang, subject, text); the text holds its own greeting and
# sign-off, the shell adds the signer and the outfit, both in the language's own script.
LANG = (
    ("de-gone-aushilfe", RJ, "de", "Ihre Bewerbung für unser Café",
     "Hallo {first},\n\nherzlichen Dank fürs Probearbeiten am Samstag – an der Theke waren alle froh über Ihre Unterstützung. Die Stelle bekommt nun Jana, die seit drei Sommern an den Wochenenden bei uns einspringt und jeden Stammgast beim Namen kennt. Drücken Sie uns die Daumen, dass wir uns mal wieder über den Weg laufen, und viel Erfolg bei allem, was kommt!\n\nHerzliche Grüße"),
    ("de-score-punkte", RJ, "de", "Auswahlverfahren Sachbearbeitung Bürgerbüro (Kennziffer 14/2025)",
     "Guten Tag {first} {surname},\n\nim schriftlichen Test des Auswahlverfahrens haben Sie 41 von 80 Punkten erreicht. Zu den Vorstellungsgesprächen laden wir ab 52 Punkten ein, eine Einladung ergeht an Sie daher nicht. Ihre Unterlagen schicken wir Ihnen auf Wunsch gern zurück.\n\nMit freundlichen Grüßen\nim Auftrag"),
    ("de-ats-status", RJ, "de", "Statusänderung zu Ihrer Bewerbung",
     "Hallo {first},\n\nder Status Ihrer Bewerbung als Lagerlogistiker (m/w/d) lautet jetzt: Abgeschlossen – anderweitig besetzt. Sie müssen nichts weiter tun.\n\nIhr Recruiting-Team"),
    ("de-of-azubi", OF, "de", "Gute Nachrichten zur Stelle im Café",
     "Hallo {first},\n\nprima, dass Sie letzte Woche zum Probearbeiten da waren. Die Stelle an der Theke geht an Sie – los geht es am 1. August. Den Arbeitsvertrag bekommen Sie in ein paar Tagen per Post.\n\nViele Grüße"),
    ("de-ar-so-oder-so", AR, "de", "Eingangsbestätigung Ihrer Bewerbung",
     "Guten Tag {first},\n\nIhre Bewerbung als Pflegefachkraft liegt uns vor. Kommen Sie für ein Gespräch nicht infrage, erhalten Sie trotzdem eine kurze Rückmeldung; ganz gleich, wie es ausgeht, speichern wir Ihre Daten sechs Monate.\n\nFreundliche Grüße"),
    ("fr-gone-extra", RJ, "fr", "Le poste de commis",
     "Bonjour {first},\n\nMerci encore d'être venu(e) au restaurant mardi, nous avons passé un très bon moment à discuter avec vous. Le poste de commis revient finalement à Théo, qui fait des extras chez nous depuis deux ans et connaît déjà la maison par cœur. Nous croisons les doigts pour vous.\n\nBien à vous"),
    ("fr-count-oral", RJ, "fr", "Recrutement au musée : mission patrimoine",
     "Bonjour {first},\n\nL'annonce pour la mission patrimoine nous a valu 212 candidatures. Douze personnes passent l'épreuve orale, et votre dossier ne figure pas parmi elles. Le musée vous remercie d'avoir tenté l'aventure.\n\nCordialement"),
    ("fr-th-rejoindra", RJ, "fr", "RE: Suite à notre entretien",
     "Bonjour {first},\n\nMerci pour votre message, et pour ces deux entretiens. Je tenais à vous dire que Claire Dumas rejoindra l'équipe comme responsable comptable à partir du 3 mars. Nos échanges m'ont beaucoup plu.\n\nBien cordialement\n\n{sig}\n\n{first} {surname} a écrit :\n> Bonjour Madame,\n> Je reviens vers vous au sujet du poste de responsable comptable, qui m'intéresse toujours autant. Je peux vous transmettre tout document utile.\n> Bien à vous"),
    ("fr-of-vous-revient", OF, "fr", "Le poste de commis",
     "Bonjour {first},\n\nBonne nouvelle : après réflexion, le poste de commis vous revient ! Nous aimerions vous voir commencer lundi à 9 h. Passez quand vous voulez cette semaine pour signer le contrat.\n\nÀ très vite"),
    ("fr-oj-retrait", OJ, "fr", "Retrait de votre candidature",
     "Bonjour {first},\n\nNous avons bien pris note du retrait de votre candidature au poste d'assistant(e) logistique. Votre espace candidat reste ouvert si vous souhaitez postuler de nouveau plus tard.\n\nCordialement"),
    ("es-gone-hija-clienta", RJ, "es", "Lo de la panadería",
     "Hola {first}:\n\nMil gracias por pasarte el sábado a probar en el obrador; nos caíste genial. Al final la plaza es para Lucía, hija de una vecina del barrio, que ya nos ayudaba en las campañas de Navidad. ¡Que encuentres pronto algo bueno!\n\nUn saludo fuerte"),
    ("es-vac-anulada", RJ, "es", "Convocatoria de técnico/a de biblioteca",
     "Estimado/a {first}:\n\nLe informamos de que la Alcaldía ha anulado la convocatoria para la plaza de técnico/a de biblioteca. En consecuencia, el proceso se cierra para todas las candidaturas presentadas, también la suya.\n\nAtentamente"),
    ("es-score-nota", RJ, "es", "Resultado de la prueba práctica",
     "Hola {first}:\n\nTu puntuación en la prueba práctica fue de 5,8 y la nota mínima para pasar a la entrevista era un 7. Por eso tu candidatura termina aquí. Gracias por el esfuerzo que pusiste.\n\nSaludos"),
    ("es-of-es-tuyo", OF, "es", "¡El puesto es tuyo!",
     "Hola {first}:\n\n¡Buenas noticias! El puesto de dependiente/a es tuyo. Si te viene bien, empiezas el lunes a las 8:00; trae el DNI y el número de la Seguridad Social.\n\nUn saludo"),
    ("es-iv-por-encima", IV, "es", "Fase de méritos: convocatoria a entrevista",
     "Estimado/a {first}:\n\nHa obtenido 8,2 puntos en la fase de méritos, por encima del corte de 6,5, de modo que queda convocado/a a la entrevista personal el día 14 a las 10:30 en la segunda planta del Ayuntamiento.\n\nAtentamente"),
    ("it-gone-vicino", RJ, "it", "Sul posto da apprendista",
     "Ciao {first},\n\ngrazie della visita in officina giovedì e della bella chiacchierata. Alla fine come apprendista prendiamo Marco, il figlio del nostro vicino, che ci dà una mano da quando aveva quindici anni. Spero che tu trovi presto un'officina che faccia per te.\n\nUn abbraccio"),
    ("it-ats-coperta", RJ, "it", "Aggiornamento sulla sua candidatura",
     "Gentile {first},\n\nla candidatura che ci ha inviato come Addetto/a alla contabilità risulta ora nello stato «Chiusa – posizione coperta». Da parte sua non serve fare nulla.\n\nCordiali saluti"),
    ("it-vac-sospesa", RJ, "it", "Selezione Responsabile di magazzino",
     "Gentile {first},\n\nle scriviamo per informarla che la ricerca per Responsabile di magazzino è stata sospesa dall'azienda a causa di un riassetto interno. Nessuna candidatura, compresa la sua, proseguirà nella selezione.\n\nCordiali saluti"),
    ("it-of-prendiamo-te", OF, "it", "Apprendista: è deciso!",
     "Ciao {first},\n\nabbiamo deciso: l'apprendista sei tu! Se per te va bene, cominci lunedì alle 8. Ti aspettiamo in officina con le scarpe antinfortunistiche.\n\nA presto"),
    ("pt-gone-fim-de-semana", RJ, "pt", "Sobre a vaga na loja",
     "Oi {first},\n\nMuito obrigado pela conversa aqui na loja. A vaga de atendente ficou com a Bruna, que já cobria os nossos sábados e domingos e conhece cada cliente pelo nome. Boa sorte nessa procura, viu?\n\nAbraço"),
    ("pt-count-dinamica", RJ, "pt", "Programa de Estágio 2026",
     "Olá {first},\n\nRecebemos 340 inscrições para o Programa de Estágio 2026. Trinta pessoas seguiram para a dinâmica de grupo, e o seu nome não está entre elas. Obrigado por ter se inscrito.\n\nAtenciosamente"),
    ("pt-ats-nao-selecionado", RJ, "pt", "Atualização da sua candidatura",
     "Olá {first},\n\nO status da sua candidatura para Analista Financeiro foi atualizado para: Não selecionado. Nenhuma ação é necessária da sua parte.\n\nEquipe de Recrutamento"),
    ("pt-ns-teste-online", NS, "pt", "Atualização da sua candidatura",
     "Olá {first},\n\nSua candidatura para Analista Financeiro avançou para a etapa de Teste Online. Faça o teste até sexta-feira, às 23h59; as instruções estão na sua área do candidato.\n\nEquipe de Recrutamento"),
    ("nl-gone-vrijwilliger", RJ, "nl", "De baan in de winkel",
     "Hoi {first},\n\nBedankt dat je zaterdag kwam meedraaien in de winkel, dat was gezellig. We hebben besloten de baan te geven aan Sanne, die al twee jaar als vrijwilliger bij ons helpt en de hele buurt kent. Heel veel succes met zoeken!\n\nGroetjes"),
    ("nl-count-gesprek", RJ, "nl", "Sollicitatie beleidsmedewerker",
     "Beste {first},\n\nVoor de functie van beleidsmedewerker kregen we 96 sollicitaties. We hebben zes kandidaten uitgenodigd voor een gesprek en jij zit daar niet bij.\n\nMet vriendelijke groet"),
    ("nl-end-stoppen", RJ, "nl", "Je sollicitatie als data-analist",
     "Hoi {first},\n\nNa het assessment stoppen we hier met je sollicitatie voor de rol van data-analist. Dank voor de moeite die je erin hebt gestoken.\n\nGroet"),
    ("nl-of-voor-jou", OF, "nl", "De baan in de winkel",
     "Hoi {first},\n\nGoed nieuws: de baan is voor jou! We zouden het fijn vinden als je op 1 maart begint. Het contract volgt deze week per mail.\n\nGroetjes"),
    ("sv-gone-helger", RJ, "sv", "Sommarjobbet på caféet",
     "Hej {first}!\n\nTack för att du kom förbi caféet i veckan. Vi har valt att ge sommarjobbet till Elsa, som har hjälpt oss på helgerna i flera år och redan kan alla rutiner. Hoppas att något bra dyker upp för dig snart!\n\nKram från oss alla"),
    ("sv-ats-tillsatt", RJ, "sv", "Ny status för din ansökan",
     "Hej {first},\n\nDin ansökan till tjänsten som lagerarbetare har nu status: Avslutad – tjänsten tillsatt. Du behöver inte göra något.\n\nMed vänlig hälsning"),
    ("sv-count-urvalsdag", RJ, "sv", "Traineeprogrammet 2026",
     "Hej {first},\n\nVi fick 230 ansökningar till traineeprogrammet. Arton personer gick vidare till urvalsdagen, och du är inte en av dem. Tack för att du sökte!\n\nMed vänliga hälsningar"),
    ("sv-iv-en-av-atta", IV, "sv", "Intervju för tjänsten som lagerarbetare",
     "Hej {first},\n\nVi fick in 120 ansökningar och du är en av de åtta vi vill träffa. Passar det med intervju på tisdag klockan 10?\n\nVänliga hälsningar"),
    ("da-gone-laerling", RJ, "da", "Læreplads på værkstedet",
     "Hej {first}\n\nTak fordi du kom forbi værkstedet i torsdags. Vi har valgt at tage Mikkel ind som lærling – han har været her i hver eneste sommerferie siden folkeskolen. Held og lykke med jobsøgningen.\n\nMange hilsner"),
    ("da-score-point", RJ, "da", "Resultat af den skriftlige prøve",
     "Kære {first}\n\nDu fik 34 point i den skriftlige prøve. Grænsen for at gå videre til samtale lå på 40 point, og derfor slutter forløbet for dit vedkommende her.\n\nMed venlig hilsen"),
    ("da-nj-lejlighed", NJ, "da", "Lejligheden på Nørrebrogade",
     "Hej {first}\n\nLejligheden på Nørrebrogade er desværre udlejet til en anden. Vi giver besked, hvis der bliver en lignende ledig.\n\nVenlig hilsen"),
    ("nb-gone-ekstrahjelp", RJ, "nb", "Sommersesongen på båten",
     "Hei {first}!\n\nTusen takk for at du var med på prøvetur med båten. Plassen som matros går til Ingrid, som har vært ekstrahjelp om bord i tre år allerede. Lykke til videre!\n\nVennlig hilsen"),
    ("nb-crew-komplett", RJ, "nb", "Sommersesongen på båten",
     "Hei {first},\n\nMannskapet for sommersesongen på båten er nå komplett, og alle plassene er fylt med folk som var med i fjor. Takk for interessen.\n\nHilsen"),
    ("nb-of-dekksmann", OF, "nb", "Sommersesongen på båten",
     "Hei {first},\n\nDu får plassen som dekksmann for sommersesongen! Vi starter 1. juni i Bodø. Send oss kontonummeret ditt, så ordner vi kontrakten.\n\nHilsen"),
    ("fi-gone-kesatyo", RJ, "fi", "Haastattelu viime viikolla",
     "Hei {first},\n\nKiitos, että kävit haastattelussa viime viikolla. Päätimme ottaa työhön Annan, joka on ollut meillä kesätöissä jo kolmena kesänä. Onnea työnhakuun!\n\nTerveisin"),
    ("fi-ats-ei-valittu", RJ, "fi", "Hakemuksesi tila on muuttunut",
     "Hei {first},\n\nHakemuksesi tehtävään myyntineuvottelija on siirtynyt tilaan: Ei valittu. Sinun ei tarvitse tehdä mitään.\n\nYstävällisin terveisin"),
    ("fi-ar-joka-tapauksessa", AR, "fi", "Kiitos hakemuksestasi",
     "Hei {first},\n\nKiitos hakemuksestasi tehtävään asiakaspalvelija. Otamme yhteyttä vain haastatteluun valittuihin; joka tapauksessa säilytämme tietojasi kuusi kuukautta.\n\nYstävällisin terveisin"),
    ("pl-gone-piekarnia", RJ, "pl", "Praca w piekarni",
     "Dzień dobry {first},\n\ndziękujemy za wizytę w piekarni i za miłą rozmowę. Zdecydowaliśmy się przyjąć na to stanowisko panią Halinę, która od lat pomaga nam przy świątecznych zamówieniach. Życzymy powodzenia w dalszych poszukiwaniach.\n\nSerdecznie pozdrawiamy"),
    ("pl-pub-wymagania", RJ, "pl", "Nabór na stanowisko referenta",
     "Szanowni Państwo,\n\ninformujemy, że oferta złożona w naborze na stanowisko referenta w Wydziale Komunikacji nie spełniła wymagań formalnych i nie została zakwalifikowana do dalszego etapu.\n\nZ poważaniem"),
    ("pl-count-staz", RJ, "pl", "Rekrutacja na staż",
     "Cześć {first},\n\nna staż wpłynęło 180 zgłoszeń, do drugiego etapu zaprosiliśmy 15 osób i nie ma Cię wśród nich. Dzięki za chęć współpracy z nami.\n\nPozdrawiamy"),
    ("pl-of-magazynier", OF, "pl", "Stanowisko magazyniera",
     "Dzień dobry {first},\n\nz przyjemnością informujemy, że to Panią/Pana wybraliśmy na stanowisko magazyniera. Prosimy o kontakt w sprawie daty rozpoczęcia pracy.\n\nZ poważaniem"),
    ("cs-gone-vyucil", RJ, "cs", "Místo truhláře",
     "Dobrý den,\n\nmoc díky za návštěvu v dílně a za ukázky vašich prací. Místo truhláře jsme nakonec dali Petrovi, který se u nás vyučil a teď se vrátil ze zahraničí. Přejeme hodně štěstí.\n\nS pozdravem"),
    ("cs-vac-zruseno", RJ, "cs", "Výběrové řízení na pozici účetní",
     "Dobrý den,\n\nvýběrové řízení na pozici účetní bylo zrušeno, protože místo obsadila kolegyně z naší brněnské pobočky. Vaše přihláška proto dál nepokračuje.\n\nS pozdravem"),
    ("cs-nj-uver", NJ, "cs", "Vaše žádost o úvěr",
     "Dobrý den,\n\nspotřebitelský úvěr, o který jste žádal/a, vám bohužel poskytnout nemůžeme. Novou žádost lze podat nejdříve za tři měsíce.\n\nS pozdravem"),
    ("hu-gone-vasarok", RJ, "hu", "A pékségi állás",
     "Kedves {first}!\n\nKöszönjük, hogy eljött a próbanapra a pékségbe. Végül Zsófit vettük fel, aki évek óta segít nekünk a hétvégi vásárokon. Bízunk benne, hogy hamarosan megtalálja a jó helyet!\n\nÜdvözlettel"),
    ("hu-ats-betoltottuk", RJ, "hu", "Pályázata állapota megváltozott",
     "Kedves {first}!\n\nA raktárvezető pozícióra beadott pályázata állapota mostantól: Lezárva – a pozíciót betöltöttük. Önnek nincs további teendője.\n\nÜdvözlettel"),
    ("hu-of-raktarvezeto", OF, "hu", "A raktárvezetői állás",
     "Kedves {first}!\n\nÖrömmel értesítjük, hogy a raktárvezetői állást Önnek ajánljuk fel. Kérjük, jelezze, mikor tudna kezdeni.\n\nÜdvözlettel"),
    ("ro-gone-voluntara", RJ, "ro", "Interviul de săptămâna trecută",
     "Bună ziua, {first},\n\nMulțumim pentru vizita de săptămâna trecută și pentru discuție. Am decis să o angajăm pe Ioana, care e voluntară la asociația noastră de doi ani. Toate cele bune!\n\nCu drag"),
    ("ro-score-punctaj", RJ, "ro", "Rezultatul probei scrise",
     "Bună ziua,\n\nLa proba scrisă pentru postul de referent ați obținut 48 de puncte. Punctajul minim pentru a trece la interviu a fost de 50 de puncte, așa că participarea dumneavoastră la concurs se încheie aici.\n\nCu stimă"),
    ("ro-iv-peste-prag", IV, "ro", "Rezultatul probei scrise",
     "Bună ziua, {first},\n\nAți obținut 72 de puncte la proba scrisă, peste pragul de 50, așa că vă invităm la interviu joi, la ora 11.\n\nCu stimă"),
    ("el-gone-kathe-kalokairi", RJ, "el", "Η θέση στη ρεσεψιόν",
     "Καλημέρα {first},\n\nΣας ευχαριστούμε που ήρθατε στο ξενοδοχείο για τη συνέντευξη. Τελικά τη θέση στη ρεσεψιόν την πήρε η Μαρία, που δουλεύει μαζί μας κάθε καλοκαίρι εδώ και πέντε χρόνια. Καλή επιτυχία σε ό,τι κι αν ακολουθήσει.\n\nΦιλικούς χαιρετισμούς"),
    ("el-crew-symplirothike", RJ, "el", "Προσωπικό για τη σεζόν",
     "Γεια σου {first},\n\nΤο προσωπικό για τη φετινή σεζόν στο μπαρ της παραλίας έχει πια συμπληρωθεί. Ευχαριστούμε πολύ για το ενδιαφέρον.\n\nΦιλικά"),
    ("el-of-diki-sas", OF, "el", "Η θέση στη ρεσεψιόν",
     "Καλημέρα {first},\n\nΧαιρόμαστε πολύ να σας πούμε ότι η θέση στη ρεσεψιόν είναι δική σας! Μπορείτε να ξεκινήσετε την 1η Μαΐου;\n\nΜε εκτίμηση"),
    ("ru-gone-mekhanik", RJ, "ru", "Вакансия механика",
     "Здравствуйте, {first}!\n\nБлагодарим за встречу и подробный рассказ о вашем опыте. Место механика мы решили отдать Сергею — он много лет обслуживал у нас свои машины и давно хотел работать в нашей команде. Всего вам доброго!\n\nС уважением"),
    ("ru-ats-otkaz", RJ, "ru", "Статус отклика изменён",
     "Здравствуйте, {first}!\n\nСтатус вашего отклика на вакансию «Бухгалтер» изменён на «Отказ: выбран другой кандидат». Никаких действий от вас не требуется.\n\nС уважением"),
    ("ru-count-stazhirovka", RJ, "ru", "Отбор на стажировку",
     "Добрый день, {first}!\n\nНа стажировку поступило 420 заявок, во второй этап прошли 25 человек, и вас среди них нет. Благодарим за участие в отборе.\n\nКоманда стажировки"),
    ("ru-ns-testovoe", NS, "ru", "Статус отклика изменён",
     "Здравствуйте, {first}!\n\nВаш отклик на вакансию «Бухгалтер» переведён в статус «Тестовое задание». Выполните его до пятницы: задание рекрутер пришлёт отдельным письмом.\n\nС уважением"),
    ("uk-gone-volonterka", RJ, "uk", "Пробна зміна в кав'ярні",
     "Вітаю, {first}!\n\nЩиро вдячні за пробну зміну в нашій кав'ярні. Ми вирішили взяти на посаду бариста Олену, яка вже два роки допомагає нам як волонтерка на заходах. Нехай вам щастить!\n\nЗ теплом"),
    ("uk-vac-zakryto", RJ, "uk", "Вакансія менеджера із закупівель",
     "Добрий день, {first}!\n\nВакансію менеджера із закупівель закрито: посаду обійняв наш працівник з іншого відділу. Тому розгляд усіх кандидатур, зокрема й вашої, завершено.\n\nЗ повагою"),
    ("uk-of-same-vas", OF, "uk", "Пробна зміна в кав'ярні",
     "Добрий день, {first}!\n\nРаді повідомити, що на посаду бариста ми вирішили взяти саме вас! Чекаємо вас у понеділок о 8:00.\n\nЗ повагою"),
    ("tr-gone-yegen", RJ, "tr", "Çıraklık hakkında",
     "Merhaba {first},\n\nGeçen hafta dükkâna uğrayıp bizimle tanıştığınız için teşekkür ederiz. Çırak olarak, yıllardır yaz tatillerinde yanımızda çalışan yeğenimiz Emre'yi almaya karar verdik. İş aramanızda bol şans diliyoruz.\n\nSaygılarımızla"),
    ("tr-score-puan", RJ, "tr", "Yazılı sınav sonucu",
     "Sayın {first} {surname},\n\nYazılı sınavda 58 puan aldınız. Mülakata çağrılmak için gereken en düşük puan 70 olduğundan başvurunuz bu aşamada sona ermiştir.\n\nSaygılarımızla"),
    ("tr-ats-olumsuz", RJ, "tr", "Başvuru durumunuz güncellendi",
     "Merhaba {first},\n\nDepo Sorumlusu ilanına yaptığınız başvurunun durumu güncellendi: Olumsuz – pozisyon dolduruldu. Sizin herhangi bir işlem yapmanız gerekmiyor.\n\nİnsan Kaynakları"),
    ("tr-iv-mulakat", IV, "tr", "Mülakat daveti",
     "Merhaba {first},\n\nBaşvurunuzu değerlendirdik ve sizi mülakata davet etmek istiyoruz. Perşembe saat 14:00 sizin için uygun mu?\n\nSaygılarımızla"),
    ("he-gone-mitnadevet", RJ, "he", "לגבי הראיון בשבוע שעבר",
     "שלום {first},\n\nתודה שהגעת לראיון בשבוע שעבר, היה נעים מאוד להכיר. החלטנו לקלוט לתפקיד את נועה, שמתנדבת אצלנו כבר שלוש שנים ומכירה את כל המשפחות בעמותה. מאחלים לך הצלחה רבה בהמשך.\n\nבברכה"),
    ("he-ats-status", RJ, "he", "עדכון סטטוס מועמדות",
     "שלום {first},\n\nסטטוס המועמדות שלך למשרת מנהל/ת חשבונות עודכן ל: לא התקבל/ה. אין צורך בפעולה נוספת מצדך.\n\nבברכה,\nצוות הגיוס"),
    ("he-of-shelcha", OF, "he", "לגבי הראיון בשבוע שעבר",
     "שלום {first},\n\nשמחים לבשר לך שהתפקיד שלך! נשמח שתתחיל/י בתחילת החודש הבא. את החוזה נשלח עוד השבוע.\n\nבברכה"),
    ("ar-gone-mutadarrib", RJ, "ar", "بخصوص التدريب في الورشة",
     "مرحباً {first}،\n\nشكراً لزيارتك للورشة الأسبوع الماضي وللحديث الممتع. قررنا أن نأخذ أحمد متدرباً، فهو يساعدنا في العطل الصيفية منذ سنوات ويعرف العمل جيداً. نتمنى لك كل التوفيق في بحثك.\n\nمع التحية"),
    ("ar-count-muqabala", RJ, "ar", "وظيفة محاسب",
     "عزيزي/عزيزتي {first}،\n\nتلقينا ٢٦٠ طلباً لوظيفة محاسب، ودُعي عشرة مرشحين فقط إلى المقابلة، ولم يكن طلبك من بينهم. نشكرك على اهتمامك بالعمل معنا.\n\nمع خالص التحية"),
    ("ar-iv-dawa", IV, "ar", "دعوة إلى مقابلة",
     "مرحباً {first}،\n\nيسعدنا دعوتك إلى مقابلة شخصية لوظيفة محاسب يوم الثلاثاء القادم في الساعة العاشرة صباحاً. يرجى تأكيد حضورك بالرد على هذه الرسالة.\n\nمع التحية"),
    ("ja-gone-arubaito", RJ, "ja", "面接のお礼",
     "{surname}様\n\n先日はお忙しいところ面接にお越しいただき、誠にありがとうございました。検討の結果、今回のスタッフ募集につきましては、以前から当店でアルバイトをしていた方を採用することにいたしました。{surname}様の今後のご活躍を心よりお祈りしております。"),
    ("ja-ats-senko-shuryo", RJ, "ja", "選考ステータス更新のお知らせ",
     "{surname}様\n\nご応募いただいた「経理スタッフ」の選考ステータスが「選考終了」に更新されました。お手続きは特にございません。\n\n採用担当"),
    ("ja-of-omukae", OF, "ja", "面接のお礼",
     "{surname}様\n\n先日は面接にお越しいただきありがとうございました。ぜひ当店のスタッフとしてお迎えしたく、ご連絡いたしました。勤務開始日についてご相談させてください。"),
    ("ja-ar-tsuka-futsuka", AR, "ja", "ご応募ありがとうございます",
     "{surname}様\n\nこの度はご応募いただき、ありがとうございます。書類選考の結果は、通過・不通過にかかわらず、二週間以内にメールでお知らせいたします。"),
    ("zh-gone-laoguke", RJ, "zh", "关于店员一职",
     "{first}您好，\n\n感谢您上周抽空来店里面试。经过考虑，我们决定请在店里帮忙多年的老顾客张阿姨担任这个职位。祝您求职顺利！\n\n此致\n敬礼"),
    ("zh-count-erlun", RJ, "zh", "管培生项目申请结果",
     "{first}您好：\n\n本次管培生项目共收到 860 份申请，其中 40 位同学进入了第二轮面试，很遗憾您不在其中。感谢您对我们的关注。"),
    ("zh-ns-bishi", NS, "zh", "申请状态更新",
     "{first}您好：\n\n您的申请状态已更新为“笔试”。请在本周五晚上 12 点前完成在线笔试，如有问题请直接回复本邮件。"),
    ("ko-gone-dangol", RJ, "ko", "면접 관련 안내",
     "{first}님께,\n\n지난주 바쁘신 와중에 가게까지 와 주셔서 고마웠습니다. 이번 자리는 몇 년째 주말마다 일손을 거들어 주신 단골손님이 맡아 주시기로 했습니다. 좋은 일자리를 곧 만나시길 응원하겠습니다."),
    ("ko-score-gijun", RJ, "ko", "서류 전형 결과 안내",
     "{first}님께\n\n이번 서류 전형에서 {first}님의 점수는 62점이었으며, 면접 대상자 기준 점수는 70점이었습니다. 따라서 이번 채용 절차는 여기에서 마무리됩니다.\n\n인사팀 드림"),
    ("ko-of-hapgyeok", OF, "ko", "최종 합격 안내",
     "{first}님, 안녕하세요.\n\n최종 합격을 축하드립니다! 다음 달 1일부터 함께 일하게 되기를 기대합니다. 입사 서류는 곧 따로 보내 드리겠습니다."),
    ("id-gone-keponakan", RJ, "id", "Lowongan montir",
     "Halo {first},\n\nTerima kasih sudah datang ke bengkel minggu lalu. Kami memutuskan untuk menerima Dimas, keponakan pemilik yang sudah sering membantu di bengkel sejak SMA, sebagai montir baru. Semoga sukses dalam pencarian kerja Anda.\n\nSalam"),
    ("id-ats-tidak-lolos", RJ, "id", "Pembaruan status lamaran",
     "Halo {first},\n\nStatus lamaran Anda untuk posisi Staf Gudang sekarang: Tidak Lolos. Anda tidak perlu melakukan apa pun.\n\nSalam,\nTim Rekrutmen"),
    ("id-iv-sepuluh", IV, "id", "Undangan wawancara",
     "Halo {first},\n\nDari 150 pelamar, Anda termasuk 10 orang yang kami undang ke tahap wawancara. Apakah Anda bisa hadir hari Kamis pukul 10.00?\n\nSalam"),
    ("id-ar-enam-bulan", AR, "id", "Konfirmasi lamaran Staf Gudang",
     "Halo {first},\n\nLamaran Anda untuk posisi Staf Gudang sudah kami terima. Kami hanya menghubungi kandidat yang lolos seleksi berkas; apa pun hasilnya, data Anda kami simpan selama enam bulan.\n\nSalam,\nTim Rekrutmen"),
    ("vi-gone-em-gai", RJ, "vi", "Vị trí phục vụ",
     "Chào {first},\n\nCảm ơn bạn đã ghé quán hôm thứ Bảy và làm thử một ca với chúng tôi. Cuối cùng, Lan, em gái của chủ quán, sẽ đảm nhận vị trí phục vụ. Chúc bạn mọi điều tốt đẹp.\n\nThân mến"),
    ("vi-vac-tam-dung", RJ, "vi", "Tuyển dụng kế toán",
     "Chào {first},\n\nCông ty đã tạm dừng tuyển kế toán do thay đổi kế hoạch nhân sự, vì vậy mọi hồ sơ, kể cả hồ sơ của bạn, sẽ dừng lại ở đây.\n\nTrân trọng"),
    ("vi-of-nhan-ban", OF, "vi", "Vị trí phục vụ",
     "Chào {first},\n\nChúc mừng bạn! Chúng tôi quyết định nhận bạn vào vị trí phục vụ. Bạn có thể bắt đầu từ thứ Hai tuần sau được không?\n\nThân mến"),
)

# -- English regions: (readers and signers, other people's first names, towns, zones, org suffix)
REGIONS = {
    "uk": ((("Imogen", "Fairbrother"), ("Rhodri", "Pryce"), ("Tamsin", "Eccleston"), ("Anish", "Sethi"), ("Beatrix", "Coombe")), ("Maggie", "Ewan", "Niamh", "Dev"), ("Kendal", "Stroud", "Ludlow", "Whitby"), ("+0000", "+0100"), "Ltd"),
    "ie": ((("Siobhán", "Mulcahy"), ("Cathal", "Brennan"), ("Aoife", "Kinsella"), ("Donnacha", "Rafferty"), ("Orla", "Kearney")), ("Fionn", "Saoirse", "Pádraig", "Róisín"), ("Ennis", "Tralee", "Carlow", "Mullingar"), ("+0000", "+0100"), "Ltd"),
    "us": ((("Marisol", "Vance"), ("Dashiell", "Pruitt"), ("Kendra", "Oyelaran"), ("Wyatt", "Lindqvist"), ("Renata", "Calloway")), ("Travis", "Shonda", "Luis", "Kayla"), ("Boise", "Duluth", "Asheville", "Bozeman"), ("-0500", "-0600", "-0700", "-0800"), "Inc."),
    "ca": ((("Geneviève", "Roy"), ("Harjit", "Dhaliwal"), ("Maeve", "MacIsaac"), ("Tanner", "Kowalchuk"), ("Amara", "Boateng")), ("Étienne", "Kirsten", "Gurpreet", "Noah"), ("Kamloops", "Moncton", "Lethbridge", "Sudbury"), ("-0400", "-0500", "-0700"), "Inc."),
    "au": ((("Kirra", "Donnelly"), ("Lachlan", "Pettigrew"), ("Mai", "Tran"), ("Brodie", "Whitlam"), ("Shanelle", "Costa")), ("Jarrah", "Tayla", "Hamish", "Kiara"), ("Ballarat", "Toowoomba", "Bunbury", "Launceston"), ("+0800", "+1000", "+1100"), "Pty Ltd"),
    "nz": ((("Aroha", "Ngata"), ("Finn", "McAllister"), ("Mereana", "Tipene"), ("Hunter", "Galbraith"), ("Losana", "Vake")), ("Nikau", "Ruby", "Sione", "Hemi"), ("Timaru", "Nelson", "Whanganui", "Gisborne"), ("+1200", "+1300"), "Limited"),
    "za": ((("Lerato", "Molefe"), ("Johan", "Venter"), ("Nomvula", "Khumalo"), ("Riaan", "Botha"), ("Thandeka", "Ngcobo")), ("Sibusiso", "Karabo", "Pieter", "Zanele"), ("Polokwane", "Stellenbosch", "Mthatha", "Kimberley"), ("+0200",), "(Pty) Ltd"),
    "in": ((("Aparna", "Deshmukh"), ("Siddharth", "Menon"), ("Kavya", "Reddy"), ("Anirudh", "Bhattacharya"), ("Pooja", "Iyer")), ("Ritu", "Karthik", "Sneha", "Arjun"), ("Nashik", "Mysuru", "Bhopal", "Kochi"), ("+0530",), "Pvt. Ltd."),
    "ng": ((("Funmilayo", "Ogunleye"), ("Emeka", "Obi"), ("Aisha", "Bello"), ("Tobenna", "Eze"), ("Kemi", "Adeyemi")), ("Tunde", "Ifeoma", "Musa", "Bisola"), ("Enugu", "Kaduna", "Akure", "Calabar"), ("+0100",), "Limited"),
    "ke": ((("Wanjiru", "Kamau"), ("Otieno", "Ochieng"), ("Njeri", "Mwangi"), ("Kiprono", "Rotich"), ("Akinyi", "Odhiambo")), ("Wafula", "Chebet", "Mutua", "Atieno"), ("Nakuru", "Eldoret", "Kisumu", "Nyeri"), ("+0300",), "Limited"),
    "ph": ((("Maricel", "Dela Cruz"), ("Jericho", "Bautista"), ("Rowena", "Villanueva"), ("Paolo", "Santiago"), ("Kristine", "Mendoza")), ("Jomar", "Liezl", "Rhea", "Bong"), ("Iloilo", "Dumaguete", "Tagbilaran", "Legazpi"), ("+0800",), "Inc."),
    "sg": ((("Wei Ling", "Goh"), ("Arjun", "Pillai"), ("Nurul", "Huda"), ("Jun Jie", "Koh"), ("Priyanka", "Nair")), ("Siew Mei", "Darren", "Aisyah", "Kelvin"), ("Tampines", "Jurong East", "Bishan", "Toa Payoh"), ("+0800",), "Pte. Ltd."),
    "xx": ((("Katarzyna", "Wiśniewska"), ("Tomáš", "Dvořák"), ("Giorgia", "Esposito"), ("Emre", "Yıldız"), ("Bogdan", "Ionescu")), ("Marek", "Lucia", "Ozan", "Irina"), ("Poznań", "Brno", "Bologna", "Izmir"), ("+0100", "+0200", "+0300"), "Sp. z o.o."),
}
PREFIXES = ("Tallowmere", "Corrie Bay", "Whinfell", "Kiteridge", "Brackenholt", "Sunstrand", "Aldgrove", "Peppertree", "Moonah", "Karaka", "Jacaranda", "Quarrystone", "Fernhollow", "Saltbush")
WORDS = ("Outfitters", "Works", "Trading", "Marine", "Supplies", "Studio", "Foods", "Networks", "Builders", "Health")
BODIES = {
    "uk": ("{town} Borough Council", "{town} Museums Trust", "{town} College of Further Education"),
    "ie": ("{town} County Council", "{town} Education and Training Board"),
    "us": ("Bureau of Inland Surveys", "{town} County Parks Department", "Office of Regional Water Services"),
    "ca": ("City of {town}", "{town} Community College"),
    "au": ("{town} Regional Council", "Department of Regional Services", "{town} Art Gallery and Museum"),
    "nz": ("{town} District Council", "{town} Libraries and Museum"),
    "za": ("{town} Local Municipality", "{town} Community Development Trust"),
    "in": ("{town} Municipal Corporation", "Institute of Applied Sciences, {town}"),
    "sg": ("Civic Heritage Board", "Lakeside Polytechnic"),
    "ke": ("{town} County Public Service Board", "{town} Water and Sanitation Company"),
    "ph": ("Municipality of {town}", "Provincial Government of {town}"),
}
GREET = {
    "uk": ("Hi {first},", "Dear {first},", "Hello {first},"), "ie": ("Hi {first},", "Dear {first},", "Hello {first},"),
    "us": ("Hi {first},", "Hey {first},", "Hello {first},"), "ca": ("Hi {first},", "Hello {first},", "Good morning {first},"),
    "au": ("Hi {first},", "G'day {first},", "Hey {first},"), "nz": ("Kia ora {first},", "Hi {first},", "Morena {first},"),
    "za": ("Good day {first},", "Hi {first},", "Dear {first},"), "in": ("Dear {first},", "Hi {first},", "Greetings {first},"),
    "ng": ("Dear {first},", "Good morning {first},", "Good afternoon {first},"), "ke": ("Dear {first},", "Hello {first},", "Jambo {first},"),
    "ph": ("Good day, {first}!", "Hi {first},", "Dear {first},"), "sg": ("Hi {first},", "Dear {first},", "Hello {first},"),
    "xx": ("Dear {first},", "Hello {first},", "Dear {first} {surname},"),
}
SIGNOFF = {
    "uk": ("Kind regards", "Best wishes", "All the best"), "ie": ("Kind regards", "Many thanks", "Talk soon"),
    "us": ("Best", "Thanks", "All best"), "ca": ("Cheers", "Best regards", "Take care"), "au": ("Cheers", "Thanks heaps", "Catch you"),
    "nz": ("Ngā mihi", "Cheers", "Kind regards"), "za": ("Kind regards", "Regards", "Warm regards"), "in": ("Warm regards", "Regards", "Thanks & regards"),
    "ng": ("Best regards", "Yours sincerely", "Warm regards"), "ke": ("Regards", "Kind regards", "Blessings"), "ph": ("Thank you and God bless", "Respectfully", "Warm regards"),
    "sg": ("Best regards", "Thanks and regards", "Regards"), "xx": ("Best greetings", "With kind regards", "Greetings"),
}
TITLES = ("Owner", "Hiring Manager", "People Partner", "Talent Acquisition", "Recruitment Lead", "Practice Manager", "Head of Operations")
PLATFORMS = ("Hirewell", "Talentloom", "Applyra", "Crewpoint", "Staffnest")
ATS_FOOT = (
    "Sent for {short} by {platform}. Nobody reads answers sent to this sender; write to the hiring team from the Messages tab of your candidate account.",
    "{platform} delivers candidate notices for {short}. To pick how often these notices arrive, open your candidate account and look under Settings, then Alerts.",
    "You hold a candidate account with {short}, run on {platform}. Keep your contact details current so that notices reach you.",
)
NOTES = (
    "Hi {hm},\n\nTuesday was great, and seeing the workshop floor made the job feel very real. Should the panel want more from me (certificates, a second reference), just say.\n\nBest,\n{first}",
    "Hello {hm},\n\nA small prod from me: any movement on {role}? Last Thursday's interview left me even keener on the job.\n\nThanks,\n{first}",
    "Dear {hm},\n\nMany thanks for this morning's conversation. The plans for the new depot sounded exciting; the two referees' details you wanted are attached.\n\nKind regards,\n{first}",
    "Hi {hm}, just following up on the final round. Any update on timings? Thanks so much, {first}",
    "Hi {hm},\n\nQuick one: I've had another interview process move along and wanted to check where things stand on your side before I answer them.\n\nCheers,\n{first}",
    "Dear {hm},\n\nMy thanks to you and the panel for yesterday. Do shout if the portfolio file failed to arrive.\n\nWith thanks,\n{first}",
)
FOOTERS = (
    "----\nLooking for your next move? Every opening across {short} sits on our careers pages, refreshed each weekday morning. Saved searches send fresh matches to you at breakfast time on the day they appear.\n\nThis came to you because your application went through the {short} careers site. To stop candidate emails, put STOP in the subject line of a reply, or switch them off in your candidate profile.\n\n{reg}",
    "THE {upper} DISPATCH\nOnce a month our newsletter carries new openings, staff stories and a look behind the scenes at our sites. Applicants are signed up for three issues, and after that it only keeps coming if you opt in.\n\nPrivacy: we keep application data for twelve months under our candidate privacy notice, which the recruitment team will send on request. To have your data removed sooner, write to privacy@{dom}.\n\nUnsubscribe from recruiting mail | Update email preferences\n{reg}",
    "Everything in this mail is meant for one reader. Got it in error? Kindly wipe it and reply to say so; forwarding or copying it breaks our confidentiality rules. {org} takes no responsibility for viruses, so scan attachments before you open them. Think twice before printing this mail.\n\nSee what our teams get up to on Instagram and LinkedIn. Know someone who'd fit in here? Our refer-a-friend scheme pays a bonus when they're hired.\n\n{reg}",
    "Candidate care line: {phone} (weekdays 9-5)\n\nYou are receiving recruitment mail because you hold a profile with {short}. Alerts, a copy of your data and closing your profile all live under My Profile. This mailbox is unattended.\n\n{reg}",
)
HTML_FOOT = (
    "<table width=\"100%\" style=\"border-top:1px solid #ccc\"><tr><td style=\"font-size:12px\"><b>Careers at {short}</b><br>Open roles, graduate intakes and apprenticeships in one place. Save a search and we'll send new roles straight to you.</td></tr><tr><td style=\"font-size:11px;color:#777\">You can stop these emails in one step from your profile page. Manage preferences | Privacy notice | Unsubscribe<br>{reg}</td></tr></table>",
    "<div style=\"background:#f4f4f4;padding:12px;font-size:11px;color:#666\"><p>Sent by the {short} Talent Team. Replies to this mailbox aren't monitored.</p><p>Join our monthly talent newsletter for new openings and team stories, or turn it off under Email preferences.</p><p>{reg}</p></div>",
)
REG = {
    "uk": "Registered in England & Wales as company {regno}: {org}, Unit {unit}, {town} Business Park.",
    "ie": "{org}, registered in Ireland no. {regno}. Registered office: {unit} Main Street, {town}.",
    "us": "{org}, {unit} Commerce Drive, {town}. Equal opportunity employer.",
    "ca": "{org}, {unit} Industrial Way, {town}. We welcome applications from all qualified people.",
    "au": "{org} ABN {regno}{unit}. {town}, and online nationwide.",
    "nz": "{org}, NZBN 9429{regno}, {unit} Wharf Street, {town}.",
    "za": "{org}, Reg. No. 2019/{regno}/07, {unit} Voortrekker Road, {town}. B-BBEE Level 2 contributor.",
    "in": "{org}, CIN U74999KA2016PTC{regno}, Registered office: {unit}, MG Road, {town}.",
    "ng": "{org}, RC {regno}, {unit} Independence Layout, {town}.",
    "ke": "{org}, P.O. Box {regno}-00100, {town}.",
    "ph": "{org}, {unit}/F Rizal Avenue, {town}.",
    "sg": "{org}, UEN 2015{regno}K, {unit} {town} Avenue, Singapore.",
    "xx": "{org}, {unit} {town}.",
}

# -- other languages: (readers, signers, outfits as (name, mail domain), zones)
LANGS = {
    "de": ((("Jonas", "Lindner"), ("Emilia", "Krause"), ("Mehmet", "Demir")), ("Katrin Weidemann", "Tobias Hahn", "Sabine Ernst"), (("Bäckerei & Café Sonnenseite", "sonnenseite"), ("Stadtverwaltung Lindau", "lindau-verwaltung"), ("Nordhafen Logistik GmbH", "nordhafen")), ("+0100", "+0200")),
    "fr": ((("Léa", "Garnier"), ("Hugo", "Barbier"), ("Inès", "Benali")), ("Sandrine Lefort", "Mathieu Renaud", "Élodie Caron"), (("Bistrot des Halles", "bistrotdeshalles"), ("Musée Delcourt", "museedelcourt"), ("Transports Vernet SAS", "transportsvernet")), ("+0100", "+0200")),
    "es": ((("Nerea", "Aguirre"), ("Pablo", "Medina"), ("Carmen", "Vidal")), ("Mercedes Olmo", "Sergio Cabrera", "Pilar Duarte"), (("Horno La Espiga", "hornolaespiga"), ("Ayuntamiento de Villaseca", "villaseca"), ("Almacenes Robledo S.L.", "almacenesrobledo")), ("+0100", "+0200")),
    "it": ((("Alessia", "Conti"), ("Lorenzo", "Galli"), ("Federica", "Mancini")), ("Roberto Ferrante", "Paola Gentile", "Stefano Bruno"), (("Officina Lombardi", "officinalombardi"), ("Magazzini Adriatici S.r.l.", "magazziniadriatici")), ("+0100", "+0200")),
    "pt": ((("Larissa", "Moura"), ("Gustavo", "Barros"), ("Beatriz", "Campos")), ("Renata Alves", "Marcelo Dias", "Cristiane Souza"), (("Loja Boa Vista", "lojaboavista"), ("Grupo Serra Azul", "gruposerraazul")), ("-0300",)),
    "nl": ((("Lotte", "Jansen"), ("Ruben", "de Vries"), ("Noor", "Smit")), ("Marieke Bos", "Pieter Dekker", "Esther Vermeulen"), (("Buurtwinkel De Linde", "buurtwinkeldelinde"), ("Gemeente Oosterveld", "oosterveld"), ("Datahaven B.V.", "datahaven")), ("+0100", "+0200")),
    "sv": ((("Maja", "Lindqvist"), ("Oskar", "Berg"), ("Alva", "Nyström")), ("Karin Holm", "Anders Sjöberg"), (("Café Lindblom", "cafelindblom"), ("Norrlager AB", "norrlager")), ("+0100", "+0200")),
    "da": ((("Freja", "Mortensen"), ("Magnus", "Kristensen"), ("Ida", "Poulsen")), ("Lars Thomsen", "Mette Lund"), (("Værkstedet Nørgaard", "vaerkstednorgaard"), ("Fyns Boligudlejning", "fynsbolig")), ("+0100", "+0200")),
    "nb": ((("Sigrid", "Haugen"), ("Eirik", "Solberg"), ("Nora", "Bakke")), ("Kari Lie", "Terje Moen"), (("Fjordbåtene AS", "fjordbatene"), ("Butikken på hjørnet", "butikkenpahjornet")), ("+0100", "+0200")),
    "fi": ((("Aino", "Korhonen"), ("Eetu", "Mäkinen"), ("Venla", "Heikkinen")), ("Riikka Laine", "Jussi Salminen"), (("Kahvila Kanerva", "kahvilakanerva"), ("Pohjolan Myynti Oy", "pohjolanmyynti")), ("+0200", "+0300")),
    "pl": ((("Zofia", "Kowalczyk"), ("Kacper", "Nowak"), ("Julia", "Wójcik")), ("Agnieszka Lewandowska", "Piotr Zieliński", "Marta Kamińska"), (("Piekarnia Pod Lipą", "podlipa"), ("Urząd Miasta Zielonka", "zielonka"), ("Magazyny Wisła sp. z o.o.", "magazynywisla")), ("+0100", "+0200")),
    "cs": ((("Tereza", "Nováková"), ("Jakub", "Svoboda")), ("Jana Procházková", "Martin Kučera"), (("Truhlářství Hora", "truhlarstvihora"), ("Moravská úvěrová banka", "moravskabanka"), ("Účetní kancelář Beneš", "kancelarbenes")), ("+0100", "+0200")),
    "hu": ((("Eszter", "Nagy"), ("Bence", "Kovács")), ("Tóth Katalin", "Szabó Gábor"), (("Aranykalász Pékség", "aranykalasz"), ("Dunai Raktár Kft.", "dunairaktar")), ("+0100", "+0200")),
    "ro": ((("Andreea", "Popescu"), ("Mihai", "Stan")), ("Elena Dumitrescu", "Radu Marin"), (("Asociația Pași Mici", "pasimici"), ("Primăria Comunei Valea Mare", "valeamare")), ("+0200", "+0300")),
    "el": ((("Ελένη", "Παππά"), ("Νίκος", "Γεωργίου")), ("Κατερίνα Δημητρίου", "Γιώργος Αλεξίου"), (("Ξενοδοχείο Αιγαίον", "aigaion"), ("Μπαρ Αμμουδιά", "ammoudia")), ("+0200", "+0300")),
    "ru": ((("Анна", "Смирнова"), ("Дмитрий", "Волков"), ("Ольга", "Морозова")), ("Ирина Соколова", "Павел Лебедев", "Наталья Кузнецова"), (("Автосервис «Колесо»", "koleso"), ("ООО «Северный склад»", "severnysklad"), ("Банк «Заря»", "zarya")), ("+0300",)),
    "uk": ((("Оксана", "Шевченко"), ("Андрій", "Коваленко")), ("Марія Бондаренко", "Тарас Мельник"), (("Кав'ярня «Каштан»", "kashtan"), ("ТОВ «Добробут Постач»", "dobrobut")), ("+0200", "+0300")),
    "tr": ((("Elif", "Aydın"), ("Burak", "Şahin")), ("Ayşe Kaya", "Mustafa Öztürk"), (("Usta Mobilya Atölyesi", "ustamobilya"), ("Belediye İnsan Kaynakları", "belediyeik")), ("+0300",)),
    "he": ((("נועם", "כהן"), ("שירה", "לוי")), ("מיכל אברהם", "יוסי פרץ"), (("עמותת יד ללב", "yadlalev"), ("חשבונות ישיר בע\"מ", "heshbonot")), ("+0200", "+0300")),
    "ar": ((("ليلى", "حداد"), ("عمر", "الخطيب")), ("سارة منصور", "خالد يوسف"), (("ورشة النور للنجارة", "alnoor"), ("شركة الواحة للتجارة", "alwaha")), ("+0200", "+0300", "+0400")),
    "ja": ((("結衣", "佐藤"), ("翔太", "高橋")), ("田中 美穂", "山本 健一"), (("カフェ こもれび", "komorebi"), ("株式会社ひかり物流", "hikari-butsuryu")), ("+0900",)),
    "zh": ((("李娜", ""), ("王浩", "")), ("陈静", "刘伟"), (("老街便利店", "laojie"), ("华信集团", "huaxin")), ("+0800",)),
    "ko": ((("김민지", ""), ("이준호", "")), ("박수진", "최동현"), (("한빛 분식", "hanbit"), ("주식회사 새온", "saeon")), ("+0900",)),
    "id": ((("Putri", "Lestari"), ("Rizky", "Pratama")), ("Dewi Anggraini", "Agus Santoso"), (("Bengkel Maju Jaya", "majujaya"), ("PT Sinar Gudang", "sinargudang")), ("+0700",)),
    "vi": ((("Ngọc Anh", "Nguyễn"), ("Minh", "Trần")), ("Phạm Thu Hà", "Lê Văn Hùng"), (("Quán Cà Phê Gió", "caphegio"), ("Công ty Hưng Thịnh", "hungthinh")), ("+0700",)),
}
SHOP = frozenset(("de-of-azubi", "fr-of-vous-revient", "es-of-es-tuyo", "it-of-prendiamo-te", "pt-gone-fim-de-semana", "nl-of-voor-jou", "nb-crew-komplett",
                   "nb-of-dekksmann", "el-of-diki-sas", "uk-of-same-vas", "ja-of-omukae", "vi-of-nhan-ban", "he-of-shelcha"))
ORG_OF = {"cs-nj-uver": 1, "cs-vac-zruseno": 2, "hu-ats-betoltottuk": 1, "hu-of-raktarvezeto": 1, "pl-pub-wymagania": 1, "pl-of-magazynier": 2,
          "es-vac-anulada": 1, "es-iv-por-encima": 1, "de-score-punkte": 1, "de-ats-status": 2, "fr-count-oral": 1, "fr-th-rejoindra": 2,
          "fr-oj-retrait": 2, "nl-count-gesprek": 1, "nl-end-stoppen": 2}
LANG_NAMES = {
    "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese (Brazil)", "nl": "Dutch", "sv": "Swedish", "da": "Danish",
    "nb": "Norwegian (Bokmål)", "fi": "Finnish", "pl": "Polish", "cs": "Czech", "hu": "Hungarian", "ro": "Romanian", "el": "Greek", "ru": "Russian",
    "uk": "Ukrainian", "tr": "Turkish", "he": "Hebrew", "ar": "Arabic", "ja": "Japanese", "zh": "Chinese", "ko": "Korean",
    "id": "Indonesian", "vi": "Vietnamese",
}


def zone(code: str) -> timezone:
    sign = -1 if code[0] == "-" else 1
    return timezone(sign * timedelta(hours=int(code[1:3]), minutes=int(code[3:5])))


class Maker(MakerBase):
    def when(self, zones: tuple[str, ...]) -> datetime:
        """A sending time in 2025-2026, in the sender's own zone."""
        rng = self.rng
        start = datetime(2025, 1, 2, 7, 0, tzinfo=zone(rng.choice(zones)))
        return start + timedelta(days=rng.randrange(697), minutes=rng.randrange(12 * 60), seconds=rng.randrange(60))

    def context(self, region: str, role: str) -> dict:
        rng = self.rng
        people, others, towns, zones, suffix = REGIONS[region]
        (hm, hm_sur), (first, surname) = rng.sample(people, 2)
        short = f"{rng.choice(PREFIXES)} {rng.choice(WORDS)}"
        sent = self.when(zones)
        later = sent + timedelta(days=rng.randrange(3, 12))
        due = later + timedelta(days=rng.randrange(2, 15))
        us = region in {"us", "ph"}
        cut = rng.randrange(55, 78)
        town = rng.choice(towns)
        ofirst = rng.choice(others)
        return {
            "first": first, "surname": surname, "full": f"{first} {surname}", "hm": hm, "hm_full": f"{hm} {hm_sur}", "role": role,
            "short": short, "org": f"{short} {suffix}", "dom": f"{ascii_slug(short)}.example", "town": town, "region": region,
            "ofirst": ofirst, "other": f"{ofirst} {rng.choice(people)[1]}", "sent": sent,
            "next": f"{later:%A}, {MONTHS[later.month - 1]} {later.day}" if us else f"{later:%A} {later.day} {MONTHS[later.month - 1]}",
            "date": f"{MONTHS[due.month - 1]} {due.day}" if us else f"{due.day} {MONTHS[due.month - 1]}",
            "n": str(rng.randrange(48, 420)), "m": str(rng.randrange(4, 16)), "top": str(rng.choice((10, 12, 15, 20, 25))),
            "cut": str(cut), "low": str(cut - rng.randrange(2, 14)), "high": str(cut + rng.randrange(2, 15)),
            "ref": f"{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXY') for _ in range(2))}-{sent.year}-{rng.randrange(1000, 99999)}",
            "phone": f"{rng.randrange(200, 999)} {rng.randrange(1000, 9999)}", "regno": str(rng.randrange(1000000, 9999999)), "unit": str(rng.randrange(2, 88)),
        }

    def sign(self, region: str, c: dict, body: str) -> str:
        """A person's greeting, ``body`` and sign-off."""
        rng = self.rng
        hello = rng.choice(GREET[region]).format(**c)
        bye = rng.choice(SIGNOFF[region])
        who = rng.choice((c["hm"], c["hm_full"], f"{c['hm_full']}\n{rng.choice(TITLES)}, {c['short']}", f"{c['hm']}\n{c['org']}"))
        return f"{hello}\n\n{body}\n\n{bye},\n{who}"

    def shell(self, code: str, region: str, subject: str, core: str, c: dict) -> tuple[str, str, str]:
        """The subject, body and sender of one shell around ``core``."""
        rng = self.rng
        person = f"{c['hm_full']} <{mailbox(c['hm_full'].replace(' ', '.'), 'hr')}@{c['dom']}>"
        reader = f"{mailbox(c['first'] + '.' + c['surname'], 'reader')}@inbox.example"
        if code == "em":  # a person's email
            tail = rng.choice(("", "", "", "\n\nSent from my phone", "\n\nSent from Outlook for Android"))
            return subject, self.sign(region, c, core) + tail, person
        if code == "th":  # a reply in a thread, the applicant's note quoted
            pre = rng.choice(("RE: [EXT] Re: ", "Re: ", "RE: RE: ", "Re: [External] ", "RE: [EXTERNAL] RE: "))
            note = rng.choice(NOTES).format(**c)
            earlier = c["sent"] - timedelta(days=rng.randrange(1, 6), minutes=rng.randrange(600))
            if rng.random() < 0.5:
                quote = (f"-----Original Message-----\nFrom: {c['full']} <{reader}>\nSent: {earlier:%A}, {earlier.day} {MONTHS[earlier.month - 1]} {earlier.year} {earlier:%H:%M}\n"
                         f"To: {person}\nSubject: {pre.split(' ')[0] if 'RE' in pre else 'Re:'} {subject}\n\n{note}")
            else:
                lines = "\n".join(f"> {line}".rstrip() for line in note.split("\n"))
                quote = f"On {earlier:%a}, {MONTHS[earlier.month - 1][:3]} {earlier.day}, {earlier.year}, {earlier:%H:%M} {c['full']} <{reader}> wrote:\n{lines}"
            return pre + subject, f"{self.sign(region, c, core)}\n\n{quote}", person
        if code == "at":  # an applicant-tracking platform's notice
            platform = rng.choice(PLATFORMS)
            hello = rng.choice(("", f"Hi {c['first']},\n\n", f"Dear {c['first']},\n\n", f"Hello {c['first']},\n\n"))
            foot = rng.choice(ATS_FOOT).format(short=c["short"], platform=platform)
            return (subject, f"{c['short']} | Candidate update\n\n{hello}{core}\n\n{c['short']} Recruiting\n\n--\n{foot}",
                    f"{c['short']} via {platform} <notices@{ascii_slug(platform)}.example>")
        if code == "pb":  # a public body's letter
            body = rng.choice(BODIES[region]).format(town=c["town"])
            dom = f"{ascii_slug(''.join([w for w in body.split() if w not in {'of', 'and', 'for'}][:3]))}.example"
            team = rng.choice(("Recruitment Team", "Human Resources", "People Services", "Selection Unit"))
            hello = rng.choice((f"Dear {c['first']} {c['surname']},", f"Dear {c['first']},", "Dear Applicant,"))
            head = f"Our ref: {c['ref']}\nPost: {c['role']}" if region != "us" else f"Announcement number: {c['ref']}\nPosition: {c['role']}"
            return (subject, f"{head}\n\n{hello}\n\n{core}\n\n{rng.choice(('Yours sincerely', 'Regards', 'Kind regards'))},\n\n{c['hm_full']}\n{team}\n{body}",
                    f"{body} {team} <{rng.choice(('recruitment', 'jobs', 'hr', 'careers'))}@{dom}>")
        if code == "ft":  # a short mail above a long footer, plain or HTML
            reg = REG[region].format(**c)
            fill = {**c, "reg": reg, "upper": c["short"].upper()}
            if rng.random() < 0.35:
                hello = rng.choice(GREET[region]).format(**c)
                body = (f"<html><body><p>{hello}</p><p>{core}</p><p>{rng.choice(SIGNOFF[region])},<br>The {c['short']} Talent Team</p>"
                        f"{rng.choice(HTML_FOOT).format(**fill)}</body></html>")
            else:
                body = f"{self.sign(region, c, core)}\n\n{rng.choice(FOOTERS).format(**fill)}"
            return subject, body, f"{c['short']} Careers <{rng.choice(('careers', 'talent', 'jobs'))}@{c['dom']}>"
        raise ValueError(code)

    def add(self, name: str, kind: str, region: str, code: str, role: str, subject: str, core: str) -> None:  # noqa: PLR0917 - a template's fields
        c = self.context(region, role)
        subj, body, sender = self.shell(code, region, subject.format(**c), core.format(**c), c)
        label = "rejection" if kind == RJ else "other"
        self.shells[(kind, code)] += 1
        self.regions[(f"en-{region}", label)] += 1
        to = f"{c['full']} <{mailbox(c['first'] + '.' + c['surname'], 'reader')}@inbox.example>"
        self.records.append(record(subj, body, sender, kind=kind, family=f"{PREFIX}-{name}", provenance=PROVENANCE, to=to, date=format_datetime(c["sent"])))

    def add_lang(self, name: str, kind: str, lang: str, subject: str, text: str) -> None:
        rng = self.rng
        readers, signers, orgs, zones = LANGS[lang]
        first, surname = rng.choice(readers)
        signer = rng.choice(signers)
        # a shop's hand-off and its twins are signed by the language's first (small) outfit,
        # the rest by one of the others, or by the one ORG_OF names
        org, slug = orgs[ORG_OF[name]] if name in ORG_OF else orgs[0] if name in SHOP or "-gone-" in name else rng.choice(orgs[1:])
        sent = self.when(zones)
        sig = f"{signer}\n{org}"
        body = text.format(first=first, surname=surname, sig=sig) if "{sig}" in text else f"{text.format(first=first, surname=surname)}\n\n{sig}"
        full = f"{first} {surname}".strip() if lang not in {"ja", "hu"} else f"{surname} {first}"
        sender = f"{signer} <{mailbox(signer.replace(' ', '.'), 'kontakt')}@{slug}.example>"
        to = f"{full} <{mailbox(first + '.' + surname, 'reader')}@inbox.example>"
        self.shells[(kind, "lg")] += 1
        self.langs[(lang, "rejection" if kind == RJ else "other")] += 1
        self.records.append(record(subject, body, sender, kind=kind, family=f"{PREFIX}-{name}", provenance=PROVENANCE, to=to, date=format_datetime(sent)))



def build(maker: Maker | None = None) -> list[dict]:
    maker = maker or Maker(random.Random(SEED))
    for table in (EN_RJ, EN_OK):
        for name, kind, copies, role, subject, core in table:
            for copy in copies:
                region, code = copy.split(":")
                maker.add(name, kind, region, code, role, subject, core)
    for name, kind, lang, subject, text in LANG:
        maker.add_lang(name, kind, lang, subject, text)
    return finish(maker.records, maker.rng, "w52")


def langs(maker: Maker, records: list[dict]) -> int:
    """``--langs``: make-up by label/kind, kind/shell, English region and other language."""
    tables = (("kind / shell", maker.shells), ("English region / label", maker.regions), ("language / label", maker.langs))
    return makeup(records, tables, lengths(records), width=24, names=LANG_NAMES)


def main(argv: list[str]) -> int:
    maker = Maker(random.Random(SEED))
    records = build(maker)
    return run(argv, OUT, records, lambda: langs(maker, records), labels=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
