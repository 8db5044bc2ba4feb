"""Another chosen, and the process ended for the reader, in languages read slices 195 and 196
refused in (issue 11, sixty-fifth pass, fourth round). Each is written for its shape, not its
sentence:

* **the place taken, given or gone to another**: Slovak "miesto laborantky … obsadila iná
  kolegyňa"; Bengali "টেস্টার পদে নতুন লোক যোগ দিয়েছেন"; Hindi "फार्मासिस्ट पद पर अब कोई और
  नियुक्त हो गया है"; Greek "η θέση … πήγε σε άλλη συνάδελφο"; Hebrew "משרת הסייעת … אוישה בידי
  מישהי אחרת"; Danish "Det gik til en fra Trøjborg"; Russian "Место тренера отдано другому
  человеку";
* **the selection, the file or the process closed here**: Slovak "preto sa výber pre vás
  končí"; Bengali "আপনার ফাইল এখানেই বন্ধ হলো"; Hindi "आपकी फ़ाइल यहीं बंद होती है"; Greek "η
  διαδικασία σας κλείνει εδώ"; Hebrew "התהליך שלך מסתיים כאן"; Danish "din ansøgning lukkes
  her"; Russian "вашу анкету мы закрываем".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_ANOTHER_GOT_IT = re.compile(
    # Slovak: another (colleague, someone else) occupied the place
    r"\bobsadil[ai]? (?:iná|iný|niekto iný|ďalšia|ďalší|druhá|druhý)\b"
    # (sixty-sixth pass: or the place got by another applicant, "miesto sládka dostal iný
    # uchádzač", slice 199)
    r"|\b(?:miesto|prácu|pozíciu|post)\b[^.!?\n]{0,40}? dostal[ai]? (?:iná|iný|niekto iný) ?"
    r"(?:uchádzač|uchádzačka|kandidát|kandidátka|človek)?\b"
    # Bengali: a new person (someone) has joined the post
    r"|নতুন (?:লোক|কেউ|একজন) যোগ দিয়েছেন"
    # Hindi: someone else has been appointed (chosen)
    r"|कोई और (?:नियुक्त|चुना|रख लिया|चयनित)"
    # Greek: went to another
    r"|πήγε σε (?:άλλη|άλλον|άλλο)\b"
    # Hebrew: was staffed (filled) by someone
    r"|(?:אוישה|אויש|נתפסה|מולאה) בידי"
    # Danish: it went to one from ..., to someone (never "til en fest", a party)
    r"|\bdet gik til (?:nogen|en anden|(?:en|et) (?:[a-zæøå\-]+ ){0,2}?(?:fra|ansøger|kandidat|"
    r"kollega|person|mand|kvinde|pige|dreng|elev))\b"
    # Russian: given (gone) to another
    r"|\b(?:отдан[оа]?|досталось|досталась|достался) друго(?:му|й)\b"
)
_CLOSED_HERE = re.compile(
    # Slovak: the selection (process) ends for you
    r"\b(?:výber|proces|konanie|výberové konanie) (?:pre vás )?(?:sa )?(?:tu |tým |pre vás )?"
    r"(?:sa )?končí\b"
    # Bengali: your file (application) closed right here
    r"|আপনার (?:ফাইল|আবেদন)[^।.!?\n]{0,15}?বন্ধ (?:হলো|হল|করা হলো|হয়েছে)"
    # Hindi: your file (application) closes right here
    r"|आपकी (?:फ़ाइल|फाइल|अर्ज़ी|अर्जी|आवेदन)[^।.!?\n]{0,15}?बंद (?:होती|हो गई|हो रही|की जाती|कर दी)"
    # Greek: your process (application) closes here
    r"|\bη (?:διαδικασία|αίτηση|υποψηφιότητα) σας (?:κλείνει|ολοκληρώνεται|τελειώνει)\b"
    # Hebrew: your process ends here
    r"|התהליך שלך מסתיים"
    # Danish: your application is closed here
    r"|\bdin ansøgning (?:lukkes|er lukket|afsluttes)\b"
    # Russian: we close your form (application)
    r"|\b(?:вашу|ваше|вашу) (?:анкету|заявку|резюме|кандидатуру) (?:мы )?(?:закрываем|закрыли)\b"
)

READINGS = readings(
    ("chose_other", _ANOTHER_GOT_IT),
    ("reader_out", _CLOSED_HERE),
)
