### Alerts to staff: the kind of concern, never the answers.

alert-unnamed = Deltagare nr { $number }
alert-kind =
    { $kind ->
        [low-mood] Mår mycket dåligt
        [wants-contact] Vill bli kontaktad
        [message] Har skrivit ett meddelande
        [no-answer] Har inte svarat två gånger
        [inactive] Har inte hörts av länge
        [unreachable] Har blockerat boten
        [assessment] Självskattning under gränsen: { $instrument }
        [question] Har en fråga: “{ $question }”
       *[other] Behöver kontakt
    }
alert-notice = 🔔 { $name }: { alert-kind }. Se /menu → Larm.
alerts-title =
    { $count ->
        [0] Inga öppna larm.
        [one] { $count } öppet larm:
       *[other] { $count } öppna larm:
    }
alerts-item = { $name } · { alert-kind } · { DATETIME($at, dateStyle: "medium") }
alerts-view =
    { $name }
    { alert-kind }
    { DATETIME($at, dateStyle: "long") }
alerts-handled-button = ✅ Klart, jag har tagit kontakt
alerts-handled = Larmet är klart.
alerts-gone = Det larmet finns inte längre.
menu-staff-alerts =
    { $count ->
        [0] 🔔 Larm
        [one] 🔔 Larm (1)
       *[other] 🔔 Larm ({ $count })
    }
alerts-note-button = ✍️ Klart, med en anteckning
alerts-note-ask = Skriv kort vad du gjorde. { core-max-chars }
