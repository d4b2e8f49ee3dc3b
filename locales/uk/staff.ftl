### Staff tools.

staff-invite-participant-ready =
    Ось запрошення для нового учасника.
    Дайте учаснику посилання або QR-код.
    Воно дійсне до { DATETIME($expires, dateStyle: "long") } і працює один раз.
    { $link }
staff-invite-staff-ready =
    Ось запрошення для нового колеги.
    Воно дійсне до { DATETIME($expires, dateStyle: "long") } і працює один раз.
    { $link }
staff-invite-admin-ready =
    Ось запрошення для нового адміністратора.
    Воно дійсне до { DATETIME($expires, dateStyle: "long") } і працює один раз.
    { $link }
# Present tense on purpose: the past tense would show the participant's gender.
staff-participant-joined = { $name } тепер користується Lotsen.
staff-participant-joined-noname = Новий учасник тепер користується Lotsen.
staff-caseload-title =
    { $count ->
        [0] У вас ще немає учасників. Запросіть когось через меню.
        [one] У вас { $count } учасник:
        [few] У вас { $count } учасники:
        [many] У вас { $count } учасників:
       *[other] У вас { $count } учасників:
    }
staff-card =
    { $name }
    Мова: { $language }
# "Опитування" (a short survey) stands for the check-in (avstämning).
staff-card-rhythm-off = Опитування: вимкнено
staff-card-rhythm =
    Опитування: { $every ->
        [1] щодня
        [7] щотижня
       *[other] кожен { $every }-й день
    } о { $time }
staff-rhythm-button = 🗓 Змінити опитування
staff-rhythm-ask-every = Як часто бот має питати, як справи?
staff-rhythm-daily = Щодня
staff-rhythm-weekly = Щотижня
staff-rhythm-fortnightly = Раз на два тижні
staff-rhythm-off = Без опитування
staff-rhythm-ask-weekday = Який день?
staff-rhythm-ask-time = О котрій годині?
staff-rhythm-saved = Збережено. Наступне опитування: { DATETIME($next, dateStyle: "long", timeStyle: "short") }.
staff-rhythm-stopped = Збережено. Бот більше не питатиме.
