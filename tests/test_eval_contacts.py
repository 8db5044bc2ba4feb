"""Issue 10's acceptance set (eval/contacts): its shape, extract() on it, and a real scan of
a sample of its mailboxes on the suite's Dovecot (scripts/eval_contacts.py)."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from rejectwatch.crm.extract import extract
from rejectwatch.mail.message import parse
from rejectwatch.testing.dovecot import DovecotServer
from scriptmod import load_script

FLOOR = 0.97  # extract() alone; measured 1.00 when the rules were last changed


EVAL = load_script("eval_contacts")
BOXES = EVAL.load(EVAL.DEFAULT_SET)


def test_the_set_is_big_and_varied() -> None:
    assert len(BOXES) >= 150
    scenarios = Counter(b["scenario"] for b in BOXES)
    assert scenarios["ats_none"] + scenarios["board"] >= 30  # nobody to write to
    assert scenarios["person"] >= 10
    assert scenarios["team_inbox"] >= 5
    assert len({b["ats"] for b in BOXES}) >= 25
    assert len({b["display_kind"] for b in BOXES}) >= 20
    assert all(b["expected"]["rejection"] for b in BOXES)


def test_extract_alone_scores_above_the_floor() -> None:
    now = datetime.now(UTC)
    right: Counter[str] = Counter()
    for box in BOXES:
        want = box["expected"]
        message = next(m for m in box["messages"] if m["message_id"] == want["rejection"])
        facts = extract(parse(EVAL.to_bytes(message, now)[0]))
        right["company"] += EVAL.norm_company(facts.company) == EVAL.norm_company(want["company"])
        right["position"] += EVAL.norm_text(facts.position) == EVAL.norm_text(want["position"])
        right["requisition"] += EVAL.norm_requisition(facts.requisition) == (
            EVAL.norm_requisition(want["requisition"])
        )
        right["reason"] += facts.reason == want["reason"]
        assert not facts.contact_address or facts.contact_address in EVAL.humans(box)
    for field in ("company", "position", "requisition", "reason"):
        assert right[field] / len(BOXES) >= FLOOR, (field, right[field])


def test_a_real_scan_never_drafts_to_a_machine(dovecot: DovecotServer) -> None:
    sample = {
        b["mailbox"]
        for scenario in {b["scenario"] for b in BOXES}
        for b in [x for x in BOXES if x["scenario"] == scenario][:2]
    }
    result = EVAL.evaluate(EVAL.DEFAULT_SET, sample, server=dovecot)
    assert result["rejections"] == len(sample) >= 20
    assert result["drafts_to_machines"] == 0
    for scenario in ("ats_none", "board"):  # nobody to write to: no draft at all
        assert result["by_scenario"][scenario]["draft"] == 1.0, scenario
