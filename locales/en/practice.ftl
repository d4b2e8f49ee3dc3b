### Vocational Swedish practice: short sessions between shifts.

menu-practice = 🗣 Practise Swedish

practice-home = You practise Swedish for: { $track }
practice-home-no-track = Practise Swedish for your job, a few minutes at a time.
practice-streak =
    { $streak ->
        [one] 🔥 { $streak } day in a row
       *[other] 🔥 { $streak } days in a row
    }
practice-week =
    This week:
    { $week }
    { practice-week-words }
practice-week-words =
    { $answers ->
        [one] 1 answer
       *[other] { $answers } answers
    }. You have practised { $known ->
        [one] 1 word
       *[other] { $known } words
    }.
practice-start = ▶️ Practise now
practice-track-button = 🧰 Choose job
practice-times-button = ⏰ Reminder
practice-meanings-now = 🌍 Words are explained in { $language }.
practice-meanings-button = 🌍 Language for the words
practice-ask-meanings =
    In which language do you want to see what the words mean?
    Choose the language you know best.
practice-meanings-saved = Saved. Words are explained in { $language }.
practice-ask-track = Which job do you want to practise Swedish for?
practice-track-saved = Saved. Press “Practise now” when you want.
practice-ask-times =
    When do you want a reminder to practise?
    Choose one or two times. Press a time again to remove it.
practice-times-max = You can choose at most two times.
practice-times-done = ✅ Done
practice-nothing-due = You have practised everything for today. Well done! Come back tomorrow.
practice-saved = Saved. Continue when you want under “Practise Swedish”.

practice-head = Word { $number } of { $total }
practice-ask-recognise =
    What does it mean?
    { $sv }
practice-ask-recall =
    How do you say it in Swedish?
    { $meaning }
practice-ask-gap =
    Which word fits?
    { $gap }
practice-ask-type =
    Write in Swedish:
    { $meaning }
practice-ask-listen = Listen and choose the word you hear.
practice-listen = 🔊 Listen
practice-dont-know = 🤷 I don’t know
practice-stop = ⏸ Stop for now
practice-old-button = That question is already done. Here is the one you are on now.
practice-gone = That practice is not there any more.

practice-right = ✅ Right!
practice-wrong = Not quite. Here is the right answer:
practice-explain =
    { $sv } = { $meaning }
    { $example }
practice-hear-word = 🔊 The word
practice-hear-example = 🔊 The sentence
practice-hear-meaning = 🔊 In { $language }
practice-voice-failed = The sound cannot be played right now. Try again later.
practice-next = Next ▶️
practice-grade-again = Again
practice-grade-hard = Hard
practice-grade-good = Good
practice-grade-easy = Easy
practice-graded = Saved. This decides when you see the word again.

practice-done = Well done! { $correct } of { $total } right.
practice-more = ▶️ Practise more

# Sent by the outbox at the times the participant chose.
practice-prompt = 🗣 Do you have two minutes? Practise some Swedish for your job.
practice-prompt-button = ▶️ Practise now

# Staff: the participant's track, from the participant card.
staff-practice-button = 🗣 Job for Swedish practice
staff-practice-ask = Which job should the participant practise Swedish for?
staff-practice-saved = Saved.
# Sent by the outbox: the participant's week of practice.
practice-week-summary =
    🗓 Your week with Swedish:
    { $week }
    { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, { practice-week-words }
