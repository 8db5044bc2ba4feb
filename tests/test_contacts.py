"""contacts (pure): what to search for, what a message shows, and who wins."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mailgen import mail_value
from rejectwatch.crm import contacts, senders
from rejectwatch.crm.contacts import Candidate, Query
from rejectwatch.crm.extract import Facts
from rejectwatch.mail.message import Address, Mail

ACME = Query("Acme", ("acme.example",), ("acme",), None)
ME = frozenset({"sam@example.test"})


def cand(
    address: str, *, name: str = "", subject: str = "", day: int = 1, role: int = 2
) -> Candidate:
    when = datetime(2024, 5, day, tzinfo=UTC)
    return Candidate(name, address, contacts.HISTORY, f"<{address}-{day}>", subject, when, role)


def facts(**kw: str) -> Facts:
    base = {"company": "Acme", "position": "Data Analyst", "contact_name": ""}
    base |= {"contact_address": "acme@myworkday.com", "reason": "another_candidate"}
    return Facts(**(base | kw))  # type: ignore[arg-type]


def workday_mail(text: str = "We have decided to move forward with others.") -> Mail:
    return mail_value(
        message_id="<rej@acme.myworkday.com>",
        subject="Your application to Acme",
        sender=Address("Acme", "acme@myworkday.com"),
        text=text,
        date=datetime(2024, 5, 20, tzinfo=UTC),
    )


# --------------------------------------------------------------------------- the company


def test_names_domain() -> None:
    assert contacts.names_domain("acme.example", "Acme Inc")
    assert contacts.names_domain("mail.acme.co.uk", "ACME Ltd")
    assert contacts.names_domain("acmerobotics.com", "Acme Robotics")
    assert contacts.names_domain("acme.com", "Acme Robotics")  # the first word
    assert contacts.names_domain("ibm.com", "International Business Machines")
    assert contacts.names_domain("join-acme.io", "Acme")
    assert not contacts.names_domain("acmemarkets.com", "Acme")
    assert not contacts.names_domain("facebook.com", "Acme")
    assert not contacts.names_domain("acme.example", "")
    # the first word in full, then the start, the initials or an abbreviation of the rest
    assert contacts.names_domain("parallaxsec.com", "Parallax Security")
    assert contacts.names_domain("summitridge.com", "Summit Ridge Insurance")
    assert contacts.names_domain("clearwaterag.com", "Clearwater Analytics Group")
    assert contacts.names_domain("riverstonecu.org", "Riverstone Credit Union")
    assert contacts.names_domain("helixtx.com", "Helix Therapeutics")
    assert contacts.names_domain("kettlecrane.com", "Kettle & Crane")
    assert contacts.names_domain("fableandco.com", "Fable & Co")
    assert contacts.names_domain("thornbury.gov.uk", "Thornbury Council")
    assert not contacts.names_domain("acmemarkets.com", "Acme Robotics")
    assert not contacts.names_domain("globalfoundries.com", "Global Payments")
    assert not contacts.names_domain("summitbank.com", "Summit Ridge Insurance")


def test_a_domain_abbreviated_otherwise_counts_when_the_subject_names_the_company() -> None:
    q = Query("Willow Creek Pharmacy", (), ("willowcreekpharmacy", "willow"), None)
    subject = "Invitation: Content Writer - first round (Willow Creek Pharmacy)"
    assert contacts.at_company("mei.alvarez@willowcreekrx.com", q, subject)
    assert not contacts.at_company("mei.alvarez@willowcreekrx.com", q, "Lunch on Friday?")
    assert not contacts.at_company("someone@willowbrook.com", q, "Meeting")
    assert not contacts.at_company("x@gmail.com", q, subject)  # never free mail


def test_query_from_an_ats_rejection_uses_the_company_name_and_its_own_links() -> None:
    mail = workday_mail(
        "Thank you. Learn more at https://careers.acme.example/jobs and "
        "https://acme.wd5.myworkday.com/x or https://www.facebook.com/acme"
    )
    q = contacts.query(mail, facts())
    assert q.domains == ("acme.example",)  # the hiring tool and facebook are not Acme
    assert q.names == ("acme",)
    assert q.since is not None
    assert q.since.year == 2023


def test_query_keeps_the_senders_own_domain() -> None:
    mail = mail_value(sender=Address("Acme Careers", "careers@acme.example"), text="")
    q = contacts.query(mail, facts(company=""))
    assert q.domains == ("acme.example",)
    assert q.names == ()


# --------------------------------------------------------------------------- one message

HEADER = (
    b"From: Jane Doe <jane.doe@acme.example>\r\n"
    b"To: Sam <sam@example.test>\r\n"
    b"Cc: =?utf-8?q?Bj=C3=B6rn?= Roe <bjorn.roe@acme.example>, careers@acme.example,\r\n"
    b"  notifications@acme.example, someone@other.example\r\n"
    b"Subject: Data Analyst interview\r\n"
    b"Date: Mon, 06 May 2024 09:30:00 +0000\r\n"
    b"Message-ID: <m1@acme.example>\r\n\r\n"
)


def test_candidates_in_a_message_from_the_recruiter() -> None:
    found = contacts.candidates_in(HEADER, [], ACME, sent_folder=False, user_addresses=ME)
    by_address = {c.address: c for c in found}
    assert set(by_address) == {
        "jane.doe@acme.example",
        "bjorn.roe@acme.example",
        "careers@acme.example",
    }
    jane = by_address["jane.doe@acme.example"]
    assert (jane.name, jane.source, jane.role, jane.message_id) == (
        "Jane Doe",
        contacts.HISTORY,
        2,
        "<m1@acme.example>",
    )
    assert by_address["bjorn.roe@acme.example"].name == "Björn Roe"
    assert by_address["bjorn.roe@acme.example"].role == 0


def test_candidates_in_the_users_sent_mail() -> None:
    header = b"From: sam@example.test\r\nTo: jane.doe@acme.example\r\nMessage-ID: <s@x>\r\n\r\n"
    [jane] = contacts.candidates_in(header, [], ACME, sent_folder=True, user_addresses=ME)
    assert (jane.address, jane.source, jane.name) == (
        "jane.doe@acme.example",
        contacts.SENT,
        "Jane Doe",
    )


def test_our_own_drafts_are_no_evidence() -> None:
    draft = b"From: sam@example.test\r\nTo: jane.doe@acme.example\r\n"
    draft += b"X-Rejectwatch-Draft-For: <rej@x>\r\n\r\n"
    assert contacts.candidates_in(draft, [], ACME, sent_folder=False, user_addresses=ME) == []


def test_calendar_organiser_is_a_candidate() -> None:
    header = b"From: Acme Interviews <no-reply@scheduler.example>\r\nMessage-ID: <i@x>\r\n\r\n"
    found = contacts.candidates_in(
        header, [("Jane Doe", "jane.doe@acme.example")], ACME, sent_folder=False, user_addresses=ME
    )
    assert [(c.address, c.source) for c in found] == [("jane.doe@acme.example", contacts.CALENDAR)]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600))
def test_candidates_in_never_raises_on_any_header(header: bytes) -> None:
    found = contacts.candidates_in(header, [], ACME, sent_folder=False, user_addresses=ME)
    assert all(c.address.endswith("acme.example") for c in found)


def test_organizer_from_a_calendar_part() -> None:
    ics = (
        b'BEGIN:VEVENT\r\nORGANIZER;CN="Doe, Jane":mailto:jane.doe@\r\n'
        b" acme.example\r\nEND:VEVENT\r\n"
    )
    assert contacts.organizer(ics, "7bit") == ("Doe, Jane", "jane.doe@acme.example")

    assert contacts.organizer(base64.b64encode(ics), "base64") == (
        "Doe, Jane",
        "jane.doe@acme.example",
    )
    assert contacts.organizer(b"ORGANIZER:MAILTO:x@acme.example\r\n", "7bit") == (
        "",
        "x@acme.example",
    )
    assert contacts.organizer(b"BEGIN:VEVENT\r\nEND:VEVENT\r\n", "7bit") is None
    assert contacts.organizer(b"!!!not base64", "base64") is None


# --------------------------------------------------------------------------- the choice


def test_a_person_beats_a_team_inbox_and_a_machine_never_wins() -> None:
    found = [
        cand("careers@acme.example", day=20),
        cand("no-reply@acme.example", day=21),
        cand("jane.doe@acme.example", name="Jane Doe", day=2),
    ]
    chosen = contacts.choose(workday_mail(), facts(), found)
    assert (chosen.address, chosen.source, chosen.name) == (
        "jane.doe@acme.example",
        "history",
        "Jane Doe",
    )


def test_another_departments_inbox_is_never_the_one_to_thank() -> None:
    # events@ wrote about a festival; it is in the history only because it shares the domain
    found = [
        cand("events@acme.example", subject="The food festival will not go ahead", day=20),
        cand("billing-uk@acme.example", day=21),
    ]
    chosen = contacts.choose(workday_mail(), facts(), found)
    assert chosen.address == ""
    assert chosen.source == "none"
    found.append(cand("careers@acme.example", day=3))
    chosen = contacts.choose(workday_mail(), facts(), found)
    assert (chosen.address, chosen.source) == ("careers@acme.example", "team_inbox")


def test_a_service_desk_that_declined_something_else_is_not_thanked() -> None:
    # a bank that is also the employer: its card desk declined a credit card, its claims desk
    # an insurance claim; neither is a person at the hiring side
    found = [
        cand("cards@acme.example", subject="About your application", day=12),
        cand("claims-team@acme.example", subject="Your claim", day=14),
        cand("admissions@acme.example", subject="Your course application", day=15),
    ]
    chosen = contacts.choose(workday_mail(), facts(), found)
    assert (chosen.address, chosen.source) == ("", "none")
    found.append(cand("priya.shah@acme.example", subject="Analyst interview", day=4))
    chosen = contacts.choose(workday_mail(), facts(), found)
    assert (chosen.address, chosen.source) == ("priya.shah@acme.example", "history")


def test_same_position_then_most_recent() -> None:
    found = [
        cand("old.position@acme.example", subject="Data Analyst interview", day=1),
        cand("other.role@acme.example", subject="Backend Engineer chat", day=9),
        cand("newer.position@acme.example", subject="Re: Data Analyst - next steps", day=5),
    ]
    ranked = contacts.rank(found, position="Data Analyst")
    assert [c.address for c in ranked] == [
        "newer.position@acme.example",
        "old.position@acme.example",
        "other.role@acme.example",
    ]
    ranked = contacts.rank(found, position="")
    assert ranked[0].address == "other.role@acme.example"  # no position known: the newest


def test_the_person_who_signed_the_rejection_is_preferred() -> None:
    found = [
        cand("bob.roe@acme.example", name="Bob Roe", day=9),
        cand("jane.doe@acme.example", day=2),
    ]
    chosen = contacts.choose(
        workday_mail(),
        facts(contact_name="Jane Doe", contact_title="Recruiter"),
        found,
    )
    assert (chosen.address, chosen.title) == ("jane.doe@acme.example", "Recruiter")


def test_the_rejections_own_person_needs_no_history() -> None:
    mail = mail_value(sender=Address("Jane Doe", "jane.doe@acme.example"), text="")
    own = contacts.named_in(
        mail, facts(contact_address="jane.doe@acme.example", contact_name="Jane Doe")
    )
    assert own is not None
    assert (own.source, own.address) == (contacts.SENDER, "jane.doe@acme.example")
    assert not contacts.needs_history(own)
    # A machine is no contact; a team inbox is one, but history is still searched for a person.
    assert contacts.named_in(workday_mail(), facts()) is None
    careers = mail_value(sender=Address("Acme", "careers@acme.example"), text="")
    team = contacts.named_in(careers, facts(contact_address="careers@acme.example"))
    assert team is not None
    assert team.source == contacts.TEAM_INBOX
    assert contacts.needs_history(team)
    assert contacts.choose(careers, facts(contact_address="careers@acme.example"), []) == team


@settings(max_examples=200, deadline=None)
@given(
    contact=st.sampled_from(
        ["jane.doe@acme.example", "careers@acme.example", "acme@myworkday.com", ""]
    ),
    signature=st.sampled_from(["", "Jane Doe | jane.doe@acme.example", "careers@acme.example"]),
    found=st.lists(
        st.sampled_from(["jane.doe@acme.example", "careers@acme.example", "bob.roe@acme.example"]),
        max_size=3,
    ),
)
def test_whom_to_ask_works_out_what_named_in_and_query_do(
    contact: str, signature: str, found: list[str]
) -> None:
    """The scan works whom the rejection names and its look-up out once (whom_to_ask, then
    choose_with): the same answers as named_in, needs_history, query and choose each time."""
    mail = workday_mail(f"We chose another candidate.\n\n{signature}")
    f = facts(contact_address=contact, contact_name="Jane Doe")
    own, q = contacts.whom_to_ask(mail, f)
    assert own == contacts.named_in(mail, f)
    assert q == (contacts.query(mail, f) if contacts.needs_history(own) else None)
    people = [cand(a, day=i + 1) for i, a in enumerate(found)]
    assert contacts.choose_with(own, f, people) == contacts.choose(mail, f, people)


def test_an_address_in_the_signature_of_an_ats_mail() -> None:
    mail = workday_mail(
        "We chose another candidate.\n\nJane Doe\nRecruiter | jane.doe@acme.example"
    )
    chosen = contacts.choose(mail, facts(contact_name="Jane Doe"), [])
    assert (chosen.address, chosen.source) == ("jane.doe@acme.example", contacts.SIGNATURE)


def test_nobody_at_all() -> None:
    chosen = contacts.choose(
        workday_mail(),
        facts(contact_name="Jane Doe", contact_title="Recruiter"),
        [cand("noreply@acme.example")],
    )
    assert chosen == contacts.Contact("Jane Doe", "", contacts.NONE, title="Recruiter")


ADDRESSES = [
    "jane.doe@acme.example",
    "careers@acme.example",
    "no-reply@acme.example",
    "acme@myworkday.com",
    "acme+autoreply@talent.icims.com",
    "notifications@app.bamboohr.com",
    "jobalerts-noreply@linkedin.com",
    "bob@gmail.com",
    "",
]


@settings(max_examples=200, deadline=None)
@given(
    contact=st.sampled_from(ADDRESSES),
    found=st.lists(st.tuples(st.sampled_from(ADDRESSES), st.integers(1, 28)), max_size=6),
)
def test_never_a_machine(contact: str, found: list[tuple[str, int]]) -> None:
    chosen = contacts.choose(
        workday_mail(),
        facts(contact_address=contact),
        [cand(address, day=day) for address, day in found if address],
    )
    assert chosen.source in contacts.SOURCES
    assert chosen.address == "" or not senders.is_machine(chosen.address)
    assert bool(chosen.address) == (chosen.source != contacts.NONE)
    own_person = bool(contact) and not (
        senders.is_machine(contact) or senders.is_team_inbox(contact)
    )
    if own_person:  # the rejection's own person needs no history
        assert chosen.address == contact
    elif any(a == "jane.doe@acme.example" for a, _ in found):  # a person beats the rest
        assert chosen.address == "jane.doe@acme.example"


@pytest.mark.parametrize(
    ("display", "name"),
    [
        ("Doe, Jane", "Jane Doe"),
        ("DOE, JANE", "Jane Doe"),
        ("JANE DOE", "Jane Doe"),
        ("Jane Doe (she/her)", "Jane Doe"),
        ("Jane Doe, PhD", "Jane Doe"),
        ("jane.doe@acme.example", "Jane Doe"),  # no name: the address's own words
    ],
)
def test_history_names_in_reading_order_and_case(display: str, name: str) -> None:
    header = f'From: "{display}" <jane.doe@acme.example>\r\nMessage-ID: <n@x>\r\n\r\n'.encode()
    [jane] = contacts.candidates_in(header, [], ACME, sent_folder=False, user_addresses=ME)
    assert jane.name == name


@pytest.mark.parametrize(
    ("display", "address", "name"),
    [
        # "Surname Surname, Given" (directories write names so): the given name first
        ("García López, María", "maria.garcia@acme.example", "María García López"),
        ("García López, María", "mgl@acme.example", "María García López"),
        ("García López, María", "garcia.lopez@acme.example", "María García López"),
        ("GARCÍA LÓPEZ, MARÍA JOSÉ", "mjgarcia@acme.example", "María José García López"),
        ("Fernandes da Silva, Ana", "afsilva@acme.example", "Ana Fernandes da Silva"),
        ("de la Cruz Moreno, Ana", "ana.delacruz@acme.example", "Ana de la Cruz Moreno"),
        # after the comma a degree, a job title or the company, not a given name
        ("García López, PhD", "mgl@acme.example", "García López"),
        ("Priya Shah, Recruiter", "p.shah@acme.example", "Priya Shah"),
        ("Priya Shah, Talent Partner", "p.shah@acme.example", "Priya Shah"),
        ("Priya Shah, Acme", "p.shah@acme.example", "Priya Shah"),
        ("Priya Shah, HR", "p.shah@acme.example", "Priya Shah"),
    ],
)
def test_history_names_written_surnames_first_with_compound_surnames(
    display: str, address: str, name: str
) -> None:
    header = f'From: "{display}" <{address}>\r\nMessage-ID: <n@x>\r\n\r\n'.encode()
    [person] = contacts.candidates_in(header, [], ACME, sent_folder=False, user_addresses=ME)
    assert person.name == name


def test_a_government_sub_domain_is_its_own_employer() -> None:
    """contacts kept a shorter copy of the two-level suffixes, so any *.gouv.fr address
    counted as 'at the company' of a travail.gouv.fr rejection (c7's finding)."""
    assert contacts.base_domain("interieur.gouv.fr") == "interieur.gouv.fr"
    assert contacts.base_domain("rh.travail.gouv.fr") == "travail.gouv.fr"
    assert contacts.base_domain("mail.acme.co.uk") == "acme.co.uk"
    assert contacts.base_domain("acme.com") == "acme.com"


def test_the_user_is_known_whatever_the_case_of_their_local_part() -> None:
    """A mail client may write the user's address as Alex.Applicant@…; it is still the user:
    their message counts as sent by them, and they are never a candidate (c7's finding)."""
    header = (
        b"From: Alex Applicant <Alex.Applicant@acme.example>\r\n"
        b"To: Priya Natarajan <priya.natarajan@acme.example>\r\n"
        b"Cc: ALEX.APPLICANT@acme.example\r\n"
        b"Subject: Thank you\r\nMessage-ID: <t1@acme.example>\r\n"
        b"Date: Mon, 02 Nov 2026 10:00:00 +0000\r\n\r\n"
    )
    found = contacts.people_in(
        header, (), sent_folder=False, user_addresses=frozenset({"alex.applicant@acme.example"})
    )
    assert [c.address for c in found] == ["priya.natarajan@acme.example"]
    assert found[0].source == contacts.SENT


# --------------------------------------------------------------------------- one person each


def test_a_signer_is_never_paired_with_someone_elses_address_from_the_text() -> None:
    """An ATS rejection signed by Jane Doe that mentions Bob Roe's address (payroll, another
    team) used to give Contact("Jane Doe", "bob.roe@acme.example"): her name, his address."""
    mail = workday_mail(
        "We chose another candidate. For questions about your expenses claim, write to "
        "bob.roe@acme.example.\n\nKind regards,\nJane Doe\nRecruiter"
    )
    f = facts(contact_name="Jane Doe", contact_title="Recruiter")
    assert contacts.named_in(mail, f) is None
    # nobody in history either: her name, no address (no draft), never his address
    assert contacts.choose(mail, f, []) == contacts.Contact(
        "Jane Doe", "", contacts.NONE, title="Recruiter"
    )
    # her own address, written after his, is the one chosen
    both = workday_mail(
        "Questions about expenses: bob.roe@acme.example.\n\nKind regards,\nJane Doe\n"
        "Recruiter | jdoe@acme.example"
    )
    own = contacts.named_in(both, f)
    assert own is not None
    assert (own.name, own.address, own.source) == ("Jane Doe", "jdoe@acme.example", "signature")


def test_the_only_address_in_the_signers_block_is_theirs_whatever_its_form() -> None:
    mail = workday_mail(
        "We chose another candidate.\n\nKind regards,\nJane Doe\nRecruiter\n"
        "T +1 555 0100 | x4471@acme.example"
    )
    own = contacts.named_in(mail, facts(contact_name="Jane Doe"))
    assert own is not None
    assert (own.name, own.address) == ("Jane Doe", "x4471@acme.example")
    # two unexplained addresses under her name: neither is surely hers
    two = workday_mail(
        "We chose another candidate.\n\nKind regards,\nJane Doe\nRecruiter\n"
        "x4471@acme.example | bob.roe@acme.example"
    )
    assert contacts.named_in(two, facts(contact_name="Jane Doe")) is None


def test_a_signer_is_not_given_the_name_of_a_from_address_that_is_another_persons() -> None:
    """From: <bob.roe@acme.example> with no display name, signed by Jane Doe: the reply goes
    to Bob's address, so it must not greet Jane (nor give her title to Bob)."""
    mail = mail_value(sender=Address("", "bob.roe@acme.example"), text="Jane Doe\nRecruiter")
    f = facts(contact_address="bob.roe@acme.example", contact_name="Jane Doe")
    own = contacts.named_in(mail, f)
    assert own is not None
    assert (own.name, own.address, own.source, own.title) == (
        "",
        "bob.roe@acme.example",
        "sender",
        "",
    )
    # her own address (any usual form) keeps her name; so does an opaque one (x4471@)
    for address in ("jane.doe@acme.example", "jdoe@acme.example", "doe.j@acme.example"):
        mail = mail_value(sender=Address("", address), text="Jane Doe")
        f = facts(contact_address=address, contact_name="Jane Doe", contact_title="Recruiter")
        got = contacts.named_in(mail, f)
        assert got is not None
        assert (got.name, got.title) == ("Jane Doe", "Recruiter"), address
    mail = mail_value(sender=Address("", "x4471@acme.example"), text="Jane Doe")
    got = contacts.named_in(
        mail, facts(contact_address="x4471@acme.example", contact_name="Jane Doe")
    )
    assert got is not None
    assert got.name == "Jane Doe"
