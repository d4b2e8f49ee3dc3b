### Onboarding: language, welcome, privacy notice and name.

onboarding-pick-language = Choose your language.
onboarding-welcome =
    Welcome to Lotsen!
    Here you keep in touch with your lots.
    First we want to tell you what we store.
onboarding-privacy = { privacy-notice-participant }
onboarding-accept = ✅ I understand
onboarding-decline = No, thanks
onboarding-declined =
    Okay. We have removed your details.
    Want to start later? Ask your lots for a new link.
onboarding-ask-name =
    What do you want us to call you?
    Write a name.
onboarding-skip-name = Skip
onboarding-done = Done! Now you can start.
onboarding-staff-welcome =
    Welcome to Lotsen!
    You are here as staff.
# Staff give the name participants see; the button offers their name in Telegram.
onboarding-staff-ask-name =
    What is your name?
    Participants see your name when they book a meeting and in your messages.
    Write your name.
onboarding-staff-name-use = ✅ My name is { $name }
