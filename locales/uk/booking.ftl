### Booking meetings with the lots, and the staff’s agenda and hours.
# Present tense and impersonal forms on purpose: the past tense would show the participant’s gender.
# Names stay in the nominative, so they follow a colon or “З ким:”, never a preposition.
# Dates from DATETIME start with the weekday in the nominative (“середа, …”), so no preposition goes before them either.

menu-booking = 📅 Зустрічі
menu-staff-booking = 📅 Зустрічі та графік

booking-kind-mapping = Оцінка ситуації
booking-kind-follow-up = Обговорення прогресу
booking-kind-guidance = Профорієнтація
booking-place-in-person = Особисто
booking-place-phone = Телефон
booking-place-video = Відео

booking-list-title = Ваші зустрічі:
booking-list-empty = У вас немає заброньованих зустрічей.
booking-list-item = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · { $kind }
booking-new = ➕ Забронювати зустріч

booking-ask-staff = З ким ви хочете зустрітися?
booking-ask-kind = Яка це буде зустріч?
booking-kind-button = { $kind } · { $minutes } хв · { $place }
booking-ask-day = Виберіть день. Тут є лише дні, коли є вільний час.
booking-no-days = Найближчими тижнями вільного часу немає. Поговоріть зі своїм наставником.
booking-ask-time = Вільний час ({ DATETIME($day, dateStyle: "full") }):
booking-day-full = На цей день вільного часу вже немає. Виберіть інший день.
booking-taken = Цей час щойно зайняли. Ось найближчий вільний час:
booking-confirm =
    { $kind }, { $minutes } хв
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    З ким: { $staff }
    Місце: { $where }
booking-confirm-button = ✅ Забронювати
booking-move-button = ✅ Перенести сюди
booking-confirmed =
    ✅ Заброньовано!
    { $kind }, { $minutes } хв
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    З ким: { $staff }
    Місце: { $where }
    Натисніть на файл, щоб зберегти зустріч у своєму календарі.
booking-confirmed-moved =
    ✅ Перенесено!
    { $kind }, { $minutes } хв
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    З ким: { $staff }
    Місце: { $where }
    Натисніть на файл, щоб зберегти зустріч у своєму календарі.
booking-ics-summary = { $kind }: { $name }
booking-done = Зустріч заброньовано.
booking-moved = Зустріч перенесено.
# Worded without a number agreement: “максимум … : 3”.
booking-too-many = У вас уже максимум заброньованих зустрічей: { $max }. Спочатку скасуйте одну з них.
# “год.” (hours) needs no plural forms.
booking-locked =
    До зустрічі менше ніж { $hours ->
        [one] { $hours } година
        [few] { $hours } години
       *[many] { $hours } годин
    }. Якщо хочете щось змінити, поговоріть зі своїм наставником.
booking-gone = Цієї зустрічі більше немає.

booking-view =
    { $kind }, { $minutes } хв
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    З ким: { $staff }
    Місце: { $where }
booking-move = 🔁 Перенести
booking-cancel-button = ❌ Скасувати зустріч
booking-ics-button = 📎 Файл для календаря
# In the calendar file: a link back to the chat.
booking-ics-description = Змінити або запитати можна в Lotsen: { $link }
# File names: letters and hyphens; ".ics" is added.
booking-ics-file = зустріч-lotsen
booking-ics-cancelled-file = скасована-зустріч-lotsen
booking-ics-cancelled-caption = 📎 Відкрийте файл. Зустріч зникне з вашого календаря.
booking-cancel-ask = Ви хочете скасувати зустріч?
booking-cancel-yes = Так, скасувати
booking-cancel-no = Ні
booking-cancelled = Зустріч скасовано.

