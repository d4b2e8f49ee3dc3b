### The programme report: an Excel file with the participants and a summary.

report-menu-button = 📊 Report
report-home-staff = The report covers your participants. You get it as an Excel file.
report-home-admin = Which participants should the report cover? Choose by when they started.
report-make = Make the report
report-cohort-all = All participants
report-cohort-year = Started in { $year }
report-cohort-half =
    Started in { $year }, { $half ->
        [1] January–June
       *[other] July–December
    }
report-scope-own = My participants
report-progress = Making the report …
report-done =
    Done! The report has { $count ->
        [one] { $count } participant
       *[other] { $count } participants
    }.
report-caption = Report from Lotsen. The file holds facts about people: keep it safe.
report-sheet-participants = Participants
report-sheet-summary = Summary
report-column-id = ID
report-column-start = Start
report-column-end = End
report-column-gender = Gender
report-column-age-band = Age
report-column-entry-status = Status at start
report-column-education = Education
report-column-track = Track
report-column-ladder = Placement step
report-column-exit-status = Status at the end
report-column-follow-up = After six months
report-column-disability = Disability
report-column-third-country = Citizen outside the EU
report-age-under-18 = Under 18
report-age-18-29 = 18–29
report-age-30-54 = 30–54
report-age-55-plus = 55 and over
report-not-recorded = Not recorded
report-summary-what = What
report-summary-value = Number or share
report-summary-of = Out of
report-summary-note = Note
report-summary-scope = Selection
report-summary-participants = Participants
report-summary-gender = Gender
report-summary-age = Age at start
report-summary-entry-status = Status at start
report-summary-education = Education
report-summary-track = Track
report-summary-ladder = Placement step
report-summary-disability = Disability
report-summary-third-country = Citizen outside the EU
report-summary-ended = Ended
report-summary-follow-up = Asked after six months
report-summary-targets = Targets (share reaching the target)
report-target-work-after-six-months = In work at the end and in work six months later
report-target-ready-for-job = Ready and confident to take a job
report-target-physical-health = Good physical health
report-target-mental-health = Good mental health
report-target-adapted-support = Support adapted to needs
report-target-improved-chances = Better chances of work or education
report-note-work = Of those asked after six months. Someone who did not answer counts as not reaching the target.
report-note-exit = Of those who answered the question in the survey { avslut-title }. An answer of { $cut } or higher reaches the target.
report-note-shares = Shares count only the participants in this report. Age is the age in the year the participant started.
report-sheet-overview = Overview
report-title = Programme report
report-title-municipality = Municipality
report-title-programme = Programme
report-title-period = Selection
report-title-made-at = Made
report-title-made-by = Made by
report-made-by-operator = The server’s command line
report-target-column-name = Target
report-target-column-level = Level
report-target-column-counted = Counted
report-target-column-of = Of
report-target-column-share = Share
report-target-column-met = Met?
report-target-met = Met
report-target-not-met = Not met
report-note-targets = Targets are counted on the participants in this report, on the day it was made. A number (such as 40) is met when that many count; a share when it is reached.
report-column-job-started = Job started
report-column-meetings-booked = Meetings booked
report-column-meetings-attended = Meetings attended
report-column-meetings-missed = Meetings missed
report-summary-meetings = Meetings
