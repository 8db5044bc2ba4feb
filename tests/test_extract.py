"""extract: the golden fixtures' expected facts, and the rules one by one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mailgen import mail_value
from rejectwatch.crm import contacts, places, senders
from rejectwatch.crm.extract import REASONS, Facts, extract, is_no_reply
from rejectwatch.crm.reply import Profile, render_body
from rejectwatch.mail.message import Address, Mail, parse

FIXTURES = Path(__file__).parent / "fixtures" / "eml"
CASES = sorted(FIXTURES.glob("*.eml"))
FACT_KEYS = ("company", "position", "contact_name", "contact_address", "reason")


NOBODY = Address("", "")


def make_mail(
    *,
    subject: str = "",
    sender: Address = NOBODY,
    reply_to: Address | None = None,
    text: str = "",
) -> Mail:
    return mail_value(subject=subject, sender=sender, reply_to=reply_to, text=text)


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden_fixture_facts(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    facts = extract(parse(path.read_bytes(), **expected.get("parse_kwargs", {})))
    for key in FACT_KEYS:
        if key in expected:
            assert getattr(facts, key) == expected[key], key


@pytest.mark.parametrize(
    "address",
    [
        "noreply@acme.com",
        "no-reply@greenhouse.io",
        "do-not-reply@x.com",
        "DoNotReply@x.com",
        "notifications@lever.co",
        "MAILER-DAEMON@mx.x.com",
        "jobs-noreply@x.com",
        "no_reply+123@x.com",
        "notification@x.com",
        "",
    ],
)
def test_no_reply_addresses(address: str) -> None:
    assert is_no_reply(address)


@pytest.mark.parametrize(
    "address", ["priya.shah@acme.com", "careers@acme.com", "nora@x.com", "replyto@x.com"]
)
def test_reply_able_addresses(address: str) -> None:
    assert not is_no_reply(address)


@pytest.mark.parametrize(
    ("display", "address", "company"),
    [
        ("Acme Recruiting", "jobs@acme-mail.net", "Acme"),
        ("Jane at Acme", "jane@hire.lever.co", "Acme"),
        ("Careers at Globex Corporation", "x@smartrecruiters.com", "Globex Corporation"),
        ("Hooli Talent Acquisition Team", "no-reply@ashbyhq.com", "Hooli"),
        ("", "someone@acme.com", "Acme"),
        ("", "someone@careers.acme.co.uk", "Acme"),
        ("", "someone@greenhouse.io", ""),
        ("", "someone@greenhouse-mail.io", ""),
        ("", "someone@gmail.com", ""),
        ("", "acme@myworkday.com", "Acme"),
        ("", "noreply@myworkday.com", ""),
        ("", "x@acme.wd5.myworkday.com", "Acme"),
        ("Initech", "jobs@initech.com", "Initech"),
        ("Bob Smith", "bob@linkedin.com", ""),
    ],
)
def test_company_from_sender(display: str, address: str, company: str) -> None:
    assert extract(make_mail(sender=Address(display, address))).company == company


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Thank you for applying to Acme Corp. We regret", "Acme Corp"),
        ("We appreciate your interest in Globex and the time", "Globex"),
        ("for the Backend Engineer position at Initech. We", "Initech"),
        ("Best wishes,\nthe Hooli Talent Team", "Hooli"),
        ("Thank you for your interest in the position. Unfortunately", ""),
        ("We appreciate your interest in our company.", ""),
    ],
)
def test_company_from_body(text: str, company: str) -> None:
    mail = make_mail(sender=Address("", "no-reply@greenhouse.io"), text=text)
    assert extract(mail).company == company


@pytest.mark.parametrize(
    ("subject", "text", "position"),
    [
        ("", "Thank you for applying for the Senior Data Analyst position.", "Senior Data Analyst"),
        ("", "regarding your application for Backend Engineer at Acme.", "Backend Engineer"),
        ("", "your interest in the senior product designer role here", "senior product designer"),
        ("Your application for Site Reliability Engineer at Acme", "", "Site Reliability Engineer"),
        ("Acme | Software Engineer", "", "Software Engineer"),
        ("Software Engineer - Acme", "", "Software Engineer"),
        ("", "Thank you for your interest in this position.", ""),
        ("Your application", "Thank you for applying.", ""),
    ],
)
def test_position(subject: str, text: str, position: str) -> None:
    mail = make_mail(subject=subject, sender=Address("", "jobs@acme.com"), text=text)
    assert extract(mail).position == position


@pytest.mark.parametrize(
    ("reply_to", "sender", "text", "name", "address"),
    [
        (None, Address("Priya Shah", "priya@acme.com"), "", "Priya Shah", "priya@acme.com"),
        (None, Address("Shah, Priya", "priya@acme.com"), "", "Priya Shah", "priya@acme.com"),
        (None, Address("No Reply", "noreply@acme.com"), "", "", ""),
        (None, Address("Careers", "careers@acme.com"), "", "", "careers@acme.com"),
        (None, Address("Talent Acquisition Team", "ta@acme.com"), "", "", "ta@acme.com"),
        (
            Address("Priya Shah", "priya@acme.com"),
            Address("Acme", "noreply@greenhouse.io"),
            "",
            "Priya Shah",
            "priya@acme.com",
        ),
        (
            None,
            Address("Acme Careers", "no-reply@acme.com"),
            "We wish you luck.\n\nBest,\nPriya Shah\nTalent Partner\n",
            "Priya Shah",
            "",
        ),
        (
            None,
            Address("Acme Careers", "careers@acme.com"),
            "Kind regards,\nThe Acme Recruiting Team",
            "",
            "careers@acme.com",
        ),
        (None, Address("Priya", "priya@acme.com"), "", "Priya", "priya@acme.com"),
        (None, Address("Acme", "acme@acme.com"), "", "", "acme@acme.com"),
        (None, Address("Sarah from Acme", "s.jones@acme.com"), "", "Sarah", "s.jones@acme.com"),
        (None, Address("Careers from Acme", "c@acme.com"), "", "", "c@acme.com"),
        # names in the forms headers write them: capitals, pronouns, degrees, last name first
        (None, Address("PRIYA SHAH", "priya@acme.com"), "", "Priya Shah", "priya@acme.com"),
        (None, Address("SHAH, PRIYA", "priya@acme.com"), "", "Priya Shah", "priya@acme.com"),
        (None, Address("Jean DUPONT", "jd@acme.com"), "", "Jean Dupont", "jd@acme.com"),
        (
            None,
            Address("Priya Shah (she/her)", "priya@acme.com"),
            "",
            "Priya Shah",
            "priya@acme.com",
        ),
        (None, Address("Priya Shah, PhD", "priya@acme.com"), "", "Priya Shah", "priya@acme.com"),
        (None, Address("van Dijk, Jan", "jan@acme.com"), "", "Jan van Dijk", "jan@acme.com"),
        (None, Address("priya@acme.com", "priya@acme.com"), "", "", "priya@acme.com"),
        (None, Address("ACME CAREERS", "careers@acme.com"), "", "", "careers@acme.com"),
    ],
)
def test_contact(
    reply_to: Address | None, sender: Address, text: str, name: str, address: str
) -> None:
    facts = extract(make_mail(reply_to=reply_to, sender=sender, text=text))
    assert (facts.contact_name, facts.contact_address) == (name, address)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Unfortunately the position has been filled.", "position_filled"),
        ("We have decided to move forward with another candidate.", "another_candidate"),
        ("We are looking for someone with more experience in Go.", "experience_skills"),
        ("The role has been put on hold due to a hiring freeze.", "role_cancelled"),
        ("Thank you for taking the time to interview with us.", "after_interview"),
        ("We will keep your resume on file for future openings.", "kept_on_file"),
        ("We have decided not to proceed.", "unknown"),
    ],
)
def test_reason(text: str, reason: str) -> None:
    assert extract(make_mail(text=text)).reason == reason


@given(st.text(max_size=200), st.text(max_size=40), st.text(max_size=40), st.text(max_size=500))
def test_extract_never_raises_and_returns_known_reason(
    subject: str, name: str, local: str, text: str
) -> None:
    facts = extract(make_mail(subject=subject, sender=Address(name, f"{local}@x.com"), text=text))
    assert isinstance(facts, Facts)
    assert facts.reason in REASONS


def test_a_degree_after_a_name_is_not_the_company() -> None:
    text = "Unfortunately we have moved forward with other candidates.\n\nBest,\nAcme"
    facts = extract(make_mail(sender=Address("Priya Shah, PhD", "priya@acme.com"), text=text))
    assert facts.company == "Acme"  # was "PhD"


@pytest.mark.parametrize(
    ("subject", "company", "position"),
    [
        ("Réf : Acme | Data Analyst", "Acme", "Data Analyst"),
        ("RE: [EXT] Acme | Data Analyst", "Acme", "Data Analyst"),
        ("WG: AW: Acme | Data Analyst", "Acme", "Data Analyst"),
        ("Smith &amp; Jones | Data Analyst", "Smith & Jones", "Data Analyst"),
    ],
)
def test_role_from_a_subject_behind_prefixes_and_tags(
    subject: str, company: str, position: str
) -> None:
    facts = extract(make_mail(subject=subject, sender=Address("", "jobs@mail.example"), text=""))
    assert (facts.company, facts.position) == (company, position)


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for applying for the “Data Analyst” position. Unfortunately not this time.",
        'Thank you for applying for the "Data Analyst" role. Unfortunately not this time.',
        "Thank you for applying for the 'Data Analyst' position. Unfortunately not.",
        "Thank you for your application for the position of «Data Analyst». Unfortunately not.",
    ],
)
def test_a_quoted_title_comes_without_its_quotes(text: str) -> None:
    facts = extract(
        make_mail(subject="Your application", sender=Address("", "jobs@acme.com"), text=text)
    )
    assert facts.position == "Data Analyst"


def test_entities_in_a_display_name_are_decoded() -> None:
    sender = Address("Smith &amp; Jones Recruiting", "jobs@smithjones.com")
    text = "Unfortunately we have decided not to proceed."
    assert extract(make_mail(subject="Your application", sender=sender, text=text)).company == (
        "Smith & Jones"
    )


def test_position_after_a_nested_for_the() -> None:
    raw = (
        b"From: Daniel Okafor <daniel@tidewater.example>\r\nSubject: Update\r\n\r\n"
        b"Thank you for coming in for the final interview for the Product Analyst position. "
        b"We have decided to move forward with another candidate.\r\n"
    )
    assert extract(parse(raw)).position == "Product Analyst"


@pytest.mark.parametrize(
    ("subject", "position"),
    [
        ("Bewerbung als Data Analyst", "Data Analyst"),
        ("Ihre Bewerbung als Data Analyst (m/w/d)", "Data Analyst"),
        (
            "AW: Ihre Bewerbung als Werkstudent Data Science bei Acme GmbH",
            "Werkstudent Data Science",
        ),
        ("Ihre Bewerbung auf die Stelle als Entwicklerin Backend", "Entwicklerin Backend"),
        ("Candidature : Chargé de projet data", "Chargé de projet data"),
        ("Votre candidature au poste de Chargée de communication", "Chargée de communication"),
        ("Candidature pour le poste d'Ingénieur logiciel chez Acme", "Ingénieur logiciel"),
        ("Candidatura para Analista de Datos", "Analista de Datos"),
        ("Tu candidatura para el puesto de Desarrollador Backend", "Desarrollador Backend"),
        ("Re: Candidatura a la vacante de Ingeniera de Datos", "Ingeniera de Datos"),
        ("Uw sollicitatie als Medewerker Klantenservice", "Medewerker Klantenservice"),
        ("Sollicitatie voor de functie van Data Analist", "Data Analist"),
    ],
)
def test_position_from_a_non_english_subject(subject: str, position: str) -> None:
    assert extract(make_mail(subject=subject)).position == position


@pytest.mark.parametrize(
    "subject",
    [
        "Candidatura para Acme",  # "para" before a name: an application to the company
        "Candidature : suite donnée",  # "follow-up given": no role
        "Bewerbung für Acme Solutions",
    ],
)
def test_no_position_where_a_non_english_subject_names_none(subject: str) -> None:
    assert extract(make_mail(subject=subject)).position == ""


@pytest.mark.parametrize(
    "subject",
    [
        "Data Analyst - London",
        "Data Analyst | Berlin",
        "Your application: Data Analyst - London",
        "Software Engineer – Remote",
        "Data Analyst - Hybrid",
        "Data Analyst - New York, NY",
        "Data Analyst - Berlin, Germany",
        "Data Analyst - Greater Manchester",
    ],
)
def test_a_place_in_the_subject_is_not_the_company(subject: str) -> None:
    mail = make_mail(
        subject=subject,
        sender=Address("Priya Shah", "priya.shah@acme.example"),
        text="Thank you for applying to Acme. We have decided not to move forward.",
    )
    facts = extract(mail)
    assert facts.company == "Acme"
    assert facts.position in {"Data Analyst", "Software Engineer"}


def test_a_company_after_the_title_in_the_subject_is_still_read() -> None:
    mail = make_mail(subject="Data Analyst - Kestrel Dynamics", sender=NOBODY, text="No.")
    assert extract(mail).company == "Kestrel Dynamics"


def test_a_place_the_mail_uses_as_one_is_not_the_company() -> None:
    mail = make_mail(
        subject="Data Analyst - Harrogate",
        sender=NOBODY,
        text="Thank you for your interest in the role based in Harrogate. We have filled it.",
    )
    assert extract(mail).company == ""


@pytest.mark.parametrize(
    ("value", "place"),
    [
        ("London", True),
        ("Remote", True),
        ("Austin, TX", True),
        ("Berlin, Germany", True),
        ("London / Remote", True),
        ("Greater Manchester", True),
        ("Bay Area", True),
        ("Kestrel Dynamics", False),
        ("Acme, Inc.", False),
        ("Nørdlys", False),
    ],
)
def test_is_place(value: str, place: bool) -> None:
    assert places.is_place(value) is place


@pytest.mark.parametrize(
    "footer",
    [
        "Bitte antworten Sie nicht auf diese E-Mail.",
        "Diese E-Mail wurde automatisch erstellt.",
        "Merci de ne pas répondre à ce message.",
        "Ce message a été généré automatiquement.",
        "Por favor, no responda a este correo.",
        "Este mensaje fue generado automáticamente.",
        "Gelieve niet te antwoorden op deze e-mail.",
        "Dit is een automatisch gegenereerd bericht.",
    ],
)
def test_a_do_not_reply_footer_in_another_language_is_read(footer: str) -> None:
    # From a mailbox nobody reads, whatever it is called: no draft goes to it.
    mail = make_mail(
        subject="Ihre Bewerbung",
        sender=Address("Kestrel Dynamics", "bewerbermanagement@kestrel-dynamics.de"),
        text=f"Leider haben wir uns für andere Kandidaten entschieden.\n\n{footer}",
    )
    assert extract(mail).contact_address == ""


@pytest.mark.parametrize(
    "display",
    ["Atlas Freight via Marlow ATS", "Jane Doe via Marlow", "Atlas Freight (via Marlow ATS)"],
)
def test_a_relay_named_after_via_is_never_the_company(display: str) -> None:
    # "X via Y <...@marlowats.eu>": the domain is the relay's (a tool not in the catalogue).
    mail = make_mail(
        sender=Address(display, "ne-pas-repondre@marlowats.eu"),
        text="Merci pour votre candidature au poste de HR Assistant.",
    )
    assert extract(mail).company != "Marlowats"


def test_a_person_via_the_company_still_names_it() -> None:
    mail = make_mail(
        sender=Address("Hamish Ali via Shopify", "hamish_ali@shopify.com"),
        text="We have received your application.\n\nShopify - trusted since 2009.",
    )
    assert extract(mail).company == "Shopify"


GERMAN_NO = (
    "Sehr geehrter Herr Lee,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für andere "
    "Kandidaten entschieden haben.\n\n"
)


@pytest.mark.parametrize(
    ("display", "local"),
    [
        ("Kestrel Dynamics Karriere", "bewerbermanagement"),
        ("Kestrel Dynamics Recrutement", "rh"),
        ("Kestrel Dynamics Selección", "rrhh"),
        ("Kestrel Dynamics Werving", "werving"),
    ],
)
def test_a_team_display_in_another_language_is_no_person(display: str, local: str) -> None:
    # "Kestrel Dynamics Karriere" was taken for a person: the draft said "Hi Kestrel,".
    mail = make_mail(sender=Address(display, f"{local}@kestrel-dynamics.de"), text=GERMAN_NO)
    assert extract(mail).contact_name == ""
    assert senders.is_team_inbox(f"{local}@kestrel-dynamics.de")


@pytest.mark.parametrize(
    "signoff",
    [
        "Mit freundlichen Grüßen\ni.A. Hans Müller",
        "Viele Grüße\nHans Müller",
        "Cordialement,\nHans Müller",
        "Bien à vous,\nHans Müller",
        "Saludos cordiales,\nHans Müller",
        "Atentamente,\nHans Müller",
        "Met vriendelijke groet,\nHans Müller",
        "Atenciosamente,\nHans Müller",
    ],
)
def test_the_name_under_a_sign_off_in_another_language(signoff: str) -> None:
    mail = make_mail(
        sender=Address("Kestrel Dynamics", "karriere@kestrel-dynamics.de"),
        text=GERMAN_NO + signoff + "\nTalent Acquisition\nKestrel Dynamics GmbH",
    )
    assert extract(mail).contact_name == "Hans Müller"


@pytest.mark.parametrize(
    "signature",
    [
        "Mit freundlichen Grüßen\nIhr Recruiting-Team",
        "Cordiali saluti,\nUfficio Selezione Siemens",
        "Saludos,\nDepartamento de Recursos Humanos",
        "Kind regards,\nNorthshire County Council Procurement",
    ],
)
def test_a_team_under_a_sign_off_is_nobody_to_greet(signature: str) -> None:
    mail = make_mail(sender=Address("", "werving@kestrel-dynamics.de"), text=GERMAN_NO + signature)
    assert extract(mail).contact_name == ""


def test_a_bilingual_mail_is_signed_by_the_person_above_the_companys_name() -> None:
    text = (
        "Hi Yuki,\n\nWe have decided to continue with another candidate.\n\nBest regards,\n"
        "Hassan Bianchi\n\n[Version locale ci-dessous]\n\nBonjour Yuki,\n\nNous avons retenu "
        "un autre profil.\n\nBien cordialement,\nNimbus Cloud"
    )
    mail = make_mail(sender=Address("Nimbus Cloud Recrutement", "rh@nimbuscloud.io"), text=text)
    assert extract(mail).contact_name == "Hassan Bianchi"


def test_the_company_signing_under_its_domain_is_nobody_to_greet() -> None:
    mail = make_mail(
        sender=Address("", "talent@helixdx.com"),
        text=GERMAN_NO + "Mit freundlichen Grüßen\nHelix Diagnostics",
    )
    assert extract(mail).contact_name == ""


QUOTED_REPLY = (
    "Hi Sam,\n\nThank you for your note. Unfortunately we have decided not to move forward."
    "\n\nKind regards,\nPriya Shah\nRecruiter\n\n{marker}\n\nDear Priya,\n\nI wanted to follow "
    "up on my application.\n\nBest regards,\nSam Lee"
)


@pytest.mark.parametrize(
    "marker",
    [
        "From: Sam Lee <sam.lee@example.org>\nSent: Monday, 3 June 2024 10:00\nSubject: Hello",
        "-----Original Message-----",
        "On Mon, 3 Jun 2024 at 10:00, Sam Lee <sam.lee@example.org> wrote:",
        "Am Mo., 3. Juni 2024 um 10:00 Uhr schrieb Sam Lee <sam.lee@example.org>:",
        "Le lun. 3 juin 2024 à 10:00, Sam Lee <sam.lee@example.org> a écrit :",
    ],
)
def test_the_users_own_quoted_signature_is_never_the_contact(marker: str) -> None:
    # A recruiter's answer above the applicant's own quoted mail: the last sign-off is the
    # applicant's, and the CRM, the LinkedIn note and the draft once named them, "Hi Sam,".
    for to in (Address("Sam Lee", "sam.lee@example.org"), Address("", "sam.lee@example.org")):
        mail = mail_value(
            sender=Address("Acme Careers", "careers@acme.example"),
            to=(to,),
            text=QUOTED_REPLY.format(marker=marker),
        )
        assert extract(mail).contact_name == "Priya Shah"


def test_a_signature_with_the_recipients_name_is_not_the_contact() -> None:
    text = "Unfortunately we will not move forward.\n\nBest regards,\nSam Lee"
    mail = mail_value(
        sender=Address("Acme Careers", "careers@acme.example"),
        to=(Address("Sam Lee", "sam.lee@example.org"),),
        text=text,
    )
    assert extract(mail).contact_name == ""


@pytest.mark.parametrize(
    ("display", "address", "name"),
    [
        # "Surname Surname, Given" as HR systems write it: the address says which is which
        ("García López, María", "maria.garcia@acme.es", "María García López"),
        ("Dos Santos Silva, João", "joao.silva@acme.pt", "João Dos Santos Silva"),
        ("GARCÍA LÓPEZ, MARÍA", "mgarcia@acme.es", "María García López"),
        ("García López, María", "mgl@acme.es", "María García López"),
        ("O’Brien Kelly, Siobhan", "sobrien@acme.ie", "Siobhan O’Brien Kelly"),
        # a directory's address that does not say (a team's, the surnames'): the comma's order
        ("García López, María", "recruiting@acme.es", "María García López"),
        ("García López, María", "garcia.lopez@acme.es", "María García López"),
        # what follows the comma is the company, the domain, a job or an area, no given name
        ("Priya Shah, Acme", "priya@acme.com", "Priya Shah"),
        ("Priya Shah, Engineer", "priya@acme.com", "Priya Shah"),
        ("Priya Shah, EMEA", "priya.shah@acme.com", "Priya Shah"),
        ("Priya Shah, London", "priya.shah@acme.com", "Priya Shah"),
        ("Pérez García, Santiago", "santiago.perez@acme.es", "Santiago Pérez García"),
        # free mail: its owner writes the name in reading order unless the address says not
        ("Priya Shah, Globex", "priya.shah@gmail.com", "Priya Shah"),
        ("García López, María", "maria.garcia@gmail.com", "María García López"),
        ("García López, María", "lopez.g@gmail.com", "García López"),
    ],
)
def test_two_surnames_before_the_comma(display: str, address: str, name: str) -> None:
    """extract and contacts used two rules for these (crm/person.py's asked the address for
    the given name, so "García López, María" <mgl@> lost "María"); now one, crm/names.py."""
    mail = make_mail(sender=Address(display, address), text="We will not move forward.")
    assert extract(mail).contact_name == name
    header = f'From: "{display}" <{address}>\r\nMessage-ID: <n@x>\r\n\r\n'.encode()
    found = contacts.people_in(header, [], sent_folder=False, user_addresses=frozenset())
    assert [p.name for p in found] == ([] if senders.is_free_mail(address) else [name])


@pytest.mark.parametrize(
    ("display", "address"),
    [
        ("García López, María", "maria.garcia@acme.es"),
        ("Dos Santos Silva, João", "joao.silva@acme.pt"),
        ("Van der Berg, Jan", "jan.vanderberg@acme.nl"),
    ],
)
def test_a_given_name_after_the_comma_is_not_the_company(display: str, address: str) -> None:
    """The display's part after the comma was read as the company ("María")."""
    mail = make_mail(sender=Address(display, address), text="We will not move forward.")
    assert extract(mail).company == "Acme"


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for applying. Unfortunately we will not be inviting you to interview.",
        "We have decided not to progress your application to the interview stage.",
        "Only shortlisted candidates will be contacted for an interview. You were not.",
        "After reviewing your application we will not be moving forward to interviews.",
        "We will not be shortlisting you for interview on this occasion.",
        "Unfortunately you have not been selected for an interview.",
        "Our interview process is now complete and we have chosen another candidate.",
    ],
)
def test_a_mention_of_interviews_is_no_interview_that_happened(text: str) -> None:
    # The draft then thanked them "for your time" and "enjoyed meeting you and the team".
    facts = extract(make_mail(sender=Address("Priya Shah", "priya@acme.com"), text=text))
    assert not facts.interviewed
    assert facts.reason != "after_interview"


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for interviewing with us last week. We chose another candidate.",
        "Thank you for taking the time to interview with us.",
        "Following your interview on Tuesday, we have decided not to proceed.",
        "It was a pleasure to meet you. Unfortunately we went with someone else.",
        "Thank you for speaking with us about the role.",
        "After your final interview the panel chose another candidate.",
        "I enjoyed meeting you last week, but we have decided to move forward with others.",
    ],
)
def test_an_interview_that_happened_is_read(text: str) -> None:
    assert extract(make_mail(sender=Address("Priya Shah", "priya@acme.com"), text=text)).interviewed


