"""The memory of the user's corrections (rejectwatch.pipeline.memory; issue 11, twenty-third pass,
part O): which later mail repeats a message the user labelled, and what a scan does with it.

The pure tests pin the numbers (NEAR, MAX_APART, SHINGLE): a template's copies with other
names, roles, dates and numbers match; a hiring tool's refusal and its own confirmation of
receipt, sharing the opening, the company, an "about us" paragraph and the footer, do not;
another domain never does. The last test runs two scans against the suite's real Dovecot
with the user's `review confirm` and `review dismiss` in between.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mailgen import make_message
from rejectwatch.model.features import Document
from rejectwatch.pipeline import memory, remembered, wiring
from rejectwatch.pipeline.memory import Memory, entry, read, similarity
from rejectwatch.pipeline.scan import ScanReport
from rejectwatch.pipeline.workers import Inline, Pool, analyse, recall_for
from rejectwatch.settings import load_settings
from rejectwatch.state import Store
from rejectwatch.testing.dovecot import DovecotServer
from test_review_queue import flags_by_id, ids, queue_json, run_cli
from test_scan_resume import KeywordModel
from test_workers import collect_all


def _letter(middle: str, name: str, role: str, when: str, company: str) -> str:
    """One hiring tool's letter: its opening, closing and footer around *middle*."""
    return (
        f"Dear {name},\n\n"
        f"Thank you for your interest in the {role} position at {company} and for the time "
        f"you took to apply on {when}.\n\n{middle}\n\n"
        f"We appreciate your interest in {company} and encourage you to apply for future "
        "openings that match your skills.\n\n"
        f"Best regards,\n{company} Talent Acquisition\n\n"
        "You are receiving this email because you applied via our careers site. "
        "Privacy notice | Unsubscribe\n"
    )


def _refusal(name: str, role: str, when: str, company: str = "Northwind Logistics") -> str:
    middle = (
        "After careful review, we have decided to move forward with other candidates whose "
        "experience more closely matches the needs of the role at this time."
    )
    return _letter(middle, name, role, when, company)


def _received(name: str, role: str, when: str, company: str = "Northwind Logistics") -> str:
    """The same tool's confirmation of receipt: the same opening, closing and footer."""
    middle = (
        "Our recruiting team is now reviewing your application. If your experience matches "
        "the needs of the role, a member of the team will contact you about next steps."
    )
    return _letter(middle, name, role, when, company)


ABOUT = (
    "About us: we build routing software for regional freight carriers, and our people work "
    "across four continents in small teams that own their products from the first sketch to "
    "the last release. We believe in flexible hours, honest feedback and a culture where "
    "everyone can learn from everyone else, and we invest in the growth of every member of "
    "the team through mentoring, conference budgets and internal guilds. Our offices in "
    "three cities are open to everyone who wants to come in, and most of our teams meet in "
    "person once a quarter to plan the next season of work together over a long lunch."
)


def _short(decision: str) -> str:
    """A terse tool mail whose own sentences are few, under a long shared paragraph."""
    return f"Hello Anna,\n\nThanks for applying. {decision}\n\n{ABOUT}\n\nThe Recruiting Team"


def _near(a: str, b: str) -> float:
    return similarity(read(a), read(b))


def test_a_templates_copies_with_other_names_roles_and_dates_match() -> None:
    first = _refusal("Anna", "Data Analyst", "3 March 2026")
    assert _near(first, _refusal("Bilal Okafor", "Senior Backend Engineer", "14/05/2026")) == 1.0
    assert _near(first, _refusal("Mei", "UX Researcher (Contract)", "May 2, 2026")) == 1.0
    # a line edited by the recruiter still matches, as far as NEAR and MAX_APART allow
    edited = _refusal("Mei", "UX Researcher", "2 May").replace("at this time", "for now")
    assert memory.NEAR <= _near(first, edited) < 1.0


@pytest.mark.parametrize(
    ("refusal", "confirmation"),
    [
        (
            _refusal("Anna", "Data Analyst", "3 March 2026"),
            _received("Anna", "Data Analyst", "3 March 2026"),
        ),
        (
            _short("We have reviewed your application and will not be progressing it further."),
            _short("We have received your application and will be in touch within two weeks."),
        ),
        (
            _short("Your application is no longer being considered for this position."),
            _short("Your application is now being considered for this position by the team."),
        ),
        (  # two words apart: only the POLAR words tell them apart
            _short("Your application is no longer being considered for this position."),
            _short("Your application is now being considered for this position."),
        ),
        (
            _short("We will not be moving forward with your application at this stage."),
            _short("We will be moving forward with your application to the next stage."),
        ),
    ],
)
def test_a_tools_refusal_and_its_own_confirmation_never_match(
    refusal: str, confirmation: str
) -> None:
    assert _near(refusal, confirmation) < memory.NEAR
    remembered_refusal = entry("rejection", "jobs@northwind.example", "", refusal)
    assert remembered_refusal is not None
    assert Memory([remembered_refusal]).match("jobs@northwind.example", confirmation) is None


def _edited(text: str) -> str:
    """A recruiter's edit of three words in the middle of a template: 0.84 to the original."""
    return text.replace("at this time", "for now")


def test_an_edited_copy_from_another_domain_does_not_match() -> None:
    """The lenient bar (NEAR, MAX_APART) holds within one sender only: another domain's copy
    with a line edited is not another sender's template (part Q's bar is stricter)."""
    text = _refusal("Anna", "Data Analyst", "3 March 2026")
    edited = _edited(_refusal("Bilal", "Engineer", "14 May 2026"))
    assert memory.NEAR <= _near(text, edited) < memory.CROSS_NEAR
    item = entry("rejection", "Northwind <no-reply@mail.northwind.co.uk>", "", text)
    assert item is not None
    assert item.domain == "northwind.co.uk"
    known = Memory([item])
    assert known.match("careers@northwind.co.uk", edited) is not None  # a subdomain is one domain
    assert known.match("careers@southwind.co.uk", edited) is None
    assert known.match("careers@northwind.com", edited) is None
    assert not known.knows("pat@example.test")


def test_another_senders_copy_of_a_template_matches_as_theirs() -> None:
    """Twenty-fourth pass, part Q: hiring tools' default templates go out from many employers
    word for word; the user's word on one employer's copy decides another's, and says so."""
    text = _refusal("Anna", "Data Analyst", "3 March 2026")
    theirs = _refusal("Bilal", "Senior Backend Engineer", "14 May 2026", company="Southwind")
    assert _near(text, theirs) >= memory.CROSS_NEAR
    said = entry("rejection", "Northwind <jobs@northwind.example>", "", text, when="2026-03-04")
    assert said is not None
    known = Memory([said])
    assert known.foreign()
    for sender in (
        "Southwind Talent <talent@southwind.example>",  # another employer's own domain
        "Southwind Hiring <no-reply@us.greenhouse-mail.io>",  # another employer on a tool
        "no-reply@us.greenhouse-mail.io",  # a tool's address naming nobody
    ):
        found = known.match(sender, theirs)
        assert found is not None, sender
        assert found.foreign
        assert found.label == "rejection"
        assert found.describe() == (
            "like a message you confirmed on 2026-03-04, another sender's template "
            f"(northwind.example; similarity {found.similarity:.2f})"
        )
    same = known.match("jobs@northwind.example", theirs)
    assert same is not None
    assert not same.foreign
    assert (
        same.describe()
        == f"like a message you confirmed on 2026-03-04 (similarity {same.similarity:.2f})"
    )


