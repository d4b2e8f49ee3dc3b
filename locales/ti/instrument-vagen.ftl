### Vägen till jobb: how ready I feel for work. One statement a screen; the scale says how well it fits.
# ሽወድኛ = the Swedish language.

vagen-title = መገዲ ናብ ስራሕ
vagen-theme-health = ጥዕናን ዓቕምን
vagen-theme-routines = መዓልታዊ ህይወትን ልምድታትን
vagen-theme-language = ቋንቋን ምስ ካልኦት ርክብን
vagen-theme-skills = ፍልጠትን ተመክሮን
vagen-theme-social = ደገፍ ካብ ካልኦት
vagen-theme-motivation = ድሌትን ርእሰ-ምትእምማንን
vagen-theme-practical = ግብራዊ ጉዳያት

vagen-health-1 = ጥዕናይ ክሰርሕ የኽእለኒ እዩ።
vagen-health-2 = ንምሉእ መዓልቲ ንጡፍ ክኸውን ዓቕሚ ኣለኒ።
vagen-health-3 = ዓቕሚ ንኽህልወኒ እኹል እድቅስ እየ።
vagen-health-4 = ጽቡቕ ኣብ ዘይስምዓኒ ግዜ እንታይ ክገብር ከም ዝኽእል እፈልጥ እየ።
vagen-health-5 = ኣብ ዘድልየኒ ግዜ ሕክምና ክረክብ እኽእል እየ።
vagen-health-6 = መብዛሕትኡ ክፋል መዓልቲ ደው ክብልን ክኸይድን እኽእል እየ።
vagen-health-7 = ሻቕሎትን ጭንቀትን ክቆጻጸር እኽእል እየ።

vagen-routines-1 = መዓልታዊ ህይወተይ ስሩዕ ልምዲ ኣለዎ።
vagen-routines-2 = ንግሆ ብግዜ እትንስእ እየ።
vagen-routines-3 = ናብ ኣኼባታት ብግዜ እመጽእ እየ።
vagen-routines-4 = ሰሙነይ ኣቐዲመ እውጥን እየ።
vagen-routines-5 = ደብዳቤታተይን ወረቓቕተይን እከታተል እየ።
vagen-routines-6 = ናብ ሓደሽቲ ቦታታት ባዕለይ ክበጽሕ እኽእል እየ።
vagen-routines-7 = ዝተመባጻዕክዎ እገብር እየ።

vagen-language-1 = ሽወድኛይ ንስራሕ እኹል እዩ።
vagen-language-2 = ሓደ ሰብ ብሽወድኛ ዕዮ ክገልጸለይ ከሎ ይርደኣኒ እዩ።
vagen-language-3 = ምስ ዘይርደኣኒ እሓትት እየ።
vagen-language-4 = ብሽወድኛ ብተሌፎን ክዛረብ እኽእል እየ።
vagen-language-5 = ቀሊል ጽሑፍ ብሽወድኛ ከንብብ እኽእል እየ፣ ንኣብነት መደብ ግዜ።
vagen-language-6 = ብሽወድኛ ሓጺር መልእኽቲ ክጽሕፍ እኽእል እየ።
vagen-language-7 = ብሞባይል ወይ ብኮምፒተር ሓበሬታ ክደሊ እኽእል እየ።

vagen-skills-1 = ኣብ እንታይ ጽቡቕ ምዃነይ እፈልጥ እየ።
vagen-skills-2 = ንስራሕ ዝጠቅም ተመክሮ ኣለኒ።
vagen-skills-3 = ብዛዕባ ተመክሮይ ንኣስራሒ ክነግር እኽእል እየ።
vagen-skills-4 = ኣየኖት ስራሓት ከም ዝሰማምዑኒ እፈልጥ እየ።
vagen-skills-5 = ኣየናይ ትምህርቲ ክሕግዘኒ ከም ዝኽእል እፈልጥ እየ።
vagen-skills-6 = ሓደሽቲ ዕዮታት እመሃር እየ።
vagen-skills-7 = CV ኣለኒ፣ ወይ ከመይ ጌረ ከም ዝጽሕፎ እፈልጥ እየ።

vagen-social-1 = ዝድግፉኒ ሰባት ኣለዉኒ።
vagen-social-2 = ኣብ ከቢድ ግዜ ዝዛረቦ ሰብ ኣለኒ።
vagen-social-3 = ቀረባይ ዝኾኑ ሰባት ምስራሐይ ወይ ምምሃረይ ጽቡቕ ምዃኑ ይሓስቡ።
vagen-social-4 = ኩሉ ሰሙን ምስ ካልኦት ሰባት እራኸብ እየ።
vagen-social-5 = ምስ ካልኦት ብሓባር ምስራሕ ደስ ይብለኒ።
vagen-social-6 = ሓገዝ ንምርካብ ናበይ ክኸይድ ከም ዘለኒ እፈልጥ እየ።
vagen-social-7 = ስራሕ ዘለዎ ሰብ እፈልጥ እየ።

vagen-motivation-1 = ስራሕ ክረክብ ወይ ትምህርቲ ክጅምር እደሊ እየ።
vagen-motivation-2 = ስራሕ ክረክብ ከም ዝኽእል ይኣምን እየ።
vagen-motivation-3 = ንዝመጽኡ ኣዋርሕ ዕላማ ኣለኒ።
vagen-motivation-4 = ዕላማይ ንምብጻሕ እንታይ ክገብር ከም ዘለኒ እፈልጥ እየ።
vagen-motivation-5 = ሓደሽቲ ነገራት ክፍትን እደፍር እየ።
vagen-motivation-6 = ነገራት ከቢዶም ከለዉ እውን እቕጽል እየ።
vagen-motivation-7 = ብነብሰይ እኣምን እየ።

vagen-practical-1 = ግብራዊ ጉዳያት ካብ ምስራሕ ኣይዓግቱኒን።
vagen-practical-2 = ናብ ቦታ ስራሕ ክበጽሕ እኽእል እየ፣ ንኣብነት ብኣውቶቡስ።
vagen-practical-3 = ክንክን ህጻናት ኣለኒ፣ ወይ ኣየድልየንን።
vagen-practical-4 = ክውጥን ዘኽእለኒ እኹል ገንዘብ ኣለኒ።
vagen-practical-5 = ውሑስ መንበሪ ቦታ ኣለኒ።
vagen-practical-6 = ንምስራሕ ዘድልዩኒ ወረቓቕቲ ኣለዉኒ።
vagen-practical-7 = ኣብቲ ስራሕ ዝደልዮ ሰዓታት ክሰርሕ እኽእል እየ።
