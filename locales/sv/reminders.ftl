### Reminders and messages from staff to their participants.

reminders-menu-button = 📣 Skicka påminnelse
reminders-card-button = ✉️ Skicka meddelande

reminders-ask-audience = Vem ska få meddelandet?
reminders-no-participants = Du har inga deltagare ännu. Du kan se dina skickade påminnelser.
reminders-audience-one = 👤 En deltagare
reminders-audience-several = 👥 Flera deltagare
reminders-audience-all = 📣 Alla mina deltagare
reminders-sent-button = 📋 Skickade påminnelser

reminders-ask-one = Vem ska få meddelandet?
reminders-ask-several = Tryck på namnen. Tryck igen för att ta bort ett namn.
reminders-picked-done =
    { $picked ->
        [one] Klar (1 vald)
       *[other] Klar ({ $picked } valda)
    }
reminders-pick-none = Välj minst en deltagare.

reminders-ask-content = Vad vill du skicka?
reminders-write = ✏️ Skriv ett eget meddelande
reminders-ask-text =
    Skriv ditt meddelande.
    Det skickas precis som du skriver det.
    { core-max-chars }

reminders-ask-when = När ska meddelandet skickas?
reminders-when-now = ⚡ Nu
reminders-when-tomorrow = 🌅 I morgon kl. 08:00
reminders-when-monday = 📅 Måndag kl. 08:00
reminders-when-pick = 🗓 Välj dag och tid
reminders-ask-day = Välj en dag.
reminders-ask-hour = Vilken tid { DATETIME($day, dateStyle: "full") }?

reminders-preview =
    Så här ser meddelandet ut:

    { $text }

reminders-preview-own-language = Var och en läser det på sitt eget språk.
reminders-preview-to =
    { $count ->
        [one] Till 1 deltagare: { $names }
       *[other] Till { $count } deltagare: { $names }
    }
reminders-preview-now = Skickas: nu
reminders-preview-at = Skickas: { DATETIME($at, dateStyle: "full", timeStyle: "short") }
reminders-send = ✅ Skicka
reminders-nobody = Ingen av dem kan få meddelandet. Inget skickades.
reminders-names-more = { $names } och { $more } till
reminders-done-now = ✅ Klart. Meddelandet skickas nu.
reminders-done-later = ✅ Klart. Meddelandet skickas på den tid du valde.

reminders-sent-title =
    { $count ->
        [0] Du har inte skickat några påminnelser { reminders-days }.
        [one] Din påminnelse { reminders-days }:
       *[other] Dina påminnelser { reminders-days }. Den senaste först:
    }
reminders-days =
    { $days ->
        [one] det senaste dygnet
       *[other] de senaste { $days } dagarna
    }
reminders-sent-item = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · { $what } · 👥 { $count }
reminders-report =
    📣 { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    { $text }

    { $count ->
        [one] Till 1 deltagare.
       *[other] Till { $count } deltagare.
    }
    ✅ Skickat: { $sent }
    ⏳ Väntar: { $waiting }
    ⚠️ Nådde inte fram: { $unreached }
reminders-report-unreached = Nådde inte fram till: { $names }
reminders-gone = Den påminnelsen finns inte längre.
reminders-cancel-button = 🚫 Stoppa påminnelsen
reminders-cancel-ask = Vill du stoppa påminnelsen? De som inte har fått den än får den inte.
reminders-cancel-yes = Ja, stoppa den
reminders-cancel-no = Nej, låt den vara
reminders-cancelled = ✅ Påminnelsen är stoppad.
reminders-cancel-too-late = Den har redan skickats. Det finns inget att stoppa.
reminders-report-cancelled = 🚫 Stoppad: { $cancelled }

# Short names of the templates, on the staff member’s buttons.
reminders-template-button-meeting-tomorrow = 📅 Mötet i morgon
reminders-template-button-bring-id = 🪪 Ta med legitimation
reminders-template-button-self-assessment = 📝 Dags för självskattning
reminders-template-button-placement-monday = 🏢 Praktiken börjar på måndag
reminders-template-button-call-me = 📞 Ring mig

# The templates as the participant reads them, in their own language.
reminders-template-meeting-tomorrow = 📅 Kom ihåg ditt möte i morgon.
reminders-template-bring-id = 🪪 Ta med din legitimation, till exempel id-kort eller pass.
reminders-template-self-assessment = 📝 Nu är det dags för din självskattning. Öppna menyn och tryck på 📝 Självskattning.
reminders-template-placement-monday = 🏢 Din praktik börjar på måndag.
reminders-template-call-me = 📞 Ring mig när du kan.
reminders-signed =
    { $text }
    – { $name }, din lots
reminders-signed-unnamed =
    { $text }
    – Din lots
