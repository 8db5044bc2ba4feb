"""Twenty-third pass, part P (issue 11): confirmations and status mails that talk about a
refusal which has not happened, written before any slice brings them: outcome-either-way
promises, silence-means-no rules, "should you not be shortlisted", talent pools, retention after
an unsuccessful outcome, in the voices of ATS mail (Workday-, Greenhouse-, Lever-, iCIMS-, Taleo-,
SmartRecruiters-like), public sector, agencies and small employers, UK, US, Indian, Australian,
South African and non-native English. None may read a decision; the refusals in the same voices
must keep theirs. The kinds main misread (each failing on main): a hoped-against event ("in the
unfortunate event that ..."), a rule's "where", a lack or absence of word that means the outcome,
"incase" as one word, a class of refused applicants and its right to reapply, a refusal as a
gerund with a negated consequence, and a class refused by rule for what it lacks. Every sentence
is written for these tests."""

from __future__ import annotations

import pytest
from tests.readings import decision, message_decisions, refused

CONFIRMATIONS = [
    (
        "Application received",
        (
            "Thank you for applying for the Warehouse Operative role. We will review your"
            " application and be in touch either way within two weeks."
        ),
    ),
    (
        "Application received",
        (
            "Thanks for your interest in Lumen Health. Whatever the outcome, we will let "
            "you know by email once the hiring team has reviewed your CV."
        ),
    ),
    (
        "Your application",
        (
            "We have received your application. Should you not be shortlisted, we will "
            "keep your CV on file for future vacancies."
        ),
    ),
    (
        "Your application",
        (
            "If you are not selected for interview, we'd still like to keep your details "
            "in our talent pool for similar roles."
        ),
    ),
    (
        "Application update",
        (
            "Your application is under review. If we decide not to progress your "
            "application, we will let you know by email."
        ),
    ),
    (
        "Thank you for applying",
        "Unsuccessful applicants will be notified by email once the shortlisting is complete.",
    ),
    (
        "Thank you for applying",
        (
            "All candidates, successful or unsuccessful, will be notified of the outcome "
            "by the end of the month."
        ),
    ),
    (
        "Application acknowledgement",
        (
            "In the event your application is not successful, we will retain it for 6 "
            "months in case another suitable role comes up."
        ),
    ),
    (
        "Application acknowledgement",
        (
            "Due to the high volume of applications, we regret that we cannot reply to "
            "every applicant individually."
        ),
    ),
    (
        "Your application to Brightwater",
        (
            "Due to the large number of applications we receive, only shortlisted "
            "candidates will be contacted."
        ),
    ),
    (
        "Application received",
        (
            "If you have not heard from us within 14 days of the closing date, please "
            "assume that your application has not been successful on this occasion."
        ),
    ),
    (
        "Application received",
        (
            "Not hearing back from us by 30 June means that we will not be taking your "
            "application further this time."
        ),
    ),
    (
        "Thanks for applying",
        "We'll only contact you if there is a match with one of our open roles.",
    ),
    (
        "Talent community",
        (
            "Even if this role isn't the right fit, we'll keep your profile in our talent"
            " community and reach out when something suitable opens."
        ),
    ),
    (
        "Your application has been received",
        (
            "Under GDPR, if your application is unsuccessful we will hold your personal "
            "data for 12 months before deleting it securely."
        ),
    ),
    (
        "Status: Under review",
        (
            "Status: Under review. Next update: within 10 working days. If your "
            "application does not progress, you will receive an email from us."
        ),
    ),
    (
        "Application status: In progress",
        (
            "Your application is in progress. Please note that if you are unsuccessful "
            "you will be notified through the candidate portal."
        ),
    ),
    (
        "We got your application!",
        (
            "Hey Sam, thanks for throwing your hat in the ring! We read everything. If "
            "it's not a fit, we'll still drop you a line so you're not left hanging."
        ),
    ),
    (
        "Application for Staff Nurse",
        (
            "Thank you for your application. Regrettably, we are unable to respond to "
            "unsuccessful candidates due to the volume of applications."
        ),
    ),
    (
        "Application for Staff Nurse",
        (
            "Please note that if you do not hear from us within three weeks of the "
            "closing date, you have not been shortlisted on this occasion."
        ),
    ),
    (
        "Your candidature",
        (
            "Dear Candidate, we acknowledge receipt of your CV. In case your profile is "
            "not shortlisted, we shall keep it in our database for future requirements."
        ),
    ),
    (
        "Acknowledgement of application",
        (
            "Kindly note that only shortlisted candidates will be contacted. "
            "Non-shortlisted candidates are requested not to call the office."
        ),
    ),
    (
        "Application received - Cape Town",
        (
            "Should you not hear from us within 30 days of the closing date, please "
            "consider your application unsuccessful."
        ),
    ),
    (
        "Application received",
        (
            "If you have not been contacted within four weeks, kindly regard your "
            "application as unsuccessful. Thank you for your interest."
        ),
    ),
    (
        "Application received",
        (
            "Applicants who have not been contacted within 21 days of the closing date "
            "should consider their application unsuccessful."
        ),
    ),
    (
        "Your application to Woolly Mammoth Ltd",
        (
            "Thanks for applying! We'll be in touch either way - whether it's good news "
            "or not - by Friday."
        ),
    ),
    (
        "Confirmation",
        "We will be in contact regardless of the outcome, so you won't be left wondering.",
    ),
    ("Thank you", "We promise to get back to you whether or not you're successful."),
    (
        "Your job application",
        (
            "If you are unsuccessful this time, please don't let that stop you applying "
            "for future roles with us."
        ),
    ),
    (
        "Your job application",
        (
            "If your application isn't successful on this occasion, we will let you know "
            "and may suggest other roles that suit you."
        ),
    ),
    (
        "Recruitment update",
        (
            "Our recruiters are reviewing applications now. If we aren't able to move "
            "forward with your application, we'll send you a short note."
        ),
    ),
    (
        "Application received",
        (
            "If we're not able to move forward, we'll keep your résumé on file for 12 "
            "months and reach out if a similar position opens."
        ),
    ),
    (
        "Thanks from Greenhouse Co.",
        (
            "Our team will review your application. If there's a fit, we'll reach out to "
            "schedule a call. If not, we'll let you know and keep your info for future "
            "openings."
        ),
    ),
    (
        "Application Received - Lever",
        (
            "Thanks for applying to Orbit! If your experience isn't a match for this "
            "role, we may still reach out about other opportunities."
        ),
    ),
    (
        "Workday: Application submitted",
        (
            "You have successfully submitted your application for Job Req 2231. You can "
            "check your status at any time. Should the hiring team decide not to move "
            "forward, your status will update to 'No longer under consideration'."
        ),
    ),
    (
        "iCIMS: Thank you for applying",
        (
            "Thank you for submitting your application. If you are not selected to move "
            "forward, you will be notified by email. You may also view the status of your"
            " application in the portal."
        ),
    ),
    (
        "Taleo - Application Submitted",
        (
            "This email confirms receipt of your application. In the event that you are "
            "not selected for this position, your profile will remain active in our "
            "database."
        ),
    ),
    (
        "SmartRecruiters: Application received",
        (
            "We'll review your application and get back to you. In case it doesn't work "
            "out this time, we'll keep you posted about future roles."
        ),
    ),
    (
        "Civil Service Jobs: application submitted",
        (
            "Your application has been submitted. If you are not successful at the sift "
            "stage, you will be notified via your Civil Service Jobs account."
        ),
    ),
    (
        "Council application received",
        (
            "We aim to inform all applicants of the outcome of shortlisting within two "
            "weeks of the closing date, whether or not they have been selected."
        ),
    ),
    (
        "Application received - Nursing",
        (
            "Please be aware that if you have not been invited for an interview by 15 "
            "March, your application has not been successful on this occasion."
        ),
    ),
    (
        "Recruitment agency",
        (
            "Hi, thanks for sending your CV. Due to the volume of responses we can only "
            "reply to candidates whose skills match the brief. If you don't hear back, "
            "we'll keep your CV for future roles."
        ),
    ),
    (
        "Agency registration",
        (
            "Welcome to Hays-style registration. Your consultant will call if there's a "
            "match; otherwise your details stay on our system for 6 months."
        ),
    ),
    (
        "Small business",
        (
            "Hi! Got your CV, thanks. We're a small team so please bear with us. If it's "
            "a no, I'll still let you know - promise."
        ),
    ),
    (
        "Application",
        (
            "Thanks for applying to the café. If you don't hear from us in a week, it's "
            "probably because we've filled the shifts, but we'll keep your details."
        ),
    ),
    (
        "Application received",
        (
            "Unfortunately we cannot reply to every candidate personally. If you haven't "
            "heard back within two weeks, it means we have decided not to proceed on this"
            " occasion."
        ),
    ),
    (
        "We have your application",
        (
            "In the unfortunate event that you are not successful, we will retain your "
            "application for a period of six months."
        ),
    ),
    (
        "Your application",
        "If you are not progressed to the next stage, we will email you to let you know.",
    ),
    (
        "Thank you for your interest",
        (
            "We may not be able to respond to each applicant individually. Where an "
            "application is unsuccessful, data will be deleted after 6 months in line "
            "with our privacy policy."
        ),
    ),
    (
        "Privacy notice",
        (
            "If your application is unsuccessful, we will retain your data for 6 months "
            "after the end of the recruitment process, after which it will be securely "
            "destroyed."
        ),
    ),
    (
        "Privacy notice",
        (
            "Unsuccessful candidates' personal data will be held for up to 12 months in "
            "case of a future suitable vacancy."
        ),
    ),
    (
        "Application received",
        (
            "We review every application. Candidates who are not shortlisted will receive"
            " an email at the end of the process."
        ),
    ),
    ("Your application with us", "Rest assured we'll let you know whatever the decision."),
    (
        "Application received",
        "You'll hear from us either way - even if we decide to go with another candidate.",
    ),
    (
        "Application received",
        (
            "If we choose to go with another applicant, we'll let you know and keep you "
            "in mind for other roles."
        ),
    ),
    (
        "Application received",
        "If the position is filled before we review your application, we will notify you.",
    ),
    (
        "Application received",
        "Should the role be filled internally, we will let all external applicants know.",
    ),
    ("Application received", "If the vacancy is withdrawn, all applicants will be informed."),
    (
        "Status update",
        (
            "Your application is still under review. No decision has been made yet. If "
            "you are not selected, we will email you."
        ),
    ),
    (
        "Status update",
        (
            "Just letting you know your application hasn't been rejected - we're simply "
            "still reviewing. We'll update you either way."
        ),
    ),
    (
        "Status update",
        (
            "Your application remains active. We have not decided yet, and we will tell "
            "you as soon as we have an outcome, positive or negative."
        ),
    ),
    (
        "Application in review",
        (
            "Hi Priya, thanks for your patience. The hiring manager is still reviewing "
            "profiles. In case you are not shortlisted, we will inform you over mail."
        ),
    ),
    (
        "Acknowledgement",
        (
            "Dear Applicant, your resume is received. If not selected, we will keep it "
            "for future openings. Please do not reply to this mail."
        ),
    ),
    (
        "Acknowledgement",
        (
            "Thank you for applying. Your profile will be reviewed by our team; if it is "
            "not matching, we will let you know accordingly."
        ),
    ),
    (
        "Acknowledgement",
        (
            "We have received your application. If it is not suitable for current "
            "requirement, we will keep in our records for 6 months."
        ),
    ),
    (
        "Your application - Sydney",
        (
            "Thanks for applying. Only shortlisted applicants will be contacted, however "
            "we'll keep your details on file should another role come up."
        ),
    ),
    (
        "Your application - Melbourne",
        (
            "Cheers for applying! If you're not successful this time round, we'll let you"
            " know via email within a fortnight."
        ),
    ),
    (
        "Your application - Johannesburg",
        (
            "Kindly note that should you not receive any communication from us within 30 "
            "days, you may consider your application unsuccessful."
        ),
    ),
    (
        "Your application - Durban",
        (
            "Correspondence will be limited to shortlisted candidates only. If you have "
            "not been contacted within three months, please accept that your application "
            "was unsuccessful."
        ),
    ),
    (
        "Public service vacancy",
        (
            "Applications received after the closing date will not be considered. If you "
            "do not hear from us within three months of the closing date, please accept "
            "that your application was unsuccessful."
        ),
    ),
    (
        "Application received",
        (
            "Applications which do not meet the minimum requirements will not be "
            "considered. We will contact shortlisted applicants only."
        ),
    ),
    (
        "Application received",
        (
            "If you do not meet the essential criteria, your application will not be "
            "progressed, and we will let you know."
        ),
    ),
    ("Thanks for applying", "Please note incomplete applications will not be considered."),
    (
        "Received",
        (
            "Thank you for your application. We will contact you if you are selected for "
            "an interview. If you are not selected, you will not be contacted."
        ),
    ),
    (
        "Received",
        "If you are not selected for interview you will not receive further communication from us.",
    ),
    (
        "Received",
        (
            "We regret that due to the number of applications we are unable to provide "
            "feedback to candidates who are not shortlisted."
        ),
    ),
    (
        "Received",
        (
            "Please note that we are unable to give feedback to unsuccessful applicants "
            "at the shortlisting stage."
        ),
    ),
    ("Received", "Feedback will only be given to candidates who are interviewed."),
    (
        "Application confirmation",
        (
            "Your application for the Data Analyst role has been received. Either way, "
            "we'll keep your details and may contact you about future opportunities."
        ),
    ),
    (
        "Application confirmation",
        "Even if you aren't chosen for this position, we will keep your CV on file.",
    ),
    (
        "Application confirmation",
        "Even if you're not the right fit this time, we'd love to stay in touch.",
    ),
    (
        "Application confirmation",
        "Although not everyone can be offered an interview, every application is read by a person.",
    ),
    (
        "Application confirmation",
        (
            "We receive many applications and are not able to interview everyone, but we "
            "read every one carefully."
        ),
    ),
    (
        "Application confirmation",
        "Sadly we can't offer everyone an interview, but we'll let you know either way.",
    ),
    (
        "Application confirmation",
        (
            "We can't respond to everyone, so if you haven't heard back in 10 days, we've"
            " moved forward with other candidates."
        ),
    ),
    (
        "Application confirmation",
        (
            "If we don't get back to you within two weeks, please take it that we have "
            "gone with other applicants this time."
        ),
    ),
    (
        "Application confirmation",
        (
            "No response within 21 days means your application was not shortlisted, in "
            "which case we'll keep your details for future roles."
        ),
    ),
    (
        "Thanks - next steps",
        (
            "Here's what happens next: 1. We review your application. 2. If we think "
            "you're a fit, we'll invite you to a phone screen. 3. If not, we'll email "
            "you."
        ),
    ),
    (
        "Thanks - next steps",
        (
            "What to expect: our team reviews applications weekly. You'll get a yes or a "
            "no - we don't ghost."
        ),
    ),
    (
        "Thanks for applying to Pixel",
        (
            "We never leave applicants hanging: you will hear from us whether you're "
            "moving forward or not."
        ),
    ),
    (
        "Job alert & application",
        (
            "We've received your application. In the meantime, here are some roles you "
            "might like. If this one doesn't work out, these may be a better match."
        ),
    ),
    (
        "Application received",
        (
            "Our selection process is competitive, and not all applicants will be invited"
            " to interview."
        ),
    ),
    (
        "Application received",
        (
            "Please understand that not all applicants will be successful; we will "
            "contact you either way."
        ),
    ),
    (
        "Thank you for your application (NHS)",
        (
            "If you have not heard from us within 4 weeks of the closing date, please "
            "assume you have not been shortlisted. Your application will be kept for 6 "
            "months."
        ),
    ),
    (
        "University application acknowledgement",
        (
            "Shortlisting will take place the week after closing. If you are not "
            "shortlisted you will be informed via the recruitment system."
        ),
    ),
    (
        "School vacancy",
        (
            "Due to the volume of applications, we will only contact those invited to "
            "interview. If you have not heard by 1 May, please assume you have not been "
            "successful on this occasion."
        ),
    ),
    (
        "Charity application received",
        (
            "We are a small charity and cannot reply to everyone. If you have not heard "
            "from us within a month, please take it as a no for now - we'll keep your CV."
        ),
    ),
    (
        "Application",
        (
            "Danke für Ihre Bewerbung. Thank you, we will inform you of the result either"
            " positive or negative within 3 weeks."
        ),
    ),
    (
        "Thank you for apply",
        (
            "Thank you for apply to our company. If you are not pass the screening, we "
            "will keep your resume for next opportunity."
        ),
    ),
    (
        "Your application",
        "We inform you that in case of negative result, your data will be deleted after 6 months.",
    ),
    (
        "Application received",
        "If the result is negative, you will be informed by email. If positive, HR will call you.",
    ),
    (
        "Your profile",
        (
            "Hi, we have gone through your profile. In case we don't move ahead, we will "
            "still keep you posted for other openings."
        ),
    ),
    (
        "Your profile",
        (
            "We will update you on the status. If it doesn't go ahead from client side, "
            "we will inform you."
        ),
    ),
    (
        "Application received",
        (
            "Thanks again. If we don't think you're right for this role, we won't "
            "hesitate to suggest others that might suit."
        ),
    ),
    (
        "Application received",
        "Please note that if you are unsuccessful at this stage, you may reapply after six months.",
    ),
    ("Application received", "Unsuccessful candidates may reapply for future vacancies."),
    (
        "Thank you for applying",
        (
            "Being unsuccessful at this stage does not prevent you from applying for "
            "other roles with us."
        ),
    ),
    (
        "Your application",
        (
            "We aim to respond to every applicant, including those who are unsuccessful, "
            "within 15 working days."
        ),
    ),
    ("Your application", "We'll let you know the outcome whether you're shortlisted or not."),
    ("Your application", "We will confirm by email if you have been shortlisted or not."),
    ("Your application", "You will be notified whether or not you are invited to interview."),
    (
        "Application - what happens next",
        (
            "If you are not successful, we will be in touch to let you know. If you are "
            "successful, we'll arrange an interview."
        ),
    ),
    (
        "Application - what happens next",
        "Applicants who aren't moved forward will get an email from our team.",
    ),
    (
        "Status update: Application Received",
        (
            "Status: Application Received. Reviewed by: Talent team. Note: candidates not"
            " selected will be informed via email. Data retention: 12 months."
        ),
    ),
    (
        "Status: Submitted",
        (
            "Your application is submitted. If you're not selected, you'll get an email, "
            "and your profile stays visible to our recruiters for other openings."
        ),
    ),
    (
        "Footer",
        (
            "Thanks for your application. -- This is an automated message. If your "
            "application is not successful, we will retain your details for 6 months. "
            "Please do not reply."
        ),
    ),
    (
        "Footer",
        (
            "We've received your application and will review it shortly.  Privacy: If you"
            " are unsuccessful, your data will be kept for 6 months and then deleted."
        ),
    ),
    (
        "Application received",
        (
            "We won't be able to let everyone know individually if they haven't been "
            "successful, but we appreciate your interest."
        ),
    ),
    (
        "Application received",
        (
            "We're unable to respond to applicants who aren't successful, but please keep"
            " an eye on our careers page."
        ),
    ),
    (
        "Application received",
        "If we decide to pursue other candidates, we will keep your information on file.",
    ),
    (
        "Application received",
        (
            "If we don't proceed with your application this time, we'll let you know and "
            "hold onto your CV."
        ),
    ),
    (
        "Application received",
        "Should we not proceed with your application, you will receive an email from our team.",
    ),
    (
        "Application received",
        "In case we decide not to proceed, we'll notify you as soon as possible.",
    ),
    (
        "Application received",
        "If the decision is not in your favour, we will let you know promptly.",
    ),
    ("Application received", "If your application is declined, you'll receive a notification."),
    ("Application received", "If your application is rejected, you will be notified by email."),
]

