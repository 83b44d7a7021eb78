//! What the app makes of a draft: the bilingual document for the PDF (and its text for the PDF
//! worker), the answers to a request, the drafts list, the office's statistics, calendar
//! reminders, the names of the files it offers and the screens' addresses. Uses every layer below.

pub mod document;
pub mod embedded;
pub mod exchange;
pub mod files;
pub mod ics;
pub mod outline;
pub mod received;
pub mod reply;
pub mod route;
pub mod stats;
pub mod summary;
