//! Countries the app knows, by ISO 3166-1 alpha-2 code: the member States of the Council of
//! Europe, the Parties and signatories of the Budapest Convention, and other States requests are
//! often sent to. Names are Fluent messages `country-<code>` in `locales/<lang>/countries.ftl`.

/// Every known country: (ISO 3166-1 alpha-2 code, Fluent ID of its name).
pub const COUNTRIES: &[(&str, &str)] = &[
    ("AL", "country-al"),
    ("AD", "country-ad"),
    ("AM", "country-am"),
    ("AT", "country-at"),
    ("AZ", "country-az"),
    ("BE", "country-be"),
    ("BA", "country-ba"),
    ("BG", "country-bg"),
    ("HR", "country-hr"),
    ("CY", "country-cy"),
    ("CZ", "country-cz"),
    ("DK", "country-dk"),
    ("EE", "country-ee"),
    ("FI", "country-fi"),
    ("FR", "country-fr"),
    ("GE", "country-ge"),
    ("DE", "country-de"),
    ("GR", "country-gr"),
    ("HU", "country-hu"),
    ("IS", "country-is"),
    ("IE", "country-ie"),
    ("IT", "country-it"),
    ("LV", "country-lv"),
    ("LI", "country-li"),
    ("LT", "country-lt"),
    ("LU", "country-lu"),
    ("MT", "country-mt"),
    ("MD", "country-md"),
    ("MC", "country-mc"),
    ("ME", "country-me"),
    ("NL", "country-nl"),
    ("MK", "country-mk"),
    ("NO", "country-no"),
    ("PL", "country-pl"),
    ("PT", "country-pt"),
    ("RO", "country-ro"),
    ("SM", "country-sm"),
    ("RS", "country-rs"),
    ("SK", "country-sk"),
    ("SI", "country-si"),
    ("ES", "country-es"),
    ("SE", "country-se"),
    ("CH", "country-ch"),
    ("TR", "country-tr"),
    ("UA", "country-ua"),
    ("GB", "country-gb"),
    ("AR", "country-ar"),
    ("AU", "country-au"),
    ("BJ", "country-bj"),
    ("BR", "country-br"),
    ("CV", "country-cv"),
    ("CM", "country-cm"),
    ("CA", "country-ca"),
    ("CL", "country-cl"),
    ("CO", "country-co"),
    ("CR", "country-cr"),
    ("CI", "country-ci"),
    ("DO", "country-do"),
    ("FJ", "country-fj"),
    ("GH", "country-gh"),
    ("GD", "country-gd"),
    ("IL", "country-il"),
    ("JP", "country-jp"),
    ("KI", "country-ki"),
    ("KR", "country-kr"),
    ("MU", "country-mu"),
    ("MA", "country-ma"),
    ("NG", "country-ng"),
    ("PA", "country-pa"),
    ("PY", "country-py"),
    ("PE", "country-pe"),
    ("PH", "country-ph"),
    ("SN", "country-sn"),
    ("SL", "country-sl"),
    ("ZA", "country-za"),
    ("LK", "country-lk"),
    ("TO", "country-to"),
    ("TN", "country-tn"),
    ("US", "country-us"),
    ("RU", "country-ru"),
    ("BY", "country-by"),
    ("KZ", "country-kz"),
    ("KG", "country-kg"),
    ("TJ", "country-tj"),
    ("TM", "country-tm"),
    ("UZ", "country-uz"),
    ("CN", "country-cn"),
    ("IN", "country-in"),
    ("SG", "country-sg"),
    ("AE", "country-ae"),
    ("SA", "country-sa"),
    ("QA", "country-qa"),
    ("KW", "country-kw"),
    ("BH", "country-bh"),
    ("OM", "country-om"),
    ("EG", "country-eg"),
    ("JO", "country-jo"),
    ("LB", "country-lb"),
    ("IQ", "country-iq"),
    ("DZ", "country-dz"),
    ("LY", "country-ly"),
    ("MX", "country-mx"),
    ("NZ", "country-nz"),
    ("ID", "country-id"),
    ("MY", "country-my"),
    ("TH", "country-th"),
    ("VN", "country-vn"),
];

/// The Fluent ID of a country's name, if the code is known.
pub fn lookup(code: &str) -> Option<&'static str> {
    COUNTRIES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, id)| *id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_iso_alpha2_and_ids_follow_them() {
        let mut seen = std::collections::BTreeSet::new();
        for (code, id) in COUNTRIES {
            assert!(
                code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase()),
                "{code}"
            );
            assert!(seen.insert(code), "{code} twice");
            assert_eq!(*id, format!("country-{}", code.to_lowercase()));
        }
        assert_eq!(lookup("GE"), Some("country-ge"));
        assert_eq!(lookup("ge"), None);
        assert_eq!(lookup("XX"), None);
    }
}
