### The end of the programme, the facts the report counts, and the question six months after.

programme-facts-button = 📊 Xogta warbixinta
programme-end-button = 🏁 Dhammee barnaamijka
programme-facts =
    Xogta warbixinta: { $name }
    Jinsiga: { $gender }
    Sannadka dhalashada: { $birth_year }
    Xaaladda bilowga: { $entry_status }
    Waxbarashada: { $education }
programme-facts-sensitive =
    Naafonimo: { $disability }
    Muwaadin waddan ka baxsan EU: { $third_country }
programme-facts-job-started = Shaqada waxay bilaabatay: { DATETIME($job_started, dateStyle: "long") }
programme-facts-running = Barnaamijku wuu socdaa.
programme-facts-ended = Wuu dhammaaday { DATETIME($at, dateStyle: "long") }: { $exit_status }
programme-facts-follow-up = Lix bilood kadib: { $follow_up }
programme-not-recorded = –
programme-saved = Waa la kaydiyay.
programme-fact-gender = Jinsiga
programme-fact-job-started = Shaqada waxay bilaabatay
programme-fact-birth-year = Sannadka dhalashada
programme-fact-entry-status = Xaaladda bilowga
programme-fact-education = Waxbarashada
programme-fact-disability = Naafonimo
programme-fact-third-country = Dhalashada
programme-ask-gender = Waa maxay jinsiga ka-qaybgalaha?
programme-ask-birth-year = Sannadkee ayuu ka-qaybgaluhu dhashay? Qor sannadka, tusaale ahaan 2004.
programme-ask-entry-status = Maxay ka-qaybgaluhu samaynayeen markii barnaamijku bilaabmay?
programme-ask-education = Waa maxay waxbarashada ugu sarraysa ee ka-qaybgalaha?
programme-ask-disability = Ka-qaybgaluhu ma leeyahay naafonimo?
programme-ask-third-country = Ka-qaybgaluhu ma muwaadin waddan ka baxsan EU?
programme-birth-year-bad = Qor sannad afar god ah, tusaale ahaan 2004.
programme-gender-woman = Haweeney
programme-gender-man = Nin
programme-gender-non-binary = Laba-jinsi midna
programme-gender-not-stated = Ma doonayo inuu jawaabo
programme-entry-status-unemployed = Shaqo la’aan
programme-entry-status-long-term-unemployed = Shaqo la’aan in ka badan sannad
programme-entry-status-inactive = Ma shaqeeyo, shaqona ma raadiyo
programme-entry-status-employed = Shaqo ayuu leeyahay
programme-education-isced-0-2 = Dugsi hoose ama ka yar
programme-education-isced-3-4 = Dugsi sare
programme-education-isced-5-8 = Kulliyad ama jaamacad
programme-disability-yes = Haa
programme-disability-no = Maya
programme-disability-not-stated = Ma doonayo inuu jawaabo
programme-third-country-yes = Haa
programme-third-country-no = Maya
programme-third-country-not-stated = Ma doonayo inuu jawaabo
programme-end-ask = Sidee buu { $name } u sii socdaa marka barnaamijku dhammaado?
programme-end-confirm =
    Ma la dhammeeyaa barnaamijka { $name }?
    Xaaladda dhammaadka: { $status }
    Botku wuu joojinayaa warsiyada iyo layliyada. { $name } wuxuu helayaa sahan ugu dambeeya. Lix bilood kadib botku wuxuu weydiinayaa sida ay wax u socdaan.
programme-end-yes = 🏁 Haa, dhammee
programme-end-already = Barnaamijka { $name } wuxuu dhammaaday { DATETIME($at, dateStyle: "long") }.
programme-ended-saved = Barnaamijku wuu dhammaaday. Sahanka ugu dambeeya waa la diray.
programme-end-again = Barnaamijku horay ayuu u dhammaaday. Waxba isma beddelin.
programme-ended-notice =
    Barnaamijkaagu hadda wuu dhammaaday. Waad ku mahadsan tahay waqtiga aan wada qaadannay!
    Nasiib wacan waxa soo socda.
programme-follow-up-ask =
    Salaan! Lix bilood ayaa ka soo wareegtay markii barnaamijkaagu dhammaaday.
    Maxaad hadda samaynaysaa?
programme-follow-up-again = Waxaan jeclaan lahayn inaan ogaanno sida ay kuu socoto. Maxaad hadda samaynaysaa?
programme-follow-up-button-working = 💼 Waan shaqeeyaa
programme-follow-up-button-studying = 📚 Wax baan baranayaa
programme-follow-up-button-looking = 🔎 Shaqo baan raadinayaa
programme-follow-up-button-other = Wax kale
programme-follow-up-thanks = Waad ku mahadsan tahay jawaabtaada! Nasiib wacan.
programme-follow-up-done = Horay ayaad u jawaabtay. Mahadsanid!
programme-follow-up-working = Wuu shaqeeyaa
programme-follow-up-studying = Wax buu baranayaa
programme-follow-up-looking = Shaqo buu raadinayaa
programme-follow-up-other = Wax kale
programme-follow-up-none = Jawaab ma jirto
programme-ask-job-start = Maalintee ayuu { $name } bilaabay shaqada? Dooro maalinta.
programme-job-start-unknown = Ma garanayo
programme-job-month-ask = Mahadsanid! Bishee ayaad bilowday shaqada?
programme-job-month-unknown = Ma xasuusto
