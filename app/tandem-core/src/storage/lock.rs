//! Encryption at rest: a locked draft is stored as an [`Envelope`] (`crate::envelope`) instead
//! of its JSON. AES-256-GCM with a key derived from the passphrase by Argon2id (new keys: 64 MiB,
//! 3 passes, 1 lane; see [`KdfParams::DEFAULT`]), a fresh random 96-bit nonce per save, and the
//! envelope's header (format, KDF parameters, salt, nonce, revision) authenticated as associated
//! data.
//!
//! A [`Key`] is derived once per session and passphrase and then seals every save; opening an
//! envelope with another salt needs [`Key::for_envelope`], and [`Key::unlock`] gives the key a
//! draft's next saves use (derived again at today's parameters when the envelope's were weaker).

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use serde_json::Value as Json;
use thiserror::Error;

use crate::draft::{Draft, MAX_BYTES};
use crate::envelope::{Envelope, EnvelopeError, Header, KdfParams, KDF, SALT_LEN};
use crate::import::{self, ImportError, Opened};

/// Why a draft could not be locked or unlocked.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum LockError {
    #[error("the passphrase is empty")]
    EmptyPassphrase,
    #[error("wrong passphrase, or the locked draft was altered")]
    WrongPassphrase,
    #[error("the locked draft is damaged")]
    Damaged,
    #[error("the draft was locked by a newer version of Tandem (lock format {0})")]
    NewerFormat(u64),
    #[error("no secure random numbers available")]
    NoRandom,
    #[error("the unlocked draft cannot be read: {0}")]
    Draft(ImportError),
}

impl LockError {
    /// The Fluent message that explains the error to the user.
    pub fn message_id(&self) -> &'static str {
        match self {
            LockError::EmptyPassphrase => "lock-empty-passphrase",
            LockError::WrongPassphrase => "lock-wrong-passphrase",
            LockError::Damaged => "lock-damaged",
            LockError::NewerFormat(_) => "lock-newer-format",
            LockError::NoRandom => "lock-no-random",
            LockError::Draft(e) => e.message_id(),
        }
    }
}

impl From<EnvelopeError> for LockError {
    fn from(e: EnvelopeError) -> LockError {
        match e {
            EnvelopeError::Damaged => LockError::Damaged,
            EnvelopeError::NewerFormat(format) => LockError::NewerFormat(format),
        }
    }
}

impl Envelope {
    /// Reads a stored envelope (size and nesting checked as for a draft).
    pub fn parse(text: &str) -> Result<Envelope, LockError> {
        if text.len() > MAX_BYTES {
            return Err(LockError::Damaged);
        }
        match import::parse_json(text.as_bytes(), import::MAX_DEPTH) {
            Ok(Json::Object(object)) => Ok(Envelope::from_object(object)?),
            _ => Err(LockError::Damaged),
        }
    }
}

/// A key derived from a passphrase, with the salt and parameters it was derived with. A clone
/// locks a draft made from a locked one with the same passphrase.
#[derive(Clone)]
pub struct Key {
    cipher: Aes256Gcm,
    salt: Vec<u8>,
    params: KdfParams,
}

impl Key {
    /// Derives a new key for locking: fresh random salt, [`KdfParams::DEFAULT`].
    pub fn create(passphrase: &str) -> Result<Key, LockError> {
        let mut salt = [0u8; SALT_LEN];
        getrandom::getrandom(&mut salt).map_err(|_| LockError::NoRandom)?;
        Key::derive(passphrase, &salt, KdfParams::DEFAULT)
    }

    /// Derives the key an envelope was sealed with, if `passphrase` is the right one.
    pub fn for_envelope(passphrase: &str, envelope: &Envelope) -> Result<Key, LockError> {
        Key::derive(passphrase, &envelope.salt, envelope.params())
    }

    /// Opens an envelope with a passphrase and gives the key for the draft's next seals with
    /// the draft: the envelope's own key, or, when the envelope was sealed with parameters
    /// weaker than [`KdfParams::DEFAULT`] (an earlier version's), a key derived again from the
    /// passphrase with a fresh salt at the default, so the next save locks it at today's
    /// strength. A wrong passphrase is refused before that second derivation.
    pub fn unlock(
        passphrase: &str,
        envelope: &Envelope,
        id: &str,
    ) -> Result<(Key, Opened), LockError> {
        let key = Key::for_envelope(passphrase, envelope)?;
        let opened = key.open(envelope, id)?;
        if envelope.params().below_default() {
            return Ok((Key::create(passphrase)?, opened));
        }
        Ok((key, opened))
    }

