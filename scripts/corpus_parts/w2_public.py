"""Public-sector notices (helper W2, issue 11; written for rejectwatch).

US federal-style notices of results (not referred, ineligible, not among the best qualified,
announcement cancelled), UK civil-service-style sift results, and council / NHS / university
shortlisting letters; as hard negatives the same notices saying the applicant was referred,
found eligible, passed the sift or that the application was received. Agencies, councils,
trusts and universities are invented.
"""

from __future__ import annotations

from .engine import R
from .w2_pieces import HELLO_FORMAL, family

US_ROLES = [
    "Program Analyst",
    "Management Analyst",
    "IT Specialist (INFOSEC)",
    "Contract Specialist",
    "Human Resources Assistant",
    "Budget Analyst",
    "Fishery Biologist",
    "Archives Technician",
    "Administrative Officer",
    "Program Support Assistant",
    "Grants Management Specialist",
    "Safety Inspector",
]
US_PLACES = [
    "Washington, DC",
    "Denver, CO",
    "Kansas City, MO",
    "Atlanta, GA",
    "Seattle, WA",
    "Anchorage, AK",
    "Norfolk, VA",
    "Albuquerque, NM",
    "Multiple locations",
    "Remote (nationwide)",
]
UK_ROLES = [
    "Policy Adviser",
    "Caseworker",
    "Operational Delivery Officer",
    "Data Analyst",
    "Project Support Officer",
    "Digital Content Designer",
    "Finance Business Partner",
    "Executive Assistant",
    "Assistant Economist",
    "Correspondence Officer",
    "Senior Policy Officer",
]
LOCAL_ROLES = [
    "Environmental Health Officer",
    "Library Assistant",
    "Staff Nurse \u2013 Band 5",
    "Healthcare Support Worker",
    "Research Associate",
    "Lecturer in Nursing",
    "Planning Officer",
    "Social Worker",
    "Administrator \u2013 Estates",
    "Teaching Assistant",
    "Finance Officer",
    "Ward Clerk",
    "Waste Services Operative",
    "Postdoctoral Research Fellow",
]
LOCAL_TEAMS = [
    "Adult Social Care",
    "Planning",
    "Estates",
    "Emergency Department",
    "School of Engineering",
    "Library",
    "Housing",
    "Children's Services",
    "Finance",
    "Outpatients",
    "Student Services",
]


def as_public(r: R, which: str) -> None:
    """Make the public body the sender everywhere (padding uses {company} and {cdomain} too)
    and give it roles and places of its own."""
    c = r.c
    org, dom = {"us": ("usorg", "usdom"), "uk": ("ukorg", "ukdom"), "local": ("local", "ldom")}[
        which
    ]
    c["company"], c["cdomain"] = c[org], c[dom]
    if which == "us":
        c["role"], c["location"] = r.choice(US_ROLES), r.choice(US_PLACES)
        initials = "".join(w[0] for w in c["usorg"].replace(".", "").split() if w[0].isupper())
        c["ann"] = (
            f"{r.choice(['', 'DE-', 'MP-', 'ST-'])}{initials}-{c['year'][2:]}-{r.rng.randint(10000000, 99999999)}"
        )
    elif which == "uk":
        c["role"] = r.choice(UK_ROLES)
    else:
        c["role"], c["team"] = r.choice(LOCAL_ROLES), r.choice(LOCAL_TEAMS)


REJ = "rejection"
RCV = "application_received"
INT = "interview"

