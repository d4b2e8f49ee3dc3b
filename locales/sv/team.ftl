### Admins manage the staff: caseloads, moves, and who has access.

menu-staff-team = 👥 Personal
team-unnamed = Personal nr { $number }
team-title =
    { $count ->
        [0] Ingen personal ännu.
        [one] Personal (1). Välj en person:
       *[other] Personal ({ $count }). Välj en person:
    }
team-row =
    { $count ->
        [0] { $name } · inga deltagare
        [one] { $name } · 1 deltagare
       *[other] { $name } · { $count } deltagare
    }
team-member =
    { $name }
    { $count ->
        [0] Inga deltagare.
        [one] 1 deltagare.
       *[other] { $count } deltagare.
    }
team-configured-admin = Administratör enligt inställningarna. Kan inte stängas av här.
team-move-button = ➡️ Flytta alla deltagare
team-deactivate-button = 🚫 Stäng av
team-pick-target = Vem ska ta över deltagarna från { $name }?
team-no-target = Det finns ingen annan i personalen. Bjud in en kollega först.
team-confirm =
    { $question ->
        [move]
            { $count ->
                [one] Flytta 1 deltagare från { $name } till { $target }?
               *[other] Flytta { $count } deltagare från { $name } till { $target }?
            }
        [move-deactivate]
            { $count ->
                [one] Flytta 1 deltagare från { $name } till { $target } och stäng av { $name }?
               *[other] Flytta { $count } deltagare från { $name } till { $target } och stäng av { $name }?
            }
       *[deactivate] Stäng av { $name }? Hen kan inte använda Lotsen efter det.
    }
team-yes = ✅ Ja
team-moved = Deltagarna är flyttade. Den nya lotsen har fått ett meddelande.
team-deactivated = Klart. Kollegan har inte tillgång längre.
team-refused = Det gick inte. Försök igen.
team-refused-participants = Flytta deltagarna först.
team-refused-configured = En administratör från inställningarna kan inte stängas av här.
team-refused-self = Du kan inte stänga av dig själv.
team-gone = Den personen finns inte i listan längre.
team-away-button = 🔁 Avstängda ({ $away })
team-away-title = Avstängda. Tryck på en person för att ge tillgång igen.
team-reactivate-ask = Ge { $name } tillgång igen? Hen får inga deltagare förrän du flyttar några till hen.
team-reactivated = Klart. Kollegan har tillgång igen.
team-participant-moved = { $name } är nu din deltagare.

# A participant's card: an admin gives them another lots.
staff-lots-button = 🔁 Byt lots
staff-lots-pick = Vem ska bli ny lots för { $name }? Nu: { $current }.
staff-lots-confirm = Flytta { $name } från { $current } till { $target }?
staff-lots-moved = Klart. Den nya lotsen har fått ett meddelande.

# An admin sets the name participants see for a staff member.
team-rename-button = ✏️ Ändra namn
team-rename-ask =
    Namnet nu: { $name }.
    Skriv det nya namnet.
team-renamed = Sparat. Namnet är nu { $name }.
