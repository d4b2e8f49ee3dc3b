### The end of the programme, the facts the report counts, and the question six months after.

programme-facts-button = 📊 Дані для звіту
programme-end-button = 🏁 Завершити програму
programme-facts =
    Дані для звіту: { $name }
    Стать: { $gender }
    Рік народження: { $birth_year }
    Статус на початку: { $entry_status }
    Освіта: { $education }
programme-facts-sensitive =
    Інвалідність: { $disability }
    Громадянин країни поза ЄС: { $third_country }
programme-facts-job-started = Початок роботи: { DATETIME($job_started, dateStyle: "long") }
programme-facts-running = Програма триває.
programme-facts-ended = Завершено { DATETIME($at, dateStyle: "long") }: { $exit_status }
programme-facts-follow-up = Через шість місяців: { $follow_up }
programme-not-recorded = –
programme-saved = Збережено.
programme-fact-gender = Стать
programme-fact-job-started = Початок роботи
programme-fact-birth-year = Рік народження
programme-fact-entry-status = Статус на початку
programme-fact-education = Освіта
programme-fact-disability = Інвалідність
programme-fact-third-country = Громадянство
programme-ask-gender = Яка стать учасника?
programme-ask-birth-year = У якому році народився учасник? Напишіть рік, наприклад 2004.
programme-ask-entry-status = Що робив учасник, коли почалася програма?
programme-ask-education = Яка найвища освіта учасника?
programme-ask-disability = Чи має учасник інвалідність?
programme-ask-third-country = Чи є учасник громадянином країни поза ЄС?
programme-birth-year-bad = Напишіть рік чотирма цифрами, наприклад 2004.
programme-gender-woman = Жінка
programme-gender-man = Чоловік
programme-gender-non-binary = Небінарна особа
programme-gender-not-stated = Не бажає відповідати
programme-entry-status-unemployed = Безробітний
programme-entry-status-long-term-unemployed = Безробітний понад рік
programme-entry-status-inactive = Не працює і не шукає роботу
programme-entry-status-employed = Має роботу
programme-education-isced-0-2 = Базова школа або менше
programme-education-isced-3-4 = Старша школа
programme-education-isced-5-8 = Коледж або університет
programme-disability-yes = Так
programme-disability-no = Ні
programme-disability-not-stated = Не бажає відповідати
programme-third-country-yes = Так
programme-third-country-no = Ні
programme-third-country-not-stated = Не бажає відповідати
programme-end-ask = Як { $name } рухатиметься далі, коли програма завершиться?
programme-end-confirm =
    Завершити програму для { $name }?
    Статус на кінець: { $status }
    Бот припиняє опитування і вправи. { $name } отримає останню анкету. Через шість місяців бот запитає, як справи.
programme-end-yes = 🏁 Так, завершити
programme-end-already = Програму для { $name } завершено { DATETIME($at, dateStyle: "long") }.
programme-ended-saved = Програму завершено. Останню анкету надіслано.
programme-end-again = Програму вже було завершено. Нічого не змінилося.
programme-ended-notice =
    Вашу програму завершено. Дякуємо за час, проведений разом!
    Успіхів вам у тому, що попереду.
programme-follow-up-ask =
    Вітаємо! Минуло шість місяців відтоді, як ваша програма завершилася.
    Чим ви зараз займаєтеся?
programme-follow-up-again = Нам хотілося б знати, як у вас справи. Чим ви зараз займаєтеся?
programme-follow-up-button-working = 💼 Я працюю
programme-follow-up-button-studying = 📚 Я навчаюся
programme-follow-up-button-looking = 🔎 Я шукаю роботу
programme-follow-up-button-other = Щось інше
programme-follow-up-thanks = Дякуємо за відповідь! Успіхів вам.
programme-follow-up-done = Ви вже відповіли. Дякуємо!
programme-follow-up-working = Працює
programme-follow-up-studying = Навчається
programme-follow-up-looking = Шукає роботу
programme-follow-up-other = Щось інше
programme-follow-up-none = Немає відповіді
programme-ask-job-start = Якого дня { $name } почав(ла) працювати? Виберіть день.
programme-job-start-unknown = Не знаю
programme-job-month-ask = Дякуємо! У якому місяці ви почали працювати?
programme-job-month-unknown = Не пам’ятаю
