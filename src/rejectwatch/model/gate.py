"""A decision for the reader, read by rule: the gate of the decided threshold (issue 11,
fifth pass).

The filing threshold is set on grouped CV to keep out a handful of hard negatives that score
like rejections (a referred friend's outcome, the reader's own withdrawal, a confirmation's
conditional refusal), so many real rejections that score 0.8-0.95 stay in the inbox. Most of
those carry a decision the rules of rejectwatch.model.negation read as given to the reader,
now: a refused status, the reader's application closed or passed on, the post gone, someone
else chosen. A message whose text carries one of those readings, and no conditional, no
decision for the reader and no reading of the reader's own decision, may be filed from a
lower threshold (the card's ``thresholds.decided``); both thresholds are chosen together on
the pooled out-of-fold scores of grouped CV (rejectwatch.model.validation).
"""

from __future__ import annotations

from rejectwatch.model import about_colleague
from rejectwatch.model import lazy_re as re
from rejectwatch.model.features import Document, documents_to_views
from rejectwatch.model.language_modules import joined
from rejectwatch.model.negation import (
    ACTION_ASKED,
    CHOSE_OTHER,
    FOR_READER,
    HYPOTHETICAL,
    READER_DECIDED,
    READER_OUT,
    ROLE_GONE,
    STATUS_REFUSED,
    THING_REFUSED,
    a_feedback_call,
)
from rejectwatch.model.other_refusals import (
    APPLIED_FOR_NO_JOB,
    a_newsletter,
    no_token_other,
    refuses_a_thing,
)
from rejectwatch.model.prefilter import Prefiltered
from rejectwatch.model.said_plainly import bounds

__all__ = [
    "DECISIONS",
    "decided_for_reader",
    "no_job_decision",
    "reads_a_decision",
    "step_pending",
]

# "invited" with a negation just before it ("not (be|been) invited", "won't be invited"),
# tested after the word so the lookbehinds run only where it stands
_NOT_BEFORE = "".join(
    f"(?<!{negation} {be}invited)"
    for negation in ("not", "n't", "n\u2019t")
    for be in ("", "be ", "been ")
)
# a deadline's time after "by" ("by Monday", "by the 3rd", "by 5 June", "by end of day")
_A_TIME = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the \d|\d|jan|feb|mar|apr|may|jun|jul|aug|"
    r"sep|oct|nov|dec|tomorrow|end of)"
)
# A step pending for the reader, in a tracker row or in words ("Assessment sent - complete by
# Thursday", "Next: online test (due Friday 1 July)", "Your move: record the video interview",
# "Case study in progress - submit by ...", "1 waiting on you"; seventh pass). The gate shuts for
# it, and (ninth pass) the guard holds such mail below filing, like an invitation.
_STEP_PENDING = re.compile(
    r"\b(?:complete|submit|return|record|book|send)\b[^.!?\n|]{0,50}? by "
    + _A_TIME
    + r"|\(due\b|\bdue (?:by|on|before)\b|"
    + ACTION_ASKED
    + r"|\byour move\b|\bwaiting on you\b|\bpending (?:step|task|action)s?\b|\bin progress\b"
    r"|\bnext(?: step)?\s*:\s*(?:an? |the |your )?(?:[a-z\-]+ )?(?:test|assessment|interview|task|"
    r"questionnaire|call|screen)\b"
    r"|\b(?:assessment|test|task|questionnaire)s? (?:sent|waiting|pending|assigned)\b"
)
# Mail about someone else's candidacy (a referred friend's outcome) or a job the reader never
# applied to (a saved job closed) gives no decision to the reader, whatever its status says.
_NOT_THE_READERS = re.compile(
    # (seventh pass: "referred" alone is a public-sector step: "yours will not be referred")
    r"\breferrals?\b|\byou(?:['\u2019]ve| have)? referred\b|\breferred by you\b"
    r"|\b(?:you|you['\u2019]ve|you have) (?:recommended|nominated|"
    r"put forward|introduced)\b|\byour (?:friend|colleague|nominee)s?\b|\bwhom you\b"
    # (ninth pass: not an anti-fraud footer's "if you did not apply for this job, report it")
    r"|(?<!\bif )\byou (?:did not|didn['\u2019]t|never|have not|haven['\u2019]t) (?:yet )?"
    r"appl(?:y|ied)\b"
    r"|\bsaved jobs?\b"
    # a digest of several applications where one of them moves on: "Invited to interview",
    # "Phone screen: book a slot", "Upload your right-to-work documents", "1 task to complete"
    # (not one the reader is told they won't get: "so you won't be invited to interview")
    r"|\binvited" + _NOT_BEFORE + r" to (?:an? )?(?:interview|assessment|phone|video|call|screen)"
    r"|\binterview "
    r"invitation\b|\binvitation to (?:an? )?interview\b|\binterview (?:requested|request|booked|"
    r"scheduled)\b|\bbook (?:a|an|your) (?:slot|time|interview|call)\b|\bchoose a (?:time|slot)\b"
    r"|\bwaiting for you to\b|\bupload your\b|\btasks? to complete\b|\bplease complete\b"
    r"|" + _STEP_PENDING.pattern +
    # eighth pass: the reader still in the process ("your application stays in the process",
    # "you remain under consideration", "you're still in the running")
    r"|\b(?:stays?|remains?|is still|are still|['\u2019]re still|still) (?:in|under) (?:the )?"
    r"(?:process|consideration|running|pipeline|selection)\b"
)

# Eighth pass: a decision about something other than a job (a flat, a puppy, a grant, a talk,
# a loan) is no job rejection, worded the same or not ("the landlord went with someone else
# for the flat", "we decided not to include your talk"): the gate shuts for mail naming such
# a thing and no job, post, interview, candidate or employer at all, in the languages read.
_NOT_A_JOB = re.compile(
    r"\b(?:flat|apartment|tenancy|landlord|letting|lease|rent|rental|property|viewing|puppy|dog|"
    r"cat|kitten|pet|adopt|adoption|scholarship|bursary|grant|grants|funding|fund|loan|mortgage|"
    r"credit|talk|proposal|cfp|speaker|speaking|volunteer|volunteers|trial|trials|tickets?|"
    r"ballot|visa|appointment|membership|allotment|school place|nursery|manuscript|novel|"
    r"representation|beca|förderung|antrag|projekte|wohnung|logement|bourse|subvención|"
    # thirteenth pass: a choir, a squad, a manuscript's chapters, a market stall, a tender
    # (blind slice 11's non-job refusals read as decisions)
    r"choir|squad|chapters|publishing|stall|traders|tender|"
    r"supplier|suppliers)\b"
)
_A_JOB = re.compile(
    r"\b(?:jobs?|roles?|positions?|posts?|vacanc(?:y|ies)|interview\w*|candida\w*|"
    # (fifteenth pass: not a book's or a show's "opening chapters", "opening lines", "opening
    # night": § 7, thirteenth pass's manuscript)
    r"openings?(?! (?:chapters?|pages?|lines?|paragraphs?|scenes?|statement|weekend|night)\b)"
    # (twenty-fourth pass, part C: nor a course's bookings opening, "the course filled within two
    # days of opening", "sold out on opening day")
    r"(?<!\bof opening)(?<!\bafter opening)(?<!\bsince opening)(?<!\bon opening)|"
    r"hiring|hire|hired|recruit\w*|careers?|cv|résumé|resume|employ\w*|apprenticeship|"
    r"internship|intern|graduate|placement|shortlist\w*|talent|hr|requisition|salary|shifts?|"
    r"stelle|bewerb\w*|kandidat\w*|poste|emploi|stage|puesto|plaza|vacante|vaga|posizione|"
    r"colloquio|ruolo|stanowisk\w*|rekrutac\w*|kandydat\w*|sollicit\w*|vacature|functie|"
    r"gesprek|entretien|entrevista|selección|selezione|seleção|"
    # fifteenth pass: and the job words of the languages the thirteenth pass read (blind slice
    # 13's Swedish refusal for a "Grant Compliance Officer" named a grant and no job word)
    r"tjänst\w*|stilling\w*|rollen|jobb\w*|intervju\w*|rekryt\w*|rekrutt\w*|työpaik\w*|"
    r"haastattelu\w*|pozic\w*|uchazeč\w*|pohovor\w*|állás\w*|pozíció\w*|pozisyon\w*|"
    r"mülakat\w*|υποψήφι\w*|συνέντευξ\w*|postul|candidat\w*)\b"
    # (sixty-first pass: a post named by a title that holds a loan's, a credit's or a grant's
    # word, after "for", "the bank has declined your profile for Branch Credit Manager", "your
    # application for Loan Officer was unsuccessful"; never "contact your mortgage adviser")
    r"|\bfor (?:the |a |an |our |their )?(?:[a-z\-]+ ){0,2}?(?:loan|loans|credit|mortgage|"
    r"grant|grants|funding|tenancy|lettings?|property|visa|membership|scholarship) (?:[a-z\-]+ )?"
    r"(?:officer|manager|adviser|advisor|analyst|processor|underwriter|controller|administrator|"
    r"assistant|associate|specialist|executive|consultant|co-?ordinator|clerk|supervisor|"
    r"director|agent|negotiator|caseworker)s?\b"
)

