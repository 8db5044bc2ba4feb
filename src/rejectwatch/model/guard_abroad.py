"""The guard in other languages: an offer of the job or an invitation to an interview, held
below filing (issue 11, sixteenth pass).

The guard (rejectwatch.model.classifier.held_back) read English and the Nordic "gå vidare med
dig" only: no offer, interview or next-steps mail of d12's ten languages or written-19's 26
was held, and the fifteenth pass's split of written-19 filed a Japanese offer and a Catalan
next step. An offer or an invitation must never be filed away, whatever else the letter says
("Leider konnten wir nicht alle Bewerber berücksichtigen, aber Sie laden wir gerne zum
Gespräch ein").

What is read is an invitation to an interview or a meeting about the job, or an offer, each
with the reader as its object and no negation near it: before it in its clause ("Leider können
wir Sie nicht zu einem Gespräch einladen", "nous ne pouvons pas vous inviter à un entretien"),
or, in the languages whose verbs end their clause, just after it ("面接にご案内することはできま
せん", "면접에 모시지 못하게"). A refusal that mentions the step it withholds stays a refusal.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import Prefiltered

__all__ = ["held_abroad"]

_INVITED = re.compile(
    # German, Dutch
    r"\b(?:laden|lade|möchten|würden) (?:wir |ich )?(?:sie|dich)\b[^.!?\n]{0,40}?"
    r"\b(?:vorstellungsgespräch|gespräch|interview|kennenlernen)\w*[^.!?\n]{0,20}?\bein(?:laden)?\b"
    r"|\beinladung zu(?:m|r)? (?:\w+ )?(?:vorstellungsgespräch|gespräch|interview)\b"
    r"|\b(?:nodigen|nodig) (?:we |wij |ik )?(?:je|jou|u) (?:graag )?uit\b"
    r"|\buitnodig\w* voor (?:een |het )?(?:\w+)?gesprek\b"
    # French, Italian, Spanish, Portuguese, Catalan
    r"|\b(?:vous|te) (?:inviter|convier|convoquer) à (?:un|une|votre|notre) (?:entretien|échange|"
    r"rencontre)\b"
    r"|\binvitarla a (?:un|una|sostenere) (?:\w+ )?colloquio\b|\binvitarti a (?:un )?colloquio\b"
    r"|\b(?:invitarte|invitarle|te invitamos|le invitamos) a (?:una|la) (?:\w+ )?entrevista\b"
    r"|\b(?:convidá-lo|convidá-la|convidar você|convidamos você|te convidar) para (?:uma )?"
    r"(?:\w+ )?entrevista\b"
    r"|\b(?:convidar-te|et convidem) a (?:una )?(?:\w+ )?entrevista\b"
    # Polish, Czech, Slovak, Hungarian, Romanian, Turkish, Greek
    r"|\bzaprosić (?:pana|panią|cię|państwa) na (?:\w+ )?rozmowę\b"
    r"|\bzapraszamy (?:pana |panią |cię )?na (?:\w+ )?rozmowę\b"
    r"|\b(?:pozvat|pozvať) (?:vás|tě|ťa) (?:na|k) (?:\w+ )?pohovor\w*"
    r"|\bmeghívjuk (?:önt |téged )?(?:egy )?(?:\w+ )?(?:interjúra|beszélgetésre|elbeszélgetésre)\b"
    r"|\bsă vă invităm la (?:un )?(?:\w+ )?interviu\b"
    r"|\bmülakat\w* davet\w*|\bgörüşmeye davet\w*"
    r"|\bνα σας προσκαλέσουμε σε (?:\w+ )?συνέντευξη"
    # Swedish, Danish, Norwegian, Finnish
    r"|\b(?:bjuda in dig|bjuder in dig|invitere dig|inviterer dig|invitere deg|inviterer deg|"
    r"kalle deg inn|indkalde dig) till? (?:en |et |ei )?(?:\w+ )?(?:intervju|samtale|intervjuu)\w*"
    r"|\bkutsua sinut (?:\w+ )?haastatteluun\b|\bkutsumme sinut (?:\w+ )?haastatteluun\b"
    # Russian, Ukrainian
    r"|\b(?:пригласить|приглашаем) вас на (?:\w+ )?(?:собеседование|интервью|встречу)\b"
    r"|\b(?:запросити|запрошуємо) вас на (?:\w+ )?(?:співбесіду|інтерв['’]ю|зустріч)"
    # Arabic, Indonesian, Vietnamese
    r"|(?:دعوتك|ندعوك|دعوتكم|ندعوكم) (?:إلى|الى|لحضور|لإجراء) مقابلة"
    r"|\bmengundang (?:anda|kamu|saudara) (?:untuk )?(?:mengikuti |hadir (?:dalam |di )?)?"
    r"(?:sesi )?(?:wawancara|interview)\b"
    r"|\bmời (?:bạn|anh|chị|quý vị) (?:tham gia |tham dự |đến )?(?:buổi )?phỏng vấn\b"
    # Japanese, Chinese, Korean
    r"|面接(?:のご案内|にお越しください|にお越しいただきたく|にお越しいただけますよう|にご招待|の日程|"
    r"日程のご調整|へのご案内)"
    r"|(?:邀请您|邀請您|诚邀您|誠邀您)(?:参加|參加|来|來)?(?:我们的|我們的)?(?:\w{0,4})?(?:面试|面試)"
    r"|(?:面试|面試)邀请|(?:面试|面試)邀請"
    r"|면접(?:에|에서)? (?:초대|모시고자|안내해 드립니다|안내드립니다|일정을 안내)"
    # ... and a meeting or an interview to be scheduled with the reader ("nous aimerions vous
    # rencontrer", "agendar una entrevista", "fissare un colloquio", "umówić rozmowę", "domluvit
    # pohovor", "boka in en intervju", "면접 일정", "lịch phỏng vấn", "concertar una entrevista")
    r"|\b(?:aimerions|souhaitons|voudrions) vous rencontrer\b"
    r"|\b(?:agendar|programar|concertar|coordinar|fijar) (?:una|la|tu|su) (?:\w+ )?entrevista\b"
    r"|\b(?:fissare|organizzare|programmare) (?:un|il) (?:\w+ )?colloquio\b"
    r"|\bumówić (?:się )?(?:na )?(?:\w+ )?(?:rozmowę|spotkanie)\b"
    r"|\b(?:domluvit|dohodnúť|naplánovat|naplánovať) (?:si )?(?:\w+ )?(?:pohovor|schůzku|"
    r"stretnutie)\w*"
    r"|\binterjú(?:ra|t)? (?:\w+ )?(?:egyeztet|időpont)\w*"
    r"|\b(?:boka|bokar) (?:in )?(?:en |ett )?(?:\w+ )?(?:intervju|samtal|möte)\b"
    r"|면접 일정"
    r"|\b(?:lịch|hẹn) phỏng vấn\b"
)
_OFFERED = re.compile(
    r"\b(?:freuen uns|freue mich),? (?:ihnen|dir) (?:die stelle|die position|einen vertrag|ein "
    r"angebot|eine zusage)\w*"
    r"|\b(?:ihnen|dir) (?:die stelle|die position) (?:\w+ )?anzubieten\b"
    r"|\bavons le plaisir de vous (?:proposer|offrir|annoncer que votre candidature a été retenue)"
    r"|\b(?:nos complace|nos alegra|tenemos el placer de) (?:ofrecerte|ofrecerle|comunicarte que "
    r"has sido seleccionad[oa])\b"
    r"|\btemos o prazer de (?:lhe |te )?(?:oferecer|comunicar que (?:você )?foi selecionad[oa])\b"
    r"|\bsiamo lieti di (?:offrirle|offrirti|comunicarle che è stat[oa] selezionat[oa])\b"
    r"|\b(?:bieden|bied) (?:je|jou|u) (?:graag )?(?:de|deze) (?:functie|baan|positie|rol) aan\b"
    r"|\b(?:erbjuda dig|tilby deg|tilbyde dig) (?:tjänsten|jobbet|stillingen|rollen|jobben)\b"
    r"|\bрады предложить вам\b|\bраді запропонувати вам\b"
    r"|يسعدنا (?:أن نقدم لك|تقديم) عرض"
    r"|\bdengan senang hati (?:menawarkan|kami tawarkan)\b"
    r"|\bvui mừng (?:thông báo|được mời) (?:bạn|anh|chị) (?:đã )?trúng tuyển\b"
    r"|内定(?:のご連絡|をお知らせ|が決定|を出させて)|採用(?:が決定|することに決定|内定)"
    r"|(?:录用通知|錄用通知|恭喜您(?:被|获得|獲得|通过|通過))"
    r"|최종 합격(?:을 축하|하셨|되셨)|합격을 축하"
    # ... and an offer in more words ("Ihnen eine Zusage geben", "vous proposer le poste",
    # "oferecer-lhe a vaga", "je een contract aanbieden", "zaproponować Pani stanowisko", "vám
    # nabídnout pozici", "ajánljuk fel Önnek", "să vă oferim postul", "tarjota sinulle paikkaa",
    # Greek "to offer you", "size … teklif etmek", "menawarkan posisi", "thư mời nhận việc",
    # "نعرض عليك الوظيفة", "oferir-te la plaça")
    r"|\b(?:ihnen|dir) (?:gerne |hiermit )?(?:eine zusage|ein (?:vertrags)?angebot|die stelle|die "
    r"position)\b[^.!?\n]{0,30}?\b(?:geben|erteilen|machen|unterbreiten|anbieten)\b"
    r"|\bvous (?:proposer|offrir) (?:le poste|ce poste|un contrat|une offre)\b"
    r"|\bvous faire une (?:offre|proposition)\b"
    r"|\boferecer(?:-lhe|-te)? (?:a você |a si )?(?:a vaga|o cargo|a posição|uma proposta)\b"
    r"|\b(?:je|jou|u) (?:graag )?(?:een )?(?:aanbod|contract|arbeidsovereenkomst) "
    r"(?:doen|aanbieden|sturen)\b"
    r"|\b(?:zaproponować|oferujemy|proponujemy)(?: \w+){0,2}? (?:stanowisko|ofertę|pracę|umowę)\b"
    r"|\b(?:vám|ti) (?:\w+ )?(?:nabídnout|nabízíme|nabídli|ponúknuť|ponúkame|ponúkli)\b"
    r"|\bajánlj(?:uk|ák) fel (?:önnek|neked)\b|\bállásajánlat\w*"
    r"|\b(?:să )?vă oferim (?:postul|poziția|o ofertă|un contract)\b"
    r"|\btarjo(?:ta|amme) sinulle\b"
    r"|\bνα σας προσφέρουμε\b"
    r"|\b(?:size|sana) (?:\w+ ){0,3}?teklif (?:etmek|ediyoruz|etmekten)\w*|\biş teklif\w*"
    r"|\bmenawarkan (?:anda |kepada anda )?(?:posisi|pekerjaan|jabatan|kontrak)\b"
    r"|\bsurat penawaran\b"
    r"|\bthư mời nhận việc\b|\bmời (?:bạn|anh|chị) (?:nhận|đảm nhận) (?:vị trí|công việc)\b"
    r"|(?:نعرض عليك|نقدم لك) (?:الوظيفة|وظيفة|عرض)"
    r"|\boferir-(?:te|vos|li) (?:la plaça|el lloc|la posició|una oferta)\b"
)
# A negation in the clause before a match, or a conditional ("egal ob mit einer Einladung zum
# Gespräch oder einer Absage"), in the languages read (the English ones are read by
# negation.offers_the_job and invites_the_reader)
_NEGATED_BEFORE = re.compile(
    r"\b(?:nicht|kein\w*|leider|gegen|nemůž\w*|nemôž\w*|nelze|ob|falls|wenn|sofern|si|se|om|jos|"
    r"если|якщо|jika|nếu|ne|n['’]|pas|no|non|não|nao|niet|geen|helaas|nie|inte|ikke|ikkje|"
    r"tyvärr|desværre|dessverre|emme|emmekä|eikä|ei|bohužel|nebudeme|žiaľ|sajnos|nem|nu|"
    r"din păcate|maalesef|"
    r"δεν|не|на жаль|к сожалению|tidak|belum|sayangnya|không|chưa|rất tiếc|lamentablement|"
    r"malauradament|unfortunately|not|unable|cannot)\b"
    r"|لا |لم |لن |للأسف|مع الأسف|إذا|如果|无法|無法|不能|未能|没有|沒有|遗憾|遺憾|残念|n['’]t\b"
)
_CLAUSE_BEFORE = 60
# ... and just after it, where a verb ends its clause ("面接にご案内することはできません")
_NEGATED_AFTER = re.compile(
    r"でき(?:ません|ない|かね)|いたしかね|致しかね|見送|ず[、。]|못|않|어렵|不|无法|無法"
)
_CLAUSE_AFTER = 20
_STOPS = ".!?\n;:,，、。！？"

_INVITED_FAST = Prefiltered(_INVITED)
_OFFERED_FAST = Prefiltered(_OFFERED)


def _unnegated(pattern: re.Pattern[str], lowered: str) -> bool:
    """Does ``pattern`` match ``lowered`` with no negation in the clause before the match, in it
    or just after it?"""
    for match in pattern.finditer(lowered):
        left = max(0, match.start() - _CLAUSE_BEFORE)
        cut = max(lowered.rfind(stop, left, match.start()) for stop in _STOPS)
        before = lowered[max(left, cut + 1) : match.start()]
        right = match.end() + _CLAUSE_AFTER
        ends = [lowered.find(stop, match.end(), right) for stop in "\u3002\n.!?"]
        after = lowered[match.end() : min((at for at in ends if at >= 0), default=right)]
        # (and none inside it: "wir können Ihnen die Stelle leider nicht anbieten")
        if not any(
            map(_NEGATED_BEFORE.search, (before, match.group()))
        ) and not _NEGATED_AFTER.search(after):
            return True
    return False


def held_abroad(text: str) -> bool:
    """Does ``text`` invite the reader to an interview or offer them the job, in one of the other
    languages read, with no negation near it? (Each pattern is searched only where one of the
    strings its matches need stands: one pass of an automaton, prefilter.Prefiltered.)"""
    lowered = text.lower()
    return any(
        fast.search(lowered) is not None and _unnegated(fast.pattern, lowered)
        for fast in (_INVITED_FAST, _OFFERED_FAST)
    )