@pytest.mark.parametrize(
    "text",
    [
        "We will not keep your details on file and your data will be deleted within 30 days.",
        "We do not retain your CV after the process closes.",
        "We won't keep your CV on file.",
        "Your details are not kept on file.",
        "We will not be holding your application on record.",
    ],
)
def test_details_not_kept_on_file_are_not_kept_on_file(text: str) -> None:
    # The draft thanked them "for keeping my details on file".
    mail = make_mail(
        sender=Address("Priya Shah", "priya@acme.com"),
        text=f"Unfortunately we will not move forward. {text}",
    )
    facts = extract(mail)
    assert facts.reason != "kept_on_file"
    assert "on file" not in render_body(mail, facts, Profile("Sam", "s@x.org", ""))


def test_details_kept_on_file_still_are() -> None:
    text = "Unfortunately we will not move forward, but we will keep your CV on file."
    assert extract(make_mail(text=text)).reason == "kept_on_file"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "The position has been filled and the vacancy is now closed.",
            "position_filled",
        ),
        (
            "The hiring manager chose another candidate from the shortlist, so the vacancy is "
            "closed for you.",
            "another_candidate",
        ),
        ("The Android Developer role has been cancelled following a review.", "role_cancelled"),
        ("The vacancy has been closed and will not be filled this year.", "role_cancelled"),
    ],
)
def test_a_role_closed_because_it_was_filled_is_not_cancelled(text: str, reason: str) -> None:
    # "role_cancelled" made the draft say "I know plans change" to a role someone else got.
    mail = make_mail(sender=Address("Priya Shah", "priya@acme.com"), text=text)
    facts = extract(mail)
    assert facts.reason == reason
    body = render_body(mail, facts, Profile("Sam", "s@x.org", ""))
    assert ("plans change" in body) is (reason == "role_cancelled")


