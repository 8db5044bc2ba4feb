"""reply: the interview / application-only wording, user templates, and when not to draft."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mailgen import mail_value
from rejectwatch.crm.extract import REASONS, Facts
from rejectwatch.crm.reply import (
    Profile,
    build_draft,
    clean_rendered,
    load_template,
    render_body,
    should_draft,
)
from rejectwatch.errors import ConfigError
from rejectwatch.mail.message import Address, Mail

PROFILE = Profile("Sam Lee", "sam@example.org", "")
INTERVIEW = Facts(
    "Nørdlys",
    "Data Analyst",
    "Ingrid Solberg",
    "ingrid@nordlys.example",
    "after_interview",
    interviewed=True,
)
APPLIED = Facts("Nørdlys", "Data Analyst", "Ingrid Solberg", "ingrid@nordlys.example", "unknown")


INGRID = Address("Ingrid Solberg", "ingrid@nordlys.example")


def make_mail(
    sender: Address = INGRID,
    reply_to: Address | None = None,
) -> Mail:
    return mail_value(
        message_id="<m@nordlys.example>",
        subject="Your application",
        sender=sender,
        reply_to=reply_to,
    )


def test_after_interview_mentions_meeting_the_team() -> None:
    body = render_body(make_mail(), INTERVIEW, PROFILE)
    flat = " ".join(body.split())
    assert body.startswith("Hi Ingrid,\n\n")
    assert "enjoyed meeting you and the Nørdlys team" in flat
    assert "Thank you for your time" in flat
    assert "disappointed" in flat
    assert "keep me in mind for future roles" in flat
    assert "paths cross again" in flat
    assert body.endswith("Best wishes,\nSam Lee\n")


def test_application_only_never_mentions_meeting() -> None:
    for reason in REASONS:
        if reason == "after_interview":
            continue
        facts = Facts("Nørdlys", "Data Analyst", "Ingrid Solberg", "i@n.example", reason)
        flat = " ".join(render_body(make_mail(), facts, PROFILE).split())
        assert "meeting" not in flat
        assert "interview" not in flat
        assert "Data Analyst role at Nørdlys" in flat
        assert "keep me in mind" in flat


# --------------------------------------------------------------------------- user templates


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


JINJA = (
    "Dear {{ first_name }},\n\nThank you for the news about the {{ position }} role at "
    "{{ company }}.{% if interviewed %} I enjoyed meeting the team.{% endif %}\n\n"
    "Please keep me in mind.\n\n{{ user_name }}\n"
)
DOLLAR = (
    "Dear $first_name,\n\nThank you for the news about the $position role at $company. "
    "$interview_line\n\nPlease keep me in mind.\n\n$user_name\n"
)


@pytest.mark.parametrize(("name", "text"), [("t.j2", JINJA), ("t.txt", DOLLAR)])
def test_user_template_with_everything(tmp_path: Path, name: str, text: str) -> None:
    template = load_template(write(tmp_path, name, text))
    body = render_body(make_mail(), INTERVIEW, PROFILE, template)
    assert body.startswith("Dear Ingrid,\n\nThank you for the news about the Data Analyst role")
    assert "at Nørdlys. I" in body
    assert "enjoyed meeting" in body
    assert body.endswith("Please keep me in mind.\n\nSam Lee\n")


@pytest.mark.parametrize(("name", "text"), [("t.j2", JINJA), ("t.txt", DOLLAR)])
def test_user_template_with_nothing_known_has_no_gaps(tmp_path: Path, name: str, text: str) -> None:
    template = load_template(write(tmp_path, name, text))
    body = render_body(
        make_mail(), Facts("", "", "", "a@b.com", "unknown"), Profile("", "", ""), template
    )
    assert body.startswith("Dear Hiring Team,\n\nThank you for the news about the role.")
    for bad in ("Dear ,", "{", "$", "None", "  ", " .", " ,", "at ."):
        assert bad not in body, bad


@settings(max_examples=200, deadline=None)
@given(
    first=st.sampled_from(["", "Ingrid", "Dr. Shah"]),
    company=st.sampled_from(["", "Acme", "O'Brien & Co."]),
    position=st.sampled_from(["", "Data Analyst", "None"]),
    interviewed=st.booleans(),
)
def test_template_rendering_never_leaves_gaps(
    tmp_path_factory: pytest.TempPathFactory,
    first: str,
    company: str,
    position: str,
    interviewed: bool,
) -> None:
    path = tmp_path_factory.mktemp("t") / "t.j2"
    path.write_text(JINJA, encoding="utf-8")
    facts = Facts(company, position, first, "a@b.com", "unknown", interviewed=interviewed)
    body = render_body(make_mail(), facts, PROFILE, load_template(path))
    for bad in ("Dear ,", "None", "  ", " .", " ,", "{"):
        assert bad not in body


def test_draft_uses_the_template(tmp_path: Path) -> None:
    template = load_template(write(tmp_path, "t.txt", DOLLAR))
    draft = build_draft(
        make_mail(),
        APPLIED,
        PROFILE,
        draft_message_id="<d@r>",
        now=datetime(2024, 6, 1, tzinfo=UTC),
        template=template,
    )
    assert str(draft.get_content()).startswith("Dear Ingrid,")


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("t.j2", "Dear {{ first_name }", "line 1"),
        ("t.j2", "Dear {{ firstname }},", "unknown field(s) firstname"),
        ("t.txt", "Dear $firstname,", "unknown field(s) firstname"),
        ("t.txt", "It costs $5", "'$$'"),
        ("t.md", "Dear {{ first_name }},", ".j2"),
        ("t.j2", "   ", "empty"),
        # another template language's slots would reach the draft as written
        ("t.txt", "Dear {{ first_name }},\n", "$first_name"),
        ("t.txt", "Dear {first_name},\n", "$first_name"),
        ("t.txt", "Thanks, {company} team\n", "$company"),
        ("t.j2", "Dear $first_name,\n", "{{ first_name }}"),
        ("t.j2", "Dear ${first_name},\n", "{{ first_name }}"),
    ],
)
def test_bad_templates_are_config_errors(
    tmp_path: Path, name: str, text: str, message: str
) -> None:
    with pytest.raises(ConfigError, match="reply template") as info:
        load_template(write(tmp_path, name, text))
    assert message in str(info.value)


def test_missing_template_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_template(tmp_path / "nope.j2")


def test_clean_rendered() -> None:
    assert clean_rendered("Hi ,\nthe  role at .\n\n\n\nok ( )\n") == "Hello,\nthe role.\n\nok\n"


# --------------------------------------------------------------------------- should_draft


def test_no_draft_without_a_human_address() -> None:
    mail = make_mail(sender=Address("Acme", "no-reply@greenhouse.io"))
    assert not should_draft(mail, Facts("Acme", "", "", "", "unknown"))
    assert not should_draft(mail, Facts("Acme", "", "Priya", "noreply@acme.com", "unknown"))
    assert should_draft(mail, Facts("Acme", "", "Priya", "priya@acme.com", "unknown"))


def test_clean_rendered_leaves_the_users_own_prose_alone() -> None:
    # Only the gap an empty field leaves ("at ." with a space) is tidied; a sentence that
    # ends in a preposition, or starts with "None", is the user's and stays as written.
    text = (
        "None of this changes how much I enjoyed it.\n"
        "It is a team I would love to work with.\n"
        "That is what I hoped for.\n"
        "The role at .\n"
    )
    assert clean_rendered(text) == (
        "None of this changes how much I enjoyed it.\n"
        "It is a team I would love to work with.\n"
        "That is what I hoped for.\n"
        "The role.\n"
    )


@pytest.mark.parametrize("name", ["t.j2", "t.txt"])
def test_a_template_sentence_ending_in_a_preposition_survives(tmp_path: Path, name: str) -> None:
    text = (
        "Dear {{ first_name }},\n\nNone of this changes what a team you are to work with.\n"
        if name == "t.j2"
        else "Dear $first_name,\n\nNone of this changes what a team you are to work with.\n"
    )
    body = render_body(make_mail(), APPLIED, PROFILE, load_template(write(tmp_path, name, text)))
    assert body == "Dear Ingrid,\n\nNone of this changes what a team you are to work with.\n"


def test_dollars_and_braces_that_are_no_slot_are_fine(tmp_path: Path) -> None:
    assert load_template(write(tmp_path, "a.j2", "It cost $5 {{ company }}\n")).kind == "jinja"
    assert load_template(write(tmp_path, "b.txt", "{not a field} $company\n")).kind == "string"
    assert load_template(write(tmp_path, "c.txt", "Dear ${first_name},\n")).kind == "string"


def test_a_jinja_none_prints_nothing(tmp_path: Path) -> None:
    template = load_template(write(tmp_path, "n.j2", "Dear {{ first_name }},{{ none }}\n"))
    assert render_body(make_mail(), APPLIED, PROFILE, template) == "Dear Ingrid,\n"
