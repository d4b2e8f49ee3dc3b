### Group meetings: the information meeting, its seats, answers, attendance and the mapping talk.

groups-button = 👥 Kulamo kooxeed
groups-kind-information = Kulan macluumaad
groups-kind-workshop = Aqoon-is-weydaarsi
groups-kind-button = { $kind } · { $minutes } daqiiqo

## Staff

groups-list-title = Kulamadaada kooxeed:
groups-list-empty = Ma lihid kulamo kooxeed. Riix ➕ si aad mid u qorsheyso.
groups-list-item = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · { $kind } · { $taken }/{ $seats }
groups-new = ➕ Kulan kooxeed cusub
groups-ask-kind = Kulan noocee ah?
groups-ask-day = Maalintee?
groups-ask-time = Saacaddee? ({ DATETIME($day, dateStyle: "full") })
groups-ask-place = Xagee buu kulanku ka dhacayaa?
groups-ask-address = Qor cinwaanka ama qolka. Ama riix Ka gudub.
groups-no-address = Ka gudub
groups-ask-seats = Immisa kursi ayaa jira?
groups-confirm =
    { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Goobta: { $where }
    Kuraasta: { $seats }
groups-confirm-move = Qof kasta oo haa yiri wuxuu ogaan doonaa waqtiga cusub.
groups-create = ✅ Samee
groups-move-here = ✅ Halkan u wareeji
groups-created = Kulanka kooxeed waa la sameeyay. Hadda dadka waad casuumi kartaa.
groups-moved = Kulanka waa la wareejiyay. Qof kasta oo haa yiri wuu ogaan doonaa.
groups-cancelled = Kulanka waa la joojiyay. Qof kasta oo haa yiri wuu ogaan doonaa.
groups-gone = Kulankaas mar dambe ma jiro.
groups-view =
    { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Goobta: { $where }
    Kuraasta la qaatay: { $taken } / { $seats }
    La casuumay: { $invited }
    Safka: { $waiting }
groups-view-coming = Way imanayaan: { $coming_names }
groups-invite = ✉️ Casuun
groups-move = 🔁 Wareeji
groups-cancel = ❌ Jooji kulanka
groups-attendance = ✅ Imaatinka
groups-ask-invite = Yaad rabtaa inaad casuunto? Riix magacyada.
groups-invite-nobody = Dhammaan ka-qaybgalayaashaada horay ayaa loo casuumay.
groups-invite-picked = ✉️ Casuun kuwa la doortay
groups-invite-all = ✉️ Casuun dhammaan
groups-pick-none = Dooro ugu yaraan hal qof.
groups-invited =
    { $count ->
        [one] { $count } qof ayaa la casuumay.
       *[other] { $count } qof ayaa la casuumay.
    } Qof walba wuxuu helayaa casuumaadda luqaddiisa.
groups-invited-none = Qof cusub lama casuumin.
groups-cancel-ask = Ma rabtaa inaad joojiso kulanka? Qof kasta oo haa yiri wuxuu helayaa fariin.
groups-cancel-yes = Haa, jooji
groups-cancel-no = Maya
groups-ask-attendance = Yaa yimid? Dhammaan waa la calaamadeeyay. Ka saar calaamadda qofka aan iman.
groups-attendance-nobody = Qofna haa ma odhan.
groups-attendance-save = 💾 Kaydi
groups-marked = Waa la kaydiyay. Kuwa yimid waxay dooran karaan waqti qiimaynta xirfadaha. Kuwa aan iman waxay helayaan fariin naxariis leh.
groups-card = 👥 Kulamo kooxeed: yimid { $attended }, ka maqnaa { $missed }
groups-report-attended = Kulamo kooxeed, yimid
groups-report-missed = Kulamo kooxeed, ka maqnaa

## Participants

groups-list-item-mine = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · 👥 { $kind }
groups-visit =
    👥 { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Goobta: { $where }
groups-visit-waiting = Waxaad ku jirtaa safka. Fariin ayaad helaysaa haddii kursi banaanaado.
groups-ics-button = 📎 Faylka kalandarka
groups-ics-caption = Riix faylka si aad kulanka ugu kaydiso kalandarkaaga.
groups-ics-file = kulan kooxeed lotsen
groups-ics-cancelled-file = kulan kooxeed la joojiyay lotsen
groups-leave = ❌ Ma iman karo
groups-leave-ask = Ma rabtaa inaad kursigaaga ka tagto? Markaas qof kale ayaa heli kara.
groups-leave-yes = Haa, ka tag kursiga
groups-leave-no = Maya, waan imanayaa
groups-left = Kursigaaga waad ka tagtay. Mahadsanid inaad noo sheegtay.
groups-invitation =
    👥 Waxaa laguu casuumay kulan kooxeed: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Goobta: { $where }
    { $left ->
        [one] { $left } kursi ayaa haray.
       *[other] { $left } kursi ayaa haray.
    } Ma imanaysaa?
groups-answer-coming = 👍 Waan imanayaa
groups-answer-cant = ❌ Ma awoodo
groups-answer-wait = ⏳ Haa, safka i geli
groups-answer-no-thanks = Maya, mahadsanid
groups-answer-seated = ✅ Kursi ayaad leedahay. Waan is arki doonaa! Riix faylka si aad kulanka ugu kaydiso kalandarkaaga.
groups-answer-full = Dhammaan kuraasta waa la qaatay. Ma rabtaa inaad safka gasho? Fariin ayaad helaysaa haddii kursi banaanaado.
groups-answer-waiting = ⏳ Waxaad ku jirtaa safka. Fariin ayaad helaysaa haddii kursi banaanaado.
groups-answer-declined = Hagaag. Mahadsanid inaad noo sheegtay.
groups-reminder =
    ⏰ Xusuusin: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Goobta: { $where }
groups-notice-moved =
    🔁 Kulanka kooxeed wuxuu leeyahay waqti cusub: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Goobta: { $where }
    Riix faylka si aad ugu beddesho kalandarkaaga.
groups-notice-cancelled =
    ❌ Kulanka kooxeed waa la joojiyay: { $kind }, { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
    Riix faylka si aad uga saarto kalandarkaaga.
groups-notice-moved-up =
    🎉 Kursi ayaa banaanaaday. Hadda kursi ayaad leedahay: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Goobta: { $where }
groups-thanks = Mahadsanid inaad timid! Tallaabada xigta waa wada-hadal adiga kuu gaar ah oo aad la yeelanayso hagahaaga: qiimaynta xirfadaha. Dooro waqti kugu habboon.
groups-book-mapping = 📅 Dooro waqti
groups-missed = Waan ku waynay { $kind } ({ DATETIME($at, dateStyle: "full") }). Waa caadi. Hagahaagu wuxuu kuu sheegi doonaa marka xigta.
groups-missed-next = Waan ku waynay { $kind } ({ DATETIME($at, dateStyle: "full") }). Waa caadi. Marka xigta waa { DATETIME($next, dateStyle: "full", timeStyle: "short") }. Ma rabtaa inaad timaado?
