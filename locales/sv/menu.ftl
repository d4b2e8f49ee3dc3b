### Main menus.

menu-greeting = Hej! Vad vill du göra?
menu-greeting-named = Hej { $name }! Vad vill du göra?
menu-language = 🌐 Språk
menu-privacy = 🔒 Mina uppgifter
menu-help = ❓ Hjälp
menu-name = ✏️ Mitt namn

menu-staff-greeting = Personal. Vad vill du göra?
menu-staff-greeting-named = Hej { $name }! Vad vill du göra?
menu-staff-invite-participant = ➕ Bjud in en deltagare
menu-staff-invite-staff = ➕ Bjud in personal
menu-staff-invite-admin = ➕ Bjud in en administratör
menu-pause = ⏸ Pausa meddelanden
menu-resume = ▶️ Starta meddelanden igen
menu-staff-caseload = 👥 Mina deltagare
menu-quiet = 🌙 Tysta timmar
menu-settings = ⚙️ Inställningar
menu-more = 🗂 Mer
menu-more-title = Mer. Vad vill du göra?
