"""The order in which build_corpus.py generates the families, and which file each goes to.

Every family of the first waves draws from ONE shared random generator, in this order, so this
list is what keeps data/ byte-identical: never reorder, remove or insert into it. A new family
module is appended at the END with ``own_seed=True``: its families then draw from a generator
seeded with their own family name, so adding (or later removing) one never shifts another
family's draws. See README.md in this folder.
"""

from __future__ import annotations

from dataclasses import dataclass

from .confirmations import (
    ats_acknowledgements,
    ats_statuses,
    careers_footers,
    conditional_holds,
    conditional_refusals,
    procedural_warnings,
    still_deciding,
)
from .confirmations import d11_conditional as rcv_d11
from .confirmations import d11_languages as rcv_d11_lang
from .confirmations import d12_english as rcv_d12_en
from .confirmations import d12_languages as rcv_d12_lang
from .confirmations import decision_notes as rcv_w5_notes
from .confirmations import european_letters as rcv_w5_eu
from .confirmations import job_boards as rcv_job_boards
from .confirmations import m9_nordic as rcv_m9_nordic
from .confirmations import plain_short as rcv_plain_short
from .confirmations import programme_decisions as rcv_programme_decisions
from .confirmations import public_notices as rcv_public_notices
from .confirmations import sectors_and_stages as rcv_sectors
from .confirmations import soft_decisions as rcv_w6_soft
from .confirmations import status_digests as rcv_w5_status
from .confirmations import thread_replies as rcv_thread_replies
from .confirmations import world_letters as rcv_w6_world
from .interviews import (
    apologetic_scheduling,
    good_news,
    invitations,
    next_round_replies,
    recruiter_calls,
)
from .interviews import ats_statuses as int_ats_statuses
from .interviews import d11_invitations as int_d11
from .interviews import d11_languages as int_d11_lang
from .interviews import d12_english as int_d12_en
from .interviews import d12_languages as int_d12_lang
from .interviews import decision_notes as int_w5_notes
from .interviews import european_letters as int_w5_eu
from .interviews import job_boards as int_job_boards
from .interviews import m9_calendar as int_m9_calendar
from .interviews import m9_nordic as int_m9_nordic
from .interviews import public_notices as int_public_notices
from .interviews import sectors_and_stages as int_sectors
from .interviews import soft_decisions as int_w6_soft
from .interviews import status_digests as int_w5_status
from .interviews import thread_replies as int_thread_replies
from .interviews import world_letters as int_w6_world
from .next_steps import (
    assessments_and_checks,
    deadlines,
    incomplete_applications,
    reference_requests,
)
from .next_steps import ats_statuses as nxt_ats_statuses
from .next_steps import d11_deadlines as nxt_d11
from .next_steps import d12_english as nxt_d12_en
from .next_steps import d12_languages as nxt_d12_lang
from .next_steps import job_boards as nxt_job_boards
from .next_steps import programme_decisions as nxt_programme_decisions
from .next_steps import sectors_and_stages as nxt_sectors
from .next_steps import soft_decisions as nxt_w6_soft
from .next_steps import status_digests as nxt_w5_status
from .next_steps import thread_replies as nxt_thread_replies
from .non_job import d11_everyday as nj_d11
from .non_job import decision_words as nj_w5_words
from .non_job import everyday_declines, formal_declines
from .non_job import plain_short as nj_plain_short
from .non_job import sectors_and_stages as nj_sectors
from .offers import d11_offers as off_d11
from .offers import d12_english as off_d12_en
from .offers import decision_notes as off_w5_notes
from .offers import in_thread, offer_letters
from .offers import programme_decisions as off_programme_decisions
from .offers import sectors_and_stages as off_sectors
from .offers import soft_decisions as off_w6_soft
from .offers import thread_replies as off_thread_replies
from .outreach import alerts_and_pitches, other_job_mail, recruiter_pitches
from .outreach import careers_footers as out_careers_footers
from .outreach import d11_community as out_d11
from .outreach import decision_notes as out_w5_notes
from .outreach import paused_status as out_paused
from .outreach import sectors_and_stages as out_sectors
from .outreach import status_digests as out_w5_status
from .rejections import ats_statuses as rej_ats_statuses
from .rejections import careers_footers as rej_careers_footers
from .rejections import (
    choice_of_other,
    employer_letters,
    hedged,
    house_styles,
    plain_short,
    real_mail_misses,
    recruiter_decisions,
    relays_and_status_notes,
    sectors_and_stages,
    thread_replies,
    understated,
)
from .rejections import d11_languages as rej_d11_lang
from .rejections import d11_notices as rej_d11_notices
from .rejections import d11_person_replies as rej_d11_person
from .rejections import d12_english as rej_d12_en
from .rejections import d12_languages as rej_d12_lang
from .rejections import decision_notes as rej_w5_notes
from .rejections import european_letters as rej_w5_eu
from .rejections import m9_calendar as rej_m9_calendar
from .rejections import m9_nordic as rej_m9_nordic
from .rejections import paused_then_closed as rej_paused
from .rejections import programme_decisions as rej_programme_decisions
from .rejections import public_notices as rej_public_notices
from .rejections import soft_decisions as rej_w6_soft
from .rejections import status_digests as rej_w5_status
from .rejections import world_letters as rej_w6_world

