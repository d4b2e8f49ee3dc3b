### Admins manage the staff: caseloads, moves, and who has access.

menu-staff-team = 👥 Працівники
team-unnamed = Працівник № { $number }
team-title =
    { $count ->
        [0] Працівників ще немає.
       *[other] Працівники ({ $count }). Виберіть людину:
    }
team-row =
    { $count ->
        [0] { $name } · немає учасників
       *[other] { $name } · учасників: { $count }
    }
team-member =
    { $name }
    { $count ->
        [0] Немає учасників.
       *[other] Учасників: { $count }.
    }
team-configured-admin = Адміністратор за налаштуваннями. Тут його не можна вимкнути.
team-move-button = ➡️ Перевести всіх учасників
team-deactivate-button = 🚫 Вимкнути доступ
team-pick-target = Хто прийме учасників від { $name }?
team-no-target = Інших працівників немає. Спершу запросіть колегу.
team-confirm =
    { $question ->
        [move] Перевести учасників ({ $count }) від { $name } до { $target }?
        [move-deactivate] Перевести учасників ({ $count }) від { $name } до { $target } і вимкнути доступ для { $name }?
       *[deactivate] Вимкнути доступ для { $name }? Після цього Lotsen буде недоступний.
    }
team-yes = ✅ Так
team-moved = Учасників переведено. Їхнього нового наставника повідомлено.
team-deactivated = Готово. Колега більше не має доступу.
team-refused = Не вдалося. Спробуйте ще раз.
team-refused-participants = Спершу переведіть учасників.
team-refused-configured = Адміністратора з налаштувань тут не можна вимкнути.
team-refused-self = Ви не можете вимкнути доступ собі.
team-gone = Цієї людини більше немає у списку.
team-away-button = 🔁 Вимкнені ({ $away })
team-away-title = Вимкнені. Натисніть на людину, щоб повернути доступ.
team-reactivate-ask = Повернути доступ для { $name }? Учасників не буде, доки ви не переведете когось.
team-reactivated = Готово. Колега знову має доступ.
team-participant-moved = { $name } тепер ваш учасник.

# A participant's card: an admin gives them another lots.
staff-lots-button = 🔁 Змінити наставника
staff-lots-pick = Хто стане новим наставником для { $name }? Зараз: { $current }.
staff-lots-confirm = Перевести { $name } від { $current } до { $target }?
staff-lots-moved = Готово. Нового наставника повідомлено.

# An admin sets the name participants see for a staff member.
team-rename-button = ✏️ Змінити ім’я
team-rename-ask =
    Зараз ім’я: { $name }.
    Напишіть нове ім’я.
team-renamed = Збережено. Тепер ім’я: { $name }.
