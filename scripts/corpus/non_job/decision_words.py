"""Mail that is not about a job but is full of decision words (helper W5, issue 11; written for
rejectwatch): a declined payment, a grant not funded, a visa appointment cancelled, a paper
rejected, a flat or club place given to someone else, and the same kinds of notice in German,
French, Spanish and Dutch (families w5-nj-*). Hard negatives for every w5 rejection family:
"not selected", "decided to go with someone else" and "abgelehnt" are about no job here.
"""

from __future__ import annotations

from ..engine import R
from ..voices.portal_letters import Writer, family

NJ = "non_job_rejection_words"

SHOPS = [
    "Fernleaf Grocers",
    "Kitewing Air",
    "Pixelbarn Games",
    "Harbour Cinemas",
    "Veloce Bikes",
    "Moss & Thread",
    "CloudLocker Storage",
]
CONFS = [
    "the Workshop on Robust Systems",
    "NordCHI Late-Breaking Work",
    "the Annual Symposium on Coastal Ecology",
    "ICDL Doctoral Consortium",
    "PyData Lisbon",
]
FUNDERS = [
    "the Ellery Foundation",
    "the Regional Arts Fund",
    "the Heathcote Research Trust",
    "the Small Business Innovation Scheme",
    "the Lindgren Community Fund",
]


def nj_setup(r: R) -> None:
    c = r.c
    c["shop"] = r.choice(SHOPS)
    c["conf"] = r.choice(CONFS)
    c["funder"] = r.choice(FUNDERS)
    c["amt"] = f"{r.rng.randint(5, 480)}.{r.rng.randint(0, 99):02d}"
    c["card"] = f"{r.rng.randint(1000, 9999)}"


def notice(
    subjects: list[str],
    cores: list[str],
    afters: list[str],
    senders: list[str],
    *,
    hello: list[str] | None = None,
    signs: list[str] | None = None,
) -> Writer:
    def write(r: R) -> tuple[str, str, str]:
        nj_setup(r)
        body = r.body(
            r(hello or ["Hi {first},", "Dear {first} {last},", "Hello,", "Dear customer,", ""]),
            r(cores),
            r(afters),
            r(signs or ["Thanks,\nThe {shop} team", "Kind regards", "", "Customer Support"]),
        )
        return r(subjects), body, r(senders)

    return write


PAY = notice(
    [
        "Payment declined",
        "Your payment didn't go through",
        "Action needed: update your card",
        "Order #{ref} \u2013 payment failed",
    ],
    [
        "Your payment of \u00a3{amt} to {shop} was declined by your bank.",
        "We couldn't take payment for your order: the card ending {card} was declined.",
        "Unfortunately your subscription renewal was unsuccessful because the payment was rejected.",
        "Your bank has refused the transaction of ${amt}. Your order is on hold.",
    ],
    [
        "Please update your payment details within 7 days to avoid cancellation.",
        "No money has left your account.",
        "Try another card or contact your bank.",
    ],
    ["{shop} <billing@{cdomain}>", "{shop} Payments <no-reply@{cdomain}>"],
)
GRANT = notice(
    [
        "Outcome of your funding application",
        "Your application to {funder}",
        "Grant round results",
        "Decision on proposal {ref}",
    ],
    [
        "Thank you for applying to {funder}. After careful review, your proposal was not selected for funding in this round.",
        "The panel received far more strong proposals than it could fund, and regrettably yours was unsuccessful.",
        "We're sorry to let you know that {funder} has decided not to award a grant to your project this year.",
        "Your application has been declined at the assessment stage; the reviewers' comments are attached.",
    ],
    [
        "You are welcome to apply again in the next round.",
        "Reviewer feedback is available in the applicant portal.",
        "",
    ],
    ["Grants Team <grants@{cdomain}>", "Grants Office <noreply@{cdomain}>"],
    signs=["Kind regards,\nGrants Team", "Best wishes,\n{rfull}\nProgramme Officer", ""],
)
VISA = notice(
    [
        "Appointment cancelled",
        "Your visa appointment on {date}",
        "Important: appointment {ref} cancelled",
        "Change to your biometrics appointment",
    ],
    [
        "Your appointment at the visa application centre on {date} at {time} has been cancelled.",
        "Due to a system outage, all appointments on {date} have been cancelled, including yours.",
        "Your application for an appointment was rejected because the passport number did not match our records.",
        "We regret that your biometrics appointment could not go ahead and has been cancelled.",
    ],
    [
        "Please book a new slot in the online system; no further fee is due.",
        "Rebooking opens on {date2}.",
        "",
    ],
    [
        "Visa Application Centre <no-reply@vac-appointments.org>",
        "Consular Appointments <appointments@consular-booking.net>",
    ],
    signs=["Appointments Team", "Visa Application Centre", ""],
)
PAPER = notice(
    [
        "[{conf}] Decision on submission #{ref}",
        "Your submission to {conf}",
        "Notification of rejection \u2013 paper {ref}",
        "{conf}: review results",
    ],
    [
        "We regret to inform you that your submission #{ref} was not accepted to {conf}.",
        "The programme committee has decided not to include your paper in this year's programme.",
        "After discussion, the reviewers recommended rejection; only 22% of submissions could be accepted.",
        "Unfortunately your abstract was not selected for an oral presentation or a poster.",
    ],
    [
        "The reviews are below and in the submission system.",
        "We hope you will consider submitting to next year's edition.",
        "",
    ],
    ["{conf} PC Chairs <chairs@confsys.org>", "ConfSys <noreply@confsys.org>"],
    hello=["Dear {first} {last},", "Dear authors,", "Dear {title} {last},"],
    signs=[
        "Best regards,\nThe PC chairs",
        "{conf} Programme Committee",
        "Sincerely,\n{rfull} and {mfirst} {mlast}",
    ],
)


