//! The interface in Arabic: Modern Standard Arabic as a Moroccan daily writes it, right to
//! left, with Latin digits and Arabic punctuation (، ؛ ؟). Counted nouns have six forms, not
//! two: see [`Forms`] and `plural::arabic`.

use super::{Msg, Noun};

pub(super) fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::Loading => "جارٍ تحميل الجريدة…",
        Msg::LoadingMore => "جارٍ تحميل المقالات التالية…",
        Msg::LoadMore => "تحميل المزيد",
        Msg::Retry => "إعادة المحاولة",
        Msg::FeedUnreachable => "تعذر الوصول إلى الجريدة. تحقق من اتصالك، ثم أعد المحاولة.",
        Msg::FeedTimeout => "تأخر رد الجريدة أكثر من اللازم.",
        Msg::FeedHttpStatus => "رد خادم الجريدة بخطأ",
        Msg::FeedNotJson => "أرسلت الجريدة ردًا غير مقروء (ليس بصيغة JSON).",
        Msg::FeedTruncated => "وصلت خلاصة الجريدة ناقصة.",
        Msg::FeedHtml => "أرسلت الجريدة صفحة ويب بدل خلاصتها.",
        Msg::FeedXml => "أرسلت الجريدة خلاصة RSS أو Atom، في حين أن Manchette يقرأ خلاصات JSON Feed.",
        Msg::FeedNotAFeed => "الملف المستلم بصيغة JSON، لكنه ليس خلاصة JSON Feed.",
        Msg::FeedTooLarge => "خلاصة الجريدة أكبر من أن تُقرأ (أكثر من 32 ميغابايت).",
        Msg::FeedEmpty => "لا تضم الجريدة أي مقال حتى الآن.",
        Msg::FeedRefused => "هذه الخلاصة آتية من عنوان لا تأذن به الجريدة: إليك خلاصة الجريدة نفسها.",
        Msg::ConfigInvalid => "إعدادات الموقع (config.json) غير صالحة.",
        Msg::PublishedEdition => "تعذر تحديث الجريدة: أنت تقرأ النسخة المنشورة.",
        Msg::RefreshFailed => "تعذر تحديث الجريدة. أنت تقرأ آخر نسخة جرى تحميلها.",
        Msg::MoreFailed => "تعذر تحميل المقالات التالية.",
        Msg::SkipToContent => "الانتقال إلى المحتوى",
        Msg::Menu => "الأقسام",
        Msg::SectionsNav => "أقسام الجريدة",
        Msg::Home => "الرئيسية",
        Msg::Briefs => "آخر الأخبار",
        Msg::AllBriefs => "المزيد من آخر الأخبار",
        Msg::ThemeToDark => "الوضع الداكن",
        Msg::FooterNav => "تذييل الصفحة",
        Msg::PoweredBy => "نسخة رقمية تعمل بمنصة Manchette.",
        Msg::TopStories => "أبرز الأخبار",
        Msg::WholeSection => "كل مقالات قسم",
        Msg::By => "بقلم",
        Msg::Published => "نُشر يوم",
        Msg::Updated => "تم التحديث يوم",
        Msg::Tags => "الوسوم",
        Msg::Share => "مشاركة",
        Msg::ShareNative => "مشاركة…",
        Msg::CopyLink => "نسخ الرابط",
        Msg::LinkCopied => "تم نسخ الرابط",
        Msg::ShareByEmail => "إرسال عبر البريد الإلكتروني",
        Msg::Related => "اقرأ أيضًا",
        Msg::NewerInSection => "مقال أحدث",
        Msg::OlderInSection => "المقال السابق",
        Msg::ExternalLink => "(رابط خارجي)",
        Msg::SectionEmpty => "لا توجد مقالات في هذا القسم حتى الآن.",
        Msg::BriefsIntro => "آخر الأخبار، دقيقة بدقيقة.",
        Msg::Comments => "التعليقات",
        Msg::CommentsNeedApp => "تحتاج التعليقات إلى JavaScript: فعّله لقراءة النقاش والمشاركة فيه.",
        Msg::SearchNeedsApp => "يحتاج البحث إلى JavaScript. فعّله، أو تصفح الأقسام وآخر الأخبار.",
        Msg::NoComments => "لا توجد تعليقات حتى الآن: كن أول من يعلق.",
        Msg::CommentsFailed => "تعذر تحميل التعليقات.",
        Msg::TextFailed => "تعذر عرض هذا النص: تحقق من اتصالك ثم أعد تحميل الصفحة.",
        Msg::CommentName => "اسمك",
        Msg::CommentWebsite => "موقعك الإلكتروني",
        Msg::CommentText => "تعليقك",
        Msg::Optional => "(اختياري)",
        Msg::Publish => "نشر",
        Msg::Publishing => "جارٍ النشر…",
        Msg::ReplyTo => "ردك",
        Msg::Cancel => "إلغاء",
        Msg::CommentTooShort => "يجب أن يتضمن تعليقك 3 أحرف على الأقل.",
        Msg::CommentTooLong => "يجب ألا يتجاوز تعليقك 5.000 حرف.",
        Msg::NameTooLong => "يجب ألا يتجاوز اسمك 80 حرفًا.",
        Msg::BadWebsite => "يجب أن يبدأ عنوان الموقع بـ http:// أو https://.",
        Msg::CommentQueued => {
            "تعذر الوصول إلى خادم التعليقات: حُفظ تعليقك على هذا الجهاز، وسيُرسل في أقرب وقت ممكن."
        }
        Msg::CommentNotKept => "تعذر حفظ تعليقك. ما يزال في الاستمارة: أعد المحاولة لاحقًا.",
        Msg::Anonymous => "مجهول",
        Msg::ByYou => "(أنت)",
        Msg::Pending => "قيد الانتظار",
        Msg::FailedToSend => "تعذر الإرسال",
        Msg::Like => "أعجبني",
        Msg::Reply => "رد",
        Msg::Edit => "تعديل",
        Msg::Delete => "حذف",
        Msg::Save => "حفظ",
        Msg::Collapse => "إخفاء الردود",
        Msg::Expand => "عرض",
        Msg::Deleted => "تم حذف التعليق.",
        Msg::Edited => "تم تعديله",
        Msg::SortComments => "ترتيب التعليقات",
        Msg::SortNewest => "الأحدث أولًا",
        Msg::SortOldest => "الأقدم أولًا",
        Msg::StorageKeptAside => {
            "تعذرت قراءة تعليقات محفوظة على هذا الجهاز: وُضعت جانبًا كما هي، دون أي تغيير."
        }
        Msg::StorageFull => "ذاكرة التخزين في متصفحك ممتلئة: قد لا يُحفظ ما تكتبه.",
        Msg::StorageUnavailable => "لا يسمح متصفحك بالحفظ: لن تُحفظ مسوداتك.",
        Msg::ActionFailed => "تعذر إتمام العملية.",
        Msg::EditWindowPassed => "انقضت المهلة المتاحة لتعديل هذا التعليق أو حذفه.",
        Msg::UpdateReady => "نسخة جديدة متاحة",
        Msg::Reload => "إعادة التحميل",
        Msg::Install => "تثبيت التطبيق",
        Msg::Offline => "أنت غير متصل بالإنترنت: تقرأ آخر نسخة محفوظة على هذا الجهاز.",
        Msg::SavedTitle => "المقالات المحفوظة",
        Msg::SavedIntro => "المقالات التي حفظتها، تقرؤها حتى دون اتصال بالإنترنت.",
        Msg::SavedEmpty => "لم تحفظ أي مقال بعد: زر «حفظ» موجود أسفل كل مقال.",
        Msg::StorageSavedFull => "تعذر حفظ هذا المقال: ذاكرة التخزين في متصفحك ممتلئة.",
        Msg::SavedImagesNotKept => {
            "حُفظ نص المقال، لكن لم تُحفظ كل صوره: ذاكرة التخزين في متصفحك ممتلئة."
        }
        Msg::ShowNew => "عرض",
        Msg::Search => "بحث",
        Msg::SearchLabel => "البحث في الجريدة",
        Msg::SearchPlaceholder => "ابحث…",
        Msg::SearchPrompt => "اكتب كلمة للبحث في المقالات وفي آخر الأخبار.",
        Msg::SearchSuggest => "جرّب كلمة أخرى، أو تصفح الأقسام:",
        Msg::NotFoundTitle => "الصفحة غير موجودة",
        Msg::NotFoundText => "الصفحة المطلوبة غير موجودة، أو لم تعد موجودة.",
        Msg::ArticleNotFoundText => "تعذر العثور على هذا المقال: ربما سُحب من الجريدة.",
        Msg::ArticleLookingFurther => "جارٍ البحث عن المقال في صفحات الجريدة الأقدم…",
        Msg::ArticleLookFailed => "تعذر البحث عن هذا المقال في صفحات الجريدة الأقدم.",
        Msg::BackHome => "العودة إلى الصفحة الرئيسية",
        Msg::BrowseSections => "أو تصفح الأقسام:",
    }
}

