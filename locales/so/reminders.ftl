### Reminders and messages from staff to their participants.

reminders-menu-button = 📣 Dir xusuusin
reminders-card-button = ✉️ Dir fariin

reminders-ask-audience = Yaa fariinta helaya?
reminders-no-participants = Weli kaqeybgalayaal ma lihid. Waad arki kartaa xusuusinaha aad dirtay.
reminders-audience-one = 👤 Hal kaqeybgale
reminders-audience-several = 👥 Dhowr kaqeybgale
reminders-audience-all = 📣 Dhammaan kaqeybgalayaashayda
reminders-sent-button = 📋 Xusuusinaha la diray

reminders-ask-one = Yaa fariinta helaya?
reminders-ask-several = Riix magacyada. Mar kale riix si aad magac uga saarto.
reminders-picked-done =
    { $picked ->
        [one] Dhammaad (1 la doortay)
       *[other] Dhammaad ({ $picked } la doortay)
    }
reminders-pick-none = Dooro ugu yaraan hal kaqeybgale.

reminders-ask-content = Maxaad rabtaa inaad dirto?
reminders-write = ✏️ Qor fariin adiga kuu gaar ah
reminders-ask-text =
    Qor fariintaada.
    Waxaa loo dirayaa sida saxda ah ee aad u qorto.
    { core-max-chars }

reminders-ask-when = Goorma ayaa fariinta la dirayaa?
reminders-when-now = ⚡ Hadda
reminders-when-tomorrow = 🌅 Berri saacadda 08:00
reminders-when-monday = 📅 Isniinta saacadda 08:00
reminders-when-pick = 🗓 Dooro maalin iyo waqti
reminders-ask-day = Dooro maalin.
reminders-ask-hour = Saacaddee { DATETIME($day, dateStyle: "full") }?

reminders-preview =
    Sidan ayay fariintu u muuqataa:

    { $text }

reminders-preview-own-language = Qof kastaa wuxuu ku akhrinayaa luqaddiisa.
reminders-preview-to =
    { $count ->
        [one] Ku socota 1 kaqeybgale: { $names }
       *[other] Ku socota { $count } kaqeybgale: { $names }
    }
reminders-preview-now = La dirayo: hadda
reminders-preview-at = La dirayo: { DATETIME($at, dateStyle: "full", timeStyle: "short") }
reminders-send = ✅ Dir
reminders-nobody = Midkoodna ma heli karo fariinta. Waxba lama dirin.
reminders-names-more = { $names } iyo { $more } kale
reminders-done-now = ✅ Waa la dhammeeyay. Fariinta hadda ayaa la dirayaa.
reminders-done-later = ✅ Waa la dhammeeyay. Fariinta waxaa la diri doonaa waqtiga aad dooratay.

reminders-sent-title =
    { $count ->
        [0] { $days }-kii maalmood ee la soo dhaafay xusuusin ma aadan dirin.
       *[other] Xusuusinahaaga { $days }-kii maalmood ee la soo dhaafay. Kuwa ugu dambeeyay marka hore:
    }
reminders-days =
    { $days ->
        [one] maalintii la soo dhaafay
       *[other] { $days }-kii maalmood ee la soo dhaafay
    }
reminders-sent-item = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · { $what } · 👥 { $count }
reminders-report =
    📣 { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    { $text }

    { $count ->
        [one] Ku socota 1 kaqeybgale.
       *[other] Ku socota { $count } kaqeybgale.
    }
    ✅ La diray: { $sent }
    ⏳ Sugaya: { $waiting }
    ⚠️ Ma gaarin: { $unreached }
reminders-report-unreached = Ma gaarin: { $names }
reminders-gone = Xusuusintaas hadda ma jirto.
reminders-cancel-button = 🚫 Jooji xusuusinta
reminders-cancel-ask = Ma rabtaa inaad joojiso xusuusinta? Kuwa aan weli helin ma heli doonaan.
reminders-cancel-yes = Haa, jooji
reminders-cancel-no = Maya, iska daa
reminders-cancelled = ✅ Xusuusinta waa la joojiyay.
reminders-cancel-too-late = Horay ayaa loo diray. Wax la joojiyo ma jiraan.
reminders-report-cancelled = 🚫 La joojiyay: { $cancelled }

# Short names of the templates, on the staff member’s buttons.
reminders-template-button-meeting-tomorrow = 📅 Kulanka berri
reminders-template-button-bring-id = 🪪 Keen aqoonsigaaga
reminders-template-button-self-assessment = 📝 Waqtiga is-qiimaynta
reminders-template-button-placement-monday = 🏢 Tababarku wuxuu bilaabmayaa Isniinta
reminders-template-button-call-me = 📞 I soo wac

# The templates as the participant reads them, in their own language.
reminders-template-meeting-tomorrow = 📅 Xusuuso kulankaaga berri.
reminders-template-bring-id = 🪪 Keen aqoonsigaaga, tusaale ahaan kaarka aqoonsiga ama baasaboorka.
reminders-template-self-assessment = 📝 Waa waqtigii is-qiimayntaada. Fur liiska oo riix 📝 Is-qiimayn.
reminders-template-placement-monday = 🏢 Tababarkaaga shaqadu wuxuu bilaabmayaa Isniinta.
reminders-template-call-me = 📞 I soo wac markaad awoodo.
reminders-signed =
    { $text }
    – { $name }, hagahaaga
reminders-signed-unnamed =
    { $text }
    – Hagahaaga
