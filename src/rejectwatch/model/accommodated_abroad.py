"""The post filled by another, in languages read slices 159 and 160 refused in (issue 11,
sixty-second pass, first round). Each is written for its shape, not its sentence:

* Bengali "পদটি এখন অন্য লোকে পূরণ করেছে" (the post has now been filled by another person),
  "কাজটি অন্য একজনকে দেওয়া হয়েছে" (the job has been given to another);
* Thai "ทางร้านตกลงรับช่างอีกคน…แล้ว" (the shop has agreed to take another craftsman), "ได้เลือก
  ผู้สมัครอีกท่านแล้ว" (has chosen another applicant); never "จะรับ…อีกคน", will take one more.

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_FILLED_BY_ANOTHER = re.compile(
    # Bengali: the post / job … another person has filled, taken or been given it
    r"(?:পদটি|পদটা|পদে|চাকরিটি|চাকরিটা|কাজটি|কাজটা)[^.।!?\n]{0,40}?(?:অন্য|আরেক)(?: একজন)?"
    r"(?: লোকে| লোক| লোককে| জনকে| কেউ| কাউকে| একজনকে| প্রার্থী| প্রার্থীকে)?[^.।!?\n]{0,20}?"
    r"(?:পূরণ করেছে|পূরণ করেছেন|পূরণ হয়েছে|নিয়েছে|নিয়েছেন|নেওয়া হয়েছে|দেওয়া হয়েছে|পেয়েছে|"
    r"পেয়েছেন)"
    # Thai: agreed to take, or has chosen or hired, another [craftsman, person, applicant]
    r"|(?<!จะ)(?:ตกลง|ได้)(?:รับ|เลือก|จ้าง)(?:ช่าง|คน|ผู้สมัคร|พนักงาน|น้อง|พี่)?[ก-๛]{0,12}?"
    r"อีก(?:คน|ท่าน|ราย)"
)

READINGS = readings(("chose_other", _FILLED_BY_ANOTHER))
