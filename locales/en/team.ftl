### Admins manage the staff: caseloads, moves, and who has access.

menu-staff-team = 👥 Staff
team-unnamed = Staff member no. { $number }
team-title =
    { $count ->
        [0] No staff yet.
        [one] Staff (1). Choose a person:
       *[other] Staff ({ $count }). Choose a person:
    }
team-row =
    { $count ->
        [0] { $name } · no participants
        [one] { $name } · 1 participant
       *[other] { $name } · { $count } participants
    }
team-member =
    { $name }
    { $count ->
        [0] No participants.
        [one] 1 participant.
       *[other] { $count } participants.
    }
team-configured-admin = Administrator by the settings. Cannot be deactivated here.
team-move-button = ➡️ Move all participants
team-deactivate-button = 🚫 Deactivate
team-pick-target = Who takes over the participants of { $name }?
team-no-target = There is no one else on the staff. Invite a colleague first.
team-confirm =
    { $question ->
        [move]
            { $count ->
                [one] Move 1 participant from { $name } to { $target }?
               *[other] Move { $count } participants from { $name } to { $target }?
            }
        [move-deactivate]
            { $count ->
                [one] Move 1 participant from { $name } to { $target } and deactivate { $name }?
               *[other] Move { $count } participants from { $name } to { $target } and deactivate { $name }?
            }
       *[deactivate] Deactivate { $name }? They can no longer use Lotsen after that.
    }
team-yes = ✅ Yes
team-moved = The participants are moved. Their new lots has been told.
team-deactivated = Done. The colleague no longer has access.
team-refused = That did not work. Try again.
team-refused-participants = Move the participants first.
team-refused-configured = An administrator from the settings cannot be deactivated here.
team-refused-self = You cannot deactivate yourself.
team-gone = That person is no longer on the list.
team-away-button = 🔁 Deactivated ({ $away })
team-away-title = Deactivated. Tap a person to give access back.
team-reactivate-ask = Give { $name } access again? They get no participants until you move some to them.
team-reactivated = Done. The colleague has access again.
team-participant-moved = { $name } is now your participant.

# A participant's card: an admin gives them another lots.
staff-lots-button = 🔁 Change lots
staff-lots-pick = Who becomes the new lots of { $name }? Now: { $current }.
staff-lots-confirm = Move { $name } from { $current } to { $target }?
staff-lots-moved = Done. The new lots has been told.

# An admin sets the name participants see for a staff member.
team-rename-button = ✏️ Change name
team-rename-ask =
    The name now: { $name }.
    Write the new name.
team-renamed = Saved. The name is now { $name }.
