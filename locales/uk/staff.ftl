### Staff tools.

staff-invite-participant-ready =
    Ось запрошення для нового учасника.
    Дайте учаснику посилання або QR-код.
    Воно дійсне до { DATETIME($expires, dateStyle: "long") } і працює один раз.
    { $link }
staff-invite-staff-ready =
    Ось запрошення для нового колеги.
    Воно дійсне до { DATETIME($expires, dateStyle: "long") } і працює один раз.
    { $link }
staff-invite-admin-ready =
    Ось запрошення для нового адміністратора.
    Воно дійсне до { DATETIME($expires, dateStyle: "long") } і працює один раз.
    { $link }
# Present tense on purpose: the past tense would show the participant's gender.
staff-participant-joined = { $name } тепер користується Lotsen.
staff-participant-joined-noname = Новий учасник тепер користується Lotsen.
