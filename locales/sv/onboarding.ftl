### Onboarding: language, welcome, privacy notice and name.

onboarding-pick-language = Välj ditt språk.
onboarding-welcome =
    Välkommen till Lotsen!
    Här håller du kontakt med din lots.
    Först vill vi berätta vad vi sparar.
onboarding-privacy = { privacy-notice-participant }
onboarding-accept = ✅ Jag förstår
onboarding-decline = Nej tack
onboarding-declined =
    Okej. Vi har tagit bort dina uppgifter.
    Vill du börja senare? Fråga din lots om en ny länk.
onboarding-ask-name =
    Vad vill du att vi kallar dig?
    Skriv ett namn.
onboarding-skip-name = Hoppa över
onboarding-done = Klart! Nu kan du börja.
onboarding-staff-welcome =
    Välkommen till Lotsen!
    Du är med som personal.
# Staff give the name participants see; the button offers their name in Telegram.
onboarding-staff-ask-name =
    Vad heter du?
    Deltagarna ser ditt namn när de bokar ett möte och i dina meddelanden.
    Skriv ditt namn.
onboarding-staff-name-use = ✅ Jag heter { $name }
