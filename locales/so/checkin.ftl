### Check-ins (avstämningar): how the week has been, and whether help is needed.

checkin-prompt = Salaan! Sidee ayuu toddobaadku kuu ahaa?
checkin-prompt-named = Salaan { $name }! Sidee ayuu toddobaadku kuu ahaa?
checkin-reminder = Jawaabtaada weli ma helin. Sidee ayuu toddobaadku kuu ahaa? Riix badhan.
checkin-mood-5 = 😄 Aad u fiican
checkin-mood-4 = 🙂 Fiican
checkin-mood-3 = 😐 Caadi
checkin-mood-2 = 🙁 Xun
checkin-mood-1 = 😞 Aad u xun
checkin-ask-help = Mahadsanid! Ma u baahan tahay caawimaad?
checkin-help-no = Maya, waan fiicnahay
checkin-help-contact = Haa, ila soo xiriir
checkin-help-message = U qor hagahayga
checkin-write-message =
    U qor fariintaada hagahaaga.
    Ama duub fariin cod ah 🎙. Sidoo kale sawir ayaad diri kartaa.
checkin-message-too-long = Fariintu aad bay u dheer tahay. { core-max-chars }
checkin-thanks = Mahadsanid jawaabtaada!
checkin-thanks-contact = Mahadsanid! Hagahaagu wuu kula soo xiriiri doonaa.
checkin-thanks-message = Mahadsanid! Hagahaagu wuu helay fariintaada.
checkin-already-answered = Horeba waad jawaabtay. Mahadsanid!
checkin-message-to-staff =
    💬 Fariin ka timid { $name }:
    { $message }

# Pause: "I'm sick or away". "Up to and including" is said as "until the end of <date>".
pause-ask = Muddo intee le’eg ayaad rabtaa inaad fariimaha joojiso?
pause-days =
    { $days ->
        [one] { $days } maalin
       *[other] { $days } maalmood
    }
pause-saved = Waa la joojiyay. Fariimo ma heli doontid ilaa dhammaadka { DATETIME($until, dateStyle: "long") }.
pause-status = ⏸ Fariimaha waa la joojiyay ilaa dhammaadka { DATETIME($until, dateStyle: "long") }.
pause-resumed = Ku soo dhawoow mar kale! Hadda mar kale ayaad fariimo heli doontaa.
