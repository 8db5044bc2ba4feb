"""Interview invitations and scheduling mail, including apologetic rescheduling.
Kind ``interview``; written to data/interviews.jsonl."""
