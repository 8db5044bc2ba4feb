"""The two feature blocks: the whole message, and its refusal sentences normalised apart."""

from __future__ import annotations

import numpy as np
import pytest

from rejectwatch.model import negation
from rejectwatch.model.features import CUE_FEATURES, N_FEATURES, Document, DocumentHasher
from rejectwatch.model.negation import read_cues
from rejectwatch.model.shared_words import SharedWordsTfidf

SHORT = Document(
    "Your application",
    "Hi Sam,\n\nUnfortunately we will not be moving forward with your application.\n\nBest,\nAna",
    "Ana <ana@example.test>",
)
LONG = Document(
    SHORT.subject,
    SHORT.body.replace(
        "\n\nBest",
        "\n\nThank you for the time you gave us. Our careers site lists every open role, and "
        "you can set up job alerts there.\n\nFollow us on LinkedIn for news from our teams."
        "\n\nBest",
    ),
    SHORT.sender,
)


def cue_sentences(text: str) -> str:
    return read_cues(text)[1]


def test_cue_sentences_are_the_sentences_with_a_negation_or_regret_cue() -> None:
    text = (
        "Thanks for applying. After review, we have decided not to proceed! "
        "We wish you well.\nSadly the role is now filled"
    )
    assert cue_sentences(text).split("\n") == [
        # (seventh pass: a decision not to proceed, by the employer, leaves the reader out)
        "after review, we have decided not to proceed xreaderout",
        "sadly the role is now filled xrolegone",
    ]
    assert cue_sentences("Thanks for applying, we will be in touch.") == ""


def test_a_sentence_with_two_cues_is_kept_once() -> None:
    # (an offer refused to the reader also gets its token: an outcome reading)
    assert cue_sentences("Unfortunately we cannot offer you the role.") == (
        "unfortunately we cannot offer you the role xreaderout"
    )


def test_hasher_puts_the_refusal_sentences_in_their_own_columns() -> None:
    counts = DocumentHasher().transform([SHORT, Document("Hello", "See you on Monday.", "")])
    assert counts.shape == (2, N_FEATURES + CUE_FEATURES)
    first, second = counts.getrow(0).indices, counts.getrow(1).indices
    assert (first >= N_FEATURES).any()  # the refusal sentence
    assert (first < N_FEATURES).any()  # the whole message
    assert not (second >= N_FEATURES).any()  # no cue, nothing in the second block


def test_each_block_has_its_own_length_so_padding_does_not_dilute_the_refusal() -> None:
    hasher = DocumentHasher()
    counts = hasher.transform([SHORT, LONG])
    message_end, cue_end = hasher.block_ends
    tfidf = SharedWordsTfidf(min_sources=1, blocks=((message_end, 1.0), (cue_end, 0.5)))
    rows = tfidf.fit(counts).transform(counts).toarray()
    message, refusal = rows[:, :message_end], rows[:, message_end:]
    assert np.linalg.norm(message, axis=1) == pytest.approx([1.0, 1.0])
    assert np.linalg.norm(refusal, axis=1) == pytest.approx([0.5, 0.5])
    # The long letter's refusal block is exactly the short note's; its message block is not.
    assert refusal[0] == pytest.approx(refusal[1])
    assert not np.allclose(message[0], message[1])


def test_blocks_must_cover_the_columns() -> None:
    counts = DocumentHasher().transform([SHORT])
    with pytest.raises(ValueError, match="blocks end at column"):
        SharedWordsTfidf(min_sources=1, blocks=((N_FEATURES, 1.0),)).fit(counts)


def test_a_conditional_refusal_is_read_apart_from_a_real_one() -> None:
    marks, sentences = read_cues("If you are not selected, we will keep your CV on file.")
    assert marks.split() == ["hyp_selected", "hyp_keep", "hyp_file"]
    assert sentences.split() == [
        "hyp_you",
        "hyp_are",
        "hyp_not",
        "hyp_selected",
        "hyp_will",
        "hyp_keep",
        "hyp_your",
        "hyp_file",
    ]
    marks, sentences = read_cues("You were not selected. If you have questions, call us.")
    # (seventh pass: "you were not selected" is also read as the reader left out)
    assert marks.split() == ["neg_selected", "xreaderout"]
    assert sentences == "you were not selected xreaderout"


def test_a_conditional_after_the_refusal_leaves_it_a_refusal() -> None:
    marks, sentences = read_cues(
        "We will not be progressing, but if you are not yet a member, join."
    )
    assert sentences.startswith("we will not be progressing")
    assert "neg_progressing" in marks.split()
    assert "hyp_yet" in marks.split()


@pytest.mark.parametrize(
    "text",
    [
        "Either way, we will let you know the decision.",
        "Whether or not you are shortlisted, we cannot reply before May.",
        "Please assume your application has not been successful if you hear nothing.",
        "Should we not be able to offer you an interview, we will keep your details.",
    ],
)
def test_hypotheticals(text: str) -> None:
    _, sentences = read_cues(text)
    assert sentences
    assert all(word.startswith("hyp_") for word in sentences.split())


