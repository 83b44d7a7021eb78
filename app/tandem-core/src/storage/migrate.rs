//! Draft format migrations: every older draft format is brought up to [`FORMAT`] one step at a
//! time, on the JSON object before it becomes a [`crate::Draft`]. Adding format N+1 means
//! bumping [`FORMAT`] and appending one step function that turns an N object into an N+1 one
//! (plus a fixture `tests/fixtures/drafts/formats/vN+1.json`).

use serde_json::{Map, Value as Json};

use crate::draft::FORMAT;

/// One migration step: turns a draft object of format N into format N+1.
type Step = fn(&mut Map<String, Json>);

/// `STEPS[i]` turns format `i + 1` into format `i + 2`.
const STEPS: &[Step] = &[v1_to_v2, v2_to_v3];

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

/// The request types written under the Convention on Cybercrime before format 3.
const BUDAPEST_TEMPLATES: &[&str] = &[
    "art29-preservation",
    "art31-subscriber",
    "art31-traffic",
    "art31-content",
];

/// Format 3 adds the legal basis a request rests on (templates/bases.toml), chosen in the form.
/// A request of the preservation or Article 31 types written before was written under the
/// Convention on Cybercrime: its title block and labels cited the Convention's articles, which
/// the user saw and printed. It keeps that basis (`basis.basis = budapest`), so that it prints as
/// before; a new request has none until the user picks one. An emergency request on the channel
/// "other" (a channel or legal basis typed by the user) moves to the bilateral-treaty option,
/// which took its place, with the text typed (and its translation) kept as that option's detail.
fn v2_to_v3(draft: &mut Map<String, Json>) {
    let template = draft.get("template").and_then(Json::as_str).unwrap_or("");
    let budapest = BUDAPEST_TEMPLATES.contains(&template);
    let emergency = template == "emergency-disclosure";
    let Some(Json::Object(answers)) = draft.get_mut("answers") else {
        return;
    };
    if budapest && !answers.contains_key("basis.basis") {
        answers.insert("basis.basis".into(), Json::from("budapest"));
    }
    if emergency && answers.get("channel.basis").and_then(Json::as_str) == Some("other") {
        answers.insert("channel.basis".into(), Json::from("bilateral"));
        const OLD: &str = "channel.basis.other.detail";
        let moved: Vec<String> = answers
            .keys()
            .filter(|k| {
                k.strip_prefix(OLD)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('#'))
            })
            .cloned()
            .collect();
        for key in moved {
            if let Some(value) = answers.remove(&key) {
                let new = key.replacen(OLD, "channel.basis.bilateral.detail", 1);
                answers.entry(new).or_insert(value);
            }
        }
    }
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
    fn a_format_2_budapest_request_keeps_the_convention_as_its_basis() {
        for template in BUDAPEST_TEMPLATES {
            let mut d = object(json!({"format": 2, "template": template, "answers": {"x.y": "z"}}));
            migrate(&mut d, 2);
            assert_eq!(
                d["answers"],
                json!({"x.y": "z", "basis.basis": "budapest"}),
                "{template}"
            );
        }
        // A basis already chosen is kept; another request type gets none.
        let mut d = object(json!({"format": 2, "template": "art29-preservation",
            "answers": {"basis.basis": "untoc"}}));
        migrate(&mut d, 2);
        assert_eq!(d["answers"], json!({"basis.basis": "untoc"}));
        let mut d = object(json!({"format": 2, "template": "emergency-disclosure",
            "answers": {"channel.basis": "protocol-art9"}}));
        migrate(&mut d, 2);
        assert_eq!(d["answers"], json!({"channel.basis": "protocol-art9"}));
    }

    #[test]
    fn an_emergency_request_on_another_channel_moves_to_a_bilateral_treaty_with_its_text() {
        let mut d = object(
            json!({"format": 2, "template": "emergency-disclosure", "answers": {
            "channel.basis": "other",
            "channel.basis.other.detail": "Treaty of 1998, Art. 5",
            "channel.basis.other.detail#b": "Договор 1998 г., ст. 5",
            "channel.basis.other.detailed": "kept"}}),
        );
        migrate(&mut d, 2);
        assert_eq!(
            d["answers"],
            json!({
                "channel.basis": "bilateral",
                "channel.basis.bilateral.detail": "Treaty of 1998, Art. 5",
                "channel.basis.bilateral.detail#b": "Договор 1998 г., ст. 5",
                "channel.basis.other.detailed": "kept"})
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
