### Reminders and messages from staff to their participants.

reminders-menu-button = 📣 መዘኻኸሪ ስደድ
reminders-card-button = ✉️ መልእኽቲ ስደድ

reminders-ask-audience = መን እዩ ነቲ መልእኽቲ ዝቕበሎ?
reminders-no-participants = ክሳብ ሕጂ ተሳተፍቲ የብልኩምን። ዝለኣኽኩምዎም መዘኻኸሪታት ክትርእዩ ትኽእሉ ኢኹም።
reminders-audience-one = 👤 ሓደ ተሳታፊ
reminders-audience-several = 👥 ብዙሓት ተሳተፍቲ
reminders-audience-all = 📣 ኩሎም ተሳተፍተይ
reminders-sent-button = 📋 ዝተለኣኹ መዘኻኸሪታት

reminders-ask-one = መን እዩ ነቲ መልእኽቲ ዝቕበሎ?
reminders-ask-several = ነቶም ኣስማት ጠውቑ። ሓደ ስም ንምእላይ ከም ብሓድሽ ጠውቑ።
reminders-picked-done = ተወዲኡ ({ $picked } ተመሪጾም)
reminders-pick-none = እንተወሓደ ሓደ ተሳታፊ ምረጹ።

reminders-ask-content = እንታይ ክትሰዱ ትደልዩ?
reminders-write = ✏️ ናይ ባዕልኹም መልእኽቲ ጽሓፉ
reminders-ask-text =
    መልእኽትኹም ጽሓፉ።
    ልክዕ ከምቲ ዝጸሓፍኩምዎ እዩ ዝለኣኽ።
    እንተበዝሐ { $max } ፊደላት።

reminders-ask-when = እቲ መልእኽቲ መዓስ ይለኣኽ?
reminders-when-now = ⚡ ሕጂ
reminders-when-tomorrow = 🌅 ጽባሕ ሰዓት 08:00
reminders-when-monday = 📅 ሰኑይ ሰዓት 08:00
reminders-when-pick = 🗓 መዓልትን ሰዓትን ምረጹ
reminders-ask-day = መዓልቲ ምረጹ።
reminders-ask-hour = { DATETIME($day, dateStyle: "full") } ኣብ ክንደይ ሰዓት?

reminders-preview =
    እቲ መልእኽቲ ከምዚ ይመስል:

    { $text }

reminders-preview-own-language = ነፍሲ ወከፍ ብቋንቋኡ እዩ ዘንብቦ።
reminders-preview-to = ናብ { $count } ተሳተፍቲ: { $names }
reminders-preview-now = ዝለኣኽ: ሕጂ
reminders-preview-at = ዝለኣኽ: { DATETIME($at, dateStyle: "full", timeStyle: "short") }
reminders-send = ✅ ስደድ
reminders-nobody = ሓደ ካባታቶም እውን ነቲ መልእኽቲ ክቕበሎ ኣይክእልን። ዝተለኣኸ የለን።
reminders-names-more = { $names }ን ካልኦት { $more }ን
reminders-done-now = ✅ ተወዲኡ። እቲ መልእኽቲ ሕጂ ይለኣኽ ኣሎ።
reminders-done-later = ✅ ተወዲኡ። እቲ መልእኽቲ ኣብቲ ዝመረጽኩምዎ ሰዓት ክለኣኽ እዩ።

reminders-sent-title =
    { $count ->
        [0] ኣብ ዝሓለፉ { $days } መዓልታት መዘኻኸሪ ኣይለኣኽኩምን።
        [one] ናይ ዝሓለፉ { $days } መዓልታት መዘኻኸሪታትኩም። እቲ ሓድሽ መጀመርታ:
       *[other] ናይ ዝሓለፉ { $days } መዓልታት መዘኻኸሪታትኩም። እቲ ሓድሽ መጀመርታ:
    }
reminders-days = ዝሓለፉ { $days } መዓልታት
reminders-sent-item = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · { $what } · 👥 { $count }
reminders-report =
    📣 { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    { $text }

    ናብ { $count } ተሳተፍቲ።
    ✅ ተለኣኺ: { $sent }
    ⏳ ይጽበ: { $waiting }
    ⚠️ ኣይበጽሐን: { $unreached }
reminders-report-unreached = ዘይበጽሖም: { $names }
reminders-gone = እቲ መዘኻኸሪ ደጊም የለን።
reminders-cancel-button = 🚫 መዘኻኸሪ ደው ኣብሉ
reminders-cancel-ask = ነቲ መዘኻኸሪ ደው ከተብሉ ትደልዩ ዶ? እቶም ገና ዘይረኸብዎ ኣይክረኽብዎን እዮም።
reminders-cancel-yes = እወ፣ ደው ኣብሉ
reminders-cancel-no = ኣይፋል፣ ይቐጽል
reminders-cancelled = ✅ እቲ መዘኻኸሪ ደው ኢሉ ኣሎ።
reminders-cancel-too-late = ድሮ ተላኢኹ እዩ። ሕጂ ደው ክብል ኣይክእልን።
reminders-report-cancelled = 🚫 ደው ዝበለ: { $cancelled }

# Short names of the templates, on the staff member’s buttons.
reminders-template-button-meeting-tomorrow = 📅 ቆጸራ ጽባሕ
reminders-template-button-bring-id = 🪪 መንነት ሓዙ
reminders-template-button-self-assessment = 📝 ግዜ ርእሰ-ገምጋም
reminders-template-button-placement-monday = 🏢 ልምምድ ሰኑይ ይጅምር
reminders-template-button-call-me = 📞 ደውሉለይ

# The templates as the participant reads them, in their own language.
reminders-template-meeting-tomorrow = 📅 ናይ ጽባሕ ቆጸራኹም ኣይትረስዑ።
reminders-template-bring-id = 🪪 መንነት ሓዙ፡ ንኣብነት መንነት ካርድ ወይ ፓስፖርት።
reminders-template-self-assessment = 📝 ግዜ ርእሰ-ገምጋምኩም በጺሑ። ሜኑ ክፈቱ እሞ 📝 ርእሰ-ገምጋም ጠውቑ።
reminders-template-placement-monday = 🏢 ልምምድ ስራሕኩም ሰኑይ ይጅምር።
reminders-template-call-me = 📞 ምስ ክኢልኩም ደውሉለይ።
reminders-signed =
    { $text }
    – { $name }፡ ኣማኻሪኹም
reminders-signed-unnamed =
    { $text }
    – ኣማኻሪኹም
