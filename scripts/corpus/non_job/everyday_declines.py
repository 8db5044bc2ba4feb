"""Non-job mail that uses rejection words: cancelled events, declined talks, refused refunds,
closed pull requests, unsuccessful tenders, declined cards, rejected expenses, etc.
None of these is about a job application."""

from __future__ import annotations

from ..engine import R
from ..fragments import greet, signoff

DECLINE_SOFT = [
    "Unfortunately, ",
    "We regret to inform you that ",
    "After careful consideration, ",
    "We're sorry to let you know that ",
    "",
    "Regretfully, ",
]


def event_cancelled(rng, c):
    r = R(rng, c)
    c["ev"] = r(
        [
            "Python Meetup",
            "Book Club",
            "5-a-side football",
            "Yoga in the Park",
            "Community Choir rehearsal",
            "Product Design Night",
            "Saturday parkrun social",
            "Wine tasting evening",
            "Board game night",
            "Pottery workshop",
            "Salsa class",
        ]
    )
    body = r.body(
        greet(r, 0.2),
        r(DECLINE_SOFT)
        + r(
            [
                "[[this month's|{weekday}'s|tonight's]] {ev} has been cancelled[[ due to the weather| because the venue is unavailable| as our speaker is unwell|]].",
                "we have had to cancel {ev} on {date}[[ owing to low numbers| due to a venue problem|]].",
                "{ev} will not go ahead as planned on {date}.",
            ]
        ),
        r(
            [
                "Refunds will be issued automatically within {days} working days.",
                "We'll reschedule and let you know the new date soon.",
                "Sorry for the inconvenience and see you next time!",
                "Your ticket will remain valid for the rescheduled date.",
            ]
        ),
        r(signoff(r) + "\n" + r(["{rfirst}", "The {ev} organisers", "Meetup Team", "{rfull}"])),
        r.maybe(0.4, "You are receiving this because you RSVP'd on Meetup. Unsubscribe."),
    )
    s = r(
        [
            "CANCELLED: {ev} on {date}",
            "{ev} cancelled",
            "Update: {ev} is off this week",
            "Event cancelled",
            "Change of plans - {ev}",
        ]
    )
    return (
        s,
        body,
        r(
            [
                "Meetup <info@meetup.com>",
                "{rfull} <{rfirst}.{rlast}@gmail.com>",
                "Eventbrite <noreply@eventbrite.com>",
            ]
        ),
    )


def cfp_declined(rng, c):
    r = R(rng, c)
    c["conf"] = r(
        [
            "PyCon {city}",
            "DevOpsDays {city}",
            "JSConf",
            "RustFest",
            "DataCon {year}",
            "UX Leeds",
            "EuroPython",
            "FOSDEM devroom",
            "KubeCon",
            "LeadDev {city}",
        ]
    )
    c["talk"] = r(
        [
            "Scaling Postgres Without Tears",
            "What Our Design System Taught Us",
            "Type Hints in Practice",
            "A Gentle Introduction to eBPF",
            "Testing Machine Learning Pipelines",
            "Accessibility for Busy Teams",
            "Lessons from a Failed Migration",
        ]
    )
    body = r.body(
        greet(r, 0.4),
        r('Thank you for submitting your proposal "{talk}" to {conf}.'),
        r(
            [
                "We received [[over 400|more than 600|hundreds of]] proposals and had room for [[only 40|fewer than 50|about 10%]] of them.",
                "The programme committee reviewed every submission carefully.",
            ]
        ),
        r(DECLINE_SOFT)
        + r(
            [
                "your talk was not selected for this year's programme.",
                "we are unable to accept your proposal this year.",
                "we have decided not to include your talk in the schedule.",
                "your proposal has been declined.",
            ]
        ),
        r.maybe(
            0.6,
            [
                "We'd love to see you submit again next year, and we hope you'll still attend — here's a 20% discount code for tickets.",
                "Reviewer comments are available in your speaker dashboard.",
                "We encourage you to submit it to a local meetup.",
            ],
        ),
        r(signoff(r) + "\n" + "The {conf} Programme Committee"),
    )
    s = r(
        [
            "Your {conf} proposal",
            '{conf}: decision on "{talk}"',
            "CFP result - {conf}",
            "Your talk submission",
        ]
    )
    return (
        s,
        body,
        r(["{conf} <cfp@sessionize.com>", "{conf} Programme Committee <program@pretalx.com>"]),
    )


