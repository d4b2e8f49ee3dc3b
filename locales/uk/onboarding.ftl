### Onboarding: language, welcome, privacy notice and name.

onboarding-pick-language = Виберіть свою мову.
onboarding-welcome =
    Вітаємо в Lotsen!
    Тут ви підтримуєте зв’язок зі своїм наставником (lots).
    Спочатку ми розкажемо, що ми зберігаємо.
onboarding-privacy = { privacy-notice-participant }
onboarding-accept = ✅ Я розумію
onboarding-decline = Ні, дякую
onboarding-declined =
    Добре. Ми видалили ваші дані.
    Хочете почати пізніше? Попросіть у свого наставника нове посилання.
onboarding-ask-name =
    Як нам вас називати?
    Напишіть ім’я.
onboarding-skip-name = Пропустити
onboarding-done = Готово! Тепер можна починати.
onboarding-staff-welcome =
    Вітаємо в Lotsen!
    Ви тут у ролі персоналу.
# Staff give the name participants see; the button offers their name in Telegram.
onboarding-staff-ask-name =
    Як вас звати?
    Учасники бачать ваше ім’я, коли бронюють зустріч, і у ваших повідомленнях.
    Напишіть своє ім’я.
onboarding-staff-name-use = ✅ Мене звати { $name }