def test_a_person_via_their_employer_names_it_by_the_domain() -> None:
    mail = make_mail(
        sender=Address("Ji-woo Tesfaye via Deloitte", "jiwootesfaye@deloitte.com"),
        text="We'd love to bring you back for the last round.\n\nTake care,\nJi-woo",
    )
    assert extract(mail).company == "Deloitte"


_SIGNED = (
    "Hi Sam,\n\nThank you for applying for the Data Analyst role. Unfortunately we have "
    "decided to move forward with other candidates.\n\nBest regards,\n{}"
)


@pytest.mark.parametrize(
    ("signer", "company"),
    [
        ("Priya Shah, Globex", "Globex"),
        ("Priya Shah | Globex Inc.", "Globex"),
        ("Priya Shah - Globex Corporation", "Globex Corporation"),
        ("Priya Shah, Recruiter, Globex", "Globex"),
        ("Priya Shah, Founder & CEO | Globex", "Globex"),
        # a role, a degree, a place or pronouns beside the name is no company
        ("Priya Shah, Head of Talent", ""),
        ("Priya Shah, Founder & CEO", ""),
        ("Priya Shah, Ph.D.", ""),
        ("Priya Shah, London", ""),
        ("Priya Shah, she/her", ""),
    ],
)
@pytest.mark.parametrize(
    "sender",
    [
        Address("", "priya.shah@gmail.com"),
        Address("Priya Shah", "priya.shah@gmail.com"),
        Address("Priya Shah, Globex", "priya.shah@gmail.com"),
    ],
)
def test_a_signer_line_with_the_company_from_free_mail(
    signer: str, company: str, sender: Address
) -> None:
    """A recruiter writing from gmail.com names the company only beside their name under the
    sign-off: it was no company at all ("Priya Shah, Globex" -> ""); the person stays hers."""
    facts = extract(
        make_mail(sender=sender, subject="Your application", text=_SIGNED.format(signer))
    )
    assert facts.contact_name == "Priya Shah"
    assert facts.contact_address == "priya.shah@gmail.com"
    display = "Globex" if sender.name.endswith("Globex") else ""  # the display says it too
    assert facts.company == (company or display)


@pytest.mark.parametrize(
    ("display", "address", "signature", "name"),
    [
        # the header read surnames first, the signer writes "Given Surname": the signer wins
        ("Priya Shah, Globex", "priya.shah@acme.com", "Best regards,\nPriya Shah", "Priya Shah"),
        # the signer writes fewer surnames: the header's fuller name stays
        (
            "García López, María",
            "garcia.lopez@acme.es",
            "Saludos,\nMaría García",
            "María García López",
        ),
        # nothing signed: the header's reading (a directory's address tells no more)
        ("Priya Shah, Globex", "priya.shah@acme.com", "", "Globex Priya Shah"),
    ],
)
def test_the_signature_settles_a_name_written_with_a_comma(
    display: str, address: str, signature: str, name: str
) -> None:
    text = "We will not move forward with your application.\n\n" + signature
    assert extract(make_mail(sender=Address(display, address), text=text)).contact_name == name