# seventeenth pass: the same two lists in the ten languages the sixteenth pass read
# (rejectwatch.model.far_languages): Catalan, Slovak, Russian, Ukrainian, Indonesian and
# Vietnamese between word boundaries; Arabic (a word may carry "و", "ب", "ل" or "ال" in front),
# Chinese and Japanese (no spaces) and Korean (particles joined to the noun) as stems, with no
# \b. A loan, a card, a flat, a scholarship, a visa, a membership, a paper, an adoption, an
# insurance claim, a school place ("信用卡申请未能通过审批", "ваша заявка на кредит отклонена",
# "pengajuan pinjaman Anda tidak dapat kami proses lebih lanjut") shuts the gate unless a job word
# stands there too.
_NOT_A_JOB_ABROAD = re.compile(
    r"\b(?:préstec|hipoteca|lloguer|pis|habitatge|beca|subvenció|visat|manuscrit|adopció|"
    r"assegurança|"
    r"úver\w*|hypoték\w*|pôžičk\w*|nájom\w*|nájm\w*|byt|bytu|štipendi\w*|víz\w*|"
    r"členstv\w*|rukopis\w*|poisten\w*|"
    r"кредит\w*|ипотек\w*|займ\w*|заём\w*|аренд\w*|квартир\w*|жиль\w*|стипенди\w*|грант\w*|"
    r"виз[аыуе]|членств\w*|рукопис\w*|доклад\w*|страхов\w*|усыновл\w*|питом\w*|"
    r"іпотек\w*|позик\w*|оренд\w*|житл\w*|стипенді\w*|доповід\w*|страхув\w*|всиновл\w*|"
    r"pinjaman|kredit|sewa|apartemen|beasiswa|hibah|keanggotaan|naskah|makalah|adopsi|asuransi|"
    r"khoản vay|vay|tín dụng|thuê|căn hộ|học bổng|tài trợ|thị thực|hội viên|bản thảo|nhận nuôi|"
    r"bảo hiểm|"
    # ... and the loans, credit and leases of the languages read before (written-19's non-job
    # declines in French, Spanish, Portuguese, Italian, Dutch, Polish, Hungarian, Romanian, the
    # Nordic languages, Finnish, Greek, Turkish and Czech named none of _NOT_A_JOB's words: "Votre
    # demande de location" (an "appartement"; not "location", also English), "Solicitud de
    # crédito", "Decyzja kredytowa", "Hitelkérelem", "Søknad om leilighet", "Kredi başvurunuz",
    # "Žádost o pronájem bytu"; not Spanish "asunto", a mail header, nor Turkish "daire", also a
    # department, nor the names "Kira" and "Laina": "kiralama", "lainan")
    r"appartement|prêt|crédit|hypothécaire|locataire|bailleur|"
    r"alquiler|arrendamiento|vivienda|préstamo|crédito|hipotecario|"
    r"aluguel|aluguer|imóvel|imobiliário|imobiliária|empréstimo|financiamento|"
    r"affitto|appartamento|locazione|prestito|mutuo|finanziamento|credito|"
    r"woning|huurwoning|huur|lening|hypotheek|krediet|"
    r"kredyt\w*|pożyczk\w*|najem|najmu|mieszkani\w*|stypendi\w*|"
    r"hitel\w*|kölcsön\w*|bérlet\w*|lakás\w*|ösztöndíj\w*|"
    r"închiriere|inchiriere|apartament\w*|împrumut\w*|imprumut\w*|"
    r"bostad\w*|lägenhet\w*|lån|lånet|lån\w*ansø\w*|lån\w*søk\w*|lån\w*ansök\w*|hyres\w*|"
    r"bolig\w*|lejlighed\w*|lejemål\w*|leilighet\w*|"
    r"vuokra\w*|asunnon|lainan|lainaa|lainahakemu\w*|asuntolaina\w*|luotto\w*|apuraha\w*|"
    r"δάνει\w*|δανει\w*|ενοικ\w*|διαμέρισμ\w*|υποτροφ\w*|"
    r"kredi\w*|kiral\w*|kiracı\w*|konut\w*|burs|bursu\w*|burslar\w*|bursiyer\w*|"
    r"úvěr\w*|půjčk\w*|pronájem|pronájmu|"
    # nineteenth pass, part D: a card, a credit limit, a bank account (blind slice 17's "Pedido
    # de aumento de limite do cartão ... não foi aprovado", filed at 0.92; "limite" alone is a
    # deadline's, "data limite", "date limite")
    r"cartão|cartões|limite (?:do|de|no) (?:cartão|crédito)|aumento de limite|cheque especial|"
    r"conta (?:corrente|bancária|digital)|abertura de conta|tarjeta\w*|límite de (?:crédito|la "
    r"tarjeta)|aumento de límite|cuenta (?:corriente|bancaria)|apertura de cuenta|"
    r"descubierto bancario|"
    r"carte (?:bancaire|de crédit|de paiement)|plafond (?:de|du) (?:carte|découvert|paiement)|"
    r"découvert (?:bancaire|autorisé)|autorisation de découvert|ouverture de compte|"
    r"compte (?:bancaire|courant)|carta di credito|carta prepagata|"
    r"conto corrente|apertura del conto|scoperto di conto|kreditkarte\w*|kreditrahmen\w*|"
    r"kartenlimit\w*|dispokredit\w*|dispositionskredit\w*|girokonto\w*|kontoeröffnung\w*|"
    r"creditcard\w*|kredietlimiet\w*|bestedingslimiet\w*|roodstand|betaalrekening\w*|"
    r"bankrekening\w*|kreditkort\w*|kredittkort\w*|kreditgräns\w*|kredittgrense\w*|"
    r"kreditramme\w*|bankkonto\w*|kart\w* kredytow\w*|limit\w* kredytow\w*|konto osobiste|"
    r"rachun\w* bankow\w*|kreditní kart\w*|kontokorent\w*|bankovní účet|card de credit|"
    r"limit\w* de credit|cont bancar|descoperit de cont|kart limit\w*|limit artırım\w*|"
    r"hitelkárty\w*|bankkárty\w*|hitelkeret\w*|bankszámla\w*|luottokort\w*|luottoraja\w*|"
    r"pankkitili\w*|πιστωτικ\w*|kartu kredit|limit kartu|kenaikan limit)\b"
    r"|قرض|تمويل|ائتمان|إيجار|ايجار|شقة|منحة|تأشيرة|عضوية|مخطوطة|تبني|تأمين"
    r"|贷款|貸款|信用卡|租房|租赁|租賃|房东|房東|奖学金|獎學金|签证|簽證|会员|會員|论文|論文|稿件|投稿|"
    r"资助|資助|领养|領養|保险|保險|理赔|理賠|入学|入學|额度|額度"
    r"|ローン|融資|クレジットカード|賃貸|物件|入居|奨学金|ビザ|査証|会員|原稿|助成|補助金|里親|保険|"
    r"入学|入園"
    r"|대출|신용카드|임대|전세|월세|입주|장학금|비자|회원|논문|투고|원고|보조금|입양|보험|입학"
    + joined("NOT_A_JOB")  # rejectwatch.model.language_modules
)
_A_JOB_ABROAD = re.compile(
    r"\b(?:plaça|posició|feina|lloc de treball|selecció|"
    r"pozíci\w*|uchádzač\w*|zamestn\w*|"
    r"ваканси\w*|должност\w*|собеседовани\w*|кандидат\w*|резюме|стажировк\w*|работ\w*|"
    r"ваканс\w*|посад\w*|співбесід\w*|робот\w*|стажуванн\w*|"
    r"lowongan|posisi|wawancara|lamaran|pelamar|rekrutmen|magang|karyawan|"
    r"ứng viên|vị trí|phỏng vấn|tuyển dụng|ứng tuyển|thực tập|nhân sự)\b"
    r"|وظيف|مقابلة|مرشح|شاغر|منصب|التدريب"
    r"|职位|職位|岗位|崗位|面试|面試|候选人|候選人|招聘|应聘|應聘|录用|錄用|求职|求職|简历|簡歷|职缺|職缺|"
    r"实习|實習|入职|入職"
    r"|採用|選考|面接|応募|求人|ポジション|職種|内定|候補者|インターン"
    r"|채용|면접|지원자|포지션|입사|전형|직무|인턴|후보자"
    + joined("A_JOB")  # rejectwatch.model.language_modules
)

