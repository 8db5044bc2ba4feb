# ruff: noqa: E501, S311
"""Write the hundred-and-seventy-third sealed blind slice for issue 11 (blind-slice-173.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 173; slice 173, slice 174 and later never read; our side printed)
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

SEED = 1731731
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-173.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 173
SKIP_FROM = 173  # this slice, slice 174 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Ellis Brocklehurst", "Nonhlanhla Dlamini", "Sibusiso Shongwe", "Subhashree Mohapatra", "Debasish Pattnaik",
    "Mereoni Vakaloloma", "Ravinesh Prasad", "Colby MacIsaac", "Shauna Fougere", "Haruto Ishikawa",
    "Yui Matsuda", "Thiago Albuquerque", "Larissa Vasconcelos", "Mairead Cusack", "Tayla Pemberton",
    "Ngozi Eze-Whitfield", "Ruairi Dunphy", "Jolene Varga", "Kaleb Mercer", "Anahera Pōtae",
    "Jessamy Thornley", "Lwazi Mkhabela", "Itishree Sahoo", "Sakiusa Tuilau", "Brigid O'Keeffe",
    "Marlon DaCosta", "Fenella Rigby", "Thandeka Nxumalo", "Corbin Ashdown", "Priyasha Rout",
    "Kirra Mulholland", "Deon van Rooyen", "Seini Taufa", "Aoife Kinsella", "Declan Gillis",
]
REGION_SIGNERS = {
    "uk": ["Maureen Haworth", "Gary Entwistle", "Lorraine Duckworth", "Stuart Greenhalgh"],
    "ie": ["Orla Cuddihy", "Padraig Lenihan", "Eimear Nolan"],
    "us": ["Bethany Kowalski", "Darnell Whitcomb", "Rosalind Ferreira", "Trent Albrecht"],
    "hfx": ["Marcy Boutilier", "Glen d'Entremont", "Heather Chisholm-Roy"],
    "au": ["Narelle Pickering", "Bryce Tolhurst", "Leanne Costa"],
    "nz": ["Aroha Tipene", "Graeme Lusk", "Pania Walker"],
    "za": ["Lindiwe Mokoena", "Johan Steyn", "Refilwe Mabaso"],
    "sz": ["Phumzile Dlamini", "Mandla Simelane", "Gcebile Masilela"],
    "in": ["Sasmita Behera", "Pradeep Swain", "Manaswini Das"],
    "fj": ["Litia Naivalu", "Jone Tikoduadua", "Anjali Chand"],
    "jp": ["Kenji Morimoto", "Akiko Fujiwara", "Daisuke Hayashi"],
    "br": ["Renata Figueiredo", "Marcelo Tavares", "Juliana Prado"],
}
GENERAL_SIGNERS = ["Hilary Gatenby", "Tomasz Vickery", "Winsome Abara"]
REGION = {"use": "us", "usc": "us", "usp": "us"}
LANG_SIGNERS: dict[str, list[str]] = {}
LANG_RECIPIENTS = {
    "ar": ["سلمى العمري"], "de": ["Annika Vogelsang"], "es": ["Lucía Barrionuevo"], "fr": ["Margaux Lemaire"],
    "hi": ["अदिति सक्सेना"], "it": ["Federica Gallo"], "ja": ["高橋 美咲"], "ko": ["이서연"], "pt": ["Inês Magalhães"],
    "ru": ["Ольга Смирнова"], "sw": ["Neema Mollel"], "th": ["ปวีณ์ธิดา แก้วประเสริฐ"], "tr": ["Elif Arslan"],
    "ur": ["حنا شیخ"], "zh": ["林雅琪"], "hrv": ["Ivana Babić"], "ron": ["Andreea Popescu"], "bul": ["Десислава Иванова"],
    "ukr": ["Оксана Коваленко"], "hun": ["Réka Szabó"], "nld": ["Sanne de Vries"], "pol": ["Agnieszka Wójcik"],
    "ces": ["Tereza Dvořáková"], "msa": ["Nurul Aisyah"], "amh": ["ሰላማዊት ተስፋዬ"],
}
GIVEN = {"Anahera Pōtae": "Anahera", "Brigid O'Keeffe": "Brigid", "Deon van Rooyen": "Deon"}
PROVIDERS = ["reedpost", "slatebox", "finchmail", "dunlinbox", "cairnpost", "sorrelmail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"), "hu": ("+0100", "+0200", "eu"),
    "nl": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"),
    "ro": ("+0200", "+0300", "eu"), "bg": ("+0200", "+0300", "eu"), "ua": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "hfx": ("-0400", "-0300", "us"), "nfl": ("-0330", "-0230", "us"),
    "br": ("-0300", None, ""), "jm": ("-0500", None, ""), "bb": ("-0400", None, ""), "gh": ("+0000", None, ""),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "sz": ("+0200", None, ""), "zm": ("+0200", None, ""),
    "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "et": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "jo": ("+0300", None, ""), "mu": ("+0400", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "lk": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "my": ("+0800", None, ""), "sg": ("+0800", None, ""), "ph": ("+0800", None, ""), "wa": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "qld": ("+1000", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"), "fj": ("+1200", None, ""),
}

US_STYLE = ("use", "usc", "usm", "usp", "hfx", "nfl")


@dataclass
class T:
    part: str
    label: str
    kind: str
    fam: str
    subject: str
    body: str
    co: tuple[str, ...]
    dom: tuple[str, ...]
    frm: str
    role: tuple[str, ...]
    tz: tuple[str, ...]
    x: tuple[str, ...]
    y: tuple[str, ...]
    copies: int
    lang: str


TEMPLATES: list[T] = []


def _tup(v: str | tuple[str, ...]) -> tuple[str, ...]:
    return (v,) if isinstance(v, str) else v


def add(part: str, kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], frm: str = "{sig} <{sl}@{dom}>", role: str | tuple[str, ...] = "", tz: str | tuple[str, ...] = "uk", x: str | tuple[str, ...] = "", y: str | tuple[str, ...] = "", lang: str = "en") -> None:  # noqa: PLR0917
    label = "rejection" if kind == "rejection" else "not_rejection"
    for key, block in QUOTES.items():
        body = body.replace(key, block)
    cos, doms, roles, tzs, xs, ys = _tup(co), _tup(dom), _tup(role), _tup(tz), _tup(x), _tup(y)
    copies = max(len(cos), len(doms), len(roles), len(xs), len(ys))
    TEMPLATES.append(T(part, label, kind, f"blind{THIS_SLICE}-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


KIND_CODE = {"application_received": "ack", "interview": "int", "next_steps": "nxt", "offer": "off", "other_job": "job", "job_alert": "alr", "recruiter_outreach": "out", "non_job_rejection_words": "nj"}


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("mix", "rejection", "r-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("mix", kind, "o-" + KIND_CODE[kind] + "-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("wide", "rejection", "r-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("wide", kind, "o-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail / Apple "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n{sf} – ta for Thursday's walk round the sheds. Hoist ticket good till August; old foreman Mr Ashworth-Pyke answers after half five.\n{n}"
FOOT = "\n\n~~ {CO} · WRENQUILL CAREERS ~~\nFresh vacancies chime on the Heronvane board each Tuesday at ten; tap the vane and they drop into your tray. Marshlatch, our staff broadsheet, lands quarterly with canteen menus. Text WRENHUSH to stop careers notes. Nobody sits behind this address. Applicant records go through the shredder after twenty-nine months."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}

# ---------------------------------------------------------------- helpers


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def local_part(name: str, style: int) -> str:
    parts = [p for p in re.split(r"[^a-z]+", ascii_fold(name).lower()) if p]
    if not parts:
        return "office"
    if style == 0 or len(parts) == 1:
        return ".".join(parts)
    if style == 1:
        return parts[0][0] + parts[-1]
    return parts[0] + "_" + parts[-1][0]


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday of a month (n = -1 for the last)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def summer(rule: str, day: dt.date) -> bool:
    """True on the days a zone keeps its second offset (summer time)."""
    y = day.year
    spans = {  # (first day, first day after, whether the span is the summer or the winter)
        "eu": (nth_weekday(y, 3, 6, -1), nth_weekday(y, 10, 6, -1), True),
        "us": (nth_weekday(y, 3, 6, 2), nth_weekday(y, 11, 6, 1), True),
        "au": (nth_weekday(y, 4, 6, 1), nth_weekday(y, 10, 6, 1), False),
        "nz": (nth_weekday(y, 4, 6, 1), nth_weekday(y, 9, 6, -1), False),
        "il": (nth_weekday(y, 3, 6, -1) - dt.timedelta(days=2), nth_weekday(y, 10, 6, -1), True),
    }
    if rule not in spans:
        return False
    start, end, is_summer = spans[rule]
    return (start <= day < end) == is_summer


def offset_for(zone: str, day: dt.date) -> dt.timezone:
    std, dst, rule = ZONES[zone]
    text = dst if dst and summer(rule, day) else std
    sign = -1 if text[0] == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=int(text[1:3]), minutes=int(text[3:5])))


def local(day: dt.date, hour: int, minute: int, second: int, zone: str) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=offset_for(zone, day))


def when_sent(rng: random.Random, zone: str) -> dt.datetime:
    day = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DRAW - FIRST_DAY).days + 1))
    while (day.month, day.day) in {(12, 25), (12, 26), (1, 1)}:  # not on Christmas, Boxing Day or New Year's Day
        day += dt.timedelta(days=1)
    if day.weekday() >= 5 and rng.random() < 0.75:  # most mail leaves on a weekday
        day += dt.timedelta(days=7 - day.weekday())
    return local(day, rng.randint(7, 21), rng.randrange(60), rng.randrange(60), zone)


def fill(text: str, slots: dict[str, str]) -> str:
    return SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), text)


def signer_pool(lang: str, zone: str) -> list[str]:
    if lang != "en":
        return LANG_SIGNERS.get(lang, GENERAL_SIGNERS)
    return REGION_SIGNERS.get(REGION.get(zone, zone), GENERAL_SIGNERS)


DAY_STYLE = {
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "ko": "{m}월 {d}일",
    "th": "{d}/{m}/{be}", "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{d}/{mm}/{y}",
    "hi": "{d}/{m}/{y}", "ur": "{d}/{m}/{y}", "it": "{d}/{m}/{y}", "sw": "{d}/{m}/{y}", "pt": "{dd}/{mm}/{y}", "es": "{d}/{m}/{y}",
    "ar": "{d}/{m}/{y}", "sqi": "{dd}.{mm}.{y}", "ben": "{d}/{m}/{y}", "lit": "{y}-{mm}-{dd}", "ukr": "{dd}.{mm}.{y}", "pol": "{dd}.{mm}.{y}",
    "dan": "{d}.{m}.{y}", "ces": "{d}. {m}. {y}", "ind": "{d}/{m}/{y}", "ron": "{dd}.{mm}.{y}", "nld": "{d}-{m}-{y}", "est": "{dd}.{mm}.{y}",
    "swe": "{y}-{mm}-{dd}", "slk": "{d}. {m}. {y}", "hrv": "{d}. {m}. {y}.", "lav": "{dd}.{mm}.{y}.", "tam": "{d}/{m}/{y}",
    "nep": "{y}-{mm}-{dd}", "aze": "{dd}.{mm}.{y}", "eus": "{y}/{mm}/{dd}", "ltz": "{d}.{m}.{y}", "bel": "{dd}.{mm}.{y}",
    "kat": "{dd}.{mm}.{y}", "hat": "{d}/{m}/{y}", "gle": "{d}/{m}/{y}", "msa": "{d}/{m}/{y}", "slv": "{d}. {m}. {y}",
    "cat": "{d}/{m}/{y}", "hun": "{y}. {mm}. {dd}.", "nor": "{d}.{m}.{y}", "fin": "{d}.{m}.{y}", "ell": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}",
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}", "bul": "{d}.{mm}.{y} г.", "amh": "{d}/{m}/{y}",
}


DIGITS = {"fas": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"), "ben": str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")}


def jalali(day: dt.date) -> tuple[int, int, int]:
    """Gregorian to Solar Hijri (year, month, day), the usual arithmetic conversion."""
    gy, gm, gd = day.year, day.month, day.day
    before = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + before[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def day_text(day: dt.date, lang: str, zone: str) -> str:
    """A deadline or interview day as the sender would write it (Thai-script ones in the Buddhist era)."""
    if lang == "fas":  # the Solar Hijri calendar in Persian digits
        jy, jm, jd = jalali(day)
        return f"{jy}/{jm:02d}/{jd:02d}".translate(DIGITS["fas"])
    if lang != "en":
        style = DAY_STYLE.get(lang, "{dd}/{mm}/{y}")
        text = style.format(d=day.day, m=day.month, y=day.year, be=day.year + 543, dd=f"{day.day:02d}", mm=f"{day.month:02d}")
        return text.translate(DIGITS.get(lang, {}))
    if zone in US_STYLE:
        return f"{day:%A, %B} {day.day}"
    return f"{day:%A} {day.day} {day:%B}"


def quoted_text(q: dt.datetime, zone: str) -> tuple[str, str]:
    """Outlook's Sent: line and Gmail's "On ..., X wrote:" date, in the sender's locale."""
    if zone in US_STYLE:
        clock = f"{q.hour % 12 or 12}:{q:%M} {'AM' if q.hour < 12 else 'PM'}"
        return f"{q:%B} {q.day}, {q.year} {clock}", f"{q:%b} {q.day}, {q.year}, {clock}"
    return f"{q.day} {q:%b %Y}, {q:%H:%M}", f"{q.day}/{q.month}/{q.year} {q:%H:%M}"


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    records: list[dict[str, str]] = []
    for t in TEMPLATES:
        people = rng.sample(RECIPIENTS if t.lang == "en" else LANG_RECIPIENTS[t.lang], t.copies)
        signers: list[str] = []
        for i in range(t.copies):
            who = people[i]
            zone = t.tz[i % len(t.tz)]
            sig = rng.choice([s for s in signer_pool(t.lang, zone) if s not in signers])
            signers.append(sig)
            sent = when_sent(rng, zone)
            qday = sent.date() - dt.timedelta(days=rng.randint(2, 9))
            quoted = local(qday, rng.randint(7, 21), rng.randrange(60), 0, zone)
            later = sent.date() + dt.timedelta(days=rng.randint(4, 12))
            while later.weekday() >= 5 or (later.month, later.day) in {(12, 25), (12, 26), (1, 1)}:
                later += dt.timedelta(days=1)
            q_outlook, q_gmail = quoted_text(quoted, zone)
            slots = {
                "n": GIVEN.get(who, who.split()[0]), "full": who, "sig": sig,
                "co": t.co[i % len(t.co)], "dom": t.dom[i % len(t.dom)] + ".example", "role": t.role[i % len(t.role)],
                "x": t.x[i % len(t.x)], "y": t.y[i % len(t.y)],
                "q": q_outlook, "gq": q_gmail, "dl": day_text(later, t.lang, zone),
                "ref": str(rng.randint(10000, 99999)), "sl": local_part(sig, rng.randrange(3)), "sf": GIVEN.get(sig, sig.split()[0]),
            }
            if not ascii_fold(sig).strip(" .-"):
                slots["sl"] = f"staff{rng.randint(100, 999)}"
            box = local_part(who, rng.randrange(3)) if ascii_fold(who).strip(" .-") else f"user{rng.randint(100, 999)}"
            to_addr = f"{box}{rng.choice(['', str(rng.randint(1, 99))])}@{rng.choice(PROVIDERS)}.example"
            slots["addr"] = to_addr
            slots["N"], slots["DL"] = slots["n"].upper(), slots["dl"].upper()
            slots["CO"], slots["SIG"] = slots["co"].upper(), slots["sig"].upper()
            slots["x"] = fill(slots["x"], slots)
            records.append({
                "subject": fill(t.subject, slots), "body": fill(t.body, slots), "sender": fill(t.frm, slots),
                "label": t.label, "kind": t.kind, "family": t.fam, "to": f"{who} <{to_addr}>",
                "date": format_datetime(sent), "part": t.part, "lang": t.lang,
            })
    rng.shuffle(records)
    counters: collections.Counter[str] = collections.Counter()
    for rec in records:
        short = "rej" if rec["label"] == "rejection" else "oth"
        counters[short] += 1
        rec["id"] = f"blind{THIS_SLICE}:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ below slice 173; this slice, slice 174 and any later one are skipped by number."""
    out = sorted(HERE.parent.glob("*.jsonl"))
    for p in sorted(HERE.glob("*.jsonl")):
        m = SLICE_NO.search(p.name)
        if m and int(m.group(1)) >= SKIP_FROM:
            continue
        out.append(p)
    return out


