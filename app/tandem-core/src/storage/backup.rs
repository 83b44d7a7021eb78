//! Backup: every stored draft in one file, and the one way to bring a file in (a backup, a
//! draft or a locked draft). Pure: the caller passes what is stored and gets back what to
//! write and a report to show. An import never writes over a stored entry: a draft whose id is
//! taken is skipped if the same content is already stored (under that id or, from an earlier
//! import, as a copy), and otherwise added as a copy under a new id.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value as Json;
use sha2::{Digest, Sha256};

use crate::draft::{Draft, MAX_BYTES as DRAFT_MAX_BYTES};
use crate::envelope::Envelope;
use crate::import::{self, copy_id, is_safe_id, ImportError, Opened, MAX_ID_LEN};

/// The backup file format written by this version.
pub const FORMAT: u32 = 1;

/// The key that marks a file as a backup; its value is the backup format.
pub const TAG: &str = "tandem-backup";

/// Largest backup file accepted (all of a browser's local storage fits several times).
pub const MAX_BYTES: usize = 16 * 1024 * 1024;

/// A backup nests two levels above its drafts (file object, list).
const MAX_DEPTH: usize = import::MAX_DEPTH + 2;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(rename = "tandem-backup")]
    format: u32,
    #[serde(default)]
    created: String,
    #[serde(default)]
    drafts: Vec<Json>,
    #[serde(default)]
    locked: Vec<Locked>,
}

/// A locked draft in a backup: the id it was stored under and its envelope.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Locked {
    id: String,
    envelope: Json,
}

/// A backup file and the stored entries it could not include.
#[derive(Debug, PartialEq)]
pub struct Export {
    /// The file to download.
    pub text: String,
    /// Ids of stored entries that cannot be read (offer them for download as they are).
    pub unreadable: Vec<String>,
}

/// Writes every stored entry, given as (id, stored text), into one backup file dated
/// `created`. Locked drafts stay locked; drafts of a newer format are kept as they are.
pub fn export(stored: &[(String, String)], created: &str) -> Export {
    let mut file = File {
        format: FORMAT,
        created: created.to_string(),
        drafts: Vec::new(),
        locked: Vec::new(),
    };
    let mut unreadable = Vec::new();
    for (id, text) in stored {
        let draft = |d: &Draft| serde_json::to_value(d).unwrap_or_default();
        match import::open(text.as_bytes()) {
            Ok(Opened::Draft(d)) => file.drafts.push(draft(&d)),
            Ok(Opened::ReadOnly(r)) => file.drafts.push(draft(r.draft())),
            Ok(Opened::Locked(envelope)) => file.locked.push(Locked {
                id: id.clone(),
                envelope: serde_json::from_slice(envelope.to_text().as_bytes()).unwrap_or_default(),
            }),
            Err(_) => unreadable.push(id.clone()),
        }
    }
    Export {
        // Strings and JSON values always serialise.
        text: serde_json::to_string_pretty(&file).unwrap_or_default(),
        unreadable,
    }
}

/// What became of one draft of an imported file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Imported {
    /// Added under its own id.
    Added,
    /// Its id was taken by different content: added as a copy under this id.
    Copied(String),
    /// The same content is already stored under its id.
    Skipped,
    /// Not imported, and why.
    Rejected(ImportError),
}

impl Imported {
    /// The Fluent message of the report line (`$id`, and `$copy` for a copy); a rejected
    /// draft's line is followed by its error's message.
    pub fn message_id(&self) -> &'static str {
        match self {
            Imported::Added => "backup-added",
            Imported::Copied(_) => "backup-copied",
            Imported::Skipped => "backup-skipped",
            Imported::Rejected(_) => "backup-rejected",
        }
    }
}

/// One line of the import report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The draft's id in the file (shortened; empty if it has none): never shown.
    pub id: String,
    /// What the report calls the draft: its name, else its reference number, else a locked
    /// draft's label ("" when it has none, or could not be read).
    pub name: String,
    pub imported: Imported,
    /// For a draft already saved: its entry as the file has it, to bring in as a copy if the
    /// user asks ([`Outcome::as_copy`]).
    again: Option<String>,
}

