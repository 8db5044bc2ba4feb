"""Time message.parse on a typical ~3 KB rejection and on an HTML newsletter.

Usage: python scripts/bench_parse.py [--rounds N]
Prints the mean and best time per message; not a test, just a number to watch.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from rejectwatch.crm.extract import extract
from rejectwatch.mail.message import parse

TYPICAL = (
    b"Return-Path: <priya.shah@acme.com>\r\n"
    + b"".join(
        f"Received: from mx{i}.acme.com (mx{i}.acme.com [10.0.0.{i}]) by mx.example.org "
        f"with ESMTPS id abc{i}; Tue, 04 Jun 2024 09:12:4{i} -0700\r\n".encode()
        for i in range(6)
    )
    + b"DKIM-Signature: v=1; a=rsa-sha256; d=acme.com; s=sel; h=from:to:subject:date;\r\n"
    b" bh=" + b"A" * 44 + b"; b=" + b"B" * 340 + b"\r\n"
    b"From: Priya Shah <priya.shah@acme.com>\r\n"
    b"To: Sam Lee <sam@example.org>\r\n"
    b"Subject: =?utf-8?q?Your_application_to_Acme_=E2=80=93_Senior_Data_Analyst?=\r\n"
    b"Date: Tue, 04 Jun 2024 09:12:44 -0700\r\n"
    b"Message-ID: <20240604161244.4411@mail.acme.com>\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: multipart/alternative; boundary=ALT\r\n\r\n"
    b"--ALT\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
    + b"Hi Sam,\r\n\r\nThank you for applying for the Senior Data Analyst position at Acme.\r\n"
    + b"We read every application carefully and this was a difficult decision.\r\n" * 8
    + b"\r\nBest,\r\nPriya Shah\r\nTalent Partner\r\n"
    b"--ALT\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Hi Sam,</p>"
    + b"<p>We read every application carefully and this was a difficult decision.</p>" * 8
    + b"\r\n--ALT--\r\n"
)

NEWSLETTER = (
    b"From: Globex News <news@globex.com>\r\nTo: sam@example.org\r\n"
    b"Subject: This week at Globex\r\nMessage-ID: <nl-1@globex.com>\r\n"
    b"List-Id: <news.globex.com>\r\nPrecedence: bulk\r\nMIME-Version: 1.0\r\n"
    b"Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n"
    b"\r\n<html><head><style>td{padding:0}</style></head><body>"
    + b'<table width=3D"600"><tr><td><h2>Story headline</h2><p>Some story text with a '
    b'<a href=3D"https://globex.example/s">link</a> and more words in the line.</p>'
    b'<img src=3D"https://globex.example/i.png"></td></tr></table>\r\n'
    * 120
    + b"</body></html>\r\n"
)


def bench(name: str, func: Callable[[], object], rounds: int) -> None:
    for _ in range(min(rounds, 50)):  # warm caches
        func()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        func()
        samples.append(time.perf_counter() - start)
    mean_us = statistics.fmean(samples) * 1e6
    best_us = min(samples) * 1e6
    print(f"{name:<36} mean {mean_us:8.1f} us   best {best_us:8.1f} us")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=2000)
    rounds = parser.parse_args().rounds
    print(f"typical message: {len(TYPICAL)} bytes; newsletter: {len(NEWSLETTER)} bytes")
    bench("parse(typical)", lambda: parse(TYPICAL), rounds)
    bench("parse(newsletter, HTML only)", lambda: parse(NEWSLETTER), rounds // 4 or 1)
    mail = parse(TYPICAL)
    bench("extract(typical)", lambda: extract(mail), rounds)


if __name__ == "__main__":
    main()