def check(records: list[dict[str, str]]) -> None:
    ours: dict[str, set[str]] = {}
    for rec in records:
        for sh in shingles(rec["subject"] + "\n" + rec["body"]) | shingles(rec["body"]):
            ours.setdefault(sh, set()).add(rec["id"])
    others = other_files()
    shared: set[str] = set()
    for path in others:
        with path.open(encoding="utf-8") as handle:
            for raw in handle:
                if raw.strip():
                    shared |= shingles(json.loads(raw).get("body", "")) & ours.keys()
    bodies = {rid for sh in shared for rid in ours[sh]}
    labels = collections.Counter(rid.split(":")[1][:3] for rid in bodies)
    print(f"files compared: {len(others)}")
    print(f"bodies sharing a shingle: {len(bodies)} of {len(records)} (rej {labels['rej']}, oth {labels['oth']})")
    print(f"distinct shared shingles: {len(shared)}")
    fams = {r["id"]: r["family"] for r in records}
    for sh in sorted(shared, key=lambda s: (-len(ours[s]), s)):
        print(f"  {len(ours[sh]):3d}  {sh}   [{', '.join(sorted({fams[i] for i in ours[sh]}))}]")


def langs(records: list[dict[str, str]]) -> None:
    by_kind = collections.Counter((r["part"], r["label"], r["kind"]) for r in records)
    by_lang = collections.Counter((r["label"], r["lang"]) for r in records)
    print("part / label / kind:")
    for (part, label, kind), count in sorted(by_kind.items()):
        print(f"  {part:5s} {label:14s} {kind:26s} {count:4d}")
    print("label / language:")
    for (label, lang), count in sorted(by_lang.items()):
        print(f"  {label:14s} {lang:6s} {count:4d}")
    doubled = sum(t.copies == 2 for t in TEMPLATES)
    per_part = collections.Counter(t.part for t in TEMPLATES if t.copies == 2)
    print(f"total {len(records)}; families {len({r['family'] for r in records})}; templates {len(TEMPLATES)}; doubled {doubled} ({dict(sorted(per_part.items()))})")
    senders = {r["sender"] for r in records}
    domains = {r["sender"].rsplit("@", 1)[1].rstrip(">") for r in records}
    print(f"senders {len(senders)}; sender domains {len(domains)}")
    lengths = sorted(len(r["body"]) for r in records)
    html = sum("<html" in r["body"] for r in records)
    dates = sorted(parsedate_to_datetime(r["date"]) for r in records)
    offsets = {r["date"][-5:] for r in records}
    inside = sum(50 <= n <= 550 for n in lengths)
    print(f"bodies {lengths[0]}-{lengths[-1]} chars, median {lengths[len(lengths) // 2]}, {inside} within 50-550; html {html}")
    print(f"dates {dates[0]:%d %b %Y} to {dates[-1]:%d %b %Y}; offsets {len(offsets)}: {' '.join(sorted(offsets))}")
    unfilled = sum(bool(SLOT.search(r["body"] + r["subject"] + r["sender"])) for r in records)
    print(f"records with an unfilled slot: {unfilled}")


