### Reminders and messages from staff to their participants.

reminders-menu-button = 📣 روان کردن یادآوری
reminders-card-button = ✉️ روان کردن پیام

reminders-ask-audience = کی پیام را بگیرد؟
reminders-no-participants = تا هنوز اشتراک‌کننده ندارید. می‌توانید یادآوری‌های روان‌شده را ببینید.
reminders-audience-one = 👤 یک اشتراک‌کننده
reminders-audience-several = 👥 چند اشتراک‌کننده
reminders-audience-all = 📣 تمام اشتراک‌کنندگان من
reminders-sent-button = 📋 یادآوری‌های روان‌شده

reminders-ask-one = کی پیام را بگیرد؟
reminders-ask-several = بالای نام‌ها فشار دهید. برای دور کردن یک نام، دوباره فشار دهید.
reminders-picked-done = خلاص ({ $picked } انتخاب‌شده)
reminders-pick-none = اقلاً یک اشتراک‌کننده را انتخاب کنید.

reminders-ask-content = چه چیز می‌خواهید روان کنید؟
reminders-write = ✏️ نوشتن پیام خودم
reminders-ask-text =
    پیام خود را بنویسید.
    درست همان‌طور که می‌نویسید روان می‌شود.
    حد اکثر { $max } حرف.

reminders-ask-when = پیام چه وقت روان شود؟
reminders-when-now = ⚡ همین حالا
reminders-when-tomorrow = 🌅 صبا ساعت 08:00
reminders-when-monday = 📅 دوشنبه ساعت 08:00
reminders-when-pick = 🗓 انتخاب روز و ساعت
reminders-ask-day = یک روز را انتخاب کنید.
reminders-ask-hour = کدام ساعت در { DATETIME($day, dateStyle: "full") }؟

reminders-preview =
    پیام این‌طور معلوم می‌شود:

    { $text }

reminders-preview-own-language = هر کس آن را به زبان خود می‌خواند.
reminders-preview-to = برای { $count } اشتراک‌کننده: { $names }
reminders-preview-now = روان کردن: همین حالا
reminders-preview-at = روان کردن: { DATETIME($at, dateStyle: "full", timeStyle: "short") }
reminders-send = ✅ روان کن
reminders-nobody = هیچ‌کدام آن‌ها پیام را گرفته نمی‌توانند. چیزی روان نشد.
reminders-names-more = { $names } و { $more } نفر دیگر
reminders-done-now = ✅ خلاص. پیام همین حالا روان می‌شود.
reminders-done-later = ✅ خلاص. پیام در وقتی که انتخاب کردید روان می‌شود.

reminders-sent-title =
    { $count ->
        [0] در { $days } روز گذشته یادآوری روان نکرده‌اید.
        [one] یادآوری‌های شما در { $days } روز گذشته. تازه‌ترین اول:
       *[other] یادآوری‌های شما در { $days } روز گذشته. تازه‌ترین اول:
    }
reminders-days = { $days } روز گذشته
reminders-sent-item = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · { $what } · 👥 { $count }
reminders-report =
    📣 { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    { $text }

    برای { $count } اشتراک‌کننده.
    ✅ روان شد: { $sent }
    ⏳ در انتظار: { $waiting }
    ⚠️ نرسید: { $unreached }
reminders-report-unreached = نرسید به: { $names }
reminders-gone = این یادآوری دیگر وجود ندارد.
reminders-cancel-button = 🚫 توقف یادآوری
reminders-cancel-ask = آیا می‌خواهید یادآوری را متوقف کنید؟ کسانی که تا هنوز آن را نگرفته‌اند، آن را نمی‌گیرند.
reminders-cancel-yes = بلی، متوقف کنید
reminders-cancel-no = نخیر، بگذارید بماند
reminders-cancelled = ✅ یادآوری متوقف شد.
reminders-cancel-too-late = قبلاً روان شده است. چیزی برای توقف نیست.
reminders-report-cancelled = 🚫 متوقف‌شده: { $cancelled }

# Short names of the templates, on the staff member’s buttons.
reminders-template-button-meeting-tomorrow = 📅 ملاقات صبا
reminders-template-button-bring-id = 🪪 تذکره را بیاورید
reminders-template-button-self-assessment = 📝 وقت خودارزیابی
reminders-template-button-placement-monday = 🏢 کارآموزی از دوشنبه
reminders-template-button-call-me = 📞 به من زنگ بزنید

# The templates as the participant reads them, in their own language.
reminders-template-meeting-tomorrow = 📅 ملاقات صبای خود را فراموش نکنید.
reminders-template-bring-id = 🪪 اسناد هویت خود را بیاورید، مثلاً کارت هویت یا پاسپورت.
reminders-template-self-assessment = 📝 وقت خودارزیابی شما است. مینو را باز کنید و بالای 📝 خودارزیابی فشار دهید.
reminders-template-placement-monday = 🏢 کارآموزی شما روز دوشنبه شروع می‌شود.
reminders-template-call-me = 📞 هر وقت توانستید به من زنگ بزنید.
reminders-signed =
    { $text }
    – { $name }، رهنمای شما
reminders-signed-unnamed =
    { $text }
    – رهنمای شما
