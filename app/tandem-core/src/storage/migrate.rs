//! Draft format migrations: every older draft format is brought up to [`FORMAT`] one step at a
//! time, on the JSON object before it becomes a [`crate::Draft`]. Adding format N+1 means
//! bumping [`FORMAT`] and appending one step function that turns an N object into an N+1 one
//! (plus a fixture `tests/fixtures/drafts/formats/vN+1.json`).

use serde_json::{Map, Value as Json};

use crate::draft::FORMAT;

/// One migration step: turns a draft object of format N into format N+1.
type Step = fn(&mut Map<String, Json>);

/// `STEPS[i]` turns format `i + 1` into format `i + 2`.
const STEPS: &[Step] = &[v1_to_v2];

// One step per format below the current one.
const _: () = assert!(STEPS.len() == FORMAT as usize - 1);

/// Brings a draft object of format `from` (1 ..= [`FORMAT`]) up to [`FORMAT`], setting its
/// `format` field; a format outside that range is left as it is (the caller rejects it).
pub fn migrate(draft: &mut Map<String, Json>, from: u32) {
    if !(1..=FORMAT).contains(&from) {
        return;
    }
    for step in &STEPS[from as usize - 1..] {
        step(draft);
    }
    draft.insert("format".into(), Json::from(FORMAT));
}

/// Format 2 adds the revision counter for the two-tab check: a format 1 draft has never been
/// saved with one, so it starts at 0.
fn v1_to_v2(draft: &mut Map<String, Json>) {
    draft.insert("revision".into(), Json::from(0u64));
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn object(value: Json) -> Map<String, Json> {
        match value {
            Json::Object(map) => map,
            _ => unreachable!("test input is an object"),
        }
    }

    #[test]
    fn a_format_1_draft_gets_revision_0_and_the_current_format() {
        let mut d = object(json!({"format": 1, "id": "a", "answers": {"x.y": "z"}, "kept": 1}));
        migrate(&mut d, 1);
        assert_eq!(
            Json::Object(d),
            json!({"format": FORMAT, "id": "a", "answers": {"x.y": "z"}, "kept": 1, "revision": 0})
        );
    }

    #[test]
    fn a_current_draft_is_left_as_it_is() {
        let before = object(json!({"format": FORMAT, "revision": 7}));
        let mut d = before.clone();
        migrate(&mut d, FORMAT);
        assert_eq!(d, before);
    }

    #[test]
    fn formats_outside_the_known_range_are_not_touched() {
        for from in [0, FORMAT + 1, u32::MAX] {
            let before = object(json!({"format": from}));
            let mut d = before.clone();
            migrate(&mut d, from);
            assert_eq!(d, before, "format {from}");
        }
    }
}
