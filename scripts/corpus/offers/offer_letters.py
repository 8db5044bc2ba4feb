"""Offers: formal letters, verbal offers, e-signature envelopes, negotiation replies."""

from __future__ import annotations

from ..engine import R
from ..fragments import greet, human_sender, legal_footer, sig


def _pay(r: R) -> None:
    r.c["salary"] = r(
        [
            "$[[95|110|128|142|165|72|58]],000",
            "£[[32|38|45|52|61|68|27]],000",
            "€[[48|55|62|70|85]],000",
            "${ref}".replace("{ref}", ""),
        ]
    )
    if r.c["salary"] == "$":
        r.c["salary"] = "$" + str(60 + int(r.c["ref"][:2])) + ",000"
    r.c["start"] = r(["{date2}", "the 1st of {month}", "{month} 1", "a mutually agreed date"])


def formal_offer(rng, c):
    r = R(rng, c)
    _pay(r)
    body = r.body(
        r(["Dear {first},", "Dear {full},", "Hi {first},", "Dear {title} {last},"]),
        r(
            [
                "We are delighted to offer you the position of {role} at {company}!",
                "On behalf of {company}, I am pleased to offer you the role of {role}.",
                "Congratulations! Following your recent interviews, we are thrilled to extend an offer for the {role} position.",
                "It gives me great pleasure to offer you the post of {role}[[, subject to satisfactory references|]].",
            ]
        ),
        r(
            "[[Please find attached your offer letter|Your formal offer letter is attached]], which sets out the [[key terms|details]] including a [[base salary|starting salary]] of {salary] per annum[[, a sign-on bonus| and equity|, 25 days' holiday|]] and a start date of {start}.".replace(
                "{salary]", "{salary}"
            )
        ),
        r.maybe(
            0.6,
            [
                "Please review and [[sign|return a signed copy]] by {date}.",
                "This offer is conditional on [[satisfactory references and a DBS check|right-to-work verification|a background check]].",
                "If you have any questions, I'm happy to jump on a call.",
            ],
        ),
        r(
            [
                "Everyone on the team is excited about the possibility of working with you.",
                "We can't wait to welcome you to the team!",
                "Congratulations again!",
            ]
        ),
        sig(r, 0.8),
        legal_footer(r),
    )
    s = r(
        [
            "Offer of employment - {role}",
            "Your offer from {company}",
            "{company} offer letter",
            "Congratulations! {role} offer",
            "Job offer: {role}",
            "Offer letter - {full}",
        ]
    )
    return s, body, human_sender(r)


def verbal_offer(rng, c):
    r = R(rng, c)
    _pay(r)
    body = r.body(
        r(["Hi {first},", "Hey {first}!", "{first},"]),
        r(
            [
                "Great news — the team would love to have you! Do you have 15 minutes today for a call so I can walk you through the offer?",
                "Following up on my call earlier: as discussed, we'd like to offer you the {role} role at {salary}. Written offer to follow [[today|tomorrow|shortly]]!",
                "I tried calling but couldn't reach you — I have some good news about {role}. When's a good time to talk?",
                "Congrats! Just confirming the verbal offer we discussed: {salary} base, start date {start}.",
            ]
        ),
        r.maybe(
            0.5,
            [
                "Unfortunately I'm travelling on {weekday}, so today or tomorrow would be ideal.",
                "No pressure to decide on the call itself.",
                "Let me know if you have any questions about benefits.",
            ],
        ),
        r(["Best,\n{rfirst}", "{rfirst}", "Cheers,\n{rfirst}", "Talk soon,\n{rfull}"]),
    )
    s = r(
        [
            "Good news!",
            "Re: {role}",
            "Offer - {role}",
            "Quick call?",
            "Verbal offer recap",
            "Congratulations!",
        ]
    )
    return s, body, human_sender(r)


def esign_envelope(rng, c):
    r = R(rng, c)
    tool = r(["DocuSign", "Adobe Acrobat Sign", "HelloSign", "PandaDoc"])
    body = r.body(
        r(f"[[{tool}\n\n|]]{{rfull}} sent you a document to review and sign."),
        r("[[REVIEW DOCUMENT|Review and sign|View document]]"),
        r(
            "{rfull}\n{rmail}\n\n[[Hi {first}, please review and sign your offer letter for the {role} position.|Offer Letter - {full} - {role}.pdf|Please sign your employment contract.]]"
        ),
        r.maybe(
            0.6,
            "[[Do Not Share This Email|Please do not share]]\nThis email contains a secure link. Please do not share this email, link, or access code with others.",
        ),
        r(
            f"[[About {tool}|Questions about the document? Contact the sender directly.]]\n[[Sign documents electronically in just minutes.|This message was sent to you by {{rfull}} who is using the {tool} service.]]"
        ),
    )
    s = r(
        [
            "Please DocuSign: {company} Offer Letter - {full}",
            "Complete with DocuSign: Offer_Letter_{last}.pdf",
            "{rfull} sent you {company} Offer Letter",
            'Signature requested on "{company} - Employment Contract"',
            "Please review and sign: Offer of Employment",
        ]
    )
    return (
        s,
        body,
        r(
            [
                f"{{rfull}} via {tool} <dse_na{{days}}@docusign.net>"
                if tool == "DocuSign"
                else f"{tool} <echosign@echosign.com>",
                f"{{company}} via {tool} <noreply@{tool.split()[0].lower()}.com>",
            ]
        ),
    )