# Sent by the outbox.
booking-notice-booked = 📅 { $name }: нова зустріч. { $kind }, { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
booking-notice-booked-for-you = 📅 У вас нова зустріч з наставником: { $kind }, { DATETIME($at, dateStyle: "full", timeStyle: "short") }. Місце: { $where }.
booking-notice-moved = 🔁 { $name }: зустріч перенесено. Новий час: { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
booking-notice-moved-for-you = 🔁 Вашу зустріч з наставником перенесено. Новий час: { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
booking-notice-cancelled = ❌ { $name }: зустріч скасовано. Час зустрічі: { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
booking-notice-cancelled-for-you = ❌ Вашу зустріч скасовано. Час зустрічі: { DATETIME($at, dateStyle: "full", timeStyle: "short") }. Ви можете забронювати новий час у розділі 📅 Зустрічі.
booking-notice-cant-come =
    { $response ->
        [move] ⚠️ { $name } просить перенести зустріч: { DATETIME($at, dateStyle: "full", timeStyle: "short") }. Зв’яжіться з учасником.
       *[other] ⚠️ { $name } не може прийти на зустріч: { DATETIME($at, dateStyle: "full", timeStyle: "short") }. Зв’яжіться з учасником.
    }
booking-reminder =
    ⏰ Нагадування: { $kind }
    З ким: { $name }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Місце: { $where }
booking-answer-coming = 👍 Я прийду
booking-answer-move = 🔁 Мені треба перенести зустріч
booking-answer-cant = ❌ Я не можу прийти
booking-answer-thanks = Дякуємо! До зустрічі.
booking-answer-told = Ваш наставник отримає це повідомлення і зв’яжеться з вами.
booking-answer-cancelled = Зустріч скасовано. Ви можете забронювати новий час у розділі 📅 Зустрічі.
booking-no-show = Нам вас не вистачало на зустрічі: { DATETIME($at, dateStyle: "full", timeStyle: "short") }. Нічого страшного. Хочете забронювати новий час?
booking-book-again = 📅 Забронювати новий час

# Staff: agenda, hours, days off, kinds.
staff-book-button = 📅 Забронювати зустріч
staff-agenda-today = Сьогодні:
staff-agenda-week = Найближчі сім днів:
staff-agenda-empty = Зустрічей немає.
staff-agenda-item =
    { DATETIME($at, dateStyle: "short", timeStyle: "short") } · { $name } · { $kind }{ $status ->
        [attended] {" "}✅
        [no-show] {" "}❌
       *[other] { $response ->
            [coming] {" "}👍
            [cant] {" "}⚠️
            [move] {" "}⚠️
           *[other] {""}
        }
    }
staff-agenda-show-week = 📆 Показати тиждень
staff-agenda-show-today = 📆 Показати сьогодні
# “Зустріч відбулася” and “Неявка” instead of “прийшов/прийшла”, which would show the participant’s gender.
staff-meeting-view =
    { $name }
    { $kind }, { $minutes } хв
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Місце: { $where }
    { $status ->
        [attended] Зустріч відбулася
        [no-show] Неявка
        [cancelled] Скасовано
       *[other] { $response ->
            [coming] Відповідь: прийде
            [cant] Відповідь: не може прийти
            [move] Відповідь: треба перенести
           *[other] Відповіді ще немає
        }
    }
staff-meeting-attended = ✅ Зустріч відбулася
staff-meeting-no-show = ❌ Неявка
staff-meeting-marked = Збережено.
staff-hours-button = 🕘 Мій графік
staff-hours-title = Це час, який учасники можуть забронювати. Натисніть на час, щоб видалити його.
staff-hours-none = Часу ще не додано.
staff-hours-item = ✖ { $day } { $start }–{ $end }
staff-hours-add = ➕ Додати час
staff-hours-ask-day = Який день тижня?
staff-hours-ask-start = З котрої години?
staff-hours-ask-end = До котрої години?
staff-hours-saved = Збережено.
staff-days-off-button = 🏖 Вихідні дні
staff-days-off-title = Натисніть на день, щоб закрити або відкрити його. 🏖 — це вихідний день. Святкові дні завжди закриті.
staff-day-off-closed = Цей день закрито для бронювання.
staff-day-off-opened = Цей день знову відкрито для бронювання.
staff-kinds-button = 🧾 Типи зустрічей
staff-kinds-title = Типи зустрічей. Натисніть на тип, щоб змінити його.
staff-kind-view =
    { $kind }
    { $minutes } хв
    Місце: { $where }
staff-kind-length = ⏱ Тривалість
staff-kind-place = 📍 Місце
staff-kind-address = ✏️ Адреса
staff-kind-ask-length = Скільки триває зустріч?
staff-kind-ask-place = Де буде зустріч?
staff-kind-ask-address = Напишіть адресу звичайним повідомленням.
