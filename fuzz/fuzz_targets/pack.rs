//! Fuzz target `pack`: any bytes through the reader of template packs (`tandem_core::pack::check`,
//! run by the browser on a file the user chooses). It may not panic; a pack it accepts has a
//! template that parses and messages in every language it declares.

#![no_main]

use libfuzzer_sys::fuzz_target;
use tandem_core::pack;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(pack) = pack::check(bytes) {
        assert_eq!(pack.template.id, pack.id);
        for lang in &pack.languages {
            assert!(pack.messages.contains_key(lang));
        }
    }
});
