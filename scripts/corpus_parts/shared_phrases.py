"""Sentence pools shared by several families (each family still has its own skeleton)."""

# Subjects that say nothing about the outcome: used by rejections AND confirmations alike.
NEUTRAL_SUBJECTS = [
    "Your application to {company}", "Your application", "Update from {company}", "{company} Careers",
    "Thank you for your interest", "Thank you for your interest in {company}", "Regarding your application",
    "Your application for {role}", "{role} at {company}", "{company} - {role}", "{role} ({req})",
    "Application update", "Your {company} application", "Thank you for applying", "{company}: {role}",
    "Important information about your application", "Your candidacy at {company}", "{company} | {role}",
    "Re: {role} application", "Thanks for applying to {company}", "Application for {role} - {full}",
    "Your job application", "{company} Recruitment", "Following up", "Application status",
]

THANKS_APPLY = [
    "Thank you for [[applying|your application]] [[for|to]] the {role} [[position|role|opening|vacancy]] at {company}.",
    "Thanks for [[your interest in|applying to]] {company} and for [[taking the time|the time you took]] to apply for the {role} role.",
    "We [[appreciate|really appreciate|are grateful for]] your interest in {company} and the time you [[invested|spent|put]] in your application for {role}.",
    "Thank you for considering {company} [[as your next employer|as a place to grow your career|for your next step]].",
    "Thanks so much for applying to be our next {role}.",
    "Thank you for your recent application for the {role} [[post|position|vacancy]]{reqtxt}.",
    "We wanted to thank you for applying [[for|to]] {role} [[with us|at {company}|in {location}]].",
    "Many thanks for your interest in joining the {team} team at {company}.",
    "Thank you for submitting your application for the {role} role. We know that applying for a job takes [[time|effort|real effort]], and we're grateful you chose {company}.",
]

DECISION_LEAD = [
    "Unfortunately, ", "Unfortunately ", "After careful consideration, ", "We regret to inform you that ",
    "We're sorry to let you know that ", "I'm sorry to say that ", "We wanted to let you know that ",
    "After much deliberation, ", "This was a difficult decision, but ", "Having carefully reviewed your application, ",
    "After reviewing your experience against the requirements of the role, ", "At this time, ",
    "On this occasion ", "Following a review of your application, ", "I wanted to let you know that ",
    "We have now completed our review and ", "Regretfully, ", "While we were impressed with your background, ",
    "Although your skills are impressive, ", "After a thorough review, ", "I'm afraid that ",
    "We've reviewed your application and ", "Sadly, ", "We are writing to let you know that ",
    "Please be advised that ", "With so many strong applicants, ", "It is with regret that we inform you that ",
    "", "", "",
]

DECISION_CORE = [
    "we have decided not to proceed with your application[[ at this time| on this occasion| for this role|]].",
    "we will not be moving forward with your application[[ for the {role} position| for this role|]].",
    "we have decided to move forward with [[other candidates|candidates|applicants]] whose experience more closely [[matches|aligns with]] [[the requirements of the role|our needs for this position|what the team needs right now]].",
    "we have decided to pursue other candidates for this [[position|role|opening]].",
    "you have not been successful on this occasion.",
    "your application has been unsuccessful[[ on this occasion| this time|]].",
    "we won't be progressing your application any further.",
    "we won't be taking your application forward[[ for this role| at this stage|]].",
    "you were not selected for further consideration for the {role} [[role|position]].",
    "we've decided to go in a different direction[[ for this role| with this hire|]].",
    "we've chosen to proceed with [[applicants|candidates]] whose background is a closer fit for [[the role|this position|our current needs]].",
    "we are unable to offer you [[a position|the role|an interview]] at this time.",
    "your application has not been shortlisted[[ for interview| for the next stage|]].",
    "we will not be inviting you to the next stage of the process.",
    "we have offered the [[position|role]] to another candidate[[ who has accepted| and they have accepted|]].",
    "the {role} [[position|role]] has [[now |]]been filled.",
    "we have decided not to move ahead with your candidacy.",
    "your profile is not the right match for this particular [[role|position|opening]].",
    "we will not be able to move your application forward.",
    "we won't be able to offer you a place in the next round.",
    "other candidates more closely met the [[criteria|requirements|brief]] for this role.",
    "we have selected [[a candidate|another applicant|someone]] whose qualifications better meet our needs.",
    "we have decided to move forward with other candidates[[ for this position| at this time|]].",
    "we will be moving forward with other candidates[[ whose skills better match the role|]].",
    "you have been unsuccessful in progressing to the next stage.",
    "we have decided to progress with other candidates on this occasion.",
    "the team has chosen to move forward with other candidates who have more [[relevant|direct]] experience.",
    "your application was unsuccessful.",
    "we will be proceeding with other applicants at this time.",
    "you have not been selected to continue in the [[recruitment|hiring|selection]] process.",
    "we are not able to take your application further.",
    "we've decided not to move forward[[ with your application|]] at this time.",
    "the hiring team has decided to [[move ahead|proceed]] with other [[candidates|applicants]].",
    "we don't feel there is a strong enough match with the role's requirements right now.",
    "we have decided to close your application for this role.",
    "we are declining your application for the {role} position.",
    "you have not been chosen for this position.",
    "we have not been able to select you for this role.",
]

