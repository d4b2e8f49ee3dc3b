### The individual action plan: the participant’s view and the staff’s editing.

plan-menu-button = 📋 Qorshahayga
plan-staff-button = 📋 Qorshe

## The plan in plain words (the participant and the lots read the same lines).

plan-title = 📋 Qorshahaaga
plan-none = Weli qorshe ma lihid. Hagahaagu wuxuu qorshaha kula samayn doonaa.
plan-goal = 🎯 Hadafka: { $goal }
plan-goal-empty = 🎯 Hadafka: weli lama qorin
plan-occupations = 💼 Shaqooyinka iyo goobaha shaqada: { $occupations }
plan-track = 🛤 Hadda: { $track }
plan-ladder = 🪜 Heerka praktikka: { $ladder }
plan-placement = 🏢 Goobta praktikka: { $workplace }
plan-supervisor = 👤 Kormeeraha: { $supervisor }
plan-hours =
    { $hours ->
        [one] ⏱ 1 saacad usbuucii
       *[other] ⏱ { $hours } saacadood usbuucii
    }
plan-starts = 🚩 Bilowga: { DATETIME($date, dateStyle: "long") }
plan-ends = 🏁 Dhammaadka: { DATETIME($date, dateStyle: "long") }
plan-follow-up = 🔁 Dabagalka xiga: { DATETIME($date, dateStyle: "long") }
plan-steps-title = Tallaabooyinka:
plan-steps-none = Weli tallaabo ma jirto.
plan-step-line = { $mark } { $text } · { DATETIME($due, dateStyle: "medium") } · { $who }
plan-step-line-undated = { $mark } { $text } · { $who }
plan-responsible =
    { $responsible ->
        [me] adiga
        [agency] hay’ad kale
       *[lots] hagahaaga
    }
plan-kind-unknown = { $id } (kuma jiro liiska mar dambe)

## The participant.

plan-steps-pick = Riix tallaabo si aad u aragto.
plan-goal-write = ✏️ Qor hadafkayga
plan-ask-goal = Maxaad rabtaa inaad gaarto? Hadafkaaga ku qor erayadaada. { core-max-chars }
plan-goal-saved = Waa la keydiyay. Kani waa hadafkaaga hadda.
plan-step-view =
    { $text }
    📅 { DATETIME($due, dateStyle: "full") }
    👤 Mas’uulka: { $who }
plan-step-view-undated =
    { $text }
    👤 Mas’uulka: { $who }
plan-step-tick = ✅ Waan sameeyay
plan-step-ticked = Si fiican! Tallaabadu way dhammaatay.
plan-step-already = Tallaabadaas horeba way dhammaatay.
plan-step-ask = ❓ Hagahayga wax ka weydii tan
plan-step-asked = Hagahaagu wuu heli doonaa su’aashaada ku saabsan tallaabada.
plan-step-gone = Tallaabadaas ma jirto mar dambe.

## Messages the bot sends on its own.

plan-notice-changed = 📋 Qorshahaaga waa la beddelay. Riix si aad u aragto.
plan-step-reminder = ⏰ Berri, { DATETIME($due, dateStyle: "full") }: { $text }
plan-step-question-notice = ❓ { $name } wuxuu qabaa su’aal ku saabsan tallaabo qorshaha ku jirta: “{ $text }”. Fadlan la xiriir { $name }.

## Staff.

plan-staff-title = 📋 Qorshaha { $name }
plan-staff-responsible =
    { $responsible ->
        [me] Ka qaybgalaha
        [agency] Hay’ad kale
       *[lots] Hagaha
    }
