//! The app's wasm is linked with its relocations kept (`--emit-relocs`): `scripts/split-web`
//! reads them to split the functions marked `#[wasm_split]` into wasm modules of their own.

fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
}
