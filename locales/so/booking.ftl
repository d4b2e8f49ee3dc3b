### Booking meetings with the lots, and the staff's agenda and hours.
# Kulan = meeting; ballanso = book; baaji = cancel a booking; beddel waqtiga = move (change the time).
# Staff texts use impersonal forms (la, loo) for the participant: Somali verbs would otherwise show gender.
# The participant's answers (waan imanayaa, ma iman karo) are quoted in the first person, as on their buttons.

menu-booking = 📅 Kulamada
menu-staff-booking = 📅 Kulamada iyo waqtiyada

booking-kind-mapping = Qiimaynta xirfadaha
booking-kind-follow-up = Dabagal
booking-kind-guidance = Hagitaan shaqo
booking-place-in-person = Fool ka fool
booking-place-phone = Taleefan
booking-place-video = Fiidiyow

booking-list-title = Kulamadaada:
booking-list-empty = Kulan ballansan ma lihid.
booking-list-item = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · { $kind }
booking-new = ➕ Ballanso kulan

booking-ask-staff = Yaad rabtaa inaad la kulanto?
booking-ask-kind = Kulan noocee ah?
booking-kind-button = { $kind } · { $minutes } daqiiqo · { $place }
booking-ask-day = Dooro maalin. Waxaa muuqda oo keliya maalmaha leh waqti bannaan.
booking-no-days = Toddobaadyada soo socda waqti bannaan ma jiro. La hadal hagahaaga.
booking-ask-time = Waqtiyada bannaan { DATETIME($day, dateStyle: "full") }:
booking-day-full = Maalintaas waqti bannaan kuma harin. Dooro maalin kale.
booking-taken = Waqtigaas qof kale ayaa hadda ballansaday. Waa kuwan waqtiyada bannaan ee xiga:
booking-confirm =
    { $kind }, { $minutes } daqiiqo
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Waxaad la kulmaysaa { $staff }
    Meesha: { $where }
booking-confirm-button = ✅ Ballanso
booking-move-button = ✅ U beddel waqtigan
booking-confirmed =
    ✅ Waa la ballansaday!
    { $kind }, { $minutes } daqiiqo
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Waxaad la kulmaysaa { $staff }
    Meesha: { $where }
    Riix faylka si aad kulanka ugu kaydiso kalandarkaaga.
booking-confirmed-moved =
    ✅ Waqtiga waa la beddelay!
    { $kind }, { $minutes } daqiiqo
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Waxaad la kulmaysaa { $staff }
    Meesha: { $where }
    Riix faylka si aad kulanka ugu kaydiso kalandarkaaga.
booking-ics-summary = { $kind } lala yeelanayo { $name }
booking-done = Kulanka waa la ballansaday.
booking-moved = Waqtiga kulanka waa la beddelay.
booking-too-many =
    { $max ->
        [one] Horeba waxaad leedahay 1 kulan oo ballansan.
       *[other] Horeba waxaad leedahay { $max } kulan oo ballansan.
    } Marka hore mid baaji.
booking-locked =
    { $hours ->
        [one] Waxaa haray wax ka yar 1 saacad.
       *[other] Waxaa haray wax ka yar { $hours } saacadood.
    } Ma rabtaa inaad wax beddesho? La hadal hagahaaga.
booking-gone = Kulankaas hadda ma jiro.

booking-view =
    { $kind }, { $minutes } daqiiqo
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Waxaad la kulmaysaa { $staff }
    Meesha: { $where }
booking-move = 🔁 Beddel waqtiga
booking-cancel-button = ❌ Baaji
booking-ics-button = 📎 Faylka kalandarka
# In the calendar file: a link back to the chat.
booking-ics-description = Wax ka beddel ama wax ku weydii Lotsen: { $link }
# File names: letters and hyphens; ".ics" is added.
booking-ics-file = kulan-lotsen
booking-ics-cancelled-file = kulan-la-joojiyay-lotsen
booking-ics-cancelled-caption = 📎 Fur faylka. Kulanka waa laga saarayaa kalandarkaaga.
booking-cancel-ask = Ma rabtaa inaad kulanka baajiso?
booking-cancel-yes = Haa, baaji
booking-cancel-no = Maya
booking-cancelled = Kulanka waa la baajiyay.

