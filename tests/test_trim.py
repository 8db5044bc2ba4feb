"""What a message says itself: quoted history and footers cut off (rejectwatch.model.trim)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rejectwatch.model.features import Document, documents_to_views
from rejectwatch.model.trim import (
    _QUOTE_HEADER,
    _QUOTE_HINTS,
    FOOTER,
    QUOTED,
    _has_hint,
    _quote_header,
    is_forward,
    new_text,
    strip_footers,
    strip_quoted,
)

REPLY = "Hi Sam,\n\nWe went with another candidate in the end.\n\nBest,\nAna\n\n"


def test_gmail_outlook_and_angle_bracket_history_is_cut() -> None:
    for history in (
        "On Fri, 3 May 2025 at 10:00, Sam Lee <sam@example.test> wrote:\n> Any update?\n> Sam",
        "On Fri, 3 May 2025 at 10:00, Sam Lee <sam@example.test>\nwrote:\n> Any update?",
        "-----Original Message-----\nFrom: Sam\nSent: Friday\nSubject: Update?\n\nAny update?",
        "From: Sam Lee <sam@example.test>\nSent: Friday, 3 May 2025 10:00\nTo: Ana\n\nAny news?",
        "________________________________\nFrom: Sam Lee\nDate: Friday\n\nAny news?",
        "________________________________________\nVon: Sam Lee\nGesendet: Freitag\n\nNeuigkeiten?",
        "> Any update on the role?\n> Sam",
    ):
        assert strip_quoted(REPLY + history) == REPLY, history


def test_a_forward_keeps_what_it_forwards() -> None:
    for body in (
        "FYI\n\n---------- Forwarded message ---------\nFrom: HR\n\nWe regret to tell you...",
        "Hi Sam, sorry - see below from the hiring manager.\n\nBegin forwarded message:\n\n"
        "From: Ana\nWe went with another candidate.",
    ):
        assert strip_quoted(body) == body
    outlook = REPLY + "From: Ana\nSent: Friday\nTo: Jo\n\nWe went with another candidate."
    assert new_text(outlook, "FW: Analyst role")[0] == outlook
    assert new_text(outlook, "RE: Analyst role")[0] == REPLY
    assert is_forward("Fwd: update")
    assert not is_forward("Re: FW: update")  # a reply to a forward
    assert not is_forward("Forwarding address")


def test_footer_paragraphs_go_and_the_letter_stays() -> None:
    body = (
        "Hi Sam,\n\nThank you for applying.\n\nI'm afraid your application ends here.\n\n"
        "The Recruitment Team\n\n"
        "RECOMMENDED FOR YOU\n* Analyst - Leeds\n* Engineer - Remote\n\n"
        "* Designer - York\n* Writer - Hull\n\n"
        "You are receiving this email because you applied on our site. Unsubscribe.\n\n"
        "\u00a9 2025 Acme Ltd. All rights reserved."
    )
    assert strip_footers(body) == (
        "Hi Sam,\n\nThank you for applying.\n\nI'm afraid your application ends here.\n\n"
        "The Recruitment Team"
    )


def test_a_long_paragraph_with_a_marker_inside_is_kept() -> None:
    # the marker is not at the paragraph's start and the paragraph is long: it is the letter
    letter = (
        "Hello,\n\n"
        + "We read every application with care. " * 12
        + (
            "Under our privacy policy we keep your details, but we will not progress your "
            "application."
        )
    )
    assert strip_footers(letter) == letter


def test_the_first_paragraph_is_never_a_footer_and_plain_mail_is_untouched() -> None:
    alert = "24 new jobs you may like\n\n* Analyst\n* Engineer\n\nUnsubscribe"
    assert strip_footers(alert) == "24 new jobs you may like\n\n* Analyst\n* Engineer"
    plain = "Hi,\n\nSee you on Monday.\n\nJo"
    assert new_text(plain) == (plain, "")


def test_the_model_reads_the_new_text_and_a_token_for_what_was_cut() -> None:
    doc = Document("Re: Update?", REPLY + "On Fri, Sam wrote:\n> Hope you are well. Any news?", "")
    texts, sentences = documents_to_views([doc])
    assert "any news" not in texts[0].lower()
    assert QUOTED in texts[0].split()
    assert FOOTER not in texts[0].split()
    assert "another candidate" in sentences[0]


@settings(max_examples=500)
@given(
    st.lists(
        st.sampled_from(
            [
                "ro",
                "RO",
                "m:",
                "M:",
                "Vo",
                "n:",
                "wro",
                "te",
                "--",
                "__",
                "\u00e9",
                "\U0001f600",
                "\ud800",
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_the_hint_automaton_finds_what_the_substring_tests_find(body: str) -> None:
    assert _has_hint(body) == any(hint in body for hint in _QUOTE_HINTS)


# Pieces of the quote headers, cut and joined with line breaks and other text.
_HEADER_PIECES = [
    "On Fri, 3 May 2025, Sam wrote:",
    "on monday",
    " wrote: ",
    "-----Original Message-----",
    "---------- Forwarded message ---------",
    "Begin forwarded message:",
    "__________",
    "From: Sam",
    "*From:* Sam",
    "Sent: Friday",
    "Date: today",
    "Von: Sam",
    "Gesendet: Freitag",
    "Keziah Haverford, Tuesday 20 January 2026 11:10",
    "\n",
    "\n\n",
    " ",
    "\t",
    "Hi Sam",
    "> quoted",
    "\u00e9",
]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_HEADER_PIECES), max_size=10).map("".join))
def test_the_header_found_after_a_break_is_the_one_the_pattern_finds(body: str) -> None:
    """Eighteenth pass: _quote_header (a match at the start, else a search of "\n" and the
    pattern) finds where _QUOTE_HEADER.search does."""
    found = _QUOTE_HEADER.search(body)
    assert _quote_header(body) == (None if found is None else found.span())
