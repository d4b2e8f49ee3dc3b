### Vocational Swedish practice: short sessions between shifts.

menu-practice = 🗣 Практика шведської

practice-home = Ви практикуєте шведську для професії: { $track }
practice-home-no-track = Практикуйте шведську для своєї роботи, по кілька хвилин.
# "one" also covers 21, 31…, so the number is always shown.
practice-streak =
    { $streak ->
        [one] 🔥 { $streak } день поспіль
        [few] 🔥 { $streak } дні поспіль
        [many] 🔥 { $streak } днів поспіль
       *[other] 🔥 { $streak } дня поспіль
    }
practice-week =
    Цього тижня:
    { $week }
    { $answers ->
        [one] { $answers } відповідь
        [few] { $answers } відповіді
        [many] { $answers } відповідей
       *[other] { $answers } відповіді
    }. Ви практикували { $known ->
        [one] { $known } слово
        [few] { $known } слова
        [many] { $known } слів
       *[other] { $known } слова
    }.
practice-week-words =
    { $answers ->
        [one] { $answers } відповідь
        [few] { $answers } відповіді
        [many] { $answers } відповідей
       *[other] { $answers } відповіді
    }. Ви практикували { $known ->
        [one] { $known } слово
        [few] { $known } слова
        [many] { $known } слів
       *[other] { $known } слова
    }.
practice-start = ▶️ Практикуватися зараз
practice-track-button = 🧰 Вибрати професію
practice-times-button = ⏰ Нагадування
practice-meanings-now = 🌍 Мова пояснень до слів: { $language }.
practice-meanings-button = 🌍 Мова для слів
practice-ask-meanings =
    Якою мовою показувати, що означають слова?
    Виберіть мову, яку ви знаєте найкраще.
practice-meanings-saved = Збережено. Тепер слова пояснюємо мовою: { $language }.
practice-ask-track = Для якої професії ви хочете практикувати шведську?
practice-track-saved = Збережено. Натисніть «Практикуватися зараз», коли захочете.
practice-ask-times =
    Коли вам нагадувати про практику?
    Виберіть один або два варіанти часу. Натисніть ще раз, щоб прибрати.
practice-times-max = Можна вибрати не більше двох варіантів часу.
practice-times-done = ✅ Готово
practice-nothing-due = На сьогодні ви вже все повторили. Чудова робота! Повертайтеся завтра.
practice-saved = Збережено. Продовжити можна будь-коли в розділі «Практика шведської».

practice-head = Слово { $number } з { $total }
practice-ask-recognise =
    Що це означає?
    { $sv }
practice-ask-recall =
    Як це сказати шведською?
    { $meaning }
practice-ask-gap =
    Яке слово підходить?
    { $gap }
practice-ask-type =
    Напишіть шведською:
    { $meaning }
practice-ask-listen = Послухайте й виберіть слово, яке чуєте.
practice-listen = 🔊 Слухати
practice-dont-know = 🤷 Я не знаю
practice-stop = ⏸ Поки що зупинитися
practice-old-button = На це питання вже є відповідь. Ось питання, на якому ви зараз.
practice-gone = Цієї вправи більше немає.

practice-right = ✅ Правильно!
practice-wrong = Не зовсім. Ось правильна відповідь:
practice-explain =
    { $sv } = { $meaning }
    { $example }
practice-hear-word = 🔊 Слово
practice-hear-example = 🔊 Речення
practice-hear-meaning = 🔊 { $language }
practice-voice-failed = Зараз звук не вдається відтворити. Спробуйте пізніше.
practice-next = Далі ▶️
practice-grade-again = Ще раз
practice-grade-hard = Важко
practice-grade-good = Добре
practice-grade-easy = Легко
practice-graded = Збережено. Від цього залежить, коли ви знову побачите це слово.

practice-done = Чудова робота! Правильно: { $correct } з { $total }.
practice-more = ▶️ Практикуватися ще

# Sent by the outbox at the times the participant chose.
practice-prompt = 🗣 Маєте дві хвилини? Попрактикуйте трохи шведську для роботи.
practice-prompt-button = ▶️ Практикуватися зараз

# Staff: the participant's track, from the participant card.
staff-practice-button = 🗣 Професія для практики шведської
staff-practice-ask = Для якої професії учасник практикуватиме шведську?
staff-practice-saved = Збережено.
# Sent by the outbox: the participant's week of practice.
practice-week-summary =
    🗓 Ваш тиждень зі шведською:
    { $week }
    { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }, { $answers ->
        [one] { $answers } відповідь
        [few] { $answers } відповіді
        [many] { $answers } відповідей
       *[other] { $answers } відповіді
    }. Ви практикували { $known ->
        [one] { $known } слово
        [few] { $known } слова
        [many] { $known } слів
       *[other] { $known } слова
    }.