REFUSALS = [
    (
        "Your application",
        (
            "After careful consideration, we have decided not to progress your "
            "application. We'd like to keep your details in our talent pool."
        ),
    ),
    (
        "Application update",
        "We regret to inform you that your application has not been successful on this occasion.",
    ),
    (
        "Application update",
        (
            "Unfortunately you have not been shortlisted for interview. Your data will be"
            " retained for 6 months."
        ),
    ),
    (
        "Application update",
        (
            "We have decided to move forward with other candidates whose experience more "
            "closely matches the role."
        ),
    ),
    (
        "Your application to Lumen Health",
        (
            "Thank you for your interest. On this occasion we won't be moving forward "
            "with your application."
        ),
    ),
    (
        "Workday: Application status",
        (
            "Your application status has changed to 'No longer under consideration'. "
            "Thank you for your interest in our company."
        ),
    ),
    (
        "iCIMS: Application update",
        (
            "After reviewing your application, we have decided to pursue other candidates"
            " for this position."
        ),
    ),
    (
        "Taleo - Update",
        (
            "We regret to inform you that you were not selected for this position. Your "
            "profile will remain active in our database."
        ),
    ),
    (
        "SmartRecruiters: update",
        (
            "Unfortunately, we've decided not to move forward with your application at "
            "this time. We'll keep you posted about future roles."
        ),
    ),
    (
        "Civil Service Jobs: sift result",
        "Unfortunately you were not successful at the sift stage of this campaign.",
    ),
    (
        "Council recruitment",
        "I'm sorry to tell you that you have not been selected for interview on this occasion.",
    ),
    (
        "Agency",
        (
            "Hi, just to let you know the client has decided not to take your CV forward "
            "for this role. We'll keep you in mind."
        ),
    ),
    (
        "Small business",
        (
            "Hi! Thanks for your CV. It's a no this time I'm afraid - we've filled the "
            "shifts. We'll keep your details."
        ),
    ),
    ("Application", "Sorry, the position has now been filled. We'll keep your details on file."),
    (
        "Your candidature",
        (
            "Dear Candidate, we regret to inform you that your profile has not been "
            "shortlisted for the current requirement. We shall keep it in our database."
        ),
    ),
    (
        "Your application - Sydney",
        (
            "Thanks for applying. Unfortunately you haven't been successful this time "
            "round, but we'll keep your details on file."
        ),
    ),
    (
        "Your application - Johannesburg",
        (
            "We regret to advise that your application was unsuccessful. We wish you well"
            " in your job search."
        ),
    ),
    (
        "Public service vacancy",
        (
            "Please accept that your application was unsuccessful. Thank you for your "
            "interest in the public service."
        ),
    ),
    (
        "NHS",
        (
            "Thank you for your application. Unfortunately on this occasion you have not "
            "been shortlisted for interview. Your application will be kept for 6 months."
        ),
    ),
    (
        "School vacancy",
        (
            "Thank you for applying. I'm sorry to let you know that you have not been "
            "successful on this occasion."
        ),
    ),
    (
        "Charity",
        (
            "We're a small charity and it was a hard choice, but we won't be taking your "
            "application further. We'll keep your CV."
        ),
    ),
    (
        "Application outcome",
        (
            "I'm afraid we have chosen to go with another applicant. We'll keep you in "
            "mind for other roles."
        ),
    ),
    (
        "Application outcome",
        "We have decided to pursue other candidates and will keep your information on file.",
    ),
    ("Application outcome", "Your application has been declined."),
    ("Application outcome", "Your application for Data Analyst has been rejected."),
    (
        "Application outcome",
        "We will not be proceeding with your application, but we'll hold onto your CV.",
    ),
    (
        "Application outcome",
        (
            "We decided to go with another candidate. We're letting you know so you're "
            "not left wondering."
        ),
    ),
    ("Application outcome", "Unfortunately the role has been filled internally."),
    ("Application outcome", "The vacancy has been withdrawn, and we will not be recruiting to it."),
    ("Status update", "Your application status: Not selected. Thank you for your interest."),
    ("Status update", "Status changed: Rejected. We appreciate the time you invested."),
    (
        "Application outcome",
        "Sadly we can't offer you an interview this time, but thanks for applying.",
    ),
    (
        "Application outcome",
        (
            "Although your experience is impressive, we have decided not to proceed with "
            "your application."
        ),
    ),
]

