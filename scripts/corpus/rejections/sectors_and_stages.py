"""Rejections across sectors and stages, each family with its own sentences (families br-*):
banks' summer analysts, graduate tests, career portals, one-liners, founders, bare ATS mail.

The greetings, sign-offs, senders and
family builder these families share are in scripts/corpus/voices/base_letters.py.
"""

from __future__ import annotations

from ..voices.base_letters import (
    NOSUBJ,
    ORG,
    bye,
    bye_team,
    fam,
    footer,
    header,
    hi,
    hi_formal,
    person,
    quoted,
)

# --- rejection families ----------------------------------------------------------------------
FAMILIES = [
    fam(
        "br-summer-analyst-bank",
        16,
        [
            "{company} Campus Recruiting <campus.recruiting@{cdomain}>",
            "{company} Early Careers <earlycareers@{cdomain}>",
            "no-reply@{cdomain}",
        ],
        [
            "{year} Summer Analyst Program - {company}",
            "Your {company} Summer Analyst application",
            "Summer Analyst update",
            "",
            "{company} Summer Analyst - {location}",
        ],
        hi,
        [
            "Thank you for applying to the {year} [[Investment Banking|Global Markets|Operations|Technology|Risk]] Summer Analyst [[Program|Programme]] [[in {location}|]].",
            "We appreciate your interest in summering with {company} and the time you spent on your application.",
            "Thanks for your interest in our Summer Analyst class of {year}.",
        ],
        [
            "Our [[campus|university]] team has completed its review and we [[will not be able to|are not in a position to]] offer you a [[first-round interview|HireVue interview|superday invitation|place]] this cycle.",
            "Having considered a very competitive applicant pool, we have not selected you to advance in the Summer Analyst process.",
            "This year's class has been finalised, and we are unable to extend you an offer to join it.",
        ],
        (
            0.6,
            [
                "Many students reapply the following year, and we would be glad to see your name again.",
                "Our off-cycle and {year} Spring Week programmes open in the autumn if you are eligible.",
                "Please stay connected with us through our campus events.",
            ],
        ),
        bye_team,
        sector="finance",
    ),
    fam(
        "br-coop-term",
        14,
        [
            "{company} Co-op Program <coop@{cdomain}>",
            "{rfull} <{rmail}>",
            "Co-operative Education Office <coop-office@{cdomain}>",
        ],
        [
            "Co-op application - [[Fall|Winter|Summer]] {year} term",
            "{role} (Co-op) - application update",
            "Co-op posting #{ref}",
            "",
        ],
        hi,
        [
            "Thanks for applying to our [[4|8|12]]-month co-op [[posting|placement]] for {role}.",
            "We've reviewed the student applications that came through your school's co-op portal for posting #{ref}.",
        ],
        [
            "The team has ranked its top candidates and you were not in the group we are interviewing for this work term.",
            "We've made our matches for the upcoming term and won't be ranking you for this placement.",
            "We're sorry - this term we will not be able to offer you the co-op position.",
        ],
        (
            0.5,
            [
                "Your co-op coordinator can help you find other postings in the next match round.",
                "Good luck with the rest of the co-op cycle!",
            ],
        ),
        bye,
        sector="engineering",
    ),
    fam(
        "br-grad-scheme-assessment-centre",
        16,
        [
            "{company} Graduate Recruitment <graduates@{cdomain}>",
            "{company} Early Talent <earlytalent@{cdomain}>",
        ],
        [
            "Your {company} Graduate Scheme application",
            "Assessment Centre outcome",
            "Graduate Programme {year}: outcome",
            "",
        ],
        hi_formal,
        [
            "Thank you for attending our assessment centre [[last week|on {date}|virtually on {date}]].",
            "Thank you for the effort you put into the group exercise, presentation and interview at our assessment centre.",
        ],
        [
            "The assessors have met to moderate the day, and I'm afraid you did not reach the standard required for an offer on this occasion.",
            "After moderation of every exercise, we are sorry to say that we will not be offering you a place on the {year} graduate scheme.",
            "Competition for the [[finance|commercial|technology|HR]] stream was very strong this year and your overall score fell short of the offer line.",
        ],
        (
            0.7,
            [
                "Your assessor noted strengths in [[teamwork|structured thinking|stakeholder communication]]; the written exercise was where you lost most marks.",
                "You can request a short written summary of your scores by replying to this email within 14 days.",
                "You are welcome to apply again for the next intake; previous applicants are not disadvantaged.",
            ],
        ),
        bye_team,
    ),
    fam(
        "br-apprenticeship",
        14,
        [
            "{company} Apprenticeships <apprenticeships@{cdomain}>",
            "{rfull} <{rmail}>",
            "Apprenticeship Team <apprentices@{cdomain}>",
        ],
        [
            "Apprenticeship application - {company}",
            "Your Level [[3|4|6]] Apprenticeship application",
            "Update on your apprenticeship application",
            "",
        ],
        hi,
        [
            "Thanks for applying for the Level [[3|4|6]] [[Engineering|Business Administration|Digital|Software Development|Electrical]] Apprenticeship with {company}.",
            "Thank you for your interest in starting your career with us as an apprentice.",
        ],
        [
            "We had [[far more|many more]] applications than places this year and we're sorry that yours hasn't been taken forward to the [[interview|practical assessment|taster]] day.",
            "On this occasion you have not been selected for the next stage of our apprenticeship recruitment.",
            "Your application didn't make it through to the next round this time, sorry.",
        ],
        (
            0.6,
            [
                "Have a look at the government's apprenticeship service for other vacancies near you.",
                "Your college careers adviser can help you prepare for other apprenticeship applications.",
                "We'll advertise next year's intake in [[January|the spring|September]].",
            ],
        ),
        bye,
        sector="engineering",
    ),
    fam(
        "br-career-centre-status-changed",
        16,
        [
            "{portal} <no-reply@{portaldom}>",
            "{portal} Notifications <notify@{portaldom}>",
            "{portal} <jobs@{portaldom}>",
        ],
        [
            "Application status changed: {role} at {company}",
            "Update on your application to {company}",
            "{portal}: status update",
            "Your {company} application",
        ],
        ["Hi {first},", "{first},", "Hello {first}!", ""],
        [
            '{company} changed the status of your application for {role} from "[[Applied|Under Review|Reviewed]]" to "[[Not Selected|Declined by Employer|Not Advancing|Rejected]]".',
            "An employer has reviewed your application. {company} - {role}: [[not selected|no longer under consideration|declined]].",
            "Your application to {role} ({company}) has been marked [[not selected|declined]] by the employer.",
        ],
        (
            0.6,
            [
                "This is an automated message. Employers are not required to give a reason.",
                "Keep going - [[dozens|hundreds]] of new {role} jobs were posted on {portal} this week.",
                "Need help? Book an appointment with a career coach through {portal}.",
            ],
        ),
        [
            "{portal} | {school} Career Center\nNotification settings | Unsubscribe",
            "Sent by {portal} on behalf of {school} Career Services.",
            "{portal} Inc. | Privacy | Email settings",
        ],
        setup={
            "portal": [
                "Handshake",
                "CareerPath",
                "Hireology Campus",
                "GradLink",
                "12twenty",
                "CampusHire",
            ],
            "portaldom": ["campus-mail.net", "notifications.careerhub.io", "mail.gradlink.com"],
            "school": [
                "State University",
                "University of {city}",
                "{city} Polytechnic",
                "Riverside College",
            ],
        },
    ),
    fam(
        "br-campus-after-oncampus-interview",
        14,
        ["{rfull} <{rmail}>", "{company} University Recruiting <university@{cdomain}>"],
        [
            "Following up from your on-campus interview",
            "{company} interview - {school}",
            "Thanks for meeting us at {school}",
            "",
        ],
        hi,
        [
            "It was great meeting you at {school} [[on {date}|last week|during our campus visit]].",
            "Thank you for interviewing with us during our visit to the {school} career fair.",
        ],
        [
            "We talked to a lot of strong students, and we've decided not to invite you to the second round.",
            "Our team has finished reviewing everyone we saw on campus and we won't be extending a second-round interview to you.",
            "We've filled our intern class from this campus and are not able to move you forward.",
        ],
        (
            0.5,
            [
                "I hope you'll keep {company} in mind when you graduate.",
                "Best of luck finishing the semester.",
            ],
        ),
        bye,
        setup={
            "school": [
                "State University",
                "the University of {city}",
                "{city} Tech",
                "Northfield College",
            ]
        },
    ),
    fam(
        "br-body-only-no-subject",
        18,
        [person, "{rfirst} <{rmail}>"],
        NOSUBJ,
        ["{first} -", "Hi {first}", "Hello {first},", ""],
        [
            "just letting you know we [[won't be taking your application further|aren't going to take things further]] for the {role} job.",
            "we have made our choice for the {role} position and it is not you this time, sorry.",
            "thanks for your application to {company}, but we are going with someone else.",
            "circling back on {role}: the hiring manager has picked another applicant.",
        ],
        (
            0.5,
            [
                "Appreciated your time.",
                "Hope something good comes up soon.",
                "Thanks again for applying.",
            ],
        ),
        ["{rfirst}", "- {rfirst}", "{rfirst}\n{company}", "Sent from my phone"],
    ),
    fam(
        "br-two-line-filled",
        16,
        [person],
        ["", "", "Re: {role}", "{role}"],
        [
            "Hi {first} - we've filled the [[role|position|job]]. Thanks for your interest, and good luck!",
            "{first}, quick note: the {role} spot is taken now. Thanks so much for applying and best of luck.",
            "Hi {first}, just so you know, we hired for the {role} opening [[last week|yesterday|on {date}]]. Thank you and all the best.",
            "Hey {first} - we found our person for this one. Really appreciate you applying!",
        ],
        (0.3, ["{rfirst}", "- {rfirst}, {company}"]),
    ),
    fam(
        "br-agency-client-decision",
        16,
        ["{rfull} <{rfirst}.{rlast}@{agencydom}>", "{rfirst} at {agency} <{rfirst}@{agencydom}>"],
        ["{role} - {client} update", "Re: {role} opportunity", "Feedback from {client}", ""],
        hi,
        [
            "I've just had {client} come back to me [[about the {role} role|on your application]].",
            "I [[chased|followed up with]] the hiring manager at {client} this morning about your profile.",
        ],
        [
            "They've decided to [[progress|go ahead]] with candidates who have more [[Salesforce|AWS|IFRS|public sector|B2B SaaS]] exposure, so they won't be taking you forward.",
            "Sadly it's a no from them - they've gone with a candidate who was further along in their process.",
            "They liked your background but they won't be arranging an interview on this one.",
        ],
        (
            0.6,
            [
                "I've got a couple of similar roles landing next week, so I'll be in touch.",
                "Let's catch up for ten minutes on {date2} to talk about what else is out there.",
                "Don't let it knock you - they were very picky on this brief.",
            ],
        ),
        [
            "Speak soon,\n{rfirst}\n{agency}",
            "Thanks,\n{rfull}\nSenior Consultant | {agency}",
            "{rfirst}\n{agency} - Specialist Recruitment",
        ],
        setup={
            "agency": [
                "Hays Partners",
                "Brookfield Search",
                "Kestrel Recruitment",
                "TalentBridge",
                "Northstar People",
                "Apex Search",
            ],
            "agencydom": [
                "kestrelrec.co.uk",
                "talentbridge.io",
                "northstarpeople.com",
                "apexsearch.com",
            ],
            "client": ["my client", "the client", "{company}", "the fintech client"],
        },
    ),
    fam(
        "br-agency-cv-not-shortlisted",
        14,
        ["{agency} <applications@{agencydom}>", "{agency} Recruitment <noreply@{agencydom}>"],
        [
            "Your application via {agency}",
            "{role} ({location}) - application update",
            "Job ref {ref}",
            "",
        ],
        hi,
        [
            "Thank you for your application for the {role} position (job ref {ref}) advertised by {agency}.",
            "We have now forwarded the shortlist for {role} in {location} to our client.",
        ],
        [
            "Your CV was not included in the shortlist we sent to the client for this vacancy.",
            "Having matched applications against the client's brief, we will not be putting your CV forward this time.",
            "Unfortunately our client has not selected your CV for interview.",
        ],
        (
            0.6,
            [
                "We will keep your details on our database and contact you when a more suitable vacancy comes in.",
                "Register for job alerts on our website to hear about new roles first.",
            ],
        ),
        ["Kind regards,\nThe {agency} team", "{agency} | Recruitment Specialists"],
        setup={
            "agency": [
                "Kestrel Recruitment",
                "Meridian Staffing",
                "Blue Arrow Talent",
                "ProStaff Group",
                "Clearwater Recruitment",
            ],
            "agencydom": ["meridianstaffing.com", "prostaff.co.uk", "clearwater-rec.com"],
        },
    ),
    fam(
        "br-startup-founder-informal",
        16,
        ["{rfirst} <{rfirst}@{cdomain}>", "{rfull} <{rmail}>"],
        ["", "re: {role} at {company}", "{company} + you", "hey {first}"],
        ["hey {first},", "Hey {first}!", "{first} -", "Hi {first},"],
        [
            "{rfirst} here, one of the [[co-founders|founders]] of {company}. I [[read every application myself|go through every application personally]] so wanted to reply properly.",
            "Thanks a ton for chatting with me [[on {date}|last week|over coffee]].",
            "Really appreciated your note about {company}.",
        ],
        [
            "Honestly it was a tough call, but we're a tiny team and we ended up hiring someone who has done [[the zero-to-one thing|early-stage sales|infra at scale]] before.",
            "We're going to hold off on you for now - the stage we're at needs someone a bit more senior.",
            "I'm going to pass on this round, mostly because we have to be super careful with every hire at our size.",
        ],
        (
            0.7,
            [
                "If we raise our next round I'd love to reconnect.",
                "Happy to intro you to a couple of founder friends who are hiring if useful.",
                "Keep building cool stuff!",
            ],
        ),
        ["{rfirst}", "cheers,\n{rfirst}", "- {rfirst} (CEO, {company})"],
        sector="tech",
    ),
    fam(
        "br-startup-after-pairing",
        12,
        ["{rfull} <{rmail}>"],
        ["Re: pairing session", "After our pairing session", "{company} - next steps", ""],
        hi,
        [
            "Thanks for pairing with [[me|us|{mfirst} and me]] on {date}. It was fun to work through the [[rate limiter|queue consumer|CSV importer|auth flow]] together.",
            "Thank you for the time you put into the pair-programming exercise.",
        ],
        [
            "We debriefed as a team and we're not going to move to an offer.",
            "The team felt the session didn't show quite the depth in [[testing|system design|debugging]] we need right now, so we'll stop the process here.",
            "We've decided not to continue with your candidacy.",
        ],
        (
            0.5,
            [
                "If you'd like a few notes from the session just reply and I'll send them over.",
                "Good luck out there.",
            ],
        ),
        bye,
        sector="tech",
    ),
    fam(
        "br-non-native-formal",
        16,
        [
            "{company} HR <hr@{cdomain}>",
            "{rfull} <{rmail}>",
            "Personalabteilung {company} <personal@{cdomain}>",
        ],
        [
            "Your application as {role}",
            "Application {role} - our decision",
            "Your candidature",
            "Bewerbung / Application {role}",
        ],
        [
            "Dear {title} {last},",
            "Dear {first} {last},",
            "Dear Mrs./Mr. {last},",
            "Dear Sir or Madam,",
        ],
        [
            "We thank you very much for your interest in our company and for the sent documents.",
            "Many thanks for your application as {role} and the trust you put in our company.",
            "First we want to thank you for your application and the time you have taken.",
        ],
        [
            "After careful examination we must inform you that we cannot consider you further for this position.",
            "Regrettably we have to tell you that we decided for another candidate whose profile fits more to our requirements.",
            "We are sorry to tell you that your application could not be considered in the selection.",
        ],
        (
            0.6,
            [
                "Your documents will be deleted after [[three|six]] months according to the data protection regulation.",
                "This decision is not a judgement of your qualification.",
                "We wish you for your further professional and private way all the best.",
            ],
        ),
        [
            "With kind regards\n{rfull}\nHuman Resources",
            "Best regards\n{company} HR Department",
            "Yours sincerely\n{rfull}",
        ],
    ),
    fam(
        "br-non-native-casual",
        14,
        ["{rfull} <{rmail}>", "HR Team <hr@{cdomain}>", "{rfirst} {rlast} <{rmail}>"],
        ["Regarding your application", "About {role} position", "Result of application", ""],
        ["Dear {first},", "Hello {first},", "Dear Mr/Ms {last},"],
        [
            "Thank you for your interest to join {company}.",
            "Thanks for apply to our {role} vacancy.",
            "We have finished the screening process for the {role} position.",
        ],
        [
            "We are sorry to inform that you are not pass our screening for this position.",
            "We regret to say your profile is not match with our current need, so we cannot process further.",
            "After discussion with user, we decide not to proceed with your application at this moment.",
        ],
        (
            0.6,
            [
                "We will keep your CV in our database for future vacancy.",
                "Hope you can find suitable job soon.",
                "Thank you for understanding.",
            ],
        ),
        [
            "Best regards,\n{rfirst}\nTalent Acquisition",
            "Regards,\nHR Team {company}",
            "Thanks & Regards\n{rfull}",
        ],
    ),
    fam(
        "br-nhs-not-shortlisted",
        16,
        [
            "NHS Jobs <no-reply@jobs.nhs.uk>",
            "{trust} Recruitment <recruitment@{trustdom}>",
            "Trac Jobs <no-reply@trac.jobs>",
        ],
        [
            "Application for {role} - reference {ref}",
            "Outcome of your application - {trust}",
            "Job reference {ref}: shortlisting outcome",
            "NHS Jobs - application update",
        ],
        hi_formal,
        [
            "Thank you for applying for the post of {role} (Band [[3|4|5|6|7]]), job reference {ref}, with {trust}.",
            "Re: {role}, {trust}, reference {ref}.",
        ],
        [
            "Shortlisting for this vacancy has now taken place and I am sorry to tell you that you have not been shortlisted on this occasion.",
            "The shortlisting panel has considered all applications against the person specification and you have not been selected for interview.",
            "We regret to inform you that your application has not been successful at shortlisting stage.",
        ],
        (
            0.7,
            [
                "If you would like feedback, please contact the recruiting manager, {rfull}, quoting the job reference.",
                "The panel looked for clear evidence of each essential criterion in your supporting information.",
                "Please continue to look at NHS Jobs for other vacancies within the Trust.",
            ],
        ),
        [
            "Yours sincerely\n{trust} Recruitment Team",
            "Recruitment Services\n{trust}",
            "Kind regards\nWorkforce Team",
        ],
        setup={
            "trust": [
                "{city} Teaching Hospitals NHS Foundation Trust",
                "{city} Community Health NHS Trust",
                "North {city} NHS Trust",
                "{city} and District Mental Health Trust",
            ],
            "trustdom": ["nhs.net", "nhs.uk"],
        },
        sector="health",
    ),
    fam(
        "br-local-council",
        14,
        ["{council} HR <recruitment@{councildom}>", "{council} Jobs <jobs@{councildom}>"],
        [
            "Your application: {role} (post {ref})",
            "{council} - vacancy {ref}",
            "Application outcome",
            "",
        ],
        hi_formal,
        [
            "Thank you for applying for the vacancy of {role} with {council}.",
            "I write regarding your recent application for the post of {role}, reference {ref}.",
        ],
        [
            "The recruiting panel has now completed shortlisting and your application has not been taken forward to interview.",
            "I regret that on this occasion your application was not among those shortlisted.",
            "We received a large number of applications and the panel has not selected you for the next stage.",
        ],
        (
            0.6,
            [
                "All current vacancies are published on the council's website.",
                "We would encourage you to apply for future roles with the council.",
                "Please note we are unable to provide individual feedback at the shortlisting stage.",
            ],
        ),
        ["Yours sincerely\nHR Services\n{council}", "Regards\nRecruitment Team, {council}"],
        setup={
            "council": [
                "{city} City Council",
                "{city} Borough Council",
                "County of {city}",
                "{city} District Council",
            ],
            "councildom": ["council.gov.uk", "citycouncil.gov.uk", "county.gov"],
        },
    ),
    fam(
        "br-university-hr",
        16,
        [
            "University of {city} HR <hr-recruitment@{unidom}>",
            "{rfull} <{rfirst}.{rlast}@{unidom}>",
            "University Recruitment <jobs@{unidom}>",
        ],
        [
            "Vacancy {ref}: {post}",
            "Your application for {post}",
            "University of {city} - application outcome",
            "",
        ],
        hi_formal,
        [
            "Thank you for your application for the position of {post} in the [[School of Engineering|Department of History|Faculty of Medicine|Library Services|Estates Office]].",
            "The selection panel for {post} (vacancy {ref}) met on {date}.",
        ],
        [
            "After careful consideration of all applications, the panel has decided not to include you on the shortlist.",
            "I am writing to let you know that, on this occasion, you have not been shortlisted for interview.",
            "The field was exceptionally strong and the panel has not been able to take your application further.",
        ],
        (
            0.6,
            [
                "We are grateful for the interest you have shown in working at the University.",
                "Details of other posts can be found on the University jobs pages.",
            ],
        ),
        ["Yours sincerely\n{rfull}\nHR Officer", "Human Resources\nUniversity of {city}"],
        setup={
            "post": [
                "Lecturer in [[Economics|Chemistry|Computer Science|Law]]",
                "Research Associate",
                "Postdoctoral Research Fellow",
                "Administrative Officer",
                "Teaching Fellow",
                "Lab Technician",
                "{role}",
            ],
            "unidom": ["uni.ac.uk", "university.edu", "univ.ac.uk"],
        },
    ),
    fam(
        "br-civil-service-sift",
        14,
        [
            "Civil Service Jobs <noreply@csjobs.service.gov.uk>",
            "{dept} Recruitment <recruitment@{dept2}.gov.uk>",
        ],
        [
            "Civil Service Jobs - application {ref}",
            "Outcome of sift: {role}",
            "Your application for {role} ({dept})",
            "",
        ],
        hi_formal,
        [
            "Thank you for applying for {role} with {dept} (vacancy reference {ref}).",
            "The sift for {role} at {dept} is now complete.",
        ],
        [
            "Your application was assessed against the advertised behaviours and experience, and you did not meet the required score to progress to interview.",
            "Unfortunately you have not passed the sift stage for this campaign.",
            "The panel scored your statement and, on this occasion, your application will not progress.",
        ],
        (
            0.7,
            [
                "Your scores: Experience [[3|4]]/7, Behaviour statement [[3|2]]/7. The pass mark was 4 in each.",
                "Sign in to your Civil Service Jobs account to see your application history.",
                "Feedback is limited to the scores shown above.",
            ],
        ),
        ["Civil Service Resourcing", "{dept} Recruitment Team"],
        setup={
            "dept": [
                "the Department for Transport",
                "HM Revenue & Customs",
                "the Home Office",
                "the Ministry of Justice",
                "the Cabinet Office",
            ],
            "dept2": ["dft", "hmrc", "homeoffice", "justice", "cabinetoffice"],
        },
    ),
    fam(
        "br-retail-chain",
        16,
        [
            "{brand} Careers <careers@{branddom}>",
            "{brand} Store Recruitment <noreply@{branddom}>",
            "Store {ref} Manager <store{ref}@{branddom}>",
        ],
        [
            "Your {brand} application",
            "Thanks for applying to {brand}",
            "{store} position update",
            "",
        ],
        hi,
        [
            "Thanks for applying for the {store} position at our {city} store.",
            "Thanks for wanting to join the {brand} team in {city}!",
            "We really appreciate you applying to work with us this season.",
        ],
        [
            "We've now filled all our {store} hours for this store, so we won't be inviting you in for a chat this time.",
            "We've looked at your availability and we can't match it to the shifts we have open, so we're not taking your application forward.",
            "Our store team has chosen other colleagues for this role.",
        ],
        (
            0.6,
            [
                "There are loads of other roles at stores near you - have a look on our careers site.",
                "You're welcome to apply again for our next seasonal recruitment.",
                "As a thank you, here's 10% off your next shop: THANKS{ref}.",
            ],
        ),
        ["The {brand} Recruitment Team", "Thanks,\n{rfirst}, Store Manager", "{brand} People Team"],
        setup={
            "brand": [
                "Fresh & Co",
                "Hartley's",
                "UrbanThread",
                "Greenbasket",
                "HomeBase Plus",
                "Pennywise Stores",
            ],
            "branddom": ["freshandco.com", "hartleys.co.uk", "urbanthread.com", "greenbasket.com"],
            "store": [
                "Customer Assistant",
                "Sales Associate",
                "Team Member",
                "Seasonal Colleague",
                "Stockroom Assistant",
                "Cashier",
            ],
        },
        sector="retail",
    ),
    fam(
        "br-hospitality",
        14,
        [
            "{venue} <jobs@{venuedom}>",
            "{rfirst} at {venue} <{rfirst}@{venuedom}>",
            "{venue} Hotel Recruitment <recruitment@{venuedom}>",
        ],
        ["{venue} - your application", "Re: {hjob} application", "Application for {hjob}", ""],
        hi,
        [
            "Thanks so much for your interest in joining us at {venue}.",
            "Thank you for coming in for the trial shift on {date}.",
            "Thanks for sending your CV for the {hjob} opening.",
        ],
        [
            "We've decided to offer the position to someone with a bit more [[fine dining|banqueting|front-of-house|bar]] experience.",
            "After the trial the head chef has decided not to offer you a position at this time.",
            "We have now recruited for the {hjob} position and won't be taking your application further.",
        ],
        (
            0.5,
            [
                "We do recruit regularly, especially before summer, so keep an eye on our page.",
                "Come and see us as a guest sometime!",
            ],
        ),
        ["{rfirst}\nGeneral Manager, {venue}", "Best,\nThe {venue} team", "{rfirst}"],
        setup={
            "venue": [
                "The Anchor & Crown",
                "Harbour View Hotel",
                "Bistro Lumen",
                "The Grand {city}",
                "Olive & Ember",
                "Maple Lodge Resort",
            ],
            "venuedom": [
                "anchorcrown.co.uk",
                "harbourview.com",
                "bistrolumen.com",
                "mapleLodge.com",
            ],
            "hjob": [
                "Chef de Partie",
                "Waiter/Waitress",
                "Receptionist",
                "Bartender",
                "Housekeeping Supervisor",
                "Kitchen Porter",
                "Barista",
            ],
        },
    ),
    fam(
        "br-healthcare-clinical",
        14,
        [
            "{company} Nursing Recruitment <nursing.jobs@{cdomain}>",
            "{rfull} <{rmail}>",
            "Talent Acquisition <ta@{cdomain}>",
        ],
        [
            "Your application - {nurse}",
            "{nurse} position ({req})",
            "{company} employment application",
            "",
        ],
        hi,
        [
            "Thank you for your interest in the {nurse} opening on our [[Med-Surg|ICU|Pediatrics|Oncology|ED]] unit.",
            "Thank you for taking the time to interview with our nurse manager for the {nurse} role.",
        ],
        [
            "The unit has selected another applicant whose clinical experience more closely aligns with the needs of the unit.",
            "The hiring leader has chosen to fill the position with a candidate who holds current [[ACLS|PALS|critical care]] certification.",
            "We will not be extending an offer for this position.",
        ],
        (
            0.6,
            [
                "We have many open clinical positions across our [[hospitals|clinics|network]], and we hope you will apply for another that fits your goals.",
                "Thank you for the care you provide to patients.",
            ],
        ),
        bye,
        setup={
            "nurse": [
                "Registered Nurse",
                "RN - Night Shift",
                "Staff Nurse",
                "Medical Assistant",
                "Radiology Technologist",
                "Patient Care Technician",
                "Physiotherapist",
            ]
        },
        sector="health",
    ),
    fam(
        "br-teaching-school",
        14,
        [
            "{school} <office@{schooldom}>",
            "{rfull} <{rfirst}.{rlast}@{schooldom}>",
            "HR - {school} <hr@{schooldom}>",
        ],
        ["Teaching post - {school}", "Application: {subj} Teacher", "Re: {subj} vacancy", ""],
        hi_formal,
        [
            "Thank you for applying for the post of {subj} Teacher at {school} and for [[teaching a lesson|delivering your observed lesson|attending interview]] on {date}.",
            "Thank you for your application for the {subj} teaching position starting in September.",
        ],
        [
            "The panel has decided to appoint another candidate, and I am sorry that we are unable to offer you the post.",
            "The governors have now made an appointment to the post and, on this occasion, you were not successful.",
            "We have not shortlisted you for interview for this post.",
        ],
        (
            0.6,
            [
                "Your lesson showed real warmth with the pupils; the successful candidate had more experience of [[GCSE|A-level|SEN|primary]] teaching.",
                "We wish you every success in your teaching career.",
            ],
        ),
        ["Yours sincerely\n{rfull}\nHeadteacher", "Kind regards\n{rfull}\nSchool Business Manager"],
        setup={
            "school": [
                "{city} Academy",
                "St Anne's Primary School",
                "Riverside High School",
                "Hollybank Community College",
                "Westfield Grammar School",
            ],
            "schooldom": ["academy.sch.uk", "riverside.sch.uk", "hollybank.org.uk"],
            "subj": [
                "Mathematics",
                "English",
                "Science",
                "History",
                "Computing",
                "Primary Class",
                "Modern Languages",
                "PE",
            ],
        },
        sector="education",
    ),
    fam(
        "br-assessment-results",
        16,
        [
            "{company} Talent Acquisition <talent@{cdomain}>",
            "no-reply@{cdomain}",
            "{company} Careers <careers@{cdomain}>",
        ],
        [
            "Your application for {role}",
            "Application update - {company}",
            "{role}: assessment outcome",
            "",
        ],
        hi,
        [
            "After careful review of your application and assessment results, we have decided not to move forward with your candidacy for {role}.",
            "We have now reviewed your [[online assessment|aptitude test|coding challenge|situational judgement test]] alongside your application, and regret that we will not be progressing you to the next stage.",
            "Your [[numerical|verbal|logical]] reasoning result did not meet the benchmark for this role, so we are unable to take your application further.",
        ],
        (
            0.6,
            [
                "Because our assessments are standardised, we are not able to share individual scores.",
                "You may reapply after [[six|twelve]] months.",
                "We appreciate the time you spent completing the assessment.",
            ],
        ),
        bye_team,
    ),
    fam(
        "br-after-takehome",
        16,
        [person, "{company} Engineering Hiring <eng-hiring@{cdomain}>"],
        ["Re: take-home assignment", "Your {company} take-home", "{role} - take-home review", ""],
        hi,
        [
            "Thanks for the [[work|effort|time]] you put into the take-home [[assignment|project|exercise]].",
            "Our reviewers have looked at the [[repo|submission|notebook|case study]] you sent on {date}.",
        ],
        [
            "It was a close call, but we've decided not to advance you to the onsite.",
            "The reviewers felt the submission didn't quite meet the bar we set for this level, so we will not be continuing.",
            "We won't be moving on to the next round with you.",
        ],
        (
            0.7,
            [
                "Some feedback: the core logic was solid but there were no tests around the edge cases, and the README left out how to run it.",
                "Reviewers liked your clear write-up; the main gap was handling of [[concurrency|missing data|error cases]].",
                "We know take-homes take real time, so thank you.",
            ],
        ),
        bye,
        sector=["tech", "data"],
    ),
    fam(
        "br-after-onsite",
        16,
        [person],
        ["Following your onsite", "{company} - final interviews", "Re: onsite on {date}", ""],
        hi,
        [
            "Thank you for spending the day with us [[on {date}|last week|on Thursday]] and meeting [[so much of the team|{mfirst} and the panel|four of our engineers]].",
            "I wanted to reach out personally after your final round for {role}.",
        ],
        [
            "The panel met yesterday and we've decided to extend the offer to another finalist.",
            "This was one of the hardest decisions we've had this quarter, and in the end we're not going to move forward with an offer.",
            "We've concluded the loop and the team will not be proceeding with your candidacy.",
        ],
        (
            0.6,
            [
                "You were very strong in the [[system design|product sense|stakeholder]] conversation.",
                "I'd be glad to keep in touch; roles open on this team fairly often.",
                "If you'd like a call to talk through the feedback, I'm happy to set one up.",
            ],
        ),
        bye,
    ),
    fam(
        "br-feedback-bundled",
        16,
        [person, "{company} Recruiting <recruiting@{cdomain}>"],
        [
            "Feedback on your interview",
            "{role} - decision and feedback",
            "Your interview with {company}",
            "",
        ],
        hi,
        [
            "Thank you for interviewing for {role}. We promised you feedback, so here it is alongside our decision.",
            "I've collected the interviewers' notes from your conversations on {date}.",
        ],
        [
            "We won't be offering you the role this time.",
            "The decision is not to proceed.",
            "We're going to continue with other candidates.",
        ],
        [
            "What went well:\n- [[Clear communication|Strong examples from your last job|Good structure in the case]]\n- [[Thoughtful questions for the team|Solid fundamentals|Calm under pressure]]\n\nWhere we needed more:\n- [[Depth on data modelling|Quantifying impact|Experience managing a team|Familiarity with our regulatory environment]]",
            "Feedback summary: the panel rated you highly on [[collaboration|curiosity|craft]] but felt you needed more hands-on experience with [[stakeholder management|production incidents|budget ownership]].",
        ],
        (
            0.4,
            [
                "I hope this is useful for your next interviews.",
                "Please don't hesitate to apply again in the future.",
            ],
        ),
        bye,
    ),
    fam(
        "br-survey-link",
        14,
        ["{company} Recruiting <no-reply@{cdomain}>", "{company} Talent Team <talent@{cdomain}>"],
        ["Your application to {company}", "{role} update", "Thank you from {company}", ""],
        hi,
        [
            "Thank you for taking part in our hiring process for {role}.",
            "We appreciate your interest in {role} at {company}.",
        ],
        [
            "We have decided to move forward with other applicants at this stage.",
            "While your background is impressive, we've chosen not to proceed with your application.",
            "We will not be taking your application to the next step.",
        ],
        [
            "We're always trying to improve how we hire. Would you spend two minutes telling us about your experience?\nTake the candidate survey: https://survey.{cdomain}/c/{tok}",
            "Help us do better: rate your candidate experience (3 questions, anonymous)\n[ Start survey ]",
            "Your feedback matters. Share how we did: https://{cslug}.surveys.io/{tok}",
        ],
        bye_team,
    ),
    fam(
        "br-other-roles-encourage",
        16,
        ["{company} Careers <careers@{cdomain}>", person],
        ["About your application", "{role} at {company}", "Other roles at {company}", ""],
        hi,
        [
            "Thanks for your application for {role}. We've decided to continue with other candidates for this one.",
            "Your application for {role} won't be moving forward, but we didn't want to stop there.",
            "This particular opening isn't going to work out, as we've chosen someone else.",
        ],
        [
            "We currently have openings for [[{role} II|Associate {role}|Operations Analyst|Customer Success Manager]] and [[Program Coordinator|Data Analyst|Support Engineer]] that might suit you - see the links below.",
            "We encourage you to apply for future openings that match your skills; new jobs are posted every week.",
            "Take a look at our other open positions; many of our hires applied more than once.",
        ],
        (
            0.7,
            [
                "- {role} (Senior) - {location}\n- Business Analyst - Remote\n- See all jobs: https://careers.{cdomain}",
                "Set up a job alert at careers.{cdomain} to hear about new roles.",
            ],
        ),
        bye_team,
    ),
    fam(
        "br-role-closed",
        14,
        [
            "no-reply@{cdomain}",
            "{company} Recruiting <recruiting@{cdomain}>",
            "{company} <jobs@{cdomain}>",
        ],
        ["{role} ({req}) has closed", "Job posting closed", "Update: {role}", ""],
        hi,
        [
            "We have now closed the {role} role you applied for [[in {month}|earlier this year|on our careers site]].",
            "The {role} posting ({req}) is no longer open and we have completed recruitment.",
            "Recruitment for {role} has finished.",
        ],
        [
            "As a result, your application will not be considered further.",
            "Applications that were not progressed, including yours, have been closed.",
            "Your application is now closed and no further action is needed.",
        ],
        (
            0.5,
            [
                "Thank you for your interest in {company}.",
                "You can find current vacancies on our careers page.",
            ],
        ),
        bye_team,
    ),
    fam(
        "br-requisition-withdrawn",
        14,
        [person, "{company} Talent Acquisition <ta@{cdomain}>"],
        [
            "{role} - requisition cancelled",
            "Update on the {role} opening",
            "Change to the {role} role",
            "",
        ],
        hi,
        [
            "I'm sorry to share that the {role} requisition has been withdrawn [[by the business|following a budget review|after an internal restructure]].",
            "The hiring manager has decided not to fill the {role} position this year.",
            "The {role} opening has been put on hold indefinitely and removed from our site.",
        ],
        [
            "This means we will not be continuing the process with you or any other applicant.",
            "So we're closing out all candidates in the process, including you.",
            "Your application will be closed as a result.",
        ],
        (
            0.5,
            [
                "This is no reflection on you - you were a strong candidate.",
                "If the role reopens, I'll reach out.",
            ],
        ),
        bye,
    ),
    fam(
        "br-positive-framing",
        16,
        [person, "{company} Talent <talent@{cdomain}>"],
        ["Your interview with {company}", "{role}", "Thank you, {first}", ""],
        hi,
        [
            "We were [[really|genuinely|truly]] impressed by [[your portfolio|your experience at {company2}|the way you approached the case|your energy in the interviews]].",
            "Everyone who met you spoke highly of your [[curiosity|craft|communication]].",
        ],
        [
            "However, we've decided to offer the role to a candidate whose experience lines up more closely with what the team needs right now.",
            "That said, after comparing all the finalists, we've chosen to go with someone else for this position.",
            "However, this time we will not be moving forward with you.",
        ],
        (
            0.6,
            [
                "We would love to stay in touch and hope our paths cross again.",
                "I'm confident you'll land somewhere great.",
            ],
        ),
        bye,
        setup={
            "company2": ["your current company", "your last role", "your startup", "the agency"]
        },
    ),
    fam(
        "br-thread-reply-after-scheduling",
        16,
        [person],
        [
            "Re: {role} - next steps",
            "RE: Interview availability",
            "Re: {company} interview",
            "Re: Thanks for your time",
        ],
        ["Hi {first},\n\n", "{first},\n\n", "Hello {first},\n\n"],
        [
            "Sorry for the delay getting back to you. The hiring team has met and we're not going to be moving forward to the next round.",
            "Thanks for your patience. After comparing notes with the panel, we're going to close your candidacy for this role.",
            "Following up on my message below: we've decided to proceed with a different candidate.",
        ],
        (0.4, ["Thanks again for your time.", "Wishing you the best."]),
        bye,
        quoted(
            [
                "Hi {first},\n\nThanks for speaking with {mfirst} today. I'll share feedback with you by the end of next week.\n\n{rfirst}",
                "Hi {first}, the panel is interviewing two more people this week and we'll have an update for you after that.\n\nBest,\n{rfirst}",
                "Hi {first}! Great to meet you. I'll be in touch once we've spoken to all candidates.",
            ]
        ),
    ),
    fam(
        "br-thread-reply-candidate-asked",
        14,
        [person],
        [
            "Re: Checking in - {role}",
            "RE: {role} follow up",
            "Re: Application status",
            "RE: Re: {role}",
        ],
        ["Hi {first} -", "Hey {first},", "Dear {first},"],
        [
            "Thanks for chasing, and sorry we were slow. We did look at your application and unfortunately didn't select you for interview.",
            "Good question - the short answer is we've offered the job to someone else. I should have written sooner.",
            "Appreciate the nudge. The team has reviewed the shortlist and you weren't on it this time.",
        ],
        bye,
        quoted(
            [
                "Hi {rfirst},\n\nI hope you're well. I applied for the {role} role on {date2} and wanted to check on the status of my application.\n\nThanks,\n{first}",
                "Hello, just following up on my application for {role}. Is the role still open?\n\nBest regards,\n{full}",
            ],
            who="{full} <{cmail}>",
        ),
    ),
    fam(
        "br-ats-html-buried-A",
        16,
        ORG,
        ["Your application to {company}", "{company} | Application update", "{role} - {req}", ""],
        header,
        hi,
        [
            "Thank you for your interest in {company} and the {role} position ({req}).",
            "Thanks for applying to {role} in {location}.",
        ],
        [
            "We received applications from many talented people and, after review, yours is not one we will be progressing.",
            "Having reviewed your background against the requirements, we have decided to pursue other applicants whose experience is more aligned.",
            "After reviewing your profile, the hiring team has decided not to invite you for an interview.",
        ],
        (
            0.5,
            [
                "Your profile remains in our talent community, and you may apply to other roles at any time.",
                "We hope you'll visit our careers site again.",
            ],
        ),
        bye_team,
        footer,
        footer,
    ),
    fam(
        "br-ats-html-buried-B",
        16,
        ORG,
        [
            "Application status: {role}",
            "Message from {company}",
            "Important information about your application",
            "",
        ],
        header,
        [
            "APPLICATION STATUS\n------------------\nPosition: {role}\nRequisition: {req}\nLocation: {location}\nStatus: [[Closed - Not Selected|Not Progressed|Unsuccessful|Closed]]",
            "Position | {role}\nReference | {req}\nUpdated | {date}\nStatus | [[Not selected|Declined|Closed]]",
        ],
        hi,
        [
            "We appreciate the time you invested in applying.",
            "Thank you for considering a career with {company}.",
        ],
        (0.6, ["Explore more roles [ Search jobs ]", "[ Sign in to view your applications ]"]),
        footer,
    ),
    fam(
        "br-talent-pool-keep-on-file",
        14,
        ORG + [person],
        ["{role} - update", "Your application", "Talent pool - {company}", ""],
        hi,
        [
            "We won't be offering you an interview for {role}, but we'd like to add your profile to our talent pool.",
            "Your application for {role} has not been successful, however we were keen to hold on to your details.",
            "While we are not progressing your application for {role}, we liked what we saw.",
        ],
        [
            "With your permission we'll keep your CV for [[12|24]] months and contact you if a similar position opens.",
            "If you'd rather we didn't keep your details, just reply and we'll delete them.",
            "We review the talent pool whenever new roles open.",
        ],
        bye,
    ),
    fam(
        "br-after-phone-screen",
        16,
        [person],
        ["Re: our call", "Thanks for the call, {first}", "{company} - phone screen", ""],
        hi,
        [
            "Thanks again for the [[20|30|quick]]-minute call [[on {date}|yesterday|this morning]] about {role}.",
            "It was nice speaking with you earlier this week.",
        ],
        [
            "I shared my notes with the hiring manager and we've decided not to set up the next interview.",
            "After talking it through, we think the role needs more [[people management|enterprise sales|Kubernetes|clinical trials]] experience than you've had so far, so we won't be moving ahead.",
            "The team has decided to focus on candidates who are based closer to {location}, so we won't continue.",
        ],
        (0.5, ["Best of luck with everything.", "Feel free to connect on LinkedIn."]),
        bye,
    ),
    fam(
        "br-video-interview",
        14,
        [
            "{company} Recruitment <no-reply@{cdomain}>",
            "{company} Early Careers <earlycareers@{cdomain}>",
        ],
        [
            "Video interview outcome",
            "Your {company} video interview",
            "{role} - digital interview",
            "",
        ],
        hi,
        [
            "Thank you for completing the [[recorded|one-way|digital]] video interview for {role}.",
            "We have now reviewed the video interview you submitted on {date}.",
        ],
        [
            "Based on our assessment of your responses, you have not been selected to progress to the next stage.",
            "Your responses were reviewed by our assessors and we are unable to take your application further at this point.",
            "We are sorry to let you know that we will not be inviting you to the final stage.",
        ],
        (
            0.5,
            [
                "Thank you for the time you took to record your answers.",
                "You can apply for our programmes again next year.",
            ],
        ),
        bye_team,
    ),
    fam(
        "br-law-vacation-scheme",
        14,
        [
            "{firm} Graduate Recruitment <graduate.recruitment@{firmdom}>",
            "{firm} Trainee Recruitment <trainees@{firmdom}>",
        ],
        [
            "{firm} - Vacation Scheme {year}",
            "Training Contract application",
            "Your application to {firm}",
            "",
        ],
        hi_formal,
        [
            "Thank you for your application for a place on our {year} [[Summer Vacation Scheme|Winter Vacation Scheme|Training Contract]].",
            "Thank you for applying to {firm}.",
        ],
        [
            "We have considered your application carefully and regret that we are not able to offer you a place on this occasion.",
            "We are sorry to let you know that we will not be inviting you to our assessment day.",
            "We received over [[2,000|3,500]] applications for [[40|60]] places and have been unable to progress your application.",
        ],
        (
            0.5,
            [
                "Please do consider applying to us again in a future recruitment round.",
                "We wish you every success in your legal career.",
            ],
        ),
        ["Yours sincerely\nGraduate Recruitment Team\n{firm}"],
        setup={
            "firm": [
                "Ashworth Lane LLP",
                "Mercer Holloway",
                "Gray & Fenwick LLP",
                "Kingsbury Walsh",
            ],
            "firmdom": ["ashworthlane.com", "mercerholloway.com", "grayfenwick.law"],
        },
        sector="legal",
    ),
    fam(
        "br-consulting-case",
        14,
        ["{firm} Recruiting <recruiting@{firmdom}>", "{rfull} <{rfirst}.{rlast}@{firmdom}>"],
        [
            "{firm} - first round outcome",
            "Your interviews with {firm}",
            "{firm} Associate recruiting",
            "",
        ],
        hi,
        [
            "Thank you for participating in our first-round case interviews on {date}.",
            "Thanks for the time you spent with {firm} during our [[Associate|Business Analyst|Summer Associate]] interviews.",
        ],
        [
            "Following our evaluation, we will not be extending an invitation to the second round.",
            "The interviewers felt your case work didn't yet show the structuring and synthesis we look for, so we won't be moving forward.",
            "We're sorry to tell you that you have not been selected for the final round.",
        ],
        (
            0.6,
            [
                "Your interviewers noted strong quantitative work on the [[market sizing|profitability|pricing]] case.",
                "We hope you'll consider {firm} again in the future.",
            ],
        ),
        bye,
        setup={
            "firm": [
                "Calloway Partners",
                "Brightline Strategy",
                "Redstone Consulting",
                "Meridian & Co",
            ],
            "firmdom": ["calloway.com", "brightlinestrategy.com", "redstone-consult.com"],
        },
    ),
    fam(
        "br-postdoc-research",
        12,
        ["{rfull} <{rfirst}.{rlast}@{unidom}>", "Prof. {rlast} <{rlast}@{unidom}>"],
        [
            "Postdoc position in my lab",
            "Re: Research Associate application",
            "Your application - {lab} group",
            "",
        ],
        ["Dear {first},", "Dear Dr. {last},", "Dear {first} {last},"],
        [
            "Thank you for applying to the postdoctoral position in the {lab} group, and for your interest in our work on [[single-cell genomics|battery materials|computational linguistics|climate modelling]].",
            "Many thanks for the interview and research talk last {weekday}.",
        ],
        [
            "I received many excellent applications and have now offered the post to a candidate whose background is closer to the project's immediate needs.",
            "After much deliberation I have decided to offer the position to another applicant.",
            "I regret that I am unable to offer you the position.",
        ],
        (
            0.6,
            [
                "Your work on [[active learning|thin films|morphology]] is impressive, and I am sure you will find an excellent position soon.",
                "Please do stay in touch; I expect to advertise another position next year.",
            ],
        ),
        ["Best wishes,\n{rfull}", "With kind regards,\nProf. {rfull}"],
        setup={
            "lab": ["{rlast}", "Computational Biology", "Materials Chemistry", "Applied Language"],
            "unidom": ["uni.ac.uk", "university.edu", "tu-example.de"],
        },
    ),
    fam(
        "br-usajobs-style",
        12,
        ["USAJOBS <no-reply@usajobs.gov>", "{agencyus} Human Resources <hr@{agencyusdom}>"],
        [
            "Application status update - announcement {ref}",
            "Notice of results: {role}",
            "USAJOBS - your application",
            "",
        ],
        ["Dear {first} {last}:", "Dear Applicant:"],
        [
            "Thank you for your interest in the position of {role}, announcement number {ref}, with {agencyus}.",
            "Your application for announcement {ref} has been reviewed.",
        ],
        [
            "You were found qualified for the position; however, you were not among the top candidates referred to the selecting official.",
            "Your application was referred to the hiring manager, but you were not selected for this position.",
            "Based on your responses to the assessment questionnaire, you were rated ineligible for this position.",
        ],
        (
            0.6,
            [
                "You can check the status of your application in your USAJOBS account.",
                "This notice closes your application for this announcement.",
            ],
        ),
        ["Human Resources Office\n{agencyus}"],
        setup={
            "agencyus": [
                "the Department of Veterans Affairs",
                "the Department of the Interior",
                "the National Park Service",
                "the Social Security Administration",
            ],
            "agencyusdom": ["va.gov", "doi.gov", "ssa.gov"],
        },
    ),
    fam(
        "br-warehouse-hourly",
        14,
        [
            "{company} Hiring <hiring@{cdomain}>",
            "{company} Jobs <no-reply@{cdomain}>",
            "text-alerts@{cdomain}",
        ],
        [
            "Your {company} job application",
            "Application update - {shift} shift",
            "{company}: warehouse associate",
            "",
        ],
        ["Hi {first},", "Hello {first},", ""],
        [
            "Thanks for applying for [[Warehouse Associate|Picker/Packer|Forklift Operator|Delivery Driver]] at our {city} site.",
            "Thank you for your interest in {shift} shift work with {company}.",
        ],
        [
            "All {shift} shift positions at this site are currently filled, so we cannot move your application forward.",
            "We are not able to offer you a start date at this location.",
            "Your application was not selected for this hiring event.",
        ],
        (
            0.6,
            [
                "Other sites near you are still hiring. Search by zip code on our jobs page.",
                "Reply STOP to opt out of hiring messages.",
            ],
        ),
        ["- {company} Hiring Team", "{company} Talent"],
        setup={"shift": ["night", "weekend", "day", "early", "seasonal"]},
        sector="ops",
    ),
    fam(
        "br-call-centre-volume",
        12,
        ["{company} Customer Service Careers <csjobs@{cdomain}>", "no-reply@{cdomain}"],
        ["Customer Service Advisor application", "{company} - contact centre recruitment", ""],
        hi,
        [
            "Thanks for your application to join our contact centre team in {city}.",
            "Thank you for completing our telephone assessment for the Customer Service Advisor role.",
        ],
        [
            "We've reviewed your application and, on this occasion, we won't be progressing you to the next stage.",
            "Your telephone assessment didn't meet the standard we need for this role.",
            "The training intake for {month} is now full and we can't take your application further.",
        ],
        (
            0.5,
            [
                "You're welcome to reapply in [[three|six]] months.",
                "Thanks for your interest in working with us.",
            ],
        ),
        bye_team,
    ),
    fam(
        "br-internal-candidate",
        12,
        ["{rfull} <{rmail}>", "Internal Mobility <internal.mobility@{cdomain}>"],
        [
            "Internal application - {role}",
            "Your internal move to {team}",
            "{role} (internal posting {req})",
            "",
        ],
        hi,
        [
            "Thanks for putting yourself forward for the {role} position in the {team} team. We love seeing colleagues grow internally.",
            "Thank you for applying for internal posting {req}.",
        ],
        [
            "The hiring manager has selected another candidate for the role.",
            "After the interviews, {mfirst} has decided to appoint someone else.",
            "You were not selected for this internal vacancy.",
        ],
        (
            0.6,
            [
                "Your line manager has been told so you can talk about development options together.",
                "Please speak to your HR Business Partner if you'd like feedback.",
                "Keep an eye on the internal jobs board for new openings.",
            ],
        ),
        bye,
    ),
    fam(
        "br-contract-freelance",
        14,
        ["{rfull} <{rmail}>", "{rfirst} <{rmail}>"],
        ["Re: {role} contract ([[6|3|12]] months)", "Contract role update", "Re: day rate", ""],
        hi,
        ["Quick update on the {role} contract.", "Thanks for the CV and rate for the {role} gig."],
        [
            "The client went with a contractor who could start [[Monday|immediately|next week]], so I'm afraid it's not one for you.",
            "They've decided to go with someone inside IR35 at a lower day rate, so they won't be taking you forward.",
            "The hiring manager has filled it with their preferred freelancer.",
        ],
        (
            0.5,
            ["I'll keep you posted on anything similar.", "Are you still available from {date2}?"],
        ),
        bye,
    ),
    fam(
        "br-nonprofit",
        12,
        ["{charity} <jobs@{charitydom}>", "{rfull} <{rfirst}@{charitydom}>"],
        ["Your application to {charity}", "{charity} - {role} vacancy", ""],
        hi,
        [
            "Thank you for your interest in working with {charity} and for the care you put into your application.",
            "We are grateful for your application for our {role} role.",
        ],
        [
            "We had a very strong response and, on this occasion, we won't be inviting you to interview.",
            "We are sorry to say that we have decided not to take your application further.",
            "We have offered the role to another applicant.",
        ],
        (
            0.5,
            [
                "We hope you will stay connected with our work as a supporter or volunteer.",
                "Our small team is not able to give individual feedback, but we read every application.",
            ],
        ),
        bye,
        setup={
            "charity": [
                "Open Doors Trust",
                "River Rescue",
                "Kind Hands Foundation",
                "The Literacy Project",
            ],
            "charitydom": ["opendoors.org", "riverrescue.org.uk", "kindhands.org"],
        },
    ),
    fam(
        "br-creative-portfolio",
        14,
        [person, "{company} Studio <studio@{cdomain}>"],
        ["Portfolio review - {dsgn}", "Re: {dsgn} application", "Your portfolio", ""],
        hi,
        [
            "Thanks for sharing your portfolio with us for the {dsgn} role.",
            "Our creative directors reviewed your book this week.",
        ],
        [
            "There's a lot to like, but your work leans more towards [[brand|print|UX|motion]] than the [[product|illustration|3D|editorial]] focus we need, so we're passing this time.",
            "We've decided to move forward with designers whose portfolios are closer to our current client work.",
            "We won't be taking your application further at this point.",
        ],
        (
            0.5,
            [
                "The [[packaging|poster series|app redesign]] case study really stood out.",
                "We'll be hiring juniors again in the spring.",
            ],
        ),
        bye,
        setup={
            "dsgn": [
                "Junior Designer",
                "Motion Designer",
                "Product Designer",
                "Art Director",
                "Illustrator",
                "Copywriter",
            ]
        },
        sector="marketing",
    ),
    fam(
        "br-games-art-test",
        12,
        [person, "{studio} Recruitment <jobs@{studiodom}>"],
        ["{studio} - art test results", "Re: {role} art test", "Your {studio} application", ""],
        hi,
        [
            "Thanks for completing the [[environment|character|level design|animation]] test for {studio}.",
            "The leads have gone through every art test submitted for the {role} opening.",
        ],
        [
            "We've decided not to progress with your application this time.",
            "Your test was solid, but the lead chose applicants with more shipped titles.",
            "We won't be inviting you to the studio interview.",
        ],
        (
            0.5,
            [
                "Keep polishing that portfolio - we reopen roles after each milestone.",
                "Thanks for the time you put into the test.",
            ],
        ),
        bye,
        setup={
            "studio": [
                "Pixel Forge",
                "Northlight Games",
                "Tidewater Interactive",
                "Bramble Studios",
            ],
            "studiodom": ["pixelforge.gg", "northlight.games", "bramble.studio"],
        },
    ),
    fam(
        "br-overqualified",
        12,
        [person, "{company} HR <hr@{cdomain}>"],
        ["{role} application", "Re: {role}", ""],
        hi,
        [
            "Thank you for applying for {role}; your CV shows a lot of experience.",
            "Thanks for your interest in the {role} position.",
        ],
        [
            "Honestly, we think your background is well beyond what this role offers and we don't want to bring you into a position you'd outgrow quickly, so we're not progressing.",
            "The position is a junior one and the panel felt your experience exceeds its scope, so we have decided not to move forward.",
            "We've decided to pursue applicants at an earlier stage of their careers for this entry-level post.",
        ],
        (
            0.5,
            [
                "If a more senior post opens we will let you know.",
                "We appreciate your understanding.",
            ],
        ),
        bye,
    ),
    fam(
        "br-visa-sponsorship",
        12,
        [person, "{company} Recruiting <recruiting@{cdomain}>"],
        ["{role} - right to work", "Re: your application", "Sponsorship question", ""],
        hi,
        [
            "Thanks for confirming you would need visa sponsorship for the {role} position.",
            "Thank you for your application for {role} in {location}.",
        ],
        [
            "As we're not able to sponsor visas for this role, we can't continue with your application.",
            "This position is not eligible for sponsorship, so we won't be able to progress your candidacy.",
            "Because the role requires existing work authorisation, we'll have to close your application.",
        ],
        (
            0.5,
            [
                "If your status changes, please do apply again.",
                "I'm sorry this wasn't better news.",
            ],
        ),
        bye,
    ),
    fam(
        "br-location-mismatch",
        12,
        [person],
        ["Re: {role} (onsite)", "{role} location", ""],
        hi,
        [
            "Thanks for your application. I noticed you're based some way from {location}.",
            "Thanks for applying to our {role} opening in {location}.",
        ],
        [
            "This role is fully on-site five days a week, and we've decided to focus on local candidates, so we won't be moving forward with you.",
            "Since we can't offer remote or relocation support for this role, we're going to close your application.",
            "We're only able to consider people already living near the office for this one, sorry.",
        ],
        (0.4, ["If we open a remote role, I'll reach out.", "Good luck with the search."]),
        bye,
    ),
    fam(
        "br-salary-mismatch",
        12,
        [person],
        ["Re: compensation expectations", "{role} - budget", "Re: {role}", ""],
        hi,
        [
            "Thanks for being open about your salary expectations on our call.",
            "I took your compensation expectations back to the hiring manager.",
        ],
        [
            "The range you shared is well above the budget for this role, so we won't be taking things further.",
            "We're not able to get close to that number, so I think it's best if we part ways on this one.",
            "Unfortunately the band is fixed and doesn't stretch that far, so we'll stop the process here.",
        ],
        (
            0.4,
            [
                "If budgets change later in the year I'll reach out.",
                "Thanks for your understanding.",
            ],
        ),
        bye,
    ),
    fam(
        "br-hiring-freeze",
        14,
        [person, "{company} Talent Acquisition <talent@{cdomain}>"],
        ["{role} - hiring paused", "Update from {company}", "Hiring freeze", ""],
        hi,
        [
            "I wanted to let you know about a change at {company}: we've paused all external hiring [[until further notice|for the rest of the year|while we review our plans]].",
            "Our leadership has announced a freeze on new hires, effective immediately.",
        ],
        [
            "That means we have to stop the {role} process, and we won't be able to make you an offer.",
            "As a result we are closing all open searches, including yours for {role}.",
            "Sadly this means we can't continue with your application.",
        ],
        (
            0.5,
            [
                "I'm sorry to bring this news after all your effort.",
                "If hiring resumes we would be happy to hear from you again.",
            ],
        ),
        bye,
    ),
    fam(
        "br-role-eliminated-reorg",
        12,
        [person],
        ["Re: {role} - update", "A difficult update", ""],
        hi,
        [
            "After your interviews we went through an internal reorganisation, and the {role} position no longer exists in the new structure.",
            "The team you interviewed with is being merged with {team}, and the {role} role has been removed.",
        ],
        [
            "So, regrettably, we will not be moving forward with any candidate, including you.",
            "We're therefore ending the search and will not be extending offers.",
            "That means there's no role to offer you, I'm sorry.",
        ],
        bye,
    ),
    fam(
        "br-offer-accepted-elsewhere",
        14,
        [person, "{company} Recruiting <recruiting@{cdomain}>"],
        ["{role} - closing the loop", "Update on {role}", ""],
        hi,
        [
            "I wanted to close the loop: we extended an offer for {role} [[last week|on {date}|a few days ago]] and the candidate has accepted.",
            "We've now made a hire for {role}; our chosen candidate signed on {date}.",
        ],
        [
            "So we won't be continuing your application.",
            "That concludes our search, and we'll be closing your application.",
            "This means we won't be scheduling the next interview with you.",
        ],
        (
            0.5,
            [
                "Thank you for all the time you invested with us.",
                "Your interviews were strong and it was close.",
            ],
        ),
        bye,
    ),
    fam(
        "br-reserve-list-expired",
        10,
        ["{company} Recruitment <recruitment@{cdomain}>", "HR Services <hr@{cdomain}>"],
        ["Reserve list - {role}", "Your place on our reserve list", ""],
        hi_formal,
        [
            "Following your interview for {role}, you were placed on our reserve list in case further vacancies arose.",
            "You have been on the reserve list for {role} since {month}.",
        ],
        [
            "The reserve list has now expired and no further appointments will be made from it, so your application is now closed.",
            "No further posts became available during the reserve period and your candidacy has now ended.",
            "We are now closing the reserve list and will not be able to offer you a post from it.",
        ],
        (
            0.5,
            [
                "We would welcome an application from you for future vacancies.",
                "Thank you for your patience during this period.",
            ],
        ),
        bye_team,
    ),
    fam(
        "br-airline-cabin-crew",
        12,
        [
            "{airline} Cabin Crew Recruitment <cabincrew@{airlinedom}>",
            "{airline} Careers <careers@{airlinedom}>",
        ],
        ["Cabin Crew assessment day - outcome", "Your {airline} Cabin Crew application", ""],
        hi,
        [
            "Thank you for attending our cabin crew assessment day in {city}.",
            "Thank you for your interest in flying with {airline} as a member of our cabin crew.",
        ],
        [
            "We're sorry to tell you that you have not been successful on this occasion.",
            "Our assessors have reviewed every candidate from the day, and we won't be offering you a place on our next training course.",
            "After reviewing your online application, we won't be inviting you to an assessment day.",
        ],
        (
            0.5,
            [
                "You can reapply after [[six|twelve]] months.",
                "We wish you every success in the future.",
            ],
        ),
        ["Kind regards,\n{airline} Cabin Crew Recruitment"],
        setup={
            "airline": ["SkyMeridian", "Northern Air", "BlueCrest Airways", "AeroLink"],
            "airlinedom": ["skymeridian.com", "northernair.co.uk", "bluecrest.aero"],
        },
    ),
    fam(
        "br-student-parttime-campus",
        12,
        ["Student Jobs <studentjobs@{unidom}>", "{rfull} <{rfirst}.{rlast}@{unidom}>"],
        ["Student Ambassador application", "Your application - {sjob}", "Campus job update", ""],
        hi,
        [
            "Thanks for applying to be a {sjob} this year.",
            "Thank you for your interest in working on campus as a {sjob}.",
        ],
        [
            "We had so many brilliant students apply, and we're sorry we can't offer you a role this time.",
            "We've now recruited our team for this term and we won't be able to take you on.",
            "After looking at all the applications, we haven't selected you for an interview.",
        ],
        (
            0.5,
            [
                "New student roles are posted every term on the careers portal.",
                "Thanks for wanting to get involved!",
            ],
        ),
        ["Student Employment Team", "{rfirst}\nOutreach Office"],
        setup={
            "sjob": [
                "Student Ambassador",
                "Library Assistant",
                "Peer Mentor",
                "Open Day Guide",
                "Residence Assistant",
                "Research Assistant",
            ],
            "unidom": ["uni.ac.uk", "university.edu"],
        },
    ),
    fam(
        "br-edtech-tutor",
        12,
        ["{company} Tutor Recruitment <tutors@{cdomain}>", "no-reply@{cdomain}"],
        ["Your tutor application", "{company} tutor screening", ""],
        hi,
        [
            "Thank you for applying to tutor {subj2} with {company}.",
            "Thanks for completing your subject test and demo lesson.",
        ],
        [
            "We're currently not onboarding new tutors for {subj2}, so we can't accept your application right now.",
            "Based on your demo lesson, we won't be adding you to our tutor community at this time.",
            "Your application hasn't been approved.",
        ],
        (0.5, ["You can apply again in 90 days.", "Thanks for wanting to help students learn."]),
        bye_team,
        setup={
            "subj2": ["GCSE Maths", "SAT prep", "A-level Chemistry", "Python", "English", "Physics"]
        },
        sector="education",
    ),
    fam(
        "br-pharma-lab",
        12,
        ["{company} Talent Acquisition <talent@{cdomain}>", person],
        ["{labrole} ({req})", "Your application - {company} R&D", ""],
        hi,
        [
            "Thank you for applying for the {labrole} position in our {city} laboratory.",
            "Thanks for interviewing for {labrole} with our [[QC|Analytical Development|Bioprocess|Formulation]] team.",
        ],
        [
            "We've selected a candidate with more GMP experience, so we won't be moving your application forward.",
            "The team has decided to proceed with other candidates for this position.",
            "We have now closed recruitment for this role and your application was not successful.",
        ],
        (
            0.5,
            [
                "Please check our site regularly for new scientific roles.",
                "Thank you for your interest in our mission.",
            ],
        ),
        bye,
        setup={
            "labrole": [
                "Laboratory Technician",
                "QC Analyst",
                "Research Scientist I",
                "Process Development Associate",
                "Clinical Research Associate",
            ]
        },
        sector="health",
    ),
    fam(
        "br-linkedin-dm-style",
        14,
        ["{rfull} via LinkedIn <messages-noreply@linkedin.com>", "{rfull} <{rmail}>"],
        ["{rfull} sent you a message", "New message from {rfull}", "", "Re: {role}"],
        ["{rfull}\n{rtitle} at {company}\n\n", ""],
        [
            "Hi {first}, thanks for connecting and for sending over your info! I passed it to the team but they've decided not to move ahead for {role}. Wishing you luck!",
            "Hey {first} - following up on your application for {role}. The hiring manager reviewed and decided to go with other folks this time. Thanks so much!",
            "Hi {first}, appreciate your message. Sadly we've closed {role} with another hire. Let's stay connected!",
        ],
        (
            0.6,
            [
                "View message | Reply\n\nYou are receiving Messages notifications. Unsubscribe\nLinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085"
            ],
        ),
    ),
    fam(
        "br-terse-one-line",
        14,
        ["{rfirst} <{rmail}>", "{rmail}"],
        ["", "", "Re: {role}", "re: application"],
        [
            "Not moving forward on this one, {first}. Thanks though.",
            "{first} - sorry, it's a no from the team on {role}.",
            "We've passed on your application, {first}. Best.",
            "No go on {role} I'm afraid. Thanks for applying {first}.",
            "Thanks {first}, but we're not going to proceed.",
        ],
        (0.3, ["{rfirst}", "- {rfirst}", "Sent from my iPhone"]),
    ),
    fam(
        "br-cooldown-reapply",
        10,
        ["no-reply@{cdomain}", "{company} Careers <careers@{cdomain}>"],
        ["Your recent application", "About your application for {role}", ""],
        hi,
        [
            "Thanks for applying to {role}. Our records show you interviewed with us [[three|five|four]] months ago.",
            "We noticed that you applied to {role} recently after a previous interview process with us.",
        ],
        [
            "Under our policy candidates wait six months before being reconsidered, so we are closing this application.",
            "We will not be reviewing this application, as the waiting period since your last process hasn't passed.",
            "For that reason we're not able to consider you for this opening at this time.",
        ],
        (
            0.5,
            [
                "You're welcome to apply again after {month}.",
                "Thanks for your continued interest in {company}.",
            ],
        ),
        bye_team,
    ),
    fam(
        "br-sports-club-staff",
        10,
        ["{club} <recruitment@{clubdom}>", person],
        ["{club} vacancy: {role}", "Your application to {club}", ""],
        hi,
        [
            "Thank you for applying for the {role} role at {club}.",
            "Thank you for your application to join the staff at {club}.",
        ],
        [
            "We have now completed interviews and have appointed another candidate.",
            "You were not shortlisted for interview on this occasion.",
            "We won't be taking your application to the next stage.",
        ],
        (0.4, ["Up the {clubshort}!", "We appreciate your interest in the club."]),
        bye_team,
        setup={
            "club": [
                "{city} Rovers FC",
                "{city} Rugby Club",
                "Harbour City Athletic",
                "{city} Cricket Club",
            ],
            "clubdom": ["roversfc.co.uk", "harbourathletic.com"],
            "clubshort": ["Rovers", "Athletic", "Blues"],
        },
    ),
    fam(
        "br-screening-questions-knockout",
        12,
        ["{company} <no-reply@{cdomain}>", "{company} Hiring Team <hiring@{cdomain}>"],
        ["Your application for {role}", "{role} - screening", ""],
        hi,
        [
            "Thank you for answering the screening questions for {role}.",
            "We have reviewed your answers to the application questions.",
        ],
        [
            "Based on your answers, you do not meet the minimum requirements for this position (for example, [[a valid driving licence|five years of experience|a relevant degree|weekend availability]]), and your application will not be progressed.",
            "Your responses indicate the role isn't a fit, so we won't move your application forward.",
            "One or more required qualifications were not met, so this application has been closed.",
        ],
        (
            0.4,
            [
                "If you believe this is an error, you may update your profile and apply again.",
                "Thank you for your interest.",
            ],
        ),
        bye_team,
    ),
    fam(
        "br-final-round-warm-call-followup",
        12,
        [person],
        ["Following our call", "As discussed", "Re: today", ""],
        hi,
        [
            "As promised, here's a written note following our call [[this afternoon|earlier today|just now]].",
            "Thanks for taking my call this morning; I know it wasn't the news you were hoping for.",
        ],
        [
            "To confirm, we won't be offering you the {role} position.",
            "Just to put it in writing: the team has chosen another candidate for {role}.",
            "As I mentioned, we're not going ahead with your application.",
        ],
        (
            0.6,
            [
                "I really enjoyed getting to know you through this process.",
                "If you want to talk through the feedback in more detail, my door is open.",
            ],
        ),
        bye,
    ),
]

