### Check-ins (avstämningar): how the week has been, and whether help is needed.

checkin-prompt = Hello! How has your week been?
checkin-prompt-named = Hello { $name }! How has your week been?
checkin-reminder = We did not hear from you. How has your week been? Press a button.
checkin-mood-5 = 😄 Very good
checkin-mood-4 = 🙂 Good
checkin-mood-3 = 😐 Okay
checkin-mood-2 = 🙁 Bad
checkin-mood-1 = 😞 Very bad
checkin-ask-help = Thank you! Do you need help with something?
checkin-help-no = No, I am fine
checkin-help-contact = Yes, contact me
checkin-help-message = Write to my lots
checkin-write-message =
    Write your message to your lots.
    Or record a voice message 🎙. You can also send a photo.
checkin-message-too-long = The message is too long. { core-max-chars }
checkin-thanks = Thank you for your answer!
checkin-thanks-contact = Thank you! Your lots will contact you.
checkin-thanks-message = Thank you! Your lots has got your message.
checkin-already-answered = You have already answered. Thank you!
checkin-message-to-staff =
    💬 Message from { $name }:
    { $message }

# Pause: "I'm sick or away".
pause-ask = How long do you want to pause messages?
pause-days =
    { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
pause-saved = Paused. You get no messages up to and including { DATETIME($until, dateStyle: "long") }.
pause-status = ⏸ Messages are paused up to and including { DATETIME($until, dateStyle: "long") }.
pause-resumed = Welcome back! Now you get messages again.
