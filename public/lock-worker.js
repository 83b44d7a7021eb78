// Keeps the keys of locked drafts off the main thread. Started by the app the first time a draft
// is locked or a locked draft is opened. Each request { seq, op, id, passphrase?, envelope?,
// draft?, from? } is answered in order with { seq, ok } or { seq, error: Fluent message id }
// ("lock-unavailable" when the worker itself failed).

// Trusted Types (the served CSP applies here too): the one script URL this worker makes is its
// wasm-bindgen glue's. (The single-file build puts the glue inline and drops the importScripts.)
if (self.trustedTypes) {
  self.trustedTypes.createPolicy('default', {
    createScriptURL(url) {
      if (url === './tandem-lock-worker.js') return url;
      throw new TypeError(`Trusted Types: ${url} is not this worker's script`);
    },
  });
}
importScripts('./tandem-lock-worker.js');

const ready = wasm_bindgen({ module_or_path: './tandem-lock-worker_bg.wasm' });

self.onmessage = async (event) => {
  const { seq, op, id, passphrase, envelope, draft, from } = event.data;
  try {
    await ready;
    let ok = '';
    if (op === 'create') wasm_bindgen.create(id, passphrase);
    else if (op === 'unlock') ok = wasm_bindgen.unlock(id, passphrase, envelope);
    else if (op === 'seal') ok = wasm_bindgen.seal(id, draft);
    else if (op === 'share') wasm_bindgen.share(id, from);
    else if (op === 'forget') wasm_bindgen.forget(id);
    else throw new Error(`unknown op ${op}`);
    self.postMessage({ seq, ok });
  } catch (error) {
    // A refusal is a Fluent message id (a string); anything else means the worker itself failed.
    if (typeof error !== 'string') console.error(error);
    self.postMessage({ seq, error: typeof error === 'string' ? error : 'lock-unavailable' });
  }
};
