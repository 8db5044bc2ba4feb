"""Recruiter notes after a call, hedged refusals and conditional confirmations (helper W1,
issue 11; written for rejectwatch).

* Recruiter (agency or in-house) notes after a phone call: the rejection families give the
  decision and pitch another role in one breath; the negatives pitch a role cold, or bring
  good news after the call, with the same intros and pitches.
* Company letters: the rejection families only hedge ("other applicants aligned more
  closely", "the team went another way", "we'll be moving ahead with other profiles") and
  never say unfortunately or not; the confirmation families talk about a refusal that has not
  happened ("if your profile doesn't match we'll keep it on file", "either way", "we'll only be
  in touch if there's a match").
"""

from __future__ import annotations

from .engine import R
from .w1_mail import MOBILE, html_frame, setup, typos


def _recruiter(intro, middle, *, agency: bool, pitch_p: float, slips: float = 0.2, extra=None):  # type: ignore[no-untyped-def]
    def fn(rng, c):  # type: ignore[no-untyped-def]
        r = R(rng, c)
        setup(r, agency=True)
        c["area"] = r(AREA)
        if agency:
            sender = r(["{rfull} <{amail}>", "{rfull} | {agency} <{amail}>", "{amail}"])
            subject = r(AG_SUBJECTS)
            sign = r(AG_SIGN)
        else:
            sender = r(["{rfull} <{rmail}>", "{rfull} ({company}) <{rmail}>", "{rmail}"])
            subject = r(IH_SUBJECTS)
            sign = r(IH_SIGN)
        text = joined(r.maybe(0.8, intro), r(middle))
        if extra:
            text = f"{text}\n\n{r(extra)}".strip()
        pitch = r(PITCH_AG if agency else PITCH_IH) if r.chance(pitch_p) else ""
        if pitch and r.chance(0.5):
            text = f"{text} {pitch}"
            pitch = ""
        if r.chance(slips):
            text = typos(rng, text, rng.choice([1, 2]))
        closing = r.maybe(
            0.5,
            [
                "Really appreciated the conversation.",
                "Thanks so much for your time - it was great getting to know you.",
                "Let me know either way.",
                "Have a good evening.",
                "Speak soon.",
                "Thanks again for being so easy to work with.",
            ],
        )
        if r.chance(0.2):
            sign = f"{sign}\n\n{r(MOBILE)}"
        hello = r(
            [
                "Hi {first},",
                "{first} -",
                "Hello {first},",
                "Hey {first},",
                "Dear {first},",
                "Hi {first}!",
            ]
        )
        return subject, r.body(hello, text, pitch, closing, sign), sender

    return fn