def conditional_uk(rng, c):
    r = R(rng, c)
    _pay(r)
    body = r.body(
        r(["Dear {first},", "Dear {title} {last},"]),
        r(
            "Following your recent interview, I am pleased to confirm that we would like to offer you the post of {role}[[ at {company}|]]. This offer is conditional upon [[satisfactory pre-employment checks|two satisfactory references, an enhanced DBS check and occupational health clearance|proof of your right to work in the UK]]."
        ),
        r(
            "Salary: {salary}\nHours: [[37.5 hours per week|Full time|0.8 FTE]]\nStart date: {start}"
        ),
        r(
            "Please [[confirm your acceptance by replying to this email|complete the onboarding forms in the portal]] by {date}. [[We will then begin the pre-employment checks.|]]"
        ),
        r.maybe(
            0.5,
            "Please do not hand in your notice to your current employer until you receive an unconditional offer.",
        ),
        r("[[Yours sincerely|Kind regards]],\n{rfull}\n{rtitle}\n{company}"),
        legal_footer(r),
    )
    s = r(
        [
            "Conditional offer of employment - {role}",
            "Offer: {role} (ref {ref})",
            "Conditional offer",
            "Outcome of your interview - offer",
        ]
    )
    return s, body, r([human_sender(r), "{company} Recruitment <recruitment@{cdomain}>"])


def internship_offer(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Hi {first},", "Dear {first},"]),
        r(
            [
                "Congratulations! We're excited to offer you a place on our [[Summer {year}|{year}]] internship program at {company}.",
                "I'm thrilled to let you know that you've been selected for the {company} [[Summer Analyst Programme|Industrial Placement|Graduate Scheme]]!",
            ]
        ),
        r(
            "[[Your offer letter is attached.|You'll find your offer in the candidate portal.]] [[The programme runs from {date} for ten weeks.|Please accept by {date2}.]]"
        ),
        r.maybe(
            0.5,
            [
                "We received thousands of applications this year, so this is a real achievement.",
                "Unfortunately we can't extend the acceptance deadline, so let us know if you have questions soon.",
            ],
        ),
        r(
            [
                "Welcome aboard!\n{company} University Recruiting",
                "Congratulations again,\nThe Early Careers Team",
                "Best,\n{rfull}",
            ]
        ),
    )
    s = r(
        [
            "Congratulations from {company}!",
            "Your {company} internship offer",
            "Offer: Summer {year} Internship",
            "Welcome to {company}!",
        ]
    )
    return s, body, r([human_sender(r), "{company} Early Careers <earlycareers@{cdomain}>"])


def negotiation(rng, c):
    r = R(rng, c)
    _pay(r)
    body = r.body(
        r(["Hi {first},", "{first},", "Hello {first},"]),
        r(
            [
                "Thanks for your patience while I spoke to the team about your counter-offer.",
                "I took your request back to the hiring manager.",
            ]
        ),
        r(
            [
                "Unfortunately we can't go higher on the base salary, but we can [[increase the sign-on bonus|add an extra 5 days' holiday|offer a guaranteed review at six months]].",
                "I'm afraid we're not able to move on base, but we've been able to increase the equity grant.",
                "Good news: we've been able to raise the base to {salary}. The rest of the offer stays the same.",
                "We regret we can't match the other offer entirely, but we've revised it to {salary} — I hope that shows how keen we are.",
            ]
        ),
        r(
            [
                "The updated offer letter is attached. Let me know your thoughts!",
                "Happy to hop on a call to discuss.",
                "We'd really love to have you on the team.",
            ]
        ),
        r(["Best,\n{rfirst}", "Thanks,\n{rfull}", "{rfirst}"]),
    )
    s = r(
        [
            "Re: Offer - {role}",
            "Re: Updated offer",
            "Revised offer",
            "Re: Counter-offer",
            "Re: {company} offer",
        ]
    )
    return s, body, human_sender(r)


def welcome_onboarding(rng, c):
    r = R(rng, c)
    body = r.body(
        greet(r, 0.3),
        r(
            [
                "Welcome to {company}! We're so glad you accepted our offer for {role}.",
                "Congratulations on accepting your offer — welcome to the team!",
            ]
        ),
        r(
            [
                "Before your first day on {date}, please complete your onboarding tasks in [[BambooHR|Workday|Personio|Rippling]].",
                "You'll receive your laptop the week before you start. Your manager, {mfirst}, will be in touch.",
            ]
        ),
        r.maybe(0.5, "First day: {date}, {time} at {street}, {city}."),
        sig(r, 0.5),
    )
    s = r(
        [
            "Welcome to {company}!",
            "Your first day at {company}",
            "Onboarding: next steps",
            "Welcome aboard, {first}!",
        ]
    )
    return s, body, r([human_sender(r), "{company} People Team <people@{cdomain}>"])


FAMILIES = [
    ("offer-formal-letter", formal_offer, 30),
    ("offer-verbal", verbal_offer, 20),
    ("offer-esignature", esign_envelope, 16),
    ("offer-conditional-uk", conditional_uk, 16),
    ("offer-internship", internship_offer, 12),
    ("offer-negotiation", negotiation, 12),
    ("offer-welcome-onboarding", welcome_onboarding, 10),
]
