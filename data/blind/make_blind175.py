# ruff: noqa: E501, S311
"""Write the hundred-and-seventy-fifth sealed blind slice for issue 11 (blind-slice-175.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 174; slice 175, slice 176 and later never read; our side printed)
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

SEED = 1751751
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-175.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 175
SKIP_FROM = 175  # this slice, slice 176 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Odessa Fairweather", "Imran Qadri", "Bronagh McAtee", "Yusuf Barre", "Simran Dhillon", "Kelvin Thomas-Yon",
    "Maija Koskela", "Ngọc Hân Vũ", "Yuliana Restrepo", "Declan Furlong", "Ayaan Gedi", "Tejinder Brar",
    "Rosalind Ebbage", "Tristan Okafor-Blake", "Hamdi Nur", "Paulette Crowie", "Jarrah Whitlock", "Quốc Huy Đặng",
    "Manuela Arboleda", "Wiremu Pohatu", "Lindiwe Dube", "Garfield Mensah", "Anoushka Pillai", "Brody Kettleson",
    "Sadia Rahman", "Lorcan Dempsey", "Heidi Tuominen", "Kamalpreet Sidhu", "Idil Osman", "Shanice Leo",
    "Mateus Cardona", "Zara Pemberton", "Cormac Whelan", "Nia Abernethy", "Ruan Steenkamp", "Delphine Okoro",
]
REGION_SIGNERS = {
    "uk": ["Del Huggins", "Shirley Pottage", "Terry Bunce", "Maureen Catchpole"],
    "so": ["Hodan Warsame", "Abdirahman Jama", "Sahra Dirie", "Mukhtar Elmi"],
    "in": ["Gurleen Sandhu", "Rajbir Gill", "Navdeep Bains", "Parminder Kaler"],
    "sh": ["Colleen Benjamin", "Darren Yon", "Merle Peters", "Gavin Stroud"],
    "tb": ["Karina Lahtinen", "Brent Kakegamic", "Tessa Niemi", "Wade Ostapchuk"],
    "vn": ["Võ Thanh Tâm", "Huỳnh Ngọc Diệp", "Trịnh Minh Khang"],
    "co": ["Yesenia Cárdenas", "Jhon Fredy Ospina", "Luz Dary Montoya"],
    "ie": ["Fionnuala Breen", "Cathal Ruane", "Aoife Grealish"],
    "us": ["Rhonda Kimball", "Tyrell Dunmore", "Lorraine Szabo", "Hank Ferreira"],
    "au": ["Kirra Donnelly", "Shane Petrakis", "Leanne Truscott"],
    "nz": ["Aroha Tawhiri", "Fergus Lindqvist", "Mereana Pou"],
    "za": ["Thandeka Mokoena", "Riaan du Toit", "Nosipho Zulu"],
    "gen": ["Cassandra Holm", "Obinna Eze", "Priya Raghunathan", "Marcus Delacroix", "Hilde Brandvold", "Tomasz Wrona"],
}
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "ldn": "uk", "tas": "au"}
LANG_SIGNERS = {
    "ar": ["سلمى الحارثي", "خالد البلوشي"], "de": ["Wiltrud Hagenauer", "Florian Stöckl"],
    "es": ["Guadalupe Treviño", "Ramiro Ochoa"], "fr": ["Aminata Diouf", "Gaëlle Ndiaye"],
    "hi": ["सुमेधा खन्ना", "विकास चौहान"], "it": ["Ornella Pizzuti", "Gianluca Serra"],
    "ja": ["松田 由美子", "藤井 隆之"], "ko": ["한서연", "윤재민"], "pt": ["Celeste Mabunda", "Armando Cossa"],
    "ru": ["Людмила Шестакова", "Вадим Корнилов"], "sw": ["Neema Wanjiru", "Juma Otieno"],
    "th": ["ศศิธร มณีวงศ์", "อนุชา ทองคำ"], "tr": ["Hatice Karaca", "Burak Aksoy"],
    "ur": ["سعدیہ ملک", "عمران چوہدری"], "zh": ["黄晓燕", "林建国"],
    "slk": ["Zuzana Hrušková", "Marek Kováčik"], "lit": ["Aistė Jonaitienė", "Darius Stankevičius"],
    "lav": ["Dace Liepa", "Raimonds Kalējs"], "ell": ["Ελένη Παπαδάκη", "Νίκος Καραλής"],
    "heb": ["מיכל אברהמי", "יואב שגיא"], "fas": ["مهسا کریمی", "بهرام طاهری"],
    "ben": ["রুমানা হক", "সৌমিত্র পাল"], "vie": ["Nguyễn Thị Lan Phương", "Phan Đức Thịnh"],
    "ind": ["Rina Kusumawati", "Agus Santoso"], "tgl": ["Marites Villanueva", "Jerome Pascual"],
}
LANG_RECIPIENTS = {
    "ar": ["نورة السالمي", "يوسف الرواحي"], "de": ["Theresa Gruber", "Valentin Moser"],
    "es": ["Ximena Castillo", "Emiliano Herrera"], "fr": ["Awa Sarr", "Mamadou Fall"],
    "hi": ["अदिति सक्सेना", "रोहन मल्होत्रा"], "it": ["Federica Sanna", "Davide Murgia"],
    "ja": ["岡本 美咲", "森 大輝"], "ko": ["이수빈", "강민호"], "pt": ["Lurdes Machava", "Jaime Sitoe"],
    "ru": ["Ксения Белова", "Артём Зайцев"], "sw": ["Faith Chebet", "Kevin Mutua"],
    "th": ["พิมพ์ชนก ศรีสุข", "ธนากร เพชรรัตน์"], "tr": ["Elif Öztürk", "Can Şahin"],
    "ur": ["حنا شیخ", "بلال احمد"], "zh": ["赵敏", "孙宇航"],
    "slk": ["Lucia Baková", "Peter Ondrejka"], "lit": ["Ieva Žukauskaitė", "Lukas Vasiliauskas"],
    "lav": ["Elīna Krūmiņa", "Kristaps Vītols"], "ell": ["Κατερίνα Σταύρου", "Γιώργος Λαμπρόπουλος"],
    "heb": ["נועה ברק", "איתי כהן"], "fas": ["شیرین رضایی", "آرش موسوی"],
    "ben": ["নুসরাত জাহান", "রাকিব হাসান"], "vie": ["Trần Bảo Ngọc", "Lê Hoàng Nam"],
    "ind": ["Dewi Lestari", "Bayu Pratama"], "tgl": ["Jasmine Dela Cruz", "Paolo Manalo"],
}
GIVEN = {
    "Ngọc Hân Vũ": "Hân", "Quốc Huy Đặng": "Huy", "Võ Thanh Tâm": "Tâm", "Huỳnh Ngọc Diệp": "Diệp", "Trịnh Minh Khang": "Khang",
    "Jhon Fredy Ospina": "Jhon Fredy", "Luz Dary Montoya": "Luz Dary",
}
PROVIDERS = ["quillpost", "hazelbox", "sootmail", "pebblewire", "larkinbox", "dunlinmail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ldn": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "at": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"),
    "lt": ("+0200", "+0300", "eu"), "lv": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"),
    "il": ("+0200", "+0300", "il"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "tb": ("-0500", "-0400", "us"), "bs": ("-0500", "-0400", "us"),
    "yt": ("-0700", None, ""), "bz": ("-0600", None, ""), "mx": ("-0600", None, ""), "co": ("-0500", None, ""), "jm": ("-0500", None, ""), "gy": ("-0400", None, ""), "bm": ("-0400", "-0300", "us"),
    "tt": ("-0400", None, ""), "sh": ("+0000", None, ""), "gh": ("+0000", None, ""), "sl": ("+0000", None, ""),
    "sn": ("+0000", None, ""), "mw": ("+0200", None, ""), "bw": ("+0200", None, ""), "na": ("+0200", None, ""),
    "mz": ("+0200", None, ""), "za": ("+0200", None, ""), "so": ("+0300", None, ""), "ke": ("+0300", None, ""),
    "ug": ("+0300", None, ""), "tr": ("+0300", None, ""), "ir": ("+0330", None, ""), "om": ("+0400", None, ""),
    "sc": ("+0400", None, ""), "ye": ("+0500", None, ""), "pk": ("+0500", None, ""), "mv": ("+0500", None, ""),
    "in": ("+0530", None, ""), "bd": ("+0600", None, ""), "th": ("+0700", None, ""), "vn": ("+0700", None, ""),
    "id": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "hk": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "pg": ("+1000", None, ""),
    "au": ("+1000", "+1100", "au"), "tas": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"), "ws": ("+1300", None, ""),
}

US_STYLE = ("use", "usc", "usm", "usp", "tb", "bs", "yt", "bz", "bm")
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
QNOTE = "\nHi {sf}, grateful for the greenhouse wander on Wednesday. My spray-rig ticket lasts into spring; Mrs Abshir (referee) rings back after seven.\n{n}"
FOOT = ("\n\n== {CO} | COPPICEYARD CAREERS ==\nNew openings drop onto the Coppiceyard noticeboard each Thursday at noon; a Quoitwick alert pings you the moment one matches your saved trades. "
        "Ditchwhistle, our monthly staff pamphlet, carries shift swaps and the car-share rota. Text DITCHHUSH and careers mail halts. Nobody reads this inbox. Applicant papers are pulped after thirty-one months.")
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
        return LANG_SIGNERS[lang]
    return REGION_SIGNERS.get(REGION.get(zone, zone), REGION_SIGNERS["gen"])  # a zone without a pool: the general pool


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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}", "heb": "{d}.{m}.{y}",
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
    """Every .jsonl in data/ and data/blind/ up to slice 174; this slice, slice 176 and any later one are skipped by number."""
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
mr("ats-workday", "Candidate Account update – {role} (R-{ref})",
   "Hello {n},\n\nYour submission for {role}, requisition R-{ref}, on the {co} Careers Hub now sits at its closing marker: Position Filled – Alternate Candidate Hired. Your Candidate Account on the Hub still lets you browse fresh openings or tidy up your profile.\n\n{co} Talent Acquisition",
   ("Bow Quarter Removals", "Snake River Spud Processing"), ("bowquarterremovals", "snakeriverspud"), role=("Van Driver's Mate", "Line Sanitation Lead"), tz=("ldn", "usm"))
mr("ats-greenhouse", "Following up on your {co} interviews",
   "Hi {n},\n\nWhat a marathon afternoon of panels for the {role} opening – thanks for sticking it out. The hiring group compared notes on Friday; this round is where your candidacy halts. Our board gets new listings most Mondays, worth a look down the line.\n\nBest,\n{sig}\nRecruiting at {co}",
   ("Hackney Tube & Fitting", "Tulsa Airframe Overhaul"), ("hackneytubefitting", "tulsaairframe"), role=("Scaffold Supervisor", "Avionics Technician II"), tz=("ldn", "usc"))
mr("ats-lever", "{co}: where your {role} application landed",
   "Hi {n},\n\nWe've wrapped up the {role} search, and the team picked someone else to progress. If you're happy, your profile gets parked in the Gannetwharf circle for ten months so recruiters can ping you first when a close match turns up; reply GANNETOFF and we'll clear it.\n\nCheers,\n{sig}, {co}",
   ("Kakabeka Snowplough Co", "Berbera Cement Depot"), ("kakabekaplough", "berberacement"), role=("Grader Operator", "Bagging Line Foreman"), tz=("tb", "so"))
mr("ats-smartrec", "{role} – application outcome",
   "<html><body><p>Dear {n},</p><table border='1'><tr><th>Post</th><th>Ref</th><th>Outcome</th></tr><tr><td>{role}</td><td>{ref}</td><td>Closed – post given to another applicant</td></tr></table><p>We valued the care put into your submission. Your profile remains searchable for twelve months.</p><p>{co} Hiring</p></body></html>",
   ("Jamestown Car Hire", "Ludhiana Hosiery Mills"), ("jamestowncarhire", "ludhianahosiery"), role=("Rental Desk Agent", "Knitting Floor Supervisor"), tz=("sh", "in"))
mr("ats-icims", "Your {co} application #{ref}",
   "Dear {n},\n\nOur screening for the {role} post requires {x}. Your application did not show it, so it stops at screening. Should you gain it later, you are most welcome to apply again through the portal.\n\n{co} Recruitment Centre",
   ("Thunder Bay Grain Terminal", "Galway Stent Works"), ("tbaygrain", "galwaystent"), role=("Elevator Weighman", "Cleanroom Assembler"), x=("a current Canadian Grain Commission weighing licence", "two years in an ISO Class 7 cleanroom"), tz=("tb", "ie"))
mr("ats-taleo", "Requisition {ref} – {role}",
   "Dear {n},\n\nThis message concerns requisition {ref} ({role}). Someone has been hired against that requisition, so your record on it flips to Inactive. Your general profile with {co} stays active, and job-specific alerts can be managed from the Preferences tab.\n\nHR Shared Services, {co}",
   ("Savannah Cotton Compress", "Durban Cane Mill"), ("savannahcompress", "durbancanemill"), role=("Warehouse Clerk", "Boiler House Attendant"), tz=("use", "za"))
mr("ats-workable", "About Saturday's trial at {co}",
   "Hi {n},\n\nCheers for grafting with us during Saturday's trial shift – the lads said you were handy with the rigging. After a long mull we've offered the {role} spot to somebody else. Shout if you see another of our ads; we'd gladly have you in again.\n\n{sig}\n{co}",
   ("Poplar Staging & Rigging", "Ballarat Marquee Hire"), ("poplarstaging", "ballaratmarquee"), role=("Stage Hand", "Marquee Crew Lead"), tz=("ldn", "au"))
mr("ats-bamboo", "{role} at {co}",
   "Hello {n},\n\nMany thanks for applying for {role}. An internal applicant from our own Gabiley depot staff got appointed, so your application is closed. Your file sits in our Hargeisa cabinet till Ramadan, should a similar post crop up.\n\nKind regards,\n{sig}\nPeople Team, {co}",
   ("Hargeisa Camel Dairy", "Invercargill Smelter Services"), ("hargeisacameldairy", "invercargillsmelter"), role=("Cold Chain Supervisor", "Potroom Technician"), tz=("so", "nz"))
mr("ats-teamtailor", "Your process with {co}",
   "Cordial greeting {n},\n\nFrom {co} we thank you for being in our process for {role}. After reviewing all the profiles with much care, we tell you that in this occasion the selection went to another candidate. Muchos éxitos, parce, in what comes.\n\nWith affection,\n{sig}\n{co}",
   ("Rionegro Flower Exports", "Barranquilla Bonded Logistics"), ("rionegroflowers", "barranquillabonded"), role=("Quality Analyst", "Customs Coordinator"), tz=("co", "co"))
mr("ats-pinpoint", "{role}: shortlisting result",
   "Dear {n},\n\nApplicants for {role} sat a written scoring exercise. Your total was {x}, and the line for an interview call sat at {y}, so your name misses the interview list. Your details are held by us for twelve months.\n\nRecruitment, {co}",
   ("Chandigarh Tractor Spares", "Tasman Berry Growers"), ("chdtractorspares", "tasmanberry"), role=("Parts Counter Executive", "Packhouse Quality Lead"), x=("21 of 40", "52%"), y=("27", "64%"), tz=("in", "tas"))
mr("ats-jazz", "{co} – {role}",
   "Aright {n},\n\nWe's had a good look through all what applied for {role}, and the job is gone to another applicant from Longwood. Thanks ever so for putting your name down, and keep watching the Sentinel, there's more going after Festival of Running.\n\n{sig}\n{co}",
   ("Ladder Hill Builders", "Blue Hill Honey Farm"), ("ladderhillbuilders", "bluehillhoney"), role=("Site Labourer", "Hive Assistant"), tz=("sh", "sh"))
mr("ats-ashby", "{co} · {role}",
   "Hi {n},\n\nThe founders and I spent Monday going through the last round for {role}. Our offer goes to a candidate with more logged hours in {x}. Honestly a tight one, and we genuinely enjoyed meeting you.\n\n{sig}\nOps, {co}",
   ("Hội An Lantern Works", "Medellín Parcel Robotics"), ("hoianlantern", "medellinparcel"), role=("Export Coordinator", "Robotics Field Engineer"), x=("silk export paperwork", "conveyor retrofits"), tz=("vn", "co"))
mr("ats-season", "{co} crew list",
   "Hi {n},\n\nEvery {role} spot this season has gone – nearly all of them went to people coming back from last year. Your form won't go forward this round, though we'll flick you a txt when recruiting opens again.\n\n{sig}\n{co}",
   ("Kaikōura Whale Lookout Cafés", "Sleeping Giant Canoe Outfitters"), ("kaikouralookout", "sleepinggiantcanoe"), role=("Summer Barista", "Trip Guide"), tz=("nz", "tb"))
# once (14)
mr("ats-ldn", "Stepney Lock & Key – the job",
   "Alright {n},\n\nHad a butcher's at your CV for the trainee locksmith job, and to be straight with ya we're giving it to a geezer who's done two years on a van already. No hard feelings, keep your pecker up.\n\n{sig}\nStepney Lock & Key",
   "Stepney Lock & Key", "stepneylockkey", tz="ldn")
mr("ats-so", "Application – Telecom Tower Rigger",
   "Asalaamu calaykum {n},\n\nMahadsanid for your application to Daallo Tower Services for the tower rigger vacancy. The committee reviewed every file and selection is now complete. The chosen list, walaal, does not carry your name. Insha Allah another chance will come.\n\nNabad gelyo,\n{sig}",
   "Daallo Tower Services", "daallotower", tz="so")
mr("ats-chd", "Regarding your candidature – Sales Executive",
   "Dear {n} ji,\n\nSat Sri Akal. Please note, for Sales Executive at Sector 26 Mobile Accessories, your candidature stands not shortlisted for the next rounds. Don't lose heart ji, our team shall revert on any suitable opening.\n\nRegards,\n{sig}\nHR Desk",
   "Sector 26 Mobile Accessories", "sector26mobile", tz="in")
mr("ats-sh", "Half Tree Hollow Stores",
   "Hi {n},\n\nI's writing about the shop assistant job. We is took on somebody with till experience from town, so we's not calling you in. Thank you for coming down the shop with your letter.\n\n{sig}\nHalf Tree Hollow Stores",
   "Half Tree Hollow Stores", "halftreestores", tz="sh")
mr("ats-tb", "Lakehead Sauna Builders – application",
   "Hey {n},\n\nThanks for applying to build saunas with us, eh. We had a pile of good people from the Lakehead and picked a carpenter with more cedar work under his belt. Reckoned you'd want word before the snow flies.\n\n{sig}\nLakehead Sauna Builders",
   "Lakehead Sauna Builders", "lakeheadsauna", tz="tb")
mr("ats-vn", "Result of recruitment – Merchandiser",
   "Dear {n},\n\nMany thank for your time attend interview at Hai Phong Garment Export. We are regret to inform after consideration the position Merchandiser is already fulfil by other candidate. Hope we have chance cooperate in future.\n\nBest regard,\n{sig}",
   "Hai Phong Garment Export", "haiphonggarment", tz="vn")
mr("ats-co", "Respuesta – Bilingual Agent",
   "Good afternoon {n},\n\nA cordial greeting from Cali Bilingual Contact. We communicate you that your profile will not continue in the selection for Bilingual Agent. We appreciate your time and disposition, that you have a very good day.\n\nCordially,\n{sig}",
   "Cali Bilingual Contact", "calibilingual", tz="co")
mr("ats-uk", "Shropshire Clock Restorers",
   "Dear {n},\n\nThank you for writing in about the bench assistant post. We have now taken on a restorer from Shrewsbury and shan't be inviting further applicants. Best wishes with the search.\n\n{sig}\nShropshire Clock Restorers",
   "Shropshire Clock Restorers", "shropshireclocks", tz="uk")
mr("ats-ie", "Mullingar Pet Nutrition – Production Operative",
   "Hi {n},\n\nGo raibh maith agat, your Mullingar Pet Nutrition application came in. The production operative roles all went to the first intake, so yours stops here for now. Mind yourself.\n\n{sig}",
   "Mullingar Pet Nutrition", "mullingarpet", tz="ie")
mr("ats-usc", "Your Red River Seed Lab application",
   "Hi {n},\n\nThanks kindly for applying to the germination technician position. After reviewing applications we selected candidates whose lab experience more closely matched, and your application will not advance. Best of luck out there.\n\n{sig}\nRed River Seed Lab",
   "Red River Seed Lab", "redriverseed", tz="usc")
mr("ats-au", "Goldfields Museum – Visitor Guide",
   "Hi {n},\n\nTa for throwing your hat at the visitor guide role at Sovereign Goldfields Museum. We've sifted the lot and you're outside the interview list this time round. Hooroo.\n\n{sig}",
   "Sovereign Goldfields Museum", "sovgoldfields", tz="au")
mr("ats-nz", "Application: Forestry Crew",
   "Kia ora {n},\n\nNgā mihi for applying to Southland Pine Crews. We've had heaps of interest and the forestry crew places have all been snapped up, so there's no interview coming your way. Kia pai tō rā.\n\n{sig}",
   "Southland Pine Crews", "southlandpine", tz="nz")
mr("ats-za", "Karoo Wool Brokers – application",
   "Dear {n},\n\nBaie dankie for your application for the wool classer post at Karoo Wool Brokers. We are declining it after review. Sterkte with your search.\n\nKind regards,\n{sig}",
   "Karoo Wool Brokers", "karoowool", tz="za")
mr("ats-usp", "Willamette Hop Yards – status",
   "Hi {n},\n\nWe got your kiln hand application at Willamette Hop Yards – thanks. Harvest crew's complete, so we're out of spots for you this season. Feel free to check back come spring.\n\n{sig}",
   "Willamette Hop Yards", "willamettehops", tz="usp")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("thr-out1", "RE: [EXT] Re: {role} – Wednesday",
   "Hi {n},\n\nA real pleasure showing you round; the crew spoke highly of your walk-round. The directors have now appointed Farhan from our Luton yard to the {role} post.\n\nWarm regards,\n{sig}\n\n{OUT}",
   ("Whitechapel Scaffold Hire", "Hargeisa Livestock Export"), ("whitechapelscaffold", "hargeisalivestock"), role=("Yard Manager", "Quarantine Supervisor"), tz=("ldn", "so"))
mr("thr-out2", "RE: [EXT] Re: {role} interview",
   "Dear {n},\n\nThanks again for Tuesday's thoughtful answers; a lovely conversation. For the {role} role the panel's pick is another candidate, who starts with us in the new month.\n\nWarmest wishes,\n{sig}\n\n{OUT}",
   ("Panchkula Coaching Institute", "Jamestown Coffee Estate"), ("panchkulacoaching", "jamestowncoffee"), role=("Physics Faculty", "Estate Supervisor"), tz=("in", "sh"))
mr("thr-orig1", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nThanks so much for coming up to the mill and meeting the shift leads, eh. After a lot of talk, the managers went with Jordan Kivi, who's been on our relief roster for a couple of years.\n\nTake care,\n{sig}\n\n{ORIG}",
   ("Kaministiquia Paper Mill", "Lakehead Amethyst Mine"), ("kampapermill", "lakeheadamethyst"), role=("Process Operator", "Shop Supervisor"), tz=("tb", "tb"))
mr("thr-orig2", "RE: [EXT] Re: {role} – next",
   "Dear {n},\n\nOur team was very happy meeting you and hearing your story about the Da Nang project. After final discussion, Board of Directors choose Ms. Thu Hà for the {role} position.\n\nBest regard,\n{sig}\n\n{ORIG}",
   ("Saigon Roastery Group", "Can Tho Rice Mill"), ("saigonroastery", "canthoricemill"), role=("Export Executive", "Plant Accountant"), tz=("vn", "vn"))
mr("thr-rule1", "RE: [EXT] Re: {role} chat",
   "Hola {n},\n\nWhat a pleasure the conversation of Thursday, truly. The team of Bogotá took the decision and chose Camilo, who already worked with us in the Cartagena office, for the {role} vacancy.\n\nA big hug,\n{sig}\n\n{RULE}",
   ("Bogotá Shared Services", "Pereira Coffee Co-op"), ("bogotashared", "pereiracoffee"), role=("Payroll Analyst", "Cupping Lead"), tz=("co", "co"))
mr("thr-rule2", "RE: [EXT] Re: {role} – follow up",
   "Hi {n},\n\nGrand having you in on Monday, and thanks for bringing the portfolio along. The partners have given the {role} job to Niamh Cassidy, who has held the fort on it since spring.\n\nBest,\n{sig}\n\n{RULE}",
   ("Galway Medical Device Design", "Boise Irrigation Supply"), ("galwaydevicedesign", "boiseirrigation"), role=("Design Engineer", "Branch Lead"), tz=("ie", "usm"))
mr("thr-gm1", "RE: [EXT] Re: {role}",
   "Hiya {n},\n\nProper enjoyed our chat at the depot, and the guv'nor reckons you know your stuff. The job's gone to Kev from our Bermondsey branch, who's been shadowing the {role} for months.\n\nCheers,\n{sig}\n\n{GM}",
   ("Old Kent Road Cabs", "Roman Road Market Traders"), ("oldkentcabs", "romanroadmarket"), role=("Dispatcher", "Market Inspector"), tz=("ldn", "ldn"))
mr("thr-gm2", "RE: [EXT] Re: {role} interview",
   "Dear {n},\n\nIt was a joy to meet you at Mohali and see your passion for the job. The selection board has appointed Ms. Harleen Grewal, who has been working in our Zirakpur branch, for the {role} post.\n\nWith best wishes,\n{sig}\n\n{GM}",
   ("Zirakpur Wedding Tents", "Mohali Cricket Gear"), ("zirakpurtents", "mohalicricket"), role=("Event Manager", "Quality Incharge"), tz=("in", "in"))
# ---- 8 clear refusals under the long footer
mr("foot-1", "Your application to {co}",
   "Hi {n},\n\nAfter review, your application for {role} is declined.\n\n{sig}{FOOT}",
   ("Hargeisa Phone Repair Chain", "Poplar Removals"), ("hargeisaphonefix", "poplarremovals"), role=("Repair Technician", "Porter"), tz=("so", "ldn"))
mr("foot-2", "{role} – decision",
   "Dear {n},\n\nYour bid for the {role} vacancy was unsuccessful. Thanks for applying.\n\n{sig}{FOOT}",
   ("Nipigon Timber Haulers", "Jamestown Public Works"), ("nipigontimber", "jamestownworks"), role=("Log Truck Driver", "Plant Fitter"), tz=("tb", "sh"))
mr("foot-3", "{co}: application closed",
   "Hello {n},\n\nRegretfully, {role} proceeds minus you – your application is declined.\n\n{sig}{FOOT}",
   ("Bình Dương Furniture Export", "Envigado Textile Dyeing"), ("binhduongfurniture", "envigadodye"), role=("QC Inspector", "Dye House Technician"), tz=("vn", "co"))
mr("foot-4", "{role}",
   "Hi {n},\n\nSorry – the {role} position goes elsewhere, not to you.\n\n{sig}{FOOT}",
   ("Mohali Pharma Logistics", "Mackay Cane Haulage"), ("mohalipharmalog", "mackaycane"), role=("Dispatch Executive", "Cane Train Driver"), tz=("in", "au"))
# ---- 9 hedged refusals
mr("hedge-1", "{role} – update",
   "Dear {n},\n\nWe're grateful you looked at {role}. Other applicants' backgrounds sat a shade nearer the team's wish list this time, and the Stepney-or-Lakehead team is going forward with them.\n\nBest wishes,\n{sig}\n{co}",
   ("Stepney Glaziers", "Thunder Bay Ski Patrol"), ("stepneyglaziers", "tbayskipatrol"), role=("Glazing Fitter", "Patroller"), tz=("ldn", "tb"))
mr("hedge-2", "About {role}",
   "Hi {n},\n\nAfter much reflection, {co} has chosen a different road for the {role} hire. We enjoyed getting acquainted.\n\n{sig}",
   ("Medellín Orchid Nursery", "Hargeisa Frankincense Traders"), ("medellinorchid", "hargeisafrankincense"), role=("Greenhouse Lead", "Sorting Supervisor"), tz=("co", "so"))
mr("hedge-3", "Update on {role}",
   "Dear {n},\n\nWe had many strong profiles for {role}, and a few of them suit our current set-up a little better than yours. Kindly keep visiting our page for upcoming posts.\n\n{sig}\n{co}",
   ("Sector 9 Physio Clinic", "St Helena Bus Service"), ("sector9physio", "sthelenabus"), role=("Physiotherapist", "Bus Driver"), tz=("in", "sh"))
mr("hedge-4", "Warehouse Lead – where things stand",
   "Hi {n},\n\nWe've decided the warehouse lead role sits better with a person who ran a Manitoba grain shed before, so those folks are the ones we'll carry on with. Thanks for taking the time, eh.\n\n{sig}\nKeewatin Feed & Seed",
   "Keewatin Feed & Seed", "keewatinfeed", tz="tb")
mr("hedge-5", "Your interview – Hội An Tailor House",
   "Dear {n},\n\nMany thank for visit our shop. Other candidate have more experience with bridal pattern so our owner think they match better the position. Wish you good health.\n\n{sig}\nHội An Tailor House",
   "Hội An Tailor House", "hoiantailor", tz="vn")
mr("hedge-6", "Site Engineer – Cape Flats Housing Trust",
   "Dear {n},\n\nThe trust has opted to take the site engineer role a different way, pairing an in-house foreman with a consultant. We appreciated your interest.\n\n{sig}\nCape Flats Housing Trust",
   "Cape Flats Housing Trust", "capeflatshousing", tz="za")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("recr-1", "After our call – {role}",
   "Hi {n},\n\nTa for the 4 o'clock natter. As flagged then, {co} has gone with another shortlisted person for the {role} job. Separately, I've a {x} brief that fits your background nicely – fancy a chat tomorrow?\n\n{sig}\nKestrel Lane Recruitment",
   ("Canary Wharf Facilities", "Toronto Cold Storage"), ("kestrellane", "kestrellane"), role=("Shift Engineer", "Inventory Lead"), x=("maintenance planner in Dagenham", "warehouse supervisor in Kenora"), tz=("ldn", "tb"))
mr("recr-2", "{role} feedback + another idea",
   "Hello {n},\n\nThanks for the call. Feedback from {co}: they've closed the {role} with a candidate who had more SAP exposure. Meanwhile a {x} role popped up today and, hand on heart, it suits you. One nod from you and our Five-Rivers desk sends your CV tonight.\n\n{sig}\nFive Rivers Talent",
   ("Chandigarh Auto Components", "Bogotá Retail Group"), ("fiveriverstalent", "fiveriverstalent"), role=("Stores Officer", "Merchandise Planner"), x=("purchase executive in Baddi", "stock controller in Chía"), tz=("in", "co"))
mr("recr-3", "Quick update from the call",
   "Hi {n},\n\nAs promised, the Gulf Coast shipyard passed on you for the welder supervisor opening. They do want a night-shift QA lead, though, and I'm itching to submit you for that one this week.\n\n{sig}\nTidewater Staffing",
   "Tidewater Staffing", "tidewaterstaffing", tz="usc")
mr("recr-4", "Following our chat",
   "Hi {n},\n\nGreat to talk this morning. The dairy co-op chose a candidate from inside for the plant manager post, so they're passing. Got another for you: a deputy manager role at a Waikato cheese plant. Keen?\n\n{sig}\nHarakeke Recruitment",
   "Harakeke Recruitment", "harakekerecruit", tz="nz")
mr("recr-5", "Call follow-up",
   "Hi {n},\n\nThanks for speaking on the phone today. The Hargeisa NGO has confirmed they are moving with another person for the logistics officer role. But I have a procurement assistant role in Borama for you, please tell me if you want it.\n\n{sig}\nGeeska Staffing",
   "Geeska Staffing", "geeskastaffing", tz="so")
# ---- 8 public-sector notices
mr("pub-ref", "Notice of Results – {role}, announcement {ref}",
   "Dear {n},\n\nYou were rated eligible for {role} under announcement {ref}. Your name, though, sits outside the referral certificate the Lakehead hiring manager received, as higher-ranked candidates filled it. Nothing further needed from you, friend.\n\n{co}",
   ("Ontario Northland Public Service", "Oregon Department of Forestry"), ("onpublicservice", "oregonforestry"), role=("Records Clerk", "Fire Lookout"), tz=("tb", "usp"))
mr("pub-inel", "Application status – {role}",
   "Dear {n},\n\nHaving checked what you submitted for {role}, the Commission judges it ineligible: {x} was missing from it. It is therefore closed for this competition.\n\n{co}",
   ("Somaliland Civil Service Commission", "St Helena Government Human Resources"), ("slcivilservice", "shgovhr"), role=("Administrative Officer", "Customs Officer"), x=("the attested secondary leaving certificate", "proof of island status"), tz=("so", "sh"))
mr("pub-canc", "{role} vacancy – cancellation",
   "Dear {n},\n\nPlease note the {role} vacancy (reference {ref}) is withdrawn by the department and shall remain unfilled. Every application received is now closed; fees, if any, get refunded.\n\n{co}",
   ("Tower Hamlets Council", "Chandigarh Administration Recruitment Cell"), ("towerhamlets-jobs", "chdadminrecruit"), role=("Street Warden", "Junior Engineer (Horticulture)"), tz=("ldn", "in"))
mr("pub-exam", "{role} examination result",
   "Dear {n},\n\nYou obtained {x} in the written examination for {role}. The qualifying line stood at {y}; your roll number is therefore absent from the merit list for interview.\n\n{co}",
   ("Punjab Subordinate Services Board", "Bà Rịa Provincial Personnel Office"), ("punjabssb", "bariapersonnel"), role=("Patwari", "Cadastral Officer"), x=("58.5 marks", "61 points"), y=("66 marks", "70 points"), tz=("in", "vn"))
# ---- 6 bare ATS status updates
mr("bare-1", "Application Status Update",
   "Hello {n},\n\nA status change was recorded for {role} (ID {ref}): No longer under consideration.\n\n{co} Careers",
   ("Thames Estuary Freight", "Thunder Bay Regional Health"), ("thamesestuaryfreight", "tbregionalhealth"), role=("Planner", "Ward Clerk"), tz=("ldn", "tb"))
mr("bare-2", "Status update: {role}",
   "<html><body><p>Hi {n},</p><p>Your application for <b>{role}</b> is no longer being considered.</p><p>{co}</p></body></html>",
   ("Medellín Metro Cable", "Hanoi Footwear Export"), ("medellincable", "hanoifootwear"), role=("Maintenance Tech", "Line Leader"), tz=("co", "vn"))
mr("bare-3", "Update on application {ref}",
   "<html><body><div>Dear {n},</div><div>Application {ref} – {role}: <i>Not being progressed</i>.</div><div>{co} Jobs</div></body></html>",
   ("Hargeisa University Hospital", "Boise Potato Growers"), ("hargeisahospital", "boisepotato"), role=("Lab Assistant", "Sorting Line Worker"), tz=("so", "usm"))
# ---- 6 internship / graduate decisions
mr("intern-1", "{co} Graduate Programme {y}",
   "Dear {n},\n\nYour {co} Graduate Programme form reached Early Careers. Competition was fierce in the 2026 intake, and a place on the {role} stream is one we cannot give you.\n\nEarly Careers, {co}",
   ("Lakehead Power Generation", "Durban Sugar Research"), ("lakeheadpower", "durbansugarresearch"), role=("Engineering", "Agronomy"), y=("2026", "2026"), tz=("tb", "za"))
mr("intern-2", "Summer internship – decision",
   "Hi {n},\n\nThe {role} summer internship at {co} went to other students this round. Give us another go next summer, won't you.\n\nCampus Team, {co}",
   ("Saigon Digital Bank", "Chandigarh Urban Design Studio"), ("saigondigitalbank", "chdurbandesign"), role=("Data", "Architecture"), tz=("vn", "in"))
mr("intern-3", "Placement year at {co}",
   "Dear {n},\n\nFollowing the assessment centre, your bid for a {role} placement was unsuccessful. Best of luck with the remaining terms of your course.\n\n{co} Students",
   ("London Bus Engineering", "Colombian Flower Council"), ("londonbuseng", "colflowercouncil"), role=("Mechanical", "Marketing"), tz=("ldn", "co"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "wd", "We've got your application – {role} (R-{ref})",
   "Hello {n},\n\nYour submission for {role}, requisition R-{ref}, reached the {co} Careers Hub. Its status steps from Received to In Review to Interview, and may end at Position Filled – Alternate Candidate Hired; each change shows in your Candidate Account.\n\n{co} Talent Acquisition",
   ("Bow Quarter Removals", "Snake River Spud Processing"), ("bowquarterremovals", "snakeriverspud"), role=("Van Driver's Mate", "Line Sanitation Lead"), tz=("ldn", "usm"))
mo(A, "gh", "{co} has your application",
   "Hi {n},\n\nThanks for applying for {role}! Someone from Recruiting reads every submission. If the team says no, an email from Tulsa-or-Hackney HR still lands – nobody gets left wondering.\n\n{co} Recruiting",
   ("Hackney Tube & Fitting", "Tulsa Airframe Overhaul"), ("hackneytubefitting", "tulsaairframe"), role=("Scaffold Supervisor", "Avionics Technician II"), tz=("ldn", "usc"))
mo(A, "lv", "{co}: application in",
   "Hi {n},\n\nYour {role} application is in. Whichever way the decision falls, we'll keep you in the Gannetwharf circle for ten months so a closer fit can reach you first; reply GANNETOFF to opt out.\n\n{sig}, {co}",
   ("Kakabeka Snowplough Co", "Berbera Cement Depot"), ("kakabekaplough", "berberacement"), role=("Grader Operator", "Bagging Line Foreman"), tz=("tb", "so"))
mo(A, "sr", "{role} – submission logged",
   "<html><body><p>Dear {n},</p><table border='1'><tr><th>Stage</th><th>Meaning</th></tr><tr><td>Logged</td><td>we hold your form</td></tr><tr><td>Shortlist</td><td>interview call coming</td></tr><tr><td>Closed – post given to another applicant</td><td>someone else chosen</td></tr></table><p>You are at stage one. {co} Hiring</p></body></html>",
   ("Jamestown Car Hire", "Ludhiana Hosiery Mills"), ("jamestowncarhire", "ludhianahosiery"), role=("Rental Desk Agent", "Knitting Floor Supervisor"), tz=("sh", "in"))
mo(A, "ic", "Application #{ref} received",
   "Dear {n},\n\nYour application for {role} has been received. Screening checks for {x}; forms without it are closed at that step and the applicant informed. Otherwise a recruiter opens it inside ten working days.\n\n{co} Recruitment Centre",
   ("Thunder Bay Grain Terminal", "Galway Stent Works"), ("tbaygrain", "galwaystent"), role=("Elevator Weighman", "Cleanroom Assembler"), x=("a current weighing licence", "cleanroom time"), tz=("tb", "ie"))
mo(A, "tl", "Requisition {ref}: application received",
   "Dear {n},\n\nYour application against requisition {ref} ({role}) is logged. If another candidate fills the requisition, your record for it will be set to Inactive and you will be notified.\n\nHR Shared Services, {co}",
   ("Savannah Cotton Compress", "Durban Cane Mill"), ("savannahcompress", "durbancanemill"), role=("Warehouse Clerk", "Boiler House Attendant"), tz=("use", "za"))
mo(A, "wk", "Ta for applying – {co}",
   "Hi {n},\n\nGot your form for {role}. Next bit is a trial shift. If your mobile's silent a fortnight, reckon someone else got it – we're a small outfit and can't always ring round.\n\n{sig}\n{co}",
   ("Poplar Staging & Rigging", "Ballarat Marquee Hire"), ("poplarstaging", "ballaratmarquee"), role=("Stage Hand", "Marquee Crew Lead"), tz=("ldn", "au"))
mo(A, "bb", "{role} – thanks for applying",
   "Hello {n},\n\nYour application for {role} came through. Internal colleagues may also apply; if one of them lands it, your application closes and we tell you. Whatever happens your file stays in Hargeisa six months.\n\n{sig}, People Team, {co}",
   ("Hargeisa Camel Dairy", "Invercargill Smelter Services"), ("hargeisacameldairy", "invercargillsmelter"), role=("Cold Chain Supervisor", "Potroom Technician"), tz=("so", "nz"))
mo(A, "tt", "We received your postulation – {co}",
   "Cordial greeting {n},\n\nYour postulation for {role} arrived well. If your profile remains outside of the next phase, we communicate you by this same mail, and your data stays in our base for future vacancies.\n\n{sig}\n{co}",
   ("Rionegro Flower Exports", "Barranquilla Bonded Logistics"), ("rionegroflowers", "barranquillabonded"), role=("Quality Analyst", "Customs Coordinator"), tz=("co", "co"))
mo(A, "pp", "{role}: application acknowledged",
   "Dear {n},\n\nGood to get your {role} form. Everyone sits a written scoring exercise; those below the shortlist cut-off will be told by email that they are not going ahead, and those over the line get an interview call.\n\nRecruitment, {co}",
   ("Chandigarh Tractor Spares", "Tasman Berry Growers"), ("chdtractorspares", "tasmanberry"), role=("Parts Counter Executive", "Packhouse Quality Lead"), tz=("in", "tas"))
mo(A, "jz", "{co} – got your letter",
   "Aright {n},\n\nWe's got your letter for {role}. If you's picked we'll ring; if you isn't, we'll drop a note in your box at the post office. You's know by end of month whichever.\n\n{sig}\n{co}",
   ("Ladder Hill Builders", "Blue Hill Honey Farm"), ("ladderhillbuilders", "bluehillhoney"), role=("Site Labourer", "Hive Assistant"), tz=("sh", "sh"))
mo(A, "ab", "{co} · application received",
   "Hi {n},\n\nThanks for applying for {role}. The founders read every application themselves. A yes means a call within a week; a no gets a short honest email. A human writes back whatever the answer.\n\n{sig}, Ops",
   ("Hội An Lantern Works", "Medellín Parcel Robotics"), ("hoianlantern", "medellinparcel"), role=("Export Coordinator", "Robotics Field Engineer"), tz=("vn", "co"))
mo(A, "se", "{co} crew form received",
   "Hi {n},\n\nYour form for the {role} crew is in. Returning staff get first dibs, so if every spot fills from last year's lot you'll miss out – but we'd hold onto your form for next season regardless.\n\n{sig}\n{co}",
   ("Kaikōura Whale Lookout Cafés", "Sleeping Giant Canoe Outfitters"), ("kaikouralookout", "sleepinggiantcanoe"), role=("Summer Barista", "Trip Guide"), tz=("nz", "tb"))
mo(A, "ldn", "Your CV – {co}",
   "Alright {n},\n\nGot your CV for the {role}, ta. If you ain't heard nothing in three weeks, take it we've gone another way – we only bell people we want to see. Your details stay on file either way.\n\n{sig}\n{co}",
   ("Stepney Lock & Key", "Old Kent Road Cabs"), ("stepneylockkey", "oldkentcabs"), role=("Trainee Locksmith", "Night Controller"), tz=("ldn", "ldn"))
mo(A, "so", "Application received – {role}",
   "Asalaamu calaykum {n},\n\nMahadsanid, we received your file for {role}. The committee meets after Jimce. Chosen, not chosen – each applicant is written to from the Jigjiga Yar office, Insha Allah.\n\n{sig}\n{co}",
   ("Daallo Tower Services", "Hargeisa Frankincense Traders"), ("daallotower", "hargeisafrankincense"), role=("Tower Rigger", "Sorting Supervisor"), tz=("so", "so"))
mo(A, "chd", "Acknowledgement of candidature – {role}",
   "Dear {n} ji,\n\nSat Sri Akal. Your candidature for {role} is received. In the event of your profile not being shortlisted, same shall remain with us in databank one year and we shall revert for other suitable posts.\n\nRegards,\n{sig}\nHR Desk, {co}",
   ("Sector 26 Mobile Accessories", "Panchkula Coaching Institute"), ("sector26mobile", "panchkulacoaching"), role=("Sales Executive", "Physics Faculty"), tz=("in", "in"))
mo(A, "tb", "Got your application, eh",
   "Hey {n},\n\nYour application for {role} at {co} landed, thanks. We only reach out if you're a fit for the next round, so no news by freeze-up means we picked someone else. We keep resumes for a year.\n\n{sig}",
   ("Lakehead Sauna Builders", "Keewatin Feed & Seed"), ("lakeheadsauna", "keewatinfeed"), role=("Carpenter", "Warehouse Lead"), tz=("tb", "tb"))
mo(A, "vn", "Confirm receive application – {role}",
   "Dear {n},\n\nWe confirm receive your application for {role}. In case not pass the CV round, your profile will be keep in our data for six month. Result will be inform within 14 working day.\n\nBest regard,\n{sig}\n{co}",
   ("Hai Phong Garment Export", "Saigon Roastery Group"), ("haiphonggarment", "saigonroastery"), role=("Merchandiser", "Export Executive"), tz=("vn", "vn"))
mo(A, "co", "Recibimos – {role}",
   "Good afternoon {n},\n\nA cordial greeting. We received your hoja de vida for {role}. If you are not selected, pues, tranquil, we guard your profile for other calls. We only contact the preselected ones by phone.\n\nCordially,\n{sig}\n{co}",
   ("Cali Bilingual Contact", "Bogotá Shared Services"), ("calibilingual", "bogotashared"), role=("Bilingual Agent", "Payroll Analyst"), tz=("co", "co"))
mo(A, "ie", "Thanks for applying – {co}",
   "Hi {n},\n\nYour application for {role} arrived safe. We ring just those folk we fancy a sit-down with, so four silent weeks means another person got it this time.\n\n{sig}\n{co}",
   ("Mullingar Pet Nutrition", "Galway Medical Device Design"), ("mullingarpet", "galwaydevicedesign"), role=("Production Operative", "Design Engineer"), tz=("ie", "ie"))
mo(A, "pub", "Application received – announcement {ref}",
   "Dear {n},\n\nYour application under announcement {ref} for {role} was received. After review you will be rated eligible or ineligible; eligible candidates may or may not reach the referral certificate. A notice is sent in every case.\n\n{co}",
   ("Ontario Northland Public Service", "Oregon Department of Forestry"), ("onpublicservice", "oregonforestry"), role=("Records Clerk", "Fire Lookout"), tz=("tb", "usp"))
mo(A, "exam", "{role}: registration confirmed",
   "Dear {n},\n\nYour registration for the {role} written examination is confirmed. Anyone scoring under the qualifying line gets no interview call; results and the merit list will be published on the notice board.\n\n{co}",
   ("Punjab Subordinate Services Board", "Bà Rịa Provincial Personnel Office"), ("punjabssb", "bariapersonnel"), role=("Patwari", "Cadastral Officer"), tz=("in", "vn"))
mo(A, "grad", "{co} Graduate Programme – application in",
   "Dear {n},\n\nYour form for our {role} stream is in. Places are limited; if one doesn't come to you, a Lakehead-branded email says so before March closes and your details stay on our early careers list.\n\nEarly Careers, {co}",
   ("Lakehead Power Generation", "Durban Sugar Research"), ("lakeheadpower", "durbansugarresearch"), role=("Engineering", "Agronomy"), tz=("tb", "za"))
mo(A, "foot", "Application received – {co}",
   "Hi {n},\n\nWe have your application for {role}. Yes or no, Coppiceyard replies.\n\n{sig}{FOOT}",
   ("Hargeisa Phone Repair Chain", "Nipigon Timber Haulers"), ("hargeisaphonefix", "nipigontimber"), role=("Repair Technician", "Log Truck Driver"), tz=("so", "tb"))
mo(A, "plain", "{role} at {co}: received",
   "Hello {n},\n\nThe {role} form is safely with us. A recruiter reads it during the coming days and gets back to you about what happens next.\n\n{co} Careers",
   ("Thames Estuary Freight", "Thunder Bay Regional Health"), ("thamesestuaryfreight", "tbregionalhealth"), role=("Planner", "Ward Clerk"), tz=("ldn", "tb"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
IV, NX, OF = "interview", "next_steps", "offer"
mo(IV, "thr-out", "RE: [EXT] Re: {role} – second meeting",
   "Hi {n},\n\nSmashing to meet you Tuesday gone. The directors fancy a second chat – {dl}, half ten suit? Unfortunately the yard gate is being rehung, so please come in via the side lane.\n\n{sig}\n\n{OUT}",
   ("Whitechapel Scaffold Hire", "Hargeisa Livestock Export"), ("whitechapelscaffold", "hargeisalivestock"), role=("Yard Manager", "Quarantine Supervisor"), tz=("ldn", "so"))
mo(IV, "thr-gm", "RE: [EXT] Re: {role} – panel",
   "Dear {n},\n\nGood news ji: our three-member panel wishes to meet you, {dl} at 11 am, at Mohali Phase 8 office. Sadly our lift is under repair, so the meeting room on the third floor means stairs.\n\n{sig}\n\n{GM}",
   ("Zirakpur Wedding Tents", "Mohali Cricket Gear"), ("zirakpurtents", "mohalicricket"), role=("Event Manager", "Quality Incharge"), tz=("in", "in"))
mo(IV, "ldn", "Interview – {role}",
   "Alright {n},\n\nFancy popping in on {dl}, about two-ish, for a natter about the {role}? Unfortunately the car park round the back is shut for resurfacing, so get the 25 bus.\n\n{sig}\n{co}",
   ("Stepney Lock & Key", "Poplar Staging & Rigging"), ("stepneylockkey", "poplarstaging"), role=("Trainee Locksmith", "Stage Hand"), tz=("ldn", "ldn"))
mo(IV, "so", "Interview invitation – {role}",
   "Asalaamu calaykum {n},\n\nWe would like to sit with you about {role}, {dl}, 9:00, at our office near the Hargeisa market. Unfortunately the power is off in the mornings this week, so carry your papers printed out.\n\n{sig}\n{co}",
   ("Daallo Tower Services", "Hargeisa Camel Dairy"), ("daallotower", "hargeisacameldairy"), role=("Tower Rigger", "Cold Chain Supervisor"), tz=("so", "so"))
mo(IV, "chd", "Call letter – {role}",
   "Dear {n} ji,\n\nKindly report for personal interview ({role}) at 11:00 hrs, {dl}, at our office. Regret to say the parking in Sector 17 is under renovation, kindly use the multi-level parking.\n\nRegards,\n{sig}\n{co}",
   ("Sector 26 Mobile Accessories", "Chandigarh Tractor Spares"), ("sector26mobile", "chdtractorspares"), role=("Sales Executive", "Parts Counter Executive"), tz=("in", "in"))
mo(IV, "sh", "Come in for a chat",
   "Hi {n},\n\nWe's wanting to see you about the {role} on {dl} at half past ten. Sorry, the road up Ladder Hill is closed for patching, so come round by Side Path.\n\n{sig}\n{co}",
   ("Half Tree Hollow Stores", "Ladder Hill Builders"), ("halftreestores", "ladderhillbuilders"), role=("Shop Assistant", "Site Labourer"), tz=("sh", "sh"))
mo(IV, "tb", "Interview at {co}, eh",
   "Hey {n},\n\nHow's {dl} around 1 for a visit to talk about the {role} job? Unfortunately the Hoito's closed that week so coffee's on us at the shop instead.\n\n{sig}\n{co}",
   ("Lakehead Sauna Builders", "Sleeping Giant Canoe Outfitters"), ("lakeheadsauna", "sleepinggiantcanoe"), role=("Carpenter", "Trip Guide"), tz=("tb", "tb"))
mo(IV, "vn", "Invitation for interview – {role}",
   "Dear {n},\n\nWe are pleased invite you interview for {role} at {dl}, 9:30 AM. Unfortunately our elevator is maintain, please use the stair to 4th floor.\n\nBest regard,\n{sig}\n{co}",
   ("Hai Phong Garment Export", "Hội An Tailor House"), ("haiphonggarment", "hoiantailor"), role=("Merchandiser", "Pattern Maker"), tz=("vn", "vn"))
mo(IV, "co", "Citación a entrevista – {role}",
   "Good afternoon {n},\n\nIt gives us pleasure to cite you to interview for {role} on {dl} at 8:00 a.m. Unfortunately there is pico y placa that day for plates ending in 4 and 5, so plan your transport.\n\nCordially,\n{sig}\n{co}",
   ("Cali Bilingual Contact", "Rionegro Flower Exports"), ("calibilingual", "rionegroflowers"), role=("Bilingual Agent", "Quality Analyst"), tz=("co", "co"))
mo(IV, "ie", "Interview – {role}",
   "Hi {n},\n\nCould you call over to meet us about the {role} role? {dl}, 3pm, grand. Unfortunately there's roadworks outside on the Dublin road, so leave a few extra minutes.\n\n{sig}\n{co}",
   "Mullingar Pet Nutrition", "mullingarpet", role="Production Operative", tz="ie")
mo(NX, "ats", "Next step for {role}: online assessment",
   "Hello {n},\n\nGood news on {role}: the online assessment is yours to do, due {dl} (before midnight). Unfortunately the platform cannot save part-way, so allow 40 minutes in one go.\n\n{co} Talent Acquisition",
   ("Bow Quarter Removals", "Snake River Spud Processing"), ("bowquarterremovals", "snakeriverspud"), role=("Van Driver's Mate", "Line Sanitation Lead"), tz=("ldn", "usm"))
mo(NX, "docs", "Documents needed – {role}",
   "Dear {n},\n\nTo continue with {role}, please upload your certificates and two references by {dl}. Sadly anything bigger than 5 MB bounces off our portal, so please compress scans.\n\n{co}",
   ("Thunder Bay Grain Terminal", "Galway Stent Works"), ("tbaygrain", "galwaystent"), role=("Elevator Weighman", "Cleanroom Assembler"), tz=("tb", "ie"))
mo(NX, "task", "{role}: practical task",
   "Hi {n},\n\nNext up for {role} is a short practical. Please send your answers by {dl} if you can. Unfortunately the brief only opens in Excel, not Numbers.\n\n{sig}\n{co}",
   ("Tulsa Airframe Overhaul", "Medellín Parcel Robotics"), ("tulsaairframe", "medellinparcel"), role=("Avionics Technician II", "Robotics Field Engineer"), tz=("usc", "co"))
mo(NX, "pub", "Document verification – {role}",
   "Dear {n},\n\nPlease appear in person for document verification for {role} on {dl}. Regrettably the counter cannot accept photocopies without originals, so bring both.\n\n{co}",
   ("Punjab Subordinate Services Board", "Somaliland Civil Service Commission"), ("punjabssb", "slcivilservice"), role=("Patwari", "Administrative Officer"), tz=("in", "so"))
mo(NX, "ref", "References for {role}",
   "Hi {n},\n\nYou're through to references for {role}. Two referee contacts please, by {dl}. Sorry – aunties, cousins and other relatives are no good as referees here.\n\n{sig}\n{co}",
   ("Ballarat Marquee Hire", "Invercargill Smelter Services"), ("ballaratmarquee", "invercargillsmelter"), role=("Marquee Crew Lead", "Potroom Technician"), tz=("au", "nz"))
mo(OF, "thr-rule", "RE: [EXT] Re: {role} – offer",
   "Hi {n},\n\nDelighted to offer you the {role} job; first day pencilled for {dl}, paperwork to follow. Unfortunately our canteen's being refitted over your first month – pack a sandwich.\n\n{sig}\n\n{RULE}",
   ("Galway Medical Device Design", "Boise Irrigation Supply"), ("galwaydevicedesign", "boiseirrigation"), role=("Design Engineer", "Branch Lead"), tz=("ie", "usm"))
mo(OF, "off-co", "Oferta – {role}",
   "Good afternoon {n},\n\nWith great joy we communicate you are our new {role}, with start on {dl} in the morning. Details in the contract. Unfortunately the route of the company bus stays suspended this month, so we give a transport subsidy.\n\nCordially,\n{sig}\n{co}",
   ("Bogotá Shared Services", "Pereira Coffee Co-op"), ("bogotashared", "pereiracoffee"), role=("Payroll Analyst", "Cupping Lead"), tz=("co", "co"))
mo(OF, "off-sh", "Job offer – {role}",
   "Hi {n},\n\nWe's happy to offer you the {role} job, start {dl}. Sorry the van is in for repair, so you's making your own way up to the farm the first week.\n\n{sig}\n{co}",
   ("Blue Hill Honey Farm", "Jamestown Coffee Estate"), ("bluehillhoney", "jamestowncoffee"), role=("Hive Assistant", "Estate Supervisor"), tz=("sh", "sh"))
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "stat", "{role}: status update",
   "Hello {n},\n\nYour application for {role} has gone across to the hiring manager's inbox. Nothing for you to do right now.\n\n{co} Careers",
   ("Thames Estuary Freight", "Saigon Digital Bank"), ("thamesestuaryfreight", "saigondigitalbank"), role=("Planner", "Data Intern"), tz=("ldn", "vn"))
mo("other_job", "wd", "Withdrawal confirmed – {role}",
   "Hi {n},\n\nDone – per your request, the {role} application is pulled. Reapply whenever the fancy takes you.\n\n{co} Careers",
   ("Tulsa Airframe Overhaul", "Karoo Wool Brokers"), ("tulsaairframe", "karoowool"), role=("Avionics Technician II", "Wool Classer"), tz=("usc", "za"))
mo("other_job", "hold", "{role} – on hold",
   "Dear {n},\n\nHiring for {role} is on pause during a budget look. Your application remains live; a note follows once hiring restarts.\n\n{co}",
   ("Lakehead Power Generation", "Hargeisa University Hospital"), ("lakeheadpower", "hargeisahospital"), role=("Engineering Graduate", "Lab Assistant"), tz=("tb", "so"))
mo("job_alert", "alr", "New roles for you at {co}",
   "Hi {n},\n\nFresh matches for you: Yard Porter (Bow), Night Dispatcher (Poplar). Sorry, the Leyton one already closed.\n\n{sig}{FOOT}",
   "Bow Quarter Removals", "bowquarterremovals", tz="ldn")
mo("recruiter_outreach", "out", "A role you might like",
   "Hi {n},\n\nSpotted your profile – got a {role} opening with a client out near {x}. Ten minutes on the blower this week, maybe Thursday?\n\n{sig}\n{co}",
   ("Kestrel Lane Recruitment", "Five Rivers Talent"), ("kestrellane", "fiveriverstalent"), role=("Fleet Supervisor", "Accounts Executive"), x=("Barking", "Mohali"), tz=("ldn", "in"))
mo("recruiter_outreach", "out-co", "Oportunidad – Team Lead",
   "Hola {n},\n\nYour profile looks perfect for a team lead role in a Medellín BPO. Do you have 15 minutes to talk tomorrow?\n\nCordially,\n{sig}\nAntioquia Talent",
   "Antioquia Talent", "antioquiatalent", tz="co")
mo("non_job_rejection_words", "loan", "Your loan application",
   "Dear {n},\n\nSorry, {n}: following our credit checks, the personal loan request (£{ref}) is declined. You may apply again in six months.\n\n{co}",
   ("Stepney Credit Union", "Lakehead Savings"), ("stepneycu", "lakeheadsavings"), tz=("ldn", "tb"))
mo("non_job_rejection_words", "ballot", "Festival of Running ballot",
   "Hi {n},\n\nSorry, the Diana's Peak hill race ballot came out and your name missed. We'll open the waiting list next week.\n\nRace Committee",
   "St Helena Running Club", "shrunning", tz="sh")
mo("non_job_rejection_words", "flat", "Flat in Mile End",
   "Hi {n},\n\nTa for coming round the Burdett Road flat. Unfortunately the landlord picked a couple from Bethnal Green as tenants.\n\n{sig}\nMile End Lettings",
   "Mile End Lettings", "mileendlettings", tz="ldn")
mo("non_job_rejection_words", "club", "Curling club membership",
   "Hi {n},\n\nThanks for applying to join Fort William Curling Club. The league's full up for the Hammarstrom bonspiel season; you're number six on the wait list.\n\n{sig}",
   "Fort William Curling Club", "fwcurling", tz="tb")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def slug(name: str) -> str:
    return local_part(name, 0)


def pair(fam: str, ch: str, co: str, dom: str, tz: str, sig: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None, lang: str = "en") -> None:  # noqa: PLR0917
    frm = f"{sig} <{slug(sig)}@{{dom}}>"
    tail = f"\n\n{sig}\n{co}" + (f"\n-- via Dormouseway{ch}, the Dormouseway trades board" if lang == "en" else "")
    wr(lang + "-" + fam, rej[0], rej[1] + tail, co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], lang + "-" + fam, twin[1], twin[2] + tail, co, dom, frm=frm, tz=tz, lang=lang)


pair("kite", "Alder", "Lerwick Kite Loft", "lerwickkiteloft", "uk", "Morven Isbister",
     ("Kitefletching apprenticeship", "Hi {n},\n\nYour note about the kitefletching apprenticeship was grand to get. A lass from Yell who's been tying tails for us at weekends has got the place, so it's filled."),
     (A, "Kitefletching – your note arrived", "Hi {n},\n\nYour note about learning kitefletching landed safe. We decide before the Up Helly Aa month's out, and either answer comes from me in writing."))
pair("pumice", "Birch", "Whakatāne Pumice Finishers", "whakatanepumice", "nz", "Tama Ranginui",
     ("Pumicebuffing hand – outcome", "Kia ora {n},\n\nSweet as that you drove to the Matatā shed. For the pumicebuffing hand job we went with a bloke who's run the tumblers before. All the best."),
     (IV, "Pumicebuffing hand – come see us", "Kia ora {n},\n\nKeen to show you the pumicebuffing line on {dl} at 10. Unfortunately the tumblers are loud as, so we'll lend you earmuffs."))
pair("dove", "Cedar", "Cotswold Dovecote Restorers", "cotswolddovecote", "uk", "Jocelyn Ferrabee",
     ("Dovecoting assistant", "Dear {n},\n\nYour kind letter to Chipping Campden about dovecoting work arrived. Regrettably we have given the assistant's place to a stonemason's son from Stow who already knows the nesting boxes."),
     (A, "Dovecoting assistant – letter received", "Dear {n},\n\nYour letter about the dovecoting assistant's place came this morning. I shall read every letter by Friday week and reply to each, yes or no."))
pair("cistern", "Damson", "Hamilton Tank & Cistern", "hamiltontank", "bm", "Latoya Outerbridge",
     ("Cisternlining crew", "Hi {n},\n\nMuch obliged for thinking of the cisternlining crew. Both openings went to Somerset Parish folk who've done roof-catchment tanks before, so your application finishes with this note."),
     (NX, "Cisternlining crew – next step", "Hi {n},\n\nNext step for the cisternlining crew: a half-day try-out under a Warwick roof by {dl}. Sadly the lime wash stains everything, so wear old clothes."))
pair("gable", "Elder", "Kennebec Gable & Truss", "kennebecgable", "use", "Roland Thibodeau",
     ("Gablepinning position", "Hi {n},\n\nAppreciate you applying for the gablepinning position. We hired a framer from Augusta with more pole-barn years, and the job's now closed."),
     (A, "Gablepinning – application in", "Hi {n},\n\nGot your application for gablepinning, thanks. We phone anyone we want to meet; if it's a pass, expect a short email by the first of the month."))
pair("drain", "Fir", "Drogheda Drain Rodding", "droghedadrain", "ie", "Pádraig Malone",
     ("Drainrodding operative", "Hi {n},\n\nCheers for going for the drainrodding operative job. A Dundalk lad handy with the jetter got it, so it's gone, sorry."),
     (IV, "Drainrodding operative – interview", "Hi {n},\n\nCould you call into the depot on {dl} at 9 about the drainrodding job? Unfortunately the yard is a mess of pipe this week, so wear boots."))
pair("cowl", "Gean", "Hobart Cowl Works", "hobartcowl", "tas", "Bridie Calloway",
     ("Chimneycowling role", "G'day {n},\n\nGood on you for applying for the chimneycowling role. Someone who's spent years on Battery Point roofs got the nod instead, sorry mate."),
     (OF, "Chimneycowling role – offer", "G'day {n},\n\nPleased to offer you the chimneycowling role, starting {dl}. Sadly the ute's still at the mechanic, so you'll ride with Col the first fortnight."))
pair("mangle", "Hazel", "Merthyr Mangle Menders", "merthyrmangle", "uk", "Gethin Prosser",
     ("Mangleturning job", "Hiya {n},\n\nDiolch for your letter about the mangleturning job. Someone who's restored Victorian rollers before has it, so no luck this time, bach."),
     (A, "Mangleturning – letter in", "Hiya {n},\n\nYour letter about mangleturning arrived, diolch. I'll ring you whether we want you in or not, probably before next week's finished."))
pair("quern", "Ilex", "Kumasi Quern Shapers", "kumasiquern", "gh", "Kwabena Owusu-Ansah",
     ("Quernshaping trainee", "Dear {n},\n\nWe thank you for applying as quernshaping trainee. After careful thought, management has chosen a candidate from Obuasi who knows granite well. Please take heart."),
     (IV, "Quernshaping trainee – invitation", "Dear {n},\n\nYou are invited to our Suame yard on {dl} at 10 am to discuss quernshaping. Unfortunately the Suame market road is dug up, so come through the back."))
pair("tack", "Juniper", "Lubbock Tack Works", "lubbocktack", "usc", "Dusty Carrizales",
     ("Tackhoning opening", "Howdy {n},\n\nThanks for applying for the tackhoning opening. We picked a fella who's oiled and honed bridles for a ranch out by Post, so you missed out, pardner."),
     (NX, "Tackhoning – bench test", "Howdy {n},\n\nNext step for tackhoning: a bench test at the shop by {dl}. Sorry, the AC's busted in the back, so come early before it heats up."))
pair("wimple", "Larch", "Mandeville Habit Makers", "mandevillehabit", "jm", "Sister Claudette Brissett",
     ("Wimplepleating post", "Dear {n},\n\nBlessings. Your letter regarding the wimplepleating post reached us. The convent has chosen a seamstress from Christiana already known to us. Walk good."),
     (OF, "Wimplepleating post – offer", "Dear {n},\n\nBlessings. We offer you the wimplepleating post from {dl}. Unfortunately the sewing room fan is broken, so the afternoons are warm."))
pair("ox", "Maple", "Lilongwe Ox Shoeing Co-op", "lilongweox", "mw", "Chikondi Banda",
     ("Oxshoeing apprentice", "Dear {n},\n\nZikomo for applying to the oxshoeing apprentice place. The co-op has selected a young man from Dedza, so you were not taken."),
     (A, "Oxshoeing apprentice – received", "Dear {n},\n\nZikomo, we have your application for oxshoeing apprentice. Successful or not, the secretary will send a reply after the members meet."))
pair("sleigh", "Nutmeg", "Whitehorse Sleigh Works", "whitehorsesleigh", "yt", "Gord McCandless",
     ("Sleighbuilding helper", "Hey {n},\n\nThanks for writing about sleighbuilding. A fella from Dawson who's bent runners for years got hired, so the helper spot's taken."),
     (IV, "Sleighbuilding helper – drop in", "Hey {n},\n\nDrop into the shop on {dl} at 2 and we'll talk sleighbuilding. Unfortunately the parking's buried, so leave the truck on Fourth."))
pair("pulley", "Oak", "Freeport Pulley & Block", "freeportpulley", "bs", "Cedric Rolle",
     ("Pulleysheaving fitter", "Good day {n},\n\nThank you for applying for pulleysheaving fitter. We have gone with a man from Eight Mile Rock who served at the container port, so Freeport cannot use you this time."),
     (NX, "Pulleysheaving fitter – next step", "Good day {n},\n\nFor pulleysheaving fitter, please send your trade certificate and a referee by {dl}. Unfortunately our fax machine died last week, so email it."))
pair("lock", "Pine", "Georgetown Koker & Lockgating", "georgetownkoker", "gy", "Shondel Persaud",
     ("Lockgating hand", "Hi {n},\n\nThanks for applying as lockgating hand. The foreman chose a man from Mahaica who worked the sea-wall kokers, so you weren't picked."),
     (OF, "Lockgating hand – offer", "Hi {n},\n\nWe offering you the lockgating hand job from {dl}. Sorry to say the boat to the Berbice site leaves early, so be at the stelling by six."))
pair("moss", "Quince", "Puget Moss Rakers", "pugetmoss", "usp", "Brynn Halvorsen",
     ("Mossraking crew", "Hi {n},\n\nGlad you thought of our mossraking crew. Returning rakers filled the fall crew, so it's full, friend."),
     (A, "Mossraking crew – got it", "Hi {n},\n\nGot your form for the mossraking crew. If returning rakers fill every slot you'll get a quick heads-up; otherwise we'll text to set up a chat."))
pair("corbel", "Rowan", "Kampala Corbel Setters", "kampalacorbel", "ug", "Nakimuli Ruth",
     ("Corbelsetting mason", "Dear {n},\n\nThank you for applying as corbelsetting mason. After interviews, the directors appointed a mason from Jinja. We wish you success."),
     (IV, "Corbelsetting mason – interview", "Dear {n},\n\nPlease come for interview (corbelsetting mason) on {dl} at 10:00 at our Ntinda yard. Unfortunately the Ntinda compound has no parking, so use the church ground."))
pair("quoin", "Spruce", "Charleston Quoin Masons", "charlestonquoin", "use", "Beau Pinckney",
     ("Quoinsetting apprentice", "Hi {n},\n\nThank y'all for applying for quoinsetting apprentice. We went with a young fella who grew up on Meeting Street jobs, so your application stops here."),
     (NX, "Quoinsetting – stone sample", "Hi {n},\n\nNext step for quoinsetting: dress a sample block at the yard by {dl}, any weekday. Unfortunately the saw shed's roof leaks, so you'd be working under the oak."))
pair("plinth", "Tamarind", "Windhoek Plinth Polishers", "windhoekplinth", "na", "Anneliese Garoëb",
     ("Plinthpolishing vacancy", "Dear {n},\n\nWe received and read your plinthpolishing application. An applicant from Swakopmund has taken the post. All the best."),
     (A, "Plinthpolishing vacancy – received", "Dear {n},\n\nWe received your application for plinthpolishing. If we do not invite you, we will let you know; your CV is kept half a year."))
pair("dowel", "Ulmus", "Gaborone Dowel & Joinery", "gaboronedowel", "bw", "Kagiso Molefe",
     ("Dowelboring machinist", "Dumela {n},\n\nThank you for applying for dowelboring machinist. An applicant with CNC experience from Francistown got the job. Pula!"),
     (OF, "Dowelboring machinist – offer", "Dumela {n},\n\nDowelboring machinist is yours if you accept; start {dl}. Unfortunately the Broadhurst canteen stays shut for now, so bring lunch."))
pair("treenail", "Walnut", "Madang Treenail Yards", "madangtreenail", "pg", "Kila Wari",
     ("Treenailing carpenter", "Hello {n},\n\nTenk yu for applying for treenailing carpenter. The yard boss picked a carpenter from Wewak who built canoe houses."),
     (IV, "Treenailing carpenter – talk", "Hello {n},\n\nPlease visit the yard {dl} at 8 to talk treenailing. Sorry, the road from town floods in rain, so come early."))
pair("tinder", "Yew", "Freetown Tinderbox Makers", "freetowntinder", "sl", "Fatmata Kamara",
     ("Tinderboxing assistant", "Dear {n},\n\nWe got your tinderboxing assistant application, tenki. We chose another applicant from Bo, so we cannot hire you now."),
     (NX, "Tinderboxing – next step", "Dear {n},\n\nFor tinderboxing assistant please bring your ID and a reference letter by {dl}. Sorry, the office generator is off, so come before noon."))
pair("cobweb", "Kapok", "Mahé Cobweb Brushing", "mahecobweb", "sc", "Marie-Josée Hoareau",
     ("Cobwebbrushing job", "Bonzour {n},\n\nThanks for applying for cobwebbrushing at the Victoria hotels. We've taken on someone from Anse Royale already, so this job is gone."),
     (A, "Cobwebbrushing job – received", "Bonzour {n},\n\nWe got your application for cobwebbrushing. Chosen or not chosen, Marie-Josée will phone you after the Friday meeting."))
pair("tong", "Vetch", "Belmopan Tongsmithy", "belmopantong", "bz", "Delroy Castillo",
     ("Tongsmithing helper", "Hi {n},\n\nThanks for coming by about tongsmithing. We gave the helper job to a youth from San Ignacio who worked the forge already."),
     (IV, "Tongsmithing – come by", "Hi {n},\n\nSwing by the forge {dl}, 9 o'clock, to talk tongsmithing. Sorry, the bridge on Hummingbird is down to one lane."))
pair("clapper", "Xylem", "Apia Clapper Hangers", "apiaclapper", "ws", "Tavita Leota",
     ("Clapperhanging role", "Talofa {n},\n\nFa'afetai for applying for clapperhanging. The church committee chose a man from Savai'i who has hung bells before."),
     (OF, "Clapperhanging role – offer", "Talofa {n},\n\nWe offer you the clapperhanging role from {dl}. Unfortunately the ladder truck is broken, so we borrow one from the fire station."))
# ---- a job alert and a non-job refusal
wo("job_alert", "alr", "Dormouseway: 3 trades jobs near you",
   "Hi {n},\n\nNew on DormousewayAlder this week: kite tail tier (Lerwick), tank liner (Hamilton), bell ringer's mate (Apia). Sorry, the Whitehorse sleigh job already closed.\n\nDormouseway trades board", "Dormouseway", "dormouseway", tz="uk")
wo("non_job_rejection_words", "nj", "Your house-sitting request",
   "Hi {n},\n\nThanks for offering to sit our cottage in Portree over Easter. Unfortunately we've accepted another sitter who can stay the whole month.\n\nIsla and Ruaridh", "Portree Cottage", "portreecottage", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (slk, lit, lav, ell, heb, fas, ben, vie, ind, tgl); 23 twins
pair("halwa", "", "مصنع حلوى السيب", "seebhalwa", "om", "سلمى الحارثي",
     ("طلبك لوظيفة مشرف الخلط", "الأخت الكريمة {n}،\n\nنشكر لك اهتمامك بوظيفة مشرف الخلط في مصنعنا بالسيب. بعد المقابلات وقع اختيار الإدارة على متقدمة من صحار لها خبرة أطول مع قدور النحاس، وبهذا تكون الوظيفة قد شُغلت."),
     (IV, "دعوة لمقابلة – مشرف الخلط", "الأخت الكريمة {n}،\n\nيسعدنا أن ندعوك لمقابلة يوم {dl} الساعة العاشرة صباحاً في المصنع. للأسف موقف السيارات الأمامي مغلق للصيانة، فاستخدمي البوابة الخلفية."), lang="ar")
pair("loden", "", "Grazer Lodenweberei Pichler", "grazerloden", "at", "Wiltrud Hagenauer",
     ("Ihre Bewerbung als Webereihelferin", "Grüß Gott {n},\n\nschön, dass Sie bei unserer Walkstube angeklopft haben. Den Platz bekommt eine Leobnerin, die schon jahrelang am Webstuhl steht; Ihre Bewerbung endet damit hier. Viel Glück beim Weitersuchen."),
     (A, "Eingangsbestätigung Ihrer Bewerbung", "Grüß Gott {n},\n\nIhre Unterlagen für die Walkstube sind eingelangt. Ja oder Nein – eine Antwort von Wiltrud kommt innerhalb von drei Wochen, versprochen."), lang="de")
pair("talavera", "", "Talavera La Azulejera de Puebla", "azulejerapuebla", "mx", "Guadalupe Treviño",
     ("Tu postulación como pintora de loza", "Hola {n}:\n\nTe agradecemos mucho haber venido al taller. Esta vez el maestro escogió a una pintora de Cholula que ya domina el azul cobalto, y con eso cerramos tu solicitud. Que te vaya bonito."),
     (IV, "Te esperamos en el taller", "Hola {n}:\n\nQueremos platicar contigo el {dl} a las 11 en el taller de la calle 6 Oriente. Lástima que el horno grande está apagado esa semana, pero verás los moldes."), lang="es")
pair("clim", "", "Froid Sénégal Climatisation", "froidsenegal", "sn", "Aminata Diouf",
     ("Votre candidature – technicien frigoriste", "Bonjour {n},\n\nNous avons lu avec attention votre dossier envoyé à Dakar. La direction a choisi un technicien déjà habilité aux fluides frigorigènes ; votre dossier, hélas, s'arrête à ce stade. Bonne continuation."),
     (A, "Accusé de réception – technicien frigoriste", "Bonjour {n},\n\nNous avons bien reçu votre dossier. Oui ou non, Aminata vous écrira avant le trente."), lang="fr")
pair("block", "", "जयपुर ठप्पा छपाई घर", "jaipurthappa", "in", "सुमेधा खन्ना",
     ("ठप्पा कारीगर पद – परिणाम", "नमस्ते {n} जी,\n\nसांगानेर गली 7 की छपाई वर्कशॉप 2026 में ठप्पा कारीगरी हेतु आपकी अर्ज़ी पढ़ी। बगरू 61 वर्षीय भंवरलाल छीपा इस कुर्सी पर अब बैठेंगे, तो आपको इस बार नहीं बुला रहे।"),
     (OF, "ठप्पा कारीगर पद – नियुक्ति प्रस्ताव", "नमस्ते {n} जी,\n\nहमें आपको ठप्पा कारीगर पद देने में प्रसन्नता है, काम {dl} से आरंभ होगा। खेद है कि रंगाई वाला टैंक अभी मरम्मत में है।"), lang="hi")
pair("sughero", "", "Sugherificio Gallurese", "sughero-gallura", "it", "Ornella Pizzuti",
     ("Candidatura – addetta alla fustellatura", "Gentile {n},\n\nla sua lettera da Tempio Pausania è stata una bella sorpresa. Per il posto in fustellatura abbiamo preferito una candidata che lavora il sughero da anni a Calangianus; per lei stavolta il posto di Calangianus sfuma. Un caro saluto."),
     (A, "Abbiamo ricevuto la sua candidatura", "Gentile {n},\n\nci è arrivata la domanda per la fustellatura. Entro venti giorni Ornella le scrive, con un sì o con un no."), lang="it")
pair("ume", "", "紀州梅干し松田屋", "kishuumeboshi", "jp", "松田 由美子",
     ("梅干し製造スタッフ応募の結果", "{n} 様\n\n先日は田辺の工場までお越しいただき、誠にありがとうございました。慎重に検討した結果、今回は漬け込み経験の長い別の方を採用することになりました。ご了承ください。"),
     (IV, "面接日程のご案内", "{n} 様\n\n{dl}午前十時に田辺工場で面接をお願いいたします。あいにく駐車場が工事中のため、紀伊田辺駅からタクシーをご利用ください。"), lang="ja")
pair("icheon", "", "이천 도예공방 흙빛", "heukbit", "kr", "한서연",
     ("도예 보조 지원 결과 안내", "{n} 님께,\n\n흙빛 공방 도예 보조 자리에 지원해 주셔서 감사합니다. 고민 끝에 여주에서 물레 경력을 쌓은 다른 분과 함께하기로 했습니다. 앞날을 응원하겠습니다."),
     (NX, "도예 보조 – 실기 과제 안내", "{n} 님께,\n\n다음 단계로 {dl}까지 찻잔 세 점을 만들어 사진을 보내 주세요. 아쉽게도 공방 가마가 점검 중이라 초벌만 하셔도 됩니다."), lang="ko")
pair("caju", "", "Fábrica de Caju de Machava", "cajumachava", "mz", "Celeste Mabunda",
     ("Candidatura a chefe de turno", "Olá {n},\n\nAgradecemos a candidatura para chefe de turno na nossa fábrica de caju. A direcção escolheu um colega da Matola que já chefiava a descasca, e a vaga ficou assim preenchida. Força!"),
     (IV, "Convite para entrevista", "Olá {n},\n\nConvidamos para entrevista no dia {dl} às 9h na fábrica. Infelizmente a estrada da Machava está em obras, venha com tempo."), lang="pt")
pair("samotsvet", "", "Уральская гранильная мастерская «Малахит»", "uralmalakhit", "ye", "Людмила Шестакова",
     ("Ответ по вакансии огранщика", "Здравствуйте, {n}!\n\nСпасибо, что откликнулись на вакансию огранщика в нашей екатеринбургской мастерской. Мастер выбрал кандидата из Берёзовского с большим опытом по самоцветам, поэтому продолжать с вами мы не будем."),
     (NX, "Огранщик: пробное задание", "Здравствуйте, {n}!\n\nСледующий шаг – пробная огранка небольшого камня до {dl}. Увы, вытяжка в мастерской пока сломана, поэтому возьмите респиратор."), lang="ru")
pair("sabuni", "", "Kiwanda cha Sabuni Thika", "sabunithika", "ke", "Neema Wanjiru",
     ("Ombi la kazi ya msimamizi wa zamu", "Habari {n},\n\nTumepokea na kusoma barua yako ya Jumanne kuhusu kuwa msimamizi wa zamu kiwandani kwetu Thika. Uongozi umemchagua mwombaji kutoka Ruiru mwenye uzoefu zaidi wa mashine za kukata, hivyo hatutaendelea na ombi lako."),
     (IV, "Mwaliko wa mahojiano", "Habari {n},\n\nTunakualika kwa mahojiano tarehe {dl} saa tatu asubuhi kiwandani. Kwa bahati mbaya lango kuu linakarabatiwa, tafadhali pitia lango la nyuma."), lang="sw")
pair("rom", "", "บ่อสร้างร่มกระดาษสาแม่ต๋อม", "borsangmaetom", "th", "ศศิธร มณีวงศ์",
     ("ผลการสมัครงานช่างเขียนลายร่ม", "เรียน คุณ{n}\n\nขอบพระคุณที่สนใจงานช่างเขียนลายร่มกับแม่ต๋อม ทางร้านตัดสินใจเลือกช่างจากสันกำแพงที่เขียนลายดอกไม้มานานกว่า จึงขอแจ้งว่าคราวนี้ยังไม่ได้รับคุณเข้าทำงาน"),
     (IV, "เชิญสัมภาษณ์งานช่างเขียนลายร่ม", "เรียน คุณ{n}\n\nขอเชิญมาคุยที่ร้านวันที่ {dl} เวลาสิบโมงเช้า น่าเสียดายที่ลานจอดรถหน้าร้านกำลังซ่อม ขอให้จอดที่วัดข้างๆ"), lang="th")
pair("havlu", "", "Bursa Peştamal Dokuma Atölyesi", "bursapestamal", "tr", "Hatice Karaca",
     ("Dokuma ustası başvurunuz hakkında", "Merhaba {n},\n\nPeştamal atölyemize yazdığınız için sağ olun. Dokuma ustalığına, tezgâh başında daha çok yıl geçirmiş Gemlikli bir usta seçildi; bu sefer olmadı. Yolunuz açık olsun."),
     (NX, "Dokuma ustası – deneme dokuması", "Merhaba {n},\n\nBir sonraki adım olarak {dl} tarihine kadar atölyede kısa bir deneme dokuması yapmanızı rica ederiz. Ne yazık ki iplik deposu tadilatta, malzemeyi biz getireceğiz."), lang="tr")
pair("football", "", "سیالکوٹ فٹبال سلائی گھر", "sialkotsilai", "pk", "سعدیہ ملک",
     ("سلائی نگران کی درخواست کا جواب", "محترمہ {n}،\n\nہمارے سیالکوٹ کارخانے میں سلائی نگران کے لیے درخواست بھیجنے کا بہت شکریہ۔ انتظامیہ نے ڈسکہ سے تعلق رکھنے والی ایک تجربہ کار امیدوار کو چن لیا ہے، چنانچہ سلائی نگران والی کرسی اب خالی نہیں رہی۔"),
     None, lang="ur")
pair("huoguo", "", "成都蜀香火锅底料厂", "shuxianghuoguo", "cn", "黄晓燕",
     ("炒料师傅岗位结果通知", "{n}您好：\n\n感谢您来郫都参观我们的炒料车间。经过商量，厂里决定录用一位在牛油底料上经验更丰富的师傅，这次就先不和您合作了。祝您顺心。"),
     (OF, "炒料师傅岗位录用通知", "{n}您好：\n\n很高兴通知您被录用为炒料师傅，{dl}正式上班。可惜员工宿舍热水器这周在修，头几天请先住附近。"), lang="zh")
pair("kupele", "", "Kúpele Sklené Teplice – Jaskynný kúpeľ", "sklenekupele", "sk", "Zuzana Hrušková",
     ("Odpoveď na Vašu žiadosť – masérka", "Dobrý deň, {n},\n\npotešil nás Váš list o práci v našich kúpeľoch. Na miesto masérky sme napokon vybrali kolegyňu zo Žiaru, ktorá už pozná jaskynný kúpeľ, a tak Vašu žiadosť ďalej neposúvame."),
     (A, "Potvrdenie prijatia žiadosti", "Dobrý deň, {n},\n\nVašu žiadosť na miesto masérky sme dostali. Či už Vás pozveme, alebo nie, do dvoch týždňov Vám napíše naša vedúca Zuzana."), lang="slk")
pair("gintaras", "", "Klaipėdos gintaro dirbtuvės „Jūratė“", "juratesgintaras", "lt", "Aistė Jonaitienė",
     ("Dėl gintaro šlifuotojos vietos", "Laba diena, {n},\n\ndėkojame, kad norite dirbti mūsų dirbtuvėse. Gintaro šlifuotojos vietai pasirinkome kandidatę iš Palangos, kuri jau dirbo su žaliavos gabalais, todėl Jūsų paraiškos toliau nesvarstysime."),
     (A, "Jūsų paraiška gauta", "Laba diena, {n},\n\nJūsų paraišką gavome. Nesvarbu, koks bus sprendimas, per dešimt dienų Aistė Jums parašys."), lang="lit")
pair("stikls", "", "Valmieras stiklšķiedras cehs „Gauja“", "gaujasceh", "lv", "Dace Liepa",
     ("Atbilde par operatora vietu", "Labdien, {n}!\n\nPaldies par pieteikumu operatora vietai mūsu cehā. Šoreiz izvēlējāmies kandidātu no Cēsīm ar ilgāku pieredzi pie vērpšanas līnijas, tāpēc ar Jums tālāk nesadarbosimies."),
     (IV, "Aicinājums uz pārrunām", "Labdien, {n}!\n\nAicinām uz pārrunām {dl} plkst. 10 cehā. Diemžēl autostāvvieta pie vārtiem tiek remontēta, lūdzu, novietojiet auto ielas malā."), lang="lav")
pair("mastiha", "", "Συνεταιρισμός Μαστίχας Πυργίου", "mastichapyrgi", "gr", "Ελένη Παπαδάκη",
     ("Σχετικά με τη θέση συσκευάστριας", "Καλημέρα {n},\n\nσας ευχαριστούμε που ενδιαφερθήκατε για τη θέση συσκευάστριας στον συνεταιρισμό μας. Επιλέξαμε μια υποψήφια από τα Μεστά με εμπειρία στο καθάρισμα της μαστίχας, και έτσι η θέση καλύφθηκε."),
     (NX, "Συσκευάστρια – επόμενο βήμα", "Καλημέρα {n},\n\nγια το επόμενο βήμα στείλτε μας τη βεβαίωση υγείας σας έως {dl}. Δυστυχώς το φαξ του γραφείου χάλασε, γι' αυτό προτιμήστε email."), lang="ell")
pair("yahalom", "", "מלטשת היהלומים של נתניה", "netanyadiamond", "il", "מיכל אברהמי",
     ("תשובה לגבי משרת מלטש מתלמד", "שלום {n},\n\nתודה שפנית אלינו בנוגע למשרת מלטש מתלמד. אחרי שיחות עם כל המועמדים בחרנו במועמד מרמת גן שכבר עבד על גלגל ליטוש, ולכן לא נמשיך בתהליך איתך."),
     None, lang="heb")
pair("farsh", "", "کارگاه رفوی فرش اصفهان", "rofoofarsh", "ir", "مهسا کریمی",
     ("نتیجه درخواست رفوگری", "سلام {n} عزیز،\n\nنامه شما درباره کار رفوگری به دست ما رسید و با دقت خوانده شد. استادکار در نهایت هنرجویی از نایین را برگزید که سال‌ها با گره فارسی کار کرده است، بنابراین درخواست شما ادامه پیدا نمی‌کند."),
     (NX, "رفوگری – مرحله بعد", "سلام {n} عزیز،\n\nلطفاً تا {dl} یک نمونه رفو روی تکه فرش کوچک انجام دهید و عکسش را بفرستید. متأسفانه دستگاه شستشوی کارگاه خراب است."), lang="fas")
pair("pat", "", "ঢাকা পাটের ব্যাগ কারখানা", "dhakapatbag", "bd", "রুমানা হক",
     ("লাইন সুপারভাইজার পদের ফলাফল", "জনাব/জনাবা {n} সমীপে,\n\nনারায়ণগঞ্জ 3 নম্বর শেডে লাইন সুপারভাইজার হওয়ার আগ্রহ জানিয়ে চিঠি এসেছিল, পড়েছি। টঙ্গীর এক পুরনো সুপারভাইজারকে মালিকপক্ষ নিয়ে ফেলেছেন, ফলে পদটি এখন পূর্ণ।"),
     (OF, "লাইন সুপারভাইজার – নিয়োগ প্রস্তাব", "জনাব/জনাবা {n} সমীপে,\n\nপদটি আপনার, শেড 3 লাইন সুপারভাইজার; যোগদান {dl}। মুশকিল হলো কারখানার বাসটা এখন গ্যারেজে পড়ে আছে।"), lang="ben")
pair("yen", "", "Công ty Yến sào Hòn Nội", "yensaohonnoi", "vn", "Nguyễn Thị Lan Phương",
     ("Kết quả ứng tuyển vị trí nhặt lông yến", "Chào {n},\n\nXưởng Nha Trang đã nhận thư bạn về vị trí nhặt lông yến. Ban giám đốc quyết định nhận một chị ở Cam Ranh tay nghề lâu năm hơn, vì vậy lần này xưởng không nhận bạn."),
     (IV, "Thư mời phỏng vấn", "Chào {n},\n\nXưởng hẹn bạn 8 giờ sáng {dl} để trò chuyện về công việc. Tiếc là bãi xe trước cổng đang sửa, nhờ bạn để xe ở chợ cạnh xưởng."), lang="vie")
pair("batik", "", "Rumah Batik Tulis Prawirotaman", "batikprawirotaman", "id", "Rina Kusumawati",
     ("Hasil lamaran pembatik", "Halo {n},\n\nSurat lamaran Anda untuk posisi pembatik sudah kami baca. Bu Rina akhirnya memilih seorang ibu dari Imogiri yang puluhan tahun memegang canting, sehingga untuk kali ini Anda belum kami terima."),
     (A, "Lamaran Anda sudah kami terima", "Halo {n},\n\nLamaran Anda sebagai pembatik sudah sampai. Hasilnya ya atau tidak, Bu Rina mengirim kabar dalam dua minggu."), lang="ind")
pair("sapatos", "", "Sapatusan ng Marikina – Gawang Kamay", "sapatusanmarikina", "ph", "Marites Villanueva",
     ("Tungkol sa inyong aplikasyon bilang sapatero", "Magandang araw {n},\n\nSalamat po sa pag-apply bilang sapatero sa aming pagawaan. Pinili po ng may-ari ang isang aplikante mula sa Concepcion Uno na matagal nang gumagawa ng suwelas, kaya hindi na po namin itutuloy ang inyong aplikasyon."),
     (OF, "Alok na trabaho bilang sapatero", "Magandang araw {n},\n\nIkinagagalak po naming ialok sa inyo ang trabaho bilang sapatero simula {dl}. Sayang po at sira pa ang bentilador sa pagawaan."), lang="tgl")


if __name__ == "__main__":
    sys.exit(main())