AREA = [
    "retail banking",
    "public-sector delivery",
    "SaaS sales",
    "regulated manufacturing",
    "large-scale data platforms",
    "hospitality operations",
    "clinical settings",
    "multi-site management",
]
AG_SUBJECTS = [
    "{company} - update",
    "Following our call",
    "Re: {role} with {company}",
    "Feedback from {company} + another role",
    "Catch-up",
    "{role2} - spec attached",
    "",
    "Quick follow up",
]
IH_SUBJECTS = [
    "Following our call",
    "{role} - update",
    "Re: {role}",
    "Your application to {company}",
    "Another role at {company}",
    "",
]
AG_SIGN = [
    "Speak soon,\n{rfirst}",
    "Cheers,\n{rfull}\nSenior Consultant | {agency}",
    "{rfirst}\n{agency}\nM: 07{ref}",
    "Best,\n{rfull}\n{agency} - {city}",
    "Thanks,\n{rfirst} {rlast}\nPrincipal Consultant\n{adomain}",
]
IH_SIGN = [
    "Best,\n{rfirst}",
    "Kind regards,\n{rfull}\nTalent Partner | {company}",
    "Thanks,\n{rfull}\n{rtitle}",
    "{rfirst}\nTalent Acquisition, {company}",
]
CALL_INTRO = [
    "Thanks for picking up earlier.",
    "Good to catch you just now.",
    "Following on from our call this morning -",
    "As promised on the phone, here it is in writing.",
    "Thanks for the chat this afternoon.",
    "Sorry we got cut off!",
    "Thanks for taking my call today.",
]
AG_DECLINE = [
    "{company} have decided to go with a candidate who has more {area} behind them, so we'll "
    "close that one off.",
    "the feedback from {company} is that they've offered the {role} role to someone with a "
    "longer run in {area}.",
    "{company} have filled the {role} position with an applicant who was a little further along "
    "in {area}.",
    "{company}'s hiring manager has gone for the other finalist, mainly on {area} experience.",
    "the client moved someone across internally, so the {role} job is off the table.",
    "as I said, {company} have made their choice for {role} and it's the other candidate.",
    "{company} came back to me and they're proceeding with a candidate from another agency.",
]
AG_RELAY = [
    "I've had feedback from {company} after Thursday's interview. They've gone with a "
    "candidate whose background is heavier on {area}, and they've accepted.",
    "{company} have come back to me: the {role} role went to an applicant who had done the "
    "same job at a competitor.",
    "Feedback's in from {company}. {mfirst} liked you a lot, but the offer went to the other "
    "finalist, who could start sooner.",
    "{company} have hired someone already on their temp team for the {role} job.",
    "The client has chosen a candidate with more {area} for the {role} post; they said it "
    "was very close between the last two.",
    "Straight to it: {company} offered the job to the person they saw on Monday, who has a "
    "longer track record in {area}.",
]
RELAY_FEEDBACK = [
    "What they liked: your preparation and the way you handled the case questions. What "
    "tipped it: depth in {area}.",
    "{mfirst} said you came across really well and asked me to pass on their thanks.",
    "Their notes mention your communication as a real strength.",
    "",
]


IH_DECLINE = [
    "To confirm what I said: the hiring team for {role} have chosen to continue with another "
    "candidate.",
    "As we discussed, {mfirst}'s team have made an offer to another applicant for {role}.",
    "the {role} position has been filled by a candidate with more {area} experience.",
    "the team went with an internal applicant for {role}, as I explained.",
    "{mfirst} has decided to move ahead with the other shortlisted candidate for {role}.",
    "the panel selected someone whose background is heavier on {area}, so that one is closed.",
]
PITCH_AG = [
    "On the plus side, I've just taken a brief for a {role2} with a client in {city} - "
    "{salary}, hybrid two days a week. I think you'd be a strong fit; OK if I send the spec?",
    "I'm also running a {role2} search in {city} that I mentioned, and I'd like to put your CV "
    "forward if you're happy for me to.",
    "Attached is the job description for the {role2} role we talked about - shout if you want "
    "me to submit you.",
    "There's another client of mine hiring a {role2} ({salary}) and the brief reads like your "
    "CV. Free for ten minutes tomorrow to go through it?",
    "I'd love to get you in front of a {role2} opening that landed on my desk this week; "
    "it's {salary} and fully remote.",
]
PITCH_IH = [
    "As mentioned, we're opening a {role2} position in {team} next month and I'd like to put "
    "you in front of that hiring manager - shall I?",
    "I've flagged you to the {role2} team; expect a note from me once the role is live.",
    "Here's the link to the {role2} posting we talked about: {cdomain}/careers/{req}. Apply "
    "there and mention my name, and I'll make sure it's looked at quickly.",
    "There's also a {role2} vacancy in our {city} office that I think plays more to your "
    "strengths. Want me to introduce you?",
]
AG_PITCH_INTRO = [
    "Hope you're well.",
    "I came across your profile on LinkedIn and wanted to reach out.",
    "Great to speak earlier.",
    "Following our call, here are the details.",
    "You were recommended to me by a former colleague of yours.",
    "Thanks for taking my call.",
]
AG_PITCH = [
    "{company} have asked me to find them a {role} and your background in {area} stood out.",
    "I'm working on a {role} role with {company} in {city} - {salary}, hybrid. Interested?",
    "One of my clients in {city} is hiring a {role} ({salary}); I think your experience fits very well.",
    "I'm partnering with a growing business in {city} on a {role} hire and wanted to see if "
    "you'd be open to a chat.",
    "As discussed, here's the spec for the {role} position with {company}. The hiring manager "
    "is interviewing in the next two weeks.",
]
IH_PITCH = [
    "I'm on the talent team at {company} and we're hiring a {role} in {city}; your profile "
    "came up in our search.",
    "We've just opened a {role2} position in {team} and I thought of you straight away.",
    "Following our call, here's the {role2} job description. If it appeals, I can set up a "
    "first conversation with {mfirst}.",
]
AG_GOOD = [
    "{company} came back very positive and want to see you for a second interview on {weekday}.",
    "the hiring manager at {company} has chosen you for the final stage, along with one other "
    "candidate.",
    "{company} have shortlisted you for {role} - they'd like to meet in person next week.",
    "great news from {company}: they're keen to move forward and have asked for two references.",
    "{company} loved your case study and want to get you in front of the director.",
    "the client has picked you for the last round, which is a panel and a short presentation.",
    "{company} are keen to take your application further and want to meet you in {city}.",
    "{company} shortlisted you from a long list and would like a first interview.",
]
IH_GOOD = [
    "To confirm: the hiring team for {role} would like you back for the final round.",
    "As we discussed, {mfirst} wants to move ahead with you - next up is a meeting with the team.",
    "you're through to the next stage for {role}. I'll send over a couple of times.",
    "the panel went with you and one other candidate for the final interviews.",
    "you've been shortlisted for the next round and the team would like to meet on {weekday}.",
    "we'll be moving ahead with your application - {mfirst} wants a second conversation.",
    "unfortunately {mfirst} is away next week, but the team would like you back for the final "
    "round the week after.",
]


