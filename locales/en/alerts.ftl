### Alerts to staff: the kind of concern, never the answers.

alert-unnamed = Participant no. { $number }
alert-kind =
    { $kind ->
        [low-mood] Feels very bad
        [wants-contact] Wants to be contacted
        [message] Has written a message
        [no-answer] Has not answered twice
        [inactive] Not heard from for a long time
        [unreachable] Has blocked the bot
        [assessment] Self-assessment below the limit: { $instrument }
        [question] Has a question: “{ $question }”
       *[other] Needs contact
    }
alert-notice = 🔔 { $name }: { alert-kind }. See /menu → Alerts.
alerts-title =
    { $count ->
        [0] No open alerts.
        [one] { $count } open alert:
       *[other] { $count } open alerts:
    }
alerts-item = { $name } · { alert-kind } · { DATETIME($at, dateStyle: "medium") }
alerts-view =
    { $name }
    { alert-kind }
    { DATETIME($at, dateStyle: "long") }
alerts-handled-button = ✅ Done, I have made contact
alerts-handled = The alert is done.
alerts-gone = That alert no longer exists.
menu-staff-alerts =
    { $count ->
        [0] 🔔 Alerts
        [one] 🔔 Alerts (1)
       *[other] 🔔 Alerts ({ $count })
    }
alerts-note-button = ✍️ Done, with a note
alerts-note-ask = Write briefly what you did. { core-max-chars }