_INVITE = (
    "We would like to invite you to a video interview with the hiring manager next week. "
    "Please choose a time that suits you with the scheduling link below."
)
# another employer's refusal in the same frame, its own sentences (the same POLAR words)
_OTHER_REFUSAL = (
    "The hiring team has chosen other applicants whose background fits the brief more "
    "closely, and the shortlist for the position is now complete."
)


@pytest.mark.parametrize(
    ("later", "why"),
    [
        (_received("Bilal", "Engineer", "May", company="Southwind"), "its own confirmation"),
        (_letter(_INVITE, "Bilal", "Engineer", "May", "Southwind"), "an invitation, same footer"),
        (_letter(_OTHER_REFUSAL, "Bilal", "Engineer", "May", "Southwind"), "another refusal"),
        (_edited(_refusal("Bilal", "Engineer", "May", company="Southwind")), "an edited copy"),
        (
            _refusal("Bilal", "Engineer", "May", company="Southwind").replace(
                "more closely", "more nearly"
            ),
            "one word changed inside",
        ),
    ],
    ids=["confirmation", "invitation", "other-refusal", "edited", "one-word"],
)
def test_another_senders_different_mail_never_matches(later: str, why: str) -> None:
    text = _refusal("Anna", "Data Analyst", "3 March 2026")
    said = entry("rejection", "jobs@northwind.example", "", text)
    assert said is not None
    assert (
        _near(text, later) < memory.CROSS_NEAR
        or memory.similarity(read(text), read(later), foreign=True) == 0.0
    ), why
    assert Memory([said]).match("talent@southwind.example", later) is None, why


@pytest.mark.parametrize(
    ("said", "later"),
    [
        (
            _short("We have reviewed your application and will not be progressing it further."),
            _short("We have received your application and will be in touch within two weeks."),
        ),
        (
            _short("Your application is no longer being considered for this position."),
            _short("Your application is now being considered for this position."),
        ),
        (
            _short("We will not be moving forward with your application at this stage."),
            _short("We will be moving forward with your application to the next stage."),
        ),
    ],
)
def test_another_senders_twin_of_opposite_meaning_never_matches(said: str, later: str) -> None:
    """A shared tool's terse notices: a refusal and its confirmation (either way round)."""
    for first, second in ((said, later), (later, said)):
        item = entry("rejection", "jobs@northwind.example", "", first)
        assert item is not None
        assert Memory([item]).match("talent@southwind.example", second) is None


def test_a_short_text_matches_only_its_own_sender() -> None:
    text = "Hello,\n\nWe regret that your application was not successful this time."
    found = read(text)
    assert memory.MIN_SHINGLES <= len(found.shingles) < memory.CROSS_MIN_SHINGLES
    said = entry("rejection", "jobs@northwind.example", "", text)
    assert said is not None
    known = Memory([said])
    assert not known.foreign()
    assert known.match("jobs@northwind.example", text) is not None
    assert known.match("talent@southwind.example", text) is None


def test_the_senders_own_match_wins_over_another_senders() -> None:
    text = _refusal("Anna", "Data Analyst", "3 March 2026")
    mine = entry("not_rejection", "jobs@northwind.example", "", _edited(text), when="2026-01-01")
    theirs = entry("rejection", "talent@southwind.example", "", text, when="2026-05-01")
    assert mine is not None
    assert theirs is not None
    found = Memory([theirs, mine]).match("jobs@northwind.example", text)
    assert found is not None
    assert found.entry is mine  # 0.84 from the sender itself over 1.0 from another, newer
    assert not found.foreign


@pytest.mark.parametrize(
    ("sender", "key"),
    [
        ("Northwind <no-reply@mail.northwind.co.uk>", "northwind.co.uk"),  # the employer's own
        ("northwind@myworkday.com", "workday:northwind"),  # the tenant in the address
        ("Pat <pat@northwind.wd5.myworkdayjobs.com>", "workday:northwind"),
        ("northwind+autoreply@talent.icims.com", "icims:northwind"),
        ("Northwind Talent <no-reply@us.greenhouse-mail.io>", "greenhouse:northwind"),  # display
        ('"Northwind via Greenhouse" <no-reply@greenhouse.io>', "greenhouse:northwind"),
        ("Northwind Recruiting Team <no-reply@hire.lever.co>", "lever:northwind"),
        ("no-reply@us.greenhouse-mail.io", ""),  # a shared tool naming no employer: no key
        ("Greenhouse <no-reply@greenhouse.io>", ""),
        ("Workday <noreply@myworkday.com>", ""),
        ("nobody", ""),
    ],
)
def test_a_shared_tools_mail_is_keyed_by_its_employer(sender: str, key: str) -> None:
    assert memory.sender_key(sender) == key


def test_a_shared_tools_template_matches_only_the_same_employers_mail() -> None:
    """Twenty-fourth pass, part G: the same hiring tool's template, from the same tool domain,
    for two employers: the user's word on one never decides the other's."""
    text = _refusal("Anna", "Data Analyst", "3 March 2026")
    # a recruiter's edit: one template by the lenient bar, not by another sender's (part Q)
    later = _edited(_refusal("Bilal", "Engineer", "14 May 2026"))
    on_workday = entry("rejection", "Northwind Talent <northwind@myworkday.com>", "", text)
    on_greenhouse = entry("rejection", "Northwind <no-reply@us.greenhouse-mail.io>", "", text)
    assert on_workday is not None
    assert on_greenhouse is not None
    known = Memory([on_workday, on_greenhouse])
    assert known.match("Northwind <jobs@northwind.wd3.myworkdayjobs.com>", later) is not None
    assert known.match("Southwind <southwind@myworkday.com>", later) is None
    assert known.knows("Northwind Hiring Team <no-reply@greenhouse-mail.io>")
    assert known.match("Northwind Hiring Team <no-reply@greenhouse-mail.io>", later) is not None
    assert not known.knows("Southwind Hiring Team <no-reply@us.greenhouse-mail.io>")
    assert known.match("Southwind Hiring Team <no-reply@us.greenhouse-mail.io>", later) is None
    assert known.match("no-reply@us.greenhouse-mail.io", later) is None  # whose? nobody's word
    # a tool's mail that names no employer is remembered by nobody
    assert entry("rejection", "no-reply@us.greenhouse-mail.io", "", text) is None


def test_too_little_text_and_no_sender_make_no_entry() -> None:
    assert entry("rejection", "hr@acme.example", "", "No, sorry.") is None
    assert entry("rejection", "nobody", "", _refusal("A", "B", "C")) is None
    assert entry("maybe", "hr@acme.example", "", _refusal("A", "B", "C")) is None


def test_quoted_history_and_the_greeting_do_not_count() -> None:
    text = _refusal("Anna", "Data Analyst", "3 March 2026")
    reply = text + "\n\nOn Mon, 2 Mar 2026, Anna wrote:\n> Any news on my application?\n> Anna"
    assert _near(text, reply) == 1.0
    assert _near(text, text.replace("Dear Anna,", "Hi there Anna Maria,")) == 1.0


