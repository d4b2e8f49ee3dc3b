### Main menus.

menu-greeting = ሰላም! እንታይ ክትገብሩ ትደልዩ?
menu-greeting-named = ሰላም { $name }! እንታይ ክትገብሩ ትደልዩ?
menu-language = 🌐 ቋንቋ
menu-privacy = 🔒 ሓበሬታይ
menu-help = ❓ ሓገዝ
menu-name = ✏️ ስመይ

menu-staff-greeting = ሜኑ ሰራሕተኛታት። እንታይ ክትገብሩ ትደልዩ?
menu-staff-greeting-named = ሰላም { $name }! እንታይ ክትገብሩ ትደልዩ?
menu-staff-invite-participant = ➕ ተሳታፊ ዕደሙ
menu-staff-invite-staff = ➕ ሰራሕተኛ ዕደሙ
menu-staff-invite-admin = ➕ ኣመሓዳሪ ዕደሙ
menu-pause = ⏸ መልእኽትታት ንግዜኡ ደው ኣብሉ
menu-resume = ▶️ መልእኽትታት ደጊምኩም ጀምሩ
menu-staff-caseload = 👥 ተሳተፍተይ
menu-quiet = 🌙 ሰዓታት ህድኣት
menu-settings = ⚙️ ምድላዋት
menu-more = 🗂 ተወሳኺ
menu-more-title = ተወሳኺ። እንታይ ክትገብሩ ትደልዩ?
