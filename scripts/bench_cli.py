"""Whole-process timings of the commands a person types, beside a bare FETCH and `python -c pass`.

For each mailbox size (default 1,000, 10,000 and 100,000; fewer with --sizes) it seeds a
throwaway local Dovecot with a deterministic mix of real-sized mail, then runs, each as its own
process (`python -m rejectwatch ...`, start-up included):

- `python -c pass` and `rejectwatch --help` (the floor and the cost of starting at all);
- importing the classifier (`python -c "import rejectwatch.model.classifier"`: what every
  classifying command and every scan worker pays before it reads a message) and `rejectwatch
  classify` of a file of three messages (the whole command: start-up, model, three scores);
- a first `scan` (every message: fetch, parse, classify, act), its CPU time and peak RSS, and
  Dovecot's CPU meanwhile (its processes' times from /proc: the server's side of the work);
- a second `scan` with nothing new (one STATUS);
- `rejectwatch rejections` (read the CRM the first scan wrote);
- the bare FETCH: one `UID FETCH 1:* (BODY.PEEK[])` of the same messages (imapclient).

Bytes fetched per message: the total is what Dovecot itself logged as sent during the scan's
sessions (`out=` of its logout lines), divided by the messages; the p95 comes from the scan's
own `message.handled` events (`fetched` field) when it writes them, else from the message sizes
capped at the old 256 KiB fetch.

The mix per 1,000 messages: 450 SpamAssassin ham bodies as they are (../shared/corpus), 380
messages of our own corpus (data/, ~2.5% rejections), 100 HTML newsletters (30-80 KB, styles in
the head), 40 long threads (10-60 KB of quoted replies), 30 messages with an attachment
(30-300 KB of base64).

The mail is dated over the last 180 days (the default first-scan window), so the rejections of
the last two weeks get a reply draft, as in a real first scan.

Usage: python scripts/bench_cli.py [--sizes 1000,10000,100000] [--src DIR ...] [--repeat 3]
                                  [--source-only]
(--src, repeated, runs several source trees side by side on the same mail, e.g. an export of
an older commit next to this one: before and after in one run, under the same load.)

Each tree runs from a copy (its src/ and the models/ beside it) with every module compiled to
bytecode first, as `pip install` leaves an installed copy. A checkout run with
PYTHONDONTWRITEBYTECODE=1 set (as on the shared development machine) has no __pycache__, and
every process compiles our sources again: about 0.15-0.2 s more CPU for a first scan, most of
it before the workers start. --source-only measures that way (the figures of sessions 6-10).
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import imapclient
from imapclient.response_parser import parse_fetch_response

from rejectwatch.testing import samples
from rejectwatch.testing.dovecot import DovecotServer

REPO = Path(__file__).resolve().parents[1]
HAM = REPO.parent.parent / "shared" / "corpus" / "ham-spamassassin.jsonl"
if not HAM.exists():
    HAM = Path("/work/shared/corpus/ham-spamassassin.jsonl")
OLD_CAP = 262_144
MIX = {"ham": 450, "corpus": 380, "newsletter": 100, "thread": 40, "attachment": 30}
CORPUS_MIX = {  # our own corpus, per 380
    "ham": 150,
    "job_alert": 40,
    "recruiter_outreach": 30,
    "application_received": 50,
    "interview": 20,
    "next_steps": 15,
    "offer": 5,
    "non_job_rejection_words": 45,
    "rejection": 25,
}
WORDS = (
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "is",
    "that",
    "for",
    "it",
    "as",
    "was",
    "with",
    "be",
    "by",
    "on",
    "not",
    "he",
    "this",
    "are",
    "or",
    "his",
    "from",
    "at",
    "which",
    "but",
    "have",
    "an",
    "they",
    "you",
    "were",
    "her",
    "she",
    "there",
    "been",
    "one",
    "all",
    "we",
    "their",
    "has",
    "would",
    "when",
    "if",
    "meeting",
    "project",
    "update",
    "quarter",
    "market",
    "design",
    "team",
    "release",
    "support",
    "customer",
    "report",
)


# --------------------------------------------------------------------------- the mail


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _headers(rng: random.Random, n: int, sender: str, subject: str, when: datetime) -> str:
    received = "".join(
        f"Received: from mx{i}.example.net (mx{i}.example.net [192.0.2.{i}]) by "
        f"mx.example.org with ESMTPS id {rng.getrandbits(48):x}; "
        f"{when.strftime('%a, %d %b %Y %H:%M:%S +0000')}\r\n"
        for i in range(rng.randint(2, 7))
    )
    dkim = (
        "DKIM-Signature: v=1; a=rsa-sha256; d=example.net; s=s1; h=from:to:subject:date;\r\n"
        f" bh={base64.b64encode(rng.randbytes(32)).decode()};\r\n"
        f" b={base64.b64encode(rng.randbytes(256)).decode()}\r\n"
    )
    return (
        received
        + dkim
        + f"From: {sender}\r\nTo: alex.applicant@example.test\r\nSubject: {subject}\r\n"
        f"Date: {when.strftime('%a, %d %b %Y %H:%M:%S +0000')}\r\n"
        f"Message-ID: <bench-{n}-{rng.getrandbits(40):x}@example.net>\r\nMIME-Version: 1.0\r\n"
    )


def newsletter(rng: random.Random, n: int, when: datetime) -> bytes:
    style = "".join(f".c{i}{{padding:{i}px;color:#{i:06x}}}\n" for i in range(rng.randint(50, 300)))
    stories = "".join(
        f'<table width="600"><tr><td class="c{i}"><h2>{_sentence(rng, 6)}</h2>'
        f'<p>{_sentence(rng, 40)} <a href="https://news.example.net/s/{i}?utm=x">Read more</a>'
        f'</p><img src="https://news.example.net/i/{i}.png" width="600"></td></tr></table>\n'
        for i in range(rng.randint(30, 90))
    )
    html = f"<html><head><style>{style}</style></head><body>{stories}</body></html>"
    plain = re.sub(r"<[^>]+>", " ", stories)
    head = _headers(rng, n, "Weekly News <news@news.example.net>", _sentence(rng, 5), when)
    head += "List-Id: <weekly.news.example.net>\r\nPrecedence: bulk\r\n"
    if rng.random() < 0.5:  # HTML only
        return (head + "Content-Type: text/html; charset=utf-8\r\n\r\n" + html).encode()
    return (
        head + 'Content-Type: multipart/alternative; boundary="ALT"\r\n\r\n'
        "--ALT\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + plain + "\r\n"
        "--ALT\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n--ALT--\r\n"
    ).encode()


def thread(rng: random.Random, n: int, when: datetime) -> bytes:
    body = ""
    for depth in range(rng.randint(8, 40)):
        said = "\r\n".join(_sentence(rng, 14) for _ in range(rng.randint(3, 12)))
        quoted = "\r\n".join("> " + line for line in body.splitlines())
        body = f"{said}\r\n\r\nOn Mon, someone{depth} wrote:\r\n{quoted}"
        if len(body) > 60_000:
            break
    head = _headers(rng, n, "Pat Colleague <pat@example.net>", "Re: " + _sentence(rng, 4), when)
    return (head + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n").encode()


def attachment(rng: random.Random, n: int, when: datetime) -> bytes:
    data = base64.encodebytes(rng.randbytes(rng.randint(22_000, 225_000))).decode()
    head = _headers(rng, n, "Sam Sender <sam@example.net>", "The file you asked for", when)
    return (
        head + 'Content-Type: multipart/mixed; boundary="MIX"\r\n\r\n'
        "--MIX\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + "\r\n".join(_sentence(rng, 12) for _ in range(5))
        + "\r\n--MIX\r\nContent-Type: application/pdf; name=report.pdf\r\n"
        "Content-Disposition: attachment; filename=report.pdf\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n" + data.replace("\n", "\r\n") + "--MIX--\r\n"
    ).encode()


def build_mail(count: int, seed: int = 13) -> list[bytes]:
    rng = random.Random(seed)
    ham = [json.loads(line) for line in HAM.read_text(encoding="utf-8").splitlines()]
    records = samples.read_records(sorted((REPO / "data").glob("*.jsonl")))
    by_kind: dict[str, list[dict[str, object]]] = {}
    for r in records:
        by_kind.setdefault(str(r["kind"]), []).append(r)
    corpus_kinds = [k for k, v in CORPUS_MIX.items() for _ in range(v)]
    slots = [k for k, v in MIX.items() for _ in range(v)]
    span = timedelta(days=180)
    start = datetime.now(UTC) - span
    out: list[bytes] = []
    for n in range(count):
        when = start + span * (n / count)
        kind = slots[n % len(slots)]
        if kind in ("ham", "corpus"):
            if kind == "ham":
                record = dict(ham[rng.randrange(len(ham))])
            else:
                pool = by_kind[corpus_kinds[(n // len(slots) * 7 + n) % len(corpus_kinds)]]
                record = dict(pool[rng.randrange(len(pool))])
            record["id"] = f"bench-{n}-{record['id']}"  # a unique Message-ID
            out.append(samples.to_message(record, when=when))
        elif kind == "newsletter":
            out.append(newsletter(rng, n, when))
        elif kind == "thread":
            out.append(thread(rng, n, when))
        else:
            out.append(attachment(rng, n, when))
    rng.shuffle(out)
    return out


# --------------------------------------------------------------------------- the processes


class Run:
    def __init__(self, seconds: float, cpu: float, rss_mb: float, stdout: str) -> None:
        self.seconds, self.cpu, self.rss_mb, self.stdout = seconds, cpu, rss_mb, stdout


# Linux reports a child's peak RSS as at least its parent's at fork time (the hiwater mark of
# the address space the child exec'ed away from), and this process holds all the mail: a tiny
# launcher process starts each command instead, times it and reports its rusage.
_LAUNCHER = """
import json, os, sys, time
started = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as f:
    json.dump([time.perf_counter() - started, os.waitstatus_to_exitcode(status),
               usage.ru_utime + usage.ru_stime, usage.ru_maxrss], f)