def test_the_users_latest_word_wins_at_equal_similarity() -> None:
    text = _refusal("Anna", "Data Analyst", "3 March 2026")
    old = entry("rejection", "hr@acme.example", "", text, when="2026-01-02T10:00:00")
    new = entry("not_rejection", "hr@acme.example", "", text, when="2026-02-02T10:00:00")
    assert old is not None
    assert new is not None
    found = Memory([new, old]).match("hr@acme.example", text)
    assert found is not None
    assert found.label == "not_rejection"
    assert found.describe() == "like a message you dismissed on 2026-02-02 (similarity 1.00)"


def _raw(subject: str, body: str, sender: str = "jobs@northwind.example") -> tuple[bytes, bool]:
    return make_message(subject, body, sender), False


def test_analyse_files_a_remembered_refusal_and_leaves_a_dismissed_template() -> None:
    said_no = entry("rejection", "jobs@northwind.example", "", _refusal("A", "Analyst", "May"))
    said_fine = entry("not_rejection", "jobs@northwind.example", "", _received("A", "X", "May"))
    assert said_no is not None
    assert said_fine is not None
    known = Memory([said_no, said_fine])
    low = _raw("Your application", _refusal("Bilal", "Engineer", "June"))  # scored 0.01
    sure = _raw("REJECT? received", _received("Bilal", "Engineer", "June"))  # scored 0.99
    edited = _edited(_refusal("Bilal", "Engineer", "June"))  # not another sender's template
    other = _raw("Your application", edited, "hr@else.example")
    found = analyse(KeywordModel(), [low, sure, other], memory=known)  # type: ignore[arg-type]
    assert found[0].mail is not None
    assert found[0].recall is not None
    assert found[0].recall.label == "rejection"
    assert found[0].score == 0.01
    assert found[1].mail is None
    assert found[1].brief is not None
    assert found[1].recall is not None
    assert found[1].recall.label == "not_rejection"
    assert found[2].mail is None
    assert found[2].recall is None
    # without the memory, the model alone
    plain = analyse(KeywordModel(), [low, sure], memory=None)  # type: ignore[arg-type]
    assert plain[0].mail is None
    assert plain[1].mail is not None


def test_analyse_reads_the_employer_from_a_shared_tools_display_name() -> None:
    """A Greenhouse address names no employer: the display does, so a scan asks the memory
    with the whole sender line (twenty-fourth pass, part G)."""
    said_no = entry(
        "rejection",
        "Northwind Talent <no-reply@us.greenhouse-mail.io>",
        "",
        _refusal("A", "Analyst", "May"),
    )
    assert said_no is not None
    body = _edited(_refusal("Bilal", "Engineer", "June"))  # by the lenient bar only
    mine = _raw("Your application", body, "Northwind Hiring <no-reply@us.greenhouse-mail.io>")
    theirs = _raw("Your application", body, "Southwind Hiring <no-reply@us.greenhouse-mail.io>")
    found = analyse(KeywordModel(), [mine, theirs], memory=Memory([said_no]))  # type: ignore[arg-type]
    assert found[0].recall is not None
    assert found[0].mail is not None
    assert found[1].recall is None
    assert found[1].mail is None


def test_analyse_decides_another_senders_copy_as_the_user_said() -> None:
    """Part Q: a confirmed refusal's copy from another employer is filed whatever its score
    (unless protected, below), a dismissed confirmation's copy stays whatever its score, and
    another employer's different refusal is the model's call."""
    said_no = entry("rejection", "jobs@northwind.example", "", _refusal("A", "Analyst", "May"))
    said_fine = entry("not_rejection", "jobs@northwind.example", "", _received("A", "X", "May"))
    assert said_no is not None
    assert said_fine is not None
    known = Memory([said_no, said_fine])
    south = "Southwind Talent <talent@southwind.example>"
    low = _raw("Your application", _refusal("Bo", "Engineer", "June", "Southwind"), south)
    sure = _raw("REJECT? received", _received("Bo", "Engineer", "June", "Southwind"), south)
    other = _raw("Your application", _letter(_OTHER_REFUSAL, "Bo", "Clerk", "June", "S"), south)
    found = analyse(KeywordModel(), [low, sure, other], memory=known)  # type: ignore[arg-type]
    assert found[0].mail is not None
    assert found[0].recall is not None
    assert found[0].recall.foreign
    assert found[0].recall.label == "rejection"
    assert found[1].mail is None
    assert found[1].recall is not None
    assert found[1].recall.foreign
    assert found[1].recall.label == "not_rejection"
    assert found[2].mail is None
    assert found[2].recall is None


def test_a_receipt_confirmed_by_mistake_never_files_another_employers_receipt() -> None:
    """The user confirmed a tool's confirmation of receipt as a rejection: the sender's own
    later copy follows their word (as in part O), another employer's copy is the model's."""
    receipt = (  # "either way": one the rules (gate, guard) leave to the model
        "Hi Anna,\n\nWe got your application for the Data Analyst opening - thanks! The team "
        "reads every application personally, and you will hear from us within two weeks "
        "either way.\n\nBest,\nThe Talent Team\n"
    )
    mistaken = entry("rejection", "jobs@northwind.example", "", receipt)
    assert mistaken is not None
    known = Memory([mistaken])
    later = receipt.replace("Anna", "Bilal").replace("Data Analyst", "Sales Lead")
    theirs = later.replace("Northwind", "Southwind")
    assert known.match("hr@southwind.example", theirs) is not None  # the same template...
    found = analyse(
        KeywordModel(),  # type: ignore[arg-type]
        [_raw("Application", later), _raw("Application", theirs, "hr@southwind.example")],
        memory=known,
    )
    assert found[0].recall is not None  # the sender's own: the user's word
    assert found[0].mail is not None
    assert found[1].recall is None  # ...but another sender's receipt is never filed by it
    assert found[1].mail is None


def test_the_memory_never_files_what_the_guard_holds_back() -> None:
    invite = (
        "Dear Anna,\n\nThank you for applying for the Data Analyst role. We would like to "
        "invite you to an interview with our team next week. Please pick a time that suits "
        "you using the scheduling link below.\n\nKind regards,\nNorthwind Talent Team\n"
    )
    # the user confirmed an invitation as a rejection by mistake: its sibling stays unfiled
    mistaken = entry("rejection", "jobs@northwind.example", "", invite)
    assert mistaken is not None
    sibling = _raw("Interview", invite.replace("Anna", "Bilal").replace("Data", "Sales"))
    theirs = _raw("Interview", invite.replace("Northwind", "Southwind"), "hr@southwind.example")
    assert Memory([mistaken]).match("hr@southwind.example", invite) is not None  # part Q
    found = analyse(KeywordModel(), [sibling, theirs], memory=Memory([mistaken]))  # type: ignore[arg-type]
    assert [a.recall for a in found] == [None, None]
    assert [a.mail for a in found] == [None, None]