KINDS = [
    # event
    (
        "In the unfortunate event that you are not successful, we will retain your "
        "application for a period of six months."
    ),
    "In the unlikely event that your application is unsuccessful, we will keep your CV on file.",
    "In the regrettable event that you are not shortlisted, we will let you know by email.",
    "In the rare event that we cannot take your application forward, we will let you know.",
    (
        "In the unfortunate instance that you are not shortlisted, your data will be held"
        " for six months."
    ),
    "In the unlikely case you are not selected, we keep your CV for a year.",
    (
        "In the unhappy circumstance that your application does not progress, you will "
        "hear from the recruitment team."
    ),
    # where
    "Where you are not successful, we will let you know in writing.",
    "Where you are not shortlisted, you will be informed by email.",
    "Where your application is not taken forward, we will write to let you know.",
    "Where candidates are not selected for interview, they will be told within ten working days.",
    (
        "Thank you for applying. Where applicants are unsuccessful, their details are "
        "kept for six months."
    ),
    # absence
    "Lack of a response by 1 June means we will not be taking your application forward.",
    (
        "Absence of a reply from us within 21 days means that your application has not "
        "been successful."
    ),
    "The absence of any contact within a month means you have not been shortlisted.",
    "Lack of communication within 30 days means your application has not been shortlisted.",
    "A lack of correspondence from us after three weeks means you were not selected this time.",
    # incase
    "Incase you are not shortlisted, kindly do not feel disheartened.",
    "Incase your profile is not selected, we will keep it in our database for future requirements.",
    "Dear candidate, incase the client does not take your profile ahead, we will inform you.",
    # class
    "Candidates who have been rejected may reapply after 6 months.",
    "Candidates rejected at the screening stage will be informed by email.",
    "Applicants rejected at the sift are welcome to apply again for other roles.",
    "Candidates declined at interview may request feedback by email.",
    # gerund
    "Being unsuccessful at this stage does not prevent you from applying for other roles with us.",
    "Not being shortlisted this time won't count against you in future.",
    "Not being selected for this vacancy will not affect your eligibility for future posts.",
    "Please remember that being unsuccessful once does not mean you cannot apply again.",
    "Being rejected for one role does not stop you applying for others.",
    # rule
    "Applications which do not meet the minimum requirements will not be considered.",
    "Applications that do not meet the essential criteria will not be shortlisted.",
    "Candidates who don't hold a full driving licence won't be shortlisted.",
    "Applicants who do not have the right to work in the UK cannot be considered.",
    "Submissions that fail to include a portfolio will not be reviewed.",
]