def refund_refused(rng, c):
    r = R(rng, c)
    c["shop"] = r(
        [
            "ShopNow",
            "Northwind Electronics",
            "Pelican Travel",
            "Canopy Home",
            "StyleBox",
            "GadgetHub",
            "Summit Outdoor Co.",
        ]
    )
    body = r.body(
        greet(r, 0.4),
        r("Thank you for contacting us about order #{ref}."),
        r(DECLINE_SOFT)
        + r(
            [
                "we are unable to approve your refund request as the item was returned outside the 30-day return window.",
                "your refund request has been declined because the product shows signs of use.",
                "we cannot process a refund for non-refundable fares.",
                "your return has been rejected as the item was not in its original packaging.",
            ]
        ),
        r.maybe(
            0.6,
            [
                "You may be eligible for store credit instead.",
                "If you believe this decision is incorrect, you can appeal within 14 days.",
                "Our full returns policy is available on our website.",
            ],
        ),
        r(signoff(r) + "\n" + "{shop} Customer Care"),
    )
    s = r(
        [
            "Your refund request #{ref}",
            "Update on your return",
            "Re: Refund for order {ref}",
            "Return request declined",
        ]
    )
    return s, body, r(["{shop} Support <support@{cdomain}>", "{shop} <no-reply@{cdomain}>"])


def pr_closed(rng, c):
    r = R(rng, c)
    c["repo"] = r(
        [
            "pallets/flask",
            "acme/widgets",
            "python/mypy-stubs",
            "team-cobalt/api",
            "home-assistant/addons",
            "numfocus/website",
            "rust-lang/book",
        ]
    )
    c["gh"] = r(
        ["octo-dev", "mklein", "devnull42", "ana-rs", "jwu", "lucas-dev", "{rfirst}"]
    ).lower()
    body = r.body(
        r(
            [
                "@{gh} closed this pull request.",
                "Closed #{days}{ref}.",
                "{gh} rejected these changes.",
                "Closed #{ref} as not planned.",
            ]
        ),
        r.maybe(
            0.8,
            [
                "Thanks for the PR! Unfortunately we've decided not to merge this, as it duplicates work in #{days}2. Closing.",
                "We're not going to accept this change — the maintainers decided to go a different direction with the config API.",
                "Closing as stale. Feel free to reopen if you'd like to pick it back up.",
                "Declining: this is out of scope for the project.",
            ],
        ),
        r(
            "—\nReply to this email directly, view it on GitHub, or unsubscribe.\nYou are receiving this because you authored the thread."
        ),
    )
    s = r(
        [
            "Re: [{repo}] Add retry option to client (PR #{ref})",
            "Re: [{repo}] Fix typo in docs (#{ref})",
            "Re: [{repo}] feat: support async handlers (#{ref})",
        ]
    )
    return s, body, r("{gh} <notifications@github.com>")


def tender_unsuccessful(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Dear Sir/Madam,", "Dear {first},", "Dear Bidder,"]),
        r(
            "Re: Tender {ref} - [[Provision of Cleaning Services|Grounds Maintenance Contract|IT Support Framework|Supply of Office Furniture|Catering Services]]"
        ),
        r("Thank you for submitting a tender for the above contract."),
        r(
            [
                "I regret to inform you that your bid has been unsuccessful on this occasion.",
                "The evaluation panel has completed its assessment and your tender was not the most economically advantageous.",
                "After careful consideration, the contract has been awarded to another supplier.",
            ]
        ),
        r(
            "[[Your score: Quality 61/100, Price 78/100. The winning bid scored 84 overall.|A standstill period of 10 days now applies.|Feedback is available on request.]]"
        ),
        r(
            "[[Yours faithfully|Kind regards]],\n{rfull}\nProcurement Officer\n[[Leeds City Council|NHS Supply Services|Pinecrest University|Riverside Housing Association]]"
        ),
    )
    s = r(
        [
            "Tender {ref}: outcome",
            "Notification of contract award decision",
            "Unsuccessful tender notification - {ref}",
            "Outcome of your bid",
        ]
    )
    return (
        s,
        body,
        r(
            [
                "procurement@[[leeds.gov.uk|pinecrest.edu|riversidehousing.org.uk]]",
                "In-Tend <noreply@in-tend.co.uk>",
            ]
        ),
    )


