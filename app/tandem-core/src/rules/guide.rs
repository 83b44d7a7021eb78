//! The route guide of the home screen ("Which request do I need?"): five answers lead to the
//! request types to start with, in order, each with the Fluent id of a one-line reason, and the
//! notes that qualify them. The rules follow the UNODC CASC tips (seed 000: preserve first, then
//! the MLA request; go to a provider directly where it accepts such requests, after checking;
//! without the 24/7 Network, the requested State's investigating or prosecuting authority) and
//! the sources of each request type; templates/SOURCES.md ("Route guide") gives the source of
//! each rule. A recommendation, never a legal conclusion: the official decides.

/// What data the requester needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Data {
    /// Subscriber information (who holds the account).
    Subscriber,
    /// Traffic data: IP addresses, log-in records, connection logs.
    Traffic,
    /// Content: messages, files, pictures.
    Content,
}

/// Whether the service provider accepts requests for these data directly from foreign
/// authorities.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    Direct,
    /// Only through the requested State.
    ThroughState,
    /// Not known yet.
    Unsure,
}

/// The legal basis that links the requesting and the requested State.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// Both are Parties to the Budapest Convention.
    Budapest,
    /// Another treaty: bilateral, regional or a UN convention.
    Treaty,
    /// No treaty: reciprocity or national law.
    Reciprocity,
}

impl Data {
    pub const ALL: [Data; 3] = [Data::Subscriber, Data::Traffic, Data::Content];
}

impl Reach {
    pub const ALL: [Reach; 3] = [Reach::Direct, Reach::ThroughState, Reach::Unsure];
}

impl Basis {
    pub const ALL: [Basis; 3] = [Basis::Budapest, Basis::Treaty, Basis::Reciprocity];
}

/// The guide's five answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Answers {
    pub data: Data,
    /// A life is at risk, or serious harm to a person is imminent.
    pub emergency: bool,
    pub reach: Reach,
    /// The data are already preserved.
    pub preserved: bool,
    pub basis: Basis,
}

/// One request to make: a template id and the Fluent id of why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub template: &'static str,
    pub reason: &'static str,
}

/// What the guide recommends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Advice {
    /// The requests in the order to make them; the first is where to start.
    pub steps: Vec<Step>,
    /// The request to make if the provider does not answer or declines (State to State).
    pub fallback: Option<Step>,
    /// Fluent ids of what qualifies the steps.
    pub notes: Vec<&'static str>,
}

/// The mutual legal assistance request for these data.
fn mla(data: Data) -> &'static str {
    match data {
        Data::Subscriber => "art31-subscriber",
        Data::Traffic => "art31-traffic",
        Data::Content => "art31-content",
    }
}

