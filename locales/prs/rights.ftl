### The participant's rights: see and take their data, stop all messages, be deleted.

rights-summary = چیزهایی که حالا در بارهٔ شما نگه داشته شده: { $checkins } احوال‌پرسی، { $assessments } خودارزیابی، { $meetings } ملاقات، { $practice } جواب تمرین و { $messages } پیام.
rights-summary-more =
    این‌ها هم نگه داشته شده:
    📋 قدم‌های پلان شما: { $steps }
    🔔 هشدارها به رهنمای شما: { $alerts }
    📊 معلومات برای راپور کمون: { $facts }
    💬 پیام‌ها با رهنمای شما: { $line }
rights-export-button = 📦 روان کردن معلومات من
rights-export-caption = این همه چیزهایی است که در بارهٔ شما نگه داشته‌ایم، در یک فایل.
# The file's name: letters and hyphens; ".json" is added.
rights-export-file = معلومات-من-lotsen
rights-stop-button = ⛔ توقف همهٔ پیام‌ها
rights-start-button = ▶️ شروع دوبارهٔ پیام‌ها
rights-stopped-status = ⛔ ربات حالا هیچ پیامی برای شما روان نمی‌کند.
rights-stopped = انجام شد. ربات دیگر هیچ پیامی برای شما روان نمی‌کند. رهنمای شما از این خبر می‌شود.
rights-started = انجام شد. ربات دوباره برای شما پیام روان می‌کند.
rights-delete-button = 🗑 حذف معلومات من
rights-delete-ask =
    می‌خواهید همهٔ معلومات شما را حذف کنیم؟
    این کار قابل برگشت نیست. رهنمای شما از این خبر می‌شود.
rights-delete-ask-archive =
    کمون باید بعضی معلومات را برای مدتی نگه دارد.
    اگر «بلی» بگویید، معلومات شما را همین حالا قفل می‌کنیم تا هیچ کس از آن استفاده نکند.
    بعد از { $days } روز همه چیز حذف می‌شود.
    رهنمای شما از این خبر می‌شود.
rights-delete-yes = بلی، حذف شود
rights-delete-no = نخیر
rights-deleted = همهٔ معلومات شما حذف شد. تشکر برای این مدت. اگر دعوت‌نامهٔ جدید گرفتید، می‌توانید /start را بنویسید.
rights-archived = معلومات شما قفل شد. بعد از { $days } روز حذف می‌شود. ربات دیگر برای شما پیام روان نمی‌کند.
rights-locked = 🔒 معلومات شما قفل است و به تاریخ { DATETIME($until, dateStyle: "long") } پاک می‌شود. دیگر نمی‌توانید از Lotsen استفاده کنید.

# To staff.
rights-notice-stopped = ⛔ { $name } همهٔ پیام‌های ربات را متوقف کرده است. از راه دیگر با او به تماس شوید.
rights-notice-archived = 🗑 { $name } خواسته است که معلوماتش حذف شود. معلومات قفل شده و بعداً حذف می‌شود.
rights-notice-deleted = 🗑 یکی از اشتراک‌کنندگان شما خواسته است که معلوماتش حذف شود. همهٔ معلومات او حذف شده است.

# Administrators: the audit log.
staff-audit-button = 🧾 راپور بررسی
staff-audit-caption = راپور بررسی: کی معلومات اشتراک‌کنندگان را خوانده یا دریافت کرده است، و همهٔ کوشش‌های ردشده.
