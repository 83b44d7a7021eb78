//! End-to-end tests of the PDF engine: hand-built bilingual documents are laid out and rendered
//! with the served fonts of `public/fonts/`; the PDFs are checked with poppler (`pdftotext`,
//! `pdffonts`) and `qpdf`, and page plans against snapshots (`UPDATE_SNAPSHOTS=1` rewrites them).

mod common;

use std::path::{Path, PathBuf};

use common::{assert_fonts_embedded_and_subset, assert_qpdf_clean, check_snapshot, run};

use tandem_core::document::{Block, Document, Tick, Value};
use tandem_core::Dir;
use tandem_pdf::layout::{Column, Item};
use tandem_pdf::{
    cjk_face, fonts_needed, layout, layout_with, render, Cjk, CjkIndex, FontFile, FontSet,
    LayoutOptions, Meta, Mode, PagePlan,
};

fn text(a: &str, b: &str) -> Value {
    Value::Text {
        text: [a.into(), b.into()],
    }
}

fn tick(checked: bool, a: &str, b: &str) -> Value {
    Value::Ticks {
        ticks: vec![Tick {
            checked,
            caption: [a.into(), b.into()],
        }],
    }
}

fn heading(number: &str, a: &str, b: &str) -> Block {
    Block::Heading {
        number: number.into(),
        text: [a.into(), b.into()],
    }
}

fn field(number: &str, a: &str, b: &str, value: Value) -> Block {
    Block::Field {
        number: number.into(),
        label: [a.into(), b.into()],
        value,
    }
}

/// The language-specific strings of a test document.
struct Lang {
    code: &'static str,
    dir: Dir,
    title: &'static str,
    subtitle: &'static str,
    draft: &'static str,
    review: &'static str,
    requesting: &'static str,
    reference: &'static str,
    authority_label: &'static str,
    authority: &'static str,
    data: &'static str,
    identifiers_label: &'static str,
    identifiers: &'static str,
    subscriber: &'static str,
    traffic: &'static str,
    period: &'static str,
    facts_label: &'static str,
    facts: &'static str,
    page: fn(usize, usize) -> String,
}

const EN: Lang = Lang {
    code: "en",
    dir: Dir::Ltr,
    title: "Request for expedited preservation of stored computer data",
    subtitle: "Article 29, Convention on Cybercrime (Budapest, 2001)",
    draft: "DRAFT",
    review: "Translations: reviewed",
    requesting: "Requesting authority",
    reference: "Reference number",
    authority_label: "Name of the authority",
    authority: "Cybercrime Unit, General Inspectorate of Police",
    data: "Data to be preserved",
    identifiers_label: "Identifiers of the data",
    identifiers: "IPv4 address 192.0.2.10:52344 used on 2026-11-20 at 14:03:11 UTC; e-mail account reports@example.org",
    subscriber: "Subscriber information",
    traffic: "Traffic data",
    period: "Period of preservation",
    facts_label: "Summary of the facts",
    facts: "Between 12 and 20 November 2026 the servers of a regional hospital were encrypted by ransomware. The attackers demanded payment in cryptocurrency and threatened to publish patient records.\nThe connection logs show access from the address above; the data held by the service provider is needed to identify the persons involved before it is deleted under the provider's retention policy.",
    page: |p, n| format!("Page {p} of {n}"),
};

const RU: Lang = Lang {
    code: "ru",
    dir: Dir::Ltr,
    title: "Запрос об оперативном обеспечении сохранности хранимых компьютерных данных",
    subtitle: "Статья 29 Конвенции о преступности в сфере компьютерной информации (Будапешт, 2001)",
    draft: "ПРОЕКТ",
    review: "Переводы: проверены",
    requesting: "Запрашивающий орган",
    reference: "Номер дела",
    authority_label: "Наименование органа",
    authority: "Отдел по борьбе с киберпреступностью Генеральной инспекции полиции",
    data: "Данные, подлежащие сохранению",
    identifiers_label: "Идентификаторы данных",
    identifiers: "IPv4-адрес 192.0.2.10:52344, использованный 20.11.2026 в 14:03:11 UTC; учётная запись электронной почты reports@example.org",
    subscriber: "Сведения об абоненте",
    traffic: "Данные о трафике",
    period: "Срок сохранения",
    facts_label: "Краткое изложение фактов",
    facts: "В период с 12 по 20 ноября 2026 года серверы областной больницы были зашифрованы программой-вымогателем. Злоумышленники потребовали выкуп в криптовалюте и угрожали опубликовать медицинские данные пациентов.\nЖурналы подключений показывают доступ с указанного адреса; данные поставщика услуг необходимы для установления причастных лиц до их удаления.",
    page: |p, n| format!("Страница {p} из {n}"),
};

const KA: Lang = Lang {
    code: "ka",
    dir: Dir::Ltr,
    title: "შენახული კომპიუტერული მონაცემების დაჩქარებული შენახვის მოთხოვნა",
    subtitle: "კიბერდანაშაულის შესახებ კონვენციის 29-ე მუხლი (ბუდაპეშტი, 2001)",
    draft: "პროექტი",
    review: "თარგმანი: შემოწმებულია",
    requesting: "მომთხოვნი ორგანო",
    reference: "საქმის ნომერი",
    authority_label: "ორგანოს დასახელება",
    authority: "კიბერდანაშაულთან ბრძოლის სამმართველო, შინაგან საქმეთა სამინისტრო",
    data: "შესანახი მონაცემები",
    identifiers_label: "მონაცემების იდენტიფიკატორები",
    identifiers: "IPv4 მისამართი 192.0.2.10:52344, გამოყენებული 2026-11-20, 14:03:11 UTC; ელფოსტა reports@example.org",
    subscriber: "აბონენტის შესახებ ინფორმაცია",
    traffic: "ტრაფიკის მონაცემები",
    period: "შენახვის ვადა",
    facts_label: "ფაქტების მოკლე აღწერა",
    facts: "2026 წლის 12-დან 20 ნოემბრამდე რეგიონული საავადმყოფოს სერვერები დაშიფრა გამომძალველმა პროგრამამ.\nკავშირის ჟურნალები აჩვენებს წვდომას ზემოთ მითითებული მისამართიდან.",
    page: |p, n| format!("გვერდი {p} / {n}"),
};

