"""Ties mail, model and CRM together.

Owns the scan (``scan``, with its classifying ``workers``), the search of the mailbox's history for
whom to thank (``history``), the review queue (``review_queue``), retraining from the user's folders
(``retrain``), the daemon (``daemon``), the sender of a reply draft (``draft_from``) and the
wiring of settings, mailbox, model and stores for one run (``wiring``).

May import anything in rejectwatch except ``rejectwatch.cli`` and ``rejectwatch.testing``.
"""
