### The programme report: an Excel file with the participants and a summary.

report-menu-button = 📊 Звіт
report-home-staff = Звіт охоплює ваших учасників. Ви отримаєте його як файл Excel.
report-home-admin = Яких учасників має охопити звіт? Оберіть за тим, коли вони почали.
report-make = Створити звіт
report-cohort-all = Усі учасники
report-cohort-year = Почали у { $year }
report-cohort-half =
    Почали у { $year }, { $half ->
        [1] січень–червень
       *[other] липень–грудень
    }
report-scope-own = Мої учасники
report-progress = Створюю звіт …
report-done =
    Готово! У звіті { $count ->
        [one] { $count } учасник
        [few] { $count } учасники
        [many] { $count } учасників
       *[other] { $count } учасників
    }.
report-caption = Звіт від Lotsen. Файл містить дані про людей: зберігайте його надійно.
report-sheet-participants = Учасники
report-sheet-summary = Підсумок
report-column-id = ID
report-column-start = Початок
report-column-end = Кінець
report-column-gender = Стать
report-column-age-band = Вік
report-column-entry-status = Статус на початку
report-column-education = Освіта
report-column-track = Напрям
report-column-ladder = Етап практики
report-column-exit-status = Статус на кінець
report-column-follow-up = Через шість місяців
report-column-disability = Інвалідність
report-column-third-country = Громадянин поза ЄС
report-age-under-18 = До 18
report-age-18-29 = 18–29
report-age-30-54 = 30–54
report-age-55-plus = 55 і старше
report-not-recorded = Не заповнено
report-summary-what = Що
report-summary-value = Кількість або частка
report-summary-of = Із
report-summary-note = Пояснення
report-summary-scope = Вибірка
report-summary-participants = Учасники
report-summary-gender = Стать
report-summary-age = Вік на початку
report-summary-entry-status = Статус на початку
report-summary-education = Освіта
report-summary-track = Напрям
report-summary-ladder = Етап практики
report-summary-disability = Інвалідність
report-summary-third-country = Громадянин поза ЄС
report-summary-ended = Завершили
report-summary-follow-up = Опитані через шість місяців
report-summary-targets = Цілі (частка тих, хто досяг цілі)
report-target-work-after-six-months = Робота на кінець і робота через шість місяців
report-target-ready-for-job = Готовий і впевнений узятися за роботу
report-target-physical-health = Добре фізичне здоров’я
report-target-mental-health = Добре психічне здоров’я
report-target-adapted-support = Підтримка, пристосована до потреб
report-target-improved-chances = Кращі шанси на роботу або навчання
report-note-work = Із тих, кого опитали через шість місяців. Хто не відповів, вважається таким, що не досяг цілі.
report-note-exit = Із тих, хто відповів на це питання в анкеті «{ avslut-title }». Відповідь { $cut } або вище означає досягнення цілі.
report-note-shares = Частки рахуються лише за учасниками цього звіту. Вік — це вік у році, коли учасник почав.
report-sheet-overview = Огляд
report-title = Звіт програми
report-title-municipality = Муніципалітет
report-title-programme = Програма
report-title-period = Вибірка
report-title-made-at = Створено
report-title-made-by = Хто створив
report-made-by-operator = Командний рядок сервера
report-target-column-name = Ціль
report-target-column-level = Рівень
report-target-column-counted = Зараховано
report-target-column-of = З
report-target-column-share = Частка
report-target-column-met = Досягнуто?
report-target-met = Досягнуто
report-target-not-met = Не досягнуто
report-note-targets = Цілі рахуються за учасниками цього звіту в день його створення. Число (наприклад, 40) досягнуто, коли стільки зараховано; частку — коли її досягнуто.
report-column-job-started = Початок роботи
report-column-meetings-booked = Заброньовані зустрічі
report-column-meetings-attended = Зустрічі, на які прийшов
report-column-meetings-missed = Пропущені зустрічі
report-summary-meetings = Зустрічі
