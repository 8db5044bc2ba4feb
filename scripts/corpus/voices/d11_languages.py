"""The voice of the d11-lang-* families (helper d11, issue 11, eleventh pass): senders,
greetings, sign-offs and the candidate's earlier notes in fourteen languages, shared by the
rejections (rejections/d11_languages.py) and their negatives (confirmations/, interviews/
d11_languages.py), so that only the deciding sentence tells them apart. ``spec`` joins them
with one kind's subjects, openings and core sentences."""

from __future__ import annotations

BASE = {
    "de": {
        "senders": ["{rfull} <{rmail}>", "Recruiting {company} <karriere@{cdomain}>"],
        "hello": [
            "Hallo {first},",
            "Guten Tag {first} {last},",
            "Guten Tag {full},",
            "Liebe/r {first},",
        ],
        "signoff": [
            "Viele Grüße\n{rfull}",
            "Mit freundlichen Grüßen\n{rfull}\n{company}",
            "Beste Grüße\n{rfirst}",
            "Herzliche Grüße aus {city}\n{rfull}",
        ],
        "notes": [
            "Hallo {rfirst},\ngibt es schon Neuigkeiten zur Stelle als {role}?\n"
            "Viele Grüße\n{first}",
            "Hallo {rfirst},\nvielen Dank nochmals für das Gespräch am {ndate}.\n{first}",
        ],
    },
    "fr": {
        "senders": ["{rfull} <{rmail}>", "Recrutement {company} <recrutement@{cdomain}>"],
        "hello": [
            "Bonjour {first},",
            "Bonjour {full},",
            "Madame, Monsieur,",
            "Cher/Chère {first},",
        ],
        "signoff": [
            "Bien cordialement,\n{rfull}",
            "Belle journée,\n{rfirst}",
            "Cordialement,\nL'équipe recrutement {company}",
            "Bien à vous,\n{rfull}\n{rtitle}",
        ],
        "notes": [
            "Bonjour {rfirst},\nAvez-vous des nouvelles concernant le poste de {role} ?\n"
            "Merci d'avance,\n{first}",
            "Bonjour {rfirst},\nMerci encore pour l'entretien de {weekday}.\n{first}",
        ],
    },
    "es": {
        "senders": ["{rfull} <{rmail}>", "Selección {company} <seleccion@{cdomain}>"],
        "hello": ["Hola {first}:", "Hola {first},", "Estimado/a {first}:", "Buenos días, {first}:"],
        "signoff": [
            "Un saludo,\n{rfull}",
            "Saludos cordiales,\n{rfull}\n{company}",
            "Un abrazo,\n{rfirst}",
            "Atentamente,\nEquipo de Talento de {company}",
        ],
        "notes": [
            "Hola {rfirst}:\n¿Hay alguna novedad sobre el puesto de {role}?\nGracias,\n{first}",
            "Hola {rfirst},\nmuchas gracias por la entrevista del {ndate}.\n{first}",
        ],
    },
    "nl": {
        "senders": ["{rfull} <{rmail}>", "Werving & Selectie {company} <werkenbij@{cdomain}>"],
        "hello": ["Hoi {first},", "Beste {first},", "Geachte {full},", "Dag {first},"],
        "signoff": [
            "Met vriendelijke groet,\n{rfull}",
            "Groeten,\n{rfirst}",
            "Hartelijke groet,\n{rfull}\n{company}",
            "Vriendelijke groeten,\nTeam Recruitment",
        ],
        "notes": [
            "Hoi {rfirst},\nIs er al nieuws over de vacature {role}?\nGroet,\n{first}",
            "Beste {rfirst},\nDank nog voor het gesprek van {weekday}.\n{first}",
        ],
    },
    "it": {
        "senders": ["{rfull} <{rmail}>", "Risorse Umane {company} <hr@{cdomain}>"],
        "hello": ["Gentile {first},", "Gentile {full},", "Ciao {first},", "Buongiorno {first},"],
        "signoff": [
            "Cordiali saluti,\n{rfull}",
            "Un caro saluto,\n{rfirst}",
            "Distinti saluti,\nUfficio Risorse Umane, {company}",
            "A presto,\n{rfirst}",
        ],
        "notes": [
            "Buongiorno {rfirst},\nci sono novità sulla posizione di {role}?\nGrazie,\n{first}",
            "Ciao {rfirst},\ngrazie ancora per il colloquio di {weekday}.\n{first}",
        ],
    },
    "pt": {
        "senders": ["{rfull} <{rmail}>", "Recrutamento {company} <recrutamento@{cdomain}>"],
        "hello": ["Olá {first},", "Oi {first}, tudo bem?", "Prezado/a {first},", "Caro/a {first},"],
        "signoff": [
            "Atenciosamente,\n{rfull}",
            "Com os melhores cumprimentos,\n{rfull}\n{company}",
            "Abraços,\n{rfirst}",
            "Obrigado,\nEquipa de Recrutamento",
        ],
        "notes": [
            "Olá {rfirst},\nhá alguma novidade sobre a vaga de {role}?\nObrigado,\n{first}",
            "Oi {rfirst}, obrigado mais uma vez pela conversa de {weekday}!\n{first}",
        ],
    },
    "pl": {
        "senders": ["{rfull} <{rmail}>", "Rekrutacja {company} <rekrutacja@{cdomain}>"],
        "hello": [
            "Dzień dobry,",
            "Dzień dobry {first},",
            "Cześć {first},",
            "Szanowna Pani / Szanowny Panie,",
        ],
        "signoff": [
            "Pozdrawiam serdecznie,\n{rfull}",
            "Z wyrazami szacunku,\nDział HR {company}",
            "Pozdrawiam,\n{rfirst}",
            "Z poważaniem,\n{rfull}\n{rtitle}",
        ],
        "notes": [
            "Dzień dobry,\nczy są już jakieś informacje w sprawie stanowiska {role}?\n"
            "Pozdrawiam,\n{first}"
        ],
    },
    "sv": {
        "senders": ["{rfull} <{rmail}>", "Rekrytering {company} <jobb@{cdomain}>"],
        "hello": ["Hej {first},", "Hej {first}!", "Hej,"],
        "signoff": [
            "Vänliga hälsningar,\n{rfull}",
            "Hälsningar,\n{rfirst}",
            "Med vänlig hälsning\n{rfull}, {company}",
        ],
        "notes": ["Hej {rfirst},\nfinns det några nyheter om tjänsten?\nMvh {first}"],
    },
    "da": {
        "senders": ["{rfull} <{rmail}>", "HR {company} <job@{cdomain}>"],
        "hello": ["Hej {first},", "Kære {first},", "Hej {first}"],
        "signoff": [
            "Venlig hilsen\n{rfull}",
            "Mvh\n{rfirst}",
            "Med venlig hilsen\n{rfull}\n{company}",
        ],
        "notes": ["Hej {rfirst},\ner der nyt om stillingen?\nVh {first}"],
    },
    "no": {
        "senders": ["{rfull} <{rmail}>", "Rekruttering {company} <jobb@{cdomain}>"],
        "hello": ["Hei {first},", "Hei {first}!", "Hei,"],
        "signoff": ["Med vennlig hilsen\n{rfull}", "Hilsen\n{rfirst}", "Mvh\n{rfull}, {company}"],
        "notes": ["Hei {rfirst},\nhar dere kommet frem til noe?\nHilsen {first}"],
    },
    "fi": {
        "senders": ["{rfull} <{rmail}>", "{company} Rekrytointi <rekry@{cdomain}>"],
        "hello": ["Hei {first},", "Hyvä {first} {last},", "Moi {first},", "Hyvä hakija,"],
        "signoff": [
            "Ystävällisin terveisin,\n{rfull}",
            "Terveisin,\n{rfirst}",
            "Parhain terveisin\n{rfull}\n{company}",
        ],
        "notes": ["Hei {rfirst},\nonko tehtävän osalta jo tietoa?\nTerveisin {first}"],
    },
    "cs": {
        "senders": ["{rfull} <{rmail}>", "HR {company} <kariera@{cdomain}>"],
        "hello": ["Dobrý den,", "Dobrý den, {full},", "Ahoj {first},", "Vážený uchazeči,"],
        "signoff": [
            "S pozdravem,\n{rfull}",
            "S přátelským pozdravem,\nHR tým {company}",
            "Měj se,\n{rfirst}",
        ],
        "notes": ["Dobrý den,\nchtěl(a) bych se zeptat, zda už je rozhodnuto.\nDěkuji,\n{first}"],
    },
    "tr": {
        "senders": ["{rfull} <{rmail}>", "{company} İnsan Kaynakları <ik@{cdomain}>"],
        "hello": ["Merhaba {first},", "Sayın {first} {last},", "Merhaba {first} Bey/Hanım,"],
        "signoff": [
            "Saygılarımızla,\n{company} İnsan Kaynakları",
            "İyi çalışmalar,\n{rfull}",
            "Sevgiler,\n{rfirst}",
        ],
        "notes": ["Merhaba {rfirst},\nsüreçle ilgili bir gelişme var mı?\nTeşekkürler,\n{first}"],
    },
    "ro": {
        "senders": ["{rfull} <{rmail}>", "Resurse Umane {company} <cariere@{cdomain}>"],
        "hello": ["Bună ziua {first},", "Bună {first},", "Stimate/Stimată {full},"],
        "signoff": [
            "Cu stimă,\n{rfull}",
            "Toate cele bune,\n{rfirst}",
            "Cu respect,\nEchipa de Recrutare {company}",
        ],
        "notes": ["Bună ziua {rfirst},\naveți vreo noutate legată de post?\nMulțumesc,\n{first}"],
    },
}


def spec(
    lang: str,
    subjects: list[str],
    core: list[str],
    opening: list[str] | None = None,
    close: list[str] | None = None,
) -> dict[str, list[str]]:
    out = dict(BASE[lang])
    out["subjects"] = subjects
    out["core"] = core
    if opening:
        out["opening"] = opening
    if close:
        out["close"] = close
    return out
