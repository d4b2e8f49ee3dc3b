### Self-assessment: questions about how it goes, one a screen, and the results.
# Is-qiimayn = self-assessment. Scores are written as 3/5 (3 of 5), plain and short.
# Staff texts use impersonal forms (la, loo) for the participant: Somali verbs would otherwise show gender.

menu-assessment =
    { $open ->
        [0] 📝 Is-qiimayn
        [one] 📝 Is-qiimayn (1 cusub)
       *[other] 📝 Is-qiimayn ({ $open } cusub)
    }

# Answer scales. An instrument's file says which scale it uses.
scale-agree-1 = Gabi ahaanba sax ma aha
scale-agree-2 = Wax yar ayuu sax yahay
scale-agree-3 = Qayb ahaan waa sax
scale-agree-4 = Inta badan waa sax
scale-agree-5 = Gabi ahaanba waa sax
scale-often-0 = Marna
scale-often-1 = Mar dhif ah
scale-often-2 = Mararka qaarkood
scale-often-3 = Marar badan
scale-often-4 = Inta badan
scale-often-5 = Had iyo jeer

assessment-home = Halkan waxaad kaga jawaabtaa su’aalo ku saabsan sida ay wax kuugu socdaan. Hagahaagu wuu arkaa jawaabahaaga.
assessment-open-button = ▶️ { $title } ({ $done }/{ $total })
assessment-self-button = 📝 { $title }
assessment-results-button = 📊 Natiijooyinkayga
assessment-results-title = Natiijadee ayaad rabtaa inaad aragto?
assessment-results-item = { $title } · { DATETIME($at, dateStyle: "medium") }

assessment-intro =
    { $title }
    { $count ->
        [one] 1 su’aal.
       *[other] { $count } su’aalood.
    } { assessment-minutes }
    Jawaab sax ama khalad ah ma jirto.
    Hagahaagu wuu arkaa jawaabahaaga.
assessment-intro-recall = Ka fikir { $days }-kii maalmood ee la soo dhaafay.
assessment-intro-themes =
    { $themes ->
        [one] Su’aaluhu waxay ku jiraan hal qayb.
       *[other] Su’aaluhu waxay u qaybsan yihiin { $themes } qaybood.
    } Qayb kasta ka dib waad nasan kartaa.
assessment-intro-optional = Adiga ayaa dooranaya inaad jawaabto iyo in kale.
assessment-begin = Bilow
assessment-decline = Maya, mahadsanid
assessment-later = ⏸ Mar dambe sii wad
assessment-skip = Ka bood ⏭

assessment-item-head = { $theme } · su’aal { $number }/{ $total }
assessment-item-answered = Jawaabtaada: { $answer }
assessment-theme-done =
    ✅ Waa dhammaatay: { $theme }. { $total ->
        [one] Waxaad dhammaysay { $done } ka mid ah 1 qayb.
       *[other] Waxaad dhammaysay { $done } ka mid ah { $total } qaybood.
    }
assessment-next-theme = Qaybta xigta: { $upcoming }

assessment-result-title = Mahadsanid! Waa kan natiijada { $title }:
assessment-result-line = { $number }. { $theme }: { $band } ({ $score }/{ $max })
assessment-result-few = { $number }. { $theme }: jawaabo ku filan ma jiraan
assessment-result-total = Guud ahaan: { $band } ({ $score }/{ $max })
assessment-band-low = hadda way adag tahay
assessment-band-mid = xoogaa way fiican tahay
assessment-band-high = way fiican tahay
assessment-chart-caption = { $title }: jawaabahaagii hore iyo kuwa hadda. Tiirka dheer waa ka fiican yahay.
assessment-chart-shown =
    { $count ->
        [one] 1 jeer
       *[other] { $count } jeer
    } wadar ahaan. Halkan waxaad ku aragtaa kii ugu horreeyay, kii ka horreeyay iyo kii ugu dambeeyay.
assessment-talk = 💬 Waxaan rabaa inaan arrintan kala hadlo hagahayga
assessment-talk-sent = Hagahaagu wuu ogaan doonaa inaad rabto inaad la hadasho.

assessment-saved = Jawaabahaaga waa la kaydiyay. Markaad rabto, ka sii wad Is-qiimayn.
assessment-declined = Hagaag. Mar dambe ayaad jawaabi kartaa haddii aad rabto.
assessment-old-question = Su’aashaas horay ayaad uga jawaabtay. Waa tan su’aasha aad hadda joogto.
assessment-gone = Su’aalahaas hadda ma jiraan.
assessment-already-done = Horeba su’aalahaas waad ka jawaabtay. Mahadsanid!

# Sent by the scheduler.
assessment-invite = 📝 Waa waqtigii su’aalo yar oo ku saabsan sida ay wax kuugu socdaan: { $title }. { assessment-minutes }
assessment-minutes =
    { $minutes ->
        [one] Waxay qaadanaysaa qiyaastii 1 daqiiqad.
       *[other] Waxay qaadanaysaa qiyaastii { $minutes } daqiiqo.
    }
assessment-invite-baseline = 📝 Ku soo dhawoow! Fadlan ku bilow su’aalo yar oo ku saabsan sida ay wax kuugu socdaan: { $title }. { assessment-minutes }
assessment-invite-exit = 📝 Barnaamijku dhowaan wuu dhammaanayaa. Fadlan ka jawaab su’aalo yar oo ugu dambeeya: { $title }. { assessment-minutes }
assessment-reminder = Xusuusin: weli waxaa kuu haray su’aalo aad ka jawaabto: { $title }.
assessment-invite-start = Hadda bilow

# Staff: the participant's self-assessments, from the participant card.
staff-assessment-button = 📊 Is-qiimayn
staff-assessment-title = Is-qiimaynta { $name }
staff-assessment-none = Weli jawaabo ma jiraan.
staff-assessment-latest = { $title } · { DATETIME($at, dateStyle: "medium") }
staff-assessment-previous = Markii hore: { $score }/{ $max }
staff-assessment-open = Jawaab ayaa la sugayaa: { $title } ({ $done }/{ $total })
staff-assessment-rhythm =
    { $weeks ->
        [0] Su’aalo gaaban: ma jiraan
        [one] Su’aalo gaaban: toddobaad kasta
       *[other] Su’aalo gaaban: { $weeks } toddobaadba mar
    }
staff-assessment-chart = 📈 Tus jaantuska
staff-assessment-chart-caption = { $name }: { $title }, jawaabihii hore iyo kuwa hadda.
staff-assessment-no-chart = Weli ma jiraan jawaabo la tusi karo.
staff-assessment-request = 📝 Hadda dir su’aalo
staff-assessment-ask-which = Su’aalahee ayaa loo dirayaa ka-qaybgalaha?
staff-assessment-form-full = { $title }: dhammaan su’aalaha
staff-assessment-form-short = { $title }: gaaban
staff-assessment-requested = Su’aalaha waa la diray.
staff-assessment-rhythm-button = 🔁 Immisa jeer
staff-assessment-ask-rhythm = Immisa jeer ayaa ka-qaybgalaha loo dirayaa su’aalo gaaban?
staff-assessment-every =
    { $weeks ->
        [2] Labadii toddobaadba mar
        [4] Afartii toddobaadba mar
        [one] Toddobaad kasta
       *[other] { $weeks } toddobaadba mar
    }
staff-assessment-every-off = Ha dirin su’aalo si toos ah
staff-assessment-rhythm-saved = Waa la kaydiyay.
