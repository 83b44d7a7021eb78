//! The screens of the app as addresses in the page's hash: `#/` the home screen,
//! `#/new/<template-id>` a new draft of that type, `#/draft/<id>` a draft, `#/received/<fingerprint>`
//! a request received, `#/statistics` the office's statistics.

use crate::import::is_safe_id;

/// A screen of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    /// A new draft of this template id.
    New(String),
    /// The draft with this id.
    Draft(String),
    /// The request received with this fingerprint.
    Received(String),
    /// The office's statistics.
    Statistics,
}

impl Route {
    /// The screen at a location hash (`#/draft/abc`); anything unknown is the home screen.
    pub fn parse(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        match parts.as_slice() {
            ["new", id] if is_safe_id(id) => Route::New(id.to_string()),
            ["draft", id] if is_safe_id(id) => Route::Draft(id.to_string()),
            ["received", id] if is_safe_id(id) => Route::Received(id.to_string()),
            ["statistics"] => Route::Statistics,
            _ => Route::Home,
        }
    }

    /// The hash of the screen, for links and history.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".to_string(),
            Route::New(id) => format!("#/new/{id}"),
            Route::Draft(id) => format!("#/draft/{id}"),
            Route::Received(id) => format!("#/received/{id}"),
            Route::Statistics => "#/statistics".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_round_trip() {
        for route in [
            Route::Home,
            Route::New("art29-preservation".into()),
            Route::Draft("19a3f0c2b11e4f2a9c".into()),
            Route::Received("0123456789abcdef".into()),
            Route::Statistics,
        ] {
            assert_eq!(Route::parse(&route.href()), route);
        }
    }

    #[test]
    fn anything_else_is_home() {
        for hash in [
            "",
            "#",
            "#/",
            "#/draft/",
            "#/draft/a/b",
            "#/received/",
            "#/received/<x>",
            "#/statistics/x",
            "#/statistic",
            "#/new/<x>",
            "#/edit/1",
            "#x",
        ] {
            assert_eq!(Route::parse(hash), Route::Home, "{hash}");
        }
    }
}
