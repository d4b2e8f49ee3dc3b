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
                [one] 1 መጠንቀቕታ
               *[other] { $alerts } መጠንቀቕታታት
            }
        [unreachable] ነቲ ቦት ዓጊቶሞ
        [missed] ኣኼባ ሓሊፍዎም
        [low] ትሑት ርእሰ-ገምጋም
        [stopped] መልእኽትታት ደው ኣቢሎም
        [paused] መልእኽትታት ንግዜኡ ደው ኣቢሎም
        [silent] ነዊሕ ግዜ ስቕ ኢሎም
       *[ok] ኩሉ ህዱእ እዩ
    } · { $seen ->
        [never] ፈጺሞም ኣይተራእዩን
       *[seen]
            { $days ->
                [0] ሎሚ ተራእዮም
                [1] ትማሊ ተራእዮም
               *[other] ቅድሚ { $days } መዓልቲ ተራእዮም
            }
    }
caseload-card-checkins = ናይ መወዳእታ መልስታት:
caseload-card-checkin =
    { $help ->
        [contact] · { DATETIME($at, dateStyle: "medium") }: { $answer } · ክትራኸብዎም ይደልዩ
        [message] · { DATETIME($at, dateStyle: "medium") }: { $answer } · ጽሒፎምልኩም
       *[other] · { DATETIME($at, dateStyle: "medium") }: { $answer }
    }
caseload-card-no-answer = መልሲ የለን
caseload-card-assessment = ርእሰ-ገምጋም: { $title } { $score } ካብ { $max }
caseload-card-assessment-trend = ርእሰ-ገምጋም: { $title } { $score } ካብ { $max } (ዝሓለፈ ግዜ { $previous })
caseload-card-next-meeting = ዝቕጽል ኣኼባ: { DATETIME($at, dateStyle: "medium", timeStyle: "short") }
caseload-card-missed = ዝሓለፈ ኣኼባ: { DATETIME($at, dateStyle: "medium") }
caseload-card-practice = ልምምድ: { practice-streak }
caseload-card-alerts =
    { $count ->
        [one] 🔔 1 ክፉት መጠንቀቕታ
       *[other] 🔔 { $count } ክፉታት መጠንቀቕታታት
    }
caseload-card-handled = ዝተዛዘሙ መጠንቀቕታታት:
caseload-card-handled-item = · { DATETIME($at, dateStyle: "medium") }: { alert-kind }
caseload-card-handled-note = · { DATETIME($at, dateStyle: "medium") }: { alert-kind } – “{ $note }”
