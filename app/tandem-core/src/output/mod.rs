//! What the app makes of a draft: the bilingual document for the PDF, the drafts list, calendar
//! reminders and the screens' addresses. Uses every layer below.

pub mod document;
pub mod ics;
pub mod route;
pub mod summary;