# ... of which the guard holds only a tracker's wording (not a survey's "please complete our
# questionnaire by 13 July" or an agency's "if you can send an updated CV by Friday" in a
# rejection)
_STEP_WAITING = re.compile(
    r"\byour move\b|\bwaiting on you\b|\bpending (?:step|task|action)s?\b|\(due\b"
    # tenth pass: a tracker row's step under way with its deadline ("Case study in progress -
    # submit by Monday"), and a table cell asking for a step by a date
    r"|\bin progress\s*[-\u2013\u2014:,]\s*(?:submit|complete|return|record|book|send|due)\b"
    # (forty-seventh pass: by a time, never a status cell's "Complete - position filled by
    # another applicant")
    r"|\|[^|\n]{0,60}\b(?:submit|complete|return|record|book|send)\b[^|\n]{0,40}\bby "
    r"(?:" + _A_TIME + r"|tonight|today|close of|midnight|noon|cob|eod|eow)"
    r"|\bnext(?: step)?\s*:\s*(?:an? |the |your )?(?:[a-z\-]+ )?(?:test|assessment|interview|task|"
    r"call|screen)\b|\b(?:assessment|test|task)s? (?:sent|waiting|pending|assigned)\b"
)


def step_pending(lowered: str) -> bool:
    """Does lower-cased ``lowered`` show, like a tracker, a step still waiting on the reader
    ("Your move: record the video interview", "Assessment sent - complete by Thursday")?"""
    return _STEP_WAITING.search(lowered) is not None


# Fifteenth pass: what a decision declines. A job decision declines the reader, their
# application, candidacy or profile; a non-job one names the thing the reader sent in or asked
# for as what it declines ("your submission was rejected", "decided not to move forward with
# this approach", "decided not to include your talk", "your application for an overdraft
# increase has been declined"). Blind slice 13's two filed pull requests named no non-job noun
# _NOT_A_JOB knows, nor did 50 of the 72 non-job declines of the corpus and read slices that
# opened the gate (the others named one beside a job word: a grant's "candidate", a literary
# agent's "opening chapters"); shutting the gate for every sentence naming a non-job noun cost
# 35 rejections (§ 7, thirteenth pass). Here only the declined object's slot is read, and only
# in the decision's own sentence: in the corpus and slices 1-13 no rejection's decision
# declines such a thing (their objects are the application, the candidacy, the profile, "it",
# "things").
_THING = (
    r"(?:[a-z\-]+ )?(?:submissions?|papers?|abstracts?|talks?|posters?|manuscripts?|representation|"
    r"approach|pull request|merge request|patch|changes?|commit|apps?|listing|entry|entries|"
    r"pieces?|artwork|transfer|tenant reference|overdraft|loan|mortgage|credit card|claim|"
    r"refund|booking|order|membership|tenancy|access)"
)
_THING_DECLINED = re.compile(
    r"\byour " + _THING + r"(?: [a-z0-9\-]+){0,4}? (?:was|has been|had been|have been|were|is|"
    r"did|has)(?: not|n['\u2019]t)?(?: been)? (?:rejected|declined|unsuccessful|accepted|selected|"
    r"successful|approved|chosen|shortlisted|funded|merged|closed|included|pass|passed)\b"
    r"|\bnot to (?:move|go|proceed|progress|continue|take)(?: forward| ahead| further)?(?: with)? "
    r"(?:your|this|the|that) " + _THING + r"\b"
    r"|\b(?:decided|chosen|opted|elected) not to (?:include|select|add|accept|offer|fund|publish|"
    r"take|pursue|merge|approve|feature|exhibit|list) (?:your |this |the |that )?"
    r"(?:" + _THING + r"|work|works)\b"
    r"|\byour (?:application|request) (?:for|to) (?:an? |join (?:the |our )?)" + _THING + r"\b"
    # (with no article only when the thing ends the phrase, "your application for production
    # access has been declined": a job title goes on, "for Tenancy Sustainment Officer has")
    r"|\byour (?:application|request) for " + _THING + r" (?:has|was|is|had|did)\b"
    # ... or chooses, in the reader's stead, someone no employer hires: another tenant, buyer,
    # bidder or supplier ("the owner went with a different tenant's bid", "the contract has been
    # awarded to another supplier")
    r"|\b(?:another|a different|the other|one other|other) (?:tenant|buyer|bidder|supplier|vendor|"
    r"lender|purchaser|registrar)s?\b"
)


def decision_lines(sentences: str) -> list[str]:
    """The lines of the refusal block (``sentences``) that end in a decision mark (DECISIONS)."""
    return [line for line in sentences.splitlines() if line.rsplit(" ", 1)[-1] in DECISIONS]


def declines_a_thing(sentences: str) -> bool:
    """Is every decision sentence of the refusal block (its lines ending in a decision mark)
    one that declines a thing the reader sent in or asked for (_THING_DECLINED), with no job
    word in it, and is there one?"""
    lines = decision_lines(sentences)
    return bool(lines) and all(
        _THING_DECLINED.search(line) is not None and _A_JOB.search(line) is None for line in lines
    )


def about_a_job(lowered: str) -> bool:
    """Does mail naming something other than a job (a flat, a grant, a talk) name a job too?
    (True for mail naming neither: most rejections name only the role's title.)"""
    # a job word first: the cheapest search, and true of most mail that reaches here (the other
    # languages' lists search slowly: no literal prefix in their alternations)
    if _A_JOB.search(lowered) is not None:
        return True
    names_another_thing = _NOT_A_JOB.search(lowered) or _NOT_A_JOB_ABROAD.search(lowered)
    return names_another_thing is None or _A_JOB_ABROAD.search(lowered) is not None


# The readings of a decision given to the reader.
DECISIONS = frozenset({STATUS_REFUSED, READER_OUT, ROLE_GONE, CHOSE_OTHER})


# Ninth pass: the conditionals of a message's boilerplate ("if you are not the intended
# recipient, do not copy or disclose it", "if you have any questions, please do not
# hesitate", "if you did not apply, please report it") say nothing about the application;
# they shut the gate for every rejection under a legal or anti-fraud footer. A conditional
# sentence whose words are about handling the message itself is no conditional refusal.
_BOILERPLATE = frozenset(
    f"{HYPOTHETICAL}{word}"
    for word in (
        "reply",
        "respond",
        "hesitate",
        "recipient",
        "disclose",
        "distribute",
        "unsubscribe",
        "fraud",
        "scam",
        "phishing",
        "attachments",
        "links",
        "click",
        "password",
        "delete",
        "notify",
        "sender",
        "spam",
        "virus",
        "report",
    )
)


# ... unless it also speaks of the outcome ("should we not move forward, we will not reply")
_OUTCOME = frozenset(
    f"{HYPOTHETICAL}{word}"
    for word in (
        "selected",
        "successful",
        "unsuccessful",
        "shortlisted",
        "progress",
        "progressing",
        "forward",
        "hear",
        "heard",
        "decision",
        "decided",
        "consider",
        "considered",
        "offer",
        "interview",
        "outcome",
    )
)


