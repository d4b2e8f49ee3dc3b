### The end of the programme, the facts the report counts, and the question six months after.

programme-facts-button = 📊 ሓበሬታ ንጸብጻብ
programme-end-button = 🏁 ፕሮግራም ዛዝም
programme-facts =
    ሓበሬታ ንጸብጻብ: { $name }
    ጾታ: { $gender }
    ዓመት ልደት: { $birth_year }
    ኩነታት ኣብ መጀመርታ: { $entry_status }
    ትምህርቲ: { $education }
programme-facts-sensitive =
    ስንክልና: { $disability }
    ዜጋ ሃገር ካብ ኤውሮጳዊ ሕብረት ወጻኢ: { $third_country }
programme-facts-job-started = ስራሕ ዝጀመረሉ: { DATETIME($job_started, dateStyle: "long") }
programme-facts-running = እቲ ፕሮግራም ይቕጽል ኣሎ።
programme-facts-ended = ተዛዚሙ { DATETIME($at, dateStyle: "long") }: { $exit_status }
programme-facts-follow-up = ድሕሪ ሽዱሽተ ወርሒ: { $follow_up }
programme-not-recorded = –
programme-saved = ተዓቂቡ።
programme-fact-gender = ጾታ
programme-fact-job-started = ስራሕ ዝጀመረሉ
programme-fact-birth-year = ዓመት ልደት
programme-fact-entry-status = ኩነታት ኣብ መጀመርታ
programme-fact-education = ትምህርቲ
programme-fact-disability = ስንክልና
programme-fact-third-country = ዜግነት
programme-ask-gender = ጾታ እቲ ተሳታፊ እንታይ እዩ?
programme-ask-birth-year = እቲ ተሳታፊ ኣብ ኣየናይ ዓመት እዩ ተወሊዱ? ነቲ ዓመት ጽሓፉ፣ ንኣብነት 2004።
programme-ask-entry-status = እቲ ተሳታፊ እቲ ፕሮግራም ክጅምር ከሎ እንታይ ይገብር ነይሩ?
programme-ask-education = ዝለዓለ ትምህርቲ እቲ ተሳታፊ እንታይ እዩ?
programme-ask-disability = እቲ ተሳታፊ ስንክልና ኣለዎ ድዩ?
programme-ask-third-country = እቲ ተሳታፊ ዜጋ ሃገር ካብ ኤውሮጳዊ ሕብረት ወጻኢ ድዩ?
programme-birth-year-bad = ብኣርባዕተ ኣሃዛት ዓመት ጽሓፉ፣ ንኣብነት 2004።
programme-gender-woman = ሰበይቲ
programme-gender-man = ሰብኣይ
programme-gender-non-binary = ካልእ ጾታ
programme-gender-not-stated = ክምልስ ኣይደልን
programme-entry-status-unemployed = ስራሕ ዘይብሉ
programme-entry-status-long-term-unemployed = ልዕሊ ዓመት ስራሕ ዘይብሉ
programme-entry-status-inactive = ኣይሰርሕን ስራሕ’ውን ኣይደልን
programme-entry-status-employed = ስራሕ ኣለዎ
programme-education-isced-0-2 = መባእታ ቤት ትምህርቲ ወይ ውሑድ
programme-education-isced-3-4 = ካልኣይ ደረጃ ቤት ትምህርቲ
programme-education-isced-5-8 = ኮለጅ ወይ ዩኒቨርሲቲ
programme-disability-yes = እወ
programme-disability-no = ኣይፋል
programme-disability-not-stated = ክምልስ ኣይደልን
programme-third-country-yes = እወ
programme-third-country-no = ኣይፋል
programme-third-country-not-stated = ክምልስ ኣይደልን
programme-end-ask = { $name } እቲ ፕሮግራም ምስ ተወድአ ብኸመይ ይቕጽል?
programme-end-confirm =
    ፕሮግራም { $name } ይዛዘም ድዩ?
    ኩነታት ኣብ መወዳእታ: { $status }
    እቲ ቦት ምክትታልን ልምምድን የቋርጽ። { $name } ናይ መወዳእታ መሕትት ይቕበል። ድሕሪ ሽዱሽተ ወርሒ እቲ ቦት ከመይ ከም ዘሎ ይሓትት።
programme-end-yes = 🏁 እወ፣ ዛዝም
programme-end-already = ፕሮግራም { $name } ኣብ { DATETIME($at, dateStyle: "long") } ተዛዚሙ።
programme-ended-saved = እቲ ፕሮግራም ተዛዚሙ። ናይ መወዳእታ መሕትት ተላኢኹ።
programme-end-again = እቲ ፕሮግራም ድሮ ተዛዚሙ ነይሩ። ዝተቐየረ የለን።
programme-ended-notice =
    ፕሮግራምኩም ሕጂ ተዛዚሙ። ነቲ ብሓባር ዘሕለፍናዮ ግዜ የቐንየልና!
    ኣብቲ ዝመጽእ ዕዉታት ኩኑ።
programme-follow-up-ask =
    ሰላም! ፕሮግራምኩም ካብ ዝውዳእ ሽዱሽተ ወርሒ ሓሊፉ።
    ሕጂ እንታይ ትገብሩ ኣለኹም?
programme-follow-up-again = ከመይ ከም ዘለኹም ክንፈልጥ ንደሊ። ሕጂ እንታይ ትገብሩ ኣለኹም?
programme-follow-up-button-working = 💼 እሰርሕ ኣለኹ
programme-follow-up-button-studying = 📚 እመሃር ኣለኹ
programme-follow-up-button-looking = 🔎 ስራሕ እደሊ ኣለኹ
programme-follow-up-button-other = ካልእ ነገር
programme-follow-up-thanks = ስለ መልስኹም የቐንየልና! ዕዉታት ኩኑ።
programme-follow-up-done = ድሮ መሊስኩም ኢኹም። የቐንየልና!
programme-follow-up-working = ይሰርሕ
programme-follow-up-studying = ይመሃር
programme-follow-up-looking = ስራሕ ይደሊ
programme-follow-up-other = ካልእ ነገር
programme-follow-up-none = መልሲ የለን
programme-ask-job-start = { $name } ኣብ የናይ መዓልቲ ስራሕ ጀሚሩ? መዓልቲ ምረጽ።
programme-job-start-unknown = ኣይፈልጥን
programme-job-month-ask = የቐንየለይ! ኣብ የናይ ወርሒ ኢኻ ስራሕ ጀሚርካ?
programme-job-month-unknown = ኣይዝክርን
