### Vocational Swedish practice: short sessions between shifts.

menu-practice = 🗣 Ku tababar Iswiidhish

practice-home = Shaqada aad Iswiidhishkeeda ku tababaranayso: { $track }
practice-home-no-track = Ku tababar Iswiidhishka shaqadaada, dhowr daqiiqo markiiba.
practice-streak =
    { $streak ->
        [one] 🔥 { $streak } maalin oo xiriir ah
       *[other] 🔥 { $streak } maalmood oo xiriir ah
    }
# Worded as labels with a colon, so no number agreement is needed.
practice-week =
    Toddobaadkan:
    { $week }
    Jawaabaha: { $answers }. Erayada aad ku tababaratay: { $known }.
practice-week-words = Jawaabaha: { $answers }. Erayada aad ku tababaratay: { $known }.
practice-start = ▶️ Bilow hadda
practice-track-button = 🧰 Dooro shaqo
practice-times-button = ⏰ Xusuusin
practice-meanings-now = 🌍 Erayada waxaa lagu sharxaa: { $language }.
practice-meanings-button = 🌍 Luqadda erayada
practice-ask-meanings =
    Luqaddee ayaad rabtaa inaad ku aragto macnaha erayada?
    Dooro luqadda aad sida fiican u taqaan.
practice-meanings-saved = Waa la kaydiyay. Erayada waxaa lagu sharxayaa: { $language }.
practice-ask-track = Iswiidhishka shaqadee ayaad rabtaa inaad ku tababarato?
practice-track-saved = Waa la kaydiyay. Riix “Bilow hadda” markaad rabto.
practice-ask-times =
    Goorma ayaad rabtaa in laguu xusuusiyo tababarka?
    Dooro hal ama laba waqti. Mar kale riix si aad uga saarto.
practice-times-max = Ugu badnaan laba waqti ayaad dooran kartaa.
practice-times-done = ✅ Waa diyaar
practice-nothing-due = Maanta wax walba waad ku tababaratay. Shaqo wanaagsan! Berri soo noqo.
practice-saved = Waa la kaydiyay. Markaad rabto, ka sii wad “Ku tababar Iswiidhish”.

practice-head = Erayga { $number } ka mid ah { $total }
practice-ask-recognise =
    Maxay ka dhigan tahay?
    { $sv }
practice-ask-recall =
    Sidee Iswiidhish loogu yiraahdaa?
    { $meaning }
practice-ask-gap =
    Erayga ku habboon waa kee?
    { $gap }
practice-ask-type =
    Ku qor Iswiidhish:
    { $meaning }
practice-ask-listen = Dhegeyso oo dooro erayga aad maqlayso.
practice-listen = 🔊 Dhegeyso
practice-dont-know = 🤷 Ma aqaan
practice-stop = ⏸ Hadda jooji
practice-old-button = Su’aashaas waa la dhammeeyay. Waa tan aad hadda joogto.
practice-gone = Tababarkaas hadda ma jiro.

practice-right = ✅ Waa sax!
practice-wrong = Wax yar ayaa ka dhiman. Waa tan jawaabta saxda ah:
practice-explain =
    { $sv } = { $meaning }
    { $example }
practice-hear-word = 🔊 Erayga
practice-hear-example = 🔊 Jumladda
practice-hear-meaning = 🔊 Af { $language }
practice-voice-failed = Codka hadda lama shidi karo. Mar kale isku day goor dambe.
practice-next = Kan xiga ▶️
practice-grade-again = Mar kale
practice-grade-hard = Adag
practice-grade-good = Fiican
practice-grade-easy = Fudud
practice-graded = Waa la kaydiyay. Tani waxay go’aamisaa goorta aad erayga mar kale arki doonto.

practice-done = Shaqo wanaagsan! { $correct } ka mid ah { $total } waa sax.
practice-more = ▶️ Tababar kale

# Sent by the outbox at the times the participant chose.
practice-prompt = 🗣 Ma haysaa laba daqiiqo? Wax yar ku tababar Iswiidhishka shaqada.
practice-prompt-button = ▶️ Bilow hadda

# Staff: the participant's track, from the participant card.
staff-practice-button = 🗣 Shaqada tababarka Iswiidhishka
staff-practice-ask = Ka-qaybgaluhu Iswiidhishka shaqadee ayuu ku tababaranayaa?
staff-practice-saved = Waa la kaydiyay.
# Sent by the outbox: the participant's week of practice.
# Answers and words are labels with a colon, so no number agreement is needed.
practice-week-summary =
    🗓 Toddobaadkaaga Iswiidhishka:
    { $week }
    { $days ->
        [one] { $days } maalin
       *[other] { $days } maalmood
    }. Jawaabaha: { $answers }. Erayada aad ku tababaratay: { $known }.
