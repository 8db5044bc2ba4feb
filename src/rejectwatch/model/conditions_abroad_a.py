"""A case, a time still ahead or a span not over, in other languages (issue 11, sixty-seventh pass,
sweep group a): the words that make a sentence conditional or still to come, so that an
application confirmation's "until the post is filled", "if we choose someone else" or "while we
review" gives no decision token. Exported as CONDITIONAL and NOT_YET (add both names to
__all__), which rejectwatch.model.language_modules joins into the checks of every reading.

Added here (each tied to the words after it, so it is no common word elsewhere):

* CONDITIONAL: Italian "se" before a first-person future or past subjunctive ("se sceglieremo",
  "se decidessimo") or before a deciding body ("se la commissione sceglie"); Portuguese "se a
  comissão escolher" and "caso a vaga seja"; Polish "w razie"; Hungarian "ha" before another
  person ("ha másik jelöltet választunk"); Turkish "if we / it choose(s)" by the aorist's
  suffix on a verb of choosing ("seçersek", "seçerse") and "whether or not" by the doubled
  verb ("seçip seçmediğimizi"); Czech "i když" before "later" or "in the end" (a case still
  ahead, never the concessive "although" of a decision given); Hindi and Urdu "or not" after a
  whether-clause ("या नहीं", "یا نہیں"); Thai "or not" ("หรือไม่").
* NOT_YET: German "bis" opening a clause ("bis die Stelle besetzt ist") and "bis zum Ende ...
  bleibt"; Dutch "totdat"; Russian "до тех пор, пока" and "пока ... не будет"; Ukrainian
  "доки"; Czech "dokud"; Arabic "حتى" before a verb or an end still ahead ("حتى يتم شغل
  الوظيفة"), never "حتى الآن", so far; Hungarian "amikor" before a decision ("amikor
  megszületik a döntés"); Turkish "karar verildiğinde", once it is decided; Swahili's "-takapo-"
  inside a verb, when it is done; Korean "내려지면", once it is made; Chinese "在 ... 之前"
  before the post is filled or the process ends.
"""

from __future__ import annotations

from rejectwatch.model.prefilter import Reading

__all__ = ["CONDITIONAL", "NOT_YET", "READINGS"]

READINGS: tuple[Reading, ...] = ()

CONDITIONAL = (
    # Italian: if we choose (future, subjunctive), if the committee chooses
    r"|(?<!-)\bse (?:\w+remo|\w+essimo|la (?:commissione|direzione|giuria|società|azienda|"
    r"nostra scelta))\b"
    # Portuguese: if the committee chooses, in case the post is given
    r"|(?<!-)\bse a (?:comissão|comissao|empresa|equipe|equipa|banca|direção|direcao|"
    r"nossa escolha)\b"
    r"|\bcaso (?:a|o) (?:vaga|posição|posicao|lugar|cargo|posto|comissão|comissao|empresa|"
    r"equipe|equipa|seleção|selecao|escolha)\b"
    # Polish: in case of ("w razie wyboru innej osoby")
    r"|\bw razie\b"
    # Hungarian: if (we choose) another ("ha másik jelöltet választunk")
    r"|\bha (?:másik|más|mást|valaki|a bizottság|a cég|az állást|az állás)\b"
    # Turkish: if we / it choose(s), take(s), prefer(s); whether or not ("seçip seçmediğimizi")
    r"|\b(?:seçer|alır|tercih eder|atar|belirler)(?:sek|seniz|se)\b"
    r"|\b\w+(?:ip|ıp|up|üp) \w+(?:mediğimizi|madığımızı|mediğinizi|madığınızı)\b"
    # Czech: even if ... later / in the end (a case still ahead)
    r"|\bi když (?:\w+ ){0,3}?(?:později|nakonec|případně)\b"
    # Hindi and Urdu: whether ... or not (the danda may follow); Thai: or not
    r"|(?<![\u0900-\u097f])या नहीं(?![\u0900-\u0963\u0966-\u097f])|\bیا نہیں\b|หรือไม่"
)

NOT_YET = (
    # German: until (a clause: "bis die Stelle besetzt ist"; "bis zum Ende ... bleibt")
    r"|\bbis (?:die|der|das|wir|sie|ihre|ihr|eine|ein|auf weiteres)\b"
    r"|\bbis zum (?:ende|abschluss)\b(?=[^.!?\n;]{0,60}\bbleib)"
    # Dutch: until
    r"|\btotdat\b"
    # Russian: until ("до тех пор, пока", "пока вакансия не будет"); Ukrainian: until
    r"|\bдо тех пор,? пока\b|\bпока (?:\w+ ){1,3}?не (?:будет|будут)\b|\bдоки\b"
    # Czech: until
    r"|\bdokud\b"
    # Arabic: until (a verb or an end still ahead), never "so far", "حتى الآن"
    r"|\bحتى (?:يتم|تتم|يشغل|تشغل|ينتهي|تنتهي|نختار|نتخذ|يتخذ|انتهاء|اكتمال|إشعار)\b"
    # Hungarian: when the decision is made
    r"|\bamikor (?:megszületik|megszület\w*|a döntés|döntünk|döntöttünk|lezárul|véget)\b"
    # Turkish: once it is decided
    r"|\bkarar (?:verildiğinde|verdiğimizde)\b"
    # Swahili: when (it is done), inside the verb ("utakapofanywa")
    r"|\b\w*takapo\w*"
    # Korean: once (the decision) is made
    r"|내려지면"
    # Chinese: before the post is filled, the process ends
    r"|在[^。！？；\n]{0,15}(?:招满|招滿|填补|填補|结束|結束|完成|确定|確定)之前"
)