const HY: Lang = Lang {
    code: "hy",
    dir: Dir::Ltr,
    title: "Պահպանված համակարգչային տվյալների արագացված պահպանման հարցում",
    subtitle: "Կիբեռհանցագործության մասին կոնվենցիայի 29-րդ հոդված (Բուդապեշտ, 2001)",
    draft: "ՆԱԽԱԳԻԾ",
    review: "Թարգմանություն՝ ստուգված",
    requesting: "Հարցում ներկայացնող մարմին",
    reference: "Գործի համարը",
    authority_label: "Մարմնի անվանումը",
    authority: "Կիբեռհանցագործությունների դեմ պայքարի վարչություն, Ոստիկանություն",
    data: "Պահպանման ենթակա տվյալներ",
    identifiers_label: "Տվյալների նույնացուցիչներ",
    identifiers: "IPv4 հասցե 192.0.2.10:52344, օգտագործված 2026-11-20, 14:03:11 UTC; էլ. փոստ reports@example.org",
    subscriber: "Բաժանորդի մասին տեղեկություններ",
    traffic: "Երթևեկության տվյալներ",
    period: "Պահպանման ժամկետ",
    facts_label: "Փաստերի համառոտ շարադրանք",
    facts: "2026 թվականի նոյեմբերի 12-ից 20-ը տարածաշրջանային հիվանդանոցի սերվերները կոդավորվել են շորթող ծրագրով։\nՄիացման մատյանները ցույց են տալիս մուտք վերը նշված հասցեից։",
    page: |p, n| format!("Էջ {p} / {n}"),
};

const AR: Lang = Lang {
    code: "ar",
    dir: Dir::Rtl,
    title: "طلب التحفظ العاجل على بيانات الحاسوب المخزنة",
    subtitle: "المادة 29 من اتفاقية الجرائم الإلكترونية (بودابست، 2001)",
    draft: "مسودة",
    review: "الترجمة: تمت المراجعة",
    requesting: "السلطة الطالبة",
    reference: "رقم المرجع",
    authority_label: "اسم السلطة",
    authority: "وحدة مكافحة الجرائم الإلكترونية، المفتشية العامة للشرطة",
    data: "البيانات المطلوب التحفظ عليها",
    identifiers_label: "معرفات البيانات",
    identifiers: "عنوان IPv4 هو 192.0.2.10:52344 المستخدم في 2026-11-20 الساعة 14:03:11 UTC؛ حساب البريد الإلكتروني reports@example.org",
    subscriber: "معلومات المشترك",
    traffic: "بيانات المرور",
    period: "مدة التحفظ",
    facts_label: "ملخص الوقائع",
    facts: "بين 12 و20 نوفمبر 2026 تعرضت خوادم مستشفى إقليمي للتشفير ببرنامج فدية.\nتظهر سجلات الاتصال الوصول من العنوان المذكور أعلاه، والبيانات لازمة لتحديد هوية الأشخاص المتورطين قبل حذفها.",
    page: |p, n| format!("صفحة {p} من {n}"),
};

const FR: Lang = Lang {
    code: "fr",
    dir: Dir::Ltr,
    title: "Demande de conservation rapide de données informatiques stockées",
    subtitle: "Article 29, Convention sur la cybercriminalité (Budapest, 2001)",
    draft: "PROJET",
    review: "Traductions : vérifiées",
    requesting: "Autorité requérante",
    reference: "Numéro de référence",
    authority_label: "Nom de l'autorité",
    authority: "Unité de lutte contre la cybercriminalité, Inspection générale de la police",
    data: "Données à conserver",
    identifiers_label: "Identifiants des données",
    identifiers: "Adresse IPv4 192.0.2.10:52344 utilisée le 20/11/2026 à 14:03:11 UTC ; compte de messagerie reports@example.org",
    subscriber: "Informations relatives à l'abonné",
    traffic: "Données relatives au trafic",
    period: "Durée de conservation",
    facts_label: "Résumé des faits",
    facts: "Entre le 12 et le 20 novembre 2026, les serveurs d'un hôpital régional ont été chiffrés par un rançongiciel.\nLes journaux de connexion montrent un accès depuis l'adresse ci-dessus.",
    page: |p, n| format!("Page {p} sur {n}"),
};

/// A realistic request in languages `a` | `b`, with `extra` additional numbered fields.
fn request(a: &Lang, b: &Lang, draft: bool, extra: usize) -> Document {
    let pair = |f: fn(&Lang) -> &'static str| [f(a).to_string(), f(b).to_string()];
    let t = |f: fn(&Lang) -> &'static str| Value::Text { text: pair(f) };
    let mut blocks = vec![
        heading("1", a.requesting, b.requesting),
        field(
            "1.1",
            a.reference,
            b.reference,
            text("CY-2026/0147", "CY-2026/0147"),
        ),
        field(
            "1.2",
            a.authority_label,
            b.authority_label,
            t(|l| l.authority),
        ),
        heading("2", a.data, b.data),
        field(
            "2.1",
            a.identifiers_label,
            b.identifiers_label,
            t(|l| l.identifiers),
        ),
        field(
            "2.2",
            a.subscriber,
            b.subscriber,
            tick(true, a.subscriber, b.subscriber),
        ),
        field(
            "2.3",
            a.traffic,
            b.traffic,
            tick(false, a.traffic, b.traffic),
        ),
        field("2.4", a.period, b.period, Value::Empty),
        field("2.5", a.facts_label, b.facts_label, t(|l| l.facts)),
    ];
    for i in 0..extra {
        let number = format!("3.{}", i + 1);
        blocks.push(field(
            &number,
            a.identifiers_label,
            b.identifiers_label,
            t(|l| l.identifiers),
        ));
    }
    // The closing note, where each language's review status is printed once.
    blocks.push(Block::Review {
        heading: pair(|l| l.review),
        text: pair(|l| l.review),
    });
    Document {
        langs: [a.code.into(), b.code.into()],
        dirs: [a.dir, b.dir],
        title: pair(|l| l.title),
        subtitle: pair(|l| l.subtitle),
        draft_mark: draft.then(|| pair(|l| l.draft)),
        reference: "CY-2026/0147".into(),
        // The tests give the layout their own footer lines.
        page_numbers: Default::default(),
        footer: Default::default(),
        fingerprint: "3f9a1c0b7d2e4a65".into(),
        created: "2026-11-22".into(),
        blocks,
        data: "{\"format\":1}".into(),
    }
}

