### Onboarding: language, welcome, privacy notice and name.

onboarding-pick-language = ቋንቋኹም ምረጹ።
onboarding-welcome =
    እንቋዕ ናብ Lotsen ብደሓን መጻእኩም!
    ኣብዚ ምስ ኣማኻሪኹም (ሎትስ) ትራኸቡ።
    መጀመርታ እንታይ ከም እንዕቅብ ክንነግረኩም ንደሊ።
onboarding-privacy = { privacy-notice-participant }
onboarding-accept = ✅ ተረዲኡኒ
onboarding-decline = ኣይፋል፣ የቐንየለይ
onboarding-declined =
    ሕራይ። ሓበሬታኹም ደምሲስናዮ ኣለና።
    ጸኒሕኩም ክትጅምሩ ትደልዩ ዶ? ንኣማኻሪኹም ሓድሽ ሊንክ ሕተቱ።
onboarding-ask-name =
    ብኣየናይ ስም ክንጽውዓኩም ትደልዩ?
    ሓደ ስም ጽሓፉ።
onboarding-skip-name = ሕለፉ
onboarding-done = ተዛዚሙ! ሕጂ ክትጅምሩ ትኽእሉ ኢኹም።
onboarding-staff-welcome =
    እንቋዕ ናብ Lotsen ብደሓን መጻእኩም!
    ኣብዚ ከም ሰራሕተኛ ኢኹም ዘለኹም።
# Staff give the name participants see; the button offers their name in Telegram.
onboarding-staff-ask-name =
    ስምኩም መን እዩ?
    ተሳተፍቲ ቆጸራ ክሕዙ ከለዉን ኣብ መልእኽትታትኩምን ስምኩም ይርእዩ።
    ስምኩም ጽሓፉ።
onboarding-staff-name-use = ✅ ስመይ { $name } እዩ