def _only_boilerplate(sentences: str) -> bool:
    """Is every conditional sentence of the refusal block (its lines of hyp_ words) about
    handling the message (_BOILERPLATE), and is there one? (A conditional cue inside a
    sentence that is not itself conditional leaves no such line: not boilerplate.)"""
    lines = [line for line in sentences.splitlines() if line.startswith(HYPOTHETICAL)]
    return bool(lines) and all(
        not _BOILERPLATE.isdisjoint(words) and _OUTCOME.isdisjoint(words)
        for words in map(str.split, lines)
    )


# Seventeenth pass: an earlier mail sent in error ("you may have had an e-mail asking you to
# book an interview. It went out to the wrong list"): the step it named is withdrawn, not one
# the reader must take, when it stands within _NEAR_ERROR characters of the words that say so
_IN_ERROR = re.compile(
    r"\b(?:sent|went out|was sent|were sent|issued|reached you|e-?mailed)\b[^.!?\n]{0,60}?"
    r"(?:\bin error\b|\bby (?:mistake|accident)\b|\bmistakenly\b|\bto the wrong\b)"
)
_ERROR_WORDS = ("error", "mistake", "accident", "wrong")
_NEAR_ERROR = 240


def _not_the_readers(lowered: str) -> bool:
    """Is ``lowered`` about someone else's candidacy, a job never applied to or a step the
    reader must take (thirteenth pass: not a time booked to hear feedback, "please ring the
    office to book a time", negation.a_feedback_call; seventeenth pass: nor a step an earlier
    mail sent in error named, _IN_ERROR)?"""
    errors = (
        [match.start() for match in _IN_ERROR.finditer(lowered)]
        if any(word in lowered for word in _ERROR_WORDS)
        else []
    )
    return any(
        not a_feedback_call(lowered, match)
        and not any(abs(at - match.start()) <= _NEAR_ERROR for at in errors)
        for match in _NOT_THE_READERS.finditer(lowered)
    )


def reads_a_decision(text: str, sentences: str) -> bool:
    """Does a message (its message-block text and refusal-sentence block, as
    rejectwatch.model.features.documents_to_views makes them) carry a decision given to the
    reader, with no conditional, no decision for the reader and none the reader made, and is
    it about the reader's own application (no referral, no job they never applied to)? The
    marks are the text's last line."""
    marks = text.rsplit("\n", 1)[-1].split()
    if not DECISIONS.intersection(marks) or READER_DECIDED in marks:
        return False
    if any(mark.startswith(HYPOTHETICAL) for mark in marks) and not _only_boilerplate(sentences):
        return False
    lowered = text.lower()
    return (
        FOR_READER not in sentences
        and not _not_the_readers(lowered)
        and about_a_job(lowered)
        and not declines_a_thing(sentences)
    )


def decided_for_reader(docs: list[Document]) -> list[bool]:
    """reads_a_decision for each document."""
    texts, sentences = documents_to_views(docs)
    return [reads_a_decision(t, s) for t, s in zip(texts, sentences, strict=True)]