    /// The parameters this key was derived with (and that its seals carry).
    pub fn params(&self) -> KdfParams {
        self.params
    }

    /// Argon2id of the passphrase (the slow part, timed by `tandem bench-kdf`).
    pub fn derive(passphrase: &str, salt: &[u8], params: KdfParams) -> Result<Key, LockError> {
        if passphrase.is_empty() {
            return Err(LockError::EmptyPassphrase);
        }
        let argon = argon2::Params::new(params.m, params.t, params.p, Some(32))
            .map(|p| argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, p))
            .map_err(|_| LockError::Damaged)?;
        let mut key = [0u8; 32];
        argon
            .hash_password_into(passphrase.as_bytes(), salt, &mut key)
            .map_err(|_| LockError::Damaged)?;
        let cipher = Aes256Gcm::new_from_slice(&key).map_err(|_| LockError::Damaged)?;
        key.fill(0);
        Ok(Key {
            cipher,
            salt: salt.to_vec(),
            params,
        })
    }

    /// Whether this key was derived with the envelope's salt and parameters (so the session
    /// key can open it without a new derivation).
    pub fn fits(&self, envelope: &Envelope) -> bool {
        self.salt == envelope.salt && self.params == envelope.params()
    }

    /// Locks a draft with a fresh random nonce.
    pub fn seal(&self, draft: &Draft) -> Result<Envelope, LockError> {
        let mut nonce = [0u8; 12];
        getrandom::getrandom(&mut nonce).map_err(|_| LockError::NoRandom)?;
        let header = Header {
            format: Header::format_for(&draft.label),
            kdf: KDF.to_string(),
            m: self.params.m,
            t: self.params.t,
            p: self.params.p,
            salt: BASE64.encode(&self.salt),
            nonce: BASE64.encode(nonce),
            revision: draft.revision,
            label: draft.label.clone(),
        };
        let data = self
            .cipher
            .encrypt(
                Nonce::from_slice(&nonce),
                Payload {
                    msg: draft.to_json().as_bytes(),
                    aad: &Envelope::aad(&header),
                },
            )
            .map_err(|_| LockError::Damaged)?;
        Ok(Envelope {
            header,
            salt: self.salt.clone(),
            nonce,
            data,
        })
    }

    /// Unlocks an envelope stored under `id`; the draft comes back under that id (a copy made
    /// on import keeps the envelope of the original).
    pub fn open(&self, envelope: &Envelope, id: &str) -> Result<Opened, LockError> {
        let plain = self
            .cipher
            .decrypt(
                Nonce::from_slice(&envelope.nonce),
                Payload {
                    msg: &envelope.data,
                    aad: &Envelope::aad(&envelope.header),
                },
            )
            .map_err(|_| LockError::WrongPassphrase)?;
        match import::open(&plain).map_err(LockError::Draft)? {
            Opened::Draft(mut draft) => {
                draft.id = id.to_string();
                Ok(Opened::Draft(draft))
            }
            Opened::ReadOnly(read_only) => Ok(Opened::ReadOnly(read_only.stored_as(id))),
            Opened::Locked(_) => Err(LockError::Damaged),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::envelope::TAG;
    use std::collections::BTreeSet;
    use std::sync::OnceLock;

    const PASSPHRASE: &str = "correct horse battery staple";

    fn key() -> &'static Key {
        static KEY: OnceLock<Key> = OnceLock::new();
        KEY.get_or_init(|| Key::create(PASSPHRASE).unwrap())
    }

    fn draft() -> Draft {
        let t = crate::registry::template("art29-preservation").unwrap();
        let mut d = Draft::new("d1", &t, [crate::Lang::En, crate::Lang::Ru]);
        d.set_text("reference.reference", "PR-2026-0042/GE");
        d.revision = 5;
        d
    }

    fn opened(result: Result<Opened, LockError>) -> Draft {
        match result {
            Ok(Opened::Draft(d)) => d,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_sealed_draft_opens_with_the_key_and_the_passphrase() {
        let envelope = key().seal(&draft()).unwrap();
        let text = envelope.to_text();
        assert!(!text.contains("PR-2026"), "plaintext leaked: {text}");
        let parsed = Envelope::parse(&text).unwrap();
        assert_eq!(parsed, envelope);
        assert_eq!(parsed.revision(), 5);
        assert_eq!(opened(key().open(&parsed, "d1")), draft());
        // As after a reload: the passphrase again, the salt and parameters from the envelope.
        let again = Key::for_envelope(PASSPHRASE, &parsed).unwrap();
        assert!(again.fits(&parsed));
        assert_eq!(opened(again.open(&parsed, "d1-copy")).id, "d1-copy");
        assert!(matches!(
            import::open(text.as_bytes()),
            Ok(Opened::Locked(e)) if e == parsed
        ));
    }

    #[test]
    fn a_wrong_passphrase_is_its_own_error() {
        let envelope = key().seal(&draft()).unwrap();
        let wrong = Key::for_envelope("Correct horse battery staple", &envelope).unwrap();
        assert_eq!(
            wrong.open(&envelope, "d1").unwrap_err(),
            LockError::WrongPassphrase
        );
        assert_eq!(
            Key::create("").err().unwrap().message_id(),
            "lock-empty-passphrase"
        );
    }

    #[test]
    fn any_change_to_ciphertext_or_header_is_detected() {
        let envelope = key().seal(&draft()).unwrap();
        let mut data = envelope.clone();
        data.data[3] ^= 1;
        let mut revision = envelope.clone();
        revision.header.revision += 1;
        let mut nonce = envelope.clone();
        nonce.nonce[0] ^= 1;
        nonce.header.nonce = BASE64.encode(nonce.nonce);
        let mut params = envelope.clone();
        params.header.t += 1;
        for tampered in [data, revision, nonce, params] {
            // Through the stored text too: what is parsed is what is authenticated.
            let reparsed = Envelope::parse(&tampered.to_text()).unwrap();
            for e in [&tampered, &reparsed] {
                assert_eq!(key().open(e, "d1").unwrap_err(), LockError::WrongPassphrase);
            }
        }
    }

    #[test]
    fn a_label_is_in_clear_authenticated_and_written_as_format_2() {
        let unlabelled = key().seal(&draft()).unwrap().to_text();
        // Without a label, earlier versions still read it: format 1, no label field.
        assert!(
            unlabelled.starts_with(r#"{"tandem-lock":1,"#),
            "{unlabelled}"
        );
        assert!(!unlabelled.contains("label"));
        let mut d = draft();
        d.label = "Burglary, Tbilisi".to_string();
        let envelope = key().seal(&d).unwrap();
        let text = envelope.to_text();
        assert!(text.starts_with(r#"{"tandem-lock":2,"#), "{text}");
        let parsed = Envelope::parse(&text).unwrap();
        assert_eq!(parsed.label(), "Burglary, Tbilisi");
        assert_eq!(opened(key().open(&parsed, "d1")), d);
        // Changed in the file, the label no longer opens: it is part of what is authenticated.
        let altered = Envelope::parse(&text.replace("Tbilisi", "Batumi")).unwrap();
        assert_eq!(altered.label(), "Burglary, Batumi");
        assert_eq!(
            key().open(&altered, "d1").unwrap_err(),
            LockError::WrongPassphrase
        );
    }

    #[test]
    fn every_save_uses_a_fresh_nonce() {
        let d = draft();
        let nonces: BTreeSet<[u8; 12]> = (0..2000).map(|_| key().seal(&d).unwrap().nonce).collect();
        assert_eq!(nonces.len(), 2000);
    }

    /// An envelope sealed by an earlier version (Argon2id 19 MiB, 2 passes), passphrase
    /// [`PASSPHRASE`], holding `tests/fixtures/drafts/art29-preservation/complete.json`.
    const OLD_ENVELOPE: &str =
        include_str!("../../../../tests/fixtures/locks/art29-19mib-2passes.json");

    #[test]
    fn new_keys_use_the_rfc_9106_second_recommended_option() {
        assert_eq!(
            key().params(),
            KdfParams {
                m: 65536,
                t: 3,
                p: 1
            }
        );
        let envelope = Envelope::parse(&key().seal(&draft()).unwrap().to_text()).unwrap();
        assert_eq!(envelope.params(), KdfParams::DEFAULT);
        assert!(!KdfParams::DEFAULT.below_default());
    }

    #[test]
    fn an_old_envelope_opens_and_its_next_seal_uses_the_new_parameters() {
        let old = Envelope::parse(OLD_ENVELOPE).unwrap();
        assert_eq!(old.params(), KdfParams::MINIMUM);
        let (key, opened) = Key::unlock(PASSPHRASE, &old, "kept-id").unwrap();
        let draft = opened_draft(opened);
        assert_eq!(draft.id, "kept-id");
        assert_eq!(draft.text("reference.reference"), "PR-2026-0042/GE");
        // The key kept for the next saves was derived again: today's parameters, a new salt.
        assert_eq!(key.params(), KdfParams::DEFAULT);
        assert!(!key.fits(&old));
        let resealed = Envelope::parse(&key.seal(&draft).unwrap().to_text()).unwrap();
        assert_eq!(resealed.params(), KdfParams::DEFAULT);
        assert_ne!(resealed.header.salt, old.header.salt);
        // After a reload, the same passphrase opens the re-sealed draft, with no new derivation
        // for its saves.
        let (again, opened) = Key::unlock(PASSPHRASE, &resealed, "kept-id").unwrap();
        assert_eq!(opened_draft(opened), draft);
        assert!(again.fits(&resealed));
    }

    #[test]
    fn a_wrong_passphrase_on_an_old_envelope_derives_and_keeps_nothing() {
        let old = Envelope::parse(OLD_ENVELOPE).unwrap();
        assert_eq!(
            Key::unlock("Correct horse battery staple", &old, "d1").err(),
            Some(LockError::WrongPassphrase)
        );
        assert_eq!(
            Key::unlock("", &old, "d1").err(),
            Some(LockError::EmptyPassphrase)
        );
    }

    #[test]
    fn only_weaker_parameters_than_the_default_are_raised() {
        let at = |m, t| KdfParams { m, t, p: 1 };
        assert!(KdfParams::MINIMUM.below_default());
        assert!(at(256 * 1024, 2).below_default());
        assert!(at(32 * 1024, 16).below_default());
        assert!(!at(128 * 1024, 4).below_default());
    }

    fn opened_draft(result: Opened) -> Draft {
        opened(Ok(result))
    }

    #[test]
    fn hostile_envelopes_are_refused_before_any_derivation() {
        let text = key().seal(&draft()).unwrap().to_text();
        let edit = |field: &str, value: Json| {
            let mut v: Json = serde_json::from_str(&text).unwrap();
            v[field] = value;
            Envelope::parse(&v.to_string())
        };
        assert_eq!(edit("m", Json::from(4u64 << 20)), Err(LockError::Damaged));
        assert_eq!(
            edit("m", Json::from(256 * 1024 + 1)),
            Err(LockError::Damaged)
        );
        assert_eq!(edit("m", Json::from(1024)), Err(LockError::Damaged));
        assert_eq!(
            edit("m", Json::from(19 * 1024 - 1)),
            Err(LockError::Damaged)
        );
        assert_eq!(edit("t", Json::from(1)), Err(LockError::Damaged));
        assert_eq!(edit("t", Json::from(17)), Err(LockError::Damaged));
        assert_eq!(edit("p", Json::from(4)), Err(LockError::Damaged));
        assert_eq!(edit("kdf", Json::from("pbkdf2")), Err(LockError::Damaged));
        assert_eq!(edit("nonce", Json::from("AAAA")), Err(LockError::Damaged));
        assert_eq!(
            edit("data", Json::from("not base64!")),
            Err(LockError::Damaged)
        );
        assert_eq!(edit("extra", Json::from(1)), Err(LockError::Damaged));
        assert_eq!(edit(TAG, Json::from(3)), Err(LockError::NewerFormat(3)));
        assert_eq!(edit(TAG, Json::from(0)), Err(LockError::Damaged));
        assert_eq!(Envelope::parse("[]"), Err(LockError::Damaged));
    }
}
