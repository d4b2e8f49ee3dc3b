### The participant’s rights: see and take their data, stop all messages, be deleted.
# The reader is addressed with the polite plural; the lots and the participant get the honorific plural (ክፈልጡ, ሓቲቶም).
# ምክትታል stands for the check-in, as in staff.ftl. The counts are labels with a colon, so no number agreement is needed.

rights-summary =
    ሕጂ ብዛዕባኹም ዝዓቀብናዮ:
    • ምክትታል: { $checkins }
    • ርእሰ-ገምጋም: { $assessments }
    • ቆጸራታት: { $meetings }
    • መልስታት ልምምድ: { $practice }
    • መልእኽትታት: { $messages }
rights-summary-more =
    ከምኡ’ውን ዝተዓቀበ:
    📋 ስጉምትታት ኣብ መደብኩም: { $steps }
    🔔 መጠንቀቕታታት ናብ ኣማኻሪኹም: { $alerts }
    📊 ሓበሬታ ንጸብጻብ ኮሙን: { $facts }
    💬 መልእኽትታት ምስ ኣማኻሪኹም: { $line }
rights-export-button = 📦 ሓበሬታይ ይሰደደለይ
rights-export-caption = እንሆ ብዛዕባኹም ዝዓቀብናዮ ኩሉ ሓበሬታ፣ ከም ፋይል።
# The file's name: letters and hyphens; ".json" is added.
rights-export-file = ሓበሬታይ-lotsen
rights-stop-button = ⛔ ኩሉ መልእኽትታት ደው ኣብሉ
rights-start-button = ▶️ መልእኽትታት ደጊምኩም ጀምሩ
rights-stopped-status = ⛔ ሕጂ እቲ ቦት ዝኾነ መልእኽቲ ኣይሰደልኩምን እዩ።
rights-stopped = ተወዲኡ። እቲ ቦት መልእኽቲ ኣይክሰደልኩምን እዩ። ኣማኻሪኹም ክፈልጡ እዮም።
rights-started = ተወዲኡ። እቲ ቦት ደጊሙ መልእኽትታት ክሰደልኩም እዩ።
rights-delete-button = 🗑 ሓበሬታይ ይደምሰስ
rights-delete-ask =
    ብዛዕባኹም ዘሎ ኩሉ ሓበሬታ ክንድምስሶ ትደልዩ ዶ?
    እዚ ምስ ተገብረ ክምለስ ኣይክእልን እዩ። ኣማኻሪኹም ክፈልጡ እዮም።
rights-delete-ask-archive =
    ኮሙን ገለ ሓበሬታ ንገለ ግዜ ክዕቅብ ኣለዎ።
    እወ እንተ ኢልኩም፣ ዝኾነ ሰብ ከይጥቀመሉ ሕጂ ሓበሬታኹም ንዓጽዎ።
    ድሕሪ { $days } መዓልቲ ኩሉ ክድምሰስ እዩ።
    ኣማኻሪኹም ክፈልጡ እዮም።
rights-delete-yes = እወ፣ ደምስሱ
rights-delete-no = ኣይፋል
rights-deleted = ብዛዕባኹም ዝነበረ ኩሉ ሓበሬታ ተደምሲሱ። ስለቲ ዝሓለፈ ግዜ የቐንየልና። ሓድሽ ዕድመ እንተ በጺሑኩም /start ክትጽሕፉ ትኽእሉ ኢኹም።
rights-archived = ሓበሬታኹም ተዓጽዩ ኣሎ። ድሕሪ { $days } መዓልቲ ክድምሰስ እዩ። እቲ ቦት ካብ ሕጂ ንደሓር መልእኽቲ ኣይክሰደልኩምን እዩ።
rights-locked = 🔒 ሓበሬታኹም ተዓጽዩ ኣሎ፣ ብ{ DATETIME($until, dateStyle: "long") } ክድምሰስ እዩ። ካብ ሕጂ ንደሓር Lotsen ክትጥቀሙ ኣይትኽእሉን ኢኹም።

# To staff.
rights-notice-stopped = ⛔ { $name } ካብቲ ቦት ዝመጽእ ኩሉ መልእኽትታት ደው ኣቢሎም። ብኻልእ መንገዲ ርኸብዎም።
rights-notice-archived = 🗑 { $name } ሓበሬታኦም ክድምሰስ ሓቲቶም። እቲ ሓበሬታ ተዓጽዩ ኣሎ፣ ደሓር ክድምሰስ እዩ።
rights-notice-deleted = 🗑 ሓደ ካብ ተሳተፍትኹም ሓበሬታኦም ክድምሰስ ሓቲቶም። ብዛዕባኦም ዝነበረ ኩሉ ሓበሬታ ተደምሲሱ።

# Administrators: the audit log.
staff-audit-button = 🧾 መዝገብ ምርመራ
staff-audit-caption = መዝገብ ምርመራ፦ መን ሓበሬታ ተሳተፍቲ ከም ዘንበበ ወይ ከም ዘውረደ፣ ከምኡ’ውን ኩሉ ዝተነጸገ ፈተነ።