# Seventeenth pass (part C, precision): mail the rules read as carrying no decision on the
# reader's job application, which the statistical model may still score above filing (the
# out-of-fold false positives of grouped CV were, by weight, half confirmations whose words
# are a rejection template's twin in another language, and a third non-job declines). Such mail
# is held below filing like the guard's (classifier.Model.scores), so it is never filed and
# never sets the thresholds.
#
# A status or a sentence that says the application is received or still being looked at, read
# only where the mail carries no decision token at all and only above any quoted or forwarded
# mail ("Status: Received", "Stav: Posuzuje se", "your application is being reviewed", "we have
# received your application", "Aucune décision n'a encore été prise"; not a footer's
# "membership fees are being reviewed": the thing reviewed is the application; not a refusal
# that forwards the old acknowledgement below it).
# (twenty-ninth pass, part R: part H's receipts below are not read where their sentence goes
# on to tell the review as done, a refusal's account, "has been logged and reviewed by the
# panel. Regrettably it has not been shortlisted", "we have received your CV and reviewed it")
_REVIEWED_AFTER = (
    r"(?![^.!?\n]{0,60}? and (?:has |have )?(?:been |was |were )?(?:now |carefully |fully )?"
    r"(?:reviewed|considered|assessed|scored|evaluated|screened|sifted|read|looked at|marked)\b)"
)
_PENDING_STATUS = re.compile(
    r"\b(?:status|stav|statut|stato|estado|κατάσταση|decision)\s*[:|\t]\s*(?:received|in review|"
    r"under review|being reviewed|eligible|submitted|shortlisted|in progress|reçue|"
    r"en cours d'étude|en cours|posuzuje se|přijata|υπό αξιολόγηση|ricevuta|in valutazione|"
    r"recibida|en revisión)\b"
    r"|\b(?:application|candidacy|candidature|profile|cv|résumé|it) (?:is|remains?|stays?) (?:now |"
    r"still |currently )?(?:being (?:reviewed|considered|assessed)|under (?:review|consideration|"
    r"assessment))\b"
    r"|\b(?:application|cv|candidature) (?:has been|was|is) (?:successfully )?(?:submitted|"
    r"received)\b|\bwe(?:['\u2019]ve| have) received your application\b"
    r"|\b(?:in fase di valutazione|ve fázi posuzování|nyní ji posuzujeme|σε στάδιο αξιολόγησης|"
    r"λάβαμε την αίτησή σας|en cours d'étude|aucune décision n'a encore été prise|no decision has "
    r"(?:yet )?been made)"
    r"|\bwill now be (?:rated|assessed|reviewed|considered)\b|\bviewed your application\b"
    # (twenty-third pass, part I: "your application for our apprenticeship scheme has arrived
    # safely", "your form has reached us")
    r"|\b(?:application|cv|candidature|form)(?: (?:for|to) [^.!?\n]{1,60}?)? (?:has |have )?"
    r"(?:safely )?(?:arrived|reached us|come through|landed)(?: safely| with us)?\b"
    # (twenty-ninth pass, part H: logged, recorded or with us, "your Underwriting Assistant
    # application to Benue Valley Insurance Plc has been logged", "your form for Street Scene
    # Officer is with us", and the materials received, "the search committee has received your
    # materials": blind slice 27's confirmations, three filed once their rule was read as one)
    # (in the present, as a receipt says it: not a refusal's account, "your application was
    # logged on 3 May and reviewed by the panel. I'm sorry to tell you it was unsuccessful")
    r"|\b(?:application|cv|candidature|form)(?: (?:for|to) [^.!?\n]{1,60}?)? (?:has been|is"
    r"|have been|are) (?:(?:safely |successfully |now )?(?:logged|recorded|registered)|"
    r"(?:now |safely )?with us)\b" + _REVIEWED_AFTER + r"|\b(?:has|have|we['\u2019]ve) received "
    r"your (?:materials|papers|documents|cv|form|application (?:materials|pack|form))\b"
    + _REVIEWED_AFTER
    # (twenty-fourth pass, part C: a confirmation's own words, blind slice 22's "This confirms the
    # Patient Access Representative application you sent ... Our recruitment team is reviewing
    # all submissions", filed at 0.68-0.78 on its "every candidate not selected gets a notice")
    + r"|\bthis (?:e-?mail |message |note |letter )?confirms (?:receipt of )?(?:the |your )"
    r"(?:[^.!?\n]{1,60}? )?application\b(?! (?:was|has|is|had|did) (?:not|unsuccessful)\b)"
    r"|\b(?:team|panel|we|we['\u2019]re|i['\u2019]m|i am|we are) (?:is |are )?(?:now |currently |"
    r"still |carefully )?(?:reviewing|assessing|considering|looking (?:at|through|over)|"
    r"working through) (?:all |the |every |each )?(?:submissions|applications|cvs|applicants|"
    r"candidates)\b"
    # (twenty-fourth pass, part K: a review told beside a refusal in the same sentence, "our team
    # is reviewing all applications received, and I'm sorry to say yours has not been
    # shortlisted", is no receipt)
    r"(?![^.!?\n]*\b(?:sorry|unfortunately|regret\w*|sadly|afraid|not been|unsuccessful|"
    r"decided|chosen|gone with|went with)\b)"
)
# ... and a forward's own note (a line or two, "Passing this on - it went to the shared account")
# says nothing of the application: the forwarded mail is read instead
_FORWARD_HEAD = re.compile(r"^-{2,}\s*forwarded message", re.MULTILINE)
_FORWARD_NOTE = 240
# where quoted or forwarded mail begins
_QUOTE_HEAD = re.compile(
    r"^(?:-{2,}\s*(?:forwarded|original) message|from:|>|on [^\n]{0,80} wrote:"
    r"|[^\n]{0,80} wrote on)",
    re.MULTILINE,
)
# The thing applied for, named, when it is no job ("your tenancy application", "applying to
# adopt", "your application for a loan", "solicitud de beca", "thank you for submitting a
# tender"), or the one chosen in the reader's stead someone no employer hires ("rehomed with
# another family"); read only where its sentence names no job. The noun must end the phrase
# ("your application for Grant Compliance Officer" and "your Ashgrove Housing application" are a
# job title and an employer).
_PHRASE_END = (
    r"(?=\s*(?:[.,;:!?)\n]|$| (?:has|have|was|were|is|are|with|at|on|in|from|to|and|for|this|that|"
    r"which|reference|ref)\b))"
)
_NON_JOB_THINGS = r"loan|grant|scholarship|bursary|flat|apartment|tenancy|mortgage|visa|overdraft"
# Twenty-first pass, part U: a place refused that is no job, named (f24's written-28 course
# full read xreaderout + xrolegone and filed at 0.86-0.98): a seat on a course, class or
# workshop ("your course application", "the evening pottery course has filled up"), a stall or a
# pitch at a market or a fair, an allotment plot, a school, reception or nursery place for a
# child, a room in halls, an event's ballot, an exhibition's entries, a club, society, choir or
# orchestra joined. Read like the rest, only in a sentence naming no job (_A_JOB: "graduate",
# "apprenticeship", "internship", "placement", "cv"), and never a traineeship, residency,
# fellowship, PhD place or a volunteer role: those are applied for as jobs and stay decided.
_PLACE_NO_JOB = (
    r"|\b(?:course|class|workshop|evening class)(?: place)? (?:applications?|bookings?|"
    r"enrol?ments?|registrations?)"
    + _PHRASE_END
    + r"|\b(?:course|class|workshop) (?:has|have|is|was) (?:now |already )?(?:filled up|full|"
    r"fully booked|oversubscribed)\b"
    # (twenty-fourth pass, part C: and with no auxiliary, "sold out" and "at capacity", blind slice
    # 22's "our beginners' beekeeping course filled within two days of opening, so there's no
    # spring place for you", filed at 0.99; "the Tuesday pottery class sold out")
    r"|\b(?:course|class|workshop)s? (?:(?:has|have|had|is|was|were|are) )?(?:now |already |"
    r"quickly |completely )?(?:filled(?! (?:by|with|in|out)\b)|sold out|at capacity|"
    r"oversubscribed|fully booked)\b"
    # ... or a booking or an application for a course, a class or a workshop that is no training
    # for a job ("applying for the evening Spanish course", "booking onto the weekend sourdough
    # class"; not "our cabin crew training course", applied for as a job)
    r"|\b(?:applying|applied|application|booking|booked|enrol(?:l?ing|l?ed|l?ment)|"
    r"registering|registered|registration|signing up|signed up)s? (?:for|on|onto|in|to) "
    # (twenty-fourth pass, part K: not an application to teach, run or lead a class, a job:
    # "applying to teach our pottery class", "applied to run the Saturday workshop")
    r"(?:a |an |the |our |this |your )?(?:(?!training\b|trainee\b|teach\w*|tutor\w*|run\b|"
    r"running\b|lead\b|leading\b|deliver\w*|host\w*|coach\w*|instruct\w*|assist\w*|"
    r"facilitat\w*|present\w*|supervis\w*|staff\w*)[\w'\-]+ ){0,3}?"
    r"(?:course|class|classes|workshop)"
    + _PHRASE_END
    + r"|\bno (?:seat|place|space) for you on (?:the|this|our) (?:[\w'\-]+ ){0,3}?(?:course|class|"
    r"workshop)\b"
    r"|\b(?:stall|pitch|trader|allotment|plot|halls|accommodation|exhibition|exhibitor) "
    r"(?:applications?|ballot)"
    + _PHRASE_END
    + r"|\b(?:applying|application|applied) for (?:a |an |the |our |this |your )?"
    r"(?:[\w'\-]+ ){0,2}?(?:stall|pitch|allotment|(?:half |full )?plot|accommodation|room in halls|"
    r"(?:school|reception|nursery|primary) place)"
    + _PHRASE_END
    + r"|\bfirst[- ]preference school\b|\bschool place application\b"
    r"|\b(?:entering|entered|entries? (?:in|into|for)) the (?:public |room |ticket |tickets )?"
    r"ballot\b"
    r"|\b(?:this|last|next) year['\u2019]s (?:public |room )?ballot\b|\broom ballot\b"
    r"|\b(?:applying|applied|application|request) to join (?:the |our )?(?:[\w'\-]+ ){0,3}?"
    r"(?:club|society|choir|orchestra|allotment society|residents['\u2019]? association)\b"
    # twenty-fourth pass, part H: a place of study refused (written-32's "Having reviewed your
    # application to the postgraduate diploma, the admissions board cannot admit you for the
    # 2027 intake", filed at 0.75-0.99): the reader not admitted, an admissions board or tutor,
    # an application to a diploma, a degree or a master's (in a sentence naming no job: not a
    # "degree apprenticeship", nor the "Admissions Officer" post)
    r"|\b(?:cannot|can['\u2019]t|could not|couldn['\u2019]t|unable to|not able to|will not|"
    r"won['\u2019]t|decided not to|not in a position to) (?:offer you (?:admission|entry)|admit "
    # (a place of study or a membership: not a network of consultants, blind slice 15's "we
    # can't admit you to the network", a screening for work)
    r"you (?:as an? (?:member|student|pupil|resident)\b|(?:to|onto|into|for|on) (?:the |our |this |"
    r"a |an |your )?(?:[\w'\-]+ ){0,3}?(?:course|diploma|degree|class|school|college|university|"
    r"faculty|master['\u2019]?s|bachelor['\u2019]?s|phd|doctorate|mba|pgce|llm|bsc|msc)\b))"
    r"|\badmissions? (?:board|committee|panel|tutors?)\b"
    # (twenty-fourth pass, part T: and a list of admission, "your name is not in the final list
    # of admitted students for the MBA", "the admission merit list for the B.Tech programme")
    r"|\blist of (?:the )?(?:admitted|enrolled) (?:students|pupils|applicants|candidates)\b"
    r"|\badmissions? (?:merit |selection |final )?list\b"
    r"|\b(?:application|applying|applied) (?:to|for) (?:a |an |the |our |this |your )?"
    r"(?:[\w'\-]+ ){0,2}?(?:diploma|degree|foundation year|master['\u2019]?s|bachelor['\u2019]?s|"
    r"doctorate|mba|pgce|llm)" + _PHRASE_END
)
_NON_JOB_APPLICATION = re.compile(
    r"\b(?:loan|tenancy|rental|grant|mortgage|scholarship|bursary|adoption|visa|membership|"
    # (sixty-third pass: or a house-sitting, "Your house-sitting request", slice 175)
    r"credit card|overdraft|allotment|beca|bourse|house-?sitting|house sitting|pet-?sitting) "
    r"(?:applications?|requests?|bids?)"
    + _PHRASE_END
    + r"|\b(?:applying|application|applied) to adopt\b"
    r"|\bapplying for (?:a |an |the |our |this )?(?:[a-z]+ )?(?:"
    + _NON_JOB_THINGS
    + r"|membership)"
    + _PHRASE_END
    + r"|\bapplication for (?:a |an |the |our |this )?(?:"
    + _NON_JOB_THINGS
    + r")"
    + _PHRASE_END
    + r"|\bsolicitud de (?:beca|préstamo|crédito|alquiler|subvención)\b"
    r"|\bdemande de (?:bourse|prêt|crédit|logement|subvention)\b"
    r"|\b(?:another|a different|the other) (?:family|families|tenant|tenants|buyer|bidder|"
    r"household)\b"
    r"|\bwent with (?:someone|somebody) else for the (?:flat|apartment|house|room|puppy|dog|cat|"
    r"kitten|plot|tickets?)\b"
    # (sixty-first pass: or chose someone else to rent or buy it, "The owner chose someone else
    # to rent it", slice 155's filed flat)
    r"|\b(?:someone|somebody|another (?:person|applicant|family|couple))(?: else)? to (?:rent|"
    r"lease|buy|let|sublet|rent out) (?:it|the (?:flat|apartment|house|room|place|unit|property|"
    r"studio))\b"
    r"|\b(?:offer|lend) you credit\b|\bour underwriting (?:review|assessment|checks?)\b"
    r"|\bagreement in principle\b|\b(?:submitting|submitted) a tender\b"
    r"|\byour tender (?:was|has|is)\b"
    # (thirty-ninth pass: a micro-grant's round, the projects funded, "This round's research
    # microgrant bids went before the committee. Two other projects were funded")
    r"|\b(?:micro|mini)-?grants?\b|\b(?:projects|proposals|bids) (?:were|was|have been|got) "
    r"funded\b"
    # (second round: pre-orders claimed, a table at a bazaar or a fair, "All 40 tables have been
    # allocated")
    r"|\bpre-?orders?\b|\b(?:bazaar|fair|fete|fête|jumble|craft|flea market|car boot) tables?\b"
    r"|\bwith your (?:startup|start-up|venture)\b|\byour (?:company|startup|start-up) into\b"
    # a course or a class, not a job ("not making you an offer for entry this autumn", "one
    # of your university choices", "evening class enrolment"); an entry to a contest
    r"|\bfor entry (?:this|next|in)\b|\buniversity choices?\b|\b(?:class|course) enrolment\b"
    r"|\byour application to (?:study|the (?:msc|ma|bsc|ba|mphil)\b)"
    r"|\bdecision on your application: (?:msc|ma|bsc|ba|mphil|pgce|llm)\b"
    r"|\byour (?:entry|entries|submission) (?:was|were|is) not (?:among|selected|shortlisted|"
    r"chosen)\b"
    r"|\bentries\b[^.\n]{0,60}\byour entry\b"
    # twentieth pass, part K: a day volunteering at an event, an enquiry about a non-job thing
    + APPLIED_FOR_NO_JOB
    # twenty-first pass, part U: a place refused that is no job
    + _PLACE_NO_JOB
    # twenty-fourth pass, part C: a scholarship, a bursary, a grant or a loan refused in words
    # that name no application (blind slice 22's "Regrettably no scholarship can be offered to
    # you for the coming year", after choral scholarship auditions, 0.60)
    + r"|\bno (?:[\w'\-]+ )?(?:scholarships?|bursar(?:y|ies)|grants?|funding|loans?) (?:can|could|"
    r"will|is able to|may) be (?:offered|awarded|made|given|granted|extended)\b"
    r"|\b(?:cannot|can['\u2019]t|could not|couldn['\u2019]t|unable to|not able to|will not|"
    r"won['\u2019]t|not in a position to) (?:offer|award|give|make|grant) you (?:a |an |the |any )?"
    r"(?:[\w'\-]+ ){0,2}?(?:scholarship|bursary|grant|loan)s?\b"
)
# The reader is the one who posted the job: its applicants are theirs ("one of your applicants
# has withdrawn", "you still have 2 applicants to review", "you marked it as filled"), or never
# applied to it ("You did not apply to this job"; not an anti-fraud "if you did not apply").
# (each shape searched only where its words stand: one pattern of them all tried every branch at
# every position, about 200 us a rejection; eighteenth pass, part D: the strings each needs are
# read off the pattern, rejectwatch.model.prefilter, where hand-written words had kept "five
# candidates for you to review / interview / see" from ever being searched)
_READER_POSTED = tuple(
    Prefiltered(re.compile(pattern))
    for pattern in (
        (
            r"\byour applicants\b|\bone of your applicants\b|\bapplicants? to review\b"
            r"|\bapplicants (?:are )?still (?:waiting|to hear)\b"
        ),
        (
            r"\byou posted (?:a|the|your) (?:job|role|gig|task|listing)\b"
            r"|\bfrom your (?:post|posting|listing|gig)\b"
            r"|\bupdate on your (?:post|posting|listing)\b"
            r"|\bposters? who\b"
        ),
        r"\byou marked\b[^.!?\n]{0,80}\bas filled\b",
        # ... or the one who interviews ("six candidates for you to meet")
        (
            r"\bcandidates (?:for you|you(?:['\u2019]d| would)? like) to (?:meet|interview|review|"
            r"see)\b|\bfor you to meet\b"
        ),
        # ... or took another offer ("thanks for telling us you've accepted another offer")
        (
            r"\byou(?:['\u2019]ve| have)? accepted (?:another|a different|an external) "
            r"(?:offer|role|position|job)\b"
            r"|\byou(?:['\u2019]ve| have) (?:decided|chosen) to (?:accept|take) (?:another|a "
            r"different)\b"
        ),
        # ... or is still in the process ("you remain in process", "your application stays
        # under consideration"; the gate's reading, held whatever the tokens)
        (
            r"\b(?:stays?|remains?|are still|['\u2019]re still|is still) (?:in|under) (?:the )?"
            r"(?:process|consideration|running|pipeline|selection)\b"
        ),
        # ... or never applied ("You did not apply to this job"; not "if you did not apply")
        (
            r"(?<!\bif )\byou (?:did not|didn['\u2019]t|never|have not|haven['\u2019]t) (?:yet )?"
            r"appl(?:y|ied)\b"
        ),
    )
)


