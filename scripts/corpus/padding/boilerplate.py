"""Boilerplate paragraphs that real employer mail wraps around its one decisive sentence.

SHARED holds neutral paragraphs found in any job mail; REJECTION_ONLY holds the paragraphs a
rejection adds around its refusal without stating it. ``pad`` inserts some of them into a body.
All sentences written for rejectwatch.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict

from ..engine import Ctx, R, tidy
from .everyday_footers import FOOTER_CATEGORIES_NONJOB

# --- neutral boilerplate: no decision, no acknowledgement, no invitation --------------------
SHARED: dict[str, list[str]] = {
    "careers_site": [
        "You can find all of our current vacancies at [[https://{cdomain}/careers|https://careers.{cdomain}|https://{cdomain}/jobs|{cdomain}/careers]][[, which is updated every week| — new roles are added most weeks|]].",
        "[[Curious|Interested|Keen]] to [[learn|find out]] more about [[life at {company}|how we work|our teams]]? [[Head over to|Visit|Take a look at]] our careers [[site|page|hub]] at https://[[careers.{cdomain}|{cdomain}/careers|jobs.{cdomain}]].",
        "Our careers site has [[details of our benefits, hybrid working policy and hiring process|information on benefits, locations and what to expect when you apply|stories from people across the business]][[, all in one place|]]: https://{cdomain}/careers",
        "All {company} [[vacancies|openings|positions]] are [[advertised|posted|listed]] on our own website first. [[For the latest list|To see what's open right now]], [[go to|visit|check]] {cdomain}/[[careers|jobs|work-with-us]].",
        "Open roles across [[every|each of our]] [[team|office|location]] [[can be found|are listed]] at https://{cdomain}/[[careers|jobs]][[ — you can filter by location, team and contract type| and can be filtered by location|]].",
        "Want to [[see|know]] what [[working|a career]] at {company} [[looks like|is really like]]? Our careers [[pages include|page has]] [[interviews with current staff|team profiles|a guide to our benefits]] and [[an overview of our values|answers to common questions]]: {cdomain}/careers",
        "jobs.{cdomain} — [[every|all]] {company} [[role|job]], [[in one place|updated daily|worldwide]].",
        "[[For|To view]] [[information about|details of]] [[graduate schemes|apprenticeships|internships]], [[experienced hire roles|professional roles]] and [[contract work|temporary positions]] at {company}, [[please |]]visit our careers [[website|portal]][[ at https://{cdomain}/careers|]].",
        "We [[post|publish|list]] [[new|fresh]] [[roles|openings|vacancies]] [[regularly|every week|throughout the year]] on https://{cdomain}/careers, [[including|alongside]] [[remote and hybrid options|positions in {city} and beyond|roles across all of our offices]].",
        "Our [[careers|recruitment]] [[site|portal]] is the [[best|quickest]] place to [[find|check]] [[current|up-to-date]] [[opportunities|openings]] with {company}[[ and our partner organisations| and our partner organizations| and our sister brands|]].",
    ],
    "job_alerts": [
        "[[Never miss a new role|Don't miss out on new roles|Stay ahead of new openings]]: [[set up|create]] a job alert at https://{cdomain}/careers/alerts and we'll [[email|notify]] you [[when|as soon as]] [[something|a role]] matching your [[interests|criteria|search]] is [[posted|published|advertised]].",
        "You can [[sign up for|subscribe to|register for]] [[job alerts|vacancy alerts|email updates]] [[on our careers site|via our careers portal|from your candidate account]] to [[hear about|be told about|receive]] new [[vacancies|roles|openings]] [[in your area|that match your skills|in the teams you care about]].",
        "Tip: [[save a search|set up saved searches]] [[on|at]] {cdomain}/jobs [[and choose how often you'd like to be notified|and pick daily or weekly alerts|to get new roles in your inbox]].",
        "Job alerts [[can be tailored|can be customised|are easy to customize|are easy to tailor]] by [[location, department and seniority|keyword, location and working pattern|team and contract type]]. [[Manage|Set up]] yours [[at any time |]]from the [[Alerts|Notifications]] tab [[in your profile|of your account]].",
        "[[To|If you'd like to]] [[receive|get]] [[an email|a notification]] [[whenever|each time]] [[we advertise|we post|{company} opens]] a [[role|position|vacancy]] [[in your field|in {city}|at your level]], [[turn on|switch on|enable]] job alerts [[in your candidate profile|on our careers page]].",
        "Set your [[preferences|alert preferences]] once and let the [[roles|jobs]] come to you — {company} job alerts [[are free|take under a minute to set up|can be switched off at any time]].",
        "[[We|Our team]] [[send out|publish]] a [[weekly|fortnightly|monthly]] [[jobs digest|roundup of new vacancies|careers newsletter]]. [[Subscribe|Sign up]] [[at|via]] https://{cdomain}/careers/[[newsletter|subscribe|updates]][[ to receive it| if it sounds useful|]].",
        "New [[roles|openings]] [[open|come up|are added]] [[all the time|every week|throughout the year]], [[and|so]] [[the easiest way|the simplest way|the best way]] to [[keep track|stay on top of them]] is a job alert [[from our careers site|on {cdomain}]].",
        "Alert frequency [[(daily, weekly or instant)|(instant, daily or weekly)]] can be changed [[any time|whenever you like]] under Settings > Notifications at careers.{cdomain}.",
        "[[Prefer|Want]] to [[hear about|see]] [[roles|openings]] [[first|before anyone else]]? [[Follow|Turn on alerts for]] {company} on [[LinkedIn|Indeed|Glassdoor|our careers page]] [[and|to]] get [[a notification|an update]] [[as soon as|when]] [[new jobs go live|we post a new job]].",
    ],
    "talent_community": [
        "[[Join|Sign up to|Become part of]] the {company} Talent Community [[to|and]] [[hear about|receive news of]] [[upcoming roles|new openings]], [[hiring events|open days]] and [[company news|insights from our teams]][[ — it only takes a minute|]]: https://{cdomain}/talent",
        "Our talent [[network|community|pool]] is [[a way|an easy way]] to [[stay informed|keep up to date]] [[about|with]] {company} without [[applying for a specific role|a live application]]. [[Members|People who join]] [[get|receive]] [[occasional|regular]] [[updates|emails]] about [[roles|openings]] [[in their field|that fit their profile]].",
        "[[Not finding|Haven't found|Can't see]] [[the right|a suitable|your ideal]] [[role|position]] [[today|right now|yet]]? [[Join|Sign up for]] our talent network and [[our recruiters|a member of our recruitment team|we]] [[may|can]] [[reach out|get in touch]] [[if something suitable opens up|when a relevant role becomes available|if the right role comes up]].",
        "The {company} Talent Community [[is free to join|costs nothing to join]] and you can [[leave|unsubscribe]] [[at any time|whenever you like]]. [[Expect|You'll get]] [[a monthly email|a short newsletter every month or so|occasional updates]] [[with|featuring]] [[new vacancies|open roles]], [[employee stories|team spotlights]] and [[invitations to recruitment events|dates for our careers events]].",
        "[[Interested in|Keen on]] [[graduate|early careers|experienced]] [[opportunities|roles]] at {company}? [[Register|Sign up]] [[your interest|for updates]] at {cdomain}/[[talent-network|talent|join-us]][[ and tell us which teams you'd like to hear from| and choose the areas you care about|]].",
        "By [[joining|signing up to]] our talent [[community|network]], you [[let our recruiters|allow our recruiters to]] [[search for|find]] your profile [[when|whenever]] they [[start|open]] a new [[search|vacancy]]. [[You stay in control of|You can update or remove]] your [[details|information]] [[at any time|whenever you wish]].",
        "Talent Community members [[are the first to hear about|get early notice of]] [[new roles|openings]] [[in {city}|at {company}|across our offices]], [[plus|as well as]] [[webinars|virtual events|meet-the-team sessions]] [[run by|hosted by]] our [[hiring managers|{team} team|recruiters]].",
        "[[We run|{company} runs]] a [[small|dedicated]] [[talent community|candidate network|careers community]] for people [[interested in|curious about]] [[working with us|joining the team|what we do]]. [[Details and sign-up|Sign-up and details]] at https://{cdomain}/community.",
        "Create a [[profile|candidate profile]] in our [[talent community|talent network]] and [[upload|add]] your [[CV|resume]] [[once|just once]] — [[you can then|then you can]] [[apply to roles|express interest in roles]] [[with a single click|in a couple of clicks|more quickly]].",
        "[[Just so you know|FYI|By the way]], [[we host|we hold]] [[regular|quarterly|monthly]] [[virtual open evenings|online careers sessions|hiring events]] for [[members of|people in]] our Talent Community[[ — the next one is in {month}|]]. [[Sign up at|Register at|Find out more at]] {cdomain}/events.",
    ],
    "social": [
        "Follow {company} on [[LinkedIn|Facebook|X]] and [[Instagram|YouTube|TikTok]] [[for|to see]] [[behind-the-scenes content|news and updates|a look inside our teams]][[ — search for @{cslug}| (@{cslug})|]].",
        "[[Stay connected|Keep up with us|Connect with us]]: [[LinkedIn · Instagram · X · YouTube|LinkedIn / Instagram / Twitter|LinkedIn - Instagram - Glassdoor]]",
        "[[Find|Follow]] us [[online|on social]]: [[linkedin.com/company/{cslug}|instagram.com/{cslug}|youtube.com/@{cslug}]]",
        "[[See|Read]] what [[our people|our employees|current staff]] [[say|have to say]] about working here on [[Glassdoor|LinkedIn|Indeed]], [[or|and]] follow [[@{cslug}|us]] [[for|to get]] [[the latest news|company news|updates from our teams]].",
        "[[Want|Looking for]] [[a glimpse|a peek]] [[behind the scenes|inside {company}]]? [[Our|The {company}]] [[Instagram|LinkedIn page|YouTube channel]] [[shows|features]] [[day-in-the-life videos|our teams at work|what a typical week looks like here]].",
        "{company} on social media: [[@{cslug}|@{cslug}_careers|@{cslug}jobs]] [[(Instagram, X)|on Instagram and X|everywhere]] and [[{company}|{company} Careers]] on LinkedIn.",
        "[[Like|Follow]] our [[careers|jobs]] page on [[Facebook|LinkedIn]] [[for|to see]] [[job posts|vacancies as they go live]], [[event dates|recruitment events]] and [[team news|stories from the team]].",
        "Follow #lifeat{cslug} on [[Instagram|LinkedIn]] for [[stories from our people|a look around our offices|photos from team days]][[!|.]]",
        "[[We're|{company} is]] [[on|active on]] LinkedIn[[, Instagram and YouTube| and Instagram|]] — [[come say hello|give us a follow|drop by]][[ and see what we're up to|]].",
        "[[Connect|Follow us]] [[on|via]] LinkedIn: https://www.linkedin.com/company/{cslug}[[ · Instagram: @{cslug}|]]",
    ],
    "eeo": [
        "{company} is an equal opportunity employer. [[Qualified applicants|All qualified candidates]] are considered for employment regardless of race, colo[[u|]]r, religion, sex, sexual orientation, gender identity, national origin, age, disability, [[veteran status|protected veteran status]] or any other [[characteristic|status]] protected by law.",
        "We are committed to [[building|creating]] a [[diverse|diverse and inclusive]] workforce and [[welcome|encourage]] applications from [[all sections of the community|people of all backgrounds]], [[particularly|especially]] [[those who are under-represented in our industry|groups currently under-represented in our workforce]].",
        "{company} [[values|celebrates]] diversity[[ and is proud to be an equal opportunities employer| and inclusion]]. [[We do not discriminate|We don't discriminate]] on the basis of [[age, disability, gender reassignment, marriage or civil partnership, pregnancy or maternity, race, religion or belief, sex or sexual orientation|any protected characteristic under the Equality Act 2010]].",
        "As a [[Disability Confident Committed|Disability Confident|Disability Confident Leader]] [[organisation|employer]], {company} [[offers an interview to|guarantees an interview for]] disabled applicants who meet the [[minimum|essential]] criteria [[for a role|set out in a job description]].",
        "Equal Employment Opportunity: {company} [[provides|offers]] equal employment opportunities to all [[employees and applicants|applicants and employees]] and [[prohibits|does not tolerate]] discrimination and harassment of any type[[ with respect to any characteristic protected by federal, state or local law| in line with applicable law|]].",
        "[[Diversity, equity and inclusion|Inclusion and belonging|Equity and inclusion]] [[sit at the heart of|are central to|shape]] [[how we hire|the way we recruit|our hiring]]. [[We believe|We know]] [[different perspectives make|a mix of backgrounds and experiences makes]] [[us stronger|our teams better at what we do]].",
        "{company} is an [[EEO/AA|EEO/Affirmative Action|E-Verify and EEO]] employer[[ — minorities/women/veterans/disabled| (M/F/Vet/Disability)|]].",
        "[[We are proud to be|{company} is]] a [[Living Wage employer|signatory of the Race at Work Charter|Mindful Employer|Disability Confident employer]] and [[an equal opportunities|an inclusive]] employer.",
        "[[Pay transparency|Equal pay]]: {company} [[will not|does not]] discharge or [[in any other manner|otherwise]] discriminate against [[employees or applicants|applicants]] because they have [[inquired about|asked about]], discussed or disclosed their own pay[[ or the pay of another employee or applicant|]].",
        "[[EEO statement|Our commitment]]: [[employment decisions|hiring decisions]] at {company} are based on [[merit, qualifications and business need|business needs, job requirements and individual qualifications]][[, never on protected characteristics|]].",
    ],
    "do_not_reply": [
        "[[Please do not reply to this email|Please don't reply to this message|Do not reply to this email]][[ — this inbox is not monitored| as this mailbox is not monitored|; replies are not read]].",
        "This [[message|email|notification]] was [[sent|generated]] [[automatically|by an automated system]] from [[an unmonitored address|a no-reply address|our recruiting platform]]. [[Replies to it will not be received|Any replies will not reach our team|Responses to this address are not read]].",
        "[[This is an automated message|Automated message]] — [[please |]]do not respond. [[For help|If you need help]], [[contact|email]] [[careers@{cdomain}|recruiting@{cdomain}|talent@{cdomain}|hr@{cdomain}]].",
        "Sent [[from|via]] [[an unattended|a no-reply|an automated]] mailbox ([[no-reply@{cdomain}|noreply@{cdomain}|donotreply@{cdomain}]]). [[Replies go nowhere|Please do not reply]], [[but|however]] [[our team|the recruitment team]] [[can be reached|is reachable]] [[through|via]] [[the contact form on our careers site|the Help link in your candidate portal]].",
        "NOTE: [[THIS IS A SYSTEM-GENERATED EMAIL|This mailbox is not monitored]]. [[DO NOT REPLY.|Please do not reply.|Replies will be discarded.]]",
        "[[Heads up|Just a heads up|Quick note]]: [[this address|the address this came from]] [[is a no-reply address|isn't monitored]], so [[if you write back it won't reach anyone|any reply won't get to a person|replies won't reach us]]. [[Drop us a line at|Write to|Reach us at]] [[hello@{cdomain}|people@{cdomain}|jobs@{cdomain}]][[ instead| if you need us|]].",
        "[[You are receiving this email|You're receiving this message|This email was sent to you]] [[because|as]] [[you have|you've got]] [[a candidate account|a profile|an account]] with {company}. [[It was sent from an address that cannot accept incoming email|The sending address cannot receive replies]].",
        "Replies to this [[notification|email]] [[are not monitored|cannot be answered|will not be seen]]. [[Please|Kindly]] [[use|contact us via]] [[the Messages tab in your candidate account|your candidate account|the careers help centre|the careers help center]] [[for|with]] [[any queries|queries|questions]].",
        "[[Automatically generated|Auto-generated]] [[by|via]] [[{company} Recruiting|the {company} applicant tracking system|our hiring platform]]. [[Do not reply|No reply needed|Please do not reply directly]].",
    ],
    "privacy": [
        "[[We process|We handle|{company} processes|{company} handles]] [[your personal data|candidate data|the information you provide]] in [[accordance|line]] with our [[Candidate Privacy Notice|Applicant Privacy Policy|Recruitment Privacy Notice]], [[available at|which you can read at]] https://{cdomain}/[[privacy|careers/privacy|legal/candidate-privacy]].",
        "Under [[UK GDPR|the GDPR|data protection law|the Data Protection Act 2018]], you [[have the right|may ask]] to access, correct or [[request deletion of|erase]] the personal data we hold about you. [[To make a request|To exercise these rights]], [[email|contact]] [[privacy@{cdomain}|dpo@{cdomain}|dataprotection@{cdomain}]].",
        "[[California residents|If you are a California resident]]: [[for details of|to learn about]] the categories of personal information we collect [[and how we use them|and why]], [[see|please see]] our [[CCPA Notice at Collection|Notice to California Applicants]] [[at|on]] {cdomain}/privacy.",
        "[[Recruitment records|Candidate records|Application data]] are [[retained|kept]] for [[a limited period|no longer than necessary]] [[and then securely deleted|and then anonymised|and then anonymized]][[, in line with our retention schedule|, as described in our privacy notice|]].",
        "[[Your privacy matters to us|We take your privacy seriously|Protecting your data is important to us]]. [[Read|Review]] [[how|the ways]] we [[collect, use and store|use and protect]] [[your information|personal data]] [[at|here:]] https://{cdomain}/privacy[[-notice|]].",
        "[[Data controller|Controller]]: {company}, {street}, {city}. [[Questions about data protection|Data protection queries]] [[can be sent to|should go to]] [[privacy@{cdomain}|our Data Protection Officer at dpo@{cdomain}]].",
        "The contents of this message are meant for the addressee only. [[If it reached you by mistake|If you are not the intended recipient]], [[please |]][[tell us|let the sender know]] [[and remove it|and delete it]][[ — do not copy, forward or rely on it| without copying or forwarding it|]].",
        "[[You can update your details|You're free to update your details]], [[download a copy of your data|request a copy of your data]] or [[close your candidate account|delete your profile]] [[at any time|whenever you like]] from [[the privacy settings in your account|your candidate dashboard]].",
        "We [[use|may use]] [[a third-party|an external]] [[applicant tracking system|recruitment platform]] ([[hosted in the EU|hosted in the UK|hosted in the United States]]) to [[store|manage]] [[candidate information|applications]]. [[Appropriate safeguards are in place|Standard contractual clauses apply]] [[for|to]] any [[international transfers|transfer outside your country]].",
        "[[Privacy notice|Privacy]]: {cdomain}/privacy [[·|-|/]] [[Cookie policy|Cookies]]: {cdomain}/cookies[[ · Terms: {cdomain}/terms|]]",
    ],
    "questions": [
        "If you have any questions, please [[don't hesitate to|feel free to|do]] [[get in touch|contact us|reach out]] [[at|on]] [[careers@{cdomain}|recruitment@{cdomain}|{rmail}]].",
        "[[Should you have|If you have]] [[any questions|any queries|questions]] [[about anything in this email|about our process|at all]], [[please |]][[email me directly and I'll|write to us and we'll|email us and we'll]] [[get back to you|respond]] [[as soon as I can|within {days} working days|as quickly as possible]].",
        "[[Any questions?|Questions?]] [[Our|The]] [[candidate support team|recruitment team|People team]] is [[available|here to help]] [[Monday to Friday, 9am–5pm|Mon–Fri 9:00–17:00|weekdays 8am to 6pm]] [[on|at]] [[careers@{cdomain}|+44 20 7946 0[[132|518|774]]|(555) 010-[[2210|7386|4412]]]].",
        "[[For technical problems|If you have trouble logging in|For issues with your candidate account]][[ (for example, a forgotten password)|]], [[please |]][[use|click]] the [[Help|Support]] link [[on our careers site|at the bottom of any page on our careers site]][[ — our recruiters can't reset passwords| rather than emailing the recruiter|]].",
        "[[Happy to help|Always happy to help]] [[if anything is unclear|with anything you need]] — [[just|simply]] [[drop me a line|send me a note|give me a shout]][[ at {rmail}|]].",
        "[[For general enquiries|For general inquiries|For anything else]], [[contact us at|email|write to]] [[hello@{cdomain}|info@{cdomain}|careers@{cdomain}]]. [[We aim to|We try to|We'll]] [[reply|respond]] within [[two|2|three|5]] working days.",
        "If [[anything|something]] [[in this email|here]] [[doesn't look right|seems wrong|is unclear]] — [[for example|e.g.]] [[your name or contact details|the spelling of your name|your email address]] — [[please |]][[let us know|tell us]] [[at careers@{cdomain}|via the candidate portal]] [[so we can update our records|and we'll correct it]].",
        "[[Need to reach us?|Contact us:]] {company} [[Talent Acquisition|Recruitment|HR]], {street}, {city}[[ · careers@{cdomain}| — careers@{cdomain}|]]",
        "[[Please|Kindly]] [[quote|include]] [[your reference number|the reference]] {ref} [[in|on]] [[any correspondence|any emails to us|all correspondence]][[ so we can find your record quickly| to help us locate your details|]].",
        "[[We're|I'm]] [[around|here]] if you have any questions[[ — nothing is too small to ask| at all|]].",
    ],
    "company_blurb": [
        "About {company}: [[Founded in|Since]] [[1998|2004|2011|2016|1987]], {company} has grown [[from a small team |]]to [[more than|over]] [[400|1,200|2,500|90|8,000]] [[people|colleagues|employees]] [[across|in]] [[12|five|30|three]] [[countries|offices|locations]][[, with headquarters in {city}|]].",
        "{company} [[exists to|is on a mission to]] [[make everyday life simpler for its customers|help people live healthier lives|make work fairer for everyone|build a more sustainable future|make great service the norm]][[ across the UK| around the world| in {city} and beyond|]].",
        "[[We are|We're]] [[a team of|a group of]] [[curious|friendly|ambitious|thoughtful]] [[people|problem-solvers|builders]] [[based in|working from]] {city}[[ and beyond| and remotely|]], [[united by|driven by]] [[a shared belief that|the idea that]] [[good work starts with good people|the details matter|we can always do better]].",
        "[[Who we are|About us]]: {company} [[serves|supports|works with]] [[thousands of|over a million|more than 500]] [[customers|patients|students|businesses]] [[every year|each day|worldwide]][[ and has been named a Great Place to Work for three years running| and was recently certified as a B Corp|]].",
        "[[At {company}|Here at {company}]], [[we believe|we think]] [[great things happen when people feel supported|the best ideas can come from anywhere|doing the right thing is good business]]. [[That's why|It's why]] we [[invest in|put our energy into]] [[learning, wellbeing and flexible working|our people and our communities|development and flexibility]].",
        "{company} is [[a proud member of a larger family of businesses|a member of a wider group of companies]] with [[operations|offices]] in [[Europe, North America and Asia|the UK and Ireland|more than 20 countries]].",
        "A bit about us: {company} began as [[a two-person project|a small team in a spare room|a single shop in {city}]] and [[now|today]] [[employs|has]] [[hundreds of|more than 300|around 150]] [[people|staff|colleagues]][[ across several sites| in several countries|]].",
        "{company} — [[trusted by|relied on by]] [[customers|clients|families|organisations|organizations]] [[for more than two decades|since 2009|for over 30 years|since 1972]].",
        "[[Our values|What we stand for]]: [[be curious, be kind, own it|customers first, always|integrity, teamwork, excellence|act with care, keep it simple, deliver]][[.|]]",
        "{company} [[is headquartered|has its head office]] in {city}[[ and operates|, with teams]] [[across|in]] [[several regions|multiple time zones|a number of countries]]. [[We're|We are]] [[proud of|known for]] [[our culture of collaboration|our people-first culture|the quality of our work]].",
    ],
    "unsubscribe": [
        "[[Don't want to receive these emails?|No longer want these emails?|Prefer not to hear from us?]] [[Unsubscribe|Update your preferences]] [[here|at any time]]: https://{cdomain}/[[unsubscribe|preferences|email-preferences]]?id={tok}",
        "[[Manage email preferences|Manage notifications|Email settings]] · [[Unsubscribe|Opt out]] · [[Privacy|Help]]",
        "You [[received|are receiving]] this [[email|message]] because [[you signed up for updates from|you have an account with|you opted in to communications from]] {company}[[ Careers| Recruiting|]]. [[To stop receiving them|To opt out]], [[click|use]] [[the unsubscribe link below|Unsubscribe below|the link below]].",
        "[[To unsubscribe|If you no longer wish to receive recruitment emails|To opt out of future emails]], [[reply with|send an email with]] 'UNSUBSCRIBE' [[in the subject line|as the subject]] to [[careers@{cdomain}|unsubscribe@{cdomain}]].",
        "This email was sent to {cmail}. [[Unsubscribe|Update preferences|Change how often you hear from us]]: {cdomain}/u/{tok}",
        "[[© {year} {company}. All rights reserved.|© {year} {company}.|Copyright {year} {company}.]] {street}, {city}. [[Unsubscribe|Opt out]] [[·|-|/]] [[Preferences|Manage subscriptions]]",
        "[[You can|Feel free to]] [[opt out of|unsubscribe from]] [[non-essential|marketing and newsletter|recruitment marketing]] emails [[at any time|whenever you like]]; [[account security and legal notices|service messages about your account]] [[will still be sent|are not affected]].",
        "[[Too many emails?|Getting too many emails?|Hearing from us too often?]] [[Switch to a weekly digest|Change your frequency|Pause emails for a while]] [[or unsubscribe|or opt out completely]] [[in|from]] your [[email settings|preferences]][[: https://{cdomain}/preferences|]].",
        "[[Unsubscribe|Unsubscribe from this list]] | [[Update subscription preferences|Update profile]] | [[View in browser|View this email in your browser]]",
        "Sent by {company} [[Careers|Recruitment|Talent]], {street}, {city}. [[If you'd rather not receive these emails|If these emails aren't useful]], [[you can|please]] [[unsubscribe|opt out]] [[here|below]].",
    ],
    "accessibility": [
        "[[If you need|Should you require|If you'd like]] [[any adjustments|reasonable adjustments|accommodations|an accommodation]] [[during|at any stage of]] [[our recruitment process|the hiring process|our process]], [[please |]][[let us know|contact us|tell us]] [[at|via]] [[adjustments@{cdomain}|accessibility@{cdomain}|careers@{cdomain}]][[ and we'll do our best to help| — we're happy to help|]].",
        "{company} is committed to [[providing|offering]] [[reasonable accommodations|reasonable adjustments]] [[for|to]] [[candidates|applicants]] with disabilities[[ and long-term health conditions| or other needs|]]. [[Requests are handled confidentially|All requests are treated in confidence]][[ and never affect how applications are assessed| and never affect how you're assessed|]].",
        "[[Prefer|Would you prefer]] [[our emails|this information]] in [[another format|a different format]], [[such as|like]] [[large print|audio|plain text|Braille]]? [[Just|Simply]] [[contact the recruitment team and|let us know and|get in touch —]] we'll [[arrange it|sort it out|make it happen]].",
        "Our careers site [[is designed to meet|aims to meet|meets]] [[WCAG 2.1 AA|WCAG 2.2 AA]] [[accessibility|web accessibility]] standards. [[If you have trouble using it|If anything on it is hard to use]], [[call|phone]] [[+44 20 7946 0718|(555) 010-4471|0800 555 0199]] [[for assistance|and we'll help]].",
        "[[Applicants with disabilities|Candidates with a disability]] [[may|can]] [[request|ask for]] [[assistance|help]] [[with the online application form|at any point in the process]] by [[emailing|contacting]] [[accommodations@{cdomain}|hr@{cdomain}]].",
        "[[We want|We'd like]] [[everyone|every candidate]] to [[have a fair chance|be able to show us their best]]. [[If|Where]] [[something|anything]] [[about how we communicate|about our process]] [[doesn't work for you|makes that harder]], [[please |]][[tell us|let us know]][[ — there's no need to explain why|]].",
        "[[Neurodivergent|Neurodiverse]] [[candidates|applicants]] [[are welcome to|can]] [[ask for|request]] [[extra time|written instructions|a quieter setting]] [[or any other|or other]] [[adjustments|changes]] [[at any point|whenever they need them]].",
        "[[Accessibility|Adjustments]]: [[{company} welcomes requests for adjustments|requests for adjustments are welcome]] [[at every stage|throughout our process]]. [[Contact|Email]] [[{rmail}|adjustments@{cdomain}]].",
        "[[Veterans|Armed Forces veterans|Military spouses]] and [[people returning to work after a career break|returners]] [[can|may]] [[access|get]] [[additional support|extra guidance]] [[through|via]] our [[careers team|recruitment team]]; [[details|more information]] [[at|on]] {cdomain}/careers/support.",
    ],
    "fraud_warning": [
        "[[Recruitment fraud alert|Beware of recruitment scams|Please be aware]]: {company} will never ask [[candidates|applicants|you]] for [[money|payment|bank details]] [[at any stage of|during]] [[the hiring process|recruitment]][[, and all genuine emails from us come from an @{cdomain} address|]].",
        "[[We are aware of|We've been made aware of|There have been reports of]] [[fraudsters|people]] [[posing as|impersonating|pretending to be]] {company} [[recruiters|employees|staff]] [[on messaging apps|via WhatsApp and Telegram|with fake job offers]]. [[If in doubt|If you're unsure]], [[check|verify]] [[the role|any message]] [[on our official careers site|by contacting careers@{cdomain}]].",
        "[[Genuine|Legitimate]] {company} [[recruitment|hiring]] [[emails|messages]] [[only ever|will only]] come from [[@{cdomain}|an @{cdomain} address]]. [[Report|Forward]] [[anything suspicious|suspicious messages]] to [[security@{cdomain}|fraud@{cdomain}|abuse@{cdomain}]].",
        "[[Stay safe|Protect yourself]]: {company} never [[conducts interviews|interviews candidates]] [[over text message|by instant messaging alone|on chat apps only]] [[and never|or]] [[asks you to buy equipment|requests fees for training or equipment|asks for payment for visas]].",
        "[[Note|Important]]: {company} does not accept [[unsolicited CVs|speculative CVs|unsolicited resumes]] from [[recruitment agencies|agencies]][[ and will not pay fees for candidates introduced this way| without a signed agreement|]].",
        "If [[an email|a message|a job offer]] [[claiming|that claims]] to be from {company} [[asks for money|asks for payment|asks for your bank details|comes from a personal email address]], [[please |]][[don't respond|do not reply]][[ and report it| — report it instead]] [[to|at]] [[fraud@{cdomain}|careers@{cdomain}]].",
        "{company} [[does not charge|never charges]] [[fees|a fee]] [[to apply|for applications, interviews or training]]. [[Anyone asking you to pay|Any request for payment]] [[is not acting on our behalf|is fraudulent]].",
        "[[Security notice|Safety notice]]: [[we will never|we'll never]] [[ask for|request]] [[your password|your passport or bank details]] [[by email|over email]][[ before a formal written offer| unless you have a signed contract with us|]].",
        "[[Phishing|Scam]] [[warning|notice]]: [[double-check|always check]] the sender's address [[before clicking any links|before sharing personal information]]. [[Our recruiters|All our hiring team]] [[use|email from]] @{cdomain} [[addresses|accounts]][[ only|]].",
    ],
}

# --- rejection padding: surrounds a refusal, never states one -------------------------------
REJECTION_ONLY: dict[str, list[str]] = {
    "apply_again": [
        "[[We'd|We would]] [[encourage|really encourage]] you to [[apply for|keep an eye out for]] [[future|other]] [[roles|openings|vacancies]] [[with us|at {company}]] that [[match|suit|fit]] your [[skills and experience|background|interests]].",
        "Please [[don't let this put you off|don't let this stop you from|do not let this discourage you from]] [[applying|applying again|applying for other positions]] [[in the future|down the line|when the time is right]].",
        "If [[another|a different]] [[role|position|vacancy]] [[at {company}|with us]] [[catches your eye|appeals to you|looks like a good fit]], [[please|do]] [[apply|put yourself forward]] — [[we'd be glad|we'd be happy|we'd love]] to [[hear from you again|see your name again|consider you]].",
        "[[Quite a few|Many]] of [[our colleagues|the people here]] [[joined us on their second or third application|applied to us more than once before joining]], so [[please keep us in mind|do try again|don't be discouraged]][[ in future| in the future|]].",
        "[[New roles|Opportunities]] [[come up|open up|arise]] [[regularly|frequently|all the time]] [[across the business|in our {team} team|in our {city} office|across the organisation|across the organization]], and [[we hope you will|we hope you'll|we'd encourage you to]] consider applying again.",
        "You are [[welcome|more than welcome]] to [[reapply|apply again]] [[for this or any other position|for future vacancies]] [[after|once]] [[six|6|twelve|12]] months[[ have passed|]].",
        "[[Your profile|Your skill set|Your background]] [[could be a great match for|may well suit|might be right for]] [[other|future]] [[openings|opportunities|roles]] [[here|at {company}]], so [[we'd encourage you|please feel free]] to [[keep checking|keep an eye on]] [[our careers page|{cdomain}/careers]].",
        "[[Please|Do]] [[keep {company} in mind|think of us]] [[for the future|next time you're looking|as your career develops]] — [[we hire|we recruit]] [[throughout the year|all year round|every quarter]][[ and our needs change quickly|]].",
        "[[Unfortunately|Sadly]], [[timing|the timing]] [[doesn't always line up|isn't always right]], so [[please|we hope you'll]] [[apply|get in touch]] again [[when you see a role that interests you|when a suitable vacancy comes up|in the future]].",
        "We [[genuinely|really|sincerely]] hope this [[won't|will not]] be the last [[we hear from you|time we see your application|time you apply to {company}]].",
    ],
    "keep_on_file": [
        "[[With your permission|If you're happy for us to|Unless you tell us otherwise]], we'll [[keep|hold]] your [[CV|resume|application details]] on file for [[6|six|12|twelve|18]] months [[and may contact you|and could reach out]] [[if a suitable role comes up|should a relevant position become available|when a similar opening arises]].",
        "Your [[details|information|profile]] will [[remain|stay]] in our [[talent pool|candidate database|system]] for [[six months|a year|up to two years]], and [[our recruiters|the team|we]] [[may|might]] [[get in touch|reach out|contact you]] about [[future opportunities|other roles|upcoming vacancies]][[ that fit your experience|]].",
        "[[We'd like to|We would like to|We'd love to]] [[keep your application on record|retain your CV]] [[so that we can|so we can|in order to]] [[consider you for|contact you about]] [[future|upcoming|similar]] [[vacancies|roles|openings]]. [[If you'd rather we didn't|If you would prefer that we delete your details|If you don't want this]], [[please |]][[just |]][[reply to this email|let us know|email privacy@{cdomain}]].",
        "[[I've|I have|We've]] [[added|saved]] your [[details|profile|CV]] to our [[talent pool|list for future roles|pipeline]] and [[will|I'll|we'll]] [[be in touch|get in touch|reach out]] [[if|when]] [[something|a role]] [[more suitable|that fits]] [[comes up|opens up]].",
        "[[In line with|Per|As set out in]] our [[privacy notice|candidate privacy notice|data retention policy]], [[we will|we'll]] [[keep|retain]] your [[application|data|information]] for [[six|6|12|twelve]] months[[, after which it will be deleted|, then securely delete it|]].[[ During that time, we may contact you about other suitable roles.|]]",
        "[[We keep|We retain]] [[strong|promising|good]] [[applicants|candidates]] [[on file|in mind]] [[for future|for upcoming]] [[hiring|openings|roles]], and [[we'll|I'll]] [[reach out|be in touch]] [[directly|personally]] [[if something opens up|if a position opens|should a role open up]][[ that matches your experience| that could be a fit|]].",
        "[[Your CV|Your resume|Your application]] [[has been|will be]] [[kept|stored]] [[securely |]]in our [[applicant tracking system|database]], and [[the recruitment team|our recruiters|hiring managers]] [[regularly|often]] [[search it|look back through it]] [[when|whenever]] new [[roles|vacancies|positions]] [[open|are created|come up]].",
        "[[We'll hang on to|We'll keep hold of|We'll hold on to]] your [[details|CV|info]] [[for now|for a while]] — [[if|when]] [[the team grows|we're hiring again|something similar comes up]], [[you'll be one of the first people we call|we'll drop you a line|I'll give you a shout]].",
        "[[Please note that|Note that|Just so you know,]] [[we may|we might|{company} may]] [[contact you|get in touch]] [[within the next|over the next|in the coming]] [[six|6|twelve|12]] months [[if a suitable vacancy arises|should another relevant role become available|if a role that suits you comes up]].",
        "[[If you are happy for us to keep your details|If you'd like us to keep you in mind]] for [[future|other|upcoming]] [[roles|vacancies|opportunities]], [[no action is needed|you don't need to do anything]]; [[otherwise|if not]], [[please |]][[reply|let us know]] [[and we'll remove them|and we will delete your information|within {days} days]].",
    ],
    "volume": [
        "We [[received|had]] {nrev} applications for [[this role|the {role} position|this vacancy|the position]][[, which made for a very competitive process| and the standard was extremely high|]].",
        "[[The response to this vacancy|Interest in this role|The number of applications we received]] [[was|has been]] [[overwhelming|exceptional|far higher than we expected]][[, and the quality of candidates was very high| and the field was very strong|]].",
        "[[This|It]] [[was|has been]] [[an extremely|a highly|an unusually]] competitive [[process|recruitment round|campaign]], [[with|and we had]] [[many|a large number of|lots of]] [[well-qualified|strong|talented|excellent]] [[applicants|candidates]] [[for a limited number of places|for a single position|for only a few roles]].",
        "[[As you can imagine|As you might expect|Understandably]], [[we've had|we have received]] [[a huge|an enormous|a large]] [[response to|number of applications for]] [[this advert|the role|this opening]][[ from candidates with excellent backgrounds|, many from very experienced people|]].",
        "[[Competition|The competition]] for [[this|the]] [[position|role|opportunity|place]] [[was|has been]] [[fierce|very strong|intense|tough]].",
        "[[Choosing|Deciding]] between [[so many|such a number of]] [[strong|capable|talented]] [[applicants|candidates|people]] [[was|has been]] [[genuinely difficult|really hard|not easy]][[ for the panel| for the hiring team| for all of us|]].",
        "We [[had|received]] [[more than|over|nearly]] [[150|200|400|600|1,000]] [[applications|CVs]] for [[one position|a single vacancy|two openings|a handful of roles]][[, so shortlisting was very difficult|, and every one of them was reviewed carefully| this time round|]].",
        "[[The quality of applications|The calibre of candidates|The caliber of candidates|The standard of applicants]] [[was|has been]] [[exceptionally|remarkably|incredibly]] high[[ this year| this time| for this role|]], [[which|and this]] [[made|has made]] [[our decisions|shortlisting|the selection process]] [[very difficult|particularly challenging|harder than usual]].",
        "[[With|Given]] [[the volume of|the sheer number of]] [[applications|responses]] [[we receive|we get|we've received]], [[we have to|we must|we need to]] [[make difficult choices|make some tough calls|be very selective]] [[at every stage|early on|even among excellent applicants]].",
        "[[Roles like this|Vacancies like this one|Positions in our {team} team]] [[attract|typically attract]] [[a very high number of|hundreds of|a huge number of]] [[applications|applicants]][[, often for a single place|, and this one was no exception|]].",
    ],
    "no_feedback": [
        "Unfortunately, [[due to|because of|given]] the [[high|large|sheer]] [[volume|number]] of applications [[we receive|we received]], we [[are not able|are unable|aren't able]] to [[provide|offer|give]] [[individual|personalised|personalized|detailed]] feedback [[at this stage|on applications|to each candidate]].",
        "[[I'm sorry that|I'm afraid|Regrettably,]] [[we can't|we cannot|we're not able to]] [[offer|share|give]] [[specific|individual|detailed]] feedback [[on|about]] [[your application|applications|CVs]] [[at this stage|at the screening stage|at this point in the process]].",
        "[[Please understand|We hope you'll understand|We hope you understand]] that [[we're|we are]] [[unable|not able]] to [[respond to|answer]] [[requests for feedback|individual feedback requests]][[ given the number of candidates involved| due to the volume we receive|]].",
        "[[Our policy|Company policy]] [[is not to|does not allow us to]] [[provide|give]] feedback [[on|for]] [[applications at the initial screening stage|CV-stage applications|applications at this stage]].",
        "[[Unfortunately|Unfortunately,|Sadly,]] [[we're unable to|we can't|we won't be able to]] [[give|provide]] [[reasons|detailed reasons]] for [[individual|our]] [[shortlisting decisions|selection decisions|decisions]][[, but please know every application is read by a member of our team| — every application is reviewed by a real person|]].",
        "[[While|Although]] [[we'd like to|we would love to]] [[give|offer]] [[everyone|every applicant]] [[personal|detailed|tailored]] feedback, [[the volume of applications|the number of applicants]] [[makes this impossible|means this isn't possible|simply doesn't allow it]][[ at this stage|]].",
        "[[We aren't|We're not|We are not]] [[in a position|able]] to [[discuss|go into]] [[the details of|the reasons for]] [[hiring decisions|our assessment]] [[by phone or email|over the phone|individually]][[, and we appreciate your understanding| and thank you for understanding|]].",
        "[[Sorry —|Apologies,|Sorry,]] [[I can't|we can't]] [[share|give]] [[feedback|specifics]] [[on this one|on individual applications|here]][[; it's a company-wide policy| — it's a policy thing, not a reflection on you|]].",
        "[[We know|We realise|We realize]] that feedback [[can be|is]] [[really valuable|helpful|useful]], [[but|however]] [[unfortunately|regrettably]] we [[cannot|are unable to]] [[respond to individual requests|provide personal feedback]] [[because of the number of applicants|given the scale of our recruitment]].",
        "[[Please note that|Please be aware that|Note:]] [[we are unable to|we cannot|we can't]] [[enter into correspondence|correspond]] [[about|regarding]] [[the outcome|selection decisions|this decision]].",
    ],
    "appreciation": [
        "Thank you [[so much|very much|sincerely]] for [[the time and effort|the time and care|all the effort]] you [[put into|invested in|spent on]] [[your application|applying|the application process]][[ for the {role} role| for {role}|]][[ — we know it takes real effort| — we know it isn't a small thing|]].",
        "[[We|I]] [[really|genuinely|truly]] [[appreciate|appreciated]] your interest in {company} and [[the time you took to|you taking the time to]] [[tell us about yourself|share your experience with us|apply]].",
        "[[We were|I was|The team was]] [[impressed by|struck by|really impressed with]] [[your background|your experience|your enthusiasm|the breadth of your experience]][[ and your obvious passion for the work|, and it was clear you had prepared carefully|]].",
        "[[Thank you|Thanks]] [[for your patience|for bearing with us]] [[while|as]] we [[reviewed|worked through]] [[applications|all the applications|candidates]], and [[for your interest in joining|for wanting to join]] [[us|{company}|the {team} team]].",
        "[[It was a pleasure|It was great|It was lovely]] [[to learn|learning]] [[more |]]about [[you|your work|your career so far]][[, and we enjoyed reading your application| — thank you for being so open with us|]].",
        "On behalf of [[the hiring team|everyone at {company}|the {team} team|the panel]], [[thank you|thanks]] [[for your interest|for the interest you have shown]] in [[this position|the {role} position|{company}]] and for [[the time you have given us|your time and effort|the care you took with your application]].",
        "[[We know|We recognise|We recognize]] [[how much work goes into|the time it takes to prepare]] [[a thoughtful application|a good application|a job application]], and [[we're grateful that you chose to spend that time on us|we appreciate the effort you made|we are grateful you did it for us]].",
        "[[The experience|The achievements|The skills]] [[you described|you shared|set out in your application]] [[are|were]] [[genuinely impressive|clearly impressive|really interesting to read about]], and [[we appreciate your interest|we valued the chance to learn about them|thank you for your openness]].",
        "[[Thanks|Thank you]] [[a lot|again|so much]] for [[chatting with us|your time on the phone|making time to speak with us|coming in to meet the team]][[ — I really enjoyed our conversation| — the team enjoyed meeting you| and for your thoughtful questions|]].",
        "[[Thank you|Thanks]] for [[considering|thinking of]] {company} [[as your next step|as a place to grow your career|as your next employer]]. [[We don't take that for granted|It means a lot to us|We're genuinely grateful]].",
    ],
    "consolation": [
        "[[I know|We know|We understand]] this [[isn't|is not]] the [[news|outcome|answer]] you [[were hoping for|wanted|hoped for]], [[and|but]] [[your understanding is really appreciated|thank you for the interest you've shown|thank you for all the effort you put in]].",
        "[[We appreciate|We understand|I realise|I realize]] [[this may be|this will be|this is]] disappointing[[, especially after all the effort you put in| to hear|]], [[and hope|but trust]] [[it won't put you off|you'll find the right role soon|you'll keep going]].",
        "[[We wish you|Wishing you]] [[every success|all the very best|the best of luck]] [[in|with]] your [[job search|career|search|next chapter]][[ and in whatever you decide to do next| and hope you find a role that's a great fit| — I'm sure the right role is out there|]].",
        "[[Please don't be disheartened|Please don't be discouraged|Try not to be too disheartened]] — [[hiring often comes down to|recruitment can come down to|decisions like this are often about]] [[very fine margins|small details|timing and team needs]][[ rather than anything you did wrong|, and it's rarely personal|]].",
        "[[Job hunting|Job searching|Looking for work]] [[can be|is often]] [[exhausting|a long road|tough|hard going]], so [[we|I]] [[want to say|wanted to say]] [[good luck|thank you for sticking with it]][[ and hang in there| — you've got this|]].",
        "[[I'm confident|I have no doubt|I'm sure]] [[you'll find|you will land]] [[a great role|the right opportunity|something brilliant]] [[soon|before long|very soon]][[, and I hope our paths cross again|]].",
        "[[All the best|Best of luck|Good luck]] [[for the future|going forward|with your next steps]][[, {first}|]][[!|.]]",
        "[[Sorry|I'm sorry|We're sorry]] [[this email|this message]] [[isn't|is not]] [[more positive|better news|what you'd hoped]]. [[We're grateful|We are thankful]] [[you gave us the chance to get to know you|for your patience throughout|that you considered us]].",
        "[[We hope|We really hope]] you [[found|have found]] [[the process|our process]] [[worthwhile|useful|a positive experience]][[ and that it helps with your next application| and we wish you well|]].",
        "[[Take care|Look after yourself]], and [[good luck|the very best of luck]] [[out there|with the search|with what comes next]][[ — rooting for you|. We're rooting for you|]].",
    ],
    "stay_connected": [
        "Let's [[stay in touch|keep in touch]] — [[feel free to|please do]] [[connect with me|add me]] on LinkedIn[[ so we can keep the conversation going| and drop me a message any time|]].",
        "[[I'd love to|I would like to|We'd love to]] [[keep in touch|stay in touch|stay connected]][[ with you|]]. [[If you're open to it|If that sounds good|If you're happy with that]], [[I'll|we'll]] [[reach out|check in|get in touch]] [[when|as soon as|if]] [[new roles open|our hiring picks up again|we start hiring for the {team} team again]].",
        "[[Please|Do]] [[keep in touch|stay in touch]] and [[let us know|let me know|tell us]] [[how you get on|how things go|where you land]][[; we'd genuinely like to hear| — I mean that|]].",
        "If [[you're|you are]] ever [[in {city}|passing our office|nearby]], [[let us know|drop me a note|give us a shout]] [[and come say hello|— we'd be happy to grab a coffee|and we'll show you around]].",
        "[[You're welcome to|Feel free to|Please]] [[follow|keep up with]] [[our|the]] {company} [[news|updates|story]] on LinkedIn so you can [[see|hear about]] [[what's next for us|new roles first|how we grow]][[ — we'd love to keep you in the loop|]].",
        "[[I'll keep you in mind and, if it's okay with you, I'll|I'll have you in mind and, if that's alright, I'll|We'll keep you in mind and, with your permission, we'll]] [[be in touch|reach out|get back in touch]] [[in the new year|later in {year}|in a few months|when we next hire for {role}]].",
        "[[My door|My inbox]] [[is|remains]] [[always open|open]] — [[if you ever|should you ever]] [[want|need]] [[advice on|a sounding board for]] [[your search|your next move|a future application]], [[just|please]] [[get in touch|email me|reach out]][[ at {rmail}|]].",
        "[[We'd be glad|We would be happy|We'd love]] to [[hear from you|stay connected]] [[in the future|down the road|again]][[, and hope you'll keep following our work| — do say hello if you see us at an event|]].",
        "[[If it's helpful|If useful|If you'd find it useful]], [[I'm happy to|I'd be happy to|we can]] [[introduce you to|connect you with|pass your details to]] [[a couple of|some|a few]] [[contacts|people in my network|recruiters I know]] [[who might be hiring|at other companies|in {city}]][[ — just say the word|; let me know|]].",
        "[[Stay in touch|Keep in touch]]: [[join our alumni and friends list at {cdomain}/stay-in-touch|subscribe to our careers newsletter[[ at {cdomain}/newsletter|]]|follow us on LinkedIn]] [[and|to]] [[hear about|be first to know about]] [[future opportunities|future openings|what we're working on]].",
    ],
}

# Categories that real mail carries below the signature rather than in the body.
FOOTER_CATEGORIES = (
    frozenset({"eeo", "do_not_reply", "privacy", "unsubscribe", "social", "fraud_warning"})
    | FOOTER_CATEGORIES_NONJOB
)

_PARA_SPLIT = re.compile(r"\n\s*\n")
# Start of a quoted or forwarded message: padding stays above it.
_QUOTED = re.compile(
    r"^(>|On .{0,200}wrote:|-{3,}\s*(Forwarded|Original) [Mm]essage|From: |_{20,}\n"
    r"|Von: |De ?: |Get Outlook for )",
    re.DOTALL,
)
_GREETING = re.compile(r"^(Dear|Hi|Hello|Hey|Hiya|Greetings|Good (morning|afternoon|evening))\b")


def pad(
    rng: random.Random,
    ctx: Ctx,
    body: str,
    pools: list[dict[str, list[str]]],
    n: int,
) -> str:
    """Insert n rendered paragraphs, from distinct categories of ``pools``, into ``body``.

    Body paragraphs go after a random paragraph past the greeting (or the first one) and
    before the last one or two (sign-off, signature); footer categories go at the end. A
    quoted or forwarded message at the bottom is kept below everything that is added.
    Original paragraphs keep their order and text.
    """
    merged: dict[str, list[str]] = {}
    for pool in pools:
        for cat, templates in pool.items():
            merged.setdefault(cat, []).extend(templates)
    if n <= 0 or not merged:
        return body
    cats = rng.sample(list(merged), min(n, len(merged)))
    r = R(rng, ctx)

    paras = [p for p in _PARA_SPLIT.split(body.strip("\n")) if p.strip()]
    cut = next((i for i, p in enumerate(paras) if i > 0 and _QUOTED.match(p)), len(paras))
    head, tail = paras[:cut], paras[cut:]
    greeting = next((i for i, p in enumerate(head[:5]) if _GREETING.match(p)), 0)
    first = greeting + 1
    last = len(head) - 1

    after: defaultdict[int, list[str]] = defaultdict(list)
    footers: list[str] = []
    for cat in cats:
        text = tidy(r(merged[cat]))
        if cat in FOOTER_CATEGORIES:
            footers.append(text)
            continue
        keep = rng.choice((1, 2))
        hi = last - keep if last - keep >= first else last - 1
        anchor = rng.randint(first, hi) if hi >= first else last
        after[anchor].append(text)

    out: list[str] = list(after.get(-1, []))
    for i, p in enumerate(head):
        out.append(p)
        out.extend(after.get(i, []))
    return "\n\n".join(out + footers + tail)
