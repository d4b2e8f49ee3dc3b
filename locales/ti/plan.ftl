### The individual action plan: the participant’s view and the staff’s editing.

plan-menu-button = 📋 መደበይ
plan-staff-button = 📋 መደብ

## The plan in plain words (the participant and the lots read the same lines).

plan-title = 📋 መደብኩም
plan-none = ክሳብ ሕጂ መደብ የብልኩምን። ኣማኻሪኹም ምሳኹም ሓቢሮም መደብ ክሰርሑ እዮም።
plan-goal = 🎯 ዕላማ: { $goal }
plan-goal-empty = 🎯 ዕላማ: ገና ኣይተጻሕፈን
plan-occupations = 💼 ሞያታትን ቦታታት ስራሕን: { $occupations }
plan-track = 🛤 ሕጂ: { $track }
plan-ladder = 🪜 ደረጃ ልምምድ: { $ladder }
plan-placement = 🏢 ቦታ ልምምድ: { $workplace }
plan-supervisor = 👤 ተቖጻጻሪ: { $supervisor }
plan-hours = ⏱ { $hours } ሰዓታት ኣብ ሰሙን
plan-starts = 🚩 መጀመርታ: { DATETIME($date, dateStyle: "long") }
plan-ends = 🏁 መወዳእታ: { DATETIME($date, dateStyle: "long") }
plan-follow-up = 🔁 ዝቕጽል ክትትል: { DATETIME($date, dateStyle: "long") }
plan-steps-title = ስጉምትታት:
plan-steps-none = ክሳብ ሕጂ ስጉምቲ የለን።
plan-step-line = { $mark } { $text } · { DATETIME($due, dateStyle: "medium") } · { $who }
plan-step-line-undated = { $mark } { $text } · { $who }
plan-responsible =
    { $responsible ->
        [me] ንስኹም
        [agency] ካልእ ትካል
       *[lots] ኣማኻሪኹም
    }
plan-kind-unknown = { $id } (ድሕሪ ሕጂ ኣብቲ ዝርዝር የለን)

## The participant.

plan-steps-pick = ንምርኣዩ ኣብ ሓደ ስጉምቲ ጠውቑ።
plan-goal-write = ✏️ ዕላማይ ክጽሕፍ
plan-ask-goal = እንታይ ክትበጽሑ ትደልዩ? ዕላማኹም ብናይ ገዛእ ርእስኹም ቃላት ጽሓፉ። ቢበዝሒ { $max } ፊደላት።
plan-goal-saved = ተዓቂቡ። ሕጂ እዚ ዕላማኹም እዩ።
plan-step-view =
    { $text }
    📅 { DATETIME($due, dateStyle: "full") }
    👤 ሓላፍነት: { $who }
plan-step-view-undated =
    { $text }
    👤 ሓላፍነት: { $who }
plan-step-tick = ✅ ገይረዮ እየ
plan-step-ticked = ጽቡቕ ስራሕ! እቲ ስጉምቲ ተፈጺሙ።
plan-step-already = እቲ ስጉምቲ ድሮ ተፈጺሙ እዩ።
plan-step-ask = ❓ ብዛዕባ እዚ ንኣማኻሪየ ክሓትት
plan-step-asked = ኣማኻሪኹም ብዛዕባ እቲ ስጉምቲ ሕቶኹም ክበጽሖም እዩ።
plan-step-gone = እቲ ስጉምቲ ድሕሪ ሕጂ የለን።

## Messages the bot sends on its own.

plan-notice-changed = 📋 መደብኩም ተቐይሩ። ንምርኣዩ ጠውቑ።
plan-step-reminder = ⏰ ጽባሕ፣ { DATETIME($due, dateStyle: "full") }: { $text }
plan-step-question-notice = ❓ { $name } ብዛዕባ ሓደ ስጉምቲ ናይቲ መደብ ሕቶ ኣለዎ: “{ $text }”። በጃኹም ምስ { $name } ተራኸቡ።

## Staff.

plan-staff-title = 📋 መደብ ናይ { $name }
plan-staff-responsible =
    { $responsible ->
        [me] እቲ ተሳታፊ
        [agency] ካልእ ትካል
       *[lots] እቲ ኣማኻሪ
    }
