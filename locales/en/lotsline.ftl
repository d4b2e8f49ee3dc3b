### The line to the own lots: 📞 My lots, messages by voice, photo or text, and answers.

lotsline-menu-button = 📞 My lots
lotsline-none = You have no lots right now.
lotsline-home = 📞 Your lots is { $name }.
lotsline-hours =
    { $name } works:
    { $schedule }
# One weekday of the lots's hours, e.g. "Monday: 09:00–12:00, 13:00–15:00".
lotsline-hours-day = { $day }: { $times }
lotsline-hours-time = { $start }–{ $end }
lotsline-write-button = 🎙 Write or record
lotsline-book-button = 📅 Book a meeting
lotsline-call-button = 📞 Call { $name }
lotsline-write =
    Write to { $name }.
    Or record a voice message 🎙.
    You can also send a photo.
lotsline-sent = ✅ Sent. Your lots gets your message.
lotsline-forwarded = This comes from someone else. Write or record it yourself.
lotsline-too-long =
    The recording is too long. { $minutes ->
        [one] At most 1 minute.
       *[other] At most { $minutes } minutes.
    }
lotsline-sticker = I can’t send a sticker. Write or record.
lotsline-offer = Do you want to send this to your lots?
lotsline-offer-button = 📨 Send it to my lots

# To staff.
lotsline-gone = That message is no longer there.
lotsline-thread = 💬 { $name } and you. Press a message to see or hear it.
lotsline-thread-empty = 💬 { $name } and you. No messages yet.
lotsline-item =
    { $who ->
        [lots] ↩️ You
       *[participant] { $name }
    } · { $kind ->
        [voice] 🎙
        [video_note] 📹
        [audio] 🎵
        [photo] 🖼
       *[text] 💬
    } · { DATETIME($at, dateStyle: "medium", timeStyle: "short") }
lotsline-play-button = ▶️ Play
lotsline-reply-button = ↩️ Answer
lotsline-card-button = 💬 Messages ({ $line })
lotsline-reply =
    Write your answer to { $name }.
    Or record a voice message 🎙.
lotsline-answer-queued = ✅ Sent. { $name } gets the answer soon.
lotsline-answer-held = ⏸ { $name } has paused messages. The answer arrives when the pause ends.
lotsline-answer-stopped = ⛔ { $name } has stopped all messages. The answer was not sent.

# To the participant: the lots's answer.
lotsline-answer-text =
    💬 { $name }, your lots:
    { $text }
lotsline-answer-voice = 🎙 { $name }, your lots
lotsline-answer-back = ↩️ Answer

# A lots's work number.
lotsline-phone-button = 📞 My work number
lotsline-phone-now = Participants can call you on { $phone }.
lotsline-phone-none = Participants see no number for you.
lotsline-phone-ask = Write your work number. Then participants can call you with one tap.
lotsline-phone-hide = 🚫 Show no number
lotsline-phone-saved = Saved. Participants can call your work number.
lotsline-phone-hidden = Done. Participants see no number.
lotsline-phone-bad = That does not look like a phone number. Write for example 070-123 45 67.
