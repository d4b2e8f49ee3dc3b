### The participant’s rights: see and take their data, stop all messages, be deleted.
# Present tense and impersonal forms on purpose: the past tense would show the participant’s gender.
# The counts follow “Ось що … збережено:”, so the nouns stay in the nominative.

rights-summary =
    Ось що зараз збережено про вас: { $checkins ->
        [one] { $checkins } опитування
        [few] { $checkins } опитування
        [many] { $checkins } опитувань
       *[other] { $checkins } опитування
    }, { $assessments ->
        [one] { $assessments } самооцінка
        [few] { $assessments } самооцінки
        [many] { $assessments } самооцінок
       *[other] { $assessments } самооцінки
    }, { $meetings ->
        [one] { $meetings } зустріч
        [few] { $meetings } зустрічі
        [many] { $meetings } зустрічей
       *[other] { $meetings } зустрічі
    }, { $practice ->
        [one] { $practice } відповідь у практиці шведської
        [few] { $practice } відповіді у практиці шведської
        [many] { $practice } відповідей у практиці шведської
       *[other] { $practice } відповіді у практиці шведської
    } і { $messages ->
        [one] { $messages } повідомлення
        [few] { $messages } повідомлення
        [many] { $messages } повідомлень
       *[other] { $messages } повідомлення
    }.
rights-summary-more =
    Також збережено:
    📋 Кроки у вашому плані: { $steps }
    🔔 Сигнали вашому наставнику: { $alerts }
    📊 Дані для звіту комуни: { $facts }
    💬 Повідомлення з наставником: { $line }
rights-export-button = 📦 Надіслати мої дані
rights-export-caption = Ось усе, що ми зберігаємо про вас, в одному файлі.
# The file's name: letters and hyphens; ".json" is added.
rights-export-file = lotsen-мої-дані
rights-stop-button = ⛔ Зупинити всі повідомлення
rights-start-button = ▶️ Відновити повідомлення
rights-stopped-status = ⛔ Зараз бот не надсилає вам повідомлень.
rights-stopped = Готово. Бот не надсилатиме вам повідомлень. Ваш наставник дізнається про це.
rights-started = Готово. Бот знову надсилатиме вам повідомлення.
rights-delete-button = 🗑 Видалити мої дані
rights-delete-ask =
    Ви хочете, щоб ми видалили все про вас?
    Цього не можна скасувати. Ваш наставник дізнається про це.
# "через" takes the accusative: через 1 день, 2 дні, 5 днів.
rights-delete-ask-archive =
    Комуна мусить зберігати деякі дані ще певний час.
    Якщо ви скажете «так», ми зараз заблокуємо ваші дані, щоб ніхто ними не користувався.
    Через { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } усе буде видалено.
    Ваш наставник дізнається про це.
rights-delete-yes = Так, видалити
rights-delete-no = Ні
rights-deleted = Усе про вас видалено. Дякуємо за цей час. Якщо ви отримаєте нове запрошення, напишіть /start.
rights-archived =
    Ваші дані заблоковано. Їх буде видалено через { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }. Бот більше не надсилатиме вам повідомлень.
rights-locked = 🔒 Ваші дані заблоковано, їх буде видалено { DATETIME($until, dateStyle: "long") }. Ви більше не можете користуватися Lotsen.

# To staff.
rights-notice-stopped = ⛔ { $name }: усі повідомлення від бота зупинено на прохання цієї людини. Зв’яжіться з нею іншим способом.
rights-notice-archived = 🗑 { $name } просить видалити свої дані. Дані заблоковано, їх буде видалено пізніше.
rights-notice-deleted = 🗑 На прохання одного з ваших учасників усі дані про цю людину видалено.

# Administrators: the audit log.
staff-audit-button = 🧾 Журнал аудиту
staff-audit-caption = Журнал аудиту: хто переглядав або вивантажував дані учасників, і всі відхилені спроби.
