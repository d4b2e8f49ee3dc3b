### Booking meetings with the lots, and the staff's agenda and hours.

menu-booking = 📅 جلسه‌ها
menu-staff-booking = 📅 جلسه‌ها و وقت‌ها

booking-kind-mapping = ارزیابی مهارت‌ها
booking-kind-follow-up = پیگیری
booking-kind-guidance = مشاوره شغلی
booking-place-in-person = حضوری
booking-place-phone = تلفنی
booking-place-video = ویدیویی

booking-list-title = جلسه‌های شما:
booking-list-empty = شما جلسه رزروشده‌ای ندارید.
booking-list-item = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · { $kind }
booking-new = ➕ رزرو یک جلسه

booking-ask-staff = با چه کسی جلسه می‌خواهید؟
booking-ask-kind = چه نوع جلسه‌ای؟
booking-kind-button = { $kind } · { $minutes } دقیقه · { $place }
booking-ask-day = یک روز انتخاب کنید. فقط روزهایی که وقت خالی دارند اینجا هستند.
booking-no-days = در چند هفته آینده وقت خالی نیست. با راهنمای خود صحبت کنید.
booking-ask-time = وقت‌های خالی روز { DATETIME($day, dateStyle: "full") }:
booking-day-full = آن روز دیگر وقت خالی ندارد. یک روز دیگر انتخاب کنید.
booking-taken = همین الان کس دیگری این وقت را رزرو کرد. وقت‌های خالی بعدی این‌ها هستند:
booking-confirm =
    { $kind }، { $minutes } دقیقه
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    با { $staff }
    مکان: { $where }
booking-confirm-button = ✅ رزرو
booking-move-button = ✅ تغییر به این وقت
booking-confirmed =
    ✅ رزرو شد!
    { $kind }، { $minutes } دقیقه
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    با { $staff }
    مکان: { $where }
    روی فایل بزنید تا جلسه در تقویم شما ذخیره شود.
booking-confirmed-moved =
    ✅ وقت جلسه تغییر کرد!
    { $kind }، { $minutes } دقیقه
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    با { $staff }
    مکان: { $where }
    روی فایل بزنید تا جلسه در تقویم شما ذخیره شود.
booking-ics-summary = { $kind } با { $name }
booking-done = جلسه رزرو شد.
booking-moved = وقت جلسه تغییر کرد.
booking-too-many = شما الان { $max } جلسه رزروشده دارید. اول یکی را لغو کنید.
booking-locked = کمتر از { $hours } ساعت تا جلسه مانده است. برای تغییر، با راهنمای خود صحبت کنید.
booking-gone = این جلسه دیگر وجود ندارد.

booking-view =
    { $kind }، { $minutes } دقیقه
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    با { $staff }
    مکان: { $where }
booking-move = 🔁 تغییر وقت
booking-cancel-button = ❌ لغو جلسه
booking-ics-button = 📎 فایل تقویم
# In the calendar file: a link back to the chat.
booking-ics-description = برای تغییر یا پرسش، Lotsen را باز کنید: { $link }
# File names: letters and hyphens; ".ics" is added.
booking-ics-file = جلسه-lotsen
booking-ics-cancelled-file = جلسه-لغو-شده-lotsen
booking-ics-cancelled-caption = 📎 فایل را باز کنید. جلسه از تقویم شما پاک می‌شود.
booking-cancel-ask = می‌خواهید جلسه را لغو کنید؟
booking-cancel-yes = بله، لغو شود
booking-cancel-no = نه
booking-cancelled = جلسه لغو شد.

