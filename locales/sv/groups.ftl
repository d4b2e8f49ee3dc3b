### Group meetings: the information meeting, its seats, answers, attendance and the mapping talk.

groups-button = 👥 Gruppmöten
groups-kind-information = Informationsmöte
groups-kind-workshop = Workshop
groups-kind-button = { $kind } · { $minutes } min

## Staff

groups-list-title = Dina gruppmöten:
groups-list-empty = Du har inga gruppmöten. Tryck på ➕ för att planera ett.
groups-list-item = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · { $kind } · { $taken }/{ $seats }
groups-new = ➕ Nytt gruppmöte
groups-ask-kind = Vilket slags möte?
groups-ask-day = Vilken dag?
groups-ask-time = Vilken tid { DATETIME($day, dateStyle: "full") }?
groups-ask-place = Var är mötet?
groups-ask-address = Skriv adressen eller rummet. Eller tryck på Hoppa över.
groups-no-address = Hoppa över
groups-ask-seats = Hur många platser finns det?
groups-confirm =
    { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Plats: { $where }
    Antal platser: { $seats }
groups-confirm-move = Alla som har tackat ja får veta den nya tiden.
groups-create = ✅ Skapa
groups-move-here = ✅ Flytta hit
groups-created = Gruppmötet är skapat. Nu kan du bjuda in.
groups-moved = Mötet är flyttat. Alla som har tackat ja får veta det.
groups-cancelled = Mötet är inställt. Alla som har tackat ja får veta det.
groups-gone = Det mötet finns inte längre.
groups-view =
    { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Plats: { $where }
    Tagna platser: { $taken } av { $seats }
    Inbjudna: { $invited }
    I kö: { $waiting }
groups-view-coming = Kommer: { $coming_names }
groups-invite = ✉️ Bjud in
groups-move = 🔁 Flytta
groups-cancel = ❌ Ställ in
groups-attendance = ✅ Närvaro
groups-ask-invite = Vem vill du bjuda in? Tryck på namnen.
groups-invite-nobody = Alla dina deltagare är redan inbjudna.
groups-invite-picked = ✉️ Bjud in de valda
groups-invite-all = ✉️ Bjud in alla
groups-pick-none = Välj minst en person.
groups-invited =
    { $count ->
        [one] 1 person är inbjuden.
       *[other] { $count } personer är inbjudna.
    } Alla får inbjudan på sitt eget språk.
groups-invited-none = Ingen ny person blev inbjuden.
groups-cancel-ask = Vill du ställa in mötet? Alla som har tackat ja får ett meddelande.
groups-cancel-yes = Ja, ställ in
groups-cancel-no = Nej
groups-ask-attendance = Vem kom? Alla är markerade. Ta bort bocken för den som inte kom.
groups-attendance-nobody = Ingen hade tackat ja.
groups-attendance-save = 💾 Spara
groups-marked = Sparat. De som kom får välja en tid för kartläggning. De som inte kom får ett vänligt meddelande.
groups-card = 👥 Gruppmöten: kom { $attended }, missade { $missed }
groups-report-attended = Gruppmöten, kom
groups-report-missed = Gruppmöten, missade

## Participants

groups-list-item-mine = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · 👥 { $kind }
groups-visit =
    👥 { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Plats: { $where }
groups-visit-waiting = Du står i kö. Du får ett meddelande om en plats blir ledig.
groups-ics-button = 📎 Kalenderfil
groups-ics-caption = Tryck på filen för att spara mötet i din kalender.
groups-ics-file = gruppmöte lotsen
groups-ics-cancelled-file = inställt gruppmöte lotsen
groups-leave = ❌ Jag kan inte komma
groups-leave-ask = Vill du lämna din plats? Då kan någon annan få den.
groups-leave-yes = Ja, lämna platsen
groups-leave-no = Nej, jag kommer
groups-left = Du har lämnat din plats. Tack för att du sa till.
groups-invitation =
    👥 Du är inbjuden till ett gruppmöte: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Plats: { $where }
    { $left ->
        [one] 1 plats kvar.
       *[other] { $left } platser kvar.
    } Kommer du?
groups-answer-coming = 👍 Jag kommer
groups-answer-cant = ❌ Jag kan inte
groups-answer-wait = ⏳ Ja, ställ mig i kö
groups-answer-no-thanks = Nej tack
groups-answer-seated = ✅ Du har en plats. Vi ses! Tryck på filen för att spara mötet i din kalender.
groups-answer-full = Alla platser är tagna. Vill du stå i kö? Du får ett meddelande om en plats blir ledig.
groups-answer-waiting = ⏳ Du står i kö. Du får ett meddelande om en plats blir ledig.
groups-answer-declined = Okej. Tack för att du sa till.
groups-reminder =
    ⏰ Påminnelse: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Plats: { $where }
groups-notice-moved =
    🔁 Gruppmötet har en ny tid: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Plats: { $where }
    Tryck på filen för att ändra i din kalender.
groups-notice-cancelled =
    ❌ Gruppmötet är inställt: { $kind }, { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
    Tryck på filen för att ta bort det från din kalender.
groups-notice-moved-up =
    🎉 En plats blev ledig. Nu har du en plats: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Plats: { $where }
groups-thanks = Tack för att du kom! Nästa steg är ett eget samtal med din lots: en kartläggning. Välj en tid som passar dig.
groups-book-mapping = 📅 Välj en tid
groups-missed = Vi saknade dig på { $kind } { DATETIME($at, dateStyle: "full") }. Det är okej. Din lots hör av sig om nästa gång.
groups-missed-next = Vi saknade dig på { $kind } { DATETIME($at, dateStyle: "full") }. Det är okej. Nästa gång är { DATETIME($next, dateStyle: "full", timeStyle: "short") }. Vill du komma?
