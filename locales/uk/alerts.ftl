### Alerts to staff: the kind of concern, never the answers.
# Present tense and impersonal forms on purpose: the past tense would show the participant's gender.
# "Сигнал" (a report of concern), not "тривога", which in Ukrainian means an air-raid alert.

alert-unnamed = Учасник № { $number }
alert-kind =
    { $kind ->
        [low-mood] Почувається дуже погано
        [wants-contact] Просить зв’язатися
        [message] Є нове повідомлення
        [no-answer] Двічі поспіль немає відповіді
        [inactive] Давно не виходить на зв’язок
        [unreachable] Бота заблоковано
        [assessment] Самооцінка нижче порогу: { $instrument }
        [question] Є запитання: «{ $question }»
       *[other] Потрібно зв’язатися
    }
alert-notice = 🔔 { $name }: { alert-kind }. Дивіться /menu → Сигнали.
alerts-title =
    { $count ->
        [0] Відкритих сигналів немає.
        [one] { $count } відкритий сигнал:
        [few] { $count } відкриті сигнали:
        [many] { $count } відкритих сигналів:
       *[other] { $count } відкритих сигналів:
    }
alerts-item = { $name } · { alert-kind } · { DATETIME($at, dateStyle: "medium") }
alerts-view =
    { $name }
    { alert-kind }
    { DATETIME($at, dateStyle: "long") }
alerts-handled-button = ✅ Готово, зв’язок встановлено
alerts-handled = Сигнал закрито.
alerts-gone = Цього сигналу більше немає.
menu-staff-alerts =
    { $count ->
        [0] 🔔 Сигнали
       *[other] 🔔 Сигнали ({ $count })
    }
alerts-note-button = ✍️ Готово, з приміткою
alerts-note-ask = Коротко напишіть, що ви зробили. { core-max-chars }
