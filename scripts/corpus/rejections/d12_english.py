"""English rejections the shipped model misses (families d12-en-*; helper d12, issue 11,
twelfth pass; voice: voices/d12_english.py): decisions stated only as the next action, bare
status notices, a hiring manager's own choice, a client's decision relayed by an agency,
voicemail transcripts, replies to the candidate's chase, mass notices to unsuccessful
candidates, after a trial day or take-home, with feedback bullets, with a survey link, and
under a long careers footer. Their twins in the same skeletons are in confirmations/,
interviews/, next_steps/ and offers/ d12_english.py.
"""

from __future__ import annotations

from ..voices.d12_english import (
    MANAGER,
    forwarded_client,
    group_notice,
    sig_manager,
    status_card,
    system_notice,
    thread_reply,
    voicemail,
    with_bullets,
    with_survey,
)
from ..voices.d12_quiet import announced, internal_move, long_warm, portal_message, text_message

REJ = "rejection"

NEXT_ACTION = thread_reply(
    [
        "Re: {role}",
        "RE: [EXT] Re: {role} - update",
        "Re: Application {req}",
        "Your application",
        "RE: Re: {role} interview",
    ],
    [
        "I'll go ahead and close your application on our side, and you're very welcome to apply for future openings.",
        "Your file has been archived for this vacancy, so you won't hear from us about it again.",
        "We have updated your status in the portal to reflect the panel's decision, and the role will now proceed with the shortlisted applicants only.",
        "I've marked your application as closed and released your interview slot for the next stage to others.",
        "We'll be withdrawing your candidacy from this process and keeping your CV on record for twelve months.",
        "I've let the hiring manager know we'll close things off here for the {role} position rather than move to a final round.",
        "As a result, we will be closing your application for this requisition today.",
    ],
    [
        "Thanks for taking the time to speak with the team last week.",
        "I appreciate your patience while the panel met.",
        "Thank you for the thoughtful answers in your interview.",
        "I wanted to come back to you before the weekend.",
    ],
    [
        "I'll reach out directly if anything closer to your experience opens up.",
        "Please don't hesitate to apply for other roles on our site.",
        "Wishing you the very best with the search.",
    ],
)

BARE_STATUS = status_card(
    [
        "Application status update",
        "Your application: {role}",
        "Status changed",
        "{company} - update",
        "Update on {req}",
    ],
    [
        "Not selected",
        "Closed",
        "Closed - Not selected",
        "Not moving forward",
        "Rejected",
        "Unsuccessful",
        "Position filled - application closed",
        "Declined by employer",
        "No longer under consideration",
        "Archived (not progressed)",
    ],
    [
        "You can still browse and apply for other open roles.",
        "No further action is needed from you.",
        "This is an automated message.",
        "Questions? Visit the help centre.",
    ],
)

MANAGER_CHOICE = thread_reply(
    [
        "Re: Thursday",
        "RE: [EXT] Re: {role}",
        "Re: Following up",
        "Re: Thanks for your time",
        "RE: Re: our conversation",
    ],
    [
        "I've decided to go with someone whose background is a little closer to the work we have planned for the next year.",
        "I thought about it a great deal over the weekend and I've offered the role to another finalist.",
        "In the end I went with a candidate who has run a {team} function at a similar size before.",
        "I've made my decision and chosen someone who can start sooner, which matters a lot for us this quarter.",
        "After talking it over with {rfirst} I've settled on a different person for this one.",
        "My choice has landed on another applicant with more hands-on experience of the tooling we use.",
    ],
    [
        "I really enjoyed our conversation and your questions about the roadmap.",
        "You made this a hard call, and I mean that.",
        "Thanks for coming in and for the care you put into the exercise.",
        "I wanted you to hear this from me rather than from the system.",
    ],
    [
        "If you'd like, I'm happy to share more on a short call.",
        "I'd be glad to stay in touch - I think our paths will cross again.",
        "Good luck with everything, and thank you again.",
    ],
    sender=MANAGER,
    sig=sig_manager,
)

