# ruff: noqa: RUF002  (Cyrillic, Arabic and CJK letters and full-width colons are the words read)
"""Outcome readings in Catalan, Slovak, Ukrainian, Russian, Arabic, Indonesian, Vietnamese,
Chinese, Japanese and Korean (issue 11, sixteenth pass).

The fifteenth pass's written training mail (written-19) held refusals in these languages, and
the model filed none of them before it was trained on them: no reading knew a word of them, so
their decision sentences entered neither the refusal-sentence block nor the gate, and the bag
of words alone had to tell a refusal from its twin (a confirmation whose "if you are not
selected …" shares every word of the refusal). Blind slice 14's two Japanese letters ("今回は
採用を見送らせていただく", "ご期待に添えない結果") scored 0.46 and 0.77. What these languages say
is the same handful of shapes as every other language read:

* **the reader not taken on**: Japanese "見送り", "不採用", "ご期待に添えない", "ご縁がなかった";
  Chinese "未能通过", "未被录用", "决定不再推进", "无法为您提供"; Korean "함께하지 못하게",
  "진행하지 않기로", "불합격"; Russian and Ukrainian "не можем предложить", "решили не
  продолжать", "ваша кандидатура не прошла", "вирішили не продовжувати"; Arabic "لم يتم
  اختيارك", "قررنا عدم المضي"; Indonesian "tidak lolos", "memutuskan untuk tidak melanjutkan";
  Vietnamese "không được chọn", "quyết định không tiếp tục"; Catalan "no has estat
  seleccionada"; Slovak "neboli ste vybraný", "nebudeme pokračovať";
* **someone else chosen**: "他の候補者", "其他候选人", "다른 지원자", "другого кандидата",
  "іншого кандидата", "مرشح آخر", "kandidat lain", "ứng viên khác", "un altre candidat",
  "iného uchádzača", each with a verb of choosing where the words alone could be a
  comparison still to come;
* **the post filled or withdrawn**: "募集を終了いたしました", "职位已招满", "채용이
  마감되었습니다", "вакансия закрыта", "تم شغل الوظيفة", "posisi ini telah terisi", "vị trí
  đã được tuyển", "la plaça s'ha cobert", "pozícia bola obsadená";
* **a status line whose value is a refusal**: "選考結果：不採用", "状态：未通过", "결과: 불합격",
  "Статус: отказ", "Estat: descartada".

Their conditionals and decisions still to come ("場合", "如果", "경우", "если", "якщо", "إذا",
"jika", "nếu", "en cas que", "ak"; "次第", "一旦", "как только", "بمجرد") are in
rejectwatch.model.languages, so none of these readings fires in a confirmation's "if you are
not selected".

Han and kana have no spaces: no pattern opens with ``\\b`` there (a run of them is one word to
the regex engine), and the sentence they are searched in ends at "。" too
(rejectwatch.model.features hands read_cues the text with full-width stops read as stops).

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.decisions_abroad, so the same checks apply. Every match
lies inside one sentence. The word groups are read off the patterns
(rejectwatch.model.prefilter.openers).
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

# Japanese: "今回は採用を見送らせていただく", "ご期待に添えない結果となりました", "ご縁がなかった",
# "採用を見合わせる", "次の選考にお進みいただくことはできません", "不採用"
_JA_OUT = re.compile(
    r"(?:採用|選考|今回|ご縁|ご案内|貴殿|貴方|あなた|残念)[^。\n.]{0,15}?見送(?:り|ら|る|っ)"
    r"|(?:ご期待|ご希望|貴意)に(?:添|沿)(?:え|い)(?:ない|かね|ず|ません)"
    r"|(?:ご期待|ご希望|貴意)に(?:添|沿)うことが(?:でき(?:ず|ません|ない)|かな)"
    r"|ご縁が(?:なかった|ございませんでした|なく)"
    r"|採用を?見合わせ"
    r"|(?:お進みいただく|進んでいただく|ご案内する|ご案内いたす)こと(?:は|が)(?:でき(?:ません|ない|かね)|"
    r"いたしかね|致しかね)"
    r"|不採用(?:と|に)(?:なり|させて|決定|いたし|致し)"
    r"|(?:選考|面接|書類)[^。\n.]{0,12}?(?:不合格|不採用)"
    # seventeenth pass: "貴殿は不合格となりました", "ご推薦はここまでとさせていただきます" (an
    # agency's), "選考はここまでとなります" (not "本日の選考はここまで", an interview day's)
    r"|不合格(?:と|に)(?:なり|させて|決定|いたし|致し)"
    r"|(?:貴殿|あなた|貴方|様)は[^。\n.]{0,6}?(?:不合格|不採用)"
    r"|(?<!本日の)(?:ご推薦|推薦|選考|ご案内)(?:は|も)ここまで(?:と|で)(?:させて|なり|いたし|致し|終了)"
)
# ... someone else chosen ("他の候補者の方を採用することになりました", "別の方に内定")
_JA_OTHER = re.compile(
    r"(?:他の|別の|ほかの)(?:候補者|応募者|方|人材|方々)[^。\n.]{0,20}?(?:採用|内定|決定|選ばせ|選び|"
    r"決まり|お願いする|進め|進ま)"
    # seventeenth pass: someone described hired, in a decision's past
    # ("より経験の近い方を採用させていただくことになりました"; not an offer's "貴方を採用",
    # nor a wish, "あなたのような方を採用したい")
    r"|(?:の|な|る|た|い)(?:方|人材|候補者|応募者)(?:を|に)(?:採用|内定|決定|お願い)[^。\n.]{0,12}?"
    r"(?:ことになりました|ことといたしました|こととなりました|ことに決定|ことにいたしました|"
    r"決定いたしました|決定しました)"
)
# ... the post filled or closed, in the past ("募集を終了いたしました", "ポジションは充足しました")
_JA_GONE = re.compile(
    r"(?:募集|求人|ポジション|採用活動)[^。\n.]{0,10}?(?:終了(?:しました|いたしました|致しました|"
    r"となりました)|充足|中止(?:しました|いたしました|となりました)|取りやめ|取り止め|取り下げ)"
    # seventeenth pass: the hire already decided ("すでに採用者が決定いたしました"; not
    # "決定しましたら", once it is)
    r"|(?:採用者|採用予定者|内定者|合格者|入社予定者)(?:が|は)[^。\n.]{0,6}?(?:決定|決まり)"
    r"(?:いたしました|致しました|しました|ました)(?!ら)"
)
_JA_STATUS = re.compile(
    r"(?:ステータス|選考状況|選考結果|結果)\s*[:：]\s*(?:不採用|不合格|見送り|お見送り|選考終了)"
)

# Chinese (simplified and traditional): "未能通过本次面试", "未被录用", "决定不再推进您的申请",
# "无法为您提供该职位", "与该岗位不太匹配"
_ZH_OUT = re.compile(
    r"未(?:能|被|获|獲)?(?:录用|錄用|录取|錄取|入选|入選|选中|選中)"
    # (forty-third pass: the reader's application not passed, "您的申请这次未能通过")
    r"|(?:您|你)的(?:申请|申請)(?:这次|這次|此次|本次)?(?:未能|没能|沒能|没有|沒有|未)(?:通过|通過)"
    r"|(?:未能|没能|沒能|没有|沒有|无法|無法|不能)(?:通过|通過|进入|進入)(?:本次|此次|这次|這次|本轮|"
    r"本輪)?的?(?:面试|面試|"
    r"筛选|篩選|下一|下轮|下輪|复试|複試|评估|評估|终面|終面)"
    r"|(?:决定|決定)(?:不再|暂不|暫不|不)(?:推进|推進|继续|繼續|录用|錄用|考虑|考慮|安排)"
    # (fifty-sixth pass, fourth round: "暫不錄用" after an apology, slice 125)
    r"|(?:暂不|暫不)(?:录用|錄用|录取|錄取)"
    r"|(?:无法|無法|不能|不再)(?:继续|繼續)?(?:推进|推進)"
    r"|(?:暂不|暫不)(?:考虑|考慮|匹配)"
    r"|未(?:能)?(?:进入|進入)[^。，,\n]{0,12}?(?:名单|名單|下一|面试|面試)"
    r"|(?:不会|不會|不再)(?:继续|繼續)(?:你|您)的"
    r"|未(?:能|获|獲)?通(?:过|過)(?:本次|此次|这次|這次|本轮|本輪|我们的|我們的|公司的)?的?(?:面试|面試|筛选|"
    r"篩選|评估|評估|初筛|初篩|复试|複試|终面|終面|简历|簡歷|选拔|選拔)"
    r"|(?:无法|無法|不能)(?:为您|為您|向您|给您|給您)(?:提供|发出|發出)(?:该|該|这个|這個|此|本)?"
    r"(?:职位|職位|岗位|崗位|offer|录用|錄用|工作机会|工作機會|聘用)"
    r"|(?:不予|暂不予|暫不予)(?:录用|錄用|考虑|考慮)"
    r"|(?:与|與|和)[^。，,\n]{0,10}?(?:不太|不够|不夠|不)(?:匹配|符合|契合)"
    # (sixtieth pass: the reader's application ends here, "您的申请就到此为止", slice 146)
    r"|(?:您|你)的(?:申请|申請|应聘|應聘|求职|求職)(?:就|也|只能)?(?:到此为止|到此為止|到此结束|到此結束|就此结束|"
    r"就此結束)"
)
# ... someone else chosen ("我们选择了另一位候选人", "已录用其他候选人")
_ZH_OTHER = re.compile(
    r"(?:选择|選擇|录用|錄用|决定|決定|选定|選定|确定|確定|聘用|选了|選了)了?(?:其他|另一位|另外一位|"
    r"另一名|别的|別的|其它|更合适的|更合適的)[^。，,\n]{0,15}?(?:候选人|候選人|应聘者|應聘者|申请人|"
    r"申請人|人选|人選|同事|人)"
    r"|(?:由|给了|給了|交给|交給)(?:其他|另一位|另外一位|内部|內部)的?(?:候选人|候選人|同事|人选|人選)"
    # (fifty-sixth pass, fourth round: the place given to someone described, "這次學徒名額
    # 我們給了一位在鹿港學過粉彩開臉的師傅", slice 125)
    r"|(?:名额|名額|位置|职位|職位|岗位|崗位)(?:我们|我們|我)?(?:给了|給了|交给了|交給了)"
    r"(?:一位|一名)"
    r"|(?:选择|選擇|录用|錄用)了?一位[^。，,\n]{0,20}?(?:更|較|较)[^。，,\n]{0,10}?(?:候选人|候選人|人选|"
    r"人選)"
    r"|(?:与|與|和)(?:其他|其它|另外的?|别的|別的)(?:候选人|候選人|人选|人選)(?:继续|繼續|进行|進行|推进|推進)"
    # (forty-third pass: the post given to someone told by who they are, "制茶师傅助手的位置 …
    # 我们给了在厂里做了两年拣茶工的小林")
    r"|(?:位置|职位|職位|岗位|崗位|工作)[，,]\s*(?:我们|我們)?(?:给了|給了|交给了|交給了|安排给了|安排給了)"
)
# ... the post filled or closed ("该职位已招满", "岗位已关闭", "职位已有合适人选")
_ZH_GONE = re.compile(
    r"(?:职位|職位|岗位|崗位|职缺|職缺|招聘)(?:目前|现在|現在)?(?:已|已经|已經)(?:招满|招滿|关闭|關閉|取消|"
    r"暂停|暫停|结束|結束|有合适人选|有合適人選|找到合适|找到合適|填补|填補|补足|補足)"
)
_ZH_STATUS = re.compile(
    r"(?:状态|狀態|结果|結果)\s*[:：]\s*(?:未通过|未通過|不合适|不合適|已拒绝|已拒絕|未录用|未錄用|"
    r"淘汰|不匹配)"
)

# Korean: "함께하지 못하게 되었습니다", "진행하지 않기로 결정", "다음 전형으로 모시지 못하게",
# "불합격", "좋은 소식을 전해 드리지 못해"
_KO_OUT = re.compile(
    r"(?:함께하지|함께 하지|모시지|모시기 어렵|함께하기 어렵)(?: 못|게 되)"
    r"|(?:채용|선발|합격)(?:하지|되지) (?:않기로|못하)|진행하지 않기로"
    r"|(?:전형|단계|면접)(?:으로|에|로)(?:는)? (?:모시지|안내해 드리지|안내드리지|진행하지|진행해 "
    r"드리지) 못"
    r"|불합격"
    r"|탈락(?:하셨|되셨|되었|하였|처리)"
    r"|좋은 (?:소식|결과)(?:을|를) (?:전해|알려) (?:드리지|드릴 수 없)"
    r"|다음 (?:단계|전형|라운드)(?:로|으로|에) (?:진행|안내)(?:되지|하지|해 드리지) (?:않|못)"
    # seventeenth pass: "다음 전형으로 안내해 드리기 어렵게 되었습니다" (it has become hard to ...)
    r"|(?:안내해 드리기|안내드리기|안내하기|모시기|진행하기|진행해 드리기|함께하기|함께 하기|"
    r"제안드리기|제안해 드리기) 어렵(?:게 되었|게 됐|습니다|겠습니다|다는)"
)
# ... someone else chosen ("다른 지원자를 선택하게 되었습니다")
_KO_OTHER = re.compile(
    r"다른 (?:지원자|후보자|분|인재|후보)(?:을|를|과|와|으로|로|께|분)?[^.!?\n]{0,20}?"
    r"(?:선택|채용|선발|진행하기로|결정|모시기로)"
)
# ... the post filled or closed, in the past ("해당 포지션은 채용이 마감되었습니다")
_KO_GONE = re.compile(
    r"(?:포지션|채용|공고|모집)(?:이|은|는|가|을|를)? (?:마감|종료|취소|충원|완료)"
    r"(?:되었|됐|되어|하였|했)"
)
_KO_STATUS = re.compile(r"(?:상태|결과)\s*[:：]\s*(?:불합격|탈락|미선발|서류 불합격)")

# (forty-eighth pass: a day, a time or an interview's slot, never the post: "предложить вам
# пятницу мы не можем")
_RU_A_DAY = r"пятниц|понедельник|вторник|сред[уа]|четверг|суббот|воскресень|время|слот|собеседован"
# Russian: "не можем предложить вам", "решили не продолжать", "ваша кандидатура не прошла",
# "не прошли на следующий этап", "вынуждены отказать"
_RU_OUT = re.compile(
    r"\bне (?:можем|сможем|готовы) (?:с вами |вам |вас )?(?:продолжить|двигаться дальше|пригласить "
    r"(?:вас )?(?:на|в) (?:следующ|финальн|собеседован|интервью)|предложить (?:вам )?"
    r"(?:эту |данную )?(?:должность|позицию|работу|место|вакансию|оффер|сотрудничество)|сделать "
    r"(?:вам )?(?:предложение|оффер))"
    r"|\bне (?:прошли|прошёл|прошел|прошла) (?:\w+ )?(?:отбор|конкурс|собеседование|интервью|"
    r"тестирование)"
    r"|\b(?:решили|приняли решение|решение) не (?:продолжать|двигаться|приглашать|рассматривать|"
    r"предлагать)"
    r"|\b(?:кандидатура|заявка|резюме|отклик)(?: \w+){0,2}? (?:не (?:прошла|прошло|прошёл|прошел|"
    r"подошла|подошло|подошёл|подошел|была выбрана|выбрана|выбран)|отклонен[аоы]?)\b"
    r"|\bне (?:прошли|прошёл|прошел|прошла) (?:\w+ )?(?:на |в )?(?:следующ|дальнейш|финальн)\w*"
    r"|\b(?:вынуждены|вынуждена|вынужден) (?:вам )?отказать"
    r"|\bне (?:будем|станем) (?:\w+ )?(?:продолжать|рассматривать)"
    # (forty-third pass: the reader's candidacy no longer considered, "поэтому дальше ваша
    # кандидатура не рассматривается")
    r"|\b(?:ваша|твоя) (?:кандидатура|заявка|анкета) (?:дальше |далее |больше )?не "
    r"(?:рассматривается|будет рассматриваться)\b"
    r"|\bне проходи(?:шь|те) (?:дальше|далее)\b|\bне признаны? победител\w*"
    # (forty-eighth pass: the offer refused with its object first, "так что предложить … вам мы
    # не можем"; never a day or a time moved, "предложить вам пятницу мы не можем")
    r"|\bпредложить (?:его|её|ее|это место|эту работу|эту должность|эту вакансию|эту позицию) "
    r"вам[^.!?\n]{0,30}? не (?:можем|сможем)\b"
    r"(?![^.!?\n]*(?:" + _RU_A_DAY + r"))"
)
# ... someone else chosen ("выбрали другого кандидата", "остановили выбор на другом соискателе")
_RU_OTHER = re.compile(
    r"\b(?:выбрал\w*|выбор|пригласил\w*|предпочл\w*|предпочтение|остановил\w*|взял\w*|нанял\w*|"
    r"отдал\w*|решил\w*)(?: \w+){0,3}? (?:друг(?:ого|ую|их|ой|им|ому|ом|ими)) "
    r"(?:кандидат|соискател|претендент|специалист|сотрудник|человек)\w*"
    r"|\bвыбор (?:\w+ )?(?:пал|остановился) на\b"
    r"|\bв пользу (?:друг\w+|другого) (?:кандидат|соискател|претендент|специалист)\w*"
    r"|\b(?:выбрали|выбрал|выбрала|остановились на|взяли) (?:кандидат\w*|соискател\w*|"
    r"специалист\w*|человека),? (?:чей|чья|чьё|чье|чьи|который|которая|с )"
)
# ... the post filled or withdrawn ("вакансия уже закрыта", "позиция заполнена")
_RU_GONE = re.compile(
    r"\b(?:ваканси[яю]|позици[яю]|должность)\b[^.!?\n]{0,50}? (?:закрыта|заполнена|отменена|снята|"
    r"занята)\b"
    # (forty-third pass: the place taken by someone, "Место гравёра … заняла выпускница …", and
    # the hiring closed, "поэтому набор закрыт")
    r"|\bместо\b(?![^.!?\n]*(?:автобус|поезд|самол|вагон|очеред|зал|стол|парков|кресл|ряд))"
    r"[^.!?\n]{0,40}? (?:заняла|занял|заняли|уже занято)\b"
    r"|\bнабор (?:уже )?(?:закрыт|завершён|завершен)\b"
    # (forty-eighth pass: the place, named before, taken by someone, "Только … уже занял
    # человек, который раньше выручал нас"; never the reader, nor a seat, a slot or a time)
    r"|\b(?:его|её|ее) (?:уже )?(?:занял|заняла|заняли) (?:человек|парень|девушка|мужчина|"
    r"женщина|сотрудник|сотрудница|кандидат|кандидатка|другой|другая|другие|кто-то|наш|наша|"
    r"бывший|бывшая|ученик|ученица|студент|студентка|сосед|соседка|племянник|племянница)\b"
    r"(?![^.!?\n]*(?:" + _RU_A_DAY + r"|автобус|поезд|зал|стол|очеред))"
)
_RU_STATUS = re.compile(r"\bстатус\w*[^\n:]{0,20}:\s*(?:отказ|отклонен\w*|не подходит|закрыт\w*)")

# Ukrainian: "не можемо запропонувати вам", "вирішили не продовжувати", "ваша кандидатура не
# пройшла", "змушені відмовити"
_UK_OUT = re.compile(
    r"\bне (?:можемо|зможемо|готові) (?:з вами |вам |вас )?(?:продовжити|рухатися далі|запросити "
    r"(?:вас )?(?:на|до) (?:наступн|фінальн|співбесід|інтерв)|запропонувати (?:вам )?(?:цю |дану )?"
    r"(?:посаду|позицію|роботу|місце|вакансію|офер|співпрацю)|зробити (?:вам )?"
    r"(?:пропозицію|офер))"
    r"|\bне (?:пройшли|пройшов|пройшла) (?:\w+ )?(?:відбір|конкурс|співбесіду|інтерв\w*|тестування)"
    r"|\b(?:вирішили|ухвалили рішення|прийняли рішення|рішення) не (?:продовжувати|рухатися|"
    r"запрошувати|розглядати|пропонувати)"
    r"|\b(?:кандидатура|заявка|резюме|відгук)(?: \w+){0,2}? (?:не (?:пройшла|пройшло|підійшла|"
    r"підійшло|була обрана|обрана|обраний)|відхилен[аоі]?)\b"
    r"|\bне (?:пройшли|пройшов|пройшла) (?:\w+ )?(?:на |до )?(?:наступн|фінальн|подальш)\w*"
    r"|\b(?:змушені|вимушені) (?:вам )?відмовити"
    r"|\bне (?:будемо|станемо) (?:\w+ )?(?:продовжувати|розглядати)"
    r"|\bне прохо(?:диш|дите) далі\b|\bне (?:визначено|визнано) переможц\w*"
    r"|\b(?:кандидатуру|заявку|резюме) (?:\w+ ){0,2}?не обрано\b"
)
# ... someone else chosen ("обрали іншого кандидата", "зупинили вибір на іншій кандидатурі")
_UK_OTHER = re.compile(
    r"\b(?:обрал\w*|вибрал\w*|вибір|запросил\w*|віддал\w*|зупинил\w*|взял\w*|найнял\w*|"
    r"вирішил\w*|вирішив)(?: \w+){0,3}? (?:інш(?:ого|у|их|ій|им|ому|ім|ими)) "
    r"(?:кандидат|претендент|фахів|спеціаліст|людин|працівник)\w*"
    # (part Q: never a village council's or an election's candidate)
    r"(?![^.!?\n]*(?:до ради|до сільської ради|до міської ради|в раду|у раду|виборах|вибори|"
    r"депутат\w*))"
    r"|\bвибір (?:\w+ )?(?:впав|зупинився) на\b"
    r"|\bна користь (?:інш\w+) (?:кандидат|претендент|фахів|спеціаліст)\w*"
    r"|\b(?:обрали|обрав|обрала|вибрали|взяли) (?:кандидат\w*|претендент\w*|фахів\w*|людину),? "
    r"(?:чий|чия|чиє|чиї|який|яка|які|з )"
    # (fifty-sixth pass: or a craftsman, a girl, a woman taken, "узяла майстриню з Косова, яка ...",
    # slice 123)
    r"|\b(?:узяла|узяв|узяли|взяла|взяв) (?:майстр\w*|працівни\w*|дівчин\w*|хлопц\w*|жінку|"
    r"чоловіка|колег\w*|учн\w*)(?: (?:з|зі|із) \w+)?,? (?:чий|чия|чиє|чиї|який|яка|які|що)\b"
)
_UK_GONE = re.compile(
    r"\b(?:ваканс\w*|посад[аиу]|позиці[яю])\b[^.!?\n]{0,50}? (?:закрито|закрита|заповнена|"
    r"заповнено|скасована|скасовано|зайнята)\b"
    # (forty-eighth pass, second round: the place taken, "тож місце вже зайняте"; never the
    # reader's, nor a seat on a bus or at a table)
    r"|(?<!ваше )(?<!твоє )\bмісце (?:в нас |у нас |у майстерні |в майстерні )?(?:вже |уже )?"
    r"(?:зайняте|зайнято|заповнене|заповнено)\b"
    r"(?![^.!?\n]*(?:автобус|поїзд|потяг|літак|зал[іу]|стол|черз|парков))"
)
_UK_STATUS = re.compile(r"\bстатус\w*[^\n:]{0,20}:\s*(?:відмова|відхилено|не підходить|закрито)")

# Arabic: "لم يتم اختيارك", "لم يحالفك الحظ", "قررنا عدم المضي قدمًا", "لن نتمكن من المضي",
# "تم رفض طلبك" (words may carry "و" or "ف" in front: no \b before them)
_AR_OUT = re.compile(
    r"(?:لم|لن) (?:يتم|تتم) (?:اختيار|ترشيح|قبول|المضي|الاستمرار|التقدم|المتابعة)"
    # seventeenth pass: "لم تجتازوا المقابلة" (you did not pass), "لا يمكننا أن نقدّم لك هذه الوظيفة"
    r"|لم (?:تجتز|تجتازي|تجتازوا|يجتز|تنجح|تنجحي|تنجحوا|تتجاوز|تتجاوزي|تتجاوزوا) "
    r"|(?:لا يمكننا|لا نستطيع|لن نتمكن من|لم نتمكن من|لن نستطيع) (?:أن )?(?:نقد\u0651?م|تقديم|نعرض|"
    r"عرض)(?: لك| لكم| لكِ)? (?:هذه |هذا )?(?:ال)?(?:وظيفة|منصب|عرض|فرصة)"
    r"|لم (?:يحالفك|يحالفكم|يحالفكِ) الحظ"
    r"|(?:قررنا|قرر|قررت|تقرر) عدم (?:المضي|الاستمرار|التقدم|المتابعة|اختيار|قبول|ترشيح)"
    r"|(?:لن نتمكن|لا نستطيع|لا يمكننا|لم نتمكن|لن نستطيع) من (?:المضي|الاستمرار|التقدم|المتابعة|"
    r"تقديم عرض|قبول)"
    r"|(?:تم|قد تم) رفض (?:طلب|ترشيح)"
    r"|عدم (?:قبول|اختيار) (?:طلبك|ترشيحك|طلبكم|ترشيحكم)"
    r"|لم (?:يُ?قبل|يُ?قبَل) طلب"
    r"|لم يقع (?:عليك|عليكم) الاختيار"
    # (fifty-seventh pass: your application stops at this stage, "سيتوقف طلبك عند هذه المرحلة",
    # slice 129)
    r"|(?:سيتوقف|يتوقف|توقف|ينتهي|سينتهي) (?:طلبك|ترشيحك|طلبكم|ترشيحكم|طلبكِ) (?:عند|في) "
    r"(?:هذه|هذا) (?:المرحلة|الحد)"
)
# ... someone else chosen ("اخترنا مرشحًا آخر", "وقع اختيارنا على")
_AR_OTHER = re.compile(
    r"(?:اخترنا|اختار|اختارت|تم اختيار|فضلنا|قررنا|تعيين|توظيف|المضي قدم(?:ا|ًا|اً) مع)"
    r"[^.!?\n]{0,25}?"
    r"(?:مرشح|مرشحة|مرشحين|متقدم|متقدمين|شخص)(?:ا|ًا|اً)? (?:آخر|آخرين|أخرى|اخر|اخرين)"
    r"|وقع (?:ال)?اختيار(?:نا)? على"
    # (fifty-seventh pass: one described by craft, "اخترنا صائغًا يتقن النقش", slice 129; never
    # the reader, "اخترناك")
    r"|اخترنا (?!ك)\S+(?:ًا|اً|ا) (?:يتقن|يجيد|لديه|له|من|ذا|صاحب)"
)
_AR_GONE = re.compile(
    r"(?:تم|قد تم) (?:شغل|إغلاق|اغلاق|إلغاء|الغاء) (?:هذه |هذا )?(?:ال)?(?:وظيفة|شاغر|منصب)"
)

# Indonesian: "tidak lolos", "belum dapat melanjutkan", "memutuskan untuk tidak melanjutkan",
# "lamaran Anda tidak dapat kami proses lebih lanjut"
_ID_OUT = re.compile(
    r"\b(?:tidak|belum) (?:dapat|bisa) (?:kami )?(?:melanjutkan|meneruskan|menawarkan|mengundang|"
    r"lanjutkan|teruskan|proses lebih lanjut)\b"
    r"|\b(?:tidak|belum) (?:lolos|terpilih|berhasil lolos)\b"
    r"|\b(?:anda|kamu|saudara)(?: \w+){0,2}? tidak diterima\b"
    r"|\bmemutuskan untuk tidak (?:melanjutkan|meneruskan|memproses|menerima|memilih)\b"
    # seventeenth pass: the reader not going on to the next stage ("Anda tidak melanjutkan ke
    # tahap wawancara", "kamu belum berhasil melanjutkan proses seleksi"), declared not to meet the
    # requirements ("dinyatakan tidak memenuhi syarat"), an agency's "tidak bisa mengajukan profil"
    r"|\b(?:tidak|belum) (?:berhasil )?(?:melanjutkan|lanjut|maju|masuk|melaju|lolos) ke (?:tahap|"
    r"proses|babak|sesi|fase)\b"
    r"|\b(?:tidak|belum) berhasil (?:melanjutkan|lanjut|lolos|masuk|melaju|terpilih)\b"
    r"|\bdinyatakan (?:tidak|belum) (?:memenuhi syarat|lulus|lolos|diterima|terpilih|memenuhi "
    r"kualifikasi)\b"
    r"|\b(?:tidak|belum) (?:dapat|bisa) (?:kami |saya )?(?:mengajukan|ajukan|merekomendasikan|"
    r"rekomendasikan|meneruskan|teruskan) (?:profil|lamaran|cv|kandidasi)\b"
    # (fifty-sixth pass: the application stopping here, "sehingga lamaran Bapak/Ibu berhenti
    # sampai di sini", slice 120)
    r"|\blamaran (?:anda|bapak/ibu|bapak|ibu|saudara|saudari|kamu)(?: \w+)? (?:berhenti|berakhir|"
    r"selesai|terhenti) (?:sampai )?di (?:sini|tahap ini)\b"
)
# ... someone else chosen ("telah memilih kandidat lain", "melanjutkan dengan pelamar lain")
_ID_OTHER = re.compile(
    r"\b(?:memilih|dipilih|melanjutkan dengan|meneruskan dengan|lanjut dengan|menerima|merekrut|"
    r"memproses)(?: \w+){0,2}? "
    r"(?:kandidat|pelamar|calon|orang)(?: \w+)? lain\b"
    # (fifty-sixth pass: or one described, "Pak Empu akhirnya memilih calon yang pernah menempa
    # bonang perunggu", slice 120; never the reader, "memilih Anda")
    r"|\b(?:memilih|merekrut|menerima|mengambil) (?:seorang )?(?:calon|kandidat|pelamar|orang|"
    r"seseorang|perajin|pengrajin|pekerja|tukang)(?: \w+)? yang (?:sudah|telah|pernah|lebih|"
    r"punya|memiliki)\b"
)
_ID_GONE = re.compile(
    r"\b(?:posisi|lowongan)\b(?: \w+){0,3}? (?:telah|sudah) (?:terisi|diisi|ditutup|dibatalkan)\b"
)

# Vietnamese: "không được chọn", "quyết định không tiếp tục", "hồ sơ của bạn chưa phù hợp",
# "không thể tiếp tục"
_VI_OUT = re.compile(
    r"\b(?:không|chưa) được (?:chọn|lựa chọn|tiếp tục|mời|tuyển)\b"
    r"|\bquyết định không (?:tiếp tục|tuyển|mời|lựa chọn|chọn)\b"
    r"|\b(?:hồ sơ|đơn ứng tuyển)(?: [\w/]+){0,3}? (?:không|chưa) (?:phù hợp|được chọn|"
    r"được lựa chọn|đạt|vượt qua|được chấp nhận|đáp ứng)\b"
    r"|\b(?:không|chưa) (?:vượt qua|trúng tuyển|đạt yêu cầu)\b"
    r"|\bkhông thể (?:tiếp tục|mời|đưa ra lời mời|tuyển)\b"
)
# ... someone else chosen ("đã chọn một ứng viên khác")
_VI_OTHER = re.compile(
    r"\b(?:chọn|lựa chọn|tuyển|tiếp tục với|quyết định chọn)(?: \w+){0,2}? (?:ứng viên|ứng cử viên|"
    r"người|hồ sơ)(?: \w+){0,2}? khác\b"
)
_VI_GONE = re.compile(
    r"\bvị trí(?: [\w/]+){0,8}? (?:đã được tuyển|đã tuyển đủ|đã có người|đã đóng|đã bị hủy|đã hủy|"
    r"đã được lấp)"
)

# Catalan: "no has estat seleccionada", "no continuaràs en el procés", "hem decidit no continuar"
_CA_OUT = re.compile(
    r"\bno (?:has|heu|ha) (?:estat|sigut) (?:seleccionat|seleccionada|escollit|escollida|admès|"
    r"admesa|triat|triada)\b"
    r"|\bno (?:continuaràs|continuareu|continuarà|seguiràs|seguirà|avançaràs|avançarà|passaràs|"
    r"passareu) (?:a|en|amb) "
    r"|\b(?:hem decidit|decidit) no (?:continuar|seguir|avançar|tirar endavant)\b"
    r"|\bno (?:podem|podrem) oferir-(?:te|vos|li)\b"
    r"|\bno (?:us|et|li) (?:podem|podrem) oferir\b"
    r"|\bno (?:passes|passeu|continues|continueu|avances|avanceu) (?:a|en) (?:la|el) "
    r"(?:següent|propera|pròxima)\b"
    r"|\bno (?:has|heu|ha) superat\b"
    r"|\bno (?:seguirem|continuarem|avançarem) (?:endavant )?amb (?:la teva|la vostra|la seva|tu|"
    r"vosaltres)\b"
    r"|\b(?:candidatura|sol·licitud)\b(?: \w+){0,2}? (?:ha estat|s['\u2019]ha) (?:desestimada|"
    r"descartada|rebutjada)\b"
)
# ... someone else chosen ("hem optat per una altra persona", "triat un altre perfil")
_CA_OTHER = re.compile(
    r"\b(?:triat|escollit|seleccionat|optat per|quedat amb|continuar amb|seguir amb|avançar amb|"
    r"decantat per) (?:una |un |a )?(?:altra|altres|un altre) (?:persona|candidat|perfil)\w*"
    r"|\ba favor d['\u2019](?:una altra|un altre|altres) (?:persona|candidat|perfil)\w*"
    r"|\bhem (?:triat|escollit|seleccionat) (?:una persona|un candidat|una candidata|un perfil)\b"
)
_CA_GONE = re.compile(
    r"\b(?:plaça|posició|vacant|oferta)\b"
    # (part Q: never a concert's, a bus's or a car park's seat, nor a place filled by the reader)
    r"(?![^.!?\n]*\b(?:concert\w*|entrades|bus|autobús|aparcament|teatre|tren|festa|fira|"
    r"mercat|per tu|per vosaltres)\b)"
    r"[^.!?\n]{0,40}?(?:ha estat|s['\u2019]ha|està) "
    r"(?:coberta|cobert|cancel·lada|tancada|anul·lada)\b(?! de\b)"
)

# Slovak: "neboli ste vybraný", "nebudeme pokračovať", "rozhodli sme sa nepokračovať",
# "vaša žiadosť bola zamietnutá"
_SK_OUT = re.compile(
    r"\b(?:neboli|nebol|nebola) ste (?:\w+ )?(?:vybran|úspešn|prijat)\w*"
    r"|\bnebudeme (?:\w+ )?(?:pokračovať|posudzovať|ďalej)"
    r"|\bnepostúpil\w*|\bneuspel\w*|\bnepokračovať\b|\b(?:nebola|neboli) (?:úspešn|vybran)\w*"
    r"|\bneposunieme\b|\bneposúvame\b"
    r"|\b(?:žiadosť|prihláška|kandidatúra)\b(?: \w+){0,2}? (?:bola )?zamietnut\w*"
    # (fifty-eighth pass: the job not offered to the reader, "a tak Vám prácu ponúknuť
    # nemôžeme", slice 133)
    r"|\bvám (?:\w+ ){0,2}?ponúknuť nemôžeme\b|\bnemôžeme vám (?:\w+ ){0,2}?ponúknuť\b"
    # (fifty-ninth pass: the reader's application ending here, "takže Vaša žiadosť tu končí",
    # slice 140)
    r"|\b(?:žiadosť|prihláška|kandidatúra) (?:tu|tým|týmto|teraz) (?:sa )?(?:končí|skončila|"
    r"uzatvára|uzavrela)\b"
)
_SK_OTHER = re.compile(
    r"\b(?:iného|inú|iných|iným|inému|inými|inej) (?:kandidát|uchádzač|osob|záujemc|koleg)\w*"
    r"|\bvybrali (?:sme )?(?:\w+ )?(?:kandidát|uchádzač|osob|niekoho)\w*"
    # (fifty-eighth pass: someone of their own chosen, "Majster si vybral vlastného učňa",
    # slice 133; never the reader, "vás")
    r"|\b(?:si|sme) (?:vybral|vybrala|vybrali|prijal|prijala|prijali) (?!vás\b)(?:\w+ )?"
    r"(?:učň|pomocník|pomocníčk|kandidát|uchádzač|remeselník|pracovník|pracovníčk|zamestnan|"
    r"odborník|odborníčk|osob|kolegu|kolegyňu)\w*"
    # (fifty-ninth pass: the post offered to a candidate described, "Miesto sme ponúkli
    # uchádzačovi s dlhšou praxou", slice 140; never the reader, "vám")
    r"|\b(?:miesto|prácu|pozíciu|post|funkciu|zákazku) sme (?:\w+ )?ponúkli (?!vám\b)(?:\w+ )?"
    r"(?:uchádzač|kandidát|koleg|niekomu|pracovník|remeselník|majstr|odborník)\w*"
)
_SK_GONE = re.compile(
    r"\b(?:pozícia|pozíciu|miesto)\b[^.!?\n]{0,50}? (?:obsaden\w*|zrušen\w*|obsadili|zrušili)"
)

# A status line whose value is a refusal, in the Cyrillic, Catalan and Slovak forms
_STATUS = re.compile(
    r"\b(?:estat|stav)\b[^\n:.!?]{0,30}:\s*(?:rebutjada|descartada|no seleccionada|desestimada|"
    r"tancada|zamietnut\w*|nevybran\w*|uzavret\w*)"
)

READINGS = readings(
    ("status", _JA_STATUS),
    ("status", _ZH_STATUS),
    ("status", _KO_STATUS),
    ("reader_out", _JA_OUT),
    ("chose_other", _JA_OTHER),
    ("role_gone", _JA_GONE),
    ("reader_out", _ZH_OUT),
    ("chose_other", _ZH_OTHER),
    ("role_gone", _ZH_GONE),
    ("reader_out", _KO_OUT),
    ("chose_other", _KO_OTHER),
    ("role_gone", _KO_GONE),
    ("reader_out", _RU_OUT),
    ("chose_other", _RU_OTHER),
    ("role_gone", _RU_GONE),
    ("status", _RU_STATUS),
    ("reader_out", _UK_OUT),
    ("chose_other", _UK_OTHER),
    ("role_gone", _UK_GONE),
    ("status", _UK_STATUS),
    ("reader_out", _AR_OUT),
    ("chose_other", _AR_OTHER),
    ("role_gone", _AR_GONE),
    ("reader_out", _ID_OUT),
    ("chose_other", _ID_OTHER),
    ("role_gone", _ID_GONE),
    ("reader_out", _VI_OUT),
    ("chose_other", _VI_OTHER),
    ("role_gone", _VI_GONE),
    ("reader_out", _CA_OUT),
    ("chose_other", _CA_OTHER),
    ("role_gone", _CA_GONE),
    ("reader_out", _SK_OUT),
    ("chose_other", _SK_OTHER),
    ("role_gone", _SK_GONE),
    ("status", _STATUS),
)
