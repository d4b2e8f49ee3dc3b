### Onboarding: language, welcome, privacy notice and name.

onboarding-pick-language = يُرجى اختيار لغتك.
onboarding-welcome =
    أهلًا بك في Lotsen!
    هنا يمكنك التواصل مع مرشدك (lots).
    أولًا، نريد أن نخبرك بما نحفظه عنك.
onboarding-privacy = { privacy-notice-participant }
onboarding-accept = ✅ فهمت
onboarding-decline = لا، شكرًا
onboarding-declined =
    حسنًا. لقد حذفنا بياناتك.
    للبدء لاحقًا، يمكنك طلب رابط جديد من مرشدك.
onboarding-ask-name =
    ما الاسم الذي نناديك به؟
    يُرجى كتابة اسم.
onboarding-skip-name = تخطي
onboarding-done = تم! يمكنك البدء الآن.
onboarding-staff-welcome =
    أهلًا بك في Lotsen!
    لديك هنا حساب للموظفين.
# Staff give the name participants see; the button offers their name in Telegram.
onboarding-staff-ask-name =
    ما اسمك؟
    يرى المشاركون اسمك عندما يحجزون موعدًا وفي رسائلك.
    اكتب اسمك.
onboarding-staff-name-use = ✅ اسمي { $name }