fn fonts_for(doc: &Document) -> FontSet {
    common::fonts_for(doc)
}

/// Lays out and renders `doc`, writes the PDF to the temp dir; returns plan, path and size.
fn build(name: &str, doc: &Document, a: &Lang, b: &Lang) -> (PagePlan, PathBuf, usize) {
    let fonts = fonts_for(doc);
    let (pa, pb) = (a.page, b.page);
    let footer = move |p: usize, n: usize| [pa(p, n), pb(p, n)];
    let plan = layout(doc, &fonts, &footer).expect("layout");
    assert_within_margins(&plan);
    assert_every_character_drawn(&plan);
    let bytes = render(&plan, &fonts, &Meta::new(doc, Mode::SideBySide)).expect("render");
    let dir = std::env::temp_dir().join("tandem-pdf-tests");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, &bytes).expect("write pdf");
    (plan, path, bytes.len())
}

/// Every text line lies within the 16 mm side margins and above the page bottom.
fn assert_within_margins(plan: &PagePlan) {
    for page in &plan.pages {
        for item in &page.items {
            if let Item::Text(t) = item {
                let right = t.x + t.line.width;
                assert!(
                    t.x > 15.99 && right < 194.01,
                    "{:?} from {} to {right}",
                    t.line.text,
                    t.x
                );
                assert!(
                    t.baseline < 297.0 - 5.0,
                    "{:?} at {}",
                    t.line.text,
                    t.baseline
                );
            }
        }
    }
}

/// Bidi controls, joiners and other characters that are never drawn.
fn invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}' | '\u{00AD}')
}

/// Every visible character of every line is carried by a drawn glyph (none fell back to
/// `.notdef`), and no glyph is drawn for an invisible one.
fn assert_every_character_drawn(plan: &PagePlan) {
    for page in &plan.pages {
        for item in &page.items {
            if let Item::Text(t) = item {
                let mut drawn: Vec<char> =
                    t.line.glyphs.iter().flat_map(|g| g.text.chars()).collect();
                let mut source: Vec<char> =
                    t.line.text.chars().filter(|c| !invisible(*c)).collect();
                drawn.sort_unstable();
                source.sort_unstable();
                assert_eq!(drawn, source, "glyphs of {:?}", t.line.text);
            }
        }
    }
}

/// Collapses whitespace so wrapped text can be searched.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Checks a PDF with the installed tools: every left-to-right line of the plan and the
/// expected strings are extracted, every font is embedded and subset, qpdf finds no problem.
/// (Right-to-left lines come out of pdftotext reordered, so they are checked by the expected
/// strings only.)
fn check_pdf(path: &Path, plan: &PagePlan, expected: &[&str]) {
    let p = path.to_str().expect("utf-8 path");
    let (ok, extracted) = run("pdftotext", &["-enc", "UTF-8", p, "-"]);
    assert!(ok, "pdftotext failed: {extracted}");
    let extracted = squash(&extracted.replace(['\u{202A}', '\u{202B}', '\u{202C}'], " "));
    let is_rtl = |s: &str| s.chars().any(|c| ('\u{0590}'..='\u{06FF}').contains(&c));
    let lines = plan
        .pages
        .iter()
        .flat_map(|page| &page.items)
        .filter_map(|item| match item {
            Item::Text(t) if !is_rtl(&t.line.text) => Some(t.line.text.as_str()),
            _ => None,
        });
    // CJK text wraps without spaces: its line ends extract as spaces, so it is compared
    // without any.
    let spaceless: String = extracted.chars().filter(|c| *c != ' ').collect();
    for s in lines.chain(expected.iter().copied()) {
        let s: String = s.chars().filter(|c| !invisible(*c)).collect();
        let found = if s.chars().any(tandem_pdf::font::is_cjk) {
            spaceless.contains(&s.replace(' ', ""))
        } else {
            extracted.contains(&squash(&s))
        };
        assert!(found, "{s:?} not in extracted text:\n{extracted}");
    }
    assert_fonts_embedded_and_subset(path);
    assert_qpdf_clean(path);
}

/// The strings every language column must yield on extraction.
fn column_strings(l: &Lang) -> Vec<&'static str> {
    vec![
        l.reference,
        l.authority_label,
        l.subscriber,
        l.traffic,
        "192.0.2.10:52344",
        "reports@example.org",
    ]
}

#[test]
fn fonts_needed_follow_scripts() {
    assert_eq!(
        fonts_needed(&request(&EN, &RU, false, 0)),
        [FontFile::Latin]
    );
    assert_eq!(
        fonts_needed(&request(&EN, &KA, false, 0)),
        [FontFile::Latin, FontFile::Georgian]
    );
    assert_eq!(
        fonts_needed(&request(&HY, &AR, false, 0)),
        [FontFile::Latin, FontFile::Armenian, FontFile::Arabic]
    );
}

#[test]
fn missing_font_is_an_error() {
    let doc = request(&EN, &KA, false, 0);
    let latin = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/fonts/NotoSans-tandem.ttf"),
    )
    .expect("font");
    let fonts = FontSet::new(vec![(FontFile::Latin, latin)]).expect("font set");
    let err =
        layout(&doc, &fonts, &|_, _| [String::new(), String::new()]).expect_err("missing font");
    assert_eq!(
        err.to_string(),
        "font file NotoSansGeorgian-tandem.ttf is not loaded"
    );
}

#[test]
fn en_ru_side_by_side() {
    let doc = request(&EN, &RU, true, 0);
    let (plan, path, _) = build("en-ru", &doc, &EN, &RU);
    let mut expected = column_strings(&EN);
    expected.extend(column_strings(&RU));
    expected.extend(["DRAFT", "ПРОЕКТ", "Page 1 of 1", "Страница 1 из 1", "—"]);
    check_pdf(&path, &plan, &expected);
    check_snapshot("en-ru", &plan);
}

#[test]
fn en_ru_multi_page_footer() {
    let doc = request(&EN, &RU, false, 60);
    let (plan, path, size) = build("en-ru-long", &doc, &EN, &RU);
    let pages = plan.page_count();
    assert!(pages >= 3, "{pages} pages");
    let dump = plan.dump();
    for p in 1..=pages {
        assert!(
            dump.contains(&format!("Page {p} of {pages}\n")),
            "footer of page {p}"
        );
        assert!(
            dump.contains(&format!("Страница {p} из {pages}\n")),
            "footer of page {p}"
        );
    }
    check_pdf(
        &path,
        &plan,
        &[
            &format!("Page {pages} of {pages}"),
            "3.60",
            "Идентификаторы данных",
        ],
    );
    eprintln!("en-ru {pages} pages: {size} bytes");
    assert!(size <= 60_000, "{size} bytes");
}

