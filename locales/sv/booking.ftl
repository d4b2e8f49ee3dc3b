### Booking meetings with the lots, and the staff's agenda and hours.

menu-booking = 📅 Möten
menu-staff-booking = 📅 Möten och tider

booking-kind-mapping = Kartläggning
booking-kind-follow-up = Uppföljning
booking-kind-guidance = Vägledning
booking-place-in-person = På plats
booking-place-phone = Telefon
booking-place-video = Video

booking-list-title = Dina möten:
booking-list-empty = Du har inga bokade möten.
booking-list-item = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · { $kind }
booking-new = ➕ Boka ett möte

booking-ask-staff = Vem vill du träffa?
booking-ask-kind = Vilket slags möte?
booking-kind-button = { $kind } · { $minutes } min · { $place }
booking-ask-day = Välj en dag. Bara dagar med lediga tider visas.
booking-no-days = Det finns inga lediga tider de närmaste veckorna. Prata med din lots.
booking-ask-time = Lediga tider { DATETIME($day, dateStyle: "full") }:
booking-day-full = Den dagen finns inga lediga tider kvar. Välj en annan dag.
booking-taken = Den tiden bokade någon annan nyss. Här är nästa lediga tider:
booking-confirm =
    { $kind }, { $minutes } min
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Med { $staff }
    Plats: { $where }
booking-confirm-button = ✅ Boka
booking-move-button = ✅ Flytta hit
booking-confirmed =
    ✅ Bokat!
    { $kind }, { $minutes } min
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Med { $staff }
    Plats: { $where }
    Tryck på filen för att spara mötet i din kalender.
booking-confirmed-moved =
    ✅ Flyttat!
    { $kind }, { $minutes } min
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Med { $staff }
    Plats: { $where }
    Tryck på filen för att spara mötet i din kalender.
booking-ics-summary = { $kind } med { $name }
booking-done = Mötet är bokat.
booking-moved = Mötet är flyttat.
booking-too-many =
    { $max ->
        [one] Du har redan 1 möte bokat.
       *[other] Du har redan { $max } möten bokade.
    } Avboka ett först.
booking-locked =
    { $hours ->
        [one] Det är mindre än 1 timme kvar.
       *[other] Det är mindre än { $hours } timmar kvar.
    } Prata med din lots om du vill ändra.
booking-gone = Det mötet finns inte längre.

booking-view =
    { $kind }, { $minutes } min
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Med { $staff }
    Plats: { $where }
booking-move = 🔁 Flytta
booking-cancel-button = ❌ Avboka
booking-ics-button = 📎 Kalenderfil
# In the calendar file: a link back to the chat.
booking-ics-description = Ändra eller fråga i Lotsen: { $link }
# File names: letters and hyphens; ".ics" is added.
booking-ics-file = möte-lotsen
booking-ics-cancelled-file = avbokat-möte-lotsen
booking-ics-cancelled-caption = 📎 Öppna filen. Då tas mötet bort ur din kalender.
booking-cancel-ask = Vill du avboka mötet?
booking-cancel-yes = Ja, avboka
booking-cancel-no = Nej
booking-cancelled = Mötet är avbokat.

# Sent by the outbox.
booking-notice-booked = 📅 { $name } har bokat { $kind }: { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
booking-notice-booked-for-you = 📅 Din lots har bokat ett möte med dig: { $kind }, { DATETIME($at, dateStyle: "full", timeStyle: "short") }. Plats: { $where }.
booking-notice-moved = 🔁 { $name } har flyttat sitt möte till { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
booking-notice-moved-for-you = 🔁 Din lots har flyttat ert möte till { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
booking-notice-cancelled = ❌ { $name } har avbokat mötet { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
booking-notice-cancelled-for-you = ❌ Ditt möte { DATETIME($at, dateStyle: "full", timeStyle: "short") } är avbokat. Du kan boka en ny tid under 📅 Möten.
booking-notice-cant-come =
    { $response ->
        [move] ⚠️ { $name } behöver flytta mötet { DATETIME($at, dateStyle: "full", timeStyle: "short") }. Hör av dig till hen.
       *[other] ⚠️ { $name } kan inte komma på mötet { DATETIME($at, dateStyle: "full", timeStyle: "short") }. Hör av dig till hen.
    }
booking-reminder =
    ⏰ Påminnelse: { $kind } med { $name }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Plats: { $where }
booking-answer-coming = 👍 Jag kommer
booking-answer-move = 🔁 Jag behöver flytta det
booking-answer-cant = ❌ Jag kan inte komma
booking-answer-thanks = Tack! Vi ses.
booking-answer-told = Din lots får veta det nu och hör av sig till dig.
booking-answer-cancelled = Mötet är avbokat. Du kan boka en ny tid under 📅 Möten.
booking-no-show = Vi saknade dig på mötet { DATETIME($at, dateStyle: "full", timeStyle: "short") }. Det är okej. Vill du boka en ny tid?
booking-book-again = 📅 Boka en ny tid

# Staff: agenda, hours, days off, kinds.
staff-book-button = 📅 Boka ett möte
staff-agenda-today = Idag:
staff-agenda-week = De närmaste sju dagarna:
staff-agenda-empty = Inga möten.
staff-agenda-item =
    { DATETIME($at, dateStyle: "short", timeStyle: "short") } · { $name } · { $kind }{ $status ->
        [attended] {" "}✅
        [no-show] {" "}❌
       *[other] { $response ->
            [coming] {" "}👍
            [cant] {" "}⚠️
            [move] {" "}⚠️
           *[other] {""}
        }
    }
staff-agenda-show-week = 📆 Visa veckan
staff-agenda-show-today = 📆 Visa idag
staff-meeting-view =
    { $name }
    { $kind }, { $minutes } min
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Plats: { $where }
    { $status ->
        [attended] Kom: ja
        [no-show] Kom: nej
        [cancelled] Avbokat
       *[other] { $response ->
            [coming] Svar: kommer
            [cant] Svar: kan inte komma
            [move] Svar: behöver flytta
           *[other] Inget svar än
        }
    }
staff-meeting-attended = ✅ Kom
staff-meeting-no-show = ❌ Kom inte
staff-meeting-marked = Sparat.
staff-hours-button = 🕘 Mina tider
staff-hours-title = Tider som deltagare kan boka. Tryck på en tid för att ta bort den.
staff-hours-none = Inga tider än.
staff-hours-item = ✖ { $day } { $start }–{ $end }
staff-hours-add = ➕ Lägg till en tid
staff-hours-ask-day = Vilken veckodag?
staff-hours-ask-start = Från klockan?
staff-hours-ask-end = Till klockan?
staff-hours-saved = Sparat.
staff-days-off-button = 🏖 Lediga dagar
staff-days-off-title = Tryck på en dag för att stänga eller öppna den. 🏖 är en ledig dag. Röda dagar är alltid stängda.
staff-day-off-closed = Dagen är stängd för bokning.
staff-day-off-opened = Dagen är öppen för bokning igen.
staff-kinds-button = 🧾 Mötestyper
staff-kinds-title = Mötestyper. Tryck på en för att ändra den.
staff-kind-view =
    { $kind }
    { $minutes } min
    Plats: { $where }
staff-kind-length = ⏱ Längd
staff-kind-place = 📍 Plats
staff-kind-address = ✏️ Adress
staff-kind-ask-length = Hur långt är mötet?
staff-kind-ask-place = Var sker mötet?
staff-kind-ask-address = Skriv adressen som ett vanligt meddelande.
