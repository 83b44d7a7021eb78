//! Embeds what `templates/registry.toml` names: each template (converted from TOML to JSON), every
//! provider profile of `providers/` (likewise), the legal bases of `templates/bases.toml` (as Rust
//! statics), for the host (tests, command line), every locale's Fluent files, and the T-CY table of
//! preservation periods (`data/preservation.toml`, as Rust data). Adding a template is then a
//! matter of data files.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    // Read when the script runs, not when it is compiled: a build script binary reused from
    // another checkout of the workspace must still read this one.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest_dir).join("../..");
    let registry = root.join("templates/registry.toml");
    println!("cargo:rerun-if-changed={}", registry.display());
    println!("cargo:rerun-if-changed={}", root.join("locales").display());
    let text = std::fs::read_to_string(&registry).expect("templates/registry.toml");
    let table: toml::Table = text.parse().expect("templates/registry.toml is valid TOML");
    let ids: Vec<String> = table
        .get("templates")
        .and_then(|t| t.as_array())
        .expect("templates/registry.toml: templates = [ … ]")
        .iter()
        .map(|v| v.as_str().expect("template ids are strings").to_string())
        .collect();

    // Provider profiles (providers/*.toml), in file-name order, also as JSON.
    let providers_dir = root.join("providers");
    println!("cargo:rerun-if-changed={}", providers_dir.display());
    let mut providers: Vec<PathBuf> = std::fs::read_dir(&providers_dir)
        .expect("providers/")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    providers.sort();
    // In a file of its own: a build directory shared by several checkouts of the workspace may
    // run an older build script, which writes registry.rs without it.
    let mut providers_rs = String::new();
    providers_rs.push_str("/// Every provider profile, by file name: (id, the profile as JSON).\n");
    providers_rs.push_str("pub static PROVIDERS: &[(&str, &str)] = &[\n");
    for path in &providers {
        println!("cargo:rerun-if-changed={}", path.display());
        let id = path.file_stem().expect("a file name").to_string_lossy();
        let source =
            std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let value: toml::Value =
            toml::from_str(&source).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let json = serde_json::to_string(&value).expect("a TOML value is valid JSON");
        writeln!(providers_rs, "    ({id:?}, {json:?}),").unwrap();
    }
    providers_rs.push_str("];\n\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("providers.rs");
    std::fs::write(dest, providers_rs).expect("write providers.rs");

    // The legal bases (templates/bases.toml): data beside the templates, not a template, so not
    // in the registry. Written as Rust statics (what the app reads of each basis, nothing else):
    // the page then carries neither the file nor code to read it. A key of the wrong type stops
    // the build here; tests/it/bases.rs checks the rest.
    let bases_path = root.join("templates/bases.toml");
    println!("cargo:rerun-if-changed={}", bases_path.display());
    let source = std::fs::read_to_string(&bases_path)
        .unwrap_or_else(|e| panic!("{}: {e}", bases_path.display()));
    let file: toml::Table =
        toml::from_str(&source).unwrap_or_else(|e| panic!("{}: {e}", bases_path.display()));
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("bases.rs");
    std::fs::write(dest, bases_rs(&file)).expect("write bases.rs");

    // The signature block every template ends with (templates/signature.toml), as JSON, for
    // `template::with_signature`: in the browser too, which fetches templates without it. In a
    // file of its own, like providers.rs.
    let signature_path = root.join("templates/signature.toml");
    println!("cargo:rerun-if-changed={}", signature_path.display());
    let source = std::fs::read_to_string(&signature_path)
        .unwrap_or_else(|e| panic!("{}: {e}", signature_path.display()));
    let value: toml::Value =
        toml::from_str(&source).unwrap_or_else(|e| panic!("{}: {e}", signature_path.display()));
    let json = serde_json::to_string(&value).expect("a TOML value is valid JSON");
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("signature.rs");
    std::fs::write(
        dest,
        format!("/// `templates/signature.toml` as JSON.\nstatic SIGNATURE: &str = {json:?};\n"),
    )
    .expect("write signature.rs");

    let mut out = String::new();
    // Templates are embedded as JSON: the browser then needs no TOML parser (serde_json is there
    // anyway), and a TOML syntax error stops the build here.
    out.push_str("/// Every template, in menu order: (id, the template as JSON).\n");
    out.push_str("pub static TEMPLATES: &[(&str, &str)] = &[\n");
    for id in &ids {
        let path = root.join("templates").join(format!("{id}.toml"));
        println!("cargo:rerun-if-changed={}", path.display());
        let source =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let value: toml::Value =
            toml::from_str(&source).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let json = serde_json::to_string(&value).expect("a TOML value is valid JSON");
        writeln!(out, "    ({id:?}, {json:?}),").unwrap();
    }
    out.push_str("];\n\n");
    // The ids alone, for code that only checks a draft's template is known (the lock worker
    // reads drafts and should not carry every template).
    out.push_str("/// Every template's id, in menu order.\n");
    writeln!(out, "pub static TEMPLATE_IDS: &[&str] = &{ids:?};\n").unwrap();

    // Every Fluent file of the English locale (the reference one), sorted: a feature adds its
    // messages as a new file and nothing here changes. The locale tests check that every other
    // locale has the same files.
    let mut files = Vec::new();
    ftl_files(&root.join("locales/en"), "", &mut files);
    files.sort();
    out.push_str("/// The Fluent files every locale has, below `locales/<lang>/`.\n");
    out.push_str("pub const LOCALE_FILES: &[&str] = &[\n");
    for file in &files {
        writeln!(out, "    {file:?},").unwrap();
    }
    out.push_str("];\n\n");

    let mut langs: Vec<String> = std::fs::read_dir(root.join("locales"))
        .expect("locales/")
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect();
    langs.sort();
    out.push_str(
        "/// The embedded Fluent files of the locale with this code, if there is such a folder.\n",
    );
    out.push_str("fn embedded_locale(code: &str) -> &'static [(&'static str, &'static str)] {\n");
    out.push_str("    match code {\n");
    for lang in &langs {
        writeln!(out, "        {lang:?} => &[").unwrap();
        for file in &files {
            let path = root.join("locales").join(lang).join(file);
            if path.exists() {
                writeln!(
                    out,
                    "            ({file:?}, include_str!({:?})),",
                    abs(&path)
                )
                .unwrap();
            }
        }
        out.push_str("        ],\n");
    }
    out.push_str("        _ => &[],\n    }\n}\n");

    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("registry.rs");
    std::fs::write(dest, out).expect("write registry.rs");

    preservation(Path::new(&manifest_dir));
}

