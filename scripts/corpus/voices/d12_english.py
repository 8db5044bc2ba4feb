"""The voice of the d12-en-* families (helper d12, issue 11, twelfth pass): English mail whose
decision the shipped model misses, and the twins that say the opposite in the same skeleton.
Each skeleton below is one builder; it takes the sentences that decide the kind, so a
rejection family and its twin share greeting, history, footer and sign-off and differ only in
the decision. The families are in d12_english.py of rejections/, confirmations/,
interviews/, next_steps/ and offers/. Every sentence was written for rejectwatch in this pass.
"""

from __future__ import annotations

from ..engine import R

# --- people and systems ------------------------------------------------------------------
PERSON = ["{rfull} <{rmail}>", '"{rlast}, {rfirst}" <{rmail}>', "{rfirst} {rlast} <{rinit}>"]
MANAGER = ["{mfirst} {mlast} <{mfirst}.{mlast}@{cdomain}>", "{mfirst} {mlast} <{mfirst}@{cdomain}>"]
AGENCY = [
    "{rfull} <{rfirst}@brightwell-search.co.uk>",
    "{rfull} | Tallis & Reed Recruitment <{rfirst}.{rlast}@tallisreed.com>",
    "{rfull} <{rfirst}@northgate-talent.io>",
]
SYSTEM = [
    "{company} Careers <careers-noreply@{cdomain}>",
    "{company} Hiring <hiring@mail.{cdomain}>",
    "{company} via Recruitee <no-reply@recruitee-mail.com>",
    "Applicant Portal <portal@apply.{cdomain}>",
    "{company} Talent <talent@{cslug}.teamtailor-mail.com>",
]
VOICEMAIL_FROM = [
    "Voicemail <voicemail@phone.{cdomain}>",
    "Google Voice <voice-noreply@google.com>",
    "Visual Voicemail <vvm@carrier-messages.net>",
    "Teams Voicemail <noreply@teams-voicemail.net>",
]

HELLO = [
    "Hi {first},",
    "Hello {first},",
    "Dear {first},",
    "Hi {first}!",
    "{first} -",
    "Hey {first},",
    "Good morning {first},",
]
HELLO_FORMAL = [
    "Dear {first} {last},",
    "Dear {title} {last},",
    "Dear Candidate,",
    "Dear Applicant,",
    "Hello,",
]
CLOSE = [
    "Best,",
    "Kind regards,",
    "Thanks,",
    "All the best,",
    "Many thanks,",
    "Regards,",
    "Speak soon,",
    "Cheers,",
]
DEVICE = [
    "Sent from my iPhone",
    "Sent from Outlook for iOS",
    "Sent from my Galaxy",
    "Sent from Proton Mail mobile",
]


def sig_person(r: R) -> str:
    lines = [r(CLOSE), r(["{rfirst}", "{rfull}", "{rfirst} {rlast}"])]
    lines.append(
        r.maybe(
            0.6,
            [
                "{rtitle}, {company}",
                "{rtitle} | {company} | {city}",
                "{company} People Team",
                "{rtitle}\nt: +44 20 {ref}",
            ],
        )
    )
    lines.append(r.maybe(0.15, DEVICE))
    return "\n".join(x for x in lines if x)


def sig_manager(r: R) -> str:
    return r(
        [
            "{mfirst}",
            "Thanks,\n{mfirst}",
            "Best,\n{mfirst} {mlast}\nHead of {team}",
            "{mfirst} {mlast} | {team} lead | {company}",
        ]
    )


def sig_team(r: R) -> str:
    return r(
        [
            "The {company} Hiring Team",
            "{company} Talent Acquisition",
            "Regards,\nRecruitment, {company}",
            "Thank you,\nPeople Operations\n{company}",
        ]
    )


# --- the candidate's own earlier mail (quoted under replies) -----------------------------
CHASE = [
    "Hi {rfirst},\n\nI hope you're well. I interviewed for the {role} role on {date2} and wanted to "
    "ask whether there's been any movement. I'm still very interested.\n\nThanks,\n{first}",
    "Hello {rfirst},\n\nSorry to nudge - is there a rough date for a decision on the {role} "
    "position? I've had another offer and need to reply to them by Friday.\n\n{full}",
    "Hi {rfirst}, quick one: any news on my application? Thanks! {first}",
    "Dear {rfirst},\n\nFollowing up on my application for {role} (ref {req}). It's been three "
    "weeks since the closing date, so I thought I'd check in.\n\nKind regards,\n{first} {last}",
    "Hi {rfirst},\n\nThanks again for {weekday}. Just checking whether the team needs anything "
    "else from me - happy to send work samples.\n\nBest,\n{first}",
]


