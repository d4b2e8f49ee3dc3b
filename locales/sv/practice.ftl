### Vocational Swedish practice: short sessions between shifts.

menu-practice = 🗣 Öva svenska

practice-home = Du övar: { $track }
practice-home-no-track = Öva svenska för ditt jobb, ett par minuter i taget.
practice-streak =
    { $streak ->
        [one] 🔥 1 dag i rad
       *[other] 🔥 { $streak } dagar i rad
    }
practice-week =
    Den här veckan:
    { $week }
    { practice-week-words }
practice-week-words =
    { $answers ->
        [one] 1 svar
       *[other] { $answers } svar
    }. Du har övat på { $known ->
        [one] 1 ord
       *[other] { $known } ord
    }.
practice-start = ▶️ Öva nu
practice-track-button = 🧰 Välj yrke
practice-times-button = ⏰ Påminnelse
practice-meanings-now = 🌍 Orden förklaras på { $language }.
practice-meanings-button = 🌍 Språk för orden
practice-ask-meanings =
    På vilket språk vill du se vad orden betyder?
    Välj det språk du kan bäst.
practice-meanings-saved = Sparat. Orden förklaras på { $language }.
practice-ask-track = Vilket yrke vill du öva svenska för?
practice-track-saved = Sparat. Tryck på Öva nu när du vill.
practice-ask-times =
    När vill du få en påminnelse att öva?
    Välj en eller två tider. Tryck igen för att ta bort.
practice-times-max = Du kan välja högst två tider.
practice-times-done = ✅ Klar
practice-nothing-due = Du har övat på allt för idag. Bra jobbat! Kom tillbaka i morgon.
practice-saved = Sparat. Fortsätt när du vill under Öva svenska.

practice-head = Ord { $number } av { $total }
practice-ask-recognise =
    Vad betyder det?
    { $sv }
practice-ask-recall =
    Hur säger man det på svenska?
    { $meaning }
practice-ask-gap =
    Vilket ord passar?
    { $gap }
practice-ask-type =
    Skriv på svenska:
    { $meaning }
practice-ask-listen = Lyssna och välj ordet du hör.
practice-listen = 🔊 Lyssna
practice-dont-know = 🤷 Jag vet inte
practice-stop = ⏸ Sluta för nu
practice-old-button = Den frågan är redan klar. Här är den du är på nu.
practice-gone = Den övningen finns inte längre.

practice-right = ✅ Rätt!
practice-wrong = Inte riktigt. Så här är det:
practice-explain =
    { $sv } = { $meaning }
    { $example }
practice-hear-word = 🔊 Ordet
practice-hear-example = 🔊 Meningen
practice-hear-meaning = 🔊 På { $language }
practice-voice-failed = Ljudet går inte att spela just nu. Försök igen senare.
practice-next = Nästa ▶️
practice-grade-again = Igen
practice-grade-hard = Svår
practice-grade-good = Bra
practice-grade-easy = Lätt
practice-graded = Sparat. Ordet kommer tillbaka efter det.

practice-done = Bra jobbat! { $correct } av { $total } rätt.
practice-more = ▶️ Öva mer

# Sent by the outbox at the times the participant chose.
practice-prompt = 🗣 Har du två minuter? Öva lite svenska för jobbet.
practice-prompt-button = ▶️ Öva nu
practice-week-summary =
    🗓 Din vecka med svenska:
    { $week }
    { $days ->
        [one] 1 dag
       *[other] { $days } dagar
    }, { practice-week-words }

# Staff: the participant's track, from the participant card.
staff-practice-button = 🗣 Övningsyrke
staff-practice-ask = Vilket yrke ska deltagaren öva svenska för?
staff-practice-saved = Sparat.
