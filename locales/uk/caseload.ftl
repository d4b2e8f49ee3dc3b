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
                [one] 1 сигнал
               *[other] сигналів: { $alerts }
            }
        [unreachable] заблокував бота
        [missed] пропустив зустріч
        [low] низька самооцінка
        [stopped] зупинив повідомлення
        [paused] призупинив повідомлення
        [silent] давно мовчить
       *[ok] усе спокійно
    } · { $seen ->
        [never] ще не з’являвся
       *[seen]
            { $days ->
                [0] був сьогодні
                [1] був учора
               *[other] був днів тому: { $days }
            }
    }
caseload-card-checkins = Останні відповіді:
caseload-card-checkin =
    { $help ->
        [contact] · { DATETIME($at, dateStyle: "medium") }: { $answer } · просить зв’язатися
        [message] · { DATETIME($at, dateStyle: "medium") }: { $answer } · написав вам
       *[other] · { DATETIME($at, dateStyle: "medium") }: { $answer }
    }
caseload-card-no-answer = немає відповіді
caseload-card-assessment = Самооцінка: { $title } { $score } з { $max }
caseload-card-assessment-trend = Самооцінка: { $title } { $score } з { $max } (минулого разу { $previous })
caseload-card-next-meeting = Наступна зустріч: { DATETIME($at, dateStyle: "medium", timeStyle: "short") }
caseload-card-missed = Пропущена зустріч: { DATETIME($at, dateStyle: "medium") }
caseload-card-practice = Практика: { practice-streak }
caseload-card-alerts =
    { $count ->
        [one] 🔔 1 відкритий сигнал
       *[other] 🔔 Відкритих сигналів: { $count }
    }
caseload-card-handled = Закриті сигнали:
caseload-card-handled-item = · { DATETIME($at, dateStyle: "medium") }: { alert-kind }
caseload-card-handled-note = · { DATETIME($at, dateStyle: "medium") }: { alert-kind } – “{ $note }”
