"""Throwaway IMAP servers and sample mail, for the test suite and ``rejectwatch demo``.

Owns the throwaway Dovecot (``dovecot``), Cyrus and Courier unpacked from Debian packages
(``unpacked``) and the sample inbox (``samples``). Never imported by the product, except
lazily by ``rejectwatch.cli.demo``.

May import: ``rejectwatch.errors``, ``rejectwatch.settings``, ``rejectwatch.mail``,
``rejectwatch.model.corpus`` and ``rejectwatch.testing.*``.
"""