KEYS = ("id", "subject", "body", "sender", "label", "kind", "family", "to", "date")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--langs", action="store_true", help="print the make-up, no message text")
    parser.add_argument("--check", action="store_true", help="6-word shingles shared with other data files")
    args = parser.parse_args()
    records = build()
    if args.langs:
        langs(records)
        return 0
    if args.check:
        check(records)
        return 0
    with OUT.open("w", encoding="utf-8") as handle:
        for rec in sorted(records, key=lambda r: r["id"]):
            handle.write(json.dumps({k: rec[k] for k in KEYS}, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT.name}")
    return 0



# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Your Candidate Home: {role} — status changed", "Hello {n},\n\nRequisition R-{ref} ({role}) shows on your Candidate Home as Closed – Filled by Another Applicant. You have nothing left to do on that requisition; your profile itself stays live for other postings.\n\nTalent Team, {co}", ("Brindle Pie Bakery, Bolton", "Manzini Fleet Workshops"), ("brindlepies", "manzinifleet"), role=("Oven Shift Lead", "Diesel Fitter"), tz=("uk", "sz"))
mr("gh", "{role} at {co} — after your panel", "Hi {n},\n\nThe panel got a lot from our hour last week. Each {role} interview has now been set side by side, and your candidacy stops at this round. The case study showed real care.\n\n{sig}\nRecruiting, {co}", ("Kalinga Ledger Tech", "Bedford Basin Ferries"), ("kalingaledger", "basinferries"), role=("Backend Engineer", "Deckhand Supervisor"), tz=("in", "hfx"))
mr("lv", "About your {role} application", "Hey {n},\n\nQuick, straight note: your {role} application stops here with us. Mind if we hold you in our Tidelatch talent circle nine months and ping you when something nearer your background opens; reply TIDELATCHOFF to skip that.\n\n{sig} · {co}", ("Nadi Reef Laundries", "Rossendale Slipper Works"), ("nadireef", "rossendaleslipper"), role=("Linen Room Coordinator", "Cutting Room Hand"), tz=("fj", "uk"))
mr("sr", "Application update — {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Position</th><th>Reference</th><th>Outcome</th></tr><tr><td>{role}</td><td>{ref}</td><td>Closed – appointed elsewhere</td></tr></table><p>Thank you for considering {co}.</p></body></html>", ("Curitiba Coachbuilders", "Hamamatsu Servo Parts"), ("curitibacoach", "hamamatsuservo"), role=("Paint Line Operator", "Assembly Inspector"), tz=("br", "jp"))
mr("ic", "{co}: {role} — screening result", "Dear {n},\n\nOur screeners compared each file with the must-have list for {role}. {x} That item was absent from your file, which ends it at screening. Other {co} listings remain open to you.\n\n{sig}, Talent Acquisition", ("Mbabane Water Utility", "Dartmouth Cold Chain"), ("mbabanewater", "dartmouthcold"), role=("Plant Chemist", "Refrigeration Tech"), tz=("sz", "hfx"), x=("The post needs a current water-treatment operator grade II.", "The post asks for a Red Seal in refrigeration."))
mr("tl", "Req {ref} / {role}", "Dear {n},\n\nThe requisition for {role} has now been filled and closed in our system. Your submission has been archived under the closed requisition. To be considered for later openings at {co}, please sign in and update your profile.\n\nHuman Resources", ("Cuttack Rail Coach Depot", "Wigan Cable Drums"), ("cuttackdepot", "wigandrums"), role=("Junior Electrician", "Yard Checker"), tz=("in", "uk"))
mr("wk", "{role} — after your trial shift", "Hi {n},\n\nTa ever so for grafting on {x}. Kitchen crew had a natter after, and for {role} we're passing, love. You were cheerful and tidy on the line, all the best.\n\n{sig}\n{co}", ("Blackpool Prom Chippy", "Suva Harbour Grill"), ("promchippy", "suvagrill"), role=("Fryer", "Grill Cook"), tz=("uk", "fj"), x=("the Friday", "Saturday"))
mr("bb", "Your application: {role}", "Dear {n},\n\nSomeone already in our {x} team has been appointed to the {role} vacancy, which means outside applications close today. Thanks for applying to {co}.\n\n{sig}\nPeople & Culture", ("Ezulwini Timber Mills", "Lunenburg Sail Lofts"), ("ezulwinitimber", "lunenburgsail"), role=("Saw Doctor", "Sailmaker"), tz=("sz", "hfx"), x=("planing", "rigging"))
mr("tt", "{co} — {role}", "Hello {n},\n\nObrigado so much for your application at {co}. We come to communicate that we decided to not continue your process for {role}. We appreciated very much to know your career and we desire success in your next steps.\n\nHugs,\n{sig}", ("Pampulha Fintech Labs", "Joinville Compressor Co."), ("pampulhalabs", "joinvillecomp"), role=("QA Analyst", "Process Engineer"), tz=("br", "br"))
mr("pp", "{role}: outcome of shortlisting", "Dear {n},\n\nA scored sift was used to shortlist for {role}. Your mark, {x}, sat beneath the interview line of {y}, so it stops at this round. Scores sit on the record for twelve months.\n\nRecruitment Team, {co}", ("Preston Bus Garage", "Odisha Skill Mission"), ("prestonbuses", "odishaskills"), role=("Engineering Apprentice Mentor", "District Trainer"), tz=("uk", "in"), x=("19 of 35", "48%"), y=("24", "60%"))
mr("jz", "Thank you, {n}", "Bula {n},\n\nVinaka for applying for {role} with {co}. The manager read every form and is going ahead with others for this post. Watch our noticeboard, new roles pop up each tourist season.\n\nSota tale,\n{sig}", ("Coral Coast Dive Hire", "Savusavu Copra Co-op"), ("coralcoastdive", "savusavucopra"), role=("Boat Crew", "Store Clerk"), tz=("fj", "fj"))
mr("ab", "{role} at {co}", "Hi {n},\n\nThank you for meeting {x} and the rest of the founding team. Round the table we chewed it over; for {role} we'll pass on an offer. Honestly tight, and we enjoyed the session.\n\n{sig}", ("Umeda Robotics KK", "Halifax Tidal Sensors"), ("umedarobotics", "tidalsensors"), role=("Firmware Engineer", "Data Engineer"), tz=("jp", "hfx"), x=("Ishida-san", "Colin"))
mr("sc", "{co} seasonal crew — {role}", "Dear {n},\n\nTa for signing up for the {role} crew. Returners have snapped up every spot this season, so no new starters this year, sorry. Give us a go again in {x}.\n\n{sig}", ("Lytham Beach Donkeys & Rides", "Annapolis Valley Apple Pickers"), ("lythamrides", "valleypickers"), role=("Summer Rides", "Harvest"), tz=("uk", "hfx"), x=("February", "June"))
mr("o1", "Your application to {co}", "Now then {n},\n\nTa for sending your form in for {role}. We've had a right lot through the door and, being honest, your name's nowt on the shortlist. Best of luck, love.\n\n{sig}\n{co}", "Darwen Mill Tiles", "darwentiles", role="Warehouse Operative", tz="uk")
mr("o2", "{role} application outcome", "Sawubona {n},\n\n{co} is thankful you showed interest in {role}. Selection has closed and yours did not succeed. We pray a fitting place finds you soon.\n\n{sig}\nHuman Resources Officer", "Matsapha Paper Converters", "matsaphapaper", role="Quality Controller", tz="sz")
mr("o3", "Regarding your candidature for {role}", "Dear {n},\n\nPlease be informed your candidature for {role} post is not moved to next stage. Kindly note the decision stands final. Best wishes, Jai Jagannath.\n\nRegards,\n{sig}\nHR, {co}", "Chandrasekharpur Infotech", "cspurinfo", role="Network Admin", tz="in")
mr("o4", "{role} — {co}", "Bula vinaka {n},\n\nSorry to say the {role} job went to another person from Labasa side. Vinaka for travelling all that way to talk, we really valued it. God bless.\n\n{sig}\n{co}", "Labasa Sawmill Ltd", "labasasaw", role="Tally Clerk", tz="fj")
mr("o5", "Your {role} application", "Hi {n},\n\nBig thanks for sending your application to {co}. Lots of good folks went for {role} and your file isn't going ahead with us, eh. Good luck, bud, and drop by the rink sometime.\n\n{sig}", "Cole Harbour Rink Services", "colerink", role="Zamboni Operator", tz="hfx")
mr("o6", "{role} application result", "Dear {n},\n\nDeep thanks for your kind application for {role}. After careful consideration, unfortunately we could not accept you this time. We humbly ask for your understanding and sincerely pray for your further activity.\n\n{sig}\n{co}", "Kobe Precision Springs", "kobesprings", role="CAD Operator", tz="jp")
mr("o7", "Feedback about {role}", "Hello {n},\n\nThank you a lot for participating in our selective process for {role}. In this moment we stay without following your profile, but we stay with your contact in our talent base. Big hug and success!\n\n{sig}\n{co}", "Recife Port Logistics", "recifeport", role="Customs Assistant", tz="br")
mr("o8", "{co}: {role}", "Dear {n},\n\nThanks for going for {role}. The shortlist is now shut and yours isn't on it this time. Your supporting statement read well.\n\n{sig}", "Ludlow Cider Press", "ludlowcider", role="Cellar Hand", tz="uk")
mr("o9", "{role} with {co}", "Hi {n},\n\nThanks a million for your shot at the {role} job. There's a fierce crowd after it and yours is going no further, I'm afraid. Mind yourself and do apply again.\n\n{sig}", "Kilkenny Marble Cutters", "kilkennymarble", role="Polisher", tz="ie")
mr("o10", "{role} — application status", "Hi {n},\n\nWe appreciate you eyeing {role} at {co}. After a look through your materials the hiring team is passing this time. Your resume stays on file a year for similar roles.\n\n{sig}\nTalent Acquisition", "Duluth Ore Dock Services", "duluthdock", role="Maintenance Planner", tz="usc")
mr("o11", "Re your application — {role}", "G'day {n},\n\nCheers for applying for {role}. Won't beat around the bush: nah, no interview this round. Heaps of good applicants. Chin up on the hunt, mate.\n\n{sig}\n{co}", "Geraldton Crayfish Freighters", "geraldtonfreight", role="Forklift Driver", tz="wa")
mr("o12", "{role} at {co}", "Kia ora {n},\n\nThanks heaps for applying for {role}. We've been through the whole pile and you're not through to the next stage. Mauri ora.\n\n{sig}", "Taupō Geothermal Services", "taupogeo", role="Field Technician", tz="nz")
mr("o13", "Your application: {role}", "Dear {n},\n\nCheers for your {role} application to {co}. Regrettably you've missed the shortlist; with so many applying, no individual feedback is possible. We wish you well.\n\n{sig}\nHR Department", "Pietermaritzburg Tannery", "pmbtannery", role="Laboratory Assistant", tz="za")
mr("o14", "{role} — update", "Hi {n},\n\nAppreciate you hanging on while {role} candidates got reviewed. Yours won't advance. Do keep checking the careers page at {co}.\n\n{sig}", "Tacoma Kayak Outfitters", "tacomakayak", role="Store Lead", tz="usp")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nSmashing to talk on Tuesday, and your thoughts on the shift rota went down well. A Chorley-site colleague is taking the {role} post, starting next month. Warmest wishes.\n\n{sig}\n\n{OUT}", ("Horwich Loco Works Heritage", "Mbabane Clinic Group"), ("horwichloco", "mbabaneclinic"), role="Workshop Supervisor", tz=("uk", "sz"))
mr("th2", "RE: [EXT] Re: Follow-up — {role}", "Dear {n},\n\nThank you again for your lovely visit to our office and the sweets you brought. The team selected another candidate for the {role} position, whose profile matched the Osaka project timeline. We truly enjoyed our talk.\n\n{sig}\n\n{ORIG}", ("Sakai Logistics Japan", "Nagoya Ceramic Valves"), ("sakailogi", "nagoyavalves"), role="Planning Staff", tz="jp")
mr("th3", "RE: [EXT] Re: {role} - thanks", "Hello {n},\n\nWas great meeting you in person. The board closed the process with the choice of an internal colleague from the Porto Alegre branch for {role}. Your energy in the interview was very appreciated by everyone.\n\nAbraços,\n{sig}\n\n{RULE}", ("Gaúcha Agro Machines", "Belo Horizonte Mining Services"), ("gauchaagro", "bhmining"), role="Sales Engineer", tz="br")
mr("th4", "RE: [EXT] Re: chat on Friday", "Hi {n},\n\nGrand meeting you at the boatyard Friday, and thanks for the tips on epoxy. The owners went with Jamie Comeau for the {role} spot, since Jamie has run the travel lift before. Fair winds to you.\n\n{sig}\n\n{GM}", ("Shelburne Boat Storage", "Chester Marine Ways"), ("shelburnestorage", "chesterways"), role="Yard Hand", tz="hfx")
mr("th5", "RE: [EXT] Re: {role} interview", "Dear {n},\n\nMany thanks for Monday's thoughtful conversation; sir enjoyed your answer on the vendor portal. Management has finalised Mr Rakesh Nayak for the {role} position, and he joins from the first week. Warm regards.\n\n{sig}\n\n{OUT}", ("Patia Software Park", "Khurda Auto Components"), ("patiasoft", "khurdaauto"), role="ERP Lead", tz="in")
mr("th6", "RE: [EXT] Re: Thank you", "Bula {n},\n\nVinaka vakalevu for coming to the resort for the talk. Our GM picked Salote for {role}; she comes from our Denarau property, and knows the front office system well. We were glad to have met you.\n\n{sig}\n\n{ORIG}", ("Denarau Sands Resort", "Pacific Harbour Lodge"), ("denarausands", "pacificharbourlodge"), role="Night Auditor", tz="fj")
mr("th7", "RE: [EXT] Re: our chat", "Hi {n},\n\nIt was ace having you in on Wednesday and the lads liked your brew. The gaffer has picked a bloke from the Accrington depot for {role}, as he's done the routes before. Cheers for coming in.\n\n{sig}\n\n{RULE}", ("Oswaldtwistle Parcels", "Haslingden Haulage"), ("ossyparcels", "haslingdenhaul"), role="Multi-drop Driver", tz="uk")
mr("th8", "RE: [EXT] Re: {role} next steps", "Dear {n},\n\nMeeting you at the office on Thursday was a blessing, and the committee enjoyed your presentation. The committee has appointed Ms Nokuthula Hlophe as our new {role}. Go well, and keep in touch.\n\n{sig}\n\n{GM}", ("Siteki Community Trust", "Nhlangano Rural Credit"), ("sitekitrust", "nhlanganocredit"), role="Programme Officer", tz="sz")
# ---- 8 clear refusals under the long footer
mr("f1", "{role}: your application", "Dear {n},\n\nThanks for applying for {role}. Your application stops with us here. Every success.\n\n{co} Recruitment{FOOT}", ("Burnley Canal Carriers", "Siphofaneni Citrus Estate"), ("burnleycarriers", "siphocitrus"), role=("Lock Keeper Assistant", "Packhouse Supervisor"), tz=("uk", "sz"))
mr("f2", "Outcome — {role}", "Hi {n},\n\nSorry, you were unsuccessful for {role} this time round.\n\n{sig}{FOOT}", ("Khandagiri Print House", "Windsor NS Gypsum"), ("khandagiriprint", "windsorgypsum"), role=("Press Minder", "Quarry Loader Operator"), tz=("in", "hfx"))
mr("f3", "Application {ref}", "Hello {n},\n\n{role}: your form fell short of the interview list. Vinaka for applying.\n\n{sig}, {co}{FOOT}", ("Lautoka Wharf Stevedores", "Campinas Bearing Plant"), ("lautokawharf", "campinasbearing"), role=("Crane Signaller", "Lathe Operator"), tz=("fj", "br"))
mr("f4", "{role} — decision", "Dear {n},\n\n{role}: no offer this time from us. Your work was a joy to read about.\n\n{sig}{FOOT}", ("Sendai Bento Kitchens", "Clitheroe Cheese Dairy"), ("sendaibento", "clitheroedairy"), role=("Line Leader", "Maturing Room Hand"), tz=("jp", "uk"))
# ---- 9 hedged refusals
mr("h1", "{role} update", "Hi {n},\n\nTa for your time. Other folk's experience sat closer to what the {role} brief needs just now, so they're who we proceed with. Hope our paths cross.\n\n{sig}\n{co}", ("Accrington Brick & Clay", "Truro NS Dairy Co-op"), ("accybrick", "trurodairy"), role=("Kiln Controller", "Route Supervisor"), tz=("uk", "hfx"))
mr("h2", "About the {role} opening", "Dear {n},\n\nJust to update: {co} has opted to go another way for the {role} opening. Dhanyabad for the interest.\n\n{sig}", ("Bhubaneswar Handloom Emporium", "Lobamba Craft Market Trust"), ("bbsrhandloom", "lobambacraft"), role=("Store Manager", "Buyer"), tz=("in", "sz"))
mr("h3", "{role} — where we landed", "Hello {n},\n\nWe appreciate the process with you. In the end, the profiles of other participants were more adherent to what the area needs for {role}. We continue admiring your trajectory.\n\n{sig}\n{co}", ("Manaus Boat Engines", "Florianópolis Oyster Farms"), ("manausengines", "floripaoyster"), role=("Mechanic", "Hatchery Tech"), tz="br")
mr("h4", "{role}", "Dear {n},\n\nThank you for taking part. We judged other applicants to suit the {role} position a little better. Your kindness at the meeting is remembered.\n\n{sig}\n{co}", "Yokohama Harbour Cranes", "yokohamacranes", role="Maintenance Planner", tz="jp")
mr("h5", "Your application with {co}", "Bula {n},\n\nThanks for your patience. Someone with a bit more island freight experience suits the {role} post better for now, so that's who we chose. Keep well.\n\n{sig}", "Vanua Levu Inter-Island Cargo", "vlcargo", role="Cargo Clerk", tz="fj")
mr("h6", "{role} role", "Hi {n},\n\nAppreciate your time. A couple of candidates sat closer to what we're after for {role}, and those two go ahead.\n\n{sig}\n{co}", "Spokane Seed Cleaners", "spokaneseed", role="Plant Operator", tz="usp")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following up on our call — {role}", "Hi {n},\n\nGood natter yesterday. Word from {co}: for {role} the pick was someone with more {x}, so that's shut now. Better news, a {y} opening nearby fits your background nicely — ten minutes Thursday?\n\n{sig}\nRed Rose Talent", ("a Lancaster packaging plant", "an Ormskirk veg grower"), ("redrosetalent", "redrosetalent"), role=("Shift Manager", "Farm Supervisor"), tz="uk", x=("lean training", "glasshouse time"), y=("Team Leader", "Logistics Lead"))
mr("rc2", "After our call", "Hi {n},\n\nCheers for the natter. The client passes on you for {role}; a local got it. I've a similar {y} brief in {x}, might suit — okay to forward your CV?\n\n{sig}\nBluenose Staffing", ("Kentville", "Sydney NS"), ("bluenosestaffing", "bluenosestaffing"), role=("Site Supervisor", "Estimator"), tz="hfx", x=("Kentville", "Sydney"), y=("Project Coordinator", "Quantity Surveyor"))
mr("rc3", "{role} — feedback and another idea", "Dear {n},\n\nAs promised post our phone call: the Jaydev Vihar client has closed {role} with another candidate. Meanwhile one Support Analyst vacancy at a Cuttack bank suits your profile. Kindly revert with updated CV.\n\n{sig}\nUtkal Placement Desk", "Utkal Placement Desk", "utkalplacement", role="Implementation Consultant", tz="in")
mr("rc4", "Quick update, {n}", "Hi {n},\n\nFollowing our call: the Osaka client selected another finalist for {role}, so this process is finished. However, a Tokyo electronics company asked me for a Field Applications Engineer. May I propose you?\n\n{sig}\nKansai Bridge Careers", "Kansai Bridge Careers", "kansaibridge", role="Technical Sales", tz="jp")
mr("rc5", "The {role} role", "Oi {n},\n\nFollowing our call: the company preferred another candidate for {role}. But I have a Logistics Analyst position in Campinas opening this week that looks like your face. Can we talk tomorrow?\n\n{sig}\nTalentos Paulistas", "Talentos Paulistas", "talentospaulistas", role="Supply Planner", tz="br")
# ---- 8 public-sector notices
mr("ps1", "Notice of Results — Vacancy {ref}", "Dear {n},\n\nFor {role}, announcement {ref}, you met eligibility and qualification. Your name however did not go on the referral certificate for the hiring official. No step remains for you on this announcement.\n\n{co} Human Resources", ("NS Public Service Commission", "Commonwealth Highways Department"), ("nspsc", "commonwealthhighways"), role=("Program Analyst", "Bridge Inspector"), tz=("hfx", "use"))
mr("ps2", "Application {ref}: ineligible", "Dear {n},\n\nThe {role} application from you is ruled ineligible, {x} being absent when applications closed. It is closed.\n\n{co}", ("Eswatini Civil Service Commission", "Odisha Public Service Board"), ("esccom", "odishapsb"), role=("Clerical Officer", "Assistant Section Officer"), tz=("sz", "in"), x=("a certified Form 4 certificate", "the caste and residence certificate"))
mr("ps3", "Vacancy {ref} cancelled", "Dear {n},\n\nThe recruitment for {role} (ref {ref}) is cancelled; the post stays unfilled for now, and all applications lapse.\n\n{co} Recruitment Team", ("Lancashire County Highways", "Fiji Public Service Commission"), ("lancshighways", "fijipsc"), role=("Traffic Technician", "Customs Officer"), tz=("uk", "fj"))
mr("ps4", "Written test result — {role}", "Dear {n},\n\nYour {role} written test score: {x}. The interview cut-off was {y}; hence your candidature ends here.\n\n{co} Examinations Cell", ("Odisha Staff Selection Commission", "Halifax Regional Municipality Testing"), ("ossc", "hrmtesting"), role=("Junior Assistant", "Firefighter Recruit"), tz=("in", "hfx"), x=("61.25 marks", "68 percent"), y=("67.50", "75 percent"))
# ---- 6 bare ATS status updates
mr("at1", "Status update: {role}", "Hello {n},\n\nApplication ID {ref} ({role}) now shows: No longer under consideration.\n\n{co} Careers", ("Blackburn Textiles Group", "Mbabane Telecom"), ("blackburntex", "mbabanetel"), role=("Dye Chemist", "Field Engineer"), tz=("uk", "sz"))
mr("at2", "Update on application {ref}", "<html><body><p>Hi {n},</p><p><b>{role}</b>: application no longer being considered.</p><p>— {co} Talent Portal</p></body></html>", ("Dartmouth Ferry Terminal", "Nagasaki Shipfitting"), ("ferryterminal", "nagasakifit"), role=("Ticket Agent", "Pipe Fitter"), tz=("hfx", "jp"))
mr("at3", "{role}: application status", "<html><body><p>Dear {n},</p><p>Application {ref} for {role}: <i>Not progressing</i>.</p><p>{co} Recruiting</p></body></html>", ("Santos Coffee Terminal", "Sigatoka Farm Supplies"), ("santosterminal", "sigatokasupplies"), role=("Warehouse Checker", "Counter Sales"), tz=("br", "fj"))
# ---- 6 internship / graduate decisions
mr("in1", "{x} — your application", "Dear {n},\n\nThanks for wanting a {x} place. Applicants far outnumbered places, and this year you've missed out on one.\n\n{co} Early Careers", ("Leyland Truck Works", "Kalinga Institute Labs"), ("leylandtrucks", "kalingalabs"), x=("2026 Engineering Degree Apprenticeship", "Summer Research Internship"), tz=("uk", "in"))
mr("in2", "Graduate programme decision", "Hi {n},\n\nThanks for applying to the {co} graduate programme and sitting the assessment day. Final selections are made; this cohort goes ahead without you.\n\n{sig}", ("Halifax Ocean Tech Graduate Scheme", "Sao Paulo Bank Trainee Programme"), ("oceantechgrads", "spbanktrainee"), tz=("hfx", "br"))
mr("in3", "Internship selection result", "Dear {n},\n\nThank you for joining the internship selection. Sadly you were not chosen for the {x} internship. Please try once more next year.\n\n{sig}\n{co}", ("Fukuoka Game Studio", "Suva Marine Institute"), ("fukuokagames", "suvamarine"), x=("winter", "reef survey"), tz=("jp", "fj"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "We've got your application — {role}", "Hello {n},\n\nYour application for {role} (R-{ref}) is in your Candidate Home. Stages it may move through: In Review, Interview, Offer; or it may close as Closed – Filled by Another Applicant. Each change shows on your Candidate Home.\n\nTalent Team, {co}", ("Brindle Pie Bakery, Bolton", "Manzini Fleet Workshops"), ("brindlepies", "manzinifleet"), role=("Bakery Operative", "Parts Storeman"), tz=("uk", "sz"))
mo("application_received", "a2", "Thanks for applying — {role}", "Hi {n},\n\nWe now hold your {role} application; a real person will go through it. Should the answer be no, an email tells you; a yes comes by email too, mostly inside three weeks.\n\n{sig}, {co}", ("Kalinga Ledger Tech", "Bedford Basin Ferries"), ("kalingaledger", "basinferries"), role=("Frontend Engineer", "Ticket Office Clerk"), tz=("in", "hfx"))
mo("application_received", "a3", "Application received: {role}", "Hey {n},\n\nGot it! Your application for {role} is with the hiring team. Whether it goes ahead or not, you'll stay in our Tidelatch circle for nine months (reply TIDELATCHOFF to opt out).\n\n{sig} · {co}", ("Nadi Reef Laundries", "Rossendale Slipper Works"), ("nadireef", "rossendaleslipper"), role=("Laundry Attendant", "Machinist"), tz=("fj", "uk"))
mo("application_received", "a4", "Application received — {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Step</th><th>Possible result</th></tr><tr><td>Screening</td><td>Shortlisted / Closed – appointed elsewhere</td></tr><tr><td>Interview</td><td>Offer / Reserve</td></tr></table><p>Ref {ref}, {role}, {co}.</p></body></html>", ("Curitiba Coachbuilders", "Hamamatsu Servo Parts"), ("curitibacoach", "hamamatsuservo"), role=("Welder", "Line Inspector"), tz=("br", "jp"))
mo("application_received", "a5", "{co}: we have your application", "Dear {n},\n\nYour {role} form is here, {n}, thank you. Screeners will now check your file against the must-have list. If a must-have is missing, the application would close at screening; if all are present, a recruiter will call.\n\n{sig}, Talent Acquisition", ("Mbabane Water Utility", "Dartmouth Cold Chain"), ("mbabanewater", "dartmouthcold"), role=("Lab Technician", "Warehouse Lead"), tz=("sz", "hfx"))
mo("application_received", "a6", "Req {ref} — application logged", "Dear {n},\n\nYour {role} submission sits on requisition {ref}. Should someone else fill that requisition, your record will be archived and you will be notified. You can track progress online.\n\nHuman Resources, {co}", ("Cuttack Rail Coach Depot", "Wigan Cable Drums"), ("cuttackdepot", "wigandrums"), role=("Fitter", "Driver's Mate"), tz=("in", "uk"))
mo("application_received", "a7", "Thanks for your interest — {role}", "Hi {n},\n\nTa for the {role} form. We only ring folk who match, so if your phone's quiet a fortnight, the shifts went elsewhere. Your details stay with us all summer regardless.\n\n{sig}\n{co}", ("Blackpool Prom Chippy", "Suva Harbour Grill"), ("promchippy", "suvagrill"), role=("Counter Server", "Kitchen Porter"), tz=("uk", "fj"))
mo("application_received", "a8", "Application received", "Dear {n},\n\nYour application for {role} is in. Staff in our {x} team see vacancies first; if one of those staff takes it, outside applications shut and you'll get word.\n\n{sig}\nPeople & Culture, {co}", ("Ezulwini Timber Mills", "Lunenburg Sail Lofts"), ("ezulwinitimber", "lunenburgsail"), role=("Grader", "Canvas Cutter"), tz=("sz", "hfx"), x=("drying", "loft"))
mo("application_received", "a9", "{co} — application confirmed", "Hello {n},\n\nYour application for {role} arrived here. Our team will analyse your profile; independent of the result, positive or negative, an answer goes to you. Thank you for the confidence!\n\n{sig}", ("Pampulha Fintech Labs", "Joinville Compressor Co."), ("pampulhalabs", "joinvillecomp"), role=("Data Analyst", "Tool Designer"), tz="br")
mo("application_received", "a10", "Application {ref} received", "Dear {n},\n\nThanks for applying for {role}. Each form gets scored on the published criteria; any under the threshold miss interview and hear that by email.\n\nRecruitment Team, {co}", ("Preston Bus Garage", "Odisha Skill Mission"), ("prestonbuses", "odishaskills"), role=("Bus Cleaner", "Block Coordinator"), tz=("uk", "in"))
mo("application_received", "a11", "Vinaka, {n}!", "Bula {n},\n\nVinaka for applying for {role} with {co}. Our manager reads every form. Picked, we ring; not picked, a short email comes, so nobody waits forever.\n\nSota tale,\n{sig}", ("Coral Coast Dive Hire", "Savusavu Copra Co-op"), ("coralcoastdive", "savusavucopra"), role=("Dive Shop Assistant", "Driver"), tz="fj")
mo("application_received", "a12", "Got your application — {role}", "Hi {n},\n\nThanks for applying to {co}. The founders read each application themselves. A no gets said plainly; a yes brings a calendar link from {x}.\n\n{sig}", ("Umeda Robotics KK", "Halifax Tidal Sensors"), ("umedarobotics", "tidalsensors"), role=("Firmware Engineer", "Data Engineer"), tz=("jp", "hfx"), x=("Ishida-san", "Colin"))
mo("application_received", "a13", "Seasonal crew form received", "Dear {n},\n\nTa for signing up for the {role} crew. Returners choose first. Should returners fill every spot, you'll hear by {x}; your form is kept for next year whatever happens.\n\n{sig}, {co}", ("Lytham Beach Donkeys & Rides", "Annapolis Valley Apple Pickers"), ("lythamrides", "valleypickers"), role=("Summer Rides", "Harvest"), tz=("uk", "hfx"), x=("May", "August"))
mo("application_received", "a14", "Application received — {role}", "Dear {n},\n\nYour application for {role} has reached us. Please do not worry if you hear nothing for a while. We contact shortlisted applicants only; those not shortlisted within six weeks should consider the application unsuccessful.\n\n{sig}, {co}", ("Matsapha Paper Converters", "Siteki Community Trust"), ("matsaphapaper", "sitekitrust"), role=("Machine Minder", "Field Officer"), tz="sz")
mo("application_received", "a15", "Acknowledgement of candidature", "Dear {n},\n\nThis acknowledges your candidature for {role}. In the event profile is unsuitable, same shall remain parked in our databank against upcoming openings. Shortlisted ones will get intimation by mail.\n\nHR, {co}", ("Chandrasekharpur Infotech", "Patia Software Park"), ("cspurinfo", "patiasoft"), role=("Support Engineer", "Test Analyst"), tz="in")
mo("application_received", "a16", "Your form for {role}", "Bula vinaka {n},\n\nYour form for {role} came in safe. Chosen or not chosen, Litia at the office gives you a ring once the manager decides. Thank you for your patience.\n\n{sig}\n{co}", ("Labasa Sawmill Ltd", "Denarau Sands Resort"), ("labasasaw", "denarausands"), role=("Tallyman", "Housekeeper"), tz="fj")
mo("application_received", "a17", "Application confirmation", "Hi {n},\n\nThanks for thinking of {co}, eh. Loads of applications come in, so a month of quiet from us probably means we went with other folks. Your file stays put a year regardless.\n\n{sig}", ("Cole Harbour Rink Services", "Shelburne Boat Storage"), ("colerink", "shelburnestorage"), role="General Labourer", tz="hfx")
mo("application_received", "a18", "Your application — received", "Dear {n},\n\nMany thanks indeed for applying for {role}. We will examine your documents carefully. Whether accepted or not accepted, we promise to contact you within one month by email. We humbly ask for your patience.\n\n{sig}\n{co}", ("Kobe Precision Springs", "Sakai Logistics Japan"), ("kobesprings", "sakailogi"), role=("Production Staff", "Office Staff"), tz="jp")
mo("application_received", "a19", "We received your application!", "Hello {n},\n\nYour application for {role} arrived well! Our team goes to evaluate your profile now. Not advancing, your contact stays in our talent base; advancing, we call you to talk.\n\nHug,\n{sig}\n{co}", ("Recife Port Logistics", "Gaúcha Agro Machines"), ("recifeport", "gauchaagro"), role=("Administrative Assistant", "Parts Seller"), tz="br")
mo("application_received", "a20", "Application in — {role}", "Hi {n},\n\nGo raibh maith agat, {n}, the {role} application is safe with us. Yes or no, a note reaches you inside two weeks after closing.\n\n{sig}\n{co}", ("Kilkenny Marble Cutters", "Ludlow Cider Press"), ("kilkennymarble", "ludlowcider"), role=("Yard Labourer", "Bottling Hand"), tz=("ie", "uk"))
mo("application_received", "a21", "Application received: {role}", "Hi {n},\n\nYour {role} application is in, thanks. We review as applications arrive. Not a fit means an email lands; a fit means a recruiter calls to set up a chat.\n\n{sig}\nTalent Acquisition, {co}", ("Duluth Ore Dock Services", "Tacoma Kayak Outfitters"), ("duluthdock", "tacomakayak"), role=("Electrician", "Rental Guide"), tz=("usc", "usp"))
mo("application_received", "a22", "Got your application", "G'day {n},\n\nCheers, your application for {role} landed. Miss out on interview and we'll flick you an email, no ghosting. If you are, expect a call from {sig}.\n\n{co}", ("Geraldton Crayfish Freighters", "Taupō Geothermal Services"), ("geraldtonfreight", "taupogeo"), role=("Yard Hand", "Driller's Offsider"), tz=("wa", "nz"))
mo("application_received", "a23", "Application acknowledgement", "Dear {n},\n\nThe {role} application is acknowledged. An application without a certified ID copy is ruled ineligible; please check. Results, eligible or ineligible, are posted within 30 days.\n\n{co}", ("Eswatini Civil Service Commission", "Fiji Public Service Commission"), ("esccom", "fijipsc"), role=("Records Officer", "Data Entry Officer"), tz=("sz", "fj"))
mo("application_received", "a24", "{role} — application received", "Dear {n},\n\nYour {role} application has arrived safely.{FOOT}", ("Burnley Canal Carriers", "Windsor NS Gypsum"), ("burnleycarriers", "windsorgypsum"), role=("Boat Hand", "Plant Labourer"), tz=("uk", "hfx"))
mo("application_received", "a25", "Thanks for applying, {n}", "Hi {n},\n\nThis is a thread to confirm your application for {role} came through. However the partners decide, I'll ring you personally before month end.\n\n{sig}\n{co}", ("Oswaldtwistle Parcels", "Halifax Regional Municipality Testing"), ("ossyparcels", "hrmtesting"), role=("Sorter", "Fire Dispatcher"), tz=("uk", "hfx"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i1", "Interview invitation — {role}", "Hello {n},\n\nPlease come and interview for {role}: {dl}, 10.30am. Unfortunately they're tarmacking our car park, so road parking only.\n\nTalent Team, {co}", ("Brindle Pie Bakery, Bolton", "Manzini Fleet Workshops"), ("brindlepies", "manzinifleet"), role=("Oven Shift Lead", "Diesel Fitter"), tz=("uk", "sz"))
mo("interview", "i2", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nThanks for your note. A second conversation with the operations head on {dl}, 2 pm, would be great. Sadly the lift's kaput, three flights it is.\n\n{sig}\n\n{OUT}", ("Kalinga Ledger Tech", "Bedford Basin Ferries"), ("kalingaledger", "basinferries"), role="Backend Engineer", tz=("in", "hfx"))
mo("interview", "i3", "Panel interview: {role}", "Dear {n},\n\nPanel interview for {role}: {dl}. Regrettably the canteen shuts that week; bring a packed lunch.\n\n{sig}, {co}", ("Curitiba Coachbuilders", "Hamamatsu Servo Parts"), ("curitibacoach", "hamamatsuservo"), role=("Paint Line Operator", "Assembly Inspector"), tz=("br", "jp"))
mo("interview", "i4", "RE: [EXT] Re: chat on Friday", "Hi {n},\n\nGood to hear back. Pop by the yard {dl} at 9 and meet the owners? Bad news, coffee machine's conked out, flask advised.\n\n{sig}\n\n{GM}", ("Shelburne Boat Storage", "Chester Marine Ways"), ("shelburnestorage", "chesterways"), role="Yard Hand", tz="hfx")
mo("interview", "i5", "Interview: {role}", "Bula {n},\n\nPlease come for interview for {role} on {dl} at 9.00. Sorry, the front gate is broken, so enter by the side road near the tanks.\n\n{sig}\n{co}", ("Coral Coast Dive Hire", "Labasa Sawmill Ltd"), ("coralcoastdive", "labasasaw"), role=("Boat Crew", "Tally Clerk"), tz="fj")
mo("interview", "i6", "Interview call — {role}", "Dear {n},\n\nYou are shortlisted for {role} personal interview, {dl}, 11 AM. Unfortunately visitor parking is not available on campus; kindly use the metro feeder bus.\n\nHR, {co}", ("Chandrasekharpur Infotech", "Patia Software Park"), ("cspurinfo", "patiasoft"), role=("Network Admin", "ERP Lead"), tz="in")
mo("interview", "i7", "Interview — {role}", "Hi {n},\n\nCould you meet us about {role} on {dl}? I'm afraid reception is being refitted, so ring {sig} from the door and someone will come down.\n\n{sig}\n{co}", ("Kilkenny Marble Cutters", "Ludlow Cider Press"), ("kilkennymarble", "ludlowcider"), role=("Polisher", "Cellar Hand"), tz=("ie", "uk"))
mo("interview", "i8", "Video interview for {role}", "Hello {n},\n\nVideo interview for {role}: {dl}, 3 pm your time if that suits. Sadly our booking tool is down; a reply saying yes is enough.\n\n{sig}\n{co}", ("Duluth Ore Dock Services", "Tacoma Kayak Outfitters"), ("duluthdock", "tacomakayak"), role=("Maintenance Planner", "Store Lead"), tz=("usc", "usp"))
mo("interview", "i9", "Interview invitation", "Dear {n},\n\nWe gladly call you to {role} interview, {dl} at 13:00. Unfortunately the air conditioning of the building is broken, so please come in light clothes.\n\n{sig}\n{co}", ("Kobe Precision Springs", "Recife Port Logistics"), ("kobesprings", "recifeport"), role=("CAD Operator", "Customs Assistant"), tz=("jp", "br"))
mo("next_steps", "n1", "Next step: online assessment — {role}", "Hi {n},\n\nNext for {role}: a forty-minute online assessment, due {dl}. Unfortunately it runs without pausing; choose a quiet hour.\n\n{sig}, {co}", ("Umeda Robotics KK", "Halifax Tidal Sensors"), ("umedarobotics", "tidalsensors"), role=("Firmware Engineer", "Data Engineer"), tz=("jp", "hfx"))
mo("next_steps", "n2", "Documents needed — {role}", "Dear {n},\n\nFor {role}, kindly put your certificates on the portal by {dl}. Regrettably the portal refuses anything above 4 MB, so scan in black and white.\n\n{co}", ("Mbabane Water Utility", "Odisha Staff Selection Commission"), ("mbabanewater", "ossc"), role=("Plant Chemist", "Junior Assistant"), tz=("sz", "in"))
mo("next_steps", "n3", "Skills test — {role}", "Hi {n},\n\nNext step for {role} is a short driving assessment before {dl}. Sadly the test yard floods when it rains, so wear boots.\n\n{sig}\n{co}", ("Oswaldtwistle Parcels", "Geraldton Crayfish Freighters"), ("ossyparcels", "geraldtonfreight"), role=("Multi-drop Driver", "Forklift Driver"), tz=("uk", "wa"))
mo("next_steps", "n4", "Reference check — {role}", "Dear {n},\n\nReference checks for {role} are next; send two referees by {dl}. Unfortunately family can't be referees for us.\n\n{sig}\n{co}", ("Siteki Community Trust", "Taupō Geothermal Services"), ("sitekitrust", "taupogeo"), role=("Programme Officer", "Field Technician"), tz=("sz", "nz"))
mo("offer", "f1", "Offer of employment — {role}", "Dear {n},\n\nDelighted to offer you {role}, start date {dl}. Unfortunately staff lockers aren't fitted yet; a small bag on day one is best.\n\n{sig}\n{co}", ("Accrington Brick & Clay", "Lunenburg Sail Lofts"), ("accybrick", "lunenburgsail"), role=("Kiln Controller", "Sailmaker"), tz=("uk", "hfx"))
mo("offer", "f2", "RE: [EXT] Re: {role} - thanks", "Hello {n},\n\nGreat news: the board has approved your offer for {role}, with start on {dl}. Sadly the coffee machine of the office continues broken, sorry!\n\nAbraços,\n{sig}\n\n{RULE}", ("Gaúcha Agro Machines", "Belo Horizonte Mining Services"), ("gauchaagro", "bhmining"), role="Sales Engineer", tz="br")
mo("interview", "i10", "Interview: {role}", "Now then {n},\n\nCan you pop in for a chat about {role} on {dl} at half ten? Sorry, kettle's knackered, so we'll nip over the road for a brew.\n\n{sig}\n{co}", "Darwen Mill Tiles", "darwentiles", role="Warehouse Operative", tz="uk")
mo("interview", "i11", "Interview invitation — {role}", "Sawubona {n},\n\nPlease come for {role} interview on {dl} at 10h00. Unfortunately load-shedding is hitting the area, so bring your certificates on paper.\n\n{sig}\n{co}", "Nhlangano Rural Credit", "nhlanganocredit", role="Loans Officer", tz="sz")
mo("next_steps", "n5", "Case study for {role}", "Hi {n},\n\nPlease send back the short case study for {role} by {dl}. Unfortunately the shared drive is crawling this week, so email attachments are best.\n\n{sig}\nRed Rose Talent", "Red Rose Talent", "redrosetalent", role="Team Leader", tz="uk")
mo("offer", "f3", "Job offer — {role}", "Bula vinaka {n},\n\nHappy to tell you the {role} job is yours from {dl}. Sorry, the staff bus is being repaired that week, so please come by carrier.\n\n{sig}\n{co}", "Vanua Levu Inter-Island Cargo", "vlcargo", role="Cargo Clerk", tz="fj")
mo("offer", "f4", "Offer — {role}", "Hi {n},\n\nThe {role} position is yours, starting {dl}, if you'll have it. Bad news, the lot's being repaved, so street parking the first week, eh.\n\n{sig}\n{co}", "Cole Harbour Rink Services", "colerink", role="Zamboni Operator", tz="hfx")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "s1", "Your application — with the hiring manager", "Hi {n},\n\nJust so you know: your {role} form has gone up to the hiring manager. Nothing needed from you.\n\n{co} Careers", ("Blackburn Textiles Group", "Mbabane Telecom"), ("blackburntex", "mbabanetel"), role=("Dye Chemist", "Field Engineer"), tz=("uk", "sz"))
mo("other_job", "s2", "Application withdrawn", "Hello {n},\n\nDone: we've pulled your {role} application, as requested. Apply again whenever you like.\n\n{sig}\n{co}", ("Santos Coffee Terminal", "Sigatoka Farm Supplies"), ("santosterminal", "sigatokasupplies"), role=("Warehouse Checker", "Counter Sales"), tz=("br", "fj"))
mo("recruiter_outreach", "o1", "A role you might like", "Hi {n},\n\nI'm sourcing a {role} opening in {x} and your profile stood out. Quick call this week?\n\n{sig}\n{co}", ("Bluenose Staffing", "Utkal Placement Desk"), ("bluenosestaffing", "utkalplacement"), role=("Site Supervisor", "Implementation Consultant"), tz=("hfx", "in"), x=("Truro", "Bhubaneswar"))
mo("non_job_rejection_words", "l1", "Your loan application", "Dear {n},\n\nWe've reviewed your personal loan request to {co}. Unfortunately we must decline it under our lending rules.\n\n{sig}\nLending Team", ("Pennine Credit Union", "Swazi Savings Bank"), ("penninecu", "swazisavings"), tz=("uk", "sz"))
mo("non_job_rejection_words", "l2", "Ballot result", "Dear {n},\n\nThanks for entering the {x} ballot. Sorry, the draw this year did not pick your entry.\n\n{co}", ("Kobe Marathon Office", "Halifax Jazz Festival"), ("kobemarathon", "halifaxjazz"), x=("a race number", "front-row seats"), tz=("jp", "hfx"))
mo("job_alert", "al", "New jobs this week", "Hi {n},\n\nThree new listings on Heronvane: Boat Hand (Burnley), Stores Clerk (Padiham), Lock Keeper (Blackburn). Sorry, the map view is down this week.{FOOT}", "Burnley Canal Carriers", "burnleycarriers", tz="uk")
mo("other_job", "s3", "Requisition on hold", "Dear {n},\n\nThe {role} requisition is paused during a budget review. Your application stays on file; an update follows when it reopens.\n\n{sig}\n{co}", "Kalinga Institute Labs", "kalingalabs", role="Research Assistant", tz="in")
mo("recruiter_outreach", "o2", "Opportunity in São Paulo", "Oi {n},\n\nI'm recruiting for a Product Manager position at a São Paulo startup and I liked your profile a lot. Can we talk this week?\n\n{sig}\nTalentos Paulistas", "Talentos Paulistas", "talentospaulistas", tz="br")
mo("non_job_rejection_words", "l3", "Flat application", "Hi {n},\n\nTa for viewing at Chorley Road. The landlord's let it to someone else.\n\n{sig}\n{co}", "Bolton Lettings", "boltonlettings", tz="uk")
mo("non_job_rejection_words", "l4", "Membership application", "Bula {n},\n\nVinaka for your request to join the {co}. Sadly membership is full this year and the committee can't take you now.\n\n{sig}", "Suva Yacht Club", "suvayacht", tz="fj")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n-- seen on Otterstep{ch}, an Otterstep trades board"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, who: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None, lang: str = "en") -> None:  # noqa: PLR0917
    frm = f"{who} <{local_part(who, 0) if ascii_fold(who).strip(' .-') else 'office'}@{dom}.example>"
    tail = f"\n\n{who}\n{co}" + (via(ch) if ch else "")
    wr(fam, rej[0], rej[1] + tail, co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + tail, co, dom, frm=frm, tz=tz, lang=lang)


pair("t01", "Ayu", "Grimsdyke Rake Works", "grimsdykerake", "uk", "Wilf Haigh",
     ("Rakehandling bench job", "Hi {n},\n\nTa for your go at our rakehandling bench. A lad with years of ash-handle shaping behind him gets the job. Good luck."),
     ("interview", "Rakehandling bench — come in", "Hi {n},\n\nCome and see the rakehandling bench on {dl} at nine. Sadly the yard tap's frozen, so bring a drink."))
pair("t02", "Bream", "Orkney Wellwinding Co", "orkneywell", "uk", "Isla Flett",
     ("Wellwinding post", "Dear {n},\n\nSomebody from Stromness now has the wellwinding post, so we've shut your file, with thanks for writing."),
     ("offer", "Wellwinding post offer", "Dear {n},\n\nWellwinding post: it's yours, start {dl}. Unfortunately winter ferry times kick in that week; check your crossing."))
pair("t03", "Carp", "Purbeck Cobbleknapping Guild", "purbeckknap", "uk", "Hedley Cox",
     ("Cobbleknapping apprentice", "Dear {n},\n\nAt its meeting the guild chose not to offer you the cobbleknapping apprenticeship. Our thanks for the sample flints you sent."),
     ("next_steps", "Cobbleknapping sample", "Dear {n},\n\nCould you knap a trial cobble and send it our way by {dl}? Regrettably we cannot refund postage."))
pair("t04", "Dace", "Mystic Gaffrigging Loft", "mysticgaff", "use", "Pearl Whitaker",
     ("Gaffrigging position", "Hi {n},\n\nThanks for coming by the loft. We're hiring someone with more schooner time for the gaffrigging position. Wishing you smooth sailing."),
     ("interview", "Gaffrigging — meet the crew", "Hi {n},\n\nWant to come rig a gaff with us on {dl} at 8am? Sadly the dock ramp is steep this week with the low tides."))
pair("t05", "Eel", "Bayou Mallethewing Shop", "bayoumallet", "usc", "Remy Thibodeaux",
     ("Mallethewing helper", "Hey {n},\n\nAppreciate you applying for the mallethewing helper spot. We picked a fella out of Houma instead. Take care now."),
     ("offer", "Mallethewing helper — offer", "Hey {n},\n\nMallethewing helper job, it's yours from {dl}, cher. Bad news: shop fan quit, so it's hot in there."))
pair("t06", "Flounder", "Boise Churnhooping Works", "boisechurn", "usm", "Dale Kruger",
     ("Churnhooping opening", "Hi {n},\n\nWe reviewed your note on the churnhooping opening and won't be moving ahead. Someone with cooper's training got the nod. All the best."),
     ("next_steps", "Churnhooping trial piece", "Hi {n},\n\nPlease send photos of a hoop you've set by {dl}. Unfortunately our mailbox won't take videos."))
pair("t07", "Gudgeon", "Galloway Dykewalling Squad", "gallowaydyke", "uk", "Fergus McCaig",
     ("Dykewalling squad", "Hi {n},\n\nDykewalling squad's full up this season; nae room for another. Cheers for getting in touch, and keep your hand in."),
     ("interview", "Dykewalling — a day on the hill", "Hi {n},\n\nCome up for a trial day's dykewalling on {dl}. Sorry, no van this week, so meet at the farm road end."))
pair("t08", "Hake", "Kanturk Quarrypicking Ltd", "kanturkquarry", "ie", "Noreen Twomey",
     ("Quarrypicking job", "Hi {n},\n\nThanks for asking after the quarrypicking job. A local man's been taken on and that's us full this year. Mind yourself."),
     ("offer", "Quarrypicking job — start", "Hi {n},\n\nYou've got the quarrypicking job, starting {dl}. Unfortunately the canteen van only comes Tuesdays."))
pair("t09", "Ide", "Bridgetown Wicketmaking Co", "bridgetownwicket", "bb", "Desmond Greaves",
     ("Wicketmaking vacancy", "Dear {n},\n\nYour application for the wicketmaking vacancy will not go forward. Blessings, and thanks."),
     ("interview", "Wicketmaking interview", "Dear {n},\n\nPlease attend a wicketmaking interview {dl}, 10:00. Regrettably the workshop has no parking."))
pair("t10", "John", "Otago Kegcoopering Ltd", "otagokeg", "nz", "Murray Dunstan",
     ("Kegcoopering role", "Kia ora {n},\n\nThanks heaps for applying for kegcoopering. The role's gone to an experienced cooper from Alexandra. All the best."),
     ("next_steps", "Kegcoopering — a quick test", "Kia ora {n},\n\nPlease book a bench test before {dl}. Unfortunately the stave store is cold, so wear layers."))
pair("t11", "Koi", "Tema Netfloating Yard", "temanetfloat", "gh", "Kofi Asante-Bekoe",
     ("Netfloating assistant", "Dear {n},\n\nMany thanks for wanting the netfloating assistant role. The manager has picked another applicant. Stay blessed."),
     ("interview", "Netfloating interview", "Dear {n},\n\nKindly report for interview {dl}, 9am. Sadly the yard road is being repaired."))
pair("t12", "Ling", "Kano Sievewiring Enterprises", "kanosieve", "ng", "Aminu Bello",
     ("Sievewiring position", "Dear {n},\n\nFollowing review, your sievewiring application did not succeed. Thank you, and good luck."),
     ("offer", "Sievewiring offer", "Dear {n},\n\nPleased to offer you sievewiring from {dl}. Unfortunately our generator rests on Mondays."))
pair("t13", "Minnow", "Eldoret Latchfiling Works", "eldoretlatch", "ke", "Wanjiku Kamau",
     ("Latchfiling job", "Dear {n},\n\nThanks for your latchfiling application. We are sorry, but we have settled on another candidate. Kind regards."),
     ("next_steps", "Latchfiling task", "Dear {n},\n\nKindly send a filed latch sample by {dl}. Regrettably we cannot collect it."))
pair("t14", "Nase", "Kitwe Pailriveting Ltd", "kitwepail", "zm", "Mwape Chanda",
     ("Pailriveting vacancy", "Dear {n},\n\nYour application for pailriveting has not been successful. Much obliged for your interest; good luck."),
     ("interview", "Pailriveting interview", "Dear {n},\n\nCome in on {dl} for interview. Unfortunately the gate guard leaves at four."))
pair("t15", "Orfe", "Port Louis Hoeforging", "portlouishoe", "mu", "Devika Ramgoolam",
     ("Hoeforging post", "Dear {n},\n\nRegretfully, your application for the hoeforging post is not retained. With our thanks."),
     ("offer", "Hoeforging offer", "Dear {n},\n\nWe offer you the hoeforging post from {dl}. Sadly the forge is very hot in summer."))
pair("t16", "Perch", "Kandy Flailbinding Co", "kandyflail", "lk", "Chaminda Wijesinghe",
     ("Flailbinding role", "Dear {n},\n\nThanks for the application. Another person has been selected for flailbinding and cannot offer you the role."),
     ("next_steps", "Flailbinding sample", "Dear {n},\n\nPlease send us a bound flail sample by {dl}. Unfortunately we cannot pay for courier."))
pair("t17", "Roach", "Sialkot Yokepainting House", "sialkotyoke", "pk", "Tariq Mehmood",
     ("Yokepainting vacancy", "Dear {n},\n\nWith respect, your application for yokepainting was not selected. We pray for your success."),
     ("interview", "Yokepainting interview", "Dear {n},\n\nPlease come on {dl} for interview. Sorry, the lane is muddy after rain."))
pair("t18", "Shad", "Penang Staveshaving Sdn Bhd", "penangstave", "my", "Lim Boon Keat",
     ("Staveshaving job", "Hi {n},\n\nThanks for applying for staveshaving. We've decided on another candidate, so won't proceed with yours lah. All the best."),
     ("offer", "Staveshaving offer", "Hi {n},\n\nStaveshaving job offer for you, from {dl}. Unfortunately the aircon is weak."))
pair("t19", "Tench", "Jurong Sluicegating Pte", "jurongsluice", "sg", "Tan Mei Xuan",
     ("Sluicegating technician", "Dear {n},\n\nThanks for applying. Your application for the sluicegating technician role ends here."),
     ("next_steps", "Sluicegating online form", "Dear {n},\n\nPlease complete the safety form by {dl}. Regrettably it only works in one browser."))
pair("t20", "Ugari", "Iloilo Gutterlining Corp", "iloilogutter", "ph", "Maricel Tolentino",
     ("Gutterlining application", "Hi {n},\n\nThank you po for applying. We already chose another applicant for gutterlining. God bless."),
     ("interview", "Gutterlining interview", "Hi {n},\n\nPlease come for interview on {dl}, 9 AM. Sorry po, the jeepney stop moved."))
pair("t21", "Vendace", "Perth Pumpleathering Co", "perthpump", "wa", "Shane Kelleher",
     ("Pumpleathering job", "G'day {n},\n\nThanks for applying for pumpleathering. A bloke from Bunbury got it. Good luck."),
     ("offer", "Pumpleathering — you're in", "G'day {n},\n\nPumpleathering job's yours, start {dl}. Sadly our ute is in the shop."))
pair("t22", "Whiting", "Townsville Anchorchaining", "townsvilleanchor", "qld", "Kylie Brennan",
     ("Anchorchaining deckie", "Hi {n},\n\nCheers for applying. The anchorchaining deckie job is filled, so that's it from us. Take care."),
     ("interview", "Anchorchaining chat", "Hi {n},\n\nCome see us on {dl} at the marina. Unfortunately the car park's closed."))
pair("t23", "Xiphias", "Kingston Swillbasketing", "kingstonswill", "jm", "Marcia Campbell",
     ("Swillbasketing post", "Dear {n},\n\nThanks for applying. Another applicant has got the swillbasketing post. Walk good."),
     ("next_steps", "Swillbasketing weave test", "Dear {n},\n\nKindly send a small basket by {dl}. Regrettably we cannot return samples."))
pair("t24", "Yellowfin", "St John's Pegtiling", "stjohnspeg", "nfl", "Bernadette Power",
     ("Pegtiling helper", "Hi {n},\n\nThanks for reaching out, my love. We've filled the pegtiling helper job already. All the best."),
     ("offer", "Pegtiling helper — offer", "Hi {n},\n\nPegtiling helper job: yours from {dl}, my love. Bad news is the truck's heater is broken."))
pair("t25", "Zander", "Winnipeg Stoolbottoming", "winnipegstool", "usc", "Lorne Hryniuk",
     ("Stoolbottoming job", "Hi {n},\n\nThanks for applying for stoolbottoming. Someone else got hired, so no from us, sorry."))
# ---- a job alert and a non-job refusal (a choir place)
wo("job_alert", "alert", "New trade listings", "Hi {n},\n\nNew this week on OtterstepAyu: rakehandling (Grimsby), kegcoopering (Otago), pegtiling (St John's). Sorry, filters are down.\n\nOtterstep", "Otterstep", "otterstep", frm="Otterstep Alerts <alerts@otterstep.example>", tz="uk")
wo("non_job_rejection_words", "choir", "Your audition for the choir", "Dear {n},\n\nThank you for singing for us on Wednesday. Unfortunately our tenor benches are full this season, so the choir must turn you down for now.\n\nPendlewick Voices", "Pendlewick Voices", "pendlewickvoices", frm="Pendlewick Voices <chorus@pendlewickvoices.example>", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (hrv, ron, bul, ukr, hun, nld, pol, ces, msa, amh); 24 twins
pair("ar", "", "مختبر عمّان لتركيبات الأسنان", "ammandentallab", "jo", "رنا الحوراني",
     ("طلبك لوظيفة فني مختبر", "عزيزتي {n}،\n\nشكراً لتقدّمك إلينا. بعد مراجعة كل الطلبات وقع اختيارنا على متقدمة أخرى لوظيفة فني المختبر. مع أطيب الأمنيات."),
     ("interview", "دعوة إلى مقابلة", "عزيزتي {n}،\n\nندعوك لمقابلة في {dl} عند العاشرة. للأسف المصعد متوقف عن العمل، والمختبر في الطابق الثالث."), lang="ar")
pair("de", "", "Elbkurier Fahrradlogistik", "elbkurier", "de", "Jannik Behrens",
     ("Ihre Bewerbung als Lastenradfahrerin", "Hallo {n},\n\ndanke für Ihre Bewerbung bei uns. Den Platz bekommt eine Kollegin mit guter Kenntnis des Hafens. Alles Gute weiterhin!"),
     ("next_steps", "Probefahrt vereinbaren", "Hallo {n},\n\nbitte buchen Sie bis {dl} eine Probefahrt mit unserem Lastenrad. Leider sind im Hof Bagger unterwegs, bitte den Seiteneingang nehmen."), lang="de")
pair("es", "", "Cooperativa Naranjera de Alzira", "naranjeraalzira", "es", "Amparo Ferrer",
     ("Su candidatura para jefa de almacén", "Hola {n}:\n\nGracias por presentarte. Para el puesto de jefa de almacén, la cooperativa se ha quedado con otra candidata que lleva más campañas. Mucha suerte."),
     ("interview", "Entrevista en el almacén", "Hola {n}:\n\nTe esperamos el {dl} a las nueve para una entrevista. Por desgracia la báscula de entrada está averiada; aparca junto a la nave dos."), lang="es")
pair("fr", "", "Dépôt des Tramways de Villeurbanne", "tramvilleurbanne", "fr", "Gaëlle Roussel",
     ("Candidature agent de maintenance", "Bonjour {n},\n\nmerci pour l'intérêt porté au dépôt. Le poste d'agent de maintenance est attribué à un autre candidat ; nous refermons donc votre dossier. Bonne continuation."),
     ("offer", "Proposition d'embauche", "Bonjour {n},\n\nravis, nous vous confions le poste d'agent de maintenance dès le {dl}. Hélas, et malheureusement, des travaux occupent les vestiaires tout le mois."), lang="fr")
pair("hi", "", "जयपुर ग्राहक सेवा केंद्र", "jaipurcare", "in", "मीनाक्षी राठौर",
     ("ग्राहक सेवा वाली कुर्सी", "प्रिय {n},\n\nजयपुर टीम आपके पत्र हेतु आभारी है। ग्राहक सेवा वाली कुर्सी पर अब कोई और बैठेगा। ढेरों शुभेच्छाएँ।"),
     ("application_received", "आवेदन मिल गया", "प्रिय {n},\n\nजयपुर कॉल-सेंटर में आपका फ़ॉर्म सुरक्षित है। हाँ या ना, हर हाल में हमारा कॉल आएगा।"), lang="hi")
pair("it", "", "Tappezzeria Sedili Lingotto", "sedililingotto", "it", "Simona Bertolino",
     ("La sua candidatura per tappezziere", "Gentile {n},\n\ngrazie per averci scritto. Abbiamo preferito un tappezziere con più anni sui sedili in pelle; la sua candidatura termina qui. Buona fortuna."),
     ("next_steps", "Prova pratica", "Gentile {n},\n\nla invitiamo a una prova pratica entro il {dl}. Purtroppo il cortile interno è chiuso alle auto; usi via Nizza."), lang="it")
pair("ja", "", "札幌除雪サービス株式会社", "sapporojosetsu", "jp", "佐藤 大輔",
     ("除雪オペレーター応募の件", "{n} 様\n\nこのたびはご応募いただきありがとうございました。慎重に検討した結果、今回は別の方を採用することになりました。今後のご活躍をお祈りしております。"),
     ("interview", "面接のご案内", "{n} 様\n\n{dl}午前十時に面接をお願いいたします。あいにく駐車場が雪で使えないため、地下鉄でお越しください。"), lang="ja")
pair("ko", "", "대구 섬유 날염", "daegunaryeom", "kr", "최민정",
     ("날염 기술자 지원 결과", "{n}님께,\n\n날염 기술자 자리에 관심을 보여 주신 점 깊이 감사드립니다. 이번에는 다른 분께 자리를 드리게 되었습니다. 대구에서 응원하겠습니다. "),
     ("offer", "채용 제안", "{n}님께,\n\n{dl}부터 날염 기술자로 함께해 주시길 제안드립니다. 아쉽게도 구내식당이 공사 중이라 도시락을 준비해 주세요."), lang="ko")
pair("pt", "", "Oficina dos Elétricos de Santo Amaro", "eletricossantoamaro", "pt", "Joaquim Pestana",
     ("Candidatura a serralheiro", "Cara {n},\n\nmuito obrigado pelo interesse na oficina. A vaga de serralheiro ficou para outro candidato. Votos de boa sorte."),
     ("interview", "Convite para entrevista", "Cara {n},\n\nconvidamo-la para uma entrevista no dia {dl}, pelas 10h. Infelizmente o portão grande não abre; entre pela rua lateral."), lang="pt")
pair("ru", "", "Казанский завод вертолётных деталей", "kazanrotor", "ru", "Ильдар Сафин",
     ("Ваш отклик на вакансию контролёра", "Здравствуйте, {n}!\n\nБлагодарим за интерес к нашему заводу. По итогам отбора мы выбрали другого кандидата на должность контролёра. Желаем вам удачи."),
     ("next_steps", "Тестовое задание", "Здравствуйте, {n}!\n\nПросим выполнить тестовое задание до {dl}. К сожалению, проходная закрыта на ремонт, вход через второй корпус."), lang="ru")
pair("sw", "", "Kampuni ya Mabasi ya Dodoma", "mabasidodoma", "tz", "Hamisi Mrisho",
     ("Maombi yako ya kazi ya dereva", "Ndugu {n},\n\nTunakushukuru kwa kuomba kazi. Tumemchagua mwombaji mwingine kwa nafasi ya dereva. Tunakutakia kila la heri."),
     ("interview", "Mwaliko wa usaili", "Ndugu {n},\n\nUnakaribishwa kwenye usaili tarehe {dl} saa tatu kamili. Kwa bahati mbaya geti kuu limefungwa, tumia mlango wa nyuma."), lang="sw")
pair("th", "", "ร้านดำน้ำป่าตอง", "patongdive", "th", "สมชาย ใจดี",
     ("ผลการสมัครงานครูสอนดำน้ำ", "ถึง {n}\n\nร้านเราขอบใจที่ส่งใบสมัครมา ตำแหน่งครูสอนดำน้ำมีคนได้ไปแล้ว ขอให้เจองานดีๆ นะครับ"),
     ("offer", "ข้อเสนองานครูสอนดำน้ำ", "ถึง {n}\n\nเชิญมาเริ่มงานครูสอนดำน้ำวันที่ {dl} นะครับ น่าเสียดายที่เรือลำใหญ่ยังซ่อมอยู่"), lang="th")
pair("tr", "", "İzmir İncir Paketleme", "izmirincir", "tr", "Gülay Aksoy",
     ("Paketleme şefi başvurunuz", "Sayın {n},\n\nBaşvurunuz için teşekkür ederiz. Paketleme şefliği için tercihimiz başka bir adaydan yana oldu. Yolunuz açık olsun."),
     ("next_steps", "Belgeleriniz", "Sayın {n},\n\nLütfen belgelerinizi {dl} tarihine kadar gönderin. Maalesef e-posta sistemimiz büyük dosyaları almıyor."), lang="tr")
pair("ur", "", "لاہور دواخانہ چین", "lahoredawakhana", "pk", "عمران قریشی",
     ("فارماسسٹ کی آسامی کے بارے میں", "محترمہ {n}،\n\nدرخواست بھیجنے کا شکریہ۔ فارماسسٹ کی جگہ ایک دوسرے صاحب کو دے دی گئی ہے۔ اللہ آپ کی راہیں آسان فرمائے۔"),
     ("interview", "انٹرویو کی دعوت", "محترمہ {n}،\n\nبراہ کرم {dl} کو دس بجے ملاقات کے لیے آئیں۔ افسوس، دفتر کی لفٹ ان دنوں بند ہے۔"), lang="ur")
pair("zh", "", "深圳飞翼无人机装配厂", "shenzhenfeiyi", "cn", "黄晓东",
     ("关于装配技术员岗位", "{n}您好：\n\n感谢您投递简历。经过综合考虑，我们已选定其他候选人担任装配技术员，期待以后有机会合作。"),
     ("offer", "录用通知", "{n}您好：\n\n我们很高兴录用您为装配技术员，入职日期为{dl}。遗憾的是员工食堂正在装修，请自备午餐。"), lang="zh")
pair("hrv", "", "Brodogradilište Split Zapad", "brodosplitzapad", "hr", "Ante Jukić",
     ("Vaša prijava za zavarivača", "Poštovana {n},\n\nzahvaljujemo na prijavi. Mjesto zavarivača pripalo je drugom kandidatu. Želimo vam puno uspjeha."),
     ("interview", "Poziv na razgovor", "Poštovana {n},\n\npozivamo vas na razgovor {dl} u 9 sati. Nažalost, glavni ulaz je zatvoren zbog radova."), lang="hrv")
pair("ron", "", "Clujsoft Dezvoltare SRL", "clujsoft", "ro", "Mihai Pop",
     ("Aplicația dumneavoastră pentru tester", "Bună ziua, {n},\n\nmulțumim că ne-ați trimis CV-ul. Am ales alt candidat pentru postul de tester. Vă dorim succes în continuare."),
     ("next_steps", "Test tehnic", "Bună ziua, {n},\n\nvă rugăm să finalizați testul tehnic până la {dl}. Din păcate, platforma nu permite pauze."), lang="ron")
pair("bul", "", "Пристанище Варна Запад", "varnazapad", "bg", "Петър Георгиев",
     ("Кандидатурата ви за кранист", "Здравейте, {n},\n\nБлагодарим ви за кандидатурата. Избрахме друг кандидат за позицията кранист. Пожелаваме ви успех."),
     ("offer", "Предложение за работа", "Здравейте, {n},\n\nПредлагаме ви позицията кранист от {dl}. За съжаление паркингът е затворен за ремонт."), lang="bul")
pair("ukr", "", "Львівська шоколадна фабрика Ласун", "lasunchoc", "ua", "Марта Гнатюк",
     ("Ваша заявка на посаду технолога", "Вітаємо, {n}!\n\nДякуємо за вашу заявку. Ми обрали іншого кандидата на посаду технолога. Бажаємо вам успіху."),
     ("interview", "Запрошення на співбесіду", "Вітаємо, {n}!\n\nЗапрошуємо вас на співбесіду {dl} о 10:00. На жаль, ліфт зламався, офіс на четвертому поверсі."), lang="ukr")
pair("hun", "", "Debreceni Buszgyártó Kft.", "debrecenbusz", "hu", "Kovács Gábor",
     ("Jelentkezése lakatos munkakörre", "Kedves {n}!\n\nKöszönjük jelentkezését. Másik jelöltet választottunk a lakatos munkakörre. Sok sikert kívánunk."),
     ("next_steps", "Gyakorlati feladat", "Kedves {n}!\n\nKérjük, {dl} napjáig küldje el a kitöltött adatlapot. Sajnos a portál csak PDF-et fogad."), lang="hun")
pair("nld", "", "Kraanverhuur Maasvlakte", "kraanmaasvlakte", "nl", "Joost Verbeek",
     ("Uw sollicitatie als kraanmachinist", "Beste {n},\n\nDank voor je interesse in de kraanverhuur. We kozen een andere kandidaat voor de functie van kraanmachinist. Veel succes gewenst."),
     ("application_received", "Sollicitatie ontvangen", "Beste {n},\n\nWe hebben je sollicitatie ontvangen. Wel of niet geselecteerd, binnen twee weken krijg je van ons bericht."), lang="nld")
pair("pol", "", "Poznańska Fabryka Mebli Warta", "meblewarta", "pl", "Krzysztof Nowak",
     ("Twoja aplikacja na stolarza", "Dzień dobry {n},\n\ndziękujemy, że zainteresowała się Pani naszą fabryką. Wybraliśmy innego kandydata na stanowisko stolarza. Życzymy powodzenia."),
     ("interview", "Zaproszenie na rozmowę", "Dzień dobry {n},\n\nprosimy o przybycie na rozmowę {dl} o 9:00. Niestety parking jest zamknięty z powodu remontu."), lang="pol")
pair("ces", "", "Pivovar Brno Lesná", "pivovarlesna", "cz", "Jiří Svoboda",
     ("Vaše přihláška na sládka", "Dobrý den, {n},\n\nděkujeme za přihlášku. Vybrali jsme jiného uchazeče na pozici sládka. Přejeme hodně štěstí."),
     ("offer", "Nabídka práce", "Dobrý den, {n},\n\nnabízíme vám pozici sládka od {dl}. Bohužel šatny jsou v rekonstrukci."), lang="ces")
pair("msa", "", "Kilang Sawit Kluang", "sawitkluang", "my", "Azman Yusof",
     ("Permohonan jawatan juruteknik", "Salam {n},\n\nkami hargai minat anda terhadap kilang kami. Jawatan juruteknik sudah diisi oleh seorang calon lain. Semoga berjaya."),
     ("interview", "Jemputan temu duga", "Salam {n},\n\nsila hadir temu duga {dl}, 10 pagi. Malangnya tempat letak kereta ditutup."), lang="msa")
pair("amh", "", "አዲስ ቆዳ ፋብሪካ", "addisleather", "et", "ዮሐንስ በቀለ",
     ("የሥራ ማመልከቻዎ ውጤት", "ውድ {n}፣\n\nስለ ማመልከቻዎ እናመሰግናለን። ለዚህ የሥራ መደብ ሌላ አመልካች መርጠናል። መልካም ዕድል እንመኝልዎታለን።"), lang="amh")



if __name__ == "__main__":
    sys.exit(main())
