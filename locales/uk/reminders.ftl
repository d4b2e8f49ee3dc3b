### Reminders and messages from staff to their participants.

reminders-menu-button = 📣 Надіслати нагадування
reminders-card-button = ✉️ Надіслати повідомлення

reminders-ask-audience = Хто має отримати повідомлення?
reminders-no-participants = У вас ще немає учасників. Ви можете переглянути надіслані нагадування.
reminders-audience-one = 👤 Один учасник
reminders-audience-several = 👥 Кілька учасників
reminders-audience-all = 📣 Усі мої учасники
reminders-sent-button = 📋 Надіслані нагадування

reminders-ask-one = Хто має отримати повідомлення?
reminders-ask-several = Натисніть на імена. Натисніть ще раз, щоб прибрати ім’я.
reminders-picked-done = Готово (вибрано: { $picked })
reminders-pick-none = Виберіть хоча б одного учасника.

reminders-ask-content = Що ви хочете надіслати?
reminders-write = ✏️ Написати своє повідомлення
reminders-ask-text =
    Напишіть своє повідомлення.
    Його буде надіслано саме так, як ви напишете.
    { core-max-chars }

reminders-ask-when = Коли надіслати повідомлення?
reminders-when-now = ⚡ Зараз
reminders-when-tomorrow = 🌅 Завтра о 08:00
reminders-when-monday = 📅 У понеділок о 08:00
reminders-when-pick = 🗓 Вибрати день і час
reminders-ask-day = Виберіть день.
reminders-ask-hour = О котрій { DATETIME($day, dateStyle: "full") }?

reminders-preview =
    Так виглядає повідомлення:

    { $text }

reminders-preview-own-language = Кожен читає його своєю мовою.
reminders-preview-to = Учасників: { $count }. { $names }
reminders-preview-now = Надіслати: зараз
reminders-preview-at = Надіслати: { DATETIME($at, dateStyle: "full", timeStyle: "short") }
reminders-send = ✅ Надіслати
reminders-nobody = Ніхто з них не може отримати повідомлення. Нічого не надіслано.
reminders-names-more = { $names } та ще { $more }
reminders-done-now = ✅ Готово. Повідомлення надсилається зараз.
reminders-done-later = ✅ Готово. Повідомлення буде надіслано у вибраний час.

reminders-sent-title =
    { $count ->
        [0] За { reminders-days } ви не надсилали нагадувань.
       *[other] Ваші нагадування за { reminders-days }. Найновіші спочатку:
    }
reminders-days =
    { $days ->
        [one] останній { $days } день
        [few] останні { $days } дні
       *[many] останні { $days } днів
    }
reminders-sent-item = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · { $what } · 👥 { $count }
reminders-report =
    📣 { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    { $text }

    Учасників: { $count }.
    ✅ Надіслано: { $sent }
    ⏳ Чекає: { $waiting }
    ⚠️ Не дійшло: { $unreached }
reminders-report-unreached = Не дійшло до: { $names }
reminders-gone = Цього нагадування вже немає.
reminders-cancel-button = 🚫 Зупинити нагадування
reminders-cancel-ask = Зупинити нагадування? Ті, хто ще не отримав його, вже не отримають.
reminders-cancel-yes = Так, зупинити
reminders-cancel-no = Ні, залишити
reminders-cancelled = ✅ Нагадування зупинено.
reminders-cancel-too-late = Його вже надіслано. Немає чого зупиняти.
reminders-report-cancelled = 🚫 Зупинено: { $cancelled }

# Short names of the templates, on the staff member’s buttons.
reminders-template-button-meeting-tomorrow = 📅 Зустріч завтра
reminders-template-button-bring-id = 🪪 Взяти документ
reminders-template-button-self-assessment = 📝 Час для самооцінки
reminders-template-button-placement-monday = 🏢 Практика з понеділка
reminders-template-button-call-me = 📞 Зателефонуйте мені

# The templates as the participant reads them, in their own language.
reminders-template-meeting-tomorrow = 📅 Не забудьте про вашу зустріч завтра.
reminders-template-bring-id = 🪪 Візьміть із собою документ, що посвідчує особу, наприклад ID-картку або паспорт.
reminders-template-self-assessment = 📝 Настав час для вашої самооцінки. Відкрийте меню й натисніть 📝 Самооцінка.
reminders-template-placement-monday = 🏢 Ваша практика починається в понеділок.
reminders-template-call-me = 📞 Зателефонуйте мені, коли зможете.
reminders-signed =
    { $text }
    – { $name }, ваш наставник
reminders-signed-unnamed =
    { $text }
    – Ваш наставник
