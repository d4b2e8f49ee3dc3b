### Alerts to staff: the kind of concern, never the answers.
# Honorific plural for the participant (ይስምዖም, ጽሒፎም): respectful, and it does not show gender.

alert-unnamed = ተሳታፊ ቁ. { $number }
alert-kind =
    { $kind ->
        [low-mood] ኣዝዩ ሕማቕ ይስምዖም ኣሎ
        [wants-contact] ክትራኸብዎም ይደልዩ
        [message] መልእኽቲ ጽሒፎም
        [no-answer] ክልተ ግዜ ኣይመለሱን
        [inactive] ንነዊሕ ግዜ ኣይተራኸቡን
        [unreachable] ነቲ ቦት ዓጊቶምዎ
        [assessment] ርእሰ-ገምጋም ትሕቲ እቲ ደረት: { $instrument }
        [question] ሕቶ ኣለዎም: «{ $question }»
       *[other] ርክብ የድልዮም
    }
alert-notice = 🔔 { $name }: { alert-kind }። ኣብ /menu → መጠንቀቕታታት ርኣዩ።
alerts-title =
    { $count ->
        [0] ክፉት መጠንቀቕታ የለን።
        [one] { $count } ክፉት መጠንቀቕታ:
       *[other] { $count } ክፉታት መጠንቀቕታታት:
    }
alerts-item = { $name } · { alert-kind } · { DATETIME($at, dateStyle: "medium") }
alerts-view =
    { $name }
    { alert-kind }
    { DATETIME($at, dateStyle: "long") }
alerts-handled-button = ✅ ተወዲኡ፣ ርክብ ገይረ ኣለኹ
alerts-handled = እቲ መጠንቀቕታ ተዛዚሙ።
alerts-gone = እዚ መጠንቀቕታ ሕጂ የለን።
menu-staff-alerts =
    { $count ->
        [0] 🔔 መጠንቀቕታታት
        [one] 🔔 መጠንቀቕታታት ({ $count })
       *[other] 🔔 መጠንቀቕታታት ({ $count })
    }
alerts-note-button = ✍️ ተወዲኡ፣ ምስ መዘኻኸሪ
alerts-note-ask = ዝገበርኩምዎ ብሓጺሩ ጽሓፉ። ቢበዝሒ { $max } ፊደላት።
