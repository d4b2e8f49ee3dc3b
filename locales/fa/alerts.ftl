### Alerts to staff: the kind of concern, never the answers.

alert-unnamed = شرکت‌کننده شماره { $number }
alert-kind =
    { $kind ->
        [low-mood] حالش خیلی بد است
        [wants-contact] می‌خواهد با او تماس بگیرید
        [message] پیامی نوشته است
        [no-answer] دو بار پاسخ نداده است
        [inactive] مدت زیادی است که خبری از او نیست
        [unreachable] ربات را مسدود کرده است
        [assessment] نتیجه خودارزیابی زیر حد است: { $instrument }
        [question] یک پرسش دارد: «{ $question }»
       *[other] به تماس نیاز دارد
    }
alert-notice = 🔔 { $name }: { alert-kind }. ببینید: /menu ← هشدارها.
alerts-title =
    { $count ->
        [0] هیچ هشدار بازی وجود ندارد.
        [one] { $count } هشدار باز:
       *[other] { $count } هشدار باز:
    }
alerts-item = { $name } · { alert-kind } · { DATETIME($at, dateStyle: "medium") }
alerts-view =
    { $name }
    { alert-kind }
    { DATETIME($at, dateStyle: "long") }
alerts-handled-button = ✅ انجام شد، تماس گرفتم
alerts-handled = هشدار بسته شد.
alerts-gone = این هشدار دیگر وجود ندارد.
menu-staff-alerts =
    { $count ->
        [0] 🔔 هشدارها
        [one] 🔔 هشدارها ({ $count })
       *[other] 🔔 هشدارها ({ $count })
    }
alerts-note-button = ✍️ انجام شد، با یادداشت
alerts-note-ask = کوتاه بنویسید چه کردید. حداکثر { $max } حرف.