def _reader_not_the_applicant(lowered: str) -> bool:
    """Is the reader of ``lowered`` the job's poster or interviewer, or someone who never
    applied, took another offer or is still in the process (_READER_POSTED)?"""
    return any(pattern.search(lowered) is not None for pattern in _READER_POSTED)


# With no decision token: the reader's own decision, acknowledged ("sorry to hear you'd rather
# not go ahead", "thanks for letting us know", "I've marked the offer as declined",
# "congratulations on landing the job").
_READERS_OWN = re.compile(
    r"\b(?:sorry|sad|disappointed) to hear (?:that )?you(?:['\u2019]d| would| have| are|"
    r"['\u2019]re|['\u2019]ve| had| will| won['\u2019]t)\b"
    r"|\bthanks? (?:you )?for letting (?:me|us) know\b"
    r"|\bcongratulations on (?:landing|getting|securing|your offer)\b"
    r"|\bmarked the offer as declined\b"
)
# A job alert or a bulletin whose only decision is a listed role gone ("Jobs matching 'Analyst'
# ... Closed: the employer has stopped recruiting", "this opening has been filled - we've picked
# out some alternatives for you"): a role the reader was shown, not one they applied to.
_AN_ALERT = re.compile(
    r"\bjobs matching\b|\byour job alert\b|\bnew jobs for you\b|\bsimilar (?:roles|jobs|openings) "
    r"(?:below|for you)\b|\balternatives for you\b|\bvacancies bulletin\b|\binternal vacancies\b"
    r"|\bin this issue\b|\broles? you viewed\b"
    # (sixty-third pass: a board's weekly alert, "New on Fenspindle this week:", "Your alert caught
    # three fresh jobs", "3 trades jobs near you": three alerts whose "Sorry, the … post has
    # already closed" was filed, slices 175 and 176)
    r"|\bnew (?:on|at) [a-z\-]+ this week\b|\byour alert (?:caught|found|matched|picked up)\b"
    r"|\b\d+ (?:new |fresh )?(?:[a-z\-]+ )?jobs near you\b"
    # (sixty-fourth pass: or "New this week:" opening its list, "New this week: Forklift Driver
    # (Hedon), Stores Administrator (Sutton Fields) ... Sorry, the Goole post is now closed",
    # slice 186)
    r"|(?:^|\n)[ \t]*(?:[a-z,!]+ )*?new this week:"
)
_STOPS = (".", "!", "?", "\n")