/// A noun in the forms an Arabic count takes. The digit is written before `few`, `many` and
/// `other`; `one` and `two` carry the number themselves and take no digit. Zero writes the
/// digit with `other` ("0 تعليق"), as CLDR's Arabic zero forms do.
///
/// Every form is nominative (the case of a count standing alone: a card, a button, a list).
/// Sentences that put a count in another case spell it out themselves (see discarded.rs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Forms {
    /// 1: the noun followed by "one": "تعليق واحد".
    pub one: &'static str,
    /// 2: the dual, nominative: "تعليقان".
    pub two: &'static str,
    /// Last two digits 3–10: the plural, genitive: "3 تعليقات".
    pub few: &'static str,
    /// Last two digits 11–99: the singular, accusative (tamyiz): "11 تعليقًا".
    pub many: &'static str,
    /// 0, 100–102, 200…: the singular, genitive: "100 تعليق".
    pub other: &'static str,
}

pub(super) fn noun(noun: Noun) -> Forms {
    match noun {
        Noun::Comment => Forms {
            one: "تعليق واحد",
            two: "تعليقان",
            few: "تعليقات",
            many: "تعليقًا",
            other: "تعليق",
        },
        Noun::Reply => Forms {
            one: "رد واحد",
            two: "ردان",
            few: "ردود",
            many: "ردًا",
            other: "رد",
        },
        Noun::Article => Forms {
            one: "مقال واحد",
            two: "مقالان",
            few: "مقالات",
            many: "مقالًا",
            other: "مقال",
        },
        Noun::FeedEntry => Forms {
            one: "عنصر واحد من الخلاصة",
            two: "عنصران من الخلاصة",
            few: "عناصر من الخلاصة",
            many: "عنصرًا من الخلاصة",
            other: "عنصر من الخلاصة",
        },
    }
}
