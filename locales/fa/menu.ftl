### Main menus.

menu-greeting = سلام! چه کاری می‌خواهید انجام دهید؟
menu-greeting-named = سلام { $name }! چه کاری می‌خواهید انجام دهید؟
menu-language = 🌐 زبان
menu-privacy = 🔒 اطلاعات من
menu-help = ❓ کمک
menu-name = ✏️ نام من

menu-staff-greeting = بخش کارکنان. چه کاری می‌خواهید انجام دهید؟
menu-staff-greeting-named = سلام { $name }! چه کاری می‌خواهید انجام دهید؟
menu-staff-invite-participant = ➕ دعوت از یک شرکت‌کننده
menu-staff-invite-staff = ➕ دعوت از یک کارمند
menu-staff-invite-admin = ➕ دعوت از یک مدیر سیستم
menu-pause = ⏸ توقف پیام‌ها
menu-resume = ▶️ شروع دوباره پیام‌ها
menu-staff-caseload = 👥 شرکت‌کنندگان من
menu-quiet = 🌙 ساعت‌های سکوت
menu-settings = ⚙️ تنظیمات
menu-more = 🗂 بیشتر
menu-more-title = بیشتر. چه کاری می‌خواهید انجام دهید؟