"""


def run(argv: Sequence[str], env: dict[str, str], cwd: str, stderr_path: Path | None = None) -> Run:
    with tempfile.TemporaryDirectory() as tmp:
        result = Path(tmp) / "result.json"
        out = Path(tmp) / "stdout"
        err = stderr_path or Path(tmp) / "stderr"
        with out.open("w") as out_f, err.open("w") as err_f:
            subprocess.run(
                [sys.executable, "-S", "-c", _LAUNCHER, str(result), *argv],
                env=env,
                cwd=cwd,
                stdout=out_f,
                stderr=err_f,
                check=True,
            )
        seconds, code, cpu, maxrss_kb = json.loads(result.read_text())
        text = out.read_text()
        if code != 0:
            raise RuntimeError(
                f"{' '.join(argv)} exited {code}: {text[-500:]} {err.read_text()[-2000:]}"
            )
    return Run(seconds, cpu, maxrss_kb / 1024, text)


def bare_fetch(server: DovecotServer, user: str) -> tuple[float, list[int]]:
    client = imapclient.IMAPClient(server.host, port=server.port, ssl=False)
    client.login(user, server.password)
    client.select_folder("INBOX", readonly=True)
    started = time.perf_counter()
    # One UID FETCH 1:* for all of them, parsed as imapclient's fetch() parses (its fetch()
    # wants the UIDs listed, and Dovecot refuses a list of 100,000 as too long).
    imap = client._imap
    tag = imap._command("UID", "FETCH", "1:*", "(BODY.PEEK[])")
    typ, lines = imap._command_complete("FETCH", tag)
    typ, lines = imap._untagged_response(typ, lines, "FETCH")
    data = parse_fetch_response(lines, client.normalise_times, True)
    elapsed = time.perf_counter() - started
    sizes = [len(v[b"BODY[]"]) for v in data.values()]
    del data
    client.logout()
    return elapsed, sizes


_OUT_RE = re.compile(r"imap\((?P<user>[^)]+)\).*?Logged out .*?out=(?P<out>\d+)")


def server_cpu(server: DovecotServer) -> float:
    """CPU seconds Dovecot's processes have used so far: the master's, the children it has
    reaped (a finished session's imap process) and the ones still running."""
    process = server._process
    if process is None:
        return 0.0
    ticks = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # gone meanwhile
            continue
        pid, parent = int(stat.parent.name), int(fields[1])
        if pid == process.pid:
            ticks += sum(int(f) for f in fields[11:15])  # utime stime cutime cstime
        elif parent == process.pid:
            ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def server_bytes_out(log_text: str, user: str) -> int:
    return sum(int(m["out"]) for m in _OUT_RE.finditer(log_text) if m["user"] == user)


def fetched_per_message(log_path: Path) -> list[int]:
    sizes = []
    for line in log_path.read_text(encoding="utf-8", errors="replace").splitlines():
        if '"message.handled"' in line:
            event = json.loads(line)
            if "fetched" in event:
                sizes.append(int(event["fetched"]))
    return sizes


def p95(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[int(0.95 * (len(ordered) - 1))] if ordered else float("nan")


class Figures:
    """One source tree's figures at one size."""

    def __init__(self) -> None:
        self.runs: dict[str, Run] = {}
        self.fetch_s = 0.0
        self.examined = 0
        self.mean_kb = 0.0
        self.p95_kb = 0.0
        self.server_cpu = 0.0  # Dovecot's CPU seconds during the first scan
        self.note = ""


def environment(server: DovecotServer, user: str, src: str, data_dir: Path) -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("REJECTWATCH_")},
        "PYTHONPATH": src,
        **server.settings_env(user, data_dir),
        "REJECTWATCH_FIRST_SCAN_DAYS": "0",
    }