impl Outcome {
    /// A draft already saved, brought in all the same: (a free id, the entry to store under it),
    /// `taken` saying which ids are not free. None for any other outcome.
    pub fn as_copy(&self, taken: impl Fn(&str) -> bool) -> Option<(String, String)> {
        let text = self.again.as_deref()?;
        let id = copy_id(&self.id, taken);
        match import::open(text.as_bytes()).ok()? {
            Opened::Draft(draft) => {
                let copy = Draft {
                    revision: 0,
                    ..draft.with_id(&id)
                };
                Some((id, copy.to_json()))
            }
            // A locked draft names no id inside: the same envelope under the new one.
            Opened::Locked(envelope) => Some((id, envelope.to_text())),
            Opened::ReadOnly(_) => None,
        }
    }
}

/// What the report calls a draft in a file that could not be read as one: the name or reference
/// it seems to have, if any.
fn name_in(value: &Json) -> String {
    let name = value.get("name").and_then(Json::as_str).unwrap_or("");
    let reference = value
        .get("answers")
        .and_then(|a| a.get("reference.reference"))
        .and_then(Json::as_str)
        .unwrap_or("");
    let name = if name.trim().is_empty() {
        reference
    } else {
        name
    };
    name.chars().take(200).collect()
}

/// What an import writes and what it tells the user.
#[derive(Debug, Default, PartialEq)]
pub struct Plan {
    /// (id, text) to store, each under an id that was free.
    pub writes: Vec<(String, String)>,
    /// One line per draft in the file, in file order.
    pub report: Vec<Outcome>,
}

/// Reads a backup, a draft file or a locked draft file against the stored entries
/// (id → stored text) and the request types the app offers (a draft of another is refused with
/// [`ImportError::UnknownTemplate`]). Nothing is written: the caller stores [`Plan::writes`].
pub fn import(
    bytes: &[u8],
    stored: &BTreeMap<String, String>,
    offered: &[&str],
) -> Result<Plan, ImportError> {
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge);
    }
    let value = import::parse_json(bytes, MAX_DEPTH)?;
    let mut plan = Planner {
        stored,
        plan: Plan::default(),
    };
    let Some(format) = value.get(TAG) else {
        // Not a backup: one draft, with the limits of one draft.
        match import::open(bytes)? {
            Opened::Draft(d) if !offered.contains(&d.template.as_str()) => {
                return Err(ImportError::UnknownTemplate(d.template))
            }
            Opened::Draft(d) => plan.add_draft(d),
            Opened::ReadOnly(r) => {
                return Err(ImportError::NewerFormat(u64::from(r.draft().format)))
            }
            Opened::Locked(envelope) => {
                // The file does not say which id it had: name it by its content, so importing
                // the same file twice finds it already there.
                let digest = Sha256::digest(envelope.to_text().as_bytes());
                let hex: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
                plan.add_locked(format!("locked-{hex}"), envelope);
            }
        }
        return Ok(plan.plan);
    };
    match format.as_u64() {
        Some(f) if f > u64::from(FORMAT) => return Err(ImportError::NewerFormat(f)),
        Some(f) if f == u64::from(FORMAT) => {}
        _ => return Err(ImportError::UnknownFormat),
    }
    let file: File = serde_json::from_value(value).map_err(|_| ImportError::NotDraft)?;
    for draft in file.drafts {
        let id = short(draft.get("id").and_then(Json::as_str).unwrap_or(""));
        let name = name_in(&draft);
        let too_large = serde_json::to_string(&draft).map_or(true, |s| s.len() > DRAFT_MAX_BYTES);
        let opened = if too_large {
            Err(ImportError::TooLarge)
        } else {
            import::open_value(draft)
        };
        match opened {
            Ok(Opened::Draft(d)) if !offered.contains(&d.template.as_str()) => {
                plan.reject(id, name, ImportError::UnknownTemplate(d.template))
            }
            Ok(Opened::Draft(d)) => plan.add_draft(d),
            Ok(Opened::ReadOnly(r)) => plan.reject(
                id,
                name,
                ImportError::NewerFormat(u64::from(r.draft().format)),
            ),
            Ok(Opened::Locked(_)) => plan.reject(id, name, ImportError::NotDraft),
            Err(e) => plan.reject(id, name, e),
        }
    }
    for locked in file.locked {
        let envelope = match locked.envelope {
            Json::Object(object) => Envelope::from_object(object).ok(),
            _ => None,
        };
        match envelope {
            _ if !is_safe_id(&locked.id) => {
                plan.reject(short(&locked.id), String::new(), ImportError::BadId)
            }
            Some(envelope) => plan.add_locked(locked.id, envelope),
            None => plan.reject(locked.id, String::new(), ImportError::NotDraft),
        }
    }
    Ok(plan.plan)
}

