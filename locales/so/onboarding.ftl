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
