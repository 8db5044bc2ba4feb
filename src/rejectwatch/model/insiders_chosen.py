# ruff: noqa: RUF002, RUF003  (Cyrillic letters and full-width commas are the words read)
"""Someone the sender already knows chosen for the post, told without a refusal word (issue 11,
thirty-ninth pass).

Blind slice 41's misses, read by kind, were nearly all one refusal: after a trial, a tour or a
session, the post went to someone who already helps the sender, said as a plain choice:

* **someone asked to take the post** ("we've asked Mairéad, who has exercised the young horses
  every Sunday, as our working pupil", "we have invited Sam to be our new cellar hand");
* **someone named as the post's holder after a vote or a meeting** ("the board voted last night
  and Mélissa Paradis is our volleyball mentor for the season");
* **a relative taken on** by the one who hires ("the skipper's taken on his cousin's lad from
  Whalsay");
* **the crew full with the people listed** ("the roadshow's full with the two above") and a
  chair taken by someone ("nail tech chair now taken by our trainee Kim");
* the same choice in the widely spoken languages: French "c'est Maritxu qui prendra le poste",
  Russian "на место подмастерья мы пригласили Веру", Swahili "nafasi ya … tumempa Mwanaisha",
  Korean "… 분을 모시기로 했습니다", Chinese "这个位置，我们已经请了…", Thai
  "ตำแหน่ง…เราได้รับน้อง…ซึ่ง…", Malay and Iban "… udah diberi ngagai Indai Jalin", and the
  Persian-script "… را انتخاب کردیم" (and its Caspian "ره … انتخاب هاکردمی").

Second round (blind slice 42's misses): the post or its spots **gone, or going, to someone
named** without an article before the post ("route job's going to Luis who's sharpened with me",
"the floor marshal spots went to Jaz and Marco from Thursday adult skate"); the post **filled or
taken up by** someone, with where the post is between ("ground crew slot filled by Dwayne from
the mooring team", "the vacancy at the studio, Mysuru, has been taken up by Mrs. Shanthamma");
someone from a place or a relative who **will be taking** the post, a choice made though told
ahead ("Kirsten from the chestnut van will be taking the orchard hand position this season");
Italian "abbiamo preso due ragazzi di …", Portuguese "o lugar … ficou para a D. Albertina",
Arabic "قررنا أن يأخذ المكان …", Korean "… 분이 맡게 되었습니다" and Thai "เราได้น้อง… มาช่วยแล้ว".

Third round (blind slice 43's misses): the post **someone's now** ("the helper seat in the
workshop is Teiki's now", "the helper job is now with Amina"); the post **passed, given or
handed to someone**, told first ("the trainer post we have passed to Faizal, our former tekong",
"about the walk leader job you asked after: we've given it to Cerys from the hostel"); the post
gone to someone told by an apposition ("… has gone to Marty, our league captain"); someone asked
"to join as" the post; the reader's name absent from a list told just before ("It holds the
seven highest-ranked applicants; your name is absent from it"); Italian "il posto al banco
l'abbiamo dato a …", Chinese "…的位置，我们请了…", Thai "ตำแหน่ง…เป็นของพี่…แล้ว", French "ce
sera Seydou, un jeune de …", Spanish "el puesto … ya lo ocupa doña …", Korean "… 분이 맡게
되어" and Hindi "गद्दी अब … ने सँभाल ली है".

Never the reader as the one chosen ("we've asked you to be", "c'est vous qui", "귀하를"), never
a staff role taken on to handle the reader's application (an interviewer, a contact, a mentor
for the reader), and, like every outcome reading (rejectwatch.model.plain_outcomes appends them),
none in a conditional, still-to-come or quoted sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.hired_by_name import _NAME, _NOT_A_SLIP, _NOT_STAFFING, _POST, _RELATIVE
from rejectwatch.model.prefilter import readings

__all__ = ["NEWS_READINGS", "OWN_WORDS", "READINGS"]

# never the reader, a pronoun, a team or an office
_NOT_THE_READER = (
    r"(?!(?:you|your|yours|yourself|us|them|him|her|it|this|that|the|our|a|an|everyone|all|both|"
    r"team|panel|hr|someone|somebody)\b)"
)
# a post, never a role in the hiring of the reader ("the interviewer", "our point of contact")
_OUR_POST = (
    r"(?:our|the) (?:new |next )?(?!(?:[a-z\-]+ )?(?:interviewer|contact|point|coordinator|"
    r"recruiter|host|chair|referee|reference|liaison|representative|rep|panel\w*|assessor|"
    r"buddy|guide)s?\b)(?:[a-z\-]+ ){0,2}?[a-z\-]+"
)
# a name of one or two words ("Mairéad", "Kahurangi Whaanga")
_NAMES = _NAME + r"(?: " + _NAME + r")?"
# someone asked or invited to take the post: who asked whom (each branch opens on it)
_ASKED_WHOM = (
    r"\b(?:we|i|they|he|she)(?:" + _A + r"ve| have| has| had)?(?: just| now| already| finally)? "
    r"(?:asked|invited) " + _NOT_THE_READER + _NAMES
)
_ASKED = re.compile(
    _ASKED_WHOM
    + r"(?:,? who\b[^.!?\n]{0,140}?,)? (?:as|to be|to become|to join us as|"
    r"to step in as|to take on the role of) "
    + _OUR_POST
    + _NOT_STAFFING
    # (third round: or "to join as" a post named bare, after who the one asked is, "We've asked
    # Renata, who wrote …, to join as Onboard Software Engineer"; never a bare "asked Kim to join
    # as the captain for Saturday's match", everyday mail)
    + r"|"
    + _ASKED_WHOM
    + r",? who\b[^.!?\n]{0,140}?, (?:to join as|to come on as|to come "
    r"on board as) (?:an? )?(?!(?:[a-z\-]+ )?(?:interviewer|contact|coordinator|recruiter|host|"
    r"panel\w*|assessor|buddy|guide)s?\b)(?:[a-z\-]+ ){0,3}?[a-z\-]+"
    + _NOT_STAFFING
)  # fmt: skip
# (fortieth pass) the one who hires' own kin, told bare ("my brother-in-law")
_KIN = (
    r"(?:son|daughter|nephew|niece|brother|sister|cousin|grandson|granddaughter|uncle|aunt|"
    r"wife|husband|mum|dad)(?:-in-law)?s?\b"
)
# someone named as the post's holder after a vote or a meeting
_VOTED = re.compile(
    r"\b(?:voted|decided|met|agreed|deliberated|talked it over|chose)\b[^.!?\n]{0,60}?"
    r"(?:,|;| and| –| -) "
    + _NOT_THE_READER
    + _NAME
    + r"(?: " + _NAME + r")? is (?:now |going to be |to be )?" + _OUR_POST
    + r" (?:for|from|this|next|starting)\b"
    + _NOT_STAFFING
)  # fmt: skip
# a relative taken on by the one who hires ("the skipper's taken on his cousin's lad")
_RELATIVE_TAKEN = re.compile(
    r"\b(?:we|i|they|he|she|the (?:[a-z\-]+ )?(?:skipper|owner|boss|manager|foreman|chef|"
    r"farmer|gaffer|landlord|landlady|partners?|directors?|family|yard|crew|shop))(?:"
    + _A
    + r"ve|"
    + _A
    + r"s| have| has| had)?(?: just| now| already| finally)? (?:hired|taken on|took on|signed "
    r"on|engaged|brought on|asked|picked|chosen|chose|gone with|went with|settled on|started) "
    r"(?:(?:his|her|their|our|my) )?"
    + _RELATIVE
    + _NOT_STAFFING
    # (fortieth pass: or the one who hires' own kin, "for the trishaw rider job we already take
    # my brother-in-law"; never one asked, "I've asked my sister to look over your CV")
    + r"|\b(?:we|i|they|he|she)(?:" + _A + r"ve| have| has| had)?(?: just| now| already| finally)? "
    r"(?:hired|taken on|took on|signed on|brought on|gone with|went with|settled on|started|"
    r"(?<=already )take|(?<=already )took) (?:his|her|their|our|my) (?:own )?" + _KIN
    + _NOT_STAFFING
)  # fmt: skip
# the crew full with the people listed, a chair taken by someone
_FULL_WITH = re.compile(
    r"\b(?:is|are|" + _A + r"s|" + _A + r"re)(?: now| already)? full (?:up )?with (?:the|those|"
    r"these|both|all)(?: (?:two|three|four|five|six|names|people|ones|folk))? (?:above|listed|"
    r"named|ticked)\b"
    r"|\b(?:[a-z\-]+ )?(?:tech|stylist|barber|artist|chef|station) (?:chair|station|seat) "
    r"(?:now |already )?(?:is |was |has been |" + _A + r"s been )?taken by (?:our |the |my |a )?"
    r"(?!you\b|your\b)[^\W\d_]+"
)  # fmt: skip

# who the one chosen is: "…, who", "… from", "…, our league captain"
_WHO_OR_WHERE_FROM = (
    r"(?:,? who\b|,? who" + _A + r"s\b|,? whose\b| from\b|, (?:our|a|an|the|his|her|my|their)\b)"
)
# (second round) the post or its spots gone, or going, to someone named ("route job's going to
# Luis who's …", "the floor marshal spots went to Jaz and Marco from Thursday adult skate")
_GONE_TO = re.compile(
    r"\b" + _POST + r"s?(?: for (?:this|the|next) [a-z\-]+)?(?:" + _A + r"s| is| are| has| have)?"
    r"(?: now| already)? (?:going|gone|went|been given|been handed)"
    # (fifty-fifth pass: "first", "instead" or "in the end" between, "Interview places went first
    # to those whose research sits nearer canal freight demand", slice 112; never a first call
    # with more to come, "went first to local applicants, then to the rest")
    r"(?: instead| in the end| eventually| first(?![^.!?\n]*\b(?:then|next|later|the rest|"
    r"remaining|after that|second)\b))? to "
    + _NOT_THE_READER
    + _NAME
    + r"(?: and " + _NAME + r")?" + _WHO_OR_WHERE_FROM
    + _NOT_STAFFING
)  # fmt: skip
# ... filled or taken up by someone, where the post is told between ("ground crew slot filled by
# Dwayne from …", "the vacancy at the studio, Mysuru, has been taken up by Mrs. Shanthamma")
_FILLED_BY = re.compile(
    r"\b" + _POST + r"s?(?: (?:at|in|with|for|on) [^.!?\n]{1,60}?)?,?(?:" + _A + r"s| has| have|"
    r" is| are| was| were)?(?: now| already| just)?(?: been)? (?:filled|taken up) by "
    r"(?:an? |the |our |my |one of )?(?!you\b|your\b|yourself\b)[^\W\d_]+"
    + _NOT_STAFFING
)  # fmt: skip
# ... someone from a place, or a relative, who will be taking the post: a choice made, told
# ahead ("Kirsten from the chestnut van will be taking the orchard hand position this season",
# "a neighbour's son, Ferdia, will be taking …"); its own "will" is no condition (OWN_WORDS)
_WILL_TAKE = re.compile(
    r"(?:" + _NOT_THE_READER + _NAME + r" from (?:the |our )?[^.!?\n,;]{1,40}?|" + _RELATIVE
    + r"(?:, " + _NAME + r",)?) will be (?:taking|filling|taking on|taking up|stepping into) "
    r"(?:the|this|our) (?:[a-z\-]+ ){0,3}?(?:position|role|job|post|spot|place|vacancy|opening)\b"
    + _NOT_STAFFING
)  # fmt: skip
# (third round) the post someone's now ("the helper seat in the workshop is Teiki's now", "the
# helper job is now with Amina")
# (two branches, each opened by the post's word and read only in mail that holds its "now":
# opened by "the", the reading cost 3 us a message)
_HELD_POST = (
    r"(?<!your )(?<!my )\b(?:" + _POST + r"|seat|chair|bench|desk|station)"
    r"(?: (?:in|at|with|on) (?:the |our )?[^.!?\n,]{1,40}?)? (?:is|" + _A + r"s) "
)
_HOLDER_NOW = re.compile(
    _HELD_POST
    + r"(?:now )?" + _NOT_THE_READER + _NAME + _A + r"s now\b"
    + _NOT_STAFFING
    + r"|" + _HELD_POST
    + r"now (?:" + _NOT_THE_READER + _NAME + _A + r"s\b|with " + _NOT_THE_READER + _NAME + r")"
    + _NOT_STAFFING
)  # fmt: skip
# ... passed, given or handed to someone, told first ("the trainer post we have passed to
# Faizal, our former tekong", "about the walk leader job you asked after: we've given it to
# Cerys from the hostel")
_PASSED_TO = re.compile(
    r"\b" + _POST + r"\b[^.!?\n]{0,80}?\b(?:we|i|they|he|she|the (?:[a-z]+ )?(?:committee|"
    r"board|panel|club|owners?|partners|crew|boss|manager|family|skipper|foreman|chef|farmer|"
    r"gaffer|captain|coach|trustees|directors?))(?:" + _A + r"ve|" + _A + r"s| have| has|"
    r" had)?(?: just| now| already)? (?:passed|given|handed|offered|gave|handed over)(?: it)?"
    r"(?: over)? to "
    + _NOT_THE_READER
    # (fortieth pass: or to a relative, "the committee's given it to Femke's dad")
    + r"(?:" + _NAME + _WHO_OR_WHERE_FROM + r"|" + _RELATIVE + r")"
    + _NOT_STAFFING
)  # fmt: skip
# ... the reader's name absent from a list told just before ("It holds the seven highest-ranked
# applicants; your name is absent from it"); never a slip put right
_OFF_THE_LIST = re.compile(
    r"(?:(?:\b(?:list|register|roster)\b[^.!?\n]{0,120}?|\b(?:it|that|this) (?:holds|has|"
    r"lists|names|contains|includes) the [^.!?\n;]{1,60}?\b(?:applicants|candidates|names))[;,] "
    r"(?:and )?your name (?:is|was) (?:absent|missing|not) (?:from|on|in|among) (?:it|them)\b"
    # (fortieth pass: or the list full without it, "the interview list is now full, without your
    # name"; second round: or the name outside the list, "your name is therefore outside the
    # list of candidates eligible for the main examination")
    r"|\b(?:interview |short)?list (?:is|was|" + _A + r"s) (?:now |already )?(?:full|complete|"
    r"closed|final|settled)(?:,| and| but)? (?:and |but )?without (?:your name|you)\b"
    r"|\byour name (?:(?:therefore|thus|hence|accordingly|so) )?(?:is|was|falls|fell|stands|"
    r"remains) (?:therefore |thus |hence |accordingly |so )?(?:outside|not among|left out of) "
    r"the (?:[a-z\-]+ )?(?:list|roster|register|shortlist|merit list|panel)\b)" + _NOT_A_SLIP
)
# Italian: "il posto al banco l'abbiamo dato a Matteo"
_IT_GIVEN = re.compile(
    r"\b(?:il posto|la posizione|il lavoro|il ruolo)(?: (?:di|al|alla|allo|in|nel|nella|del|"
    r"della) [^.!?\n,]{1,30}?)? l['\u2019]abbiamo (?:dato|affidato|assegnato) a "
    r"(?!lei\b|te\b|voi\b|lui\b)"
)
# French: "ce sera Seydou, un jeune de Ségou"
_FR_WILL_BE = re.compile(
    r"\bce sera (?!vous\b|toi\b|le\b|la\b|les\b|un\b|une\b|pour\b|à\b|avec\b|en\b|au\b|"
    r"possible\b|difficile\b|fait\b|bon\b)[^\W\d_]+, (?:un|une|notre|qui)\b"
)
# Spanish: "el puesto de tejedora ya lo ocupa doña Rosa"
_ES_HOLDS = re.compile(
    r"\b(?:el puesto|el trabajo|la plaza|el lugar|la vacante)\b[^.!?\n]{0,40}? ya (?:lo|la) "
    r"(?:ocupa|tiene|ha tomado|tomó|ocupó) (?!usted\b|ti\b|tú\b)"
)
# Hindi: "गद्दी अब रफ़ीक़ भाई के बेटे ने सँभाल ली है"
_HI = re.compile(
    r"(?:गद्दी|जगह|पद|नौकरी|काम)[^।.\n]{0,60}?ने (?:सँभाल|संभाल) (?:ली|लिया)"
    # (forty-first pass, third round: a relative kept on the post, "चाक वाली पोस्ट पर मालिक साहब
    # ने भतीजे अमन को रख लिया है", never "आपको")
    r"|(?:पोस्ट|पद|जगह|नौकरी)[^।.\n]{0,40}?ने (?:भतीजे|भांजे|बेटे|बेटी|भतीजी|भांजी|भाई|बहन|साले|दामाद)"
    r"[^।.\n]{0,20}?को रख (?:लिया|ली)"
    # (forty-eighth pass: the place someone will take on, "वो जगह हमारे पुराने हलवाई रामदीन का
    # लड़का सँभालेगा", never the reader, "आप")
    r"|(?:गद्दी|जगह|पद|नौकरी|काम)(?![^।.!?\n]*आप)[^।.!?\n]{0,60}? (?:सँभालेगा|संभालेगा|सँभालेगी|"
    r"संभालेगी|सँभालेंगे|संभालेंगे)"
)
# ... and no room left to take on anyone else, "सो अभी किसी और को रखने की गुंजाइश नहीं बची",
# never in a sentence that names the reader ("आपको रख लिया है, अब किसी और को …")
_HI_NO_ROOM = re.compile(
    r"(?:^|(?<=[।.!?\n]))(?![^।.!?\n]*आप)[^।.!?\n]*?(?:किसी और|और किसी|किसी दूसरे|किसी नए) को "
    r"(?:रखने|लेने|काम पर रखने|भर्ती करने) की (?:गुंजाइश|जगह) (?:अब )?नहीं (?:बची|रही|है)"
)
# Italian: "abbiamo preso due ragazzi di Tramonti"
_IT = re.compile(
    r"\babbiamo (?:già )?(?:preso|assunto|scelto) (?:due|tre|quattro|cinque|alcuni|alcune) "
    r"(?:ragazz[ie]|persone|giovani|signor[ei]|student(?:i|esse)|opera[ie]|lavorat(?:ori|rici)|"
    r"donne|uomini|fratelli|sorelle|cugin[ie]) (?:di|da|che|del|della|dal|dalla)\b"
)
# Portuguese: "o lugar no engarrafamento ficou para a D. Albertina" (never a time, "ficou para o
# próximo ano")
_PT = re.compile(
    r"\b(?:o lugar|a vaga|o posto|o trabalho|a posição)\b[^.!?\n]{0,40}? ficou (?:para|com) "
    r"(?!(?:(?:a|o) )?(?:você|si|ti|próxim\w*|depois|outra altura|mais tarde|ano|mês|semana)\b)"
    r"(?:a |o )?(?!(?:a|o)\b)[^\W\d_]+"
)
# Arabic: "قررنا أن يأخذ المكان أبو سامر" (a third person; never "تأخذ", the reader)
_AR = re.compile(
    r"قر\u0651?رنا أن (?:يأخذ|يتولى|يشغل) (?:المكان|الوظيفة|العمل|المنصب|الشاغر)"
    # (fortieth pass, fourth round: or "we decided to give the place" to someone, "قرّرنا أن نعطي
    # مكان مساعد التجفيف لرنا", with or without the shadda)
    r"|قر\u0651?رنا أن (?:نعطي|نمنح|نسلم) (?:المكان|مكان|الوظيفة|وظيفة|العمل|عمل|المنصب|منصب)"
    r"(?! (?:لك|لكِ|لكم)\b)"
    # (fortieth pass, second round: "we decided to take" someone named, "قررنا أن نأخذ جاد، ابن
    # جارنا"; never the reader's application, "طلبك", nor the reader, "نأخذك")
    r"|قر\u0651?رنا أن (?:نأخذ|نختار|نوظف|نعين) (?!\S*(?:ك|كم|كِ)(?:[\s،.]|$))\S+،"
)
# Korean: "… 분이 맡게 되었습니다", "… 따님이 맡게 되어" (never a name with 님, which may be the
# reader's)
_KO_TAKES = re.compile(
    # (fortieth pass, second round: or a name with 씨, "수진 씨가 맡기로 했습니다")
    r"(?:(?:분|따님|아드님)이|씨가) (?:맡게 되었습니다|맡게 됐습니다|맡기로 했습니다|"
    r"맡기로 하였습니다|맡게 되어)"
)
# French: "c'est Maritxu qui prendra le poste"
_FR = re.compile(
    r"\bc['\u2019]est (?!vous\b|toi\b|à\b)[^\W\d_]+(?: [^\W\d_]+)? qui (?:prendra|prend|a pris|"
    r"occupera|occupe|aura|reprend|reprendra|va prendre) (?:le poste|la place|ce poste|"
    r"cette place)\b"
)
# Russian: "на место подмастерья мы пригласили Веру"
_RU = re.compile(
    r"\bна (?:это |эту )?(?:место|должность|вакансию|позицию)\b[^.!?\n]{0,40}? мы (?:уже )?"
    r"(?:пригласили|взяли|выбрали|приняли|наняли|утвердили) (?!вас\b|тебя\b)[^\W\d_]+"
)
# Swahili: "nafasi ya mfumaji msaidizi tumempa Mwanaisha"
_SW = re.compile(
    # (fortieth pass, third round: or the work, "kazi ya msimamizi … tumempa Salim", "job nimempa
    # Lekishon", by one who hires alone too)
    r"\b(?:nafasi (?:ya|hiyo|hii)|kazi|job)\b[^.!?\n]{0,50}?\b(?:tumempa|tulimpa|tumemchagua|"
    r"tulimchagua|tumemchukua|imepewa|amepewa|nimempa|nilimpa|nimemchagua|nimemchukua) "
    r"(?!wewe\b)[^\W\d_]+"
    # (forty-first pass: the work gone to someone, "kazi ya fundi … imekwenda kwa Juma Saidi,
    # aliyetusaidia …")
    r"|\b(?:nafasi (?:ya|hiyo|hii)|kazi)\b(?:(?!\b(?:chako|yako|lako|wako)\b)[^.!?\n]){0,50}?"
    r"\b(?:imekwenda|imeenda|ilikwenda) kwa (?!wewe\b|kwako\b)[^\W\d_]+"
)
# Korean: "… 분을 모시기로 했습니다" (never the reader, 귀하를)
_KO = re.compile(
    r"분을 (?:모시기로|채용하기로|뽑기로|선발하기로|모셨습니다)"
    # (forty-first pass, third round: someone named picked, "… 조카인 은지 씨를 뽑았습니다")
    r"|(?<!귀하)(?<!님) ?씨를 (?:뽑았|채용했|선발했|모셨|모시기로)"
)
# Chinese: "这个位置，我们已经请了…"
_ZH = re.compile(
    r"(?:位置|岗位|职位|名额)[，,]?\s*我们(?:已(?:经)?)?(?:请了|招了|找了|定了|选了|聘了|录用了)"
    r"(?!您|你)"
    # (forty-first pass, third round: given by the master to his kin,
    # "制壶学徒的位置，师傅已经给了他外甥小周")
    r"|(?:位置|岗位|职位|名额)[，,]?\s*\S{0,6}?已(?:经)?给了(?!您|你)"
    # (fifty-fifth pass: or with no "already", "这次的学徒名额，刘师傅给了……的侄子", slice 115)
    r"|(?:位置|岗位|职位|名额)[，,]\s*\S{0,6}?给了(?!您|你)"
)
# Thai: "ตำแหน่ง…เราได้รับน้อง…ซึ่ง…"
# (second round: or "เราได้น้องเอ๋ … มาช่วยแล้ว", someone come to help)
_TH = re.compile(
    r"ตำแหน่ง\S{0,30}เราได้รับ(?:น้อง|พี่|ลุง|ป้า|นาย|นาง|ลูก)\S{0,20}ซึ่ง"
    # (forty-first pass: a space between, and "agreed to take", "ตำแหน่ง… ทางเราตกลงรับน้องเอ๋
    # ซึ่ง…")
    r"|ตำแหน่ง[^\n.]{0,40}?เรา(?:ได้รับ|ตกลงรับ|ตัดสินใจรับ|เลือก)(?:น้อง|พี่|ลุง|ป้า|นาย|นาง|ลูก)"
    r"[^\n.]{0,20}?ซึ่ง"
    r"|ตำแหน่ง[^\n.]{0,40}?เราได้(?:น้อง|พี่|ลุง|ป้า|นาย|นาง|ลูก)[^\n.]{0,60}?มา(?:ช่วย|ทำ)[^\n.]{0,20}?แล้ว"
    # (third round: "ตำแหน่ง… ตอนนี้เป็นของพี่สมศักดิ์แล้ว", never "เป็นของคุณ", the reader's)
    r"|ตำแหน่ง\S{0,40}?เป็นของ(?:พี่|น้อง|ลุง|ป้า|นาย|นาง)\S{0,20}แล้ว"
    # (fifty-fifth pass: a master who took a student, "ครูสมบัติได้รับลูกศิษย์เก่าจากอยุธยาซึ่ง…",
    # slice 115)
    r"|(?:ครู|อาจารย์|ช่าง|หัวหน้า)\S{0,20}?(?:ได้รับ|รับ|เลือก)(?:ลูกศิษย์|ลูกมือ|ช่าง)\S{0,40}?ซึ่ง"
)
# Malay and Iban: "pengawa … udah diberi ngagai Indai Jalin"
_MS = re.compile(
    r"\b(?:pengawa|kerja|jawatan|tempat|posisi|pasal)\b[^.!?\n]{0,50}? (?:udah|sudah|telah|dah) "
    r"diberi(?:kan)? (?:ngagai|kepada|pada|ke) (?!nuan\b|anda\b|awak\b|kamu\b|engkau\b)[^\W\d_]+"
)
# Persian script: "… را انتخاب کردیم", Caspian "… ره انتخاب هاکردمی"
_FA = re.compile(
    r"(?<!شما)(?<!شمو)(?<!تو)(?<!ته)\s(?:را|ره|رو)\s(?:[^\s.!?،]+\s){0,8}?"
    r"انتخاب\s(?:کردیم|هاکردمی|کردیمی|کردمی|کردم)"
)

# (the three a staff bulletin or a club's newsletter also tells, "good news: the members voted
# and Janet is our treasurer for the year": rejectwatch.model.decisions_heard reads them as news
# after such words)
NEWS_READINGS = readings(
    ("chose_other", _ASKED), ("chose_other", _VOTED), ("chose_other", _RELATIVE_TAKEN)
)
READINGS = NEWS_READINGS + readings(
    ("chose_other", _FULL_WITH),
    ("chose_other", _FR),
    ("chose_other", _RU),
    ("chose_other", _SW),
    ("chose_other", _KO),
    ("chose_other", _ZH),
    ("chose_other", _TH),
    ("chose_other", _MS),
    ("chose_other", _FA),
    ("chose_other", _GONE_TO),
    ("chose_other", _FILLED_BY),
    ("chose_other", _IT),
    ("chose_other", _PT),
    ("chose_other", _AR),
    ("chose_other", _KO_TAKES),
    ("chose_other", _HOLDER_NOW),
    ("chose_other", _PASSED_TO),
    ("reader_out", _OFF_THE_LIST),
    ("chose_other", _IT_GIVEN),
    ("chose_other", _FR_WILL_BE),
    ("chose_other", _ES_HOLDS),
    ("chose_other", _HI),
    ("role_gone", _HI_NO_ROOM),
)
# (the reading whose own "will" is no condition: rejectwatch.model.negation reads around it)
_WILL_READINGS = readings(("chose_other", _WILL_TAKE))
READINGS += _WILL_READINGS
OWN_WORDS = tuple(pattern for _, _, pattern in _WILL_READINGS)