def first_scan(
    server: DovecotServer, user: str, env: dict[str, str], work: Path, figures: Figures
) -> None:
    """Seeded already: the bare FETCH, then a first scan of the same messages."""
    rw = [sys.executable, "-m", "rejectwatch"]
    figures.fetch_s, sizes = bare_fetch(server, user)
    time.sleep(1)  # Dovecot logs a logout a moment after it: keep the bare FETCH's out
    log_before = server.log_path.read_text(encoding="utf-8", errors="replace")
    scan_log = work / f"{user}.log"
    server_before = server_cpu(server)
    figures.runs["first scan"] = run([*rw, "scan", "--json"], env, str(work), scan_log)
    time.sleep(1)
    figures.server_cpu = server_cpu(server) - server_before
    log_after = server.log_path.read_text(encoding="utf-8", errors="replace")
    sent = server_bytes_out(log_after[len(log_before) :], user)
    report = json.loads(figures.runs["first scan"].stdout)
    figures.examined = int(report.get("examined", 0))
    counts = report.get("counts", {})
    per_message = fetched_per_message(scan_log)
    source = "scan events"
    if not per_message:
        per_message, source = [min(s, OLD_CAP) for s in sizes], "sizes capped at 256 KiB"
    figures.mean_kb = sent / max(figures.examined, 1) / 1e3
    figures.p95_kb = p95(per_message) / 1e3
    figures.note = (
        f"p95 from {source}; filed {counts.get('file', '?')}, review {counts.get('review', '?')}"
        f", drafts {report.get('drafts', '?')}"
    )