def card_declined(rng, c):
    r = R(rng, c)
    body = r.body(
        greet(r, 0.5),
        r(
            [
                "Your card ending in {days}{days}{days}1 was declined for a payment of [[£42.99|$129.00|€18.50|$9.99]] at [[AMAZON MKTPLACE|TESCO STORES|UBER *TRIP|SPOTIFY|CITY PARKING]].",
                "We couldn't process your payment for your [[Netflix|Spotify|Dropbox|gym]] subscription. Your card was declined.",
                "A transaction on your account was declined because it [[exceeded your available balance|looked unusual|was made abroad]].",
            ]
        ),
        r(
            [
                "If this was you, please update your payment details to avoid interruption.",
                "If you don't recognise this, freeze your card in the app.",
                "We'll try again in 3 days.",
            ]
        ),
        r(["Silverline Bank Security", "The Billing Team", "Monzo", "Thanks,\nCustomer Support"]),
    )
    s = r(
        [
            "Payment declined",
            "Your card was declined",
            "Action needed: payment failed",
            "Declined transaction alert",
        ]
    )
    return (
        s,
        body,
        r(
            [
                "Silverline Bank <alerts@silverlinebank.com>",
                "Billing <billing@nimbuscloud.io>",
                "Monzo <help@monzo.com>",
            ]
        ),
    )


def expense_rejected(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Hi {first},", "{first},", ""]),
        r(
            [
                '{rfull} rejected your expense report "[[Client dinner|Travel to {city}|Conference {month}|Team offsite]]" ([[£|$]]{ref}).',
                "Your expense claim #{ref} has been rejected.",
            ]
        ),
        r(
            [
                "Reason: [[Missing receipt|Exceeds per diem|Alcohol is not reimbursable|Duplicate submission]].",
                'Comment: "Please attach itemised receipts and resubmit."',
            ]
        ),
        r("[[View report|Edit and resubmit]] in [[Expensify|SAP Concur|Pleo|Ramp]]."),
    )
    s = r(
        [
            "Expense report rejected",
            "Your expense report was rejected by {rfull}",
            "Action needed: expense claim returned",
            "Rejected: expense report #{ref}",
        ]
    )
    return (
        s,
        body,
        r(
            [
                "Concur <autonotification@concursolutions.com>",
                "Expensify <concierge@expensify.com>",
                "Pleo <no-reply@pleo.io>",
            ]
        ),
    )


def rental_declined(rng, c):
    r = R(rng, c)
    body = r.body(
        greet(r, 0.5),
        r(
            "Thank you for your application to rent [[Flat 3, 12 Harbour Road|the 2-bed apartment on King Street|14 Elm Grove]]."
        ),
        r(DECLINE_SOFT)
        + r(
            [
                "the landlord has decided to proceed with another applicant.",
                "your tenancy application was not successful.",
                "we are unable to offer you the property at this time.",
            ]
        ),
        r.maybe(
            0.5,
            [
                "Your holding deposit will be refunded within 7 days.",
                "We have other properties that may suit you — see our listings.",
            ],
        ),
        r(signoff(r) + "\n{rfull}\nLettings Negotiator, Amberley Estates"),
    )
    s = r(
        [
            "Your rental application",
            "Re: Viewing at Harbour Road",
            "Tenancy application update",
            "Property application outcome",
        ]
    )
    return s, body, r("{rfull} <lettings@amberleyestates.co.uk>")


def grant_unsuccessful(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Dear {first},", "Dear {title} {last},", "Dear applicant,"]),
        r(
            "Thank you for applying to the [[Community Arts Fund|Small Grants Programme|Innovation Voucher scheme|Heritage Fund]] (reference {ref})."
        ),
        r(
            [
                "We received many more applications than we were able to fund, and I am sorry to tell you that your application has not been successful.",
                "After careful consideration, the panel has decided not to award funding to your project on this occasion.",
                "Unfortunately your bid did not score highly enough to be recommended for funding.",
            ]
        ),
        r.maybe(
            0.6,
            [
                "You are welcome to apply to the next round, which opens in {month}.",
                "Panel feedback is attached.",
            ],
        ),
        r(signoff(r) + "\nGrants Team"),
    )
    s = r(
        [
            "Your funding application {ref}",
            "Grant application outcome",
            "Decision on your application to the fund",
        ]
    )
    return s, body, r("grants@[[beaconalliance.org|artsfund.org.uk|innovatefund.org]]")


def paper_rejected(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Dear Dr. {last},", "Dear {first} {last},", "Dear Author,"]),
        r(
            'Manuscript ID {ref}: "[[Sparse Attention for Tabular Data|Soil Microbiome Diversity in Upland Pasture|A Survey of Urban Heat Islands|Bayesian Methods for Small Clinical Trials]]"'
        ),
        r(
            [
                "Thank you for submitting your manuscript. Based on the reviewers' reports, I regret that we are unable to accept it for publication in the journal.",
                "After careful consideration, the editors have decided to reject your submission. The reviewers' comments are included below.",
                "Your paper was not accepted to the main conference track.",
            ]
        ),
        r.maybe(
            0.7,
            "Reviewer 1: [[The contribution is incremental.|The experiments are limited to one dataset.|The writing needs substantial revision.]]\nReviewer 2: [[Interesting idea but missing baselines.|Please clarify the sampling method.]]",
        ),
        r(signoff(r) + "\n{rfull}\nHandling Editor"),
    )
    s = r(
        ["Decision on Manuscript ID {ref}", "Your submission {ref}", "Paper decision notification"]
    )
    return (
        s,
        body,
        r(
            [
                "onbehalfof@manuscriptcentral.com",
                "Editorial Office <editorial@journals.example.org>",
                "OpenReview <noreply@openreview.net>",
            ]
        ),
    )


