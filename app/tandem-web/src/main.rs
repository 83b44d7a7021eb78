//! Entry point of the browser app.

fn main() {
    console_error_panic_hook::set_once();
    tandem_web::start();
}
