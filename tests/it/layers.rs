//! The core in layers (`app/tandem-core/src/<layer>/`): a module uses modules of its own layer and
//! of the layers below it, never of a layer above, and no two modules use each other, directly or
//! round a longer circle, so there is a floor to start reading from.

use std::collections::{BTreeMap, BTreeSet};

use crate::{files_below, root};

/// The layers, from the floor up.
const LAYERS: &[&str] = &["base", "model", "rules", "storage", "output"];

/// Every core module with its layer's rank, and the core modules its code (tests left out, doc
/// comments too: a link to a higher layer explains, it does not use) names as `crate::<module>`.
fn modules() -> BTreeMap<String, (usize, BTreeSet<String>)> {
    let src = root().join("app/tandem-core/src");
    let mut modules = BTreeMap::new();
    for file in files_below(&src) {
        let Some((layer, name)) = file.split_once('/') else {
            continue;
        };
        let Some(rank) = LAYERS.iter().position(|l| *l == layer) else {
            panic!("{file}: not in a layer folder ({LAYERS:?})");
        };
        // A module in a folder of its own (`output/document/build.rs`) is one module with its
        // parts: their uses are the module's.
        let module = match name.split_once('/') {
            Some((folder, _)) => folder,
            None => match name.strip_suffix(".rs").filter(|m| *m != "mod") {
                Some(module) => module,
                None => continue,
            },
        };
        let source = std::fs::read_to_string(src.join(&file)).unwrap();
        let code = source.split("#[cfg(test)]").next().unwrap_or_default();
        let (_, uses) = modules
            .entry(module.to_string())
            .or_insert_with(|| (rank, BTreeSet::new()));
        for line in code.lines() {
            let line = line.trim_start();
            if line.starts_with("//") {
                continue;
            }
            for (at, _) in line.match_indices("crate::") {
                let used: String = line[at + 7..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !used.is_empty() && used != module {
                    uses.insert(used);
                }
            }
        }
    }
    modules
}

#[test]
fn no_core_module_uses_a_higher_layer() {
    let modules = modules();
    assert!(modules.len() > 15, "core modules not found: {modules:?}");
    let mut upward = Vec::new();
    for (module, (rank, uses)) in &modules {
        for used in uses {
            // Root re-exports of types (`crate::Template`) are named by their module elsewhere.
            let Some((used_rank, _)) = modules.get(used) else {
                continue;
            };
            if used_rank > rank {
                upward.push(format!(
                    "{module} ({}) uses {used} ({})",
                    LAYERS[*rank], LAYERS[*used_rank]
                ));
            }
        }
    }
    assert!(
        upward.is_empty(),
        "modules using a higher layer:\n{}",
        upward.join("\n")
    );
}

#[test]
fn no_core_modules_use_each_other_round_a_circle() {
    let modules = modules();
    // Depth-first search; a module met again while still on the path closes a circle.
    fn visit(
        module: &str,
        modules: &BTreeMap<String, (usize, BTreeSet<String>)>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
        circles: &mut Vec<String>,
    ) {
        if let Some(at) = path.iter().position(|m| m == module) {
            circles.push(format!("{} -> {module}", path[at..].join(" -> ")));
            return;
        }
        if !done.insert(module.to_string()) {
            return;
        }
        path.push(module.to_string());
        for used in modules
            .get(module)
            .map(|(_, u)| u.clone())
            .unwrap_or_default()
        {
            visit(&used, modules, path, done, circles);
        }
        path.pop();
    }
    let mut circles = Vec::new();
    let mut done = BTreeSet::new();
    for module in modules.keys() {
        visit(module, &modules, &mut Vec::new(), &mut done, &mut circles);
    }
    assert!(circles.is_empty(), "circles:\n{}", circles.join("\n"));
}
