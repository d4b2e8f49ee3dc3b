### Shared texts: errors, unexpected input, buttons and commands.
# The reader is addressed with the polite plural (ንስኹም): it is respectful and shows no gender.

# The language's own name, shown on the language buttons.
language-name = ትግርኛ

core-error = ጌጋ ኣጋጢሙ። ድሕሪ ቁሩብ ደጊምኩም ፈትኑ።
core-unexpected-input = እዚ ኣይተረድኣንን። በጃኹም ቁልፊ ጠውቑ።
core-unexpected-input-type = እዚ ከንብቦ ኣይክእልን። ብፊደላት ጽሓፉ ወይ ቁልፊ ጠውቑ።
core-old-button = እዚ ቁልፊ ኣረጊቱ እዩ። እንሆ ሜኑ።
core-throttled = ብዙሕ መልእኽትታት ትሰዱ ኣለኹም። በጃኹም ቁሩብ ተጸበዩ።
core-not-allowed = ኣብዚ እዚ ምግባር ኣይከኣልን።
core-cancelled = ሕራይ። ናብ ሜኑ ተመሊስኩም ኣለኹም።
core-unknown-command = ነዚ ትእዛዝ ኣይፈልጦን። ሓገዝ ንምርካብ /help ጽሓፉ።
core-text-too-long = እቲ ጽሑፍ ኣዝዩ ነዊሕ እዩ። ቢበዝሒ { $max } ፊደላት ጽሓፉ።
# A limit on a text's length, as its own sentence.
core-max-chars = ቢበዝሒ { $max } ፊደላት።

core-button-back = ◀️ ንድሕሪት
core-button-menu = 🏠 ሜኑ
core-button-cancel = ሰርዙ

# Bot commands in Telegram's menu. Short: at most a few words.
command-menu = ሜኑ ምርኣይ
command-help = ሓገዝ ምርካብ
command-language = ቋንቋ ምቕያር
command-privacy = ብዛዕባ ሓበሬታኹም
command-cancel = ኣቋርጽ፡ ናብ ሜኑ ተመለስ
command-settings = ምድላዋት

help-participant =
    Lotsen ንምጥቃም:
    ኣብ ትሕቲ መልእኽትታት ዘለዉ ቁልፍታት ጠውቑ።
    /menu ሜኑ የርኢ።
    /cancel ናብ ሜኑ ይመልሰኩም።
    /settings ምድላዋትኩም የርእየኩም።
    /language ቋንቋ ይቕይር።
    /privacy ብዛዕባኹም እንዕቅቦ ሓበሬታ የርኢ።
    ሕቶ ኣለኩም ድዩ? ምስ ኣማኻሪኹም ተዘራረቡ።
help-staff =
    Lotsen ንሰራሕተኛታት:
    /menu ሜኑ ሰራሕተኛታት የርኢ።
    ኣብ /menu ድሕሪኡ 🗂 ተወሳኺ ተሳተፍቲ ክትዕድሙ ትኽእሉ ኢኹም።
    /cancel ናብ ሜኑ ይመልሰኩም።
    /settings ምድላዋትኩም የርእየኩም።
    /language ቋንቋ ይቕይር።
    /privacy እንታይ ከም ዝዕቀብ የርኢ።
core-stale-button = እዚ ቁልፊ ኣብዚ ኣይሰርሕን እዩ። ካብቶም ኣብ ታሕቲ ዘለዉ ቁልፍታት ሓደ ጠውቑ።
core-no-access = ሕጂ ናብ Lotsen ምእታው የብልኩምን። ጌጋ እዩ እንተ መሲልኩም ምስ ኣመሓዳሪ ተዛረቡ።
core-page = ገጽ { $page } ካብ { $pages }
core-page-previous = ◀️ ዝሓለፈ
core-page-next = ዝቕጽል ▶️
# A staff member who has given no name yet (never called a participant).
core-staff-unnamed = ኣማኻሪ ቁ. { $number }
# The month before and after, on the calendar's arrows.
core-calendar-previous = ◀️ { $month }
core-calendar-next = { $month } ▶️