def joined(lead: str, rest: str) -> str:
    """``lead`` and ``rest`` as one paragraph, ``rest`` capitalised after a full stop."""
    if not lead or lead.endswith((".", "!")):
        rest = rest[:1].upper() + rest[1:]
    return f"{lead} {rest}".strip()


MOVING_AHEAD = [
    "Your experience aligned closely with the requirements, and we'd like to move ahead with "
    "your profile: the next step is a 30-minute call with {mfirst}.",
    "We'd like to move your application forward and invite you to a video interview. "
    "Please choose a slot using the link below.",
    "Good news: your profile has been shortlisted for an interview. Our coordinator will be "
    "in touch to arrange a time.",
    "We'll be moving ahead with your application to the assessment stage - a short online "
    "exercise that takes about forty minutes.",
    "Of all the applications we reviewed, yours aligned most closely with the brief, so we'd "
    "love to meet you on {date}.",
    "We're progressing with a small group of candidates who bring strong {area} experience, "
    "and you're one of them. Can you do {weekday} at {time}?",
]


# What a real invitation goes on to say: the concrete next step.
NEXT_STEP = [
    "Book a time that suits you here: https://{cdomain}/interview/{tok}",
    "The interview will last about {dur} minutes on video; the link follows once you've picked "
    "a slot.",
    "Please reply with your availability for next week and we'll send a calendar invitation.",
    "[ Choose your interview slot ]",
    "Attached is a short guide to what the next stage involves and how to prepare.",
    "{mfirst} will lead the conversation; expect questions about your recent projects.",
]
GOOD_NEWS_STEP = [
    "Are you free {weekday} at {time}? I'll send the invite as soon as you confirm.",
    "I'll forward the interview details and a prep pack tonight.",
    "Can you send me a couple of times that work next week?",
    "They've suggested {date} at {time} - does that suit?",
]


# --- company letters: hedges and conditional confirmations -----------------------------------
def _letter(
    opening,
    middle,
    closing,
    *,
    frame_p: float,
    sign,
    hello,
    senders,
    subjects,
    slips: float = 0.15,
    then=None,
):  # type: ignore[no-untyped-def]
    def fn(rng, c):  # type: ignore[no-untyped-def]
        r = R(rng, c)
        setup(r)
        c["area"] = r(AREA)
        mid = middle(r) if callable(middle) else r(middle)
        if r.chance(slips):
            mid = typos(rng, mid, 1)
        step = r(then) if then else ""
        text = r.body(r(hello), r.maybe(0.85, opening), mid, step, r.maybe(0.75, closing), r(sign))
        if r.chance(frame_p):
            text = html_frame(r, text)
        return r(subjects), text, r(senders)

    return fn


