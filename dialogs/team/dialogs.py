from aiogram_dialog import Dialog
from aiogram_dialog.widgets.kbd import Button, Cancel, Group, SwitchTo

from dialogs.common import Screen, Tr, TrFrom, back_to, choices, page_buttons, paged_choices, unless
from dialogs.states import TeamSG
from dialogs.team import getters, handlers
from dialogs.widgets.profile import name_input

BACK_ID = "back"
MEMBER_ID = "member"
TARGET_ID = "target"
TARGET_PAGES_ID = "target_pages"
MOVE_ID = "move"
DEACTIVATE_ID = "deactivate"
CONFIRM_ID = "confirm"
AWAY_ID = "away"
AWAY_PAGES_ID = "away_pages"
REACTIVATE_ID = "reactivate"
RENAME_ID = "rename"

# What a screen about a member shows when that member is gone.
GONE = "team-gone"


def dialog() -> Dialog:
    return Dialog(
        Screen(
            TrFrom("notice"),
            Tr("team-title"),
            Tr("core-page", when="paged"),
            Group(choices(MEMBER_ID, "staff", handlers.on_member_selected), width=1),
            page_buttons(handlers.on_previous_page, handlers.on_next_page),
            SwitchTo(Tr("team-away-button"), id=AWAY_ID, state=TeamSG.away, when="away"),
            refused_when="denied",
            back=Cancel(Tr("core-button-back"), id=BACK_ID),
            state=TeamSG.list,
            getter=getters.members,
        ),
        Screen(
            TrFrom("notice"),
            Tr("team-member"),
            Tr("team-configured-admin", when="configured"),
            Button(Tr("team-move-button"), id=MOVE_ID, on_click=handlers.on_move, when="can_move"),
            Button(
                Tr("team-deactivate-button"),
                id=DEACTIVATE_ID,
                on_click=handlers.on_deactivate,
                when="can_deactivate",
            ),
            SwitchTo(Tr("team-rename-button"), id=RENAME_ID, state=TeamSG.rename),
            refused_when="missing",
            refusal=GONE,
            back=back_to(TeamSG.list),
            state=TeamSG.member,
            getter=getters.member,
        ),
        Screen(
            Tr("team-rename-ask"),
            name_input(handlers.on_rename),
            refused_when="missing",
            refusal=GONE,
            back=back_to(TeamSG.member),
            state=TeamSG.rename,
            getter=getters.member,
        ),
        Screen(
            Tr("team-no-target", when="none"),
            Tr("team-pick-target", when=unless("none")),
            paged_choices(TARGET_ID, TARGET_PAGES_ID, "targets", handlers.on_target_selected),
            refused_when="missing",
            refusal=GONE,
            back=back_to(TeamSG.member),
            state=TeamSG.target,
            getter=getters.targets,
        ),
        Screen(
            Tr("team-away-title"),
            paged_choices(AWAY_ID, AWAY_PAGES_ID, "away", handlers.on_away_selected),
            refused_when="none",
            refusal=GONE,
            back=back_to(TeamSG.list),
            state=TeamSG.away,
            getter=getters.away,
        ),
        Screen(
            Tr("team-reactivate-ask"),
            Button(Tr("team-yes"), id=REACTIVATE_ID, on_click=handlers.on_reactivate),
            refused_when="missing",
            refusal=GONE,
            back=back_to(TeamSG.away, "core-button-cancel"),
            state=TeamSG.reactivate,
            getter=getters.reactivate,
        ),
        Screen(
            Tr("team-confirm"),
            Button(Tr("team-yes"), id=CONFIRM_ID, on_click=handlers.on_confirm),
            refused_when="missing",
            refusal=GONE,
            back=back_to(TeamSG.member, "core-button-cancel"),
            state=TeamSG.confirm,
            getter=getters.confirm,
        ),
    )