# Softeners that sit around a decision.
VOLUME = [
    "We received [[{nrev}|a huge number of|an exceptionally high number of]] applications for this [[role|position]], and the [[decision|selection process|competition]] was [[very|extremely|incredibly]] [[competitive|difficult|tough]].",
    "The [[quality|calibre|standard]] of applicants was [[exceptionally|very|really]] high, which made our decision [[difficult|hard|a tough one]].",
    "We had [[{nrev}|many|a large number of]] [[strong|well-qualified|talented]] applicants for a limited number of [[places|positions|openings]].",
    "This [[was not an easy|wasn't an easy|was a very difficult]] decision[[, and it is not a reflection of your abilities| and it is in no way a judgement of your potential|]].",
    "Please know that [[this decision|our decision]] [[was not made lightly|is not a reflection on you as a professional|came down to fine margins]].",
]

KEEP_ON_FILE = [
    "We will keep your [[CV|resume|details|profile]] on file[[ for 6 months| for twelve months| in our talent pool|]] and may contact you [[if a suitable role opens up|should a more suitable position become available|about future opportunities]].",
    "We'd [[encourage|love for]] you to [[keep an eye on|check|visit]] our careers page [[at https://{cdomain}/careers|]] and apply for [[future|other]] roles that match your [[skills|experience]].",
    "Please don't let this discourage you from applying [[for other positions|again]] in the future.",
    "With your permission, we'd like to keep your details in our talent community for future openings.",
    "We encourage you to apply for other [[openings|positions|roles]] at {company} that [[match|fit]] your [[experience|interests]].",
    "Your [[information|details|application]] will remain in our [[database|system|talent pool]], and we may reach out if [[something|a role]] more aligned comes up.",
    "Feel free to [[reapply|apply again]] in [[six|6|twelve]] months if you are still interested in {company}.",
]

WISHES = [
    "We wish you [[every|the best of|all the best with your|the very best]] [[success|luck]] in your [[job search|career|future endeavours|future endeavors]].",
    "[[Best of luck|Good luck]] with your [[search|job search|next steps]][[, and thanks again|]].",
    "We wish you all the best [[for the future|in your search|in whatever comes next]].",
    "Thank you again for your interest in {company}[[ and best wishes for the future|]].",
    "Thanks again for [[thinking of|considering]] us[[, and good luck|]].",
    "I hope you find a [[great|fantastic|wonderful]] role soon.",
    "We [[sincerely|truly|really]] appreciate your interest and wish you well.",
]

FEEDBACK = [
    "Due to the volume of applications we are unable to provide individual feedback.",
    "We're unable to offer [[individual|personalised|personalized]] feedback at this stage[[ of the process|]].",
    "If you would like feedback, [[just reply to this email|let me know|please get in touch]] and I'll do my best to share some.",
    "We are not able to give detailed feedback on [[applications|individual applications]] at this stage, [[I'm afraid|sorry|but thank you for understanding]].",
    "Happy to [[jump on a quick call|share some feedback|give you a few pointers]] if that would be helpful.",
]
