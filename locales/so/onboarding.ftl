### Onboarding: language, welcome, privacy notice and name.

onboarding-pick-language = Dooro luqaddaada.
onboarding-welcome =
    Ku soo dhawoow Lotsen!
    Halkan waxaad kula xiriirtaa hagahaaga (lots).
    Marka hore waxaan rabnaa inaan kuu sheegno waxa aan kaydinno.
onboarding-privacy = { privacy-notice-participant }
onboarding-accept = ✅ Waan fahmay
onboarding-decline = Maya, mahadsanid
onboarding-declined =
    Hagaag. Xogtaada waan tirtirnay.
    Ma rabtaa inaad bilowdo mar dambe? Hagahaaga ka codso link cusub.
onboarding-ask-name =
    Magacee ayaad rabtaa inaan kuugu yeerno?
    Qor magac.
onboarding-skip-name = Ka bood
onboarding-done = Waa diyaar! Hadda waad bilaabi kartaa.
onboarding-staff-welcome =
    Ku soo dhawoow Lotsen!
    Halkan waxaad u joogtaa shaqaale ahaan.
# Staff give the name participants see; the button offers their name in Telegram.
onboarding-staff-ask-name =
    Magacaa?
    Ka-qaybgalayaashu waxay arkaan magacaaga marka ay ballan qabsadaan iyo fariimahaaga.
    Qor magacaaga.
onboarding-staff-name-use = ✅ Magacaygu waa { $name }
