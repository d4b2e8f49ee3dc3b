### Shared texts: errors, unexpected input, buttons and commands.

# The language's own name, shown on the language buttons.
language-name = Svenska

core-error = Något gick fel. Försök igen om en stund.
core-unexpected-input = Jag förstår inte det. Tryck på en knapp.
core-unexpected-input-type = Jag kan inte läsa det. Skriv med bokstäver eller tryck på en knapp.
core-old-button = Den knappen är gammal. Här är menyn.
core-throttled = Du skickar många meddelanden. Vänta en liten stund.
core-not-allowed = Det kan du inte göra här.
core-cancelled = Okej. Du är tillbaka i menyn.
core-unknown-command = Jag känner inte till det kommandot. Skriv /help för hjälp.
core-text-too-long = Texten är för lång. { core-max-chars }
# A limit on a text's length, as its own sentence.
core-max-chars =
    { $max ->
        [one] Högst 1 tecken.
       *[other] Högst { $max } tecken.
    }

core-button-back = ◀️ Tillbaka
core-button-menu = 🏠 Meny
core-button-cancel = Avbryt

# Bot commands in Telegram's menu. Short: at most a few words.
command-menu = Visa menyn
command-help = Få hjälp
command-language = Byt språk
command-privacy = Om dina uppgifter
command-cancel = Avbryt och gå till menyn
command-settings = Inställningar

help-participant =
    Så här använder du Lotsen:
    Tryck på knapparna under meddelandena.
    /menu visar menyn.
    /cancel tar dig tillbaka till menyn.
    /settings visar dina inställningar.
    /language byter språk.
    /privacy visar vad vi sparar om dig.
    Har du frågor? Prata med din lots.
help-staff =
    Lotsen för personal:
    /menu visar personalmenyn.
    Under /menu och 🗂 Mer bjuder du in deltagare.
    /cancel tar dig tillbaka till menyn.
    /settings visar dina inställningar.
    /language byter språk.
    /privacy visar vad som sparas.
core-stale-button = Den knappen fungerar inte här. Tryck på en av knapparna nedan.
core-no-access = Du har inte tillgång till Lotsen längre. Prata med en administratör om du tror att det är fel.
core-page = Sida { $page } av { $pages }
core-page-previous = ◀️ Förra
core-page-next = Nästa ▶️
# A staff member who has given no name yet (never called a participant).
core-staff-unnamed = Lots nr { $number }
# The month before and after, on the calendar's arrows.
core-calendar-previous = ◀️ { $month }
core-calendar-next = { $month } ▶️
