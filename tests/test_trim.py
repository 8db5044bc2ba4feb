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
    "From: 07700 900417",
    "From: +1 (555) 010-4477 ",
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


# Twenty-ninth pass, part T: a text message relayed to email (a landline's text read out and
# mailed when nobody answered, an SMS gateway) opens with its own "From: <number>" and
# "Sent: <date>" lines. They are the text's metadata, not an Outlook reply header: the text
# below them is the message, and was cut as quoted history.
_RELAYS = (
    "Your landline was sent a text at 18:40 and the call went unanswered. Text below.\n\n"
    "From: 07700 900417\nSent: 14/05/2025 18:40\n\n{text}\n\n"
    "Replies to this email go nowhere; text or call the sender.",
    "New SMS received on your virtual number. The message is shown below.\n\n"
    "From: +44 7700 900 812\nDate: 2025-03-02 09:15\n\n{text}",
    "Voicemail-to-text service: an SMS arrived for your home line while you were out.\n\n"
    "From: (555) 010-4477\nSent: Tue 4 Nov 2025 7:05 PM\n\n{text}\n\nManage alerts online.",
)


def test_a_texts_own_from_and_sent_lines_are_not_a_reply_header() -> None:
    text = "Hi Dev, sorry, the yard job has gone to my nephew. Thanks for asking though."
    for shell in _RELAYS:
        body = shell.format(text=text)
        assert strip_quoted(body) == body, shell
        assert text in new_text(body, "Text message to your home phone")[0]


def test_a_real_reply_header_is_still_cut_beside_a_text_relay() -> None:
    # a person's name (with a number beside it, or an address) on the From: line is a reply
    for history in (
        "From: Sam Lee (07700 900417)\nSent: Friday, 3 May 2025 10:00\n\nAny news on the job?",
        "From: 07700 900417 <sam@example.test>\nSent: Friday\nTo: Ana\n\nAny news?",
        "From: Sam Lee <sam@example.test>\nSent: Friday\nTo: Ana\nSubject: job\n\nAny news?",
    ):
        assert strip_quoted(REPLY + history) == REPLY, history
    # a reply to a relayed text quotes it under its own header: that header is still cut
    relay = _RELAYS[0].format(text="Hi Dev, can you do Saturday at the yard?")
    body = REPLY + "From: Ana Diaz\nSent: Friday 10:00\nTo: Dev\n\n" + relay
    assert strip_quoted(body) == REPLY


def test_a_relayed_texts_refusal_is_read_and_its_offer_is_not() -> None:
    refusal = "Hi Dev, sorry, the yard job has been filled now. Thanks for asking though."
    offer = "Hi Dev, the yard job is yours if you want it, start Monday at 8."
    for shell in _RELAYS:
        texts, cues = documents_to_views(
            [
                Document("Text message to your home phone", shell.format(text=refusal), ""),
                Document("Text message to your home phone", shell.format(text=offer), ""),
            ]
        )
        assert "filled" in cues[0], shell
        assert "xrolegone" in texts[0].split(), shell
        assert "is yours" in texts[1], shell
        assert QUOTED not in texts[1].split(), shell
        assert cues[1] == "", shell
        assert "xrolegone" not in texts[1].split(), shell