def test_load_reads_corrections_and_training_examples(tmp_path: Path) -> None:
    store = Store(":memory:")
    store.record_correction(
        "a",
        "<k1>",
        message_id="<k1>",
        folder="INBOX",
        uidvalidity=1,
        uid=1,
        label="rejection",
        subject="Your application",
        sender="Northwind <jobs@northwind.example>",
        body=_refusal("Anna", "Analyst", "May"),
    )
    # a message moved back before the store kept text: nothing to match, no entry
    store.record_correction("a", "<k2>", message_id="<k2>", folder="INBOX", uidvalidity=1, uid=2)
    training = tmp_path / "training"
    training.mkdir()
    rows = [
        {
            "id": "user:<t1>",
            "subject": "Received",
            "body": _received("Anna", "Analyst", "May"),
            "sender": "jobs@northwind.example",
            "label": "not_rejection",
            "kind": "user_not_rejection",
            "family": "user:Not a rejection",
        },
        {  # the same message as the correction <k1>: the correction's word counts
            "id": "user:<k1>",
            "subject": "Your application",
            "body": _refusal("Anna", "Analyst", "May"),
            "sender": "jobs@northwind.example",
            "label": "not_rejection",
            "kind": "user_not_rejection",
            "family": "user:Not a rejection",
        },
    ]
    (training / "user-not-a-rejection.jsonl").write_text(
        "\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8"
    )
    known = remembered.load(store, "a", training)
    assert len(known) == 2
    later = known.match("jobs@northwind.example", _refusal("Bo", "Clerk", "June"))
    assert later is not None
    assert later.label == "rejection"
    assert later.describe().startswith("like a message you confirmed on ")
    fine = known.match("jobs@northwind.example", _received("Bo", "Clerk", "June"))
    assert fine is not None
    assert fine.label == "not_rejection"
    assert fine.entry.describe() == ('like a message you sorted into your "not a rejection" folder')
    assert len(remembered.load(store, "a", tmp_path / "missing")) == 1
    store.close()


@pytest.mark.imap
def test_a_scan_after_review_files_the_confirmed_template_and_keeps_the_dismissed_one(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str]
) -> None:
    """The user confirms one uncertain message and dismisses another; the next scan files
    a later copy of the first template (scored far below the review band) and leaves a later
    copy of the second (scored into the review band) in the inbox, unmarked and unqueued."""
    first_no = make_message(
        "MAYBE: your application",
        _refusal("Sam", "Data Analyst", "3 March 2026"),
        "Northwind Talent <talent@northwind.example>",
        message_id="<no-1@memory.test>",
    )
    first_fine = make_message(
        "MAYBE: your application",
        _received("Sam", "Data Analyst", "3 March 2026"),
        "Northwind Talent <talent@northwind.example>",
        message_id="<fine-1@memory.test>",
    )
    dovecot.append(imap_user, "INBOX", [first_no, first_fine])
    _wired_scan(dovecot, imap_user)
    queue = {str(i["message_id"]): str(i["id"]) for i in queue_json()}
    assert set(queue) == {"<no-1@memory.test>", "<fine-1@memory.test>"}
    assert run_cli("review", "confirm", queue["<no-1@memory.test>"])[0] == 0
    assert run_cli("review", "dismiss", queue["<fine-1@memory.test>"])[0] == 0

    later_no = make_message(
        "Update on your application",  # the stub model scores it 0.01
        _refusal("Sam", "Senior Backend Engineer", "14 May 2026"),
        "Northwind Talent <talent@northwind.example>",
        message_id="<no-2@memory.test>",
    )
    later_fine = make_message(
        "MAYBE: your application",  # 0.6: the review band
        _received("Sam", "Platform Engineer", "14 May 2026"),
        "Northwind Talent <talent@northwind.example>",
        message_id="<fine-2@memory.test>",
    )
    stranger = make_message(  # another company's edited copy: the model's call (not part Q's bar)
        "Update on your application",
        _edited(_refusal("Sam", "Senior Backend Engineer", "14 May 2026")),
        "Southwind Talent <talent@southwind.example>",
        message_id="<other@memory.test>",
    )
    dovecot.append(imap_user, "INBOX", [later_no, later_fine, stranger])
    report = _wired_scan(dovecot, imap_user)

    assert "<no-2@memory.test>" in ids(dovecot, imap_user, "Rejections")
    inbox = ids(dovecot, imap_user, "INBOX")
    assert {"<fine-1@memory.test>", "<fine-2@memory.test>", "<other@memory.test>"} <= set(inbox)
    assert "<no-2@memory.test>" not in inbox
    assert flags_by_id(dovecot, imap_user, "INBOX")["<fine-2@memory.test>"] == set()
    assert queue_json() == []
    by_id = {o.message_id: o for o in report.outcomes}
    assert by_id["<no-2@memory.test>"].action == "file"
    assert by_id["<no-2@memory.test>"].detail.startswith("like a message you confirmed on ")
    assert by_id["<fine-2@memory.test>"].action == "keep"
    assert by_id["<fine-2@memory.test>"].detail.startswith("like a message you dismissed on ")
    assert by_id["<other@memory.test>"].action == "keep"
    assert by_id["<other@memory.test>"].detail == ""


@pytest.mark.imap
def test_one_employers_confirmed_template_never_files_anothers_mail_on_the_same_tool(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str]
) -> None:
    """Twenty-fourth pass, part G: the user confirms Northwind's refusal sent through Workday;
    the next scan files Northwind's later copy and leaves Southwind's mail, the same tool's
    same template from the same tool domain, to the model (kept)."""
    northwind = "Northwind Talent <northwind@myworkday.com>"
    first = make_message(
        "MAYBE: your application",
        _refusal("Sam", "Data Analyst", "3 March 2026"),
        northwind,
        message_id="<wd-1@memory.test>",
    )
    dovecot.append(imap_user, "INBOX", [first])
    _wired_scan(dovecot, imap_user)
    queue = {str(i["message_id"]): str(i["id"]) for i in queue_json()}
    assert run_cli("review", "confirm", queue["<wd-1@memory.test>"])[0] == 0

    later = make_message(
        "Update on your application",  # the stub model scores it 0.01
        _refusal("Sam", "Senior Backend Engineer", "14 May 2026"),
        northwind,
        message_id="<wd-2@memory.test>",
    )
    other_employer = make_message(  # edited: one template by the lenient bar only
        "Update on your application",
        _edited(_refusal("Sam", "Senior Backend Engineer", "14 May 2026")),
        "Southwind Talent <southwind@myworkday.com>",
        message_id="<wd-other@memory.test>",
    )
    dovecot.append(imap_user, "INBOX", [later, other_employer])
    report = _wired_scan(dovecot, imap_user)

    assert "<wd-2@memory.test>" in ids(dovecot, imap_user, "Rejections")
    assert "<wd-other@memory.test>" in ids(dovecot, imap_user, "INBOX")
    by_id = {o.message_id: o for o in report.outcomes}
    assert by_id["<wd-2@memory.test>"].action == "file"
    assert by_id["<wd-other@memory.test>"].action == "keep"
    assert by_id["<wd-other@memory.test>"].detail == ""