#[test]
fn en_ka_georgian() {
    let doc = request(&EN, &KA, true, 0);
    let (plan, path, _) = build("en-ka", &doc, &EN, &KA);
    let mut expected = column_strings(&KA);
    expected.extend(["პროექტი", "გვერდი 1 / 1"]);
    check_pdf(&path, &plan, &expected);
}

#[test]
fn en_hy_armenian() {
    let doc = request(&EN, &HY, true, 0);
    let (plan, path, _) = build("en-hy", &doc, &EN, &HY);
    let mut expected = column_strings(&HY);
    expected.extend(["ՆԱԽԱԳԻԾ", "Էջ 1 / 1"]);
    check_pdf(&path, &plan, &expected);
}

#[test]
fn en_ar_right_to_left() {
    let doc = request(&EN, &AR, true, 0);
    let (plan, path, _) = build("en-ar", &doc, &EN, &AR);
    check_pdf(
        &path,
        &plan,
        &[
            AR.reference,
            AR.authority_label,
            AR.subscriber,
            "192.0.2.10:52344",
            "reports@example.org",
            "مسودة",
        ],
    );
    check_snapshot("en-ar", &plan);
}

#[test]
fn en_ar_multi_page_size() {
    let doc = request(&EN, &AR, false, 40);
    let (plan, _, size) = build("en-ar-long", &doc, &EN, &AR);
    eprintln!("en-ar {} pages: {size} bytes", plan.page_count());
    assert!(plan.page_count() >= 3);
    assert!(size <= 60_000, "{size} bytes");
}

#[test]
fn fr_ar() {
    let doc = request(&FR, &AR, false, 0);
    let (plan, path, _) = build("fr-ar", &doc, &FR, &AR);
    check_pdf(
        &path,
        &plan,
        &[AR.reference, AR.traffic, AR.authority_label],
    );
}

#[test]
fn row_taller_than_a_page_is_split() {
    let mut doc = request(&EN, &RU, false, 0);
    let long_a = format!("{} END-OF-FACTS", EN.facts.repeat(12));
    let long_b = format!("{} КОНЕЦ-ФАКТОВ", RU.facts.repeat(12));
    doc.blocks.push(field(
        "4.1",
        EN.facts_label,
        RU.facts_label,
        text(&long_a, &long_b),
    ));
    let (plan, path, _) = build("en-ru-split", &doc, &EN, &RU);
    assert!(plan.page_count() >= 3, "{} pages", plan.page_count());
    let dump = plan.dump();
    assert_eq!(dump.matches("4.1  Summary of the facts").count(), 1);
    assert!(dump.contains("END-OF-FACTS") && dump.contains("КОНЕЦ-ФАКТОВ"));
    check_pdf(&path, &plan, &["END-OF-FACTS", "КОНЕЦ-ФАКТОВ", "Page 3 of"]);
}

#[test]
fn overlong_words_are_broken() {
    let mut doc = request(&EN, &AR, false, 0);
    let hash = "sha256:".to_string() + &"9f86d081884c7d659a2feaa0c55ad015".repeat(6);
    let arabic = "الاتصالات".repeat(12);
    doc.blocks.push(field(
        "4.1",
        "Hash",
        "البصمة",
        text(&hash, &format!("{hash} {arabic}")),
    ));
    let (plan, _, _) = build("en-ar-words", &doc, &EN, &AR);
    let dump = plan.dump();
    let pieces = dump.lines().filter(|l| l.contains("9f86d081")).count();
    assert!(pieces >= 4, "hash not broken over lines:\n{dump}");
}

#[test]
fn invisible_controls_draw_nothing() {
    let mut doc = request(&EN, &AR, false, 0);
    doc.blocks.push(field(
        "4.1",
        "Address \u{2066}192.0.2.10\u{2069} (isolated)",
        "العنوان \u{200F}192.0.2.10:52344\u{200F} و\u{2068}user@example.org\u{2069}",
        text(
            "soft\u{00AD}hyphen zero\u{200B}width",
            "می\u{200C}خواهم \u{200D}ب\u{200D} \u{202B}نص\u{202C}",
        ),
    ));
    let (plan, path, _) = build("en-ar-controls", &doc, &EN, &AR);
    let dump = plan.dump();
    assert!(
        dump.contains("Address \u{2066}192.0.2.10\u{2069} (isolated)"),
        "{dump}"
    );
    check_pdf(&path, &plan, &["192.0.2.10:52344", "user@example.org"]);
}

#[test]
fn single_column_modes_show_one_language_full_width() {
    let doc = request(&EN, &AR, false, 0);
    let fonts = fonts_for(&doc);
    let footer = |p: usize, n: usize| [(EN.page)(p, n), (AR.page)(p, n)];
    for (mode, shown) in [
        (Mode::TargetOnly, Column::B),
        (Mode::SingleLanguage, Column::A),
    ] {
        let plan = layout_with(&doc, &fonts, &footer, LayoutOptions { mode }).expect("layout");
        assert_within_margins(&plan);
        let columns: Vec<Column> = plan
            .pages
            .iter()
            .flat_map(|p| &p.items)
            .filter_map(|item| match item {
                Item::Text(t) if t.column != Column::Page => Some(t.column),
                _ => None,
            })
            .collect();
        assert!(
            !columns.is_empty() && columns.iter().all(|c| *c == shown),
            "{mode:?}"
        );
        let wide = plan
            .pages
            .iter()
            .flat_map(|p| &p.items)
            .any(|item| matches!(item, Item::Text(t) if t.line.width > 100.0));
        assert!(wide, "{mode:?} uses the full width");
        render(&plan, &fonts, &Meta::new(&doc, mode)).expect("render");
    }
}

// The scripts of the forty-language round, each in a request written for the test (Chinese,
// Japanese, Korean, Hindi, Hebrew, Persian, Greek; Kazakh with a Tajik paragraph; Uzbek Latin
// with a Turkmen paragraph).

