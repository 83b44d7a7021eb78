//! `tandem providers`: the service provider profiles as the site serves them. The browser carries
//! no profile: it fetches `providers.json` (every profile of `providers/`, as JSON, in file-name
//! order) when a request addressed to a provider opens.
//!
//! ```text
//! tandem providers -o <out.json>
//! ```

use tandem_core::registry;

pub const USAGE: &str = "usage: tandem providers -o <out.json>";

pub fn run(args: Vec<String>) -> Result<(), String> {
    let [flag, out] = <[String; 2]>::try_from(args).map_err(|_| USAGE.to_string())?;
    if flag != "-o" {
        return Err(USAGE.to_string());
    }
    std::fs::write(&out, registry::provider_list()).map_err(|e| format!("{out}: {e}"))
}
