"""Twenty-eighth pass, part A (issue 11): slice 26's mix misses in their general forms
(rejectwatch.model.decisions_reshaped).

Refusals that must carry a decision token: no outside hire for the post after all, the hire
steered toward someone described, the reader's application stopped at or before a stage, the
process carried on with other persons in a learner's English, a named other (with or without an
initial) asked to take up the post in a thread reply, no interview arranged, someone started
already. Twins that must stay unread, in the same shapes: a restructure announced to staff, a
"new direction" press note, a non-native invitation to interview, a thread reply booking a second
round, a screen result moving the reader forward, a clinic's or a retailer's application
received. Every sentence is written for these tests, in several trades and countries."""

from __future__ import annotations

import pytest

from readings import message_decisions

REFUSALS = [
    # no outside hire after all
    (
        "Update on the Bookkeeper vacancy",
        "Hi Aoife,\n\nSince the advert went out we've reorganised the finance office, and the "
        "bookkeeping will be shared by the two accounts assistants. So there's no external hire "
        "for the post after all.\n\nThank you for applying.\nMaeve",
    ),
    (
        "Lab Technician - Otago",
        "Kia ora Tane, a short update: the department has decided it won't be recruiting "
        "externally for the role after all, as the duties move to the existing team.",
    ),
    (
        "Regional Planner",
        "Dear Mr Osei, following a review of the unit, the Regional Planner post won't be "
        "filled externally after all. We appreciate the time you put into your application.",
    ),
    # the hire steered toward someone described
    (
        "Thanks from Pallet & Pine",
        "Hi Ruth, great to talk about the Buyer role. We're steering the hire toward someone "
        "with ten years of timber sourcing.\n\nThanks again,\nNkosi",
    ),
    (
        "Warehouse Supervisor",
        "Hello Dario, after the second round the panel has steered the appointment toward a "
        "candidate who has run a cold-store site already. Thank you for your time.",
    ),
    # the reader's application stopped at or before a stage
    (
        "Account Executive - Halden Media",
        "Hi Ben, thanks for the chat. We've gone through the notes and your application stops "
        "this round.\n\nAll the best, Lise",
    ),
    (
        "Competition 44-19: Water Operator",
        "Dear Anjali Rao,\n\nAll files were assessed against the statement of merit criteria. "
        "Yours stops before the practical test, as no class 2 operator licence was provided.",
    ),
    (
        "After our call",
        "Hi Jonas, thanks for the 30 minutes yesterday. We'll stop your Data Engineer process "
        "before the onsite loop: the team needs someone with production Spark experience.",
    ),
    (
        "Nurse Educator application",
        "Dear Precious, we have decided to stop your application at this stage. Thank you for "
        "your interest in Mercy Hospital.",
    ),
    # the process carried on with other persons
    (
        "Your application Warehouse Operator",
        "Dear Tomás,\n\nThank you for the interest in Logística Duero. We have read your "
        "curriculum with attention. In this moment we continue the selection with other "
        "persons that have more experience in forklift.\n\nA greeting,\nRaquel",
    ),
    (
        "Candidature Sales Assistant",
        "Hello Mehdi, thanks for your candidature. After the revision of the profiles, the "
        "process continues with other candidates. We wish you luck in your search.",
    ),
    # a named other asked to take up the post
    (
        "RE: Dental Nurse interview",
        "Hi Sade,\n\nThanks for coming in on Friday. We have asked Priya K., who covered our "
        "maternity leave last spring, to take up the post.\n\nBest wishes,\nDr Lim\n\n"
        "From: Sade Okoro\nSent: Mon 9 Mar 2026 08:10\nHello, is there any news?",
    ),
    (
        "Re: Sous Chef trial",
        "Cheers for the trial shift Tom. I've asked Marco, who has been on our grill for two "
        "years, to step into the role.\n\nBen",
    ),
    # no interview will be arranged
    (
        "Bukit Timah Physio - Therapy Aide application",
        "Dear Hui Min,\n\nYour Therapy Aide application at Bukit Timah Physio was reviewed; no "
        "interview will be arranged. Your details remain on file for six months.\n\nRegards,\nHR",
    ),
    (
        "Receptionist - Harley Dental",
        "Dear Chloe, thank you for applying. Having reviewed all applications, we won't be "
        "arranging an interview with you.",
    ),
    (
        "Application: Pharmacy Assistant",
        "Dear Kofi, your application has been considered and an interview will not be offered. "
        "Thank you for your interest.",
    ),
    # someone has started already
    (
        "Kasi Kitchens Careers: Cashier",
        "Hi Thabo\n\nThanks for your application for Cashier at our Soweto branch. Lots of "
        "people applied and someone has started already.\n\nRegards\nKasi Kitchens",
    ),
    (
        "Stockroom Assistant",
        "Hi Leah, thank you for dropping your CV in. The person we hired has already started, "
        "so the stockroom post is covered.",
    ),
]

