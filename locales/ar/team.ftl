### Admins manage the staff: caseloads, moves, and who has access.

menu-staff-team = 👥 الموظفون
team-unnamed = الموظف رقم { $number }
team-title =
    { $count ->
        [0] لا يوجد موظفون بعد.
       *[other] الموظفون ({ $count }). اختر شخصًا:
    }
team-row =
    { $count ->
        [0] { $name } · لا يوجد مشاركون
        [one] { $name } · مشارك واحد
        [two] { $name } · مشاركان
        [few] { $name } · { $count } مشاركين
        [many] { $name } · { $count } مشاركًا
       *[other] { $name } · { $count } مشارك
    }
team-member =
    { $name }
    { $count ->
        [0] لا يوجد مشاركون.
        [one] مشارك واحد.
        [two] مشاركان.
        [few] { $count } مشاركين.
        [many] { $count } مشاركًا.
       *[other] { $count } مشارك.
    }
team-configured-admin = مسؤول نظام بحسب الإعدادات. لا يمكن إيقافه من هنا.
team-move-button = ⬅️ نقل كل المشاركين
team-deactivate-button = 🚫 إيقاف الحساب
team-pick-target = من سيتولى المشاركين من { $name }؟
team-no-target = لا يوجد موظف آخر. ادعُ زميلًا أولًا.
team-confirm =
    { $question ->
        [move] نقل { $count ->
            [zero] { $count } مشارك
            [one] مشارك واحد
            [two] مشاركَين
            [few] { $count } مشاركين
            [many] { $count } مشاركًا
           *[other] { $count } مشارك
        } من { $name } إلى { $target }؟
        [move-deactivate] نقل { $count ->
            [zero] { $count } مشارك
            [one] مشارك واحد
            [two] مشاركَين
            [few] { $count } مشاركين
            [many] { $count } مشاركًا
           *[other] { $count } مشارك
        } من { $name } إلى { $target } وإيقاف حساب { $name }؟
       *[deactivate] إيقاف حساب { $name }؟ لن يستطيع استخدام Lotsen بعد ذلك.
    }
team-yes = ✅ نعم
team-moved = تم نقل المشاركين. تم إبلاغ مرشدهم الجديد.
team-deactivated = تم. لم يعد لدى الزميل وصول.
team-refused = لم ينجح ذلك. حاول مرة أخرى.
team-refused-participants = انقل المشاركين أولًا.
team-refused-configured = لا يمكن إيقاف مسؤول نظام من الإعدادات هنا.
team-refused-self = لا يمكنك إيقاف حسابك بنفسك.
team-gone = هذا الشخص لم يعد في القائمة.
team-away-button = 🔁 الحسابات الموقوفة ({ $away })
team-away-title = الحسابات الموقوفة. اضغط على شخص لإعادة الوصول.
team-reactivate-ask = إعادة الوصول إلى { $name }؟ لن يكون لديه مشاركون حتى تنقل إليه بعضهم.
team-reactivated = تم. لدى الزميل وصول مرة أخرى.
team-participant-moved = أصبح { $name } مشاركًا لديك الآن.

# A participant's card: an admin gives them another lots.
staff-lots-button = 🔁 تغيير المرشد
staff-lots-pick = من سيكون المرشد الجديد لـ { $name }؟ الآن: { $current }.
staff-lots-confirm = نقل { $name } من { $current } إلى { $target }؟
staff-lots-moved = تم. تم إبلاغ المرشد الجديد.

# An admin sets the name participants see for a staff member.
team-rename-button = ✏️ تغيير الاسم
team-rename-ask =
    الاسم الآن: { $name }.
    اكتب الاسم الجديد.
team-renamed = تم الحفظ. الاسم الآن { $name }.