plan-staff-goal = 🎯 ዕላማ
plan-staff-occupations = 💼 ሞያታት
plan-staff-track = 🛤 መስመር
plan-staff-ladder = 🪜 ደረጃ ልምምድ
plan-staff-placement = 🏢 ቦታ ልምምድ
plan-staff-add-step = ➕ ሓድሽ ስጉምቲ
plan-staff-steps = 🔄 ስጉምቲ ቀይር
plan-staff-follow-up = 🔁 ክትትል
plan-staff-start = 🚩 መጀመርታ
plan-staff-end = 🏁 መወዳእታ
plan-staff-history = 🕘 ታሪኽ
plan-staff-clear = 🗑 ኣልግስ
plan-staff-skip = ሕለፍ
plan-staff-saved = ተዓቂቡ። እቲ ተሳታፊ መደቡ ከም ዝተቐየረ ክፈልጥ እዩ።
plan-staff-ask-goal = ነቲ ዕላማ ጽሓፉ፣ እንተተኻኢሉ ብቓላት እቲ ተሳታፊ። ቢበዝሒ { $max } ፊደላት።
plan-staff-ask-occupations = ሞያታትን ቦታታት ስራሕን ጽሓፉ። ነፍሲ ወከፍ ኣብ ሓደ መስመር፣ ወይ ብኮማ ፈልዩ።
plan-staff-occupations-bad = ቢበዝሒ { $count } ሞያታት ጽሓፉ፣ ነፍሲ ወከፍ ቢበዝሒ { $max } ፊደላት።
plan-staff-ask-track = መስመር ምረጹ:
plan-staff-ask-ladder = ደረጃ ኣብ መሳልል ልምምድ ምረጹ:
plan-staff-ask-workplace = ስም ቦታ ልምምድ ጽሓፉ።
plan-staff-no-placement = ቦታ ልምምድ የለን
plan-staff-ask-supervisor = ቀዳማይ ስም ናይቲ ተቖጻጻሪ ጽሓፉ።
plan-staff-ask-hours = ኣብ ሰሙን ክንደይ ሰዓታት? ጠውቑ ወይ ቁጽሪ ጽሓፉ።
plan-staff-hours-bad = ካብ 1 ክሳብ { $max } ዘሎ ቁጽሪ ጽሓፉ።
plan-staff-ask-step = ነቲ ስጉምቲ ብሓጺሩ ጽሓፉ። ቢበዝሒ { $step_max } ፊደላት።
plan-staff-ask-date = ዕለት ምረጹ:
plan-staff-date-today = ሎሚ
plan-staff-date-weeks =
    { $weeks ->
        [one] ድሕሪ ሓደ ሰሙን
       *[other] ድሕሪ { $weeks } ሰሙናት
    }
plan-staff-date-months =
    { $months ->
        [one] ድሕሪ ሓደ ወርሒ
       *[other] ድሕሪ { $months } ኣዋርሕ
    }
plan-staff-date-none = ዕለት የብሉን
plan-staff-ask-responsible = ንእዚ ስጉምቲ መን እዩ ሓላፍነት ዘለዎ?
plan-staff-step-saved = እቲ ስጉምቲ ተዓቂቡ። እቲ ተሳታፊ ክፈልጥ እዩ።
plan-staff-step-unchanged = እቲ ስጉምቲ ድሮ እዚ ኩነታት እዚ ኣለዎ።
plan-staff-ask-pick-step = ኣየናይ ስጉምቲ ክትቅይሩ ትደልዩ?
plan-staff-ask-status = ሕጂ ኩነታት ናይቲ ስጉምቲ እንታይ እዩ?
plan-status-name =
    { $status ->
        [done] ተፈጺሙ
        [cancelled] ተሰሪዙ
       *[planned] ተመዲቡ
    }
plan-staff-status-button =
    { $status ->
        [done] ✅ ተፈጺሙ
        [cancelled] ✖️ ተሰሪዙ
       *[planned] ⬜ ተመዲቡ
    }
plan-staff-history-title = 🕘 ለውጥታት ናይቲ መደብ ({ $total })፣ እቶም ሓደሽቲ ቅድሚ:
plan-staff-history-none = ክሳብ ሕጂ ለውጢ የለን።
plan-staff-newer = ⬆️ ሓደሽቲ
plan-staff-older = ⬇️ ኣረገውቲ
plan-history-nothing = (ባዶ)
plan-history-by =
    { $actor ->
        [import] ምእታው
        [participant] እቲ ተሳታፊ
       *[staff] ሰራሕተኛታት
    }
plan-history-line = { DATETIME($at, dateStyle: "short", timeStyle: "short") } · { $who } · { plan-history-field }: { $old } → { $new }
plan-history-field =
    { $field ->
        [goal] ዕላማ
        [occupations] ሞያታት
        [track] መስመር
        [ladder] ደረጃ ልምምድ
        [workplace] ቦታ ልምምድ
        [supervisor] ተቖጻጻሪ
        [hours_per_week] ሰዓታት ኣብ ሰሙን
        [starts_on] መጀመርታ
        [ends_on] መወዳእታ
        [follow_up_on] ክትትል
        [step] ስጉምቲ
        [step-status] ኩነታት ስጉምቲ
       *[other] { $field }
    }
