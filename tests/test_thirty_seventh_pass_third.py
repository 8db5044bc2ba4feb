"""Thirty-seventh pass, third round (issue 11): blind slice 37's misses and other mail filed,
read as kinds (rejectwatch.model.left_out_plainly, posts_filled_abroad, posts_given_abroad,
stated_outcomes, markup, negation, rules_ahead, further_languages).

Refusals that must carry a decision token: someone else in the post told by what they did
(accepted the role, came on staff as, coming on as, promoted to, the job belongs to, it went to
someone from a crew, "as of this week he is our …"); a choice told in the progressive ("we're
choosing a candidate whose …"); "the vacancy is now taken"; an HTML status table whose row ends
in "Unsuccessful at screening"; the post given to someone in Arabic, Portuguese, Japanese,
French, Chinese, Thai, Urdu, Hindi-script varieties and Swahili, and an Urdu "apprentice" that
no longer reads as the Persian "if" inside it. Twins that must stay unread: the reader as the
one who accepted or was given the post, a recruiter who has come on board, a choice under way
("in the process of selecting a candidate"), a digest whose other row is a step for the reader,
a Korean "even if" ("…결정되더라도") and a requirement unmet as a rule's case ("where these aren't
met, the application is closed").
Every message is written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, marks, message_decisions, message_marks
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document
from rejectwatch.model.trim import strip_footers

REFUSALS = [
    # someone else in the post, told by what they did
    "Dana, our intern, has accepted the account executive role and will run the media lists.",
    "The freelancer who covered our night news has come on staff as our captioning editor.",
    "Jono's coming on full-time as second trimmer; he's done the course and knows the farms.",
    "The directors have promoted Jarrod from the modernisation crew to the service technician job.",
    "That job now belongs to my niece, who has helped on the stall all summer.",
    "Update on the press-room job: it went to Kai from the Tuesday skate nights.",
    "As of this week he is our field service engineer for the region.",
    # a choice told in the progressive, and the vacancy now taken
    "Weighing the final group, we're choosing a candidate whose modelling maps more directly onto "
    "the roadmap.",
    "Please note that the vacancy is now taken by a candidate transferring from our other branch.",
    # the post given to someone, in other languages and their regional forms
    "بعد التجربة اخترنا معلّماً يعمل في المهنة منذ عشر سنوات.",
    "الشغلة أعطيناها لواحد من الحارة يشتغل معانا من زمان.",
    "A vaga de ajudante ficou com uma sobrinha nossa, que já trabalha com a gente.",
    "今回の店長候補は、うちで三年アルバイトを続けてくれている者に決まりました。",
    "Le poste d'opérateur revient à un intérimaire présent chez nous depuis le printemps.",
    "这次学徒的位置给了一位已经在这里帮忙两年的小伙子。",
    "ตำแหน่งหัวหน้าคนงาน เราให้พี่ที่ดูแลแปลงมาหลายปีรับไปแล้วนะคะ",
    "لوم ماسٹر کی جگہ ہم نے اپنے ایک پرانے کاریگر کو ترقی دے کر دے دی ہے۔",
    "کاریگر کی جگہ ہم نے اپنے پرانے شاگرد کو دے دی۔",
    "चितेरा री जगा म्हां एक जूना चेला ने दे दी।",
    "Nafasi ya fundi msaidizi tumempa kijana ambaye amejifunza hapa kwa miaka miwili.",
]
TWINS = [
    "You have accepted the role, congratulations!",
    "Mark has come on board as our recruiter and will call you on Monday.",
    "Sam has accepted the role of interviewer on your panel.",
    "We are in the process of selecting a candidate for this role.",
    "We are currently choosing someone for the post and will write in May.",
    "اخترناك للوظيفة، مبروك!",
    "ہم نے یہ جگہ آپ کو دے دی ہے، مبارک ہو!",
    "这个岗位给了您，恭喜！",
    "採用はあなたに決まりました。",
    "اگر شما انتخاب نشدید، به شما اطلاع می‌دهیم.",
    # a Korean "even if" and a requirement unmet as a rule's case
    "혹시 다른 분으로 결정되더라도 꼭 문자로 알려 드리겠습니다.",
    "The team reviews applications against the posting; where these aren't met, the application "
    "is closed and the candidate is told by email.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_is_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize("text", TWINS)
def test_the_twin_gets_no_decision(text: str) -> None:
    assert not decision(text), marks(text)


_TABLE = (
    "<html><body><p>Hello Naledi,</p><p>Here is the latest on your application.</p>"
    '<table border="1"><tr><th>Role</th><th>Stage</th></tr>{rows}</table>'
    "<p>Sent automatically.</p></body></html>"
)


def test_a_status_table_row_is_read_as_a_row() -> None:
    """A cell ends with a bar, so a row "Scan Technician II | Unsuccessful at screening" is a
    status row; a digest whose other row is a step for the reader is not read as refused."""
    refused = _TABLE.format(
        rows="<tr><td>Scan Technician II</td><td>Unsuccessful at screening</td></tr>"
    )
    assert message_decisions("Your application", refused), message_marks(
        "Your application", refused
    )
    digest = _TABLE.format(
        rows="<tr><td>Barista</td><td>Rejected after interview</td></tr>"
        "<tr><td>Cook</td><td>Invited to interview</td></tr>"
    )
    assert not message_decisions("Your applications", digest), message_marks("x", digest)


def test_a_deadline_counted_from_this_email_is_no_footer() -> None:
    """A deadline counted from this e-mail ("within seven days of receiving this e-mail") is
    the step itself: the footer marker "receiving this" dropped that paragraph, so the guard
    never saw the step and grouped CV filed such mail; "You are receiving this because you
    applied" is still a footer."""
    step = Document(
        "Assessment centre outcome",
        "Hi Tariq,\n\nThanks for your application to our Higher Apprenticeship intake.\n\n"
        "The next step is a set of online assessments. Please complete them within seven days "
        "of receiving this e-mail.\n\nBest wishes,\nEarly Careers Team",
        "careers@firm.example",
    )
    assert "within seven days" in strip_footers(step.body)
    assert held_back(step)
    footer = "Hi,\n\nThanks for applying.\n\nYou are receiving this because you applied online."
    assert "receiving this" not in strip_footers(footer)
