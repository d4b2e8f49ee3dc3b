### The caseload list and the participant card.

caseload-row =
    { $reason ->
        [alerts] ⚠️
        [unreachable] 📵
        [missed] ❌
        [low] 📉
        [stopped] ⛔
        [paused] ⏸
        [silent] 💤
       *[ok] ✅
    } { $name } · { $reason ->
        [alerts]
            { $alerts ->
                [one] ۱ هشدار
               *[other] { $alerts } هشدار
            }
        [unreachable] ربات را مسدود کرده
        [missed] یک جلسه را از دست داده
        [low] خودارزیابی پایین
        [stopped] پیام‌ها را متوقف کرده
        [paused] پیام‌ها را موقتاً متوقف کرده
        [silent] مدت زیادی ساکت
       *[ok] همه چیز آرام است
    } · { $seen ->
        [never] هرگز دیده نشده
       *[seen]
            { $days ->
                [0] امروز دیده شد
                [1] دیروز دیده شد
               *[other] { $days } روز پیش دیده شد
            }
    }
caseload-card-checkins = آخرین پاسخ‌ها:
caseload-card-checkin =
    { $help ->
        [contact] · { DATETIME($at, dateStyle: "medium") }: { $answer } · می‌خواهد با او تماس بگیرید
        [message] · { DATETIME($at, dateStyle: "medium") }: { $answer } · برای شما نوشته است
       *[other] · { DATETIME($at, dateStyle: "medium") }: { $answer }
    }
caseload-card-no-answer = بدون پاسخ
caseload-card-assessment = خودارزیابی: { $title } { $score } از { $max }
caseload-card-assessment-trend = خودارزیابی: { $title } { $score } از { $max } (دفعه قبل { $previous })
caseload-card-next-meeting = جلسه بعدی: { DATETIME($at, dateStyle: "medium", timeStyle: "short") }
caseload-card-missed = جلسه از دست رفته: { DATETIME($at, dateStyle: "medium") }
caseload-card-practice = تمرین: { practice-streak }
caseload-card-alerts =
    { $count ->
        [one] 🔔 ۱ هشدار باز
       *[other] 🔔 { $count } هشدار باز
    }
caseload-card-handled = هشدارهای بسته‌شده:
caseload-card-handled-item = · { DATETIME($at, dateStyle: "medium") }: { alert-kind }
caseload-card-handled-note = · { DATETIME($at, dateStyle: "medium") }: { alert-kind } – “{ $note }”
