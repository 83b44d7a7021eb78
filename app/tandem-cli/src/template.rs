//! `tandem template`: a template as the site serves it. The browser carries no TOML parser and no
//! template: it fetches `templates/<id>.json` when a request of that type opens, and
//! `templates/index.txt` (the request types it offers, in menu order) for the home screen.
//!
//! ```text
//! tandem template build <template.toml> -o <out.json>   one template, checked
//! tandem template site <templates dir> -o <out dir>     every template registry.toml names, and
//!                                                       the list (index.txt)
//! ```

use std::path::Path;

use tandem_core::registry::{self, Listed};
use tandem_core::template::parse_template_json;

pub const USAGE: &str = "usage: tandem template build <template.toml> -o <out.json>\n       \
     tandem template site <templates dir> -o <out dir>";

pub fn run(args: Vec<String>) -> Result<(), String> {
    let mut args = args.into_iter();
    let command = args.next();
    let (input, out) = crate::args::input_and_out(args, USAGE)?;
    match command.as_deref() {
        Some("build") => {
            let (_, json) = served(Path::new(&input))?;
            std::fs::write(&out, json).map_err(|e| format!("{out}: {e}"))
        }
        Some("site") => site(Path::new(&input), Path::new(&out)),
        _ => Err(USAGE.to_string()),
    }
}

/// A template file as the site serves it: its TOML as JSON, once it parses and passes the
/// template checks; with its title, for the list.
pub fn served(path: &Path) -> Result<(Listed, String), String> {
    let name = path.display();
    let source = std::fs::read_to_string(path).map_err(|e| format!("{name}: {e}"))?;
    let value: toml::Value = toml::from_str(&source).map_err(|e| format!("{name}: {e}"))?;
    let json = serde_json::to_string(&value).map_err(|e| format!("{name}: {e}"))?;
    let template = parse_template_json(&json).map_err(|e| format!("{name}: {e}"))?;
    let listed = Listed {
        reply: template.reply.is_some(),
        id: template.id,
        title: template.title,
    };
    Ok((listed, json))
}

/// Every template `registry.toml` in `dir` names, written to `out` as `<id>.json`, and the list
/// of them, in the registry's order, as `index.txt`.
fn site(dir: &Path, out: &Path) -> Result<(), String> {
    let registry_file = dir.join("registry.toml");
    let name = registry_file.display();
    let source = std::fs::read_to_string(&registry_file).map_err(|e| format!("{name}: {e}"))?;
    let table: toml::Table = toml::from_str(&source).map_err(|e| format!("{name}: {e}"))?;
    let ids = table
        .get("templates")
        .and_then(toml::Value::as_array)
        .ok_or_else(|| format!("{name}: no list `templates = [ … ]`"))?;
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut list = Vec::new();
    for id in ids {
        let id = id
            .as_str()
            .ok_or_else(|| format!("{name}: template ids are strings"))?;
        let (listed, json) = served(&dir.join(format!("{id}.toml")))?;
        if listed.id != id {
            return Err(format!("{id}.toml: its id is {:?}", listed.id));
        }
        let file = out.join(format!("{id}.json"));
        std::fs::write(&file, json).map_err(|e| format!("{}: {e}", file.display()))?;
        list.push(listed);
    }
    let file = out.join("index.txt");
    std::fs::write(&file, registry::template_list(&list))
        .map_err(|e| format!("{}: {e}", file.display()))
}
