### Self-assessment: questions about how it goes, one a screen, and the results.

menu-assessment =
    { $open ->
        [0] 📝 Självskattning
        [one] 📝 Självskattning (1 ny)
       *[other] 📝 Självskattning ({ $open } nya)
    }

# Answer scales. An instrument's file says which scale it uses.
scale-agree-1 = Stämmer inte alls
scale-agree-2 = Stämmer lite
scale-agree-3 = Stämmer delvis
scale-agree-4 = Stämmer ganska bra
scale-agree-5 = Stämmer helt
scale-often-0 = Aldrig
scale-often-1 = Sällan
scale-often-2 = Ibland
scale-often-3 = Ganska ofta
scale-often-4 = Oftast
scale-often-5 = Hela tiden

assessment-home = Här svarar du på frågor om hur det går för dig. Din lots ser dina svar.
assessment-open-button = ▶️ { $title } ({ $done }/{ $total })
assessment-self-button = 📝 { $title }
assessment-results-button = 📊 Mina resultat
assessment-results-title = Vilket resultat vill du se?
assessment-results-item = { $title } · { DATETIME($at, dateStyle: "medium") }

assessment-intro =
    { $title }
    { $count ->
        [one] 1 fråga.
       *[other] { $count } frågor.
    } { assessment-minutes }
    Det finns inga rätta eller fel svar.
    Din lots ser dina svar.
assessment-intro-recall =
    { $days ->
        [one] Tänk på den senaste dagen.
       *[other] Tänk på de senaste { $days } dagarna.
    }
assessment-intro-themes =
    { $themes ->
        [one] Frågorna kommer i 1 del.
       *[other] Frågorna kommer i { $themes } delar.
    } Du kan ta paus efter varje del.
assessment-intro-optional = Du väljer själv om du vill svara.
assessment-begin = Börja
assessment-decline = Nej tack
assessment-later = ⏸ Fortsätt senare
assessment-skip = Hoppa över ⏭

assessment-item-head = { $theme } · fråga { $number } av { $total }
assessment-item-answered = Ditt svar: { $answer }
assessment-theme-done =
    ✅ Klart: { $theme }. { $total ->
        [one] Du har gjort { $done } av 1 del.
       *[other] Du har gjort { $done } av { $total } delar.
    }
assessment-next-theme = Nästa del: { $upcoming }

assessment-result-title = Tack! Så här gick det i { $title }:
assessment-result-line = { $number }. { $theme }: { $band } ({ $score } av { $max })
assessment-result-few = { $number }. { $theme }: för få svar
assessment-result-total = Totalt: { $band } ({ $score } av { $max })
assessment-band-low = det är svårt just nu
assessment-band-mid = det går ganska bra
assessment-band-high = det går bra
assessment-chart-caption = { $title }: dina svar över tid. Längre stapel är bättre.
assessment-chart-shown =
    { $count ->
        [one] 1 gång
       *[other] { $count } gånger
    } i allt. Här syns den första, den förra och den senaste.
assessment-talk = 💬 Jag vill prata med min lots om det
assessment-talk-sent = Din lots får veta att du vill prata.

assessment-saved = Dina svar är sparade. Fortsätt när du vill under Självskattning.
assessment-declined = Okej. Du kan svara senare om du vill.
assessment-old-question = Den frågan är redan besvarad. Här är frågan du är på nu.
assessment-gone = De frågorna finns inte längre.
assessment-already-done = Du har redan svarat på de frågorna. Tack!

# Sent by the scheduler.
assessment-invite = 📝 Dags för några frågor om hur det går: { $title }. { assessment-minutes }
assessment-minutes =
    { $minutes ->
        [one] Det tar cirka 1 minut.
       *[other] Det tar cirka { $minutes } minuter.
    }
assessment-invite-baseline = 📝 Välkommen! Börja gärna med några frågor om hur det går för dig: { $title }. { assessment-minutes }
assessment-invite-exit = 📝 Programmet slutar snart. Svara gärna på några sista frågor: { $title }. { assessment-minutes }
assessment-reminder = Påminnelse: du har frågor kvar att svara på: { $title }.
assessment-invite-start = Börja nu

# Staff: the participant's self-assessments, from the participant card.
staff-assessment-button = 📊 Självskattning
staff-assessment-title = Självskattning för { $name }
staff-assessment-none = Inga svar än.
staff-assessment-latest = { $title } · { DATETIME($at, dateStyle: "medium") }
staff-assessment-previous = Förra gången: { $score } av { $max }
staff-assessment-open = Väntar på svar: { $title } ({ $done }/{ $total })
staff-assessment-rhythm =
    { $weeks ->
        [0] Korta frågor: av
        [one] Korta frågor: varje vecka
       *[other] Korta frågor: var { $weeks }:e vecka
    }
staff-assessment-chart = 📈 Visa diagram
staff-assessment-chart-caption = { $name }: { $title } över tid.
staff-assessment-no-chart = Det finns inga svar att visa än.
staff-assessment-request = 📝 Skicka frågor nu
staff-assessment-ask-which = Vilka frågor ska deltagaren få?
staff-assessment-form-full = { $title }: alla frågor
staff-assessment-form-short = { $title }: kort
staff-assessment-requested = Frågorna är skickade.
staff-assessment-rhythm-button = 🔁 Hur ofta
staff-assessment-ask-rhythm = Hur ofta ska deltagaren få korta frågor?
staff-assessment-every =
    { $weeks ->
        [one] Varje vecka
        [2] Varannan vecka
        [4] Var fjärde vecka
       *[other] Var { $weeks }:e vecka
    }
staff-assessment-every-off = Inga automatiska frågor
staff-assessment-rhythm-saved = Sparat.
