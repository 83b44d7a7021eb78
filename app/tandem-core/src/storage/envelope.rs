//! A locked draft as stored: the envelope's header in clear (format, key derivation parameters,
//! salt, nonce, revision, the label the user chose for the list of drafts) and the ciphertext. Read by [`crate::import`] (a stored entry or a file
//! may be an envelope) and sealed and opened by [`crate::lock`]; this module holds no cipher.

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value as Json};

/// The key that marks a stored entry as an envelope; its value is the envelope format.
pub const TAG: &str = "tandem-lock";

/// The newest envelope format this version writes: 2 carries a label in clear, 1 (still written
/// when there is none, so earlier versions open it) does not.
pub const FORMAT: u32 = 2;

/// Argon2id parameters: memory in KiB, passes, lanes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    pub m: u32,
    pub t: u32,
    pub p: u32,
}

impl KdfParams {
    /// What new keys use: Argon2id with t = 3 passes and m = 2^16 KiB (64 MiB), the second
    /// recommended option of RFC 9106 ("Argon2 Memory-Hard Function for Password Hashing and
    /// Proof-of-Work Applications", section 4, for when much less memory than 2 GiB is
    /// available). One lane, not the option's four: the worker deriving it runs on one thread,
    /// so lanes would add no speed for us, and the memory and passes are what an attacker pays.
    pub const DEFAULT: KdfParams = KdfParams {
        m: 64 * 1024,
        t: 3,
        p: 1,
    };

    /// The weakest parameters an envelope may carry: those of earlier versions (OWASP's
    /// minimum for Argon2id, 19 MiB, 2 passes, 1 lane). Such envelopes still open and are
    /// sealed again at [`KdfParams::DEFAULT`] on their next save ([`Key::unlock`]).
    pub const MINIMUM: KdfParams = KdfParams {
        m: 19 * 1024,
        t: 2,
        p: 1,
    };

    /// Whether an envelope may ask for these: never weaker than [`KdfParams::MINIMUM`], and
    /// never so costly that a hostile file could exhaust memory or time (256 MiB, 16 passes).
    pub(crate) fn acceptable(self) -> bool {
        (Self::MINIMUM.m..=256 * 1024).contains(&self.m)
            && (Self::MINIMUM.t..=16).contains(&self.t)
            && self.p == 1
    }

    /// Whether a key derived with these is weaker than a new key in memory or in passes.
    pub fn below_default(self) -> bool {
        self.m < Self::DEFAULT.m || self.t < Self::DEFAULT.t
    }
}

/// Why a stored entry is not an envelope this version can open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EnvelopeError {
    /// Not a well-formed envelope, or one with unacceptable parameters.
    Damaged,
    /// Written by a newer version (its envelope format).
    NewerFormat(u64),
}

/// Everything of an envelope but the ciphertext: stored in clear and authenticated.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Header {
    #[serde(rename = "tandem-lock")]
    pub(crate) format: u32,
    pub(crate) kdf: String,
    pub(crate) m: u32,
    pub(crate) t: u32,
    pub(crate) p: u32,
    pub(crate) salt: String,
    pub(crate) nonce: String,
    pub(crate) revision: u64,
    /// The label shown in the list of drafts, in clear (and authenticated, as all the header).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub(crate) label: String,
}

impl Header {
    /// The format an envelope with this label is written in: 1 without one, so that earlier
    /// versions still open it; 2 with one, so that they call it newer rather than damaged.
    pub(crate) fn format_for(label: &str) -> u32 {
        if label.is_empty() {
            1
        } else {
            FORMAT
        }
    }

    pub(crate) fn params(&self) -> KdfParams {
        KdfParams {
            m: self.m,
            t: self.t,
            p: self.p,
        }
    }
}

/// A locked draft as stored: the header's fields and the ciphertext, binary fields in base64.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(rename = "tandem-lock")]
    format: u32,
    kdf: String,
    m: u32,
    t: u32,
    p: u32,
    salt: String,
    nonce: String,
    revision: u64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    label: String,
    data: String,
}

/// A locked draft: parsed and checked, not yet decrypted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Envelope {
    pub(crate) header: Header,
    pub(crate) salt: Vec<u8>,
    pub(crate) nonce: [u8; 12],
    pub(crate) data: Vec<u8>,
}

pub(crate) const KDF: &str = "argon2id";
pub(crate) const SALT_LEN: usize = 16;

impl Envelope {
    /// Reads an envelope from a parsed JSON object.
    pub(crate) fn from_object(object: Map<String, Json>) -> Result<Envelope, EnvelopeError> {
        match object.get(TAG).and_then(Json::as_u64) {
            Some(format) if format > u64::from(FORMAT) => {
                return Err(EnvelopeError::NewerFormat(format))
            }
            Some(format) if format >= 1 => {}
            _ => return Err(EnvelopeError::Damaged),
        }
        let file: File =
            serde_json::from_value(Json::Object(object)).map_err(|_| EnvelopeError::Damaged)?;
        let header = Header {
            format: file.format,
            kdf: file.kdf,
            m: file.m,
            t: file.t,
            p: file.p,
            salt: file.salt,
            nonce: file.nonce,
            revision: file.revision,
            label: file.label,
        };
        let decode = |s: &str| BASE64.decode(s).map_err(|_| EnvelopeError::Damaged);
        let salt = decode(&header.salt)?;
        let nonce = <[u8; 12]>::try_from(decode(&header.nonce)?.as_slice())
            .map_err(|_| EnvelopeError::Damaged)?;
        let data = decode(&file.data)?;
        if header.kdf != KDF || !header.params().acceptable() || salt.len() != SALT_LEN {
            return Err(EnvelopeError::Damaged);
        }
        Ok(Envelope {
            header,
            salt,
            nonce,
            data,
        })
    }

    /// The envelope as stored (and as exported: a locked draft leaves the browser locked).
    pub fn to_text(&self) -> String {
        let h = self.header.clone();
        let file = File {
            format: h.format,
            kdf: h.kdf,
            m: h.m,
            t: h.t,
            p: h.p,
            salt: h.salt,
            nonce: h.nonce,
            revision: h.revision,
            label: h.label,
            data: BASE64.encode(&self.data),
        };
        // Strings and numbers always serialise.
        serde_json::to_string(&file).unwrap_or_default()
    }

    /// The revision of the draft inside, readable without the passphrase (two-tab check).
    pub fn revision(&self) -> u64 {
        self.header.revision
    }

    /// The label the user gave the locked draft for the list of drafts ("" when none), readable
    /// without the passphrase.
    pub fn label(&self) -> &str {
        &self.header.label
    }

    /// The Argon2id parameters the envelope's key was derived with.
    pub fn params(&self) -> KdfParams {
        self.header.params()
    }

    /// The associated data: the header exactly as this version serialises it.
    pub(crate) fn aad(header: &Header) -> Vec<u8> {
        serde_json::to_vec(header).unwrap_or_default()
    }
}
