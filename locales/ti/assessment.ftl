### Self-assessment: questions about how it goes, one a screen, and the results.
# ርእሰ-ገምጋም = self-assessment. The reader is addressed with the polite plural, the lots with the honorific plural (ይርእዩ, ክፈልጡ).

menu-assessment =
    { $open ->
        [0] 📝 ርእሰ-ገምጋም
        [one] 📝 ርእሰ-ገምጋም ({ $open } ሓደሽቲ)
       *[other] 📝 ርእሰ-ገምጋም ({ $open } ሓደሽቲ)
    }

# Answer scales. An instrument's file says which scale it uses.
scale-agree-1 = ፈጺሙ ሓቂ ኣይኮነን
scale-agree-2 = ቁሩብ ሓቂ እዩ
scale-agree-3 = ብኸፊል ሓቂ እዩ
scale-agree-4 = መብዛሕትኡ ሓቂ እዩ
scale-agree-5 = ምሉእ ብምሉእ ሓቂ እዩ
scale-often-0 = ዋላ ሓንሳብ
scale-often-1 = ሳሕቲ
scale-often-2 = ሓደ ሓደ ግዜ
scale-often-3 = ብዙሕ ግዜ
scale-often-4 = መብዛሕትኡ ግዜ
scale-often-5 = ኩሉ ግዜ

assessment-home = ኣብዚ ብዛዕባ ኩነታትኩም ሕቶታት ትምልሱ። ኣማኻሪኹም መልስታትኩም ይርእዩ።
assessment-open-button = ▶️ { $title } ({ $done }/{ $total })
assessment-self-button = 📝 { $title }
assessment-results-button = 📊 ውጽኢታተይ
assessment-results-title = ኣየናይ ውጽኢት ክትርእዩ ትደልዩ?
assessment-results-item = { $title } · { DATETIME($at, dateStyle: "medium") }

assessment-intro =
    { $title }
    { $count } ሕቶታት። ኣስታት { $minutes } ደቒቕ ይወስድ።
    ቅኑዕ ወይ ጌጋ መልሲ የለን።
    ኣማኻሪኹም መልስታትኩም ይርእዩ።
assessment-intro-recall = ብዛዕባ ዝሓለፉ { $days } መዓልቲ ሕሰቡ።
assessment-intro-themes = እቶም ሕቶታት ኣብ { $themes } ክፋላት ተመቓቒሎም ኣለዉ። ድሕሪ ነፍሲ ወከፍ ክፋል ከተዕርፉ ትኽእሉ ኢኹም።
assessment-intro-optional = ክትምልሱ ወይ ዘይክትምልሱ ባዕልኹም ትመርጹ።
assessment-begin = ጀምሩ
assessment-decline = ኣይፋል፣ የቐንየለይ
assessment-later = ⏸ ደሓር ቀጽሉ
assessment-skip = ሕለፉ ⏭

assessment-item-head = { $theme } · ሕቶ { $number } ካብ { $total }
assessment-item-answered = መልስኹም: { $answer }
assessment-theme-done = ✅ ተወዲኡ: { $theme }። ካብ { $total } ክፋላት { $done } ወዲእኩም ኣለኹም።
assessment-next-theme = ዝቕጽል ክፋል: { $upcoming }

assessment-result-title = የቐንየልና! ውጽኢት { $title } እዚ እዩ:
assessment-result-line = { $number }. { $theme }: { $band } ({ $score } ካብ { $max })
assessment-result-few = { $number }. { $theme }: እኹል መልሲ የለን
assessment-result-total = ብጠቕላላ: { $band } ({ $score } ካብ { $max })
assessment-band-low = ሕጂ ከቢድ እዩ
assessment-band-mid = ደሓን እዩ
assessment-band-high = ጽቡቕ እዩ
assessment-chart-caption = { $title }: መልስታትኩም ካብ ቀደም ክሳብ ሕጂ። ዝነውሐ ዓንዲ ዝሓሸ እዩ።
assessment-chart-shown = ብድምር { $count } ግዜ። ኣብዚ እቲ ቀዳማይ፡ እቲ ዝሓለፈን እቲ ናይ መወዳእታን ትርእዩ።
assessment-talk = 💬 ብዛዕባ እዚ ምስ ኣማኻሪየ ክዛረብ እደሊ
assessment-talk-sent = ኣማኻሪኹም ክትዛረቡ ከም እትደልዩ ክፈልጡ እዮም።

