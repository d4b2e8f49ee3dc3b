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
                [one] 1 larm
               *[other] { $alerts } larm
            }
        [unreachable] har blockerat boten
        [missed] missade ett möte
        [low] låg självskattning
        [stopped] har stoppat meddelanden
        [paused] har pausat
        [silent] tyst länge
       *[ok] allt lugnt
    } · { $seen ->
        [never] aldrig sedd
       *[seen]
            { $days ->
                [0] sågs i dag
                [1] sågs i går
               *[other] sågs för { $days } dagar sedan
            }
    }
caseload-card-checkins = Senaste svar:
caseload-card-checkin =
    { $help ->
        [contact] · { DATETIME($at, dateStyle: "medium") }: { $answer } · vill bli kontaktad
        [message] · { DATETIME($at, dateStyle: "medium") }: { $answer } · har skrivit till dig
       *[other] · { DATETIME($at, dateStyle: "medium") }: { $answer }
    }
caseload-card-no-answer = inget svar
caseload-card-assessment = Självskattning: { $title } { $score } av { $max }
caseload-card-assessment-trend = Självskattning: { $title } { $score } av { $max } (förra gången { $previous })
caseload-card-next-meeting = Nästa möte: { DATETIME($at, dateStyle: "medium", timeStyle: "short") }
caseload-card-missed = Missat möte: { DATETIME($at, dateStyle: "medium") }
caseload-card-practice = Övning: { practice-streak }
caseload-card-alerts =
    { $count ->
        [one] 🔔 1 öppet larm
       *[other] 🔔 { $count } öppna larm
    }
caseload-card-handled = Hanterade larm:
caseload-card-handled-item = · { DATETIME($at, dateStyle: "medium") }: { alert-kind }
caseload-card-handled-note = · { DATETIME($at, dateStyle: "medium") }: { alert-kind } – “{ $note }”
