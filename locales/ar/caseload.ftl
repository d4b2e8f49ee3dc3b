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
                [one] تنبيه واحد
                [two] تنبيهان
                [few] { $alerts } تنبيهات
                [many] { $alerts } تنبيهًا
                [zero] { $alerts } تنبيه
               *[other] { $alerts } تنبيه
            }
        [unreachable] حظر البوت
        [missed] فاته موعد
        [low] تقييم ذاتي منخفض
        [stopped] أوقف الرسائل
        [paused] أوقف الرسائل مؤقتًا
        [silent] صامت منذ مدة طويلة
       *[ok] كل شيء هادئ
    } · { $seen ->
        [never] لم يظهر أبدًا
       *[seen]
            { $days ->
                [0] ظهر اليوم
                [1] ظهر أمس
                [two] ظهر قبل يومين
                [few] ظهر قبل { $days } أيام
                [many] ظهر قبل { $days } يومًا
               *[other] ظهر قبل { $days } يومًا
            }
    }
caseload-card-checkins = آخر الإجابات:
caseload-card-checkin =
    { $help ->
        [contact] · { DATETIME($at, dateStyle: "medium") }: { $answer } · يريد أن نتواصل معه
        [message] · { DATETIME($at, dateStyle: "medium") }: { $answer } · كتب لك رسالة
       *[other] · { DATETIME($at, dateStyle: "medium") }: { $answer }
    }
caseload-card-no-answer = لا إجابة
caseload-card-assessment = التقييم الذاتي: { $title } { $score } من { $max }
caseload-card-assessment-trend = التقييم الذاتي: { $title } { $score } من { $max } (المرة السابقة { $previous })
caseload-card-next-meeting = الموعد القادم: { DATETIME($at, dateStyle: "medium", timeStyle: "short") }
caseload-card-missed = موعد فائت: { DATETIME($at, dateStyle: "medium") }
caseload-card-practice = التمرين: { practice-streak }
caseload-card-alerts =
    🔔 { $count ->
        [zero] { $count } تنبيه مفتوح
        [one] تنبيه واحد مفتوح
        [two] تنبيهان مفتوحان
        [few] { $count } تنبيهات مفتوحة
        [many] { $count } تنبيهًا مفتوحًا
       *[other] { $count } تنبيه مفتوح
    }
caseload-card-handled = التنبيهات المغلقة:
caseload-card-handled-item = · { DATETIME($at, dateStyle: "medium") }: { alert-kind }
caseload-card-handled-note = · { DATETIME($at, dateStyle: "medium") }: { alert-kind } – “{ $note }”