# the file `rejectwatch classify` reads: a refusal, a confirmation, other mail (our own words)
_THREE = [
    {
        "id": "1",
        "subject": "Your application to Harbour Logistics",
        "body": "Dear Sam,\n\nThank you for your interest in the planner role. After careful "
        "review we have decided not to move forward with your application.\n\nKind regards,\n"
        "Talent team",
        "sender": "Harbour Logistics <jobs@harbour.example>",
    },
    {
        "id": "2",
        "subject": "We received your application",
        "body": "Hi Sam, thanks for applying for the analyst position. Our team will review "
        "your application and contact you if your profile matches.",
        "sender": "careers@northwind.example",
    },
    {
        "id": "3",
        "subject": "Lunch on Friday?",
        "body": "Are you free for lunch on Friday? The new place by the station opened.",
        "sender": "Alex <alex@example.org>",
    },
]


def measure(
    server: DovecotServer, size: int, srcs: list[str], repeat: int, work: Path, *, flip: bool
) -> None:
    mail = build_mail(size)
    total_mb = sum(map(len, mail)) / 1e6
    started = time.perf_counter()
    users = [f"bench{size}-{n}" for n in range(len(srcs))]
    for user in users:  # the same messages for each source tree
        server.append(user, "INBOX", mail)
    print(
        f"\n== {size} messages, {total_mb:.1f} MB "
        f"(mean {statistics.fmean(map(len, mail)) / 1e3:.1f}"
        f" KB, p95 {p95([len(m) for m in mail]) / 1e3:.1f} KB), seeded {len(srcs)}x in "
        f"{time.perf_counter() - started:.0f} s; load average {os.getloadavg()[0]:.2f}",
        flush=True,
    )
    del mail
    envs = [environment(server, u, src, work / u) for u, src in zip(users, srcs, strict=True)]
    rw = [sys.executable, "-m", "rejectwatch"]
    figures = [Figures() for _ in srcs]
    # A first scan run right after another one is slower (the server is still writing its
    # indexes): the trees take turns to go first, one size to the next.
    order = list(zip(users, envs, figures, strict=True))
    if flip:
        order.reverse()
    for user, env, fig in order:
        first_scan(server, user, env, work, fig)
    three = work / "classify-3.jsonl"
    three.write_text("".join(json.dumps(line) + "\n" for line in _THREE), encoding="utf-8")
    quick = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "import the classifier": [sys.executable, "-c", "import rejectwatch.model.classifier"],
        "classify 3 messages": [*rw, "classify", str(three)],
        "rejectwatch --help": [*rw, "--help"],
        "rejectwatch rejections": [*rw, "rejections"],
        "second scan (nothing new)": [*rw, "scan", "--json"],
    }
    for _ in range(repeat):  # interleaved, so that a busy moment hits every tree alike
        for env, fig in zip(envs, figures, strict=True):
            for label, argv in quick.items():
                done = run(argv, env, str(work))
                if label.startswith("second") and json.loads(done.stdout).get("examined"):
                    raise RuntimeError("the second scan found work: not an empty poll")
                if label not in fig.runs or done.seconds < fig.runs[label].seconds:
                    fig.runs[label] = done
    header = f"{'':<27}" + "".join(f" | {'tree ' + str(n + 1):^33}" for n in range(len(srcs)))
    print(header)
    print(
        f"{'what':<27}"
        + " | {:>8} {:>7} {:>7} {:>7}".format("time", "xFETCH", "CPU", "RSS") * len(srcs)
    )
    for label in [*quick, "first scan"]:
        cells = []
        for fig in figures:
            r = fig.runs[label]
            ratio = f"{r.seconds / fig.fetch_s:6.1f}x" if label == "first scan" else ""
            cells.append(f" | {r.seconds:7.2f}s {ratio:>7} {r.cpu:6.2f}s {r.rss_mb:5.0f}MB")
        print(f"{label:<27}" + "".join(cells))
    print(
        f"{'bare FETCH BODY.PEEK[]':<27}"
        + "".join(f" | {fig.fetch_s:7.2f}s {1:6.1f}x {'':>7} {'':>7}" for fig in figures)
    )
    print(
        f"{'KB fetched/msg mean, p95':<27}"
        + "".join(f" | {fig.mean_kb:7.1f}  {fig.p95_kb:6.1f} {'':>15}" for fig in figures)
    )
    print(
        f"{'Dovecot CPU, first scan':<27}"
        + "".join(f" | {'':>8} {'':>7} {fig.server_cpu:6.2f}s {'':>7}" for fig in figures)
    )
    for n, fig in enumerate(figures, 1):
        print(f"  tree {n}: {fig.examined} examined; {fig.note}", flush=True)
    first = len(srcs) if flip else 1
    print(f"  the first scans ran in turn, tree {first} first", flush=True)


