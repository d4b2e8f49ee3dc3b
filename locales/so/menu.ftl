### Main menus.

menu-greeting = Salaan! Maxaad rabtaa inaad samayso?
menu-greeting-named = Salaan { $name }! Maxaad rabtaa inaad samayso?
menu-language = 🌐 Luqadda
menu-privacy = 🔒 Xogtayda
menu-help = ❓ Caawimaad
menu-name = ✏️ Magacayga

menu-staff-greeting = Liiska shaqaalaha. Maxaad rabtaa inaad samayso?
menu-staff-greeting-named = Salaan { $name }! Maxaad rabtaa inaad samayso?
menu-staff-invite-participant = ➕ Casuun ka-qaybgale
menu-staff-invite-staff = ➕ Casuun shaqaale
menu-staff-invite-admin = ➕ Casuun maamule
menu-pause = ⏸ Fariimaha jooji muddo
menu-resume = ▶️ Fariimaha dib u bilow
menu-staff-caseload = 👥 Ka-qaybgalayaashayda
menu-quiet = 🌙 Saacadaha aamusnaanta
menu-settings = ⚙️ Dejinta
menu-more = 🗂 Wax kale
menu-more-title = Wax kale. Maxaad rabtaa inaad samayso?