def _sentence_of(lowered: str, start: int, end: int) -> str:
    left, right = bounds(lowered, start, end, _STOPS)
    return lowered[left:right]


def _applied_for_no_job(lowered: str) -> bool:
    """Does ``lowered`` name a thing applied for that is no job, in a sentence naming no job?"""
    return any(
        _A_JOB.search(_sentence_of(lowered, match.start(), match.end())) is None
        for match in _NON_JOB_APPLICATION.finditer(lowered)
    )


# Seventeenth pass (part G): in the other languages the thing applied for is read by the
# gate's non-job words themselves (_NOT_A_JOB_ABROAD: a loan, credit, a card, a flat, a
# scholarship, a visa, a school place...), in mail naming no job word of either list: written-19's
# non-job declines in French, Portuguese, Romanian, Swedish, Norwegian and Turkish ("Votre demande
# de location - Appartement", "Kredi başvurunuz") and slice 15's Chinese credit-card refusal scored
# 0.96-0.999 on their words, above the gate's band. Not the English list (_NOT_A_JOB): its
# "talk", "trial", "appointment", "letting" stand in job rejections too (68 of them, part C).
def _no_job_abroad(lowered: str) -> bool:
    """Does ``lowered`` name a non-job thing in another language and no job in any?"""
    return (
        _A_JOB.search(lowered) is None  # first: the cheapest search, true of most mail
        and _NOT_A_JOB_ABROAD.search(lowered) is not None
        and _A_JOB_ABROAD.search(lowered) is None
    )


# (twenty-ninth pass, lead: a receipt's words beside an outcome told in the past, "your
# application has been logged and reviewed by the panel. I'm sorry to tell you that it was
# unsuccessful", are a refusal's account, not a receipt: the status above holds only mail that
# tells no outcome, whether or not a reading gave the outcome a decision token; an "if" before it
# in its sentence is a rule for later, _SUPPOSED_BEFORE)
_OUTCOME_TOLD = re.compile(
    r"\b(?:i|we)(?:['\u2019]m| am|['\u2019]re| are) (?:very |so |truly )?(?:sorry|sad|"
    r"disappointed) to (?:tell|say|inform|let you know|advise)\b[^.!?\n]{0,80}?\b(?:unsuccessful|"
    r"not (?:been )?(?:successful|selected|shortlisted|chosen))\b"
    r"|\b(?:it|yours|your application) (?:was|has been) unsuccessful\b"
)

# what before the outcome in its sentence makes it a rule or a supposition, not an outcome told
# ("please assume that your application has been unsuccessful", "does not mean your
# application was unsuccessful", "if it was unsuccessful")
_SUPPOSED_BEFORE = re.compile(
    r"\b(?:if|whether|should|unless|otherwise|assume|assumed|mean|means|meant|take it|consider|"
    r"treat|until|not|n['\u2019]t|never)\b"
)


def _outcome_told(own: str) -> bool:
    """Does ``own`` (lowered, above any quote) tell an outcome of the reader's application in the
    past, "I am sorry to tell you that it was unsuccessful", not as a rule for silence or a
    supposition (_SUPPOSED_BEFORE in its sentence before it)?"""
    return any(_said_plainly(own, match, _SUPPOSED_BEFORE) for match in _OUTCOME_TOLD.finditer(own))


# Thirtieth pass, part H: the receipt's sentence ends and a LATER sentence of the message's own
# text tells the review done and declines the application in words no reading gives a token
# ("Your application has been logged. The panel reviewed it last week and will not be
# progressing it", "We have received your application. Having now reviewed every application, we
# will not be progressing yours"): a refusal's account, not a receipt. Both are needed: a review
# done alone also opens an invitation or a hand-over ("our team has reviewed it and would like to
# invite you", "it has been reviewed and passed to the hiring manager").
# the review told done, in the past or the perfect (not "will have been reviewed")
_REVIEW_DONE = re.compile(
    r"\bhaving (?:now |since |carefully |fully |all )?(?:reviewed|considered|assessed|read|"
    r"looked at|gone through|sifted|scored|evaluated|discussed)\b"
    r"|\b(?:after|following|on|upon) (?:a |the |our |their )?(?:careful |full |thorough |"
    r"detailed )?(?:review|consideration|assessment|evaluation|sift|shortlisting)\b"
    r"|\b(?:after|on) (?:carefully )?(?:reviewing|considering|assessing|reading)\b"
    r"|(?<!\bwill )(?<!['\u2019]ll )\b(?:has|have|had)(?: now| since| all| carefully|"
    r" now carefully)? (?:been )?(?:reviewed|considered|assessed|evaluated|screened|sifted|"
    r"scored|read|looked at|looked through|gone through|discussed)\b"
    r"|\b(?:was|were) (?:now |carefully |then )?(?:reviewed|considered|assessed|evaluated|screened|"
    r"sifted|scored|read|looked at|discussed)\b"
    r"|\b(?:we|i|panel|team|committee|manager|board|they|assessors?|recruiters?)(?: now| since|"
    r" carefully| then)? (?:reviewed|considered|assessed|evaluated|screened|sifted|scored|"
    r"looked at|looked through|went through|discussed)\b"
    r"|\b(?:panel|committee|board) (?:has |have )?(?:met|sat)\b"
    # (by the ones who review: not "applications without a completed assessment cannot progress")
    r"|\b(?:we|i|panel|team|committee|board)(?: have| has| had)?(?: now)? (?:completed|finished|"
    r"concluded) (?:the |our |its |their )?(?:review|shortlisting|sift|assessment|selection)\b"
    r"|\b(?:review|shortlisting|sift|assessment|selection)(?: process| stage)? (?:is|has been|was)"
    r" (?:now )?(?:complete|completed|finished|concluded|over)\b"
)
# ... not as a step ahead or a supposition ("once it has been reviewed", "unless we have reviewed
# it", "it has not been reviewed yet")
_REVIEW_AHEAD_BEFORE = re.compile(
    r"\b(?:if|whether|should|unless|once|when|whenever|until|till|before|as soon as|assume|"
    r"not|n['\u2019]t|never|yet)\b"
)
# a refusal of the application said in words the readings may give no token ("will not be
# progressing yours", "did not shortlist it", "it has not been progressed", "we cannot progress
# it"), not a step put off ("will not be shortlisting until the closing date", "not progressed
# yet"); a bare verb's object is the reader's application or nothing ("will not be proceeding
# with the senior grade, so we will consider you at the standard grade" is no refusal)
_APPLICATION_OBJECT = (
    r"(?: (?:it|yours|you|your (?:[\w\-]+ )?(?:application|candidacy|form|cv|submission|"
    r"profile))\b|(?=\s*(?:[.,;:!?\n]|$))| (?=(?:further|forward|any further|beyond|at this|"
    r"on this|this time|to (?:the )?(?:next|interview|shortlist|assessment))\b))"
)
_DECLINED = re.compile(
    r"\b(?:will not|won['\u2019]t|would not|wouldn['\u2019]t|shall not|are not|aren['\u2019]t|"
    r"is not|isn['\u2019]t|was not|wasn['\u2019]t|were not|weren['\u2019]t|did not|didn['\u2019]t|"
    r"do not|don['\u2019]t|does not|doesn['\u2019]t|has not|hasn['\u2019]t|have not|"
    r"haven['\u2019]t|cannot|can['\u2019]t|could not|couldn['\u2019]t|(?:are|am|is|were|was) "
    r"unable to)(?: be| been)?(?: able to)? (?:(?:progress(?:ing|ed)?|advanc(?:e|ing|ed)|"
    r"shortlist(?:ing|ed)?|select(?:ing|ed)?)" + _APPLICATION_OBJECT + r"|proceed(?:ing)? with "
    r"(?:it|yours|you|your (?:[\w\-]+ )?(?:application|candidacy|form|cv|submission))\b|"
    r"tak(?:e|ing|en) (?:it|yours|you|your [\w\-]+) (?:further|forward)\b|"
    r"mov(?:e|ing) (?:it|yours|you|your [\w\-]+) forward\b|"
    r"go(?:ing)? (?:further|forward|through)\b|put (?:it|yours|you|your [\w\-]+) forward\b|"
    r"invit(?:e|ing) you\b)"
    r"(?![^.!?\n]{0,40}\b(?:until|till|yet|for now|before)\b)"
)
# ... not under a conditional, a supposition or a class ("if we do not progress it", "does not
# mean it will not be progressed", "applicants who have not been shortlisted")
_DECLINED_SUPPOSED = re.compile(
    r"\b(?:if|whether|should|unless|otherwise|assume|assumed|mean|means|meant|take it|consider|"
    r"treat|until|once|when|where|who|whose|which|those|without|in case|in the event|provided|"
    r"providing)\b"
)
# the review still ahead somewhere after the receipt: no refusal told yet ("yours was not in it
# and will be read next week"; not "considered for future roles", a refusal's courtesy)
_REVIEW_STILL_AHEAD = re.compile(
    r"\b(?:will|shall)(?: now| then| shortly| soon)? be (?:reviewed|read|considered|assessed|"
    r"looked at|scored|shortlisted)\b(?! for (?:future|other|similar|any|later)\b)"
    r"|\bnot yet (?:been )?(?:reviewed|read|considered|assessed|looked at|scored)\b"
    r"|\byet to be (?:reviewed|read|considered|assessed|looked at|scored)\b"
)