def quoted(r: R, text: str) -> str:
    who = r(["{full} <{cmail}>", "{first} {last} <{cmail}>", "{cmail}"])
    if r.chance(0.5):
        head = r(
            ["On {date2} at {time2}, " + who + " wrote:", "On {date2}, {year}, " + who + " wrote:"]
        )
        return head + "\n" + "\n".join("> " + ln if ln else ">" for ln in r(text).split("\n"))
    head = r(
        [
            "From: " + who + "\nSent: {date2} {time2}\nTo: {rfull}\nSubject: {role}",
            "-------- Original message --------\nFrom: "
            + who
            + "\nDate: {date2}\nSubject: Re: {role}",
        ]
    )
    return head + "\n\n" + r(text)


# --- a long careers footer of our own ----------------------------------------------------
CAREERS = [
    "Discover more at careers.{cdomain}: teams, locations, benefits and our hiring process.",
    "Sign up for tailored job alerts - pick a location and a team, and we'll write when a match goes live.",
    "Join the {company} Talent Network to hear about events, open days and new teams.",
    "Meet our people: read first-hand stories on the {company} careers blog.",
    "Connect with us: LinkedIn | X | Instagram | Glassdoor",
    "We're proud to be a Disability Confident employer and a Living Wage employer.",
    "Candidate privacy: we keep your details for 12 months unless you ask us to delete them sooner (privacy@{cdomain}).",
    "{company} plc | {street}, {city} | Registered number 0{ref}",
    "Want fewer emails? Update your communication preferences or unsubscribe.",
    "Our {team} teams are hiring in {city} and remotely - see what is open this month.",
    "Beware of recruitment fraud: we never ask candidates for money or bank details.",
    "Rate this email: Helpful | Not helpful",
]


def careers_footer(r: R) -> str:
    n = r.rng.randint(4, 8)
    items = [r(x) for x in r.rng.sample(CAREERS, n)]
    sep = r(["", "-----", "__________", "\u2014"])
    if r.chance(0.3):  # HTML rendering with a row of links
        items.insert(0, "[Visit careers site]   [Browse open roles]   [Join our talent network]")
    return ((sep + "\n") if sep else "") + "\n\n".join(items)


def html_wrap(r: R, body: str) -> str:
    """A text rendering of an HTML mail: a view-in-browser line and a logo alt text on top."""
    top = r(
        [
            "View this email in your browser",
            "Having trouble viewing this email? View online",
            "[{company} logo]",
        ]
    )
    return top + "\n\n" + body


# --- builders ------------------------------------------------------------------------------
def thread_reply(
    subjects, decisions, warm, after, *, sender=PERSON, sig=sig_person, quote_p=0.6, notes=CHASE
):
    """A person's reply in a thread: warm line(s), the decision, a line after, sign-off, and
    often the candidate's quoted message below."""

    def fn(rng, c):
        r = R(rng, c)
        parts = [r(HELLO), r.maybe(0.8, warm), r(decisions), r.maybe(0.7, after), sig(r)]
        if r.chance(quote_p):
            parts.append(quoted(r, r(notes)))
        return r(subjects), r.body(*parts), r(sender)

    return fn


def system_notice(subjects, cores, extras, *, html_p=0.4, footer_p=0.5, hello=None):
    """An automated notice: optional HTML chrome, greeting, the core, extras, team sign-off,
    and sometimes a long careers footer."""

    def fn(rng, c):
        r = R(rng, c)
        parts = [r(hello or HELLO + HELLO_FORMAL), r(cores), r.maybe(0.7, extras), sig_team(r)]
        if r.chance(footer_p):
            parts.append(careers_footer(r))
        body = r.body(*parts)
        if r.chance(html_p):
            body = html_wrap(r, body)
        return r(subjects), body, r(SYSTEM)

    return fn


def status_card(subjects, statuses, notes):
    """A bare status notice: the record and almost nothing else."""

    def fn(rng, c):
        r = R(rng, c)
        status = r(statuses)
        card = r(
            [
                "Application status changed: {{s}}\nRole: {role}\nReference: {req}",
                "{role} | {location}\nStatus: {{s}}\nLast updated: {date2}",
                "Job: {role}\nApplied: {date}\nCurrent status: {{s}}",
                "Your application for {role}\n\n  STATUS   {{s}}\n\nView application >",
                "Status: {{s}}",
            ]
        ).replace("{s}", status)
        parts = [
            r.maybe(0.4, ["Hi {first},", "Hello {first},"]),
            r.maybe(
                0.5,
                [
                    "There is an update on one of your applications.",
                    "Your candidate record has changed.",
                    "An employer updated your application.",
                ],
            ),
            card,
            r.maybe(0.5, notes),
            r.maybe(0.4, ["{company} Careers", "Powered by {company} Recruiting"]),
        ]
        if r.chance(0.3):
            parts.append(careers_footer(r))
        return r(subjects), r.body(*parts), r(SYSTEM)

    return fn


