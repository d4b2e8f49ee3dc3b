### The programme report: an Excel file with the participants and a summary.

report-menu-button = 📊 ጸብጻብ
report-home-staff = እቲ ጸብጻብ ብዛዕባ ተሳተፍትኹም እዩ። ከም ፋይል Excel ትረኽብዎ።
report-home-admin = እቲ ጸብጻብ ብዛዕባ ኣየኖት ተሳተፍቲ ይኹን? ብዝጀመሩሉ ግዜ ምረጹ።
report-make = ጸብጻብ ስራሕ
report-cohort-all = ኩሎም ተሳተፍቲ
report-cohort-year = ኣብ { $year } ዝጀመሩ
report-cohort-half =
    ኣብ { $year } ዝጀመሩ፣ { $half ->
        [1] ጥሪ–ሰነ
       *[other] ሓምለ–ታሕሳስ
    }
report-scope-own = ናተይ ተሳተፍቲ
report-progress = ነቲ ጸብጻብ እሰርሖ ኣለኹ …
report-done = ተዳልዩ! እቲ ጸብጻብ { $count } ተሳተፍቲ ኣለዉዎ።
report-caption = ጸብጻብ ካብ Lotsen። እዚ ፋይል ብዛዕባ ሰባት ሓበሬታ ሒዙ ኣሎ: ብውሕስና ዓቕብዎ።
report-sheet-participants = ተሳተፍቲ
report-sheet-summary = ጽማቝ
report-column-id = መለለዪ
report-column-start = መጀመርታ
report-column-end = መወዳእታ
report-column-gender = ጾታ
report-column-age-band = ዕድሜ
report-column-entry-status = ኩነታት ኣብ መጀመርታ
report-column-education = ትምህርቲ
report-column-track = መስመር
report-column-ladder = ደረጃ ልምምድ
report-column-exit-status = ኩነታት ኣብ መወዳእታ
report-column-follow-up = ድሕሪ ሽዱሽተ ወርሒ
report-column-disability = ስንክልና
report-column-third-country = ዜጋ ካብ ኤውሮጳዊ ሕብረት ወጻኢ
report-age-under-18 = ትሕቲ 18
report-age-18-29 = 18–29
report-age-30-54 = 30–54
report-age-55-plus = 55 ን ልዕሉን
report-not-recorded = ኣይተመዝገበን
report-summary-what = እንታይ
report-summary-value = ቁጽሪ ወይ ብጽሒት
report-summary-of = ካብ
report-summary-note = መብርሂ
report-summary-scope = ምርጫ
report-summary-participants = ተሳተፍቲ
report-summary-gender = ጾታ
report-summary-age = ዕድሜ ኣብ መጀመርታ
report-summary-entry-status = ኩነታት ኣብ መጀመርታ
report-summary-education = ትምህርቲ
report-summary-track = መስመር
report-summary-ladder = ደረጃ ልምምድ
report-summary-disability = ስንክልና
report-summary-third-country = ዜጋ ካብ ኤውሮጳዊ ሕብረት ወጻኢ
report-summary-ended = ዝወድኡ
report-summary-follow-up = ድሕሪ ሽዱሽተ ወርሒ ዝተሓቱ
report-summary-targets = ዕላማታት (ብጽሒት እቶም ዕላማ ዝበጽሑ)
report-target-work-after-six-months = ኣብ መወዳእታ ስራሕን ድሕሪ ሽዱሽተ ወርሒ ስራሕን
report-target-ready-for-job = ስራሕ ንምቕባል ድሉውን ርጉጽን
report-target-physical-health = ጽቡቕ ኣካላዊ ጥዕና
report-target-mental-health = ጽቡቕ ኣእምሮኣዊ ጥዕና
report-target-adapted-support = ምስ ድሌት ዝሰማማዕ ደገፍ
report-target-improved-chances = ዝሓሸ ዕድል ንስራሕ ወይ ትምህርቲ
report-note-work = ካብቶም ድሕሪ ሽዱሽተ ወርሒ ዝተሓቱ። ዘይመለሰ ከም ዕላማ ዘይበጽሐ ይቑጸር።
report-note-exit = ካብቶም ነዚ ሕቶ ኣብ መሕትት { avslut-title } ዝመለሱ። መልሲ { $cut } ወይ ልዕሊኡ ንዕላማ ይበጽሕ።
report-note-shares = ብጽሒታት ብተሳተፍቲ እዚ ጸብጻብ ጥራይ ይቑጸሩ። ዕድሜ፣ ዕድሜ እቲ ተሳታፊ ኣብቲ ዝጀመረሉ ዓመት እዩ።
