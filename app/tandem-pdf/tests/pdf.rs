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
    fonts_needed, layout, layout_with, render, FontFile, FontSet, LayoutOptions, Meta, Mode,
    PagePlan,
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
        review_status: pair(|l| l.review),
        fingerprint: "3f9a1c0b7d2e4a65".into(),
        created: "2026-11-22".into(),
        blocks,
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
    let is_rtl = |s: &str| s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    let lines = plan
        .pages
        .iter()
        .flat_map(|page| &page.items)
        .filter_map(|item| match item {
            Item::Text(t) if !is_rtl(&t.line.text) => Some(t.line.text.as_str()),
            _ => None,
        });
    for s in lines.chain(expected.iter().copied()) {
        let s: String = s.chars().filter(|c| !invisible(*c)).collect();
        assert!(
            extracted.contains(&squash(&s)),
            "{s:?} not in extracted text:\n{extracted}"
        );
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
