### Alerts to staff: the kind of concern, never the answers.
# The kinds use impersonal forms (la, lama): Somali verbs would otherwise show the participant's gender.

alert-unnamed = Ka-qaybgale lambar { $number }
alert-kind =
    { $kind ->
        [low-mood] Dareen aad u xun
        [wants-contact] Xiriir ayaa la codsaday
        [message] Fariin ayaa la soo qoray
        [no-answer] Laba jeer jawaab lama helin
        [inactive] Muddo dheer lama maqal
        [unreachable] Botka waa la xannibay
        [assessment] Is-qiimayn ka hooseysa xadka: { $instrument }
        [question] Su’aal ayaa la soo weydiiyay: “{ $question }”
       *[other] Xiriir ayaa loo baahan yahay
    }
alert-notice = 🔔 { $name }: { alert-kind }. Eeg /menu → Digniinaha.
alerts-title =
    { $count ->
        [0] Digniin furan ma jirto.
        [one] { $count } digniin oo furan:
       *[other] Digniinaha furan ({ $count }):
    }
alerts-item = { $name } · { alert-kind } · { DATETIME($at, dateStyle: "medium") }
alerts-view =
    { $name }
    { alert-kind }
    { DATETIME($at, dateStyle: "long") }
alerts-handled-button = ✅ Waa dhammaaday, waan la xiriiray
alerts-handled = Digniinta waa la dhammeeyay.
alerts-gone = Digniintaas hadda ma jirto.
menu-staff-alerts =
    { $count ->
        [0] 🔔 Digniinaha
       *[other] 🔔 Digniinaha ({ $count })
    }
alerts-note-button = ✍️ Waa dhammaaday, qoraal kooban leh
alerts-note-ask = Si kooban u qor waxaad samaysay. { core-max-chars }