/// An id as shown in the report.
fn short(id: &str) -> String {
    id.chars().take(MAX_ID_LEN).collect()
}

struct Planner<'a> {
    stored: &'a BTreeMap<String, String>,
    plan: Plan,
}

impl Planner<'_> {
    /// What is, or will be after this import, stored under `id`.
    fn at(&self, id: &str) -> Option<&str> {
        self.plan
            .writes
            .iter()
            .find(|(w, _)| w == id)
            .map(|(_, text)| text.as_str())
            .or_else(|| self.stored.get(id).map(String::as_str))
    }

    /// Every entry stored or about to be.
    fn all(&self) -> impl Iterator<Item = &str> {
        let planned = self.plan.writes.iter().map(|(_, text)| text.as_str());
        planned.chain(self.stored.values().map(String::as_str))
    }

    fn free_copy_id(&self, id: &str) -> String {
        copy_id(id, |candidate| self.at(candidate).is_some())
    }

    fn add_draft(&mut self, mut draft: Draft) {
        let id = draft.id.clone();
        let name = draft.label().to_string();
        let same = |text: &str| matches!(import::open(text.as_bytes()), Ok(Opened::Draft(here)) if same_content(&here, &draft));
        let imported = match self.at(&id) {
            None => Imported::Added,
            Some(_) if self.all().any(same) => Imported::Skipped,
            Some(_) => {
                draft.id = self.free_copy_id(&id);
                draft.revision = 0;
                Imported::Copied(draft.id.clone())
            }
        };
        let again = if imported == Imported::Skipped {
            Some(draft.to_json())
        } else {
            self.plan.writes.push((draft.id.clone(), draft.to_json()));
            None
        };
        self.plan.report.push(Outcome {
            id,
            name,
            imported,
            again,
        });
    }

    fn add_locked(&mut self, id: String, envelope: Envelope) {
        let same = |text: &str| Envelope::parse(text).is_ok_and(|here| here == envelope);
        let imported = match self.at(&id) {
            None => Imported::Added,
            Some(_) if self.all().any(same) => Imported::Skipped,
            Some(_) => Imported::Copied(self.free_copy_id(&id)),
        };
        let mut again = None;
        match &imported {
            Imported::Added => self.plan.writes.push((id.clone(), envelope.to_text())),
            Imported::Copied(copy) => self.plan.writes.push((copy.clone(), envelope.to_text())),
            _ => again = Some(envelope.to_text()),
        }
        self.plan.report.push(Outcome {
            id,
            name: envelope.label().to_string(),
            imported,
            again,
        });
    }

    fn reject(&mut self, id: String, name: String, error: ImportError) {
        self.plan.report.push(Outcome {
            id,
            name,
            imported: Imported::Rejected(error),
            again: None,
        });
    }
}

