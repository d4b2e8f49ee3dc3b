### Reminders and messages from staff to their participants.

reminders-menu-button = 📣 Send a reminder
reminders-card-button = ✉️ Send a message

reminders-ask-audience = Who should get the message?
reminders-no-participants = You have no participants yet. You can see the reminders you have sent.
reminders-audience-one = 👤 One participant
reminders-audience-several = 👥 Several participants
reminders-audience-all = 📣 All my participants
reminders-sent-button = 📋 Sent reminders

reminders-ask-one = Who should get the message?
reminders-ask-several = Tap the names. Tap again to remove a name.
reminders-picked-done =
    { $picked ->
        [one] Done (1 chosen)
       *[other] Done ({ $picked } chosen)
    }
reminders-pick-none = Choose at least one participant.

reminders-ask-content = What do you want to send?
reminders-write = ✏️ Write your own message
reminders-ask-text =
    Write your message.
    It is sent exactly as you write it.
    { core-max-chars }

reminders-ask-when = When should the message be sent?
reminders-when-now = ⚡ Now
reminders-when-tomorrow = 🌅 Tomorrow at 08:00
reminders-when-monday = 📅 Monday at 08:00
reminders-when-pick = 🗓 Choose a day and time
reminders-ask-day = Choose a day.
reminders-ask-hour = What time on { DATETIME($day, dateStyle: "full") }?

reminders-preview =
    This is how the message looks:

    { $text }

reminders-preview-own-language = Each person reads it in their own language.
reminders-preview-to =
    { $count ->
        [one] To 1 participant: { $names }
       *[other] To { $count } participants: { $names }
    }
reminders-preview-now = Sent: now
reminders-preview-at = Sent: { DATETIME($at, dateStyle: "full", timeStyle: "short") }
reminders-send = ✅ Send
reminders-nobody = None of them can get the message. Nothing was sent.
reminders-names-more = { $names } and { $more } more
reminders-done-now = ✅ Done. The message is being sent now.
reminders-done-later = ✅ Done. The message will be sent at the time you chose.

reminders-sent-title =
    { $count ->
        [0] You have not sent any reminders { reminders-days }.
        [one] Your reminder from { reminders-days }:
       *[other] Your reminders from { reminders-days }. Newest first:
    }
reminders-days =
    { $days ->
        [one] the last day
       *[other] the last { $days } days
    }
reminders-sent-item = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · { $what } · 👥 { $count }
reminders-report =
    📣 { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    { $text }

    { $count ->
        [one] To 1 participant.
       *[other] To { $count } participants.
    }
    ✅ Sent: { $sent }
    ⏳ Waiting: { $waiting }
    ⚠️ Did not reach: { $unreached }
reminders-report-unreached = Did not reach: { $names }
reminders-gone = That reminder no longer exists.
reminders-cancel-button = 🚫 Stop the reminder
reminders-cancel-ask = Do you want to stop the reminder? Those who have not got it yet will not get it.
reminders-cancel-yes = Yes, stop it
reminders-cancel-no = No, leave it
reminders-cancelled = ✅ The reminder is stopped.
reminders-cancel-too-late = It has already been sent. There is nothing to stop.
reminders-report-cancelled = 🚫 Stopped: { $cancelled }

# Short names of the templates, on the staff member’s buttons.
reminders-template-button-meeting-tomorrow = 📅 Meeting tomorrow
reminders-template-button-bring-id = 🪪 Bring your ID
reminders-template-button-self-assessment = 📝 Time for self-assessment
reminders-template-button-placement-monday = 🏢 Placement starts Monday
reminders-template-button-call-me = 📞 Call me

# The templates as the participant reads them, in their own language.
reminders-template-meeting-tomorrow = 📅 Remember your meeting tomorrow.
reminders-template-bring-id = 🪪 Bring your ID, for example an ID card or a passport.
reminders-template-self-assessment = 📝 It is time for your self-assessment. Open the menu and tap 📝 Self-assessment.
reminders-template-placement-monday = 🏢 Your work placement starts on Monday.
reminders-template-call-me = 📞 Please call me when you can.
reminders-signed =
    { $text }
    – { $name }, your lots
reminders-signed-unnamed =
    { $text }
    – Your lots