@pytest.mark.imap
def test_a_scan_decides_another_employers_copy_of_a_reviewed_template(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str]
) -> None:
    """Part Q: the user confirms Northwind's refusal and dismisses its confirmation of
    receipt; the next scan files Southwind's word-for-word copy of the refusal (scored far
    below the review band) saying it matched another sender's template, leaves Southwind's
    copy of the confirmation (scored into the review band) in the inbox unmarked, and leaves
    Southwind's invitation in the same frame and its own refusal to the model (kept)."""
    northwind = "Northwind Talent <talent@northwind.example>"
    southwind = "Southwind People <people@southwind.example>"
    first_no = make_message(
        "MAYBE: your application",
        _refusal("Sam", "Data Analyst", "3 March 2026"),
        northwind,
        message_id="<x-no-1@memory.test>",
    )
    first_fine = make_message(
        "MAYBE: your application",
        _received("Sam", "Data Analyst", "3 March 2026"),
        northwind,
        message_id="<x-fine-1@memory.test>",
    )
    dovecot.append(imap_user, "INBOX", [first_no, first_fine])
    _wired_scan(dovecot, imap_user)
    queue = {str(i["message_id"]): str(i["id"]) for i in queue_json()}
    assert run_cli("review", "confirm", queue["<x-no-1@memory.test>"])[0] == 0
    assert run_cli("review", "dismiss", queue["<x-fine-1@memory.test>"])[0] == 0

    def south(subject: str, body: str, key: str) -> bytes:
        return make_message(subject, body, southwind, message_id=f"<{key}@memory.test>")

    dovecot.append(
        imap_user,
        "INBOX",
        [
            south(
                "Update on your application",
                _refusal("Sam", "Ops Lead", "May", "Southwind"),
                "s-no",
            ),
            south("MAYBE: received", _received("Sam", "Ops Lead", "May", "Southwind"), "s-fine"),
            south(
                "Next steps", _letter(_INVITE, "Sam", "Ops Lead", "May", "Southwind"), "s-invite"
            ),
            south("Your application", _letter(_OTHER_REFUSAL, "Sam", "Ops", "May", "S"), "s-other"),
        ],
    )
    report = _wired_scan(dovecot, imap_user)

    assert ids(dovecot, imap_user, "Rejections").count("<s-no@memory.test>") == 1
    inbox = set(ids(dovecot, imap_user, "INBOX"))
    assert {"<s-fine@memory.test>", "<s-invite@memory.test>", "<s-other@memory.test>"} <= inbox
    assert "<s-no@memory.test>" not in inbox
    assert flags_by_id(dovecot, imap_user, "INBOX")["<s-fine@memory.test>"] == set()
    assert queue_json() == []
    by_id = {o.message_id: o for o in report.outcomes}
    assert by_id["<s-no@memory.test>"].action == "file"
    assert by_id["<s-no@memory.test>"].detail.startswith("like a message you confirmed on ")
    assert "another sender's template (northwind.example;" in by_id["<s-no@memory.test>"].detail
    assert by_id["<s-fine@memory.test>"].action == "keep"
    assert "another sender's template" in by_id["<s-fine@memory.test>"].detail
    assert by_id["<s-fine@memory.test>"].detail.startswith("like a message you dismissed on ")
    for key in ("s-invite", "s-other"):
        assert by_id[f"<{key}@memory.test>"].action == "keep"
        assert by_id[f"<{key}@memory.test>"].detail == ""


def _wired_scan(server: DovecotServer, user: str) -> ScanReport:
    """One scan as `rejectwatch scan` wires it (the memory included), with the stub model."""
    settings = load_settings()
    store = Store(settings.database_path)
    mailbox = server.mailbox(user)
    try:
        return wiring.scanner(settings, mailbox, store, KeywordModel()).scan()  # type: ignore[arg-type]
    finally:
        mailbox.close()
        store.close()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks workers")
def test_forked_workers_decide_with_the_memory_as_this_process_does() -> None:
    said_no = entry("rejection", "jobs@northwind.example", "", _refusal("A", "Analyst", "May"))
    assert said_no is not None
    known = Memory([said_no])
    items = [_raw("Your application", _refusal("Bilal", "Engineer", "June")), _raw("Hi", "Lunch?")]
    inline = Inline(KeywordModel(), known)  # type: ignore[arg-type]
    pool = Pool(KeywordModel(), 2, known)  # type: ignore[arg-type]
    try:
        for p in (inline, pool):
            p.put(0, items, preview=False, observe=False)
        here = collect_all(inline, 1)[0]
        there = collect_all(pool, 1)[0]
    finally:
        pool.close()
    assert [a.recall for a in here] == [a.recall for a in there]
    assert there[0].recall is not None
    assert there[0].mail is not None
    assert there[1].recall is None


def test_an_empty_memory_loads_without_the_readings(tmp_path: Path) -> None:
    """Twenty-fourth pass, part E: loading a memory with nothing in it (no corrections, no
    training folder) imports none of the model's readers. A scan loads its memory before it
    forks its first worker; importing the readers there (0.3 s) held the workers back on every
    first scan of a new user's mailbox. One correction, and they are read as before."""
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from rejectwatch.pipeline import remembered\n"
        "from rejectwatch.state import Store\n"
        f"found = remembered.load(Store(':memory:'), 'me', Path({str(tmp_path)!r}) / 'training')\n"
        "heavy = [m for m in ('rejectwatch.model.features', 'rejectwatch.model.negation',"
        " 'rejectwatch.model.trim', 'numpy') if m in sys.modules]\n"
        "print(len(found), heavy)\n"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(Path(__file__).parents[1] / "src")]))
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["0", "[]"]


# Part U (issue 11, twenty-fourth pass): a hostile re-read of part Q's bar, pure logic.
_COVERING = (
    "Dear Anna,\n\nPlease find attached a letter about your application for the Data Analyst "
    "role with our team and about the next stage of the process, which we hope you will read "
    "carefully.\n\nKind regards,\nThe People Team\n"
)


def test_another_senders_covering_note_follows_its_subject_line() -> None:
    """The decision is in the subject (or the attachment), the body a covering note: another
    employer's copy under an invitation's subject is no copy of a refusal; under a refusal's
    subject it still is, and the sender's own copies are matched as before."""
    said = entry("rejection", "jobs@northwind.example", "Unsuccessful application", _COVERING)
    assert said is not None
    known = Memory([said])
    theirs = _COVERING.replace("Anna", "Bilal").replace("Data Analyst", "Sales Lead")
    south = "talent@southwind.example"
    for subject in ("Interview invitation", "Your offer", "Next steps", "Assessment"):
        assert known.match(south, theirs, subject) is None, subject
        assert recall_for(known, Document(subject, theirs, south)) is None, subject
    found = known.match(south, theirs, "Unsuccessful application - Sales Lead")
    assert found is not None
    assert found.foreign
    assert known.match("jobs@northwind.example", theirs, "Interview invitation") is not None


_BOILERPLATE = (
    "Thank you for taking the time to apply and for your interest in joining us. We receive "
    "a great many applications for every opening and each one is read by a member of the "
    "hiring team. "
)


@pytest.mark.parametrize(
    "later",
    [
        _BOILERPLATE + "Unfortunately the position has now been filled by another candidate.",
        _BOILERPLATE + "Unfortunately we would like to invite you to an interview next week.",
        _BOILERPLATE + "Unfortunately.",
    ],
    ids=["another-refusal", "an-invitation", "the-boilerplate-alone"],
)
def test_a_long_shared_boilerplate_does_not_carry_another_senders_refusal(later: str) -> None:
    text = _BOILERPLATE + "Unfortunately we have decided not to move forward with your application."
    said = entry("rejection", "jobs@northwind.example", "", text)
    assert said is not None
    assert Memory([said]).match("talent@southwind.example", later) is None


