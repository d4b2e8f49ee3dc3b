### Check-ins (avstämningar): how the week has been, and whether help is needed.

checkin-prompt = Hej! Hur har veckan varit?
checkin-prompt-named = Hej { $name }! Hur har veckan varit?
checkin-reminder = Vi hörde inget från dig. Hur har veckan varit? Tryck på en knapp.
checkin-mood-5 = 😄 Mycket bra
checkin-mood-4 = 🙂 Bra
checkin-mood-3 = 😐 Okej
checkin-mood-2 = 🙁 Dåligt
checkin-mood-1 = 😞 Mycket dåligt
checkin-ask-help = Tack! Behöver du hjälp med något?
checkin-help-no = Nej, det är bra
checkin-help-contact = Ja, kontakta mig
checkin-help-message = Skriv till min lots
checkin-write-message =
    Skriv ditt meddelande till din lots.
    Eller spela in ett röstmeddelande 🎙. Du kan också skicka ett foto.
checkin-message-too-long = Meddelandet är för långt. { core-max-chars }
checkin-thanks = Tack för ditt svar!
checkin-thanks-contact = Tack! Din lots hör av sig till dig.
checkin-thanks-message = Tack! Din lots har fått ditt meddelande.
checkin-already-answered = Du har redan svarat. Tack!
checkin-message-to-staff =
    💬 Meddelande från { $name }:
    { $message }

# Pause: "I'm sick or away".
pause-ask = Hur länge vill du pausa meddelanden?
pause-days =
    { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    }
pause-saved = Pausat. Du får inga meddelanden till och med { DATETIME($until, dateStyle: "long") }.
pause-status = ⏸ Meddelanden är pausade till och med { DATETIME($until, dateStyle: "long") }.
pause-resumed = Välkommen tillbaka! Nu får du meddelanden igen.
