### Admins manage the staff: caseloads, moves, and who has access.

menu-staff-team = 👥 Shaqaalaha
team-unnamed = Shaqaale lambar { $number }
team-title =
    { $count ->
        [0] Weli shaqaale ma jiraan.
       *[other] Shaqaalaha ({ $count }). Dooro qof:
    }
team-row =
    { $count ->
        [0] { $name } · ka-qaybgale ma jiro
        [one] { $name } · 1 ka-qaybgale
       *[other] { $name } · { $count } ka-qaybgale
    }
team-member =
    { $name }
    { $count ->
        [0] Ka-qaybgale ma jiro.
        [one] 1 ka-qaybgale.
       *[other] { $count } ka-qaybgale.
    }
team-configured-admin = Maamule ku qoran dejinta. Halkan lagama joojin karo.
team-move-button = ➡️ Wareeji dhammaan ka-qaybgalayaasha
team-deactivate-button = 🚫 Jooji
team-pick-target = Yaa la wareegaya ka-qaybgalayaasha { $name }?
team-no-target = Shaqaale kale ma jiro. Marka hore casuun saaxiib shaqo.
team-confirm =
    { $question ->
        [move]
            { $count ->
                [one] Ma la wareejiyaa 1 ka-qaybgale oo ka yimid { $name } loona dirayo { $target }?
               *[other] Ma la wareejiyaa { $count } ka-qaybgale oo ka yimid { $name } loona dirayo { $target }?
            }
        [move-deactivate]
            { $count ->
                [one] Ma la wareejiyaa 1 ka-qaybgale oo ka yimid { $name } loona dirayo { $target }, oo ma la joojiyaa { $name }?
               *[other] Ma la wareejiyaa { $count } ka-qaybgale oo ka yimid { $name } loona dirayo { $target }, oo ma la joojiyaa { $name }?
            }
       *[deactivate] Ma la joojiyaa { $name }? Intaas kadib ma isticmaali karo Lotsen.
    }
team-yes = ✅ Haa
team-moved = Ka-qaybgalayaasha waa la wareejiyay. Hagahooda cusub waa loo sheegay.
team-deactivated = Waa dhammaaday. Saaxiibka shaqada mar dambe ma gelin karo.
team-refused = Ma shaqayn. Isku day mar kale.
team-refused-participants = Marka hore wareeji ka-qaybgalayaasha.
team-refused-configured = Maamule ku qoran dejinta halkan lagama joojin karo.
team-refused-self = Adigu naftaada ma joojin kartid.
team-gone = Qofkaas hadda liiska kuma jiro.
team-away-button = 🔁 Kuwa la joojiyay ({ $away })
team-away-title = Kuwa la joojiyay. Taabo qof si aad ugu celiso gelitaanka.
team-reactivate-ask = Ma u celisaa { $name } gelitaanka? Ma heli doono ka-qaybgalayaal ilaa aad qaar u wareejiso.
team-reactivated = Waa dhammaaday. Saaxiibka shaqada wuu geli karaa mar kale.
team-participant-moved = { $name } hadda waa ka-qaybgalahaaga.

# A participant's card: an admin gives them another lots.
staff-lots-button = 🔁 Beddel hagaha
staff-lots-pick = Yaa noqonaya hagaha cusub ee { $name }? Hadda: { $current }.
staff-lots-confirm = Ma laga wareejiyaa { $name } { $current } loona wareejiyaa { $target }?
staff-lots-moved = Waa dhammaaday. Hagaha cusub waa loo sheegay.

# An admin sets the name participants see for a staff member.
team-rename-button = ✏️ Beddel magaca
team-rename-ask =
    Magaca hadda: { $name }.
    Qor magaca cusub.
team-renamed = Waa la kaydiyay. Magaca hadda waa { $name }.