def test_a_template_just_long_enough_matches_only_word_for_word() -> None:
    text = "We have decided not to take your application for this role any further, thank you."
    assert len(read(text).shingles) >= memory.CROSS_MIN_SHINGLES
    said = entry("rejection", "jobs@northwind.example", "", text)
    assert said is not None
    known = Memory([said])
    assert known.match("talent@southwind.example", text) is not None
    for later in (
        text.replace("this role", "this post"),
        text.replace("any further", "further at present"),
        "Good news! " + text.replace("not ", ""),
    ):
        assert known.match("talent@southwind.example", later) is None, later


# Part M (issue 11, twenty-fifth pass): the correction memory's loose ends.
def _pool(outcome: str) -> str:
    """A tool's talent-pool letter whose one sentence of news is *outcome*."""
    return (
        "Dear Anna,\n\nThank you for your interest in Northwind Logistics. Your application "
        f"for the Data Analyst position {outcome}. We will keep your details in our talent "
        "pool and may contact you if a suitable role opens up in the future. You can view the "
        "status of your application at any time in your candidate portal, where you can also "
        "update your profile and preferences.\n\nKind regards,\nNorthwind Talent Acquisition\n"
    )


def _either_way(news: str) -> str:
    """A terse tool's letter, "either way" after its one sentence of news."""
    return (
        "Hi Anna,\n\nThanks for applying for the Data Analyst opening at Northwind. "
        f"{news} Either way, we will keep your details on file and let you know about similar "
        "openings that match your skills and experience over the coming year. You can check "
        "where things stand at any time in your applicant portal, where you can also update "
        "your profile and your e-mail preferences.\n\nBest,\nThe Talent Team\n"
    )


# (the user's refusal, a later receipt in its frame): one sentence apart, the same POLAR words
_FRAMED = [
    (_pool("has been rejected"), _pool("has been received")),
    (_either_way("The role has now been filled."), _either_way("The role is now advertised.")),
]


@pytest.mark.parametrize(("refusal", "receipt"), _FRAMED, ids=["talent-pool", "either-way"])
def test_a_senders_receipt_in_the_frame_of_its_confirmed_refusal_is_never_filed(
    refusal: str, receipt: str
) -> None:
    """The user confirmed a sender's refusal; the same sender's later receipt in the same
    frame is one sentence apart (similarity over NEAR, the same POLAR words) and neither the
    guard nor the gate holds it. The memory must not file it: the two read differently (the
    rules read a decision token in one and none in the other), so the receipt is
    the model's call. The refusal's own later copy is still filed."""
    said = entry("rejection", "jobs@northwind.example", "Your application", refusal)
    assert said is not None
    known = Memory([said])
    later = receipt.replace("Anna", "Bilal")
    assert known.match("jobs@northwind.example", later) is not None  # the texts alone: one
    assert recall_for(known, Document("Your application", later, "jobs@northwind.example")) is None
    again = refusal.replace("Anna", "Bilal")
    found = analyse(
        KeywordModel(),  # type: ignore[arg-type]
        [_raw("Your application", later), _raw("Your application", again)],
        memory=known,
    )
    assert found[0].recall is None
    assert found[0].mail is None  # scored 0.01: left in the inbox
    assert found[1].recall is not None
    assert found[1].mail is not None  # scored 0.01, filed on the user's word


@pytest.mark.parametrize(("refusal", "receipt"), _FRAMED, ids=["talent-pool", "either-way"])
def test_a_dismissed_receipt_never_keeps_the_senders_refusal_in_its_frame(
    refusal: str, receipt: str
) -> None:
    """The other way round: the user dismissed the receipt; the sender's later refusal in its
    frame is the model's call (here scored 0.99: filed), the receipt's own copy stays."""
    said = entry("not_rejection", "jobs@northwind.example", "Your application", receipt)
    assert said is not None
    known = Memory([said])
    found = analyse(
        KeywordModel(),  # type: ignore[arg-type]
        [
            _raw("REJECT? Your application", refusal.replace("Anna", "Bo")),
            _raw("REJECT? Your application", receipt.replace("Anna", "Bo")),
        ],
        memory=known,
    )
    assert found[0].recall is None
    assert found[0].mail is not None
    assert found[1].recall is not None
    assert found[1].mail is None


def test_the_subject_turns_of_an_entry_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Another sender's entries are compared by their subject lines' SUBJECT_TURNS words: each
    entry's are read when it is made, a message's once, not once per entry per message."""
    text = _refusal("Anna", "Data Analyst", "3 March 2026")
    made = [
        entry("rejection", f"jobs@employer{i}.example", "Unsuccessful application", text)
        for i in range(5)
    ]
    known = Memory(item for item in made if item is not None)
    calls: list[str] = []
    real = memory.subject_turns
    monkeypatch.setattr(memory, "subject_turns", lambda s: calls.append(s) or real(s))
    found = known.match("talent@southwind.example", text, "Unsuccessful application")
    assert found is not None
    assert found.foreign
    assert known.match("talent@southwind.example", text, "Interview invitation") is None
    assert calls == ["Unsuccessful application", "Interview invitation"]


def test_a_scan_reads_a_messages_sender_key_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """`knows` and `match` speak of the same sender: analyse works its key out once."""
    said = entry("rejection", "jobs@northwind.example", "", _refusal("A", "Analyst", "May"))
    assert said is not None
    known = Memory([said])
    calls: list[str] = []
    real = memory.sender_key
    monkeypatch.setattr(memory, "sender_key", lambda s: calls.append(s) or real(s))
    item = _raw("Your application", _refusal("Bilal", "Engineer", "June"))
    found = analyse(KeywordModel(), [item], memory=known)  # type: ignore[arg-type]
    assert found[0].recall is not None
    assert len(calls) == 1
    # the public calls answer as before, each on its own
    assert known.knows("Northwind <jobs@northwind.example>")
    assert known.match("jobs@northwind.example", _refusal("Bo", "Clerk", "June")) is not None


def _correct(store: Store, key: str, label: str, body: str, noticed: str) -> None:
    """A correction the user made at *noticed*."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("rejectwatch.state.now_iso", lambda: noticed)
        store.record_correction(
            "a",
            key,
            message_id=key,
            folder="INBOX",
            uidvalidity=1,
            uid=1,
            label=label,
            subject="Your application",
            sender="jobs@northwind.example",
            body=body,
        )


