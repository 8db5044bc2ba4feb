"""Career-centre digests and newsletters, withdrawal confirmations, talent communities,
agency InMail, surveys, reopened roles, declined offers (families br-alert-*, br-other-*,
br-outreach-*).

Greetings, sign-offs, footers and the family
builder are shared with the br-* rejections in scripts/corpus/voices/base_letters.py.
"""

from __future__ import annotations

from ..voices.base_letters import ORG, bye, bye_team, fam, footer, hi, kind_of, person

_FAMILIES = [
    # --- alerts, outreach, other job mail ---------------------------------------------------
    fam(
        "br-alert-career-centre-digest",
        12,
        ["{portal} <jobs@{portaldom}>"],
        [
            "[[8|12|15]] new jobs for you",
            "Jobs picked for you this week",
            "New internships matching your profile",
        ],
        ["Hi {first},", ""],
        [
            "Based on your interests, here are new postings:\n- {role} Intern - {company} ({location})\n- Analyst, Summer {year} - Harbor & Pine\n- Operations Co-op - Northwind Logistics",
            "New on {portal}:\n* {role} - {company}\n* Graduate Trainee - {city} Council\n* Research Assistant - University of {city}",
        ],
        [
            "Applications close soon for some of these roles. Don't miss out!",
            "Update your job preferences to see better matches.",
        ],
        ["{portal} | Career Center\nUnsubscribe from job alerts"],
        setup={
            "portal": ["Handshake", "GradLink", "CareerPath"],
            "portaldom": ["campus-mail.net", "mail.gradlink.com"],
        },
    ),
    fam(
        "br-alert-career-newsletter",
        12,
        ["{site} <newsletter@{sitedom}>", "The {site} Weekly <weekly@{sitedom}>"],
        [
            "How to bounce back from a job rejection",
            "Why you didn't get the job (and what to do next)",
            "This week: rejection, resilience and your CV",
            "5 signs your application was rejected",
        ],
        ["Hi {first},", ""],
        [
            "This week's top read: \"Rejected after the final round? Here's how to ask for feedback.\"",
            'Every job seeker hears "unfortunately, we have decided to move forward with other candidates" at some point. Our career coach explains how to respond.',
        ],
        [
            "Also inside: salary negotiation scripts, and the top 10 companies hiring in {city}.",
            "Plus: how to follow up after an interview without being pushy.",
        ],
        [
            "Read more on {site}\n\nYou're receiving this because you subscribed to {site}. Unsubscribe"
        ],
        setup={
            "site": ["CareerCompass", "JobHunt Digest", "The Muse-ish", "WorkWise"],
            "sitedom": ["careercompass.com", "jobhuntdigest.io", "workwise.co"],
        },
    ),
    fam(
        "br-other-withdrawal-confirm",
        8,
        ORG,
        [
            "Application withdrawn - {role}",
            "We've withdrawn your application",
            "Confirmation: withdrawal",
        ],
        hi,
        [
            "As requested, we have withdrawn your application for {role}.",
            "This confirms that you withdrew your candidacy for {role} on {date}.",
        ],
        [
            "We're sorry to see you go, and we hope you'll consider {company} in the future.",
            "No further action is needed. You can reapply at any time.",
        ],
        bye_team,
    ),
    fam(
        "br-other-talent-community",
        12,
        ORG,
        ["Welcome to the {company} Talent Community", "You've joined our talent network"],
        hi,
        [
            "Thanks for joining the {company} Talent Community!",
            "You're now part of our talent network.",
        ],
        [
            "We'll send you news and jobs that match your interests. You haven't applied to a specific role yet.",
            "When a role opens that matches your profile, we'll let you know.",
        ],
        footer,
    ),
    fam(
        "br-outreach-agency-inmail",
        12,
        ["{rfull} <{rfirst}@{agencydom}>", "{rfull} via LinkedIn <messages-noreply@linkedin.com>"],
        [
            "{role} opportunity - {location}",
            "Quick question, {first}",
            "Are you open to new roles?",
        ],
        hi,
        [
            "I came across your profile and think you'd be a great fit for a {role} role with one of my clients in {location}.",
            "I'm working on an exclusive {role} search and your background stood out.",
        ],
        [
            "Would you be open to a quick call this week?",
            "The package is up to [[20%|15%]] above market. Happy to share details.",
        ],
        ["{rfirst}\n{agency}", "Best,\n{rfull}"],
        setup={
            "agency": ["Brookfield Search", "Apex Search", "Northstar People"],
            "agencydom": ["apexsearch.com", "northstarpeople.com"],
        },
    ),
    fam(
        "br-other-survey-pending",
        10,
        ["{company} Recruiting <no-reply@{cdomain}>"],
        ["How was your interview?", "Tell us about your interview experience"],
        hi,
        [
            "Thanks for interviewing with us for {role}. The team is still meeting candidates and will be in touch about next steps.",
            "While we finish interviews for {role}, we'd love to hear how your experience was.",
        ],
        [
            "Take our 2-minute survey: https://survey.{cdomain}/i/{tok}\nYour answers are anonymous and won't affect your application.",
            "[ Rate your interview ]",
        ],
        bye_team,
    ),
    fam(
        "br-other-role-reopened",
        10,
        [person],
        ["Update on {role}", "Re: {role} timing"],
        hi,
        [
            "Quick update: the {role} requisition was paused for budget approval but has now been reopened.",
            "The {role} position was on hold, but I'm glad to say we have approval again.",
        ],
        [
            "You're still in consideration and I'll be in touch about scheduling shortly.",
            "We'd like to pick up where we left off with you.",
        ],
        bye,
    ),
    fam(
        "br-other-candidate-declined-offer",
        10,
        [person],
        ["Re: offer", "Sorry to hear it", "Re: {role} offer"],
        hi,
        [
            "Thanks for letting me know you've decided to decline our offer for {role}.",
            "I was sorry to hear you won't be accepting the offer, but I completely understand.",
        ],
        [
            "Best of luck in the new role, and do stay in touch.",
            "If anything changes, my door is open.",
        ],
        bye,
    ),
]

FAMILIES = [(name, fn, count, kind_of(name)) for name, fn, count in _FAMILIES]
