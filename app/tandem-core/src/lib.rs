//! Tandem's pure core: request templates, drafts, validation, the localisation catalog and the
//! bilingual document model. Knows nothing about the browser or PDF; `cargo test` runs it on the
//! host.

// The core in layers, from the floor up: a module uses modules of its own layer and of the layers
// below it, never of a layer above (tests/it/layers.rs). Every module is reached as
// `tandem_core::<module>`; the layer folders are the map, not part of the paths.
mod base;
mod model;
mod output;
mod rules;
mod storage;

pub use base::{country, format, lang, timezone};
pub use model::{
    basis, datetime, draft, form, l10n, profile, provider, registry, template, tracking,
};
pub use output::{
    document, embedded, exchange, files, ics, outline, received, reply, route, stats, summary,
};
pub use rules::{chain, guide, preservation, validate};
pub use storage::{backup, envelope, import, lock, migrate, pack, revision, stored, usage};

pub use document::{build_document, Block, Document, Tick, Value};
pub use draft::Draft;
pub use import::{ImportError, Opened};
pub use l10n::{Catalog, L10nError, Pair};
pub use lang::{Dir, Lang};
pub use template::{Item, ItemKind, Section, Template, TemplateError};
pub use validate::{validate, Report, Severity};
