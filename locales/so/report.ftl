### The programme report: an Excel file with the participants and a summary.

report-menu-button = 📊 Warbixin
report-home-staff = Warbixintu waxay ku saabsan tahay ka-qaybgalayaashaada. Waxaad u helaysaa fayl Excel ah.
report-home-admin = Ka-qaybgalayaashee ayay warbixintu ku saabsan tahay? Ku dooro goorta ay bilaabeen.
report-make = Samee warbixinta
report-cohort-all = Dhammaan ka-qaybgalayaasha
report-cohort-year = Bilaabay { $year }
report-cohort-half =
    Bilaabay { $year }, { $half ->
        [1] Janaayo–Juun
       *[other] Luulyo–Diseembar
    }
report-scope-own = Ka-qaybgalayaashayda
report-progress = Warbixinta ayaan samaynayaa …
report-done =
    { $count ->
        [one] Waa diyaar! Warbixintu waxay leedahay 1 ka-qaybgale.
       *[other] Waa diyaar! Warbixintu waxay leedahay { $count } ka-qaybgale.
    }
report-caption = Warbixin ka timid Lotsen. Faylku wuxuu hayaa xog ku saabsan dad: si ammaan ah u kaydi.
report-sheet-participants = Ka-qaybgalayaasha
report-sheet-summary = Soo koobid
report-column-id = Aqoonsi
report-column-start = Bilow
report-column-end = Dhammaad
report-column-gender = Jinsiga
report-column-age-band = Da’da
report-column-entry-status = Xaaladda bilowga
report-column-education = Waxbarashada
report-column-track = Waddada
report-column-ladder = Heerka praktikka
report-column-exit-status = Xaaladda dhammaadka
report-column-follow-up = Lix bilood kadib
report-column-disability = Naafonimo
report-column-third-country = Muwaadin ka baxsan EU
report-age-under-18 = Ka yar 18
report-age-18-29 = 18–29
report-age-30-54 = 30–54
report-age-55-plus = 55 iyo ka weyn
report-not-recorded = Lama qorin
report-summary-what = Maxay
report-summary-value = Tiro ama qayb
report-summary-of = Ka mid ah
report-summary-note = Sharaxaad
report-summary-scope = Doorasho
report-summary-participants = Ka-qaybgalayaasha
report-summary-gender = Jinsiga
report-summary-age = Da’da bilowga
report-summary-entry-status = Xaaladda bilowga
report-summary-education = Waxbarashada
report-summary-track = Waddada
report-summary-ladder = Heerka praktikka
report-summary-disability = Naafonimo
report-summary-third-country = Muwaadin ka baxsan EU
report-summary-ended = Kuwa dhammeeyay
report-summary-follow-up = La weydiiyay lix bilood kadib
report-summary-targets = Yoolalka (qaybta gaartay yoolka)
report-target-work-after-six-months = Shaqo dhammaadka iyo shaqo lix bilood kadib
report-target-ready-for-job = Diyaar iyo kalsooni u qaadashada shaqo
report-target-physical-health = Caafimaad jireed wanaagsan
report-target-mental-health = Caafimaad maskaxeed wanaagsan
report-target-adapted-support = Taageero ku habboon baahiyaha
report-target-improved-chances = Fursado wanaagsan oo shaqo ama waxbarasho
report-note-work = Kuwa la weydiiyay lix bilood kadib. Qofka aan jawaabin waxaa loo tiriyaa inuusan gaarin yoolka.
report-note-exit = Kuwa ka jawaabay su’aasha sahanka { avslut-title }. Jawaabta { $cut } ama ka sarraysa ayaa gaarta yoolka.
report-note-shares = Qaybaha waxaa lagu xisaabiyaa oo keliya ka-qaybgalayaasha warbixintan. Da’du waa da’da sannadka uu ka-qaybgaluhu bilaabay.
report-sheet-overview = Guudmar
report-title = Warbixinta barnaamijka
report-title-municipality = Degmada
report-title-programme = Barnaamijka
report-title-period = Xulashada
report-title-made-at = La sameeyay
report-title-made-by = Waxaa sameeyay
report-made-by-operator = Khadka amarka ee server-ka
report-target-column-name = Yoolka
report-target-column-level = Heerka
report-target-column-counted = La tiriyay
report-target-column-of = Ka mid ah
report-target-column-share = Saamiga
report-target-column-met = Ma la gaadhay?
report-target-met = La gaadhay
report-target-not-met = Lama gaadhin
report-note-targets = Yoolasha waxaa lagu tiriyaa ka-qaybgalayaasha warbixintan, maalinta la sameeyay. Tiro (tusaale 40) waa la gaadhaa marka intaas la tiriyo; saami marka la gaadho.
report-column-job-started = Shaqada waxay bilaabatay
report-column-meetings-booked = Ballamaha la qabsaday
report-column-meetings-attended = Ballamaha uu yimid
report-column-meetings-missed = Ballamaha uu seegay
report-summary-meetings = Ballamo
