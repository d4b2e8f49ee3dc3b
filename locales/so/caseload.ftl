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
                [one] 1 digniin
               *[other] { $alerts } digniin
            }
        [unreachable] wuu xannibay bot-ka
        [missed] wuu ka maqnaa kulan
        [low] qiimayn hoose
        [stopped] wuu joojiyay fariimaha
        [paused] wuu hakiyay fariimaha
        [silent] muddo dheer aamusan
       *[ok] wax walba waa deggan yihiin
    } · { $seen ->
        [never] weligii lama arag
       *[seen]
            { $days ->
                [0] maanta ayaa la arkay
                [1] shalay ayaa la arkay
               *[other] waxaa la arkay { $days } maalmood ka hor
            }
    }
caseload-card-checkins = Jawaabihii ugu dambeeyay:
caseload-card-checkin =
    { $help ->
        [contact] · { DATETIME($at, dateStyle: "medium") }: { $answer } · wuxuu rabaa in lala xiriiro
        [message] · { DATETIME($at, dateStyle: "medium") }: { $answer } · wuu kuu soo qoray
       *[other] · { DATETIME($at, dateStyle: "medium") }: { $answer }
    }
caseload-card-no-answer = jawaab ma jirto
caseload-card-assessment = Is-qiimayn: { $title } { $score }/{ $max }
caseload-card-assessment-trend = Is-qiimayn: { $title } { $score }/{ $max } (markii hore { $previous })
caseload-card-next-meeting = Kulanka xiga: { DATETIME($at, dateStyle: "medium", timeStyle: "short") }
caseload-card-missed = Kulan laga maqnaa: { DATETIME($at, dateStyle: "medium") }
caseload-card-practice = Tababar: { practice-streak }
caseload-card-alerts =
    { $count ->
        [one] 🔔 1 digniin furan
       *[other] 🔔 { $count } digniin oo furan
    }
caseload-card-handled = Digniinaha la xalliyay:
caseload-card-handled-item = · { DATETIME($at, dateStyle: "medium") }: { alert-kind }
caseload-card-handled-note = · { DATETIME($at, dateStyle: "medium") }: { alert-kind } – “{ $note }”
