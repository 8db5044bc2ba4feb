"""The voice of the ctx-* families: greetings and sign-offs.

The families are in non_job/formal_declines.py, rejections/understated.py. The note of the pass that wrote them follows.

Context families (written for rejectwatch, issue 3, third pass).

Grouped cross-validation showed the filing threshold being set by non-job mail that reads
exactly like a rejection letter ("we regret to inform you that your application has not been
successful") but is about a flat, a grant, a loan, a talk or a pull request. To make the model
lean on JOB context (role, candidate, hiring, interview, CV, recruiter) rather than on the
rejection words themselves, this module adds:

* NON_JOB_FAMILIES: declines of things that are not jobs, phrased like rejection letters, with
  no role, position, candidate, hiring or CV in them;
* REJECTION_FAMILIES: job rejections that carry plenty of job context but little of the
  classic rejection vocabulary ("we've filled the role", "the hiring manager chose someone
  else").

Every sentence, greeting and sign-off here was written fresh for this module; nothing is taken
from the other corpus modules' sentence lists. Organisation names are invented. The families
are declared with voices.base_letters.fam (see voices/base_letters.py for the slot syntax).
"""

from __future__ import annotations

NJ = "non_job_rejection_words"
REJ = "rejection"

# --- greetings and sign-offs written for this module ------------------------------------------
GREET = [
    "Dear {first},",
    "Hi {first},",
    "Hello {first},",
    "Dear {first} {last},",
    "Dear {title} {last},",
    "{first},",
    "",
]
GREET_FORMAL = ["Dear {title} {last},", "Dear {first} {last},", "Dear Applicant,", "Dear {first},"]
GREET_CASUAL = ["Hi {first},", "Hey {first},", "{first} -", "Hi {first}!", "Hi there,", ""]
SIGN = [
    "Best regards,\n{rfull}",
    "Kind regards,\n{rfirst}",
    "With best wishes,\n{rfull}",
    "Thanks again,\n{rfirst}",
    "Yours sincerely,\n{rfull}",
    "{rfirst}",
]