TWINS = [
    # a restructure announced to staff
    (
        "Team changes from April",
        "Hi all,\n\nFrom April the Producer responsibilities are being split between two people "
        "already here, Ana and Joe. There's no outside hire planned for now.\n\nHamish",
    ),
    (
        "Planner vacancy - internal only",
        "Colleagues, the Planner post will be advertised internally first; we won't be recruiting "
        "externally for the role until the internal round closes.",
    ),
    (
        "Team news",
        "Hi all, the budget was cut, so there's no external hire for the analyst post after all "
        "- Priya and Tom will share it between them.",
    ),
    # a "new direction" press note
    (
        "Press release: new direction for Haystack & Ladder",
        "Haystack & Ladder is steering its hiring toward data and media buying in 2026, and "
        "applications are welcome from agency-side specialists.",
    ),
    # a non-native invitation to interview
    (
        "Your application Site Technician",
        "Dear Farai,\n\nThanks for the interest in Moncayo Eólica. We studied your profile with "
        "attention. We continue the process with you: other persons of the team will contact "
        "you for the interview next week.\n\nA greeting,\nTamsin",
    ),
    (
        "Your application Project Engineer",
        "Dear Bongani, we continue the process with other persons and with you in the next "
        "phase. Please tell us your availability for a video call.",
    ),
    # a thread reply booking a second round
    (
        "RE: Pharmacy Technician interview",
        "Hi Ngozi,\n\nThank you for meeting us at the Jurong outlet. We have asked Gareth P., our "
        "area manager, to take up the second interview with you on Friday.\n\nOlamide",
    ),
    (
        "Re: Sous Chef trial",
        "Cheers Tom. I've asked Marco, who runs the grill, to take on the trial shift with you "
        "on Saturday.",
    ),
    (
        "Fire warden",
        "Hi all, we have asked Sam, who joined last month, to take up the position of fire warden.",
    ),
    (
        "Visa update",
        "Hi Ana, we'll stop your visa process here as the embassy has closed new applications.",
    ),
    # a screen result moving the reader forward
    (
        "Following our call",
        "Hi Oluwakemi, thanks for the 20 minutes on Thursday. Your Reserving Actuary process "
        "doesn't stop here: next step is the technical interview on the 14th.",
    ),
    (
        "Competition 60211",
        "Dear Tadhg, your file was screened against the essential qualifications and goes "
        "through to the written exam on 3 June.",
    ),
    (
        "Holiday closure",
        "Hi Mia, yours stops here over the Christmas break and resumes on 5 January.",
    ),
    # a clinic's or a retailer's application received
    (
        "Tanglin Family Clinic - Clinic Assistant application",
        "Dear Imran,\n\nYour Clinic Assistant application at Tanglin Family Clinic was received. "
        "No interview will be arranged until the closing date on 30 April; we will write to you "
        "then.\n\nRegards,\nHR Executive",
    ),
    (
        "Kloofnek Outfitters Careers: Visual Merchandiser",
        "Hi Sipho\n\nThanks for your application for Visual Merchandiser. Someone from our team "
        "has started already on your reference checks, and you will hear from us by Friday.",
    ),
    (
        "Your first week",
        "Hi Leah, someone has started already on the till, so you'll shadow her on your first day.",
    ),
    (
        "Quick question",
        "Hi, has someone started already in the stockroom post?",
    ),
]


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_the_refusals_are_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), TWINS)
def test_the_twins_stay_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)
