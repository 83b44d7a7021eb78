//! Tandem's pure core: request templates, drafts, validation, the localisation catalog and the
//! bilingual document model. Knows nothing about the browser or PDF; `cargo test` runs it on the
//! host.

pub mod backup;
pub mod chain;
pub mod country;
pub mod datetime;
pub mod document;
pub mod draft;
pub mod format;
pub mod ics;
pub mod import;
pub mod l10n;
pub mod lang;
pub mod lock;
pub mod migrate;
pub mod preservation;
pub mod registry;
pub mod revision;
pub mod route;
pub mod stored;
pub mod summary;
pub mod template;
pub mod timezone;
pub mod usage;
pub mod validate;

pub use document::{build_document, Block, Dir, Document, Pair, Tick, Value};
pub use draft::Draft;
pub use import::{ImportError, Opened};
pub use l10n::{Catalog, L10nError};
pub use lang::Lang;
pub use template::{Item, ItemKind, Section, Template, TemplateError};
pub use validate::{validate, Report, Severity};
