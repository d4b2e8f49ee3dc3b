### The programme report: an Excel file with the participants and a summary.

report-menu-button = 📊 Rapport
report-home-staff = Rapporten gäller dina deltagare. Du får den som en Excel-fil.
report-home-admin = Vilka deltagare ska rapporten gälla? Välj efter när de började.
report-make = Gör rapporten
report-cohort-all = Alla deltagare
report-cohort-year = Började { $year }
report-cohort-half =
    Började { $year }, { $half ->
        [1] januari–juni
       *[other] juli–december
    }
report-scope-own = Mina deltagare
report-progress = Jag gör rapporten …
report-done =
    { $count ->
        [one] Klart! Rapporten har 1 deltagare.
       *[other] Klart! Rapporten har { $count } deltagare.
    }
report-caption = Rapport från Lotsen. Filen har uppgifter om personer: spara den säkert.
report-sheet-participants = Deltagare
report-sheet-summary = Sammanställning
report-column-id = ID
report-column-start = Start
report-column-end = Slut
report-column-gender = Kön
report-column-age-band = Ålder
report-column-entry-status = Status vid start
report-column-education = Utbildning
report-column-track = Spår
report-column-ladder = Praktiksteg
report-column-exit-status = Status vid avslut
report-column-follow-up = Efter sex månader
report-column-disability = Funktionsnedsättning
report-column-third-country = Medborgare utanför EU
report-age-under-18 = Under 18 år
report-age-18-29 = 18–29 år
report-age-30-54 = 30–54 år
report-age-55-plus = 55 år och äldre
report-not-recorded = Inte ifyllt
report-summary-what = Vad
report-summary-value = Antal eller andel
report-summary-of = Av antal
report-summary-note = Förklaring
report-summary-scope = Urval
report-summary-participants = Deltagare
report-summary-gender = Kön
report-summary-age = Ålder vid start
report-summary-entry-status = Status vid start
report-summary-education = Utbildning
report-summary-track = Spår
report-summary-ladder = Praktiksteg
report-summary-disability = Funktionsnedsättning
report-summary-third-country = Medborgare utanför EU
report-summary-ended = Avslutade
report-summary-follow-up = Tillfrågade efter sex månader
report-summary-targets = Mål (andel som når målet)
report-target-work-after-six-months = Jobb vid avslut och jobb sex månader senare
report-target-ready-for-job = Redo och trygg att ta ett jobb
report-target-physical-health = God fysisk hälsa
report-target-mental-health = God psykisk hälsa
report-target-adapted-support = Stöd anpassat efter behov
report-target-improved-chances = Bättre chanser till jobb eller utbildning
report-note-work = Av dem som fått frågan efter sex månader. Den som inte svarat räknas som att inte nå målet.
report-note-exit = Av dem som svarat på frågan i enkäten { avslut-title }. Svar { $cut } eller högre når målet.
report-note-shares = Andelar räknas bara på deltagarna i den här rapporten. Ålder är åldern under det år deltagaren började.
report-sheet-overview = Översikt
report-title = Programrapport
report-title-municipality = Kommun
report-title-programme = Program
report-title-period = Urval
report-title-made-at = Gjord
report-title-made-by = Gjord av
report-made-by-operator = Serverns kommandorad
report-target-column-name = Mål
report-target-column-level = Målnivå
report-target-column-counted = Räknas
report-target-column-of = Av antal
report-target-column-share = Andel
report-target-column-met = Uppfyllt?
report-target-met = Uppfyllt
report-target-not-met = Inte uppfyllt
report-note-targets = Målen räknas på deltagarna i den här rapporten, den dag den gjordes. Ett antal (till exempel 40) är uppfyllt när så många räknas; en andel när den nås.
report-column-job-started = Jobbet började
report-column-meetings-booked = Bokade möten
report-column-meetings-attended = Möten där deltagaren kom
report-column-meetings-missed = Missade möten
report-summary-meetings = Möten
