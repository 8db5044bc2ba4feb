"""Someone else given, getting or taking the post, in the nine languages slices 205 and 206
refused in that no reading held (issue 11, sixty-seventh pass, first round). Each is written for
its shape, with the person told by any noun, never the reader:

* **the place (the job) taken, got or gone to one described**: Georgian "ადგილი თელაველმა
  მეღვინემ დაიკავა" (the place a winemaker took), Macedonian "Mestoto go dobi majstor od ..."
  (transliterated),
  Basque "Lan hori iazko mahats-biltzaile batek hartuko du" (that job a picker will take), Tamil
  "அந்த இடம் ... ராணிக்குப் போனது" (that place went to Rani), Welsh "Mae'r swydd yn mynd i
  holltwr o ..." (the job goes to a splitter from ...);
* **the choice fell on another**: Portuguese "A escolha recaiu noutra pessoa";
* **we took (invited, chose) one who ...**: Russian "My priglasili masteritsu, kotoraya ..."
  (transliterated),
  Thai "ร้านเราเลือกช่าง...ที่..." (our shop chose a craftsman who ...), Bislama "Ol bos oli
  jusum wan narafala woman" (the bosses chose another woman).

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_TAKEN_BY_ONE = re.compile(
    # Georgian: the place (post, job) someone (ergative) took (got)
    r"(?:ადგილი|პოზიცია|თანამდებობა|სამუშაო|ვაკანსია)[^.!?\n]{0,40}? (?!თქვენ)\S+მა? "
    r"(?:დაიკავა|მიიღო|აიღო|დაიჭირა)"
    # Macedonian: the place (the work, the post) got (took, won) one, never you
    r"|\b(?:местото|работата|позицијата|работното место)\b[^.!?\n]{0,25}? (?:го |ја )?(?:доби|"
    r"зеде|презеде|освои|зазеде) (?!вас\b|тебе\b|ве\b)\w"
    # Basque: that job (post, place) one (ergative) will take (took, will fill)
    r"|\b(?:lan|lana|lanpostu|lanpostua|tokia|lekua|postua)(?: hori| hau| hura)?\b[^.!?\n]{0,60}? "
    r"[\w\-]+ batek (?:hartuko du|hartu du|eskuratu du|lortu du|beteko du|bete du|eramango du|"
    r"eraman du)\b"
    # Tamil: (that place, job, post) went to one (dative), never to you
    r"|(?:இடம்|வேலை|பதவி|பணி)[^.!?\n]{0,60}? (?!உங்கள)\S+(?:க்குப்|க்கு|டம்) (?:போனது|"
    r"போய்விட்டது|சென்றது|கொடுக்கப்பட்டது)"
    # Welsh: the job (place) goes (went, is given) to one, never to you
    r"|\b(?:mae['\u2019]r|bydd y|aeth y|roedd y) (?:swydd|lle)\b[^.!?\n]{0,30}? (?:yn mynd|wedi "
    r"mynd|yn cael ei (?:rhoi|chynnig)|wedi ei (?:rhoi|chynnig)) i (?!chi\b|ti\b)\w"
    # Portuguese: the choice fell on another (in one, on someone)
    r"|\b(?:a |nossa |a nossa )?escolha\b[^.!?\n]{0,30}? (?:recaiu|recai|acabou por recair) "
    r"(?:noutr[ao]|n(?:um|uma) |em (?:outr[ao]|um|uma) |sobre (?:outr[ao]|um|uma|alguém))"
    # Russian: we invited (took, chose, hired) one who ..., never you, never to an interview
    r"|\b(?:мы )?(?:пригласили|взяли|выбрали|приняли|наняли) (?!вас\b|тебя\b)\w+, (?:котор|кто)"
    r"(?![^.!?\n]*(?:собеседовани|\bвас\b|\bвам\b))"
    # Thai: we (the shop, the firm) chose a craftsman (person, staff) ..., never you
    r"|(?:เรา|ร้าน|บริษัท)(?:เรา|ของเรา)?(?:ได้)?เลือก(?!คุณ)(?:ช่าง|คน|พนักงาน|ผู้สมัคร|น้อง|พี่)"
    # Bislama: the bosses (the committee) chose another man (woman)
    r"|\b(?:ol bos|bos|komiti|ol komiti|ol manejmen) (?:oli |i )?(?:jusum|pikim|tekem) (?:wan )?"
    r"(?:narafala|nara) (?:man|woman|meri|boe|gel|aplikan)\b"
)

READINGS = readings(("chose_other", _TAKEN_BY_ONE))
