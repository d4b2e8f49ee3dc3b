### The individual action plan: the participant’s view and the staff’s editing.

plan-menu-button = 📋 Min plan
plan-staff-button = 📋 Plan

## The plan in plain words (the participant and the lots read the same lines).

plan-title = 📋 Din plan
plan-none = Du har ingen plan än. Din lots gör planen tillsammans med dig.
plan-goal = 🎯 Mål: { $goal }
plan-goal-empty = 🎯 Mål: inte skrivet än
plan-occupations = 💼 Yrken och arbetsplatser: { $occupations }
plan-track = 🛤 Nu: { $track }
plan-ladder = 🪜 Praktiksteg: { $ladder }
plan-placement = 🏢 Praktikplats: { $workplace }
plan-supervisor = 👤 Handledare: { $supervisor }
plan-hours =
    { $hours ->
        [one] ⏱ 1 timme i veckan
       *[other] ⏱ { $hours } timmar i veckan
    }
plan-starts = 🚩 Start: { DATETIME($date, dateStyle: "long") }
plan-ends = 🏁 Slut: { DATETIME($date, dateStyle: "long") }
plan-follow-up = 🔁 Nästa uppföljning: { DATETIME($date, dateStyle: "long") }
plan-steps-title = Steg:
plan-steps-none = Inga steg än.
plan-step-line = { $mark } { $text } · { DATETIME($due, dateStyle: "medium") } · { $who }
plan-step-line-undated = { $mark } { $text } · { $who }
plan-responsible =
    { $responsible ->
        [me] du
        [agency] en annan myndighet
       *[lots] din lots
    }
plan-kind-unknown = { $id } (finns inte längre i listan)

## The participant.

plan-steps-pick = Tryck på ett steg för att se det.
plan-goal-write = ✏️ Skriv mitt mål
plan-ask-goal = Vad vill du nå? Skriv ditt mål med egna ord. { core-max-chars }
plan-goal-saved = Sparat. Det är ditt mål nu.
plan-step-view =
    { $text }
    📅 { DATETIME($due, dateStyle: "full") }
    👤 Ansvar: { $who }
plan-step-view-undated =
    { $text }
    👤 Ansvar: { $who }
plan-step-tick = ✅ Jag har gjort det
plan-step-ticked = Bra jobbat! Steget är klart.
plan-step-already = Det steget är redan klart.
plan-step-ask = ❓ Fråga min lots om det här
plan-step-asked = Din lots får din fråga om steget.
plan-step-gone = Det steget finns inte längre.

## Messages the bot sends on its own.

plan-notice-changed = 📋 Din plan har ändrats. Tryck för att se den.
plan-step-reminder = ⏰ I morgon, { DATETIME($due, dateStyle: "full") }: { $text }
plan-step-question-notice = ❓ { $name } har en fråga om ett steg i planen: “{ $text }”. Kontakta gärna { $name }.

## Staff.

plan-staff-title = 📋 Plan för { $name }
plan-staff-responsible =
    { $responsible ->
        [me] Deltagaren
        [agency] En annan myndighet
       *[lots] Lotsen
    }
plan-staff-goal = 🎯 Mål
plan-staff-occupations = 💼 Yrken
plan-staff-track = 🛤 Spår
plan-staff-ladder = 🪜 Praktiksteg
plan-staff-placement = 🏢 Praktikplats
plan-staff-add-step = ➕ Nytt steg
plan-staff-steps = 🔄 Ändra ett steg
plan-staff-follow-up = 🔁 Uppföljning
plan-staff-start = 🚩 Start
plan-staff-end = 🏁 Slut
plan-staff-history = 🕘 Historik
plan-staff-clear = 🗑 Ta bort
plan-staff-skip = Hoppa över
plan-staff-saved = Sparat. Deltagaren får veta att planen har ändrats.
plan-staff-ask-goal = Skriv målet, gärna med deltagarens egna ord. { core-max-chars }
plan-staff-ask-occupations = Skriv yrken och arbetsplatser. Ett per rad, eller med komma emellan.
plan-staff-occupations-bad =
    { $count ->
        [one] Skriv ett yrke
       *[other] Skriv högst { $count } yrken
    }, med högst { $max ->
        [one] 1 tecken
       *[other] { $max } tecken
    } i varje.
plan-staff-ask-track = Välj spår:
plan-staff-ask-ladder = Välj steg på praktiktrappan:
plan-staff-ask-workplace = Skriv namnet på praktikplatsen.
plan-staff-no-placement = Ingen praktikplats
plan-staff-ask-supervisor = Skriv handledarens förnamn.
plan-staff-ask-hours = Hur många timmar i veckan? Tryck eller skriv ett tal.
plan-staff-hours-bad = Skriv ett tal från 1 till { $max }.
plan-staff-ask-step =
    Skriv steget kort. { $step_max ->
        [one] Högst 1 tecken.
       *[other] Högst { $step_max } tecken.
    }
plan-staff-ask-date = Välj ett datum:
plan-staff-date-today = I dag
plan-staff-date-weeks =
    { $weeks ->
        [one] Om en vecka
       *[other] Om { $weeks } veckor
    }
plan-staff-date-months =
    { $months ->
        [one] Om en månad
       *[other] Om { $months } månader
    }
plan-staff-date-none = Inget datum
plan-staff-ask-responsible = Vem ansvarar för steget?
plan-staff-step-saved = Steget är sparat. Deltagaren får veta det.
plan-staff-step-unchanged = Steget har redan den statusen.
plan-staff-ask-pick-step = Vilket steg vill du ändra?
plan-staff-ask-status = Vad gäller nu för steget?
plan-status-name =
    { $status ->
        [done] klart
        [cancelled] inställt
       *[planned] planerat
    }
plan-staff-status-button =
    { $status ->
        [done] ✅ Klart
        [cancelled] ✖️ Inställt
       *[planned] ⬜ Planerat
    }
plan-staff-history-title = 🕘 Ändringar i planen ({ $total }), de senaste först:
plan-staff-history-none = Inga ändringar än.
plan-staff-newer = ⬆️ Nyare
plan-staff-older = ⬇️ Äldre
plan-history-nothing = (tomt)
plan-history-by =
    { $actor ->
        [import] import
        [participant] deltagaren
       *[staff] personal
    }
plan-history-line = { DATETIME($at, dateStyle: "short", timeStyle: "short") } · { $who } · { plan-history-field }: { $old } → { $new }
plan-history-field =
    { $field ->
        [goal] Mål
        [occupations] Yrken
        [track] Spår
        [ladder] Praktiksteg
        [workplace] Praktikplats
        [supervisor] Handledare
        [hours_per_week] Timmar i veckan
        [starts_on] Start
        [ends_on] Slut
        [follow_up_on] Uppföljning
        [step] Steg
        [step-status] Stegets status
       *[other] { $field }
    }