REJ, RCV, INT, NXT = "rejection", "application_received", "interview", "next_steps"
OFF, NJ = "offer", "non_job_rejection_words"


@dataclass(frozen=True)
class Part:
    """Families written to one data/ file. ``kind`` is the default for families that do not
    carry their kind as a 4th element; ``prefix`` starts every row id (``rej-<family>-0001``)."""

    file: str
    families: list  # type: ignore[type-arg]  # (name, fn, count[, kind]) tuples
    kind: str | None
    prefix: str
    own_seed: bool = False


BUILD_ORDER = [
    # the first corpus: one module per kind
    Part("rejections.jsonl", employer_letters.FAMILIES, REJ, "rej"),
    Part("application_received.jsonl", ats_acknowledgements.FAMILIES, RCV, "rcv"),
    Part("interviews.jsonl", invitations.FAMILIES, INT, "int"),
    Part("next_steps.jsonl", assessments_and_checks.FAMILIES, NXT, "nxt"),
    Part("offers.jsonl", offer_letters.FAMILIES, OFF, "off"),
    Part("outreach_alerts.jsonl", alerts_and_pitches.FAMILIES, None, "out"),
    Part("non_job.jsonl", everyday_declines.FAMILIES, NJ, "nj"),
    # plain-*: plain, short, real-world shapes
    Part("rejections.jsonl", plain_short.FAMILIES, REJ, "rej"),
    Part("application_received.jsonl", rcv_plain_short.FAMILIES, RCV, "rcv"),
    Part("non_job.jsonl", nj_plain_short.FAMILIES, NJ, "nj"),
    # br-*: sectors and stages, each family with its own sentences
    Part("rejections.jsonl", sectors_and_stages.FAMILIES, REJ, "rej"),
    Part("application_received.jsonl", rcv_sectors.FAMILIES, None, "rcv"),
    Part("interviews.jsonl", int_sectors.FAMILIES, None, "int"),
    Part("next_steps.jsonl", nxt_sectors.FAMILIES, None, "nxt"),
    Part("offers.jsonl", off_sectors.FAMILIES, None, "off"),
    Part("outreach_alerts.jsonl", out_sectors.FAMILIES, None, "out"),
    Part("non_job.jsonl", nj_sectors.FAMILIES, None, "nj"),
    # ctx-*: non-job declines written like rejection letters; rejections with few rejection words
    Part("non_job.jsonl", formal_declines.FAMILIES, NJ, "nj"),
    Part("rejections.jsonl", understated.FAMILIES, REJ, "rej"),
    # b2-*: house styles, and apologetic interview, confirmation and next-steps mail
    Part("rejections.jsonl", house_styles.FAMILIES, None, "rej"),
    Part("interviews.jsonl", apologetic_scheduling.FAMILIES, None, "int"),
    Part("application_received.jsonl", procedural_warnings.FAMILIES, None, "rcv"),
    Part("next_steps.jsonl", incomplete_applications.FAMILIES, None, "nxt"),
    # b3-*: job-board and campus relays, and the same boards' confirmations and next steps
    Part("rejections.jsonl", relays_and_status_notes.FAMILIES, None, "rej"),
    Part("application_received.jsonl", rcv_job_boards.FAMILIES, None, "rcv"),
    Part("next_steps.jsonl", nxt_job_boards.FAMILIES, None, "nxt"),
    Part("interviews.jsonl", int_job_boards.FAMILIES, None, "int"),
    # b4-*: other job mail full of rejection words that is not a rejection
    Part("outreach_alerts.jsonl", other_job_mail.FAMILIES, None, "out"),
    # b5-*: the real-mail misses, and confirmations that talk about a refusal
    Part("rejections.jsonl", real_mail_misses.FAMILIES, None, "rej"),
    Part("application_received.jsonl", conditional_holds.FAMILIES, None, "rcv"),
    Part("interviews.jsonl", recruiter_calls.FAMILIES, None, "int"),
    Part("next_steps.jsonl", deadlines.FAMILIES, None, "nxt"),
    Part("offers.jsonl", in_thread.FAMILIES, None, "off"),
    # tr-*: thread replies with decisions built from parts, either way
    Part("rejections.jsonl", thread_replies.FAMILIES, None, "rej"),
    Part("application_received.jsonl", rcv_thread_replies.FAMILIES, None, "rcv"),
    Part("interviews.jsonl", int_thread_replies.FAMILIES, None, "int"),
    Part("next_steps.jsonl", nxt_thread_replies.FAMILIES, None, "nxt"),
    Part("offers.jsonl", off_thread_replies.FAMILIES, None, "off"),
    # w1-*: thread replies naming someone else's hire, recruiter decisions that pitch another
    # role, hedges; and in the same voices (voices/international_threads.py) next-round invitations, times,
    # references, "no decision yet", pitches, good news and conditional confirmations
    Part("rejections.jsonl", choice_of_other.FAMILIES, None, "rej", own_seed=True),
    Part("rejections.jsonl", recruiter_decisions.FAMILIES, None, "rej", own_seed=True),
    Part("rejections.jsonl", hedged.FAMILIES, None, "rej", own_seed=True),
    Part("interviews.jsonl", next_round_replies.FAMILIES, None, "int", own_seed=True),
    Part("interviews.jsonl", good_news.FAMILIES, None, "int", own_seed=True),
    Part("next_steps.jsonl", reference_requests.FAMILIES, None, "nxt", own_seed=True),
    Part("application_received.jsonl", conditional_refusals.FAMILIES, None, "rcv", own_seed=True),
    Part("application_received.jsonl", still_deciding.FAMILIES, None, "rcv", own_seed=True),
    Part("outreach_alerts.jsonl", recruiter_pitches.FAMILIES, None, "out", own_seed=True),
    # w2-*: bare ATS statuses, refusals under long careers footers, public-sector notices,
    # programme decisions (helper W2, issue 11), and hard negatives in the same skeletons
    Part("rejections.jsonl", rej_ats_statuses.FAMILIES, None, "rej", own_seed=True),
    Part("application_received.jsonl", ats_statuses.FAMILIES, None, "rcv", own_seed=True),
    Part("interviews.jsonl", int_ats_statuses.FAMILIES, None, "int", own_seed=True),
    Part("next_steps.jsonl", nxt_ats_statuses.FAMILIES, None, "nxt", own_seed=True),
    Part("rejections.jsonl", rej_careers_footers.FAMILIES, None, "rej", own_seed=True),
    Part("application_received.jsonl", careers_footers.FAMILIES, None, "rcv", own_seed=True),
    Part("outreach_alerts.jsonl", out_careers_footers.FAMILIES, None, "out", own_seed=True),
    Part("rejections.jsonl", rej_public_notices.FAMILIES, None, "rej", own_seed=True),
    Part("application_received.jsonl", rcv_public_notices.FAMILIES, None, "rcv", own_seed=True),
    Part("interviews.jsonl", int_public_notices.FAMILIES, None, "int", own_seed=True),
    Part("rejections.jsonl", rej_programme_decisions.FAMILIES, None, "rej", own_seed=True),
    Part(
        "application_received.jsonl", rcv_programme_decisions.FAMILIES, None, "rcv", own_seed=True
    ),
    Part("next_steps.jsonl", nxt_programme_decisions.FAMILIES, None, "nxt", own_seed=True),
    Part("offers.jsonl", off_programme_decisions.FAMILIES, None, "off", own_seed=True),
    # w5-*: refusals in German, French, Spanish and Dutch; job-board relays, digests, letters
    # about several positions and ATS record blocks; person-written notes (final round,
    # agency, offer withdrawn, search closed, talent community, subject-only, terse replies)
    # (helper W5, issue 11), and hard negatives in the same skeletons
    Part("rejections.jsonl", rej_w5_eu.FAMILIES, None, "rej", own_seed=True),
    Part("application_received.jsonl", rcv_w5_eu.FAMILIES, None, "rcv", own_seed=True),
    Part("interviews.jsonl", int_w5_eu.FAMILIES, None, "int", own_seed=True),
    Part("rejections.jsonl", rej_w5_status.FAMILIES, None, "rej", own_seed=True),
    Part("application_received.jsonl", rcv_w5_status.FAMILIES, None, "rcv", own_seed=True),
    Part("interviews.jsonl", int_w5_status.FAMILIES, None, "int", own_seed=True),
    Part("next_steps.jsonl", nxt_w5_status.FAMILIES, None, "nxt", own_seed=True),
    Part("outreach_alerts.jsonl", out_w5_status.FAMILIES, None, "out", own_seed=True),
    Part("rejections.jsonl", rej_w5_notes.FAMILIES, None, "rej", own_seed=True),
    Part("interviews.jsonl", int_w5_notes.FAMILIES, None, "int", own_seed=True),
    Part("offers.jsonl", off_w5_notes.FAMILIES, None, "off", own_seed=True),
    Part("application_received.jsonl", rcv_w5_notes.FAMILIES, None, "rcv", own_seed=True),
    Part("outreach_alerts.jsonl", out_w5_notes.FAMILIES, None, "out", own_seed=True),
    Part("non_job.jsonl", nj_w5_words.FAMILIES, None, "nj", own_seed=True),
    # w6-*: soft rejections (warm decisions with no negation, hedges, decisions buried in
    # logistics or followed by a kept CV, scored assessments, trackers, public notices,
    # programmes, Indian and non-native English, six European languages) (helper w6, issue
    # 11, sixth pass), and hard negatives in the same skeletons
    Part("rejections.jsonl", rej_w6_soft.FAMILIES, None, "rej", own_seed=True),
    Part("rejections.jsonl", rej_w6_world.FAMILIES, None, "rej", own_seed=True),
    Part("application_received.jsonl", rcv_w6_soft.FAMILIES, None, "rcv", own_seed=True),
    Part("application_received.jsonl", rcv_w6_world.FAMILIES, None, "rcv", own_seed=True),
    Part("interviews.jsonl", int_w6_soft.FAMILIES, None, "int", own_seed=True),
    Part("interviews.jsonl", int_w6_world.FAMILIES, None, "int", own_seed=True),
    Part("next_steps.jsonl", nxt_w6_soft.FAMILIES, None, "nxt", own_seed=True),
    Part("offers.jsonl", off_w6_soft.FAMILIES, None, "off", own_seed=True),
    # m9-nordic-*: Swedish, Danish and Norwegian rejections and, in the same voice, their
    # negatives (helper m9, issue 11, ninth pass)
    Part("rejections.jsonl", rej_m9_nordic.FAMILIES, None, "rej", own_seed=True),
    Part("application_received.jsonl", rcv_m9_nordic.FAMILIES, None, "rcv", own_seed=True),
    Part("interviews.jsonl", int_m9_nordic.FAMILIES, None, "int", own_seed=True),
    # m9-calendar-*: rejections that arrive as the note on a cancelled interview, and
    # interviews cancelled or moved in the same frame (helper m9, issue 11, ninth pass)
    Part("rejections.jsonl", rej_m9_calendar.FAMILIES, None, "rej", own_seed=True),
    Part("interviews.jsonl", int_m9_calendar.FAMILIES, None, "int", own_seed=True),
    # d11-*: person-written replies (someone else chosen, hedges, a recruiter's follow-up with
    # another role, decisions carried by the next action or late in long mail, after
    # references, offers withdrawn, searches closed, phone one-liners, LinkedIn), notices
    # (refusals under long footers, bare ATS statuses, public-sector notices, programmes,
    # tenders, group notices), fourteen languages, and their negatives in the same voices
    # (helper d11, issue 11, eleventh pass)
    Part("rejections.jsonl", rej_d11_person.FAMILIES, None, "rej", own_seed=True),
    Part("rejections.jsonl", rej_d11_notices.FAMILIES, None, "rej", own_seed=True),
    Part("rejections.jsonl", rej_d11_lang.FAMILIES, None, "rej", own_seed=True),
    Part("application_received.jsonl", rcv_d11.FAMILIES, None, "rcv", own_seed=True),
    Part("application_received.jsonl", rcv_d11_lang.FAMILIES, None, "rcv", own_seed=True),
    Part("interviews.jsonl", int_d11.FAMILIES, None, "int", own_seed=True),
    Part("interviews.jsonl", int_d11_lang.FAMILIES, None, "int", own_seed=True),
    Part("next_steps.jsonl", nxt_d11.FAMILIES, None, "nxt", own_seed=True),
    Part("offers.jsonl", off_d11.FAMILIES, None, "off", own_seed=True),
    Part("outreach_alerts.jsonl", out_d11.FAMILIES, None, "out", own_seed=True),
    Part("non_job.jsonl", nj_d11.FAMILIES, None, "nj", own_seed=True),
    # d12-lang-*: ten languages the shipped model filed almost nothing in, four voices each,
    # and their twins in the same voices (helper d12, issue 11, twelfth pass)
    Part("rejections.jsonl", rej_d12_lang.FAMILIES, None, "rej", own_seed=True),
    Part("application_received.jsonl", rcv_d12_lang.FAMILIES, None, "rcv", own_seed=True),
    Part("interviews.jsonl", int_d12_lang.FAMILIES, None, "int", own_seed=True),
    Part("next_steps.jsonl", nxt_d12_lang.FAMILIES, None, "nxt", own_seed=True),
    # d12-en-*: English decisions the shipped model misses (next action only, bare statuses,
    # a manager's own choice, agency relays, voicemail, chase replies, mass notices, after a
    # trial, feedback bullets, survey links, careers footers) and their twins (helper d12)
    Part("rejections.jsonl", rej_d12_en.FAMILIES, None, "rej", own_seed=True),
    Part("application_received.jsonl", rcv_d12_en.FAMILIES, None, "rcv", own_seed=True),
    Part("interviews.jsonl", int_d12_en.FAMILIES, None, "int", own_seed=True),
    Part("next_steps.jsonl", nxt_d12_en.FAMILIES, None, "nxt", own_seed=True),
    Part("offers.jsonl", off_d12_en.FAMILIES, None, "off", own_seed=True),
    # d13-*: a hiring process paused by the employer with the reader kept in it (portal
    # records, personal notes), and its twin, a hold that ends with the post closed (issue 11,
    # fifty-fourth pass, after read slice 100's "Stage: On hold" status mails)
    Part("outreach_alerts.jsonl", out_paused.FAMILIES, None, "out", own_seed=True),
    Part("rejections.jsonl", rej_paused.FAMILIES, None, "rej", own_seed=True),
    # New families: append here, with own_seed=True (see README.md).
]
