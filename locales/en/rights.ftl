### The participant’s rights: see and take their data, stop all messages, be deleted.

# Swedish needs no plural forms for the counts; English does.
rights-summary =
    Stored about you now: { $checkins ->
        [one] { $checkins } check-in
       *[other] { $checkins } check-ins
    }, { $assessments ->
        [one] { $assessments } self-assessment
       *[other] { $assessments } self-assessments
    }, { $meetings ->
        [one] { $meetings } meeting
       *[other] { $meetings } meetings
    }, { $practice ->
        [one] { $practice } practice answer
       *[other] { $practice } practice answers
    } and { $messages ->
        [one] { $messages } message
       *[other] { $messages } messages
    }.
rights-summary-more =
    Also stored:
    📋 Steps in your plan: { $steps }
    🔔 Alerts to your lots: { $alerts }
    📊 Facts for the municipality’s report: { $facts }
    💬 Messages with your lots: { $line }
rights-export-button = 📦 Send me my data
rights-export-caption = Here is everything we have stored about you, as a file.
# The file's name: letters and hyphens; ".json" is added.
rights-export-file = lotsen-my-data
rights-stop-button = ⛔ Stop all messages
rights-start-button = ▶️ Start messages again
rights-stopped-status = ⛔ The bot does not send you any messages now.
rights-stopped = Done. The bot will not send you any messages. Your lots will be told.
rights-started = Done. The bot will send you messages again.
rights-delete-button = 🗑 Delete my data
rights-delete-ask =
    Do you want us to delete everything about you?
    This cannot be undone. Your lots will be told.
rights-delete-ask-archive =
    The municipality must keep some data for a while.
    If you say yes, we lock your data now, so that no one uses it.
    After { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, everything is deleted.
    Your lots will be told.
rights-delete-yes = Yes, delete
rights-delete-no = No
rights-deleted = Everything about you is deleted. Thank you for this time. You can write /start if you get a new invitation.
rights-archived =
    Your data is locked. It will be deleted in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }. The bot will not send you any more messages.
rights-locked = 🔒 Your data is locked and will be deleted on { DATETIME($until, dateStyle: "long") }. You can no longer use Lotsen.

# To staff.
rights-notice-stopped = ⛔ { $name } has stopped all messages from the bot. Please contact them in another way.
rights-notice-archived = 🗑 { $name } has asked to be deleted. Their data is locked and will be deleted later.
rights-notice-deleted = 🗑 One of your participants has asked to be deleted. Everything about them is gone.

# Administrators: the audit log.
staff-audit-button = 🧾 Audit log
staff-audit-caption = The audit log: who has read or exported participants’ data, and every refused attempt.