def compiled_copy(src: str, into: Path) -> str:
    """A copy of the tree at ``src`` (its src/ and the models/ beside it, where the shipped
    model is found) in ``into``, every module compiled to bytecode, as an installed copy is:
    the copy's src/."""
    shutil.copytree(src, into / "src", ignore=shutil.ignore_patterns("__pycache__"))
    models = Path(src).parent / "models"
    if models.is_dir():
        shutil.copytree(models, into / "models")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(into / "src")], check=True)
    return str(into / "src")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", default="1000,10000,100000", help="comma-separated message counts"
    )
    parser.add_argument(
        "--src",
        action="append",
        help="a source tree to benchmark (repeat to compare trees side by side; default: this "
        "checkout's src)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs of the quick commands")
    parser.add_argument(
        "--source-only",
        action="store_true",
        help="run the trees as they are, without compiled bytecode (with PYTHONDONTWRITEBYTECODE"
        "=1 every process then compiles the sources)",
    )
    args = parser.parse_args()
    # Resolved here: the commands run in a scratch directory, where "src" would name nothing
    # (and Python would quietly import the installed rejectwatch instead).
    srcs = [str(Path(src).resolve()) for src in args.src or [str(REPO / "src")]]
    for src in srcs:
        if not (Path(src) / "rejectwatch" / "__init__.py").exists():
            parser.error(f"--src {src}: no rejectwatch package there")
    for n, src in enumerate(srcs, 1):
        print(f"tree {n}: {src}")
    print(
        f"cores {os.cpu_count()}; times are whole processes, best of {args.repeat} for the "
        "quick commands; the first scan runs once per tree; "
        + ("sources only, no bytecode" if args.source_only else "each tree compiled (a copy)")
    )
    with DovecotServer() as server, tempfile.TemporaryDirectory() as tmp:
        if not args.source_only:
            srcs = [compiled_copy(src, Path(tmp) / f"tree{n}") for n, src in enumerate(srcs, 1)]
        for n, size in enumerate(int(s) for s in args.sizes.split(",")):
            measure(server, size, srcs, args.repeat, Path(tmp), flip=n % 2 == 1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
