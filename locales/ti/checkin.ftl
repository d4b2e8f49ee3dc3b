### Check-ins (avstämningar): how the week has been, and whether help is needed.

checkin-prompt = ሰላም! ሰሙንኩም ከመይ ነይሩ?
checkin-prompt-named = ሰላም { $name }! ሰሙንኩም ከመይ ነይሩ?
checkin-reminder = ካባኹም መልሲ ኣይረኸብናን። ሰሙንኩም ከመይ ነይሩ? ቁልፊ ጠውቑ።
checkin-mood-5 = 😄 ኣዝዩ ጽቡቕ
checkin-mood-4 = 🙂 ጽቡቕ
checkin-mood-3 = 😐 ደሓን
checkin-mood-2 = 🙁 ሕማቕ
checkin-mood-1 = 😞 ኣዝዩ ሕማቕ
checkin-ask-help = የቐንየልና! ሓገዝ የድልየኩም ዶ?
checkin-help-no = ኣይፋል፣ ደሓን እየ
checkin-help-contact = እወ፣ ተራኸቡኒ
checkin-help-message = ናብ ኣማኻሪየ ክጽሕፍ
checkin-write-message =
    ንኣማኻሪኹም መልእኽትኹም ጽሓፉ።
    ወይ ናይ ድምጺ መልእኽቲ ቅረጹ 🎙። ስእሊ እውን ክትሰዱ ትኽእሉ ኢኹም።
checkin-message-too-long = እቲ መልእኽቲ ኣዝዩ ነዊሕ እዩ። ቢበዝሒ { $max } ፊደላት ጽሓፉ።
checkin-thanks = ስለ መልስኹም የቐንየልና!
# Honorific plural for the lots (ክረኽቡኹም, ተቐቢሎም), as for participants in staff.ftl.
checkin-thanks-contact = የቐንየልና! ኣማኻሪኹም ክረኽቡኹም እዮም።
checkin-thanks-message = የቐንየልና! ኣማኻሪኹም መልእኽትኹም ተቐቢሎም።
checkin-already-answered = ድሮ መሊስኩም ኢኹም። የቐንየልና!
checkin-message-to-staff =
    💬 መልእኽቲ ካብ { $name }:
    { $message }

# Pause: "I'm sick or away". ሓዊሱ = "including" (up to and including the date).
pause-ask = ንኽንደይ ግዜ መልእኽትታት ደው ከተብሉ ትደልዩ?
pause-days =
    { $days ->
        [one] { $days } መዓልቲ
       *[other] { $days } መዓልቲ
    }
pause-saved = ደው ኢሉ ኣሎ። ክሳብ { DATETIME($until, dateStyle: "long") } ሓዊሱ መልእኽቲ ኣይክመጸኩምን እዩ።
pause-status = ⏸ መልእኽትታት ክሳብ { DATETIME($until, dateStyle: "long") } ሓዊሱ ደው ኢሎም ኣለዉ።
pause-resumed = እንቋዕ ብደሓን ተመለስኩም! ሕጂ ደጊም መልእኽትታት ክትቕበሉ ኢኹም።