def app_review_rejected(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Hello,", "Dear Developer,", "Hi {first},"]),
        r(
            [
                'Your app "[[Budget Buddy|Trailmate|Quiz Night|HabitLoop]]" version 2.{days} was rejected during review.',
                'Your ad "[[Spring Sale|Summer Launch|New Collection]]" was disapproved and is not running.',
                "Your listing \"[[Vintage lamp|Road bike|Kids' desk]]\" has been removed because it doesn't meet our policies.",
            ]
        ),
        r(
            [
                "Reason: [[Guideline 2.1 - App Completeness|Misleading claims|Prohibited item]].",
                "You can fix the issue and resubmit for review.",
            ]
        ),
        r(["The App Review Team", "Google Ads", "Marketplace Support"]),
    )
    s = r(
        [
            "Your submission was rejected",
            "Ad disapproved",
            "Listing removed",
            "App Review: submission rejected",
        ]
    )
    return (
        s,
        body,
        r(
            [
                "App Store Connect <no_reply@email.apple.com>",
                "Google Ads <ads-noreply@google.com>",
                "Marketplace <noreply@marketplace.example.com>",
            ]
        ),
    )


def claim_denied(rng, c):
    r = R(rng, c)
    body = r.body(
        greet(r, 0.6),
        r("Claim number: {ref}"),
        r(
            [
                "We have reviewed your [[travel insurance|home insurance|warranty|parking appeal|council tax appeal]] claim and are unable to approve it.",
                "Your appeal against Penalty Charge Notice {ref} has been unsuccessful.",
                "Your planning application for a rear extension has been refused.",
                "Your loan application has been declined based on the information provided.",
            ]
        ),
        r(
            [
                "A full explanation is in the attached letter.",
                "If you disagree with this decision, you can ask for a review within 28 days.",
                "You may reapply after 6 months.",
            ]
        ),
        r(
            signoff(r)
            + "\n"
            + r(["Claims Team", "Parking Services", "Planning Department", "Lending Team"])
        ),
    )
    s = r(
        [
            "Update on your claim {ref}",
            "Decision on your appeal",
            "Your application decision",
            "Claim outcome",
        ]
    )
    return (
        s,
        body,
        r(
            [
                "Kestrel Insurance <claims@kestrel-insurance.co.uk>",
                "Parking Services <parking@council.gov.uk>",
                "Lark Insurance <noreply@larkinsure.com>",
            ]
        ),
    )


def personal_decline(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Hi {first}!", "Hey {first},", "{first} -"]),
        r(
            [
                "Unfortunately we can't make the wedding on the 14th — we'll be abroad. So sorry!",
                "Sadly I have to decline the dinner invite this Saturday, I'm swamped.",
                "Bad news: the landlord turned down our offer on the sofa lol.",
                "The restaurant cancelled our booking, unfortunately. Pizza at mine instead?",
                "I'm going to pass on the hiking trip this time, my knee is still bad.",
                "Our flight got cancelled so we won't be back until Tuesday.",
            ]
        ),
        r(["Love, {rfirst}", "x {rfirst}", "{rfirst}", "Talk soon!"]),
    )
    s = r(["Re: Saturday", "Re: Wedding RSVP", "bad news", "", "Re: plans"])
    return s, body, r("{rfirst} <{rfirst}.{rlast}@gmail.com>").lower()


FAMILIES = [
    ("nonjob-event-cancelled", event_cancelled, 16),
    ("nonjob-cfp-talk-declined", cfp_declined, 16),
    ("nonjob-refund-refused", refund_refused, 16),
    ("nonjob-pull-request-closed", pr_closed, 14),
    ("nonjob-tender-unsuccessful", tender_unsuccessful, 14),
    ("nonjob-card-declined", card_declined, 14),
    ("nonjob-expense-rejected", expense_rejected, 14),
    ("nonjob-rental-declined", rental_declined, 12),
    ("nonjob-grant-unsuccessful", grant_unsuccessful, 12),
    ("nonjob-paper-rejected", paper_rejected, 10),
    ("nonjob-app-ad-listing-rejected", app_review_rejected, 12),
    ("nonjob-claim-appeal-denied", claim_denied, 14),
    ("nonjob-personal-decline", personal_decline, 12),
]
