### Booking meetings with the lots, and the staff's agenda and hours.

menu-booking = 📅 ملاقات‌ها
menu-staff-booking = 📅 ملاقات‌ها و وقت‌ها

booking-kind-mapping = ارزیابی مهارت‌ها
booking-kind-follow-up = پیگیری
booking-kind-guidance = رهنمایی شغلی
booking-place-in-person = حضوری
booking-place-phone = تیلفونی
booking-place-video = ویدیویی

booking-list-title = ملاقات‌های شما:
booking-list-empty = شما هیچ وقت ملاقات ندارید.
booking-list-item = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · { $kind }
booking-new = ➕ گرفتن وقت ملاقات

booking-ask-staff = با چه کسی ملاقات می‌کنید؟
booking-ask-kind = کدام نوع ملاقات؟
booking-kind-button = { $kind } · { $minutes } دقیقه · { $place }
booking-ask-day = یک روز را انتخاب کنید. فقط روزهایی که وقت خالی دارند، در اینجا هستند.
booking-no-days = در چند هفتهٔ آینده وقت خالی نیست. با رهنمای خود صحبت کنید.
booking-ask-time = وقت‌های خالی روز { DATETIME($day, dateStyle: "full") }:
booking-day-full = در آن روز دیگر وقت خالی نمانده است. یک روز دیگر را انتخاب کنید.
booking-taken = همین حالا کس دیگری این وقت را گرفت. وقت‌های خالی بعدی این‌ها است:
booking-confirm =
    { $kind }، { $minutes } دقیقه
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    با { $staff }
    محل: { $where }
booking-confirm-button = ✅ گرفتن وقت
booking-move-button = ✅ تبدیل به این وقت
booking-confirmed =
    ✅ وقت گرفته شد!
    { $kind }، { $minutes } دقیقه
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    با { $staff }
    محل: { $where }
    فایل را فشار دهید تا ملاقات در تقویم شما ثبت شود.
booking-confirmed-moved =
    ✅ وقت تبدیل شد!
    { $kind }، { $minutes } دقیقه
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    با { $staff }
    محل: { $where }
    فایل را فشار دهید تا ملاقات در تقویم شما ثبت شود.
booking-ics-summary = { $kind } با { $name }
booking-done = وقت ملاقات گرفته شد.
booking-moved = وقت ملاقات تبدیل شد.
booking-too-many = شما همین حالا { $max } وقت ملاقات دارید. اول یکی را لغو کنید.
booking-locked = تا ملاقات کمتر از { $hours } ساعت مانده است. برای تبدیل، با رهنمای خود صحبت کنید.
booking-gone = این ملاقات دیگر وجود ندارد.

booking-view =
    { $kind }، { $minutes } دقیقه
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    با { $staff }
    محل: { $where }
booking-move = 🔁 تبدیل وقت
booking-cancel-button = ❌ لغو ملاقات
booking-ics-button = 📎 فایل تقویم
# In the calendar file: a link back to the chat.
booking-ics-description = برای تغییر یا پرسیدن، Lotsen را باز کنید: { $link }
# File names: letters and hyphens; ".ics" is added.
booking-ics-file = جلسه-lotsen
booking-ics-cancelled-file = جلسه-لغو-شده-lotsen
booking-ics-cancelled-caption = 📎 فایل را باز کنید. جلسه از تقویم شما پاک می‌شود.
booking-cancel-ask = می‌خواهید ملاقات را لغو کنید؟
booking-cancel-yes = بلی، لغو شود
booking-cancel-no = نخیر
booking-cancelled = ملاقات لغو شد.

