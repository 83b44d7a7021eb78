//! What a request is: templates (and the registry that embeds them), drafts of answers, the
//! catalog of messages that names everything in every language, and the profiles of the service
//! providers a request may go to, and what became of a request once sent. Uses only `base`.

pub mod basis;
pub mod datetime;
pub mod draft;
pub mod form;
pub mod l10n;
pub mod profile;
pub mod provider;
pub mod registry;
pub mod template;
pub mod tracking;
