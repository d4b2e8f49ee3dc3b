### The participant's rights: see and take their data, stop all messages, be deleted.

rights-summary = الان این‌ها درباره شما ذخیره شده است: { $checkins } پیگیری، { $assessments } خودارزیابی، { $meetings } جلسه، { $practice } پاسخ تمرین و { $messages } پیام.
rights-summary-more =
    این‌ها هم ذخیره شده است:
    📋 گام‌های برنامه شما: { $steps }
    🔔 هشدارها به راهنمای شما: { $alerts }
    📊 اطلاعات برای گزارش کمون: { $facts }
    💬 پیام‌ها با راهنمای شما: { $line }
rights-export-button = 📦 فرستادن اطلاعات من
rights-export-caption = این همه چیزهایی است که درباره شما ذخیره کرده‌ایم، در یک فایل.
# The file's name: letters and hyphens; ".json" is added.
rights-export-file = اطلاعات-من-lotsen
rights-stop-button = ⛔ توقف همه پیام‌ها
rights-start-button = ▶️ شروع دوباره پیام‌ها
rights-stopped-status = ⛔ ربات الان هیچ پیامی برای شما نمی‌فرستد.
rights-stopped = انجام شد. ربات دیگر هیچ پیامی برای شما نمی‌فرستد. راهنمای شما از این موضوع باخبر می‌شود.
rights-started = انجام شد. ربات دوباره برای شما پیام می‌فرستد.
rights-delete-button = 🗑 پاک کردن اطلاعات من
rights-delete-ask =
    می‌خواهید همه اطلاعات شما را پاک کنیم؟
    این کار قابل برگشت نیست. راهنمای شما از این موضوع باخبر می‌شود.
rights-delete-ask-archive =
    کمون باید بعضی از اطلاعات را مدتی نگه دارد.
    اگر «بله» بگویید، اطلاعات شما را همین الان قفل می‌کنیم تا هیچ کس از آن‌ها استفاده نکند.
    بعد از { $days } روز همه‌چیز پاک می‌شود.
    راهنمای شما از این موضوع باخبر می‌شود.
rights-delete-yes = بله، پاک شود
rights-delete-no = نه
rights-deleted = همه اطلاعات شما پاک شد. برای این مدت ممنونیم. اگر دعوت‌نامه جدیدی گرفتید، می‌توانید /start را بنویسید.
rights-archived = اطلاعات شما قفل شد. بعد از { $days } روز پاک می‌شود. ربات دیگر پیامی برای شما نمی‌فرستد.
rights-locked = 🔒 اطلاعات شما قفل است و در { DATETIME($until, dateStyle: "long") } پاک می‌شود. دیگر نمی‌توانید از Lotsen استفاده کنید.

# To staff.
rights-notice-stopped = ⛔ { $name } همه پیام‌های ربات را متوقف کرده است. از راه دیگری با او تماس بگیرید.
rights-notice-archived = 🗑 { $name } خواسته است که اطلاعاتش پاک شود. اطلاعات قفل شده است و بعداً پاک می‌شود.
rights-notice-deleted = 🗑 یکی از شرکت‌کنندگان شما خواسته است که اطلاعاتش پاک شود. همه اطلاعات او پاک شده است.

# Administrators: the audit log.
staff-audit-button = 🧾 گزارش بازبینی
staff-audit-caption = گزارش بازبینی: چه کسی اطلاعات شرکت‌کنندگان را خوانده یا دریافت کرده است، و همه تلاش‌های ردشده.
