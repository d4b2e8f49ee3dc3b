### Staff tools.

staff-invite-participant-ready =
    Ось запрошення для нового учасника.
    Дайте учаснику посилання або QR-код.
    Воно працює один раз і дійсне до { DATETIME($expires, dateStyle: "long") }.
    { $link }
staff-invite-staff-ready =
    Ось запрошення для нового колеги.
    Воно працює один раз і дійсне до { DATETIME($expires, dateStyle: "long") }.
    { $link }
staff-invite-admin-ready =
    Ось запрошення для нового адміністратора.
    Воно працює один раз і дійсне до { DATETIME($expires, dateStyle: "long") }.
    { $link }
# Present tense on purpose: the past tense would show the participant's gender.
staff-participant-joined = { $name } тепер користується Lotsen.
staff-participant-joined-noname = Новий учасник тепер користується Lotsen.
