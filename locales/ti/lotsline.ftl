### The line to the own lots: 📞 My lots, messages by voice, photo or text, and answers.

lotsline-menu-button = 📞 ኣማኻሪየ
lotsline-none = ሕጂ ኣማኻሪ የብልኩምን።
lotsline-home = 📞 ኣማኻሪኹም { $name } እዩ።
lotsline-hours =
    { $name } ዝሰርሓሉ ግዜ:
    { $schedule }
# One weekday of the lots's hours, e.g. "Monday: 09:00–12:00, 13:00–15:00".
lotsline-hours-day = { $day }: { $times }
lotsline-hours-time = { $start }–{ $end }
lotsline-write-button = 🎙 ጽሓፉ ወይ ቅረጹ
lotsline-book-button = 📅 ርክብ ሓዙ
lotsline-call-button = 📞 ን{ $name } ደውሉ
lotsline-write =
    ናብ { $name } ጽሓፉ።
    ወይ ናይ ድምጺ መልእኽቲ ቅረጹ 🎙።
    ስእሊ እውን ክትሰዱ ትኽእሉ ኢኹም።
lotsline-sent = ✅ ተላኢኹ። ኣማኻሪኹም መልእኽትኹም ክበጽሖ እዩ።
lotsline-forwarded = እዚ ካብ ካልእ ሰብ ዝመጸ እዩ። ባዕልኹም ጽሓፉ ወይ ቅረጹ።
lotsline-too-long =
    እቲ ቅዳሕ ኣዝዩ ነዊሕ እዩ። { $minutes ->
        [one] ቢበዝሒ 1 ደቒቕ።
       *[other] ቢበዝሒ { $minutes } ደቓይቕ።
    }
lotsline-sticker = ስቲከር ክሰድድ ኣይክእልን። ጽሓፉ ወይ ቅረጹ።
lotsline-offer = እዚ ናብ ኣማኻሪኹም ክትሰድዎ ትደልዩ ዶ?
lotsline-offer-button = 📨 ናብ ኣማኻሪየ ስደዶ

# To staff.
lotsline-gone = እቲ መልእኽቲ ደጊም የለን።
lotsline-thread = 💬 { $name }ን ንስኹምን። ክትርእይዎ ወይ ክትሰምዕዎ መልእኽቲ ጠውቑ።
lotsline-thread-empty = 💬 { $name }ን ንስኹምን። ገና መልእኽቲ የለን።
lotsline-item =
    { $who ->
        [lots] ↩️ ንስኹም
       *[participant] { $name }
    } · { $kind ->
        [voice] 🎙
        [video_note] 📹
        [audio] 🎵
        [photo] 🖼
       *[text] 💬
    } · { DATETIME($at, dateStyle: "medium", timeStyle: "short") }
lotsline-play-button = ▶️ ተጻወት
lotsline-reply-button = ↩️ መልሱ
lotsline-card-button = 💬 መልእኽትታት ({ $line })
lotsline-reply =
    ን{ $name } መልስኹም ጽሓፉ።
    ወይ ናይ ድምጺ መልእኽቲ ቅረጹ 🎙።
lotsline-answer-queued = ✅ ተላኢኹ። { $name } ቀልጢፉ ነቲ መልሲ ክቕበሎ እዩ።
lotsline-answer-held = ⏸ { $name } መልእኽትታት ደው ኣቢሉ ኣሎ። እቲ መልሲ እቲ ምቁራጽ ምስ ወድአ ክበጽሕ እዩ።
lotsline-answer-stopped = ⛔ { $name } ኩሎም መልእኽትታት ደው ኣቢሉ ኣሎ። እቲ መልሲ ኣይተላእከን።

# To the participant: the lots's answer.
lotsline-answer-text =
    💬 { $name }፡ ኣማኻሪኹም:
    { $text }
lotsline-answer-voice = 🎙 { $name }፡ ኣማኻሪኹም
lotsline-answer-back = ↩️ መልሱ

# A lots's work number.
lotsline-phone-button = 📞 ቁጽሪ ስራሕየ
lotsline-phone-now = ተሳተፍቲ ብ{ $phone } ክድውሉልኩም ይኽእሉ።
lotsline-phone-none = ተሳተፍቲ ቁጽሪኹም ኣይርእዩን።
lotsline-phone-ask = ቁጽሪ ስራሕኩም ጽሓፉ። ሽዑ ተሳተፍቲ ብሓደ ጠውቕ ክድውሉልኩም ይኽእሉ።
lotsline-phone-hide = 🚫 ቁጽሪ ኣይተርኢ
lotsline-phone-saved = ተዓቂቡ። ተሳተፍቲ ናብ ቁጽሪ ስራሕኩም ክድውሉ ይኽእሉ።
lotsline-phone-hidden = ተወዲኡ። ተሳተፍቲ ቁጽሪ ኣይርእዩን።
lotsline-phone-bad = እዚ ቁጽሪ ተሌፎን ኣይመስልን። ንኣብነት 070-123 45 67 ጽሓፉ።
