"""Next steps in a live application: assessments, missing documents, references, checks.
Kind ``next_steps``; written to data/next_steps.jsonl."""
