//! The floor: languages and their writing direction, countries, time zones, and the formats of
//! answers (dates, numbers, addresses). Uses nothing else of the core.

pub mod country;
pub mod format;
pub mod lang;
pub mod timezone;
