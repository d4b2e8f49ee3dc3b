### Vocational Swedish practice: short sessions between shifts.
# ሽወደንኛ = Swedish; ሞያ = occupation (yrke); ተለማመዱ = practise. The reader is addressed with the polite plural,
# the participant in staff texts with the honorific plural (ክለማመዱ), as in staff.ftl.

menu-practice = 🗣 ሽወደንኛ ተለማመዱ

practice-home = ትለማመዱሉ ዘለኹም ሞያ: { $track }
practice-home-no-track = ንስራሕኩም ሽወደንኛ ተለማመዱ። ኣብ ነፍሲ ወከፍ ግዜ ቁሩብ ደቓይቕ ጥራይ።
practice-streak =
    { $streak ->
        [one] 🔥 { $streak } መዓልቲ ብተኸታታሊ
       *[other] 🔥 { $streak } መዓልቲ ብተኸታታሊ
    }
practice-week =
    እዚ ሰሙን:
    { $week }
    { $answers } መልስታት ሂብኩም። { $known } ቃላት ተለማሚድኩም።
practice-week-words = { $answers } መልስታት ሂብኩም። { $known } ቃላት ተለማሚድኩም።
practice-start = ▶️ ሕጂ ተለማመዱ
practice-track-button = 🧰 ሞያ ምረጹ
practice-times-button = ⏰ መዘኻኸሪ
practice-meanings-now = 🌍 ቋንቋ ትርጉም ቃላት: { $language }።
practice-meanings-button = 🌍 ቋንቋ ትርጉም ቃላት
practice-ask-meanings =
    ትርጉም ቃላት ብኣየናይ ቋንቋ ክትርእዩ ትደልዩ?
    እቲ ኣዝዩ ዝፈልጥዎ ቋንቋ ምረጹ።
practice-meanings-saved = ተዓቂቡ። ሕጂ ቋንቋ ትርጉም ቃላት: { $language }።
practice-ask-track = ንኣየናይ ሞያ ሽወደንኛ ክትለማመዱ ትደልዩ?
practice-track-saved = ተዓቂቡ። ኣብ ዝደለኹምዎ ግዜ «ሕጂ ተለማመዱ» ጠውቑ።
practice-ask-times =
    ንልምምድ መዘኻኸሪ መዓስ ክመጸኩም ትደልዩ?
    ሓደ ወይ ክልተ ሰዓታት ምረጹ። ክትሰርዝዎ እንተደሊኹም ደጊምኩም ጠውቑ።
practice-times-max = ቢበዝሒ ክልተ ሰዓታት ክትመርጹ ትኽእሉ ኢኹም።
practice-times-done = ✅ ተወዲኡ
practice-nothing-due = ንሎሚ ኩሉ ተለማሚድኩም ኢኹም። ጽቡቕ ሰሪሕኩም! ጽባሕ ደጊምኩም ምጹ።
practice-saved = ተዓቂቡ። ኣብ ዝደለኹምዎ ግዜ ኣብ «ሽወደንኛ ተለማመዱ» ቀጽሉ።

practice-head = ቃል { $number } ካብ { $total }
practice-ask-recognise =
    እዚ እንታይ ማለት እዩ?
    { $sv }
practice-ask-recall =
    እዚ ብሽወደንኛ ከመይ ይበሃል?
    { $meaning }
practice-ask-gap =
    ኣየናይ ቃል ይሰማማዕ?
    { $gap }
practice-ask-type =
    ብሽወደንኛ ጽሓፉ:
    { $meaning }
practice-ask-listen = ስማዕ እሞ እትሰምዖ ቃል ምረጽ።
practice-listen = 🔊 ስማዕ
practice-dont-know = 🤷 ኣይፈልጥን
practice-stop = ⏸ ንሕጂ ኣኺሉ
practice-old-button = እዚ ሕቶ ድሮ ተወዲኡ እዩ። እንሆ ሕጂ ዘለኹምሉ ሕቶ።
practice-gone = እዚ ልምምድ ደጊም የለን።

practice-right = ✅ ቅኑዕ!
practice-wrong = ምሉእ ብምሉእ ኣይኮነን። እቲ ቅኑዕ መልሲ እዚ እዩ:
practice-explain =
    { $sv } = { $meaning }
    { $example }
practice-hear-word = 🔊 እቲ ቃል
practice-hear-example = 🔊 እቲ ምሉእ ሓሳብ
practice-hear-meaning = 🔊 ብ{ $language }
practice-voice-failed = እቲ ድምጺ ሕጂ ክጻወት ኣይከኣለን። ደሓር ደጊምካ ፈትን።
practice-next = ዝቕጽል ▶️
practice-grade-again = ከም ብሓድሽ
practice-grade-hard = ከቢድ
practice-grade-good = ጽቡቕ
practice-grade-easy = ቀሊል
practice-graded = ተዓቂቡ። እቲ ቃል ብመሰረት ምርጫኹም ተመሊሱ ክመጽእ እዩ።

practice-done = ጽቡቕ ሰሪሕኩም! { $correct } ካብ { $total } ቅኑዕ።
practice-more = ▶️ ተወሳኺ ተለማመዱ

# Sent by the outbox at the times the participant chose.
practice-prompt = 🗣 ክልተ ደቒቕ ግዜ ኣለኩም ድዩ? ንስራሕ ቁሩብ ሽወደንኛ ተለማመዱ።
practice-prompt-button = ▶️ ሕጂ ተለማመዱ
practice-week-summary =
    🗓 ሰሙንኩም ምስ ሽወደንኛ:
    { $week }
    { $days ->
        [one] { $days } መዓልቲ
       *[other] { $days } መዓልቲ
    }፣ { $answers } መልስታት። { $known } ቃላት ተለማሚድኩም።

# Staff: the participant's track, from the participant card.
staff-practice-button = 🗣 ሞያ ልምምድ
staff-practice-ask = እቲ ተሳታፊ ንኣየናይ ሞያ ሽወደንኛ ክለማመዱ ኣለዎም?
staff-practice-saved = ተዓቂቡ።
