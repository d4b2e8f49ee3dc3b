### Group meetings: the information meeting, its seats, answers, attendance and the mapping talk.

groups-button = 👥 Group meetings
groups-kind-information = Information meeting
groups-kind-workshop = Workshop
groups-kind-button = { $kind } · { $minutes } min

## Staff

groups-list-title = Your group meetings:
groups-list-empty = You have no group meetings. Tap ➕ to plan one.
groups-list-item = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · { $kind } · { $taken }/{ $seats }
groups-new = ➕ New group meeting
groups-ask-kind = What kind of meeting?
groups-ask-day = Which day?
groups-ask-time = What time on { DATETIME($day, dateStyle: "full") }?
groups-ask-place = Where is the meeting?
groups-ask-address = Write the address or the room. Or tap Skip.
groups-no-address = Skip
groups-ask-seats = How many seats are there?
groups-confirm =
    { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Place: { $where }
    Seats: { $seats }
groups-confirm-move = Everyone who said yes will hear the new time.
groups-create = ✅ Create
groups-move-here = ✅ Move here
groups-created = The group meeting is created. Now you can invite people.
groups-moved = The meeting is moved. Everyone who said yes will hear about it.
groups-cancelled = The meeting is cancelled. Everyone who said yes will hear about it.
groups-gone = That meeting is no longer there.
groups-view =
    { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Place: { $where }
    Seats taken: { $taken } of { $seats }
    Invited: { $invited }
    Waiting: { $waiting }
groups-view-coming = Coming: { $coming_names }
groups-invite = ✉️ Invite
groups-move = 🔁 Move
groups-cancel = ❌ Cancel the meeting
groups-attendance = ✅ Attendance
groups-ask-invite = Whom do you want to invite? Tap the names.
groups-invite-nobody = All your participants are already invited.
groups-invite-picked = ✉️ Invite the ones chosen
groups-invite-all = ✉️ Invite everyone
groups-pick-none = Choose at least one person.
groups-invited =
    { $count ->
        [one] 1 person is invited.
       *[other] { $count } people are invited.
    } Each gets the invitation in their own language.
groups-invited-none = Nobody new was invited.
groups-cancel-ask = Do you want to cancel the meeting? Everyone who said yes gets a message.
groups-cancel-yes = Yes, cancel it
groups-cancel-no = No
groups-ask-attendance = Who came? Everyone is ticked. Untick anyone who did not come.
groups-attendance-nobody = Nobody had said yes.
groups-attendance-save = 💾 Save
groups-marked = Saved. Those who came can choose a time for their mapping talk. Those who did not come get a kind message.
groups-card = 👥 Group meetings: came { $attended }, missed { $missed }
groups-report-attended = Group meetings attended
groups-report-missed = Group meetings missed

## Participants

groups-list-item-mine = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · 👥 { $kind }
groups-visit =
    👥 { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Place: { $where }
groups-visit-waiting = You are on the waiting list. You will get a message if a seat becomes free.
groups-ics-button = 📎 Calendar file
groups-ics-caption = Tap the file to save the meeting in your calendar.
groups-ics-file = group meeting lotsen
groups-ics-cancelled-file = cancelled group meeting lotsen
groups-leave = ❌ I can’t come
groups-leave-ask = Do you want to give up your seat? Then someone else can have it.
groups-leave-yes = Yes, give up my seat
groups-leave-no = No, I am coming
groups-left = You gave up your seat. Thank you for telling us.
groups-invitation =
    👥 You are invited to a group meeting: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Place: { $where }
    { $left ->
        [one] 1 seat left.
       *[other] { $left } seats left.
    } Are you coming?
groups-answer-coming = 👍 I’m coming
groups-answer-cant = ❌ I can’t
groups-answer-wait = ⏳ Yes, put me on the waiting list
groups-answer-no-thanks = No, thanks
groups-answer-seated = ✅ You have a seat. See you! Tap the file to save the meeting in your calendar.
groups-answer-full = All seats are taken. Do you want to wait for a seat? You will get a message if one becomes free.
groups-answer-waiting = ⏳ You are on the waiting list. You will get a message if a seat becomes free.
groups-answer-declined = Okay. Thank you for telling us.
groups-reminder =
    ⏰ Reminder: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Place: { $where }
groups-notice-moved =
    🔁 The group meeting has a new time: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Place: { $where }
    Tap the file to change it in your calendar.
groups-notice-cancelled =
    ❌ The group meeting is cancelled: { $kind }, { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
    Tap the file to remove it from your calendar.
groups-notice-moved-up =
    🎉 A seat became free. Now you have a seat: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Place: { $where }
groups-thanks = Thank you for coming! The next step is a talk of your own with your lots: a mapping talk. Choose a time that suits you.
groups-book-mapping = 📅 Choose a time
groups-missed = We missed you at the { $kind } on { DATETIME($at, dateStyle: "full") }. That is okay. Your lots will tell you about the next time.
groups-missed-next = We missed you at the { $kind } on { DATETIME($at, dateStyle: "full") }. That is okay. The next time is { DATETIME($next, dateStyle: "full", timeStyle: "short") }. Would you like to come?
