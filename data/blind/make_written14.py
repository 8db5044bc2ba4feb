# ruff: noqa: E501
"""Write written-14.jsonl (issue 11, fourteenth pass): varied hand-written training mail, mostly English.

Not a blind slice: this file is written to be trained on (its families start with ``blindw14-``, so
grouped CV keeps them train-only and they carry the read-slice weight). Stdlib only, fixed seed
140114; two runs write byte-identical output. ``--check`` prints our side of any 6-word shingle
these bodies share with ``data/*.jsonl``, the read blind slices 1-10 and written-13; those files
are read only as sets of shingles and never printed.

The English rejections are built from many distinct decision sentences, each dropped into one of
several frames (plain note, praise first and the decision in the third paragraph, thread reply with
quoted history, a footer longer than the note, a recruiter who pitches another role, a phone
text); every decision sentence is used once. The other mail is built the same way from sentences
that talk about a decision without giving a negative one.

Placeholders: ``{n}`` the recipient's first name, ``{r}`` the role, ``{q}`` a second role, ``{c}``
the company, ``{d}`` its mail domain, ``{s}`` the signer's first name, ``{p}`` someone else's name.
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

SEED = 140114
HERE = Path(__file__).resolve().parent
OUT = HERE / "written-14.jsonl"
PROV = "written for rejectwatch issue 11 thirteenth pass as training mail (make_written14.py)"

R = "rejection"
APP = "application_received"
INT = "interview"
NEXT = "next_steps"
OFFER = "offer"
OTHER = "other_job"
ALERT = "job_alert"
NONJOB = "non_job_rejection_words"

FIRST = ["Oluwaseun", "Marit", "Teodora", "Rasmus", "Ximena", "Ciarán", "Leilani", "Bogdan", "Annika", "Tariq",
         "Ffion", "Jarrah", "Ulla", "Kofi", "Mireille", "Sunniva", "Dariusz", "Esperanza", "Yevgenia", "Thandiwe",
         "Ruairí", "Nnamdi", "Ottilie", "Caspian", "Saoirse", "Vikram", "Henrike", "Amaru", "Linnea", "Ebru"]
LAST = ["Adeyemi", "Brekke", "Castellanos", "Dunleavy", "Efremova", "Fairweather", "Grünewald", "Halvorsen",
        "Ishikawa", "Jovanović", "Kallio", "Lindahl", "Mbeki", "Nakashima", "Oyelaran", "Pienaar", "Quintero",
        "Raftery", "Sandoval", "Thorsen", "Umarov", "Vasquez", "Whitlock", "Zielińska", "Aaltonen"]
OTHERS = ["Priya", "Tobias", "Marguerite", "Desmond", "Ayasha", "Leopold", "Fumiko", "Gareth", "Nuala", "Olek"]
MAILHOSTS = ["proton.example", "hey.example", "mailbox.example", "yahoo.example", "zoho.example"]
SIGNERS = ["Rowena", "Anders", "Shreya", "Fergal", "Malgorzata", "Dimitris", "Kaisa", "Bence", "Ilinca", "Baran",
           "Torunn", "Radek", "Inés", "Joost", "Federica", "Tiago", "Siobhan", "Haruto", "Chiamaka", "Yasmin"]
COMPANIES = [("Ferncastle Analytics", "ferncastle.io"), ("Umberwell Brewing", "umberwell.com"),
             ("Glasswing Aerospace", "glasswing.aero"), ("Pinecroft Care Homes", "pinecroftcare.org"),
             ("Haverlock Legal", "haverlock.law"), ("Tessellate Games", "tessellate.gg"),
             ("Corvid Security", "corvidsec.com"), ("Drumlin Water Authority", "drumlinwater.gov.example"),
             ("Ashgrove Publishing", "ashgrovebooks.com"), ("Sablefin Marine", "sablefin.no"),
             ("Wrenfield Pharmacy", "wrenfield.health"), ("Opaline Fintech", "opaline.money")]
ROLES = ["Kiln Operations Supervisor", "Acoustic Test Technician", "Grants Officer", "Localisation QA Tester",
         "Forecourt Manager", "Hydrology Modeller", "Clinical Coder", "Merchandise Planner",
         "Developer Advocate", "Estates Surveyor", "Sommelier", "Ledger Reconciliation Analyst",
         "Archive Digitisation Assistant", "Fleet Telematics Engineer", "Tender Writer", "Ward Clerk"]
ZONES = [-8, -6, -3, 0, 1, 2, 3, 5.5, 7, 9, 11, 12]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# ================================================================ English decision sentences
# Each says the applicant is out, in a different way; each is used once, in a frame chosen below.
DECISIONS = [
    # someone else chosen, no negation
    "We've asked {p} to join us as {r}, and she said yes on Friday.",
    "The {r} role went to an internal colleague who had been covering it since spring.",
    "We're moving ahead with a candidate whose background is heavier on regulated environments.",
    "The team has made its pick for the {r} post, and it was someone else.",
    "{p} from our Leeds office is stepping into the {r} position.",
    "The hiring manager has chosen another applicant for this one.",
    "An offer for the {r} position has gone out to another finalist and been accepted.",
    "We have filled the {r} vacancy with a person who joins us next month.",
    "Our choice for the role fell on a candidate with more hands-on time in the field.",
    "The position has been given to someone who previously worked with us on contract.",
    "We settled on a different finalist after the second round.",
    "Someone from the existing team was promoted into the role last week.",
    "The board approved the appointment of another applicant yesterday.",
    "We offered the job to the person we met on Tuesday, and they start in March.",
    "The panel's recommendation went to another interviewee.",
    "The seat on the team has now been taken by a returning employee.",
    "We hired from our graduate scheme for this one.",
    "Another applicant was appointed to the post.",
    # hedged comparisons
    "Others in the pool were a closer match to what the team needs right now.",
    "The panel leaned toward people with more experience running budgets.",
    "We've prioritised applicants who already hold the chartered qualification.",
    "A few candidates brought more direct experience with our stack, so we've gone with one of them.",
    "On balance the panel felt another interviewee fit the brief slightly better.",
    "Your profile sat just below the ones we took forward.",
    "We found applicants whose skills lined up more tightly with the job description.",
    "The shortlist went to people with deeper retail banking exposure.",
    "Compared with the final two, your experience was a little lighter in the areas we weighted most.",
    "It came down to depth in Kubernetes operations, and another person edged it.",
    "The decision went the other way by a narrow margin.",
    "We judged that another profile suited the current stage of the team better.",
    "Competition was stiff and you were pipped at the last stage.",
    "We concluded that your strengths lie somewhere other than what this position requires.",
    "Your application ranked lower than those we chose to interview.",
    "The scores from the assessment day put you outside the group we are taking on.",
    # process ended
    "This closes your application for the {r} opening.",
    "Your file has been archived, and no further steps are planned.",
    "We won't be taking it further at this time.",
    "This brings our process to an end for you.",
    "We are going to stop here with your candidacy.",
    "Your application will not be progressing.",
    "Our conversation about the {r} role ends here, I'm afraid.",
    "We're not able to move you to the next round.",
    "You will not be invited to the assessment centre.",
    "We have decided to end the process on our side.",
    "We will be stepping away from your application for this role.",
    "After the technical exercise we've chosen to conclude things with you.",
    "The process for you finishes at this stage.",
    "We're closing out your candidacy now that the final round is done.",
    "This is the end of the road for this particular opening, unfortunately.",
    "We've marked your application as complete without an offer.",
    "We'll pass on your application this time around.",
    "We're going to decline your application for the {r} role.",
    "Your candidacy hasn't made it through the screening stage.",
    "We don't see a match for the {r} opening and have closed your application.",
    "I'm sorry to say you didn't get through this round.",
    "Regretfully it's a no from us on this one.",
    "We won't be offering you the position.",
    "It isn't going to be a yes this time.",
    "The panel did not recommend you for appointment.",
    "You have not been shortlisted for the post.",
    "Your application did not meet the threshold score to continue.",
    "We can't progress your application because the role requires the right to work without sponsorship.",
    "Unfortunately the minimum requirement of a full driving licence rules out your application.",
    "We are unable to consider you further for this vacancy.",
    "We had to make a hard call and it did not land in your favour.",
    "Sadly we will not be moving forward together on this one.",
    "We've decided against proceeding after the reference stage.",
    "I have to let you know that we will not be extending an offer.",
    "The outcome isn't the one you hoped for: we won't continue with your application.",
    "Regrettably you were not successful at interview.",
    "We're letting you know the decision was not in your favour.",
    "We've chosen not to go ahead with a second interview.",
    "You won't be hearing from the hiring team about further rounds for this post.",
    "We regret that we cannot take your candidacy any further.",
    "I'm writing with disappointing news about the {r} interview.",
    "Thank you for your patience; sadly the answer this time is no.",
    "We had a large field and yours was not among the applications chosen.",
    "We're turning down applications that arrived after the deadline, and yours was one of them.",
    # role closed / frozen / filled / cancelled
    "The {r} role has been withdrawn following a budget review, so your application is closed.",
    "Hiring for this post has been frozen until next year and the vacancy is cancelled.",
    "We've decided not to fill the {r} position after all, which ends all applications for it.",
    "The vacancy was pulled after the team restructure; we won't be hiring for it.",
    "The requisition was cancelled this morning, so we can't continue with any applicants, you included.",
    "The opening is now filled and we have stopped recruiting for it.",
    "Headcount for the {r} job was cut, so the process has been stopped for everyone.",
    "We're pausing external hiring indefinitely, and that means your application won't continue.",
    "This role was filled internally before we reached your interview slot, so we have cancelled it.",
    # status-line style
    "Status: Not selected.",
    "Application outcome: unsuccessful.",
    "Current stage: Closed - candidate not progressed.",
    "Result: Declined by hiring team.",
    "Your application status has changed to 'No longer under consideration'.",
    "Decision: Rejected after review.",
    "Outcome of screening: did not proceed.",
    "Status update: position filled - application closed.",
    # soft and buried
    "So while I'd love to say otherwise, we're going with someone else.",
    "I wish the news were better, but we've made an offer elsewhere.",
    "Much as we enjoyed meeting you, we won't be able to bring you on board.",
    "It was a close call, and it did not go your way this time.",
    "You were very much in the running, but the final offer went to another person.",
    "The honest answer is that the team wants someone more senior for now.",
    "We've gone in a different direction for the hire.",
    "We think you'd be underused in this position, so we are not moving forward.",
    "For now the answer has to be no, although I'd like to keep your details on file.",
    "I'm afraid we will not be pursuing your candidacy.",
    "With regret, we are unable to offer you the internship.",
    "I'm sorry it's not better news: the team picked a different candidate for the placement.",
    "We've reached the end of our search and the successful applicant has accepted.",
    "The role is going to a candidate who can start immediately, which was decisive for us.",
    "We felt the gap in people management experience was too wide for this post.",
    "Ultimately we want a native Dutch speaker in this seat, so we are not proceeding with you.",
    "Given where the project is, we need someone already based in Singapore, so we're passing.",
    "We won't be going ahead, but please do keep an eye on our openings.",
    "After talking it through with the founders, we're going to hold off on you for this role.",
    "The interviewers agreed not to take your application to the final stage.",
    "Unfortunately you are not among the applicants invited to the next step.",
    "This time the hiring committee did not select you.",
    "We're sorry to tell you the post has been offered to someone else.",
    "You've been unsuccessful on this occasion.",
    "We have reviewed your test and will not be progressing you.",
    "We decided to continue with other candidates.",
    "Your interview went well, but we've offered the job to a colleague from another department.",
    "The fit we were hoping for wasn't quite there, so we'll stop the process now.",
    "We have to say no for the {r} opening.",
    "It's with a heavy heart that I tell you we've hired another person.",
]

OPENERS = [
    "Several weeks and three conversations later, thank you.",
    "Thanks for putting your name forward for {r} at {c}.",
    "I'm following up on your interview for {r}.",
    "Many thanks for waiting while we ploughed through the pile of CVs.",
    "Friday afternoon, so before everyone logs off:",
    "Thank you for sending over the take-home task so promptly.",
    "I appreciate you meeting the team last Wednesday.",
    "We've now finished reviewing everyone who applied for {r}.",
    "Apologies for the delay in coming back to you.",
    "Here's the update I said would come before month end.",
    "Good to have talked {r} with you last week.",
    "We received a lot of strong applications for {r}.",
]
CLOSERS = [
    "Fingers crossed for your next move,",
    "Wishing you well,",
    "Kind regards,",
    "All the best,",
    "Thanks again,",
    "Take care,",
    "With best wishes,",
    "Sincerely,",
    "Cheers,",
    "Good luck out there,",
]
SUBJECTS = [
    "Your application - {r}", "{r} at {c}", "Update on {r}", "Re: {r} interview", "{c} - application update",
    "Following up", "About your candidacy", "{r} (ref {k})", "Our decision", "Re: Re: next steps?",
    "Thank you from {c}", "Application {k}", "{c} recruitment", "Quick update from {s}", "Your interview with {c}",
]


def frame_plain(d: str) -> tuple[str, str]:
    return "plain", "Hi {n},\n\n{o}\n\n" + d + "\n\n{e}\n{s}"


def frame_buried(d: str) -> tuple[str, str]:
    return "buried", (
        "Dear {n},\n\n{o} Everyone who met you mentioned how clearly you explained your last project, and "
        "the hiring manager still quotes your remark on the roadmap.\n\n"
        "We took longer than planned because several interviewers were travelling, and we wanted each of them to weigh in.\n\n"
        + d + "\n\n{e}\n{s}\n{c}")


def frame_thread(d: str) -> tuple[str, str]:
    return "thread", (
        "Hi {n},\n\nApologies, this sat in my drafts. " + d + "\n\nYou were a pleasure to deal with throughout.\n\n{s}\n\n"
        "On Tue, {n} wrote:\n> Hi {s}, hope you're well. Any news on the {r} role after Thursday?\n> Glad to send over more samples if useful.\n>\n"
        "> On Fri, {s} wrote:\n>> Great to meet you today - we'll be in touch within a week or so.")


FOOTERS = [
    "--\nJoin our talent community: get new {c} vacancies every Monday. Change how often they arrive, or stop them, under Settings.\n"
    "Privacy: candidate records are deleted a year after a hiring round finishes, or sooner if you write and ask. To request access, correction or deletion, reply with the word PRIVACY. "
    "Hiring at {c} is blind to age, disability, ethnicity, faith, sex and orientation.\n"
    "Follow us for life at {c} - photos, team stories and podcasts.",
    "________________\nNobody reads replies to this address; the help centre answers questions.\n"
    "Looking for something else? Our careers site lists 40+ openings across engineering, operations and sales. Sign up for job alerts tailored to your skills.\n"
    "You may ask for a copy of whatever we store on you. Read our candidate privacy notice for how long records are kept and who processes them on our behalf.\n"
    "Newsletter: once a month, stories from our teams. Unsubscribe with one click.",
    "***\n{C} CAREERS | Benefits | Offices | Graduates | FAQ\n"
    "Why this landed in your inbox: you made an account on our hiring site. GDPR governs how we handle your details; contact the DPO through the privacy page.\n"
    "Tip: complete your profile so recruiters can match you to future vacancies automatically.\n"
    "Copyright {c}. All rights reserved. Registered office address on our website.",
]


def frame_footer(d: str) -> tuple[str, str]:
    return "footer", "Hello {n},\n\n" + d + "\n\n{e}\n{c} Talent Team\n\n{F}"


def frame_pitch(d: str) -> tuple[str, str]:
    return "pitch", (
        "Hey {n},\n\nQuick one on {r}: " + d + "\n\nOn the bright side, a client of mine has a {q} opening that I reckon "
        "fits you more naturally, hybrid and slightly higher pay. Fancy a call on Thursday to talk it through?\n\n{s}")


def frame_phone(d: str) -> tuple[str, str]:
    return "phone", "{n} - " + d + "\n{s}\n\nSent from my iPhone"


def frame_oneliner(d: str) -> tuple[str, str]:
    return "oneliner", d + "\n\n{s}"


def frame_status(d: str) -> tuple[str, str]:
    return "status", "{c} Careers\n\nRequisition: {k} - {r}\nCandidate: {n}\n\n" + d + "\n\nEverything you've applied for is listed under My Jobs.\n\n{F}"


FRAMES = [frame_plain, frame_buried, frame_thread, frame_footer, frame_pitch, frame_phone, frame_oneliner, frame_plain, frame_buried]

# ================================================================ whole rejections, English
# (family, sender, subject, body); each written once.
WHOLE_REJ = [
    ("agency-client-chose", "{s} at Brightline Search <{s}@brightlinesearch.example>", "{c} feedback",
     "Hi {n},\n\nI've had the feedback from {c}. They liked you, but they've offered it to the other shortlisted person, who has more time in a unionised workplace.\n\nI'll keep you front of mind for similar briefs. Speak soon,\n{s}"),
    ("agency-client-paused", "{s} | Orbit Recruitment <{s}@orbitrec.example>", "Update re {c}",
     "Morning {n},\n\nBad news I'm afraid - my client has put the {r} search on ice after losing a big contract, so your application with them stops here. Nothing to do with you at all.\n\nLet's catch up next week about what else is out there.\n\n{s}"),
    ("agency-client-internal", "{s} <{s}@talentbridge.example>", "{r} - outcome",
     "Hi {n},\n\nHeard back from the hiring manager. They've decided to appoint from within, so they won't be seeing external candidates for the final round. Sorry, I know you were keen.\n\n{s}\nTalentBridge"),
    ("agency-client-cv", "{s} (Harbourline Staffing) <{s}@harbourline.example>", "Your CV for {r}",
     "{n},\n\nThe client reviewed your CV and has passed; they want someone who has already led a SAP migration. I'll look for a better match.\n\nThanks,\n{s}"),
    ("nonnative-1", "{s} <{s}@{d}>", "about your apply",
     "Dear Mr/Ms {n},\n\nThank you for apply to our company. We are regret to inform that we choose other person for this position because his experience is more near to our needs.\n\nWe wish you success for future.\n\nBest Regards\n{s}\nHR"),
    ("nonnative-2", "{s} <{s}@{d}>", "Result of interview",
     "Hello {n}\n\nAfter interview we have discuss inside team and decision is we not continue with you for {r}. Maybe in future we have other position more suitable, then we contact again.\n\nThank you for your time\n{s}"),
    ("nonnative-3", "{s} <hr@{d}>", "Regarding the position {r}",
     "Dear Candidate,\n\nWe inform you that your profile was not retained for the next phase. The position is now occupied.\n\nWe thank you for your interest to {c}.\n\nCordially,\n{s}"),
    ("nonnative-4", "{s} <{s}@{d}>", "{r} feedback",
     "Hi {n},\n\nThanks for coming to office on Monday. Sorry but the manager prefer candidate who can speak also German, so we cannot proceed your application. Good luck for you!\n\n{s}"),
    ("nonnative-5", "{s} <{s}@{d}>", "Information",
     "Respected {n},\n\nWith reference to your application dated last month, we want to inform that the selection is completed and your name is not in the final list.\n\nThanking you,\n{s}\nAdmin Department"),
    ("nonnative-6", "{s} <jobs@{d}>", "your candidature",
     "Good day {n},\n\nWe have evaluated your candidature with attention. Unluckily at this moment we must to refuse it, because the requirements of the client has changed.\n\nRegards,\n{s}"),
    ("public-sector-1", "Drumlin Water Authority Recruitment <recruitment@drumlinwater.gov.example>", "Vacancy DWA/{k}: notification of outcome",
     "Dear {n},\n\nVacancy reference DWA/{k} - {r}\n\nThe sift panel has now assessed all applications against the essential criteria in the person specification. Your application scored below the pass mark for criterion 3 (evidence of delivering to statutory deadlines) and so cannot go forward to interview.\n\nYou may request written feedback within 10 working days by quoting the vacancy reference.\n\nResourcing Team"),
    ("public-sector-2", "County Council Jobs <jobs@shirecouncil.gov.example>", "Post {k} - interview result",
     "Dear {n},\n\nThank you for attending interview for the post of {r}. The panel has offered the post to the candidate who scored highest overall and that offer has been accepted. I am therefore writing to confirm you have not been appointed.\n\nYour scores are available on request from the HR service desk.\n\nYours sincerely,\n{s}\nHR Services"),
    ("public-sector-3", "NHS-style Trust Recruitment <noreply@trustjobs.example>", "Application {k}",
     "Dear {n},\n\nThe shortlisting for {r} (band 4) is complete. On this occasion you have not been shortlisted. If you have not received an invitation to interview by the closing date on future vacancies, please assume you have not been shortlisted for those either.\n\nRecruitment Team"),
    ("public-sector-4", "Civil Service Applications <noreply@csjobs.example>", "Campaign {k}: your application",
     "Dear {n},\n\nWe have now finished the sift for campaign {k}. Your behaviour statements were assessed and, although your score met the minimum, other candidates scored higher and there were more of them than interview places. Your application has therefore been withdrawn from this campaign.\n\nCS Recruitment"),
    ("intern-1", "{c} Early Careers <earlycareers@{d}>", "Summer internship {k}",
     "Hi {n},\n\nThank you for taking part in our summer internship video interviews. We had over two thousand applicants for forty places, and this year we're not able to offer you one of them.\n\nOur autumn insight days open in September and you're very welcome to apply.\n\nThe Early Careers Team"),
    ("intern-2", "{s} <{s}@{d}>", "Research placement",
     "Dear {n},\n\nMany thanks for your interest in a placement in our lab. I've now taken on the two students I have funding for, so I can't offer you a place this summer. Your project idea on soil microbes was lovely though.\n\nBest,\nDr {s}"),
    ("intern-3", "Graduate Programme <grads@{d}>", "Assessment centre outcome",
     "Hello {n},\n\nThanks for joining us at the assessment centre on Thursday. Having reviewed the group exercise, presentation and interview scores, we will not be offering you a place on the {c} graduate programme.\n\nIf feedback would help, reply to this email and a member of the team will arrange a short call.\n\nGraduate Recruitment"),
    ("intern-4", "{s} <{s}@{d}>", "Co-op term",
     "Hi {n} - your co-op term application was reviewed by the mechanical team, and they've given the spot to another student from your faculty. Thanks for applying and good luck with exams!\n{s}"),
    ("portal-mobile", "Workday <noreply@myworkday.example>", "{c}: A change to your application",
     "{c}\n\nHi {n},\n\nThere has been an update to your job application for {r} ({k}).\n\nThe position you applied for is no longer available to you: the hiring team has selected other candidates.\n\nSign in to view details.\n\nThis is an automated message."),
    ("video-feedback", "{s} <{s}@{d}>", "Your recorded interview",
     "Hi {n},\n\nWe watched your recorded answers this week. The reviewers have chosen a smaller group to meet in person and you're not part of it this time. We appreciate the effort you put into the recordings.\n\n{s}, People team"),
    ("ghost-return", "{s} <{s}@{d}>", "Sorry for the silence",
     "Hi {n},\n\nI owe you an apology - I said I'd come back to you weeks ago and then the quarter ran away with me. The short version: we filled the role in October with someone from a competitor. I should have told you then.\n\nIf you're still looking next year, ping me directly.\n\n{s}"),
    ("founder-note", "{s} <{s}@{d}>", "re: {r}",
     "{n}, straight to it: we're a team of six and I can only hire one person this quarter. I went with the engineer who has done payments compliance before, because that's our biggest risk in the next six months. You were my second choice. Genuinely.\n\n{s}\nfounder, {c}"),
    ("slack-style", "{s} via {c} Hiring <hiring@{d}>", "Message from {s}",
     "{s} sent you a message:\n\n\"hey {n}! just closing the loop - we landed on another candidate for {r}. loved your demo tho, really. stay in touch?\"\n\nReply in the hiring app."),
    ("volunteer-role", "{s} <volunteers@{d}>", "Trustee vacancy",
     "Dear {n},\n\nThank you for putting yourself forward for our board of trustees. The nominations committee has appointed two trustees whose experience is in fundraising and safeguarding, which were the gaps in the current board. We will not be taking your application forward, but we'd love you to stay involved as a volunteer.\n\nWarmly,\n{s}, Chair"),
    ("reapply-later", "{c} Hiring <no-reply@{d}>", "{r} application",
     "Hi {n},\n\nYour application for {r} has been reviewed and will not be moving forward. You are welcome to apply again after six months have passed.\n\nThanks,\n{c}"),
]

# ================================================================ rejections, other languages
FOREIGN_REJ = [
    ("de-a", "{s} <{s}@{d}>", "Ihre Bewerbung als {r}",
     "Hallo {n},\n\nvielen Dank für das nette Gespräch letzte Woche. Wir haben uns inzwischen für eine Kollegin entschieden, die schon bei uns im Team arbeitet und die Stelle intern übernimmt.\n\nAlles Gute für die weitere Suche!\n{s}"),
    ("de-b", "Personalabteilung {c} <personal@{d}>", "Rückmeldung zu Ihrer Bewerbung",
     "Sehr geehrte/r {n},\n\nnach Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass Sie nicht in die engere Auswahl gekommen sind. Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.\n\nMit freundlichen Grüßen\n{s}"),
    ("de-c", "{s} <{s}@{d}>", "Stelle {r} besetzt",
     "Hi {n}, kurze Info: die Stelle ist seit gestern vergeben. Dein Profil war stark, aber wir haben jemanden mit mehr Erfahrung in der Kundenbetreuung genommen. Viele Grüße, {s}"),
    ("fr-a", "{s} <{s}@{d}>", "Votre candidature - {r}",
     "Bonjour {n},\n\nMerci d'avoir pris le temps de rencontrer l'équipe. Nous avons finalement retenu une personne dont le parcours correspond davantage au projet de migration prévu cet hiver.\n\nBonne continuation,\n{s}"),
    ("fr-b", "Recrutement {c} <recrutement@{d}>", "Suite à votre entretien",
     "Madame, Monsieur,\n\nNous revenons vers vous concernant le poste de {r}. Le recrutement est désormais clos et votre profil n'a pas été sélectionné pour la dernière étape.\n\nNous conservons votre dossier pendant deux ans, sauf opposition de votre part.\n\nCordialement,\nService RH"),
    ("fr-c", "{s} <{s}@{d}>", "Stage {r}",
     "Salut {n}, le stage a été attribué à une autre étudiante de ta promo. Désolée, et merci pour ta motivation ! {s}"),
    ("es-a", "{s} <{s}@{d}>", "Proceso de selección {r}",
     "Hola {n}:\n\nGracias por participar en el proceso. El equipo ha elegido a otra candidata con más experiencia en gestión de proveedores, así que cerramos aquí tu candidatura.\n\nUn saludo,\n{s}"),
    ("es-b", "Talento {c} <talento@{d}>", "Estado de tu solicitud",
     "Estimado/a {n}:\n\nLa vacante de {r} ha quedado cubierta. Lamentamos no poder avanzar contigo en esta ocasión.\n\nAtentamente,\nEquipo de Selección"),
    ("es-c", "{s} <{s}@{d}>", "Re: entrevista",
     "{n}, te cuento: al final la dirección ha congelado la contratación hasta el año que viene, así que el puesto se cancela. Lo siento mucho. {s}"),
    ("nl-a", "{s} <{s}@{d}>", "Jouw sollicitatie {r}",
     "Hoi {n},\n\nBedankt voor het gesprek van dinsdag. We hebben gekozen voor een kandidaat met meer ervaring in de zorgsector, dus we gaan niet verder met jouw sollicitatie.\n\nGroet,\n{s}"),
    ("nl-b", "Werving {c} <werving@{d}>", "Uitslag selectie",
     "Beste {n},\n\nDe selectiecommissie heeft alle brieven beoordeeld. Je bent helaas niet uitgenodigd voor een eerste gesprek.\n\nMet vriendelijke groet,\nAfdeling P&O"),
    ("nl-c", "{s} <{s}@{d}>", "stage",
     "Hey {n}, de stageplek is naar iemand anders gegaan. Succes met je zoektocht! {s}"),
    ("it-a", "{s} <{s}@{d}>", "Candidatura {r}",
     "Ciao {n},\n\ngrazie per il colloquio. Abbiamo deciso di proseguire con un altro profilo, più vicino alle esigenze attuali del team.\n\nIn bocca al lupo,\n{s}"),
    ("it-b", "Risorse Umane {c} <hr@{d}>", "Esito selezione",
     "Gentile {n},\n\nla informiamo che la posizione di {r} è stata assegnata. La sua candidatura non è stata accolta in questa occasione.\n\nCordiali saluti,\nUfficio Personale"),
    ("pt-a", "{s} <{s}@{d}>", "Sua candidatura para {r}",
     "Olá {n},\n\nObrigada pela conversa. A equipa optou por outro candidato com mais experiência em auditoria, por isso o processo termina aqui para si.\n\nFelicidades,\n{s}"),
    ("pt-b", "Recrutamento {c} <rh@{d}>", "Atualização do processo",
     "Prezado(a) {n},\n\nA vaga foi preenchida e sua candidatura foi encerrada. Agradecemos o interesse.\n\nEquipe de RH"),
    ("pl-a", "{s} <{s}@{d}>", "Rekrutacja {r}",
     "Dzień dobry {n},\n\ndziękujemy za udział w rozmowie. Zdecydowaliśmy się na innego kandydata, dlatego nie będziemy kontynuować procesu z Panem/Panią.\n\nPozdrawiam,\n{s}"),
    ("pl-b", "HR {c} <hr@{d}>", "Wynik rekrutacji",
     "Cześć {n}, stanowisko zostało już obsadzone. Dzięki za zainteresowanie i powodzenia! {s}"),
    ("sv-a", "{s} <{s}@{d}>", "Din ansökan om {r}",
     "Hej {n},\n\ntack för intervjun. Vi har valt att gå vidare med en kandidat som har mer erfarenhet av upphandling, så din ansökan avslutas här.\n\nVänliga hälsningar,\n{s}"),
    ("sv-b", "Rekrytering {c} <jobb@{d}>", "Besked",
     "Hej {n}! Tjänsten är nu tillsatt. Tack för visat intresse. /{s}"),
    ("no-a", "{s} <{s}@{d}>", "Søknad {r}",
     "Hei {n},\n\ntakk for samtalen. Vi har ansatt en annen søker med mer erfaring fra havbruk, så vi går ikke videre med deg denne gangen.\n\nMvh {s}"),
    ("no-b", "{c} Rekruttering <rekruttering@{d}>", "Stillingen er besatt",
     "Hei {n}. Stillingen som {r} er nå besatt. Takk for at du søkte hos oss. Hilsen {s}"),
    ("da-a", "{s} <{s}@{d}>", "Din ansøgning",
     "Kære {n},\n\nTak for din ansøgning. Vi har valgt en anden kandidat til stillingen som {r}, og vi må derfor give dig afslag.\n\nVenlig hilsen\n{s}"),
    ("da-b", "{s} <{s}@{d}>", "Praktikplads",
     "Hej {n}, praktikpladsen er gået til en anden studerende. Held og lykke fremover! {s}"),
    ("fi-a", "{s} <{s}@{d}>", "Hakemuksesi: {r}",
     "Hei {n},\n\nkiitos haastattelusta. Valitsimme tehtävään toisen hakijan, jolla on enemmän kokemusta asiakastyöstä. Toivotamme onnea työnhakuun!\n\n{s}"),
    ("fi-b", "Rekrytointi {c} <rekry@{d}>", "Rekrytoinnin tulos",
     "Hyvä {n}, tehtävä on täytetty ja rekrytointi on päättynyt. Kiitos mielenkiinnostasi. {s}"),
    ("cs-a", "{s} <{s}@{d}>", "Výběrové řízení {r}",
     "Dobrý den {n},\n\nděkujeme za pohovor. Rozhodli jsme se pro jiného uchazeče, a proto s Vámi ve výběrovém řízení nebudeme pokračovat.\n\nS pozdravem\n{s}"),
    ("cs-b", "HR {c} <hr@{d}>", "Pozice obsazena",
     "Ahoj {n}, pozice už je obsazená. Díky za zájem! {s}"),
    ("hu-a", "{s} <{s}@{d}>", "Pályázata: {r}",
     "Kedves {n}!\n\nKöszönjük, hogy részt vett az interjún. Egy másik jelöltet választottunk, ezért a folyamatot Önnel nem folytatjuk.\n\nÜdvözlettel,\n{s}"),
    ("hu-b", "HR {c} <hr@{d}>", "Értesítés",
     "Kedves {n}, a pozíciót betöltöttük. Köszönjük a jelentkezést. {s}"),
    ("ro-a", "{s} <{s}@{d}>", "Candidatura pentru {r}",
     "Bună ziua {n},\n\nvă mulțumim pentru interviu. Am ales un alt candidat, cu mai multă experiență în logistică, așa că nu vom continua procesul cu dumneavoastră.\n\nCu stimă,\n{s}"),
    ("ro-b", "{s} <{s}@{d}>", "Postul a fost ocupat",
     "Salut {n}, postul s-a ocupat intern. Îmi pare rău, mult succes! {s}"),
    ("tr-a", "{s} <{s}@{d}>", "{r} başvurunuz",
     "Merhaba {n},\n\ngörüşme için teşekkür ederiz. Pozisyon için başka bir adayla ilerlemeye karar verdik; süreciniz bu aşamada sona ermiştir.\n\nSaygılarımla,\n{s}"),
    ("tr-b", "İK {c} <ik@{d}>", "Başvuru sonucu",
     "Sayın {n}, ilgili pozisyon doldurulmuştur. Başvurunuz için teşekkür ederiz. {s}"),
    ("el-a", "{s} <{s}@{d}>", "Η αίτησή σας για {r}",
     "Καλησπέρα {n},\n\nσας ευχαριστούμε για τη συνέντευξη. Επιλέξαμε άλλον υποψήφιο με περισσότερη εμπειρία στις πωλήσεις, οπότε δεν θα συνεχίσουμε μαζί σας.\n\nΜε εκτίμηση,\n{s}"),
    ("el-b", "HR {c} <hr@{d}>", "Ενημέρωση",
     "Γεια σας {n}, η θέση καλύφθηκε. Ευχαριστούμε για το ενδιαφέρον. {s}"),
    ("de-d", "{s} <{s}@{d}>", "Re: Probearbeitstag",
     "Servus {n}, danke nochmal für den Probetag. Wir haben uns am Ende anders entschieden und nehmen jemanden, der schon Erfahrung mit der Kasse hat. Alles Gute dir! {s}"),
    ("fr-d", "Ne pas répondre <noreply@{d}>", "Statut de votre candidature",
     "Bonjour {n},\n\nStatut : Candidature non retenue.\nPoste : {r}\n\nConnectez-vous à votre espace candidat pour découvrir nos autres offres."),
    ("es-d", "{s} <{s}@{d}>", "Prácticas",
     "Hola {n}, la plaza de prácticas se la hemos dado a otra estudiante. ¡Mucha suerte! {s}"),
    ("it-c", "{s} <{s}@{d}>", "Re: colloquio",
     "Ciao {n}, purtroppo la posizione è stata congelata per motivi di budget e non andiamo avanti con nessun candidato. Mi dispiace! {s}"),
    ("pt-c", "{s} <{s}@{d}>", "Estágio",
     "Oi {n}, o estágio ficou com outra pessoa da sua turma. Boa sorte! {s}"),
    ("pl-c", "{s} <{s}@{d}>", "Staż",
     "Hej {n}, niestety na staż wybraliśmy inną osobę. Powodzenia dalej! {s}"),
    ("sv-c", "{s} <{s}@{d}>", "Re: intervju",
     "Hej {n}, vi har tyvärr bestämt oss för en annan sökande. Tack för ditt engagemang! {s}"),
    ("nl-d", "Noreply {c} <noreply@{d}>", "Statuswijziging",
     "Beste {n},\n\nDe status van je sollicitatie is gewijzigd naar: Afgewezen.\n\nBekijk andere vacatures op onze website."),
    ("da-c", "{s} <{s}@{d}>", "Stillingen er annulleret",
     "Hej {n}, stillingen er desværre blevet annulleret pga. omstrukturering, så vi lukker alle ansøgninger. {s}"),
]

# ================================================================ not rejections: sentences
# Confirmations that talk about a refusal that has not happened.
CONFIRM = [
    "We've got your application for {r} and it's in the queue for review.",
    "If you don't hear from us within three weeks, please take it that we won't be progressing your application.",
    "We only contact shortlisted applicants, so no news after the closing date means you were not shortlisted.",
    "Either way, we will let you know the outcome by the 20th.",
    "Should your application not be successful, we'll still send you a short note so you aren't left waiting.",
    "In case we decide not to proceed, your data will be deleted after six months.",
    "Whatever the decision, you'll hear it from a person, not a robot.",
    "Please be aware that if we cannot offer you an interview, we may not be able to give individual feedback.",
    "Applications close on Sunday; we'll start looking at them on Monday.",
    "Thanks for applying! A recruiter will read your CV within five working days.",
    "Your application reached us safely and has reference {k}.",
    "Not every applicant can be invited to interview, but every application is read by the hiring manager.",
    "If you're unsuccessful at this stage, you're still welcome to apply for other roles with us.",
    "We'll be in touch whether or not you're selected for the next stage.",
    "If the team decides against moving forward, we'll tell you by email within a fortnight.",
    "Unsuccessful applicants will be notified once shortlisting is complete - we're not there yet.",
    "Hearing nothing by the end of the month would mean the role went elsewhere, but we aim to reply to everyone.",
    "Don't worry if the portal says 'in review' for a while; that is normal.",
    "Your application for the {r} position has been submitted successfully.",
    "We received your documents and there is nothing else you need to send for now.",
    "Thanks, we have your CV. No decision has been made yet.",
    "We have paused the clock on your application while we wait for your right-to-work documents, which is not a rejection.",
    "If your application isn't taken forward, you'll receive an email titled 'Outcome of your application'.",
    "This is an automatic receipt; please keep it for your records.",
    "We review applications on a rolling basis, so the post may close early if we find the right person.",
    "Once the sift is done we'll write to everyone, including those we can't take further.",
    "Your profile has been shared with the hiring manager for {r}.",
    "We'll do our best to reply, although with hundreds of applicants we can't promise feedback to those not selected.",
    "Thanks for applying through the referral link from {p}. Referred applications get a first look within a week.",
    "Applications that don't meet the essential criteria are not taken further; we'll check yours against them next week.",
]
STATUS = [
    "Your application for {r} is under review.",
    "Status: In progress.",
    "Shortlisting is under way and should finish by Friday.",
    "Nothing's been decided yet - the hiring manager is on leave until the 14th.",
    "Current stage: Hiring manager review.",
    "We're still interviewing, so it'll be another week or two before we have news.",
    "The panel meets on Thursday to agree the shortlist.",
    "Your application has moved to 'Assessment'.",
    "Just a heads-up that the process is running later than planned; you're still in the running.",
    "We're waiting on budget sign-off before we can make any decisions on {r}.",
    "Status update: Application received - awaiting screening.",
    "We've finished first-round calls and are now collating notes.",
    "Your references have been requested; this doesn't affect your place in the process.",
    "The closing date for {r} has been extended by a week, so decisions will come a little later.",
    "No outcome yet, but I wanted you to know we haven't forgotten you.",
    "Our recruiter {s} has taken over your application from {p}, who has left the company.",
    "Stage: Interview scheduling.",
    "The role is still open and your application is active.",
]
PROGRESS = [
    ("int", "We've narrowed it to three and you're one of them - could you do a final interview on Tuesday at 10:00?"),
    ("next", "The panel decided to move you forward to the case study round."),
    ("int", "We had over 200 applicants and you're in the group of eight we'd like to meet."),
    ("next", "Several people were turned down at the screening stage, but you weren't one of them: we'd like you to do the technical test."),
    ("int", "After the first round we said goodbye to most applicants; you made the cut, and the director would like to meet you."),
    ("offer", "We'd like to offer you the {r} position, starting on the 1st of next month."),
    ("offer", "Great news - the team chose you! Formal offer letter attached."),
    ("int", "The other finalist withdrew, and we'd like to invite you to the last round."),
    ("next", "Your application has been successful at the sift stage; please book an interview slot."),
    ("offer", "We have selected you for the {r} role, subject to references."),
    ("int", "We didn't go ahead with the original panel date, so here are three new times for your interview."),
    ("next", "Congratulations on passing the assessment - the next step is a call with {p}."),
    ("offer", "I'm delighted to confirm the board approved your appointment."),
    ("int", "Not everyone got a second interview, but we'd really like one with you."),
    ("next", "You've been shortlisted for {r}; please complete the online assessment by Friday."),
    ("offer", "Verbal offer confirmed: the job is yours if you want it."),
    ("int", "We're no longer considering the external candidates from the first batch, and we'd like to meet you instead."),
    ("next", "Good news: the hiring manager wants to progress you to references."),
    ("int", "We declined to fill the post last year, reopened it, and now we'd love to interview you for it."),
    ("offer", "Following your interview, we're happy to offer you a place on the graduate scheme."),
    ("next", "Your CV has been selected for review by the team lead; expect a call from {s}."),
    ("int", "Two candidates dropped out, which opened a slot; can you come in on Monday?"),
    ("next", "You passed the screening questions, so the next stage is a short video interview."),
    ("offer", "We've decided to move ahead with you - contract attached for review."),
    ("int", "The panel has chosen five people for interview and you are one of them."),
    ("next", "We're progressing you to stage two; please send your availability."),
    ("offer", "Your offer has been approved and HR will send the paperwork today."),
    ("int", "Although we turned down many strong CVs, yours stood out and we'd like to talk."),
    ("next", "The shortlist is final and you're on it."),
    ("int", "We're inviting you to a trial shift this Saturday."),
]
WITHDRAW = [
    "We've withdrawn your application for {r} as you asked. Thanks for letting us know.",
    "Confirming that your candidacy has been closed at your request.",
    "As requested, we have removed you from the {r} process. We hope to see you apply again.",
    "Thanks for telling us you've accepted another offer - we've closed your application and wish you luck.",
    "Your request to withdraw has been processed; no further emails will be sent about this role.",
    "We're sorry you had to pull out for family reasons. Your application is withdrawn and your data will be deleted in 30 days.",
    "Understood - I've cancelled your interview and marked your application as withdrawn by candidate.",
    "You declined our offer, and we respect that. The door remains open.",
    "We've received your note that you're no longer interested; your file is closed as candidate-withdrawn.",
    "Thank you for letting us know you turned down the offer; I've updated the system.",
]
ALERTS = [
    "This role has closed; similar roles below.\n\n- {q} - {c} - Remote\n- {r} - 2 days ago\n- Junior {q} - apply in 1 click",
    "Sorry, the job you saved is no longer accepting applications. Here are 5 new jobs matching your search:\n\n{q}\n{r} (contract)\nSenior {q}",
    "New jobs for you: {r} at {c}, {q} at Wrenfield Pharmacy, and 12 more.\nYou're receiving this alert because you subscribed.",
    "Your weekly digest: 3 employers viewed your profile, 8 new {r} jobs near you.\nOne job you applied for has expired.",
    "Job alert: {q}. This employer is actively hiring. Applications for a similar role you viewed were closed by the recruiter.",
    "Reminder: the {r} role you saved closes tomorrow. Don't miss out!",
    "Hiring now: {q} - be an early applicant. Jobs like {r} that you applied to have been filled.",
    "We found 14 jobs that match your profile. Unsubscribe from these alerts in settings.",
    "Weekly picks: roles from companies you follow. {c} posted {q}.",
    "The listing '{r}' was removed by the employer. Browse similar openings below:\n\n{q} - Hybrid\n{q} - Full time",
    "Your job alert '{r}' has 6 new results.",
    "Top applicant jobs: you'd be among the first 10 to apply to {q}.",
    "Still looking? Employers declined to renew 3 listings you saved, but here are new ones.",
    "This opening has been filled. We've picked out some alternatives for you.",
    "Jobs you may be interested in: {q}, {r}. Your search alert runs daily.",
]

# ================================================================ non-job mail with rejection words
NONJOB_MAILS = [
    ("grant-declined", "Arts Fund <grants@artsfund.example>", "Grant application {k}", "Dear {n},\n\nYour application to the small projects fund was not successful in this round. Panels funded 31 of 290 bids. The next round opens in April.\n\nArts Fund"),
    ("tender-unsuccessful", "Procurement <procurement@drumlinwater.gov.example>", "Tender {k} - award notice", "Dear supplier,\n\nYour bid for lot 2 (grounds maintenance) was unsuccessful. The contract has been awarded to the bidder with the highest combined quality and price score. A debrief is available on request during the standstill period.\n\nProcurement Team"),
    ("lottery-not-drawn", "Ballot Office <ballot@citymarathon.example>", "Marathon ballot result", "Hi {n},\n\nSorry - you weren't drawn in this year's ballot. Your entry fee will not be charged. Charity places are still available.\n\nCity Marathon"),
    ("rental-declined", "{s} Lettings <lettings@homefinder.example>", "Flat at 14 Orchard Row", "Hi {n},\n\nThe landlord has chosen another applicant for the flat on Orchard Row, so we've declined your holding deposit request and refunded it in full.\n\n{s}"),
    ("card-declined", "Billing <billing@streamly.example>", "Payment declined", "Hi {n}, your card ending 4421 was declined when we tried to renew your subscription. Update your payment details to keep watching."),
    ("school-place", "Admissions <admissions@localauthority.example>", "Secondary school offer", "Dear {n},\n\nYour child has not been offered a place at your first or second preference school. They have been offered a place at Hillcrest Academy, your third preference. You may join waiting lists or appeal.\n\nSchool Admissions"),
    ("talk-rejected", "Program Committee <cfp@devconf.example>", "DevConf CFP: your submission", "Hi {n},\n\nThank you for submitting 'Taming flaky tests'. We received 612 proposals for 48 slots and unfortunately your talk was not selected. We'd love to see you in the audience - here's a 20% code.\n\nThe DevConf PC"),
    ("pr-closed", "GitHub <notifications@github.example>", "Re: [tidyparse] Add YAML support (#482)", "@{n} thanks for the PR, but we've decided not to merge this: YAML support is out of scope for the core library. Closing, but feel free to publish it as a plugin.\n\n-- \nReply to this email directly or view it on GitHub."),
    ("sports-trial", "{s} <coach@riversideunited.example>", "Academy trial", "Hi {n},\n\nThanks for bringing Sam to the under-12 trial. We've picked our squad for the season and Sam wasn't selected this time. We'd encourage him to keep playing at grassroots level and try again next year.\n\nCoach {s}"),
    ("visa-refused", "Visa Centre <noreply@visacentre.example>", "Decision on your application", "Dear {n},\n\nYour visitor visa application has been refused because the financial evidence did not cover the length of stay. You may apply again with new evidence.\n\nVisa Centre"),
    ("loan-declined", "Lending <lending@northbank.example>", "Your loan application", "Hi {n}, we're unable to approve your personal loan application at this time, based on the information from the credit reference agency. You can request a copy of your credit file for free."),
    ("paper-rejected", "Editor <editor@journalofsoils.example>", "Manuscript JSS-{k}: decision", "Dear Dr {n},\n\nI regret that your manuscript cannot be accepted for publication in the Journal of Soil Systems. The reviewers' comments are below; I hope you find them useful when submitting elsewhere.\n\nHandling Editor"),
    ("insurance-claim", "Claims <claims@homesure.example>", "Claim {k}", "Dear {n},\n\nWe have assessed your claim for storm damage to the garden fence. Unfortunately fences are excluded under your policy, so we cannot pay this claim.\n\nHomeSure Claims"),
    ("friend-request", "Community <noreply@hobbyforum.example>", "Membership request", "Hi {n}, the moderators of the Vintage Radio Group have declined your request to join. Groups may restrict membership to local residents."),
    ("planning-refused", "Planning <planning@council.example>", "Planning application {k}", "Dear {n},\n\nPlanning permission for the rear extension at 7 Mill Lane has been refused. The reasons are set out in the attached decision notice. You have six months to appeal.\n\nPlanning Services"),
    ("refund-unsuccessful", "Support <help@flyaway.example>", "Refund request", "Hi {n}, your refund request for booking {k} was unsuccessful because the fare was non-refundable. You may still use the credit for a future flight within 12 months."),
    ("app-review", "App Review <review@appstore.example>", "Submission rejected", "Hello {n},\n\nWe've reviewed your app 'Tidelog 2.1' and it was rejected under guideline 4.3. Please resolve the issues and resubmit.\n\nApp Review"),
    ("club-ballot", "Allotment Society <secretary@allotments.example>", "Plot waiting list", "Dear {n},\n\nNo plots became free this year, so we can't offer you one yet. You remain at number 4 on the waiting list.\n\nThe Secretary"),
    ("scholarship", "Scholarships Office <scholarships@uni.example>", "Scholarship outcome", "Dear {n},\n\nAfter careful review, the committee was unable to award you the Hartley Scholarship this year. Your offer of a place on the MSc is unaffected.\n\nScholarships Office"),
    ("bank-transfer", "Alerts <alerts@mybank.example>", "Transfer not completed", "Your transfer of 250.00 to {p} was rejected by the receiving bank. The money has been returned to your account."),
    ("choir-audition", "{s} <{s}@cityvoices.example>", "Audition", "Hi {n},\n\nThanks for auditioning for the chamber choir. We've filled the alto places for this season, so we can't take you on right now, but we'd love you to join the community choir in the meantime.\n\n{s}"),
    ("mortgage", "Mortgages <mortgages@homeloans.example>", "Decision in principle", "Dear {n}, we're sorry but we cannot give you a mortgage decision in principle at this time. This does not leave a mark on your credit file."),
    ("hackathon", "Hack Team <team@hackweek.example>", "Hackweek applications", "Hey {n}! Due to huge demand we couldn't accept everyone to Hackweek, and your application was not selected. We'll livestream the demos on Sunday."),
    ("tenancy-ref", "Referencing <refs@letref.example>", "Tenant reference", "Hi {n}, your tenant reference for 22 Quay Street did not pass because the guarantor form was missing. Please upload it to continue."),
    ("domain-transfer", "Registrar <support@registrar.example>", "Transfer rejected", "The transfer of {c} domain was rejected by the current registrar because the authorisation code was wrong."),
    ("residency-permit", "Migration Office <no-reply@migration.example>", "Your permit application", "Dear {n},\n\nThe application for a residence permit was declined because the employer's offer was withdrawn. You can lodge an appeal within three weeks.\n\nMigration Office"),
    ("award-shortlist", "Awards <awards@designweek.example>", "Design Awards 2026", "Hi {n}, thanks for entering. Your project didn't make the shortlist this year - the judges saw over 1,400 entries. Tickets for the ceremony are on sale now."),
    ("council-housing", "Housing Options <housing@council.example>", "Housing register", "Dear {n}, your application to join the housing register has been unsuccessful as you do not meet the local connection rule. You can ask for a review within 21 days."),
    ("tournament", "Chess League <league@chessclub.example>", "Team selection", "Hi {n}, you weren't selected for the first team this weekend. You're reserve for board 6 - please keep Saturday free just in case."),
    ("festival-stall", "Market Team <stalls@summerfest.example>", "Stall application", "Dear {n},\n\nThank you for applying for a food stall. We had far more applications than pitches, and yours was not successful this year. Your deposit has been refunded.\n\nSummerfest"),
    ("crowdfund", "Kickoff <projects@kickoff.example>", "Project not approved", "Hi {n}, we reviewed your campaign and can't approve it to launch, because prize draws aren't allowed on our platform. You can edit and resubmit."),
    ("ticket-resale", "Tickets <orders@ticketplace.example>", "Resale request", "Your request to buy 2 tickets through resale was unsuccessful - someone else completed the purchase first. You have not been charged."),
    ("permit-parking", "Parking <parking@council.example>", "Parking permit", "Dear {n}, your parking permit application is declined as the vehicle is not registered at the address given. Please reapply with the V5C."),
    ("exam-appeal", "Exams Office <exams@college.example>", "Appeal outcome", "Dear {n}, your appeal against the grade for Module 3 has not been upheld. The original mark stands."),
    ("date-app", "Matches <hello@datingapp.example>", "Your profile photo", "Hi {n}, the photo you uploaded was declined by moderation because it shows more than one person. Please upload a solo photo."),
    ("research-funding", "Research Council <noreply@researchcouncil.example>", "Proposal {k}: outcome", "Dear Dr {n},\n\nI am sorry to say your proposal was not funded. It was rated fundable, but fell below the funding line at the prioritisation panel.\n\nResearch Council"),
    ("volunteer-dbs", "Volunteering <volunteer@foodbank.example>", "Volunteer rota", "Hi {n}! We're full on the Saturday shift, so we can't add you this month, but Tuesdays need help badly."),
    ("leave-request", "HR System <hr-system@{d}>", "Leave request", "Your leave request for 12-16 August was rejected by {s}. Reason: team coverage. Please discuss alternative dates."),
    ("expense-claim", "Expenses <expenses@{d}>", "Expense claim {k}", "Hi {n}, your expense claim {k} was rejected: receipt missing for the taxi on 3 March. Resubmit with the receipt attached."),
    ("code-review", "Gerrit <gerrit@review.example>", "Change 1182: Code-Review-2", "{s} has voted Code-Review-2 on change 1182 (storage: drop legacy index).\n\nComment: Not selected for this release; needs a migration plan first."),
    ("adoption", "Rescue Centre <adopt@paws.example>", "Adoption application", "Dear {n}, thank you for your application to adopt Biscuit. He has gone to a family with a larger garden. We have other dogs who'd love to meet you."),
    ("nursery-place", "Nursery <office@littleoaks.example>", "Place for September", "Dear {n}, we're sorry we can't offer a September place for Ava as the room is full. She is now on our waiting list."),
    ("jury-excusal", "Jury Central <jury@courts.example>", "Excusal request", "Your request to be excused from jury service has been refused. You may ask to defer your service to a later date."),
    ("rent-increase", "{s} <{s}@letting.example>", "Re: rent review", "Hi {n}, the landlord has declined your request to keep the rent at the current level, and the new rent applies from June."),
    ("swimming-squad", "Swim Club <squads@swimclub.example>", "Squad trials", "Hi {n}, thanks for trying out for the performance squad. The coaches haven't selected Leo this time; he'll stay in development squad and can retry in January."),
]

OTHER_JOB = [
    ("outreach-1", "{s} <{s}@{d}>", "{q} opportunity", "Hi {n},\n\nI came across your profile and think you'd be a strong fit for a {q} role at {c}. Unlike the last few roles you may have been turned down for, this one values breadth over years. Open to a chat?\n\n{s}"),
    ("outreach-2", "{s} <{s}@headhunt.example>", "Confidential search", "Hi {n}, I'm running a confidential search for a {q}. Would you be interested in hearing more? No pressure either way. {s}"),
    ("reference-request", "{s} <{s}@{d}>", "Reference for {p}", "Hi {n},\n\n{p} has applied for the {r} role with us and gave your name as a referee. Could you answer four short questions by Friday?\n\nThanks,\n{s}"),
    ("onboarding", "{c} People Ops <people@{d}>", "Welcome aboard!", "Hi {n},\n\nWe're excited to have you start as {r} on Monday. Your laptop will be waiting at reception; please bring ID for the right-to-work check.\n\nPeople Ops"),
    ("internal-posting", "Internal Mobility <mobility@{d}>", "Internal vacancies this week", "Hi {n}, four internal vacancies were posted this week, including {q}. Applications from current staff close on Friday. Last week's {r} vacancy was filled."),
    ("hiring-manager-cc", "{s} <{s}@{d}>", "Interview panel - {r}", "Hi {n},\n\nThanks for agreeing to sit on the {r} panel. We rejected about 60 CVs at screening and have six candidates for you to meet. Scoring sheets attached.\n\n{s}"),
    ("feedback-survey", "{c} Talent <talent@{d}>", "How did we do?", "Hi {n}, you recently applied with {c}. Whatever the outcome, we'd value two minutes of feedback on our process."),
    ("contract-extension", "{s} <{s}@{d}>", "Your contract", "Hi {n}, good news - your contract as {r} is extended by six months. No need to reapply."),
]

# Other languages, not rejections: confirmations with a conditional refusal, invitations, an offer.
FOREIGN_NOT = [
    ("de-conf", APP, "Personal {c} <personal@{d}>", "Eingangsbestätigung", "Hallo {n},\n\nIhre Unterlagen für {r} sind angekommen. Falls wir Sie nicht zum Gespräch einladen können, melden wir uns trotzdem spätestens in drei Wochen.\n\nViele Grüße\n{s}"),
    ("de-inv", INT, "{s} <{s}@{d}>", "Einladung zum Gespräch", "Hi {n}, von über hundert Bewerbungen haben wir fünf ausgewählt, und du bist dabei. Passt dir Mittwoch um 14 Uhr? {s}"),
    ("fr-conf", APP, "Recrutement {c} <recrutement@{d}>", "Accusé de réception", "Bonjour {n},\n\nNous avons bien reçu votre candidature. Sans réponse de notre part sous un mois, considérez que nous ne donnons pas suite ; sinon, nous vous appellerons.\n\nL'équipe RH"),
    ("fr-offer", OFFER, "{s} <{s}@{d}>", "Bonne nouvelle", "Bonjour {n}, l'équipe vous a choisi(e) pour le poste de {r}. La proposition écrite suit demain. {s}"),
    ("es-conf", APP, "Talento {c} <talento@{d}>", "Hemos recibido tu candidatura", "Hola {n}:\n\nTu candidatura para {r} está en revisión. Tanto si avanzas como si no, te escribiremos antes de fin de mes.\n\nUn saludo"),
    ("es-next", NEXT, "{s} <{s}@{d}>", "Siguiente fase", "Hola {n}, has superado la primera entrevista. La siguiente fase es una prueba técnica de dos horas. {s}"),
    ("nl-status", APP, "{s} <{s}@{d}>", "Stand van zaken", "Hoi {n}, er is nog niets besloten; de commissie komt volgende week bij elkaar. Je hoort van ons. {s}"),
    ("it-inv", INT, "{s} <{s}@{d}>", "Colloquio", "Ciao {n}, abbiamo scartato molte candidature ma la tua ci ha colpito: ti va un colloquio giovedì? {s}"),
    ("pt-conf", APP, "RH {c} <rh@{d}>", "Candidatura recebida", "Olá {n}, recebemos a sua candidatura. Só contactamos os candidatos pré-selecionados. {s}"),
    ("pl-next", NEXT, "{s} <{s}@{d}>", "Kolejny etap", "Dzień dobry {n}, zapraszamy do drugiego etapu rekrutacji na stanowisko {r}. {s}"),
    ("sv-conf", APP, "{s} <{s}@{d}>", "Tack för din ansökan", "Hej {n}! Vi har tagit emot din ansökan och återkommer oavsett utfall efter sista ansökningsdag. /{s}"),
    ("tr-inv", INT, "{s} <{s}@{d}>", "Mülakat daveti", "Merhaba {n}, başvurunuz olumlu değerlendirildi; sizi salı günü görüşmeye davet ediyoruz. {s}"),
    ("da-nonjob", NONJOB, "Boligforening <bolig@boligforening.example>", "Venteliste", "Hej {n}, din ansøgning om en lejlighed er afvist, fordi ventelisten er lukket. Du kan søge igen til foråret."),
    ("fi-withdraw", OTHER, "{s} <{s}@{d}>", "Hakemus peruttu", "Hei {n}, olemme perineet hakemuksesi pyyntösi mukaisesti. Kiitos ilmoituksesta ja onnea uuteen työhön! {s}"),
]


# ================================================================ twins
# (skeleton, rejection sentence, non-rejection sentence); the skeleton has one {X} slot.
TWIN_SKELETONS = [
    "Hi {n},\n\nYou've waited a while since the last {r} interview, thanks for bearing with us.\n\n{X}\n\nBest,\n{s}",
    "Dear {n},\n\nYour {r} application at {c} has now been looked at by the team.\n\n{X}\n\nKind regards,\nRecruitment",
    "{n} -\n\n{X}\n\nCheers, {s}",
    "Hello {n},\n\nThe hiring panel wrapped up its debrief ten minutes ago. {X}\n\nThanks,\n{s}",
    "Hi {n}, following the assessment centre: {X} {s}",
]
TWINS = [
    ("The team has given the role to another finalist.", "The team has given the role to you, if you'd like it - offer details to follow."),
    ("We've decided not to move forward with your application.", "We've decided to move forward with your application to the final stage."),
    ("You have not been selected for the next round.", "You have been selected for the next round."),
    ("Your application is closed.", "Your application is still open and being reviewed."),
    ("We're going with someone else.", "We're going with you - congratulations!"),
    ("The panel didn't shortlist you.", "The panel shortlisted you, and {s} will call to arrange a time."),
    ("We won't be inviting you to interview.", "We'd like to invite you to interview next week."),
    ("Sadly, it's a no.", "Happily, it's a yes."),
    ("We've filled the position with another candidate.", "We haven't filled the position yet and will update you soon."),
    ("This is where the process ends for you.", "This is where the process speeds up: expect a call tomorrow."),
    ("We regret that your application was unsuccessful.", "We're pleased that your application was successful."),
    ("We chose a candidate with more experience.", "We still need to choose between the final candidates, and you're one of them."),
    ("The hiring manager has declined to progress your application.", "The hiring manager has asked to progress your application."),
    ("I'm afraid you didn't make the shortlist.", "I'm glad to say you made the shortlist."),
    ("We're not able to offer you the job.", "We're able to offer you the job at the salary we discussed."),
    ("Your candidacy won't go further.", "Your candidacy goes further: next is the panel interview."),
    ("We've stopped the process with you.", "We've paused the process for everyone until January, but you remain under consideration."),
    ("Another applicant was appointed.", "No appointment has been made yet."),
    ("Unfortunately we'll pass this time.", "Fortunately the budget came through and we can go ahead with your interview."),
    ("The role has gone to an internal applicant.", "The role is open to external applicants, so your application stands."),
]


# ================================================================ assembling the records
STATUS_LINE = re.compile(r"^(Status|Application outcome|Current stage|Result|Decision|Outcome|Your application status|Stage)\b")
PERSON = "{s} <{s}@{d}>"
TEAM = "{c} Talent <talent@{d}>"
PORTAL = "{c} Careers <no-reply@{d}>"


def frame_confirm(x: str) -> tuple[str, str]:
    return "confirm", "Hi {n},\n\nThanks for applying to {c}.\n\n" + x + "\n\n{e}\n{s}"


def frame_quoted(x: str) -> tuple[str, str]:
    return "quoted", (
        "Hi {n},\n\n" + x + "\n\n{s}\n\n"
        "On Mon, {n} wrote:\n> Hello, just wondering where things stand with {r}? Thanks!")


def sender_for(frame: str) -> str:
    return {"status": PORTAL, "footer": TEAM}.get(frame, PERSON)


def plan() -> list[tuple[str, str, str, str, str]]:
    """(family, kind, sender, subject, body) for every record, in a fixed order."""
    rng = random.Random(SEED + 1)  # noqa: S311 - a fixed seed for reproducible data, not secrets
    out: list[tuple[str, str, str, str, str]] = []
    for index, sentence in enumerate(DECISIONS):
        frames = [frame_status] if STATUS_LINE.match(sentence) else [rng.choice(FRAMES)]
        if index % 12 == 0:
            frames.append(rng.choice([frame_footer, frame_thread, frame_phone]))
        for frame in frames:
            name, body = frame(sentence)
            out.append((f"dec{index:03d}-{name}", R, sender_for(name), rng.choice(SUBJECTS), body))
    for family, sender, subject, body in WHOLE_REJ + FOREIGN_REJ:
        out.append((family, R, sender, subject, body))
    for index, (no, yes) in enumerate(TWINS):
        skeleton = TWIN_SKELETONS[index % len(TWIN_SKELETONS)]
        subject = rng.choice(SUBJECTS)
        out.append((f"twin{index:02d}", R, PERSON, subject, skeleton.replace("{X}", no)))
        kind = OFFER if "offer" in yes or "yes" in yes or "going with you" in yes or "to you" in yes else NEXT
        out.append((f"twin{index:02d}", kind, PERSON, subject, skeleton.replace("{X}", yes)))
    return out + plan_not(rng)


def plan_not(rng: random.Random) -> list[tuple[str, str, str, str, str]]:
    out: list[tuple[str, str, str, str, str]] = []
    for index, sentence in enumerate(CONFIRM):
        for frame in (frame_confirm, rng.choice([frame_status, frame_footer])):
            name, body = frame(sentence)
            out.append((f"conf{index:02d}-{name}", APP, sender_for(name), rng.choice(SUBJECTS), body))
    for index, sentence in enumerate(STATUS):
        for frame in (frame_quoted, rng.choice([frame_status, frame_phone, frame_oneliner])):
            name, body = frame(sentence)
            out.append((f"stat{index:02d}-{name}", APP, sender_for(name), rng.choice(SUBJECTS), body))
    kinds = {"int": INT, "next": NEXT, "offer": OFFER}
    for index, (kind, sentence) in enumerate(PROGRESS):
        name, body = rng.choice([frame_plain, frame_buried, frame_thread, frame_quoted])(sentence)
        out.append((f"prog{index:02d}-{name}", kinds[kind], sender_for(name), rng.choice(SUBJECTS), body))
    for index, sentence in enumerate(WITHDRAW):
        body = "Hi {n},\n\n" + sentence + "\n\n{e}\n{s}"
        out.append((f"withdrawn{index:02d}", OTHER, PERSON, rng.choice(["Re: withdrawing my application", "Your withdrawal - {r}", "Re: {r}"]), body))
    for index, sentence in enumerate(ALERTS):
        out.append((f"alert{index:02d}", ALERT, "JobBoard Alerts <alerts@jobboard.example>",
                    rng.choice(["New jobs for you", "Your job alert", "Jobs matching '{r}'", "Update on a saved job"]),
                    "Hi {n},\n\n" + sentence + "\n\n{F}"))
    for family, sender, subject, body in NONJOB_MAILS:
        out.append((family, NONJOB, sender, subject, body))
    for family, sender, subject, body in OTHER_JOB:
        out.append((family, OTHER, sender, subject, body))
    for family, kind, sender, subject, body in FOREIGN_NOT:
        out.append((family, kind, sender, subject, body))
    return out


def fill(text: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def when(rng: random.Random) -> str:
    start = datetime(2025, 7, 1, tzinfo=UTC)
    day = start + timedelta(days=rng.randrange(520))
    zone = rng.choice(ZONES)
    tz = timezone(timedelta(hours=zone))
    local = datetime(day.year, day.month, day.day, rng.randrange(6, 23), rng.randrange(60), rng.randrange(60), tzinfo=tz)
    sign = "+" if zone >= 0 else "-"
    minutes = int(abs(zone) * 60)
    offset = f"{sign}{minutes // 60:02d}{minutes % 60:02d}"
    return f"{DAYS[local.weekday()]}, {local.day:02d} {MONTHS[local.month - 1]} {local.year} {local:%H:%M:%S} {offset}"


def records() -> list[dict[str, str]]:
    rng = random.Random(SEED)  # noqa: S311 - a fixed seed for reproducible data, not secrets
    out: list[dict[str, str]] = []
    counters = {"rej": 0, "not": 0}
    for family, kind, sender, subject, body in plan():
        first = rng.choice(FIRST)
        last = rng.choice(LAST)
        company, domain = rng.choice(COMPANIES)
        role = rng.choice(ROLES)
        signer = rng.choice(SIGNERS)
        values = {
            "F": fill(rng.choice(FOOTERS), {"c": company, "C": company.upper()}),
            "o": rng.choice(OPENERS),
            "e": rng.choice(CLOSERS),
            "n": first,
            "r": role,
            "q": rng.choice([item for item in ROLES if item != role]),
            "c": company,
            "C": company.upper(),
            "d": domain,
            "s": signer,
            "p": rng.choice(OTHERS),
            "k": f"{rng.choice('ABCDHJKR')}{rng.randrange(1000, 99999)}",
        }
        values["o"] = fill(values["o"], values)
        label = "rejection" if kind == R else "not_rejection"
        prefix = "rej" if label == "rejection" else "not"
        counters[prefix] += 1
        slug = re.sub(r"[^a-z]", "", last.lower().replace("ü", "u").replace("ć", "c").replace("ń", "n"))
        out.append({
            "id": f"written14:{prefix}-{counters[prefix]:03d}",
            "subject": fill(subject, values),
            "body": fill(body.strip("\n") + "\n", values),
            "sender": fill(sender.replace("<{s}@", "<" + signer.lower().replace("é", "e") + "@"), values),
            "label": label,
            "kind": kind,
            "family": "blindw14-" + family,
            "provenance": PROV,
            "to": f"{first} {last} <{first.lower()}.{slug}@{rng.choice(MAILHOSTS)}>",
            "date": when(rng),
        })
    return out


# ================================================================ shingle check
def words(text: str) -> list[str]:
    return re.findall(r"\w+", re.sub(r"<[^>]+>", " ", text).lower())


def shingles(text: str, size: int = 6) -> set[str]:
    tokens = words(text)
    return {" ".join(tokens[i:i + size]) for i in range(len(tokens) - size + 1)}


def theirs() -> set[str]:
    seen: set[str] = set()
    read = ["blind-slice.jsonl"] + [f"blind-slice-{i}.jsonl" for i in range(2, 11)] + ["written-13.jsonl"]  # never the held-out 11 or sealed 12
    files = sorted(HERE.parent.glob("*.jsonl")) + [HERE / name for name in read]
    for path in files:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    seen |= shingles(json.loads(line).get("body", ""))
    return seen


def check(rows: list[dict[str, str]]) -> None:
    other = theirs()
    shared_all: set[str] = set()
    bodies = {"rejection": 0, "not_rejection": 0}
    for row in rows:
        shared = shingles(row["body"]) & other
        if shared:
            bodies[row["label"]] += 1
            shared_all |= shared
            print(f"{row['id']} {row['family']}:")
            for item in sorted(shared):
                print("   ", item)
    total = bodies["rejection"] + bodies["not_rejection"]
    print(f"{total} of {len(rows)} bodies share a shingle ({bodies['rejection']} rejections, "
          f"{bodies['not_rejection']} others); {len(shared_all)} distinct shared shingles")


def main(argv: list[str]) -> int:
    rows = records()
    if "--check" in argv:
        check(rows)
        return 0
    with OUT.open("w", encoding="utf-8", newline="\n") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
