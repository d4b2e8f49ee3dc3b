### Alerts to staff: the kind of concern, never the answers.

alert-unnamed = اشتراک‌کنندهٔ نمبر { $number }
alert-kind =
    { $kind ->
        [low-mood] حالش بسیار بد است
        [wants-contact] می‌خواهد با او به تماس شوید
        [message] یک پیام نوشته است
        [no-answer] دو بار جواب نداده است
        [inactive] مدت زیاد است که از او خبری نیست
        [unreachable] ربات را بلاک کرده است
        [assessment] نتیجهٔ خودارزیابی پایین‌تر از حد است: { $instrument }
        [question] یک سوال دارد: «{ $question }»
       *[other] به تماس ضرورت دارد
    }
alert-notice = 🔔 { $name }: { alert-kind }. ببینید: /menu ← هشدارها.
alerts-title =
    { $count ->
        [0] هیچ هشدار باز وجود ندارد.
        [one] { $count } هشدار باز:
       *[other] { $count } هشدار باز:
    }
alerts-item = { $name } · { alert-kind } · { DATETIME($at, dateStyle: "medium") }
alerts-view =
    { $name }
    { alert-kind }
    { DATETIME($at, dateStyle: "long") }
alerts-handled-button = ✅ خلاص شد، با او به تماس شدم
alerts-handled = هشدار بسته شد.
alerts-gone = این هشدار دیگر وجود ندارد.
menu-staff-alerts =
    { $count ->
        [0] 🔔 هشدارها
        [one] 🔔 هشدارها ({ $count })
       *[other] 🔔 هشدارها ({ $count })
    }
alerts-note-button = ✍️ خلاص شد، با یادداشت
alerts-note-ask = کوتاه بنویسید چه کار کردید. بیشتر از { $max } حرف نه.
