//! `tandem pack`: a request form an authority adds in the browser, built from a folder into one
//! file and checked by the same core function the browser runs when the file is chosen
//! (`tandem_core::pack::check`); a pack that fails it is not written.
//!
//! ```text
//! tandem pack <dir> -o <out.json>
//! ```
//!
//! The folder (`templates/README.md`, "Template packs"):
//!
//! ```text
//! pack.toml            id, version, issuer, source, date, languages (the first is the fallback)
//! <id>.toml            the template, in the format of templates/*.toml
//! locales/<lang>.ftl   its messages in each language named in pack.toml
//! ```

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{json, Value as Json};
use tandem_core::pack::{self, Pack};
use tandem_core::Lang;

pub const USAGE: &str = "usage: tandem pack <dir> -o <out.json>";

pub fn run(args: Vec<String>) -> Result<(), String> {
    let (dir, out) = crate::args::input_and_out(args, USAGE)?;
    let file = build(Path::new(&dir))?;
    std::fs::write(&out, file).map_err(|e| format!("{out}: {e}"))
}

/// The pack file of a folder, checked as the browser checks it.
pub fn build(dir: &Path) -> Result<String, String> {
    let read =
        |path: &Path| std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
    let meta_path = dir.join("pack.toml");
    let meta: toml::Table =
        toml::from_str(&read(&meta_path)?).map_err(|e| format!("{}: {e}", meta_path.display()))?;
    let field = |key: &str| {
        meta.get(key)
            .cloned()
            .ok_or_else(|| format!("{}: no `{key} = …`", meta_path.display()))
    };
    let id = field("id")?;
    let id = id
        .as_str()
        .ok_or_else(|| format!("{}: id is text", meta_path.display()))?;
    if !pack::is_pack_id(id) {
        // Checked again below; here because it becomes a file name.
        return Err(format!(
            "{}: id {id:?} is not [a-z0-9-]+",
            meta_path.display()
        ));
    }
    let template_path = dir.join(format!("{id}.toml"));
    let template: toml::Value = toml::from_str(&read(&template_path)?)
        .map_err(|e| format!("{}: {e}", template_path.display()))?;
    let languages = field("languages")?;
    let codes: Vec<&str> = languages
        .as_array()
        .map(|a| a.iter().filter_map(toml::Value::as_str).collect())
        .unwrap_or_default();
    let mut messages = BTreeMap::new();
    for code in &codes {
        let lang = Lang::from_code(code)
            .ok_or_else(|| format!("{}: unknown language {code:?}", meta_path.display()))?;
        messages.insert(
            lang.code(),
            read(&dir.join("locales").join(format!("{code}.ftl")))?,
        );
    }
    let date = match field("date")? {
        // An unquoted TOML date is a date value: the pack holds its text.
        toml::Value::Datetime(d) => Json::String(d.to_string()),
        other => to_json(other)?,
    };
    let file = json!({
        "format": pack::FORMAT,
        "id": id,
        "version": to_json(field("version")?)?,
        "issuer": to_json(field("issuer")?)?,
        "source": to_json(field("source")?)?,
        "date": date,
        "languages": to_json(languages)?,
        "template": to_json(template)?,
        "messages": messages,
    });
    let file = file.to_string();
    pack::check(file.as_bytes()).map_err(|e| format!("{}: {e}", dir.display()))?;
    Ok(file)
}

fn to_json(value: toml::Value) -> Result<Json, String> {
    serde_json::to_value(value).map_err(|e| e.to_string())
}

/// Reads a pack file for `tandem render --pack`, checked as the browser checks it.
pub fn read(path: &str) -> Result<Pack, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    pack::check(&bytes).map_err(|e| format!("{path}: {e}"))
}