US_SENDERS = [
    "{usorg} Human Resources <hr-notices@{usdom}>",
    "no-reply@{usdom}",
    "Staffing Office <staffing@{usdom}>",
    "Applicant Notification System <notifications@{usdom}>",
    "{usorg} <careers@{usdom}>",
]
US_SUBJECTS = [
    "Notice of Results \u2013 {ann}",
    "Application status for announcement {ann}",
    "Your application status has changed",
    "{ann}: {role}, {grade}",
    "Notification of applicant status",
    "Results of your application to {usorg}",
]
US_HEAD = [
    "Announcement Number: {ann}\nPosition: {role}, {grade}\nAgency: {usorg}\nLocation: {location}",
    "Vacancy: {ann}\nTitle/Series/Grade: {role} / {grade}\nApplication number: {appno}",
    "RE: {role}, {grade}\nAnnouncement {ann} (closed {ndate})",
    "Position Title | {role}\nPay Plan/Series/Grade | {grade}\nAnnouncement | {ann}\nStatus | STATUS",
]
US_OPEN = [
    "Thank you for your interest in employment with {usorg}.",
    "We have completed our review of your application for the position listed above.",
    "This notice is to inform you of the status of your application.",
    "Your application for the above announcement has been reviewed by the Human Resources office.",
    "The review of applications received under this announcement is now complete.",
]
US_REJ = {
    "Not referred": [
        "Your application was [[reviewed|evaluated]] and you were found eligible and qualified; however, you were not among the best qualified candidates, and your name was not referred to the hiring official.",
        "You met the minimum qualifications, but your rating did not place you in the [[highest|Best Qualified]] category, so your application was not referred to the selecting official for consideration.",
        "Based on your assessment score, you were not referred to the hiring manager for further consideration.",
    ],
    "Ineligible": [
        "You were found ineligible for this position. This announcement was open only to current permanent federal employees, and your application did not include documentation of eligibility under that area of consideration.",
        "We determined that you are not eligible for this position because the required supporting documents (for example a recent SF-50 or transcript) were not received by the closing date.",
        "Your application was found ineligible because you did not answer the required eligibility questions.",
    ],
    "Not qualified": [
        "You were found not qualified for this position. Your application did not show at least one year of specialized experience equivalent to the next lower grade level, as described in the announcement.",
        "Based on the information provided, you do not meet the minimum qualification requirements for the grade for which you applied.",
        "Your r\u00e9sum\u00e9 did not show the education or experience required, and you were rated not qualified.",
    ],
    "Not selected": [
        "Your name was referred to the selecting official, who has made a selection. You were not selected for this position.",
        "The hiring official has selected another applicant for this vacancy. We appreciate your interest and encourage you to apply for future announcements.",
    ],
    "Cancelled": [
        "This vacancy announcement has been cancelled, and no selection will be made from it. [[No further action will be taken on your application.|Applications received will not be considered.]]",
        "The announcement was cancelled by the hiring office because the position is no longer needed. Your application will not be considered further.",
    ],
}
US_NEG = {
    "Referred": [
        "You were found eligible and qualified, and you are among the best qualified candidates. Your application has been referred to the hiring official for further consideration.",
        "Your application has been referred to the selecting official. If the hiring manager wishes to interview you, you will be contacted directly.",
        "Based on your assessment score, you were referred to the hiring manager for further consideration.",
    ],
    "Eligible": [
        "You were found eligible for this position under the area of consideration. Your application will now be rated against the qualification requirements.",
        "We determined that you are eligible for this position, and your supporting documents were received by the closing date.",
    ],
    "Received": [
        "Your application has been received and will be reviewed once the announcement closes on {date2}.",
        "Your application was received. The Human Resources office will review it and update your status within [[10 business days|approximately 4 weeks]] of the closing date.",
    ],
    "Reviewing applications": [
        "The Human Resources office is now reviewing applications for minimum qualifications. No action is required from you at this time.",
        "Applications are being evaluated. You will receive a further notice once a referral list has been issued.",
    ],
}
US_CLOSE = [
    "Sign in to your account on the federal jobs site whenever you like to see where your application stands.",
    "This is an automated message. Please do not reply to this e-mail.",
    "If you have questions about this notice, please contact the HR specialist named in the announcement.",
    "For more information on how applications are rated, see the \u201cHow You Will Be Evaluated\u201d section of the announcement.",
    "",
]


def _us(pool: dict[str, list[str]], kind: str):  # type: ignore[no-untyped-def]
    def write(r: R) -> tuple[str, str, str]:
        as_public(r, "us")
        status = r.choice(list(pool))
        head = r(US_HEAD)
        label = (
            ""
            if "STATUS" in head
            else r(
                [
                    "Status: SSS",
                    "Result: SSS",
                    "Application status: SSS",
                    "Referral status: SSS",
                    "",
                    "",
                ]
            ).replace("SSS", status)
        )
        body = r.body(
            r(HELLO_FORMAL),
            r(US_OPEN),
            head.replace("STATUS", status),
            label,
            r(pool[status]),
            r(US_CLOSE),
            r(US_CLOSE),
            r(
                [
                    "Sincerely,\nHuman Resources Office\n{usorg}",
                    "{usorg} Staffing",
                    "Human Resources Specialist\n{usorg}",
                    "",
                ]
            ),
        )
        return r(US_SUBJECTS), body, r(US_SENDERS)

    return write


UK_SENDERS = [
    "{ukorg} Recruitment <recruitment@{ukdom}>",
    "Civil Service Jobs <noreply@{ukdom}>",
    "Resourcing Team <resourcing@{ukdom}>",
    "{ukorg} <vacancies@{ukdom}>",
]
UK_SUBJECTS = [
    "Sift outcome: {role} ({vac})",
    "Your application for {role} \u2013 {vac}",
    "Vacancy {vac}: result of the sift",
    "Application update \u2013 {ukorg}",
    "{ukgrade} {role} \u2013 update",
]
BEHAVIOURS = [
    "Delivering at Pace",
    "Working Together",
    "Communicating and Influencing",
    "Making Effective Decisions",
    "Seeing the Big Picture",
    "Managing a Quality Service",
    "Changing and Improving",
    "Developing Self and Others",
]