LETTER_HELLO = [
    "Dear {first},",
    "Hi {first},",
    "Dear {first} {last},",
    "Hello {first},",
    "Dear Candidate,",
    "Dear Applicant,",
    "{first},",
    "",
]
LETTER_SIGN = [
    "Kind regards,\nThe {company} Recruitment Team",
    "Best wishes,\n{rfull}\nTalent Acquisition",
    "Thank you,\n{company} People Team",
    "Warm regards,\n{rfirst} from {company}",
    "Regards,\nHR, {company}",
    "Sincerely,\n{company} Careers",
    "Best,\nThe hiring team at {company}",
]
LETTER_SENDERS = [
    "{company} Careers <careers@{cdomain}>",
    "no-reply@{cdomain}",
    "{rfull} <{rmail}>",
    "{company} Talent Team <talent@{cdomain}>",
    "recruitment@{cdomain}",
    "{company} via Workpath <noreply@workpath-mail.com>",
]
HEDGE_SUBJECTS = [
    "Your application for {role}",
    "{role} at {company}",
    "Update on your {company} application",
    "Re: {role}",
    "Application update",
    "{company}: {role} ({req})",
    "Thank you for applying",
]
RCV_SUBJECTS = [
    "We've received your application",
    "Thank you for applying to {company}",
    "Application received: {role}",
    "Your application for {role}",
    "{company} - application confirmation",
    "Thanks, {first}!",
    "Re: {role}",
]
HEDGE_OPEN = [
    "Thank you for applying for the {role} role and for the time you spent on your application.",
    "Thanks for your interest in {company} and in the {role} position.",
    "We've now reviewed all applications for {role}.",
    "Thank you for speaking with us about the {role} opening.",
    "We appreciate you considering a move to {company}.",
]
ALIGNED = [
    "Other applicants aligned more closely with the requirements we set out for this role, and "
    "we are proceeding with them.",
    "Having compared every application, we found that other candidates aligned more closely "
    "with the brief, particularly around {area}.",
    "Several applicants aligned more closely with the team's immediate priorities, so we will be "
    "taking those applications forward.",
    "The candidates we are taking to the next stage aligned more closely with the skills and "
    "experience in the job description.",
    "This time, other profiles were a closer match for the requirements of the position, and "
    "the process continues with them.",
]
ANOTHER_WAY = [
    "the team went another way on the {role} role.",
    "we've gone another way with this hire.",
    "the hiring team has decided to go in another direction for {role}.",
    "{mfirst}'s team went another way after the last round of conversations.",
    "we ended up going another way, towards someone with more {area} under their belt.",
]
PURSUE = [
    "We've decided to pursue candidates whose experience sits closer to {area}.",
    "We'll be moving ahead with other profiles for this vacancy.",
    "We have chosen to continue the process with applicants whose skills more closely match "
    "what the hiring manager is looking for.",
    "After review, we are focusing on a smaller group of applicants whose backgrounds are a "
    "tighter match for the role.",
    "The hiring manager has selected other profiles to take to interview.",
    "We are progressing with candidates who bring more experience in {area}.",
    "The balance tipped towards applicants with more hands-on {area}, and those are the people "
    "we'll be moving forward with.",
    "For this vacancy we are concentrating on applicants based closer to our {city} office.",
]
NN_HEDGE = [
    "We will continue the process with other profiles more suited to our needs.",
    "The choice went to profiles with more experience in {area}.",
    "After analysis of all candidatures, we have preferred profiles closer to the position.",
    "Our team has decided to go further with candidates who are matching better the requirements.",
    "We proceed with other candidates whose experiences correspond more to the job.",
    "Kindly note that we have moved ahead with other profiles which are more suitable to the "
    "requirement.",
]
HEDGE_CLOSE = [
    "We wish you every success in your search.",
    "Thank you again for your interest in {company}.",
    "Please keep an eye on our careers page for future openings.",
    "We hope you'll consider us again in the future.",
    "Best of luck with your next steps.",
]
CASUAL_HEDGE_OPEN = [
    "Quick update -",
    "Just wanted to close the loop:",
    "Thanks so much for chatting with us last week.",
    "Hope your week's going well.",
    "Wanted to get back to you before the weekend:",
]
CASUAL_HEDGE_CLOSE = [
    "Thanks so much for your time - it was great getting to know you.",
    "Really appreciated the conversation.",
    "Good luck, and let's keep in touch!",
    "Hope to cross paths again.",
]

