### Booking meetings with the lots, and the staff's agenda and hours.
# ቆጸራ = a booked meeting (appointment); ሓዙ = book; ሰርዙ = cancel; ቀይሩ = move (change the time).
# The reader is addressed with the polite plural; the lots and the participant get the honorific plural (ሒዞም, ክመጹ).
# ምክትታል alone means the check-in (staff.ftl), so the follow-up meeting is ርክብ ምክትታል.

menu-booking = 📅 ቆጸራታት
menu-staff-booking = 📅 ቆጸራታትን ሰዓታትን

booking-kind-mapping = ገምጋም ክእለታት
booking-kind-follow-up = ርክብ ምክትታል
booking-kind-guidance = ምኽሪ ስራሕ
booking-place-in-person = ኣካል ብኣካል
booking-place-phone = ተሌፎን
booking-place-video = ቪድዮ

booking-list-title = ቆጸራታትኩም:
booking-list-empty = ዝሓዝኩምዎ ቆጸራ የብልኩምን።
booking-list-item = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · { $kind }
booking-new = ➕ ቆጸራ ሓዙ

booking-ask-staff = ምስ መን ክትራኸቡ ትደልዩ?
booking-ask-kind = እንታይ ዓይነት ቆጸራ?
booking-kind-button = { $kind } · { $minutes } ደቒቕ · { $place }
booking-ask-day = መዓልቲ ምረጹ። ነጻ ሰዓት ዘለዎም መዓልትታት ጥራይ እዮም ዝርኣዩ።
booking-no-days = ኣብ ዝመጽእ ሰሙናት ነጻ ሰዓት የለን። ምስ ኣማኻሪኹም ተዘራረቡ።
booking-ask-time = ነጻ ሰዓታት { DATETIME($day, dateStyle: "full") }:
booking-day-full = ኣብዛ መዓልቲ ዝተረፈ ነጻ ሰዓት የለን። ካልእ መዓልቲ ምረጹ።
booking-taken = ነዚ ሰዓት ሕጂ ካልእ ሰብ ሒዝዎ። እንሆ ዝቕጽሉ ነጻ ሰዓታት:
booking-confirm =
    { $kind }፣ { $minutes } ደቒቕ
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    ምስ { $staff }
    ቦታ: { $where }
booking-confirm-button = ✅ ቆጸራ ሓዙ
booking-move-button = ✅ ናብዚ ሰዓት ቀይርዎ
booking-confirmed =
    ✅ ተታሒዙ!
    { $kind }፣ { $minutes } ደቒቕ
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    ምስ { $staff }
    ቦታ: { $where }
    ነቲ ቆጸራ ኣብ ካላንደርኩም ንምዕቃብ ነቲ ፋይል ጠውቑ።
booking-confirmed-moved =
    ✅ ተቐይሩ!
    { $kind }፣ { $minutes } ደቒቕ
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    ምስ { $staff }
    ቦታ: { $where }
    ነቲ ቆጸራ ኣብ ካላንደርኩም ንምዕቃብ ነቲ ፋይል ጠውቑ።
booking-ics-summary = { $kind } ምስ { $name }
booking-done = እቲ ቆጸራ ተታሒዙ።
booking-moved = እቲ ቆጸራ ተቐይሩ።
booking-too-many = ድሮ { $max } ቆጸራታት ሒዝኩም ኣለኹም። መጀመርታ ሓደ ሰርዙ።
booking-locked = ዝተረፈ ግዜ ካብ { $hours } ሰዓት ይውሕድ። ክትቕይሩ እንተደሊኹም ምስ ኣማኻሪኹም ተዘራረቡ።
booking-gone = እዚ ቆጸራ ደጊም የለን።

booking-view =
    { $kind }፣ { $minutes } ደቒቕ
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    ምስ { $staff }
    ቦታ: { $where }
booking-move = 🔁 ሰዓት ቀይሩ
booking-cancel-button = ❌ ሰርዙ
booking-ics-button = 📎 ፋይል ካላንደር
# In the calendar file: a link back to the chat.
booking-ics-description = ንምቕያር ወይ ንሕቶ Lotsen ክፈቱ: { $link }
# File names: letters and hyphens; ".ics" is added.
booking-ics-file = ርክብ-lotsen
booking-ics-cancelled-file = ዝተሰረዘ-ርክብ-lotsen
booking-ics-cancelled-caption = 📎 ነዚ ፋይል ክፈቱ። እቲ ርክብ ካብ ካላንደርኩም ይእለ።
booking-cancel-ask = ነቲ ቆጸራ ክትሰርዝዎ ትደልዩ ዶ?
booking-cancel-yes = እወ፣ ሰርዙ
booking-cancel-no = ኣይፋል
booking-cancelled = እቲ ቆጸራ ተሰሪዙ።

