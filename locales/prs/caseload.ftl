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
        [unreachable] ربات را بند کرده
        [missed] یک ملاقات را از دست داده
        [low] خودارزیابی پایین
        [stopped] پیام‌ها را توقف داده
        [paused] پیام‌ها را موقتاً توقف داده
        [silent] مدت زیاد خاموش
       *[ok] همه چیز آرام است
    } · { $seen ->
        [never] هیچ وقت دیده نشده
       *[seen]
            { $days ->
                [0] امروز دیده شد
                [1] دیروز دیده شد
               *[other] { $days } روز پیش دیده شد
            }
    }
caseload-card-checkins = آخرین جواب‌ها:
caseload-card-checkin =
    { $help ->
        [contact] · { DATETIME($at, dateStyle: "medium") }: { $answer } · می‌خواهد با او به تماس شوید
        [message] · { DATETIME($at, dateStyle: "medium") }: { $answer } · برای شما نوشته است
       *[other] · { DATETIME($at, dateStyle: "medium") }: { $answer }
    }
caseload-card-no-answer = بدون جواب
caseload-card-assessment = خودارزیابی: { $title } { $score } از { $max }
caseload-card-assessment-trend = خودارزیابی: { $title } { $score } از { $max } (دفعهٔ گذشته { $previous })
caseload-card-next-meeting = ملاقات بعدی: { DATETIME($at, dateStyle: "medium", timeStyle: "short") }
caseload-card-missed = ملاقات از دست رفته: { DATETIME($at, dateStyle: "medium") }
caseload-card-practice = تمرین: { practice-streak }
caseload-card-alerts =
    { $count ->
        [one] 🔔 ۱ هشدار باز
       *[other] 🔔 { $count } هشدار باز
    }
caseload-card-handled = هشدارهای بسته‌شده:
caseload-card-handled-item = · { DATETIME($at, dateStyle: "medium") }: { alert-kind }
caseload-card-handled-note = · { DATETIME($at, dateStyle: "medium") }: { alert-kind } – “{ $note }”