const ZH: Lang = Lang {
    code: "zh",
    dir: Dir::Ltr,
    title: "关于快速保全已存储计算机数据的请求",
    subtitle: "《网络犯罪公约》第29条（布达佩斯，2001年）",
    draft: "草稿",
    review: "译文：已审核",
    requesting: "请求机关",
    reference: "案件编号",
    authority_label: "机关名称",
    authority: "警察总监察局网络犯罪处",
    data: "需保全的数据",
    identifiers_label: "数据标识符",
    identifiers: "IPv4地址192.0.2.10:52344，于2026年11月20日14:03:11 UTC使用；电子邮件账户reports@example.org",
    subscriber: "用户信息",
    traffic: "流量数据",
    period: "保全期限",
    facts_label: "案情摘要",
    facts: "2026年11月12日至20日，一家地区医院的服务器被勒索软件加密。攻击者要求以加密货币支付赎金，并威胁公开病人病历。\n连接日志显示上述地址曾进行访问；在服务提供者按其保留政策删除数据之前，需要这些数据以查明涉案人员。",
    page: |p, n| format!("第{p}页，共{n}页"),
};

const JA: Lang = Lang {
    code: "ja",
    dir: Dir::Ltr,
    title: "保存されたコンピュータ・データの迅速な保全の要請",
    subtitle: "サイバー犯罪に関する条約第29条（ブダペスト、2001年）",
    draft: "草案",
    review: "翻訳：確認済み",
    requesting: "要請機関",
    reference: "事件番号",
    authority_label: "機関の名称",
    authority: "警察総監察局サイバー犯罪対策課",
    data: "保全すべきデータ",
    identifiers_label: "データの識別子",
    identifiers: "IPv4アドレス192.0.2.10:52344（2026年11月20日14:03:11 UTCに使用）、電子メールアカウントreports@example.org",
    subscriber: "加入者情報",
    traffic: "通信履歴データ",
    period: "保全期間",
    facts_label: "事実の概要",
    facts: "2026年11月12日から20日までの間、地域病院のサーバーがランサムウェアにより暗号化された。攻撃者は暗号資産による支払いを要求し、患者の診療記録を公開すると脅迫した。\n接続記録には上記アドレスからのアクセスが示されている。",
    page: |p, n| format!("{p}／{n}ページ"),
};

const KO: Lang = Lang {
    code: "ko",
    dir: Dir::Ltr,
    title: "저장된 컴퓨터 데이터의 신속한 보전 요청",
    subtitle: "사이버범죄에 관한 협약 제29조 (부다페스트, 2001년)",
    draft: "초안",
    review: "번역: 검토됨",
    requesting: "요청 기관",
    reference: "사건 번호",
    authority_label: "기관 명칭",
    authority: "경찰 감찰국 사이버범죄수사과",
    data: "보전 대상 데이터",
    identifiers_label: "데이터 식별자",
    identifiers: "2026년 11월 20일 14:03:11 UTC에 사용된 IPv4 주소 192.0.2.10:52344; 전자우편 계정 reports@example.org",
    subscriber: "가입자 정보",
    traffic: "통신 데이터",
    period: "보전 기간",
    facts_label: "사실관계 요약",
    facts: "2026년 11월 12일부터 20일 사이에 한 지역 병원의 서버가 랜섬웨어에 의해 암호화되었다. 공격자들은 암호화폐로 대가를 요구하며 환자 진료 기록을 공개하겠다고 협박하였다.\n접속 기록에는 위 주소에서의 접근이 나타나 있다.",
    page: |p, n| format!("{p}/{n}쪽"),
};

const HI: Lang = Lang {
    code: "hi",
    dir: Dir::Ltr,
    title: "संग्रहीत कंप्यूटर डेटा के शीघ्र संरक्षण हेतु अनुरोध",
    subtitle: "साइबर अपराध पर अभिसमय का अनुच्छेद 29 (बुडापेस्ट, 2001)",
    draft: "प्रारूप",
    review: "अनुवाद: समीक्षित",
    requesting: "अनुरोधकर्ता प्राधिकारी",
    reference: "संदर्भ संख्या",
    authority_label: "प्राधिकारी का नाम",
    authority: "साइबर अपराध प्रकोष्ठ, पुलिस महानिरीक्षणालय",
    data: "संरक्षित किया जाने वाला डेटा",
    identifiers_label: "डेटा के पहचानकर्ता",
    identifiers: "IPv4 पता 192.0.2.10:52344, 20-11-2026 को 14:03:11 UTC पर प्रयुक्त; ई-मेल खाता reports@example.org",
    subscriber: "ग्राहक संबंधी जानकारी",
    traffic: "ट्रैफ़िक डेटा",
    period: "संरक्षण की अवधि",
    facts_label: "तथ्यों का सारांश",
    facts: "12 से 20 नवंबर 2026 के बीच एक क्षेत्रीय अस्पताल के सर्वर रैनसमवेयर द्वारा एन्क्रिप्ट कर दिए गए। हमलावरों ने क्रिप्टोकरेंसी में भुगतान की माँग की।\nकनेक्शन लॉग उपर्युक्त पते से पहुँच दर्शाते हैं।",
    page: |p, n| format!("पृष्ठ {p} / {n}"),
};

const HE: Lang = Lang {
    code: "he",
    dir: Dir::Rtl,
    title: "בקשה לשימור מזורז של נתוני מחשב מאוחסנים",
    subtitle: "סעיף 29 לאמנה בדבר פשיעה ממוחשבת (בודפשט, 2001)",
    draft: "טיוטה",
    review: "תרגום: נבדק",
    requesting: "הרשות המבקשת",
    reference: "מספר תיק",
    authority_label: "שם הרשות",
    authority: "היחידה לחקירות סייבר, מטה המשטרה הארצי",
    data: "הנתונים שיש לשמר",
    identifiers_label: "מזהי הנתונים",
    identifiers: "כתובת IPv4 ‏192.0.2.10:52344 ששימשה ב-20.11.2026 בשעה 14:03:11 UTC; חשבון דואר אלקטרוני reports@example.org",
    subscriber: "פרטי המנוי",
    traffic: "נתוני תעבורה",
    period: "תקופת השימור",
    facts_label: "תמצית העובדות",
    facts: "בין 12 ל-20 בנובמבר 2026 הוצפנו שרתיו של בית חולים אזורי בתוכנת כופר.\nיומני החיבור מראים גישה מהכתובת שלעיל.",
    page: |p, n| format!("עמוד {p} מתוך {n}"),
};