# Sent by the outbox.
booking-notice-booked = 📅 { $name } ቆጸራ ሒዞም: { $kind }፣ { DATETIME($at, dateStyle: "full", timeStyle: "short") }።
booking-notice-booked-for-you = 📅 ኣማኻሪኹም ቆጸራ ሒዞምልኩም: { $kind }፣ { DATETIME($at, dateStyle: "full", timeStyle: "short") }። ቦታ: { $where }።
booking-notice-moved = 🔁 { $name } ቆጸራኦም ናብ { DATETIME($at, dateStyle: "full", timeStyle: "short") } ቀይሮም።
booking-notice-moved-for-you = 🔁 ኣማኻሪኹም ቆጸራኹም ናብ { DATETIME($at, dateStyle: "full", timeStyle: "short") } ቀይሮም።
booking-notice-cancelled = ❌ { $name } ቆጸራ { DATETIME($at, dateStyle: "full", timeStyle: "short") } ሰሪዞም።
booking-notice-cancelled-for-you = ❌ ቆጸራኹም { DATETIME($at, dateStyle: "full", timeStyle: "short") } ተሰሪዙ። ኣብ 📅 ቆጸራታት ሓድሽ ሰዓት ክትሕዙ ትኽእሉ ኢኹም።
booking-notice-cant-come =
    { $response ->
        [move] ⚠️ { $name } ቆጸራ { DATETIME($at, dateStyle: "full", timeStyle: "short") } ክቕይሩ ኣለዎም። ተራኸብዎም።
       *[other] ⚠️ { $name } ናብ ቆጸራ { DATETIME($at, dateStyle: "full", timeStyle: "short") } ክመጹ ኣይክእሉን እዮም። ተራኸብዎም።
    }
booking-reminder =
    ⏰ መዘኻኸሪ: { $kind } ምስ { $name }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    ቦታ: { $where }
booking-answer-coming = 👍 ክመጽእ እየ
booking-answer-move = 🔁 ሰዓት ክቕይር የድልየኒ
booking-answer-cant = ❌ ክመጽእ ኣይክእልን
booking-answer-thanks = የቐንየልና! ክንራኸብ ኢና።
booking-answer-told = ኣማኻሪኹም ሕጂ ክፈልጡ እዮም። ክረኽቡኹም እዮም።
booking-answer-cancelled = እቲ ቆጸራ ተሰሪዙ። ኣብ 📅 ቆጸራታት ሓድሽ ሰዓት ክትሕዙ ትኽእሉ ኢኹም።
booking-no-show = ኣብ ቆጸራ { DATETIME($at, dateStyle: "full", timeStyle: "short") } ኣይረኣናኹምን። ጸገም የለን። ሓድሽ ሰዓት ክትሕዙ ትደልዩ ዶ?
booking-book-again = 📅 ሓድሽ ሰዓት ሓዙ

# Staff: agenda, hours, days off, kinds.
staff-book-button = 📅 ቆጸራ ሓዙ
staff-agenda-today = ሎሚ:
staff-agenda-week = ዝመጽእ ሸውዓተ መዓልቲ:
staff-agenda-empty = ቆጸራ የለን።
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
staff-agenda-show-week = 📆 ሰሙን ኣርእዩ
staff-agenda-show-today = 📆 ሎሚ ኣርእዩ
staff-meeting-view =
    { $name }
    { $kind }፣ { $minutes } ደቒቕ
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    ቦታ: { $where }
    { $status ->
        [attended] መጺኦም: እወ
        [no-show] መጺኦም: ኣይፋል
        [cancelled] ተሰሪዙ
       *[other] { $response ->
            [coming] መልሲ: ክመጹ እዮም
            [cant] መልሲ: ክመጹ ኣይክእሉን
            [move] መልሲ: ክቕይሩ ኣለዎም
           *[other] ገና መልሲ የለን
        }
    }
staff-meeting-attended = ✅ መጺኦም
staff-meeting-no-show = ❌ ኣይመጹን
staff-meeting-marked = ተዓቂቡ።
staff-hours-button = 🕘 ሰዓታተይ
staff-hours-title = ተሳተፍቲ ክሕዝዎ ዝኽእሉ ሰዓታት። ሓደ ሰዓት ንምድምሳስ ጠውቕዎ።
staff-hours-none = ገና ሰዓት የለን።
staff-hours-item = ✖ { $day } { $start }–{ $end }
staff-hours-add = ➕ ሰዓት ወስኹ
staff-hours-ask-day = ኣየናይ መዓልቲ ሰሙን?
staff-hours-ask-start = ካብ ሰዓት ክንደይ?
staff-hours-ask-end = ክሳብ ሰዓት ክንደይ?
staff-hours-saved = ተዓቂቡ።
staff-days-off-button = 🏖 መዓልትታት ዕረፍቲ
staff-days-off-title = ሓንቲ መዓልቲ ንምዕጻው ወይ ንምኽፋት ጠውቕዋ። 🏖 መዓልቲ ዕረፍቲ እያ። ህዝባዊ በዓላት ኩሉ ግዜ ዕጹዋት እዮም።
staff-day-off-closed = እዛ መዓልቲ ንቆጸራ ተዓጽያ ኣላ።
staff-day-off-opened = እዛ መዓልቲ ደጊማ ንቆጸራ ተኸፊታ ኣላ።
staff-kinds-button = 🧾 ዓይነታት ቆጸራ
staff-kinds-title = ዓይነታት ቆጸራ። ንምቕያር ሓደ ጠውቑ።
staff-kind-view =
    { $kind }
    { $minutes } ደቒቕ
    ቦታ: { $where }
staff-kind-length = ⏱ ንውሓት
staff-kind-place = 📍 ቦታ
staff-kind-address = ✏️ ኣድራሻ
staff-kind-ask-length = እቲ ቆጸራ ክንደይ ግዜ ይወስድ?
staff-kind-ask-place = እቲ ቆጸራ ኣበይ እዩ ዝካየድ?
staff-kind-ask-address = ነቲ ኣድራሻ ከም ልሙድ መልእኽቲ ጽሓፉ።
