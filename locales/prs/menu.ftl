### Main menus.

menu-greeting = سلام! چه کاری می‌خواهید انجام دهید؟
menu-greeting-named = سلام { $name }! چه کاری می‌خواهید انجام دهید؟
menu-language = 🌐 زبان
menu-privacy = 🔒 معلومات من
menu-help = ❓ کمک
menu-name = ✏️ نام من

menu-staff-greeting = بخش کارمندان. چه کاری می‌خواهید انجام دهید؟
menu-staff-greeting-named = سلام { $name }! چه کاری می‌خواهید انجام دهید؟
menu-staff-invite-participant = ➕ دعوت یک اشتراک‌کننده
menu-staff-invite-staff = ➕ دعوت یک کارمند
menu-staff-invite-admin = ➕ دعوت یک مدیر سیستم
menu-pause = ⏸ توقف پیام‌ها
menu-resume = ▶️ شروع دوبارهٔ پیام‌ها
menu-staff-caseload = 👥 اشتراک‌کنندگان من
menu-quiet = 🌙 ساعت‌های آرام
menu-settings = ⚙️ تنظیمات
menu-more = 🗂 بیشتر
menu-more-title = بیشتر. چه کار می‌خواهید بکنید؟