const FA: Lang = Lang {
    code: "fa",
    dir: Dir::Rtl,
    title: "درخواست حفظ فوری داده‌های رایانه‌ای ذخیره‌شده",
    subtitle: "ماده ۲۹ کنوانسیون جرایم سایبری (بوداپست، ۲۰۰۱)",
    draft: "پیش‌نویس",
    review: "ترجمه: بررسی‌شده",
    requesting: "مرجع درخواست‌کننده",
    reference: "شماره پرونده",
    authority_label: "نام مرجع",
    authority: "پلیس فتا، بازرسی کل پلیس",
    data: "داده‌هایی که باید حفظ شوند",
    identifiers_label: "شناسه‌های داده",
    identifiers: "نشانی IPv4 ‏192.0.2.10:52344 مورد استفاده در ۲۰۲۶/۱۱/۲۰ ساعت 14:03:11 UTC؛ حساب پست الکترونیکی reports@example.org",
    subscriber: "اطلاعات مشترک",
    traffic: "داده‌های ترافیک",
    period: "مدت حفظ",
    facts_label: "خلاصه واقعیات",
    facts: "بین ۱۲ تا ۲۰ نوامبر ۲۰۲۶ سرورهای یک بیمارستان منطقه‌ای با باج‌افزار رمزگذاری شدند. مهاجمان پرداخت با رمزارز را خواستند و به انتشار پرونده‌های پزشکی بیماران تهدید کردند.\nگزارش‌های اتصال دسترسی از نشانی بالا را نشان می‌دهند؛ این پرونده ویژه است و هیچ داده‌ای نباید پاک شود.",
    page: |p, n| format!("صفحه {p} از {n}"),
};

const EL: Lang = Lang {
    code: "el",
    dir: Dir::Ltr,
    title: "Αίτημα ταχείας διατήρησης αποθηκευμένων δεδομένων υπολογιστή",
    subtitle: "Άρθρο 29, Σύμβαση για το έγκλημα στον κυβερνοχώρο (Βουδαπέστη, 2001)",
    draft: "ΣΧΕΔΙΟ",
    review: "Μεταφράσεις: ελεγμένες",
    requesting: "Αιτούσα αρχή",
    reference: "Αριθμός υπόθεσης",
    authority_label: "Ονομασία της αρχής",
    authority: "Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος, Ελληνική Αστυνομία",
    data: "Δεδομένα προς διατήρηση",
    identifiers_label: "Αναγνωριστικά των δεδομένων",
    identifiers: "Διεύθυνση IPv4 192.0.2.10:52344 που χρησιμοποιήθηκε στις 20/11/2026 και ώρα 14:03:11 UTC· λογαριασμός ηλεκτρονικού ταχυδρομείου reports@example.org",
    subscriber: "Στοιχεία συνδρομητή",
    traffic: "Δεδομένα κίνησης",
    period: "Διάρκεια διατήρησης",
    facts_label: "Σύνοψη των πραγματικών περιστατικών",
    facts: "Μεταξύ 12 και 20 Νοεμβρίου 2026 οι διακομιστές ενός περιφερειακού νοσοκομείου κρυπτογραφήθηκαν από λυτρισμικό.\nΤα αρχεία σύνδεσης δείχνουν πρόσβαση από την παραπάνω διεύθυνση.",
    page: |p, n| format!("Σελίδα {p} από {n}"),
};

const KK: Lang = Lang {
    code: "kk",
    dir: Dir::Ltr,
    title: "Сақталған компьютерлік деректерді жедел сақтау туралы сұрау",
    subtitle: "Киберқылмыс туралы конвенцияның 29-бабы (Будапешт, 2001)",
    draft: "ЖОБА",
    review: "Аудармалар: тексерілген",
    requesting: "Сұрау салушы орган",
    reference: "Іс нөмірі",
    authority_label: "Органның атауы",
    authority: "Полиция бас инспекциясының киберқылмысқа қарсы күрес басқармасы",
    data: "Сақталуға тиіс деректер",
    identifiers_label: "Деректердің сәйкестендіргіштері",
    identifiers: "IPv4 мекенжайы 192.0.2.10:52344, 20.11.2026 күні 14:03:11 UTC уақытында пайдаланылған; электрондық пошта тіркелгісі reports@example.org",
    subscriber: "Абонент туралы мәліметтер",
    traffic: "Трафик деректері",
    period: "Сақтау мерзімі",
    facts_label: "Мән-жайлардың қысқаша сипаттамасы",
    facts: "2026 жылғы 12–20 қараша аралығында өңірлік аурухананың серверлері шифрланды; мұрағат пен жиһаз тізілімі де зақымдалды.\nТоҷикӣ: маълумоти пайвастшавӣ дастрасиро аз суроғаи дар боло зикршуда нишон медиҳад; ҳамаи маълумот бояд ҳифз карда шавад ва ӯ ҷавобгар аст.",
    page: |p, n| format!("{p}/{n} бет"),
};

const UZ: Lang = Lang {
    code: "uz",
    dir: Dir::Ltr,
    title: "Saqlangan kompyuter maʼlumotlarini tezkor saqlab qolish toʻgʻrisida soʻrov",
    subtitle: "Kiberjinoyatchilik toʻgʻrisidagi konvensiyaning 29-moddasi (Budapesht, 2001)",
    draft: "LOYIHA",
    review: "Tarjimalar: tekshirilgan",
    requesting: "Soʻrov yuboruvchi organ",
    reference: "Ish raqami",
    authority_label: "Organning nomi",
    authority: "Kiberjinoyatchilikka qarshi kurashish boshqarmasi, Politsiya bosh inspeksiyasi",
    data: "Saqlanishi lozim boʻlgan maʼlumotlar",
    identifiers_label: "Maʼlumotlarning identifikatorlari",
    identifiers: "IPv4 manzili 192.0.2.10:52344, 20.11.2026 kuni soat 14:03:11 UTC da foydalanilgan; elektron pochta hisobi reports@example.org",
    subscriber: "Abonent haqidagi maʼlumotlar",
    traffic: "Trafik maʼlumotlari",
    period: "Saqlash muddati",
    facts_label: "Faktlarning qisqacha bayoni",
    facts: "2026-yil 12–20-noyabr kunlari viloyat shifoxonasining serverlari toʻlov talab qiluvchi dastur bilan shifrlandi.\nTürkmençe: birikme ýazgylary ýokarda görkezilen salgydan girilendigini görkezýär; käbir maglumatlar öň aýrylmazdan saklanmalydyr (žurnal).",
    page: |p, n| format!("{p}/{n}-bet"),
};

