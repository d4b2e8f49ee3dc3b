### Main menus.

menu-greeting = مرحبًا! بماذا يمكنني مساعدتك؟
menu-greeting-named = مرحبًا { $name }! بماذا يمكنني مساعدتك؟
menu-language = 🌐 اللغة
menu-privacy = 🔒 بياناتي
menu-help = ❓ مساعدة
menu-name = ✏️ اسمي

menu-staff-greeting = قائمة الموظفين. بماذا يمكنني مساعدتك؟
menu-staff-greeting-named = مرحبًا { $name }! بماذا يمكنني مساعدتك؟
menu-staff-invite-participant = ➕ دعوة مشارك
menu-staff-invite-staff = ➕ دعوة موظف
menu-staff-invite-admin = ➕ دعوة مسؤول نظام
menu-pause = ⏸ إيقاف الرسائل مؤقتًا
menu-resume = ▶️ تشغيل الرسائل مرة أخرى
menu-staff-caseload = 👥 المشاركون لديّ
menu-quiet = 🌙 ساعات الهدوء
menu-settings = ⚙️ الإعدادات
menu-more = 🗂 المزيد
menu-more-title = المزيد. ماذا تريد أن تفعل؟