RCV_OPEN = [
    "Thank you for applying for {role} at {company}. Your application has arrived safely.",
    "We've received your application for {role} - thanks for thinking of us.",
    "This is to confirm that your application for the {role} position ({req}) is with us.",
    "Thanks for sending your CV for the {role} vacancy in {city}.",
    "Your application to {company} has been submitted successfully.",
]
KEEP_ON_FILE = [
    "Our team will review it over the coming {weeks} weeks. If your profile doesn't match what "
    "we're looking for this time, we'll keep it on file for future openings.",
    "If it turns out your experience isn't the right fit for this role, we'll hold on to your "
    "CV and get in touch when something more suitable comes up.",
    "Should your application not be taken further for this vacancy, your details will stay in "
    "our talent pool for twelve months, unless you ask us to delete them.",
    "If we don't take you forward to interview, you'll still hear from us, and we'll keep your "
    "profile for similar roles.",
    "If other applicants align more closely with the requirements, we'll keep your profile on "
    "file and let you know about similar roles.",
    "Should the team decide to go another way, your details stay in our talent pool for a year "
    "and you can withdraw them at any time.",
    "If we move ahead with other profiles, you'll receive an email from us, and your CV will "
    "remain in our database for {period}.",
    "If we decide to pursue candidates whose experience is closer to the role, we'll keep "
    "yours on file for the next opening.",
    "In case another applicant suits this position better, we'll let you know by email "
    "and keep your CV for the next opening in {team}.",
]
EITHER_WAY = [
    "We aim to reply to everyone within {period}. Either way, we'll keep your details on file "
    "for future roles.",
    "Whatever the outcome, you'll hear from us once the closing date has passed, and either way "
    "your profile stays in our database.",
    "Either way, we'll let you know how things stand by {date2}.",
    "You'll get an answer from us either way - usually within {period} of the closing date.",
    "Whether or not we invite you to interview, we'll be in touch - either way your data is "
    "kept safely for {period}.",
]
ONLY_IF = [
    "We'll only be in touch if there's a match.",
    "Due to the high volume of applications we cannot respond to every applicant individually; "
    "we will contact you if your profile is shortlisted.",
    "We will be moving ahead with the profiles that best match the brief, and if yours is one of "
    "them, we'll contact you within {period}.",
    "Because we receive so many applications, we can only reply to the candidates we invite to "
    "interview.",
    "If you haven't heard from us within {period}, the hiring team will have chosen other "
    "profiles this time - but your details stay with us for future vacancies.",
    "Only shortlisted candidates will be contacted. We appreciate your understanding.",
    "Where we decide to pursue candidates whose experience is closer to the brief, we may not "
    "be able to write to you individually.",
    "We'll be in touch only if your background aligns closely with the role; otherwise we keep "
    "your application for future vacancies.",
]
NN_RCV = [
    "We will contact you only in case your profile is matching with the position.",
    "In case your CV is not fitting for this position, we keep it in our database for future "
    "positions, if you agree.",
    "Kindly note that only short-listed candidates will be contacted for further process.",
    "If no answer from us in {period}, please consider that other candidates were preferred. "
    "Your CV stays in our database.",
    "Our HR team will analyse your candidature and come back to you in either case.",
]
RCV_CLOSE = [
    "Unfortunately we can't answer questions about individual applications by phone.",
    "Unfortunately our team is not able to give updates by email, but your candidate account "
    "shows where things stand.",
    "We're sorry we can't always reply to questions quickly during busy periods.",
    "Thank you for your interest in {company}.",
    "In the meantime, you can follow your application in your candidate account.",
    "We look forward to reading your application.",
    "If you have questions, write to careers@{cdomain}.",
    "Good luck!",
]
NN_SIGN = [
    "Best regards,\nHR Team {company}",
    "Kind regards\nRecruitment department\n{company}",
    "With kind regards,\n{rfull}\nHuman Resources",
    "Cordially,\nThe {company} recruitment team",
    "Thanks & Regards,\nTalent Acquisition Team\n{company}",
]