/// The guide's recommendation for these answers.
pub fn advise(a: &Answers) -> Advice {
    // Directly to the provider only where it is known to accept such requests; content is
    // disclosed only by mutual legal assistance, so never asked of a provider directly.
    let direct = a.reach == Reach::Direct;
    let mut steps = Vec::new();
    if a.emergency {
        let reason = match (direct, a.basis) {
            (true, _) => "guide-why-emergency-provider",
            (false, Basis::Budapest) => "guide-why-emergency-network",
            (false, _) => "guide-why-emergency-other",
        };
        steps.push(Step {
            template: "emergency-disclosure",
            reason,
        });
    }
    if !a.preserved {
        steps.push(match (direct, a.basis) {
            (true, _) => Step {
                template: "provider-preservation",
                reason: "guide-why-preserve-provider",
            },
            (false, Basis::Budapest) => Step {
                template: "art29-preservation",
                reason: "guide-why-preserve-network",
            },
            (false, _) => Step {
                template: "art29-preservation",
                reason: "guide-why-preserve-authority",
            },
        });
    }
    let mut fallback = None;
    if direct && a.data != Data::Content {
        steps.push(Step {
            template: "provider-disclosure",
            reason: "guide-why-provider-disclosure",
        });
        fallback = Some(Step {
            template: mla(a.data),
            reason: "guide-why-fallback",
        });
    } else {
        steps.push(Step {
            template: mla(a.data),
            reason: match a.data {
                Data::Content => "guide-why-mla-content",
                _ => "guide-why-mla",
            },
        });
    }
    let mut notes = Vec::new();
    if a.reach == Reach::Unsure {
        notes.push("guide-note-unsure");
    }
    if a.emergency {
        notes.push("guide-note-emergency");
    }
    if a.preserved {
        notes.push("guide-note-preserved");
    }
    match a.basis {
        Basis::Budapest => {}
        Basis::Treaty => notes.push("guide-note-treaty"),
        Basis::Reciprocity => notes.push("guide-note-reciprocity"),
    }
    Advice {
        steps,
        fallback,
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::Catalog;
    use crate::lang::Lang;
    use crate::registry;

    /// The request types the guide may recommend: those of templates/registry.toml and the two
    /// requests to a provider (branch `prov`).
    fn known() -> Vec<&'static str> {
        let mut ids: Vec<&'static str> = registry::TEMPLATES.iter().map(|(id, _)| *id).collect();
        for id in ["provider-preservation", "provider-disclosure"] {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }

    /// Every combination of answers.
    fn every() -> Vec<Answers> {
        let mut all = Vec::new();
        for data in Data::ALL {
            for emergency in [false, true] {
                for reach in Reach::ALL {
                    for preserved in [false, true] {
                        for basis in Basis::ALL {
                            all.push(Answers {
                                data,
                                emergency,
                                reach,
                                preserved,
                                basis,
                            });
                        }
                    }
                }
            }
        }
        all
    }

    fn ids(steps: &[Step]) -> Vec<&'static str> {
        steps.iter().map(|s| s.template).collect()
    }

    fn ask(data: Data, emergency: bool, reach: Reach, preserved: bool, basis: Basis) -> Advice {
        advise(&Answers {
            data,
            emergency,
            reach,
            preserved,
            basis,
        })
    }

    #[test]
    fn every_combination_leads_to_request_types_that_exist() {
        let known = known();
        let all = every();
        assert_eq!(all.len(), 108);
        for a in all {
            let advice = advise(&a);
            assert!(!advice.steps.is_empty(), "{a:?}");
            for step in advice.steps.iter().chain(&advice.fallback) {
                assert!(known.contains(&step.template), "{a:?}: {}", step.template);
            }
            // Each request type once, so each has one button.
            let mut templates = ids(&advice.steps);
            templates.extend(advice.fallback.map(|s| s.template));
            let count = templates.len();
            templates.sort();
            templates.dedup();
            assert_eq!(templates.len(), count, "{a:?}");
        }
    }

    #[test]
    fn every_combination_follows_the_rules() {
        for a in every() {
            let advice = advise(&a);
            let steps = ids(&advice.steps);
            // A life at risk: the emergency request first, and only then.
            assert_eq!(steps[0] == "emergency-disclosure", a.emergency, "{a:?}");
            assert_eq!(
                steps.contains(&"emergency-disclosure"),
                a.emergency,
                "{a:?}"
            );
            // Preserve first, unless already preserved; to the provider only when it accepts.
            let preserve = steps
                .iter()
                .position(|t| t.ends_with("-preservation"))
                .map(|at| steps[at]);
            match (a.preserved, a.reach) {
                (true, _) => assert_eq!(preserve, None, "{a:?}"),
                (false, Reach::Direct) => {
                    assert_eq!(preserve, Some("provider-preservation"), "{a:?}")
                }
                (false, _) => assert_eq!(preserve, Some("art29-preservation"), "{a:?}"),
            }
            // Disclosure last: content only by mutual legal assistance; other data from a
            // provider that accepts requests, with mutual legal assistance as the fallback.
            let last = *steps.last().unwrap();
            let mla = match a.data {
                Data::Subscriber => "art31-subscriber",
                Data::Traffic => "art31-traffic",
                Data::Content => "art31-content",
            };
            if a.reach == Reach::Direct && a.data != Data::Content {
                assert_eq!(last, "provider-disclosure", "{a:?}");
                assert_eq!(advice.fallback.map(|s| s.template), Some(mla), "{a:?}");
            } else {
                assert_eq!(last, mla, "{a:?}");
                assert_eq!(advice.fallback, None, "{a:?}");
            }
            assert!(
                !steps.iter().any(|t| t.starts_with("provider-")) || a.reach == Reach::Direct,
                "{a:?}"
            );
            // The legal basis changes no request type, only the notes: the basis is chosen in
            // the form.
            let budapest = advise(&Answers {
                basis: Basis::Budapest,
                ..a
            });
            assert_eq!(ids(&budapest.steps), steps, "{a:?}");
            assert_eq!(
                advice.notes.contains(&"guide-note-treaty"),
                a.basis == Basis::Treaty
            );
            assert_eq!(
                advice.notes.contains(&"guide-note-reciprocity"),
                a.basis == Basis::Reciprocity
            );
            assert_eq!(
                advice.notes.contains(&"guide-note-unsure"),
                a.reach == Reach::Unsure
            );
            assert_eq!(advice.notes.contains(&"guide-note-emergency"), a.emergency);
            assert_eq!(advice.notes.contains(&"guide-note-preserved"), a.preserved);
        }
    }

    #[test]
    fn the_examples_of_the_brief() {
        use Basis::*;
        use Data::*;
        use Reach::*;
        // A life at risk, provider reachable: its emergency channel, then preserve and ask it.
        let a = ask(Traffic, true, Direct, false, Budapest);
        assert_eq!(
            ids(&a.steps),
            [
                "emergency-disclosure",
                "provider-preservation",
                "provider-disclosure"
            ]
        );
        assert_eq!(a.steps[0].reason, "guide-why-emergency-provider");
        // Not reachable: the 24/7 Network between Budapest Parties, the basis named otherwise.
        let a = ask(Content, true, ThroughState, true, Budapest);
        assert_eq!(ids(&a.steps), ["emergency-disclosure", "art31-content"]);
        assert_eq!(a.steps[0].reason, "guide-why-emergency-network");
        let a = ask(Subscriber, true, Unsure, true, Reciprocity);
        assert_eq!(a.steps[0].reason, "guide-why-emergency-other");
        // Content: preserve first (at the provider if it accepts), then mutual legal assistance.
        let a = ask(Content, false, Direct, false, Budapest);
        assert_eq!(ids(&a.steps), ["provider-preservation", "art31-content"]);
        assert_eq!(a.steps[1].reason, "guide-why-mla-content");
        let a = ask(Content, false, ThroughState, false, Treaty);
        assert_eq!(ids(&a.steps), ["art29-preservation", "art31-content"]);
        assert_eq!(a.steps[0].reason, "guide-why-preserve-authority");
        assert_eq!(a.notes, ["guide-note-treaty"]);
        // Subscriber information from a provider that accepts requests, MLA as the fallback.
        let a = ask(Subscriber, false, Direct, false, Budapest);
        assert_eq!(
            ids(&a.steps),
            ["provider-preservation", "provider-disclosure"]
        );
        assert_eq!(
            a.fallback,
            Some(Step {
                template: "art31-subscriber",
                reason: "guide-why-fallback"
            })
        );
        assert!(a.notes.is_empty());
        // Already preserved, through the 24/7 Network: straight to the MLA request.
        let a = ask(Traffic, false, ThroughState, true, Budapest);
        assert_eq!(ids(&a.steps), ["art31-traffic"]);
        assert_eq!(a.steps[0].reason, "guide-why-mla");
        assert_eq!(a.notes, ["guide-note-preserved"]);
        // Unsure whether the provider accepts: through the requested State, and say so.
        let a = ask(Traffic, false, Unsure, false, Budapest);
        assert_eq!(ids(&a.steps), ["art29-preservation", "art31-traffic"]);
        assert_eq!(a.steps[0].reason, "guide-why-preserve-network");
        assert_eq!(a.notes, ["guide-note-unsure"]);
    }

    #[test]
    fn every_reason_and_note_is_an_english_message() {
        let catalog = Catalog::new(&[Lang::En], false).unwrap();
        for a in every() {
            let advice = advise(&a);
            for id in advice
                .steps
                .iter()
                .chain(&advice.fallback)
                .map(|s| s.reason)
                .chain(advice.notes)
            {
                assert!(catalog.has(Lang::En, id), "{a:?}: {id}");
            }
        }
    }
}