AGENCY_CLIENT = forwarded_client(
    [
        "RE: {company} - feedback",
        "Re: {role} at {company}",
        "Feedback from {company}",
        "RE: [EXT] Re: client update",
        "Update",
    ],
    [
        "The client came back to me this morning and they've chosen to go with another candidate they met in the final round.",
        "Just off the phone with {company}: they're going to proceed with someone who has more regulated-industry experience, so this one's a no from them I'm afraid.",
        "The client came back and said they're offering the role to a candidate they already knew from a previous contract.",
        "{company} have been in touch and, after comparing the shortlist, they've decided to progress another person.",
        "Feedback is in from the hiring manager: they felt your experience was great but they've gone with a candidate closer to their stack.",
    ],
    [
        "Thanks {rfirst}. We've met all three now and we're going with the second candidate, so please pass on our thanks to {first}.",
        "Hi {rfirst}, the team liked {first} but we're offering to someone with more hands-on audit work. Can you let them know?",
        "{rfirst} - we'll pass on {first} this time. Good interview, but the other finalist fits the brief better.",
    ],
    [
        "I'm disappointed for you, honestly - you interviewed really well.",
        "I've got a couple of other roles that could suit you; can I call you tomorrow?",
        "Let's catch up next week and look at what else is live.",
    ],
)

VOICEMAIL = voicemail(
    [
        "I'm calling about the {role} interview, I'm afraid the team's gone with another candidate this time",
        "just wanted to let you know personally that we've decided to offer the position to someone else",
        "we won't be moving you forward to the final stage, but I wanted to say thanks for your time",
        "the hiring manager has made the decision and it's not going to be you on this one, sorry to leave it on a message",
        "unfortunately we've filled the position so we'll be closing your application",
    ],
    [
        "Hi {first}, it's {rfirst} from {company}.",
        "Hello, this message is for {first}. {rfirst} here from the {company} recruitment team.",
        "Hey {first}, {rfirst} calling.",
    ],
    [
        "Give me a ring back if you'd like feedback, my number's in my email. Take care.",
        "No need to call back, I'll send a note as well. Bye now.",
        "Best of luck and speak soon.",
    ],
)

CHASE_REPLY = thread_reply(
    [
        "Re: Any update?",
        "RE: Checking in - {role}",
        "Re: Following up on my application",
        "RE: [EXT] Re: {role}",
        "Re: Quick question",
    ],
    [
        "Thanks for chasing and sorry for the silence - the team has now made its choice and it's gone to another applicant.",
        "Good question, and apologies for the delay: the role was offered to someone else last week and they've accepted.",
        "To answer your question directly, we won't be taking your application further for this position.",
        "I've checked with the hiring manager and they have decided to continue with two other candidates for the final stage.",
        "Sorry you had to chase. The position has been filled, so your application is now closed.",
    ],
    [
        "Thanks for following up.",
        "I appreciate you checking in, and I'm sorry we didn't reply sooner.",
        "Thanks for your email.",
    ],
    [
        "I know that's not the answer you were hoping for.",
        "Happy to pass on any feedback if I can get it from the panel.",
        "Please do keep an eye on our careers page.",
    ],
    quote_p=0.95,
)

MASS_NOTICE = group_notice(
    [
        "{role} - outcome",
        "To all unsuccessful candidates",
        "Recruitment update: {role}{reqtxt}",
        "Outcome of selection",
    ],
    [
        "To all unsuccessful candidates for the {role} vacancy,",
        "Dear applicants,",
        "This message is sent to all candidates who were not shortlisted for {role}.",
        "To everyone who applied for the {role} post:",
    ],
    [
        "The panel has now completed shortlisting and, if you are receiving this message, you have not been selected for interview.",
        "Thank you all for applying. The post has now been filled and this email is going to every applicant who was not appointed.",
        "We are writing as a group because of the number of applications; on this occasion your application has not been taken forward.",
        "Interviews have concluded and an appointment has been made. We are grateful to all of you who applied.",
    ],
    [
        "We are unable to offer individual feedback at this stage because of the volume of applications.",
        "Please accept our apologies for this group message.",
        "Future vacancies are advertised on our jobs page.",
    ],
)

