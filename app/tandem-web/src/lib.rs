//! Tandem's thin Leptos front end: renders a template as a form, keeps the draft in local
//! storage and hands exports to the PDF worker. All decisions about content live in
//! `tandem-core`; this crate only shows them.

mod app;
mod context;
mod download;
mod draft_screen;
mod error_summary;
mod export;
mod focus;
mod form;
mod home;
mod idle;
mod journal;
mod lang_menu;
mod locale;
mod lock;
mod lock_panel;
mod notices;
mod pdf;
mod preservation;
mod received;
mod stats;
mod storage;
mod storage_usage;
mod tracking;

pub use app::start;
