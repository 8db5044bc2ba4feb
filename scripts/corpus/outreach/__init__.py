"""Other job mail: job alerts, recruiter outreach, withdrawals, declined offers, referrals.
Kinds ``job_alert``, ``recruiter_outreach``, ``other_job``; written to data/outreach_alerts.jsonl."""