# Sent by the outbox.
booking-notice-booked = 📅 { $name } یک جلسه رزرو کرد: { $kind }، { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
booking-notice-booked-for-you = 📅 راهنمای شما یک جلسه با شما رزرو کرد: { $kind }، { DATETIME($at, dateStyle: "full", timeStyle: "short") }. مکان: { $where }.
booking-notice-moved = 🔁 { $name } وقت جلسه‌اش را به { DATETIME($at, dateStyle: "full", timeStyle: "short") } تغییر داد.
booking-notice-moved-for-you = 🔁 راهنمای شما وقت جلسه شما را به { DATETIME($at, dateStyle: "full", timeStyle: "short") } تغییر داد.
booking-notice-cancelled = ❌ { $name } جلسه { DATETIME($at, dateStyle: "full", timeStyle: "short") } را لغو کرد.
booking-notice-cancelled-for-you = ❌ جلسه شما در { DATETIME($at, dateStyle: "full", timeStyle: "short") } لغو شد. می‌توانید در 📅 جلسه‌ها یک وقت جدید رزرو کنید.
booking-notice-cant-come =
    { $response ->
        [move] ⚠️ { $name } باید وقت جلسه { DATETIME($at, dateStyle: "full", timeStyle: "short") } را تغییر دهد. با او تماس بگیرید.
       *[other] ⚠️ { $name } نمی‌تواند به جلسه { DATETIME($at, dateStyle: "full", timeStyle: "short") } بیاید. با او تماس بگیرید.
    }
booking-reminder =
    ⏰ یادآوری: { $kind } با { $name }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    مکان: { $where }
booking-answer-coming = 👍 می‌آیم
booking-answer-move = 🔁 باید وقت را تغییر دهم
booking-answer-cant = ❌ نمی‌توانم بیایم
booking-answer-thanks = ممنون! به امید دیدار.
booking-answer-told = راهنمای شما الان باخبر می‌شود و با شما تماس می‌گیرد.
booking-answer-cancelled = جلسه لغو شد. می‌توانید در 📅 جلسه‌ها یک وقت جدید رزرو کنید.
booking-no-show = جای شما در جلسه { DATETIME($at, dateStyle: "full", timeStyle: "short") } خالی بود. اشکالی ندارد. می‌خواهید یک وقت جدید رزرو کنید؟
booking-book-again = 📅 رزرو یک وقت جدید

# Staff: agenda, hours, days off, kinds.
staff-book-button = 📅 رزرو یک جلسه
staff-agenda-today = امروز:
staff-agenda-week = هفت روز آینده:
staff-agenda-empty = جلسه‌ای نیست.
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
staff-agenda-show-week = 📆 نمایش هفته
staff-agenda-show-today = 📆 نمایش امروز
staff-meeting-view =
    { $name }
    { $kind }، { $minutes } دقیقه
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    مکان: { $where }
    { $status ->
        [attended] آمد: بله
        [no-show] آمد: نه
        [cancelled] لغو شده
       *[other] { $response ->
            [coming] پاسخ: می‌آید
            [cant] پاسخ: نمی‌تواند بیاید
            [move] پاسخ: باید وقت را تغییر دهد
           *[other] هنوز پاسخی نیست
        }
    }
staff-meeting-attended = ✅ آمد
staff-meeting-no-show = ❌ نیامد
staff-meeting-marked = ذخیره شد.
staff-hours-button = 🕘 وقت‌های من
staff-hours-title = وقت‌هایی که شرکت‌کنندگان می‌توانند رزرو کنند. برای حذف یک وقت، روی آن بزنید.
staff-hours-none = هنوز وقتی نیست.
staff-hours-item = ✖ { $day } { $start }–{ $end }
staff-hours-add = ➕ افزودن یک وقت
staff-hours-ask-day = کدام روز هفته؟
staff-hours-ask-start = از ساعت چند؟
staff-hours-ask-end = تا ساعت چند؟
staff-hours-saved = ذخیره شد.
staff-days-off-button = 🏖 روزهای مرخصی
staff-days-off-title = روی یک روز بزنید تا بسته یا باز شود. 🏖 یعنی روز مرخصی. تعطیلات رسمی همیشه بسته هستند.
staff-day-off-closed = این روز برای رزرو بسته شد.
staff-day-off-opened = این روز دوباره برای رزرو باز شد.
staff-kinds-button = 🧾 انواع جلسه
staff-kinds-title = انواع جلسه. برای تغییر، روی یکی بزنید.
staff-kind-view =
    { $kind }
    { $minutes } دقیقه
    مکان: { $where }
staff-kind-length = ⏱ مدت
staff-kind-place = 📍 مکان
staff-kind-address = ✏️ آدرس
staff-kind-ask-length = جلسه چقدر طول می‌کشد؟
staff-kind-ask-place = جلسه کجا برگزار می‌شود؟
staff-kind-ask-address = آدرس را مثل یک پیام معمولی بنویسید.