def voicemail(decisions, openers, closers):
    """A voicemail transcript as the phone system mails it."""

    def fn(rng, c):
        r = R(rng, c)
        head = r(
            [
                "New voicemail from {rfull} ({dur} sec)\nReceived: {date2} {time2}",
                "You have a new voice message.\nFrom: +44 7{ref}0\nDuration: 0:{dur}",
                "Voicemail transcript\nCaller: {company} ({rfirst})\nLength: 00:{dur}",
            ]
        )
        said = " ".join(x for x in (r(openers), r(decisions), r.maybe(0.8, closers)) if x)
        if r.chance(0.5):
            said = said.replace(". ", " ").replace(",", "")  # machine transcript loses punctuation
        said = r(['"' + said + '"', "Transcript: " + said, said])
        tail = r.maybe(
            0.7,
            [
                "Transcription may not be accurate. Listen to the full message in the app.",
                "Play message | Call back | Delete",
                "This transcript was produced automatically. Reply STOP to turn transcripts off.",
            ],
        )
        return (
            r(["Voicemail from {rfull}", "New voicemail (0:{dur})", "Voicemail: {company}", ""]),
            r.body(head, said, tail),
            r(VOICEMAIL_FROM),
        )

    return fn


def forwarded_client(subjects, intros, client_notes, afters):
    """An agency recruiter passing on what the client said, sometimes with the client's mail
    forwarded under it."""

    def fn(rng, c):
        r = R(rng, c)
        parts = [r(HELLO), r(intros), r.maybe(0.7, afters), sig_person(r)]
        if r.chance(0.5):
            fwd = r(
                [
                    "---------- Forwarded message ---------\nFrom: {mfirst} {mlast} <{mfirst}.{mlast}@{cdomain}>\nDate: {date2}\nSubject: RE: {first} {last} - {role}\n\n",
                    "Begin forwarded message:\n\nFrom: {mfirst} {mlast}\nSubject: Feedback - {role}\n\n",
                ]
            )
            parts.append(fwd + r(client_notes) + "\n\n" + r(["{mfirst}", "Thanks, {mfirst}", "M"]))
        return r(subjects), r.body(*parts), r(AGENCY)

    return fn


def group_notice(subjects, heads, cores, afters):
    """A mass mail to a group of candidates, in bcc."""

    def fn(rng, c):
        r = R(rng, c)
        parts = [
            r(heads),
            r(cores),
            r.maybe(0.8, afters),
            r(
                [
                    "{rfull}\n{rtitle}",
                    "Recruitment Team\n{company}",
                    "On behalf of the selection panel,\n{rfull}",
                ]
            ),
        ]
        if r.chance(0.3):
            parts.append(careers_footer(r))
        sender = r(PERSON + SYSTEM)
        return r(subjects), r.body(*parts), sender

    return fn


def with_bullets(subjects, heads, bullets, tails, *, sender=PERSON, sig=sig_person):
    """A decision followed (or preceded) by feedback bullets."""

    def fn(rng, c):
        r = R(rng, c)
        n = r.rng.randint(2, 4)
        mark = r(["- ", "\u2022 ", "* ", "1. "])
        items = r.rng.sample(bullets, n)
        lines = []
        for i, b in enumerate(items):
            m = f"{i + 1}. " if mark == "1. " else mark
            lines.append(m + r(b))
        intro = r(
            [
                "What the panel noted:",
                "Some feedback from the interviewers:",
                "Feedback:",
                "A few notes from the team:",
                "Strengths and areas to develop:",
            ]
        )
        parts = [r(HELLO), r(heads), intro + "\n" + "\n".join(lines), r.maybe(0.8, tails), sig(r)]
        return r(subjects), r.body(*parts), r(sender)

    return fn


def with_survey(subjects, cores, *, kind_line):
    """A notice followed by a candidate-experience survey link."""

    def fn(rng, c):
        r = R(rng, c)
        survey = r(
            [
                "How did we do? Tell us about your experience in a 2-minute survey: https://survey.{cdomain}/cx?t={tok}",
                "We'd value your feedback on our hiring process. Take the survey (5 questions): {cdomain}/candidate-survey/{tok}",
                "Help us improve: rate your candidate experience from 1 to 10 -> https://feedback.{cslug}.com/{tok}\nYour answers are anonymous and won't affect any application.",
            ]
        )
        parts = [r(HELLO + HELLO_FORMAL), r(cores), r.maybe(0.5, kind_line), survey, sig_team(r)]
        if r.chance(0.3):
            parts.append(careers_footer(r))
        return r(subjects), r.body(*parts), r(SYSTEM + PERSON)

    return fn
