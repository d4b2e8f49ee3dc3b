### Admins manage the staff: caseloads, moves, and who has access.

menu-staff-team = 👥 ሰራሕተኛታት
team-unnamed = ሰራሕተኛ ቁ. { $number }
team-title =
    { $count ->
        [0] ገና ሰራሕተኛ የለን።
        [one] ሰራሕተኛታት ({ $count })። ሓደ ሰብ ምረጹ:
       *[other] ሰራሕተኛታት ({ $count })። ሓደ ሰብ ምረጹ:
    }
team-row =
    { $count ->
        [0] { $name } · ተሳታፊ የለን
        [one] { $name } · { $count } ተሳተፍቲ
       *[other] { $name } · { $count } ተሳተፍቲ
    }
team-member =
    { $name }
    { $count ->
        [0] ተሳታፊ የለን።
        [one] { $count } ተሳተፍቲ።
       *[other] { $count } ተሳተፍቲ።
    }
team-configured-admin = ብመሰረት ቅጥዕታት ኣመሓዳሪ እዮም። ኣብዚ ደው ክብሉ ኣይክእሉን።
team-move-button = ➡️ ኩሎም ተሳተፍቲ ኣግዕዙ
team-deactivate-button = 🚫 ደው ኣብሉ
team-pick-target = ተሳተፍቲ { $name } መን ይቕበሎም?
team-no-target = ካልእ ሰራሕተኛ የለን። መጀመርታ ብጻይ ዕደሙ።
team-confirm =
    { $question ->
        [move] { $count } ተሳተፍቲ ካብ { $name } ናብ { $target } ይግዓዙ ዶ?
        [move-deactivate] { $count } ተሳተፍቲ ካብ { $name } ናብ { $target } ይግዓዙ፣ { $name }ከ ደው ይበሉ ዶ?
       *[deactivate] { $name } ደው ይበሉ ዶ? ድሕሪኡ Lotsen ክጥቀሙ ኣይክእሉን።
    }
team-yes = ✅ እወ
team-moved = ተሳተፍቲ ተጓዒዞም። ሓድሽ ኣማኻሪኦም ተሓቢሩ።
team-deactivated = ተወዲኡ። እቲ ብጻይ ሕጂ ምእታው የብሉን።
team-refused = ኣይሰርሐን። ደጊምኩም ፈትኑ።
team-refused-participants = መጀመርታ ተሳተፍቲ ኣግዕዙ።
team-refused-configured = ካብ ቅጥዕታት ዝመጸ ኣመሓዳሪ ኣብዚ ደው ክብል ኣይክእልን።
team-refused-self = ንገዛእ ርእስኹም ደው ከተብሉ ኣይትኽእሉን።
team-gone = እዚ ሰብ ሕጂ ኣብ ዝርዝር የለን።
team-away-button = 🔁 ደው ዝበሉ ({ $away })
team-away-title = ደው ዝበሉ። ምእታው ንምምላስ ንሓደ ሰብ ጠውቑ።
team-reactivate-ask = ን{ $name } ምእታው ክምለሰሉ ዶ? ገለ ተሳተፍቲ ክሳብ ተግዕዙሉ ተሳተፍቲ ኣይህልዉዎን።
team-reactivated = ተወዲኡ። እቲ ብጻይ ደጊሙ ምእታው ኣለዎ።
team-participant-moved = { $name } ሕጂ ተሳታፊኹም እዮም።

# A participant's card: an admin gives them another lots.
staff-lots-button = 🔁 ኣማኻሪ ቀይሩ
staff-lots-pick = ሓድሽ ኣማኻሪ { $name } መን ይኹን? ሕጂ: { $current }።
staff-lots-confirm = { $name } ካብ { $current } ናብ { $target } ይግዓዝ ዶ?
staff-lots-moved = ተወዲኡ። ሓድሽ ኣማኻሪ ተሓቢሩ።

# An admin sets the name participants see for a staff member.
team-rename-button = ✏️ ስም ቀይሩ
team-rename-ask =
    ሕጂ ዘሎ ስም: { $name }።
    ሓድሽ ስም ጽሓፉ።
team-renamed = ተዓቂቡ። ሕጂ ስም { $name } እዩ።
