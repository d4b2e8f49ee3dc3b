### Group meetings: the information meeting, its seats, answers, attendance and the mapping talk.
# Present tense and impersonal forms on purpose, as in booking.ftl: the past tense would show gender.

groups-button = 👥 Групові зустрічі
groups-kind-information = Інформаційна зустріч
groups-kind-workshop = Практичне заняття
groups-kind-button = { $kind } · { $minutes } хв

## Staff

groups-list-title = Ваші групові зустрічі:
groups-list-empty = У вас немає групових зустрічей. Натисніть ➕, щоб запланувати.
groups-list-item = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · { $kind } · { $taken }/{ $seats }
groups-new = ➕ Нова групова зустріч
groups-ask-kind = Яка це буде зустріч?
groups-ask-day = Який день?
groups-ask-time = Котра година? ({ DATETIME($day, dateStyle: "full") })
groups-ask-place = Де буде зустріч?
groups-ask-address = Напишіть адресу або кімнату. Або натисніть «Пропустити».
groups-no-address = Пропустити
groups-ask-seats = Скільки є місць?
groups-confirm =
    { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Місце: { $where }
    Кількість місць: { $seats }
groups-confirm-move = Усі, хто сказав «так», дізнаються новий час.
groups-create = ✅ Створити
groups-move-here = ✅ Перенести сюди
groups-created = Групову зустріч створено. Тепер можна запросити людей.
groups-moved = Зустріч перенесено. Усі, хто сказав «так», дізнаються про це.
groups-cancelled = Зустріч скасовано. Усі, хто сказав «так», дізнаються про це.
groups-gone = Цієї зустрічі вже немає.
groups-view =
    { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Місце: { $where }
    Зайняті місця: { $taken } з { $seats }
    Запрошено: { $invited }
    У черзі: { $waiting }
groups-view-coming = Прийдуть: { $coming_names }
groups-invite = ✉️ Запросити
groups-move = 🔁 Перенести
groups-cancel = ❌ Скасувати зустріч
groups-attendance = ✅ Присутність
groups-ask-invite = Кого ви хочете запросити? Натисніть на імена.
groups-invite-nobody = Усіх ваших учасників уже запрошено.
groups-invite-picked = ✉️ Запросити вибраних
groups-invite-all = ✉️ Запросити всіх
groups-pick-none = Виберіть хоча б одну людину.
groups-invited =
    { $count ->
        [one] Запрошено { $count } людину.
        [few] Запрошено { $count } людини.
        [many] Запрошено { $count } людей.
       *[other] Запрошено { $count } людини.
    } Кожен отримує запрошення своєю мовою.
groups-invited-none = Нікого нового не запрошено.
groups-cancel-ask = Скасувати зустріч? Усі, хто сказав «так», отримають повідомлення.
groups-cancel-yes = Так, скасувати
groups-cancel-no = Ні
groups-ask-attendance = Хто прийшов? Усіх позначено. Зніміть позначку з тих, кого не було.
groups-attendance-nobody = Ніхто не сказав «так».
groups-attendance-save = 💾 Зберегти
groups-marked = Збережено. Ті, хто прийшов, можуть вибрати час для оцінки ситуації. Ті, кого не було, отримають добре повідомлення.
groups-card = 👥 Групові зустрічі: присутність { $attended }, пропуски { $missed }
groups-report-attended = Групові зустрічі, присутність
groups-report-missed = Групові зустрічі, пропуски

## Participants

groups-list-item-mine = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · 👥 { $kind }
groups-visit =
    👥 { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Місце: { $where }
groups-visit-waiting = Ви в черзі. Ви отримаєте повідомлення, якщо звільниться місце.
groups-ics-button = 📎 Файл календаря
groups-ics-caption = Натисніть на файл, щоб зберегти зустріч у календарі.
groups-ics-file = групова зустріч lotsen
groups-ics-cancelled-file = скасована групова зустріч lotsen
groups-leave = ❌ Я не можу прийти
groups-leave-ask = Звільнити ваше місце? Тоді його зможе отримати хтось інший.
groups-leave-yes = Так, звільнити місце
groups-leave-no = Ні, я прийду
groups-left = Ваше місце звільнено. Дякуємо, що повідомили.
groups-invitation =
    👥 Вас запрошено на групову зустріч: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Місце: { $where }
    { $left ->
        [one] Залишається { $left } місце.
        [few] Залишається { $left } місця.
        [many] Залишається { $left } місць.
       *[other] Залишається { $left } місця.
    } Ви прийдете?
groups-answer-coming = 👍 Я прийду
groups-answer-cant = ❌ Я не можу
groups-answer-wait = ⏳ Так, поставте мене в чергу
groups-answer-no-thanks = Ні, дякую
groups-answer-seated = ✅ У вас є місце. До зустрічі! Натисніть на файл, щоб зберегти зустріч у календарі.
groups-answer-full = Усі місця зайняті. Хочете стати в чергу? Ви отримаєте повідомлення, якщо звільниться місце.
groups-answer-waiting = ⏳ Ви в черзі. Ви отримаєте повідомлення, якщо звільниться місце.
groups-answer-declined = Добре. Дякуємо, що повідомили.
groups-reminder =
    ⏰ Нагадування: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Місце: { $where }
groups-notice-moved =
    🔁 Групова зустріч має новий час: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Місце: { $where }
    Натисніть на файл, щоб змінити її в календарі.
groups-notice-cancelled =
    ❌ Групову зустріч скасовано: { $kind }, { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
    Натисніть на файл, щоб прибрати її з календаря.
groups-notice-moved-up =
    🎉 Звільнилося місце. Тепер у вас є місце: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Місце: { $where }
groups-thanks = Дякуємо, що прийшли! Наступний крок — ваша власна розмова з наставником: оцінка ситуації. Виберіть зручний час.
groups-book-mapping = 📅 Вибрати час
groups-missed = Нам вас бракувало на зустрічі ({ $kind }, { DATETIME($at, dateStyle: "full") }). Нічого страшного. Наставник повідомить про наступний раз.
groups-missed-next = Нам вас бракувало на зустрічі ({ $kind }, { DATETIME($at, dateStyle: "full") }). Нічого страшного. Наступний раз: { DATETIME($next, dateStyle: "full", timeStyle: "short") }. Хочете прийти?