# Sent by the outbox.
booking-notice-booked = 📅 Ballan cusub oo ka timid { $name }: { $kind }, { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
booking-notice-booked-for-you = 📅 Hagahaagu wuxuu kuu ballansaday kulan: { $kind }, { DATETIME($at, dateStyle: "full", timeStyle: "short") }. Meesha: { $where }.
booking-notice-moved = 🔁 { $name }: waqtiga kulanka waxaa loo beddelay { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
booking-notice-moved-for-you = 🔁 Hagahaagu wuxuu kulankiinna u beddelay { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
booking-notice-cancelled = ❌ { $name }: kulanka { DATETIME($at, dateStyle: "full", timeStyle: "short") } waa la baajiyay.
booking-notice-cancelled-for-you = ❌ Kulankaaga { DATETIME($at, dateStyle: "full", timeStyle: "short") } waa la baajiyay. Waqti cusub waxaad ka ballansan kartaa 📅 Kulamada.
booking-notice-cant-come =
    { $response ->
        [move] ⚠️ { $name }: waqtiga kulanka { DATETIME($at, dateStyle: "full", timeStyle: "short") } waa in la beddelo. La xiriir.
       *[other] ⚠️ { $name }: ma iman karo kulanka { DATETIME($at, dateStyle: "full", timeStyle: "short") }. La xiriir.
    }
booking-reminder =
    ⏰ Xusuusin: { $kind } lala yeelanayo { $name }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Meesha: { $where }
booking-answer-coming = 👍 Waan imanayaa
booking-answer-move = 🔁 Waqti kale ayaan u baahanahay
booking-answer-cant = ❌ Ma iman karo
booking-answer-thanks = Mahadsanid! Waan ku sugaynaa.
booking-answer-told = Hagahaagu hadda wuu ogaanayaa. Wuu kula soo xiriiri doonaa.
booking-answer-cancelled = Kulanka waa la baajiyay. Waqti cusub waxaad ka ballansan kartaa 📅 Kulamada.
booking-no-show = Waan ku waynay kulanka { DATETIME($at, dateStyle: "full", timeStyle: "short") }. Taasi dhib ma leh. Ma rabtaa inaad ballansato waqti cusub?
booking-book-again = 📅 Ballanso waqti cusub

# Staff: agenda, hours, days off, kinds.
staff-book-button = 📅 Ballanso kulan
staff-agenda-today = Maanta:
staff-agenda-week = Toddobada maalmood ee soo socda:
staff-agenda-empty = Kulan ma jiro.
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
staff-agenda-show-week = 📆 Tus toddobaadka
staff-agenda-show-today = 📆 Tus maanta
staff-meeting-view =
    { $name }
    { $kind }, { $minutes } daqiiqo
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    Meesha: { $where }
    { $status ->
        [attended] Kulanka waa la qabtay
        [no-show] Lama iman
        [cancelled] Waa la baajiyay
       *[other] { $response ->
            [coming] Jawaab: waan imanayaa
            [cant] Jawaab: ma iman karo
            [move] Jawaab: waqti kale ayaan u baahanahay
           *[other] Weli jawaab ma jirto
        }
    }
staff-meeting-attended = ✅ Kulanka waa la qabtay
staff-meeting-no-show = ❌ Lama iman
staff-meeting-marked = Waa la kaydiyay.
staff-hours-button = 🕘 Waqtiyadayda
staff-hours-title = Waqtiyada ka-qaybgalayaashu ballansan karaan. Riix waqti si aad u tirtirto.
staff-hours-none = Weli waqti ma jiro.
staff-hours-item = ✖ { $day } { $start }–{ $end }
staff-hours-add = ➕ Ku dar waqti
staff-hours-ask-day = Maalintee toddobaadka?
staff-hours-ask-start = Laga bilaabo saacaddee?
staff-hours-ask-end = Ilaa saacaddee?
staff-hours-saved = Waa la kaydiyay.
staff-days-off-button = 🏖 Maalmaha fasaxa
staff-days-off-title = Riix maalin si aad u xirto ama u furto. 🏖 waa maalin fasax ah. Ciidaha rasmiga ah had iyo jeer waa xiran yihiin.
staff-day-off-closed = Maalintaas waa la xiray. Lama ballansan karo.
staff-day-off-opened = Maalintaas mar kale waa la furay. Waa la ballansan karaa.
staff-kinds-button = 🧾 Noocyada kulanka
staff-kinds-title = Noocyada kulanka. Riix mid si aad u beddesho.
staff-kind-view =
    { $kind }
    { $minutes } daqiiqo
    Meesha: { $where }
staff-kind-length = ⏱ Muddada
staff-kind-place = 📍 Meesha
staff-kind-address = ✏️ Cinwaanka
staff-kind-ask-length = Immisa daqiiqo ayuu kulanku qaadanayaa?
staff-kind-ask-place = Xagee buu kulanku ka dhacayaa?
staff-kind-ask-address = Cinwaanka u qor sida fariin caadi ah.
