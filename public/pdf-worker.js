// Runs Tandem's PDF engine off the main thread. Started by the app once a form is open and the
// page idle, or on the first export. A request (a string: a document built in the page, see
// tandem_pdf::request::DocumentRequest) is answered with { pdf: Uint8Array } or
// { error: string, font?: string } (font: the name of a font that could not be loaded, e.g.
// offline); { warm: request } fetches the fonts that request needs and is not answered;
// { extract: Uint8Array } (a PDF's bytes) is answered with { data: Uint8Array } (the request it
// carries as data, unchecked: the page checks it) or { refused: code } (see extract in
// app/tandem-worker/src/lib.rs).

// Trusted Types (the served CSP applies here too): the one script URL this worker makes is its
// wasm-bindgen glue's. (The single-file build puts the glue inline and drops the importScripts.)
if (self.trustedTypes) {
  self.trustedTypes.createPolicy('default', {
    createScriptURL(url) {
      if (url === './tandem-worker.js') return url;
      throw new TypeError(`Trusted Types: ${url} is not this worker's script`);
    },
  });
}
importScripts('./tandem-worker.js');

const ready = wasm_bindgen({ module_or_path: './tandem-worker_bg.wasm' });
// What a { warm } message is fetching: an export waits for it rather than fetching it again.
let warming = Promise.resolve();

self.onmessage = async (event) => {
  if (typeof event.data === 'object' && event.data && 'warm' in event.data) {
    // Making ready is a favour: a failure here shows on the export itself.
    warming = warming
      .then(() => ready)
      .then(() => wasm_bindgen.warm(event.data.warm))
      .catch((error) => console.warn('the PDF engine could not get ready:', error));
    return;
  }
  if (typeof event.data === 'object' && event.data && 'extract' in event.data) {
    try {
      await ready;
      const data = wasm_bindgen.extract(event.data.extract);
      self.postMessage({ data }, [data.buffer]);
    } catch (error) {
      self.postMessage({ refused: String((error && error.message) || error) });
    }
    return;
  }
  try {
    await ready;
    await warming;
    const pdf = await wasm_bindgen.render(event.data);
    self.postMessage({ pdf }, [pdf.buffer]);
  } catch (error) {
    const font = error && typeof error.font === 'string' ? error.font : undefined;
    self.postMessage({ error: String((error && error.message) || error), font });
  }
};