def test_a_decision_without_negation_enters_the_refusal_block() -> None:
    _, sentences = read_cues(
        "Thanks for meeting us. We have offered the role to another candidate."
    )
    assert sentences == "we have offered the role to another candidate xchoseother"
    assert read_cues("The panel went another way.")[1] == ("the panel went another way xchoseother")


def test_a_choice_of_someone_else_gets_one_token_whatever_its_words() -> None:
    for text in (
        "We went with a person who had led a migration like ours.",
        "The panel picked one of the other finalists.",
        "We've hired someone from our Leeds office, and they start in May.",
    ):
        marks, sentences = read_cues(text)
        assert negation.CHOSE_OTHER in marks.split()
        assert sentences.endswith(negation.CHOSE_OTHER)


def test_a_choice_still_to_come_or_of_the_reader_is_not_a_choice_of_someone_else() -> None:
    for text in (
        "Once we have selected a candidate we will let everyone know.",
        "Successful applicants will be selected for interview next week.",
        "No decision yet: we're still meeting one other finalist on Monday.",
        "If we go with another candidate, we will keep your CV.",
        "Please note that only candidates selected for interview will be contacted.",
        "We are reviewing your application alongside other candidates.",
        "We have decided to go with you for the role!",
        "We will not be going with another candidate.",  # negated: a refusal's marks instead
    ):
        marks, sentences = read_cues(text)
        assert negation.CHOSE_OTHER not in marks.split(), text
        assert negation.CHOSE_OTHER not in sentences.split(), text
    assert read_cues("We have decided to go with you for the role!")[1].startswith("yes_")


def test_choice_verbs_with_a_third_party_share_one_token() -> None:
    # a rule over verb classes, not a list of phrases: each pairs a choice verb with a
    # third party the corpus's own sentences do not use together
    for text in (
        "We have moved forward with applicants whose experience is closer to the brief.",
        "Long story short, the job went to an internal transfer.",
        "The client is pressing on with two other shortlisted people.",
        "In the end the panel favoured people with more sector exposure.",
        "We've made a hire for the role: a candidate from the partner team.",
    ):
        marks, sentences = read_cues(text)
        assert negation.CHOSE_OTHER in marks.split(), text
        assert sentences.endswith(negation.CHOSE_OTHER), text
    for text in (
        "We're taking up references for our preferred candidate, and that's you.",
        "We're progressing with a small group of candidates, and you're one of them.",
        "We'll be moving ahead with your application to the assessment stage.",
        "The panel would like to include you in the list of candidates for the selection day.",
    ):
        marks, sentences = read_cues(text)
        assert negation.CHOSE_OTHER not in marks.split(), text
        assert sentences.startswith("yes_"), text
    for text in (
        "We are moving forward with your application and would like you to join us.",
        "We will continue with your application next week.",
        "The team hasn't picked anyone yet.",
    ):
        assert negation.CHOSE_OTHER not in read_cues(text)[0].split(), text


def test_the_post_gone_gets_its_token_unless_still_to_come() -> None:
    for text in (
        "This role has been eliminated as part of a restructuring.",
        "The vacancy has been put on hold indefinitely.",
        "The programme is now fully allocated for this year.",
    ):
        assert negation.ROLE_GONE in read_cues(text)[0].split(), text
    for text in (
        "Once the role has closed we will review every application.",
        "The position has not been filled yet.",
        "If the vacancy is cancelled we will let you know.",
    ):
        assert negation.ROLE_GONE not in read_cues(text)[0].split(), text


def test_the_reader_left_out_gets_its_token() -> None:
    for text in (
        "There is no place for you in this year's programme.",
        "Your application stops at this stage.",
        "The hiring manager has passed on you for the final round.",
        "The shortlist is complete and does not include you.",
    ):
        assert negation.READER_OUT in read_cues(text)[0].split(), text
    for text in (
        "If there is no place for you this year, we will keep your details.",
        "The paperwork ends here; please sign below.",  # no decision about the reader
    ):
        assert negation.READER_OUT not in read_cues(text)[0].split(), text


def test_every_contracted_negation_is_a_negation() -> None:
    for text in ("It wasn't successful.", "The panel hasn't chosen.", "It doesn't fit."):
        assert read_cues(text)[0].startswith("neg_"), text


def test_a_decision_still_to_be_made_is_read_as_hypothetical() -> None:
    for text in (
        "Because of the volume of applications we may not be able to reply to everyone.",
        "We will only contact your referees with your permission, not until an offer is made.",
        "No decision yet, I'm afraid: we're meeting one other finalist on Friday.",
        "We haven't made a decision yet.",
        "We are still interviewing, so nothing is final.",
    ):
        marks, sentences = read_cues(text)
        assert all(word.startswith("hyp_") for word in sentences.split()), text
        assert not any(mark.startswith("neg_") for mark in marks.split()), text
    assert negation.CHOSE_OTHER not in read_cues("Decision: Shortlisted")[0]
    assert read_cues("Unfortunately we have decided not to proceed.")[0].startswith("neg_")


