"""A refusal still to come, told as what will happen (issue 11, twenty-second pass, part K).

A confirmation often ends with its rule for the people not chosen: "Those not chosen get an
email when the post is filled", "If another applicant fills the role, you'll be told by email",
"After the position is filled, all other applicants will be informed". The filling or the choice
stands in a clause of time or condition (when, once, as soon as, after, if, should, in case),
told in the present or the future, and the main clause tells what the reader or the others
WILL hear: no decision taken. Read here as a rule (rules_ahead.rule_sentence), in English and
in the languages read ("Nach Besetzung der Stelle erhalten alle anderen Bewerber eine
Nachricht", "Une fois le poste pourvu, les autres candidats recevront un courriel", "Cuando se
cubra la vacante, los demás candidatos recibirán un correo", "Po obsadzeniu stanowiska pozostali
kandydaci otrzymają wiadomość").

Not read: the filling told as done ("the post has been filled, so we will not take your
application further", "once we had interviewed, we appointed someone else"), nor a sentence
with a refusal of the reader's application in it ("when the role is filled we will not keep
your application").
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import Prefiltered

__all__ = ["FILLED_AHEAD_NEEDS", "filled_ahead"]

_POST = (
    r"(?:post|position|role|vacancy|job|opening|place|seat|requisition|opportunity|stelle|"
    r"position|poste|vacante|plaza|puesto|stanowisko|stanowiska|etat|miejsce)"
)
# The filling or the choice in a clause still to come: its opener, then the present or the
# future ("when the post is filled", "once the vacancy has been filled", "as soon as we
# appoint", "if another applicant fills the role", "should the position be filled by someone
# else", "in case we choose another candidate", "after someone is appointed"); never a past
# ("once we had interviewed", "when the role was filled")
_WHEN_FILLED = re.compile(
    r"\b(?:when|whenever|once|as soon as|after|if|should|in case|in the event that)\b"
    # (within the clause: not "After careful consideration, we have selected another candidate
    # and will email you feedback", a refusal with its opener's clause closed by a comma)
    r"[^.!?\n;:,]{0,50}?"
    r"\b(?:(?:is|are|has been|have been|gets|get|be|becomes) (?:filled|appointed|chosen|"
    r"selected|made|offered|taken|closed)"
    r"|fills?|appoints?|selects?|chooses?|picks?|offers? (?:it|the (?:post|position|role|job))"
    r"|(?:we|they|the (?:panel|team|hiring manager|client|employer)) (?:appoint|select|choose|"
    r"pick|make (?:an|a|the|our) (?:appointment|hire|offer|choice|selection|decision)|hire|"
    r"recruit|fill|decide)\b"
    r"|(?:an?|the) (?:appointment|offer|hire|selection|decision|choice) (?:is|has been) made)\b"
    # the languages read ("Nach Besetzung der Stelle", "sobald die Stelle besetzt ist", "une
    # fois le poste pourvu", "si le poste est pourvu", "dès que le poste sera pourvu", "cuando
    # se cubra la vacante", "si la vacante se cubre", "una vez cubierta", "po obsadzeniu
    # stanowiska", "gdy stanowisko zostanie obsadzone", "jeśli wybierzemy"; not "nach der
    # Entscheidung", "po zakończeniu rekrutacji", which a refusal told as done opens as well)
    r"|\bnach (?:der )?besetzung\b"
    r"|\b(?:sobald|wenn|falls|nachdem)\b[^.!?\n;:]{0,50}?\b(?:besetzt|vergeben|entschieden|"
    r"ausgewählt)\b(?! (?:wurde|war|worden)\b)"
    r"|\b(?:une fois|dès que|lorsque|quand|si|au cas où)\b[^.!?\n;:]{0,50}?"
    r"\b(?:pourvu|pourvue|attribué|attribuée|choisi|choisie|sélectionné|sélectionnée)\b"
    r"|\b(?:cuando|una vez|en cuanto|si|tan pronto como|después de que)\b[^.!?\n;:]{0,50}?"
    r"\b(?:se cubra|se cubre|cubierta|cubierto|se ocupe|elijamos|seleccionemos|se seleccione|"
    r"se elija|se haya cubierto|esté cubierta|esté cubierto)\b"
    r"|\bpo obsadzeniu\b"
    r"|\b(?:gdy|kiedy|jeśli|jeżeli|jak tylko|po tym jak)\b[^.!?\n;:]{0,50}?"
    r"\b(?:zostanie obsadzone|zostanie obsadzony|obsadzimy|wybierzemy|zostanie wybran\w*)\b"
)
_WHEN_FILLED_FAST = Prefiltered(_WHEN_FILLED)
FILLED_AHEAD_NEEDS = (_WHEN_FILLED_FAST,)
# ... and the main clause tells who will hear, in the future or as a habit ("get an email",
# "will be informed", "hears from us", "you'll be told", "we will let you know", "are
# notified")
_TOLD_AHEAD = re.compile(
    r"\b(?:(?:will|['\u2019]ll|shall|would) (?:be )?(?:told|notified|informed|contacted|emailed|"
    r"e-mailed|advised|hear|receive|get|let|write|email|e-mail|inform|notify|contact|tell|"
    r"update|send)"
    r"|(?:get|gets|receive|receives) (?:an?|our|the|a short) (?:e-?mail|message|note|letter|"
    r"notification|update|reply)"
    r"|(?:hear|hears) (?:back )?from us|(?:are|is) (?:told|notified|informed|contacted|emailed)"
    r"|(?:we|i) (?:email|e-mail|write to|notify|inform|tell|contact|let)\b)"
    r"|\b(?:erhalten|bekommen|informieren wir|benachrichtigen wir|werden (?:alle |sie )?"
    r"(?:informiert|benachrichtigt)|geben wir|melden wir)\b"
    r"|\b(?:recevront|recevrez|recevra|serez informée?s?|seront informée?s?|vous informerons|"
    r"vous préviendrons|informerons|préviendrons|écrirons|sont informés|seront prévenus)\b"
    r"|\b(?:recibirán|recibirá|recibiréis|le avisaremos|te avisaremos|avisaremos|"
    r"informaremos|comunicaremos|notificaremos|serán informad\w+|será informad\w+|escribiremos)\b"
    r"|\b(?:otrzymają|otrzyma|otrzymasz|otrzymacie|poinformujemy|powiadomimy|damy znać|"
    r"zostaną poinformowan\w*|zostanie poinformowan\w*|zostaniesz poinformowan\w*|napiszemy)\b"
)
# ... and no refusal of the reader's application in the sentence ("will not take your
# application further", "won't be progressing", "we decided not to")
_REFUSED = re.compile(
    r"\b(?:not|n['\u2019]t|no longer|unable)\b[^.!?\n]{0,30}\b(?:take|taking|progress|"
    r"progressing|proceed|proceeding|move|moving|keep|continue|consider|considering|invite|"
    r"inviting|offer|offering|shortlist|go forward|going forward|be able)\b"
    r"|\bdecided\b"
    # (part O: this post filled or another chosen, told as done beside a rule for later posts:
    # "the position has already been filled, and when we fill future roles we will tell you")
    r"|\b(?:has|have|had) (?:already|now) been (?:filled|taken)\b|\bwas (?:already )?filled\b"
    r"|\bwe(?:['\u2019]ve| have)? (?:appointed|chosen|chose|selected|hired|offered the \w+ to) "
    r"(?:someone|another|an? other|a different)\b"
    r"|\b(?:nicht|keine|pas|ne|no|nie)\b(?! chosen| selected| shortlisted)"
    r"(?=[^.!?\n]{0,30}\b(?:weiter|berücksichtig|retenu|retenir|seguir|avanzar|dalej|"
    r"kontynu|seleccionad))"
)


def filled_ahead(lowered: str, left: int, right: int) -> bool:
    """Does the sentence lowered[left:right] tell what will happen when the post is filled or
    someone is chosen ("Those not chosen get an email when the post is filled", "If another
    applicant fills the role, you'll be told by email"), with no refusal of the reader's
    application in it?"""
    found = _WHEN_FILLED_FAST.search(lowered, left, right)
    if found is None or _TOLD_AHEAD.search(lowered, left, right) is None:
        return False
    return _REFUSED.search(lowered, left, right) is None
