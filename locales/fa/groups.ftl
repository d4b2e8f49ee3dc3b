### Group meetings: the information meeting, its seats, answers, attendance and the mapping talk.

groups-button = 👥 جلسه‌های گروهی
groups-kind-information = جلسهٔ اطلاع‌رسانی
groups-kind-workshop = کارگاه
groups-kind-button = { $kind } · { $minutes } دقیقه

## Staff

groups-list-title = جلسه‌های گروهی شما:
groups-list-empty = شما جلسهٔ گروهی ندارید. برای برنامه‌ریزی روی ➕ بزنید.
groups-list-item = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · { $kind } · { $taken }/{ $seats }
groups-new = ➕ جلسهٔ گروهی تازه
groups-ask-kind = چه نوع جلسه‌ای؟
groups-ask-day = چه روزی؟
groups-ask-time = چه ساعتی؟ ({ DATETIME($day, dateStyle: "full") })
groups-ask-place = جلسه کجاست؟
groups-ask-address = نشانی یا اتاق را بنویسید. یا روی «رد شدن» بزنید.
groups-no-address = رد شدن
groups-ask-seats = چند جا هست؟
groups-confirm =
    { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    مکان: { $where }
    تعداد جاها: { $seats }
groups-confirm-move = همهٔ کسانی که «بله» گفته‌اند زمان تازه را می‌فهمند.
groups-create = ✅ ساختن
groups-move-here = ✅ به اینجا منتقل کن
groups-created = جلسهٔ گروهی ساخته شد. حالا می‌توانید دعوت کنید.
groups-moved = جلسه منتقل شد. همهٔ کسانی که «بله» گفته‌اند باخبر می‌شوند.
groups-cancelled = جلسه لغو شد. همهٔ کسانی که «بله» گفته‌اند باخبر می‌شوند.
groups-gone = این جلسه دیگر وجود ندارد.
groups-view =
    { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    مکان: { $where }
    جاهای گرفته‌شده: { $taken } از { $seats }
    دعوت‌شده‌ها: { $invited }
    در صف: { $waiting }
groups-view-coming = می‌آیند: { $coming_names }
groups-invite = ✉️ دعوت
groups-move = 🔁 انتقال
groups-cancel = ❌ لغو جلسه
groups-attendance = ✅ حضور
groups-ask-invite = چه کسی را می‌خواهید دعوت کنید؟ روی نام‌ها بزنید.
groups-invite-nobody = همهٔ شرکت‌کنندگان شما از قبل دعوت شده‌اند.
groups-invite-picked = ✉️ دعوت از انتخاب‌شده‌ها
groups-invite-all = ✉️ دعوت از همه
groups-pick-none = دست‌کم یک نفر را انتخاب کنید.
groups-invited = { $count } نفر دعوت شدند. هر کس دعوت را به زبان خودش می‌گیرد.
groups-invited-none = کسی تازه دعوت نشد.
groups-cancel-ask = می‌خواهید جلسه را لغو کنید؟ همهٔ کسانی که «بله» گفته‌اند پیام می‌گیرند.
groups-cancel-yes = بله، لغو کن
groups-cancel-no = نه
groups-ask-attendance = چه کسانی آمدند؟ همه علامت خورده‌اند. علامت کسی را که نیامد بردارید.
groups-attendance-nobody = کسی «بله» نگفته بود.
groups-attendance-save = 💾 ذخیره
groups-marked = ذخیره شد. کسانی که آمدند می‌توانند برای ارزیابی مهارت‌ها وقت بگیرند. کسانی که نیامدند پیامی مهربان می‌گیرند.
groups-card = 👥 جلسه‌های گروهی: آمد { $attended }، نیامد { $missed }
groups-report-attended = جلسه‌های گروهی، آمد
groups-report-missed = جلسه‌های گروهی، نیامد

## Participants

groups-list-item-mine = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · 👥 { $kind }
groups-visit =
    👥 { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    مکان: { $where }
groups-visit-waiting = شما در صف هستید. اگر جایی خالی شود پیام می‌گیرید.
groups-ics-button = 📎 فایل تقویم
groups-ics-caption = روی فایل بزنید تا جلسه در تقویم شما ذخیره شود.
groups-ics-file = جلسهٔ گروهی lotsen
groups-ics-cancelled-file = جلسهٔ گروهی لغوشده lotsen
groups-leave = ❌ نمی‌توانم بیایم
groups-leave-ask = می‌خواهید جای خود را بدهید؟ آن وقت کس دیگری می‌تواند آن را بگیرد.
groups-leave-yes = بله، جایم را می‌دهم
groups-leave-no = نه، می‌آیم
groups-left = جای خود را دادید. ممنون که خبر دادید.
groups-invitation =
    👥 شما به یک جلسهٔ گروهی دعوت شده‌اید: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    مکان: { $where }
    { $left } جا مانده است. می‌آیید؟
groups-answer-coming = 👍 می‌آیم
groups-answer-cant = ❌ نمی‌توانم
groups-answer-wait = ⏳ بله، مرا در صف بگذارید
groups-answer-no-thanks = نه، ممنون
groups-answer-seated = ✅ شما جا دارید. می‌بینیمتان! روی فایل بزنید تا جلسه در تقویم شما ذخیره شود.
groups-answer-full = همهٔ جاها پر است. می‌خواهید در صف بمانید؟ اگر جایی خالی شود پیام می‌گیرید.
groups-answer-waiting = ⏳ شما در صف هستید. اگر جایی خالی شود پیام می‌گیرید.
groups-answer-declined = باشد. ممنون که خبر دادید.
groups-reminder =
    ⏰ یادآوری: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    مکان: { $where }
groups-notice-moved =
    🔁 جلسهٔ گروهی زمان تازه‌ای دارد: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    مکان: { $where }
    روی فایل بزنید تا در تقویم شما عوض شود.
groups-notice-cancelled =
    ❌ جلسهٔ گروهی لغو شد: { $kind }، { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
    روی فایل بزنید تا از تقویم شما برداشته شود.
groups-notice-moved-up =
    🎉 یک جا خالی شد. حالا شما جا دارید: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    مکان: { $where }
groups-thanks = ممنون که آمدید! قدم بعدی یک گفت‌وگوی جداگانه با راهنمای شماست: ارزیابی مهارت‌ها. وقتی را که برایتان مناسب است انتخاب کنید.
groups-book-mapping = 📅 انتخاب وقت
groups-missed = جای شما در { $kind } ({ DATETIME($at, dateStyle: "full") }) خالی بود. اشکالی ندارد. راهنمای شما دربارهٔ دفعهٔ بعد خبر می‌دهد.
groups-missed-next = جای شما در { $kind } ({ DATETIME($at, dateStyle: "full") }) خالی بود. اشکالی ندارد. دفعهٔ بعد { DATETIME($next, dateStyle: "full", timeStyle: "short") } است. می‌خواهید بیایید؟
