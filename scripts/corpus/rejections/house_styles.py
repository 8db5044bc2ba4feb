"""Rejections in many house styles (families b2-*): ATS status notices, portal digests,
job boards, voice-note follow-ups, roles on hold, public-sector scoring, fellowships, agency
relays, debriefs, thread replies, HTML newsletters, curt notes and late decisions.

The greetings, sign-offs, senders and
family builder these families share are in scripts/corpus/voices/house_styles.py.
"""

from __future__ import annotations

from ..voices.base_letters import quoted
from ..voices.house_styles import (
    ATS,
    CO_SENDERS,
    HELLO,
    HELLO_CASUAL,
    HELLO_FORMAL,
    REJ,
    SIGN_PERSON,
    SIGN_TEAM,
    digest,
    family,
    legalese,
)

# --- rejection families -------------------------------------------------------------------------
FAMILIES = [
    family(
        "b2-ats-status-declined",
        12,
        [
            "{ats} on behalf of {company} <notifications@{atsdom}>",
            "{company} via {ats} <no-reply@{atsdom}>",
        ],
        [
            "Your application status changed",
            "Status update: {role}",
            "{company}: application status changed",
            "Activity on your {company} application",
        ],
        ["Hi {first},", "Hello {first},", ""],
        [
            "The status of your application has changed.\n\nJob: {role}{reqtxt}\nEmployer: {company}\nNew status: [[Declined|Not selected|Closed - not selected|Unsuccessful]]\nUpdated: {date}",
            "An employer has updated one of your applications.\n\n{company} | {role} | {location}\nStatus: [[Declined|Not selected|Rejected]]",
        ],
        [
            "This means {company} will not be moving your application forward for this job.",
            "No further steps are required on your part for this position.",
            "The employer has marked this application as declined. They may still contact you about other openings.",
        ],
        (
            0.6,
            [
                "Log in to {ats} to see your other applications.",
                "Browse similar roles in {location} on {ats}.",
            ],
        ),
        ["- The {ats} team, on behalf of {company}", "Sent by {ats} for {company}"],
        orgs=ATS,
        kind=REJ,
    ),
    family(
        "b2-portal-digest-line",
        12,
        ["{board} Digest <digest@{boarddom}>", "{board} <updates@{boarddom}>"],
        [
            "Your weekly application summary",
            "{board}: what changed this week",
            "Application digest - week of {date}",
            "",
        ],
        [
            "Hi {first}, here's your week on {board}.",
            "Hello {first},",
            "Your applications at a glance",
        ],
        [
            "Here's where your applications stand:",
            "Changes since your last summary:",
            "You have updates on [[3|4|several]] applications.",
        ],
        digest(
            "{role} - {company} - [[Not selected|No longer under consideration|Employer declined|Closed: not progressing]]"
        ),
        (
            0.7,
            [
                "Applications marked 'not selected' have been moved to your archive.",
                "An employer can only decline an application after viewing it.",
                "Tip: candidates who apply within three days of a posting hear back faster.",
            ],
        ),
        [
            "See all applications on {board}",
            "Manage digest frequency in Settings.\n{board}, {city}",
        ],
        orgs={
            "board|boarddom": [
                "Jobharbor|jobharbor.com",
                "WorkNest|worknest.io",
                "Seekly|seekly.co",
                "HireSpot|hirespot.jobs",
            ]
        },
        kind=REJ,
    ),
    family(
        "b2-jobboard-employer-update",
        12,
        ["{board} <alerts@{boarddom}>", "{board} Applications <apply@{boarddom}>"],
        [
            "An update from {company}",
            "{company} responded to your application",
            "{role}: employer response",
        ],
        ["{first}, an employer has responded", "Hi {first},", ""],
        [
            "{company} has reviewed your application for {role} in {location}.",
            "You applied to {role} at {company} through {board} on {date}.",
        ],
        [
            "The employer has chosen not to move forward with your application at this time.",
            "{company} let us know your application wasn't selected for the next step.",
            "The hiring team marked your application as 'not a fit' for this opening.",
        ],
        (
            0.5,
            [
                "Employers on {board} typically hire for several roles at once - have a look at their other openings.",
                "Your resume is still visible to recruiters if you've made it searchable.",
            ],
        ),
        [
            "[ Find similar jobs ]",
            "[ View more {role} jobs ]\n{board}",
            "{board} - the job search that talks back",
        ],
        orgs={
            "board|boarddom": [
                "Jobharbor|jobharbor.com",
                "Seekly|seekly.co",
                "CareerLoft|careerloft.com",
                "Rolebase|rolebase.io",
            ]
        },
        kind=REJ,
    ),
    family(
        "b2-campus-board-employer",
        12,
        ["{cboard} <no-reply@{cboarddom}>", "{cboard} for Students <notify@{cboarddom}>"],
        [
            "An employer updated your application",
            "{company} - application update",
            "Update on your {cboard} application",
        ],
        ["Hi {first},", "Hey {first},"],
        [
            "You applied to the {role} [[internship|new-grad role|co-op]] at {company} through your school's {cboard} account.",
            "Here's news on a posting you applied to via {cboard}.",
        ],
        [
            "{company} reviewed student applicants and yours is no longer under consideration for this posting.",
            "The employer has filled this posting and did not select your application.",
            "Application status: Not selected. The employer is not reviewing further applicants for this posting.",
        ],
        (
            0.6,
            [
                "Your career centre runs CV reviews every week if you'd like a second pair of eyes.",
                "There are [[40|65|120]] new postings that match your major this week.",
            ],
        ),
        ["The {cboard} team", "{cboard} | Career Services Network"],
        orgs={
            "cboard|cboarddom": [
                "CampusLink|campuslink.edu",
                "GradLadder|gradladder.com",
                "Quadjobs|quadjobs.io",
            ]
        },
        kind=REJ,
    ),
    family(
        "b2-voicenote-followup",
        12,
        ["{rfull} <{rmail}>", "{rfirst} <{rinit}>"],
        [
            "Following up on my voicemail",
            "Re: {role} - as mentioned on the phone",
            "Sorry I missed you",
            "",
        ],
        HELLO,
        [
            "I left you a quick voice message earlier today but wanted to put it in writing as well.",
            "I tried you on the number on your CV this morning and left a message - here it is in writing too.",
            "Just following up the voice note I sent you on WhatsApp about the {role} role.",
        ],
        [
            "As I said on the message, the hiring manager has decided not to take your application any further.",
            "The short version of my voicemail: {company} won't be moving you on to the next stage for {role}.",
            "Unfortunately it wasn't the news we'd hoped for - they've gone with candidates who are further along in [[people leadership|the tech stack|regulated markets]].",
        ],
        (
            0.6,
            [
                "If you want to talk it through, call me back any time after 2pm.",
                "I'm happy to share the bits of feedback I got on the phone.",
                "Don't hesitate to ring me back if you'd like more detail.",
            ],
        ),
        SIGN_PERSON,
        kind=REJ,
    ),
    family(
        "b2-different-direction",
        12,
        CO_SENDERS,
        ["Re: {role}", "{role} position", "Update from {company}", ""],
        HELLO,
        [
            "Thanks for your patience over the past few weeks and for the conversations with our team.",
            "Many thanks for spending time with us on the {role} process.",
        ],
        [
            "We've decided to go in a different direction with this hire, so we won't be moving forward with you.",
            "The team has rethought what the role needs and decided to go in a different direction, which means we're closing your candidacy.",
            "After reviewing where the {team} team is heading, we've chosen a different direction for this position and won't be continuing with your application.",
        ],
        (
            0.5,
            [
                "This was about the shape of the role rather than your abilities.",
                "I hope our paths cross again.",
            ],
        ),
        SIGN_PERSON,
        kind=REJ,
    ),
    family(
        "b2-no-offer-extended",
        12,
        CO_SENDERS,
        ["{role} - final decision", "Outcome of your {company} interviews", "Re: final stage"],
        HELLO_FORMAL,
        [
            "Thank you for completing every stage of our process for the {role} position.",
            "We are grateful for the time you invested in the final interviews on {date}.",
        ],
        [
            "Having weighed the final candidates, we will not be extending an offer to you for this role.",
            "We have reached a decision, and we won't be making you an offer on this occasion.",
            "I'm writing to let you know that an offer will not be forthcoming for this position.",
        ],
        (
            0.6,
            [
                "The interviewers remarked on how well prepared you were.",
                "We would be glad to hear from you again as the company grows.",
            ],
        ),
        SIGN_PERSON,
        kind=REJ,
    ),
    family(
        "b2-role-on-hold",
        12,
        CO_SENDERS,
        [
            "{role} - hiring paused",
            "Change to the {role} vacancy",
            "Important update about {role}",
            "",
        ],
        HELLO,
        [
            "I'm sorry to be writing with this news after the effort you have put in.",
            "We need to share a change affecting the {role} opening you applied to.",
        ],
        [
            "The position has been put on hold indefinitely, so we are closing all applications, including yours.",
            "The budget for this role has been withdrawn for the rest of the financial year and the vacancy has been cancelled.",
            "Following a review of headcount, the {role} post has been cancelled and we are unable to continue with your application.",
        ],
        (
            0.5,
            [
                "If funding returns we would be happy to hear from you, but we cannot promise a timeline.",
                "Please accept our apologies for the disruption this causes.",
            ],
        ),
        SIGN_TEAM,
        kind=REJ,
    ),
    family(
        "b2-public-scored-sift",
        12,
        [
            "Recruitment Team <recruitment@{pubdom}>",
            "{pubbody} HR Shared Service <hr.recruitment@{pubdom}>",
        ],
        [
            "Vacancy {ref}: outcome of shortlisting",
            "{role} - shortlisting result",
            "Your application - vacancy ref {ref}",
        ],
        HELLO_FORMAL,
        [
            "Thank you for applying for the post of {role} with {pubbody}.",
            "The shortlisting panel has now assessed all applications for vacancy reference {ref}.",
        ],
        [
            "Each application was scored against the essential criteria in the person specification. Your application scored [[11|13|15]] out of [[30|35]], and the threshold for interview was [[18|20|21]]. I am therefore sorry to tell you that you have not been shortlisted.",
            "Applications were marked against the behaviours listed in the advert. On this occasion your evidence did not reach the score needed for interview, so you will not be invited to the next stage.",
            "You have not been shortlisted for interview. The panel felt that the evidence for criterion [[2|3|4]] ([[partnership working|managing budgets|safeguarding]]) was not strong enough.",
        ],
        (
            0.6,
            [
                "Written feedback can be requested within ten working days of this letter.",
                "Current vacancies are published every Friday on our jobs page.",
            ],
        ),
        ["Yours sincerely,\nRecruitment Officer\n{pubbody}", "HR Shared Service\n{pubbody}"],
        orgs={
            "pubbody|pubdom": [
                "Northshire Fire & Rescue|northshirefire.gov.uk",
                "Vale Housing Association|valehousing.org.uk",
                "Eastmoor Police Staff|eastmoor.police.uk",
                "Riverside Borough|riversideborough.gov.uk",
            ]
        },
        kind=REJ,
    ),
    family(
        "b2-unsuccessful-occasion-uk",
        12,
        ["{rfull} <{rmail}>", "{company} Resourcing <resourcing@{cdomain}>"],
        ["Your application to {company}", "{role} - outcome", "Application {ref}"],
        ["Dear {first},", "Dear {title} {last},", "Good afternoon {first},"],
        [
            "Many thanks for your application for the role of {role} and for your interest in {company}.",
            "Thank you for putting yourself forward for our {role} vacancy in {location}.",
        ],
        [
            "I'm afraid that on this occasion you have been unsuccessful, as we have identified applicants whose experience more closely mirrors the brief.",
            "Regrettably, your application has been unsuccessful at this point; the standard of the field was very high.",
            "We're sorry to say you haven't been successful this time round.",
        ],
        (
            0.5,
            [
                "We shall retain your details for six months, with your consent, should a suitable role arise.",
                "Thank you once again, and good luck with your search.",
            ],
        ),
        ["Kind regards,\n{rfull}\nResourcing Partner", "Yours sincerely,\n{company} Resourcing"],
        kind=REJ,
    ),
    family(
        "b2-not-progressing-uk",
        12,
        ["{rfirst} {rlast} <{rmail}>", "{company} Talent <talent@{cdomain}>"],
        ["{role}", "Re: {role} application", "Quick update - {role}", ""],
        HELLO,
        [
            "Cheers for applying for {role}, and sorry it's taken a little while to get back to you.",
            "Thanks for sending your details over for the {role} job.",
        ],
        [
            "We won't be progressing your application this time, I'm afraid.",
            "I've spoken to the team and we've decided not to take things further with your application.",
            "We're not going to progress to interview with you on this one.",
        ],
        (
            0.5,
            [
                "Nothing stopping you applying for other roles with us down the line.",
                "Appreciate you thinking of us.",
            ],
        ),
        ["Cheers,\n{rfirst}", "Ta,\n{rfirst}", "All the best,\n{rfirst}\n{company}"],
        kind=REJ,
    ),
    family(
        "b2-chosen-not-to-proceed",
        12,
        CO_SENDERS,
        [
            "Regarding your candidacy for {role}",
            "{company} - {role} application",
            "Candidacy update",
        ],
        HELLO_FORMAL,
        [
            "We appreciate the interest you have shown in the {role} role at {company}.",
            "Thank you for submitting your candidacy for {role}{reqtxt}.",
        ],
        [
            "Following a thorough review, we have chosen not to proceed with your candidacy for this role.",
            "Our hiring committee has elected not to proceed further with your application.",
            "We have chosen not to proceed to the interview stage with your application at this time.",
        ],
        (
            0.5,
            [
                "This decision applies only to this requisition.",
                "We encourage you to monitor our careers page for future roles.",
            ],
        ),
        SIGN_TEAM,
        kind=REJ,
    ),
    family(
        "b2-pursue-other-applicants",
        12,
        CO_SENDERS,
        ["Your {role} application", "{company} recruiting update", ""],
        HELLO,
        [
            "Thank you for considering a career with {company}.",
            "We were glad to receive your application for {role} on the {team} team.",
        ],
        [
            "We have decided to pursue other applicants whose skills are more closely aligned to the requirements of the role.",
            "The team is pursuing other applicants at this stage and will not be scheduling an interview with you.",
            "We've opted to pursue other candidates for this opening.",
        ],
        (
            0.5,
            [
                "We sincerely appreciate the time you spent applying.",
                "Best of luck as you explore your next opportunity.",
            ],
        ),
        SIGN_TEAM,
        kind=REJ,
    ),
    family(
        "b2-assessment-stage-result",
        12,
        [
            "{company} Assessments <assessments@{cdomain}>",
            "{company} Early Talent <earlytalent@{cdomain}>",
        ],
        [
            "Your assessment result",
            "{company} online assessment - outcome",
            "Outcome: {role} assessment",
        ],
        HELLO,
        [
            "Thank you for completing the [[numerical reasoning|situational judgement|coding|verbal reasoning]] assessment for {role}.",
            "We have now scored the online assessments for the {role} intake.",
        ],
        [
            "You were not successful at the assessment stage, so your application will not continue to interview.",
            "Your overall score placed you in the [[38th|42nd|51st]] percentile, below the level needed to progress.",
            "Only candidates who met the benchmark on all sections could move forward, and your results did not meet it on this occasion.",
        ],
        (
            0.6,
            [
                "You may apply again after twelve months.",
                "A short feedback report on your assessment is attached.",
                "Practice tests are available in the candidate resources area.",
            ],
        ),
        ["Early Talent Team, {company}", "The Assessments Team"],
        kind=REJ,
    ),
    family(
        "b2-summer-intern-class-full",
        12,
        ["{company} University Recruiting <university@{cdomain}>", "{rfull} <{rmail}>"],
        [
            "{year} summer internship",
            "Your internship application - {company}",
            "Internship update",
        ],
        HELLO_CASUAL + ["Hi {first},"],
        [
            "Thanks for applying to intern with us this summer!",
            "We enjoyed reading your application for our {year} [[software engineering|product design|data science|marketing]] internship.",
        ],
        [
            "Every intern seat for this summer has now been claimed, so we can't offer you one.",
            "We've wrapped up intern interviews and won't be moving forward with your application this year.",
            "This round is closed and you weren't among the students we selected.",
        ],
        (
            0.6,
            [
                "If you're graduating after {year}, keep an eye out when applications reopen in August.",
                "We'll be at several career fairs this autumn - come and say hello.",
            ],
        ),
        [
            "University Recruiting @ {company}",
            "{rfirst}\nUniversity Recruiter",
            "{rfirst} - Campus Team",
        ],
        sector=["tech", "data", "marketing"],
        kind=REJ,
    ),
    family(
        "b2-grad-scheme-video-stage",
        12,
        ["{company} Graduate Recruitment <graduates@{cdomain}>"],
        [
            "{company} Graduate Programme {year}",
            "Your video interview - outcome",
            "Graduate Programme application update",
        ],
        ["Dear {first},", "Hello {first},"],
        [
            "Thank you for recording your video interview for the {company} Graduate Programme.",
            "We've now reviewed the recorded interviews submitted for our {year} graduate intake.",
        ],
        [
            "Your responses were assessed by two members of our graduate team, and unfortunately you will not be progressing to the assessment day.",
            "Competition for places on the programme was intense, and we are not able to invite you to the final stage.",
            "We will not be taking your application forward to assessment day this year.",
        ],
        (
            0.6,
            [
                "Graduates may reapply for the next intake with a fresh application.",
                "Our placement-year scheme opens in October if you are still studying.",
            ],
        ),
        ["Graduate Recruitment Team\n{company}"],
        kind=REJ,
    ),
    family(
        "b2-fellowship-cohort",
        10,
        ["{fprog} Fellowship <fellowship@{fdom}>", "{rfull} <{rfirst}@{fdom}>"],
        [
            "{fprog} Fellowship {year}: your application",
            "Fellowship selection outcome",
            "{fprog} Fellows - decision",
        ],
        HELLO_FORMAL,
        [
            "Thank you for applying to join the {year} cohort of {fprog} Fellows, a [[twelve-month|two-year|nine-month]] paid placement in [[public policy|data journalism|civic technology]].",
            "Our selection panel has now reviewed every application to the Fellowship.",
        ],
        [
            "We are sorry to say that you have not been offered a fellowship placement this year.",
            "You were not selected to progress to the interview stage of the Fellowship.",
            "The panel could accept [[14|20|9]] fellows, and your application was not among those chosen.",
        ],
        (
            0.5,
            [
                "We hope you will consider applying again next year.",
                "Fellowship host organisations also advertise their own vacancies on our jobs board.",
            ],
        ),
        ["With best wishes,\nThe {fprog} Fellowship team"],
        orgs={
            "fprog|fdom": [
                "Meridian Civic|meridiancivic.org",
                "Halberd Policy|halberdpolicy.org",
                "Open Ledger|openledger.org",
            ]
        },
        kind=REJ,
    ),
    family(
        "b2-college-lecturer-interview-day",
        10,
        ["HR Department <hr@{coldom}>", "{rfull} <{rfirst}.{rlast}@{coldom}>"],
        ["Post of {post} - interview outcome", "Your interview at {col}", "{post} ({ref})"],
        ["Dear {title} {last},", "Dear {first},"],
        [
            "Thank you for attending the interview day for the post of {post} and for delivering your sample session to our students.",
            "Thank you for your time at {col} on {date}, including the micro-teach and panel interview.",
        ],
        [
            "The panel has decided to appoint another candidate, and I am sorry that I cannot offer you the post.",
            "After much deliberation the panel has offered the post to another applicant, who has accepted.",
            "I regret that your application has not resulted in an appointment on this occasion.",
        ],
        (
            0.6,
            [
                "The Head of Department would be happy to give you verbal feedback by telephone.",
                "We were grateful for the care you put into your teaching session.",
            ],
        ),
        ["Yours sincerely,\n{rfull}\nHR Officer, {col}"],
        orgs={
            "col|coldom": [
                "Westbrook College|westbrook.ac.uk",
                "St Hilda's Sixth Form College|sthildas.ac.uk",
                "Harrowfield FE College|harrowfield.ac.uk",
            ]
        },
        setup={
            "post": [
                "Lecturer in Computing",
                "Lecturer in Business Studies",
                "Teaching Fellow in Chemistry",
                "Lecturer in Health & Social Care",
            ]
        },
        kind=REJ,
    ),
    family(
        "b2-us-state-not-qualified",
        10,
        [
            "{state} Office of Personnel <noreply@{statedom}>",
            "Human Resources Division <hrd@{statedom}>",
        ],
        [
            "Notice of Application Status - {ref}",
            "Examination/Application Result",
            "Job Announcement {ref}: Notice of Results",
        ],
        ["Dear {first} {last}:", "Applicant {first} {last}:"],
        [
            "This notice concerns your application for {role}, Announcement No. {ref}.",
            "Your application for {role} with the {state} has been evaluated by an HR specialist.",
        ],
        [
            "Based on the information you provided, you do not meet the minimum qualifications for this class, and your name will not be placed on the eligible list.",
            "Your application was rated ineligible because the experience described did not meet the minimum qualifications stated in the announcement.",
            "Your application was reviewed and you were not among the highest-ranked candidates referred to the hiring department.",
        ],
        (
            0.7,
            [
                "You may request a review of this decision in writing within 15 calendar days of the date of this notice.",
                "This notice does not prevent you from applying to other announcements.",
            ],
        ),
        ["{state} Office of Personnel\nThis is an automated notice. Do not reply."],
        orgs={
            "state|statedom": [
                "State of Westland|jobs.westland.gov",
                "County of Marlow|marlowcounty.gov",
                "City of Brookhaven|brookhaven.gov",
            ]
        },
        kind=REJ,
    ),
    family(
        "b2-hospitality-trial-shift",
        12,
        ["{rfirst} <{rmail}>", "{venue} <jobs@{cdomain}>"],
        ["re: trial shift", "Saturday trial", "[[Bar|Kitchen|Floor]] position", ""],
        HELLO_CASUAL,
        [
            "Thanks for coming in for the trial shift on {weekday}, you were great with the regulars.",
            "Cheers for doing the trial on {weekday} night - sorry it was such a busy one.",
        ],
        [
            "We've had a chat as a team and we're going to offer the job to someone with a bit more [[cocktail|line cook|barista]] experience.",
            "Gutted to say we won't be taking you on this time, we've gone with someone who can do the early starts.",
            "Unfortunately we won't be offering you a position after the trial.",
        ],
        (
            0.5,
            [
                "Come in for a drink on us sometime!",
                "We'll keep your number in case something opens up for the summer season.",
            ],
        ),
        ["{rfirst}\nGeneral Manager, {venue}", "{rfirst} x"],
        setup={
            "venue": ["The Copper Kettle", "Lantern & Oak", "Salt Harbour Kitchen", "Nº9 Espresso"]
        },
        sector="retail",
        kind=REJ,
    ),
    family(
        "b2-retail-seasonal-pool",
        12,
        ["{company} Store Recruitment <storejobs@{cdomain}>", "no-reply@{cdomain}"],
        [
            "Seasonal colleague application",
            "Your {company} seasonal role",
            "Christmas temp roles - update",
        ],
        ["Hello {first},", "Hi {first},", "Dear applicant,"],
        [
            "Thank you for applying to join {company} as a seasonal colleague in our {city} store.",
            "Thanks for attending the group session for seasonal roles at our {city} branch.",
        ],
        [
            "We have now filled all our seasonal places for this year and won't be able to offer you a role.",
            "We had more applicants than shifts this season, and we're sorry we can't offer you a contract.",
            "Your application hasn't been selected for a seasonal contract this year.",
        ],
        (
            0.5,
            [
                "Your candidate account stays open, so you can apply for permanent jobs whenever they are advertised.",
                "Applications for next season open in September.",
            ],
        ),
        ["Store Recruitment\n{company}", "{company} Stores People Team"],
        kind=REJ,
    ),
    family(
        "b2-agency-relay-interview",
        12,
        ["{rfull} <{rfirst}@{agdom}>", "{rfirst} @ {agency} <{rfirst}@{agdom}>"],
        [
            "Feedback from {company}",
            "Re: your interview at {company}",
            "{company} - {role} decision",
            "",
        ],
        HELLO_CASUAL + ["Hi {first},"],
        [
            "I've just come off the phone with the hiring manager at {company} about Tuesday's interview.",
            "I've had {company}'s decision back on the {role} role you interviewed for.",
        ],
        [
            'Sadly they\'ve decided not to offer. Their words: "{feedback}"',
            "They're not taking you forward, I'm afraid. What they told me: \"{feedback}\"",
            "It's a no from them on this one. Paraphrasing their feedback: {feedback}",
        ],
        (
            0.6,
            [
                "Honestly, that's a very fixable point and I've got two other clients I'd like to put you in front of.",
                "Don't read too much into it - they interviewed eight people for one seat.",
            ],
        ),
        ["{rfirst}\n{agency}", "Speak soon,\n{rfirst} | Principal Consultant | {agency}"],
        orgs={
            "agency|agdom": [
                "Fulcrum Talent|fulcrumtalent.com",
                "Oakridge Search|oakridgesearch.co.uk",
                "Signal Recruitment|signalrec.io",
                "Tidewater People|tidewaterpeople.com",
            ]
        },
        setup={
            "feedback": [
                "Strong communicator, but we need someone who has owned a P&L already.",
                "Liked the energy; the technical depth on [[data modelling|Kubernetes|IFRS 16]] wasn't quite there for us.",
                "Good candidate, but another person had done almost exactly this job before.",
            ]
        },
        kind=REJ,
    ),
    family(
        "b2-takehome-review-outcome",
        12,
        ["{rfull} <{rmail}>", "{company} Engineering Hiring <eng-hiring@{cdomain}>"],
        ["Your take-home submission", "{role} - take-home review", "Re: coding exercise"],
        HELLO,
        [
            "Thanks for sending back the take-home exercise - it's clear you put real time into it.",
            "Two of our engineers have now reviewed the project you submitted for {role}.",
        ],
        [
            "Their view was that the solution didn't cover enough of the brief ({gap}), so we won't be inviting you to the technical interview.",
            "We've decided not to move forward to the next round. The main reason was {gap}.",
            "Based on the review, we're not going to continue with your application this time.",
        ],
        (
            0.6,
            [
                "I've pasted the reviewers' notes below in case they're useful.",
                "Thanks again for investing your evenings in this.",
            ],
        ),
        SIGN_PERSON,
        sector=["tech", "data"],
        setup={
            "gap": [
                "no tests around the parsing logic",
                "the API ignored pagination",
                "the README didn't explain the trade-offs",
                "error handling was mostly missing",
            ]
        },
        kind=REJ,
    ),
    family(
        "b2-onsite-debrief",
        12,
        CO_SENDERS,
        ["Following your onsite", "{company} onsite - outcome", "Re: {role} loop"],
        HELLO,
        [
            "Thank you for spending the day with us on {date} - I know onsites are draining.",
            "Thanks for meeting with [[five|four|six]] of us for the onsite loop last week.",
        ],
        [
            "The interviewers met for a debrief yesterday and the consensus was not to move ahead with an offer.",
            "We held the debrief this morning and, I'm sorry to say, the panel decided not to hire for this role from your loop.",
            "In the debrief the team concluded that the gaps in [[system design|stakeholder management|product sense]] were too large for this level.",
        ],
        (
            0.6,
            [
                "We'd encourage you to reapply in about a year.",
                "If you'd like, I can set up a 15-minute call to go through what the panel said.",
            ],
        ),
        SIGN_PERSON,
        sector=["tech", "data", "engineering"],
        kind=REJ,
    ),
    family(
        "b2-thread-quotes-candidate",
        12,
        ["{rfull} <{rmail}>", "{rfirst} <{rmail}>"],
        ["Re: Checking in - {role}", "RE: Application status for {role}", "Re: Any news?"],
        HELLO,
        [
            "Thanks for the nudge, and apologies for going quiet.",
            "Good to hear from you, and sorry you had to chase.",
        ],
        [
            "I've checked with the hiring team and they're not going to be moving you forward for {role}.",
            "The team made their decision last week and we won't be continuing with your application.",
            "I should have let you know sooner: the role went to another candidate.",
        ],
        (
            0.4,
            [
                "Thanks for your interest and all the best.",
                "Good luck with the other interviews you mentioned.",
            ],
        ),
        SIGN_PERSON,
        quoted(
            [
                "Hi {rfirst},\n\nI hope you're well. I applied for the {role} role on {date} and wanted to check whether there was any update on my application.\n\nMany thanks,\n{first}",
                "Hello,\nJust following up on my application for {role}. I'm still very interested and happy to provide anything else you need.\n{first} {last}",
            ],
            who="{full} <{cmail}>",
        ),
        kind=REJ,
    ),
    family(
        "b2-newsletter-html-buried",
        12,
        ["{company} Careers <news@{cdomain}>", "Life at {company} <careers-news@{cdomain}>"],
        [
            "An update on your application",
            "{company} Careers | Application update",
            "Thank you from {company}",
        ],
        [
            "[{company} logo]\n\nHi {first},",
            "View online\n\nDear {first},",
            "{company} | Careers\n\nHello {first},",
        ],
        [
            "Every year thousands of people apply to {company}, and each application is read by a real person on our Talent team.",
            "At {company}, we believe the hiring process should be as respectful as the work we do.",
        ],
        [
            "We've completed our review for {role} and have decided to continue with other applicants for this opening.",
            "For {role}, we have now selected the candidates we'll be meeting, and your application isn't one of them.",
            "This time, your application for {role} was not selected to move ahead.",
        ],
        [
            "WHILE YOU'RE HERE\n\n> Read: How we hire at {company}\n> Watch: A day on the {team} team\n> Explore: [[23|41|17]] open roles in {location}",
            "STAY IN TOUCH\nJoin our talent newsletter for monthly stories from our teams.\n[ Subscribe ]",
        ],
        legalese,
        kind=REJ,
    ),
    family(
        "b2-curt-two-line",
        12,
        ["{rfirst} <{rmail}>", "{rmail}", "{rfirst} {rlast} <{rmail}>"],
        ["", "{role}", "re: {role}", "Re: application"],
        ["{first},", "", "Hi,"],
        [
            "Not moving forward with you on {role}. Thanks for applying.",
            "We've passed on your application. Good luck.",
            "Decided against progressing you for the {role} job, sorry.",
            "Going with others for this one - thanks though.",
        ],
        (0.3, ["Sent from my phone", "- {rfirst}"]),
        kind=REJ,
    ),
    family(
        "b2-warm-long-feedback",
        10,
        ["{rfull} <{rmail}>"],
        [
            "Some thoughts after our conversations",
            "{role} - decision and feedback",
            "Thank you, {first}",
        ],
        ["Dear {first},", "Hi {first},"],
        [
            "I wanted to write to you personally rather than send a template, because you gave us a great deal of your time over the last month.",
            "Before anything else: thank you. You were thoughtful and generous with us at every stage.",
        ],
        [
            "We've now made our decision and, with genuine regret, it isn't going to be you for the {role} position.",
            "I'm afraid we've offered the {role} job to someone else, and I know that isn't what you hoped to hear.",
        ],
        [
            "Because you asked for feedback, here is what the panel shared:\n\n- What stood out: {plus}\n- Where others were stronger: {minus}\n- What we'd suggest: {tip}"
        ],
        (
            0.7,
            [
                "None of this is a verdict on your potential. It was a close call between a very small number of people.",
                "I'd genuinely like to stay in touch - please connect with me and let me know how things go.",
            ],
        ),
        ["With warm regards,\n{rfull}\n{rtitle}, {company}", "Rooting for you,\n{rfirst}"],
        sector=["tech", "data", "marketing", "finance", "ops"],
        setup={
            "plus": [
                "your research into our customers before the case study",
                "the clarity of your written exercise",
                "the way you handled the disagreement question",
            ],
            "minus": [
                "hands-on experience scaling a team past ten people",
                "depth in our analytics tooling",
                "examples of negotiating with senior stakeholders",
            ],
            "tip": [
                "lead with outcomes when describing projects",
                "quantify the impact of your work",
                "bring one deep example rather than several brief ones",
            ],
        },
        kind=REJ,
    ),
    family(
        "b2-decision-comes-late",
        10,
        CO_SENDERS,
        ["Your time with {company}", "{role} - wrapping up", "Update and thanks"],
        HELLO,
        [
            "It has been a busy few weeks here. We opened the {role} role in {month}, and since then we've read a lot of applications, run two rounds of interviews and learned a lot about what the {team} team needs over the next year.",
            "I want to start by saying how much we appreciated your patience while we worked through a longer process than planned. Several people on the team were away over the holidays and our schedule slipped.",
        ],
        [
            "We also changed the interview format halfway through, adding a short written exercise, which is why some candidates heard from us at different times.",
            "We spoke to candidates from a wide mix of backgrounds, and the conversations helped us sharpen what we're looking for.",
        ],
        [
            "Having said all of that, I'm sorry to tell you we won't be moving forward with your application.",
            "Where we've ended up is that we'll be continuing with other candidates rather than with you.",
            "So, to get to the point: you haven't been selected for the next round.",
        ],
        (0.5, ["Thanks again for your time.", "We wish you every success."]),
        SIGN_PERSON,
        kind=REJ,
    ),
    family(
        "b2-push-notification-style",
        12,
        ["{company} Jobs App <push@{cdomain}>", "{company} <app-notify@{cdomain}>"],
        ["1 new update", "Application update", "{company}: tap to view"],
        [
            "{company}: Your application for {role} was not selected.\nTap to view details.",
            "Update: {role} ({location}) - unsuccessful\nOpen the app for more roles.",
            "Your {role} application has been closed by {company}.\nSee similar jobs",
        ],
        (
            0.5,
            [
                "Turn off notifications in Settings > Alerts.",
                "You are receiving this because notifications are enabled for your {company} Jobs account.",
            ],
        ),
        kind=REJ,
    ),
]