def _scores(r: R, passed: bool) -> str:
    names = r.rng.sample(BEHAVIOURS, r.rng.randint(2, 4))
    need = int(r.c["needed"])
    lines = []
    for i, name in enumerate(names):
        if passed:
            score = r.rng.randint(need, 7)
        else:
            score = (
                r.rng.randint(need - 2, need - 1)
                if i == 0 or r.chance(0.4)
                else r.rng.randint(need, 6)
            )
        lines.append(
            r(["NNN: SSS", "NNN \u2013 SSS/7", "NNN | SSS"])
            .replace("NNN", name)
            .replace("SSS", str(score))
        )
    lines.insert(
        0,
        r(["Your scores:", "Sift scores", "Behaviour | Score", "Assessment of your application:"]),
    )
    return "\n".join(lines)


UK_OPEN = [
    "Thank you for applying for the role of {role} ({ukgrade}), vacancy reference {vac}.",
    "Thank you for your interest in working for {ukorg}.",
    "The sift for vacancy {vac}, {role}, has now been completed.",
    "We have now assessed all the applications received for {role}.",
]
UK_REJ = [
    "A minimum score of {needed} was required for each behaviour. [[I'm sorry to tell you|I am sorry to let you know|Unfortunately]] your application did not meet the required standard at the sift, and you will not progress to interview.",
    "Your application was assessed against the essential criteria and [[has not been|was not]] successful at the sift stage on this occasion.",
    "The panel did not score your personal statement at the level needed to progress, so your application has been [[unsuccessful|closed]].",
    "Due to the high number of applications, only candidates scoring {needed} or above in every area were invited to interview. You did not reach this score and will not be taken forward.",
    "Your application met the minimum standard but, because of the number of strong candidates, the panel applied a higher pass mark and you have not been shortlisted.",
]
UK_PASS = [
    "A minimum score of {needed} was required for each behaviour. I am pleased to let you know that your application met the required standard and you have been invited to interview.",
    "Your application was assessed against the essential criteria and was successful at the sift stage. We would like to invite you to an interview on {date} at {time}.",
    "The panel scored your personal statement at the level needed to progress. Please book an interview slot through your account by {date2}.",
    "Congratulations \u2013 you have passed the sift. Interviews will take place by video in the week of {date}; you will receive an invitation with the exact time shortly.",
]
UK_AFTER_REJ = [
    "If you would like feedback, please reply to this e-mail within [[5|10]] working days.",
    "We encourage you to look at other vacancies on Civil Service Jobs.",
    "Feedback on your application is shown above.",
    "",
]
UK_AFTER_PASS = [
    "Please tell us about any reasonable adjustments you need for the interview.",
    "The interview will assess the behaviours listed in the advert, plus a short presentation.",
    "Please bring photographic ID to the interview.",
    "",
]


def _uk(kind: str):  # type: ignore[no-untyped-def]
    passed = kind != REJ

    def write(r: R) -> tuple[str, str, str]:
        as_public(r, "uk")
        body = r.body(
            r(HELLO_FORMAL),
            r(UK_OPEN),
            _scores(r, passed) if r.chance(0.6) else "",
            r(UK_PASS if passed else UK_REJ),
            r(UK_AFTER_PASS if passed else UK_AFTER_REJ),
            r(
                [
                    "Yours sincerely,\n{ukorg} Recruitment Team",
                    "Kind regards,\nResourcing Team\n{ukorg}",
                    "Many thanks,\n{rfull}\nVacancy Holder, {ukorg}",
                    "Best wishes\nCivil Service Resourcing on behalf of {ukorg}",
                ]
            ),
            r(["", "", "Please do not reply to this automated e-mail.", "OFFICIAL"]),
        )
        return r(UK_SUBJECTS), body, r(UK_SENDERS)

    return write