plan-staff-goal = 🎯 Hadafka
plan-staff-occupations = 💼 Shaqooyinka
plan-staff-track = 🛤 Waddada
plan-staff-ladder = 🪜 Heerka praktikka
plan-staff-placement = 🏢 Goobta praktikka
plan-staff-add-step = ➕ Tallaabo cusub
plan-staff-steps = 🔄 Beddel tallaabo
plan-staff-follow-up = 🔁 Dabagal
plan-staff-start = 🚩 Bilow
plan-staff-end = 🏁 Dhammaad
plan-staff-history = 🕘 Taariikhda
plan-staff-clear = 🗑 Tirtir
plan-staff-skip = Ka bood
plan-staff-saved = Waa la keydiyay. Ka qaybgalaha waxaa loo sheegayaa in qorshuhu isbeddelay.
plan-staff-ask-goal = Qor hadafka, haddii ay suurtagal tahay erayada ka qaybgalaha. { core-max-chars }
plan-staff-ask-occupations = Qor shaqooyinka iyo goobaha shaqada. Mid sadar kasta, ama hakad ku kala saar.
plan-staff-occupations-bad =
    { $count ->
        [one] Qor hal shaqo
       *[other] Qor ugu badnaan { $count } shaqo
    }, mid kastaa ugu badnaan { $max ->
        [one] 1 xaraf
       *[other] { $max } xaraf
    }.
plan-staff-ask-track = Dooro waddada:
plan-staff-ask-ladder = Dooro heerka jaranjarada praktikka:
plan-staff-ask-workplace = Qor magaca goobta praktikka.
plan-staff-no-placement = Goob praktik ma jirto
plan-staff-ask-supervisor = Qor magaca koowaad ee kormeeraha.
plan-staff-ask-hours = Immisa saacadood usbuucii? Riix ama qor tiro.
plan-staff-hours-bad = Qor tiro u dhaxaysa 1 iyo { $max }.
plan-staff-ask-step =
    Qor tallaabada si kooban. { $step_max ->
        [one] Ugu badnaan 1 xaraf.
       *[other] Ugu badnaan { $step_max } xaraf.
    }
plan-staff-ask-date = Dooro taariikh:
plan-staff-date-today = Maanta
plan-staff-date-weeks =
    { $weeks ->
        [one] Hal usbuuc kadib
       *[other] { $weeks } usbuuc kadib
    }
plan-staff-date-months =
    { $months ->
        [one] Hal bil kadib
       *[other] { $months } bilood kadib
    }
plan-staff-date-none = Taariikh la’aan
plan-staff-ask-responsible = Yaa mas’uul ka ah tallaabada?
plan-staff-step-saved = Tallaabada waa la keydiyay. Ka qaybgalaha waa loo sheegayaa.
plan-staff-step-unchanged = Tallaabadu horeba xaaladdaas bay lahayd.
plan-staff-ask-pick-step = Tallaabadee ayaad rabtaa inaad beddesho?
plan-staff-ask-status = Maxay tahay xaaladda tallaabada hadda?
plan-status-name =
    { $status ->
        [done] la dhammeeyay
        [cancelled] la joojiyay
       *[planned] la qorsheeyay
    }
plan-staff-status-button =
    { $status ->
        [done] ✅ La dhammeeyay
        [cancelled] ✖️ La joojiyay
       *[planned] ⬜ La qorsheeyay
    }
plan-staff-history-title = 🕘 Isbeddellada qorshaha ({ $total }), kuwa ugu cusub marka hore:
plan-staff-history-none = Weli isbeddel ma jiro.
plan-staff-newer = ⬆️ Kuwa cusub
plan-staff-older = ⬇️ Kuwa hore
plan-history-nothing = (madhan)
plan-history-by =
    { $actor ->
        [import] soo gelin
        [participant] ka qaybgalaha
       *[staff] shaqaalaha
    }
plan-history-line = { DATETIME($at, dateStyle: "short", timeStyle: "short") } · { $who } · { plan-history-field }: { $old } → { $new }
plan-history-field =
    { $field ->
        [goal] Hadafka
        [occupations] Shaqooyinka
        [track] Waddada
        [ladder] Heerka praktikka
        [workplace] Goobta praktikka
        [supervisor] Kormeeraha
        [hours_per_week] Saacadaha usbuucii
        [starts_on] Bilowga
        [ends_on] Dhammaadka
        [follow_up_on] Dabagalka
        [step] Tallaabo
        [step-status] Xaaladda tallaabada
       *[other] { $field }
    }