def _said_plainly(own: str, match: re.Match[str], before: re.Pattern[str]) -> bool:
    """Is ``match`` in ``own`` free of ``before``'s words before it in its sentence?"""
    left, _ = bounds(own, match.start(), match.end(), _STOPS)
    return before.search(own, left, match.start()) is None


def _refused_after(own: str, start: int) -> bool:
    """Does ``own`` (lowered, above any quote), from ``start`` (the end of the receipt's
    sentence) on, tell the review done and then decline the application, in that sentence from
    the review on or in the next, plainly and with no review still ahead?"""
    if _REVIEW_STILL_AHEAD.search(own, start) is not None:
        return False
    for review in _REVIEW_DONE.finditer(own, start):
        if not _said_plainly(own, review, _REVIEW_AHEAD_BEFORE):
            continue
        _, end = bounds(own, review.start(), review.end(), _STOPS)
        # the next sentence: past the stops and blank lines that end the review's
        while end < len(own) and (own[end] in _STOPS or own[end].isspace()):
            end += 1
        _, after = bounds(own, end, end, _STOPS)
        for declined in _DECLINED.finditer(own, review.end(), after):
            if _said_plainly(own, declined, _DECLINED_SUPPOSED):
                return True
    return False


def _held_as_receipt(own: str) -> bool:
    """Does ``own`` (lowered, above any quote) report the application received or under review
    (_PENDING_STATUS) and tell no outcome, in the past (_outcome_told) or after the receipt's
    sentence as a review done and a refusal (_refused_after)?"""
    receipt = _PENDING_STATUS.search(own)
    if receipt is None or _outcome_told(own):
        return False
    _, end = bounds(own, receipt.start(), receipt.end(), _STOPS)
    return not _refused_after(own, end)


# Sixty-fourth pass: a receipt named so by its subject, not a reply and with no outcome in it
# ("Application received - Rigger Trainee", "We've received your application - Stock
# Controller", "Eingangsbestätigung Ihrer Bewerbung"): of some 4,400 training mails with such a
# subject, only one was a rejection, and its subject said "not successful"; seven receipts of
# slice 183 were filed on a rule, a legend or a condition told in them ("Four weeks without a
# shortlist call means the role went elsewhere", "Falls the choice on another candidate, also then
# a message comes"). Its decisions are held below filing unless one says a regret
# ("unfortunately", "sorry"): a receipt sent for a post already closed says so with one.
_RECEIPT_SUBJECT = re.compile(
    r"(?!\s*(?:re|fw|fwd|aw|sv|antw|tr|rv)\s*:)[^\n]*\b(?:application (?:received|"
    r"acknowledg\w*|confirm\w*|submitted|logged|registered)|(?:submission|registration) "
    r"(?:complete|completed|received|confirmed|successful)|(?:we(?:['\u2019]ve| have) )?received "
    r"your application|(?:receipt|acknowledg\w*|confirmation) of (?:your )?application|"
    r"eingangsbestätigung|bewerbung (?:eingegangen|erhalten)|candidature reçue|accusé de "
    r"réception|solicitud recibida|candidatura (?:ricevuta|recebida)|sollicitatie ontvangen|"
    r"ontvangstbevestiging"
    # (sixty-sixth pass: or said plainly or in dialect, "Application in - Welder Helper" (two
    # receipts filed, slice 200), "We get yuh application", "Form received"; of 849 training
    # mails with such a subject none is a rejection)
    r"|application in(?=\s*(?:[\-\u2013\u2014:|!.]|$))|we (?:got|get|have) (?:yuh|your|ya|you|"
    r"yer) (?:application|form|cv)|(?:form|cv) (?:received|landed|in))\b"
    r"(?![^\n]*\b(?:not successful|unsuccessful|outcome|update|decision|"
    r"regret|declined|status)\b)"
)
_REGRET = re.compile(
    r"\b(?:unfortunately|sorry|regret\w*|sadly|afraid|disappoint\w*|unsuccessful)\b"
)


def _a_receipt_by_subject(lowered: str, sentences: str) -> bool:
    """Is the message (``lowered``: its view, the subject its first line) a receipt by its
    subject (_RECEIPT_SUBJECT), none of whose decision sentences says a regret (_REGRET)?"""
    if _RECEIPT_SUBJECT.match(lowered) is None:
        return False
    return not any(_REGRET.search(line) for line in decision_lines(sentences))


def no_job_decision(text: str, sentences: str) -> bool:
    """Is a message (its views, as for reads_a_decision) one the rules read as giving no
    decision on the reader's job application, whatever its words score: a decision declining
    a thing the reader sent in (declines_a_thing), an application for something that is no job
    (in English, or a non-job thing named in another language with no job word: _no_job_abroad),
    mail to the one who posted or interviews for the job, about one the reader never applied to,
    took another offer for or is still in the process of, a job alert whose only decision is a
    listed role gone, one whose decisions were all of a thing that is no job (THING_REFUSED),
    or, with no decision token at all, an application reported received or
    still under review or the reader's own decision acknowledged (both read above any quoted
    mail)?"""
    lowered = text.lower()
    if _reader_not_the_applicant(lowered) or declines_a_thing(sentences):
        return True
    # (twentieth pass, part K: a newsletter's headline or its line about job seekers; a
    # decision naming the scholarship or grant it refuses)
    if a_newsletter(lowered) or refuses_a_thing(decision_lines(sentences)):
        return True
    if _applied_for_no_job(lowered) or _no_job_abroad(lowered):
        return True
    marks = text.rsplit("\n", 1)[-1].split()
    tokens = DECISIONS.intersection(marks)
    # (twenty-third pass, part C: or every decision read was one of a thing that is no job, a
    # plot, a loan, a pull request: negation.THING_REFUSED, rejectwatch.model.things_refused)
    if (tokens == {ROLE_GONE} and _AN_ALERT.search(lowered)) or (
        not tokens and THING_REFUSED in marks
    ):
        return True
    if tokens:
        # (sixty-fourth pass: a receipt by its subject, whose decisions say no regret,
        # _a_receipt_by_subject)
        return _a_receipt_by_subject(lowered, sentences)
    quote = _QUOTE_HEAD.search(lowered)
    own = lowered[: quote.start()] if quote else lowered
    if quote and quote.start() <= _FORWARD_NOTE and _FORWARD_HEAD.match(lowered, quote.start()):
        own = lowered
    return (
        _held_as_receipt(own)
        or _READERS_OWN.search(own) is not None
        # (twentieth pass, part K: plans called off, a pitch, another offer, other_refusals)
        or no_token_other(own, _A_JOB.search(lowered) is not None)
        # (twenty-sixth pass, part R: mail between colleagues about a third person's hire,
        # "the client went with Priya; I've told the other two we put forward. Can you raise
        # the invoice?", about_colleague)
        or about_colleague.colleagues_only(lowered)
    )