/// The T-CY table of preservation periods (`data/preservation.toml`) as Rust statics for
/// `rules/preservation/table.rs`: the rows as `PartyPeriod`s, their classification as `Period`
/// and `Renewal` values (a variant the code lacks stops the build), and the Parties section 3.2
/// reports as permitting no renewal. Nothing parses the table at run time.
fn preservation(manifest_dir: &Path) {
    let path = manifest_dir.join("data/preservation.toml");
    println!("cargo:rerun-if-changed={}", path.display());
    let source =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let table: toml::Table =
        toml::from_str(&source).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let text = |row: &toml::Table, key: &str| -> String {
        let value = row.get(key).and_then(|v| v.as_str());
        value
            .unwrap_or_else(|| panic!("{}: {key} missing in {row:?}", path.display()))
            .to_string()
    };
    let mut out =
        String::from("/// Every Party row of the section 3.1 table, in the table's order.\n");
    out.push_str("pub static PARTIES: &[PartyPeriod] = &[\n");
    let rows = table.get("party").and_then(|p| p.as_array());
    for row in rows.unwrap_or_else(|| panic!("{}: no [[party]]", path.display())) {
        let row = row.as_table().expect("a [[party]] is a table");
        text(row, "source");
        out.push_str("    PartyPeriod {\n");
        for key in ["code", "name_in_table", "period_text", "renewal_text"] {
            writeln!(out, "        {key}: {:?},", text(row, key)).unwrap();
        }
        for (key, kind) in [("period", "Period"), ("renewal", "Renewal")] {
            let value = row.get(key);
            let value = value.unwrap_or_else(|| panic!("{}: {key} missing", path.display()));
            writeln!(out, "        {key}: {},", variant(kind, value)).unwrap();
        }
        out.push_str("    },\n");
    }
    out.push_str("];\n\n");
    let reported = table.get("no_renewal_reported").and_then(|r| r.as_table());
    let reported = reported.expect("data/preservation.toml: no_renewal_reported");
    text(reported, "source");
    let codes: Vec<&str> = reported
        .get("codes")
        .and_then(|c| c.as_array())
        .expect("no_renewal_reported.codes")
        .iter()
        .map(|c| c.as_str().expect("a code is a string"))
        .collect();
    out.push_str(
        "/// Section 3.2: \"Only Bulgaria and Japan reported that renewal is not permitted.\"\n",
    );
    writeln!(out, "pub static NO_RENEWAL_REPORTED: &[&str] = &{codes:?};").unwrap();
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("preservation.rs");
    std::fs::write(dest, out).expect("write preservation.rs");
}

