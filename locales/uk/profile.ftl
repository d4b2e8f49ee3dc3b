### The reader's own settings: language and name.

profile-pick-language = Виберіть мову.
profile-language-saved = Тепер я пишу українською.
profile-ask-name =
    Як нам вас називати?
    Напишіть ім’я.
profile-name-now = Зараз ми називаємо вас так: { $name }.
profile-name-none = У вас тут ще немає імені.
profile-name-saved = Дякую! Тепер ми називаємо вас так: { $name }.
profile-name-text-only = Напишіть ім’я літерами.
quiet-ask-start = Коли ввечері мені перестати надсилати повідомлення?
quiet-ask-end = Коли вранці я можу знову надсилати повідомлення?
quiet-saved = Збережено. Я нічого не надсилатиму з { $start } до { $end }.
profile-settings-title = Налаштування. Що ви хочете змінити?