# Sent by the outbox.
booking-notice-booked = 📅 { $name } وقت ملاقات گرفت: { $kind }، { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
booking-notice-booked-for-you = 📅 رهنمای شما برای شما وقت ملاقات گرفت: { $kind }، { DATETIME($at, dateStyle: "full", timeStyle: "short") }. محل: { $where }.
booking-notice-moved = 🔁 { $name } وقت ملاقات خود را به { DATETIME($at, dateStyle: "full", timeStyle: "short") } تبدیل کرد.
booking-notice-moved-for-you = 🔁 رهنمای شما وقت ملاقات شما را به { DATETIME($at, dateStyle: "full", timeStyle: "short") } تبدیل کرد.
booking-notice-cancelled = ❌ { $name } ملاقات { DATETIME($at, dateStyle: "full", timeStyle: "short") } را لغو کرد.
booking-notice-cancelled-for-you = ❌ ملاقات شما در { DATETIME($at, dateStyle: "full", timeStyle: "short") } لغو شد. می‌توانید در 📅 ملاقات‌ها یک وقت نو بگیرید.
booking-notice-cant-come =
    { $response ->
        [move] ⚠️ { $name } باید وقت ملاقات { DATETIME($at, dateStyle: "full", timeStyle: "short") } را تبدیل کند. با او به تماس شوید.
       *[other] ⚠️ { $name } به ملاقات { DATETIME($at, dateStyle: "full", timeStyle: "short") } آمده نمی‌تواند. با او به تماس شوید.
    }
booking-reminder =
    ⏰ یادآوری: { $kind } با { $name }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    محل: { $where }
booking-answer-coming = 👍 می‌آیم
booking-answer-move = 🔁 باید وقت را تبدیل کنم
booking-answer-cant = ❌ آمده نمی‌توانم
booking-answer-thanks = تشکر! به امید دیدار.
booking-answer-told = رهنمای شما حالا خبر می‌شود و با شما به تماس می‌شود.
booking-answer-cancelled = ملاقات لغو شد. می‌توانید در 📅 ملاقات‌ها یک وقت نو بگیرید.
booking-no-show = در ملاقات { DATETIME($at, dateStyle: "full", timeStyle: "short") } جای شما خالی بود. مشکلی نیست. می‌خواهید یک وقت نو بگیرید؟
booking-book-again = 📅 گرفتن یک وقت نو

# Staff: agenda, hours, days off, kinds.
staff-book-button = 📅 گرفتن وقت ملاقات
staff-agenda-today = امروز:
staff-agenda-week = هفت روز آینده:
staff-agenda-empty = ملاقاتی نیست.
staff-agenda-item =
    { DATETIME($at, dateStyle: "short", timeStyle: "short") } · { $name } · { $kind }{ $status ->
        [attended] {" "}✅
        [no-show] {" "}❌
       *[other] { $response ->
            [coming] {" "}👍
            [cant] {" "}⚠️
            [move] {" "}⚠️
           *[other] {""}
        }
    }
staff-agenda-show-week = 📆 نشان دادن هفته
staff-agenda-show-today = 📆 نشان دادن امروز
staff-meeting-view =
    { $name }
    { $kind }، { $minutes } دقیقه
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    محل: { $where }
    { $status ->
        [attended] آمد: بلی
        [no-show] آمد: نخیر
        [cancelled] لغو شده
       *[other] { $response ->
            [coming] جواب: می‌آید
            [cant] جواب: آمده نمی‌تواند
            [move] جواب: باید وقت را تبدیل کند
           *[other] هنوز جواب نداده است
        }
    }
staff-meeting-attended = ✅ آمد
staff-meeting-no-show = ❌ نیامد
staff-meeting-marked = ثبت شد.
staff-hours-button = 🕘 وقت‌های من
staff-hours-title = وقت‌هایی که اشتراک‌کنندگان گرفته می‌توانند. برای حذف یک وقت، آن را فشار دهید.
staff-hours-none = هنوز وقتی نیست.
staff-hours-item = ✖ { $day } { $start }–{ $end }
staff-hours-add = ➕ اضافه کردن یک وقت
staff-hours-ask-day = کدام روز هفته؟
staff-hours-ask-start = از ساعت چند؟
staff-hours-ask-end = تا ساعت چند؟
staff-hours-saved = ثبت شد.
staff-days-off-button = 🏖 روزهای رخصتی
staff-days-off-title = یک روز را فشار دهید تا بسته یا باز شود. 🏖 یعنی روز رخصتی. رخصتی‌های رسمی همیشه بسته است.
staff-day-off-closed = این روز برای گرفتن وقت بسته شد.
staff-day-off-opened = این روز دوباره برای گرفتن وقت باز شد.
staff-kinds-button = 🧾 انواع ملاقات
staff-kinds-title = انواع ملاقات. برای تبدیل، یکی را فشار دهید.
staff-kind-view =
    { $kind }
    { $minutes } دقیقه
    محل: { $where }
staff-kind-length = ⏱ مدت
staff-kind-place = 📍 محل
staff-kind-address = ✏️ آدرس
staff-kind-ask-length = ملاقات چقدر وقت می‌گیرد؟
staff-kind-ask-place = ملاقات در کجا است؟
staff-kind-ask-address = آدرس را مثل یک پیام عادی بنویسید.
