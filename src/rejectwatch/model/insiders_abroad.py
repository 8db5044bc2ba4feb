"""Someone the sender already knows chosen for the post, told by name in the widely spoken
languages (issue 11, fortieth pass).

Blind slice 44's misses in German, French, Italian, Portuguese and Russian were one refusal,
the one rejectwatch.model.insiders_chosen reads in English: after a trial day, the post went to
someone named who already helps the sender, said as a plain choice with a clause on who they
are and no refusal word. The readings here take a name (with a title or not) between the choice
and that clause:

* German "die Stelle in der Tortenabteilung bekommt Frau Leitner, die bei uns schon …", "wir
  haben uns für Jonas entschieden, der …", "den Platz haben wir an Jonas vergeben, der …";
* French "nous avons pris Monsieur Kasongo, qui travaille … avec nous depuis …";
* Italian "abbiamo scelto Gabriele, che da due estati ci aiuta …", "il posto è andato a …";
* Portuguese "quem vai ocupar o lugar de ajudante é a Dona Amélia, que …", "escolhemos o Rui,
  que …";
* Spanish "hemos elegido a Marta, que ya nos ayuda …", "el puesto se lo dimos a Ramón, que …";
* Russian "место подмастерья мы отдали Денису — он уже два года помогает нам".

Never the reader as the one chosen ("Sie", "vous", "lei", "você", "usted", "вам"), and, like
every outcome reading (rejectwatch.model.plain_outcomes appends them), none in a conditional,
still-to-come or quoted sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

# a name, with a letter of any script (a capital is lost to lower-casing)
_NAME = r"[^\W\d_]{2,}(?:-[^\W\d_]+)?"

# German: a name, never the reader ("Sie", "dich") or a pronoun
_DE_NOT = (
    r"(?!(?:sie|ihnen|dich|dir|euch|uns|ihn|ihr|jemand\w*|eine?[nmrs]?|den|die|das|der|für)\b)"
)
_DE_NAME = r"(?:(?:frau|herrn?|fräulein) )?" + _DE_NOT + _NAME + r"(?: " + _DE_NOT + _NAME + r")?"
# ... and who they are: "…, die bei uns schon …", "…, der seit …"
_DE_WHO = r"(?:,| –| -) (?:der|die|den|er|sie)\b"
_DE = re.compile(
    r"\b(?:die stelle|den platz|der platz|die position|den job|der job|die lehrstelle|den posten|"
    r"die aushilfsstelle)\b[^.!?\n]{0,60}? (?:bekommt|bekam|übernimmt|übernahm|erhält|erhielt|"
    # (forty-first pass, third round: "den Platz an der Drechselbank hat jetzt Frau Kempe, die …")
    r"geht an|ging an|hat jetzt|hat nun|hat inzwischen) "
    # (third round: a start between, "übernimmt ab Februar Lukas Dold, der …")
    r"(?:(?:ab|zum|im|schon|bereits|nun|jetzt) (?:[^\W\d_]+ )?)?"
    + _DE_NAME
    + _DE_WHO
    + r"|\b(?:wir haben|haben wir) (?:uns )?(?:(?:jetzt|nun|schon|bereits|letztlich|schließlich|"
    r"doch|also) )?(?:für )?"
    + _DE_NAME
    + r" (?:entschieden|genommen|eingestellt|gewählt|ausgewählt)"
    + _DE_WHO
    + r"|\b(?:haben wir|wir haben) (?:[a-zäöüß]+ )?an "
    + _DE_NAME
    + r" (?:vergeben|gegeben)"
    + _DE_WHO
)  # fmt: skip

# French: "nous avons pris Monsieur Kasongo, qui …" (a title before the name; the name alone is
# read by rejectwatch.model.languages_spoken)
_FR = re.compile(
    r"\b(?:avons|on a|ont)(?: (?:finalement|donc|plutôt|déjà))? (?:choisi|retenu|engagé|"
    r"embauché|pris|préféré) (?:monsieur|madame|mademoiselle|mme|mlle) "
    + _NAME
    + r", qui\b(?![^,;:.!?\n]*\b(?:vous|votre|vos|tu|te|toi|ton|ta|tes)\b)"
    # (forty-first pass: a first and last name with no title, told with what they did with the
    # sender, "nous avons retenu Noémie Jaccard, qui a fait son stage chez nous")
    # (... or the post that falls to someone, "le poste de monteur revient à Julien Rouquette, qui
    # travaillait jusqu'ici chez un confrère")
    + r"|\b(?:le poste|la place|le travail|l['\u2019]emploi)\b[^.!?\n]{0,40}? (?:revient|"
    r"reviendra|est revenu|est allé|va) à (?!vous\b|toi\b)(?:(?:monsieur|madame|mademoiselle|"
    r"mme|mlle|m)\.? )?" + _NAME + r"(?: " + _NAME + r")?, qui\b"
    r"(?![^,;:.!?\n]*\b(?:vous|votre|vos|tu|te|toi|ton|ta|tes)\b)"
    + r"|\b(?:avons|on a|ont)(?: (?:finalement|donc|plutôt|déjà))? (?:choisi|retenu|engagé|"
    r"embauché|pris|préféré) (?!(?:vous|votre|un|une|le|la|les|des|quelqu)\b)"
    + _NAME
    + r" "
    + _NAME
    # (forty-second pass: whatever the clause says of them, "nous avons retenu Lilou Arnaud, qui
    # peint des santons avec sa grand-mère depuis l'enfance")
    + r", qui\b(?![^;:.!?\n]*\b(?:vous|votre|vos|tu|te|toi|ton|ta|tes)\b)"
    # (... and another's application kept, "nous avons retenu la candidature de Mme Perrin")
    + r"|\b(?:avons|on a|ont)(?: (?:finalement|donc|plutôt|déjà))? (?:retenu|choisi|préféré) la "
    r"candidature (?:de|d['\u2019]) ?(?!(?:vous|toi)\b)(?:(?:monsieur|madame|mademoiselle|mme|"
    r"mlle|m)\.? )?(?:un(?:e)? autre|" + _NAME + r")"
)

# Italian: "abbiamo scelto Gabriele, che …", "il posto è andato a Gabriele, che …"
_IT_NAME = (
    r"(?:(?:il |la )?(?:signor|signora|signorina|sig\.|sig\.ra) )?(?!(?:lei|te|voi|lui|un|una|"
    r"uno|altr\w*|qualcun\w*|chi)\b)" + _NAME
)
_IT = re.compile(
    r"\babbiamo (?:(?:già|quindi|poi|infine|alla fine) )?(?:scelto|preso|assunto|preferito|"
    r"(?:dato|affidato|assegnato) il posto a) "
    + _IT_NAME
    # (forty-second pass: a first and last name, "abbiamo preso Marco Rinaldi, che …")
    + r"(?: " + _NAME + r")?, (?:che|il quale|la quale)\b"
    + r"|\b(?:il posto|la posizione|il lavoro|il ruolo)\b[^.!?\n]{0,40}? (?:è andat[oa]|va|"
    r"andrà|è stat[oa] (?:dat|affidat|assegnat)[oa]) a "
    + _IT_NAME
    # (forty-first pass: or with who they are between, "è andato a Elisa, la nipote della signora
    # Rina, che …")
    + r"(?:, (?:la|il|lo|l['\u2019]|sua|suo|nostra|nostro|una|un) [^,.!?\n]{1,50})?"
    + r", (?:che|il quale|la quale)\b"
)  # fmt: skip

# Portuguese: "quem vai ocupar o lugar de ajudante é a Dona Amélia, que …", "escolhemos o Rui,
# que …" (never "é você", "é a senhora" alone: the reader)
_PT_NAME = (
    r"(?:a |o )?(?:(?:dona|d\.|senhora|senhor|sr\.|sra\.|seu|dom) )?(?!(?:você|vocês|si|ti|tu|"
    r"senhora|senhor|alguém|outr[ao]s?|uma?)\b)" + _NAME
)
_PT = re.compile(
    r"\bquem (?:vai ocupar|ocupará|ocupa|vai ficar com|fica com|ficará com|vai assumir|assume|"
    r"assumirá) (?:o lugar|a vaga|o posto|a posição|o cargo|o trabalho)\b[^.!?\n]{0,40}? "
    r"(?:é|será) "
    + _PT_NAME
    + r", que\b"
    + r"|\b(?:escolhemos|contratámos|contratamos|ficámos com|chamámos|optámos por|preferimos) "
    + _PT_NAME
    # (forty-second pass: a first and last name, "escolhemos a Beatriz Lima, que já …")
    + r"(?: " + _NAME + r")?"
    # (fourth round: or with who they are between, "escolhemos a Marta, sobrinha da mestra, que
    # já …")
    + r"(?:(?:, [^,.!?\n]{1,40})?, que (?:já|trabalha|ajuda|está|tem|conhece|faz)\b"
    # (forty-third pass: or for a post told bare, "Escolhemos a Beatriz para ajudante; é
    # afilhada da dona")
    r"| para (?:o lugar|a vaga|o posto|o cargo|(?!(?:o|a|os|as|um|uma|que|isso|este|esta|"
    r"ele|ela)\b)[a-zà-ú]+)(?: de [a-zà-ú]+)?(?=[ \t]*(?:[;,.\u2014\u2013]|\n|$| -)))"
    # (forty-second pass: someone told by who they are taking the place, "A Graça, filha da D.
    # Felismina, que já nos ajudava nas feiras, fica com o lugar de pintora")
    + r"|(?:^|(?<=[.!?:;\n] )|(?<=\n))(?!(?:quem|que|ela|ele|elas|eles|isso|isto)\b)" + _PT_NAME
    + r"(?:, [^.!?\n]{1,90},)? (?:fica|ficou|"
    r"ficará|vai ficar) com (?:o lugar|a vaga|o posto|o trabalho|a posição|o cargo)\b"
    # (forty-third pass: or the place told first and who took it after, "Ficou com o lugar uma
    # vizinha que …")
    r"|\b(?:ficou|fica|ficará) com (?:o lugar|a vaga|o posto|o trabalho|o cargo) (?:uma?|o|a) "
    r"[^,.!?\n]{1,40}? que\b"
)  # fmt: skip

# Spanish: "hemos elegido a Marta, que ya nos ayuda …", "el puesto se lo dimos a Ramón, que …"
_ES_NAME = (
    r"(?:(?:don|doña|la señora|el señor|la|el) )?(?!(?:usted|ti|ustedes|alguien|otr[ao]s?|"
    r"una?)\b)" + _NAME
)
_ES = re.compile(
    r"\b(?:hemos elegido|hemos escogido|hemos contratado|elegimos|escogimos|contratamos) a "
    + _ES_NAME
    + r"(?: " + _NAME + r")?, que (?:ya|lleva|trabaja|trabajó|nos|conoce|está|estuvo|viene)\b"
    # (forty-second pass: "nos quedamos con Lucía Ferrer, que ya trabajó con nosotros")
    + r"|\b(?:nos quedamos|nos hemos quedado|nos quedaremos) con " + _ES_NAME + r"(?: " + _NAME
    + r")?, que\b(?![^;:.!?\n]*\b(?:usted|ustedes|te|ti|tu|su candidatura)\b)"
    + r"|\b(?:el puesto|el trabajo|la plaza|el lugar|la vacante)\b[^.!?\n]{0,40}? (?:se lo|se la) "
    r"(?:dimos|hemos dado|dio|ha dado|dieron|han dado) a "
    + _ES_NAME
    + r", que\b"
    # (forty-first pass: the post named first and the one who comes in, "como ayudante de
    # destilación entra Rubén Aramayo, que ya trabajó tres vendimias con nosotros")
    + r"|(?:^|(?<=[.!?:;\n] )|(?<=\n))como [^.!?\n,]{1,50}? (?:entra|entrará|se incorpora|se "
    r"incorporará|empieza|empezará|comienza|se queda) "
    + _ES_NAME
    + r"(?: " + _NAME + r")?, que (?:ya|lleva|trabajó|trabaja|estuvo|conoce|nos)\b"
)  # fmt: skip

# (second round) French: "c'est Adjoua, la fille de notre fournisseuse, qui a été retenue"
_FR_APPOSED = re.compile(
    r"\bc['\u2019]est (?!vous\b|toi\b|à\b|un\b|une\b|le\b|la\b|les\b)" + _NAME
    + r", (?:la|le|l['\u2019]|notre|nos|un|une|mon|ma) [^.!?\n]{1,80}?, qui (?:a été "
    r"(?:retenue?|choisie?|engagée?|prise?|sélectionnée?)|prendra|occupera|commence)\b"
)  # fmt: skip
# (second round) Spanish: "el puesto de ayudante de secado quedó para Osmar, hijo de …"
_ES_WENT_TO = re.compile(
    r"\b(?:el puesto|la plaza|el trabajo|el lugar|la vacante)\b[^.!?\n]{0,40}? (?:quedó|se "
    r"quedó|queda|ha quedado|se lo llevó|se la llevó) (?:para|con) "
    r"(?!(?:usted|ti|vos|el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|próximo|mes|"
    r"año)|la (?:semana|próxima)|después|más adelante|otra ocasión|mañana)\b)"
    + _ES_NAME
    + r"(?:,| que\b| de\b)"
)  # fmt: skip
# Russian: "место подмастерья мы отдали Денису — он уже …", "… отдали Денису, который …"
_RU = re.compile(
    r"\b(?:место|должность|вакансию|позицию|работу)\b[^.!?\n]{0,40}? мы (?:уже )?(?:отдали|"
    r"передали|отдаём|отдадим) (?!вам\b|тебе\b)[^\W\d_]{2,}(?: [^\W\d_]{2,})?(?: —| -|,|:) "
    r"(?:он|она|который|которая|кто)\b"
)

# (forty-second pass) the post that went to someone, said plainly: Russian "место росписчицы
# досталось Алёне Кудрявцевой", German "die Stelle hat Jonas Weber bekommen", Korean "… 배운
# 분으로 정했습니다" (settled on a person who …)
_RU_WENT = re.compile(
    r"\b(?:место|должность|вакансия|работа|позиция)\b[^.!?\n]{0,40}? (?:досталось|досталась|"
    r"достался|достались|отошло|отошла|отошёл|получил|получила) "
    r"(?!(?:вам|тебе|вы|ты|нам|нас|мне|меня)\b)"
    r"[^\W\d_]{2,}"
)
_DE_GOT = re.compile(
    r"\b(?:die stelle|den platz|der platz|den job|die lehrstelle|den posten|die position)\b"
    r"[^.!?\n]{0,40}? hat (?:(?:jetzt|nun|schon|bereits) )?" + _DE_NAME + r" (?:bekommen|"
    r"erhalten|übernommen)\b"
)
_KO_SETTLED = re.compile(
    r"분(?:으로 (?:정했|결정했|정하였|결정하였)|을 (?:뽑았|선택했|채용했|모시기로))"
)

READINGS = readings(
    ("chose_other", _DE),
    ("chose_other", _FR),
    ("chose_other", _IT),
    ("chose_other", _PT),
    ("chose_other", _ES),
    ("chose_other", _RU),
    ("chose_other", _FR_APPOSED),
    ("chose_other", _ES_WENT_TO),
    ("chose_other", _RU_WENT),
    ("chose_other", _DE_GOT),
    ("chose_other", _KO_SETTLED),
)
