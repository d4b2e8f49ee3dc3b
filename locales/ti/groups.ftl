### Group meetings: the information meeting, its seats, answers, attendance and the mapping talk.

groups-button = 👥 ናይ ጉጅለ ርክባት
groups-kind-information = ርክብ ሓበሬታ
groups-kind-workshop = ዎርክሾፕ
groups-kind-button = { $kind } · { $minutes } ደቒቕ

## Staff

groups-list-title = ናይ ጉጅለ ርክባትኩም:
groups-list-empty = ናይ ጉጅለ ርክብ የብልኩምን። ሓደ ንምውጣን ➕ ጠውቑ።
groups-list-item = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · { $kind } · { $taken }/{ $seats }
groups-new = ➕ ሓድሽ ናይ ጉጅለ ርክብ
groups-ask-kind = እንታይ ዓይነት ርክብ?
groups-ask-day = ኣየናይ መዓልቲ?
groups-ask-time = ኣየናይ ሰዓት? ({ DATETIME($day, dateStyle: "full") })
groups-ask-place = እቲ ርክብ ኣበይ እዩ?
groups-ask-address = ኣድራሻ ወይ ክፍሊ ጽሓፉ። ወይ «ሕለፍ» ጠውቑ።
groups-no-address = ሕለፍ
groups-ask-seats = ክንደይ ቦታ ኣሎ?
groups-confirm =
    { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    ቦታ: { $where }
    ብዝሒ ቦታታት: { $seats }
groups-confirm-move = እቶም «እወ» ዝበሉ ኩሎም ነቲ ሓድሽ ሰዓት ክፈልጡ እዮም።
groups-create = ✅ ፍጠር
groups-move-here = ✅ ናብዚ ኣግዕዝ
groups-created = እቲ ናይ ጉጅለ ርክብ ተፈጢሩ። ሕጂ ክትዕድሙ ትኽእሉ ኢኹም።
groups-moved = እቲ ርክብ ተቐይሩ። እቶም «እወ» ዝበሉ ኩሎም ክፈልጡ እዮም።
groups-cancelled = እቲ ርክብ ተሰሪዙ። እቶም «እወ» ዝበሉ ኩሎም ክፈልጡ እዮም።
groups-gone = እዚ ርክብ ደጊም የለን።
groups-view =
    { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    ቦታ: { $where }
    ዝተታሕዙ ቦታታት: { $taken } ካብ { $seats }
    ዝተዓደሙ: { $invited }
    ኣብ መስርዕ: { $waiting }
groups-view-coming = ዝመጹ: { $coming_names }
groups-invite = ✉️ ዓድም
groups-move = 🔁 ቀይር
groups-cancel = ❌ ርክብ ሰርዝ
groups-attendance = ✅ ተሳትፎ
groups-ask-invite = ንመን ክትዕድሙ ትደልዩ? ኣስማት ጠውቑ።
groups-invite-nobody = ኩሎም ተሳተፍትኹም ድሮ ተዓዲሞም እዮም።
groups-invite-picked = ✉️ ነቶም ዝተመርጹ ዓድም
groups-invite-all = ✉️ ንኹሎም ዓድም
groups-pick-none = እንተወሓደ ሓደ ሰብ ምረጹ።
groups-invited = { $count } ሰባት ተዓዲሞም። ነፍሲ ወከፍ ብቛንቋኡ ዕድመ ይበጽሖ።
groups-invited-none = ሓድሽ ሰብ ኣይተዓደመን።
groups-cancel-ask = ነቲ ርክብ ክትሰርዙ ትደልዩ ዶ? እቶም «እወ» ዝበሉ ኩሎም መልእኽቲ ክበጽሖም እዩ።
groups-cancel-yes = እወ፡ ሰርዝ
groups-cancel-no = ኣይፋል
groups-ask-attendance = መን መጺኡ? ኩሎም ተመልኪቶም ኣለዉ። ነቲ ዘይመጸ ምልክት ኣልግሱ።
groups-attendance-nobody = ሓደ እኳ «እወ» ኣይበለን።
groups-attendance-save = 💾 ዓቅብ
groups-marked = ተዓቂቡ። እቶም ዝመጹ ንገምጋም ክእለታት ሰዓት ክመርጹ ይኽእሉ። እቶም ዘይመጹ ሕያዋይ መልእኽቲ ይበጽሖም።
groups-card = 👥 ናይ ጉጅለ ርክባት: መጺኡ { $attended }፡ ኣይመጸን { $missed }
groups-report-attended = ናይ ጉጅለ ርክባት፡ መጺኡ
groups-report-missed = ናይ ጉጅለ ርክባት፡ ኣይመጸን

## Participants

groups-list-item-mine = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · 👥 { $kind }
groups-visit =
    👥 { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    ቦታ: { $where }
groups-visit-waiting = ኣብ መስርዕ ኣለኹም። ቦታ እንተተረኺቡ መልእኽቲ ክበጽሐኩም እዩ።
groups-ics-button = 📎 ፋይል ካላንደር
groups-ics-caption = ነቲ ርክብ ኣብ ካላንደርኩም ንምዕቃብ ነቲ ፋይል ጠውቑ።
groups-ics-file = ናይ ጉጅለ ርክብ lotsen
groups-ics-cancelled-file = ዝተሰረዘ ናይ ጉጅለ ርክብ lotsen
groups-leave = ❌ ክመጽእ ኣይክእልን
groups-leave-ask = ቦታኹም ክትገድፉ ትደልዩ ዶ? ሽዑ ካልእ ሰብ ክወስዶ ይኽእል።
groups-leave-yes = እወ፡ ቦታይ ይገድፍ
groups-leave-no = ኣይፋል፡ ክመጽእ እየ
groups-left = ቦታኹም ገዲፍኩም። ስለ ዝሓበርኩምና የቐንየልና።
groups-invitation =
    👥 ናብ ናይ ጉጅለ ርክብ ተዓዲምኩም ኣለኹም: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    ቦታ: { $where }
    { $left } ቦታ ተሪፉ። ክትመጹ ዶ?
groups-answer-coming = 👍 ክመጽእ እየ
groups-answer-cant = ❌ ኣይክእልን
groups-answer-wait = ⏳ እወ፡ ኣብ መስርዕ ኣእትዉኒ
groups-answer-no-thanks = ኣይፋል፡ የቐንየልና
groups-answer-seated = ✅ ቦታ ኣለኩም። ክንራኸብ ኢና! ነቲ ርክብ ኣብ ካላንደርኩም ንምዕቃብ ነቲ ፋይል ጠውቑ።
groups-answer-full = ኩሉ ቦታታት ተታሒዙ። ኣብ መስርዕ ክትጽበዩ ትደልዩ ዶ? ቦታ እንተተረኺቡ መልእኽቲ ክበጽሐኩም እዩ።
groups-answer-waiting = ⏳ ኣብ መስርዕ ኣለኹም። ቦታ እንተተረኺቡ መልእኽቲ ክበጽሐኩም እዩ።
groups-answer-declined = ሕራይ። ስለ ዝሓበርኩምና የቐንየልና።
groups-reminder =
    ⏰ መዘኻኸሪ: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    ቦታ: { $where }
groups-notice-moved =
    🔁 እቲ ናይ ጉጅለ ርክብ ሓድሽ ሰዓት ኣለዎ: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    ቦታ: { $where }
    ኣብ ካላንደርኩም ንምቕያሩ ነቲ ፋይል ጠውቑ።
groups-notice-cancelled =
    ❌ እቲ ናይ ጉጅለ ርክብ ተሰሪዙ: { $kind }፡ { DATETIME($at, dateStyle: "full", timeStyle: "short") }።
    ካብ ካላንደርኩም ንምእላዩ ነቲ ፋይል ጠውቑ።
groups-notice-moved-up =
    🎉 ቦታ ተረኺቡ። ሕጂ ቦታ ኣለኩም: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    ቦታ: { $where }
groups-thanks = ስለ ዝመጻእኩም የቐንየልና! ዝቕጽል ስጉምቲ ምስ ኣማኻሪኹም ናይ ባዕልኹም ዘተ እዩ: ገምጋም ክእለታት። ዝምችኣኩም ሰዓት ምረጹ።
groups-book-mapping = 📅 ሰዓት ምረጽ
groups-missed = ኣብ { $kind } ({ DATETIME($at, dateStyle: "full") }) ናፊቕናኩም። ጸገም የለን። ኣማኻሪኹም ብዛዕባ ዝቕጽል ግዜ ክሕብሩኹም እዮም።
groups-missed-next = ኣብ { $kind } ({ DATETIME($at, dateStyle: "full") }) ናፊቕናኩም። ጸገም የለን። ዝቕጽል ግዜ { DATETIME($next, dateStyle: "full", timeStyle: "short") } እዩ። ክትመጹ ትደልዩ ዶ?