const VI: Lang = Lang {
    code: "vi",
    dir: Dir::Ltr,
    title: "Yêu cầu bảo quản nhanh dữ liệu máy tính được lưu trữ",
    subtitle: "Điều 29, Công ước về tội phạm mạng (Budapest, 2001)",
    draft: "BẢN NHÁP",
    review: "Bản dịch: đã kiểm tra",
    requesting: "Cơ quan yêu cầu",
    reference: "Số hồ sơ",
    authority_label: "Tên cơ quan",
    authority: "Cục Cảnh sát phòng, chống tội phạm sử dụng công nghệ cao",
    data: "Dữ liệu cần bảo quản",
    identifiers_label: "Thông tin định danh của dữ liệu",
    identifiers: "Địa chỉ IPv4 192.0.2.10:52344 được sử dụng ngày 20/11/2026 lúc 14:03:11 UTC; tài khoản thư điện tử reports@example.org",
    subscriber: "Thông tin thuê bao",
    traffic: "Dữ liệu lưu lượng",
    period: "Thời hạn bảo quản",
    facts_label: "Tóm tắt sự việc",
    facts: "Từ ngày 12 đến ngày 20 tháng 11 năm 2026, máy chủ của một bệnh viện khu vực bị mã hóa bởi phần mềm tống tiền.\nNhật ký kết nối cho thấy truy cập từ địa chỉ nêu trên; ơ ư Ơ Ư ₫.",
    page: |p, n| format!("Trang {p}/{n}"),
};

/// Builds en|`b` and checks the PDF: every column string of `b`, its draft mark and page line
/// extracted; fonts embedded, subset, with ToUnicode; qpdf clean. (The reviewed first pages of
/// these scripts are the fixtures' ones, in tests/fixtures.rs.)
fn check_script(b: &Lang) -> PagePlan {
    let doc = request(&EN, b, true, 0);
    let (plan, path, size) = build(&format!("en-{}", b.code), &doc, &EN, b);
    let page = (b.page)(1, 1);
    let mut expected = column_strings(b);
    expected.extend([b.draft, b.title]);
    // (pdftotext reorders a right-to-left line with numbers: such lines are checked as laid out.)
    if b.dir == Dir::Ltr {
        expected.push(page.as_str());
    }
    check_pdf(&path, &plan, &expected);
    eprintln!("en-{}: {size} bytes", b.code);
    plan
}

/// The font files a plan draws with.
fn fonts_drawn(plan: &PagePlan) -> Vec<FontFile> {
    let mut files: Vec<FontFile> = plan
        .pages
        .iter()
        .flat_map(|p| &p.items)
        .filter_map(|item| match item {
            Item::Text(t) => Some(t.line.glyphs.iter().map(|g| g.font)),
            _ => None,
        })
        .flatten()
        .collect();
    files.sort_unstable();
    files.dedup();
    files
}

#[test]
fn en_zh_han() {
    let plan = check_script(&ZH);
    assert!(fonts_drawn(&plan).contains(&FontFile::Cjk(Cjk::Sc, 0)));
}

#[test]
fn en_ja_kana_and_kanji() {
    let plan = check_script(&JA);
    assert!(fonts_drawn(&plan).contains(&FontFile::Cjk(Cjk::Jp, 0)));
}

#[test]
fn en_ko_hangul() {
    let plan = check_script(&KO);
    assert!(fonts_drawn(&plan).contains(&FontFile::Cjk(Cjk::Kr, 0)));
}

#[test]
fn en_hi_devanagari() {
    let plan = check_script(&HI);
    assert!(fonts_drawn(&plan).contains(&FontFile::Devanagari));
    // Conjuncts and matras are shaped: क्ष (ka, virama, ssa) is drawn as fewer glyphs than it
    // has characters, and extracts as written.
    let line = plan
        .pages
        .iter()
        .flat_map(|p| &p.items)
        .find_map(|item| match item {
            Item::Text(t) if t.line.text.contains("प्रकोष्ठ") => Some(t),
            _ => None,
        })
        .expect("authority line");
    assert!(line.line.glyphs.len() < line.line.text.chars().count());
}

/// The Devanagari file keeps only the conjunct glyphs Hindi text uses (scripts/fonts-devanagari.py):
/// rarer clusters — three consonants, a nukta consonant in a conjunct, conjuncts of letters other
/// languages write — are still drawn (half forms or a visible virama), never `.notdef`, and
/// extract as written.
#[test]
fn en_hi_rare_conjuncts_never_boxes() {
    const RARE: Lang = Lang {
        facts: "शुद्ध्यर्थ द्ध्य ङ्क्ष क्ष्म्य ष्ट्र्य त्त्व ड्ढ ह्ण ज़्ज़ फ़्फ़ ऱ्य ळ्ह ञ्च्य ण्ड्र ट्ठ्य द्ग्ध",
        ..HI
    };
    let doc = request(&EN, &RARE, true, 0);
    let (plan, path, _) = build("en-hi-rare", &doc, &EN, &RARE);
    check_pdf(&path, &plan, &["शुद्ध्यर्थ", "ष्ट्र्य", "द्ग्ध"]);
}

#[test]
fn en_he_right_to_left() {
    let plan = check_script(&HE);
    assert!(fonts_drawn(&plan).contains(&FontFile::Hebrew));
    // Column B is right-aligned: its title line ends at the right margin.
    let title = plan.pages[0]
        .items
        .iter()
        .find_map(|item| match item {
            Item::Text(t) if t.column == Column::B => Some(t),
            _ => None,
        })
        .expect("title");
    assert!((title.x + title.line.width - 194.0).abs() < 0.01);
}

#[test]
fn en_fa_persian() {
    let plan = check_script(&FA);
    assert_eq!(fonts_drawn(&plan), [FontFile::Latin, FontFile::Arabic]);
}

#[test]
fn en_el_greek() {
    let plan = check_script(&EL);
    assert_eq!(fonts_drawn(&plan), [FontFile::Latin]);
}

#[test]
fn en_kk_tg_cyrillic() {
    let plan = check_script(&KK);
    assert_eq!(fonts_drawn(&plan), [FontFile::Latin]);
}