def personal(r: R) -> tuple[str, str, str]:
    nj_setup(r)
    line = r(
        [
            "Sorry, the landlord went with someone else for the flat. Gutted for you.",
            "The club decided not to offer you a place in the senior squad this season, sorry mate.",
            "Bad news - your bid on the house was rejected, they accepted a higher offer.",
            "The shelter went with another family for the puppy. Sorry!",
            "Choir committee decided not to take new altos this term. Next year maybe?",
            "Council rejected the planning application for the extension, sorry. We'll appeal.",
        ]
    )
    body = r.body(
        r(["", "Hi {first},", "Hey {first}", "{first} -"]),
        line,
        r(["{rfirst}", "x {rfirst}", "- {rfirst}", "Cheers, {rfirst}"]),
        r(["", "Sent from my iPhone", "Sent from my Galaxy"]),
    )
    return (
        r(["Re: the flat", "Re: news", "", "Re: Saturday", "Re: update"]),
        body,
        r(["{rfull}", "{rfirst}", ""]),
    )


EU = {
    "de": (
        "Ihre Zahlung wurde abgelehnt",
        "Guten Tag {first},",
        [
            "Ihre Zahlung über {amt} € an {shop} wurde von Ihrer Bank abgelehnt.",
            "Leider konnten wir Ihren Antrag auf Förderung nicht berücksichtigen; die Jury hat sich für andere Projekte entschieden.",
            "Ihr Termin bei der Ausländerbehörde am {ndate} wurde leider abgesagt.",
            "Ihr Beitrag wurde vom Programmkomitee nicht angenommen.",
        ],
        "Mit freundlichen Grüßen\nIhr Kundenservice",
    ),
    "fr": (
        "Paiement refusé",
        "Bonjour {first},",
        [
            "Votre paiement de {amt} € à {shop} a été refusé par votre banque.",
            "Nous avons le regret de vous informer que votre demande de subvention n'a pas été retenue.",
            "Votre rendez-vous en préfecture du {ndate} a été annulé.",
            "Votre article n'a malheureusement pas été accepté pour la conférence.",
        ],
        "Cordialement,\nLe service client",
    ),
    "es": (
        "Pago rechazado",
        "Hola {first}:",
        [
            "Tu pago de {amt} € a {shop} ha sido rechazado por tu banco.",
            "Lamentamos comunicarte que tu solicitud de beca no ha sido seleccionada.",
            "Tu cita en el consulado del {ndate} ha sido cancelada.",
            "Tu comunicación no ha sido aceptada en el congreso.",
        ],
        "Un saludo,\nAtención al cliente",
    ),
    "nl": (
        "Betaling geweigerd",
        "Beste {first},",
        [
            "Je betaling van € {amt} aan {shop} is door je bank geweigerd.",
            "Helaas is je subsidieaanvraag niet toegekend.",
            "Je afspraak bij de gemeente op {ndate} is geannuleerd.",
            "Je paper is helaas niet geaccepteerd voor het congres.",
        ],
        "Met vriendelijke groet,\nKlantenservice",
    ),
}


def eu_declines(r: R) -> tuple[str, str, str]:
    nj_setup(r)
    lang = r.choice(list(EU))
    subj, hello, cores, sign = EU[lang]
    body = r.body(r(hello), r(cores), r(sign))
    return (
        r([subj, "{shop}", "Re: {ref}", subj + " ({ref})"]),
        body,
        r(["{shop} <service@{cdomain}>", "noreply@{cdomain}"]),
    )


FAMILIES = [
    family("w5-nj-payment-declined", 22, NJ, PAY),
    family("w5-nj-grant-not-funded", 22, NJ, GRANT),
    family("w5-nj-visa-appointment-cancelled", 20, NJ, VISA),
    family("w5-nj-paper-rejected", 20, NJ, PAPER),
    family("w5-nj-personal-went-with-someone-else", 22, NJ, personal),
    family("w5-nj-eu-declines", 24, NJ, eu_declines),
]