def test_the_memory_forgets_what_the_user_said_too_long_ago(tmp_path: Path) -> None:
    """An entry older than the age limit (memory_max_age_days) no longer matches; a recent
    one does. A train --from-imap example is as old as the file it was written to."""
    store = Store(":memory:")
    old_refusal = _refusal("Anna", "Analyst", "May")
    _correct(store, "<old>", "rejection", old_refusal, "2023-01-10T09:00:00+00:00")
    new_receipt = _received("Anna", "Analyst", "May")
    _correct(store, "<new>", "not_rejection", new_receipt, "2026-10-01T09:00:00+00:00")
    training = tmp_path / "training"
    training.mkdir()
    row = {
        "id": "user:<t1>",
        "subject": "Thanks",
        "body": _letter(_INVITE, "Anna", "Analyst", "May", "Northwind Logistics"),
        "sender": "jobs@northwind.example",
        "label": "not_rejection",
        "kind": "user_not_rejection",
        "family": "user:Not a rejection",
    }
    written = training / "user-not-a-rejection.jsonl"
    written.write_text(json.dumps(row) + "\n", encoding="utf-8")
    now = datetime(2026, 12, 1, tzinfo=UTC)
    old = (now - timedelta(days=800)).timestamp()
    os.utime(written, (old, old))
    later_refusal = _refusal("Bo", "Clerk", "June")
    later_receipt = _received("Bo", "Clerk", "June")
    later_invite = _letter(_INVITE, "Bo", "Clerk", "June", "Northwind Logistics")

    everything = remembered.load(store, "a", training, now=now)  # no limit: as before
    assert len(everything) == 3
    assert everything.match("jobs@northwind.example", later_refusal) is not None

    known = remembered.load(store, "a", training, max_age_days=730, now=now)
    assert len(known) == 1
    assert known.match("jobs@northwind.example", later_refusal) is None
    assert known.match("jobs@northwind.example", later_invite) is None
    found = known.match("jobs@northwind.example", later_receipt)
    assert found is not None
    assert found.entry.when.startswith("2026-10-01")
    assert found.label == "not_rejection"
    os.utime(written, (now.timestamp(), now.timestamp()))  # train --from-imap ran again
    assert len(remembered.load(store, "a", training, max_age_days=730, now=now)) == 2
    store.close()


def test_the_age_limit_is_a_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_settings().memory_max_age_days == 730
    monkeypatch.setenv("REJECTWATCH_MEMORY_MAX_AGE_DAYS", "90")
    assert load_settings().memory_max_age_days == 90


@pytest.mark.imap
def test_a_scan_files_a_confirmed_refusals_copy_and_leaves_the_receipt_in_its_frame(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str]
) -> None:
    """Part M: the user confirms Northwind's talent-pool refusal in `review`; the next scan files
    its later copy (scored 0.01) and leaves Northwind's receipt in the same frame, one sentence
    apart, to the model (kept, no memory detail), though neither guard nor gate holds it."""
    northwind = "Northwind Talent <talent@northwind.example>"
    first = make_message(
        "MAYBE: your application",
        _pool("has been rejected"),
        northwind,
        message_id="<pool-1@memory.test>",
    )
    dovecot.append(imap_user, "INBOX", [first])
    _wired_scan(dovecot, imap_user)
    queue = {str(i["message_id"]): str(i["id"]) for i in queue_json()}
    assert run_cli("review", "confirm", queue["<pool-1@memory.test>"])[0] == 0

    again = make_message(
        "Update on your application",
        _pool("has been rejected").replace("Anna", "Sam"),
        northwind,
        message_id="<pool-2@memory.test>",
    )
    receipt = make_message(
        "Update on your application",
        _pool("has been received").replace("Anna", "Sam"),
        northwind,
        message_id="<pool-received@memory.test>",
    )
    dovecot.append(imap_user, "INBOX", [again, receipt])
    report = _wired_scan(dovecot, imap_user)

    assert "<pool-2@memory.test>" in ids(dovecot, imap_user, "Rejections")
    assert "<pool-received@memory.test>" in ids(dovecot, imap_user, "INBOX")
    by_id = {o.message_id: o for o in report.outcomes}
    assert by_id["<pool-2@memory.test>"].action == "file"
    assert by_id["<pool-2@memory.test>"].detail.startswith("like a message you confirmed on ")
    assert by_id["<pool-received@memory.test>"].action == "keep"
    assert by_id["<pool-received@memory.test>"].detail == ""


# Part M2 (issue 11, twenty-fifth pass): another employer's copy of one template, its own
# names in it. A short template's sign-off names the company (and the signer) at a line's start,
# where the memory reads it as a word; two employers' copies then differ only in those words,
# a few shingles that weigh a lot in a short text. The memory reads a message's text with its
# own sender's names (the From display name's words, the domain's own name) as placeholders.
def _signed(news: str, signer: str, company: str) -> str:
    """A short tool letter signed by *signer* of *company* (both at a line's start)."""
    return (
        f"Hi Anna,\n\nThanks for applying for the Data Analyst role. {news} We appreciate the "
        f"time you gave us and wish you well with your search.\n\n{signer}\n{company} "
        "Recruiting\n"
    )


_NO = "We have decided not to move forward with your application at this time."
_GOT = "We have received your application and will be in touch within two weeks."
_ASK = "We would like to invite you to an interview with the hiring manager next week."
_TWO_EMPLOYERS = [
    # (the labelled message's sender, signer, company; the later one's)
    (
        ("Jasper Oduro <jasper.oduro@orchardly.example>", "Jasper", "Orchardly"),
        ("Imogen Tregarthen <imogen@lumenvale.example>", "Imogen", "Lumenvale"),
    ),
    (  # the display names no one: the domain does ("Hollins Freight": hollinsfreight)
        ("Recruitment <recruitment@hollinsfreight.example>", "Nomvula", "Hollins"),
        ("Recruitment <recruitment@dawesroofing.example>", "Nomvula", "Dawes"),
    ),
    (  # a shared tool's tenants
        ("Quenby Health <no-reply@quenby.wd5.myworkdayjobs.com>", "Jun", "Quenby"),
        ("Tallyfern <no-reply@tallyfern.wd1.myworkdayjobs.com>", "Jun", "Tallyfern"),
    ),
]


@pytest.mark.parametrize(("said_by", "later_by"), _TWO_EMPLOYERS, ids=["signer", "domain", "tool"])
def test_two_employers_copies_of_a_refusal_differing_only_in_names_match(
    said_by: tuple[str, str, str], later_by: tuple[str, str, str]
) -> None:
    said = entry("rejection", said_by[0], "Your application", _signed(_NO, *said_by[1:]))
    assert said is not None
    theirs = _signed(_NO, *later_by[1:])
    assert len(read(theirs).shingles) < 57  # CROSS_NEAR, not CROSS_APART, was the bar
    assert memory.similarity(read(_signed(_NO, *said_by[1:])), read(theirs), foreign=True) < (
        memory.CROSS_NEAR  # the texts alone, names read as words
    )
    known = Memory([said])
    found = known.match(later_by[0], theirs, "Your application")
    assert found is not None
    assert found.foreign
    assert found.similarity == 1.0
    recalled = recall_for(known, Document("Your application", theirs, later_by[0]))
    assert recalled is not None
    assert recalled.label == "rejection"


@pytest.mark.parametrize(("said_by", "later_by"), _TWO_EMPLOYERS, ids=["signer", "domain", "tool"])
def test_two_employers_confirmation_and_refusal_of_one_template_never_match(
    said_by: tuple[str, str, str], later_by: tuple[str, str, str]
) -> None:
    for first, second in ((_NO, _GOT), (_GOT, _NO)):
        label = "rejection" if first == _NO else "not_rejection"
        said = entry(label, said_by[0], "Your application", _signed(first, *said_by[1:]))
        assert said is not None
        later = _signed(second, *later_by[1:])
        assert Memory([said]).match(later_by[0], later, "Your application") is None
        doc = Document("Your application", later, later_by[0])
        assert recall_for(Memory([said]), doc) is None


