### Main menus.

menu-greeting = Hello! What do you want to do?
menu-greeting-named = Hello { $name }! What do you want to do?
menu-language = 🌐 Language
menu-privacy = 🔒 My data
menu-help = ❓ Help
menu-name = ✏️ My name

menu-staff-greeting = Staff. What do you want to do?
menu-staff-greeting-named = Hello { $name }! What do you want to do?
menu-staff-invite-participant = ➕ Invite a participant
menu-staff-invite-staff = ➕ Invite staff
menu-staff-invite-admin = ➕ Invite an administrator
menu-pause = ⏸ Pause messages
menu-resume = ▶️ Start messages again
menu-staff-caseload = 👥 My participants
menu-quiet = 🌙 Quiet hours
menu-settings = ⚙️ Settings
menu-more = 🗂 More
menu-more-title = More. What do you want to do?