assessment-saved = መልስታትኩም ተዓቂቡ ኣሎ። ኣብ ዝደለኹምዎ ግዜ ኣብ ርእሰ-ገምጋም ቀጽሉ።
assessment-declined = ሕራይ። እንተደሊኹም ደሓር ክትምልሱ ትኽእሉ ኢኹም።
assessment-old-question = ነዚ ሕቶ ድሮ መሊስኩምዎ ኢኹም። እንሆ ሕጂ ዘለኹምሉ ሕቶ።
assessment-gone = እቶም ሕቶታት ሕጂ የለዉን።
assessment-already-done = ነዞም ሕቶታት ድሮ መሊስኩምዎም ኢኹም። የቐንየልና!

# Sent by the scheduler.
assessment-invite = 📝 ብዛዕባ ኩነታትኩም ንገለ ሕቶታት ግዜ ኣኺሉ: { $title }። ኣስታት { $minutes } ደቒቕ ይወስድ።
assessment-minutes = ኣስታት { $minutes } ደቒቕ ይወስድ።
assessment-invite-baseline = 📝 እንቋዕ ብደሓን መጻእኩም! ብገለ ሕቶታት ብዛዕባ ኩነታትኩም ጀምሩ: { $title }። ኣስታት { $minutes } ደቒቕ ይወስድ።
assessment-invite-exit = 📝 እቲ ፕሮግራም ቀልጢፉ ክውዳእ እዩ። በጃኹም ንገለ ናይ መወዳእታ ሕቶታት መልሱ: { $title }። ኣስታት { $minutes } ደቒቕ ይወስድ።
assessment-reminder = መዘኻኸሪ: ገና ዘይመለስኩምዎም ሕቶታት ኣለዉ: { $title }።
assessment-invite-start = ሕጂ ጀምሩ

# Staff: the participant's self-assessments, from the participant card.
staff-assessment-button = 📊 ርእሰ-ገምጋም
staff-assessment-title = ርእሰ-ገምጋም ናይ { $name }
staff-assessment-none = ገና መልሲ የለን።
staff-assessment-latest = { $title } · { DATETIME($at, dateStyle: "medium") }
staff-assessment-previous = ዝሓለፈ ግዜ: { $score } ካብ { $max }
staff-assessment-open = መልሲ ይጽበ ኣሎ: { $title } ({ $done }/{ $total })
staff-assessment-rhythm =
    { $weeks ->
        [0] ሓጸርቲ ሕቶታት: የለን
        [one] ሓጸርቲ ሕቶታት: ኩሉ ሰሙን
       *[other] ሓጸርቲ ሕቶታት: ኣብ { $weeks } ሰሙን ሓንሳብ
    }
staff-assessment-chart = 📈 ግራፍ ርኣዩ
staff-assessment-chart-caption = { $name }: { $title } ካብ ቀደም ክሳብ ሕጂ።
staff-assessment-no-chart = ገና ዝርአ መልሲ የለን።
staff-assessment-request = 📝 ሕጂ ሕቶታት ስደዱ
staff-assessment-ask-which = ኣየኖት ሕቶታት ናብቲ ተሳታፊ ይለኣኹ?
staff-assessment-form-full = { $title }: ኩሎም ሕቶታት
staff-assessment-form-short = { $title }: ሓጺር
staff-assessment-requested = እቶም ሕቶታት ተላኢኾም።
staff-assessment-rhythm-button = 🔁 ክንደይ ግዜ
staff-assessment-ask-rhythm = ኣብ ክንደይ ግዜ ሓንሳብ ሓጸርቲ ሕቶታት ናብቲ ተሳታፊ ይለኣኹ?
staff-assessment-every =
    { $weeks ->
        [2] ኣብ ክልተ ሰሙን ሓንሳብ
        [4] ኣብ ኣርባዕተ ሰሙን ሓንሳብ
        [one] ኩሉ ሰሙን
       *[other] ኣብ { $weeks } ሰሙን ሓንሳብ
    }
staff-assessment-every-off = ብዘይ ኣውቶማቲክ ሕቶታት
staff-assessment-rhythm-saved = ተዓቂቡ።
