### The participant’s rights: see and take their data, stop all messages, be deleted.
# The counts are worded as labels with a colon, so no number agreement is needed.
# Staff texts use impersonal forms (la, loo) for the participant: Somali verbs would otherwise show gender.

rights-summary =
    Waxa hadda lagaa kaydiyay:
    • warsi: { $checkins }
    • is-qiimayn: { $assessments }
    • kulamo: { $meetings }
    • jawaabaha tababarka: { $practice }
    • fariimo: { $messages }
rights-summary-more =
    Waxa kale oo la kaydiyay:
    📋 Tallaabooyinka qorshahaaga: { $steps }
    🔔 Digniinaha loo diray hagahaaga: { $alerts }
    📊 Xogta warbixinta degmada: { $facts }
    💬 Fariimaha adiga iyo hagahaaga: { $line }
rights-export-button = 📦 Ii soo dir xogtayda
rights-export-caption = Waa kan wax kasta oo aan kaa kaydinnay, hal fayl ahaan.
# The file's name: letters and hyphens; ".json" is added.
rights-export-file = xogtayda-lotsen
rights-stop-button = ⛔ Jooji dhammaan fariimaha
rights-start-button = ▶️ Fariimaha dib u bilow
rights-stopped-status = ⛔ Botku hadda fariin kuuma soo dirayo.
rights-stopped = Waa la sameeyay. Botku fariin kuuma soo diri doono. Hagahaaga waa loo sheegi doonaa.
rights-started = Waa la sameeyay. Botku mar kale ayuu fariimo kuu soo diri doonaa.
rights-delete-button = 🗑 Tirtir xogtayda
rights-delete-ask =
    Ma rabtaa inaan tirtirno wax kasta oo kugu saabsan?
    Dib looma soo celin karo. Hagahaaga waa loo sheegi doonaa.
rights-delete-ask-archive =
    Degmadu waa inay xogta qaarkeed kaydiso muddo.
    Haddii aad haa tiraahdo, hadda ayaan xogtaada xiraynaa, si aan cidna u isticmaalin.
    { $days ->
        [one] { $days } maalin
       *[other] { $days } maalmood
    } ka dib, wax kasta waa la tirtiri doonaa.
    Hagahaaga waa loo sheegi doonaa.
rights-delete-yes = Haa, tirtir
rights-delete-no = Maya
rights-deleted = Wax kasta oo kugu saabsan waa la tirtiray. Mahadsanid waqtigan aad nala joogtay. Haddii aad hesho casuumaad cusub, qor /start.
rights-archived =
    Xogtaada waa la xiray. Waxaa la tirtiri doonaa { $days ->
        [one] { $days } maalin
       *[other] { $days } maalmood
    } ka dib. Botku fariin dambe kuuma soo diri doono.
rights-locked = 🔒 Xogtaada waa la xiray, waxaana la tirtiri doonaa { DATETIME($until, dateStyle: "long") }. Mar dambe ma isticmaali kartid Lotsen.

# To staff.
rights-notice-stopped = ⛔ { $name }: fariimaha botka oo dhan waa la joojiyay, sida la codsaday. Si kale ula xiriir.
rights-notice-archived = 🗑 { $name }: waxaa la codsaday in xogta la tirtiro. Xogta waa la xiray, goor dambe ayaana la tirtiri doonaa.
rights-notice-deleted = 🗑 Sida la codsaday, mid ka mid ah ka-qaybgalayaashaada waa la tirtiray. Xog kasta oo ku saabsan waa la tirtiray.

# Administrators: the audit log.
staff-audit-button = 🧾 Diiwaanka hubinta
staff-audit-caption = Diiwaanka hubinta: cidda akhriday ama soo dejisay xogta ka-qaybgalayaasha, iyo isku day kasta oo la diiday.
