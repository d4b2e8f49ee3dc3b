### The reader's own settings: language and name.

profile-pick-language = ቋንቋ ምረጹ።
profile-language-saved = ሕጂ ብትግርኛ እጽሕፍ ኣለኹ።
profile-ask-name =
    ብኣየናይ ስም ክንጽውዓኩም ትደልዩ?
    ሓደ ስም ጽሓፉ።
profile-name-now = ሕጂ { $name } ኢልና ንጽውዓኩም ኣለና።
profile-name-none = ኣብዚ ገና ስም የብልኩምን።
profile-name-saved = የቐንየልና! ሕጂ { $name } ኢልና ክንጽውዓኩም ኢና።
profile-name-text-only = ነቲ ስም ብፊደላት ጽሓፉ።
quiet-ask-start = ምሸት መዓስ መልእኽትታት ምልኣኽ ከቋርጽ ትደልዩ?
quiet-ask-end = ንግሆ መዓስ ደጊመ መልእኽቲ ክልእኽ ይኽእል?
quiet-saved = ተዓቂቡ። ካብ ሰዓት { $start } ክሳብ ሰዓት { $end } ዝኾነ መልእኽቲ ኣይክልእኽን እየ።
profile-settings-title = ምድላዋት። እንታይ ክትቕይሩ ትደልዩ?
