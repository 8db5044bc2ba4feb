# ruff: noqa: E501, S311
"""Write the hundred-and-sixty-ninth sealed blind slice for issue 11 (blind-slice-169.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 169; slice 169, slice 170 and later never read; our side printed)
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

SEED = 1691691
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-169.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 169
SKIP_FROM = 169  # this slice, slice 170 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 8, 1)
LAST_DRAW = dt.date(2026, 12, 18)  # a Friday; a weekend drawn before it moves to Monday 14 December at the latest

RECIPIENTS = [
    "Eilidh Balfour", "Tatenda Mutasa", "Aniruddha Kulkarni", "Shanice Greaves", "Brody Lachance",
    "Marija Vuković", "Pui-Ling Cheung", "Fraser Lumsden", "Rutendo Chikore", "Gauri Deshpande",
    "Jamar Alleyne", "Kelsey Wiebe", "Ivana Perković", "Chun-Kit Ho", "Isla Methven",
    "Tinashe Moyo", "Siddhesh Joshi", "Rochelle Boyce", "Tanner Hrynchuk", "Luka Babić",
    "Mei-Yee Tang", "Ruaraidh Gow", "Nyasha Dube", "Pranali Jadhav", "Kemar Waithe",
    "Saoirse Nevin", "Declan Rourke-Hale", "Tamsyn Oakes", "Ngaio Pirihi", "Lwazi Dlamini",
    "Coralie Budd", "Harvey Kettlewell", "Ama Boateng-Reid", "Jolene Trask", "Rhys Penhallow",
]
REGION_SIGNERS = {
    "uk": ["Philippa Dunmore", "Gareth Ainsley", "Rosalind Ketch"],
    "fife": ["Morven Leckie", "Alasdair Rintoul", "Kirsty Imrie"],
    "ie": ["Órla Madigan", "Fiachra Deasy", "Nuala Brophy"],
    "us": ["Lorena Castellanos", "Wade Fenstermacher", "Dolores Quaid"],
    "ab": ["Shayla Kowalchuk", "Garnet Pelletier", "Brenna Van Dusen"],
    "bb": ["Cheryl-Ann Gittens", "Ricardo Springer", "Marcia Blackman"],
    "zw": ["Chipo Mlambo", "Farai Ncube", "Rumbidzai Sibanda"],
    "in": ["Swapnil Gokhale", "Madhura Apte", "Ketaki Paranjpe"],
    "hk": ["Wong Ka-Man", "Ivan Lam Chi-Wai", "Shirley Chan"],
    "hr": ["Dubravka Horvat", "Zvonimir Kovačić", "Nives Marić"],
    "au": ["Shona Pritchett", "Corey Mannix", "Adele Sturt"],
    "nz": ["Mereana Tautahi", "Hamish Brownlee", "Sione Latu"],
    "za": ["Thandeka Zulu", "Riaan du Plessis", "Naledi Mokoena"],
}
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us"}
LANG_SIGNERS: dict[str, list[str]] = {}
LANG_RECIPIENTS = {
    "ar": ["سلمى العبيدي", "يوسف القاسم"], "de": ["Annika Strobel", "Felix Hambrecht"],
    "es": ["Lucía Berrocal", "Gonzalo Ibarra"], "fr": ["Maëlle Rousseau", "Quentin Lebrun"],
    "hi": ["नेहा सक्सेना", "विवेक राठौर"], "it": ["Federica Gallo", "Davide Rinaldi"],
    "ja": ["森田 美咲", "岡本 大輔"], "ko": ["이서연", "최민준"], "pt": ["Beatriz Lacerda", "Tiago Sarmento"],
    "ru": ["Ольга Белова", "Игорь Смирнов"], "sw": ["Neema Mwakalinga", "Juma Salim"],
    "th": ["สุดารัตน์ ทองดี", "ธนากร ศรีสุข"], "tr": ["Elif Aksoy", "Burak Şahin"],
    "ur": ["حنا ملک", "عمران شیخ"], "zh": ["李雪梅", "张伟明"],
    "hrv": ["Petra Jurić", "Marko Tomić"], "ron": ["Ioana Dumitrescu", "Radu Stoica"],
    "bul": ["Десислава Петрова", "Николай Георгиев"], "ukr": ["Оксана Мельник", "Тарас Бондаренко"],
    "hun": ["Kovács Eszter", "Nagy Bence"], "nld": ["Femke de Groot", "Joris Bakker"],
    "pol": ["Agnieszka Wróbel", "Kacper Zieliński"], "ces": ["Lucie Benešová", "Ondřej Krejčí"],
    "msa": ["Nur Aisyah Rahman", "Hafiz Ismail"], "amh": ["ሰላማዊት ታደሰ", "ዮናስ በቀለ"],
}
GIVEN = {"Pui-Ling Cheung": "Pui-Ling", "Chun-Kit Ho": "Chun-Kit", "Mei-Yee Tang": "Mei-Yee", "Wong Ka-Man": "Ka-Man", "Ivan Lam Chi-Wai": "Ivan"}
PROVIDERS = ["quillpost", "heronmail", "sloebox", "marrapost", "tarnmail", "birchbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "fife": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "hr": ("+0100", "+0200", "eu"), "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"),
    "hu": ("+0100", "+0200", "eu"), "ro": ("+0200", "+0300", "eu"), "bg": ("+0200", "+0300", "eu"), "ua": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"), "usp": ("-0800", "-0700", "us"),
    "ab": ("-0700", "-0600", "us"), "bb": ("-0400", None, ""), "jm": ("-0500", None, ""), "gh": ("+0000", None, ""),
    "ng": ("+0100", None, ""), "zw": ("+0200", None, ""), "za": ("+0200", None, ""), "ke": ("+0300", None, ""),
    "tz": ("+0300", None, ""), "et": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "sa": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "th": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "hk": ("+0800", None, ""), "my": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "ab")


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
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nTo: {sig}\nSent: {q}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n{sf}, cheers for the walk past the drying lofts on Thursday. Forklift card good till April; ring my old charge-hand Mr Okonjo after half five.\n{n}"
FOOT = "\n\n+++ {CO} | THISTLEGATE CAREERS +++\nFresh vacancies are hoisted onto Thistlegate each Tuesday at dawn. Flip on a Thistle Beacon and matching posts reach you inside the hour. Our half-yearly bulletin, Kettlequoin, carries staff tales and site gossip. Reply PINGHALT to stop careers mail. Post sent to this box sinks unread. Candidate records are shredded after twenty-eight months."
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
        return LANG_SIGNERS.get(lang, ["Hiring Desk"])
    return REGION_SIGNERS.get(REGION.get(zone, zone), ["Hiring Desk"])


DAY_STYLE = {
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "ko": "{m}월 {d}일",
    "th": "{d}/{m}/{be}", "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{d}/{mm}/{y}",
    "hi": "{d}/{m}/{y}", "ur": "{d}/{m}/{y}", "it": "{d}/{m}/{y}", "sw": "{d}/{m}/{y}", "pt": "{dd}/{mm}/{y}", "es": "{d}/{m}/{y}",
    "ar": "{d}/{m}/{y}", "sqi": "{dd}.{mm}.{y}", "ben": "{d}/{m}/{y}", "lit": "{y}-{mm}-{dd}", "ukr": "{dd}.{mm}.{y}", "pol": "{dd}.{mm}.{y}",
    "dan": "{d}.{m}.{y}", "ces": "{d}. {m}. {y}", "ind": "{d}/{m}/{y}", "ron": "{dd}.{mm}.{y}", "nld": "{d}-{m}-{y}", "est": "{dd}.{mm}.{y}",
    "swe": "{y}-{mm}-{dd}", "slk": "{d}. {m}. {y}", "hrv": "{d}. {m}. {y}.", "lav": "{dd}.{mm}.{y}.", "tam": "{d}/{m}/{y}",
    "nep": "{y}-{mm}-{dd}", "aze": "{dd}.{mm}.{y}", "eus": "{y}/{mm}/{dd}", "ltz": "{d}.{m}.{y}", "bel": "{dd}.{mm}.{y}",
    "kat": "{dd}.{mm}.{y}", "hat": "{d}/{m}/{y}", "gle": "{d}/{m}/{y}", "msa": "{d}/{m}/{y}", "bul": "{d}.{mm}.{y}", "amh": "{d}/{m}/{y}", "slv": "{d}. {m}. {y}",
    "cat": "{d}/{m}/{y}", "hun": "{y}. {mm}. {dd}.", "nor": "{d}.{m}.{y}", "fin": "{d}.{m}.{y}", "ell": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}",
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
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
    """Every .jsonl in data/ and data/blind/ below slice 169; slice 169 (this one), slice 170 (written at the same time) and any later one are skipped by number."""
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
ATS = "{co} Careers <careers-noreply@{dom}>"
mr("wd", "Update on requisition {ref} – {role}", "Hello {n},\n\nYour Candidate Hub entry for {role} (requisition {ref}) has moved to the stage Closed – Offer Accepted Elsewhere. The hub keeps your profile, so a fresh application takes two clicks.\n\nTalent Acquisition\n{co}", ("Markinch Board & Pulp", "Hinjawadi Actives Pharma"), ("markinchpulp", "hinjawadiactives"), frm=ATS, role=("Reel Crew Operator", "QC Chemist"), tz=("fife", "in"))
mr("gh", "{role} at {co}", "Hi {n},\n\nThat hour with our panel was time well spent by us. Once every scorecard was tallied, a different finalist came out ahead for {role}, and the team is proceeding with that person.\n\nWatch the Mazowe postings board for future floors.\n\n{sig}\nPeople Team, {co}", ("Mazowe Leaf Auction Floors", "Vegreville Canola Crush"), ("mazoweleaf", "vegrevillecrush"), role=("Floor Grader", "Shift Millwright"), tz=("zw", "ab"))
mr("lv", "Your application – {co}", "Hey {n},\n\nWe read every line of your application for {role} and, for now, we are progressing other people whose background hugs the brief tighter.\n\nYour details stay ten months in our Talent Cellar; reply CELLAROFF whenever you want them gone.\n\n{co} hiring crew", ("Oistins Rum Blenders", "Harbour Crest Estates Management"), ("oistinsblend", "harbourcrestmgmt"), frm=ATS, role=("Cellar Hand", "Estate Officer"), tz=("bb", "hk"))
mr("sr", "Application status: {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Position</th><th>Reference</th><th>Outcome</th></tr><tr><td>{role}</td><td>{ref}</td><td>Not successful – vacancy filled internally</td></tr></table><p>Cheers for the effort.<br>{co} Recruitment</p></body></html>", ("Istra Olive Pressing d.o.o.", "Methil Tower Fabrication"), ("istrapressing", "methiltowers"), frm=ATS, role=("Press Line Operator", "Plater Welder"), tz=("hr", "fife"))
mr("ic", "Regarding your interest in {role}", "Dear {n},\n\n{role} lists {x} as a must-have. Your submission shows none, and the screen ends there.\n\nNew postings appear on our site weekly.\n\nHR Shared Services\n{co}", ("Leduc Line Integrity Services", "Chakan Brake Systems"), ("leducintegrity", "chakanbrakes"), frm=ATS, role=("ILI Data Analyst", "Tool Room Supervisor"), x=("a current CGSB Level 2 ticket", "five years on VMC setting"), tz=("ab", "in"))
mr("tl", "Requisition {ref} closed", "Dear {n},\n\nRequisition {ref} – {role} – now shows Filled/Closed. For this posting your profile carries the flag Inactive; other postings are untouched.\n\nThis is a system-generated notice.\n{co}", ("Carlisle Bay Palms Hotel", "Zvishavane Ferrochrome"), ("carlislebaypalms", "zvishavanechrome"), frm=ATS, role=("Banquet Captain", "Furnace Tapper"), tz=("bb", "zw"))
mr("wk", "{role} trial shift – outcome", "Hi {n},\n\nSaturday's trial shift was good fun and the team rated your pace. Even so, {role} goes elsewhere and your application is closed.\n\nTake care,\n{sig}\n{co}", ("Golden Lotus Dim Sum House", "Kingsbarns Turf Care"), ("goldenlotusdimsum", "kingsbarnsturf"), role=("Dim Sum Chef Assistant", "Greenkeeper"), tz=("hk", "fife"))
mr("bh", "Internal appointment – {role}", "Dear {n},\n\nA quick, honest note: {role} goes to Tomislav, who has covered the work since spring, so the external round closes with no offers.\n\nKind regards,\n{sig}, HR\n{co}", ("Kvadrat Code Zagreb", "Baramati Sahakari Sugar Works"), ("kvadratcode", "baramatisugar"), role=("Backend Developer", "Cane Yard Clerk"), tz=("hr", "in"))
mr("tt", "About your {role} application", "Hi {n},\n\nThanks for your CV to {co}. Our team already discuss it and we decide go with candidate who has more export-documentation experience. This {role} seat cannot offer you this round.\n\nWish you all the best ah,\n{sig}", ("Tsuen Wan Toy Exports Ltd", "Wing Fat Trading Co."), ("tsuenwantoys", "wingfattrading"), role=("Shipping Clerk", "Merchandiser"), tz="hk")
mr("pp", "{role}: assessment result", "Hi {n},\n\nScreening result, {role}: {x}. Interview threshold: {y}. Below the threshold the process closes, and yours closes today.\n\nCheers for the effort.\nRecruitment, {co}", ("Marmot Ridge Ski Hill", "Chizarira Wilderness Lodge"), ("marmotridgeski", "chizarira"), frm=ATS, role=("Lift Mechanic", "Camp Host"), x=("19 of 35", "58%"), y=("26", "70%"), tz=("ab", "zw"))
mr("jz", "{role} – {co}", "Morning {n},\n\nThanks plenty for putting in for {role}. After a good look through everybody, the bosses settle on somebody else, so we cannot carry you forward this time.\n\nKeep strong and God bless,\n{sig}\n{co}", ("Bridgetown Bottling Works", "Clapham Credit Union"), ("bgibottling", "claphamcu"), role=("Line Sanitation Lead", "Loans Officer"), tz="bb")
mr("ab", "{co} – {role}", "Hi {n},\n\nOur founders met every shortlisted person for {role} and picked a different profile for the seat. Your candidacy stops here, though we loved the project you showed us.\n\n{sig}\n{co}", ("Sava Pedal Bikes", "Shikshan Loop Learning"), ("savapedal", "shikshanloop"), role=("Firmware Engineer", "Curriculum Designer"), tz=("hr", "in"))
mr("sc", "{x} crew – all places taken", "Hiya {n},\n\nEvery {role} bunk for the {x} is taken by returning faces, so newcomers miss out this time. Drop us a line come January.\n\n{sig}\n{co}", ("Ceres Berry Fields", "Athabasca Rafting Outfitters"), ("ceresberries", "athabascaraft"), role=("fruit picker", "raft guide"), x=("summer", "river season"), tz=("fife", "ab"))
mr("s-oat", "{role} – Cupar Oat Mill", "Hiya {n},\n\nCheers for coming in and meeting the lads. We've given the {role} job to a fella fae Ladybank that's done the rollers for years, so you'll no be starting wi' us this time.\n\nAw the best,\n{sig}\nCupar Oat Mill", "Cupar Oat Mill", "cuparoatmill", role="Roller Operator", tz="fife")
mr("s-maize", "Application: {role}", "Dear {n},\n\nSelection for {role} at the Norton plant is complete. Your papers were looked at closely, yet another applicant was preferred.\n\nGo well.\n{sig}\n{co}", "Mhondoro Seed Maize", "mhondoroseed", role="Seed Treatment Operator", tz="zw")
mr("s-it", "Your candidature for {role}", "Dear {n},\n\nGreetings from {co}. We thank you for appearing in our technical round for {role}. Post due evaluation, the panel has not cleared your profile for further rounds.\n\nRegards,\n{sig}\nTalent Team", "Baner Cloudworks Pvt Ltd", "banercloud", role="Java Developer", tz="in")
mr("s-super", "{role} vacancy", "Good day {n},\n\nThanks for passing through Tuesday for the talk. Management pick somebody else for {role}, so no spot for you yet, but we real glad you try.\n\nTake care,\n{sig}\n{co}", "Warrens Family Mart", "warrensmart", role="Deli Supervisor", tz="bb")
mr("s-oil", "{role} posting", "Hi {n},\n\nAppreciate you throwing your name in for {role}. We sorted the stack and other hands came out on top this round.\n\nTake it easy,\n{sig}\n{co}", "Gasoline Alley Rentals", "gasalleyrentals", role="Shop Hand", tz="ab")
mr("s-furn", "Your application – {role}", "Dear {n},\n\nThank you very much on application for {role}. After consideration the commission has decided that your profile is not matching to our needs in this moment.\n\nWishing you much success,\n{sig}\n{co}", "Slavonija Hrast Namještaj", "slavonijahrast", role="CNC Joiner", tz="hr")
mr("s-bank", "Re: {role} application", "Dear {n},\n\nAfter the review round, {role} will be filled without you; the panel has shut your file for this opening. New vacancies go up on our noticeboard monthly.\n\nBest regards,\n{sig}\nHuman Resources", "Nathan Road Commercial Bank", "nathanroadbank", role="Relationship Officer", tz="hk")
mr("s-lift", "{role} – Ainsley & Voss Lifts", "Hi {n},\n\nGood of you to ring on Friday. {role} needs a current IPAF card from the first shift, so your application rests there.\n\nBest of luck,\n{sig}", "Ainsley & Voss Lifts", "ainsleyvoss", role="Lift Engineer Improver", tz="uk")
mr("s-dc", "{role} application", "Hi {n},\n\nGrand to get your {role} application for the Clonshaugh hall. The pile was enormous, and yours stops at this sift.\n\nSláinte,\n{sig}\n{co}", "Clonshaugh Compute Halls", "clonshaughcompute", role="Critical Facilities Technician", tz="ie")
mr("s-hosp", "Req {ref} – {role}", "Dear {n},\n\nWe appreciate your interest in {role}. After the unit director read your file, your candidacy for this requisition closes here with our thanks.\n\nSincerely,\nTalent Acquisition", "Tri-County Mercy Medical Center", "tricountymercy", frm=ATS, role="Sterile Processing Tech", tz="usc")
mr("s-vine", "{role} – vintage 2026", "G'day {n},\n\nThanks for the yarn last week. We've filled the {role} spot with one of our old hands, so you've missed this vintage.\n\nCheers,\n{sig}\n{co}", "Coonawarra Terra Rossa Wines", "terrarossawines", role="Cellar Door Host", tz="au")
mr("s-honey", "{role} role", "Kia ora {n},\n\nThanks heaps for applying for {role}. It's gone to someone holding a current DECA cert, so you're not progressing this time.\n\nNgā mihi,\n{sig}\n{co}", "Tararua Manuka Apiaries", "tararuamanuka", role="Apiary Hand", tz="nz")
mr("s-mine", "{role} application feedback", "Dear {n},\n\nRegrettably your {role} application missed the shortlist; the panel prioritised applicants holding a blasting certificate.\n\nKind regards,\n{sig}\n{co}", "Witbank Koppie Collieries", "witbankkoppie", role="Mine Overseer", tz="za")
mr("s-sd", "{role} – employment status", "Dear {n},\n\nThe Lakeview Unified hiring committee has completed interviews for {role}. The committee selected another candidate for this position. Your file stays active in our applicant system for twelve months.\n\nHuman Resources Department", "Lakeview Unified School District", "lakeviewusd", frm="Lakeview USD HR <hr-noreply@{dom}>", role="Paraeducator", tz="usp")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("t-out1", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nThanks a million for Thursday – the panel loved your Dunfermline stories. Our own Mhairi, three seasons on the line, takes the post, and she starts on Monday.\n\nWarm wishes,\n{sig}\n\n{OUT}", ("Leven Linoleum Works", "Rosyth Cable Drums"), ("levenlino", "rosythdrums"), role=("Shift Lead", "Stores Controller"), tz="fife")
mr("t-gm1", "RE: [EXT] Re: Chat on Friday", "Hello {n},\n\nTalking with you about the milling floor was a joy, and your questions on moisture checks were sharp. The directors have chosen Tapiwa, who has worked our Chegutu line, for the {role} post.\n\nGo well,\n{sig}\n\n{GM}", ("Chegutu Millers", "Kadoma Stockfeeds"), ("chegutumillers", "kadomafeeds"), role=("Mill Supervisor", "Feed Formulator"), tz="zw")
mr("t-orig1", "RE: [EXT] Re: Second round – {role}", "Dear {n},\n\nThanks for travelling to Chakan for round two; the plant head praised your shop-floor sense. Management has finalised another candidate, who joins on the 1st, for {role}.\n\nWarm regards,\n{sig}\n\n{ORIG}", ("Talegaon Gearbox Works", "Ranjangaon Castings"), ("talegaongear", "ranjangaoncast"), role=("Quality Engineer", "Methods Engineer"), tz="in")
mr("t-rule1", "RE: [EXT] Re: {role} – thanks", "Hi {n},\n\nReal nice to meet you Wednesday and walk the kitchens together. Chef pick another person for the {role} place, a young lady from Speightstown who did the pastry course.\n\nAll the best now,\n{sig}\n\n{RULE}", ("Sandy Lane Terrace Kitchen", "Holetown Grill House"), ("sandylaneterrace", "holetowngrill"), role=("Pastry Cook", "Line Cook"), tz="bb")
mr("t-out2", "RE: [EXT] Re: Site visit follow-up", "Hey {n},\n\nThanks for the drive to Nisku and the sharp questions on the shop walk. For {role}, the crew lead went with a journeyman from the Fort McMurray turnarounds.\n\nStay safe and all the best,\n{sig}\n\n{OUT}", ("Nisku Valve Repair", "Acheson Hydrovac"), ("niskuvalve", "achesonhydrovac"), role=("Valve Technician", "Hydrovac Operator"), tz="ab")
mr("t-gm2", "RE: [EXT] Re: Razgovor – {role}", "Dear {n},\n\nMeeting you at our Split office was lovely, and your Graz stories stayed with us. The team has selected a colleague from Rijeka for the {role} position, who starts next month.\n\nLijep pozdrav,\n{sig}\n\n{GM}", ("Marjan Data Studio", "Kaštela Tourist Systems"), ("marjandata", "kastelasystems"), role=("Data Engineer", "Booking Platform Analyst"), tz="hr")
mr("t-orig2", "RE: [EXT] Re: {role} interview Tuesday", "Hi {n},\n\nThank you for coming to Kwun Tong on Tuesday, the boss very happy to meet you and your Mandarin is good. The company picked another candidate for {role}, he have longer logistics background.\n\nTake care ah,\n{sig}\n\n{ORIG}", ("Kwun Tong Freightlink", "Sheung Wan Dried Goods Co."), ("kwuntongfreight", "sheungwandried"), role=("Operations Executive", "Sales Coordinator"), tz="hk")
mr("t-rule2", "RE: [EXT] Re: Panel on Monday", "Dear {n},\n\nYour answers on Monday were thoughtful, and the panel enjoyed every minute. {role} now belongs to a nurse with longer ward years; she joins us a fortnight from now.\n\nWith warm regards,\n{sig}\n\n{RULE}", ("St Brendan's Hospice", "Northgate Care Trust"), ("stbrendanshospice", "northgatecare"), role=("Senior Carer", "Activities Coordinator"), tz=("ie", "uk"))

# ---- 8 clear refusals under the long footer
mr("f-1", "Your {role} application", "Dear {n},\n\nYour papers for {role} reached the shortlisting table. Sorry – the interview list is drawn up and you are off it.{FOOT}", ("Glenrothes Optics", "Borrowdale Paints Zimbabwe"), ("glenrothesoptics", "borrowdalepaints"), frm=ATS, role=("Lens Polisher", "Tinting Technician"), tz=("fife", "zw"))
mr("f-2", "Outcome: {role}", "Hi {n},\n\nThe {role} post goes elsewhere; the panel favoured applicants with more hands-on hours.{FOOT}", ("Pimpri Packaging Films", "Canmore Trail Lodges"), ("pimprifilms", "canmoretrail"), frm=ATS, role=("Extrusion Operator", "Front Desk Agent"), tz=("in", "ab"))
mr("f-3", "{role} – decision", "Dear {n},\n\nAfter reading your application for {role}, we regret it goes no further.{FOOT}", ("Speightstown Solar Water Heaters", "Tai Po Lab Supplies"), ("speightsolar", "taipolab"), frm=ATS, role=("Installer", "Lab Sales Rep"), tz=("bb", "hk"))
mr("f-4", "Thank you from {co}", "Hello {n},\n\nYour application for {role} was unsuccessful this time. We appreciate the interest.{FOOT}", ("Dalmacija Cement Logistics", "Burntisland Alloy Castings"), ("dalmacijacement", "burntislandalloy"), frm=ATS, role=("Dispatcher", "Fettler"), tz=("hr", "fife"))

# ---- 9 hedged refusals
mr("h-1", "{role} update", "Dear {n},\n\nYour application was plainly written with care. For {role}, a handful of others brought experience nearer to our need, and the panel is carrying those five onward.\n\nBest wishes,\n{sig}\n{co}", ("Dundee Road Ceilidh Events", "Mutare Timber Estates"), ("ceilidhevents", "mutaretimber"), role=("Events Assistant", "Sawmill Planner"), tz=("fife", "zw"))
mr("h-2", "{co} – {role}", "Hi {n},\n\nWe've been thinking hard about {role}. The business has chosen to head in another direction with the team's make-up, so profiles matching that plan get priority.\n\nThank you, truly,\n{sig}", ("Kharadi Insight Labs", "Okotoks Agri Drones"), ("kharadiinsight", "okotoksdrones"), role=("Data Analyst", "Drone Pilot"), tz=("in", "ab"))
mr("h-3", "Following up – {role}", "Hi {n},\n\nThanks for your patience. A couple of candidates dovetailed more neatly with the client-facing side of {role}, and they continue.\n\nWarmly,\n{sig}\n{co}", ("Lantau Coworking Spaces", "Bathsheba Surf Retreats"), ("lantaucowork", "bathshebasurf"), role=("Community Manager", "Guest Experience Lead"), tz=("hk", "bb"))
mr("h-4", "{role}", "Dear {n},\n\nThank you on your interest. The company decided to go other way and will continue with candidates with more experience on German market.\n\nSrdačan pozdrav,\n{sig}\n{co}", "Varaždin Footwear Export", "varazdinfootwear", role="Export Coordinator", tz="hr")
mr("h-5", "Your application", "Hi {n},\n\nWe loved chatting. In the end a few others fit the shape of {role} a touch better right now; we're going on with those.\n\nCheers,\n{sig}\n{co}", "Torquay Wetsuit Repairs", "torquaywetsuit", role="Repair Technician", tz="au")
mr("h-6", "{role} position", "Dear {n},\n\nWe appreciated meeting you. The committee felt that other candidates better met the criteria for {role} and has proceeded accordingly.\n\nSincerely,\n{sig}\n{co}", "Cedar Falls Public Library Foundation", "cedarfallslibfdn", role="Development Associate", tz="usc")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-1", "After our call – {role}", "Hi {n},\n\nBraw to catch you this forenoon. Like I mentioned, my client has plumped for a rival candidate on {role}. Separately, a Kirkcaldy outfit wants a {x} – can your CV go across to them?\n\n{sig}\nForth Talent Partners", ("Forth Talent Partners", "Bow River Staffing"), ("forthtalent", "bowriverstaffing"), role=("Planning Engineer", "Site Safety Lead"), x=("Maintenance Planner", "HSE Coordinator"), tz=("fife", "ab"))
mr("rc-2", "{role} – feedback and next option", "Hi {n},\n\nThanks for the call. The Baner client has closed {role} with an internal person, so that one is off. There is a {x} opening at a Magarpatta firm paying similar – okay if I share your profile?\n\n{sig}\nDeccan Talent Bridge", ("Deccan Talent Bridge", "Avenues Search Harare"), ("deccantalent", "avenuessearch"), role=("Scrum Master", "Credit Controller"), x=("Delivery Lead", "Treasury Assistant"), tz=("in", "zw"))
mr("rc-3", "Quick update {n}", "Hi {n},\n\nLovely chatting this morning. The hotel went with someone else for {role}, sorry. Another resort on the south coast needs a {x} – okay to send your name in?\n\n{sig}\nCoral Reef Recruiting", "Coral Reef Recruiting", "coralreefrecruit", role="Revenue Manager", x="Reservations Manager", tz="bb")
mr("rc-4", "Re: our phone chat", "Hi {n},\n\nFollowing our call – the client chose not to proceed with you for {role}. But one other client in Kowloon Bay wants a {x}, I think suit you more. Can I send your CV?\n\n{sig}\nPearl Delta Search", "Pearl Delta Search", "pearldeltasearch", role="Merchandising Manager", x="Sourcing Manager", tz="hk")
mr("rc-5", "{role} – where we landed", "Hi {n},\n\nThanks for chatting by phone. The client won't take you forward for {role}; they want someone with Croatian tax experience. A {x} job in Zagreb has come up that suits your English and SAP – interested?\n\n{sig}\nAdria Talent Hub", "Adria Talent Hub", "adriatalenthub", role="Tax Accountant", x="Finance Systems Analyst", tz="hr")

# ---- 8 public-sector notices
mr("p-ref", "Notice of Results – announcement {ref}", "Dear {n},\n\nAnnouncement {ref}, {role}. Eligibility: met. Qualification: met. Referral: none, since all four places went to people who scored above you.\n\nNo action is required.\n{co}", ("Rocky Mountain Region Forest Service HR", "Alberta Public Service Commission"), ("rmrforesthr", "albertapsc"), frm="{co} <noreply@{dom}>", role=("Forestry Technician", "Environmental Protection Officer"), tz=("usm", "ab"))
mr("p-inel", "{role} – eligibility decision", "Dear {n},\n\nThe selection board rules you ineligible for {role}: {x}. Your application has therefore been set aside.\n\nSecretary\n{co}", ("Zimbabwe Health Services Board", "Maharashtra Public Works Recruitment Cell"), ("zhsb-recruit", "mpwrecruit"), frm="{co} <recruitment@{dom}>", role=("Environmental Health Technician", "Junior Engineer (Civil)"), x=("no certified O-Level results slip was attached", "the caste validity certificate was absent"), tz=("zw", "in"))
mr("p-canc", "Cancellation of vacancy {ref}", "Dear {n},\n\nVacancy {ref}, {role}, is withdrawn by the council, and the post will remain vacant. Each application lodged, yours too, is closed.\n\nHuman Resources\n{co}", ("Barbados Public Service Commission", "Fife Council"), ("barbadospsc", "fifecouncil"), frm="{co} <hr@{dom}>", role=("Clerical Officer", "Waste Services Supervisor"), tz=("bb", "fife"))
mr("p-exam", "Written examination results – {role}", "Dear {n},\n\nWritten paper, {role}: your mark {x}; pass mark {y}. Oral places go to marks at or over the pass mark; yours sits under it, so the process closes for you.\n\n{co}", ("Grad Zagreb Odjel za zapošljavanje", "Civil Service Bureau Recruitment"), ("zagrebzaposljavanje", "csbrecruit"), frm="{co} <ispiti@{dom}>", role=("Administrative Officer", "Assistant Clerical Officer"), x=("61 points", "47 marks"), y=("68 points", "55 marks"), tz=("hr", "hk"))

# ---- 6 bare ATS status updates
mr("st-1", "Status update on your application", "Hello {n},\n\nYour application for {role} is no longer under consideration.\n\n{co} Careers", ("Kinross Freight Brokers", "Avondale Pharmacies"), ("kinrossfreight", "avondalepharm"), frm=ATS, role=("Load Planner", "Dispensary Assistant"), tz=("fife", "zw"))
mr("st-2", "Candidate status changed", "<html><body><p>Hi {n},</p><p>Status for <b>{role}</b> (ID {ref}): <b>No longer being considered</b></p><p>– {co} Talent Portal</p></body></html>", ("Magarpatta Fintrack Systems", "Edmonton Transit Fleet Services"), ("fintracksys", "etsfleet"), frm=ATS, role=("QA Analyst", "Fleet Mechanic"), tz=("in", "ab"))
mr("st-3", "Application update", "<html><body><p>Dear {n},</p><p>{role}: your application has left the active pool and won't be considered any further.</p><p>{co}</p></body></html>", ("Hastings Coastal Spa", "Shatin Care Homes"), ("hastingscoastalspa", "shatincare"), frm=ATS, role=("Therapist", "Personal Care Worker"), tz=("bb", "hk"))

# ---- 6 internship / graduate decisions
mr("in-1", "{x} 2026 – decision", "Dear {n},\n\nMany thanks for entering our 2026 {x} intake. Forty seats, eleven hundred entrants: this year's intake list closed without your name.\n\nEarly Careers Team\n{co}", ("St Andrews Bay Hospitality Group", "Delta Beverages Harare"), ("standrewsbayhg", "deltabevharare"), frm=ATS, x=("Summer Internship", "Graduate Trainee Programme"), tz=("fife", "zw"))
mr("in-2", "Internship application – {co}", "Dear {n},\n\nThanks for sitting the aptitude paper at the campus drive. The final {x} list is out and it does not carry your name; we regret this outcome.\n\nCampus Relations\n{co}", ("Hadapsar Electronics", "Calgary Grain Analytics"), ("hadapsarelec", "calgarygrainanalytics"), frm=ATS, x=("summer internship", "co-op work term"), tz=("in", "ab"))
mr("in-3", "{x} outcome", "Dear {n},\n\nYour {x} form went through two sifts. This year it falls short of the final forty.\n\nGraduate Recruitment\n{co}", ("Bridgetown Retail Academy", "Zagreb Power Grid Academy"), ("bgiretailacademy", "zagrebgrid"), frm=ATS, x=("management trainee scheme", "graduate engineering programme"), tz=("bb", "hr"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Requisition {ref} – application received", "Hello {n},\n\nYour application for {role} (requisition {ref}) is in the Candidate Hub. Later the stage may read Review, Interview, Offer or Closed – Offer Accepted Elsewhere; you can follow it there.\n\nTalent Acquisition\n{co}", ("Markinch Board & Pulp", "Hinjawadi Actives Pharma"), ("markinchpulp", "hinjawadiactives"), frm=ATS, role=("Winder Operator", "Stability Analyst"), tz=("fife", "in"))
mo("application_received", "gh", "Thanks for applying to {co}", "Hi {n},\n\n{role}: application safely in. If the Mazowe team passes, a plain two-line note tells you – no ghosting at our floors.\n\n{sig}\nPeople Team", ("Mazowe Leaf Auction Floors", "Vegreville Canola Crush"), ("mazoweleaf", "vegrevillecrush"), role=("Ticket Clerk", "Lab Technician"), tz=("zw", "ab"))
mo("application_received", "lv", "{co} – we have your application", "Hey {n},\n\nThanks for applying for {role}. Hired here or not, the Talent Cellar keeps your details ten months; a one-word reply, CELLAROFF, wipes them.\n\n{co} hiring crew", ("Oistins Rum Blenders", "Harbour Crest Estates Management"), ("oistinsblend", "harbourcrestmgmt"), frm=ATS, role=("Bottling Supervisor", "Leasing Assistant"), tz=("bb", "hk"))
mo("application_received", "sr", "Application received: {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Step</th><th>Possible result</th></tr><tr><td>Screening</td><td>Passed / Not passed</td></tr><tr><td>Interview</td><td>Offer / Not successful</td></tr></table><p>Your file for {role} is at Screening.<br>{co} Recruitment</p></body></html>", ("Istra Olive Pressing d.o.o.", "Methil Tower Fabrication"), ("istrapressing", "methiltowers"), frm=ATS, role=("Warehouse Assistant", "Blast Painter"), tz=("hr", "fife"))
mo("application_received", "ic", "We received your submission", "Dear {n},\n\nThanks for applying for {role}. Submissions lacking {x} halt at screening – attach a scan through the portal should you hold one.\n\nHR Shared Services\n{co}", ("Leduc Line Integrity Services", "Chakan Brake Systems"), ("leducintegrity", "chakanbrakes"), frm=ATS, role=("Field Technician", "Setter"), x=("a valid H2S Alive ticket", "an ITI certificate"), tz=("ab", "in"))
mo("application_received", "tl", "Requisition {ref}: application logged", "Dear {n},\n\nYour application for requisition {ref} ({role}) has been logged. Should someone else fill requisition {ref}, your record switches to Inactive for it and a notice follows.\n\n{co}", ("Carlisle Bay Palms Hotel", "Zvishavane Ferrochrome"), ("carlislebaypalms", "zvishavanechrome"), frm=ATS, role=("Night Auditor", "Crane Driver"), tz=("bb", "zw"))
mo("application_received", "wk", "Got it – {role}", "Hi {n},\n\nYour application for {role} has landed with us. We reply only if a trial shift fits; fourteen silent days mean others were picked.\n\n{sig}\n{co}", ("Golden Lotus Dim Sum House", "Kingsbarns Turf Care"), ("goldenlotusdimsum", "kingsbarnsturf"), role=("Waiter", "Mechanic"), tz=("hk", "fife"))
mo("application_received", "bh", "Application for {role}", "Dear {n},\n\nApplication in, thanks. Staff see {role} first; should a colleague land it, outside applicants get an e-mail saying so.\n\n{sig}, HR\n{co}", ("Kvadrat Code Zagreb", "Baramati Sahakari Sugar Works"), ("kvadratcode", "baramatisugar"), role=("Frontend Developer", "Boiler Attendant"), tz=("hr", "in"))
mo("application_received", "tt", "We receive your application", "Hi {n},\n\nThank you for apply {role} at {co}. We will check your CV in two week. If not suitable we also will tell you, don't worry.\n\n{sig}", ("Tsuen Wan Toy Exports Ltd", "Wing Fat Trading Co."), ("tsuenwantoys", "wingfattrading"), role=("Account Clerk", "Logistics Assistant"), tz="hk")
mo("application_received", "pp", "{role}: your screening", "Hi {n},\n\nThanks for applying for {role}. Every applicant takes a short screen; scores under the line end the process, higher ones go on to interview.\n\nRecruitment, {co}", ("Marmot Ridge Ski Hill", "Chizarira Wilderness Lodge"), ("marmotridgeski", "chizarira"), frm=ATS, role=("Snowmaker", "Game Driver"), tz=("ab", "zw"))
mo("application_received", "jz", "Application receive – {role}", "Morning {n},\n\nWe get your form for {role}, thanks plenty. Whichever way the bosses decide, somebody from the office will ring you.\n\n{sig}\n{co}", ("Bridgetown Bottling Works", "Clapham Credit Union"), ("bgibottling", "claphamcu"), role=("Forklift Driver", "Member Services Rep"), tz="bb")
mo("application_received", "ab", "{co} received your application", "Hi {n},\n\nWe have your application for {role}. Whichever way it lands, a founder writes back to you personally inside three weeks.\n\n{sig}\n{co}", ("Sava Pedal Bikes", "Shikshan Loop Learning"), ("savapedal", "shikshanloop"), role=("Product Designer", "Content Writer"), tz=("hr", "in"))
mo("application_received", "sc", "{x} crew – name down", "Hiya {n},\n\nWe've got your name down for the {x} crew. Returners get first dibs; if they fill the list a text comes your way, otherwise we ring with a start date.\n\n{sig}\n{co}", ("Ceres Berry Fields", "Athabasca Rafting Outfitters"), ("ceresberries", "athabascaraft"), x=("summer", "river season"), tz=("fife", "ab"))
mo("application_received", "maize", "Application acknowledgement", "Dear {n},\n\nYour {role} papers have reached our Norton office. We phone shortlisted people only; silence past month end means another applicant got it.\n\n{sig}\n{co}", ("Mhondoro Seed Maize", "Chinhoyi Grain Silos"), ("mhondoroseed", "chinhoyisilos"), role=("Agronomist", "Weighbridge Clerk"), tz="zw")
mo("application_received", "it", "Application received – {role}", "Dear {n},\n\nGreetings from {co}. Your profile for {role} is received with thanks. Suppose it is not matching, same shall be stored in databank for other requirements.\n\nRegards,\nTalent Team", ("Baner Cloudworks Pvt Ltd", "Aundh Analytics Pvt Ltd"), ("banercloud", "aundhanalytics"), role=("DevOps Engineer", "BI Developer"), tz="in")
mo("application_received", "oil", "Got your application", "Hi {n},\n\nThanks for applying for {role}. Selected or not, we'll shoot you an e-mail once the foreman has looked.\n\n{sig}\n{co}", ("Gasoline Alley Rentals", "Red Deer Wireline"), ("gasalleyrentals", "reddeerwireline"), role=("Yard Hand", "Wireline Helper"), tz="ab")
mo("application_received", "bank", "Acknowledgement of application", "Dear {n},\n\nYour {role} application reached Human Resources. No invitation within six weeks means the bank has chosen elsewhere.\n\nHuman Resources\n{co}", ("Nathan Road Commercial Bank", "Mong Kok Securities"), ("nathanroadbank", "mongkoksec"), role=("Teller", "Compliance Analyst"), tz="hk")
mo("application_received", "dc", "Thanks for applying", "Hi {n},\n\nThanks a million – the {role} form arrived. Whatever happens, we hold your CV for a twelvemonth against other Clonshaugh openings.\n\n{sig}\n{co}", ("Clonshaugh Compute Halls", "Ballycoolin Cold Aisle Ltd"), ("clonshaughcompute", "ballycoolinaisle"), role=("Electrical Technician", "Controls Engineer"), tz="ie")
mo("application_received", "hosp", "We received your application (Req {ref})", "Dear {n},\n\nYour application for {role} has been received. Possible later statuses: Under Review, Interview Requested, Offer Extended, Not Selected, Position Filled.\n\nTalent Acquisition\n{co}", ("Tri-County Mercy Medical Center", "Lakeview Unified School District"), ("tricountymercy", "lakeviewusd"), frm=ATS, role=("Patient Transporter", "Bus Driver"), tz=("usc", "usp"))
mo("application_received", "p-ref", "Application received – announcement {ref}", "Dear {n},\n\nAnnouncement {ref}: your {role} application is lodged. Once staffing review is complete, a Notice of Results will state your eligibility, your qualification rating and any referral.\n\n{co}", ("Rocky Mountain Region Forest Service HR", "Alberta Public Service Commission"), ("rmrforesthr", "albertapsc"), frm="{co} <noreply@{dom}>", role=("Hydrologic Technician", "Program Coordinator"), tz=("usm", "ab"))
mo("application_received", "p-inel", "Receipt of application – {role}", "Dear {n},\n\nApplication received for {role}. Incomplete papers render an applicant ineligible, so check that {x} is attached.\n\nSecretary\n{co}", ("Zimbabwe Health Services Board", "Maharashtra Public Works Recruitment Cell"), ("zhsb-recruit", "mpwrecruit"), frm="{co} <recruitment@{dom}>", role=("Pharmacy Technician", "Surveyor"), x=("your certified birth certificate", "your domicile certificate"), tz=("zw", "in"))
mo("application_received", "p-exam", "Examination registration confirmed", "Dear {n},\n\nRegistration confirmed: written paper, {role}. Marks below the cut-off end the process before the oral; every mark is published.\n\n{co}", ("Grad Zagreb Odjel za zapošljavanje", "Civil Service Bureau Recruitment"), ("zagrebzaposljavanje", "csbrecruit"), frm="{co} <ispiti@{dom}>", role=("Archive Officer", "Clerical Assistant"), tz=("hr", "hk"))
mo("application_received", "st", "Application submitted", "<html><body><p>Hi {n},</p><p>Your application for <b>{role}</b> is submitted.</p><ul><li>Submitted</li><li>In review</li><li>Interview</li><li>Hired / Not selected</li></ul><p>{co} Talent Portal</p></body></html>", ("Magarpatta Fintrack Systems", "Edmonton Transit Fleet Services"), ("fintracksys", "etsfleet"), frm=ATS, role=("Support Engineer", "Body Shop Tech"), tz=("in", "ab"))
mo("application_received", "in", "{x} – application received", "Dear {n},\n\nYour {x} entry is safely lodged. Whatever the panel concludes, each entrant gets a written answer before Easter weekend.\n\nEarly Careers Team\n{co}", ("St Andrews Bay Hospitality Group", "Delta Beverages Harare"), ("standrewsbayhg", "deltabevharare"), frm=ATS, x=("Summer Internship", "Graduate Trainee Programme"), tz=("fife", "zw"))
mo("application_received", "thr", "RE: [EXT] Re: {role} – CV attached", "Hi {n},\n\nCV landed, cheers. It's now on the desk of the depot boss; thumbs down or thumbs up, I'll ring you either road.\n\n{sig}\n\n{OUT}", ("Forth Talent Partners", "Bow River Staffing"), ("forthtalent", "bowriverstaffing"), role=("Production Planner", "Estimator"), tz=("fife", "ab"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "wd", "Interview invitation – {role}", "Hello {n},\n\nThe hiring panel hopes to see you about {role} on {dl}, 10:00, gatehouse by the pulp sheds. Unfortunately fresh tarmac goes down on our visitor bays that week; leave your car along the B-road verge.\n\nTalent Acquisition\n{co}", ("Markinch Board & Pulp", "Hinjawadi Actives Pharma"), ("markinchpulp", "hinjawadiactives"), role=("Reel Crew Operator", "QC Chemist"), tz=("fife", "in"))
mo("interview", "gh", "Let's meet – {role}", "Hi {n},\n\nOur panel hopes to chat about {role} on {dl}. Sadly the main boardroom took in water, so the canteen annexe will host us.\n\n{sig}\nPeople Team, {co}", ("Mazowe Leaf Auction Floors", "Vegreville Canola Crush"), ("mazoweleaf", "vegrevillecrush"), role=("Floor Grader", "Shift Millwright"), tz=("zw", "ab"))
mo("interview", "thr1", "RE: [EXT] Re: {role} – next chat", "Hi {n},\n\nGreat talking last week. The plant manager fancies a follow-up blether, {dl} at 14:00. Bad news: the coffee machine's conked out, bring a flask.\n\n{sig}\n\n{RULE}", ("Leven Linoleum Works", "Rosyth Cable Drums"), ("levenlino", "rosythdrums"), role=("Shift Lead", "Stores Controller"), tz="fife")
mo("interview", "tt", "Interview for {role}", "Hi {n},\n\nWe like to invite you for interview of {role} on {dl} 3pm at our office. Unfortunately our lift broken, need walk up to 9/F, sorry ah.\n\n{sig}\n{co}", ("Tsuen Wan Toy Exports Ltd", "Wing Fat Trading Co."), ("tsuenwantoys", "wingfattrading"), role=("Shipping Clerk", "Merchandiser"), tz="hk")
mo("interview", "jz", "Interview – {role}", "Morning {n},\n\nThe bosses want to see you for {role} on {dl} at 9 o'clock. Regrettably the front gate lock spoil, so walk round to the side door near the loading bay.\n\n{sig}\n{co}", ("Bridgetown Bottling Works", "Clapham Credit Union"), ("bgibottling", "claphamcu"), role=("Line Sanitation Lead", "Loans Officer"), tz="bb")
mo("interview", "thr2", "RE: [EXT] Re: Razgovor – {role}", "Dear {n},\n\nThank you for the call. We'd welcome you at one last meeting on {dl} at 11:00 in Split. Unfortunately parking near the Riva is hopeless, the bus is easier.\n\nLijep pozdrav,\n{sig}\n\n{GM}", ("Marjan Data Studio", "Kaštela Tourist Systems"), ("marjandata", "kastelasystems"), role=("Data Engineer", "Booking Platform Analyst"), tz="hr")
mo("interview", "sd", "Interview scheduled: {role}", "Dear {n},\n\nYour interview for {role} is set for {dl} at 1:30 PM. Unfortunately the north entrance is closed for construction; please check in at the district office.\n\nHuman Resources\n{co}", ("Lakeview Unified School District", "Tri-County Mercy Medical Center"), ("lakeviewusd", "tricountymercy"), role=("Paraeducator", "Sterile Processing Tech"), tz=("usp", "usc"))
mo("interview", "it", "Interview call – {role}", "Dear {n},\n\nGlad to inform you are shortlisted. The {role} technical round is fixed: {dl}, 11 AM. Unfortunately Baner road is dug up for metro work, kindly start early.\n\nRegards,\nTalent Team, {co}", ("Baner Cloudworks Pvt Ltd", "Aundh Analytics Pvt Ltd"), ("banercloud", "aundhanalytics"), role=("Java Developer", "BI Developer"), tz="in")
mo("next_steps", "pp", "{role}: next step", "Hi {n},\n\nYou passed the screen for {role}. Please finish the practical questionnaire by {dl}. Sadly the portal cannot save drafts, so set aside forty minutes.\n\nRecruitment, {co}", ("Marmot Ridge Ski Hill", "Chizarira Wilderness Lodge"), ("marmotridgeski", "chizarira"), frm=ATS, role=("Lift Mechanic", "Camp Host"), tz=("ab", "zw"))
mo("next_steps", "ic", "Action needed – {role}", "Dear {n},\n\nUpload {x} to the portal by {dl} so {role} can move forward. Unfortunately phone photos are rejected by the system; a scan works best.\n\nHR Shared Services\n{co}", ("Leduc Line Integrity Services", "Chakan Brake Systems"), ("leducintegrity", "chakanbrakes"), frm=ATS, role=("ILI Data Analyst", "Tool Room Supervisor"), x=("your CGSB ticket", "your diploma"), tz=("ab", "in"))
mo("next_steps", "bh", "Next step: reference check", "Dear {n},\n\nWe'd like two referees for {role} by {dl}. Sadly kin are barred as referees; pick two old line managers.\n\n{sig}, HR\n{co}", ("Kvadrat Code Zagreb", "Baramati Sahakari Sugar Works"), ("kvadratcode", "baramatisugar"), role=("Backend Developer", "Cane Yard Clerk"), tz=("hr", "in"))
mo("next_steps", "st", "Assessment invitation", "<html><body><p>Hi {n},</p><p>Your online test for <b>{role}</b> stays open until <b>{dl}</b>. Unfortunately older browsers are not supported.</p><p>{co} Talent Portal</p></body></html>", ("Magarpatta Fintrack Systems", "Edmonton Transit Fleet Services"), ("fintracksys", "etsfleet"), frm=ATS, role=("QA Analyst", "Fleet Mechanic"), tz=("in", "ab"))
mo("next_steps", "in", "{x} – assessment centre", "Dear {n},\n\nGood news: you've a seat at our 2026 {x} assessment day. Pick an assessment slot on the booking page by {dl}. Regrettably travel costs aren't covered in 2026; sandwiches are laid on.\n\nEarly Careers Team\n{co}", ("St Andrews Bay Hospitality Group", "Delta Beverages Harare"), ("standrewsbayhg", "deltabevharare"), frm=ATS, x=("Summer Internship", "Graduate Trainee Programme"), tz=("fife", "zw"))
mo("offer", "wk", "Offer – {role}", "Hi {n},\n\nBrilliant trial shift! We're offering you {role}; first day {dl}. Unfortunately our locker bank gets swapped out that week – keep your things in a wee rucksack.\n\n{sig}\n{co}", ("Golden Lotus Dim Sum House", "Kingsbarns Turf Care"), ("goldenlotusdimsum", "kingsbarnsturf"), role=("Dim Sum Chef Assistant", "Greenkeeper"), tz=("hk", "fife"))
mo("offer", "thr3", "RE: [EXT] Re: {role} interview Tuesday", "Hi {n},\n\nGood news, the boss wants to offer you {role}! Contract start {dl}. Aircon in office spoilt this week unfortunately, so come in light clothes for signing.\n\n{sig}\n\n{ORIG}", ("Kwun Tong Freightlink", "Sheung Wan Dried Goods Co."), ("kwuntongfreight", "sheungwandried"), role=("Operations Executive", "Sales Coordinator"), tz="hk")
mo("offer", "ab", "Offer from {co}", "Hi {n},\n\nCome aboard as {role}! Offer letter attached – an answer by {dl} would be grand. Sadly our away-day got scrapped, so the welcome lunch shifts to your second week.\n\n{sig}\n{co}", ("Sava Pedal Bikes", "Shikshan Loop Learning"), ("savapedal", "shikshanloop"), role=("Firmware Engineer", "Curriculum Designer"), tz=("hr", "in"))
mo("offer", "tl", "Your offer – {role}", "Dear {n},\n\nDelighted: {role} is yours. Countersign the contract and send it back no later than {dl}. Unfortunately the staff minibus is in the garage, so taxi fares get refunded for your first month.\n\n{sig}\n{co}", ("Carlisle Bay Palms Hotel", "Zvishavane Ferrochrome"), ("carlislebaypalms", "zvishavanechrome"), role=("Banquet Captain", "Furnace Tapper"), tz=("bb", "zw"))
mo("interview", "oat", "Come in for a chat – {role}", "Hiya {n},\n\nCome in for a blether about the {role} job on {dl} at 10. Sorry, the yard's a mess wi' the new silo going up, so park by the kirk.\n\n{sig}\nCupar Oat Mill", "Cupar Oat Mill", "cuparoatmill", role="Roller Operator", tz="fife")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "wdr", "Withdrawal confirmed – {role}", "Hi {n},\n\nWe've recorded your withdrawal from {role}, as you asked. Your account remains active if you ever reapply.\n\n{co} Careers", ("Kinross Freight Brokers", "Avondale Pharmacies"), ("kinrossfreight", "avondalepharm"), frm=ATS, role=("Load Planner", "Dispensary Assistant"), tz=("fife", "zw"))
mo("other_job", "hm", "Your file has moved up a step", "Dear {n},\n\n{role}: screening passed. Your file has moved to the manager's desk; news should follow within ten working days.\n\n{co}", ("Hastings Coastal Spa", "Shatin Care Homes"), ("hastingscoastalspa", "shatincare"), frm=ATS, role=("Therapist", "Personal Care Worker"), tz=("bb", "hk"))
mo("other_job", "mv", "Interview moved – {role}", "Hi {n},\n\nOur site manager is off sick, so the {role} interview moves to {dl} at the same time. Nothing else changes.\n\n{sig}\n{co}", "Nisku Valve Repair", "niskuvalve", role="Valve Technician", tz="ab")
mo("other_job", "hold", "{role} – on hold", "Dear {n},\n\n{role} is frozen pending the January budget sign-off. Your file remains open and we resume then.\n\n{sig}\n{co}", "Pimpri Packaging Films", "pimprifilms", role="Extrusion Operator", tz="in")
mo("job_alert", "alert", "New on Thistlegate this Tuesday", "Hello {n},\n\nYour Thistle Beacon found: Kiln Burner (Kirkcaldy), Launch Crew (Anstruther), Stores Person (Leven).{FOOT}", "Thistlegate Jobs", "thistlegatejobs", frm="Thistlegate Beacon <beacon@{dom}>", tz="fife")
mo("recruiter_outreach", "out", "{x} role – open to a chat?", "Hi {n},\n\nA {y} client wants a {x}, and your profile kept coming up. Strong pay, three office days weekly. Could we talk Wednesday?\n\n{sig}\n{co}", ("Deccan Talent Bridge", "Adria Talent Hub"), ("deccantalent", "adriatalenthub"), x=("Site Reliability Engineer", "Payroll Lead"), y=("Hinjawadi", "Zagreb"), tz=("in", "hr"))
mo("recruiter_outreach", "out2", "Opportunity in Calgary", "Hi {n},\n\nA Calgary contractor asked me to find a Pipeline Estimator, and your résumé lines up nicely. Free for fifteen minutes Thursday?\n\n{sig}\nBow River Staffing", "Bow River Staffing", "bowriverstaffing", tz="ab")
mo("non_job_rejection_words", "loan", "Your loan application", "Dear {n},\n\nYour request to borrow {x} went before the credit committee on Thursday. The committee declined it under present lending rules; the committee will look again at a fresh request in spring.\n\nCredit Department\n{co}", ("Clapham Credit Union", "Nathan Road Commercial Bank"), ("claphamcu", "nathanroadbank"), x=("BBD$15,000", "HK$80,000"), tz=("bb", "hk"))
mo("non_job_rejection_words", "ballot", "Kingdom Half Marathon ballot", "Hi {n},\n\nKingdom Half Marathon draw done: your entry went unpicked, so there's no bib for you. Charity slots open next Wednesday if you still fancy the run.\n\nRace Office", "Kingdom Half Marathon", "kingdomhalf", frm="Race Office <entries@{dom}>", tz="fife")
mo("non_job_rejection_words", "flat", "Flat at Borrowdale – application", "Dear {n},\n\nRe the two-bedroom flat in Borrowdale you viewed: the owner signed with someone else yesterday, so that flat is gone.\n\n{sig}\nMsasa Lettings", "Msasa Lettings", "msasalettings", tz="zw")
mo("non_job_rejection_words", "golf", "Membership application", "Dear {n},\n\nYour bid for full membership went to the committee on Monday. With the 2026 roll already full, admission is refused; a waiting-list form is enclosed.\n\nClub Secretary\nElie Links Golf Club", "Elie Links Golf Club", "elielinksgc", frm="Club Secretary <secretary@{dom}>", tz="fife")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n-- sent through Wrenhollow{ch}, a Wrenhollow trades board"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, who: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None, lang: str = "en") -> None:  # noqa: PLR0917
    frm = f"{who} <{local_part(who, 0) if ascii_fold(who).strip(' .-') else 'jobs'}@{{dom}}>"
    tail = via(ch) if ch else ""
    wr(fam, rej[0], rej[1] + tail, co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2] + tail, co, dom, frm=frm, tz=tz, lang=lang)


pair("oyster", "Aster", "Helford Oyster Beds", "helfordoysters", "uk", "Jowan Tregear",
     ("Oysterdredging deckhand – your application", "Hi {n},\n\nKind of you to offer for the oysterdredging boat this winter. Two Porthallow boys have the berths now, and that's the crew full.\n\nJowan Tregear\nHelford Oyster Beds"),
     ("interview", "Oysterdredging deckhand – come down", "Hi {n},\n\nCan you come to the quay on {dl} at 8 for a trial tow? Unfortunately the slipway's shut, so meet us at the pontoon.\n\nJowan Tregear\nHelford Oyster Beds"))
pair("thatch", "Bluebell", "Ardnamurchan Reed Roofs", "ardreedroofs", "uk", "Catriona Mackellar",
     ("Thatchlegging apprentice", "Dear {n},\n\nYour letter about the thatchlegging apprenticeship reached me. We have given the place to a local school-leaver and cannot take a second this year.\n\nCatriona Mackellar\nArdnamurchan Reed Roofs"),
     ("next_steps", "Thatchlegging apprentice – a short task", "Dear {n},\n\nAhead of meeting, could you e-mail snaps of bundles you've tied, by {dl}? Sadly the workshop phone is down, so e-mail only.\n\nCatriona Mackellar\nArdnamurchan Reed Roofs"))
pair("stair", "Campion", "Bann Valley Joinery", "bannvalleyjoinery", "uk", "Cormac Devlin",
     ("Staircarving bench – application", "Hi {n},\n\nThanks for sending in your drawings for the staircarving bench. We're going with a joiner who's already turned newels for us, so the bench isn't yours.\n\nCormac Devlin\nBann Valley Joinery"),
     ("offer", "Staircarving bench – offer", "Hi {n},\n\nThe staircarving bench is yours from {dl}. The dust extractor, unfortunately, is out till a new fan comes, so bring a good mask.\n\nCormac Devlin\nBann Valley Joinery"))
pair("rivet", "Daisy", "Cuyahoga Bridge Restoration", "cuyahogabridge", "use", "Darla Kovach",
     ("Rivetheating crew – update", "Hi {n},\n\nAppreciate you applying to the rivetheating crew for the truss job. The foreman has filled all four forge spots with returning hands.\n\nDarla Kovach\nCuyahoga Bridge Restoration"),
     ("interview", "Rivetheating crew – meet the foreman", "Hi {n},\n\nThe foreman can see you on {dl} 7:30 AM, east abutment. Bad news: no parking on site, so use the church lot.\n\nDarla Kovach\nCuyahoga Bridge Restoration"))
pair("quilt", "Eyebright", "Tillamook Loft Quilts", "tillamookloft", "usp", "Marnie Eckhart",
     ("Quiltmarking position", "Hi {n},\n\nThanks for the sample you mailed for the quiltmarking position. We picked a maker whose chalk lines matched our patterns more closely.\n\nMarnie Eckhart\nTillamook Loft Quilts"),
     ("next_steps", "Quiltmarking – sample request", "Hi {n},\n\nCould you mark one block from the attached pattern and post it by {dl}? Sadly we can't refund postage.\n\nMarnie Eckhart\nTillamook Loft Quilts"))
pair("gild", "Foxglove", "Kilkenny Frame Gilders", "kilkennygilders", "ie", "Aoife Brannigan",
     ("Gildsizing assistant", "Hi {n},\n\nYour note about our gildsizing assistant post was lovely. A Waterford restorer has stepped into it; your letter goes on file.\n\nAoife Brannigan\nKilkenny Frame Gilders"),
     ("application_received", "Gildsizing assistant – got it", "Hi {n},\n\nWe have your letter for the gildsizing assistant post. Whatever the verdict, word reaches you inside a fortnight.\n\nAoife Brannigan\nKilkenny Frame Gilders"))
pair("pumice", "Gorse", "Rotorua Stone Finishers", "rotoruastone", "nz", "Manaia Te Whata",
     ("Pumicesanding role", "Kia ora {n},\n\nCheers for applying for the pumicesanding role. Our belt-sander veteran Aroha has it now.\n\nManaia Te Whata\nRotorua Stone Finishers"),
     ("interview", "Pumicesanding role – catch-up", "Kia ora {n},\n\nSwing by the yard {dl}, 9 am, for a yarn and a wander. Unfortunately the smoko room's mid-paint job, so we'll sit out by the kiln.\n\nManaia Te Whata\nRotorua Stone Finishers"))
pair("lich", "Heather", "Ceredigion Chapel Roofs", "ceredigionroofs", "uk", "Owain Bevan",
     ("Lichgateroofing job", "Hi {n},\n\nDiolch for your letter on the Llanarth lichgateroofing job. The parish picked a roofer the diocese already knows, so we'll manage without you.\n\nOwain Bevan\nCeredigion Chapel Roofs"),
     ("offer", "Lichgateroofing job – yours if you want it", "Hi {n},\n\nThe job's yours, starting {dl}. Sadly the scaffold won't be up till the Wednesday, so Monday and Tuesday get spent in the yard.\n\nOwain Bevan\nCeredigion Chapel Roofs"))
pair("well", "Iris", "Karoo Borehole Services", "karooborehole", "za", "Hendrik Swanepoel",
     ("Wellwinching operator", "Dear {n},\n\nRegarding the wellwinching operator post: We appointed an operator from Beaufort West with winch tickets already in hand.\n\nHendrik Swanepoel\nKaroo Borehole Services"),
     ("next_steps", "Wellwinching operator – documents", "Dear {n},\n\nNext step: e-mail your driver's licence scan plus a doctor's fitness note before {dl}. Unfortunately photos sent over WhatsApp come through blurred; scans only.\n\nHendrik Swanepoel\nKaroo Borehole Services"))
pair("barge", "Jasmine", "Kennebec Trim Carpentry", "kennebectrim", "use", "Russell Thibodeau",
     ("Bargeboarding carpenter", "Hi {n},\n\nAppreciate your interest in the bargeboarding carpenter spot. We hired a fellow from Augusta who's done Victorian trim for years.\n\nRussell Thibodeau\nKennebec Trim Carpentry"),
     ("interview", "Bargeboarding carpenter – come see us", "Hi {n},\n\nSwing by the shop {dl} around 3 PM? Unfortunately the shop furnace died, wear layers.\n\nRussell Thibodeau\nKennebec Trim Carpentry"))
pair("bath", "Knapweed", "Tema Enamel Restorers", "temaenamel", "gh", "Kojo Asante-Mensah",
     ("Bathenamelling technician", "Dear {n},\n\nRegarding bathenamelling technician: Management has chosen a candidate with spray-booth experience; we cannot take you on.\n\nKojo Asante-Mensah\nTema Enamel Restorers"),
     ("next_steps", "Bathenamelling technician – practical test", "Dear {n},\n\nKindly come for the practical test before {dl}. Regrettably the main booth is down, so the test uses the small one.\n\nKojo Asante-Mensah\nTema Enamel Restorers"))
pair("gutter", "Lupin", "Ballarat Heritage Plumbing", "ballaratheritage", "au", "Travis Coote",
     ("Gutterleading plumber", "G'day {n},\n\nTa for the gutterleading letter. A tradie who did half the goldfields churches got the nod ahead of you.\n\nTravis Coote\nBallarat Heritage Plumbing"),
     ("offer", "Gutterleading plumber – welcome aboard", "G'day {n},\n\nJob's yours, kicking off {dl}. Unfortunately the ute's off getting rego done, so grab a lift with Davo from the servo.\n\nTravis Coote\nBallarat Heritage Plumbing"))
pair("port", "Mallow", "Lagos Marine Glaziers", "lagosmarineglaziers", "ng", "Adaeze Okafor",
     ("Portholeglazing fitter", "Dear {n},\n\nRegarding the portholeglazing fitter role: another fitter has been engaged from Apapa, and your application closes here.\n\nAdaeze Okafor\nLagos Marine Glaziers"),
     ("interview", "Portholeglazing fitter – interview", "Dear {n},\n\nKindly appear for interview on {dl}, ten o'clock, at our Apapa yard. Sadly the generator is faulty, so bring your printed CV.\n\nAdaeze Okafor\nLagos Marine Glaziers"))
pair("scaf", "Nettle", "Kowloon Bamboo Scaffolding", "kowloonbamboo", "hk", "Lau Wing-Hong",
     ("Scaffoldlashing worker", "Hi {n},\n\nThanks for apply scaffoldlashing worker. We already hire three experienced master, so no position for you now.\n\nLau Wing-Hong\nKowloon Bamboo Scaffolding"),
     ("next_steps", "Scaffoldlashing worker – safety card", "Hi {n},\n\nPlease send green card copy before {dl}. Unfortunately our fax broken, use e-mail.\n\nLau Wing-Hong\nKowloon Bamboo Scaffolding"))
pair("lorin", "Oxlip", "Walsall Bit & Spur Works", "walsallbitspur", "uk", "Jasmit Bains",
     ("Lorinering apprentice", "Hi {n},\n\nThanks for applying to train in lorinering with us. The one place went to a polisher's cousin from Bloxwich.\n\nJasmit Bains\nWalsall Bit & Spur Works"),
     ("application_received", "Lorinering apprentice – letter received", "Hi {n},\n\nYour letter's arrived. Even a refusal gets a letter from us, so no guessing.\n\nJasmit Bains\nWalsall Bit & Spur Works"))
pair("moss", "Primrose", "Olympic Peninsula Florist Greens", "olympicgreens", "usp", "Kaya Lindgren",
     ("Mossharvesting crew", "Hi {n},\n\nAppreciate the note about the mossharvesting crew. Last season's pickers took every seat on the skiff, leaving none for new folks.\n\nKaya Lindgren\nOlympic Peninsula Florist Greens"),
     ("offer", "Mossharvesting crew – spot open", "Hi {n},\n\nA spot opened up and it's yours from {dl}. Bad news is the bunkhouse roof leaks, so bring a tarp.\n\nKaya Lindgren\nOlympic Peninsula Florist Greens"))
pair("copper", "Quince", "Kitwe Copper Craft", "kitwecoppercraft", "zw", "Mulenga Chanda",
     ("Copperbeating artisan", "Dear {n},\n\nRegarding copperbeating artisan: The workshop has selected a craftsman from Kitwe, so your application is closed.\n\nMulenga Chanda\nKitwe Copper Craft"),
     ("interview", "Copperbeating artisan – come and see us", "Dear {n},\n\nPlease visit the workshop on {dl} at 9 to show us your hammer work. Unfortunately the power cuts continue, so we start early.\n\nMulenga Chanda\nKitwe Copper Craft"))
pair("curl", "Ragwort", "Ailsa Granite Stones", "ailsagranite", "uk", "Murdo Galbraith",
     ("Curlingstoneing polisher", "Hi {n},\n\nCheers for applying to polish in our curlingstoneing shop. A lad from Girvan who's done granite worktops got it.\n\nMurdo Galbraith\nAilsa Granite Stones"),
     ("next_steps", "Curlingstoneing polisher – a wee test", "Hi {n},\n\nCould you film yourself at a polishing wheel and send it by {dl}? Sadly the boat to the isle is off for repairs, so no visits yet.\n\nMurdo Galbraith\nAilsa Granite Stones"))
pair("whisker", "Sorrel", "Jurong Clock Menders", "jurongclock", "sg", "Goh Mei Xin",
     ("Whiskersetting trainee", "Hi {n},\n\nThank you for applying as whiskersetting trainee. We have chosen someone from the ITE horology class, so your application ends with us.\n\nGoh Mei Xin\nJurong Clock Menders"),
     ("interview", "Whiskersetting trainee – interview", "Hi {n},\n\nCan meet on {dl} at 2 pm at our Jurong shop? Sorry, our block's lift is down, level 3 by stairs.\n\nGoh Mei Xin\nJurong Clock Menders"))
pair("trunk", "Tansy", "Kingston Steamer Trunks", "kingstontrunks", "jm", "Delroy Campbell",
     ("Trunkriveting hand", "Hi {n},\n\nThanks for coming forward for the trunkriveting job. Boss give it to a man from Spanish Town who work leather before, so boss can't fit you this go-round.\n\nDelroy Campbell\nKingston Steamer Trunks"),
     ("offer", "Trunkriveting hand – start date", "Hi {n},\n\nYou get the job, start {dl}. Unfortunately the water lock off at the shop that week, so bring drinking water.\n\nDelroy Campbell\nKingston Steamer Trunks"))
pair("dust", "Umbel", "Nakuru Canvas Sheets", "nakurucanvas", "ke", "Wanjiru Kamau",
     ("Dustsheeting machinist", "Dear {n},\n\nThank you for applying for dustsheeting machinist. We have hired a machinist with hemming experience and regret the job is not yours.\n\nWanjiru Kamau\nNakuru Canvas Sheets"),
     ("next_steps", "Dustsheeting machinist – sewing test", "Dear {n},\n\nKindly come for a sewing test before {dl}. Sadly the matatu stage moved, so alight at the market.\n\nWanjiru Kamau\nNakuru Canvas Sheets"))
pair("matt", "Violet", "Dayton Ticking Mills", "daytonticking", "use", "Reggie Albright",
     ("Mattressticking weaver", "Hi {n},\n\nAppreciate the letter on the mattressticking weaver opening. We went with applicants who've run our jacquard heads before.\n\nReggie Albright\nDayton Ticking Mills"),
     ("interview", "Mattressticking weaver – interview", "Hi {n},\n\nCome by on {dl} at 10 AM. Unfortunately Gate 2 is closed for paving, please use Gate 4.\n\nReggie Albright\nDayton Ticking Mills"))
pair("lath", "Woodruff", "Montreal Lath & Plaster", "montreallath", "use", "Geneviève Tremblay-Ross",
     ("Plasterlathing apprentice", "Hi {n},\n\nThanks for applying for our plasterlathing apprenticeship. The two places went to pre-apprentices from our winter course.\n\nGeneviève Tremblay-Ross\nMontreal Lath & Plaster"),
     ("offer", "Plasterlathing apprentice – offer", "Hi {n},\n\nYou can start as apprentice on {dl}. Sadly the union hall's closed that week, so sign-up happens at our office.\n\nGeneviève Tremblay-Ross\nMontreal Lath & Plaster"))
pair("hinge", "Yarrow", "Durban Hinge Blanks", "durbanhinge", "za", "Sipho Ngcobo",
     ("Hingeblanking press operator", "Dear {n},\n\nThanks for applying for hingeblanking press operator. A setter from Pinetown now holds the hingeblanking press post.\n\nSipho Ngcobo\nDurban Hinge Blanks"),
     ("next_steps", "Hingeblanking press operator – medical", "Dear {n},\n\nBook the pre-start medical at our clinic no later than {dl}. Unfortunately our clinic is closed Fridays.\n\nSipho Ngcobo\nDurban Hinge Blanks"))
pair("glass", "Zinnia", "Christchurch Abrasives", "chchabrasives", "nz", "Briar Tuiasosopo",
     ("Glasspaperpacking operator", "Kia ora {n},\n\nThanks for applying for glasspaperpacking operator. A casual from our own list got the nod; the role is closed to you.\n\nBriar Tuiasosopo\nChristchurch Abrasives"))

# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (hrv, ron, bul, ukr, hun, nld, pol, ces, msa, amh); 24 twins
pair("ar", "", "مشتل واحة الأحساء للنخيل", "ahsapalms", "sa", "منى الحربي",
     ("بخصوص طلبكم لوظيفة مشرف المشتل", "الأستاذ/ة {n}،\n\nشُغلت وظيفة مشرف المشتل بمهندس زراعي عمل سنوات طويلة في فسائل الخلاص، وعليه يُغلق طلبكم في هذه الجولة.\n\nمنى الحربي\nمشتل واحة الأحساء للنخيل"),
     ("interview", "دعوة إلى مقابلة", "الأستاذ/ة {n}،\n\nيسرنا دعوتكم إلى مقابلة يوم {dl} الساعة العاشرة صباحاً. للأسف الطريق الرئيسي إلى المشتل مغلق للصيانة، فنرجو استخدام المدخل الشرقي.\n\nمنى الحربي\nمشتل واحة الأحساء للنخيل"), lang="ar")
pair("de", "", "Turmuhren Schwarzwald Faller", "turmuhrenfaller", "de", "Hannelore Faller",
     ("Ihre Bewerbung als Uhrmacher/in", "Guten Tag {n},\n\ndie Stelle in unserer Turmuhrwerkstatt hat eine Restauratorin aus Triberg bekommen, die schon drei Kirchturmuhren überholt hat. Ihre Bewerbung ruht damit.\n\nHerzlich\nHannelore Faller"),
     ("next_steps", "Nächster Schritt: Arbeitsprobe", "Guten Tag {n},\n\nbitte schicken Sie uns bis {dl} Fotos einer eigenen Reparaturarbeit. Leider ist unser Telefon derzeit gestört, daher bitte nur per E-Mail.\n\nHannelore Faller\nTurmuhren Schwarzwald Faller"), lang="de")
pair("es", "", "Azafranes de Consuegra", "azafranconsuegra", "es", "Rocío Manzanares",
     ("Su candidatura para la campaña de la rosa", "Hola {n}:\n\nRecibimos su carta para la monda de noviembre. Los puestos ya los ocupan vecinos de Consuegra y su solicitud se queda fuera esta temporada.\n\nUn saludo,\nRocío Manzanares"),
     ("offer", "Plaza en la cuadrilla", "Hola {n}:\n\nTenemos una plaza para usted en la cuadrilla a partir del {dl}. Por desgracia el comedor está en obras, así que traiga la comida.\n\nRocío Manzanares\nAzafranes de Consuegra"), lang="es")
pair("fr", "", "Distillerie de Lavande du Plateau de Valensole", "lavandevalensole", "fr", "Mireille Castagnet",
     ("Votre candidature – saison de distillation", "Bonjour {n},\n\nPour la saison de distillation, nous avons gardé la personne qui surveille nos alambics depuis trois étés ; votre dossier n'ira pas plus loin.\n\nBien à vous,\nMireille Castagnet"),
     ("interview", "Invitation à un entretien", "Bonjour {n},\n\nUn entretien est prévu le {dl} à 9 h à la distillerie. Malheureusement le parking est fermé pour travaux ; merci de vous garer au village.\n\nMireille Castagnet\nDistillerie de Lavande du Plateau de Valensole"), lang="fr")
pair("hi", "", "बगरू ठप्पा घर", "bagruthappa", "in", "ममता खंडेलवाल",
     ("छपाई कारीगर पद के बारे में", "{n} जी,\n\nछपाई की ठप्पा-मेज़ पर बगरू के रमेश भाई बैठ गए हैं। आपको इस बार बुलावा नहीं मिलेगा।\n\nममता खंडेलवाल"),
     ("application_received", "पत्र मिल गया", "{n} जी,\n\nआपका पत्र और नमूने पहुँच गए। रखें या न रखें, अगले पखवाड़े फ़ोन से बता देंगे।\n\nममता खंडेलवाल"), lang="hi")
pair("it", "", "Laboratorio Marmi Apuani Bertozzi", "marmibertozzi", "it", "Silvana Bertozzi",
     ("La sua candidatura come scalpellino", "Gentile {n},\n\nil posto di scalpellino è andato a un artigiano che lavora lo statuario da vent'anni. Con questo la sua candidatura è chiusa.\n\nUn saluto,\nSilvana Bertozzi"),
     ("next_steps", "Prova pratica", "Gentile {n},\n\nle chiediamo di confermare entro il {dl} la sua presenza alla prova pratica. Purtroppo il montacarichi è guasto, quindi la prova si terrà al piano terra.\n\nSilvana Bertozzi\nLaboratorio Marmi Apuani Bertozzi"), lang="it")
pair("ja", "", "近江畳店", "omitatami", "jp", "中村 恵子",
     ("畳職人見習いの応募について", "{n} 様\n\nこのたびは畳職人見習いにご応募いただき、誠にありがとうございました。慎重に検討しました結果、経験のある方を採用することとなり、今回はご期待に添えない結果となりました。\n\n近江畳店\n中村 恵子"),
     ("interview", "面接のご案内", "{n} 様\n\n{dl}午前十時に工房での面接をお願いいたします。あいにく駐車場が工事中のため、公共交通機関をご利用ください。\n\n近江畳店\n中村 恵子"), lang="ja")
pair("ko", "", "광주 김치공방", "gwangjukimchi", "kr", "윤미경",
     ("김치 제조원 지원 결과 안내", "{n} 님께,\n\n김치 제조원 자리는 발효 경력 십 년의 지원자에게 돌아갔습니다. 아쉽지만 이번 채용은 여기서 마무리합니다.\n\n윤미경\n광주 김치공방"),
     ("offer", "채용 확정 안내", "{n} 님께,\n\n김치 제조원으로 채용되셨습니다. 첫 출근일은 {dl}입니다. 안타깝게도 직원 식당이 공사 중이라 도시락을 준비해 주세요.\n\n윤미경 드림\n광주 김치공방"), lang="ko")
pair("pt", "", "Corticeira do Montado de Coruche", "corticeiracoruche", "pt", "Filipa Rebelo",
     ("A sua candidatura – descortiçador", "Olá {n},\n\nA equipa da tiragem ficou completa com tiradores da região que já trabalham connosco há anos. Desta vez a sua candidatura fica de fora.\n\nCumprimentos,\nFilipa Rebelo"),
     ("interview", "Conversa na fábrica", "Olá {n},\n\nGostávamos de conversar consigo no dia {dl} às 10h. Infelizmente o portão principal está avariado; entre pelo portão das traseiras.\n\nFilipa Rebelo\nCorticeira do Montado de Coruche"), lang="pt")
pair("ru", "", "Мастерская изделий из бересты «Туесок»", "tuesokmaster", "ru", "Надежда Кравцова",
     ("Ваш отклик на вакансию мастера", "Здравствуйте, {n}!\n\nМесто мастера по бересте отдали человеку, который десять лет плёл туеса в Каргополе. Вашу кандидатуру мы закрываем.\n\nС уважением,\nНадежда Кравцова"),
     ("next_steps", "Следующий шаг: пробное изделие", "Здравствуйте, {n}!\n\nПросим прислать фото пробного изделия до {dl}. К сожалению, почта в нашем посёлке закрыта, поэтому только электронной почтой.\n\nНадежда Кравцова"), lang="ru")
pair("sw", "", "Kituo cha Kuosha Kahawa Mbinga", "mbingakahawa", "tz", "Eliya Komba",
     ("Kuhusu ombi lako la kazi ya msimamizi", "Habari {n},\n\nNafasi ya msimamizi wa kituo imepata mtu. Tumempa Mzee Ndunguru, ambaye ameosha kahawa Mbinga kwa miaka kumi, kwa hiyo ombi lako limefungwa kwa sasa.\n\nWako,\nEliya Komba"),
     ("interview", "Mwaliko wa mahojiano", "Habari {n},\n\nKaribu kituoni tarehe {dl}, saa nne, kwa mahojiano. Barabara, kwa bahati mbaya, imeharibika kwa mvua, tafadhali pita njia ya soko.\n\nEliya Komba"), lang="sw")
pair("th", "", "โรงทอผ้าไหมบ้านครัว", "baankruasilk", "th", "สมศรี ใจงาม",
     ("ผลการสมัครงานช่างทอ", "เรียนคุณ{n}\n\nตำแหน่งช่างทอที่บ้านครัวมีเจ้าของแล้ว คือป้าแดงจากชุมชนที่ทอกี่กระตุกมาสิบปี ใบสมัครของคุณจึงปิดลงในรอบนี้\n\nสมศรี ใจงาม"),
     ("offer", "ยินดีต้อนรับเข้าทำงาน", "เรียนคุณ{n}\n\nตำแหน่งช่างทอเป็นของคุณแล้ว เริ่มงานวันที่ {dl} น่าเสียดายที่โรงอาหารปิดซ่อม กรุณานำอาหารกลางวันมาเอง\n\nสมศรี ใจงาม"), lang="th")
pair("tr", "", "Hacı Bekir Usulü Lokum Atölyesi", "lokumatolyesi", "tr", "Sevgi Yıldırım",
     ("Başvurunuz hakkında", "Merhaba {n},\n\nŞekerleme ustalığı için kazan başında yirmi yıl geçirmiş bir ustayı aldık. Başvurunuz bu aşamada kapanıyor.\n\nSaygılarımla,\nSevgi Yıldırım"),
     ("next_steps", "Sonraki adım: belgeler", "Merhaba {n},\n\nSağlık raporunuzu en geç {dl} günü bize iletin. Maalesef atölyenin faksı bozuk; e-posta kullanın.\n\nSevgi Yıldırım"), lang="tr")
pair("ur", "", "ٹرک آرٹ ورکشاپ راولپنڈی", "truckartrwp", "pk", "شاہد محمود",
     ("آپ کی درخواست کے بارے میں", "محترم {n}،\n\nرنگ ساز کی جگہ استاد نذیر نے لے لی ہے، جن کا بیس سالہ کام راولپنڈی کی سڑکوں پر دوڑتا ہے۔ یوں آپ کی باری اس مرتبہ نہیں آئی۔\n\nشاہد محمود"),
     ("interview", "انٹرویو کی دعوت", "محترم {n}،\n\nانٹرویو ورکشاپ میں {dl} کو، دن کے دس بجے، ہوگا۔ افسوس کہ گلی میں کھدائی جاری ہے، اس لیے بڑی سڑک سے پیدل آئیں۔\n\nشاہد محمود"), lang="ur")
pair("zh", "", "杭州西湖绸扇坊", "xihusilkfan", "cn", "沈雅琴",
     ("关于您应聘制扇师傅一事", "{n}您好：\n\n感谢您应聘本坊制扇师傅一职。经过认真考虑，我们已录用一位有多年扇骨经验的师傅，因此这次无法与您合作。\n\n祝好！\n沈雅琴\n杭州西湖绸扇坊"),
     ("application_received", "已收到您的简历", "{n}您好：\n\n您的简历已经收到。无论录用与否，我们都会在十天之内给您回复，请留意邮箱。\n\n沈雅琴\n杭州西湖绸扇坊"), lang="zh")
pair("hrv", "", "Paška čipka obrt Magaš", "paskacipka", "hr", "Antonija Magaš",
     ("Vaša prijava za čipkaricu", "Poštovana/i {n},\n\nmjesto čipkarice dobila je gospođa iz Kolana koja već trideset godina plete pašku čipku. Vaša prijava ovim se zaključuje.\n\nS poštovanjem,\nAntonija Magaš"),
     ("interview", "Poziv na razgovor", "Poštovana/i {n},\n\npozivamo Vas na razgovor {dl} u 10 sati u radionici. Nažalost trajekt kasni zbog bure, pa krenite ranije.\n\nAntonija Magaš"), lang="hrv")
pair("ron", "", "Crama Dealu Mare Voinea", "cramavoinea", "ro", "Mihaela Voinea",
     ("Candidatura dumneavoastră – pivnicer", "Bună ziua, {n},\n\nPostul de pivnicer a fost ocupat de un om care a lucrat zece ani la butoaiele noastre. Dosarul dumneavoastră se închide aici.\n\nCu stimă,\nMihaela Voinea"),
     ("offer", "Ofertă de angajare", "Bună ziua, {n},\n\nVă oferim postul de pivnicer începând cu {dl}. Din păcate, vestiarul este în renovare, așa că aduceți hainele de lucru de acasă.\n\nMihaela Voinea"), lang="ron")
pair("bul", "", "Розоварна Казанлък Дамаска", "damaskarose", "bg", "Весела Христова",
     ("Относно кандидатурата Ви", "Здравейте, {n},\n\nБлагодарим Ви за интереса към сезонната работа в розоварната. Избрахме човек с десет сезона в дестилацията. Кандидатурата Ви спира дотук.\n\nПоздрави,\nВесела Христова"),
     ("next_steps", "Следваща стъпка", "Здравейте, {n},\n\nМоля, изпратете медицинско свидетелство до {dl}. За съжаление телефонът ни не работи, пишете само по имейл.\n\nВесела Христова"), lang="bul")
pair("ukr", "", "Майстерня вишивки «Барвінок»", "barvinokvyshyvka", "ua", "Галина Ткачук",
     ("Щодо вашої заявки", "Добрий день, {n}!\n\nДякуємо за інтерес до роботи вишивальниці. Ми обрали кандидатку, яка вже працювала з гладдю, тому не продовжуватимемо розгляд вашої заявки.\n\nЗ повагою,\nГалина Ткачук"),
     ("interview", "Запрошення на співбесіду", "Добрий день, {n}!\n\nЧекаємо вас на співбесіду {dl} на десяту ранку. На жаль, ліфт у будинку не працює, підніміться на третій поверх сходами.\n\nГалина Ткачук"), lang="ukr")
pair("hun", "", "Kalocsai Paprikamalom", "kalocsaimalom", "hu", "Szabó Judit",
     ("Jelentkezése a molnár munkakörre", "Kedves {n}!\n\nKöszönjük, hogy jelentkezett a molnár munkakörre. Egy régi kalocsai molnárt választottunk; jelentkezését ezzel lezárjuk.\n\nÜdvözlettel:\nSzabó Judit"),
     ("offer", "Állásajánlat", "Kedves {n}!\n\nÖrömmel ajánljuk fel a molnár munkakört, kezdés: {dl}. Sajnos az öltöző felújítás alatt áll, ezért a munkaruhát otthon vegye fel.\n\nSzabó Judit"), lang="hun")
pair("nld", "", "Bollenkwekerij Van der Zwaan", "bollenvdzwaan", "nl", "Marieke van der Zwaan",
     ("Uw sollicitatie als bollenpeller", "Beste {n},\n\nDe plek als bollenpeller gaat naar een vaste kracht van vorig seizoen. Uw sollicitatie loopt daarom niet verder.\n\nMet vriendelijke groet,\nMarieke van der Zwaan"),
     ("interview", "Uitnodiging voor een gesprek", "Beste {n},\n\nWe nodigen u uit op {dl} om 9 uur op de kwekerij. Helaas is de oprit opgebroken, dus parkeer bij de kerk.\n\nMarieke van der Zwaan"), lang="nld")
pair("pol", "", "Pracownia Bursztynu Gdańska Kotwica", "gdanskakotwica", "pl", "Małgorzata Lis",
     ("Odpowiedź na aplikację", "Dzień dobry, {n},\n\nmiejsce szlifierza bursztynu zajął rzemieślnik z Pucka, który pracuje z nami od lat. Pani/Pana zgłoszenie zamykamy na tym etapie.\n\nZ pozdrowieniami,\nMałgorzata Lis"),
     ("next_steps", "Kolejny etap", "Dzień dobry, {n},\n\nprosimy o przesłanie zdjęć swoich prac do {dl}. Niestety nasza skrzynka odrzuca duże pliki, więc proszę wysłać je w kilku wiadomościach.\n\nMałgorzata Lis"), lang="pol")
pair("ces", "", "Sklárna Chřibská Horák", "sklarnahorak", "cz", "Jitka Horáková",
     ("Vaše žádost o místo brusiče skla", "Dobrý den, {n},\n\nděkujeme za zájem o místo brusiče skla. Vybrali jsme uchazeče, který u nás již vyučil, a proto ve výběrovém řízení s Vámi nepokračujeme.\n\nS pozdravem\nJitka Horáková"),
     ("offer", "Nabídka práce", "Dobrý den, {n},\n\nrádi Vám nabízíme místo brusiče od {dl}. Bohužel je jídelna v rekonstrukci, takže si prosím noste vlastní oběd.\n\nJitka Horáková"), lang="ces")
pair("msa", "", "Bengkel Batik Kota Bharu Seri Cahaya", "batikseri", "my", "Rohana Yusof",
     ("Permohonan jawatan pelukis batik", "Salam sejahtera {n},\n\nKerusi pelukis batik kami kini milik seorang tukang canting dari Pasir Mas. Oleh itu, permohonan anda ditutup kali ini.\n\nYang benar,\nRohana Yusof"),
     ("interview", "Jemputan temu duga", "Salam sejahtera {n},\n\nSila hadir ke bengkel pada {dl} jam 10 pagi untuk temu duga. Malangnya tempat letak kereta ditutup, sila letak kenderaan di pasar.\n\nRohana Yusof"), lang="msa")
pair("amh", "", "የአዲስ ቡና ቆሎ ቤት", "addisbunaroast", "et", "ሄለን ግርማ",
     ("ስለ ማመልከቻዎ", "ውድ {n}፣\n\nየቡና ቆላ ሥራውን ለአሥር ዓመት የሠራ ሰው ወስዷል፤ ማመልከቻዎ በዚህ ይዘጋል።\n\nከሰላምታ ጋር\nሄለን ግርማ"), lang="amh")

# ---- a job alert and a non-job refusal
wo("job_alert", "alr-wren", "Wrenhollow: new trades posts this week", "Hello {n},\n\nNew on WrenhollowAster: bell-frame joiner (Truro), slate splitter (Blaenau), dry-dock rigger (Falmouth). Sorry, the saved-search filter was off last week, so these are a few days old.\n-- Wrenhollow trades board", "Wrenhollow", "wrenhollow", frm="Wrenhollow Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-pitch", "Market pitch application – Truro", "Dear {n},\n\nRe your request for a Saturday pitch at Lemon Quay market: every pitch for 2026 is allocated, and yours is refused.\n\nMarkets Office", "Lemon Quay Markets", "lemonquaymarkets", frm="Markets Office <markets@{dom}>", tz="uk")


if __name__ == "__main__":
    sys.exit(main())