def test_a_refusal_in_quotation_marks_is_reported_not_given() -> None:
    marks, sentences = read_cues(
        'Everyone hears "unfortunately, we will not be moving forward" at some point.'
    )
    assert marks.split()[0].startswith("hyp_")
    assert all(word.startswith("hyp_") for word in sentences.split())
    # a status label in quotes is still a status
    assert negation.STATUS_REFUSED in read_cues('Your status changed to "Not selected".')[0]


def test_a_refused_status_line_and_a_decision_of_the_reader_get_their_tokens() -> None:
    for text in ("Status: Rejected", "Your application was set to: No longer under consideration."):
        assert negation.STATUS_REFUSED in read_cues(text)[0].split()
    assert read_cues("Status: Under review") == ("", "")
    marks, _ = read_cues("We're sorry you've decided not to continue with your application.")
    assert negation.READER_DECIDED in marks.split()
    assert negation.STATUS_REFUSED not in read_cues("We are unable to progress you.")[0]


def test_a_decision_for_the_reader_is_read_apart() -> None:
    _, sentences = read_cues("We'd like to move you to the next round!")
    assert sentences.split()[:3] == ["yes_like", "yes_move", "yes_you"]
    # with a negation it is a refusal like any other (seventh pass: the reader not taken to
    # the next step, xreaderout)
    assert read_cues("We will not move you to the next round.")[1] == (
        "we will not move you to the next round xreaderout"
    )


def _whole_word(lowered: str, start: int, end: int) -> bool:
    return (start == 0 or not lowered[start - 1].isalnum()) and (
        end == len(lowered) or not lowered[end].isalnum()
    )


def _naive_cue_ends(lowered: str) -> list[tuple[int, int, int]]:
    """One str.find pass per cue: what the automaton must find, no more, no less."""
    cues = [(c, negation._NEGATION) for c in negation._CUES]
    cues += [
        (f"{stem}{a}t", negation._NEGATION)
        for stem in negation._CONTRACTED
        for a in negation._APOSTROPHES
    ]
    cues += [(c, negation._DECISION) for c in negation._DECISION_CUES]
    cues += [(c, negation._YES) for c in negation._FOR_READER_CUES]
    found = []
    for cue, kind in cues:
        start = lowered.find(cue)
        while start != -1:
            end = start + len(cue)
            if _whole_word(lowered, start, end):
                found.append((start, end, kind))
            start = lowered.find(cue, end)
    return sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "we cannot; we can't, we won\u2019t. not another. another way! declined decline",
        "cancelled/canceled: someone else, someone whose. notably nothing, cannotx",
        "other applicants were a better fit and a closer match; invite you, offer you",
        "decided decision decide december. mother other's otherwise. not",
        "we went with, gone with you; hired hire you. selected, picked you, finalists finalist",
        "moving you, move you, removal. offered the role; made an offer. internal candidate",
        "we hasn't, wasn\u2019t; favoured favouring. more closely, moremore closely. no placement",
        "went to, wentto; pressing on with; moved forward with you; the role is on hold.",
        "",
    ],
)
def test_the_cue_automaton_finds_what_one_pass_per_cue_finds(text: str) -> None:
    assert negation._cue_ends(text) == _naive_cue_ends(text)


@pytest.mark.parametrize(
    "text",
    [
        "We were not able to stop talking about you, so I'm happy to make you an offer.",
        "We've decided not to go with the other finalists; the role is yours if you want it.",
        "We are delighted to offer you the position of Analyst.",
        "Please find attached your offer of employment.",
        "We've decided to go with you for the Analyst role, and we couldn't be happier.",
        "The panel chose you, and HR will send the contract today.",
    ],
)
def test_an_offer_to_the_reader_is_recognised(text: str) -> None:
    assert negation.offers_the_job(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unfortunately, we are unable to offer you the position.",
        "We have decided not to make you an offer at this time.",
        "We've made an offer to another candidate, who has accepted.",
        "We can't offer you a place on this year's programme.",
        "We won't be able to extend you an offer.",
        "We will not be going with you for this role.",
        "We've gone with another candidate; thank you for your time.",
    ],
)
def test_a_refusal_that_mentions_an_offer_is_not_one(text: str) -> None:
    assert not negation.offers_the_job(text)


def test_the_cues_of_a_batch_are_each_texts_own() -> None:
    """Eighteenth pass: read_all_cues (the automaton's pass over a chunk of texts first, then
    each text read) gives read_cues of each text, over more than one chunk."""
    from pathlib import Path  # noqa: PLC0415

    from rejectwatch.model import corpus  # noqa: PLC0415

    data = sorted((Path(__file__).resolve().parents[1] / "data").glob("*.jsonl"))
    examples = corpus.training_examples(data)[:: max(1, len(data) * 3)]
    texts = [f"{e.subject}\n{e.body}" for e in examples][: negation.CHUNK * 2 + 7]
    texts += ["", "Not selected.\nWe decided not to proceed", "ünfortunately nicht berücksichtigt"]
    assert len(texts) > negation.CHUNK
    assert negation.read_all_cues(texts) == [read_cues(text) for text in texts]