# Second batch: more ways of saying no in the styles the first batch showed to be thinnest
# (career portals, one-liners, early-careers programmes, founders, bare ATS mail).
FAMILIES += [
    fam(
        "br-portal-weekly-digest",
        12,
        ["{portal} <digest@{portaldom}>", "{portal} Career Services <no-reply@{portaldom}>"],
        [
            "Your weekly application summary",
            "[[2|3]] of your applications were updated",
            "{portal} weekly recap",
        ],
        ["Hi {first}, here's what changed this week.", "{first}, your application activity:"],
        [
            "{company} / {role} -> Not selected\nLumen Robotics / Data Intern -> Viewed by employer",
            "- {role} at {company}: employer decision: not moving forward\n- Operations Co-op at Northwind: still under review",
            "Updated: {company} declined your application for {role}.",
        ],
        (
            0.6,
            [
                "Remember, every no gets you closer to a yes. Book a CV review with an adviser.",
                "Browse [[40|65|120]] new postings matching your major.",
            ],
        ),
        ["{portal} | {school} Careers Office\nChange how often you get this email"],
        setup={
            "portal": ["CareerPath", "GradLink", "CampusHire", "JobsOnCampus"],
            "portaldom": ["mail.gradlink.com", "careerpath-mail.net", "jobsoncampus.edu"],
            "school": ["State University", "University of {city}", "Lakeside College"],
        },
    ),
    fam(
        "br-terse-filled-thanks",
        12,
        ["{rmail}", "{rfirst} {rlast} <{rmail}>"],
        ["", "", "{role}", "re: {role} job"],
        [
            "Position filled, sorry {first}. Thanks for applying.",
            "{first}, we hired someone already. Thank you though.",
            "Sorry {first} - job's gone. Good luck.",
            "Thanks for the CV {first}, but the vacancy is filled now.",
            "Role's been taken, {first}. Cheers for applying.",
        ],
        (0.3, ["{rfirst}", "- {rfirst}"]),
    ),
    fam(
        "br-spring-week-insight",
        12,
        ["{company} Early Careers <earlycareers@{cdomain}>", "no-reply@{cdomain}"],
        [
            "Spring Insight Programme {year}",
            "{company} Insight Week - your application",
            "Your first-year programme application",
        ],
        hi,
        [
            "Thank you for applying to our {year} Spring Insight [[Week|Programme]] for first-year students.",
            "Thanks for your interest in the {company} insight programme.",
        ],
        [
            "Places are very limited and we are sorry that we cannot offer you one this year.",
            "Your online test results did not reach the level needed for us to offer you a place.",
            "On this occasion your application has not been selected.",
        ],
        (
            0.6,
            [
                "Many of our summer interns were not successful at insight stage, so please apply again next year.",
                "Our open days are open to all students - sign up below.",
            ],
        ),
        bye_team,
    ),
    fam(
        "br-founder-slack-dm-style",
        10,
        ["{rfirst} <{rfirst}@{cdomain}>"],
        ["", "quick note", "re: chat"],
        ["yo {first}", "hey {first}", "{first}!"],
        [
            "thx again for the chat. gonna be straight with you - we're not moving ahead, we need someone who's already shipped [[mobile|infra|growth]] stuff solo.",
            "sorry for the slow reply!! we decided to hold off on hiring for this one and won't be making an offer.",
            "talked w/ my cofounder and we're passing for now, mostly a timing thing on our end.",
        ],
        (0.5, ["lmk if you want feedback", "rooting for you"]),
        ["- {rfirst}", "{rfirst}"],
        sector="tech",
    ),
    fam(
        "br-recruiter-tried-calling",
        10,
        [person],
        ["Tried to call you", "Missed call - {role}", ""],
        hi,
        [
            "I tried to reach you by phone [[this morning|earlier|a couple of times]] but couldn't get through.",
            "I left you a voicemail today but wanted to follow up in writing.",
        ],
        [
            "I wanted to let you know the client won't be taking your application for {role} any further.",
            "The hiring team has decided not to invite you to the next interview.",
            "We've decided not to continue your application for the {role} position.",
        ],
        (
            0.5,
            [
                "Happy to chat if you'd like some feedback.",
                "I'll keep you in mind for future roles.",
            ],
        ),
        bye,
    ),
    fam(
        "br-ats-mobile-minimal",
        12,
        ["{company} <no-reply@{cdomain}>", "{company} Jobs <jobs@{cdomain}>"],
        ["Application update", "{company}", "{role}"],
        ["{company}\n\nApplication update\n\n", "[{company}]\n"],
        [
            "Your application for {role} was not successful.",
            "We won't be progressing your {role} application.",
            "{role}: you have not been selected.",
        ],
        ["[ View other jobs ]", "[ Manage alerts ]", "Open app"],
        (0.5, ["(c) {year} {company}. Unsubscribe."]),
    ),
    fam(
        "br-thread-reply-to-invite",
        12,
        [person],
        [
            "Re: Interview invitation - {role}",
            "RE: {company} interview confirmed",
            "Re: Your interview on {date}",
        ],
        ["Hi {first},\n\n", "{first},\n\n"],
        [
            "Thank you again for coming in. We've now completed all interviews and regret that we won't be making you an offer.",
            "Following up after your interview: the panel has decided to appoint another candidate.",
            "I'm sorry to come back with disappointing news - we've decided to move on with a different applicant.",
        ],
        bye,
        quoted(
            [
                "Dear {first},\n\nWe are pleased to invite you to an interview for {role} on {date} at {time}.\nPlease confirm your attendance.\n\nKind regards,\n{rfull}",
                "Hi {first},\n\nConfirming your interview with {mfirst} and me on {date}. See you then!\n\n{rfirst}",
            ]
        ),
    ),
    fam(
        "br-employer-closed-posting",
        10,
        ["{portal} <no-reply@{portaldom}>", "{portal} Jobs <jobs@{portaldom}>"],
        [
            "A job you applied to has closed",
            "{company} closed a job you applied to",
            "Update: {role}",
        ],
        ["Hi {first},", ""],
        [
            "{company} has closed the {role} posting and marked the remaining applicants, including you, as not selected.",
            "The employer filled {role} and your application has been archived as unsuccessful.",
            "{role} at {company} is no longer accepting applicants. Your application was not chosen.",
        ],
        (0.5, ["See similar jobs", "Keep applying - 3 similar roles were posted today."]),
        ["{portal}\nEmail preferences | Help"],
        setup={
            "portal": ["JobBoardly", "WorkFinder", "HireLoop", "Handshake"],
            "portaldom": ["jobboardly.com", "workfinder.io", "hireloop.co"],
        },
    ),
    fam(
        "br-grad-online-tests",
        12,
        [
            "{company} Graduate Recruitment <graduates@{cdomain}>",
            "{company} Early Talent <no-reply@{cdomain}>",
        ],
        ["Online tests - outcome", "Your {company} Graduate application - update", ""],
        hi,
        [
            "Thank you for completing the online tests for the {company} Graduate Programme.",
            "We have now received your test results for the {year} graduate intake.",
        ],
        [
            "Unfortunately your results were below the threshold required to progress to the video interview, so we must end your application here.",
            "Your combined score did not reach the level needed for the next stage of the scheme.",
            "We're sorry, but you won't be moving on to the next stage this year.",
        ],
        (
            0.5,
            [
                "Test results are valid for 12 months, so please wait until next year before applying again.",
                "Thank you for your interest in a graduate career with us.",
            ],
        ),
        bye_team,
    ),
]
