//! What makes a request complete and correct: validation, preservation periods (T-CY Rec 16),
//! the chains of requests that follow one another, and which request to make (the route guide).
//! Uses `base` and `model`.

pub mod chain;
pub mod guide;
pub mod preservation;
pub mod validate;
