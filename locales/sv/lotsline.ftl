### The line to the own lots: 📞 My lots, messages by voice, photo or text, and answers.

lotsline-menu-button = 📞 Min lots
lotsline-none = Du har ingen lots just nu.
lotsline-home = 📞 Din lots är { $name }.
lotsline-hours =
    { $name } arbetar:
    { $schedule }
# One weekday of the lots's hours, e.g. "Måndag: 09:00–12:00, 13:00–15:00".
lotsline-hours-day = { $day }: { $times }
lotsline-hours-time = { $start }–{ $end }
lotsline-write-button = 🎙 Skriv eller spela in
lotsline-book-button = 📅 Boka ett möte
lotsline-call-button = 📞 Ring { $name }
lotsline-write =
    Skriv till { $name }.
    Eller spela in ett röstmeddelande 🎙.
    Du kan också skicka ett foto.
lotsline-sent = ✅ Skickat. Din lots får ditt meddelande.
lotsline-forwarded = Det här kommer från någon annan. Skriv eller spela in själv.
lotsline-too-long =
    Inspelningen är för lång. { $minutes ->
        [one] Högst 1 minut.
       *[other] Högst { $minutes } minuter.
    }
lotsline-sticker = Ett klistermärke kan jag inte skicka. Skriv eller spela in.
lotsline-offer = Vill du skicka det här till din lots?
lotsline-offer-button = 📨 Skicka till min lots

# To staff.
lotsline-gone = Meddelandet finns inte kvar.
lotsline-thread = 💬 { $name } och du. Tryck på ett meddelande för att se eller höra det.
lotsline-thread-empty = 💬 { $name } och du. Inga meddelanden ännu.
lotsline-item =
    { $who ->
        [lots] ↩️ Du
       *[participant] { $name }
    } · { $kind ->
        [voice] 🎙
        [video_note] 📹
        [audio] 🎵
        [photo] 🖼
       *[text] 💬
    } · { DATETIME($at, dateStyle: "medium", timeStyle: "short") }
lotsline-play-button = ▶️ Spela upp
lotsline-reply-button = ↩️ Svara
lotsline-card-button = 💬 Meddelanden ({ $line })
lotsline-reply =
    Skriv ditt svar till { $name }.
    Eller spela in ett röstmeddelande 🎙.
lotsline-answer-queued = ✅ Skickat. { $name } får svaret snart.
lotsline-answer-held = ⏸ { $name } har pausat meddelanden. Svaret kommer fram när pausen är slut.
lotsline-answer-stopped = ⛔ { $name } har stoppat alla meddelanden. Svaret skickades inte.

# To the participant: the lots's answer.
lotsline-answer-text =
    💬 { $name }, din lots:
    { $text }
lotsline-answer-voice = 🎙 { $name }, din lots
lotsline-answer-back = ↩️ Svara

# A lots's work number.
lotsline-phone-button = 📞 Mitt jobbnummer
lotsline-phone-now = Deltagarna kan ringa dig på { $phone }.
lotsline-phone-none = Deltagarna ser inget nummer till dig.
lotsline-phone-ask = Skriv ditt jobbnummer. Då kan deltagarna ringa dig med ett tryck.
lotsline-phone-hide = 🚫 Visa inget nummer
lotsline-phone-saved = Sparat. Deltagarna kan ringa ditt jobbnummer.
lotsline-phone-hidden = Klart. Deltagarna ser inget nummer.
lotsline-phone-bad = Det ser inte ut som ett telefonnummer. Skriv till exempel 070-123 45 67.
