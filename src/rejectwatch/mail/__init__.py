"""The Mail value and the IMAP server.

Owns parsing raw bytes into a ``Mail`` (``message``, pure), the IMAP adapter (``mailbox``, the
only module in rejectwatch that imports imapclient) and the review marks kept on the server
(``review_marks``).

May import: ``rejectwatch.errors``, ``rejectwatch.settings``, ``rejectwatch.logs`` and
``rejectwatch.mail.*``; never the CRM, the model, the pipeline or the CLI.
"""
