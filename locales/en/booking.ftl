### Booking meetings with the lots, and the staff’s agenda and hours.

menu-booking = 📅 Meetings
menu-staff-booking = 📅 Meetings and times

booking-kind-mapping = Mapping
booking-kind-follow-up = Follow-up
booking-kind-guidance = Career guidance
booking-place-in-person = In person
booking-place-phone = Phone
booking-place-video = Video

booking-list-title = Your meetings:
booking-list-empty = You have no booked meetings.
booking-list-item = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · { $kind }
booking-new = ➕ Book a meeting

booking-ask-staff = Who do you want to meet?
booking-ask-kind = What kind of meeting?
booking-kind-button = { $kind } · { $minutes } min · { $place }
booking-ask-day = Choose a day. You only see days with free times.
booking-no-days = There are no free times in the next few weeks. Talk to your lots.
booking-ask-time = Free times on { DATETIME($day, dateStyle: "full") }:
booking-day-full = There are no free times left that day. Choose another day.
booking-taken = Someone else just booked that time. Here are the next free times:
booking-confirm =
    { $kind }, { $minutes } min
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    With { $staff }
    Place: { $where }
booking-confirm-button = ✅ Book
booking-move-button = ✅ Move here
booking-confirmed =
    ✅ Booked!
    { $kind }, { $minutes } min
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    With { $staff }
    Place: { $where }
    Press the file to save the meeting in your calendar.
booking-confirmed-moved =
    ✅ Moved!
    { $kind }, { $minutes } min
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    With { $staff }
    Place: { $where }
    Press the file to save the meeting in your calendar.
booking-ics-summary = { $kind } with { $name }
booking-done = The meeting is booked.
booking-moved = The meeting is moved.
booking-too-many =
    { $max ->
        [one] You already have { $max } meeting booked. Cancel it first.
       *[other] You already have { $max } meetings booked. Cancel one first.
    }
booking-locked =
    { $hours ->
        [one] The meeting is in less than { $hours } hour. Talk to your lots if you want to change it.
       *[other] The meeting is in less than { $hours } hours. Talk to your lots if you want to change it.
    }
booking-gone = That meeting no longer exists.

booking-view =
    { $kind }, { $minutes } min
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    With { $staff }
    Place: { $where }
booking-move = 🔁 Move
booking-cancel-button = ❌ Cancel meeting
booking-ics-button = 📎 Calendar file
# In the calendar file: a link back to the chat.
booking-ics-description = Change it or ask in Lotsen: { $link }
# File names: letters and hyphens; ".ics" is added.
booking-ics-file = meeting-lotsen
booking-ics-cancelled-file = cancelled-meeting-lotsen
booking-ics-cancelled-caption = 📎 Open the file. It takes the meeting out of your calendar.
booking-cancel-ask = Do you want to cancel the meeting?
booking-cancel-yes = Yes, cancel
booking-cancel-no = No
booking-cancelled = The meeting is cancelled.

# Sent by the outbox.
booking-notice-booked = 📅 { $name } has booked a meeting: { $kind }, { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
booking-notice-booked-for-you = 📅 Your lots has booked a meeting with you: { $kind }, { DATETIME($at, dateStyle: "full", timeStyle: "short") }. Place: { $where }.
booking-notice-moved = 🔁 { $name } has moved the meeting to { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
booking-notice-moved-for-you = 🔁 Your lots has moved your meeting to { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
booking-notice-cancelled = ❌ { $name } has cancelled the meeting on { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
booking-notice-cancelled-for-you = ❌ Your meeting on { DATETIME($at, dateStyle: "full", timeStyle: "short") } is cancelled. You can book a new time under 📅 Meetings.
booking-notice-cant-come =
    { $response ->
        [move] ⚠️ { $name } needs to move the meeting on { DATETIME($at, dateStyle: "full", timeStyle: "short") }. Please contact them.
       *[other] ⚠️ { $name } can’t come to the meeting on { DATETIME($at, dateStyle: "full", timeStyle: "short") }. Please contact them.
    }
booking-reminder =
    ⏰ Reminder: { $kind } with { $name }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Place: { $where }
booking-answer-coming = 👍 I’m coming
booking-answer-move = 🔁 I need to move it
booking-answer-cant = ❌ I can’t come
booking-answer-thanks = Thank you! See you.
booking-answer-told = We have told your lots. Your lots will contact you.
booking-answer-cancelled = The meeting is cancelled. You can book a new time under 📅 Meetings.
booking-no-show = We missed you at the meeting on { DATETIME($at, dateStyle: "full", timeStyle: "short") }. That’s okay. Do you want to book a new time?
booking-book-again = 📅 Book a new time

# Staff: agenda, hours, days off, kinds.
staff-book-button = 📅 Book a meeting
staff-agenda-today = Today:
staff-agenda-week = The next seven days:
staff-agenda-empty = No meetings.
staff-agenda-item =
    { DATETIME($at, dateStyle: "short", timeStyle: "short") } · { $name } · { $kind }{ $status ->
        [attended] {" "}✅
        [no-show] {" "}❌
       *[other] { $response ->
            [coming] {" "}👍
            [cant] {" "}⚠️
            [move] {" "}⚠️
           *[other] {""}
        }
    }
staff-agenda-show-week = 📆 Show the week
staff-agenda-show-today = 📆 Show today
staff-meeting-view =
    { $name }
    { $kind }, { $minutes } min
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Place: { $where }
    { $status ->
        [attended] Came: yes
        [no-show] Came: no
        [cancelled] Cancelled
       *[other] { $response ->
            [coming] Answer: coming
            [cant] Answer: can’t come
            [move] Answer: needs to move it
           *[other] No answer yet
        }
    }
staff-meeting-attended = ✅ Came
staff-meeting-no-show = ❌ Did not come
staff-meeting-marked = Saved.
staff-hours-button = 🕘 My times
staff-hours-title = Times that participants can book. Press a time to remove it.
staff-hours-none = No times yet.
staff-hours-item = ✖ { $day } { $start }–{ $end }
staff-hours-add = ➕ Add a time
staff-hours-ask-day = Which day of the week?
staff-hours-ask-start = From what time?
staff-hours-ask-end = Until what time?
staff-hours-saved = Saved.
staff-days-off-button = 🏖 Days off
staff-days-off-title = Press a day to close or open it. 🏖 is a day off. Public holidays are always closed.
staff-day-off-closed = The day is closed for booking.
staff-day-off-opened = The day is open for booking again.
staff-kinds-button = 🧾 Meeting types
staff-kinds-title = Meeting types. Press one to change it.
staff-kind-view =
    { $kind }
    { $minutes } min
    Place: { $where }
staff-kind-length = ⏱ Length
staff-kind-place = 📍 Place
staff-kind-address = ✏️ Address
staff-kind-ask-length = How long is the meeting?
staff-kind-ask-place = Where is the meeting?
staff-kind-ask-address = Write the address as a normal message.