LOCAL_SENDERS = [
    "{local} Recruitment <recruitment@{ldom}>",
    "{local} HR <hr.jobs@{ldom}>",
    "Jobs at {local} <jobs@{ldom}>",
    "{rfull} <{rfirst}.{rlast}@{ldom}>",
    "noreply@{ldom}",
]
LOCAL_SUBJECTS = [
    "Post of {role} \u2013 ref {vac}",
    "Your application \u2013 {role}",
    "Shortlisting outcome: {vac}",
    "{local}: your job application",
    "Vacancy {vac}",
    "Application reference {appno}",
]
LOCAL_OPEN = [
    "Thank you for applying for the post of {role}, reference {vac}.",
    "Re: {role}, {local} (closing date {ndate})",
    "Thank you for your recent application to {local}.",
    "Thank you for your interest in the {role} post in our {team} service.",
]
LOCAL_REJ = [
    "The panel sat on {date} to shortlist, and [[I regret to tell you|I am sorry to say|I must let you know]] that your name is not on the interview list [[this time|for this post]].",
    "Measured against the essential criteria in the person specification, your application did not show [[enough|sufficient]] evidence against [[criterion 3|the essential criteria for experience|all of the essential criteria]], so we will not be taking it further.",
    "The panel were unable to include you in the list of candidates invited to interview.",
    "The shortlisting panel looked at your application, and it will not be moving on to the interview stage.",
    "I am writing to let you know that the appointment has now been made and that your application was unsuccessful.",
    "We have decided not to fill this post at present, and the recruitment has been withdrawn. Your application will therefore not be considered further.",
    "Sorry to inform that after shortlisting your application for the post was not taken forward to interview.",
]
LOCAL_SHORTLISTED = [
    "The panel sat on {date} to shortlist, and I'm glad to say your name is on the interview list.",
    "Measured against the essential criteria in the person specification, your application was strong, and we would like you to come to interview on {date2} at {time}.",
    "The panel would like to include you in the list of candidates invited to the selection day.",
    "Following shortlisting, we are pleased to progress your application to the interview stage. Please confirm your attendance by {date2}.",
]
LOCAL_RECEIVED = [
    "This is to confirm that we have received your application. Shortlisting will take place after the closing date, {ndate}.",
    "Your application has been received and passed to the recruiting manager for shortlisting.",
    "We have received your application form and supporting statement. The shortlisting panel will meet after the closing date.",
    "Your application has been submitted. You can track its progress in your applicant account.",
]
LOCAL_AFTER = {
    REJ: [
        "If you would like feedback, please contact {rfirst} {rlast} on 01[[632|734|902]] [[960|714|228]] [[118|402|555]].",
        "We are grateful for your interest in a career with us and hope to see your name on future applications.",
        "We receive a very high number of applications and are unable to give individual feedback at shortlisting stage.",
        "",
    ],
    INT: [
        "Please bring proof of your right to work in the UK and two forms of identification.",
        "The interview will include a short written exercise. Please let us know if you need any adjustments.",
        "",
    ],
    RCV: [
        "Shortlisting normally takes [[three|four]] weeks after the closing date, and only shortlisted applicants will be contacted.",
        "Please note we are unable to acknowledge requests for progress updates before shortlisting.",
        "",
    ],
}
LOCAL_POOL = {REJ: LOCAL_REJ, INT: LOCAL_SHORTLISTED, RCV: LOCAL_RECEIVED}


def _local(kind: str):  # type: ignore[no-untyped-def]
    def write(r: R) -> tuple[str, str, str]:
        as_public(r, "local")
        body = r.body(
            r(HELLO_FORMAL),
            r(LOCAL_OPEN),
            r(LOCAL_POOL[kind]),
            r(LOCAL_AFTER[kind]),
            r(
                [
                    "Yours sincerely,\n{rfull}\nRecruitment Officer, {local}",
                    "Kind regards,\nHR Recruitment Team\n{local}",
                    "With thanks,\n{rfull}\n{local}",
                    "Recruitment Services\n{local}",
                ]
            ),
            r(
                [
                    "",
                    "{local} \u2013 working together for a healthier community.",
                    "This e-mail and any attachments are confidential. If you are not the intended recipient please notify the sender.",
                    "Please consider the environment before printing this e-mail.",
                ]
            ),
        )
        return r(LOCAL_SUBJECTS), body, r(LOCAL_SENDERS)

    return write


_REJ = [
    family("w2-pub-us-notice-refused", 42, REJ, _us(US_REJ, REJ)),
    family("w2-pub-uk-sift-failed", 30, REJ, _uk(REJ)),
    family("w2-pub-local-not-shortlisted", 34, REJ, _local(REJ)),
]
_RCV = [
    family("w2-pub-us-notice-referred", 34, RCV, _us(US_NEG, RCV)),
    family("w2-pub-local-received", 22, RCV, _local(RCV)),
]
_INT = [
    family("w2-pub-uk-sift-passed", 24, INT, _uk(INT)),
    family("w2-pub-local-shortlisted", 22, INT, _local(INT)),
]

FAMILIES_BY_FILE = {
    "rejections.jsonl": (_REJ, "rej"),
    "application_received.jsonl": (_RCV, "rcv"),
    "interviews.jsonl": (_INT, "int"),
}