#[test]
fn en_vi_vietnamese() {
    // The letters Vietnamese adds come from their own file, the rest of each word from Latin's.
    let plan = check_script(&VI);
    assert_eq!(fonts_drawn(&plan), [FontFile::Latin, FontFile::Vietnamese]);
}

#[test]
fn en_uz_tk_latin() {
    let plan = check_script(&UZ);
    assert_eq!(fonts_drawn(&plan), [FontFile::Latin]);
}

#[test]
fn cjk_slices_follow_the_characters() {
    let dir = common::root().join("public/fonts");
    let index = |face: Cjk| {
        let text = std::fs::read_to_string(dir.join(face.index_name())).expect("index");
        CjkIndex::parse(face, &text).expect("index")
    };
    let zh = request(&EN, &ZH, false, 0);
    assert_eq!(cjk_face(&zh), Some(Cjk::Sc));
    assert_eq!(cjk_face(&request(&EN, &JA, false, 0)), Some(Cjk::Jp));
    assert_eq!(cjk_face(&request(&EN, &KO, false, 0)), Some(Cjk::Kr));
    assert_eq!(cjk_face(&request(&EN, &RU, false, 0)), None);
    let sc = index(Cjk::Sc);
    let slices = sc.slices_needed(&zh);
    assert_eq!(slices[0], FontFile::Cjk(Cjk::Sc, 0));
    // Every CJK character of the document is in one of its slices, and no more slices are
    // fetched than hold its characters.
    let mut holding = vec![FontFile::Cjk(Cjk::Sc, 0)];
    for c in [ZH.title, ZH.authority, ZH.identifiers, ZH.facts]
        .concat()
        .chars()
        .filter(|c| tandem_pdf::font::is_cjk(*c))
    {
        holding.push(sc.slice_of(c).unwrap_or_else(|| panic!("{c} in no slice")));
    }
    holding.sort_unstable();
    holding.dedup();
    assert!(holding.iter().all(|s| slices.contains(s)), "{slices:?}");
    // The most frequent characters are in the first slice; a rare one is further.
    assert_eq!(sc.slice_of('的'), Some(FontFile::Cjk(Cjk::Sc, 0)));
    assert!(
        matches!(sc.slice_of('龘'), Some(FontFile::Cjk(Cjk::Sc, n)) if n > 0)
            || sc.slice_of('龘').is_none()
    );
    assert_eq!(sc.slice_of('a'), None);
    // The fetched slices stay within the budget for a request (250 KB brotli in all; here
    // raw, which is larger).
    let raw: usize = slices
        .iter()
        .map(|f| {
            std::fs::metadata(dir.join(f.file_name()))
                .expect("slice")
                .len() as usize
        })
        .sum();
    eprintln!("en-zh: {} slices, {raw} bytes raw", slices.len());
}

#[test]
fn cjk_lines_break_between_characters_and_not_before_closing_punctuation() {
    let mut doc = request(&EN, &ZH, false, 0);
    let long = ZH.facts.replace('\n', "").repeat(3);
    doc.blocks
        .push(field("4.1", "Facts", "案情", text("x", &long)));
    let (plan, _, _) = build("en-zh-breaks", &doc, &EN, &ZH);
    let lines: Vec<&str> = plan
        .pages
        .iter()
        .flat_map(|p| &p.items)
        .filter_map(|item| match item {
            Item::Text(t) if t.column == Column::B => Some(t.line.text.as_str()),
            _ => None,
        })
        .collect();
    // The long paragraph without spaces fills its lines (it is not one overlong word cut at
    // the margin only): several lines, each nearly as wide as the column.
    let wrapped: Vec<&&str> = lines.iter().filter(|l| long.contains(**l)).collect();
    assert!(wrapped.len() >= 4, "{lines:#?}");
    for line in &lines {
        let first = line.chars().next().unwrap_or(' ');
        assert!(
            !"）。，、；：」』".contains(first),
            "line starts with {first}: {line}"
        );
        assert!(
            !line.ends_with(['（', '「', '《']),
            "line ends with an opening mark: {line}"
        );
    }
    // Latin words and numbers inside are never split.
    let joined: String = lines.concat();
    assert!(joined.contains("reports@example.org") && joined.contains("192.0.2.10:52344"));
}

#[test]
fn korean_breaks_at_spaces_only() {
    let mut doc = request(&EN, &KO, false, 0);
    let long = KO.facts.replace('\n', " ").repeat(3);
    doc.blocks
        .push(field("4.1", "Facts", "사실", text("x", &long)));
    let (plan, _, _) = build("en-ko-breaks", &doc, &EN, &KO);
    let words: Vec<&str> = long.split(' ').collect();
    for item in plan.pages.iter().flat_map(|p| &p.items) {
        if let Item::Text(t) = item {
            if t.column == Column::B && long.contains(t.line.text.as_str()) {
                for word in t.line.text.split(' ') {
                    assert!(words.contains(&word), "{word:?} is not a whole word");
                }
            }
        }
    }
}

/// Every `.ftl` file under `dir`, read.
fn ftl_texts(dir: &Path) -> Vec<String> {
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(dir).expect("locale folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            texts.extend(ftl_texts(&path));
        } else if path.extension().is_some_and(|e| e == "ftl") {
            texts.push(std::fs::read_to_string(&path).expect("ftl"));
        }
    }
    texts
}

#[test]
fn every_character_of_a_cjk_locale_is_in_the_first_slice_of_its_face() {
    let root = common::root();
    for (lang, face) in [("zh", Cjk::Sc), ("ja", Cjk::Jp), ("ko", Cjk::Kr)] {
        let text = std::fs::read_to_string(root.join("public/fonts").join(face.index_name()))
            .expect("index");
        let index = CjkIndex::parse(face, &text).expect("index");
        let mut missing: Vec<char> = ftl_texts(&root.join("locales").join(lang))
            .concat()
            .chars()
            .filter(|c| tandem_pdf::font::is_cjk(*c))
            .filter(|c| index.slice_of(*c) != Some(FontFile::Cjk(face, 0)))
            .collect();
        missing.sort_unstable();
        missing.dedup();
        assert!(
            missing.is_empty(),
            "{lang}: {missing:?} not in slice 00 of {} (run scripts/fonts)",
            face.family()
        );
    }
}
