"""linkedin (pure): the ready-to-paste invitation note, personalised and never over 300."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rejectwatch.crm.linkedin import MAX_NOTE, invitation_note, note_length


def test_personalised_like_the_reply() -> None:
    note = invitation_note(
        contact_name="Jane Doe",
        company="Acme",
        position="Data Analyst",
        interviewed=True,
        user_name="Sam Applicant",
    )
    assert note == (
        "Hi Jane, thank you for your time and for letting me know about the Data Analyst role "
        "at Acme. I enjoyed learning about Acme and would be glad to stay in touch; please keep "
        "me in mind for future roles. Best wishes, Sam"
    )


def test_without_a_name_or_facts_there_is_no_gap() -> None:
    note = invitation_note(
        contact_name="", company="", position="", interviewed=False, user_name=""
    )
    assert note == (
        "Hello, thank you for letting me know about my application. I would be glad to stay in "
        "touch; please keep me in mind for future roles. Best wishes"
    )


def test_long_facts_are_dropped_whole_not_cut() -> None:
    company = "The Extraordinarily Long Named International Holding Company of Everything"
    position = "Principal Staff Senior Lead Data Platform Reliability Engineer " * 2
    note = invitation_note(
        contact_name="Maximiliana Wolfeschlegelsteinhausenbergerdorff",
        company=company,
        position=position,
        interviewed=True,
        user_name="Bartholomew Featherstonehaugh",
    )
    assert note_length(note) <= MAX_NOTE
    assert note.startswith("Hi Maximiliana,")
    assert note.endswith("Best wishes, Bartholomew")


def test_length_counts_utf16_units() -> None:
    assert note_length("a") == 1
    assert note_length("é") == 1
    assert note_length("😀") == 2


names = st.text(max_size=400) | st.sampled_from(["", " ", "None", "{x}", "Dr. Shah", "Ms"])


@settings(max_examples=300, deadline=None)
@given(
    contact_name=names,
    company=names,
    position=names,
    interviewed=st.booleans(),
    user_name=names,
)
def test_never_over_300_and_never_a_gap(
    contact_name: str, company: str, position: str, interviewed: bool, user_name: str
) -> None:
    note = invitation_note(
        contact_name=contact_name,
        company=company,
        position=position,
        interviewed=interviewed,
        user_name=user_name,
    )
    assert 0 < note_length(note) <= MAX_NOTE
    assert note.startswith(("Hi ", "Hello,"))
    for gap in ("Dear ,", "Hi ,", "  ", " .", "the  role", "for for", "{", "}", "\n", "\r"):
        assert gap not in note


def test_a_folded_fact_leaves_no_space_before_a_stop() -> None:
    # A header value folded onto two lines ("0\n.0") once read "0 .0" in the note.
    note = invitation_note(
        contact_name="", company="", position="0\n.0", interviewed=False, user_name=""
    )
    assert " ." not in note
    assert "0.0 role" in note
