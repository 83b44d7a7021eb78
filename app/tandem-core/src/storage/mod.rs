//! How drafts are kept and brought in: file formats and their migrations, the one reader of
//! untrusted drafts, locks, the two-tab revision check, backups and stored entries. Uses `base`
//! and `model`.

pub mod backup;
pub mod envelope;
pub mod import;
pub mod lock;
pub mod migrate;
pub mod pack;
pub mod revision;
pub mod stored;
pub mod usage;
