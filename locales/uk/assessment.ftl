### Self-assessment: questions about how it goes, one a screen, and the results.
# Present tense, plural "ви" and impersonal forms on purpose: the past tense would show the participant’s gender.

# "нове/нові/нових" stands for new questionnaires (опитування, neuter).
menu-assessment =
    { $open ->
        [0] 📝 Самооцінка
        [one] 📝 Самооцінка ({ $open } нове)
        [few] 📝 Самооцінка ({ $open } нові)
        [many] 📝 Самооцінка ({ $open } нових)
       *[other] 📝 Самооцінка ({ $open } нових)
    }

# Answer scales. An instrument’s file says which scale it uses.
scale-agree-1 = Зовсім не так
scale-agree-2 = Трохи так
scale-agree-3 = Частково так
scale-agree-4 = Здебільшого так
scale-agree-5 = Повністю так
scale-often-0 = Ніколи
scale-often-1 = Рідко
scale-often-2 = Іноді
scale-often-3 = Досить часто
scale-often-4 = Майже завжди
scale-often-5 = Весь час

assessment-home = Тут ви відповідаєте на питання про те, як у вас справи. Ваш наставник бачить ваші відповіді.
assessment-open-button = ▶️ { $title } ({ $done }/{ $total })
assessment-self-button = 📝 { $title }
assessment-results-button = 📊 Мої результати
assessment-results-title = Який результат ви хочете побачити?
assessment-results-item = { $title } · { DATETIME($at, dateStyle: "medium") }

# "близько" takes the genitive: 1 хвилини, 21 хвилини, but 2, 5, 64 хвилин.
assessment-intro =
    { $title }
    { $count ->
        [one] { $count } питання
        [few] { $count } питання
        [many] { $count } питань
       *[other] { $count } питань
    }. Це займе близько { $minutes ->
        [one] { $minutes } хвилини
        [few] { $minutes } хвилин
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилин
    }.
    Тут немає правильних чи неправильних відповідей.
    Ваш наставник бачить ваші відповіді.
assessment-intro-recall =
    Подумайте про останні { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }.
assessment-intro-themes =
    Питання поділено на { $themes ->
        [one] { $themes } частину
        [few] { $themes } частини
        [many] { $themes } частин
       *[other] { $themes } частини
    }. Після кожної частини можна зробити перерву.
assessment-intro-optional = Ви самі вирішуєте, чи відповідати.
assessment-begin = Почати
assessment-decline = Ні, дякую
assessment-later = ⏸ Продовжити пізніше
assessment-skip = Пропустити ⏭

assessment-item-head = { $theme } · питання { $number } з { $total }
assessment-item-answered = Ваша відповідь: { $answer }
# "з" takes the genitive: з 1 частини, з 21 частини, but з 2, 5, 7 частин.
assessment-theme-done =
    ✅ Готово: { $theme }. Ви пройшли { $done } з { $total ->
        [one] { $total } частини
        [few] { $total } частин
        [many] { $total } частин
       *[other] { $total } частин
    }.
assessment-next-theme = Наступна частина: { $upcoming }

assessment-result-title = Дякуємо! { $title } — ось ваші результати:
assessment-result-line = { $number }. { $theme }: { $band } ({ $score } з { $max })
assessment-result-few = { $number }. { $theme }: замало відповідей
assessment-result-total = Загалом: { $band } ({ $score } з { $max })
assessment-band-low = зараз складно
assessment-band-mid = справи йдуть непогано
assessment-band-high = справи йдуть добре
assessment-chart-caption = { $title }: ваші відповіді з часом. Що довша смужка, то краще.
assessment-chart-shown =
    Усього { $count ->
        [one] { $count } раз
        [few] { $count } рази
        [many] { $count } разів
       *[other] { $count } разу
    }. Тут видно перший, попередній і останній.
assessment-talk = 💬 Я хочу поговорити про це з наставником
assessment-talk-sent = Ваш наставник дізнається, що ви хочете поговорити.

assessment-saved = Ваші відповіді збережено. Продовжити можна будь-коли в розділі Самооцінка.
assessment-declined = Гаразд. Ви можете відповісти пізніше, якщо захочете.
assessment-old-question = На це питання ви вже відповіли. Ось питання, на якому ви зараз.
assessment-gone = Цих питань більше немає.
assessment-already-done = Ви вже відповіли на ці питання. Дякуємо!

# Sent by the scheduler.
assessment-invite =
    📝 Час відповісти на кілька питань про те, як у вас справи: { $title }. Це займе близько { $minutes ->
        [one] { $minutes } хвилини
        [few] { $minutes } хвилин
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилин
    }.
assessment-minutes =
    Це займе близько { $minutes ->
        [one] { $minutes } хвилини
        [few] { $minutes } хвилин
       *[many] { $minutes } хвилин
    }.
assessment-invite-baseline =
    📝 Вітаємо! Почніть, будь ласка, з кількох питань про те, як у вас справи: { $title }. Це займе близько { $minutes ->
        [one] { $minutes } хвилини
        [few] { $minutes } хвилин
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилин
    }.
assessment-invite-exit =
    📝 Програма скоро закінчується. Будь ласка, дайте відповідь на кілька останніх питань: { $title }. Це займе близько { $minutes ->
        [one] { $minutes } хвилини
        [few] { $minutes } хвилин
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилин
    }.
assessment-reminder = Нагадування: у вас є питання без відповіді: { $title }.
assessment-invite-start = Почати зараз

# Staff: the participant’s self-assessments, from the participant card.
staff-assessment-button = 📊 Самооцінка
staff-assessment-title = Самооцінка: { $name }
staff-assessment-none = Відповідей ще немає.
staff-assessment-latest = { $title } · { DATETIME($at, dateStyle: "medium") }
staff-assessment-previous = Минулого разу: { $score } з { $max }
staff-assessment-open = Очікує відповідей: { $title } ({ $done }/{ $total })
staff-assessment-rhythm =
    { $weeks ->
        [0] Короткі питання: вимкнено
        [1] Короткі питання: щотижня
        [one] Короткі питання: кожні { $weeks } тиждень
        [few] Короткі питання: кожні { $weeks } тижні
        [many] Короткі питання: кожні { $weeks } тижнів
       *[other] Короткі питання: кожні { $weeks } тижнів
    }
staff-assessment-chart = 📈 Показати діаграму
staff-assessment-chart-caption = { $name }: { $title }, зміни з часом.
staff-assessment-no-chart = Поки що немає відповідей, які можна показати.
staff-assessment-request = 📝 Надіслати питання зараз
staff-assessment-ask-which = Які питання надіслати учаснику?
staff-assessment-form-full = { $title }: усі питання
staff-assessment-form-short = { $title }: коротка версія
staff-assessment-requested = Питання надіслано.
staff-assessment-rhythm-button = 🔁 Як часто
staff-assessment-ask-rhythm = Як часто учасник має отримувати короткі питання?
staff-assessment-every =
    { $weeks ->
        [2] Раз на два тижні
        [1] Щотижня
        [4] Раз на чотири тижні
        [one] Раз на { $weeks } тиждень
        [few] Раз на { $weeks } тижні
        [many] Раз на { $weeks } тижнів
       *[other] Раз на { $weeks } тижнів
    }
staff-assessment-every-off = Без автоматичних питань
staff-assessment-rhythm-saved = Збережено.