AFTER_TRIAL = thread_reply(
    [
        "Re: Trial day",
        "Your take-home exercise",
        "RE: Technical task - {role}",
        "Re: Trial shift on {weekday}",
        "Re: Case study",
    ],
    [
        "We've reviewed your take-home with the team and we won't be progressing to the next stage this time.",
        "Thanks for the trial day. The team has decided to offer the role to another candidate who also trialled with us.",
        "After the trial shift, the head chef has decided to go with someone who has more grill experience.",
        "Your exercise was solid, but the reviewers felt it didn't show the depth of data modelling we need, so we'll stop here.",
        "Having looked at everyone's case studies side by side, we've chosen another finalist.",
    ],
    [
        "Thanks for giving us your time on the exercise, we know it's a real ask.",
        "It was great having you in for the day.",
        "Thanks for the effort you put into the task.",
    ],
    [
        "I've put a few notes from the reviewers below in case they're useful.",
        "We'll pay the trial-day fee as agreed by the end of the month.",
        "All the best and thanks again.",
    ],
)

FEEDBACK_BULLETS = with_bullets(
    ["Feedback - {role}", "Re: Your interview", "Outcome and feedback", "{role}: decision"],
    [
        "Thank you for interviewing with us. We won't be offering you the role, but the panel asked me to pass on their notes.",
        "I'm sorry to say we've decided not to move you forward. As promised, here is the panel's feedback.",
        "The role has gone to another candidate. You asked for feedback, so here's what I collected.",
    ],
    [
        "Clear, structured answers on stakeholder management",
        "Less depth than we needed on {team} forecasting",
        "Strong rapport with the panel",
        "The system design answer stayed at a high level",
        "Good examples of leading change, but few measurable outcomes",
        "Limited experience of the regulatory side of the role",
        "Excellent presentation, well timed",
    ],
    [
        "I hope this helps with the next one.",
        "Feel free to reply if anything is unclear.",
        "Please apply again in future; the notes on depth are very fixable.",
    ],
)

SURVEY = with_survey(
    [
        "Your application to {company}",
        "Update on your application",
        "{role}: outcome",
        "Thank you from {company}",
    ],
    [
        "We've completed our review for the {role} position and will not be proceeding with your application.",
        "The hiring team has decided to move ahead with other candidates.",
        "This role has now been filled, and your application has been closed.",
        "We regret that we are not able to offer you a place in the next stage.",
    ],
    kind_line=["Thank you for your interest in {company}.", "We wish you every success."],
)

CAREERS_FOOTER = system_notice(
    [
        "Your application for {role}",
        "{company} | Application update",
        "Thank you for applying",
        "Regarding your application",
    ],
    [
        "Thank you for applying for {role}. After review, we have decided not to progress your application.",
        "We've now reviewed your application and unfortunately it will not be moving forward.",
        "Your application has been reviewed by the hiring team, who have chosen other applicants for interview.",
        "We're writing to let you know the {role} position has been filled and your application is closed.",
    ],
    ["We hope you'll consider us again.", "We appreciate the time you took to apply."],
    footer_p=1.0,
)

FAMILIES = [
    ("d12-en-next-action", NEXT_ACTION, 18, REJ),
    ("d12-en-bare-status", BARE_STATUS, 18, REJ),
    ("d12-en-manager-choice", MANAGER_CHOICE, 18, REJ),
    ("d12-en-agency-client", AGENCY_CLIENT, 18, REJ),
    ("d12-en-voicemail", VOICEMAIL, 18, REJ),
    ("d12-en-chase-reply", CHASE_REPLY, 18, REJ),
    ("d12-en-mass-notice", MASS_NOTICE, 18, REJ),
    ("d12-en-after-trial", AFTER_TRIAL, 18, REJ),
    ("d12-en-feedback-bullets", FEEDBACK_BULLETS, 18, REJ),
    ("d12-en-survey", SURVEY, 18, REJ),
    ("d12-en-careers-footer", CAREERS_FOOTER, 18, REJ),
]