@pytest.mark.parametrize(("said_by", "later_by"), _TWO_EMPLOYERS, ids=["signer", "domain", "tool"])
def test_another_employers_invitation_in_a_refusals_template_never_matches(
    said_by: tuple[str, str, str], later_by: tuple[str, str, str]
) -> None:
    """The refusal's frame around an invitation never matches it; an invitation the user
    confirmed by mistake never files another employer's copy (names apart, one text)."""
    invite = _signed(_ASK, *later_by[1:])
    refusal = entry("rejection", said_by[0], "Your application", _signed(_NO, *said_by[1:]))
    assert refusal is not None
    assert Memory([refusal]).match(later_by[0], invite, "Your application") is None
    mistaken = entry("rejection", said_by[0], "Your application", _signed(_ASK, *said_by[1:]))
    assert mistaken is not None
    for subject in ("Your application", "Interview invitation"):
        doc = Document(subject, invite, later_by[0])
        assert recall_for(Memory([mistaken]), doc) is None, subject


def test_a_senders_names_are_placeholders_only_in_its_own_text() -> None:
    """Another employer's name in a message is read as a word: only its sender's own are
    placeholders (the display name's words, the domain's name, a tool's tenant)."""
    text = _signed(_NO, "Jasper", "Orchardly")
    assert read(text, sender="Jasper Oduro <jasper@orchardly.example>") != read(text)
    assert read(text, sender="Imogen <imogen@lumenvale.example>") == read(text)
    # a negation or a subject's turn in a sender's name is never a placeholder
    nothing = read(text, sender="Not Ltd <jobs@notnext.example>")
    assert "not" in nothing.polar


def test_another_employers_refusal_that_reads_as_a_receipt_follows_the_users_word() -> None:
    """The receipt rule (part Q) drops another sender's rejection match that reads as a
    confirmation of receipt; a refusal whose decision the rules read ("the applications
    received ... unfortunately unsuccessful") is no receipt, and is filed on the user's word."""
    text = (
        "Dear Anna,\n\nWe have now reviewed the applications received for the Data Analyst "
        "role. Unfortunately your application has been unsuccessful on this occasion, and we "
        "will not be taking it further.\n\nKind regards,\nHuman Resources\n"
    )
    said = entry("rejection", "hr@northwind.example", "Your application", text)
    assert said is not None
    theirs = text.replace("Anna", "Bilal").replace("Data Analyst", "Sales Lead")
    found = recall_for(Memory([said]), Document("Your application", theirs, "hr@southwind.example"))
    assert found is not None
    assert found.foreign
    assert found.is_rejection


@pytest.mark.imap
def test_a_scan_files_another_employers_copy_signed_with_its_own_names(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str]
) -> None:
    """Part M2: the user confirms Orchardly's short refusal, signed by Jasper of Orchardly, in
    `review`; the next scan files Lumenvale's copy signed by Imogen of Lumenvale (scored 0.01)
    as another sender's template, and leaves Lumenvale's receipt and invitation signed the same
    way to the model (kept, no memory detail)."""
    orchardly = "Jasper Oduro <jasper.oduro@orchardly.example>"
    lumenvale = "Imogen Tregarthen <imogen@lumenvale.example>"
    first = make_message(
        "MAYBE: your application",
        _signed(_NO, "Jasper", "Orchardly"),
        orchardly,
        message_id="<signed-1@memory.test>",
    )
    dovecot.append(imap_user, "INBOX", [first])
    _wired_scan(dovecot, imap_user)
    queue = {str(i["message_id"]): str(i["id"]) for i in queue_json()}
    assert run_cli("review", "confirm", queue["<signed-1@memory.test>"])[0] == 0

    def theirs(news: str, key: str) -> bytes:
        body = _signed(news, "Imogen", "Lumenvale")
        return make_message("Your application", body, lumenvale, message_id=f"<{key}@memory.test>")

    dovecot.append(
        imap_user, "INBOX", [theirs(_NO, "l-no"), theirs(_GOT, "l-got"), theirs(_ASK, "l-ask")]
    )
    report = _wired_scan(dovecot, imap_user)

    assert "<l-no@memory.test>" in ids(dovecot, imap_user, "Rejections")
    inbox = set(ids(dovecot, imap_user, "INBOX"))
    assert {"<l-got@memory.test>", "<l-ask@memory.test>"} <= inbox
    by_id = {o.message_id: o for o in report.outcomes}
    assert by_id["<l-no@memory.test>"].action == "file"
    assert "another sender's template (orchardly.example;" in by_id["<l-no@memory.test>"].detail
    for key in ("l-got", "l-ask"):
        assert by_id[f"<{key}@memory.test>"].action == "keep"
        assert by_id[f"<{key}@memory.test>"].detail == ""


def _search_over(role: str, college: str) -> str:
    """A college's search-closed notice (a short ATS template), filled in for *role*."""
    return (
        f"Dear Anna,\n\nThe {role} search at {college} is over: the committee has made its "
        f"appointment. Thank you for considering {college}; new openings are posted every "
        "term.\n\nOffice of Human Resources\nAn AA/EOE employer.\n"
    )


@pytest.mark.parametrize(
    ("role", "other_role"),
    [
        ("Assistant Professor of Nursing", "Registrar's Office Coordinator"),
        ("Head of Student Services", "Librarian"),
        ("Lecturer in Economics and Finance", "Data Analyst"),
        ("Técnico de Laboratorio", "Project Engineer"),
    ],
)
def test_a_name_joined_by_a_small_word_is_one_placeholder(role: str, other_role: str) -> None:
    """Twenty-eighth pass, part G (slice 26: the 'search ... is over' pair, rej-013 / rej-077):
    a role or a company whose name holds a small joining word ("Professor of Nursing",
    "Técnico de Laboratorio") is one name, so one placeholder, as a name without one is; read
    as "_ of _" it set another employer's copy of one template 0.86 apart, under CROSS_NEAR."""
    ours = _search_over(role, "Holloway Plains Community College")
    theirs = _search_over(other_role, "Lantern Ridge State College")
    assert read(ours) == read(theirs)
    said = entry("rejection", "Human Resources <hrsearch@hollowayplains.example>", "", ours)
    assert said is not None
    found = Memory([said]).match("Human Resources <hrsearch@lanternridge.example>", theirs)
    assert found is not None
    assert found.foreign
    assert found.similarity == 1.0


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (  # a sentence's end lies between: "Anna. In Leeds" is two names, not one
            "Thanks for meeting us on Monday, Anna. In Leeds the team has now chosen another "
            "candidate for the role, and we wish you well.",
            "Thanks for meeting us on Monday, Anna. The team has now chosen another "
            "candidate for the role, and we wish you well.",
        ),
        (  # a joining word between a name and a lowercase word is the template's own
            "We are sorry: the Data Analyst of our team has now been chosen from the shortlist "
            "and the role is closed to other applications.",
            "We are sorry: the Data Analyst has now been chosen from the shortlist and the "
            "role is closed to other applications.",
        ),
    ],
)
def test_a_small_word_joins_only_two_names_in_one_sentence(text: str, other: str) -> None:
    """The twins: a small word is folded only between two placeholders of one sentence."""
    assert read(text) != read(other)
