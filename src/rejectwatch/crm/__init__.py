"""What rejectwatch records and writes about an application.

Owns extraction of company and role (``extract``, the entry point, putting together
``company`` with ``company_prose`` and ``schemes``, ``position``, ``person``, ``reason``,
``domains`` and ``text``; ``decorations``, ``senders`` with its catalogue ``senders.toml``),
a subject without its reply and gateway marks (``subjects``),
a person's name in reading order and case (``names``), where a job is (``places``), contacts
(``contacts``, ``linkedin``), reply drafts (``reply``, in the rejection's language:
``reply_languages``), applications and ghosting
(``applications``), the CRM rows (``records``), their SQLite tables (``tables``) and the HTML
report (``report``).

May import: ``rejectwatch.errors``, ``rejectwatch.state``, ``rejectwatch.mail.message`` and
``rejectwatch.crm.*``; never ``rejectwatch.mail.mailbox`` (the CRM never talks to the server),
the pipeline, the CLI or ``rejectwatch.testing``. The pure modules (all but ``tables`` and
``report``) import no adapter: no sqlite3, no ``rejectwatch.state``.
"""
