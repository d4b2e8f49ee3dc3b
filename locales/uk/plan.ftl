### The individual action plan: the participant’s view and the staff’s editing.

plan-menu-button = 📋 Мій план
plan-staff-button = 📋 План

## The plan in plain words (the participant and the lots read the same lines).

plan-title = 📋 Ваш план
plan-none = У вас ще немає плану. Ваш наставник складе план разом з вами.
plan-goal = 🎯 Мета: { $goal }
plan-goal-empty = 🎯 Мета: ще не записана
plan-occupations = 💼 Професії та місця роботи: { $occupations }
plan-track = 🛤 Зараз: { $track }
plan-ladder = 🪜 Етап практики: { $ladder }
plan-placement = 🏢 Місце практики: { $workplace }
plan-supervisor = 👤 Керівник: { $supervisor }
plan-hours =
    ⏱ { $hours ->
        [one] { $hours } година на тиждень
        [few] { $hours } години на тиждень
        [many] { $hours } годин на тиждень
       *[other] { $hours } годин на тиждень
    }
plan-starts = 🚩 Початок: { DATETIME($date, dateStyle: "long") }
plan-ends = 🏁 Кінець: { DATETIME($date, dateStyle: "long") }
plan-follow-up = 🔁 Наступна перевірка: { DATETIME($date, dateStyle: "long") }
plan-steps-title = Кроки:
plan-steps-none = Кроків ще немає.
plan-step-line = { $mark } { $text } · { DATETIME($due, dateStyle: "medium") } · { $who }
plan-step-line-undated = { $mark } { $text } · { $who }
plan-responsible =
    { $responsible ->
        [me] ви
        [agency] інша установа
       *[lots] ваш наставник
    }
plan-kind-unknown = { $id } (більше немає в списку)

## The participant.

plan-steps-pick = Натисніть на крок, щоб його побачити.
plan-goal-write = ✏️ Написати мою мету
plan-ask-goal = Чого ви хочете досягти? Напишіть свою мету своїми словами. { core-max-chars }
plan-goal-saved = Збережено. Тепер це ваша мета.
plan-step-view =
    { $text }
    📅 { DATETIME($due, dateStyle: "full") }
    👤 Відповідальний: { $who }
plan-step-view-undated =
    { $text }
    👤 Відповідальний: { $who }
plan-step-tick = ✅ Зроблено
plan-step-ticked = Молодці! Крок виконано.
plan-step-already = Цей крок уже виконано.
plan-step-ask = ❓ Запитати наставника про це
plan-step-asked = Ваш наставник отримає ваше запитання про цей крок.
plan-step-gone = Цього кроку більше немає.

## Messages the bot sends on its own.

plan-notice-changed = 📋 Ваш план змінився. Натисніть, щоб його побачити.
plan-step-reminder = ⏰ Завтра, { DATETIME($due, dateStyle: "full") }: { $text }
plan-step-question-notice = ❓ { $name } має запитання про крок у плані: “{ $text }”. Будь ласка, зв’яжіться з { $name }.

## Staff.

plan-staff-title = 📋 План: { $name }
plan-staff-responsible =
    { $responsible ->
        [me] Учасник
        [agency] Інша установа
       *[lots] Наставник
    }
plan-staff-goal = 🎯 Мета
plan-staff-occupations = 💼 Професії
plan-staff-track = 🛤 Напрям
plan-staff-ladder = 🪜 Етап практики
plan-staff-placement = 🏢 Місце практики
plan-staff-add-step = ➕ Новий крок
plan-staff-steps = 🔄 Змінити крок
plan-staff-follow-up = 🔁 Перевірка
plan-staff-start = 🚩 Початок
plan-staff-end = 🏁 Кінець
plan-staff-history = 🕘 Історія
plan-staff-clear = 🗑 Видалити
plan-staff-skip = Пропустити
plan-staff-saved = Збережено. Учасник дізнається, що план змінився.
plan-staff-ask-goal = Напишіть мету, якщо можна — словами учасника. { core-max-chars }
plan-staff-ask-occupations = Напишіть професії та місця роботи. Кожну з нового рядка або через кому.
plan-staff-occupations-bad =
    Напишіть не більше { $count ->
        [one] { $count } професії
        [few] { $count } професій
       *[many] { $count } професій
    }, кожну — не більше { $max ->
        [one] { $max } символу
        [few] { $max } символів
       *[many] { $max } символів
    }.
plan-staff-ask-track = Виберіть напрям:
plan-staff-ask-ladder = Виберіть етап на сходах практики:
plan-staff-ask-workplace = Напишіть назву місця практики.
plan-staff-no-placement = Без місця практики
plan-staff-ask-supervisor = Напишіть ім’я керівника.
plan-staff-ask-hours = Скільки годин на тиждень? Натисніть або напишіть число.
plan-staff-hours-bad = Напишіть число від 1 до { $max }.
plan-staff-ask-step =
    Коротко напишіть крок. { $step_max ->
        [one] Не більше { $step_max } символу.
        [few] Не більше { $step_max } символів.
       *[many] Не більше { $step_max } символів.
    }
plan-staff-ask-date = Виберіть дату:
plan-staff-date-today = Сьогодні
plan-staff-date-weeks =
    { $weeks ->
        [one] Через { $weeks } тиждень
        [few] Через { $weeks } тижні
        [many] Через { $weeks } тижнів
       *[other] Через { $weeks } тижнів
    }
plan-staff-date-months =
    { $months ->
        [one] Через { $months } місяць
        [few] Через { $months } місяці
        [many] Через { $months } місяців
       *[other] Через { $months } місяців
    }
plan-staff-date-none = Без дати
plan-staff-ask-responsible = Хто відповідає за цей крок?
plan-staff-step-saved = Крок збережено. Учасник дізнається про це.
plan-staff-step-unchanged = Крок уже має цей статус.
plan-staff-ask-pick-step = Який крок ви хочете змінити?
plan-staff-ask-status = Який зараз статус кроку?
plan-status-name =
    { $status ->
        [done] виконано
        [cancelled] скасовано
       *[planned] заплановано
    }
plan-staff-status-button =
    { $status ->
        [done] ✅ Виконано
        [cancelled] ✖️ Скасовано
       *[planned] ⬜ Заплановано
    }
plan-staff-history-title = 🕘 Зміни в плані ({ $total }), спочатку нові:
plan-staff-history-none = Змін ще немає.
plan-staff-newer = ⬆️ Новіші
plan-staff-older = ⬇️ Старіші
plan-history-nothing = (порожньо)
plan-history-by =
    { $actor ->
        [import] імпорт
        [participant] учасник
       *[staff] персонал
    }
plan-history-line = { DATETIME($at, dateStyle: "short", timeStyle: "short") } · { $who } · { plan-history-field }: { $old } → { $new }
plan-history-field =
    { $field ->
        [goal] Мета
        [occupations] Професії
        [track] Напрям
        [ladder] Етап практики
        [workplace] Місце практики
        [supervisor] Керівник
        [hours_per_week] Годин на тиждень
        [starts_on] Початок
        [ends_on] Кінець
        [follow_up_on] Перевірка
        [step] Крок
        [step-status] Статус кроку
       *[other] { $field }
    }
