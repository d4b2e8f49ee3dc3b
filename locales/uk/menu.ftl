### Main menus.

menu-greeting = Вітаю! Що ви хочете зробити?
menu-greeting-named = Вітаю, { $name }! Що ви хочете зробити?
menu-language = 🌐 Мова
menu-privacy = 🔒 Мої дані
menu-help = ❓ Допомога
menu-name = ✏️ Моє ім’я

menu-staff-greeting = Меню персоналу. Що ви хочете зробити?
menu-staff-greeting-named = Вітаю, { $name }! Що ви хочете зробити?
menu-staff-invite-participant = ➕ Запросити учасника
menu-staff-invite-staff = ➕ Запросити працівника
menu-staff-invite-admin = ➕ Запросити адміністратора
menu-pause = ⏸ Призупинити повідомлення
menu-resume = ▶️ Відновити повідомлення
menu-staff-caseload = 👥 Мої учасники
menu-quiet = 🌙 Тихі години
menu-settings = ⚙️ Налаштування
menu-more = 🗂 Більше
menu-more-title = Більше. Що ви хочете зробити?
