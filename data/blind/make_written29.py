# ruff: noqa: E501, S311
"""Write data/blind/written-29.jsonl: training mail, seventeenth batch (ordinary ATS mail).

Twenty-second pass, part F. Real job seekers' inboxes are mostly ordinary: template rejections
from applicant-tracking systems and recruiters, and application-received confirmations. Earlier
batches wrote unusual kinds; this one is breadth in the ordinary, as twins in the same voices and
shapes (the shells of Workday-, Greenhouse-, Lever-, SmartRecruiters-, iCIMS-, Taleo-,
Teamtailor-, Personio-, Ashby-, BambooHR-, Recruitee- and Workable-style mail, agency recruiters,
HTML newsletters and one-line notes; UK, US, Indian, Australian, South African and non-native
English):

* 160 ``rejection``: after applying, after a screen, after a take-home, after final rounds; the
  decision said in many ways, some hedged, some with a talent-community line, some with feedback;
* 160 others: 90 ``application_received`` (many with conditional or silence-rule talk of a
  refusal that has not happened), 20 ``interview_invitation``, 20 ``next_steps``, 10 ``offer``,
  20 ``other_job``.

    python data/blind/make_written29.py           # writes the file (seed 290291)
    python data/blind/make_written29.py --langs   # make-up by kind and shell
    python data/blind/make_written29.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

SEED = 290291
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import finish, lengths, makeup, record, run, sealed  # noqa: E402

OUT = HERE / "written-29.jsonl"
PROVENANCE = "written for rejectwatch issue 11 twenty-second pass as training mail, seventeenth batch, ordinary ATS mail in breadth (make_written29.py)"
PREFIX = "blind-w29"  # the read-slice prefix: train-only in grouped CV, weight READ_SLICE_WEIGHT
SEALED = sealed(21)  # never opened, skipped by name (an earlier first, as when written)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")

RJ = "rejection"
AR = "application_received"
IV = "interview_invitation"
NS = "next_steps"
OF = "offer"
OJ = "other_job"

# Templates: (name, kind, shells, subject, core). Each template is one company voice; its copies
# go out in the shells listed (one copy per shell). Fields in braces are filled per copy: first,
# full, org, role, ref, date, day, hm, hm_full, city, n.
REJECT = (
    ("wd-apply-us", RJ, ("wd", "ic", "html", "wk"), "Update on {role} (req. {ref})",
     "We've finished looking at how your background lines up with what the {role} team needs this quarter, and your candidacy stops short of the hiring manager's interviews.\n\nFresh openings go up every week; setting an alert on the site is the easiest way to catch them."),
    ("gh-screen", RJ, ("gh", "lv", "ab", "gh"), "{org} - {role}",
     "Really enjoyed our call on {day} and hearing about the warehouse tooling you built. I took your notes back to the hiring team, and they'd like to keep going with people who have run a {role} function end to end, so this is where your process with us stops.\n\nShould a role nearer your experience come up, I'll be messaging you early."),
    ("lv-one-line", RJ, ("lv", "ab", "line", "rc"), "Re: {role}",
     "Short one, {first}: the team picked other applicants for {role}, so we're closing yours out. Appreciated you applying - good luck with the hunt."),
    ("sr-filled", RJ, ("sr", "wk", "bh", "tt"), "{role} has been filled",
     "The {role} vacancy in {city} that you put yourself forward for now has someone in it. Your application for it has been closed accordingly.\n\nYour profile remains on our careers platform, and any other vacancy there is two clicks away."),
    ("ic-legal-long", RJ, ("ic", "tl", "wd", "ic"), "Your Application with {org}",
     "Re: {role}, requisition {ref}.\n\nThis posting drew a large and well-qualified pool. Following a full assessment, the business is proceeding with applicants whose qualifications track more closely to the present requirements of the position, so your application is closed.\n\nSetting up job alerts will flag new postings that match your interests.\n\n{org} decides on hiring irrespective of a person's race, religion, colour, age, sex, gender identity or sexual orientation, national origin, disability, veteran status, or any status shielded by law. Applicants needing an adjustment at any stage of hiring may contact the accommodations desk via the careers site."),
    ("tl-regret", RJ, ("tl", "ic", "letter", "tl"), "Job Number {ref} - {role}",
     "With regret, we must advise you that your submission for the job number above has not been chosen for further review. The decision applies to this posting alone; other submissions you hold with us remain active.\n\nThe effort behind your online profile is appreciated."),
    ("tt-warm-se", RJ, ("tt", "tt", "html", "ps"), "About the {role} role",
     "Hey {first}!\n\nEvery application for {role} has now been read, and we really liked getting to know you through yours. For this round we're continuing with a handful of other people, which means your process ends here.\n\nWant to hear about future openings? Join our Connect community and we'll send word when something fits."),
    ("ps-de-nonnative", RJ, ("ps", "ps", "wk", "line"), "Your application as {role}",
     "Many thanks for applying and for your interest into our company. We have looked at your documents with great care. Sadly you can not be considered any more for this position, since the decision fell on another applicant whose profile fits more exact.\n\nAs the GDPR foresees, your data is erased six months after the procedure ends, except you permit us a longer storage."),
    ("ab-final-feedback", RJ, ("ab", "gh", "lv", "ab"), "Following up from your final interviews",
     "Writing this one myself, after your onsite loop. The panel came away impressed by your system design round - your take on the caching trade-offs came up several times in the debrief. In the end, though, the panel's decision was no offer this time. The gap people kept returning to was depth with large-scale data migrations, which this role leans on from its first month.\n\nI realise that's hard to read after so many hours spent with us. If it helps, I'm glad to do a 15-minute call and walk through the notes."),
    ("bh-small-us", RJ, ("bh", "bh", "line", "gh"), "{role} at {org}",
     "Thanks a bunch for applying to be our {role}! So many great folks threw their hats in, and we've ended up heading in another direction with this hire. Really appreciate the thought!"),
    ("rc-nl-english", RJ, ("rc", "rc", "tt", "ps"), "Your application for {role}",
     "We have read your application for {role} at {org} together with the team. There are good things in your experience, but at this moment it is no match with the profile we search, so we stop your application here.\n\nIf you agree, we hold your details one year in our talent pool. That consent you can take back in your candidate profile anytime."),
    ("wk-takehome", RJ, ("wk", "gh", "ab", "lv"), "Your take-home for {role}",
     "Appreciate you turning the take-home around so quickly. Two of our engineers went through it. They liked how clearly the README laid out your assumptions; they were less comfortable that the pricing logic had no tests and that errors were swallowed in the import step. On the strength of that review, your application stops before the technical interview.\n\nA take-home is real unpaid time, and it's appreciated that you spent it on us."),
    ("ag-uk-recruiter", RJ, ("ag", "ag", "line", "ag"), "{role} - feedback from {org}",
     "Heard back from the client about {role} this morning. Sadly they're not taking you through to second stage - they've gone for someone who's already worked on their exact billing platform, which is a tough one to compete with.\n\nDon't let it get to you. I've two more briefs landing next week that suit you better anyway; I'll give you a bell on {next}."),
    ("in-candidature", RJ, ("html", "ic", "sr", "line"), "Status of your candidature - {role}",
     "Greetings from {org}!\n\nWe value the time spent by you in the recruitment process for {role}. Post careful evaluation by our panel, we regret that your candidature could not be shortlisted for the subsequent round.\n\nYour profile shall be retained in our talent database and we shall connect in case any suitable opening arises. Wishing you all success ahead."),
    ("au-unsuccessful", RJ, ("sr", "bh", "wd", "html"), "{org} - {role} (Ref {ref})",
     "Thanks for putting your hand up for our {role} vacancy in {city}. Assessment of applications has wrapped up; unfortunately you haven't progressed to interview this time round.\n\nThe field was a really strong one, so please don't be disheartened. Cheers, and go well."),
    ("za-not-further", RJ, ("letter", "ic", "sr", "tl"), "Application: {role} ({ref})",
     "Reference is made to your application for the {role} position at our {city} branch. Kindly be advised that your application is not being taken forward at this stage of the selection process.\n\nIn line with the Protection of Personal Information Act, your personal information is retained six months and then destroyed. Kindly let us know should you prefer that we do not hold your details for that period."),
    ("req-closed", RJ, ("wd", "ic", "sr", "tl"), "Requisition {ref} closed",
     "The hiring team has closed requisition {ref} ({role}). With the requisition closed, applications to it, yours included, are no longer under consideration and nothing further will happen on them.\n\nAny other openings on the careers site remain open to you."),
    ("unable-offer-final", RJ, ("letter", "gh", "wd", "ps"), "Following your interview for {role}",
     "Thanks for joining the panel on {day}, and we appreciated the preparation behind your presentation exercise. Having weighed every candidate carefully, I am afraid no offer follows this time.\n\nThe successful candidate brought several years of regulatory reporting, and that proved decisive. Do ask if more detailed feedback would be useful."),
    ("hedged-unlikely", RJ, ("gh", "lv", "rc", "ag"), "Checking in re {role}",
     "I owe you an update. Honestly, the team has changed its mind about the profile for {role} - they're now after someone much more senior - so it's very unlikely your application goes any further with us. Better you hear that from me than be left guessing.\n\nLet's keep in touch; a mid-level opening would come straight to you."),
    ("not-selected-status", RJ, ("wd", "sr", "html", "ic"), "Application status changed",
     "Something changed on your application.\n\nPosition: {role}\nReference: {ref}\nNew status: Not selected\n\nWe're grateful you considered {org}. All your applications can be reviewed from your candidate home page."),
    ("internal-hire", RJ, ("bh", "rc", "letter", "gh"), "Update: {role}",
     "Closing the loop on {role}: we have appointed from inside - a colleague covering the duties on an interim basis, and we are not continuing with external applicants.\n\nThanks for bearing with what ended up a longer process than any of us planned."),
    ("nonnative-unable", RJ, ("html", "ps", "rc", "line"), "Regarding your application",
     "Dear applicant {full},\n\nfor the application to the job {role} in our company we say thanks. After checking all applications we must inform that we are not in position to give you this job. The choice was very difficult because many good persons have applied.\n\nWe wish you all good for your way in profession."),
    ("after-screen-phone", RJ, ("lv", "ab", "wk", "bh"), "Thanks for chatting with us",
     "Great speaking last week about the {role} role. Thinking it over afterwards, we don't believe the position matches where you are in your career right now, mainly because it needs hands-on people management from day one. We're continuing with other candidates.\n\nDo keep our careers page bookmarked; we'll remember you."),
    ("different-direction-2", RJ, ("tt", "wk", "gh", "html"), "Our decision on {role}",
     "After plenty of back-and-forth, the team has opted to take {role} a different way and re-scope it as a contract engagement. So your application, along with every current candidate's, won't be continuing.\n\nThat's frustrating news after the interviews, and the change of course is on us, not you."),
    ("talent-community-no", RJ, ("sr", "tt", "wd", "rc"), "{role}: application update",
     "We've gone carefully through your experience, and this time your application for {role} won't be moving ahead.\n\nThough this role wasn't the right match, staying connected would be lovely. You're now in our Talent Community, which sends occasional news about teams and openings you might like."),
    ("uk-public-sift", RJ, ("letter", "tl", "ic", "html"), "Vacancy {ref}: outcome of shortlisting",
     "The shortlisting panel for {role} met on {day} and scored every application against the person spec's essential criteria. I'm sorry that yours was not among those shortlisted for interview.\n\nFeedback on your application is available on request - email the recruitment team within 28 days and quote the vacancy reference."),
    ("in-hr-moving-ahead", RJ, ("line", "html", "ag", "ic"), "Update from {org} HR",
     "Dear {first},\n\nThis is regarding your interview for {role} conducted on {day}. Thanks for your time and effort. Post discussion with the concerned hiring manager, other profiles are being taken ahead.\n\nYour resume remains on file and we shall connect if some relevant opening comes up. Regards, HR Team."),
    ("retail-hourly", RJ, ("wd", "sr", "bh", "line"), "Thanks for applying to {org}",
     "Appreciate you applying as a {role} at our {city} store! Every shift for the season is now covered, so your application is closed.\n\nThe store hires again in early spring, so look out for us then."),
    ("assessment-failed", RJ, ("sr", "wd", "ic", "wk"), "Your online assessment results",
     "You completed the numeracy test and the situational judgement exercise for {role}; thank you. Your scores were compared with the benchmark set for this vacancy and sadly sit under that mark, which ends your application for this opening.\n\nGraduate vacancies are open to you again after six months."),
    ("min-requirements", RJ, ("tl", "wd", "ic", "sr"), "{role} - application review",
     "Our recruiting team has gone through the answers you gave to the screening questions for {role}. On those answers, your profile falls short of the minimum qualifications listed for the position, and it won't be passed to the hiring manager.\n\nDo read each posting carefully for other roles before applying."),
    ("ghost-apology", RJ, ("gh", "lv", "ag", "line"), "Sorry for the silence",
     "I owe you an apology - this should have reached you weeks ago. We hired for {role} at the end of last month, so your application is closed. Waiting without news is rough and I'm sorry we left you hanging."),
    ("startup-founder", RJ, ("ab", "line", "lv", "rc"), "quick update from {org}",
     "hey {first}, founder here. loved your portfolio, but we're six people with runway to think about, so the {role} hire waits until after our next raise. so we're passing for now - not a reflection on you at all. mind if I ping you when we're back at it?"),
    ("healthcare-us", RJ, ("ic", "wd", "tl", "html"), "{org} Careers - {role}",
     "Our team has carefully gone over your application for the {role} position on the {city} campus. For now, another candidate has been selected whose skills and experience best meet the needs of the unit.\n\nYour wish to care for our patients matters to us, and we invite you to browse other openings on our careers page."),
    ("gov-au-merit", RJ, ("letter", "html", "wd", "sr"), "Selection outcome - {role}",
     "The selection process for {role} (job reference {ref}) has concluded. The panel assessed every application on merit, and regrettably yours has not been successful.\n\nA merit list has been established and may be drawn on for similar vacancies over the next twelve months; you have not been included on it. For feedback, contact the panel chair named in the job pack."),
    ("za-regret-short", RJ, ("sr", "html", "line", "bh"), "RE: {role} application",
     "Regrettably, the application was unsuccessful. For any other application you have lodged with us, no word within 30 days should be taken to mean that it too was unsuccessful."),
    ("gh-prescreen-bot", RJ, ("gh", "gh", "sr", "wk"), "Your application to {org}",
     "{role} drew a very big stack of applications. Having reviewed your resume, we've decided not to pursue your candidacy at this time.\n\nThanks for picturing yourself growing at {org}. Wishing you luck out there!"),
    ("lever-hm-personal", RJ, ("lv", "lv", "ab", "gh"), "{role} - thank you",
     "As hiring manager for {role}, I read your cover letter myself - one of the more thoughtful we got. You were one of three finalists, and I went with someone who has shipped a mobile payments product before. Sorry this isn't better news.\n\nIf you're open to the idea, I'd love to hold onto your details for a platform role we're planning next year."),
    ("uk-hospitality", RJ, ("tt", "bh", "line", "ag"), "Your trial shift at {org}",
     "Cheers for the trial shift {day} - the kitchen said you were quick and tidy. The job's going to someone with more pastry experience, so we won't take it further with you for now. Pop back in if you see us advertising again."),
    ("workable-reqcancel", RJ, ("wk", "rc", "tt", "ps"), "Change to the {role} position",
     "Following a reorganisation in the department, the {role} opening has been cancelled and every application to it, yours included, has been closed.\n\nShould a similar role be advertised again, do apply; your file stays with us for six months unless you request deletion."),
    ("overqualified-hedge", RJ, ("bh", "gh", "letter", "ag"), "{role} application",
     "Your application was a real pleasure to read. Given the breadth of leadership you'd bring, we worry that {role} - mostly hands-on and fairly narrow - wouldn't stretch you for long. So we're carrying on with applicants nearer the level of the role.\n\nThat is about the fit, not about what you can do."),
)

CONFIRM = (
    ("wd-received", AR, ("wd", "ic", "sr"), "Application submitted - {role}",
     "Your application for {role} (requisition {ref}) is in. Our recruiting team will compare your qualifications with the role, and where the two match, someone will be in contact about what comes next.\n\nSigning in to your candidate home shows where your application stands at any moment."),
    ("gh-received", AR, ("gh", "gh", "ab"), "Thanks for applying to {org}!",
     "Exciting - {role} application landed, and our team is looking through it now. Where the experience fits, next steps come by email. Yes or no, there'll be a message from us once there's a decision."),
    ("lv-received", AR, ("lv", "lv", "rc"), "{org} | application received",
     "Your application for {role} came through fine. Every one of these gets read by an actual human, so allow a week or two. If we reckon it's not a match, you'll get told, not left wondering."),
    ("sr-silence", AR, ("sr", "wd", "html"), "Application received: {role}",
     "Your application for {role} has been submitted. Applications are assessed together once the advert closes on {date}. Because of the volume we expect, only shortlisted applicants are contacted; no contact within three weeks of the close means you were not shortlisted on this occasion."),
    ("ic-auto", AR, ("ic", "tl", "ic"), "Confirmation of submission - {role} ({ref})",
     "Your application for {role}, requisition number {ref}, has been submitted successfully. Replies to this message go nowhere, since nobody monitors the mailbox.\n\nA member of our talent acquisition team contacts candidates chosen for interview. Those not chosen get an email when the post is filled."),
    ("tl-profile", AR, ("tl", "tl", "wd"), "Submission received - Job Number {ref}",
     "We received your submission for job number {ref} ({role}) on {day}. From the career section you can view it or withdraw it whenever you wish.\n\nSubmissions left incomplete cannot be considered; check that every required step carries a green tick."),
    ("tt-hello", AR, ("tt", "tt", "ps"), "We got your application, {first}!",
     "Yay - we've safely got your application for {role}! The team reads applications every Monday and Thursday. Yes or no, the answer will come from a real human, usually inside ten working days."),
    ("ps-gdpr", AR, ("ps", "ps", "rc"), "Confirmation of receipt - {role}",
     "Many thanks for applying as {role}. Herewith we confirm that your documents arrived, and we will examine them carefully. Please have understanding that the review can last up to three weeks. About the result we will inform you in every case.\n\nYour data is processed solely for this application procedure, according to the GDPR."),
    ("ab-received", AR, ("ab", "ab", "gh"), "Application received - {role}",
     "Got it - your application for {role} is with us and the team will have a look soon. We try to answer everybody within 7 days, whether or not things move forward. Questions in the meantime? Just hit reply."),
    ("bh-received", AR, ("bh", "bh", "line"), "Thanks for your interest in {org}",
     "Your application for {role} arrived, and we wanted to say thanks! Our hiring manager personally goes through every application. When we want to take things further, expect a phone call or email to set up a conversation."),
    ("rc-received", AR, ("rc", "rc", "wk"), "{role}: application received",
     "{org} has your application for {role}. What happens now: within about a week our recruiter reads your CV and motivation. When there is a match, you receive an invitation for a first video call. When not, you also receive a message from us - ghosting we never do."),
    ("wk-received", AR, ("wk", "wk", "sr"), "Thanks for applying to {role}",
     "Your application for the {role} job at {org} has reached us. We'll review it shortly and come back to you should your profile match what the position requires.\n\nTip: save this address in your contacts, so our replies stay out of your spam folder."),
    ("ag-registered", AR, ("ag", "ag", "line"), "Registered with {org}",
     "Great to speak earlier. You're registered with us now, and I've put your CV forward for the {role} role at our client in {city}. They tend to take about a week to review. If they don't want to go ahead, I'll ring the same day, and my search for you carries on regardless."),
    ("in-ack", AR, ("html", "ic", "line"), "Acknowledgement: Application for {role}",
     "Greetings from {org}!\n\nThis is to acknowledge that we have your application for {role}. Your profile now sits with our TA team for review. Kindly note, intimation regarding the further process will go to shortlisted candidates only. If no intimation reaches you in 30 days, your profile may be considered against future openings."),
    ("au-received", AR, ("sr", "bh", "html"), "Application received - {role} ({ref})",
     "Thanks for putting your hand up for our {role} role in {city}. Your application's with us and we'll be in contact after applications close on {date}. Heads up: only applicants with full working rights in Australia can be considered, so without them the application stops at screening."),
    ("za-received", AR, ("letter", "sr", "ic"), "Application acknowledged - {role}",
     "Thanks - we have received the application you sent in for {role}. Kindly be advised that contact will be made with shortlisted candidates only. Where no communication has reached you two weeks after the closing date, please regard your application as unsuccessful.\n\nThe company is committed to employment equity, and preference will be given in line with its employment equity plan."),
    ("uk-nhs-style", AR, ("letter", "html", "tl"), "Application submitted: {role} ({ref})",
     "Submission complete for the post above. Shortlisting takes place on {date}. An invitation to interview, if you are shortlisted, is sent through your account, so do check it often (junk folder too). Regrettably, no news within a fortnight of that date means this application was not successful."),
    ("us-eeo-form", AR, ("ic", "wd", "tl"), "Your application - confirmation",
     "Your application for {role} arrived safely. We appreciate you filling in the voluntary self-identification form; those answers are stored apart from your application and the hiring manager never sees them.\n\nWhere your qualifications meet the requirements, we'll reach out to arrange interviews. If another applicant fills the role, you'll be told by email."),
    ("html-brand", AR, ("html", "html", "tt"), "You're one step closer to joining {org}",
     "We're thrilled you applied for {role}!\n\nWhat comes next?\n1. Our talent team reviews your application.\n2. Where it fits, we invite you to a short intro call.\n3. Either way, you hear back from us with an answer.\n\nWhile you wait, have a look at our blog to see what life at {org} is like."),
    ("line-received", AR, ("line", "line", "bh"), "Application received",
     "Got your application for {role} - thanks! Expect to hear from us inside a fortnight."),
    ("nonnative-received", AR, ("ps", "rc", "html"), "Your application was received",
     "Dear {full},\n\nyour application as {role} is arrived by us, and we thank for it. Our specialists will look on it in the next days. When your profile is not fitting, we send also a short information, so you are not waiting without answer."),
    ("grad-scheme", AR, ("wd", "sr", "html"), "{org} Graduate Programme - application received",
     "Thanks for applying to the {org} Graduate Programme ({role} stream). Next up is our online assessment; its link comes in its own email within 48 hours. Anyone who hasn't completed it within five days of getting the link cannot progress, so watch your inbox."),
    ("in-campus", AR, ("html", "line", "ic"), "Registration confirmed - {org} campus drive",
     "Dear Candidate,\n\nYour registration for the {org} campus drive for the role of {role} stands confirmed. Shortlisted students shall receive the aptitude test schedule via the placement cell. Kindly refrain from replying to this mail; for queries, reach out to your placement coordinator."),
    ("retail-received", AR, ("wd", "bh", "sr"), "We got your application!",
     "Thanks for wanting to work at our {city} store as a {role}. The store team looks at applications as they come in. If your availability fits what we need, the store manager will call to set up a chat. Holiday hiring moves fast, so not every applicant gets a reply from us."),
    ("hedged-competitive", AR, ("gh", "lv", "wk"), "Your application for {role}",
     "Huge thanks for applying. So many people have applied for this role that the review may run longer than usual. We know silence is hard; no one is out of the running at this point. Everyone will hear from us when the shortlist is final."),
    ("portal-account", AR, ("ic", "sr", "wd"), "Candidate account ready",
     "Welcome! Applying for {role} created a candidate account for you. Your username is your email address. Use the account to follow your application, upload extra documents, and keep your contact details current.\n\nShould your application not proceed, its status in the account changes and an email goes out to you as well."),
    ("au-recruiter-ack", AR, ("ag", "line", "ag"), "Re: {role} application",
     "Thanks for sending that through - CV received and I'll have a proper read tonight. If you're a fit I'll ring tomorrow arvo to talk through the client. If not, no worries, I'll flick you an email either way, mate."),
    ("gov-us", AR, ("tl", "html", "ic"), "Application received for Announcement {ref}",
     "Your application for {role} under announcement {ref} has been received. Once the announcement closes, your answers to the assessment questionnaire will be rated. A notice of results will then tell you whether you were found eligible and whether you were placed on the list that goes to the selecting official. Referral is no guarantee of an interview."),
    ("za-learnership", AR, ("sr", "letter", "line"), "Learnership application - {role}",
     "Your application for the {role} learnership and your certified documents have been received. Screening starts after {date}. Candidates meeting the requirements will be contacted for assessments. Without contact from us by month-end, please regard your application as unsuccessful for this intake."),
    ("bh-duplicate", AR, ("bh", "wk", "rc"), "Application received (again!)",
     "Looks like you applied for {role} twice - no problem at all, the two have been merged so the hiring team sees a single application. Nothing more to do on your side. Expect a note from us if your experience suits the role."),
)

INVITES = (
    ("gh-invite", IV, ("gh", "ab"), "Interview invitation: {role} at {org}",
     "Good news, and thanks for waiting! Your {role} application went down well with the team, and the hiring manager wants a 45-minute video interview. Choose a time on the booking link below; if none of the slots work, reply and we'll find another."),
    ("wd-invite", IV, ("wd", "ic"), "Interview scheduled - {role}",
     "Your interview for {role} (requisition {ref}) is confirmed for {next}. It takes place over video; you'll find the meeting link in your candidate home. Have a government-issued ID ready to show at the start."),
    ("lv-screen", IV, ("lv", "rc"), "Quick chat about {role}?",
     "Really liked what I saw in your application for {role}. Free for a twenty-minute intro call sometime this week? Nothing formal - I'd like to tell you about the team and hear what you're after. My calendar's linked, grab any slot."),
    ("in-interview", IV, ("html", "line"), "Interview schedule for {role} - {org}",
     "Dear {first},\n\nFurther to your application, we are happy to share that your profile got shortlisted for a technical interview round for {role}. Details below.\nDate: {next}\nMode: Virtual (link shared one hour prior)\nKindly confirm your availability by return mail."),
    ("uk-panel", IV, ("letter", "tl"), "Invitation to interview - {role} ({ref})",
     "You're invited to interview for {role}. The interview is on {next} at our {city} office and lasts about an hour. As part of it you'll give a ten-minute presentation on a topic we send you 48 hours in advance. Please let me know whether you can attend."),
    ("ag-interview", IV, ("ag", "ag"), "Interview booked - {org} client",
     "Good news - client's rapt with your CV and asked to meet. Pencilled in {next} at 10:30 at their {city} office, first stage with the ops manager. Shout if that clashes; prep notes coming your way tonight."),
    ("tt-invite", IV, ("tt", "ps"), "Let's meet, {first}!",
     "Reading your application for {role} made us want to get to know you better. Book a 30-minute video call with our team lead through the link below - whatever time suits you best."),
    ("reschedule", IV, ("gh", "wk"), "Rescheduling your interview for {role}",
     "Apologies - our hiring manager has a clash on {next}. Would later that same week work for your interview instead? I've opened some new slots in the scheduling link. Sorry for the shuffle, and thank you for flexing."),
    ("final-onsite", IV, ("ab", "lv"), "Final round for {role} - logistics",
     "Congrats on making the final round! Your onsite is set for {next}: four 45-minute conversations with a lunch break in the middle. We cover travel and a hotel the night before - booking details follow from our coordinator."),
    ("au-phone", IV, ("sr", "bh"), "Phone interview - {role}",
     "Your {role} application caught our eye. We'd like a quick phone interview on {next}, roughly 15 minutes. Could you reply with a good number and a time window that suits? Cheers."),
)

NEXT = (
    ("hackerrank", NS, ("gh", "lv"), "{role}: coding assessment",
     "Next up for {role} is an online coding assessment of 90 minutes. The link arrives in its own email and stays open for five days. Pick a quiet moment - it can only be started once."),
    ("takehome-send", NS, ("ab", "wk"), "Take-home exercise for {role}",
     "As promised, the take-home exercise is attached. Please cap your time at four hours. Send your solution back by {next}, with a short note on what you'd improve given more time. We'll go through it together in your next interview."),
    ("references", NS, ("letter", "bh"), "References - {role}",
     "Thanks for your time at interview. Next we'll take up two references, one from your current or latest line manager. Names and contact details by {next}, please."),
    ("background", NS, ("ic", "wd"), "Action required: background check for {role}",
     "To keep the hiring process for {role} moving, please complete the background screening authorisation form in your candidate portal within 72 hours. Should extra documents be needed, our screening partner writes to you directly."),
    ("video-screen", NS, ("sr", "tt"), "Next step: one-way video interview",
     "Well done - you've reached the next stage for {role}! Please record answers to four short questions through the video interview link. Each answer gets two minutes and one retake. The link expires on {date}."),
    ("personality", NS, ("ps", "rc"), "Your online questionnaire - {role}",
     "As the next step, we ask you to fill in a short work-style questionnaire. It takes about 20 minutes and has no right or wrong answers. The link waits for you in your applicant account."),
    ("in-docs", NS, ("html", "line"), "Document submission - {role}",
     "Dear {first},\n\nTo proceed further, kindly share these documents at the earliest: salary slips for the last three months, relieving letter of last company, PAN card copy and educational certificates. Please revert by {next}."),
    ("za-assessment", NS, ("sr", "letter"), "Competency assessment - {role}",
     "Your application for {role} has been shortlisted for a competency assessment, {next}, at our {city} offices. Bring your ID document and a pen. Allow about three hours."),
    ("ag-compliance", NS, ("ag", "line"), "Next bits for {role}",
     "Client's keen to push you on to stage two - nice one. Before they book the second interview I'll need your right-to-work docs and two references. Can you send them over by {next}?"),
    ("case-study", NS, ("gh", "wk"), "Case study brief - {role}",
     "Ahead of your final interview, please prepare a short case study presentation, around 15 minutes, on how you would approach your first 90 days as {role}. The panel will ask questions afterwards. Slides optional."),
)

OFFERS = (
    ("gh-offer", OF, ("gh", "ab"), "Offer letter - {role} at {org}",
     "Delighted to say it: we want you as our {role}! Your offer letter sits behind the e-signature link, salary, start date and benefits all spelled out. Take a few days over it, and any questions, just ask."),
    ("uk-conditional", OF, ("letter", "tl"), "Conditional offer of employment - {role}",
     "Following interview, I have the pleasure of offering you appointment as {role}, conditional on satisfactory references and right-to-work checks. The starting salary sits on point 22 of the pay scale. Please confirm in writing that you accept by {next}."),
    ("in-offer", OF, ("html", "line"), "Offer of employment - {org}",
     "Dear {first},\n\nCongratulations! We are happy to extend to you an offer for the role of {role} at our {city} office. The offer letter with the CTC breakup is attached. Kindly confirm your acceptance and likely joining date at the earliest."),
    ("ag-verbal", OF, ("ag", "ag"), "You got it!",
     "Brilliant news - client's just been on the phone: they've offered you {role}! Paperwork follows later today. Ring me back whenever suits and we'll sort out start dates."),
    ("au-offer", OF, ("sr", "bh"), "Offer - {role}",
     "Congratulations! We're really pleased to be offering you the {role} role in {city}. Your contract is in your candidate portal - have a careful read and accept by {date}. The whole crew is excited."),
)

OTHER = (
    ("under-review", OJ, ("wd", "sr"), "Application status: Under Review",
     "Your application for {role} (requisition {ref}) has moved to: Under Review.\n\nA recruiter is now looking at your profile. No action on your side for now."),
    ("job-alert", OJ, ("ic", "html"), "New jobs matching your alert",
     "Fresh roles for your saved search:\n- {role}, {city}\n- Senior Data Analyst, remote\n- Customer Success Lead, {city}\n\nChange how often these arrive in your job alert settings."),
    ("recruiter-outreach", OJ, ("ag", "lv"), "{role} - permanent, {city}",
     "Saw your profile and I reckon you'd suit a {role} post I'm filling for a client in {city}. Permanent, hybrid setup. Got ten minutes to talk it through this week?"),
    ("withdrawn-confirmed", OJ, ("gh", "wd"), "Withdrawal confirmed - {role}",
     "Done: {role} is withdrawn from your applications, as you asked. Sad to see you go, and all the best with whatever comes next. Changed your mind later? Apply again any time."),
    ("talent-welcome", OJ, ("tt", "sr"), "Welcome to the {org} Talent Community",
     "Thanks for joining our Talent Community! From now on you'll get news about teams, events and open roles that fit your interests. Preferences can be changed, or the community left, whenever you like."),
    ("profile-reminder", OJ, ("wd", "ic"), "Complete your candidate profile",
     "You started an application for {role} but it's still unsent. Your progress is saved. Finish it before the posting closes on {date}."),
    ("in-naukri-view", OJ, ("html", "line"), "Recruiters are viewing your profile",
     "Dear {first},\n\n3 recruiters viewed your profile this week, one of them from {org}. An updated profile brings more relevant calls. Add key skills to rank higher in recruiter searches."),
    ("privacy-delete", OJ, ("ps", "rc"), "Your data at {org}",
     "As announced, the retention period for your applicant data has run out. The documents from your {role} application have now been erased from our system, as the GDPR requires. Thank you once more for having applied to us."),
    ("event-invite", OJ, ("tt", "html"), "Join our open evening in {city}",
     "We're hosting an open evening at our {city} office on {next} - meet the team, hear about how we build things and grab some food. Spots are limited, so register soon if you fancy coming."),
    ("survey", OJ, ("gh", "bh"), "How was your experience applying to {org}?",
     "How did our hiring process for {role} feel to you? Our two-minute questionnaire is fully anonymous. Your answers help us make applying better for everyone."),
)

# Companies: (name, careers domain, region). Region picks the reader and signer names.
ORGS = (
    ("Northwind Freight", "northwindfreight.example", "us"), ("Cobaltline Health", "cobaltlinehealth.example", "us"),
    ("Pinegrove Software", "pinegrove.example", "us"), ("Harbor & Vine Retail", "harborvine.example", "us"),
    ("Quarrystone Insurance", "quarrystone.example", "uk"), ("Ellerby Foods", "ellerbyfoods.example", "uk"),
    ("Fenmarsh Housing Trust", "fenmarsh.example", "uk"), ("Brightwell Analytics", "brightwell.example", "uk"),
    ("Sarvodaya Infotech", "sarvodaya-infotech.example", "in"), ("Meghdoot Logistics", "meghdoot.example", "in"),
    ("Kaveri FinServ", "kaverifinserv.example", "in"), ("Wattle Creek Mining", "wattlecreek.example", "au"),
    ("Bluegum Energy", "bluegumenergy.example", "au"), ("Southern Cross Dental", "scdental.example", "au"),
    ("Protea Assurance", "protea-assure.example", "za"), ("Karoo Fresh Produce", "karoofresh.example", "za"),
    ("Umhlanga Telecoms", "umhlangatel.example", "za"), ("Lindqvist Audio", "lindqvistaudio.example", "eu"),
    ("Vogelsang Maschinenbau", "vogelsang-mb.example", "eu"), ("Dekker Mobility", "dekkermobility.example", "eu"),
    ("Orchardly", "orchardly.example", "us"), ("Tallyhive", "tallyhive.example", "us"),
)
PEOPLE = {
    "us": (("Jordan", "Whitfield"), ("Kayla", "Ostrowski"), ("Marcus", "Delgado"), ("Brianna", "Holcomb"), ("Tyler", "Nakamura"), ("Dana", "Reyes-Hart")),
    "uk": (("Siobhan", "Pritchard"), ("Callum", "Featherstone"), ("Harriet", "Okonjo"), ("Rhys", "Bevan"), ("Imogen", "Sutcliffe"), ("Tariq", "Mahmood")),
    "in": (("Aishwarya", "Kulkarni"), ("Rohan", "Deshpande"), ("Sneha", "Iyer"), ("Vikram", "Chatterjee"), ("Pooja", "Raghavan"), ("Arjun", "Malhotra")),
    "au": (("Brodie", "McAllister"), ("Chloe", "Papadakis"), ("Lachlan", "Tran"), ("Ngaire", "Whitlock"), ("Mitchell", "Kowalczyk"), ("Jess", "Harland")),
    "za": (("Thandiwe", "Mokoena"), ("Pieter", "van der Merwe"), ("Lerato", "Khumalo"), ("Riaan", "Botha"), ("Nomvula", "Dlamini"), ("Zaid", "Patel")),
    "eu": (("Katrin", "Hollmann"), ("Joost", "Verhoeven"), ("Elin", "Magnusson"), ("Matteo", "Ferraro"), ("Agnieszka", "Wrona"), ("Luc", "Delvaux")),
}
CITIES = {"us": ("Columbus", "Tacoma", "Raleigh"), "uk": ("Leeds", "Bristol", "Norwich"), "in": ("Pune", "Hyderabad", "Chennai"),
          "au": ("Perth", "Brisbane", "Geelong"), "za": ("Durban", "Gqeberha", "Pretoria"), "eu": ("Utrecht", "Malmö", "Stuttgart")}
ROLES = ("Cold-Chain Demand Planner", "Payments Platform Engineer", "Night Shift Goods-In Lead", "Bilingual Claims Handler", "Growth Product Designer",
         "Theatre Scrub Nurse", "Payroll and Benefits Administrator", "Junior Pricing Analyst", "Site HSE Officer", "Brand Partnerships Coordinator",
         "Test Automation Engineer", "Outbound SDR (DACH)", "Packaging Category Buyer", "Weekend Store Colleague", "People Partner (Operations)",
         "Lift Maintenance Technician")
AGENCIES = ("Halden Recruitment", "Peakstaff Partners", "Brookmere Talent")
ZONES = {"us": "-0500", "uk": "+0000", "in": "+0530", "au": "+1000", "za": "+0200", "eu": "+0100"}


class Maker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.records: list[dict] = []
        self.shells: Counter[tuple[str, str]] = Counter()

    def context(self) -> dict:
        rng = self.rng
        org, domain, region = rng.choice(ORGS)
        first, surname = rng.choice(PEOPLE[rng.choice(tuple(PEOPLE))])
        hm, hm_sur = rng.choice(PEOPLE[region])
        sent = datetime(2026, 8, 3, 7, 0) + timedelta(days=rng.randrange(110), minutes=rng.randrange(11 * 60), seconds=rng.randrange(60))
        later = sent + timedelta(days=rng.randrange(4, 25))
        before = sent - timedelta(days=rng.randrange(2, 9))
        return {
            "first": first, "surname": surname, "full": f"{first} {surname}", "hm": hm, "hm_full": f"{hm} {hm_sur}",
            "org": org, "domain": domain, "slug": domain.split(".")[0], "role": rng.choice(ROLES),
            "ref": f"{rng.choice(('R', 'REQ-', 'JR', '', 'VAC'))}{rng.randrange(10000, 999999)}",
            "date": f"{later.day} {MONTHS[later.month - 1]}", "day": f"{before:%A} {before.day} {MONTHS[before.month - 1]}",
            "next": f"{later:%A} {later.day} {MONTHS[later.month - 1]}",
            "city": rng.choice(CITIES[region]), "agency": rng.choice(AGENCIES), "sent": sent,
            "datehdr": f"{sent:%a, %d %b %Y %H:%M:%S} {ZONES[region]}",
        }

    def shell(self, code: str, subject: str, core: str, c: dict) -> tuple[str, str]:  # noqa: PLR0911, PLR0912 - one branch per shell
        """The body and sender of one shell (the ATS or writer's wrapper) around ``core``."""
        org, dom, first, hm = c["org"], c["domain"], c["first"], c["hm"]
        opens_itself = core.startswith(("Dear ", "Hey ", "Hi ", "hey ", "Greetings"))
        if code == "wd":
            hello = "" if opens_itself else f"Dear {first},\n\n"
            return (f"{hello}{core}\n\nRegards,\n{org} Talent Acquisition\n\nView your applications: https://{c['slug']}.wd5.careers.example/candidate-home\n"
                    "This inbox only sends; questions go through the candidate home page."), f"{org} <{c['slug']}@myworkday-mail.example>"
        if code == "gh":
            hello = "" if opens_itself else f"Hi {first},\n\n"
            return f"{hello}{core}\n\nBest,\n{c['hm_full']}\nRecruiting | {org}", f"{c['hm_full']} <no-reply@us.greenhouse-mail.example>"
        if code == "lv":
            hello = "" if opens_itself else f"Hi {first},\n\n"
            return f"{hello}{core}\n\n{hm}\n\nSent via Lever on behalf of {org}", f"{c['hm_full']} <{hm.lower()}@hire.lever-mail.example>"
        if code == "sr":
            hello = "" if opens_itself else f"Dear {c['full']},\n\n"
            return (f"{hello}{core}\n\nKind regards,\n{org} Recruitment Team\n\n"
                    f"This message relates to your application on the {org} careers site, hosted by SmartRecruiters. Manage your notification settings in your profile."), f"{org} <noreply@smartrecruiters-mail.example>"
        if code == "ic":
            hello = "" if opens_itself else f"Dear {first},\n\n"
            return (f"{hello}{core}\n\nSincerely,\n\nTalent Acquisition\n{org}\n\n"
                    f"Automated notice from the {org} careers system. Questions about your file go via the Contact form of the career portal."), f"{org} Careers <careers-{c['slug']}@talent.icims-mail.example>"
        if code == "tl":
            hello = "" if opens_itself else f"Dear {c['full']}:\n\n"
            return (f"{hello}{core}\n\nSincerely,\n{org} Staffing Services\n\n"
                    "*** Sent automatically by the career section - this mailbox cannot take replies ***"), f"{org} Staffing <noreply@{c['slug']}.taleo-mail.example>"
        if code == "tt":
            hello = "" if opens_itself else f"Hi {first}!\n\n"
            return (f"{hello}{core}\n\nAll the best,\n{hm}\n{org}\n\n"
                    f"Replying here lands with the {org} hiring team | Privacy | Connect with {org}"), f"{org} <jobs@{c['slug']}.teamtailor-mail.example>"
        if code == "ps":
            hello = "" if opens_itself else f"Dear {c['full']},\n\n"
            return (f"{hello}{core}\n\nBest regards\n{c['hm_full']}\nPeople & Culture\n{org}\n\n"
                    f"{org} | Registered office: {c['city']} | Information on data protection is available on our careers page."), f"{org} <{c['slug']}@jobs.personio-mail.example>"
        if code == "ab":
            hello = "" if opens_itself else f"Hi {first},\n\n"
            return f"{hello}{core}\n\n{hm}\n{org}", f"{c['hm_full']} <{hm.lower()}@{c['slug']}.ashbyhq-mail.example>"
        if code == "bh":
            hello = "" if opens_itself else f"Hello {first},\n\n"
            return (f"{hello}{core}\n\nThank you,\n{org}\n\n"
                    f"Sent by {org} with BambooHR's hiring tools."), f"{org} <notifications@bamboohr-mail.example>"
        if code == "rc":
            hello = "" if opens_itself else f"Hi {first},\n\n"
            return (f"{hello}{core}\n\nKind regards,\n{c['hm_full']}\n{org}\n\n--\n"
                    f"Recruitee notice: you applied through the {org} careers page."), f"{c['hm_full']} <{c['slug']}@recruitee-mail.example>"
        if code == "wk":
            hello = "" if opens_itself else f"Dear {first},\n\n"
            return (f"{hello}{core}\n\nBest regards,\n{c['hm_full']}\n{org}\n\n"
                    "Powered by Workable | Update your email preferences"), f"{org} <{c['slug']}@candidates.workablemail.example>"
        if code == "ag":
            hello = "" if opens_itself else f"Hi {first},\n\n"
            return (f"{hello}{core}\n\nCheers,\n{hm}\n\n{c['hm_full']} | Senior Consultant | {c['agency']}\nM: 07{self.rng.randrange(100000000, 999999999)}"), f"{c['hm_full']} <{hm.lower()}@{c['agency'].split()[0].lower()}.example>"
        if code == "letter":
            hello = "" if opens_itself else f"Dear {c['full']},\n\n"
            return f"Our reference: {c['ref']}\n\n{hello}{core}\n\nYours sincerely,\n\n{c['hm_full']}\nHuman Resources, {org}", f"{org} HR <hr@{dom}>"
        if code == "html":
            hello = "" if opens_itself else f"<p>Dear {first},</p>"
            paras = "".join(f'<p style="margin:0 0 12px;font:14px Arial,sans-serif;color:#333">{line}</p>' for line in core.split("\n") if line.strip())
            body = (f'<html><body style="background:#f4f4f4"><table align="center" width="600" cellpadding="0"><tr><td style="padding:24px;background:#fff">'
                    f'<img src="https://{dom}/img/logo.png" alt="{org}" width="120"><br>{hello}{paras}'
                    f'<p style="font:14px Arial,sans-serif">Warm regards,<br>Team {org}</p></td></tr>'
                    f'<tr><td style="font-size:11px;color:#999;padding:12px">&copy; 2026 {org}. Mailed to applicants of {org} only. <a href="https://{dom}/privacy">Privacy notice</a></td></tr></table></body></html>')
            return body, f"{org} Careers <careers@{dom}>"
        if code == "line":
            sign = f"\n\n{hm}" if not core.rstrip().endswith((".", "!", "?")) or len(core) < 400 else ""
            return f"{core}{sign}", f"{c['hm_full']} <{hm.lower()}.{c['hm_full'].split()[-1].lower()}@{dom}>"
        raise ValueError(code)

    def add(self, name: str, kind: str, code: str, subject: str, core: str) -> None:
        c = self.context()
        body, sender = self.shell(code, subject, core.format(**c), c)
        self.shells[(kind, code)] += 1
        local = re.sub(r"[^a-z.]", "", unicodedata.normalize("NFKD", f"{c['first']}.{c['surname']}".lower()))
        self.records.append(record(subject.format(**c), body, sender, kind=kind, family=f"{PREFIX}-{name}-{code}", provenance=PROVENANCE, to=f"{c['full']} <{local}@post.example>", date=c["datehdr"]))


def build(maker: Maker | None = None) -> list[dict]:
    maker = maker or Maker(random.Random(SEED))
    for name, kind, shells, subject, core in REJECT + CONFIRM + INVITES + NEXT + OFFERS + OTHER:
        for code in shells:
            maker.add(name, kind, code, subject, core)
    return finish(maker.records, maker.rng, "w29")


def langs(maker: Maker, records: list[dict]) -> int:
    """Print the make-up by kind and kind/shell (no message text)."""
    return makeup(records, (("kind / shell", maker.shells),), lengths(records), width=22)


def main(argv: list[str]) -> int:
    maker = Maker(random.Random(SEED))
    records = build(maker)
    return run(argv, OUT, records, lambda: langs(maker, records), skip=SEALED, top=None, labels=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
