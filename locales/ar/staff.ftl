### Staff tools.

staff-invite-participant-ready =
    هذه دعوة لمشارك جديد.
    يُرجى إعطاء الرابط أو رمز QR للمشارك.
    الدعوة تعمل مرة واحدة، وهي صالحة حتى { DATETIME($expires, dateStyle: "long") }.
    { $link }
staff-invite-staff-ready =
    هذه دعوة لزميل جديد.
    الدعوة تعمل مرة واحدة، وهي صالحة حتى { DATETIME($expires, dateStyle: "long") }.
    { $link }
staff-invite-admin-ready =
    هذه دعوة لمسؤول نظام جديد.
    الدعوة تعمل مرة واحدة، وهي صالحة حتى { DATETIME($expires, dateStyle: "long") }.
    { $link }
staff-participant-joined = انضمام جديد إلى Lotsen: { $name }.
staff-participant-joined-noname = بدأ مشارك جديد استخدام Lotsen.
