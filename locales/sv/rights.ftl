### The participant's rights: see and take their data, stop all messages, be deleted.

rights-summary =
    Sparat om dig nu: { $checkins ->
        [one] 1 avstämning
       *[other] { $checkins } avstämningar
    }, { $assessments ->
        [one] 1 självskattning
       *[other] { $assessments } självskattningar
    }, { $meetings ->
        [one] 1 möte
       *[other] { $meetings } möten
    }, { $practice ->
        [one] 1 övningssvar
       *[other] { $practice } övningssvar
    } och { $messages ->
        [one] 1 meddelande
       *[other] { $messages } meddelanden
    }.
rights-summary-more =
    Också sparat:
    📋 Steg i din plan: { $steps }
    🔔 Larm till din lots: { $alerts }
    📊 Uppgifter för kommunens rapport: { $facts }
    💬 Meddelanden med din lots: { $line }
rights-export-button = 📦 Skicka mina uppgifter
rights-export-caption = Här är allt vi har sparat om dig, som en fil.
# The file's name: letters and hyphens; ".json" is added.
rights-export-file = lotsen-mina-uppgifter
rights-stop-button = ⛔ Stoppa alla meddelanden
rights-start-button = ▶️ Starta meddelanden igen
rights-stopped-status = ⛔ Boten skickar inga meddelanden till dig nu.
rights-stopped = Klart. Boten skickar inga meddelanden till dig. Din lots får veta det.
rights-started = Klart. Boten skickar meddelanden igen.
rights-delete-button = 🗑 Ta bort mina uppgifter
rights-delete-ask =
    Vill du att vi tar bort allt om dig?
    Det går inte att ångra. Din lots får veta det.
rights-delete-ask-archive =
    Kommunen måste spara vissa uppgifter en tid.
    Om du säger ja låser vi dina uppgifter nu, så att ingen använder dem.
    { $days ->
        [one] Efter 1 dag tas allt bort.
       *[other] Efter { $days } dagar tas allt bort.
    }
    Din lots får veta det.
rights-delete-yes = Ja, ta bort
rights-delete-no = Nej
rights-deleted = Allt om dig är borttaget. Tack för den här tiden. Du kan skriva /start om du får en ny inbjudan.
rights-archived =
    Dina uppgifter är låsta. { $days ->
        [one] De tas bort om 1 dag.
       *[other] De tas bort om { $days } dagar.
    } Boten skickar inga fler meddelanden.
rights-locked = 🔒 Dina uppgifter är låsta och tas bort { DATETIME($until, dateStyle: "long") }. Du kan inte använda Lotsen längre.

# To staff.
rights-notice-stopped = ⛔ { $name } har stoppat alla meddelanden från boten. Hör av dig på annat sätt.
rights-notice-archived = 🗑 { $name } har bett att bli borttagen. Uppgifterna är låsta och tas bort senare.
rights-notice-deleted = 🗑 En av dina deltagare har bett att bli borttagen. Allt om hen är borta.

# Administrators: the audit log.
staff-audit-button = 🧾 Granskningslogg
staff-audit-caption = Granskningsloggen: vem som läst eller hämtat deltagares uppgifter, och alla nekade försök.
