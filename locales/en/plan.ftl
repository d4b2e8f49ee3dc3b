### The individual action plan: the participant’s view and the staff’s editing.

plan-menu-button = 📋 My plan
plan-staff-button = 📋 Plan

## The plan in plain words (the participant and the lots read the same lines).

plan-title = 📋 Your plan
plan-none = You have no plan yet. Your lots makes the plan together with you.
plan-goal = 🎯 Goal: { $goal }
plan-goal-empty = 🎯 Goal: not written yet
plan-occupations = 💼 Jobs and workplaces: { $occupations }
plan-track = 🛤 Now: { $track }
plan-ladder = 🪜 Placement step: { $ladder }
plan-placement = 🏢 Placement: { $workplace }
plan-supervisor = 👤 Supervisor: { $supervisor }
plan-hours =
    { $hours ->
        [one] ⏱ 1 hour a week
       *[other] ⏱ { $hours } hours a week
    }
plan-starts = 🚩 Start: { DATETIME($date, dateStyle: "long") }
plan-ends = 🏁 End: { DATETIME($date, dateStyle: "long") }
plan-follow-up = 🔁 Next follow-up: { DATETIME($date, dateStyle: "long") }
plan-steps-title = Steps:
plan-steps-none = No steps yet.
plan-step-line = { $mark } { $text } · { DATETIME($due, dateStyle: "medium") } · { $who }
plan-step-line-undated = { $mark } { $text } · { $who }
plan-responsible =
    { $responsible ->
        [me] you
        [agency] another agency
       *[lots] your lots
    }
plan-kind-unknown = { $id } (no longer in the list)

## The participant.

plan-steps-pick = Tap a step to see it.
plan-goal-write = ✏️ Write my goal
plan-ask-goal = What do you want to reach? Write your goal in your own words. { core-max-chars }
plan-goal-saved = Saved. This is your goal now.
plan-step-view =
    { $text }
    📅 { DATETIME($due, dateStyle: "full") }
    👤 Who does it: { $who }
plan-step-view-undated =
    { $text }
    👤 Who does it: { $who }
plan-step-tick = ✅ I have done it
plan-step-ticked = Well done! The step is done.
plan-step-already = That step is already done.
plan-step-ask = ❓ Ask your lots about this
plan-step-asked = Your lots gets your question about the step.
plan-step-gone = That step no longer exists.

## Messages the bot sends on its own.

plan-notice-changed = 📋 Your plan has changed. Tap to see it.
plan-step-reminder = ⏰ Tomorrow, { DATETIME($due, dateStyle: "full") }: { $text }
plan-step-question-notice = ❓ { $name } has a question about a step in the plan: “{ $text }”. Please contact { $name }.

## Staff.

plan-staff-title = 📋 Plan for { $name }
plan-staff-responsible =
    { $responsible ->
        [me] The participant
        [agency] Another agency
       *[lots] The lots
    }
plan-staff-goal = 🎯 Goal
plan-staff-occupations = 💼 Jobs
plan-staff-track = 🛤 Track
plan-staff-ladder = 🪜 Placement step
plan-staff-placement = 🏢 Placement
plan-staff-add-step = ➕ New step
plan-staff-steps = 🔄 Change a step
plan-staff-follow-up = 🔁 Follow-up
plan-staff-start = 🚩 Start
plan-staff-end = 🏁 End
plan-staff-history = 🕘 History
plan-staff-clear = 🗑 Remove
plan-staff-skip = Skip
plan-staff-saved = Saved. The participant is told that the plan has changed.
plan-staff-ask-goal = Write the goal, in the participant’s own words if you can. { core-max-chars }
plan-staff-ask-occupations = Write jobs and workplaces. One a line, or separated by commas.
plan-staff-occupations-bad =
    { $count ->
        [one] Write one job
       *[other] Write at most { $count } jobs
    }, each at most { $max ->
        [one] 1 character
       *[other] { $max } characters
    }.
plan-staff-ask-track = Choose a track:
plan-staff-ask-ladder = Choose the step on the placement ladder:
plan-staff-ask-workplace = Write the name of the workplace.
plan-staff-no-placement = No placement
plan-staff-ask-supervisor = Write the supervisor’s first name.
plan-staff-ask-hours = How many hours a week? Tap or write a number.
plan-staff-hours-bad = Write a number from 1 to { $max }.
plan-staff-ask-step =
    Write the step in a few words. { $step_max ->
        [one] At most 1 character.
       *[other] At most { $step_max } characters.
    }
plan-staff-ask-date = Choose a date:
plan-staff-date-today = Today
plan-staff-date-weeks =
    { $weeks ->
        [one] In one week
       *[other] In { $weeks } weeks
    }
plan-staff-date-months =
    { $months ->
        [one] In one month
       *[other] In { $months } months
    }
plan-staff-date-none = No date
plan-staff-ask-responsible = Who is responsible for the step?
plan-staff-step-saved = The step is saved. The participant is told.
plan-staff-step-unchanged = The step already has that status.
plan-staff-ask-pick-step = Which step do you want to change?
plan-staff-ask-status = What is the step’s status now?
plan-status-name =
    { $status ->
        [done] done
        [cancelled] cancelled
       *[planned] planned
    }
plan-staff-status-button =
    { $status ->
        [done] ✅ Done
        [cancelled] ✖️ Cancelled
       *[planned] ⬜ Planned
    }
plan-staff-history-title = 🕘 Changes to the plan ({ $total }), newest first:
plan-staff-history-none = No changes yet.
plan-staff-newer = ⬆️ Newer
plan-staff-older = ⬇️ Older
plan-history-nothing = (empty)
plan-history-by =
    { $actor ->
        [import] import
        [participant] the participant
       *[staff] staff
    }
plan-history-line = { DATETIME($at, dateStyle: "short", timeStyle: "short") } · { $who } · { plan-history-field }: { $old } → { $new }
plan-history-field =
    { $field ->
        [goal] Goal
        [occupations] Jobs
        [track] Track
        [ladder] Placement step
        [workplace] Placement
        [supervisor] Supervisor
        [hours_per_week] Hours a week
        [starts_on] Start
        [ends_on] End
        [follow_up_on] Follow-up
        [step] Step
        [step-status] Step status
       *[other] { $field }
    }
