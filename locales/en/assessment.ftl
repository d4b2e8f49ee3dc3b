### Self-assessment: questions about how it goes, one a screen, and the results.

menu-assessment =
    { $open ->
        [0] 📝 Self-assessment
        [one] 📝 Self-assessment (1 new)
       *[other] 📝 Self-assessment ({ $open } new)
    }

# Answer scales. An instrument’s file says which scale it uses.
scale-agree-1 = Not true at all
scale-agree-2 = A little true
scale-agree-3 = Partly true
scale-agree-4 = Mostly true
scale-agree-5 = Completely true
scale-often-0 = Never
scale-often-1 = Rarely
scale-often-2 = Sometimes
scale-often-3 = Quite often
scale-often-4 = Usually
scale-often-5 = All the time

assessment-home = Here you answer questions about how it is going for you. Your lots sees your answers.
assessment-open-button = ▶️ { $title } ({ $done }/{ $total })
assessment-self-button = 📝 { $title }
assessment-results-button = 📊 My results
assessment-results-title = Which result do you want to see?
assessment-results-item = { $title } · { DATETIME($at, dateStyle: "medium") }

assessment-intro =
    { $title }
    { $count ->
        [one] 1 question.
       *[other] { $count } questions.
    } { assessment-minutes }
    There are no right or wrong answers.
    Your lots sees your answers.
assessment-intro-recall =
    { $days ->
        [one] Think about the last day.
       *[other] Think about the last { $days } days.
    }
assessment-intro-themes =
    { $themes ->
        [one] The questions come in 1 part.
       *[other] The questions come in { $themes } parts.
    } You can take a break after each part.
assessment-intro-optional = You choose if you want to answer.
assessment-begin = Start
assessment-decline = No, thank you
assessment-later = ⏸ Continue later
assessment-skip = Skip ⏭

assessment-item-head = { $theme } · question { $number } of { $total }
assessment-item-answered = Your answer: { $answer }
assessment-theme-done =
    ✅ Done: { $theme }. { $total ->
        [one] You have done { $done } of 1 part.
       *[other] You have done { $done } of { $total } parts.
    }
assessment-next-theme = Next part: { $upcoming }

assessment-result-title = Thank you! { $title } — your results:
assessment-result-line = { $number }. { $theme }: { $band } ({ $score } of { $max })
assessment-result-few = { $number }. { $theme }: too few answers
assessment-result-total = Total: { $band } ({ $score } of { $max })
assessment-band-low = it is hard right now
assessment-band-mid = it is going fairly well
assessment-band-high = it is going well
assessment-chart-caption = { $title }: your answers over time. A longer bar is better.
assessment-chart-shown =
    { $count ->
        [one] 1 time
       *[other] { $count } times
    } in all. Here you see the first, the previous and the latest.
assessment-talk = 💬 I want to talk to my lots about this
assessment-talk-sent = Your lots will know that you want to talk.

assessment-saved = Your answers are saved. Continue when you want under Self-assessment.
assessment-declined = Okay. You can answer later if you want.
assessment-old-question = You have already answered that question. Here is the question you are on now.
assessment-gone = Those questions no longer exist.
assessment-already-done = You have already answered those questions. Thank you!

# Sent by the scheduler.
assessment-invite = 📝 Time for a few questions about how it is going: { $title }. { assessment-minutes }
assessment-minutes =
    { $minutes ->
        [one] It takes about 1 minute.
       *[other] It takes about { $minutes } minutes.
    }
assessment-invite-baseline = 📝 Welcome! Please start with a few questions about how it is going for you: { $title }. { assessment-minutes }
assessment-invite-exit = 📝 The programme ends soon. Please answer a few last questions: { $title }. { assessment-minutes }
assessment-reminder = Reminder: you still have questions to answer: { $title }.
assessment-invite-start = Start now

# Staff: the participant’s self-assessments, from the participant card.
staff-assessment-button = 📊 Self-assessment
staff-assessment-title = Self-assessment for { $name }
staff-assessment-none = No answers yet.
staff-assessment-latest = { $title } · { DATETIME($at, dateStyle: "medium") }
staff-assessment-previous = Last time: { $score } of { $max }
staff-assessment-open = Waiting for answers: { $title } ({ $done }/{ $total })
staff-assessment-rhythm =
    { $weeks ->
        [0] Short questions: off
        [one] Short questions: every week
       *[other] Short questions: every { $weeks } weeks
    }
staff-assessment-chart = 📈 Show chart
staff-assessment-chart-caption = { $name }: { $title } over time.
staff-assessment-no-chart = There are no answers to show yet.
staff-assessment-request = 📝 Send questions now
staff-assessment-ask-which = Which questions should the participant get?
staff-assessment-form-full = { $title }: all questions
staff-assessment-form-short = { $title }: short version
staff-assessment-requested = The questions have been sent.
staff-assessment-rhythm-button = 🔁 How often
staff-assessment-ask-rhythm = How often should the participant get short questions?
staff-assessment-every =
    { $weeks ->
        [2] Every second week
        [4] Every fourth week
        [one] Every week
       *[other] Every { $weeks } weeks
    }
staff-assessment-every-off = No automatic questions
staff-assessment-rhythm-saved = Saved.
