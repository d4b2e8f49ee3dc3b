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
                [one] 1 alert
               *[other] { $alerts } alerts
            }
        [unreachable] has blocked the bot
        [missed] missed a meeting
        [low] low self-assessment
        [stopped] has stopped messages
        [paused] has paused
        [silent] silent for long
       *[ok] all calm
    } · { $seen ->
        [never] never seen
       *[seen]
            { $days ->
                [0] seen today
                [1] seen yesterday
               *[other] seen { $days } days ago
            }
    }
caseload-card-checkins = Latest answers:
caseload-card-checkin =
    { $help ->
        [contact] · { DATETIME($at, dateStyle: "medium") }: { $answer } · wants to be contacted
        [message] · { DATETIME($at, dateStyle: "medium") }: { $answer } · has written to you
       *[other] · { DATETIME($at, dateStyle: "medium") }: { $answer }
    }
caseload-card-no-answer = no answer
caseload-card-assessment = Self-assessment: { $title } { $score } of { $max }
caseload-card-assessment-trend = Self-assessment: { $title } { $score } of { $max } (last time { $previous })
caseload-card-next-meeting = Next meeting: { DATETIME($at, dateStyle: "medium", timeStyle: "short") }
caseload-card-missed = Missed meeting: { DATETIME($at, dateStyle: "medium") }
caseload-card-practice = Practice: { practice-streak }
caseload-card-alerts =
    { $count ->
        [one] 🔔 1 open alert
       *[other] 🔔 { $count } open alerts
    }
caseload-card-handled = Handled alerts:
caseload-card-handled-item = · { DATETIME($at, dateStyle: "medium") }: { alert-kind }
caseload-card-handled-note = · { DATETIME($at, dateStyle: "medium") }: { alert-kind } – “{ $note }”