# --- quiet decisions: a fact stands for the refusal (voice: voices/d12_quiet.py) ---------

HIRE_ANNOUNCED = announced(
    [
        "I wanted to let you know that {mfirst} {mlast} has accepted our offer and will be joining as {role} in {month}.",
        "The {role} post has now been filled; our new colleague starts on {date2}.",
        "The panel appointed an internal candidate to the post on {date2}.",
        "We've now welcomed a new {role} to the {team} team, which brings this recruitment to a close.",
        "Our search has concluded with the appointment of a candidate from our graduate programme.",
        "An offer was made and accepted yesterday, so the {role} search is complete.",
    ],
    [
        "Thank you for your part in the process.",
        "It was a pleasure meeting you.",
        "Thanks for your patience over the last few weeks.",
    ],
    [
        "We'd be glad to hear from you about future roles.",
        "Thank you again for the time you gave us.",
        "I hope our paths cross again.",
    ],
)

TEXT_MESSAGE = text_message(
    [
        "hey {first} its {rfirst} from {company}, the job's gone to someone else sorry!! thanks so much for coming in",
        "Hi {first}, {rfirst} @ {company}. Team went a different way on the {role} job. Really appreciate your time.",
        "{first} - we've filled the shift manager role. Cheers for doing the trial. {rfirst}",
        "Hi {first} it's {rfirst}. Sorry to text but we offered it to the other finalist and she said yes. Good luck!",
        "Hello {first}, {company} here. The {role} position has been filled. Thank you for applying.",
    ]
)

PORTAL_MESSAGE = portal_message(
    [
        "Thank you for your interest. This requisition has now been filled and is closed.",
        "The hiring team has reviewed your profile and selected other applicants whose experience is a closer match.",
        "Your application will not progress further. You may apply for other roles after 90 days.",
        "After the assessment centre, the panel has made its selections and you were not among them this time.",
        "We have decided to pursue candidates with more direct experience of {team} work for this vacancy.",
    ]
)

LONG_WARM = long_warm(
    [
        "Where we've landed is that the timing isn't right to bring you on board in this role, and we've asked another finalist to join us.",
        "In the end it came down to a very small margin, and we felt another candidate's experience was a touch more aligned with where the team is heading.",
        "We've decided to let this one go rather than ask you through yet another round, as our choice has fallen elsewhere.",
        "After a lot of back and forth, the hiring committee has offered the position to someone else.",
    ],
    [
        "Please keep in touch - I'd be delighted to see your name come up again, and I'm always happy to be a reference for the work you showed us.",
        "If it helps to talk it through, grab any slot in my calendar next week. And please don't be a stranger.",
    ],
)

INTERNAL_MOVE = internal_move(
    [
        "We've been able to fill the {role} position through an internal move, so we won't be taking any external applications further.",
        "Following a restructure, the work of this role has been absorbed by the existing {team} team and the vacancy has been withdrawn.",
        "A colleague from our {city} office has transferred into the role, which means the external campaign is now closed.",
        "The post was filled by redeployment under our organisational change policy, so your application has lapsed.",
    ],
    [
        "We're sorry for any disappointment this causes.",
        "Thank you for your understanding.",
        "Your details will be kept for six months in case something similar comes up.",
    ],
)

FAMILIES += [
    ("d12-en-hire-announced", HIRE_ANNOUNCED, 18, REJ),
    ("d12-en-text-message", TEXT_MESSAGE, 16, REJ),
    ("d12-en-portal-message", PORTAL_MESSAGE, 16, REJ),
    ("d12-en-long-warm", LONG_WARM, 18, REJ),
    ("d12-en-internal-move", INTERNAL_MOVE, 16, REJ),
]
