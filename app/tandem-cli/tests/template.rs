//! `tandem template` and `tandem providers`: the file a host drops into `dist/templates/` is the
//! template as the app reads it, and a broken template is refused, not written; the provider
//! profiles the site serves are the ones the host embeds.

use std::path::PathBuf;
use std::process::Command;

use tandem_core::registry;
use tandem_core::template::parse_template_json;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn tandem(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(args)
        .output()
        .expect("the tandem binary runs")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tandem-template-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn build_writes_the_template_the_app_reads() {
    let dir = scratch("build");
    let out = dir.join("art31-traffic.json");
    let source = root().join("templates/art31-traffic.toml");
    let run = tandem(&[
        "template",
        "build",
        source.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let served = parse_template_json(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(served, registry::template("art31-traffic").unwrap());
}

#[test]
fn build_refuses_a_broken_template_and_writes_nothing() {
    let dir = scratch("broken");
    let source = std::fs::read_to_string(root().join("templates/art31-traffic.toml")).unwrap();
    let broken = dir.join("broken.toml");
    std::fs::write(
        &broken,
        source.replace("id = \"art31-traffic\"", "id = \"Art 31!\""),
    )
    .unwrap();
    let out = dir.join("broken.json");
    let run = tandem(&[
        "template",
        "build",
        broken.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("Art 31!"));
    assert!(!out.exists());
}

#[test]
fn site_writes_every_registered_template_and_their_list() {
    let dir = scratch("site");
    let templates = root().join("templates");
    let run = tandem(&[
        "template",
        "site",
        templates.to_str().unwrap(),
        "-o",
        dir.to_str().unwrap(),
    ]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let list =
        registry::parse_template_list(&std::fs::read_to_string(dir.join("index.txt")).unwrap())
            .unwrap();
    let ids: Vec<&str> = list.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(ids, registry::TEMPLATE_IDS);
    for listed in &list {
        let json = std::fs::read_to_string(dir.join(format!("{}.json", listed.id))).unwrap();
        let template = parse_template_json(&json).unwrap();
        assert_eq!(template.title, listed.title);
        assert_eq!(template, registry::template(&listed.id).unwrap());
    }
}

#[test]
fn providers_writes_the_profiles_the_app_reads() {
    let dir = scratch("providers");
    let out = dir.join("providers.json");
    let run = tandem(&["providers", "-o", out.to_str().unwrap()]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let served = registry::parse_provider_list(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(served, registry::providers().unwrap());
    assert!(!tandem(&["providers"]).status.success());
}
