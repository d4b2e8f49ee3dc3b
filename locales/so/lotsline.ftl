### The line to the own lots: 📞 My lots, messages by voice, photo or text, and answers.

lotsline-menu-button = 📞 Hagahayga
lotsline-none = Hadda hage ma lihid.
lotsline-home = 📞 Hagahaagu waa { $name }.
lotsline-hours =
    { $name } wuxuu shaqeeyaa:
    { $schedule }
# One weekday of the lots's hours, e.g. "Monday: 09:00–12:00, 13:00–15:00".
lotsline-hours-day = { $day }: { $times }
lotsline-hours-time = { $start }–{ $end }
lotsline-write-button = 🎙 Qor ama duub
lotsline-book-button = 📅 Ballan qabso
lotsline-call-button = 📞 Wac { $name }
lotsline-write =
    U qor { $name }.
    Ama duub fariin cod ah 🎙.
    Sidoo kale sawir ayaad diri kartaa.
lotsline-sent = ✅ Waa la diray. Hagahaagu wuu helayaa fariintaada.
lotsline-forwarded = Tani waxay ka timid qof kale. Adigu qor ama duub.
lotsline-too-long =
    Duubku aad buu u dheer yahay. { $minutes ->
        [one] Ugu badnaan 1 daqiiqo.
       *[other] Ugu badnaan { $minutes } daqiiqo.
    }
lotsline-sticker = Istiikar ma diri karo. Qor ama duub.
lotsline-offer = Ma rabtaa inaad tan u dirto hagahaaga?
lotsline-offer-button = 📨 U dir hagahayga

# To staff.
lotsline-gone = Fariintaasi hadda ma jirto.
lotsline-thread = 💬 { $name } iyo adiga. Riix fariin si aad u aragto ama u maqasho.
lotsline-thread-empty = 💬 { $name } iyo adiga. Weli fariin ma jirto.
lotsline-item =
    { $who ->
        [lots] ↩️ Adiga
       *[participant] { $name }
    } · { $kind ->
        [voice] 🎙
        [video_note] 📹
        [audio] 🎵
        [photo] 🖼
       *[text] 💬
    } · { DATETIME($at, dateStyle: "medium", timeStyle: "short") }
lotsline-play-button = ▶️ Daar
lotsline-reply-button = ↩️ Ka jawaab
lotsline-card-button = 💬 Fariimaha ({ $line })
lotsline-reply =
    U qor jawaabtaada { $name }.
    Ama duub fariin cod ah 🎙.
lotsline-answer-queued = ✅ Waa la diray. { $name } dhawaan ayuu helayaa jawaabta.
lotsline-answer-held = ⏸ { $name } wuu joojiyay fariimaha. Jawaabtu waxay gaadhaysaa marka joojintu dhammaato.
lotsline-answer-stopped = ⛔ { $name } wuu joojiyay dhammaan fariimaha. Jawaabta lama dirin.

# To the participant: the lots's answer.
lotsline-answer-text =
    💬 { $name }, hagahaaga:
    { $text }
lotsline-answer-voice = 🎙 { $name }, hagahaaga
lotsline-answer-back = ↩️ Ka jawaab

# A lots's work number.
lotsline-phone-button = 📞 Lambarka shaqadayda
lotsline-phone-now = Ka-qaybgalayaashu waxay kugu wici karaan { $phone }.
lotsline-phone-none = Ka-qaybgalayaashu lambar kaaga ma arkaan.
lotsline-phone-ask = Qor lambarka shaqadaada. Markaas ka-qaybgalayaashu hal riix ayay kugu wici karaan.
lotsline-phone-hide = 🚫 Ha muujin lambar
lotsline-phone-saved = Waa la kaydiyay. Ka-qaybgalayaashu waxay wici karaan lambarka shaqadaada.
lotsline-phone-hidden = Waa dhammaatay. Ka-qaybgalayaashu lambar ma arkaan.
lotsline-phone-bad = Taasi uma eka lambar telefoon. Tusaale ahaan qor 070-123 45 67.