/// Whether two drafts say the same, whatever their ids, save counts and edit times.
fn same_content(a: &Draft, b: &Draft) -> bool {
    let plain = |d: &Draft| Draft {
        id: String::new(),
        revision: 0,
        modified: String::new(),
        ..d.clone()
    };
    plain(a) == plain(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::lock::Key;
    use crate::registry::TEMPLATE_IDS;

    #[test]
    fn a_draft_of_a_request_type_not_offered_is_refused_alone_or_in_a_backup() {
        let a = draft("a", "REF-1");
        let offered = ["art31-traffic"];
        assert_eq!(
            import(a.to_json().as_bytes(), &BTreeMap::new(), &offered),
            Err(ImportError::UnknownTemplate("art29-preservation".into()))
        );
        let backup = export(&[("a".to_string(), a.to_json())], "2026-12-06T10:00:00Z");
        let plan = import(backup.text.as_bytes(), &BTreeMap::new(), &offered).unwrap();
        assert!(plan.writes.is_empty());
        assert_eq!(
            plan.report[0].imported,
            Imported::Rejected(ImportError::UnknownTemplate("art29-preservation".into()))
        );
        let plan = import(a.to_json().as_bytes(), &BTreeMap::new(), TEMPLATE_IDS).unwrap();
        assert_eq!(plan.writes.len(), 1);
    }

    fn draft(id: &str, reference: &str) -> Draft {
        let t = crate::registry::template("art29-preservation").unwrap();
        let mut d = Draft::new(id, &t, [Lang::En, Lang::Ru]);
        d.set_text("reference.reference", reference);
        d
    }

    fn stored(drafts: &[&Draft]) -> BTreeMap<String, String> {
        drafts.iter().map(|d| (d.id.clone(), d.to_json())).collect()
    }

    fn entries(map: &BTreeMap<String, String>) -> Vec<(String, String)> {
        map.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
    }

    #[test]
    fn a_backup_restores_everything_into_an_empty_browser() {
        let key = Key::create("passphrase").unwrap();
        let mut here = stored(&[&draft("a", "PR-1"), &draft("b", "PR-2")]);
        let locked = key.seal(&draft("c", "PR-3")).unwrap();
        here.insert("c".into(), locked.to_text());
        here.insert("broken".into(), "{\"format\": 2, \"id\": ".into());
        let export = export(&entries(&here), "2026-11-22T10:00:00Z");
        assert_eq!(export.unreadable, ["broken"]);
        assert!(!export.text.contains("PR-3"));
        let plan = import(export.text.as_bytes(), &BTreeMap::new(), TEMPLATE_IDS).unwrap();
        here.remove("broken");
        let written: BTreeMap<_, _> = plan.writes.into_iter().collect();
        assert_eq!(written, here);
        assert!(plan.report.iter().all(|o| o.imported == Imported::Added));
        let Ok(Opened::Draft(c)) = key.open(&Envelope::parse(&written["c"]).unwrap(), "c") else {
            panic!("locked draft lost")
        };
        assert_eq!(c.text("reference.reference"), "PR-3");
    }

    #[test]
    fn an_import_skips_what_is_there_and_copies_on_conflict() {
        let a = draft("a", "PR-1");
        let b = draft("b", "PR-2");
        let file = export(&entries(&stored(&[&a, &b])), "").text;
        let mut edited = a.clone();
        edited.revision = 9;
        edited.modified = "2026-11-22T10:00:00Z".into();
        let here = stored(&[&edited, &draft("b", "PR-2 changed"), &draft("b-copy", "x")]);
        let plan = import(file.as_bytes(), &here, TEMPLATE_IDS).unwrap();
        assert_eq!(
            plan.report,
            [
                Outcome {
                    id: "a".into(),
                    name: "PR-1".into(),
                    imported: Imported::Skipped,
                    again: Some(a.to_json()),
                },
                Outcome {
                    id: "b".into(),
                    name: "PR-2".into(),
                    imported: Imported::Copied("b-copy2".into()),
                    again: None,
                },
            ]
        );
        // The draft already saved can be brought in as a copy, under a free id.
        let (id, text) = plan.report[0].as_copy(|id| here.contains_key(id)).unwrap();
        assert_eq!(id, "a-copy");
        let copy = crate::import::parse(text.as_bytes()).unwrap();
        assert_eq!((copy.id.as_str(), copy.revision), ("a-copy", 0));
        assert_eq!(copy.text("reference.reference"), "PR-1");
        assert_eq!(plan.report[1].as_copy(|_| false), None);
        assert_eq!(plan.writes.len(), 1);
        let copy = crate::import::parse(plan.writes[0].1.as_bytes()).unwrap();
        assert_eq!(
            (copy.id.as_str(), copy.text("reference.reference")),
            ("b-copy2", "PR-2")
        );
        // Importing the same file again adds nothing new over what the first import wrote.
        let mut after = here.clone();
        after.extend(plan.writes);
        assert!(import(file.as_bytes(), &after, TEMPLATE_IDS)
            .unwrap()
            .writes
            .is_empty());
    }

    #[test]
    fn single_draft_and_locked_files_import_the_same_way() {
        let a = draft("a", "PR-1");
        let plan = import(a.to_json().as_bytes(), &BTreeMap::new(), TEMPLATE_IDS).unwrap();
        assert_eq!(plan.writes, [("a".to_string(), a.to_json())]);
        let v1 = include_str!("../../../../tests/fixtures/drafts/formats/v1.json");
        let plan = import(v1.as_bytes(), &BTreeMap::new(), TEMPLATE_IDS).unwrap();
        assert_eq!(plan.report[0].imported, Imported::Added);
        let envelope = Key::create("passphrase")
            .unwrap()
            .seal(&a)
            .unwrap()
            .to_text();
        let plan = import(envelope.as_bytes(), &BTreeMap::new(), TEMPLATE_IDS).unwrap();
        let (id, text) = &plan.writes[0];
        assert!(id.starts_with("locked-") && is_safe_id(id));
        assert_eq!(text, &envelope);
        let again = import(
            envelope.as_bytes(),
            &plan.writes.iter().cloned().collect(),
            TEMPLATE_IDS,
        )
        .unwrap();
        assert_eq!(again.report[0].imported, Imported::Skipped);
    }

    #[test]
    fn bad_entries_are_reported_and_the_rest_imported() {
        let good = serde_json::to_value(draft("a", "PR-1")).unwrap();
        let mut bad_id = good.clone();
        bad_id["id"] = "../x".into();
        let mut newer = good.clone();
        newer["id"] = "n".into();
        newer["format"] = (crate::draft::FORMAT + 1).into();
        let file = serde_json::json!({"tandem-backup": 1, "drafts": [bad_id, good, newer, 7],
            "locked": [{"id": "l", "envelope": {"tandem-lock": 1}}, {"id": "a b", "envelope": {}}]});
        let plan = import(file.to_string().as_bytes(), &BTreeMap::new(), TEMPLATE_IDS).unwrap();
        let results: Vec<_> = plan.report.iter().map(|o| o.imported.clone()).collect();
        use ImportError::*;
        assert_eq!(
            results,
            [
                Imported::Rejected(BadId),
                Imported::Added,
                Imported::Rejected(NewerFormat(u64::from(crate::draft::FORMAT) + 1)),
                Imported::Rejected(NotDraft),
                Imported::Rejected(NotDraft),
                Imported::Rejected(BadId),
            ]
        );
        assert_eq!(plan.writes.len(), 1);
    }

    #[test]
    fn whole_file_errors_change_nothing() {
        let none = BTreeMap::new();
        assert_eq!(
            import(&vec![b' '; MAX_BYTES + 1], &none, TEMPLATE_IDS),
            Err(ImportError::TooLarge)
        );
        assert_eq!(
            import(
                br#"{"tandem-backup": 2, "drafts": []}"#,
                &none,
                TEMPLATE_IDS
            ),
            Err(ImportError::NewerFormat(2))
        );
        assert_eq!(
            import(br#"{"tandem-backup": "1"}"#, &none, TEMPLATE_IDS),
            Err(ImportError::UnknownFormat)
        );
        assert_eq!(
            import(
                br#"{"tandem-backup": 1, "drafts": {}}"#,
                &none,
                TEMPLATE_IDS
            ),
            Err(ImportError::NotDraft)
        );
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert_eq!(
            import(deep.as_bytes(), &none, TEMPLATE_IDS),
            Err(ImportError::TooDeep)
        );
        // One draft file keeps the limits of one draft.
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert_eq!(
            import(deep.as_bytes(), &none, TEMPLATE_IDS),
            Err(ImportError::TooDeep)
        );
    }
}