TWINS = [
    "Unfortunately, in the event, we have decided not to progress your application.",
    (
        "Where you fell short was in the technical interview, so we will not be "
        "progressing your application."
    ),
    (
        "We regret that your application has not been successful. In the absence of any "
        "further vacancies, we will close your file."
    ),
    "Incase you were wondering, we have decided to go with another candidate.",
    (
        "Unfortunately you do not meet the minimum requirements, so your application will"
        " not be considered."
    ),
    (
        "We regret to tell you that you were not successful. Being unsuccessful this time"
        " does not mean you can't apply again."
    ),
    (
        "Applicants who did not meet the criteria were not shortlisted, and I'm sorry to "
        "say this includes you."
    ),
    (
        "Unfortunately you have been rejected at the screening stage and we will not be "
        "taking your application further."
    ),
]


@pytest.mark.parametrize(("subject", "body"), CONFIRMATIONS)
def test_confirmation_reads_no_decision(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_refusal_in_the_same_voice_keeps_its_decision(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize("text", KINDS)
def test_kind_misread_on_main_is_no_refusal(text: str) -> None:
    assert not refused(text)
    assert not message_decisions("Application received", text)


@pytest.mark.parametrize("text", TWINS)
def test_refusal_twin_of_a_kind_is_read(text: str) -> None:
    assert decision(text)
