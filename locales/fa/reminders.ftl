### Reminders and messages from staff to their participants.

reminders-menu-button = 📣 فرستادن یادآوری
reminders-card-button = ✉️ فرستادن پیام

reminders-ask-audience = چه کسی پیام را بگیرد؟
reminders-no-participants = هنوز شرکت‌کننده‌ای ندارید. می‌توانید یادآوری‌های فرستاده‌شده را ببینید.
reminders-audience-one = 👤 یک شرکت‌کننده
reminders-audience-several = 👥 چند شرکت‌کننده
reminders-audience-all = 📣 همهٔ شرکت‌کنندگان من
reminders-sent-button = 📋 یادآوری‌های فرستاده‌شده

reminders-ask-one = چه کسی پیام را بگیرد؟
reminders-ask-several = روی نام‌ها بزنید. برای برداشتن یک نام، دوباره بزنید.
reminders-picked-done = تمام ({ $picked } انتخاب‌شده)
reminders-pick-none = دست‌کم یک شرکت‌کننده انتخاب کنید.

reminders-ask-content = چه چیزی می‌خواهید بفرستید؟
reminders-write = ✏️ نوشتن پیام خودم
reminders-ask-text =
    پیام خود را بنویسید.
    دقیقاً همان‌طور که می‌نویسید فرستاده می‌شود.
    حداکثر { $max } حرف.

reminders-ask-when = پیام کی فرستاده شود؟
reminders-when-now = ⚡ همین حالا
reminders-when-tomorrow = 🌅 فردا ساعت 08:00
reminders-when-monday = 📅 دوشنبه ساعت 08:00
reminders-when-pick = 🗓 انتخاب روز و ساعت
reminders-ask-day = یک روز انتخاب کنید.
reminders-ask-hour = چه ساعتی در { DATETIME($day, dateStyle: "full") }؟

reminders-preview =
    پیام این‌طور دیده می‌شود:

    { $text }

reminders-preview-own-language = هر کس آن را به زبان خودش می‌خواند.
reminders-preview-to = برای { $count } شرکت‌کننده: { $names }
reminders-preview-now = فرستادن: همین حالا
reminders-preview-at = فرستادن: { DATETIME($at, dateStyle: "full", timeStyle: "short") }
reminders-send = ✅ بفرست
reminders-nobody = هیچ‌کدام از آن‌ها نمی‌توانند پیام را بگیرند. چیزی فرستاده نشد.
reminders-names-more = { $names } و { $more } نفر دیگر
reminders-done-now = ✅ انجام شد. پیام همین حالا فرستاده می‌شود.
reminders-done-later = ✅ انجام شد. پیام در زمانی که انتخاب کردید فرستاده می‌شود.

reminders-sent-title =
    { $count ->
        [0] در { $days } روز گذشته یادآوری‌ای نفرستاده‌اید.
        [one] یادآوری‌های شما در { $days } روز گذشته. جدیدترین اول:
       *[other] یادآوری‌های شما در { $days } روز گذشته. جدیدترین اول:
    }
reminders-days = { $days } روز گذشته
reminders-sent-item = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · { $what } · 👥 { $count }
reminders-report =
    📣 { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    { $text }

    برای { $count } شرکت‌کننده.
    ✅ فرستاده شد: { $sent }
    ⏳ در انتظار: { $waiting }
    ⚠️ نرسید: { $unreached }
reminders-report-unreached = نرسید به: { $names }
reminders-gone = این یادآوری دیگر وجود ندارد.
reminders-cancel-button = 🚫 توقف یادآوری
reminders-cancel-ask = می‌خواهید یادآوری را متوقف کنید؟ کسانی که هنوز آن را نگرفته‌اند، آن را نمی‌گیرند.
reminders-cancel-yes = بله، متوقف شود
reminders-cancel-no = نه، بماند
reminders-cancelled = ✅ یادآوری متوقف شد.
reminders-cancel-too-late = قبلاً فرستاده شده است. چیزی برای توقف نیست.
reminders-report-cancelled = 🚫 متوقف‌شده: { $cancelled }

# Short names of the templates, on the staff member’s buttons.
reminders-template-button-meeting-tomorrow = 📅 جلسهٔ فردا
reminders-template-button-bring-id = 🪪 کارت شناسایی بیاورید
reminders-template-button-self-assessment = 📝 وقت خودارزیابی
reminders-template-button-placement-monday = 🏢 کارآموزی از دوشنبه
reminders-template-button-call-me = 📞 به من زنگ بزنید

# The templates as the participant reads them, in their own language.
reminders-template-meeting-tomorrow = 📅 جلسهٔ فردای خود را فراموش نکنید.
reminders-template-bring-id = 🪪 مدرک شناسایی خود را بیاورید، مثلاً کارت شناسایی یا پاسپورت.
reminders-template-self-assessment = 📝 وقت خودارزیابی شماست. منو را باز کنید و روی 📝 خودارزیابی بزنید.
reminders-template-placement-monday = 🏢 کارآموزی شما دوشنبه شروع می‌شود.
reminders-template-call-me = 📞 هر وقت توانستید به من زنگ بزنید.
reminders-signed =
    { $text }
    – { $name }، راهنمای شما
reminders-signed-unnamed =
    { $text }
    – راهنمای شما
