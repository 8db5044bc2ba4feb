"""Labelled training data: JSONL files under data/, read into immutable Examples.

One JSON object a line with the keys ``id``, ``subject``, ``body``, ``sender``, ``label``
(``rejection`` | ``not_rejection``), ``kind``, ``provenance`` and ``family``. ``family`` groups
examples written from the same template or taken from the same thread, so that cross-validation
can keep a family on one side of every split. Any bad line is an InputError naming file:line.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rejectwatch.errors import InputError

__all__ = [
    "LABELS",
    "LEFT_OUT_FAMILIES",
    "NEGATIVE",
    "POSITIVE",
    "READ_SLICES",
    "READ_SLICE_WEIGHT",
    "REQUIRED_KEYS",
    "SLICE_FAMILY_PREFIX",
    "Example",
    "data_hash",
    "default_data_files",
    "example_weights",
    "read_examples",
    "training_examples",
]

POSITIVE = "rejection"
NEGATIVE = "not_rejection"
LABELS = frozenset({POSITIVE, NEGATIVE})
# Fields an Example needs; ``provenance`` is documentation for humans and may be absent.
REQUIRED_KEYS = ("id", "subject", "body", "sender", "label", "kind", "family")

# The blind slices under data/blind/ whose errors a pass has read (docs/model.md § 7): no longer
# blind, so they are trained on. Only the lead declares a slice read; a sealed slice (the newest)
# must never be listed here. Their families start with SLICE_FAMILY_PREFIX.
READ_SLICES = (
    "blind-slice.jsonl",
    "blind-slice-2.jsonl",
    "blind-slice-3.jsonl",
    "blind-slice-4.jsonl",
    "blind-slice-5.jsonl",
    "blind-slice-6.jsonl",
    "blind-slice-7.jsonl",
    "blind-slice-8.jsonl",
    "blind-slice-9.jsonl",
    "blind-slice-10.jsonl",
    "blind-slice-11.jsonl",
    "blind-slice-12.jsonl",  # declared read for the fourteenth pass
    "blind-slice-13.jsonl",  # declared read for the fifteenth pass
    "blind-slice-14.jsonl",  # declared read for the sixteenth pass
    "blind-slice-15.jsonl",  # declared read for the seventeenth pass
    "blind-slice-16.jsonl",  # declared read for the eighteenth pass
    "blind-slice-17.jsonl",  # declared read for the nineteenth pass
    "blind-slice-18.jsonl",  # declared read for the twentieth pass
    "blind-slice-19.jsonl",  # declared read for the twenty-first pass
    "blind-slice-20.jsonl",  # declared read for the twenty-second pass
    "blind-slice-21.jsonl",  # declared read for the twenty-third pass
    "blind-slice-22.jsonl",  # declared read for the twenty-fourth pass
    "blind-slice-23.jsonl",  # declared read for the twenty-fifth pass
    "blind-slice-24.jsonl",  # declared read for the twenty-sixth pass
    "blind-slice-25.jsonl",  # declared read for the twenty-seventh pass
    "blind-slice-26.jsonl",  # declared read for the twenty-eighth pass
    "blind-slice-27.jsonl",  # declared read for the twenty-ninth pass
    "blind-slice-28.jsonl",  # declared read for the thirtieth pass
    "blind-slice-29.jsonl",  # declared read for the thirty-first pass
    "blind-slice-30.jsonl",  # declared read for the thirty-second pass
    "blind-slice-31.jsonl",  # declared read for the thirty-third pass
    "blind-slice-32.jsonl",  # declared read for the thirty-fourth pass
    "blind-slice-33.jsonl",  # declared read for the thirty-fifth pass
    "blind-slice-34.jsonl",  # declared read for the thirty-sixth pass
    "blind-slice-35.jsonl",  # declared read for the thirty-seventh pass
    "blind-slice-36.jsonl",  # declared read for the thirty-seventh pass's second round
    "blind-slice-37.jsonl",  # declared read for the thirty-seventh pass's third round
    "blind-slice-38.jsonl",  # declared read for the thirty-eighth pass
    "blind-slice-39.jsonl",  # declared read for the thirty-eighth pass's second round
    "blind-slice-40.jsonl",  # declared read for the thirty-eighth pass's third round
    "blind-slice-41.jsonl",  # declared read for the thirty-ninth pass
    "blind-slice-42.jsonl",  # declared read for the thirty-ninth pass's second round
    "blind-slice-43.jsonl",  # declared read for the thirty-ninth pass's third round
    "blind-slice-44.jsonl",  # declared read for the fortieth pass
    "blind-slice-45.jsonl",  # declared read for the fortieth pass's second round
    "blind-slice-46.jsonl",  # declared read for the fortieth pass's third round
    "blind-slice-47.jsonl",  # declared read for the fortieth pass's fourth round
    "blind-slice-48.jsonl",  # declared read for the forty-first pass
    "blind-slice-49.jsonl",  # declared read for the forty-first pass's second round
    "blind-slice-50.jsonl",  # declared read for the forty-first pass's third round
    "blind-slice-51.jsonl",  # declared read for the forty-second pass
    "blind-slice-52.jsonl",  # declared read for the forty-second pass's second round
    "blind-slice-53.jsonl",  # declared read for the forty-third pass
    "blind-slice-54.jsonl",  # declared read for the forty-third pass's second round
    "blind-slice-55.jsonl",  # declared read for the forty-third pass's third round
    "blind-slice-56.jsonl",  # declared read for the forty-third pass's fourth round
    "blind-slice-57.jsonl",  # declared read for the forty-fourth pass
    "blind-slice-58.jsonl",  # declared read for the forty-fourth pass's second round
    "blind-slice-59.jsonl",  # declared read for the forty-fourth pass's third round
    "blind-slice-60.jsonl",  # declared read for the forty-fifth pass
    "blind-slice-61.jsonl",  # declared read for the forty-fifth pass's second round
    "blind-slice-62.jsonl",  # declared read for the forty-fifth pass's third round
    "blind-slice-63.jsonl",  # declared read for the forty-sixth pass
    "blind-slice-64.jsonl",  # declared read for the forty-sixth pass's second round
    "blind-slice-65.jsonl",  # declared read for the forty-sixth pass's third round
    "blind-slice-66.jsonl",  # declared read for the forty-sixth pass's fourth round
    "blind-slice-67.jsonl",  # declared read for the forty-seventh pass
    "blind-slice-68.jsonl",  # declared read for the forty-seventh pass's second round
    "blind-slice-69.jsonl",  # declared read for the forty-seventh pass's third round
    "blind-slice-70.jsonl",  # declared read for the forty-eighth pass
    "blind-slice-71.jsonl",  # declared read for the forty-eighth pass's second round
    "blind-slice-72.jsonl",  # declared read for the forty-eighth pass's third round
    "blind-slice-73.jsonl",  # declared read for the forty-eighth pass's fourth round
    "blind-slice-74.jsonl",  # declared read for the forty-eighth pass's fifth round
    "blind-slice-75.jsonl",  # declared read for the forty-ninth pass
    "blind-slice-76.jsonl",  # declared read for the forty-ninth pass's second round
    "blind-slice-77.jsonl",  # declared read for the forty-ninth pass's third round
    "blind-slice-78.jsonl",  # declared read for the fiftieth pass
    "blind-slice-79.jsonl",  # declared read for the fiftieth pass
    "blind-slice-80.jsonl",  # declared read for the fiftieth pass's second round
    "blind-slice-81.jsonl",  # declared read for the fiftieth pass's second round
    "blind-slice-82.jsonl",  # declared read for the fiftieth pass's third round
    "blind-slice-83.jsonl",  # declared read for the fifty-first pass
    "blind-slice-84.jsonl",  # declared read for the fifty-first pass's second round
    "blind-slice-85.jsonl",  # declared read for the fifty-first pass's second round
    "blind-slice-86.jsonl",  # declared read for the fifty-second pass
    "blind-slice-87.jsonl",  # declared read for the fifty-second pass's second round
    "blind-slice-88.jsonl",  # declared read for the fifty-second pass's second round
    "blind-slice-89.jsonl",  # declared read for the fifty-second pass's third round
    "blind-slice-90.jsonl",  # declared read for the fifty-second pass's third round
    "blind-slice-91.jsonl",  # declared read for the fifty-second pass's third round
    "blind-slice-92.jsonl",  # declared read for the fifty-second pass's third round
    "blind-slice-93.jsonl",  # declared read for the fifty-third pass's second round
    "blind-slice-94.jsonl",  # declared read for the fifty-third pass's second round
    "blind-slice-95.jsonl",  # declared read for the fifty-third pass's third round
    "blind-slice-96.jsonl",  # declared read for the fifty-third pass's third round
    "blind-slice-97.jsonl",  # declared read for the fifty-third pass's fourth round
    "blind-slice-98.jsonl",  # declared read for the fifty-third pass's fourth round
    "blind-slice-99.jsonl",  # declared read for the fifty-third pass's fifth round
    "blind-slice-100.jsonl",  # declared read for the fifty-third pass's fifth round
    "blind-slice-101.jsonl",  # declared read for the fifty-fourth pass's second round
    "blind-slice-102.jsonl",  # declared read for the fifty-fourth pass's second round
    "blind-slice-103.jsonl",  # declared read for the fifty-fourth pass's third round
    "blind-slice-104.jsonl",  # declared read for the fifty-fourth pass's third round
    "blind-slice-105.jsonl",  # declared read for the fifty-fourth pass's fourth round
    "blind-slice-106.jsonl",  # declared read for the fifty-fourth pass's fourth round
    "blind-slice-107.jsonl",  # declared read for the fifty-fourth pass's fifth round
    "blind-slice-108.jsonl",  # declared read for the fifty-fourth pass's fifth round
    "blind-slice-109.jsonl",  # declared read for the fifty-fourth pass's fifth round
    "blind-slice-110.jsonl",  # declared read for the fifty-fourth pass's fifth round
    "blind-slice-111.jsonl",  # declared read for the fifty-fifth pass's first round
    "blind-slice-112.jsonl",  # declared read for the fifty-fifth pass's first round
    "blind-slice-113.jsonl",  # declared read for the fifty-fifth pass's second round
    "blind-slice-114.jsonl",  # declared read for the fifty-fifth pass's second round
    "blind-slice-115.jsonl",  # declared read for the fifty-fifth pass's third round
    "blind-slice-116.jsonl",  # declared read for the fifty-fifth pass's third round
    "blind-slice-117.jsonl",  # declared read for the fifty-fifth pass's fourth round
    "blind-slice-118.jsonl",  # declared read for the fifty-fifth pass's fourth round
    "blind-slice-119.jsonl",  # declared read for the fifty-sixth pass
    "blind-slice-120.jsonl",  # declared read for the fifty-sixth pass
    "blind-slice-121.jsonl",  # declared read for the fifty-sixth pass's second round
    "blind-slice-122.jsonl",  # declared read for the fifty-sixth pass's second round
    "blind-slice-123.jsonl",  # declared read for the fifty-sixth pass's third round
    "blind-slice-124.jsonl",  # declared read for the fifty-sixth pass's third round
    "blind-slice-125.jsonl",  # declared read for the fifty-sixth pass's fourth round
    "blind-slice-126.jsonl",  # declared read for the fifty-sixth pass's fourth round
    "blind-slice-127.jsonl",  # declared read for the fifty-seventh pass's first round
    "blind-slice-128.jsonl",  # declared read for the fifty-seventh pass's first round
    "blind-slice-129.jsonl",  # declared read for the fifty-seventh pass's second round
    "blind-slice-130.jsonl",  # declared read for the fifty-seventh pass's second round
    "blind-slice-131.jsonl",  # declared read for the fifty-seventh pass's third round
    "blind-slice-132.jsonl",  # declared read for the fifty-seventh pass's third round
    "blind-slice-133.jsonl",  # declared read for the fifty-eighth pass's first round
    "blind-slice-134.jsonl",  # declared read for the fifty-eighth pass's first round
    "blind-slice-135.jsonl",  # declared read for the fifty-eighth pass's second round
    "blind-slice-136.jsonl",  # declared read for the fifty-eighth pass's second round
    "blind-slice-137.jsonl",  # declared read for the fifty-eighth pass's third round
    "blind-slice-138.jsonl",  # declared read for the fifty-eighth pass's third round
    "blind-slice-139.jsonl",  # declared read for the fifty-ninth pass
    "blind-slice-140.jsonl",  # declared read for the fifty-ninth pass
    "blind-slice-141.jsonl",  # declared read for the fifty-ninth pass's second round
    "blind-slice-142.jsonl",  # declared read for the fifty-ninth pass's second round
    "blind-slice-143.jsonl",  # declared read for the fifty-ninth pass's third round
    "blind-slice-144.jsonl",  # declared read for the fifty-ninth pass's third round
    "blind-slice-145.jsonl",  # declared read for the sixtieth pass
    "blind-slice-146.jsonl",  # declared read for the sixtieth pass
    "blind-slice-147.jsonl",  # declared read for the sixtieth pass's second round
    "blind-slice-148.jsonl",  # declared read for the sixtieth pass's second round
    "blind-slice-149.jsonl",  # declared read for the sixtieth pass's third round
    "blind-slice-150.jsonl",  # declared read for the sixtieth pass's third round
    "blind-slice-151.jsonl",  # declared read for the sixty-first pass
    "blind-slice-152.jsonl",  # declared read for the sixty-first pass
    "blind-slice-153.jsonl",  # declared read for the sixty-first pass's second round
    "blind-slice-154.jsonl",  # declared read for the sixty-first pass's second round
    "blind-slice-155.jsonl",  # declared read for the sixty-first pass's third round
    "blind-slice-156.jsonl",  # declared read for the sixty-first pass's third round
    "blind-slice-157.jsonl",  # declared read for the sixty-first pass's fourth round
    "blind-slice-158.jsonl",  # declared read for the sixty-first pass's fourth round
    "blind-slice-159.jsonl",  # declared read for the sixty-second pass
    "blind-slice-160.jsonl",  # declared read for the sixty-second pass
    "blind-slice-161.jsonl",  # declared read for the sixty-second pass's second round
    "blind-slice-162.jsonl",  # declared read for the sixty-second pass's second round
    "blind-slice-163.jsonl",  # declared read for the sixty-second pass's third round
    "blind-slice-164.jsonl",  # declared read for the sixty-second pass's third round
    "blind-slice-165.jsonl",  # declared read for the sixty-second pass's fourth round
    "blind-slice-166.jsonl",  # declared read for the sixty-second pass's fourth round
    "blind-slice-167.jsonl",  # declared read for the sixty-second pass's fifth round
    "blind-slice-168.jsonl",  # declared read for the sixty-second pass's fifth round
    "blind-slice-169.jsonl",  # declared read for the sixty-third pass
    "blind-slice-170.jsonl",  # declared read for the sixty-third pass
    "blind-slice-171.jsonl",  # declared read for the sixty-third pass's second round
    "blind-slice-172.jsonl",  # declared read for the sixty-third pass's second round
    "blind-slice-173.jsonl",  # declared read for the sixty-third pass's third round
    "blind-slice-174.jsonl",  # declared read for the sixty-third pass's third round
    "blind-slice-175.jsonl",  # declared read for the sixty-third pass's fourth round
    "blind-slice-176.jsonl",  # declared read for the sixty-third pass's fourth round
    "blind-slice-177.jsonl",  # declared read for the sixty-third pass's fifth round
    "blind-slice-178.jsonl",  # declared read for the sixty-third pass's fifth round
    "blind-slice-179.jsonl",  # declared read for the sixty-fourth pass
    "blind-slice-180.jsonl",  # declared read for the sixty-fourth pass
    "blind-slice-181.jsonl",  # declared read for the sixty-fourth pass's second round
    "blind-slice-182.jsonl",  # declared read for the sixty-fourth pass's second round
    "blind-slice-183.jsonl",  # declared read for the sixty-fourth pass's third round
    "blind-slice-184.jsonl",  # declared read for the sixty-fourth pass's third round
    "blind-slice-185.jsonl",  # declared read for the sixty-fourth pass's fourth round
    "blind-slice-186.jsonl",  # declared read for the sixty-fourth pass's fourth round
    "blind-slice-187.jsonl",  # declared read for the sixty-fourth pass's fifth round
    "blind-slice-188.jsonl",  # declared read for the sixty-fourth pass's fifth round
    "blind-slice-189.jsonl",  # declared read for the sixty-fifth pass
    "blind-slice-190.jsonl",  # declared read for the sixty-fifth pass
    "blind-slice-191.jsonl",  # declared read for the sixty-fifth pass's second round
    "blind-slice-192.jsonl",  # declared read for the sixty-fifth pass's second round
    "blind-slice-193.jsonl",  # declared read for the sixty-fifth pass's third round
    "blind-slice-194.jsonl",  # declared read for the sixty-fifth pass's third round
    "blind-slice-195.jsonl",  # declared read for the sixty-fifth pass's fourth round
    "blind-slice-196.jsonl",  # declared read for the sixty-fifth pass's fourth round
    "blind-slice-197.jsonl",  # declared read for the sixty-sixth pass
    "blind-slice-198.jsonl",  # declared read for the sixty-sixth pass
    "blind-slice-199.jsonl",  # declared read for the sixty-sixth pass
    "blind-slice-200.jsonl",  # declared read for the sixty-sixth pass
    "blind-slice-201.jsonl",  # declared read for the sixty-sixth pass's second round
    "blind-slice-202.jsonl",  # declared read for the sixty-sixth pass's second round
    "blind-slice-203.jsonl",  # declared read for the sixty-sixth pass's third round
    "blind-slice-204.jsonl",  # declared read for the sixty-sixth pass's third round
    "blind-slice-205.jsonl",  # declared read for the sixty-seventh pass
    "blind-slice-206.jsonl",  # declared read for the sixty-seventh pass
    "blind-slice-207.jsonl",  # declared read for the sixty-seventh pass's second round
    "blind-slice-208.jsonl",  # declared read for the sixty-seventh pass's second round
    "blind-slice-209.jsonl",  # declared read for the sixty-seventh pass's third round
    "blind-slice-210.jsonl",  # declared read for the sixty-seventh pass's third round
    "written-13.jsonl",  # not a slice: training mail written in the thirteenth pass, never a test
    "written-14.jsonl",  # the same, a second batch (mostly English), thirteenth pass
    "written-15.jsonl",  # the same, a third batch (sectors and formats), thirteenth pass
    "written-16.jsonl",  # training mail, fourth batch (recall kinds), fifteenth pass
    "written-17.jsonl",  # training mail, fifth batch (precision kinds), fifteenth pass
    "written-18.jsonl",  # training mail, sixth batch (long-tail rejections), fifteenth pass
    "written-19.jsonl",  # training mail, seventh batch (other languages), fifteenth pass
    "written-20.jsonl",  # training mail, eighth batch (breadth of kinds), seventeenth pass
    "written-21.jsonl",  # training mail, ninth batch (languages ahead of the slices), 18th pass
    "written-22.jsonl",  # training mail, tenth batch (English in new words, as twins), 19th pass
    "written-23.jsonl",  # training mail, eleventh batch (mt, eu, ga, lb, familiar register), 19th
    "written-24.jsonl",  # training mail, twelfth batch (slice 18's new languages), 20th pass
    "written-25.jsonl",  # training mail, thirteenth batch (slice 19's new languages), 21st pass
    "written-26.jsonl",  # training mail, fourteenth batch (slice 19's kinds in languages read)
    "written-27.jsonl",  # training mail, fifteenth batch (breadth before the fact), 21st pass
    "written-28.jsonl",  # training mail, sixteenth batch (other mail in new shapes), 21st pass
    "written-29.jsonl",  # training mail, seventeenth batch (ordinary ATS mail), 22nd pass
    "written-30.jsonl",  # training mail, eighteenth batch (the kinds still missed), 23rd pass
    "written-31.jsonl",  # training mail, nineteenth batch (breadth: trades, channels,
    # languages, non-job refusals), 23rd pass
    "written-32.jsonl",  # training mail, twentieth batch (Indian, Nigerian, South African,
    # Australian, Singaporean English: refusals and twins), 24th pass
    "written-33.jsonl",  # training mail, twenty-first batch (breadth: odd trades and channels,
    # twenty-five languages, twins), 24th pass
    "written-34.jsonl",  # training mail, twenty-second batch (the kinds in new shapes,
    # English from fifteen places, creoles and regional languages, twins), 25th pass
    "written-35.jsonl",  # training mail, twenty-third batch (the issue's own kinds in US, UK,
    # Canadian, Irish and Australian mail, new wordings and shapes, twins), 25th pass
    "written-36.jsonl",  # training mail, twenty-fourth batch (breadth: odd trades and channels,
    # twenty-one languages, twins), 25th pass
    "written-37.jsonl",  # training mail, twenty-fifth batch (threads, forwards, hedges, schemes,
    # recruiters, bare statuses, public sector in nine Englishes, twins), 26th pass
    "written-38.jsonl",  # training mail, twenty-sixth batch (hostile non-rejections: receipts,
    # pools, statuses, non-job refusals, staff news, apologetic invitations; refusal twins), 26th
    "written-39.jsonl",  # training mail, twenty-seventh batch (breadth of languages: thirty
    # Latin- and Cyrillic-script languages new to the project, refusals and twins), 26th pass
    "written-40.jsonl",  # training mail, twenty-eighth batch (breadth: trades and channels no
    # slice or batch used, UK/IE/US/CA/AU/NZ/ZA/IN/Caribbean English, twins), 26th pass
    "written-41.jsonl",  # training mail, twenty-ninth batch (two-line notes, small HR platforms,
    # screens, attachments, small-office threads, public bodies, recruiters, twins), 27th pass
    "written-42.jsonl",  # training mail, thirtieth batch (precision: hostile non-rejections in
    # nine Englishes and six languages, refusal twins from the same senders), 27th pass
    "written-43.jsonl",  # training mail, thirty-first batch (breadth of languages: thirty
    # regional and minority languages new to the project, refusals and twins), 27th pass
    "written-44.jsonl",  # training mail, thirty-second batch (breadth: sixty more trades and six
    # channels no slice or batch used, nine Englishes, twins), 27th pass
    "written-46.jsonl",  # training mail, thirty-fourth batch (breadth of languages: thirty
    # regional, minority and creole languages new to the project, refusals and twins), 28th pass
    "written-47.jsonl",  # training mail, thirty-fifth batch (breadth: sixty more trades and six
    # channels no slice or batch used, nine Englishes, twins), 28th pass
    "written-48.jsonl",  # training mail, thirty-sixth batch (precision: hostile non-rejections
    # in new wordings and six new channels, nine Englishes, six languages, twins), 28th pass
    "written-45.jsonl",  # training mail, thirty-third batch (long footers, campus and public-sector
    # ATS, chains, screens, attachments, threads, recruiters, hedges, twins), 28th pass
    "written-49.jsonl",  # training mail, thirty-seventh batch (long footers, campus and public
    # notices, texts, threads, screens, attachments, recruiters, hedges, twins), 29th pass
    "written-50.jsonl",  # training mail, thirty-eighth batch (breadth of languages: thirty
    # regional, minority and constructed languages new to the project, refusals, twins), 29th pass
    "written-51.jsonl",  # training mail, thirty-ninth batch (precision: hostile non-rejections in
    # new wordings, portal, agency, chat-app and voicemail shells, six languages, twins), 29th pass
    "written-52.jsonl",  # training mail, fortieth batch (recall: the kinds held-out slices 80-83
    # missed, e.g. a place gone to someone else with no negation, in 25 languages; twins), 51st pass
)
SLICE_FAMILY_PREFIX = "blind"
# A read slice's message counts this many times in every fit: each is written in its own words,
# far more varied than a template family's (twelfth pass: weights 1, 2, 3 tried, § 7).
READ_SLICE_WEIGHT = 2.0
# Families in data/*.jsonl the shipped model is not trained on, by prefix. Twelfth pass: d12's
# families (twins in the same skeletons as their rejections, in ten languages) pinned the filing
# threshold at 0.989 (grouped-CV recall 0.63, dev-eval recall 0.76, against 0.91 and 0.97
# without them; docs/model.md § 7): left out until the features can tell those twins apart.
# Thirteenth pass: the readings of the ten languages tell them apart (every rejection of d12's
# language families reads a decision, no twin does), so those are trained on (filing 0.8466 ->
# 0.8464, dev-eval recall 0.970 -> 0.978); d12's English families still lift the filing
# threshold (0.934 with all of them, 0.870 without the long warm letters' pair, dev-eval recall
# 0.956) and stay out.
LEFT_OUT_FAMILIES = ("d12-en-",)


@dataclass(frozen=True)
class Example:
    """One labelled training record."""

    id: str
    subject: str
    body: str
    sender: str
    label: str
    kind: str
    family: str


def json_objects(lines: Iterable[str], name: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(``name:line``, object) for every non-blank line; InputError naming the line if one is
    not a JSON object. The one JSONL reader: training data, `classify` input, sample mail."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{where}: not valid JSON ({e.msg} at column {e.colno})") from None
        if not isinstance(record, dict):
            raise InputError(f"{where}: expected a JSON object, got {type(record).__name__}")
        yield where, record


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Every object in a JSONL file; InputError if the file cannot be read or a line is bad."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot read: {e}") from e
    return [record for _, record in json_objects(text.splitlines(), str(path))]


def _example(record: dict[str, Any], where: str) -> Example:
    missing = [key for key in REQUIRED_KEYS if key not in record]
    if missing:
        raise InputError(f"{where}: missing key(s) {', '.join(missing)}")
    not_text = [key for key in REQUIRED_KEYS if not isinstance(record[key], str)]
    if not_text:
        raise InputError(f"{where}: key(s) {', '.join(not_text)} must be strings")
    if record["label"] not in LABELS:
        raise InputError(
            f"{where}: label {record['label']!r} is not one of {', '.join(sorted(LABELS))}"
        )
    if not record["id"] or not record["family"]:
        raise InputError(f"{where}: id and family must not be empty")
    return Example(**{key: record[key] for key in REQUIRED_KEYS})


def read_examples(paths: Iterable[Path]) -> list[Example]:
    """Read every example from the JSONL files, in order; blank lines are skipped.

    Raises InputError with ``file:line`` for unreadable files, malformed lines, missing keys,
    unknown labels and ids seen twice.
    """
    examples: list[Example] = []
    seen: dict[str, str] = {}
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise InputError(f"{path}: cannot read training data: {e}") from e
        for where, record in json_objects(text.splitlines(), str(path)):
            example = _example(record, where)
            if example.id in seen:
                raise InputError(f"{where}: id {example.id!r} already used at {seen[example.id]}")
            seen[example.id] = where
            examples.append(example)
    return examples


def training_examples(paths: Iterable[Path]) -> list[Example]:
    """read_examples, without the families LEFT_OUT_FAMILIES names: what the shipped model and a
    user's retrained one are trained on."""
    return [e for e in read_examples(paths) if not e.family.startswith(LEFT_OUT_FAMILIES)]


def default_data_files(data_dir: Path) -> list[Path]:
    """The training files: ``data_dir/*.jsonl`` sorted by name, then the READ_SLICES found under
    ``data_dir/blind/`` in that order. No other file of data/blind/ is ever among them."""
    read = [data_dir / "blind" / name for name in READ_SLICES]
    return sorted(data_dir.glob("*.jsonl")) + [path for path in read if path.is_file()]


def example_weights(examples: Sequence[Example]) -> list[float] | None:
    """Each example's weight in training: READ_SLICE_WEIGHT for a read slice's message, 1 for
    the rest; None when all are 1 (a corpus without slices trains exactly as before)."""
    weights = [
        READ_SLICE_WEIGHT if e.family.startswith(SLICE_FAMILY_PREFIX) else 1.0 for e in examples
    ]
    return weights if any(w != 1.0 for w in weights) else None


def data_hash(paths: Iterable[Path]) -> str:
    """sha256 over the training files' bytes, taken in sorted path order."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.read_bytes())
    return digest.hexdigest()
