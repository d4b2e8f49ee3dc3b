### The end of the programme, the facts the report counts, and the question six months after.

programme-facts-button = 📊 Facts for the report
programme-end-button = 🏁 End the programme
programme-facts =
    Facts for the report: { $name }
    Gender: { $gender }
    Year of birth: { $birth_year }
    Status at start: { $entry_status }
    Education: { $education }
programme-facts-sensitive =
    Disability: { $disability }
    Citizen of a country outside the EU: { $third_country }
programme-facts-job-started = Job started: { DATETIME($job_started, dateStyle: "long") }
programme-facts-running = The programme is running.
programme-facts-ended = Ended { DATETIME($at, dateStyle: "long") }: { $exit_status }
programme-facts-follow-up = After six months: { $follow_up }
programme-not-recorded = –
programme-saved = Saved.
programme-fact-gender = Gender
programme-fact-job-started = Job started
programme-fact-birth-year = Year of birth
programme-fact-entry-status = Status at start
programme-fact-education = Education
programme-fact-disability = Disability
programme-fact-third-country = Citizenship
programme-ask-gender = What is the participant’s gender?
programme-ask-birth-year = What year was the participant born? Write the year, for example 2004.
programme-ask-entry-status = What was the participant doing when the programme started?
programme-ask-education = What is the participant’s highest education?
programme-ask-disability = Does the participant have a disability?
programme-ask-third-country = Is the participant a citizen of a country outside the EU?
programme-birth-year-bad = Write a year with four digits, for example 2004.
programme-gender-woman = Woman
programme-gender-man = Man
programme-gender-non-binary = Non-binary
programme-gender-not-stated = Prefers not to say
programme-entry-status-unemployed = Unemployed
programme-entry-status-long-term-unemployed = Unemployed for more than a year
programme-entry-status-inactive = Neither working nor looking for work
programme-entry-status-employed = Has a job
programme-education-isced-0-2 = Compulsory school or less
programme-education-isced-3-4 = Upper secondary school
programme-education-isced-5-8 = College or university
programme-disability-yes = Yes
programme-disability-no = No
programme-disability-not-stated = Prefers not to say
programme-third-country-yes = Yes
programme-third-country-no = No
programme-third-country-not-stated = Prefers not to say
programme-end-ask = How does { $name } go on when the programme ends?
programme-end-confirm =
    End the programme for { $name }?
    Status at the end: { $status }
    The bot stops check-ins and practice. { $name } gets a last survey. In six months the bot asks how it is going.
programme-end-yes = 🏁 Yes, end it
programme-end-already = The programme for { $name } ended on { DATETIME($at, dateStyle: "long") }.
programme-ended-saved = The programme has ended. The last survey has been sent.
programme-end-again = The programme had already ended. Nothing has changed.
programme-ended-notice =
    Your programme has ended now. Thank you for the time together!
    Good luck with what comes next.
programme-follow-up-ask =
    Hello! It is six months since your programme ended.
    What are you doing now?
programme-follow-up-again = We would like to know how it is going for you. What are you doing now?
programme-follow-up-button-working = 💼 I am working
programme-follow-up-button-studying = 📚 I am studying
programme-follow-up-button-looking = 🔎 I am looking for work
programme-follow-up-button-other = Something else
programme-follow-up-thanks = Thank you for your answer! Good luck.
programme-follow-up-done = You have already answered. Thank you!
programme-follow-up-working = Working
programme-follow-up-studying = Studying
programme-follow-up-looking = Looking for work
programme-follow-up-other = Something else
programme-follow-up-none = No answer
programme-ask-job-start = Which day did { $name } start the job? Pick the day.
programme-job-start-unknown = Don’t know
programme-job-month-ask = Thank you! Which month did you start the job?
programme-job-month-unknown = I don’t remember
