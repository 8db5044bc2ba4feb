"""Non-job declines written like rejection letters: housing, grants, loans, visas, papers,
clubs, tenders, competitions, claims, tickets, app stores (families ctx-nj-*).

The greetings, sign-offs, senders and
family builder these families share are in scripts/corpus/voices/understated.py.
"""

from __future__ import annotations

from ..voices.base_letters import fam
from ..voices.understated import GREET, GREET_CASUAL, GREET_FORMAL, NJ, SIGN

# --- non-job declines phrased like rejection letters --------------------------------------------
_FAMILIES = [
    fam(
        "ctx-nj-apartment-shortlist",
        12,
        ["{agent} Lettings <lettings@{agentdom}>", "{rfull} <{rfirst}@{agentdom}>"],
        [
            "Your application for {street}",
            "Update on your tenancy application",
            "Re: {street} - outcome",
        ],
        GREET,
        [
            "Thank you for your application to rent the [[two-bedroom flat|studio|one-bed apartment|maisonette]] at {street}.",
            "Many thanks for coming to the open viewing at {street} and for sending your application afterwards.",
        ],
        [
            "We regret to inform you that your application has not been successful on this occasion. The landlord received a high number of applications and has chosen to proceed with another household.",
            "After careful consideration the owner has decided to go ahead with a different applicant, so we are unable to take your application further.",
            "Unfortunately your application was not selected. We had more than [[forty|sixty|thirty]] applications for this property and could only accept one.",
        ],
        (
            0.6,
            [
                "We will keep your details on file and let you know when a similar property comes up in {city}.",
                "If you would like to be considered for other listings, simply reply and tell us your budget and move-in date.",
            ],
        ),
        SIGN,
        setup={
            "agent": ["Harbourside", "Maple & Finch", "Cityline", "Keyhaven"],
            "agentdom": ["harboursidelets.co.uk", "maplefinch.com", "citylinehomes.com"],
        },
    ),
    fam(
        "ctx-nj-student-halls-ballot",
        10,
        ["Accommodation Office <accommodation@{unidom}>", "Residential Life <reslife@{unidom}>"],
        [
            "Your halls application for {year}",
            "Room allocation outcome",
            "Accommodation ballot result",
        ],
        GREET,
        [
            "Thank you for applying for university-managed accommodation for the {year} academic year.",
            "The room ballot for returning students closed on {date}.",
        ],
        [
            "We are sorry to tell you that your application was not successful in the ballot this year. Demand for rooms far exceeded the number available.",
            "Unfortunately we have not been able to allocate you a room. We received many more applications than places.",
        ],
        (
            0.6,
            [
                "You have been added to the waiting list, and we will contact you if a room becomes free.",
                "Our private housing guide lists approved landlords near campus.",
            ],
        ),
        ["Accommodation Services\n{uni}", "Residential Life Office"],
        setup={
            "uni": ["University of Northbridge", "Kingsmere University", "Eastfield College"],
            "unidom": ["northbridge.ac.uk", "kingsmere.edu", "eastfield.ac.uk"],
        },
    ),
    fam(
        "ctx-nj-housing-coop-waitlist",
        8,
        ["{coop} Housing Co-operative <membership@{coopdom}>"],
        ["Membership application", "Your application to {coop}", "Waiting list decision"],
        GREET,
        [
            "Thank you for applying to join {coop} and for meeting our members at the open evening.",
            "Our membership committee met on {date} to consider new applications.",
        ],
        [
            "After careful consideration, the committee has decided not to accept your application at this time.",
            "We regret that we are unable to admit you as a member this round; we had eleven applications for two vacant homes.",
        ],
        (
            0.5,
            [
                "You are welcome to apply again when our list reopens in the spring.",
                "Thank you for your interest in co-operative living.",
            ],
        ),
        ["On behalf of the committee,\n{rfull}", "{coop} Membership Committee"],
        setup={
            "coop": ["Riverbank", "Fernhill", "Old Mill", "Lantern Street"],
            "coopdom": ["riverbankcoop.org", "fernhillhousing.org.uk"],
        },
    ),
    fam(
        "ctx-nj-scholarship-foundation",
        12,
        ["{fund} Scholarships <scholarships@{funddom}>", "{fund} Foundation <awards@{funddom}>"],
        [
            "Your {fund} Scholarship application",
            "{year} scholarship decision",
            "Scholarship outcome",
        ],
        GREET_FORMAL,
        [
            "Thank you for applying for the {fund} Scholarship for the {year} academic year.",
            "We appreciate the effort you put into your scholarship essays and references.",
        ],
        [
            "We regret to inform you that you have not been selected as a scholar this year. The selection panel reviewed over [[900|1,200|600]] applications for [[twelve|twenty|eight]] awards.",
            "After careful consideration, the panel was unable to award you a scholarship. The standard of applications was exceptionally high.",
            "Unfortunately your application was not shortlisted for the final round of the scholarship.",
        ],
        (
            0.6,
            [
                "We encourage you to apply again next year if you remain eligible.",
                "Our website lists other bursaries you may be eligible for.",
            ],
        ),
        ["Yours sincerely,\nThe {fund} Foundation", "Scholarships Office\n{fund} Foundation"],
        setup={
            "fund": ["Ashworth", "Bellamy", "Greenleaf", "Okafor"],
            "funddom": ["ashworthfoundation.org", "greenleaftrust.org", "bellamyscholars.org"],
        },
    ),
    fam(
        "ctx-nj-travel-bursary",
        10,
        [
            "{conf} Travel Awards <travel@{confdom}>",
            "{conf} Organising Committee <chairs@{confdom}>",
        ],
        ["{conf} {year} travel grant", "Travel bursary decision", "Your bursary request"],
        GREET,
        [
            "Thank you for applying for a travel bursary to attend {conf} {year}.",
            "We received your request for help with travel and registration costs for {conf}.",
        ],
        [
            "We are sorry to say that we are unable to fund your attendance this year. Requests exceeded our budget several times over.",
            "Unfortunately your bursary application was not successful; we prioritised first-time attendees from the host region.",
        ],
        (
            0.5,
            [
                "Registration remains open at the early rate until {date2}.",
                "We hope you can still join us, perhaps online.",
            ],
        ),
        ["Best wishes,\nThe {conf} Travel Awards Committee"],
        setup={
            "conf": ["PyNorth", "DataConf Europe", "OpenInfra Days", "HCI Forum"],
            "confdom": ["pynorth.org", "dataconf.eu", "openinfradays.org"],
        },
    ),
    fam(
        "ctx-nj-research-grant",
        12,
        ["{council} Grants Office <grants@{councildom}>", "{council} <noreply@{councildom}>"],
        [
            "Outcome of proposal {ref}",
            "Funding decision: {council} {year} call",
            "Your research proposal",
        ],
        GREET_FORMAL,
        [
            "Thank you for submitting your proposal (reference {ref}) to the {council} responsive-mode call.",
            "The funding panel met on {date} to assess proposals submitted to the {year} round.",
        ],
        [
            "We regret to inform you that your proposal has not been recommended for funding. The panel ranked it below the funding line in a highly competitive round.",
            "After careful consideration, the panel was unable to support your application. Only [[12|18|9]] per cent of proposals could be funded.",
            "Unfortunately your proposal was not successful. Reviewer comments are attached for your information.",
        ],
        (
            0.6,
            [
                "Resubmission of a substantially revised proposal is permitted after twelve months.",
                "Feedback from the reviewers is available in the grants portal.",
            ],
        ),
        ["Yours sincerely,\nGrants Office, {council}"],
        setup={
            "council": [
                "National Science Council",
                "Northern Research Fund",
                "Health Innovation Trust",
            ],
            "councildom": ["nsc-grants.org", "nrf.ac.uk", "hitrust.org"],
        },
    ),
    fam(
        "ctx-nj-arts-funding",
        10,
        ["{arts} <funding@{artsdom}>", "{rfull} <{rfirst}@{artsdom}>"],
        ["Project grant decision", "Your application to {arts}", "Outcome: {year} project funding"],
        GREET,
        [
            "Thank you for applying to {arts} for support with your [[touring exhibition|community theatre project|album recording|short film]].",
            "We have now completed our assessment of applications to the {month} round.",
        ],
        [
            "I am sorry to let you know that your application has not been successful this time. We received far more strong applications than we could fund.",
            "After careful consideration we are unable to offer a grant for this project.",
            "Unfortunately the panel did not select your project for funding.",
        ],
        (
            0.5,
            [
                "Feedback is available on request within 28 days.",
                "You may apply again to a future round with the same or a revised project.",
            ],
        ),
        SIGN,
        setup={
            "arts": ["Arts Fund North", "Creative Coast", "The Lumen Trust"],
            "artsdom": ["artsfundnorth.org", "creativecoast.org.uk", "lumentrust.org"],
        },
    ),
    fam(
        "ctx-nj-community-grant",
        10,
        ["{trust} Community Fund <hello@{trustdom}>"],
        [
            "Community grant application",
            "Your small grants application",
            "Decision on your application",
        ],
        GREET,
        [
            "Thank you for applying to the {trust} Community Fund on behalf of your [[residents' association|youth football club|food bank|repair café]].",
            "Our trustees met on {date} to consider this quarter's small grant applications.",
        ],
        [
            "Unfortunately we are not able to fund your application on this occasion. The round was heavily oversubscribed.",
            "We regret that your application was unsuccessful; the trustees felt it did not meet our priority of reducing isolation.",
            "After careful consideration the trustees have declined the application.",
        ],
        (
            0.5,
            [
                "We would be happy to talk through a future bid.",
                "Please do not be discouraged from applying again.",
            ],
        ),
        ["Warm regards,\n{rfirst}\nGrants Officer, {trust}"],
        setup={
            "trust": ["Hallow Vale", "Brightwater", "St Aldric's"],
            "trustdom": ["hallowvale.org.uk", "brightwaterfund.org"],
        },
    ),
    fam(
        "ctx-nj-accelerator-cohort",
        10,
        ["{acc} <apply@{accdom}>", "{rfull} <{rfirst}@{accdom}>"],
        [
            "{acc} {year} batch decision",
            "Your application to {acc}",
            "Update on your startup's application",
        ],
        GREET_CASUAL,
        [
            "Thanks for applying to {acc} with your startup and for the time you spent on the founder video.",
            "We've finished reviewing applications for the [[spring|autumn|winter]] batch.",
        ],
        [
            "Unfortunately we won't be able to invite your company into this batch. We received a record number of applications and had to make many difficult calls.",
            "After a lot of discussion the partners decided not to fund your company this time.",
            "We're sorry to say your startup wasn't selected for the cohort.",
        ],
        (
            0.6,
            [
                "Plenty of companies we turned down once went on to raise big rounds, so keep building.",
                "Feel free to apply again next batch with an update on your traction.",
            ],
        ),
        ["- {rfirst}, {acc}", "The {acc} partners"],
        setup={
            "acc": ["Launchpad North", "Seedwell", "Foundry Ten"],
            "accdom": ["launchpadnorth.vc", "seedwell.co", "foundryten.com"],
        },
    ),
    fam(
        "ctx-nj-mortgage-declined",
        12,
        ["{bank} Mortgages <mortgages@{bankdom}>", "{bank} <no-reply@{bankdom}>"],
        [
            "Your mortgage application",
            "Mortgage decision - ref {ref}",
            "About your agreement in principle",
        ],
        GREET_FORMAL,
        [
            "Thank you for your mortgage application for the property at {street}.",
            "We have now completed our assessment of your application, reference {ref}.",
        ],
        [
            "We regret to inform you that we are unable to approve your mortgage application. This decision was based on our lending criteria and the information you supplied.",
            "After careful consideration of your income and outgoings, we are unable to lend the amount requested.",
            "Unfortunately your application has not been successful following our underwriting review.",
        ],
        (
            0.6,
            [
                "You are entitled to ask which credit reference agency we used.",
                "A broker may be able to help you find a lender whose criteria suit your circumstances.",
            ],
        ),
        ["Yours sincerely,\nMortgage Underwriting\n{bank}"],
        setup={
            "bank": ["Albion Building Society", "Harrowgate Bank", "Westmere Mutual"],
            "bankdom": ["albionbs.co.uk", "harrowgatebank.com", "westmere.co.uk"],
        },
    ),
    fam(
        "ctx-nj-credit-limit",
        10,
        ["{bank} Card Services <cards@{bankdom}>"],
        ["Your credit limit request", "We couldn't increase your limit", "Update on your request"],
        GREET,
        [
            "You recently asked us to raise the credit limit on your card ending {days}{days}.",
            "Thank you for your request to increase your credit limit.",
        ],
        [
            "We're sorry, but we can't approve an increase right now. We look at how the account has been used and at information from credit reference agencies.",
            "Unfortunately we're unable to agree to your request on this occasion.",
        ],
        (
            0.5,
            ["You can ask again in six months.", "Your current limit and card are not affected."],
        ),
        ["{bank} Card Services"],
        setup={
            "bank": ["Northgate Bank", "Copperleaf Card", "Meridian Money"],
            "bankdom": ["northgatebank.com", "copperleaf.co.uk", "meridianmoney.com"],
        },
    ),
    fam(
        "ctx-nj-business-loan",
        10,
        ["{rfull} <{rfirst}@{bankdom}>", "{bank} Business Banking <business@{bankdom}>"],
        [
            "Your business loan application",
            "Lending decision for your business",
            "Re: loan request",
        ],
        GREET,
        [
            "Thank you for the business plan and cash-flow forecast you sent with your loan application.",
            "Our credit committee has reviewed your request for a [[£25,000|$40,000|€30,000]] working-capital loan.",
        ],
        [
            "After careful consideration, we are unable to approve the facility at this time. The committee felt the trading history was too short.",
            "Regrettably your application has been declined; we are not able to lend without further security.",
            "Unfortunately we will not be able to proceed with the loan on the terms requested.",
        ],
        (
            0.5,
            [
                "We'd be glad to look again once you have twelve months of accounts.",
                "A government-backed start-up loan may be an option.",
            ],
        ),
        SIGN,
        setup={
            "bank": ["Harrowgate Bank", "Fenwick Commercial", "Tidewater Bank"],
            "bankdom": ["harrowgatebank.com", "fenwickcommercial.com", "tidewaterbank.com"],
        },
    ),
    fam(
        "ctx-nj-visa-refused",
        12,
        ["{office} <noreply@{officedom}>", "Visa Section <visas@{officedom}>"],
        [
            "Decision on your visa application",
            "Visa application {ref}",
            "Your [[visitor|student|family]] visa application",
        ],
        GREET_FORMAL,
        [
            "We have considered your application for a [[visitor|student|family]] visa, reference {ref}.",
            "Thank you for attending your biometrics appointment on {date}.",
        ],
        [
            "We regret to inform you that your application has been refused. You did not provide sufficient evidence of funds for the intended stay.",
            "After careful consideration, the entry clearance officer was unable to approve your visa.",
            "Unfortunately your application has not been successful, as the documents supplied did not meet the requirements.",
        ],
        (
            0.6,
            [
                "Your passport will be returned by courier.",
                "The refusal notice explains whether you can request an administrative review.",
            ],
        ),
        ["Entry Clearance Section", "{office}"],
        setup={
            "office": [
                "Visa and Immigration Office",
                "Consular Services Section",
                "Migration Service",
            ],
            "officedom": ["visa-decisions.example.gov", "consular.example.org"],
        },
    ),
    fam(
        "ctx-nj-permit-appointment",
        10,
        ["{office} Appointments <termin@{officedom}>"],
        ["Appointment request not confirmed", "Your residence permit appointment", "Booking {ref}"],
        GREET,
        [
            "Thank you for requesting an appointment to renew your residence permit.",
            "We received your booking request ({ref}) for {date}.",
        ],
        [
            "Unfortunately we are unable to confirm your appointment, because all slots for that day were taken.",
            "We regret that your request could not be accepted; the documents uploaded were incomplete.",
        ],
        (
            0.5,
            [
                "Please book again through the portal once new dates are released.",
                "Your current permit remains valid while a renewal is pending.",
            ],
        ),
        ["{office}"],
        setup={
            "office": [
                "Foreigners' Registration Office",
                "Residence Permit Service",
                "City Immigration Desk",
            ],
            "officedom": ["city-services.example.org", "permits.example.gov"],
        },
    ),
    fam(
        "ctx-nj-paper-rejected",
        12,
        ["{conf} {year} Program Chairs <chairs@{confdom}>", "{conf} <noreply@{confdom}>"],
        [
            "[{conf} {year}] Notification for paper #{days}{days}",
            "{conf} {year} decision on your submission",
            "Paper decision",
        ],
        GREET,
        [
            "Thank you for submitting your paper to {conf} {year}.",
            "We received [[1,400|950|2,100]] submissions this year and each was read by at least three reviewers.",
        ],
        [
            "We regret to inform you that your paper was not accepted for the main track. The committee could accept only about one in five submissions.",
            "After careful consideration by the programme committee, your submission was not selected for presentation.",
            "Unfortunately your paper could not be accepted. The reviews are included below.",
        ],
        (
            0.6,
            [
                "We hope the reviews help you improve the work, and we encourage you to submit to a workshop.",
                "Registration is open to all, and we would be glad to see you in {city}.",
            ],
        ),
        ["Best regards,\n{conf} {year} Program Chairs"],
        setup={
            "conf": ["ICML Workshop on Robust Systems", "SIGWEB", "EuroSys", "DataViz Symposium"],
            "confdom": ["conf-mgmt.org", "easyreview.net", "chairs.dataviz.org"],
        },
    ),
    fam(
        "ctx-nj-poster-abstract",
        10,
        ["{conf} Abstracts <abstracts@{confdom}>"],
        ["Abstract {ref}: outcome", "Your poster abstract", "{conf} abstract decision"],
        GREET,
        [
            "Thank you for submitting an abstract to the {conf} annual meeting.",
            "The scientific committee has now reviewed all poster and oral abstracts.",
        ],
        [
            "We are sorry to inform you that your abstract was not accepted for presentation this year.",
            "Unfortunately your abstract was not selected; we had space for fewer than half of the submissions.",
        ],
        (0.5, ["Early registration closes on {date2}.", "Thank you for supporting the meeting."]),
        ["Scientific Committee, {conf}"],
        setup={
            "conf": [
                "British Ecology Meeting",
                "Society for Cell Biology",
                "Nordic Chemistry Forum",
            ],
            "confdom": ["meeting-abstracts.org", "scb-meeting.org"],
        },
    ),
    fam(
        "ctx-nj-meetup-cfp",
        10,
        ["{rfull} <{rfirst}@{meetdom}>", "{meet} Organisers <talks@{meetdom}>"],
        ["Your talk proposal for {meet}", "CFP decision", "Re: talk submission"],
        GREET_CASUAL,
        [
            "Thanks so much for sending us a talk proposal for {meet} - we loved reading it.",
            "We had [[70|45|110]] proposals for [[eight|ten|six]] speaking slots this time.",
        ],
        [
            "Unfortunately we couldn't fit your talk into the programme, so it's a no for this edition.",
            "After a long debate we decided not to include your talk. It was a close call!",
            "We're sorry to say your proposal wasn't selected this time round.",
        ],
        (
            0.6,
            [
                "Lightning talks are first come, first served on the day if you'd like to do a short version.",
                "Please submit again next time - we keep a note of proposals we liked.",
            ],
        ),
        ["Cheers,\n{rfirst} for the {meet} crew", "{rfirst}"],
        setup={
            "meet": ["RustFest North", "JS Night", "Frontend Forge", "DevOps Harbour"],
            "meetdom": ["rustfestnorth.org", "jsnight.dev", "frontendforge.io"],
        },
    ),
    fam(
        "ctx-nj-journal-desk-reject",
        10,
        ["{journal} Editorial Office <editorial@{jdom}>"],
        [
            "Decision on manuscript {ref}",
            "{journal}: your submission",
            "Manuscript {ref} - editor's decision",
        ],
        GREET_FORMAL,
        [
            'Thank you for submitting your manuscript, "[[On the stability of layered flows|Urban heat and sleep quality|A survey of graph compression]]", to {journal}.',
            "I have read your manuscript with interest.",
        ],
        [
            "I regret to inform you that we are unable to send it out for review; it falls outside the scope of the journal.",
            "After careful consideration, the editors have decided not to accept it for publication.",
            "Unfortunately, we do not feel the manuscript is a strong fit for our readership.",
        ],
        (
            0.5,
            [
                "You may wish to consider a more specialised journal.",
                "Thank you for considering {journal}.",
            ],
        ),
        ["Yours sincerely,\n{rfull}\nHandling Editor, {journal}"],
        setup={
            "journal": [
                "Journal of Applied Flows",
                "Urban Health Letters",
                "Data Structures Review",
            ],
            "jdom": ["jaf-journal.org", "uhl.pub", "dsreview.org"],
        },
    ),
    fam(
        "ctx-nj-club-membership",
        10,
        ["{club} Membership Secretary <membership@{clubdom}>"],
        ["Your membership application", "Application to join {club}", "Membership decision"],
        GREET,
        [
            "Thank you for applying for full membership of {club} and for visiting the clubhouse.",
            "The committee considered new membership applications at its meeting on {date}.",
        ],
        [
            "We regret to inform you that we are unable to offer you membership this year. Our numbers are capped and the waiting list is long.",
            "Unfortunately your application has not been successful on this occasion.",
            "After careful consideration, the committee has decided not to accept new members until next season.",
        ],
        (
            0.5,
            [
                "Social membership remains open if you would like to use the bar and events.",
                "Your name has been placed on the waiting list.",
            ],
        ),
        ["Yours,\n{rfull}\nHon. Membership Secretary"],
        setup={
            "club": [
                "Riverside Rowing Club",
                "Oakwood Golf Club",
                "Harbour Sailing Club",
                "Westgate Tennis Club",
            ],
            "clubdom": ["riversiderowing.org", "oakwoodgolf.co.uk", "harboursailing.org"],
        },
    ),
    fam(
        "ctx-nj-allotment",
        8,
        ["Allotments Officer <allotments@{councildom}>"],
        ["Allotment application", "Your allotment waiting list application"],
        GREET,
        [
            "Thank you for applying for an allotment plot at [[Meadow Lane|Brook Road|Hill Top]] site.",
            "We have received your application for an allotment.",
        ],
        [
            "Unfortunately we have no vacant plots and we are unable to offer you one at this time.",
            "We regret that your application for a half plot was not successful in this year's allocation.",
        ],
        (
            0.5,
            [
                "You are number [[42|87|115]] on the waiting list.",
                "Community growing spaces in your area may have room.",
            ],
        ),
        ["Parks and Open Spaces\n{city} Council"],
        setup={"councildom": ["citycouncil.example.gov.uk", "parks.example.org"]},
    ),
    fam(
        "ctx-nj-tender-unsuccessful",
        12,
        ["{buyer} Procurement <procurement@{buyerdom}>", "{rfull} <{rfirst}@{buyerdom}>"],
        [
            "Contract award notice - tender {ref}",
            "Outcome of your tender submission",
            "RFP {ref}: notification of outcome",
        ],
        GREET_FORMAL,
        [
            "Thank you for submitting a tender for the [[grounds maintenance|IT managed services|catering|building cleaning]] contract, reference {ref}.",
            "The evaluation of bids for the above opportunity is now complete.",
        ],
        [
            "We regret to inform you that your bid has not been successful. The contract is to be awarded to the most economically advantageous tender.",
            "After careful consideration, the evaluation panel has not selected your organisation. Your bid scored [[61|58|70]] out of 100 against a winning score of [[78|82|85]].",
            "Unfortunately your submission was unsuccessful on this occasion.",
        ],
        (
            0.6,
            [
                "A standstill period of ten days now applies before the contract is signed.",
                "A debrief on the scoring is available on request.",
            ],
        ),
        ["Procurement Team\n{buyer}"],
        setup={
            "buyer": ["Northshire County Council", "Eastbay Water", "Kingsmere University"],
            "buyerdom": ["northshire.gov.uk", "eastbaywater.com", "kingsmere.edu"],
        },
    ),
    fam(
        "ctx-nj-supplier-framework",
        10,
        ["{buyer} Supplier Management <suppliers@{buyerdom}>"],
        [
            "Supplier framework application",
            "Your application to our supplier panel",
            "Framework {ref} - outcome",
        ],
        GREET,
        [
            "Thank you for applying to join our approved supplier framework for [[print services|translation|event production]].",
            "We have reviewed all applications to the framework, reference {ref}.",
        ],
        [
            "Unfortunately your company has not been appointed to the framework. We received more compliant applications than we could admit.",
            "After careful consideration, we are unable to add your business to our supplier panel at this time.",
        ],
        (
            0.5,
            [
                "The framework will reopen in two years.",
                "We thank you for the effort you put into the questionnaire.",
            ],
        ),
        ["Supplier Management\n{buyer}"],
        setup={
            "buyer": ["Eastbay Water", "Harbour Health Trust", "Brightline Rail"],
            "buyerdom": ["eastbaywater.com", "harbourhealth.org", "brightline.co.uk"],
        },
    ),
    fam(
        "ctx-nj-vendor-onboarding",
        10,
        ["{buyer} Vendor Onboarding <vendors@{buyerdom}>"],
        ["Vendor registration declined", "Your vendor application", "Onboarding request {ref}"],
        GREET,
        [
            "Thank you for registering your business as a vendor with {buyer}.",
            "Our compliance review of your onboarding request ({ref}) is complete.",
        ],
        [
            "We regret that we cannot approve your registration, as your insurance certificate had expired.",
            "Unfortunately your vendor application has been declined because we could not verify your bank details.",
            "After review, we are unable to onboard your company at this time.",
        ],
        (
            0.5,
            [
                "You may resubmit once the missing documents are available.",
                "Contact the vendor desk with any questions.",
            ],
        ),
        ["Vendor Onboarding Desk\n{buyer}"],
        setup={
            "buyer": ["Larkspur Retail", "Brightline Rail", "Copperfield Foods"],
            "buyerdom": ["larkspur.com", "brightline.co.uk", "copperfieldfoods.com"],
        },
    ),
    fam(
        "ctx-nj-photo-competition",
        10,
        ["{comp} <entries@{compdom}>"],
        ["{comp} {year} results", "Your entry to {comp}", "Shortlist announcement"],
        GREET,
        [
            "Thank you for entering {comp} {year}.",
            "Our judges have now viewed all [[8,000|12,500|5,300]] images entered this year.",
        ],
        [
            "We're sorry to let you know that your photographs were not shortlisted this time.",
            "Unfortunately your entry has not been selected for the exhibition. Competition was fierce.",
            "After careful consideration the judges did not choose your work for the final round.",
        ],
        (
            0.5,
            [
                "The winners will be announced on {date2}.",
                "We hope you will enter again next year.",
            ],
        ),
        ["The {comp} judging panel"],
        setup={
            "comp": [
                "Wild Light Photography Awards",
                "Street Frame Prize",
                "Coastlines Photo Contest",
            ],
            "compdom": ["wildlightawards.org", "streetframe.org", "coastlinesphoto.com"],
        },
    ),
    fam(
        "ctx-nj-art-open-call",
        10,
        ["{gallery} <opencall@{gallerydom}>", "{rfull} <{rfirst}@{gallerydom}>"],
        [
            "Open call: outcome",
            "Your submission to the {gallery} open call",
            "Summer exhibition selection",
        ],
        GREET,
        [
            "Thank you for submitting your work to the {gallery} open call.",
            "The selectors spent two days looking at every submission to the summer show.",
        ],
        [
            "We regret that your work has not been selected for the exhibition this year.",
            "Unfortunately we are unable to include your piece; we could show fewer than one in ten submissions.",
            "After careful consideration the panel decided not to select your work.",
        ],
        (
            0.5,
            [
                "Please collect any delivered work by {date2}.",
                "We would be glad to receive your work again next year.",
            ],
        ),
        SIGN,
        setup={
            "gallery": ["Quayside Gallery", "Northlight Arts", "The Foundry Space"],
            "gallerydom": ["quaysidegallery.org", "northlightarts.org", "foundryspace.art"],
        },
    ),
    fam(
        "ctx-nj-literary-query",
        12,
        ["{rfull} <{rfirst}@{litdom}>", "{lit} Submissions <submissions@{litdom}>"],
        [
            "Re: Query - [[THE SALT ROAD|A HOUSE OF BIRDS|NORTHERN LIGHTS]]",
            "Your submission",
            "Re: manuscript submission",
        ],
        GREET,
        [
            "Thank you for sending me your query and opening chapters.",
            "Many thanks for thinking of {lit} for your novel.",
        ],
        [
            "I'm afraid it isn't quite right for my list, so I'll step aside.",
            "Unfortunately I didn't feel strongly enough about the manuscript to take it on.",
            "After careful consideration we have decided not to offer representation. This is a subjective business and another agent may feel differently.",
        ],
        (
            0.5,
            [
                "I wish you every success in placing your book.",
                "Because of the volume of submissions we cannot give individual feedback.",
            ],
        ),
        ["Best wishes,\n{rfull}\n{lit}"],
        setup={
            "lit": ["Marlow Literary Agency", "Inkwell & Co", "Thistle Books"],
            "litdom": ["marlowliterary.com", "inkwellco.com", "thistlebooks.co.uk"],
        },
    ),
    fam(
        "ctx-nj-insurance-claim",
        12,
        ["{ins} Claims <claims@{insdom}>", "{rfull} <{rfirst}.claims@{insdom}>"],
        [
            "Your claim {ref}",
            "Claim decision",
            "Update on your [[home|travel|car|pet]] insurance claim",
        ],
        GREET_FORMAL,
        [
            "Thank you for submitting your claim for [[water damage|a lost suitcase|a cracked windscreen|vet fees]], reference {ref}.",
            "We have now reviewed the information and photos you sent.",
        ],
        [
            "We regret to inform you that we are unable to accept your claim, because the cause of loss is excluded under your policy.",
            "After careful consideration, your claim has been declined as the incident occurred before the policy start date.",
            "Unfortunately we cannot pay this claim; the excess exceeds the value of the loss.",
        ],
        (
            0.6,
            [
                "If you disagree, you may refer your complaint to the ombudsman within six months.",
                "Your policy remains in force.",
            ],
        ),
        ["Claims Department\n{ins}"],
        setup={
            "ins": ["Hearthside Insurance", "Bluefin Cover", "Anchor Mutual"],
            "insdom": ["hearthside.co.uk", "bluefincover.com", "anchormutual.com"],
        },
    ),
    fam(
        "ctx-nj-insurance-quote",
        8,
        ["{ins} <quotes@{insdom}>"],
        ["We can't offer you a quote", "Your quote request", "About your insurance quote"],
        GREET,
        [
            "Thank you for asking us for a [[car|home|landlord|travel]] insurance quote.",
            "We have looked at the details you gave us.",
        ],
        [
            "Unfortunately we are unable to offer cover based on the information provided.",
            "We regret that this risk falls outside what we are able to insure.",
        ],
        (
            0.5,
            [
                "A specialist broker may be able to help.",
                "No record of this quote affects your credit score.",
            ],
        ),
        ["{ins} Customer Team"],
        setup={
            "ins": ["Hearthside Insurance", "Bluefin Cover", "Anchor Mutual"],
            "insdom": ["hearthside.co.uk", "bluefincover.com", "anchormutual.com"],
        },
    ),
    fam(
        "ctx-nj-refund-declined",
        12,
        ["{shop} Customer Care <care@{shopdom}>", "{rfirst} from {shop} <support@{shopdom}>"],
        ["Your refund request #{ref}", "About your return", "Re: refund request"],
        GREET,
        [
            "Thank you for contacting us about your order #{ref}.",
            "We have received the item you returned and inspected it.",
        ],
        [
            "After careful consideration, we are unable to approve a refund, as the item was returned after the 30-day window.",
            "Unfortunately your refund request has been declined because the product shows signs of use.",
            "We regret that we cannot offer a refund for digital downloads once they have been accessed.",
        ],
        (
            0.5,
            [
                "We can offer store credit as a goodwill gesture.",
                "The item will be posted back to you.",
            ],
        ),
        ["Kind regards,\n{rfirst}\n{shop} Customer Care"],
        setup={
            "shop": ["Pebble & Pine", "Voltmart", "Hollis Home"],
            "shopdom": ["pebbleandpine.com", "voltmart.com", "hollishome.co.uk"],
        },
    ),
    fam(
        "ctx-nj-warranty-claim",
        10,
        ["{brand} Warranty <warranty@{branddom}>"],
        ["Warranty claim {ref}", "Your warranty request", "Outcome of your repair request"],
        GREET,
        [
            "Thank you for sending your [[headphones|coffee machine|laptop|bike frame]] to our service centre.",
            "We have assessed the fault you reported under warranty claim {ref}.",
        ],
        [
            "Unfortunately the damage is not covered by the manufacturer's warranty, so we are unable to repair it free of charge.",
            "We regret to inform you that your claim has not been approved; the serial number is outside the warranty period.",
        ],
        (
            0.5,
            [
                "We can quote for a paid repair if you wish.",
                "The device will be returned to you within five working days.",
            ],
        ),
        ["{brand} Service Centre"],
        setup={
            "brand": ["Sonora Audio", "Brewcraft", "Veloce Bikes"],
            "branddom": ["sonoraaudio.com", "brewcraft.co", "velocebikes.com"],
        },
    ),
    fam(
        "ctx-nj-ticket-ballot",
        12,
        ["{event} Tickets <tickets@{eventdom}>"],
        ["{event} ballot result", "Your ballot entry", "{event} {year}: ballot outcome"],
        GREET,
        [
            "Thank you for entering the ballot for {event} {year}.",
            "The public ballot closed with over [[250,000|90,000|400,000]] entries.",
        ],
        [
            "We're sorry to tell you that your entry was not successful this year.",
            "Unfortunately you have not been selected in the ballot. Demand was higher than ever.",
            "We regret that we were unable to allocate you a place.",
        ],
        (
            0.6,
            [
                "You can still run with a charity place.",
                "Returned tickets go on resale from {date2}.",
            ],
        ),
        ["The {event} team"],
        setup={
            "event": [
                "City Marathon",
                "Greenfields Festival",
                "Centre Court Finals",
                "Harbour Half",
            ],
            "eventdom": ["citymarathon.org", "greenfieldsfest.com", "centrecourtfinals.com"],
        },
    ),
    fam(
        "ctx-nj-school-place",
        12,
        ["School Admissions <admissions@{councildom}>", "{school} Office <office@{schooldom}>"],
        [
            "Outcome of your school place application",
            "Reception place offer day",
            "Nursery place application",
        ],
        GREET_FORMAL,
        [
            "Thank you for applying for a [[Reception|Year 7|nursery]] place for your child at {school}.",
            "We have now allocated places for the September intake.",
        ],
        [
            "We regret to inform you that we are unable to offer your child a place at {school}, as the school was oversubscribed and you live outside the distance cut-off.",
            "Unfortunately your application to your first-preference school has not been successful.",
            "After careful consideration of the admission criteria, a place cannot be offered at this time.",
        ],
        (
            0.6,
            [
                "Your child has been placed on the waiting list.",
                "You have the right of appeal to an independent panel.",
            ],
        ),
        ["School Admissions Team\n{city} Council", "{school} Admissions"],
        setup={
            "school": ["St Bede's Primary", "Fernwood Academy", "Little Acorns Nursery"],
            "schooldom": ["stbedes.sch.uk", "fernwood.academy", "littleacorns.org"],
            "councildom": ["citycouncil.example.gov.uk", "admissions.example.org"],
        },
    ),
    fam(
        "ctx-nj-feature-request",
        12,
        ["{proj} <notifications@{gitdom}>", "{rfirst} <{rfirst}@users.noreply.{gitdom}>"],
        [
            "Re: [{proj}] Feature request: [[dark mode|CSV export|plugin API|Windows support]] (#{days}{days})",
            "[{proj}] Closed #{ref}",
            "Re: [{proj}] Proposal",
        ],
        ["", "Hi @{first},", "@{first}"],
        [
            "Thanks for the detailed proposal and the mock-ups.",
            "We discussed this at the maintainers' sync this week.",
        ],
        [
            "Unfortunately we've decided not to add this to the project; it doesn't fit the scope we want to maintain.",
            "After careful consideration we're closing this as won't fix. The maintenance cost is too high for the number of users who'd benefit.",
            "I'm sorry, but we won't be accepting this request.",
        ],
        (
            0.5,
            [
                "A plugin outside the core repository would be welcome.",
                "Closing, but feel free to keep the discussion going.",
            ],
        ),
        ["", "-- \nReply to this email directly or view it on GitHub."],
        setup={
            "proj": ["fastgrid", "tinyorm", "pixelpack", "lintkit"],
            "gitdom": ["github.com", "gitlab.com"],
        },
    ),
    fam(
        "ctx-nj-pr-declined",
        10,
        ["{rfirst} <notifications@github.com>", "{proj} maintainers <noreply@github.com>"],
        [
            "Re: [{proj}] Add retry to client (PR #{ref})",
            "[{proj}] PR #{ref} closed",
            "Re: [{proj}] refactor: simplify parser",
        ],
        ["", "@{first}"],
        [
            "Thank you for the contribution and the tests you wrote.",
            "Appreciate the time you put into this pull request.",
        ],
        [
            "Unfortunately we can't merge it: the change breaks backwards compatibility and we've decided to keep the old behaviour.",
            "After reviewing it with the core maintainers, we've decided not to accept this change, so I'm closing the PR.",
            "We regret having to decline this one; a different approach already landed in main.",
        ],
        (
            0.5,
            [
                "Happy to review a smaller version that keeps the existing API.",
                "Thanks again - please don't let this put you off contributing.",
            ],
        ),
        ["", "-- \nYou are receiving this because you authored the thread."],
        setup={"proj": ["fastgrid", "tinyorm", "pixelpack", "lintkit"]},
    ),
    fam(
        "ctx-nj-app-store-rejection",
        12,
        ["App Review <no-reply@{storedom}>", "{store} Developer Support <developer@{storedom}>"],
        [
            "Your submission was rejected",
            "App review: [[Guideline 4.2|Guideline 2.1|policy violation]]",
            "Update on your app submission",
        ],
        ["Hello,", "Dear Developer,", "Hi {first},"],
        [
            "We have reviewed your app, version [[1.2|2.0.1|3.4]], submitted on {date}.",
            "Thank you for submitting your app for review.",
        ],
        [
            "Unfortunately we are unable to approve your submission, because it does not comply with our minimum functionality requirements.",
            "After careful consideration, your app has been rejected: the sign-in screen crashed during review.",
            "We regret to inform you that your update was not accepted for distribution.",
        ],
        (
            0.6,
            [
                "You can reply to this message in the resolution centre.",
                "Once you have addressed the issue, please resubmit the build.",
            ],
        ),
        ["{store} App Review"],
        setup={
            "store": ["AppBay", "Playhouse Store", "Nimbus Apps"],
            "storedom": ["appbay.dev", "playhouse.dev", "nimbusapps.com"],
        },
    ),
    fam(
        "ctx-nj-ad-disapproved",
        10,
        ["{ads} Ads <ads-noreply@{adsdom}>"],
        ["Your ad was not approved", "Ad disapproved: {ref}", "Action needed: ad rejected"],
        ["Hi {first},", "Hello,", ""],
        [
            'We\'ve reviewed your ad in campaign "[[Spring Sale|Launch Week|Retargeting Q3]]".',
            "Your recent ad submission has been checked against our advertising policies.",
        ],
        [
            "Unfortunately your ad was disapproved because it makes claims we can't verify.",
            "We're sorry, but this ad can't run: the landing page is not reachable.",
            "After review, we are unable to approve the ad as it contains restricted content.",
        ],
        (
            0.5,
            [
                "You can edit the ad and submit it again.",
                "If you think we made a mistake, request another review.",
            ],
        ),
        ["The {ads} Ads Team"],
        setup={
            "ads": ["Beacon", "Clickwise", "Vista"],
            "adsdom": ["beaconads.com", "clickwise.io", "vistaads.com"],
        },
    ),
    fam(
        "ctx-nj-domain-transfer",
        10,
        ["{reg} <support@{regdom}>"],
        [
            "Domain transfer failed: {slugdom}",
            "Transfer request rejected",
            "Your transfer of {slugdom}",
        ],
        GREET,
        [
            "We received a request to transfer {slugdom} to {reg}.",
            "Your domain transfer request has been processed.",
        ],
        [
            "Unfortunately the transfer was rejected by the current registrar, because the domain is locked.",
            "We regret that the transfer could not be completed; the authorisation code did not match.",
            "The losing registrar declined the transfer request.",
        ],
        (
            0.5,
            [
                "Unlock the domain and start the transfer again.",
                "You have not been charged for this transfer.",
            ],
        ),
        ["{reg} Support"],
        setup={
            "reg": ["NameHarbor", "DotSpring", "Registro"],
            "regdom": ["nameharbor.com", "dotspring.net", "registro.io"],
            "slugdom": ["[[bakeryby{last}|{first}photo|{first}{last}]].[[com|net|io]]"],
        },
    ),
    fam(
        "ctx-nj-marketplace-listing",
        10,
        ["{market} <listings@{marketdom}>"],
        [
            "Your listing was removed",
            "Listing not approved",
            "About your item: [[vintage lamp|road bike|sofa|camera lens]]",
        ],
        GREET,
        [
            'We\'ve reviewed your listing "[[Vintage brass lamp|Road bike 54cm|Three-seater sofa|50mm lens]]".',
            "Thank you for listing an item on {market}.",
        ],
        [
            "Unfortunately your listing doesn't meet our selling policies and has not been approved.",
            "We're sorry, but we've had to decline the listing because the photos don't show the actual item.",
            "After a second review, we are unable to publish this listing.",
        ],
        (
            0.5,
            [
                "You can edit the listing and resubmit it.",
                "Repeated policy breaches may restrict your account.",
            ],
        ),
        ["{market} Trust & Safety"],
        setup={
            "market": ["Swapnest", "Resellio", "Marketbox"],
            "marketdom": ["swapnest.com", "resellio.com", "marketbox.co"],
        },
    ),
    fam(
        "ctx-nj-pet-adoption",
        10,
        ["{shelter} <adopt@{shelterdom}>", "{rfull} <{rfirst}@{shelterdom}>"],
        [
            "Your adoption application for [[Biscuit|Luna|Pepper|Max]]",
            "Adoption application update",
            "Re: adoption enquiry",
        ],
        GREET,
        [
            "Thank you so much for applying to adopt [[Biscuit|Luna|Pepper|Max]] and for completing the home questionnaire.",
            "We had a lot of interest in [[Biscuit|Luna|Pepper|Max]] after the weekend appeal.",
        ],
        [
            "Unfortunately we have decided to rehome [[him|her]] with another family whose home suits [[his|her]] needs better.",
            "We're sorry to tell you that your application was not successful this time; we need a home without young children for this dog.",
            "After careful consideration we won't be going ahead with your application.",
        ],
        (
            0.5,
            [
                "Please do look at our other animals looking for homes.",
                "We hope to hear from you again.",
            ],
        ),
        SIGN,
        setup={
            "shelter": ["Second Chance Rescue", "Paws Haven", "Meadow Farm Animal Rescue"],
            "shelterdom": ["secondchancerescue.org", "pawshaven.org"],
        },
    ),
    fam(
        "ctx-nj-market-stall",
        8,
        ["{fair} <stallholders@{fairdom}>"],
        ["Stall application - {fair}", "Your stall application", "{fair} trader selection"],
        GREET,
        [
            "Thank you for applying for a stall at {fair} on {date2}.",
            "We received many lovely applications from makers this year.",
        ],
        [
            "Unfortunately we are unable to offer you a pitch this time; we already have several stalls selling similar goods.",
            "We regret that your application has not been successful for this market.",
        ],
        (
            0.5,
            [
                "We'd love to see an application for the winter fair.",
                "Please follow us for future dates.",
            ],
        ),
        SIGN,
        setup={
            "fair": ["Maker's Yard Christmas Market", "Riverside Craft Fair", "Old Town Flea"],
            "fairdom": ["makersyard.org", "riversidecraft.co.uk"],
        },
    ),
    fam(
        "ctx-nj-api-access",
        8,
        ["{plat} Developer Platform <devrel@{platdom}>"],
        [
            "API access request",
            "Your application for elevated access",
            "Developer programme application",
        ],
        GREET,
        [
            "Thank you for applying for elevated access to the {plat} API.",
            "We have reviewed the use case you described in your access request.",
        ],
        [
            "Unfortunately we are unable to approve your request because the intended use is not permitted under our developer terms.",
            "After careful consideration your application for production access has been declined.",
        ],
        (
            0.5,
            [
                "Standard access remains available on your account.",
                "You may reapply with more detail about how data will be stored.",
            ],
        ),
        ["{plat} Developer Relations"],
        setup={
            "plat": ["Chirp", "Mapleaf", "Streamly"],
            "platdom": ["chirp.dev", "mapleaf.io", "streamly.com"],
        },
    ),
    fam(
        "ctx-nj-parking-permit",
        8,
        ["Parking Services <parking@{councildom}>"],
        [
            "Residents' parking permit application",
            "Permit application {ref}",
            "Your parking appeal",
        ],
        GREET_FORMAL,
        [
            "Thank you for your application for a residents' parking permit.",
            "We have considered your appeal against penalty charge {ref}.",
        ],
        [
            "We regret to inform you that your application has been refused, because your address is outside the controlled zone.",
            "After careful consideration, your appeal has not been successful and the charge remains payable.",
        ],
        (
            0.5,
            [
                "You may pay at the reduced rate within 14 days.",
                "Details of how to challenge this decision are on our website.",
            ],
        ),
        ["Parking Services\n{city} Council"],
        setup={"councildom": ["citycouncil.example.gov.uk", "parking.example.org"]},
    ),
    fam(
        "ctx-nj-crowdfunding-review",
        8,
        ["{cf} <projects@{cfdom}>"],
        ["Your project wasn't approved", "Project review: {ref}", "About your campaign submission"],
        GREET,
        [
            'Thanks for submitting your campaign "[[Solar camping lantern|Board game: Tidepools|Community bakery oven]]" to {cf}.',
            "Our project review team has looked at your campaign.",
        ],
        [
            "Unfortunately we can't approve it to launch, because it doesn't meet our rules about prototypes.",
            "We're sorry, but after careful consideration your project has been declined.",
        ],
        (0.5, ["You can make changes and resubmit.", "Our creator handbook explains the rules."]),
        ["The {cf} Project Review team"],
        setup={
            "cf": ["Kickfund", "Backyard Backers", "Fundry"],
            "cfdom": ["kickfund.com", "backyardbackers.com", "fundry.io"],
        },
    ),
]

FAMILIES = [(*f, NJ) if len(f) == 3 else f for f in _FAMILIES]
