"""Who wrote a message: a person, a shared team inbox at the employer, or a machine.

Public API (other modules call only these):

* ``is_machine(address)``: nobody reads replies to it (an applicant-tracking system, a job
  board, a no-reply or notification mailbox, or "").
* ``is_team_inbox(address)``: a shared inbox at the employer's own domain (careers@,
  recruiting@): a last resort for a reply, never preferred to a person.
* ``employer_domain(address)``: the employer's own mail domain for an address, "" when the
  domain belongs to a hiring tool, a relay or a free-mail provider.

This first version delegates to the address rules in ``extract``; the catalogue of hiring
tools as data replaces them (issue 10).
"""

from __future__ import annotations

from rejectwatch.extract import _GENERIC_LOCALS, is_no_reply, is_service_domain

__all__ = ["employer_domain", "is_machine", "is_team_inbox"]


def _split(address: str) -> tuple[str, str]:
    local, _, domain = address.strip().lower().rpartition("@")
    return local, domain


def is_machine(address: str) -> bool:
    """True when a reply to *address* reaches no person."""
    local, domain = _split(address)
    if not local or not domain:
        return True
    return is_no_reply(address) or is_service_domain(domain)


def is_team_inbox(address: str) -> bool:
    """True for a shared inbox (careers@, recruiting@...) at the employer's own domain."""
    local, domain = _split(address)
    base = local.split("+", 1)[0]
    return bool(domain) and not is_machine(address) and base in _GENERIC_LOCALS


def employer_domain(address: str) -> str:
    """The employer's own domain for *address*; "" for hiring tools, relays and free mail."""
    _, domain = _split(address)
    if not domain or is_service_domain(domain):
        return ""
    return domain
