### Shared texts: errors, unexpected input, buttons and commands.

# The language's own name, shown on the language buttons.
language-name = Українська

core-error = Щось пішло не так. Спробуйте ще раз трохи пізніше.
core-unexpected-input = Я цього не розумію. Натисніть кнопку.
core-unexpected-input-type = Я не можу це прочитати. Напишіть літерами або натисніть кнопку.
core-old-button = Ця кнопка застаріла. Ось меню.
core-throttled = Ви надсилаєте багато повідомлень. Зачекайте трохи.
core-not-allowed = Тут цього зробити не можна.
core-cancelled = Добре. Ви знову в меню.
core-unknown-command = Я не знаю такої команди. Напишіть /help, щоб отримати допомогу.
# "не більше" takes the genitive: 1 символу, 21 символу, but 2, 5, 64 символів.
core-text-too-long = Текст задовгий. Напишіть не більше { $max ->
        [one] { $max } символу
        [few] { $max } символів
        [many] { $max } символів
       *[other] { $max } символів
    }.
# A limit on a text's length, as its own sentence.
core-max-chars =
    { $max ->
        [one] Не більше { $max } символу.
        [few] Не більше { $max } символів.
       *[many] Не більше { $max } символів.
    }

core-button-back = ◀️ Назад
core-button-menu = 🏠 Меню
core-button-cancel = Скасувати

# Bot commands in Telegram's menu. Short: at most a few words.
command-menu = Показати меню
command-help = Отримати допомогу
command-language = Змінити мову
command-privacy = Про ваші дані
command-cancel = Скасувати й повернутися в меню
command-settings = Налаштування

help-participant =
    Як користуватися Lotsen:
    Натискайте кнопки під повідомленнями.
    /menu показує меню.
    /cancel повертає вас у меню.
    /settings показує ваші налаштування.
    /language змінює мову.
    /privacy показує, що ми зберігаємо про вас.
    Є питання? Поговоріть зі своїм наставником.
help-staff =
    Lotsen для персоналу:
    /menu показує меню для персоналу.
    Запросити учасників можна в /menu, далі 🗂 Більше.
    /cancel повертає вас у меню.
    /settings показує ваші налаштування.
    /language змінює мову.
    /privacy показує, що зберігається.
core-stale-button = Ця кнопка тут не працює. Натисніть одну з кнопок нижче.
core-no-access = У вас більше немає доступу до Lotsen. Зверніться до адміністратора, якщо вважаєте, що це помилка.
core-page = Сторінка { $page } з { $pages }
core-page-previous = ◀️ Назад
core-page-next = Далі ▶️
# A staff member who has given no name yet (never called a participant).
core-staff-unnamed = Наставник № { $number }
# The month before and after, on the calendar's arrows.
core-calendar-previous = ◀️ { $month }
core-calendar-next = { $month } ▶️
