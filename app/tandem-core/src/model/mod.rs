//! What a request is: templates (and the registry that embeds them), drafts of answers, and the
//! catalog of messages that names everything in every language. Uses only `base`.

pub mod datetime;
pub mod draft;
pub mod l10n;
pub mod registry;
pub mod template;