/// A classification of the table as Rust: `"no_time_limit"` is `Period::NoTimeLimit`,
/// `{ days = 90 }` is `Period::Days(90)`.
fn variant(kind: &str, value: &toml::Value) -> String {
    let camel = |name: &str| -> String {
        name.split('_')
            .map(|part| part[..1].to_uppercase() + &part[1..])
            .collect()
    };
    match value {
        toml::Value::String(name) => format!("{kind}::{}", camel(name)),
        toml::Value::Table(t) if t.len() == 1 => {
            let (name, n) = t.iter().next().expect("one entry");
            let n = n
                .as_integer()
                .unwrap_or_else(|| panic!("{kind}: {n:?} is not a number"));
            format!("{kind}::{}({n})", camel(name))
        }
        _ => {
            panic!("data/preservation.toml: {kind} {value:?} is neither a name nor {{ name = n }}")
        }
    }
}

/// `templates/bases.toml` as the static `BASES` of `tandem_core::basis`.
fn bases_rs(file: &toml::Table) -> String {
    let text = |t: &toml::Table, key: &str| -> String {
        let value = t.get(key).and_then(|v| v.as_str());
        format!(
            "{:?}",
            value.unwrap_or_else(|| panic!("bases.toml: {key} must be a string"))
        )
    };
    let optional = |t: &toml::Table, key: &str| -> String {
        match t.get(key) {
            None => "None".into(),
            Some(v) => format!(
                "Some({:?})",
                v.as_str()
                    .unwrap_or_else(|| panic!("bases.toml: {key} must be a string"))
            ),
        }
    };
    let mut out = String::from("/// Every basis of templates/bases.toml, in the file's order.\n");
    out.push_str("pub static BASES: &[Basis] = &[\n");
    let bases = file
        .get("basis")
        .and_then(|b| b.as_array())
        .expect("bases.toml: [[basis]] tables");
    for basis in bases {
        let basis = basis.as_table().expect("bases.toml: [[basis]] is a table");
        writeln!(
            out,
            "    Basis {{ id: {}, kind: {}, status: {}, status_as_of: {}, status_source: {}, \
             entry_into_force_source: {}, request: &[",
            text(basis, "id"),
            text(basis, "kind"),
            text(basis, "status"),
            optional(basis, "status-as-of"),
            optional(basis, "status-source"),
            optional(basis, "entry-into-force-source"),
        )
        .unwrap();
        let request = basis
            .get("request")
            .and_then(|r| r.as_table())
            .expect("bases.toml: [basis.request] table");
        for (key, entry) in request {
            let entry = entry.as_table().expect("bases.toml: a request is a table");
            for field in entry.keys() {
                assert!(
                    ["match", "articles", "source"].contains(&field.as_str()),
                    "bases.toml: unknown key {field} in {key}"
                );
            }
            let articles: Vec<&str> = entry
                .get("articles")
                .and_then(|a| a.as_array())
                .expect("bases.toml: articles = [ … ]")
                .iter()
                .map(|a| a.as_str().expect("bases.toml: an article is a string"))
                .collect();
            writeln!(
                out,
                "        ({key:?}, Entry {{ fit: {}, articles: &{articles:?}, source: {} }}),",
                text(entry, "match"),
                optional(entry, "source"),
            )
            .unwrap();
        }
        out.push_str("    ] },\n");
    }
    out.push_str("];\n");
    out
}

/// Paths (with `/`) of the `.ftl` files below `dir`, prefixed with `prefix`.
fn ftl_files(dir: &Path, prefix: &str, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let entry = entry.expect("locales/ entry");
        let name = entry.file_name().to_string_lossy().to_string();
        let path = entry.path();
        if path.is_dir() {
            ftl_files(&path, &format!("{prefix}{name}/"), out);
        } else if name.ends_with(".ftl") {
            out.push(format!("{prefix}{name}"));
        }
    }
}

fn abs(path: &Path) -> String {
    path.canonicalize()
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .to_string_lossy()
        .to_string()
}
