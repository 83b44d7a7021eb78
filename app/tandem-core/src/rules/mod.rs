//! What makes a request complete and correct: validation, preservation periods (T-CY Rec 16) and
//! the chains of requests that follow one another. Uses `base` and `model`.

pub mod chain;
pub mod preservation;
pub mod validate;
