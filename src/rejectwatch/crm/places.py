"""Pure: whether a subject's fragment names where a job is, not who offers it.

"Data Analyst - London", "Engineer | Remote", "Analyst - New York, NY", "Analyst - Greater
Manchester": after a title, a subject often says where the job is. :func:`is_place` tells such
a fragment from a company's name: a way of working (remote, hybrid), a "City, ST" or "City,
Country" shape, "Greater X" / "X Area", a city or country of the markets rejectwatch reads, or
a name the mail itself uses as a place ("based in Leeds", "our Leeds office"). A company that
shares a place's name ("Berlin Brands") is lost from the subject only; the sender, the body
and the signature still name it.
"""

from __future__ import annotations

import re

__all__ = ["is_place"]

_WORK_MODES = frozenset(
    {
        "remote", "fully remote", "remote first", "remote-first", "hybrid", "on-site", "onsite",
        "on site", "in office", "in-office", "home office", "homeoffice", "work from home",
        "wfh", "anywhere", "worldwide", "global", "multiple locations", "various locations",
        "nationwide", "télétravail", "teletravail", "remoto", "teletrabajo", "híbrido",
        "hibrido", "hybride", "thuiswerken", "mobiles arbeiten",
    }
)  # fmt: skip
_COUNTRIES = frozenset(
    {
        "uk", "u.k.", "united kingdom", "england", "scotland", "wales", "northern ireland",
        "ireland", "usa", "us", "u.s.", "united states", "canada", "australia", "new zealand",
        "germany", "deutschland", "austria", "österreich", "switzerland", "schweiz", "suisse",
        "france", "belgium", "belgique", "belgië", "netherlands", "the netherlands",
        "nederland", "luxembourg", "spain", "españa", "portugal", "italy", "italia", "sweden",
        "sverige", "norway", "norge", "denmark", "danmark", "finland", "suomi", "poland",
        "polska", "czechia", "czech republic", "hungary", "romania", "greece", "mexico",
        "méxico", "brazil", "brasil", "argentina", "chile", "colombia", "peru", "india",
        "singapore", "japan", "china", "hong kong", "south africa", "emea", "apac", "latam",
        "europe", "dach", "benelux", "nordics", "north america",
    }
)  # fmt: skip
_CITIES = frozenset(
    {
        "london", "manchester", "birmingham", "leeds", "glasgow", "edinburgh", "bristol",
        "liverpool", "sheffield", "newcastle", "nottingham", "cardiff", "belfast", "cambridge",
        "oxford", "reading", "brighton", "southampton", "milton keynes", "dublin", "cork",
        "galway", "new york", "new york city", "nyc", "san francisco", "sf", "los angeles",
        "seattle", "boston", "chicago", "austin", "denver", "atlanta", "dallas", "houston",
        "miami", "washington", "washington dc", "washington, d.c.", "philadelphia", "phoenix",
        "san diego", "san jose", "portland", "minneapolis", "pittsburgh", "toronto",
        "vancouver", "montreal", "montréal", "ottawa", "calgary", "sydney", "melbourne",
        "brisbane", "perth", "auckland", "wellington", "berlin", "munich", "münchen",
        "hamburg", "frankfurt", "frankfurt am main", "cologne", "köln", "düsseldorf",
        "stuttgart", "leipzig", "dresden", "hannover", "nuremberg", "nürnberg", "vienna",
        "wien", "zurich", "zürich", "geneva", "genève", "basel", "bern", "paris", "lyon",
        "marseille", "toulouse", "lille", "bordeaux", "nantes", "nice", "strasbourg",
        "brussels", "bruxelles", "brussel", "antwerp", "antwerpen", "ghent", "gent",
        "amsterdam", "rotterdam", "utrecht", "the hague", "den haag", "eindhoven",
        "groningen", "madrid", "barcelona", "valencia", "sevilla", "seville", "bilbao",
        "málaga", "malaga", "lisbon", "lisboa", "porto", "milan", "milano", "rome", "roma",
        "turin", "torino", "stockholm", "gothenburg", "göteborg", "oslo", "copenhagen",
        "københavn", "helsinki", "warsaw", "warszawa", "kraków", "krakow", "prague", "praha",
        "budapest", "bucharest", "athens", "tallinn", "riga", "vilnius", "mexico city",
        "ciudad de méxico", "são paulo", "sao paulo", "buenos aires", "santiago", "bogotá",
        "bogota", "lima", "bangalore", "bengaluru", "mumbai", "delhi", "hyderabad", "pune",
        "tokyo", "shanghai", "beijing", "tel aviv", "dubai", "cape town", "johannesburg",
    }
)  # fmt: skip
_CITY_STATE_RE = re.compile(r"^[^,]{2,40},\s*[A-Z]{2}$")  # "Austin, TX", "Paris, FR"
_REGION_RE = re.compile(
    r"^(?:greater|central|north|south|east|west|northern|southern|eastern|western)\s+\S"
    r"|\s(?:area|metropolitan area|metro area|region|county|province|state)$",
    re.IGNORECASE,
)
_SPACE_RE = re.compile(r"\s+")


def _plain(value: str) -> str:
    return _SPACE_RE.sub(" ", value).strip(" .,;:()[]").casefold()


def is_place(value: str, text: str = "") -> bool:
    """True when *value* ("London", "Remote", "Austin, TX") says where a job is; *text*, the
    mail's body, may show it used as a place ("based in Leeds", "the Leeds office")."""
    plain = _plain(value)
    if not plain:
        return False
    if plain in _WORK_MODES or plain in _COUNTRIES or plain in _CITIES:
        return True
    if _CITY_STATE_RE.match(value.strip()) or _REGION_RE.search(plain):
        return True
    if "," in plain or "/" in plain:  # "Berlin, Germany", "London / Remote", "Leeds, hybrid"
        parts = [p.strip() for p in re.split(r"[,/]", plain) if p.strip()]
        if parts and all(is_place(p) for p in parts):
            return True
        if len(parts) > 1 and parts[-1] in _COUNTRIES:
            return True
    return bool(text) and _used_as_place(value.strip(), text[:6000])


def _used_as_place(value: str, text: str) -> bool:
    name = re.escape(value)
    return bool(
        re.search(
            r"\b(?:based|located|situated|office|offices|hub|role|position|job|jobs|work"
            r"|working|relocate|relocating|relocation|sites?|team)\s+(?:in|to|near)\s+"
            + name
            + r"\b",
            text,
            re.IGNORECASE,
        )
        or re.search(
            r"\b(?:our|the|your)\s+" + name + r"\s+(?:office|offices|area|hub|site|campus)\b",
            text,
            re.IGNORECASE,
        )
    )
